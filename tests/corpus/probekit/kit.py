"""Helpers shared by the platform skeletons (skins_*.py) and make.py."""
import json
import re
import zlib


def slug(s):
    return "%05d" % (zlib.crc32(s.encode()) % 100000)


def hexid(s, n=4):
    return "%08x" % zlib.crc32(s.encode()) if n >= 8 else ("%08x" % zlib.crc32(s.encode()))[:n]


def uuid(s):
    h = "%08x%08x%08x%08x" % tuple(zlib.crc32((s + str(i)).encode()) for i in range(4))
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])


def plain(s):
    s = re.sub(r"<[^>]+>", "", s or "")
    return s.replace("⟦", "").replace("⟧", "").replace("⟪", "").replace("⟫", "")


def attr(s):
    return plain(s).replace("&", "&amp;").replace('"', "&quot;")


def path_of(p, text, base=None):
    """A site-relative link for a teaser headline."""
    base = base if base is not None else p.get("secpath", "blog")
    return "/%s/%s-%s" % (base, re.sub(r"[^a-z0-9]+", "-", plain(text).lower())[:40].strip("-") or "post", slug(text))


def deco(html, tag, attrs):
    """Adds attributes to every bare <tag> (a tag written without attributes). attrs: str or f(i)."""
    n = [0]

    def rep(m):
        a = attrs(n[0]) if callable(attrs) else attrs
        n[0] += 1
        return "<%s %s>" % (tag, a)
    return re.sub(r"<%s>" % tag, rep, html)


def ld(obj, cls=None):
    c = ' class="%s"' % cls if cls else ""
    return '<script type="application/ld+json"%s>%s</script>' % (c, json.dumps(obj, ensure_ascii=False))


def person_list(p):
    out = []
    for a in p.get("ld_authors", []):
        if a.startswith("org:"):
            out.append({"@type": "Organization", "name": a[4:]})
        else:
            out.append({"@type": "Person", "name": a})
    return out


def article_ld(p, typ=None, extra=None, author_single=False):
    """A schema.org article object from the page's fields (None when the page has none)."""
    if not p.get("ld", True):
        return None
    o = {"@context": "https://schema.org", "@type": typ or p.get("ld_type", "Article"),
         "mainEntityOfPage": {"@type": "WebPage", "@id": p["url"]},
         "headline": p.get("ld_headline", plain(p.get("og_title", p["h1"]))),
         "image": ["https://%s/images/%s.jpg" % (p["domain"], slug(p["url"]))]}
    if p.get("ld_pub", True):
        o["datePublished"] = p.get("ld_date", p["pub"])
        o["dateModified"] = p.get("ld_mod", p.get("mod", p.get("ld_date", p["pub"])))
    if p.get("ld_authors"):
        al = person_list(p)
        o["author"] = al[0] if author_single and len(al) == 1 else al
    if p.get("ld_section"):
        o["articleSection"] = p["ld_section"]
    o["publisher"] = {"@type": "Organization", "name": p["site"],
                      "logo": {"@type": "ImageObject", "url": "https://%s/logo.png" % p["domain"]}}
    if extra:
        o.update(extra)
    return o


def og_tags(p, typ="article", rh=False, prefix=True, image=True):
    """Open Graph tags; article:published_time only when meta_pub (default True)."""
    r = ' data-rh="true"' if rh else ""
    og_title = attr(p.get("og_title", p["h1"]))
    desc = attr(p.get("desc", plain(p.get("deck", "")) or og_title))
    m = ['<meta%s property="og:site_name" content="%s">' % (r, attr(p["site"])),
         '<meta%s property="og:type" content="%s">' % (r, typ),
         '<meta%s property="og:title" content="%s">' % (r, og_title),
         '<meta%s property="og:description" content="%s">' % (r, desc),
         '<meta%s property="og:url" content="%s">' % (r, p["url"])]
    if image:
        m.append('<meta%s property="og:image" content="https://%s/images/%s-1200.jpg">' % (r, p["domain"], slug(p["url"])))
    if p.get("meta_pub", True):
        m.append('<meta%s property="article:published_time" content="%s">' % (r, p.get("meta_date", p["pub"])))
        if p.get("mod"):
            m.append('<meta%s property="article:modified_time" content="%s">' % (r, p["mod"]))
    if p.get("meta_section"):
        m.append('<meta%s property="article:section" content="%s">' % (r, attr(p["meta_section"])))
    for t in p.get("meta_tags", []):
        m.append('<meta%s property="article:tag" content="%s">' % (r, attr(t)))
    if p.get("meta_author"):
        m.append('<meta%s name="author" content="%s">' % (r, attr(p["meta_author"])))
    m.append('<meta%s name="twitter:card" content="summary_large_image">' % r)
    m.append('<meta%s name="twitter:title" content="%s">' % (r, og_title))
    return "\n".join(m)


def desc(p):
    return attr(p.get("desc", plain(p.get("deck", "")) or plain(p.get("og_title", p["h1"]))))


def title_tag(p, fmt="%s - %s"):
    return "<title>%s</title>" % p.get("title_tag", fmt % (plain(p["h1"]), p["site"]))


def canonical(p):
    return '<link rel="canonical" href="%s">' % p["url"]


def lis(items, li="", a="", base_p=None, hrefs=None):
    """<li><a> list of teaser/menu items."""
    out = []
    for i, t in enumerate(items):
        h = hrefs[i] if hrefs else ("/" + slug(t) + "/")
        out.append('<li%s><a%s href="%s">%s</a></li>' % (' class="%s"' % li if li else "", ' class="%s"' % a if a else "", h, t))
    return "".join(out)


def img(p, name, w=1200, h=675, cls=None, alt=""):
    c = ' class="%s"' % cls if cls else ""
    return '<img%s src="https://%s/media/%s-%dx%d.jpg" alt="%s" width="%d" height="%d" loading="lazy">' % (c, p["domain"], slug(name), w, h, attr(alt), w, h)


def head(p, ld_obj="auto", extra="", fmt="%s | %s", og_type="article", viewport=True):
    """A usual <head> body: charset, title, description, canonical, Open Graph, JSON-LD."""
    parts = ['<meta charset="utf-8">', title_tag(p, fmt)]
    if viewport:
        parts.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    parts += ['<meta name="description" content="%s">' % desc(p), canonical(p), og_tags(p, og_type)]
    if ld_obj == "auto":
        ld_obj = article_ld(p)
    if ld_obj:
        parts.append(ld(ld_obj))
    if extra:
        parts.append(extra)
    return "\n".join(parts)


def nav(items, ul="", li="", a="", base=""):
    """A <ul> menu with slugged links."""
    return '<ul%s>%s</ul>' % (' class="%s"' % ul if ul else "", "".join(
        '<li%s><a%s href="%s/%s/">%s</a></li>' % (' class="%s"' % li if li else "", ' class="%s"' % a if a else "", base,
                                                  re.sub(r"[^a-z0-9]+", "-", plain(t).lower()).strip("-") or slug(t), t) for t in items))


def href(p, text, base="news"):
    """An absolute link on the page's site for a teaser headline."""
    return "https://%s%s" % (p["domain"], path_of(p, text, base))
