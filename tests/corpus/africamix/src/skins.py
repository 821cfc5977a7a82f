"""Page skeletons of africamix: a Nigerian WordPress news portal also used for the Hausa and Yoruba services
(`naija`), a classic portal of Ghana, Uganda, Zimbabwe, Jamaica and Fiji (`portal`), an East African daily in English,
Swahili and Somali (`nation`), a South African site in English, Afrikaans and Zulu (`southern`), a French-language
portal of West and Central Africa and Madagascar (`afrique`) and a WordPress "Newspaper"-theme site of the Maghreb,
Haiti and Ethiopia (`wpnews`). Each returns (html, body selectors); the furniture a page puts inside the text
([[…]] inserts) is listed in p["exclude"] by parts.render_body."""
import re

from kit import hexid, nav, plain, slug
from parts import (after_notes, author_box, comments, cookie, fix, footer, hero, html_open, newsletter, rail, related, render_body,
                   scores, share, sponsored, tags, teasers, ticker, widget)
from words import words


def _kicker(p, cls, tag="p"):
    if not p.get("kicker"):
        return ""
    return '<%s class="%s"><a href="/%s/">%s</a></%s>\n' % (tag, cls, p.get("kicker_path", _path(p["kicker"])), p["kicker"], tag)


def _path(t):
    s = re.sub(r"[^a-z0-9]+", "-", plain(t).lower()).strip("-")
    return s if len(s) > 2 else slug(t)


def _deck(p, tag, cls):
    return '<%s class="%s">%s</%s>\n' % (tag, cls, p["deck"], tag) if p.get("deck") else ""


def _crumbs(p, sep, home=True):
    w = words(p)
    items = ([w["home"]] if home else []) + p.get("crumbs", [])
    return sep.join('<a href="/%s">%s</a>' % ("" if i == 0 and home else _path(c) + "/", c) for i, c in enumerate(items))


def _dt(p):
    """The datetime attribute of a printed date's <time>; none on pages without date metadata."""
    return "" if p.get("meta") == "min" else ' datetime="%s"' % p.get("time_attr", p["pub"])


def _opt(p, key, fmt):
    return fmt % p[key] if p.get(key) else ""


# ------------------------------------------------------------------------------------------ Nigerian WordPress portal
def naija(p):
    """A Nigerian news portal on WordPress (Punch / Vanguard / Legit / Leadership Hausa style): GDPR banner, top bar with
    the day's date, E-Paper, Sign in; logo, main menu with Opinion › Columnists / Editorial, a sub-menu; BREAKING NEWS
    ticker; naira and fuel strip; category pill, headline, excerpt, post meta (author, date, "2 hours ago"); featured
    image; div.entry-content with "ALSO READ:" and "Join our WhatsApp channel" paragraphs inside (plain <p>s that start
    with the label); notes, author box, tags; an AdNet "Sponsored" block; You May Also Like; comments; Trending rail."""
    w = words(p)
    body = render_body(p, '<div class="entry-content entry clearfix">', "</div>", sub="h3", read="p", wa="p")
    html = (html_open(p, "%s - %s", "post-template-default single single-post postid-%d single-format-standard" % (int(hexid(p["url"], 8), 16) % 900000)) +
            cookie(p, "gdpr-consent-bar") +
            '<div class="top-bar"><span class="today-date">%s</span> <a href="/epaper/">E-Paper</a> <a href="/login/">%s</a> '
            '<a class="btn-sub" href="/subscribe/">%s</a></div>\n' % (p.get("today", ""), w["login"], w["subscribe"]) +
            '<header id="theme-header" class="theme-header"><div class="logo"><a href="/">%s</a></div>\n<nav id="main-nav">%s</nav>\n%s</header>\n'
            % (p["site"], nav(p["nav"], "menu"), '<nav class="sub-nav">%s</nav>' % nav(p["subnav"], "sub-menu") if p.get("subnav") else "") +
            ticker(p, "breaking-news-ticker") + widget(p, "naira-strip") + scores(p, "live-scores") +
            '<div id="main-content" class="container"><div class="main-content"><article id="the-post" class="post-content single-post">\n'
            '<header class="entry-header-outer">\n' + _kicker(p, "post-cat-wrap", "span") +
            '<h1 class="post-title entry-title">%s</h1>\n' % p["h1"] + _deck(p, "p", "entry-sub-title") +
            '<div class="post-meta"><span class="meta-author">%s</span>%s <span class="date meta-item">%s</span>%s <span class="meta-comment">%s %s</span></div>\n'
            % (p.get("byline_html", ""), _opt(p, "role", ' <span class="meta-role">%s</span>'), p["date"], _opt(p, "ago", ' <span class="meta-ago">%s</span>'),
               p.get("comment_count", len(p.get("comments", []))), w["comments"]) +
            '</header>\n' + hero(p, "featured-area") + share(p, "share-buttons share-buttons-top") + body + "\n" + after_notes(p, "post-after") +
            author_box(p, "about-author") + tags(p, "post-tags") + share(p, "share-buttons share-buttons-bottom") + '</article>\n' +
            sponsored(p, "ob-widget ob-feed") + related(p, "related-posts") + comments(p, "comments-area") +
            '</div>\n<aside class="sidebar">\n%s</aside>\n</div>\n' % rail(p, "widget") + newsletter(p, "newsletter-widget") + footer(p, "site-footer") +
            '</body>\n</html>\n')
    return fix(html), ["div.entry-content*"]


