"""Page skeletons of analysismix: an Anglo-style `<article>` page (`story`), a continental div-based newspaper
(`zeitung`), a WordPress news theme (`wpnews`) and an East-Asian / portal layout with `div#articleBody` (`portal`).
Each returns (html, body selectors). Every skeleton prints the site's menu (which always holds the local
"Opinion" link), a box of opinion teasers in the sidebar and related links."""
from kit import hexid
from parts import (bio, byline, comments, cookie, deck, figure, fix, footer, html_open, kicker, menu, newsletter, related,
                   share, sidebar, tags)
from words import words


def _time(p):
    return '<time datetime="%s">%s</time>' % (p["pub"], p["date"])


def story(p):
    w = words(p)
    html = (html_open(p, p.get("title_fmt", "%s | %s"), "article-page") + cookie(p) +
            '<header class="masthead"><div class="masthead__top"><span class="today">%s</span> <a href="/subscribe">%s</a> <a href="/login">%s</a></div>\n'
            '<a class="logo" href="/">%s</a>\n%s</header>\n' % (p.get("strip", ""), w["subscribe"], w["login"], p["site"], menu(p)) +
            '<div class="layout"><main id="main">\n<article class="story" id="s-%s">\n<header class="story__header">\n' % hexid(p["url"], 8) + kicker(p) +
            '<h1 class="story__headline">%s</h1>\n' % p["h1"] + deck(p) +
            '<div class="byline">%s · %s</div>\n</header>\n' % (byline(p), _time(p)) + figure(p) + share(p, "share share--top") +
            '<div class="story__body">\n%s\n</div>\n' % p["body"] + bio(p) + tags(p) + '</article>\n' + related(p) + comments(p) +
            '</main>\n<aside class="rail">\n%s%s</aside></div>\n' % (sidebar(p), newsletter(p)) + footer(p) + '</body>\n</html>\n')
    return fix(html), ["div.story__body"]


def zeitung(p):
    w = words(p)
    crumbs = " › ".join('<a href="/%s/">%s</a>' % (i, c) for i, c in enumerate([w["home"]] + p.get("crumbs", [])))
    html = (html_open(p, p.get("title_fmt", "%s | %s"), "page-article") + cookie(p, "cookie consent-layer") +
            '<header class="site-header"><a class="site-header__logo" href="/">%s</a> <a href="/abo">%s</a> <a href="/login">%s</a>\n%s</header>\n'
            % (p["site"], w["subscribe"], w["login"], menu(p)) +
            '<div class="breadcrumb">%s</div>\n<div class="layout"><main class="main">\n<article class="article">\n<header class="article-header">\n' % crumbs +
            kicker(p, "kicker article-header__kicker") + '<h1 class="article-header__title">%s</h1>\n' % p["h1"] + deck(p, "p", "article-header__intro") +
            '<div class="meta"><span class="meta__author">%s</span> <span class="meta__date">%s</span></div>\n</header>\n' % (byline(p), _time(p)) +
            figure(p, "article-figure") + '<div class="article-text">\n%s\n</div>\n' % p["body"] + bio(p, "author-info") + tags(p, "article-tags") +
            share(p, "article-share") + '</article>\n' + related(p, "more-articles") + comments(p, "user-comments") +
            '</main>\n<aside class="sidebar">\n%s</aside></div>\n' % sidebar(p, "box teaser-box") + newsletter(p, "newsletter-teaser") +
            footer(p) + '</body>\n</html>\n')
    return fix(html), ["div.article-text"]


def wpnews(p):
    html = (html_open(p, p.get("title_fmt", "%s - %s"), "post-template-default single single-post") + cookie(p, "cookie cmplz-cookiebanner") +
            '<div id="page" class="site"><header id="masthead" class="site-header"><div class="top-bar">%s</div>\n<p class="site-title"><a href="/">%s</a></p>\n%s</header>\n'
            % (p.get("strip", ""), p["site"], menu(p, "main-navigation")) +
            '<div class="layout"><div id="primary" class="col-main"><main id="main" class="site-main">\n<article id="post-%d" class="post type-post hentry">\n'
            % (int(hexid(p["url"], 6), 16) % 90000 + 10000) + '<header class="entry-header">' + kicker(p, "kicker cat-links") +
            '<h1 class="entry-title">%s</h1>\n' % p["h1"] + deck(p, "p", "entry-subtitle") +
            '<div class="entry-meta"><span class="byline">%s</span> <span class="posted-on">%s</span></div></header>\n' % (byline(p), _time(p)) +
            figure(p, "post-thumbnail") + '<div class="entry-content">\n%s\n</div>\n' % p["body"] +
            '<footer class="entry-footer">%s%s</footer>\n</article>\n' % (tags(p, "tags-links"), bio(p, "author-bio")) + related(p, "related-posts") +
            comments(p, "comments-area") + '</main></div>\n<aside id="secondary" class="col-side widget-area">\n%s%s</aside></div>\n'
            % (sidebar(p, "box widget"), newsletter(p, "widget newsletter")) + footer(p) + '</div>\n</body>\n</html>\n')
    return fix(html), ["div.entry-content"]


def portal(p):
    w = words(p)
    html = (html_open(p, p.get("title_fmt", "%s | %s"), "news-view") + cookie(p, "cookie cookie-bar") +
            '<div id="header"><div class="gnb"><a class="logo" href="/">%s</a> <a href="/member/login">%s</a> <a href="/subscribe">%s</a></div>\n%s</div>\n'
            % (p["site"], w["login"], w["subscribe"], menu(p, "nav-sections")) +
            '<div id="container" class="layout"><div id="content" class="col-main article_view">\n<div class="article_head">' + kicker(p, "kicker section-label") +
            '<h1 class="headline">%s</h1>\n' % p["h1"] + deck(p, "h2", "subhead") +
            '<div class="info meta"><span class="writer">%s</span> <span class="date">%s</span></div></div>\n' % (byline(p), _time(p)) +
            figure(p, "photo") + '<div id="articleBody" class="article_txt">\n%s\n</div>\n' % p["body"] + bio(p, "writer-card") + tags(p, "keyword") +
            share(p, "share-box") + related(p, "relation-news") + comments(p, "reply-box") +
            '</div>\n<div id="aside" class="col-side">\n%s%s</div></div>\n' % (sidebar(p, "box rank-box"), newsletter(p, "nl-box")) +
            footer(p) + '</body>\n</html>\n')
    return fix(html), ["div#articleBody"]
