"""Pieces the indicmix skeletons share: <head> variants, furniture blocks (consent banners, top strips with live TV
and e-paper links, mega-menus of states and districts, tickers, Sensex / Nifty, gold, NEPSE and rupee strips,
cricket scores, rashifal widgets, share bars, follow prompts, teaser rails, web-story carousels, author boxes,
comments, footers) and the body mini-language. Not skins: probe_make takes every public function of a skin module
as a skin, so these live here.

Body mini-language: paragraphs separated by blank lines (a chunk that starts with "<" is written as-is); an insert
is a chunk of its own, [[NAME|arg|…]]:

  [[H|subheading]]         a subheading (text)              [[LIST|item|…]] / [[OL|item|…]]  a list (text)
  [[QUOTE|text]]           a block quote (text)             [[Q|question]]  an interview question (text)
  [[TEXT|text]]            a paragraph with no snippet (an agency credit such as "(भाषा)", a sign-off)
  [[AD]]                   an ad slot                       [[READ|headline|…]]  a "ये भी पढ़ें" box (one or more headlines)
  [[PHOTO|caption]]        a photo and its caption          [[WA|text]]     a WhatsApp / Telegram / Google News prompt
  [[APP|text]]             an app-download banner           [[BIO|text]]    a note on the writer
  [[DISC|text]]            a disclaimer inside the text     [[WIDGET|html]] a scorecard or price box inside the text
  [[STORIES|title|…]]      a web-stories strip inside the text
  [[SPLIT]]                the text goes on in a new container after an ad block
  [[FOLD|label]]           a "आगे पढ़ें" button; the rest of the text is in a collapsed container
  [[PAGE|html]]            a "page 1 of 2" pager; page 2 follows in a new container on the same page

In "nested" mode (most skins) every insert that is furniture is written inside the text container and adds its
selector to p["exclude"]. In "elements" mode (the Quintype-like skin) each run of text is its own container and
the furniture stands between them as sibling elements, so nothing needs excluding."""
import re
import unicodedata

from kit import article_ld, attr, canonical, head, hexid, href, img, ld, nav, plain, slug, title_tag
from words import words

MARK = re.compile(r"\[\[([A-Z]+)(?:\|(.*))?\]\]", re.S)


def excl(p, sel):
    p.setdefault("exclude", [])
    if sel not in p["exclude"]:
        p["exclude"].append(sel)


def _nfc(v):
    if isinstance(v, str):
        return unicodedata.normalize("NFC", v)
    if isinstance(v, list):
        return [_nfc(x) for x in v]
    if isinstance(v, tuple):
        return tuple(_nfc(x) for x in v)
    if isinstance(v, dict):
        return {k: _nfc(x) for k, x in v.items()}
    return v


def prep(pages):
    """Every text field in NFC (Bengali য়, Devanagari nukta letters, Tamil and Malayalam two-part vowel signs,
    Odia and Sinhala vowel signs have composed and decomposed forms), so that the expected title and snippets are
    in the form the checker compares."""
    for i, p in enumerate(pages):
        pages[i] = _nfc(p)
    return pages


_SPLIT = re.compile(r"(<script.*?</script>|<style.*?</style>|<[^>]+>)", re.S)


def fix(html):
    """NFC; straight apostrophes left in the visible text become typographic ones; a straight double quote left in
    the visible text is an error of the source."""
    html = unicodedata.normalize("NFC", html)
    parts = _SPLIT.split(html)
    out = []
    for i, s in enumerate(parts):
        if i % 2:
            out.append(s)
            continue
        assert '"' not in s, "straight quote in text: %r" % s[max(0, s.find('"') - 60):s.find('"') + 60]
        out.append(s.replace("'", "’"))
    return "".join(out)


