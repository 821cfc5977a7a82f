"""Pieces the essaymix skeletons share: interface words per language, <head> variants and plain furniture
(cookie notice, menus, teaser lists, newsletter box, footer). Kept out of skins.py because probe_make takes
every public function of a skin module as a skin."""
from kit import article_ld, attr, canonical, head, href, ld, nav, slug, title_tag

W = {
    "en": ("Home", "Subscribe", "Sign in", "Related", "Most read", "OK", "Settings", "Newsletter", "Sign up", "Share"),
    "de": ("Startseite", "Abo", "Anmelden", "Mehr zum Thema", "Meistgelesen", "OK", "Einstellungen", "Newsletter", "Anmelden", "Teilen"),
    "es": ("Portada", "Suscríbete", "Entrar", "Relacionadas", "Lo más leído", "Aceptar", "Configurar", "Boletín", "Suscribirme", "Compartir"),
    "fr": ("Accueil", "S’abonner", "Connexion", "À lire aussi", "Les plus lus", "Accepter", "Paramétrer", "Lettre d’information", "S’inscrire", "Partager"),
    "nl": ("Home", "Abonneren", "Inloggen", "Meer over dit onderwerp", "Meest gelezen", "Akkoord", "Instellingen", "Nieuwsbrief", "Aanmelden", "Delen"),
    "pt": ("Início", "Assine", "Entrar", "Leia também", "Mais lidas", "Aceitar", "Preferências", "Newsletter", "Cadastrar", "Compartilhe"),
    "it": ("Home", "Abbonati", "Accedi", "Leggi anche", "I più letti", "Accetta", "Impostazioni", "Newsletter", "Iscriviti", "Condividi"),
    "pl": ("Strona główna", "Prenumerata", "Zaloguj", "Czytaj także", "Najczęściej czytane", "Akceptuję", "Ustawienia", "Newsletter", "Zapisz się", "Udostępnij"),
    "ru": ("Главная", "Подписка", "Войти", "Читайте также", "Самое читаемое", "Принять", "Настройки", "Рассылка", "Подписаться", "Поделиться"),
    "tr": ("Ana Sayfa", "Abone ol", "Giriş", "İlgili haberler", "En çok okunanlar", "Kabul et", "Ayarlar", "Bülten", "Kaydol", "Paylaş"),
    "ar": ("الرئيسية", "اشترك", "دخول", "اقرأ أيضاً", "الأكثر قراءة", "موافق", "الإعدادات", "النشرة البريدية", "اشترك الآن", "شارك"),
    "hi": ("होम", "सब्सक्राइब", "लॉग इन", "ये भी पढ़ें", "सबसे ज़्यादा पढ़ी गई", "स्वीकार", "सेटिंग्स", "न्यूज़लेटर", "जुड़ें", "शेयर करें"),
    "id": ("Beranda", "Langganan", "Masuk", "Berita terkait", "Terpopuler", "Setuju", "Pengaturan", "Buletin", "Daftar", "Bagikan"),
    "ja": ("トップ", "購読", "ログイン", "関連記事", "よく読まれている記事", "同意する", "設定", "ニュースレター", "登録", "シェア"),
    "ko": ("홈", "구독", "로그인", "관련기사", "많이 본 뉴스", "동의", "설정", "뉴스레터", "신청", "공유"),
    "zh": ("首页", "订阅", "登录", "相关阅读", "热门文章", "同意", "设置", "电子报", "订阅", "分享"),
    "sw": ("Mwanzo", "Jiandikishe", "Ingia", "Habari zinazohusiana", "Zilizosomwa zaidi", "Kubali", "Mipangilio", "Jarida", "Jisajili", "Shiriki"),
    "vi": ("Trang chủ", "Đăng ký", "Đăng nhập", "Tin liên quan", "Đọc nhiều", "Đồng ý", "Cài đặt", "Bản tin", "Đăng ký", "Chia sẻ"),
}
KEYS = ("home", "subscribe", "login", "related", "most", "ok", "settings", "newsletter", "nl_btn", "share")

