"""Page skeletons, part B: East Asian news sites (Japanese, Korean, Taiwanese markup), an Arc-style component page,
a live/developing story, a lifestyle/service magazine (WordPress-like) and a newsletter landing page."""
from kit import attr, hexid, href, img, nav, plain, slug
from parts import (author_box, byline, comments, cookie, footer, hero, html_open, newsletter, photo, share, side_boxes,
                   tags, teasers)
from words import words

_CJK_BODY = {"ja": ("div", "id", "article-body-inner"), "ko": ("div", "id", "article-view-content-div"), "zh": ("div", "id", "story_body_content")}


# ------------------------------------------------------------------------------------------ East Asian news sites
def cjk(p):
    w = words(p)
    lang = p["lang"]
    tag, kind, val = _CJK_BODY[lang]
    if lang == "ko":
        headblock = ('<div class="article-head-title">%s</div>\n' % p["h1"] +
                     ('<h2 class="subheading">%s</h2>\n' % p["deck"] if p.get("deck") else "") +
                     '<div class="info-group"><ul class="infomation"><li><i class="icon-user-o"></i> %s</li><li><i class="icon-clock-o"></i> %s</li>%s</ul></div>\n'
                     % (byline(p), p["date"], '<li>%s</li>' % p["date_mod"] if p.get("date_mod") else ""))
        title_el = ""
    else:
        headblock = ""
        title_el = ('<div class="article-header">%s<h1 class="article-title">%s</h1>\n' % ('<p class="article-category">%s</p>' % p["kicker"] if p.get("kicker") else "", p["h1"]) +
                    ('<p class="article-subtitle">%s</p>\n' % p["deck"] if p.get("deck") else "") +
                    '<div class="article-info">%s<span class="article-author">%s</span><time datetime="%s">%s</time></div></div>\n' % (photo(p, "author-thumb"), byline(p), p["pub"], p["date"]))
    html = (html_open(p, p.get("title_fmt", "%s｜%s"), "article-detail") + cookie(p, "cookie-policy") +
            '<div id="header"><div class="header-inner"><a class="logo" href="/">%s</a><div class="header-util"><a href="/login">%s</a><a href="/subscribe">%s</a></div></div>\n'
            '<div class="gnb">%s</div></div>\n' % (p["site"], w["login"], w["subscribe"], nav(p["nav"], "gnb-list")) +
            '<div id="container"><div class="content-main"><section class="article-view">\n' + title_el + headblock +
            share(p, "article-share-top") + hero(p, "photo-layout") +
            '<%s %s="%s" class="article-text">\n%s\n</%s>\n' % (tag, kind, val, p["body"], tag) +
            ('<div class="article-copy">%s</div>\n' % p["copy"] if p.get("copy") else "") + author_box(p, "writer-box") + tags(p, "tag-group", "tags") +
            '</section>\n' +
            ('<div class="related-news"><h3>%s</h3><ul>%s</ul></div>\n' % (p.get("related_h", w["related"]), teasers(p, p["related"])) if p.get("related") else "") +
            comments(p, "comment-area") + '</div>\n<div class="content-aside">\n%s</div></div>\n' % side_boxes(p, "aside-box") +
            newsletter(p, "newsletter-area") + footer(p, "footer") + '</body>\n</html>\n')
    return html, ["%s#%s" % (tag, val)]


