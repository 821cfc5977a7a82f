"""Page skeletons of service sites: a WordPress food-and-lifestyle magazine with recipe cards (`foodmag`), a
product and game review site with score badges, verdict boxes and affiliate buttons (`reviewsite`) and a news
site's partner-content page (`partner`). Each returns (html, body selectors)."""
from kit import attr, hexid, img, nav, plain, slug
from parts import (byline, comments, cookie, excl, fix, footer, html_open, inserts, newsletter, rail, rating_box, related, share,
                   stars, tags)
from words import words


# ------------------------------------------------------------------------------------------ food and lifestyle magazine
def foodmag(p):
    """A WordPress lifestyle magazine: header with menu and search, category pill, entry-title, entry-meta (by X,
    updated), "Jump to recipe" and "Save" buttons inside div.entry-content, the text, an optional recipe card (its
    buttons, rating stars and times excluded; ingredients and steps are text), author box, comments, sidebar."""
    w = words(p)
    body = inserts(p, p["body"])
    if "[[JUMP]]" in body:
        body = body.replace("[[JUMP]]", '<div class="jump-buttons"><a class="btn-jump" href="#recipe">%s</a> <a class="btn-save" href="#">%s</a></div>' % (w["jump"], w["save"]))
        excl(p, "div.jump-buttons")
    if "[[CARDTOP]]" in body:
        r = p["card"]
        body = body.replace("[[CARDTOP]]", '<div class="recipe-card__top"><div class="recipe-card__buttons"><a class="btn-print" href="#">%s</a> <a class="btn-pin" href="#">Pin</a></div>'
                            '<div class="recipe-card__stars">%s <span>(%s)</span></div><ul class="recipe-card__times">%s</ul></div>'
                            % (w["print"], stars(r["stars"]), r["votes"], "".join("<li><b>%s</b> %s</li>" % t for t in r["times"])))
        excl(p, "div.recipe-card__top")
    html = (html_open(p, "%s - %s", "post-template-default single single-post") + cookie(p, "cmplz-cookiebanner") +
            '<div class="site"><header class="site-header"><a class="custom-logo-link" href="/">%s</a> <span class="site-tagline">%s</span>'
            '<nav class="main-navigation">%s</nav><form class="search-form"><input type="search" placeholder="%s"></form></header>\n'
            % (p["site"], p.get("tagline", ""), nav(p["nav"], "menu"), w["search"]) +
            '<div class="site-content"><main class="content-area"><article class="post type-post hentry">\n<header class="entry-header">'
            '<span class="cat-links"><a href="/category/%s/" rel="category tag">%s</a></span><h1 class="entry-title">%s</h1>%s'
            '<div class="entry-meta"><span class="byline">%s</span> <span class="posted-on"><time class="entry-date published" datetime="%s">%s</time></span></div></header>\n'
            % (slug(p.get("kicker", "")), p.get("kicker", ""), p["h1"], '<p class="entry-subtitle">%s</p>' % p["deck"] if p.get("deck") else "",
               byline(p), p["pub"], p["date"]) +
            ('<div class="post-thumbnail">%s</div>\n' % img(p, p["url"], 1200, 800, "wp-post-image") if p.get("thumb", True) else "") +
            '<div class="entry-content">\n%s\n</div>\n' % body +
            ('<div class="author-box"><h4>%s</h4><p>%s</p></div>\n' % (p["bio"][0], p["bio"][1]) if p.get("bio") else "") +
            tags(p, "entry-tags", "tag") + share(p, "social-share") + '</article>\n' + related(p, "related-posts", "h3") + comments(p, "comments-area") +
            '</main>\n<aside class="widget-area">\n%s</aside></div>\n' % rail(p, "widget") + newsletter(p, "optin-box") + footer(p, "site-footer") +
            '</div>\n</body>\n</html>\n')
    return fix(html), ["div.entry-content"]


