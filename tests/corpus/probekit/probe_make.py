#!/usr/bin/env python3
"""Builds a written probe corpus: puts the hand-written texts of its src/pages_*.py into the page
skeletons (a platform's skin, a page shape) of its other src/ modules.

Snippets are marked in the texts: ⟦…⟧ a `with` snippet (article text), ⟪…⟫ a `without` snippet
(page furniture). The markers are removed from the page. Writes pages/, expected/, kind.json,
index.tsv and bodies.json (where the article body is, for check.py).

    python3 tests/corpus/pagemix/make.py && python3 tests/corpus/pagemix/check.py   # or cmsmix
"""
import glob
import importlib
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from kit import plain  # noqa: E402

CJK = {"zh", "ja", "ko", "th"}


def cut(s, lang):
    """A long sentence is cut to a verbatim prefix: 12 words, or 40 characters in CJK and Thai."""
    s = re.sub(r"<[^>]+>", "", s)
    s = re.sub(r"\s+", " ", s).strip()
    if lang in CJK:
        return s[:40].rstrip()
    return " ".join(s.split(" ")[:12])


def skins_of(modules):
    """The page skeletons the modules define, by name: their public functions."""
    skins = {}
    for mod in modules:
        skins.update({k: v for k, v in vars(mod).items() if callable(v) and not k.startswith("_") and v.__module__ == mod.__name__})
    return skins


def build(p, skins):
    skin = skins[p["skin"]]
    html, body_sel = skin(p)
    withs = re.findall(r"⟦(.*?)⟧", html, flags=re.S)
    withouts = re.findall(r"⟪(.*?)⟫", html, flags=re.S)
    # a snippet printed twice (a pull quote, a menu repeated in the footer) is listed once
    withs = list(dict.fromkeys(withs))
    withouts = list(dict.fromkeys(withouts))
    html = html.replace("⟦", "").replace("⟧", "").replace("⟪", "").replace("⟫", "")
    exp = {
        "url": p["url"],
        "title": p.get("exp_title", plain(p["h1"])),
        "authors": p["authors"],
        "byline": p["byline_text"],
        "published": p.get("exp_pub", p["pub"][:10]),
        "lang": p["lang"],
        "with": [cut(w, p["lang"]) for w in withs],
        "without": [cut(w, p["lang"]) for w in withouts],
        "comments": [],
        "has_text": False,
        "meta_annotated": True,
        "source": "colonnade-written",
    }
    return html, exp, {"body": body_sel + p.get("body_extra", []), "exclude": p.get("exclude", [])}


def main(here, skin_modules):
    """Writes the corpus in the folder `here` from its src/pages_*.py, with the skeletons of
    `skin_modules` (names of modules in its src/)."""
    sys.path.insert(0, os.path.join(here, "src"))
    skins = skins_of(importlib.import_module(m) for m in skin_modules)
    allp = []
    for f in sorted(glob.glob(os.path.join(here, "src", "pages_*.py"))):
        allp += importlib.import_module(os.path.basename(f)[:-3]).PAGES
    for d in ("pages", "expected"):
        os.makedirs(os.path.join(here, d), exist_ok=True)
    kinds, rows, bodies = {}, [], {}
    seen = set()
    for p in sorted(allp, key=lambda p: p["case"]):
        case = p["case"]
        assert case not in seen, case
        seen.add(case)
        html, exp, body = build(p, skins)
        with open(os.path.join(here, "pages", case + ".html"), "w", encoding="utf-8") as f:
            f.write(html)
        with open(os.path.join(here, "expected", case + ".json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=1)
            f.write("\n")
        kinds[case] = {"kind": p["kind"], "sure": p.get("sure", True), "why": p["why"]}
        bodies[case] = body
        nbytes = len(html.encode("utf-8"))
        rows.append("\t".join([case, "colonnade-written", p["lang"], p["domain"], str(nbytes), "false",
                               "1" if exp["title"] else "0", "1" if exp["authors"] else "0", "1" if exp["published"] else "0"]))
    with open(os.path.join(here, "kind.json"), "w", encoding="utf-8") as f:
        json.dump(kinds, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(here, "bodies.json"), "w", encoding="utf-8") as f:
        json.dump(bodies, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(here, "index.tsv"), "w", encoding="utf-8") as f:
        f.write("case\tsource\tlang\tsite\tbytes\thas_text\ttitle\tauthors\tpublished\n")
        f.write("\n".join(rows) + "\n")
    print(len(rows), "pages")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
