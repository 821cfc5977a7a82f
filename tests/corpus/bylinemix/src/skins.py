"""Page skeletons of bylinemix: a modern newsroom (newsroom), a European portal (portal), an Asian
portal (asia) and an opinion column page (column). Each one prints the byline where the page says
(p["byline_at"]: "top" under the headline, "end" after the text, "none" only in the author box or
the body), renders the body inserts its own way and lists the furniture nested in the body."""
from kit import attr, head, hexid, plain, slug
from common import (alink, author_box, blocks, credit_sel, dirattr, excl, footer, img, ld_of, lis, nav, newsletter,
                    numbered, share, sl, story_href, story_lis)


def _body(p, c):
    """The body's HTML. c: the class names of the skin's inserts."""
    w = p["w"]
    out = []
    for name, a in blocks(p["body"]):
        if name == "p":
            out.append("<p>%s</p>" % a)
        elif name == "H":
            out.append("<h2>%s</h2>" % a[0])
        elif name == "CREDIT":
            credit_sel(p, a[0])
            out.append("<p>%s</p>" % a[0])
        elif name == "AD":
            excl(p, "div.%s*" % c["ad"])
            out.append('<div class="%s"><span class="ad-label">%s</span><div id="ad-%s-%d" data-size="300x250"></div></div>' % (c["ad"], w["ad"], hexid(p["url"], 6), len(out)))
        elif name == "ALSO":
            excl(p, "%s*" % c["also"])
            tag, cls = c["also"].split(".")
            out.append('<%s class="%s"><strong>%s</strong> %s</%s>' % (tag, cls, w["also"], " · ".join('<a href="%s">%s</a>' % (story_href(p, t), t) for t in a), tag))
        elif name == "PHOTO":
            excl(p, "figure*")
            out.append('<figure class="%s">%s<figcaption>%s</figcaption></figure>' % (c["fig"], img(p, a[0], 800, 450), a[0]))
        elif name == "NEWS":
            excl(p, "section.%s*" % c["news"])
            out.append(newsletter(p, c["news"]))
    return "\n".join(out)


def _byline(p, cls):
    return '<div class="%s">⟪%s⟫</div>' % (cls, p.get("byline_html", p["byline_text"])) if p.get("byline_text") and p.get("byline_mark", True) else (
        '<div class="%s">%s</div>' % (cls, p.get("byline_html", p["byline_text"])) if p.get("byline_text") else "")


def _head(p, css, fmt):
    return ('<!DOCTYPE html>\n<html lang="%s"%s>\n<head>\n%s\n<link rel="stylesheet" href="https://static.%s/%s">\n%s</head>\n'
            % (p.get("html_lang", p["lang"]), dirattr(p), head(p, ld_obj=ld_of(p), fmt=p.get("title_fmt", fmt)), p["domain"], css, p.get("head_extra", "")))


def newsroom(p):
    """A modern newsroom (Arc/WordPress VIP style): byline with author links under the dek, lead
    photo with credit, the text in div.article-body with ads, "read more" asides, photos and a
    newsletter box inside; author box, tags, newsletter, related and most-read after."""
    w = p["w"]
    body = _body(p, {"ad": "ad-inline", "also": "aside.inline-related", "fig": "inline-photo", "news": "nl-inline"})
    top = _byline(p, "story-byline") if p.get("byline_at", "top") == "top" else ""
    end = _byline(p, "story-byline story-byline--end") if p.get("byline_at") == "end" else ""
    html = (_head(p, "css/story.%s.css" % hexid(p["domain"], 6), "%s | %s") +
            '<body class="story-page section-%s">\n<a class="skip" href="#main">%s</a>\n' % (p.get("secpath", "news"), w["skip"]) +
            '<header class="site-header"><div class="masthead"><a class="logo" href="/">%s</a><a class="subscribe" href="/subscribe/">%s</a><a class="signin" href="/login/">%s</a></div>\n%s\n</header>\n'
            % (p["site"], w["subscribe"], w["login"], nav(p, "primary-nav")) +
            ('<div class="alert-bar"><strong>%s</strong> <a href="%s">%s</a></div>\n' % (w["breaking"], story_href(p, p["alert"]), p["alert"]) if p.get("alert") else "") +
            '<main id="main"><article class="story">\n<div class="story-kicker"><a href="/%s/">%s</a></div>\n' % (p.get("secpath", "news"), p["section"]) +
            '<h1 class="story-headline">%s</h1>\n<p class="story-dek">%s</p>\n%s\n' % (p["h1"], p["deck"], top) +
            '<div class="story-timestamp"><time datetime="%s">%s</time>%s</div>\n' % (p["pub"], p["date"], ' <span class="updated">%s</span>' % p["updated"] if p.get("updated") else "") +
            share(p) + "\n" +
            ('<figure class="lead-art">%s<figcaption>%s</figcaption></figure>\n' % (img(p, p["url"]), p["hero"]) if p.get("hero") else "") +
            '<div class="article-body">\n%s\n</div>\n%s\n' % (body, end) +
            author_box(p) + "\n" +
            '<div class="story-tags"><span>%s</span> %s</div>\n' % (w["tags"], " ".join(_tag(t) for t in p.get("tags", []))) +
            share(p, "share-bar share-bar--bottom") + "\n" + newsletter(p) + "\n" +
            '<section class="related-stories"><h2>%s</h2><ul>%s</ul></section>\n</article>\n' % (w["related"], story_lis(p, p["related"])) +
            '<aside class="right-rail"><section class="most-read"><h2>%s</h2>%s</section>\n<section class="rail-ad"><span class="ad-label">%s</span></section></aside>\n</main>\n'
            % (w["most_read"], numbered(p, p["most_read"]), w["ad"]) +
            footer(p) + "\n</body>\n</html>\n")
    return html, ["div.article-body"]


