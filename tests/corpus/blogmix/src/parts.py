"""Pieces the blogmix skeletons share: interface words of each platform in each language, <head> variants, the
text fixer and small furniture helpers. Kept out of skins.py because probe_make takes every public function of a
skin module as a skin."""
import html as _html
import re

from kit import article_ld, attr, canonical, head, hexid, nav, plain, slug, title_tag

# Interface words. Missing keys fall back to English; every language a skin is used with has its own words.
W = {
    "en": dict(
        posted_on="Posted on", by="by", says="says:", reply="Reply", leave_reply="Leave a Reply",
        email_note="Your email address will not be published. Required fields are marked *", comment="Comment",
        name="Name", email="Email", website="Website", post_comment="Post Comment", recent="Recent Posts",
        archives="Archives", tagcloud="Tags", blogroll="Blogroll", search="Search", posted_in="Posted in",
        tagged="Tagged", prev="Previous post", next="Next post", thoughts="%d thoughts on “%s”", thoughts1="One thought on “%s”",
        share_this="Share this:", like_this="Like this:", like_btn="Like", related="Related",
        powered="Proudly powered by WordPress", categories="Categories",
        posted_by="Posted by", at="at", labels="Labels:", newer="Newer Post", older="Older Post", home="Home",
        ncomments="%d comments:", post_a_comment="Post a Comment", about_me="About Me",
        view_profile="View my complete profile", blog_archive="Blog Archive",
        subscribe_to="Subscribe to: Post Comments (Atom)", powered_blogger="Powered by Blogger.",
        popular="Popular Posts", share="Share", subscribe="Subscribe", type_email="Type your email…",
        discussion="Discussion about this post", comments="Comments", restacks="Restacks", ready="Ready for more?",
        top="Top", latest="Latest", discussions="Discussions", start_writing="Start writing",
        get_app="Get the app", privacy="Privacy", terms="Terms", follow="Follow", min_read="min read",
        listen="Listen", responses="Responses (%d)", more_from="More from %s",
        recommended="Recommended from Medium", written_by="Written by %s", followers="%s Followers",
        tags_line="Tags:", recent_h="More posts", reply_email="Reply by email: hello@%s", prev_h="« Previous", next_h="Next »", built="Built with Hugo", on_this_page="On this page",
        related_posts="Related posts", hiring="We’re hiring", open_roles="View open roles", back="← Back to blog",
        signup="Sign up", months=["January", "February", "March", "April", "May", "June", "July", "August",
                                  "September", "October", "November", "December"]),
    "de": dict(
        posted_on="Veröffentlicht am", by="von", says="sagt:", reply="Antworten", leave_reply="Schreibe einen Kommentar",
        email_note="Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert",
        comment="Kommentar", name="Name", email="E-Mail", website="Website", post_comment="Kommentar abschicken",
        recent="Neueste Beiträge", archives="Archiv", tagcloud="Schlagwörter", blogroll="Blogroll", search="Suche",
        posted_in="Veröffentlicht in", tagged="Verschlagwortet mit", prev="Vorheriger Beitrag", next="Nächster Beitrag",
        thoughts="%d Gedanken zu „%s“", thoughts1="Ein Gedanke zu „%s“", share_this="Teilen mit:", like_this="Gefällt mir:", like_btn="Gefällt mir",
        related="Ähnliche Beiträge", powered="Stolz präsentiert von WordPress", categories="Kategorien",
        tags_line="Schlagwörter:", recent_h="Weitere Artikel", reply_email="Antworten per E-Mail: hallo@%s", prev_h="« Zurück", next_h="Weiter »", built="Erstellt mit Hugo",
        on_this_page="Auf dieser Seite", share="Teilen", subscribe="Abonnieren",
        months=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                "November", "Dezember"]),
    "fr": dict(
        posted_on="Publié le", by="par", says="dit :", reply="Répondre", leave_reply="Laisser un commentaire",
        email_note="Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
        comment="Commentaire", name="Nom", email="E-mail", website="Site web", post_comment="Publier le commentaire",
        recent="Articles récents", archives="Archives", tagcloud="Étiquettes", blogroll="Blogs amis", search="Rechercher",
        posted_in="Publié dans", tagged="Étiqueté", prev="Article précédent", next="Article suivant",
        thoughts="%d réflexions sur « %s »", thoughts1="Une réflexion sur « %s »", share_this="Partager :", like_this="J’aime ça :", like_btn="J’aime",
        related="Similaire", powered="Fièrement propulsé par WordPress", categories="Catégories",
        posted_by="Publié par", at="à", labels="Libellés :", newer="Article plus récent", older="Article plus ancien",
        home="Accueil", ncomments="%d commentaires :", post_a_comment="Enregistrer un commentaire",
        about_me="Qui êtes-vous ?", view_profile="Afficher mon profil complet", blog_archive="Archives du blog",
        subscribe_to="S’abonner à : Publier les commentaires (Atom)", powered_blogger="Fourni par Blogger.",
        popular="Articles les plus consultés", share="Partager", subscribe="S’abonner",
        months=["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                "novembre", "décembre"]),
    "it": dict(
        posted_on="Pubblicato il", by="di", says="ha detto:", reply="Rispondi", leave_reply="Lascia un commento",
        email_note="Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *",
        comment="Commento", name="Nome", email="Email", website="Sito web", post_comment="Invia commento",
        recent="Articoli recenti", archives="Archivi", tagcloud="Tag", blogroll="Blogroll", search="Cerca",
        posted_in="Pubblicato in", tagged="Contrassegnato da tag", prev="Articolo precedente", next="Articolo successivo",
        thoughts="%d commenti su “%s”", thoughts1="Un commento su “%s”", share_this="Condividi:", like_this="Mi piace:", like_btn="Mi piace",
        related="Correlati", powered="Orgogliosamente powered by WordPress", categories="Categorie",
        share="Condividi", subscribe="Iscriviti", type_email="Digita la tua email…",
        discussion="Discussione su questo post", comments="Commenti", ready="Pronto per altro?", top="I migliori",
        latest="Più recenti", discussions="Discussioni", start_writing="Inizia a scrivere", get_app="Scarica l’app",
        months=["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
                "ottobre", "novembre", "dicembre"]),
    "nl": dict(
        share="Delen", subscribe="Abonneren", type_email="Typ je e-mailadres…", discussion="Discussie over dit bericht",
        comments="Reacties", ready="Klaar voor meer?", top="Populair", latest="Nieuwste", discussions="Discussies",
        start_writing="Begin met schrijven", get_app="Download de app", privacy="Privacy", terms="Voorwaarden",
        reply="Beantwoorden"),
    "es": dict(
        posted_by="Publicado por", at="en", labels="Etiquetas:", newer="Entrada más reciente", older="Entrada antigua",
        home="Inicio", ncomments="%d comentarios:", post_a_comment="Publicar un comentario", about_me="Datos personales",
        view_profile="Ver todo mi perfil", blog_archive="Archivo del blog", subscribe_to="Suscribirse a: Enviar comentarios (Atom)",
        powered_blogger="Con la tecnología de Blogger.", popular="Entradas populares", share="Compartir",
        follow="Seguir", min_read="min de lectura", listen="Escuchar", responses="Respuestas (%d)", more_from="Más de %s",
        recommended="Recomendado de Medium", written_by="Escrito por %s", followers="%s seguidores", reply="Responder",
        subscribe="Suscribirse"),
    "pt": dict(
        posted_by="Postado por", at="às", labels="Marcadores:", newer="Postagem mais recente", older="Postagem mais antiga",
        home="Página inicial", ncomments="%d comentários:", post_a_comment="Postar um comentário", about_me="Quem sou eu",
        view_profile="Ver meu perfil completo", blog_archive="Arquivo do blog", subscribe_to="Assinar: Postar comentários (Atom)",
        powered_blogger="Tecnologia do Blogger.", popular="Postagens populares", share="Compartilhar", reply="Responder",
        related_posts="Posts relacionados", hiring="Estamos contratando", open_roles="Ver vagas abertas",
        back="← Voltar para o blog", min_read="min de leitura", signup="Inscrever-se", subscribe="Assinar"),
    "pl": dict(
        posted_by="Autor:", at="o", labels="Etykiety:", newer="Nowszy post", older="Starszy post", home="Strona główna",
        ncomments="%d komentarze:", post_a_comment="Prześlij komentarz", about_me="O mnie",
        view_profile="Wyświetl mój pełny profil", blog_archive="Archiwum bloga", subscribe_to="Subskrybuj: Komentarze do posta (Atom)",
        powered_blogger="Obsługiwane przez usługę Blogger.", popular="Popularne posty", share="Udostępnij",
        tags_line="Tagi:", recent_h="Inne wpisy", reply_email="Odpowiedz mailem: kontakt@%s", prev_h="« Poprzedni", next_h="Następny »", built="Zbudowane w Hugo", on_this_page="Spis treści",
        reply="Odpowiedz", min_read="min czytania"),
    "ja": dict(
        reader="読者になる", bookmark="はてなブックマーク", related="関連記事", profile="プロフィール", search="検索",
        recent="最新記事", archives="月別アーカイブ", write_comment="コメントを書く", share="この記事をシェアする",
        category="カテゴリー", prev_h="前の記事", next_h="次の記事", comments="コメント", reply="返信"),
    "ru": dict(
        comments="Комментарии", reply="Ответить", prev_h="Предыдущая запись", next_h="Следующая запись", tags_line="Метки:",
        share="Поделиться", subscribe="Подписаться", profile="Профиль", recent="Последние записи", add_comment="Оставить комментарий",
        powered="Работает на платформе Dnevnik", entries="записей", friends="Друзья"),
    "tr": dict(
        comments="Yorumlar", reply="Yanıtla", prev_h="Önceki yazı", next_h="Sonraki yazı", tags_line="Etiketler:",
        share="Paylaş", subscribe="Takip et", profile="Profil", recent="Son yazılar", add_comment="Yorum yaz",
        powered="Dnevnik platformunda yayınlanmaktadır", entries="yazı", friends="Arkadaşlar"),
}


def words(p):
    w = dict(W["en"])
    w.update(W.get(p["lang"], {}))
    return w


CSS = ("<style>body{margin:0;font:17px/1.65 -apple-system,Segoe UI,Helvetica,Arial,sans-serif;color:#1d1d1f}a{color:#0b57d0}"
       ".wrap{max-width:1080px;margin:0 auto;display:flex;gap:40px;padding:0 16px}main{flex:1 1 680px;min-width:0}"
       "aside{flex:0 0 280px;font-size:15px}pre{background:#f5f5f7;padding:12px;overflow:auto;font-size:14px}"
       "blockquote{border-left:3px solid #ccc;margin-left:0;padding-left:16px;color:#444}"
       ".cookie{position:fixed;bottom:0;left:0;right:0;background:#fff;padding:10px 16px;box-shadow:0 -2px 8px rgba(0,0,0,.2)}"
       "footer{border-top:1px solid #ddd;font-size:14px;color:#555;padding:16px}</style>")


def page_head(p, fmt="%s | %s", extra=""):
    """meta: ld (Open Graph and a JSON-LD BlogPosting), og (Open Graph only), min (title, canonical and og:url only)."""
    m = p.get("meta", "ld")
    gen = '<meta name="generator" content="%s">' % p["generator"] if p.get("generator") else ""
    tail = "\n".join(x for x in (gen, CSS, extra, p.get("head_extra", "")) if x)
    if m == "ld":
        return head(p, ld_obj=article_ld(p, typ=p.get("ld_type", "BlogPosting"), author_single=True), fmt=fmt, extra=tail)
    if m == "og":
        return head(p, ld_obj=None, fmt=fmt, extra=tail)
    return "\n".join(['<meta charset="utf-8">', title_tag(p, fmt), '<meta name="viewport" content="width=device-width, initial-scale=1">',
                      canonical(p), '<meta property="og:url" content="%s">' % p["url"], tail])


def html_open(p, fmt, body_cls, extra=""):
    return '<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n</head>\n<body class="%s">\n' % (
        p.get("html_lang", p["lang"]), page_head(p, p.get("title_fmt", fmt), extra), body_cls)


def _code(m):
    return m.group(1) + _html.escape(m.group(2), quote=False) + m.group(3)


def fix(s):
    """Straight apostrophes outside code blocks become typographic ones (snippets may not hold characters HTML escapes);
    the text of <pre> blocks is HTML-escaped as written."""
    parts = re.split(r"(<pre[^>]*>.*?</pre>)", s, flags=re.S)
    out = []
    for i, part in enumerate(parts):
        if i % 2:
            out.append(re.sub(r"(<pre[^>]*>(?:<code[^>]*>)?)(.*?)((?:</code>)?</pre>)", _code, part, flags=re.S))
        else:
            out.append(part.replace("'", "’"))
    return "".join(out)


def cookie(p, cls="cookie"):
    if not p.get("cookie"):
        return ""
    return '<div class="%s" role="dialog"><p>%s</p><button>OK</button></div>\n' % (cls, p["cookie"])


def sl(t):
    return re.sub(r"[^a-z0-9]+", "-", plain(t).lower()).strip("-") or slug(t)


def post_href(p, t):
    return "https://%s/%s/" % (p["domain"], sl(t)[:50].strip("-"))


def links(p, items, li="", base=None):
    return "".join('<li%s><a href="%s">%s</a></li>' % (' class="%s"' % li if li else "",
                                                      (base + sl(t) + "/") if base else post_href(p, t), t) for t in items)


def tag_links(ts, base="/tag/", sep=", ", rel="tag"):
    return sep.join('<a href="%s%s/" rel="%s">%s</a>' % (base, sl(t), rel, t) for t in ts)


def menu(p, cls="menu"):
    return '<nav class="%s">%s</nav>\n' % (cls, nav(p.get("nav", [words(p)["home"]])))


def archive_months(p, n=6):
    """Month labels counting back from the post's month."""
    w = words(p)
    y, m = int(p["pub"][:4]), int(p["pub"][5:7])
    out = []
    for _ in range(n):
        out.append("%s %d" % (w["months"][m - 1], y))
        m -= 1
        if m == 0:
            y, m = y - 1, 12
    return out


def avatar(p, who, size=48, cls="avatar"):
    return '<img class="%s" src="https://%s/avatars/%s-%d.png" alt="" width="%d" height="%d">' % (cls, p["domain"], slug(who), size, size, size)


def comment_items(p, comments, style):
    """comments: (name, date, text, [replies]) tuples; style: the platform's markup."""
    w = words(p)
    out = []
    for c in comments:
        name, date, text = c[0], c[1], c[2]
        replies = c[3] if len(c) > 3 else []
        cid = hexid(p["url"] + name + text, 6)
        inner = comment_items(p, replies, style) if replies else ""
        if style == "wp":
            out.append('<li id="comment-%s" class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">%s<b class="fn">%s</b> <span class="says">%s</span></div>'
                       '<div class="comment-metadata"><a href="#comment-%s">%s</a></div></footer><div class="comment-content"><p>%s</p></div>'
                       '<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">%s</a></div></article>%s</li>'
                       % (cid, avatar(p, name, 42), name, w["says"], cid, date, text, w["reply"],
                          '<ol class="children">%s</ol>' % inner if inner else ""))
        elif style == "blogger":
            out.append('<li class="comment" id="c%s"><div class="avatar-image-container">%s</div><div class="comment-block"><div class="comment-header"><cite class="user">%s</cite>'
                       '<span class="datetime secondary-text"><a rel="nofollow" href="#c%s">%s</a></span></div><p class="comment-content">%s</p>'
                       '<span class="comment-actions secondary-text"><a class="comment-reply" target="_self">%s</a></span></div>%s</li>'
                       % (cid, avatar(p, name, 35), name, cid, date, text, w["reply"],
                          '<div class="comment-replies"><ol class="comment-thread inline-thread">%s</ol></div>' % inner if inner else ""))
        else:  # newsletter, medium, hugo-less platforms, hatena, journal
            out.append('<div class="comment" id="comment-%s"><div class="comment-head">%s<a class="comment-author" href="/u/%s">%s</a> <span class="comment-date">%s</span></div>'
                       '<div class="comment-text"><p>%s</p></div><div class="comment-actions"><button>%s</button></div>%s</div>'
                       % (cid, avatar(p, name, 32), sl(name), name, date, text, w["reply"],
                          '<div class="comment-children">%s</div>' % inner if inner else ""))
    return "".join(out)


def count_comments(cs):
    return sum(1 + count_comments(c[3] if len(c) > 3 else []) for c in cs)
