"""Helpers the germanmix skeletons share (on top of ../../probekit/kit.py): the words of each locale,
the body mini-language, <head> variants, menus, teaser rails, share bars, audio players, comment
sections, consent banners. Not skins: probe_make takes every public function of a skin module as a
skin, so these live here.

Body mini-language: paragraphs separated by blank lines; an insert is a block of its own,
`[[NAME|arg|arg]]`:

  [[H|subheading]]        a subheading (text)          [[LIST|item|item]] / [[OL|…]]  a list (text)
  [[QUOTE|text]]          a block quote (text)         [[Q|question]]     an interview question (text)
  [[AD]]                  an ad slot (furniture)       [[REL|headline|…]] a related-articles box (furniture)
  [[READ|headline]]       a "Lesen Sie auch:" line     [[PHOTO|caption]]  a photo with caption and credit
  [[NEWS|text]]           a newsletter prompt          [[CREDIT|text]]    a credit line ("Mit Material von dpa")
  [[NOTE|text]]           a note on the writer         [[PROMO|text]]     a subscription / app prompt
  [[SPLIT]]               the text continues in a new container after an ad block
  [[TEXT|text]]           a paragraph with no snippet, written as-is (a sign-off)
"""
import re

from kit import article_ld, attr, canonical, head, hexid, ld, plain, slug, title_tag

