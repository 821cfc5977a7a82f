"""Island and peninsular South-East Asian skeletons: two Indonesian portals (id_detik: network bar, "Nama -
detikNews" byline, "Senin, 07 Des 2026 14:05 WIB", inline "Baca juga:" tables, scroll-to-continue ads; id_kompas:
"Penulis | Editor" credit, "07/12/2026, 14:05 WIB", <strong>Baca juga:</strong> lines, WhatsApp Channel prompt),
a Malaysian one (my_portal: Berita Harian / Sinar Harian style, "Mungkin anda terlepas") and a Philippine one
(ph_portal: Filipino tabloid or English broadsheet, BASAHIN / READ lines, RELATED STORIES, Viber)."""
from common import (comments_html, cookie, finish, html_open, link, lis, menu_grid, oprail, ranking, render_body, share_bar,
                    stories, story, thumbs, words)


def _time(p, text, cls=""):
    c = ' class="%s"' % cls if cls else ""
    if p.get("meta_pub", True) and p.get("meta", "full") != "min" and p.get("time_attr", True):
        return '<time%s datetime="%s">%s</time>' % (c, p["pub"], text)
    return '<span%s>%s</span>' % (c, text)


def _next(p, w, cls):
    if not p.get("next"):
        return ""
    return '<div class="%s"><span>%s</span> %s</div>\n' % (cls, w["next"], story(p, p["next"]))


def _footer(p, cls="footer"):
    return ('<footer class="%s"><ul class="footer-nav">%s</ul><div class="footer-address">%s</div><p class="copyright">%s</p></footer>\n'
            '</body>\n</html>\n' % (cls, lis(p.get("footer_nav", []), "/info"), p.get("footer_info", ""), p["footer"]))


# ------------------------------------------------------------------------------------------ Indonesian
DT_CLS = dict(ad="parallaxindetail", ad_scroll="SCROLL TO CONTINUE WITH CONTENT", rel="box-artikel-terkait", also="div.linksisip",
              photo="figure.detail__media-image", sign="p.detail__editor", note="p.detail__bio", app="app-promo",
              news="newsletter-detail", video="detail__body-video", h="h2")


def id_detik(p):
    """An Indonesian portal (detik style): network bar, Masuk / Daftar, menu with Opini & Kolom, Breaking News bar,
    "Nama - detikNews" byline, "Senin, 07 Des 2026 14:05 WIB", share with WhatsApp and LINE, the text in
    div.detail__body-text (split by "ADVERTISEMENT / SCROLL TO CONTINUE WITH CONTENT" blocks), "Baca juga:" tables,
    "Simak Video" box, "(rdp/imk)" codes, "Halaman" pager, tags, comments, Berita Terkait, Terpopuler."""
    w = words(p)
    ad = lambda p_, uid: '<div class="parallaxindetail scrollpage" id="ad-%s"><span>%s</span><span>%s</span></div>' % (uid, w["ad"], DT_CLS["ad_scroll"])
    body = render_body(p, w, '<div class="detail__body-text itp_bodycontent">', "</div>", DT_CLS, split_between=ad)
    html = (html_open(p, "%s - %s", "detail-page", "detik") +
            (cookie(p, "Kami menggunakan cookie untuk meningkatkan pengalaman Anda di situs ini.") if p.get("cookie") else "") +
            '<div class="network-bar"><ul>%s</ul><a class="login" href="/login">%s</a> <a href="/register">%s</a></div>\n'
            % (lis(p.get("network", []), "/network"), w["login"], w["register"]) +
            '<header class="header"><a class="logo" href="/">%s</a>%s</header>\n' % (p["site"], menu_grid(p["nav"], "nav-menu")) +
            '<div class="breaking-news"><b>%s</b><ul>%s</ul></div>\n' % (w["breaking"], stories(p, p.get("ticker", []))) +
            ('<div class="market-strip">%s</div>\n' % p["widget"] if p.get("widget") else "") +
            '<div class="container"><div class="column-8"><article class="detail">\n'
            '<div class="page__breadcrumb">%s</div>\n' % " ".join(link(c) for c in p.get("crumbs", [])) +
            ('<div class="detail__label">%s</div>\n' % p["label"] if p.get("label") else "") +
            '<h1 class="detail__title">%s</h1>\n' % p["h1"] +
            '<div class="detail__author">%s</div>\n<div class="detail__date">%s</div>\n' % (p.get("byline_html", ""), _time(p, p["date"])) +
            share_bar(["Facebook", "X", "WhatsApp", "LINE", "Telegram", w["copy"]], "detail__share", w["share"]) + "\n" +
            ('<div class="detail__media"><figure class="detail__media-image"><img src="https://cdn.%s/hero.jpg" alt=""><figcaption class="detail__media-caption">%s</figcaption></figure></div>\n'
             % (p["domain"].replace("www.", ""), p["hero"]) if p.get("hero") else "") +
            body + "\n" +
            ('<div class="detail__pager">%s</div>\n' % p["pager"] if p.get("pager") else "") +
            '<div class="detail__body-tag"><b>%s</b> %s</div>\n' % (w["tags"], " ".join(link(t, "/tag") for t in p.get("tags", []))) +
            _next(p, w, "detail__next") + comments_html(p, w, "komentar") +
            '<section class="berita-terkait"><h3>%s</h3><ul>%s</ul></section>\n' % (w["related"], thumbs(p, p.get("related", []))) +
            '</article></div>\n<aside class="column-4"><section class="terpopuler"><h3>%s</h3>%s</section>\n'
            % (w["rank"], ranking(p, p.get("rank", []), counts=p.get("rank_counts"))) +
            oprail(p, w, "box-opini") +
            '<div class="app-download"><p>%s</p></div></aside></div>\n' % p.get("app_box", w["app"]) +
            _footer(p))
    return finish(html, p["lang"]), ["div.detail__body-text*"]


