"""Skeletons of blog and newsletter platforms: a WordPress blog (`wpblog`), a Blogger blog
(`blogger`), a Substack-like newsletter (`substack`), a Ghost site (`ghost`), a beehiiv-like
newsletter's web edition (`beehiiv`) and a Medium-like platform (`medium`). Each returns (html, body
selectors); the furniture a page puts inside the body ([[…]] inserts) goes to p["exclude"]."""
from kit import attr, hexid, plain, slug
from common import (finish, comments_block, cookie, excl, html_open, img, lis, link, post_url, prep, ranked, render_body, reply_form, share_bar,
                    sl, tag_links, teasers)


def _sidebar_wp(p):
    w = []
    w.append('<section class="widget widget_search"><form role="search" action="/"><label>Search for:<input type="search" name="s"></label>'
             '<button>Search</button></form></section>')
    if p.get("follow"):
        w.append('<section class="widget widget_blog_subscription"><h2 class="widget-title">Follow Blog via Email</h2><p>%s</p>'
                 '<input type="email" placeholder="Email Address"><button>Follow</button><p>Join %s other subscribers</p></section>'
                 % (p["follow"], p.get("followers", "1,204")))
    w.append('<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>%s</ul></section>' % teasers(p, p.get("recent", [])))
    if p.get("recent_comments"):
        w.append('<section class="widget widget_recent_comments"><h2 class="widget-title">Recent Comments</h2><ul>%s</ul></section>'
                 % "".join('<li class="recentcomments">%s</li>' % c for c in p["recent_comments"]))
    w.append('<section class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>%s</ul></section>'
             % "".join('<li><a href="/%s/">%s</a></li>' % (slug(m), m) for m in p.get("archives", ["March 2026", "February 2026", "January 2026", "December 2025"])))
    w.append('<section class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>%s</ul></section>' % lis(p.get("categories", []), "/category"))
    if p.get("cloud"):
        w.append('<section class="widget widget_tag_cloud"><h2 class="widget-title">Tags</h2><div class="tagcloud">%s</div></section>' % tag_links(p["cloud"]))
    if p.get("blogroll"):
        w.append('<section class="widget widget_links"><h2 class="widget-title">Blogroll</h2><ul>%s</ul></section>'
                 % "".join('<li><a href="https://%s.example/">%s</a></li>' % (sl(b), b) for b in p["blogroll"]))
    return '<aside id="secondary" class="widget-area" role="complementary">%s</aside>\n' % "\n".join(w)


