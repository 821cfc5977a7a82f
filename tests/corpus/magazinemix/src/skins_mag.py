"""Magazine skeletons: a Next.js news weekly (nextweekly), a styled-components literary and political
review (screview), an emotion-styled culture magazine (culturemag), a science magazine (sciencemag)
and a multi-part long read (longread). Each prints its text in one or more containers (a `*`
selector; two when a paywall fade cuts it) with the furniture listed in p["exclude"]."""
from kit import hexid, slug
from common import (comments, css, lazy_img, link, next_data, page_head, prep, rail, rail_teasers, render_body, sl, story, words)


def _open(p, fmt, body_cls):
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n<link rel="stylesheet" href="https://static.%s/_next/static/css/%s.css">\n</head>\n<body class="%s">\n'
            % (p.get("html_lang", p["lang"]), page_head(p, fmt), p["domain"], hexid(p["domain"], 8), body_cls))


def _cookie(p, cls):
    w = words(p)
    return ('<div id="consent-banner" class="%s" role="dialog"><p>⟪%s⟫ <a href="/privacy">%s</a></p><button>%s</button> <button>%s</button></div>\n'
            % (cls, w["cookie"], w["foot"][4] if len(w["foot"]) > 4 else "Privacy", w["accept"], w["manage"]))


def _nav(p, cls):
    return '<nav class="%s"><ul>%s</ul></nav>' % (cls, "".join("<li>%s</li>" % link(x) for x in p["nav"]))


def _share(p, cls):
    w = words(p)
    return ('<div class="%s"><button aria-label="%s">%s</button><a href="https://facebook.example/sharer?u=%s">Facebook</a> '
            '<a href="https://x.example/intent?u=%s">X</a> <a href="mailto:?subject=%s">E-mail</a> <button>%s</button> <button>%s</button></div>'
            % (cls, w["share"], w["share"], slug(p["url"]), slug(p["url"]), slug(p["h1"]), w["save"], w["gift"]))


def _listen(p, cls):
    if not p.get("listen"):
        return ""
    w = words(p)
    return ('<div class="%s" data-component="audio-player"><button class="play" aria-label="Play"></button><span>%s</span> <span class="dur">%s</span>'
            '<audio preload="none" src="https://audio.%s/%s.mp3"></audio></div>\n' % (cls, w["listen"], p["listen"], p["domain"], hexid(p["url"], 8)))


def _footer(p, cls):
    w = words(p)
    return ('<footer class="%s"><div>%s</div><ul>%s</ul><p>© 2026 %s. %s</p></footer>\n</body>\n</html>\n'
            % (cls, p["site"], "".join("<li>%s</li>" % link(x, "/info") for x in w["foot"]), p.get("publisher", p["site"]), w["rights"]))


def _byline(p):
    return p.get("byline_html", p["byline_text"])


# ------------------------------------------------------------------------------------------ Next.js weekly
def nextweekly(p):
    """A news weekly built with Next.js: hashed css- classes, __NEXT_DATA__, a sticky header with the
    sections (Opinion among them), "Listen to this article", reading time, the text in
    section[data-testid=article-body] (a second, gated one after a paywall fade), related and most
    read rails with opinion teasers, comments."""
    prep(p)
    w = words(p)
    c = dict(p=css(p, 1), h=css(p, 2), list=css(p, 3), quote=css(p, 4), pull=css(p, 5), fig=css(p, 6))
    body = render_body(p, '<section data-testid="article-body" class="%s">' % css(p, 7), "</section>", c)
    html = (_open(p, "%s | %s", "") +
            '<div id="__next"><div class="%s">' % css(p, 8) + _cookie(p, css(p, 9)) +
            '<header class="%s"><div class="%s"><a class="%s" href="/">%s</a><div class="%s"><a href="/search">%s</a> <a href="/account/login">%s</a> '
            '<a class="%s" href="/subscribe?ref=header">%s</a></div></div>%s</header>\n'
            % (css(p, 10), css(p, 11), css(p, 12), p["site"], css(p, 13), w["search"], w["signin"], css(p, 14), w["sub"], _nav(p, css(p, 15))) +
            '<main class="%s"><article class="%s"><div class="%s"><div class="%s">' % (css(p, 16), css(p, 17), css(p, 18), css(p, 19)) +
            ('<a class="%s" data-testid="kicker" href="/%s/">%s</a>' % (css(p, 20), sl(p["kicker"]), p["kicker"]) if p.get("kicker") else "") +
            '<h1 class="%s" data-testid="headline">%s</h1>' % (css(p, 21), p["h1"]) +
            ('<p class="%s" data-testid="standfirst">%s</p>' % (css(p, 22), p["deck"]) if p.get("deck") else "") +
            '<div class="%s"><div class="%s" data-testid="byline">%s</div><div class="%s"><time>%s</time> · <span>%s</span></div></div>'
            % (css(p, 23), css(p, 24), _byline(p), css(p, 25), p["date"], w["mins"] % p.get("readmin", 8)) +
            '</div></div>\n' + _listen(p, css(p, 26)) +
            '<figure class="%s"><div class="%s">%s</div><figcaption class="%s">%s</figcaption></figure>\n'
            % (css(p, 27), css(p, 28), lazy_img(p, p["h1"], css(p, 29)), css(p, 30), p.get("hero", "")) +
            '<div class="%s"><div class="%s">\n' % (css(p, 31), css(p, 32)) + body + "\n</div>\n" +
            ('<div class="%s" data-testid="author-bio"><p>%s</p></div>\n' % (css(p, 33), p["bio"]) if p.get("bio") else "") +
            _share(p, css(p, 34)) + "\n" +
            '<div class="%s">%s</div>\n' % (css(p, 35), " ".join(link(t, "/topic") for t in p.get("tags", []))) +
            '</div></article>\n<aside class="%s"><h2>%s</h2>%s</aside>\n' % (css(p, 36), w["rel"], rail_teasers(p, p.get("rail", []), css(p, 37))) +
            comments(p, css(p, 38)) +
            '<aside class="%s"><h2>%s</h2>%s</aside></main>\n' % (css(p, 39), w["most"], rail(p, p.get("most", []), css(p, 40))) +
            '<div class="%s"><p>%s</p><a href="/subscribe">%s</a></div>\n' % (css(p, 41), p.get("promo", ""), w["sub"]) +
            _footer(p, css(p, 42)).replace("</body>", "</div></div>\n%s\n</body>" % next_data(p, p.get("section", p.get("kicker", "News")))))
    return html, ["section[data-testid=article-body]*"]


