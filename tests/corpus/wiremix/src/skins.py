"""Page skeletons of wiremix: a regional daily that fills its pages with agency copy (`regional`), a news portal
with microdata and breadcrumbs (`portal`), a Japanese / Korean / Chinese news site (`asia`), a syndicated column
page (`column`) and a features/lifestyle page for syndicated recipes and travel pieces (`features`). Each returns
(html, body selectors); the furniture a page puts inside the body ([[…]] inserts) is listed in p["exclude"]."""
from kit import attr, hexid, img, nav, plain, slug
from parts import (comments, cookie, dates, excl, fix, footer, hero, html_open, inserts, newsletter, rail, related, share,
                   source_line, tags)
from words import words


def _byline(p, cls):
    return '<div class="%s">%s</div>' % (cls, p["byline_html"]) if p.get("byline_html") else ""


def regional(p):
    """A regional daily (English, Dutch, Swedish, Czech, Hungarian, Romanian, Polish, German): masthead and menu,
    breaking bar, kicker, headline, standfirst, byline (person, agency or desk), dates with update and editor line,
    hero with photo credit, share bar, div.article-body, source line, topics; rail; related, comments, newsletter."""
    w = words(p)
    body = inserts(p, p["body"])
    html = (html_open(p, "%s | %s", "article-page") + cookie(p) +
            '<header class="masthead"><div class="masthead__top"><a href="/subscribe">%s</a> <a href="/login">%s</a></div>\n'
            '<a class="masthead__logo" href="/">%s</a>\n<nav class="primary-nav">%s</nav></header>\n'
            % (w["subscribe"], w["login"], p["site"], nav(p["nav"], "primary-nav__list")) +
            ('<div class="breaking-bar"><a href="/live/">%s</a></div>\n' % p["breaking"] if p.get("breaking") else "") +
            '<main id="main"><div class="layout">\n<article class="article" data-id="%s">\n<header class="article__header">\n' % hexid(p["url"], 8) +
            ('<p class="article__kicker"><a href="/%s/">%s</a></p>\n' % (slug(plain(p["kicker"])), p["kicker"]) if p.get("kicker") else "") +
            '<h1 class="article__headline">%s</h1>\n' % p["h1"] +
            ('<p class="article__standfirst">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="article__meta">%s <div class="article__dates">%s</div></div>\n</header>\n' % (_byline(p, "byline"), dates(p)) +
            hero(p, "article__media") + share(p, "share-bar share-bar--top") +
            '<div class="article-body">\n%s\n</div>\n' % body + source_line(p) + tags(p, "article__topics") +
            share(p, "share-bar share-bar--bottom") +
            '</article>\n<aside class="rail">\n%s</aside>\n</div>\n' % rail(p) + related(p) + comments(p) + '</main>\n' +
            newsletter(p) + footer(p) + '</body>\n</html>\n')
    return fix(html), ["div.article-body"]


def portal(p):
    """A news portal with schema.org microdata (Spanish, Portuguese, Italian, Turkish, Russian, Arabic, Indonesian,
    Hindi, French, German): search header, menu, breadcrumb, section label, headline, lead, author block, dates,
    hero, div.detail-text (itemprop articleBody), source line, tags, share; related, comments, sidebar."""
    w = words(p)
    body = inserts(p, p["body"])
    crumbs = "".join('<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/%s/"><span itemprop="name">%s</span></a></li>'
                     % (slug(c), c) for c in [w["home"]] + p.get("crumbs", []))
    html = (html_open(p, "%s - %s", "detail-page") + cookie(p, "cookie-notice") +
            '<div class="header"><div class="header__inner"><a class="header__logo" href="/">%s</a><form class="header__search"><input type="search" placeholder="%s"></form>'
            '<a class="header__login" href="/login">%s</a></div><div class="header__nav">%s</div></div>\n' % (p["site"], w["search"], w["login"], nav(p["nav"], "nav__list")) +
            '<div class="container"><ol class="breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList">%s</ol>\n' % crumbs +
            '<div class="row"><div class="column-8">\n<div class="detail" itemscope itemtype="https://schema.org/%s">\n' % p.get("itemtype", "NewsArticle") +
            ('<div class="detail__section">%s</div>\n' % p["kicker"] if p.get("kicker") else "") +
            '<h1 class="detail__title" itemprop="headline">%s</h1>\n' % p["h1"] +
            ('<div class="detail__lead" itemprop="description">%s</div>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="detail__author">%s<div class="detail__date">%s</div></div>\n' % (_byline(p, "detail__byline"), dates(p, "detail-date")) +
            ('<div class="detail__media">%s<div class="detail__media-caption">%s</div></div>\n' % (img(p, p["url"], 1000, 560), p["caption"]) if p.get("caption") else "") +
            '<div class="detail-text" itemprop="articleBody">\n%s\n</div>\n' % body + source_line(p, "detail__source") +
            tags(p, "detail__tags") + share(p, "detail__share") + '</div>\n' + related(p, "list-related") +
            comments(p, "komentar") + '</div>\n<div class="column-4 sidebar">\n%s</div></div></div>\n' % rail(p, "sidebar-box") +
            newsletter(p, "nl-subscribe") + footer(p, "footer") + '</body>\n</html>\n')
    return fix(html), ["div.detail-text"]


def asia(p):
    """A Japanese news site (div.article-body), a Korean one in the ndsoft style (article#article-view-content-div,
    입력/수정 lines, copyright line after the text) or a Chinese portal (div#detail, 来源/责任编辑 lines)."""
    w = words(p)
    body = inserts(p, p["body"])
    lang = p["lang"]
    if lang == "ko":
        art = ('<div class="article-head-title"><p class="section-name">%s</p><h1 class="heading">%s</h1>%s</div>\n'
               '<ul class="infomation"><li><i class="icon-user"></i> %s</li><li><i class="icon-clock"></i> %s</li></ul>\n'
               '<article id="article-view-content-div" class="article-veiw-body view-page font-size17" itemprop="articleBody">\n%s\n</article>\n'
               % (p.get("kicker", ""), p["h1"], '<h2 class="subheading">%s</h2>' % p["deck"] if p.get("deck") else "", p.get("byline_html", ""), dates(p, "info"), body))
        sel = "article#article-view-content-div"
    elif lang == "zh":
        art = ('<div class="detail-head"><h1 class="detail-title">%s</h1><div class="detail-info"><span class="info-time">%s</span> '
               '<span class="info-source">%s</span></div></div>\n<div id="detail" class="detail-content">\n%s\n</div>\n'
               % (p["h1"], dates(p, "info"), p.get("byline_html", ""), body))
        sel = "div#detail"
    else:
        art = ('<div class="article-header"><p class="article-genre"><a href="/%s/">%s</a></p><h1 class="article-title">%s</h1>%s'
               '<div class="article-info">%s <span class="article-author">%s</span></div></div>\n'
               '<div class="article-body">\n%s\n</div>\n' % (slug(p.get("kicker", "")), p.get("kicker", ""), p["h1"],
                                                         '<p class="article-lead">%s</p>' % p["deck"] if p.get("deck") else "",
                                                         dates(p, "info"), p.get("byline_html", ""), body))
        sel = "div.article-body"
    html = (html_open(p, "%s｜%s" if lang != "ko" else "%s - %s", "article") + cookie(p, "cookie-area") +
            '<div id="wrap"><header id="header"><div class="logo"><a href="/">%s</a></div><div class="util"><a href="/login">%s</a> <a href="/subscribe">%s</a></div>'
            '<nav class="gnb">%s</nav></header>\n' % (p["site"], w["login"], w["subscribe"], nav(p["nav"], "gnb-list")) +
            '<div id="container"><section class="article-main">\n' + hero(p, "article-photo") + art + source_line(p, "view-copyright") +
            share(p, "article-share") + tags(p, "article-keywords") + related(p, "article-related", "h3") + comments(p, "article-comments") +
            '</section>\n<aside class="side">\n%s</aside></div>\n' % rail(p, "side-box") + newsletter(p, "mail-magazine") + footer(p, "footer") +
            '</div>\n</body>\n</html>\n')
    return fix(html), [sel]


def column(p):
    """A syndicated column page on a newspaper's opinion section: label strip ("Opinion", "Tribune", "Columna"),
    columnist block with photo and printed byline, headline, deck, dates, div.column-body; the syndication note
    printed after the text (p["after"]), more columns, related, comments, newsletter, rail."""
    w = words(p)
    body = inserts(p, p["body"])
    a = (p.get("authors") or [p["site"]])[0]
    html = (html_open(p, "%s | %s", "opinion-page") + cookie(p) +
            '<header class="site-head"><a class="site-head__logo" href="/">%s</a> <a href="/subscribe">%s</a> <a href="/login">%s</a>\n<nav class="site-nav">%s</nav></header>\n'
            % (p["site"], w["subscribe"], w["login"], nav(p["nav"], "site-nav__list")) +
            '<main class="opinion"><div class="opinion__grid">\n<article class="op-article">\n<div class="op-article__label">%s</div>\n' % p.get("kicker", "") +
            '<div class="columnist"><img class="columnist__photo" src="https://%s/columnists/%s.jpg" alt="%s" width="80" height="80">%s</div>\n'
            % (p["domain"], slug(a), attr(a), _byline(p, "columnist__name")) +
            '<h1 class="op-article__title">%s</h1>\n' % p["h1"] +
            ('<p class="op-article__deck">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="op-article__dates">%s</div>\n' % dates(p, "op-date") + share(p, "op-share") + hero(p, "op-article__media") +
            '<div class="column-body">\n%s\n</div>\n' % body +
            ('<div class="syndication-note">%s</div>\n' % p["after"] if p.get("after") else "") + source_line(p) +
            tags(p, "op-tags") + '</article>\n<aside class="op-rail">\n%s</aside>\n</div>\n' % rail(p, "op-box") +
            related(p, "more-opinion") + comments(p) + '</main>\n' + newsletter(p) + footer(p) + '</body>\n</html>\n')
    return fix(html), ["div.column-body"]


def features(p):
    """A lifestyle/features page (WordPress-like) carrying a syndicated recipe or travel piece: category pill,
    entry-meta with byline and the service's name, div.entry-content (a recipe card's ingredients and steps are
    text; its print button and times row are not), the service line after it, widgets, comments."""
    w = words(p)
    body = inserts(p, p["body"])
    if "[[CARDTOP]]" in body:
        excl(p, "div.recipe-card__top")
        body = body.replace("[[CARDTOP]]", '<div class="recipe-card__top"><button class="print">%s</button> <span class="times">%s</span></div>' % (
            p.get("print", "Print"), p.get("times", "")))
    html = (html_open(p, "%s - %s", "single single-post") + cookie(p, "cookie-bar") +
            '<header id="masthead" class="site-header"><a class="custom-logo-link" href="/">%s</a><nav class="main-navigation">%s</nav></header>\n'
            % (p["site"], nav(p["nav"], "menu")) +
            '<div id="content" class="site-content"><main id="primary" class="site-main">\n<article class="post type-post hentry">\n'
            '<header class="entry-header"><span class="cat-links"><a href="/%s/">%s</a></span><h1 class="entry-title">%s</h1>%s'
            '<div class="entry-meta">%s %s</div></header>\n' % (slug(p.get("kicker", "")), p.get("kicker", ""), p["h1"],
                                                           '<p class="entry-summary">%s</p>' % p["deck"] if p.get("deck") else "", _byline(p, "byline author vcard"), dates(p, "posted-on")) +
            hero(p, "post-thumbnail") + '<div class="entry-content">\n%s\n</div>\n' % body + source_line(p, "service-line") +
            '<footer class="entry-footer">%s%s</footer>\n</article>\n' % (tags(p, "tags-links"), share(p, "sharedaddy")) +
            related(p, "jp-relatedposts") + comments(p, "comments-area") + '</main>\n<aside id="secondary" class="widget-area">\n%s</aside></div>\n'
            % rail(p, "widget") + newsletter(p, "mc4wp-form") + footer(p) + '</body>\n</html>\n')
    return fix(html), ["div.entry-content"]
