"""Russian, Ukrainian and Belarusian skeletons: a big Moscow-style portal (megaportal), an
independent outlet working from abroad (exile) and a Kyiv portal (uaportal). Each prints its text in
one or more containers (a `*` selector) with the furniture listed in p["exclude"]."""
from kit import hexid, slug
from common import (byline_block, comments_html, cookie_banner, html_open, imgsrc, link, links, lis, menu, ranking, render_body,
                    share_bar, sl, stories, story, teasers, words)

RU_NAV = ["Главное", "Политика", "Экономика", ("Общество", ["Образование", "Здоровье", "ЖКХ"]), "Происшествия", "В мире", "Москва",
          ("Мнения", ["Колонки", "Точка зрения", "Блоги"]), "Спорт", "Культура", "Наука", "Авто", ("Лайфстайл", ["Гороскопы", "Рецепты", "Путешествия"]), "Спецпроекты"]
BE_NAV = ["Галоўнае", "Палітыка", "Эканоміка", ("Грамадства", ["Адукацыя", "Здароўе"]), "Рэгіёны", "Сельская гаспадарка", "У свеце",
          ("Меркаванні", ["Калонкі", "Інтэрв’ю"]), "Спорт", "Культура", "Гісторыя"]
UK_NAV = ["Новини", "Політика", "Економіка", ("Суспільство", ["Освіта", "Здоров’я", "Транспорт"]), "Київ", "Регіони", "Світ",
          ("Думка", ["Колонки", "Блоги", "Інтерв’ю"]), "Аналітика", "Спорт", "Культура", ("Життя", ["Кухня", "Гороскоп", "Подорожі"]), "Технології"]


def _w(p):
    return words(p)


def _pager(p, w, cls):
    if not p.get("pages"):
        return ""
    nums = " ".join('<a href="%s?page=%d">%d</a>' % (p["url"], i, i) for i in range(2, p["pages"] + 1))
    return ('<nav class="%s"><span>%s</span> <span class="current">1</span> %s <a class="%s__next" href="%s?page=2">%s →</a></nav>\n'
            % (cls, w["page"], nums, cls, p["url"], w["next"]))


# ------------------------------------------------------------------------------------------ big Moscow-style portal
def megaportal(p):
    """A big Russian-language portal (RIA / Lenta / RBC style; also a Minsk state daily in
    Belarusian): cookie banner, 18+ and currency line, a menu with Мнения › Колонки, a ticker, the text
    in div.article__text (several, split by banners), Читайте также boxes and a Telegram prompt
    inside, an "Ошибка в тексте?" line, VK / OK / Telegram share, a Дзен prompt, comments, Самое
    читаемое with views, Мнения teasers, a registration footer."""
    w = _w(p)
    ad = lambda p_, uid: '<div class="article__banner" id="adfox_%s"><span>%s</span></div>' % (uid, w["ad"])
    body = render_body(p, w, '<div class="article__text">', "</div>", split_between=ad)
    nav = p.get("nav", BE_NAV if p["lang"] == "be" else RU_NAV)
    html = (html_open(p, "%s — %s", "page-article") + cookie_banner(w) +
            '<div class="topline"><span class="age-mark">18+</span> <span class="today">%s</span> <span class="rates">%s</span> '
            '<a class="topline__login" href="/login/">%s</a></div>\n' % (p.get("today", ""), p.get("widget", ""), w["login"]) +
            '<header class="header"><a class="header__logo" href="/">%s</a><nav class="header__nav">%s</nav>'
            '<form class="header__search"><input type="search" placeholder="%s"></form></header>\n' % (p["site"], menu(nav), w["search"]) +
            '<div class="ticker"><b>%s</b><ul>%s</ul></div>\n' % (w["breaking"], stories(p, p.get("ticker", []))) +
            '<main class="layout"><article class="article">\n'
            '<div class="article__rubric">%s</div>\n' % " / ".join(link(c) for c in p.get("crumbs", [])) +
            ('<div class="article__supertag">%s</div>\n' % p["label"] if p.get("label") else "") +
            '<div class="article__info"><div class="article__date">%s</div> <div class="article__views">%s %s</div></div>\n'
            % (p["date"], p.get("views", "3 518"), w["views"]) +
            '<h1 class="article__title">%s</h1>\n' % p["h1"] +
            ('<div class="article__announce">%s</div>\n' % p["deck"] if p.get("deck") else "") +
            byline_block(p, "article__authors") + "\n" +
            ('<figure class="article__hero"><img src="%s" alt=""><figcaption>%s</figcaption></figure>\n' % (imgsrc(p, "hero"), p["hero"]) if p.get("hero") else "") +
            body + "\n" + _pager(p, w, "article__pager") +
            ('<div class="article__footnote">%s</div>\n' % p["date_foot"] if p.get("date_foot") else "") +
            ('<div class="article__disclaimer">%s</div>\n' % p["statement"] if p.get("statement") else "") +
            ('<div class="article__error">%s</div>\n' % w["err"] if w.get("err") else "") +
            '<div class="article__tags">%s</div>\n' % links(p.get("tags", []), "/tag") +
            share_bar(["ВКонтакте", "Одноклассники", "Telegram", "Viber" if p["lang"] == "be" else "WhatsApp", "Скапіяваць спасылку" if p["lang"] == "be" else "Скопировать ссылку"], "article__share", w["share"]) + "\n" +
            '<div class="article__dzen"><a href="https://dzen.example/%s">%s</a></div>\n' % (sl(p["site"]), p.get("dzen", "Подписывайтесь на нас в Дзене")) +
            '<section class="article__related"><h3>%s</h3><ul>%s</ul></section>\n' % (w["related"], stories(p, p.get("related", []))) +
            comments_html(p, w, "comments") +
            '</article>\n<aside class="sidebar"><section class="sidebar__top"><h3>%s</h3>%s</section>\n' % (w["rank"], ranking(p, p.get("rank", []), counts=p.get("rank_counts"))) +
            '<section class="sidebar__opinions"><h3>%s</h3>%s</section>\n' % (w["opinions"], teasers(p, p.get("op_teasers", []), "opinions")) +
            '<section class="sidebar__feed"><h3>%s</h3><ul>%s</ul></section></aside></main>\n' % (w["latest"], stories(p, p.get("feed", []))) +
            '<footer class="footer"><nav>%s</nav><p class="footer__legal">%s</p><p class="footer__copy">%s</p></footer>\n</body>\n</html>\n'
            % (menu(p.get("footer_nav", []), "footer__menu", "/info"), p.get("legal", ""), p["footer"]))
    return html, ["div.article__text*"]


