"""Page skeletons: each imitates the markup of a family of news sites (WordPress themes Jannah,
Newspaper (tagDiv), JNews and Soledad; Arc XP's Fusion; Drupal; a custom portal; an Asian portal).
Each returns (html, body selectors)."""
from kit import (comments, cookie, crumbs, figure, footer, head, href, html_open, links, mega, navlinks,
                 newsletter, plain, scripts_tail, share, slug, teasers, ticker)


def _side_boxes(p, box_cls, h_tag="h3"):
    out = ""
    for h, items in p.get("more", []):
        out += teasers(p, h, items, box_cls, h_tag)
    return out


def jannah(p):
    o, c = html_open(p, "post-template-default single single-post postid-%s single-format-standard wrapper-has-shadow block-head-1 magazine1 is-desktop is-header-layout-3 sidebar-left has-sidebar post-layout-1" % slug(p["url"]))
    tick = ""
    if p.get("ticker"):
        lab, items = p["ticker"]
        tick = ('<div class="tie-alignleft"><div class="breaking controls-is-active"><span class="breaking-title"><span class="tie-icon-bolt breaking-icon" aria-hidden="true"></span>'
                '<span class="breaking-title-text">%s</span></span><ul id="breaking-news-in-header" class="breaking-news" data-type="reveal">%s</ul></div></div>'
                % (lab, links(p, items, "news-item")))
    megamenu = ""
    for item in p["nav"]:
        if isinstance(item, tuple):
            name, subs = item
            posts = "".join('<div class="mega-menu-post"><div class="post-thumbnail"><a class="mega-menu-link" href="%s"><img src="/wp-content/uploads/2026/03/%s-220x150.jpg" alt=""></a></div>'
                            '<div class="post-details"><h3 class="post-box-title"><a class="mega-menu-link" href="%s">%s</a></h3></div></div>'
                            % (href(p, t), slug(t), href(p, t), t) for t in p.get("mega_posts", []))
            megamenu += ('<li class="menu-item menu-item-type-taxonomy mega-menu mega-cat"><a href="/category/%s/">%s</a><div class="mega-menu-block menu-sub-content">'
                         '<div class="mega-menu-content"><div class="mega-cat-wrapper"><ul class="mega-cat-sub-categories cats-horizontal">%s</ul>'
                         '<div class="mega-cat-content horizontal-posts"><div class="mega-ajax-content mega-cat-posts-container clearfix">%s</div></div></div></div></div></li>'
                         % (slug(name), name, navlinks(p, subs, "mega-sub-cat"), posts))
        else:
            megamenu += '<li class="menu-item menu-item-type-taxonomy"><a href="/category/%s/">%s</a></li>' % (slug(item), item)
    social = "".join('<li class="social-icons-item"><a class="social-link %s-social-icon" rel="external noopener nofollow" target="_blank" href="#"><span class="tie-social-icon tie-icon-%s"></span><span class="screen-reader-text">%s</span></a></li>'
                     % (n.lower(), n.lower(), n) for n in ["Facebook", "Twitter", "YouTube", "Instagram", "Telegram"])
    related = ""
    if p.get("related"):
        h, items = p["related"]
        related = ('<div id="related-posts" class="container-wrapper has-extra-post"><div class="mag-box-title the-global-title"><h3>%s</h3></div><div class="related-posts-list">%s</div></div>'
                   % (h, "".join('<div class="related-item tie-standard"><a href="%s" class="post-thumb"><img src="/wp-content/uploads/2026/%s-390x220.jpg" alt=""></a><h3 class="post-title"><a href="%s">%s</a></h3><div class="post-meta clearfix"><span class="date meta-item tie-icon">%s</span></div></div>'
                                 % (href(p, t), slug(t), href(p, t), t, p.get("ago", "")) for t in items)))
    side = ""
    if p.get("mostread"):
        h, items = p["mostread"]
        side = ('<div id="posts-list-widget-2" class="container-wrapper widget posts-list"><div class="widget-title the-global-title"><div class="the-subtitle">%s</div></div>'
                '<div class="widget-posts-list-wrapper"><div class="widget-posts-list-container"><ul class="posts-list-items widget-posts-wrapper">%s</ul></div></div></div>'
                % (h, "".join('<li class="widget-single-post-item widget-post-list tie-standard"><div class="post-widget-thumbnail"><a class="post-thumb" href="%s"><img src="/wp-content/uploads/2026/%s-220x150.jpg" alt=""></a></div><div class="post-widget-body"><a class="post-title the-subtitle" href="%s">%s</a><div class="post-meta"><span class="date meta-item tie-icon">%s</span></div></div></li>'
                              % (href(p, t), slug(t), href(p, t), t, p.get("ago", "")) for t in items)))
    for h, items in p.get("more", []):
        side += ('<div class="container-wrapper widget widget_categories"><div class="widget-title the-global-title"><div class="the-subtitle">%s</div></div><ul>%s</ul></div>'
                 % (h, links(p, items, "cat-item")))
    deck = '<h2 class="entry-sub-title">%s</h2>' % p["deck"] if p.get("deck") else ""
    html = (o + head(p, "/wp-content/themes/jannah/assets/css/style.min.css?ver=7.1.0", "/wp-content/themes/jannah/assets/js/scripts.min.js?ver=7.1.0") + c +
            cookie(p, "tie-cookie-notice cookie-notice-container") +
            '<div class="background-overlay"><div id="tie-container" class="site tie-container"><div id="tie-wrapper">\n'
            '<header id="theme-header" class="theme-header header-layout-3 main-nav-dark main-nav-below top-nav-active top-nav-above has-shadow mobile-header-default">\n'
            '<nav id="top-nav" class="has-date-breaking-components top-nav header-nav has-breaking-news" aria-label="Secondary Navigation"><div class="container"><div class="tie-row"><div class="tie-col-md-12"><div class="topbar-wrapper">'
            '<div class="topbar-today-date tie-icon">%s</div>%s<div class="tie-alignright"><ul class="components">%s</ul></div></div></div></div></div></nav>\n'
            % (p.get("today", ""), tick, social) +
            '<div class="container header-container"><div class="tie-row logo-row"><div class="logo-wrapper"><div class="tie-col-md-4 logo-container clearfix"><div id="logo" class="image-logo"><a title="%s" href="/"><img src="/wp-content/uploads/2025/logo.png" alt="%s" class="logo_normal" width="300" height="90"></a></div></div></div>'
            '<div class="container stream-item stream-item-top-wrapper"><div class="stream-item-top"><a href="/ads/go" rel="nofollow"><img src="/wp-content/uploads/banner-728x90.jpg" width="728" height="90" alt=""></a></div></div></div></div>\n'
            % (p["site"], p["site"]) +
            '<div class="main-nav-wrapper"><nav id="main-nav" class="main-nav header-nav" aria-label="Primary Navigation"><div class="container"><div class="main-menu-wrapper"><div id="menu-components-wrap"><div class="main-menu main-menu-wrap tie-alignleft"><div id="main-nav-menu" class="main-menu header-menu"><ul id="menu-main" class="menu">%s</ul></div></div>'
            '<ul class="components"><li class="search-compact-icon menu-item custom-menu-link"><a href="#" class="tie-search-trigger"><span class="tie-icon-search tie-search-icon" aria-hidden="true"></span><span class="screen-reader-text">%s</span></a></li></ul></div></div></div></nav></div>\n</header>\n'
            % (megamenu, p.get("search", "Search")) +
            '<div id="content" class="site-content container"><div id="main-content-row" class="tie-row main-content-row">\n<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">\n'
            '<article id="the-post" class="container-wrapper post-content tie-standard">\n<header class="entry-header-outer">'
            '<nav id="breadcrumb"><a href="/"><span class="tie-icon-home" aria-hidden="true"></span> %s</a><em class="delimiter">/</em><a href="/category/%s/">%s</a><em class="delimiter">/</em><span class="current">%s</span></nav>\n'
            % (p.get("home", "Home"), p.get("secpath", "news"), p["section"], plain(p["h1"])) +
            '<div class="entry-header"><span class="post-cat-wrap"><a class="post-cat tie-cat-%s" href="/category/%s/">%s</a></span>\n<h1 class="post-title entry-title">%s</h1>\n%s\n'
            '<div id="single-post-meta" class="post-meta clearfix"><span class="author-meta single-author with-avatars"><span class="meta-item meta-author-wrapper"><span class="meta-author-avatar"><img alt="" src="/wp-content/uploads/avatar.jpg" class="avatar avatar-140 photo" height="140" width="140"></span>'
            '<span class="meta-author">%s</span></span></span><span class="date meta-item tie-icon">%s</span>%s<div class="tie-alignright"><span class="meta-views meta-item"><span class="tie-icon-fire" aria-hidden="true"></span> %s </span><span class="meta-reading-time meta-item"><span class="tie-icon-bookmark" aria-hidden="true"></span> %s</span></div></div></div></header>\n'
            % (slug(p["section"])[:2], p.get("secpath", "news"), p["section"], p["h1"], deck, p["byline"], p["date"], p.get("updated", ""), p.get("views", "1,284"), p.get("reading", "")) +
            '<div class="featured-area"><div class="featured-area-inner">%s</div></div>\n' % figure(p, "single-featured-image", "single-caption-text") +
            '<div id="share-buttons-top" class="share-buttons share-buttons-top">%s</div>\n' % share(p, "share-links icons-text") +
            '<div class="entry-content entry clearfix">\n%s\n</div><!-- .entry-content /-->\n' % p["body"] +
            '<div class="post-bottom-meta post-bottom-tags post-tags-modern">%s</div>\n' % p.get("after", "") +
            '<div id="share-buttons-bottom" class="share-buttons share-buttons-bottom">%s</div>\n' % share(p, "share-links icons-only", counts=False) +
            '</article>\n<div class="post-components">%s%s%s%s</div>\n' % (p.get("authorbox", ""), related, newsletter(p, "container-wrapper newsletter-box"), comments(p, "comments-area")) +
            '</div>\n<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side is-sticky" aria-label="Primary Sidebar"><div class="theiaStickySidebar">%s%s</div></aside>\n' % (p.get("sidebar", ""), side) +
            '</div></div>\n' + footer(p, "site-footer dark-skin dark-widgetized-area") + '</div></div></div>\n' + scripts_tail(p) + '</body>\n</html>\n')
    return html, ["div.entry-content"]


