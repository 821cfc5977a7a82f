"""Helpers the seasiamix skeletons share (on top of ../../probekit/kit.py): the words of the furniture in nine
languages, the body mini-language, <head> variants, menus, tickers, rankings, share bars, consent banners, comment
sections. Not skins: probe_make takes every public function of a skin module as a skin, so these live here.

Body mini-language: paragraphs separated by blank lines; an insert is a block of its own, `[[NAME|arg|arg]]`:

  [[H|subheading]]        a subheading (text)           [[LIST|item|item]] / [[OL|…]]  a list (text)
  [[QUOTE|text]]          a block quote (text)          [[AD]]               an ad slot (furniture)
  [[REL|headline|…]]      a related-news box            [[ALSO|headline]]    an inline "Baca juga:" / "Xem thêm:" /
  [[PHOTO|caption]]       a photo with its caption                             "BASAHIN:" / "อ่านเพิ่มเติม" line
  [[SIGN|text]]           an editor / source line       [[NOTE|text]]        a note about the writer
  [[APP|text]]            an app or channel prompt      [[NEWS|text]]        a newsletter sign-up box
  [[VIDEO|title]]         an embedded video with title  [[SPLIT]]            the text continues in a new container
  [[MORE|label]]          a "read more" button, then the rest of the text in a collapsed container
  [[TEXT|text]]           a paragraph with no snippet, written as-is (a sign-off name, "Theo TTXVN")

Each insert that is furniture adds its selector to p["exclude"]; the skin gives the classes (`cls`).
"""
import re
import unicodedata

from kit import article_ld, attr, canonical, head, hexid, ld, plain, slug, title_tag

