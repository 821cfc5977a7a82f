"""Page skeletons of romancemix: a Spanish-style national daily also used in Catalan, Galician and European
Portuguese (`diario`), a Latin American news portal (`latam`), a Brazilian portal whose paragraphs are each their own
container (`g1`), an Italian quotidiano (`quotidiano`), a French-language journal (`journal`), a Romanian news site
(`stiri`) and a WordPress-like magazine or regional site (`magazine`). Each returns (html, body selectors); the
furniture a page puts inside the text ([[…]] inserts) is listed in p["exclude"] by parts.render_body."""
from kit import attr, hexid, img, nav, plain, slug
from parts import (after_notes, author_box, comments, cookie, fix, footer, hero, html_open, newsletter, rail, related, render_body,
                   share, tags, teasers, ticker)
from words import words


def _kicker(p, cls):
    if not p.get("kicker"):
        return ""
    return '<p class="%s"><a href="/%s/">%s</a></p>\n' % (cls, p.get("kicker_path", slug(plain(p["kicker"]))), p["kicker"])


def _deck(p, tag, cls):
    return '<%s class="%s">%s</%s>\n' % (tag, cls, p["deck"], tag) if p.get("deck") else ""


# ------------------------------------------------------------------------------------------ national daily
def diario(p):
    """A national daily (El País / La Vanguardia / La Voz / Público style): cookie dialog, top bar with the day's date,
    edition switch, Suscríbete / Iniciar sesión; logo, main menu and a section sub-menu; última hora ticker;
    kicker, headline, deck, author block (name, role, place) and printed date; hero; share; div.a_c (split by ads,
    a paywall div or a fold); notes after the text, author box, tags; rail of most-read and opinion teasers;
    related, comments, newsletter, footer."""
    w = words(p)
    body = render_body(p, '<div class="a_c clearfix" data-dtm-region="articulo_cuerpo">', "</div>")
    role = '<span class="a_md_rol">%s</span>' % p["role"] if p.get("role") else ""
    place = '<span class="a_md_loc">%s</span>' % p["place"] if p.get("place") else ""
    html = (html_open(p, "%s | %s", "article-page sec-%s" % p.get("secpath", "news")) + cookie(p, "didomi-popup") +
            '<div class="topbar"><span class="topbar__date">%s</span> <span class="topbar__ed">%s</span> '
            '<a class="topbar__sub" href="/suscripciones/">%s</a> <a class="topbar__login" href="/login/">%s</a></div>\n'
            % (p.get("today", ""), p.get("edition", ""), w["subscribe"], w["login"]) +
            '<header class="site-header"><a class="site-header__logo" href="/">%s</a>\n<nav class="main-nav">%s</nav>\n%s</header>\n'
            % (p["site"], nav(p["nav"], "main-nav__list"), '<nav class="sub-nav">%s</nav>' % nav(p["subnav"], "sub-nav__list") if p.get("subnav") else "") +
            ticker(p, "ticker-bar") +
            '<main id="main" class="main"><div class="grid">\n<article class="a" data-id="%s">\n<header class="a_e">\n' % hexid(p["url"], 8) +
            _kicker(p, "a_k") + '<h1 class="a_t">%s</h1>\n' % p["h1"] + _deck(p, "h2", "a_st") +
            '<div class="a_md"><div class="a_md_a">%s %s %s</div><div class="a_md_f"><time datetime="%s">%s</time>%s</div></div>\n'
            % (p.get("byline_html", ""), role, place, p.get("time_attr", p["pub"]), p["date"],
               ' <span class="a_md_upd">%s</span>' % p["updated"] if p.get("updated") else "") +
            '</header>\n' + hero(p, "a_m") + share(p, "a_sh") + body + "\n" + after_notes(p) + author_box(p) + tags(p, "a_tags") +
            share(p, "a_sh a_sh--bottom") + '</article>\n<aside class="rail">\n%s</aside>\n</div>\n' % rail(p) +
            related(p) + comments(p) + '</main>\n' + newsletter(p) + footer(p) + '</body>\n</html>\n')
    return fix(html), ["div.a_c*"]


