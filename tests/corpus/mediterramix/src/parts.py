"""Pieces the mediterramix skeletons share: <head> variants, furniture blocks (consent dialogs, tickers, market and
weather strips, share bars, teaser rails, columnists' photo boxes, author boxes, comments, newsletter boxes, paywall
notes, footers) and the body mini-language. Not skins: probe_make takes every public function of a skin module as a
skin, so these live here.

Body mini-language: paragraphs separated by blank lines (a chunk that starts with "<" is written as-is); an insert
is a chunk of its own, [[NAME|arg|…]]:

  [[H|subheading]]            a subheading (text)             [[LIST|item|…]] / [[OL|item|…]]   a list (text)
  [[QUOTE|text]]              a block quote (text)            [[Q|question]]  an interview question (text)
  [[TEXT|text]]               a paragraph with no snippet (a sign-off, an agency line, editors' initials)
  [[AD]]                      an ad slot                      [[READ|headline]] / [[READ|label|headline]]  a read-also box
  [[PHOTO|caption]]           a photo and its caption          [[NL|text]]     a newsletter prompt with an e-mail form
  [[VIDEO|title|length]]      a video player                  [[APP|text]]    an app prompt
  [[CREDIT|text]]             an agency credit line           [[BIO|text]]    a note on the writer
  [[DISC|text]]               a disclaimer                    [[SCORE|label|value]]  a product test's score box
  [[SPLIT]]                   the text goes on in a new container after an ad block
  [[FOLD|label]]              a "read more" button; the rest of the text is in a collapsed container
  [[PAYWALL|label]]           the rest of the text is in a new container wrapped in a paywall div (label on top)
  [[PAGE|n|total|next]]       a pager (page n of total) between two containers; both pages are on the page

Every insert that is furniture adds its selector to p["exclude"]. A skin may rename the classes of the inserts
(argument `ins` of render_body)."""
import re

from kit import article_ld, attr, canonical, head, hexid, href, img, ld, nav, plain, slug, title_tag
from words import words

MARK = re.compile(r"\[\[([A-Z]+[0-9]?)(?:\|(.*))?\]\]", re.S)

INS = {"ad": "ad-inline", "read": "read-also", "photo": "inline-image", "nl": "newsletter-inline", "video": "video-player",
       "app": "app-promo", "credit": "agency-credit", "bio": "author-note", "disc": "disclaimer",
       "ad_between": "ad-between", "paywall": "paywall-wrapper", "score": "product-score", "pager": "article-pager"}


def excl(p, sel):
    p.setdefault("exclude", [])
    if sel not in p["exclude"]:
        p["exclude"].append(sel)


def fix(html):
    """Straight apostrophes and quotes and bare ampersands in text (not inside tags, scripts or styles) are an error:
    the texts are written with typographic quotes and apostrophes (Turkish and Maltese ’ too)."""
    parts = re.split(r"(<script.*?</script>|<style.*?</style>|<[^>]+>)", html, flags=re.S)
    for i, s in enumerate(parts):
        if not i % 2 and ("'" in s or '"' in s):
            raise ValueError("straight quote in text: %r" % s[:80])
        if not i % 2 and re.search(r"&(?![a-z]+;|#\d+;)", s):
            raise ValueError("bare ampersand in text: %r" % s[:80])
    return html


# ------------------------------------------------------------------------------------------ <head>
def page_head(p, fmt):
    """p["meta"]: full (Open Graph + JSON-LD), og (Open Graph only), ld (JSON-LD, canonical and og:url only),
    min (title, canonical and og:url only). p["meta_pub"] = False drops article:published_time."""
    m = p.get("meta", "full")
    extra = p.get("head_extra", "")

    def ldo():
        return article_ld(p, extra=p.get("ld_extra"))
    if m == "full":
        return head(p, ld_obj=ldo(), fmt=fmt, extra=extra)
    if m == "og":
        return head(p, ld_obj=None, fmt=fmt, extra=extra)
    parts = ['<meta charset="utf-8">', title_tag(p, fmt), '<meta name="viewport" content="width=device-width, initial-scale=1">',
             '<meta name="description" content="%s">' % attr(p.get("desc", plain(p.get("deck", "")) or plain(p["h1"]))),
             canonical(p), '<meta property="og:url" content="%s">' % p["url"]]
    if m == "ld":
        parts.append(ld(ldo()))
    if extra:
        parts.append(extra)
    return "\n".join(parts)


