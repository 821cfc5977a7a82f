"""Skeletons of the rest: HubSpot, Brightspot, Chorus/duet, Hugo, Jekyll, Notion, Substack,
Discourse, LinkedIn."""
from kit import (article_ld, attr, canonical, deco, desc, hexid, img, ld, lis, og_tags, path_of, plain, slug,
                 title_tag, uuid)


# ------------------------------------------------------------------------------------------------ HubSpot CMS blog
def hubspot(p):
    w = p["w"]
    def wrap(name, inner, typ="module", tag="div"):
        return ('<%s id="hs_cos_wrapper_%s" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_%s" style="" data-hs-cos-general-type="widget" data-hs-cos-type="%s">%s</%s>' % (tag, name, typ, typ, inner, tag))
    head = "\n".join([
        '<meta charset="utf-8">', "<title>%s</title>" % p["title_tag"], '<link rel="shortcut icon" href="https://www.%s/hubfs/favicon.png">' % p["domain"],
        '<meta name="description" content="%s">' % desc(p), '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>', '<script>hsjQuery = window[\'jQuery\'];</script>',
        '<meta property="og:description" content="%s">' % desc(p), '<meta property="og:title" content="%s">' % attr(p.get("og_title", p["h1"])),
        '<meta name="twitter:description" content="%s">' % desc(p), '<meta name="twitter:title" content="%s">' % attr(p.get("og_title", p["h1"])),
        '<style>a.cta_button{-moz-box-sizing:content-box !important;-webkit-box-sizing:content-box !important;box-sizing:content-box !important;vertical-align:middle}.hs-breadcrumb-menu{list-style-type:none;margin:0px 0px 0px 0px;padding:0px 0px 0px 0px}</style>',
        '<link rel="stylesheet" href="/hs/hsstatic/AsyncSupport/static-1.501/sass/comments_listing_asset.css">', '<link rel="stylesheet" href="https://www.%s/hubfs/hub_generated/template_assets/1/%s/1772000000000/template_main.min.css">' % (p["domain"], hexid(p["domain"], 8)),
        ld({"@context": "https://schema.org", "@type": "BlogPosting", "mainEntityOfPage": {"@type": "WebPage", "@id": p["url"]}, "headline": plain(p["h1"]),
            "image": {"@type": "ImageObject", "url": "https://www.%s/hubfs/%s.png" % (p["domain"], slug(p["url"]))}, "datePublished": p["pub"], "dateModified": p.get("mod", p["pub"]),
            "author": {"@type": "Person", "name": p["ld_authors"][0], "url": "https://www.%s/blog/author/%s" % (p["domain"], slug(p["ld_authors"][0]))},
            "publisher": {"@type": "Organization", "name": p["site"], "logo": {"@type": "ImageObject", "url": "https://www.%s/hubfs/logo.png" % p["domain"]}}}),
        '<link rel="amphtml" href="%s?hs_amp=true">' % p["url"], '<meta property="og:image" content="https://www.%s/hubfs/%s.png">' % (p["domain"], slug(p["url"])),
        '<meta property="og:image:width" content="1200">', '<meta property="og:image:height" content="630">', '<meta name="twitter:image" content="https://www.%s/hubfs/%s.png">' % (p["domain"], slug(p["url"])),
        '<meta property="og:url" content="%s">' % p["url"], '<meta name="twitter:card" content="summary_large_image">', canonical(p),
        '<meta property="og:type" content="article">', '<link rel="alternate" type="application/rss+xml" href="https://www.%s/blog/rss.xml">' % p["domain"],
        '<meta name="twitter:domain" content="www.%s">' % p["domain"], '<script src="//platform.linkedin.example/in.js" type="text/javascript">lang: en_US</script>',
        '<meta http-equiv="content-language" content="en">'])
    nav = "".join('<li class="has-submenu menu-item hs-skip-lang-url-rewrite"><a href="/%s" class="menu-link">%s</a></li>' % (slug(n), n) for n in p["nav"])
    related = "".join('<article class="blog-related-posts__post" aria-label="Blog post summary: %s"><a class="blog-related-posts__image-link" href="%s"><img class="blog-related-posts__image" src="https://www.%s/hubfs/%s.png" loading="lazy" alt=""></a>'
                      '<div class="blog-related-posts__content"><h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link" href="%s">%s</a></h3><p>%s</p></div></article>'
                      % (attr(t), path_of(p, t, "blog"), p["domain"], slug(t), path_of(p, t, "blog"), t, ex) for t, ex in p["related"])
    html = ('<!doctype html><html lang="en"><head>\n%s\n</head>\n<body>\n<div class="body-wrapper   hs-content-id-%s hs-blog-post hs-blog-id-%s">\n' % (head, p["content_id"], p["blog_id"]) +
            '<div data-global-resource-path="theme/templates/partials/header.html"><header class="header"><a href="#main-content" class="header__skip">%s</a><div class="header__container content-wrapper"><div class="header__logo header__logo--main">%s</div>'
            '<div class="header__column"><div class="header__row-2"><div class="header--toggle header__navigation--toggle"></div><div class="header__navigation header--element">%s</div></div></div>'
            '<div class="header__button">%s</div></div></header></div>\n'
            % (w["skip"], wrap("site_logo", '<span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo" style="" data-hs-cos-general-type="widget" data-hs-cos-type="logo"><a href="/" id="hs-link-site_logo_hs_logo_widget" style="border-width:0px;border:0px;"><img src="https://www.%s/hubfs/logo.svg" class="hs-image-widget " height="40" style="height: auto;width:160px;border-width:0px;border:0px;" width="160" alt="%s" title="%s"></a></span>' % (p["domain"], attr(p["site"]), attr(p["site"]))),
               wrap("navigation-primary", '<nav aria-label="Main menu" class="navigation-primary"><ul class="submenu level-1">%s</ul></nav>' % nav), wrap("header_button", '<a href="%s" class="button">%s</a>' % (p["header_btn"][1], p["header_btn"][0]))) +
            '<main id="main-content" class="body-container-wrapper">\n<div class="body-container body-container--blog-post"><div class="content-wrapper"><article class="blog-post">\n'
            '<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" style="" data-hs-cos-general-type="meta_field" data-hs-cos-type="text">%s</span></h1>\n' % p["h1"] +
            '<div class="blog-post__meta"><a href="https://www.%s/blog/author/%s">%s</a><time datetime="%s" class="blog-post__timestamp">%s</time></div>\n' % (p["domain"], slug(p["ld_authors"][0]), p["byline"], p["hs_time"], p["date"]) +
            '<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" style="" data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">%s</span></div>\n' % p["body"] +
            '<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g id="tag1_layer"><path d="M0 252.118V48C0 21.49 21.49 0 48 0h204.118a48 48 0 0 1 33.941 14.059"></path></g></svg>%s</div>\n'
            % "".join('<a class="blog-post__tag-link" href="https://www.%s/blog/tag/%s" rel="tag">%s</a>' % (p["domain"], slug(t), t) for t in p["tags"]) +
            '</article>\n<section class="blog-comments">%s</section>\n</div></div>\n' % wrap("blog_comments", '<span id="hs_cos_wrapper_blog_comments_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_blog_comments" style="" data-hs-cos-general-type="widget" data-hs-cos-type="blog_comments"><div class="section post-footer"><div id="comments-listing" class="new-comments"></div><div id="hs_form_target_blog_comments_%s"></div></div></span>' % hexid(p["url"], 8), "module") +
            '<div class="blog-related-posts"><div class="content-wrapper"><h2>%s</h2><div class="blog-related-posts__list">%s</div></div></div>\n' % (w["related"], related) +
            wrap("module_blog_subscribe", '<div class="blog-subscribe"><h3>%s</h3><span id="hs_form_target_module_blog_subscribe"></span><form class="hs-form stacked hs-custom-form" novalidate><div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-%s"><span>%s</span><span class="hs-form-required">*</span></label><div class="input"><input id="email-%s" name="email" required type="email" class="hs-input" inputmode="email" autocomplete="email"></div></div><div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="%s"></div></div></form></div>'
                 % (w["subscribe_h"], hexid(p["url"], 8), w["email"], hexid(p["url"], 8), w["subscribe"])) +
            '</main>\n<div data-global-resource-path="theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">%s<p class="footer__copyright">%s</p></div></footer></div>\n</div>\n'
            % ("".join('<div class="footer__column"><h4>%s</h4><ul>%s</ul></div>' % (h, lis(xs)) for h, xs in p["footer_cols"]), p["footer"]) +
            '<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" data-hs-banner-version="2"><div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-cookie-confirmation-button-group"><a id="hs-eu-confirmation-button" role="button" href="#">%s</a><a id="hs-eu-decline-button" role="button" href="#">%s</a></div></div><div id="hs-eu-policy-wording"><p>%s</p></div></div></div>\n'
            % (w["accept"], w["decline"], p["cookie"]) +
            '<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script>\n<script src="https://www.%s/hubfs/hub_generated/template_assets/1/%s/1772000000000/template_main.min.js"></script>\n'
            '<script>var hsVars = hsVars || {}; hsVars[\'language\'] = \'en\';</script><script src="/hs/hsstatic/cos-i18n/static-1.53/bundles/project.js"></script>\n'
            '<!-- Start of HubSpot Analytics Code --><script type="text/javascript">var _hsq = _hsq || [];_hsq.push(["setContentType", "blog-post"]);_hsq.push(["setCanonicalUrl", "%s"]);_hsq.push(["setPageId", "%s"]);_hsq.push(["setContentMetadata", {"contentPageId": %s,"contentGroupId": %s}]);</script><!-- End of HubSpot Analytics Code -->\n</body></html>\n'
            % (p["domain"], hexid(p["domain"], 8), p["url"], p["content_id"], p["content_id"], p["blog_id"]))
    return html, ["span#hs_cos_wrapper_post_body"]


def hs_cta(p, guid, alt):
    """A legacy HubSpot CTA embed (image button with tracking script)."""
    return ('<!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-%s"><span class="hs-cta-node hs-cta-%s" id="hs-cta-%s"><!--[if lte IE 8]><div id="hs-cta-ie-element"></div><![endif]-->'
            '<a href="https://cta-redirect.hubspot.example/cta/redirect/%s/%s" target="_blank" rel="noopener"><img class="hs-cta-img" id="hs-cta-img-%s" style="border-width:0px;" src="https://no-cache.hubspot.example/cta/default/%s/%s.png" alt="%s"></a></span>'
            '<script charset="utf-8" src="/hs/cta/cta/current.js"></script><script type="text/javascript"> hbspt.cta._relativeUrls=true;hbspt.cta.load(%s, \'%s\', {"useNewLoader":"true","region":"na1"}); </script></span><!-- end HubSpot Call-to-Action Code -->'
            % (guid, guid, guid, p["portal"], guid, guid, p["portal"], guid, alt, p["portal"], guid))