W = {
    "de-DE": dict(ad="Anzeige", rel="Mehr zum Thema", read="Lesen Sie auch:", share="Artikel teilen", audio="Artikel anhören",
                  comments="Kommentare", home="Startseite", tohome="Zur Startseite", rank="Meistgelesen", more="Das könnte Sie auch interessieren",
                  login="Anmelden", abo="Abo abschließen", epaper="E-Paper", topics="Themen", ticker="News-Ticker", nl_btn="Jetzt anmelden",
                  cmt_ph="Schreiben Sie einen Kommentar …", cmt_btn="Kommentar senden", cmt_more="Weitere Kommentare laden", like="Empfehlen",
                  reply="Antworten", photo="Foto", read_time="Lesezeit", min="Min.",
                  cookie="Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren und die Zugriffe auf unsere Website zu analysieren.",
                  cookie_ok="Alle akzeptieren", cookie_set="Einstellungen", footer_legal=["Impressum", "Datenschutz", "AGB", "Kontakt", "Mediadaten", "Abo-Service", "Barrierefreiheit", "Cookie-Einstellungen"]),
    "de-AT": dict(ad="Werbung", rel="Mehr zum Thema", read="Lesen Sie auch:", share="Teilen", audio="Artikel vorlesen lassen",
                  comments="Postings", home="Startseite", tohome="Zur Startseite", rank="Meistgelesen", more="Weitere Artikel",
                  login="Einloggen", abo="Abo", epaper="E-Paper", topics="Themen", ticker="Live", nl_btn="Abonnieren",
                  cmt_ph="Posting verfassen …", cmt_btn="Posten", cmt_more="Alle Postings anzeigen", like="Zustimmen",
                  reply="Antworten", photo="Foto", read_time="Lesezeit", min="min",
                  cookie="Um unsere Inhalte finanzieren zu können, arbeiten wir mit Cookies und Werbepartnern. Mit Ihrer Zustimmung verarbeiten wir und unsere Partner personenbezogene Daten.",
                  cookie_ok="Einverstanden", cookie_set="Pur-Abo", footer_legal=["Impressum", "Offenlegung", "Datenschutz", "AGB", "Kontakt", "Werben", "Ethik-Kodex", "Cookie-Einstellungen"]),
    "de-CH": dict(ad="Werbung", rel="Mehr zum Thema", read="Lesen Sie auch:", share="Artikel teilen", audio="Artikel anhören",
                  comments="Kommentare", home="Startseite", tohome="Zur Startseite", rank="Meistgelesen", more="Das könnte Sie auch interessieren",
                  login="Anmelden", abo="Abonnieren", epaper="E-Paper", topics="Themen", ticker="Ticker", nl_btn="Anmelden",
                  cmt_ph="Ihr Kommentar …", cmt_btn="Senden", cmt_more="Alle Kommentare anzeigen", like="Gefällt mir",
                  reply="Antworten", photo="Foto", read_time="Lesezeit", min="Min.",
                  cookie="Wir verwenden Cookies und Analysetools, um die Nutzerfreundlichkeit der Website zu verbessern und personalisierte Werbung anzuzeigen.",
                  cookie_ok="Akzeptieren", cookie_set="Anpassen", footer_legal=["Impressum", "Datenschutz", "AGB", "Kontakt", "Werbung", "Jobs", "Hilfe", "Cookie-Richtlinien"]),
    "nl-NL": dict(ad="Advertentie", rel="Lees ook", read="Lees ook:", share="Deel dit artikel", audio="Beluister dit artikel",
                  comments="Reacties", home="Home", tohome="Terug naar home", rank="Meest gelezen", more="Meer nieuws",
                  login="Inloggen", abo="Abonneren", epaper="Digitale krant", topics="Meer over", ticker="Net binnen", nl_btn="Aanmelden",
                  cmt_ph="Schrijf een reactie …", cmt_btn="Plaatsen", cmt_more="Meer reacties laden", like="Respect",
                  reply="Reageer", photo="Foto", read_time="Leestijd", min="minuten",
                  cookie="Wij en onze partners gebruiken cookies en vergelijkbare technieken om onze website te verbeteren, advertenties te tonen en het gebruik te meten.",
                  cookie_ok="Akkoord", cookie_set="Instellingen aanpassen", footer_legal=["Colofon", "Privacy", "Cookiebeleid", "Algemene voorwaarden", "Klantenservice", "Adverteren", "Vacatures", "Tips? Mail de redactie"]),
    "nl-BE": dict(ad="Advertentie", rel="Lees ook", read="Lees ook:", share="Deel dit artikel", audio="Lees voor",
                  comments="Reacties", home="Home", tohome="Naar de homepage", rank="Meest gelezen", more="Meer nieuws",
                  login="Aanmelden", abo="Abonneer", epaper="Krant", topics="Meer over", ticker="Net binnen", nl_btn="Inschrijven",
                  cmt_ph="Reageer op dit artikel …", cmt_btn="Verzenden", cmt_more="Toon alle reacties", like="Vind ik leuk",
                  reply="Antwoorden", photo="Foto", read_time="Leestijd", min="min.",
                  cookie="Wij gebruiken cookies om je een betere surfervaring te bieden, het verkeer te analyseren en gepersonaliseerde advertenties te tonen.",
                  cookie_ok="Alles aanvaarden", cookie_set="Voorkeuren", footer_legal=["Over ons", "Privacyverklaring", "Cookieverklaring", "Gebruiksvoorwaarden", "Klantendienst", "Adverteren", "Jobs", "Contact"]),
    "lb-LU": dict(ad="Reklamm", rel="Liest och", read="Liest och:", share="Deelen", audio="Artikel nolauschteren",
                  comments="Kommentaren", home="Startsäit", tohome="Zréck op d’Startsäit", rank="Am meeschte gelies", more="Méi Artikelen",
                  login="Aloggen", abo="Abonnéieren", epaper="E-Paper", topics="Themen", ticker="Live", nl_btn="Aschreiwen",
                  cmt_ph="Schreift e Kommentar …", cmt_btn="Schécken", cmt_more="Méi Kommentaren", like="Gefält mer",
                  reply="Äntweren", photo="Foto", read_time="Liesdauer", min="Min.",
                  cookie="Mir an eis Partner benotzen Cookien, fir Inhalter a Reklammen ze personaliséieren an den Traffic op eisem Site ze analyséieren.",
                  cookie_ok="Alles akzeptéieren", cookie_set="Astellungen", footer_legal=["Impressum", "Dateschutz", "Cookien", "Kontakt", "Reklamm", "Jobs"]),
}

MARK = re.compile(r"\[\[([A-Z]+)(?:\|(.*))?\]\]", re.S)


