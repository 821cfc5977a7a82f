"""Site styles, part A: a big portal with one paragraph per container (portal_split), a WordPress
news theme with everything inside entry-content (wp_news), an old table or <br> layout (old_table)."""
from kit import article_ld, attr, head, hexid, ld, plain, slug
from common import blocks, ld_of, dirattr, excl, footer_map, imgsrc, lis, mega, numbered, story_lis, tagcloud, ticker


# ------------------------------------------------------------------------------------------ portal_split
def portal_split(p):
    """A large portal (Globo, Clarín, detik, VnExpress style): every paragraph in its own
    div.content-text, with ads, "read also", video, follow and gallery blocks as siblings."""
    w = p["w"]
    out = []
    for name, a in blocks(p["body"]):
        if name == "p":
            out.append('<div class="mc-column content-text active-extra-styles" data-block-type="unstyled"><p class="content-text__container">%s</p></div>' % a)
        elif name == "H":
            out.append('<div class="mc-column content-intertitle"><h2>%s</h2></div>' % a[0])
        elif name == "AD":
            out.append('<div class="content-ads content-ads--reveal"><div class="ad-label">%s</div><div id="banner_%s" class="tag-manager-publicidade-container" data-size="300x250"></div></div>'
                       % (w["ad"], hexid(str(len(out)) + p["url"], 6)))
        elif name == "ALSO":
            out.append('<div class="mc-column content-related"><div class="saiba-mais"><span class="saiba-mais__title">%s</span><ul class="saiba-mais__list">%s</ul></div></div>'
                       % (w["also"], story_lis(p, a, p.get("secpath", "noticia"), "saiba-mais__item")))
        elif name == "VIDEO":
            out.append('<div class="mc-column content-video"><div class="video-player" data-video-id="%s"><div class="video-player__label">%s</div>'
                       '<img src="%s" alt=""><p class="video-player__title">%s</p><span class="video-player__duration">%s</span></div></div>'
                       % (hexid(a[0], 8), w["video"], imgsrc(p, a[0], 640, 360), a[0], a[1] if len(a) > 1 else "02:14"))
        elif name == "FOLLOW":
            out.append('<div class="mc-column content-follow"><p class="content-follow__text">%s</p><a class="btn-whatsapp" href="https://whatsapp.example/channel/%s">WhatsApp</a>'
                       '<a class="btn-gnews" href="https://news.google.example/publications/%s">Google News</a></div>' % (w["follow"], hexid(p["domain"], 8), hexid(p["site"], 8)))
        elif name == "GAL":
            out.append('<div class="mc-column content-media content-photogallery"><div class="photogallery__counter">1 / %d</div><ul class="photogallery__list">%s</ul></div>'
                       % (len(a), "".join('<li class="photogallery__item"><figure><img src="%s" alt=""><figcaption class="content-media__description">%s</figcaption></figure></li>'
                                          % (imgsrc(p, c), c) for c in a)))
        elif name == "PHOTO":
            out.append('<div class="mc-column content-media"><figure class="content-media-figure"><img src="%s" alt=""><figcaption class="content-media__description">%s</figcaption></figure></div>' % (imgsrc(p, a[0]), a[0]))
    widget = '<div class="market-widget">%s</div>' % p["widget"] if p.get("widget") else ""
    html = ('<!DOCTYPE html>\n<html lang="%s"%s>\n<head>\n%s\n' % (p.get("html_lang", p["lang"]), dirattr(p), head(p, ld_obj=ld_of(p), fmt=p.get("title_fmt", "%s | %s"))) +
            '<link rel="stylesheet" href="https://s.%s/css/portal.min.css?v=4.12.0">\n<script>window.cdaaas={"SETTINGS":{"SITE_ID":"%s","AD_UNIT":"%s/materia"}};</script>\n</head>\n'
            % (p["domain"], hexid(p["domain"], 8), slug(p["site"])) +
            '<body class="materia %s">\n%s\n' % (p.get("secpath", "noticia"), ticker(p, "header-ticker")) +
            '<header class="header-portal"><div class="header-portal__top"><a class="logo" href="/">%s</a><a class="header-login" href="/login">%s</a>%s</div>\n%s\n</header>\n'
            % (p["site"], w.get("login", "Login"), widget, mega(p)) +
            '<main class="glb-grid"><div class="materia-container">\n'
            '<div class="header-editoria"><a class="header-editoria--link" href="/%s/">%s</a></div>\n' % (p.get("secpath", "noticia"), p["section"]) +
            '<div class="title"><h1 class="content-head__title" itemprop="headline">%s</h1></div>\n' % p["h1"] +
            '<div class="medium-centered subtitle"><h2 class="content-head__subtitle" itemprop="alternativeHeadline">%s</h2></div>\n' % p["deck"] +
            '<div class="content-publication-data"><p class="content-publication-data__from">%s</p>'
            '<p class="content-publication-data__updated"><time itemprop="datePublished" datetime="%s">%s</time> <span class="content-publication-data__rel">%s</span></p></div>\n'
            % (p.get("byline_html", p["byline_text"]), p["pub"], p["date"], w.get("rel", "")) +
            '<div class="content-tools"><button class="font-size-minus">A-</button><button class="font-size-plus">A+</button><a href="javascript:print()">%s</a><a href="mailto:?subject=%s">%s</a></div>\n'
            % (w.get("print", "Print"), attr(p["h1"])[:40], w.get("email", "E-mail")) +
            '<article itemprop="articleBody" class="mc-body">\n%s\n</article>\n' % "\n".join(out) +
            '<div class="entities"><span class="entities__title">%s</span>%s</div>\n' % (w.get("tags", ""), tagcloud(p, "entities__list")) +
            '<section class="veja-tambem"><h3>%s</h3><ul>%s</ul></section>\n' % (w.get("related", ""), story_lis(p, p.get("related", []))) +
            '<section class="comments"><h3>%s</h3><div class="fb-comments" data-href="%s" data-numposts="5"></div><p class="comments__note">%s</p></section>\n'
            % (w.get("comments", ""), p["url"], w.get("comments_note", "")) +
            '</div>\n<aside class="sidebar"><section class="mais-lidas"><h3>%s</h3>%s</section>\n' % (w.get("most_read", ""), numbered(p, p.get("most_read", []))) +
            '<section class="sua-regiao"><h3>%s</h3><ul>%s</ul></section></aside>\n</main>\n' % (w.get("region", ""), lis(p["places"], "/regiao")) +
            '<footer class="footer">%s<p class="copyright">%s</p></footer>\n</body>\n</html>\n' % (footer_map(p), p["footer"]))
    return html, ["div.content-text*"]