# ------------------------------------------------------------------------------------------------ Brightspot (public radio station style)
def brightspot(p):
    w = p["w"]
    head = "\n".join([
        '<meta charset="UTF-8">', '<style data-cssvarsponyfill="true">:root { --primaryColor: #00567e; --secondaryColor: #c84b31; --headerBackground: #ffffff; }</style>',
        '<meta property="og:title" content="%s">' % attr(p.get("og_title", p["h1"])), '<meta property="og:url" content="%s">' % p["url"],
        '<meta property="og:image" content="https://%s/dims4/default/%s/2147483647/strip/true/crop/4000x2100+0+283/resize/1200x630!/quality/90/?url=http%%3A%%2F%%2Fbrightspot.s3.example%%2F%s.jpg">' % (p["domain"], hexid(p["url"]), hexid(p["url"], 8)),
        '<meta property="og:image:width" content="1200">', '<meta property="og:image:height" content="630">', '<meta property="og:image:type" content="image/jpeg">',
        '<meta property="og:description" content="%s">' % desc(p), '<meta property="og:site_name" content="%s">' % attr(p["site"]), '<meta property="og:type" content="article">',
        '<meta property="article:author" content="https://%s/people/%s">' % (p["domain"], slug(p["ld_authors"][0])),
        '<meta property="article:published_time" content="%s">' % p["meta_date"], '<meta property="article:modified_time" content="%s">' % p["meta_mod"],
        '<meta property="article:section" content="%s">' % p["section"], "".join('<meta property="article:tag" content="%s">' % t for t in p["tags"]),
        '<meta name="twitter:card" content="summary_large_image">', '<meta name="twitter:site" content="@%s">' % slug(p["site"]), '<meta name="twitter:title" content="%s">' % attr(p.get("og_title", p["h1"])),
        '<meta name="brightspot.contentId" content="0000019c-%s-%s-%s-%s">' % (hexid(p["url"]), hexid(p["url"] + "a"), hexid(p["url"] + "b"), hexid(p["url"], 8) + hexid(p["url"] + "c")),
        '<link data-cssvarsponyfill="true" class="Webpack-css" rel="stylesheet" href="https://%s/resource/00000177-a11e-dd97-a37f-e19e1e2c0000/styleguide/All.min.%s.gz.css">' % (p["domain"], hexid(p["domain"], 8)),
        '<meta name="description" content="%s">' % desc(p), canonical(p), '<meta name="brightspot-dataLayer" content="{&quot;author&quot;:&quot;%s&quot;,&quot;bspStoryId&quot;:&quot;%s&quot;,&quot;category&quot;:&quot;%s&quot;,&quot;inlineAudio&quot;:0,&quot;pageType&quot;:&quot;news-story&quot;,&quot;program&quot;:&quot;&quot;,&quot;publishedDate&quot;:&quot;%s&quot;,&quot;siteName&quot;:&quot;%s&quot;,&quot;station&quot;:&quot;%s&quot;,&quot;wordCount&quot;:%d}">'
        % (attr(p["byline_plain"]), hexid(p["url"], 8), p["section"], p["meta_date"], attr(p["site"]), p["station"], 480),
        "<title>%s</title>" % p["title_tag"],
        ld({"@context": "http://schema.org", "@type": "NewsArticle", "author": [{"@context": "http://schema.org", "@type": "Person", "name": a, "url": "https://%s/people/%s" % (p["domain"], slug(a))} for a in p["ld_authors"]],
            "dateModified": p["ld_mod"], "datePublished": p["ld_date"], "headline": plain(p["h1"]), "image": {"@context": "http://schema.org", "@type": "ImageObject", "url": "https://%s/dims4/default/%s/2147483647/resize/1200x630!/%s.jpg" % (p["domain"], hexid(p["url"]), hexid(p["url"], 8))},
            "mainEntityOfPage": {"@type": "WebPage", "@id": p["url"]}, "publisher": {"@type": "Organization", "name": p["site"], "logo": {"@context": "http://schema.org", "@type": "ImageObject", "height": 60, "url": "https://%s/logo.png" % p["domain"], "width": 240}}})])
    nav = "".join('<li class="Navigation-items-item"><div class="NavigationItem"><div class="NavigationItem-text"><a class="NavigationItem-text-link" href="/%s">%s</a></div></div></li>' % (slug(n), n) for n in p["nav"])
    popular = "".join('<li class="List-items-item"><div class="PagePromo" data-content-type="news-story"><div class="PagePromo-content"><div class="PagePromo-category"><a class="Link" href="/%s">%s</a></div><div class="PagePromo-title"><a class="Link" href="%s"><span class="PagePromoContentIcons-text">%s</span></a></div><div class="PagePromo-date"><bsp-timestamp data-timestamp="1773200000000">%s</bsp-timestamp></div></div></div></li>'
                      % (slug(c), c, path_of(p, t, "news"), t, d) for t, c, d in p["popular"])
    html = ('<!DOCTYPE html>\n<html class="ArticlePage" lang="en" >\n<head>\n%s\n</head>\n' % head +
            '<body class="Page-body" data-content-width="1040px"><svg xmlns="http://www.w3.org/2000/svg" style="display:none" id="iconsMap1"><symbol id="icon-magnify" viewBox="0 0 31 31"><g><path d="M22.3 18.4l8.1 8.1-3.9 3.9-8.1-8.1"/></g></symbol></svg>\n'
            '<bsp-header class="Page-header"><div class="Page-header-bar"><div class="Page-header-bar-inner"><bsp-header-menu class="Page-header-navigation"><button class="Page-header-menu-trigger" aria-label="%s" aria-expanded="false"><svg class="hamburger"><use xlink:href="#icon-menu"></use></svg><span>%s</span></button>'
            '<div class="Page-header-hamburger-menu"><nav class="Navigation" aria-label="%s"><ul class="Navigation-items">%s</ul></nav></div></bsp-header-menu>'
            '<div class="Page-header-bar-logo"><a aria-label="home page" href="/" data-cms-ai="0"><img class="PageLogo-image" src="https://%s/logo.svg" alt="%s"></a></div>'
            '<div class="Page-header-bar-actions"><bsp-live-player class="LivePlayer"><button class="LivePlayer-play" aria-label="%s"><span class="LivePlayer-label">%s</span><span class="LivePlayer-nowPlaying">%s</span></button></bsp-live-player><a class="Page-header-donate" href="/donate">%s</a></div></div></div></bsp-header>\n'
            % (w["open_menu"], w["menu"], w["main_nav"], nav, p["domain"], attr(p["site"]), w["listen"], w["listen_live"], p["now_playing"], w["donate"]) +
            '<div class="Page-above"><div class="AlertBanner"><div class="AlertBanner-content"><span class="AlertBanner-label">%s</span> <a href="/%s">%s</a></div></div></div>\n' % (p["alert"][0], slug(p["alert"][1]), p["alert"][1]) +
            '<main class="Page-main"><div class="Page-content"><div class="ArticlePage-mainContent">\n'
            '<div class="ArticlePage-breadcrumbs"><div class="ArticlePage-breadcrumbs-item"><a class="Link" href="/%s">%s</a></div></div>\n' % (slug(p["section"]), p["section"]) +
            '<h1 class="Page-headline">%s</h1>\n<div class="ArticlePage-subHeadline"><p>%s</p></div>\n' % (p["h1"], p["deck"]) +
            '<div class="ArticlePage-articleMeta"><div class="ArticlePage-authors"><div class="ArticlePage-authorInfo"><div class="ArticlePage-authorBy">%s</div><div class="ArticlePage-authorName">%s</div></div></div>'
            '<div class="ArticlePage-datePublished">%s</div>%s</div>\n'
            % (w["by"], ", ".join(('<a class="Link" href="/people/%s">%s</a>' % (slug(a), a)) if not o else '<span>%s</span>' % a for a, o in p["bylines"]), p["date"], ('<div class="ArticlePage-dateModified">%s</div>' % p["updated"]) if p.get("updated") else "") +
            '<div class="ArticlePage-actions"><bsp-social-share class="ActionBar"><ul class="ActionBar-items">%s</ul></bsp-social-share></div>\n'
            % "".join('<li class="ActionBar-items-item"><a class="ActionLink" data-social-service="%s" href="#" target="_blank" data-cms-ai="0"><svg><use xlink:href="#mono-icon-%s"></use></svg><span class="ActionLink-text">%s</span></a></li>' % (n.lower(), n.lower(), n) for n in ["Facebook", "Twitter", "LinkedIn", "Email"]) +
            '<div class="ArticlePage-lead"><figure class="Figure"><picture><img class="Image" alt="%s" srcset="" width="1440" height="810" src="https://%s/dims4/default/%s/2147483647/strip/true/crop/4000x2250+0+0/resize/1440x810!/quality/90/lead.jpg" loading="eager"></picture>'
            '<div class="Figure-content"><div class="Figure-caption"><p>%s</p></div><div class="Figure-credit">%s</div></div></figure></div>\n' % (attr(p["figure"][0]), p["domain"], hexid(p["url"]), p["figure"][0], p["figure"][1]) +
            '<div class="Page-articleBody"><div class="RichTextArticleBody RichTextBody"><div class="RichTextArticleBody-body RichTextBody">\n%s\n</div></div></div>\n' % p["body"] +
            '<div class="ArticlePage-tags"><div class="ArticlePage-tags-label">%s</div><ul class="ArticlePage-tags-list">%s</ul></div>\n' % (w["tags"], lis(p["tags"], "ArticlePage-tags-list-item", "Link")) +
            '<div class="ArticlePage-contributors"><div class="ContributorBio"><div class="ContributorBio-media"><img class="Image" src="https://%s/people/%s.jpg" alt=""></div><div class="ContributorBio-info"><div class="ContributorBio-name"><a class="Link" href="/people/%s">%s</a></div><div class="ContributorBio-title">%s</div><div class="ContributorBio-bio">%s</div></div></div></div>\n'
            % (p["domain"], slug(p["ld_authors"][0]), slug(p["ld_authors"][0]), p["ld_authors"][0], p["bio"][0], p["bio"][1]) +
            '<div class="ArticlePage-donation"><div class="DonationModule"><div class="DonationModule-title">%s</div><div class="DonationModule-description"><p>%s</p></div><a class="Button" href="/donate">%s</a></div></div>\n' % p["donation"] +
            '</div>\n<aside class="ArticlePage-aside"><div class="List"><div class="List-header"><h2 class="List-title">%s</h2></div><ul class="List-items">%s</ul></div></aside>\n</div></main>\n' % (w["popular"], popular) +
            '<footer class="Page-footer"><div class="Page-footer-content"><div class="Page-footer-logo"><img src="https://%s/logo-white.svg" alt=""></div><div class="Page-footer-disclaimer"><p>%s</p></div><div class="Page-footer-navigation"><ul>%s</ul></div></div></footer>\n'
            % (p["domain"], p["footer"], lis(["About", "Contact", "FCC Public File", "Privacy Policy"])) +
            '<script src="https://%s/resource/00000177-a11e-dd97-a37f-e19e1e2c0000/styleguide/All.min.%s.gz.js" async></script>\n</body>\n</html>\n' % (p["domain"], hexid(p["domain"], 8)))
    return html, ["div.RichTextArticleBody-body"]


