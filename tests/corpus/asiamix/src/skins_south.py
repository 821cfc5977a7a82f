"""South-East and South Asian portal skeletons: a Thai / Indonesian / Malay portal (sea_portal), a
Vietnamese one (vn_portal) and a Hindi / Bengali / Urdu one (south_portal)."""
from common import short_marks, comments_html, html_open, link, links, lis, menu_grid, ranking, render_body, share_bar, stories, story

W = {
    "th": dict(ad="โฆษณา", rel="ข่าวที่เกี่ยวข้อง", comments="ความคิดเห็น", like="ถูกใจ", reply="ตอบกลับ", cmt_ph="แสดงความคิดเห็น", cmt_btn="ส่ง",
               cmt_more="ดูความคิดเห็นทั้งหมด", login="เข้าสู่ระบบ", register="สมัครสมาชิก", app="ดาวน์โหลดแอป", home="หน้าแรก", share="แชร์",
               related="ข่าวแนะนำ", rank="ข่าวยอดนิยม", next="ข่าวถัดไป", tags="แท็ก", breaking="ข่าวด่วน"),
    "id": dict(ad="ADVERTISEMENT", rel="Baca Juga", comments="Komentar", like="Suka", reply="Balas", cmt_ph="Tulis komentar", cmt_btn="Kirim",
               cmt_more="Lihat semua komentar", login="Masuk", register="Daftar", app="Unduh Aplikasi", home="Beranda", share="Bagikan",
               related="Berita Terkait", rank="Terpopuler", next="Berita Selanjutnya", tags="Tag", breaking="Breaking News"),
    "ms": dict(ad="IKLAN", rel="Baca juga", comments="Komen", like="Suka", reply="Balas", cmt_ph="Tulis komen anda", cmt_btn="Hantar",
               cmt_more="Lihat semua komen", login="Log Masuk", register="Daftar", app="Muat turun aplikasi", home="Utama", share="Kongsi",
               related="Artikel Berkaitan", rank="Paling Popular", next="Artikel seterusnya", tags="Topik", breaking="Terkini"),
    "vi": dict(ad="Quảng cáo", rel="Tin liên quan", comments="Ý kiến bạn đọc", like="Thích", reply="Trả lời", cmt_ph="Ý kiến của bạn",
               cmt_btn="Gửi", cmt_more="Xem thêm ý kiến", login="Đăng nhập", register="Đăng ký", app="Tải ứng dụng", home="Trang chủ", share="Chia sẻ",
               related="Xem thêm", rank="Đọc nhiều", next="Bài tiếp theo", tags="Chủ đề", breaking="Mới nhất"),
    "hi": dict(ad="विज्ञापन", rel="ये भी पढ़ें", comments="कमेंट्स", like="पसंद", reply="जवाब दें", cmt_ph="अपनी राय लिखें", cmt_btn="भेजें",
               cmt_more="सभी कमेंट्स देखें", login="लॉगिन", register="रजिस्टर", app="ऐप डाउनलोड करें", home="होम", share="शेयर करें",
               related="संबंधित खबरें", rank="सबसे ज्यादा पढ़ी गई", next="अगली खबर", tags="टॉपिक्स", breaking="ब्रेकिंग न्यूज़"),
    "bn": dict(ad="বিজ্ঞাপন", rel="আরও পড়ুন", comments="মন্তব্য", like="পছন্দ", reply="উত্তর", cmt_ph="মন্তব্য লিখুন", cmt_btn="পাঠান",
               cmt_more="সব মন্তব্য দেখুন", login="লগইন", register="নিবন্ধন", app="অ্যাপ ডাউনলোড করুন", home="প্রচ্ছদ", share="শেয়ার",
               related="সম্পর্কিত খবর", rank="সর্বাধিক পঠিত", next="পরের খবর", tags="বিষয়", breaking="সর্বশেষ"),
    "ur": dict(ad="اشتہار", rel="یہ بھی پڑھیں", comments="تبصرے", like="پسند", reply="جواب", cmt_ph="اپنا تبصرہ لکھیں", cmt_btn="بھیجیں",
               cmt_more="مزید تبصرے", login="لاگ ان", register="رجسٹر", app="ایپ ڈاؤن لوڈ کریں", home="صفحہ اول", share="شیئر",
               related="متعلقہ خبریں", rank="سب سے زیادہ پڑھی گئی", next="اگلی خبر", tags="موضوعات", breaking="تازہ ترین"),
}


