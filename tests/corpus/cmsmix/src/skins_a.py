"""Skeletons of hosted and no-code platforms: Ghost (Casper, Source), Medium, Blogger (Simple,
Contempo), Squarespace 7.1, Wix blog, Webflow, Tilda (page of blocks, Feeds post).
Each returns (html, body selectors)."""
from kit import (article_ld, attr, canonical, deco, desc, hexid, img, ld, lis, og_tags, path_of, plain, slug,
                 title_tag, uuid)


# ------------------------------------------------------------------------------------------------ Ghost
def _ghost_head(p, theme):
    a = p["authors"] or []
    tw = ['<meta name="twitter:label1" content="Written by">', '<meta name="twitter:data1" content="%s">' % attr(", ".join(p.get("ld_authors", a))),
          '<meta name="twitter:label2" content="Filed under">', '<meta name="twitter:data2" content="%s">' % attr(p["tag"])]
    o = article_ld(p, "Article", author_single=True)
    return "\n".join(['<meta charset="utf-8">', '<meta http-equiv="X-UA-Compatible" content="IE=edge">', title_tag(p, "%s | %s"),
                      '<meta name="HandheldFriendly" content="True">', '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
                      '<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=%s">' % hexid(theme, 8),
                      '<meta name="description" content="%s">' % desc(p), '<link rel="icon" href="/favicon.png" type="image/png">', canonical(p),
                      '<meta name="referrer" content="no-referrer-when-downgrade">', og_tags(p), "\n".join(tw),
                      ld(o) if o else "", '<meta name="generator" content="Ghost 5.%d">' % (80 + len(p["case"]) % 20),
                      '<link rel="alternate" type="application/rss+xml" title="%s" href="https://%s/rss/">' % (attr(p["site"]), p["domain"]),
                      '<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.40/umd/portal.min.js" data-i18n="true" data-ghost="https://%s/" data-key="%s" data-api="https://%s/ghost/api/content/" crossorigin="anonymous"></script>' % (p["domain"], hexid(p["url"], 8) * 3, p["domain"]),
                      '<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;padding:1.75em}</style>',
                      '<script defer src="https://cdn.jsdelivr.example/ghost/sodo-search@~1.1/umd/sodo-search.min.js" data-key="%s" data-styles="https://cdn.jsdelivr.example/ghost/sodo-search@~1.1/umd/main.css" data-sodo-search="https://%s/" crossorigin="anonymous"></script>' % (hexid(p["url"], 8), p["domain"]),
                      '<script defer src="/public/cards.min.js?v=%s"></script><link rel="stylesheet" type="text/css" href="/public/cards.min.css?v=%s">' % (hexid(p["url"]), hexid(p["url"]))])


def ghost_casper(p):
    nav = "".join('<li class="nav-%s"><a href="/%s/">%s</a></li>' % (slug(n), slug(n), n) for n in p["nav"])
    authors = "".join('<li class="author-list-item"><a href="/author/%s/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2025/09/%s.jpg" alt="%s"></a></li>' % (slug(a), slug(a), a) for a in p["authors"])
    names = ", ".join('<a href="/author/%s/">%s</a>' % (slug(a), a) for a in p["authors"])
    cards = "".join('<article class="post-card post"><a class="post-card-image-link" href="%s"><img class="post-card-image" src="/content/images/size/w600/2026/02/%s.jpg" alt="" loading="lazy"></a>'
                    '<div class="post-card-content"><a class="post-card-content-link" href="%s"><header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">%s</span></div>'
                    '<h2 class="post-card-title">%s</h2></header><div class="post-card-excerpt">%s</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-02-%02d">%s</time>'
                    '<span class="post-card-meta-length">%s</span></footer></div></article>'
                    % (path_of(p, t, ""), slug(t), path_of(p, t, ""), p["tag"], t, ex, 10 + i, d, ln) for i, (t, ex, d, ln) in enumerate(p["related"]))
    html = ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n</head>\n' % (p["lang"], _ghost_head(p, "casper")) +
            '<body class="post-template tag-%s is-head-left-logo has-cover">\n<div class="viewport">\n' % slug(p["tag"]) +
            '<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image" href="/">%s</a>'
            '<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button>'
            '<button class="gh-burger" aria-label="Main Menu"></button></div>\n<nav class="gh-head-menu"><ul class="nav">%s</ul></nav>\n'
            '<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>\n'
            % (p["site"], nav) +
            '<div class="site-content">\n<main id="site-main" class="site-main">\n<article class="article post tag-%s">\n' % slug(p["tag"]) +
            '<header class="article-header gh-canvas">\n<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/%s/">%s</a></span></div>\n' % (slug(p["tag"]), p["tag"]) +
            '<h1 class="article-title">%s</h1>\n' % p["h1"] +
            ('<p class="article-excerpt">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore">%s</ul>'
            '<div class="article-byline-meta"><h4 class="author-name">%s</h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="%s">%s</time>'
            '<span class="byline-reading-time"><span class="bull">&bull;</span> %s</span></div></div></section></div>\n' % (authors, names, p["pub"][:10], p["date"], p["reading"]) +
            '<figure class="article-image">%s<figcaption>%s</figcaption></figure>\n</header>\n' % (img(p, p["url"], 2000, 1200), p["figure"]) +
            '<section class="gh-content gh-canvas">\n%s\n</section>\n' % p["body"] +
            '<section class="article-comments gh-canvas"><div data-ghost-comments="%s" data-api="https://%s/members/api/comments/" data-admin="https://%s/ghost/" data-key="%s" data-title="" data-count="true" data-post-id="%s" data-color-scheme="auto" data-avatar-saturation="60" data-accent-color="#FF1A75" data-comments-style="serif"><iframe title="comments-frame" style="width:100%%;border:0;height:420px" scrolling="no"></iframe></div></section>\n'
            % (p["url"], p["domain"], p["domain"], hexid(p["url"], 8), hexid(p["case"], 8)) +
            '</article>\n</main>\n' +
            '<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">%s</h2><a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>\n' % p["footer_cta"] +
            '<aside class="read-more-wrap outer"><div class="read-more inner">%s</div></aside>\n</div>\n' % cards +
            '<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">%s</a> &copy; 2026</section><nav class="site-footer-nav"><ul class="nav">%s</ul></nav>'
            '<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>\n</div>\n'
            % (p["site"], "".join('<li class="nav-%s"><a href="/%s/">%s</a></li>' % (slug(n), slug(n), n) for n in p["footer_nav"])) +
            '<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap"><div class="pswp__container"><div class="pswp__item"></div><div class="pswp__item"></div></div>'
            '<div class="pswp__ui pswp__ui--hidden"><div class="pswp__top-bar"><div class="pswp__counter"></div><button class="pswp__button pswp__button--close" title="Close (Esc)"></button><button class="pswp__button pswp__button--share" title="Share"></button></div></div></div></div>\n'
            '<script src="/assets/built/casper.js?v=%s"></script>\n</body>\n</html>\n' % hexid(p["url"], 8))
    return html, ["section.gh-content"]


def ghost_source(p):
    nav = "".join('<li class="nav-%s"><a href="/%s/">%s</a></li>' % (slug(n), slug(n), n) for n in p["nav"])
    imgs = "".join('<a href="/author/%s/"><img src="/content/images/size/w160/2025/11/%s.jpg" alt="%s"></a>' % (slug(a), slug(a), a) for a in p["authors"])
    names = (", " if len(p["authors"]) > 2 else " %s " % p["and_word"]).join('<a href="/author/%s/">%s</a>' % (slug(a), a) for a in p["authors"])
    feed = "".join('<article class="gh-card post"><a class="gh-card-link" href="%s"><figure class="gh-card-image"><img src="/content/images/size/w600/2026/03/%s.jpg" alt="" loading="lazy"></figure>'
                   '<div class="gh-card-wrapper"><p class="gh-card-tag">%s</p><h3 class="gh-card-title is-title">%s</h3><p class="gh-card-excerpt is-body">%s</p><footer class="gh-card-meta"><span class="gh-card-author">%s</span>'
                   '<time class="gh-card-date" datetime="2026-03-%02d">%s</time></footer></div></a></article>'
                   % (path_of(p, t, ""), slug(t), p["tag"], t, ex, au, 1 + i, d) for i, (t, ex, au, d) in enumerate(p["related"]))
    html = ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n</head>\n' % (p["lang"], _ghost_head(p, "source")) +
            '<body class="post-template tag-%s has-sans-title has-sans-body">\n<div class="gh-viewport">\n' % slug(p["tag"]) +
            '<header id="gh-navigation" class="gh-navigation is-left-logo gh-outer"><div class="gh-navigation-inner gh-inner"><div class="gh-navigation-brand"><a class="gh-navigation-logo is-title" href="/">%s</a>'
            '<button class="gh-search gh-icon-button" aria-label="%s" data-ghost-search></button><button class="gh-burger gh-icon-button" aria-label="Menu"></button></div>'
            '<nav class="gh-navigation-menu"><ul class="nav">%s</ul></nav><div class="gh-navigation-actions"><div class="gh-navigation-members">'
            '<a href="#/portal/signin" data-portal="signin">%s</a><a class="gh-button" href="#/portal/signup" data-portal="signup">%s</a></div></div></div></header>\n'
            % (p["site"], p["search_word"], nav, p["signin"], p["subscribe"]) +
            '<main class="gh-main">\n<article class="gh-article post tag-%s">\n<header class="gh-article-header gh-canvas">\n' % slug(p["tag"]) +
            '<a class="gh-article-tag" href="/tag/%s/">%s</a>\n<h1 class="gh-article-title is-title">%s</h1>\n' % (slug(p["tag"]), p["tag"], p["h1"]) +
            ('<p class="gh-article-excerpt is-body">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="gh-article-meta"><div class="gh-article-author-image instapaper_ignore">%s</div><div class="gh-article-meta-wrapper"><h4 class="gh-article-author-name">%s</h4>'
            '<div class="gh-article-meta-content"><time class="gh-article-meta-date" datetime="%s">%s</time><span class="gh-article-meta-length"><span class="bull">—</span> %s</span></div></div></div>\n'
            % (imgs, names, p["pub"][:10], p["date"], p["reading"]) +
            '<figure class="gh-article-image">%s<figcaption>%s</figcaption></figure>\n</header>\n' % (img(p, p["url"], 2000, 1333), p["figure"]) +
            '<section class="gh-content gh-canvas is-body">\n%s\n</section>\n' % p["body"] +
            '<footer class="gh-article-footer gh-canvas"><div class="gh-article-tags">%s</div></footer>\n' % "".join('<a href="/tag/%s/">%s</a>' % (slug(t), t) for t in p["tags"]) +
            '</article>\n' +
            '<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">%s</h2><div class="gh-feed">%s</div></div></section>\n</main>\n' % (p["read_more"], feed) +
            '<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner"><div class="gh-footer-bar"><span class="gh-footer-logo is-title">%s</span><nav class="gh-footer-menu"><ul class="nav">%s</ul></nav>'
            '<div class="gh-footer-copyright">%s</div></div><div class="gh-footer-signup"><h2 class="gh-footer-signup-header is-title">%s</h2><p class="gh-footer-signup-subhead is-body">%s</p>'
            '<form class="gh-form" data-members-form><input class="gh-form-input" id="footer-email" name="email" type="email" placeholder="jamie@example.com" required data-members-email><button class="gh-button" type="submit" aria-label="%s">%s</button></form></div></div></footer>\n</div>\n'
            % (p["site"], "".join('<li class="nav-%s"><a href="/%s/">%s</a></li>' % (slug(n), slug(n), n) for n in p["footer_nav"]), p["footer"], p["signup"][0], p["signup"][1], p["subscribe"], p["subscribe"]) +
            '<script src="/assets/built/source.js?v=%s"></script>\n</body>\n</html>\n' % hexid(p["url"], 8))
    return html, ["section.gh-content"]


# ------------------------------------------------------------------------------------------------ Medium
_P = "pw-post-body-paragraph ny nz gu oa b ob oc od oe of og oh oi oj ok ol om on oo op oq or os ot ou ov ow gn bj"
_H2 = "ox oy gu be oz pa pb pc pd pe pf pg ph pi pj pk pl pm pn po pp pq pr ps pt pu pv bj"
_PRE = "rd re rf rg rh ri rj rk bp rl bb bk"


def _medium_body(parts):
    out = []
    for i, part in enumerate(parts):
        h = deco(part, "p", lambda k: 'id="%s" class="%s" data-selectable-paragraph=""' % (hexid(part[:40] + str(k)), _P))
        h = deco(h, "h2", lambda k: 'id="%s" class="%s" data-selectable-paragraph=""' % (hexid(part[:30] + "h" + str(k)), _H2))
        h = deco(h, "pre", 'class="%s"' % _PRE)
        h = deco(h, "li", lambda k: 'id="%s" class="pw-post-body-paragraph sk sl gu oa b ob oc od oe of og oh oi oj ok ol om on oo op oq or os ot ou ov ow su sv sw bj" data-selectable-paragraph=""' % hexid(part[:20] + "li" + str(k)))
        if i:
            out.append('<div class="ab ca nh ni nj nk" role="separator"><span class="nl by bm nm nn no"></span><span class="nl by bm nm nn no"></span><span class="nl by bm nm nn"></span></div>')
        out.append('<section><div class="gn go gp gq gr"><div class="ab ca"><div class="ch bg fx fy fz ga">%s</div></div></div></section>' % h)
    return "\n".join(out)


