"""AMP and mobile article skeletons: an AMP news page (ampnews, <html ⚡>), an AMP magazine page with a
carousel header (ampmag, <html amp>), a mobile-site page served from m.… without the AMP runtime
(mobsite), and an AMP live page with <amp-live-list> (amplive). Each prints the text in one or more
containers (a `*` selector) with the furniture nested in them listed in p["exclude"]."""
import json

from kit import attr, hexid, plain, slug
from common import RTL, W, amp_head, amp_img, href, render_body, sl

CSS = ("body{font-family:-apple-system,Roboto,sans-serif;margin:0}.hdr{position:sticky;top:0;display:flex;height:48px}"
       ".sticky-bar{position:fixed;bottom:0;left:0;right:0}.ad-inline{min-height:250px;text-align:center}figure{margin:0}"
       ".read-full__btn{background:#111;color:#fff;text-align:center}.consent{position:fixed;bottom:0}.next-up{border-top:4px solid #111}")


def _share(p, w, cls):
    return '<div class="%s"><span>%s</span>%s</div>' % (cls, w["share"], "".join(
        '<amp-social-share type="%s" width="36" height="36"%s></amp-social-share>' % (t, ' data-param-app_id="%s"' % hexid(p["site"], 8) if t == "facebook" else "")
        for t in ["facebook", "twitter", "whatsapp", "email", "system"]))


