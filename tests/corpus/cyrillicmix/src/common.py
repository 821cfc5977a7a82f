"""Helpers the cyrillicmix skeletons share (on top of ../../probekit/kit.py): the words of the
furniture in each language, the body mini-language, <head> variants, menus, rankings, share bars,
comment sections. Not skins: probe_make takes every public function of a skin module as a skin, so
these live here.

Body mini-language: paragraphs separated by blank lines; an insert is a block of its own,
`[[NAME|arg|arg]]`:

  [[H|subheading]]       a subheading (text)          [[LIST|item|item]] / [[OL|…]]  a list (text)
  [[QUOTE|text]]         a block quote (text)         [[Q|question]]      an interview question (text)
  [[AD]]                 an ad slot (furniture)       [[REL|headline|…]]  a "Читайте также" box (furniture)
  [[PHOTO|caption]]      a photo with its caption     [[SIGN|text]]       a source / credit line (furniture)
  [[NOTE|text]]          a note about the writer      [[SUB|text]]        a Telegram / Viber prompt (furniture)
  [[SPLIT]]              the text continues in the next container, after the skin's ad block
  [[MORE|label]]         a "Читать далее" button; the rest of the text is in a collapsed container
  [[ENTRY|time|title]]   a live-blog entry: the time outside the text, the title and what follows inside
  [[TEXT|text]]          a paragraph with no snippet (a sign-off name)
"""
import re

from kit import article_ld, canonical, head, hexid, ld, plain, slug, title_tag

MARK = re.compile(r"\[\[([A-Z]+)(?:\|(.*))?\]\]", re.S)

