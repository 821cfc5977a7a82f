"""Page shapes, part A: infinite scroll, AMP, print version, Wayback Machine copy, paywall teaser, consent wall."""
from kit import attr, article_ld, canonical, desc, head, hexid, href, img, ld, nav, og_tags, plain, slug, title_tag


# ------------------------------------------------------------------------------------------ infinite scroll
def _scroll_story(p, s, first):
    h = s.get("htag", "h1")
    return ('<div class="story-wrap" data-post-id="%s" data-url="%s" data-title="%s">\n' % (hexid(s["url"], 6), s["url"], attr(s["h"])) +
            '<article id="post-%s" class="post type-post status-publish format-standard has-post-thumbnail hentry category-%s%s">\n'
            % (int(hexid(s["url"], 6), 16) % 90000 + 10000, slug(s["section"]), " is-first-story" if first else " is-loaded-story") +
            '<header class="entry-header"><div class="entry-kicker"><a class="cat-label" href="/%s/">%s</a>%s</div>\n'
            % (slug(s["section"]), s["section"], '<span class="kicker-type">%s</span>' % s["type"] if s.get("type") else "") +
            '<%s class="entry-title">%s</%s>\n<p class="entry-dek">%s</p>\n' % (h, s["h"], h, s["dek"]) +
            '<div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n" href="/author/%s/" rel="author">%s</a></span></span>'
            '<span class="sep"> | </span><time class="entry-date published" datetime="%s">%s</time></div>\n' % (slug(s["author"]), s["author"], s["pub"], s["date"]) +
            '<ul class="share-tools"><li><a href="#" class="share-facebook">Share</a></li><li><a href="#" class="share-x">Post</a></li><li><a href="#" class="share-email">Email</a></li><li><button class="gift-link">Gift this article</button></li></ul>\n</header>\n' +
            '<figure class="post-thumbnail">%s<figcaption class="wp-caption-text">%s</figcaption></figure>\n' % (img(p, s["url"], 1600, 900, "attachment-full size-full wp-post-image"), s["caption"]) +
            '<div class="entry-content">\n%s\n</div>\n' % s["body"] +
            '<footer class="entry-footer"><span class="tags-links">Tagged: %s</span></footer>\n</article>\n' % ", ".join('<a href="/tag/%s/" rel="tag">%s</a>' % (slug(t), t) for t in s["tags"]) +
            '<aside class="story-rail"><section class="widget most-read"><h3 class="widget-title">Most read</h3><ol>%s</ol></section>'
            '<div class="ad-slot ad-rail" data-ad-unit="rail_%s"><span class="ad-label">Advertisement</span></div></aside>\n</div>\n'
            % ("".join('<li><a href="%s">%s</a></li>' % (href(p, t), t) for t in s["most_read"]), "1" if first else "2"))


def scroll_wp(p):
    first = dict(url=p["url"], section=p["section"], type=p.get("type"), h=p["h1"], dek=p["deck"], author=p["authors"][0], pub=p["pub"],
                 date=p["date"], caption=p["caption"], body=p["body"], tags=p["tags"], most_read=p["most_read"])
    html = ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n' % (p["lang"], head(p, fmt="%s - %s")) +
            '<link rel="stylesheet" id="ledger-style-css" href="/wp-content/themes/ledger/style.css?ver=3.2.1" media="all">\n'
            '<script id="infinite-scroll-js-extra">var infiniteScroll = {"settings":{"id":"main","type":"scroll","wrapper":true,"footer":"page","postsPerPage":1,"google_analytics":true,"history":{"path":"\\/opinion\\/%%d\\/"}}};</script>\n'
            '<script src="/wp-content/plugins/infinite-scroll/infinity.min.js?ver=13.1" defer></script>\n</head>\n' +
            '<body class="post-template-default single single-post single-format-standard infinite-scroll neverending">\n'
            '<a class="skip-link screen-reader-text" href="#main">Skip to content</a>\n'
            '<div class="top-strip"><span class="today">%s</span><a href="/subscribe/" class="btn-subscribe">Subscribe</a><a href="/login/">Log in</a></div>\n' % p["strip_date"] +
            '<header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">%s</a></p>\n<nav id="site-navigation" class="main-navigation">%s</nav></header>\n'
            % (p["site"], nav(p["nav"], "menu", "menu-item")) +
            '<main id="main" class="site-main infinite-wrap">\n' + _scroll_story(p, first, True) +
            '<div class="infinite-loader"><div class="next-story-label">Up next</div></div>\n' +
            '<div id="infinite-view-2" class="infinite-view" data-page-num="2">\n' + _scroll_story(p, p["next"], False) + '</div>\n</main>\n' +
            '<section class="newsletter-band"><h2>%s</h2><form action="/newsletter/" method="post"><input type="email" name="email" placeholder="Your email address"><button type="submit">Sign up</button></form></section>\n' % p["newsletter"] +
            '<footer id="colophon" class="site-footer">%s<p class="copyright">%s</p></footer>\n' % (nav(p["footer_nav"], "footer-menu"), p["footer"]) +
            '</body>\n</html>\n')
    return html, ["div.entry-content"]


