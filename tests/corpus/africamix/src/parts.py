"""Pieces the africamix skeletons share: <head> variants, furniture blocks (cookie banners, tickers, forex and fuel
widgets, share bars, teaser rails, author boxes, comments, "Sponsored" widgets, WhatsApp and Telegram prompts,
footers) and the body mini-language. Not skins: probe_make takes every public function of a skin module as a skin,
so these live here.

Body mini-language: paragraphs separated by blank lines (a chunk that starts with "<" is written as-is); an insert
is a chunk of its own, [[NAME|arg|…]]:

  [[H|subheading]]         a subheading (text)              [[LIST|item|…]] / [[OL|item|…]]  a list (text)
  [[QUOTE|text]]           a block quote (text)             [[Q|question]]  an interview question (text)
  [[TEXT|text]]            a paragraph with no snippet (a sign-off, a place and date under a letter)
  [[AD]]                   an "Advertisement" slot          [[READ|headline]] / [[READ|label|headline]]  a "Read also" box
  [[READS|headline|…]]     a "Read also" box with a list    [[PHOTO|caption]]  a photo and its caption
  [[WA|text]]              a WhatsApp-channel prompt        [[TG|text]]     a Telegram prompt
  [[CREDIT|text]]          an agency credit line            [[BIO|text]]    a note on the writer
  [[DISC|text]]            a disclaimer                     [[NL|text]]     a newsletter prompt
  [[SPON|headline|…]]      a "Sponsored" widget with teasers inside the text
  [[WIDGET|html]]          a price, forex or score box inside the text
  [[SPLIT]]                the text goes on in a new container after an ad block
  [[FOLD|label]]           a "Continue reading" button; the rest of the text is in a collapsed container
  [[PAGE|html]]            a "Page 1 of 2" pager; page 2 follows in a new container on the same page

Every insert that is furniture adds its selector to p["exclude"]. A skin may print the "Read also" box and the
WhatsApp prompt as plain paragraphs (style "p": <p><strong>ALSO READ:</strong> <a>…</a></p>); the selector is then
`p^<label>`, the paragraph that starts with the label."""
import re

from kit import article_ld, attr, canonical, head, hexid, href, img, ld, nav, plain, slug, title_tag
from words import words

MARK = re.compile(r"\[\[([A-Z]+[0-9]?)(?:\|(.*))?\]\]", re.S)


def excl(p, sel):
    p.setdefault("exclude", [])
    if sel not in p["exclude"]:
        p["exclude"].append(sel)


_SPLIT = re.compile(r"(<script.*?</script>|<style.*?</style>|<[^>]+>)", re.S)


def fix(html):
    """Straight apostrophes left in the visible text become typographic ones; a straight double quote left in the
    visible text is an error of the source."""
    parts = _SPLIT.split(html)
    out = []
    for i, s in enumerate(parts):
        if i % 2:
            out.append(s)
            continue
        assert '"' not in s, "straight quote in text: %r" % s[max(0, s.find('"') - 60):s.find('"') + 60]
        out.append(s.replace("'", "’"))
    return "".join(out)


def smart(pages):
    """Straight quotes in a page's texts (not in its URLs or markup) become typographic ones: "…" → “…”, ' → ’.
    The texts are written with straight quotes for ease; the expected title and snippets then match the page."""
    def conv_text(s):
        s = re.sub(r'"([^"]*)"', "“\\1”", s)
        return s.replace("'", "’")

    def conv(v):
        if isinstance(v, str):
            parts = re.split(r"(<[^>]+>|https?://\S+)", v)
            return "".join(s if i % 2 else conv_text(s) for i, s in enumerate(parts))
        if isinstance(v, list):
            return [conv(x) for x in v]
        if isinstance(v, tuple):
            return tuple(conv(x) for x in v)
        return v
    for p in pages:
        for k in list(p):
            if k not in ("url", "domain", "case", "pub", "mod", "ld_date", "meta_date", "time_attr", "meta", "skin", "lang",
                         "html_lang", "secpath", "ld_type", "kind", "exp_pub", "ld_extra"):
                p[k] = conv(p[k])
    return pages


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