def tagdiv(p):
    o, c = html_open(p, "post-template-default single single-post postid-%s td-standard-pack global-block-template-1 single_template_2 td-full-layout" % slug(p["url"]))
    tick = ""
    if p.get("ticker"):
        lab, items = p["ticker"]
        tick = ('<div class="td-trending-now-wrapper" id="td_trending"><div class="td-trending-now-title">%s</div><div class="td-trending-now-display-area">%s</div></div>'
                % (lab, "".join('<div class="td_module_trending_now td-trending-now-post"><h3 class="entry-title td-module-title"><a href="%s">%s</a></h3></div>' % (href(p, t), t) for t in items)))
    menu = mega(p, "sf-menu", "menu-item menu-item-type-taxonomy td-menu-item td-normal-menu", "sub-menu")
    related = ""
    if p.get("related"):
        h, items = p["related"]
        related = ('<div class="td_block_wrap td_block_related_posts tdi_3 td_with_ajax_pagination td-pb-border-top td_block_template_1" data-td-block-uid="tdi_3"><h4 class="td-related-title td-block-title"><a class="td-related-left td-cur-simple-item" href="#">%s</a></h4><div class="td_block_inner">%s</div></div>'
                   % (h, "".join('<div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts"><div class="td-module-image"><div class="td-module-thumb"><a href="%s" class="image-wrap"><img class="entry-thumb" src="/wp-content/uploads/2026/%s-218x150.jpg" alt=""></a></div></div><div class="item-details"><h3 class="entry-title td-module-title"><a href="%s">%s</a></h3></div></div></div>'
                                 % (href(p, t), slug(t), href(p, t), t) for t in items)))
    side = ""
    if p.get("mostread"):
        h, items = p["mostread"]
        side = ('<div class="td_block_wrap td_block_7 td_block_widget tdi_4 td-pb-border-top td_block_template_1"><h4 class="block-title"><span class="td-pulldown-size">%s</span></h4><div class="td_block_inner">%s</div></div>'
                % (h, "".join('<div class="td_module_6 td_module_wrap td-animation-stack"><div class="td-module-thumb"><a href="%s"><img class="entry-thumb" src="/wp-content/uploads/2026/%s-100x70.jpg" alt=""></a></div><div class="item-details"><h3 class="entry-title td-module-title"><a href="%s">%s</a></h3><div class="td-module-meta-info"><span class="td-post-date">%s</span></div></div></div>'
                              % (href(p, t), slug(t), href(p, t), t, p.get("ago", "")) for t in items)))
    for h, items in p.get("more", []):
        side += '<aside class="td_block_template_1 widget widget_recent_entries"><h4 class="block-title"><span>%s</span></h4><ul>%s</ul></aside>' % (h, links(p, items))
    deck = '<p class="td-post-sub-title">%s</p>' % p["deck"] if p.get("deck") else ""
    html = (o + head(p, "/wp-content/themes/Newspaper/style.css?ver=12.6.5", "/wp-content/themes/Newspaper/js/tagdiv_theme.min.js?ver=12.6.5") + c +
            cookie(p, "cmplz-cookiebanner cookie-banner") +
            '<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>\n<div class="td-menu-background"></div>\n'
            '<div id="td-mobile-nav"><div class="td-mobile-container"><div class="td-mobile-content"><div class="menu-mobile-container">%s</div></div></div></div>\n'
            % mega(p, "td-mobile-main-menu", "menu-item", "sub-menu") +
            '<div id="td-outer-wrap" class="td-theme-wrap">\n<div class="td-header-wrap td-header-style-1">\n'
            '<div class="td-header-top-menu-full td-container-wrap"><div class="td-container td-header-row td-header-top-menu"><div class="top-bar-style-1"><div class="td-header-sp-top-menu"><div class="td_data_time">%s</div>%s</div>%s</div></div></div>\n'
            % (p.get("today", ""), p.get("topbar", ""), tick) +
            '<div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap"><div class="td-container td-header-row td-header-header"><div class="td-header-sp-logo"><a class="td-main-logo" href="/"><img class="td-retina-data" src="/wp-content/uploads/logo.png" alt="%s"><span class="td-visual-hidden">%s</span></a></div>'
            '<div class="td-header-sp-recs"><div class="td-header-rec-wrap"><div class="td-a-rec td-a-rec-id-header"><ins class="adsbygoogle" data-ad-slot="728x90"></ins></div></div></div></div></div>\n'
            % (p["site"], p["site"]) +
            '<div class="td-header-menu-wrap-full td-container-wrap"><div class="td-header-menu-wrap td-header-gradient"><div class="td-container td-header-row td-header-main-menu"><div id="td-header-menu" role="navigation"><div class="menu-main-container">%s</div></div></div></div></div>\n</div>\n'
            % menu +
            '<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-2"><article id="post-%s" class="post type-post status-publish format-standard has-post-thumbnail">\n'
            '<div class="td-pb-row"><div class="td-pb-span12"><div class="td-post-header"><div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="/">%s</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a class="entry-crumb" href="/category/%s/">%s</a></span></div></div>\n'
            % (slug(p["url"]), p.get("home", "Home"), p.get("secpath", "news"), p["section"]) +
            '<ul class="td-category"><li class="entry-category"><a href="/category/%s/">%s</a></li></ul><header class="td-post-title"><h1 class="entry-title">%s</h1>%s\n'
            '<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">%s</div> %s <div class="td-author-line"> - </div></div><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="%s">%s</time></span>%s'
            '<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-%s">%s</span></div><div class="td-post-comments"><a href="#comments"><i class="td-icon-comments"></i>%s</a></div></div></header></div></div></div>\n'
            % (p.get("secpath", "news"), p["section"], p["h1"], deck, p.get("by_word", ""), p["byline"], p["pub"], p["date"], p.get("updated", ""), slug(p["url"]), p.get("views", "2417"), p.get("ncomments", "0")) +
            '<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">\n'
            '<div class="td-post-sharing-top">%s</div>\n<div class="td-post-featured-image">%s</div>\n' % (share(p, "td-post-sharing td-ps-bg td-ps-notext"), figure(p, "wp-caption", "wp-caption-text")) +
            '<div class="td-post-content tagdiv-type">\n%s\n</div>\n' % p["body"] +
            '<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix">%s</ul></div>%s\n<div class="td-post-sharing-bottom">%s</div>%s</footer>\n'
            % (p.get("after", ""), p.get("authorbox", ""), share(p, "td-post-sharing td-ps-bg", counts=False), related) +
            newsletter(p, "td_block_wrap tdm_block_inline_text newsletter") + comments(p, "comments") +
            '</div></div>\n<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">%s%s</div></div></div>\n</article></div></div>\n'
            % (p.get("sidebar", ""), side) +
            footer(p, "td-footer-wrapper td-footer-template-14") + '</div>\n' + scripts_tail(p) + '</body>\n</html>\n')
    return html, ["div.td-post-content"]


