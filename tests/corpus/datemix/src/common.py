"""Helpers the datemix skeletons share (on top of ../../probekit/kit.py): the <head> with its
Open Graph and JSON-LD date fields exactly as a page gives them, the body mini-language, localized
furniture words, and the dated furniture (related and most-read lists, comments, "today" lines)."""
import json
import re

from kit import attr, hexid, plain, slug

MARK = re.compile(r"\[\[([A-Z]+)(?:\|(.*))?\]\]", re.S)
RTL = ("ar", "fa")

# Localized furniture words: menu sections, footer links and labels.
LANG = {
    "en": dict(menu=["Home", "World", "Politics", "Business", "Climate", "Science", "Sport", "Culture", "Opinion", "Podcasts", "Puzzles"],
               foot=["About us", "Contact", "Advertise", "Careers", "Privacy policy", "Cookie settings", "Terms of use", "Corrections", "Accessibility"],
               related="Related stories", most="Most read", comments="Comments", nl_title="The Morning Brief", nl_text="Our editors’ pick of the day’s news, in your inbox every weekday.",
               nl_btn="Sign up", ad="Advertisement", also="Read more:", share="Share this article", tags="Topics", home="Home", search="Search", login="Sign in",
               more="More from this columnist", subscribe="Subscribe"),
    "es": dict(menu=["Portada", "Nacional", "Internacional", "Economía", "Opinión", "Deportes", "Cultura", "Tecnología", "Salud", "Videos", "Podcast"],
               foot=["Quiénes somos", "Contacto", "Publicidad", "Aviso de privacidad", "Términos y condiciones", "Mapa del sitio", "Código de ética", "Suscripciones"],
               related="Notas relacionadas", most="Lo más leído", comments="Comentarios", nl_title="Boletín matutino", nl_text="Recibe cada mañana las noticias más importantes del día.",
               nl_btn="Suscribirme", ad="Publicidad", also="Lee también:", share="Compartir", tags="Temas", home="Inicio", search="Buscar", login="Iniciar sesión",
               more="Más columnas del autor", subscribe="Suscríbete"),
    "pt": dict(menu=["Início", "Brasil", "Mundo", "Política", "Economia", "Opinião", "Esportes", "Cultura", "Ciência", "Vídeos", "Podcasts"],
               foot=["Quem somos", "Fale conosco", "Anuncie", "Política de privacidade", "Termos de uso", "Expediente", "Trabalhe conosco", "Assinaturas"],
               related="Leia mais", most="Mais lidas", comments="Comentários", nl_title="Newsletter da manhã", nl_text="As notícias que importam, todo dia no seu e-mail antes das 7h.",
               nl_btn="Quero receber", ad="Publicidade", also="Leia também:", share="Compartilhe", tags="Tópicos", home="Início", search="Buscar", login="Entrar",
               more="Mais colunas", subscribe="Assine"),
    "fr": dict(menu=["À la une", "International", "Politique", "Société", "Économie", "Planète", "Sport", "Culture", "Idées", "Podcasts", "Jeux"],
               foot=["Qui sommes-nous", "Nous contacter", "Publicité", "Mentions légales", "Politique de confidentialité", "Gestion des cookies", "Charte déontologique", "Abonnement"],
               related="Sur le même sujet", most="Les plus lus", comments="Réactions", nl_title="La lettre du matin", nl_text="L’essentiel de l’actualité, chaque matin dans votre boîte mail.",
               nl_btn="S’inscrire", ad="Publicité", also="Lire aussi :", share="Partager", tags="Mots-clés", home="Accueil", search="Rechercher", login="Se connecter",
               more="Du même auteur", subscribe="S’abonner"),
    "de": dict(menu=["Startseite", "Politik", "Ausland", "Wirtschaft", "Panorama", "Wissen", "Sport", "Kultur", "Meinung", "Regional", "Podcasts"],
               foot=["Impressum", "Kontakt", "Datenschutz", "Cookie-Einstellungen", "Mediadaten", "Abo", "Barrierefreiheit", "Jobs", "AGB"],
               related="Mehr zum Thema", most="Meistgelesen", comments="Kommentare", nl_title="Der Morgen-Newsletter", nl_text="Die wichtigsten Nachrichten des Tages, werktags um 6 Uhr.",
               nl_btn="Anmelden", ad="Anzeige", also="Lesen Sie auch:", share="Artikel teilen", tags="Themen", home="Startseite", search="Suche", login="Anmelden",
               more="Weitere Kommentare", subscribe="Abo"),
    "it": dict(menu=["Home", "Cronaca", "Politica", "Economia", "Esteri", "Sport", "Cultura", "Spettacoli", "Opinioni", "Salute", "Motori"],
               foot=["Chi siamo", "Contatti", "Pubblicità", "Privacy", "Cookie policy", "Note legali", "Lavora con noi", "Abbonamenti"],
               related="Articoli correlati", most="I più letti", comments="Commenti", nl_title="La newsletter del mattino", nl_text="Le notizie della giornata, ogni mattina nella tua casella.",
               nl_btn="Iscriviti", ad="Pubblicità", also="Leggi anche:", share="Condividi", tags="Argomenti", home="Home", search="Cerca", login="Accedi",
               more="Altri editoriali", subscribe="Abbonati"),
    "nl": dict(menu=["Home", "Binnenland", "Buitenland", "Politiek", "Economie", "Regio", "Sport", "Cultuur", "Opinie", "Tech", "Weer"],
               foot=["Over ons", "Contact", "Adverteren", "Privacy", "Cookies", "Colofon", "Vacatures", "Abonnementen"],
               related="Meer over dit onderwerp", most="Meest gelezen", comments="Reacties", nl_title="Het ochtendnieuws", nl_text="Elke ochtend om zeven uur het belangrijkste nieuws in je mail.",
               nl_btn="Aanmelden", ad="Advertentie", also="Lees ook:", share="Deel dit artikel", tags="Onderwerpen", home="Home", search="Zoeken", login="Inloggen",
               more="Meer van deze auteur", subscribe="Abonneer"),
    "pl": dict(menu=["Strona główna", "Kraj", "Świat", "Polityka", "Biznes", "Region", "Sport", "Kultura", "Opinie", "Zdrowie", "Pogoda"],
               foot=["O nas", "Kontakt", "Reklama", "Polityka prywatności", "Regulamin", "Redakcja", "Kariera", "Prenumerata"],
               related="Zobacz także", most="Najczęściej czytane", comments="Komentarze", nl_title="Poranny newsletter", nl_text="Najważniejsze wiadomości dnia codziennie o 6:30.",
               nl_btn="Zapisz się", ad="Reklama", also="Czytaj także:", share="Udostępnij", tags="Tematy", home="Strona główna", search="Szukaj", login="Zaloguj",
               more="Inne felietony autora", subscribe="Subskrybuj"),
    "tr": dict(menu=["Ana Sayfa", "Gündem", "Dünya", "Ekonomi", "Spor", "Yaşam", "Sağlık", "Teknoloji", "Yazarlar", "Kültür-Sanat", "Video"],
               foot=["Künye", "İletişim", "Reklam", "Gizlilik Politikası", "Çerez Politikası", "KVKK", "Kullanım Koşulları", "RSS"],
               related="İlgili Haberler", most="Çok Okunanlar", comments="Yorumlar", nl_title="Sabah bülteni", nl_text="Günün öne çıkan haberleri her sabah e-posta kutunuzda.",
               nl_btn="Abone ol", ad="Reklam", also="Bunu da okuyun:", share="Paylaş", tags="Etiketler", home="Ana Sayfa", search="Ara", login="Giriş yap",
               more="Yazarın diğer yazıları", subscribe="Abone ol"),
    "ru": dict(menu=["Главная", "Политика", "Общество", "Экономика", "В мире", "Происшествия", "Спорт", "Культура", "Мнения", "Наука", "Видео"],
               foot=["О редакции", "Контакты", "Реклама", "Политика конфиденциальности", "Правила использования", "Вакансии", "RSS", "Подписка"],
               related="Читайте также", most="Самое читаемое", comments="Комментарии", nl_title="Утренняя рассылка", nl_text="Главные новости дня — каждое утро на вашей почте.",
               nl_btn="Подписаться", ad="Реклама", also="По теме:", share="Поделиться", tags="Темы", home="Главная", search="Поиск", login="Войти",
               more="Другие колонки автора", subscribe="Подписка"),
    "ar": dict(menu=["الرئيسية", "محليات", "عربي ودولي", "اقتصاد", "رياضة", "ثقافة", "مقالات الرأي", "صحة", "تقنية", "فيديو", "منوعات"],
               foot=["من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية", "شروط الاستخدام", "خريطة الموقع", "الأرشيف", "اشترك"],
               related="أخبار ذات صلة", most="الأكثر قراءة", comments="التعليقات", nl_title="النشرة الصباحية", nl_text="أهم الأخبار كل صباح في بريدك الإلكتروني.",
               nl_btn="اشترك", ad="إعلان", also="اقرأ أيضا:", share="شارك", tags="الكلمات الدالة", home="الرئيسية", search="بحث", login="تسجيل الدخول",
               more="مقالات أخرى للكاتب", subscribe="اشترك"),
    "fa": dict(menu=["صفحه اصلی", "سیاسی", "اقتصادی", "اجتماعی", "بین‌الملل", "ورزشی", "فرهنگی", "یادداشت", "علم و فناوری", "استان‌ها", "چندرسانه‌ای"],
               foot=["درباره ما", "تماس با ما", "آگهی", "حریم خصوصی", "شرایط استفاده", "آرشیو", "نقشه سایت", "آر اس اس"],
               related="اخبار مرتبط", most="پربازدیدترین‌ها", comments="نظرات", nl_title="خبرنامه صبح", nl_text="مهم‌ترین خبرهای روز را هر صبح در ایمیل خود بخوانید.",
               nl_btn="عضویت", ad="آگهی", also="بیشتر بخوانید:", share="اشتراک‌گذاری", tags="برچسب‌ها", home="صفحه اصلی", search="جستجو", login="ورود",
               more="دیگر یادداشت‌های نویسنده", subscribe="اشتراک"),
    "hi": dict(menu=["होम", "देश", "विदेश", "राज्य", "बिज़नेस", "खेल", "मनोरंजन", "टेक", "ओपिनियन", "लाइफस्टाइल", "वीडियो"],
               foot=["हमारे बारे में", "संपर्क करें", "विज्ञापन", "गोपनीयता नीति", "नियम और शर्तें", "साइटमैप", "करियर", "सदस्यता"],
               related="ये भी पढ़ें", most="सबसे ज्यादा पढ़ी गईं", comments="टिप्पणियां", nl_title="सुबह का न्यूज़लेटर", nl_text="दिन की बड़ी खबरें हर सुबह आपके ईमेल पर।",
               nl_btn="सब्सक्राइब करें", ad="विज्ञापन", also="इसे भी पढ़ें:", share="शेयर करें", tags="टॉपिक्स", home="होम", search="खोजें", login="लॉग इन",
               more="लेखक के अन्य लेख", subscribe="सब्सक्राइब"),
    "th": dict(menu=["หน้าแรก", "การเมือง", "เศรษฐกิจ", "ต่างประเทศ", "สังคม", "ภูมิภาค", "กีฬา", "บันเทิง", "บทความ", "ไลฟ์สไตล์", "วิดีโอ"],
               foot=["เกี่ยวกับเรา", "ติดต่อเรา", "ลงโฆษณา", "นโยบายความเป็นส่วนตัว", "ข้อกำหนดการใช้งาน", "ร่วมงานกับเรา", "แผนผังเว็บไซต์", "สมัครสมาชิก"],
               related="ข่าวที่เกี่ยวข้อง", most="ข่าวยอดนิยม", comments="ความคิดเห็น", nl_title="จดหมายข่าวยามเช้า", nl_text="สรุปข่าวสำคัญส่งตรงถึงอีเมลของคุณทุกเช้า",
               nl_btn="สมัคร", ad="โฆษณา", also="อ่านเพิ่มเติม:", share="แชร์", tags="แท็ก", home="หน้าแรก", search="ค้นหา", login="เข้าสู่ระบบ",
               more="บทความอื่นของผู้เขียน", subscribe="สมัครสมาชิก"),
    "ja": dict(menu=["トップ", "国内", "国際", "政治", "経済", "社会", "スポーツ", "エンタメ", "地域", "オピニオン", "くらし"],
               foot=["会社概要", "お問い合わせ", "広告掲載", "プライバシーポリシー", "利用規約", "著作権について", "採用情報", "購読のご案内"],
               related="関連記事", most="アクセスランキング", comments="コメント", nl_title="朝のニュースレター", nl_text="毎朝7時、主要ニュースをメールでお届けします。",
               nl_btn="登録する", ad="広告", also="あわせて読みたい：", share="この記事をシェア", tags="キーワード", home="トップ", search="検索", login="ログイン",
               more="この筆者の記事", subscribe="購読"),
    "ko": dict(menu=["홈", "정치", "경제", "사회", "국제", "문화", "스포츠", "연예", "오피니언", "지역", "포토"],
               foot=["회사소개", "기사제보", "광고문의", "개인정보처리방침", "청소년보호정책", "이메일무단수집거부", "고충처리인", "구독신청"],
               related="관련기사", most="많이 본 뉴스", comments="댓글", nl_title="아침 뉴스레터", nl_text="매일 아침 주요 뉴스를 메일로 받아보세요.",
               nl_btn="구독하기", ad="광고", also="함께 보면 좋은 기사:", share="공유하기", tags="키워드", home="홈", search="검색", login="로그인",
               more="필자의 다른 칼럼", subscribe="구독"),
    "zh": dict(menu=["首頁", "政治", "社會", "生活", "國際", "財經", "地方", "運動", "娛樂", "評論", "影音"],
               foot=["關於我們", "聯絡我們", "廣告服務", "隱私權政策", "使用條款", "新聞自律", "人才招募", "訂閱"],
               related="相關新聞", most="熱門新聞", comments="留言", nl_title="早安電子報", nl_text="每天早上七點，重要新聞一次看。",
               nl_btn="訂閱", ad="廣告", also="延伸閱讀：", share="分享", tags="關鍵字", home="首頁", search="搜尋", login="登入",
               more="作者其他文章", subscribe="訂閱"),
    "zh-cn": dict(menu=["首页", "时政", "社会", "财经", "国际", "科技", "体育", "文化", "评论", "图片", "视频"],
                  foot=["关于我们", "联系我们", "广告服务", "隐私政策", "用户协议", "违法和不良信息举报", "招聘", "订阅"],
                  related="相关新闻", most="热门排行", comments="评论", nl_title="早间简报", nl_text="每天早上七点，要闻推送到你的邮箱。",
                  nl_btn="订阅", ad="广告", also="延伸阅读：", share="分享", tags="关键词", home="首页", search="搜索", login="登录",
                  more="作者其他文章", subscribe="订阅"),
    "id": dict(menu=["Beranda", "Nasional", "Internasional", "Ekonomi", "Daerah", "Olahraga", "Teknologi", "Otomotif", "Opini", "Kuliner", "Video"],
               foot=["Tentang Kami", "Redaksi", "Kontak", "Pedoman Media Siber", "Kebijakan Privasi", "Info Iklan", "Karier", "Langganan"],
               related="Berita Terkait", most="Terpopuler", comments="Komentar", nl_title="Buletin Pagi", nl_text="Berita terpenting setiap pagi langsung ke surel Anda.",
               nl_btn="Daftar", ad="Iklan", also="Baca juga:", share="Bagikan", tags="Tag", home="Beranda", search="Cari", login="Masuk",
               more="Tulisan lain", subscribe="Langganan"),
    "vi": dict(menu=["Trang chủ", "Thời sự", "Thế giới", "Kinh doanh", "Pháp luật", "Giáo dục", "Sức khỏe", "Thể thao", "Góc nhìn", "Đời sống", "Video"],
               foot=["Giới thiệu", "Liên hệ", "Quảng cáo", "Chính sách bảo mật", "Điều khoản sử dụng", "Đường dây nóng", "Tuyển dụng", "Đăng ký"],
               related="Tin liên quan", most="Đọc nhiều", comments="Ý kiến bạn đọc", nl_title="Bản tin sáng", nl_text="Tin chính trong ngày gửi đến hộp thư của bạn mỗi sáng.",
               nl_btn="Đăng ký", ad="Quảng cáo", also="Xem thêm:", share="Chia sẻ", tags="Chủ đề", home="Trang chủ", search="Tìm kiếm", login="Đăng nhập",
               more="Bài khác của tác giả", subscribe="Đăng ký"),
}


