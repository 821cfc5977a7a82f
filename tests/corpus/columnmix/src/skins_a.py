"""Page skeletons, part A: an Anglo-style broadsheet with <article>, Latin-American/Spanish div soup, a news portal
with microdata, a WordPress news theme (Newspaper-style td-* classes) and a continental European newspaper."""
import re

from kit import attr, hexid, href, img, nav, plain, slug
from parts import (author_box, byline, comments, cookie, footer, hero, html_open, newsletter, photo, share, side_boxes,
                   tags, teasers)
from words import words


# ------------------------------------------------------------------------------------------ broadsheet (<article>)
def broadsheet(p):
    w = words(p)
    kick = '<p class="story__kicker"><a href="/%s/">%s</a></p>\n' % (slug(plain(p["kicker"])), p["kicker"]) if p.get("kicker") else ""
    deck = '<p class="story__standfirst">%s</p>\n' % p["deck"] if p.get("deck") else ""
    html = (html_open(p, p.get("title_fmt", "%s | %s"), "article-page") + cookie(p) +
            ('<a class="skip" href="#main">Skip to content</a>\n' if p["lang"] == "en" else "") +
            '<header class="masthead"><div class="masthead__top"><span class="masthead__date">%s</span><a class="masthead__sub" href="/subscribe">%s</a>'
            '<a href="/login">%s</a></div>\n<a class="masthead__logo" href="/">%s</a>\n<nav class="primary-nav" aria-label="Sections">%s</nav></header>\n'
            % (p.get("strip", ""), w["subscribe"], w["login"], p["site"], nav(p["nav"], "primary-nav__list")) +
            '<main id="main"><div class="layout">\n<article class="story" data-id="%s">\n<header class="story__header">\n' % hexid(p["url"], 8) + kick +
            '<h1 class="story__headline">%s</h1>\n' % p["h1"] + deck +
            '<div class="story__byline">%s<span class="byline">%s</span> <time class="story__date" datetime="%s">%s</time>%s</div>\n</header>\n'
            % (photo(p), byline(p), p["pub"], p["date"], ' <span class="story__updated">%s</span>' % p["date_mod"] if p.get("date_mod") else "") +
            hero(p, "story__media") + share(p, "share-bar share-bar--top") +
            '<div class="story__body">\n%s\n</div>\n' % p["body"] + author_box(p, "author-box") + tags(p, "story__tags", "topics") +
            '</article>\n<aside class="rail">\n%s</aside>\n</div>\n' % side_boxes(p) +
            ('<section class="related"><h2>%s</h2><ul>%s</ul></section>\n' % (p.get("related_h", w["related"]), teasers(p, p["related"])) if p.get("related") else "") +
            comments(p) + '</main>\n' + newsletter(p) + footer(p) + '</body>\n</html>\n')
    return html, ["div.story__body"]


# ------------------------------------------------------------------------------------------ div soup (Spanish-language dailies)
def soup(p):
    w = words(p)
    vol = '<div class="volanta">%s</div>\n' % p["kicker"] if p.get("kicker") else ""
    baj = '<div class="bajada"><h2>%s</h2></div>\n' % p["deck"] if p.get("deck") else ""
    cap = ('<div class="foto-nota">%s<div class="epigrafe">%s</div></div>\n' % (img(p, p["url"], 900, 600), p["caption"])) if p.get("caption") else ""
    html = (html_open(p, p.get("title_fmt", "%s - %s"), "nota-interior") + cookie(p, "aviso-cookies") +
            '<div id="contenedor">\n<div class="barra-superior"><span class="fecha-hoy">%s</span><a class="btn-suscripcion" href="/suscripcion">%s</a></div>\n'
            '<div class="cabecera"><div class="logo"><a href="/"><img src="https://%s/img/logo.svg" alt="%s"></a></div>\n'
            '<div id="menu-principal" class="menu">%s</div></div>\n' % (p.get("strip", ""), w["subscribe"], p["domain"], attr(p["site"]), nav(p["nav"], "menu-lista")) +
            '<div class="fila"><div class="col-izq">\n<div class="nota" id="nota-%s">\n' % slug(p["url"]) + vol +
            '<div class="titulo-nota"><h1>%s</h1></div>\n' % p["h1"] + baj +
            '<div class="datos-nota"><div class="autor-nota">%s<span class="firma">%s</span></div><div class="fecha-nota">%s</div></div>\n'
            % (photo(p, "foto-columnista"), byline(p), p["date"]) + cap + share(p, "compartir compartir-arriba") +
            '<div class="cuerpo-nota" id="cuerpo">\n%s\n</div>\n' % p["body"] + author_box(p, "firma-bio") + tags(p, "etiquetas", "tema") +
            '</div>\n' +
            ('<div class="notas-relacionadas"><div class="titulo-seccion">%s</div><ul>%s</ul></div>\n' % (p.get("related_h", w["related"]), teasers(p, p["related"])) if p.get("related") else "") +
            comments(p, "comentarios") + '</div>\n<div class="col-der">\n%s</div></div>\n' % side_boxes(p, "modulo") + newsletter(p, "caja-newsletter") +
            footer(p, "pie") + '</div>\n</body>\n</html>\n')
    return html, ["div.cuerpo-nota"]


