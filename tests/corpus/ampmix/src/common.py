"""Helpers the ampmix skeletons share (on top of ../../probekit/kit.py): the words of the mobile
furniture in each language, the AMP <head>, and the body mini-language. Not skins: probe_make takes
every public function of a skin module as a skin, so these live here.

Body mini-language: paragraphs separated by blank lines; an insert is a block of its own:

  [[H|subheading]]            a subheading (text)       [[LIST|item|item]] / [[OL|…]]  a list (text)
  [[QUOTE|text]]              a block quote (text)      [[AD]]                        an <amp-ad> slot (furniture)
  [[REL|label|headline|…]]    a related box (furniture) [[PHOTO|caption]]             <amp-img> with caption (furniture)
  [[GALLERY|caption|caption]] an <amp-carousel> with captions (furniture)
  [[EMBED|placeholder]]       an <amp-iframe> embed with its placeholder text (furniture)
  [[NEWS|text]]               a newsletter prompt inside the text (furniture)
  [[MORE|label]]              the rest of the text is in an <amp-accordion> behind "label"
  [[ENTRY|time]]              (live page) a new <amp-live-list> entry; the time is text with no snippet
  [[APP|text]]                an app prompt inside the text (furniture)
  [[TEXT|text]]               a paragraph with no snippet
"""
import json
import re

from kit import article_ld, attr, hexid, ld, og_tags, plain, slug

MARK = re.compile(r"\[\[([A-Z]+)(?:\|(.*))?\]\]", re.S)
RTL = {"ar"}