def medium(p):
    handle = p["handle"]
    pub = p.get("publication")
    custom = p.get("custom_domain", False)
    story_id = hexid(p["url"], 8) + "ab12"
    head = "\n".join([
        '<title data-rh="true">%s</title>' % p["title_tag"], '<meta data-rh="true" charset="utf-8">',
        '<meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1">',
        '<meta data-rh="true" name="theme-color" content="#000000">', '<meta data-rh="true" name="twitter:app:name:iphone" content="Medium">',
        '<meta data-rh="true" name="twitter:app:id:iphone" content="828256236">', '<meta data-rh="true" property="al:ios:app_name" content="Medium">',
        '<meta data-rh="true" property="al:ios:app_store_id" content="828256236">', '<meta data-rh="true" property="al:android:package" content="com.medium.reader">',
        '<meta data-rh="true" property="og:site_name" content="%s">' % ("Medium" if not custom else attr(pub)),
        '<meta data-rh="true" property="og:type" content="article">',
        '<meta data-rh="true" property="article:published_time" content="%s">' % p["pub"],
        '<meta data-rh="true" name="title" content="%s">' % attr(p["title_tag"]),
        '<meta data-rh="true" property="og:title" content="%s">' % attr(p.get("og_title", p["h1"])),
        '<meta data-rh="true" property="al:android:url" content="medium://p/%s">' % story_id,
        '<meta data-rh="true" property="al:ios:url" content="medium://p/%s">' % story_id,
        '<meta data-rh="true" property="al:android:app_name" content="Medium">',
        '<meta data-rh="true" name="description" content="%s">' % desc(p), '<meta data-rh="true" property="og:description" content="%s">' % desc(p),
        '<meta data-rh="true" property="og:url" content="%s">' % p["url"], '<meta data-rh="true" property="al:web:url" content="%s">' % p["url"],
        '<meta data-rh="true" property="og:image" content="https://miro.medium.example/v2/resize:fit:1200/1*%s.jpeg">' % hexid(p["url"], 8),
        '<meta data-rh="true" property="article:author" content="https://medium.example/@%s">' % handle,
        '<meta data-rh="true" name="author" content="%s">' % attr(p["ld_authors"][0]),
        '<meta data-rh="true" name="robots" content="index,noarchive,follow,max-image-preview:large">',
        '<meta data-rh="true" name="referrer" content="unsafe-url">', '<meta data-rh="true" property="twitter:title" content="%s">' % attr(p.get("og_title", p["h1"])),
        '<meta data-rh="true" name="twitter:site" content="@Medium">', '<meta data-rh="true" name="twitter:app:url:iphone" content="medium://p/%s">' % story_id,
        '<meta data-rh="true" property="twitter:description" content="%s">' % desc(p),
        '<meta data-rh="true" name="twitter:card" content="summary_large_image">', '<meta data-rh="true" name="twitter:label1" content="Reading time">',
        '<meta data-rh="true" name="twitter:data1" content="%s">' % p["reading"],
        '<link data-rh="true" rel="icon" href="https://miro.medium.example/v2/1*m-R_BkNf1Qjr1YbyOIJY2w.png">',
        '<link data-rh="true" rel="search" type="application/opensearchdescription+xml" title="Medium" href="/osd.xml">',
        '<link data-rh="true" rel="canonical" href="%s">' % p["url"],
        '<link data-rh="true" rel="alternate" href="android-app://com.medium.reader/https/medium.com/p/%s">' % story_id,
        ld({"@context": "https://schema.org", "@type": "NewsArticle", "image": ["https://miro.medium.example/v2/resize:fit:1200/1*%s.jpeg" % hexid(p["url"], 8)],
            "url": p["url"], "dateCreated": p["pub"], "datePublished": p["pub"], "dateModified": p.get("mod", p["pub"]),
            "headline": plain(p["h1"]), "name": plain(p["h1"]), "description": desc(p), "identifier": story_id,
            "author": {"@type": "Person", "name": p["ld_authors"][0], "url": "https://medium.example/@%s" % handle},
            "creator": [p["ld_authors"][0]],
            "publisher": {"@type": "Organization", "name": pub or "Medium", "url": "https://%s" % p["domain"],
                          "logo": {"@type": "ImageObject", "width": 500, "height": 110, "url": "https://miro.medium.example/v2/resize:fit:500/1*logo.png"}},
            "mainEntityOfPage": p["url"]}),
        '<style type="text/css" data-fela-rehydration="583" data-fela-type="STATIC">html{box-sizing:border-box;-webkit-text-size-adjust:100%}*, *:before, *:after{box-sizing:inherit}body{margin:0;padding:0;text-rendering:optimizeLegibility;-webkit-font-smoothing:antialiased;color:rgba(0,0,0,0.8);position:relative;min-height:100vh}h1, h2, h3, h4, h5, h6, dl, dd, ol, ul, menu, figure, blockquote, p, pre, form{margin:0}</style>',
        '<style type="text/css" data-fela-rehydration="583" data-fela-type="RULE">.a{font-family:medium-content-sans-serif-font, -apple-system, BlinkMacSystemFont, sans-serif}.b{font-weight:400}.c{background-color:rgba(255, 255, 255, 1)}.l{display:block}.m{position:sticky}.n{top:0}.o{z-index:500}.p{padding:0 24px}.ab{display:flex}.ca{justify-content:center}.ch{max-width:680px}.bg{width:100%}.be{font-family:sohne, "Helvetica Neue", Helvetica, Arial, sans-serif}</style>'])
    topnav = ('<div class="l c"><div class="l m n o c"><div class="p q r s t u v w x i d y z"><a class="dt ag du bg dv l" href="https://rsci.app.link/?%%24canonical_url=%s" rel="noopener follow">Open in app</a></div>'
              '<div class="ab q ae af ag ah ai aj"><div class="ab q ak"><a class="ag" aria-label="Homepage" data-testid="headerMediumLogo" href="https://medium.example/?source=---two_column_layout_nav----" rel="noopener follow"><svg viewBox="0 0 719 160" class="ae af"><path d="m174.8 130.5"></path></svg></a>'
              '<div class="am h"><div class="ab an ao ap aq ar as at"><div class="bh" aria-hidden="true" aria-label="search"><svg width="24" height="24"></svg></div><input role="combobox" aria-controls="searchResults" aria-expanded="false" aria-label="search" data-testid="headerSearchInput" tabindex="0" class="ax au av aw z ay az ba bb bc" placeholder="Search" value=""></div></div></div>'
              '<div class="h k w de df"><div class="dg ab"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" data-testid="headerWriteButton" href="https://medium.example/m/signin?operation=register&amp;redirect=new-story" rel="noopener follow"><div class="be b bf z dh di dj dk dl"><svg width="24" height="24"></svg><div class="dm l">Write</div></div></a></div></div>'
              '<div class="dn ab"><span><a class="be b bf z do dp dq dr ds" data-testid="headerSignUpButton" href="https://medium.example/m/signin?operation=register" rel="noopener follow">Sign up</a></span><span><a class="af ag ah ai aj ak al am an ao ap aq ar as at" data-testid="headerSignInButton" href="https://medium.example/m/signin?operation=login" rel="noopener follow">Sign in</a></span></div></div></div></div>\n' % p["url"])
    if custom:
        topnav += ('<div class="l"><div class="ab ca"><div class="ch bg fx fy fz ga"><div class="ab q ei"><a href="/" class="af ag ah" rel="noopener follow"><img alt="%s" class="l cs" src="https://miro.medium.example/v2/resize:fit:300/1*pub.png" width="150" height="36"></a>'
                   '<div class="ab q"><nav class="ab q ej">%s</nav><button class="be b bf z bj ek el em">Follow publication</button></div></div></div></div></div>\n'
                   % (attr(pub), "".join('<a class="af ag ah ai aj ak al am an ao ap aq ar as at en" href="/tagged/%s" rel="noopener follow">%s</a>' % (slug(n), n) for n in p["pub_nav"])))
    pub_line = ""
    if pub:
        pub_line = ('<div class="jh ji ab"><div class="be b bf z dx ab jj"><span class="jk l jd">Published in</span><div><div class="l" aria-hidden="false"><a class="af ag ah ai aj ak al am an ao ap aq ar iw ab q" data-testid="publicationName" href="https://%s/?source=post_page-----%s---------------------------------------" rel="noopener follow">'
                    '<p class="be b bf z jl jm jn jo jp jq jr js bj">%s</p></a></div></div></div><div class="h k"><span class="ix iy" aria-hidden="true"><span class="be b bf z dx">·</span></span></div></div>' % (p["domain"], story_id, pub))
    claps = ('<div class="ab cp jv jw jx jy jz ka kb kc kd ke kf kg kh ki kj kk"><div class="h k w ea eb q"><div class="la l"><div class="ab q lb lc"><div class="pw-multi-vote-icon ed jk ld le lf"><div class="lg lh li lj lk ll lm am ln lo lp lf"><svg width="24" height="24" viewBox="0 0 24 24" aria-label="clap"><path fill-rule="evenodd" d="M11.37.828 12 3.282l.63-2.454z"></path></svg></div></div>'
             '<div class="pw-multi-vote-count l lq lr ls lt lu lv lw"><p class="be b dy z dx"><span class="lx">%s</span></p></div></div></div>'
             '<div class="ly l"><button class="ao lg ma mb ab q ee mc md" aria-label="responses"><svg width="24" height="24" viewBox="0 0 24 24" class="lz"><path d="M18.006 16.803c1.533-1.456 2.234-3.325 2.234-5.321C20.24 7.357 16.709 4 12.191 4S4 7.357 4 11.482c0 4.126 3.674 7.482 8.191 7.482"></path></svg><p class="be b dy z dx"><span class="pw-responses-count lz ma">%s</span></p></button></div></div>'
             '<div class="ab q kl km kn ko kp kq kr ks kt ku kv kw kx ky kz"><div class="me k j i d"></div><div class="h k"><div><div class="bm" aria-hidden="false"><button aria-controls="addToCatalogBookmarkButton" aria-expanded="false" aria-label="Add to list bookmark button" data-testid="headerBookmarkButton" class="af ee ah ai aj ak al mf an ao ap ex mg mh md mi mj mk ml mm s mn mo mp mq mr ms mt u mu mv mw"><svg width="24" height="24" viewBox="0 0 24 24" fill="none" class="av"><path fill="#000" d="M17.5 1.25a.5.5 0 0 1 1 0v2.5H21a.5.5 0 0 1 0 1h-2.5v2.5a.5.5 0 0 1-1 0v-2.5H15a.5.5 0 0 1 0-1h2.5z"></path></svg></button></div></div></div>'
             '<div class="ep mx cn"><div class="l ae"><div class="ab ca"><div class="my mz na nb nc nd ch bg"><div class="ab"><div class="bm bh" aria-hidden="false"><div><div class="bm" aria-hidden="false"><button aria-label="Listen" data-testid="audioPlayButton" class="af ee ah ai aj ak al mf an ao ap ex ne nf mt ng nh ni nj nk s nl nm nn no np nq nr u ns nt nu"><svg width="24" height="24" viewBox="0 0 24 24"><path fill="currentColor" fill-rule="evenodd" d="M3 12a9 9 0 1 1 18 0 9 9 0 0 1-18 0"></path></svg><div class="j i d"><p class="be b bf z dx">Listen</p></div></button></div></div></div></div></div></div></div></div>'
             '<div class="bm" aria-hidden="false" aria-describedby="postFooterSocialMenu" aria-labelledby="postFooterSocialMenu"><div><div class="bm" aria-hidden="false"><button aria-controls="postFooterSocialMenu" aria-expanded="false" aria-label="Share Post" data-testid="headerSocialShareButton" class="af ee ah ai aj ak al mf an ao ap ex ne nf mt ng nh ni nj nk s nl nm nn no np nq nr u ns nt nu"><svg width="24" height="24" viewBox="0 0 24 24"><path fill="currentColor" fill-rule="evenodd" d="M15.218 4.931a.4.4 0 0 1-.118.132l.012.006a.45.45 0 0 1-.292.074.5.5 0 0 1-.3-.13l-2.02-2.02v7.07c0 .28-.23.5-.5.5s-.5-.22-.5-.5v-7.04l-2 2a.45.45 0 0 1-.57.04h-.02a.4.4 0 0 1-.16-.3.4.4 0 0 1 .1-.32l2.8-2.8a.5.5 0 0 1 .7 0l2.8 2.79a.42.42 0 0 1 .068.498"></path></svg><div class="j i d"><p class="be b bf z dx">Share</p></div></button></div></div></div></div></div>' % (p["claps"], p["responses"]))
    header = ('<div><h1 id="%s" class="pw-post-title gs gt gu be gv gw gx gy gz ha hb hc hd he hf hg hh hi hj hk hl hm hn ho hp hq bj" data-testid="storyTitle" data-selectable-paragraph="">%s</h1></div>'
              % (hexid(p["h1"]), p["h1"]) +
              ('<div><h2 id="%s" class="pw-subtitle-paragraph hr gt gu be b hs ht hu hv hw hx hy hz ia ib ic id ie if ig cq">%s</h2></div>' % (hexid(p["deck"]), p["deck"]) if p.get("deck") else "") +
              '<div class="speechify-ignore ab cp"><div class="speechify-ignore bg l"><div class="ih ii ij ik il ab"><div><div class="ab im"><div><div class="bm" aria-hidden="false"><a href="https://medium.example/@%s?source=post_page---byline--%s---------------------------------------" rel="noopener follow"><div class="l in io by ip iq"><div class="l ed"><img alt="%s" class="l ep by dd de cx" src="https://miro.medium.example/v2/resize:fill:88:88/1*%s.jpeg" width="44" height="44" loading="lazy" data-testid="authorPhoto"><div class="ir by l dd de eo n is ep"></div></div></div></a></div></div></div></div>'
              % (handle, story_id, attr(p["ld_authors"][0]), hexid(handle, 8)) +
              '<div class="bn bh l"><div class="ab"><div style="flex:1"><span class="be b bf z bj"><div class="it ab q"><div class="ab q iu"><div class="ab q"><div><div class="bm" aria-hidden="false"><p class="be b iv iw bj"><a class="af ag ah ai aj ak al am an ao ap aq ar ix" data-testid="authorName" href="https://medium.example/@%s?source=post_page---byline--%s---------------------------------------" rel="noopener follow">%s</a></p></div></div></div>'
              '<span class="iy iz" aria-hidden="true"><span class="be b bf z dx">·</span></span><p class="be b iv iw dx"><span><a class="ja jb ah ai aj ak al am an ao ap aq ar ex jc jd" href="https://medium.example/m/signin?actionUrl=follow" rel="noopener follow">Follow</a></span></p></div></div></span></div></div>'
              '<div class="l je"><span class="be b bf z dx"><div class="ab cn jf jg jh">%s<span class="be b bf z dx"><div class="ab ae"><span data-testid="storyReadTime">%s</span><div class="ji jj l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="be b bf z dx">·</span></span></div><span data-testid="storyPublishDate">%s</span></div></span></div></span></div></div></div>'
              % (handle, story_id, p["ld_authors"][0], pub_line, p["reading"], p["date"]) + claps + '</div></div>')
    resp = "".join('<div class="ab cp"><div class="l"><div class="ab q"><img alt="" class="l ep by ci ce cx" src="https://miro.medium.example/v2/resize:fill:32:32/1*%s.png" width="32" height="32"><div class="ab co"><p class="be b bf z bj">%s</p><p class="be b bf z dx">%s</p></div></div>'
                   '<pre class="sx sy ni sz ta tb"><div class="tc ab"><div class="ab q"><p class="be b bf z bj">%s</p></div></div></pre><div class="ab q"><span class="pw-multi-vote-count">%s</span><button class="be b bf z dx">Reply</button></div></div></div>'
                   % (hexid(n), n, d, t, c) for n, d, t, c in p["comments"])
    more = "".join('<article class="ab"><div class="l"><a href="%s" rel="noopener follow"><h2 class="be ik ty tz ua ub uc ud ue uf ug uh ui uj uk ul um un uo up uq ur us ut uu uv uw bj">%s</h2><div class="ux l"><h3 class="be b iv z ep uy ez fa fb uz fd fe dx">%s</h3></div></a>'
                   '<div class="ab q"><span class="be b bf z dx">%s</span><span class="be b bf z dx">%s</span></div></div></article>' % (path_of(p, t, "p"), t, sub, d, c) for t, sub, d, c in p["more"])
    tags = "".join('<div class="vf vg vh"><a href="https://medium.example/tag/%s?source=post_page-----%s---------------------------------------" rel="noopener follow"><div class="be b dy z bj vi vj vk vl vm vn vo vp vq vr vs vt vu">%s</div></a></div>' % (slug(t), story_id, t) for t in p["tags"])
    html = ('<!doctype html><html lang="%s"><head>\n%s\n</head>\n<body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div>\n' % (p.get("html_lang", "en"), head) + topnav +
            '<div class="ch bh"><article><div class="l"><div class="l"><span class="l"></span><section><div><div class="gi gj gk gl gm"></div><div class="gn go gp gq gr"><div class="ab ca"><div class="ch bg fx fy fz ga">%s</div></div></div></div></section>\n'
            % header + _medium_body(p["parts"]) + '\n</div></div></article></div>\n' +
            '<div class="ab ca"><div class="ch bg fx fy fz ga"><div class="vb vc ab jk ba">%s</div>%s</div></div>\n' % (tags, claps.replace("kk", "kk2", 1)) +
            '<div class="l vv"><div class="ab ca"><div class="ch bg fx fy fz ga"><div class="ab cp vw"><div class="l"><a href="https://medium.example/@%s" rel="noopener follow"><img alt="%s" class="l ep by vx vy cx" src="https://miro.medium.example/v2/resize:fill:96:96/1*%s.jpeg" width="48" height="48"></a></div>'
            '<div class="ab co"><a href="https://medium.example/@%s" rel="noopener follow"><h2 class="pw-author-name be wb wc wd we wf wg wh wi wj wk wl wm wn wo wp wq bj"><span class="gn wa">Written by %s</span></h2></a>'
            '<div class="wr l"><p class="be b bf z dx"><a class="af ag ah ai aj ak al am an ao ap aq ar iw" href="https://medium.example/@%s/followers" rel="noopener follow">%s</a></p></div>'
            '<div class="ws l"><p class="be b bf z bj"><span class="gn">%s</span></p></div></div><div class="ab"><button class="be b bf z wt wu wv ww wx">Follow</button></div></div></div></div></div>\n'
            % (handle, attr(p["ld_authors"][0]), hexid(handle, 8), handle, p["ld_authors"][0], handle, p["followers"], p["bio"]) +
            '<div class="l xa"><div class="ab ca"><div class="ch bg fx fy fz ga"><h2 class="be wb xb xc xd bj">Responses (%s)</h2>%s<button class="be b bf z bj xe">See all responses</button></div></div></div>\n' % (p["responses"], resp) +
            '<div class="l xf"><div class="ab ca"><div class="ch bg fx fy fz ga"><h2 class="be wb xb xc xd bj">More from %s</h2><div class="ab cp">%s</div>'
            '<a class="af ag ah ai aj ak al am an ao ap aq ar xg" href="https://medium.example/@%s" rel="noopener follow">See all from %s</a></div></div></div>\n' % (p["ld_authors"][0], more, handle, p["ld_authors"][0]) +
            '<div class="ab ca xh"><div class="ch bg fx fy fz ga"><div class="ab xi"><div class="xj"><a href="https://help.medium.example" rel="noopener follow"><p class="be b dy z dx">Help</p></a></div><div class="xj"><a href="https://medium.statuspage.example" rel="noopener follow"><p class="be b dy z dx">Status</p></a></div>'
            '<div class="xj"><a href="https://medium.example/about" rel="noopener follow"><p class="be b dy z dx">About</p></a></div><div class="xj"><a href="https://medium.example/jobs-at-medium" rel="noopener follow"><p class="be b dy z dx">Careers</p></a></div>'
            '<div class="xj"><a href="https://blog.medium.example" rel="noopener follow"><p class="be b dy z dx">Blog</p></a></div><div class="xj"><a href="https://policy.medium.example/privacy" rel="noopener follow"><p class="be b dy z dx">Privacy</p></a></div>'
            '<div class="xj"><a href="https://policy.medium.example/terms" rel="noopener follow"><p class="be b dy z dx">Terms</p></a></div><div class="xj"><a href="https://speechify.example/medium" rel="noopener follow"><p class="be b dy z dx">Text to speech</p></a></div></div></div></div>\n'
            '</div></div>\n<script>window.__BUILD_ID__="main-20260303-171204-8c11c0bb1e"</script><script>window.__GRAPHQL_URI__ = "https://medium.example/_/graphql"</script>'
            '<script>window.__PRELOADED_STATE__ = {"algolia":{"queries":{}},"cache":{"experimentGroupSet":true,"reason":"","group":"enabled","tags":["group-edgeCachePosts","post-%s"],"serverVariantState":"","middlewareEnabled":true,"cacheStatus":"DYNAMIC"}}</script>'
            '<script src="https://cdn-client.medium.example/lite/static/js/manifest.2f8e4b7a.js"></script><script src="https://cdn-client.medium.example/lite/static/js/main.91c1a5f0.js"></script>\n</body></html>\n' % story_id)
    allparts = "".join(p["parts"])
    sel = ["p.pw-post-body-paragraph*"]
    sel += ["h2.ox*"] if "<h2>" in allparts else []
    sel += ["pre.rd*"] if "<pre>" in allparts else []
    sel += ["li.pw-post-body-paragraph*"] if "<li>" in allparts else []
    return html, sel