# ------------------------------------------------------------------------------------------------ Chorus / duet (Vox Media style)
def chorus(p):
    comps = []
    for kind, content in p["components"]:
        if kind == "p":
            comps.append('<div class="duet--article--article-body-component"><p class="duet--article--dangerously-set-cms-markup duet--article--standard-paragraph _1agbrixi _1agbrix0 _1agbrix4 _1agbrixn">%s</p></div>' % content)
        elif kind == "h2":
            comps.append('<div class="duet--article--article-body-component"><h2 class="duet--article--dangerously-set-cms-markup _1agbrixi _1xwtict0 _1xwticta" id="%s">%s</h2></div>' % (slug(content), content))
        elif kind == "pullquote":
            comps.append('<div class="duet--article--article-body-component clear-both block"><div class="duet--article--article-pullquote _8enl991 _8enl990"><p class="_8enl992">%s</p></div></div>' % content)
        elif kind == "newsletter":
            h, t, b = content
            comps.append('<div class="duet--article--article-body-component clear-both block"><div class="duet--cta--newsletter _1s9s8dn0"><div class="_1s9s8dn1"><p class="_1s9s8dn2">%s</p><p class="_1s9s8dn3">%s</p></div><form class="_1s9s8dn4"><input type="email" placeholder="Email (required)" aria-label="Email (required)" class="_1s9s8dn5"><button type="submit" class="_1s9s8dn6">%s</button></form><p class="_1s9s8dn7">By submitting your email, you agree to our <a href="/terms">Terms</a> and <a href="/privacy">Privacy Notice</a>.</p></div></div>' % (h, t, b))
        elif kind == "related":
            h, items = content
            comps.append('<div class="duet--article--article-body-component"><aside class="duet--article--related-list _1m8ac7j0"><h2 class="_1m8ac7j1">%s</h2><ul class="_1m8ac7j2">%s</ul></aside></div>' % (h, lis(items, "_1m8ac7j3")))
        elif kind == "image":
            comps.append('<div class="duet--article--article-body-component"><figure class="duet--media--content-figure _1xwtict1"><img alt="" sizes="(max-width: 700px) 100vw, 700px" src="https://platform.%s/wp-content/uploads/sites/2/2026/03/%s.jpg?quality=90&amp;strip=all&amp;crop=0,0,100,100" loading="lazy" decoding="async"><figcaption class="duet--media--caption _1ymtmqp0"><span class="_1ymtmqp1">%s</span> <cite class="_1ymtmqp2">%s</cite></figcaption></figure></div>' % (p["domain"], slug(content[0]), content[0], content[1]))
        else:
            raise ValueError(kind)
    head = "\n".join(['<meta charset="utf-8">', '<meta name="viewport" content="width=device-width">', "<title>%s</title>" % p["title_tag"],
                      '<meta name="description" content="%s">' % desc(p), og_tags(p), canonical(p),
                      '<meta name="parsely-title" content="%s">' % attr(p["h1"]), '<meta name="parsely-section" content="%s">' % p["section"], '<meta name="parsely-author" content="%s">' % attr(p["ld_authors"][0]),
                      ld(article_ld(p, p.get("ld_type", "NewsArticle"))),
                      '<link rel="preload" href="/_next/static/css/%s.css" as="style"><link rel="stylesheet" href="/_next/static/css/%s.css" data-n-g="">' % (hexid(p["domain"], 8), hexid(p["domain"], 8))])
    html = ('<!DOCTYPE html><html lang="en-US"><head>\n%s\n</head>\n<body><div id="__next">\n' % head +
            '<a class="duet--navigation--skip-link" href="#content">Skip to main content</a>\n'
            '<div class="duet--navigation--navigation"><header class="_1ph5c9i0"><div class="_1ph5c9i1"><a href="/" aria-label="%s homepage"><svg class="_1ph5c9i2" viewBox="0 0 146 45" role="img"><title>%s logo</title><path d="M0 0h146v45H0z"></path></svg></a>'
            '<nav class="_1ph5c9i3" aria-label="Main"><ul class="_1ph5c9i4">%s</ul></nav><div class="_1ph5c9i5"><a class="_1ph5c9i6" href="/support">%s</a><button class="_1ph5c9i7" aria-label="Search">Search</button></div></div></header></div>\n'
            % (attr(p["site"]), attr(p["site"]), lis(p["nav"], "_1ph5c9i8"), p["support_btn"]) +
            '<main id="content"><article id="zephr-anchor" class="duet--article--article">\n'
            '<div class="duet--article--lede _1xwtict2"><div class="_1xwtict3"><ul class="duet--article--article-groups"><li><a href="/%s" class="duet--article--group-link">%s</a></li></ul>'
            '<h1 class="duet--article--article-title _1xwtict4">%s</h1><p class="duet--article--dek _1xwtict5">%s</p>'
            '<div class="duet--article--byline _1xwtict6"><p class="_1xwtict7">by <span class="_1xwtict8"><a href="/authors/%s" class="duet--article--byline-author">%s</a></span></p><time datetime="%s" class="_1xwtict9">%s</time></div></div>'
            '<figure class="duet--article--lede-image"><img alt="" src="https://platform.%s/wp-content/uploads/sites/2/2026/03/lede-%s.jpg" loading="eager"><figcaption class="duet--media--caption"><span>%s</span> <cite>%s</cite></figcaption></figure></div>\n'
            % (slug(p["group"]), p["group"], p["h1"], p["deck"], slug(p["ld_authors"][0]), p["ld_authors"][0], p["time_iso"], p["date"], p["domain"], slug(p["url"]), p["lede_caption"][0], p["lede_caption"][1]) +
            '<div class="duet--layout--entry-body-container _1xwticte"><div class="duet--layout--entry-body c-entry-content _1xwtictf">\n%s\n</div></div>\n' % "\n".join(comps) +
            '<div class="duet--article--article-footer"><div class="duet--article--author-bio"><p>%s</p></div>'
            '<div class="duet--cta--contribution _15ebvq60"><h2 class="_15ebvq61">%s</h2><p class="_15ebvq62">%s</p><div class="_15ebvq63"><button>$5/month</button><button>$10/month</button><button>$25/month</button><button>Other</button></div><a class="_15ebvq64" href="/support">%s</a></div>'
            '<div class="duet--article--comments-join"><a href="#comments">%s</a></div></div>\n'
            % (p["bio"], p["contribution"][0], p["contribution"][1], p["contribution"][2], p["comments_link"]) +
            '</article>\n<section class="duet--content-cards--most-popular"><h2>%s</h2><ol>%s</ol></section>\n</main>\n' % (p["popular"][0], lis(p["popular"][1])) +
            '<footer class="duet--navigation--footer"><div class="_1rlu9ln0"><ul>%s</ul><p class="_1rlu9ln1">%s</p></div></footer>\n</div>\n' % (lis(["Terms of Use", "Privacy Notice", "Cookie Policy", "Ethics Statement", "Contact"]), p["footer"]) +
            '<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"hydration":{"responses":[{"operationName":"EntryLayoutQuery","data":{"entryRevision":{"uuid":"%s","type":"STORY"}}}]}}},"page":"/[...slugs]","query":{},"buildId":"%s","isFallback":false,"gssp":true}</script>\n</body></html>\n' % (uuid(p["url"]), hexid(p["domain"], 8)))
    return html, ["div.duet--layout--entry-body"]


# ------------------------------------------------------------------------------------------------ Hugo (PaperMod)
def hugo_papermod(p):
    head = "\n".join([
        '<meta charset="utf-8">', '<meta http-equiv="X-UA-Compatible" content="IE=edge">', '<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">',
        '<meta name="robots" content="index, follow">', "<title>%s</title>" % p["title_tag"], '<meta name="keywords" content="%s">' % ", ".join(p["tags"]),
        '<meta name="description" content="%s">' % desc(p), '<meta name="author" content="%s">' % p["ld_authors"][0], canonical(p),
        '<link crossorigin="anonymous" href="/assets/css/stylesheet.%s.css" integrity="sha256-%s=" rel="preload stylesheet" as="style">' % (hexid(p["url"], 8) * 8, hexid(p["url"], 8) * 5),
        '<link rel="icon" href="https://%s/favicon.ico">' % p["domain"], '<link rel="alternate" hreflang="ja" href="%s">' % p["url"],
        '<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>',
        '<meta property="og:url" content="%s">' % p["url"], '<meta property="og:site_name" content="%s">' % p["site"], '<meta property="og:title" content="%s">' % attr(p["h1"]),
        '<meta property="og:description" content="%s">' % desc(p), '<meta property="og:locale" content="ja">', '<meta property="og:type" content="article">',
        '<meta property="article:section" content="posts">', '<meta property="article:published_time" content="%s">' % p["pub"], '<meta property="article:modified_time" content="%s">' % p["mod"],
        "".join('<meta property="article:tag" content="%s">' % t for t in p["tags"]), '<meta name="twitter:card" content="summary">', '<meta name="twitter:title" content="%s">' % attr(p["h1"]),
        '<script type="application/ld+json">{"@context": "https://schema.org","@type": "BreadcrumbList","itemListElement": [{"@type": "ListItem","position":  1 ,"name": "Posts","item": "https://%s/posts/"}, {"@type": "ListItem","position":  2 ,"name": "%s","item": "%s"}]}</script>' % (p["domain"], attr(p["h1"]), p["url"]),
        '<script type="application/ld+json">{"@context": "https://schema.org","@type": "BlogPosting","headline": "%s","name": "%s","description": "%s","keywords": [%s],"articleBody": "%s","wordCount" : "%d","inLanguage": "ja","datePublished": "%s","dateModified": "%s","author":{"@type": "Person","name": "%s"},"mainEntityOfPage": {"@type": "WebPage","@id": "%s"},"publisher": {"@type": "Organization","name": "%s","logo": {"@type": "ImageObject","url": "https://%s/favicon.ico"}}}</script>'
        % (attr(p["h1"]), attr(p["h1"]), desc(p), ", ".join('"%s"' % t for t in p["tags"]), p["article_body_md"], len(plain(p["body"])), p["pub"], p["mod"], p["ld_authors"][0], p["url"], p["site"], p["domain"])])
    toc = "".join('<li><a href="#%s" aria-label="%s">%s</a></li>' % (a, t, t) for a, t in p["toc"])
    html = ('<!DOCTYPE html>\n<html lang="ja" dir="auto">\n<head>\n%s\n</head>\n' % head +
            '<body class="" id="top">\n<script>if (localStorage.getItem("pref-theme") === "dark") {document.body.classList.add(\'dark\');} else if (localStorage.getItem("pref-theme") === "light") {document.body.classList.remove(\'dark\')} else if (window.matchMedia(\'(prefers-color-scheme: dark)\').matches) {document.body.classList.add(\'dark\');}</script>\n'
            '<header class="header"><nav class="nav"><div class="logo"><a href="https://%s/" accesskey="h" title="%s (Alt + H)">%s</a><div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18" viewBox="0 0 24 24"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg></button></div></div>'
            '<ul id="menu">%s</ul></nav></header>\n' % (p["domain"], p["site"], p["site"], "".join('<li><a href="https://%s/%s/" title="%s"><span>%s</span></a></li>' % (p["domain"], slug(n), n, n) for n in p["nav"])) +
            '<main class="main">\n<article class="post-single">\n<header class="post-header"><div class="breadcrumbs"><a href="https://%s/">ホーム</a>&nbsp;»&nbsp;<a href="https://%s/posts/">Posts</a></div>\n'
            '<h1 class="post-title entry-hint-parent">%s</h1>\n<div class="post-description">%s</div>\n'
            '<div class="post-meta"><span title=\'%s\'>%s</span>&nbsp;·&nbsp;%s%s</div>\n</header>\n'
            % (p["domain"], p["domain"], p["h1"], p["deck"], p["title_time"], p["date"], p["reading"], ("&nbsp;·&nbsp;" + p["ld_authors"][0]) if p.get("show_author", True) else "") +
            '<div class="toc"><details open><summary accesskey="c" title="(Alt + C)"><span class="details">目次</span></summary><div class="inner"><ul>%s</ul></div></details></div>\n' % toc +
            '<div class="post-content">%s</div>\n' % p["body"] +
            '<footer class="post-footer"><ul class="post-tags">%s</ul>\n<nav class="paginav"><a class="prev" href="https://%s/posts/%s/"><span class="title">« 前へ</span><br><span>%s</span></a><a class="next" href="https://%s/posts/%s/"><span class="title">次へ »</span><br><span>%s</span></a></nav>\n'
            % ("".join('<li><a href="https://%s/tags/%s/">%s</a></li>' % (p["domain"], slug(t), t) for t in p["tags"]), p["domain"], slug(p["prev"]), p["prev"], p["domain"], slug(p["next"]), p["next"]) +
            '<ul class="share-buttons">%s</ul>\n</footer>\n' % "".join('<li><a target="_blank" rel="noopener noreferrer" aria-label="share %s on %s" href="#"><svg version="1.1" viewBox="0 0 512 512" xml:space="preserve" height="30px" width="30px" fill="currentColor"><path d="M449.446,0c34.525,0 62.554,28.03 62.554,62.554"></path></svg></a></li>' % (attr(p["h1"]), n) for n in ["x", "hatena", "line"]) +
            '<div class="giscus-comments"><h2 class="comments-title">⟪コメント⟫</h2><div class="giscus"><iframe class="giscus-frame" title="Comments" scrolling="no" src="https://giscus.example/ja/widget?origin=%s"></iframe></div></div>\n</article>\n</main>\n' % p["url"] +
            '<footer class="footer"><span>%s</span> · <span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>\n'
            % p["footer"] +
            '<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z"></path></svg></a>\n'
            '<script>let menu = document.getElementById(\'menu\'); if (menu) { menu.scrollLeft = localStorage.getItem("menu-scroll-position"); }</script>\n</body>\n</html>\n')
    return html, ["div.post-content"]