def html_open(p, fmt, body_cls, app="window.__PAGE__"):
    p.setdefault("byline_text", plain(p.get("byline_html", "")) or None)
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n<link rel="stylesheet" href="https://static.%s/build/main.%s.css">\n'
            '<script>%s={"type":"article","section":"%s","id":"%s","locked":%s,"adZone":"%s"};</script>\n'
            '</head>\n<body class="%s">\n' % (p.get("html_lang", p["lang"]), page_head(p, p.get("title_fmt", fmt)), p["domain"],
                                              hexid(p["domain"], 8), app, p.get("secpath", "news"), hexid(p["url"], 8),
                                              "true" if p.get("paywall") else "false", hexid(p["site"], 6), body_cls))


# ------------------------------------------------------------------------------------------ body
def blocks(body):
    out = []
    for chunk in re.split(r"\n\s*\n", body.strip()):
        chunk = chunk.strip()
        m = MARK.fullmatch(chunk)
        if m:
            out.append((m.group(1), m.group(2).split("|") if m.group(2) else []))
        else:
            out.append(("p", chunk))
    return out


def render_body(p, open_tag, close_tag, para=None, sub="h2", ins=None):
    """The text containers from p["body"], opened with open_tag; the furniture nested in them goes to p["exclude"]."""
    return render_text(p, p["body"], open_tag, close_tag, para, sub, ins)


def render_text(p, text, open_tag, close_tag, para=None, sub="h2", ins=None):
    w = words(p)
    c = dict(INS)
    c.update(ins or {})
    para = para or (lambda a: "<p>%s</p>" % a)
    out = [open_tag]
    tail = [close_tag]
    n = [0]

    def uid():
        n[0] += 1
        return hexid(p["url"] + text[:20] + str(n[0]), 6)
    for name, a in blocks(text):
        if name == "p":
            out.append(a if a.startswith("<") else para(a))
        elif name == "TEXT":
            out.append(para(a[0]))
        elif name == "H":
            out.append("<%s>%s</%s>" % (sub, a[0], sub))
        elif name == "Q":
            out.append('<p class="question"><strong>%s</strong></p>' % a[0])
        elif name == "LIST":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % x for x in a))
        elif name == "OL":
            out.append("<ol>%s</ol>" % "".join("<li>%s</li>" % x for x in a))
        elif name == "QUOTE":
            out.append("<blockquote><p>%s</p></blockquote>" % a[0])
        elif name == "AD":
            excl(p, "div.%s*" % c["ad"])
            out.append('<div class="%s" id="ad-%s" data-ad-unit="inarticle"><span class="%s__label">%s</span><div class="%s__slot"></div></div>'
                       % (c["ad"], uid(), c["ad"], w["ad"], c["ad"]))
        elif name == "READ":
            excl(p, "aside.%s*" % c["read"])
            lab, h = (a[0], a[1]) if len(a) > 1 else (w["read_also"], a[0])
            out.append('<aside class="%s"><span class="%s__label">%s</span> <a href="%s">%s</a></aside>'
                       % (c["read"], c["read"], lab, href(p, h, p.get("secpath", "news")), h))
        elif name == "PHOTO":
            excl(p, "figure.%s*" % c["photo"])
            out.append('<figure class="%s">%s<figcaption>%s</figcaption></figure>' % (c["photo"], img(p, a[0], 960, 640), a[0]))
        elif name == "NL":
            excl(p, "div.%s*" % c["nl"])
            out.append('<div class="%s"><p>%s</p><form action="/newsletter/" method="post"><input type="email" name="email" placeholder="%s">'
                       '<button type="submit">%s</button></form></div>' % (c["nl"], a[0], w["email"], w["nl_btn"]))
        elif name == "VIDEO":
            excl(p, "div.%s*" % c["video"])
            out.append('<div class="%s" data-video-id="%s"><button class="%s__play" aria-label="%s">▶</button><p class="%s__title">%s</p>'
                       '<span class="%s__duration">%s</span></div>' % (c["video"], hexid(a[0], 8), c["video"], w["watch"], c["video"], a[0], c["video"], a[1]))
        elif name == "APP":
            excl(p, "div.%s*" % c["app"])
            out.append('<div class="%s"><a href="/app/">%s</a></div>' % (c["app"], a[0]))
        elif name == "CREDIT":
            excl(p, "p.%s*" % c["credit"])
            out.append('<p class="%s"><em>%s</em></p>' % (c["credit"], a[0]))
        elif name == "BIO":
            excl(p, "p.%s*" % c["bio"])
            out.append('<p class="%s"><em>%s</em></p>' % (c["bio"], a[0]))
        elif name == "DISC":
            excl(p, "p.%s*" % c["disc"])
            out.append('<p class="%s"><small>%s</small></p>' % (c["disc"], a[0]))
        elif name == "SCORE":
            excl(p, "div.%s*" % c["score"])
            out.append('<div class="%s"><span class="%s__label">%s</span> <span class="%s__value">%s</span></div>' % (c["score"], c["score"], a[0], c["score"], a[1]))
        elif name == "SPLIT":
            out.append(close_tag + '\n<div class="%s" id="ad-%s" data-ad-unit="between"><span>%s</span></div>\n' % (c["ad_between"], uid(), w["ad"]) + open_tag)
        elif name == "FOLD":
            out.append(close_tag + '\n<div class="read-more"><button type="button" class="read-more__btn">%s</button></div>\n' % a[0] +
                       re.sub(r'class="([^"]*)"', r'class="\1 is-collapsed" aria-hidden="true"', open_tag, count=1))
        elif name == "PAYWALL":
            out.append(close_tag + '\n<div class="%s" data-access="subscriber"><div class="%s__badge">%s</div>\n' % (c["paywall"], c["paywall"], a[0]) + open_tag)
            tail.append("</div>")
        elif name == "PAGE":
            cur, tot, nxt = int(a[0]), int(a[1]), a[2]
            pages = " ".join('<a href="?page=%d"%s>%d</a>' % (i, ' class="is-active"' if i == cur else "", i) for i in range(1, tot + 1))
            out.append(close_tag + '\n<nav class="%s" aria-label="pagination"><span class="%s__info">%d / %d</span> %s <a class="%s__next" href="?page=%d">%s</a></nav>\n'
                       % (c["pager"], c["pager"], cur, tot, pages, c["pager"], cur + 1, nxt) +
                       '<div class="%s-anchor" id="page-%d"><span>%d / %d</span></div>\n' % (c["pager"], cur + 1, cur + 1, tot) + open_tag)
        else:
            raise ValueError(name)
    out += tail
    return "\n".join(out)


