"""Pieces the longformmix skeletons and page texts share: interface words per language, <head> variants,
the furniture around the article, and the helpers that lay out a long body (sections, ad slots, "read also"
boxes, figures, pull quotes, fact boxes, a table of contents, folds, paywall wrappers, pagination, footnotes,
bios). Kept out of skins.py because probe_make takes every public function of a skin module as a skin."""
import re

from kit import article_ld, canonical, head, href, nav, slug, title_tag

# home, subscribe, login, related, most, ok, settings, newsletter, nl_btn, share, comments, ad, readalso,
# readmore, contents, next, page, premium, nl_cta
W = {
    "en": ("Home", "Subscribe", "Sign in", "Related", "Most read", "Accept", "Settings", "Newsletter", "Sign up", "Share",
           "Comments", "Advertisement", "Read also", "Continue reading", "Contents", "Next page", "Page %d of %d",
           "Subscriber exclusive: you are reading this long read with your subscription.", "Get the Sunday long read in your inbox"),
    "de": ("Startseite", "Abo", "Anmelden", "Mehr zum Thema", "Meistgelesen", "Akzeptieren", "Einstellungen", "Newsletter", "Anmelden", "Teilen",
           "Kommentare", "Anzeige", "Lesen Sie auch", "Weiterlesen", "Inhalt", "Nächste Seite", "Seite %d von %d",
           "Plus-Artikel: Dieser Text ist für Abonnentinnen und Abonnenten freigeschaltet.", "Die lange Reportage jeden Samstag im Postfach"),
    "fr": ("Accueil", "S’abonner", "Connexion", "À lire aussi", "Les plus lus", "Accepter", "Paramétrer", "Lettre d’information", "S’inscrire", "Partager",
           "Commentaires", "Publicité", "Lire aussi", "Lire la suite", "Sommaire", "Page suivante", "Page %d sur %d",
           "Article réservé aux abonnés : vous le lisez grâce à votre abonnement.", "Recevez nos grands formats chaque dimanche"),
    "es": ("Portada", "Suscríbete", "Entrar", "Relacionadas", "Lo más leído", "Aceptar", "Configurar", "Boletín", "Suscribirme", "Compartir",
           "Comentarios", "Publicidad", "Lee también", "Seguir leyendo", "Índice", "Página siguiente", "Página %d de %d",
           "Contenido exclusivo para suscriptores.", "Recibe nuestros reportajes largos cada domingo"),
    "pt": ("Início", "Assine", "Entrar", "Leia também", "Mais lidas", "Aceitar", "Preferências", "Newsletter", "Cadastrar", "Compartilhe",
           "Comentários", "Publicidade", "Leia também", "Continuar lendo", "Índice", "Próxima página", "Página %d de %d",
           "Conteúdo exclusivo para assinantes.", "Receba nossas reportagens especiais aos domingos"),
    "it": ("Home", "Abbonati", "Accedi", "Leggi anche", "I più letti", "Accetta", "Impostazioni", "Newsletter", "Iscriviti", "Condividi",
           "Commenti", "Pubblicità", "Leggi anche", "Continua a leggere", "Indice", "Pagina successiva", "Pagina %d di %d",
           "Contenuto riservato agli abbonati.", "Ricevi i nostri approfondimenti ogni domenica"),
    "pl": ("Strona główna", "Prenumerata", "Zaloguj", "Czytaj także", "Najczęściej czytane", "Akceptuję", "Ustawienia", "Newsletter", "Zapisz się", "Udostępnij",
           "Komentarze", "Reklama", "Przeczytaj też", "Czytaj dalej", "Spis treści", "Następna strona", "Strona %d z %d",
           "Artykuł dla prenumeratorów.", "Reportaże na weekend prosto do skrzynki"),
    "nl": ("Home", "Abonneren", "Inloggen", "Meer over dit onderwerp", "Meest gelezen", "Akkoord", "Instellingen", "Nieuwsbrief", "Aanmelden", "Delen",
           "Reacties", "Advertentie", "Lees ook", "Lees verder", "Inhoud", "Volgende pagina", "Pagina %d van %d",
           "Dit is een plusartikel: je leest het dankzij je abonnement.", "Elke zondag de lange lees in je mailbox"),
    "ru": ("Главная", "Подписка", "Войти", "Читайте также", "Самое читаемое", "Принять", "Настройки", "Рассылка", "Подписаться", "Поделиться",
           "Комментарии", "Реклама", "Читайте также", "Читать дальше", "Содержание", "Следующая страница", "Страница %d из %d",
           "Материал доступен по подписке.", "Большие тексты недели — по воскресеньям в вашей почте"),
    "tr": ("Ana Sayfa", "Abone ol", "Giriş", "İlgili haberler", "En çok okunanlar", "Kabul et", "Ayarlar", "Bülten", "Kaydol", "Paylaş",
           "Yorumlar", "Reklam", "Bunu da okuyun", "Devamını oku", "İçindekiler", "Sonraki sayfa", "Sayfa %d / %d",
           "Bu içerik abonelere özeldir.", "Uzun okumalar her pazar e-postanızda"),
    "ja": ("トップ", "購読", "ログイン", "関連記事", "よく読まれている記事", "同意する", "設定", "ニュースレター", "登録", "シェア",
           "コメント", "広告", "あわせて読みたい", "続きを読む", "目次", "次のページ", "%d / %d ページ",
           "この記事は有料会員限定です。", "週末の長編記事をメールでお届けします"),
    "zh": ("首页", "订阅", "登录", "相关阅读", "热门文章", "同意", "设置", "电子报", "订阅", "分享",
           "评论", "广告", "延伸阅读", "展开全文", "目录", "下一页", "第 %d 页 / 共 %d 页",
           "本文为会员专享内容。", "每周日收到我们的深度长文"),
    "ko": ("홈", "구독", "로그인", "관련기사", "많이 본 뉴스", "동의", "설정", "뉴스레터", "신청", "공유",
           "댓글", "광고", "함께 읽으면 좋은 기사", "기사 더보기", "목차", "다음 페이지", "%d / %d 페이지",
           "유료 회원 전용 기사입니다.", "주말 심층 기사를 메일로 받아보세요"),
    "ar": ("الرئيسية", "اشترك", "دخول", "اقرأ أيضاً", "الأكثر قراءة", "موافق", "الإعدادات", "النشرة البريدية", "اشترك الآن", "شارك",
           "التعليقات", "إعلان", "اقرأ أيضاً", "تابع القراءة", "المحتويات", "الصفحة التالية", "الصفحة %d من %d",
           "هذا المقال حصري للمشتركين.", "المقالات الطويلة كل أحد في بريدك"),
    "id": ("Beranda", "Langganan", "Masuk", "Berita terkait", "Terpopuler", "Setuju", "Pengaturan", "Buletin", "Daftar", "Bagikan",
           "Komentar", "Iklan", "Baca juga", "Baca selengkapnya", "Daftar isi", "Halaman berikutnya", "Halaman %d dari %d",
           "Artikel ini khusus pelanggan.", "Dapatkan tulisan panjang kami setiap Minggu"),
}
KEYS = ("home", "subscribe", "login", "related", "most", "ok", "settings", "newsletter", "nl_btn", "share", "comments", "ad",
        "readalso", "readmore", "contents", "next", "page", "premium", "nl_cta")

