#!/usr/bin/env python3
"""Writes the labelled sets of tests/corpus/stories from the texts in src/.

    python3 tests/corpus/stories/make.py

Deterministic (fixed seed): running it again rewrites the same three files. events.jsonl and
crosslang.jsonl are shuffled (the commands sort by date); copies.jsonl is in crawl order, because
some wire copies in it have no date and take their place from their neighbours.
- copies.jsonl    syndicated columns (copy_group) with hard negatives
- events.jsonl    English reports of look-alike events (event)
- crosslang.jsonl one event in seven languages (event)
"""
import json
import os
import random
import re
import sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

from columns import COLUMNS, REPORTS, SECOND_COLUMNS  # noqa: E402
from cross import CROSS  # noqa: E402
from events import EVENTS  # noqa: E402

# What each outlet wraps around an article: (lines before, lines after).
BOILERPLATE = {
    "Harbour Post": (["OPINION"], ["The views expressed in this column are the author's own and do not "
                                   "necessarily reflect those of the Harbour Post."]),
    "Valley Ledger": (["Sign up for our Morning Brief newsletter and never miss a column."],
                      ["Share this article: Facebook, X, Email, Copy link"]),
    "Capital Review": ([], ["© 2024 Capital Review Media Group. All rights reserved. Reproduction without "
                            "permission is prohibited."]),
    "Northern Courier": (["Listen to this article (4 min)"],
                         ["Have your say: send a letter to the editor at letters@northerncourier.example "
                          "with your name and town."]),
    "Coastal Herald": ([], ["Read more from our columnists: comment and analysis, every day, only at the "
                            "Coastal Herald."]),
    "Midland Times": (["COMMENT"], ["Support independent journalism. Subscribe from 1 pound a week and get "
                                    "every column first."]),
    "Riverside Gazette": ([], ["Related: Council budget 2024: what it means for you | Letters: readers "
                               "respond to last week's columns"]),
    "Lakeside Observer": (["Guest column"], ["Distributed by Tribune Content Agency. The Lakeside Observer "
                                             "welcomes letters in response."]),
    "Evening Sentinel": (["Advertisement", "Opinion and analysis"],
                         ["Most read: Road closures this weekend | Weather: showers clearing | Sport: cup "
                          "draw in full"]),
    "Hilltop Chronicle": ([], ["Follow the Hilltop Chronicle on social media for the latest news and "
                               "opinion from across the county."]),
    "Western Digest": (["From our syndication partners"], ["Copyright the author. Republished under licence."]),
}
SYNDICATORS = ["Lakeside Observer", "Evening Sentinel", "Hilltop Chronicle", "Western Digest", "Coastal Herald",
               "Northern Courier", "Valley Ledger", "Midland Times"]

SPELLING = [("neighbourhood", "neighborhood"), ("centre", "center"), ("favour", "favor"),
            ("programme", "program"), ("colour", "color"), ("organise", "organize")]


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def url(outlet, path):
    return f"https://{slug(outlet)}.example/{path}"


def wrap(outlet, paragraphs):
    before, after = BOILERPLATE.get(outlet, ([], []))
    return "\n".join(before + paragraphs + after)