# ------------------------------------------------------------------------------------------ WordPress
def wpblog(p):
    """A WordPress blog (single post, a default-style theme): site title and tagline, primary menu,
    optional breadcrumb and category links, h1.entry-title, "Posted on … by …", div.entry-content,
    Jetpack-style "Share this:", "Like this:" and related posts, "Posted in / Tagged" footer, author
    box, Previous/Next post, "N thoughts on …" comments and the reply form, a widget sidebar."""
    prep(p)
    body = render_body(p, '<div class="entry-content">', "</div>")
    crumbs = ('<nav class="breadcrumbs" aria-label="Breadcrumb">%s</nav>\n' % " » ".join(
        ['<a href="/">Home</a>'] + [link(c, "/category") for c in p["crumbs"]] + ['<span class="breadcrumb_last">%s</span>' % p["h1"]])
        if p.get("crumbs") else "")
    cats = ('<span class="cat-links">%s</span>\n' % tag_links(p.get("cats", []), "/category", "category tag", ", ")) if p.get("cats_top") else ""
    ncom = len(p.get("comments", []))
    comments = ""
    if p.get("comments"):
        comments = comments_block(p, "%d thoughts on “%s”" % (ncom, p["h1"]), "comment-list-wrap", like="Like")
    comments = '<div id="comments" class="comments-area">%s%s</div>\n' % (comments, reply_form())
    rel = "".join('<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="%s">%s</a></h4>'
                  '<p class="jp-relatedposts-post-date">%s</p><p class="jp-relatedposts-post-context">In "%s"</p></div>'
                  % (post_url(p, t, ""), t, d, c) for t, d, c in p.get("related", []))
    bio = ('<div class="author-info"><img src="https://secure.gravatar.example/avatar/%s?s=80" alt="" class="avatar"><h2 class="author-title">%s</h2>'
           '<p class="author-bio">%s</p><a class="author-link" href="/author/%s/" rel="author">View all posts by %s</a></div>\n'
           % (hexid(p["site"], 8), p.get("bio_title", "About the author"), p["bio"], sl(p["bio_name"]), p["bio_name"]) if p.get("bio") else "")
    prev, nxt = p.get("prev", ""), p.get("next", "")
    navp = ('<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">'
            '<div class="nav-previous"><a href="%s" rel="prev"><span class="meta-nav">Previous Post</span> <span class="post-title">%s</span></a></div>'
            '<div class="nav-next"><a href="%s" rel="next"><span class="meta-nav">Next Post</span> <span class="post-title">%s</span></a></div></div></nav>\n'
            % (post_url(p, prev, ""), prev, post_url(p, nxt, ""), nxt))
    html = (html_open(p, "%s – %s", "post-template-default single single-post postid-%s single-format-standard" % hexid(p["url"], 4)) +
            cookie(p, ok="Accept", no="Decline", more="Privacy Policy", cls="cmplz-cookiebanner") +
            '<div id="page" class="site"><a class="skip-link screen-reader-text" href="#primary">Skip to content</a>\n'
            '<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">%s</a></p>'
            '<p class="site-description">%s</p></div>\n<nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-expanded="false">Menu</button>'
            '<ul id="primary-menu" class="menu">%s</ul></nav></header>\n' % (p["site"], p.get("tagline", ""), lis(p["nav"], "", "menu-item")) +
            '<div id="content" class="site-content"><main id="primary" class="site-main">\n'
            '<article id="post-%s" class="post type-post status-publish format-standard has-post-thumbnail hentry">\n<header class="entry-header">\n'
            % hexid(p["url"], 4) + crumbs + cats +
            '<h1 class="entry-title">%s</h1>\n<div class="entry-meta"><span class="posted-on">Posted on <a href="%s" rel="bookmark"><time class="entry-date published" datetime="%s">%s</time></a></span>'
            '<span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/%s/">%s</a></span></span> <span class="comments-link"><a href="#comments">%s</a></span></div>\n</header>\n'
            % (p["h1"], p["url"], p.get("time_attr", p["pub"]), p["date"], sl(p["bio_name"]), p["bio_name"],
               "%d Comments" % ncom if ncom else "Leave a comment") +
            ('<div class="post-thumbnail">%s</div>\n' % img(p, p["url"], 1200, 800, "attachment-post-thumbnail wp-post-image") if p.get("thumb", True) else "") +
            body + "\n" +
            '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3>%s</div>\n'
            % share_bar(["Share on X (Opens in new window)", "Share on Facebook (Opens in new window)", "Email a link to a friend", "Print"], "sd-content", "") +
            '<div class="sharedaddy sd-block sd-like"><h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder"><span class="button"><span>Like</span></span> '
            '<span class="loading">Loading…</span></div></div>\n' +
            ('<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>%s</div>\n' % rel if rel else "") +
            '<footer class="entry-footer"><span class="cat-links">Posted in %s</span> <span class="tags-links">Tagged %s</span></footer>\n</article>\n'
            % (tag_links(p.get("cats", []), "/category", "category tag", ", "), tag_links(p.get("tags", []), "/tag", "tag", ", ")) +
            bio + navp + comments + '</main>\n' + _sidebar_wp(p) + '</div>\n' +
            '<footer id="colophon" class="site-footer"><div class="footer-widgets">%s</div><div class="site-info">%s <span class="sep"> | </span>'
            '<a href="https://wordpress.example/">Proudly powered by WordPress</a> <span class="sep"> | </span> Theme: %s.</div></footer>\n</div>\n</body>\n</html>\n'
            % (p.get("footer_extra", ""), p["footer"], p.get("theme", "Lectern by Quire Themes")))
    return finish(p, html), ["div.entry-content"]


