"""Helpers the francomix skeletons share (on top of ../../probekit/kit.py): typography, the body
mini-language, <head> variants, menus, teaser rails, share bars, comment sections, cookie banners.
Not skins: probe_make takes every public function of a skin module as a skin, so these live here.

Body mini-language: paragraphs separated by blank lines; an insert is a block of its own,
`[[NAME|arg|arg]]`:

  [[H|subheading]]        a subheading (text)            [[Q|question]]       an interview question (text)
  [[LIST|item|item]]      a bulleted list (text)         [[OL|item|item]]     a numbered list (text)
  [[QUOTE|text]]          a block quote (text)           [[TEXT|text]]        a text line with no snippet
  [[AD]]                  a "Publicité" slot             [[REL|headline]]     a one-line "Lire aussi" link
  [[RELS|h|h]]            a "Sur le même sujet" box      [[PHOTO|caption]]    a photo with caption and credit
  [[PULL|text]]           a pull quote (repeats text)    [[NOTE|text]]        the note on the writer
  [[CREDIT|text]]         an agency credit line          [[NL|text]]          a newsletter prompt
  [[VIDEO|title]]         an embedded video player       [[SPLIT]]            the text continues in a new
                                                                              container after the skin's break
All inserts that are furniture add their selector to the page's `exclude`.
"""
import re

from kit import article_ld, canonical, head, hexid, ld, plain, slug, title_tag

MARK = re.compile(r"\[\[([A-Z]+)(?:\|(.*))?\]\]", re.S)
KEEP = {"url", "domain", "pub", "mod", "meta_date", "ld_date", "ld_mod", "skin", "case", "kind", "lang", "secpath"}


def typo(p):
    """French typography in every text field: straight apostrophes become ’ (snippets may not hold ').
    Every page is in French."""
    p.setdefault("lang", "fr")
    for k, v in list(p.items()):
        if k in KEEP:
            continue
        p[k] = _typo(v)
    return p


def _typo(v):
    if isinstance(v, str):
        parts = re.split(r"(<[^>]+>)", v)
        return "".join(s if i % 2 else s.replace("'", "’") for i, s in enumerate(parts))
    if isinstance(v, list):
        return [_typo(x) for x in v]
    if isinstance(v, tuple):
        return tuple(_typo(x) for x in v)
    if isinstance(v, dict):
        return {k: _typo(x) for k, x in v.items()}
    return v


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
    for a, b in (("àâä", "a"), ("éèêë", "e"), ("îï", "i"), ("ôö", "o"), ("ùûü", "u"), ("ç", "c"), ("œ", "oe"), ("’'", "-")):
        for c in a:
            s = s.replace(c, b)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:60].strip("-") if len(s) > 2 else slug(t)


def link(t, base="", cls=""):
    return '<a%s href="%s/%s/">%s</a>' % (' class="%s"' % cls if cls else "", base, sl(t), t)


def links(items, base="", sep=" "):
    return sep.join(link(t, base) for t in items)


def lis(items, base="", li=""):
    return "".join('<li%s>%s</li>' % (' class="%s"' % li if li else "", link(t, base)) for t in items)


def story_url(p, t, base=None):
    base = base or p.get("secpath", "actualite")
    return "https://%s/%s/%s_%s.html" % (p["domain"], base, sl(t)[:50].strip("-"), slug(t + p["case"]))


def story(p, t, base=None, cls=""):
    return '<a%s href="%s">%s</a>' % (' class="%s"' % cls if cls else "", story_url(p, t, base), t)


def teasers(p, items, li="", kicker_cls="kicker"):
    """<li> teasers; an item is a headline or a (kicker, headline) pair."""
    out = []
    for it in items:
        if isinstance(it, (tuple, list)):
            k, t = it
            out.append('<li%s><span class="%s">%s</span> %s</li>' % (' class="%s"' % li if li else "", kicker_cls, k, story(p, t)))
        else:
            out.append('<li%s>%s</li>' % (' class="%s"' % li if li else "", story(p, it)))
    return "".join(out)


def ranking(p, items, cls="most-read"):
    return '<ol class="%s">%s</ol>' % (cls, "".join('<li><span class="rank">%d</span> %s</li>' % (i + 1, story(p, t)) for i, t in enumerate(items)))