# ------------------------------------------------------------------------------------------ classic portal
def portal(p):
    """A classic news portal (GhanaWeb / Gleaner / Fiji Times / Monitor / NewsDay style): top links and the day's date,
    logo and search, a menu and a country sub-menu, a "Latest" strip, a scores or forex strip; crumbs such as
    "General News of Thursday, 5 March 2026", headline, byline line, date line; the text in div.article-content-area
    (split by ads; "Read also" boxes, WhatsApp prompts as paragraphs); source and disclaimer notes after it; share;
    comments; related; Trending and Opinions rails; footer."""
    w = words(p)
    body = render_body(p, '<div class="article-content-area">', "</div>", sub="h3", read=p.get("read_style", "aside"), wa="p")
    html = (html_open(p, "%s | %s", "article-page") + cookie(p, "cc-window") +
            '<div id="top"><div class="top-links">%s</div><div class="date-line">%s</div></div>\n'
            % (" | ".join('<a href="/%s/">%s</a>' % (slug(x), x) for x in p.get("top_links", [w["home"], w["login"], "Contact"])), p.get("today", "")) +
            '<div id="header"><a id="logo" href="/">%s</a><form class="header-search"><input type="text" placeholder="%s"></form></div>\n'
            % (p["site"], w["search"]) + '<div id="menu">%s</div>\n' % nav(p["nav"], "menu-list") +
            ('<div id="submenu">%s</div>\n' % nav(p["subnav"], "submenu-list") if p.get("subnav") else "") +
            ticker(p, "latest-strip") + widget(p, "rates-strip") + scores(p, "scores-strip") +
            '<div id="main"><div id="medsection1">\n<p class="crumbs">%s</p>\n' % (p.get("crumb_line") or _crumbs(p, " › ")) + _kicker(p, "section-label") +
            '<h1 class="article-title">%s</h1>\n' % p["h1"] + _deck(p, "p", "article-intro") +
            '<div class="article-info">%s<p class="article-date">%s</p></div>\n' % (
                '<p class="byline">%s</p>' % p["byline_html"] if p.get("byline_html") else "", p["date"]) +
            hero(p, "article-photo") + share(p, "article-share") + '<div class="article-left">\n' + body + "\n" + after_notes(p, "article-notes") +
            author_box(p, "author-profile") + '</div>\n' + tags(p, "article-tags") + sponsored(p, "ob-smartfeed") + comments(p, "comments-box") +
            related(p, "related-articles", "h3") + '</div>\n<div id="medsection2">\n%s</div></div>\n' % rail(p, "side-box") +
            newsletter(p, "newsletter-bar") + footer(p, "footer") + '</body>\n</html>\n')
    return fix(html), ["div.article-content-area*"]


