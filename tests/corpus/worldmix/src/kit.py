"""Helpers shared by the page skeletons (skins.py) and make.py."""
import json
import re
import zlib


def slug(s, n=6):
    return "%05d" % (zlib.crc32(s.encode()) % 100000)


def href(p, text, sec=None):
    base = sec or p.get("secpath", "news")
    return "/%s/%s-%s" % (base, "2026", slug(text))


def links(p, items, li_cls="", a_cls="", sec=None, extra=""):
    out = []
    for t in items:
        li = ' class="%s"' % li_cls if li_cls else ""
        a = ' class="%s"' % a_cls if a_cls else ""
        out.append('<li%s><a%s href="%s">%s</a>%s</li>' % (li, a, href(p, t, sec), t, extra))
    return "".join(out)


def navlinks(p, items, li_cls="menu-item", sec=None):
    out = []
    for t in items:
        out.append('<li class="%s"><a href="/%s/">%s</a></li>' % (li_cls, slug(t), t))
    return "".join(out)


# --------------------------------------------------------------------------- head

def head(p, css="/assets/css/style.min.css", js="/assets/js/app.min.js"):
    h1 = plain(p["h1"])
    title_tag = p.get("title_tag", "%s - %s" % (h1, p["site"]))
    og_title = p.get("og_title", h1)
    desc = p.get("desc", plain(p.get("deck", "")) or og_title)
    m = ['<meta charset="utf-8">',
         '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         "<title>%s</title>" % title_tag,
         '<meta name="description" content="%s">' % attr(desc),
         '<meta name="robots" content="index, follow, max-image-preview:large">',
         '<link rel="canonical" href="%s">' % p["url"]]
    if p.get("amp", True):
        m.append('<link rel="amphtml" href="%s">' % (p["url"].rstrip("/") + "/amp"))
    m += ['<meta property="og:locale" content="%s">' % p.get("locale", p["lang"]),
          '<meta property="og:type" content="article">',
          '<meta property="og:title" content="%s">' % attr(og_title),
          '<meta property="og:description" content="%s">' % attr(desc),
          '<meta property="og:url" content="%s">' % p["url"],
          '<meta property="og:site_name" content="%s">' % attr(p["site"]),
          '<meta property="og:image" content="https://%s/uploads/2026/%s.jpg">' % (p["domain"], slug(h1))]
    if p.get("meta_pub", True):
        m.append('<meta property="article:published_time" content="%s">' % p["pub"])
        if p.get("mod"):
            m.append('<meta property="article:modified_time" content="%s">' % p["mod"])
    if p.get("meta_section"):
        m.append('<meta property="article:section" content="%s">' % attr(p["meta_section"]))
    for t in p.get("meta_tags", []):
        m.append('<meta property="article:tag" content="%s">' % attr(t))
    if p.get("meta_author"):
        m.append('<meta name="author" content="%s">' % attr(p["meta_author"]))
    m.append('<meta name="twitter:card" content="summary_large_image">')
    m.append('<meta name="twitter:title" content="%s">' % attr(og_title))
    m.append('<link rel="stylesheet" href="%s" media="all">' % css)
    m.append('<link rel="preconnect" href="https://securepubads.g.doubleclick.example">')
    if p.get("ld", True):
        ld = {"@context": "https://schema.org", "@type": p.get("ld_type", "NewsArticle"),
              "mainEntityOfPage": {"@type": "WebPage", "@id": p["url"]},
              "headline": p.get("ld_headline", og_title),
              "image": ["https://%s/uploads/2026/%s.jpg" % (p["domain"], slug(h1))],
              "inLanguage": p["lang"]}
        if p.get("ld_pub", True):
            ld["datePublished"] = p["pub"]
            ld["dateModified"] = p.get("mod", p["pub"])
        if "ld_authors" in p:
            la = p["ld_authors"]
            if la:
                ld["author"] = [{"@type": "Person", "name": a} if not a.startswith("org:") else
                                {"@type": "Organization", "name": a[4:]} for a in la]
        if p.get("ld_section"):
            ld["articleSection"] = p["ld_section"]
        ld["publisher"] = {"@type": "Organization", "name": p["site"],
                           "logo": {"@type": "ImageObject", "url": "https://%s/logo.png" % p["domain"]}}
        m.append('<script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False))
    m.append("<script>window.dataLayer=window.dataLayer||[];dataLayer.push({\"pageType\":\"article\",\"section\":\"%s\"});</script>"
             % attr(p.get("section", "")))
    m.append('<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script>')
    m.append('<script defer src="%s"></script>' % js)
    m.append('<style>.ad-slot{min-height:250px}.sr-only{position:absolute;width:1px;height:1px;overflow:hidden}</style>')
    return "\n".join(m)


def attr(s):
    return plain(s).replace("&", "&amp;").replace('"', "&quot;")


def plain(s):
    s = re.sub(r"<[^>]+>", "", s or "")
    return s.replace("⟦", "").replace("⟧", "").replace("⟪", "").replace("⟫", "")


def html_open(p, body_cls):
    d = ' dir="rtl"' if p.get("rtl") else ""
    return '<!DOCTYPE html>\n<html lang="%s"%s>\n<head>\n' % (p.get("html_lang", p["lang"]), d), '\n</head>\n<body class="%s">\n' % body_cls


def cookie(p, cls="cookie-banner"):
    if not p.get("cookie"):
        return ""
    ok = p.get("cookie_ok", "OK")
    return ('<div id="cookie-notice" class="%s" role="dialog" aria-live="polite"><div class="cookie-inner"><p>%s</p>'
            '<button class="cookie-accept">%s</button></div></div>\n' % (cls, p["cookie"], ok))


def figure(p, fig_cls="figure", cap_cls="caption"):
    if not p.get("figure"):
        return ""
    cap = p["figure"]
    return ('<figure class="%s"><img src="https://%s/uploads/2026/03/%s-1200x675.jpg" alt="" width="1200" height="675" loading="eager">'
            '<figcaption class="%s">%s</figcaption></figure>\n' % (fig_cls, p["domain"], slug(cap), cap_cls, cap))


def ticker(p, cls="ticker"):
    if not p.get("ticker"):
        return ""
    lab, items = p["ticker"]
    return '<div class="%s"><span class="%s-label">%s</span><ul>%s</ul></div>\n' % (cls, cls, lab, links(p, items))


def mega(p, ul_cls="menu", li_cls="menu-item", sub_cls="sub-menu"):
    out = []
    for item in p["nav"]:
        if isinstance(item, tuple):
            name, subs = item
            out.append('<li class="%s menu-item-has-children"><a href="/%s/">%s</a><ul class="%s">%s</ul></li>'
                       % (li_cls, slug(name), name, sub_cls, navlinks(p, subs, li_cls)))
        else:
            out.append('<li class="%s"><a href="/%s/">%s</a></li>' % (li_cls, slug(item), item))
    return '<ul class="%s">%s</ul>' % (ul_cls, "".join(out))


def teasers(p, heading, items, box_cls, h_tag="h3", item_cls="item", with_time=None):
    lis = []
    for i, t in enumerate(items):
        tm = '<span class="time">%s</span>' % with_time[i % len(with_time)] if with_time else ""
        lis.append('<li class="%s"><a href="%s"><img src="https://%s/uploads/thumb/%s.jpg" alt="" width="120" height="80"></a>'
                   '<a class="title" href="%s">%s</a>%s</li>' % (item_cls, href(p, t), p["domain"], slug(t), href(p, t), t, tm))
    return '<section class="%s"><%s class="block-title">%s</%s><ul>%s</ul></section>\n' % (box_cls, h_tag, heading, h_tag, "".join(lis))


def comments(p, cls="comments"):
    if not p.get("comments"):
        return ""
    heading, items = p["comments"]
    lis = "".join('<li class="comment"><div class="comment-author"><b>%s</b> <span class="comment-date">%s</span></div>'
                  '<div class="comment-text"><p>%s</p></div><a class="reply" href="#">%s</a></li>'
                  % (n, d, t, p.get("reply", "Reply")) for n, d, t in items)
    return '<section id="comments" class="%s"><h3>%s</h3><ol class="comment-list">%s</ol></section>\n' % (cls, heading, lis)


def newsletter(p, cls="newsletter-box"):
    if not p.get("newsletter"):
        return ""
    h, t, b = p["newsletter"]
    return ('<div class="%s"><h4>%s</h4><p>%s</p><form action="/newsletter" method="post"><input type="email" name="email" placeholder="e-mail">'
            '<button type="submit">%s</button></form></div>\n' % (cls, h, t, b))


def footer(p, cls="site-footer"):
    cols = "".join('<div class="footer-col"><h5>%s</h5><ul>%s</ul></div>' % (h, navlinks(p, items)) for h, items in p.get("footer_cols", []))
    return '<footer class="%s">%s<div class="copyright"><p>%s</p></div></footer>\n' % (cls, cols, p["footer"])


SHARE = {  # the share bar's networks and word in each language
    "zh": (["微信", "微博", "QQ空间"], "分享"), "ja": (["X", "Facebook", "LINE", "はてブ"], "シェア"),
    "ko": (["카카오톡", "페이스북", "X"], "공유"), "th": (["Facebook", "LINE", "X"], "แชร์"),
    "vi": (["Facebook", "Zalo"], "chia sẻ"), "ar": (["فيسبوك", "X", "واتساب", "تيليجرام"], "مشاركة"),
    "fa": (["تلگرام", "واتساپ", "X"], "اشتراک"), "ru": (["ВКонтакте", "Одноклассники", "Telegram"], "Поделиться"),
    "uk": (["Facebook", "Telegram", "Viber"], "Поширити"), "he": (["Facebook", "WhatsApp", "X"], "שיתוף"),
}


def share(p, cls="share-bar", counts=True):
    nets, word = SHARE.get(p["lang"], (["Facebook", "X", "WhatsApp", "Telegram", "E-mail"], "Shares"))
    nets = p.get("share_nets", nets)
    c = '<span class="share-count"><b>%s</b> %s</span>' % (p.get("share_count", "1.2K"), p.get("share_word", word)) if counts else ""
    return '<div class="%s">%s%s</div>\n' % (cls, c, "".join('<a class="share-%d" href="#" rel="nofollow">%s</a>' % (i, n) for i, n in enumerate(nets)))


def scripts_tail(p):
    return ('<script>var _tagsIds=["%s"];(function(){var s=document.createElement("script");s.async=true;s.src="/js/analytics.js";document.body.appendChild(s)})();</script>\n'
            '<noscript><img src="/pixel.gif" width="1" height="1" alt=""></noscript>\n' % slug(p["url"]))


def crumbs(p, cls="breadcrumb", sep="›"):
    if not p.get("crumbs"):
        return ""
    parts = ['<a href="/%s/">%s</a>' % (slug(c), c) for c in p["crumbs"]]
    return '<nav class="%s" aria-label="breadcrumb">%s</nav>\n' % (cls, (' <span class="sep">%s</span> ' % sep).join(parts))


