"""Dutch, Flemish and Luxembourgish page skeletons: a Dutch national or regional daily (Volkskrant /
NRC / AD / Telegraaf style, nlportal), a Flemish daily (HLN / De Standaard / Het Nieuwsblad style,
beportal) and a Luxembourg news site (RTL / Wort / Tageblatt style, luportal). Each prints its text
in one or more containers (a `*` selector) with the furniture listed in p["exclude"]."""
from kit import hexid
from common import (finish, audio, comments_html, consent, html_open, imgsrc, link, links, lis, menu, ranking, render_body, share_bar,
                    teaser, teasers, words)


def _badge(p, cls):
    return '<span class="%s">%s</span>' % (cls, p["badge_word"]) if p.get("plus") else ""


def _hero(p, cls):
    if not p.get("hero"):
        return ""
    return '<figure class="%s"><img src="%s" alt=""><figcaption>%s</figcaption></figure>\n' % (cls, imgsrc(p, "hero"), p["hero"])


def _foot(p, w, cls):
    return ('<footer class="%s"><ul>%s</ul><ul>%s</ul><p>%s</p></footer>\n</body>\n</html>\n'
            % (cls, lis([g[0] if isinstance(g, tuple) else g for g in p["nav"]], "/sectie"), lis(w["footer_legal"], "/service"), p["footer"]))