CSS = ("<style>body{margin:0;font:17px/1.65 Georgia,serif;color:#1d1d1d}a{color:inherit}header,footer{padding:12px 20px}"
       "nav ul{list-style:none;margin:0;padding:0;display:flex;gap:14px}.wrap{max-width:1140px;margin:0 auto;display:flex;gap:36px}"
       "main{flex:1 1 720px}aside.sidebar,.col-side{flex:0 0 290px;font-size:14px}h1{font-size:2.5rem;line-height:1.1}"
       ".byline,.meta{color:#666;font-size:14px}.cookie{position:fixed;bottom:0;left:0;right:0;background:#fff;padding:10px 16px;"
       "box-shadow:0 -2px 8px rgba(0,0,0,.2)}figure{margin:24px 0}figcaption{font-size:13px;color:#666}.dropcap{float:left;"
       "font-size:3.4em;line-height:.9;margin-right:6px}.pullquote,.pull-quote{font-size:1.5rem;border-left:4px solid #c00;"
       "padding-left:16px}.ad-slot{min-height:250px;background:#f3f3f3;text-align:center;font-size:11px}.collapsed{max-height:0;"
       "overflow:hidden}.factbox,.read-also,.newsletter-cta{background:#f6f2ea;padding:12px 16px;font-size:15px}"
       "footer{border-top:1px solid #ddd;font-size:13px;color:#555}</style>")