def W(p):
    return LANG[p.get("labels", p["lang"])]


def blocks(body):
    """The body text as blocks: ("p", html) for a paragraph, (NAME, [args]) for an insert line
    `[[NAME|arg|arg]]`. Paragraphs are separated by blank lines."""
    out = []
    for chunk in re.split(r"\n\s*\n", body.strip()):
        chunk = chunk.strip()
        m = MARK.fullmatch(chunk)
        if m:
            out.append((m.group(1), m.group(2).split("|") if m.group(2) else []))
        else:
            out.append(("p", chunk))
    return out


def excl(p, *sels):
    p["exclude"] = list(dict.fromkeys(p.get("exclude", []) + list(sels)))


def sl(t):
    s = re.sub(r"[^a-z0-9]+", "-", plain(t).lower()).strip("-")
    return s[:40].strip("-") if len(s) > 2 else slug(t)


def dirattr(p):
    return ' dir="rtl"' if p["lang"] in RTL else ""


def story_href(p, t):
    return "/%s/%s-%s" % (p.get("secpath", "news"), sl(t)[:36], slug(t))


def imgsrc(p, name, w=1024, h=576):
    return "https://img.%s/%s/%dx%d.jpg" % (p["domain"], slug(name), w, h)


def head(p, fmt="%s | %s"):
    """<head>: title, description, canonical, Open Graph with the page's own date fields
    (og_pub, og_mod, og_updated; absent when not given), extra meta, and the JSON-LD object with
    exactly the date fields of p["ld"] (no JSON-LD at all when p["ld"] is None)."""
    og_title = attr(p.get("og_title", p["h1"]))
    desc = attr(p.get("desc", plain(p.get("deck", "")) or og_title))
    m = ['<meta charset="utf-8">', "<title>%s</title>" % p.get("title_tag", fmt % (plain(p["h1"]), p["site"])),
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         '<meta name="description" content="%s">' % desc, '<link rel="canonical" href="%s">' % p["url"],
         '<meta property="og:site_name" content="%s">' % attr(p["site"]),
         '<meta property="og:type" content="%s">' % p.get("og_type", "article"),
         '<meta property="og:title" content="%s">' % og_title,
         '<meta property="og:description" content="%s">' % desc,
         '<meta property="og:url" content="%s">' % p["url"],
         '<meta property="og:image" content="%s">' % imgsrc(p, p["url"], 1200, 630),
         '<meta property="og:locale" content="%s">' % p.get("html_lang", p["lang"]).replace("-", "_")]
    if p.get("og_pub"):
        m.append('<meta property="article:published_time" content="%s">' % p["og_pub"])
    if p.get("og_mod"):
        m.append('<meta property="article:modified_time" content="%s">' % p["og_mod"])
    if p.get("og_updated"):
        m.append('<meta property="og:updated_time" content="%s">' % p["og_updated"])
    if p.get("meta_author"):
        m.append('<meta name="author" content="%s">' % attr(p["meta_author"]))
    m.append('<meta name="twitter:card" content="summary_large_image">')
    m.append('<meta name="twitter:title" content="%s">' % og_title)
    if p.get("meta_extra"):
        m.append(p["meta_extra"])
    if p.get("ld") is not None:
        o = {"@context": "https://schema.org", "@type": p.get("ld_type", "NewsArticle"),
             "mainEntityOfPage": {"@type": "WebPage", "@id": p["url"]},
             "headline": plain(p.get("ld_headline", p["h1"])), "image": [imgsrc(p, p["url"], 1200, 675)]}
        o.update(p["ld"])
        if p.get("ld_authors"):
            o["author"] = [{"@type": "Organization", "name": a[4:]} if a.startswith("org:") else {"@type": "Person", "name": a}
                           for a in p["ld_authors"]]
        o["publisher"] = {"@type": "NewsMediaOrganization", "name": p["site"], "logo": {"@type": "ImageObject", "url": "https://%s/logo.png" % p["domain"]}}
        if p.get("ld_crumbs", True):
            o = {"@context": "https://schema.org", "@graph": [dict((k, v) for k, v in o.items() if k != "@context"),
                 {"@type": "BreadcrumbList", "itemListElement": [
                     {"@type": "ListItem", "position": 1, "name": W(p)["home"], "item": "https://%s/" % p["domain"]},
                     {"@type": "ListItem", "position": 2, "name": p["section"], "item": "https://%s/%s/" % (p["domain"], p.get("secpath", "news"))}]}]}
        m.append('<script type="application/ld+json">%s</script>' % json.dumps(o, ensure_ascii=False))
    m.append('<link rel="stylesheet" href="https://static.%s/css/main.%s.css">' % (p["domain"], hexid(p["domain"], 8)))
    m.append('<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"article","section":"%s","contentId":"%s"});</script>'
             % (sl(p["section"]), hexid(p["url"], 8)))
    return "\n".join(m)


