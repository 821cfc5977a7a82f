"""Pieces the anglomix skeletons share: typographic quotes, <head> variants, furniture blocks (consent banners,
tickers, share bars, teaser rails, author boxes, comments, newsletter boxes, paywall prompts, footers) and the body
mini-language. Not skins: probe_make takes every public function of a skin module as a skin, so these live here.

Body mini-language: paragraphs separated by blank lines (a chunk that starts with "<" is written as-is); an insert
is a chunk of its own, [[NAME|arg|…]]:

  [[H|subheading]] / [[H3|…]]   a subheading (text)          [[LIST|item|…]] / [[OL|item|…]]   a list (text)
  [[QUOTE|text]]                a block quote (text)         [[Q|question]]  an interview question (text)
  [[TEXT|text]]                 a paragraph with no snippet (a dateline line, a sign-off)
  [[CODE|line ⏎ line…]]         a code block (text, never a snippet; lines split at ⏎)
  [[HR]]                        a section break (* * *)
  [[AD]]                        an ad slot                   [[READ|label|headline]]  a "Read more" / "Related" box
  [[PHOTO|caption]]             a photo and its caption       [[NL|text]]     a newsletter box with an e-mail form
  [[POD|show|title|length]]     a podcast or audio player    [[VIDEO|title|length]]   a video player
  [[BIO|text]]                  a note on the writer         [[DISC|text]]   a disclaimer
  [[CREDIT|text]]               an agency or source credit   [[SCORE|label|value]]    a rating box
  [[MOSTREAD|label|item|…]]     a "Most read" box inside the text
  [[PULL|text]]                 a pull quote (repeats the text: no snippet in it)
  [[DONATE|text]]               a "support our journalism" appeal inside the text
  [[SUB|text]]                  a Substack-style subscribe widget ("Thanks for reading …")
  [[SHAREBTN]] / [[COMMENTBTN]] Substack's Share and Leave a comment buttons
  [[EMBED|who|text]]            an embedded social post
  [[SPLIT]]                     the text goes on in a new container after an ad block
  [[FOLD|label]]                a "Continue reading" button; the rest is in a collapsed container
  [[PAYWALL]]                   the rest of the text is in a new container wrapped in a paywall div

Every insert that is furniture adds its selector to p["exclude"]. A skin may rename the insert classes (`ins`).

Texts are written with straight quotes and apostrophes; `prep` turns those of the visible text of a page's fields
into typographic ones (’ ‘ “ ”) so that no snippet holds a character HTML escapes; `fix` refuses a page whose visible
text still holds a straight quote or a bare ampersand (code blocks excepted)."""
import re

from kit import article_ld, attr, canonical, head, hexid, href, img, ld, nav, og_tags, plain, slug, title_tag

MARK = re.compile(r"\[\[([A-Z]+[0-9]?)(?:\|(.*))?\]\]", re.S)

INS = {"ad": "ad-slot", "read": "read-more", "photo": "inline-image", "nl": "newsletter-inline", "video": "video-embed",
       "pod": "audio-embed", "credit": "source-credit", "bio": "writer-note", "disc": "disclaimer", "score": "rating-box",
       "mostread": "most-read-inline", "pull": "pullquote", "donate": "donate-inline", "sub": "subscription-widget-wrap",
       "sharebtn": "button-wrapper", "embed": "social-embed", "ad_between": "ad-between", "paywall": "paywall-wrapper"}

W = {"share": "Share", "related": "Related", "most_read": "Most read", "comments": "Comments", "comment_btn": "Post comment",
     "nl_btn": "Sign up", "email": "Enter your email", "ad": "Advertisement", "cookie_ok": "Accept all", "cookie_set": "Manage preferences",
     "home": "Home", "subscribe": "Subscribe", "login": "Sign in", "search": "Search", "read_more": "Read more:", "tags": "Topics",
     "breaking": "Latest", "more_from": "More from", "listen": "Listen", "watch": "Watch", "paywall": "Already a subscriber? Log in",
     "paywall_btn": "Subscribe now", "reply": "Reply"}

