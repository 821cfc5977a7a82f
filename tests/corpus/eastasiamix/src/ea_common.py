"""Helpers the eastasiamix skeletons share (on top of ../../probekit/kit.py): the body mini-language,
<head> variants, menus, teaser lists, rankings, share bars and comment sections. Kept out of the
skin modules because probe_make takes every public function of a skin module as a skin.

Body mini-language: paragraphs separated by blank lines; an insert is a block of its own,
`[[NAME|arg|arg]]`:

  [[H|subheading]]        a subheading (text)            [[LIST|item|item]]  a bulleted list (text)
  [[OL|item|item]]        a numbered list (text)         [[QUOTE|text]]      a block quote (text)
  [[AD]]                  an ad slot (furniture)         [[REL|label|headline|…]]  a related box (furniture)
  [[PHOTO|caption]]       a photo and its caption        [[SIGN|text]]       an editor / sign-off line (furniture)
  [[NOTE|text]]           a note on the writer (furn.)   [[APP|text]]        an app prompt (furniture)
  [[NL|text]]             a newsletter prompt (furn.)    [[SPLIT]]           the text goes on in a new container
  [[MORE|label]]          a "read more" / "展开全文" button; the rest is in a folded container (text)
  [[TEXT|text]]           a text line with no snippet, written as-is
"""
import re
import unicodedata

from kit import article_ld, attr, canonical, hexid, ld, og_tags, plain, slug

MARK = re.compile(r"\[\[([A-Z]+)(?:\|(.*))?\]\]", re.S)
UNSPACED = {"zh", "ja", "ko"}


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


def short_marks(html, lang, n=30):
    """A marked snippet longer than n characters is cut to its first n (in Korean at the last space
    before n): the mark moves, the text stays. probe_make cuts what is left to 40 characters."""
    if lang not in UNSPACED:
        return html

    def rep(m):
        o, t, c = m.group(1), m.group(2), m.group(3)
        if "<" in t or len(t) <= n:
            return m.group(0)
        k = n
        if lang == "ko":
            sp = t.rfind(" ", 0, n + 1)
            if sp >= 10:
                k = sp
        return o + t[:k].rstrip() + c + t[k:]
    return re.sub(r"(⟦|⟪)(.*?)(⟧|⟫)", rep, html, flags=re.S)


def excl(p, *sels):
    p["exclude"] = list(dict.fromkeys(p.get("exclude", []) + list(sels)))


def sl(t):
    s = re.sub(r"[^a-z0-9]+", "-", plain(t).lower()).strip("-")
    return s[:40].strip("-") if len(s) > 2 else "c" + slug(t)


def link(t, base="", cls=""):
    return '<a%s href="%s/%s/">%s</a>' % (' class="%s"' % cls if cls else "", base, sl(t), t)


def links(items, base="", sep=" "):
    return sep.join(link(t, base) for t in items)


def lis(items, base="", li=""):
    return "".join('<li%s>%s</li>' % (' class="%s"' % li if li else "", link(t, base)) for t in items)


def story_url(p, t, base="a"):
    return "https://%s/%s/%d.html" % (p["domain"], base, int(hexid(plain(t), 8), 16) % 100000000)


def story(p, t, base="a", cls=""):
    return '<a%s href="%s">%s</a>' % (' class="%s"' % cls if cls else "", story_url(p, t, base), t)


def stories(p, items, base="a", li="", extra=None):
    out = []
    for i, t in enumerate(items):
        e = extra[i] if extra and i < len(extra) else ""
        out.append('<li%s>%s%s</li>' % (' class="%s"' % li if li else "", story(p, t, base), e))
    return "".join(out)


def ranking(p, items, cls="rank", counts=None, tag="ol"):
    out = []
    for i, t in enumerate(items):
        c = ' <span class="%s-count">%s</span>' % (cls, counts[i]) if counts and i < len(counts) else ""
        out.append('<li><span class="%s-no">%d</span>%s%s</li>' % (cls, i + 1, story(p, t), c))
    return '<%s class="%s-list">%s</%s>' % (tag, cls, "".join(out), tag)