# ------------------------------------------------------------------------------------------ styled-components review
def screview(p):
    """A literary and political review (styled-components, sc- classes): issue banner, section label,
    drop cap, footnote markers and endnotes, pull quotes, the issue note inside the text element,
    author bio, "More from this issue", letters and newsletter rails, the text in div.article-text*."""
    prep(p)
    w = words(p)
    k = hexid(p["domain"], 6)

    def sc(n):
        return "sc-%s-%d %s" % (k, n, hexid(p["url"] + "sc" + str(n), 6))
    c = dict(p=sc(1), h=sc(2), list=sc(3), quote=sc(4), pull=sc(5), fig=sc(6))
    body = render_body(p, '<div class="article-text %s">' % sc(7), "</div>", c)
    html = (_open(p, "%s — %s", "review") + _cookie(p, sc(8)) +
            '<div class="%s"><a href="/subscribe">%s</a> <span>%s</span></div>\n' % (sc(9), w["sub"], p.get("banner", "")) +
            '<header class="%s"><a class="%s" href="/">%s</a>%s<div class="%s"><a href="/login">%s</a> <a href="/search">%s</a></div></header>\n'
            % (sc(10), sc(11), p["site"], _nav(p, sc(12)), sc(13), w["signin"], w["search"]) +
            '<main class="%s"><div class="%s"><div class="%s">%s</div>\n' % (sc(14), sc(15), sc(16), " / ".join(link(x) for x in p.get("crumbs", []))) +
            ('<p class="%s">%s</p>' % (sc(17), p["kicker"]) if p.get("kicker") else "") +
            '<h1 class="%s">%s</h1>\n' % (sc(18), p["h1"]) +
            ('<h2 class="%s">%s</h2>\n' % (sc(19), p["deck"]) if p.get("deck") else "") +
            '<div class="%s"><span class="%s">%s</span> <span class="%s">%s</span> <span>%s</span></div>\n'
            % (sc(20), sc(21), _byline(p), sc(22), p["date"], w["mins"] % p.get("readmin", 12)) +
            _listen(p, sc(23)) + _share(p, sc(24)) + "\n" +
            body + "\n" +
            ('<div class="%s"><h3>%s</h3><p>%s</p></div>\n' % (sc(25), p.get("bio_head", ""), p["bio"]) if p.get("bio") else "") +
            '</div>\n<aside class="%s"><h2>%s</h2>%s</aside>\n' % (sc(26), w["more"], rail_teasers(p, p.get("rail", []), sc(27))) +
            comments(p, sc(28)) +
            '<aside class="%s"><h2>%s</h2>%s</aside></main>\n' % (sc(29), w["most"], rail(p, p.get("most", []), sc(30))) +
            _footer(p, sc(31)))
    return html, ["div.article-text*"]