NO_SMART = {"case", "url", "domain", "pub", "mod", "lang", "html_lang", "skin", "secpath", "ld_date", "ld_mod", "meta_date",
            "time_attr", "kind", "ld_type", "ld_authors", "authors", "exp_pub", "opinion_path", "kicker_path", "exclude"}


def words(p):
    w = dict(W)
    w.update(p.get("w", {}))
    return w


def excl(p, sel):
    p.setdefault("exclude", [])
    if sel not in p["exclude"]:
        p["exclude"].append(sel)


# ------------------------------------------------------------------------------------------ quotes
def _smart_text(s):
    s = re.sub(r"(?<=[\w\.\,\?\!\)\]%’”…⟧⟫])'", "’", s)
    s = s.replace("'", "‘")
    s = re.sub(r'(^|(?<=[\s\(\[\—–/⟦⟪]))"', "“", s)
    s = s.replace('"', "”")
    return s


def smart(s):
    """Straight quotes of a string's text (not of its tags, nor inside <pre>) made typographic."""
    if not isinstance(s, str) or ("'" not in s and '"' not in s):
        return s
    parts = re.split(r"(<pre.*?</pre>|\[\[CODE\|.*?\]\]|<[^>]+>)", s, flags=re.S)
    return "".join(x if i % 2 else _smart_text(x) for i, x in enumerate(parts))


def _conv(v):
    if isinstance(v, str):
        return smart(v)
    if isinstance(v, list):
        return [_conv(x) for x in v]
    if isinstance(v, tuple):
        return tuple(_conv(x) for x in v)
    if isinstance(v, dict):
        return {k: _conv(x) for k, x in v.items()}
    return v


def prep(p):
    for k in list(p):
        if k not in NO_SMART:
            p[k] = _conv(p[k])
    p.setdefault("byline_text", plain(p.get("byline_html", "")) or None)
    return p


def fix(html):
    """Straight quotes and bare ampersands in the visible text are an error (code blocks excepted)."""
    parts = re.split(r"(<script.*?</script>|<style.*?</style>|<pre.*?</pre>|<[^>]+>)", html, flags=re.S)
    for i, s in enumerate(parts):
        if i % 2:
            continue
        if "'" in s or '"' in s:
            raise ValueError("straight quote in text: %r" % s[:80])
        if re.search(r"&(?![a-z]+;|#[0-9]+;)", s):
            raise ValueError("bare ampersand in text: %r" % s[:80])
    return html


# ------------------------------------------------------------------------------------------ <head>
def page_head(p, fmt, rh=False):
    """p["meta"]: full (Open Graph + JSON-LD), og (Open Graph only), ld (JSON-LD, canonical and og:url only),
    min (title, canonical and og:url only). p["meta_pub"] = False drops article:published_time."""
    m = p.get("meta", "full")
    extra = p.get("head_extra", "")

    def ldo():
        return article_ld(p, extra=p.get("ld_extra"), author_single=p.get("ld_single", False))
    if m in ("full", "og"):
        parts = ['<meta charset="utf-8">', title_tag(p, fmt), '<meta name="viewport" content="width=device-width, initial-scale=1">',
                 '<meta name="description" content="%s">' % attr(p.get("desc", plain(p.get("deck", "")) or plain(p["h1"]))),
                 canonical(p), og_tags(p, rh=rh)]
        if m == "full":
            parts.append(ld(ldo()))
    else:
        parts = ['<meta charset="utf-8">', title_tag(p, fmt), '<meta name="viewport" content="width=device-width, initial-scale=1">',
                 '<meta name="description" content="%s">' % attr(p.get("desc", plain(p.get("deck", "")) or plain(p["h1"]))),
                 canonical(p), '<meta property="og:url" content="%s">' % p["url"]]
        if m == "ld":
            parts.append(ld(ldo()))
    if extra:
        parts.append(extra)
    return "\n".join(parts)


def html_open(p, fmt, body_cls, rh=False):
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n<link rel="stylesheet" href="https://static.%s/assets/main.%s.css">\n'
            '<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"article","section":"%s","contentId":"%s"});</script>\n'
            '</head>\n<body class="%s">\n' % (p.get("html_lang", "en"), page_head(p, p.get("title_fmt", fmt), rh), p["domain"],
                                              hexid(p["domain"], 8), p.get("secpath", "news"), hexid(p["url"], 8), body_cls))