def _w(p):
    return {**W[p["lang"]], **p.get("w", {})}


def _ad(w):
    return lambda p, uid: '<div class="ads-between" id="div-gpt-%s"><span>%s</span></div>' % (uid, w["ad"])


def _header(p, w, nav_cls):
    return ('<div class="topbar"><span class="today">%s</span><a href="/login">%s</a> <a href="/register">%s</a> <a class="app" href="/app">%s</a></div>\n'
            % (p.get("today", ""), w["login"], w["register"], w["app"]) +
            '<header class="site-header"><a class="logo" href="/">%s</a>%s</header>\n' % (p["site"], menu_grid(p["nav"], nav_cls)) +
            '<div class="breaking-bar"><b>%s</b><ul>%s</ul></div>\n' % (w["breaking"], stories(p, p.get("ticker", []), "news")) +
            ('<div class="live-widget">%s</div>\n' % p["widget"] if p.get("widget") else ""))


def _after(p, w):
    return (('<div class="copyright-note">%s</div>\n' % p["statement"] if p.get("statement") else "") +
            '<div class="tags"><b>%s</b> %s</div>\n' % (w["tags"], links(p.get("tags", []), "/tag")) +
            share_bar(["Facebook", "LINE" if p["lang"] == "th" else "WhatsApp", "X", "Telegram", "Copy link"], "share-bottom", w["share"]) + "\n" +
            '<div class="next-story"><span>%s</span> %s</div>\n' % (w["next"], story(p, p.get("next", w["home"]))) +
            '<section class="related-bottom"><h3>%s</h3><ul>%s</ul></section>\n' % (w["related"], stories(p, p.get("related", []))) +
            comments_html(p, w, "cmt"))


def _side(p, w):
    return ('<aside class="sidebar"><section class="popular"><h3>%s</h3>%s</section>\n' % (w["rank"], ranking(p, p.get("rank", []))) +
            '<section class="app-side"><p>%s</p></section></aside>\n' % p.get("app_box", w["app"]))


def _footer(p):
    return '<footer class="footer"><ul>%s</ul><p class="copyright">%s</p></footer>\n</body>\n</html>\n' % (lis(p.get("footer_nav", []), "/page"), p["footer"])


