"""Page skeletons of sectionmix. Each returns (html, body selectors).

daily    – a newspaper article page: <nav class="breadcrumb"> (when the page has crumbs), kicker over the headline,
           byline area with an optional genre label and role, div.article__body, "more from the section" list,
           sidebar, footer.
portal   – a news portal built of divs: ol.breadcrumbs, div.rubric kicker, div.meta-author with label,
           div.content-text body, teaser grid under the article.
magazine – a service / culture page on a WordPress-like theme: span.cat-label kicker, div.entry-content body.
"""
from kit import hexid, slug
from parts import after, byline, cookie, crumbs, footer, html_open, label_span, menu, more, newsletter, role, share, side


def daily(p):
    kick = '<p class="kicker"><a href="/%s/">%s</a></p>\n' % (slug(p["kicker"]), p["kicker"]) if p.get("kicker") else ""
    deck = '<p class="article__lead">%s</p>\n' % p["deck"] if p.get("deck") else ""
    html = (html_open(p, p.get("title_fmt", "%s | %s"), "article-page") + cookie(p) +
            '<header class="site-header"><a class="site-header__logo" href="/">%s</a>\n<nav class="main-nav">%s</nav></header>\n' % (p["site"], menu(p, "main-nav__list")) +
            crumbs(p) +
            '<main class="page"><div class="grid">\n<article class="article" id="a-%s">\n<header class="article__head">\n' % hexid(p["url"], 8) + kick +
            '<h1 class="article__title">%s</h1>\n' % p["h1"] + deck +
            '<div class="byline">%s<span class="byline__author">%s</span>%s <time class="byline__date" datetime="%s">%s</time></div>\n</header>\n'
            % (label_span(p, "byline__label"), byline(p), role(p, "byline__role"), p["pub"], p["date"]) +
            '<div class="article__body">\n%s\n</div>\n' % p["body"] + after(p) + share("share share--bottom") +
            '</article>\n' + more(p) + '<aside class="sidebar">\n%s</aside>\n</div></main>\n' % side(p) +
            newsletter(p) + footer(p) + '</body>\n</html>\n')
    return html, ["div.article__body"]


def portal(p):
    kick = '<div class="rubric">%s</div>\n' % p["kicker"] if p.get("kicker") else ""
    deck = '<div class="perex"><strong>%s</strong></div>\n' % p["deck"] if p.get("deck") else ""
    bc = ""
    if p.get("crumbs"):
        bc = '<ol class="breadcrumbs">%s</ol>\n' % "".join('<li><a href="/%s">%s</a></li>' % ("" if i == 0 else slug(c) + "/", c) for i, c in enumerate(p["crumbs"]))
    html = (html_open(p, p.get("title_fmt", "%s - %s"), "detail") + cookie(p, "gdpr-bar") +
            '<div id="top"><div class="top__logo"><a href="/">%s</a></div><div class="top__menu">%s</div></div>\n' % (p["site"], menu(p, "menu")) +
            '<div id="page"><div class="col-main">\n' + bc + '<div class="art" data-id="%s">\n' % slug(p["url"]) + kick +
            '<h1 class="art__title">%s</h1>\n' % p["h1"] +
            '<div class="meta-author">%s<span class="meta-author__name">%s</span>%s <span class="meta-author__date">%s</span></div>\n'
            % (label_span(p, "meta-author__label"), byline(p), role(p, "meta-author__role"), p["date"]) + deck + share("share-top") +
            '<div class="content-text">\n%s\n</div>\n' % p["body"] + after(p) + '</div>\n' + more(p, "teaser-grid") +
            '</div>\n<div class="col-side">\n%s</div></div>\n' % side(p, "box") + newsletter(p, "nl-box") + footer(p, "foot") + '</body>\n</html>\n')
    return html, ["div.content-text"]


def magazine(p):
    kick = '<span class="cat-label"><a href="/category/%s/">%s</a></span>\n' % (slug(p["kicker"]), p["kicker"]) if p.get("kicker") else ""
    html = (html_open(p, p.get("title_fmt", "%s – %s"), "single single-post") + cookie(p, "cmplz-cookiebanner") +
            '<header id="masthead" class="site-header"><p class="site-title"><a href="/">%s</a></p><nav id="site-navigation" class="main-navigation">%s</nav></header>\n'
            % (p["site"], menu(p, "menu")) + crumbs(p, "breadcrumb yoast-breadcrumbs") +
            '<div id="content" class="site-content"><main id="primary" class="site-main">\n<article class="post type-post hentry">\n<header class="entry-header">' + kick +
            '<h1 class="entry-title">%s</h1>\n' % p["h1"] + ('<p class="entry-summary">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="entry-meta">%s<span class="byline">%s</span>%s <span class="posted-on"><time class="entry-date published" datetime="%s">%s</time></span></div></header>\n'
            % (label_span(p, "entry-meta__label"), byline(p), role(p, "entry-meta__role"), p["pub"], p["date"]) +
            '<div class="entry-content">\n%s\n</div>\n' % p["body"] + after(p) + '</article>\n' + more(p, "related-posts") +
            '</main>\n<aside id="secondary" class="widget-area">\n%s</aside></div>\n' % side(p, "widget") + newsletter(p, "widget-newsletter") +
            footer(p, "site-footer") + '</body>\n</html>\n')
    return html, ["div.entry-content"]
