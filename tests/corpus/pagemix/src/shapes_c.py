"""Page shapes, part C: interview, op-ed with a bio, correction notes, data tables, listicles, hero headers,
several <article> elements, text-block bodies, RTL and Devanagari pages."""
import re

from kit import attr, article_ld, head, hexid, href, img, ld, nav, plain, slug


def _teasers(p, items, base="news", cls=""):
    return "".join('<li%s><a href="%s">%s</a></li>' % (' class="%s"' % cls if cls else "", href(p, t, base), t) for t in items)


# ------------------------------------------------------------------------------------------ Q&A interview (French regional site)
def interview_fr(p):
    html = ('<!DOCTYPE html>\n<html lang="fr">\n<head>\n%s\n</head>\n' % head(p, fmt="%s - %s") +
            '<body class="node-type-article">\n<header id="header"><div class="logo"><a href="/">%s</a></div><nav id="menu">%s</nav>'
            '<div class="header-actions"><a href="/abonnement">S’abonner</a><a href="/user/login">Mon compte</a></div></header>\n' % (p["site"], nav(p["nav"])) +
            '<main id="main"><article class="node node-article">\n<div class="field-surtitre">%s</div>\n<h1 class="page-title">%s</h1>\n' % (p["kicker"], p["h1"]) +
            '<div class="field-auteur">%s</div><div class="field-date">%s</div>\n' % (p["byline_text"], p["date"]) +
            '<figure class="field-image">%s<figcaption>%s</figcaption></figure>\n' % (img(p, p["url"]), p["caption"]) +
            '<div class="field-body">\n%s\n</div>\n' % p["body"] +
            '<div class="field-tags">Mots-clés : %s</div>\n</article>\n' % ", ".join('<a href="/tags/%s">%s</a>' % (slug(t), t) for t in p["tags"]) +
            '<aside class="region-sidebar"><div class="block-newsletter"><p>%s</p><input type="email"><button>Valider</button></div>'
            '<div class="block-plus-lus"><h2>Les plus lus</h2><ol>%s</ol></div></aside>\n</main>\n' % (p["newsletter"], _teasers(p, p["most_read"], "actualite")) +
            '<footer id="footer"><p>%s</p></footer>\n</body>\n</html>\n' % p["footer"])
    return html, ["div.field-body"]


# ------------------------------------------------------------------------------------------ op-ed with the author's bio in the last body paragraph
def oped_en(p):
    html = ('<!DOCTYPE html>\n<html lang="en">\n<head>\n%s\n</head>\n' % head(p, fmt="%s | %s") +
            '<body class="article opinion">\n<div class="masthead"><a class="masthead__logo" href="/">%s</a><nav class="masthead__nav">%s</nav>'
            '<a class="masthead__cta" href="/subscribe">Subscribe for $1</a></div>\n' % (p["site"], nav(p["nav"])) +
            '<main class="article-main"><article class="story opinion-story">\n<div class="story-label"><a href="/opinion/">Opinion</a> <span class="story-label__type">%s</span></div>\n' % p["label"] +
            '<h1 class="story-headline">%s</h1>\n<p class="story-summary">%s</p>\n' % (p["h1"], p["deck"]) +
            '<div class="story-byline"><span class="story-byline__name">%s</span><time datetime="%s">%s</time></div>\n' % (p["byline_text"], p["pub"], p["date"]) +
            '<figure class="story-art">%s<figcaption>%s</figcaption></figure>\n' % (img(p, p["url"]), p["caption"]) +
            '<div class="story-body" data-qa="article-body">\n%s\n</div>\n' % p["body"] +
            '<div class="story-letters"><p>%s</p></div>\n</article>\n' % p["letters"] +
            '<section class="more-opinion"><h2>More in Opinion</h2><ul>%s</ul></section>\n</main>\n' % _teasers(p, p["more"], "opinion") +
            '<footer class="site-footer"><p>%s</p></footer>\n</body>\n</html>\n' % p["footer"])
    return html, ["div.story-body"]


