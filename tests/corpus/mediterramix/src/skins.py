"""Page skeletons of mediterramix: a Greek or Cypriot portal (`hellas`), a Greek live blog (`liveblog`), a Turkish
portal (`turk`), a Polish portal (`polska`), a Czech or Slovak portal (`stred`), a Hungarian portal (`magyar`), a
Slovenian or Croatian portal (`jug`), a portal of a small language (Albanian, Maltese, Basque, Maltese English:
`mare`) and a lifestyle magazine (`lifestyle`). Each returns (html, body selectors); the furniture a page puts inside
the text ([[…]] inserts) is listed in p["exclude"] by parts.render_body."""
from kit import hexid, nav, slug
from parts import (after_notes, app_bar, audio, author_box, byline_block, col_box, comments, cookie, crumbs, dates, deck,
                   excl, fix, footer, hero, html_open, kicker, newsletter, paywall_box, rail, related, render_body,
                   render_text, share, subnav, tags, ticker, widget)
from words import words


# ------------------------------------------------------------------------------------------ Greek or Cypriot portal
def hellas(p):
    """A Greek or Cypriot news portal (Kathimerini / in.gr / Protothema / Philenews style): consent dialog in Greek;
    top bar with the day's date, weather, Σύνδεση / Εγγραφή; logo, menu with Απόψεις, sub-menu; Τελευταία νέα ticker;
    breadcrumb; kicker, h1, deck, columnist's photo box, byline ("Του …", "Της …") with role, date line; hero with
    caption; listen button; share; div.article__body (split by ads; Διαβάστε επίσης inside); notes after the text;
    tags; related; comments; Δημοφιλή and Απόψεις rail; newsletter; footer."""
    w = words(p)
    body = render_body(p, '<div class="article__body" itemprop="articleBody">', "</div>", sub="h2",
                       ins={"read": "read-also-box", "ad": "ad-unit", "ad_between": "ad-unit--between", "disc": "article__disclaimer"})
    html = (html_open(p, "%s | %s", "single-article", "window.dataLayer_article") + cookie(p, "gdpr-consent") +
            '<div class="top-strip"><span class="top-strip__date">%s</span> %s <a href="/login/">%s</a> <a href="/register/">%s</a> '
            '<a class="top-strip__sub" href="/syndromi/">%s</a></div>\n' % (p.get("today", ""), widget(p, "top-strip__weather").strip(), w["login"], w["register"], w["subscribe"]) +
            '<header class="site-header"><a class="site-header__logo" href="/">%s</a><nav class="site-header__nav">%s</nav>\n%s</header>\n'
            % (p["site"], nav(p["nav"], "main-nav"), subnav(p, "sub-nav")) + ticker(p, "latest-news-ticker") +
            '<main class="container"><div class="col-main">\n' + crumbs(p, "breadcrumb") +
            '<article class="article" id="article-%s">\n<header class="article__header">\n' % hexid(p["url"], 8) +
            kicker(p, "article__kicker") + '<h1 class="article__title">%s</h1>\n' % p["h1"] + deck(p, "p", "article__lead") +
            col_box(p, "columnist-card") + '<div class="article__meta">%s %s</div>\n' % (byline_block(p, "article__author"), dates(p, "article__date")) +
            '</header>\n' + hero(p, "article__image") + audio(p, "article__listen") + share(p, "share-tools", ("Facebook", "X", "Viber", "Email")) + body + "\n" +
            after_notes(p, "article__after") + paywall_box(p) + author_box(p, "article__authorbox") + tags(p, "article__tags") + '</article>\n' +
            related(p, "related-articles") + comments(p, "comments-area") + '</div>\n<aside class="col-side">\n%s</aside>\n</main>\n'
            % rail(p, "side-widget") + newsletter(p, "newsletter-bar") + footer(p, "site-footer") + '</body>\n</html>\n')
    return fix(html), ["div.article__body*"]


