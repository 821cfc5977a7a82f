"""Site styles, part B: an Indian portal with div.text paragraphs (indic), an Eastern European
portal with a lead and a "continue reading" fold (eeu), a Middle Eastern / Turkish portal with
related cards and a gallery inside the text (mideast)."""
from kit import attr, head, hexid, slug
from common import blocks, ld_of, dirattr, excl, footer_map, imgsrc, lis, mega, numbered, story_lis, tagcloud, ticker


# ------------------------------------------------------------------------------------------ indic
def indic(p):
    """An Indian news portal: paragraphs as <div class="text"> (no <p>) inside div.story-details,
    with "also read" boxes, ads, a recommended video, a Google News box and photos inside."""
    w = p["w"]
    out = []
    for name, a in blocks(p["body"]):
        if name == "p":
            out.append('<div class="text">%s</div>' % a)
        elif name == "H":
            out.append('<h2 class="sub-head">%s</h2>' % a[0])
        elif name == "AD":
            excl(p, "div.ad-slot*")
            out.append('<div class="ad-slot" id="div-gpt-ad-%s"><span class="adv-text">%s</span></div>' % (hexid(p["url"] + str(len(out)), 8), w["ad"]))
        elif name == "ALSO":
            excl(p, "div.also-read*")
            out.append('<div class="also-read"><span class="also-read-title">%s</span><ul>%s</ul></div>' % (w["also"], story_lis(p, a, p.get("secpath", "news"))))
        elif name == "VIDEO":
            excl(p, "div.rec-video*")
            out.append('<div class="rec-video"><span class="rec-video-label">%s</span><div class="vplayer" data-vid="%s"></div><p class="rec-video-title">%s</p></div>' % (w["video"], hexid(a[0], 8), a[0]))
        elif name == "FOLLOW":
            excl(p, "div.gnews-box*")
            out.append('<div class="gnews-box"><a href="https://news.google.example/publications/%s">%s</a></div>' % (hexid(p["site"], 8), w["follow"]))
        elif name == "PHOTO":
            excl(p, "div.photo-box*")
            out.append('<div class="photo-box"><img src="%s" alt=""><span class="photo-caption">%s</span></div>' % (imgsrc(p, a[0]), a[0]))
    score = '<div class="live-score-strip"><span class="live-dot">LIVE</span> %s</div>' % p["widget"] if p.get("widget") else ""
    html = ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n' % (p.get("html_lang", p["lang"]), head(p, ld_obj=ld_of(p), fmt=p.get("title_fmt", "%s | %s"))) +
            '<link rel="preload" as="font" href="https://static.%s/fonts/noto-sans.woff2" crossorigin>\n<link rel="stylesheet" href="https://static.%s/css/article.v82.css">\n'
            '<script>var _pageData={"section":"%s","pageType":"article","lang":"%s"};</script>\n</head>\n' % (p["domain"], p["domain"], p.get("secpath", "news"), p["lang"]) +
            '<body class="article-page">\n%s\n%s\n' % (score, ticker(p, "breaking-strip", "breaking-label")) +
            '<header class="site-header"><div class="hdr-top"><a class="logo" href="/">%s</a><a class="epaper" href="/epaper">%s</a><a class="app-dl" href="/app">%s</a></div>%s</header>\n'
            % (p["site"], w.get("epaper", "E-Paper"), w.get("app", "App"), mega(p, "main-nav")) +
            '<div class="container"><div class="left-col">\n<div class="breadcrumb"><a href="/">%s</a> / <a href="/%s/">%s</a></div>\n' % (w.get("home", "Home"), p.get("secpath", "news"), p["section"]) +
            '<h1 class="article-hdg">%s</h1>\n<h2 class="synopsis">%s</h2>\n' % (p["h1"], p["deck"]) +
            '<div class="author-date"><div class="author-name">%s</div><div class="date-time">%s</div>'
            '<a class="follow-gnews" href="https://news.google.example/publications/%s">%s</a></div>\n' % (p.get("byline_html", p["byline_text"]), p["date"], hexid(p["site"], 8), w.get("gnews_btn", "Google News")) +
            '<div class="share-font"><a class="shr-fb" href="#">Facebook</a><a class="shr-wa" href="#">WhatsApp</a><a class="shr-x" href="#">X</a>'
            '<button class="font-dec">A-</button><button class="font-inc">A+</button></div>\n' +
            '<div class="lead-image"><img src="%s" alt="%s"><span class="img-caption">%s</span></div>\n' % (imgsrc(p, p["url"], 1200, 675), attr(p["h1"]), p.get("hero_caption", "")) +
            '<div class="story-details" id="story-%s">\n%s\n</div>\n' % (hexid(p["url"], 8), "\n".join(out)) +
            '<div class="tags-box"><b>%s</b>%s</div>\n' % (w.get("tags", "Tags"), tagcloud(p, "tag-list")) +
            '<div class="comment-box"><h3>%s</h3>%s</div>\n' % (w.get("comments", ""), p.get("comments_html", "")) +
            '<div class="more-from"><h3>%s</h3><ul>%s</ul></div>\n</div>\n' % (w.get("related", ""), story_lis(p, p.get("related", []), p.get("secpath", "news"))) +
            '<div class="right-col"><div class="most-read-box"><h3>%s</h3>%s</div>\n' % (w.get("most_read", ""), numbered(p, p.get("most_read", []), "top-news", p.get("secpath", "news"))) +
            '<div class="city-widget"><h3>%s</h3><ul>%s</ul></div></div>\n</div>\n' % (w.get("region", ""), lis(p["places"], "/city")) +
            '<footer class="site-footer">%s<p class="copyright">%s</p></footer>\n</body>\n</html>\n' % (footer_map(p), p["footer"]))
    return html, ["div.story-details"]


