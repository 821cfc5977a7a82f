#!/usr/bin/env python3
"""Builds legacymix from src/ with the shared probe tools (../probekit/probe_make.py), then
re-encodes each page in the charset it declares and writes charsets.json.

probekit writes UTF-8 pages; for a page with `enc` (a Python codec), the page is rewritten as the
bytes of that codec, strictly (a character the charset lacks is an error, not an entity), and
checked to decode back to the same text with the decoder a browser uses for the declared label.
Snippets, titles and bylines in expected/ are the text as a reader sees it (entities decoded).

    python3 tests/corpus/legacymix/make.py && python3 tests/corpus/legacymix/check.py
"""
import glob
import html
import importlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "probekit"))
sys.path.insert(0, os.path.join(HERE, "src"))

import probe_make  # noqa: E402
from charsets import browser_codec  # noqa: E402

BOM = b"\xef\xbb\xbf"


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    probe_make.main(HERE, ["skins_a", "skins_b", "skins_c"])
    pages = []
    for f in sorted(glob.glob(os.path.join(HERE, "src", "pages_*.py"))):
        pages += importlib.import_module(os.path.basename(f)[:-3]).PAGES
    record, sizes = {}, {}
    for p in pages:
        case = p["case"]
        path = os.path.join(HERE, "pages", case + ".html")
        text = open(path, encoding="utf-8").read()
        enc = p.get("enc", "utf-8")
        try:
            data = text.encode(enc)
        except UnicodeEncodeError as e:
            sys.exit("%s: %r is not in %s (%s)" % (case, text[e.start:e.end], enc, text[max(0, e.start - 30):e.end + 10]))
        label = p.get("charset")
        dec = browser_codec(label) if label and not p.get("bom") else "utf-8"
        if data.decode(dec) != text:
            sys.exit("%s: %s bytes do not decode back with %s" % (case, enc, dec))
        if p.get("bom"):
            data = BOM + data
        with open(path, "wb") as f:
            f.write(data)
        sizes[case] = len(data)
        where = "bom" if p.get("bom") else ("none" if not label else ("late" if p.get("decl") == "late" else "prescan"))
        record[case] = {"declared": label, "found": where, "decoder": dec, "bytes_as": enc}
        # expected: the text as a reader sees it
        ep = os.path.join(HERE, "expected", case + ".json")
        exp = json.load(open(ep, encoding="utf-8"))
        for k in ("with", "without"):
            exp[k] = [probe_make.cut(norm(html.unescape(s)), p["lang"]) for s in exp[k]]
        for k in ("title", "byline"):
            if exp[k]:
                exp[k] = norm(html.unescape(exp[k]))
        with open(ep, "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=1)
            f.write("\n")
    with open(os.path.join(HERE, "charsets.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(record.items())), f, ensure_ascii=False, indent=1)
        f.write("\n")
    rows = open(os.path.join(HERE, "index.tsv"), encoding="utf-8").read().splitlines()
    out = [rows[0]]
    for r in rows[1:]:
        c = r.split("\t")
        c[4] = str(sizes[c[0]])
        out.append("\t".join(c))
    with open(os.path.join(HERE, "index.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