# ------------------------------------------------------------------------------------------ live blog
def liveblog(p):
    """A live blog on a Greek portal: consent dialog, header and menu, LIVE badge, h1, deck, reporters, first
    publication and update; posts newest first, each with its clock time and a relative time ("πριν από 20 λεπτά") in a
    meta row outside the post's content (div.live-post__content); ads between posts; a "Φόρτωση περισσότερων" button;
    Δημοφιλή rail; footer."""
    w = words(p)
    posts = []
    for i, (clock, ago, text) in enumerate(p["entries"]):
        content = render_text(p, text, '<div class="live-post__content">', "</div>", sub="h3", ins={"read": "live-readalso"})
        pid = hexid(p["url"] + str(i), 8)
        posts.append('<article class="live-post" id="post-%s"><div class="live-post__meta"><time class="live-post__time">%s</time> '
                     '<span class="live-post__ago">%s</span></div>\n%s\n<div class="live-post__tools"><a href="#post-%s">%s</a></div></article>'
                     % (pid, clock, ago, content, pid, w["share"]))
        if i in p.get("ads_after", []):
            posts.append('<div class="live-ad" data-ad-unit="live-%d"><span>%s</span></div>' % (i, w["ad"]))
    html = (html_open(p, "%s | %s", "live-article", "window.dataLayer_article") + cookie(p, "gdpr-consent") +
            '<header class="site-header"><a class="site-header__logo" href="/">%s</a> <a href="/login/">%s</a> <a href="/syndromi/">%s</a>\n'
            '<nav class="site-header__nav">%s</nav></header>\n' % (p["site"], w["login"], w["subscribe"], nav(p["nav"], "main-nav")) +
            ticker(p, "latest-news-ticker") + '<main class="container"><div class="col-main">\n<section class="live">\n<header class="live__header">\n'
            '<span class="live__badge">LIVE</span>\n' + kicker(p, "live__kicker") + '<h1 class="live__title">%s</h1>\n' % p["h1"] +
            deck(p, "p", "live__lead") + byline_block(p, "live__authors") + "\n" + dates(p, "live__dates") + "\n</header>\n" +
            hero(p, "live__image") + share(p, "share-tools", ("Facebook", "X", "Viber")) +
            '<div class="live__stream" aria-live="polite">\n%s\n</div>\n<button class="live__more">%s</button>\n</section>\n'
            % ("\n".join(posts), p.get("more_label", "")) + tags(p, "article__tags") + related(p, "related-articles") +
            '</div>\n<aside class="col-side">\n%s</aside>\n</main>\n' % rail(p, "side-widget") + newsletter(p, "newsletter-bar") +
            footer(p, "site-footer") + '</body>\n</html>\n')
    return fix(html), ["div.live-post__content*"]


# ------------------------------------------------------------------------------------------ Turkish portal
def turk(p):
    """A Turkish news portal (Hürriyet / Sözcü / NTV / Habertürk style): KVKK cookie notice; Son Dakika strip; header
    with Giriş Yap / Üye Ol; menu with Yazarlar; currency strip (Dolar, Euro, Altın, BIST 100); breadcrumb; h1, spot,
    columnist photo box, "Haber: …" / "Yazan: …", "5 Mart 2026 Perşembe 10:32 | Güncelleme: …"; hero; share;
    div.news-content (split by ads, or page 1 of 2 with page 2 on the page; İLGİLİ HABER boxes inside); notes after the
    text; tags; İlgili Haberler; Yorumlar; Çok Okunanlar and Yazarlar rail; footer."""
    w = words(p)
    body = render_body(p, '<div class="news-content" property="articleBody">', "</div>", sub="h2",
                       ins={"read": "related-news-inline", "ad": "reklam-alani", "ad_between": "reklam-alani--between",
                            "pager": "news-pager", "disc": "yazi-uyari"})
    html = (html_open(p, "%s - %s", "news-detail", "window.pageData") + cookie(p, "kvkk-bar") + ticker(p, "breaking-strip") +
            '<header class="header"><a class="header__logo" href="/">%s</a><div class="header__user"><a href="/giris">%s</a> '
            '<a href="/uye-ol">%s</a></div>\n<nav class="header__menu">%s</nav>\n%s</header>\n'
            % (p["site"], w["login"], w["register"], nav(p["nav"], "menu"), subnav(p, "header__sub")) + widget(p, "market-strip") + app_bar(p, "app-banner") +
            '<main class="page"><div class="page__content">\n' + crumbs(p, "breadcrumb", " › ") +
            '<article class="news-detail__article">\n<div class="news-detail__head">\n' + kicker(p, "news-detail__category") +
            '<h1 class="news-detail__title">%s</h1>\n' % p["h1"] + deck(p, "h2", "news-detail__spot") + col_box(p, "author-card") +
            '<div class="news-detail__info">%s %s</div>\n</div>\n' % (byline_block(p, "news-detail__author"), dates(p, "news-detail__date")) +
            hero(p, "news-detail__image") + audio(p, "news-detail__listen") + share(p, "social-share", ("Facebook", "X", "WhatsApp", "Telegram")) + body + "\n" +
            after_notes(p, "news-detail__notes") + author_box(p, "author-bottom") + tags(p, "news-detail__tags") + '</article>\n' +
            related(p, "related-news") + comments(p, "comment-section") + '</div>\n<aside class="page__side">\n%s</aside>\n</main>\n'
            % rail(p, "side-box", "reklam-rail") + newsletter(p, "bulten") + footer(p, "footer") + '</body>\n</html>\n')
    return fix(html), ["div.news-content*"]