def scroll_portal(p):
    def story(s, first, h):
        cls = "art art--main" if first else "art art--next"
        return ('<section class="%s" data-article-id="%s" data-canonical="%s">\n' % (cls, hexid(s["url"], 8), s["url"]) +
                '<div class="art__head"><span class="art__rubric">%s</span><%s class="art__title">%s</%s>\n' % (s["rubric"], h, s["h"], h) +
                '<div class="art__meta"><div class="art__author"><img src="https://%s/autorzy/%s.jpg" alt=""><a href="/autor/%s">%s</a><span class="art__role">%s</span></div>'
                '<span class="art__date">%s</span><span class="art__read">%s</span></div></div>\n' % (p["domain"], slug(s["author"]), slug(s["author"]), s["author"], s["role"], s["date"], s["read"]) +
                '<div class="art__lead"><strong>%s</strong></div>\n' % s["lead"] +
                '<div class="art__photo">%s<p class="art__photo-desc">%s</p></div>\n' % (img(p, s["url"], 1280, 720), s["caption"]) +
                '<div class="art__body" itemprop="articleBody">\n%s\n</div>\n' % s["body"] +
                '<div class="art__tags">%s</div>\n' % "".join('<a href="/tag/%s">#%s</a>' % (slug(t), t) for t in s["tags"]) +
                '<div class="art__share"><span>Udostępnij:</span><a href="#">Facebook</a><a href="#">X</a><a href="#">Kopiuj link</a></div>\n'
                '<div class="art__comments-link"><a href="%s#komentarze">Komentarze (%s)</a></div>\n</section>\n' % (s["url"], s["ncomments"]))
    first = dict(url=p["url"], rubric=p["rubric"], h=p["h1"], author=p["authors"][0], role=p["role"], date=p["date"], read=p["read"], lead=p["deck"],
                 caption=p["caption"], body=p["body"], tags=p["tags"], ncomments=p["ncomments"])
    html = ('<!DOCTYPE html>\n<html lang="pl">\n<head>\n%s\n' % head(p) +
            '<link rel="stylesheet" href="https://static.%s/css/main.8f2c1.css">\n'
            '<script>window.__NEXT_ARTICLES__ = ["%s"]; window.dataLayer = window.dataLayer || [];</script>\n</head>\n' % (p["domain"], p["next"]["url"]) +
            '<body class="page-article">\n<div id="cookies-info" class="cookies-info" hidden><p>Serwis używa plików cookies.</p><button>OK</button></div>\n'
            '<header class="header"><div class="header__top"><a class="header__logo" href="/">%s</a><div class="header__weather">Pogoda: 6°C, pochmurno</div>'
            '<a class="header__premium" href="/premium">Kup dostęp Premium</a></div><nav class="header__nav">%s</nav></header>\n' % (p["site"], nav(p["nav"], "nav__list")) +
            '<div class="breadcrumbs"><a href="/">Strona główna</a> › <a href="/wiadomosci/">Wiadomości</a> › <span>%s</span></div>\n' % p["rubric"] +
            '<div class="layout">\n<main class="layout__main" id="article-stream">\n' + story(first, True, "h1") +
            '<div class="next-article-bar" data-role="infinite-next"><span>Czytaj dalej: kolejny artykuł</span></div>\n' +
            story(p["next"], False, "h2") + '</main>\n' +
            '<aside class="layout__side"><div class="box box--read-also"><h3>Czytaj także</h3><ul>%s</ul></div>'
            '<div class="box box--newsletter"><h3>%s</h3><input type="email" placeholder="Twój e-mail"><button>Zapisz się</button></div>'
            '<div class="adslot" id="ad-side-1"><span>Reklama</span></div></aside>\n</div>\n' % ("".join('<li><a href="%s">%s</a></li>' % (href(p, t, "wiadomosci"), t) for t in p["read_also"]), p["newsletter"]) +
            '<footer class="footer">%s<p>%s</p></footer>\n</body>\n</html>\n' % (nav(p["footer_nav"], "footer__nav"), p["footer"]))
    return html, ["div.art__body"]


# ------------------------------------------------------------------------------------------ AMP
_AMP_BOILER = ('<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;'
               'animation:-amp-start 8s steps(1,end) 0s 1 normal both}@-webkit-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}'
               '@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;'
               '-moz-animation:none;animation:none}</style></noscript>')


def _amp_fill(p, body):
    """[[IMG|caption]] and [[AD]] markers of an AMP body."""
    import re
    n = [0]

    def im(m):
        n[0] += 1
        return ('<figure class="amp-wp-inline"><amp-img src="https://%s/wp-content/uploads/2026/03/%s-%d.jpg" width="1200" height="800" layout="responsive" alt=""></amp-img>'
                '<figcaption class="wp-caption-text">%s</figcaption></figure>' % (p["domain"], slug(p["url"]), n[0], m.group(1)))

    def ad(m):
        n[0] += 1
        return ('<div class="amp-ad-wrapper"><amp-ad width="300" height="250" type="doubleclick" data-slot="/2231876/%s/amp_%d" data-multi-size="320x50" rtc-config=\'{"vendors":{"aps":{"PUB_ID":"600","PARAMS":{"amp":"1"}}}}\'>'
                '<div placeholder class="amp-ad-label">%s</div><div fallback></div></amp-ad></div>' % (slug(p["site"]), n[0], p["w"]["ad"]))
    body = re.sub(r"\[\[IMG\|(.*?)\]\]", im, body)
    return re.sub(r"\[\[AD\]\]", ad, body)