# ------------------------------------------------------------------------------------------ product and game review site
def reviewsite(p):
    """A review site: top nav (Reviews, Best picks, Deals, News…), breadcrumb, headline, deck, byline with role,
    date, a score badge in the header, an affiliate disclosure line above the text, div.review-body with "Buy"
    buttons inside, a verdict box with pros and cons after it, a price widget, more reviews, comments."""
    w = words(p)
    body = inserts(p, p["body"])
    crumbs = " / ".join('<a href="/%s/">%s</a>' % (slug(c), c) for c in p.get("crumbs", []))
    badge = ""
    if p.get("rating"):
        r = p["rating"]
        badge = '<div class="score-badge"><span class="score-badge__label">%s</span> <span class="score-badge__value">%s</span><span class="score-badge__of">/%d</span></div>\n' % (
            r.get("label", w["score"] if "score" in w else w["rating"]), r["value"], r.get("of", 10))
    verdict = ""
    if p.get("verdict"):
        v = p["verdict"]
        verdict = ('<section class="verdict-box"><h2>%s</h2><p class="verdict-box__summary">%s</p><div class="verdict-box__cols">'
                   '<div class="pros"><h3>%s</h3><ul>%s</ul></div><div class="cons"><h3>%s</h3><ul>%s</ul></div></div></section>\n'
                   % (w["verdict"], v["summary"], w["pros"], "".join("<li>%s</li>" % x for x in v["pros"]), w["cons"], "".join("<li>%s</li>" % x for x in v["cons"])))
    prices = ""
    if p.get("prices"):
        prices = '<div class="price-widget"><h3>%s</h3><ul>%s</ul></div>\n' % (p.get("prices_h", "Prices"), "".join(
            '<li><span class="shop">%s</span> <span class="price">%s</span> <a class="btn-deal" href="#" rel="sponsored">%s</a></li>' % (s, pr, b) for s, pr, b in p["prices"]))
    html = (html_open(p, "%s | %s", "review-page") + cookie(p, "cc-window") +
            '<header class="topbar"><a class="brand" href="/">%s</a><nav class="topnav">%s</nav><a class="btn-newsletter" href="/newsletter">%s</a></header>\n'
            % (p["site"], nav(p["nav"], "topnav__list"), w["nl_btn"]) +
            '<main class="review-wrap"><nav class="crumbs">%s</nav>\n<article class="review" id="r-%s">\n<header class="review__head">' % (crumbs, hexid(p["url"], 6)) +
            '<h1 class="review__title">%s</h1>%s<div class="review__meta"><span class="review__author">%s</span> <time datetime="%s">%s</time></div>\n%s</header>\n'
            % (p["h1"], '<p class="review__deck">%s</p>' % p["deck"] if p.get("deck") else "", byline(p), p["pub"], p["date"], badge) +
            ('<p class="disclosure">%s</p>\n' % p["disclosure"] if p.get("disclosure") else "") +
            ('<figure class="review__hero">%s</figure>\n' % img(p, p["url"], 1280, 720)) +
            '<div class="review-body">\n%s\n</div>\n' % body + verdict + prices +
            ('<div class="review__author-card"><p>%s</p></div>\n' % p["bio"] if p.get("bio") else "") + tags(p, "review__tags", "tag") +
            '</article>\n' + related(p, "more-reviews") + comments(p, "review-comments") +
            '<aside class="side-rail">\n%s</aside>\n</main>\n' % rail(p, "rail-card") + newsletter(p, "nl-footer") + footer(p, "footer") + '</body>\n</html>\n')
    return fix(html), ["div.review-body"]


# ------------------------------------------------------------------------------------------ partner content on a news site
def partner(p):
    """A news site's paid partner page: the site's normal masthead and menu (with Opinion), a "Partner content" strip
    and a disclosure naming the brand and the content studio, the headline, "Presented by" logo, div.partner-body,
    a call-to-action button after it, the site's own teasers."""
    w = words(p)
    body = inserts(p, p["body"])
    html = (html_open(p, "%s | %s", "partner-page") + cookie(p) +
            '<header class="masthead"><a class="masthead__logo" href="/">%s</a><nav class="primary-nav">%s</nav></header>\n' % (p["site"], nav(p["nav"], "primary-nav__list")) +
            '<div class="partner-strip"><span class="partner-strip__label">%s</span> <span class="partner-strip__note">%s</span></div>\n' % (p["partner_label"], p["partner_note"]) +
            '<main><article class="partner-article"><header class="partner-header"><h1 class="partner-title">%s</h1>%s'
            '<div class="presented-by"><span>%s</span> <img src="https://%s/brands/%s.svg" alt="%s" width="120" height="40"></div>'
            '<div class="partner-meta"><span class="partner-byline">%s</span> <time datetime="%s">%s</time></div></header>\n'
            % (p["h1"], '<p class="partner-deck">%s</p>' % p["deck"] if p.get("deck") else "", p["presented"], p["domain"], slug(p["brand"]), attr(p["brand"]),
               byline(p), p["pub"], p["date"]) +
            '<figure class="partner-hero">%s</figure>\n' % img(p, p["url"], 1400, 700) +
            '<div class="partner-body">\n%s\n</div>\n' % body +
            '<div class="partner-cta"><a class="btn-cta" href="https://%s.example/?utm_source=%s" rel="sponsored">%s</a></div>\n' % (p["brand"].lower().replace(" ", ""), p["domain"].split(".")[0], p["cta"]) +
            '</article>\n<aside class="rail">\n%s</aside></main>\n' % rail(p) + related(p) + newsletter(p) + footer(p) + '</body>\n</html>\n')
    return fix(html), ["div.partner-body"]
