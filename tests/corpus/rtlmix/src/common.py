"""Helpers the rtlmix skeletons share (on top of ../../probekit/kit.py): local digits and calendars,
the body mini-language, <head> variants, menus, rankings, share bars, comment sections. Not skins:
probe_make takes every public function of a skin module as a skin, so these live here.

Body mini-language: paragraphs separated by blank lines; an insert is a block of its own,
`[[NAME|arg|arg]]`:

  [[H|subheading]]         a subheading (text)           [[LIST|item|item]] / [[OL|…]]  a list (text)
  [[QUOTE|text]]           a block quote (text)          [[AD]]               an ad slot (furniture)
  [[REL|headline|…]]       a related box (اقرأ أيضا, بیشتر بخوانید, קראו עוד, یہ بھی پڑھیں)
  [[READ|headline]]        a one-line "read also" link paragraph (furniture)
  [[PHOTO|caption]]        a photo with its caption/credit (furniture)
  [[SIGN|text]]            a sign-off / editor line (furniture)
  [[NOTE|text]]            a note about the writer (furniture)
  [[CHAN|text]]            a WhatsApp / Telegram channel prompt (furniture)
  [[NL|text]]              a newsletter prompt (furniture)
  [[TWEET|text|who|date]]  an embedded tweet, LTR (furniture, no snippet)
  [[TABLE|head;head|cell;cell|…]]  a table (text)
  [[SPLIT]]                the text continues in a new container after an ad block
  [[MORE|label]]           a "read more" fold: the rest of the text is in a collapsed container
  [[TEXT|text]]            a paragraph the skin writes as-is (no snippet)
"""
import datetime
import re

from kit import article_ld, attr, canonical, head, hexid, ld, plain, slug, title_tag

MARK = re.compile(r"\[\[([A-Z]+)(?:\|(.*))?\]\]", re.S)

# ------------------------------------------------------------------------------------------ digits
AR_DIG = "٠١٢٣٤٥٦٧٨٩"   # Arabic-Indic (Gulf, Egypt, Iraq)
FA_DIG = "۰۱۲۳۴۵۶۷۸۹"   # Extended Arabic-Indic (Persian, Dari, Urdu, Pashto)


def ar(s):
    return "".join(AR_DIG[int(c)] if c.isdigit() and c < ":" else c for c in str(s))


def fa(s):
    return "".join(FA_DIG[int(c)] if c.isdigit() and c < ":" else c for c in str(s))


# ------------------------------------------------------------------------------------------ calendars (January–April 2026)
def _d(iso):
    return datetime.date.fromisoformat(iso[:10])


SOLAR_MONTHS = {"fa": ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"],
                "af": ["حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"],
                "ckb": ["خاکەلێوە", "گوڵان", "جۆزەردان", "پووشپەڕ", "گەلاوێژ", "خەرمانان", "ڕەزبەر", "گەڵاڕێزان", "سەرماوەز", "بەفرانبار", "ڕێبەندان", "ڕەشەمێ"]}


def solar(iso):
    """(year, month 1-12, day) in the Solar Hijri calendar. Nowruz 1405 is 21 March 2026 (the
    equinox falls after noon in Tehran on the 20th); 1404 is a common year, so Esfand has 29 days."""
    d = _d(iso)
    starts = [(datetime.date(2026, 3, 21), 1405, 1), (datetime.date(2026, 2, 20), 1404, 12), (datetime.date(2026, 1, 21), 1404, 11),
              (datetime.date(2025, 12, 22), 1404, 10)]
    for st, y, m in starts:
        if d >= st:
            day = (d - st).days + 1
            if y == 1405 and day > 31:  # Ordibehesht
                return y, 2, day - 31
            return y, m, day
    raise ValueError(iso)


def solar_str(iso, style="fa", digits=fa):
    y, m, dd = solar(iso)
    return "%s %s %s" % (digits(dd), SOLAR_MONTHS[style][m - 1], digits(y))


HEB_MONTHS = [(datetime.date(2026, 1, 19), "שבט"), (datetime.date(2026, 2, 18), "אדר"), (datetime.date(2026, 3, 19), "ניסן"),
              (datetime.date(2026, 4, 18), "אייר")]
