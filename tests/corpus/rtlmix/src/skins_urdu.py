"""Urdu newspaper site skeleton (pk_portal, Jang / Express style)."""
from kit import hexid
from common import comments_html, html_open, imgsrc, link, links, lis, menu, ranking, render_body, share_bar, stories, teasers

UR_W = dict(ad="اشتہار", rel="یہ بھی پڑھیں", read="مزید پڑھیں:", comments="تبصرے", like="پسند", reply="جواب دیں", report="رپورٹ کریں",
            cmt_ph="اپنا تبصرہ یہاں لکھیں…", cmt_btn="تبصرہ بھیجیں", cmt_more="مزید تبصرے دیکھیں", nl_btn="سبسکرائب",
            cmt_rules="ادارے کا قارئین کے تبصروں سے متفق ہونا ضروری نہیں۔")


def pk_portal(p):
    """An Urdu newspaper's site (Jang / Express style): a date line with the Hijri date, Sehri and
    Iftar times, English and e-paper links; a menu with کالمز and اداریہ; بریکنگ نیوز; gold,
    dollar and PSX rates; breadcrumb, label, title, byline and date; the text in div.detail-body
    (split by ads, or folded behind a button) with یہ بھی پڑھیں boxes and مزید پڑھیں lines; a
    Google News and WhatsApp prompt; tags, related, comments; مقبول خبریں and a کالمز rail."""
    w = {**UR_W, "ad_cls": "ad-inner", "rel_cls": "also-read", "read_cls": "read-more-line", "photo_cls": "detail-photo", **p.get("w", {})}
    body = render_body(p, w, '<div class="detail-body">', "</div>",
                       split_between=lambda p, u: '<div class="ad-block" id="ad-%s"><span>%s</span></div>' % (u, w["ad"]))
    city, sehri, iftar = p.get("sehri", ("کراچی", "5:21", "6:36"))
    html = (html_open(p, "%s - %s", "detail-page", "assets/css/ur") +
            '<div class="topbar"><span class="date-line">%s</span> <div class="sehr-iftar"><b>%s</b> سحری <time>%s</time> | افطار <time>%s</time></div> '
            '<a href="https://en.%s/" lang="en" dir="ltr">English</a> <a href="https://epaper.%s/">ای پیپر</a></div>\n'
            % (p["today"], city, sehri, iftar, p["domain"].replace("www.", ""), p["domain"].replace("www.", "")) +
            '<header class="site-header"><a class="logo" href="/">%s</a>%s</header>\n' % (p["site"], menu(p["nav"], "nav-urdu")) +
            '<div class="breaking-news"><b>بریکنگ نیوز</b><ul>%s</ul></div>\n' % stories(p, p.get("ticker", [])) +
            '<div class="rates-strip">%s</div>\n' % p.get("widget", "") +
            '<main class="wrapper"><div class="main-content"><article class="detail">\n'
            '<div class="breadcrumb">%s</div>\n' % " / ".join(link(c) for c in ["ہوم"] + p.get("crumbs", [])) +
            ('<span class="cat-label">%s</span>\n' % p["label"] if p.get("label") else "") +
            '<h1 class="detail-title">%s</h1>\n' % p["h1"] +
            ('<h2 class="detail-excerpt">%s</h2>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="detail-meta">%s<span class="date">%s</span></div>\n'
            % ('<span class="author">%s</span> ' % p["byline_html"] if p.get("byline_html") else "", p["date"]) +
            ('<div class="columnist-box">%s</div>\n' % p["col_box"] if p.get("col_box") else "") +
            share_bar(["فیس بک", "واٹس ایپ", "ایکس", "لنک کاپی کریں"], "share-top") + "\n" +
            ('<figure class="detail-hero"><img src="%s" alt=""><figcaption>%s</figcaption></figure>\n' % (imgsrc(p, "hero"), p["hero"]) if p.get("hero") else "") +
            body + "\n" +
            ('<p class="disclaimer">%s</p>\n' % p["statement"] if p.get("statement") else "") +
            '<div class="follow-prompts"><a href="https://news.google.com/publications/%s">گوگل نیوز پر ہمیں فالو کریں</a> '
            '<a href="https://whatsapp.com/channel/%s">%s</a></div>\n' % (hexid(p["site"], 8), hexid(p["site"], 6), p.get("chan", "ہمارا واٹس ایپ چینل جوائن کریں")) +
            '<div class="tags"><b>ٹیگز:</b> %s</div>\n' % links(p.get("tags", []), "/tag") +
            '<section class="related-news"><h3>متعلقہ خبریں</h3><ul>%s</ul></section>\n' % stories(p, p.get("related", [])) +
            comments_html(p, w, "cmnt") +
            '</article></div>\n<aside class="sidebar"><section class="popular"><h3>مقبول خبریں</h3>%s</section>\n' % ranking(p, p.get("rank", [])) +
            '<section class="columns-rail"><h3>کالمز</h3><ul>%s</ul></section></aside></main>\n' % teasers(p, p.get("opinion_rail", []), "columns") +
            '<footer class="site-footer"><ul>%s</ul><p>%s</p></footer>\n</body>\n</html>\n'
            % (lis(["ہمارے بارے میں", "رابطہ", "اشتہارات", "پرائیویسی پالیسی", "شرائط و ضوابط"], "/page"), p["footer"]))
    return html, ["div.detail-body*"]
