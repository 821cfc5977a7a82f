"""Helpers the magazinemix skeletons share (on top of ../../probekit/kit.py): typographic quotes,
the body mini-language, the interface words of each language, <head> variants and the hydration
JSON. Not skins: probe_make takes every public function of a skin module as a skin.

Body mini-language: paragraphs separated by blank lines; an insert is a block of its own,
`[[NAME|arg|arg]]`:

  [[H|subheading]]          a subheading (text)         [[CHAP|label|title]]  a chapter heading (text)
  [[LIST|item|…]] [[OL|…]]  a list (text)               [[QUOTE|text]]        a block quote (text)
  [[BREAK|◆]]               a section break (neutral)   [[NOTES|note|…]]      endnotes (neutral)
  [[PULL|sentence]]         a pull quote repeating a sentence of the text (furniture)
  [[FIG|caption]]           a lazy image (data-src, <noscript>) with its caption and credit (furniture)
  [[REL|headline]]          a "related reading" aside (furniture)
  [[NEWS]]                  a newsletter sign-up (furniture)      [[AD]]  an ad slot (furniture)
  [[TWEET|text|who]]        an embedded post (furniture)
  [[FADE]]                  paywall: a fade and "subscribe to continue reading"; the text goes on in
                            a second, gated container (the full text is in the HTML)
  [[ISSUE|text]]            an "appears in the … issue" note at the end of the text (furniture)
"""
import json
import re

from kit import article_ld, attr, canonical, hexid, ld, og_tags, plain, slug, title_tag

MARK = re.compile(r"\[\[([A-Z]+)(?:\|(.*))?\]\]", re.S)
KEEP = {"url", "domain", "pub", "mod", "skin", "case", "lang", "meta", "ld_type", "kind", "why", "secpath", "meta_date",
        "ld_date", "html_lang", "slugpath", "exp_pub"}


def smart(s):
    """Straight quotes to typographic ones, outside tags."""
    def fix(t):
        t = re.sub(r"(?<=\w)'(?=\w)", "’", t)
        t = re.sub(r"(^|[\s(\[—–-])'", r"\1‘", t)
        t = t.replace("'", "’")
        t = re.sub(r'(^|[\s(\[—–-])"', r"\1“", t)
        t = t.replace('"', "”")
        return t
    parts = re.split(r"(<[^>]+>)", s)
    return "".join(x if x.startswith("<") else fix(x) for x in parts)


def prep(p):
    """Typographic quotes in every text field of the page (in place, so the expected file agrees)."""
    if p.get("_prepped"):
        return
    for k, v in list(p.items()):
        if k in KEEP:
            continue
        if isinstance(v, str):
            p[k] = smart(v)
        elif isinstance(v, list):
            p[k] = [smart(x) if isinstance(x, str) else x for x in v]
    p["_prepped"] = True