# ------------------------------------------------------------------------------------------ East African daily
def nation(p):
    """An East African daily (Nation / Standard / Mwananchi / The Citizen / a Mogadishu site): cookie bar, masthead
    with the day's date, ePaper, Login, Subscribe and a language switch; menu; Breaking strip; forex, weather or
    scores strip; breadcrumbs, topic, headline, summary, byline with role, date and reading time; hero; share; the
    text in section.body-copy ("Read:" / "Soma pia:" boxes, ads, WhatsApp prompts inside; split by ads or a "Continue
    reading" fold); notes, author box, tags; related; comments; Most Read and Opinion rails; newsletter; footer."""
    w = words(p)
    body = render_body(p, '<section class="body-copy">', "</section>", sub="h3")
    html = (html_open(p, "%s - %s", "article-page theme-%s" % p.get("secpath", "news")) + cookie(p, "cookie-bar") +
            '<div class="masthead-top"><span class="masthead-date">%s</span> <a href="/epaper">ePaper</a> <a href="/login">%s</a> '
            '<a class="btn-subscribe" href="/subscribe">%s</a>%s</div>\n' % (p.get("today", ""), w["login"], w["subscribe"],
                                                                        _opt(p, "langs", ' <span class="lang-switch">%s</span>')) +
            '<header class="site-header"><a class="logo" href="/">%s</a>\n<nav class="nav-primary">%s</nav></header>\n' % (p["site"], nav(p["nav"], "nav-list")) +
            ticker(p, "breaking-strip") + widget(p, "market-strip") + scores(p, "scores-strip") +
            '<main class="page-main"><div class="grid"><article class="article">\n<header class="article-header">\n'
            '<nav class="breadcrumbs">%s</nav>\n' % _crumbs(p, " / ") + _opt(p, "badge", '<span class="badge">%s</span>\n') + _kicker(p, "article-topic") +
            '<h1 class="title-large">%s</h1>\n' % p["h1"] + _deck(p, "p", "article-summary") +
            '<div class="article-byline"><address class="byline">%s</address>%s</div><div class="article-dates"><time class="date"%s>%s</time>%s</div>\n'
            % (p.get("byline_html", ""), _opt(p, "role", ' <span class="byline-role">%s</span>'), _dt(p), p["date"],
               _opt(p, "reading", ' <span class="read-time">%s</span>')) +
            '</header>\n' + hero(p, "article-hero") + share(p, "article-share") + body + "\n" + after_notes(p, "article-after") + author_box(p, "author-bio") +
            tags(p, "article-tags") + share(p, "article-share article-share--bottom") + '</article>\n<aside class="rail">\n%s</aside>\n</div>\n' % rail(p, "rail-box") +
            sponsored(p, "ob-widget") + related(p, "article-related") + comments(p, "article-comments") + '</main>\n' + newsletter(p, "nl-signup") +
            footer(p, "site-footer") + '</body>\n</html>\n')
    return fix(html), ["section.body-copy*"]