def amp(p):
    w = p["w"]
    scripts = "\n".join('<script async custom-element="amp-%s" src="https://cdn.ampproject.example/v0/amp-%s-0.1.js"></script>' % (e, e)
                        for e in ("sidebar", "ad", "social-share", "accordion", "analytics"))
    share = "".join('<amp-social-share type="%s" width="36" height="36"%s></amp-social-share>' % (t, ' data-param-app_id="254325784911610"' if t == "facebook" else "")
                    for t in ("facebook", "twitter", "whatsapp", "email"))
    acc = "".join('<section%s><h4 class="acc-h">%s</h4><div class="acc-panel"><ul>%s</ul></div></section>'
                  % (" expanded" if i == 0 else "", h, "".join('<li><a href="%s">%s</a></li>' % (href(p, t, p.get("secpath", "news")), t) for t in items))
                  for i, (h, items) in enumerate(p["accordion"]))
    html = ('<!doctype html>\n<html %s lang="%s">\n<head>\n<meta charset="utf-8">\n<script async src="https://cdn.ampproject.example/v0.js"></script>\n%s\n' % (p.get("amp_attr", "amp"), p["lang"], scripts) +
            title_tag(p, "%s - %s") + '\n' + canonical(p) + '\n<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">\n' +
            '<meta name="description" content="%s">\n%s\n%s\n%s\n' % (desc(p), og_tags(p), ld(article_ld(p, extra={"image": {"@type": "ImageObject", "url": "https://%s/wp-content/uploads/2026/03/%s.jpg" % (p["domain"], slug(p["url"])), "width": 1200, "height": 800}})), _AMP_BOILER) +
            '<style amp-custom>body{font-family:Georgia,serif;color:#222}.amp-header{display:flex;align-items:center;padding:8px 12px;background:%s}.amp-title{font-size:1.8rem;line-height:1.2}'
            '.amp-meta{color:#666;font-size:.85rem}.amp-ad-wrapper{margin:24px auto;text-align:center}.acc-h{background:#f3f3f3;padding:8px}amp-sidebar{width:260px;background:#111}</style>\n</head>\n' % p["color"] +
            '<body class="amp-single">\n<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{"vars":{"gtag_id":"G-%s","config":{"G-%s":{"groups":"default"}}}}</script></amp-analytics>\n'
            % (hexid(p["domain"], 8).upper(), hexid(p["domain"], 8).upper()) +
            '<amp-sidebar id="sidebar" class="amp-sidebar" layout="nodisplay" side="left"><button class="close-sidebar" on="tap:sidebar.close" aria-label="%s">✕</button>'
            '<nav class="sidebar-nav">%s</nav><div class="sidebar-social"><p>%s</p></div></amp-sidebar>\n' % (w["close"], nav(p["nav"], "menu"), w["follow"]) +
            '<header class="amp-header"><button class="hamburger" on="tap:sidebar.toggle" aria-label="%s">☰</button><a class="amp-logo" href="https://%s/">'
            '<amp-img src="https://%s/logo-amp.png" width="180" height="40" alt="%s"></amp-img></a></header>\n' % (w["menu"], p["domain"], p["domain"], attr(p["site"])) +
            '<main id="content" role="main">\n<article class="amp-wp-article">\n<header class="amp-wp-article-header">\n' +
            '<div class="amp-category"><a href="https://%s/%s/">%s</a></div>\n' % (p["domain"], slug(p["category"]), p["category"]) +
            '<h1 class="amp-title">%s</h1>\n<p class="amp-excerpt">%s</p>\n' % (p["h1"], p["deck"]) +
            '<div class="amp-meta"><span class="amp-wp-byline">%s</span> · <time datetime="%s">%s</time>%s</div>\n</header>\n'
            % (p["byline_html"], p["pub"], p["date"], '<span class="amp-reading"> · %s</span>' % p["reading"] if p.get("reading") else "") +
            '<figure class="amp-wp-article-featured-image"><amp-img src="https://%s/wp-content/uploads/2026/03/%s.jpg" width="1200" height="800" layout="responsive" alt="%s"></amp-img>'
            '<figcaption>%s</figcaption></figure>\n' % (p["domain"], slug(p["url"]), attr(p["h1"]), p["hero_caption"]) +
            '<div class="amp-social-bar">%s</div>\n' % share +
            '<div class="amp-wp-article-content">\n%s\n</div>\n' % _amp_fill(p, p["body"]) +
            ('<div class="amp-author-box"><amp-img src="https://%s/authors/%s.jpg" width="64" height="64" alt=""></amp-img><p class="amp-author-bio">%s</p></div>\n'
             % (p["domain"], slug(p["authors"][0]), p["bio"]) if p.get("bio") else "") +
            '<div class="amp-social-bar amp-social-bottom"><span>%s</span>%s</div>\n</article>\n' % (w["share"], share) +
            '<section class="amp-related"><amp-accordion class="related-acc" animate>%s</amp-accordion></section>\n</main>\n' % acc +
            '<footer class="amp-footer"><a href="%s">%s</a><p>%s</p><a href="#top" class="back-to-top">%s</a></footer>\n</body>\n</html>\n'
            % (p["url"], w["full"], p["footer"], w["top"]))
    return html, ["div.amp-wp-article-content"]


# ------------------------------------------------------------------------------------------ print versions
def print_modern(p):
    w = p["w"]
    links = "".join('<li>[%d] %s</li>' % (i + 1, u) for i, u in enumerate(p["links"]))
    html = ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n<meta name="robots" content="noindex, follow">\n' % (p["lang"], head(p)) +
            '<link rel="stylesheet" href="/css/print.css" media="all">\n<style>.noprint{margin:10px 0}@media print{.noprint{display:none}}</style>\n</head>\n' +
            '<body class="printversion" onload="window.print()">\n' +
            '<div class="noprint print-toolbar"><a href="javascript:window.print()">%s</a> | <a href="javascript:window.close()">%s</a></div>\n' % (w["print"], w["close"]) +
            '<div class="print-logo"><img src="https://%s/img/logo-print.png" alt="%s" width="260" height="40"></div>\n<hr>\n' % (p["domain"], attr(p["site"])) +
            '<div class="print-article">\n<div class="print-kicker">%s</div>\n<h1>%s</h1>\n<p class="print-teaser"><b>%s</b></p>\n' % (p["kicker"], p["h1"], p["deck"]) +
            '<p class="print-author">%s</p>\n<p class="print-date">%s</p>\n' % (p["byline_text"], p["date"]) +
            '<div class="print-text">\n%s\n</div>\n</div>\n<hr>\n' % p["body"] +
            '<div class="print-links"><p>%s</p><ul>%s</ul></div>\n' % (w["links"], links) +
            '<div class="print-footer"><p>%s</p><p>%s %s</p></div>\n</body>\n</html>\n' % (p["footer"], w["url"], p["url"]))
    return html, ["div.print-text"]