# ------------------------------------------------------------------------------------------ news portal with microdata
def portal(p):
    w = words(p)
    crumbs = "".join('<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/%s/"><span itemprop="name">%s</span></a></li>'
                     % (slug(c), c) for c in [w["home"]] + p.get("crumbs", []))
    kick = '<div class="detail__kicker">%s</div>\n' % p["kicker"] if p.get("kicker") else ""
    deck = '<div class="detail__lead" itemprop="description">%s</div>\n' % p["deck"] if p.get("deck") else ""
    html = (html_open(p, p.get("title_fmt", "%s - %s"), "detail-page") + cookie(p, "cookie-notice") +
            '<div class="header"><div class="header__inner"><a class="header__logo" href="/">%s</a><form class="header__search"><input type="search" placeholder="%s"></form>'
            '<a class="header__login" href="/login">%s</a></div><div class="header__nav">%s</div></div>\n' % (p["site"], w["search"], w["login"], nav(p["nav"], "nav__list")) +
            '<div class="container"><ol class="breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList">%s</ol>\n' % crumbs +
            '<div class="row"><div class="column-8">\n<div class="detail" itemscope itemtype="https://schema.org/%s">\n' % p.get("itemtype", "NewsArticle") + kick +
            '<h1 class="detail__title" itemprop="headline">%s</h1>\n' % p["h1"] + deck +
            '<div class="detail__author">%s<div class="detail__author-text"><span itemprop="author">%s</span><div class="detail__date">%s</div></div></div>\n'
            % (photo(p, "detail__author-photo"), byline(p), p["date"]) +
            ('<div class="detail__media">%s<div class="detail__media-caption">%s</div></div>\n' % (img(p, p["url"], 1000, 560), p["caption"]) if p.get("caption") else "") +
            '<div class="detail__body-text" itemprop="articleBody">\n%s\n</div>\n' % p["body"] + author_box(p, "detail__authorbox") +
            tags(p, "detail__tags", "tag") + share(p, "detail__share") + '</div>\n' +
            ('<div class="list-related"><h2 class="list-related__title">%s</h2><ul>%s</ul></div>\n' % (p.get("related_h", w["related"]), teasers(p, p["related"])) if p.get("related") else "") +
            comments(p, "komentar") + '</div>\n<div class="column-4 sidebar">\n%s</div></div></div>\n' % side_boxes(p, "sidebar-box") +
            newsletter(p, "nl-subscribe") + footer(p, "footer") + '</body>\n</html>\n')
    if not p.get("microdata", True):  # a page with no structured data at all
        html = re.sub(r' itemscope itemtype="[^"]*"| itemprop="[^"]*"', "", html)
    return html, ["div.detail__body-text"]