# ------------------------------------------------------------------------------------------ Latin American portal
def latam(p):
    """A Latin American news portal (Infobae / El Tiempo / Clarín style): cookie bar, hamburger header with a search,
    menu, EN VIVO strip, a widget (dólar, weather, UF), breadcrumb, headline, deck, "Por …" and the date
    (05/03/2026 - 10:32), hero, the text in div.cuerpo-nota (split by ads, or a "Sigue leyendo" fold), "Lee también" and
    "Te puede interesar" boxes inside, an author card, tags; "Lo más leído", "Más noticias", comments, footer."""
    w = words(p)
    body = render_body(p, '<div class="cuerpo-nota" itemprop="articleBody">', "</div>",
                       para=lambda a: '<p class="paragraph">%s</p>' % a, sub="h2")
    crumbs = " › ".join('<a href="/%s/">%s</a>' % (slug(c), c) for c in [w["home"]] + p.get("crumbs", []))
    html = (html_open(p, "%s - %s", "nota") + cookie(p, "cookie-bar") +
            '<header class="header"><button class="header__menu" aria-label="Menú">☰</button><a class="header__logo" href="/">%s</a>'
            '<form class="header__search"><input type="search" placeholder="%s"></form><a class="header__login" href="/registro/">%s</a>'
            ' <a class="header__sub" href="/suscripcion/">%s</a></header>\n<nav class="menu">%s</nav>\n'
            % (p["site"], w["search"], w["login"], w["subscribe"], nav(p["nav"], "menu__list")) +
            ticker(p, "en-vivo") + ('<div class="widget-bar">%s</div>\n' % p["widget"] if p.get("widget") else "") +
            '<main class="container"><div class="row"><div class="col-main">\n<article class="nota">\n'
            '<nav class="breadcrumb">%s</nav>\n' % crumbs + _kicker(p, "nota__volanta") +
            '<h1 class="nota__titulo">%s</h1>\n' % p["h1"] + _deck(p, "h2", "nota__bajada") +
            '<div class="nota__firma"><span class="nota__autor">%s</span>%s<span class="nota__fecha">%s</span></div>\n'
            % (p.get("byline_html", ""), ' <span class="nota__rol">%s</span> ' % p["role"] if p.get("role") else " ", p["date"]) +
            share(p, "nota__share") + hero(p, "nota__foto") + body + "\n" + after_notes(p, "nota__notas") + author_box(p, "autor-card") +
            tags(p, "nota__temas") + '</article>\n' + related(p, "mas-noticias") + comments(p, "comentarios") +
            '</div>\n<aside class="col-side">\n%s</aside>\n</div></main>\n' % rail(p, "side-box") + newsletter(p, "nl-footer") +
            footer(p, "footer") + '</body>\n</html>\n')
    return fix(html), ["div.cuerpo-nota*"]


