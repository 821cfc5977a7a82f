"""Site styles of datemix: a modern news site (newsroom), a portal with tickers and dated teaser
rails (portal), an opinion column page (column), a live blog (live) and an old table layout with
<br>-separated text (legacy). Every style prints the page's own date block (p["dates"]) where such
sites print it, the "today" line of the header (p["topdate"]) and the dated furniture."""
from kit import attr, hexid, plain, slug
from common import (W, blocks, comments, dirattr, excl, footer, head, imgsrc, insert, menu, mostread,
                    newsletter, related, share, sl, story_href, tags)


def _paras(p, classes, wrap="<p>%s</p>"):
    out = []
    for name, a in blocks(p["body"]):
        out.append(wrap % a if name == "p" else insert(p, name, a, classes))
    return "\n".join(out)


def _open(p, fmt, body_cls):
    return ('<!DOCTYPE html>\n<html lang="%s"%s>\n<head>\n%s\n</head>\n<body class="%s">\n'
            % (p.get("html_lang", p["lang"]), dirattr(p), head(p, fmt=p.get("title_fmt", fmt)), body_cls))


def _ticker(p):
    if not p.get("ticker"):
        return ""
    return '<div class="ticker"><b>%s</b><ul>%s</ul></div>' % (p.get("ticker_label", "•"), "".join(
        '<li><span class="ticker-time">%s</span> <a href="%s">%s</a></li>' % (d, story_href(p, t), t) for t, d in p["ticker"]))