# ------------------------------------------------------------------------------------------ independent outlet abroad
def exile(p):
    """An independent Russian or Belarusian outlet working from abroad (Meduza / Novaya Gazeta Europe /
    Zerkalo style): a VPN / mirror banner, a donate button, a language switch, a kicker, author cards,
    a foreign-agent notice above the text, the text in div.material-body (split by a donation box),
    a footnote under it, a big donation block, share, related, most read, opinion teasers."""
    w = _w(p)
    donate_mid = lambda p_, uid: '<aside class="donate-inline" id="d-%s"><p>%s</p><a href="/donate/">%s</a></aside>' % (uid, p.get("donate_mid", ""), w["donate"])
    body = render_body(p, w, '<div class="material-body">', "</div>", split_between=donate_mid)
    html = (html_open(p, "%s — %s", "material-page") +
            ('<div class="mirror-banner">%s</div>\n' % p["banner"] if p.get("banner") else "") +
            '<header class="site-header"><a class="site-header__logo" href="/">%s</a><nav>%s</nav><div class="site-header__lang">%s</div>'
            '<a class="site-header__donate" href="/donate/">%s</a></header>\n' % (p["site"], menu(p["nav"], "site-nav"), p.get("langs", ""), w["donate"]) +
            '<main class="material"><article class="material__main">\n'
            '<div class="material__kicker">%s</div>\n' % p.get("label", "") +
            '<h1 class="material__title">%s</h1>\n' % p["h1"] +
            ('<p class="material__lead">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            byline_block(p, "material__authors") + "\n" +
            '<div class="material__date">%s</div>\n' % p["date"] +
            ('<div class="material__notice">%s</div>\n' % p["notice"] if p.get("notice") else "") +
            ('<figure class="material__cover"><img src="%s" alt=""><figcaption>%s</figcaption></figure>\n' % (imgsrc(p, "cover"), p["hero"]) if p.get("hero") else "") +
            body + "\n" +
            ('<div class="material__footnote">%s</div>\n' % p["footnote"] if p.get("footnote") else "") +
            ('<div class="material__disclaimer">%s</div>\n' % p["statement"] if p.get("statement") else "") +
            '<section class="donate-block"><h3>%s</h3><p>%s</p><a class="btn" href="/donate/">%s</a></section>\n'
            % (p.get("donate_title", ""), p.get("donate_text", ""), w["donate"]) +
            share_bar(["Telegram", "WhatsApp", "X", "Facebook", "Скопировать ссылку" if p["lang"] == "ru" else "Скапіяваць спасылку"], "material__share") + "\n" +
            '<section class="material__related"><h3>%s</h3><ul>%s</ul></section>\n' % (w["related"], stories(p, p.get("related", []))) +
            comments_html(p, w, "comments") +
            '</article>\n<aside class="rail"><section><h3>%s</h3>%s</section>\n' % (w["rank"], ranking(p, p.get("rank", []))) +
            '<section class="rail__opinions"><h3>%s</h3>%s</section></aside></main>\n' % (w["opinions"], teasers(p, p.get("op_teasers", []), "opinion")) +
            '<footer class="site-footer"><p>%s</p><ul>%s</ul><p>%s</p></footer>\n</body>\n</html>\n'
            % (p.get("legal", ""), lis(p.get("footer_nav", []), "/about"), p["footer"]))
    return html, ["div.material-body*"]


# ------------------------------------------------------------------------------------------ Kyiv portal
def uaportal(p):
    """A Ukrainian portal (UNIAN / Obozrevatel / Ukrainska Pravda style): cookie banner, fuel and NBU
    rate widget, a menu with Думка › Колонки Блоги and Аналітика, a ticker, author box with photo and
    role, "05.03.2026 о 10:32", the text in div.post-content (split by ads; live entries; a pager),
    Читайте також boxes and Telegram / Viber prompts inside, disclaimer, share with Viber, tags,
    related, comments, Популярне, opinion teasers, latest feed."""
    w = _w(p)
    ad = lambda p_, uid: '<div class="ad-between" id="ad-%s"><span>%s</span></div>' % (uid, w["ad"])
    body = render_body(p, w, '<div class="post-content">', "</div>", split_between=ad)
    html = (html_open(p, "%s | %s", "single-post") + cookie_banner(w) +
            '<div class="top-bar"><span class="top-bar__date">%s</span> <span class="top-bar__widget">%s</span> '
            '<a href="/news/">%s</a> <a class="top-bar__login" href="/login">%s</a></div>\n' % (p.get("today", ""), p.get("widget", ""), w["latest"], w["login"]) +
            '<header class="header"><a class="header__logo" href="/">%s</a>%s</header>\n' % (p["site"], menu(p.get("nav", UK_NAV), "header__menu")) +
            '<div class="breaking"><span class="breaking__label">%s</span><ul>%s</ul></div>\n' % (w["breaking"], stories(p, p.get("ticker", []))) +
            '<main class="main"><div class="post">\n'
            '<ul class="breadcrumbs">%s</ul>\n' % lis([w["home"]] + p.get("crumbs", [])) +
            ('<span class="post__label">%s</span>\n' % p["label"] if p.get("label") else "") +
            '<h1 class="post__title">%s</h1>\n' % p["h1"] +
            ('<p class="post__lead">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="post__meta">%s<span class="post__date">%s</span> <span class="post__views">%s %s</span></div>\n'
            % (byline_block(p, "post__author"), p["date"], p.get("views", "2 104"), w["views"]) +
            ('<figure class="post__image"><img src="%s" alt=""><figcaption>%s</figcaption></figure>\n' % (imgsrc(p, "main"), p["hero"]) if p.get("hero") else "") +
            body + "\n" + _pager(p, w, "post__pager") +
            ('<div class="post__disclaimer">%s</div>\n' % p["statement"] if p.get("statement") else "") +
            '<div class="post__subscribe">%s</div>\n' % p.get("sub", "Підписуйтесь на наш Telegram-канал та Viber, щоб першими дізнаватися головні новини") +
            share_bar(["Facebook", "Telegram", "Viber", "X", "Копіювати посилання"], "post__share", w["share"]) + "\n" +
            '<div class="post__tags">%s</div>\n' % links(p.get("tags", []), "/tags") +
            ('<div class="post__error">%s</div>\n' % w["err"]) +
            '<section class="post__related"><h3>%s</h3><ul>%s</ul></section>\n' % (w["related"], stories(p, p.get("related", []))) +
            comments_html(p, w, "comments") +
            '</div>\n<aside class="aside"><section class="aside__popular"><h3>%s</h3>%s</section>\n' % (w["rank"], ranking(p, p.get("rank", []))) +
            '<section class="aside__opinions"><h3>%s</h3>%s</section>\n' % (w["opinions"], teasers(p, p.get("op_teasers", []), "columns")) +
            '<section class="aside__feed"><h3>%s</h3><ul>%s</ul></section></aside></main>\n' % (w["latest"], stories(p, p.get("feed", []))) +
            '<footer class="footer">%s<p>%s</p></footer>\n</body>\n</html>\n' % (menu(p.get("footer_nav", []), "footer__menu", "/about"), p["footer"]))
    return html, ["div.post-content*"]