# ------------------------------------------------------------------------------------------ Brazilian portal
def g1(p):
    """A Brazilian news portal (g1 / UOL style): header with the regional menu and "Entrar"; the headline, the
    subtitle, "Por …" and "05/03/2026 10h32 Atualizado há 2 horas"; every paragraph in its own div.content-text
    (the inserts — "Leia também", ads, the WhatsApp-channel prompt, photos — sit between them); a topic box,
    "Veja também", "Mais lidas" and opinion teasers; comments; footer."""
    w = words(p)
    blocks = render_body(p, "", "", para=lambda a: '<div class="mc-column content-text active-extra-styles"><p class="content-text__container">%s</p></div>' % a,
                         sub="h2")
    p["exclude"] = []  # the inserts sit between the paragraph containers, not inside them
    blocks = blocks.replace("<h2>", '<div class="mc-column content-intertitle"><h2>').replace("</h2>", "</h2></div>")
    blocks = blocks.replace("<ul>", '<div class="mc-column content-text"><ul class="content-unordered-list">').replace("</ul>", "</ul></div>")
    blocks = blocks.replace("<blockquote>", '<div class="mc-column content-text"><blockquote class="content-blockquote">').replace("</blockquote>", "</blockquote></div>")
    html = (html_open(p, "%s | %s", "glb-article") + cookie(p, "cookie-banner-lgpd") +
            '<header class="header-navbar"><a class="header-navbar__logo" href="/">%s</a><span class="header-navbar__region">%s</span>'
            '<a class="header-navbar__login" href="/login">%s</a> <a class="header-navbar__sub" href="/assine">%s</a>\n<nav class="menu-root">%s</nav></header>\n'
            % (p["site"], p.get("edition", ""), w["login"], w["subscribe"], nav(p["nav"], "menu-root__list")) + ticker(p, "ultimas-bar") +
            '<main class="glb-main"><div class="mc-article-header">' + _kicker(p, "header-editoria") +
            '<h1 class="content-head__title" itemprop="headline">%s</h1>\n' % p["h1"] + _deck(p, "h2", "content-head__subtitle") +
            '<div class="content-publication-data"><p class="content-publication-data__from">%s</p><p class="content-publication-data__updated">'
            '<time itemprop="datePublished" datetime="%s">%s</time>%s</p></div>\n'
            % (p.get("byline_html", ""), p.get("time_attr", p["pub"]), p["date"],
               ' <span class="updated">%s</span>' % p["updated"] if p.get("updated") else "") +
            share(p, "content-share") + '</div>\n' + hero(p, "content-media-figure") +
            '<article itemprop="articleBody" class="mc-body theme">\n%s\n</article>\n' % blocks +
            after_notes(p, "mc-notes") + author_box(p, "colunista-box") + tags(p, "entities") +
            related(p, "veja-tambem") + comments(p, "glb-comentarios") +
            '<aside class="bstn-sidebar">\n%s</aside>\n</main>\n' % rail(p, "bstn-box") + newsletter(p, "nl-glb") + footer(p, "footer-glb") +
            '</body>\n</html>\n')
    return fix(html), ["div.content-text*"] + (["div.content-intertitle*"] if "content-intertitle" in blocks else [])


# ------------------------------------------------------------------------------------------ Italian quotidiano
def quotidiano(p):
    """An Italian daily (Corriere / Repubblica / Il Sole style): consent banner, top bar with the day's date and
    Abbonati / Accedi, menu with Opinioni, Ultima ora strip; occhiello, headline, sommario, "di …" and the date
    ("5 marzo 2026, ore 10:32"), reading time; the text in div.story__text (split by ads, or a "Continua a leggere"
    fold); "Leggi anche" inside; notes after the text, author box, Argomenti; "I più letti", Commenti, footer with P.IVA."""
    w = words(p)
    body = render_body(p, '<div class="story__text">', "</div>", sub="h2")
    html = (html_open(p, "%s - %s", "story-page") + cookie(p, "iubenda-cs-banner") +
            '<div class="top-bar"><span class="top-bar__date">%s</span> <a href="/abbonamenti/">%s</a> <a href="/login">%s</a> '
            '<a href="/edicola/">Edicola digitale</a></div>\n<header class="masthead"><a class="masthead__logo" href="/">%s</a>\n'
            '<nav class="masthead__nav">%s</nav></header>\n' % (p.get("today", ""), w["subscribe"], w["login"], p["site"], nav(p["nav"], "nav-list")) +
            ticker(p, "breaking-news") +
            '<main class="page"><div class="page__main"><article class="story">\n<header class="story__header">\n' + _kicker(p, "story__overtitle") +
            '<h1 class="story__title">%s</h1>\n' % p["h1"] + _deck(p, "p", "story__summary") +
            '<div class="story__info"><span class="story__author">%s</span>%s <time class="story__date" datetime="%s">%s</time>%s</div>\n'
            % (p.get("byline_html", ""), ' <span class="story__role">%s</span>' % p["role"] if p.get("role") else "", p.get("time_attr", p["pub"]), p["date"],
               ' <span class="story__reading">%s</span>' % p["reading"] if p.get("reading") else "") +
            '</header>\n' + hero(p, "story__media") + share(p, "story__share") + body + "\n" + after_notes(p, "story__notes") +
            author_box(p, "story__author-box") + tags(p, "story__tags") + '</article>\n' + related(p, "story__related") + comments(p, "story__comments") +
            '</div>\n<aside class="page__aside">\n%s</aside>\n</main>\n' % rail(p, "aside-box") + newsletter(p, "newsletter-strip") +
            footer(p, "footer") + '</body>\n</html>\n')
    return fix(html), ["div.story__text*"]


