"""Latin American news-site skeletons: a big national daily (diario), a digital native (nativo), a
regional paper on a WordPress news theme (regional), a TV network's news site (tele) and a
Brazilian portal (portalbr). Each returns (html, body selectors)."""
from common import comments_html, html_open, link, links, lis, ranking, render_body, share_bar, stories, story

W = {
    "es": dict(ad="Publicidad", rel="Lee también", comments="Comentarios", like="Me gusta", reply="Responder", cmt_ph="Escribe tu comentario",
               cmt_btn="Publicar", cmt_more="Ver más comentarios", login="Iniciar sesión", register="Regístrate", sub="Suscríbete",
               home="Inicio", share="Comparte esta noticia", related="Te puede interesar", rank="Lo más leído", more="Más noticias",
               next="Sigue leyendo", tags="Temas", breaking="Último momento", op="Opinión", nl_btn="Quiero recibirlo",
               cookie="Usamos cookies propias y de terceros para mejorar tu experiencia y mostrarte publicidad personalizada.",
               cookie_ok="Aceptar", cookie_cfg="Configurar", gnews="Síguenos en Google News", wa="Únete a nuestro canal de WhatsApp",
               live="EN VIVO", watch="Ver señal en vivo", by="Por"),
    "pt": dict(ad="Continua após a publicidade", rel="Leia também", comments="Comentários", like="Curtir", reply="Responder",
               cmt_ph="Escreva seu comentário", cmt_btn="Publicar", cmt_more="Ver mais comentários", login="Entrar", register="Cadastre-se",
               sub="Assine", home="Início", share="Compartilhe esta notícia", related="Veja também", rank="Mais lidas", more="Mais notícias",
               next="Próxima notícia", tags="Assuntos", breaking="Agora", op="Opinião", nl_btn="Quero receber",
               cookie="Utilizamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa Política de Privacidade.",
               cookie_ok="Aceitar", cookie_cfg="Preferências", gnews="Siga no Google Notícias", wa="Entre no nosso canal do WhatsApp",
               live="AO VIVO", watch="Assista ao vivo", by="Por"),
}


def _count(v):
    if isinstance(v, str):
        return v.count("⟪")
    if isinstance(v, (list, tuple)):
        return sum(_count(x) for x in v)
    return 0


def _w(p):
    """The skin's words; also marks site furniture (the first opinion teaser of the rail, the first
    ticker item, the first most-read item) as `without` snippets until the page has five."""
    need = 5 - sum(_count(v) for k, v in p.items() if k not in ("body_done",))
    if need > 0 and p.get("op") and "⟪" not in p["op"][0][0]:
        p["op"] = [("⟪%s⟫" % p["op"][0][0], p["op"][0][1])] + list(p["op"][1:])
        need -= 1
    if need > 0 and p.get("ticker") and "⟪" not in p["ticker"][0]:
        p["ticker"] = ["⟪%s⟫" % p["ticker"][0]] + list(p["ticker"][1:])
        need -= 1
    if need > 0 and p.get("rank") and "⟪" not in p["rank"][0]:
        p["rank"] = ["⟪%s⟫" % p["rank"][0]] + list(p["rank"][1:])
    return {**W[p["lang"]], **p.get("w", {})}


def _ad(w, cls="ad-slot"):
    return lambda p, uid: '<div class="%s" id="gpt-%s"><span class="ad-label">%s</span></div>' % (cls, uid, w["ad"])


def _cookie(w):
    return ('<div id="cookie-consent" class="cmp-banner" role="dialog"><p>%s <a href="/politica-de-privacidad/">+ info</a></p>'
            '<button class="cmp-accept">%s</button> <button class="cmp-config">%s</button></div>\n' % (w["cookie"], w["cookie_ok"], w["cookie_cfg"]))


def _nav(p, cls):
    return '<nav class="%s"><ul>%s</ul></nav>' % (cls, lis(p["nav"], ""))