def words(p):
    return {**W[p["loc"]], **p.get("w", {})}


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
    s = plain(t).lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("é", "e"), ("è", "e"), ("ë", "e"), ("’", "")):
        s = s.replace(a, b)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:50].strip("-") if len(s) > 2 else slug(t)


def link(t, base="", cls=""):
    return '<a%s href="%s/%s/">%s</a>' % (' class="%s"' % cls if cls else "", base, sl(t), t)


def links(items, base="", sep=" "):
    return sep.join(link(t, base) for t in items)


def lis(items, base="", li=""):
    return "".join('<li%s>%s</li>' % (' class="%s"' % li if li else "", link(t, base)) for t in items)


def story_href(p, t, base=None):
    return "https://%s/%s/%s-%s" % (p["domain"], base or p.get("secpath", "news"), sl(t), hexid(p["url"] + plain(t), 6))


def teaser(p, item, base=None, kcls="teaser__kicker", hcls="teaser__title", badge=""):
    """A teaser link: item is a headline or (kicker, headline) or (kicker, headline, plus)."""
    if isinstance(item, (list, tuple)):
        k, t = item[0], item[1]
        plus = item[2] if len(item) > 2 else False
        if plus and badge:  # the kicker of a paid teaser is the site's badge
            return ('<a class="teaser teaser--plus" href="%s"><span class="plus-badge">%s</span> <span class="%s">%s</span></a>'
                    % (story_href(p, t, base), badge, hcls, t))
        return ('<a class="teaser" href="%s"><span class="%s">%s</span> <span class="%s">%s</span></a>'
                % (story_href(p, t, base), kcls, k, hcls, t))
    return '<a class="teaser" href="%s"><span class="%s">%s</span></a>' % (story_href(p, item, base), hcls, item)


def teasers(p, items, li="", base=None, badge=""):
    return "".join('<li%s>%s</li>' % (' class="%s"' % li if li else "", teaser(p, t, base, badge=badge)) for t in items)


def ranking(p, items, cls="most-read", badge=""):
    return '<ol class="%s">%s</ol>' % (cls, "".join('<li><span class="rank-no">%d</span>%s</li>' % (i + 1, teaser(p, t, badge=badge)) for i, t in enumerate(items)))


def menu(groups, cls="main-nav", sub_cls="sub-nav"):
    """A menu of sections, each with its sub-menu: groups is a list of (label, [sub, …])."""
    out = []
    for g in groups:
        label, subs = (g, []) if isinstance(g, str) else g
        out.append('<li class="nav-item">%s%s</li>' % (link(label, "", "nav-link"),
                                                       '<ul class="%s">%s</ul>' % (sub_cls, lis(subs, "/" + sl(label))) if subs else ""))
    return '<nav class="%s" aria-label="Hauptnavigation"><ul>%s</ul></nav>' % (cls, "".join(out))


def share_bar(p, w, cls="share-bar", names=None, label=True):
    names = names or ["Facebook", "X", "WhatsApp", "LinkedIn", "E-Mail", "Link kopieren"]
    return '<div class="%s">%s%s</div>' % (cls, '<span class="share-label">%s</span>' % w["share"] if label else "",
                                           "".join('<a class="share-%s" href="#share-%d" rel="nofollow noopener">%s</a>' % (re.sub(r"[^a-z0-9]+", "-", n.lower()).strip("-"), i, n) for i, n in enumerate(names)))


def audio(p, w, cls="audio-player"):
    if not p.get("audio"):
        return ""
    return ('<div class="%s" data-src="https://audio.%s/tts/%s.mp3"><button type="button" class="audio-play">%s</button>'
            '<span class="audio-time">%s</span><span class="audio-note">%s</span></div>\n'
            % (cls, p["domain"], hexid(p["url"], 8), w["audio"], p["audio"], p.get("audio_note", "")))


def consent(p, w):
    return ('<div id="cmp-consent" class="cmp-banner" role="dialog" aria-modal="true"><p class="cmp-text">%s</p>'
            '<button class="cmp-accept">%s</button> <button class="cmp-settings">%s</button></div>\n'
            % (p.get("cookie", w["cookie"]), w["cookie_ok"], w["cookie_set"]))