# ------------------------------------------------------------------------------------------------ Blogger
def _blogger_head(p):
    blog = "https://%s" % p["domain"]
    return "\n".join([
        "<meta content='width=device-width, initial-scale=1' name='viewport'/>", "<title>%s</title>" % p["title_tag"],
        "<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>", "<meta content='blogger' name='generator'/>",
        "<link href='%s/favicon.ico' rel='icon' type='image/x-icon'/>" % blog, "<link href='%s' rel='canonical'/>" % p["url"],
        "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"%s - Atom\" href=\"%s/feeds/posts/default\" />" % (attr(p["blog"]), blog),
        "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"%s - RSS\" href=\"%s/feeds/posts/default?alt=rss\" />" % (attr(p["blog"]), blog),
        "<link rel=\"service.post\" type=\"application/atom+xml\" title=\"%s - Atom\" href=\"https://www.blogger.example/feeds/%s/posts/default\" />" % (attr(p["blog"]), p["blog_id"]),
        "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"%s - Atom\" href=\"%s/feeds/%s/comments/default\" />" % (attr(p["blog"]), blog, p["post_id"]),
        "<link href='https://blogger.googleusercontent.example/img/b/R29vZ2xl/%s/s1600/cover.jpg' rel='image_src'/>" % hexid(p["url"], 8),
        "<meta content='%s' property='og:url'/>" % p["url"], "<meta content='%s' property='og:title'/>" % attr(p.get("og_title", p["h1"])),
        "<meta content='%s' property='og:description'/>" % desc(p),
        "<meta content='https://blogger.googleusercontent.example/img/b/R29vZ2xl/%s/w1200-h630-p-k-no-nu/cover.jpg' property='og:image'/>" % hexid(p["url"], 8),
        "<style id='page-skin-1' type='text/css'><!--\n/* Variable definitions */\nbody{font:normal normal 14px Arial,sans-serif;color:#222;background:#fff}\n.post-title{margin:.75em 0 0}\n--></style>",
        "<script type='text/javascript'>(function(){var a=window.location.href;if(a.indexOf('m=1')!=-1){}})();</script>"])


def _blogger_comments(p, word_reply):
    return "".join("<li class='comment' id='c%s'><div class='avatar-image-container'><img class='author-avatar' height='35' src='//resources.blogblog.example/img/blank.gif' width='35'/></div>"
                   "<div class='comment-block'><div class='comment-header'><cite class='user'><a href='https://www.blogger.example/profile/%s' rel='nofollow'>%s</a></cite><span class='icon user'></span>"
                   "<span class='datetime secondary-text'><a rel='nofollow' href='%s?showComment=%s#c%s'>%s</a></span></div><p class='comment-content'>%s</p>"
                   "<span class='comment-actions secondary-text'><a class='comment-reply' data-comment-id='%s' target='_self'>%s</a></span></div><div class='comment-replies'></div></li>"
                   % (hexid(n + t, 8), hexid(n, 8), n, p["url"], hexid(t, 8), hexid(n + t, 8), d, t, hexid(n + t, 8), word_reply) for n, d, t in p["comments"])


def blogger_simple(p):
    w = p["words"]
    blog = "https://%s" % p["domain"]
    html = ("<!DOCTYPE html>\n<html class='v2' dir='ltr' lang='%s' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>\n<head>\n%s\n</head>\n" % (p["lang"], _blogger_head(p)) +
            "<body class='loading variant-simplysimple'>\n<div class='navbar section' id='navbar' name='Navbar'><div class='widget Navbar' data-version='1' id='Navbar1'><script type=\"text/javascript\">function setAttributeOnload(object, attribute, val){}</script><div id=\"navbar-iframe-container\"></div></div></div>\n"
            "<div class='body-fauxcolumns'><div class='fauxcolumn-outer body-fauxcolumn-outer'><div class='cap-top'><div class='cap-left'></div><div class='cap-right'></div></div></div></div>\n"
            "<div class='content'><div class='content-fauxcolumns'></div><div class='content-outer'><div class='content-cap-top cap-top'></div><div class='fauxborder-left content-fauxborder-left'><div class='content-inner'>\n"
            "<header><div class='header-outer'><div class='header-cap-top cap-top'></div><div class='fauxborder-left header-fauxborder-left'><div class='region-inner header-inner'><div class='header section' id='header' name='%s'>"
            "<div class='widget Header' data-version='1' id='Header1'><div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='%s/'>%s</a></h1></div><div class='descriptionwrapper'><p class='description'><span>%s</span></p></div></div></div></div></div></div></div></header>\n"
            % (w["header"], blog, p["blog"], p["blog_desc"]) +
            "<div class='tabs-outer'><div class='region-inner tabs-inner'><div class='tabs section' id='crosscol' name='Seluruh Kolom'><div class='widget PageList' data-version='1' id='PageList1'><div class='widget-content'><ul>%s</ul><div class='clear'></div></div></div></div></div></div>\n"
            % "".join("<li%s><a href='%s/p/%s.html'>%s</a></li>" % (" class='selected'" if i == 0 else "", blog, slug(n), n) for i, n in enumerate(p["nav"])) +
            "<div class='main-outer'><div class='main-cap-top cap-top'></div><div class='fauxborder-left main-fauxborder-left'><div class='region-inner main-inner'><div class='columns fauxcolumns'><div class='columns-inner'><div class='column-center-outer'><div class='column-center-inner'>\n"
            "<div class='main section' id='main' name='%s'><div class='widget Blog' data-version='1' id='Blog1'><div class='blog-posts hfeed'>\n" % w["main"] +
            "<div class=\"date-outer\">\n<h2 class='date-header'><span>%s</span></h2>\n<div class=\"date-posts\">\n<div class='post-outer'>\n" % p["date"] +
            "<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>\n"
            "<meta content='https://blogger.googleusercontent.example/img/b/R29vZ2xl/%s/s320/cover.jpg' itemprop='image_url'/><meta content='%s' itemprop='blogId'/><meta content='%s' itemprop='postId'/>\n<a name='%s'></a>\n"
            % (hexid(p["url"], 8), p["blog_id"], p["post_id"], p["post_id"]) +
            "<h3 class='post-title entry-title' itemprop='name'>\n%s\n</h3>\n<div class='post-header'><div class='post-header-line-1'></div></div>\n" % p["h1"] +
            "<div class='post-body entry-content' id='post-body-%s' itemprop='description articleBody'>\n%s\n<div style='clear: both;'></div>\n</div>\n" % (p["post_id"], p["body"]) +
            "<div class='post-footer'><div class='post-footer-line post-footer-line-1'><span class='post-author vcard'>%s <span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'>"
            "<meta content='https://www.blogger.example/profile/%s' itemprop='url'/><a class='g-profile' href='https://www.blogger.example/profile/%s' rel='author' title='author profile'><span itemprop='name'>%s</span></a></span></span>\n"
            "<span class='post-timestamp'>%s <meta content='%s' itemprop='url'/><a class='timestamp-link' href='%s' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='%s'>%s</abbr></a></span>\n"
            "<span class='post-comment-link'></span><span class='post-icons'><span class='item-control blog-admin pid-1'><a href='https://www.blogger.example/post-edit.g?blogID=%s&amp;postID=%s' title='Edit Post'><img alt='' class='icon-action' height='18' src='https://resources.blogblog.example/img/icon18_edit_allbkg.gif' width='18'/></a></span></span>\n"
            "<div class='post-share-buttons goog-inline-block'>%s</div></div>\n"
            "<div class='post-footer-line post-footer-line-2'><span class='post-labels'>%s %s</span></div><div class='post-footer-line post-footer-line-3'><span class='post-location'></span></div></div>\n</div>\n"
            % (w["posted_by"], p["profile"], p["profile"], p["blogger_name"], w["at"], p["url"], p["url"], p["pub"], p["time"], p["blog_id"], p["post_id"],
               "".join("<a class='goog-inline-block share-button sb-%s' href='https://www.blogger.example/share-post.g?blogID=%s&amp;postID=%s&amp;target=%s' target='_blank' title='%s'><span class='share-button-link-text'>%s</span></a>" % (t, p["blog_id"], p["post_id"], t, n, n) for t, n in w["share"]),
               w["labels"], ", ".join("<a href='%s/search/label/%s' rel='tag'>%s</a>" % (blog, slug(l), l) for l in p["labels"])) +
            "<div class='comments' id='comments'>\n<a name='comments'></a>\n<h4>%s</h4>\n<div class='comments-content'><script async='async' src='' type='text/javascript'></script><div id='comment-holder'><div class=\"comment-thread toplevel-thread\"><ol id=\"top-ra\">%s</ol></div></div></div>\n"
            "<p class='comment-footer'><div class='comment-form'><a name='comment-form'></a><h4 id='comment-post-message'>%s</h4><p></p><a href='https://www.blogger.example/comment/frame/%s?po=%s&amp;hl=%s' id='comment-editor-src'></a><iframe allowtransparency='true' class='blogger-iframe-colorize blogger-comment-from-post' frameborder='0' height='410px' id='comment-editor' name='comment-editor' src='' width='100%%'></iframe></div></p>\n</div>\n"
            % (w["n_comments"], _blogger_comments(p, w["reply"]), w["post_comment"], p["blog_id"], p["post_id"], p["lang"]) +
            "</div>\n</div></div>\n</div>\n"
            "<div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='%s/2026/03/%s.html' id='Blog1_blog-pager-newer-link' title='%s'>%s</a></span>"
            "<span id='blog-pager-older-link'><a class='blog-pager-older-link' href='%s/2026/02/%s.html' id='Blog1_blog-pager-older-link' title='%s'>%s</a></span><a class='home-link' href='%s/'>%s</a></div>\n<div class='clear'></div>\n"
            "<div class='post-feeds'><div class='feed-links'>%s <a class='feed-link' href='%s/feeds/%s/comments/default' target='_blank' type='application/atom+xml'>%s</a></div></div>\n</div></div>\n"
            % (blog, hexid("n" + p["url"]), w["newer"], w["newer"], blog, hexid("o" + p["url"]), w["older"], w["older"], blog, w["home"], w["subscribe"], blog, p["post_id"], w["feed"]) +
            "</div></div></div>\n<div class='column-right-outer'><div class='column-right-inner'><aside><div class='sidebar section' id='sidebar-right-1'>"
            "<div class='widget Profile' data-version='1' id='Profile1'><h2>%s</h2><div class='widget-content'><a href='https://www.blogger.example/profile/%s'><img alt='%s' class='profile-img' height='80' src='//blogger.googleusercontent.example/img/b/%s/s80/foto.jpg' width='80'/></a>"
            "<dl class='profile-datablock'><dt class='profile-data'><a class='profile-name-link g-profile' href='https://www.blogger.example/profile/%s' rel='author'>%s</a></dt><dd class='profile-textblock'>%s</dd></dl>"
            "<a class='profile-link' href='https://www.blogger.example/profile/%s' rel='author'>%s</a><div class='clear'></div></div></div>\n"
            % (w["about_me"], p["profile"], w["my_photo"], hexid(p["profile"]), p["profile"], p["blogger_name"], p["bio"], p["profile"], w["full_profile"]) +
            "<div class='widget PopularPosts' data-version='1' id='PopularPosts1'><h2>%s</h2><div class='widget-content popular-posts'><ul>%s</ul><div class='clear'></div></div></div>\n"
            % (w["popular"], "".join("<li><div class='item-content'><div class='item-thumbnail'><a href='%s' target='_blank'><img alt='' border='0' src='https://blogger.googleusercontent.example/img/b/%s/w72-h72-p-k-no-nu/t.jpg'/></a></div><div class='item-title'><a href='%s'>%s</a></div><div class='item-snippet'>%s</div></div><div style='clear: both;'></div></li>"
                                     % (blog + path_of(p, t, "2026"), slug(t), blog + path_of(p, t, "2026"), t, s) for t, s in p["popular"])) +
            "<div class='widget BlogArchive' data-version='1' id='BlogArchive1'><h2>%s</h2><div class='widget-content'><div id='ArchiveList'><div id='BlogArchive1_ArchiveList'><ul class='hierarchy'><li class='archivedate expanded'><a class='toggle' href='javascript:void(0)'><span class='zippy toggle-open'>&#9660;&#160;</span></a><a class='post-count-link' href='%s/2026/'>2026</a> <span class='post-count' dir='ltr'>(9)</span></li>"
            "<li class='archivedate collapsed'><a class='toggle' href='javascript:void(0)'><span class='zippy'>&#9658;&#160;</span></a><a class='post-count-link' href='%s/2025/'>2025</a> <span class='post-count' dir='ltr'>(41)</span></li></ul></div></div><div class='clear'></div></div></div>\n"
            % (w["archive"], blog, blog) +
            "<div class='widget Label' data-version='1' id='Label1'><h2>%s</h2><div class='widget-content list-label-widget-content'><ul>%s</ul><div class='clear'></div></div></div>\n</div></aside></div></div>\n"
            % (w["labels_h"], "".join("<li><a dir='ltr' href='%s/search/label/%s'>%s</a><span dir='ltr'>(%d)</span></li>" % (blog, slug(l), l, 3 + i * 4) for i, l in enumerate(p["all_labels"]))) +
            "</div><div style='clear: both'></div></div></div></div>\n"
            "<footer><div class='footer-outer'><div class='region-inner footer-inner'><div class='foot section' id='footer-1'></div><div class='foot section' id='footer-3' name='Footer'><div class='widget Attribution' data-version='1' id='Attribution1'><div class='widget-content' style='text-align: center;'>%s</div><div class='clear'></div></div></div></div></div></footer>\n"
            "</div></div></div></div>\n<script type=\"text/javascript\" src=\"https://www.blogger.example/static/v1/widgets/2975350028-widgets.js\"></script>\n</body>\n</html>\n" % w["attribution"])
    return html, ["div.post-body"]