# ------------------------------------------------------------------------------------------ news with an update and a correction note (German)
def correction_de(p):
    html = ('<!DOCTYPE html>\n<html lang="de">\n<head>\n%s\n</head>\n' % head(p) +
            '<body class="id-article">\n<header class="id-SiteHeader"><a class="id-SiteHeader-logo" href="/">%s</a><nav class="id-SiteHeader-nav">%s</nav></header>\n' % (p["site"], nav(p["nav"])) +
            '<ol class="id-Breadcrumb"><li><a href="/">Startseite</a></li><li><a href="/lokales/">Lokales</a></li><li><a href="/lokales/oberhain/">Oberhain</a></li></ol>\n' +
            '<main class="id-Article"><article class="id-Story">\n<header class="id-Story-header"><p class="id-Story-kicker">%s</p><h1 class="id-Story-title">%s</h1>\n' % (p["kicker"], p["h1"]) +
            '<div class="id-Story-meta"><p class="id-Story-timestamp"><time datetime="%s">Stand: %s</time></p><p class="id-Story-authors">Von <a href="/autor/%s/">%s</a></p></div>\n'
            % (p["mod"], p["date_mod"], slug(p["authors"][0]), p["authors"][0]) +
            '<p class="id-Story-lead">%s</p></header>\n' % p["deck"] +
            '<figure class="id-Story-figure">%s<figcaption>%s</figcaption></figure>\n' % (img(p, p["url"]), p["caption"]) +
            '<div class="id-Story-body">\n%s\n</div>\n' % p["body"] +
            '<aside class="id-Story-correction" role="note">%s</aside>\n' % p["correction"] +
            '<div class="id-Story-share"><span>Teilen:</span><a href="#">Facebook</a><a href="#">WhatsApp</a><a href="#">E-Mail</a></div>\n</article>\n' +
            '<section class="id-Related"><h2>Mehr aus Oberhain</h2><ul>%s</ul></section>\n</main>\n' % _teasers(p, p["related"], "lokales") +
            '<footer class="id-SiteFooter"><p>%s</p></footer>\n</body>\n</html>\n' % p["footer"])
    return html, ["div.id-Story-body", "aside.id-Story-correction"]


# ------------------------------------------------------------------------------------------ a guide with a data table and footnotes (Dutch)
def table_nl(p):
    html = ('<!DOCTYPE html>\n<html lang="nl">\n<head>\n%s\n</head>\n' % head(p, fmt="%s - %s") +
            '<body class="template-artikel">\n<header class="top"><a class="top__logo" href="/">%s</a><nav class="top__nav">%s</nav><a class="top__login" href="/inloggen">Inloggen</a></header>\n'
            % (p["site"], nav(p["nav"])) +
            '<main class="artikel"><article>\n<div class="artikel__rubriek">%s</div><h1 class="artikel__titel">%s</h1><p class="artikel__intro">%s</p>\n' % (p["section"], p["h1"], p["deck"]) +
            '<div class="artikel__meta">%s · <time datetime="%s">%s</time> · %s</div>\n' % (p["byline_text"], p["pub"], p["date"], p["reading"]) +
            '<div class="artikel__body">\n%s\n</div>\n' % p["body"] +
            '<div class="artikel__feedback"><p>%s</p><button>Ja</button><button>Nee</button></div>\n</article>\n' % p["feedback"] +
            '<aside class="artikel__gerelateerd"><h2>Lees ook</h2><ul>%s</ul></aside>\n' % _teasers(p, p["related"], "energie") +
            '<section class="nieuwsbrief"><h2>%s</h2><input type="email" placeholder="E-mailadres"><button>Aanmelden</button></section>\n</main>\n' % p["newsletter"] +
            '<footer class="voet"><p>%s</p></footer>\n</body>\n</html>\n' % p["footer"])
    return html, ["div.artikel__body"]