W = {
    "en": dict(sub="Subscribe", signin="Sign in", search="Search", listen="Listen to this article", mins="%d min read", share="Share",
               news="Get the Sunday Long Read in your inbox", news_btn="Sign up", news_note="You can unsubscribe at any time.",
               rel="Related reading", ad="Advertisement", most="Most read", more="More from this issue", cmts="Comments",
               cookie="We use cookies to personalise content and to analyse our traffic.", accept="Accept all", manage="Manage choices",
               fade="Subscribe to continue reading", fade2="Already a subscriber? Sign in", toc="In this article", by="By",
               foot=["About us", "Contact", "Careers", "Advertise", "Privacy policy", "Terms of use", "Accessibility"], rights="All rights reserved.",
               follow="Follow", save="Save", gift="Gift this article"),
    "de": dict(sub="Abonnieren", signin="Anmelden", search="Suche", listen="Artikel anhören", mins="%d Min. Lesezeit", share="Teilen",
               news="Der Wochenend-Newsletter: die besten Texte der Woche", news_btn="Jetzt anmelden", news_note="Abmeldung jederzeit möglich.",
               rel="Mehr zum Thema", ad="Anzeige", most="Meistgelesen", more="Mehr aus dieser Ausgabe", cmts="Kommentare",
               cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren.", accept="Alle akzeptieren", manage="Einstellungen",
               fade="Jetzt weiterlesen mit Abo", fade2="Schon Abonnent? Hier anmelden", toc="Inhalt", by="Von",
               foot=["Impressum", "Datenschutz", "Kontakt", "Mediadaten", "AGB", "Jobs"], rights="Alle Rechte vorbehalten.",
               follow="Folgen", save="Merken", gift="Artikel verschenken"),
    "fr": dict(sub="S’abonner", signin="Se connecter", search="Rechercher", listen="Écouter cet article", mins="Lecture %d min", share="Partager",
               news="Recevez notre lettre du dimanche", news_btn="Je m’inscris", news_note="Désinscription en un clic.",
               rel="À lire aussi", ad="Publicité", most="Les plus lus", more="Dans ce numéro", cmts="Commentaires",
               cookie="Nous utilisons des cookies pour mesurer l’audience et personnaliser les contenus.", accept="Tout accepter", manage="Paramétrer",
               fade="Il vous reste 60 % de cet article à lire", fade2="Déjà abonné ? Se connecter", toc="Sommaire", by="Par",
               foot=["Mentions légales", "Qui sommes-nous ?", "Contact", "Publicité", "Données personnelles", "CGV"], rights="Tous droits réservés.",
               follow="Suivre", save="Sauvegarder", gift="Offrir cet article"),
    "es": dict(sub="Suscríbete", signin="Iniciar sesión", search="Buscar", listen="Escuchar este artículo", mins="%d min de lectura", share="Compartir",
               news="Recibe cada domingo nuestra selección de lecturas", news_btn="Apuntarme", news_note="Puedes darte de baja cuando quieras.",
               rel="Lee también", ad="Publicidad", most="Lo más leído", more="Más de este número", cmts="Comentarios",
               cookie="Utilizamos cookies propias y de terceros para mejorar tu experiencia.", accept="Aceptar", manage="Configurar",
               fade="Suscríbete para seguir leyendo", fade2="¿Ya tienes cuenta? Inicia sesión", toc="Índice", by="Por",
               foot=["Quiénes somos", "Contacto", "Aviso legal", "Política de privacidad", "Publicidad", "Trabaja con nosotros"], rights="Todos los derechos reservados.",
               follow="Seguir", save="Guardar", gift="Regalar artículo"),
    "it": dict(sub="Abbonati", signin="Accedi", search="Cerca", listen="Ascolta l’articolo", mins="Tempo di lettura: %d minuti", share="Condividi",
               news="Iscriviti alla newsletter della domenica", news_btn="Iscriviti", news_note="Puoi annullare l’iscrizione in qualsiasi momento.",
               rel="Leggi anche", ad="Pubblicità", most="I più letti", more="Da questo numero", cmts="Commenti",
               cookie="Questo sito utilizza cookie tecnici e di profilazione.", accept="Accetta", manage="Personalizza",
               fade="Abbonati per continuare a leggere", fade2="Sei già abbonato? Accedi", toc="Indice", by="di",
               foot=["Chi siamo", "Contatti", "Pubblicità", "Privacy", "Cookie policy", "Lavora con noi"], rights="Tutti i diritti riservati.",
               follow="Segui", save="Salva", gift="Regala l’articolo"),
    "pt": dict(sub="Assine", signin="Entrar", search="Pesquisar", listen="Ouvir este artigo", mins="%d min de leitura", share="Partilhar",
               news="Receba a nossa newsletter de domingo", news_btn="Subscrever", news_note="Pode cancelar a qualquer momento.",
               rel="Leia também", ad="Publicidade", most="Mais lidas", more="Nesta edição", cmts="Comentários",
               cookie="Utilizamos cookies para melhorar a sua experiência de navegação.", accept="Aceitar", manage="Definições",
               fade="Assine para continuar a ler", fade2="Já é assinante? Entre", toc="Índice", by="Por",
               foot=["Quem somos", "Contactos", "Estatuto editorial", "Privacidade", "Publicidade", "Termos de uso"], rights="Todos os direitos reservados.",
               follow="Seguir", save="Guardar", gift="Oferecer artigo"),
    "nl": dict(sub="Abonneren", signin="Inloggen", search="Zoeken", listen="Luister naar dit artikel", mins="Leestijd %d minuten", share="Delen",
               news="Ontvang elke zaterdag de beste verhalen", news_btn="Aanmelden", news_note="Afmelden kan altijd.",
               rel="Lees ook", ad="Advertentie", most="Meest gelezen", more="Meer uit dit nummer", cmts="Reacties",
               cookie="Wij gebruiken cookies om de site te verbeteren en advertenties te tonen.", accept="Akkoord", manage="Instellingen",
               fade="Word abonnee om verder te lezen", fade2="Al abonnee? Log in", toc="Inhoud", by="Door",
               foot=["Over ons", "Colofon", "Contact", "Adverteren", "Privacy", "Voorwaarden"], rights="Alle rechten voorbehouden.",
               follow="Volgen", save="Bewaren", gift="Artikel cadeau doen"),
    "pl": dict(sub="Zaprenumeruj", signin="Zaloguj się", search="Szukaj", listen="Posłuchaj artykułu", mins="%d min czytania", share="Udostępnij",
               news="Zapisz się na nasz niedzielny newsletter", news_btn="Zapisz się", news_note="Możesz zrezygnować w każdej chwili.",
               rel="Przeczytaj także", ad="Reklama", most="Najczęściej czytane", more="Więcej z tego numeru", cmts="Komentarze",
               cookie="Używamy plików cookie, aby dopasować treści do Twoich zainteresowań.", accept="Akceptuję", manage="Ustawienia",
               fade="Zaprenumeruj, aby czytać dalej", fade2="Masz już prenumeratę? Zaloguj się", toc="Spis treści", by="",
               foot=["O nas", "Kontakt", "Regulamin", "Polityka prywatności", "Reklama", "Prenumerata"], rights="Wszelkie prawa zastrzeżone.",
               follow="Obserwuj", save="Zapisz", gift="Podaruj artykuł"),
}