# ------------------------------------------------------------------------------------------ <head>
def page_head(p, fmt):
    """p["meta"]: full (Open Graph + JSON-LD), og (Open Graph only), ld (JSON-LD, canonical and og:url only), min
    (title, description, canonical and og:url only: no date anywhere but on the page). p["meta_pub"] = False drops
    article:published_time from the Open Graph tags."""
    m = p.get("meta", "full")
    extra = p.get("head_extra", "")

    def ldo():
        o = article_ld(p, extra=p.get("ld_extra"))
        if p.get("ld_drop"):
            for k in p["ld_drop"]:
                o.pop(k, None)
        return o
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


def html_open(p, fmt, body_cls, amp=False):
    p.setdefault("byline_text", plain(p.get("byline_html", "")) or None)
    dl = ('<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"article_detail","category":"%s","articleId":"%s","language":"%s"});</script>'
          % (p.get("secpath", "news"), int(hexid(p["url"], 8), 16) % 9000000 + 1000000, p["lang"]))
    if amp:
        return ('<!doctype html>\n<html amp lang="%s">\n<head>\n%s\n<script async src="https://cdn.ampproject.org/v0.js"></script>\n'
                '<script async custom-element="amp-carousel" src="https://cdn.ampproject.org/v0/amp-carousel-0.2.js"></script>\n'
                '<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>\n'
                '<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>\n'
                '<style amp-boilerplate>body{visibility:hidden}</style><noscript><style amp-boilerplate>body{visibility:visible}</style></noscript>\n'
                '<style amp-custom>.story-body p{font-size:18px;line-height:1.7}.ad-amp{min-height:250px}</style>\n'
                '</head>\n<body class="%s">\n' % (p.get("html_lang", p["lang"]), page_head(p, p.get("title_fmt", fmt)), body_cls))
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n<link rel="stylesheet" href="https://static.%s/css/article.%s.css">\n%s\n'
            '<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>\n'
            '</head>\n<body class="%s">\n' % (p.get("html_lang", p["lang"]), page_head(p, p.get("title_fmt", fmt)), p["domain"].replace("www.", ""),
                                              hexid(p["domain"], 8), dl, body_cls))


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


def _prefix(s, n=2):
    return " ".join(plain(s).split()[:n])


def _furniture(p, name, a, w, uid, read, wa):
    """(selector to exclude, html) of a furniture insert."""
    if name == "AD":
        return "div.ad-inarticle*", '<div class="ad-inarticle" id="div-gpt-ad-%s" data-ad-slot="in_article"><span class="ad-label">%s</span></div>' % (uid(), w["ad"])
    if name == "READ":
        if read == "p":
            return "p^%s*" % w["read_also"], '<p><strong>%s:</strong> <a href="%s">%s</a></p>' % (w["read_also"], href(p, a[0]), a[0])
        items = "".join('<li><a href="%s">%s</a></li>' % (href(p, h), h) for h in a)
        return "div.also-read*", '<div class="also-read"><span class="also-read__title">%s</span><ul>%s</ul></div>' % (w["read_also"], items)
    if name == "PHOTO":
        return "figure.inline-image*", '<figure class="inline-image">%s<figcaption>%s</figcaption></figure>' % (img(p, a[0], 800, 450), a[0])
    if name == "WA":
        if wa == "p":
            return "p^%s*" % _prefix(a[0]), '<p><a href="https://whatsapp.com/channel/%s" rel="nofollow"><strong>%s</strong></a></p>' % (hexid(p["site"], 8), a[0])
        return "div.follow-prompt*", '<div class="follow-prompt"><a href="https://whatsapp.com/channel/%s" rel="nofollow">%s</a></div>' % (hexid(p["site"], 8), a[0])
    if name == "APP":
        return "div.app-banner-inline*", '<div class="app-banner-inline"><a href="https://app.%s/download?utm_source=article">%s</a></div>' % (p["domain"].replace("www.", ""), a[0])
    if name == "BIO":
        return "p.writer-note*", '<p class="writer-note"><em>%s</em></p>' % a[0]
    if name == "DISC":
        return "p.disclaimer*", '<p class="disclaimer"><small>%s</small></p>' % a[0]
    if name == "WIDGET":
        return "div.embed-widget*", '<div class="embed-widget">%s</div>' % a[0]
    if name == "STORIES":
        items = "".join('<li><a href="%s">%s<span>%s</span></a></li>' % (href(p, t, "web-stories"), img(p, t, 240, 426), t) for t in a)
        return "div.webstory-strip*", '<div class="webstory-strip"><span class="webstory-strip__title">%s</span><ul>%s</ul></div>' % (w["stories"], items)
    return None


