"""Page skeletons of blogmix, one per blog platform as the author knows its markup: a WordPress theme (`wordpress`),
Blogger/Blogspot (`blogger`), a Substack-like newsletter post (`newsletter`), a Medium-like story (`medium`), a
Hugo static site (`hugo`), a company/engineering blog (`company`), a Hatena-like Japanese blog (`hatena`) and a
LiveJournal-like journal (`journal`). Each returns (html, body selectors) and, where its platform puts furniture
inside the body element (share/like/related blocks, subscribe widgets, tables of contents), lists it in
p["exclude"]."""
import re

from kit import hexid, slug
from parts import (archive_months, avatar, comment_items, cookie, count_comments, fix, html_open, links, menu, post_href,
                   sl, tag_links, words)


def _excl(p, sel):
    p.setdefault("exclude", [])
    if sel not in p["exclude"]:
        p["exclude"].append(sel)


def _footnotes(p, body):
    """[^n] in the text becomes a footnote anchor; p["footnotes"] are printed at the end of the body."""
    body = re.sub(r"\[\^(\d+)\]", lambda m: '<a class="footnote-anchor" id="footnote-anchor-%s" href="#footnote-%s">%s</a>' % ((m.group(1),) * 3), body)
    fns = "".join('<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-%d" href="#footnote-anchor-%d" class="footnote-number">%d</a><div class="footnote-content"><p>%s</p></div></div>'
                  % (i + 1, i + 1, i + 1, t) for i, t in enumerate(p.get("footnotes", [])))
    return body + ("\n" + fns if fns else "")


