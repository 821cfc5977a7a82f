"""Arabic portal skeletons: a Gulf daily's site (gulf_portal), an Egyptian news portal (eg_portal),
a Levantine WordPress news site (lev_portal) and a Moroccan portal with busy comment threads
(mag_portal). Each prints its text in one or more containers (a `*` selector) with the furniture
listed in p["exclude"]."""
from kit import hexid
from common import (ar, comments_html, html_open, imgsrc, link, links, lis, menu, ranking, render_body, share_bar, stories, story, teasers)

AR_W = dict(ad="إعلان", rel="اقرأ أيضا", read="اقرأ أيضا:", comments="التعليقات", like="أعجبني", reply="رد", report="إبلاغ",
            cmt_ph="أضف تعليقك هنا…", cmt_btn="إرسال", cmt_more="عرض المزيد من التعليقات", nl_btn="اشترك",
            cmt_rules="التعليقات تعبر عن آراء أصحابها ولا تعبر بالضرورة عن رأي الموقع")


def _w(p, **over):
    return {**AR_W, **over, **p.get("w", {})}


def _prayer(city, times, title="مواقيت الصلاة"):
    names = ["الفجر", "الشروق", "الظهر", "العصر", "المغرب", "العشاء"]
    return '<div class="prayer-widget"><b>%s - %s</b><ul>%s</ul></div>' % (title, city, "".join(
        '<li><span>%s</span> <time>%s</time></li>' % (n, t) for n, t in zip(names, times)))


def _crumbs(items, sep=" › ", home="الرئيسية"):
    return sep.join(link(c) for c in [home] + items)


