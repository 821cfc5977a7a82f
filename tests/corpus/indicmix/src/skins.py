"""Page skeletons of indicmix: a big Hindi-belt / western-Indian portal (`bhasha`: Hindi, Marathi, Gujarati,
Punjabi), an eastern Quintype-like portal where each run of text is its own element (`purba`: Bengali, Assamese,
Odia), a South Indian portal (`dakshin`: Tamil, Telugu, Malayalam, Kannada), a Nepali / Sri Lankan online portal
(`himal`: Nepali, Sinhala, Sri Lankan Tamil), a WordPress news theme of smaller regional sites (`wpdesk`) and an AMP
article page (`amp`). Each returns (html, body selectors); the furniture a page puts inside the text ([[…]] inserts)
is listed in p["exclude"] by parts.render_body."""
from kit import hexid, img, nav, plain, slug
from parts import (menu, gallery, after_notes, app_banner, author_box, comments, cookie, crumbs, fix, follow, footer, hero, html_open, mega_menu,
                   opt, rail, related, render_body, share, strip, tags, teasers, ticker, web_stories)
from words import words


def _dt(p):
    """The datetime attribute of a printed date's <time>; none on pages without date metadata."""
    return "" if p.get("meta") == "min" else ' datetime="%s"' % p.get("time_attr", p["pub"])


def _deck(p, tag, cls):
    return '<%s class="%s">%s</%s>\n' % (tag, cls, p["deck"], tag) if p.get("deck") else ""


def _label(p, cls, tag="span"):
    """The kicker or section label; its link is p["label_path"], or the path of the crumb with the same label."""
    if not p.get("label"):
        return ""
    path = p.get("label_path") or next((c[1] for c in p.get("crumbs", []) if isinstance(c, tuple) and c[0] == p["label"]), "/%s/" % slug(p["label"]))
    return '<%s class="%s"><a href="%s">%s</a></%s>\n' % (tag, cls, path, p["label"], tag)


# ------------------------------------------------------------------------------------------ Hindi-belt / western portal
def bhasha(p):
    """A big Hindi, Marathi, Gujarati or Punjabi portal (Jagran / Amar Ujala / Lokmat / Divya Bhaskar / Jagbani
    style): consent bar; top strip with the day's date (and the Vikram Samvat or Nanakshahi date), Live TV, e-paper,
    app and login links; logo, main menu with the opinion channel, a hidden mega-menu of states and districts;
    breaking ticker; Sensex / Nifty / gold strip; cricket score strip; breadcrumb, kicker, headline, summary, byline
    with photo and role, date line ("Published by … | Updated …"); share bar and Google News / WhatsApp follow strip;
    hero with caption; the text in div.article-desc (split by ads, or an "आगे पढ़ें" fold before a collapsed
    container; "ये भी पढ़ें" boxes, ads, photos, follow prompts, app banners inside); notes after the text
    (disclaimer), author box, tags, web stories, related, comments; most-read, opinion and rashifal rail; sticky app
    banner; footer with the states."""
    w = words(p)
    body = render_body(p, '<div class="article-desc">', "</div>", sub="h2", read=p.get("read_style", "box"))
    html = (html_open(p, "%s - %s", "article-detail-page lang-%s" % p["lang"]) + cookie(p, "consent-bar") +
            '<div class="top-strip"><span class="top-strip__date">%s</span>%s <a class="live-tv" href="/live-tv/">%s</a> '
            '<a href="https://epaper.%s/">%s</a> <a href="/app/">%s</a> <a href="/login/">%s</a></div>\n'
            % (p.get("today", ""), opt(p, "calendar", ' <span class="top-strip__cal">%s</span>'), w["live"], p["domain"].replace("www.", ""),
               w["epaper"], w["app"], w["login"]) +
            '<header class="main-header"><a class="brand-logo" href="/">%s</a><form class="search-form"><input type="search" placeholder="%s"></form>\n'
            '<nav class="primary-nav">%s</nav>\n%s</header>\n' % (p["site"], w["search"], menu(p["nav"], "nav-list"), mega_menu(p, "states-menu")) +
            ticker(p, "breaking-ticker") + strip(p, "market", "market-strip") + strip(p, "score", "cricket-strip") +
            '<main class="main-container"><div class="left-col"><article class="article-detail">\n'
            '<nav class="breadcrumb">%s</nav>\n' % crumbs(p, " › ") + _label(p, "article-kicker") +
            '<h1 class="article-heading">%s</h1>\n' % p["h1"] + _deck(p, "h2", "article-summary") +
            '<div class="article-byline">%s<div class="byline-name">%s%s</div><div class="byline-date"><time%s>%s</time></div></div>\n'
            % ('<img class="byline-photo" src="https://%s/authors/%s.jpg" alt="" width="40" height="40">' % (p["domain"], slug(p["byline_text"] or "desk")),
               p.get("byline_html", ""), opt(p, "role", ' <span class="byline-role">%s</span>'), _dt(p), p["date"]) +
            share(p, "share-bar share-bar--top") + follow(p, "follow-strip") + hero(p, "article-hero") + body + "\n" + after_notes(p, "article-notes") +
            author_box(p, "author-box") + tags(p, "article-tags") + gallery(p, "photo-gallery") + web_stories(p, "web-stories") + related(p, "related-news") + comments(p, "comment-box") +
            '</article></div>\n<aside class="right-col">\n%s</aside>\n</main>\n' % rail(p, "rhs-widget") + app_banner(p, "app-sticky") +
            footer(p, "site-footer") + '</body>\n</html>\n')
    return fix(html), ["div.article-desc*"]