# ------------------------------------------------------------------------------------------ body
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


def render_body(p, open_tag, close_tag, para=None, sub="h2", ins=None, text=None):
    w = words(p)
    c = dict(INS)
    c.update(ins or {})
    text = text if text is not None else p["body"]
    para = para or (lambda a: "<p>%s</p>" % a)
    out = [open_tag]
    tail = [close_tag]
    n = [0]

    def uid():
        n[0] += 1
        return hexid(p["url"] + text[:20] + str(n[0]), 6)
    for name, a in blocks(text):
        if name == "p":
            out.append(a if a.startswith("<") else para(a))
        elif name == "TEXT":
            out.append(para(a[0]))
        elif name == "H":
            out.append("<%s>%s</%s>" % (sub, a[0], sub))
        elif name == "H3":
            out.append("<h3>%s</h3>" % a[0])
        elif name == "Q":
            out.append('<p class="question"><strong>%s</strong></p>' % a[0])
        elif name == "LIST":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % x for x in a))
        elif name == "OL":
            out.append("<ol>%s</ol>" % "".join("<li>%s</li>" % x for x in a))
        elif name == "QUOTE":
            out.append("<blockquote><p>%s</p></blockquote>" % a[0])
        elif name == "CODE":
            code = "|".join(a).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            out.append('<pre><code>%s</code></pre>' % code.replace(" ⏎ ", "\n"))
        elif name == "HR":
            out.append('<hr class="section-break">')
        elif name == "AD":
            excl(p, "div.%s*" % c["ad"])
            out.append('<div class="%s" id="ad-%s" data-ad-unit="inarticle"><span class="%s__label">%s</span><div class="%s__frame"></div></div>'
                       % (c["ad"], uid(), c["ad"], w["ad"], c["ad"]))
        elif name == "READ":
            excl(p, "aside.%s*" % c["read"])
            lab, h = (a[0], a[1]) if len(a) > 1 else (w["read_more"], a[0])
            out.append('<aside class="%s"><strong class="%s__label">%s</strong> <a href="%s">%s</a></aside>'
                       % (c["read"], c["read"], lab, href(p, h, p.get("secpath", "news")), h))
        elif name == "PHOTO":
            excl(p, "figure.%s*" % c["photo"])
            out.append('<figure class="%s">%s<figcaption>%s</figcaption></figure>' % (c["photo"], img(p, a[0], 960, 640), a[0]))
        elif name == "NL":
            excl(p, "div.%s*" % c["nl"])
            out.append('<div class="%s"><p class="%s__pitch">%s</p><form action="/newsletters/subscribe" method="post">'
                       '<label>Email address <input type="email" name="email" placeholder="%s"></label><button type="submit">%s</button></form>'
                       '<p class="%s__legal">%s</p></div>'
                       % (c["nl"], c["nl"], a[0], w["email"], w["nl_btn"], c["nl"], p.get("nl_legal", "You can unsubscribe at any time.")))
        elif name == "POD":
            excl(p, "div.%s*" % c["pod"])
            out.append('<div class="%s" data-episode="%s"><span class="%s__show">%s</span><p class="%s__title">%s</p>'
                       '<button class="%s__play">▶ %s</button> <span class="%s__duration">%s</span></div>'
                       % (c["pod"], hexid(a[1], 8), c["pod"], a[0], c["pod"], a[1], c["pod"], w["listen"], c["pod"], a[2]))
        elif name == "VIDEO":
            excl(p, "div.%s*" % c["video"])
            out.append('<div class="%s" data-video-id="%s"><button class="%s__play" aria-label="%s">▶</button><p class="%s__title">%s</p>'
                       '<span class="%s__duration">%s</span></div>' % (c["video"], hexid(a[0], 8), c["video"], w["watch"], c["video"], a[0], c["video"], a[1]))
        elif name == "BIO":
            excl(p, "p.%s*" % c["bio"])
            out.append('<p class="%s"><em>%s</em></p>' % (c["bio"], a[0]))
        elif name == "DISC":
            excl(p, "p.%s*" % c["disc"])
            out.append('<p class="%s"><small>%s</small></p>' % (c["disc"], a[0]))
        elif name == "CREDIT":
            excl(p, "p.%s*" % c["credit"])
            out.append('<p class="%s">%s</p>' % (c["credit"], a[0]))
        elif name == "SCORE":
            excl(p, "div.%s*" % c["score"])
            out.append('<div class="%s"><span class="%s__label">%s</span> <span class="%s__value">%s</span></div>' % (c["score"], c["score"], a[0], c["score"], a[1]))
        elif name == "MOSTREAD":
            excl(p, "div.%s*" % c["mostread"])
            out.append('<div class="%s"><h3 class="%s__title">%s</h3><ul>%s</ul></div>' % (
                c["mostread"], c["mostread"], a[0], "".join('<li><a href="%s">%s</a></li>' % (href(p, x, p.get("secpath", "news")), x) for x in a[1:])))
        elif name == "PULL":
            excl(p, "aside.%s*" % c["pull"])
            out.append('<aside class="%s" aria-hidden="true"><p>%s</p></aside>' % (c["pull"], a[0]))
        elif name == "DONATE":
            excl(p, "div.%s*" % c["donate"])
            out.append('<div class="%s"><p>%s</p><a class="%s__btn" href="/donate/">%s</a></div>' % (c["donate"], a[0], c["donate"], p.get("donate_btn", "Donate now")))
        elif name == "SUB":
            excl(p, "div.%s*" % c["sub"])
            out.append('<div class="%s" data-component-name="SubscribeWidget"><div class="preamble"><p>%s</p></div>'
                       '<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…">'
                       '<input type="submit" class="button primary" value="Subscribe"></form></div>' % (c["sub"], a[0]))
        elif name == "SHAREBTN":
            excl(p, "p.%s*" % c["sharebtn"])
            out.append('<p class="%s" data-attrs="{}"><a class="button primary" href="%s?utm_source=substack&amp;utm_medium=email&amp;utm_content=share"><span>Share</span></a></p>'
                       % (c["sharebtn"], p["url"]))
        elif name == "COMMENTBTN":
            excl(p, "p.%s*" % c["sharebtn"])
            out.append('<p class="%s" data-attrs="{}"><a class="button primary" href="%s/comments"><span>Leave a comment</span></a></p>'
                       % (c["sharebtn"], p["url"]))
        elif name == "EMBED":
            excl(p, "blockquote.%s*" % c["embed"])
            out.append('<blockquote class="%s"><p>%s</p>— %s <a href="#">View on social media</a></blockquote>' % (c["embed"], a[1], a[0]))
        elif name == "SPLIT":
            out.append(close_tag + '\n<div class="%s" id="ad-%s"><span>%s</span></div>\n' % (c["ad_between"], uid(), w["ad"]) + open_tag)
        elif name == "FOLD":
            out.append(close_tag + '\n<div class="continue-reading"><button type="button" class="continue-reading__btn">%s</button></div>\n' % a[0] +
                       re.sub(r'class="([^"]*)"', r'class="\1 is-collapsed" aria-hidden="true"', open_tag, count=1))
        elif name == "PAYWALL":
            out.append(close_tag + '\n<div class="%s" data-access="subscriber">\n' % c["paywall"] + open_tag)
            tail.append("</div>")
        else:
            raise ValueError(name)
    out += tail
    return "\n".join(out)