# ------------------------------------------------------------------------------------------ Arc-style component page
def arc(p):
    w = words(p)
    n = [0]

    def paras(body):
        # each top-level <p> becomes an Arc "text" component; [[AD]] an ad slot
        import re
        out = body.replace("<p>", '<p class="c-paragraph" data-type="text">')

        def ad(m):
            n[0] += 1
            return '<div class="arc-ad arc-ad--inline" id="ad-inline-%d"><div class="ad-label">%s</div></div>' % (n[0], w["ad"])
        return re.sub(r"\[\[AD\]\]", ad, out)
    html = (html_open(p, p.get("title_fmt", "%s | %s"), "fusion-app") + cookie(p, "onetrust-banner") +
            '<div id="fusion-app" class="layout-section"><header class="nav-sections"><div class="nav-logo"><a href="/">%s</a></div>%s'
            '<a class="nav-subscribe" href="/suscripciones">%s</a></header>\n' % (p["site"], nav(p["nav"], "nav-sections__list"), w["subscribe"]) +
            '<div class="article-layout"><div class="article-layout__main">\n' +
            ('<div class="headline-overline"><a href="/%s/">%s</a></div>\n' % (slug(plain(p["kicker"])), p["kicker"]) if p.get("kicker") else "") +
            '<h1 class="headline-text">%s</h1>\n' % p["h1"] +
            ('<h2 class="subheadline-text">%s</h2>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="byline-container">%s<div class="byline-credits">%s</div><time class="byline-date" datetime="%s">%s</time></div>\n'
            % (photo(p, "byline-image"), byline(p), p["pub"], p["date"]) + hero(p, "lead-art") + share(p, "sharebar") +
            '<div class="article-body">\n%s\n</div>\n' % paras(p["body"]) + author_box(p, "author-bio") + tags(p, "tags-list", "tags") +
            '</div>\n<div class="article-layout__rail">\n%s</div></div>\n' % side_boxes(p, "rail-list") +
            ('<div class="more-stories"><h3>%s</h3><ul>%s</ul></div>\n' % (p.get("related_h", w["related"]), teasers(p, p["related"])) if p.get("related") else "") +
            comments(p, "comments-widget") + newsletter(p, "nl-widget") + footer(p, "footer-section") + '</div>\n</body>\n</html>\n')
    return html, ["div.article-body"]


# ------------------------------------------------------------------------------------------ live / developing story
def live(p):
    w = words(p)
    entries = "".join('<article class="live-entry" id="entry-%s"><div class="live-entry__time"><time datetime="%s">%s</time></div>'
                      '<h2 class="live-entry__title">%s</h2><div class="live-entry__text">%s</div></article>\n' % (hexid(e[2], 6), e[0], e[1], e[2], e[3])
                      for e in p["entries"])
    html = (html_open(p, p.get("title_fmt", "%s | %s"), "live-page") + cookie(p, "aviso-cookies") +
            '<header class="main-header"><a class="main-header__logo" href="/">%s</a>%s</header>\n' % (p["site"], nav(p["nav"], "main-header__nav")) +
            '<main class="live"><div class="live__head"><span class="live__badge">%s</span>\n<h1 class="live__title">%s</h1>\n' % (p["badge"], p["h1"]) +
            '<div class="live__meta"><span class="live__byline">%s</span> <time datetime="%s">%s</time> <span class="live__updated">%s</span></div></div>\n'
            % (byline(p), p["pub"], p["date"], p["date_mod"]) + hero(p, "live__media") +
            '<div class="live-intro">\n%s\n</div>\n' % p["body"] + share(p, "live__share") +
            '<div class="live-refresh"><button>%s</button></div>\n' % p["refresh"] +
            '<div class="live-feed">\n%s</div>\n' % entries +
            '<aside class="live__aside">\n%s</aside>\n</main>\n' % side_boxes(p, "bloque") + newsletter(p, "boletin") + footer(p, "footer") + '</body>\n</html>\n')
    return html, ["div.live-intro", "div.live-feed"]


# ------------------------------------------------------------------------------------------ lifestyle / service magazine
def lifestyle(p):
    w = words(p)
    html = (html_open(p, p.get("title_fmt", "%s - %s"), "single single-post magazine") + cookie(p, "cky-consent-container") +
            '<header id="site-header" class="header"><div class="header__brand"><a href="/">%s</a><span class="header__claim">%s</span></div>\n'
            '<nav class="header__menu">%s</nav></header>\n' % (p["site"], p.get("claim", ""), nav(p["nav"], "menu")) +
            ('<div class="sponsor-strip">%s</div>\n' % p["label"] if p.get("label") else "") +
            '<div class="site-content"><main class="content-area"><div class="post-wrap">\n' +
            ('<div class="post-cats"><a href="/%s/">%s</a></div>\n' % (slug(plain(p["kicker"])), p["kicker"]) if p.get("kicker") else "") +
            '<h1 class="post-title">%s</h1>\n' % p["h1"] +
            ('<div class="post-excerpt">%s</div>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="post-meta">%s<span class="post-meta__author">%s</span> <span class="post-meta__date">%s</span>%s</div>\n'
            % (photo(p, "post-meta__avatar"), byline(p), p["date"], ' <span class="post-meta__extra">%s</span>' % p["meta_extra"] if p.get("meta_extra") else "") +
            hero(p, "post-thumb") + share(p, "post-share") +
            '<div class="entry-content">\n%s\n</div>\n' % p["body"] +
            ('<div class="post-disclosure">%s</div>\n' % p["disclosure"] if p.get("disclosure") else "") +
            author_box(p, "post-author") + tags(p, "post-tags", "tag") + '</div>\n' +
            ('<section class="post-related"><h2>%s</h2><ul>%s</ul></section>\n' % (p.get("related_h", w["related"]), teasers(p, p["related"], "magazine")) if p.get("related") else "") +
            comments(p, "comment-list") + '</main>\n<aside class="widget-area">\n%s</aside></div>\n' % side_boxes(p, "widget") +
            newsletter(p, "footer-newsletter") + footer(p, "site-footer") + '</body>\n</html>\n')
    return html, ["div.entry-content"] + p.get("more_bodies", [])


# ------------------------------------------------------------------------------------------ newsletter landing page
def landing(p):
    w = words(p)
    html = (html_open(p, p.get("title_fmt", "%s – %s"), "landing newsletter-landing") + cookie(p, "tarteaucitron-alert") +
            '<header class="lp-header"><a class="lp-header__logo" href="/">%s</a>%s</header>\n' % (p["site"], nav(p["nav"], "lp-header__nav")) +
            '<main class="lp"><section class="lp-hero"><p class="lp-hero__eyebrow">%s</p><h1 class="lp-hero__title">%s</h1>\n' % (p["kicker"], p["h1"]) +
            '<p class="lp-hero__by">%s</p>\n' % byline(p) +
            '<form class="lp-form" action="/newsletters/subscribe" method="post"><input type="email" placeholder="%s"><button>%s</button>'
            '<p class="lp-form__legal">%s</p></form></section>\n' % (w["email"], w["nl_btn"], p["legal"]) +
            '<div class="landing__intro">\n%s\n</div>\n' % p["body"] +
            '<section class="lp-samples"><h2>%s</h2><ul>%s</ul></section>\n' % (p["samples_h"], teasers(p, p["samples"], "newsletters")) +
            '<section class="lp-quotes">%s</section>\n' % "".join('<blockquote class="lp-quote"><p>%s</p><cite>%s</cite></blockquote>' % q for q in p["quotes"]) +
            '<section class="lp-other"><h2>%s</h2><ul>%s</ul></section>\n' % (p["other_h"], teasers(p, p["other"], "newsletters")) +
            ('<section class="lp-faq"><h2>FAQ</h2>%s</section>\n' % "".join('<details class="lp-faq__item"><summary>%s</summary><p>%s</p></details>' % q for q in p.get("faq", []))) +
            '</main>\n' +
            footer(p, "lp-footer") + '</body>\n</html>\n')
    return html, ["div.landing__intro"]