# the furniture's words, by language ("sr-Latn": Serbian in Latin script)
WORDS = {
    "ru": dict(ad="Реклама", rel="Читайте также", comments="Комментарии", like="Нравится", reply="Ответить",
               cmt_ph="Написать комментарий…", cmt_btn="Отправить", cmt_more="Показать ещё комментарии", login="Войти",
               home="Главная", share="Поделиться", related="Читайте также", rank="Самое читаемое", opinions="Мнения",
               tags="Темы", breaking="Главное сейчас", cookie="Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с этим.",
               cookie_btn="Принять", err="Ошибка в тексте? Выделите её и нажмите Ctrl+Enter", views="просмотров",
               next="Следующая страница", page="Страница", more="Читать далее", search="Поиск", latest="Лента новостей",
               donate="Поддержать", author="Автор"),
    "uk": dict(ad="Реклама", rel="Читайте також", comments="Коментарі", like="Подобається", reply="Відповісти",
               cmt_ph="Залиште коментар…", cmt_btn="Надіслати", cmt_more="Більше коментарів", login="Увійти",
               home="Головна", share="Поділитися", related="Читайте також", rank="Популярне", opinions="Думки",
               tags="Теги", breaking="Головне", cookie="Ми використовуємо файли cookie. Залишаючись на сайті, ви погоджуєтеся з політикою конфіденційності.",
               cookie_btn="Зрозуміло", err="Помітили помилку? Виділіть її та натисніть Ctrl+Enter", views="переглядів",
               next="Наступна сторінка", page="Сторінка", more="Читати далі", search="Пошук", latest="Стрічка новин",
               donate="Підтримати", author="Автор"),
    "be": dict(ad="Рэклама", rel="Чытайце таксама", comments="Каментары", like="Падабаецца", reply="Адказаць",
               cmt_ph="Напішыце каментар…", cmt_btn="Даслаць", cmt_more="Паказаць яшчэ", login="Увайсці",
               home="Галоўная", share="Падзяліцца", related="Чытайце таксама", rank="Самае чытанае", opinions="Меркаванні",
               tags="Тэмы", breaking="Галоўнае", cookie="Мы выкарыстоўваем файлы cookie, каб сайт працаваў лепш.",
               cookie_btn="Згодны", err="Заўважылі памылку? Вылучыце яе і націсніце Ctrl+Enter", views="праглядаў",
               next="Наступная старонка", page="Старонка", more="Чытаць далей", search="Пошук", latest="Стужка навін",
               donate="Падтрымаць", author="Аўтар"),
    "bg": dict(ad="Реклама", rel="Прочетете още", comments="Коментари", like="Харесвам", reply="Отговори",
               cmt_ph="Напишете коментар…", cmt_btn="Публикувай", cmt_more="Покажи още коментари", login="Вход",
               home="Начало", share="Сподели", related="Прочетете още", rank="Най-четени", opinions="Мнения",
               tags="Етикети", breaking="Последни новини", cookie="Този сайт използва бисквитки (cookies). Като продължавате, вие се съгласявате с използването им.",
               cookie_btn="Съгласен съм", err="", views="прочитания", next="Следваща страница", page="Страница",
               more="Виж още", search="Търсене", latest="Последни", donate="", author="Автор"),
    "sr": dict(ad="Реклама", rel="Прочитајте још", comments="Коментари", like="Свиђа ми се", reply="Одговори",
               cmt_ph="Ваш коментар…", cmt_btn="Пошаљи", cmt_more="Учитај још коментара", login="Пријава",
               home="Почетна", share="Подели", related="Прочитајте још", rank="Најчитаније", opinions="Колумне",
               tags="Тагови", breaking="Најновије", cookie="Овај сајт користи колачиће. Наставком коришћења сајта прихватате њихову употребу.",
               cookie_btn="Прихватам", err="", views="прегледа", next="Следећа страна", page="Страна", more="Опширније",
               search="Претрага", latest="Најновије", donate="", author="Аутор"),
    "sr-Latn": dict(ad="Reklama", rel="Pročitajte još", comments="Komentari", like="Sviđa mi se", reply="Odgovori",
                    cmt_ph="Vaš komentar…", cmt_btn="Pošalji", cmt_more="Učitaj još komentara", login="Prijava",
                    home="Početna", share="Podeli", related="Pročitajte još", rank="Najčitanije", opinions="Kolumne",
                    tags="Tagovi", breaking="Najnovije", cookie="Ovaj sajt koristi kolačiće. Nastavkom korišćenja sajta prihvatate njihovu upotrebu.",
                    cookie_btn="Prihvatam", err="", views="pregleda", next="Sledeća strana", page="Strana", more="Opširnije",
                    search="Pretraga", latest="Najnovije", donate="", author="Autor"),
    "mk": dict(ad="Реклама", rel="Прочитајте и", comments="Коментари", like="Ми се допаѓа", reply="Одговори",
               cmt_ph="Вашиот коментар…", cmt_btn="Испрати", cmt_more="Повеќе коментари", login="Најава",
               home="Почетна", share="Сподели", related="Поврзани вести", rank="Најчитани", opinions="Колумни",
               tags="Тагови", breaking="Најнови", cookie="Оваа веб-страница користи колачиња за подобро корисничко искуство.",
               cookie_btn="Се согласувам", err="", views="прегледи", next="Следна страна", page="Страна", more="Повеќе",
               search="Барај", latest="Најнови", donate="", author="Автор"),
    "kk": dict(ad="Жарнама", rel="Тағы оқыңыз", comments="Пікірлер", like="Ұнайды", reply="Жауап беру",
               cmt_ph="Пікір қалдырыңыз…", cmt_btn="Жіберу", cmt_more="Тағы көрсету", login="Кіру",
               home="Басты бет", share="Бөлісу", related="Тақырыптас жаңалықтар", rank="Көп оқылған", opinions="Пікір",
               tags="Тегтер", breaking="Соңғы жаңалықтар", cookie="Сайт cookie файлдарын пайдаланады. Сайтты қолдануды жалғастыра отырып, сіз бұған келісесіз.",
               cookie_btn="Келісемін", err="Қате таптыңыз ба? Мәтінді белгілеп, Ctrl+Enter басыңыз", views="қаралым",
               next="Келесі бет", page="Бет", more="Толығырақ", search="Іздеу", latest="Жаңалықтар легі", donate="", author="Автор"),
    "ky": dict(ad="Жарнама", rel="Дагы окуңуз", comments="Комментарийлер", like="Жакты", reply="Жооп берүү",
               cmt_ph="Комментарий калтырыңыз…", cmt_btn="Жөнөтүү", cmt_more="Дагы көрсөтүү", login="Кирүү",
               home="Башкы бет", share="Бөлүшүү", related="Окшош кабарлар", rank="Көп окулган", opinions="Пикир",
               tags="Тегдер", breaking="Акыркы кабарлар", cookie="Сайт cookie файлдарын колдонот.", cookie_btn="Макул",
               err="Ката таптыңызбы? Белгилеп, Ctrl+Enter басыңыз", views="көрүү", next="Кийинки бет", page="Бет",
               more="Толугураак", search="Издөө", latest="Жаңылыктар тасмасы", donate="", author="Автор"),
    "mn": dict(ad="Сурталчилгаа", rel="Холбоотой мэдээ", comments="Сэтгэгдэл", like="Таалагдлаа", reply="Хариулах",
               cmt_ph="Сэтгэгдэл үлдээх…", cmt_btn="Илгээх", cmt_more="Бусад сэтгэгдэл", login="Нэвтрэх",
               home="Нүүр", share="Хуваалцах", related="Төстэй мэдээ", rank="Их уншсан", opinions="Нийтлэл",
               tags="Түлхүүр үг", breaking="Шуурхай", cookie="Энэхүү сайт cookie ашигладаг.", cookie_btn="Зөвшөөрөх",
               err="", views="үзсэн", next="Дараагийн хуудас", page="Хуудас", more="Цааш унших", search="Хайх",
               latest="Шинэ мэдээ", donate="", author="Нийтэлсэн"),
    "ka": dict(ad="რეკლამა", rel="ასევე წაიკითხეთ", comments="კომენტარები", like="მომწონს", reply="პასუხი",
               cmt_ph="დაწერეთ კომენტარი…", cmt_btn="გაგზავნა", cmt_more="მეტი კომენტარი", login="შესვლა",
               home="მთავარი", share="გაზიარება", related="მსგავსი სიახლეები", rank="ყველაზე კითხვადი", opinions="მოსაზრებები",
               tags="თეგები", breaking="ბოლო ამბები", cookie="ვებგვერდი იყენებს ქუქი-ფაილებს.", cookie_btn="ვეთანხმები",
               err="", views="ნახვა", next="შემდეგი გვერდი", page="გვერდი", more="ვრცლად", search="ძებნა",
               latest="სიახლეები", donate="", author="ავტორი"),
    "hy": dict(ad="Գովազդ", rel="Կարդացեք նաև", comments="Մեկնաբանություններ", like="Հավանել", reply="Պատասխանել",
               cmt_ph="Գրեք մեկնաբանություն…", cmt_btn="Ուղարկել", cmt_more="Ավելին", login="Մուտք",
               home="Գլխավոր", share="Կիսվել", related="Նմանատիպ նյութեր", rank="Ամենաընթերցվածը", opinions="Կարծիք",
               tags="Պիտակներ", breaking="Լրահոս", cookie="Կայքը օգտագործում է cookie ֆայլեր։", cookie_btn="Համաձայն եմ",
               err="", views="դիտում", next="Հաջորդ էջ", page="Էջ", more="Ավելին", search="Որոնում", latest="Լրահոս",
               donate="", author="Հեղինակ"),
}