def _ticker(p, w, cls="ticker"):
    if not p.get("ticker"):
        return ""
    return '<div class="%s"><strong>%s</strong><ul>%s</ul></div>\n' % (cls, w["breaking"], stories(p, p["ticker"], "ultimas"))


def _op_rail(p, w, cls="rail-opinion"):
    if not p.get("op"):
        return ""
    return '<section class="%s"><h3>%s</h3><ul>%s</ul></section>\n' % (
        cls, p.get("op_label", w["op"]),
        "".join('<li>%s<span class="rail-author">%s</span></li>' % (story(p, t, "opinion"), a) for t, a in p["op"]))


def _rank(p, w, cls="most-read"):
    return '<section class="%s"><h3>%s</h3>%s</section>\n' % (cls, w["rank"], ranking(p, p.get("rank", []), "rank-list"))


def _related(p, w, cls="related", title=None):
    if not p.get("related"):
        return ""
    return '<section class="%s"><h3>%s</h3><ul>%s</ul></section>\n' % (cls, title or w["related"], stories(p, p["related"]))


def _crumbs(p, w, sep=" › "):
    return sep.join(link(c) for c in [w["home"]] + p.get("crumbs", []))


def _footer(p, w, cls="site-footer"):
    return ('<footer class="%s"><div class="foot-logo">%s</div><ul class="foot-nav">%s</ul><ul class="foot-social">%s</ul>'
            '<p class="legal">%s</p></footer>\n' % (cls, p["site"], lis(p.get("footer_nav", []), "/institucional"),
                                                   lis(["Facebook", "Instagram", "X", "YouTube", "TikTok"], "/redes"), p["footer"]) +
            _cookie(w) + '</body>\n</html>\n')


def _hero(p, cls="article-hero"):
    if not p.get("hero"):
        return ""
    return '<figure class="%s"><img src="https://media.%s/hero.jpg" alt="" width="1200" height="675"><figcaption>%s</figcaption></figure>\n' % (cls, p["domain"], p["hero"])


def _deck(p, tag="h2", cls="bajada"):
    return '<%s class="%s">%s</%s>\n' % (tag, cls, p["deck"], tag) if p.get("deck") else ""


def _after(p, w):
    return (('<p class="article-credit">%s</p>\n' % p["credit_after"] if p.get("credit_after") else "") +
            '<div class="article-tags"><span>%s:</span> %s</div>\n' % (w["tags"], links(p.get("tags", []), "/tema")) +
            share_bar(["Facebook", "X", "WhatsApp", "Telegram", "Copiar enlace" if p["lang"] == "es" else "Copiar link"], "share-bottom", w["share"]) + "\n" +
            '<div class="follow-box"><a href="https://news.google.com/publications/%s">%s</a> <a href="https://whatsapp.com/channel/%s">%s</a></div>\n'
            % (p["domain"], w["gnews"], p["domain"], w["wa"]))


