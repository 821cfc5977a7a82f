"""Page skeletons of anglomix: English-language news sites of many countries and blogs and newsletters. Each returns
(html, body selectors); the furniture a page puts inside the text ([[…]] inserts) is listed in p["exclude"] by
parts.render_body. A page's fields are first passed through parts.prep (typographic quotes)."""
from kit import attr, hexid, img, ld, nav, plain, slug
from parts import (after_notes, author_box, byline_block, comments, cookie, crumbs, dates, deck, excl, fix, footer, hero,
                   html_open, kicker, newsletter, paywall_box, prep, rail, related, render_body, share, tags, teasers, ticker,
                   widget, words)


def _opt(p, key, fmt):
    return fmt % p[key] if p.get(key) else ""


def _subnav(p, cls):
    return '<nav class="%s">%s</nav>\n' % (cls, nav(p["subnav"], cls + "__list")) if p.get("subnav") else ""


# ------------------------------------------------------------------------------------------ US newspaper
def usnews(p):
    """A US newspaper, local or national (a McClatchy / Gannett local paper or a national daily): CCPA notice with
    "Do Not Sell or Share My Personal Information"; top bar with weather, e-Edition, "Subscribe for $1", Log in; menu
    with Opinion; a Trending bar; section label, headline, dek, byline, "Published … ET · Updated …"; hero with AP or
    staff photo credit; share tools; div.article-body (Related boxes, newsletter sign-ups with an e-mail form, ads,
    captions inside); author bio, the paywall prompt printed after the full text, tags; Most Read and Opinion rails;
    Disqus-like comments; footer with the CCPA link."""
    prep(p)
    w = words(p)
    body = render_body(p, '<div class="article-body" data-component="article-body">', "</div>", sub="h2",
                       ins={"read": "related-inline", "ad": "ad-container", "nl": "newsletter-signup-inline"})
    html = (html_open(p, "%s | %s", "story-page section-%s" % p.get("secpath", "news")) + cookie(p, "privacy-notice") +
            '<div class="top-bar"><span class="top-bar__weather">%s</span> <a href="/eedition/">e-Edition</a> <a class="top-bar__sub" href="/subscribe/">%s</a> '
            '<a href="/login/">Log in</a></div>\n' % (p.get("weather", ""), p.get("sub_offer", "Subscribe")) +
            '<header class="masthead"><button class="masthead__sections">Sections</button><a class="masthead__logo" href="/">%s</a>'
            '<button class="masthead__search">%s</button>\n<nav class="masthead__nav">%s</nav>\n%s</header>\n'
            % (p["site"], w["search"], nav(p["nav"], "nav-list"), _subnav(p, "subnav")) + ticker(p, "trending-bar") +
            '<main class="story-layout"><div class="story-main">\n<article class="story" data-id="%s">\n<header class="story-header">\n' % hexid(p["url"], 8) +
            kicker(p, "story-label") + '<h1 class="story-headline">%s</h1>\n' % p["h1"] + deck(p, "p", "story-dek") +
            '<div class="story-meta">%s %s</div>\n' % (byline_block(p, "byline"), dates(p, "timestamp")) + '</header>\n' +
            hero(p, "lead-art") + share(p, "share-tools", ("Facebook", "X", "Email", "Print")) + body + "\n" + after_notes(p, "story-notes") +
            author_box(p, "author-bio") + paywall_box(p, "meter-prompt") + tags(p, "story-tags") + '</article>\n' +
            related(p, "more-stories") + comments(p, "disqus-thread", p.get("comments_title")) +
            '</div>\n<aside class="story-rail">\n%s</aside>\n</main>\n' % rail(p, "rail-module") + newsletter(p, "newsletter-footer") +
            footer(p, "site-footer") + '</body>\n</html>\n')
    return fix(html), ["div.article-body*"]


# ------------------------------------------------------------------------------------------ US public radio
def pubradio(p):
    """A US public radio station's site (an NPR member station): "Listen Live" bar with the programme on air, Donate
    button, menu; label, headline, byline "Name | Station", date; audio player ("Listen · 3:58"); hero; div.story-text
    (the interview's questions in bold; a podcast embed, a "Support independent journalism" appeal and Related boxes
    inside); tags; "More from" list; Underwriting; a footer with FCC public file links."""
    prep(p)
    w = words(p)
    body = render_body(p, '<div class="story-text">', "</div>", sub="h2",
                       ins={"read": "related-story", "ad": "underwriting-slot", "donate": "support-appeal", "pod": "podcast-embed"})
    player = ('<div class="audio-module"><button class="audio-module__play">%s</button> <span class="audio-module__dur">%s</span> '
              '<a class="audio-module__dl" href="#">Download</a> <a class="audio-module__tr" href="#transcript">Transcript</a></div>\n'
              % (w["listen"], p.get("audio", "")) if p.get("audio") else "")
    html = (html_open(p, "%s | %s", "page-story") + cookie(p, "cookie-banner") +
            '<div class="live-bar"><span class="live-bar__badge">Listen Live</span> <span class="live-bar__show">%s</span> '
            '<a class="live-bar__donate" href="/donate/">Donate</a></div>\n' % p.get("on_air", "") +
            '<header class="site-header"><a class="site-header__logo" href="/">%s</a><nav class="site-header__nav">%s</nav></header>\n'
            % (p["site"], nav(p["nav"], "menu")) +
            '<main id="main"><article class="story">\n' + kicker(p, "story__slug") + '<h1 class="story__title">%s</h1>\n' % p["h1"] +
            deck(p, "p", "story__teaser") + '<div class="story__meta">%s %s</div>\n' % (byline_block(p, "byline"), dates(p, "dateline")) +
            player + hero(p, "story__image") + share(p, "story__share", ("Facebook", "X", "Email")) + body + "\n" + after_notes(p, "story__notes") +
            author_box(p, "byline-bio") + tags(p, "story__tags") + '</article>\n' + related(p, "more-from") +
            '<aside class="sidebar">\n%s</aside>\n</main>\n' % rail(p, "sidebar-module", ad=False) + newsletter(p, "station-newsletter") +
            footer(p, "station-footer") + '</body>\n</html>\n')
    return fix(html), ["div.story-text*"]