# ------------------------------------------------------------------------------------------ newsroom
def newsroom(p):
    """A modern news site: standfirst, byline and date block above a lead image; the text in
    div.article-body with inline "read more" asides, ads, photos, embedded posts and a newsletter box."""
    w = W(p)
    body = _paras(p, {"AD": "ad-slot", "ALSO": "inline-related"})
    html = (_open(p, "%s | %s", "article-page " + p.get("secpath", "news")) +
            '<div class="topbar"><span class="topbar-date">%s</span><a href="/account">%s</a><a class="btn-subscribe" href="/subscribe">%s</a></div>\n'
            % (p["topdate"], w["login"], w["subscribe"]) +
            '<header class="site-header"><a class="logo" href="/">%s</a>%s<form class="search" action="/search"><input name="q" placeholder="%s"></form></header>\n'
            % (p["site"], menu(p), w["search"]) + _ticker(p) +
            '<main class="layout"><article class="story">\n<nav class="breadcrumb"><a href="/">%s</a> › <a href="/%s/">%s</a></nav>\n'
            % (w["home"], p.get("secpath", "news"), p["section"]) +
            '<h1 class="story-headline">%s</h1>\n' % p["h1"] +
            ('<p class="standfirst">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="story-meta"><div class="byline">%s</div><div class="story-dates">%s</div></div>\n' % (p.get("byline_html", p["byline_text"]), p.get("dates", "")) +
            share(p) +
            '\n<figure class="lead-image"><img src="%s" alt="%s"><figcaption>%s</figcaption></figure>\n' % (imgsrc(p, p["h1"]), attr(p["h1"]), p.get("hero", "")) +
            '<div class="article-body" itemprop="articleBody">\n%s\n</div>\n' % body +
            p.get("after", "") + tags(p) + share(p, "share-bar share-bar--bottom") + '\n</article>\n' +
            related(p) + comments(p) + '\n</main>\n<aside class="rail">%s%s</aside>\n' % (mostread(p), newsletter(p)) +
            footer(p) + '\n</body>\n</html>\n')
    return html, ["div.article-body"]


# ------------------------------------------------------------------------------------------ portal
def portal(p):
    """A big portal: ticker with times, "today" line and weather in the header, the article in
    div#article-content with related boxes and ads inside, dated rails beside and below."""
    w = W(p)
    body = _paras(p, {"AD": "ad-box", "ALSO": "box-related"})
    weather = '<span class="weather">%s</span>' % p["weather"] if p.get("weather") else ""
    html = (_open(p, "%s - %s", "portal view-article") +
            '<div id="wrap"><header id="header"><div class="header-top"><span class="today">%s</span>%s<a href="/login">%s</a></div>\n'
            % (p["topdate"], weather, w["login"]) +
            '<div class="header-main"><a class="logo" href="/">%s</a><form action="/search"><input name="kw" placeholder="%s"></form></div>%s</header>\n'
            % (p["site"], w["search"], menu(p, "gnb")) + _ticker(p) +
            '<div id="container"><div class="content-main"><div class="article-header">\n<p class="article-section"><a href="/%s/">%s</a></p>\n'
            % (p.get("secpath", "news"), p["section"]) +
            '<h1 class="article-title">%s</h1>\n' % p["h1"] +
            ('<h2 class="article-subtitle">%s</h2>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="article-info"><span class="writer">%s</span><div class="date-info">%s</div></div>\n' % (p.get("byline_html", p["byline_text"]), p.get("dates", "")) +
            '<div class="article-tools"><button class="font-down">A-</button><button class="font-up">A+</button><a href="#print">🖨</a>%s</div></div>\n' % share(p, "share-icons") +
            '<div id="article-content" class="article-text">\n%s\n</div>\n' % body +
            p.get("after", "") + tags(p) + related(p, "related-news") + comments(p) +
            '</div>\n<aside class="content-side">%s<div class="ad-side"><span>%s</span></div>%s</aside></div>\n' % (mostread(p, "ranking"), w["ad"], newsletter(p)) +
            footer(p, "footer") + '\n</div>\n</body>\n</html>\n')
    return html, ["div.article-text"]


# ------------------------------------------------------------------------------------------ column
def column(p):
    """An opinion column: columnist card with photo and short bio above the headline, the text in
    div.column-body, an author box, more columns by the author (with dates) and comments after."""
    w = W(p)
    body = _paras(p, {"AD": "ad-inline", "ALSO": "also-box"})
    author = p["authors"][0] if p.get("authors") else plain(p["byline_text"])
    more = ""
    if p.get("more"):
        more = '<section class="more-columns"><h2>%s</h2><ul>%s</ul></section>' % (w["more"], "".join(
            '<li><a href="%s">%s</a> <span class="col-date">%s</span></li>' % (story_href(p, t), t, d) for t, d in p["more"]))
    html = (_open(p, "%s - %s", "opinion single-column") +
            '<header class="masthead"><div class="masthead-top"><span class="date-today">%s</span><a href="/login">%s</a><a href="/subscribe">%s</a></div>\n'
            '<a class="logo" href="/">%s</a>%s</header>\n' % (p["topdate"], w["login"], w["subscribe"], p["site"], menu(p)) + _ticker(p) +
            '<main class="column-page"><div class="column-kicker"><a href="/%s/">%s</a></div>\n' % (p.get("secpath", "opinion"), p["section"]) +
            '<div class="columnist-card"><img src="%s" alt="%s" width="96" height="96"><div><a class="columnist-name" href="/author/%s/">%s</a><p class="columnist-role">%s</p></div></div>\n'
            % (imgsrc(p, author, 96, 96), attr(author), sl(author), author, p.get("role", "")) +
            '<h1 class="column-title">%s</h1>\n' % p["h1"] +
            ('<p class="column-deck">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="column-meta"><span class="column-byline">%s</span> <span class="column-dates">%s</span></div>\n' % (p.get("byline_html", p["byline_text"]), p.get("dates", "")) +
            p.get("before", "") + share(p) +
            '\n<div class="column-body">\n%s\n</div>\n' % body + p.get("after", "") +
            ('<div class="author-box"><b>%s</b><p>%s</p></div>\n' % (author, p["bio"]) if p.get("bio") else "") +
            tags(p) + more + related(p) + comments(p) +
            '</main>\n<aside class="sidebar">%s%s</aside>\n' % (mostread(p), newsletter(p)) + footer(p) + '\n</body>\n</html>\n')
    return html, ["div.column-body"]


# ------------------------------------------------------------------------------------------ live
def live(p):
    """A live blog: a summary of key points (text), then entries newest first, each with its time
    (and day separators) in an entry header and its text in div.entry-body."""
    w = W(p)
    entries = []
    for e in p["entries"]:
        if e[0] == "DAY":
            entries.append('<div class="live-day-separator">%s</div>' % e[1])
            continue
        t, dt, who, text = e
        entries.append('<article class="live-entry" id="e-%s"><header class="entry-meta"><time datetime="%s">%s</time> <span class="entry-author">%s</span></header>'
                       '<div class="entry-body">%s</div><div class="entry-share"><a href="#e-%s">🔗</a></div></article>'
                       % (hexid(dt, 6), dt, t, who, "".join("<p>%s</p>" % x for x in text.split("\n\n")), hexid(dt, 6)))
    html = (_open(p, "%s | %s", "liveblog") +
            '<div class="topbar"><span class="topbar-date">%s</span><a href="/login">%s</a></div>\n' % (p["topdate"], w["login"]) +
            '<header class="site-header"><a class="logo" href="/">%s</a>%s</header>\n' % (p["site"], menu(p)) + _ticker(p) +
            '<main class="live-layout"><div class="live-head"><span class="live-badge">%s</span>\n<h1 class="live-title">%s</h1>\n' % (p["live_badge"], p["h1"]) +
            ('<p class="live-deck">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="live-meta"><span class="byline">%s</span> <span class="live-dates">%s</span></div></div>\n' % (p.get("byline_html", p["byline_text"]), p.get("dates", "")) +
            share(p) + '\n<section class="live-key-points"><h2>%s</h2>\n<div class="live-summary">\n%s\n</div></section>\n' % (p["summary_title"], "\n".join("<p>%s</p>" % x for x in p["summary"])) +
            '<div class="live-feed" aria-live="polite"><button class="live-refresh">%s</button>\n%s\n</div>\n' % (p["refresh"], "\n".join(entries)) +
            related(p) + '</main>\n<aside class="rail">%s%s</aside>\n' % (mostread(p), newsletter(p)) + footer(p) + '\n</body>\n</html>\n')
    return html, ["div.live-summary", "div.entry-body*"]


# ------------------------------------------------------------------------------------------ legacy
def legacy(p):
    """An old table layout: a date line in the header cell, the text as <br><br>-separated runs in
    td.texto, "see also" lines and photo tables inside, a dated "other news" column beside."""
    w = W(p)
    runs = []
    for name, a in blocks(p["body"]):
        if name == "p":
            runs.append(("t", a))
        elif name == "ALSO":
            excl(p, "div.ver-tambien*")
            runs.append(("b", '<div class="ver-tambien"><b>%s</b> <a href="%s">%s</a> <small>%s</small></div>' % (w["also"], story_href(p, a[0]), a[0], a[1] if len(a) > 1 else "")))
        elif name == "PHOTO":
            excl(p, "table.foto*")
            runs.append(("b", '<table class="foto" cellpadding="2"><tr><td><img src="%s" width="400" alt=""></td></tr><tr><td class="pie">%s</td></tr></table>' % (imgsrc(p, a[0]), a[0])))
        elif name == "H":
            runs.append(("t", "<b>%s</b>" % a[0]))
        elif name == "AD":
            excl(p, "div.publi*")
            runs.append(("b", '<div class="publi"><small>%s</small><iframe src="https://ads.%s/show?z=%s" width="300" height="250"></iframe></div>' % (w["ad"], p["domain"], len(runs))))
    s = ""
    for i, (k, t) in enumerate(runs):
        if k == "b":
            s += t + "\n"
        else:
            s += t + ("\n<br><br>\n" if i + 1 < len(runs) and runs[i + 1][0] == "t" else "\n")
    nav = " | ".join('<a href="/seccion/%s.html">%s</a>' % (sl(x), x) for x in W(p)["menu"])
    side = "".join('<tr><td class="otras"><a href="%s">%s</a><br><span class="fecha-chica">%s</span></td></tr>' % (story_href(p, t), t, d) for t, d in p.get("most", []))
    html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html lang="%s"%s>\n<head>\n%s\n</head>\n'
            % (p.get("html_lang", p["lang"]), dirattr(p), head(p, fmt=p.get("title_fmt", "%s :: %s"))) +
            '<body bgcolor="#ffffff" topmargin="0" leftmargin="0">\n<table width="960" align="center" cellspacing="0" cellpadding="0" border="0">\n'
            '<tr><td colspan="2" class="cabecera"><a href="/"><img src="/img/logo.gif" alt="%s" width="280" height="64"></a> <span class="hoy">%s</span></td></tr>\n' % (attr(p["site"]), p["topdate"]) +
            '<tr><td colspan="2" class="menu">%s</td></tr>\n' % nav +
            '<tr><td width="660" valign="top" class="principal">\n<div class="seccion">%s</div>\n<h1 class="titulo">%s</h1>\n' % (p["section"], p["h1"]) +
            ('<div class="bajada">%s</div>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="datos"><span class="autor">%s</span> <span class="fecha">%s</span></div>\n' % (p.get("byline_html", p["byline_text"]), p.get("dates", "")) +
            '<div class="herramientas"><a href="javascript:window.print()">🖨</a> <a href="/enviar?u=%s">✉</a></div>\n' % hexid(p["url"], 8) +
            '<table class="nota" width="100%%" cellpadding="4"><tr><td class="texto">\n%s</td></tr></table>\n' % s +
            p.get("after", "") + tags(p) + comments(p) + '</td>\n<td width="300" valign="top" class="lateral">'
            '<table class="otras-noticias" width="100%%"><tr><th>%s</th></tr>%s</table>%s</td></tr>\n' % (w["most"], side, newsletter(p)) +
            '<tr><td colspan="2" class="pie">%s<br>%s<br><span class="copy">%s</span></td></tr>\n</table>\n</body>\n</html>\n'
            % (nav, " | ".join('<a href="/info/%s.html">%s</a>' % (sl(x), x) for x in W(p)["foot"]), p["footer"]))
    return html, ["td.texto"]
