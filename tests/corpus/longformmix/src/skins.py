"""Page skeletons of longformmix: a magazine long-read (`magazine`, body `div.longform-body`), a newspaper article
page (`newsroom`, body `div.article-body`), a div-based portal (`portal`, body `div#article-text`) and an East-Asian
news site (`asia`, body `div#articleBody`). Each returns (html, body selectors) and lists in p["exclude"] the
furniture the page's text puts inside the body (ad slots, "read also" boxes, newsletter calls, figures, pull quotes,
fact boxes, the table of contents, the read-more button, the paywall note, the pagination, the author bio)."""
from kit import hexid
from parts import (byline, comments, cookie, fix, footer, html_open, lead_figure, menu, most_read, related, share, words)

FURNITURE = [
    ('class="ad-slot"', "div.ad-slot"), ('class="read-also"', "aside.read-also"), ('class="newsletter-cta"', "div.newsletter-cta"),
    ('class="inline-figure"', "figure.inline-figure"), ('class="pullquote"', "blockquote.pullquote"),
    ('class="pull-quote"', "aside.pull-quote"), ('class="factbox"', "aside.factbox"), ('class="toc"', "nav.toc"),
    ('class="read-more"', "button.read-more"), ('class="paywall-note"', "div.paywall-note"),
    ('class="pagination"', "nav.pagination"), ('class="author-bio"', "p.author-bio"),
]


def _prep(p):
    for k in ("h1", "deck", "body", "date"):
        if p.get(k):
            p[k] = fix(p[k])
    p["exclude"] = [sel for mark, sel in FURNITURE if mark in p["body"]]


def _deck(p, tag, cls):
    return '<%s class="%s">%s</%s>\n' % (tag, cls, p["deck"], tag) if p.get("deck") else ""


def _kicker(p, cls="kicker"):
    return '<p class="%s">%s</p>\n' % (cls, p["kicker"]) if p.get("kicker") else ""


def _tags(p):
    return '<ul class="tags">%s</ul>\n' % "".join('<li><a href="/tag/%s">%s</a></li>' % (t.lower().replace(" ", "-"), t) for t in p["tags"]) if p.get("tags") else ""


def _after(p):
    return '<p class="after">%s</p>\n' % p["after"] if p.get("after") else ""


def magazine(p):
    _prep(p)
    w = words(p["lang"])
    html = (html_open(p, p.get("title_fmt", "%s | %s"), "longread") + cookie(p) +
            '<header class="masthead"><a class="logo" href="/">%s</a> <a class="btn" href="/subscribe">%s</a> <a href="/login">%s</a>\n%s</header>\n'
            % (p["site"], w["subscribe"], w["login"], menu(p)) +
            '<main id="main">\n<article class="longform" id="story-%s">\n<header class="longform-head">\n' % hexid(p["url"], 8) + _kicker(p) +
            '<h1 class="longform-title">%s</h1>\n' % p["h1"] + _deck(p, "p", "longform-deck") +
            '<div class="meta"><span class="byline">%s</span> <time datetime="%s">%s</time> <span class="reading-time">%s</span></div>\n</header>\n'
            % (byline(p), p["pub"], p["date"], p.get("reading", "")) + lead_figure(p, "hero") +
            '<div class="longform-body">\n%s</div>\n' % p["body"] + _after(p) + _tags(p) + share(p) +
            '</article>\n' + related(p, "more-longreads") + comments(p) + most_read(p, "most-read") + '</main>\n' +
            footer(p) + '</body>\n</html>\n')
    return fix(html), ["div.longform-body"]


def newsroom(p):
    _prep(p)
    w = words(p["lang"])
    html = (html_open(p, p.get("title_fmt", "%s | %s"), "article-page") + cookie(p) +
            '<header class="site-header"><a class="logo" href="/">%s</a> <a href="/subscribe">%s</a> <a href="/login">%s</a>\n%s</header>\n'
            % (p["site"], w["subscribe"], w["login"], menu(p)) +
            '<div class="wrap"><main>\n<nav class="breadcrumb"><a href="/">%s</a> › <a href="/%s/">%s</a></nav>\n' % (w["home"], p.get("section", "news").lower(), p.get("section", "News")) +
            '<article class="story">\n' + _kicker(p, "label") + '<h1>%s</h1>\n' % p["h1"] + _deck(p, "p", "standfirst") +
            '<p class="byline">%s · <time datetime="%s">%s</time></p>\n' % (byline(p), p["pub"], p["date"]) + lead_figure(p) + share(p) +
            '<div class="article-body">\n%s</div>\n' % p["body"] + _after(p) + _tags(p) +
            '</article>\n' + related(p) + comments(p) + '</main>\n<aside class="sidebar">\n%s</aside></div>\n' % most_read(p) +
            footer(p) + '</body>\n</html>\n')
    return fix(html), ["div.article-body"]


def portal(p):
    _prep(p)
    w = words(p["lang"])
    html = (html_open(p, p.get("title_fmt", "%s - %s"), "detail") + cookie(p) +
            '<div id="page"><div class="top-bar"><span class="today">%s</span> <a href="/login">%s</a></div>\n'
            '<div class="header"><a class="brand" href="/">%s</a>\n%s</div>\n' % (p.get("strip", ""), w["login"], p["site"], menu(p, "main-menu")) +
            '<div class="wrap"><div class="col-main">\n<div class="post">\n' + _kicker(p, "post-kicker") + '<h1 class="post-title">%s</h1>\n' % p["h1"] +
            _deck(p, "div", "post-lead") +
            '<div class="post-meta"><span class="author">%s</span> <span class="date">%s</span></div>\n' % (byline(p), p["date"]) + lead_figure(p, "post-image") +
            '<div id="article-text" class="post-body">\n%s</div>\n' % p["body"] + _after(p) + _tags(p) + share(p, "post-share") +
            '</div>\n' + related(p, "post-related") + comments(p, "post-comments") + '</div>\n<div class="col-side">\n%s</div></div>\n' % most_read(p, "side-box") +
            footer(p, "footer") + '</div>\n</body>\n</html>\n')
    return fix(html), ["div#article-text"]


def asia(p):
    _prep(p)
    w = words(p["lang"])
    html = (html_open(p, p.get("title_fmt", "%s | %s"), "news-view") + cookie(p) +
            '<div id="header"><div class="gnb"><a class="logo" href="/">%s</a> <a href="/member/login">%s</a></div>\n%s</div>\n' % (p["site"], w["login"], menu(p, "nav-sections")) +
            '<div id="container"><div class="wrap"><div id="content" class="article_view">\n<div class="article_head">' + _kicker(p, "section-name") +
            '<h1 class="headline">%s</h1>\n' % p["h1"] + _deck(p, "h2", "subhead") +
            '<div class="info"><span class="writer">%s</span> <span class="date">%s</span></div></div>\n' % (byline(p), p["date"]) +
            lead_figure(p, "photo") + '<div id="articleBody" class="article_txt">\n%s</div>\n' % p["body"] + _after(p) + _tags(p) + share(p, "share-box") +
            related(p, "relation-news") + comments(p, "reply-box") + '</div>\n<div id="aside">\n%s</div></div></div>\n' % most_read(p, "rank-box") +
            footer(p, "footer") + '</body>\n</html>\n')
    return fix(html), ["div#articleBody"]