# ------------------------------------------------------------------------------------------ furniture
def cookie(p, cls="consent-banner"):
    if not p.get("cookie"):
        return ""
    w = words(p)
    return ('<div id="consent" class="%s" role="dialog" aria-modal="true" aria-label="Privacy"><div class="%s__inner">%s<p>%s</p>'
            '<button class="%s__accept">%s</button> <button class="%s__reject">%s</button> <a class="%s__more" href="/privacy/">%s</a></div></div>\n'
            % (cls, cls, '<p class="%s__title">%s</p>' % (cls, p["cookie_title"]) if p.get("cookie_title") else "", p["cookie"], cls,
               p.get("cookie_ok", w["cookie_ok"]), cls, p.get("cookie_no", "Reject all"), cls, p.get("cookie_set", w["cookie_set"])))


def teasers(p, items, base=None):
    """<li> teasers; an item is a headline or a (label, headline) pair; a labelled teaser links to the opinion path."""
    out = []
    for it in items:
        if isinstance(it, tuple):
            lab, h = it
            out.append('<li class="teaser"><span class="teaser__label">%s</span> <a href="%s">%s</a></li>'
                       % (lab, href(p, h, p.get("opinion_path", "opinion")), h))
        else:
            out.append('<li class="teaser"><a href="%s">%s</a></li>' % (href(p, it, base or p.get("secpath", "news")), it))
    return "".join(out)