# ------------------------------------------------------------------------------------------ listicles
def listicle_en(p):
    items = []
    for i, (h, credit, text) in enumerate(p["items"]):
        items.append('<section class="list-item" id="item-%d"><h2 class="list-item__title">%s</h2><figure class="list-item__media">%s<figcaption class="list-item__credit">%s</figcaption></figure>'
                     '<div class="list-item__text">%s</div></section>' % (i + 1, h, img(p, h, 1200, 800), credit, text))
        if i in p["ads_after"]:
            items.append('<div class="ad-container ad-container--inline" data-ad-position="inline-%d"><p class="ad-container__label">Advertisement</p><div class="ad-slot"></div></div>' % i)
    html = ('<!DOCTYPE html>\n<html lang="en">\n<head>\n%s\n</head>\n' % head(p, fmt="%s | %s") +
            '<body class="post-template">\n<header class="nav-header"><a class="brand" href="/">%s</a><nav>%s</nav><button class="search-toggle">Search</button></header>\n' % (p["site"], nav(p["nav"])) +
            '<main><article class="post post--list">\n<div class="post__category"><a href="/outdoors/">%s</a></div><h1 class="post__title">%s</h1><p class="post__dek">%s</p>\n' % (p["section"], p["h1"], p["deck"]) +
            '<div class="post__byline">%s <span class="post__date">Published %s</span></div>\n' % (p["byline_text"], p["date"]) +
            '<p class="post__disclosure">%s</p>\n' % p["disclosure"] +
            '<div class="post__content">\n%s\n%s\n%s\n</div>\n</article>\n' % (p["intro"], "\n".join(items), p["outro"]) +
            '<section class="post__related"><h2>You might also like</h2><ul>%s</ul></section>\n' % _teasers(p, p["related"], "outdoors") +
            '<section class="newsletter-box"><p>%s</p><input type="email"><button>Subscribe</button></section>\n</main>\n' % p["newsletter"] +
            '<footer class="site-foot"><p>%s</p></footer>\n</body>\n</html>\n' % p["footer"])
    return html, ["div.post__content"]


def listicle_ru(p):
    items = []
    for i, (h, text) in enumerate(p["items"]):
        items.append('<div class="tip"><h2 class="tip__title"><span class="tip__num">%d</span> %s</h2><div class="tip__pic">%s<span class="tip__credit">%s</span></div>%s</div>'
                     % (i + 1, h, img(p, h, 900, 600), p["credit"], text))
        if i in p["ads_after"]:
            items.append('<div class="rek-block"><span class="rek-block__label">Реклама</span><div id="adfox_%s_%d"></div><p class="rek-block__erid">%s</p></div>' % (hexid(p["url"], 6), i, p["erid"]))
    html = ('<!DOCTYPE html>\n<html lang="ru">\n<head>\n%s\n</head>\n' % head(p, fmt="%s — %s") +
            '<body>\n<div class="page">\n<header class="head"><a class="head__logo" href="/">%s</a><ul class="head__menu">%s</ul></header>\n'
            % (p["site"], "".join('<li><a href="/%s/">%s</a></li>' % (slug(n), n) for n in p["nav"])) +
            '<div class="crumbs"><a href="/">Главная</a> / <a href="/dom/">Дом и быт</a></div>\n' +
            '<div class="content"><div class="post">\n<h1 class="post-title">%s</h1>\n<div class="post-info"><span class="post-author">%s</span><span class="post-date">%s</span><span class="post-views">%s</span></div>\n'
            % (p["h1"], p["byline_text"], p["date"], p["views"]) +
            '<div class="post-text">\n%s\n%s\n%s\n</div>\n</div>\n' % (p["intro"], "\n".join(items), p["outro"]) +
            '<div class="post-rating"><p>%s</p></div>\n' % p["rating"] +
            '<div class="similar"><h3>Похожие статьи</h3><ul>%s</ul></div>\n</div>\n' % _teasers(p, p["related"], "dom") +
            '<footer class="foot"><p>%s</p></footer>\n</div>\n</body>\n</html>\n' % p["footer"])
    return html, ["div.post-text"]