def render_body(p, open_tag, close_tag, mode="nested", para=None, sub="h2", read="box", wa="div", ad_between=None, pager_cls="page-links"):
    """The text containers from p["body"]; the furniture nested in them goes to p["exclude"] (nested mode), or stands
    between the containers (elements mode)."""
    w = words(p)
    para = para or (lambda a: "<p>%s</p>" % a)
    n = [0]

    def uid():
        n[0] += 1
        return hexid(p["url"] + str(n[0]), 6)

    def between(u):
        return ad_between(u) if ad_between else '<div class="ad-between" id="ad-%s"><span class="ad-label">%s</span></div>' % (u, w["ad"])
    out = [] if mode == "elements" else [open_tag]
    is_open = [mode != "elements"]

    def text(h):
        if not is_open[0]:
            out.append(open_tag)
            is_open[0] = True
        out.append(h)

    def shut():
        if is_open[0]:
            out.append(close_tag)
            is_open[0] = False

    for name, a in blocks(p["body"]):
        if name == "p":
            text(a if a.startswith("<") else para(a))
        elif name == "TEXT":
            text(para(a[0]))
        elif name == "H":
            text("<%s>%s</%s>" % (sub, a[0], sub))
        elif name == "Q":
            text('<p class="question"><strong>%s</strong></p>' % a[0])
        elif name == "LIST":
            text("<ul>%s</ul>" % "".join("<li>%s</li>" % x for x in a))
        elif name == "OL":
            text("<ol>%s</ol>" % "".join("<li>%s</li>" % x for x in a))
        elif name == "QUOTE":
            text("<blockquote><p>%s</p></blockquote>" % a[0])
        elif name == "SPLIT":
            if mode == "elements":
                shut()
                out.append('<div class="story-element story-element-ad">%s</div>' % between(uid()))
            else:
                out.append(close_tag + "\n" + between(uid()) + "\n" + open_tag)
        elif name == "FOLD":
            shut() if mode == "elements" else out.append(close_tag)
            out.append('<div class="read-more-wrap"><button type="button" class="read-more-btn">%s</button></div>' % a[0])
            tag = re.sub(r'class="([^"]*)"', r'class="\1 is-collapsed" aria-hidden="true"', open_tag, count=1)
            if mode == "elements":
                out.append('<div class="collapsed-part" aria-hidden="true">')
                p["_fold_close"] = True
            else:
                out.append(tag)
        elif name == "PAGE":
            shut() if mode == "elements" else out.append(close_tag)
            out.append('<div class="%s">%s</div>' % (pager_cls, a[0]))
            if mode != "elements":
                out.append(re.sub(r'class="([^"]*)"', r'class="\1" data-page="2"', open_tag, count=1))
        else:
            sel, h = _furniture(p, name, a, w, uid, read, wa) or (None, None)
            if sel is None:
                raise ValueError(name)
            if mode == "elements":
                shut()
                out.append('<div class="story-element story-element-%s">%s</div>' % (name.lower(), h))
            else:
                excl(p, sel)
                out.append(h)
    if mode == "elements":
        shut()
        if p.pop("_fold_close", False):
            out.append("</div>")
    else:
        out.append(close_tag)
    return "\n".join(out)


# ------------------------------------------------------------------------------------------ furniture
def cookie(p, cls="cookie-consent"):
    if not p.get("cookie", True):
        return ""
    w = words(p)
    return ('<div id="cookie-consent" class="%s" role="dialog"><p>%s</p><button class="btn-accept">%s</button></div>\n'
            % (cls, p["cookie"] if isinstance(p.get("cookie"), str) else w["cookie"], w["cookie_ok"]))