# words of the mobile furniture: menu (with the opinion channels), app banner, consent, buttons, rails
W = {
    "en": dict(menu=["Home", "News", "UK", "World", "Business", "Money", "Opinion", "Columnists", "Editorials", "Letters", "Sport", "Culture", "Food", "Travel", "Puzzles"],
               app="Get the full experience: open this story in our free app", openapp="Open in app", consent="We and our partners use cookies to personalise ads and measure traffic.",
               accept="Accept all", manage="Manage choices", share="Share", comments="Load comments", more="Most read", next="Next article", ad="Advertisement",
               login="Sign in", sub="Subscribe", menu_btn="Menu", close="Close", search="Search", top="Back to top", related="Related", gallery="Photos",
               rights="All rights reserved.", legal=["Privacy policy", "Terms", "Cookie settings", "Contact us", "Advertise"], desktop="View desktop version",
               rail=["Opinion: Why the four-day week deserves a fair trial", "Councils warned over pothole backlog", "Editorial: The port deal needs daylight", "Ten train journeys worth the detour"]),
    "de": dict(menu=["Startseite", "Politik", "Wirtschaft", "Panorama", "Meinung", "Kommentare", "Kolumnen", "Sport", "Kultur", "Wissen", "Reise", "Ratgeber"],
               app="Lesen Sie weiter in unserer kostenlosen News-App", openapp="In der App öffnen", consent="Wir nutzen Cookies und ähnliche Technologien, um Inhalte und Werbung zu personalisieren.",
               accept="Alle akzeptieren", manage="Einstellungen", share="Teilen", comments="Kommentare laden", more="Meistgelesen", next="Nächster Artikel", ad="Anzeige",
               login="Anmelden", sub="Abo", menu_btn="Menü", close="Schließen", search="Suche", top="Nach oben", related="Mehr zum Thema", gallery="Bilder",
               rights="Alle Rechte vorbehalten.", legal=["Impressum", "Datenschutz", "AGB", "Kontakt", "Cookie-Einstellungen"], desktop="Zur Desktop-Version",
               rail=["Kommentar: Die Schuldenbremse braucht ein Update", "Bahn kündigt neue Sprinter-Linien an", "Kolumne: Warum ich mein Auto verkauft habe", "Mietpreise steigen in Großstädten weiter"]),
    "fr": dict(menu=["Accueil", "Actualité", "Politique", "International", "Économie", "Opinions", "Éditoriaux", "Chroniques", "Tribunes", "Sport", "Culture", "Sciences", "Voyage"],
               app="Poursuivez votre lecture dans notre application gratuite", openapp="Ouvrir dans l'appli", consent="Avec nos partenaires, nous utilisons des cookies pour mesurer l’audience et personnaliser la publicité.",
               accept="Tout accepter", manage="Paramétrer", share="Partager", comments="Afficher les commentaires", more="Les plus lus", next="Article suivant", ad="Publicité",
               login="Se connecter", sub="S'abonner", menu_btn="Menu", close="Fermer", search="Rechercher", top="Haut de page", related="À lire aussi", gallery="Photos",
               rights="Tous droits réservés.", legal=["Mentions légales", "Confidentialité", "CGU", "Gestion des cookies", "Contact"], desktop="Version classique",
               rail=["Tribune : « Rendons aux communes les moyens de leurs ambitions »", "Grève SNCF : le trafic perturbé jeudi", "Éditorial : le pari risqué du gouvernement", "Les dix plus beaux marchés de Provence"]),
    "es": dict(menu=["Portada", "España", "Internacional", "Economía", "Opinión", "Editoriales", "Columnistas", "Tribunas", "Deportes", "Cultura", "Tecnología", "Gente"],
               app="Sigue leyendo en nuestra app gratuita", openapp="Abrir en la app", consent="Utilizamos cookies propias y de terceros para analizar el tráfico y mostrarte publicidad personalizada.",
               accept="Aceptar todo", manage="Configurar", share="Compartir", comments="Ver comentarios", more="Lo más leído", next="Siguiente noticia", ad="Publicidad",
               login="Iniciar sesión", sub="Suscríbete", menu_btn="Menú", close="Cerrar", search="Buscar", top="Volver arriba", related="Te puede interesar", gallery="Fotos",
               rights="Todos los derechos reservados.", legal=["Aviso legal", "Privacidad", "Política de cookies", "Contacto", "Publicidad"], desktop="Versión escritorio",
               rail=["Opinión: El alquiler no se arregla con parches", "La AEMET activa avisos por viento en el norte", "Editorial: Un pacto de Estado por el agua", "Las mejores rutas para el puente de mayo"]),
    "pt": dict(menu=["Início", "Brasil", "Política", "Economia", "Mundo", "Opinião", "Colunistas", "Editoriais", "Esportes", "Cultura", "Saúde", "Tecnologia"],
               app="Continue lendo no nosso aplicativo gratuito", openapp="Abrir no app", consent="Usamos cookies para melhorar sua experiência e exibir anúncios personalizados.",
               accept="Aceitar", manage="Configurar", share="Compartilhar", comments="Carregar comentários", more="Mais lidas", next="Próxima notícia", ad="Publicidade",
               login="Entrar", sub="Assine", menu_btn="Menu", close="Fechar", search="Buscar", top="Voltar ao topo", related="Leia também", gallery="Fotos",
               rights="Todos os direitos reservados.", legal=["Termos de uso", "Privacidade", "Expediente", "Fale conosco", "Anuncie"], desktop="Versão completa",
               rail=["Opinião: O SUS precisa de gestão, não de slogans", "Dólar fecha em queda com exterior favorável", "Editorial: A reforma que ficou pela metade", "Dez praias para conhecer no inverno"]),
    "it": dict(menu=["Home", "Cronaca", "Politica", "Economia", "Esteri", "Opinioni", "Editoriali", "Commenti", "Sport", "Cultura", "Spettacoli", "Viaggi"],
               app="Continua a leggere sulla nostra app gratuita", openapp="Apri nell'app", consent="Noi e i nostri partner utilizziamo cookie per misurare il pubblico e personalizzare la pubblicità.",
               accept="Accetta tutto", manage="Personalizza", share="Condividi", comments="Carica i commenti", more="I più letti", next="Articolo successivo", ad="Pubblicità",
               login="Accedi", sub="Abbonati", menu_btn="Menu", close="Chiudi", search="Cerca", top="Torna su", related="Leggi anche", gallery="Foto",
               rights="Tutti i diritti riservati.", legal=["Note legali", "Privacy", "Cookie policy", "Contatti", "Pubblicità"], desktop="Versione desktop",
               rail=["Il commento: la scuola merita più di un bonus", "Maltempo, allerta gialla in Liguria", "Editoriale: il Paese che non cresce", "Dieci borghi da visitare in primavera"]),
    "tr": dict(menu=["Ana Sayfa", "Gündem", "Ekonomi", "Dünya", "Yazarlar", "Köşe Yazıları", "Görüş", "Spor", "Kültür", "Sağlık", "Teknoloji", "Yaşam"],
               app="Haberin devamını ücretsiz uygulamamızda okuyun", openapp="Uygulamada aç", consent="Size daha iyi hizmet sunmak için çerezler kullanıyoruz.",
               accept="Kabul et", manage="Ayarlar", share="Paylaş", comments="Yorumları yükle", more="Çok okunanlar", next="Sonraki haber", ad="Reklam",
               login="Giriş yap", sub="Abone ol", menu_btn="Menü", close="Kapat", search="Ara", top="Yukarı çık", related="İlgili haberler", gallery="Foto galeri",
               rights="Tüm hakları saklıdır.", legal=["Künye", "Gizlilik", "Çerez politikası", "İletişim", "Reklam"], desktop="Masaüstü sürüm",
               rail=["Yazar yorumu: Asgari ücret tartışmasında unutulanlar", "İstanbul'da yarın kar yağışı bekleniyor", "Görüş: Enflasyonla mücadelede yeni dönem", "Hafta sonu için 8 film önerisi"]),
    "ru": dict(menu=["Главная", "Политика", "Экономика", "Общество", "Мнения", "Колонки", "Спорт", "Культура", "Наука", "Технологии", "Путешествия"],
               app="Читайте дальше в нашем бесплатном приложении", openapp="Открыть в приложении", consent="Мы используем файлы cookie, чтобы сайт работал удобнее.",
               accept="Принять", manage="Настроить", share="Поделиться", comments="Показать комментарии", more="Самое читаемое", next="Следующая статья", ad="Реклама",
               login="Войти", sub="Подписка", menu_btn="Меню", close="Закрыть", search="Поиск", top="Наверх", related="Читайте также", gallery="Фото",
               rights="Все права защищены.", legal=["О проекте", "Конфиденциальность", "Правила", "Контакты", "Реклама"], desktop="Полная версия",
               rail=["Мнение: Почему городу нужен второй мост", "Синоптики пообещали оттепель к выходным", "Колонка: Школа не должна быть гонкой", "Пять маршрутов выходного дня"]),
    "id": dict(menu=["Beranda", "Berita", "Nasional", "Ekonomi", "Internasional", "Opini", "Kolom", "Tajuk", "Olahraga", "Tekno", "Gaya Hidup", "Otomotif"],
               app="Baca lebih nyaman di aplikasi kami, gratis", openapp="Buka di aplikasi", consent="Kami menggunakan cookie untuk meningkatkan pengalaman Anda di situs ini.",
               accept="Setuju", manage="Atur", share="Bagikan", comments="Muat komentar", more="Terpopuler", next="Artikel berikutnya", ad="Iklan",
               login="Masuk", sub="Langganan", menu_btn="Menu", close="Tutup", search="Cari", top="Ke atas", related="Baca juga", gallery="Foto",
               rights="Hak cipta dilindungi undang-undang.", legal=["Redaksi", "Pedoman Media Siber", "Privasi", "Kontak", "Karier"], desktop="Versi desktop",
               rail=["Kolom: Mengapa Transportasi Publik Harus Jadi Prioritas", "Harga Cabai Mulai Turun di Pasar Induk", "Opini: Pendidikan Vokasi Butuh Industri", "7 Kuliner Malam di Yogyakarta"]),
    "hi": dict(menu=["होम", "देश", "राज्य", "दुनिया", "बिज़नेस", "राय", "ब्लॉग", "संपादकीय", "खेल", "मनोरंजन", "टेक", "लाइफस्टाइल"],
               app="ऐप में पढ़ें और पाएं हर खबर सबसे पहले", openapp="ऐप में खोलें", consent="हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का इस्तेमाल करते हैं।",
               accept="स्वीकार करें", manage="सेटिंग्स", share="शेयर करें", comments="कमेंट्स देखें", more="सबसे ज्यादा पढ़ी गई", next="अगली खबर", ad="विज्ञापन",
               login="लॉगिन", sub="सब्सक्राइब", menu_btn="मेन्यू", close="बंद करें", search="खोजें", top="ऊपर जाएं", related="ये भी पढ़ें", gallery="तस्वीरें",
               rights="सर्वाधिकार सुरक्षित।", legal=["हमारे बारे में", "गोपनीयता नीति", "संपर्क करें", "विज्ञापन दें"], desktop="डेस्कटॉप वर्जन",
               rail=["राय: शहरों को पानी बचाने की नई सोच चाहिए", "मौसम विभाग ने जारी किया लू का अलर्ट", "संपादकीय: परीक्षा व्यवस्था पर भरोसा लौटे", "गर्मियों में घूमने की 5 ठंडी जगहें"]),
    "ar": dict(menu=["الرئيسية", "أخبار", "سياسة", "اقتصاد", "عالم", "رأي", "مقالات", "افتتاحية", "رياضة", "ثقافة", "صحة", "تكنولوجيا"],
               app="تابع القراءة على تطبيقنا المجاني", openapp="افتح في التطبيق", consent="نستخدم ملفات تعريف الارتباط لتحسين تجربتك وعرض إعلانات مناسبة.",
               accept="موافق", manage="الإعدادات", share="مشاركة", comments="عرض التعليقات", more="الأكثر قراءة", next="المقال التالي", ad="إعلان",
               login="تسجيل الدخول", sub="اشترك", menu_btn="القائمة", close="إغلاق", search="بحث", top="إلى الأعلى", related="اقرأ أيضا", gallery="صور",
               rights="جميع الحقوق محفوظة.", legal=["من نحن", "سياسة الخصوصية", "اتصل بنا", "أعلن معنا"], desktop="النسخة الكاملة",
               rail=["رأي: المدن العربية تحتاج إلى نقل عام لائق", "ارتفاع أسعار الذهب في السوق المحلية", "افتتاحية: الإصلاح يبدأ من التعليم", "خمس وجهات شتوية قريبة"]),
    "ja": dict(menu=["トップ", "速報", "政治", "経済", "国際", "社会", "オピニオン", "社説", "コラム", "スポーツ", "エンタメ", "ライフ", "地域"],
               app="アプリなら記事をもっと快適に読めます", openapp="アプリで開く", consent="当サイトは広告配信とアクセス解析のためにクッキーを使用しています。",
               accept="同意する", manage="設定", share="シェア", comments="コメントを読み込む", more="アクセスランキング", next="次の記事", ad="広告",
               login="ログイン", sub="有料会員登録", menu_btn="メニュー", close="閉じる", search="検索", top="ページの先頭へ", related="関連記事", gallery="写真",
               rights="無断転載を禁じます。", legal=["会社案内", "プライバシーポリシー", "利用規約", "お問い合わせ"], desktop="PC版で見る",
               rail=["【社説】賃上げの流れを中小企業にも", "東北新幹線、一部区間で運転見合わせ", "コラム：駅のベンチが消えた理由", "春の行楽、混雑予想まとめ"]),
    "pl": dict(menu=["Strona główna", "Kraj", "Świat", "Biznes", "Opinie", "Felietony", "Komentarze", "Sport", "Kultura", "Nauka", "Zdrowie", "Motoryzacja"],
               app="Czytaj dalej w naszej darmowej aplikacji", openapp="Otwórz w aplikacji", consent="Używamy plików cookie, aby dopasować treści i reklamy do Twoich zainteresowań.",
               accept="Akceptuję", manage="Ustawienia", share="Udostępnij", comments="Pokaż komentarze", more="Najczęściej czytane", next="Następny artykuł", ad="Reklama",
               login="Zaloguj się", sub="Subskrybuj", menu_btn="Menu", close="Zamknij", search="Szukaj", top="Do góry", related="Czytaj także", gallery="Galeria",
               rights="Wszelkie prawa zastrzeżone.", legal=["Regulamin", "Polityka prywatności", "Kontakt", "Reklama"], desktop="Wersja pełna",
               rail=["Felieton: Polska wieś nie potrzebuje litości", "Ceny paliw w dół trzeci tydzień z rzędu", "Komentarz: Reforma sądów utknęła w miejscu", "Najlepsze trasy rowerowe na Mazurach"]),
}

