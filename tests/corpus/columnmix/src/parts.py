"""Pieces the columnmix skeletons share: <head> variants and furniture blocks (cookie banners, share bars,
author boxes, tag lists, teaser lists, comments, newsletter boxes, footers). Not skins themselves."""
from kit import article_ld, attr, canonical, head, href, img, ld, nav, plain, slug, title_tag
from words import FOOTER_NAV, words


def page_head(p, fmt="%s | %s"):
    """meta: full (Open Graph + JSON-LD), og (Open Graph only), ld (JSON-LD and og:url only),
    min (canonical and og:url only: the checker needs og:url)."""
    m = p.get("meta", "full")
    extra = p.get("head_extra", "")
    if m == "full":
        obj = p.get("ld_obj") or article_ld(p, extra=p.get("ld_extra"))
        return head(p, ld_obj=obj, fmt=fmt, extra=extra)
    if m == "og":
        return head(p, ld_obj=None, fmt=fmt, extra=extra)
    parts = ['<meta charset="utf-8">', title_tag(p, fmt), '<meta name="viewport" content="width=device-width, initial-scale=1">', canonical(p),
             '<meta property="og:url" content="%s">' % p["url"]]
    if m == "ld":
        parts.append(ld(p.get("ld_obj") or article_ld(p, extra=p.get("ld_extra"))))
    if extra:
        parts.append(extra)
    return "\n".join(parts)


def cookie(p, cls="cookie-banner"):
    if not p.get("cookie"):
        return ""
    w = words(p)
    return ('<div id="cookie-consent" class="%s" role="dialog" aria-live="polite"><p>%s</p>'
            '<button class="btn-accept">%s</button><button class="btn-settings">%s</button></div>\n' % (cls, p["cookie"], w["cookie_ok"], w["cookie_set"]))


def share(p, cls="share-bar"):
    w = words(p)
    return ('<div class="%s"><span class="share-label">%s</span><a class="sh-fb" href="#">Facebook</a><a class="sh-x" href="#">X</a>'
            '<a class="sh-wa" href="#">WhatsApp</a><a class="sh-mail" href="#">E-mail</a></div>\n' % (cls, w["share"]))


def tags(p, cls="tags", base="tag"):
    if not p.get("tags"):
        return ""
    w = words(p)
    return '<div class="%s"><span class="tags-label">%s</span><ul>%s</ul></div>\n' % (
        cls, w["tags"], "".join('<li><a href="/%s/%s/" rel="tag">%s</a></li>' % (base, slug(t), t) for t in p["tags"]))


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


def box(p, title, items, cls="box", base="news", tag="ul"):
    return '<section class="%s"><h3 class="%s__title">%s</h3><%s>%s</%s></section>\n' % (cls, cls.split()[0], title, tag, teasers(p, items, base), tag)


def side_boxes(p, cls="rail-box"):
    """p["side"]: list of (heading, items, base) boxes, plus an ad slot."""
    w = words(p)
    out = ""
    for i, b in enumerate(p.get("side", [])):
        title, items = b[0], b[1]
        base = b[2] if len(b) > 2 else "news"
        out += box(p, title, items, cls, base, "ol" if i == 0 else "ul")
        if i == 0:
            out += '<div class="ad-slot ad-rail" data-slot="rail-%s"><span class="ad-label">%s</span></div>\n' % (slug(p["case"]), w["ad"])
    return out


def author_box(p, cls="author-box"):
    if not p.get("bio"):
        return ""
    w = words(p)
    a = p["authors"][0] if p.get("authors") else p["site"]
    more = p.get("bio_more", [])
    return ('<aside class="%s"><img class="%s__photo" src="https://%s/authors/%s.jpg" alt="%s" width="96" height="96">'
            '<div class="%s__text"><p class="%s__name">%s</p><p class="%s__bio">%s</p>%s<a class="%s__more" href="/autor/%s/">%s</a></div></aside>\n'
            % (cls, cls, p["domain"], slug(a), attr(a), cls, cls, p.get("bio_name", a), cls, p["bio"],
               '<ul class="%s__list">%s</ul>' % (cls, teasers(p, more, "autor")) if more else "", cls, slug(a), w["more_from"]))


def comments(p, cls="comments"):
    if not p.get("comments"):
        return ""
    w = words(p)
    items = "".join('<li class="%s__item"><div class="%s__meta"><b>%s</b> <span>%s</span></div><p>%s</p></li>' % (cls, cls, n, d, t)
                    for n, d, t in p["comments"])
    return ('<section id="comments" class="%s"><h2>%s (%d)</h2><ol>%s</ol><form class="%s__form"><textarea name="c"></textarea>'
            '<button>%s</button></form></section>\n' % (cls, w["comments"], len(p["comments"]), items, cls, w["comment_btn"]))


def newsletter(p, cls="newsletter-box"):
    if not p.get("newsletter"):
        return ""
    w = words(p)
    return ('<div class="%s"><p class="%s__text">%s</p><form action="/newsletter" method="post"><input type="email" placeholder="%s">'
            '<button type="submit">%s</button></form></div>\n' % (cls, cls, p["newsletter"], w["email"], w["nl_btn"]))


def footer(p, cls="site-footer"):
    return '<footer class="%s">%s<p class="%s__copy">%s</p></footer>\n' % (cls, nav(p.get("footer_nav", FOOTER_NAV[p["lang"]]), cls + "__nav"), cls, p["footer"])


def hero(p, cls="hero"):
    if not p.get("caption"):
        return ""
    return '<figure class="%s">%s<figcaption>%s</figcaption></figure>\n' % (cls, img(p, p["url"]), p["caption"])


def byline(p):
    return p.get("byline_html", p["byline_text"] or "")


def photo(p, cls="byline__photo"):
    if not p.get("photo"):
        return ""
    a = p["authors"][0]
    return '<img class="%s" src="https://%s/columnistas/%s.png" alt="%s" width="80" height="80">' % (cls, p["domain"], slug(a), attr(a))


def html_open(p, fmt="%s | %s", body_cls="article"):
    d = ' dir="rtl"' if p["lang"] in ("ar",) else ""
    return '<!DOCTYPE html>\n<html lang="%s"%s>\n<head>\n%s\n</head>\n<body class="%s">\n' % (p.get("html_lang", p["lang"]), d, page_head(p, fmt), body_cls)