def teasers(p, items, base="news"):
    """<li> teasers; an item is a headline or a (label, headline) pair; a labelled item links to the opinion section."""
    out = []
    for it in items:
        if isinstance(it, tuple):
            lab, h = it
            out.append('<li class="teaser teaser--opinion"><span class="teaser__label">%s</span> <a href="%s">%s</a></li>' % (lab, href(p, h, p.get("op_path", "opinion")), h))
        else:
            out.append('<li class="teaser"><a href="%s">%s</a></li>' % (href(p, it, base), it))
    return "".join(out)


def ticker(p, cls="ticker"):
    if not p.get("ticker"):
        return ""
    w = words(p)
    return '<div class="%s"><strong class="%s__label">%s</strong><ul>%s</ul></div>\n' % (cls, cls, p.get("ticker_label", w["breaking"]), teasers(p, p["ticker"]))


def strip(p, key, cls):
    """A market, gold, forex or score strip: p[key] is a list of items (html)."""
    if not p.get(key):
        return ""
    return '<div class="%s"><ul>%s</ul></div>\n' % (cls, "".join("<li>%s</li>" % x for x in p[key]))


def mega_menu(p, cls="mega-menu"):
    """p["states"]: list of (state, [districts]) shown as a mega-menu under the main menu."""
    if not p.get("states"):
        return ""
    out = []
    for st, ds in p["states"]:
        out.append('<div class="%s__col"><a class="%s__head" href="/%s/">%s</a><ul>%s</ul></div>' % (
            cls, cls, slug(st), st, "".join('<li><a href="/%s/%s/">%s</a></li>' % (slug(st), slug(d), d) for d in ds)))
    return '<div class="%s" hidden>%s</div>\n' % (cls, "".join(out))


def share(p, cls="share-bar", names=("WhatsApp", "Facebook", "X", "Telegram", "Copy Link")):
    w = words(p)
    return '<div class="%s"><span class="share-label">%s</span> %s</div>\n' % (
        cls, w["share"], " ".join('<a class="sh-%s" href="#share" rel="nofollow">%s</a>' % (slug(n), n) for n in names))


def follow(p, cls="follow-strip"):
    w = words(p)
    return ('<div class="%s"><a class="gnews" href="https://news.google.example/publications/%s" rel="nofollow">%s</a> '
            '<a class="wa" href="https://whatsapp.com/channel/%s" rel="nofollow">%s</a></div>\n' % (cls, hexid(p["site"], 8), w["follow"], hexid(p["site"], 8), w["wa"]))


def tags(p, cls="tags"):
    if not p.get("tags"):
        return ""
    w = words(p)
    return '<div class="%s"><span class="tags-label">%s</span><ul>%s</ul></div>\n' % (
        cls, w["tags"], "".join('<li><a href="/topic/%s/" rel="tag">%s</a></li>' % (slug(t), t) for t in p["tags"]))


def rail(p, cls="rail-box"):
    """p["side"]: list of (heading, items) boxes; the first is numbered; an ad slot after it."""
    w = words(p)
    out = ""
    for i, b in enumerate(p.get("side", [])):
        tag = "ol" if i == 0 else "ul"
        out += '<section class="%s"><h3 class="%s__title">%s</h3><%s>%s</%s></section>\n' % (cls, cls, b[0], tag, teasers(p, b[1]), tag)
        if i == 0:
            out += '<div class="ad-slot ad-rail" data-slot="rhs-%s"><span class="ad-label">%s</span></div>\n' % (slug(p["case"]), w["ad"])
    if p.get("rashi"):
        out += '<section class="%s rashi-widget"><h3 class="%s__title">%s</h3><ul>%s</ul></section>\n' % (
            cls, cls, p["rashi"][0], "".join('<li><a href="/%s/">%s</a></li>' % (slug(x), x) for x in p["rashi"][1]))
    return out


def related(p, cls="related", h="h2"):
    if not p.get("related"):
        return ""
    w = words(p)
    return '<section class="%s"><%s>%s</%s><ul>%s</ul></section>\n' % (cls, h, p.get("related_h", w["related"]), h, teasers(p, p["related"]))