def _tag(t):
    return '<a class="tag" href="/tag/%s/">%s</a>' % (sl(t), t)


def portal(p):
    """A European news portal: top bar with date and weather, breadcrumb, headline, teaser, byline
    (top or end), the text in div.article__text with "read also" paragraphs, ads and photos inside;
    a source line, comments teaser, more-from-the-section and most-read after."""
    w = p["w"]
    body = _body(p, {"ad": "ad-slot", "also": "p.read-also", "fig": "article__figure", "news": "newsletter-teaser"})
    top = _byline(p, "article__author") if p.get("byline_at", "top") == "top" else ""
    end = _byline(p, "article__author article__author--end") if p.get("byline_at") == "end" else ""
    html = (_head(p, "assets/portal.min.css?v=%s" % hexid(p["site"], 5), "%s - %s") +
            '<body class="article-page">\n<div class="topbar"><span class="topbar__date">%s</span><span class="topbar__weather">%s</span><a href="/epaper/">%s</a><a href="/abo/">%s</a></div>\n'
            % (p["topdate"], p.get("weather", ""), w["epaper"], w["subscribe"]) +
            '<header class="header"><a class="header__logo" href="/">%s</a>%s<form class="header__search" action="/suche"><input name="q"></form></header>\n' % (p["site"], nav(p, "header__nav")) +
            '<main class="content"><div class="article">\n<ol class="breadcrumb"><li><a href="/">%s</a></li><li><a href="/%s/">%s</a></li></ol>\n' % (w["home"], p.get("secpath", "news"), p["section"]) +
            '<h1 class="article__title">%s</h1>\n<p class="article__teaser">%s</p>\n' % (p["h1"], p["deck"]) +
            '<div class="article__meta"><time class="article__date" datetime="%s">%s</time>%s</div>\n%s\n' % (p["pub"], p["date"], ' <span class="article__updated">%s</span>' % p["updated"] if p.get("updated") else "", top) +
            ('<figure class="article__hero">%s<figcaption>%s</figcaption></figure>\n' % (img(p, p["url"]), p["hero"]) if p.get("hero") else "") +
            '<div class="article__text">\n%s\n</div>\n%s\n' % (body, end) +
            (('<p class="article__source">%s</p>\n' % p["source_line"]) if p.get("source_line") else "") +
            author_box(p, "autorbox") + "\n" + share(p, "article__share") + "\n" +
            '<div class="article__tags">%s</div>\n' % " ".join(_tag(t) for t in p.get("tags", [])) +
            '<div class="comments-teaser"><a href="#comments">%s</a></div>\n' % w["comments"] +
            '<section class="more-section"><h2>%s</h2><ul>%s</ul></section>\n</div>\n' % (w["related"], story_lis(p, p["related"])) +
            '<aside class="sidebar"><div class="box-mostread"><h2>%s</h2>%s</div>%s</aside>\n</main>\n' % (w["most_read"], numbered(p, p["most_read"], "mostread"), newsletter(p, "sidebar-newsletter")) +
            footer(p, "footer") + "\n</body>\n</html>\n")
    return html, ["div.article__text"]