def ticker(p, cls="ticker"):
    if not p.get("ticker"):
        return ""
    w = words(p)
    return '<div class="%s"><strong class="%s__label">%s</strong><ul>%s</ul></div>\n' % (cls, cls, p.get("ticker_label", w["breaking"]), teasers(p, p["ticker"]))


def share(p, cls="share", names=("Facebook", "X", "LinkedIn", "WhatsApp", "Email")):
    w = words(p)
    return '<div class="%s"><span class="%s__label">%s</span> %s <button class="%s__copy">Copy link</button></div>\n' % (
        cls, cls, p.get("share_label", w["share"]), " ".join('<a class="%s__%s" href="#">%s</a>' % (cls, n.lower(), n) for n in names), cls)


def tags(p, cls="tags"):
    if not p.get("tags"):
        return ""
    w = words(p)
    return '<div class="%s"><span class="%s__label">%s</span><ul>%s</ul></div>\n' % (
        cls, cls, p.get("tags_label", w["tags"]), "".join('<li><a href="/topic/%s/" rel="tag">%s</a></li>' % (slug(t), t) for t in p["tags"]))


def rail(p, cls="rail-box", ad=True):
    """p["side"]: list of (heading, items) boxes; the first is numbered; an ad slot after it."""
    w = words(p)
    out = ""
    for i, b in enumerate(p.get("side", [])):
        tag = "ol" if i == 0 else "ul"
        out += '<section class="%s"><h2 class="%s__title">%s</h2><%s>%s</%s></section>\n' % (cls, cls, b[0], tag, teasers(p, b[1]), tag)
        if i == 0 and ad:
            out += '<div class="ad-rail" data-slot="mpu-%s"><span>%s</span></div>\n' % (slug(p["case"]), w["ad"])
    return out


def related(p, cls="related", h="h2"):
    if not p.get("related"):
        return ""
    w = words(p)
    return '<section class="%s"><%s>%s</%s><ul>%s</ul></section>\n' % (cls, h, p.get("related_h", w["related"]), h, teasers(p, p["related"]))


def comments(p, cls="comments", title=None, form=True):
    if not p.get("comments"):
        return ""
    w = words(p)
    items = "".join('<li class="%s__item"><div class="%s__meta"><b class="%s__name">%s</b> <span class="%s__time">%s</span></div><p>%s</p>'
                    '<div class="%s__actions"><button>%s</button> <span>%s</span></div></li>' % (cls, cls, cls, c[0], cls, c[1], c[2], cls, w["reply"], c[3] if len(c) > 3 else "")
                    for c in p["comments"])
    t = title or "%s (%d)" % (w["comments"], p.get("comment_count", len(p["comments"])))
    rules = '<p class="%s__rules">%s</p>' % (cls, p["comment_rules"]) if p.get("comment_rules") else ""
    f = '<form class="%s__form"><textarea name="comment" placeholder="Join the discussion…"></textarea><button>%s</button></form>' % (cls, w["comment_btn"]) if form else ""
    return '<section id="comments" class="%s"><h2>%s</h2>%s%s<ol>%s</ol></section>\n' % (cls, t, rules, f, items)


def newsletter(p, cls="newsletter"):
    if not p.get("newsletter"):
        return ""
    w = words(p)
    return ('<div class="%s"><p class="%s__text">%s</p><form action="/newsletters" method="post"><input type="email" placeholder="%s">'
            '<button type="submit">%s</button></form></div>\n' % (cls, cls, p["newsletter"], w["email"], w["nl_btn"]))


