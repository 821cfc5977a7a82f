"""Hebrew site skeletons: a news portal (il_portal, ynet / Walla style) and a business paper's
site (il_paper, Globes / TheMarker style)."""
from common import comments_html, html_open, imgsrc, link, links, lis, menu, ranking, render_body, share_bar, stories, story, teasers

HE_W = dict(ad="פרסומת", rel="קראו עוד", read="קראו גם:", comments="תגובות", like="אהבתי", reply="הגיבו", report="דווחו",
            cmt_ph="הוסיפו תגובה…", cmt_btn="שליחת תגובה", cmt_more="לכל התגובות", nl_btn="להרשמה",
            cmt_rules="התגובות מתפרסמות לאחר בדיקה. אין לפרסם תוכן פוגעני או מסית.")


def _w(p, **over):
    return {**HE_W, **over, **p.get("w", {})}


def il_portal(p):
    """A Hebrew news portal (ynet / Walla style): skip and accessibility links, a date bar with the
    Hebrew and Gregorian dates, shekel rates, login; a menu with דעות; the מבזקים ticker; kicker,
    title, sub-title, authors and פורסם/עודכן dates; share bar with a comment count; the text in
    div.article-body (split by ads, or folded behind להמשך הכתבה) with קראו עוד boxes and photo
    credits; tags, talkbacks; הכי נקראים and a דעות rail; a cookie banner."""
    w = _w(p, ad_cls="ad-inread", rel_cls="read-more-box", photo_cls="article-image", h_tag="h3")
    body = render_body(p, w, '<div class="article-body">', "</div>",
                       split_between=lambda p, u: '<div class="dfp-ad" id="dfp-%s"><span>%s</span></div>' % (u, w["ad"]))
    html = (html_open(p, "%s | %s", "article-page", "css/portal") +
            '<a class="skip-link" href="#main">דלג לתוכן</a> <a class="a11y-link" href="/accessibility">הצהרת נגישות</a>\n'
            '<div class="top-header"><span class="heb-date">%s</span> <div class="rates">%s</div> <a href="/login">התחברות</a> <a href="/newsletter">הרשמה לניוזלטר</a></div>\n'
            % (p["today"], p.get("widget", "")) +
            '<header class="site-header"><a class="logo" href="/">%s</a>%s</header>\n' % (p["site"], menu(p["nav"], "main-menu")) +
            '<div class="flash-ticker"><b>מבזקים</b><ul>%s</ul></div>\n' % stories(p, p.get("ticker", []), "flash") +
            '<main id="main" class="layout"><div class="main-col"><article class="article">\n'
            '<div class="breadcrumbs">%s</div>\n' % " &gt; ".join(link(c) for c in ["ראשי"] + p.get("crumbs", [])) +
            ('<span class="kicker">%s</span>\n' % p["label"] if p.get("label") else "") +
            '<h1 class="main-title">%s</h1>\n' % p["h1"] +
            ('<h2 class="sub-title">%s</h2>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="authors-and-date"><span class="authors">%s</span> <span class="date">%s</span>%s</div>\n'
            % (p.get("byline_html", ""), p["date"], ' <span class="updated">%s</span>' % p["updated"] if p.get("updated") else "") +
            share_bar(["וואטסאפ", "פייסבוק", "X", "מייל", "העתקת קישור"], "share-bar") +
            ('<a class="comments-link" href="#comments">תגובות (%s)</a>' % p.get("comment_count", len(p["comments"])) if p.get("comments") else "") + "\n" +
            ('<figure class="hero"><img src="%s" alt=""><figcaption>%s</figcaption></figure>\n' % (imgsrc(p, "hero"), p["hero"]) if p.get("hero") else "") +
            ('<div class="sponsor-strip">%s</div>\n' % p["sponsor"] if p.get("sponsor") else "") +
            body + "\n" +
            ('<p class="disclaimer">%s</p>\n' % p["statement"] if p.get("statement") else "") +
            '<div class="tags"><b>תגיות:</b> %s</div>\n' % links(p.get("tags", []), "/tags") +
            ('<div class="whatsapp-promo">%s</div>\n' % p["chan"] if p.get("chan") else "") +
            '<section class="more-articles"><h3>עוד באותו נושא</h3><ul>%s</ul></section>\n' % stories(p, p.get("related", [])) +
            comments_html(p, dict(w, comments="טוקבקים"), "talkbacks") +
            '</article></div>\n<aside class="side-col"><section class="most-read"><h3>הכי נקראים</h3>%s</section>\n' % ranking(p, p.get("rank", [])) +
            '<section class="opinions-rail"><h3>דעות</h3><ul>%s</ul></section></aside></main>\n' % teasers(p, p.get("opinion_rail", []), "opinions") +
            '<footer class="site-footer"><ul>%s</ul><p>%s</p></footer>\n' % (lis(["אודות", "צור קשר", "פרסמו אצלנו", "תנאי שימוש", "מדיניות פרטיות", "הצהרת נגישות"], "/info"), p["footer"]) +
            '<div class="cookie-banner" role="dialog"><p>%s</p><button>אישור</button> <a href="/privacy">למדיניות הפרטיות</a></div>\n'
            % p.get("cookie", "אתר זה עושה שימוש בעוגיות (Cookies) כדי לשפר את חוויית הגלישה.") +
            '</body>\n</html>\n')
    return html, ["div.article-body*"]


def il_paper(p):
    """A Hebrew business paper's site (Globes / TheMarker style): subscriber login, a market strip
    (ת"א 35, S&P 500 in LTR), a menu with דעות and מאמר מערכת; kicker, title, sub-title, author
    with photo, date and reading time; the text in section.article-text (split by ads) with a
    newsletter prompt inside; an author note after the text; עוד בהון ושוק; a דעות rail."""
    w = _w(p, ad_cls="banner-inline", rel_cls="also-read", photo_cls="figure-inline", h_tag="h2")
    body = render_body(p, w, '<section class="article-text">', "</section>",
                       split_between=lambda p, u: '<div class="banner-between" id="b-%s"><span>%s</span></div>' % (u, w["ad"]))
    html = (html_open(p, "%s - %s", "paper-article", "paper/main") +
            '<div class="utility-bar"><a class="a11y" href="/accessibility">נגישות</a> <span class="today">%s</span> '
            '<a class="subscribe" href="/subscribe">הצטרפו כמנויים</a> <a href="/login">התחברות למנויים</a></div>\n' % p["today"] +
            '<header class="masthead"><a class="logo" href="/">%s</a>%s</header>\n' % (p["site"], menu(p["nav"], "sections-nav")) +
            '<div class="market-strip">%s</div>\n' % p.get("widget", "") +
            '<main class="article-layout"><article class="paper-article">\n' +
            ('<a class="kicker" href="/%s/">%s</a>\n' % (p.get("secpath", "news"), p["label"]) if p.get("label") else "") +
            '<h1 class="headline">%s</h1>\n' % p["h1"] +
            ('<p class="subheadline">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="byline-block">%s<div class="byline-text"><span class="byline">%s</span> <time>%s</time> <span class="read-time">%s</span></div></div>\n'
            % ('<img class="author-photo" src="https://%s/authors/%s.jpg" alt="">' % (p["domain"], p["case"][-8:]) if p.get("authors") else "",
               p.get("byline_html", ""), p["date"], p.get("read_time", "")) +
            share_bar(["וואטסאפ", "לינקדאין", "פייסבוק", "X", "שמירה"], "article-share") + "\n" +
            ('<figure class="lead-image"><img src="%s" alt=""><figcaption>%s</figcaption></figure>\n' % (imgsrc(p, "hero"), p["hero"]) if p.get("hero") else "") +
            body + "\n" +
            ('<p class="author-bio">%s</p>\n' % p["author_bio"] if p.get("author_bio") else "") +
            '<div class="topics"><span>נושאים:</span> %s</div>\n' % links(p.get("tags", []), "/topic") +
            '<section class="more-from"><h3>עוד ב%s</h3><ul>%s</ul></section>\n' % (p["site"], stories(p, p.get("related", []))) +
            comments_html(p, w, "responses") +
            '</article>\n<aside class="paper-rail"><section class="trending"><h3>הכי נקראים</h3>%s</section>\n' % ranking(p, p.get("rank", [])) +
            '<section class="opinion-rail"><h3>דעות</h3><ul>%s</ul></section>\n' % teasers(p, p.get("opinion_rail", []), "opinion") +
            '<section class="nl-rail"><p>%s</p><form><input type="email" dir="ltr"><button>להרשמה</button></form></section></aside></main>\n'
            % p.get("nl_side", "הניוזלטר של הבוקר: כל מה שצריך לדעת לפני פתיחת המסחר") +
            '<footer class="paper-footer"><p>%s</p><ul>%s</ul></footer>\n' % (p["footer"], lis(["אודות", "מנויים", "פרסום", "תנאי שימוש", "פרטיות"], "/info")) +
            '<div class="consent-bar"><p>%s</p><button>מאשר/ת</button></div>\n' % p.get("cookie", "אנו משתמשים בקבצי Cookies לצורך התאמת תכנים ופרסומות.") +
            '</body>\n</html>\n')
    return html, ["section.article-text*"]
