"""Skeletons of institutional and news sites: a think tank (`thinktank`), a university news hub
(`univ`), an NGO or union site (`ngo`), a trade-news site (`trade`), a local news site on a
WordPress news theme (`local`), a magazine (`magazine`) and a newspaper's blog section
(`paperblog`). Each returns (html, body selectors); the furniture a page puts inside the body
([[…]] inserts) goes to p["exclude"]."""
from kit import attr, hexid, plain, slug
from common import (finish, comments_block, cookie, excl, html_open, img, lis, link, post_url, prep, ranked, render_body, reply_form, share_bar,
                    sl, tag_links, teasers)


def _crumbs(items, sep=" › ", cls="breadcrumb"):
    return '<nav class="%s" aria-label="Breadcrumb"><ol>%s</ol></nav>\n' % (cls, sep.join('<li>%s</li>' % link(c) for c in items))


def _menu(groups, cls="mega-menu"):
    """A mega-menu: (heading, [items]) pairs."""
    out = []
    for h, items in groups:
        out.append('<li class="menu-item has-children">%s<ul class="sub-menu">%s</ul></li>' % (link(h), lis(items, "/" + sl(h))))
    return '<ul class="%s">%s</ul>' % (cls, "".join(out))


def _foot(p, cls="site-footer"):
    cols = "".join('<div class="footer-col"><h4>%s</h4><ul>%s</ul></div>' % (h, lis(items, "/" + sl(h))) for h, items in p.get("footer_cols", []))
    return ('<footer class="%s"><div class="footer-cols">%s</div><div class="footer-bottom"><p class="copyright">%s</p>%s</div></footer>\n</body>\n</html>\n'
            % (cls, cols, p["footer"], ('<p class="footer-note">%s</p>' % p["footer_note"]) if p.get("footer_note") else ""))


def _authors_cards(p, cls="author-card"):
    return "".join('<div class="%s"><img src="https://%s/people/%s.jpg" alt="" width="64" height="64"><a class="%s__name" href="/experts/%s/">%s</a> '
                   '<span class="%s__role">%s</span></div>' % (cls, p["domain"], slug(n), cls, sl(n), n, cls, r) for n, r in p["cards"])


