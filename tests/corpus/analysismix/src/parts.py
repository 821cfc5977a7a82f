"""Pieces the analysismix skeletons share: <head> variants and furniture blocks (cookie banners, share bars, teaser
boxes, the sidebar box of opinion teasers, comments, newsletter boxes, bios, footers). Kept out of skins.py because
probe_make takes every public function of a skin module as a skin."""
from kit import article_ld, attr, canonical, head, href, img, ld, nav, slug, title_tag
from words import FOOTER_NAV, words

CSS = ("<style>body{margin:0;font:17px/1.6 Georgia,serif;color:#1b1b1b}a{color:inherit;text-decoration:none}"
       "nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:16px}.layout{max-width:1180px;margin:0 auto;display:flex;gap:36px}"
       "main,.col-main{flex:1 1 720px}aside,.col-side{flex:0 0 300px;font-size:15px}h1{font-size:2.3rem;line-height:1.15;margin:.4em 0}"
       ".kicker{text-transform:uppercase;letter-spacing:.06em;font:700 13px/1 Arial,sans-serif;color:#a3001b}"
       ".byline,.meta{font:14px/1.4 Arial,sans-serif;color:#555}.cookie{position:fixed;bottom:0;left:0;right:0;background:#fff;padding:12px 18px;"
       "box-shadow:0 -2px 10px rgba(0,0,0,.25);z-index:99}figure{margin:0 0 18px}figcaption{font-size:13px;color:#666}"
       ".box{border-top:3px solid #1b1b1b;margin:0 0 24px}.box h3{font:700 14px/2 Arial,sans-serif;text-transform:uppercase}"
       "footer{border-top:1px solid #ddd;font-size:13px;color:#555;padding:20px}.verdict{border:2px solid #1b1b1b;padding:12px 16px}"
       ".qa-q{font-weight:700}</style>")


def page_head(p, fmt="%s | %s"):
    """meta: full (Open Graph and JSON-LD), og (Open Graph only), min (title, canonical and og:url only)."""
    m = p.get("meta", "full")
    if m == "full":
        obj = article_ld(p, extra=p.get("ld_extra"))
        return head(p, ld_obj=obj, fmt=fmt, extra=CSS + p.get("head_extra", ""))
    if m == "og":
        return head(p, ld_obj=None, fmt=fmt, extra=CSS + p.get("head_extra", ""))
    return "\n".join(['<meta charset="utf-8">', title_tag(p, fmt), '<meta name="viewport" content="width=device-width, initial-scale=1">',
                      canonical(p), '<meta property="og:url" content="%s">' % p["url"], CSS])


def html_open(p, fmt="%s | %s", body_cls="article"):
    d = ' dir="rtl"' if p["lang"] in ("ar", "fa") else ""
    return '<!DOCTYPE html>\n<html lang="%s"%s>\n<head>\n%s\n</head>\n<body class="%s">\n' % (p["lang"], d, page_head(p, fmt), body_cls)


def cookie(p, cls="cookie"):
    if not p.get("cookie"):
        return ""
    w = words(p)
    return ('<div id="consent" class="%s" role="dialog"><p>%s</p><button class="accept">%s</button> <button class="prefs">%s</button></div>\n'
            % (cls, p["cookie"], w["cookie_ok"], w["cookie_set"]))


def menu(p, cls="site-nav"):
    return '<nav class="%s" aria-label="Sections">%s</nav>\n' % (cls, nav(p["nav"], cls + "__list"))


def teasers(p, items, base="news"):
    """<li> teasers; an item is a headline or a (label, headline) pair."""
    out = []
    for it in items:
        if isinstance(it, tuple):
            lab, h = it
            out.append('<li class="teaser"><span class="teaser__label">%s</span> <a href="%s">%s</a></li>' % (lab, href(p, h, base), h))
        else:
            out.append('<li class="teaser"><a href="%s">%s</a></li>' % (href(p, it, base), it))
    return "".join(out)


def sidebar(p, cls="box"):
    """Most read, then the opinion box (p["op_box"] = (heading, items)), then an ad slot."""
    w = words(p)
    out = ""
    if p.get("most"):
        out += '<section class="%s %s--most"><h3>%s</h3><ol>%s</ol></section>\n' % (cls, cls, w["most_read"], teasers(p, p["most"]))
    if p.get("op_box"):
        h, items = p["op_box"]
        out += '<section class="%s %s--opinion"><h3>%s</h3><ul>%s</ul></section>\n' % (cls, cls, h, teasers(p, items, p.get("op_base", "opinion")))
    out += '<div class="ad-slot" data-slot="rail-%s"><span class="ad-label">%s</span></div>\n' % (slug(p["case"]), w["ad"])
    return out


def related(p, cls="related"):
    if not p.get("related"):
        return ""
    return '<section class="%s"><h2>%s</h2><ul>%s</ul></section>\n' % (cls, p.get("related_h", words(p)["related"]), teasers(p, p["related"]))


def share(p, cls="share"):
    return ('<div class="%s"><span>%s</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">E-mail</a></div>\n'
            % (cls, words(p)["share"]))


def figure(p, cls="lead-media"):
    if not p.get("caption"):
        return ""
    return '<figure class="%s">%s<figcaption>%s</figcaption></figure>\n' % (cls, img(p, p["url"]), p["caption"])


def tags(p, cls="tags"):
    if not p.get("tags"):
        return ""
    return '<div class="%s"><span>%s</span> %s</div>\n' % (cls, words(p)["tags"], " ".join('<a href="/tag/%s/">%s</a>' % (slug(t), t) for t in p["tags"]))


def bio(p, cls="author-card"):
    """An author card after the text (p["card"]); a bio line inside the body is written in the body itself."""
    if not p.get("card"):
        return ""
    w = words(p)
    return '<div class="%s"><p class="%s__text">%s</p><a href="/author/%s/">%s</a></div>\n' % (cls, cls, p["card"], slug(p["case"]), w["more_from"])


def comments(p, cls="comments"):
    if not p.get("comments"):
        return ""
    w = words(p)
    items = "".join('<li><div class="%s__meta"><b>%s</b> <span>%s</span></div><p>%s</p></li>' % (cls, n, d, t) for n, d, t in p["comments"])
    return ('<section id="comments" class="%s"><h2>%s (%d)</h2><ol>%s</ol><form><textarea name="c"></textarea><button>%s</button></form></section>\n'
            % (cls, w["comments"], len(p["comments"]), items, w["comment_btn"]))


def newsletter(p, cls="newsletter"):
    if not p.get("newsletter"):
        return ""
    w = words(p)
    return ('<div class="%s"><p>%s</p><form action="/newsletter" method="post"><input type="email" placeholder="%s"><button type="submit">%s</button></form></div>\n'
            % (cls, p["newsletter"], w["email"], w["nl_btn"]))


def footer(p, cls="site-footer"):
    return '<footer class="%s">%s<p>%s</p></footer>\n' % (cls, nav(p.get("footer_nav", FOOTER_NAV[p["lang"]])), p["footer"])


def byline(p):
    return p.get("byline_html", p["byline_text"] or "")


def kicker(p, cls="kicker"):
    return '<p class="%s"><a href="/%s/">%s</a></p>\n' % (cls, slug(p["kicker"]), p["kicker"]) if p.get("kicker") else ""


def deck(p, tag="p", cls="standfirst"):
    return '<%s class="%s">%s</%s>\n' % (tag, cls, p["deck"], tag) if p.get("deck") else ""


def fix(s):
    """Straight apostrophes in the hand-written text become typographic ones (snippets may not hold characters HTML escapes)."""
    return s.replace("'", "’")