# ------------------------------------------------------------------------------------------ national daily
def diario(p):
    """A big national daily (El Universal / Clarín / El Tiempo / Folha style): a top bar with the
    date, Suscríbete and Iniciar sesión; a section menu with Opinión; an "Último momento" ticker;
    crumbs; kicker; h1; bajada; byline with the date; share bar; hero; the text in
    div.article-body (split by ad slots) with "Lee también" boxes, captions and a newsletter
    prompt; a paywall note; tags; "Te puede interesar"; comments; a rail with "Lo más leído" and
    opinion teasers; footer and cookie banner."""
    w = _w(p)
    body = render_body(p, w, '<div class="article-body" itemprop="articleBody">', "</div>", split_between=_ad(w, "ad-slot ad-inread"))
    html = (html_open(p, "%s | %s", "page-article") +
            '<div class="top-bar"><span class="fecha-hoy">%s</span> <a class="btn-sub" href="/suscripciones/">%s</a> <a href="/login/">%s</a></div>\n'
            % (p.get("today", ""), w["sub"], w["login"]) +
            '<header class="masthead"><a class="logo" href="/">%s</a>%s</header>\n' % (p["site"], _nav(p, "main-menu")) +
            _ticker(p, w) +
            '<div class="ad-slot ad-top"><span class="ad-label">%s</span></div>\n' % w["ad"] +
            '<main class="layout"><article class="nota">\n<div class="breadcrumb">%s</div>\n' % _crumbs(p, w) +
            ('<span class="kicker">%s</span>\n' % p["label"] if p.get("label") else "") +
            '<h1 class="nota-title">%s</h1>\n' % p["h1"] + _deck(p) +
            ('<div class="nota-meta"><div class="byline">%s</div><time class="fecha" datetime="%s">%s</time></div>\n'
             % (p.get("byline_html", ""), p["pub"], p["date"]) if p.get("time_attr", True) else
             '<div class="nota-meta"><div class="byline">%s</div><span class="fecha">%s</span></div>\n' % (p.get("byline_html", ""), p["date"])) +
            share_bar(["Facebook", "X", "WhatsApp", "Email"], "share-top") + "\n" + _hero(p) + body + "\n" +
            ('<div class="paywall-box"><p>%s</p><a href="/suscripciones/">%s</a></div>\n' % (p["paywall"], w["sub"]) if p.get("paywall") else "") +
            ('<div class="author-bio">%s</div>\n' % p["bio"] if p.get("bio") else "") +
            _after(p, w) + _related(p, w) + comments_html(p, w, "cmt") + '</article>\n'
            '<aside class="rail">' + _rank(p, w) + _op_rail(p, w) + '</aside></main>\n' + _footer(p, w))
    return html, ["div.article-body*"]


# ------------------------------------------------------------------------------------------ digital native
def nativo(p):
    """A digital native (Infobae / Animal Político / El Mostrador / Nexo style): sticky header with
    a hamburger menu, a "Newsletter" button and login; a row of hot topics; the section as an
    eyebrow link; h1; subtitle; byline with avatar; the date (a relative time beside the machine
    date when given); the text in div.body-article, split by ads, with inline "Lee también"
    boxes, figures and a WhatsApp / newsletter prompt; "Sigue leyendo" cards; opinion and
    most-read rails."""
    w = _w(p)
    body = render_body(p, w, '<div class="body-article">', "</div>", split_between=_ad(w, "ad-container"))
    html = (html_open(p, "%s - %s", "nativo") +
            '<header class="sticky-header"><button class="hamburger" aria-label="Menú">☰</button><a class="brand" href="/">%s</a>'
            '<a class="btn-newsletter" href="/newsletters/">Newsletter</a> <a class="btn-login" href="/cuenta/">%s</a></header>\n' % (p["site"], w["login"]) +
            '<div class="drawer-menu">%s</div>\n' % _nav(p, "drawer") +
            ('<div class="hot-topics"><span>Tendencias:</span> %s</div>\n' % links(p.get("hot", []), "/tag") if p.get("hot") else "") +
            _ticker(p, w, "live-strip") +
            '<main class="article-main"><article>\n' +
            ('<a class="eyebrow" href="/%s/">%s</a>\n' % (p.get("secpath", "news"), p["label"]) if p.get("label") else "") +
            '<h1 class="article-headline">%s</h1>\n' % p["h1"] + _deck(p, "p", "article-subheadline") +
            '<div class="article-authors"><img class="avatar" src="https://media.%s/authors/default.png" alt="">%s</div>\n' % (p["domain"], p.get("byline_html", "")) +
            '<div class="article-date">%s</div>\n' % p["date"] +
            share_bar(["Facebook", "X", "WhatsApp", "LinkedIn"], "share-top") + "\n" + _hero(p, "article-figure") + body + "\n" +
            ('<div class="author-bio">%s</div>\n' % p["bio"] if p.get("bio") else "") +
            _after(p, w) + _related(p, w, "keep-reading", w["next"]) + comments_html(p, w, "cmt") + '</article>\n'
            '<aside class="sidebar">' + _op_rail(p, w) + _rank(p, w) + '</aside></main>\n' + _footer(p, w, "footer"))
    return html, ["div.body-article*"]