# ------------------------------------------------------------------------------------------ hero image and breadcrumb before the headline, standfirst, two authors plus a contributor
def hero_en(p):
    html = ('<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n%s\n</head>\n' % head(p, fmt="%s | %s") +
            '<body class="article-page">\n<header class="global-header"><a class="global-header__logo" href="/">%s</a><nav class="global-header__nav">%s</nav></header>\n' % (p["site"], nav(p["nav"])) +
            '<main id="main-content"><article class="article" data-article-id="%s">\n' % hexid(p["url"], 8) +
            '<figure class="article-hero article-hero--full">%s<figcaption class="article-hero__caption">%s <span class="article-hero__credit">%s</span></figcaption></figure>\n'
            % (img(p, p["url"], 2400, 1350, "article-hero__img"), p["caption"], p["credit"]) +
            '<header class="article-header"><nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/news/">News</a></li><li><a href="/news/health/">%s</a></li></ol></nav>\n' % p["crumb"] +
            '<h1 class="article-header__headline">%s</h1>\n<p class="article-header__standfirst standfirst">%s</p>\n' % (p["h1"], p["deck"]) +
            '<div class="article-header__byline"><p class="byline">%s</p><p class="article-header__date"><time datetime="%s">%s</time></p></div>\n' % (p["byline_html"], p["pub"], p["date"]) +
            '<ul class="article-header__share"><li><a href="#">Share on Facebook</a></li><li><a href="#">Share on X</a></li><li><a href="#">Copy link</a></li></ul></header>\n' +
            '<div class="article-body">\n%s\n</div>\n' % p["body"] +
            '<div class="article-topics"><h2>Related topics</h2><ul>%s</ul></div>\n</article>\n' % "".join('<li><a href="/topic/%s">%s</a></li>' % (slug(t), t) for t in p["topics"]) +
            '<aside class="most-read"><h2>Most read</h2><ol>%s</ol></aside>\n' % _teasers(p, p["most_read"]) +
            '<section class="newsletter-signup"><h2>%s</h2><form><input type="email"><button>Sign up</button></form></section>\n</main>\n' % p["newsletter"] +
            '<footer class="global-footer"><p>%s</p></footer>\n</body>\n</html>\n' % p["footer"])
    return html, ["div.article-body"]


# ------------------------------------------------------------------------------------------ several <article> elements
def multi_ru(p):
    cards = lambda items: "".join('<article class="card"><a class="card__link" href="%s"><img class="card__img" src="https://%s/img/%s.jpg" alt=""><h3 class="card__title">%s</h3>'
                                  '<p class="card__lead">%s</p></a><div class="card__meta"><span class="card__author">%s</span><time>%s</time></div></article>'
                                  % (href(p, t, "opinions"), p["domain"], slug(t), t, lead, au, d) for t, lead, au, d in items)
    html = ('<!DOCTYPE html>\n<html lang="ru">\n<head>\n%s\n</head>\n' % head(p, fmt="%s | %s") +
            '<body>\n<header class="header"><a class="header__logo" href="/">%s</a><nav>%s</nav></header>\n' % (p["site"], nav(p["nav"])) +
            '<main class="main">\n<article class="article article--opinion" itemscope itemtype="https://schema.org/OpinionNewsArticle">\n' +
            '<div class="article__rubric"><a href="/opinions/">%s</a></div>\n<h1 class="article__title" itemprop="headline">%s</h1>\n' % (p["rubric"], p["h1"]) +
            '<div class="article__author-block"><img src="https://%s/authors/%s.jpg" alt=""><div><a class="article__author" href="/authors/%s/" itemprop="author">%s</a><p class="article__author-role">%s</p></div></div>\n'
            % (p["domain"], slug(p["authors"][0]), slug(p["authors"][0]), p["authors"][0], p["role"]) +
            '<time class="article__date" datetime="%s" itemprop="datePublished">%s</time>\n' % (p["pub"], p["date"]) +
            '<div class="article__text" itemprop="articleBody">\n%s\n</div>\n' % p["body"] +
            '<p class="article__disclaimer">%s</p>\n' % p["disclaimer"] +
            '<div class="article__bio">%s</div>\n</article>\n' % p["bio"] +
            '<section class="author-more"><h2>Другие колонки автора</h2><div class="cards">%s</div></section>\n' % cards(p["author_more"]) +
            '<section class="also"><h2>Читайте также</h2><div class="cards">%s</div></section>\n</main>\n' % cards(p["also"]) +
            '<footer class="footer"><p>%s</p></footer>\n</body>\n</html>\n' % p["footer"])
    return html, ["div.article__text"]