# ------------------------------------------------------------------------------------------ wp_news
def wp_news(p):
    """A WordPress news theme (JNews/Jannah style): everything inside div.content-inner, with
    "ALSO READ:" paragraphs, ads, a sticky video, follow boxes, inline related posts and galleries."""
    w = p["w"]
    out = []
    for name, a in blocks(p["body"]):
        if name == "p":
            out.append("<p>%s</p>" % a)
        elif name == "H":
            out.append("<h3>%s</h3>" % a[0])
        elif name == "AD":
            excl(p, "div.jeg_ad*")
            out.append('<div class="jeg_ad jeg_ad_article jnews_content_inline_ads"><div class="ads-wrapper align-center"><span class="ads-text">%s</span>'
                       '<ins class="adsbygoogle" data-ad-client="ca-pub-%s" data-ad-slot="%s"></ins></div></div>' % (w["ad"], int(hexid(p["domain"], 8), 16), len(out)))
        elif name == "ALSO":
            excl(p, "p^%s*" % plain(w["also"]).strip())
            out.append("".join('<p><strong>%s </strong>%s</p>' % (w["also"], '<a href="https://%s/%s/">%s</a>' % (p["domain"], slug(t), t)) for t in a))
        elif name == "VIDEO":
            excl(p, "div.jnews_inline_video*")
            out.append('<div class="jnews_inline_video is-sticky"><div class="jeg_video_title">%s</div><div class="jeg_video_container" data-src="https://video.%s/embed/%s"></div>'
                       '<p class="video-caption">%s</p><button class="sticky-close" aria-label="close">×</button></div>' % (w["video"], p["domain"], hexid(a[0], 8), a[0]))
        elif name == "FOLLOW":
            excl(p, "div.follow-channel-box*")
            out.append('<div class="follow-channel-box"><p>%s</p><a class="btn-wa" href="https://whatsapp.example/channel/%s">WhatsApp</a>'
                       '<a class="btn-gn" href="https://news.google.example/s/%s">Google News</a><a class="btn-tg" href="https://t.example/%s">Telegram</a></div>'
                       % (w["follow"], hexid(p["domain"], 8), hexid(p["site"], 8), slug(p["site"])))
        elif name == "REL":
            excl(p, "div.jnews_inline_related_post*")
            out.append('<div class="jnews_inline_related_post"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>%s</span></h3></div>%s</div>'
                       % (w["related_inline"], "".join('<article class="jeg_post"><h3 class="jeg_post_title"><a href="https://%s/%s/">%s</a></h3></article>' % (p["domain"], slug(t), t) for t in a)))
        elif name in ("GAL", "PHOTO"):
            excl(p, "figcaption*")
            out.append('<figure class="wp-block-gallery has-nested-images">%s</figure>' % "".join(
                '<figure class="wp-block-image size-large"><img src="%s" alt=""><figcaption class="wp-element-caption">%s</figcaption></figure>' % (imgsrc(p, c), c) for c in a))
    html = ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n' % (p.get("html_lang", p["lang"]), head(p, ld_obj=ld_of(p), fmt=p.get("title_fmt", "%s - %s"))) +
            '<link rel="stylesheet" id="jnews-frontend-css" href="https://%s/wp-content/themes/jnews/assets/dist/frontend.min.css?ver=11.6.2" media="all">\n'
            '<script id="jnews-frontend-js-extra">var jnewsoption = {"login_reload":"https:\\/\\/%s","popup_script":"magnific","single_gallery":false,"ismobile":false,"isie":""};</script>\n</head>\n'
            % (p["domain"], p["domain"]) +
            '<body class="post-template-default single single-post jeg_single_tpl_2 jnews jsc_normal">\n<div class="jeg_viewport">\n'
            '<div class="jeg_topbar"><span class="jeg_top_date">%s</span>%s</div>\n' % (p["topdate"], p.get("widget", "")) +
            '%s\n<header class="jeg_header"><div class="jeg_logo"><a href="/">%s</a></div>%s</header>\n' % (ticker(p, "jeg_breakingnews", "jeg_breakingnews_title"), p["site"], mega(p, "jeg_main_menu_wrapper")) +
            '<div class="jeg_main"><div class="jeg_container"><div class="jeg_content jeg_singlepage"><div class="jeg_inner_content">\n'
            '<div class="jeg_breadcrumbs"><span><a href="/">%s</a></span> » <span><a href="/%s/">%s</a></span></div>\n' % (w.get("home", "Home"), p.get("secpath", "news"), p["section"]) +
            '<div class="entry-header"><h1 class="jeg_post_title">%s</h1>%s\n' % (p["h1"], '<h2 class="jeg_post_subtitle">%s</h2>' % p["deck"] if p.get("show_deck", True) else "") +
            '<div class="jeg_meta_container"><div class="jeg_post_meta"><div class="jeg_meta_author">%s</div><div class="jeg_meta_date"><a href="%s">%s</a></div>'
            '<div class="jeg_meta_comment"><a href="#comments">%s</a></div></div></div></div>\n' % (p.get("byline_html", p["byline_text"]), p["url"], p["date"], w.get("ncomments", "0")) +
            '<div class="jeg_share_top_container"><div class="jeg_share_button"><a class="jeg_btn-facebook" href="#">Facebook</a><a class="jeg_btn-twitter" href="#">X</a>'
            '<a class="jeg_btn-whatsapp" href="#">WhatsApp</a></div><div class="jeg_font_size"><button>A-</button><button>A+</button></div></div>\n' +
            '<div class="jeg_featured featured_image"><img src="%s" alt="%s"><p class="wp-caption-text">%s</p></div>\n' % (imgsrc(p, p["url"], 1200, 675), attr(p["h1"]), p.get("hero_caption", "")) +
            '<div class="entry-content no-share"><div class="content-inner">\n%s\n</div></div>\n' % "\n".join(out) +
            '<div class="jeg_post_tags"><span>%s</span>%s</div>\n' % (w.get("tags", "Tags:"), tagcloud(p, "tags-list")) +
            ('<div class="jeg_authorbox"><div class="jeg_author_content"><h3 class="jeg_author_name">%s</h3><p class="jeg_author_desc">%s</p></div></div>\n' % (p["authors"][0], p["bio"]) if p.get("bio") else "") +
            '<div class="jnews_related_post_container"><h3>%s</h3><ul>%s</ul></div>\n' % (w.get("related", ""), story_lis(p, p.get("related", []), "news")) +
            '<div class="jnews_comment_container" id="comments"><h3>%s</h3><div id="disqus_thread"></div>%s</div>\n' % (w.get("comments", ""), p.get("comments_html", "")) +
            '</div></div>\n<div class="jeg_sidebar"><div class="widget widget_popular"><h3 class="widget-title">%s</h3>%s</div>\n' % (w.get("most_read", ""), numbered(p, p.get("most_read", []), "jeg_popularpost", "news")) +
            '<div class="widget widget_region"><h3 class="widget-title">%s</h3><ul>%s</ul></div></div>\n</div></div>\n' % (w.get("region", ""), lis(p["places"], "/state")) +
            '<footer class="jeg_footer">%s<div class="jeg_footer_bottom"><p class="copyright">%s</p></div></footer>\n</div>\n</body>\n</html>\n' % (footer_map(p, "jeg_footer_primary"), p["footer"]))
    return html, ["div.content-inner"]