def words(p):
    return {**WORDS[p.get("wlang", p["lang"])], **p.get("w", {})}


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


TR = str.maketrans({c: l for c, l in zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґўәғқңөұүһј",
                                         ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                                          "u", "f", "h", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya", "i", "yi", "ye", "g", "u",
                                          "a", "g", "q", "n", "o", "u", "u", "h", "j"])})


TR.update(str.maketrans({"ћ": "c", "ђ": "dj", "љ": "lj", "њ": "nj", "џ": "dz", "ѓ": "gj", "ќ": "kj", "ѕ": "dz", "ч": "ch", "š": "s", "ž": "z", "č": "c", "ć": "c", "đ": "dj"}))


def sl(t):
    s = re.sub(r"[^a-z0-9]+", "-", plain(t).lower().translate(TR)).strip("-")
    return s[:40].strip("-") if len(s) > 2 else slug(t)


def link(t, base="", cls=""):
    return '<a%s href="%s/%s/">%s</a>' % (' class="%s"' % cls if cls else "", base, sl(t), t)


def links(items, base="", sep=" "):
    return sep.join(link(t, base) for t in items)


def lis(items, base="", li=""):
    return "".join('<li%s>%s</li>' % (' class="%s"' % li if li else "", link(t, base)) for t in items)


def story(p, t, base=None):
    base = base or p.get("secpath", "news")
    return '<a href="https://%s/%s/%s-%s">%s</a>' % (p["domain"], base, sl(t)[:32].strip("-"), slug(t), t)


def stories(p, items, base=None, li=""):
    return "".join('<li%s>%s</li>' % (' class="%s"' % li if li else "", story(p, t, base)) for t in items)