def comments_html(p, w, cls="comments"):
    """A comment section: p["comments"] is a list of (user, when, text, likes)."""
    if not p.get("comments"):
        return ""
    items = "".join('<li class="%s__item"><div class="%s__meta"><b class="%s__user">%s</b> <span class="%s__time">%s</span></div>'
                    '<p class="%s__text">%s</p><div class="%s__actions"><button>%s (%s)</button> <button>%s</button></div></li>'
                    % (cls, cls, cls, u, cls, t, cls, x, cls, w["like"], lk, w["reply"]) for u, t, x, lk in p["comments"])
    return ('<section class="%s" id="kommentare"><h2 class="%s__title">%s <span class="%s__count">(%s)</span></h2>'
            '<div class="%s__form"><textarea placeholder="%s"></textarea><button>%s</button></div><ul class="%s__list">%s</ul>'
            '<button class="%s__more">%s</button></section>\n'
            % (cls, cls, w["comments"], cls, p.get("comment_count", len(p["comments"])), cls, w["cmt_ph"], w["cmt_btn"], cls, items, cls, w["cmt_more"]))


def imgsrc(p, name, w=1200, h=675):
    return "https://img.%s/%s/%s_%dx%d.jpg" % (p["domain"], p["pub"][:7].replace("-", "/"), hexid(name, 8), w, h)


def page_head(p, fmt):
    """meta: full (Open Graph + JSON-LD), og (Open Graph only; article:published_time unless
    meta_pub=False), ld (JSON-LD and og:url only), min (title, canonical and og:url only)."""
    m = p.get("meta", "full")
    extra = p.get("head_extra", "")
    fmt = p.get("title_fmt", fmt)

    def ldo():
        o = article_ld(p)
        if o is not None and p.get("ld_extra"):
            o.update(p["ld_extra"])
        return o
    if m == "full":
        return head(p, ld_obj=ldo(), fmt=fmt, extra=extra)
    if m == "og":
        return head(p, ld_obj=None, fmt=fmt, extra=extra)
    parts = ['<meta charset="utf-8">', title_tag(p, fmt), '<meta name="viewport" content="width=device-width, initial-scale=1">', canonical(p),
             '<meta property="og:url" content="%s">' % p["url"], '<meta property="og:title" content="%s">' % attr(p.get("og_title", p["h1"]))]
    if m == "ld":
        parts.append(ld(ldo()))
    if extra:
        parts.append(extra)
    return "\n".join(parts)


def html_open(p, fmt, body_cls, lang_attr=None):
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n<link rel="stylesheet" href="https://static.%s/assets/main.%s.css">\n'
            '<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"article","section":"%s","articleId":"%s","paywall":%s});</script>\n'
            '<script async src="https://static.%s/assets/app.%s.js"></script>\n</head>\n<body class="%s">\n'
            % (lang_attr or p.get("html_lang", p["loc"]), page_head(p, fmt), p["domain"], hexid(p["domain"], 8), p.get("secpath", "news"),
               hexid(p["url"], 8), "true" if p.get("plus") else "false", p["domain"], hexid(p["site"], 8), body_cls))