# ------------------------------------------------------------------------------------------ old_table
def old_table(p):
    """An old layout: the text as <br><br>-separated runs (no <p>), in table cells split by an ad
    row (layout "table") or in one div (layout "div"), with "read also" lines and photo tables inside."""
    w = p["w"]
    table = p.get("layout", "table") == "table"
    cells, cur = [], []
    for name, a in blocks(p["body"]):
        if name == "p":
            cur.append(a)
        elif name == "SPLIT" and table:
            cells.append(cur)
            cur = []
        elif name == "AD" and not table:
            excl(p, "div.ad-inline*")
            cur.append('<div class="ad-inline"><small>%s</small><iframe src="https://ads.%s/show?z=%s" width="300" height="250"></iframe></div>' % (w["ad"], p["domain"], len(cur)))
        elif name == "ALSO":
            excl(p, "div.relacionada*")
            cur.append('<div class="relacionada"><b>%s</b> %s</div>' % (w["also"], " · ".join('<a href="/nota.php?id=%d">%s</a>' % (int(hexid(t, 5), 16), t) for t in a)))
        elif name == "PHOTO":
            excl(p, "table.foto*")
            cur.append('<table class="foto" width="100%%" cellpadding="2"><tr><td><img src="%s" width="400" alt=""></td></tr><tr><td class="pie">%s</td></tr></table>' % (imgsrc(p, a[0]), a[0]))
        elif name == "FOLLOW":
            excl(p, "div.siguenos*")
            cur.append('<div class="siguenos">%s</div>' % w["follow"])
        elif name == "H":
            cur.append("<b>%s</b>" % a[0])
    cells.append(cur)

    def run(items):
        # text runs are separated by <br><br>; boxes break the run themselves
        s = ""
        for i, t in enumerate(items):
            if t.startswith("<div") or t.startswith("<table"):
                s += t + "\n"
            else:
                s += t + ("\n<br><br>\n" if i + 1 < len(items) else "\n")
        return s
    menu = " | ".join('<a href="/seccion.php?s=%s">%s</a>' % (slug(s), s) for s in p["sections"])
    places = " | ".join('<a class="menu2" href="/local.php?l=%s">%s</a>' % (slug(s), s) for s in p["places"])
    tools = '<a href="javascript:fontUp()">A+</a> <a href="javascript:fontDown()">A-</a> | <a href="/imprimir.php?id=%s">%s</a> | <a href="/enviar.php?id=%s">%s</a>' % (hexid(p["url"], 6), w.get("print", "Print"), hexid(p["url"], 6), w.get("email", "E-mail"))
    byline = '<span class="autor">%s</span>' % p["byline_text"] if p.get("byline_text") else ""
    if table:
        rows = ('\n<tr><td class="publicidad" align="center"><small>%s</small><br><iframe src="https://ads.%s/show?z=mid" width="468" height="60"></iframe></td></tr>\n' % (w["ad"], p["domain"])).join(
            '<tr><td class="texto" valign="top">\n%s</td></tr>' % run(c) for c in cells)
        art = ('<table class="nota" width="100%%" cellpadding="6" cellspacing="0">\n<tr><td class="volanta">%s</td></tr>\n<tr><td><h1 class="titulo">%s</h1></td></tr>\n'
               '<tr><td class="bajada">%s</td></tr>\n<tr><td class="datos">%s <span class="fecha">%s</span></td></tr>\n<tr><td class="herramientas">%s</td></tr>\n%s\n</table>\n'
               % (p["section"], p["h1"], p["deck"], byline, p["date"], tools, rows))
        sel = ["td.texto*"]
    else:
        art = ('<div class="article-left-col"><div class="article-category">%s</div><h1 class="article-title">%s</h1>\n<p class="article-deck">%s</p>\n'
               '<p class="floatLeft">%s</p><p class="floatRight article-date">%s</p>\n<div class="article-tools">%s</div>\n'
               '<div class="article-content-area" id="article-text">\n%s</div>\n</div>\n' % (p["section"], p["h1"], p["deck"], byline, p["date"], tools, run(cells[0])))
        sel = ["div.article-content-area"]
    html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html lang="%s"%s>\n<head>\n%s\n' % (p.get("html_lang", p["lang"]), dirattr(p), head(p, ld_obj=ld_of(p), fmt=p.get("title_fmt", "%s :: %s"), viewport=False)) +
            '<link rel="stylesheet" type="text/css" href="/estilos.css">\n<script type="text/javascript" src="/js/funciones.js"></script>\n</head>\n'
            '<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">\n<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">\n'
            '<tr><td colspan="2" class="cabecera"><a href="/"><img src="/img/logo.gif" alt="%s" width="300" height="70"></a> <span class="fecha-hoy">%s</span></td></tr>\n' % (attr(p["site"]), p.get("topdate", "")) +
            '<tr><td colspan="2" class="menu">%s</td></tr>\n<tr><td colspan="2" class="menu2">%s</td></tr>\n' % (menu, places) +
            ('<tr><td colspan="2" class="ultimo-momento"><b>%s</b> %s</td></tr>\n' % (w.get("breaking", ""), " · ".join(p.get("ticker", []))) if p.get("ticker") else "") +
            '<tr><td width="680" valign="top">\n%s' % art +
            '<div class="tags">%s</div>\n' % tagcloud(p) +
            ('<div class="disclaimer">%s</div>\n' % p["disclaimer"] if p.get("disclaimer") else "") +
            '<div class="comentarios"><b>%s</b>%s</div>\n</td>\n' % (w.get("comments", ""), p.get("comments_html", "")) +
            '<td width="300" valign="top" class="columna-derecha"><div class="lomasleido"><b>%s</b>%s</div><div class="publicidad"><small>%s</small></div></td></tr>\n' % (w.get("most_read", ""), numbered(p, p.get("most_read", []), "lomasleido-lista", "nota"), w["ad"]) +
            '<tr><td colspan="2" class="pie">%s<br>%s<br>%s</td></tr>\n</table>\n</body>\n</html>\n' % (menu, places, p["footer"]))
    return html, sel