def jnews(p):
    o, c = html_open(p, "post-template-default single single-post postid-%s jeg_toggle_light jeg_single_tpl_1 jnews jsc_normal wpb-js-composer" % slug(p["url"]))
    menu = mega(p, "jeg_menu jeg_main_menu jeg_menu_style_1", "menu-item menu-item-type-taxonomy menu-item-object-category bgnav", "sub-menu")
    related = ""
    if p.get("related"):
        h, items = p["related"]
        related = ('<div class="jnews_related_post_container"><div class="jeg_postblock_22 jeg_postblock jeg_module_hook jeg_pagination_disable jeg_col_2o3"><div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_title"><span>%s</span></h3></div><div class="jeg_block_container"><div class="jeg_posts_wrap"><div class="jeg_posts jeg_load_more_flag">%s</div></div></div></div></div>'
                   % (h, "".join('<article class="jeg_post jeg_pl_md_5 format-standard"><div class="jeg_thumb"><a href="%s"><div class="thumbnail-container animate-lazy size-715"><img src="/wp-content/uploads/2026/%s-350x250.jpg" alt=""></div></a></div><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="%s">%s</a></h3><div class="jeg_post_meta"><div class="jeg_meta_date"><a href="%s"><i class="fa fa-clock-o"></i> %s</a></div></div></div></article>'
                                 % (href(p, t), slug(t), href(p, t), t, href(p, t), p.get("ago", "")) for t in items)))
    side = ""
    if p.get("mostread"):
        h, items = p["mostread"]
        side = ('<div class="widget widget_jnews_popular" id="jnews_popular-2"><div class="jeg_block_heading jeg_block_heading_8"><h3 class="jeg_block_title"><span>%s</span></h3></div><ul class="popularpost_list">%s</ul></div>'
                % (h, "".join('<li class="popularpost_item format-standard"><div class="jeg_thumb"><span class="jeg_popularpost_number">%d</span></div><h3 class="jeg_post_title"><a href="%s" data-num="%d">%s</a></h3><div class="popularpost_meta"><div class="jeg_socialshare"><span class="share_count">%s</span></div></div></li>'
                              % (i + 1, href(p, t), i + 1, t, p.get("share_count", "1K")) for i, t in enumerate(items))))
    for h, items in p.get("more", []):
        side += '<div class="widget widget_jnews_module_block_21"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>%s</span></h3></div><ul>%s</ul></div>' % (h, links(p, items))
    deck = '<h2 class="jeg_post_subtitle">%s</h2>' % p["deck"] if p.get("deck") else ""
    html = (o + head(p, "/wp-content/themes/jnews/assets/dist/frontend.min.css?ver=11.6.2", "/wp-content/themes/jnews/assets/dist/frontend.min.js?ver=11.6.2") + c +
            cookie(p, "jeg_cookie_notice gdpr-banner") +
            '<div class="jeg_ad jeg_ad_top jnews_header_top_ads"><div class="ads-wrapper"></div></div>\n<div class="jeg_viewport">\n'
            '<div class="jeg_header_wrapper"><div class="jeg_header_instagram_wrapper"></div><div class="jeg_header normal">\n'
            '<div class="jeg_topbar jeg_container jeg_navbar_wrapper dark"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left jeg_nav_grow"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_top_date">%s</div>%s</div></div></div></div></div>\n'
            % (p.get("today", ""), p.get("topbar", "")) +
            '<div class="jeg_midbar jeg_container normal"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left jeg_nav_normal"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_logo jeg_desktop_logo"><h1 class="jeg_logo_wrapper site-title"><a href="/"><img class="jeg_logo_img" src="/wp-content/uploads/logo.png" alt="%s"></a></h1></div></div></div></div></div></div>\n'
            % p["site"] +
            '<div class="jeg_bottombar jeg_navbar jeg_container jeg_navbar_wrapper jeg_navbar_normal jeg_navbar_dark"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left jeg_nav_grow"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_main_menu_wrapper"><div class="jeg_mainmenu_wrap">%s</div></div></div></div></div></div></div>\n</div></div>\n'
            % menu +
            ticker(p, "jeg_breakingnews") +
            '<div class="post-wrapper"><div class="post-wrap"><div class="jeg_main"><div class="jeg_container"><div class="jeg_content jeg_singlepage"><div class="container">\n'
            '<div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs"><span><a href="/">%s</a></span><i class="fa fa-angle-right"></i><span class="breadcrumb_last_link"><a href="/category/%s/">%s</a></span></div></div>\n'
            % (p.get("home", "Home"), p.get("secpath", "news"), p["section"]) +
            '<div class="row"><div class="jeg_main_content col-md-8"><div class="jeg_inner_content">\n<div class="entry-header"><h1 class="jeg_post_title">%s</h1>%s\n'
            '<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1"><div class="meta_left"><div class="jeg_meta_author"><img alt="" src="/wp-content/uploads/avatar-80x80.jpg" class="avatar avatar-80 photo"><span class="meta_text">%s</span> %s</div><div class="jeg_meta_date"><a href="%s">%s</a></div>%s'
            '<div class="jeg_meta_category"><span><span class="meta_text">in</span> <a href="/category/%s/" rel="category tag">%s</a></span></div></div><div class="meta_right"><div class="jeg_meta_comment"><a href="#comments"><i class="fa fa-comment-o"></i> %s</a></div></div></div></div></div>\n'
            % (p["h1"], deck, p.get("by_word", "by"), p["byline"], p["url"], p["date"], p.get("updated", ""), p.get("secpath", "news"), p["section"], p.get("ncomments", "0")) +
            '<div class="jeg_featured featured_image">%s</div>\n' % figure(p, "wp-caption", "wp-caption-text") +
            '<div class="jeg_share_top_container">%s</div>\n' % share(p, "jeg_share_button clearfix") +
            '<div class="jeg_ad jeg_article jnews_content_top_ads"><div class="ads-wrapper"><div class="ads_code"><ins class="adsbygoogle" data-ad-slot="336x280"></ins></div></div></div>\n'
            '<div class="entry-content no-share"><div class="jeg_share_button share-float jeg_sticky_share clearfix share-monocrhome"></div>\n<div class="content-inner">\n%s\n</div></div>\n' % p["body"] +
            '<div class="jeg_post_tags">%s</div>\n' % p.get("after", "") +
            '<div class="jeg_share_bottom_container"></div>%s\n%s%s%s\n' % (p.get("authorbox", ""), related, newsletter(p, "jeg_newsletter_box"), comments(p, "jeg_comments comments-area")) +
            '</div></div>\n<div class="jeg_sidebar jeg_sticky_sidebar col-md-4"><div class="jegStickyHolder"><div class="theiaStickySidebar">%s%s</div></div></div>\n</div>\n' % (p.get("sidebar", ""), side) +
            '</div></div></div></div></div></div>\n' + footer(p, "jeg_footer jeg_footer_1 dark") + '</div>\n' + scripts_tail(p) + '</body>\n</html>\n')
    return html, ["div.content-inner"]