# ------------------------------------------------------------------------------------------ UK broadsheet
def ukpaper(p):
    """A UK broadsheet (Guardian / Times / Telegraph style): GDPR consent dialog; "Support us" and "Sign in" bar;
    pillar menu News, Opinion, Sport, Culture, Lifestyle and a sub-menu; series or section label, headline, standfirst,
    byline ("Name | Political Editor" or a name), "Thu 5 Mar 2026 06.00 GMT"; hero with credit; share and comment
    count; div.article-body-commercial-selector (Related links, ads, newsletter promos inside); the contributions
    appeal after the text; tags; Most viewed; comments; footer."""
    prep(p)
    w = words(p)
    body = render_body(p, '<div class="article-body-commercial-selector article-body-viewer-selector">', "</div>", sub="h2",
                       ins={"read": "rich-link", "ad": "ad-slot--inline", "nl": "email-signup-inline"})
    html = (html_open(p, "%s | %s", "content-article pillar-%s" % p.get("pillar", "news")) + cookie(p, "sp-message-container") +
            '<div class="header-top"><a class="support-cta" href="/contribute/">Support us</a> <a href="/print-subscriptions/">Print subscriptions</a> '
            '<a href="/signin/">%s</a> <span class="edition">%s</span></div>\n' % (w["login"], p.get("edition", "UK edition")) +
            '<header class="masthead"><a class="masthead__logo" href="/">%s</a>\n<nav class="pillars">%s</nav>\n%s</header>\n'
            % (p["site"], nav(p["nav"], "pillars__list"), _subnav(p, "subnav")) +
            '<main class="content"><article class="content__article">\n' + kicker(p, "content__section-label") +
            '<h1 class="content__headline">%s</h1>\n' % p["h1"] + deck(p, "div", "content__standfirst") +
            hero(p, "content__main-media") + '<div class="content__meta">%s %s <a class="content__comment-count" href="#comments">%s</a></div>\n'
            % (byline_block(p, "byline"), dates(p, "content__dateline"), p.get("comment_count_label", "")) +
            share(p, "social-share", ("Facebook", "X", "Email", "WhatsApp")) + body + "\n" + after_notes(p, "content__notes") +
            author_box(p, "contributor-bio") + paywall_box(p, "contributions-epic") + tags(p, "submeta") + '</article>\n' +
            related(p, "onward-journey") + comments(p, "discussion", p.get("comments_title")) +
            '<aside class="right-column">\n%s</aside>\n</main>\n' % rail(p, "most-viewed") + newsletter(p, "footer-signup") +
            footer(p, "site-footer") + '</body>\n</html>\n')
    return fix(html), ["div.article-body-commercial-selector*"]


# ------------------------------------------------------------------------------------------ UK regional daily
def ukregional(p):
    """A UK regional daily (Newsquest / Reach regional style): cookie banner; "Subscribe from just £1 a week" strip; menu
    with the local towns and Opinion; breaking strip; breadcrumb; headline, date "05/03/2026", byline; hero; share;
    div.article-first and div.article-rest (split by an ad; "Read more:" links inside); the subscription prompt; "Most
    read" and "Latest" lists; comments; footer with IPSO line."""
    prep(p)
    w = words(p)
    body = render_body(p, '<div class="article-text">', "</div>", sub="h2", ins={"read": "read-more-link", "ad": "mpu-inline", "ad_between": "mpu-between"})
    html = (html_open(p, "%s | %s", "article-template") + cookie(p, "cookie-bar") +
            '<div class="sub-strip">%s <a href="/subscribe/">%s</a> <a href="/login/">%s</a></div>\n' % (p.get("sub_offer", ""), w["subscribe"], w["login"]) +
            '<header class="site-head"><a class="site-head__logo" href="/">%s</a><nav class="site-head__nav">%s</nav>%s</header>\n'
            % (p["site"], nav(p["nav"], "nav"), _subnav(p, "towns")) + ticker(p, "breaking-strip") +
            '<main class="page"><div class="page__main">' + crumbs(p, "breadcrumb", " / ") + '<article class="article">\n' +
            kicker(p, "article__kicker") + '<h1 class="article__headline">%s</h1>\n' % p["h1"] + deck(p, "p", "article__standfirst") +
            '<div class="article__info">%s %s</div>\n' % (dates(p, "article__date"), byline_block(p, "article__author")) +
            hero(p, "article__hero") + share(p, "article__share", ("Facebook", "X", "WhatsApp", "Email")) + body + "\n" +
            after_notes(p, "article__notes") + paywall_box(p, "subscribe-prompt") + tags(p, "article__tags") + '</article>\n' +
            related(p, "more-news") + comments(p, "comments", p.get("comments_title")) +
            '</div>\n<aside class="page__side">\n%s</aside>\n</main>\n' % rail(p, "side-list") + newsletter(p, "newsletter-bar") +
            footer(p, "footer") + '</body>\n</html>\n')
    return fix(html), ["div.article-text*"]