# ------------------------------------------------------------------------------------------ South African site
def southern(p):
    """A South African news site (News24 / IOL / Netwerk24 / Isolezwe / a Harare site style): cookie banner, top nav
    with the edition, Sign in, Subscribe; header menu; ticker; load-shedding, rand and JSE strip; breadcrumb, kicker,
    headline, synopsis, author and role, date; hero; share; the text in div.article__body ("READ |" and "Lees ook:"
    boxes, ads, WhatsApp prompts inside; split by ads); notes, author box, tags; a Sponsored block; related; comments
    (subscribers only); rail; footer."""
    w = words(p)
    body = render_body(p, '<div class="article__body">', "</div>", sub="h2")
    html = (html_open(p, "%s | %s", "article-layout") + cookie(p, "consent-banner") +
            '<div class="top-nav"><span class="top-nav__date">%s</span> <span class="top-nav__edition">%s</span> <a href="/signin">%s</a> '
            '<a class="top-nav__sub" href="/subscribe">%s</a></div>\n' % (p.get("today", ""), p.get("edition", ""), w["login"], w["subscribe"]) +
            '<header class="header"><a class="header__logo" href="/">%s</a>\n<nav class="header__nav">%s</nav></header>\n' % (p["site"], nav(p["nav"], "header__menu")) +
            ticker(p, "ticker-bar") + widget(p, "data-strip") + scores(p, "score-strip") +
            '<div class="article-wrapper"><article class="article">\n<div class="article__breadcrumb">%s</div>\n' % _crumbs(p, " › ") + _kicker(p, "article__kicker") +
            '<h1 class="article__title">%s</h1>\n' % p["h1"] + _deck(p, "p", "article__synopsis") +
            '<div class="article__author">%s%s</div><p class="article__date">%s</p>\n' % (p.get("byline_html", ""), _opt(p, "role", ' <span class="article__role">%s</span>'), p["date"]) +
            hero(p, "article__image") + share(p, "article__share") + body + "\n" + after_notes(p, "article__notes") + author_box(p, "article__author-box") +
            tags(p, "article__tags") + '</article>\n<aside class="sidebar">\n%s</aside></div>\n' % rail(p, "sidebar-box") +
            sponsored(p, "ob-widget") + related(p, "article__related") + comments(p, "article__comments") + newsletter(p, "newsletter-signup") +
            footer(p, "footer") + '</body>\n</html>\n')
    return fix(html), ["div.article__body*"]


# ------------------------------------------------------------------------------------------ French-language West/Central African portal
def afrique(p):
    """A French-language portal of West and Central Africa or Madagascar (Seneweb / Abidjan.net / Cameroon Tribune /
    Actualite.cd / Midi Madagasikara style, Drupal-like): cookie banner, top bar with the day's date, Se connecter;
    logo, slogan and a banner ad; menu; Flash info strip; FCFA / BRVM or ariary strip; rubrique, headline, chapeau,
    author and "Publié le …", view count; hero; share; the text in div.field--name-body ("Lire aussi" boxes, ads,
    WhatsApp prompts inside; split by ads or a "Lire la suite" fold); notes, author box, tags; Contenus sponsorisés;
    Articles similaires; Réagir; Les plus lus rail; footer."""
    w = words(p)
    body = render_body(p, '<div class="field field--name-body field--type-text-with-summary">', "</div>", sub="h3")
    html = (html_open(p, "%s | %s", "page-node node-type-article") + cookie(p, "eu-cookie-compliance") +
            '<div id="top-header"><span class="date-jour">%s</span> <a href="/user/login">%s</a> <a href="/newsletter">Newsletter</a> '
            '<a href="https://facebook.example/%s">Facebook</a> <a href="https://x.example/%s">X</a></div>\n' % (p.get("today", ""), w["login"], slug(p["site"]), slug(p["site"])) +
            '<header id="header"><div class="logo"><a href="/">%s</a><span class="slogan">%s</span></div><div class="pub-banner"><span>%s</span></div></header>\n'
            % (p["site"], p.get("tagline", ""), w["ad"]) + '<nav id="main-menu">%s</nav>\n' % nav(p["nav"], "menu") +
            ticker(p, "flash-info") + widget(p, "bourse-strip") + scores(p, "scores-strip") +
            '<div id="content"><div class="region-content"><div class="node node-article node-full">\n<div class="breadcrumb">%s</div>\n' % _crumbs(p, " » ") +
            _kicker(p, "rubrique") + '<h1 class="page-title">%s</h1>\n' % p["h1"] + _deck(p, "div", "chapeau") +
            '<div class="submitted"><span class="auteur">%s</span>%s <span class="date-publication">%s</span>%s</div>\n'
            % (p.get("byline_html", ""), _opt(p, "role", ', <span class="fonction">%s</span>'), p["date"], _opt(p, "views", ' <span class="vues">%s</span>')) +
            hero(p, "image-principale") + share(p, "partage") + body + "\n" + after_notes(p, "apres-article") + author_box(p, "auteur-bio") +
            tags(p, "field--name-field-tags") + '</div>\n' + sponsored(p, "ob-widget") + related(p, "articles-similaires") + comments(p, "reagir") +
            '</div>\n<aside class="region-sidebar">\n%s</aside></div>\n' % rail(p, "block") + newsletter(p, "newsletter-block") + footer(p, "footer") +
            '</body>\n</html>\n')
    return fix(html), ["div.field--name-body*"]