def footer(p, cls="site-footer"):
    return '<footer class="%s">%s<p class="%s__copy">%s</p>%s</footer>\n' % (
        cls, nav(p.get("footer_nav", []), cls + "__nav"), cls, p["footer"],
        '<p class="%s__legal">%s</p>' % (cls, p["footer_legal"]) if p.get("footer_legal") else "")


def hero(p, cls):
    if not p.get("caption"):
        return ""
    return '<figure class="%s">%s<figcaption>%s</figcaption></figure>\n' % (cls, img(p, p["url"], 1200, 675), p["caption"])


def author_box(p, cls="author-box"):
    """p["box"]: (name, bio line) of the writer, printed after the text."""
    if not p.get("box"):
        return ""
    w = words(p)
    name, bio = p["box"]
    return ('<aside class="%s"><img class="%s__photo" src="https://%s/authors/%s.jpg" alt="" width="80" height="80">'
            '<div class="%s__info"><p class="%s__name"><a href="/author/%s/">%s</a></p><p class="%s__bio">%s</p>'
            '<a class="%s__more" href="/author/%s/">%s %s</a></div></aside>\n'
            % (cls, cls, p["domain"], slug(plain(name)), cls, cls, slug(plain(name)), name, cls, bio, cls, slug(plain(name)), w["more_from"], plain(name)))


def after_notes(p, cls="article-notes"):
    """Boxes printed right after the text: p["after"] is a list of (class, html)."""
    return "".join('<div class="%s %s">%s</div>\n' % (cls, c, h) for c, h in p.get("after", []))


def paywall_box(p, cls="paywall-prompt"):
    """A subscription prompt printed after a text that the page nevertheless holds in full."""
    if not p.get("paywall"):
        return ""
    w = words(p)
    return ('<div class="%s" role="region" aria-label="Subscription offer"><p class="%s__title">%s</p><p class="%s__text">%s</p>'
            '<a class="%s__buy" href="/subscribe/">%s</a> <a class="%s__login" href="/login/">%s</a></div>\n'
            % (cls, cls, p["paywall"][0], cls, p["paywall"][1], cls, p.get("paywall_btn", w["paywall_btn"]), cls, w["paywall"]))


def byline_block(p, cls):
    role = ' <span class="%s__role">%s</span>' % (cls, p["role"]) if p.get("role") else ""
    extra = ' <span class="%s__extra">%s</span>' % (cls, p["byline_extra"]) if p.get("byline_extra") else ""
    return '<div class="%s"><span class="%s__name">%s</span>%s%s</div>' % (cls, cls, p.get("byline_html", ""), role, extra)


def dates(p, cls, dt=True):
    upd = ' <span class="%s__updated">%s</span>' % (cls, p["updated"]) if p.get("updated") else ""
    a = ' datetime="%s"' % p.get("time_attr", p["pub"]) if dt and p.get("meta") != "min" else ""
    return '<div class="%s"><time class="%s__published"%s>%s</time>%s</div>' % (cls, cls, a, p["date"], upd)


def kicker(p, cls, tag="p"):
    if not p.get("kicker"):
        return ""
    path = p.get("kicker_path", re.sub(r"[^a-z0-9]+", "-", plain(p["kicker"]).lower()).strip("-"))
    return '<%s class="%s"><a href="/%s/">%s</a></%s>\n' % (tag, cls, path, p["kicker"], tag)


def crumbs(p, cls, sep=" › "):
    items = [words(p)["home"]] + p.get("crumbs", [])
    return '<nav class="%s" aria-label="Breadcrumb">%s</nav>\n' % (cls, sep.join(
        '<a href="/%s">%s</a>' % ("" if i == 0 else re.sub(r"[^a-z0-9]+", "-", plain(c).lower()).strip("-") + "/", c) for i, c in enumerate(items)))


def deck(p, tag, cls):
    return '<%s class="%s">%s</%s>\n' % (tag, cls, p["deck"], tag) if p.get("deck") else ""


def widget(p, cls):
    return '<div class="%s">%s</div>\n' % (cls, p["widget"]) if p.get("widget") else ""


def menu(p, cls, key="nav"):
    return nav(p.get(key, []), cls)