# ------------------------------------------------------------------------------------------ furniture
def cookie(p, cls="consent"):
    if not p.get("cookie"):
        return ""
    w = words(p)
    title = '<p class="%s__title">%s</p>' % (cls, p["cookie_title"]) if p.get("cookie_title") else ""
    return ('<div id="consent" class="%s" role="dialog" aria-modal="true"><div class="%s__box">%s<p class="%s__text">%s</p>'
            '<button class="%s__accept">%s</button> <button class="%s__more">%s</button></div></div>\n'
            % (cls, cls, title, cls, p["cookie"], cls, w["cookie_ok"], cls, w["cookie_set"]))


def ticker(p, cls="ticker"):
    if not p.get("ticker"):
        return ""
    w = words(p)
    return '<div class="%s"><strong class="%s__label">%s</strong><ul>%s</ul></div>\n' % (cls, cls, p.get("ticker_label", w["breaking"]), teasers(p, p["ticker"]))


def share(p, cls="share", nets=("Facebook", "X", "WhatsApp", "E-mail")):
    w = words(p)
    links = " ".join('<a class="%s__%s" href="#share-%s" rel="nofollow">%s</a>' % (cls, slug(n), slug(n), n) for n in p.get("share_nets", nets))
    return '<div class="%s"><span class="%s__label">%s</span> %s <button class="%s__copy" aria-label="link">🔗</button></div>\n' % (cls, cls, w["share"], links, cls)