# ------------------------------------------------------------------------------------------ eastern Quintype-like portal
def purba(p):
    """A Bengali, Assamese or Odia portal on a Quintype-like platform (Prothom Alo / Pratidin / Sambad style): consent
    bar; masthead with the Gregorian date and the Bangla or local calendar date, e-paper and login; menu with
    মতামত / সম্পাদকীয়; breaking strip; gold and dollar strip; section tag, headline, subheadline, author with avatar,
    "প্রকাশ: …" and "আপডেট: …"; hero with caption; the text as a run of story elements, each text element a
    div.story-element-text, with "আরও পড়ুন" boxes, images, ads and follow prompts as sibling elements between
    them; notes (disclaimer), author card, tags, share, related grid, comments; most-read rail with opinion teasers;
    footer with the editor's line."""
    w = words(p)
    body = render_body(p, '<div class="story-element story-element-text">', "</div>", mode="elements", sub="h2")
    html = (html_open(p, "%s | %s", "story-page qt-theme") + cookie(p, "gdpr-bar") +
            '<div class="masthead"><span class="masthead__date">%s</span>%s <a href="https://epaper.%s/">%s</a> <a href="/login">%s</a> '
            '<a href="/app">%s</a></div>\n' % (p.get("today", ""), opt(p, "calendar", ' <span class="masthead__cal">%s</span>'),
                                               p["domain"].replace("www.", ""), w["epaper"], w["login"], w["app"]) +
            '<header class="site-header"><a class="site-logo" href="/">%s</a>\n<nav class="menu-bar">%s</nav>\n%s</header>\n'
            % (p["site"], menu(p["nav"], "menu-items"), mega_menu(p, "district-menu")) +
            ticker(p, "breaking-strip") + strip(p, "market", "rate-strip") + strip(p, "score", "score-strip") +
            '<div class="story-grid"><main class="story-main">\n<div class="story-head">\n' + _label(p, "story-section-tag", "div") +
            '<h1 class="story-headline">%s</h1>\n' % p["h1"] + _deck(p, "p", "story-subheadline") +
            '<div class="author-details"><div class="author-name">%s%s</div><div class="story-time"><time%s>%s</time>%s</div></div>\n'
            % (p.get("byline_html", ""), opt(p, "role", ' <span class="author-role">%s</span>'), _dt(p), p["date"], opt(p, "updated", ' <span class="updated">%s</span>')) +
            '</div>\n' + share(p, "story-share") + hero(p, "story-hero") +
            '<div class="story-cards">\n' + body + '\n</div>\n' + after_notes(p, "story-notes") + author_box(p, "author-card") +
            tags(p, "story-tags") + gallery(p, "photo-album") + follow(p, "story-follow") + share(p, "story-share story-share--bottom") + related(p, "related-stories") +
            web_stories(p, "visual-stories") + comments(p, "story-comments") +
            '</main>\n<aside class="story-sidebar">\n%s</aside></div>\n' % rail(p, "sidebar-box") + footer(p, "footer") + '</body>\n</html>\n')
    return fix(html), ["div.story-element-text*"]


