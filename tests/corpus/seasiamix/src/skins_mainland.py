"""Mainland South-East Asian skeletons: a Thai portal (th_portal), two Vietnamese ones (vn_express: VnExpress style,
the date line with GMT+7 and the author in bold under the text; vn_daily: a daily paper's site, "07/12/2026 14:05
GMT+7", sapo lead, author on top) and a WordPress news theme as Khmer, Burmese and Lao sites use it (mekong_wp).
Each prints its text in one or more containers (a `*` selector) with the furniture listed in p["exclude"]."""
from common import (comments_html, cookie, finish, html_open, link, lis, menu_grid, oprail, ranking, render_body, share_bar,
                    stories, story, thumbs, words)


def _time(p, text, cls=""):
    """A printed date; a datetime attribute only where the page has date metadata."""
    c = ' class="%s"' % cls if cls else ""
    if p.get("meta_pub", True) and p.get("meta", "full") != "min" and p.get("time_attr", True):
        return '<time%s datetime="%s">%s</time>' % (c, p["pub"], text)
    return '<span%s>%s</span>' % (c, text)


def _footer(p, cls="site-footer"):
    return ('<footer class="%s"><div class="footer-logo">%s</div><ul class="footer-nav">%s</ul><div class="footer-info">%s</div>'
            '<p class="copyright">%s</p></footer>\n</body>\n</html>\n' % (cls, p["site"], lis(p.get("footer_nav", []), "/page"),
                                                                    p.get("footer_info", ""), p["footer"]))


# ------------------------------------------------------------------------------------------ Thai
TH_CLS = dict(ad="ads-inread", rel="related-inline", also="p.read-more-th", photo="figure.wp-caption", sign="p.source-credit",
              note="p.writer-note", app="line-oa-box", news="newsletter-box", video="embed-clip", h="h2")


def th_portal(p):
    """A Thai portal (Thairath / Matichon / Khaosod style): cookie banner, Buddhist-era date bar, login and LINE OA
    links, mega menu, ข่าวด่วน ticker, SET and gold bar, category tag, view count, share with LINE, the text in
    div.entry-content (split by ads), ข่าวที่เกี่ยวข้อง / อ่านเพิ่มเติม inside, disclaimer, tags, LINE follow box,
    related cards, comments, ข่าวยอดนิยม and คอลัมนิสต์ rails."""
    w = words(p)
    ad = lambda p_, uid: '<div class="ads-between" id="ads-%s"><span>%s</span></div>' % (uid, w["ad"])
    body = render_body(p, w, '<div class="entry-content">', "</div>", TH_CLS, split_between=ad)
    crumbs = " &gt; ".join(link(c) for c in [w["home"]] + p.get("crumbs", []))
    html = (html_open(p, "%s | %s", "single single-post th-site", "thairat") +
            cookie(p, "เว็บไซต์นี้ใช้คุกกี้เพื่อมอบประสบการณ์การใช้งานที่ดีที่สุด หากใช้งานต่อถือว่าท่านยอมรับ") +
            '<div class="top-bar"><span class="date-today">%s</span> <a href="/member/login">%s</a> <a href="/member/register">%s</a> '
            '<a class="line-oa" href="https://line.me/R/ti/p/@%s">LINE @%s</a> <a class="app" href="/app">%s</a></div>\n'
            % (p.get("today", ""), w["login"], w["register"], p["site_id"], p["site_id"], w["app"]) +
            '<header class="site-header"><a class="logo" href="/">%s</a>%s<form class="search" action="/search"><input placeholder="ค้นหาข่าว"></form></header>\n'
            % (p["site"], menu_grid(p["nav"], "mega-menu")) +
            '<div class="breaking-ticker"><b>%s</b><ul>%s</ul></div>\n' % (w["breaking"], stories(p, p.get("ticker", []))) +
            ('<div class="market-bar">%s</div>\n' % p["widget"] if p.get("widget") else "") +
            '<main class="main-wrap"><div class="content-left"><article class="news-detail">\n'
            '<div class="breadcrumb">%s</div>\n' % crumbs +
            ('<span class="category-tag">%s</span>\n' % p["label"] if p.get("label") else "") +
            '<h1 class="entry-title">%s</h1>\n' % p["h1"] +
            '<div class="entry-meta"><span class="author">%s</span> %s <span class="view-count">%s %s</span></div>\n'
            % (p.get("byline_html", ""), _time(p, p["date"], "date"), w["views"], p.get("views", "8,214")) +
            share_bar(["Facebook", "LINE", "X", w["copy"]], "share-top", w["share"]) + "\n" +
            ('<figure class="featured-image"><img src="https://cdn.%s/hero.jpg" alt=""><figcaption>%s</figcaption></figure>\n' % (p["domain"], p["hero"]) if p.get("hero") else "") +
            body + "\n" +
            ('<div class="disclaimer">%s</div>\n' % p["statement"] if p.get("statement") else "") +
            '<div class="post-tags"><b>%s</b> %s</div>\n' % (w["tags"], " ".join(link(t, "/tags") for t in p.get("tags", []))) +
            '<div class="line-follow"><p>%s</p><a href="https://line.me/R/ti/p/@%s">@%s</a></div>\n' % (w["follow"], p["site_id"], p["site_id"]) +
            share_bar(["Facebook", "LINE", "X", w["copy"]], "share-bottom", w["share"]) + "\n" +
            '<div class="post-nav"><span>%s</span> %s</div>\n' % (w["next"], story(p, p.get("next", w["home"]))) +
            '<section class="related-cards"><h3>%s</h3><ul>%s</ul></section>\n' % (w["related"], thumbs(p, p.get("related", []))) +
            comments_html(p, w, "fb-cmt") + '</article></div>\n'
            '<aside class="content-right"><section class="popular"><h3>%s</h3>%s</section>\n' % (w["rank"], ranking(p, p.get("rank", []), counts=p.get("rank_counts"))) +
            oprail(p, w) +
            '<section class="latest"><h3>%s</h3><ul>%s</ul></section>\n' % (w["latest"], stories(p, p.get("latest", []))) +
            '<div class="app-box"><p>%s</p><a href="/app/ios">App Store</a> <a href="/app/android">Google Play</a></div></aside></main>\n' % p.get("app_box", w["app"]) +
            _footer(p))
    return finish(html, p["lang"]), ["div.entry-content*"]


