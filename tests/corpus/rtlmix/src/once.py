#!/usr/bin/env python3
"""A writing aid, not part of the probe: for each page, the size, the number of words (characters)
of its text as check.py sees it, and any snippet that does not occur exactly once in the page's
visible text. Uses ../../probekit/probe_check.py (unchanged).

    python3 tests/corpus/rtlmix/src/once.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(HERE, "..", "probekit"))

import probe_check as pc  # noqa: E402


def main():
    specs = json.load(open(os.path.join(HERE, "bodies.json"), encoding="utf-8"))
    bad = 0
    for f in sorted(os.listdir(os.path.join(HERE, "pages"))):
        case = f[:-5]
        page = open(os.path.join(HERE, "pages", f), encoding="utf-8").read()
        exp = json.load(open(os.path.join(HERE, "expected", case + ".json"), encoding="utf-8"))
        p = pc.Parser()
        p.feed(page)
        p.close()
        bodies, exc = [], []
        for sel in specs[case]["body"]:
            pc.all_matching(p.root, sel, bodies)
        for sel in specs[case]["exclude"]:
            for b in bodies:
                pc.all_matching(b, sel, exc)
        inside, _ = pc.split_text(p.root, set(bodies), set(exc))
        _, visible = pc.split_text(p.root, set(), set())
        multi = [s for s in exp["with"] + exp["without"] if visible.count(s) != 1]
        bad += bool(multi)
        print("%-48s %6d B %4d words %5d chars %s" % (case, len(page.encode()), len(inside.split()), len(inside), "NOT ONCE: %s" % multi if multi else ""))
    return bad


if __name__ == "__main__":
    sys.exit(main())
