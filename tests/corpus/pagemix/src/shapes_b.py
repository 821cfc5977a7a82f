"""Page shapes, part B: live blogs, photo galleries, video pages."""
from kit import attr, article_ld, head, hexid, href, img, ld, nav, plain, slug


# ------------------------------------------------------------------------------------------ live blogs
def liveblog_nl(p):
    posts = []
    for i, e in enumerate(p["entries"]):
        if e == "AD":
            posts.append('<li class="liveblog__ad"><div class="ad ad--inline" data-slot="live_%d"><span class="ad__label">Advertentie</span></div></li>' % i)
            continue
        t, h, b = e
        posts.append('<li class="liveblog__item"><article class="live-post" id="post-%s"><header class="live-post__header"><time class="live-post__time" datetime="%sT%s:00+01:00">%s</time>'
                     '<h2 class="live-post__title">%s</h2></header><div class="live-post__body">%s</div>'
                     '<footer class="live-post__share"><button class="copy-link">Kopieer link</button></footer></article></li>' % (hexid(h), p["pub"][:10], t, t, h, b))
    ld_obj = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": plain(p["h1"]), "url": p["url"],
              "coverageStartTime": p["pub"], "coverageEndTime": p["end"], "datePublished": p["pub"], "dateModified": p["mod"],
              "author": [{"@type": "Person", "name": a} for a in p["authors"]],
              "publisher": {"@type": "Organization", "name": p["site"]},
              "liveBlogUpdate": [{"@type": "BlogPosting", "headline": plain(e[1]), "datePublished": "%sT%s:00+01:00" % (p["pub"][:10], e[0])}
                                 for e in p["entries"] if e != "AD"][:4]}
    html = ('<!DOCTYPE html>\n<html lang="nl">\n<head>\n%s\n<meta http-equiv="refresh" content="300">\n</head>\n' % head(p, ld_obj=ld_obj) +
            '<body class="page--article page--liveblog">\n<header class="site-header"><a class="logo" href="/">%s</a><nav>%s</nav><a class="btn-abo" href="/abonneren">Abonneren</a></header>\n'
            % (p["site"], nav(p["nav"], "main-nav")) +
            '<main class="article-layout">\n<div class="article-header"><span class="label label--live">LIVE</span><span class="article-header__section">%s</span>'
            '<h1 class="article-header__title">%s</h1><p class="article-header__intro">%s</p>\n' % (p["section"], p["h1"], p["deck"]) +
            '<div class="article-header__meta"><span class="byline">%s</span><span class="dates">%s</span></div></div>\n' % (p["byline_text"], p["meta_line"]) +
            '<section class="liveblog__keypoints" aria-label="Het belangrijkste"><h2 class="keypoints__title">Het belangrijkste</h2><ul>%s</ul></section>\n' % "".join("<li>%s</li>" % k for k in p["keypoints"]) +
            '<div class="liveblog__toolbar"><span class="liveblog__autorefresh">Automatisch vernieuwen: aan</span><button class="liveblog__new">%s</button></div>\n' % p["new_posts"] +
            '<ol class="liveblog__posts">%s</ol>\n' % "\n".join(posts) +
            '<button class="liveblog__more">Oudere berichten laden</button>\n' +
            '<aside class="article-aside"><h3>Meer over de storm</h3><ul>%s</ul></aside>\n</main>\n' % "".join('<li><a href="%s">%s</a></li>' % (href(p, t, "nieuws"), t) for t in p["more"]) +
            '<footer class="site-footer"><p>%s</p></footer>\n</body>\n</html>\n' % p["footer"])
    return html, ["section.liveblog__keypoints", "ol.liveblog__posts"]


def liveblog_ko(p):
    items = []
    for e in p["entries"]:
        if e == "AD":
            items.append('<div class="live-ad"><ins class="adsbygoogle" data-ad-slot="%s"></ins><span class="ad-txt">광고</span></div>' % hexid(p["url"], 8))
            continue
        t, h, b = e
        items.append('<div class="live-item" data-time="%s"><div class="live-time"><span class="dot"></span>%s</div><div class="live-cont"><strong class="live-tit">%s</strong>%s</div></div>' % (t, t, h, b))
    html = ('<!DOCTYPE html>\n<html lang="ko">\n<head>\n%s\n</head>\n' % head(p, ld_obj=article_ld(p, typ="NewsArticle"), fmt="%s - %s") +
            '<body>\n<div id="wrap">\n<div id="header"><h1 class="logo"><a href="/">%s</a></h1><ul class="gnb">%s</ul><div class="util"><a href="/login">로그인</a><a href="/join">회원가입</a></div></div>\n'
            % (p["site"], "".join('<li><a href="/section/%s">%s</a></li>' % (slug(n), n) for n in p["nav"])) +
            '<div id="container"><div class="article_head"><span class="live_badge">LIVE</span>\n<h2 class="article_tit">%s</h2>\n' % p["h1"] +
            '<div class="article_info"><span class="writer">%s</span><span class="date">입력 %s</span><span class="date">수정 %s</span></div>\n' % (p["byline_text"], p["date"], p["date_mod"]) +
            '<div class="article_util"><button class="btn_font">글자크기</button><button class="btn_print">인쇄</button><button class="btn_share">공유</button></div></div>\n' +
            '<div class="article_body">\n<div class="live_summary"><p class="live_summary_tit">주요 내용</p><ul>%s</ul></div>\n' % "".join("<li>%s</li>" % k for k in p["keypoints"]) +
            '<div class="live_refresh"><button type="button" onclick="liveReload()">%s</button></div>\n' % p["new_posts"] +
            '<div id="live-list" class="live_list">\n%s\n</div>\n' % "\n".join(items) +
            '<p class="copyright">%s</p>\n</div>\n' % p["copyright"] +
            '<div class="reporter_box"><p>%s</p></div>\n' % p["reporter_box"] +
            '<div class="aside"><h3>많이 본 뉴스</h3><ol>%s</ol></div>\n</div>\n' % "".join('<li><a href="%s">%s</a></li>' % (href(p, t, "news"), t) for t in p["popular"]) +
            '<div id="footer"><p>%s</p></div>\n</div>\n</body>\n</html>\n' % p["footer"])
    return html, ["div.live_summary", "div#live-list"]


