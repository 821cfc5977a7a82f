"""Helpers the latammix skeletons share (on top of ../../probekit/kit.py): the body mini-language,
<head> variants, menus, rankings, share bars, comment sections. Not skins:
probe_make takes every public function of a skin module as a skin, so these live here.

Body mini-language: paragraphs separated by blank lines; an insert is a block of its own,
`[[NAME|arg|arg]]`:

  [[H|subheading]]       a subheading (text)          [[LIST|item|item]]  a list (text)
  [[QUOTE|text]]         a block quote (text)         [[AD]]              an ad slot (furniture)
  [[REL|headline|…]]     a related-news box           [[PHOTO|caption]]   a photo with its caption/credit
  [[SIGN|text]]          a sign-off / editor line     [[NOTE|text]]       an editor's note about the writer
  [[APP|text]]           an app-download prompt       [[SPLIT]]           the text continues in the next
  [[MORE|label]]         a "read more" button; the rest of the text is in a collapsed container
  [[TEXT|text]]          a paragraph with no snippet that the skin writes as-is (a sign-off name)
  [[NL|text|button]]     a newsletter / WhatsApp / Google News prompt (furniture)
  [[FIG|caption]]        a <figure> with its <figcaption> (furniture)
"""
import re
import unicodedata

from kit import article_ld, attr, canonical, head, hexid, ld, plain, slug, title_tag

MARK = re.compile(r"\[\[([A-Z]+)(?:\|(.*))?\]\]", re.S)
RTL = {"ur"}


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


UNSPACED = {"zh", "ja", "ko", "th"}


def short_marks(html, lang, n=30):
    """In Chinese, Japanese, Korean and Thai a marked snippet longer than n characters is cut to its
    first n, in Thai and Korean at the last space (the mark is moved, the text is unchanged):
    snippets of 10-30 characters."""
    if lang not in UNSPACED:
        return html

    def rep(m):
        o, c, t = m.group(1), m.group(3), m.group(2)
        if "<" in t or len(t) <= n:
            return m.group(0)
        k = n
        if lang in ("th", "ko"):  # spaced between phrases: cut at the last space, else not before a mark
            sp = t.rfind(" ", 0, n + 1)
            if sp >= 10:
                k = sp
            while k > 10 and (unicodedata.category(t[k]) == "Mn" or "\u0e40" <= t[k - 1] <= "\u0e44"):
                k -= 1  # not before a combining mark, not after a Thai leading vowel
        return o + t[:k].rstrip() + c + t[k:]
    return re.sub(r"(⟦|⟪)(.*?)(⟧|⟫)", rep, html, flags=re.S)


def excl(p, *sels):
    p["exclude"] = list(dict.fromkeys(p.get("exclude", []) + list(sels)))


def sl(t):
    s = re.sub(r"[^a-z0-9]+", "-", plain(t).lower()).strip("-")
    return s[:40].strip("-") if len(s) > 2 else slug(t)


def link(t, base="", cls=""):
    return '<a%s href="%s/%s/">%s</a>' % (' class="%s"' % cls if cls else "", base, sl(t), t)


def links(items, base="", sep=" "):
    return sep.join(link(t, base) for t in items)


def lis(items, base="", li=""):
    return "".join('<li%s>%s</li>' % (' class="%s"' % li if li else "", link(t, base)) for t in items)


def story(p, t, base="a"):
    return '<a href="https://%s/%s/%s%s.html">%s</a>' % (p["domain"], base, p["pub"][:10].replace("-", ""), slug(t), t)


def stories(p, items, base="a", li=""):
    return "".join('<li%s>%s</li>' % (' class="%s"' % li if li else "", story(p, t, base)) for t in items)


def ranking(p, items, cls="rank-list", counts=None):
    """A numbered ranking (排行榜 / ランキング / 많이 본 뉴스), with read counts when given."""
    out = []
    for i, t in enumerate(items):
        c = '<span class="num">%s</span>' % counts[i] if counts and i < len(counts) else ""
        out.append('<li><em class="rank">%d</em>%s%s</li>' % (i + 1, story(p, t), c))
    return '<ol class="%s">%s</ol>' % (cls, "".join(out))


def menu_grid(groups, cls="nav-grid"):
    """A dense menu: groups of short links, each group a <dl> with its heading link."""
    out = []
    for head_, items in groups:
        out.append('<dl class="nav-group"><dt>%s</dt><dd>%s</dd></dl>' % (link(head_), links(items, "/" + sl(head_))))
    return '<div class="%s">%s</div>' % (cls, "".join(out))


def imgsrc(p, name, w=640, h=360):
    return "https://img.%s/%s/%s_%dx%d.jpg" % (p["domain"], p["pub"][:7].replace("-", ""), slug(name), w, h)


def page_head(p, fmt="%s_%s"):
    """meta: full (Open Graph + JSON-LD), og (Open Graph only), ld (JSON-LD and og:url only),
    min (title, canonical and og:url only)."""
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
    if p.get("meta_pubdate"):
        parts.append('<meta name="pubdate" content="%s">' % p["meta_pubdate"])
    if extra:
        parts.append(extra)
    return "\n".join(parts)