KC_CLS = dict(ad="ads-on-body", rel="artikel-terkait-inline", also="strong.baca-juga", photo="div.photo__caption", sign="p.read__source",
              note="p.read__bio", app="kompasid-promo", news="newsletter-box", video="video-embed", h="h2")


def id_kompas(p):
    """An Indonesian portal (Kompas / Tempo style): header with Masuk, menu with Opini › Kolom › Tajuk Rencana,
    breadcrumb, "Site - 07/12/2026, 14:05 WIB", "Penulis … | Editor …" credit, the text in div.read__content
    (split by ads), <strong>Baca juga:</strong> lines, a WhatsApp Channel prompt and a Sumber line inside,
    Artikel Terkait, Komentar, Terpopuler and Kolom rails, copyright."""
    w = words(p)
    ad = lambda p_, uid: '<div class="ads-on-body" id="div-gpt-%s"><span>%s</span></div>' % (uid, w["ad"])
    body = render_body(p, w, '<div class="read__content">', "</div>", KC_CLS, split_between=ad)
    html = (html_open(p, "%s - %s", "read-page", "kompas") +
            (cookie(p, "Situs ini menggunakan cookie. Dengan melanjutkan, Anda menyetujui kebijakan privasi kami.") if p.get("cookie") else "") +
            '<div class="header-top"><a class="logo" href="/">%s</a><form class="search"><input placeholder="Cari berita"></form>'
            '<a href="/login">%s</a> <a class="btn-app" href="/app">%s</a></div>\n' % (p["site"], w["login"], w["app"]) +
            menu_grid(p["nav"], "nav-primary") + "\n" +
            '<div class="trending-bar"><b>Trending</b> %s</div>\n' % " ".join(link("#" + t, "/tag") for t in p.get("trending", [])) +
            '<div class="container clearfix"><div class="col-bs10-7"><div class="read__header">\n'
            '<div class="breadcrumb">%s</div>\n' % " › ".join(link(c) for c in [w["home"]] + p.get("crumbs", [])) +
            ('<div class="read__label">%s</div>\n' % p["label"] if p.get("label") else "") +
            '<h1 class="read__title">%s</h1>\n' % p["h1"] +
            '<div class="read__time">%s - %s</div>\n' % (p["site"], _time(p, p["date"])) +
            '<div class="read__credit">%s</div></div>\n' % p.get("byline_html", "") +
            share_bar(["WhatsApp", "Facebook", "X", "LINE", w["copy"]], "social--share", w["share"]) + "\n" +
            ('<div class="photo"><img src="https://cdn.%s/hero.jpg" alt=""><div class="photo__caption">%s</div></div>\n'
             % (p["domain"].replace("www.", ""), p["hero"]) if p.get("hero") else "") +
            body + "\n" +
            ('<div class="read__statement">%s</div>\n' % p["statement"] if p.get("statement") else "") +
            '<div class="tag--article"><b>%s</b> %s</div>\n' % (w["tags"], " ".join(link(t, "/tag") for t in p.get("tags", []))) + _next(p, w, "read__next") +
            '<section class="related"><h3>%s</h3><ul>%s</ul></section>\n' % (w["rel"], thumbs(p, p.get("related", []))) +
            comments_html(p, w, "comment") +
            '</div>\n<div class="col-bs10-3"><section class="most"><h3>%s</h3>%s</section>\n' % (w["rank"], ranking(p, p.get("rank", []))) +
            oprail(p, w, "kolom-rail") +
            '<div class="wa-channel"><p>%s</p></div></div></div>\n' % w["follow"] +
            _footer(p))
    return finish(html, p["lang"]), ["div.read__content*"]


