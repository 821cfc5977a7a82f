"""Helpers the regionmix skeletons share (on top of ../../probekit/kit.py): the body mini-language,
menus built from section and place lists, numbered most-read lists, tickers, footers."""
import re

from kit import attr, plain, slug

MARK = re.compile(r"\[\[([A-Z]+)(?:\|(.*))?\]\]", re.S)


def blocks(body):
    """The body text as blocks: ("p", html) for a paragraph, (NAME, [args]) for an insert.
    Paragraphs are separated by blank lines; an insert is a line `[[NAME|arg|arg]]`."""
    out = []
    for chunk in re.split(r"\n\s*\n", body.strip()):
        chunk = chunk.strip()
        m = MARK.fullmatch(chunk)
        if m:
            out.append((m.group(1), m.group(2).split("|") if m.group(2) else []))
        else:
            out.append(("p", chunk))
    return out


def sl(t):
    """A URL slug: ASCII words where there are any, otherwise a number from the text."""
    s = re.sub(r"[^a-z0-9]+", "-", plain(t).lower()).strip("-")
    return s[:40].strip("-") if len(s) > 2 else slug(t)


def link(t, base="", cls=""):
    return '<a%s href="%s/%s/">%s</a>' % (' class="%s"' % cls if cls else "", base, sl(t), t)


def lis(items, base="", li="", a=""):
    return "".join('<li%s>%s</li>' % (' class="%s"' % li if li else "", link(t, base, a)) for t in items)


def story_link(p, t, base="noticia"):
    return '<a href="/%s/%s-%s.html">%s</a>' % (base, sl(t)[:30], slug(t), t)


def story_lis(p, items, base="noticia", li=""):
    return "".join('<li%s>%s</li>' % (' class="%s"' % li if li else "", story_link(p, t, base)) for t in items)


def numbered(p, items, cls="most-read", base="noticia"):
    """A most-read list with printed numbers."""
    return '<ol class="%s">%s</ol>' % (cls, "".join(
        '<li><span class="rank">%d</span>%s</li>' % (i + 1, story_link(p, t, base)) for i, t in enumerate(items)))


def mega(p, cls="mega-menu"):
    """A mega-menu: every section with its sub-sections (p["subs"]: section -> list), and a panel of
    places (p["places"]) under the section named p["places_under"] (or the first one)."""
    subs = p.get("subs", {})
    under = p.get("places_under", p["sections"][0])
    out = []
    for s in p["sections"]:
        items = subs.get(s, [])
        if s == under:
            items = items + p["places"]
        inner = '<div class="mega-panel"><ul>%s</ul></div>' % lis(items, "/" + sl(s)) if items else ""
        out.append('<li class="menu-item%s">%s%s</li>' % (" has-mega" if inner else "", link(s), inner))
    return '<nav class="%s" role="navigation"><ul class="menu-root">%s</ul></nav>' % (cls, "".join(out))


def footer_map(p, cls="footer-sitemap"):
    """A footer sitemap: sections with their sub-sections, places, service links."""
    subs = p.get("subs", {})
    cols = []
    for s in p["sections"]:
        cols.append('<div class="fcol"><h4>%s</h4><ul>%s</ul></div>' % (link(s), lis(subs.get(s, [])[:8], "/" + sl(s))))
    cols.append('<div class="fcol fcol-places"><h4>%s</h4><ul>%s</ul></div>' % (p["w"].get("places", ""), lis(p["places"], "/local")))
    cols.append('<div class="fcol fcol-service"><ul>%s</ul></div>' % lis(p.get("service", []), "/institucional"))
    return '<div class="%s">%s</div>' % (cls, "".join(cols))


def ticker(p, cls="ticker", label_cls="ticker-label"):
    if not p.get("ticker"):
        return ""
    return ('<div class="%s"><span class="%s">%s</span><ul class="ticker-items">%s</ul></div>'
            % (cls, label_cls, p["w"].get("breaking", ""), story_lis(p, p["ticker"], "ultimas")))


def tagcloud(p, cls="tag-cloud"):
    return '<div class="%s">%s</div>' % (cls, " ".join(link(t, "/tag") for t in p.get("cloud", p.get("tags", []))))


def excl(p, *sels):
    p["exclude"] = list(dict.fromkeys(p.get("exclude", []) + list(sels)))


def dirattr(p):
    return ' dir="rtl"' if p["lang"] in ("ar", "fa", "he", "ur") else ""


def imgsrc(p, name, w=800, h=450):
    return "https://img.%s/%s/%s_%dx%d.jpg" % (p["domain"], p["pub"][:7].replace("-", "/"), slug(name), w, h)


def ld_of(p):
    """The page's JSON-LD article object, with p["ld_extra"] merged in (a dateModified alone, a
    second @type, an author given as a string...)."""
    from kit import article_ld
    o = article_ld(p)
    if o is not None and p.get("ld_extra"):
        o.update(p["ld_extra"])
    return o