def print_table(p):
    w = p["w"]
    links = "".join('<tr><td class="small">[%d]</td><td class="small">%s</td></tr>' % (i + 1, u) for i, u in enumerate(p["links"]))
    html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">\n<html lang="%s">\n<head>\n%s\n' % (p["lang"], head(p, fmt="%s - %s", viewport=False)) +
            '<link rel="stylesheet" type="text/css" href="/static/print_v2.css">\n<script type="text/javascript">function doPrint(){window.print();}</script>\n</head>\n' +
            '<body bgcolor="#ffffff" onload="doPrint()">\n<table width="640" border="0" cellpadding="0" cellspacing="0" align="center">\n' +
            '<tr><td align="left"><img src="https://%s/static/img/logo_zw.gif" alt="%s" width="200" height="48"></td>'
            '<td align="right" class="small"><a href="javascript:doPrint()">%s</a> &middot; <a href="javascript:self.close()">%s</a></td></tr>\n' % (p["domain"], attr(p["site"]), w["print"], w["close"]) +
            '<tr><td colspan="2"><hr noshade size="1"></td></tr>\n' +
            '<tr><td colspan="2" class="rubriek">%s</td></tr>\n<tr><td colspan="2"><h1 class="titel">%s</h1></td></tr>\n' % (p["kicker"], p["h1"]) +
            '<tr><td colspan="2" class="meta">%s &middot; %s &middot; %s</td></tr>\n' % (p["byline_text"], p["date"], p["recipe_meta"]) +
            '<tr><td colspan="2" class="tekst" id="printtekst">\n%s\n</td></tr>\n' % p["body"] +
            '<tr><td colspan="2"><hr noshade size="1"><p class="small"><b>%s</b></p><table border="0" cellpadding="2">%s</table></td></tr>\n' % (w["links"], links) +
            '<tr><td colspan="2" class="small footer">%s<br>%s %s</td></tr>\n</table>\n</body>\n</html>\n' % (p["footer"], w["url"], p["url"]))
    return html, ["td#printtekst"]


# ------------------------------------------------------------------------------------------ Wayback Machine copy
def _wb(p, u, mod=""):
    return "https://web.archive.org/web/%s%s/%s" % (p["ts"], mod, u)


