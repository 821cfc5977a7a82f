"""Page skeletons of nordicmix: a Scandinavian or Icelandic daily (`nordic`), a Finnish news site (`suomi`), a Baltic
portal (`baltic`), a Dutch or Flemish news site (`lowlands`), a German-language daily of Austria or Switzerland
(`dach`), a live blog (`liveblog`) and a lifestyle or consumer magazine (`magasin`). Each returns (html, body
selectors); the furniture a page puts inside the text ([[…]] inserts) is listed in p["exclude"] by parts.render_body."""
from kit import attr, hexid, img, nav, plain, slug
from parts import (after_notes, audio, author_box, byline_block, comments, cookie, crumbs, dates, deck, excl, fix, footer,
                   hero, html_open, kicker, newsletter, paywall_box, rail, related, render_body, render_text, share, tags,
                   teasers, ticker, widget)
from words import words


def _subnav(p, cls):
    return '<nav class="%s">%s</nav>\n' % (cls, nav(p["subnav"], cls + "__list")) if p.get("subnav") else ""


# ------------------------------------------------------------------------------------------ Scandinavian daily
def nordic(p):
    """A Scandinavian or Icelandic daily (DN / Aftenposten / Politiken / Morgunblaðið style): consent dialog; top bar
    with the day's date, Logga in and Bli prenumerant; logo, menu and an opinion sub-menu; Senaste nytt ticker;
    vignette, headline, ingress, byline with role, Publicerad / Uppdaterad; hero with Foto credit; listen button; share;
    div.article-body (split by ads, a fold or a paywall wrapper); notes after the text, the paywall box, author box,
    tags; Mest läst and opinion rail; related, comments, newsletter, footer."""
    w = words(p)
    body = render_body(p, '<div class="article-body" data-testid="article-body">', "</div>", sub="h2",
                       ins={"read": "teaser-inline", "ad": "ad-netboard"})
    html = (html_open(p, "%s | %s", "page-article section-%s" % p.get("secpath", "nyheter")) + cookie(p, "cmp-overlay") +
            '<div class="topbar"><span class="topbar__date">%s</span> <a class="topbar__login" href="/login/">%s</a> '
            '<a class="topbar__buy" href="/kop/">%s</a></div>\n' % (p.get("today", ""), w["login"], w["subscribe"]) +
            '<header class="masthead"><a class="masthead__logo" href="/">%s</a><button class="masthead__search">%s</button>\n'
            '<nav class="masthead__nav">%s</nav>\n%s</header>\n' % (p["site"], w["search"], nav(p["nav"], "menu"), _subnav(p, "subnav")) +
            ticker(p, "breaking-bar") +
            '<main class="layout"><div class="layout__main">\n<article class="article" data-article-id="%s">\n<header class="article-header">\n' % hexid(p["url"], 8) +
            kicker(p, "article-vignette") + '<h1 class="article-title">%s</h1>\n' % p["h1"] + deck(p, "p", "article-lead") +
            byline_block(p, "article-byline") + "\n" + dates(p, "article-dates") + "\n</header>\n" + hero(p, "article-hero") +
            audio(p) + share(p, "share-bar") + body + "\n" + after_notes(p) + paywall_box(p) + author_box(p) + tags(p, "article-tags") +
            '</article>\n' + related(p, "more-on-topic") + comments(p, "comment-section") +
            '</div>\n<aside class="layout__rail">\n%s</aside>\n</main>\n' % rail(p, "rail-list") + newsletter(p, "newsletter-signup") +
            footer(p) + '</body>\n</html>\n')
    return fix(html), ["div.article-body*"]


