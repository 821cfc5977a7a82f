#!/usr/bin/env python3
"""Writes tests/corpus/englishmix from the page sources in src/ (hand-written pages, one function each).

    python3 tests/corpus/englishmix/make.py && python3 tests/corpus/englishmix/check.py

Writes pages/<case>.html, expected/<case>.json, kind.json, index.tsv and marks.json (the body and
furniture selectors check.py uses; not read by the evaluation).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

import lib  # noqa: E402
import importlib  # noqa: E402

MODULES = ["opinion", "opinion2", "news", "news2", "other"]
for _m in MODULES:
    _mod = importlib.import_module(_m)
    for _name in sorted(dir(_mod)):
        if _name[:2] in ("o_", "n_", "x_") and callable(getattr(_mod, _name)):
            getattr(_mod, _name)()


def main():
    os.makedirs(os.path.join(HERE, "pages"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "expected"), exist_ok=True)
    kinds, marks, rows = {}, {}, []
    for p in sorted(lib.PAGES, key=lambda p: p["case"]):
        c = p["case"]
        raw = p["html"]
        with open(os.path.join(HERE, "pages", c + ".html"), "w", encoding="utf-8") as f:
            f.write(raw)
        exp = {"url": p["url"], "title": p["title"], "authors": p["authors"], "byline": p["byline"],
               "published": p["published"], "lang": "en", "with": p["with_"], "without": p["without"],
               "comments": [], "has_text": False, "meta_annotated": True, "source": "colonnade-written"}
        with open(os.path.join(HERE, "expected", c + ".json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=1)
        kinds[c] = {"kind": p["kind"], "sure": p["sure"], "why": p["why"]}
        marks[c] = {"body": p["body"], "skip": p["skip"]}
        rows.append([c, "colonnade-written", "en", p["site"], str(len(raw.encode("utf-8"))), "false",
                     "1" if p["title"] else "0", "1" if p["authors"] else "0", "1" if p["published"] else "0"])
    with open(os.path.join(HERE, "kind.json"), "w", encoding="utf-8") as f:
        json.dump(kinds, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "marks.json"), "w", encoding="utf-8") as f:
        json.dump(marks, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "index.tsv"), "w", encoding="utf-8") as f:
        f.write("case\tsource\tlang\tsite\tbytes\thas_text\ttitle\tauthors\tpublished\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(f"{len(lib.PAGES)} pages written")


if __name__ == "__main__":
    main()