# ------------------------------------------------------------------------------------------ regional paper (WordPress)
def regional(p):
    """A regional paper on a WordPress news theme (tagDiv style): top bar with the date and the
    weather, a menu with Opinión › Columnistas, a "Último momento" ticker, the category tag,
    h1, author and date in td-post-header, share buttons, the text in div.td-post-content with
    "Lee también" boxes, captions and ads; author box; "Más noticias" grid; comments; a
    sidebar with most-read and columnists; footer."""
    w = _w(p)
    body = render_body(p, w, '<div class="td-post-content tagdiv-type">', "</div>", split_between=_ad(w, "td-a-rec td-a-rec-id-content_inline"))
    html = (html_open(p, "%s - %s", "post-template-default single single-post td-standard-pack") +
            '<div class="td-header-top-menu"><span class="td_data_time">%s</span> <span class="td-weather">%s</span> <a href="/wp-login.php">%s</a></div>\n'
            % (p.get("today", ""), p.get("weather", ""), w["login"]) +
            '<div class="td-header-main-menu"><a class="td-logo" href="/">%s</a>%s</div>\n' % (p["site"], _nav(p, "sf-menu")) +
            _ticker(p, w, "td-trending-now-wrapper") +
            '<div class="td-main-content-wrap"><div class="td-pb-span8 td-main-content"><article class="post type-post">\n'
            '<div class="td-post-header"><div class="entry-crumbs">%s</div>\n' % _crumbs(p, w, " / ") +
            ('<ul class="td-category"><li><a class="td-post-category" href="/category/%s/">%s</a></li></ul>\n' % (p.get("secpath", "news"), p["label"]) if p.get("label") else "") +
            '<h1 class="entry-title">%s</h1>\n' % p["h1"] + _deck(p, "p", "td-post-sub-title") +
            '<div class="td-module-meta-info"><div class="td-post-author-name">%s</div> <span class="td-post-date">%s</span></div></div>\n'
            % (p.get("byline_html", ""), p["date"]) +
            share_bar(["Facebook", "X", "WhatsApp", "Pinterest"], "td-post-sharing") + "\n" + _hero(p, "td-post-featured-image") + body + "\n" +
            ('<div class="td-author-box">%s</div>\n' % p["bio"] if p.get("bio") else "") +
            _after(p, w) + _related(p, w, "td-related-row", w["more"]) +
            comments_html(p, w, "comment") + '</article></div>\n'
            '<div class="td-pb-span4 td-main-sidebar">' + _rank(p, w, "td_block_popular") + _op_rail(p, w, "td_block_columnistas") + '</div></div>\n' +
            _footer(p, w, "td-footer-wrapper"))
    return html, ["div.td-post-content*"]