# ------------------------------------------------------------------------------------------ Polish portal
def polska(p):
    """A Polish portal (Onet / WP / Gazeta.pl / Rzeczpospolita / Interia style): RODO consent dialog; header with Zaloguj
    się and Kup subskrypcję; menu with Opinie / Publicystyka; Najnowsze strip; breadcrumb; kicker, h1, lead (bold),
    byline ("Autor: …", "Opracowanie: …") with role, "5 marca 2026, 10:32" and "Aktualizacja: …"; hero with Fot.
    credit; share; div.article-content (split by Reklama blocks; Czytaj także boxes inside); the disclaimer and the
    "Tylko dla subskrybentów" note after the full text; author box; tags; Zobacz również; Komentarze; Najczęściej
    czytane and Opinie rail; newsletter; footer."""
    w = words(p)
    body = render_body(p, '<div class="article-content" data-section="body">', "</div>", sub="h2",
                       para=lambda a: '<p class="article-paragraph">%s</p>' % a,
                       ins={"read": "czytaj-takze", "ad": "ad-placeholder", "ad_between": "ad-placeholder--between"})
    html = (html_open(p, "%s - %s", "article-page", "window.__INITIAL_DATA__") + cookie(p, "rodo-modal") +
            '<header class="main-header"><a class="main-header__logo" href="/">%s</a><nav class="main-header__nav">%s</nav>'
            '<div class="main-header__user"><a href="/logowanie">%s</a> <a class="main-header__cta" href="/subskrypcja">%s</a></div>\n%s</header>\n'
            % (p["site"], nav(p["nav"], "nav-list"), w["login"], w["subscribe"], subnav(p, "main-header__sub")) + ticker(p, "news-strip") +
            widget(p, "weather-box") + '<main class="layout"><div class="layout__main">\n' + crumbs(p, "breadcrumbs", " / ") +
            '<article class="article">\n<header class="article__header">\n' + kicker(p, "article__kicker") +
            '<h1 class="article__title">%s</h1>\n' % p["h1"] + col_box(p, "author-photo-box") +
            '<div class="article__meta">%s %s</div>\n' % (byline_block(p, "article__author"), dates(p, "article__date")) +
            deck(p, "p", "article__lead") + '</header>\n' + hero(p, "article__photo") + audio(p, "article__audio") +
            share(p, "article__share", ("Facebook", "X", "Messenger", "E-mail")) + body + "\n" + after_notes(p, "article__after") +
            paywall_box(p, "premium-box") + author_box(p, "author-card") + tags(p, "article__tags") + '</article>\n' +
            related(p, "see-also") + comments(p, "comments-section") + '</div>\n<aside class="layout__aside">\n%s</aside>\n</main>\n'
            % rail(p, "aside-box", "ad-rail") + newsletter(p, "newsletter-form") + footer(p, "main-footer") + '</body>\n</html>\n')
    return fix(html), ["div.article-content*"]