def menu(p, cls="main-nav"):
    w = W(p)
    items = "".join('<li><a href="/%s/">%s</a></li>' % (sl(s), s) for s in w["menu"])
    return '<nav class="%s" aria-label="menu"><ul>%s</ul></nav>' % (cls, items)


def dated_list(p, items, cls, tag="ul"):
    """A teaser list whose items print a date or time: items are (headline, date) pairs."""
    lis = []
    for i, it in enumerate(items):
        t, d = it[0], it[1] if len(it) > 1 else ""
        num = '<span class="rank">%d</span>' % (i + 1) if tag == "ol" else ""
        lis.append('<li>%s<a href="%s">%s</a>%s</li>' % (num, story_href(p, t), t, ' <span class="teaser-date">%s</span>' % d if d else ""))
    return '<%s class="%s">%s</%s>' % (tag, cls, "".join(lis), tag)


def related(p, cls="related"):
    if not p.get("related"):
        return ""
    return '<section class="%s"><h2 class="section-title">%s</h2>%s</section>' % (cls, W(p)["related"], dated_list(p, p["related"], "related-list"))


def mostread(p, cls="most-read"):
    if not p.get("most"):
        return ""
    return '<section class="%s"><h2 class="section-title">%s</h2>%s</section>' % (cls, W(p)["most"], dated_list(p, p["most"], "most-read-list", "ol"))