def soledad(p):
    o, c = html_open(p, "post-template-default single single-post postid-%s soledad-ver-8-4-5 penci-body-single-style-1 penci-vernav-enable" % slug(p["url"]))
    menu = mega(p, "menu", "menu-item menu-item-type-taxonomy menu-item-object-category penci-mega-menu", "sub-menu")
    related = ""
    if p.get("related"):
        h, items = p["related"]
        related = ('<div class="post-related"><div class="post-title-box"><h4 class="post-box-title">%s</h4></div><div class="penci-owl-carousel penci-owl-carousel-slider penci-related-carousel">%s</div></div>'
                   % (h, "".join('<div class="item-related"><a class="related-thumb penci-image-holder" href="%s" title=""></a><h3><a href="%s">%s</a></h3><span class="date">%s</span></div>'
                                 % (href(p, t), href(p, t), t, p.get("ago", "")) for t in items)))
    side = ""
    if p.get("mostread"):
        h, items = p["mostread"]
        side = ('<aside class="widget penci_popular_posts"><h3 class="widget-title penci-border-arrow"><span class="inner-arrow">%s</span></h3><ul class="side-newsfeed">%s</ul></aside>'
                % (h, "".join('<li class="penci-feed"><div class="side-item"><div class="side-image"><a class="penci-image-holder small-fix-size" href="%s"></a></div><div class="side-item-text"><h4 class="side-title-post"><a href="%s">%s</a></h4><span class="side-item-meta">%s</span></div></div></li>'
                              % (href(p, t), href(p, t), t, p.get("ago", "")) for t in items)))
    for h, items in p.get("more", []):
        side += '<aside class="widget widget_categories"><h3 class="widget-title penci-border-arrow"><span class="inner-arrow">%s</span></h3><ul>%s</ul></aside>' % (h, links(p, items, "cat-item"))
    deck = '<div class="penci-psub-title">%s</div>' % p["deck"] if p.get("deck") else ""
    html = (o + head(p, "/wp-content/themes/soledad/style.css?ver=8.4.5", "/wp-content/themes/soledad/js/main.js?ver=8.4.5") + c +
            cookie(p, "penci-gdpr-message gdpr-cookie") +
            '<div class="wrapper-boxed header-style-header-6"><div class="penci-header-wrap"><div class="penci-top-bar"><div class="container"><div class="penci-headline">%s<div class="penci-topbar-social">%s</div></div></div></div>\n'
            % (p.get("topbar", ""), p.get("social", "")) +
            '<header id="header" class="header-header-6 has-bottom-line" itemscope="itemscope" itemtype="https://schema.org/WPHeader"><nav id="navigation" class="header-layout-bottom header-6 menu-style-1" role="navigation"><div class="container"><div id="logo"><a href="/"><img class="penci-mainlogo" src="/wp-content/uploads/logo.png" alt="%s"></a></div>'
            '<ul id="menu-main-menu" class="menu">%s</ul><div id="top-search" class="penci-top-search"><a class="search-click" aria-label="Search"><i class="penciicon-magnifiying-glass"></i></a></div></div></nav></header></div>\n'
            % (p["site"], menu[len('<ul class="menu">'):-5]) +
            ticker(p, "penci-topbar-trending") +
            '<div class="container container-single penci_sidebar right-sidebar penci-enable-lightbox"><div id="main" class="penci-main-sticky-sidebar"><div class="theiaStickySidebar">\n'
            '<div class="penci-breadcrumb single-breadcrumb"><span><a class="crumb" href="/">%s</a></span><i class="penci-faicon fa fa-angle-right"></i><span><a class="crumb" href="/category/%s/">%s</a></span></div>\n'
            % (p.get("home", "Home"), p.get("secpath", "news"), p["section"]) +
            '<article id="post-%s" class="post type-post status-publish"><div class="header-standard header-classic single-header"><div class="penci-standard-cat"><span class="cat"><a class="penci-cat-name" href="/category/%s/">%s</a></span></div>\n'
            '<h1 class="post-title single-post-title entry-title">%s</h1>%s\n<div class="post-box-meta-single"><span class="author-post byline"><span class="author vcard">%s</span></span><span><time class="entry-date published" datetime="%s">%s</time></span>%s<span>%s</span></div></div>\n'
            % (slug(p["url"]), p.get("secpath", "news"), p["section"], p["h1"], deck, p["byline"], p["pub"], p["date"], p.get("updated", ""), p.get("reading", "")) +
            '<div class="post-image">%s</div>\n' % figure(p, "wp-block-image", "penci-featured-caption") +
            '<div class="post-entry blockquote-style-1"><div class="inner-post-entry entry-content" id="penci-post-entry-inner">\n%s\n</div></div>\n' % p["body"] +
            '<div class="penci-single-link-pages"></div><div class="post-tags">%s</div>\n' % p.get("after", "") +
            '<div class="tags-share-box single-post-share tags-share-box-s1">%s</div>\n' % share(p, "post-share item-social") +
            '%s%s%s%s</article>\n' % (p.get("authorbox", ""), related, newsletter(p, "penci-newsletter widget_mc4wp_form_widget"), comments(p, "post-comments")) +
            '</div></div>\n<div id="sidebar" class="penci-sidebar-right penci-sidebar-content style-1 penci-sticky-sidebar"><div class="theiaStickySidebar">%s%s</div></div>\n</div>\n' % (p.get("sidebar", ""), side) +
            footer(p, "penci-footer-social-moved") + '</div>\n' + scripts_tail(p) + '</body>\n</html>\n')
    return html, ["div.inner-post-entry"]


