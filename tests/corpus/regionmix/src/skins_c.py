"""Site styles, part C: an East Asian / Thai portal whose text may be <br>-separated, with photo
figures, related-news boxes and a copyright line inside the body (cjk), and a Latin American or
North African column page with a columnist header, sticky video and author box (column)."""
from kit import attr, head, hexid, slug
from common import blocks, ld_of, excl, footer_map, imgsrc, lis, mega, numbered, story_lis, tagcloud, ticker


# ------------------------------------------------------------------------------------------ cjk
def cjk(p):
    """Korean, Japanese, Chinese and Thai portals: the text in div#article-view-content-div, as
    paragraphs (mode "p") or as <br><br>-separated runs (mode "br"); photos, related-news boxes,
    ads, a subscribe box and the copyright line inside."""
    w = p["w"]
    br = p.get("mode", "p") == "br"
    out = []
    run = []

    def flush():
        if run:
            out.append("\n<br><br>\n".join(run) if br else "".join("<p>%s</p>" % t for t in run))
            run.clear()
    for name, a in blocks(p["body"]):
        if name == "p":
            run.append(a)
            continue
        flush()
        if name == "H":
            out.append("<h3 class=\"subtitle\">%s</h3>" % a[0])
        elif name == "AD":
            excl(p, "div.ad-box*")
            out.append('<div class="ad-box"><span class="ad-label">%s</span><div id="ad_%s"></div></div>' % (w["ad"], hexid(p["url"] + str(len(out)), 6)))
        elif name == "ALSO":
            excl(p, "div.relation-news*")
            out.append('<div class="relation-news"><strong>%s</strong><ul>%s</ul></div>' % (w["also"], story_lis(p, a, "news")))
        elif name in ("PHOTO", "GAL"):
            excl(p, "figure.photo-layout*")
            out.append("".join('<figure class="photo-layout"><img src="%s" alt=""><figcaption>%s</figcaption></figure>' % (imgsrc(p, c), c) for c in a))
        elif name == "VIDEO":
            excl(p, "div.video-box*")
            out.append('<div class="video-box"><span>%s</span><div class="player" data-id="%s"></div><p>%s</p></div>' % (w["video"], hexid(a[0], 8), a[0]))
        elif name == "FOLLOW":
            excl(p, "div.subscribe-box*")
            out.append('<div class="subscribe-box">%s</div>' % w["follow"])
    flush()
    if w.get("copyright_line"):
        excl(p, "div.article-copyright")
        out.append('<div class="article-copyright">%s</div>' % w["copyright_line"])
    widget = '<div class="market-widget">%s</div>' % p["widget"] if p.get("widget") else ""
    html = ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n' % (p.get("html_lang", p["lang"]), head(p, ld_obj=ld_of(p), fmt=p.get("title_fmt", "%s - %s"))) +
            '<link rel="stylesheet" href="https://cdn.%s/css/view.css?v=20260301">\n</head>\n' % p["domain"] +
            '<body class="view-page">\n<div id="user-wrap">\n%s\n%s\n' % (ticker(p, "breaking-box", "breaking-label"), widget) +
            '<header id="header"><div class="header-top"><a class="logo" href="/">%s</a><span class="today">%s</span></div>%s</header>\n' % (p["site"], p.get("topdate", ""), mega(p, "gnb")) +
            '<div id="user-container"><section class="article-view">\n<div class="article-head"><div class="section-name"><a href="/%s/">%s</a></div>\n'
            '<h1 class="heading">%s</h1>\n%s' % (p.get("secpath", "news"), p["section"], p["h1"], '<h2 class="subheading">%s</h2>\n' % p["deck"] if p.get("deck") else "") +
            '<ul class="infomation"><li class="byline">%s</li>%s</ul>\n' % (p.get("byline_html", p["byline_text"]), "".join("<li>%s</li>" % d for d in p["date_items"])) +
            '<div class="article-util"><button class="font-s">%s</button><button class="font-l">%s</button><a class="print" href="#print">%s</a><a class="share" href="#share">%s</a></div></div>\n'
            % (w.get("font_s", "A-"), w.get("font_l", "A+"), w.get("print", "Print"), w.get("share", "Share")) +
            '<article id="article-view-content-div" class="article-body" itemprop="articleBody">\n%s\n</article>\n' % "\n".join(out) +
            ('<div class="writer-box"><b>%s</b> <span>%s</span></div>\n' % (p["authors"][0], p["bio"]) if p.get("bio") else "") +
            '<div class="tag-group">%s</div>\n' % tagcloud(p) +
            '<div class="related-list"><h3>%s</h3><ul>%s</ul></div>\n' % (w.get("related", ""), story_lis(p, p.get("related", []), "news")) +
            '<div class="comment-box"><h3>%s</h3>%s</div>\n</section>\n' % (w.get("comments", ""), p.get("comments_html", "")) +
            '<aside class="side"><div class="auto-article"><h3>%s</h3>%s</div><div class="region"><h3>%s</h3><ul>%s</ul></div></aside>\n</div>\n'
            % (w.get("most_read", ""), numbered(p, p.get("most_read", []), "rank-list", "news"), w.get("region", ""), lis(p["places"], "/local")) +
            '<footer id="footer">%s<p class="copyright">%s</p></footer>\n</div>\n</body>\n</html>\n' % (footer_map(p), p["footer"]))
    return html, ["article#article-view-content-div"]