def _wb_toolbar(p):
    months = p["months"]
    return ('<!-- BEGIN WAYBACK TOOLBAR INSERT -->\n<script>__wm.rw(0);</script>\n'
            '<div id="wm-ipp-base" lang="en" style="%s">\n' % p.get("wb_style", "display:none;direction:ltr;") +
            '<div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;">\n'
            '<div id="donato" style="position:relative;width:100%%;"><div id="donato-base"><iframe id="donato-if" src="https://archive.org/includes/donate.php?as_page=1&amp;platform=wb&amp;referer=https%%3A//web.archive.org/web/"'
            ' scrolling="no" frameborder="0" style="width:100%%; height:100%%"></iframe></div></div>\n'
            '<div id="wm-ipp-inside">\n<div id="wm-toolbar" style="position:relative;display:flex;flex-flow:row nowrap;justify-content:space-between;">\n'
            '<div id="wm-logo" style="/*width:110px;*/padding-top:12px;"><a href="/web/" title="Wayback Machine home page"><img src="/_static/images/toolbar/wayback-toolbar-logo-200.png" srcset="/_static/images/toolbar/wayback-toolbar-logo-100.png, /_static/images/toolbar/wayback-toolbar-logo-150.png 1.5x, /_static/images/toolbar/wayback-toolbar-logo-200.png 2x" alt="Wayback Machine" style="width:100px" border="0" /></a></div>\n'
            '<div class="c" style="display:flex;flex-flow:column nowrap;justify-content:space-between;flex:1;">\n'
            '<div class="u" style="display:flex;flex-flow:row nowrap;flex:1;"><form target="_top" method="get" action="/web/submit" name="wmtb" id="wmtb" style="display:flex;flex-flow:row nowrap;align-items:center;flex:1;">'
            '<input type="text" name="url" id="wmtbURL" value="%s" onfocus="this.focus();this.select();" style="flex:1;"/><input type="hidden" name="type" value="replay" /><input type="hidden" name="date" value="%s" /><input type="submit" value="Go" /></form></div>\n'
            % (p["orig"], p["ts"]) +
            '<div class="n" style="display:flex;flex-flow:row nowrap;justify-content:space-between;width:100%%;margin-top:3px;">'
            '<div class="item mo" id="wm-prev-month"><a href="%s" title="%s">%s</a></div><div class="item mc"><span class="month">%s</span></div><div class="item mo" id="wm-next-month"><a href="%s" title="%s">%s</a></div></div>\n'
            % (_wb(dict(ts=p["prev_ts"]), p["orig"]), p["prev_title"], months[0], months[1], _wb(dict(ts=p["next_ts"]), p["orig"]), p["next_title"], months[2]) +
            '<div class="n"><div class="item"><a href="%s" title="%s"><img src="/_static/images/toolbar/wm_tb_prv_on.png" alt="Previous capture" width="14" height="16" border="0" /></a></div>'
            '<div class="item c"><span id="wm-graph-anchor"><span class="c">%s</span></span></div>'
            '<div class="item"><a href="%s" title="%s"><img src="/_static/images/toolbar/wm_tb_nxt_on.png" alt="Next capture" width="14" height="16" border="0" /></a></div></div>\n'
            % (_wb(dict(ts=p["prev_ts"]), p["orig"]), p["prev_title"], p["day"], _wb(dict(ts=p["next_ts"]), p["orig"]), p["next_title"]) +
            '<div class="n"><div class="item">%s</div><div class="item c"><span class="year">%s</span></div><div class="item">%s</div></div>\n' % p["years"] +
            '<div class="s" style="display:flex;flex-flow:row nowrap;justify-content:space-between;"><div id="wm-nav-captures" style="flex:1;"><a class="t" href="/web/%s*/%s" title="See a list of every capture for this URL">%s</a>'
            '<div class="r" title="Timespan for captures of this URL">%s</div></div></div>\n</div>\n' % (p["ts"], p["orig"], p["captures"], p["span"]) +
            '<div class="r" style="display:flex;flex-flow:column nowrap;justify-content:space-between;width:65px;">'
            '<div style="text-align:right;"><a id="wm-btns-close" href="#close" onclick="__wm.h(event);return false;" style="display:block;" title="Close the toolbar"><span class="iconochive-remove-circle"></span><span class="sr-only">close</span></a></div>'
            '<div style="text-align:right;"><a id="wm-btns-help" href="https://help.archive.org/help/category/the-wayback-machine/" title="Get some help using the Wayback Machine"><span class="iconochive-question-circle"></span><span class="sr-only">help</span></a></div></div>\n</div>\n</div>\n'
            '<div id="wm-capinfo" style="border-top:1px solid #777;display:none; overflow:hidden"><div id="wm-capinfo-collected-by"><div style="background-color:#666;color:#fff;font-weight:bold;text-align:center">COLLECTED BY</div>'
            '<div style="padding:3px;position:relative" id="wm-collected-by-content"><div style="display:inline-block;vertical-align:top;width:50%%;"><span class="c-logo" style="background-image:url(https://archive.org/services/img/%s);"></span>'
            'Collection: <a style="color:#33f;" href="https://archive.org/details/%s" target="_new"><span class="wm-title">%s</span></a><div style="max-height:75px;overflow:hidden;position:relative;">%s</div></div></div></div>'
            '<div id="wm-capinfo-timestamps"><div style="background-color:#666;color:#fff;font-weight:bold;text-align:center" title="Timestamps for the elements of this page">TIMESTAMPS</div><div><div id="wm-capresources" style="margin:0 5px 5px 5px;max-height:250px;overflow-y:scroll !important"></div><div id="wm-capresources-loading" style="text-align:left;margin:0 20px 5px 5px;display:none"><img src="/_static/images/loading.gif" alt="loading" /></div></div></div></div>\n'
            % (p["collection"], p["collection"], p["collection_title"], p["collection_desc"]) +
            '</div></div>\n<script type="text/javascript">__wm.bt(750,27,25,2,"web","%s","%s",1996,"/_static/",["/_static/css/banner-styles.css?v=S1zqJCYt","/_static/css/iconochive.css?v=3PDvdIFv"], false);</script>\n'
            '<!-- END WAYBACK TOOLBAR INSERT -->\n' % (p["orig"], p["ts"]))


def _wb_head(p):
    return ('<script type="text/javascript" src="https://web.archive.org/_static/js/bundle-playback.js?v=t1Bf4PY_" charset="utf-8"></script>\n'
            '<script type="text/javascript" src="https://web.archive.org/_static/js/wombat.js?v=txqj7nKC" charset="utf-8"></script>\n'
            '<script>window.RufflePlayer=window.RufflePlayer||{};window.RufflePlayer.config={"autoplay":"on","unmuteOverlay":"hidden"};</script>\n'
            '<script type="text/javascript" src="https://web.archive.org/_static/js/ruffle/ruffle.js"></script>\n'
            '<script type="text/javascript">\n  __wm.init("https://web.archive.org/web");\n  __wm.wombat("%s","%s","https://web.archive.org/","web","https://web.archive.org/_static/",\n\t      "%s");\n</script>\n'
            '<link rel="stylesheet" type="text/css" href="https://web.archive.org/_static/css/banner-styles.css?v=S1zqJCYt" />\n'
            '<link rel="stylesheet" type="text/css" href="https://web.archive.org/_static/css/iconochive.css?v=3PDvdIFv" />\n'
            '<!-- End Wayback Rewrite JS Include -->\n' % (p["orig"], p["ts"], p["epoch"]))


def _wb_tail(p):
    return ('<!--\n     FILE ARCHIVED ON %s AND RETRIEVED FROM THE\n     INTERNET ARCHIVE ON %s.\n     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.\n\n'
            '     ALL OTHER CONTENT MAY ALSO BE PROTECTED BY COPYRIGHT (17 U.S.C.\n     SECTION 108(a)(3)).\n-->\n<!--\nplayback timings (ms):\n  captures_list: 0.61\n  exclusion.robots: 0.021\n'
            '  exclusion.robots.policy: 0.009\n  esindex: 0.011\n  cdx.remote: 12.735\n  LoadShardBlock: 148.311 (3)\n  PetaboxLoader3.datanode: 171.08 (4)\n  load_resource: 96.412\n-->\n'
            % (p["archived_on"], p["retrieved_on"]))