def blogger_contempo(p):
    w = p["words"]
    blog = "https://%s" % p["domain"]
    post_ld = {"@context": "http://schema.org", "@type": "BlogPosting", "mainEntityOfPage": {"@type": "WebPage", "@id": p["url"]},
               "headline": plain(p["h1"]), "description": desc(p), "datePublished": p["pub"], "dateModified": p.get("mod", p["pub"]),
               "image": {"@type": "ImageObject", "url": "https://blogger.googleusercontent.example/img/b/R29vZ2xl/%s/w1200-h630-p-k-no-nu/capa.jpg" % hexid(p["url"], 8), "height": 630, "width": 1200},
               "publisher": {"@type": "Organization", "name": "Blogger", "logo": {"@type": "ImageObject", "url": "https://blogger.googleusercontent.example/img/b/U2hvZWJveA/AVvXsEgfMvYAhAbdHksiBA24JKmb2Tav6K0GviwztID3Cq4VpV96HaJfy0viIu8z1SSw_G9n5FQHZWSRao61M3e58ImahqBtr7LiOUS6m_w59IvDYwjmMcbq3fKW4PMRcKdNnHi8gGiqRbCK/h60/", "width": 206, "height": 60}},
               "author": {"@type": "Person", "name": p["blogger_name"]}}
    share = "".join("<li><span aria-label='%s' class='sharing-platform-button sharing-element-%s' data-href='https://www.blogger.example/share-post.g?blogID=%s&amp;postID=%s&amp;target=%s' data-url='%s' role='menuitem' tabindex='-1' title='%s'><svg class='svg-icon-24 touch-icon sharing-%s'><use xlink:href='/responsive/sprite_v1_6.css.svg#ic_24_%s_dark' xmlns:xlink='http://www.w3.org/1999/xlink'></use></svg><span class='platform-sharing-text'>%s</span></span></li>"
                    % (n, t, p["blog_id"], p["post_id"], t, p["url"], n, t, t, n) for t, n in w["share"])
    html = ("<!DOCTYPE html>\n<html dir='ltr' lang='%s'>\n<head>\n%s\n</head>\n" % (p["html_lang"], _blogger_head(p)) +
            "<body class='version-1-3-3 variant-indie_light'>\n<a class='skip-navigation' href='#main' tabindex='0'>%s</a>\n" % w["skip"] +
            "<div class='page'><div class='bg-photo-overlay'></div><div class='bg-photo-container'><div class='bg-photo'></div></div><div class='page_body'><div class='centered'><div class='centered-top-placeholder'></div>\n"
            "<header class='centered-top-container' role='banner'><div class='centered-top'><a name='top'></a><div class='search'><button aria-label='%s' class='search-expand touch-icon-button'><div class='flat-icon-button ripple'><svg class='svg-icon-24 search-expand-icon'><use xlink:href='/responsive/sprite_v1_6.css.svg#ic_search_black_24dp' xmlns:xlink='http://www.w3.org/1999/xlink'></use></svg></div></button>"
            "<div class='section' id='search_top' name='Search (Top)'><div class='widget BlogSearch' data-version='2' id='BlogSearch1'><h3 class='title'>%s</h3><div class='widget-content' role='search'><form action='%s/search' target='_top'><div class='search-input'><input aria-label='%s' autocomplete='off' name='q' placeholder='%s' value=''/></div><input class='search-action flat-button' type='submit' value='%s'/></form></div></div></div></div>\n"
            % (w["search"], w["search_blog"], blog, w["search_blog"], w["search_blog"], w["search"]) +
            "<div class='clearboth'></div><div class='blog-name container'><div class='container section' id='header' name='%s'><div class='widget Header' data-version='2' id='Header1'><div class='header-widget'><div><h1><a href='%s/'>%s</a></h1></div><p>%s</p></div></div></div></div>\n"
            % (w["header"], blog, p["blog"], p["blog_desc"]) +
            "<nav role='navigation'><div class='clearboth section' id='page_list_top' name='%s'><div class='widget PageList' data-version='2' id='PageList1'><div class='widget-content'><ul>%s</ul></div></div></div></nav></div></header>\n"
            % (w["pages"], "".join("<li%s><a href='%s/p/%s.html'>%s</a></li>" % (" class='selected'" if i == 0 else "", blog, slug(n), n) for i, n in enumerate(p["nav"]))) +
            "<div><div class='main_content_container clearfix'><div class='flex_container'><main id='main' role='main' tabindex='-1'><div class='main section' id='page_body' name='%s'><div class='widget Blog' data-version='2' id='Blog1'><div class='blog-posts hfeed container'>\n" % w["main"] +
            "<article class='post-outer-container'><div class='post-outer'><div class='post'>\n<script type='application/ld+json'>%s</script>\n<a name='%s'></a>\n" % (__import__("json").dumps(post_ld, ensure_ascii=False), p["post_id"]) +
            "<h3 class='post-title entry-title'>\n%s\n</h3>\n<div class='post-share-buttons post-share-buttons-top invisible'></div>\n" % p["h1"] +
            "<div class='post-header'><div class='post-header-line-1'><span class='byline post-author vcard'><span class='byline-label'>%s</span><span class='fn'><meta content='https://www.blogger.example/profile/%s'/><a class='g-profile' href='https://www.blogger.example/profile/%s' rel='author' title='author profile'><span>%s</span></a></span></span>"
            "<span class='byline post-timestamp'><meta content='%s'/><a class='timestamp-link' href='%s' rel='bookmark' title='permanent link'><time class='published' datetime='%s' title='%s'>%s</time></a></span></div></div>\n"
            % (w["by"], p["profile"], p["profile"], p["blogger_name"], p["url"], p["url"], p["pub"], p["pub"], p["date"]) +
            "<div class='post-body-container'><div class='post-body entry-content float-container' id='post-body-%s'>\n%s\n</div></div>\n" % (p["post_id"], p["body"]) +
            "<div class='post-bottom'><div class='post-footer float-container'><div class='post-footer-line post-footer-line-1'></div><div class='post-footer-line post-footer-line-2'></div><div class='post-footer-line post-footer-line-3'></div></div>"
            "<div class='post-share-buttons post-share-buttons-bottom invisible'><div class='byline post-share-buttons goog-inline-block'><div aria-owns='sharing-popup-Blog1-byline-%s' class='sharing' data-title='%s'><button aria-controls='sharing-popup-Blog1-byline-%s' aria-label='%s' class='sharing-button touch-icon-button' id='sharing-button-Blog1-byline-%s' role='button'><div class='flat-icon-button ripple'><svg class='svg-icon-24'><use xlink:href='/responsive/sprite_v1_6.css.svg#ic_share_black_24dp' xmlns:xlink='http://www.w3.org/1999/xlink'></use></svg></div></button>"
            "<div class='share-buttons-container'><ul aria-hidden='true' aria-label='%s' class='share-buttons hidden' id='sharing-popup-Blog1-byline-%s' role='menu'>%s</ul></div></div></div></div>"
            "<div class='post-footer-line post-footer-line-2'><span class='byline post-labels'><span class='byline-label'>%s</span>%s</span></div></div>\n"
            % (p["post_id"], attr(p["h1"]), p["post_id"], w["share_word"], p["post_id"], w["share_word"], p["post_id"], share, w["labels"],
               "".join("<a href='%s/search/label/%s' rel='tag'>%s</a>" % (blog, slug(l), l) for l in p["labels"])) +
            "</div></div>\n<section class='comments threaded' data-embed='true' data-num-comments='%d' id='comments'><a name='comments'></a><h3 class='title'>%s</h3><div class='comments-content'><div id='comment-holder'><div class=\"comment-thread toplevel-thread\"><ol id=\"top-ra\">%s</ol><div id=\"top-continue\" class=\"continue\"><a class=\"comment-reply\" target=\"_self\">%s</a></div></div></div></div>"
            "<p class='comment-footer'><div class='comment-form'><a name='comment-form'></a><h4 id='comment-post-message'>%s</h4><iframe allowtransparency='allowtransparency' class='blogger-iframe-colorize blogger-comment-from-post' frameborder='0' height='410' id='comment-editor' name='comment-editor' src='' width='100%%'></iframe></div></p></section>\n</article>\n</div>\n"
            % (len(p["comments"]), w["comments"], _blogger_comments(p, w["reply"]), w["add_comment"], w["post_comment"]) +
            "<div class='blog-pager container' id='blog-pager'><a class='blog-pager-newer-link flat-button ripple' href='%s/2026/03/%s.html' id='Blog1_blog-pager-newer-link' title='%s'>%s</a><a class='blog-pager-older-link flat-button ripple' href='%s/2026/02/%s.html' id='Blog1_blog-pager-older-link' title='%s'>%s</a><a class='home-link flat-button ripple' href='%s/'>%s</a></div>\n"
            % (blog, hexid("n" + p["url"]), w["newer"], w["newer"], blog, hexid("o" + p["url"]), w["older"], w["older"], blog, w["home"]) +
            "<div class='clear'></div></div></div></main></div>\n"
            "<aside class='sidebar-container container sidebar-invisible' role='complementary'><div class='navigation'><button class='svg-icon-24-button flat-icon-button ripple sidebar-back'><svg class='svg-icon-24'><use xlink:href='/responsive/sprite_v1_6.css.svg#ic_arrow_back_black_24dp' xmlns:xlink='http://www.w3.org/1999/xlink'></use></svg></button></div><div class='sidebar_top_wrapper'><div class='sidebar_top section' id='sidebar_top' name='Sidebar (Top)'>"
            "<div class='widget Profile' data-version='2' id='Profile1'><div class='wrapper solo'><h3 class='title'>%s</h3><div class='widget-content individual'><a href='https://www.blogger.example/profile/%s' rel='nofollow'><img alt='%s' class='profile-img' height='113' src='//blogger.googleusercontent.example/img/b/%s/s113/eu.jpg' width='113'/></a>"
            "<div class='profile-info'><dl class='profile-datablock'><dt class='profile-data'><a class='profile-link g-profile' href='https://www.blogger.example/profile/%s' rel='author nofollow'>%s</a></dt><dd class='profile-textblock'>%s</dd></dl><a class='profile-link visit-profile' href='https://www.blogger.example/profile/%s' rel='author'>%s</a></div></div></div></div>\n"
            % (w["about_me"], p["profile"], w["my_photo"], hexid(p["profile"]), p["profile"], p["blogger_name"], p["bio"], p["profile"], w["full_profile"]) +
            "<div class='widget PopularPosts' data-version='2' id='PopularPosts1'><h3 class='title'>%s</h3><div class='widget-content'>%s</div></div>\n"
            % (w["popular"], "".join("<div role='feed'><article class='post' role='article'><h3 class='post-title'><a href='%s'>%s</a></h3><div class='item-content float-container'><div class='popular-posts-snippet snippet-container r-snippet-container'><div class='snippet-item r-snippetized'>%s</div><a class='snippet-fade r-snippet-fade hidden' href='%s'></a></div></div></article></div>"
                                     % (blog + path_of(p, t, "2026"), t, s, blog + path_of(p, t, "2026")) for t, s in p["popular"])) +
            "<div class='widget Label' data-version='2' id='Label1'><details class='collapsible extendable'><summary><div class='collapsible-title'><h3 class='title'>%s</h3><svg class='svg-icon-24 chevron-down'><use xlink:href='/responsive/sprite_v1_6.css.svg#ic_expand_more_black_24dp' xmlns:xlink='http://www.w3.org/1999/xlink'></use></svg></div></summary><div class='widget-content list-label-widget-content'><ul>%s</ul></div></details></div>\n"
            % (w["labels_h"], "".join("<li><a class='label-name' href='%s/search/label/%s'>%s<span class='label-count'>%d</span></a></li>" % (blog, slug(l), l, 4 + 3 * i) for i, l in enumerate(p["all_labels"]))) +
            "<div class='widget ReportAbuse' data-version='2' id='ReportAbuse1'><h3 class='title'><a class='report_abuse' href='https://www.blogger.example/go/report-abuse' rel='noopener nofollow' target='_blank'>%s</a></h3></div></div></div></aside>\n</div></div></div>\n" % w["abuse"] +
            "<footer><div class='footer-outer'><div class='section' id='footer' name='Footer'><div class='widget Attribution' data-version='2' id='Attribution1'><div class='widget-content'><div class='blogger'><a href='https://www.blogger.example' rel='nofollow'><svg class='svg-icon-24'><use xlink:href='/responsive/sprite_v1_6.css.svg#ic_post_blogger_black_24dp' xmlns:xlink='http://www.w3.org/1999/xlink'></use></svg>%s</a></div><div class='image-attribution'>%s</div></div></div></div></div></footer>\n"
            % (w["powered"], w["img_attr"]) +
            "</div></div>\n<div id='cookieChoiceInfo' class='cookie-choices-info' style='position:fixed;bottom:0'><div class='cookie-choices-inner'><span class='cookie-choices-text'>%s</span><span class='cookie-choices-buttons'><a class='cookie-choices-button' href='https://policies.google.example/technologies/cookies' target='_blank'>%s</a><a id='cookieChoiceDismiss' class='cookie-choices-button' href='#'>%s</a></span></div></div>\n"
            % (w["cookie"], w["cookie_more"], w["cookie_ok"]) +
            "<script type='text/javascript' src='https://www.blogger.example/static/v1/widgets/3566091532-widgets.js'></script>\n</body>\n</html>\n")
    return html, ["div.post-body"]