def asia(p):
    """An Asian news portal (Korean, Japanese, Chinese, Hindi, Indonesian): section tabs, headline,
    a reporter/info line, the text in article#article-view-content-div with related boxes, photos and
    ads inside; reporter e-mail or copyright lines (CREDIT) at its end; rankings after."""
    w = p["w"]
    body = _body(p, {"ad": "ad-template", "also": "div.related-box", "fig": "photo-layout", "news": "sub-box"})
    top = _byline(p, "info-byline") if p.get("byline_at", "top") == "top" else ""
    end = _byline(p, "info-byline info-byline--end") if p.get("byline_at") == "end" else ""
    html = (_head(p, "css/view.css?%s" % hexid(p["url"], 6), "%s - %s") +
            '<body class="view">\n<div id="user-wrap"><header id="header"><div class="top-links"><a href="/login">%s</a><a href="/member/join">%s</a><span class="today">%s</span></div>'
            '<div class="logo"><a href="/">%s</a></div>%s</header>\n' % (w["login"], w["subscribe"], p["topdate"], p["site"], nav(p, "gnb")) +
            ('<div class="hot-issue"><strong>%s</strong><ul>%s</ul></div>\n' % (w["breaking"], story_lis(p, [p["alert"]])) if p.get("alert") else "") +
            '<div id="user-container"><section class="article-view"><header class="article-view-header"><div class="section-name"><a href="/%s/">%s</a></div>\n' % (p.get("secpath", "news"), p["section"]) +
            '<h1 class="heading">%s</h1>\n<h2 class="subheading">%s</h2>\n' % (p["h1"], p["deck"]) +
            '<ul class="infomation"><li>%s</li><li><time datetime="%s">%s</time></li>%s</ul>\n</header>\n' % (top, p["pub"], p["date"], '<li>%s</li>' % p["updated"] if p.get("updated") else "") +
            share(p, "article-util") + "\n" +
            ('<figure class="photo-top">%s<figcaption>%s</figcaption></figure>\n' % (img(p, p["url"]), p["hero"]) if p.get("hero") else "") +
            '<article id="article-view-content-div" class="article-veiw-body">\n%s\n</article>\n%s\n' % (body, end) +
            author_box(p, "writer-box") + "\n" +
            '<div class="tag-group">%s</div>\n' % " ".join(_tag(t) for t in p.get("tags", [])) +
            '<section class="related-news"><h2>%s</h2><ul>%s</ul></section>\n</section>\n' % (w["related"], story_lis(p, p["related"])) +
            '<aside class="sidebar"><section class="auto-ranking"><h2>%s</h2>%s</section>%s</aside>\n</div>\n' % (w["most_read"], numbered(p, p["most_read"], "ranking-list"), newsletter(p, "side-newsletter")) +
            footer(p, "footer") + "\n</div>\n</body>\n</html>\n")
    return html, ["article#article-view-content-div"]


def column(p):
    """An opinion page: the columnist's photo, name and role above the headline (p["byline_at"] top)
    or nothing above it; the text in div.column-text with a pull of related columns and ads inside;
    author box with bio, more by the columnist, newsletter and most-read after."""
    w = p["w"]
    body = _body(p, {"ad": "dfp-ad", "also": "aside.more-columns-inline", "fig": "column-figure", "news": "opinion-newsletter"})
    top = ""
    if p.get("byline_at", "top") == "top":
        face = img(p, "face" + (p["authors"][0] if p.get("authors") else p["site"]), 120, 120, "columnist__photo")
        top = '<div class="columnist">%s%s%s</div>' % (face, _byline(p, "columnist__name"), '<div class="columnist__role">%s</div>' % p["role"] if p.get("role") else "")
    end = _byline(p, "column-signature") if p.get("byline_at") == "end" else ""
    html = (_head(p, "opinion/css/column.css", "%s | %s") +
            '<body class="opinion column-page">\n<header class="site-header"><a class="logo" href="/">%s</a><a class="btn-subscribe" href="/subscribe/">%s</a>%s</header>\n' % (p["site"], w["subscribe"], nav(p)) +
            '<main class="column-main"><article class="column">\n<div class="column__label"><a href="/%s/">%s</a></div>\n%s\n' % (p.get("secpath", "opinion"), p["section"], top) +
            '<h1 class="column__title">%s</h1>\n<p class="column__standfirst">%s</p>\n' % (p["h1"], p["deck"]) +
            '<p class="column__date"><time datetime="%s">%s</time></p>\n%s\n' % (p["pub"], p["date"], share(p, "column__share")) +
            ('<figure class="column__art">%s<figcaption>%s</figcaption></figure>\n' % (img(p, p["url"]), p["hero"]) if p.get("hero") else "") +
            '<div class="column-text">\n%s\n</div>\n%s\n' % (body, end) +
            author_box(p, "columnist-box") + "\n" +
            '<section class="more-by"><h2>%s</h2><ul>%s</ul></section>\n</article>\n' % (w["related"], story_lis(p, p["related"])) +
            '<aside class="column-rail"><section class="most-read"><h2>%s</h2>%s</section>%s</aside>\n</main>\n' % (w["most_read"], numbered(p, p["most_read"]), newsletter(p)) +
            footer(p) + "\n</body>\n</html>\n")
    return html, ["div.column-text"]
