"""Helpers the bloggermix skeletons share (on top of ../../probekit/kit.py): the text fixer, the body
mini-language, <head> variants, and furniture blocks (cookie banners, share bars, subscribe boxes,
comment sections, teaser lists, tag clouds, author boxes). Not skins: probe_make takes every public
function of a skin module as a skin, so these live here.

Body mini-language: paragraphs separated by blank lines; an insert is a block of its own,
`[[NAME|arg|arg]]`:

  [[H|subheading]]          a subheading (text)         [[LIST|item|item]] / [[OL|…]]  a list (text)
  [[QUOTE|text]]            a block quote (text)        [[TEXT|text]]      a paragraph, no snippet
  [[AD]]                    an ad slot                  [[REL|label|headline|…]]  a related-posts box
  [[PHOTO|caption]]         a figure and its caption    [[SUB|text|button]]  a subscribe box
  [[DONATE|text|button]]    a "support our work" box    [[ORIG|text]]      an "Originally published at…" line
  [[NOTE|text]]             a note on the writer        [[FN|note|note]]   footnotes
  [[SHARE|text|button]]     a share prompt              [[SPLIT]]          the text goes on in a new container
                                                                           after a furniture block (p["split_with"])

Every insert except H, LIST, OL, QUOTE and TEXT is furniture: its selector joins p["exclude"].
"""
import re

from kit import article_ld, attr, canonical, head, hexid, ld, plain, slug, title_tag

MARK = re.compile(r"\[\[([A-Z]+)(?:\|(.*))?\]\]", re.S)

RAW_KEYS = {"case", "skin", "domain", "url", "pub", "mod", "meta_date", "ld_date", "ld_mod", "lang", "html_lang", "meta", "ld_type",
            "kind", "why", "secpath", "exp_pub", "tz"}


def smart(s):
    """Typographic quotes and apostrophes in text (never inside tags)."""
    parts = re.split(r"(<[^>]+>)", s)
    out = []
    for i, t in enumerate(parts):
        if i % 2:
            out.append(t)
            continue
        t = re.sub(r'(^|[\s(\[—⟦⟪/])"', "\\1“", t)
        t = t.replace('"', "”")
        t = re.sub(r"(^|[\s(\[—⟦⟪“/])'", "\\1‘", t)
        t = t.replace("'", "’")
        out.append(t)
    return "".join(out)


def _sm(v):
    if isinstance(v, str):
        return smart(v)
    if isinstance(v, list):
        return [_sm(x) for x in v]
    if isinstance(v, tuple):
        return tuple(_sm(x) for x in v)
    if isinstance(v, dict):
        return {k: _sm(x) for k, x in v.items()}
    return v


def prep(p):
    """Called first by every skin: typographic quotes in all the page's texts (h1, body, furniture)."""
    if p.get("_prepped"):
        return p
    for k in list(p):
        if k not in RAW_KEYS:
            p[k] = _sm(p[k])
    p["_prepped"] = True
    return p


def excl(p, *sels):
    p["exclude"] = list(dict.fromkeys(p.get("exclude", []) + list(sels)))


def sl(t):
    s = re.sub(r"[^a-z0-9]+", "-", plain(t).lower()).strip("-")
    return s[:48].strip("-") if len(s) > 2 else slug(t)


def link(t, base="", cls=""):
    return '<a%s href="%s/%s/">%s</a>' % (' class="%s"' % cls if cls else "", base, sl(t), t)


def lis(items, base="", li=""):
    return "".join('<li%s>%s</li>' % (' class="%s"' % li if li else "", link(t, base)) for t in items)


def post_url(p, t, base=None):
    base = p.get("secpath", "blog") if base is None else base
    return "https://%s/%s%s/" % (p["domain"], base + "/" if base else "", sl(t))


def teasers(p, items, base=None, li="", meta=None):
    """<li> teasers; an item is a headline, or (label, headline), or (label, headline, extra)."""
    out = []
    for it in items:
        if isinstance(it, (tuple, list)):
            lab, t = it[0], it[1]
            ex = ('<span class="teaser-meta">%s</span>' % it[2]) if len(it) > 2 else ""
            out.append('<li%s><span class="teaser-label">%s</span> <a href="%s">%s</a>%s</li>' % (' class="%s"' % li if li else "", lab, post_url(p, t, base), t, ex))
        else:
            out.append('<li%s><a href="%s">%s</a></li>' % (' class="%s"' % li if li else "", post_url(p, it, base), it))
    return "".join(out)


def ranked(p, items, cls="most-read", base=None):
    return '<ol class="%s">%s</ol>' % (cls, "".join('<li><span class="rank">%d</span> <a href="%s">%s</a></li>' % (i + 1, post_url(p, t, base), t)
                                                     for i, t in enumerate(items)))