# ------------------------------------------------------------------------------------------ eeu
def eeu(p):
    """An Eastern European portal: a bold lead, the text in div.article-body, a "continue reading"
    button and the rest in a collapsed div.article-body-rest; read-also paragraphs, ads, a
    Telegram/Google News box and a video inside."""
    w = p["w"]
    parts, cur = [], []
    for name, a in blocks(p["body"]):
        if name == "p":
            cur.append("<p>%s</p>" % a)
        elif name == "H":
            cur.append("<h2>%s</h2>" % a[0])
        elif name == "FOLD":
            parts.append(cur)
            cur = []
        elif name == "AD":
            excl(p, "div.ad-inarticle*")
            cur.append('<div class="ad-inarticle"><span class="ad-inarticle__label">%s</span><div id="adocean-%s"></div></div>' % (w["ad"], hexid(p["url"] + str(len(cur)), 6)))
        elif name == "ALSO":
            excl(p, "p.read-also*")
            cur.append("".join('<p class="read-also"><strong>%s</strong> <a href="/%s/%s">%s</a></p>' % (w["also"], p.get("secpath", "news"), slug(t), t) for t in a))
        elif name == "VIDEO":
            excl(p, "div.video-embed*")
            cur.append('<div class="video-embed"><div class="video-embed__label">%s</div><div class="video-embed__player" data-id="%s"></div><p class="video-embed__title">%s</p></div>' % (w["video"], hexid(a[0], 8), a[0]))
        elif name == "FOLLOW":
            excl(p, "div.social-box*")
            cur.append('<div class="social-box"><p>%s</p><a href="https://t.example/%s">Telegram</a> <a href="https://news.google.example/s/%s">Google News</a></div>' % (w["follow"], slug(p["site"]), hexid(p["site"], 8)))
        elif name in ("PHOTO", "GAL"):
            excl(p, "figure.article-photo*")
            cur.append("".join('<figure class="article-photo"><img src="%s" alt=""><figcaption>%s</figcaption></figure>' % (imgsrc(p, c), c) for c in a))
    parts.append(cur)
    body = '<div class="article-body" itemprop="articleBody">\n%s\n</div>\n' % "\n".join(parts[0])
    sel = ["div.article-lead", "div.article-body"]
    if len(parts) > 1:
        body += ('<div class="read-more-fold"><button class="read-more-btn" data-target="rest">%s</button></div>\n'
                 '<div class="article-body-rest is-collapsed" id="rest">\n%s\n</div>\n' % (w["more"], "\n".join(parts[1])))
        sel.append("div.article-body-rest")
    widget = '<div class="rates-widget">%s</div>' % p["widget"] if p.get("widget") else ""
    html = ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n' % (p.get("html_lang", p["lang"]), head(p, ld_obj=ld_of(p), fmt=p.get("title_fmt", "%s - %s"))) +
            '<link rel="stylesheet" href="https://cdn.%s/build/app.3f9c2.css">\n<style>.article-body-rest.is-collapsed{max-height:0;overflow:hidden}</style>\n</head>\n' % p["domain"] +
            '<body class="page-article">\n<div class="topbar"><span class="topbar__date">%s</span>%s</div>\n%s\n' % (p.get("topdate", ""), widget, ticker(p, "breaking-bar", "breaking-bar__label")) +
            '<header class="header"><a class="header__logo" href="/">%s</a>%s</header>\n' % (p["site"], mega(p, "header__nav")) +
            '<div class="layout"><main class="layout__main"><article class="article">\n'
            '<div class="article__rubric"><a href="/%s/">%s</a></div>\n<h1 class="article__title">%s</h1>\n' % (p.get("secpath", "news"), p["section"], p["h1"]) +
            '<div class="article__meta"><span class="article__author">%s</span> <time class="article__date" datetime="%s">%s</time> <span class="article__ago">%s</span>'
            ' <span class="article__views">%s</span></div>\n' % (p.get("byline_html", p["byline_text"]), p.get("time_attr", p["pub"]), p["date"], w.get("rel", ""), w.get("views", "")) +
            '<div class="article__tools"><button class="font-minus">A-</button><button class="font-plus">A+</button><a class="print" href="?print=1">%s</a></div>\n' % w.get("print", "Print") +
            '<div class="article-lead"><p><strong>%s</strong></p></div>\n' % p["lead"] +
            '<figure class="article__hero"><img src="%s" alt=""><figcaption>%s</figcaption></figure>\n' % (imgsrc(p, p["url"], 1200, 675), p.get("hero_caption", "")) +
            body +
            '<div class="article__tags">%s</div>\n' % tagcloud(p) +
            ('<div class="article__author-box"><b>%s</b><p>%s</p></div>\n' % (p["authors"][0], p["bio"]) if p.get("bio") else "") +
            '</article>\n<section class="read-also-list"><h3>%s</h3><ul>%s</ul></section>\n' % (w.get("related", ""), story_lis(p, p.get("related", []), p.get("secpath", "news"))) +
            '<section class="comments"><h3>%s</h3><div id="disqus_thread"></div>%s</section>\n</main>\n' % (w.get("comments", ""), p.get("comments_html", "")) +
            '<aside class="layout__side"><div class="popular"><h3>%s</h3>%s</div><div class="region-box"><h3>%s</h3><ul>%s</ul></div></aside>\n</div>\n'
            % (w.get("most_read", ""), numbered(p, p.get("most_read", []), "popular__list", p.get("secpath", "news")), w.get("region", ""), lis(p["places"], "/region")) +
            '<footer class="footer">%s<p class="footer__copy">%s</p></footer>\n</body>\n</html>\n' % (footer_map(p), p["footer"]))
    return html, sel