def wordpress(p):
    """A WordPress theme: entry-header with "Posted on … by …", div.entry-content (with Jetpack's share, like and
    related blocks inside it when p["jetpack"]), entry-footer with categories and tags, optional author box,
    post navigation, comments with replies, the "Leave a Reply" form, and sidebar widgets."""
    w = words(p)
    pid = int(slug(p["url"])) % 9000 + 100
    date = ('<span class="posted-on">%s <a href="%s" rel="bookmark"><time class="entry-date published" datetime="%s">%s</time></a></span>'
            % (w["posted_on"], p["url"], p["pub"], p["date"])) if p.get("date") else ""
    byl = p.get("wp_byline") or ('<span class="byline"> %s <span class="author vcard"><a class="url fn n" href="https://%s/author/%s/">%s</a></span></span>'
                                 % (w["by"], p["domain"], sl(p["byline_name"]), p["byline_name"]))
    body = p["body"]
    if p.get("jetpack"):
        body += ('\n<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">%s</h3><div class="sd-content"><ul>'
                 '<li class="share-facebook"><a href="#">Facebook</a></li><li class="share-x"><a href="#">X</a></li><li class="share-email"><a href="#">Email</a></li></ul></div></div></div>'
                 '<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">%s</h3><div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>%s</span></span></div></div>'
                 '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>%s</em></h3><div class="jp-relatedposts-items">%s</div></div>'
                 % (w["share_this"], w["like_this"], w["like_btn"], w["related"],
                    "".join('<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="%s">%s</a></h4></div>' % (post_href(p, t), t) for t in p.get("related", []))))
        _excl(p, "div.sharedaddy*")
        _excl(p, "div.jp-relatedposts")
    if p.get("guest_note"):
        body = '<p class="guest-post-note"><em>%s</em></p>\n' % p["guest_note"] + body
        _excl(p, "p.guest-post-note")
    cats = " ".join(["category-" + sl(c) for c in p.get("cats", [])] + ["tag-" + sl(t) for t in p.get("tags", [])])
    box = ""
    if p.get("bio"):
        box = ('<div class="author-info"><div class="author-avatar">%s</div><div class="author-description"><h2 class="author-title">%s</h2>'
               '<p class="author-bio">%s <a class="author-link" href="https://%s/author/%s/" rel="author">%s</a></p></div></div>\n'
               % (avatar(p, p["bio"][0], 85), p["bio"][0], p["bio"][1], p["domain"], sl(p["byline_name"]), p["bio"][2]))
    navp = ('<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">'
            '<div class="nav-previous"><a href="%s" rel="prev"><span class="meta-nav">%s</span> <span class="post-title">%s</span></a></div>'
            '<div class="nav-next"><a href="%s" rel="next"><span class="meta-nav">%s</span> <span class="post-title">%s</span></a></div></div></nav>\n'
            % (post_href(p, p["prev"]), w["prev"], p["prev"], post_href(p, p["next"]), w["next"], p["next"]))
    cs = p.get("comments", [])
    comments = ('<div id="comments" class="comments-area">%s<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">%s</h3>'
                '<form action="https://%s/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">%s</p>'
                '<p class="comment-form-comment"><label for="comment">%s *</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>'
                '<p class="comment-form-author"><label for="author">%s *</label><input id="author" name="author" type="text"></p>'
                '<p class="comment-form-email"><label for="email">%s *</label><input id="email" name="email" type="email"></p>'
                '<p class="comment-form-url"><label for="url">%s</label><input id="url" name="url" type="url"></p>'
                '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="%s"></p></form></div></div>\n'
                % (('<h2 class="comments-title">%s</h2><ol class="comment-list">%s</ol>' % ((w["thoughts1"] % p["h1"]) if count_comments(cs) == 1 else (w["thoughts"] % (count_comments(cs), p["h1"])), comment_items(p, cs, "wp"))) if cs else "",
                   w["leave_reply"], p["domain"], w["email_note"], w["comment"], w["name"], w["email"], w["website"], w["post_comment"]))
    side = ('<aside id="secondary" class="widget-area"><section class="widget widget_search"><form role="search" class="search-form" action="/"><label><span class="screen-reader-text">%s</span><input type="search" class="search-field" name="s"></label><input type="submit" class="search-submit" value="%s"></form></section>\n'
            '<section class="widget widget_recent_entries"><h2 class="widget-title">%s</h2><ul>%s</ul></section>\n'
            '<section class="widget widget_archive"><h2 class="widget-title">%s</h2><ul>%s</ul></section>\n'
            '<section class="widget widget_categories"><h2 class="widget-title">%s</h2><ul>%s</ul></section>\n'
            '<section class="widget widget_tag_cloud"><h2 class="widget-title">%s</h2><div class="tagcloud">%s</div></section>\n'
            '%s</aside>\n'
            % (w["search"], w["search"], w["recent"], links(p, p["recent"]), w["archives"],
               "".join('<li><a href="https://%s/%s/">%s</a></li>' % (p["domain"], m, m) for m in archive_months(p)),
               w["categories"], links(p, p.get("allcats", p.get("cats", [])), base="/category/"), w["tagcloud"],
               " ".join('<a href="/tag/%s/" class="tag-cloud-link" style="font-size: %dpt;">%s</a>' % (sl(t), 8 + (i * 5) % 14, t) for i, t in enumerate(p["cloud"])),
               ('<section class="widget widget_links"><h2 class="widget-title">%s</h2><ul class="xoxo blogroll">%s</ul></section>\n'
                % (w["blogroll"], "".join('<li><a href="https://%s/">%s</a></li>' % (sl(b) + ".example", b) for b in p["blogroll"]))) if p.get("blogroll") else ""))
    html = (html_open(p, "%s – %s", "post-template-default single single-post postid-%d single-format-standard" % pid) + cookie(p) +
            '<div id="page" class="site"><a class="skip-link screen-reader-text" href="#primary">Skip to content</a>\n'
            '<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">%s</a></p><p class="site-description">%s</p></div>\n%s</header>\n'
            % (p["site"], p.get("tagline", ""), menu(p, "main-navigation")) +
            '<div id="content" class="site-content"><div class="wrap"><main id="primary" class="site-main">\n'
            '<article id="post-%d" class="post-%d post type-post status-publish format-standard hentry %s">\n<header class="entry-header"><h1 class="entry-title">%s</h1>\n'
            '<div class="entry-meta">%s%s</div></header>\n' % (pid, pid, cats, p["h1"], date, byl) +
            ('<div class="post-thumbnail"><img src="https://%s/wp-content/uploads/2026/%s.jpg" class="wp-post-image" alt="" width="1200" height="800"></div>\n' % (p["domain"], slug(p["url"])) if p.get("thumb") else "") +
            '<div class="entry-content">\n%s\n</div>\n' % body +
            '<footer class="entry-footer"><span class="cat-links">%s %s</span> <span class="tags-links">%s %s</span></footer>\n</article>\n'
            % (w["posted_in"], tag_links(p.get("cats", []), "/category/", ", ", "category tag"), w["tagged"], tag_links(p.get("tags", []))) +
            box + navp + comments + '</main>\n' + side + '</div></div>\n'
            '<footer id="colophon" class="site-footer"><div class="site-info">%s <span class="sep"> | </span><a href="https://wordpress.example/">%s</a></div></footer>\n</div>\n</body>\n</html>\n'
            % (p["footer"], w["powered"]))
    return fix(html), ["div.entry-content"]