AMP_JS = ["amp-sidebar", "amp-accordion", "amp-carousel", "amp-iframe", "amp-consent", "amp-analytics", "amp-list", "amp-social-share", "amp-ad", "amp-bind", "amp-live-list"]
BOILER = ("<style amp-boilerplate>body{-webkit-animation:amp-start 8s steps(1,end) 0s 1 normal both;animation:amp-start 8s steps(1,end) 0s 1 normal both}"
          "@keyframes amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>")


def blocks(body):
    out = []
    for chunk in re.split(r"\n\s*\n", body.strip()):
        chunk = chunk.strip()
        m = MARK.fullmatch(chunk)
        out.append((m.group(1), m.group(2).split("|") if m.group(2) else []) if m else ("p", chunk))
    return out


def excl(p, *sels):
    p["exclude"] = list(dict.fromkeys(p.get("exclude", []) + list(sels)))


def sl(t):
    s = re.sub(r"[^a-z0-9]+", "-", plain(t).lower()).strip("-")
    return s[:40].strip("-") if len(s) > 2 else slug(t)


def href(p, t, base="article"):
    return "https://%s/%s/%s-%s" % (p["domain"].replace("amp.", "www.").replace("m.", "www.", 1) if p["domain"].startswith(("amp.", "m.")) else p["domain"], base, sl(t), slug(t))


