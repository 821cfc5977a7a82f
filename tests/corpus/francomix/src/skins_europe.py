"""European French-language skeletons: a Paris national daily (quotidien), a French regional daily
(regional), a French news weekly (hebdo), a Brussels daily (belge) and a Romandie daily (romand)."""
from common import (comments_html, partner_box, cookie_banner, html_open, imgsrc, link, lis, menu, ranking, render_body, share_bar, sl,
                    story, teasers, typo)

W = dict(ad="Publicité", rel="Lire aussi", rels="Sur le même sujet", nl_ph="Votre adresse e-mail", nl_btn="Je m’inscris",
         comments="Réactions", reply="Répondre", report="Signaler", cmt_ph="Réagissez à cet article…", cmt_btn="Publier",
         cmt_more="Voir toutes les réactions", share="Partager")


def _w(p, **kw):
    return {**W, **kw, **p.get("w", {})}


def _hero(p, cls="article__media"):
    if not p.get("hero"):
        return ""
    return '<figure class="%s"><img src="%s" alt="" width="1200" height="675"><figcaption>%s</figcaption></figure>\n' % (cls, imgsrc(p, "hero"), p["hero"])


def _crumbs(p, sep=" › ", cls="breadcrumb"):
    items = [link(c) for c in ["Accueil"] + p.get("crumbs", [])]
    return '<nav class="%s" aria-label="Fil d’Ariane">%s</nav>\n' % (cls, sep.join(items))


def _tags(p, cls="article__tags", label="Sujets associés"):
    if not p.get("tags"):
        return ""
    return '<div class="%s"><span>%s</span> %s</div>\n' % (cls, label, " ".join(link(t, "/sujet") for t in p["tags"]))


def _footer(p, cols, legal, cls="site-footer"):
    out = ['<footer class="%s">' % cls]
    for title, items in cols:
        out.append('<div class="footer-col"><h3>%s</h3><ul>%s</ul></div>' % (title, lis(items, "/services")))
    out.append('<p class="footer-legal">%s</p></footer>\n</body>\n</html>\n' % legal)
    return "".join(out)


