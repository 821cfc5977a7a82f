"""Austrian and Swiss page skeletons: an Austrian national daily or broadcaster site (Standard /
Presse / Kurier / ORF style, atportal) and a Swiss daily (NZZ / Tamedia / CH Media style, chportal,
every paragraph in a container of its own). Each prints its text in one or more containers (a `*`
selector) with the furniture listed in p["exclude"]."""
from kit import hexid
from common import (finish, audio, comments_html, consent, html_open, imgsrc, link, links, lis, menu, ranking, render_body, share_bar,
                    teaser, teasers, words)


def _plus(p, cls="badge-premium"):
    return '<span class="%s">%s</span> ' % (cls, p["badge_word"]) if p.get("plus") else ""


# ------------------------------------------------------------------------------------------ Austria
def atportal(p):
    """An Austrian national site: consent layer, a header with Einloggen / Abo, a section menu with
    Meinung › Kommentare, Kommentar der anderen, Gastkommentare, Kolumnen, a Live bar, an optional
    "Entgeltliche Einschaltung" label, kicker, h1, lead, byline, date ("7. Dezember 2026, 14:05"),
    "Artikel vorlesen lassen"; the text in div.story-text (split by "Werbung" blocks) with
    "Lesen Sie auch:" lines, boxes, captions and the note on the writer inside; Themen, Teilen, a
    Forum of postings, Meistgelesen and a Kommentare rail, footer with Offenlegung."""
    w = words(p)
    ad = lambda p_, uid: '<div class="adv-container" id="adv-%s"><small>%s</small></div>' % (uid, w["ad"])
    body = render_body(p, w, '<div class="story-text">', "</div>", split_between=ad, sub="h2",
                       cls={"rel": "story-related", "ad": "adv-inline", "fig": "story-figure", "read": "story-readalso", "note": "story-author-note",
                            "credit": "story-source"})
    html = (html_open(p, "%s - %s", "story-page") + consent(p, w) +
            '<header class="site-header"><div class="site-header__top"><a class="logo" href="/">%s</a><a href="/abo">%s</a> <a href="https://login.%s/">%s</a>'
            ' <span class="site-header__date">%s</span></div>\n%s</header>\n' % (p["site"], w["abo"], p["domain"], w["login"], p.get("today", ""), menu(p["nav"], "section-nav")) +
            ('<div class="live-bar"><b>%s</b> %s</div>\n' % (w["ticker"], teaser(p, p["live"], base="live")) if p.get("live") else "") +
            '<main class="layout"><article class="story" data-id="%s">\n' % hexid(p["url"], 8) +
            ('<p class="story-sponsored">%s</p>\n' % p["sponsored"] if p.get("sponsored") else "") +
            '<header class="story-header"><nav class="story-breadcrumb">%s</nav>\n' % " › ".join(link(c) for c in p.get("crumbs", [])) +
            '<p class="story-kicker">%s%s</p>\n<h1 class="story-title">%s</h1>\n' % (_plus(p), p.get("kicker", ""), p["h1"]) +
            ('<p class="story-lead">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="story-meta"><span class="story-byline">%s</span> <span class="story-date">%s</span></div>\n' % (p.get("byline_html", ""), p["date"]) +
            audio(p, w, "story-audio") + share_bar(p, w, "story-share", ["Facebook", "X", "WhatsApp", "E-Mail", "Drucken"], False) + "\n</header>\n" +
            ('<figure class="story-hero"><img src="%s" alt=""><figcaption>%s</figcaption></figure>\n' % (imgsrc(p, "hero"), p["hero"]) if p.get("hero") else "") +
            body + "\n" +
            ('<p class="story-disclaimer">%s</p>\n' % p["disclaimer"] if p.get("disclaimer") else "") +
            '<div class="story-topics"><span>%s</span> %s</div>\n' % (w["topics"], links(p.get("tags", []), "/thema")) +
            share_bar(p, w, "story-share story-share--bottom", ["Facebook", "X", "WhatsApp", "E-Mail"]) + "\n" +
            comments_html(p, w, "forum") +
            '<section class="story-more"><h2>%s</h2><ul>%s</ul></section>\n' % (w["more"], teasers(p, p.get("related", []), badge=p["badge_word"])) +
            '</article>\n<aside class="layout-rail"><section class="rail-box"><h2>%s</h2>%s</section>\n' % (w["rank"], ranking(p, p.get("rank", []), badge=p["badge_word"])) +
            '<section class="rail-box rail-box--opinion"><h2>%s</h2><ul>%s</ul></section></aside>\n</main>\n' % (p.get("opinion_box", "Kommentare"), teasers(p, p.get("opinion", []), base="meinung", badge=p["badge_word"])) +
            '<footer class="site-footer"><ul>%s</ul><ul>%s</ul><p>%s</p></footer>\n</body>\n</html>\n'
            % (lis([g[0] if isinstance(g, tuple) else g for g in p["nav"]], "/ressort"), lis(w["footer_legal"], "/service"), p["footer"]))
    return finish(html), ["div.story-text*"]


# ------------------------------------------------------------------------------------------ Switzerland
def chportal(p):
    """A Swiss daily: consent layer, a header with Abonnieren / Anmelden and a section menu (Meinung ›
    Kommentare, Gastbeiträge, Kolumnen), a ticker, breadcrumb, kicker with the Abo badge, h1, lead,
    author and "7.12.2026, 14.05 Uhr" (or "Publiziert: … / Aktualisiert: …") lines, "Artikel
    anhören"; every text block in a div.ArticleParagraph of its own, with ads, related boxes,
    captions and credits between them; "Fehler gefunden? Jetzt melden.", topics, comments, teasers,
    Meistgelesen, footer."""
    w = words(p)
    body = render_body(p, w, '<div class="ArticleParagraph">', "</div>", sub="h2", per_block=True,
                       cls={"rel": "ArticleRelated", "ad": "AdSlot", "fig": "ArticleImage", "read": "ArticleReadMore",
                            "credit": "ArticleCredit", "note": "ArticleAuthorNote", "news": "NewsletterTeaser", "promo": "AboPromo"})
    html = (html_open(p, "%s | %s", "ArticlePage") + consent(p, w) +
            '<header class="Header"><a class="Header__logo" href="/">%s</a><div class="Header__actions"><a href="/abo">%s</a> <a href="https://login.%s/">%s</a> '
            '<a href="/epaper">%s</a></div>\n%s</header>\n' % (p["site"], w["abo"], p["domain"], w["login"], w["epaper"], menu(p["nav"], "Navigation")) +
            '<div class="Ticker"><span>%s</span><ul>%s</ul></div>\n' % (w["ticker"], teasers(p, p.get("ticker", []), base="ticker")) +
            '<main class="Main"><article class="Article">\n<nav class="Breadcrumb">%s</nav>\n' % " › ".join(link(c) for c in p.get("crumbs", [])) +
            '<header class="ArticleHead"><p class="ArticleHead__kicker">%s%s</p>\n<h1 class="ArticleHead__title">%s</h1>\n' % (_plus(p, "AboBadge"), p.get("kicker", ""), p["h1"]) +
            ('<p class="ArticleHead__lead">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="ArticleHead__meta"><p class="ArticleHead__authors">%s</p><p class="ArticleHead__date">%s</p></div>\n' % (p.get("byline_html", ""), p["date"]) +
            audio(p, w, "ArticleAudio") + share_bar(p, w, "ArticleShare", ["Facebook", "X", "WhatsApp", "LinkedIn", "E-Mail"], False) + "\n</header>\n" +
            ('<figure class="ArticleHero"><img src="%s" alt=""><figcaption>%s</figcaption></figure>\n' % (imgsrc(p, "hero"), p["hero"]) if p.get("hero") else "") +
            '<div class="ArticleBody">\n' + body + "\n</div>\n" +
            ('<p class="ArticleSource">%s</p>\n' % p["source_line"] if p.get("source_line") else "") +
            '<p class="ArticleReport"><a href="/fehler-melden">Fehler gefunden? Jetzt melden.</a></p>\n' +
            '<div class="ArticleTopics">%s</div>\n' % links(p.get("tags", []), "/themen") +
            comments_html(p, w, "Comments") +
            '<section class="ArticleTeasers"><h2>%s</h2><ul>%s</ul></section>\n' % (w["more"], teasers(p, p.get("related", []), badge=p["badge_word"])) +
            '</article>\n<aside class="Sidebar"><section><h2>%s</h2>%s</section>\n' % (w["rank"], ranking(p, p.get("rank", []), badge=p["badge_word"])) +
            '<section class="Sidebar__opinion"><h2>%s</h2><ul>%s</ul></section></aside>\n</main>\n' % (p.get("opinion_box", "Meinungen"), teasers(p, p.get("opinion", []), base="meinung", badge=p["badge_word"])) +
            '<footer class="Footer"><ul>%s</ul><ul>%s</ul><p>%s</p></footer>\n</body>\n</html>\n'
            % (lis([g[0] if isinstance(g, tuple) else g for g in p["nav"]], "/ressort"), lis(w["footer_legal"], "/service"), p["footer"]))
    return finish(html), ["div.ArticleParagraph*"]
