"""Persian-script portal skeletons: an Iranian news agency's site (ir_agency) and a regional /
diaspora broadcaster's site used for Persian, Dari, Pashto and Sorani Kurdish (multi_portal)."""
from kit import hexid
from common import (comments_html, fa, html_open, imgsrc, link, links, lis, menu, ranking, render_body, share_bar, stories, story, teasers)

W = {
    "fa": dict(ad="تبلیغات", rel="بیشتر بخوانید", read="بیشتر بخوانید:", comments="نظرات", like="موافق", reply="پاسخ", report="گزارش تخلف",
               cmt_ph="نظر خود را بنویسید…", cmt_btn="ارسال نظر", cmt_more="نمایش نظرات بیشتر", nl_btn="عضویت",
               cmt_rules="نظرات حاوی توهین، افترا و تبلیغات منتشر نمی‌شود.", tags="برچسب‌ها", share="اشتراک‌گذاری", related="اخبار مرتبط",
               rank="پربازدیدترین", latest="آخرین اخبار", home="صفحه نخست", opinion="یادداشت و دیدگاه", live="پخش زنده", most="پربیننده‌ترین"),
    "ps": dict(ad="اعلان", rel="نور ولولئ", read="دا هم ولولئ:", comments="نظرونه", like="خوښ", reply="ځواب", report="راپور ورکړئ",
               cmt_ph="خپل نظر دلته ولیکئ…", cmt_btn="ولېږئ", cmt_more="نور نظرونه", nl_btn="ګډون",
               cmt_rules="سپکې سپورې او تبلیغ لرونکي نظرونه نه خپرېږي.", tags="ټګونه", share="شریکول", related="اړوند خبرونه",
               rank="ډېر لوستل شوي", latest="وروستي خبرونه", home="کور پاڼه", opinion="نظر او لیکنې", live="ژوندۍ خپرونه", most="ډېر کتل شوي"),
    "ckb": dict(ad="ڕیکلام", rel="زیاتر بخوێنەوە", read="بخوێنەوە:", comments="کۆمێنتەکان", like="بەدڵم بوو", reply="وەڵام", report="ڕاپۆرت",
                cmt_ph="کۆمێنتێک بنووسە…", cmt_btn="ناردن", cmt_more="کۆمێنتی زیاتر", nl_btn="بەشداربوون",
                cmt_rules="کۆمێنتی سووکایەتیپێکردن بڵاو ناکرێتەوە.", tags="تاگەکان", share="بڵاوکردنەوە", related="هەواڵی پەیوەندیدار",
                rank="زۆرترین خوێندراوە", latest="دوایین هەواڵەکان", home="سەرەکی", opinion="ڕا و بۆچوون", live="پەخشی ڕاستەوخۆ", most="زۆرترین بینراو"),
}


def _w(p, **over):
    return {**W[p.get("wlang", p["lang"])], **over, **p.get("w", {})}