# ------------------------------------------------------------------------------------------ French-language journal
def journal(p):
    """A French-language daily (Le Monde / Le Soir / Le Devoir / Dakar or Abidjan daily style): consent dialog
    ("Nous et nos partenaires…"), header with S’abonner / Se connecter, menu with Opinions / Débats, EN DIRECT strip;
    surtitre, headline, chapô, "Par …", "Publié le 5 mars 2026 à 10h32", reading time; the text in
    section.article__content with p.article__paragraph ("Lire aussi" inside); notes, author box, mots-clés; "Les plus lus",
    Réactions, footer."""
    w = words(p)
    body = render_body(p, '<section class="article__content">', "</section>", para=lambda a: '<p class="article__paragraph">%s</p>' % a,
                       sub="h2")
    body = body.replace("<h2>", '<h2 class="article__sub-title">')
    html = (html_open(p, "%s | %s", "article article--%s" % p.get("secpath", "news")) + cookie(p, "gdpr-lmd-wall") +
            '<header class="Header"><a class="Header__logo" href="/">%s</a><a class="Header__sub" href="/abonnement/">%s</a> '
            '<a class="Header__login" href="/connexion/">%s</a>\n<nav class="Nav">%s</nav></header>\n'
            % (p["site"], w["subscribe"], w["login"], nav(p["nav"], "Nav__list")) + ticker(p, "live-strip") +
            '<main class="zone zone--article"><section class="article__wrapper">\n<header class="article__header">\n' + _kicker(p, "article__kicker") +
            '<h1 class="article__title">%s</h1>\n' % p["h1"] + _deck(p, "p", "article__desc") +
            '<div class="meta meta__publisher"><span class="author">%s</span>%s <span class="meta__date">%s</span>%s</div>\n'
            % (p.get("byline_html", ""), ', <span class="author__role">%s</span>' % p["role"] if p.get("role") else "", p["date"],
               ' <span class="meta__reading-time">%s</span>' % p["reading"] if p.get("reading") else "") +
            '</header>\n' + hero(p, "article__media") + share(p, "article__share") + body + "\n" + after_notes(p, "article__notes") +
            author_box(p, "article__author-card") + tags(p, "article__tags") + '</section>\n' + related(p, "article__related") +
            comments(p, "article__comments") + '<aside class="aside">\n%s</aside>\n</main>\n' % rail(p, "aside__box") +
            newsletter(p, "newsletter-block") + footer(p, "Footer") + '</body>\n</html>\n')
    return fix(html), ["section.article__content*"]