def wayback_fr(p):
    w = lambda u, m="": _wb(p, u, m)
    site = "https://www.%s" % p["domain"]
    html = ('<!DOCTYPE html>\n<html lang="fr">\n<head>' + _wb_head(p) +
            '<meta charset="UTF-8">\n<title>%s</title>\n<meta name="viewport" content="width=device-width, initial-scale=1">\n' % p["title_tag"] +
            '<meta name="description" content="%s">\n<link rel="canonical" href="%s">\n' % (desc(p), p["url"]) +
            '<meta property="og:site_name" content="%s">\n<meta property="og:type" content="article">\n<meta property="og:title" content="%s">\n'
            '<meta property="og:url" content="%s">\n<meta property="og:image" content="%s">\n<meta property="article:published_time" content="%s">\n'
            '<meta property="article:modified_time" content="%s">\n<meta property="article:section" content="%s">\n'
            % (attr(p["site"]), attr(p["h1"]), p["url"], w(site + "/photos/2026/03/%s.jpg" % slug(p["orig"]), "im_"), p["pub"], p["mod"], p["rubrique"]) +
            '<link rel="stylesheet" href="%s">\n<script src="%s"></script>\n</head>\n' % (w(site + "/assets/css/app.min.css?v=41", "cs_"), w(site + "/assets/js/app.min.js?v=41", "js_")) +
            '<body class="page-article rubrique-%s">\n' % slug(p["rubrique"]) + _wb_toolbar(p) +
            '<div class="bandeau-haut"><a href="%s">Abonnez-vous</a><a href="%s">Se connecter</a><span class="bandeau-meteo">Météo : 9 °C</span></div>\n'
            % (w(site + "/abonnement/"), w(site + "/connexion/")) +
            '<header class="entete"><a class="entete__logo" href="%s"><img src="%s" alt="%s"></a>\n<nav class="entete__nav"><ul>%s</ul></nav></header>\n'
            % (w(site + "/"), w(site + "/assets/img/logo.svg", "im_"), attr(p["site"]), "".join('<li><a href="%s">%s</a></li>' % (w(site + "/%s/" % slug(n)), n) for n in p["nav"])) +
            '<div class="fil-ariane"><a href="%s">Accueil</a> &gt; <a href="%s">%s</a> &gt; <span>%s</span></div>\n' % (w(site + "/"), w(site + "/%s/" % slug(p["rubrique"])), p["rubrique"], p["ville"]) +
            '<main class="contenu">\n<article class="article" itemscope itemtype="https://schema.org/NewsArticle">\n' +
            '<h1 class="article__titre" itemprop="headline">%s</h1>\n<p class="article__chapo" itemprop="description">%s</p>\n' % (p["h1"], p["deck"]) +
            '<div class="article__signature"><span class="article__auteur" itemprop="author">%s</span><div class="article__dates"><span>Publié le <time itemprop="datePublished" datetime="%s">%s</time></span>'
            ' <span>Mis à jour le <time itemprop="dateModified" datetime="%s">%s</time></span></div></div>\n' % (p["byline_html"], p["pub"], p["date"], p["mod"], p["date_mod"]) +
            '<figure class="article__visuel"><img src="%s" alt="" width="1200" height="675"><figcaption>%s</figcaption></figure>\n' % (w(site + "/photos/2026/03/%s.jpg" % slug(p["orig"]), "im_"), p["caption"]) +
            '<div class="article__partage"><a href="%s">Partager sur Facebook</a><a href="%s">Partager sur X</a><a href="%s">Envoyer par e-mail</a></div>\n'
            % (w("https://www.facebook.example/sharer.php?u=" + p["orig"]), w("https://x.example/intent/post?url=" + p["orig"]), "mailto:?subject=" + attr(p["h1"])) +
            '<div class="article__corps" itemprop="articleBody">\n%s\n</div>\n' % p["body"] +
            '<div class="article__lire-aussi"><h3>À lire aussi</h3><ul>%s</ul></div>\n</article>\n' % "".join('<li><a href="%s">%s</a></li>' % (w(site + path), t) for t, path in p["also"]) +
            '<aside class="colonne"><div class="bloc-newsletter"><h3>%s</h3><input type="email" placeholder="Votre adresse e-mail"><button>Je m’inscris</button></div>'
            '<div class="bloc-pub"><span>Publicité</span></div></aside>\n</main>\n' % p["newsletter"] +
            '<footer class="pied"><ul>%s</ul><p>%s</p></footer>\n' % ("".join('<li><a href="%s">%s</a></li>' % (w(site + "/%s/" % slug(n)), n) for n in p["footer_nav"]), p["footer"]) +
            '</body>\n</html>\n' + _wb_tail(p))
    return html, ["div.article__corps"]