def render_body(p, w, open_tag, close_tag, para=None, split_between=None, sub="h2", per_block=False, cls=None):
    """The body HTML from p["body"]. Containers are opened with open_tag; inserts are rendered with
    the skin's words w, and the furniture nested in the containers is added to p["exclude"]. With
    per_block, every text block is a container of its own and furniture sits between them."""
    cls = cls or {}
    para = para or (lambda a: "<p>%s</p>" % a)
    n = [0]

    def uid():
        n[0] += 1
        return hexid(p["url"] + str(n[0]), 6)

    def fur(sel):
        if not per_block:
            excl(p, sel)

    out = [] if per_block else [open_tag]
    for name, a in blocks(p["body"]):
        text = None
        f = None
        if name == "p":
            text = para(a)
        elif name == "TEXT":
            text = para(a[0])
        elif name == "Q":
            text = '<p class="%s"><strong>%s</strong></p>' % (cls.get("q", "question"), a[0])
        elif name == "H":
            text = '<%s class="%s">%s</%s>' % (sub, cls.get("h", "subheadline"), a[0], sub)
        elif name == "LIST":
            text = '<ul class="%s">%s</ul>' % (cls.get("ul", "list"), "".join("<li>%s</li>" % x for x in a))
        elif name == "OL":
            text = '<ol class="%s">%s</ol>' % (cls.get("ul", "list"), "".join("<li>%s</li>" % x for x in a))
        elif name == "QUOTE":
            text = '<blockquote class="%s"><p>%s</p></blockquote>' % (cls.get("quote", "quote"), a[0])
        elif name == "AD":
            c = cls.get("ad", "ad-slot")
            fur("div." + c + "*")
            f = '<div class="%s" data-ad-slot="content_%s"><span class="ad-label">%s</span><div id="ad-%s"></div></div>' % (c, uid(), w["ad"], uid())
        elif name == "REL":
            c = cls.get("rel", "related-box")
            fur("aside." + c + "*")
            f = '<aside class="%s"><h3 class="%s__title">%s</h3><ul>%s</ul></aside>' % (c, c, w["rel"], teasers(p, a, badge=p.get("badge_word", "")))
        elif name == "READ":
            c = cls.get("read", "read-also")
            fur("p." + c + "*")
            f = '<p class="%s"><strong>%s</strong> %s</p>' % (c, w["read"], teaser(p, a[0]))
        elif name == "PHOTO":
            c = cls.get("fig", "inline-figure")
            fur("figure." + c + "*")
            f = ('<figure class="%s"><img src="%s" alt="" loading="lazy"><figcaption>%s</figcaption></figure>'
                 % (c, imgsrc(p, a[0], 800, 533), a[0]))
        elif name == "NEWS":
            c = cls.get("news", "newsletter-box")
            fur("div." + c + "*")
            f = ('<div class="%s"><p class="%s__text">%s</p><form><input type="email" placeholder="E-Mail"><button>%s</button></form></div>'
                 % (c, c, a[0], w["nl_btn"]))
        elif name == "CREDIT":
            c = cls.get("credit", "article-credit")
            fur("p." + c + "*")
            f = '<p class="%s">%s</p>' % (c, a[0])
        elif name == "NOTE":
            c = cls.get("note", "author-note")
            fur("p." + c + "*")
            f = '<p class="%s"><em>%s</em></p>' % (c, a[0])
        elif name == "PROMO":
            c = cls.get("promo", "promo-box")
            fur("div." + c + "*")
            f = '<div class="%s"><a href="https://%s/abo/?utm_source=article_%s">%s</a></div>' % (c, p["domain"], uid(), a[0])
        elif name == "SPLIT":
            if per_block:
                raise ValueError("SPLIT in per_block body")
            between = split_between(p, uid()) if split_between else ""
            out.append(close_tag + between + open_tag)
            continue
        else:
            raise ValueError(name)
        if per_block:
            out.append(open_tag + text + close_tag if text is not None else f)
        else:
            out.append(text if text is not None else f)
    if not per_block:
        out.append(close_tag)
    return "\n".join(out)


def finish(html):
    """Sub-domains (static., login., img., …) of a www. host are built on the bare host."""
    return re.sub(r"://([a-z0-9-]+)\.www\.", r"://\1.", html)


def _ty(v):
    if isinstance(v, str):
        return v.replace("'", "’")
    if isinstance(v, list):
        return [_ty(x) for x in v]
    if isinstance(v, tuple):
        return tuple(_ty(x) for x in v)
    return v


def typo(pages):
    """Straight apostrophes in the written fields become typographic ones, as the sites print them
    (no field holds an attribute quoted with apostrophes)."""
    for p in pages:
        for k, v in list(p.items()):
            if k not in ("url", "domain", "pub", "mod", "ld_date", "meta_date", "case"):
                p[k] = _ty(v)
    return pages