# ------------------------------------------------------------------------------------------------ Squarespace 7.1
def _sqs_block(kind, content, bid):
    if kind == "html":
        return ('<div class="sqs-block html-block sqs-block-html" data-blend-mode="NORMAL" data-block-type="2" data-border-radii="&#123;&quot;topLeft&quot;:&#123;&quot;unit&quot;:&quot;px&quot;,&quot;value&quot;:0.0&#125;&#125;" id="%s">'
                '<div class="sqs-block-content"><div class="sqs-html-content" data-sqsp-text-block-content>%s</div></div></div>' % (bid, deco(content, "p", 'class="" style="white-space:pre-wrap;"')))
    if kind == "image":
        return ('<div class="sqs-block image-block sqs-block-image sqs-text-ready" data-block-type="5" id="%s"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic" style="max-width:2500px;">'
                '<div class="image-block-outer-wrapper layout-caption-below design-layout-inline combination-animation-site-default individual-animation-site-default" data-test="image-block-inline-outer-wrapper">'
                '<div class="fluid-image-animation-wrapper sqs-image sqs-block-alignment-wrapper" data-animation-role="image"><div class="fluid-image-container sqs-image-content" style="overflow: hidden;position: relative;width: 100%%;">'
                '<img data-stretch="false" data-src="https://images.squarespace-cdn.example/content/v1/%s/%s.jpg" data-image-dimensions="2500x1667" data-image-focal-point="0.5,0.5" alt="" data-load="false" src="https://images.squarespace-cdn.example/content/v1/%s/%s.jpg?format=1000w" width="2500" height="1667" sizes="100vw" style="display:block;object-fit: cover; width: 100%%; height: 100%%;" loading="lazy" decoding="async" data-loader="sqs"></div></div>'
                '<figcaption class="image-caption-wrapper"><div class="image-caption"><p data-rte-preserve-empty="true" style="white-space:pre-wrap;">%s</p></div></figcaption></div></figure></div></div>'
                % (bid, hexid(bid, 8), slug(content), hexid(bid, 8), slug(content), content))
    if kind == "quote":
        q, who = content
        return ('<div class="sqs-block quote-block sqs-block-quote" data-block-type="31" id="%s"><div class="sqs-block-content"><figure class="block-animation-site-default"><blockquote data-animation-role="quote" data-animation-override>'
                '<span>“</span>%s<span>”</span></blockquote><figcaption class="source">— %s</figcaption></figure></div></div>' % (bid, q, who))
    if kind == "newsletter":
        h, t, b, foot = content
        return ('<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="%s"><div class="sqs-block-content"><div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">'
                '<form class="newsletter-form" data-form-id="%s" autocomplete="on" method="POST" novalidate="" onsubmit="return (function (form) { Y.use(\'squarespace-form-submit\', \'node\', function usingFormSubmit(Y) { (new Y.Squarespace.FormSubmit(form)).submit({ formId: \'%s\', collectionId: \'\', objectName: \'%s\' }); }); return false; })(this);">'
                '<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">%s</h2><div class="newsletter-form-header-description"><p>%s</p></div></header>'
                '<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email required" id="%s-email-field"><label class="newsletter-form-field-label title" for="%s-email-input">Email Address</label>'
                '<input id="%s-email-input" class="newsletter-form-field-element field-element" name="email" autocomplete="email" type="email" spellcheck="false" placeholder="Email Address" /></div></div>'
                '<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape sqs-button-element--primary" type="submit" value="%s"><span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">%s</span></button></div></div>'
                '<div class="newsletter-form-footnote"><p style="white-space:pre-wrap;">%s</p></div></form></div></div></div>' % (bid, hexid(bid, 8), hexid(bid, 8), bid, h, t, bid, bid, bid, b, b, foot))
    if kind == "button":
        label, href = content
        return ('<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="%s"><div class="sqs-block-content"><div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button" data-alignment="center" data-button-size="medium" data-button-type="primary">'
                '<a href="%s" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">%s</a></div></div></div>' % (bid, href, label))
    if kind == "video":
        return ('<div class="sqs-block video-block sqs-block-video" data-block-json="&#123;&quot;blockAnimation&quot;:&quot;none&quot;,&quot;layout&quot;:&quot;caption-hidden&quot;&#125;" data-block-type="32" id="%s"><div class="sqs-block-content"><div class="intrinsic" style="max-width:100%%">'
                '<div class="embed-block-wrapper embed-block-provider-YouTube" style="padding-bottom:56.25%%;"><div class="sqs-video-wrapper" data-provider-name="YouTube" data-html="&lt;iframe src=&quot;https://www.youtube.example/embed/%s&quot;&gt;&lt;/iframe&gt;"></div></div></div>'
                '<div class="video-caption-wrapper"><div class="video-caption"><p>%s</p></div></div></div></div>' % (bid, hexid(bid, 8), content))
    if kind == "line":
        return '<div class="sqs-block horizontalrule-block sqs-block-horizontalrule" data-block-type="47" id="%s"><div class="sqs-block-content"><hr /></div></div>' % bid
    raise ValueError(kind)


def squarespace(p):
    w = p["words"]
    blocks, body_sel = [], []
    for i, (kind, content) in enumerate(p["blocks"]):
        bid = "block-yui_3_17_2_1_17%s_%d" % (hexid(p["url"] + str(i), 8)[:6], 4100 + i * 37) if i else "block-%s" % hexid(p["url"], 8) + "4f1a2b9c3d7e"
        blocks.append(_sqs_block(kind, content, bid))
        if kind == "html":
            body_sel.append("div#" + bid)
    nav = "".join('<div class="header-nav-item header-nav-item--collection%s"><a href="/%s" data-animation-role="header-element"%s>%s</a></div>'
                  % (" header-nav-item--active" if n == p["active"] else "", slug(n), ' aria-current="page"' if n == p["active"] else "", n) for n in p["nav"])
    sqs_ctx = ('{"betaFeatureFlags":["nested_categories","campaigns_thumbnail_layout","member_areas_feature"],"facebookAppId":"314192535267336","facebookApiVersion":"v6.0","rollups":{},"pageType":50,"website":{"id":"%s","identifier":"%s","websiteType":1,"contentModifiedOn":1772700000000,"cloneable":false,"hasBeenCloneable":false,"siteStatus":{},"language":"%s","timeZone":"%s","machineTimeZoneOffset":-28800000,"timeZoneOffset":-28800000,"timeZoneAbbr":"PST","siteTitle":"%s"},"websiteSettings":{"storeSettings":{"storeCurrency":"USD"},"commentLikesAllowed":true,"commentAnonAllowed":true},"collection":{"title":"%s","id":"%s","fullUrl":"/%s","type":1,"permissions":{}},"item":{"title":"%s","id":"%s","fullUrl":"%s","publicCommentCount":%d,"commentState":1,"recordType":1},"templateVersion":"7.1","pageFeatures":[1,2,4],"impersonatedSession":false,"tzData":{"zones":[[-480,"US","P%%sT",null]],"rules":{"US":[[1967,2006,null,"Oct","lastSun","2:00","0","S"]]}},"showAnnouncementBar":false,"recaptchaEnterpriseContext":{"recaptchaEnterpriseSiteKey":"6LdDFQwjAAAAAPigEvvPgEVbb7QBm-TkVJdDTlAv"}}'
               % (hexid(p["domain"], 8), slug(p["site"]), p["html_lang"], p["tz"], attr(p["site"]), p["collection"], hexid(p["collection"], 8), slug(p["collection"]), attr(p["h1"]), hexid(p["url"], 8), p["url"].split(p["domain"])[1], len(p["comments"])))
    head = "\n".join([
        '<meta name="viewport" content="initial-scale=1">', '<base href="">', '<meta charset="utf-8" />', '<title>%s</title>' % p["title_tag"],
        '<link rel="shortcut icon" type="image/x-icon" href="https://images.squarespace-cdn.example/content/v1/%s/favicon.ico?format=100w"/>' % hexid(p["domain"], 8),
        canonical(p) + "/", '<meta property="og:site_name" content="%s"/>' % attr(p["site"]), '<meta property="og:title" content="%s"/>' % attr(p["title_tag"]),
        '<meta property="og:url" content="%s"/>' % p["url"], '<meta property="og:type" content="article"/>', '<meta property="og:description" content="%s"/>' % desc(p),
        '<meta property="og:image" content="https://images.squarespace-cdn.example/content/v1/%s/cover.jpg?format=1500w"/>' % hexid(p["domain"], 8),
        '<meta property="og:image:width" content="1500"/>', '<meta property="og:image:height" content="1000"/>',
        '<meta itemprop="name" content="%s"/>' % attr(p["title_tag"]), '<meta itemprop="url" content="%s"/>' % p["url"], '<meta itemprop="description" content="%s"/>' % desc(p),
        '<meta itemprop="author" content="%s"/>' % attr(p["site"]), '<meta itemprop="datePublished" content="%s"/>' % p["sqs_date"],
        '<meta itemprop="dateModified" content="%s"/>' % p.get("sqs_mod", p["sqs_date"]), '<meta itemprop="headline" content="%s"/>' % attr(p["h1"]),
        '<meta itemprop="publisher" content="%s"/>' % attr(p["site"]), '<meta name="twitter:title" content="%s"/>' % attr(p["title_tag"]),
        '<meta name="twitter:url" content="%s"/>' % p["url"], '<meta name="twitter:card" content="summary"/>', '<meta name="description" content="%s" />' % desc(p),
        '<link rel="preconnect" href="https://images.squarespace-cdn.example">',
        '<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.example/@sqs/polyfiller/1.6/legacy.js"></script>',
        '<script type="text/javascript" crossorigin="anonymous" defer="true" src="//assets.squarespace.example/@sqs/polyfiller/1.6/modern.js"></script>',
        '<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = %s;</script>' % sqs_ctx,
        ld({"url": "https://%s" % p["domain"], "name": p["site"], "description": "", "@context": "http://schema.org", "@type": "WebSite"}),
        ld({"name": plain(p["title_tag"]), "datePublished": p["sqs_date"], "dateModified": p.get("sqs_mod", p["sqs_date"]), "headline": plain(p["h1"]),
            "author": p["sqs_author"], "url": p["url"], "mainEntityOfPage": p["url"],
            "publisher": {"@type": "Organization", "name": p["site"]}, "@context": "http://schema.org", "@type": "BlogPosting"}),
        '<link rel="stylesheet" type="text/css" href="https://static1.squarespace.example/static/versioned-site-css/%s/12/5c5a519771b210565b1d4b98/%s/1560/site.css"/>' % (hexid(p["domain"], 8), hexid(p["url"], 8))])
    comments = "".join('<div class="comment"><div class="comment-avatar"><img src="/universal/images-v6/default-avatar.png" alt=""></div><div class="comment-body"><div class="comment-header"><span class="author">%s</span><span class="date">%s</span></div>'
                       '<div class="comment-content"><p>%s</p></div><div class="comment-actions"><a class="comment-like">%s</a><a class="comment-reply">%s</a></div></div></div>' % (n, d, t, w["like"], w["reply"]) for n, d, t in p["comments"])
    html = ('<!doctype html>\n<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="%s-%s">\n<head>\n%s\n</head>\n' % (p["html_lang"], p["country"], head) +
            '<body id="item-%s" class="primary-button-style-solid primary-button-shape-pill secondary-button-style-outline secondary-button-shape-pill tertiary-button-style-outline tertiary-button-shape-underline form-field-style-solid form-field-shape-square header-overlay-alignment-center header-width-full tweak-fixed-header-style-basic tweak-blog-item-width-narrow tweak-blog-item-alignment-center tweak-blog-item-meta-position-above-title tweak-blog-item-show-author-profile tweak-blog-item-show-date tweak-blog-item-show-categories tweak-blog-item-show-comments image-block-poster-text-alignment-left image-block-card-content-position-center  view-item collection-type-blog collection-layout-default collection-%s mobile-style-available sqs-seven-one show-author-profile" data-controller="AnnouncementBar HashManager SiteLoader MobileClassname UserAccountLink">\n'
            % (hexid(p["url"], 8), hexid(p["collection"], 8)) +
            '<div id="siteWrapper" class="clearfix site-wrapper">\n'
            '<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white" data-controller="Header" data-current-styles="&#123;&quot;layout&quot;: &quot;navRight&quot;&#125;" data-first-focusable-element tabindex="-1" style=""><div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">%s</a>'
            '<div class="header-border" data-header-style="dynamic" data-header-usability-enabled="true" data-header-border="false" data-test="header-border" style=""></div><div class="header-dropshadow" data-header-style="dynamic" data-header-usability-enabled="true" data-header-dropshadow="false" data-test="header-dropshadow" style=""></div>'
            '<div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner"><div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-logo"><a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.example/content/v1/%s/logo.png?format=1500w" alt="%s" style="display:block" fetchpriority="high" loading="eager" decoding="async" data-loader="raw"></a></div></div>'
            '<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">%s</nav></div></div></div>'
            '<div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--cart"><a href="/cart" class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner"><svg class="icon icon--cart" width="61" height="49" viewBox="0 0 61 49"><path fill-rule="evenodd" clip-rule="evenodd" d="M0.5 2C0.5 1.17157 1.17157 0.5 2 0.5H13.6362"></path></svg><div class="icon-cart-quantity">0</div></span></a></div></div></div></div></div></div></header>\n'
            % (w["skip"], hexid(p["domain"], 8), attr(p["site"]), nav) +
            '<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="%s">\n' % hexid(p["url"], 8) +
            '<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--narrow horizontal-alignment--center vertical-alignment--middle white" data-section-id="%s" data-controller="SectionWrapperController" data-current-styles="&#123;&quot;imageOverlayOpacity&quot;: 0.15&#125;"><div class="section-border"><div class="section-background"></div></div>'
            '<div class="content-wrapper" style=""><div class="content"><div class="blog-item-wrapper">\n' % hexid(p["url"] + "s", 8) +
            '<article class="entry h-entry hentry author-%s post-type-text article-index-1 category-%s" data-item-id="%s" id="article-%s">\n' % (slug(p["sqs_author"]), slug(p["category"]), hexid(p["url"], 8), hexid(p["url"], 8)) +
            '<div class="blog-item-top-wrapper"><div class="blog-item-category-wrapper"><div class="blog-item-category"><a href="/%s?category=%s">%s</a></div></div>\n' % (slug(p["collection"]), p["category"], p["category"]) +
            '<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title" style="text-align: center;">%s</h1></div>\n' % p["h1"] +
            '<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--author"><a href="/%s?author=%s" class="blog-author">%s</a></div>'
            '<div class="blog-meta-item blog-meta-item--date"><time class="dt-published blog-meta-item blog-meta-item--date" datetime="%s" pubdate data-content-field="published-on">%s</time></div></div></div>\n'
            % (slug(p["collection"]), hexid(p["sqs_author"], 8), p["byline"], p["pub"][:10], p["date"]) +
            '<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-layout-label="Post Body" data-type="item" data-updated-on="1772731333000" id="item-%s">'
            '<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-layout-label="Post Body" data-updated-on="1772731333000" id="item-%s-layout"><div class="row sqs-row"><div class="col sqs-col-12 span-12">\n%s\n</div></div></div></div></div>\n'
            % (hexid(p["url"], 8), hexid(p["url"], 8), "\n".join(blocks)) +
            '<div class="blog-item-author-profile-wrapper"><a href="/%s?author=%s" class="author-avatar content-fill" style="overflow:hidden;"><img data-src="https://images.squarespace-cdn.example/content/v1/%s/avatar.jpg" data-image-dimensions="300x300" data-image-focal-point="0.5,0.5" alt="" data-load="false" src="" loading="lazy"></a>'
            '<div class="author-name">%s</div><div class="author-bio"><p>%s</p></div><a class="author-website" href="/%s">%s</a></div>\n' % (slug(p["collection"]), hexid(p["sqs_author"], 8), hexid(p["domain"], 8), p["sqs_author"], p["bio"], slug(p["nav"][0]), w["website"]) +
            '<div class="blog-item-comments"><div class="squarespace-comments" id="comments-%s"><div class="comment-count">%s</div><div class="comments-sort"><span>%s</span></div><div class="comment-input-wrapper"><div class="comment-input">%s</div></div>%s</div></div>\n'
            % (hexid(p["url"], 8), w["comment_count"], w["sort"], w["write"], comments) +
            '<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid"><a class="item-pagination-link item-pagination-link--prev" href="/%s/%s"><div class="item-pagination-icon icon icon--stroke"><svg class="caret-left-icon--small" viewBox="0 0 9 16"><polyline fill="none" stroke-miterlimit="10" points="7.3,14.7 2.5,8 7.3,1.2"></polyline></svg></div><div class="pagination-title-wrapper"><div class="item-pagination-prev-next">%s</div><h2 class="item-pagination-title">%s</h2></div></a>'
            '<a class="item-pagination-link item-pagination-link--next" href="/%s/%s"><div class="pagination-title-wrapper"><div class="item-pagination-prev-next">%s</div><h2 class="item-pagination-title">%s</h2></div><div class="item-pagination-icon icon icon--stroke"><svg class="caret-right-icon--small" viewBox="0 0 9 16"><polyline fill="none" stroke-miterlimit="10" points="1.6,1.2 6.5,7.9 1.6,14.7"></polyline></svg></div></a></section>\n'
            % (slug(p["collection"]), slug(p["prev"]), w["prev"], p["prev"], slug(p["collection"]), slug(p["next"]), w["next"], p["next"]) +
            '</article>\n</div></div></div></section>\n</article>\n</main>\n' +
            '<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="black" class="page-section layout-engine-section background-width--full-bleed section-height--small content-width--wide horizontal-alignment--center vertical-alignment--middle black" data-section-id="%s"><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-%s"><div class="row sqs-row"><div class="col sqs-col-6 span-6">'
            '<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-%sfooter1"><div class="sqs-block-content"><div class="sqs-html-content"><h3 style="white-space:pre-wrap;">%s</h3><p class="" style="white-space:pre-wrap;">%s</p></div></div></div></div>'
            '<div class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-%sfooter2"><div class="sqs-block-content"><div class="sqs-html-content"><p class="" style="white-space:pre-wrap;">%s</p></div></div></div></div></div></div></div></div></section></footer>\n'
            % (hexid("f" + p["url"], 8), hexid("f" + p["url"], 8), hexid(p["domain"]), p["site"], p["footer_text"], hexid(p["domain"]), p["footer_small"]) +
            '</div>\n<div class="sqs-cookie-banner-v2-container sqs-cookie-banner-v2-container--bottom"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bar" role="dialog" aria-live="polite"><div class="sqs-cookie-banner-v2-cta-container"><p class="sqs-cookie-banner-v2-text">%s</p></div><div class="sqs-cookie-banner-v2-buttons"><button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">%s</button><button class="sqs-cookie-banner-v2-decline sqs-button-element--secondary">%s</button></div></div></div>\n'
            % (w["cookie"], w["accept"], w["decline"]) +
            '<script defer="defer" src="https://static1.squarespace.example/static/vta/5c5a519771b210565b1d4b98/scripts/site-bundle.f8a5b2d9c1e34b6a1d07.js" type="text/javascript"></script>\n</body>\n</html>\n')
    return html, body_sel