# ------------------------------------------------------------------------------------------ column
def column(p):
    """A newspaper column page: columnist header with photo, the text in div.column-body with "read
    also" boxes, a sticky video player, ads and a follow box inside; author box, more columns by the
    author, Facebook comments after it."""
    w = p["w"]
    out = []
    for name, a in blocks(p["body"]):
        if name == "p":
            out.append("<p>%s</p>" % a)
        elif name == "H":
            out.append("<h2>%s</h2>" % a[0])
        elif name == "AD":
            excl(p, "div.ad-slot*")
            out.append('<div class="ad-slot ad-slot--inread"><span>%s</span><div id="gpt-inread-%d"></div></div>' % (w["ad"], len(out)))
        elif name == "ALSO":
            excl(p, "aside.lee-tambien*")
            out.append('<aside class="lee-tambien"><span class="lee-tambien__label">%s</span>%s</aside>' % (w["also"], "".join('<a href="/%s/%s/">%s</a>' % (p.get("secpath", "opinion"), slug(t), t) for t in a)))
        elif name == "VIDEO":
            excl(p, "div.video-sticky*")
            out.append('<div class="video-sticky" data-sticky="true"><div class="video-sticky__label">%s</div><div class="jwplayer" id="jw-%s"></div><p class="video-sticky__title">%s</p></div>' % (w["video"], hexid(a[0], 8), a[0]))
        elif name == "FOLLOW":
            excl(p, "div.follow-us*")
            out.append('<div class="follow-us">%s</div>' % w["follow"])
        elif name == "PHOTO":
            excl(p, "figure.col-photo*")
            out.append('<figure class="col-photo"><img src="%s" alt=""><figcaption>%s</figcaption></figure>' % (imgsrc(p, a[0]), a[0]))
    a0 = p["authors"][0] if p.get("authors") else p["byline_text"]
    html = ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n' % (p.get("html_lang", p["lang"]), head(p, ld_obj=ld_of(p), fmt=p.get("title_fmt", "%s | %s"))) +
            '<link rel="stylesheet" href="https://%s/static/css/columna.css?v=7">\n</head>\n' % p["domain"] +
            '<body class="page-columna">\n%s\n' % ticker(p, "ultimo-momento", "ultimo-momento__label") +
            '<header class="site-header"><a class="site-logo" href="/">%s</a><span class="site-date">%s</span>%s</header>\n' % (p["site"], p.get("topdate", ""), mega(p, "site-nav")) +
            '<main class="main"><article class="columna">\n<div class="columna__seccion"><a href="/%s/">%s</a></div>\n' % (p.get("secpath", "opinion"), p["section"]) +
            '<div class="columnista"><img class="columnista__foto" src="https://%s/columnistas/%s.jpg" alt="%s"><div class="columnista__nombre">%s</div><div class="columnista__rol">%s</div></div>\n'
            % (p["domain"], slug(a0), attr(a0), p.get("byline_html", p["byline_text"]), w.get("role", "")) +
            '<h1 class="columna__titulo">%s</h1>\n<p class="columna__bajada">%s</p>\n' % (p["h1"], p["deck"]) +
            '<div class="columna__fecha">%s</div>\n' % p["date"] +
            '<div class="columna__tools"><a href="#" class="share-fb">Facebook</a><a href="#" class="share-x">X</a><a href="#" class="share-wa">WhatsApp</a><button class="font">A+</button><a href="#" class="print">%s</a></div>\n' % w.get("print", "Print") +
            '<div class="column-body">\n%s\n</div>\n' % "\n".join(out) +
            '<div class="columna__tags">%s</div>\n' % tagcloud(p) +
            ('<div class="author-box"><b>%s</b><p>%s</p></div>\n' % (a0, p["bio"]) if p.get("bio") else "") +
            '<section class="mas-columnas"><h3>%s</h3><ul>%s</ul></section>\n' % (w.get("more_cols", ""), story_lis(p, p.get("related", []), p.get("secpath", "opinion"))) +
            '<section class="fb-comments-wrap"><h3>%s</h3><div class="fb-comments" data-href="%s" data-width="100%%"></div>%s</section>\n</article>\n' % (w.get("comments", ""), p["url"], p.get("comments_html", "")) +
            '<aside class="sidebar"><div class="lo-mas-visto"><h3>%s</h3>%s</div><div class="region"><h3>%s</h3><ul>%s</ul></div></aside>\n</main>\n'
            % (w.get("most_read", ""), numbered(p, p.get("most_read", []), "ranking", "noticias"), w.get("region", ""), lis(p["places"], "/estados")) +
            '<footer class="site-footer">%s<p class="copyright">%s</p></footer>\n</body>\n</html>\n' % (footer_map(p), p["footer"]))
    return html, ["div.column-body"]