# ------------------------------------------------------------------------------------------ Malay
MY_CLS = dict(ad="ads-inarticle", rel="artikel-berkaitan", also="p.baca-juga", photo="figure.image-caption", sign="p.sumber",
              note="p.penulis-note", app="telegram-cta", news="newsletter-cta", video="video-wrap", h="h3")


def my_portal(p):
    """A Malaysian portal (Berita Harian / Harian Metro / Sinar Harian style): cookie banner, date bar, Log Masuk,
    e-paper and app links, menu with Rencana › Pendapat › Kolumnis, Terkini ticker, byline and date
    ("Disember 7, 2026 @ 2:05pm"), share with WhatsApp and Telegram, the text in div.article-content (split by
    IKLAN slots), Artikel Berkaitan and BACA JUGA lines inside, Telegram prompt, Topik, Mungkin anda terlepas,
    Komen, Paling Popular and Rencana rails, copyright."""
    w = words(p)
    ad = lambda p_, uid: '<div class="ads-inarticle" id="dfp-%s"><span>%s</span></div>' % (uid, w["ad"])
    body = render_body(p, w, '<div class="article-content field-body">', "</div>", MY_CLS, split_between=ad)
    html = (html_open(p, "%s | %s", "page-node-article", "bh") +
            cookie(p, "Laman web ini menggunakan kuki untuk memberikan pengalaman terbaik kepada anda.") +
            '<div class="top-strip"><span class="date-now">%s</span> <a href="/user/login">%s</a> <a href="/epaper">Langgan e-Paper</a> <a href="/app">%s</a></div>\n'
            % (p.get("today", ""), w["login"], w["app"]) +
            '<header class="main-header"><a class="logo" href="/">%s</a>%s</header>\n' % (p["site"], menu_grid(p["nav"], "main-menu")) +
            '<div class="terkini-ticker"><b>%s</b><ul>%s</ul></div>\n' % (w["breaking"], stories(p, p.get("ticker", []))) +
            ('<div class="market-widget">%s</div>\n' % p["widget"] if p.get("widget") else "") +
            '<main class="layout"><div class="col-main"><article class="article-page">\n'
            '<ol class="breadcrumb">%s</ol>\n' % lis([w["home"]] + p.get("crumbs", [])) +
            ('<span class="article-kicker">%s</span>\n' % p["label"] if p.get("label") else "") +
            '<h1 class="page-title">%s</h1>\n' % p["h1"] +
            ('<p class="article-teaser">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="article-meta"><span class="article-byline">%s</span> <span class="article-date">%s</span></div>\n'
            % (p.get("byline_html", ""), _time(p, p["date"])) +
            share_bar(["Facebook", "WhatsApp", "Telegram", "X", w["copy"]], "share-tools", w["share"]) + "\n" +
            ('<figure class="article-image"><img src="https://cdn.%s/hero.jpg" alt=""><figcaption>%s</figcaption></figure>\n'
             % (p["domain"].replace("www.", ""), p["hero"]) if p.get("hero") else "") +
            body + "\n" +
            '<div class="article-topics"><b>%s</b> %s</div>\n' % (w["tags"], " ".join(link(t, "/topik") for t in p.get("tags", []))) +
            '<div class="tg-follow"><p>%s</p></div>\n' % w["follow"] + _next(p, w, "next-article") +
            '<section class="you-missed"><h3>%s</h3><ul>%s</ul></section>\n' % (w["related"], thumbs(p, p.get("related", []))) +
            comments_html(p, w, "komen") +
            '</article></div>\n<aside class="col-side"><section class="popular"><h3>%s</h3>%s</section>\n' % (w["rank"], ranking(p, p.get("rank", []))) +
            oprail(p, w, "rencana-rail") + '</aside></main>\n' + _footer(p))
    return finish(html, p["lang"]), ["div.article-content*"]


# ------------------------------------------------------------------------------------------ Philippine
PH_CLS = dict(ad="ad-slot", rel="related-stories", also="p.read-also", photo="figure.wp-caption", sign="p.article-credit",
              note="p.author-tagline", app="viber-cta", news="newsletter-cta", video="video-player", h="h3")


def ph_portal(p):
    """A Philippine site, Filipino tabloid or English broadsheet (Abante / Inquirer / GMA style): cookie banner, date
    bar with weather and the peso rate, Log in / Subscribe, menu with Opinyon › Editoryal › Kolum (or Opinion ›
    Editorial › Columns), Breaking ticker, kicker, byline "ni …" / "By …", share with Viber and Messenger, the text in
    div.article-content (split by ADVERTISEMENT slots), BASAHIN / READ lines, RELATED STORIES boxes and a newsletter
    box inside, tags, Basahin din / More stories, comments, Pinakabinasa / Most Read and Opinyon rails."""
    w = words(p)
    ad = lambda p_, uid: '<div class="ad-slot ad-slot--mid" id="ad-%s"><span>%s</span></div>' % (uid, w["ad"])
    body = render_body(p, w, '<div class="article-content entry-content">', "</div>", PH_CLS, split_between=ad)
    html = (html_open(p, "%s | %s", "single-article", "ph") +
            cookie(p, p["cookie_text"]) +
            '<div class="top-bar"><span class="today">%s</span> <span class="weather">%s</span> <span class="forex">%s</span> '
            '<a href="/login">%s</a> <a class="btn-sub" href="/subscribe">%s</a></div>\n'
            % (p.get("today", ""), p.get("weather", ""), p.get("forex", ""), w["login"], w["register"]) +
            '<header class="masthead"><a class="logo" href="/">%s</a>%s</header>\n' % (p["site"], menu_grid(p["nav"], "main-nav")) +
            '<div class="breaking-bar"><b>%s</b><ul>%s</ul></div>\n' % (w["breaking"], stories(p, p.get("ticker", []))) +
            '<main class="site-main"><div class="main-col"><article class="article">\n'
            '<nav class="breadcrumbs">%s</nav>\n' % " / ".join(link(c) for c in [w["home"]] + p.get("crumbs", [])) +
            ('<span class="article-kicker">%s</span>\n' % p["label"] if p.get("label") else "") +
            '<h1 class="article-title">%s</h1>\n' % p["h1"] +
            ('<p class="article-dek">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="article-byline"><span class="author">%s</span> <span class="pubdate">%s</span></div>\n' % (p.get("byline_html", ""), _time(p, p["date"])) +
            share_bar(["Facebook", "Messenger", "Viber", "X", w["copy"]], "share-top", w["share"]) + "\n" +
            ('<figure class="article-hero"><img src="https://cdn.%s/hero.jpg" alt=""><figcaption>%s</figcaption></figure>\n'
             % (p["domain"].replace("www.", ""), p["hero"]) if p.get("hero") else "") +
            body + "\n" +
            ('<div class="article-disclaimer">%s</div>\n' % p["statement"] if p.get("statement") else "") +
            '<div class="article-tags"><b>%s</b> %s</div>\n' % (w["tags"], " ".join(link(t, "/tag") for t in p.get("tags", []))) +
            '<div class="viber-follow">%s</div>\n' % w["follow"] + _next(p, w, "next-story") +
            '<section class="more-stories"><h3>%s</h3><ul>%s</ul></section>\n' % (p.get("related_label", w["related"]), thumbs(p, p.get("related", []))) +
            comments_html(p, w, "comments") +
            '</article></div>\n<aside class="sidebar"><section class="most-read"><h3>%s</h3>%s</section>\n' % (w["rank"], ranking(p, p.get("rank", []))) +
            oprail(p, w, "opinion-rail") + '</aside></main>\n' + _footer(p))
    return finish(html, p["lang"]), ["div.article-content*"]