def wayback_en(p):
    w = lambda u, m="": _wb(p, u, m)
    site = "https://%s" % p["domain"]
    html = ('<!DOCTYPE html>\n<html lang="en-US">\n<head>' + _wb_head(p) +
            '<meta charset="UTF-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s</title>\n' % p["title_tag"] +
            '<link rel="canonical" href="%s">\n<meta property="og:locale" content="en_US">\n<meta property="og:type" content="article">\n<meta property="og:title" content="%s">\n'
            '<meta property="og:url" content="%s">\n<meta property="og:site_name" content="%s">\n<meta name="twitter:card" content="summary_large_image">\n'
            % (p["url"], attr(p["h1"]), p["url"], attr(p["site"])) +
            '<link rel="stylesheet" id="townnews-css" href="%s" media="all">\n<script src="%s"></script>\n</head>\n' % (w(site + "/wp-content/themes/townpaper/style.css?ver=2.4", "cs_"), w(site + "/wp-includes/js/jquery/jquery.min.js?ver=3.7.1", "js_")) +
            '<body class="post-template-default single single-post postid-%s">\n' % p["postid"] + _wb_toolbar(p) +
            '<div id="page" class="site">\n<header class="site-header"><div class="site-branding"><p class="site-title"><a href="%s">%s</a></p><p class="site-description">%s</p></div>\n'
            '<nav class="main-navigation"><ul class="menu">%s</ul></nav></header>\n' % (w(site + "/"), p["site"], p["tagline"], "".join('<li class="menu-item"><a href="%s">%s</a></li>' % (w(site + "/category/%s/" % slug(n)), n) for n in p["nav"])) +
            '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">\n' +
            '<article id="post-%s" class="post-%s post type-post status-publish format-standard category-%s">\n' % (p["postid"], p["postid"], slug(p["category"])) +
            '<header class="entry-header"><span class="cat-links"><a href="%s" rel="category tag">%s</a></span><h1 class="entry-title">%s</h1>\n' % (w(site + "/category/%s/" % slug(p["category"])), p["category"], p["h1"]) +
            '<div class="entry-meta"><span class="byline"> by <span class="author vcard"><a class="url fn n" href="%s">%s</a></span></span>%s'
            '<span class="posted-on"> on <time class="entry-date published" datetime="%s">%s</time></span></div></header>\n'
            % (w(site + "/author/%s/" % slug(p["authors"][0])), p["authors"][0], p["byline_extra"], p["pub"], p["date"]) +
            '<div class="entry-content">\n%s\n</div>\n' % p["body"] +
            '<footer class="entry-footer"><span class="tags-links">Tags: %s</span> <span class="comments-link"><a href="%s#comments">%s</a></span></footer>\n</article>\n'
            % (", ".join('<a href="%s" rel="tag">%s</a>' % (w(site + "/tag/%s/" % slug(t)), t) for t in p["tags"]), w(p["orig"]), p["ncomments"]) +
            '<nav class="navigation post-navigation"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="%s" rel="prev">%s</a></div></div></nav>\n'
            % (w(site + "/2026/02/18/%s/" % slug(p["prev_post"])), p["prev_post"]) +
            '</main></div>\n<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Stories</h2><ul>%s</ul></section>'
            '<section class="widget widget_text"><div class="textwidget">%s</div></section></aside></div>\n'
            % ("".join('<li><a href="%s">%s</a></li>' % (w(site + "/2026/02/%s/" % slug(t)), t) for t in p["recent"]), p["support"]) +
            '<footer class="site-footer"><div class="site-info">%s</div></footer>\n</div>\n</body>\n</html>\n' % p["footer"] + _wb_tail(p))
    return html, ["div.entry-content"]


# ------------------------------------------------------------------------------------------ paywall teaser
def paywall(p):
    w = p["w"]
    extra = {"isAccessibleForFree": False, "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".%s" % p["pw_class"]}}
    if p.get("ld_body"):
        import re
        extra["articleBody"] = re.sub(r"\s+", " ", plain(re.sub(r"</p>", " ", p["body"] + p["ld_body"]))).strip()
    html = ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n' % (p["lang"], head(p, ld_obj=article_ld(p, typ=p.get("ld_type", "NewsArticle"), extra=extra), fmt="%s – %s")) +
            '<link rel="stylesheet" href="https://static.%s/css/site.%s.css">\n<script src="https://static.%s/js/piano.js" async></script>\n</head>\n' % (p["domain"], hexid(p["url"]), p["domain"]) +
            '<body class="article-page %s">\n' % p["body_class"] +
            '<header class="masthead"><div class="masthead__top"><a class="logo" href="/">%s</a><a class="btn-subscribe" href="/assinaturas/">%s</a><a class="login" href="/login/">%s</a></div>'
            '<nav class="masthead__nav">%s</nav></header>\n' % (p["site"], w["subscribe"], w["login"], nav(p["nav"])) +
            '<main class="main"><article class="story">\n<header class="story__header"><p class="story__kicker">%s</p><h1 class="story__title">%s</h1><p class="story__lead">%s</p>\n' % (p["kicker"], p["h1"], p["deck"]) +
            '<div class="story__byline"><span class="story__author">%s</span><time class="story__date" datetime="%s">%s</time><span class="story__premium">%s</span></div></header>\n'
            % (p["byline_html"], p["pub"], p["date"], w["premium"]) +
            '<figure class="story__image">%s<figcaption>%s</figcaption></figure>\n' % (img(p, p["url"]), p["caption"]) +
            '<div class="story__body">\n%s\n</div>\n' % p["body"] +
            '<div class="%s" id="paywall-box"><div class="paywall__fade"></div><div class="paywall__inner">%s</div></div>\n' % (p["pw_class"], p["wall"]) +
            '</article>\n<section class="related"><h2>%s</h2><ul>%s</ul></section>\n</main>\n' % (w["related"], "".join('<li><a href="%s">%s</a></li>' % (href(p, t), t) for t in p["related"])) +
            '<footer class="footer"><p>%s</p></footer>\n</body>\n</html>\n' % p["footer"])
    return html, ["div.story__body"]


