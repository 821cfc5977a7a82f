"""French-language skeletons outside Europe: a Montréal daily (quebec), a Maghreb news portal
(maghreb), a West or Central African news portal (afrique) and an old-established daily of Haiti or
Lebanon (heritage)."""
from common import (comments_html, partner_box, cookie_banner, html_open, imgsrc, link, lis, menu, ranking, render_body, share_bar, sl,
                    story, teasers, typo)

W = dict(ad="Publicité", rel="Lire aussi", rels="Sur le même sujet", nl_ph="Votre adresse courriel", nl_btn="S’inscrire",
         comments="Commentaires", reply="Répondre", report="Signaler", cmt_ph="Votre commentaire", cmt_btn="Envoyer",
         cmt_more="Afficher plus de commentaires", share="Partager")


def _w(p, **kw):
    return {**W, **kw, **p.get("w", {})}


def _hero(p, cls):
    if not p.get("hero"):
        return ""
    return '<figure class="%s"><img src="%s" alt="" width="1200" height="675"><figcaption>%s</figcaption></figure>\n' % (cls, imgsrc(p, "hero"), p["hero"])


def _footer(p, cols, legal, cls):
    out = ['<footer class="%s">' % cls]
    for title, items in cols:
        out.append('<div class="footer-col"><h3>%s</h3><ul>%s</ul></div>' % (title, lis(items, "/pages")))
    out.append('<p class="footer-legal">%s</p></footer>\n</body>\n</html>\n' % legal)
    return "".join(out)


