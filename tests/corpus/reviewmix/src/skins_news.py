"""Page skeletons of news sites, where reviews, columns and reports share one template: an Anglo daily (`daily`), a
continental newspaper with a culture section (`feuilleton`), a news portal with microdata and breadcrumbs (`portal`)
and a Japanese / Korean news site (`asia`). Each returns (html, body selectors); the furniture a page puts inside
the body ([[…]] inserts) is listed in p["exclude"] by parts.inserts."""
from kit import attr, hexid, img, nav, plain, slug
from parts import (byline, comments, cookie, excl, fix, footer, html_open, inserts, newsletter, rail, rating_box, related, share,
                   tags)
from words import words


def _hero(p, cls):
    if not p.get("caption"):
        return ""
    return '<figure class="%s">%s<figcaption>%s</figcaption></figure>\n' % (cls, img(p, p["url"], 1200, 675), p["caption"])


def _bio(p, cls):
    if not p.get("bio"):
        return ""
    w = words(p)
    a = (p.get("authors") or [p["site"]])[0]
    return ('<aside class="%s"><img class="%s__photo" src="https://%s/people/%s.jpg" alt="%s" width="72" height="72">'
            '<p class="%s__bio">%s</p><a class="%s__more" href="/profile/%s/">%s %s</a></aside>\n'
            % (cls, cls, p["domain"], slug(a), attr(a), cls, p["bio"], cls, slug(a), w["more_from"], a))


# ------------------------------------------------------------------------------------------ Anglo daily
def daily(p):
    """An English-language daily: masthead with an Opinion item in the menu, <article> with kicker, headline,
    standfirst, byline with the writer's role, a star rating in the header on reviews, hero photo, share bar,
    div.article-body, author bio, topics; a rail of most-read and opinion teasers; related, comments, newsletter."""
    w = words(p)
    body = inserts(p, p["body"])
    kick = '<p class="article__kicker"><a href="/%s/">%s</a></p>\n' % (slug(plain(p["kicker"])), p["kicker"]) if p.get("kicker") else ""
    deck = '<p class="article__standfirst">%s</p>\n' % p["deck"] if p.get("deck") else ""
    hr = '<div class="article__rating">%s</div>\n' % rating_box(p, "star-rating") if p.get("head_rating") else ""
    html = (html_open(p, "%s | %s", "article-page section-%s" % slug(p.get("kicker", "news"))) + cookie(p) +
            '<header class="masthead"><div class="masthead__top"><span class="masthead__date">%s</span> <a class="masthead__sub" href="/subscribe">%s</a> '
            '<a href="/login">%s</a></div>\n<a class="masthead__logo" href="/">%s</a>\n<nav class="primary-nav" aria-label="Sections">%s</nav></header>\n'
            % (p.get("strip", ""), w["subscribe"], w["login"], p["site"], nav(p["nav"], "primary-nav__list")) +
            '<main id="main"><div class="layout">\n<article class="article" data-id="%s">\n<header class="article__header">\n' % hexid(p["url"], 8) + kick +
            '<h1 class="article__headline">%s</h1>\n' % p["h1"] + deck +
            '<div class="article__byline"><span class="byline">%s</span> <time class="article__date" datetime="%s">%s</time></div>\n'
            % (byline(p), p["pub"], p["date"]) + hr + '</header>\n' +
            _hero(p, "article__media") + share(p, "share-bar share-bar--top") +
            '<div class="article-body">\n%s\n</div>\n' % body + _bio(p, "author-bio") + tags(p, "article__topics", "topics") +
            '</article>\n<aside class="rail">\n%s</aside>\n</div>\n' % rail(p) + related(p) + comments(p) + '</main>\n' +
            newsletter(p) + footer(p) + '</body>\n</html>\n')
    return fix(html), ["div.article-body"]