# ------------------------------------------------------------------------------------------ Blogger
def blogger(p):
    """A Blogger blog (classic "Simple"-like theme): the navbar, the blog's name as the page's only <h1>,
    a date header above the post, the post title in h3.post-title, div.post-body, the post footer
    ("Posted by … at …", share links, "Labels:"), "N comments:" and "Post a Comment", "Newer Post / Older
    Post / Home", "Subscribe to: Post Comments (Atom)", a sidebar with the profile, popular posts, the
    blog archive and labels."""
    prep(p)
    body = render_body(p, '<div class="post-body entry-content float-container" id="post-body-%s" itemprop="description articleBody">' % hexid(p["url"], 8),
                       "</div>", ins={"PHOTO": "td.tr-caption", "REL": "div.also-read"}, h="h3")
    # Blogger's captions sit in a table
    body = body.replace('<figure class="wp-block-image">', '<table class="tr-caption-container" align="center"><tbody><tr><td>').replace(
        '<td class="tr-caption">', '</td></tr><tr><td class="tr-caption">').replace("</td></figure>", "</td></tr></tbody></table>")
    ncom = len(p.get("comments", []))
    cm = "".join('<li class="comment"><div class="comment-block"><div class="comment-header"><cite class="user">%s</cite><span class="datetime secondary-text">'
                 '<a rel="nofollow" href="#c%s">%s</a></span></div><p class="comment-content">%s</p><span class="comment-actions secondary-text">'
                 '<a class="comment-reply" href="#r">Reply</a><a href="#d">Delete</a></span></div></li>' % (u, hexid(x, 8), t, x) for u, t, x, _ in p.get("comments", []))
    arch = "".join('<li class="archivedate"><a class="toggle" href="#">%s</a> <a class="post-count-link" href="/%s/">%s</a> <span class="post-count">(%d)</span></li>'
                   % ("▼" if i == 0 else "►", slug(m), m, c) for i, (m, c) in enumerate(p.get("archive", [])))
    html = (html_open(p, "%s: %s", "version-1-3-3 variant-indie_light", '<link rel="alternate" type="application/atom+xml" title="%s - Atom" href="https://%s/feeds/posts/default">\n'
                      % (attr(p["site"]), p["domain"])) +
            cookie(p, ok="Got it!", no="", more="Learn more", cls="cookieChoiceInfo").replace('<button class="reject"></button> ', "") +
            '<div class="navbar section" id="navbar"><div class="widget Navbar"><a href="https://www.blogger.example/">Blogger</a> <form class="navbar-search">'
            '<input placeholder="Search this blog"></form> <a href="#more">More</a> <a href="https://www.blogger.example/create">Create Blog</a> '
            '<a href="https://www.blogger.example/signin">Sign In</a></div></div>\n'
            '<div class="outer-wrapper"><header class="header-outer"><div class="header-inner"><div class="Header widget" id="Header1">'
            '<h1 class="title"><a href="https://%s/">%s</a></h1><p class="description">%s</p></div></div></header>\n' % (p["domain"], p["site"], p["tagline"]) +
            '<div class="tabs-outer"><div class="PageList widget"><ul>%s</ul></div></div>\n' % lis(p["nav"], "/p") +
            '<div class="main-outer"><div class="main-inner"><div class="column-center-outer"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">\n'
            '<div class="date-outer"><h2 class="date-header"><span>%s</span></h2><div class="date-posts"><div class="post-outer">\n'
            '<div class="post hentry uncustomized-post-template" itemscope itemtype="http://schema.org/BlogPosting"><a name="%s"></a>\n'
            '<h3 class="post-title entry-title" itemprop="name">%s</h3>\n<div class="post-header"><div class="post-header-line-1"></div></div>\n'
            % (p["date"], hexid(p["url"], 8), p["h1"]) + body + "\n" +
            '<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn" itemprop="author">'
            '<a class="g-profile" href="https://www.blogger.example/profile/%s" rel="author">%s</a></span></span> <span class="post-timestamp">at '
            '<a class="timestamp-link" href="%s" rel="bookmark"><abbr class="published" title="%s">%s</abbr></a></span> <span class="post-comment-link">'
            '<a class="comment-link" href="%s#comment-form">%s</a></span></div>\n'
            % (hexid(p["bio_name"], 8), p["bio_name"], p["url"], p.get("time_attr", p["pub"]), p["time"], p["url"], "%d comments:" % ncom if ncom else "No comments:") +
            '<div class="post-share-buttons goog-inline-block">%s</div>\n' % share_bar(["Email This", "BlogThis!", "Share to X", "Share to Facebook", "Share to Pinterest"], "share-buttons", "") +
            '<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: %s</span></div></div>\n</div>\n'
            % tag_links(p.get("labels", []), "/search/label", "tag", ", ") +
            '<div class="comments" id="comments"><h4>%s</h4><div class="comments-content"><ol>%s</ol></div>'
            '<p class="comment-footer"><a href="#comment-form">Post a Comment</a></p><div id="comment-form"><p>%s</p></div></div>\n</div></div></div></div>\n'
            % ("%d comments:" % ncom if ncom else "No comments:", cm, p.get("comment_msg", "Thanks for stopping by! Comments are moderated.")) +
            '<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="/newer">Newer Post</a></span> '
            '<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="/older">Older Post</a></span> <a class="home-link" href="/">Home</a></div>\n'
            '<div class="post-feeds"><div class="feed-links">Subscribe to: <a class="feed-link" href="%s/feeds/comments/default">Post Comments (Atom)</a></div></div>\n'
            '</div></div></div></div>\n' % p["url"] +
            '<aside class="column-right-outer"><div class="sidebar section" id="sidebar-right-1">'
            '<div class="widget Profile"><h2>About Me</h2><img src="https://blogger.googleusercontent.example/%s.jpg" alt="" width="80" height="80"><dl class="profile-datablock">'
            '<dt class="profile-data"><a class="profile-name-link" href="https://www.blogger.example/profile/%s">%s</a></dt><dd class="profile-textblock">%s</dd></dl>'
            '<a class="profile-link" href="https://www.blogger.example/profile/%s">View my complete profile</a></div>\n'
            % (hexid(p["bio_name"], 8), hexid(p["bio_name"], 8), p["bio_name"], p["bio"], hexid(p["bio_name"], 8)) +
            '<div class="widget FollowByEmail"><h2 class="title">Follow by Email</h2><form><input placeholder="Email address..." type="text"><input type="submit" value="Submit"></form></div>\n'
            '<div class="widget PopularPosts"><h2>Popular Posts</h2><ul>%s</ul></div>\n' % teasers(p, p.get("popular", []), "20" + p["pub"][2:4] + "/02") +
            '<div class="widget BlogArchive"><h2>Blog Archive</h2><ul class="hierarchy">%s</ul></div>\n' % arch +
            '<div class="widget Label"><h2>Labels</h2><ul>%s</ul></div>\n' % lis(p.get("all_labels", []), "/search/label") +
            ('<div class="widget BlogList"><h2 class="title">My Blog List</h2><ul>%s</ul></div>\n' % "".join(
                '<li><div class="blog-title"><a href="https://%s.example/">%s</a></div><div class="item-title"><a href="#">%s</a></div><div class="item-time">%s</div></li>'
                % (sl(b), b, t, a) for b, t, a in p["bloglist"]) if p.get("bloglist") else "") +
            '</div></aside></div>\n'
            '<footer class="footer-outer"><div class="widget Attribution"><div class="copyright">%s</div><div class="blogger">Powered by <a href="https://www.blogger.example">Blogger</a>.</div></div></footer>\n'
            '</div>\n</body>\n</html>\n' % p["footer"])
    return finish(p, html), ["div.post-body"]