# ------------------------------------------------------------------------------------------------ Jekyll (Minima, jekyll-seo-tag)
def jekyll_minima(p):
    head = "\n".join([
        '<meta charset="utf-8">', '<meta http-equiv="X-UA-Compatible" content="IE=edge">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<!-- Begin Jekyll SEO tag v2.8.0 -->', "<title>%s</title>" % p["title_tag"], '<meta name="generator" content="Jekyll v4.3.4" />',
        '<meta property="og:title" content="%s" />' % attr(p["h1"]), '<meta name="author" content="%s" />' % p["ld_authors"][0], '<meta property="og:locale" content="de_DE" />',
        '<meta name="description" content="%s" />' % desc(p), '<meta property="og:description" content="%s" />' % desc(p), '<link rel="canonical" href="%s" />' % p["url"],
        '<meta property="og:url" content="%s" />' % p["url"], '<meta property="og:site_name" content="%s" />' % p["site"], '<meta property="og:type" content="article" />',
        '<meta property="article:published_time" content="%s" />' % p["pub"], '<meta name="twitter:card" content="summary" />', '<meta property="twitter:title" content="%s" />' % attr(p["h1"]),
        '<script type="application/ld+json">\n{"@context":"https://schema.org","@type":"BlogPosting","author":{"@type":"Person","name":"%s"},"dateModified":"%s","datePublished":"%s","description":"%s","headline":"%s","mainEntityOfPage":{"@type":"WebPage","@id":"%s"},"url":"%s"}</script>'
        % (p["ld_authors"][0], p["pub"], p["pub"], desc(p), attr(p["h1"]), p["url"], p["url"]),
        '<!-- End Jekyll SEO tag -->', '<link rel="stylesheet" href="/assets/main.css">', '<link type="application/atom+xml" rel="alternate" href="https://%s/feed.xml" title="%s" />' % (p["domain"], p["site"])])
    mentions = "".join('<li class="webmention"><div class="webmention-author"><img src="https://webmention.example/avatar/%s.jpg" alt="" width="32" height="32"><a href="https://%s" class="webmention-author-name">%s</a></div><div class="webmention-content">%s</div><time class="webmention-date">%s</time></li>'
                       % (hexid(n), d, n, t, dt) for n, d, t, dt in p["mentions"])
    html = ('<!DOCTYPE html>\n<html lang="de"><head>\n%s\n</head>\n<body>' % head +
            '<header class="site-header" role="banner"><div class="wrapper"><a class="site-title" rel="author" href="/">%s</a><nav class="site-nav"><input type="checkbox" id="nav-trigger" class="nav-trigger" /><label for="nav-trigger"><span class="menu-icon"><svg viewBox="0 0 18 15" width="18px" height="15px"><path d="M18,1.484c0,0.82-0.665,1.484-1.484,1.484H1.484C0.665,2.969,0,2.304,0,1.484l0,0C0,0.665,0.665,0,1.484,0 h15.032C17.335,0,18,0.665,18,1.484L18,1.484z"/></svg></span></label>'
            '<div class="trigger">%s</div></nav></div></header>\n' % (p["site"], "".join('<a class="page-link" href="/%s/">%s</a>' % (slug(n), n) for n in p["nav"])) +
            '<main class="page-content" aria-label="Content"><div class="wrapper"><article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">\n'
            '<header class="post-header"><h1 class="post-title p-name" itemprop="name headline">%s</h1><p class="post-meta"><time class="dt-published" datetime="%s" itemprop="datePublished">%s</time>• <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">%s</span></span></p></header>\n'
            % (p["h1"], p["pub"], p["date"], p["ld_authors"][0]) +
            '<div class="post-content e-content" itemprop="articleBody">\n%s\n</div>\n' % p["body"] +
            '<section class="webmentions"><h2>%s</h2><p class="webmention-counts">%s</p><ol class="webmention-list">%s</ol></section>\n' % (p["wm_title"], p["wm_counts"], mentions) +
            '<div id="disqus_thread"><iframe id="dsq-app4412" name="dsq-app4412" allowtransparency="true" frameborder="0" scrolling="no" tabindex="0" title="Disqus" width="100%%" src="https://disqus.example/embed/comments/?base=default&amp;f=%s&amp;t_u=%s" style="width: 1px !important; min-width: 100%% !important; border: none !important; overflow: hidden !important; height: 412px !important;" horizontalscrolling="no" verticalscrolling="no"></iframe></div>\n' % (p["handle"], p["url"]) +
            '<a class="u-url" href="%s" hidden></a></article></div></main>\n' % p["url"] +
            '<footer class="site-footer h-card"><data class="u-url" href="/"></data><div class="wrapper"><h2 class="footer-heading">%s</h2><div class="footer-col-wrapper"><div class="footer-col footer-col-1"><ul class="contact-list"><li class="p-name">%s</li><li><a class="u-email" href="mailto:%s">%s</a></li></ul></div>'
            '<div class="footer-col footer-col-2"><ul class="social-media-list"><li><a href="https://codeberg.example/%s"><svg class="svg-icon"><use xlink:href="/assets/minima-social-icons.svg#github"></use></svg> <span class="username">%s</span></a></li><li><a rel="me" href="https://norden.social.example/@%s"><svg class="svg-icon"><use xlink:href="/assets/minima-social-icons.svg#mastodon"></use></svg> <span class="username">%s</span></a></li></ul></div>'
            '<div class="footer-col footer-col-3"><p>%s</p></div></div></div></footer>\n</body>\n</html>\n'
            % (p["site"], p["ld_authors"][0], p["email"], p["email"], p["handle"], p["handle"], p["handle"], p["handle"], p["site_desc"]))
    return html, ["div.post-content"]