# ------------------------------------------------------------------------------------------ South Indian portal
def dakshin(p):
    """A Tamil, Telugu, Malayalam or Kannada portal (Dinamalar / Eenadu / Manorama / Prajavani style): consent bar;
    top bar with the date (and the local calendar), edition links, e-paper, Live TV, login; logo and menu with the
    opinion channel and a district bar; flash ticker; gold, Sensex and petrol strip; cricket strip; breadcrumb,
    section tag, headline, subtitle, author and date lines; share and follow strip; hero; the text in
    div.article-content (split by ads, or a fold; "இதையும் படிங்க" boxes, ads, photos, prompts inside); notes,
    author box, tags, related, web stories, reader comments; most-read, opinion and rasi-palan rail; footer."""
    w = words(p)
    body = render_body(p, '<div class="article-content">', "</div>", sub="h3", read=p.get("read_style", "box"))
    dists = p.get("districts", [])
    html = (html_open(p, "%s | %s", "news-detail") + cookie(p, "cookie-popup") +
            '<div class="topbar"><span class="topbar__date">%s</span>%s <span class="topbar__editions">%s</span> <a href="https://epaper.%s/">%s</a> '
            '<a class="live" href="/live-tv">%s</a> <a href="/login">%s</a></div>\n'
            % (p.get("today", ""), opt(p, "calendar", ' <span class="topbar__cal">%s</span>'), p.get("editions", "English | हिंदी"),
               p["domain"].replace("www.", ""), w["epaper"], w["live"], w["login"]) +
            '<header class="header"><a class="logo" href="/">%s</a>\n<nav class="mainmenu">%s</nav>\n' % (p["site"], menu(p["nav"], "menu")) +
            ('<nav class="district-bar">%s</nav>\n' % menu(dists, "districts") if dists else "") + mega_menu(p, "state-dropdown") + '</header>\n' +
            ticker(p, "flash-news") + strip(p, "market", "gold-sensex") + strip(p, "score", "live-score") +
            '<div class="container"><div class="col-main"><article class="news-article">\n<div class="bread-crumb">%s</div>\n' % crumbs(p, " &gt; ") +
            _label(p, "section-tag") + '<h1 class="news-title">%s</h1>\n' % p["h1"] + _deck(p, "p", "news-subtitle") +
            '<div class="author-info"><span class="author-name">%s</span>%s <span class="publish-time"><time%s>%s</time></span>%s</div>\n'
            % (p.get("byline_html", ""), opt(p, "role", ' <span class="author-role">%s</span>'), _dt(p), p["date"], opt(p, "updated", ' <span class="update-time">%s</span>')) +
            share(p, "share-icons") + follow(p, "follow-us") + hero(p, "main-image") + body + "\n" + after_notes(p, "after-article") +
            author_box(p, "author-profile") + tags(p, "tag-list") + gallery(p, "photogallery") + related(p, "related-news", "h3") + web_stories(p, "webstories-slider") +
            comments(p, "reader-comments") + '</article></div>\n<aside class="col-side">\n%s</aside></div>\n' % rail(p, "side-widget") +
            app_banner(p, "app-download-bar") + footer(p, "footer") + '</body>\n</html>\n')
    return fix(html), ["div.article-content*"]