HEB_DAY = ["", "א'", "ב'", "ג'", "ד'", "ה'", "ו'", "ז'", "ח'", "ט'", "י'", 'י"א', 'י"ב', 'י"ג', 'י"ד', 'ט"ו', 'ט"ז', 'י"ז', 'י"ח', 'י"ט',
           "כ'", 'כ"א', 'כ"ב', 'כ"ג', 'כ"ד', 'כ"ה', 'כ"ו', 'כ"ז', 'כ"ח', 'כ"ט', "ל'"]


def hebrew(iso):
    """The Hebrew date of a day in 5786 (a regular common year: 1 Tishrei = 23 September 2025,
    1 Adar = 18 February 2026, Purim 14 Adar = 3 March, 1 Nisan = 19 March)."""
    d = _d(iso)
    for st, name in reversed(HEB_MONTHS):
        if d >= st:
            return '%s ב%s תשפ"ו' % (HEB_DAY[(d - st).days + 1], name)
    raise ValueError(iso)


HIJRI_MONTHS = [(datetime.date(2026, 1, 20), "شعبان"), (datetime.date(2026, 2, 18), "رمضان"), (datetime.date(2026, 3, 20), "شوال")]


def hijri(iso, digits=ar, suffix=" هـ"):
    """The Hijri date (Umm al-Qura: 1 Ramadan 1447 = 18 February 2026, 1 Shawwal = 20 March)."""
    d = _d(iso)
    for st, name in reversed(HIJRI_MONTHS):
        if d >= st:
            return "%s %s %s%s" % (digits((d - st).days + 1), name, digits(1447), suffix)
    raise ValueError(iso)


WEEKDAYS = {  # Monday first
    "ar": ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
    "fa": ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"],
    "he": ["יום שני", "יום שלישי", "יום רביעי", "יום חמישי", "יום שישי", "שבת", "יום ראשון"],
    "ur": ["پیر", "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتہ", "اتوار"],
    "ps": ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"],
    "ckb": ["دووشەممە", "سێشەممە", "چوارشەممە", "پێنجشەممە", "هەینی", "شەممە", "یەکشەممە"],
}
GREG = {
    "ar": ["يناير", "فبراير", "مارس", "أبريل"],            # Gulf, Egypt
    "ma": ["يناير", "فبراير", "مارس", "أبريل"],            # Morocco (ماي, يونيو… later in the year)
    "lev": ["كانون الثاني", "شباط", "آذار", "نيسان"],       # Levant
    "fa": ["ژانویه", "فوریه", "مارس", "آوریل"],
    "ur": ["جنوری", "فروری", "مارچ", "اپریل"],
    "ps": ["جنوري", "فبروري", "مارچ", "اپرېل"],
    "ckb": ["کانوونی دووەم", "شوبات", "ئازار", "نیسان"],
}


def wday(iso, lang):
    return WEEKDAYS[lang][_d(iso).weekday()]


def gmonth(iso, style):
    return GREG[style][_d(iso).month - 1]


def hm(iso):
    return iso[11:16]


def ampm_ar(iso, digits=str):
    """10:32 ص / 04:15 م, as Egyptian portals print the time."""
    h, m = int(iso[11:13]), iso[14:16]
    suf = "ص" if h < 12 else "م"
    h12 = h % 12 or 12
    return "%s %s" % (digits("%02d:%s" % (h12, m)), suf)


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


def story(p, t, base=None):
    base = base or p.get("secpath", "news")
    return '<a href="https://%s/%s/%s/%s">%s</a>' % (p["domain"], base, p["pub"][:7].replace("-", "/"), slug(t + p["case"]), t)


def stories(p, items, base=None, li=""):
    return "".join('<li%s>%s</li>' % (' class="%s"' % li if li else "", story(p, t, base)) for t in items)


def teasers(p, items, base=None):
    """Teasers with an author line: items are (headline, author) pairs (opinion rails)."""
    return "".join('<li class="teaser">%s<span class="teaser-author">%s</span></li>' % (story(p, t, base), a) for t, a in items)