# ------------------------------------------------------------------------------------------ mideast
def mideast(p):
    """A Turkish / Arabic / Persian / Hebrew portal: the whole text in div.news-text, with related
    news cards, ads, an inline photo gallery, a video box and a follow box inside it."""
    w = p["w"]
    out = []
    for name, a in blocks(p["body"]):
        if name == "p":
            out.append("<p>%s</p>" % a)
        elif name == "H":
            out.append("<h3>%s</h3>" % a[0])
        elif name == "AD":
            excl(p, "div.ad-box*")
            out.append('<div class="ad-box"><span>%s</span><div class="ad-unit" data-slot="inread_%d"></div></div>' % (w["ad"], len(out)))
        elif name == "ALSO":
            excl(p, "div.related-card*")
            out.append("".join('<div class="related-card"><span class="related-card__label">%s</span><a href="/haber/%s"><img src="%s" alt=""><strong>%s</strong></a></div>'
                               % (w["also"], slug(t), imgsrc(p, t, 160, 90), t) for t in a))
        elif name == "GAL":
            excl(p, "div.inline-gallery*")
            out.append('<div class="inline-gallery"><div class="inline-gallery__head">%s <span>%d %s</span></div><ul>%s</ul></div>' % (w["gallery"], len(a), w.get("photos", ""), "".join(
                '<li><img src="%s" alt=""><p class="inline-gallery__cap">%s</p></li>' % (imgsrc(p, c), c) for c in a)))
        elif name == "PHOTO":
            excl(p, "figure.in-photo*")
            out.append('<figure class="in-photo"><img src="%s" alt=""><figcaption>%s</figcaption></figure>' % (imgsrc(p, a[0]), a[0]))
        elif name == "VIDEO":
            excl(p, "div.video-box*")
            out.append('<div class="video-box"><span class="video-box__label">%s</span><div class="player" data-id="%s"></div><p>%s</p></div>' % (w["video"], hexid(a[0], 8), a[0]))
        elif name == "FOLLOW":
            excl(p, "div.follow-box*")
            out.append('<div class="follow-box">%s</div>' % w["follow"])
    widget = '<div class="market-widget">%s</div>' % p["widget"] if p.get("widget") else ""
    html = ('<!DOCTYPE html>\n<html lang="%s"%s>\n<head>\n%s\n' % (p.get("html_lang", p["lang"]), dirattr(p), head(p, ld_obj=ld_of(p), fmt=p.get("title_fmt", "%s - %s"))) +
            '<link rel="stylesheet" href="https://static.%s/assets/css/site.min.css?v=%s">\n</head>\n' % (p["domain"], hexid(p["domain"], 6)) +
            '<body class="detail-page">\n%s\n%s\n' % (ticker(p, "breaking-news", "breaking-news__label"), widget) +
            '<header class="main-header"><a class="logo" href="/">%s</a><div class="header-date">%s</div>%s</header>\n' % (p["site"], p.get("topdate", ""), mega(p, "main-menu")) +
            '<div class="container"><div class="col-main"><div class="news-detail">\n'
            '<div class="news-category"><a href="/%s/">%s</a></div>\n<h1 class="news-title">%s</h1>\n<h2 class="spot">%s</h2>\n' % (p.get("secpath", "news"), p["section"], p["h1"], p["deck"]) +
            '<div class="news-info"><span class="news-author">%s</span> <span class="news-date">%s</span></div>\n' % (p.get("byline_html", p["byline_text"]), p["date"]) +
            '<div class="news-tools"><button class="font-small">A-</button><button class="font-big">A+</button><a href="javascript:window.print()">%s</a><a class="share-wa" href="#">WhatsApp</a></div>\n' % w.get("print", "Print") +
            '<figure class="news-image"><img src="%s" alt=""><figcaption>%s</figcaption></figure>\n' % (imgsrc(p, p["url"], 1200, 675), p.get("hero_caption", "")) +
            '<div class="news-text" itemprop="articleBody">\n%s\n</div>\n' % "\n".join(out) +
            '<div class="news-tags">%s</div>\n' % tagcloud(p) +
            ('<div class="author-card"><b>%s</b><p>%s</p></div>\n' % (p["authors"][0], p["bio"]) if p.get("bio") else "") +
            '</div>\n<section class="also-like"><h3>%s</h3><ul>%s</ul></section>\n' % (w.get("related", ""), story_lis(p, p.get("related", []), "haber")) +
            '<section class="comments"><h3>%s</h3>%s</section>\n</div>\n' % (w.get("comments", ""), p.get("comments_html", "")) +
            '<aside class="col-side"><div class="most-read"><h3>%s</h3>%s</div><div class="region-news"><h3>%s</h3><ul>%s</ul></div></aside>\n</div>\n'
            % (w.get("most_read", ""), numbered(p, p.get("most_read", []), "most-read__list", "haber"), w.get("region", ""), lis(p["places"], "/yerel")) +
            '<footer class="main-footer">%s<p class="copyright">%s</p></footer>\n</body>\n</html>\n' % (footer_map(p), p["footer"]))
    return html, ["div.news-text"]