def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def copies(rng):
    out = []
    for key, (author, home, published, headlines, paras) in COLUMNS.items():
        bio = f"{author} is a columnist for the {home}."
        home_url = url(home, f"opinion/{key}")
        base = parse(published)
        out.append(dict(id=f"c-{key}-home", title=headlines[0], text=wrap(home, paras + [bio]), lang="en",
                        published=iso(base), outlet=home, url=home_url, copy_group=key, event=key))
        outlets = [o for o in SYNDICATORS if o != home]
        rng.shuffle(outlets)
        for n, outlet in enumerate(outlets[: rng.choice([2, 3, 3, 4])]):
            p = list(paras)
            edit = rng.choice(["trim", "note-top", "note-end", "extra-end", "spelling", "trim-note", "plain"])
            if edit in ("trim", "trim-note"):
                p = p[:-1]
            if edit in ("note-top", "trim-note"):
                p = [f"Editor's note: This column first appeared in the {home} and is republished with "
                     "permission."] + p
            if edit == "note-end":
                p = p + [f"This column first appeared in the {home}."]
            if edit == "extra-end":
                p = p + [f"{author}'s new book of essays is published next month. Readers can reach "
                         f"{author.split()[0]} through the {outlet} letters page."]
            if edit == "spelling":
                p = [re.sub("|".join(a for a, _ in SPELLING), lambda m: dict(SPELLING)[m.group(0)], x) for x in p]
            with_bio = rng.random() < 0.5
            text = wrap(outlet, p + ([bio] if with_bio else []))
            delay = timedelta(hours=rng.choice([1, 3, 6, 20, 26, 50]))
            item = dict(id=f"c-{key}-{slug(outlet)}", title=headlines[1 + n % (len(headlines) - 1)], text=text,
                        lang="en", published=iso(base + delay), outlet=outlet,
                        url=url(outlet, f"columns/{slug(headlines[1 + n % (len(headlines) - 1)])}"),
                        copy_group=key, event=key)
            item["_seen"] = item["published"]
            r = rng.random()
            if r < 0.3:
                item["canonical"] = home_url
            elif r < 0.38:
                item["published"] = None  # a wire copy without a date
            out.append(item)
    for key, author, outlet, published, title, paras in SECOND_COLUMNS:
        home = outlet
        bio = f"{author} is a columnist for the {home}."
        out.append(dict(id=f"c-{key}-home", title=title, text=wrap(outlet, paras + [bio]), lang="en",
                        published=published, outlet=outlet, url=url(outlet, f"opinion/{key}"),
                        copy_group=key, event=key))
        if rng.random() < 0.5:
            o = rng.choice([s for s in SYNDICATORS if s != outlet])
            out.append(dict(id=f"c-{key}-{slug(o)}", title=title, text=wrap(o, paras),
                            lang="en", published=iso(parse(published) + timedelta(hours=5)), outlet=o,
                            url=url(o, f"columns/{key}"), copy_group=key, event=key))
    for event, key, outlet, published, title, text in REPORTS:
        out.append(dict(id=f"r-{key}", title=title, text=wrap(outlet, [text]), lang="en", published=published,
                        outlet=outlet, url=url(outlet, f"news/{key}"), copy_group=key, event=event))
    return out


def events():
    out, seen = [], {}
    for event, outlet, published, title, text in EVENTS:
        seen[event] = seen.get(event, 0) + 1
        i = f"e-{event}-{seen[event]}"
        out.append(dict(id=i, title=title, text=wrap(outlet, text.split("\n")), lang="en", published=published,
                        outlet=outlet, url=url(outlet, f"news/{i}"), event=event))
    return out


def cross():
    out, seen = [], {}
    for event, lang, outlet, published, title, text in CROSS:
        seen[(event, lang)] = seen.get((event, lang), 0) + 1
        i = f"x-{event[2:]}-{lang}-{seen[(event, lang)]}"
        out.append(dict(id=i, title=title, text=text, lang=lang, published=published, outlet=outlet,
                        url=url(outlet, f"news/{i}"), event=event))
    return out


def write(name, items, rng, crawl_order=False):
    if crawl_order:
        # As a crawl saw them: undated wire copies sit where they were found, among their dated
        # neighbours (the commands place an undated line at the time of the line before it).
        items.sort(key=lambda i: (i.get("_seen") or i["published"], i["id"]))
    else:
        rng.shuffle(items)  # input order must not matter: the commands sort by date
    keys = ["id", "title", "text", "lang", "published", "outlet", "url", "canonical", "event", "copy_group"]
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps({k: it[k] for k in keys if k in it}, ensure_ascii=False) + "\n")
    print(f"{name}: {len(items)} articles, {len({i.get('event') for i in items})} events, "
          f"{len({i.get('copy_group', i['id']) for i in items})} copy groups")


if __name__ == "__main__":
    rng = random.Random(11)
    write("copies.jsonl", copies(rng), rng, crawl_order=True)
    write("events.jsonl", events(), rng)
    write("crosslang.jsonl", cross(), rng)