# ------------------------------------------------------------------------------------------ Vietnamese
VN_CLS = dict(ad="box-ads", rel="box-tinlienquan", also="p.xem-them", photo="figure.tplCaption", sign="p.source-line",
              note="p.author-note", app="box-app", news="box-newsletter", video="box-video", h="h2")


def vn_express(p):
    """A Vietnamese portal (VnExpress style): the date line "Thứ hai, 7/12/2026, 14:05 (GMT+7)" above the title, the
    lead as p.description, the text in article.fck_detail with p.Normal paragraphs and the author's name in bold
    at its end, Tin liên quan boxes, Zalo share, ý kiến, Xem thêm cards, Đọc nhiều and Góc nhìn rails."""
    w = words(p)
    ad = lambda p_, uid: '<div class="banner-ads" id="ads_%s"><span>%s</span></div>' % (uid, w["ad"])
    body = render_body(p, w, '<article class="fck_detail">', "</article>", VN_CLS, para=lambda a: '<p class="Normal">%s</p>' % a, split_between=ad)
    html = (html_open(p, "%s - %s", "page-detail", "vne") +
            (cookie(p, "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn trên trang.") if p.get("cookie", True) else "") +
            '<header class="header"><a class="logo" href="/">%s</a><span class="time-now">%s</span>'
            '<a href="/tin-tuc-24h">Mới nhất</a> <a href="/khu-vuc">Tin theo khu vực</a> <a class="login" href="/dang-nhap">%s</a> <a href="/app">%s</a></header>\n'
            % (p["site"], p.get("today", ""), w["login"], w["app"]) +
            menu_grid(p["nav"], "main-nav") + "\n" +
            '<div class="hot-news"><b>%s</b><ul>%s</ul></div>\n' % (w["breaking"], stories(p, p.get("ticker", []))) +
            ('<div class="widget-market">%s</div>\n' % p["widget"] if p.get("widget") else "") +
            '<section class="section page-detail top-detail"><div class="container"><div class="sidebar-1">\n'
            '<div class="header-content"><ul class="breadcrumb">%s</ul>%s</div>\n' % (lis(p.get("crumbs", [])), _time(p, p["date"], "date")) +
            ('<span class="label-cat">%s</span>\n' % p["label"] if p.get("label") else "") +
            '<h1 class="title-detail">%s</h1>\n' % p["h1"] +
            ('<p class="description">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            body + "\n" +
            ('<p class="author-line">%s</p>\n' % p["byline_html"] if p.get("byline_html") else "") +
            ('<div class="footer-note">%s</div>\n' % p["statement"] if p.get("statement") else "") +
            share_bar(["Facebook", "Zalo", "Twitter", w["copy"]], "social-share", w["share"]) + "\n" +
            '<div class="tags"><b>%s</b> %s</div>\n' % (w["tags"], " ".join(link(t, "/chu-de") for t in p.get("tags", []))) +
            comments_html(p, w, "box-comment") +
            '<div class="next-article"><span>%s</span> %s</div>\n' % (w["next"], story(p, p.get("next", w["home"]))) +
            '<section class="box-xemthem"><h3>Xem thêm</h3><ul>%s</ul></section>\n' % thumbs(p, p.get("related", [])) +
            '</div>\n<div class="sidebar-2"><section class="box-docnhieu"><h3>%s</h3>%s</section>\n' % (w["rank"], ranking(p, p.get("rank", []))) +
            oprail(p, w, "box-gocnhin") +
            '<div class="zalo-follow">%s</div></div></div></section>\n' % w["follow"] +
            _footer(p, "footer"))
    return finish(html, p["lang"]), ["article.fck_detail*"]


def vn_daily(p):
    """A Vietnamese daily's site (Tuoi Tre / Thanh Nien style): date "07/12/2026 14:05 GMT+7", author box on top,
    the sapo lead as h2.detail-sapo, the text in div.detail-content (split by ads), "Xem thêm:" lines and Đọc thêm
    boxes inside, "Nguồn:" line, Từ khóa, Bình luận, Tin cùng chuyên mục, Xem nhiều, Zalo follow."""
    w = words(p)
    ad = lambda p_, uid: '<div class="VCSortableInPreviewMode ads-mid" id="admzone%s"><span>%s</span></div>' % (uid, w["ad"])
    cls = dict(VN_CLS, rel="box-docthem", also="p.link-content-footer")
    body = render_body(p, w, '<div class="detail-content afcbc-body">', "</div>", cls, split_between=ad)
    html = (html_open(p, "%s | %s", "detail-page", "daily") +
            '<div class="header-top"><span class="today">%s</span> <a href="/tim-kiem">Tìm kiếm</a> <a href="/dang-nhap">%s</a> '
            '<a href="/dang-ky">%s</a> <a class="btn-app" href="/app">%s</a> <a href="/bao-in">Báo in</a></div>\n'
            % (p.get("today", ""), w["login"], w["register"], w["app"]) +
            '<header class="header-main"><a class="logo" href="/">%s</a>%s</header>\n' % (p["site"], menu_grid(p["nav"], "menu-nav")) +
            '<div class="box-event"><b>%s</b><ul>%s</ul></div>\n' % (w["breaking"], stories(p, p.get("ticker", []))) +
            '<div class="detail-container"><div class="detail-cmain">\n'
            '<div class="detail-top"><div class="detail-cate">%s</div><div class="detail-time">%s</div></div>\n'
            % (" › ".join(link(c) for c in p.get("crumbs", [])), _time(p, p["date"])) +
            ('<span class="detail-label">%s</span>\n' % p["label"] if p.get("label") else "") +
            '<h1 class="detail-title article-title">%s</h1>\n' % p["h1"] +
            '<div class="detail-author">%s <span class="follow">+ Theo dõi</span></div>\n' % p.get("byline_html", "") +
            share_bar(["Facebook", "Zalo", w["copy"], "Lưu"], "detail-share", "") + "\n" +
            ('<h2 class="detail-sapo">%s</h2>\n' % p["deck"] if p.get("deck") else "") +
            ('<figure class="detail-photo"><img src="https://cdn.%s/hero.jpg" alt=""><figcaption class="PhotoCMS_Caption">%s</figcaption></figure>\n'
             % (p["domain"], p["hero"]) if p.get("hero") else "") +
            body + "\n" +
            ('<div class="detail-source">%s</div>\n' % p["source_line"] if p.get("source_line") else "") +
            ('<div class="note-bottom">%s</div>\n' % p["statement"] if p.get("statement") else "") +
            '<div class="detail-tab"><b>Từ khóa:</b> %s</div>\n' % " ".join(link(t, "/tu-khoa") for t in p.get("tags", [])) +
            comments_html(p, w, "lst-comment") +
            '<section class="box-category"><h3>%s</h3><ul>%s</ul></section>\n' % (w["related"], thumbs(p, p.get("related", []))) +
            '</div>\n<div class="detail-cright"><section class="box-xemnhieu"><h3>Xem nhiều</h3>%s</section>\n' % ranking(p, p.get("rank", [])) +
            oprail(p, w, "box-binhluan") +
            '<div class="zalo-oa"><p>%s</p></div></div></div>\n' % w["follow"] +
            _footer(p, "footer"))
    return finish(html, p["lang"]), ["div.detail-content*"]


# ------------------------------------------------------------------------------------------ Khmer / Burmese / Lao
WP_CLS = dict(ad="td-a-rec", rel="td-related-inline", also="p.read-also", photo="figure.wp-caption", sign="p.source-line",
              note="p.author-bio", app="telegram-join", news="mc4wp-form", video="td-video-embed", h="h3")


def mekong_wp(p):
    """A Khmer, Burmese or Lao news site on a WordPress news theme (Newspaper / tagDiv style): header date and social
    links (Facebook, Telegram, YouTube, TikTok), menu, ticker, category chip, author and date meta with a view count,
    share (Facebook, Telegram, Messenger), featured image with caption, the text in div.td-post-content (split by
    ads), related boxes and Telegram prompts inside, tags, author box, prev/next, related thumbs, comment form,
    popular and opinion rails."""
    w = words(p)
    ad = lambda p_, uid: '<div class="td-a-rec td-a-rec-id-content_inline" id="ad-%s"><span class="td-adspot-title">- %s -</span></div>' % (uid, w["ad"])
    body = render_body(p, w, '<div class="td-post-content tagdiv-type">', "</div>", WP_CLS, split_between=ad)
    crumbs = ' <i class="td-bread-sep"></i> '.join(link(c) for c in [w["home"]] + p.get("crumbs", []))
    html = (html_open(p, "%s - %s", "post-template-default single single-post td-standard-pack", "newspaper") +
            (cookie(p, p["cookie_text"]) if p.get("cookie_text") else "") +
            '<div class="td-header-top-menu"><div class="td_data_time">%s</div><ul class="top-header-menu">%s</ul>'
            '<div class="td-social-icons"><a href="#fb">Facebook</a> <a href="#tg">Telegram</a> <a href="#yt">YouTube</a> <a href="#tt">TikTok</a></div></div>\n'
            % (p.get("today", ""), lis([w["login"], w["register"], w["app"]], "/account")) +
            '<div class="td-header-menu-wrap"><a class="td-logo" href="/">%s</a>%s</div>\n' % (p["site"], menu_grid(p["nav"], "td-header-main-menu sf-menu")) +
            '<div class="td-trending-now-wrapper"><b class="td-trending-now-title">%s</b><ul>%s</ul></div>\n' % (w["breaking"], stories(p, p.get("ticker", []))) +
            ('<div class="td-exchange">%s</div>\n' % p["widget"] if p.get("widget") else "") +
            '<div class="td-main-content-wrap td-container-wrap"><div class="td-container"><div class="td-crumb-container"><div class="entry-crumbs">%s</div></div>\n' % crumbs +
            '<div class="td-pb-row"><div class="td-pb-span8 td-main-content"><article class="post type-post status-publish">\n'
            '<div class="td-post-header"><ul class="td-category">%s</ul><header class="td-post-title"><h1 class="entry-title">%s</h1>\n'
            % (('<li class="entry-category">%s</li>' % link(p["label"], "/category")) if p.get("label") else "", p["h1"]) +
            '<div class="td-module-meta-info"><div class="td-post-author-name">%s</div> <span class="td-post-date">%s</span> '
            '<div class="td-post-views"><span>%s</span> %s</div></div></header></div>\n'
            % (p.get("byline_html", ""), _time(p, p["date"], "entry-date updated td-module-date"), p.get("views", "3,452"), w["views"]) +
            share_bar(["Facebook", "Telegram", "Messenger", w["copy"]], "td-post-sharing td-post-sharing-top", w["share"]) + "\n" +
            ('<div class="td-post-featured-image"><figure><img src="https://cdn.%s/hero.jpg" alt=""><figcaption class="wp-caption-text">%s</figcaption></figure></div>\n'
             % (p["domain"].replace("www.", ""), p["hero"]) if p.get("hero") else "") +
            body + "\n" +
            '<footer><div class="td-post-source-tags"><ul class="td-tags"><li><span>%s</span></li>%s</ul></div>\n'
            % (w["tags"], "".join("<li>%s</li>" % link(t, "/tag") for t in p.get("tags", []))) +
            share_bar(["Facebook", "Telegram", "Messenger", w["copy"]], "td-post-sharing td-post-sharing-bottom", w["share"]) + "\n" +
            ('<div class="td-author-box"><div class="td-author-name">%s</div><div class="td-author-description">%s</div></div>\n'
             % (p["author_box"][0], p["author_box"][1]) if p.get("author_box") else "") +
            '<div class="td-block-row td-post-next-prev"><div class="td-post-next-post"><span>%s</span> %s</div></div>\n' % (w["next"], story(p, p.get("next", w["home"]))) +
            '</footer></article>\n'
            '<div class="td_block_related_posts"><h4 class="td-related-title">%s</h4><ul>%s</ul></div>\n' % (w["related"], thumbs(p, p.get("related", []), cls="td_module_related_posts")) +
            comments_html(p, w, "comment") +
            '</div>\n<div class="td-pb-span4 td-main-sidebar"><div class="td-ss-main-sidebar"><section class="td_block_popular"><h3>%s</h3>%s</section>\n'
            % (w["rank"], ranking(p, p.get("rank", []))) +
            oprail(p, w, "td_block_opinion") +
            '<div class="td-fb-page">Facebook Page: %s</div></div></div></div></div></div>\n' % p["site"] +
            _footer(p, "td-footer-wrapper"))
    return finish(html, p["lang"]), ["div.td-post-content*"]