# ------------------------------------------------------------------------------------------ Czech or Slovak portal
def stred(p):
    """A Czech or Slovak portal (iDNES / Seznam Zprávy / Aktuality / SME / Denník N style): consent dialog; header with
    Přihlásit and Předplatné; menu with Názory / Komentáře; Nejnovější strip; breadcrumb; kicker, h1, perex, byline
    with role, "5. března 2026 10:32" with "Aktualizováno …"; hero with Foto credit; share; div.art-text (split by ads,
    a paywall wrapper with a Předplatitelský obsah badge, Čtěte také / Prečítajte si tiež boxes inside); notes; tags;
    Související články; Diskuse; Nejčtenější rail; footer."""
    w = words(p)
    body = render_body(p, '<div class="art-text">', "</div>", sub="h3",
                       ins={"read": "art-related", "ad": "r-inline", "ad_between": "r-between", "paywall": "premium-wrap",
                            "score": "test-score"})
    html = (html_open(p, "%s | %s", "art-detail", "window.__DATA__") + cookie(p, "cmp-box") +
            '<div class="topline"><span class="topline__date">%s</span> <a href="/prihlaseni">%s</a> <a class="topline__sub" href="/predplatne">%s</a></div>\n'
            % (p.get("today", ""), w["login"], w["subscribe"]) +
            '<header class="portal-header"><a class="portal-header__logo" href="/">%s</a><nav class="portal-header__nav">%s</nav>\n%s</header>\n'
            % (p["site"], nav(p["nav"], "nav"), subnav(p, "portal-header__sub")) + ticker(p, "latest-bar") + widget(p, "kurzy") +
            '<main class="main"><div class="main__col">\n' + crumbs(p, "crumbs", " › ") + '<article class="art">\n<div class="art-head">\n' +
            kicker(p, "art-head__rubric") + '<h1 class="art-head__title">%s</h1>\n' % p["h1"] + col_box(p, "autor-foto") +
            '<div class="art-head__info">%s %s</div>\n' % (byline_block(p, "art-author"), dates(p, "art-date")) + deck(p, "div", "art-perex") +
            '</div>\n' + hero(p, "art-photo") + audio(p, "art-audio") + share(p, "art-share", ("Facebook", "X", "LinkedIn", "E-mail")) + body + "\n" +
            after_notes(p, "art-notes") + paywall_box(p, "art-paywall") + author_box(p, "art-authorbox") + tags(p, "art-tags") + '</article>\n' +
            related(p, "art-more") + comments(p, "discussion") + '</div>\n<aside class="main__side">\n%s</aside>\n</main>\n'
            % rail(p, "side-list", "r-rail") + newsletter(p, "newsletter") + footer(p, "portal-footer") + '</body>\n</html>\n')
    return fix(html), ["div.art-text*"]


# ------------------------------------------------------------------------------------------ Hungarian portal
def magyar(p):
    """A Hungarian portal (Index / Telex / 444 / HVG / Magyar Nemzet style): consent dialog; header with Belépés and
    Előfizetés; menu with Vélemény / Publicisztika; Friss strip; EUR/HUF and weather strip; rovat label, h1, lead,
    "Szerző: …" and "2026. március 5., 10:32 | Frissítve: …"; hero with Fotó credit; share; div.cikk-torzs (split by
    Hirdetés blocks or a Tovább olvasom fold; Kapcsolódó boxes inside); notes; tags; Hozzászólások; Legolvasottabb
    and Vélemény rail; footer with Impresszum."""
    w = words(p)
    body = render_body(p, '<div class="cikk-torzs">', "</div>", sub="h2",
                       ins={"read": "kapcsolodo", "ad": "hirdetes", "ad_between": "hirdetes-kozott"})
    html = (html_open(p, "%s - %s", "cikk-oldal", "window.__CIKK__") + cookie(p, "adatvedelem") +
            '<header class="fejlec"><a class="fejlec__logo" href="/">%s</a><nav class="fejlec__menu">%s</nav>'
            '<div class="fejlec__user"><a href="/belepes">%s</a> <a class="fejlec__elofizetes" href="/elofizetes">%s</a></div>\n%s</header>\n'
            % (p["site"], nav(p["nav"], "menu-list"), w["login"], w["subscribe"], subnav(p, "fejlec__al")) + ticker(p, "friss-sav") +
            widget(p, "arfolyam-sav") + '<main class="tartalom"><div class="tartalom__fo">\n<article class="cikk">\n<div class="cikk-fej">\n' +
            kicker(p, "cikk-fej__rovat") + '<h1 class="cikk-fej__cim">%s</h1>\n' % p["h1"] + deck(p, "p", "cikk-fej__lead") + col_box(p, "szerzo-doboz") +
            '<div class="cikk-fej__meta">%s %s</div>\n</div>\n' % (byline_block(p, "szerzo"), dates(p, "datum")) + hero(p, "cikk-kep") +
            audio(p, "cikk-hang") + share(p, "megosztas", ("Facebook", "X", "Messenger", "E-mail")) + body + "\n" + after_notes(p, "cikk-utan") +
            paywall_box(p, "elofizetoi-doboz") + author_box(p, "szerzo-info") + tags(p, "cimkek") + '</article>\n' + related(p, "kapcsolodo-cikkek") +
            comments(p, "hozzaszolasok") + '</div>\n<aside class="tartalom__oldal">\n%s</aside>\n</main>\n' % rail(p, "oldal-doboz", "hirdetes-oldal") +
            newsletter(p, "hirlevel") + footer(p, "lablec") + '</body>\n</html>\n')
    return fix(html), ["div.cikk-torzs*"]


