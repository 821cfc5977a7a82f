"""Pieces the sectionmix skeletons share: the page-dict defaults, <head> variants and furniture blocks (cookie
banner, menus, breadcrumbs, teaser lists, share bar, footer). Not skins themselves (probe_make takes every public
function of skins.py as a skin)."""
from kit import article_ld, attr, canonical, head, href, ld, nav, plain, slug, title_tag

RTL = {"he", "fa", "ur", "ar"}


def page(**kw):
    """A page dict with the defaults every page shares."""
    p = dict(meta="full", ld_type="NewsArticle", exclude=[], sure=True)
    p.update(kw)
    if "ld_authors" not in p:
        p["ld_authors"] = list(p["authors"] or [])
    return p


def page_head(p, fmt):
    """meta: full (Open Graph + JSON-LD), og (Open Graph only), ld (JSON-LD, canonical and og:url),
    min (canonical and og:url only: the checker needs og:url)."""
    m = p.get("meta", "full")
    extra = p.get("head_extra", "")
    if m == "full":
        return head(p, ld_obj=p.get("ld_obj") or article_ld(p, extra=p.get("ld_extra")), fmt=fmt, extra=extra)
    if m == "og":
        return head(p, ld_obj=None, fmt=fmt, extra=extra)
    parts = ['<meta charset="utf-8">', title_tag(p, fmt), '<meta name="viewport" content="width=device-width, initial-scale=1">',
             canonical(p), '<meta property="og:url" content="%s">' % p["url"]]
    if m == "ld":
        parts.append(ld(p.get("ld_obj") or article_ld(p, extra=p.get("ld_extra"))))
    if extra:
        parts.append(extra)
    return "\n".join(parts)


def html_open(p, fmt, body_cls):
    d = ' dir="rtl"' if p["lang"] in RTL else ""
    return '<!DOCTYPE html>\n<html lang="%s"%s>\n<head>\n%s\n</head>\n<body class="%s">\n' % (p.get("html_lang", p["lang"]), d, page_head(p, fmt), body_cls)


def cookie(p, cls="cookie-banner"):
    if not p.get("cookie"):
        return ""
    ok, more = p.get("cookie_btns", ("OK", "…"))
    return ('<div id="cookie-consent" class="%s" role="dialog"><p>%s</p><button class="accept">%s</button>'
            '<button class="settings">%s</button></div>\n' % (cls, p["cookie"], ok, more))


def menu(p, cls):
    return nav(p["nav"], cls)


def crumbs(p, cls="breadcrumb", sep=" › "):
    """A breadcrumb trail: p["crumbs"] is a list of labels, the first being the home link."""
    if not p.get("crumbs"):
        return ""
    links = ['<a href="/%s">%s</a>' % ("" if i == 0 else slug(plain(c)) + "/", c) for i, c in enumerate(p["crumbs"])]
    return '<nav class="%s" aria-label="breadcrumb">%s</nav>\n' % (cls, sep.join(links))


def teasers(p, items, base="news"):
    """<li> teasers; an item is a headline or a (label, headline) pair."""
    out = []
    for it in items:
        if isinstance(it, tuple):
            lab, h = it
            out.append('<li class="teaser"><span class="teaser__label">%s</span> <a href="%s">%s</a></li>' % (lab, href(p, h, base), h))
        else:
            out.append('<li class="teaser"><a href="%s">%s</a></li>' % (href(p, it, base), it))
    return "".join(out)


def side(p, cls="sidebar-box"):
    """p["side"]: (heading, items) boxes."""
    return "".join('<section class="%s"><h3>%s</h3><ul>%s</ul></section>\n' % (cls, h, teasers(p, items)) for h, items in p.get("side", []))


def more(p, cls="more-list"):
    """p["more"]: (heading, items) teaser list printed under the article."""
    if not p.get("more"):
        return ""
    h, items = p["more"]
    return '<section class="%s"><h2 class="%s__title">%s</h2><ul>%s</ul></section>\n' % (cls, cls, h, teasers(p, items, p.get("more_base", "news")))


def share(cls="share"):
    return ('<div class="%s"><a class="share-fb" href="#">Facebook</a> <a class="share-x" href="#">X</a> '
            '<a class="share-wa" href="#">WhatsApp</a> <a class="share-mail" href="#">E-mail</a></div>\n' % cls)


def label_span(p, cls):
    """A genre label in the byline area (p["byline_label"]), e.g. "Komentář", "Gjesteskribent"."""
    return '<span class="%s">%s</span> ' % (cls, p["byline_label"]) if p.get("byline_label") else ""


def role(p, cls):
    return ' <span class="%s">%s</span>' % (cls, p["role"]) if p.get("role") else ""


def byline(p):
    return p.get("byline_html", p["byline_text"] or "")


def after(p):
    """A block printed after the text (a letter's signature, a disclaimer): p["after"]."""
    return '<p class="after-text">%s</p>\n' % p["after"] if p.get("after") else ""


def newsletter(p, cls="newsletter"):
    if not p.get("newsletter"):
        return ""
    return '<div class="%s"><p>%s</p><form action="/newsletter"><input type="email" placeholder="@"><button>→</button></form></div>\n' % (cls, p["newsletter"])


def footer(p, cls="site-footer"):
    return '<footer class="%s">%s<p class="%s__copy">%s</p></footer>\n' % (cls, nav(p.get("footer_nav", []), cls + "__nav"), cls, p["footer"])