W = {
    "th": dict(ad="โฆษณา", rel="ข่าวที่เกี่ยวข้อง", also="อ่านเพิ่มเติม", comments="ความคิดเห็น", like="ถูกใจ", reply="ตอบกลับ",
               cmt_ph="แสดงความคิดเห็นของคุณ", cmt_btn="ส่งความคิดเห็น", cmt_more="ดูความคิดเห็นเพิ่มเติม", login="เข้าสู่ระบบ",
               register="สมัครสมาชิก", app="ดาวน์โหลดแอป", home="หน้าแรก", share="แชร์", related="ข่าวที่น่าสนใจ", rank="ข่าวยอดนิยม",
               next="ข่าวถัดไป", tags="แท็กที่เกี่ยวข้อง", breaking="ข่าวด่วน", cookie_ok="ยอมรับทั้งหมด", cookie_set="ตั้งค่าคุกกี้",
               oprail="คอลัมนิสต์", follow="เพิ่มเพื่อน LINE รับข่าวก่อนใคร", views="อ่าน", copy="คัดลอกลิงก์", latest="ข่าวล่าสุด",
               video="คลิปแนะนำ", by="โดย"),
    "vi": dict(ad="Quảng cáo", rel="Tin liên quan", also="Xem thêm:", comments="Ý kiến", like="Thích", reply="Trả lời",
               cmt_ph="Ý kiến của bạn", cmt_btn="Gửi", cmt_more="Xem thêm ý kiến", login="Đăng nhập", register="Đăng ký",
               app="Tải ứng dụng", home="Trang chủ", share="Chia sẻ", related="Tin cùng chuyên mục", rank="Đọc nhiều",
               next="Bài tiếp theo", tags="Chủ đề", breaking="Tin nóng", cookie_ok="Đồng ý", cookie_set="Tùy chỉnh",
               oprail="Góc nhìn", follow="Theo dõi chúng tôi trên Zalo", views="lượt xem", copy="Sao chép liên kết",
               latest="Tin mới nhất", video="Video", by=""),
    "id": dict(ad="ADVERTISEMENT", rel="Artikel Terkait", also="Baca juga:", comments="Komentar", like="Suka", reply="Balas",
               cmt_ph="Tulis komentar...", cmt_btn="Kirim", cmt_more="Lihat semua komentar", login="Masuk", register="Daftar",
               app="Download Aplikasi", home="Home", share="Bagikan", related="Berita Terkait", rank="Terpopuler",
               next="Berita Selanjutnya", tags="Tag", breaking="Breaking News", cookie_ok="Setuju", cookie_set="Pengaturan",
               oprail="Opini", follow="Ikuti kami di WhatsApp Channel", views="dibaca", copy="Salin tautan", latest="Berita Terkini",
               video="Simak Video", by="Penulis:"),
    "ms": dict(ad="IKLAN", rel="Artikel Berkaitan", also="BACA JUGA:", comments="Komen", like="Suka", reply="Balas",
               cmt_ph="Tulis komen anda", cmt_btn="Hantar", cmt_more="Lihat semua komen", login="Log Masuk", register="Daftar",
               app="Muat turun aplikasi", home="Utama", share="Kongsi", related="Mungkin anda terlepas", rank="Paling Popular",
               next="Artikel seterusnya", tags="Topik", breaking="Terkini", cookie_ok="Terima", cookie_set="Tetapan kuki",
               oprail="Rencana", follow="Ikuti kami di Telegram", views="bacaan", copy="Salin pautan", latest="Berita Terkini",
               video="Video", by="Oleh"),
    "tl": dict(ad="ADVERTISEMENT", rel="Basahin din", also="BASAHIN:", comments="Mga Komento", like="Like", reply="Sagot",
               cmt_ph="Isulat ang iyong komento", cmt_btn="I-post", cmt_more="Tingnan ang lahat ng komento", login="Mag-login",
               register="Mag-sign up", app="I-download ang app", home="Home", share="I-share", related="Iba pang balita",
               rank="Pinakabinasa", next="Susunod na balita", tags="Mga Tag", breaking="Breaking", cookie_ok="Tanggapin",
               cookie_set="Mga Setting", oprail="Opinyon", follow="Sundan kami sa Viber", views="views", copy="Kopyahin ang link",
               latest="Pinakabagong balita", video="Panoorin", by="Ni"),
    "en": dict(ad="ADVERTISEMENT", rel="RELATED STORIES", also="READ:", comments="Comments", like="Like", reply="Reply",
               cmt_ph="Write a comment", cmt_btn="Post", cmt_more="View all comments", login="Log in", register="Subscribe",
               app="Get the app", home="Home", share="Share", related="More stories", rank="Most Read", next="Next story",
               tags="Tags", breaking="Breaking", cookie_ok="Accept", cookie_set="Manage settings", oprail="Opinion",
               follow="Follow us on Viber", views="views", copy="Copy link", latest="Latest News", video="Watch", by="By"),
    "km": dict(ad="ពាណិជ្ជកម្ម", rel="អត្ថបទទាក់ទង", also="អានបន្ថែម៖", comments="មតិយោបល់", like="ចូលចិត្ត", reply="ឆ្លើយតប",
               cmt_ph="សរសេរមតិយោបល់", cmt_btn="បញ្ជូន", cmt_more="មើលមតិយោបល់ទាំងអស់", login="ចូលគណនី", register="ចុះឈ្មោះ",
               app="ទាញយកកម្មវិធី", home="ទំព័រដើម", share="ចែករំលែក", related="អត្ថបទផ្សេងទៀត", rank="ពេញនិយមបំផុត",
               next="អត្ថបទបន្ទាប់", tags="ស្លាក", breaking="ព័ត៌មានថ្មីៗ", cookie_ok="យល់ព្រម", cookie_set="ការកំណត់",
               oprail="មតិ", follow="តាមដានយើងខ្ញុំតាម Telegram", views="ដងមើល", copy="ចម្លងតំណ", latest="ព័ត៌មានចុងក្រោយ",
               video="វីដេអូ", by="ដោយ"),
    "my": dict(ad="ကြော်ငြာ", rel="ဆက်စပ်သတင်းများ", also="ဆက်လက်ဖတ်ရှုရန်", comments="မှတ်ချက်များ", like="Like", reply="ပြန်ကြားရန်",
               cmt_ph="မှတ်ချက်ရေးရန်", cmt_btn="ပို့မည်", cmt_more="မှတ်ချက်အားလုံးကြည့်ရန်", login="ဝင်ရောက်ရန်",
               register="အကောင့်ဖွင့်ရန်", app="App ရယူရန်", home="ပင်မစာမျက်နှာ", share="မျှဝေရန်", related="အခြားသတင်းများ",
               rank="လူဖတ်အများဆုံး", next="နောက်သတင်း", tags="Tags", breaking="နောက်ဆုံးရသတင်း", cookie_ok="လက်ခံသည်",
               cookie_set="ဆက်တင်များ", oprail="အာဘော်", follow="Telegram Channel ကို Join ပါ", views="ကြိမ်ဖတ်ရှု",
               copy="Link ကူးရန်", latest="နောက်ဆုံးသတင်းများ", video="ဗီဒီယို", by=""),
    "lo": dict(ad="ໂຄສະນາ", rel="ຂ່າວທີ່ກ່ຽວຂ້ອງ", also="ອ່ານຕໍ່:", comments="ຄຳເຫັນ", like="ມັກ", reply="ຕອບກັບ",
               cmt_ph="ຂຽນຄຳເຫັນຂອງທ່ານ", cmt_btn="ສົ່ງ", cmt_more="ເບິ່ງຄຳເຫັນທັງໝົດ", login="ເຂົ້າສູ່ລະບົບ", register="ລົງທະບຽນ",
               app="ດາວໂຫຼດແອັບ", home="ໜ້າຫຼັກ", share="ແບ່ງປັນ", related="ຂ່າວອື່ນໆ", rank="ຂ່າວຍອດນິຍົມ", next="ຂ່າວຕໍ່ໄປ",
               tags="ແທັກ", breaking="ຂ່າວດ່ວນ", cookie_ok="ຍອມຮັບ", cookie_set="ຕັ້ງຄ່າ", oprail="ທັດສະນະ",
               follow="ຕິດຕາມພວກເຮົາທາງ WhatsApp", views="ຄັ້ງ", copy="ສຳເນົາລິ້ງ", latest="ຂ່າວລ່າສຸດ", video="ວິດີໂອ", by="ໂດຍ"),
}