def arc(p):
    """Arc XP / Fusion: paragraphs are siblings of ad and interstitial blocks directly under the article body."""
    o, c = html_open(p, "")
    menu = "".join('<li class="nav-menu-item"><a href="/%s/">%s</a></li>' % (slug(x if isinstance(x, str) else x[0]), x if isinstance(x, str) else x[0]) for x in p["nav"])
    sub = ""
    for x in p["nav"]:
        if isinstance(x, tuple):
            sub += '<div class="nav-section"><p class="nav-section-title">%s</p><ul>%s</ul></div>' % (x[0], navlinks(p, x[1], "nav-sub-item"))
    related = ""
    if p.get("related"):
        h, items = p["related"]
        related = ('<div class="b-top-table-list"><h2 class="b-header-nav-chain__title">%s</h2>%s</div>'
                   % (h, "".join('<div class="c-stack b-top-table-list-small"><a class="c-link" href="%s"><h2 class="c-heading">%s</h2></a><span class="c-date">%s</span></div>' % (href(p, t), t, p.get("ago", "")) for t in items)))
    side = ""
    if p.get("mostread"):
        h, items = p["mostread"]
        side = ('<div class="b-numbered-list"><h2 class="c-heading b-numbered-list__title">%s</h2><ol>%s</ol></div>'
                % (h, "".join('<li class="b-numbered-list__item"><span class="b-numbered-list__number">%d</span><a class="c-link" href="%s">%s</a></li>' % (i + 1, href(p, t), t) for i, t in enumerate(items))))
    for h, items in p.get("more", []):
        side += '<div class="b-card-list"><h2 class="c-heading">%s</h2><ul>%s</ul></div>' % (h, links(p, items, "b-card-list__item", "c-link"))
    kicker = '<div class="c-overline b-overline"><a class="c-link" href="/%s/">%s</a></div>' % (p.get("secpath", "news"), p["kicker"]) if p.get("kicker") else ""
    deck = '<h2 class="c-heading b-subheadline">%s</h2>' % p["deck"] if p.get("deck") else ""
    html = (o + head(p, "/pf/resources/styles/default.css?d=912", "/pf/dist/engine/react.js?d=912") + c +
            '<div id="fusion-app" class="layout-section">\n' + cookie(p, "b-consent-banner") +
            '<header class="b-header-nav-chain"><div class="b-header-nav-chain__top-layout"><div class="b-header-nav-chain__nav-left"><button class="c-button c-button--small" aria-label="%s">%s</button></div>'
            '<div class="b-header-nav-chain__logo"><a href="/"><img src="/pf/resources/images/logo.svg" alt="%s"></a></div><div class="b-header-nav-chain__nav-right">%s</div></div>'
            '<nav class="b-header-nav-chain__links-list"><ul>%s</ul></nav><div class="b-header-nav-chain__sections-menu" hidden>%s</div></header>\n'
            % (p.get("sections_word", "Sections"), p.get("sections_word", "Sections"), p["site"], p.get("topbar", ""), menu, sub) +
            ticker(p, "b-alert-bar") +
            '<div class="b-single-column-regular"><div class="b-ad-block b-ad-block--leaderboard"><div id="arcad-leaderboard" class="arcad"></div><p class="b-ad-block__label">%s</p></div>\n'
            % p.get("ad_label", "Advertisement") +
            '<main class="b-single-column-regular__main"><div class="b-single-column-regular__main-content">\n'
            '%s<h1 class="c-heading b-headline">%s</h1>%s\n<div class="b-byline-and-date"><div class="c-attribution b-byline"><span class="b-byline__by">%s</span> %s</div>'
            '<div class="c-date b-date"><time datetime="%s">%s</time>%s</div></div>\n'
            % (kicker, p["h1"], deck, p.get("by_word", ""), p["byline"], p["pub"], p["date"], p.get("updated", "")) +
            '<div class="b-share-bar">%s</div>\n' % share(p, "c-share") +
            '<div class="b-lead-art">%s</div>\n' % figure(p, "c-media-item", "c-media-item__fig-caption") +
            '<article class="b-article-body">\n%s\n</article>\n' % p["body"] +
            '<div class="b-tag-list">%s</div>\n%s\n' % (p.get("after", ""), p.get("authorbox", "")) +
            newsletter(p, "b-newsletter-signup") + related + comments(p, "b-comments") +
            '</div><aside class="b-single-column-regular__right-rail">%s%s</aside></main></div>\n' % (p.get("sidebar", ""), side) +
            footer(p, "b-footer") + '</div>\n<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="%s";Fusion.deployment="912";</script>\n' % slug(p["site"]) +
            scripts_tail(p) + '</body>\n</html>\n')
    return html, ["article.b-article-body"]