# ------------------------------------------------------------------------------------------ the Netherlands
def nlportal(p):
    """A Dutch daily: consent wall, a header with Abonneren / Inloggen and a section menu (Opinie ›
    Columns, Commentaar, Brieven), "Net binnen" bar, section label and Premium badge above the h1,
    intro, author and date ("7 december 2026, 14:05"), "Beluister dit artikel", share bar; the text in
    section.article__body (split by "Advertentie" blocks) with "Lees ook:" lines, boxes, captions and
    notes on the writer inside; "Meer over" tags, Reacties, Meest gelezen, footer."""
    w = words(p)
    ad = lambda p_, uid: '<div class="advert advert--inarticle" id="adv-%s"><span>%s</span></div>' % (uid, w["ad"])
    body = render_body(p, w, '<section class="article__body">', "</section>", split_between=ad, sub="h3",
                       para=lambda a: '<p class="article__paragraph">%s</p>' % a,
                       cls={"rel": "article__related", "ad": "advert", "fig": "article__figure", "read": "article__readmore", "note": "article__author-note",
                            "credit": "article__credit", "news": "article__newsletter"})
    html = (html_open(p, "%s | %s", "article-page") + consent(p, w) +
            '<header class="app-header"><a class="app-header__logo" href="/">%s</a><a class="app-header__sub" href="/abonneren">%s</a> '
            '<a class="app-header__login" href="https://mijn.%s/">%s</a>\n%s</header>\n' % (p["site"], w["abo"], p["domain"], w["login"], menu(p["nav"], "app-nav")) +
            '<div class="latest-bar"><span>%s</span><ul>%s</ul></div>\n' % (w["ticker"], teasers(p, p.get("ticker", []), base="nieuws")) +
            '<main class="app-main"><article class="article">\n<header class="article__header">\n'
            '<div class="article__labels"><span class="article__section">%s</span>%s</div>\n' % (p.get("kicker", ""), _badge(p, "article__premium")) +
            '<h1 class="article__title">%s</h1>\n' % p["h1"] +
            ('<p class="article__intro">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="article__meta"><span class="article__author">%s</span> <span class="article__time">%s</span></div>\n' % (p.get("byline_html", ""), p["date"]) +
            audio(p, w, "article__audio") + '</header>\n' + _hero(p, "article__hero") +
            body + "\n" +
            ('<p class="article__disclaimer">%s</p>\n' % p["disclaimer"] if p.get("disclaimer") else "") +
            '<div class="article__tags"><h4>%s</h4>%s</div>\n' % (w["topics"], links(p.get("tags", []), "/tag")) +
            share_bar(p, w, "article__share", ["Facebook", "X", "WhatsApp", "LinkedIn", "Mail", "Kopieer link"]) + "\n" +
            comments_html(p, w, "reactions") +
            '<section class="article__more"><h2>%s</h2><ul>%s</ul></section>\n' % (w["more"], teasers(p, p.get("related", []), badge=p["badge_word"])) +
            '</article>\n<aside class="app-rail"><section><h2>%s</h2>%s</section>\n' % (w["rank"], ranking(p, p.get("rank", []), badge=p["badge_word"])) +
            '<section class="app-rail__opinion"><h2>%s</h2><ul>%s</ul></section></aside>\n</main>\n' % (p.get("opinion_box", "Opinie"), teasers(p, p.get("opinion", []), base="opinie", badge=p["badge_word"])) +
            _foot(p, w, "app-footer"))
    return finish(html), ["section.article__body*"]


# ------------------------------------------------------------------------------------------ Flanders
def beportal(p):
    """A Flemish daily: consent wall, a header with Aanmelden / Abonneer, a section menu (Regio ›
    towns, Opinie › Commentaar, Columns, Lezersbrieven), "Net binnen" ticker, breadcrumb, label and
    Plus badge, h1, intro, byline and date ("ma 07 dec 2026 om 14:05"); the text in
    div.article__body with p.article__paragraph (split by "Advertentie" blocks) and "Lees ook" boxes,
    captions and notes inside; "Meer over", share, reactions, Meest gelezen, footer."""
    w = words(p)
    ad = lambda p_, uid: '<div class="ad ad--billboard" id="ad-%s"><span>%s</span></div>' % (uid, w["ad"])
    body = render_body(p, w, '<div class="article__body">', "</div>", split_between=ad, sub="h2",
                       para=lambda a: '<p class="article__paragraph">%s</p>' % a,
                       cls={"rel": "article__readmore-box", "ad": "ad-inline", "fig": "article__image", "read": "article__readmore", "note": "article__note",
                            "credit": "article__credit", "promo": "article__promo"})
    html = (html_open(p, "%s | %s", "article") + consent(p, w) +
            '<header class="site-header"><a class="site-header__logo" href="/">%s</a><a href="https://login.%s/">%s</a> <a class="btn-subscribe" href="/abonnement">%s</a>\n%s</header>\n'
            % (p["site"], p["domain"], w["login"], w["abo"], menu(p["nav"], "site-nav")) +
            '<div class="ticker"><b>%s</b><ul>%s</ul></div>\n' % (w["ticker"], teasers(p, p.get("ticker", []), base="net-binnen")) +
            '<main class="page"><article class="article" id="art-%s">\n' % hexid(p["url"], 8) +
            '<nav class="breadcrumb">%s</nav>\n' % " › ".join(link(c) for c in [w["home"]] + p.get("crumbs", [])) +
            '<div class="article__header"><div class="article__label">%s %s</div>\n' % (_badge(p, "plus-label"), p.get("kicker", "")) +
            '<h1 class="article__title">%s</h1>\n' % p["h1"] +
            ('<p class="article__intro">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="article__meta"><span class="article__byline">%s</span> <time class="article__date">%s</time></div>\n' % (p.get("byline_html", ""), p["date"]) +
            audio(p, w, "article__listen") + share_bar(p, w, "article__share", ["Facebook", "X", "WhatsApp", "Mail"], False) + '</div>\n' + _hero(p, "article__hero") +
            body + "\n" +
            '<div class="article__tags"><span>%s</span> %s</div>\n' % (w["topics"], links(p.get("tags", []), "/tag")) +
            comments_html(p, w, "reactions") +
            '<section class="related"><h2>%s</h2><ul>%s</ul></section>\n' % (w["more"], teasers(p, p.get("related", []), badge=p["badge_word"])) +
            '</article>\n<aside class="sidebar"><section><h2>%s</h2>%s</section>\n' % (w["rank"], ranking(p, p.get("rank", []), badge=p["badge_word"])) +
            '<section class="sidebar__opinion"><h2>%s</h2><ul>%s</ul></section></aside>\n</main>\n' % (p.get("opinion_box", "Opinie"), teasers(p, p.get("opinion", []), base="opinie", badge=p["badge_word"])) +
            _foot(p, w, "site-footer"))
    return finish(html), ["div.article__body*"]


# ------------------------------------------------------------------------------------------ Luxembourg
def luportal(p):
    """A Luxembourg news site in Luxembourgish: consent, a language switch (LB FR EN PT), a section
    menu (Lëtzebuerg, Regioun, Wirtschaft, Meenung › Editorial, Kommentar, Carte blanche), a Live
    bar, kicker, h1, lead, author and date; the text in div.article-body__text (split by "Reklamm"
    blocks) with "Liest och" boxes inside; topics, share, comments, most read, footer."""
    w = words(p)
    ad = lambda p_, uid: '<div class="reklamm" id="rk-%s"><span>%s</span></div>' % (uid, w["ad"])
    body = render_body(p, w, '<div class="article-body__text">', "</div>", split_between=ad, sub="h3",
                       cls={"rel": "article-body__related", "ad": "reklamm-inline", "fig": "article-body__figure", "read": "article-body__readmore",
                            "note": "article-body__note"})
    html = (html_open(p, "%s - %s", "article-detail") + consent(p, w) +
            '<div class="lang-switch"><a class="active" href="https://%s/">LB</a> <a href="https://fr.%s/">FR</a> <a href="https://en.%s/">EN</a> <a href="https://pt.%s/">PT</a></div>\n'
            % ((p["domain"],) * 4) +
            '<header class="header"><a class="header__logo" href="/">%s</a><a href="/abo">%s</a> <a href="https://login.%s/">%s</a>\n%s</header>\n'
            % (p["site"], w["abo"], p["domain"], w["login"], menu(p["nav"], "header__nav")) +
            '<div class="live-bar"><b>%s</b><ul>%s</ul></div>\n' % (w["ticker"], teasers(p, p.get("ticker", []), base="live")) +
            '<main class="article-detail__main"><article class="article-body">\n'
            '<p class="article-body__kicker">%s %s</p>\n<h1 class="article-body__title">%s</h1>\n' % (_badge(p, "premium-tag"), p.get("kicker", ""), p["h1"]) +
            ('<p class="article-body__lead">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="article-body__meta"><span class="article-body__author">%s</span> <span class="article-body__date">%s</span></div>\n' % (p.get("byline_html", ""), p["date"]) +
            audio(p, w, "article-body__audio") + _hero(p, "article-body__hero") +
            body + "\n" +
            '<div class="article-body__tags">%s: %s</div>\n' % (w["topics"], links(p.get("tags", []), "/tag")) +
            share_bar(p, w, "article-body__share", ["Facebook", "X", "WhatsApp", "E-Mail"]) + "\n" +
            comments_html(p, w, "comments") +
            '<section class="article-detail__more"><h2>%s</h2><ul>%s</ul></section>\n' % (w["more"], teasers(p, p.get("related", []), badge=p["badge_word"])) +
            '</article>\n<aside class="article-detail__rail"><section><h2>%s</h2>%s</section>\n' % (w["rank"], ranking(p, p.get("rank", []), badge=p["badge_word"])) +
            '<section class="rail-meenung"><h2>%s</h2><ul>%s</ul></section></aside>\n</main>\n' % (p.get("opinion_box", "Meenung"), teasers(p, p.get("opinion", []), base="meenung", badge=p["badge_word"])) +
            _foot(p, w, "footer"))
    return finish(html), ["div.article-body__text*"]