def words(p):
    return {**W[p["lang"]], **p.get("w", {})}


def blocks(body):
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
    return s[:48].strip("-") if len(s) > 2 else slug(t)


def link(t, base="", cls=""):
    return '<a%s href="%s/%s/">%s</a>' % (' class="%s"' % cls if cls else "", base, sl(t), t)


def story(p, t, base=None):
    base = base or p.get("secpath", "article")
    return '<a href="https://%s/%s/%s-%s">%s</a>' % (p["domain"], base, sl(t), slug(t), t)


def css(p, n, pre="css"):
    """A hashed class name, stable per page and position."""
    return "%s-%s" % (pre, hexid(p["url"] + str(n), 6))


def lazy_img(p, name, cls):
    src = "https://media.%s/%s/%s.jpg" % (p["domain"], hexid(name, 8), slug(name))
    return ('<img class="%s" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="%s?w=1200" data-srcset="%s?w=640 640w, %s?w=1200 1200w" alt="">'
            '<noscript><img src="%s?w=1200" alt=""></noscript>' % (cls, src, src, src, src))


def render_body(p, open_tag, close_tag, c):
    """The text from p["body"]; open_tag/close_tag wrap each container; c: class names of the skin.
    The furniture nested in the containers is added to p["exclude"]."""
    w = words(p)
    out = [open_tag]
    first = [True]
    n = [0]

    def uid():
        n[0] += 1
        return hexid(p["url"] + "/b" + str(n[0]), 6)
    for name, a in blocks(p["body"]):
        if name == "p":
            t = a
            if first[0] and p.get("dropcap", True):
                t = re.sub(r"^(⟦?)(\w)", r'\1<span class="dropcap">\2</span>', t, count=1)
            first[0] = False
            out.append('<p class="%s">%s</p>' % (c["p"], t))
        elif name == "H":
            out.append('<h2 class="%s">%s</h2>' % (c["h"], a[0]))
        elif name == "CHAP":
            out.append('<h2 class="%s" id="chapter-%s"><span class="chapter-num">%s</span> %s</h2>' % (c["h"], sl(a[0]), a[0], a[1]))
        elif name in ("LIST", "OL"):
            tag = "ul" if name == "LIST" else "ol"
            out.append('<%s class="%s">%s</%s>' % (tag, c["list"], "".join("<li>%s</li>" % x for x in a), tag))
        elif name == "QUOTE":
            out.append('<blockquote class="%s"><p>%s</p></blockquote>' % (c["quote"], a[0]))
        elif name == "BREAK":
            out.append('<div class="section-break" role="separator">%s</div>' % (a[0] if a else "* * *"))
        elif name == "NOTES":
            out.append('<section class="endnotes"><ol>%s</ol></section>' % "".join('<li id="fn%d">%s</li>' % (i + 1, x) for i, x in enumerate(a)))
        elif name == "PULL":
            excl(p, "aside.pullquote*")
            out.append('<aside class="pullquote %s"><p>%s</p></aside>' % (c["pull"], a[0]))
        elif name == "FIG":
            excl(p, "figcaption*")
            out.append('<figure class="%s"><div class="%s">%s</div><figcaption>%s</figcaption></figure>' % (c["fig"], css(p, uid()), lazy_img(p, a[0], "lazyload"), a[0]))
        elif name == "REL":
            excl(p, "aside.related-inline*")
            out.append('<aside class="related-inline"><span class="related-inline__label">%s</span>%s</aside>' % (w["rel"], story(p, a[0])))
        elif name == "NEWS":
            excl(p, "div.newsletter-signup*")
            out.append('<div class="newsletter-signup %s"><p class="newsletter-signup__title">⟪%s⟫</p><form action="/newsletter"><input type="email" placeholder="E-mail">'
                       '<button type="submit">%s</button></form><p class="newsletter-signup__small">%s</p></div>' % (css(p, uid()), w["news"], w["news_btn"], w["news_note"]))
        elif name == "AD":
            excl(p, "div.ad-slot*")
            out.append('<div class="ad-slot" data-ad-unit="/%s/inarticle_%s"><span class="ad-slot__label">%s</span></div>' % (hexid(p["site"], 8), uid(), w["ad"]))
        elif name == "TWEET":
            excl(p, "blockquote.twitter-tweet*")
            out.append('<blockquote class="twitter-tweet" data-dnt="true"><p lang="%s" dir="ltr">%s</p>— %s <a href="https://x.example/%s/status/%s">%s</a></blockquote>'
                       % (p["lang"], a[0], a[1], sl(a[1]), hexid(a[0], 8), p.get("tweet_date", "March 2026")))
        elif name == "FADE":
            out.append(close_tag + '<div class="paywall-fade %s" data-state="locked"><p class="paywall-fade__title">⟪%s⟫</p><a class="btn" href="/subscribe?ref=paywall">%s</a> '
                       '<a href="/login">%s</a></div>' % (css(p, uid()), w["fade"], w["sub"], w["fade2"]) + open_tag.replace('">', ' is-gated" aria-hidden="true">', 1))
        elif name == "ISSUE":
            excl(p, "p.issue-note*")
            out.append('<p class="issue-note"><em>%s</em></p>' % a[0])
        else:
            raise ValueError(name)
    out.append(close_tag)
    return "\n".join(out)