# ------------------------------------------------------------------------------------------ Nepali / Sri Lankan online portal
def himal(p):
    """A Nepali or Sri Lankan online portal (Onlinekhabar / Setopati / Lankadeepa / Virakesari style): consent bar;
    top bar with the Bikram Sambat (or Sri Lankan) date beside the Gregorian one, forex and NEPSE / ASPI figures,
    login; logo, menu with विचार / सम्पादकीय / අදහස් / කතුවැකිය; ticker; category, headline, author with photo and
    the printed date; share counts; the text in div.post-content (split by ads, or a "page 1 of 2" pager with page 2
    on the same page; "यो पनि पढ्नुहोस्" / "මේවාත් කියවන්න" boxes, ads, community prompts inside); notes, author
    note, tags, reaction buttons, comments, related; rail; footer with the registration number."""
    w = words(p)
    body = render_body(p, '<div class="post-content">', "</div>", sub="h3", read=p.get("read_style", "box"), pager_cls="post-pagination")
    reacts = p.get("reactions", [])
    html = (html_open(p, "%s - %s", "single-news") + cookie(p, "cookie-notice") +
            '<div class="top-header"><span class="top-header__date">%s</span> %s <a href="/login">%s</a> <a href="/app">%s</a></div>\n'
            % (p.get("today", ""), strip(p, "market", "forex-mini"), w["login"], w["app"]) +
            '<header class="site-head"><a class="logo" href="/">%s</a>\n<nav class="main-nav">%s</nav></header>\n' % (p["site"], menu(p["nav"], "nav")) +
            ticker(p, "latest-ticker") + strip(p, "score", "score-board") +
            '<div class="main-wrap"><div class="single-main"><article class="single-post">\n' + _label(p, "post-cat", "div") +
            '<h1 class="post-title">%s</h1>\n' % p["h1"] + _deck(p, "p", "post-excerpt") +
            '<div class="post-author-time"><div class="author">%s%s</div><div class="time"><time%s>%s</time></div>%s</div>\n'
            % ('<img src="https://%s/authors/%s.jpg" alt="" width="36" height="36">' % (p["domain"], slug(p["byline_text"] or "desk")) + p.get("byline_html", ""),
               opt(p, "role", ' <span class="author-role">%s</span>'), _dt(p), p["date"], opt(p, "shares", ' <div class="share-count">%s</div>')) +
            share(p, "post-share", ("Facebook", "Messenger", "Viber", "X", "WhatsApp") if p["lang"] == "ne" else ("Facebook", "WhatsApp", "Viber", "X")) +
            hero(p, "post-thumb") + body + "\n" + after_notes(p, "post-notes") + author_box(p, "post-author-box") + tags(p, "post-tags") +
            ('<div class="reactions">%s</div>\n' % " ".join('<button class="react">%s <span>%s</span></button>' % r for r in reacts) if reacts else "") +
            comments(p, "post-comments") + related(p, "related-posts") + web_stories(p, "story-rail") +
            '</article></div>\n<aside class="sidebar">\n%s</aside></div>\n' % rail(p, "widget") + footer(p, "footer") + '</body>\n</html>\n')
    return fix(html), ["div.post-content*"]


# ------------------------------------------------------------------------------------------ WordPress regional site
def wpdesk(p):
    """A smaller regional site on a WordPress news theme (JNews / Newspaper style): cookie notice; top bar with the
    date and social links; logo and menu; trending strip; gold or score strip; breadcrumbs; category pill, headline,
    subtitle, meta (author, date, "Last updated"); featured image; share; the text in div.entry-content ("Also read"
    paragraphs, ads, WhatsApp / Telegram join boxes, web-story strips inside; a "page 1 of 2" pager with page 2 in a
    second div.entry-content on the same page); sponsor notes; tags; author box; related; comments; sidebar; footer."""
    w = words(p)
    body = render_body(p, '<div class="entry-content jeg_share_content">', "</div>", sub="h2", read=p.get("read_style", "p"), wa="div")
    cat = ('<div class="jeg_meta_category"><a href="%s" rel="category tag">%s</a></div>\n' % (p.get("label_path", "/category/%s/" % slug(p["label"])), p["label"])
           if p.get("label") else "")
    html = (html_open(p, "%s - %s", "post-template-default single single-post jeg_single_tpl_1") + cookie(p, "cookie-notice-container") +
            '<div class="jeg_topbar"><span class="jeg_top_date">%s</span> <span class="jeg_social">Facebook YouTube Instagram Telegram</span></div>\n' % p.get("today", "") +
            '<div class="jeg_header"><a class="jeg_logo" href="/">%s</a>\n<nav class="jeg_main_menu">%s</nav></div>\n' % (p["site"], menu(p["nav"], "jeg_menu")) +
            ticker(p, "jeg_breakingnews") + strip(p, "market", "jeg_rates") + strip(p, "score", "jeg_scores") +
            '<div class="jeg_content"><div class="jeg_inner_content"><div class="jeg_breadcrumbs">%s</div>\n' % crumbs(p, " » ") +
            '<div class="jeg_main_content"><article class="post">\n' + cat +
            '<h1 class="jeg_post_title">%s</h1>\n' % p["h1"] + _deck(p, "h2", "jeg_post_subtitle") +
            '<div class="jeg_meta_container"><div class="jeg_meta_author">%s</div> <div class="jeg_meta_date"><time%s>%s</time></div>%s</div>\n'
            % (p.get("byline_html", ""), _dt(p), p["date"], opt(p, "updated", ' <div class="jeg_meta_updated">%s</div>')) +
            hero(p, "jeg_featured") + share(p, "jeg_share_top_container") + body + "\n" + after_notes(p, "post-after") + tags(p, "jeg_post_tags") +
            author_box(p, "jeg_authorbox") + related(p, "jnews_related_post_container", "h3") + comments(p, "jeg_comments") +
            '</article></div>\n<aside class="jeg_sidebar">\n%s</aside></div></div>\n' % rail(p, "widget") + footer(p, "jeg_footer") + '</body>\n</html>\n')
    return fix(html), ["div.entry-content*"]