def words(lang):
    return dict(zip(KEYS, W[lang]))


def fix(s):
    """Straight apostrophes in the hand-written text become typographic ones (snippets may not hold characters HTML escapes)."""
    return s.replace("'", "’")


# ------------------------------------------------------------------ <head> and page furniture

def page_head(p, fmt="%s | %s"):
    """meta: ld (Open Graph and JSON-LD of p["ld_type"]), og (Open Graph only), min (title, canonical and og:url only)."""
    m = p.get("meta", "ld")
    if m == "ld":
        return head(p, ld_obj=article_ld(p, p.get("ld_type", "NewsArticle")), fmt=fmt, extra=CSS)
    if m == "og":
        return head(p, ld_obj=None, fmt=fmt, extra=CSS)
    return "\n".join(['<meta charset="utf-8">', title_tag(p, fmt), '<meta name="viewport" content="width=device-width, initial-scale=1">',
                      canonical(p), '<meta property="og:url" content="%s">' % p["url"], CSS])


def html_open(p, fmt="%s | %s", body_cls="article"):
    d = ' dir="rtl"' if p["lang"] == "ar" else ""
    return '<!DOCTYPE html>\n<html lang="%s"%s>\n<head>\n%s\n</head>\n<body class="%s">\n' % (p["lang"], d, page_head(p, fmt), body_cls)


def cookie(p):
    w = words(p["lang"])
    return ('<div class="cookie" role="dialog"><p>%s</p><button>%s</button> <button>%s</button></div>\n'
            % (p["cookie"], w["ok"], w["settings"])) if p.get("cookie") else ""


def menu(p, cls="menu"):
    return '<nav class="%s">%s</nav>\n' % (cls, nav(p["nav"]))


def teasers(p, items, base="a"):
    return "".join('<li><a href="%s">%s</a></li>' % (href(p, t, base), t) for t in items)


def related(p, cls="related"):
    if not p.get("related"):
        return ""
    return '<section class="%s"><h2>%s</h2><ul>%s</ul></section>\n' % (cls, words(p["lang"])["related"], teasers(p, p["related"]))


def most_read(p, cls="most-read"):
    if not p.get("most"):
        return ""
    return '<section class="%s"><h3>%s</h3><ol>%s</ol></section>\n' % (cls, words(p["lang"])["most"], teasers(p, p["most"]))


def comments(p, cls="comments"):
    if not p.get("comments"):
        return ""
    w = words(p["lang"])
    items = "".join('<li class="comment"><p class="comment-author">%s</p><p>%s</p></li>' % (a, t) for a, t in p["comments"])
    return '<section class="%s" id="comments"><h2>%s (%d)</h2><ol>%s</ol></section>\n' % (cls, w["comments"], len(p["comments"]), items)


def share(p, cls="share"):
    return '<div class="%s"><span>%s</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">E-mail</a></div>\n' % (cls, words(p["lang"])["share"])


def lead_figure(p, cls="lead-image"):
    if not p.get("caption"):
        return ""
    return ('<figure class="%s"><img src="https://%s/img/%s.jpg" alt="" width="1600" height="900"><figcaption>%s</figcaption></figure>\n'
            % (cls, p["domain"], slug(p["url"]), p["caption"]))


def footer(p, cls="site-footer"):
    links = p.get("footer_nav", ["Impressum", "Privacy", "Contact", "Careers"])
    return '<footer class="%s">%s<p>%s</p></footer>\n' % (cls, nav(links), p["footer"])


def byline(p):
    return p.get("byline_html", p["byline_text"] or "")


# ------------------------------------------------------------------ helpers for the long body (used in pages_*.py)

def P(text):
    """Paragraphs from blank-line separated chunks; a chunk starting with ** is a bold interview question,
    one starting with > a blockquote inside the text, one starting with # a subheading (h3)."""
    out = []
    for c in re.split(r"\n\s*\n", text.strip()):
        c = " ".join(c.split())
        if c.startswith("**"):
            out.append("<p><strong>%s</strong></p>" % c[2:].strip())
        elif c.startswith(">"):
            out.append("<blockquote><p>%s</p></blockquote>" % c[1:].strip())
        elif c.startswith("#"):
            out.append("<h3>%s</h3>" % c[1:].strip())
        else:
            out.append("<p>%s</p>" % c)
    return "\n".join(out) + "\n"