def drupal(p):
    o, c = html_open(p, "path-node page-node-type-article")
    menu = mega(p, "menu menu--main nav", "menu-item", "menu menu--sub")
    related = teasers(p, *p["related"], "block block-views block-views-blockrelated-articles-block-1", "h2", "views-row") if p.get("related") else ""
    side = teasers(p, *p["mostread"], "block block-views block-views-blockmost-read-block-1", "h2", "views-row") if p.get("mostread") else ""
    side += _side_boxes(p, "block block-views", "h2")
    deck = '<div class="field field--name-field-lead field--type-text-long"><p>%s</p></div>' % p["deck"] if p.get("deck") else ""
    kicker = '<span class="field field--name-field-kicker">%s</span>' % p["kicker"] if p.get("kicker") else ""
    html = (o + head(p, "/sites/default/files/css/css_%s.css" % slug(p["site"]), "/sites/default/files/js/js_%s.js" % slug(p["site"])) + c +
            '<a href="#main-content" class="visually-hidden focusable skip-link">%s</a>\n' % p.get("skip", "Skip to main content") +
            '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n' + cookie(p, "eu-cookie-compliance-banner eu-cookie-compliance-banner-info") +
            '<div class="layout-container"><header role="banner" class="header"><div class="region region-header-top">%s</div>'
            '<div class="region region-header"><div id="block-sitebranding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/site/logo.svg" alt="%s"></a></div></div>'
            '<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2>%s</nav></div></header>\n'
            % (p.get("topbar", ""), p["site"], menu) +
            ticker(p, "region region-ticker block-breaking") +
            '<div class="region region-breadcrumb">%s</div>\n' % crumbs(p) +
            '<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">\n'
            '<article role="article" class="node node--type-article node--view-mode-full">\n<header class="node__header">%s<h1 class="page-title"><span class="field field--name-title">%s</span></h1>%s\n'
            '<div class="node__meta"><span class="field field--name-field-author">%s</span> <span class="field field--name-created">%s</span>%s</div></header>\n'
            % (kicker, p["h1"], deck, p["byline"], p["date"], p.get("updated", "")) +
            '<div class="field field--name-field-image">%s</div>\n' % figure(p, "media media--type-image", "field--name-field-caption") +
            '<div class="social-media-sharing">%s</div>\n' % share(p, "share-links") +
            '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">\n%s\n</div>\n' % p["body"] +
            '<div class="field field--name-field-tags field--type-entity-reference">%s</div>\n%s</article>\n' % (p.get("after", ""), p.get("authorbox", "")) +
            related + newsletter(p, "block block-newsletter") + comments(p, "comment-wrapper") +
            '</div></div>\n<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second">%s%s</div></aside></main>\n' % (p.get("sidebar", ""), side) +
            footer(p, "site-footer region region-footer") + '</div></div>\n' + scripts_tail(p) + '</body>\n</html>\n')
    return html, ["div.field--name-body"]