# ------------------------------------------------------------------------------------------------ Notion (published page, rendered DOM)
def _nblock(kind, content, bid):
    leaf = '<div spellcheck="false" placeholder=" " data-content-editable-leaf="true" contenteditable="false" style="max-width: 100%%; width: 100%%; white-space: pre-wrap; word-break: break-word; caret-color: rgb(55, 53, 47); padding: 3px 2px;">%s</div>'
    if kind == "text":
        return '<div data-block-id="%s" class="notion-selectable notion-text-block" style="width: 100%%; max-width: 100%%; margin-top: 2px; margin-bottom: 1px;"><div style="color: inherit; fill: inherit;"><div style="display: flex;">%s</div></div></div>' % (bid, leaf % content)
    if kind in ("header", "sub_header"):
        tag = "h2" if kind == "header" else "h3"
        return ('<div data-block-id="%s" class="notion-selectable notion-%s-block" style="width: 100%%; max-width: 100%%; margin-top: 1.4em; margin-bottom: 1px;"><div style="display: flex; width: 100%%; color: inherit; fill: inherit;"><%s spellcheck="false" placeholder="Heading" data-content-editable-leaf="true" contenteditable="false" style="max-width: 100%%; width: 100%%; white-space: pre-wrap; word-break: break-word; padding: 3px 2px; font-size: 1.5em; margin: 0px; font-weight: 600;">%s</%s></div></div>'
                % (bid, kind, tag, content, tag))
    if kind == "bulleted_list":
        return ('<div data-block-id="%s" class="notion-selectable notion-bulleted_list-block" style="width: 100%%; max-width: 100%%; margin-top: 2px; margin-bottom: 0px;"><div style="display: flex; align-items: flex-start; width: 100%%; padding-left: 2px; color: inherit; fill: inherit;"><div contenteditable="false" class="pseudoSelection" data-text-edit-side="start" style="user-select: none; margin-right: 2px; width: 24px; display: flex; align-items: center; justify-content: center; min-height: calc(1.5em + 6px);"><div class="pseudoBefore" style="font-size: 1.5em; line-height: 1; margin-bottom: 0px;">•</div></div><div style="flex: 1 1 0px; min-width: 1px; display: flex; flex-direction: column;"><div style="display: flex;">%s</div></div></div></div>'
                % (bid, leaf % content))
    if kind == "numbered_list":
        n, c = content
        return ('<div data-block-id="%s" class="notion-selectable notion-numbered_list-block" style="width: 100%%; max-width: 100%%; margin-top: 2px; margin-bottom: 0px;"><div style="display: flex; align-items: flex-start; width: 100%%; padding-left: 2px; color: inherit; fill: inherit;"><div contenteditable="false" class="pseudoSelection" data-text-edit-side="start" style="user-select: none; margin-right: 2px; width: 24px; display: flex; align-items: center; justify-content: center; min-height: calc(1.5em + 6px);"><span class="pseudoBefore" data-content="%d." style="width: 24px; text-align: center; white-space: nowrap;"></span></div><div style="flex: 1 1 0px; min-width: 1px; display: flex; flex-direction: column;"><div style="display: flex;">%s</div></div></div></div>'
                % (bid, n, leaf % c))
    if kind == "callout":
        icon, c = content
        return ('<div data-block-id="%s" class="notion-selectable notion-callout-block" style="width: 100%%; max-width: 100%%; margin-top: 4px; margin-bottom: 4px;"><div style="display: flex;"><div role="note" style="display: flex; width: 100%%; border-radius: 10px; border: 1px solid transparent; background: rgb(251, 243, 219); padding: 16px 16px 16px 12px;"><div><div class="notion-record-icon notranslate" role="img" aria-label="%s" style="user-select: none; width: 24px; height: 24px;"><span style="font-size: 21.6px; line-height: 1;">%s</span></div></div><div style="display: flex; flex-direction: column; min-width: 0px; margin-left: 8px; width: 100%%;">%s</div></div></div></div>'
                % (bid, icon, icon, leaf % c))
    if kind == "divider":
        return '<div data-block-id="%s" class="notion-selectable notion-divider-block" style="width: 100%%; max-width: 100%%; margin-top: 1px; margin-bottom: 1px;"><div contenteditable="false" class="notion-cursor-default" style="display: flex; align-items: center; justify-content: center; pointer-events: auto; width: 100%%; height: 13px; flex: 0 0 auto; color: rgba(55, 53, 47, 0.16);"><div role="separator" style="width: 100%%; height: 1px; visibility: visible; border-bottom: 1px solid rgba(55, 53, 47, 0.16);"></div></div></div>' % bid
    if kind == "toc":
        return ('<div data-block-id="%s" class="notion-selectable notion-table_of_contents-block" style="width: 100%%; max-width: 100%%; margin-top: 2px; margin-bottom: 1px;"><div contenteditable="false" style="position: relative;"><div role="navigation" aria-label="Table of contents">%s</div></div></div>'
                % (bid, "".join('<a href="#%s" rel="noopener noreferrer" role="link" style="display: block; color: inherit; text-decoration: none;"><div class="notion-focusable" tabindex="0" style="padding: 6px 2px; font-size: 14px; line-height: 1.3; display: flex; align-items: center;"><div style="margin-left: %dpx;">%s</div></div></a>' % (hexid(t, 8), 0, t) for t in content)))
    if kind == "bookmark":
        t, d, u = content
        return ('<div data-block-id="%s" class="notion-selectable notion-bookmark-block" style="width: 100%%; max-width: 100%%; margin-top: 4px; margin-bottom: 4px;"><div contenteditable="false" data-content-editable-void="true"><div style="display: flex;"><a href="https://%s" target="_blank" rel="noopener noreferrer" role="link" style="display: flex; color: inherit; text-decoration: none; user-select: none; transition: background 20ms ease-in 0s; cursor: pointer; flex-grow: 1; min-width: 0px; align-items: stretch; text-align: left; overflow: hidden; border: 1px solid rgba(55, 53, 47, 0.16); border-radius: 4px; position: relative; fill: inherit;">'
                '<div style="flex: 4 1 180px; padding: 12px 14px 14px; overflow: hidden; text-align: left;"><div style="font-size: 14px; line-height: 20px; color: rgb(55, 53, 47); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; min-height: 24px; margin-bottom: 2px;">%s</div><div style="font-size: 12px; line-height: 16px; color: rgba(55, 53, 47, 0.65); height: 32px; overflow: hidden;">%s</div><div style="display: flex; margin-top: 6px;"><div style="font-size: 12px; line-height: 16px; color: rgb(55, 53, 47); white-space: nowrap; overflow: hidden; text-overflow: ellipsis;">https://%s</div></div></div></a></div></div></div>'
                % (bid, u, t, d, u))
    raise ValueError(kind)


def notion(p):
    blocks, sel = [], []
    for i, (kind, content) in enumerate(p["blocks"]):
        bid = uuid(p["url"] + str(i))
        blocks.append(_nblock(kind, content, bid))
    props = "".join('<div role="row" class="notion-collection_view-page-property" style="display: flex; width: 100%%;"><div role="rowheader" style="display: flex; align-items: center; height: 34px; width: 160px; flex: 0 0 auto; color: rgba(55, 53, 47, 0.65);"><div class="notion-focusable" role="button" tabindex="0" style="user-select: none; display: flex; align-items: center; height: 100%%; width: 100%%; border-radius: 4px; padding: 0px 6px;"><div style="font-size: 14px; line-height: 1.2; white-space: nowrap; overflow: hidden; text-overflow: ellipsis;">%s</div></div></div>'
                    '<div role="cell" style="display: flex; margin-left: 4px; height: 100%%; flex: 1 1 auto; min-width: 0px;"><div class="notion-focusable" role="button" tabindex="0" style="user-select: none; display: flex; align-items: center; width: 100%%; min-height: 34px; font-size: 14px; border-radius: 4px; padding: 6px 8px 7px;"><div style="line-height: 1.5; white-space: pre-wrap; word-break: break-word;">%s</div></div></div></div>' % (k, v) for k, v in p["props"])
    crumbs = "".join('<a class="notion-focusable" role="button" tabindex="0" href="/%s" style="user-select: none; display: inline-flex; align-items: center; flex-shrink: 1; white-space: nowrap; height: 24px; border-radius: 4px; font-size: 14px; line-height: 1.2; min-width: 0px; padding-left: 6px; padding-right: 6px; color: rgb(55, 53, 47);"><div class="notranslate" style="white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 160px;">%s</div></a><span style="margin-left: 2px; margin-right: 2px; color: rgba(55, 53, 47, 0.5);">/</span>' % (hexid(c, 8), c) for c in p["crumbs"])
    head = "\n".join(['<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, height=device-height, initial-scale=1, maximum-scale=1, user-scalable=no, viewport-fit=cover">',
                      "<title>%s</title>" % p["title_tag"], '<meta name="description" content="Built with Notion, the all-in-one connected workspace with publishing capabilities.">',
                      '<meta property="og:site_name" content="%s">' % attr(p["og_site"]), '<meta property="og:type" content="website">', '<meta property="og:url" content="%s">' % p["url"],
                      '<meta property="og:title" content="%s">' % attr(p["h1"]), '<meta property="og:description" content="Built with Notion, the all-in-one connected workspace with publishing capabilities.">',
                      '<meta property="og:image" content="https://www.notion.example/images/meta/default.png">', '<meta name="twitter:card" content="summary_large_image">',
                      '<link rel="canonical" href="%s">' % p["url"], '<meta name="apple-itunes-app" content="app-id=1232780281">', '<link rel="stylesheet" href="/_assets/app-%s.css">' % hexid(p["url"], 8),
                      '<script>window.__pageLoadStart = Date.now();</script>'])
    html = ('<!DOCTYPE html>\n<html lang="%s" class="notion-html">\n<head>\n%s\n</head>\n' % (p["lang"], head) +
            '<body class="notion-body"><div id="notion-app"><div class="notion-app-inner notion-light-theme" style="color: rgb(55, 53, 47); fill: currentcolor; line-height: 1.5;"><div style="height: 100%%;"><div class="notion-cursor-listener" style="width: 100vw; height: 100%%; position: relative; display: flex; flex: 1 1 0%%; background: white; cursor: text;">\n'
            '<div class="notion-frame" style="flex-grow: 0; flex-shrink: 1; display: flex; flex-direction: column; background: white; z-index: 1; height: 100vh; max-height: 100%%; position: relative; width: 100%%;">\n'
            '<div class="notion-topbar" style="width: 100%%; max-width: 100vw; height: 45px; opacity: 1; transition: opacity 700ms ease 0s, color 700ms ease 0s; position: relative; user-select: none;"><div style="display: flex; justify-content: space-between; align-items: center; overflow: hidden; height: 45px; padding-left: 12px; padding-right: 10px;">'
            '<div class="notion-topbar-breadcrumb" style="display: flex; align-items: center; line-height: 1.2; font-size: 14px; height: 100%%; flex-grow: 0; margin-right: 8px; min-width: 0px;">%s<span class="notranslate" style="padding: 0 6px;">%s</span></div>'
            '<div class="notion-topbar-action-buttons" style="display: flex; align-items: center;"><a class="notion-topbar-share-menu notion-focusable" href="#" role="button" style="font-size: 14px; padding: 0 8px;">%s</a><a href="https://www.notion.example/signup" class="notion-focusable" role="button" style="font-size: 14px; padding: 0 8px;">%s</a></div></div></div>\n'
            % (crumbs, p["h1"], p["duplicate"], p["get_notion"]) +
            '<main class="notion-frame-main"><div class="notion-scroller vertical" style="z-index: 1; display: flex; flex-direction: column; flex-grow: 1; position: relative; align-items: center; margin-right: 0px; margin-bottom: 0px; overflow: hidden auto;">\n'
            '<div style="width: 100%%; display: flex; flex-direction: column; align-items: center; flex-shrink: 0; flex-grow: 0;"><div class="layout layout-wide"><div class="layout-content"><div style="height: 30vh; max-height: 280px; width: 100%%;"><img src="https://www.notion.example/image/%s.jpg" style="display: block; object-fit: cover; width: 100%%; height: 100%%; object-position: center 50%%;" alt=""></div>'
            '<div class="notion-record-icon notranslate" role="img" aria-label="%s" style="display: flex; align-items: center; justify-content: center; height: 78px; width: 78px; margin-top: -42px;"><span style="font-size: 78px; line-height: 1.1;">%s</span></div>'
            '<div class="notion-page-block" data-block-id="%s"><h1 class="notranslate" spellcheck="true" placeholder="Untitled" data-content-editable-leaf="true" contenteditable="false" style="max-width: 100%%; width: 100%%; white-space: pre-wrap; word-break: break-word; caret-color: rgb(55, 53, 47); padding: 3px 2px; font-size: 40px; font-weight: 700; margin: 0px;">%s</h1></div>\n'
            '<div role="table" aria-label="Page properties" class="notion-page-properties" style="width: 100%%; max-width: 100%%; margin-bottom: 12px;">%s</div></div></div></div>\n'
            % (hexid(p["url"], 8), p["icon"], p["icon"], uuid(p["url"]), p["h1"], props) +
            '<div class="notion-page-content" style="flex-shrink: 0; flex-grow: 1; max-width: 100%%; display: flex; align-items: flex-start; flex-direction: column; font-size: 16px; line-height: 1.5; width: 100%%; z-index: 4; padding-bottom: 30vh; padding-left: calc(96px + env(safe-area-inset-left)); padding-right: calc(96px + env(safe-area-inset-right));">\n%s\n</div>\n' % "\n".join(blocks) +
            '</div></main>\n<div class="notion-peek-renderer"></div>\n<div class="notion-made-with" style="position: fixed; bottom: 16px; right: 16px;"><a href="https://www.notion.example/?utm_source=sites" class="notion-focusable" role="link" style="font-size: 13px;">%s</a></div>\n' % p["made_with"] +
            '</div></div></div></div></div>\n<div class="notion-overlay-container notion-default-overlay-container"></div>\n<script src="/_assets/app-%s.js" async></script>\n</body>\n</html>\n' % hexid(p["url"], 8))
    p["exclude"] = p.get("exclude", []) + ["div.notion-table_of_contents-block", "div.notion-bookmark-block"]
    return html, ["div.notion-page-content"]