def share(names, cls, label=""):
    return '<div class="%s">%s%s</div>' % (cls, '<span class="%s__label">%s</span>' % (cls, label) if label else "",
                                           "".join('<a class="%s__btn %s__btn--%d" href="#share-%s" rel="nofollow noopener">%s</a>'
                                                   % (cls, cls, i, hexid(n, 4), n) for i, n in enumerate(names)))


def head(p, fmt):
    """meta: full (Open Graph with dates + JSON-LD), og (Open Graph only), ld (JSON-LD, og:url and
    og:title only), bare (no date anywhere in the head: title, description, canonical, og:url,
    og:title, og:site_name)."""
    m = p.get("meta", "full")
    title = p.get("title_tag", fmt % (plain(p["h1"]), p["site"]))
    d = attr(p.get("desc", plain(p.get("deck", "")) or plain(p["h1"])))
    parts = ['<meta charset="utf-8">', '<meta http-equiv="X-UA-Compatible" content="IE=edge">', "<title>%s</title>" % title,
             '<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">',
             '<meta name="description" content="%s">' % d, canonical(p)]
    if p.get("keywords"):
        parts.insert(4, '<meta name="keywords" content="%s">' % attr(",".join(p["keywords"])))
    if m in ("full", "og"):
        parts.append(og_tags(p))
    else:
        parts.append('<meta property="og:url" content="%s">' % p["url"])
        parts.append('<meta property="og:title" content="%s">' % attr(p.get("og_title", p["h1"])))
        parts.append('<meta property="og:site_name" content="%s">' % attr(p["site"]))
    if m in ("full", "ld"):
        o = article_ld(p, author_single=True)
        if p.get("ld_extra"):
            o.update(p["ld_extra"])
        parts.append(ld(o))
        parts.append(ld({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": i + 1, "name": plain(c), "item": "https://%s/%s/" % (p["domain"], sl(c))}
            for i, c in enumerate(p.get("crumbs", []))]}))
    for k, v in p.get("head_meta", []):
        parts.append('<meta name="%s" content="%s">' % (k, attr(v)))
    return "\n".join(parts)


def html_open(p, fmt, body_cls, lang_attr=None):
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n<link rel="stylesheet" href="https://static.%s/dist/css/detail.%s.css">\n'
            '<link rel="icon" href="https://static.%s/favicon.ico">\n'
            '<script>window.__ARTICLE__={"id":"%s","channel":"%s","tpl":"%s"};</script>\n'
            '<script async src="https://ads.%s/tag/loader.js"></script>\n</head>\n<body class="%s">\n'
            % (lang_attr or p.get("html_lang", p["lang"]), head(p, fmt), p["domain"], hexid(p["domain"], 8), p["domain"],
               hexid(p["url"], 8), p.get("secpath", "news"), body_cls, p["domain"], body_cls))