# ------------------------------------------------------------------------------------------ Finnish news site
def suomi(p):
    """A Finnish news site (Yle / HS / Iltalehti style): consent dialog, header with Kirjaudu and Tilaa, menu,
    Tuoreimmat strip; section label, headline, lead, byline (Toimittaja, STT, Teksti: … Kuvat: …), 5.3.2026 klo 10.32 |
    Päivitetty …; hero with Kuva credit; section.article-content of p.article-paragraph (split by ads or a paywall
    wrapper; Lue myös inside); notes after the text; the paywall box; tags; Luetuimmat and Mielipide rail; comments; footer."""
    w = words(p)
    body = render_body(p, '<section class="article-content" itemprop="articleBody">', "</section>",
                       para=lambda a: '<p class="article-paragraph">%s</p>' % a, sub="h2",
                       ins={"read": "lue-myos", "ad": "ad-container", "ad_between": "ad-wrapper"})
    html = (html_open(p, "%s | %s", "article-page") + cookie(p, "consent-modal") +
            '<header class="site-header"><a class="site-header__logo" href="/">%s</a><nav class="site-header__nav">%s</nav>'
            '<div class="site-header__user"><a href="/kirjaudu">%s</a> <a class="btn-order" href="/tilaa">%s</a></div></header>\n'
            % (p["site"], nav(p["nav"], "main-menu"), w["login"], w["subscribe"]) + _subnav(p, "section-nav") +
            ticker(p, "latest-strip") + widget(p, "weather-strip") +
            '<main id="main-content" class="main"><article class="article">\n<header class="article__header">\n' +
            kicker(p, "article__section") + '<h1 class="article__headline">%s</h1>\n' % p["h1"] + deck(p, "p", "article__lead") +
            '<div class="article__meta">%s %s</div>\n' % (byline_block(p, "byline"), dates(p, "timestamp")) + "</header>\n" +
            hero(p, "article__image") + audio(p, "read-aloud") + share(p, "share-buttons") + body + "\n" + after_notes(p, "article__notes") +
            paywall_box(p, "content-lock") + author_box(p, "writer-card") + tags(p, "article__tags") + '</article>\n' +
            related(p, "related-list") + comments(p, "comment-thread") + '<aside class="sidebar">\n%s</aside>\n</main>\n' % rail(p, "sidebar-list") +
            newsletter(p, "newsletter-box") + footer(p) + '</body>\n</html>\n')
    return fix(html), ["section.article-content*"]


# ------------------------------------------------------------------------------------------ Baltic portal
def baltic(p):
    """A Baltic portal (Delfi / Postimees / ERR / LSM / 15min style): consent dialog, language switch (EST | RUS | ENG),
    login and subscribe links, menu, weather and exchange-rate strip, breadcrumb; label, headline, author, date, comment
    counter, lead; hero; div.article-body__text (split by ads; Loe ka / Lasi arī / Taip pat skaitykite inside); notes;
    tags; Loetuimad rail and opinion teasers; comments; footer."""
    w = words(p)
    body = render_body(p, '<div class="article-body__text">', "</div>", sub="h2",
                       ins={"read": "inline-related", "ad": "banner-inline", "ad_between": "banner-between"})
    langs = '<div class="lang-switch">%s</div>' % " | ".join('<a href="/%s/">%s</a>' % (l.lower(), l) for l in p.get("langs", [])) if p.get("langs") else ""
    ccount = '<a class="article-head__comments" href="#comments">%s (%d)</a>' % (w["comments"], p.get("comment_count", len(p.get("comments", [])))) if p.get("comments") else ""
    html = (html_open(p, "%s - %s", "page-article") + cookie(p, "cookie-consent") +
            '<div class="header-top">%s <a href="/login">%s</a> <a class="header-top__sub" href="/telli">%s</a></div>\n' % (langs, w["login"], w["subscribe"]) +
            '<header class="header"><a class="header__logo" href="/">%s</a><nav class="header__nav">%s</nav></header>\n' % (p["site"], nav(p["nav"], "nav-list")) +
            ticker(p, "news-ticker") + widget(p, "info-strip") +
            '<main class="content"><div class="content__main"><article class="article">\n' + crumbs(p, "breadcrumbs", " / ") +
            '<div class="article-head">\n' + kicker(p, "article-head__label") + '<h1 class="article-head__title">%s</h1>\n' % p["h1"] +
            '<div class="article-head__info">%s %s %s</div>\n' % (byline_block(p, "article-author"), dates(p, "article-date"), ccount) +
            deck(p, "p", "article-head__lead") + '</div>\n' + hero(p, "article-image") + share(p, "article-share") + body + "\n" +
            after_notes(p, "article-notes") + paywall_box(p, "article-paywall") + author_box(p, "article-authorbox") + tags(p, "article-tags") +
            '</article>\n' + related(p, "related-block") + comments(p, "comments-block") +
            '</div>\n<aside class="content__side">\n%s</aside>\n</main>\n' % rail(p, "side-list") + newsletter(p, "nl-block") +
            footer(p, "footer") + '</body>\n</html>\n')
    return fix(html), ["div.article-body__text*"]