# ------------------------------------------------------------------------------------------ think tank
def thinktank(p):
    """A think tank's article page: utility bar (Media, Newsletter, Donate), a mega-menu (Research,
    Experts, Commentary, Events, Publications), an optional content-type label above the title, h1,
    summary, author cards with their roles, the date, share and PDF links, div.field--name-body,
    topics and regions, an optional disclaimer, related content with content types, the experts,
    "Support our work", the newsletter signup and the footer."""
    prep(p)
    body = render_body(p, '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">', "</div>",
                       ins={"REL": "div.inline-related", "NOTE": "p.author-note", "ORIG": "p.originally-published", "PHOTO": "figcaption.media-caption"})
    related = "".join('<li class="teaser"><span class="teaser__type">%s</span> <a href="%s">%s</a> <span class="teaser__date">%s</span></li>'
                      % (t, post_url(p, h, "research"), h, d) for t, h, d in p.get("related", []))
    html = (html_open(p, "%s | %s", "path-node page-node-type-%s" % p.get("node_type", "article")) + cookie(p, ok="Accept all", no="Necessary only", more="Manage preferences") +
            '<div class="utility-bar"><ul>%s</ul></div>\n' % lis(["Media", "Careers", "Newsletters", "Contact"]) +
            '<header class="site-header"><a class="site-logo" href="/">%s</a><nav class="main-nav" aria-label="Main">%s</nav><a class="btn btn--donate" href="/donate">Donate</a> '
            '<button class="search-toggle">Search</button></header>\n' % (p["site"], _menu(p["nav"])) +
            '<main id="main-content" role="main">\n' + (_crumbs(p["crumbs"]) if p.get("crumbs") else "") +
            '<article class="node node--type-%s node--view-mode-full">\n<header class="node__header">\n' % p.get("node_type", "article") +
            ('<div class="node__content-type">%s</div>\n' % p["label"] if p.get("label") else "") +
            '<h1 class="page-title"><span class="field field--name-title">%s</span></h1>\n' % p["h1"] +
            ('<div class="field--name-field-summary"><p>%s</p></div>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="node__authors">%s</div>\n' % _authors_cards(p) +
            '<div class="node__date"><time datetime="%s">%s</time></div>\n' % (p.get("time_attr", p["pub"]), p["date"]) +
            '<div class="node__tools">%s <a class="download-pdf" href="/sites/default/files/%s.pdf">Download PDF</a> <a href="#print">Print</a></div>\n</header>\n'
            % (share_bar(["X", "LinkedIn", "Facebook", "Email"], "share-links"), slug(p["url"])) +
            body + "\n" +
            '<div class="node__taxonomy"><div class="field--name-field-topics"><span class="field__label">Topics</span> %s</div>%s</div>\n'
            % (tag_links(p.get("topics", []), "/topics"), ('<div class="field--name-field-regions"><span class="field__label">Regions</span> %s</div>' % tag_links(p["regions"], "/regions")) if p.get("regions") else "") +
            ('<div class="node__disclaimer"><p>%s</p></div>\n' % p["disclaimer"] if p.get("disclaimer") else "") +
            '</article>\n<section class="related-content"><h2>Related content</h2><ul>%s</ul></section>\n' % related +
            '<section class="experts-block"><h2>%s</h2><ul>%s</ul></section>\n' % (p.get("experts_head", "Experts"), "".join('<li><a href="/experts/%s/">%s</a> <span>%s</span></li>' % (sl(n), n, r) for n, r in p.get("experts", []))) +
            '<section class="support-cta"><h2>Support our work</h2><p>%s</p><a class="btn btn--donate" href="/donate">Donate today</a></section>\n' % p["support"] +
            '<section class="newsletter-signup"><h2>%s</h2><form><input type="email" placeholder="Email address"><button>Sign up</button></form></section>\n</main>\n'
            % p.get("nl_head", "Get our research in your inbox") + _foot(p))
    return finish(p, html), ["div.field--name-body"]


# ------------------------------------------------------------------------------------------ university news hub
def univ(p):
    """A university's news and commentary hub: the university bar (Study, Research, Give; Staff,
    Students, Alumni), the hub's menu (Latest, Perspectives, Research news, Campus, Events, Media), an
    optional kicker, h1, standfirst, the author with role and school, date and read time, the hero with
    caption, div.article-body, a disclosure or media-contact box, "Republish this article", related
    stories, most read, events, the acknowledgement and a footer with the provider code."""
    prep(p)
    body = render_body(p, '<div class="article-body rich-text">', "</div>",
                       ins={"REL": "aside.related-inline", "PHOTO": "figcaption.image-credit", "NOTE": "p.author-note", "SUB": "div.hub-newsletter",
                            "AD": "div.promo-tile"})
    html = (html_open(p, "%s - %s", "news-article") + cookie(p, ok="Accept all cookies", no="Essential only", more="Cookie preferences") +
            '<div class="uni-bar"><a class="uni-logo" href="https://%s/">%s</a><ul class="uni-bar__links">%s</ul><ul class="uni-bar__audience">%s</ul></div>\n'
            % (p["uni_domain"], p["uni"], lis(["Study", "Research", "Engage", "About", "Give"], ""), lis(["Staff", "Students", "Alumni"], "")) +
            '<header class="hub-header"><a class="hub-title" href="/">%s</a><nav class="hub-nav"><ul>%s</ul></nav></header>\n' % (p["site"], lis(p["nav"], "", "hub-nav__item")) +
            '<main class="hub-main"><article class="story">\n' +
            ('<p class="story__kicker"><a href="/%s/">%s</a></p>\n' % (sl(p["kicker"]), p["kicker"]) if p.get("kicker") else "") +
            '<h1 class="story__title">%s</h1>\n' % p["h1"] +
            ('<p class="story__standfirst">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="story__meta"><div class="story__author">%s</div><time class="story__date" datetime="%s">%s</time> <span class="story__read">%s</span></div>\n'
            % (p["byline_html"], p.get("time_attr", p["pub"]), p["date"], p.get("read", "5 min read")) +
            share_bar(["LinkedIn", "Facebook", "X", "Email"], "story__share", "Share") + "\n" +
            ('<figure class="story__hero">%s<figcaption>%s</figcaption></figure>\n' % (img(p, p["url"]), p["hero"]) if p.get("hero") else "") +
            body + "\n" +
            ('<aside class="story__box"><h2>%s</h2><p>%s</p></aside>\n' % (p["box_head"], p["box"]) if p.get("box") else "") +
            '<div class="story__republish"><a href="/republish?url=%s">Republish this article</a> <span>%s</span></div>\n' % (attr(p["url"]), p.get("republish", "We believe in the free flow of information.")) +
            '<div class="story__topics">Topics: %s</div>\n</article>\n' % tag_links(p.get("tags", []), "/topics") +
            '<aside class="hub-rail"><section class="related-stories"><h2>Related stories</h2><ul>%s</ul></section><section class="most-read"><h2>Most read</h2>%s</section>'
            '<section class="events"><h2>Upcoming events</h2><ul>%s</ul></section></aside>\n</main>\n'
            % (teasers(p, p.get("related", [])), ranked(p, p.get("popular", [])), "".join('<li><span class="event-date">%s</span> <a href="/events/%s/">%s</a></li>' % (d, sl(t), t) for d, t in p.get("events", []))) +
            ('<div class="acknowledgement"><p>%s</p></div>\n' % p["ack"] if p.get("ack") else "") + _foot(p))
    return finish(p, html), ["div.article-body"]


# ------------------------------------------------------------------------------------------ NGO / union
def ngo(p):
    """An NGO's or a union's site: a top bar (Join, Member login, Donate), the menu with News, Media
    releases and Blog/Opinion, a campaign ribbon, breadcrumb, an optional label (Media release), h1,
    date and the byline, div.rich-text with "Support our work" boxes, a media-contact box, share, tags,
    "Latest news", the join/donate band and the footer with the registration number."""
    prep(p)
    body = render_body(p, '<div class="rich-text">', "</div>",
                       ins={"DONATE": "div.donate-inline", "REL": "div.read-also", "PHOTO": "figcaption.caption", "NOTE": "div.notes-to-editors",
                            "SUB": "div.action-box"})
    html = (html_open(p, "%s | %s", "single single-%s" % p.get("ptype", "post")) + cookie(p, ok="Accept", no="Reject non-essential", more="Privacy notice") +
            '<div class="top-bar"><ul>%s</ul></div>\n' % "".join('<li><a href="/%s/">%s</a></li>' % (sl(t), t) for t in p.get("top", ["Join", "Member login", "Donate"])) +
            '<header class="header"><a class="logo" href="/">%s</a><nav class="nav-primary">%s</nav><a class="btn btn-join" href="/%s/">%s</a></header>\n'
            % (p["site"], _menu(p["nav"], "menu"), sl(p.get("cta", "Donate")), p.get("cta", "Donate")) +
            ('<div class="campaign-ribbon"><p>%s</p></div>\n' % p["ribbon"] if p.get("ribbon") else "") +
            '<main id="main" class="main">\n' + _crumbs(p["crumbs"], " / ", "breadcrumbs") +
            '<article class="entry">\n' + ('<p class="entry-label">%s</p>\n' % p["label"] if p.get("label") else "") +
            '<h1 class="entry-title">%s</h1>\n' % p["h1"] +
            ('<p class="entry-summary">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="entry-meta"><time datetime="%s">%s</time>%s</div>\n' % (p.get("time_attr", p["pub"]), p["date"],
                                                                                 (' <span class="entry-author">%s</span>' % p["byline_html"]) if p.get("byline_html") else "") +
            ('<figure class="entry-image">%s<figcaption>%s</figcaption></figure>\n' % (img(p, p["url"]), p["hero"]) if p.get("hero") else "") +
            body + "\n" +
            ('<div class="media-contact"><h2>%s</h2><p>%s</p></div>\n' % (p.get("contact_head", "Media contact"), p["contact"]) if p.get("contact") else "") +
            share_bar(["Facebook", "X", "LinkedIn", "WhatsApp", "Email"], "share", "Share this") + "\n" +
            '<div class="entry-tags">%s</div>\n</article>\n' % tag_links(p.get("tags", []), "/topic") +
            '<aside class="sidebar"><section class="latest"><h2>%s</h2><ul>%s</ul></section>%s</aside>\n</main>\n'
            % (p.get("latest_head", "Latest news"), teasers(p, p.get("latest", []), "news"),
               ('<section class="sidebar-opinion"><h2>%s</h2><ul>%s</ul></section>' % (p.get("op_head", "Opinion"), teasers(p, p["op_rail"], "opinion"))) if p.get("op_rail") else "") +
            '<section class="join-band"><h2>%s</h2><p>%s</p><a class="btn" href="/join/">%s</a></section>\n' % (p["band_head"], p["band"], p.get("band_btn", "Join today")) +
            _foot(p))
    return finish(p, html), ["div.rich-text"]


# ------------------------------------------------------------------------------------------ trade news
def trade(p):
    """A trade-news site: the register / sign-in / subscribe bar, sector menu, a price ticker, breadcrumb,
    section label, h1, standfirst, "By …" and the date, sponsor line, div.article__body split by ad
    slots and "Read more" boxes, the author bio, tags, "More from this section", "Most read", a
    "Viewpoint" rail of columns, events and sponsored content, footer."""
    prep(p)
    p.setdefault("split_with", '<div class="ad-mpu" data-ad="mid-article"><span class="ad-mpu__label">Advertisement</span></div>')
    body = render_body(p, '<div class="article__body">', "</div>",
                       ins={"REL": "div.read-more-box", "AD": "div.ad-inline", "PHOTO": "figcaption.article__caption", "NOTE": "p.article__note",
                            "SUB": "div.reg-prompt"})
    html = (html_open(p, "%s | %s", "article-page") + cookie(p, ok="I agree", no="No thanks", more="Manage cookies") +
            '<div class="top-strip"><span class="top-strip__date">%s</span><ul>%s</ul></div>\n' % (p.get("today", ""), lis(["Register", "Sign in", "Subscribe", "Events", "Advertise"])) +
            '<header class="masthead"><a class="masthead__logo" href="/">%s</a><p class="masthead__strap">%s</p><nav class="sector-nav"><ul>%s</ul></nav></header>\n'
            % (p["site"], p.get("tagline", ""), lis(p["nav"], "", "sector-nav__item")) +
            ('<div class="ticker"><span class="ticker__label">%s</span><ul>%s</ul></div>\n' % (p.get("ticker_label", "Markets"), "".join("<li>%s</li>" % t for t in p["ticker"])) if p.get("ticker") else "") +
            '<main class="content">' + _crumbs(p["crumbs"]) +
            '<article class="article">\n' + ('<p class="article__section">%s</p>\n' % link(p["label"]) if p.get("label") else "") +
            '<h1 class="article__title">%s</h1>\n' % p["h1"] +
            ('<p class="article__standfirst">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="article__meta"><span class="article__byline">%s</span> <time class="article__date" datetime="%s">%s</time></div>\n' % (p["byline_html"], p.get("time_attr", p["pub"]), p["date"]) +
            ('<p class="article__sponsor">%s</p>\n' % p["sponsor"] if p.get("sponsor") else "") +
            share_bar(["LinkedIn", "X", "Email", "Print"], "article__share") + "\n" +
            ('<figure class="article__hero">%s<figcaption>%s</figcaption></figure>\n' % (img(p, p["url"]), p["hero"]) if p.get("hero") else "") +
            body + "\n" +
            ('<div class="author-bio"><h3>About the author</h3><p>%s</p></div>\n' % p["bio"] if p.get("bio") else "") +
            '<div class="article__tags">%s</div>\n</article>\n' % tag_links(p.get("tags", []), "/topics") +
            '<section class="more-section"><h2>More from %s</h2><ul>%s</ul></section>\n' % (p.get("section_name", "this section"), teasers(p, p.get("related", []))) +
            '<aside class="rail"><section class="most-read"><h2>Most read</h2>%s</section><section class="viewpoint-rail"><h2>%s</h2><ul>%s</ul></section>'
            '<section class="events-rail"><h2>Events</h2><ul>%s</ul></section><section class="sponsored"><h2>Sponsored content</h2><ul>%s</ul></section></aside>\n</main>\n'
            % (ranked(p, p.get("popular", [])), p.get("op_head", "Opinion"), teasers(p, p.get("op_rail", []), "opinion"),
               "".join("<li>%s</li>" % e for e in p.get("events", [])), teasers(p, p.get("sponsored", []), "partner-content")) +
            '<section class="newsletter-band"><h2>%s</h2><form><input type="email" placeholder="Your work email"><button>Sign up</button></form></section>\n' % p.get("nl_head", "Get the daily briefing") +
            _foot(p))
    return finish(p, html), ["div.article__body*"]


# ------------------------------------------------------------------------------------------ local news on a WordPress news theme
def local(p):
    """A local news site on a WordPress news theme: weather and date bar, "Support local news", the
    menu (News, Sport, Community, Opinion, Letters, What's On, Notices), a breaking ticker, breadcrumb,
    category label, h1, byline and date, share, div.td-post-content with ads and "ALSO READ" boxes,
    the support box, tags, related, trending, comments, newsletter and footer."""
    prep(p)
    body = render_body(p, '<div class="td-post-content tagdiv-type">', "</div>",
                       ins={"REL": "div.also-read", "AD": "div.td-a-rec", "PHOTO": "figcaption.wp-caption-text", "DONATE": "div.support-inline",
                            "NOTE": "p.editor-note", "SUB": "div.nl-inline"})
    cm = ""
    if p.get("comments") is not None:
        cm = '<div class="comments" id="comments">%s%s</div>\n' % (
            comments_block(p, "%d COMMENTS" % len(p["comments"]), "td-comments") if p["comments"] else "", reply_form("LEAVE A REPLY", "Please enter your comment!", "Post Comment"))
    html = (html_open(p, "%s - %s", "post-template-default single single-post td-standard-pack") + cookie(p) +
            '<div class="td-header-top"><span class="td-date">%s</span> <span class="td-weather">%s</span> <a class="td-support" href="/support/">%s</a> '
            '<a href="/login/">Sign in</a></div>\n' % (p.get("today", ""), p.get("weather", ""), p.get("support_link", "Support local news")) +
            '<header class="td-header"><a class="td-logo" href="/">%s</a> <span class="td-tagline">%s</span><nav class="td-main-menu"><ul>%s</ul></nav></header>\n'
            % (p["site"], p.get("tagline", ""), lis(p["nav"], "", "menu-item")) +
            ('<div class="td-ticker"><span class="td-ticker-title">%s</span><ul>%s</ul></div>\n' % (p.get("ticker_label", "Trending Now"), teasers(p, p["ticker"])) if p.get("ticker") else "") +
            '<div class="td-main-content-wrap"><div class="td-container"><div class="td-pb-span8 td-main-content">\n' +
            '<div class="td-crumb-container"><div class="entry-crumbs">%s</div></div>\n' % " ".join(['<a href="/">Home</a>'] + [link(c, "/category") for c in p.get("crumbs", [])]) +
            '<article class="post type-post"><div class="td-post-header">' +
            ('<ul class="td-category"><li><a class="td-post-category" href="/category/%s/">%s</a></li></ul>' % (sl(p["label"]), p["label"]) if p.get("label") else "") +
            '<header class="td-post-title"><h1 class="entry-title">%s</h1>\n' % p["h1"] +
            ('<p class="td-post-sub-title">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="td-module-meta-info"><div class="td-post-author-name">%s</div> <span class="td-post-date"><time class="entry-date updated td-module-date" datetime="%s">%s</time></span>'
            ' <div class="td-post-views"><span>%s</span></div></div></header></div>\n' % (p["byline_html"], p.get("time_attr", p["pub"]), p["date"], p.get("views", "1,024")) +
            share_bar(["Facebook", "Twitter", "WhatsApp", "Email", "Copy URL"], "td-post-sharing td-post-sharing-top", "Share") + "\n" +
            ('<div class="td-post-featured-image"><figure>%s<figcaption class="wp-caption-text">%s</figcaption></figure></div>\n' % (img(p, p["url"]), p["hero"]) if p.get("hero") else "") +
            body + "\n" +
            ('<div class="support-box"><h3>%s</h3><p>%s</p><a class="btn" href="/support/">Support us</a></div>\n' % (p.get("support_head", "Support local journalism"), p["support"]) if p.get("support") else "") +
            '<footer><div class="td-post-source-tags"><ul class="td-tags"><li><span>TAGS</span></li>%s</ul></div>\n' % lis(p.get("tags", []), "/tag") +
            share_bar(["Facebook", "Twitter", "WhatsApp"], "td-post-sharing-bottom", "") +
            '<div class="td-author-name">%s</div></footer></article>\n' % p.get("author_box", "") +
            '<div class="td_block_related_posts"><h4 class="td-related-title"><a class="td-related-left" href="#">RELATED ARTICLES</a> <a class="td-related-right" href="#">MORE FROM AUTHOR</a></h4><ul>%s</ul></div>\n'
            % teasers(p, p.get("related", []), "news") + cm +
            '</div>\n<div class="td-pb-span4 td-main-sidebar"><aside class="td_block_wrap"><h4 class="block-title">%s</h4><ul>%s</ul></aside>'
            '<aside class="td_block_wrap"><h4 class="block-title">%s</h4><ul>%s</ul></aside><aside class="td_block_wrap newsletter"><h4 class="block-title">Newsletter</h4>'
            '<p>%s</p><form><input type="email" placeholder="Your email address"><button>Subscribe</button></form></aside></div>\n</div></div>\n'
            % (p.get("rail_head", "Most Popular"), teasers(p, p.get("popular", []), "news"), p.get("op_head", "Opinion"), teasers(p, p.get("op_rail", []), "opinion"),
               p.get("nl_text", "Get the day's local headlines in your inbox every morning.")) +
            _foot(p, "td-footer-wrapper"))
    return finish(p, html), ["div.td-post-content*"]


# ------------------------------------------------------------------------------------------ magazine
def magazine(p):
    """A magazine site: subscription offer, sign in, the menu (Politics, Culture, Books, Film, Life,
    Comment, Podcasts, Newsletters), a kicker, h1, standfirst, "By …", the date and the issue line,
    the hero with credit, div.article-body-text with captions, inline newsletter prompts and (on
    reviews) the book's details and a buy box, the contributor's note, "More in …", "Most read",
    "From Comment" teasers and the footer."""
    prep(p)
    body = render_body(p, '<div class="article-body-text">', "</div>",
                       ins={"PHOTO": "figcaption.caption", "SUB": "div.nl-promo", "AD": "div.advert", "REL": "aside.further-reading",
                            "NOTE": "p.contributor", "DONATE": "div.buy-box"})
    html = (html_open(p, "%s | %s", "article-template %s" % sl(p.get("kicker", "culture"))) + cookie(p, ok="Accept all", no="Reject all", more="Customise") +
            '<div class="offer-bar"><p>%s</p><a href="/subscribe">Subscribe</a> <a href="/login">Sign in</a></div>\n' % p.get("offer", "") +
            '<header class="masthead"><a class="masthead__logo" href="/">%s</a><nav class="masthead__nav"><ul>%s</ul></nav></header>\n' % (p["site"], lis(p["nav"])) +
            '<main class="article-page"><article class="article">\n' +
            ('<p class="article__kicker">%s</p>\n' % link(p["kicker"]) if p.get("kicker") else "") +
            '<h1 class="article__headline">%s</h1>\n' % p["h1"] +
            ('<p class="article__standfirst">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="article__byline">%s <time datetime="%s">%s</time>%s</div>\n' % (p["byline_html"], p.get("time_attr", p["pub"]), p["date"],
                                                                                        (' <span class="article__issue">%s</span>' % p["issue"]) if p.get("issue") else "") +
            share_bar(["Facebook", "X", "Bluesky", "Email", "Copy link"], "article__share") + "\n" +
            ('<figure class="article__hero">%s<figcaption>%s</figcaption></figure>\n' % (img(p, p["url"]), p["hero"]) if p.get("hero") else "") +
            ('<div class="review-box">%s</div>\n' % p["review_box"] if p.get("review_box") else "") +
            body + "\n" +
            ('<p class="article__contributor">%s</p>\n' % p["bio"] if p.get("bio") else "") +
            '<div class="article__topics">%s</div>\n</article>\n' % tag_links(p.get("tags", []), "/topic") +
            '<section class="more-in"><h2>More in %s</h2><ul>%s</ul></section>\n' % (p.get("more_head", "Culture"), teasers(p, p.get("related", []))) +
            '<aside class="rail"><section class="most-read"><h2>Most read</h2>%s</section><section class="from-comment"><h2>%s</h2><ul>%s</ul></section></aside>\n'
            % (ranked(p, p.get("popular", [])), p.get("op_head", "From Comment"), teasers(p, p.get("op_rail", []), "comment")) +
            '<section class="newsletter"><h2>%s</h2><form><input type="email" placeholder="Email address"><button>Sign up</button></form></section>\n</main>\n'
            % p.get("nl_head", "The weekly newsletter") + _foot(p))
    return finish(p, html), ["div.article-body-text"]


# ------------------------------------------------------------------------------------------ newspaper blog section
def paperblog(p):
    """A newspaper's blog section: masthead with ePaper, Subscribe and Sign in, the paper's menu (News,
    Business, Opinion, Sport, Lifestyle, Blogs), the blog's banner with its description, an optional
    label, h1, the byline with role, the date, div.blog-post__body, the disclaimer, "More from this
    blog", comments, top stories and opinion rails, footer."""
    prep(p)
    body = render_body(p, '<div class="blog-post__body">', "</div>",
                       ins={"REL": "div.also-read", "AD": "div.ad-container", "PHOTO": "figcaption.photo-caption", "NOTE": "p.writer-note", "SUB": "div.nl-inline"})
    cm = ""
    if p.get("comments") is not None:
        cm = comments_block(p, "Comments (%d)" % len(p["comments"]), "comments",
                            form='<div class="comment-login"><p>%s</p><a href="/login">Sign in to comment</a></div>' % p.get("comment_rules", "Comments are moderated and subject to our community guidelines."))
    html = (html_open(p, "%s | %s", "blog-post") + cookie(p) +
            '<div class="masthead-top"><span class="edition">%s</span> <a href="/epaper">ePaper</a> <a class="subscribe" href="/subscribe">Subscribe</a> <a href="/login">Sign in</a></div>\n'
            % p.get("today", "") +
            '<header class="masthead"><a class="masthead__logo" href="/">%s</a><nav class="main-nav"><ul>%s</ul></nav></header>\n' % (p["site"], lis(p["nav"])) +
            '<div class="blog-banner"><a class="blog-banner__name" href="/blogs/%s/">%s</a><p class="blog-banner__desc">%s</p></div>\n' % (sl(p["blog_name"]), p["blog_name"], p["blog_desc"]) +
            '<main class="blog-layout">' + (_crumbs(p["crumbs"]) if p.get("crumbs") else "") + '<article class="blog-post">\n' +
            ('<span class="blog-post__label">%s</span>\n' % p["label"] if p.get("label") else "") +
            '<h1 class="blog-post__title">%s</h1>\n' % p["h1"] +
            ('<h2 class="blog-post__synopsis">%s</h2>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="blog-post__meta"><div class="blog-post__author">%s</div><div class="blog-post__date">%s</div></div>\n' % (p["byline_html"], p["date"]) +
            share_bar(["Facebook", "X", "WhatsApp", "LinkedIn", "Email"], "blog-post__share") + "\n" +
            body + "\n" +
            ('<p class="blog-post__disclaimer">%s</p>\n' % p["disclaimer"] if p.get("disclaimer") else "") +
            ('<div class="blog-post__bio"><p>%s</p></div>\n' % p["bio"] if p.get("bio") else "") +
            '<div class="blog-post__tags">%s</div>\n</article>\n' % tag_links(p.get("tags", []), "/topic") +
            '<section class="more-from-blog"><h2>More from %s</h2><ul>%s</ul></section>\n' % (p["blog_name"], teasers(p, p.get("related", []), "blogs")) + cm +
            '<aside class="rail"><section class="top-stories"><h2>Top stories</h2>%s</section><section class="opinion-rail"><h2>Opinion</h2><ul>%s</ul></section></aside>\n</main>\n'
            % (ranked(p, p.get("popular", []), "top-list", "news"), teasers(p, p.get("op_rail", []), "opinion")) + _foot(p))
    return finish(p, html), ["div.blog-post__body"]