MARK = re.compile(r"\[\[([A-Z]+)(?:\|(.*))?\]\]", re.S)
UNSPACED = {"th", "km", "my", "lo"}
LEADING = set("\u0e40\u0e41\u0e42\u0e43\u0e44\u0ec0\u0ec1\u0ec2\u0ec3\u0ec4")
JOINERS = {"\u17d2", "\u1039"}  # Khmer coeng, Burmese virama: the next consonant stacks under this one


def words(p):
    return {**W[p["lang"]], **p.get("w", {})}


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
    """In Thai, Khmer, Burmese and Lao a marked snippet longer than n characters is cut to a prefix of at most n
    characters (the mark is moved, the text is unchanged): at the last space if there is one after the 10th
    character, else at a cluster boundary (never before a combining mark, after a Thai or Lao leading vowel or after
    a Khmer coeng or Burmese virama). Snippets are 10-30 characters."""
    if lang not in UNSPACED:
        return html

    def rep(m):
        o, t, c = m.group(1), m.group(2), m.group(3)
        if "<" in t or len(t) <= n:
            return m.group(0)
        sp = t.rfind(" ", 0, n + 1)
        k = sp if sp >= 10 else n
        while k > 10 and (unicodedata.category(t[k])[0] == "M" or t[k - 1] in LEADING or t[k - 1] in JOINERS):
            k -= 1
        return o + t[:k].rstrip() + c + t[k:]
    return re.sub(r"(⟦|⟪)(.*?)(⟧|⟫)", rep, html, flags=re.S)


def finish(html, lang):
    """NFC (Vietnamese and Burmese typed with combining sequences compose) and the short marks."""
    return short_marks(unicodedata.normalize("NFC", html), lang)


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


def story_url(p, t, base=None):
    base = base or p.get("secpath", "news")
    s = sl(t)
    if s == slug(t):  # a headline in a script without Latin letters: a numeric id
        return "https://%s/%s/%d" % (p["domain"], base, 3100000 + int(slug(t + "x")) * 7)
    return "https://%s/%s/%s-%s" % (p["domain"], base, s, slug(t))


def story(p, t, base=None):
    return '<a href="%s">%s</a>' % (story_url(p, t, base), t)


def stories(p, items, base=None, li=""):
    return "".join('<li%s>%s</li>' % (' class="%s"' % li if li else "", story(p, t, base)) for t in items)