# ------------------------------------------------------------------------------------------ WordPress "Newspaper" theme
def wpnews(p):
    """A WordPress site on a "Newspaper"-like theme (Moroccan, Tunisian, Haitian and Ethiopian sites): cookie notice, top
    menu with the day's date (and the Ethiopian date), login, language links; logo and menu; trending strip; a rate or
    price strip; crumbs; category pill, headline, sub-title, author, date, views; share; featured image; the text in
    div.td-post-content ("Lire aussi" / "ተጨማሪ ያንብቡ" boxes, ads, Telegram prompts inside; split by ads); notes, author
    box, tags; sponsored; related; comments; sidebar; footer."""
    w = words(p)
    body = render_body(p, '<div class="td-post-content tagdiv-type">', "</div>", sub="h3")
    html = (html_open(p, "%s - %s", "post-template-default single single-post td-standard-pack") + cookie(p, "cookie-notice") +
            '<div class="td-header-top-menu"><span class="td_data_time">%s</span>%s <a href="/wp-login.php">%s</a></div>\n'
            % (p.get("today", ""), _opt(p, "langs", ' <span class="td-langs">%s</span>'), w["login"]) +
            '<div class="td-header-menu-wrap"><a class="td-logo" href="/">%s</a>\n<div class="td-main-menu">%s</div></div>\n' % (p["site"], nav(p["nav"], "sf-menu")) +
            ticker(p, "td-trending-now-wrapper") + widget(p, "td-rates") + scores(p, "td-scores") +
            '<div class="td-main-content-wrap"><div class="td-container"><div class="td-crumb-container"><div class="entry-crumbs">%s</div></div>\n' % _crumbs(p, " › ") +
            '<div class="td-pb-row"><div class="td-pb-span8 td-main-content"><article class="post type-post status-publish">\n<div class="td-post-header">\n' +
            ('<ul class="td-category"><li class="entry-category"><a href="/category/%s/">%s</a></li></ul>\n' % (p.get("kicker_path", _path(p["kicker"])), p["kicker"]) if p.get("kicker") else "") +
            '<header class="td-post-title"><h1 class="entry-title">%s</h1>\n' % p["h1"] + _deck(p, "p", "td-post-sub-title") +
            '<div class="td-module-meta-info"><div class="td-post-author-name">%s</div> <span class="td-post-date"><time class="entry-date updated"%s>%s</time></span>%s</div>\n'
            % (p.get("byline_html", ""), _dt(p), p["date"], _opt(p, "views", ' <div class="td-post-views">%s</div>')) +
            '</header></div>\n' + share(p, "td-post-sharing td-post-sharing-top") + hero(p, "td-post-featured-image") + body + "\n" +
            after_notes(p, "td-post-after") + author_box(p, "td-author-by") + tags(p, "td-post-source-tags") + share(p, "td-post-sharing td-post-sharing-bottom") +
            '</article>\n' + sponsored(p, "ob-widget") + related(p, "td-related", "h4") + comments(p, "comments") +
            '</div>\n<div class="td-pb-span4 td-main-sidebar">\n%s</div></div></div></div>\n' % rail(p, "td_block_widget") + newsletter(p, "td-newsletter") +
            footer(p, "td-footer-wrapper") + '</body>\n</html>\n')
    return fix(html), ["div.td-post-content*"]