def multi_it(p):
    mini = "".join('<article class="mini-post"><span class="mini-post__n">%d</span><h3 class="entry-title"><a href="%s">%s</a></h3><div class="entry-meta"><span class="author">%s</span></div></article>'
                   % (i + 1, href(p, t, "scuola"), t, au) for i, (t, au) in enumerate(p["most_read"]))
    cards = "".join('<article class="post-card hentry"><header class="entry-header"><h2 class="entry-title"><a href="%s" rel="bookmark">%s</a></h2><div class="entry-meta">di <span class="author vcard">%s</span> · '
                    '<time class="entry-date">%s</time></div></header><div class="entry-summary"><p>%s</p></div></article>'
                    % (href(p, t, "scuola"), t, p["authors"][0], d, ex) for t, d, ex in p["more"])
    html = ('<!DOCTYPE html>\n<html lang="it">\n<head>\n%s\n</head>\n' % head(p, fmt="%s - %s") +
            '<body class="single single-post">\n<header class="site-header"><p class="site-title"><a href="/">%s</a></p><p class="site-description">%s</p><nav class="main-navigation">%s</nav></header>\n'
            % (p["site"], p["tagline"], nav(p["nav"], "menu")) +
            '<div class="site-content">\n<aside class="sidebar sidebar-left"><section class="widget popular-posts"><h2 class="widget-title">I più letti</h2>%s</section></aside>\n' % mini +
            '<main class="content-area">\n<article class="post-full hentry category-%s">\n<header class="entry-header"><span class="cat-links"><a href="/%s/">%s</a></span>'
            '<h1 class="entry-title">%s</h1><div class="entry-meta">di <span class="author vcard"><a href="/autori/%s/">%s</a></span> · <time class="entry-date published" datetime="%s">%s</time></div></header>\n'
            % (slug(p["section"]), slug(p["section"]), p["section"], p["h1"], slug(p["authors"][0]), p["authors"][0], p["pub"], p["date"]) +
            '<div class="entry-content">\n%s\n</div>\n' % p["body"] +
            '<footer class="entry-footer"><div class="share">Condividi: <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a></div><p class="comments-link">%s</p></footer>\n</article>\n' % p["ncomments"] +
            '<section class="author-posts"><h2>Altri articoli di %s</h2>%s</section>\n</main>\n' % (p["authors"][0], cards) +
            '<aside class="sidebar sidebar-right"><section class="widget newsletter"><p>%s</p><input type="email"><button>Iscriviti</button></section></aside>\n</div>\n' % p["newsletter"] +
            '<footer class="site-footer"><p>%s</p></footer>\n</body>\n</html>\n' % p["footer"])
    return html, ["div.entry-content"]


# ------------------------------------------------------------------------------------------ body in many text-block siblings with boxes between them
def textblock(p):
    w = p["w"]
    blocks = []
    for b in p["blocks"]:
        if isinstance(b, tuple) and b[0] == "also":
            blocks.append('<div class="%s"><p class="read-also__label">%s</p><ul>%s</ul></div>' % (w["also_cls"], w["also"], "".join('<li><a href="%s">%s</a></li>' % (href(p, t, w["base"]), t) for t in b[1])))
        elif b == "newsletter":
            blocks.append('<div class="newsletter-inline"><p class="newsletter-inline__title">%s</p><form><input type="email" placeholder="%s"><button>%s</button></form></div>' % w["newsletter"])
        elif b == "ad":
            blocks.append('<div class="ad-inread" data-slot="inread"><span>%s</span></div>' % w["ad"])
        else:
            blocks.append('<div class="%s">%s</div>' % (w["block_cls"], b))
    html = ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n</head>\n' % (p.get("html_lang", p["lang"]), head(p, fmt=w["fmt"])) +
            '<body class="materia">\n<header class="topo"><a class="topo__logo" href="/">%s</a><nav class="topo__nav">%s</nav></header>\n' % (p["site"], nav(p["nav"])) +
            '<main class="materia__main"><div class="materia__header"><span class="materia__editoria">%s</span><h1 class="materia__titulo">%s</h1><h2 class="materia__subtitulo">%s</h2>\n' % (p["kicker"], p["h1"], p["deck"]) +
            '<div class="materia__info"><span class="materia__autor">%s</span><span class="materia__data">%s</span></div></div>\n' % (p["byline_text"], p["date"]) +
            '<figure class="materia__foto">%s<figcaption>%s</figcaption></figure>\n' % (img(p, p["url"]), p["caption"]) +
            '<div class="materia__corpo">\n%s\n</div>\n' % "\n".join(blocks) +
            '<div class="materia__tags">%s</div>\n' % " ".join('<a href="/tag/%s">%s</a>' % (slug(t), t) for t in p["tags"]) +
            '<section class="materia__mais"><h3>%s</h3><ul>%s</ul></section>\n</main>\n' % (w["more"], _teasers(p, p["more"], w["base"])) +
            '<footer class="rodape"><p>%s</p></footer>\n</body>\n</html>\n' % p["footer"])
    return html, ["div.%s*" % w["block_cls"].split()[0]]