def word_count(p):
    return len(re.sub(r"\[\[.*?\]\]|<[^>]+>|[⟦⟧⟪⟫]", " ", p["body"]).split())


def page_head(p, fmt):
    """meta: full (Open Graph + JSON-LD), og (Open Graph only), ld (JSON-LD, og:url), nodate (Open
    Graph without a date, no JSON-LD: the date is only printed)."""
    m = p.get("meta", "full")
    if m == "nodate":
        p["meta_pub"] = False
    parts = ['<meta charset="utf-8">', title_tag(p, fmt), '<meta name="viewport" content="width=device-width, initial-scale=1">',
             '<meta name="description" content="%s">' % attr(plain(p.get("deck", p["h1"]))), canonical(p)]
    if m in ("full", "og", "nodate"):
        parts.append(og_tags(p))
    else:
        parts.append('<meta property="og:url" content="%s">' % p["url"])
    if m in ("full", "ld"):
        o = article_ld(p)
        if p.get("ld_extra"):
            o.update(p["ld_extra"])
        parts.append(ld(o))
    parts.append('<link rel="preload" as="font" href="https://static.%s/fonts/serif-display.woff2" crossorigin="">' % p["domain"])
    return "\n".join(parts)


def next_data(p, section):
    """The hydration JSON of a Next.js page (no date when the page prints its date only)."""
    art = {"id": hexid(p["url"], 8), "headline": plain(p["h1"]), "section": {"name": section, "slug": sl(section)},
           "contributors": [{"name": plain(x), "role": "author"} for x in (p["authors"] or [])], "wordCount": word_count(p),
           "isPaywalled": "[[FADE]]" in p["body"], "template": p.get("template", "standard")}
    if p.get("meta", "full") != "nodate":
        art["firstPublished"] = p.get("meta_date", p["pub"])
    data = {"props": {"pageProps": {"article": art, "navigation": {"primary": [sl(x) for x in p["nav"]]}, "__N_SSG": True}},
            "page": "/[section]/[...slug]", "query": {"section": sl(section)}, "buildId": hexid(p["domain"], 8) + hexid(p["site"], 8),
            "isFallback": False, "gsp": True, "scriptLoader": []}
    return '<script id="__NEXT_DATA__" type="application/json">%s</script>' % json.dumps(data, ensure_ascii=False)


def rail(p, items, cls):
    return '<ul class="%s">%s</ul>' % (cls, "".join('<li>%s</li>' % story(p, t) for t in items))


def rail_teasers(p, items, cls):
    """Teasers with a kicker and a one-line standfirst: (kicker, headline, standfirst)."""
    return '<ul class="%s">%s</ul>' % (cls, "".join('<li><span class="kicker">%s</span><h3>%s</h3><p>%s</p></li>' % (k, story(p, h), s) for k, h, s in items))


def comments(p, cls):
    if not p.get("comments"):
        return ""
    w = words(p)
    return ('<section class="%s" id="comments"><h2>%s (%s)</h2><ul>%s</ul></section>\n'
            % (cls, w["cmts"], p.get("comment_count", len(p["comments"])),
               "".join('<li><div class="c-head"><b>%s</b> <time>%s</time></div><p>%s</p></li>' % (u, t, x) for u, t, x in p["comments"])))