# ------------------------------------------------------------------------------------------ UK tabloid
def tabloid(p):
    """A UK tabloid (Sun / Mirror / Express style): cookie notice; masthead with a red nav and a "Hot topics" bar;
    kicker in capitals, headline, sub-deck bullets, byline "Name, News Reporter", "Published 06:00 GMT, 5 Mar 2026 |
    Updated …"; hero with "Credit: Supplied"; a "Follow us on Google News" line; div.article-content (MOST READ IN NEWS
    boxes, video players, embedded posts, ads inside); "Got a story?" appeal; tags; comment counter and comments; a
    sponsored "You may like" grid; footer with IPSO line."""
    prep(p)
    w = words(p)
    body = render_body(p, '<div class="article-content">', "</div>", sub="h2",
                       ins={"read": "read-more-inline", "ad": "advert-container", "mostread": "most-read-box", "video": "video-player"})
    bullets = '<ul class="sub-deck">%s</ul>\n' % "".join("<li>%s</li>" % b for b in p["bullets"]) if p.get("bullets") else ""
    html = (html_open(p, "%s | %s", "article-page theme-%s" % p.get("secpath", "news")) + cookie(p, "cookie-notice") +
            '<header class="masthead"><a class="masthead__logo" href="/">%s</a> <a href="/login/">%s</a> <a class="masthead__reg" href="/register/">Register</a>\n'
            '<nav class="masthead__nav">%s</nav>\n<div class="hot-topics"><strong>Hot topics</strong> %s</div></header>\n'
            % (p["site"], w["login"], nav(p["nav"], "nav"), " ".join('<a href="/topic/%s/">%s</a>' % (slug(t), t) for t in p.get("hot", []))) +
            '<main class="article-wrap"><article class="article">\n' + kicker(p, "article__kicker", "span") +
            '<h1 class="article__headline">%s</h1>\n' % p["h1"] + bullets +
            '<div class="article__byline">%s %s</div>\n' % (byline_block(p, "author"), dates(p, "article__timestamp")) + hero(p, "article__hero") +
            share(p, "share-bar", ("Facebook", "X", "WhatsApp", "Email")) + '<p class="google-news-cta"><a href="#">Follow %s on Google News</a></p>\n' % p["site"] +
            body + "\n" + after_notes(p, "article__notes") + tags(p, "article__tags") + '</article>\n' + related(p, "more-on-this") +
            comments(p, "comments", p.get("comments_title")) + '<aside class="sidebar">\n%s</aside>\n</main>\n' % rail(p, "sidebar-list") +
            newsletter(p, "newsletter-panel") + footer(p, "footer") + '</body>\n</html>\n')
    return fix(html), ["div.article-content*"]


# ------------------------------------------------------------------------------------------ Irish, Canadian, Australian, NZ daily
def dominion(p):
    """A quality daily of Ireland, Canada, Australia or New Zealand (Irish Times / Globe and Mail / SMH / Stuff style):
    consent dialog; top bar with the day's date, Subscribe and Log in; logo, menu with Opinion and a sub-menu; a "Just
    in" strip; crumbs or section label, headline, summary, byline with role, date and update lines; hero with credit;
    audio "Listen to this article"; share; div.c-article-body (Read more, ads, newsletter boxes inside; split by ads);
    author box; paywall prompt; tags; Most popular and Opinion rails; comments; footer."""
    prep(p)
    w = words(p)
    body = render_body(p, '<div class="c-article-body">', "</div>", sub="h2",
                       ins={"read": "c-read-more", "ad": "c-ad", "ad_between": "c-ad--between", "nl": "c-newsletter-promo"})
    audio = '<div class="c-listen"><button>Listen to this article</button> <span>%s</span></div>\n' % p["audio"] if p.get("audio") else ""
    html = (html_open(p, "%s | %s", "c-page c-page--article") + cookie(p, "c-consent") +
            '<div class="c-topbar"><span class="c-topbar__date">%s</span> <a class="c-topbar__sub" href="/subscribe/">%s</a> <a href="/login/">%s</a></div>\n'
            % (p.get("today", ""), p.get("sub_offer", w["subscribe"]), w["login"]) +
            '<header class="c-header"><a class="c-header__logo" href="/">%s</a><nav class="c-header__nav">%s</nav>\n%s</header>\n'
            % (p["site"], nav(p["nav"], "c-nav"), _subnav(p, "c-subnav")) + ticker(p, "c-just-in") + widget(p, "c-markets") +
            '<main class="c-main"><div class="c-main__col">' + (crumbs(p, "c-crumbs", " › ") if p.get("crumbs") else "") +
            '<article class="c-article">\n<header class="c-article__header">\n' + kicker(p, "c-article__label") +
            '<h1 class="c-article__headline">%s</h1>\n' % p["h1"] + deck(p, "p", "c-article__summary") +
            '<div class="c-article__meta">%s %s</div>\n' % (byline_block(p, "c-byline"), dates(p, "c-timestamp")) + '</header>\n' +
            hero(p, "c-article__media") + audio + share(p, "c-share", ("Facebook", "X", "LinkedIn", "Email")) + body + "\n" +
            after_notes(p, "c-article__notes") + author_box(p, "c-author-card") + paywall_box(p, "c-paywall") + tags(p, "c-tags") + '</article>\n' +
            related(p, "c-related") + comments(p, "c-comments", p.get("comments_title")) +
            '</div>\n<aside class="c-main__rail">\n%s</aside>\n</main>\n' % rail(p, "c-rail-list") + newsletter(p, "c-newsletter") +
            footer(p, "c-footer") + '</body>\n</html>\n')
    return fix(html), ["div.c-article-body*"]


