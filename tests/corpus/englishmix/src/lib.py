"""Helpers for the englishmix page sources: typographic text, furniture blocks, page registry."""
import html
import json
import re

PAGES = []


def sq(s):
    """Straight quotes to typographic ones (apostrophes and closing quotes ’ ”, opening “)."""
    s = s.replace("'", "\u2019")
    s = re.sub(r'(^|[\s(\[\u2014/-])"', "\\1\u201c", s)
    s = s.replace('"', "\u201d")
    s = s.replace(" -- ", " \u2014 ")
    return s


def t(s):
    """Text to HTML: typographic quotes, escaping, [text](url) links, *em*, **strong**."""
    s = html.escape(sq(s), quote=False)
    s = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r'<a href="\2">\1</a>', s)
    s = re.sub(r"\*\*([^*]+)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"\*([^*]+)\*", r"<em>\1</em>", s)
    return s


def ps(paras, attrs=""):
    a = (" " + attrs) if attrs else ""
    return "\n".join(f"<p{a}>{t(p)}</p>" for p in paras) + "\n"


def ul(items, cls="", href="/"):
    c = f' class="{cls}"' if cls else ""
    out = []
    for i, it in enumerate(items):
        out.append(f'<li><a href="{href}{slug(it)}-{i}">{t(it)}</a></li>')
    return f"<ul{c}>" + "".join(out) + "</ul>"


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:60]


def megamenu(sections, cls="mega-menu"):
    """sections: list of (name, [sub, ...]). A nested navigation menu as big sites ship it."""
    out = [f'<nav class="{cls}" aria-label="Sections"><ul class="{cls}__list">']
    for name, subs in sections:
        out.append(f'<li class="{cls}__item"><a class="{cls}__link" href="/{slug(name)}/">{t(name)}</a>'
                   f'<div class="{cls}__panel"><ul>')
        for s in subs:
            out.append(f'<li><a href="/{slug(name)}/{slug(s)}/">{t(s)}</a></li>')
        out.append("</ul></div></li>")
    out.append("</ul></nav>")
    return "".join(out)