def portal(p):
    """A custom news portal; class names come from the page (px = the site's class prefix)."""
    px = p.get("px", "article")
    o, c = html_open(p, "%s-page page-article" % px)
    menu = mega(p, "main-menu", "main-menu__item", "main-menu__sub")
    related = teasers(p, *p["related"], "%s-related related-news" % px, "h2", "related-news__item") if p.get("related") else ""
    side = teasers(p, *p["mostread"], "%s-most-read most-read" % px, "h3", "most-read__item", p.get("times")) if p.get("mostread") else ""
    side += _side_boxes(p, "%s-box sidebar-box" % px, "h3")
    kicker = '<div class="%s__kicker">%s</div>' % (px, p["kicker"]) if p.get("kicker") else ""
    deck = '<p class="%s__lead">%s</p>' % (px, p["deck"]) if p.get("deck") else ""
    body_cls = p.get("body_cls", "%s__body" % px)
    html = (o + head(p, "/static/css/%s.%s.css" % (px, slug(p["site"])), "/static/js/bundle.%s.js" % slug(p["domain"])) + c +
            cookie(p, p.get("cookie_cls", "cookie-consent")) +
            '<div class="top-strip"><div class="container"><span class="top-strip__date">%s</span>%s</div></div>\n' % (p.get("today", ""), p.get("topbar", "")) +
            '<header class="header"><div class="container"><a class="header__logo" href="/"><img src="/static/img/logo.svg" alt="%s"></a>'
            '<div class="header__ad"><div class="adunit" data-slot="top_728x90"></div></div></div>'
            '<nav class="header__nav" aria-label="%s">%s</nav></header>\n' % (p["site"], p.get("menu_word", "Menu"), menu) +
            ticker(p, "breaking-ticker") + p.get("prebody", "") +
            '<div class="container layout"><main class="layout__main">\n%s<article class="%s" itemscope itemtype="https://schema.org/NewsArticle">\n'
            '<header class="%s__header">%s<h1 class="%s__title" itemprop="headline">%s</h1>%s\n<div class="%s__meta">%s <span class="%s__date">%s</span>%s</div>\n%s</header>\n'
            % (crumbs(p, "breadcrumbs"), px, px, kicker, px, p["h1"], deck, px, p["byline"], px, p["date"], p.get("updated", ""), share(p, "%s__share share" % px)) +
            figure(p, "%s__figure" % px, "%s__caption" % px) +
            '<div class="%s" itemprop="articleBody">\n%s\n</div>\n' % (body_cls, p["body"]) +
            '%s%s</article>\n' % (p.get("after", ""), p.get("authorbox", "")) +
            newsletter(p, "newsletter") + related + comments(p, "comments") +
            '</main>\n<aside class="layout__sidebar">%s%s</aside></div>\n' % (p.get("sidebar", ""), side) +
            footer(p) + scripts_tail(p) + '</body>\n</html>\n')
    return html, ["div." + body_cls.split()[0]]