def teasers(p, items, base=None, cls="teaser"):
    """Teasers with a kicker: items are (kicker, headline) or (kicker, headline, author)."""
    out = []
    for it in items:
        k, t = it[0], it[1]
        a = '<span class="%s__author">%s</span>' % (cls, it[2]) if len(it) > 2 else ""
        out.append('<li class="%s"><span class="%s__kicker">%s</span> %s %s</li>' % (cls, cls, k, story(p, t, base), a))
    return "<ul>%s</ul>" % "".join(out)


def ranking(p, items, cls="top-list", counts=None):
    out = []
    for i, t in enumerate(items):
        c = ' <span class="views">%s</span>' % counts[i] if counts and i < len(counts) else ""
        out.append('<li><span class="num">%d</span>%s%s</li>' % (i + 1, story(p, t), c))
    return '<ol class="%s">%s</ol>' % (cls, "".join(out))


def menu(items, cls="main-menu", base=""):
    """A menu: items are strings or (name, [sub-items])."""
    out = []
    for it in items:
        if isinstance(it, tuple):
            out.append('<li class="has-sub">%s<ul class="sub">%s</ul></li>' % (link(it[0], base), lis(it[1], base + "/" + sl(it[0]))))
        else:
            out.append("<li>%s</li>" % link(it, base))
    return '<ul class="%s">%s</ul>' % (cls, "".join(out))


def imgsrc(p, name, w=800, h=450):
    return "https://cdn.%s/img/%s/%s_%dx%d.jpg" % (p["domain"].replace("www.", ""), p["pub"][:7].replace("-", "/"), slug(name), w, h)


def page_head(p, fmt):
    """meta: full (Open Graph + JSON-LD), og (Open Graph only; meta_pub=False drops its date), ld
    (JSON-LD and og:url only), min (title, canonical and og:url only: no date metadata)."""
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
    if extra:
        parts.append(extra)
    return "\n".join(parts)


def html_open(p, fmt, body_cls):
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n<link rel="stylesheet" href="https://static.%s/assets/app.%s.css">\n'
            '<script>window.__APP__={"section":"%s","id":"%s","ads":{"unit":"/%s/article","adfox":true}};</script>\n'
            '<script async src="https://static.%s/assets/app.%s.js"></script>\n</head>\n<body class="%s">\n'
            % (p.get("html_lang", p["lang"]), page_head(p, fmt), p["domain"].replace("www.", ""), hexid(p["domain"], 8), p.get("secpath", "news"),
               hexid(p["url"], 8), hexid(p["site"], 8), p["domain"].replace("www.", ""), hexid(p["site"], 8), body_cls))


def render_body(p, w, open_tag, close_tag, para=None, split_between=None):
    """The body HTML from p["body"]: containers opened with open_tag; inserts rendered with the
    skin's words w; the furniture nested in the containers is added to p["exclude"]."""
    para = para or (lambda a: "<p>%s</p>" % a)
    bl = blocks(p["body"])
    live = any(n == "ENTRY" for n, _ in bl)
    out = [] if live else [open_tag]
    n = [0]

    def uid():
        n[0] += 1
        return hexid(p["url"] + str(n[0]), 6)
    for name, a in bl:
        if name == "p":
            out.append(para(a))
        elif name == "TEXT":
            out.append(para(a[0]))
        elif name == "H":
            out.append("<h2>%s</h2>" % a[0])
        elif name == "Q":
            out.append('<p class="question"><strong>%s</strong></p>' % a[0])
        elif name == "LIST":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % x for x in a))
        elif name == "OL":
            out.append("<ol>%s</ol>" % "".join("<li>%s</li>" % x for x in a))
        elif name == "QUOTE":
            out.append("<blockquote><p>%s</p></blockquote>" % a[0])
        elif name == "AD":
            excl(p, "div.ad-slot*")
            out.append('<div class="ad-slot"><span class="ad-slot__label">%s</span><div id="adfox_%s" data-place="inpage"></div></div>' % (w["ad"], uid()))
        elif name == "REL":
            excl(p, "div.read-also*")
            out.append('<div class="read-also"><div class="read-also__title">%s</div><ul>%s</ul></div>' % (w["rel"], stories(p, a)))
        elif name == "PHOTO":
            excl(p, "figure.inline-photo*")
            out.append('<figure class="inline-photo"><img src="%s" alt="" loading="lazy"><figcaption>%s</figcaption></figure>' % (imgsrc(p, a[0]), a[0]))
        elif name == "SIGN":
            excl(p, "p.source-note*")
            out.append('<p class="source-note">%s</p>' % a[0])
        elif name == "NOTE":
            excl(p, "div.author-note*")
            out.append('<div class="author-note"><p>%s</p></div>' % a[0])
        elif name == "SUB":
            excl(p, "div.subscribe-inline*")
            out.append('<div class="subscribe-inline"><a href="https://t.me/%s" rel="nofollow">%s</a></div>' % (sl(p["site"]), a[0]))
        elif name == "SPLIT":
            between = split_between(p, uid()) if split_between else ""
            out.append(close_tag + between + open_tag)
        elif name == "MORE":
            out.append(close_tag + '<div class="read-more"><button class="read-more__btn" type="button">%s</button></div>' % a[0] +
                       open_tag.replace('">', ' is-collapsed" aria-hidden="true">', 1))
        elif name == "ENTRY":
            if len(out):
                out.append(close_tag + "</div>")
            out.append('<div class="live-entry" id="post-%s"><div class="live-entry__time">%s</div>' % (uid(), a[0]) + open_tag +
                       ("<h3>%s</h3>" % a[1] if len(a) > 1 and a[1] else ""))
        else:
            raise ValueError(name)
    out.append(close_tag + ("</div>" if live else ""))
    return "\n".join(out)