def comments(p):
    """Reader comments (name, date, text): furniture after the article."""
    if not p.get("comments"):
        return '<section class="comments" id="comments"><h2>%s</h2><div class="comments-empty"></div></section>' % W(p)["comments"]
    out = []
    for name, date, text in p["comments"]:
        out.append('<li class="comment"><div class="comment-head"><b class="comment-author">%s</b> <span class="comment-date">%s</span></div><p class="comment-text">%s</p></li>' % (name, date, text))
    return '<section class="comments" id="comments"><h2>%s (%d)</h2><ol class="comment-list">%s</ol></section>' % (W(p)["comments"], len(out), "".join(out))


def newsletter(p, cls="newsletter-box"):
    w = W(p)
    return ('<div class="%s"><h3>%s</h3><p>%s</p><form action="/newsletter" method="post"><input type="email" name="email"><button>%s</button></form></div>'
            % (cls, w["nl_title"], w["nl_text"], w["nl_btn"]))


def share(p, cls="share-bar"):
    return ('<div class="%s"><span>%s</span><a href="https://facebook.example/sharer?u=%s">Facebook</a><a href="https://x.example/intent?url=%s">X</a>'
            '<a href="https://wa.example/send?text=%s">WhatsApp</a><a href="mailto:?body=%s">E-mail</a><button class="copy-link">🔗</button></div>'
            % (cls, W(p)["share"], p["url"], p["url"], p["url"], p["url"]))