def page_head(p, fmt="%s | %s"):
    """meta: full (Open Graph + JSON-LD), og (Open Graph only), ld (JSON-LD and og:url only)."""
    m = p.get("meta", "full")
    extra = p.get("head_extra", "")
    fmt = p.get("title_fmt", fmt)

    def ldo():
        o = article_ld(p, typ=p.get("ld_type"), author_single=p.get("ld_single", False))
        if o is not None and p.get("ld_extra"):
            o.update(p["ld_extra"])
        return o
    if m == "full":
        return head(p, ld_obj=ldo(), fmt=fmt, extra=extra, og_type=p.get("og_type", "article"))
    if m == "og":
        return head(p, ld_obj=None, fmt=fmt, extra=extra, og_type=p.get("og_type", "article"))
    parts = ['<meta charset="utf-8">', title_tag(p, fmt), '<meta name="viewport" content="width=device-width, initial-scale=1">', canonical(p),
             '<meta property="og:url" content="%s">' % p["url"]]
    if m == "ld":
        parts.append(ld(ldo()))
    if extra:
        parts.append(extra)
    return "\n".join(parts)


def html_open(p, fmt, body_cls, extra_head=""):
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n%s</head>\n<body class="%s">\n'
            % (p.get("html_lang", "en"), page_head(p, fmt), extra_head, body_cls))


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


# class names of the inserts; a skin may override them (key: insert name, value: "tag.class")
INS = {"AD": "div.ad-slot", "REL": "aside.related-inline", "PHOTO": "figcaption.wp-caption-text", "SUB": "div.subscribe-box",
       "DONATE": "div.support-box", "ORIG": "p.originally-published", "NOTE": "p.author-note", "FN": "div.footnotes",
       "SHARE": "div.share-prompt"}


def render_body(p, open_tag, close_tag, ins=None, h="h2", para=None):
    """The body HTML from p["body"]: containers opened with open_tag; the furniture nested in them
    (inserts) is added to p["exclude"]."""
    ins = {**INS, **(ins or {})}
    para = para or (lambda a: "<p>%s</p>" % a)
    out = [open_tag]
    n = [0]

    def uid():
        n[0] += 1
        return hexid(p["url"] + str(n[0]), 6)

    def tc(name):
        tag, cls = ins[name].split(".", 1)
        excl(p, "%s.%s*" % (tag, cls))
        return tag, cls
    for name, a in blocks(p["body"]):
        if name == "p":
            out.append(para(a))
        elif name == "TEXT":
            out.append(para(a[0]))
        elif name == "H":
            out.append("<%s>%s</%s>" % (h, a[0], h))
        elif name == "LIST":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % x for x in a))
        elif name == "OL":
            out.append("<ol>%s</ol>" % "".join("<li>%s</li>" % x for x in a))
        elif name == "QUOTE":
            out.append("<blockquote><p>%s</p></blockquote>" % a[0])
        elif name == "AD":
            tag, cls = tc("AD")
            out.append('<%s class="%s"><span class="ad-label">%s</span><div id="ad-%s" data-ad-slot="incontent"></div></%s>'
                       % (tag, cls, a[0] if a else p.get("ad_label", "Advertisement"), uid(), tag))
        elif name == "REL":
            tag, cls = tc("REL")
            out.append('<%s class="%s"><p class="related-inline__label">%s</p><ul>%s</ul></%s>' % (tag, cls, a[0], teasers(p, a[1:]), tag))
        elif name == "PHOTO":
            tag, cls = tc("PHOTO")
            out.append('<figure class="wp-block-image"><img src="https://%s/uploads/2026/%s.jpg" alt="" width="1024" height="683" loading="lazy">'
                       '<%s class="%s">%s</%s></figure>' % (p["domain"], slug(a[0]), tag, cls, a[0], tag))
        elif name == "SUB":
            tag, cls = tc("SUB")
            out.append('<%s class="%s"><p>%s</p><form action="/subscribe" method="post"><input type="email" placeholder="Type your email…">'
                       '<button type="submit">%s</button></form></%s>' % (tag, cls, a[0], a[1] if len(a) > 1 else "Subscribe", tag))
        elif name == "DONATE":
            tag, cls = tc("DONATE")
            out.append('<%s class="%s"><p>%s</p><a class="btn btn-donate" href="https://%s/donate">%s</a></%s>'
                       % (tag, cls, a[0], p["domain"], a[1] if len(a) > 1 else "Donate", tag))
        elif name == "ORIG":
            tag, cls = tc("ORIG")
            out.append('<%s class="%s"><em>%s</em></%s>' % (tag, cls, a[0], tag))
        elif name == "NOTE":
            tag, cls = tc("NOTE")
            out.append('<%s class="%s"><em>%s</em></%s>' % (tag, cls, a[0], tag))
        elif name == "FN":
            tag, cls = tc("FN")
            out.append('<%s class="%s"><hr><ol>%s</ol></%s>' % (tag, cls, "".join('<li id="fn%d">%s <a href="#fnref%d">↩</a></li>' % (i + 1, x, i + 1)
                                                                             for i, x in enumerate(a)), tag))
        elif name == "SHARE":
            tag, cls = tc("SHARE")
            out.append('<%s class="%s"><p>%s</p><a class="button" href="%s?utm_source=share">%s</a></%s>' % (tag, cls, a[0], p["url"], a[1] if len(a) > 1 else "Share", tag))
        elif name == "SPLIT":
            out.append(close_tag + "\n" + p.get("split_with", '<div class="ad-between"><span>Advertisement</span></div>') + "\n" + open_tag)
        else:
            raise ValueError(name)
    out.append(close_tag)
    return "\n".join(out)