# ------------------------------------------------------------------------------------------------ Substack-like newsletter post
def substack_anchor(p, text):
    return ('<h2 class="header-anchor-post">%s<div class="pencraft pc-display-flex pc-alignItems-center pc-position-absolute pc-reset header-anchor-parent"><div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA"><div id="§%s" class="pencraft pc-reset header-anchor offset-top"></div>'
            '<button tabindex="0" type="button" aria-label="Link" data-href="%s#§%s" class="pencraft pc-reset pc-display-flex pc-alignItems-center pc-justifyContent-center iconButton-mAZwAu iconButtonBase-dJGHgN buttonBase-GK1x3M"><svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="lucide lucide-link"><path d="M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71"></path></svg></button></div></div></h2>'
            % (text, slug(text), p["url"], slug(text)))


def substack_subscribe(p):
    w = p["w"]
    return ('<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;https://%s/subscribe?&quot;,&quot;text&quot;:&quot;%s&quot;,&quot;language&quot;:&quot;%s&quot;}" data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">%s</p></div>'
            '<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="%s" tabindex="-1"><input type="submit" class="button primary" value="%s"><div class="fake-input-wrapper"><div class="fake-input"></div><div class="fake-button"></div></div></form></div></div>'
            % (p["domain"], w["subscribe"], p["lang"], w["cta_caption"], w["email_ph"], w["subscribe"]))


def substack(p):
    w = p["w"]
    ufi = ('<div class="post-ufi style-button"><div class="like-button-container post-ufi-button style-button"><button tabindex="0" type="button" aria-label="%s (%s)" aria-pressed="false" class="post-ufi-button style-button has-label with-border"><svg role="img" width="20" height="20" viewBox="0 0 24 24" fill="#000000" stroke-width="2" stroke="#000" xmlns="http://www.w3.org/2000/svg"><g><title></title><path d="M20.84 4.61a5.5 5.5 0 0 0-7.78 0L12 5.67l-1.06-1.06a5.5 5.5 0 0 0-7.78 7.78l1.06 1.06L12 21.23l7.78-7.78 1.06-1.06a5.5 5.5 0 0 0 0-7.78z"></path></g></svg><div class="label">%s</div></button></div>'
           '<a role="button" href="%s/comments" class="post-ufi-button style-button has-label with-border"><svg role="img" width="20" height="20" viewBox="0 0 24 24"><g><title></title><path d="M21 11.5a8.38 8.38 0 0 1-.9 3.8 8.5 8.5 0 0 1-7.6 4.7 8.38 8.38 0 0 1-3.8-.9L3 21l1.9-5.7a8.38 8.38 0 0 1-.9-3.8"></path></g></svg><div class="label">%s</div></a>'
           '<button tabindex="0" type="button" class="post-ufi-button style-button has-label with-border"><svg role="img" width="20" height="20" viewBox="0 0 24 24"><g><title></title><path d="M17 1l4 4-4 4"></path></g></svg><div class="label">%s</div></button>'
           '<button tabindex="0" type="button" class="post-ufi-button style-button no-label with-border"><svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor"><path d="M12 2v13"></path></svg><div class="label">%s</div></button></div>'
           % (w["like"], p["likes"], p["likes"], p["url"], p["n_comments"], p["restacks"], w["share"]))
    comments = "".join('<div class="comment"><div class="comment-content"><div class="profile-img-wrap"><img src="https://substackcdn.example/image/fetch/w_66,h_66,c_fill/%s.png" width="32" height="32" alt=""></div><div class="comment-rest"><div class="comment-meta"><span class="commenter-name"><a href="https://substack.example/profile/%s">%s</a></span><a class="comment-date" href="%s/comment/%s">%s</a></div>'
                       '<div class="comment-body"><p>%s</p></div><div class="comment-actions"><button>%s</button><button>%s</button></div></div></div></div>' % (hexid(n, 8), hexid(n, 8), n, p["url"], hexid(t, 8), d, t, w["like"], w["reply"]) for n, d, t in p["comments"])
    head = "\n".join(['<meta charset="utf-8">', '<meta name="norton-safeweb-site-verification" content="24usqpep0ejc5w6hod3dulxwciwp0djs6c6ufp96av3t4whuxovj72wfkdjxu82yacb7430qjm8adbd5ezlt4592dq4zrvadcn9j9n-0btgdzpiojfzno16-fnsnu7xd">',
                      '<link rel="preconnect" href="https://substackcdn.example">', '<title data-rh="true">%s</title>' % p["title_tag"],
                      '<meta data-rh="true" name="theme-color" content="#ffffff"/>', '<meta data-rh="true" property="og:type" content="article"/>',
                      '<meta data-rh="true" property="og:title" content="%s"/>' % attr(p["h1"]), '<meta data-rh="true" name="twitter:title" content="%s"/>' % attr(p["h1"]),
                      '<meta data-rh="true" name="description" content="%s"/>' % desc(p), '<meta data-rh="true" property="og:description" content="%s"/>' % desc(p),
                      '<meta data-rh="true" property="og:image" content="https://substackcdn.example/image/fetch/w_1200,h_600,c_fill,f_jpg,q_auto:good,fl_progressive:steep,g_auto/%s.jpeg"/>' % hexid(p["url"], 8),
                      '<meta data-rh="true" name="twitter:card" content="summary_large_image"/>', '<meta data-rh="true" name="twitter:label1" content="Likes"/>', '<meta data-rh="true" name="twitter:data1" content="%s"/>' % p["likes"],
                      '<meta data-rh="true" name="twitter:label2" content="Replies"/>', '<meta data-rh="true" name="twitter:data2" content="%s"/>' % p["n_comments"],
                      '<meta data-rh="true" name="twitter:label3" content="Restacks"/>', '<meta data-rh="true" name="twitter:data3" content="%s"/>' % p["restacks"],
                      '<meta data-rh="true" name="author" content="%s"/>' % p["ld_authors"][0], '<meta data-rh="true" property="og:url" content="%s"/>' % p["url"],
                      '<link data-rh="true" rel="canonical" href="%s"/>' % p["url"],
                      ld({"@context": "https://schema.org", "@type": "NewsArticle", "url": p["url"], "mainEntityOfPage": p["url"], "headline": plain(p["h1"]), "description": desc(p),
                          "image": [{"@type": "ImageObject", "url": "https://substackcdn.example/image/fetch/%s.jpeg" % hexid(p["url"], 8)}], "datePublished": p["pub"], "dateModified": p["pub"], "isAccessibleForFree": True,
                          "author": [{"@type": "Person", "name": p["ld_authors"][0], "url": "https://substack.example/@%s" % p["handle"], "description": p["author_desc"], "identifier": "user:%d" % (int(hexid(p["handle"]), 16) * 7)}],
                          "publisher": {"@type": "Organization", "name": p["site"], "url": "https://%s" % p["domain"], "description": p["site_desc"],
                                        "interactionStatistic": {"@type": "InteractionCounter", "name": "Subscribers", "interactionType": "https://schema.org/SubscribeAction", "userInteractionCount": p["subscribers"]},
                                        "identifier": "pub:%d" % int(hexid(p["domain"]), 16)}}),
                      '<link rel="stylesheet" type="text/css" href="https://substackcdn.example/bundle/static/css/main.%s.css" />' % hexid(p["domain"], 8)])
    html = ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n</head>\n' % (p["lang"], head) +
            '<body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg"><div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA">\n'
            '<div class="main-menu-content"><div class="topbar-spacer"></div><div class="main-menu topbar pencraft pc-display-flex pc-reset"><div class="topbar-content pencraft pc-display-flex pc-justifyContent-space-between pc-alignItems-center pc-reset"><div class="navbar-buttons"><a class="navbar-logo-container" href="/"><img class="navbar-logo" src="https://substackcdn.example/image/fetch/w_80,h_80,c_fill/%s.png" width="40" height="40" alt=""></a></div>'
            '<div class="navbar-title"><h1 class="navbar-title-link"><a href="/">%s</a></h1></div><div class="navbar-buttons right"><button tabindex="0" type="button" class="pencraft pc-reset button primary subscribe-btn">%s</button><button tabindex="0" type="button" class="pencraft pc-reset button sign-in-link">%s</button></div></div></div></div>\n'
            % (hexid(p["domain"], 8), p["site"], w["subscribe"], w["signin"]) +
            '<div class="single-post-container"><div class="container"><div class="single-post"><div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA"><article class="typography newsletter-post post">\n'
            '<div role="region" aria-label="Post header" class="post-header"><h1 dir="auto" class="post-title published title-X77sOw">%s</h1><h3 dir="auto" class="subtitle subtitle-HEEcLo">%s</h3>\n' % (p["h1"], p["deck"]) +
            '<div class="pencraft pc-display-flex pc-gap-16 pc-paddingTop-16 pc-paddingBottom-16 pc-justifyContent-space-between pc-alignItems-center flex-grow-rzmknG pc-reset border-top-detail-themed-k9TZAY border-bottom-detail-themed-Ua9186 post-ufi"><div class="pencraft pc-display-flex pc-gap-12 pc-alignItems-center pc-reset byline-wrapper"><div class="pencraft pc-display-flex pc-reset"><div class="pencraft pc-display-flex pc-flexDirection-row pc-reset"><div class="pencraft pc-display-flex pc-reset"><a href="https://substack.example/@%s" aria-label="View %s&#39;s profile" class="pencraft pc-display-contents pc-reset"><div tabindex="0" class="pencraft pc-display-flex pc-width-36 pc-height-36 pc-justifyContent-center pc-alignItems-center pc-position-relative pc-reset bg-secondary-UUD3_J flex-auto-j3S2WA outline-detail-vcQLyr pc-borderRadius-full overflow-hidden-WdpwT6 sizing-border-box-DggLA4 container-TAtrWj"><img src="https://substackcdn.example/image/fetch/w_72,h_72,c_fill/%s.jpeg" width="36" height="36" alt="" class="pencraft pc-reset img-OACg1c object-fit-cover-u4ReeV pc-reset"></div></a></div></div></div>'
            '<div class="pencraft pc-display-flex pc-flexDirection-column pc-reset"><div class="pencraft pc-reset color-pub-primary-text-NyXPlw line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA"><span data-state="closed"><a href="https://substack.example/@%s" class="pencraft pc-reset decoration-hover-underline-ClDVRM reset-IxiVJZ">%s</a></span></div>'
            '<div class="pencraft pc-display-flex pc-gap-4 pc-reset"><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA">%s</div></div></div></div>%s</div></div>\n'
            % (p["handle"], attr(p["ld_authors"][0]), hexid(p["handle"], 8), p["handle"], p["byline"], p["date"], ufi) +
            '<div class="available-content"><div dir="auto" class="body markup">%s</div></div>\n' % p["body"] +
            '<div class="visibility-check"></div>\n<div class="post-footer use-separators"><div class="pencraft pc-display-flex pc-reset">%s</div></div>\n' % ufi.replace("post-ufi style-button", "post-ufi style-button post-footer-ufi", 1) +
            '<div class="subscribe-footer"><p class="subscribe-footer-text">%s</p>%s</div>\n' % (w["footer_sub"], substack_subscribe(p).replace(w["cta_caption"], w["cta_caption2"])) +
            '</article></div></div></div></div>\n<div class="comments-section"><div class="comments-page"><div class="container"><h4 class="comments-heading">%s</h4><div class="comment-list">%s</div><a class="more-comments" href="%s/comments">%s</a></div></div></div>\n' % (w["discussion"], comments, p["url"], w["all_comments"]) +
            '<div class="footer-wrap publication-footer"><div class="footer"><div class="container"><div class="footer-blurbs"><div class="footer-copyright-blurb">%s</div><div class="footer-terms-blurb"><a href="https://substack.example/privacy">%s</a> ∙ <a href="https://substack.example/tos">%s</a> ∙ <a href="https://substack.example/ccpa#personal-data-collected">Collection notice</a></div></div><div class="footer-buttons"><a native class="footer-substack-cta" href="https://substack.example/signup?utm_source=substack&amp;utm_medium=web&amp;utm_content=footer"><img class="footer-substack-wordmark" src="https://substackcdn.example/image/fetch/substack_wordmark.png" alt="Substack"></a><div class="footer-slogan-blurb">%s</div></div></div></div></div>\n'
            % (p["footer"], w["privacy"], w["terms"], w["slogan"]) +
            '</div></div></div>\n<script>window._preloads = JSON.parse("{\\"isEU\\":true,\\"language\\":\\"%s\\",\\"base_url\\":\\"https://%s\\",\\"post\\":{\\"id\\":%d,\\"type\\":\\"newsletter\\",\\"audience\\":\\"everyone\\"}}")</script>\n'
            '<script src="https://substackcdn.example/bundle/static/js/main.%s.js" charset="utf-8"></script>\n</body>\n</html>\n' % (p["lang"], p["domain"], int(hexid(p["url"]), 16), hexid(p["domain"], 8)))
    return html, ["div.available-content"]