# ------------------------------------------------------------------------------------------ Romanian news site
def stiri(p):
    """A Romanian news site (Digi24 / HotNews / Adevărul style): cookie bar, header with Ultima oră, menu with Opinii,
    curs valutar and weather strip, breadcrumb; headline, lead, "de …" and "5 martie 2026, 10:32"; the text in
    div.article-content (split by ads; "Citește și:" inside); notes after it; tags; "Cele mai citite", comments, footer."""
    w = words(p)
    body = render_body(p, '<div class="article-content entry-content">', "</div>", sub="h2")
    crumbs = " / ".join('<a href="/%s/">%s</a>' % (slug(c), c) for c in [w["home"]] + p.get("crumbs", []))
    html = (html_open(p, "%s - %s", "single-article") + cookie(p, "cookie-consent") +
            '<header class="header"><div class="header-top"><span>%s</span> <a href="/abonamente/">%s</a> <a href="/cont/">%s</a></div>\n'
            '<a class="logo" href="/">%s</a>\n<nav class="main-menu">%s</nav></header>\n' % (p.get("today", ""), w["subscribe"], w["login"], p["site"],
                                                                                       nav(p["nav"], "main-menu__list")) +
            ticker(p, "ultima-ora") + ('<div class="curs-bar">%s</div>\n' % p["widget"] if p.get("widget") else "") +
            '<main class="main"><div class="col-8"><article class="article">\n<div class="breadcrumbs">%s</div>\n' % crumbs +
            _kicker(p, "article-label") + '<h1 class="article-title">%s</h1>\n' % p["h1"] + _deck(p, "p", "article-lead") +
            '<div class="article-meta"><span class="article-author">%s</span> <span class="article-date">%s</span></div>\n' % (p.get("byline_html", ""), p["date"]) +
            hero(p, "article-thumb") + share(p, "article-share") + body + "\n" + after_notes(p, "article-after") + author_box(p, "author-profile") +
            tags(p, "article-tags") + '</article>\n' + related(p, "related-articles") + comments(p, "comments-area") +
            '</div>\n<aside class="col-4 sidebar">\n%s</aside>\n</main>\n' % rail(p, "widget") + newsletter(p, "newsletter-footer") +
            footer(p, "site-footer") + '</body>\n</html>\n')
    return fix(html), ["div.article-content*"]


# ------------------------------------------------------------------------------------------ WordPress-like site
def magazine(p):
    """A WordPress-like magazine or regional site (lifestyle, travel, horoscope, sponsored content; also the Luanda and
    Maputo sites): cookie bar, header with the menu, category pill, entry-title, entry-meta with byline and date,
    thumbnail, div.entry-content (a sponsor strip or a recipe card top inside are furniture), notes, author box,
    tags, share; related posts, comments, widgets, footer."""
    w = words(p)
    body = render_body(p, '<div class="entry-content">', "</div>", sub="h2")
    if p.get("card_top"):
        body = body.replace('<div class="entry-content">', '<div class="entry-content">\n<div class="recipe-card__top">%s</div>' % p["card_top"], 1)
        p.setdefault("exclude", []).append("div.recipe-card__top")
    sponsor = '<div class="sponsor-strip">%s</div>\n' % p["sponsor"] if p.get("sponsor") else ""
    html = (html_open(p, "%s - %s", "post-template-default single single-post") + cookie(p, "cookie-notice-container") +
            '<header id="masthead" class="site-header"><div class="site-branding"><a class="custom-logo-link" href="/">%s</a>'
            '<p class="site-description">%s</p></div><nav id="site-navigation" class="main-navigation">%s</nav></header>\n'
            % (p["site"], p.get("tagline", ""), nav(p["nav"], "menu")) + ticker(p, "news-ticker") +
            '<div id="content" class="site-content"><main id="primary" class="site-main">\n<article class="post type-post status-publish hentry">\n'
            '<header class="entry-header">%s%s<h1 class="entry-title">%s</h1>%s<div class="entry-meta">%s <span class="posted-on">%s</span></div></header>\n'
            % (sponsor, '<span class="cat-links"><a href="/%s/">%s</a></span>' % (slug(plain(p["kicker"])), p["kicker"]) if p.get("kicker") else "",
               p["h1"], '<p class="entry-summary">%s</p>' % p["deck"] if p.get("deck") else "",
               '<span class="byline author vcard">%s</span>' % p["byline_html"] if p.get("byline_html") else "", p["date"]) +
            hero(p, "post-thumbnail") + body + "\n" + after_notes(p, "entry-notes") + author_box(p, "author-info") +
            '<footer class="entry-footer">%s%s</footer>\n</article>\n' % (tags(p, "tags-links"), share(p, "sharedaddy")) +
            related(p, "jp-relatedposts") + comments(p, "comments-area") + '</main>\n<aside id="secondary" class="widget-area">\n%s</aside></div>\n'
            % rail(p, "widget") + newsletter(p, "mc4wp-form") + footer(p) + '</body>\n</html>\n')
    return fix(html), ["div.entry-content*"]