def blogger(p):
    """Blogger/Blogspot: date header over the post, h3.post-title, div.post-body, "Posted by X at 10:42 PM" and labels
    in the post footer, comments, the blog pager (Newer Post / Older Post / Home), and a sidebar with the profile,
    popular posts and the blog archive."""
    w = words(p)
    pid = "%d" % (int(hexid(p["url"], 8), 16) % 10 ** 9 * 7919 + 10 ** 18)
    cs = p.get("comments", [])
    arch = "".join('<li class="archivedate"><a class="post-count-link" href="#">%s</a> <span class="post-count">(%d)</span></li>' % (m, 9 - i) for i, m in enumerate(p["archive"]))
    html = (html_open(p, "%s: %s", "version-1-3-3 variant-simple") +
            '<div class="content"><div class="content-outer"><header><div class="header-outer"><div class="Header widget" id="Header1"><div><h1 class="title"><a href="https://%s/">%s</a></h1><p class="description"><span>%s</span></p></div></div></div></header>\n'
            % (p["domain"], p["site"], p.get("tagline", "")) +
            '<div class="tabs-outer"><div class="PageList widget">%s</div></div>\n' % menu(p, "tabs") +
            '<div class="main-outer"><div class="columns fauxcolumns"><div class="columns-inner"><div class="column-center-outer"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">\n'
            '<div class="date-outer"><h2 class="date-header"><span>%s</span></h2>\n<div class="date-posts"><div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope itemtype="http://schema.org/BlogPosting">\n'
            % p["date_header"] +
            '<a name="%s"></a><h3 class="post-title entry-title" itemprop="name">%s</h3>\n<div class="post-header"><div class="post-header-line-1"></div></div>\n' % (pid, p["h1"]) +
            '<div class="post-body entry-content" id="post-body-%s" itemprop="description articleBody">\n%s\n<div style="clear: both;"></div></div>\n' % (pid, p["body"]) +
            '<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">%s <span class="fn" itemprop="author" itemscope itemtype="http://schema.org/Person"><a class="g-profile" href="https://www.blogger.example/profile/%s" rel="author" title="author profile"><span itemprop="name">%s</span></a></span></span> '
            '<span class="post-timestamp">%s <meta itemprop="url" content="%s"><a class="timestamp-link" href="%s" rel="bookmark" title="permanent link"><abbr class="published" itemprop="datePublished" title="%s">%s</abbr></a></span> '
            '<span class="post-comment-link"><a class="comment-link" href="%s#comment-form">%s</a></span></div>\n'
            % (w["posted_by"], pid[:12], p["byline_name"], w["at"], p["url"], p["url"], p["pub"], p["time"], p["url"], w["ncomments"] % count_comments(cs)) +
            '<div class="post-footer-line post-footer-line-2"><span class="post-labels">%s %s</span></div>\n' % (w["labels"], tag_links(p["labels"], "/search/label/", ", ")) +
            '<div class="post-share-buttons goog-inline-block"><a class="share-button sb-email" href="#">Email This</a><a class="share-button sb-blog" href="#">BlogThis!</a><a class="share-button sb-facebook" href="#">%s Facebook</a></div></div>\n</div>\n' % w["share"] +
            '<div class="comments" id="comments"><a name="comments"></a><h4>%s</h4><div class="comments-content"><div class="comment-thread toplevel-thread"><ol>%s</ol></div></div>'
            '<p class="comment-footer"><a href="#" id="comment-editor-link">%s</a></p></div>\n</div></div></div>\n</div>\n' % (w["ncomments"] % count_comments(cs), comment_items(p, cs, "blogger"), w["post_a_comment"]) +
            '<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="%s" title="%s">%s</a></span> '
            '<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="%s" title="%s">%s</a></span> <a class="home-link" href="https://%s/">%s</a></div>\n'
            % (post_href(p, p["next"]), p["next"], w["newer"], post_href(p, p["prev"]), p["prev"], w["older"], p["domain"], w["home"]) +
            '<div class="post-feeds"><div class="feed-links">%s</div></div>\n</div></div></div>\n' % w["subscribe_to"] +
            '<div class="column-right-outer"><div class="sidebar section" id="sidebar-right-1">\n'
            '<div class="widget Profile" id="Profile1"><h2>%s</h2><div class="widget-content">%s<dl class="profile-datablock"><dt class="profile-data"><a class="profile-name-link g-profile" href="https://www.blogger.example/profile/%s">%s</a></dt><dd class="profile-textblock">%s</dd></dl>'
            '<a class="profile-link" href="https://www.blogger.example/profile/%s" rel="author">%s</a></div></div>\n'
            % (w["about_me"], avatar(p, p["profile"][0], 80, "profile-img"), pid[:12], p["profile"][0], p["profile"][1], pid[:12], w["view_profile"]) +
            '<div class="widget PopularPosts" id="PopularPosts1"><h2>%s</h2><div class="widget-content popular-posts"><ul>%s</ul></div></div>\n' % (w["popular"], links(p, p["recent"])) +
            '<div class="widget BlogArchive" id="BlogArchive1"><h2>%s</h2><div class="widget-content"><ul class="hierarchy"><li class="archivedate expanded"><a class="toggle" href="#">▼</a> <a class="post-count-link" href="#">2026</a> <span class="post-count">(%d)</span><ul class="hierarchy">%s</ul></li></ul></div></div>\n'
            % (w["blog_archive"], 40 - len(p["archive"]), arch) +
            '</div></div></div></div></div>\n<footer><div class="footer-outer"><div class="widget Attribution" id="Attribution1"><div class="widget-content">%s %s</div></div></div></footer>\n</div></div>\n</body>\n</html>\n'
            % (p["footer"], w["powered_blogger"]))
    return fix(html), ["div.post-body"]