def comments_html(p, w, cls="comments"):
    """A comment section: p["comments"] is a list of (user, when, text, likes)."""
    if not p.get("comments"):
        return ""
    items = "".join('<li class="%s__item"><div class="%s__head"><b class="%s__user">%s</b> <span class="%s__time">%s</span></div><p class="%s__text">%s</p>'
                    '<div class="%s__actions"><a href="#like">%s %s</a> <a href="#reply">%s</a></div></li>'
                    % (cls, cls, cls, u, cls, t, cls, x, cls, w["like"], lk, w["reply"]) for u, t, x, lk in p["comments"])
    return ('<section class="%s" id="comments"><h3>%s <span>%s</span></h3><form class="%s__form"><textarea placeholder="%s"></textarea>'
            '<button type="button">%s</button></form><ul>%s</ul><button class="%s__more" type="button">%s</button></section>\n'
            % (cls, w["comments"], p.get("comment_count", len(p["comments"])), cls, w["cmt_ph"], w["cmt_btn"], items, cls, w["cmt_more"]))


def share_bar(names, cls="share", label=""):
    return '<div class="%s">%s%s</div>' % (cls, '<span class="%s__label">%s</span>' % (cls, label) if label else "",
                                           "".join('<a class="%s__%s" href="#share-%d" rel="nofollow">%s</a>' % (cls, sl(n), i, n) for i, n in enumerate(names)))


def cookie_banner(w):
    return ('<div class="cookie-consent" role="dialog"><p>%s</p><button type="button">%s</button></div>\n' % (w["cookie"], w["cookie_btn"]))


def byline_block(p, cls):
    """An author box with a photo and a role per author (p["author_box"]: list of (name, role)), or
    the printed byline (p["byline_html"])."""
    if p.get("author_box"):
        out = []
        for name, role in p["author_box"]:
            out.append('<div class="%s__item"><img class="%s__photo" src="https://cdn.%s/authors/%s.jpg" alt="%s" width="48" height="48">'
                       '<div class="%s__info"><a class="%s__name" href="/authors/%s/">%s</a>%s</div></div>'
                       % (cls, cls, p["domain"].replace("www.", ""), sl(name), name, cls, cls, sl(name), name,
                          ' <span class="%s__role">%s</span>' % (cls, role) if role else ""))
        return '<div class="%s">%s</div>' % (cls, "".join(out))
    if p.get("byline_html"):
        return '<div class="%s">%s</div>' % (cls, p["byline_html"])
    return ""


def grow(pages, extra):
    """Adds the paragraphs extra[case] (a list) to a page's body, before its last text paragraph
    (so that the closing sentence stays last)."""
    for p in pages:
        if p["case"] not in extra:
            continue
        chunks = re.split(r"\n\s*\n", p["body"].strip())
        last = max(i for i, c in enumerate(chunks) if not c.startswith("[["))
        p["body"] = "\n\n".join(chunks[:last] + list(extra[p["case"]]) + chunks[last:])