def finish(p, html):
    """On a page without date metadata (meta_pub False) the printed date is the only date: no
    datetime attributes, no timestamp titles."""
    if p.get("meta_pub", True) is False:
        html = re.sub(r' datetime="[^"]*"', "", html)
        html = re.sub(r'<abbr class="published" title="[^"]*">', '<abbr class="published">', html)
    return html


def fnref(n):
    """A footnote reference inside a paragraph."""
    return '<sup><a href="#fn%d" id="fnref%d">%d</a></sup>' % (n, n, n)


def cookie(p, text=None, ok="Accept", no="Reject", more="Cookie settings", cls="cookie-notice"):
    t = text or p.get("cookie")
    if not t:
        return ""
    return ('<div id="cookie-banner" class="%s" role="dialog"><p>%s</p><button class="accept">%s</button> '
            '<button class="reject">%s</button> <a href="/cookies">%s</a></div>\n' % (cls, t, ok, no, more))


def share_bar(names, cls="share-bar", label="Share"):
    return '<div class="%s">%s%s</div>' % (cls, '<span class="share-label">%s</span> ' % label if label else "",
                                           " ".join('<a class="share-%s" href="#share-%d" rel="nofollow noopener">%s</a>' % (slug(n), i, n)
                                                    for i, n in enumerate(names)))


def tag_links(items, base="/tag", rel="tag", sep=" "):
    return sep.join('<a href="%s/%s/" rel="%s">%s</a>' % (base, sl(t), rel, t) for t in items)


def comments_block(p, head_txt, cls="comments", reply="Reply", like="Like", form=""):
    """p["comments"]: list of (name, when, text, likes)."""
    items = "".join('<li class="%s__item"><div class="%s__meta"><b class="%s__author">%s</b> <span class="%s__date">%s</span></div>'
                    '<div class="%s__text"><p>%s</p></div><div class="%s__actions"><a href="#like">%s%s</a> <a href="#reply">%s</a></div></li>'
                    % (cls, cls, cls, u, cls, t, cls, x, cls, like, (" (%s)" % lk) if lk else "", reply) for u, t, x, lk in p.get("comments", []))
    return '<section class="%s" id="comments"><h2 class="%s__title">%s</h2>%s<ol class="%s__list">%s</ol></section>\n' % (cls, cls, head_txt, form, cls, items)


def reply_form(title="Leave a Reply", note="Your email address will not be published. Required fields are marked *", button="Post Comment"):
    return ('<div class="comment-respond"><h3 class="comment-reply-title">%s</h3><form action="/wp-comments-post.php" method="post">'
            '<p class="comment-notes">%s</p><textarea name="comment" placeholder="Comment *"></textarea><input name="author" placeholder="Name *">'
            '<input name="email" placeholder="Email *"><p class="form-submit"><button type="submit">%s</button></p></form></div>' % (title, note, button))


def img(p, name, w=1200, h=675, cls=""):
    return '<img%s src="https://%s/media/%s-%dx%d.jpg" alt="" width="%d" height="%d" loading="lazy">' % (
        ' class="%s"' % cls if cls else "", p["domain"], slug(name), w, h, w, h)


def words_of(p):
    """Word count of the body text (inserts that are furniture not counted)."""
    n = 0
    for name, a in blocks(p["body"]):
        if name in ("p", "TEXT", "H", "LIST", "OL", "QUOTE"):
            t = " ".join(a) if isinstance(a, list) else a
            n += len(plain(re.sub(r"<[^>]+>", "", t)).split())
    return n
