"""Pieces the reviewmix skeletons share: <head> variants, furniture blocks (cookie banners, share bars, teaser rails,
comments, newsletter boxes, footers), the inserts a body may carry ([[AD]], [[READ|…]], [[BUY|…]], [[RATING]],
[[INFO]], [[NL]], [[PHOTO|…]]) and the text fixer. Not skins: probe_make takes every public function of a skin
module as a skin, so these live here."""
import re

from kit import article_ld, attr, canonical, head, href, img, ld, nav, plain, slug, title_tag
from words import FOOTER_NAV, words

RTL = {"ar"}


def page_head(p, fmt="%s | %s"):
    """meta: full (Open Graph + JSON-LD), og (Open Graph only), ld (JSON-LD and og:url only),
    min (title, canonical and og:url only)."""
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


def html_open(p, fmt, body_cls):
    d = ' dir="rtl"' if p["lang"] in RTL else ""
    return '<!DOCTYPE html>\n<html lang="%s"%s>\n<head>\n%s\n</head>\n<body class="%s">\n' % (
        p.get("html_lang", p["lang"]), d, page_head(p, p.get("title_fmt", fmt)), body_cls)


def excl(p, sel):
    p.setdefault("exclude", [])
    if sel not in p["exclude"]:
        p["exclude"].append(sel)


def fix(html):
    """Straight apostrophes in text (not inside tags, scripts or styles) become typographic ones."""
    parts = re.split(r"(<script.*?</script>|<style.*?</style>|<[^>]+>)", html, flags=re.S)
    return "".join(s if i % 2 else s.replace("'", "’") for i, s in enumerate(parts))


def stars(n, of=5, cls="stars"):
    full = int(n)
    half = n - full >= 0.5
    s = "★" * full + ("½" if half else "") + "☆" * (of - full - (1 if half else 0))
    return '<span class="%s" aria-label="%s/%d" data-rating="%s">%s</span>' % (cls, ("%g" % n), of, ("%g" % n), s)


def cookie(p, cls="cookie-banner"):
    if not p.get("cookie"):
        return ""
    w = words(p)
    return ('<div id="consent" class="%s" role="dialog" aria-live="polite"><p>%s</p>'
            '<button class="btn-accept">%s</button> <button class="btn-settings">%s</button></div>\n' % (cls, p["cookie"], w["cookie_ok"], w["cookie_set"]))


def share(p, cls="share-bar"):
    w = words(p)
    return ('<div class="%s"><span class="share-label">%s</span> <a class="sh-fb" href="#">Facebook</a> <a class="sh-x" href="#">X</a> '
            '<a class="sh-wa" href="#">WhatsApp</a> <a class="sh-mail" href="#">E-mail</a></div>\n' % (cls, w["share"]))


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


def rail(p, cls="rail-box"):
    """p["side"]: list of (heading, items, base) boxes; an ad slot after the first."""
    w = words(p)
    out = ""
    for i, b in enumerate(p.get("side", [])):
        out += box(p, b[0], b[1], cls, b[2] if len(b) > 2 else "news", "ol" if i == 0 else "ul")
        if i == 0:
            out += '<div class="ad-slot ad-rail" data-slot="rail-%s"><span class="ad-label">%s</span></div>\n' % (slug(p["case"]), w["ad"])
    return out


def related(p, cls="related", h="h2"):
    if not p.get("related"):
        return ""
    w = words(p)
    return '<section class="%s"><%s>%s</%s><ul>%s</ul></section>\n' % (cls, h, p.get("related_h", w["related"]), h, teasers(p, p["related"]))


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


def byline(p):
    """The printed byline: p["byline_html"], or the name with its role."""
    if p.get("byline_html"):
        return p["byline_html"]
    return p["byline_text"] or ""


def rating_box(p, cls="rating-box"):
    r = p["rating"]
    w = words(p)
    of = r.get("of", 5)
    val = stars(r["value"], of) if of <= 5 else '<span class="score" data-score="%s">%s<small>/%d</small></span>' % (r["value"], r["value"], of)
    return ('<div class="%s"><span class="%s__label">%s</span> %s%s</div>' % (
        cls, cls, r.get("label", w["rating"]), val, ' <p class="%s__verdict">%s</p>' % (cls, r["verdict"]) if r.get("verdict") else ""))


def info_box(p, cls="info-box"):
    w = words(p)
    rows = "".join("<dt>%s</dt><dd>%s</dd>" % (k, v) for k, v in p["info"])
    return '<aside class="%s"><h4>%s</h4><dl>%s</dl></aside>' % (cls, p.get("info_h", w["info"]), rows)


def inserts(p, body):
    """Replaces the [[…]] inserts of a body by their markup and lists the furniture among them in p["exclude"]."""
    w = words(p)

    def rep(m):
        parts = m.group(1).split("|")
        k = parts[0]
        if k == "AD":
            excl(p, "div.ad-inline*")
            return '<div class="ad-inline" data-ad="%s"><span>%s</span></div>' % (slug(p["url"] + m.group(0)), w["ad"])
        if k == "READ":
            excl(p, "aside.read-also*")
            return '<aside class="read-also"><span class="read-also__label">%s</span> <a href="%s">%s</a></aside>' % (w["read_also"], href(p, parts[1]), parts[1])
        if k == "BUY":
            excl(p, "div.affiliate-buttons*")
            btns = "".join('<a class="btn btn-buy" href="https://go.%s/r/%s" rel="sponsored nofollow" target="_blank">%s</a>' % (
                p["domain"], slug(b), b) for b in parts[1:])
            return '<div class="affiliate-buttons">%s</div>' % btns
        if k == "RATING":
            excl(p, "div.rating-box")
            return rating_box(p)
        if k == "INFO":
            excl(p, "aside.info-box")
            return info_box(p)
        if k == "NL":
            excl(p, "div.nl-inline")
            return ('<div class="nl-inline"><p>%s</p><form><input type="email" placeholder="%s"><button>%s</button></form></div>'
                    % (p["nl_inline"], w["email"], w["nl_btn"]))
        if k == "PHOTO":
            excl(p, "figcaption*")
            return '<figure class="inline-photo">%s<figcaption>%s</figcaption></figure>' % (img(p, m.group(0), 800, 533), parts[1])
        return m.group(0)  # a skin's own insert ([[JUMP]], [[CARDTOP]])
    return re.sub(r"\[\[(.*?)\]\]", rep, body, flags=re.S)