# ------------------------------------------------------------------------------------------ photo galleries
def gallery_ja(p):
    n = len(p["slides"])
    slides = "".join('<li class="gallery__slide%s" data-index="%d"><div class="gallery__counter">%s<span class="cur">%d</span>/<span class="total">%d</span>%s</div>'
                     '<div class="gallery__img"><img src="https://%s/photo/2026/03/%s-%02d.jpg" alt="" width="1200" height="800" loading="lazy"></div>'
                     '<p class="gallery__caption">%s</p><p class="gallery__credit">%s</p></li>\n'
                     % (" is-active" if i == 0 else "", i + 1, "⟪" if i == 2 else "", i + 1, n, "⟫" if i == 2 else "", p["domain"], slug(p["url"]), i + 1, c, p["credit"] if i else p["credit_first"]) for i, c in enumerate(p["slides"]))
    thumbs = "".join('<li><button data-go="%d"><img src="https://%s/photo/2026/03/%s-%02d-thumb.jpg" alt="%d"></button></li>' % (i + 1, p["domain"], slug(p["url"]), i + 1, i + 1) for i in range(n))
    html = ('<!DOCTYPE html>\n<html lang="ja">\n<head>\n%s\n' % head(p, ld_obj=article_ld(p, typ="NewsArticle"), fmt="%s｜%s") +
            '<link rel="stylesheet" href="/css/gallery.css?%s">\n</head>\n' % hexid(p["url"]) +
            '<body class="gallery-page">\n<header class="gHeader"><p class="gHeader__logo"><a href="/">%s</a></p><nav class="gHeader__nav">%s</nav></header>\n' % (p["site"], nav(p["nav"])) +
            '<ol class="breadcrumb"><li><a href="/">トップ</a></li><li><a href="/photo/">フォト</a></li><li>%s</li></ol>\n' % p["crumb"] +
            '<main class="gMain"><article class="photoArticle">\n<h1 class="photoArticle__title">%s</h1>\n' % p["h1"] +
            '<div class="photoArticle__meta"><span class="photoArticle__author">%s</span><time datetime="%s">%s</time></div>\n' % (p["byline_text"], p["pub"], p["date"]) +
            '<div class="photoArticle__lead">%s</div>\n' % p["lead"] +
            '<div class="gallery" data-gallery-id="%s"><div class="gallery__controls"><button class="gallery__prev">前へ</button><button class="gallery__next">次へ</button>'
            '<button class="gallery__zoom">拡大表示</button><button class="gallery__list">一覧で見る</button></div>\n<ul class="gallery__slides">\n%s</ul>\n<ul class="gallery__thumbs">%s</ul></div>\n'
            % (hexid(p["url"], 8), slides, thumbs) +
            '<div class="photoArticle__share"><a href="#">Xでポスト</a><a href="#">LINEで送る</a><a href="#">URLをコピー</a></div>\n</article>\n' +
            '<section class="relatedPhotos"><h2>%s</h2><ul>%s</ul></section>\n</main>\n' % (p["related_h"], "".join('<li><a href="%s">%s</a></li>' % (href(p, t, "photo"), t) for t in p["related"])) +
            '<footer class="gFooter"><p>%s</p></footer>\n</body>\n</html>\n' % p["footer"])
    return html, ["div.photoArticle__lead", "ul.gallery__slides"]