def _frame(p, amp, body_cls, top_extra=""):
    w = W[p["lang"]]
    body = render_body(p, w, body_cls)
    d = ' dir="rtl"' if p["lang"] in RTL else ""
    home = "https://%s/" % p["domain"]
    menu = "".join('<li><a href="%s%s/">%s</a></li>' % (home, sl(m), m) for m in w["menu"])
    crumbs = " › ".join('<a href="%s%s/">%s</a>' % (home, sl(c), c) for c in p.get("crumbs", []))
    rail = w["rail"] + p.get("rail_extra", [])
    cm = p.get("comments", [])
    comments = ('<amp-accordion class="comments" disable-session-states><section><h4>%s (%s)</h4><div class="cm-list">%s</div></section></amp-accordion>'
                % (w["comments"], p.get("comment_count", len(cm)), "".join('<div class="cm"><b>%s</b> <span class="cm-t">%s</span><p>%s</p></div>' % c for c in cm))) if cm else ""
    nxt_h, nxt_t = p["nxt"]
    html = ('<!DOCTYPE html>\n<html %slang="%s"%s>\n<head>\n%s\n</head>\n<body>\n'
            % ({"ampnews": "⚡ ", "amplive": "⚡ ", "ampmag": "amp "}.get(p["skin"], ""), p.get("html_lang", p["lang"]), d, amp_head(p, amp, CSS)) +
            '<amp-analytics type="gtag" data-credentials="include"><script type="application/json">%s</script></amp-analytics>\n'
            % json.dumps({"vars": {"gtag_id": "G-%s" % hexid(p["domain"], 8).upper(), "config": {"G-%s" % hexid(p["domain"], 8).upper(): {"groups": "default"}}},
                          "extraUrlParams": {"section": p.get("secpath", "news"), "author": p.get("byline_text") or "", "type": "amp"}}) +
            '<amp-consent id="consent" layout="nodisplay"><script type="application/json">{"consentInstanceId":"cmp-%s","consentRequired":true,"promptUI":"consent-ui"}</script>'
            '<div id="consent-ui" class="consent"><p>⟪%s⟫</p><button on="tap:consent.accept">%s</button> <button on="tap:consent.reject">%s</button></div></amp-consent>\n'
            % (hexid(p["site"]), w["consent"], w["accept"], w["manage"]) +
            '<div class="app-banner"><amp-img src="https://%s/icons/app-96.png" width="40" height="40" alt=""></amp-img><p>⟪%s⟫</p><a class="app-btn" href="https://app.%s/open?url=%s">%s</a></div>\n'
            % (p["domain"], w["app"], p["domain"].split(".", 1)[1], p["url"], w["openapp"]) +
            '<amp-sidebar id="sidebar" layout="nodisplay" side="%s"><button on="tap:sidebar.close">%s ✕</button><ul class="side-menu">%s</ul>'
            '<p><a href="%slogin">%s</a> · <a href="%ssubscribe">%s</a></p></amp-sidebar>\n'
            % ("right" if d else "left", w["close"], menu, home, w["login"], home, w["sub"]) +
            '<header class="hdr"><button class="burger" on="tap:sidebar.toggle" aria-label="%s">☰</button><a class="logo" href="%s">%s</a>'
            '<a class="search" href="%ssearch">%s</a></header>\n' % (w["menu_btn"], home, p["site"], home, w["search"]) +
            ('<div class="ticker">%s</div>\n' % p["ticker"] if p.get("ticker") else "") +
            top_extra +
            '<main><article class="post">\n' +
            ('<nav class="crumbs">%s</nav>\n' % crumbs if crumbs else "") +
            ('<p class="kicker">%s</p>\n' % p["label"] if p.get("label") else "") +
            '<h1 class="headline">%s</h1>\n' % p["h1"] +
            ('<p class="standfirst">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="meta">%s<span class="date">%s</span></div>\n'
            % ('<p class="byline">%s</p>' % p.get("byline_html", p["byline_text"]) if p.get("byline_html", p["byline_text"]) else "", p["date"]) +
            _share(p, w, "share-top") + "\n" +
            ('<figure class="hero">%s<figcaption>%s</figcaption></figure>\n' % (amp_img(p, p["hero"]), p["hero"]) if p.get("hero") else "") +
            body + "\n" +
            ('<div class="tags">%s</div>\n' % " ".join('<a href="%stag/%s/">%s</a>' % (home, sl(t), t) for t in p["tags"]) if p.get("tags") else "") +
            (p.get("after", "")) +
            _share(p, w, "share-bottom") + "\n" +
            comments +
            '</article>\n' +
            '<section class="related"><h3>%s</h3><amp-list width="auto" height="320" layout="fixed-height" src="https://%s/api/related?id=%s">'
            '<template type="amp-mustache">{{#items}}<a href="{{url}}"><amp-img src="{{img}}" width="96" height="64"></amp-img><h4>{{title}}</h4></a>{{/items}}</template>'
            '<div overflow>%s</div></amp-list></section>\n' % (w["related"], p["domain"], hexid(p["url"], 8), w["more"]) +
            '<section class="most-read"><h3>%s</h3><ol>%s</ol></section>\n' % (w["more"], "".join('<li><a href="%s">%s</a></li>' % (href(p, t), t) for t in rail)) +
            '<div class="next-up"><span class="next-label">%s</span><h2><a href="%s">⟪%s⟫</a></h2><p>%s</p>%s</div>\n'
            % (w["next"], href(p, nxt_h), nxt_h, nxt_t, amp_img(p, nxt_h, 400, 225)) +
            '</main>\n<div class="sticky-bar"><a class="sb-home" href="%s">%s</a><a class="sb-app" href="https://app.%s/">%s</a><a class="sb-top" href="#top">%s</a></div>\n'
            % (home, w["menu"][0], p["domain"].split(".", 1)[1], w["openapp"], w["top"]) +
            '<footer class="ftr"><ul>%s</ul><p><a href="%s">%s</a></p><p>© 2026 %s. %s</p></footer>\n</body>\n</html>\n'
            % ("".join('<li><a href="%s%s/">%s</a></li>' % (home, sl(t), t) for t in w["legal"]), p["url"], w["desktop"], p.get("owner", p["site"]), w["rights"]))
    return html


def ampnews(p):
    """An AMP news page: <html ⚡>, consent, app banner, amp-sidebar menu, text in div.article-body
    (a second half behind "Read full story" in an amp-accordion on some pages)."""
    return _frame(p, True, "article-body"), ["div.article-body*"]


def amplive(p):
    """An AMP live page: an intro and <amp-live-list> entries, each in div.article-body."""
    return _frame(p, True, "article-body"), ["div.article-body*"]


def ampmag(p):
    """An AMP magazine page: <html amp>, an amp-carousel gallery under the header, text in div.story-text."""
    gal = ""
    if p.get("gallery"):
        gal = '<div class="top-gallery"><amp-carousel type="carousel" height="120" layout="fixed-height">%s</amp-carousel></div>\n' % "".join(
            '<a href="%s">%s<span>%s</span></a>' % (href(p, t), amp_img(p, t, 160, 100, "fixed"), t) for t in p["gallery"])
    return _frame(p, True, "story-text", gal), ["div.story-text*"]


def mobsite(p):
    """A mobile-site page (m.…) without the AMP runtime: the same furniture written with plain tags,
    a drawer menu, a "read full story" button before a hidden second part; text in div.m-article__text."""
    h = _frame(p, False, "m-article__text")
    for a, b in [('<amp-img ', '<img loading="lazy" '), ('></amp-img>', '>'), ('<amp-ad ', '<div class="m-ad" '), ('</amp-ad>', '</div>'),
                 ('<amp-sidebar ', '<nav class="drawer" '), ('</amp-sidebar>', '</nav>'), ('<amp-carousel ', '<div class="swiper" '), ('</amp-carousel>', '</div>'),
                 ('<amp-iframe ', '<iframe loading="lazy" '), ('</amp-iframe>', '</iframe>'), ('<amp-consent ', '<div class="cmp-wrap" '), ('</amp-consent>', '</div>'),
                 ('<amp-list ', '<div class="lazy-list" '), ('</amp-list>', '</div>'),
                 ('<amp-accordion class="read-full" disable-session-states><section><h4 class="read-full__btn">', '<div class="read-full"><button class="read-full__btn" type="button">'),
                 ('</h4><div class="m-article__text">', '</button><div class="m-article__text is-hidden" aria-hidden="true">'),
                 ('<amp-accordion class="comments" disable-session-states><section><h4>', '<div class="comments"><button class="load-comments" type="button">'),
                 ('</h4><div class="cm-list">', '</button><div class="cm-list" hidden>'),
                 ('</section></amp-accordion>', '</div>')]:
        h = h.replace(a, b)
    import re
    h = re.sub(r'<amp-social-share type="([a-z]+)"[^>]*></amp-social-share>', lambda m: '<a class="sh-%s" href="#share-%s">%s</a>' % (m.group(1), m.group(1), m.group(1)), h)
    h = re.sub(r'<amp-analytics[^>]*>(.*?)</amp-analytics>', r'\1', h, flags=re.S)
    return h, ["div.m-article__text*"]