def tags(p, cls="tags"):
    if not p.get("tags"):
        return ""
    w = words(p)
    return '<div class="%s"><span class="%s__label">%s</span><ul>%s</ul></div>\n' % (
        cls, cls, w["tags"], "".join('<li><a href="/tag/%s/" rel="tag">%s</a></li>' % (slug(t), t) for t in p["tags"]))


OPINION_PATH = {"el": "apopseis", "tr": "yazarlar", "pl": "opinie", "cs": "nazory", "sk": "nazory", "hu": "velemeny",
                "sl": "mnenja", "hr": "komentari", "sq": "opinion", "mt": "opinjoni", "en": "opinion", "eu": "iritziak"}


def teasers(p, items, base="news"):
    """<li> teasers; an item is a headline, a (label, headline) pair (links to the opinion section) or a
    (label, headline, "ad") triple (a sponsored teaser, links to the partner section)."""
    out = []
    for it in items:
        if isinstance(it, tuple):
            lab, h = it[0], it[1]
            path = "partner" if len(it) > 2 else p.get("opinion_path", OPINION_PATH[p["lang"]])
            cls = "teaser teaser--sponsored" if len(it) > 2 else "teaser teaser--opinion"
            out.append('<li class="%s"><span class="teaser__label">%s</span> <a href="%s">%s</a></li>' % (cls, lab, href(p, h, path), h))
        else:
            out.append('<li class="teaser"><a href="%s">%s</a></li>' % (href(p, it, p.get("secpath", base)), it))
    return "".join(out)


def rail(p, cls="rail-box", ad_cls="ad-rail"):
    """p["side"]: list of (heading, items) boxes; the first is numbered; an ad slot after it."""
    w = words(p)
    out = ""
    for i, b in enumerate(p.get("side", [])):
        tag = "ol" if i == 0 else "ul"
        out += '<section class="%s"><h2 class="%s__title">%s</h2><%s>%s</%s></section>\n' % (cls, cls, b[0], tag, teasers(p, b[1]), tag)
        if i == 0:
            out += '<div class="%s" data-slot="rail-%s"><span class="%s__label">%s</span></div>\n' % (ad_cls, slug(p["case"]), ad_cls, w["ad"])
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
    return ('<section id="comments" class="%s"><h2>%s (%d)</h2>%s<ol>%s</ol><form class="%s__form"><textarea name="comment"></textarea>'
            '<button>%s</button></form></section>\n' % (cls, w["comments"], p.get("comment_count", len(p["comments"])),
                                                       '<p class="%s__rules">%s</p>' % (cls, p["comment_rules"]) if p.get("comment_rules") else "",
                                                       items, cls, w["comment_btn"]))


def newsletter(p, cls="newsletter"):
    if not p.get("newsletter"):
        return ""
    w = words(p)
    return ('<div class="%s"><p class="%s__text">%s</p><form action="/newsletter" method="post"><input type="email" name="email" placeholder="%s">'
            '<button type="submit">%s</button></form></div>\n' % (cls, cls, p["newsletter"], w["email"], w["nl_btn"]))


def footer(p, cls="site-footer"):
    return '<footer class="%s">%s<p class="%s__copy">%s</p>%s</footer>\n' % (
        cls, nav(p.get("footer_nav", []), cls + "__nav"), cls, p["footer"],
        '<p class="%s__legal">%s</p>' % (cls, p["footer_legal"]) if p.get("footer_legal") else "")


def hero(p, cls):
    if not p.get("caption"):
        return ""
    return '<figure class="%s">%s<figcaption>%s</figcaption></figure>\n' % (cls, img(p, p["url"], 1200, 675), p["caption"])


def audio(p, cls="article-audio"):
    if not p.get("audio"):
        return ""
    w = words(p)
    return '<div class="%s"><button class="%s__play">%s</button> <span class="%s__len">%s</span></div>\n' % (cls, cls, w["listen"], cls, p["audio"])


def author_box(p, cls="author-box"):
    """p["box"]: (name, bio line) of the writer, printed after the text."""
    if not p.get("box"):
        return ""
    w = words(p)
    name, bio = p["box"]
    return ('<aside class="%s"><img class="%s__photo" src="https://%s/authors/%s.jpg" alt="%s" width="80" height="80">'
            '<div class="%s__info"><p class="%s__name"><a href="/author/%s/">%s</a></p><p class="%s__bio">%s</p>'
            '<a class="%s__more" href="/author/%s/">%s</a></div></aside>\n'
            % (cls, cls, p["domain"], slug(name), attr(name), cls, cls, slug(name), name, cls, bio, cls, slug(name), w["more_from"]))