# ------------------------------------------------------------------------------------------ culture magazine
def culturemag(p):
    """A culture magazine (Next.js with emotion css- classes): mega-menu, kicker and breadcrumbs,
    hero with lazy image, table of contents for long pieces, embedded posts, newsletter sign-up and
    ads in the text, a rating box for reviews, tags, "you might also like" teasers, comments; the
    text in div.article-body__content*."""
    prep(p)
    w = words(p)
    c = dict(p=css(p, 51), h=css(p, 52), list=css(p, 53), quote=css(p, 54), pull=css(p, 55), fig=css(p, 56))
    body = render_body(p, '<div class="article-body__content %s">' % css(p, 57), "</div>", c)
    rating = ('<div class="%s" data-component="rating-box"><p>%s</p></div>\n' % (css(p, 58), p["rating"]) if p.get("rating") else "")
    html = (_open(p, "%s – %s", "") + '<div id="__next">' + _cookie(p, css(p, 59)) +
            '<div class="%s"><span>%s</span></div>\n' % (css(p, 60), p.get("ticker", "")) +
            '<header class="%s"><button class="%s" aria-label="Menu">☰</button><a class="%s" href="/">%s</a>%s<a href="/login">%s</a> <a class="%s" href="/abo">%s</a></header>\n'
            % (css(p, 61), css(p, 62), css(p, 63), p["site"], _nav(p, css(p, 64)), w["signin"], css(p, 65), w["sub"]) +
            '<main class="%s"><article class="%s"><div class="%s">%s</div>\n' % (css(p, 66), css(p, 67), css(p, 68), " › ".join(link(x) for x in p.get("crumbs", []))) +
            ('<span class="%s">%s</span>' % (css(p, 69), p["kicker"]) if p.get("kicker") else "") +
            '<h1 class="%s">%s</h1>\n' % (css(p, 70), p["h1"]) +
            ('<p class="%s">%s</p>\n' % (css(p, 71), p["deck"]) if p.get("deck") else "") +
            '<div class="%s"><div class="%s">%s</div><time class="%s">%s</time><span class="%s">%s</span></div>\n'
            % (css(p, 72), css(p, 73), _byline(p), css(p, 74), p["date"], css(p, 75), w["mins"] % p.get("readmin", 7)) +
            _share(p, css(p, 76)) + "\n" + _listen(p, css(p, 77)) +
            '<figure class="%s">%s<figcaption>%s</figcaption></figure>\n' % (css(p, 78), lazy_img(p, p["h1"], "hero lazyload"), p.get("hero", "")) +
            rating + body + "\n" +
            ('<div class="%s"><p>%s</p></div>\n' % (css(p, 79), p["issue"]) if p.get("issue") else "") +
            ('<div class="%s" data-component="author-card"><p>%s</p></div>\n' % (css(p, 80), p["bio"]) if p.get("bio") else "") +
            '<div class="%s">%s</div>\n' % (css(p, 81), " ".join(link(t, "/tag") for t in p.get("tags", []))) +
            '</article>\n<section class="%s"><h2>%s</h2>%s</section>\n' % (css(p, 82), p.get("rail_head", w["rel"]), rail_teasers(p, p.get("rail", []), css(p, 83))) +
            comments(p, css(p, 84)) +
            '<aside class="%s"><h2>%s</h2>%s</aside></main>\n' % (css(p, 85), w["most"], rail(p, p.get("most", []), css(p, 86))) +
            _footer(p, css(p, 87)).replace("</body>", "</div>\n%s\n</body>" % next_data(p, p.get("section", "Culture"))))
    return html, ["div.article-body__content*"]