def ranking(p, items, cls="rank-list", counts=None):
    out = []
    for i, t in enumerate(items):
        c = ' <span class="views">%s</span>' % counts[i] if counts and i < len(counts) else ""
        out.append('<li><span class="rank-num">%s</span>%s%s</li>' % (p.get("digits", str)(i + 1), story(p, t), c))
    return '<ol class="%s">%s</ol>' % (cls, "".join(out))


def menu(groups, cls="main-nav"):
    """A menu: groups (heading, [sub-items]); a group with items becomes a drop-down."""
    out = []
    for head_, items in groups:
        if items:
            out.append('<li class="has-sub">%s<ul class="sub-menu">%s</ul></li>' % (link(head_), lis(items, "/" + sl(head_))))
        else:
            out.append('<li>%s</li>' % link(head_))
    return '<nav class="%s"><ul>%s</ul></nav>' % (cls, "".join(out))


def imgsrc(p, name, w=800, h=450):
    return "https://media.%s/%s/%s_%dx%d.jpg" % (p["domain"].replace("www.", ""), p["pub"][:7].replace("-", ""), slug(name), w, h)


def page_head(p, fmt="%s | %s"):
    """meta: full (Open Graph + JSON-LD), og (Open Graph only), ld (JSON-LD and og:url only),
    min (title, canonical and og:url only: no date in the metadata)."""
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
    parts = ['<meta charset="utf-8">', title_tag(p, fmt), '<meta name="viewport" content="width=device-width, initial-scale=1">',
             '<meta name="description" content="%s">' % attr(p.get("desc", plain(p.get("deck", "")) or plain(p["h1"]))), canonical(p),
             '<meta property="og:url" content="%s">' % p["url"], '<meta property="og:title" content="%s">' % attr(p.get("og_title", p["h1"]))]
    if m == "ld":
        parts.append(ld(ldo()))
    if extra:
        parts.append(extra)
    return "\n".join(parts)


def html_open(p, fmt, body_cls, css):
    return ('<!DOCTYPE html>\n<html lang="%s" dir="rtl">\n<head>\n%s\n<link rel="stylesheet" href="https://static.%s/%s.%s.css">\n'
            '<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"section":"%s","articleId":"%s","pageType":"article"});</script>\n'
            '</head>\n<body class="%s">\n'
            % (p.get("html_lang", p["lang"]), page_head(p, fmt), p["domain"].replace("www.", ""), css, hexid(p["domain"], 8),
               p.get("secpath", "news"), hexid(p["url"], 8), body_cls))