# ------------------------------------------------------------------------------------------ continental newspaper
def feuilleton(p):
    """A continental newspaper: breadcrumb (Startseite › Kultur › Kritik), kicker, headline, lead, author line with
    role and date, optional rating in the header, div.artikel__text, signature, author box, themes; a sidebar with
    most-read and opinion teasers; more articles, comments, newsletter."""
    w = words(p)
    body = inserts(p, p["body"])
    crumbs = " › ".join('<a href="/%s/">%s</a>' % (slug(c), c) for c in [w["home"]] + p.get("crumbs", []))
    hr = '<div class="artikel__wertung">%s</div>\n' % rating_box(p, "wertung") if p.get("head_rating") else ""
    html = (html_open(p, "%s – %s", "page-artikel") + cookie(p, "consent-layer") +
            '<header class="kopf"><div class="kopf__leiste"><a class="kopf__logo" href="/">%s</a> <a class="kopf__abo" href="/abo">%s</a> '
            '<a class="kopf__login" href="/login">%s</a></div>\n<nav class="ressorts">%s</nav></header>\n' % (p["site"], w["subscribe"], w["login"], nav(p["nav"], "ressorts__liste")) +
            '<div class="brotkrumen">%s</div>\n<main class="inhalt"><div class="raster">\n<article class="artikel">\n<header class="artikel__kopf">\n' % crumbs +
            ('<span class="artikel__dachzeile">%s</span>\n' % p["kicker"] if p.get("kicker") else "") +
            '<h1 class="artikel__titel">%s</h1>\n' % p["h1"] +
            ('<p class="artikel__vorspann">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="artikel__meta"><span class="artikel__autor">%s</span> <time class="artikel__datum" datetime="%s">%s</time></div>\n%s</header>\n'
            % (byline(p), p["pub"], p["date"], hr) + _hero(p, "artikel__bild") +
            '<div class="artikel__text">\n%s\n</div>\n' % body +
            ('<p class="artikel__kuerzel">%s</p>\n' % p["signature"] if p.get("signature") else "") +
            _bio(p, "autorenbox") + tags(p, "artikel__themen", "thema") + share(p, "artikel__teilen") + '</article>\n' +
            '<aside class="seitenleiste">\n%s</aside>\n</div>\n' % rail(p, "teaser-box") + related(p, "weitere-artikel") +
            comments(p, "leserkommentare") + '</main>\n' + newsletter(p, "newsletter-teaser") + footer(p, "fuss") + '</body>\n</html>\n')
    return fix(html), ["div.artikel__text"]


# ------------------------------------------------------------------------------------------ news portal with microdata
def portal(p):
    """A news portal (Spanish, Portuguese, Turkish, Indonesian, Arabic, Hindi, Russian): header with search, menu,
    breadcrumb with schema.org microdata, section label, headline, lead, author with photo and role, date, hero,
    div.detail-text (itemprop articleBody), tags, share; related list, comments, a sidebar."""
    w = words(p)
    body = inserts(p, p["body"])
    crumbs = "".join('<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/%s/"><span itemprop="name">%s</span></a></li>'
                     % (slug(c), c) for c in [w["home"]] + p.get("crumbs", []))
    photo = ('<img class="detail__author-photo" src="https://%s/autores/%s.png" alt="" width="48" height="48">' % (p["domain"], slug(p["url"]))) if p.get("photo") else ""
    hr = '<div class="detail__rating">%s</div>\n' % rating_box(p, "nota-critica") if p.get("head_rating") else ""
    html = (html_open(p, "%s - %s", "detail-page") + cookie(p, "cookie-notice") +
            '<div class="header"><div class="header__inner"><a class="header__logo" href="/">%s</a><form class="header__search"><input type="search" placeholder="%s"></form>'
            '<a class="header__login" href="/login">%s</a></div><div class="header__nav">%s</div></div>\n' % (p["site"], w["search"], w["login"], nav(p["nav"], "nav__list")) +
            '<div class="container"><ol class="breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList">%s</ol>\n' % crumbs +
            '<div class="row"><div class="column-8">\n<div class="detail" itemscope itemtype="https://schema.org/%s">\n' % p.get("itemtype", "NewsArticle") +
            ('<div class="detail__section">%s</div>\n' % p["kicker"] if p.get("kicker") else "") +
            '<h1 class="detail__title" itemprop="headline">%s</h1>\n' % p["h1"] +
            ('<div class="detail__lead" itemprop="description">%s</div>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="detail__author">%s<div class="detail__author-text"><span itemprop="author">%s</span><div class="detail__date">%s</div></div></div>\n'
            % (photo, byline(p), p["date"]) + hr +
            ('<div class="detail__media">%s<div class="detail__media-caption">%s</div></div>\n' % (img(p, p["url"], 1000, 560), p["caption"]) if p.get("caption") else "") +
            '<div class="detail-text" itemprop="articleBody">\n%s\n</div>\n' % body + _bio(p, "detail__authorbox") +
            tags(p, "detail__tags", "tag") + share(p, "detail__share") + '</div>\n' + related(p, "list-related") +
            comments(p, "komentar") + '</div>\n<div class="column-4 sidebar">\n%s</div></div></div>\n' % rail(p, "sidebar-box") +
            newsletter(p, "nl-subscribe") + footer(p, "footer") + '</body>\n</html>\n')
    return fix(html), ["div.detail-text"]


# ------------------------------------------------------------------------------------------ Japanese / Korean news site
def asia(p):
    """A Japanese news site (div.article-body, dates as 2026年3月4日) or a Korean one in the ndsoft style
    (div#article-view-content-div, 입력/수정 lines, reporter e-mail below the text); a ranking box and an opinion
    teaser box."""
    w = words(p)
    body = inserts(p, p["body"])
    ko = p["lang"] == "ko"
    hr = '<div class="review-score">%s</div>\n' % rating_box(p, "score-box") if p.get("head_rating") else ""
    if ko:
        art = ('<div class="article-head-title"><p class="section-name">%s</p><h1 class="heading">%s</h1>%s</div>\n'
               '<ul class="infomation"><li><i class="icon-user"></i> %s</li><li><i class="icon-clock"></i> %s</li></ul>\n%s'
               '<article id="article-view-content-div" class="article-veiw-body view-page font-size17" itemprop="articleBody">\n%s\n</article>\n'
               '<div class="view-copyright">%s</div>\n' % (p.get("kicker", ""), p["h1"], '<h2 class="subheading">%s</h2>' % p["deck"] if p.get("deck") else "",
                                                         byline(p), p["date"], hr, body, p.get("copyline", "")))
        sel = "article#article-view-content-div"
    else:
        art = ('<div class="article-header"><p class="article-genre"><a href="/%s/">%s</a></p><h1 class="article-title">%s</h1>%s'
               '<div class="article-info"><time datetime="%s">%s</time> <span class="article-author">%s</span></div></div>\n%s'
               '<div class="article-body">\n%s\n</div>\n' % (slug(p.get("kicker", "")), p.get("kicker", ""), p["h1"],
                                                         '<p class="article-lead">%s</p>' % p["deck"] if p.get("deck") else "",
                                                         p["pub"], p["date"], byline(p), hr, body))
        sel = "div.article-body"
    html = (html_open(p, "%s｜%s" if not ko else "%s - %s", "article") + cookie(p, "cookie-area") +
            '<div id="wrap"><header id="header"><div class="logo"><a href="/">%s</a></div><div class="util"><a href="/login">%s</a> <a href="/subscribe">%s</a></div>'
            '<nav class="gnb">%s</nav></header>\n' % (p["site"], w["login"], w["subscribe"], nav(p["nav"], "gnb-list")) +
            '<div id="container"><section class="article-main">\n' + _hero(p, "article-photo") + art + share(p, "article-share") +
            tags(p, "article-keywords", "keyword") + related(p, "article-related", "h3") + comments(p, "article-comments") +
            '</section>\n<aside class="side">\n%s</aside></div>\n' % rail(p, "side-box") + newsletter(p, "mail-magazine") + footer(p, "footer") +
            '</div>\n</body>\n</html>\n')
    return fix(html), [sel]
