#!/usr/bin/env python3
"""Checks legacymix: decodes each page by the charset it declares (as a browser finds it: BOM,
<meta> in the first 1024 bytes, a later <meta>, or none = UTF-8), then runs probekit's checks on
the decoded text (../probekit/probe_check.py reads pages as UTF-8, so its loop is repeated here
with its parser and helpers), plus the checks of this corpus: the charset found is the one
charsets.json records, the bytes decode strictly with no replacement character, the page is not
valid UTF-8 when it declares a legacy charset with non-ASCII text, the body holds 250-700 words
(500-1600 characters in Chinese, Japanese, Korean and Thai), and the canonical link and og:url,
where a page has them, equal the expected url.

    python3 tests/corpus/legacymix/check.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "probekit"))
sys.path.insert(0, os.path.join(HERE, "src"))

from probe_check import CJK, KEYS, Parser, all_matching, find, norm, split_text  # noqa: E402
from charsets import browser_codec, sniff  # noqa: E402


def main(here):
    specs = json.load(open(os.path.join(here, "bodies.json"), encoding="utf-8"))
    kinds = json.load(open(os.path.join(here, "kind.json"), encoding="utf-8"))
    charsets = json.load(open(os.path.join(here, "charsets.json"), encoding="utf-8"))
    cases = sorted(f[:-5] for f in os.listdir(os.path.join(here, "pages")) if f.endswith(".html"))
    bad = 0
    stats = {"with": 0, "without": 0}
    langs, counts = set(), {}
    for case in cases:
        errs = []
        raw = open(os.path.join(here, "pages", case + ".html"), "rb").read()
        label, where = sniff(raw)
        rec = charsets.get(case, {})
        want = "utf-8" if where == "bom" else (rec.get("declared") or "").lower() or None
        if (label, where) != (want, rec.get("found")):
            errs.append("charset found %s/%s, recorded %s/%s" % (label, where, rec.get("declared"), rec.get("found")))
        codec = browser_codec(label) if label else "utf-8"
        try:
            page = raw.decode(codec)
        except (UnicodeDecodeError, KeyError) as e:
            errs.append("does not decode as %s: %s" % (codec, e))
            page = raw.decode(codec, "replace")
        if "\ufffd" in page:
            errs.append("replacement character")
        page = page.lstrip("\ufeff")
        if codec != "utf-8" and re.search(rb"[\x80-\xff]", raw):
            try:
                raw.decode("utf-8")
                errs.append("declares %s but is valid UTF-8" % label)
            except UnicodeDecodeError:
                pass
        exp = json.load(open(os.path.join(here, "expected", case + ".json"), encoding="utf-8"))
        langs.add(exp["lang"])
        if list(exp) != KEYS:
            errs.append("keys %s" % list(exp))
        if not 5000 <= len(raw) <= 40000:
            errs.append("size %d" % len(raw))
        if case not in kinds or kinds[case]["kind"] not in ("opinion", "news", "other") or len(kinds[case]["why"].split()) > 12:
            errs.append("kind.json entry")
        elif case.split("-")[1] != kinds[case]["kind"]:
            errs.append("kind in name")
        else:
            counts[kinds[case]["kind"]] = counts.get(kinds[case]["kind"], 0) + 1
        p = Parser()
        p.feed(page)
        p.close()
        canon = [l.get("href") for l in p.links if l.get("rel") == "canonical"]
        ogurl = [m.get("content") for m in p.metas if m.get("property") == "og:url"]
        if any(u != exp["url"] for u in canon + ogurl) or len(canon) > 1 or len(ogurl) > 1:
            errs.append("url %s %s" % (canon, ogurl))
        if not re.fullmatch(r"https?://[^/]+\.example(/.*)?", exp["url"]):
            errs.append("url not under .example")
        spec = specs[case]
        bodies = []
        for sel in spec["body"]:
            if sel.endswith("*"):
                found = []
                all_matching(p.root, sel, found)
                if not found:
                    errs.append("no body element %s" % sel)
                bodies += found
                continue
            n = find(p.root, sel)
            if n is None:
                errs.append("no body element %s" % sel)
            else:
                bodies.append(n)
        excluded = []
        for sel in spec["exclude"]:
            found = []
            for b in bodies:
                all_matching(b, sel, found)
            if not found:
                errs.append("exclude %s matches nothing in the body" % sel)
            excluded += found
        inside, outside = split_text(p.root, set(bodies), set(excluded))
        cjk = exp["lang"] in CJK
        size = len(re.sub(r"\s", "", inside)) if cjk else len(inside.split())
        lo, hi = (500, 1600) if cjk else (250, 700)
        if not lo <= size <= hi:
            errs.append("body of %d %s" % (size, "characters" if cjk else "words"))
        for key in ("with", "without"):
            snips = exp[key]
            stats[key] += len(snips)
            if not 4 <= len(snips) <= 6:
                errs.append("%d %s snippets" % (len(snips), key))
            for s in snips:
                if s != norm(s) or not s:
                    errs.append("%s not normalised: %r" % (key, s))
                if re.search(r"[&<>\"']", s):
                    errs.append("%s has an escapable character: %r" % (key, s))
                if (len(s) > 40) if cjk else (len(s.split()) > 12):
                    errs.append("%s too long: %r" % (key, s))
                if key == "with":
                    if s not in inside:
                        errs.append("with not in body: %r" % s)
                else:
                    if s not in outside:
                        errs.append("without not outside the body: %r" % s)
                    if s in inside:
                        errs.append("without also in the body: %r" % s)
        if len(set(exp["with"] + exp["without"])) != len(exp["with"]) + len(exp["without"]):
            errs.append("duplicate snippet")
        if exp["published"] and not re.fullmatch(r"2026-\d\d-\d\d", exp["published"]):
            errs.append("published %r" % exp["published"])
        if exp["authors"] is not None and (not exp["authors"] or not all(exp["authors"])):
            errs.append("authors %r" % exp["authors"])
        if errs:
            bad += 1
            print(case)
            for e in errs:
                print("  " + e)
    print("%d cases (%s) in %d languages, %d with problems; %d with and %d without snippets"
          % (len(cases), ", ".join("%d %s" % (v, k) for k, v in sorted(counts.items())), len(langs), bad, stats["with"], stats["without"]))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(HERE))