def tags(p):
    if not p.get("tags"):
        return ""
    return '<div class="tag-list"><span>%s</span> %s</div>' % (W(p)["tags"], " ".join('<a href="/tag/%s/">%s</a>' % (sl(t), t) for t in p["tags"]))


def footer(p, cls="site-footer"):
    w = W(p)
    cols = '<ul class="footer-sections">%s</ul>' % "".join('<li><a href="/%s/">%s</a></li>' % (sl(s), s) for s in w["menu"])
    links = '<ul class="footer-links">%s</ul>' % "".join('<li><a href="/info/%s">%s</a></li>' % (sl(s), s) for s in w["foot"])
    social = '<div class="social">%s</div>' % "".join('<a href="https://%s.example/%s">%s</a>' % (s.lower(), slug(p["site"]), s) for s in ["Facebook", "X", "Instagram", "YouTube", "TikTok"])
    return '<footer class="%s"><div class="footer-logo">%s</div>%s%s%s<p class="copyright">%s</p></footer>' % (cls, p["site"], cols, links, social, p["footer"])


def insert(p, name, a, classes):
    """Renders a body insert; `classes` maps insert names to the wrapper class the skin uses.
    Every insert is furniture and is added to the page's exclude list."""
    w = W(p)
    if name == "H":
        return "<h2>%s</h2>" % a[0]
    if name == "AD":
        excl(p, "div.%s*" % classes["AD"])
        return '<div class="%s"><span class="ad-label">%s</span><div id="ad-%s" data-slot="mid"></div></div>' % (classes["AD"], w["ad"], hexid(p["url"] + str(a), 6))
    if name == "ALSO":
        excl(p, "aside.%s*" % classes["ALSO"])
        return '<aside class="%s"><span class="also-label">%s</span> <a href="%s">%s</a>%s</aside>' % (
            classes["ALSO"], w["also"], story_href(p, a[0]), a[0], ' <time class="also-date">%s</time>' % a[1] if len(a) > 1 else "")
    if name == "PHOTO":
        excl(p, "figure*")
        return '<figure class="inline-photo"><img src="%s" alt="" loading="lazy"><figcaption>%s</figcaption></figure>' % (imgsrc(p, a[0]), a[0])
    if name == "TWEET":
        excl(p, "blockquote.embed-post*")
        text, who, date = a
        return ('<blockquote class="embed-post" data-platform="x"><p lang="%s" dir="auto">%s</p>— %s <a href="https://x.example/%s/status/%s">%s</a></blockquote>'
                % (p["lang"], text, who, slug(who), int(hexid(text, 8), 16), date))
    if name == "NEWS":
        excl(p, "div.newsletter-inline*")
        return newsletter(p, "newsletter-inline")
    raise ValueError(name)