# ------------------------------------------------------------------------------------------ TV network's news site
def tele(p):
    """A TV network's news site (N+, TN, Noticias Caracol, Latina, SBT News style): a live-signal
    bar ("EN VIVO … Ver señal en vivo"), a menu with programmes and Opinión, a video hero, the
    date printed as "Hace 3 horas" beside the machine date when given, the text in
    div.story-body (split by ads) with "Te puede interesar" boxes, "Más noticias" cards,
    programme schedule in the rail."""
    w = _w(p)
    body = render_body(p, w, '<div class="story-body">', "</div>", split_between=_ad(w, "ad-unit"))
    html = (html_open(p, "%s | %s", "tv-news story") +
            '<div class="live-bar"><span class="live-dot">%s</span> %s <a href="/en-vivo/">%s</a></div>\n' % (w["live"], p.get("live_now", ""), w["watch"]) +
            '<header class="tv-header"><a class="tv-logo" href="/">%s</a>%s<a class="tv-login" href="/mi-cuenta/">%s</a></header>\n'
            % (p["site"], _nav(p, "tv-menu"), w["login"]) +
            _ticker(p, w, "breaking-news") +
            '<main class="story-main"><article class="story">\n<div class="story-section">%s</div>\n' % _crumbs(p, w, " | ") +
            ('<span class="story-tag">%s</span>\n' % p["label"] if p.get("label") else "") +
            '<h1 class="story-title">%s</h1>\n' % p["h1"] + _deck(p, "h2", "story-lead") +
            '<div class="story-info"><span class="story-author">%s</span> <span class="story-date">%s</span></div>\n' % (p.get("byline_html", ""), p["date"]) +
            '<div class="video-player" data-video-id="%s"><button>▶ Ver video</button><p class="video-title">%s</p></div>\n'
            % (p["case"][-6:], p.get("video", "")) +
            share_bar(["Facebook", "X", "WhatsApp"], "share-top") + "\n" + body + "\n" +
            ('<div class="author-bio">%s</div>\n' % p["bio"] if p.get("bio") else "") +
            _after(p, w) + _related(p, w, "more-news", w["more"]) + comments_html(p, w, "cmt") + '</article>\n'
            '<aside class="story-rail">' + _rank(p, w) + _op_rail(p, w) +
            '<section class="schedule"><h3>Programación</h3><ul>%s</ul></section></aside></main>\n' % lis(p.get("schedule", []), "/programas") +
            _footer(p, w, "tv-footer"))
    return html, ["div.story-body*"]


# ------------------------------------------------------------------------------------------ Brazilian portal
def portalbr(p):
    """A Brazilian portal (G1 / UOL / Estadão style): a top bar with Assine and Entrar, a menu of
    editorias with Opinião, a "Agora" strip, the editoria as a header link, h1, subtitle, byline
    and "07/12/2026 às 14h05 · Atualizado há 2 horas", share bar, the text in div.content-text
    paragraphs (split by "Continua após a publicidade" slots) with "Leia também" boxes and
    captions, a paywall box, "Veja também", "Mais lidas" and opinion rails."""
    w = _w(p)
    body = render_body(p, w, '<div class="content-text">', "</div>", para=lambda a: '<p class="content-text__container">%s</p>' % a,
                       split_between=_ad(w, "publicidade"))
    html = (html_open(p, "%s | %s", "materia") +
            '<div class="barra-topo"><a class="assine" href="/assine/">%s</a> <a href="/entrar/">%s</a> <a href="/newsletters/">Newsletters</a></div>\n'
            % (w["sub"], w["login"]) +
            '<header class="header-portal"><a class="logo" href="/">%s</a>%s</header>\n' % (p["site"], _nav(p, "menu-editorias")) +
            _ticker(p, w, "faixa-agora") +
            '<main class="mc-body"><article class="materia">\n<div class="header-editoria">%s</div>\n' % _crumbs(p, w, " › ") +
            ('<span class="chapeu">%s</span>\n' % p["label"] if p.get("label") else "") +
            '<h1 class="content-head__title">%s</h1>\n' % p["h1"] + _deck(p, "h2", "content-head__subtitle") +
            '<div class="content-publication-data"><p class="content-publication-data__from">%s</p><p class="content-publication-data__updated">%s</p></div>\n'
            % (p.get("byline_html", ""), p["date"]) +
            share_bar(["Facebook", "X", "WhatsApp", "E-mail"], "share-top") + "\n" + _hero(p, "content-media") + body + "\n" +
            ('<div class="paywall-box"><p>%s</p><a href="/assine/">%s</a></div>\n' % (p["paywall"], w["sub"]) if p.get("paywall") else "") +
            ('<div class="author-bio">%s</div>\n' % p["bio"] if p.get("bio") else "") +
            _after(p, w) + _related(p, w, "veja-tambem") + comments_html(p, w, "cmt") + '</article>\n'
            '<aside class="lateral">' + _rank(p, w) + _op_rail(p, w) + '</aside></main>\n' + _footer(p, w, "footer-portal"))
    return html, ["div.content-text*"]