def col_box(p, cls="columnist"):
    """p["colbox"]: (name, line) of a columnist, printed with a photo beside the headline."""
    if not p.get("colbox"):
        return ""
    w = words(p)
    name, line = p["colbox"]
    return ('<div class="%s"><img class="%s__photo" src="https://%s/columnists/%s-160x160.png" alt="%s" width="160" height="160">'
            '<div class="%s__text"><a class="%s__name" href="/%s/%s/">%s</a><span class="%s__line">%s</span>'
            '<a class="%s__all" href="/%s/%s/">%s</a></div></div>\n'
            % (cls, cls, p["domain"], slug(name), attr(name), cls, cls, OPINION_PATH[p["lang"]], slug(name), name, cls, line,
               cls, OPINION_PATH[p["lang"]], slug(name), w["all_by"]))


def after_notes(p, cls="article-notes"):
    """Boxes printed right after the text: p["after"] is a list of (class, html)."""
    return "".join('<div class="%s %s">%s</div>\n' % (cls, c, h) for c, h in p.get("after", []))


def paywall_box(p, cls="paywall-box"):
    """The subscription box printed after a text that the page nevertheless holds in full: p["paywall"] = (title, text)."""
    if not p.get("paywall"):
        return ""
    w = words(p)
    return ('<div class="%s" role="region"><p class="%s__title">%s</p><p class="%s__text">%s</p>'
            '<a class="%s__buy" href="/subscribe/">%s</a> <a class="%s__login" href="/login/">%s</a></div>\n'
            % (cls, cls, p["paywall"][0], cls, p["paywall"][1], cls, w["paywall_btn"], cls, w["paywall"]))


def byline_block(p, cls):
    """The byline (p["byline_html"]) with the role printed in its own element."""
    role = ' <span class="%s__role">%s</span>' % (cls, p["role"]) if p.get("role") else ""
    extra = ' <span class="%s__extra">%s</span>' % (cls, p["byline_extra"]) if p.get("byline_extra") else ""
    if not p.get("byline_html") and not role and not extra:
        return ""
    return '<div class="%s"><span class="%s__name">%s</span>%s%s</div>' % (cls, cls, p.get("byline_html", ""), role, extra)


def dates(p, cls):
    upd = ' <span class="%s__updated">%s</span>' % (cls, p["updated"]) if p.get("updated") else ""
    if p.get("no_time_attr"):
        return '<div class="%s"><span class="%s__published">%s</span>%s</div>' % (cls, cls, p["date"], upd)
    return '<div class="%s"><time class="%s__published" datetime="%s">%s</time>%s</div>' % (cls, cls, p.get("time_attr", p["pub"]), p["date"], upd)


def kicker(p, cls):
    if not p.get("kicker"):
        return ""
    return '<p class="%s"><a href="/%s/">%s</a></p>\n' % (cls, p.get("kicker_path", p.get("secpath", "")), p["kicker"])


def crumbs(p, cls, sep=" › "):
    w = words(p)
    items = [w["home"]] + p.get("crumbs", [])
    return '<nav class="%s" aria-label="breadcrumb">%s</nav>\n' % (cls, sep.join('<a href="/%s/">%s</a>' % (slug(c), c) for c in items))


def deck(p, tag, cls):
    return '<%s class="%s">%s</%s>\n' % (tag, cls, p["deck"], tag) if p.get("deck") else ""


def widget(p, cls):
    return '<div class="%s">%s</div>\n' % (cls, p["widget"]) if p.get("widget") else ""


def subnav(p, cls):
    return '<nav class="%s">%s</nav>\n' % (cls, nav(p["subnav"], cls + "__list")) if p.get("subnav") else ""


def app_bar(p, cls="app-bar"):
    if not p.get("app_bar"):
        return ""
    w = words(p)
    return '<div class="%s"><span>%s</span> <a href="/app/">%s</a> <button class="%s__close">%s</button></div>\n' % (cls, p["app_bar"], "App Store · Google Play", cls, w["close"])
