"""Helpers the bylinemix skeletons share (on top of ../../probekit/kit.py): the body mini-language,
author links and boxes, menus, most-read lists, footers, JSON-LD with the page's quirks."""
import re
import unicodedata

from kit import article_ld, attr, plain, slug

MARK = re.compile(r"\[\[([A-Z]+)(?:\|(.*))?\]\]", re.S)


def blocks(body):
    """The body text as blocks: ("p", html) for a paragraph, (NAME, [args]) for an insert on its own
    line: [[AD]], [[ALSO|headline|…]], [[PHOTO|caption]], [[NEWS]] (newsletter box), [[H|subheading]],
    [[CREDIT|html]] (a credit, byline, bio or reporting line printed as a paragraph of the body)."""
    out = []
    for chunk in re.split(r"\n\s*\n", body.strip()):
        chunk = chunk.strip()
        m = MARK.fullmatch(chunk)
        if m:
            out.append((m.group(1), m.group(2).split("|") if m.group(2) else []))
        else:
            out.append(("p", chunk))
    return out


def sl(t):
    """A URL slug: ASCII words where there are any (accents folded), otherwise a number."""
    s = unicodedata.normalize("NFKD", plain(t)).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:48].strip("-") if len(s) > 2 else slug(t)


def excl(p, *sels):
    p["exclude"] = list(dict.fromkeys(p.get("exclude", []) + list(sels)))


def credit_sel(p, html, tag="p"):
    """The exclude selector of a credit paragraph: its tag and the first words of its text."""
    t = re.sub(r"\s+", " ", plain(html)).strip()
    words = t.split(" ")
    prefix = " ".join(words[:3]) if len(words) > 2 else t[:12]
    excl(p, "%s^%s*" % (tag, prefix))


def dirattr(p):
    return ' dir="rtl"' if p["lang"] in ("ar", "fa", "he", "ur") else ""


def img(p, name, w=1200, h=675, cls=""):
    return '<img%s src="https://img.%s/%s/%s_%dx%d.jpg" alt="" width="%d" height="%d" loading="lazy">' % (
        ' class="%s"' % cls if cls else "", p["domain"], p["pub"][:7].replace("-", "/"), slug(name), w, h, w, h)


def link(t, base="", cls=""):
    return '<a%s href="%s/%s/">%s</a>' % (' class="%s"' % cls if cls else "", base, sl(t), t)


def lis(items, base="", li=""):
    return "".join('<li%s>%s</li>' % (' class="%s"' % li if li else "", link(t, base)) for t in items)


def story_href(p, t):
    return "/%s/%s/%s-%s.html" % (p.get("secpath", "news"), p["pub"][:4], sl(t)[:36].strip("-"), slug(t))


def story_lis(p, items, li=""):
    return "".join('<li%s><a href="%s">%s</a></li>' % (' class="%s"' % li if li else "", story_href(p, t), t) for t in items)


def numbered(p, items, cls="most-read__list"):
    return '<ol class="%s">%s</ol>' % (cls, "".join(
        '<li><span class="rank">%d</span><a href="%s">%s</a></li>' % (i + 1, story_href(p, t), t) for i, t in enumerate(items)))


def nav(p, cls="site-nav"):
    w = p["w"]
    out = []
    for s in w["sections"]:
        sub = w.get("subs", {}).get(s, [])
        inner = '<ul class="sub">%s</ul>' % lis(sub, "/" + sl(s)) if sub else ""
        out.append('<li class="nav-item">%s%s</li>' % (link(s), inner))
    return '<nav class="%s"><ul>%s</ul></nav>' % (cls, "".join(out))


def footer(p, cls="site-footer"):
    w = p["w"]
    return ('<footer class="%s"><div class="footer-sections"><ul>%s</ul></div><div class="footer-service"><ul>%s</ul></div>'
            '<div class="footer-social"><a href="https://social.example/%s">Facebook</a> <a href="https://x.example/%s">X</a> <a href="https://video.example/@%s">YouTube</a> <a href="/rss/">RSS</a></div>'
            '<p class="copyright">© 2026 %s. %s</p></footer>' % (cls, lis(w["sections"], ""), lis(w["service"], "/info"), sl(p["site"]), sl(p["site"]), sl(p["site"]), p["site"], w["rights"]))


def share(p, cls="share-bar"):
    u = p["url"]
    return ('<div class="%s"><span class="share-label">%s</span><a class="share-fb" href="https://social.example/share?u=%s">Facebook</a>'
            '<a class="share-x" href="https://x.example/intent?url=%s">X</a><a class="share-wa" href="https://wa.example/send?text=%s">WhatsApp</a>'
            '<a class="share-mail" href="mailto:?subject=%s">E-mail</a><button class="copy-link">%s</button></div>' % (cls, p["w"]["share"], u, u, u, attr(p["h1"])[:30], p["w"]["copy"]))


def newsletter(p, cls="newsletter-box"):
    w = p["w"]
    return ('<section class="%s"><h3>%s</h3><p>%s</p><form action="/newsletter/subscribe" method="post"><input type="email" name="email" placeholder="E-mail">'
            '<button type="submit">%s</button></form></section>' % (cls, w["nl_title"], p.get("nl_text", w["nl_text"]), w["nl_button"]))


def author_href(p, name):
    return "/%s/%s/" % (p.get("author_path", "author"), sl(name))


def alink(p, name, shown=None):
    """A link to a person's author page (the shown text may be in capitals or carry a role)."""
    return '<a class="author-link" href="%s" rel="author">%s</a>' % (author_href(p, name), shown or name)


def author_box(p, cls="author-box"):
    """The box under the article: one entry per (name, role, bio) in p["box"]."""
    if not p.get("box"):
        return ""
    w = p["w"]
    items = "".join('<div class="%s__item">%s<div class="%s__text"><a class="%s__name" href="%s">%s</a>%s%s</div></div>'
                    % (cls, img(p, name, 96, 96, cls + "__photo"), cls, cls, author_href(p, plain(name)), name,
                       '<span class="%s__role">%s</span>' % (cls, role) if role else "", '<p class="%s__bio">%s</p>' % (cls, bio) if bio else "")
                    for name, role, bio in p["box"])
    return '<aside class="%s"><h3 class="%s__label">%s</h3>%s</aside>' % (cls, cls, w["about"], items)


def ld_of(p):
    """The page's JSON-LD article object, with p["ld_extra"] merged in (an author as a bare string,
    an organisation as author, a dateModified only...)."""
    o = article_ld(p, typ=p.get("ld_type"))
    if o is not None and p.get("ld_extra"):
        o.update(p["ld_extra"])
    return o
