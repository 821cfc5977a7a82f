#!/usr/bin/env python3
"""Checks the englishmix snippets against the pages (standard library only).

    python3 tests/corpus/englishmix/check.py

For every case in marks.json (the selectors of the element(s) holding the article body, and of
the furniture inside them: ad slots, related boxes, sign-up forms...):
- every `with` snippet occurs in the visible text of the article body (furniture removed);
- every `without` snippet occurs in the visible text outside it, and not inside it;
- no snippet contains a character HTML escapes (& < > " ').
Visible text: tags stripped, <head>, script, style, noscript, template and svg removed,
entities decoded, whitespace collapsed, NFC. Text is cut into runs at each change between
body and non-body, and a snippet must lie inside one run.
Also checks expected/*.json keys, kind.json and index.tsv against pages/.
"""
import json
import os
import re
import sys
import unicodedata
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
HIDDEN = {"head", "script", "style", "noscript", "template", "svg", "title"}
BLOCK = {"p", "div", "section", "article", "aside", "header", "footer", "nav", "main", "li", "ul", "ol",
         "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure", "figcaption", "table", "tr", "td",
         "th", "br", "hr", "form", "button", "dd", "dt", "dl", "option"}
ESCAPED = set("&<>\"'")


def parse_sel(s):
    m = re.fullmatch(r"([a-z0-9]*)((?:[#.][\w-]+)*)((?:\[[\w-]+(?:=[^\]]*)?\])*)", s.strip())
    if not m:
        raise ValueError(f"bad selector {s!r}")
    tag, rest, attrs = m.groups()
    ids = re.findall(r"#([\w-]+)", rest)
    classes = re.findall(r"\.([\w-]+)", rest)
    at = [(a, v) for a, v in re.findall(r"\[([\w-]+)(?:=([^\]]*))?\]", attrs)]
    return tag or None, ids, classes, at


def matches(sel, tag, attrs):
    stag, ids, classes, at = sel
    if stag and stag != tag:
        return False
    d = dict(attrs)
    if ids and d.get("id") not in ids:
        return False
    cl = (d.get("class") or "").split()
    if any(c not in cl for c in classes):
        return False
    for a, v in at:
        if a not in d:
            return False
        if v and (d[a] or "") != v.strip("\"'"):
            return False
    return True


class Runs(HTMLParser):
    def __init__(self, body, skip):
        super().__init__(convert_charrefs=True)
        self.body = [parse_sel(s) for s in body]
        self.skip = [parse_sel(s) for s in skip]
        self.stack = []  # (tag, hidden, inbody, skipped)
        self.runs = []   # [in_body, text]
        self.body_hits = 0

    def state(self):
        if not self.stack:
            return False, False, False
        _, h, b, s = self.stack[-1]
        return h, b, s

    def add(self, text, inbody):
        if self.runs and self.runs[-1][0] == inbody:
            self.runs[-1][1] += text
        else:
            self.runs.append([inbody, text])

    def handle_starttag(self, tag, attrs):
        h, b, s = self.state()
        h = h or tag in HIDDEN
        if not h and not b and any(matches(x, tag, attrs) for x in self.body):
            b = True
            self.body_hits += 1
        s = s or (b and any(matches(x, tag, attrs) for x in self.skip))
        if tag in BLOCK and not h:
            self.add(" ", b and not s)
        if tag not in VOID:
            self.stack.append((tag, h, b, s))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                _, h, b, s = self.stack[i]
                del self.stack[i:]
                if tag in BLOCK and not h:
                    self.add(" ", b and not s)
                return

    def handle_data(self, data):
        h, b, s = self.state()
        if not h:
            self.add(data, b and not s)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def check_case(case, mark, exp, raw):
    errs = []
    p = Runs(mark["body"], mark.get("skip", []))
    p.feed(raw)
    p.close()
    if not p.body_hits:
        errs.append("no element matches the body selectors")
    body = [norm(t) for b, t in p.runs if b]
    rest = [norm(t) for b, t in p.runs if not b]
    for s in exp["with"]:
        if ESCAPED & set(s):
            errs.append(f"with has an escaped character: {s!r}")
        if not any(s in r for r in body):
            errs.append(f"with not in body: {s!r}")
    for s in exp["without"]:
        if ESCAPED & set(s):
            errs.append(f"without has an escaped character: {s!r}")
        if not any(s in r for r in rest):
            errs.append(f"without not outside body: {s!r}")
        if any(s in r for r in body):
            errs.append(f"without also inside body: {s!r}")
    if not 4 <= len(exp["with"]) <= 6:
        errs.append(f"{len(exp['with'])} with snippets")
    if not 4 <= len(exp["without"]) <= 6:
        errs.append(f"{len(exp['without'])} without snippets")
    for s in exp["with"] + exp["without"]:
        if len(s.split()) > 12:
            errs.append(f"snippet longer than 12 words: {s!r}")
    keys = {"url", "title", "authors", "byline", "published", "lang", "with", "without", "comments",
            "has_text", "meta_annotated", "source"}
    if set(exp) != keys:
        errs.append(f"keys: {sorted(set(exp) ^ keys)}")
    if f'<link rel="canonical" href="{exp["url"]}">' not in raw:
        errs.append("url is not the canonical link")
    if norm(exp["title"]) not in norm(re.sub(r"<[^>]+>", " ", raw)):
        errs.append("title not in the page")
    words = sum(len(t.split()) for t in body)
    return errs, words


def main():
    marks = json.load(open(os.path.join(HERE, "marks.json")))
    kinds = json.load(open(os.path.join(HERE, "kind.json")))
    cases = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "pages")))
    index = [l.split("\t")[0] for l in open(os.path.join(HERE, "index.tsv")).read().splitlines()[1:]]
    bad = 0
    if sorted(marks) != cases or sorted(kinds) != cases or sorted(index) != cases:
        print("case lists differ between pages/, marks.json, kind.json and index.tsv")
        bad += 1
    for case in cases:
        raw = open(os.path.join(HERE, "pages", case + ".html"), encoding="utf-8").read()
        exp = json.load(open(os.path.join(HERE, "expected", case + ".json")))
        errs, words = check_case(case, marks[case], exp, raw)
        k = kinds[case]
        if k["kind"] not in ("opinion", "news", "other") or len(k["why"].split()) > 12:
            errs.append(f"kind.json entry: {k}")
        size = len(raw.encode("utf-8"))
        if not 10_000 <= size <= 60_000:
            errs.append(f"page is {size} bytes")
        status = "ok" if not errs else "FAIL"
        print(f"{status:4} {case:40} {size:6} B {words:5} body words")
        for e in errs:
            print("     " + e)
        bad += bool(errs)
    print(f"{len(cases)} cases, {bad} with errors")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