# ------------------------------------------------------------------------------------------ Thai / Indonesian / Malay
def sea_portal(p):
    """A Thai, Indonesian or Malay portal (Thairath / detik / Harian Metro style): login and app
    links, a dense menu, a breaking bar, a live widget, the text in div.detail__body-text (split by
    ads), "Baca Juga" / ข่าวที่เกี่ยวข้อง boxes inside, a "Halaman 1 2 Selanjutnya" pager when
    paginated, tags, share, related, comments, a popular list."""
    w = _w(p)
    body = render_body(p, w, '<div class="detail__body-text">', "</div>", split_between=_ad(w))
    pager = ""
    if p.get("pager"):
        pager = '<div class="detail__pager">%s</div>\n' % p["pager"]
    html = (html_open(p, "%s | %s", "detail") + _header(p, w, "nav-menu") +
            '<main class="container"><div class="column-main"><article class="detail">\n'
            '<div class="breadcrumb">%s</div>\n' % " / ".join(link(c) for c in [w["home"]] + p.get("crumbs", [])) +
            ('<p class="detail__label">%s</p>\n' % p["label"] if p.get("label") else "") +
            '<h1 class="detail__title">%s</h1>\n' % p["h1"] +
            ('<p class="detail__lead">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="detail__author">%s</div><div class="detail__date">%s</div>\n' % (p.get("byline_html", ""), p["date"]) +
            share_bar(["Facebook", "LINE" if p["lang"] == "th" else "WhatsApp", "X", "Copy link"], "share-top") + "\n" +
            ('<figure class="detail__media"><img src="https://img.%s/hero.jpg" alt=""><figcaption>%s</figcaption></figure>\n' % (p["domain"], p["hero"]) if p.get("hero") else "") +
            body + "\n" + pager + _after(p, w) + '</article></div>\n' + _side(p, w) + '</main>\n' + _footer(p))
    return short_marks(html, p["lang"]), ["div.detail__body-text*"]


# ------------------------------------------------------------------------------------------ Vietnamese
def vn_portal(p):
    """A Vietnamese portal (VnExpress / Tuoi Tre style): a dense menu, the date line "Thứ năm,
    5/3/2026, 10:32 (GMT+7)", the lead as p.description, the text in article.fck_detail with the
    author's name right-aligned at its end, "Tin liên quan" boxes, ý kiến, đọc nhiều."""
    w = _w(p)
    body = render_body(p, w, '<article class="fck_detail">', "</article>", para=lambda a: '<p class="Normal">%s</p>' % a, split_between=_ad(w))
    html = (html_open(p, "%s - %s", "page-detail") + _header(p, w, "main-nav") +
            '<section class="section page-detail top-detail"><div class="container"><div class="sidebar-1">\n'
            '<div class="header-content"><ul class="breadcrumb">%s</ul><span class="date">%s</span></div>\n' % (lis(p.get("crumbs", [])), p["date"]) +
            '<h1 class="title-detail">%s</h1>\n' % p["h1"] +
            ('<p class="description">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            body + "\n" +
            ('<p class="author-line">%s</p>\n' % p["byline_html"] if p.get("byline_html") else "") +
            _after(p, w) + '</div>\n' + _side(p, w) + '</div></section>\n' + _footer(p))
    return short_marks(html, p["lang"]), ["article.fck_detail*"]


# ------------------------------------------------------------------------------------------ Hindi / Bengali / Urdu
def south_portal(p):
    """A Hindi, Bengali or Urdu portal: login, app prompt, a dense menu of states and sections, a
    market/cricket strip, the text in div.story-content (split by ads), "ये भी पढ़ें" / "আরও পড়ুন" /
    "یہ بھی پڑھیں" boxes inside, tags, share, comments, most-read."""
    w = _w(p)
    body = render_body(p, w, '<div class="story-content">', "</div>", split_between=_ad(w))
    html = (html_open(p, "%s - %s", "story-page") + _header(p, w, "mega-nav") +
            '<main class="container"><div class="story-wrap"><article class="story">\n'
            '<div class="breadcrumb">%s</div>\n' % " » ".join(link(c) for c in [w["home"]] + p.get("crumbs", [])) +
            ('<span class="story-label">%s</span>\n' % p["label"] if p.get("label") else "") +
            '<h1 class="story-title">%s</h1>\n' % p["h1"] +
            ('<h2 class="story-summary">%s</h2>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="story-meta"><span class="author">%s</span> <span class="date">%s</span></div>\n' % (p.get("byline_html", ""), p["date"]) +
            share_bar(["Facebook", "WhatsApp", "X", "Copy link"], "share-top") + "\n" +
            ('<figure class="story-hero"><img src="https://img.%s/hero.jpg" alt=""><figcaption>%s</figcaption></figure>\n' % (p["domain"], p["hero"]) if p.get("hero") else "") +
            body + "\n" + _after(p, w) + '</article></div>\n' + _side(p, w) + '</main>\n' + _footer(p))
    return short_marks(html, p["lang"]), ["div.story-content*"]