def html_open(p, fmt, body_cls):
    d = ' dir="rtl"' if p["lang"] in RTL else ""
    return ('<!DOCTYPE html>\n<html lang="%s"%s>\n<head>\n%s\n<link rel="stylesheet" href="https://static.%s/css/article.%s.css">\n'
            '<script>var PAGE_CONFIG={"channel":"%s","docid":"%s","adUnit":"/%s/article"};</script>\n</head>\n<body class="%s">\n'
            % (p.get("html_lang", p["lang"]), d, page_head(p, fmt), p["domain"], hexid(p["domain"], 8), p.get("secpath", "news"),
               hexid(p["url"], 8), hexid(p["site"], 8), body_cls))


def render_body(p, w, open_tag, close_tag, para=None, split_between=None):
    """The body HTML from p["body"]: containers opened with open_tag; inserts rendered with the
    skin's words w; the furniture nested in the containers is added to p["exclude"]."""
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
            out.append('<h3 class="sub-title">%s</h3>' % a[0])
        elif name == "LIST":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % x for x in a))
        elif name == "OL":
            out.append("<ol>%s</ol>" % "".join("<li>%s</li>" % x for x in a))
        elif name == "QUOTE":
            out.append("<blockquote><p>%s</p></blockquote>" % a[0])
        elif name == "AD":
            excl(p, "div.ad-box*")
            out.append('<div class="ad-box"><span class="ad-label">%s</span><div id="ad_%s" data-slot="inread"></div></div>' % (w["ad"], uid()))
        elif name == "REL":
            excl(p, "div.rel-inline*")
            out.append('<div class="rel-inline"><span class="rel-label">%s</span><ul>%s</ul></div>' % (w["rel"], stories(p, a)))
        elif name == "PHOTO":
            excl(p, "p.pic-note*")
            out.append('<p class="pic"><img src="%s" alt=""></p><p class="pic-note">%s</p>' % (imgsrc(p, a[0]), a[0]))
        elif name == "SIGN":
            excl(p, "p.sign*")
            out.append('<p class="sign">%s</p>' % a[0])
        elif name == "NOTE":
            excl(p, "p.writer-note*")
            out.append('<p class="writer-note">%s</p>' % a[0])
        elif name == "APP":
            excl(p, "div.app-promo*")
            out.append('<div class="app-promo"><a href="https://app.%s/download?from=article_%s">%s</a></div>' % (p["domain"], uid(), a[0]))
        elif name == "NL":
            excl(p, "div.nl-prompt*")
            out.append('<div class="nl-prompt"><p>%s</p><a class="btn" href="https://%s/newsletters?src=art_%s">%s</a></div>' % (a[0], p["domain"], uid(), a[1] if len(a) > 1 else w["nl_btn"]))
        elif name == "FIG":
            excl(p, "figcaption*")
            out.append('<figure class="inline-img"><img src="%s" alt="" loading="lazy"><figcaption>%s</figcaption></figure>' % (imgsrc(p, a[0]), a[0]))
        elif name == "SPLIT":
            between = split_between(p, uid()) if split_between else ""
            out.append(close_tag + between + open_tag)
        elif name == "MORE":
            out.append(close_tag + '<div class="read-more-wrap"><button class="btn-read-more" type="button">%s</button></div>' % a[0] +
                       open_tag.replace('">', ' is-collapsed" aria-hidden="true">', 1))
        else:
            raise ValueError(name)
    out.append(close_tag)
    return "\n".join(out)


def comments_html(p, w, cls="cmt"):
    """A comment section: p["comments"] is a list of (user, when, text, likes)."""
    if not p.get("comments"):
        return ""
    items = "".join('<li class="%s-item"><div class="%s-user"><b>%s</b> <span class="%s-time">%s</span></div><p class="%s-text">%s</p>'
                    '<div class="%s-act"><a href="#up">%s %s</a> <a href="#reply">%s</a></div></li>' % (cls, cls, u, cls, t, cls, x, cls, w["like"], lk, w["reply"])
                    for u, t, x, lk in p["comments"])
    return ('<section class="%s-box" id="comments"><h3>%s <span>%s</span></h3><div class="%s-form"><textarea placeholder="%s"></textarea>'
            '<button>%s</button></div><ul>%s</ul><a class="%s-more" href="#more">%s</a></section>\n'
            % (cls, w["comments"], p.get("comment_count", len(p["comments"])), cls, w["cmt_ph"], w["cmt_btn"], items, cls, w["cmt_more"]))


def share_bar(names, cls="share-bar", label=""):
    return '<div class="%s">%s%s</div>' % (cls, '<span class="share-label">%s</span>' % label if label else "",
                                           "".join('<a class="share-%s" href="#share-%d" rel="nofollow">%s</a>' % (slug(n), i, n) for i, n in enumerate(names)))


def grow(pages, extra):
    """Adds the paragraphs extra[case] (a list) to a page's body, before its last text paragraph
    (so that the closing sentence stays last)."""
    for p in pages:
        if p["case"] not in extra:
            continue
        chunks = re.split(r"\n\s*\n", p["body"].strip())
        last = max(i for i, c in enumerate(chunks) if not c.startswith("[[") or c.startswith("[[TEXT"))
        if chunks[last].startswith("[[TEXT"):
            last = max(i for i, c in enumerate(chunks[:last]) if not c.startswith("[["))
        p["body"] = "\n\n".join(chunks[:last] + list(extra[p["case"]]) + chunks[last:])