# ------------------------------------------------------------------------------------------ live blog
def liveblog(p):
    """A live blog on a New Zealand news site: consent banner, header and menu, LIVE badge, headline, summary, bylines,
    first-published and updated lines; "Key events" list; then the posts, newest first, each with its clock time, a
    relative time ("1h ago") and the reporter in a meta row outside the post's content (div.live-post__body); ads
    between posts; "Load more updates"; Most popular; footer."""
    prep(p)
    w = words(p)
    posts = []
    for i, (clock, ago, who, text) in enumerate(p["entries"]):
        content = render_body(p, '<div class="live-post__body">', "</div>", sub="h3", ins={"read": "live-readmore"}, text=text)
        pid = hexid(p["url"] + str(i), 8)
        posts.append('<article class="live-post" id="post-%s"><div class="live-post__meta"><time class="live-post__time">%s</time> '
                     '<span class="live-post__ago">%s</span> <span class="live-post__author">%s</span></div>\n%s\n'
                     '<div class="live-post__share"><a href="#post-%s">%s</a></div></article>' % (pid, clock, ago, who, content, pid, w["share"]))
        if i in p.get("ads_after", []):
            posts.append('<div class="live-ad" data-slot="live-%d"><span>%s</span></div>' % (i, w["ad"]))
    keys = '<div class="key-events"><h2>Key events</h2><ul>%s</ul></div>\n' % "".join("<li>%s</li>" % k for k in p["key_events"]) if p.get("key_events") else ""
    html = (html_open(p, "%s | %s", "page-live") + cookie(p, "consent-banner") +
            '<header class="site-header"><a class="site-header__logo" href="/">%s</a> <a href="/login/">%s</a> <a href="/subscribe/">%s</a>\n'
            '<nav class="site-header__nav">%s</nav></header>\n' % (p["site"], w["login"], w["subscribe"], nav(p["nav"], "menu")) +
            ticker(p, "breaking-bar") + '<main class="layout"><div class="layout__main">\n<section class="live">\n<header class="live__header">\n'
            '<span class="live__badge">LIVE</span>\n' + kicker(p, "live__label") + '<h1 class="live__title">%s</h1>\n' % p["h1"] +
            deck(p, "p", "live__summary") + byline_block(p, "live__byline") + "\n" + dates(p, "live__dates") + "\n</header>\n" +
            hero(p, "live__hero") + keys + share(p, "share-bar") +
            '<div class="live__feed" aria-live="polite">\n%s\n</div>\n<button class="live__more">Load more updates</button>\n</section>\n'
            % "\n".join(posts) + after_notes(p) + tags(p, "article-tags") + related(p, "more-on-topic") +
            '</div>\n<aside class="layout__rail">\n%s</aside>\n</main>\n' % rail(p, "rail-list") + newsletter(p, "newsletter-signup") +
            footer(p) + '</body>\n</html>\n')
    return fix(html), ["div.live-post__body*"]


# ------------------------------------------------------------------------------------------ Indian or Pakistani daily
def southasia(p):
    """An English-language daily of India or Pakistan (Hindustan Times / Indian Express / Dawn / Express Tribune style):
    top bar with the date, E-Paper, Sign in; logo and a dense menu with Opinion › Editorials, Columns; a markets or
    weather strip; breadcrumb; headline, summary, byline (a reporter, "Press Trust of India", "Crescent Report"),
    "Updated: Mar 05, 2026 17:32 IST" or "Published: … | Updated: …"; "Follow us on Google News"; div.story-details
    ("Also Read" boxes, ads inside; the writer's note at the end of an op-ed); the print-edition line after the text;
    tags; Top stories, Trending and Opinion rails; comments; footer."""
    prep(p)
    w = words(p)
    body = render_body(p, '<div class="story-details">', "</div>", sub="h2",
                       ins={"read": "also-read", "ad": "ad-wrap", "ad_between": "ad-wrap--between", "bio": "author-note"})
    html = (html_open(p, "%s | %s", "story-page") + cookie(p, "cookie-policy") +
            '<div class="top-strip"><span class="top-strip__date">%s</span> <a href="/epaper/">E-Paper</a> <a href="/login/">%s</a> '
            '<a class="top-strip__sub" href="/subscribe/">%s</a></div>\n' % (p.get("today", ""), w["login"], p.get("sub_offer", w["subscribe"])) +
            '<header class="header"><a class="header__logo" href="/">%s</a><nav class="header__nav">%s</nav>\n%s</header>\n'
            % (p["site"], nav(p["nav"], "main-menu"), _subnav(p, "sub-menu")) + ticker(p, "breaking-news") + widget(p, "market-strip") +
            '<main class="main-wrapper"><div class="left-col">' + crumbs(p, "breadcrumb", " / ") + '<article class="story">\n' +
            kicker(p, "story__category") + '<h1 class="story__headline">%s</h1>\n' % p["h1"] + deck(p, "h2", "story__summary") +
            '<div class="story__byline">%s %s</div>\n' % (byline_block(p, "author"), dates(p, "story__date")) +
            '<p class="gnews"><a href="#">Follow us on Google News</a></p>\n' + hero(p, "story__image") +
            share(p, "story__share", ("Facebook", "X", "WhatsApp", "Telegram", "Email")) + body + "\n" + after_notes(p, "story__notes") +
            author_box(p, "author-detail") + tags(p, "story__tags") + '</article>\n' + related(p, "related-stories") +
            comments(p, "comments", p.get("comments_title")) + '</div>\n<aside class="right-col">\n%s</aside>\n</main>\n' % rail(p, "rhs-widget") +
            newsletter(p, "newsletter-strip") + footer(p, "footer") + '</body>\n</html>\n')
    return fix(html), ["div.story-details*"]