def _sub_widget(p, text, cls="subscription-widget-wrap"):
    w = words(p)
    return ('<div class="%s"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">%s</p></div>'
            '<form class="subscription-widget-subscribe" action="/api/v1/free" method="post"><input type="email" class="email-input" name="email" placeholder="%s"><input type="submit" class="button primary" value="%s"></form></div></div>'
            % (cls, text, w["type_email"], w["subscribe"]))


def _ufi(p, w, cls):
    return ('<div class="post-ufi %s"><a class="post-ufi-button like-button" href="#" aria-label="Like (%s)"><span class="label">%s</span></a>'
            '<a class="post-ufi-button post-ufi-comment-button" href="%s/comments"><span class="label">%d</span></a>'
            '<a class="post-ufi-button restack-button" href="#"><span class="label">%s</span></a><a class="post-ufi-button share-button" href="#"><span class="label">%s</span></a></div>'
            % (cls, p["likes"], p["likes"], p["url"], count_comments(p.get("comments", [])), p.get("restacks", "3"), w["share"]))


def newsletter(p):
    """A Substack/Ghost-like newsletter post: navbar with a subscribe button, title, subtitle, author avatar and name,
    date (possibly relative, with <time datetime>), like/comment/restack/share counters, the body in div.body with
    a subscription widget inside it ([[SUBSCRIBE]]) and footnotes at its end, a subscribe box after it, the
    discussion and a "Ready for more?" box."""
    w = words(p)
    body = _footnotes(p, p["body"])
    if "[[SUBSCRIBE]]" in body:
        body = body.replace("[[SUBSCRIBE]]", _sub_widget(p, p["sub_inline"]))
        _excl(p, "div.subscription-widget-wrap")
    html = (html_open(p, "%s - %s", "themed-page") +
            '<div id="entry"><div id="main" class="main typography"><div class="main-menu"><div class="topbar-content"><a class="navbar-logo" href="/">%s</a>'
            '<div class="navbar-buttons"><a class="button subscribe-btn" href="/subscribe">%s</a> <a class="sign-in-link" href="/account/login">Sign in</a></div></div>%s</div>\n'
            % (p["site"], w["subscribe"], menu(p, "pub-nav")) +
            '<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">\n'
            '<div class="post-header" role="region"><h1 class="post-title published">%s</h1>\n%s' % (p["h1"], '<h3 class="subtitle">%s</h3>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="post-meta"><div class="profile-hover-card-target">%s</div><div class="meta-author-wrap"><div class="byline-names"><a class="pencraft" href="https://%s/profile/%s">%s</a></div>'
            '<div class="post-date"><time datetime="%s">%s</time></div></div></div>\n' % (avatar(p, p["byline_name"], 36), p["domain"], sl(p["byline_name"]), p["byline_name"], p["pub"], p["date"]) +
            _ufi(p, w, "post-ufi-top") + '</div>\n' +
            '<div class="available-content"><div dir="auto" class="body markup">\n%s\n</div></div>\n' % body +
            _sub_widget(p, p["sub_end"], "subscribe-widget-end") + "\n" + _ufi(p, w, "post-ufi-end") + '\n</article>\n' +
            '<div class="comments-section" id="discussion"><h4 class="comments-heading">%s</h4><div class="comments-page">%s</div></div>\n' % (w["discussion"], comment_items(p, p.get("comments", []), "flat")) +
            '<div class="post-footer-ready"><h2>%s</h2>%s</div>\n' % (w["ready"], _sub_widget(p, p["site"], "ready-form")) +
            '</div></div></div>\n<div class="footer-wrap"><footer class="footer"><div class="footer-copyright">%s</div>'
            '<div class="footer-links"><a href="/privacy">%s</a> ∙ <a href="/tos">%s</a> ∙ <a href="/start">%s</a> ∙ <a href="/app">%s</a></div></footer></div>\n</div></div>\n</body>\n</html>\n'
            % (p["footer"], w["privacy"], w["terms"], w["start_writing"], w["get_app"]))
    return fix(html), ["div.body"]


def medium(p):
    """A Medium-like story: metabar, title and the author/claps block inside the story's body element
    (div.speechify-ignore, excluded), paragraphs, then tags, claps, "Written by" card, responses, "More from"
    and recommended stories."""
    w = words(p)
    handle = p.get("handle", sl(p["byline_name"]))
    ncs = count_comments(p.get("comments", []))
    _excl(p, "div.speechify-ignore")
    cards = lambda items: "".join('<div class="pw-card"><a href="https://%s/@%s/%s-%s"><h2>%s</h2></a><span class="pw-card-meta">%s</span></div>'
                                  % (p["domain"], handle, sl(t), hexid(t, 12), t, m) for t, m in items)
    html = (html_open(p, "%s | by " + p["byline_name"] + " | %s", "", '<meta name="referrer" content="unsafe-url">') +
            '<div id="root"><div class="metabar"><a href="https://%s/" aria-label="Homepage" class="logo">%s</a> <a href="/new-story">Write</a> <a href="/m/signin">Sign in</a></div>\n'
            % (p["domain"], p["site"]) +
            '<main><article class="meteredContent"><div class="pw-post-body">\n<h1 class="pw-post-title" data-testid="storyTitle">%s</h1>\n' % p["h1"] +
            ('<h2 class="pw-subtitle-paragraph">%s</h2>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="speechify-ignore"><div class="pw-author"><a href="/@%s">%s</a> <a data-testid="authorName" href="/@%s">%s</a> · <button class="follow">%s</button></div>'
            '<div class="pw-published"><span data-testid="storyReadTime">%d %s</span> · <span data-testid="storyPublishDate">%s</span></div>'
            '<div class="pw-multi-vote"><button data-testid="headerClapButton" aria-label="clap">%s</button> <button aria-label="responses">%d</button> <button>%s</button> <button>%s</button></div></div>\n'
            % (handle, avatar(p, p["byline_name"], 44), handle, p["byline_name"], w["follow"], p["read"], w["min_read"], p["date"], p["claps"], ncs, w["listen"], w["share"]) +
            '%s\n</div></article>\n' % p["body"] +
            '<div class="pw-tags">%s</div>\n' % " ".join('<a href="/tag/%s">%s</a>' % (sl(t), t) for t in p["tags"]) +
            '<div class="pw-footer-ufi"><button aria-label="clap">%s</button> <button aria-label="responses">%d</button></div>\n' % (p["claps"], ncs) +
            '<div class="pw-author-card">%s<h2>%s</h2><p class="pw-followers">%s</p><p class="pw-bio">%s</p><button class="follow">%s</button></div>\n'
            % (avatar(p, p["byline_name"], 72), w["written_by"] % p["byline_name"], w["followers"] % p["followers"], p["bio"], w["follow"]) +
            '<div class="pw-responses"><h2>%s</h2>%s</div>\n' % (w["responses"] % ncs, comment_items(p, p.get("comments", []), "flat")) +
            '<div class="pw-more-from"><h2>%s</h2>%s</div>\n' % (w["more_from"] % p["byline_name"], cards(p["more"])) +
            '<div class="pw-recommended"><h2>%s</h2>%s</div>\n</main>\n' % (w["recommended"], cards(p["recommended"])) +
            '<footer class="pw-footer"><a href="/help">Help</a> <a href="/status">Status</a> <a href="/about">About</a> <a href="/careers">Careers</a> <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>\n</div>\n</body>\n</html>\n')
    return fix(html), ["div.pw-post-body"]


_HUGO_HEAD = ('<link rel="alternate" type="application/rss+xml" href="/index.xml">\n<link rel="icon" href="/favicon.ico">\n'
              '<link rel="apple-touch-icon" href="/apple-touch-icon.png">\n<link rel="stylesheet" href="/css/main.min.css">\n'
              '<script>(function(){var t=localStorage.getItem("pref-theme");if(t==="dark"||(!t&&window.matchMedia("(prefers-color-scheme: dark)").matches))'
              '{document.documentElement.classList.add("dark")}document.addEventListener("DOMContentLoaded",function(){var b=document.getElementById("theme-toggle");'
              'if(b){b.addEventListener("click",function(){var d=document.documentElement.classList.toggle("dark");localStorage.setItem("pref-theme",d?"dark":"light")})}})})();</script>')


def hugo(p):
    """A Hugo static site with a minimal theme: the whole post is one <article> (header with <time>, optional table
    of contents, the text without a wrapper class of its own, and a footer with the "Tags:" line and previous/next
    links); page footer "Built with Hugo"."""
    w = words(p)
    _excl(p, "header")
    meta = []
    if p.get("date"):
        meta.append('<time datetime="%s">%s</time>' % (p["pub"][:10], p["date"]))
    if p.get("read"):
        meta.append(p["read"])
    if p.get("byline_name"):
        meta.append('<span class="author">%s</span>' % p["byline_name"])
    toc = ""
    if p.get("toc"):
        toc = '<details class="toc" open><summary>%s</summary><ul>%s</ul></details>\n' % (w["on_this_page"], "".join('<li><a href="#%s">%s</a></li>' % (sl(t), t) for t in p["toc"]))
        _excl(p, "details.toc")
    foot = ""
    if p.get("tags") or p.get("prev"):
        _excl(p, "footer")
        foot = '<footer class="post-footer">%s%s</footer>\n' % (
            '<p class="tags">%s %s</p>' % (w["tags_line"], tag_links(p["tags"], "/tags/", ", ")) if p.get("tags") else "",
            '<nav class="paginav"><a class="prev" href="%s"><span class="title">%s</span> %s</a> <a class="next" href="%s"><span class="title">%s</span> %s</a></nav>'
            % (post_href(p, p["prev"]), w["prev_h"], p["prev"], post_href(p, p["next"]), w["next_h"], p["next"]) if p.get("prev") else "")
    html = (html_open(p, "%s | %s", "", _HUGO_HEAD) +
            '<header class="site"><a class="site-title" href="/">%s</a> %s<button id="theme-toggle" aria-label="Toggle theme">◐</button></header>\n<main>\n<article>\n' % (p["site"], menu(p, "site-nav")) +
            '<header><h1>%s</h1>\n%s</header>\n' % (p["h1"], '<p class="meta">%s</p>\n' % " · ".join(meta) if meta else "") + toc +
            '%s\n' % p["body"] + foot + '</article>\n' +
            ('<section class="recent-posts"><h2>%s</h2><ul>%s</ul></section>\n' % (w["recent_h"], links(p, p["recent"])) if p.get("recent") else "") +
            '<p class="reply-by-email">%s</p>\n</main>\n' % (w["reply_email"] % p["domain"]) +
            '<footer class="site-footer"><p>%s · <a href="/index.xml">RSS</a> · %s</p></footer>\n</body>\n</html>\n' % (p["footer"], w["built"]))
    return fix(html), ["article"]


def company(p):
    """A company/engineering blog: product navigation, hero with eyebrow, title, dek, date and reading time, author
    cards with roles in a sidebar, the text in div.rich-text (with an inline product CTA), related-post cards,
    a newsletter CTA, a careers banner and a large footer."""
    w = words(p)
    if "[[CTA]]" in p["body"]:
        _excl(p, "div.inline-cta")
    body = p["body"].replace("[[CTA]]", '<div class="inline-cta"><p>%s</p><a class="btn" href="/signup">%s</a></div>' % (p.get("cta", ""), w["signup"]))
    authors = "".join('<div class="author-card">%s<div><span class="author-card__name">%s</span>%s</div></div>'
                      % (avatar(p, n, 56), n, '<span class="author-card__role">%s</span>' % r if r else "") for n, r in p["cards"])
    html = (html_open(p, "%s | %s", "blog-post") + cookie(p, "cookie-banner") +
            '<header class="site-nav"><a class="brand" href="/">%s</a>%s<a class="btn btn--primary" href="/signup">%s</a></header>\n' % (p["company"], menu(p, "site-nav__links"), p["cta_btn"]) +
            '<main><section class="hero hero--blog"><div class="hero__inner"><a class="eyebrow" href="/blog/%s/">%s</a><h1 class="hero__title">%s</h1><p class="hero__dek">%s</p>'
            '<div class="hero__meta"><time datetime="%s">%s</time> · %s</div></div><img class="hero__image" src="https://%s/blog/%s-hero.png" alt="" width="1600" height="840"></section>\n'
            % (sl(p["eyebrow"]), p["eyebrow"], p["h1"], p["deck"], p["pub"], p["date"], p["read"], p["domain"], slug(p["url"])) +
            '<div class="post-layout"><aside class="post-sidebar">%s<div class="share"><span>%s</span> <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">Hacker News</a></div></aside>\n'
            % (authors, w["share"]) +
            '<article class="post"><a class="back-link" href="/blog/">%s</a><div class="rich-text">\n%s\n</div></article></div>\n' % (w["back"], body) +
            '<section class="related-posts"><h2>%s</h2><div class="cards">%s</div></section>\n' % (w["related_posts"], "".join(
                '<a class="card" href="%s"><span class="card__tag">%s</span><h3>%s</h3><p>%s</p></a>' % (post_href(p, t), p["eyebrow"], t, e) for t, e in p["related"])) +
            '<section class="newsletter-cta"><h2>%s</h2><p>%s</p><form action="/newsletter"><input type="email" name="email"><button>%s</button></form></section>\n' % (p["nl"][0], p["nl"][1], w["subscribe"]) +
            '<section class="careers-banner"><h2>%s</h2><p>%s</p><a href="/careers">%s</a></section>\n</main>\n' % (w["hiring"], p["careers"], w["open_roles"]) +
            '<footer class="site-footer"><div class="footer-cols">%s</div><p>%s</p></footer>\n</body>\n</html>\n' % (
                "".join('<ul>%s</ul>' % links(p, col, base="/") for col in p["footer_cols"]), p["footer"]))
    return fix(html), ["div.rich-text"]


def hatena(p):
    """A Hatena-like Japanese blog: blog title, entry header with the date split into spans, categories, the text in
    div.entry-content, an entry footer with the author id, time, bookmark/share buttons, related entries and
    comments, a pager, and sidebar modules (profile, recent entries, archive, search)."""
    w = words(p)
    y, m, d = p["pub"][:4], p["pub"][5:7], p["pub"][8:10]
    html = (html_open(p, "%s - %s", "page-entry enable-top-editarea") +
            '<div id="globalheader-container"><div id="globalheader"><a href="/" class="service-logo">Hakobune Blog</a> <a href="/login">ログイン</a></div></div>\n'
            '<div id="container"><div id="container-inner"><header id="blog-title"><div id="blog-title-inner"><h1 id="title"><a href="https://%s/">%s</a></h1><h2 id="blog-description">%s</h2></div></header>\n'
            % (p["domain"], p["site"], p.get("tagline", "")) +
            '<div id="content"><div id="content-inner"><div id="wrapper"><div id="main"><div id="main-inner">\n'
            '<article class="entry hentry"><div class="entry-inner"><header class="entry-header"><div class="date entry-date first"><a href="https://%s/archive/%s/%s/%s" rel="nofollow"><time datetime="%s" title="%s">'
            '<span class="date-year">%s</span><span class="hyphen">-</span><span class="date-month">%s</span><span class="hyphen">-</span><span class="date-day">%s</span></time></a></div>\n'
            % (p["domain"], y, m, d, p["pub"], p["pub"], y, m, d) +
            '<h1 class="entry-title"><a href="%s" class="entry-title-link bookmark">%s</a></h1>\n<div class="entry-categories categories">%s</div></header>\n'
            % (p["url"], p["h1"], " ".join('<a href="/archive/category/%s" class="entry-category-link">%s</a>' % (slug(c), c) for c in p["cats"])) +
            '<div class="entry-content hatenablog-entry">\n%s\n</div>\n' % p["body"] +
            '<footer class="entry-footer"><p class="entry-footer-section track-inview-by-gtm"><span class="author vcard"><span class="fn">%s</span></span> <span class="entry-footer-time"><a href="%s"><time datetime="%s">%s</time></a></span></p>\n'
            % (p["byline_name"], p["url"], p["pub"], p["time"]) +
            '<div class="social-buttons"><a class="bookmark-button">%s</a> <a>X</a> <a>Facebook</a> <span>%s</span></div>\n' % (w["bookmark"], w["share"]) +
            '<div class="related-entries"><div class="related-entries-title">%s</div><ul>%s</ul></div>\n' % (w["related"], links(p, p["related"])) +
            '<div class="comment-box"><ul class="comment">%s</ul><a class="leave-comment-title">%s</a></div></footer></div></article>\n' % (comment_items(p, p.get("comments", []), "flat"), w["write_comment"]) +
            '<div class="pager pager-permalink permalink"><span class="pager-prev"><a href="%s" rel="prev">« %s</a></span> <span class="pager-next"><a href="%s" rel="next">%s »</a></span></div>\n'
            % (post_href(p, p["next"]), p["next"], post_href(p, p["prev"]), p["prev"]) +
            '</div></div></div>\n<aside id="box2"><div class="hatena-module hatena-module-profile"><div class="hatena-module-title">%s</div><div class="hatena-module-body">%s<a class="profile-id" href="/about">%s</a><p class="profile-description">%s</p><a class="hatena-follow-button">%s</a></div></div>\n'
            % (w["profile"], avatar(p, p["byline_name"], 64), p["byline_name"], p["profile"], w["reader"]) +
            '<div class="hatena-module hatena-module-recent-entries"><div class="hatena-module-title">%s</div><ul>%s</ul></div>\n' % (w["recent"], links(p, p["recent"])) +
            '<div class="hatena-module hatena-module-archive"><div class="hatena-module-title">%s</div><ul>%s</ul></div>\n' % (w["archives"], "".join('<li><a href="#">%s</a></li>' % a for a in p["archive"])) +
            '<div class="hatena-module hatena-module-search-box"><div class="hatena-module-title">%s</div><form><input type="text" name="q"></form></div></aside>\n' % w["search"] +
            '</div></div></div></div>\n<footer id="footer"><p>%s</p><p>Powered by Hakobune Blog</p></footer>\n</body>\n</html>\n' % p["footer"])
    return fix(html), ["div.entry-content"]


def journal(p):
    """A LiveJournal-like journal: platform bar, journal header, the entry with the user's handle and date, the text in
    div.aentry-post__text, tags and actions, previous/next entries, threaded comments and a sidebar with the
    journal's profile and recent entries."""
    w = words(p)
    html = (html_open(p, "%s: %s", "s-schemius p-journal") +
            '<div class="s-header"><a class="s-logo" href="https://www.%s/">Dnevnik</a> <a href="/login">%s</a></div>\n' % (p["domain"].split(".", 1)[1], w["subscribe"]) +
            '<div class="b-journal-header"><a class="j-journal-name" href="https://%s/">%s</a> <span class="j-user-handle">%s</span></div>\n' % (p["domain"], p["site"], p["byline_name"]) +
            '<div class="j-main"><div class="j-content">\n<article class="aentry"><header class="aentry-head"><h1 class="aentry-post__title">%s</h1>\n' % p["h1"] +
            '<div class="aentry-head__info"><span class="ljuser"><a href="https://%s/profile">%s</a></span> <time class="aentry-head__date" datetime="%s">%s</time></div></header>\n'
            % (p["domain"], p["byline_name"], p["pub"], p["date"]) +
            '<div class="aentry-post__text aentry-post__text--view">\n%s\n</div>\n' % p["body"] +
            '<footer class="aentry-footer"><div class="aentry-tags">%s %s</div><div class="aentry-actions"><a href="#">%s</a> <a href="#comments">%s: %d</a></div></footer>\n</article>\n'
            % (w["tags_line"], tag_links(p["tags"], "/tag/", ", "), w["share"], w["comments"], count_comments(p.get("comments", []))) +
            '<nav class="aentry-nav"><a class="aentry-nav__prev" href="%s">%s: %s</a> <a class="aentry-nav__next" href="%s">%s: %s</a></nav>\n'
            % (post_href(p, p["prev"]), w["prev_h"], p["prev"], post_href(p, p["next"]), w["next_h"], p["next"]) +
            '<section class="aentry-comments" id="comments"><h2>%s</h2>%s<a class="b-addcomment" href="#">%s</a></section>\n</div>\n' % (w["comments"], comment_items(p, p.get("comments", []), "flat"), w["add_comment"]) +
            '<aside class="j-sidebar"><div class="j-profile"><h3>%s</h3>%s<p>%s</p><p>%s %s</p></div><div class="j-recent"><h3>%s</h3><ul>%s</ul></div></aside></div>\n'
            % (w["profile"], avatar(p, p["byline_name"], 100), p["profile"], p["entries"], w["entries"], w["recent"], links(p, p["recent"])) +
            '<footer class="s-footer"><p>%s</p><p>%s</p></footer>\n</body>\n</html>\n' % (p["footer"], w["powered"]))
    return fix(html), ["div.aentry-post__text"]