# ------------------------------------------------------------------------------------------ WordPress news theme (td-* classes)
def wpnews(p):
    w = words(p)
    cat = '<ul class="td-category"><li class="entry-category"><a href="/category/%s/">%s</a></li></ul>\n' % (slug(plain(p["kicker"])), p["kicker"]) if p.get("kicker") else ""
    html = (html_open(p, p.get("title_fmt", "%s - %s"), "post-template-default single single-post td-standard-pack") + cookie(p, "cmplz-cookiebanner") +
            '<div class="td-scroll-up"></div>\n<div id="td-outer-wrap" class="td-theme-wrap">\n'
            '<div class="td-header-wrap"><div class="td-header-top-menu"><span class="td_data_time">%s</span></div>\n'
            '<div class="td-header-logo"><a class="td-main-logo" href="/"><span class="td-logo-text">%s</span></a></div>\n'
            '<div class="td-header-menu-wrap"><nav id="td-header-menu">%s</nav></div></div>\n' % (p.get("strip", ""), p["site"], nav(p["nav"], "sf-menu", "menu-item")) +
            '<div class="td-main-content-wrap td-container-wrap"><div class="td-container"><div class="td-pb-row">\n<div class="td-pb-span8 td-main-content" role="main">\n'
            '<div class="td-ss-main-content"><article id="post-%d" class="post type-post status-publish format-standard hentry">\n' % (int(hexid(p["url"], 6), 16) % 90000 + 10000) +
            '<div class="td-post-header">' + cat + '<header class="td-post-title"><h1 class="entry-title">%s</h1>\n' % p["h1"] +
            ('<p class="td-post-sub-title">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="td-module-meta-info"><div class="td-post-author-name">%s<div class="td-author-by">%s</div></div>'
            '<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="%s">%s</time></span></div></header></div>\n'
            % (photo(p, "td-author-photo"), byline(p), p.get("meta_time", p["pub"]), p["date"]) + share(p, "td-post-sharing td-post-sharing-top") +
            ('<div class="td-post-featured-image"><figure>%s<figcaption class="wp-caption-text">%s</figcaption></figure></div>\n' % (img(p, p["url"], 696, 392), p["caption"]) if p.get("caption") else "") +
            '<div class="td-post-content tagdiv-type">\n%s\n</div>\n' % p["body"] +
            '<footer>%s%s</footer>\n</article>\n' % (tags(p, "td-post-source-tags", "tag"), author_box(p, "td-author-name-wrap")) +
            ('<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title">%s</h4><ul>%s</ul></div>\n' % (p.get("related_h", w["related"]), teasers(p, p["related"])) if p.get("related") else "") +
            comments(p, "comments-area") + '</div></div>\n<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">\n%s</div></div>\n' % side_boxes(p, "td_block_wrap") +
            '</div></div></div>\n' + newsletter(p, "td-newsletter") + footer(p, "td-footer-wrapper") + '</div>\n</body>\n</html>\n')
    return html, ["div.td-post-content"]


# ------------------------------------------------------------------------------------------ continental newspaper
def zeitung(p):
    w = words(p)
    crumbs = " › ".join('<a href="/%s/">%s</a>' % (slug(c), c) for c in [w["home"]] + p.get("crumbs", []))
    html = (html_open(p, p.get("title_fmt", "%s | %s"), "page-article") + cookie(p, "consent-layer") +
            '<header class="site-header"><div class="site-header__bar"><a class="site-header__logo" href="/">%s</a><a class="site-header__abo" href="/abo">%s</a>'
            '<a class="site-header__login" href="/login">%s</a></div>\n<nav class="site-nav">%s</nav></header>\n' % (p["site"], w["subscribe"], w["login"], nav(p["nav"], "site-nav__list")) +
            '<div class="breadcrumb">%s</div>\n<main class="main"><div class="article-grid">\n<article class="article">\n<header class="article-header">\n' % crumbs +
            ('<span class="article-header__kicker">%s</span>\n' % p["kicker"] if p.get("kicker") else "") +
            '<h1 class="article-header__title">%s</h1>\n' % p["h1"] +
            ('<p class="article-header__intro">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="article-meta">%s<span class="article-meta__author">%s</span><span class="article-meta__date">%s</span></div>\n</header>\n'
            % (photo(p, "article-meta__photo"), byline(p), p["date"]) + hero(p, "article-figure") +
            '<div class="article-text">\n%s\n</div>\n' % p["body"] +
            ('<p class="article-signature">%s</p>\n' % p["signature"] if p.get("signature") else "") +
            author_box(p, "author-info") + tags(p, "article-tags", "thema") + share(p, "article-share") + '</article>\n' +
            '<aside class="sidebar">\n%s</aside>\n</div>\n' % side_boxes(p, "teaser-box") +
            ('<section class="more-articles"><h2>%s</h2><ul>%s</ul></section>\n' % (p.get("related_h", w["related"]), teasers(p, p["related"])) if p.get("related") else "") +
            comments(p, "user-comments") + '</main>\n' + newsletter(p, "newsletter-teaser") + footer(p, "site-footer") + '</body>\n</html>\n')
    return html, ["div.article-text"] + (["p.article-signature"] if p.get("signature_in_body") else [])