def html_open(p, fmt, body_cls, data_layer=None):
    p.setdefault("byline_text", plain(p.get("byline_html", "")) or None)
    dl = data_layer or ('<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"article","section":"%s","id":"%s"});</script>'
                        % (p.get("secpath", "news"), hexid(p["url"], 8)))
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n<link rel="stylesheet" href="https://%s/assets/css/style.%s.css">\n%s\n'
            '<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>\n'
            '</head>\n<body class="%s">\n' % (p.get("html_lang", p["lang"]), page_head(p, p.get("title_fmt", fmt)), p["domain"],
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


def _prefix(s, n=3):
    return " ".join(plain(s).split()[:n])


def render_body(p, open_tag, close_tag, para=None, sub="h2", read="aside", wa="div", ad_between=None, pager_cls="page-links"):
    """The text containers from p["body"], opened with open_tag; the furniture nested in them goes to p["exclude"]."""
    w = words(p)
    para = para or (lambda a: "<p>%s</p>" % a)
    out = [open_tag]
    n = [0]

    def uid():
        n[0] += 1
        return hexid(p["url"] + str(n[0]), 6)
    for name, a in blocks(p["body"]):
        if name == "p":
            out.append(a if a.startswith("<") else para(a))
        elif name == "TEXT":
            out.append(para(a[0]))
        elif name == "H":
            out.append("<%s>%s</%s>" % (sub, a[0], sub))
        elif name == "Q":
            out.append('<p class="qa-question"><strong>%s</strong></p>' % a[0])
        elif name == "LIST":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % x for x in a))
        elif name == "OL":
            out.append("<ol>%s</ol>" % "".join("<li>%s</li>" % x for x in a))
        elif name == "QUOTE":
            out.append("<blockquote><p>%s</p></blockquote>" % a[0])
        elif name == "AD":
            excl(p, "div.ad-inread*")
            out.append('<div class="ad-inread" id="div-gpt-ad-%s" data-slot="inarticle"><span class="ad-label">%s</span></div>' % (uid(), w["ad"]))
        elif name in ("READ", "READS"):
            if name == "READ":
                lab, hs = (a[0], [a[1]]) if len(a) > 1 else (w["read_also"], [a[0]])
            else:
                lab, hs = w["read_also"], a
            if read == "p" and name == "READ":
                excl(p, "p^%s*" % plain(lab))
                out.append('<p><strong>%s</strong> <a href="%s">%s</a></p>' % (lab, href(p, hs[0]), hs[0]))
            else:
                excl(p, "aside.read-also*")
                items = "".join('<li><a href="%s">%s</a></li>' % (href(p, h), h) for h in hs)
                out.append('<aside class="read-also"><span class="read-also__label">%s</span><ul>%s</ul></aside>' % (lab, items))
        elif name == "PHOTO":
            excl(p, "figure.inline-photo*")
            out.append('<figure class="inline-photo">%s<figcaption>%s</figcaption></figure>' % (img(p, a[0], 800, 533), a[0]))
        elif name in ("WA", "TG"):
            link = "https://whatsapp.com/channel/%s" % hexid(p["site"], 8) if name == "WA" else "https://t.me/%s" % slug(p["site"])
            if wa == "p":
                excl(p, "p^%s*" % _prefix(a[0]))
                out.append('<p><strong><a href="%s" rel="nofollow">%s</a></strong></p>' % (link, a[0]))
            else:
                cls = "wa-channel" if name == "WA" else "tg-prompt"
                excl(p, "div.%s*" % cls)
                out.append('<div class="%s"><a href="%s" rel="nofollow">%s</a></div>' % (cls, link, a[0]))
        elif name == "CREDIT":
            excl(p, "p.article-credit*")
            out.append('<p class="article-credit"><em>%s</em></p>' % a[0])
        elif name == "BIO":
            excl(p, "p.author-note*")
            out.append('<p class="author-note"><em>%s</em></p>' % a[0])
        elif name == "DISC":
            excl(p, "p.disclaimer*")
            out.append('<p class="disclaimer"><small>%s</small></p>' % a[0])
        elif name == "NL":
            excl(p, "div.nl-inline*")
            out.append('<div class="nl-inline"><p>%s</p><form action="/newsletters/"><input type="email" placeholder="%s"><button>%s</button></form></div>'
                       % (a[0], w["email"], w["nl_btn"]))
        elif name == "SPON":
            excl(p, "div.ob-inline*")
            items = "".join('<li><a href="https://clk.adnet.example/r/%s" rel="nofollow sponsored">%s</a><span class="ob-source">%s</span></li>'
                            % (slug(h), h.split("@")[0], h.split("@")[1] if "@" in h else "") for h in a)
            out.append('<div class="ob-inline"><span class="ob-label">%s</span><ul>%s</ul></div>' % (w["sponsored"], items))
        elif name == "WIDGET":
            excl(p, "div.inline-widget*")
            out.append('<div class="inline-widget">%s</div>' % a[0])
        elif name == "SPLIT":
            between = ad_between(uid()) if ad_between else '<div class="ad-between" id="ad-%s"><span>%s</span></div>' % (uid(), w["ad"])
            out.append(close_tag + "\n" + between + "\n" + open_tag)
        elif name == "FOLD":
            out.append(close_tag + '\n<div class="read-more"><button type="button" class="read-more__btn">%s</button></div>\n' % a[0] +
                       re.sub(r'class="([^"]*)"', r'class="\1 is-collapsed" aria-hidden="true"', open_tag, count=1))
        elif name == "PAGE":
            out.append(close_tag + '\n<div class="%s">%s</div>\n' % (pager_cls, a[0]) +
                       re.sub(r'class="([^"]*)"', r'class="\1" data-page="2"', open_tag, count=1))
        else:
            raise ValueError(name)
    out.append(close_tag)
    return "\n".join(out)