# ------------------------------------------------------------------------------------------ Dutch or Flemish site
def lowlands(p):
    """A Dutch or Flemish news site (NOS / NRC / de Volkskrant / De Standaard / HLN style): cookie wall ("Wij en onze
    partners…"), header with Inloggen and Word abonnee, menu, Net binnen strip; label, headline, intro, Door …, date;
    hero; div.article__body of p.article__paragraph (split by ads; Lees ook inside); notes; tags; Meest gelezen and
    Opinie rail; Reacties; footer."""
    w = words(p)
    body = render_body(p, '<div class="article__body" data-testid="article-body">', "</div>",
                       para=lambda a: '<p class="article__paragraph">%s</p>' % a, sub="h2",
                       ins={"read": "article__related-inline", "ad": "ad-container", "ad_between": "ad-container--between"})
    html = (html_open(p, "%s | %s", "article-page") + cookie(p, "cookiewall") +
            '<header class="app-header"><a class="app-header__logo" href="/">%s</a><nav class="app-header__nav">%s</nav>'
            '<div class="app-header__account"><a href="/inloggen">%s</a> <a class="app-header__cta" href="/abonnement">%s</a></div></header>\n'
            % (p["site"], nav(p["nav"], "app-header__menu"), w["login"], w["subscribe"]) + ticker(p, "live-ticker") +
            '<main class="app-main"><article class="article">\n<header class="article__header">\n' + kicker(p, "article__label") +
            '<h1 class="article__title">%s</h1>\n' % p["h1"] + deck(p, "p", "article__intro") +
            '<div class="article__meta">%s %s</div>\n' % (byline_block(p, "article__byline"), dates(p, "article__time")) + '</header>\n' +
            hero(p, "article__figure") + share(p, "article__share") + body + "\n" + after_notes(p, "article__notes") +
            paywall_box(p, "article__paywall") + author_box(p, "article__author") + tags(p, "article__tags") + '</article>\n' +
            '<aside class="app-aside">\n%s</aside>\n' % rail(p, "aside-list") + related(p, "article__more") + comments(p, "reactions") +
            '</main>\n' + newsletter(p, "nieuwsbrief") + footer(p, "app-footer") + '</body>\n</html>\n')
    return fix(html), ["div.article__body*"]


# ------------------------------------------------------------------------------------------ Austrian or Swiss daily
def dach(p):
    """A German-language daily of Austria or Switzerland (Der Standard / Die Presse / NZZ / Tages-Anzeiger style):
    consent dialog ("Wir und unsere Partner…"), header with Abo and Anmelden, menu with Meinung, Eilmeldungen strip,
    breadcrumb; Spitzmarke, headline, lead, Von … or Text: … | Bild: …, 05.03.2026, 10:32 Uhr; hero with Foto credit;
    div.article-body (split by ads, a fold or a paywall wrapper; Lesen Sie auch inside); notes, paywall box, author box;
    Meistgelesen and Meinung rail; Postings or Kommentare; footer with Impressum."""
    w = words(p)
    body = render_body(p, '<div class="article-body">', "</div>", sub="h2",
                       ins={"read": "article-related", "ad": "ad-native", "ad_between": "ad-between"})
    html = (html_open(p, "%s - %s", "article-detail") + cookie(p, "sp-message") +
            '<header class="page-header"><a class="page-header__logo" href="/">%s</a><div class="page-header__tools"><a href="/abo">%s</a> '
            '<a href="/login">%s</a> <button>%s</button></div>\n<nav class="page-header__nav">%s</nav>\n%s</header>\n'
            % (p["site"], w["subscribe"], w["login"], w["search"], nav(p["nav"], "nav-main"), _subnav(p, "nav-sub")) +
            ticker(p, "breaking") + '<main class="page-main"><div class="page-main__content">\n' + crumbs(p, "breadcrumb") +
            '<article class="story">\n<header class="story-header">\n' + kicker(p, "story-header__kicker") +
            '<h1 class="story-header__title">%s</h1>\n' % p["h1"] + deck(p, "p", "story-header__lead") +
            '<div class="story-header__meta">%s %s</div>\n' % (byline_block(p, "story-byline"), dates(p, "story-date")) + '</header>\n' +
            hero(p, "story-figure") + audio(p, "story-audio") + share(p, "story-share") + body + "\n" + after_notes(p, "story-notes") +
            paywall_box(p, "story-paywall") + author_box(p, "story-author") + tags(p, "story-tags") + '</article>\n' +
            related(p, "story-related") + comments(p, "postings") + '</div>\n<aside class="page-main__aside">\n%s</aside>\n</main>\n'
            % rail(p, "aside-teasers") + newsletter(p, "newsletter-teaser") + footer(p, "page-footer") + '</body>\n</html>\n')
    return fix(html), ["div.article-body*"]