# ------------------------------------------------------------------------------------------------ Wix blog (Ricos viewer)
def _ricos(html):
    h = deco(html, "p", lambda i: 'class="MS7sOC VCYeKc Vq8wZl" id="viewer-%s" dir="auto"' % hexid(html[:30] + str(i), 5))
    h = deco(h, "h2", lambda i: 'class="Z8cxqw rbqcf8 Fb2jmz" id="viewer-%s" dir="auto"' % hexid(html[:30] + "h" + str(i), 5))
    h = deco(h, "ul", 'class="ZKyDwC public-DraftStyleDefault-ul"')
    h = deco(h, "li", 'class="Xa8ciC public-DraftStyleDefault-unorderedListItem"')
    return h


def wix(p):
    w = p["words"]
    comp = lambda s: "comp-" + hexid(p["url"] + s, 8)
    nav = "".join('<li class="wixui-horizontal-menu__item Pl1bZo"><a data-testid="linkElement" href="https://www.%s/%s" target="_self" class="UiHgGh"><div class="itemDepth02233374943__itemContent"><span class="itemDepth02233374943__label">%s</span></div></a></li>' % (p["domain"], slug(n), n) for n in p["nav"])
    recent = "".join('<div data-hook="post-list-item" class="gm4Atw"><a href="https://www.%s/post/%s" class="O16KGI"><div class="cover-image"><img src="https://static.wixstatic.example/media/%s~mv2.jpg/v1/fill/w_292,h_219/%s.jpg" alt="" loading="lazy"></div>'
                     '<div class="YE7pLh"><h3 data-hook="post-title" class="bD0vt9 KNiaIk blog-post-text-font"><p class="pZT2kI">%s</p></h3></div></a><div class="Wrd9Ma"><span data-hook="views-count">%s</span><span data-hook="comment-count">%s</span></div></div>'
                     % (p["domain"], slug(t), hexid(t, 8), slug(t), t, v, c) for t, v, c in p["recent"])
    comments = "".join('<div data-hook="comment" class="e4E0oc"><div data-hook="comment-header" class="TrV8hk"><div data-hook="avatar"><img src="https://static.wixstatic.example/media/avatar.png" alt=""></div><span data-hook="author-name" class="qvI5cn">%s</span><span data-hook="comment-timestamp" class="gqPzqA">%s</span></div>'
                       '<div data-hook="comment-content" class="j5D5t1"><div class="rich-content-viewer-comment" dir="ltr"><p class="Xo1iRj" dir="auto">%s</p></div></div><div class="wKUY6z"><button data-hook="like-button">%s</button><button data-hook="reply-button">%s</button></div></div>'
                       % (n, d, t, w["like"], w["reply"]) for n, d, t in p["comments"])
    head = "\n".join([
        "<meta charset='utf-8'>", '<meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />', '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
        '<meta name="generator" content="Wix.com Website Builder"/>', '<link rel="icon" sizes="192x192" href="https://static.wixstatic.example/media/%s~mv2.png/v1/fill/w_192%%2Ch_192%%2Clg_1%%2Cusm_0.66_1.00_0.01/%s.png" type="image/png"/>' % (hexid(p["domain"], 8), hexid(p["domain"], 8)),
        '<meta http-equiv="X-Wix-Meta-Site-Id" content="%s">' % uuid(p["domain"]), '<meta http-equiv="X-Wix-Application-Instance-Id" content="%s">' % uuid(p["domain"] + "i"),
        '<meta http-equiv="X-Wix-Published-Version" content="214"/>', '<meta http-equiv="etag" content="bug"/>',
        '<meta name="format-detection" content="telephone=no">', '<meta name="skype_toolbar" content="skype_toolbar_parser_compatible">',
        title_tag(p, "%s | %s"), '<meta name="description" content="%s"/>' % desc(p), canonical(p) + "/",
        '<meta property="og:title" content="%s"/>' % attr(p.get("og_title", p["h1"])), '<meta property="og:description" content="%s"/>' % desc(p),
        '<meta property="og:image" content="https://static.wixstatic.example/media/%s~mv2.jpg/v1/fill/w_1000,h_667,al_c,q_85/%s.jpg"/>' % (hexid(p["url"], 8), hexid(p["url"], 8)),
        '<meta property="og:image:width" content="1000"/>', '<meta property="og:image:height" content="667"/>', '<meta property="og:url" content="%s"/>' % p["url"],
        '<meta property="og:site_name" content="%s"/>' % attr(p["site"]), '<meta property="og:type" content="article"/>',
        ld({"@context": "https://schema.org/", "@type": "BlogPosting", "mainEntityOfPage": {"@type": "WebPage", "@id": p["url"]}, "headline": plain(p["h1"]), "description": desc(p),
            "image": {"@type": "ImageObject", "height": 667, "width": 1000, "url": "https://static.wixstatic.example/media/%s~mv2.jpg" % hexid(p["url"], 8)},
            "author": {"@type": "Person", "name": p["wix_user"], "url": "https://www.%s/profile/%s/profile" % (p["domain"], slug(p["wix_user"]))},
            "publisher": {"@type": "Organization", "name": p["site"], "logo": {"@type": "ImageObject", "url": "https://static.wixstatic.example/media/logo.png"}},
            "datePublished": p["pub"], "dateModified": p.get("mod", p["pub"])}),
        '<meta property="article:author" content="https://www.%s/profile/%s/profile"/>' % (p["domain"], slug(p["wix_user"])),
        '<meta property="article:published_time" content="%s"/>' % p["pub"], '<meta property="article:modified_time" content="%s"/>' % p.get("mod", p["pub"]),
        '<meta name="twitter:card" content="summary_large_image"/>', '<meta name="twitter:title" content="%s"/>' % attr(p.get("og_title", p["h1"])),
        '<style id="css_masterPage">#SITE_HEADER{z-index:50;--above-all-in-container:10000}#%s{--min-height:25px}.rich-content-viewer p{margin:0}</style>' % comp("h"),
        '<script type="application/json" id="wix-fedops">{"data":{"site":{"metaSiteId":"%s","isHttps":true,"isPremium":true,"isWixSite":false},"rollout":{"siteAssetsVersionsRollout":false,"isDACRollout":0,"isTBRollout":false},"fleetConfig":{"fleetName":"thunderbolt-renderer-user-code","type":"GA","code":0},"requestUrl":"%s","isInSEO":false,"platformOnSite":true}}</script>' % (uuid(p["domain"]), p["url"]),
        '<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.b5c2c87d.bundle.min.js" async></script>'])
    html = ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n</head>\n' % (p["lang"], head) +
            '<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="%s"><span class="mHZSwn">%s</span></div>\n' % (w["top"], w["top"]) +
            '<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">\n'
            '<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div><div class="U4Bvut"><div class="G5K6X8" data-testid="headerScreenWidthContainerBgCenter"></div>'
            '<div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class=""><div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content">'
            '<div id="%s" class="%s wixui-rich-text" data-testid="richTextElement"><p class="font_2 wixui-rich-text__text" style="font-size:26px;"><span class="wixui-rich-text__text"><a href="https://www.%s" target="_self" class="wixui-rich-text__text">%s</a></span></p></div>'
            '<nav id="%s" aria-label="%s" class="%s wixui-horizontal-menu" data-testid="horizontalMenuNav"><ul class="menuItems itemDepth02233374943__menuItems">%s</ul></nav></div></div></div></header>\n'
            % (comp("logo"), comp("logo"), p["domain"], p["site"], comp("nav"), w["site_word"], comp("nav"), nav) +
            '<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="SITE_PAGES_TRANSITION_GROUP" class="AnQkDU"><div id="%s" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB">'
            '<div id="Container%s" class="Container%s SPY_vo"><div data-mesh-id="Container%sinlineContent" data-testid="inline-content" class=""><div data-mesh-id="Container%sinlineContent-gridContainer" data-testid="mesh-container-content">\n'
            % ((hexid(p["url"], 5),) * 5) +
            '<div id="%s" class="%s"><div class="tpa-blog"><div data-hook="post-page" class="yrXmFy post-page-root"><div class="ulrdAH" data-hook="post-page__main-content"><div class="e6qKdB"><article class="blog-post-page-font V8lB2T" data-hook="post">\n' % (comp("tpa"), comp("tpa")) +
            '<div class="EGmMAs"><div class="G3fRHD" data-hook="post-header"><div class="S5jWz4"><div data-hook="avatar-image" class="wVtZmO"><img src="https://static.wixstatic.example/media/%s.jpg" alt="%s" width="32" height="32"></div>'
            '<div class="Dl2dGI"><span data-hook="user-name" class="tQ0Q1A user-name dlINDG blog-link-hover-color">%s</span>%s<ul class="pu51Xe kNA3bV blog-separator-before"><li><span data-hook="time-ago" title="%s" class="post-metadata__date time-ago">%s</span></li>%s<li><span data-hook="time-to-read" title="%s" class="post-metadata__readTime">%s</span></li></ul></div></div>'
            '<button data-hook="more-button" aria-label="%s" class="XLiNqh"><svg viewBox="0 0 19 19" width="19" height="19"><path d="M3 8.5h2v2H3z"></path></svg></button></div>\n'
            % (hexid(p["wix_user"], 8), attr(p["wix_user"]), p["wix_user"], p.get("admin_badge", ""), p["date_title"], p["date"], ('<li><span data-hook="updated-date" class="post-metadata__updated">%s</span></li>' % p["updated"]) if p.get("updated") else "", p["reading"], p["reading"], w["more"]) +
            '<div class="uwCPGX" data-hook="post-title-container"><h1 class="H3vOVf fTEXDR blog-post-title-font blog-post-title-color" data-hook="post-title">%s</h1></div>\n' % p["h1"] +
            '<div class="GBkd5P" data-hook="post-description"><article class="QKbY4A"><div class="Lvu6bW"><div data-rce-version="9.16.1"><div class="rich-content-viewer _1RIz1 ZIHx3 oQpmr" dir="ltr" data-id="content-viewer"><div class="FL4sI8 _4hTxQ">\n%s\n</div></div></div></div></article></div>\n' % _ricos(p["body"]) +
            '<div class="g2l6YQ" data-hook="post-footer"><div class="VQt5fn"><nav aria-label="%s"><ul data-hook="post-categories-list" class="IS0nD8">%s</ul></nav></div>'
            '<div class="HoT1l6"><nav aria-label="%s"><ul class="Dl5Qv3" data-hook="post-hashtags">%s</ul></nav></div>'
            '<div class="tP5uo6" data-hook="post-social-actions"><button aria-label="%s Facebook" data-hook="share-facebook"><svg width="19" height="19"></svg></button><button aria-label="%s X" data-hook="share-x"><svg width="19" height="19"></svg></button><button aria-label="%s LinkedIn" data-hook="share-linkedin"><svg width="19" height="19"></svg></button><button aria-label="%s" data-hook="share-link"><svg width="19" height="19"></svg></button></div>'
            '<div data-hook="post-main-actions-desktop" class="b9oDUH"><div class="Ptd5Cd"><span data-hook="views-count" class="rB6R5K">%s</span><span data-hook="comment-count" class="jHwISX">%s</span></div><div data-hook="like-button-with-count" class="j1VzhT"><span data-hook="like-button-with-count__like-count" class="uB4P4h">%s</span><button data-hook="like-button" aria-label="%s" aria-pressed="false"><svg viewBox="0 0 19 19" width="19" height="19"><path d="M9.5 16.5l-1.2-1.1C4.2 11.7 1.5 9.2 1.5 6.2"></path></svg></button></div></div></div>\n'
            % (w["cat_label"], "".join('<li><a class="U3AdWP" href="https://www.%s/blog/categories/%s">%s</a></li>' % (p["domain"], slug(c), c) for c in p["categories"]), w["tags_label"],
               "".join('<li><a data-hook="tag" class="UTxbQZ" href="https://www.%s/blog/hashtags/%s">#%s</a></li>' % (p["domain"], slug(t), t) for t in p["tags"]),
               w["share"], w["share"], w["share"], w["copy"], p["views"], p["ncomments"], p["likes"], w["like"]) +
            '</article></div></div>\n<section data-hook="recent-posts" class="YE6EBA"><div class="aUQDAq"><h2 class="blog-text-color">%s</h2><a href="https://www.%s/blog" class="blog-link-hashtag-color">%s</a></div><div class="iwpxhX">%s</div></section>\n' % (w["recent"], p["domain"], w["see_all"], recent) +
            '<section data-hook="comments-widget" class="BdlUkL"><div data-hook="comments-root" class="t_bZ9y"><h2 data-hook="comments-title" class="Z8eRMi">%s</h2><div data-hook="comment-box" class="n6lN8p"><div class="SMw5ZJ" role="textbox">%s</div></div><div data-hook="comments-list">%s</div></div></section>\n' % (w["comments"], w["write"], comments) +
            '</div></div></div></div></div></div></div></div></div></main>\n'
            '<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div><div class="U4Bvut"><div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content" class=""><div data-mesh-id="SITE_FOOTERinlineContent-gridContainer" data-testid="mesh-container-content">'
            '<div id="%s" class="%s wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text" style="text-align:center;">%s</p><p class="font_8 wixui-rich-text__text" style="text-align:center;">%s</p></div></div></div></div></footer>\n'
            % (comp("foot"), comp("foot"), p["footer"], p["footer2"]) +
            '</div></div>\n<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="%s"><span class="mHZSwn">%s</span></div></div></div>\n' % (w["bottom"], w["bottom"]) +
            '<div id="consent-banner-root" class="consent-banner-root"><div data-hook="ccsu-banner-wrapper" class="Ct7uje" role="region" aria-label="Cookie banner"><div class="_2tn8e" data-hook="ccsu-banner-text"><p>%s</p></div><div class="PTvXNq"><button data-hook="consent-banner-settings-button">%s</button><button data-hook="consent-banner-decline-button">%s</button><button data-hook="consent-banner-apply-button">%s</button></div></div></div>\n'
            % (w["cookie"], w["settings"], w["decline"], w["accept"]) +
            '<script src="https://static.parastorage.example/unpkg/core-js-bundle@3.2.1/minified.js"></script>\n</body>\n</html>\n')
    return html, ["div.rich-content-viewer"]