def amp_head(p, amp=True, css=""):
    """<head>: charset, AMP runtime and components, canonical (the desktop URL), metadata.
    meta: full (Open Graph + JSON-LD), og (Open Graph only), ld (JSON-LD, og:url only),
    bare (title, canonical, og:url and og:title only: no date metadata)."""
    m = p.get("meta", "full")
    parts = ['<meta charset="utf-8">', "<title>%s</title>" % p.get("title_tag", "%s | %s" % (plain(p["h1"]), p["site"])),
             '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">']
    if amp:
        parts.append('<script async src="https://cdn.ampproject.org/v0.js"></script>')
        parts += ['<script async custom-element="%s" src="https://cdn.ampproject.org/v0/%s-0.1.js"></script>' % (c, c) for c in AMP_JS]
        parts.append('<script async custom-template="amp-mustache" src="https://cdn.ampproject.org/v0/amp-mustache-0.2.js"></script>')
    parts.append('<link rel="canonical" href="%s">' % p["url"])
    if m in ("full", "og"):
        parts.append(og_tags(p))
    else:
        parts.append('<meta property="og:url" content="%s">' % p["url"])
        parts.append('<meta property="og:title" content="%s">' % attr(p["h1"]))
    if m in ("full", "ld"):
        o = article_ld(p)
        if p.get("ld_extra"):
            o.update(p["ld_extra"])
        parts.append(ld(o))
    parts.append(ld({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": i + 1, "name": plain(c), "item": "https://%s/%s/" % (p["domain"], sl(c))} for i, c in enumerate(p.get("crumbs", []))]}) if p.get("crumbs") else "")
    if amp:
        parts.append(BOILER)
    parts.append("<style%s>%s</style>" % (" amp-custom" if amp else "", css))
    return "\n".join(x for x in parts if x)


def amp_img(p, name, w=800, h=450, layout="responsive", alt=""):
    return '<amp-img src="https://img.%s/%s/%s_%dx%d.webp" width="%d" height="%d" layout="%s" alt="%s"></amp-img>' % (
        p["domain"].split(".", 1)[1] if p["domain"].count(".") > 1 else p["domain"], p["pub"][:7].replace("-", "/"), slug(name), w, h, w, h, layout, attr(alt))


def render_body(p, w, cls="article-body"):
    """The body from p["body"] in div.<cls> containers (a [[MORE]] puts the rest in an amp-accordion
    section, [[ENTRY]] starts amp-live-list entries); the nested furniture goes to p["exclude"]."""
    op = '<div class="%s">' % cls
    out = [op]
    n = [0]
    live = [False]

    def uid():
        n[0] += 1
        return hexid(p["url"] + str(n[0]), 6)
    tail = []
    for name, a in blocks(p["body"]):
        if name == "p":
            out.append("<p>%s</p>" % a)
        elif name == "TEXT":
            out.append('<p class="%s">%s</p>' % (a[1] if len(a) > 1 else "txt", a[0]))
        elif name == "H":
            out.append("<h2>%s</h2>" % a[0])
        elif name == "LIST":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % x for x in a))
        elif name == "OL":
            out.append("<ol>%s</ol>" % "".join("<li>%s</li>" % x for x in a))
        elif name == "QUOTE":
            out.append("<blockquote><p>%s</p></blockquote>" % a[0])
        elif name == "AD":
            excl(p, "div.ad-inline*")
            out.append('<div class="ad-inline"><span class="ad-tag">%s</span><amp-ad width="300" height="250" type="doubleclick" data-slot="/%s/mobile/article_inread_%d" '
                       'data-multi-size="320x100,300x250"><div fallback>%s</div></amp-ad></div>' % (w["ad"], hexid(p["site"], 8), n[0], w["ad"]) )
            uid()
        elif name == "REL":
            excl(p, "aside.inline-related*")
            out.append('<aside class="inline-related"><h3>%s</h3><ul>%s</ul></aside>' % (a[0], "".join('<li><a href="%s">%s</a></li>' % (href(p, t), t) for t in a[1:])))
        elif name == "PHOTO":
            excl(p, "figure.inline-photo*")
            out.append('<figure class="inline-photo">%s<figcaption>%s</figcaption></figure>' % (amp_img(p, a[0]), a[0]))
        elif name == "GALLERY":
            excl(p, "div.inline-gallery*")
            out.append('<div class="inline-gallery"><span class="gal-label">%s · 1/%d</span><amp-carousel type="slides" layout="responsive" width="800" height="520" controls loop>%s</amp-carousel></div>'
                       % (w["gallery"], len(a), "".join('<figure>%s<figcaption>%s</figcaption></figure>' % (amp_img(p, c), c) for c in a)))
        elif name == "EMBED":
            excl(p, "div.embed*")
            out.append('<div class="embed"><amp-iframe width="600" height="340" layout="responsive" sandbox="allow-scripts allow-same-origin" frameborder="0" '
                       'src="https://embed.%s/v/%s"><div placeholder class="embed-ph">%s</div></amp-iframe></div>' % (p["domain"].split(".", 1)[1], uid(), a[0]))
        elif name == "NEWS":
            excl(p, "div.nl-box*")
            out.append('<div class="nl-box"><p>%s</p><form method="post" action-xhr="https://%s/nl/subscribe" target="_top"><input type="email" name="email" placeholder="e-mail">'
                       '<button type="submit">OK</button></form></div>' % (a[0], p["domain"]))
        elif name == "APP":
            excl(p, "div.app-inline*")
            out.append('<div class="app-inline"><a href="https://app.%s/open?ref=inline">%s ›</a></div>' % (p["domain"].split(".", 1)[1], a[0] if a else w["openapp"]))
        elif name == "MORE":
            out.append('</div>\n<amp-accordion class="read-full" disable-session-states><section><h4 class="read-full__btn">%s</h4>%s' % (a[0], op))
            tail.append("</section></amp-accordion>")
        elif name == "ENTRY":
            if not live[0]:
                out.append('</div>\n<amp-live-list id="live-blog" data-poll-interval="15000" data-max-items-per-page="25" layout="container">'
                           '<button update on="tap:live-blog.update" class="live-update">%s</button><div items>' % p.get("live_btn", "New updates"))
                live[0] = True
            else:
                out.append("</div></div>")
            eid = uid()
            out.append('<div id="post-%s" data-sort-time="%s"><p class="entry-time"><time>%s</time></p><div class="%s live">' % (eid, 1780000000 + n[0], a[0], cls))
        else:
            raise ValueError(name)
    out.append("</div>")
    if live[0]:
        out.append("</div></div></amp-live-list>")
    out += tail
    return "\n".join(out)


def mk(case, url, h1, byline, authors, pub, date, body, nxt, why, **kw):
    """A page dict: language, kind and skin come from the case name, the site's host from the URL."""
    lang, kind, skin = case.split("-")[:3]
    host = url.split("/")[2]
    p = dict(case=case, lang=lang, kind=kind, skin=skin, url=url, domain=host, h1=h1, byline_text=byline, authors=authors,
             pub=pub, date=date, body=body, nxt=nxt, why=why)
    p.update(kw)
    if "ld_authors" not in p and authors:
        p["ld_authors"] = list(authors)
    return p