# ------------------------------------------------------------------------------------------ furniture
def cookie(p, cls="cookie-banner"):
    if not p.get("cookie"):
        return ""
    w = words(p)
    return ('<div id="consent" class="%s" role="dialog" aria-live="polite"><p>%s</p>'
            '<button class="btn-accept">%s</button> <button class="btn-settings">%s</button></div>\n' % (cls, p["cookie"], w["cookie_ok"], w["cookie_set"]))


def ticker(p, cls="ticker"):
    if not p.get("ticker"):
        return ""
    w = words(p)
    return '<div class="%s"><strong>%s</strong><ul>%s</ul></div>\n' % (cls, p.get("ticker_label", w["breaking"]), teasers(p, p["ticker"]))


def widget(p, cls="widget-bar"):
    if not p.get("widget"):
        return ""
    return '<div class="%s">%s</div>\n' % (cls, p["widget"])


def share(p, cls="share-bar", names=("Facebook", "X", "WhatsApp", "Telegram", "Email")):
    w = words(p)
    return '<div class="%s"><span class="share-label">%s</span> %s</div>\n' % (
        cls, w["share"], " ".join('<a class="sh-%s" href="#share" rel="nofollow">%s</a>' % (slug(n), n) for n in names))


def tags(p, cls="tags"):
    if not p.get("tags"):
        return ""
    w = words(p)
    return '<div class="%s"><span class="tags-label">%s</span><ul>%s</ul></div>\n' % (
        cls, w["tags"], "".join('<li><a href="/tag/%s/" rel="tag">%s</a></li>' % (slug(t), t) for t in p["tags"]))


def teasers(p, items, base="news"):
    """<li> teasers; an item is a headline or a (label, headline) pair; a labelled item links to the opinion section."""
    out = []
    for it in items:
        if isinstance(it, tuple):
            lab, h = it
            out.append('<li class="teaser"><span class="teaser__label">%s</span> <a href="%s">%s</a></li>' % (lab, href(p, h, p.get("op_path", "opinion")), h))
        else:
            out.append('<li class="teaser"><a href="%s">%s</a></li>' % (href(p, it, base), it))
    return "".join(out)