# ------------------------------------------------------------------------------------------ Gulf
def gulf_portal(p):
    """A Gulf daily's site (Dubai / Riyadh / Doha): date line with the Hijri date, prayer times,
    English edition link, login and subscribe; a mega menu with مقالات; a عاجل bar; a gold and
    currency strip; section kicker; the text in div.article-body (split by ads, or folded behind
    «اقرأ المزيد»); tags, share, تابعونا على, مواضيع ذات صلة, comments; الأكثر قراءة and an
    opinion rail; a cookie dialog at the end."""
    w = _w(p, ad_cls="ad-inarticle", rel_cls="inline-related", photo_cls="article-photo")
    body = render_body(p, w, '<div class="article-body">', "</div>",
                       split_between=lambda p, u: '<div class="ad-between" id="div-gpt-ad-%s"><span class="ad-label">%s</span></div>' % (u, w["ad"]))
    pr = p.get("prayer", ("دبي", ["٥:٢٠", "٦:٣٣", "١٢:٣٥", "٣:٥٨", "٦:٣٦", "٧:٥٠"]))
    html = (html_open(p, "%s | %s", "single-article", "css/gulf") +
            '<div class="top-bar"><span class="top-date">%s</span>%s<a class="edition" href="https://en.%s/" lang="en" dir="ltr">English</a> '
            '<a href="/user/login">تسجيل الدخول</a> <a class="btn-subscribe" href="/subscribe">اشترك الآن</a></div>\n'
            % (p["today"], _prayer(*pr), p["domain"].replace("www.", "")) +
            '<header class="site-header"><a class="logo" href="/"><img src="https://%s/logo.svg" alt="%s"></a>%s<a class="search-toggle" href="/search">بحث</a></header>\n'
            % (p["domain"], p["site"], menu(p["nav"], "mega-menu")) +
            '<div class="breaking-news"><span class="label">عاجل</span><ul>%s</ul></div>\n' % stories(p, p.get("ticker", [])) +
            '<div class="markets-strip">%s</div>\n' % p.get("widget", "") +
            '<main class="layout"><div class="main-col"><article class="article">\n'
            '<nav class="breadcrumbs">%s</nav>\n' % _crumbs(p.get("crumbs", [])) +
            ('<a class="article-kicker" href="/%s/">%s</a>\n' % (p.get("secpath", "news"), p["label"]) if p.get("label") else "") +
            '<h1 class="article-title">%s</h1>\n' % p["h1"] +
            ('<p class="article-summary">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="article-info"><span class="article-author">%s</span> <time class="article-date">%s</time>%s</div>\n'
            % (p.get("byline_html", ""), p["date"], ' <span class="article-updated">%s</span>' % p["updated"] if p.get("updated") else "") +
            share_bar(["واتساب", "X", "فيسبوك", "تيليجرام", "نسخ الرابط"], "share-top") + "\n" +
            ('<figure class="article-hero"><img src="%s" alt=""><figcaption>%s</figcaption></figure>\n' % (imgsrc(p, "hero"), p["hero"]) if p.get("hero") else "") +
            ('<div class="author-card">%s</div>\n' % p["author_card"] if p.get("author_card") else "") +
            body + "\n" +
            ('<p class="article-disclaimer">%s</p>\n' % p["statement"] if p.get("statement") else "") +
            '<div class="article-tags"><span>الكلمات المفتاحية:</span> %s</div>\n' % links(p.get("tags", []), "/tags") +
            share_bar(["واتساب", "X", "فيسبوك", "لينكدإن", "البريد"], "share-bottom", "شارك:") + "\n" +
            '<div class="follow-us"><span>تابعونا على</span> <a href="#x">X</a> <a href="#ig">إنستغرام</a> <a href="#fb">فيسبوك</a> <a href="#yt">يوتيوب</a> <a href="#tt">تيك توك</a></div>\n' +
            ('<div class="channel-box">%s</div>\n' % p["chan"] if p.get("chan") else "") +
            '<section class="related-articles"><h3>مواضيع ذات صلة</h3><ul>%s</ul></section>\n' % stories(p, p.get("related", [])) +
            comments_html(p, w, "comments") +
            '</article></div>\n<aside class="side-col"><section class="most-read"><h3>الأكثر قراءة</h3>%s</section>\n' % ranking(p, p.get("rank", []), counts=None) +
            '<section class="opinion-rail"><h3>مقالات</h3><ul>%s</ul></section>\n' % teasers(p, p.get("opinion_rail", []), "opinion") +
            '<section class="newsletter-box"><h3>النشرة البريدية</h3><p>%s</p><form><input type="email" dir="ltr" placeholder="email@example.com"><button>اشترك</button></form></section></aside></main>\n'
            % p.get("nl_side", "أهم الأخبار في بريدك كل صباح") +
            '<footer class="site-footer"><ul>%s</ul><p class="copyright">%s</p></footer>\n' % (lis(["من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية", "الشروط والأحكام", "خريطة الموقع"], "/page"), p["footer"]) +
            '<div class="cookie-consent" role="dialog"><p>%s</p><button class="accept">موافق</button> <button class="settings">إعدادات ملفات تعريف الارتباط</button></div>\n'
            % p.get("cookie", "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا.") +
            '</body>\n</html>\n')
    return html, ["div.article-body*"]


# ------------------------------------------------------------------------------------------ Egypt
def eg_portal(p):
    """An Egyptian news portal (Youm7 / Masrawy style): cookie notice first, date line, gold price
    widget, app link, a flat menu with مقالات, an عاجل bar; section name, title, sub-title,
    كتب … line and the date with ص/م; the text in div.article-text (split by ads) with
    «اقرأ أيضا:» link paragraphs inside; tags, share, WhatsApp channel, مواضيع ذات صلة, comments;
    الأكثر قراءة, مقالات and prayer times in the left column."""
    w = _w(p, ad_cls="adv-inread", read_cls="read-also", photo_cls="in-img")
    body = render_body(p, w, '<div class="article-text">', "</div>",
                       split_between=lambda p, u: '<div class="adv-between" id="adv-%s"><span>%s</span></div>' % (u, w["ad"]))
    html = (html_open(p, "%s - %s", "article-page", "assets/eg") +
            '<div class="cookies-notice"><p>%s</p><a class="ok" href="#ok">موافق</a> <a href="/privacy">سياسة الخصوصية</a></div>\n'
            % p.get("cookie", "يستخدم هذا الموقع ملفات تعريف الارتباط (الكوكيز) لتقديم أفضل خدمة لك.") +
            '<header class="eg-header"><div class="header-top"><span class="date-now">%s</span> <div class="gold-price">%s</div> '
            '<a class="app-link" href="https://app.%s/">حمّل تطبيق %s</a></div>\n' % (p["today"], p.get("widget", ""), p["domain"].replace("www.", ""), p["site"]) +
            '<a class="logo" href="/">%s</a>%s</header>\n' % (p["site"], menu(p["nav"], "main-menu")) +
            '<div class="urgent-bar"><strong>عاجل</strong><ul>%s</ul></div>\n' % stories(p, p.get("ticker", [])) +
            '<section class="article-page"><div class="container"><div class="right-col">\n'
            '<div class="breadcrumb">%s</div>\n' % _crumbs(p.get("crumbs", []), " / ") +
            '<div class="article-header">' + ('<span class="section-name">%s</span>' % p["label"] if p.get("label") else "") +
            '<h1>%s</h1>' % p["h1"] + ('<h2 class="sub-title">%s</h2>' % p["deck"] if p.get("deck") else "") +
            '<div class="writer-date"><span class="writer">%s</span> <span class="news-date">%s</span></div></div>\n' % (p.get("byline_html", ""), p["date"]) +
            ('<div class="img-cont"><img src="%s" alt=""><span class="img-caption">%s</span></div>\n' % (imgsrc(p, "hero"), p["hero"]) if p.get("hero") else "") +
            body + "\n" +
            ('<p class="article-note">%s</p>\n' % p["statement"] if p.get("statement") else "") +
            '<div class="article-tags"><b>الكلمات المفتاحية</b> %s</div>\n' % links(p.get("tags", []), "/tags") +
            share_bar(["فيسبوك", "X", "واتساب", "تليجرام", "نسخ الرابط"], "share-box", "شارك") + "\n" +
            '<div class="whatsapp-follow"><a href="https://whatsapp.com/channel/%s">%s</a></div>\n' % (hexid(p["site"], 8), p.get("chan", "تابع آخر الأخبار عبر قناتنا على واتساب")) +
            '<div class="topics-related"><h3>مواضيع ذات صلة</h3><ul>%s</ul></div>\n' % stories(p, p.get("related", [])) +
            comments_html(p, w, "fb-cmt") +
            '</div>\n<aside class="left-col"><div class="most-read"><h3>الأكثر قراءة</h3>%s</div>\n' % ranking(p, p.get("rank", [])) +
            '<div class="opinion-box"><h3>مقالات</h3><ul>%s</ul></div>\n' % teasers(p, p.get("opinion_rail", []), "opinion") +
            _prayer(*p.get("prayer", ("القاهرة", ["04:41", "06:06", "12:04", "03:28", "06:01", "07:18"]))) +
            '</aside></div></section>\n'
            '<footer class="eg-footer"><ul>%s</ul><p>%s</p></footer>\n</body>\n</html>\n'
            % (lis(["من نحن", "اتصل بنا", "سياسة الخصوصية", "شروط الاستخدام", "أعلن معنا", "فريق العمل"], "/page"), p["footer"]))
    return html, ["div.article-text*"]


# ------------------------------------------------------------------------------------------ Levant / Maghreb (WordPress)
def _wp(p, style):
    lev = style == "lev"
    w = _w(p, ad_cls="stream-item-in-post", rel_cls="related-posts-inline", photo_cls="wp-caption")
    body = render_body(p, w, '<div class="entry-content entry clearfix">', "</div>",
                       split_between=lambda p, u: '<div class="stream-item stream-item-between" id="ad-%s"><span>%s</span></div>' % (u, w["ad"]))
    top = ('<div class="top-nav"><span class="today-date">%s</span>%s<ul class="top-links">%s</ul></div>\n'
           % (p["today"], ('<div class="weather-widget">%s</div>' % p["widget"]) if p.get("widget") else "",
              lis(["من نحن", "اتصل بنا", "أعلن معنا"] + (["Français"] if not lev else ["English"]), "/page")))
    if not lev:
        top += _prayer(*p.get("prayer", ("الرباط", ["06:22", "07:48", "13:44", "17:06", "19:41", "20:56"])))
    rail_h = "آراء" if lev else "كتاب وآراء"
    html = (html_open(p, "%s - %s", "post-template-default single single-post", "wp-content/themes/jannah/style") +
            top +
            '<header id="theme-header" class="theme-header"><div class="logo"><a href="/">%s</a></div>%s</header>\n' % (p["site"], menu(p["nav"], "main-menu-wrapper")) +
            '<div class="breaking"><span class="breaking-title">%s</span><ul>%s</ul></div>\n' % ("آخر الأخبار" if lev else "الأخبار العاجلة", stories(p, p.get("ticker", []))) +
            '<div id="content" class="site-content container"><div class="main-content" role="main">\n'
            '<article id="the-post" class="container-wrapper post-content">\n'
            '<nav id="breadcrumb">%s</nav>\n' % _crumbs(p.get("crumbs", []), " / ") +
            '<header class="entry-header-outer"><div class="entry-header">' +
            ('<span class="post-cat-wrap"><a class="post-cat" href="/category/%s/">%s</a></span>' % (p.get("secpath", "news"), p["label"]) if p.get("label") else "") +
            '<h1 class="post-title entry-title">%s</h1>' % p["h1"] +
            ('<h2 class="entry-sub-title">%s</h2>' % p["deck"] if p.get("deck") else "") +
            '<div class="post-meta"><span class="meta-author">%s</span> <span class="date meta-item">%s</span>%s</div></div></header>\n'
            % (p.get("byline_html", ""), p["date"], ' <span class="meta-views">%s</span>' % p["views"] if p.get("views") else "") +
            ('<div class="featured-area"><figure><img src="%s" alt=""><figcaption class="single-caption-text">%s</figcaption></figure></div>\n' % (imgsrc(p, "hero"), p["hero"]) if p.get("hero") else "") +
            share_bar(["فيسبوك", "X", "واتساب", "تيليجرام", "طباعة"], "share-links") + "\n" +
            body + "\n" +
            ('<div class="post-disclaimer">%s</div>\n' % p["statement"] if p.get("statement") else "") +
            '<div class="post-bottom-meta post-bottom-tags"><span class="tagcloud">%s</span></div>\n' % links(p.get("tags", []), "/tag") +
            ('<div class="about-author"><h3>عن الكاتب</h3><p>%s</p></div>\n' % p["author_box"] if p.get("author_box") else "") +
            ('<div class="post-navigation"><span>المقال التالي</span> %s</div>\n' % story(p, p["next"]) if p.get("next") else "") +
            '<div id="related-posts" class="container-wrapper"><h3>مقالات ذات صلة</h3><ul>%s</ul></div>\n' % stories(p, p.get("related", [])) +
            comments_html(p, w, "comment-list") +
            '</article></div>\n<aside class="sidebar"><div class="widget widget-posts"><h4>الأكثر قراءة</h4>%s</div>\n' % ranking(p, p.get("rank", []), counts=p.get("rank_counts")) +
            '<div class="widget opinion-widget"><h4>%s</h4><ul>%s</ul></div>\n' % (rail_h, teasers(p, p.get("opinion_rail", []), "opinion")) +
            '<div class="widget social-widget"><h4>تابعونا على</h4>%s</div></aside></div>\n' % links(["فيسبوك", "X", "إنستغرام", "يوتيوب", "تيليجرام"], "/social") +
            '<footer id="footer" class="site-footer"><div class="footer-widgets"><p>%s</p></div><div class="copyright-text">%s</div></footer>\n'
            % (p.get("footer_about", ""), p["footer"]) +
            ('<div id="cookie-law-info-bar"><span>%s</span> <a class="cli_action_button" href="#accept">قبول</a></div>\n' % p["cookie"] if p.get("cookie") else "") +
            '</body>\n</html>\n')
    return html, ["div.entry-content*"]


def lev_portal(p):
    """A Levantine news site on WordPress (Lebanon, Jordan): date line with Levantine month names,
    weather, a menu with آراء, آخر الأخبار bar, category label, the text in div.entry-content
    (split by ads), author box, related posts, comments, الأكثر قراءة and an آراء rail."""
    return _wp(p, "lev")


def mag_portal(p):
    """A Moroccan portal (Hespress style, on WordPress): date line, weather and prayer times, a
    Français link, a menu with كتاب وآراء and أعمدة, the text in div.entry-content (split by ads),
    long reader-comment threads with numbered comments, الأكثر قراءة with view counts."""
    return _wp(p, "mag")