def thumbs(p, items, base=None, cls="card"):
    """Teaser cards with a thumbnail; an item is a headline or a (kicker, headline) pair."""
    out = []
    for it in items:
        kick, t = it if isinstance(it, tuple) else ("", it)
        out.append('<li class="%s"><a class="thumb" href="%s"><img src="%s" alt="" loading="lazy"></a>%s<h4>%s</h4></li>' % (
            cls, story_url(p, t, base), imgsrc(p, t, 320, 180), '<span class="kicker">%s</span>' % kick if kick else "", story(p, t, base)))
    return "".join(out)


def ranking(p, items, cls="rank-list", counts=None):
    out = []
    for i, t in enumerate(items):
        c = ' <span class="num">%s</span>' % counts[i] if counts and i < len(counts) else ""
        out.append('<li><span class="rank">%d</span>%s%s</li>' % (i + 1, story(p, t), c))
    return '<ol class="%s">%s</ol>' % (cls, "".join(out))


def menu_grid(groups, cls="nav-grid"):
    out = []
    for head_, items in groups:
        out.append('<li class="nav-item">%s%s</li>' % (link(head_), '<ul class="sub-menu">%s</ul>' % lis(items, "/" + sl(head_)) if items else ""))
    return '<nav class="%s"><ul>%s</ul></nav>' % (cls, "".join(out))


def imgsrc(p, name, w=640, h=360):
    return "https://cdn.%s/uploads/%s/%s_%dx%d.jpg" % (p["domain"].replace("www.", ""), p["pub"][:7].replace("-", "/"), slug(name), w, h)


def page_head(p, fmt="%s | %s"):
    """meta: full (Open Graph + JSON-LD), og (Open Graph only; no date there when p["meta_pub"] is False),
    ld (JSON-LD and og:url only), min (title, canonical and og:url only)."""
    m = p.get("meta", "full")
    extra = p.get("head_extra", "")
    fmt = p.get("title_fmt", fmt)

    def ldo():
        o = article_ld(p, author_single=p.get("ld_single", False))
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


def html_open(p, fmt, body_cls, css=""):
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n<link rel="stylesheet" href="https://static.%s/assets/css/%s.%s.css">\n'
            '<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"section":"%s","articleId":"%s","pageType":"article"});</script>\n'
            '<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>\n</head>\n<body class="%s">\n'
            % (p.get("html_lang", p["lang"]), page_head(p, fmt), p["domain"].replace("www.", ""), css or "main", hexid(p["domain"], 8),
               p.get("secpath", "news"), hexid(p["url"], 8), body_cls))


def cookie(p, text, cls="cookie-consent"):
    w = words(p)
    return ('<div class="%s" id="cookie-consent" role="dialog" aria-live="polite"><p>%s <a href="/privacy">%s</a></p>'
            '<button class="btn-accept" type="button">%s</button> <button class="btn-settings" type="button">%s</button></div>\n'
            % (cls, text, p.get("privacy_label", "Privacy Policy"), w["cookie_ok"], w["cookie_set"]))