def rail(p, cls="rail-box"):
    """p["side"]: list of (heading, items) boxes; the first is numbered; an ad slot after it."""
    w = words(p)
    out = ""
    for i, b in enumerate(p.get("side", [])):
        tag = "ol" if i == 0 else "ul"
        out += '<section class="%s"><h3 class="%s__title">%s</h3><%s>%s</%s></section>\n' % (cls, cls, b[0], tag, teasers(p, b[1]), tag)
        if i == 0:
            out += '<div class="ad-slot ad-rail" data-slot="rail-%s"><span class="ad-label">%s</span></div>\n' % (slug(p["case"]), w["ad"])
    return out


def related(p, cls="related", h="h2"):
    if not p.get("related"):
        return ""
    w = words(p)
    return '<section class="%s"><%s>%s</%s><ul>%s</ul></section>\n' % (cls, h, p.get("related_h", w["related"]), h, teasers(p, p["related"]))


def sponsored(p, cls="ob-widget"):
    """An Outbrain-like block of paid teasers after the text: p["spon"] is a list of "headline@source"."""
    if not p.get("spon"):
        return ""
    w = words(p)
    items = "".join('<li class="ob-item"><a href="https://clk.adnet.example/r/%s" rel="nofollow sponsored">%s%s<span class="ob-title">%s</span></a>'
                    '<span class="ob-source">%s</span></li>' % (slug(h), img(p, h, 300, 200), "", h.split("@")[0], h.split("@")[1] if "@" in h else "")
                    for h in p["spon"])
    return ('<div class="%s"><div class="%s__head"><span>%s</span> <a class="%s__by" href="https://adnet.example/what-is" rel="nofollow">%s</a></div>'
            '<ul>%s</ul></div>\n' % (cls, cls, p.get("spon_h", w["sponsored"]), cls, p.get("spon_by", "Recommended by AdNet"), items))


def comments(p, cls="comments"):
    if not p.get("comments"):
        return ""
    w = words(p)
    items = "".join('<li class="%s__item"><div class="%s__meta"><b>%s</b> <span>%s</span></div><p>%s</p></li>' % (cls, cls, n, d, t)
                    for n, d, t in p["comments"])
    return ('<section id="comments" class="%s"><h2>%s (%d)</h2>%s<ol>%s</ol><form class="%s__form"><textarea name="c"></textarea>'
            '<button>%s</button></form></section>\n' % (cls, w["comments"], p.get("comment_count", len(p["comments"])),
                                                       '<p class="%s__rules">%s</p>' % (cls, p["comment_rules"]) if p.get("comment_rules") else "",
                                                       items, cls, w["comment_btn"]))


def newsletter(p, cls="newsletter-box"):
    if not p.get("newsletter"):
        return ""
    w = words(p)
    return ('<div class="%s"><p class="%s__text">%s</p><form action="/newsletter" method="post"><input type="email" placeholder="%s">'
            '<button type="submit">%s</button></form></div>\n' % (cls, cls, p["newsletter"], w["email"], w["nl_btn"]))


def footer(p, cls="site-footer"):
    return '<footer class="%s">%s<p class="%s__copy">%s</p></footer>\n' % (
        cls, nav(p.get("footer_nav", []), cls + "__nav"), cls, p["footer"])


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
            '<a class="%s__more" href="/author/%s/">%s %s</a></div></aside>\n'
            % (cls, cls, p["domain"], slug(name), attr(name), cls, cls, slug(name), name, cls, bio, cls, slug(name), w["more_from"], plain(name)))


def after_notes(p, cls="article-notes"):
    """Boxes printed right after the text: p["after"] is a list of (class, html) (a disclaimer, a source line, a
    WhatsApp prompt)."""
    return "".join('<div class="%s %s">%s</div>\n' % (cls, c, h) for c, h in p.get("after", []))


def scores(p, cls="scores-widget"):
    """A football scores strip: p["scores"] is a list of strings."""
    if not p.get("scores"):
        return ""
    return '<div class="%s"><strong>%s</strong><ul>%s</ul></div>\n' % (cls, p.get("scores_h", "Live scores"),
                                                                       "".join("<li>%s</li>" % s for s in p["scores"]))