def web_stories(p, cls="web-stories"):
    if not p.get("stories"):
        return ""
    w = words(p)
    items = "".join('<li class="%s__item"><a href="%s">%s<span class="%s__title">%s</span></a></li>' % (
        cls, href(p, t, "web-stories"), img(p, t, 240, 426), cls, t) for t in p["stories"])
    return '<section class="%s"><h3>%s</h3><ul class="%s__rail">%s</ul></section>\n' % (cls, w["stories"], cls, items)


def gallery(p, cls="photo-gallery"):
    """A photo-gallery teaser after the text: p["gallery"] is (heading, [captions])."""
    if not p.get("gallery"):
        return ""
    h, caps = p["gallery"]
    items = "".join('<li class="%s__item"><a href="%s">%s<span class="%s__cap">%s</span></a></li>' % (
        cls, href(p, h, "photo-gallery"), img(p, c, 320, 213), cls, c) for c in caps)
    return '<section class="%s"><h3 class="%s__title"><a href="%s">%s</a></h3><ul>%s</ul><span class="%s__count">1/%d</span></section>\n' % (
        cls, cls, href(p, h, "photo-gallery"), h, items, cls, len(caps))


def comments(p, cls="comments"):
    if not p.get("comments"):
        return ""
    w = words(p)
    items = "".join('<li class="%s__item"><div class="%s__meta"><b>%s</b> <span>%s</span></div><p>%s</p></li>' % (cls, cls, n, d, t)
                    for n, d, t in p["comments"])
    return ('<section id="comments" class="%s"><h2>%s (%s)</h2><ol>%s</ol><form class="%s__form"><textarea name="c"></textarea>'
            '<button type="submit">%s</button></form></section>\n' % (cls, w["comments"], p.get("comment_count", len(p["comments"])), items, cls, w["comment_btn"]))


def footer(p, cls="site-footer"):
    cols = ""
    if p.get("footer_states"):
        cols = '<div class="%s__states">%s</div>' % (cls, " | ".join('<a href="/%s/">%s</a>' % (slug(s), s) for s in p["footer_states"]))
    return '<footer class="%s">%s%s<p class="%s__copy">%s</p></footer>\n' % (cls, cols, menu(p.get("footer_nav", []), cls + "__nav"), cls, p["footer"])


def hero(p, cls):
    if not p.get("caption"):
        return ""
    return '<figure class="%s">%s<figcaption>%s</figcaption></figure>\n' % (cls, img(p, p["url"], 1200, 675), p["caption"])


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


def after_notes(p, cls="article-notes"):
    """Boxes printed right after the text: p["after"] is a list of (class, html) (a disclaimer, a credit line)."""
    return "".join('<div class="%s %s">%s</div>\n' % (cls, c, h) for c, h in p.get("after", []))


def app_banner(p, cls="app-sticky"):
    w = words(p)
    return '<div class="%s"><span>%s</span> <a href="https://app.%s/get">%s</a></div>\n' % (cls, p["site"], p["domain"].replace("www.", ""), p.get("app_text", w["app"]))


def menu(items, cls):
    """A <ul> menu; an item is a label or a (label, path) pair (the path as the site writes it: /desh/, /opinion/)."""
    out = []
    for it in items:
        lab, path = it if isinstance(it, tuple) else (it, "/%s/" % slug(it))
        out.append('<li><a href="%s">%s</a></li>' % (path, lab))
    return '<ul class="%s">%s</ul>' % (cls, "".join(out))


def crumbs(p, sep):
    """Home, then p["crumbs"]: labels or (label, path) pairs."""
    w = words(p)
    out = ['<a href="/">%s</a>' % w["home"]]
    for c in p.get("crumbs", []):
        lab, path = c if isinstance(c, tuple) else (c, "/%s/" % slug(c))
        out.append('<a href="%s">%s</a>' % (path, lab))
    return sep.join(out)


def opt(p, key, fmt):
    return fmt % p[key] if p.get(key) else ""