# ------------------------------------------------------------------------------------------ Substack-like newsletter
def substack(p):
    """A Substack-like newsletter post: top bar with Subscribe / Sign in, h1.post-title, h3.subtitle,
    the author and "Mar 5, 2026", like / comment / restack counts, div.body.markup with subscription
    widgets, "This post is public so feel free to share it.", footnotes, captions; the footer subscribe
    box, "Discussion about this post" with comments, recent posts and the platform footer."""
    prep(p)
    body = render_body(p, '<div class="available-content"><div dir="auto" class="body markup">', "</div></div>",
                       ins={"SUB": "div.subscription-widget-wrap", "SHARE": "div.button-wrapper", "FN": "div.footnotes", "PHOTO": "figcaption.image-caption",
                            "NOTE": "p.author-note", "ORIG": "p.originally-published"})
    ufi = ('<div class="post-ufi"><a class="like-button" href="#like"><span class="label">%s</span></a> <a class="comment-button" href="#comments">'
           '<span class="label">%s</span></a> <a class="restack-button" href="#restack"><span class="label">%s</span></a> <a class="share-button" href="#share">Share</a></div>'
           % (p.get("likes", "312"), p.get("ncomments", str(len(p.get("comments", []))) or "0"), p.get("restacks", "18")))
    cm = "".join('<div class="comment"><div class="comment-head"><a class="commenter-name" href="#u">%s</a> <span class="comment-date">%s</span></div>'
                 '<div class="comment-body"><p>%s</p></div><div class="comment-actions"><a href="#like">♡ %s</a> <a href="#reply">Reply</a> <a href="#share">Share</a></div></div>'
                 % (u, t, x, lk) for u, t, x, lk in p.get("comments", []))
    pub_name = p["site"]
    html = (html_open(p, "%s - %s", "substack-post pc-root") +
            '<div class="main-menu"><div class="topbar-content"><a class="navbar-logo" href="/"><img src="https://%s/logo.png" alt="" width="36" height="36"></a>'
            '<h1 class="navbar-title"><a class="navbar-title-link" href="/">%s</a></h1><div class="navbar-buttons"><a class="button primary" href="/subscribe">Subscribe</a> '
            '<a class="button sign-in-link" href="/sign-in">Sign in</a></div></div>\n<nav class="pub-nav">%s</nav></div>\n'
            % (p["domain"], pub_name, " ".join(link(t, "/s") for t in p.get("nav", ["Home", "Notes", "Archive", "About"]))) +
            '<div class="single-post-container"><div class="container"><article class="typography newsletter-post post">\n'
            '<div class="post-header"><h1 class="post-title published unified-post-title">%s</h1>\n' % p["h1"] +
            ('<h3 class="subtitle">%s</h3>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="post-meta"><div class="byline-wrapper"><img class="avatar" src="https://substackcdn.example/image/%s.png" alt="" width="36" height="36">'
            '<div class="profile-hover-card-target"><a class="author-name" href="https://substack.example/@%s">%s</a></div>'
            '<div class="post-date" title="%s">%s</div></div>%s</div></div>\n'
            % (hexid(p["bio_name"], 8), sl(p["bio_name"]).replace("-", ""), p["byline_html"], p.get("time_title", p["pub"]), p["date"], ufi) +
            body + "\n" +
            '<div class="post-footer">%s</div>\n</article>\n' % ufi +
            '<div class="subscribe-footer"><h3>Subscribe to %s</h3><p>%s</p><form class="subscribe-widget"><input type="email" placeholder="Type your email…">'
            '<button type="submit">Subscribe</button></form><p class="fine-print">By subscribing, I agree to the Terms of Use and acknowledge the Information Collection Notice and Privacy Policy.</p></div>\n'
            % (pub_name, p.get("pub_blurb", "")) +
            '<div class="comments-section" id="comments"><h4 class="comments-heading">Discussion about this post</h4><div class="comments-tabs"><a>Comments</a> <a>Restacks</a></div>'
            '<form class="comment-input"><textarea placeholder="Write a comment..."></textarea></form><div class="comment-list">%s</div></div>\n' % cm +
            '<div class="post-footer-recs"><h3>%s</h3><ul>%s</ul></div>\n' % (p.get("recs_head", "Recent posts"), teasers(p, p.get("related", []), "p")) +
            '</div></div>\n<footer class="footer-wrap"><p>© 2026 %s · <a href="/privacy">Privacy</a> ∙ <a href="/tos">Terms</a> ∙ <a href="/ccpa">Collection notice</a></p>'
            '<p><a class="footer-substack-cta" href="https://substack.example/signup">Start your Substack</a> <a href="https://substack.example/app">Get the app</a></p>'
            '<p class="footer-slogan">Substack is the home for great culture</p></footer>\n</body>\n</html>\n' % p["footer"])
    return finish(p, html), ["div.body"]


# ------------------------------------------------------------------------------------------ Ghost
def ghost(p):
    """A Ghost site (Casper-like theme): gh-head with the menu, Sign in and Subscribe; the primary tag
    above the title (optional), h1.article-title, the excerpt, the author list, date and reading time,
    the feature image with caption, section.gh-content with cards, the members' comment prompt, "You
    might also like" cards, the signup footer and "Powered by Ghost"."""
    prep(p)
    body = render_body(p, '<section class="gh-content gh-canvas">', "</section>",
                       ins={"SUB": "div.kg-signup-card", "PHOTO": "figcaption.kg-caption", "REL": "div.kg-bookmark-card", "DONATE": "div.kg-cta-card",
                            "NOTE": "div.kg-callout-card"})
    tag = ('<section class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/%s/">%s</a></span>%s</section>\n'
           % (sl(p["ptag"]), p["ptag"], (' <span class="post-card-featured">Featured</span>' if p.get("featured") else ""))) if p.get("ptag") else ""
    cards = "".join('<article class="post-card post"><a class="post-card-image-link" href="%s">%s</a><div class="post-card-content"><a class="post-card-content-link" href="%s">'
                    '<header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">%s</span></div><h2 class="post-card-title">%s</h2></header>'
                    '<div class="post-card-excerpt">%s</div></a><footer class="post-card-meta"><time class="post-card-meta-date">%s</time> <span class="post-card-meta-length">%s</span></footer></div></article>'
                    % (post_url(p, t, ""), img(p, t, 600, 400, "post-card-image"), post_url(p, t, ""), tg, t, ex, d, ln) for tg, t, ex, d, ln in p.get("cards", []))
    html = (html_open(p, "%s%.0s", "post-template tag-%s is-head-left-logo has-cover" % sl(p.get("ptag", "post"))) +
            '<div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">%s</a>'
            '<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button></div><nav class="gh-head-menu"><ul class="nav">%s</ul></nav>'
            '<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a> <a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>\n'
            % (p["site"], lis(p["nav"], "", "nav-item")) +
            '<div class="site-content"><main id="site-main" class="site-main"><article class="article post %s">\n<header class="article-header gh-canvas">\n'
            % ("tag-" + sl(p.get("ptag", "post"))) + tag +
            '<h1 class="article-title">%s</h1>\n' % p["h1"] +
            ('<p class="article-excerpt">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a class="author-avatar" href="/author/%s/">'
            '<img class="author-profile-image" src="https://%s/content/images/%s.jpg" alt=""></a></li></ul><div class="article-byline-meta"><h4 class="author-name">%s</h4>'
            '<div class="byline-meta-content"><time class="byline-meta-date" datetime="%s">%s</time> <span class="byline-reading-time"><span class="bull">•</span> %s</span></div></div></section></div>\n'
            % (sl(p["bio_name"]), p["domain"], slug(p["bio_name"]), p["byline_html"], p.get("time_attr", p["pub"][:10]), p["date"], p.get("read", "6 min read")) +
            ('<figure class="article-image">%s<figcaption>%s</figcaption></figure>\n' % (img(p, p["url"], 2000, 1200), p["hero"]) if p.get("hero") else "") +
            '</header>\n' + body + "\n</article>\n" +
            '<section class="article-comments gh-canvas"><div class="gh-comments-cta"><h2>%s</h2><p>%s</p><a class="gh-btn" href="#/portal/signup">Sign up now</a> '
            '<p>Already a member? <a href="#/portal/signin">Sign in</a></p></div></section>\n'
            % (p.get("comments_head", "Start the conversation"), p.get("comments_cta", "Become a member of %s to start commenting." % p["site"])) +
            '</main>\n<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">%s</h3><div class="post-feed">%s</div></div></aside>\n'
            % (p.get("cards_head", "You might also like"), cards) +
            '<footer class="site-footer outer"><div class="inner"><section class="footer-cta"><h2 class="footer-cta-title">%s</h2><a class="footer-cta-button" href="#/portal">'
            '<div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></section><section class="copyright"><a href="/">%s</a> © 2026</section>'
            '<nav class="site-footer-nav"><ul>%s</ul></nav><div class="gh-powered-by"><a href="https://ghost.example/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>\n'
            '</div></div>\n%s</body>\n</html>\n' % (p.get("footer_cta", "Sign up for " + p["site"]), p["site"], lis(p.get("footer_nav", ["Sign up", "Privacy", "Contact"])), cookie(p)))
    return finish(p, html), ["section.gh-content"]


# ------------------------------------------------------------------------------------------ beehiiv-like newsletter
def beehiiv(p):
    """The web edition of a beehiiv-like newsletter: header with the publication, Posts / Archive /
    Upgrade, Login and Subscribe; h1, subtitle, author chips and "March 05, 2026", share icons; the
    issue in div#content-blocks (with sponsor blocks, "In today's issue" are furniture when marked so),
    a poll, "Keep reading" cards and the platform footer."""
    prep(p)
    body = render_body(p, '<div id="content-blocks" class="rendered-post">', "</div>",
                       ins={"AD": "div.sponsor-block", "SUB": "div.subscribe-embed", "PHOTO": "small.image-caption", "NOTE": "div.issue-note",
                            "REL": "div.recommended-block", "SHARE": "div.referral-block"})
    body = body.replace('<figcaption class="wp-caption-text">', "")
    polls = "".join('<li><a href="%s?poll=%d">%s</a></li>' % (p["url"], i, o) for i, o in enumerate(p.get("poll", ["🟢 Loved it", "🟡 It was fine", "🔴 Not for me"])))
    html = (html_open(p, "%s%.0s", "beehiiv-web") +
            '<header class="site-header"><div class="header-inner"><a class="brand" href="/"><img src="https://media.beehiiv.example/%s/logo.png" alt="" width="32" height="32"> %s</a>'
            '<nav class="header-nav">%s</nav><div class="header-actions"><a href="/login">Login</a> <a class="btn btn-primary" href="/subscribe">Subscribe</a></div></div></header>\n'
            % (hexid(p["domain"], 8), p["site"], " ".join(link(t) for t in p.get("nav", ["Posts", "Archive", "Upgrade"]))) +
            '<main class="post-page"><div class="post-header"><h1 class="post-title">%s</h1>\n' % p["h1"] +
            ('<h2 class="post-subtitle">%s</h2>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="post-authors"><img src="https://media.beehiiv.example/%s/author.png" alt="" width="24" height="24"> <span class="author-chip">%s</span></div>'
            '<div class="post-date"><time datetime="%s">%s</time></div>%s</div>\n'
            % (hexid(p["bio_name"], 8), p["byline_html"], p.get("time_attr", p["pub"]), p["date"], share_bar(["X", "LinkedIn", "Facebook", "Threads", "Copy link"], "post-share", "")) +
            body + "\n" +
            '<div class="poll-block"><p class="poll-question">%s</p><ul class="poll-options">%s</ul><p class="poll-note">Login or Subscribe to participate in polls.</p></div>\n'
            % (p.get("poll_q", "How did you like today's edition?"), polls) +
            '<section class="keep-reading"><h3>Keep Reading</h3><ul>%s</ul><a class="view-more" href="/archive">View more</a></section>\n' % teasers(p, p.get("related", []), "p") +
            '<section class="subscribe-bottom"><h3>%s</h3><form><input type="email" placeholder="Enter your email"><button>Subscribe</button></form></section>\n'
            % p.get("sub_head", "Subscribe to " + p["site"]) +
            '</main>\n<footer class="site-footer"><p>© 2026 %s.</p><ul class="footer-links"><li><a href="/privacy">Privacy Policy</a></li><li><a href="/terms">Terms of Use</a></li></ul>'
            '<p class="powered">Powered by <a href="https://www.beehiiv.example/">beehiiv</a></p></footer>\n</body>\n</html>\n' % p["footer"])
    return finish(p, html), ["div#content-blocks"]


# ------------------------------------------------------------------------------------------ Medium-like platform
def medium(p):
    """A Medium-like platform: a metabar (Write, Sign up, Sign in), the membership banner, the
    publication's header, h1 and subtitle, the author row with Follow, "Published in …", read time and
    date, clap and response counts; the story in section > div.pw-post-body (several sections when the
    story has a section break), topic buttons under it, "Written by …", "More from …", "Recommended",
    responses and the footer."""
    prep(p)
    body = render_body(p, '<section><div class="pw-post-body">', "</div></section>",
                       ins={"PHOTO": "figcaption.pw-caption", "NOTE": "p.pw-author-note", "ORIG": "p.pw-originally", "REL": "div.pw-embed"},
                       para=lambda a: '<p class="pw-post-body-paragraph">%s</p>' % a)
    ufi = ('<div class="story-actions"><span class="clap-count">%s</span> <a href="#responses" class="response-count">%s</a> <button aria-label="Save">Save</button> '
           '<button aria-label="Listen">Listen</button> <button aria-label="Share">Share</button></div>' % (p.get("claps", "1.2K"), len(p.get("comments", []))))
    cm = "".join('<div class="response"><div class="response-head"><a href="#u">%s</a> <span>%s</span></div><p>%s</p><div class="response-actions"><span>%s</span> <a href="#r">Reply</a></div></div>'
                 % (u, t, x, lk) for u, t, x, lk in p.get("comments", []))
    more = "".join('<div class="more-card"><a href="%s"><h3>%s</h3></a><p>%s</p><span>%s</span></div>' % (post_url(p, t, "@" + sl(p["bio_name"]).replace("-", "")), t, d, m)
                   for t, d, m in p.get("more", []))
    recs = "".join('<div class="rec-card"><span class="rec-author">%s</span> <a href="%s"><h3>%s</h3></a><span>%s</span></div>' % (a, post_url(p, t, ""), t, m)
                   for a, t, m in p.get("recs", []))
    html = (html_open(p, "%s | by %s", "medium-story") +
            '<div class="metabar"><a class="logo" href="https://medium.example/">Medium</a> <form class="search"><input placeholder="Search"></form> '
            '<a href="https://medium.example/new-story">Write</a> <a class="btn-signup" href="https://medium.example/m/signin?operation=register">Sign up</a> '
            '<a href="https://medium.example/m/signin">Sign in</a></div>\n'
            '<div class="member-banner">Get unlimited access to the best of Medium for less than $1/week. <a href="https://medium.example/plans">Become a member</a></div>\n'
            + ('<div class="pub-header"><a class="pub-logo" href="/">%s</a><nav class="pub-nav">%s</nav><a class="pub-follow" href="#follow">Follow publication</a></div>\n'
               % (p["pub_name"], " ".join(link(t) for t in p.get("nav", []))) if p.get("pub_name") else "") +
            '<article class="story"><div class="story-head"><h1 class="pw-post-title" data-testid="storyTitle">%s</h1>\n' % p["h1"] +
            ('<h2 class="pw-subtitle-paragraph">%s</h2>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="author-row"><img class="avatar" src="https://miro.medium.example/%s.png" alt="" width="44" height="44"><div><a class="author-name" data-testid="authorName" href="/@%s">%s</a> · '
            '<a class="follow" href="#follow">Follow</a></div><div class="meta">%s<span data-testid="storyReadTime">%s</span> · <span data-testid="storyPublishDate">%s</span></div></div>%s</div>\n'
            % (hexid(p["bio_name"], 8), sl(p["bio_name"]).replace("-", ""), p["byline_html"],
               ('Published in <a href="/">%s</a> · ' % p["pub_name"]) if p.get("pub_name") else "", p.get("read", "5 min read"), p["date"], ufi) +
            body + "\n" +
            '<div class="story-tags"><ul>%s</ul></div>\n' % "".join('<li><a class="tag-button" href="https://medium.example/tag/%s">%s</a></li>' % (sl(t), t) for t in p.get("tags", [])) +
            ufi + "\n</article>\n" +
            '<section class="written-by"><img src="https://miro.medium.example/%s.png" alt="" width="72" height="72"><h2>Written by %s</h2><p class="followers">%s</p>'
            '<p class="author-bio">%s</p><a class="follow" href="#follow">Follow</a></section>\n' % (hexid(p["bio_name"], 8), p["bio_name"], p.get("followers", "2.1K Followers"), p["bio"]) +
            '<section class="responses" id="responses"><h2>Responses (%d)</h2><div class="response-input"><textarea placeholder="What are your thoughts?"></textarea></div>%s</section>\n'
            % (len(p.get("comments", [])), cm) +
            '<section class="more-from"><h2>More from %s</h2>%s<a href="/@%s">See all from %s</a></section>\n' % (p["bio_name"], more, sl(p["bio_name"]).replace("-", ""), p["bio_name"]) +
            '<section class="recommended"><h2>Recommended from Medium</h2>%s<a href="https://medium.example/">See more recommendations</a></section>\n' % recs +
            '<footer class="site-footer"><ul>%s</ul></footer>\n</body>\n</html>\n' % "".join(
                '<li><a href="https://medium.example/%s">%s</a></li>' % (sl(t), t) for t in ["Help", "Status", "About", "Careers", "Press", "Blog", "Privacy", "Rules", "Terms", "Text to speech"]))
    return finish(p, html), ["div.pw-post-body*"]