# ------------------------------------------------------------------------------------------ AMP article page
def amp(p):
    """An AMP article page of a big portal: amp-sidebar holding the menu and the states list; top bar with the logo,
    Live TV and app links; ticker; breadcrumb, label, headline, summary, byline, date; amp-img hero with caption; the
    text in div.story-body (amp-ad blocks, "ये भी पढ़ें" boxes and web-story strips inside; split by ads); notes,
    tags; an amp-carousel of web stories; related; footer."""
    w = words(p)
    ad = lambda u: '<div class="ad-amp"><amp-ad width="300" height="250" type="doubleclick" data-slot="/2100/%s/amp_atf_%s"></amp-ad></div>' % (slug(p["site"]), u)
    body = render_body(p, '<div class="story-body">', "</div>", sub="h2", ad_between=ad)
    dists = "".join('<li><a href="/%s/">%s</a><ul>%s</ul></li>' % (slug(s), s, "".join('<li><a href="/%s/%s/">%s</a></li>' % (slug(s), slug(d), d) for d in ds))
                    for s, ds in p.get("states", []))
    html = (html_open(p, "%s | %s", "amp-article", amp=True) +
            '<amp-sidebar id="sidebar" layout="nodisplay" side="left"><nav>%s</nav><ul class="states">%s</ul></amp-sidebar>\n' % (menu(p["nav"], "side-menu"), dists) +
            '<header class="amp-header"><button on="tap:sidebar.toggle" class="hamburger">☰</button><a class="amp-logo" href="/">%s</a> '
            '<a class="live" href="/live-tv/">%s</a> <a class="app" href="/app/">%s</a></header>\n' % (p["site"], w["live"], w["app"]) +
            ticker(p, "amp-ticker") + strip(p, "market", "amp-market") + strip(p, "score", "amp-score") +
            '<main class="amp-main"><article class="amp-story">\n<div class="amp-crumb">%s</div>\n' % crumbs(p, " / ") + _label(p, "amp-label") +
            '<h1 class="amp-title">%s</h1>\n' % p["h1"] + _deck(p, "p", "amp-synopsis") +
            '<div class="amp-byline"><span class="by">%s</span>%s <span class="dt">%s</span></div>\n' % (p.get("byline_html", ""), opt(p, "role", ' <span class="role">%s</span>'), p["date"]) +
            ('<figure class="amp-hero"><amp-img src="https://%s/media/%s-1200x675.jpg" width="1200" height="675" layout="responsive" alt=""></amp-img><figcaption>%s</figcaption></figure>\n'
             % (p["domain"], slug(p["url"]), p["caption"]) if p.get("caption") else "") +
            share(p, "amp-share") + body + "\n" + after_notes(p, "amp-notes") + author_box(p, "amp-author") + tags(p, "amp-tags") + follow(p, "amp-follow") +
            ('<section class="amp-webstories"><h3>%s</h3><amp-carousel height="300" layout="fixed-height" type="carousel">%s</amp-carousel></section>\n'
             % (w["stories"], "".join('<a href="https://%s/web-stories/%s/"><amp-img src="https://%s/ws/%s.jpg" width="170" height="300" alt=""></amp-img><span>%s</span></a>'
                                      % (p["domain"], slug(t), p["domain"], slug(t), t) for t in p["stories"])) if p.get("stories") else "") +
            related(p, "amp-related", "h3") + '</article>\n<section class="amp-rail">%s</section></main>\n' % rail(p, "amp-box") +
            footer(p, "amp-footer") + '</body>\n</html>\n')
    return fix(html), ["div.story-body*"]