# ------------------------------------------------------------------------------------------ Iranian agency
def ir_agency(p):
    """An Iranian news agency's site (ISNA / IRNA / Tasnim style): a date bar with the Solar Hijri,
    Hijri and Gregorian dates, English and Arabic editions, login; a menu with یادداشت; the latest
    news ticker; a currency and coin price strip; کد خبر, the date, the kicker (روتیتر), title, the
    lead (introtext, outside the text), the writer; the text in div.item-text (split by ads) with
    بیشتر بخوانید boxes and the انتهای پیام sign-off; short link, tags, share (Telegram, Eitaa, Bale),
    related, comments with counts; پربازدیدترین and a یادداشت rail."""
    w = _w(p, ad_cls="adv-inside", rel_cls="more-read", photo_cls="item-photo")
    body = render_body(p, w, '<div class="item-text" itemprop="articleBody">', "</div>",
                       split_between=lambda p, u: '<div class="adv-box" id="adv-%s"><span>%s</span></div>' % (u, w["ad"]))
    code = p.get("code", str(int(hexid(p["url"], 8), 16) % 9000000 + 1000000))
    short = "https://%s/x%s" % (p["domain"].replace("www.", ""), hexid(p["url"], 5))
    html = (html_open(p, "%s - %s", "news-item", "static/css/agency") +
            '<div class="header-top"><span class="date-bar">%s</span>%s '
            '<a href="https://en.%s/" lang="en" dir="ltr">English</a> <a href="https://ar.%s/" lang="ar">العربية</a> <a href="/login">ورود / عضویت</a></div>\n'
            % (p["today"], ' <span class="date-en" dir="ltr" lang="en">%s</span>' % p["today_en"] if p.get("today_en") else "",
               p["domain"].replace("www.", ""), p["domain"].replace("www.", "")) +
            '<header class="main-header"><a class="logo" href="/">%s</a>%s<form class="search"><input type="search" placeholder="جستجو"></form></header>\n'
            % (p["site"], menu(p["nav"], "main-menu")) +
            '<div class="news-ticker"><b>%s</b><ul>%s</ul></div>\n' % (w["latest"], stories(p, p.get("ticker", []))) +
            '<div class="price-strip">%s</div>\n' % p.get("widget", "") +
            '<main class="container"><div class="col-main"><article class="news-item">\n'
            '<ol class="breadcrumb">%s</ol>\n' % lis([w["home"]] + p.get("crumbs", [])) +
            '<div class="item-meta"><span class="item-code">کد خبر: %s</span> <span class="item-date">%s</span>%s</div>\n'
            % (fa(code), p["date"], ' <span class="item-visit">%s</span>' % p["views"] if p.get("views") else "") +
            ('<span class="uptitle kicker">%s</span>\n' % p["label"] if p.get("label") else "") +
            '<h1 class="item-title">%s</h1>\n' % p["h1"] +
            ('<p class="introtext summary">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            ('<div class="item-author">%s</div>\n' % p["byline_html"] if p.get("byline_html") else "") +
            ('<figure class="item-img"><img src="%s" alt=""><figcaption>%s</figcaption></figure>\n' % (imgsrc(p, "hero"), p["hero"]) if p.get("hero") else "") +
            ('<div class="sponsor-note">%s</div>\n' % p["sponsor"] if p.get("sponsor") else "") +
            body + "\n" +
            '<div class="short-link"><span>لینک کوتاه:</span> <input readonly dir="ltr" value="%s"></div>\n' % short +
            '<section class="tags"><b>%s</b> %s</section>\n' % (w["tags"], links(p.get("tags", []), "/tag")) +
            share_bar(["تلگرام", "واتساپ", "ایتا", "بله", "X"], "item-share", w["share"]) + "\n" +
            ('<div class="messenger-promo">%s</div>\n' % p["chan"] if p.get("chan") else "") +
            '<section class="related-news"><h3>%s</h3><ul>%s</ul></section>\n' % (w["related"], stories(p, p.get("related", []))) +
            ('<div class="comments-stat">منتشر شده: %s | در انتظار بررسی: %s | غیر قابل انتشار: %s</div>\n' % tuple(fa(x) for x in p["cstat"]) if p.get("cstat") else "") +
            comments_html(p, w, "comments") +
            '</article></div>\n<aside class="col-side"><section class="most-visited"><h3>%s</h3><div class="tabs"><span>امروز</span> <span>هفته</span></div>%s</section>\n'
            % (w["rank"], ranking(p, p.get("rank", []))) +
            '<section class="notes-rail"><h3>%s</h3><ul>%s</ul></section></aside></main>\n' % (w["opinion"], teasers(p, p.get("opinion_rail", []), "notes")) +
            '<footer class="site-footer"><ul>%s</ul><p>%s</p></footer>\n</body>\n</html>\n'
            % (lis(["درباره ما", "تماس با ما", "تبلیغات", "آرشیو", "RSS", "نقشه سایت"], "/page"), p["footer"]))
    return html, ["div.item-text*"]


# ------------------------------------------------------------------------------------------ regional / diaspora broadcaster
def multi_portal(p):
    """A regional or diaspora broadcaster's site (for Persian, Dari, Pashto, Sorani): a language bar,
    a masthead with پخش زنده and a donate or app link, a menu with the opinion channel, the section
    link, title, standfirst, byline and date (local calendar and Gregorian), the text in
    div.story-body (split by ads, or folded), tags, share, a Telegram prompt, related and most-read
    lists, an opinion rail, a newsletter box, a cookie notice."""
    w = _w(p, ad_cls="ad-in-story", rel_cls="story-more", photo_cls="story-figure")
    body = render_body(p, w, '<div class="story-body">', "</div>",
                       split_between=lambda p, u: '<div class="ad-between-paras" id="ad-%s"><span>%s</span></div>' % (u, w["ad"]))
    html = (html_open(p, "%s | %s", "story-page", "assets/site") +
            ('<div class="lang-bar">%s</div>\n' % p["langbar"] if p.get("langbar") else "") +
            '<header class="masthead"><a class="brand" href="/">%s</a> <span class="masthead-date">%s</span> <a class="live" href="/live">%s</a> %s</header>\n'
            % (p["site"], p["today"], w["live"], p.get("mast_extra", "")) +
            menu(p["nav"], "site-nav") + "\n" +
            ('<div class="rates-strip">%s</div>\n' % p["widget"] if p.get("widget") else "") +
            '<main class="page"><article class="story">\n<header class="story-header">' +
            ('<a class="story-section" href="/%s/">%s</a>' % (p.get("secpath", "news"), p["label"]) if p.get("label") else "") +
            '<h1 class="story-title">%s</h1>' % p["h1"] +
            ('<p class="story-standfirst">%s</p>' % p["deck"] if p.get("deck") else "") +
            '<div class="story-byline">%s</div><div class="story-date"><time>%s</time></div></header>\n' % (p.get("byline_html", ""), p["date"]) +
            ('<figure class="story-hero"><img src="%s" alt=""><figcaption>%s</figcaption></figure>\n' % (imgsrc(p, "hero"), p["hero"]) if p.get("hero") else "") +
            body + "\n" +
            ('<p class="story-disclaimer">%s</p>\n' % p["statement"] if p.get("statement") else "") +
            '<div class="story-tags"><b>%s</b> %s</div>\n' % (w["tags"], links(p.get("tags", []), "/topic")) +
            share_bar(["Facebook", "X", "WhatsApp", "Telegram", "Email"], "story-share", w["share"]) + "\n" +
            ('<div class="telegram-promo"><a href="https://t.me/%s">%s</a></div>\n' % (hexid(p["site"], 6), p["chan"]) if p.get("chan") else "") +
            '<section class="related"><h2>%s</h2><ul>%s</ul></section>\n' % (w["related"], stories(p, p.get("related", []))) +
            comments_html(p, w, "cmts") +
            '</article>\n<aside class="rail"><section class="most-read"><h2>%s</h2>%s</section>\n' % (w["most"], ranking(p, p.get("rank", []))) +
            '<section class="opinion-rail"><h2>%s</h2><ul>%s</ul></section>\n' % (w["opinion"], teasers(p, p.get("opinion_rail", []), "opinion")) +
            '<section class="newsletter"><p>%s</p><form><input type="email" dir="ltr" placeholder="you@example.com"><button>%s</button></form></section></aside></main>\n'
            % (p.get("nl_side", ""), w["nl_btn"]) +
            '<footer class="site-footer"><nav>%s</nav><p>%s</p></footer>\n' % (links(p.get("footer_nav", []), "/about"), p["footer"]) +
            ('<div class="cookie-notice" role="region"><p>%s</p><button>OK</button></div>\n' % p["cookie"] if p.get("cookie") else "") +
            '</body>\n</html>\n')
    return html, ["div.story-body*"]