def asia(p):
    """A big Asian portal (China, Japan, Korea, Taiwan, Thailand, Vietnam): channel bar, login links, app prompt, rankings."""
    px = p.get("px", "detail")
    o, c = html_open(p, "%s-page" % px)
    chans = "".join('<li><a href="/%s/">%s</a></li>' % (slug(x if isinstance(x, str) else x[0]), x if isinstance(x, str) else x[0]) for x in p["nav"])
    subs = "".join('<dl class="nav-more"><dt>%s</dt>%s</dl>' % (x[0], "".join('<dd><a href="/%s/">%s</a></dd>' % (slug(s), s) for s in x[1])) for x in p["nav"] if isinstance(x, tuple))
    rank = ""
    if p.get("mostread"):
        h, items = p["mostread"]
        rank = ('<div class="rank-box"><div class="rank-hd"><h3>%s</h3><span class="rank-tabs">%s</span></div><ol class="rank-list">%s</ol></div>'
                % (h, p.get("rank_tabs", ""), "".join('<li><em class="num num%d">%d</em><a href="%s">%s</a></li>' % (i + 1, i + 1, href(p, t), t) for i, t in enumerate(items))))
    related = ""
    if p.get("related"):
        h, items = p["related"]
        related = '<div class="related-box"><div class="hd"><h3>%s</h3></div><ul>%s</ul></div>' % (h, links(p, items, "", "", None, ""))
    more = "".join('<div class="side-box"><h3>%s</h3><ul>%s</ul></div>' % (h, links(p, items)) for h, items in p.get("more", []))
    kicker = '<div class="%s-kicker">%s</div>' % (px, p["kicker"]) if p.get("kicker") else ""
    deck = '<p class="%s-summary">%s</p>' % (px, p["deck"]) if p.get("deck") else ""
    body_cls = p.get("body_cls", "%s-content" % px)
    html = (o + head(p, "/css/%s.css?v=2026031" % px, "/js/common.js?v=2026031") + c +
            cookie(p, "consent-layer") +
            '<div class="topbar"><div class="w1200"><div class="topbar-l">%s</div><div class="topbar-r">%s</div></div></div>\n' % (p.get("today", ""), p.get("topbar", "")) +
            '<div class="header w1200"><a class="logo" href="/"><img src="/img/logo.png" alt="%s"></a><div class="search"><input type="text" placeholder="%s"><button>%s</button></div>%s</div>\n'
            % (p["site"], p.get("search", ""), p.get("search", ""), p.get("app", "")) +
            '<div class="nav"><ul class="w1200 nav-main">%s</ul><div class="w1200 nav-sub">%s</div></div>\n' % (chans, subs) +
            ticker(p, "scroll-news") +
            '<div class="w1200 main clearfix"><div class="main-left">\n%s<div class="%s">\n%s<h1 class="%s-title">%s</h1>%s\n<div class="%s-info"><span class="source">%s</span> <span class="time">%s</span>%s</div>\n%s\n'
            % (crumbs(p, "crumbs", ">"), px, kicker, px, p["h1"], deck, px, p["byline"], p["date"], p.get("updated", ""), share(p, "share-box")) +
            figure(p, "%s-pic" % px, "pic-desc") +
            '<div class="%s" id="%s">\n%s\n</div>\n' % (body_cls, p.get("body_id", "articleContent"), p["body"]) +
            '%s%s</div>\n' % (p.get("after", ""), p.get("authorbox", "")) +
            related + newsletter(p, "subscribe-box") + comments(p, "comment-box") +
            '</div>\n<div class="main-right">%s%s%s</div></div>\n' % (p.get("sidebar", ""), rank, more) +
            footer(p, "footer") + scripts_tail(p) + '</body>\n</html>\n')
    return html, ["div." + body_cls.split()[0]]


SKINS = {"jannah": jannah, "tagdiv": tagdiv, "jnews": jnews, "soledad": soledad, "arc": arc,
         "drupal": drupal, "portal": portal, "asia": asia}
