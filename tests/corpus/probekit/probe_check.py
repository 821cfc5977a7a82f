#!/usr/bin/env python3
"""Checks a written probe corpus's snippets against its pages (standard library only).

For each case: every `with` snippet occurs in the visible text of the article body (the elements
bodies.json names, minus the furniture inside them it names under `exclude`); every `without`
snippet occurs in the visible text outside the body and not inside it; no snippet contains a
character HTML escapes; the expected file has the expected keys, 4–6 snippets of each sort,
snippets of at most 12 words (40 characters in CJK and Thai); url = canonical = og:url; the page
is 5–40 kB. Selectors: `tag`, `tag.class`, `tag#id`, `tag[attribute=value]`, `tag^text prefix`; a trailing `*` takes every
element that matches instead of the first. Visible text: tags stripped, script/style/noscript/template/head removed, entities
decoded, whitespace collapsed, NFC.

    python3 tests/corpus/cmsmix/check.py   # or pagemix: each corpus's check.py calls main(its folder)
"""
import html.parser
import json
import os
import re
import sys
import unicodedata

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
HIDDEN = {"script", "style", "noscript", "template", "head", "svg"}
INLINE = {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s",
          "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var"}
CJK = {"zh", "ja", "ko", "th"}
KEYS = ["url", "title", "authors", "byline", "published", "lang", "with", "without", "comments", "has_text",
        "meta_annotated", "source"]


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def classes(self):
        return (self.attrs.get("class") or "").split()


class Parser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", [], None)
        self.cur = self.root
        self.metas = []
        self.links = []

    def handle_starttag(self, tag, attrs):
        if tag == "meta":
            self.metas.append(dict(attrs))
        if tag == "link":
            self.links.append(dict(attrs))
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.cur = self.cur.parent

    def handle_endtag(self, tag):
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is None:
            print("  stray </%s>" % tag)
            return
        self.cur = n.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def text_of(n):
    if isinstance(n, str):
        return n
    if n.tag in HIDDEN:
        return ""
    return "".join(text_of(c) for c in n.children)


def matches(n, sel):
    sel = sel.rstrip("*")
    if "^" in sel:  # tag^prefix: an element of that tag whose visible text starts with prefix
        tag, prefix = sel.split("^", 1)
        return n.tag == tag and norm(text_of(n)).startswith(prefix)
    if re.fullmatch(r"[a-z0-9-]+", sel):  # a bare tag name
        return n.tag == sel
    m = re.fullmatch(r"([a-z0-9-]*)\[([a-z-]+)=([^\]]+)\]", sel)  # tag[attribute=value]
    if m:
        tag, name, val = m.groups()
        return (not tag or n.tag == tag) and n.attrs.get(name) == val
    tag, kind, val = re.match(r"([a-z0-9-]*)([.#])(.+)", sel).groups()
    if tag and n.tag != tag:
        return False
    return val in n.classes() if kind == "." else n.attrs.get("id") == val


def find(n, sel):
    if isinstance(n, Node):
        if matches(n, sel):
            return n
        for ch in n.children:
            r = find(ch, sel)
            if r is not None:
                return r
    return None


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def split_text(root, bodies, excluded):
    inside, outside = [], []

    def walk(n, inb):
        if isinstance(n, str):
            (inside if inb else outside).append(n)
            return
        if n.tag in HIDDEN:
            return
        if n in bodies:
            inb = True
        if n in excluded:
            inb = False
        sep = n.tag not in INLINE
        if sep:
            inside.append(" ")
            outside.append(" ")
        for ch in n.children:
            walk(ch, inb)
        if sep:
            inside.append(" ")
            outside.append(" ")

    walk(root, False)
    return norm("".join(inside)), norm("".join(outside))


def all_matching(n, sel, out):
    if isinstance(n, Node):
        if matches(n, sel):
            out.append(n)
        for ch in n.children:
            all_matching(ch, sel, out)


def main(here):
    """Checks the corpus in the folder `here`; the exit status is the number of problems (0: all passed)."""
    specs = json.load(open(os.path.join(here, "bodies.json"), encoding="utf-8"))
    kinds = json.load(open(os.path.join(here, "kind.json"), encoding="utf-8"))
    cases = sorted(f[:-5] for f in os.listdir(os.path.join(here, "pages")) if f.endswith(".html"))
    bad = 0
    stats = {"with": 0, "without": 0}
    for case in cases:
        errs = []
        raw = open(os.path.join(here, "pages", case + ".html"), "rb").read()
        page = raw.decode("utf-8")
        exp = json.load(open(os.path.join(here, "expected", case + ".json"), encoding="utf-8"))
        if list(exp) != KEYS:
            errs.append("keys %s" % list(exp))
        if not 5000 <= len(raw) <= 40000:
            errs.append("size %d" % len(raw))
        if case not in kinds or kinds[case]["kind"] not in ("opinion", "news", "other") or len(kinds[case]["why"].split()) > 12:
            errs.append("kind.json entry")
        elif case.split("-")[1] != kinds[case]["kind"]:
            errs.append("kind in name")
        p = Parser()
        p.feed(page)
        p.close()
        canon = [l.get("href") for l in p.links if l.get("rel") == "canonical"]
        ogurl = [m.get("content") for m in p.metas if m.get("property") == "og:url"]
        if canon != [exp["url"]] or ogurl != [exp["url"]]:
            errs.append("url %s %s" % (canon, ogurl))
        spec = specs[case]
        bodies = []
        for sel in spec["body"]:
            if sel.endswith("*"):  # every element that matches
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
        if errs:
            bad += 1
            print(case)
            for e in errs:
                print("  " + e)
    print("%d cases, %d with problems; %d with and %d without snippets" % (len(cases), bad, stats["with"], stats["without"]))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
