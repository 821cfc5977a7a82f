"""Balkan, Central Asian and Caucasian skeletons: a Sofia / Belgrade / Skopje portal (balkan), an
Almaty / Bishkek / Ulaanbaatar portal (steppe) and a Tbilisi / Yerevan portal (kavkaz). Each prints
its text in one or more containers (a `*` selector) with the furniture listed in p["exclude"]."""
from common import (byline_block, comments_html, cookie_banner, html_open, imgsrc, link, links, lis, menu, ranking, render_body,
                    share_bar, sl, stories, story, teasers, words)


def _pager(p, w, cls):
    if not p.get("pages"):
        return ""
    return ('<div class="%s"><span class="current">1</span> %s <a class="%s__next" href="%s/2">%s »</a></div>\n'
            % (cls, " ".join('<a href="%s/%d">%d</a>' % (p["url"], i, i) for i in range(2, p["pages"] + 1)), cls, p["url"], w["next"]))


# ------------------------------------------------------------------------------------------ Balkans
def balkan(p):
    """A Bulgarian, Serbian or Macedonian portal (Dnevnik / Blic / Novosti / Telma style): GDPR
    consent banner, weather and date line, a menu with Мнения / Колумне / Коментар, a ticker, label,
    "Автор: … | 5 март 2026 г., 10:32 | 4 512 прочитания", the text in div.article-text (split by
    ads, Прочетете още / Прочитајте још boxes inside; a 1 2 Следваща pager), a Viber prompt, share,
    tags, related, comments, Най-четени / Најчитаније, opinion teasers."""
    w = words(p)
    ad = lambda p_, uid: '<div class="banner-inarticle" id="gpt-%s"><small>%s</small></div>' % (uid, w["ad"])
    body = render_body(p, w, '<div class="article-text">', "</div>", split_between=ad)
    html = (html_open(p, "%s | %s", "article-page") + cookie_banner(w) +
            '<div class="header-top"><span class="header-top__date">%s</span> <span class="header-top__weather">%s</span> '
            '<a href="/login">%s</a></div>\n' % (p.get("today", ""), p.get("widget", ""), w["login"]) +
            '<header class="header"><a class="header__logo" href="/">%s</a>%s</header>\n' % (p["site"], menu(p["nav"], "nav")) +
            '<div class="news-ticker"><strong>%s</strong><ul>%s</ul></div>\n' % (w["breaking"], stories(p, p.get("ticker", []))) +
            '<div class="container"><main class="content"><article class="article">\n'
            '<div class="article-breadcrumbs">%s</div>\n' % " » ".join(link(c) for c in [w["home"]] + p.get("crumbs", [])) +
            ('<div class="article-category">%s</div>\n' % p["label"] if p.get("label") else "") +
            '<h1 class="article-title">%s</h1>\n' % p["h1"] +
            ('<div class="article-lead">%s</div>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="article-meta">%s<span class="article-meta__date">%s</span> <span class="article-meta__views">%s %s</span></div>\n'
            % (byline_block(p, "article-author"), p["date"], p.get("views", "4 512"), w["views"]) +
            ('<figure class="article-photo"><img src="%s" alt=""><figcaption>%s</figcaption></figure>\n' % (imgsrc(p, "main"), p["hero"]) if p.get("hero") else "") +
            body + "\n" + _pager(p, w, "article-pages") +
            ('<div class="article-disclaimer">%s</div>\n' % p["statement"] if p.get("statement") else "") +
            '<div class="viber-box"><a href="https://invite.viber.example/%s">%s</a></div>\n' % (sl(p["site"]), p.get("viber", "")) +
            share_bar(["Facebook", "Viber", "Telegram", "X", "E-mail"], "article-share", w["share"]) + "\n" +
            '<div class="article-tags">%s</div>\n' % links(p.get("tags", []), "/tag") +
            '<section class="more-news"><h3>%s</h3><ul>%s</ul></section>\n' % (w["related"], stories(p, p.get("related", []))) +
            comments_html(p, w, "comments") +
            '</article></main>\n<aside class="sidebar"><section class="most-read"><h3>%s</h3>%s</section>\n' % (w["rank"], ranking(p, p.get("rank", []))) +
            '<section class="sidebar-opinions"><h3>%s</h3>%s</section></aside></div>\n' % (w["opinions"], teasers(p, p.get("op_teasers", []), "op")) +
            '<footer class="footer">%s<p>%s</p></footer>\n</body>\n</html>\n' % (menu(p.get("footer_nav", []), "footer-nav", "/info"), p["footer"]))
    return html, ["div.article-text*"]


# ------------------------------------------------------------------------------------------ Central Asia and Mongolia
def steppe(p):
    """A Kazakh, Kyrgyz or Mongolian portal (Tengrinews / Kaktus / Ikon style): a language switch
    (Қаз | Рус | Eng), currency and weather line, a menu with Пікір / Аналитика, a ticker, the date
    and views, the text in div.content_main_text (split by ads, related boxes inside), a Telegram
    prompt, WhatsApp / Telegram share, tags, related, comments, Көп оқылған."""
    w = words(p)
    ad = lambda p_, uid: '<div class="content_main_banner" id="b-%s"><span>%s</span></div>' % (uid, w["ad"])
    body = render_body(p, w, '<div class="content_main_text">', "</div>", split_between=ad)
    html = (html_open(p, "%s - %s", "content-page") + cookie_banner(w) +
            '<div class="head-line"><div class="head-line__lang">%s</div><div class="head-line__rates">%s</div>'
            '<span class="head-line__date">%s</span> <a href="/login/">%s</a></div>\n' % (p.get("langs", ""), p.get("widget", ""), p.get("today", ""), w["login"]) +
            '<header class="head"><a class="head__logo" href="/">%s</a>%s</header>\n' % (p["site"], menu(p["nav"], "head__menu")) +
            '<div class="head-ticker"><b>%s</b><ul>%s</ul></div>\n' % (w["breaking"], stories(p, p.get("ticker", []))) +
            '<main class="content"><div class="content_main">\n'
            '<div class="content_main_crumbs">%s</div>\n' % " / ".join(link(c) for c in [w["home"]] + p.get("crumbs", [])) +
            ('<div class="content_main_label">%s</div>\n' % p["label"] if p.get("label") else "") +
            '<h1 class="content_main_title">%s</h1>\n' % p["h1"] +
            '<div class="content_main_meta"><span class="date">%s</span> <span class="views">%s %s</span></div>\n' % (p["date"], p.get("views", "6 233"), w["views"]) +
            byline_block(p, "content_main_author") + "\n" +
            ('<div class="content_main_desc">%s</div>\n' % p["deck"] if p.get("deck") else "") +
            ('<figure class="content_main_thumb"><img src="%s" alt=""><figcaption>%s</figcaption></figure>\n' % (imgsrc(p, "thumb"), p["hero"]) if p.get("hero") else "") +
            body + "\n" +
            ('<div class="content_main_disclaimer">%s</div>\n' % p["statement"] if p.get("statement") else "") +
            ('<div class="content_main_error">%s</div>\n' % w["err"] if w.get("err") else "") +
            '<div class="content_main_tg"><a href="https://t.me/%s">%s</a></div>\n' % (sl(p["site"]), p.get("sub", "")) +
            share_bar(["WhatsApp", "Telegram", "Facebook", "Instagram", "VK"], "content_main_share", w["share"]) + "\n" +
            '<div class="content_main_tags">%s</div>\n' % links(p.get("tags", []), "/tag") +
            '<section class="content_main_related"><h3>%s</h3><ul>%s</ul></section>\n' % (w["related"], stories(p, p.get("related", []))) +
            comments_html(p, w, "comments") +
            '</div>\n<aside class="content_side"><section><h3>%s</h3>%s</section>\n' % (w["rank"], ranking(p, p.get("rank", []))) +
            '<section class="content_side_opinions"><h3>%s</h3>%s</section></aside></main>\n' % (w["opinions"], teasers(p, p.get("op_teasers", []), "op")) +
            '<footer class="foot">%s<p>%s</p></footer>\n</body>\n</html>\n' % (menu(p.get("footer_nav", []), "foot__menu", "/info"), p["footer"]))
    return html, ["div.content_main_text*"]


# ------------------------------------------------------------------------------------------ Georgia and Armenia
def kavkaz(p):
    """A Georgian or Armenian portal (Interpressnews / news.am style): a language switch, the
    currency line (₾, ֏), a menu with opinion and blog channels, a news feed column, the text in
    div.article-content (split by ads, related boxes inside), share, tags, related, comments,
    most read."""
    w = words(p)
    ad = lambda p_, uid: '<div class="adv-block" id="adv-%s"><span>%s</span></div>' % (uid, w["ad"])
    body = render_body(p, w, '<div class="article-content">', "</div>", split_between=ad)
    html = (html_open(p, "%s - %s", "news-inner") + cookie_banner(w) +
            '<div class="topbar"><div class="topbar__lang">%s</div><div class="topbar__rates">%s</div><span>%s</span></div>\n'
            % (p.get("langs", ""), p.get("widget", ""), p.get("today", "")) +
            '<header class="header"><a class="logo" href="/">%s</a>%s</header>\n' % (p["site"], menu(p["nav"], "menu")) +
            '<div class="container"><aside class="feed"><h3>%s</h3><ul>%s</ul></aside>\n' % (w["latest"], stories(p, p.get("feed", []))) +
            '<main class="inner"><article class="news-article">\n'
            '<div class="news-article__cat">%s</div>\n' % " › ".join(link(c) for c in p.get("crumbs", [])) +
            ('<div class="news-article__label">%s</div>\n' % p["label"] if p.get("label") else "") +
            '<h1 class="news-article__title">%s</h1>\n' % p["h1"] +
            '<div class="news-article__meta"><span class="date">%s</span> <span class="views">%s %s</span></div>\n' % (p["date"], p.get("views", "1 947"), w["views"]) +
            byline_block(p, "news-article__author") + "\n" +
            ('<figure class="news-article__img"><img src="%s" alt=""><figcaption>%s</figcaption></figure>\n' % (imgsrc(p, "img"), p["hero"]) if p.get("hero") else "") +
            body + "\n" +
            ('<div class="news-article__disclaimer">%s</div>\n' % p["statement"] if p.get("statement") else "") +
            share_bar(["Facebook", "Telegram", "WhatsApp", "X"], "news-article__share", w["share"]) + "\n" +
            '<div class="news-article__tags">%s</div>\n' % links(p.get("tags", []), "/tag") +
            '<section class="news-article__related"><h3>%s</h3><ul>%s</ul></section>\n' % (w["related"], stories(p, p.get("related", []))) +
            comments_html(p, w, "comments") +
            '</article></main>\n<aside class="side"><section><h3>%s</h3>%s</section>\n' % (w["rank"], ranking(p, p.get("rank", []))) +
            '<section class="side__opinions"><h3>%s</h3>%s</section></aside></div>\n' % (w["opinions"], teasers(p, p.get("op_teasers", []), "op")) +
            '<footer class="footer">%s<p>%s</p></footer>\n</body>\n</html>\n' % (menu(p.get("footer_nav", []), "footer__menu", "/info"), p["footer"]))
    return html, ["div.article-content*"]