# ------------------------------------------------------------------------------------------------ Discourse topic (rendered Ember view)
def discourse(p):
    w = p["w"]
    posts = []
    for i, (user, name, title, date_title, date, likes, cooked) in enumerate(p["posts"]):
        n = i + 1
        posts.append('<div class="topic-post clearfix %sregular" data-post-id="%d"><article id="post_%d" aria-label="%s" role="region" data-post-id="%d" data-topic-id="%s" data-user-id="%d" class="boxed onscreen-post">'
                     '<div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/%s" data-user-card="%s" aria-hidden="true" tabindex="-1"><img alt="" width="48" height="48" src="/user_avatar/%s/%s/96/%d_2.png" class="avatar" loading="lazy"></a></div></div>'
                     '<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first full-name"><a href="/u/%s" data-user-card="%s" class="">%s</a></span><span class="second username"><a href="/u/%s" data-user-card="%s" class="">%s</a></span>%s</div>'
                     '<div class="post-infos"><div class="post-info post-date"><a class="widget-link post-date" href="/t/%s/%s/%d" title="%s" data-share-url="/t/%s/%s/%d?u=%s" data-post-number="%d"><span title="%s" data-time="%d" class="relative-date">%s</span></a></div></div></div>'
                     '<div class="regular contents"><div class="cooked">%s</div><section class="post-menu-area clearfix"><nav class="post-controls collapsed-like"><div class="actions"><div class="double-button"><button class="widget-button btn-flat button-count like-count highlight-action regular-likes btn-text" title="%s">%s</button><button class="widget-button btn-flat toggle-like like no-text btn-icon" aria-label="%s" title="%s"><svg class="fa d-icon d-icon-d-unliked svg-icon svg-node" aria-hidden="true"><use href="#far-heart"></use></svg></button></div>'
                     '<button class="widget-button btn-flat share no-text btn-icon" aria-label="%s" title="%s"><svg class="fa d-icon d-icon-d-post-share svg-icon svg-node" aria-hidden="true"><use href="#link"></use></svg></button><button class="widget-button btn-flat reply create fade-out btn-icon-text" aria-label="%s" title="%s"><svg class="fa d-icon d-icon-reply svg-icon svg-node" aria-hidden="true"><use href="#reply"></use></svg><span class="d-button-label">%s</span></button></div></nav></section></div></div></div></article></div>'
                     % ("topic-owner " if i == 0 else "", 91000 + n, n, w["post_label"] % (n, user), 91000 + n, p["topic_id"], 300 + i, user, user, user, p["domain"], 300 + i,
                        user, user, name, user, user, user, ('<span class="user-title">%s</span>' % title) if title else "", p["slug_"], p["topic_id"], n, w["post_date"], p["slug_"], p["topic_id"], n, user, n, date_title, 1772600000000 + i * 3600000, date,
                        cooked, w["likes_title"], likes, w["like"], w["like"], w["share"], w["share"], w["reply"], w["reply"], w["reply"]))
    head = "\n".join(['<meta charset="utf-8">', "<title>%s</title>" % p["title_tag"], '<meta name="description" content="%s">' % desc(p),
                      '<meta name="generator" content="Discourse 3.4.0.beta3 - https://github.com/discourse/discourse version 5b8a9c1b9d6d3e6f0a1c">',
                      '<link rel="icon" type="image/png" href="https://%s/uploads/default/optimized/1X/favicon_32x32.png">' % p["domain"], '<meta name="theme-color" media="all" content="#ffffff">',
                      '<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, user-scalable=yes, viewport-fit=cover">', canonical(p),
                      '<link rel="search" type="application/opensearchdescription+xml" href="https://%s/opensearch.xml" title="%s Search">' % (p["domain"], attr(p["site"])),
                      '<meta property="og:site_name" content="%s" />' % attr(p["site"]), '<meta property="og:type" content="website" />', '<meta name="twitter:card" content="summary" />',
                      '<meta name="twitter:image" content="https://%s/uploads/default/original/1X/logo.png" />' % p["domain"], '<meta property="og:image" content="https://%s/uploads/default/original/1X/logo.png" />' % p["domain"],
                      '<meta property="og:url" content="%s" />' % p["url"], '<meta name="twitter:url" content="%s" />' % p["url"], '<meta property="og:title" content="%s" />' % attr(p["h1"]),
                      '<meta name="twitter:title" content="%s" />' % attr(p["h1"]), '<meta property="og:description" content="%s" />' % desc(p), '<meta name="twitter:description" content="%s" />' % desc(p),
                      '<meta property="og:article:section" content="%s" />' % p["category"], '<meta property="og:article:section:color" content="0E76BD" />',
                      '<meta name="twitter:label1" value="%s" />' % w["reading_time"], '<meta name="twitter:data1" value="3 mins 🕑" />', '<meta name="twitter:label2" value="Likes" />', '<meta name="twitter:data2" value="%s ❤" />' % p["posts"][0][5],
                      '<meta property="article:published_time" content="%s" />' % p["pub"], '<meta property="og:ignore_canonical" content="true" />',
                      '<link rel="stylesheet" href="/stylesheets/desktop_%s.css?__ws=%s" media="all" data-target="desktop" />' % (hexid(p["domain"], 8), p["domain"])])
    html = ('<!DOCTYPE html>\n<html lang="%s" class="desktop-view not-mobile-device text-size-normal anon">\n<head>\n%s\n</head>\n' % (p["lang"], head) +
            '<body class="crawler ember-application docked archetype-regular category-%s tag-%s">\n<section id="main" class="ember-application"><div class="ember-view" id="ember3">\n' % (slug(p["category"]), slug(p["tags"][0])) +
            '<div id="d-sidebar" class="sidebar-container"><div class="sidebar-sections"><div class="sidebar-section-wrapper sidebar-section" data-section-name="community"><div class="sidebar-section-header-wrapper"><span class="sidebar-section-header-text">%s</span></div><ul class="sidebar-section-content">%s</ul></div>'
            '<div class="sidebar-section-wrapper sidebar-section" data-section-name="categories"><div class="sidebar-section-header-wrapper"><span class="sidebar-section-header-text">%s</span></div><ul class="sidebar-section-content">%s</ul></div></div></div>\n'
            % (w["community"], lis(w["community_links"], "sidebar-section-link-wrapper", "sidebar-section-link sidebar-row"), w["categories"], lis(p["categories"], "sidebar-section-link-wrapper", "sidebar-section-link sidebar-row")) +
            '<header class="d-header"><div class="wrap"><div class="contents"><div class="header-sidebar-toggle"><button class="btn no-text btn-icon btn-flat" aria-expanded="true" title="%s" type="button"><svg class="fa d-icon d-icon-bars svg-icon svg-string" aria-hidden="true"><use href="#bars"></use></svg></button></div>'
            '<div class="home-logo-wrapper-outlet"><div class="title"><a href="/"><img id="site-logo" class="logo-big" src="https://%s/uploads/default/original/1X/logo.png" width="" alt="%s"></a></div></div>'
            '<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button btn-text" type="button"><span class="d-button-label">%s</span></button><button class="btn btn-primary btn-small login-button btn-icon-text" type="button"><svg class="fa d-icon d-icon-user svg-icon svg-string" aria-hidden="true"><use href="#user"></use></svg><span class="d-button-label">%s</span></button></span></div></div></div></header>\n'
            % (w["sidebar"], p["domain"], attr(p["site"]), w["signup"], w["login"]) +
            '<div id="main-outlet-wrapper" class="wrap" role="main"><div id="main-outlet"><div class="container posts">\n'
            '<div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="%s"><a href="/t/%s/%s" class="fancy-title"><span dir="auto">%s</span></a></h1>'
            '<div class="topic-category"><a class="badge-category__wrapper " href="/c/%s/5"><span data-category-id="5" style="--category-badge-color: #0E76BD; --category-badge-text-color: #FFFFFF;" data-drop-close="true" class="badge-category --style-square " title="%s"><span class="badge-category__name" dir="ltr">%s</span></span></a>'
            '<div class="list-tags"><a href="/tag/%s" data-tag-name="%s" class="discourse-tag box">%s</a></div></div></div></div></div>\n'
            % (p["topic_id"], p["slug_"], p["topic_id"], p["h1"], slug(p["category"]), attr(p["category_desc"]), p["category"], slug(p["tags"][0]), p["tags"][0], p["tags"][0]) +
            '<div class="posts-wrapper"><div class="post-stream">%s</div></div>\n' % "\n".join(posts) +
            '<div class="topic-map --op"><section class="topic-map__contents"><div class="topic-map__stats"><div class="topic-map__views"><span class="number">%s</span><span class="topic-map__label">%s</span></div><div class="topic-map__likes"><span class="number">%s</span><span class="topic-map__label">%s</span></div><div class="topic-map__users"><span class="number">%d</span><span class="topic-map__label">%s</span></div></div></section></div>\n'
            % (p["views"], w["views"], p["total_likes"], w["likes"], len(p["posts"]), w["users"]) +
            '<div class="more-topics__container"><div class="more-topics__list"><h3 class="more-topics__list-title">%s</h3><table class="topic-list"><tbody class="topic-list-body">%s</tbody></table></div></div>\n'
            % (w["related"], "".join('<tr class="topic-list-item"><td class="main-link"><span class="link-top-line"><a href="/t/%s/%d" class="title raw-link raw-topic-link" data-topic-id="%d">%s</a></span></td><td class="num posts"><span class="number">%d</span></td><td class="num activity"><span class="relative-date">%s</span></td></tr>' % (slug(t), 4000 + i, 4000 + i, t, n, a) for i, (t, n, a) in enumerate(p["related"]))) +
            '</div></div></div>\n<div class="powered-by-discourse"><a href="https://discourse.org/powered-by">%s</a></div>\n</div></section>\n' % w["powered"] +
            '<script defer src="/assets/discourse-%s.br.js" data-discourse-entrypoint="discourse"></script>\n</body>\n</html>\n' % hexid(p["domain"], 8))
    return html, ["div.cooked"]