# ------------------------------------------------------------------------------------------ Slovenian or Croatian portal
def jug(p):
    """A Slovenian or Croatian portal (24ur / Delo / Index.hr / Jutarnji / Večernji style): consent dialog (piškotki,
    kolačići); header with Prijava and Naročnina / Pretplata; menu with Mnenja / Kolumne / Komentari; Najnovejše strip;
    kicker, h1, lead, "Piše: …" / "Avtor: …" with role, "5. marec 2026 ob 10:32" / "5. ožujka 2026. u 10:32"; hero
    with Foto credit; share; div.clanek-tekst (split by ads; Preberite še / Pročitajte još boxes inside); notes; tags;
    Komentarji / Komentari; Najbolj brano / Najčitanije rail; newsletter; footer."""
    w = words(p)
    body = render_body(p, '<div class="clanek-tekst">', "</div>", sub="h2",
                       ins={"read": "preberi-se", "ad": "oglas-inline", "ad_between": "oglas-med"})
    html = (html_open(p, "%s | %s", "article-view", "window.__ARTICLE__") + cookie(p, "cookie-box") +
            '<header class="glava"><a class="glava__logo" href="/">%s</a><div class="glava__user"><a href="/prijava">%s</a> '
            '<a class="glava__sub" href="/narocnina">%s</a></div>\n<nav class="glava__nav">%s</nav>\n%s</header>\n'
            % (p["site"], w["login"], w["subscribe"], nav(p["nav"], "glava__menu"), subnav(p, "glava__sub")) + ticker(p, "novice-trak") +
            widget(p, "vreme") + '<main class="vsebina"><div class="vsebina__glavna">\n<article class="clanek">\n<header class="clanek__glava">\n' +
            kicker(p, "clanek__nadnaslov") + '<h1 class="clanek__naslov">%s</h1>\n' % p["h1"] + deck(p, "p", "clanek__uvod") + col_box(p, "kolumnist") +
            '<div class="clanek__meta">%s %s</div>\n</header>\n' % (byline_block(p, "clanek__avtor"), dates(p, "clanek__datum")) +
            hero(p, "clanek__slika") + audio(p, "clanek__audio") + share(p, "deli", ("Facebook", "X", "WhatsApp", "Viber")) + body + "\n" +
            after_notes(p, "clanek__opombe") + paywall_box(p, "placljivo") + author_box(p, "avtor-okvir") + tags(p, "clanek__oznake") + '</article>\n' +
            related(p, "sorodno") + comments(p, "komentarji") + '</div>\n<aside class="vsebina__stran">\n%s</aside>\n</main>\n'
            % rail(p, "stranski", "oglas-stran") + newsletter(p, "e-novice") + footer(p, "noga") + '</body>\n</html>\n')
    return fix(html), ["div.clanek-tekst*"]