# ------------------------------------------------------------------------------------------ science magazine
def sciencemag(p):
    """A science magazine: topic bar, "Listen", figures with data-src and <noscript>, references at
    the end of the text, a "Correction" or "Update" box, author bio, newsletter and related rails;
    the text in div.c-article-body*."""
    prep(p)
    w = words(p)
    c = dict(p="c-article-body__p", h="c-article-body__h2", list="c-article-body__list", quote="c-article-body__quote", pull="c-pull", fig="c-figure")
    body = render_body(p, '<div class="c-article-body" data-track="article-body">', "</div>", c)
    html = (_open(p, "%s | %s", "page-article") + _cookie(p, "c-consent") +
            '<header class="c-header"><a class="c-header__logo" href="/">%s</a>%s<div class="c-header__account"><a href="/login">%s</a> <a href="/subscribe">%s</a></div></header>\n'
            % (p["site"], _nav(p, "c-header__nav"), w["signin"], w["sub"]) +
            '<div class="c-topics">%s</div>\n' % " ".join(link(t, "/topics") for t in p.get("topics", [])) +
            '<main class="c-main"><article class="c-article"><div class="c-article__header"><ol class="c-breadcrumbs">%s</ol>\n'
            % "".join("<li>%s</li>" % link(x) for x in p.get("crumbs", [])) +
            ('<p class="c-article__type">%s</p>' % p["kicker"] if p.get("kicker") else "") +
            '<h1 class="c-article__title">%s</h1>\n' % p["h1"] +
            ('<p class="c-article__standfirst">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<ul class="c-article__meta"><li class="c-article__author">%s</li><li><time>%s</time></li><li>%s</li></ul></div>\n'
            % (_byline(p), p["date"], w["mins"] % p.get("readmin", 9)) + _listen(p, "c-audio") +
            '<figure class="c-article__hero">%s<figcaption>%s</figcaption></figure>\n' % (lazy_img(p, p["h1"], "lazyload"), p.get("hero", "")) +
            body + "\n" +
            ('<div class="c-article__update"><p>%s</p></div>\n' % p["update"] if p.get("update") else "") +
            ('<div class="c-article__bio"><p>%s</p></div>\n' % p["bio"] if p.get("bio") else "") +
            _share(p, "c-share") + "\n" +
            '</article>\n<section class="c-related"><h2>%s</h2>%s</section>\n' % (w["rel"], rail_teasers(p, p.get("rail", []), "c-related__list")) +
            comments(p, "c-comments") +
            '<aside class="c-popular"><h2>%s</h2>%s</aside></main>\n' % (w["most"], rail(p, p.get("most", []), "c-popular__list")) +
            '<div class="c-newsletter"><p>%s</p><button>%s</button></div>\n' % (p.get("promo", w["news"]), w["news_btn"]) +
            _footer(p, "c-footer"))
    return html, ["div.c-article-body*"]


# ------------------------------------------------------------------------------------------ long read
def longread(p):
    """A multi-part long read: full-bleed hero, series label, table of contents linking the chapters,
    chapters with headings and section breaks, a paywall fade over the second half (the full text in
    the HTML), "This article appears in …" note and bio after the text, related long reads; the text
    in div.longform-body*."""
    prep(p)
    w = words(p)
    c = dict(p=css(p, 91, "lf"), h="longform-chapter", list=css(p, 92, "lf"), quote=css(p, 93, "lf"), pull=css(p, 94, "lf"), fig=css(p, 95, "lf"))
    body = render_body(p, '<div class="longform-body %s">' % css(p, 96, "lf"), "</div>", c)
    chaps = [a for a in p["body"].split("[[CHAP|")[1:]]
    toc = ('<nav class="longform-toc"><h2>%s</h2><ol>%s</ol></nav>\n' % (w["toc"], "".join(
        '<li><a href="#chapter-%s">%s</a></li>' % (sl(x.split("|")[0]), x.split("]]")[0].split("|")[1]) for x in chaps)) if chaps else "")
    html = (_open(p, "%s · %s", "longform") + '<div id="__next">' + _cookie(p, css(p, 97, "lf")) +
            '<header class="%s"><a href="/">%s</a>%s<a href="/subscribe">%s</a> <a href="/login">%s</a></header>\n'
            % (css(p, 98, "lf"), p["site"], _nav(p, css(p, 99, "lf")), w["sub"], w["signin"]) +
            '<article class="longform"><div class="longform-hero">%s<div class="longform-hero__text">' % lazy_img(p, p["h1"], "lazyload") +
            ('<p class="longform-series">%s</p>' % p["kicker"] if p.get("kicker") else "") +
            '<h1 class="longform-title">%s</h1>' % p["h1"] +
            ('<p class="longform-dek">%s</p>' % p["deck"] if p.get("deck") else "") +
            '</div><p class="longform-hero__credit">%s</p></div>\n' % p.get("hero", "") +
            '<div class="longform-meta"><p class="longform-byline">%s</p><p class="longform-date">%s · %s</p></div>\n'
            % (_byline(p), p["date"], w["mins"] % p.get("readmin", 25)) +
            _listen(p, "longform-audio") + toc + body + "\n" +
            ('<p class="longform-issue">%s</p>\n' % p["issue"] if p.get("issue") else "") +
            ('<div class="longform-bio"><p>%s</p></div>\n' % p["bio"] if p.get("bio") else "") +
            _share(p, "longform-share") + "\n</article>\n" +
            '<section class="longform-more"><h2>%s</h2>%s</section>\n' % (w["rel"], rail_teasers(p, p.get("rail", []), "longform-more__list")) +
            comments(p, "longform-comments") +
            '<aside class="longform-popular"><h2>%s</h2>%s</aside>\n' % (w["most"], rail(p, p.get("most", []), "longform-popular__list")) +
            _footer(p, css(p, 100, "lf")).replace("</body>", "</div>\n%s\n</body>" % next_data(p, p.get("section", "Long reads"))))
    return html, ["div.longform-body*"]