# ------------------------------------------------------------------------------------------ consent walls
def consent_modal(p):
    c = p["consent"]
    html = ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n' % (p["lang"], head(p)) +
            '<script>window.__tcfapi=window.__tcfapi||function(){(window.__tcfapi.a=window.__tcfapi.a||[]).push(arguments)};</script>\n'
            '<script src="https://cmp.%s/cmp/v2/stub.js" async></script>\n<link rel="stylesheet" href="/static/css/main.css?v=%s">\n</head>\n' % (p["domain"], hexid(p["url"])) +
            '<body class="article-template has-cmp-open">\n' +
            '<div id="cmp-root" class="cmp-overlay" role="dialog" aria-modal="true" aria-labelledby="cmp-title">\n<div class="cmp-box">\n'
            '<div class="cmp-logo"><img src="/static/img/logo-cmp.png" alt="%s" width="140" height="32"></div>\n<h2 id="cmp-title" class="cmp-title">%s</h2>\n' % (attr(p["site"]), c["title"]) +
            "".join('<p class="cmp-text">%s</p>\n' % t for t in c["texts"]) +
            '<ul class="cmp-purposes">%s</ul>\n' % "".join('<li><strong>%s</strong> %s</li>' % (a, b) for a, b in c["purposes"]) +
            '<p class="cmp-vendors"><a href="#" data-cmp-action="vendors">%s</a></p>\n' % c["vendors"] +
            '<div class="cmp-buttons"><button class="cmp-btn cmp-btn--secondary" data-cmp-action="customize">%s</button><button class="cmp-btn cmp-btn--secondary" data-cmp-action="reject">%s</button>'
            '<button class="cmp-btn cmp-btn--primary" data-cmp-action="accept">%s</button></div>\n</div>\n</div>\n' % c["buttons"] +
            '<div class="site">\n<header class="header"><a class="header__logo" href="/">%s</a><nav class="header__nav">%s</nav><a class="header__abbonati" href="/abbonamenti/">%s</a></header>\n'
            % (p["site"], nav(p["nav"]), p["w"]["subscribe"]) +
            '<div class="breadcrumb"><a href="/">Home</a> / <a href="/%s/">%s</a></div>\n' % (slug(p["section"]), p["section"]) +
            '<main class="main-content"><article class="article-full">\n<h1 class="article-full__title">%s</h1>\n<h2 class="article-full__summary">%s</h2>\n' % (p["h1"], p["deck"]) +
            '<div class="article-full__info"><span class="article-full__author">%s</span> <span class="article-full__date">%s</span></div>\n' % (p["byline_html"], p["date"]) +
            '<figure class="article-full__media">%s<figcaption>%s</figcaption></figure>\n' % (img(p, p["url"]), p["caption"]) +
            '<div class="article-full__text">\n%s\n</div>\n' % p["body"] +
            '<div class="article-full__tags">%s</div>\n</article>\n' % " ".join('<a href="/tag/%s/">%s</a>' % (slug(t), t) for t in p["tags"]) +
            '<aside class="sidebar"><h3>%s</h3><ul>%s</ul></aside>\n</main>\n' % (p["w"]["also"], "".join('<li><a href="%s">%s</a></li>' % (href(p, t), t) for t in p["also"])) +
            '<footer class="footer"><p>%s</p></footer>\n</div>\n</body>\n</html>\n' % p["footer"])
    return html, ["div.article-full__text"]


def consent_fullscreen(p):
    c = p["consent"]
    html = ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n' % (p["lang"], head(p, fmt="%s - %s")) +
            '<link rel="stylesheet" href="/assets/css/blog.css?ver=%s">\n<style>#consent-root{position:fixed;inset:0;z-index:99999;background:rgba(0,0,0,.72)}</style>\n</head>\n' % hexid(p["url"]) +
            '<body class="single-post">\n<div id="consent-root"><div class="cw-modal" role="dialog" aria-modal="true">\n' +
            '<div class="cw-header"><h2>%s</h2><button class="cw-close" aria-label="%s">×</button></div>\n<div class="cw-body">\n' % (c["title"], c["close"]) +
            "".join('<p>%s</p>\n' % t for t in c["texts"]) +
            '<div class="cw-toggles">%s</div>\n' % "".join('<div class="cw-toggle"><label><input type="checkbox"%s> <span class="cw-toggle-title">%s</span></label><p class="cw-toggle-desc">%s</p></div>'
                                                           % (" checked disabled" if i == 0 else "", a, b) for i, (a, b) in enumerate(c["purposes"])) +
            '</div>\n<div class="cw-footer"><a href="/kebijakan-privasi/">%s</a><button class="cw-btn cw-save">%s</button><button class="cw-btn cw-reject">%s</button><button class="cw-btn cw-accept">%s</button></div>\n</div></div>\n'
            % ((c["vendors"],) + c["buttons"]) +
            '<div id="page"><header class="site-header"><div class="brand"><a href="/">%s</a><span class="tagline">%s</span></div><nav>%s</nav></header>\n' % (p["site"], p["tagline"], nav(p["nav"], "nav-menu")) +
            '<div class="wrap"><main class="content"><article class="post-single">\n<div class="post-cats"><a href="/kategori/%s/">%s</a></div>\n<h1 class="post-title">%s</h1>\n' % (slug(p["section"]), p["section"], p["h1"]) +
            '<div class="post-meta"><img class="avatar" src="/avatars/%s.jpg" alt=""> <span class="post-author">%s</span> · <span class="post-date">%s</span> · <span class="post-read">%s</span></div>\n'
            % (slug(p["authors"][0]), p["byline_html"], p["date"], p["reading"]) +
            '<figure class="post-featured">%s<figcaption>%s</figcaption></figure>\n' % (img(p, p["url"]), p["caption"]) +
            '<div class="post-content">\n%s\n</div>\n' % p["body"] +
            '<div class="post-author-box"><p>%s</p></div>\n</article>\n' % p["bio"] +
            '<section class="related-posts"><h3>%s</h3><ul>%s</ul></section>\n</main></div>\n' % (p["w"]["also"], "".join('<li><a href="%s">%s</a></li>' % (href(p, t, "wisata"), t) for t in p["also"])) +
            '<footer class="site-footer"><p>%s</p></footer>\n</div>\n</body>\n</html>\n' % p["footer"])
    return html, ["div.post-content"]