# ------------------------------------------------------------------------------------------ Montréal daily
def quebec(p):
    """A Montréal daily (La Presse / Le Devoir / Le Journal style): témoins (cookies) banner,
    "Infolettres", "Se connecter", a menu with Opinions › Éditoriaux Chroniques Libre opinion
    Lettres, a label, the byline with role, the Québec date "7 décembre 2026 à 14 h 05" or "Publié à
    … Mis à jour à …", the text in div.article-content* (split by an ad), "Lisez aussi" inside,
    "Infolettre" prompt, "À voir en vidéo", "Les plus populaires"."""
    typo(p)
    w = _w(p, rel="Lisez aussi", rels="À lire aussi", comments="Commentaires", nl_btn="Je m’abonne")
    body = render_body(p, w, '<div class="article-content">', "</div>",
                       split_between=lambda p, u: '<div class="pub-boite" id="pub-%s"><span>Publicité</span></div>' % u,
                       c={"rel": "lisez-aussi", "rels": "encadre-liens", "photo": "photo-article", "nl": "infolettre-promo", "video": "lecteur-video", "h": "h2", "h_cls": "intertitre"})
    html = (html_open(p, "%s | %s", "page-article", "dist/article") +
            cookie_banner("<p>Nous utilisons des témoins de navigation (cookies) afin d’opérer et d’améliorer nos services ainsi qu’à des fins publicitaires. Le respect de votre vie privée est important pour nous. Si vous n’êtes pas à l’aise avec l’utilisation de ces informations, veuillez revoir vos paramètres avant de poursuivre votre visite.</p>",
                          "J’accepte", "Refuser les témoins non essentiels", "Gérer vos paramètres", "bandeau-temoins") +
            '<div class="barre-haut"><span>%s</span> <a href="/infolettres/">Infolettres</a> <a href="/connexion/">Se connecter</a> <a class="btn-don" href="/soutien/">%s</a></div>\n'
            % (p.get("today", ""), p.get("support_btn", "S’abonner")) +
            '<header class="entete"><a class="logo" href="/">%s</a>%s</header>\n' % (p["site"], menu(p["nav"], "menu-sections")) +
            '<div class="en-continu"><b>En continu</b><ul>%s</ul></div>\n' % teasers(p, p.get("ticker", [])) +
            '<main class="contenu"><article class="article">\n' +
            '<nav class="fil-ariane">%s</nav>\n' % " > ".join(link(c) for c in p.get("crumbs", [])) +
            ('<p class="article-etiquette">%s</p>\n' % p["label"] if p.get("label") else "") +
            '<h1 class="article-titre">%s</h1>\n' % p["h1"] +
            ('<p class="article-chapeau">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="article-auteur">%s</div>\n<div class="article-dates">%s</div>\n' % (p.get("byline_html", ""), p["date"]) +
            share_bar(["Facebook", "X", "Courriel", "Copier le lien"], "partage") + "\n" +
            _hero(p, "photo-principale") + body + "\n" +
            ('<p class="article-note">%s</p>\n' % p["footnote"] if p.get("footnote") else "") +
            partner_box(p, "partner-content", "Contenus commandités") + comments_html(p, w, "commentaires") +
            '<section class="a-voir"><h2>À voir en vidéo</h2><ul>%s</ul></section>\n' % teasers(p, p.get("videos", [])) +
            '<section class="meme-sujet"><h2>Sur le même sujet</h2><ul>%s</ul></section>\n' % teasers(p, p.get("related", [])) +
            '</article>\n<aside class="colonne"><section><h2>Les plus populaires</h2>%s</section>\n' % ranking(p, p.get("most", [])) +
            '<section class="opinions-colonne"><h2>Opinions</h2><ul>%s</ul></section></aside></main>\n' % teasers(p, p.get("opinion_rail", [])) +
            _footer(p, [("Sections", ["Actualités", "Politique", "Affaires", "International", "Opinions", "Arts", "Sports", "Société"]),
                        ("Services", ["Infolettres", "Avis de décès", "Carrières", "Publicité", "Application"]),
                        ("À propos", ["Nous joindre", "Politique de confidentialité", "Conditions d’utilisation", "Code de déontologie"])],
                    p.get("footer", "© %s 2026. Tous droits réservés." % p["site"]), "pied-de-page"))
    return html, ["div.article-content*"]


# ------------------------------------------------------------------------------------------ Maghreb news portal
def maghreb(p):
    """A Maghreb news portal (Hespress FR / Le360 / TSA / Kapitalis / Business News style): a top bar
    with the date (and the Hijri date), prayer times or the currency rates, a menu with Opinions ›
    Contributions, Points de vue, a "Dernières infos" ticker, date "07/12/2026 à 14:05", the text
    in div.entry-content* (split by ads), "Lire aussi" inside, comments, "Les plus lus", "Vidéos"."""
    typo(p)
    w = _w(p, cmt_ph="Écrire un commentaire", rels="À lire également")
    body = render_body(p, w, '<div class="entry-content">', "</div>",
                       split_between=lambda p, u: '<div class="ads-block" id="ads-%s"><small>Publicité</small><ins class="adsbygoogle"></ins></div>' % u,
                       c={"rel": "lire-aussi-inline", "rels": "related-box", "photo": "wp-caption", "nl": "nl-box", "video": "video-box", "h": "h3", "h_cls": "wp-block-heading"})
    html = (html_open(p, "%s - %s", "single-post", "wp-content/themes/portail/style") +
            cookie_banner("<p>Ce site utilise des cookies pour améliorer votre expérience de navigation et à des fins statistiques et publicitaires. En poursuivant votre navigation, vous acceptez leur utilisation.</p>",
                          "J’accepte", "Refuser", "En savoir plus", "cookie-notice") +
            '<div class="top-header"><span class="date-du-jour">%s</span> <span class="widget">%s</span> <a href="/newsletter/">Newsletter</a> <a href="/connexion/">Connexion</a></div>\n'
            % (p.get("today", ""), p.get("widget", "")) +
            '<header class="site-header"><a class="site-logo" href="/">%s</a> <span class="langs"><a href="https://ar.%s/">العربية</a> <a href="https://en.%s/">English</a></span></header>\n'
            % (p["site"], p["domain"].replace("www.", ""), p["domain"].replace("www.", "")) +
            menu(p["nav"], "main-menu") + "\n" +
            '<div class="breaking-news"><span>Dernières infos</span><ul>%s</ul></div>\n' % teasers(p, p.get("ticker", [])) +
            '<div class="container"><div class="content-area"><article class="post">\n' +
            '<div class="breadcrumbs">%s</div>\n' % " » ".join(link(c) for c in ["Accueil"] + p.get("crumbs", [])) +
            ('<span class="cat-label">%s</span>\n' % p["label"] if p.get("label") else "") +
            '<h1 class="entry-title">%s</h1>\n' % p["h1"] +
            '<div class="entry-meta"><span class="author vcard">%s</span> <span class="posted-on">%s</span> <span class="views">%s</span></div>\n'
            % (p.get("byline_html", ""), p["date"], p.get("views", "")) +
            ('<p class="entry-excerpt">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            share_bar(["Facebook", "X", "WhatsApp", "Telegram", "LinkedIn"], "social-share", "Partager") + "\n" +
            _hero(p, "post-thumbnail") + body + "\n" +
            ('<p class="post-disclaimer">%s</p>\n' % p["disclaimer"] if p.get("disclaimer") else "") +
            '<div class="post-tags">Tags : %s</div>\n' % " ".join(link(t, "/tag") for t in p.get("tags", [])) +
            '<section class="related-posts"><h3>Articles similaires</h3><ul>%s</ul></section>\n' % teasers(p, p.get("related", [])) +
            partner_box(p, "partner-content", "Contenus sponsorisés") + comments_html(p, w, "comments-area") +
            '</article></div>\n<aside class="widget-area"><section class="widget"><h3>Les plus lus</h3>%s</section>\n' % ranking(p, p.get("most", [])) +
            '<section class="widget widget-opinions"><h3>Opinions</h3><ul>%s</ul></section>\n' % teasers(p, p.get("opinion_rail", [])) +
            '<section class="widget widget-videos"><h3>Vidéos</h3><ul>%s</ul></section></aside></div>\n' % teasers(p, p.get("videos", [])) +
            _footer(p, [("Rubriques", [g if isinstance(g, str) else g[0] for g in p["nav"]]),
                        ("%s" % p["site"], ["Qui sommes-nous", "Contact", "Publicité", "Mentions légales", "Charte des commentaires"])],
                    p.get("footer", "© 2026 %s. Tous droits réservés. Reproduction interdite sans autorisation." % p["site"]), "site-footer"))
    return html, ["div.entry-content*"]


# ------------------------------------------------------------------------------------------ West / Central African portal
def afrique(p):
    """A West or Central African news portal (Seneweb / Dakaractu / Abidjan.net / Cameroon Tribune /
    Actualite.cd style): a "Flash info" bar, login, a dense menu with Contributions and Opinions,
    a leaderboard ad, date "Publié le lundi 7 décembre 2026 | 14:05", read counter, the text in
    div.article-text* (split by ads), "À lire aussi" inside, WhatsApp channel prompt, comments,
    "Les plus commentés", "Nécrologie", a footer."""
    typo(p)
    w = _w(p, rel="À lire aussi", cmt_ph="Laissez un commentaire", comments="Commentaires")
    body = render_body(p, w, '<div class="article-text">', "</div>",
                       split_between=lambda p, u: '<div class="banniere-pub" id="bpub-%s"><span>Publicité</span><a href="/annonceurs/"><img src="https://ads.%s/b/%s.gif" alt=""></a></div>' % (u, p["domain"].replace("www.", ""), u),
                       c={"rel": "a-lire-aussi", "rels": "bloc-liens", "photo": "photo-legende", "nl": "bloc-newsletter", "video": "bloc-video", "h": "h2", "h_cls": "sous-titre"})
    html = (html_open(p, "%s | %s", "page-article", "theme/css/portail") +
            cookie_banner("<p>Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site. Si vous continuez à utiliser ce dernier, nous considérerons que vous acceptez l’utilisation des cookies.</p>",
                          "Ok", "Non merci", "Politique de confidentialité", "cookie-bar") +
            '<div class="flash-info"><b>Flash info</b><ul>%s</ul></div>\n' % teasers(p, p.get("ticker", [])) +
            '<div class="top-links"><span>%s</span> <a href="/connexion/">Connexion</a> <a href="/inscription/">Inscription</a> <a href="/direct/">Radio en direct</a></div>\n' % p.get("today", "") +
            '<header class="header"><a class="logo" href="/">%s</a><div class="pub-leaderboard"><span>Publicité</span></div></header>\n' % p["site"] +
            menu(p["nav"], "menu-principal") + "\n" +
            '<div class="wrapper"><div class="colonne-principale"><article class="article">\n' +
            '<div class="chemin">%s</div>\n' % " > ".join(link(c) for c in ["Accueil"] + p.get("crumbs", [])) +
            ('<span class="rubrique">%s</span>\n' % p["label"] if p.get("label") else "") +
            '<h1 class="titre-article">%s</h1>\n' % p["h1"] +
            '<div class="infos-article"><span class="auteur">%s</span> <span class="date-publication">%s</span> <span class="lectures">%s</span></div>\n'
            % (p.get("byline_html", ""), p["date"], p.get("views", "")) +
            ('<p class="chapeau">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            share_bar(["Facebook", "WhatsApp", "X", "Telegram"], "partage-social", "Partager") + "\n" +
            _hero(p, "image-une") + body + "\n" +
            ('<p class="avertissement">%s</p>\n' % p["disclaimer"] if p.get("disclaimer") else "") +
            '<div class="whatsapp-cta"><p>%s</p><a href="https://whatsapp.com/channel/%s">Rejoindre la chaîne</a></div>\n'
            % (p.get("wa", "Suivez-nous sur notre chaîne WhatsApp pour ne rien manquer de l’actualité"), sl(p["site"])) +
            '<div class="mots-cles">Mots-clés : %s</div>\n' % ", ".join(link(t, "/tag") for t in p.get("tags", [])) +
            partner_box(p, "partner-content", "Sponsorisé") + comments_html(p, w, "commentaires") +
            '<section class="articles-lies"><h2>Articles liés</h2><ul>%s</ul></section>\n' % teasers(p, p.get("related", [])) +
            '</article></div>\n<aside class="colonne-droite"><section><h2>Les plus commentés</h2>%s</section>\n' % ranking(p, p.get("most", [])) +
            '<section class="bloc-contributions"><h2>Contributions</h2><ul>%s</ul></section>\n' % teasers(p, p.get("opinion_rail", [])) +
            '<section class="necrologie"><h2>Nécrologie</h2><ul>%s</ul></section></aside></div>\n' % teasers(p, p.get("necro", ["Avis de décès et remerciements"])) +
            _footer(p, [("Rubriques", [g if isinstance(g, str) else g[0] for g in p["nav"]]),
                        ("Le site", ["Qui sommes-nous ?", "Nous contacter", "Annonceurs", "Conditions d’utilisation", "Charte"])],
                    p.get("footer", "© 2026 %s – Tous droits réservés. Toute reproduction, même partielle, est interdite." % p["site"]), "footer"))
    return html, ["div.article-text*"]


# ------------------------------------------------------------------------------------------ Haiti / Lebanon legacy daily
def heritage(p):
    """An old-established daily of Haiti or Lebanon (Le Nouvelliste / L’Orient-Le Jour style): the
    founding year in the masthead, today's date, "Abonnez-vous", a menu with Opinion › Éditorial,
    Tribunes, Courrier, the byline "Par … , le 07 décembre 2026 à 14h05", the text in
    div.article_full_text* (split by an ad), "Lire aussi" inside, a premium wall teaser after it,
    "Les plus lus", "Dernières infos", a footer."""
    typo(p)
    w = _w(p, cmt_ph="Votre réaction")
    body = render_body(p, w, '<div class="article_full_text">', "</div>",
                       split_between=lambda p, u: '<div class="ad_inarticle" id="adslot-%s"><span>Publicité</span></div>' % u,
                       c={"rel": "article_readmore", "rels": "article_relatedbox", "photo": "article_img", "nl": "article_nl", "h": "h2", "h_cls": "article_intertitle"})
    html = (html_open(p, "%s - %s", "article_page", "assets/css/site") +
            cookie_banner("<p>En poursuivant votre navigation, vous acceptez l’utilisation de cookies destinés à mesurer l’audience et à vous proposer des contenus et des publicités adaptés.</p>",
                          "Accepter", "Refuser", "Paramétrer", "cookies_banner") +
            '<div class="masthead_top"><span class="today">%s</span> <span class="founded">%s</span> <a href="/abonnement/">Abonnez-vous</a> <a href="/login/">Connexion</a></div>\n'
            % (p.get("today", ""), p.get("founded", "")) +
            '<header class="masthead"><a class="masthead_logo" href="/">%s</a></header>\n' % p["site"] +
            menu(p["nav"], "nav_sections") + "\n" +
            '<div class="latest_bar"><b>Dernières infos</b><ul>%s</ul></div>\n' % teasers(p, p.get("ticker", [])) +
            '<main class="article_main"><article class="article_wrapper">\n' +
            '<div class="article_rubric">%s</div>\n' % " | ".join(link(c) for c in p.get("crumbs", [])) +
            ('<p class="article_label">%s</p>\n' % p["label"] if p.get("label") else "") +
            '<h1 class="article_title">%s</h1>\n' % p["h1"] +
            ('<h2 class="article_subtitle">%s</h2>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="article_author">%s</div><div class="article_date">%s</div>\n' % (p.get("byline_html", ""), p["date"]) +
            share_bar(["Facebook", "X", "WhatsApp", "LinkedIn", "Imprimer"], "article_share") + "\n" +
            _hero(p, "article_cover") + body + "\n" +
            ('<div class="article_paywall"><p>%s</p><a href="/abonnement/">Je m’abonne</a></div>\n' % p["paywall"] if p.get("paywall") else "") +
            '<div class="article_tags">%s</div>\n' % " ".join(link(t, "/tag") for t in p.get("tags", [])) +
            partner_box(p, "partner-content", "À découvrir") + comments_html(p, w, "article_comments") +
            '<section class="article_related"><h2>Dans la même rubrique</h2><ul>%s</ul></section>\n' % teasers(p, p.get("related", [])) +
            '</article>\n<aside class="sidebar"><section><h2>Les plus lus</h2>%s</section>\n' % ranking(p, p.get("most", [])) +
            '<section class="sidebar_opinion"><h2>Opinion</h2><ul>%s</ul></section></aside></main>\n' % teasers(p, p.get("opinion_rail", [])) +
            _footer(p, [("Rubriques", [g if isinstance(g, str) else g[0] for g in p["nav"]]),
                        ("Le journal", ["Qui sommes-nous", "Contact", "Publicité", "Archives", "Conditions d’utilisation"])],
                    p.get("footer", "© %s 2026. Tous droits réservés." % p["site"]), "site_footer"))
    return html, ["div.article_full_text*"]