# ------------------------------------------------------------------------------------------ Singapore or Philippine site
def straits(p):
    """A Singapore or Philippine news site (Straits Times / CNA / Inquirer / Rappler style): consent banner; header with
    Subscribe and Log in; menu with Opinion; "Updated … / Published …" stamps; headline, summary, byline with role or an
    agency; hero with credit; "Listen to this article"; share; div.article-content (Read also and newsletter boxes, ads
    inside); the "Join our Telegram channel" line after the text; tags; Most read and Opinion rails; footer."""
    prep(p)
    w = words(p)
    body = render_body(p, '<div class="article-content">', "</div>", sub="h2",
                       ins={"read": "read-also", "ad": "dfp-ad", "nl": "newsletter-promo", "credit": "wire-credit"})
    html = (html_open(p, "%s | %s", "node-article") + cookie(p, "consent-bar") +
            '<header class="site-header"><a class="site-header__logo" href="/">%s</a> <a class="btn-sub" href="/subscribe/">%s</a> <a href="/login/">%s</a>\n'
            '<nav class="site-header__nav">%s</nav></header>\n' % (p["site"], p.get("sub_offer", w["subscribe"]), w["login"], nav(p["nav"], "menu")) +
            ticker(p, "trending-strip") + '<main class="main"><article class="article">\n' + kicker(p, "article__section") +
            '<h1 class="headline">%s</h1>\n' % p["h1"] + deck(p, "p", "article__summary") +
            '<div class="article__meta">%s %s</div>\n' % (byline_block(p, "byline"), dates(p, "story-postdate")) + hero(p, "article__figure") +
            share(p, "share-links", ("Facebook", "X", "WhatsApp", "Telegram")) + body + "\n" + after_notes(p, "article__notes") +
            author_box(p, "author-profile") + paywall_box(p, "sub-prompt") + tags(p, "article__tags") + '</article>\n' + related(p, "related-articles") +
            comments(p, "comments", p.get("comments_title")) + '<aside class="sidebar">\n%s</aside>\n</main>\n' % rail(p, "sidebar-block") +
            newsletter(p, "newsletter-block") + footer(p, "footer") + '</body>\n</html>\n')
    return fix(html), ["div.article-content*"]


# ------------------------------------------------------------------------------------------ Substack-like newsletter
def substack(p):
    """A Substack-like newsletter post: navbar with the publication, Subscribe and Sign in; h1.post-title, subtitle,
    author row with avatar and date; like, comment, restack and Share buttons; div.available-content holding
    div.body.markup (subscribe widgets "Thanks for reading … Subscribe for free…", Share and Leave a comment buttons,
    captions inside); post footer with likes; "Discussion about this post" with comments; "Ready for more?" box; footer
    "© 2026 … · Privacy ∙ Terms ∙ Collection notice · Start your Substack"."""
    prep(p)
    body = render_body(p, '<div class="body markup" dir="auto">', "</div>", sub="h2", ins={"photo": "captioned-image-container"})
    avatar = '<img class="avatar" src="https://substackcdn.example/image/fetch/w_80/%s.png" alt="" width="36" height="36">' % slug(p["byline_text"] or p["site"])
    counts = ('<div class="post-ufi"><button class="like-button">♡ <span>%s</span></button> <a class="comment-button" href="#comments">💬 <span>%s</span></a> '
              '<button class="restack">⟳ <span>%s</span></button> <button class="share-button">Share</button></div>\n' % p.get("ufi", ("0", "0", "0")))
    cmts = ""
    if p.get("comments"):
        cmts = ('<div id="comments" class="comments-page"><h4>Discussion about this post</h4><div class="comments-tabs"><a href="#">Comments</a> '
                '<a href="#">Restacks</a></div><div class="comment-input"><textarea placeholder="Write a comment..."></textarea></div>%s</div>\n'
                % "".join('<div class="comment"><div class="comment-meta"><a class="commenter-name" href="#">%s</a> <span class="comment-date">%s</span></div>'
                          '<div class="comment-body"><p>%s</p></div><div class="comment-actions"><button>Like (%s)</button> <button>Reply</button> '
                          '<button>Share</button></div></div>' % (c[0], c[1], c[2], c[3] if len(c) > 3 else "0") for c in p["comments"]))
    recs = ""
    if p.get("recs"):
        recs = ('<div class="recommendations"><h4>Recommendations from %s</h4><ul>%s</ul><a href="/recommendations">View all</a></div>\n'
                % (plain(p["site"]), "".join('<li class="rec"><a class="rec__name" href="https://%s.substack.example/">%s</a><p class="rec__desc">%s</p>'
                                             '<button class="rec__sub">Subscribe</button></li>' % (slug(n), n, d) for n, d in p["recs"])))
    html = (html_open(p, "%s - by %s", "substack-post") +
            '<div class="topbar"><div class="navbar-title"><a href="/">%s</a></div><div class="navbar-buttons"><a class="button primary" href="/subscribe">Subscribe</a> '
            '<a class="button" href="/sign-in">Sign in</a></div></div>\n' % p["site"] +
            '<nav class="publication-nav">%s</nav>\n' % nav(p["nav"], "pub-tabs") +
            '<div class="single-post-container"><article class="typography newsletter-post post">\n<div class="post-header">\n'
            '<h1 class="post-title published">%s</h1>\n' % p["h1"] + deck(p, "h3", "subtitle") +
            '<div class="post-meta">%s<div class="byline-names">%s</div><div class="post-date"><time%s>%s</time></div>%s</div>\n'
            % (avatar, p.get("byline_html", ""), ' datetime="%s"' % p["pub"] if p.get("meta") != "min" else "", p["date"],
               _opt(p, "role", '<div class="byline-role">%s</div>')) +
            counts + '</div>\n<div class="available-content">\n' + body + '\n</div>\n' + after_notes(p, "post-footnotes") +
            '<div class="post-footer">%s</div>\n</article>\n' % counts.strip() +
            '<div class="subscribe-footer"><h3>%s</h3><p>%s</p>'
            '<form><input type="email" placeholder="Type your email…"><button>Subscribe</button></form></div>\n'
            % (p.get("ready", "Ready for more?"), p.get("sub_footer", "Thanks for reading %s! Subscribe for free to receive new posts and support my work." % p["site"])) +
            cmts + recs + '</div>\n<footer class="footer-wrap"><p>© 2026 %s · <a href="/privacy">Privacy</a> ∙ <a href="/tos">Terms</a> ∙ '
            '<a href="/ccpa">Collection notice</a></p><p><a href="/start">Start your Substack</a> <a href="/app">Get the app</a></p>'
            '<p>Substack is the home for great culture</p></footer>\n</body>\n</html>\n' % plain(p.get("owner", p["byline_text"] or p["site"])))
    return fix(html), ["div.available-content*"]