# ------------------------------------------------------------------------------------------------ Webflow
def webflow(p):
    w = p["words"]
    site_id, page_id = hexid(p["domain"], 8) + "c2e4d5a1b9f0", hexid(p["url"], 8) + "7a13f0e2c4b6"
    head = "\n".join([
        '<meta charset="utf-8"/>', title_tag(p, "%s | %s"), '<meta content="%s" name="description"/>' % desc(p),
        '<meta content="%s" property="og:title"/>' % attr(p.get("og_title", p["h1"])), '<meta content="%s" property="og:description"/>' % desc(p),
        '<meta content="https://cdn.prod.website-files.example/%s/%s_cover.jpg" property="og:image"/>' % (site_id, hexid(p["url"], 8)),
        '<meta content="%s" property="twitter:title"/>' % attr(p.get("og_title", p["h1"])), '<meta content="%s" property="twitter:description"/>' % desc(p),
        '<meta property="og:type" content="website"/>', '<meta property="og:url" content="%s"/>' % p["url"], '<meta content="summary_large_image" name="twitter:card"/>',
        '<meta content="width=device-width, initial-scale=1" name="viewport"/>', '<meta content="Webflow" name="generator"/>',
        '<link href="https://cdn.prod.website-files.example/%s/css/%s.webflow.shared.3f2b7c1de.min.css" rel="stylesheet" type="text/css"/>' % (site_id, slug(p["site"])),
        '<link href="https://fonts.googleapis.example" rel="preconnect"/>',
        '<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>',
        '<link href="https://cdn.prod.website-files.example/%s/favicon.png" rel="shortcut icon" type="image/x-icon"/>' % site_id, canonical(p),
        p.get("custom_head", "")])
    body, sel = [], []
    for kind, content, cls in p["sections"]:
        if kind == "rich":
            body.append('<div class="%s w-richtext">%s</div>' % (cls, content))
            sel.append("div." + cls.split()[0])
        else:
            body.append(content)
    nav = "".join('<a href="/%s" class="nav-link w-nav-link%s"%s>%s</a>' % (slug(n), " w--current" if n == p["active"] else "", ' aria-current="page"' if n == p["active"] else "", n) for n in p["nav"])
    related = "".join('<div role="listitem" class="w-dyn-item"><a href="%s" class="blog-card w-inline-block"><img src="https://cdn.prod.website-files.example/%s/%s_thumb.jpg" loading="lazy" alt="" class="blog-card-image"/>'
                      '<div class="blog-card-content"><div class="category-pill cc-small">%s</div><h3 class="heading-blog-card">%s</h3><p class="text-size-small">%s</p></div></a></div>'
                      % (path_of(p, t, p["secpath"]), site_id, slug(t), c, t, ex) for t, c, ex in p["related"])
    html = ('<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: %s -->' % p["last_published"] +
            '<html data-wf-domain="www.%s" data-wf-page="%s" data-wf-site="%s" lang="%s" data-wf-collection="%s" data-wf-item-slug="%s">\n<head>\n%s\n</head>\n'
            % (p["domain"], page_id, site_id, p["lang"], hexid(p["secpath"], 8) + "aa01", p["url"].rstrip("/").split("/")[-1], head) +
            '<body class="%s">\n' % p["body_class"] + p.get("banner", "") +
            '<div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav"><div class="nav-container w-container">'
            '<a href="/" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.example/%s/logo.svg" loading="lazy" alt="%s" class="logo"/></a>'
            '<nav role="navigation" class="nav-menu w-nav-menu">%s</nav><a href="%s" class="button-nav w-button">%s</a><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>\n'
            % (site_id, attr(p["site"]), nav, p["nav_cta"][1], p["nav_cta"][0]) +
            p["hero"] +
            '<div class="section-blog-body"><div class="container-medium"><div class="blog-body-grid">%s<div class="blog-body-main">\n%s\n</div></div></div></div>\n' % (p.get("toc", ""), "\n".join(body)) +
            p.get("after_body", "") +
            '<div class="section-hero cc-newsletter"><div class="container-large"><div class="newsletter-wrapper"><h2 class="heading-newsletter">%s</h2><p class="paragraph-newsletter">%s</p><div class="form-block w-form">'
            '<form id="wf-form-Newsletter" name="wf-form-Newsletter" data-name="Newsletter" method="get" class="newsletter-form" data-wf-page-id="%s" data-wf-element-id="%s">'
            '<input class="text-field w-input" maxlength="256" name="email" data-name="Email" placeholder="%s" type="email" id="email" required=""/><input type="submit" data-wait="%s" class="button w-button" value="%s"/></form>'
            '<div class="w-form-done" tabindex="-1" role="region" aria-label="Newsletter success"><div>%s</div></div><div class="w-form-fail" tabindex="-1" role="region" aria-label="Newsletter failure"><div>%s</div></div></div></div></div></div>\n'
            % (w["nl_h"], w["nl_t"], page_id, hexid(p["url"] + "f", 8), w["email"], w["wait"], w["subscribe"], w["done"], w["fail"]) +
            '<div class="section-related"><div class="container-large"><h2 class="heading-related">%s</h2><div class="w-dyn-list"><div role="list" class="related-grid w-dyn-items">%s</div></div></div></div>\n' % (w["related"], related) +
            '<footer class="footer"><div class="container-large"><div class="footer-grid w-layout-grid"><div class="footer-brand"><img src="https://cdn.prod.website-files.example/%s/logo-white.svg" loading="lazy" alt="" class="footer-logo"/><p class="footer-tagline">%s</p></div>%s</div><div class="footer-copyright">%s</div></div></footer>\n'
            % (site_id, p["tagline"], "".join('<div class="footer-column"><div class="footer-heading">%s</div>%s</div>' % (h, "".join('<a href="/%s" class="footer-link">%s</a>' % (slug(x), x) for x in xs)) for h, xs in p["footer_cols"]), p["footer"]) +
            '<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js?site=%s" type="text/javascript" integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>'
            '<script src="https://cdn.prod.website-files.example/%s/js/webflow.%s.js" type="text/javascript"></script>\n</body>\n</html>\n' % (site_id, site_id, hexid(site_id, 8)))
    return html, sel


# ------------------------------------------------------------------------------------------------ Tilda
def _tilda_head(p, extra=""):
    return "\n".join([
        '<meta charset="utf-8" />', '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />', '<meta name="viewport" content="width=device-width, initial-scale=1.0" />',
        '<!--metatextblock-->', "<title>%s</title>" % p["title_tag"], '<meta name="description" content="%s" />' % desc(p),
        '<meta property="og:url" content="%s" />' % p["url"], '<meta property="og:title" content="%s" />' % attr(p.get("og_title", p["title_tag"])),
        '<meta property="og:description" content="%s" />' % desc(p), '<meta property="og:type" content="website" />',
        '<meta property="og:image" content="https://static.tildacdn.example/tild%s-%s/cover.jpg" />' % (hexid(p["url"], 4), hexid(p["url"], 8)),
        '<link rel="canonical" href="%s">' % p["url"], '<!--/metatextblock-->', '<meta name="format-detection" content="telephone=no" />',
        '<meta http-equiv="x-dns-prefetch-control" content="on">', '<link rel="dns-prefetch" href="https://ws.tildacdn.example">', '<link rel="dns-prefetch" href="https://static.tildacdn.example">',
        '<link rel="shortcut icon" href="https://static.tildacdn.example/tild3135-%s/favicon.ico" type="image/x-icon" />' % hexid(p["domain"], 8), extra,
        '<!-- Assets -->', '<script src="https://neo.tildacdn.example/js/tilda-fallback-1.0.min.js" async charset="utf-8"></script>',
        '<link rel="stylesheet" href="https://static.tildacdn.example/css/tilda-grid-3.0.min.css" type="text/css" media="all" onerror="this.loaderr=\'y\';"/>',
        '<link rel="stylesheet" href="https://static.tildacdn.example/ws/project%s/tilda-blocks-page%s.min.css?t=1773300000" type="text/css" media="all" onerror="this.loaderr=\'y\';" />' % (p["project"], p["page_id"]),
        '<script src="https://static.tildacdn.example/js/jquery-1.10.2.min.js" charset="utf-8" onerror="this.loaderr=\'y\';"></script>',
        '<script src="https://static.tildacdn.example/js/tilda-scripts-3.0.min.js" charset="utf-8" defer onerror="this.loaderr=\'y\';"></script>',
        '<script type="text/javascript">window.dataLayer = window.dataLayer || [];</script>'])


def _tilda_menu(p, rec):
    items = "".join('<li class="t228__list_item" style="padding:0 15px;"><a class="t-menu__link-item" href="/%s" data-menu-submenu-hook="" data-menu-item-number="%d">%s</a></li>' % (slug(n), i + 1, n) for i, n in enumerate(p["nav"]))
    return ('<div id="rec%s" class="r t-rec" style=" " data-animationappear="off" data-record-type="257"><!-- T228 --><div id="nav%smarker"></div><div class="tmenu-mobile"><div class="tmenu-mobile__container"><div class="tmenu-mobile__text t-name t-name_md" field="menu_mob_title">&nbsp;</div><button type="button" class="t-menuburger t-menuburger_first" aria-label="Навигационное меню" aria-expanded="false"><span style="background-color:#000;"></span><span style="background-color:#000;"></span></button></div></div>'
            '<div id="nav%s" class="t228 t228__positionfixed t228__beforeready" style="background-color: rgba(255,255,255,1); height:80px;" data-bgcolor-hex="#ffffff" data-bgcolor-rgba="rgba(255,255,255,1)" data-navmarker="nav%smarker" data-appearoffset="" data-bgopacity-two="" data-menushadow="" data-bgopacity="1" data-menu-items-align="center" data-menu="yes">'
            '<div class="t228__maincontainer " style="height:80px;"><div class="t228__padding40px"></div><div class="t228__leftside"><div class="t228__leftcontainer"><a href="/" class="t228__imgwrapper"><div class="t228__logo t-title" field="title" style="color:#000000;font-size:22px;font-weight:700;">%s</div></a></div></div>'
            '<div class="t228__centerside "><nav class="t228__centercontainer"><ul role="list" class="t228__list t-menu__list">%s</ul></nav></div>'
            '<div class="t228__rightside"><div class="t228__rightcontainer"><div class="t228__right_buttons"><div class="t228__right_buttons_wrap"><div class="t228__right_buttons_but"><a href="%s" target="" class="t-btn t-btn_md " style="color:#ffffff;background-color:#1a7f5a;border-radius:30px;"><table role="presentation" style="width:100%%; height:100%%;"><tbody><tr><td>%s</td></tr></tbody></table></a></div></div></div></div></div>'
            '<div class="t228__padding40px"></div></div></div></div>\n' % (rec, rec, rec, rec, p["site"], items, p["menu_btn"][1], p["menu_btn"][0]))