def gallery_es(p):
    n = len(p["slides"])
    figs = []
    for i, c in enumerate(p["slides"]):
        figs.append('<figure class="gal-item" id="foto-%d"><div class="gal-item__counter">%s%d / %d%s</div>%s<figcaption class="gal-item__caption"><p>%s</p>'
                    '<span class="gal-item__credit">%s</span></figcaption></figure>' % (i + 1, "⟪" if i == 2 else "", i + 1, n, "⟫" if i == 2 else "", img(p, "%s-%d" % (p["url"], i), 1400, 933, "gal-item__img"), c, p["credit"]))
        if i in p.get("ads_after", []):
            figs.append('<div class="gal-ad"><div id="div-gpt-ad-gal-%d" class="gpt-slot"></div><p class="gal-ad__label">Publicidad</p></div>' % i)
    html = ('<!DOCTYPE html>\n<html lang="es">\n<head>\n%s\n</head>\n' % head(p, ld_obj=article_ld(p, extra={"@type": ["Article", "ImageGallery"]}), fmt="%s | %s") +
            '<body class="template-gallery">\n<header class="cabecera"><a class="cabecera__logo" href="/">%s</a><nav class="cabecera__menu">%s</nav></header>\n' % (p["site"], nav(p["nav"])) +
            '<main><article class="galeria">\n<header class="galeria__head"><p class="galeria__seccion"><a href="/destinos/">%s</a></p><h1 class="galeria__titulo">%s</h1>\n' % (p["section"], p["h1"]) +
            '<p class="galeria__firma">%s · <time datetime="%s">%s</time> · %d fotos</p>\n<div class="galeria__intro">%s</div></header>\n' % (p["byline_text"], p["pub"], p["date"], n, p["lead"]) +
            '<div class="galeria__fotos">\n%s\n</div>\n' % "\n".join(figs) +
            '<div class="galeria__fin"><p>%s</p><a class="btn" href="%s">Siguiente galería</a></div>\n</article>\n' % (p["end_text"], href(p, p["next_gallery"], "galerias")) +
            '<section class="mas-galerias"><h2>Más galerías</h2><ul>%s</ul></section>\n</main>\n' % "".join('<li><a href="%s">%s</a></li>' % (href(p, t, "galerias"), t) for t in p["more"]) +
            '<footer class="pie"><p>%s</p></footer>\n</body>\n</html>\n' % p["footer"])
    return html, ["div.galeria__intro", "div.galeria__fotos"]


# ------------------------------------------------------------------------------------------ video pages
def video(p):
    w = p["w"]
    vld = {"@context": "https://schema.org", "@type": "VideoObject", "name": plain(p["h1"]), "description": plain(p["desc"]) if p.get("desc") else plain(p["deck"]),
           "thumbnailUrl": "https://%s/thumbs/%s.jpg" % (p["domain"], slug(p["url"])), "uploadDate": p["pub"], "duration": p["iso_dur"],
           "contentUrl": "https://media.%s/v/%s.mp4" % (p["domain"], hexid(p["url"], 8)), "embedUrl": "https://%s/embed/%s" % (p["domain"], hexid(p["url"], 8))}
    art = article_ld(p)
    rail = "".join('<li class="vrail__item"><a href="%s"><span class="vrail__thumb"><img src="https://%s/thumbs/%s.jpg" alt=""><span class="vrail__dur">%s</span></span><span class="vrail__title">%s</span></a></li>'
                   % (href(p, t, "video"), p["domain"], slug(t), d, t) for t, d in p["rail"])
    html = ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n%s\n</head>\n' % (p["lang"], head(p, ld_obj=art, og_type="video.other"), ld(vld)) +
            '<body class="video-detail">\n<header class="hdr"><a class="hdr__logo" href="/">%s</a><nav class="hdr__nav">%s</nav></header>\n' % (p["site"], nav(p["nav"])) +
            '<main class="vpage"><div class="vpage__main">\n' +
            '<div class="player" id="player-%s" data-duration="%s"><div class="player__poster"><img src="https://%s/thumbs/%s.jpg" alt=""></div>'
            '<button class="player__play" aria-label="%s"><span>%s</span></button><div class="player__bar"><span class="player__time">00:00 / %s</span>'
            '<button class="player__cc">%s</button><button class="player__fs">%s</button></div><p class="player__note">%s</p></div>\n'
            % (hexid(p["url"], 8), p["dur"], p["domain"], slug(p["url"]), w["play"], w["play"], p["dur"], w["cc"], w["fs"], p["availability"]) +
            '<div class="vpage__info"><span class="vpage__section">%s</span><h1 class="vpage__title">%s</h1>\n' % (p["section"], p["h1"]) +
            '<div class="vpage__meta"><span class="vpage__author">%s</span> · <time datetime="%s">%s</time> · <span>%s</span></div>\n' % (p["byline_text"], p["pub"], p["date"], p["dur_text"]) +
            '<div class="vpage__desc">%s</div>\n' % p["desc_html"] +
            '<div class="vpage__actions"><button>%s</button><button>%s</button></div></div>\n' % (w["share"], w["embed"]) +
            '<section class="transcript" id="transcript"><h2 class="transcript__title">%s</h2><div class="transcript__text">\n%s\n</div></section>\n</div>\n' % (w["transcript"], p["transcript"]) +
            '<aside class="vrail"><h2 class="vrail__h">%s</h2><ul>%s</ul></aside>\n</main>\n' % (w["more"], rail) +
            '<footer class="ftr"><p>%s</p></footer>\n</body>\n</html>\n' % p["footer"])
    return html, ["div.vpage__desc", "div.transcript__text"]