# ------------------------------------------------------------------------------------------ Medium-like platform
def medium(p):
    """A Medium-like post: metabar with Write, Sign up, Sign in; an upsell bar; "Member-only story" badge; headline,
    subtitle; author row with Follow, the publication ("Published in …"), "7 min read · Mar 5, 2026"; clap and response
    counts, Listen and Share; the text in div.pw-post-body (figures with captions inside); tags; clap bar; "Written by"
    card with followers and Follow; "More from …" and "Recommended from Medium"; responses; footer."""
    prep(p)
    body = render_body(p, '<section><div class="pw-post-body">', "</div></section>", sub="h2",
                       para=lambda a: '<p class="pw-post-body-paragraph">%s</p>' % a, ins={"photo": "paragraph-image"})
    member = '<div class="member-badge">☆ Member-only story</div>\n' if p.get("member") else ""
    pubin = (' · Published in <a href="/%s">%s</a>' % (slug(p["publication"]), p["publication"])) if p.get("publication") else ""
    claps = ('<div class="pw-claps"><button aria-label="clap">👏 <span>%s</span></button> <button aria-label="responses">💬 <span>%s</span></button> '
             '<button>Listen</button> <button>Share</button></div>\n' % (p.get("claps", "0"), p.get("responses", "0")))
    resp = ""
    if p.get("comments"):
        resp = ('<section class="responses"><h2>Responses (%s)</h2><div class="respond"><textarea placeholder="What are your thoughts?"></textarea></div>%s</section>\n'
                % (p.get("responses", len(p["comments"])), "".join('<div class="response"><p class="response__author">%s</p><p class="response__date">%s</p>'
                                                                  '<p class="response__text">%s</p><span>👏 %s</span> <button>Reply</button></div>' % (c[0], c[1], c[2], c[3] if len(c) > 3 else "")
                                                                  for c in p["comments"])))
    html = (html_open(p, "%s | by %s", "medium-post", rh=True) +
            '<div class="metabar"><a class="metabar__logo" href="/">Medium</a> <input class="metabar__search" placeholder="Search"> <a href="/new-story">Write</a> '
            '<a class="metabar__signup" href="/m/signin?operation=register">Sign up</a> <a href="/m/signin">Sign in</a></div>\n' +
            '<div class="upsell">Get unlimited access to the best of Medium for less than $1/week. <a href="/plans">Become a member</a></div>\n' +
            '<main><article><div class="post-head">\n' + member + '<h1 class="pw-post-title" data-testid="storyTitle">%s</h1>\n' % p["h1"] +
            deck(p, "h2", "pw-subtitle-paragraph") +
            '<div class="pw-author"><img src="https://miro.medium.example/v2/resize:fill:88:88/%s.jpg" alt="" width="44" height="44">'
            '<a class="pw-author-name" data-testid="authorName" href="/@%s">%s</a> <button class="follow">Follow</button>%s</div>\n'
            % (slug(p["byline_text"]), p.get("handle", "author"), p.get("byline_html", ""), pubin) +
            '<div class="pw-reading"><span data-testid="storyReadTime">%s</span> · <span data-testid="storyPublishDate">%s</span></div>\n' % (p["read_time"], p["date"]) +
            claps + '</div>\n' + body + '\n' + tags(p, "post-tags") + claps.replace("pw-claps", "pw-claps pw-claps--bottom") +
            '<div class="written-by"><p>Written by %s</p><p class="written-by__stats">%s</p><p class="written-by__bio">%s</p><button>Follow</button></div>\n'
            % (p["byline_text"], p.get("followers", ""), p.get("bio", "")) + after_notes(p, "post-extra") + resp +
            '<section class="more-from"><h2>More from %s</h2><ul>%s</ul></section>\n' % (p["byline_text"], teasers(p, p.get("more", []), "@" + p.get("handle", "author"))) +
            '<section class="recommended"><h2>Recommended from Medium</h2><ul>%s</ul></section>\n' % teasers(p, p.get("recommended", []), "p") +
            '</article></main>\n<footer class="medium-footer"><a href="/help">Help</a> <a href="/status">Status</a> <a href="/about">About</a> '
            '<a href="/careers">Careers</a> <a href="/press">Press</a> <a href="/blog">Blog</a> <a href="/privacy">Privacy</a> <a href="/rules">Rules</a> '
            '<a href="/terms">Terms</a> <a href="/speechify">Text to speech</a></footer>\n</body>\n</html>\n')
    return fix(html), ["div.pw-post-body*"]