CSS = ("<style>body{margin:0;font:16px/1.6 Georgia,serif;color:#222}a{color:inherit}header,footer{padding:12px 20px}"
       "nav ul{list-style:none;margin:0;padding:0;display:flex;gap:14px}.wrap{max-width:1100px;margin:0 auto;display:flex;gap:32px}"
       "main{flex:1 1 700px}aside{flex:0 0 300px;font-size:14px}h1{font-size:2.2rem;line-height:1.15}"
       ".byline,.meta{color:#666;font-size:14px}.cookie{position:fixed;bottom:0;left:0;right:0;background:#fff;padding:10px 16px;"
       "box-shadow:0 -2px 8px rgba(0,0,0,.2)}figure{margin:0 0 16px}figcaption{font-size:13px;color:#666}"
       "footer{border-top:1px solid #ddd;font-size:13px;color:#555}</style>")


def words(p):
    return dict(zip(KEYS, W[p["lang"]]))


def page_head(p, fmt="%s | %s"):
    """meta: full (Open Graph and a plain JSON-LD Article), og (Open Graph only), min (title, canonical and og:url only)."""
    m = p.get("meta", "full")
    if m == "full":
        return head(p, ld_obj=article_ld(p), fmt=fmt, extra=CSS)
    if m == "og":
        return head(p, ld_obj=None, fmt=fmt, extra=CSS)
    return "\n".join(['<meta charset="utf-8">', title_tag(p, fmt), '<meta name="viewport" content="width=device-width, initial-scale=1">',
                      canonical(p), '<meta property="og:url" content="%s">' % p["url"], CSS])


def html_open(p, fmt="%s | %s", body_cls="article"):
    d = ' dir="rtl"' if p["lang"] == "ar" else ""
    return '<!DOCTYPE html>\n<html lang="%s"%s>\n<head>\n%s\n</head>\n<body class="%s">\n' % (p["lang"], d, page_head(p, fmt), body_cls)


def cookie(p):
    w = words(p)
    return ('<div class="cookie" role="dialog"><p>%s</p><button>%s</button> <button>%s</button></div>\n'
            % (p["cookie"], w["ok"], w["settings"])) if p.get("cookie") else ""


def menu(p, cls="menu"):
    return '<nav class="%s">%s</nav>\n' % (cls, nav(p["nav"]))


def teasers(p, items, base="a"):
    return "".join('<li><a href="%s">%s</a></li>' % (href(p, t, base), t) for t in items)


def related(p, cls="related"):
    if not p.get("related"):
        return ""
    return '<section class="%s"><h2>%s</h2><ul>%s</ul></section>\n' % (cls, p.get("related_h", words(p)["related"]), teasers(p, p["related"]))


def most_read(p, cls="most-read"):
    if not p.get("most"):
        return ""
    return '<section class="%s"><h3>%s</h3><ol>%s</ol></section>\n' % (cls, words(p)["most"], teasers(p, p["most"]))


def newsletter(p, cls="newsletter"):
    if not p.get("newsletter"):
        return ""
    w = words(p)
    return ('<div class="%s"><h3>%s</h3><p>%s</p><form action="/newsletter" method="post"><input type="email" name="email">'
            '<button type="submit">%s</button></form></div>\n' % (cls, w["newsletter"], p["newsletter"], w["nl_btn"]))


def share(p, cls="share"):
    return '<div class="%s"><span>%s</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>\n' % (cls, words(p)["share"])


def figure(p, cls="lead-image"):
    if not p.get("caption"):
        return ""
    return ('<figure class="%s"><img src="https://%s/img/%s.jpg" alt="" width="1200" height="675"><figcaption>%s</figcaption></figure>\n'
            % (cls, p["domain"], slug(p["url"]), p["caption"]))


def footer(p, cls="site-footer"):
    links = p.get("footer_nav", ["Impressum", "Privacy", "Contact"])
    return '<footer class="%s">%s<p>%s</p></footer>\n' % (cls, nav(links), p["footer"])


def byline(p):
    return p.get("byline_html", p["byline_text"] or "")


def fix(s):
    """Straight apostrophes in the hand-written text become typographic ones (snippets may not hold characters HTML escapes)."""
    return s.replace("'", "’")
