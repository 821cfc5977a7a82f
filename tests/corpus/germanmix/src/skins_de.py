"""German page skeletons: a national news site (Spiegel / Zeit / FAZ / SZ style, denational) and a
regional paper of a newspaper group (Madsack / Funke / Ippen style, deregional). Each prints its
text in one or more containers (a `*` selector) with the furniture listed in p["exclude"]."""
from kit import hexid
from common import (finish, audio, comments_html, consent, html_open, imgsrc, link, links, lis, menu, ranking, render_body, share_bar,
                    teaser, teasers, words)


def _plus(p):
    return '<span class="plus-badge" title="Abo-Inhalt">%s</span> ' % p["badge_word"] if p.get("plus") else ""


def _hero(p, cls):
    if not p.get("hero"):
        return ""
    return '<figure class="%s"><img src="%s" alt="" width="1200" height="675"><figcaption>%s</figcaption></figure>\n' % (cls, imgsrc(p, "hero"), p["hero"])


# ------------------------------------------------------------------------------------------ national
def denational(p):
    """A German national news site: consent layer, top bar (E-Paper, Abo abschließen, Anmelden), a
    section menu with sub-menus (Meinung › Kommentare, Kolumnen, Gastbeiträge), a news ticker,
    breadcrumbs, the kicker inside the <h1> above the headline (with the Plus badge), lead, byline,
    date, reading time, "Artikel anhören" player, "Artikel teilen"; the text in div.article-body
    (split by "Anzeige" blocks); topics, "Zur Startseite", comments, a teaser grid, a Meistgelesen
    rail with a Meinung box, footer."""
    w = words(p)
    ad = lambda p_, uid: '<div class="ad-container ad-container--inline" id="ad-%s"><span class="ad-label">%s</span></div>' % (uid, w["ad"])
    body = render_body(p, w, '<div class="article-body" data-area="body">', "</div>", para=lambda a: '<p class="paragraph">%s</p>' % a,
                       split_between=ad, sub="h3", cls={"rel": "inline-related", "ad": "ad-inline", "fig": "inline-image", "read": "read-also"})
    crumbs = " <span>›</span> ".join(link(c) for c in [w["home"]] + p.get("crumbs", []))
    html = (html_open(p, "%s - %s", "page-article") + consent(p, w) +
            '<div class="topbar"><a href="https://%s/">%s</a><a class="topbar__epaper" href="/epaper/">%s</a><a class="topbar__abo" href="/abo/">%s</a>'
            '<a class="topbar__login" href="https://login.%s/">%s</a><span class="topbar__date">%s</span></div>\n'
            % (p["domain"], p["site"], w["epaper"], w["abo"], p["domain"], w["login"], p.get("today", "")) +
            '<header class="site-header"><a class="site-logo" href="/">%s</a>\n%s</header>\n' % (p["site"], menu(p["nav"])) +
            '<div class="news-ticker"><span class="news-ticker__label">%s</span><ul>%s</ul></div>\n' % (w["ticker"], teasers(p, p.get("ticker", []), base="news")) +
            '<main id="main" class="main"><article class="article" data-article-id="%s">\n' % hexid(p["url"], 8) +
            '<nav class="breadcrumb" aria-label="Brotkrumen">%s</nav>\n' % crumbs +
            '<header class="article-header">\n<h1 class="article-title">%s<span class="article-kicker">%s</span> <span class="article-headline">%s</span></h1>\n'
            % (_plus(p), p.get("kicker", ""), p["h1"]) +
            ('<p class="article-lead">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="article-meta"><span class="article-byline">%s</span> <span class="article-date">%s</span> <span class="reading-time">%s: %s %s</span></div>\n'
            % (p.get("byline_html", ""), p["date"], w["read_time"], p.get("minutes", 4), w["min"]) +
            audio(p, w) + share_bar(p, w, "share-bar share-bar--top") + "\n</header>\n" + _hero(p, "article-hero") +
            body + "\n" +
            ('<p class="article-updated">%s</p>\n' % p["updated"] if p.get("updated") else "") +
            '<div class="article-topics"><span>%s:</span> %s</div>\n' % (w["topics"], links(p.get("tags", []), "/thema")) +
            share_bar(p, w, "share-bar share-bar--bottom") + "\n" +
            '<a class="to-home" href="/">%s</a>\n' % w["tohome"] +
            comments_html(p, w, "comments") +
            '<section class="teaser-grid"><h2>%s</h2><ul>%s</ul></section>\n' % (w["more"], teasers(p, p.get("related", []), badge=p["badge_word"])) +
            '</article>\n<aside class="sidebar"><section class="sidebar-box"><h2>%s</h2>%s</section>\n' % (w["rank"], ranking(p, p.get("rank", []), badge=p["badge_word"])) +
            '<section class="sidebar-box sidebar-box--opinion"><h2>%s</h2><ul>%s</ul></section>\n' % (p.get("opinion_box", "Meinung"), teasers(p, p.get("opinion", []), base="meinung", badge=p["badge_word"])) +
            '<section class="sidebar-box newsletter"><p>%s</p><a href="/newsletter/">%s</a></section></aside>\n</main>\n' % (p.get("newsletter", ""), w["nl_btn"]) +
            '<footer class="site-footer"><ul class="footer-sections">%s</ul><ul class="footer-legal">%s</ul><p class="copyright">%s</p></footer>\n</body>\n</html>\n'
            % (lis([g[0] if isinstance(g, tuple) else g for g in p["nav"]], "/rubrik"), lis(w["footer_legal"], "/service"), p["footer"]))
    return finish(html), ["div.article-body*"]


# ------------------------------------------------------------------------------------------ regional
def deregional(p):
    """A German regional paper of a newspaper group: service bar (weather, E-Paper, Abo, Anmelden), a
    menu with the region's towns, an Eilmeldung bar, breadcrumbs, kicker with the Plus badge, h1,
    intro, author and date line ("vor 2 Stunden" beside a machine date, or "Mo., 07.12.2026"),
    audio player; the text in div[data-testid=article-body] with "Lesen Sie auch:" lines, photo
    captions, ads, newsletter prompts and "Mit Material von dpa" inside; tags, "Zur Startseite",
    "Mehr aus der Region", comments, Meistgelesen, footer, consent at the end of the page."""
    w = words(p)
    body = render_body(p, w, '<div class="article-text" data-testid="article-body">', "</div>", para=lambda a: '<p class="article-text__p">%s</p>' % a,
                       sub="h2", cls={"rel": "article-related", "ad": "ad-wrapper", "fig": "article-image", "read": "article-readmore",
                                      "news": "nl-teaser", "credit": "article-source"})
    crumbs = " / ".join(link(c) for c in [w["home"]] + p.get("crumbs", []))
    html = (html_open(p, "%s | %s", "article-page") +
            '<div class="service-bar"><span class="weather">%s</span><a href="/epaper/">%s</a><a href="/abo/">%s</a><a href="https://id.%s/login">%s</a></div>\n'
            % (p.get("weather", ""), w["epaper"], w["abo"], p["domain"], w["login"]) +
            '<header class="header"><a class="header__logo" href="/">%s</a>\n%s\n<div class="header__towns">%s</div></header>\n'
            % (p["site"], menu(p["nav"], "header__nav"), links(p.get("towns", []), "/lokales")) +
            ('<div class="breaking-news"><b>Eilmeldung</b> %s</div>\n' % teaser(p, p["breaking"], base="region") if p.get("breaking") else "") +
            '<main class="content"><article class="article">\n<nav class="breadcrumbs">%s</nav>\n' % crumbs +
            '<div class="article-header"><p class="article-header__kicker">%s%s</p>\n<h1 class="article-header__headline">%s</h1>\n' % (_plus(p), p.get("kicker", ""), p["h1"]) +
            ('<p class="article-header__intro">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="article-header__meta"><span class="author">%s</span> <span class="date">%s</span></div>\n' % (p.get("byline_html", ""), p["date"]) +
            audio(p, w, "audio-teaser") + '</div>\n' + _hero(p, "article-hero") +
            body + "\n" +
            ('<p class="article-updated">%s</p>\n' % p["updated"] if p.get("updated") else "") +
            share_bar(p, w, "social-share", ["Facebook", "WhatsApp", "X", "E-Mail", "Drucken"]) + "\n" +
            '<div class="article-tags">%s</div>\n' % links(p.get("tags", []), "/thema") +
            '<a class="back-home" href="/">%s</a>\n' % w["tohome"] +
            comments_html(p, w, "comment-section") +
            '<section class="region-more"><h2>%s</h2><ul>%s</ul></section>\n' % (p.get("more_title", w["more"]), teasers(p, p.get("related", []), base="lokales", badge=p["badge_word"])) +
            '</article>\n<aside class="rail"><section><h2>%s</h2>%s</section>\n' % (w["rank"], ranking(p, p.get("rank", []), badge=p["badge_word"])) +
            '<section class="rail-opinion"><h2>%s</h2><ul>%s</ul></section>\n' % (p.get("opinion_box", "Meinung"), teasers(p, p.get("opinion", []), base="meinung", badge=p["badge_word"])) +
            '<section class="rail-app"><p>%s</p></section></aside>\n</main>\n' % p.get("app_box", "") +
            '<footer class="footer"><div class="footer__towns">%s</div><ul>%s</ul><p>%s</p></footer>\n' % (links(p.get("towns", []), "/lokales"), lis(w["footer_legal"], "/service"), p["footer"]) +
            consent(p, w) + '</body>\n</html>\n')
    return finish(html), ["div[data-testid=article-body]*"]