# ------------------------------------------------------------------------------------------ Ghost blog
def ghost(p):
    """A Ghost blog (Casper / Source theme): gh-head with the navigation, Sign in and Subscribe; article header with the
    primary tag, headline, excerpt, author avatar and name, "5 Mar 2026 — 8 min read"; feature image with caption;
    section.gh-content (bookmark cards, captions, a signup card inside); the "Sign up for more like this" CTA; "Read
    next" cards; Ghost's native comments ("Member discussion"); footer "Powered by Ghost"."""
    prep(p)
    body = render_body(p, '<section class="gh-content gh-canvas">', "</section>", sub="h2",
                       ins={"read": "kg-bookmark-card", "photo": "kg-image-card", "nl": "kg-signup-card"})
    tag = '<a class="article-tag post-card-primary-tag" href="/tag/%s/">%s</a>\n' % (slug(p["kicker"]), p["kicker"]) if p.get("kicker") else ""
    html = (html_open(p, "%s | %s", "post-template tag-%s" % slug(p.get("kicker", "blog"))) +
            '<header id="gh-head" class="gh-head outer"><div class="gh-head-brand"><a class="gh-head-logo" href="/">%s</a></div>'
            '<nav class="gh-head-menu">%s</nav><div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin">Sign in</a> '
            '<a class="gh-head-button" href="#/portal/signup">Subscribe</a></div></header>\n' % (p["site"], nav(p["nav"], "nav")) +
            '<main id="site-main" class="site-main"><article class="article post">\n<header class="article-header gh-canvas">\n' + tag +
            '<h1 class="article-title">%s</h1>\n' % p["h1"] + deck(p, "p", "article-excerpt") +
            '<div class="article-byline"><div class="article-byline-content"><ul class="author-list"><li class="author-list-item">'
            '<a class="author-avatar" href="/author/%s/"><img src="/content/images/%s.jpg" alt=""></a></li></ul>'
            '<div class="article-byline-meta"><h4 class="author-name">%s</h4><div class="byline-meta-content"><time class="byline-meta-date"%s>%s</time>'
            '<span class="byline-reading-time"><span class="bull">—</span> %s</span></div></div></div></div>\n</header>\n'
            % (slug(p["byline_text"]), slug(p["byline_text"]), p.get("byline_html", ""), ' datetime="%s"' % p["pub"][:10] if p.get("meta") != "min" else "",
               p["date"], p.get("read_time", "")) +
            hero(p, "article-image") + body + '\n' + after_notes(p, "article-notes") +
            '<section class="article-cta"><h2>Sign up for more like this.</h2><a href="#/portal/signup">Enter your email</a> <a href="#/portal/signup">Subscribe</a></section>\n'
            '</article>\n' + (comments(p, "gh-comments", "Member discussion", form=False) if p.get("comments") else "") +
            '<aside class="read-more-wrap"><h2>Read next</h2><div class="read-more">%s</div></aside>\n</main>\n'
            % "".join('<article class="post-card"><a class="post-card-image-link" href="/%s/"></a><h3 class="post-card-title">%s</h3>'
                      '<p class="post-card-excerpt">%s</p></article>' % (slug(t), t, e) for t, e in p.get("read_next", [])) +
            '<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">%s</a> © 2026</section>'
            '<nav class="site-footer-nav">%s</nav><div class="gh-powered-by"><a href="https://ghost.example/">Powered by Ghost</a></div></div></footer>\n'
            '</body>\n</html>\n' % (p["site"], nav(p.get("footer_nav", []), "")))
    return fix(html), ["section.gh-content*"]