# ------------------------------------------------------------------------------------------ portal of a small language
def mare(p):
    """The portal of a small language (Albanian Top Channel / Panorama, Maltese TVM / Newsbook, Basque Berria / Naiz
    style, Maltese English Times of Malta style): consent notice in the local language; language switch (SQ | EN,
    MT | EN, EU | ES); header with login; menu with Opinione / Opinjoni / Iritziak / Opinion; Të fundit / L-aħħar
    aħbarijiet strip; kicker, h1, byline ("Nga …", "Kitba: …", "Egilea: …", "By …") with role, date; hero with
    caption; share; div.post-content (split by ads; Lexo edhe / Aqra wkoll / Irakurri ere boxes inside); notes; tags;
    related; comments; Më të lexuarat / L-aktar moqrija / Irakurrienak rail; newsletter; footer."""
    w = words(p)
    body = render_body(p, '<div class="post-content">', "</div>", sub="h2",
                       ins={"read": "lexo-edhe", "ad": "banner-ad", "ad_between": "banner-ad--between"})
    langs = '<div class="lang-switch">%s</div>' % " | ".join('<a href="/%s/">%s</a>' % (l.lower(), l) for l in p.get("langs", [])) if p.get("langs") else ""
    html = (html_open(p, "%s - %s", "single-post", "window.siteConfig") + cookie(p, "cookie-notice") +
            '<div class="header-top"><span class="header-top__date">%s</span> %s <a href="/login/">%s</a></div>\n' % (p.get("today", ""), langs, w["login"]) +
            '<header class="header-main"><a class="header-main__logo" href="/">%s</a><nav class="header-main__nav">%s</nav>\n%s</header>\n'
            % (p["site"], nav(p["nav"], "nav-menu"), subnav(p, "header-main__sub")) + ticker(p, "breaking-news") + widget(p, "header-widget") +
            '<main class="site-main"><div class="site-main__content">\n<article class="post">\n<header class="post-header">\n' +
            kicker(p, "post-category") + '<h1 class="post-title">%s</h1>\n' % p["h1"] + deck(p, "p", "post-excerpt") + col_box(p, "opinion-author") +
            '<div class="post-meta">%s %s</div>\n</header>\n' % (byline_block(p, "post-author"), dates(p, "post-date")) +
            hero(p, "post-featured") + share(p, "post-share", ("Facebook", "X", "WhatsApp", "Email")) + body + "\n" + after_notes(p, "post-after") +
            paywall_box(p, "post-paywall") + author_box(p, "post-authorbox") + tags(p, "post-tags") + '</article>\n' + related(p, "post-related") +
            comments(p, "post-comments") + '</div>\n<aside class="site-main__sidebar">\n%s</aside>\n</main>\n' % rail(p, "sidebar-widget", "sidebar-ad") +
            newsletter(p, "footer-newsletter") + footer(p, "site-footer") + '</body>\n</html>\n')
    return fix(html), ["div.post-content*"]


# ------------------------------------------------------------------------------------------ lifestyle magazine
def lifestyle(p):
    """A lifestyle or food magazine on WordPress (or the lifestyle channel of a portal): cookie notice; branding and
    tagline; menu with an opinion item; cat-links, entry-title, summary, entry-meta; thumbnail; div.entry-content
    (recipe card top, score boxes, read-also boxes and ads inside are furniture); notes; author box; tags and share;
    related posts; comments; widgets; footer."""
    w = words(p)
    body = render_body(p, '<div class="entry-content">', "</div>", sub="h2", ins={"read": "wp-block-related", "ad": "wp-ad"})
    if p.get("card_top"):
        body = body.replace('<div class="entry-content">', '<div class="entry-content">\n<div class="recipe-card__top">%s</div>' % p["card_top"], 1)
        excl(p, "div.recipe-card__top")
    sponsor = '<div class="sponsor-strip">%s</div>\n' % p["sponsor"] if p.get("sponsor") else ""
    html = (html_open(p, "%s – %s", "post-template-default single single-post", "window.wpData") + cookie(p, "cookie-law-info-bar") +
            '<header id="masthead" class="site-header"><div class="site-branding"><a class="custom-logo-link" href="/">%s</a>'
            '<p class="site-description">%s</p></div><nav id="site-navigation" class="main-navigation">%s</nav></header>\n'
            % (p["site"], p.get("tagline", ""), nav(p["nav"], "menu")) + ticker(p, "news-ticker") +
            '<div id="content" class="site-content"><main id="primary" class="site-main">\n<article class="post type-post status-publish hentry">\n'
            '<header class="entry-header">%s%s<h1 class="entry-title">%s</h1>%s<div class="entry-meta">%s %s</div></header>\n'
            % (sponsor, '<span class="cat-links"><a href="/%s/">%s</a></span>' % (slug(p["kicker"]), p["kicker"]) if p.get("kicker") else "",
               p["h1"], '<p class="entry-summary">%s</p>' % p["deck"] if p.get("deck") else "",
               byline_block(p, "byline"), dates(p, "posted-on")) +
            hero(p, "post-thumbnail") + body + "\n" + after_notes(p, "entry-notes") + author_box(p, "author-info") +
            '<footer class="entry-footer">%s%s</footer>\n</article>\n' % (tags(p, "tags-links"), share(p, "sharedaddy", ("Facebook", "Pinterest", "WhatsApp"))) +
            related(p, "jp-relatedposts") + comments(p, "comments-area") + '</main>\n<aside id="secondary" class="widget-area">\n%s</aside></div>\n'
            % rail(p, "widget", "widget-ad") + newsletter(p, "mc4wp-form") + footer(p) + '</body>\n</html>\n')
    return fix(html), ["div.entry-content*"]