def render_body(p, w, open_tag, close_tag, para=None, split_between=None):
    """The body HTML from p["body"]: containers opened with open_tag; inserts rendered with the
    skin's words and classes w; the furniture nested in the containers is added to p["exclude"]."""
    para = para or (lambda a: "<p>%s</p>" % a)
    out = [open_tag]
    n = [0]

    def uid():
        n[0] += 1
        return hexid(p["url"] + str(n[0]), 6)
    for name, a in blocks(p["body"]):
        if name in ("p", "TEXT"):
            out.append(para(a if name == "p" else a[0]))
        elif name == "H":
            out.append('<%s>%s</%s>' % (w.get("h_tag", "h2"), a[0], w.get("h_tag", "h2")))
        elif name == "LIST":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % x for x in a))
        elif name == "OL":
            out.append("<ol>%s</ol>" % "".join("<li>%s</li>" % x for x in a))
        elif name == "QUOTE":
            out.append("<blockquote><p>%s</p></blockquote>" % a[0])
        elif name == "TABLE":
            rows = [r.split(";") for r in a]
            out.append('<table><thead><tr>%s</tr></thead><tbody>%s</tbody></table>' % (
                "".join("<th>%s</th>" % c for c in rows[0]), "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % c for c in r) for r in rows[1:])))
        elif name == "AD":
            c = w.get("ad_cls", "ad-slot")
            excl(p, "div.%s*" % c)
            out.append('<div class="%s"><span class="ad-label">%s</span><div id="gpt-%s" data-ad-unit="inarticle"></div></div>' % (c, w["ad"], uid()))
        elif name == "REL":
            c = w.get("rel_cls", "related-inline")
            excl(p, "div.%s*" % c)
            out.append('<div class="%s"><span class="related-title">%s</span><ul>%s</ul></div>' % (c, w["rel"], stories(p, a)))
        elif name == "READ":
            c = w.get("read_cls", "read-also")
            excl(p, "p.%s*" % c)
            out.append('<p class="%s"><strong>%s</strong> %s</p>' % (c, w["read"], story(p, a[0])))
        elif name == "PHOTO":
            c = w.get("photo_cls", "inline-image")
            excl(p, "figcaption.%s*" % (c + "__caption"))
            out.append('<figure class="%s"><img src="%s" alt="" loading="lazy"><figcaption class="%s__caption">%s</figcaption></figure>' % (c, imgsrc(p, a[0]), c, a[0]))
        elif name == "SIGN":
            excl(p, "p.sign-off*")
            out.append('<p class="sign-off">%s</p>' % a[0])
        elif name == "NOTE":
            excl(p, "p.writer-note*")
            out.append('<p class="writer-note"><em>%s</em></p>' % a[0])
        elif name == "CHAN":
            excl(p, "div.channel-promo*")
            out.append('<div class="channel-promo"><a href="https://whatsapp.com/channel/%s" rel="nofollow">%s</a></div>' % (hexid(p["site"], 8), a[0]))
        elif name == "NL":
            excl(p, "div.nl-inline*")
            out.append('<div class="nl-inline"><p>%s</p><form><input type="email" placeholder="Email" dir="ltr"><button>%s</button></form></div>' % (a[0], w["nl_btn"]))
        elif name == "TWEET":
            excl(p, "blockquote.twitter-tweet*")
            out.append('<blockquote class="twitter-tweet" dir="ltr" lang="en"><p>%s</p>&mdash; %s <a href="https://twitter.com/x/status/%s">%s</a></blockquote>'
                       % (a[0], a[1], hexid(a[0], 8), a[2]))
        elif name == "SPLIT":
            between = split_between(p, uid()) if split_between else ""
            out.append(close_tag + between + open_tag)
        elif name == "MORE":
            out.append(close_tag + '<div class="read-more-fold"><button type="button" class="read-more-btn" aria-expanded="false">%s</button></div>' % a[0] +
                       open_tag.replace('">', ' is-folded" aria-hidden="true">', 1))
        else:
            raise ValueError(name)
    out.append(close_tag)
    return "\n".join(out)


def comments_html(p, w, cls="comments"):
    """A comment section: p["comments"] is a list of (user, when, text, likes)."""
    if not p.get("comments"):
        return ""
    items = "".join('<li class="%s__item"><div class="%s__meta"><b class="%s__name">%s</b> <span class="%s__time">%s</span></div><p class="%s__text">%s</p>'
                    '<div class="%s__actions"><a href="#like">%s (%s)</a> <a href="#reply">%s</a> <a href="#report">%s</a></div></li>'
                    % (cls, cls, cls, u, cls, t, cls, x, cls, w["like"], lk, w["reply"], w["report"]) for u, t, x, lk in p["comments"])
    return ('<section class="%s" id="comments"><h3>%s <span class="%s__count">(%s)</span></h3><form class="%s__form"><textarea placeholder="%s"></textarea>'
            '<button type="submit">%s</button></form><p class="%s__rules">%s</p><ul class="%s__list">%s</ul><a class="%s__more" href="#more">%s</a></section>\n'
            % (cls, w["comments"], cls, p.get("comment_count", len(p["comments"])), cls, w["cmt_ph"], w["cmt_btn"], cls, w["cmt_rules"], cls, items, cls, w["cmt_more"]))


def share_bar(names, cls="share", label=""):
    return '<div class="%s">%s%s</div>' % (cls, '<span class="share__label">%s</span>' % label if label else "",
                                           "".join('<a class="share__%s" href="#share-%d" rel="nofollow noopener">%s</a>' % (slug(n), i, n) for i, n in enumerate(names)))


def grow(pages, extra):
    """Adds the paragraphs extra[case] (a list) to a page's body, before its last text paragraph
    (so that the closing sentence stays last)."""
    for p in pages:
        if p["case"] not in extra:
            continue
        chunks = re.split(r"\n\s*\n", p["body"].strip())
        last = max(i for i, c in enumerate(chunks) if not c.startswith("[["))
        p["body"] = "\n\n".join(chunks[:last] + list(extra[p["case"]]) + chunks[last:])