def _tilda_footer(p, rec):
    return ('<div id="rec%s" class="r t-rec t-rec_pt_45 t-rec_pb_45" style="padding-top:45px;padding-bottom:45px;background-color:#111111; " data-record-type="420" data-bg-color="#111111"><!-- T420 --><div class="t420"><div class="t-container t-align_left">'
            '<div class="t420__col t-col t-col_3"><div class="t420__floor1 t-descr t-descr_xxs" field="text" style="color:#ffffff;">%s</div></div>'
            '<div class="t420__col t-col t-col_3"><div class="t420__title t-name t-name_xs" field="title2" style="color:#ffffff;">%s</div><div class="t420__text t-descr t-descr_xxs" field="descr2" style="color:#ffffff;">%s</div></div></div></div></div>\n'
            % (rec, p["footer"], p["footer_h"], p["footer_contacts"]))


def _tilda_cookie(p, rec):
    return ('<div id="rec%s" class="r t-rec" style=" " data-animationappear="off" data-record-type="886"><!-- T886 --><div class="t886 t886_closed" data-storage-item="t886cookiename%s" style=" "><div class="t886__wrapper" style="background-color:#ffffff;"><div class="t886__text t-descr t-descr_xxs" field="text">%s</div>'
            '<div class="t886__btn-wrapper"><a href="#" class="t886__btn t-btn t-btn_xs js-click-stat" style="color:#ffffff;background-color:#000000;"><span class="t886__btn-text">%s</span></a></div></div></div></div>\n' % (rec, p["page_id"], p["cookie"][0], p["cookie"][1]))


def tilda_page(p):
    recs, sel = [], []
    base = int(p["rec_base"])
    for i, (kind, content) in enumerate(p["records"]):
        rid = str(base + 101 * (i + 3))
        if kind == "title":
            up, title, descr = content
            recs.append('<div id="rec%s" class="r t-rec t-rec_pt_150 t-rec_pb_30" style="padding-top:150px;padding-bottom:30px; " data-record-type="30"><!-- T017 --><div class="t017"><div class="t-container t-align_left"><div class="t-col t-col_8 t-prefix_2">'
                        '<div class="t017__uptitle t-uptitle t-uptitle_sm" field="subtitle" style="text-transform:uppercase;">%s</div><div class="t017__title t-title t-title_xs" field="title">%s</div>'
                        '<div class="t017__descr t-descr t-descr_xl" field="descr">%s</div></div></div></div></div>' % (rid, up, title, descr))
        elif kind == "text":
            recs.append('<div id="rec%s" class="r t-rec t-rec_pt_30 t-rec_pb_30" style="padding-top:30px;padding-bottom:30px; " data-record-type="106"><!-- T004 --><div class="t004"><div class="t-container "><div class="t-col t-col_8 t-prefix_2">'
                        '<div field="text" class="t-text t-text_md ">%s</div></div></div></div></div>' % (rid, content))
            sel.append("div#rec" + rid)
        elif kind == "heading":
            recs.append('<div id="rec%s" class="r t-rec t-rec_pt_45 t-rec_pb_0" style="padding-top:45px;padding-bottom:0px; " data-record-type="128"><!-- T030 --><div class="t030"><div class="t-container t-align_left"><div class="t-col t-col_8 t-prefix_2">'
                        '<div class="t030__title t-title t-title_xxs" field="title">%s</div></div></div></div></div>' % (rid, content))
            sel.append("div#rec" + rid)
        elif kind == "image":
            recs.append('<div id="rec%s" class="r t-rec t-rec_pt_15 t-rec_pb_15" data-record-type="3"><!-- T107 --><div class="t107"><div class="t-align_center" itemscope itemtype="http://schema.org/ImageObject"><meta itemprop="image" content="https://static.tildacdn.example/tild%s/photo.jpg">'
                        '<img class="t-img t-width t107__widthauto" src="https://thb.tildacdn.example/tild%s/-/empty/photo.jpg" data-original="https://static.tildacdn.example/tild%s/photo.jpg" imgfield="img" alt="%s"></div></div></div>' % (rid, rid, rid, rid, attr(content)))
        elif kind == "quote":
            q, who = content
            recs.append('<div id="rec%s" class="r t-rec t-rec_pt_60 t-rec_pb_60" style="padding-top:60px;padding-bottom:60px;background-color:#eef5f1; " data-record-type="185" data-bg-color="#eef5f1"><!-- T185 --><div class="t185"><div class="t-container"><div class="t-col t-col_8 t-prefix_2"><div class="t185__wrapper">'
                        '<div class="t185__text t-text t-text_md" field="text">%s</div><div class="t185__author t-name t-name_md" field="title">%s</div></div></div></div></div></div>' % (rid, q, who))
        elif kind == "form":
            h, t, b = content
            recs.append('<div id="rec%s" class="r t-rec t-rec_pt_60 t-rec_pb_60" style="padding-top:60px;padding-bottom:60px;background-color:#1a7f5a; " data-record-type="678" data-bg-color="#1a7f5a"><!-- T678 --><div class="t678 "><div class="t-section__container t-container"><div class="t-col t-col_12"><div class="t-section__topwrapper t-align_center">'
                        '<div class="t-section__title t-title t-title_xs" field="btitle">%s</div><div class="t-section__descr t-descr t-descr_xl t-margin_auto" field="bdescr">%s</div></div></div></div>'
                        '<div class="t-container"><div class="t-col t-col_8 t-prefix_2"><form id="form%s" name="form%s" role="form" action="" method="POST" data-formactiontype="2" data-inputbox=".t-input-group" class="t-form js-form-proccess t-form_inputs-total_2" data-success-callback="t678_onSuccess">'
                        '<div class="t-form__inputsbox"><div class="t-input-group t-input-group_nm" data-input-lid="1495810354468"><div class="t-input-block"><input type="text" autocomplete="name" name="Name" class="t-input js-tilda-rule" value="" placeholder="Имя" data-tilda-req="1"></div></div>'
                        '<div class="t-input-group t-input-group_ph" data-input-lid="1495810359387"><div class="t-input-block"><input type="tel" autocomplete="tel" name="Phone" class="t-input js-tilda-rule" value="" placeholder="+7 (999) 999-99-99" data-tilda-req="1"></div></div>'
                        '<div class="t-form__submit"><button type="submit" class="t-submit" style="color:#1a7f5a;background-color:#ffffff;">%s</button></div></div></form></div></div></div></div>' % (rid, h, t, rid, rid, b))
        elif kind == "byline":
            recs.append('<div id="rec%s" class="r t-rec t-rec_pt_15 t-rec_pb_60" style="padding-top:15px;padding-bottom:60px; " data-record-type="107"><!-- T003 --><div class="t003"><div class="t-container "><div class="t-col t-col_8 t-prefix_2">'
                        '<div field="text" class="t003__text t-descr t-descr_xs" style="color:#777777;">%s</div></div></div></div></div>' % (rid, content))
        else:
            raise ValueError(kind)
    html = ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n</head>\n' % (p["lang"], _tilda_head(p)) +
            '<body class="t-body" style="margin:0;">\n<!--allrecords-->\n<div id="allrecords" class="t-records" data-hook="blocks-collection-content-node" data-tilda-project-id="%s" data-tilda-page-id="%s" data-tilda-page-alias="%s" data-tilda-formskey="%s" data-tilda-lazy="yes" data-tilda-root-zone="com" data-tilda-project-headcode="yes">\n'
            % (p["project"], p["page_id"], p["url"].split("/", 3)[3], hexid(p["domain"], 8) * 2) +
            _tilda_menu(p, str(base + 1)) + "\n".join(recs) + "\n" + _tilda_footer(p, str(base + 9000)) + _tilda_cookie(p, str(base + 9100)) +
            '</div>\n<!--/allrecords-->\n<script type="text/javascript">if (! window.mainTracker) { window.mainTracker = \'tilda\'; }</script>\n</body>\n</html>\n')
    return html, sel


def tilda_feed(p):
    rel = "".join('<div class="t-feed__post-popup__relevants-item t-col t-col_4"><a href="%s" class="t-feed__link"><div class="t-feed__post-popup__relevants-imgwrapper"><div class="t-feed__post-popup__relevants-bgimg t-bgimg" data-original="https://static.tildacdn.example/tild%s/thumb.jpg" style="background-image:url(\'https://thb.tildacdn.example/tild%s/-/resizeb/20x/thumb.jpg\');"></div></div>'
                  '<div class="t-feed__post-popup__relevants-textwrapper"><div class="t-feed__post-popup__relevants-title t-name t-name_xs">%s</div><div class="t-feed__post-popup__relevants-date t-uptitle t-uptitle_xs">%s</div></div></a></div>'
                  % (path_of(p, t, "tpost"), hexid(t), hexid(t), t, d) for t, d in p["related"])
    ld_text = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","mainEntityOfPage":{"@type":"WebPage","@id":"%s"},"headline":"%s","image":"https://static.tildacdn.example/tild%s/cover.jpg","datePublished":"%s","dateModified":"%s","author":{"@type":"Person","name":"%s"},"publisher":{"@type":"Organization","name":"%s","logo":{"@type":"ImageObject","url":"https://static.tildacdn.example/logo.png"}},"description":"%s"}</script>'
               % (p["url"], attr(p["h1"]), hexid(p["url"]), p["tilda_date"], p["tilda_date"], p["ld_authors"][0], attr(p["site"]), desc(p)))
    html = ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n</head>\n' % (p["lang"], _tilda_head(p, ld_text)) +
            '<body class="t-body" style="margin:0;">\n<!--allrecords-->\n<div id="allrecords" class="t-records" data-hook="blocks-collection-content-node" data-tilda-project-id="%s" data-tilda-page-id="%s" data-tilda-lazy="yes" data-tilda-root-zone="com">\n'
            % (p["project"], p["page_id"]) + _tilda_menu(p, p["rec_base"]) +
            '<div id="rec%s" class="r t-rec" data-animationappear="off" data-record-type="1002"><!-- T1002 --><div class="t-feed">\n' % (int(p["rec_base"]) + 7) +
            '<div class="t-feed__post-popup t-popup t-popup_show t-feed__post-popup_static" data-tooltip-hook="#!/tfeeds/%s/c/"><div class="t-feed__post-popup__close-wrapper"><a href="/columns" class="t-popup__close t-feed__post-popup__close"><div class="t-popup__close-wrapper"><svg role="presentation" class="t-popup__close-icon" width="11" height="20" viewBox="0 0 11 20"><path d="M1 1L10 10L1 19"></path></svg></div><div class="t-feed__post-popup__close-text t-uptitle t-uptitle_xs">%s</div></a></div>\n'
            % (hexid(p["url"], 8), p["back"]) +
            '<div class="t-feed__post-popup__container t-container t-popup__container t-popup__container-static"><div id="post-popup" class="t-feed__post-popup__content-wrapper" itemscope itemtype="https://schema.org/BlogPosting"><meta itemprop="datePublished" content="%s"><div class="t-feed__post-popup__content t-col t-col_8">\n' % p["tilda_date"] +
            '<div class="t-feed__post-popup__title-wrapper"><h1 class="js-feed-post-title t-feed__post-popup__title t-title t-title_xs" itemprop="headline">%s</h1></div>\n' % p["h1"] +
            '<div class="t-feed__post-popup__date-parts-wrapper t-feed__post-popup__date-parts-wrapper_aftertitle"><span class="t-feed__post-popup__date-wrapper"><span class="js-feed-post-date t-feed__post-popup__date t-uptitle t-uptitle_sm">%s</span></span>'
            '<span class="t-feed__post-popup__tag"><a href="/columns?tfeeds_tag=%s" class="t-uptitle t-uptitle_xs">%s</a></span></div>\n' % (p["date"], slug(p["tag"]), p["tag"]) +
            '<div class="t-feed__post-popup__author-wrapper"><div class="t-feed__post-popup__author-bgimg t-bgimg" style="background-image:url(\'https://static.tildacdn.example/tild%s/author.jpg\');"></div><div class="t-feed__post-popup__author-name t-descr t-descr_xxs" itemprop="author">%s</div></div>\n' % (hexid(p["byline"]), p["byline"]) +
            '<div class="t-feed__post-popup__cover-wrapper t-feed__post-popup__cover-wrapper_aftertitle"><img src="https://static.tildacdn.example/tild%s/cover.jpg" alt="" class="js-feed-post-image t-feed__post-popup__img t-img"></div>\n' % hexid(p["url"]) +
            '<div id="feed-text" class="r t-feed__post-popup__text-wrapper" data-animationappear="off"><div class="js-feed-post-text t-feed__post-popup__text t-text t-text_md"><section class="t-redactor__tte-view">\n%s\n</section></div></div>\n' % p["body"] +
            '<div class="t-feed__post-popup__share"><div class="t-feed__share t-feed__share_black-white"><div class="t-feed__share-title t-descr t-descr_xxs">%s</div><a class="t-feed__share-item t-feed__share-item_vk" href="https://vk.example/share.php?url=%s" target="_blank" rel="nofollow noopener noreferrer">ВКонтакте</a><a class="t-feed__share-item t-feed__share-item_tg" href="https://t.example/share/url?url=%s" target="_blank" rel="nofollow noopener noreferrer">Telegram</a></div></div>\n'
            % (p["share_word"], p["url"], p["url"]) +
            '</div></div>\n<div class="t-feed__post-popup__relevants t-container"><div class="t-feed__post-popup__relevants-title t-name t-name_xl">%s</div><div class="t-feed__post-popup__relevants-wrapper">%s</div></div>\n</div></div>\n</div></div>\n' % (p["rel_title"], rel) +
            _tilda_footer(p, str(int(p["rec_base"]) + 9000)) + _tilda_cookie(p, str(int(p["rec_base"]) + 9100)) +
            '</div>\n<!--/allrecords-->\n<script src="https://static.tildacdn.example/js/tilda-feed-1.0.min.js" charset="utf-8"></script>\n</body>\n</html>\n')
    return html, ["section.t-redactor__tte-view"]