def lede(text, dropcap=True):
    """The first paragraph as p.lede, with a drop cap on its first letter (the marks ⟦ stay before it)."""
    t = " ".join(text.split())
    pre = ""
    if t.startswith("⟦"):
        pre, t = "⟦", t[1:]
    if dropcap:
        return '<p class="lede">%s<span class="dropcap">%s</span>%s</p>\n' % (pre, t[0], t[1:])
    return '<p class="lede">%s%s</p>\n' % (pre, t)


def sec(h, text, sid=None, tag="section", cls="text-block", hx="h2"):
    i = ' id="%s"' % sid if sid else ""
    return '<%s class="%s"%s>\n<%s>%s</%s>\n%s</%s>\n' % (tag, cls, i, hx, h, hx, P(text), tag)


def ad(lang, n=1):
    return ('<div class="ad-slot" id="ad-mid-%d" data-ad-unit="article_mid_%d"><span class="ad-label">%s</span>'
            '<div class="ad-frame"></div></div>\n' % (n, n, words(lang)["ad"]))


def also(lang, title, path="/a/"):
    return ('<aside class="read-also"><span class="read-also-label">%s</span> <a href="%s%s">%s</a></aside>\n'
            % (words(lang)["readalso"], path, slug(title), title))


def cta(lang, text=None):
    w = words(lang)
    return ('<div class="newsletter-cta"><p>%s</p><form action="/newsletter"><input type="email" name="email">'
            '<button type="submit">%s</button></form></div>\n' % (text or w["nl_cta"], w["nl_btn"]))


def fig(caption, credit, name="x"):
    return ('<figure class="inline-figure"><img src="/media/%s.jpg" alt="" width="1200" height="800" loading="lazy">'
            '<figcaption>%s <span class="credit">%s</span></figcaption></figure>\n' % (slug(name + caption), caption, credit))


def pq(text, cls="pullquote"):
    if cls == "pullquote":
        return '<blockquote class="pullquote"><p>%s</p></blockquote>\n' % text
    return '<aside class="pull-quote"><p>%s</p></aside>\n' % text


def factbox(title, items):
    return '<aside class="factbox"><h4>%s</h4><ul>%s</ul></aside>\n' % (title, "".join("<li>%s</li>" % i for i in items))


def toc(lang, items):
    """items: (anchor id, label)."""
    return '<nav class="toc"><p class="toc-title">%s</p><ol>%s</ol></nav>\n' % (
        words(lang)["contents"], "".join('<li><a href="#%s">%s</a></li>' % (a, t) for a, t in items))


def fold(lang, mode="hidden"):
    """(opening, closing) of the folded second half; the button comes before it. mode: hidden, style, collapsed."""
    b = '<button class="read-more" type="button" aria-expanded="false">%s</button>\n' % words(lang)["readmore"]
    if mode == "hidden":
        return b + '<div class="article-rest" hidden>\n', "</div>\n"
    if mode == "style":
        return b + '<div class="article-rest" style="display:none">\n', "</div>\n"
    return b + '<div class="article-rest collapsed">\n', "</div>\n"


def paywall(lang, cls="paywall", note=None):
    """(opening, closing) of the paywalled rest, whose text is on the page; the subscriber note is furniture."""
    return ('<div class="paywall-note"><p>%s</p></div>\n<div class="%s">\n' % (note or words(lang)["premium"], cls), "</div>\n")


def pager(lang, total, nxt, base):
    w = words(lang)
    links = "".join('<a href="%s%s">%d</a> ' % (base, "" if i == 1 else "?page=%d" % i, i) for i in range(1, total + 1))
    return ('<nav class="pagination"><span class="page-count">%s</span> %s<a class="next" rel="next" href="%s?page=2">%s: %s</a></nav>\n'
            % (w["page"] % (1, total), links, base, w["next"], nxt))


def notes(items):
    return '<ol class="footnotes">%s</ol>\n' % "".join('<li id="fn%d">%s</li>' % (i + 1, t) for i, t in enumerate(items))


def ref(n):
    return '<sup class="fnref"><a href="#fn%d">%d</a></sup>' % (n, n)


def bio(text):
    return '<p class="author-bio"><em>%s</em></p>\n' % text


def note(text, cls="correction"):
    return '<p class="%s">%s</p>\n' % (cls, text)