def menu(groups, cls="main-nav", sub_cls="sub-menu"):
    """A menu of sections, each with its sub-menu (a group is a name or a (name, [children]) pair)."""
    out = []
    for g in groups:
        name, kids = (g, []) if isinstance(g, str) else g
        sub = '<ul class="%s">%s</ul>' % (sub_cls, lis(kids, "/" + sl(name))) if kids else ""
        out.append('<li class="menu-item%s">%s%s</li>' % (" has-children" if kids else "", link(name), sub))
    return '<nav class="%s" aria-label="Menu principal"><ul>%s</ul></nav>' % (cls, "".join(out))


def imgsrc(p, name, w=1200, h=675):
    return "https://%s/%s/%s/%s_%dx%d.jpg" % (p.get("img_host", "img." + p["domain"].replace("www.", "")), p["pub"][:4], p["pub"][5:7], slug(name), w, h)


def page_head(p, fmt="%s | %s"):
    """meta: full (Open Graph + JSON-LD), og (Open Graph only; meta_pub=False drops its date),
    ld (JSON-LD and og:url only), min (title, canonical and og:url: no date metadata)."""
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
             '<meta property="og:url" content="%s">' % p["url"]]
    if m == "ld":
        parts.append(ld(ldo()))
    if extra:
        parts.append(extra)
    return "\n".join(parts)


def html_open(p, fmt, body_cls, css):
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n<link rel="stylesheet" href="https://%s/%s.%s.css">\n'
            '<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"article","section":"%s","articleId":"%s"});</script>\n'
            '</head>\n<body class="%s">\n'
            % (p.get("html_lang", "fr-FR"), page_head(p, fmt), p.get("static", "static." + p["domain"].replace("www.", "")), css,
               hexid(p["domain"], 8), p.get("secpath", ""), hexid(p["url"], 8), body_cls))


def render_body(p, w, open_tag, close_tag, para=None, split_between=None, c=None):
    """The body HTML from p["body"]: containers opened with open_tag; inserts rendered with the
    skin's words w and classes c; the furniture nested in the containers is added to p["exclude"]."""
    c = {"ad": "ad-slot", "rel": "read-also", "rels": "related-inline", "photo": "article-figure", "pull": "pullquote",
         "note": "author-note", "credit": "credit-line", "nl": "newsletter-box", "video": "video-embed", "h": "h2", **(c or {})}
    para = para or (lambda a: "<p>%s</p>" % a)
    out = [open_tag]
    n = [0]

    def uid():
        n[0] += 1
        return hexid(p["url"] + str(n[0]), 6)
    for name, a in blocks(p["body"]):
        if name == "p":
            out.append(para(a))
        elif name == "TEXT":
            out.append(para(a[0]))
        elif name == "H":
            out.append('<%s class="%s">%s</%s>' % (c["h"], c.get("h_cls", "article-subtitle"), a[0], c["h"]))
        elif name == "Q":
            out.append(para("<strong>%s</strong>" % a[0]))
        elif name == "LIST":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % x for x in a))
        elif name == "OL":
            out.append("<ol>%s</ol>" % "".join("<li>%s</li>" % x for x in a))
        elif name == "QUOTE":
            out.append("<blockquote><p>%s</p></blockquote>" % a[0])
        elif name == "AD":
            excl(p, "div.%s*" % c["ad"])
            out.append('<div class="%s"><span class="ad-label">%s</span><div id="dfp-%s" data-format="inread" data-lazy="true"></div></div>' % (c["ad"], w["ad"], uid()))
        elif name == "REL":
            excl(p, "p.%s*" % c["rel"])
            out.append('<p class="%s"><span class="read-also__label">%s</span> %s</p>' % (c["rel"], w["rel"], story(p, a[0])))
        elif name == "RELS":
            excl(p, "aside.%s*" % c["rels"])
            out.append('<aside class="%s"><h4>%s</h4><ul>%s</ul></aside>' % (c["rels"], w["rels"], teasers(p, a)))
        elif name == "PHOTO":
            excl(p, "figure.%s*" % c["photo"])
            cap = a[0] + (' <span class="credit">%s</span>' % a[1] if len(a) > 1 else "")
            out.append('<figure class="%s"><img src="%s" alt="" loading="lazy" width="800" height="450"><figcaption>%s</figcaption></figure>' % (c["photo"], imgsrc(p, a[0], 800, 450), cap))
        elif name == "PULL":
            excl(p, "aside.%s*" % c["pull"])
            out.append('<aside class="%s"><p>« %s »</p></aside>' % (c["pull"], a[0]))
        elif name == "NOTE":
            excl(p, "p.%s*" % c["note"])
            out.append('<p class="%s"><em>%s</em></p>' % (c["note"], a[0]))
        elif name == "CREDIT":
            excl(p, "p.%s*" % c["credit"])
            out.append('<p class="%s">%s</p>' % (c["credit"], a[0]))
        elif name == "NL":
            excl(p, "div.%s*" % c["nl"])
            out.append('<div class="%s"><p class="nl-title">%s</p><form action="/newsletters/inscription" method="post"><input type="email" placeholder="%s"><button type="submit">%s</button></form></div>'
                       % (c["nl"], a[0], w["nl_ph"], w["nl_btn"]))
        elif name == "VIDEO":
            excl(p, "div.%s*" % c["video"])
            out.append('<div class="%s"><div class="player" data-video-id="x%s"></div><p class="video-title">%s</p></div>' % (c["video"], uid(), a[0]))
        elif name == "SPLIT":
            between = split_between(p, uid()) if split_between else ""
            out.append(close_tag + between + open_tag)
        else:
            raise ValueError(name)
    out.append(close_tag)
    return "\n".join(out)