# ------------------------------------------------------------------------------------------ live blog
def liveblog(p):
    """A live blog on a Scandinavian daily: consent dialog, header and menu, LIVE badge, headline, ingress, bylines,
    Publicerad / Uppdaterad; then the posts, newest first, each with its clock time, a relative time ("för 2 timmar
    sedan") and the reporter in a meta row outside the post's content (div.lb-post__content); ads between posts;
    a "Visa fler inlägg" button; Mest läst rail; footer."""
    w = words(p)
    posts = []
    for i, (clock, ago, who, text) in enumerate(p["entries"]):
        content = render_text(p, text, '<div class="lb-post__content">', "</div>", sub="h3", ins={"read": "lb-readmore"})
        posts.append('<article class="lb-post" id="post-%s"><div class="lb-post__meta"><time class="lb-post__time">%s</time> '
                     '<span class="lb-post__ago">%s</span> <span class="lb-post__author">%s</span></div>\n%s\n'
                     '<div class="lb-post__share"><a href="#post-%s">%s</a></div></article>'
                     % (hexid(p["url"] + str(i), 8), clock, ago, who, content, hexid(p["url"] + str(i), 8), w["share"]))
        if i in p.get("ads_after", []):
            posts.append('<div class="lb-ad" data-ad-slot="live-%d"><span>%s</span></div>' % (i, w["ad"]))
    html = (html_open(p, "%s | %s", "page-live") + cookie(p, "cmp-overlay") +
            '<header class="masthead"><a class="masthead__logo" href="/">%s</a> <a href="/login/">%s</a> <a href="/kop/">%s</a>\n'
            '<nav class="masthead__nav">%s</nav></header>\n' % (p["site"], w["login"], w["subscribe"], nav(p["nav"], "menu")) +
            ticker(p, "breaking-bar") + '<main class="layout"><div class="layout__main">\n<section class="live">\n<header class="live__header">\n'
            '<span class="live__badge">LIVE</span>\n' + kicker(p, "live__vignette") + '<h1 class="live__title">%s</h1>\n' % p["h1"] +
            deck(p, "p", "live__lead") + byline_block(p, "live__byline") + "\n" + dates(p, "live__dates") + "\n</header>\n" +
            hero(p, "live__hero") + share(p, "share-bar") +
            '<div class="live__feed" aria-live="polite">\n%s\n</div>\n<button class="live__more">%s</button>\n</section>\n'
            % ("\n".join(posts), p.get("more_label", "Visa fler inlägg")) + after_notes(p) + tags(p, "article-tags") + related(p, "more-on-topic") +
            '</div>\n<aside class="layout__rail">\n%s</aside>\n</main>\n' % rail(p, "rail-list") + newsletter(p, "newsletter-signup") +
            footer(p) + '</body>\n</html>\n')
    return fix(html), ["div.lb-post__content*"]


# ------------------------------------------------------------------------------------------ lifestyle or consumer magazine
def magasin(p):
    """A lifestyle, food or consumer magazine on WordPress (or the lifestyle channel of a portal): cookie notice, site
    branding and tagline, menu with an opinion item, sponsor or test strip; category pill, entry-title, summary,
    entry-meta; thumbnail; div.entry-content (recipe card top, product score boxes and read-also boxes inside are
    furniture); notes, author box, tags and share; related posts; comments; widgets; footer."""
    w = words(p)
    body = render_body(p, '<div class="entry-content">', "</div>", sub="h2", ins={"read": "wp-block-related", "ad": "wp-ad"})
    if p.get("card_top"):
        body = body.replace('<div class="entry-content">', '<div class="entry-content">\n<div class="recipe-card__top">%s</div>' % p["card_top"], 1)
        excl(p, "div.recipe-card__top")
    sponsor = '<div class="sponsor-strip">%s</div>\n' % p["sponsor"] if p.get("sponsor") else ""
    html = (html_open(p, "%s – %s", "post-template-default single single-post") + cookie(p, "cookie-notice") +
            '<header id="masthead" class="site-header"><div class="site-branding"><a class="custom-logo-link" href="/">%s</a>'
            '<p class="site-description">%s</p></div><nav id="site-navigation" class="main-navigation">%s</nav></header>\n'
            % (p["site"], p.get("tagline", ""), nav(p["nav"], "menu")) + ticker(p, "news-ticker") +
            '<div id="content" class="site-content"><main id="primary" class="site-main">\n<article class="post type-post status-publish hentry">\n'
            '<header class="entry-header">%s%s<h1 class="entry-title">%s</h1>%s<div class="entry-meta">%s %s</div></header>\n'
            % (sponsor, '<span class="cat-links"><a href="/%s/">%s</a></span>' % (slug(plain(p["kicker"])), p["kicker"]) if p.get("kicker") else "",
               p["h1"], '<p class="entry-summary">%s</p>' % p["deck"] if p.get("deck") else "",
               byline_block(p, "byline"), dates(p, "posted-on")) +
            hero(p, "post-thumbnail") + body + "\n" + after_notes(p, "entry-notes") + author_box(p, "author-info") +
            '<footer class="entry-footer">%s%s</footer>\n</article>\n' % (tags(p, "tags-links"), share(p, "sharedaddy")) +
            related(p, "jp-relatedposts") + comments(p, "comments-area") + '</main>\n<aside id="secondary" class="widget-area">\n%s</aside></div>\n'
            % rail(p, "widget") + newsletter(p, "mc4wp-form") + footer(p) + '</body>\n</html>\n')
    return fix(html), ["div.entry-content*"]