# ------------------------------------------------------------------------------------------------ LinkedIn Pulse (public view)
def linkedin(p):
    w = p["w"]
    head = "\n".join(['<meta name="pageKey" content="d_flagship2_pulse_read">', '<meta name="locale" content="%s">' % p["locale"], '<meta charset="UTF-8">',
                      "<title>%s</title>" % p["title_tag"], '<meta name="description" content="%s">' % desc(p), '<meta property="og:title" content="%s">' % attr(p["h1"]),
                      '<meta property="og:description" content="%s">' % desc(p), '<meta property="og:image" content="https://media.licdn.example/dms/image/v2/%s/article-cover_image-shrink_720_1280/0/1741500000000?e=2147483647">' % hexid(p["url"], 8),
                      '<meta property="og:type" content="article">', '<meta property="og:url" content="%s">' % p["url"], '<meta name="twitter:card" content="summary_large_image">',
                      '<meta name="twitter:site" content="@LinkedIn">', '<meta name="twitter:title" content="%s">' % attr(p["h1"]), '<meta name="litmsProfileName" content="PulseRead">',
                      '<link rel="canonical" href="%s">' % p["url"],
                      ld({"@context": "http://schema.org", "@type": "Article", "name": plain(p["h1"]), "headline": plain(p["h1"]),
                          "author": {"@type": "Person", "name": p["ld_authors"][0], "url": "https://tr.linkedin.example/in/%s" % p["handle"]},
                          "datePublished": p["pub"], "dateModified": p["pub"], "image": {"@type": "ImageObject", "url": "https://media.licdn.example/dms/image/v2/%s/cover.jpg" % hexid(p["url"], 8)},
                          "publisher": {"@type": "Organization", "name": "LinkedIn", "url": "https://www.linkedin.example", "logo": {"@type": "ImageObject", "url": "https://static.licdn.example/logo.png"}},
                          "commentCount": p["n_comments"], "interactionStatistic": [{"@type": "InteractionCounter", "interactionType": "http://schema.org/LikeAction", "userInteractionCount": p["reactions"]}]}),
                      '<link rel="stylesheet" href="https://static.licdn.example/aero-v1/sc/h/%s">' % hexid(p["url"], 8)])
    comments = "".join('<section class="comment flex grow-1 items-stretch"><a class="comment__avatar" href="#"><img class="inline-block relative rounded-[50%%] w-4 h-4" alt="%s" src="https://static.licdn.example/aero-v1/sc/h/ghost-person.svg"></a><div class="comment__body flex flex-col grow-1"><div class="comment__header flex justify-between"><div class="comment__meta"><a class="comment__author" href="#">%s</a><p class="comment__author-headline">%s</p></div><span class="comment__duration-since">%s</span></div>'
                       '<p class="comment__text">%s</p><div class="comment__actions"><a class="comment__reply" href="#">%s</a><span class="comment__reactions-count">%s</span></div></div></section>' % (attr(n), n, hl, ago, t, w["reply"], r) for n, hl, ago, t, r in p["comments"])
    more = "".join('<li class="more-articles__item"><a class="base-card__full-link" href="%s"><div class="base-main-card__info"><h3 class="base-main-card__title">%s</h3><p class="base-main-card__metadata">%s</p></div></a></li>' % (path_of(p, t, "pulse"), t, d) for t, d in p["more"])
    html = ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n</head>\n' % (p["lang"], head) +
            '<body dir="ltr" class="overflow-hidden">\n<a href="#main-content" class="skip-link btn-md btn-primary absolute z-11 -top-[100vh] focus:top-0">%s</a>\n' % w["skip"] +
            '<div class="artdeco-global-alert artdeco-global-alert--COOKIE_CONSENT" role="alert"><section class="artdeco-global-alert__body"><p class="artdeco-global-alert__message">%s</p><div class="artdeco-global-alert-action__wrapper"><button class="artdeco-global-alert-action artdeco-button artdeco-button--inverse artdeco-button--2 artdeco-button--primary" data-tracking-control-name="ga-cookie.consent.accept.v4">%s</button><button class="artdeco-global-alert-action artdeco-button artdeco-button--inverse artdeco-button--2 artdeco-button--primary" data-tracking-control-name="ga-cookie.consent.deny.v4">%s</button></div></section></div>\n'
            % (p["cookie"], w["accept"], w["reject"]) +
            '<header class="header base-container-width flex items-center justify-between"><nav class="nav pt-1.5 pb-2 flex items-center justify-between relative flex-nowrap babymamabear:py-1.5" aria-label="Primary"><a class="nav__logo-link link-no-visited-state z-1 mr-auto min-h-[52px] flex items-center babybear:z-0 hover:no-underline focus:no-underline active:no-underline" href="/" data-tracking-control-name="public_post_nav-header-logo"><span class="sr-only">LinkedIn</span><icon class="block text-color-brand w-[102px] h-[26px] babybear:hidden" data-svg-class-name="h-[26px] w-[102px]"></icon></a>'
            '<ul class="top-nav-menu flex items-center babybear:w-full babybear:justify-between justify-start">%s</ul><div class="nav__cta-container order-3 flex gap-x-1 justify-end min-w-[100px] flex-nowrap flex-shrink-0 babybear:flex-wrap flex-2 babymamabear:min-w-[50px]">'
            '<a class="nav__button-tertiary btn-md btn-tertiary" href="https://www.linkedin.example/signup">%s</a><a class="nav__button-secondary btn-secondary-emphasis btn-md" href="https://www.linkedin.example/login">%s</a></div></nav></header>\n'
            % ("".join('<li><a class="top-nav-link flex justify-center items-center h-[52px] hover:text-color-text visited:hover:text-color-text hover:no-underline" href="https://www.linkedin.example/%s"><span class="top-nav-link__label-text font-sans text-xs leading-regular text-center font-regular whitespace-nowrap">%s</span></a></li>' % (slug(n), n) for n in w["nav"]), w["join"], w["signin"]) +
            '<main id="main-content" class="main papabear:flex papabear:w-[1128px] papabear:mx-auto papabear:pt-desktop-content-top-margin mamabear:pt-desktop-content-top-margin" role="main"><section class="core-rail mx-auto papabear:w-core-rail-width mamabear:max-w-[790px] mamabear:px-mobile-container-padding babybear:max-w-[790px] babybear:px-mobile-container-padding">\n'
            '<div class="cover-img"><img class="cover-img__image relative w-full h-full" src="https://media.licdn.example/dms/image/v2/%s/article-cover_image-shrink_600_2000/0/1741500000000" alt=""></div>\n' % hexid(p["url"], 8) +
            '<article class="article-main relative"><header class="reader-article-header"><h1 class="pulse-title text-color-text font-sans text-xl font-bold mb-2">%s</h1>\n' % p["h1"] +
            '<div class="publisher-author-card"><a class="publisher-author-card__link" href="https://tr.linkedin.example/in/%s"><img class="publisher-author-card__image" src="https://media.licdn.example/dms/image/v2/%s/profile-displayphoto-shrink_100_100/0/1" alt="%s"></a>'
            '<div class="publisher-author-card__info"><h3 class="base-main-card__title font-sans text-md font-bold text-color-text">%s</h3><h4 class="base-main-card__subtitle body-text text-color-text overflow-hidden">%s</h4>'
            '<div class="base-main-card__metadata"><span class="body-text text-color-text-low-emphasis base-main-card__metadata-item">%s</span></div></div>'
            '<a class="publisher-author-card__follow btn-sm btn-secondary-emphasis" href="https://www.linkedin.example/signup">%s</a></div>\n</header>\n'
            % (p["handle"], hexid(p["handle"], 8), attr(p["ld_authors"][0]), p["byline"], p["headline"], p["date"], w["follow"]) +
            '<div class="article-main__content" data-test-id="article-main__content"><div class="reader-article-content" dir="ltr">%s</div></div>\n' % p["body"] +
            '<div class="social-details"><div class="social-details-social-counts"><span class="social-details-social-counts__reactions-count">%s</span> · <a class="social-details-social-counts__comments" href="#comments">%s</a></div>'
            '<div class="social-actions"><button class="social-actions-button">%s</button><button class="social-actions-button">%s</button><button class="social-actions-button">%s</button></div></div>\n'
            % (p["reactions_txt"], p["comments_txt"], w["like"], w["comment"], w["share"]) +
            '<section id="comments" class="comments"><h2 class="comments__heading">%s</h2>%s<a class="comments__see-more btn-md btn-secondary" href="https://www.linkedin.example/signup">%s</a></section>\n' % (w["comments_h"], comments, w["see_more"]) +
            '</article>\n<section class="more-articles"><h2 class="more-articles__heading">%s</h2><ul class="more-articles__list">%s</ul></section>\n</section>\n' % (w["more_from"] % p["ld_authors"][0], more) +
            '<aside class="right-rail"><div class="contextual-sign-in-modal"><h2 class="contextual-sign-in-modal__header">%s</h2><p>%s</p><a class="btn-md btn-primary" href="https://www.linkedin.example/signup">%s</a></div></aside>\n</main>\n'
            % (w["signin_h"], w["signin_t"], w["join"]) +
            '<footer class="li-footer bg-transparent w-full"><ul class="li-footer__list flex flex-wrap flex-row items-start justify-start w-full h-auto min-h-[50px] pt-1.5 pr-2 pb-4 pl-2 papabear:p-0">%s</ul><p class="li-footer__copy-text">LinkedIn © 2026</p></footer>\n'
            % lis(w["footer"], "li-footer__item", "li-footer__item-link") +
            '<script src="https://static.licdn.example/aero-v1/sc/h/%s" async></script>\n</body>\n</html>\n' % hexid(p["domain"], 8))
    return html, ["div.reader-article-content"]