def render_body(p, t, split_between=None):
    """The body HTML from p["body"] with the skin's templates t: "open" and "close" tags of a text
    container, "para" (a format with one %s), and the words and classes of the inserts. The
    furniture nested in the containers is added to p["exclude"]."""
    para = t.get("para", "<p>%s</p>")
    out = [t["open"]]
    n = [0]

    def uid():
        n[0] += 1
        return hexid(p["url"] + str(n[0]), 6)
    for name, a in blocks(p["body"]):
        if name == "p":
            out.append(para % a)
        elif name == "TEXT":
            out.append(t.get("text", para) % a[0])
        elif name == "H":
            out.append(t.get("h", "<h2>%s</h2>") % a[0])
        elif name == "LIST":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % x for x in a))
        elif name == "OL":
            out.append("<ol>%s</ol>" % "".join("<li>%s</li>" % x for x in a))
        elif name == "QUOTE":
            out.append("<blockquote>%s</blockquote>" % (para % a[0]))
        elif name == "AD":
            excl(p, t["ad_sel"])
            out.append(t["ad"] % uid())
        elif name == "REL":
            excl(p, t["rel_sel"])
            out.append(t["rel"] % (a[0], stories(p, a[1:])))
        elif name == "PHOTO":
            excl(p, t["cap_sel"])
            out.append(t["photo"] % ("https://img.%s/%s/%s.jpg" % (p["domain"], p["pub"][:7].replace("-", ""), hexid(a[0], 8)), a[0]))
        elif name == "SIGN":
            excl(p, t["sign_sel"])
            out.append(t["sign"] % a[0])
        elif name == "NOTE":
            excl(p, t["note_sel"])
            out.append(t["note"] % a[0])
        elif name == "APP":
            excl(p, t["app_sel"])
            out.append(t["app"] % ("https://%s/app/download?utm_source=article&pos=%s" % (p["domain"], uid()), a[0]))
        elif name == "NL":
            excl(p, t["nl_sel"])
            out.append(t["nl"] % a[0])
        elif name == "SPLIT":
            out.append(t["close"] + (split_between(p, uid()) if split_between else "") + t["open"])
        elif name == "MORE":
            out.append(t["close"] + t["more"] % a[0] + t["open_folded"])
        else:
            raise ValueError(name)
    out.append(t["close"])
    return "\n".join(out)


def comments(p, w, cls):
    """A comment section from p["comments"]: (user, when, text, likes)."""
    if not p.get("comments"):
        return ""
    items = "".join('<li class="%s__item"><div class="%s__head"><span class="%s__user">%s</span><span class="%s__time">%s</span></div>'
                    '<p class="%s__body">%s</p><div class="%s__foot"><button class="%s__like">%s %s</button><button class="%s__reply">%s</button>'
                    '<a class="%s__report" href="#report">%s</a></div></li>'
                    % (cls, cls, cls, u, cls, when, cls, x, cls, cls, w["like"], lk, cls, w["reply"], cls, w["report"])
                    for u, when, x, lk in p["comments"])
    return ('<section class="%s" id="comment"><h2 class="%s__title">%s<em>%s</em></h2><div class="%s__form"><textarea placeholder="%s"></textarea>'
            '<button type="button">%s</button></div><ul class="%s__list">%s</ul><a class="%s__more" href="#comment-all">%s</a></section>\n'
            % (cls, cls, w["comments"], p.get("comment_count", len(p["comments"])), cls, w["cmt_ph"], w["cmt_btn"], cls, items, cls, w["cmt_more"]))


def grow(pages, extra):
    """Adds the paragraphs extra[case] to a page's body before its last text paragraph."""
    for p in pages:
        if p["case"] not in extra:
            continue
        chunks = re.split(r"\n\s*\n", p["body"].strip())
        last = max(i for i, c in enumerate(chunks) if not c.startswith("[[") or c.startswith("[[TEXT"))
        if chunks[last].startswith("[[TEXT"):
            last = max(i for i, c in enumerate(chunks[:last]) if not c.startswith("[["))
        p["body"] = "\n\n".join(chunks[:last] + list(extra[p["case"]]) + chunks[last:])


def ko_quotes(pages):
    """Korean texts print typographic quotes (no escapable characters in snippets)."""
    for p in pages:
        p["body"] = re.sub(r'"([^"\n]*)"', "“\\1”", re.sub(r"'([^'\n]*)'", "‘\\1’", p["body"]))


def mk(items, *idx):
    """A copy of a shared teaser list with the items at idx marked as `without` snippets."""
    return ["⟪%s⟫" % t if i in idx else t for i, t in enumerate(items)]


def insert_before(pages, case, anchor, chunks):
    """Adds the paragraphs chunks to a page's body just before the block that starts with anchor."""
    for p in pages:
        if p["case"] == case:
            i = p["body"].index(anchor)
            p["body"] = p["body"][:i] + "\n\n".join(chunks) + "\n\n" + p["body"][i:]
            return
    raise KeyError(case)