def render_body(p, w, open_tag, close_tag, cls, para=None, split_between=None):
    """The body HTML from p["body"]: containers opened with open_tag; inserts rendered with the skin's words w and
    classes cls; the furniture nested in the containers is added to p["exclude"]."""
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
            h = cls.get("h", "h2")
            out.append('<%s>%s</%s>' % (h, a[0], h))
        elif name == "LIST":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % x for x in a))
        elif name == "OL":
            out.append("<ol>%s</ol>" % "".join("<li>%s</li>" % x for x in a))
        elif name == "QUOTE":
            out.append("<blockquote><p>%s</p></blockquote>" % a[0])
        elif name == "AD":
            c = cls["ad"]
            excl(p, "div.%s*" % c)
            extra = '<span class="ad-scroll">%s</span>' % cls["ad_scroll"] if cls.get("ad_scroll") else ""
            out.append('<div class="%s"><span class="ad-label">%s</span><div id="div-gpt-ad-%s" data-slot="inarticle"></div>%s</div>' % (c, w["ad"], uid(), extra))
        elif name == "REL":
            c = cls["rel"]
            excl(p, "div.%s*" % c)
            out.append('<div class="%s"><p class="%s-title">%s</p><ul>%s</ul></div>' % (c, c, p.get("rel_label", w["rel"]), stories(p, a)))
        elif name == "ALSO":
            tag, c = cls.get("also", "p.read-also").split(".")
            excl(p, "%s.%s*" % (tag, c))
            if tag == "strong":  # <p><strong class="…">Baca juga: <a>…</a></strong></p>
                out.append('<p><strong class="%s">%s %s</strong></p>' % (c, w["also"], story(p, a[0])))
            else:
                out.append('<%s class="%s"><strong>%s</strong> %s</%s>' % (tag, c, w["also"], story(p, a[0]), tag))
        elif name == "PHOTO":
            c = cls.get("photo", "figure.wp-caption")
            tag, cc = c.split(".")
            excl(p, "%s.%s*" % (tag, cc))
            out.append('<%s class="%s"><img src="%s" alt=""><figcaption>%s</figcaption></%s>' % (tag, cc, imgsrc(p, a[0]), a[0], tag))
        elif name == "SIGN":
            c = cls.get("sign", "p.editor-line")
            tag, cc = c.split(".")
            excl(p, "%s.%s*" % (tag, cc))
            out.append('<%s class="%s">%s</%s>' % (tag, cc, a[0], tag))
        elif name == "NOTE":
            c = cls.get("note", "p.writer-note")
            tag, cc = c.split(".")
            excl(p, "%s.%s*" % (tag, cc))
            out.append('<%s class="%s">%s</%s>' % (tag, cc, a[0], tag))
        elif name == "APP":
            excl(p, "div.%s*" % cls.get("app", "app-promo"))
            out.append('<div class="%s"><a href="https://%s/app?utm_source=article_%s">%s</a></div>' % (cls.get("app", "app-promo"), p["domain"], uid(), a[0]))
        elif name == "NEWS":
            excl(p, "div.%s*" % cls.get("news", "newsletter-inline"))
            out.append('<div class="%s"><p>%s</p><form action="/newsletter"><input type="email" placeholder="Email"><button>OK</button></form></div>'
                       % (cls.get("news", "newsletter-inline"), a[0]))
        elif name == "VIDEO":
            excl(p, "div.%s*" % cls.get("video", "video-embed"))
            out.append('<div class="%s"><p class="video-kicker">%s</p><div class="player" data-id="%s"></div><p class="video-title">%s</p></div>'
                       % (cls.get("video", "video-embed"), w["video"], uid(), a[0]))
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
    return ('<section class="%s-box" id="comments"><h3>%s (%s)</h3><div class="%s-form"><textarea placeholder="%s"></textarea>'
            '<button>%s</button></div><ul>%s</ul><a class="%s-more" href="#more">%s</a></section>\n'
            % (cls, w["comments"], p.get("comment_count", len(p["comments"])), cls, w["cmt_ph"], w["cmt_btn"], items, cls, w["cmt_more"]))


def share_bar(names, cls="share-bar", label=""):
    return '<div class="%s">%s%s</div>' % (cls, '<span class="share-label">%s</span>' % label if label else "",
                                           "".join('<a class="share-%s" href="#share-%d" rel="nofollow">%s</a>' % (sl(n), i, n) for i, n in enumerate(names)))


def oprail(p, w, cls="opinion-rail"):
    """The site's opinion channel in the rail: (headline, columnist) pairs — says nothing about the page."""
    if not p.get("oprail"):
        return ""
    items = "".join('<li><span class="col-name">%s</span>%s</li>' % (n, story(p, t, p.get("opbase", "opinion"))) for t, n in p["oprail"])
    return '<section class="%s"><h3>%s</h3><ul>%s</ul></section>\n' % (cls, p.get("oprail_label", w["oprail"]), items)


def grow(pages, extra):
    """Adds the paragraphs extra[case] (a list) to a page's body, before its last text paragraph (so that the
    closing sentence stays last)."""
    for p in pages:
        if p["case"] not in extra:
            continue
        chunks = re.split(r"\n\s*\n", p["body"].strip())
        last = max(i for i, c in enumerate(chunks) if not c.startswith("[[") or c.startswith("[[TEXT"))
        if chunks[last].startswith("[[TEXT"):
            last = max(i for i, c in enumerate(chunks[:last]) if not c.startswith("[["))
        p["body"] = "\n\n".join(chunks[:last] + list(extra[p["case"]]) + chunks[last:])