def jsonld(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + "</script>"


def critical_css(seed, n):
    """Inline critical CSS as sites ship it (deterministic filler of about n bytes)."""
    props = ["margin:0 0 {a}px", "padding:{a}px {b}px", "font-size:{c}px", "line-height:1.{a}", "color:#{h}",
             "background:#{h}", "display:flex", "display:none", "max-width:{d}px", "border-bottom:1px solid #{h}",
             "font-family:var(--font-{a})", "letter-spacing:.0{b}em", "grid-template-columns:repeat({b},1fr)"]
    out, i = [], 0
    while sum(len(x) for x in out) < n:
        k = (seed * 31 + i * 17) % 997
        sel = ".{}{}-{:x}".format("abcdefghjk"[k % 10], "mnpqrstvwxz"[(k // 10) % 11], k * 7 + i)
        rules = ";".join(props[(k + j * 5) % len(props)].format(a=k % 9, b=k % 4 + 1, c=12 + k % 14, d=600 + k % 5 * 60,
                         h="{:06x}".format(k * 9973 % 0xffffff)) for j in range(3))
        out.append(sel + "{" + rules + "}")
        if i % 9 == 8:
            out.append("@media (min-width:{}px){{{}{{{}}}}}".format(740 + k % 4 * 240, sel, rules))
        i += 1
    return "<style>" + "".join(out) + "</style>"


def head(title, url, desc, og_title=None, extra="", ld=None, site="", section=None, published=None,
         modified=None, author_meta=None, og_type="article", lang_css="/assets/app.css", css=5000):
    h = [f"<meta charset=\"utf-8\">", f"<title>{t(title)}</title>",
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         f'<link rel="canonical" href="{url}">',
         f'<meta name="description" content="{html.escape(sq(desc))}">',
         f'<meta property="og:type" content="{og_type}">',
         f'<meta property="og:title" content="{html.escape(sq(og_title or title))}">',
         f'<meta property="og:url" content="{url}">',
         f'<meta property="og:site_name" content="{html.escape(site)}">',
         f'<meta name="twitter:card" content="summary_large_image">']
    if section:
        h.append(f'<meta property="article:section" content="{html.escape(section)}">')
    if published:
        h.append(f'<meta property="article:published_time" content="{published}">')
    if modified:
        h.append(f'<meta property="article:modified_time" content="{modified}">')
    if author_meta:
        h.append(f'<meta name="author" content="{html.escape(author_meta)}">')
    h.append(f'<link rel="stylesheet" href="{lang_css}">')
    if css:
        h.append(critical_css(len(url), css))
    h.append('<link rel="preconnect" href="https://cdn.ads.example">')
    if ld:
        for o in (ld if isinstance(ld, list) else [ld]):
            h.append(jsonld(o))
    h.append(extra)
    return "\n".join(h)


def page(case, kind, sure, why, site, url, title, authors, byline, published, with_, without,
         html_text, body, skip=(), note=""):
    """Register a page. body/skip: selectors for check.py (article body; furniture inside it)."""
    PAGES.append(dict(case=case, kind=kind, sure=sure, why=why, site=site, url=url, title=sq(title),
                      authors=authors, byline=sq(byline) if byline else byline, published=published,
                      with_=[sq(w) for w in with_], without=[sq(w) for w in without], html=html_text,
                      body=list(body), skip=list(skip), note=note))


# A pool of invented teaser headlines for related / most-read / recirculation boxes.
TEASERS = [
    "City council delays vote on new parking rules until autumn",
    "Five things to know before the state fair opens this weekend",
    "School board names interim superintendent after abrupt exit",
    "Heat advisory extended through Thursday as temperatures climb",
    "Why grocery prices are still rising in some aisles but not others",
    "Police identify driver in fatal crash on Route 9",
    "The quiet fight over who gets to name the new bridge",
    "Minor league team unveils redesigned stadium seating",
    "Opinion: Our town deserves a library that opens on Sundays",
    "Watch: Rescue crews pull kayaker from swollen river",
    "Airport adds nonstop flights to three new cities",
    "Landlords and tenants clash over proposed rent cap",
    "How a small bakery became the busiest shop on Main Street",
    "Court hears arguments in long-running water rights case",
    "Weekend forecast: storms early, sunshine by Sunday",
    "Hospital system announces merger with rival network",
    "Teachers union reaches tentative deal after marathon talks",
    "The best ice cream in the county, ranked by our readers",
    "State lawmakers split over plan to raise fuel tax",
    "Museum reopens east wing after two-year renovation",
    "Former mayor launches bid for congressional seat",
    "Letters: Readers weigh in on the downtown parking fight",
    "Drought prompts first watering limits in a decade",
    "Local woman turns 105 and credits daily crossword",
    "Fire destroys historic barn on county fairgrounds",
    "Startups flock to the old textile mill district",
    "Ferry operator cancels evening sailings over staff shortage",
    "Inside the race to save the last wetland on the bay",
    "Crossword champion crowned after tense final round",
    "New bike lanes open on the river road despite objections",
    "What the latest jobs report means for your paycheck",
    "Ten years after the flood, the neighborhood looks ahead",
    "Chef's tip: the one pan every home cook should own",
    "Trial date set in embezzlement case against charity boss",
    "Power restored to thousands after overnight storms",
    "Commuters face delays as rail line closes for repairs",
    "University to freeze tuition for in-state students",
    "Opinion: The real cost of free parking",
    "Zoo welcomes twin red panda cubs",
    "Obituary: Longtime choir director remembered for her laugh",
]


def teasers(start, n):
    return [TEASERS[(start + i) % len(TEASERS)] for i in range(n)]