def comments_html(p, w, cls="comments"):
    """A comment section: p["comments"] is a list of (user, when, text)."""
    cm = p.get("comments") or []
    items = "".join('<li class="%s__item"><div class="%s__head"><b>%s</b> <span class="%s__date">%s</span></div><p class="%s__text">%s</p>'
                    '<div class="%s__actions"><a href="#reply">%s</a> <a href="#report">%s</a></div></li>' % (cls, cls, u, cls, t, cls, x, cls, w["reply"], w["report"])
                    for u, t, x in cm)
    return ('<section class="%s" id="reactions"><h2>%s <span class="count">(%s)</span></h2><div class="%s__form"><textarea placeholder="%s"></textarea>'
            '<button>%s</button></div><ul>%s</ul>%s</section>\n'
            % (cls, w["comments"], p.get("comment_count", len(cm)), cls, w["cmt_ph"], w["cmt_btn"], items,
               '<a class="%s__more" href="#more">%s</a>' % (cls, w["cmt_more"]) if cm else ""))


def share_bar(names, cls="share-bar", label=""):
    return '<div class="%s">%s%s</div>' % (cls, '<span class="share-label">%s</span>' % label if label else "",
                                           "".join('<a class="share-%s" href="#share-%d" rel="nofollow noopener">%s</a>' % (sl(n), i, n) for i, n in enumerate(names)))


def cookie_banner(text, ok, no, more, cls="cmp-banner"):
    return ('<div id="cmp" class="%s" role="dialog" aria-modal="true"><div class="%s__text">%s</div><div class="%s__buttons">'
            '<button class="cmp-accept">%s</button><button class="cmp-refuse">%s</button><button class="cmp-settings">%s</button></div></div>\n'
            % (cls, cls, text, cls, ok, no, more))


def word_count(body):
    t = re.sub(r"\[\[(AD|REL|RELS|PHOTO|PULL|NOTE|CREDIT|NL|VIDEO|SPLIT)(\|[^\]]*)?\]\]", "", body)
    t = re.sub(r"\[\[[A-Z]+\|?", "", t).replace("]]", " ").replace("|", " ")
    return len(plain(t).split())


PARTNER = ["Cette mutuelle santé fait économiser jusqu’à 300 € par an aux retraités", "Isolation : les aides que peu de propriétaires connaissent",
           "Voici pourquoi tout le monde parle de ce nouveau matelas", "Placements : cinq erreurs à éviter après 50 ans",
           "Ce jeu de stratégie est le plus addictif de l’année", "Pompe à chaleur : combien coûte vraiment l’installation ?",
           "Ces lunettes de vue à petit prix font un carton", "Assurance auto : comparez les offres en deux minutes"]


def partner_box(p, cls="partner-content", title="Contenus sponsorisés"):
    """A recommendation widget of sponsored teasers (an invented vendor), as most sites carry under the text."""
    k = int(hexid(p["case"], 8), 16)
    items = [PARTNER[(k + i * 3) % len(PARTNER)] for i in range(4)]
    return ('<section class="%s"><h2>%s</h2><span class="partner-by">par Recoflux</span><ul>%s</ul></section>\n'
            % (cls, title, "".join('<li><a href="https://clk.recoflux.example/r/%s" rel="sponsored nofollow">%s</a> <span class="partner-src">%s</span></li>'
                                   % (hexid(t + p["case"], 8), t, ["Mutuelle Horizon", "Conseil Habitat", "Dormez Bien", "Patrimoine Avenir", "Jeux Royaume", "Énergie Plus", "Optique Éclat", "Assur Malin"][PARTNER.index(t)]) for t in items)))