# ------------------------------------------------------------------------------------------ personal WordPress blog
def wordpress(p):
    """A personal WordPress blog (a default theme with Jetpack): the "Privacy & Cookies" widget; site title and tagline;
    menu; entry-header with the categories, entry-title, "Posted on … by …"; div.entry-content (images with captions,
    a rating box, a "Related" box inside); the Jetpack "Share this:" and "Like this:" blocks and Related posts;
    post navigation; "14 thoughts on …" comments with Reply links and the "Leave a Reply" form; sidebar widgets (search,
    Recent Posts, Archives, Categories, Blogroll, Follow Blog via Email); footer "Proudly powered by WordPress"."""
    prep(p)
    body = render_body(p, '<div class="entry-content">', "</div>", sub="h2",
                       ins={"read": "wp-block-related", "photo": "wp-block-image", "score": "review-score", "ad": "wordads-ad"})
    ck = ('<div class="widget_eu_cookie_law_widget" id="eu-cookie-law"><form><input type="submit" value="Close and accept"></form>'
          'Privacy &amp; Cookies: This site uses cookies. By continuing to use this website, you agree to their use. To find out more, '
          'including how to control cookies, see here: <a href="/cookie-policy/">Cookie Policy</a></div>\n')
    cats = '<span class="cat-links">Posted in %s</span>' % ", ".join('<a href="/category/%s/" rel="category tag">%s</a>' % (slug(c), c) for c in p.get("cats", []))
    cmts = ""
    if p.get("comments"):
        cmts = ('<div id="comments" class="comments-area"><h2 class="comments-title">%s</h2><ol class="comment-list">%s</ol>'
                '<div id="respond" class="comment-respond"><h3 class="comment-reply-title">Leave a Reply</h3><form class="comment-form">'
                '<p class="comment-notes">Your email address will not be published. Required fields are marked *</p><textarea name="comment"></textarea>'
                '<p class="comment-subscription-form"><input type="checkbox"> Notify me of new posts by email.</p><input type="submit" value="Post Comment"></form></div></div>\n'
                % (p["comments_title"], "".join('<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">%s</b> '
                                                '<span class="says">says:</span> <time>%s</time></footer><div class="comment-content"><p>%s</p></div>'
                                                '<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>' % (c[0], c[1], c[2])
                                                for c in p["comments"])))
    widgets = "".join('<section class="widget"><h2 class="widget-title">%s</h2><ul>%s</ul></section>' % (h, "".join('<li><a href="/%s/">%s</a></li>' % (slug(x), x) for x in items))
                      for h, items in p.get("widgets", []))
    html = (html_open(p, "%s – %s", "post-template-default single single-post single-format-standard") + ck +
            '<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">%s</a></p>'
            '<p class="site-description">%s</p></div><nav id="site-navigation" class="main-navigation">%s</nav></header>\n'
            % (p["site"], p.get("tagline", ""), nav(p["nav"], "menu")) +
            '<div id="content" class="site-content"><main id="main" class="site-main">\n<article class="post type-post status-publish format-standard hentry">\n'
            '<header class="entry-header">%s<h1 class="entry-title">%s</h1><div class="entry-meta"><span class="posted-on">Posted on '
            '<a href="%s" rel="bookmark"><time class="entry-date published"%s>%s</time></a></span> <span class="byline">%s</span></div></header>\n'
            % (cats, p["h1"], p["url"], ' datetime="%s"' % p.get("time_attr", p["pub"]) if p.get("time_dt", True) else "", p["date"], p.get("byline_html", "")) +
            hero(p, "post-thumbnail") + body + '\n' + after_notes(p, "entry-notes") +
            '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a href="#">Facebook</a></li><li><a href="#">X</a></li>'
            '<li><a href="#">Email</a></li><li><a href="#">Print</a></li></ul></div>\n'
            '<div class="sharedaddy sd-like"><h3 class="sd-title">Like this:</h3><span class="sd-like-loading">Like Loading...</span></div>\n'
            '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>%s</div>\n'
            % "".join('<div class="jp-relatedposts-post"><h4><a href="/%s/">%s</a></h4><p class="jp-relatedposts-post-context">%s</p></div>' % (slug(t), t, c)
                      for t, c in p.get("jp_related", [])) +
            '<footer class="entry-footer">%s</footer>\n</article>\n' % tags(p, "tags-links") +
            '<nav class="navigation post-navigation"><div class="nav-previous"><a href="#" rel="prev"><span class="meta-nav">Previous Post</span> %s</a></div>'
            '<div class="nav-next"><a href="#" rel="next"><span class="meta-nav">Next Post</span> %s</a></div></nav>\n' % p.get("prevnext", ("", "")) +
            cmts + '</main>\n<aside id="secondary" class="widget-area"><section class="widget widget_search"><form><input type="search" placeholder="Search …">'
            '<button>Search</button></form></section>%s<section class="widget blog_subscription"><h2 class="widget-title">Follow Blog via Email</h2>'
            '<p>Enter your email address to follow this blog and receive notifications of new posts by email.</p><input type="email"><button>Follow</button></section>'
            '</aside></div>\n<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.example/">Proudly powered by WordPress</a> | '
            'Theme: %s</div></footer>\n</body>\n</html>\n' % (widgets, p.get("theme", "Twenty Twenty-One")))
    return fix(html), ["div.entry-content*"]


# ------------------------------------------------------------------------------------------ think-tank or university blog
def institute(p):
    """A think-tank or university blog (Brookings / Chatham House / LSE blogs style): utility bar (Donate, Newsletter or
    Give, Staff directory); logo and menu with Research, Commentary, Events, Experts (or Study, Research, News and
    events); breadcrumb; content-type label (Commentary, Event, News); headline, summary, authors with titles, date;
    div.field-body (photos, Related research boxes, a disclaimer, an event details box inside); "About the author"; topics;
    "Related" cards; the support or media-contact box; footer with charity or university numbers."""
    prep(p)
    w = words(p)
    body = render_body(p, '<div class="field-body rich-text">', "</div>", sub="h2",
                       ins={"read": "related-research", "disc": "views-disclaimer", "photo": "media-image", "donate": "support-box"})
    evbox = ('<div class="event-details"><dl>%s</dl><a class="event-details__reg" href="/events/register/">Register</a> <a href="/events/ics/">Add to calendar</a></div>\n'
             % "".join("<dt>%s</dt><dd>%s</dd>" % kv for kv in p["event"])) if p.get("event") else ""
    if p.get("event"):
        excl(p, "div.event-details")
        body = body.replace('<div class="field-body rich-text">', '<div class="field-body rich-text">\n' + evbox.strip(), 1)
    html = (html_open(p, "%s | %s", "node-type-%s" % p.get("node_type", "blog")) + cookie(p, "cookie-consent") +
            '<div class="utility-bar">%s</div>\n' % " ".join('<a href="/%s/">%s</a>' % (slug(u), u) for u in p.get("utility", [])) +
            '<header class="site-header"><a class="site-header__logo" href="/">%s</a><nav class="site-header__nav">%s</nav>%s</header>\n'
            % (p["site"], nav(p["nav"], "main-nav"), _subnav(p, "section-nav")) +
            '<main id="main-content"><div class="layout-content">' + crumbs(p, "breadcrumb", " › ") + '<article class="node node--%s">\n' % p.get("node_type", "blog") +
            kicker(p, "content-type", "span") + '<h1 class="page-title">%s</h1>\n' % p["h1"] + deck(p, "p", "field-summary") +
            '<div class="node-meta">%s %s</div>\n' % (byline_block(p, "node-authors"), dates(p, "node-date")) + hero(p, "field-hero") +
            share(p, "share-this", ("X", "LinkedIn", "Facebook", "Email", "Print")) + body + '\n' + after_notes(p, "node-notes") +
            author_box(p, "about-author") + tags(p, "field-topics") + '</article>\n' + related(p, "related-content") +
            comments(p, "comments", p.get("comments_title")) + '</div>\n<aside class="layout-sidebar">\n%s</aside>\n</main>\n' % rail(p, "sidebar-block", ad=False) +
            newsletter(p, "newsletter-cta") + footer(p, "site-footer") + '</body>\n</html>\n')
    return fix(html), ["div.field-body*"]