# ------------------------------------------------------------------------------------------ RTL (Arabic) and Devanagari (Hindi) portals, dates only on the page
def rtl_ar(p):
    html = ('<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n%s\n</head>\n' % head(p, fmt="%s | %s") +
            '<body class="rtl article-page">\n<header class="site-header"><a class="logo" href="/">%s</a><nav class="main-menu">%s</nav><div class="header-date">%s</div></header>\n' % (p["site"], nav(p["nav"]), p["today"]) +
            '<div class="breadcrumbs"><a href="/">الرئيسية</a> « <a href="/opinion/">%s</a></div>\n' % p["section"] +
            '<main class="container"><article class="article-wrap">\n<h1 class="article-title">%s</h1>\n' % p["h1"] +
            '<div class="article-meta"><span class="article-author">%s</span><span class="article-date">%s</span></div>\n' % (p["byline_text"], p["date"]) +
            '<figure class="article-img">%s<figcaption>%s</figcaption></figure>\n' % (img(p, p["url"]), p["caption"]) +
            '<div class="article-text">\n%s\n</div>\n' % p["body"] +
            '<div class="author-box"><p>%s</p></div>\n<div class="share-box"><span>شارك المقال:</span><a href="#">فيسبوك</a><a href="#">إكس</a><a href="#">واتساب</a></div>\n</article>\n' % p["bio"] +
            '<aside class="side"><h3>اقرأ أيضًا</h3><ul>%s</ul></aside>\n</main>\n' % _teasers(p, p["also"], "opinion") +
            '<footer class="site-footer"><p>%s</p></footer>\n</body>\n</html>\n' % p["footer"])
    return html, ["div.article-text"]


def portal_hi(p):
    html = ('<!DOCTYPE html>\n<html lang="hi">\n<head>\n%s\n</head>\n' % head(p, fmt="%s - %s") +
            '<body class="story-page">\n<div class="top-bar"><span>%s</span><a href="/app">%s</a></div>\n' % (p["today"], p["app"]) +
            '<header class="site-head"><a class="site-logo" href="/">%s</a><nav class="site-nav">%s</nav></header>\n' % (p["site"], nav(p["nav"])) +
            '<div class="bread"><a href="/">होम</a> › <a href="/city/">%s</a></div>\n' % p["section"] +
            '<main class="story-wrap"><div class="story">\n<h1 class="story-heading">%s</h1>\n<h2 class="story-synopsis">%s</h2>\n' % (p["h1"], p["deck"]) +
            '<div class="story-byline"><span class="byline-name">%s</span><div class="byline-dates"><span class="updated">%s</span> <span class="published">%s</span></div></div>\n'
            % (p["byline_text"], p["date_mod"], p["date"]) +
            '<figure class="story-image">%s<figcaption>%s</figcaption></figure>\n' % (img(p, p["url"]), p["caption"]) +
            '<div class="story-content">\n%s\n</div>\n' % p["body"] +
            '<div class="follow-box"><p>%s</p></div>\n</div>\n' % p["follow"] +
            '<aside class="also-read"><h3>यह भी पढ़ें</h3><ul>%s</ul></aside>\n</main>\n' % _teasers(p, p["also"], "city") +
            '<footer class="site-foot"><p>%s</p></footer>\n</body>\n</html>\n' % p["footer"])
    return html, ["div.story-content"]
