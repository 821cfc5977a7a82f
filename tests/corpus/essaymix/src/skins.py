"""Page skeletons of essaymix, kept plain on purpose (the text is what is tested): a semantic `<article>` page
(`story`), a div-based portal (`portal`), a WordPress-like blog/magazine theme (`blog`) and an East-Asian news
site whose body is `div#articleBody` (`asia`). Each returns (html, body selectors)."""
from kit import hexid
from parts import (byline, cookie, figure, fix, footer, html_open, menu, most_read, newsletter, related, share, words)


def _sig(p, cls):
    return '<p class="%s">%s</p>\n' % (cls, p["signature"]) if p.get("signature") else ""


def _deck(p, tag, cls):
    return '<%s class="%s">%s</%s>\n' % (tag, cls, p["deck"], tag) if p.get("deck") else ""


def story(p):
    w = words(p)
    html = (html_open(p, p.get("title_fmt", "%s | %s"), "article-page") + cookie(p) +
            '<header class="site-header"><a class="logo" href="/">%s</a> <a href="/subscribe">%s</a> <a href="/login">%s</a>\n%s</header>\n'
            % (p["site"], w["subscribe"], w["login"], menu(p)) +
            '<div class="wrap"><main>\n<article class="story" id="a-%s">\n<h1>%s</h1>\n' % (hexid(p["url"], 8), p["h1"]) + _deck(p, "p", "standfirst") +
            '<p class="byline">%s · <time datetime="%s">%s</time></p>\n' % (byline(p), p["pub"], p["date"]) + figure(p) + share(p) +
            '<div class="article-body">\n%s\n</div>\n' % fix(p["body"]) + _sig(p, "signature") +
            '</article>\n' + related(p) + '</main>\n<aside class="sidebar">\n%s%s</aside></div>\n' % (most_read(p), newsletter(p)) +
            footer(p) + '</body>\n</html>\n')
    return fix(html), ["div.article-body"]


def portal(p):
    w = words(p)
    html = (html_open(p, p.get("title_fmt", "%s - %s"), "detail") + cookie(p) +
            '<div id="page"><div class="top-bar"><span class="today">%s</span> <a href="/login">%s</a></div>\n'
            '<div class="header"><a class="brand" href="/">%s</a>\n%s</div>\n' % (p.get("strip", ""), w["login"], p["site"], menu(p, "main-menu")) +
            '<div class="wrap"><div class="col-main">\n<div class="post">\n<h1 class="post-title">%s</h1>\n' % p["h1"] + _deck(p, "div", "post-lead") +
            '<div class="post-meta"><span class="author">%s</span> <span class="date">%s</span></div>\n' % (byline(p), p["date"]) + figure(p, "post-image") +
            '<div class="post-body">\n%s\n</div>\n' % fix(p["body"]) + _sig(p, "post-signature") + share(p, "post-share") +
            '</div>\n' + related(p, "post-related") + '</div>\n<div class="col-side">\n%s%s</div></div>\n' % (most_read(p, "side-box"), newsletter(p, "side-nl")) +
            footer(p, "footer") + '</div>\n</body>\n</html>\n')
    return fix(html), ["div.post-body"]


def blog(p):
    html = (html_open(p, p.get("title_fmt", "%s – %s"), "single single-post") + cookie(p) +
            '<div id="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/">%s</a></p>\n<p class="site-description">%s</p>\n%s</header>\n'
            % (p["site"], p.get("tagline", ""), menu(p, "main-navigation")) +
            '<div class="wrap"><main id="primary" class="site-main">\n<article class="post hentry">\n<header class="entry-header"><h1 class="entry-title">%s</h1>\n'
            % p["h1"] + '<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="%s">%s</time></span> <span class="byline">%s</span></div></header>\n'
            % (p["pub"], p["date"], byline(p)) + figure(p, "post-thumbnail") +
            '<div class="entry-content">\n%s\n</div>\n' % fix(p["body"]) + _sig(p, "entry-signature") + share(p, "entry-share") + '</article>\n' +
            related(p, "related-posts") + '</main>\n<aside id="secondary" class="widget-area">\n%s%s</aside></div>\n' % (most_read(p, "widget"), newsletter(p, "widget")) +
            footer(p, "site-footer") + '</div>\n</body>\n</html>\n')
    return fix(html), ["div.entry-content"]


def asia(p):
    w = words(p)
    html = (html_open(p, p.get("title_fmt", "%s | %s"), "news-view") + cookie(p) +
            '<div id="header"><div class="gnb"><a class="logo" href="/">%s</a> <a href="/member/login">%s</a></div>\n%s</div>\n' % (p["site"], w["login"], menu(p, "nav-sections")) +
            '<div id="container"><div class="wrap"><div id="content" class="article_view">\n<div class="article_head"><h1 class="headline">%s</h1>\n' % p["h1"] +
            _deck(p, "h2", "subhead") + '<div class="info"><span class="writer">%s</span> <span class="date">%s</span></div></div>\n' % (byline(p), p["date"]) +
            figure(p, "photo") + '<div id="articleBody" class="article_txt">\n%s\n</div>\n' % fix(p["body"]) + _sig(p, "writer-sig") + share(p, "share-box") +
            related(p, "relation-news") + '</div>\n<div id="aside">\n%s%s</div></div></div>\n' % (most_read(p, "rank-box"), newsletter(p, "nl-box")) +
            footer(p, "footer") + '</body>\n</html>\n')
    return fix(html), ["div#articleBody"]
