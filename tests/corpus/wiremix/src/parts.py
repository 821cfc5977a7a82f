"""Pieces the wiremix skeletons share: <head> variants, furniture blocks (cookie banners, share bars, teaser rails,
comments, newsletter boxes, footers), the inserts a body may carry and the text fixer. Not skins: probe_make takes
every public function of a skin module as a skin, so these live here.

Body inserts (each adds its selector to p["exclude"], except NOTE, which is text):
[[AD]] an ad slot; [[READ|headline]] a "read more" aside; [[PHOTO|caption]] an inline photo with its credit;
[[NL|text]] an inline newsletter box; [[CREDIT|html]] a credit line in the text column ("Mit Material von dpa",
"The Associated Press contributed to this report.", "Reporting by …"); [[COPY|html]] an agency or syndicate
copyright line; [[BIO|html]] the italic author note at the end of a syndicated essay; [[NOTE|html]] an editor's or
correction note, kept as text."""
import re

from kit import article_ld, canonical, head, href, img, ld, nav, plain, slug, title_tag
from words import words

RTL = {"ar"}


def page_head(p, fmt):
    """p["meta"]: full (Open Graph + JSON-LD), og (Open Graph only), min (title, canonical and og:url only)."""
    m = p.get("meta", "full")
    extra = p.get("head_extra", "")
    if m == "full":
        return head(p, ld_obj=p.get("ld_obj") or article_ld(p, extra=p.get("ld_extra")), fmt=fmt, extra=extra)
    if m == "og":
        return head(p, ld_obj=None, fmt=fmt, extra=extra)
    parts = ['<meta charset="utf-8">', title_tag(p, fmt), '<meta name="viewport" content="width=device-width, initial-scale=1">',
             canonical(p), '<meta property="og:url" content="%s">' % p["url"]]
    if extra:
        parts.append(extra)
    return "\n".join(parts)


def html_open(p, fmt, body_cls):
    p.setdefault("byline_text", plain(p.get("byline_html", "")) or None)
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


def tags(p, cls="tags"):
    if not p.get("tags"):
        return ""
    w = words(p)
    return '<div class="%s"><span class="tags-label">%s</span><ul>%s</ul></div>\n' % (
        cls, w["tags"], "".join('<li><a href="/tag/%s/" rel="tag">%s</a></li>' % (slug(t), t) for t in p["tags"]))


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


def rail(p, cls="rail-box"):
    """p["side"]: list of (heading, items[, base]) boxes; the first is numbered; an ad slot after it."""
    w = words(p)
    out = ""
    for i, b in enumerate(p.get("side", [])):
        tag = "ol" if i == 0 else "ul"
        out += '<section class="%s"><h3 class="%s__title">%s</h3><%s>%s</%s></section>\n' % (
            cls, cls, b[0], tag, teasers(p, b[1], b[2] if len(b) > 2 else "news"), tag)
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
    return '<footer class="%s">%s<p class="%s__copy">%s</p></footer>\n' % (
        cls, nav(p.get("footer_nav", ["About", "Contact", "Privacy", "Terms", "Advertise"]), cls + "__nav"), cls, p["footer"])


def dates(p, cls="dateline-meta"):
    """The printed date, the update and the editor line ("Edited by", "Updated by"), all in page furniture."""
    w = words(p)
    out = '<time class="%s__pub" datetime="%s">%s</time>' % (cls, p["pub"], p["date"])
    if p.get("updated"):
        out += ' <span class="%s__upd">%s</span>' % (cls, p["updated"])
    if p.get("editline"):
        out += ' <span class="%s__editor">%s</span>' % (cls, p["editline"])
    return out


def inserts(p, body):
    """Replaces the [[…]] inserts of a body by their markup and lists the furniture among them in p["exclude"]."""
    w = words(p)

    def rep(m):
        parts = m.group(1).split("|")
        k = parts[0]
        if k == "AD":
            excl(p, "div.ad-inline*")
            return '<div class="ad-inline" data-ad="%s"><span>%s</span></div>' % (slug(p["url"] + str(m.start())), w["ad"])
        if k == "READ":
            excl(p, "aside.read-also*")
            return '<aside class="read-also"><span class="read-also__label">%s</span> <a href="%s">%s</a></aside>' % (w["read_also"], href(p, parts[1]), parts[1])
        if k == "PHOTO":
            excl(p, "figure.inline-photo*")
            return '<figure class="inline-photo">%s<figcaption>%s</figcaption></figure>' % (img(p, m.group(0), 800, 533), parts[1])
        if k == "NL":
            excl(p, "div.nl-inline")
            return '<div class="nl-inline"><p>%s</p><form><input type="email" placeholder="%s"><button>%s</button></form></div>' % (parts[1], w["email"], w["nl_btn"])
        if k == "CREDIT":
            excl(p, "p.article-credit*")
            return '<p class="article-credit"><em>%s</em></p>' % parts[1]
        if k == "COPY":
            excl(p, "p.copyright*")
            return '<p class="copyright"><small>%s</small></p>' % parts[1]
        if k == "BIO":
            excl(p, "p.author-note*")
            return '<p class="author-note"><i>%s</i></p>' % parts[1]
        if k == "NOTE":
            return '<p class="editors-note"><strong>%s</strong></p>' % parts[1]
        return m.group(0)
    return re.sub(r"\[\[(.*?)\]\]", rep, body, flags=re.S)


def hero(p, cls):
    if not p.get("caption"):
        return ""
    return '<figure class="%s">%s<figcaption>%s</figcaption></figure>\n' % (cls, img(p, p["url"], 1200, 675), p["caption"])


def source_line(p, cls="source-line"):
    """A source/agency line printed after the text column ("Quelle: dpa", "Fuente: EFE")."""
    return '<p class="%s">%s</p>\n' % (cls, p["source_line"]) if p.get("source_line") else ""