# ------------------------------------------------------------------------------------------ Paris national daily
def quotidien(p):
    """A Paris national daily (Le Monde / Le Figaro / Libération style): consent wall, S’abonner /
    Se connecter, a menu with Idées › Éditoriaux Tribunes Chroniques, an "En continu" ticker, kicker,
    chapô, byline with "Publié le … à 14h05, modifié le …", "Article réservé aux abonnés", the text
    in section.article__content (split by an in-read ad), "Lire aussi" lines inside, "Vous avez aimé
    cet article ?", Réactions, "Sur le même sujet", "Les plus lus", an Idées rail, a big footer."""
    typo(p)
    w = _w(p)
    body = render_body(p, w, '<section class="article__content">', "</section>",
                       para=lambda a: '<p class="article__paragraph">%s</p>' % a,
                       split_between=lambda p, u: '<div class="dfp__inread dfp-slot" id="inread_%s"><span>Publicité</span></div>' % u,
                       c={"rel": "article__siblings", "photo": "article__figure", "nl": "article__newsletter", "h": "h2", "h_cls": "article__sub-title"})
    html = (html_open(p, "%s | %s", "page-article", "css/article") +
            cookie_banner("<p><b>%s et nos partenaires respectons votre vie privée.</b> Nous utilisons des cookies pour mesurer l’audience, afficher des publicités personnalisées et vous proposer des contenus adaptés. Vous pouvez accepter, refuser ou paramétrer vos choix à tout moment via le lien « Préférences cookies » en bas de page.</p>" % p["site"],
                          "Accepter et fermer", "Continuer sans accepter", "Paramétrer mes choix", "didomi-popup") +
            '<div class="top-bar"><span class="top-bar__date">%s</span><a class="top-bar__paper" href="/journal/">Le journal du jour</a>'
            '<a class="btn-subscribe" href="/abonnement/">S’abonner</a><a class="btn-login" href="/connexion/">Se connecter</a></div>\n' % p.get("today", "") +
            '<header class="site-header"><a class="logo" href="/">%s</a><button class="burger">Menu</button><form class="search" action="/recherche/"><input type="search" placeholder="Rechercher"></form></header>\n' % p["site"] +
            menu(p["nav"], "main-nav") + "\n" +
            '<div class="ticker"><span class="ticker__label">En continu</span><ul>%s</ul></div>\n' % teasers(p, p.get("ticker", [])) +
            '<main class="article-page"><article class="article article--%s">\n' % p.get("secpath", "") + _crumbs(p) +
            ('<span class="article__kicker">%s</span>\n' % p["label"] if p.get("label") else "") +
            '<h1 class="article__title">%s</h1>\n' % p["h1"] +
            ('<p class="article__desc">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="article__meta"><span class="author">%s</span> <span class="meta__date">%s</span>%s <span class="meta__reading-time">Lecture %s min.</span></div>\n'
            % (p.get("byline_html", ""), p["date"], ' <span class="premium-badge">Article réservé aux abonnés</span>' if p.get("premium") else "", p.get("read_min", 4)) +
            share_bar(["Partager sur Facebook", "Partager sur X", "Envoyer par e-mail", "Copier le lien"], "share-top") +
            '<a class="gift" href="/offrir/">Offrir cet article</a> <a class="bookmark" href="#save">Sauvegarder</a>\n' +
            _hero(p) + body + "\n" +
            ('<p class="article__footnote">%s</p>\n' % p["footnote"] if p.get("footnote") else "") +
            _tags(p) +
            '<div class="article__support"><p class="support-title">Vous avez aimé cet article ?</p><p>%s</p><a href="/abonnement/">Je m’abonne</a></div>\n'
            % p.get("support", "Soutenez une rédaction indépendante : abonnez-vous à partir de 1 € le premier mois, sans engagement.") +
            partner_box(p, "partner-content", "À découvrir aussi") + comments_html(p, w, "comments") +
            '<section class="related"><h2>Sur le même sujet</h2><ul>%s</ul></section>\n' % teasers(p, p.get("related", [])) +
            '</article>\n<aside class="sidebar"><section class="most-read-box"><h2>Les plus lus</h2>%s</section>\n' % ranking(p, p.get("most", [])) +
            '<section class="ideas-rail"><h2>Idées</h2><ul>%s</ul></section>\n' % teasers(p, p.get("opinion_rail", [])) +
            '<section class="services"><h2>Services</h2><ul>%s</ul></section></aside></main>\n' % lis(["Mots croisés", "Sudoku", "Jeux", "Annonces immobilières", "Codes promo", "Guides d’achat"], "/services") +
            _footer(p, [("Rubriques", ["International", "Politique", "Société", "Économie", "Idées", "Culture", "Sport"]),
                        ("Le journal", ["Qui sommes-nous ?", "Charte d’éthique", "Nous contacter", "Archives", "Recrutement"]),
                        ("Services", ["Abonnement", "Newsletters", "Application mobile", "Boutique", "Préférences cookies"])],
                    p.get("footer", "© %s – Reproduction interdite de tous les articles du site, sauf accord de la rédaction. Mentions légales · CGV · Politique de confidentialité" % p["site"])))
    return html, ["section.article__content*"]


# ------------------------------------------------------------------------------------------ French regional daily
def regional(p):
    """A French regional daily (Ouest-France / La Dépêche / Le Progrès style): "Votre édition", a
    town and weather bar, a menu of departments with Opinion › Éditos, a "Publié le 07/12/2026 à
    14h05 / Modifié le …" or "Il y a 3 heures" line, the text in div.article-body split by ads,
    "À lire aussi" inside, "Voir les commentaires", "À la une", "Les plus lus", a sticky app prompt."""
    typo(p)
    w = _w(p, rel="À lire aussi", comments="Commentaires", cmt_more="Voir les commentaires")
    body = render_body(p, w, '<div class="article-body">', "</div>",
                       split_between=lambda p, u: '<div class="pub-container" id="pub_%s"><p class="pub-label">Publicité</p><div class="pub-slot"></div></div>' % u,
                       c={"rel": "lire-aussi", "rels": "encart-meme-sujet", "photo": "article-photo", "nl": "inscription-newsletter", "h": "h2", "h_cls": "intertitre"})
    html = (html_open(p, "%s - %s", "article-detail", "assets/app") +
            cookie_banner("<p>Avec votre accord, nous et nos 812 partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site. Vous pouvez retirer votre consentement ou vous opposer aux traitements basés sur l’intérêt légitime à tout moment en cliquant sur « En savoir plus ».</p>",
                          "Accepter", "Refuser", "En savoir plus", "sp-message") +
            '<div class="edition-bar"><span>Votre édition : <a href="/%s/">%s</a></span> <span class="meteo">%s</span> <a href="/abonnement/">Abonnez-vous</a> <a href="/compte/">Mon compte</a></div>\n'
            % (sl(p.get("edition", "Nantes")), p.get("edition", "Nantes"), p.get("weather", "")) +
            '<header class="header"><a class="header__logo" href="/">%s</a></header>\n' % p["site"] +
            menu(p["nav"], "nav-regions") + "\n" +
            '<div class="flash-info"><b>Info locale</b><ul>%s</ul></div>\n' % teasers(p, p.get("ticker", [])) +
            '<div class="page"><article class="article">\n' + _crumbs(p, " / ", "fil-ariane") +
            ('<p class="article-surtitre">%s</p>\n' % p["label"] if p.get("label") else "") +
            '<h1 class="article-titre">%s</h1>\n' % p["h1"] +
            ('<p class="article-chapo">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="article-infos"><p class="signature">%s</p><p class="date">%s</p></div>\n' % (p.get("byline_html", ""), p["date"]) +
            share_bar(["Facebook", "X", "WhatsApp", "Messenger", "E-mail"], "partage", "Partager") + "\n" +
            _hero(p, "article-visuel") + body + "\n" +
            _tags(p, "mots-cles", "Mots-clés") +
            share_bar(["Facebook", "X", "WhatsApp", "Copier le lien"], "partage partage--bas", "Partager cet article") + "\n" +
            partner_box(p, "partner-content", "Contenus partenaires") + comments_html(p, w, "commentaires") +
            '<section class="a-la-une"><h2>À la une</h2><ul>%s</ul></section>\n' % teasers(p, p.get("related", [])) +
            '</article>\n<aside class="colonne"><div class="pub-colonne"><p>Publicité</p></div><section class="plus-lus"><h2>Les plus lus</h2>%s</section>\n' % ranking(p, p.get("most", [])) +
            '<section class="opinions"><h2>Opinions</h2><ul>%s</ul></section>\n' % teasers(p, p.get("opinion_rail", [])) +
            '<section class="avis-deces"><h2>Avis de décès</h2><p>Consultez les avis de décès de votre département et déposez un message de condoléances.</p></section></aside></div>\n' +
            '<div class="app-sticky"><p>Toute l’actualité de votre ville sur l’application %s</p><a href="/application/">Télécharger</a></div>\n' % p["site"] +
            _footer(p, [("%s" % p["site"], ["Nous contacter", "Petites annonces", "Annonces légales", "Avis de décès", "Carrières", "Le journal numérique"]),
                        ("Départements", p.get("departements", [])),
                        ("Informations légales", ["Mentions légales", "Données personnelles", "Gestion des cookies", "CGU"])],
                    p.get("footer", "© %s – Tous droits réservés" % p["site"]), "footer"))
    return html, ["div.article-body*"]


# ------------------------------------------------------------------------------------------ French news weekly
def hebdo(p):
    """A French news weekly (L’Express / Le Point / Marianne style): "Le magazine" and kiosque links,
    a menu with Idées et débats › Chroniques, the rubrique kicker, "Publié le 07/12/2026 à 14:05",
    the text in div.article__body (one container), Newsletter and "À lire aussi" boxes inside,
    "Cet article est paru dans…" under it, "Les plus lus", a kiosque box, a big footer."""
    typo(p)
    w = _w(p, rel="À lire aussi", comments="Commentaires")
    body = render_body(p, w, '<div class="article__body">', "</div>",
                       split_between=lambda p, u: '<div class="paywall-teaser" id="pw_%s"><p>Publicité</p></div>' % u,
                       c={"rel": "article__read-also", "rels": "article__related", "photo": "article__image", "nl": "nl-inline", "pull": "article__quote", "h": "h2", "h_cls": "article__intertitle"})
    html = (html_open(p, "%s - %s", "single single-article", "dist/main") +
            cookie_banner("<p>Nous utilisons des cookies afin de vous offrir la meilleure expérience de lecture, de mesurer l’audience et de vous proposer des publicités adaptées à vos centres d’intérêt. En cliquant sur « Tout accepter », vous consentez à ces usages.</p>",
                          "Tout accepter", "Tout refuser", "Personnaliser", "consent-box") +
            '<div class="pre-header"><a href="/kiosque/">Le magazine de la semaine</a> <a href="/application/">Télécharger l’application</a> '
            '<a class="btn-abo" href="/abonnement/">Abonnez-vous : 1 € le premier mois</a> <a href="/connexion/">Se connecter</a></div>\n' +
            '<header class="masthead"><a class="masthead__logo" href="/">%s</a></header>\n' % p["site"] +
            menu(p["nav"], "nav-main") + "\n" +
            '<div class="trending"><span>Tendances</span> %s</div>\n' % " ".join(link(t, "/sujet") for t in p.get("trending", [])) +
            '<main class="main"><article class="article" itemscope>\n' + _crumbs(p, " > ", "article__breadcrumb") +
            ('<p class="article__kicker">%s</p>\n' % p["label"] if p.get("label") else "") +
            '<h1 class="article__headline">%s</h1>\n' % p["h1"] +
            ('<p class="article__lead">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="article__byline"><span class="byline__author">%s</span><time class="byline__date">%s</time></div>\n' % (p.get("byline_html", ""), p["date"]) +
            ('<p class="article__premium">Réservé aux abonnés</p>\n' if p.get("premium") else "") +
            share_bar(["Facebook", "X", "LinkedIn", "E-mail"], "article__share") + "\n" +
            _hero(p, "article__hero") + body + "\n" +
            ('<p class="article__issue">%s</p>\n' % p["issue"] if p.get("issue") else "") +
            _tags(p, "article__topics", "Thématiques") +
            '<div class="article__comments-cta"><a href="#reactions">Réagir</a> <span>%s commentaires</span></div>\n' % p.get("comment_count", 0) +
            partner_box(p, "partner-content", "Vous aimerez aussi") + comments_html(p, w, "reactions") +
            '<section class="article__more"><h2>Nos articles sur le même sujet</h2><ul>%s</ul></section>\n' % teasers(p, p.get("related", [])) +
            '</article>\n<aside class="aside"><section><h2>Les plus lus</h2>%s</section>\n' % ranking(p, p.get("most", [])) +
            '<section class="aside-opinions"><h2>Idées et débats</h2><ul>%s</ul></section>\n' % teasers(p, p.get("opinion_rail", [])) +
            '<section class="kiosque"><h2>Le magazine</h2><p>%s</p><a href="/kiosque/">Lire le numéro</a> <a href="/abonnement/">S’abonner</a></section></aside></main>\n' % p.get("kiosque", "") +
            _footer(p, [("Rubriques", ["Politique", "Économie", "Monde", "Société", "Culture", "Idées et débats", "Styles"]),
                        ("Le groupe", ["Qui sommes-nous", "Publicité", "Nous contacter", "Recrutement"]),
                        ("Abonnement", ["S’abonner", "Offrir un abonnement", "Espace abonné", "FAQ"])],
                    p.get("footer", "© %s 2026 – Tous droits réservés. Toute reproduction est interdite." % p["site"]), "footer"))
    return html, ["div.article__body*"]


# ------------------------------------------------------------------------------------------ Brussels daily
def belge(p):
    """A Brussels daily (Le Soir / La Libre / DH style): a consent wall, "Mon compte" / "S’abonner",
    a menu with Belgique (Bruxelles, Wallonie, Flandre) and Opinions › Cartes blanches, Éditos; a
    label, "Par … · Publié le 7/12/2026 à 14:05 · Temps de lecture: 4 min", "Article réservé aux
    abonnés", the text in div.r-article--section* (split by an ad), "Lire aussi" inside, "Les
    plus lus", "Le fil info", a footer."""
    typo(p)
    w = _w(p)
    body = render_body(p, w, '<div class="r-article--section">', "</div>",
                       split_between=lambda p, u: '<div class="r-ad r-ad--inread" id="ad_%s"><span>Publicité</span></div>' % u,
                       c={"rel": "r-article--readalso", "rels": "r-article--related", "photo": "r-article--figure", "nl": "r-newsletter", "h": "h3", "h_cls": "r-article--intertitle"})
    html = (html_open(p, "%s - %s", "r-page r-page--article", "build/site") +
            cookie_banner("<p>Le respect de votre vie privée est notre priorité. %s et ses partenaires utilisent des cookies et des technologies similaires pour vous offrir une expérience personnalisée, mesurer l’audience et vous proposer des contenus et publicités adaptés.</p>" % p["site"],
                          "J’accepte", "Je refuse", "Paramètres", "r-consent") +
            '<div class="r-topbar"><span>%s</span> <a href="/epaper/">Le journal numérique</a> <a href="/compte/">Mon compte</a> <a class="r-btn" href="/abonnement/">S’abonner</a></div>\n' % p.get("today", "") +
            '<header class="r-header"><a class="r-logo" href="/">%s</a>%s</header>\n' % (p["site"], menu(p["nav"], "r-nav")) +
            '<div class="r-fil"><b>Le fil info</b><ul>%s</ul></div>\n' % teasers(p, p.get("ticker", [])) +
            '<main class="r-main"><article class="r-article">\n' + _crumbs(p, " / ", "r-breadcrumb") +
            ('<p class="r-article--label">%s</p>\n' % p["label"] if p.get("label") else "") +
            '<h1 class="r-article--title">%s</h1>\n' % p["h1"] +
            ('<p class="r-article--chapo">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="r-article--meta"><span class="r-article--author">%s</span> · <span class="r-article--date">%s</span> · <span>Temps de lecture: %s min</span></div>\n'
            % (p.get("byline_html", ""), p["date"], p.get("read_min", 4)) +
            ('<p class="r-premium">Article réservé aux abonnés</p>\n' if p.get("premium") else "") +
            share_bar(["Facebook", "X", "LinkedIn", "WhatsApp", "E-mail"], "r-share") + "\n" +
            _hero(p, "r-article--hero") + body + "\n" +
            ('<p class="r-article--disclaimer">%s</p>\n' % p["disclaimer"] if p.get("disclaimer") else "") +
            _tags(p, "r-tags", "Sur le même sujet") +
            partner_box(p, "partner-content", "Contenus sponsorisés") + comments_html(p, w, "r-comments") +
            '<section class="r-related"><h2>À lire aussi</h2><ul>%s</ul></section>\n' % teasers(p, p.get("related", [])) +
            '</article>\n<aside class="r-aside"><section><h2>Les plus lus</h2>%s</section>\n' % ranking(p, p.get("most", [])) +
            '<section class="r-opinions"><h2>Opinions</h2><ul>%s</ul></section></aside></main>\n' % teasers(p, p.get("opinion_rail", [])) +
            _footer(p, [("Rubriques", ["Belgique", "Monde", "Économie", "Opinions", "Culture", "Sports", "Bruxelles"]),
                        ("Services", ["Abonnements", "Journal numérique", "Newsletters", "Nécrologie", "Immo", "Emploi"]),
                        ("À propos", ["Contact", "Mentions légales", "Vie privée", "Cookies", "Conditions générales"])],
                    p.get("footer", "© %s 2026 – Tous droits réservés" % p["site"]), "r-footer"))
    return html, ["div.r-article--section*"]


# ------------------------------------------------------------------------------------------ Romandie daily
def romand(p):
    """A Romandie daily (24 heures / Tribune de Genève / Le Temps / Le Nouvelliste style): "Abo"
    badges, a menu with Vaud, Genève, Valais and Opinion › Éditorial, Courrier des lecteurs, the
    Swiss date "Publié: 07.12.2026, 14h05 · Mis à jour: …", the text in div.article-paragraphs
    (split by an ad), "Lire aussi" inside, "Vous avez trouvé une erreur? Signalez-la.", the writer's
    box, "Les plus lus", "Plus d’informations"."""
    typo(p)
    w = _w(p, rels="Plus sur le sujet", comments="Commentaires", cmt_more="Afficher plus de commentaires")
    body = render_body(p, w, '<div class="article-paragraphs">', "</div>",
                       split_between=lambda p, u: '<div class="ad-wrapper" id="ad-%s"><p>Publicité</p></div>' % u,
                       c={"rel": "article-related", "rels": "article-related-box", "photo": "article-img", "nl": "newsletter-teaser", "h": "h2", "h_cls": "crosshead"})
    html = (html_open(p, "%s | %s", "page article", "_next/static/app") +
            cookie_banner("<p>Ce site utilise des cookies et des technologies similaires. Nous les utilisons pour améliorer votre expérience, analyser l’utilisation du site et vous montrer des publicités personnalisées. Vous trouverez plus d’informations dans notre déclaration de protection des données.</p>",
                          "Accepter", "Refuser", "Réglages", "consent-layer") +
            '<div class="meta-nav"><a href="/epaper/">E-Paper</a> <a href="/abonnements/">Abonnements</a> <a href="/login/">Se connecter</a> <span class="weather">%s</span></div>\n' % p.get("weather", "") +
            '<header class="main-header"><a class="logo" href="/">%s</a>%s</header>\n' % (p["site"], menu(p["nav"], "navigation")) +
            '<div class="news-ticker"><span>Dernières nouvelles</span><ul>%s</ul></div>\n' % teasers(p, p.get("ticker", [])) +
            '<main class="content"><article class="article-main">\n' + _crumbs(p, " · ", "article-breadcrumb") +
            ('<span class="article-flag">%s</span>\n' % p["label"] if p.get("label") else "") +
            ('<span class="abo-badge">Abo</span>\n' if p.get("premium") else "") +
            '<h1 class="article-title">%s</h1>\n' % p["h1"] +
            ('<p class="article-lead">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="article-meta"><div class="authors">%s</div><div class="dates">%s</div></div>\n' % (p.get("byline_html", ""), p["date"]) +
            share_bar(["Facebook", "X", "WhatsApp", "E-mail", "Imprimer"], "article-share") + "\n" +
            _hero(p, "article-lead-image") + body + "\n" +
            ('<div class="author-box">%s</div>\n' % p["author_box"] if p.get("author_box") else "") +
            '<p class="error-report">Vous avez trouvé une erreur? <a href="/erreur/">Merci de nous la signaler</a>.</p>\n' +
            partner_box(p, "partner-content", "Découvrez aussi") + comments_html(p, w, "comment-section") +
            '<section class="more-news"><h2>Plus d’informations</h2><ul>%s</ul></section>\n' % teasers(p, p.get("related", [])) +
            '</article>\n<aside class="rail"><section><h2>Les plus lus</h2>%s</section>\n' % ranking(p, p.get("most", [])) +
            '<section class="rail-opinion"><h2>Opinion</h2><ul>%s</ul></section></aside></main>\n' % teasers(p, p.get("opinion_rail", [])) +
            _footer(p, [("Rubriques", ["Vaud", "Genève", "Suisse", "Monde", "Économie", "Opinion", "Culture", "Sports"]),
                        ("Services", ["Abonnements", "E-Paper", "Newsletters", "Avis mortuaires", "Concours", "Annonces"]),
                        ("Contact", ["Impressum", "Protection des données", "Conditions générales", "Publicité"])],
                    p.get("footer", "© %s. Tous droits réservés." % p["site"]), "main-footer"))
    return html, ["div.article-paragraphs*"]
