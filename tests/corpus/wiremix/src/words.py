"""Interface words of the wiremix skeletons, per language: the buttons, box headings and labels a template prints
around every article (menus, rails and teasers are per page)."""

_K = ["share", "related", "most_read", "comments", "comment_btn", "nl_btn", "email", "ad", "cookie_ok", "cookie_set",
      "home", "subscribe", "login", "search", "read_also", "tags", "updated", "published"]

_W = {
    "en": ["Share", "Related stories", "Most read", "Comments", "Post", "Sign up", "Your email", "Advertisement", "Accept", "Settings",
           "Home", "Subscribe", "Sign in", "Search", "Read more:", "Topics", "Updated", "Published"],
    "de": ["Teilen", "Mehr zum Thema", "Meistgelesen", "Kommentare", "Absenden", "Anmelden", "Ihre E-Mail-Adresse", "Anzeige", "Akzeptieren",
           "Einstellungen", "Startseite", "Abo", "Login", "Suche", "Lesen Sie auch:", "Themen", "Aktualisiert", "Veröffentlicht"],
    "fr": ["Partager", "À lire aussi", "Les plus lus", "Réactions", "Réagir", "Je m’inscris", "Votre e-mail", "Publicité", "Accepter", "Paramétrer",
           "Accueil", "S’abonner", "Se connecter", "Rechercher", "Lire aussi :", "Mots-clés", "Mis à jour le", "Publié le"],
    "es": ["Compartir", "Noticias relacionadas", "Lo más leído", "Comentarios", "Publicar", "Suscribirme", "Tu correo", "Publicidad", "Aceptar",
           "Configurar", "Portada", "Suscríbete", "Ingresar", "Buscar", "Lee también:", "Temas", "Actualizado", "Publicado"],
    "pt": ["Compartilhe", "Leia mais", "Mais lidas", "Comentários", "Comentar", "Cadastrar", "Seu e-mail", "Publicidade", "Aceitar", "Preferências",
           "Início", "Assine", "Entrar", "Buscar", "Leia também:", "Tópicos", "Atualizado em", "Publicado em"],
    "it": ["Condividi", "Leggi anche", "I più letti", "Commenti", "Commenta", "Iscriviti", "La tua email", "Pubblicità", "Accetta", "Personalizza",
           "Home", "Abbonati", "Accedi", "Cerca", "Leggi anche:", "Argomenti", "Aggiornato il", "Pubblicato il"],
    "pl": ["Udostępnij", "Czytaj także", "Najczęściej czytane", "Komentarze", "Dodaj", "Zapisz się", "Twój e-mail", "Reklama", "Akceptuję", "Ustawienia",
           "Strona główna", "Prenumerata", "Zaloguj", "Szukaj", "Przeczytaj też:", "Tagi", "Aktualizacja", "Publikacja"],
    "nl": ["Delen", "Meer over dit onderwerp", "Meest gelezen", "Reacties", "Reageer", "Aanmelden", "Je e-mailadres", "Advertentie", "Akkoord",
           "Instellingen", "Home", "Abonneren", "Inloggen", "Zoeken", "Lees ook:", "Onderwerpen", "Bijgewerkt", "Gepubliceerd"],
    "tr": ["Paylaş", "İlgili haberler", "En çok okunanlar", "Yorumlar", "Gönder", "Abone ol", "E-posta adresiniz", "Reklam", "Kabul et", "Ayarlar",
           "Ana sayfa", "Abone ol", "Giriş", "Ara", "İlgili haber:", "Etiketler", "Güncelleme", "Yayınlanma"],
    "ru": ["Поделиться", "Читайте также", "Самое читаемое", "Комментарии", "Отправить", "Подписаться", "Ваш e-mail", "Реклама", "Понятно",
           "Настройки", "Главная", "Подписка", "Войти", "Поиск", "Читайте также:", "Теги", "Обновлено", "Опубликовано"],
    "ar": ["شارك", "أخبار ذات صلة", "الأكثر قراءة", "التعليقات", "أرسل", "اشترك", "بريدك الإلكتروني", "إعلان", "موافق", "الإعدادات",
           "الرئيسية", "اشترك", "دخول", "بحث", "اقرأ أيضاً:", "الوسوم", "آخر تحديث", "نشر في"],
    "ja": ["シェア", "関連記事", "アクセスランキング", "コメント", "投稿", "登録する", "メールアドレス", "広告", "同意する", "設定",
           "トップ", "購読", "ログイン", "検索", "あわせて読みたい：", "キーワード", "更新", "配信"],
    "ko": ["공유", "관련기사", "많이 본 뉴스", "댓글", "등록", "구독하기", "이메일 주소", "광고", "동의", "설정",
           "홈", "구독", "로그인", "검색", "함께 보면 좋은 기사:", "키워드", "수정", "입력"],
    "zh": ["分享", "相关新闻", "热门排行", "评论", "发表", "订阅", "电子邮箱", "广告", "同意", "设置",
           "首页", "订阅", "登录", "搜索", "延伸阅读：", "关键词", "更新时间", "发布时间"],
    "id": ["Bagikan", "Berita terkait", "Terpopuler", "Komentar", "Kirim", "Berlangganan", "Email Anda", "Iklan", "Setuju", "Pengaturan",
           "Beranda", "Langganan", "Masuk", "Cari", "Baca juga:", "Tag", "Diperbarui", "Dipublikasikan"],
    "hi": ["शेयर करें", "संबंधित खबरें", "सबसे ज़्यादा पढ़ी गईं", "टिप्पणियां", "भेजें", "सब्सक्राइब करें", "अपना ईमेल", "विज्ञापन", "स्वीकार करें",
           "सेटिंग्स", "होम", "सब्सक्राइब", "लॉग इन", "खोजें", "ये भी पढ़ें:", "टैग", "अपडेटेड", "प्रकाशित"],
    "sv": ["Dela", "Mer om ämnet", "Mest läst", "Kommentarer", "Skicka", "Prenumerera", "Din e-post", "Annons", "Godkänn", "Inställningar",
           "Start", "Prenumerera", "Logga in", "Sök", "Läs också:", "Ämnen", "Uppdaterad", "Publicerad"],
    "cs": ["Sdílet", "Související články", "Nejčtenější", "Diskuse", "Odeslat", "Odebírat", "Váš e-mail", "Reklama", "Souhlasím", "Nastavení",
           "Úvod", "Předplatné", "Přihlásit", "Hledat", "Čtěte také:", "Témata", "Aktualizováno", "Publikováno"],
    "hu": ["Megosztás", "Kapcsolódó cikkek", "Legolvasottabb", "Hozzászólások", "Küldés", "Feliratkozom", "E-mail-címe", "Hirdetés", "Elfogadom",
           "Beállítások", "Címlap", "Előfizetés", "Belépés", "Keresés", "Ezt is olvassa el:", "Címkék", "Frissítve", "Megjelent"],
    "ro": ["Distribuie", "Articole similare", "Cele mai citite", "Comentarii", "Trimite", "Abonează-te", "Adresa de e-mail", "Publicitate", "Accept",
           "Setări", "Acasă", "Abonament", "Autentificare", "Caută", "Citește și:", "Etichete", "Actualizat", "Publicat"],
}

W = {lang: dict(zip(_K, v)) for lang, v in _W.items()}


def words(p):
    w = dict(W[p["lang"]])
    w.update(p.get("w", {}))
    return w
