"""Opinion pages, continued: regional editorial, letters, newsletter and blog posts, contributors."""
from lib import t, ps, ul, megamenu, head, page, teasers, jsonld, sq

REG = [("News", ["Local", "Crime", "Politics", "Education", "Business", "Weather", "Traffic"]),
       ("Sports", ["High School", "College", "Pro", "Outdoors"]),
       ("Opinion", ["Editorials", "Columns", "Letters to the Editor", "Submit a Letter"]),
       ("Life", ["Food", "Arts", "Things to Do", "Health"]), ("Obituaries", []), ("E-Edition", [])]


# ---------------------------------------------------------------------------------------------
def o_editorial_board():
    url = "https://www.valleysentinel.example/opinion/editorials/article302245871.html"
    title = "The county’s water board keeps meeting in secret. Voters should end that in November"
    paras = [
        "For the third time this year, the Tulare Basin Water Authority has voted on a major contract after a closed session that the public could not watch and a staff report that was posted online less than a day before the meeting.",
        "The latest decision, approving a $19 million pipeline agreement with a private developer, may well turn out to be sound. We do not know, and neither does anyone else outside the board room. That is the problem.",
        "State law allows public agencies to meet privately for a short list of reasons: to discuss lawsuits, personnel matters and the price of property they plan to buy. The water authority has stretched that list until it covers nearly everything. Its own minutes show that closed sessions have grown from an average of 20 minutes in 2021 to almost two hours this spring.",
        "Board members say the secrecy protects the authority’s negotiating position. Some caution is reasonable. But the contract approved last month was not a land purchase. It set rates that every farm and household in the basin will pay for the next 30 years. People who will pay those bills deserve to hear the arguments for and against before the vote, not read a summary after it.",
        "Measure K, on the November ballot, would require the authority to post staff reports at least 10 days before any vote over $1 million and to record its closed sessions so that a judge can review them if the law is challenged. Neighboring districts already follow similar rules and have managed to buy land and settle lawsuits just fine.",
        "The authority’s general manager has warned that the measure would slow down urgent repairs. The text of Measure K exempts emergencies declared under existing state rules, and the board can still act quickly when a levee fails. What it could not do is approve a three-decade contract with a day’s notice.",
        "Water is the most valuable thing this valley has, and the decisions about who gets it, and at what price, should be made where everyone can see them. We recommend a yes vote on Measure K.",
    ]
    ad = '<div class="ad-container" data-ad="inline"><div class="ad-label">ADVERTISEMENT</div><div id="zone-el-101" class="zone-el"></div></div>\n'
    readmore = ('<div class="related-package" data-section="related"><h3 class="package-title">Related stories from The Valley Sentinel</h3>'
                + ul(["Water authority approves $19 million pipeline deal after closed session", "What is Measure K? A guide to the water ballot question"], "package-list", "/news/local/article30")
                + "</div>\n")
    body = ('<div class="story-body">\n' + ps(paras[:2]) + ad + ps(paras[2:4]) + readmore + ps(paras[4:6]) + ad + ps(paras[6:])
            + "</div>\n")
    ld = {"@context": "http://schema.org", "@type": "OpinionNewsArticle", "headline": title, "datePublished": "2026-06-02T05:00:00-07:00",
          "dateModified": "2026-06-02T09:45:12-07:00", "author": {"@type": "Organization", "name": "The Valley Sentinel Editorial Board"},
          "articleSection": "Editorials", "publisher": {"@type": "Organization", "name": "The Valley Sentinel"}}
    hd = head(title + " | The Valley Sentinel", url, "Our editorial board recommends a yes vote on Measure K.", site="The Valley Sentinel",
              section="Editorials", published="2026-06-02T05:00:00-07:00", ld=ld)
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
{hd}
</head>
<body class="story-page">
<div id="breaking-news" class="breaking-news-bar"><span class="label">Breaking</span> <a href="/news/local/article302245001.html">Grass fire near Highway 99 forces evacuations in Kingsburg</a></div>
<header class="masthead"><a href="/" class="logo">The Valley Sentinel</a><div class="account"><a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></div>
{megamenu(REG, "nav-menu")}</header>
<main class="main-story"><article class="story-body-wrapper">
<div class="header"><div class="kicker"><a href="/opinion/editorials/">Editorials</a></div>
<h1 class="h1">{t(title)}</h1>
<div class="byline"><a href="/opinion/editorials/" class="ng-byline">The Valley Sentinel Editorial Board</a></div>
<div class="time">Updated June 02, 2026 9:45 AM</div>
<div class="share-tools"><a href="#">Facebook</a><a href="#">X</a><a href="#">Email</a><a href="#">Comment</a></div></div>
<figure><img src="/latest-news/v1/photo.jpg" alt="Canal"><figcaption>An irrigation canal near Visalia. Craig Moreno <em>cmoreno@valleysentinel.example</em></figcaption></figure>
{body}
<div class="editorial-board-info"><p>The Valley Sentinel editorial board is made up of opinion editors and the publisher and is separate from the newsroom. Share your thoughts in a letter to the editor.</p></div>
<p class="update-date">This story was originally published June 2, 2026 at 5:00 AM.</p>
<div class="taboola"><h3>Trending Stories</h3>{ul(teasers(10, 5), "tbl", "/news/local/")}</div>
</article>
<aside class="right-rail"><h3>Most Read Opinion</h3>{ul(["Letters: The valley needs more shade trees", "Column: A bus ride that takes two hours", "Editorial: Re-elect the school board incumbents"], "mostread", "/opinion/")}</aside>
</main>
<footer class="site-footer"><p>Copyright 2026 The Valley Sentinel. All rights reserved.</p><a href="/privacy">Privacy Policy</a> <a href="/terms">Terms of Service</a></footer>
</body>
</html>
"""
    page("en-opinion-editorial-board", "opinion", True, "unsigned editorial; Editorials kicker, /opinion/editorials/, recommends vote",
         "www.valleysentinel.example", url, title, None, "The Valley Sentinel Editorial Board", "2026-06-02",
         ["has voted on a major contract after a closed session",
          "That is the problem.", "Measure K, on the November ballot, would require the authority",
          "We recommend a yes vote on Measure K."],
         ["Related stories from The Valley Sentinel", "What is Measure K? A guide to the water ballot question",
          "editorial board is made up of opinion editors",
          "This story was originally published June 2, 2026",
          "Grass fire near Highway 99 forces evacuations"],
         html, body=["div.story-body"], skip=["div.ad-container", "div.related-package"])


# ---------------------------------------------------------------------------------------------
def o_letters():
    url = "https://www.ridgefieldcourier.example/opinion/letters/letters-library-levy-bus-cuts/article_8e2c1f4a-5f1d-11f0-9b3a-0f3c2a1b7d44.html"
    title = "Letters: Library levy, bus cuts and the fireworks debate"
    letters = [
        ("Vote yes on the library levy", [
            "I have used the Ridgefield Public Library for 40 years, first as a child, then as a parent and now as a retiree who relies on its computers to keep up with my grandchildren. The levy on the August ballot costs the average homeowner about $3 a month.",
            "For that we keep Sunday hours, the summer reading program and the bookmobile that still reaches the farms east of town. I can think of no better bargain in local government.",
        ], "Paula Greer, Ridgefield"),
        ("Bus cuts hurt workers first", [
            "The transit board’s plan to end Route 12 after 7 p.m. will strand the people who clean our offices and cook in our restaurants. I ride that bus home from the hospital kitchen four nights a week.",
            "The board says ridership is low in the evening. It is low because the buses come once an hour. Cut service and ridership falls further; that is not a plan, it is a spiral.",
        ], "Marco Ibáñez, East Ridgefield"),
        ("Fireworks are not worth the cost", [
            "Every July our dog spends three nights shaking under the bed, and every July someone’s roof or field catches fire. The city should follow the county and limit private fireworks to the Fourth itself.",
            "A single public display by the river would be safer, cheaper and, frankly, more fun.",
        ], "Glenn Pruitt, Ridgefield"),
        ("Thank you to the road crews", [
            "After the storm on May 21 I watched county crews clear the fallen oak from Mill Road in under two hours, in the rain. They rarely get thanked, so I will do it here.",
        ], "Dorothy Anand, Clearwater Township"),
    ]
    def letter(h, paras, sig):
        return f"<h3>{t(h)}</h3>\n" + ps(paras) + f"<p>{t(sig)}</p>\n"
    preview = "".join(letter(*l) for l in letters[:1])
    rest = "".join(letter(*l) for l in letters[1:])
    signup = ('<div class="tnt-newsletter-signup"><h4>Get local news delivered to your inbox!</h4><p>Subscribe to our Daily Headlines newsletter.</p>'
              '<form><input type="email" placeholder="Email"><button>Sign up!</button></form></div>\n')
    adbox = '<div class="tnt-ads-container hidden-print"><div class="tnt-ads"><span class="advertisement-text">Advertisement</span></div></div>\n'
    body = ('<div id="article-body" itemprop="articleBody">\n<div class="subscriber-preview">\n' + preview + "</div>\n" + adbox
            + signup + '<div class="subscriber-only encrypted-content">\n' + rest
            + '<p><em>' + t("Letters may be edited for length and clarity. Submit yours at ridgefieldcourier.example/letters; include your name, town and phone number.") + "</em></p>\n"
            + "</div>\n</div>\n")
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2026-06-03T04:30:00-05:00",
          "articleSection": "Letters", "publisher": {"@type": "Organization", "name": "Ridgefield Courier"}}
    hd = head(title + " | Letters to the Editor | ridgefieldcourier.example", url, "Readers write about the library levy, Route 12 and fireworks.",
              site="Ridgefield Courier", section="Letters", published="2026-06-03T04:30:00-05:00", ld=ld)
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
{hd}
</head>
<body class="tn-asset asset-article">
<div id="site-top-nav-container"><nav class="navbar navbar-default" id="site-top-nav"><ul class="nav navbar-nav"><li><a href="/weather/">72° Partly cloudy</a></li><li><a href="/eedition/">e-Edition</a></li><li><a href="/users/signup/">Sign Up</a></li><li><a href="/users/login/">Log In</a></li></ul></nav></div>
<header id="site-header"><a href="/" class="site-logo">Ridgefield Courier</a>{megamenu(REG, "navbar-main")}</header>
<div id="main-page-container"><div class="row"><div class="col-md-8">
<section id="section-breadcrumbs"><ol class="breadcrumb"><li><a href="/opinion/">Opinion</a></li><li><a href="/opinion/letters/">Letters</a></li></ol></section>
<article class="asset-article"><header class="asset-header"><h1 class="headline" itemprop="headline"><span class="asset-headline">{t(title)}</span></h1>
<ul class="list-inline asset-date"><li><time datetime="2026-06-03T04:30:00-05:00">Jun 3, 2026</time></li><li>Updated <time datetime="2026-06-03T10:02:00-05:00">Jun 3, 2026</time></li></ul>
<div class="share-container"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#">SMS</a> <a href="#">Email</a> <a href="#">Print</a> <a href="#">Save</a></div></header>
<div class="asset-content subscriber-premium">
{body}
</div>
<div id="tncms-region-article_bottom" class="tncms-region"><div class="support-local-journalism"><h4>Support local journalism</h4><p>Your subscription makes our reporting possible. Subscribe for $1 for the first month.</p></div></div>
<div class="asset-tags"><ul class="list-inline"><li><a href="/search/?t=letter">Letters</a></li><li><a href="/search/?t=library">Library Levy</a></li><li><a href="/search/?t=transit">Transit</a></li></ul></div>
</article></div>
<div class="col-md-4"><aside><h3>Most Popular</h3>{ul(teasers(14, 6), "tnt-most-popular", "/news/local/")}
<h3>Latest e-Edition</h3><p><a href="/eedition/">Ridgefield Courier e-Edition</a></p></aside></div></div></div>
<footer id="site-footer"><p>© Copyright 2026 Ridgefield Courier, 114 W. Main St. Ridgefield | Terms of Use | Privacy Policy</p><p>Powered by BLOX Content Management System from TownNews.com.</p></footer>
</body>
</html>
"""
    page("en-opinion-letters", "opinion", True, "letters to the editor page under Opinion › Letters",
         "www.ridgefieldcourier.example", url, title, None, None, "2026-06-03",
         ["I have used the Ridgefield Public Library for 40 years",
          "Bus cuts hurt workers first",
          "Cut service and ridership falls further",
          "A single public display by the river would be safer",
          "They rarely get thanked, so I will do it here."],
         ["Get local news delivered to your inbox!", "Support local journalism",
          "Subscribe to our Daily Headlines newsletter.", "Powered by BLOX Content Management System",
          "72° Partly cloudy"],
         html, body=["div#article-body"], skip=["div.tnt-ads-container", "div.tnt-newsletter-signup"])


# ---------------------------------------------------------------------------------------------
def o_substack():
    url = "https://www.thelongmiddle.example/p/the-commute-was-never-the-problem"
    title = "The commute was never the problem"
    sub = "Return-to-office fights keep missing the people who actually hold the schedule together"
    paras1 = [
        "Hi all. This one has been rattling around my head since the bank down the street announced its five-day mandate last month, so forgive the length.",
        "Every argument about office attendance I have read this spring follows the same script. Executives say collaboration suffers when people are remote. Workers say the commute is a waste of two hours a day. Both sides then trade surveys until everyone is tired, and the mandate goes ahead anyway.",
        "What almost nobody mentions is the person who leaves at 4:40 to collect a child from after-school care, or the one who takes a parent to dialysis on Thursdays. For them the issue was never the train. It was that a fixed eight-hour block in a building across town does not fit a life with other people in it.",
    ]
    paras2 = [
        "I spent ten years running teams before I started writing this newsletter, and the best people I managed were very often the ones with the least flexible lives outside work. They were organized because they had to be. When we took away their ability to shift hours around a school pickup, we did not get more collaboration from them. We got their resignation letters.",
        "So here is my argument, stated plainly: companies that want people back in the office should negotiate about hours, not days. A team that agrees to overlap from 10 to 3, in person, three days a week, gets most of the benefits executives say they want. The caregiver gets to leave before the after-school program closes.",
    ]
    paras3 = [
        "Some readers will say this is naive, that managers want control, not collaboration. Maybe. But if that is true, it is worth saying out loud, because it changes the conversation from productivity to trust.",
        "I would love to hear from those of you who have negotiated something like this. Reply to this email or leave a comment, and I will collect the best answers for a future post. Thanks, as always, for reading.",
    ]
    sub_widget = ('<div class="subscription-widget-wrap-editor" data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe">'
                  '<div class="preamble"><p class="cta-caption">The Long Middle is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p></div>'
                  '<form class="subscription-widget-subscribe"><input type="email" class="email-input" placeholder="Type your email..."><button class="button primary">Subscribe</button></form></div></div>\n')
    share = '<p class="button-wrapper" data-attrs="{&quot;url&quot;:&quot;https://www.thelongmiddle.example/p/the-commute-was-never-the-problem?utm_source=substack&quot;}" data-component-name="ButtonCreateButton"><a class="button primary" href="#"><span>Share</span></a></p>\n'
    body = ('<div class="available-content"><div dir="auto" class="body markup">\n' + ps(paras1) + sub_widget + ps(paras2)
            + '<h2 class="header-anchor-post">What this looks like in practice</h2>\n' + share + ps(paras3)
            + '<p class="button-wrapper" data-component-name="ButtonCreateButton"><a class="button primary" href="#"><span>Leave a comment</span></a></p>\n'
            + "</div></div>\n")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "url": url, "mainEntityOfPage": url, "headline": title,
          "description": sub, "datePublished": "2026-06-02T11:03:27+00:00", "dateModified": "2026-06-02T11:03:27+00:00",
          "isAccessibleForFree": True, "author": [{"@type": "Person", "name": "Priya Castellane", "url": "https://substack.example/@priyacastellane"}],
          "publisher": {"@type": "Organization", "name": "The Long Middle"}}
    hd = head(title + " - by Priya Castellane", url, sub, og_title=title, site="The Long Middle", ld=ld,
              extra='<script>window._preloads = JSON.parse("{\\"isSubscribed\\":false,\\"post\\":{\\"id\\":145233871,\\"audience\\":\\"everyone\\"}}")</script>')
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
{hd}
</head>
<body class="pc-root">
<div id="entry"><div class="main-menu"><div class="topbar-content"><a href="/" class="navbar-title-link">The Long Middle</a><div class="navbar-buttons"><button class="button primary subscribe-btn">Subscribe</button><button class="button">Sign in</button></div></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 dir="auto" class="post-title published title-X77sOw">{t(title)}</h1>
<h3 dir="auto" class="subtitle subtitle-HEEcLo">{t(sub)}</h3>
<div class="byline-wrapper"><div class="pencraft pc-display-flex"><div class="profile-hover-card-target"><a href="https://substack.example/@priyacastellane" class="pencraft frontend-pencraft-Text-module__decoration-hover-underline">Priya Castellane</a></div>
<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T">Jun 02, 2026</div></div>
<div class="post-ufi"><a class="post-ufi-button like-button" href="#"><span class="label">312</span></a><a class="post-ufi-button comment" href="#comments"><span class="label">87</span></a><a class="post-ufi-button restack" href="#"><span class="label">24</span></a><button class="post-ufi-button share">Share</button></div></div></div>
{body}
<div class="post-footer"><div class="subscribe-footer"><p>Thanks for reading The Long Middle! Subscribe for free to receive new posts and support my work.</p><button class="button primary">Subscribe</button></div></div>
</article>
<div id="discussion" class="comments-section"><h4>Discussion about this post</h4>
<div class="comment"><a class="commentor-name">Helen W.</a><div class="comment-body"><p>We did exactly this with core hours and it saved our team.</p></div></div>
<div class="comment"><a class="commentor-name">Ravi</a><div class="comment-body"><p>Core hours only work if leadership follows them too.</p></div></div></div>
<div class="post-footer-more"><h3>Ready for more?</h3><button>Subscribe</button></div>
</div></div></div>
<div class="footer-wrap"><p>© 2026 Priya Castellane</p><a href="/privacy">Privacy</a> ∙ <a href="/tos">Terms</a> ∙ <a href="/collection">Collection notice</a><p>Substack is the home for great culture</p></div></div>
</body>
</html>
"""
    page("en-opinion-substack", "opinion", False, "newsletter post arguing for core hours; no opinion marker",
         "www.thelongmiddle.example", url, title, ["Priya Castellane"], "Priya Castellane", "2026-06-02",
         ["Return-to-office fights keep missing the people who actually hold",
          "Every argument about office attendance I have read this spring",
          "So here is my argument, stated plainly:",
          "What this looks like in practice",
          "Thanks, as always, for reading."],
         ["is a reader-supported publication. To receive new posts",
          "Discussion about this post", "Leave a comment", "Substack is the home for great culture",
          "Thanks for reading The Long Middle!"],
         html, body=["h3.subtitle", "div.available-content"], skip=["div.subscription-widget-wrap-editor", "p.button-wrapper"])


# ---------------------------------------------------------------------------------------------
def o_medium():
    url = "https://medium.example/@tomaszrey/stop-calling-it-a-skills-gap-4b1e9a2c7d3f"
    title = "Stop Calling It a Skills Gap"
    sub = "Employers who can’t find workers usually have a training problem, not a talent problem."
    secs = [
        (None, [
            "Last month a regional manufacturer told a local paper that it had 60 open jobs for machinists and could not fill a single one. The company blamed the schools. The schools blamed the parents. Nobody, as far as I could tell, asked what the jobs paid.",
            "I have spent fifteen years running workforce programs, and I have heard the phrase “skills gap” in almost every meeting I have attended. I now think it is one of the most misleading ideas in the way we talk about work.",
        ]),
        ("The gap is usually a wage", [
            "When I look at the postings that supposedly cannot be filled, the pattern is familiar. The pay is below what similar firms offer twenty miles away. The shifts rotate with a week’s notice. The job requires three years of experience on a specific machine that only that company uses.",
            "None of those are skill problems. They are choices an employer has made, and employers can unmake them.",
        ]),
        ("Training used to be the employer’s job", [
            "A generation ago, large firms expected to train most of their own workers. Apprenticeships were normal, and a new hire was expected to be useless for six months. Somewhere along the way, that cost was handed to community colleges and to the workers themselves.",
            "The result is a strange market in which companies want experienced people but refuse to create them. If every firm waits for someone else to do the training, nobody does it.",
        ]),
        ("What I would ask employers to do", [
            "Pay for the first six months. Publish the wage in the posting. Write down what a new hire actually needs to know on day one, and teach the rest. The firms I have seen do this rarely complain about a gap.",
            "The phrase matters because it tells us who is responsible. Call it a skills gap and the answer is more classes for workers. Call it what it usually is, and the answer starts with the people doing the hiring.",
        ]),
    ]
    parts = []
    for h, pp in secs:
        if h:
            parts.append(f'<h2 id="{len(h) * 397:04x}" class="pw-post-body-heading mj mk gr bf ml mm">{t(h)}</h2>\n')
        parts.append("".join(f'<p id="{i:04x}" class="pw-post-body-paragraph nd ne gr nf b ng nh" data-selectable-paragraph="">{t(p)}</p>\n' for i, p in enumerate(pp)))
    body = "<section><div class=\"gs gt gu gv gw\"><div class=\"ab ca\"><div class=\"ch bg fx fy fz ga\">\n" + "".join(parts) + "</div></div></div></section>\n"
    ld = {"@context": "http://schema.org", "@type": "SocialMediaPosting", "headline": title, "description": sub,
          "datePublished": "2026-06-01T14:22:08.311Z", "dateModified": "2026-06-01T14:22:08.311Z",
          "author": {"@type": "Person", "name": "Tomasz Rey", "url": "https://medium.example/@tomaszrey"},
          "publisher": {"@type": "Organization", "name": "Medium"}, "isAccessibleForFree": False}
    hd = head(title + " | by Tomasz Rey | Jun, 2026 | Medium", url, sub, og_title=title, site="Medium", ld=ld,
              published="2026-06-01T14:22:08.311Z", author_meta="Tomasz Rey")
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
{hd}
</head>
<body>
<div id="root"><div class="a b c"><div class="d e f g h i j k"><div class="bo bp bq"><a href="/" aria-label="Homepage" class="l">Medium</a><div class="bs"><input placeholder="Search"></div><a href="/new-story" class="bu">Write</a><a href="/m/signin" class="bu">Sign up</a><a href="/m/signin" class="bu">Sign in</a></div></div>
<div class="l c"><div class="l ck"><article><div class="l"><div class="l">
<section><div class="gs gt gu gv gw"><div class="ab ca"><div class="ch bg fx fy fz ga">
<div class="speechify-ignore ab cp"><div class="member-only"><span>Member-only story</span></div></div>
<h1 id="5e0f" class="pw-post-title gx gy gz bf ha hb hc" data-testid="storyTitle" data-selectable-paragraph="">{t(title)}</h1>
<h2 id="b41c" class="pw-subtitle-paragraph hs gy gz bf b ht hu" data-selectable-paragraph="">{t(sub)}</h2>
<div class="speechify-ignore ab cp"><div class="ab"><div class="ab q im"><a data-testid="authorPhoto" href="/@tomaszrey"><img alt="Tomasz Rey" src="https://miro.medium.example/v2/resize:fill:88:88/1*a.jpeg"></a></div>
<div class="bm bg l"><a data-testid="authorName" href="/@tomaszrey" class="af ag ah">Tomasz Rey</a> <span>·</span> <button class="follow">Follow</button></div>
<div class="ab ae"><span data-testid="storyReadTime">5 min read</span><span> · </span><span data-testid="storyPublishDate">Jun 1</span></div></div>
<div class="ab cp jc"><div class="pw-multi-vote-count"><button>2.1K</button></div><div class="pw-responses-count"><button>46</button></div><button aria-label="Listen">Listen</button><button aria-label="Share">Share</button></div></div>
</div></div></div></section>
{body}
</div></div></article>
<footer class="ab cp"><div class="tags"><a href="/tag/work">Work</a><a href="/tag/hiring">Hiring</a><a href="/tag/manufacturing">Manufacturing</a><a href="/tag/labor">Labor</a></div>
<div class="claps"><button>2.1K</button><button>46</button></div>
<div class="author-card"><h2>Written by Tomasz Rey</h2><p>1.8K Followers</p><p>Workforce programs, apprenticeships, and the odd rant about job postings. Views my own.</p><button>Follow</button></div>
<div class="responses"><h2>Responses (46)</h2><p>What are your thoughts?</p></div>
<div class="more-from"><h2>More from Tomasz Rey</h2>{ul(["Apprenticeships Are Not a Charity", "The Job Posting Is the Job", "What a Welding Class Taught Me About Policy"], "mf", "/@tomaszrey/")}</div>
<div class="recommended"><h2>Recommended from Medium</h2>{ul(["I Quit My Job to Build a Side Project. Here Is What Happened.", "The 5 Books That Changed How I Manage People", "Why Your Resume Is Being Ignored"], "rec", "/p/")}</div>
</footer>
<div class="site-footer"><a href="/help">Help</a> <a href="/status">Status</a> <a href="/about">About</a> <a href="/careers">Careers</a> <a href="/press">Press</a> <a href="/blog">Blog</a> <a href="/privacy">Privacy</a> <a href="/terms">Terms</a> <a href="/text-to-speech">Text to speech</a></div>
</div></div></div>
</body>
</html>
"""
    page("en-opinion-medium", "opinion", False, "blog post arguing about hiring; no opinion marker",
         "medium.example", url, title, ["Tomasz Rey"], "Tomasz Rey", "2026-06-01",
         ["Employers who can’t find workers usually have a training problem",
          "Last month a regional manufacturer told a local paper",
          "The gap is usually a wage", "Training used to be the employer’s job",
          "the answer starts with the people doing the hiring."],
         ["Member-only story", "Written by Tomasz Rey", "Recommended from Medium",
          "I Quit My Job to Build a Side Project.", "1.8K Followers"],
         html, body=["h2.pw-subtitle-paragraph", "p.pw-post-body-paragraph", "h2.pw-post-body-heading"])


# ---------------------------------------------------------------------------------------------
def o_contributor():
    url = "https://www.meridianbiz.example/sites/aliciabrandt/2026/06/03/why-boards-keep-hiring-the-wrong-ceo/"
    title = "Why Boards Keep Hiring The Wrong CEO"
    og = "Boards Keep Hiring The Wrong CEO. Here Is How To Stop"
    paras = [
        "Another month, another chief executive gone within two years of arriving. The headlines will blame culture clashes, activist investors or a bad quarter. In my experience advising boards, the real failure happened much earlier: in the room where directors decided what kind of leader they wanted.",
        "Most search processes begin with a wish list that describes the last CEO’s strengths, or the opposite of the last CEO’s weaknesses. Neither is a strategy. A board that has not agreed on where the company needs to be in five years cannot judge who should take it there.",
        "I have sat through dozens of these discussions, and they tend to follow a pattern. Directors talk about charisma, “executive presence” and whether a candidate will play well with analysts. They spend far less time on the two or three decisions the next CEO will have to make, such as whether to sell a division or how to fund a new plant.",
        "The fix is not complicated, but it is uncomfortable. Before a single candidate is interviewed, the board should write down those decisions and agree on them. Then every interview can be built around them: how would you approach this choice, and what would you need to know first?",
        "Boards should also be wary of the superstar from a larger rival. The research on imported CEOs is mixed at best, and the costs of a mismatch are enormous. An internal candidate who knows where the bodies are buried is often the safer bet, provided the board has spent years developing one. Too many have not.",
        "Finally, directors need to be honest about their own role. A CEO who fails within two years is usually a sign that the board did not do its job. Shareholders are entitled to ask what the directors learned from the last search before they begin the next one.",
    ]
    vid = ('<div class="fbs-video-player sticky-video" data-sticky="true"><div class="video-title">Meridian Video: Inside the race for AI chips</div><button>Close</button><span>02:14</span></div>\n')
    vest = '<div class="vestpocket" id="article-0-ad-1"><div class="ad-label">ADVERTISEMENT</div></div>\n'
    recirc = ('<div class="article-body-recirc"><h3>MORE FROM MERIDIAN</h3>' + ul(["Meridian Daily: Markets close higher as oil slips", "The 10 Best-Run Companies In America 2026", "Billionaire Founder Sells Stake In Sports Team"], "recirc", "/sites/meridianstaff/2026/06/02/") + "</div>\n")
    body = ('<div class="article-body fs-article fs-responsive-text current-article">\n' + vid + ps(paras[:2]) + vest + ps(paras[2:4]) + recirc + ps(paras[4:]) + "</div>\n")
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": og, "datePublished": "2026-06-03T07:30:00-04:00",
          "dateModified": "2026-06-03T11:02:00-04:00", "author": {"@type": "Person", "name": "Alicia Brandt", "jobTitle": "Contributor",
          "url": "https://www.meridianbiz.example/sites/aliciabrandt/"}, "articleSection": "Leadership",
          "publisher": {"@type": "Organization", "name": "Meridian Business"}}
    hd = head(og, url, "Too many searches start with a wish list rather than a strategy.", og_title=og, site="Meridian Business",
              section="Leadership", published="2026-06-03T07:30:00-04:00", modified="2026-06-03T11:02:00-04:00", ld=ld, author_meta="Alicia Brandt")
    secs = [("Billionaires", ["Forbes 400", "World’s Billionaires", "Real-Time Billionaires"]), ("Innovation", ["AI", "Cybersecurity", "Enterprise Tech", "Venture Capital"]),
            ("Leadership", ["CEO Network", "CMO Network", "Careers", "Diversity and Inclusion", "Leadership Strategy"]),
            ("Money", ["Crypto", "ETFs", "Investing", "Markets", "Personal Finance"]), ("Business", ["Aerospace", "Energy", "Healthcare", "Manufacturing", "Retail"]),
            ("Lifestyle", ["Cars", "Food", "Travel", "Watches"]), ("Lists", ["30 Under 30", "Best Employers", "Global 2000"])]
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
{hd}
</head>
<body class="article-page">
<header class="header"><a href="/" class="logo">Meridian</a><button>Subscribe</button><button>Sign In</button>{megamenu(secs, "header__channels")}</header>
<div class="top-ad-container"><div class="ad-label">ADVERTISEMENT</div></div>
<main><article class="article-container">
<div class="article-headline-container"><a href="/leadership/" class="channel">Leadership</a> <a href="/leadership-strategy/" class="section">Leadership Strategy</a>
<h1 class="fs-headline speakable-headline">{t(title)}</h1>
<div class="top-contrib-block"><div class="contrib-byline-author"><a href="/sites/aliciabrandt/" class="contrib-link--name">Alicia Brandt</a> <div class="contributor-label">Contributor</div><div class="contrib-bio">I write about corporate governance and how boards make decisions.</div><button class="follow-button">Follow</button></div></div>
<div class="content-data metrics-text"><time>Jun 3, 2026, 07:30am EDT</time> <span class="updated">Updated Jun 3, 2026, 11:02am EDT</span></div>
<div class="article-sharing"><button>Share to Facebook</button><button>Share to Twitter</button><button>Share to Linkedin</button></div></div>
<div class="article-body-container">
<p class="article-disclaimer">Opinions expressed by Meridian Contributors are their own.</p>
<figure class="embed-base image-embed"><img src="https://imageio.meridian.example/specials-images/boardroom.jpg" alt="Empty boardroom"><figcaption><small>An empty boardroom.</small> <small class="credit">getty</small></figcaption></figure>
{body}
<div class="contrib-bio-footer"><p>Follow me on <a href="#">LinkedIn</a>. Check out my <a href="#">website</a>.</p><div class="bio-box"><a href="/sites/aliciabrandt/">Alicia Brandt</a><p>I am a board adviser and former general counsel who has worked with more than 40 public company boards on succession and governance. <a href="/sites/aliciabrandt/">Read More</a></p></div>
<div class="article-footer"><p class="editorial-standards"><a href="/editorial-standards">Editorial Standards</a> <a href="/reprints">Reprints and Permissions</a></p></div></div>
</div></article>
<section class="trending"><h3>Trending</h3>{ul(teasers(20, 5), "trending", "/sites/")}</section>
</main>
<footer class="footer"><p>© 2026 Meridian Media. All Rights Reserved.</p><a href="/privacy">Privacy Statement</a> <a href="/terms">Terms</a> <a href="/adchoices">AdChoices</a></footer>
</body>
</html>
"""
    page("en-opinion-contributor", "opinion", True, "contributor column with disclaimer; argues how boards should hire",
         "www.meridianbiz.example", url, title, ["Alicia Brandt"], "Alicia Brandt Contributor", "2026-06-03",
         ["Another month, another chief executive gone within two years",
          "I have sat through dozens of these discussions",
          "The fix is not complicated, but it is uncomfortable.",
          "Boards should also be wary of the superstar from a larger rival.",
          "what the directors learned from the last search before they begin"],
         ["Opinions expressed by Meridian Contributors are their own.", "Inside the race for AI chips",
          "MORE FROM MERIDIAN", "Check out my", "I am a board adviser and former general counsel",
          "I write about corporate governance"],
         html, body=["div.article-body"], skip=["div.fbs-video-player", "div.vestpocket", "div.article-body-recirc"])


# ---------------------------------------------------------------------------------------------
def o_thinktank():
    url = "https://www.atlanticpolicy.example/commentary/2026/06/01/the-grid-cannot-wait-for-permits/"
    title = "The grid cannot wait for permits"
    secs = [
        (None, ["The United States will need to roughly double its high-voltage transmission capacity over the next 15 years if it wants to keep electricity reliable while demand from data centers, factories and electric vehicles grows. At the pace of the last decade, it will manage a fraction of that.",
                "The bottleneck is not money or engineering. It is permission. A major interstate line now takes, on average, more than ten years to move from proposal to operation, and most of that time is spent on reviews, lawsuits and negotiations among states that each hold a veto."]),
        ("Why the current system fails", ["Transmission lines cross many jurisdictions, but the benefits are spread widely while the costs are concentrated on the landowners and counties along the route. Every state along the path can stop a project that would serve customers in other states. The predictable result is that few large lines get built.",
                "Federal regulators were given backstop siting authority in 2005, but court rulings and narrow drafting have left that power almost unused. Developers have learned that it is not worth counting on."]),
        ("Three changes Congress should make", ["First, Congress should give federal regulators clear authority to site interstate lines that a regional planning process has found necessary, after a fixed period in which states can act first.",
                "Second, it should set a two-year deadline for environmental reviews of transmission projects, with a single lead agency and a single record.",
                "Third, it should require that communities along a route share in the revenue of the line, through payments to counties and landowners that continue for the life of the project. Opposition softens when the people who live with a line also benefit from it."]),
        ("The cost of doing nothing", ["Critics argue that federal siting tramples on states’ rights and local control. We take that concern seriously, which is why we propose that states keep the first word. But they should not keep the only word. The alternative is a grid that cannot carry the power the country is already paying to generate, and higher bills for everyone.",
                "Reform will not be easy, but the window for it is open. Lawmakers in both parties have said they want faster permitting. Transmission is where that promise will be tested."]),
    ]
    parts = []
    for i, (h, pp) in enumerate(secs):
        if h:
            parts.append(f'<h2 class="wp-block-heading">{t(h)}</h2>\n')
        parts.append(ps(pp))
        if i == 1:
            parts.append('<div class="related-inline"><h4>Related Content</h4>' + ul(["Report: Transmission Permitting Reform, A Blueprint", "Podcast: Who Pays for the Grid?"], "", "/research/") + "</div>\n")
    body = '<div class="post-content entry-content">\n' + "".join(parts) + "</div>\n"
    authors = ["Helen Okafor", "Raj Menon", "Claire Dubois"]
    bios = [("Helen Okafor", "is a senior fellow in the Energy and Climate Program at the Atlantic Policy Institute."),
            ("Raj Menon", "is director of infrastructure policy at the Atlantic Policy Institute."),
            ("Claire Dubois", "is a research associate at the Atlantic Policy Institute.")]
    biohtml = "".join(f'<div class="author-card"><a href="/experts/{n.lower().replace(" ", "-")}/">{n}</a><p>{n} {t(b)}</p></div>' for n, b in bios)
    ld = {"@context": "https://schema.org", "@graph": [{"@type": "Article", "headline": title, "datePublished": "2026-06-01T09:00:00+00:00",
          "author": [{"@type": "Person", "name": n} for n in authors], "publisher": {"@type": "Organization", "name": "Atlantic Policy Institute"}},
          {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Commentary"}]}]}
    hd = head(title + " | Atlantic Policy Institute", url, "Transmission permitting reform cannot wait.", site="Atlantic Policy Institute", ld=ld,
              published="2026-06-01T09:00:00+00:00", css=6000)
    nav = [("Research", ["Energy and Climate", "Economic Policy", "Health Policy", "Foreign Policy", "Technology", "Housing"]),
           ("Experts", []), ("Events", ["Upcoming", "Past Events"]), ("Commentary", []), ("Podcasts", []), ("About", ["Mission", "Staff", "Funding", "Careers", "Contact"])]
    html = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
{hd}
</head>
<body class="post-template-default single single-post">
<header class="site-header"><a class="custom-logo-link" href="/">Atlantic Policy Institute</a>{megamenu(nav, "menu-primary")}<a class="donate" href="/donate/">Donate</a></header>
<main id="primary" class="site-main"><article class="post type-post">
<header class="entry-header"><div class="eyebrow"><a href="/commentary/">Commentary</a></div><h1 class="entry-title">{t(title)}</h1>
<div class="byline">By <a href="/experts/helen-okafor/">Helen Okafor</a>, <a href="/experts/raj-menon/">Raj Menon</a>, and <a href="/experts/claire-dubois/">Claire Dubois</a></div>
<div class="posted-on">June 1, 2026</div><div class="share"><a href="#">Share</a><a href="#">Print</a><a href="#">Download PDF</a></div></header>
{body}
<footer class="entry-footer"><h3>Authors</h3>{biohtml}
<div class="topics"><span>Topics:</span> <a href="/topic/energy/">Energy</a> <a href="/topic/infrastructure/">Infrastructure</a> <a href="/topic/congress/">Congress</a></div>
<p class="disclaimer">The Atlantic Policy Institute does not take institutional positions; the views expressed are those of the authors.</p></footer>
</article>
<section class="newsletter-cta"><h3>Get our weekly energy briefing</h3><p>Research and commentary from our experts, every Thursday.</p><form><input type="email"><button>Subscribe</button></form></section>
<section class="more"><h3>More Commentary</h3>{ul(["Carbon border taxes are coming. America needs a plan.", "What the farm bill gets wrong about drought", "Ten questions for the next energy secretary"], "", "/commentary/2026/05/")}</section>
</main>
<footer class="site-footer"><p>Atlantic Policy Institute is a nonpartisan, nonprofit research organization. 1700 K St. NW, Washington, DC</p><p>Media inquiries: press@atlanticpolicy.example</p><p>© 2026 Atlantic Policy Institute</p></footer>
</body>
</html>
"""
    page("en-opinion-thinktank", "opinion", True, "think-tank commentary arguing for permitting reform",
         "www.atlanticpolicy.example", url, title, authors, "By Helen Okafor, Raj Menon, and Claire Dubois", "2026-06-01",
         ["The United States will need to roughly double its high-voltage",
          "Why the current system fails", "Three changes Congress should make",
          "Opposition softens when the people who live with a line",
          "Transmission is where that promise will be tested."],
         ["Report: Transmission Permitting Reform, A Blueprint",
          "is a senior fellow in the Energy and Climate Program",
          "does not take institutional positions", "Get our weekly energy briefing",
          "Media inquiries: press@atlanticpolicy.example"],
         html, body=["div.post-content"], skip=["div.related-inline"])


# ---------------------------------------------------------------------------------------------
def o_postmedia_column():
    url = "https://prairieherald.example/opinion/columnists/ostrowski-city-snow-plan-misses-the-sidewalks"
    title = "City’s new snow plan still forgets the people who walk"
    paras = [
        "City council will vote next week on a revised snow-clearing plan that promises faster plowing of arterial roads, more sanding trucks and a new app that shows residents where the graders are. It is a better plan than the one we had. It also repeats the oldest mistake in the book.",
        "Sidewalks are once again an afterthought. Under the proposal, the city would clear priority sidewalks near schools and transit stations within 72 hours of a snowfall, and everything else would remain the responsibility of homeowners, enforced by complaint.",
        "Anyone who walked to a bus stop last February knows how that works in practice. The complaint line gets thousands of calls, bylaw officers are stretched thin, and the ridges left by plows at every corner turn into ice walls that a wheelchair or a stroller cannot cross.",
        "Council’s own accessibility committee recommended in 2024 that the city take over clearing of all sidewalks on bus routes. The report estimated the cost at about $6 million a year, roughly what the city spends on clearing a single major interchange during a bad winter. It was received for information and shelved.",
        "There is an argument, often heard at city hall, that residents do not want to pay more tax for something they can do themselves with a shovel. Fair enough for the able-bodied homeowner on a quiet crescent. Less fair for the senior on a fixed income, or for the thousands of people who walk past properties whose owners are away, unable or simply unwilling.",
        "Other prairie cities have done the math differently. Several now clear residential sidewalks with small machines after each snowfall, and they report fewer falls and fewer emergency-room visits. Those costs do not show up in the roads budget, but they are real.",
        "Councillors have a week to amend the plan. They should start with the corners: a rule that crews clear the windrows they create at crosswalks within 24 hours would cost little and help a great deal. Then they should bring back the committee’s report and fund it, at least for bus routes.",
        "A city that clears its roads for drivers and leaves pedestrians to fend for themselves is making a choice. It should at least make it in the open.",
    ]
    def ad(n):
        return (f'<div class="ad__section-border"><div class="ad__inner"><p class="ad__label">Advertisement {n}</p>'
                '<p class="ad__notice">This advertisement has not loaded yet, but your article continues below.</p></div></div>\n')
    grp = lambda pp: '<section class="article-content__content-group article-content__content-group--story">\n' + ps(pp) + "</section>\n"
    ac = '<p class="article-content__ad-group-label">Article content</p>\n'
    promo = ('<div class="article-content__paywall-promo"><h3>Subscribe now to read the latest news in your city and across Canada.</h3>'
             '<ul><li>Exclusive articles from Graham Ostrowski and others</li><li>Unlimited online access to articles</li></ul><a href="/subscribe">Subscribe now</a></div>\n')
    body = ('<div class="article-content__content">\n' + grp(paras[:2]) + ad(1) + ac + grp(paras[2:4]) + promo + ad(2) + ac
            + grp(paras[4:6]) + ad(3) + ac + grp(paras[6:]) + '<p class="article-content__story-continues">Story continues below</p>\n' + "</div>\n")
    ld = {"@context": "https://schema.org", "@type": "ReportageNewsArticle", "headline": title, "datePublished": "2026-06-03T12:00:51-06:00",
          "dateModified": "2026-06-03T15:31:09-06:00", "author": [{"@type": "Person", "name": "Graham Ostrowski"}], "articleSection": "Columnists",
          "publisher": {"@type": "Organization", "name": "Prairie Herald"}}
    hd = head("Ostrowski: City’s new snow plan still forgets the people who walk | Prairie Herald", url, "Sidewalks are once again an afterthought.",
              og_title="Ostrowski: City’s new snow plan still forgets the people who walk", site="Prairie Herald", section="Columnists",
              published="2026-06-03T12:00:51-06:00", ld=ld)
    nav = [("News", ["Local News", "Provincial", "National", "World", "Crime", "Politics"]), ("Opinion", ["Columnists", "Editorials", "Letters", "Cartoons"]),
           ("Sports", ["Hockey", "Football", "Curling", "Basketball"]), ("Business", ["Energy", "Agriculture", "Real Estate"]), ("Arts", ["Movies", "Music", "Books"]),
           ("Life", ["Food", "Homes", "Travel", "Health"]), ("Newsletters", []), ("ePaper", [])]
    html = f"""<!DOCTYPE html>
<html lang="en-CA">
<head>
{hd}
</head>
<body class="single single-post">
<div class="header-ad"><p class="ad__label">Advertisement 1</p></div>
<header class="site-header"><a href="/" class="site-header__logo">Prairie Herald</a><a href="/subscribe" class="site-header__subscribe">Subscribe</a><a href="/sign-in">Sign In</a>{megamenu(nav, "site-header__nav")}</header>
<main><article class="article">
<header class="article-header"><a class="article-header__category" href="/opinion/columnists">Columnists</a>
<h1 class="article-title">{t(title)}</h1>
<p class="article-subtitle">Councillors have a week to fix the plan. They should start with the corners</p>
<div class="article-header__detail"><span class="published-by__author"><a href="/author/gostrowski">Graham Ostrowski</a></span> <span class="published-by__role">Columnist</span>
<span class="article-header__published">Published Jun 03, 2026</span> • <span>Last updated 2 hours ago</span> • <span>4 minute read</span></div>
<div class="social-share"><a href="#">Facebook</a><a href="#">X</a><a href="#">Email</a><a href="#">Reddit</a><a href="#comments">Join the conversation</a></div></header>
<figure class="article-featured-image"><img src="/wp-content/uploads/2026/06/snow.jpg" alt="A sidewalk"><figcaption>A pedestrian navigates a snow-covered sidewalk downtown in February. Photo by Kayla Brandt /Prairie Herald</figcaption></figure>
{body}
<section class="article-bio"><p>Graham Ostrowski is a Prairie Herald columnist. <a href="mailto:gostrowski@prairieherald.example">gostrowski@prairieherald.example</a></p></section>
<div class="newsletter-signup"><h3>Sign up to receive daily headline news from the Prairie Herald, a division of Postline Network Inc.</h3><form><input type="email"><button>Sign Up</button></form><p>By signing up you consent to receive the above newsletter from Postline Network Inc.</p></div>
<section id="comments" class="comments"><h3>Comments</h3><p>Postline is committed to maintaining a lively but civil forum for discussion. Please keep comments relevant and respectful.</p></section>
</article>
<aside class="sidebar"><h3>Trending</h3>{ul(["Oilers sign defenceman to two-year deal", "Property tax bills arrive with 6.2 per cent hike", "Hail damages crops south of city", "Province to fund new cancer centre", "Drivers warned of long delays on Highway 2"], "", "/news/local-news/")}</aside>
</main>
<footer class="site-footer"><p>365 Bloor Street East, Toronto, Ontario, M4W 3L4</p><p>© 2026 Prairie Herald, a division of Postline Network Inc. All rights reserved. Unauthorized distribution, transmission or republication strictly prohibited.</p></footer>
</body>
</html>
"""
    page("en-opinion-postmedia-column", "opinion", True, "column under Opinion › Columnists with Columnist role",
         "prairieherald.example", url, title, ["Graham Ostrowski"], "Graham Ostrowski Columnist", "2026-06-03",
         ["City council will vote next week on a revised snow-clearing plan",
          "Sidewalks are once again an afterthought.",
          "Council’s own accessibility committee recommended in 2024",
          "Other prairie cities have done the math differently.",
          "It should at least make it in the open."],
         ["This advertisement has not loaded yet, but your article continues below.",
          "Article content", "Subscribe now to read the latest news in your city",
          "Story continues below", "Sign up to receive daily headline news",
          "is committed to maintaining a lively but civil forum"],
         html, body=["p.article-subtitle", "div.article-content__content"],
         skip=["div.ad__section-border", "p.article-content__ad-group-label", "div.article-content__paywall-promo", "p.article-content__story-continues"])


# ---------------------------------------------------------------------------------------------
def o_au_opinion():
    url = "https://www.sxtelegraph.example/news/opinion/kate-lindqvist-the-budget-surplus-is-a-mirage/news-story/9f3c1a2b4e5d6f708192a3b4c5d6e7f8"
    title = "The budget surplus is a mirage built on iron ore"
    paras = [
        "Treasurer Dominic Varga stood up on Tuesday night and announced a surplus for the third year running. The applause in the chamber was loud, and the headlines the next morning were kind. They should not have been.",
        "Strip out the windfall from iron ore and coal prices, which Treasury’s own forecasts assume will fall by a third over the next two years, and the budget is back in deficit by 2028. The structural position has barely moved since the last election.",
        "That matters because the spending commitments in this budget are permanent. The expansion of the childcare subsidy, the new aged care funding and the defence procurement schedule will all continue long after the commodity cycle turns. Revenue from a shipload of ore does not.",
        "To be fair to Varga, he is not the first treasurer to bank a boom. His predecessors did the same in the mid-2000s and left their successors to explain why the money had run out. What is different this time is that the government has told voters, repeatedly, that it has learned that lesson.",
        "If it had, the budget would have done at least one of three things: put a share of the windfall into a fund that cannot be spent on recurrent programs, broadened the tax base, or set out a credible path for the spending that will be left once prices fall. It did none of them.",
        "Instead, the papers hint at a review of tax settings “in the next term”. Voters have heard that before. A government confident of its economic management would start the conversation now, while the surplus gives it room.",
        "There is still time. The Senate estimates hearings next month are a chance for the crossbench to ask Treasury to publish the budget without the commodity boost. If the numbers are as solid as the government says, it has nothing to fear.",
    ]
    fold = ('<div class="story-fold"><p>Continue reading your story</p><button class="story-fold__button">Continue reading</button></div>\n')
    cov = ('<div class="story-related-links"><h4>More Coverage</h4>' + ul(["Budget 2026: winners and losers", "Varga delivers third surplus as ore prices hold", "Childcare subsidy to rise from January"], "", "/news/national/") + "</div>\n")
    mrec = '<div class="ad-slot ad-slot--mrec"><span class="ad-slot__label">Advertisement</span></div>\n'
    body = ('<div id="story-body" class="story-body">\n' + ps(paras[:2]) + cov + ps(paras[2:3]) + fold
            + '<div class="story-body__hidden">\n' + ps(paras[3:5]) + mrec + ps(paras[5:]) + "</div>\n</div>\n")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2026-06-04T04:30:00+10:00",
          "author": [{"@type": "Person", "name": "Kate Lindqvist"}], "articleSection": "Opinion", "isAccessibleForFree": "False",
          "publisher": {"@type": "Organization", "name": "The Southern Cross Telegraph"}}
    hd = head("Kate Lindqvist: The budget surplus is a mirage built on iron ore | The Southern Cross Telegraph", url,
              "Strip out the commodity windfall and the budget is back in deficit.", og_title="Kate Lindqvist: Varga’s surplus is a mirage",
              site="The Southern Cross Telegraph", section="Opinion", published="2026-06-04T04:30:00+10:00", ld=ld)
    nav = [("News", ["National", "NSW", "Victoria", "Queensland", "World", "Weather"]), ("Opinion", ["Columnists", "Editorial", "Letters"]),
           ("Business", ["Markets", "Property", "Mining", "Companies"]), ("Sport", ["AFL", "NRL", "Cricket", "Rugby", "Tennis"]),
           ("Entertainment", ["TV", "Celebrity", "Movies"]), ("Lifestyle", ["Food", "Health", "Travel"]), ("Puzzles", [])]
    html = f"""<!DOCTYPE html>
<html lang="en-AU">
<head>
{hd}
</head>
<body>
<div class="breaking-ticker"><span>BREAKING</span> <a href="/news/nsw/">Sydney trains suspended on T1 line after signal fault</a></div>
<header class="header"><a class="header__logo" href="/">The Southern Cross Telegraph</a><a href="/subscribe" class="header__cta">Subscribe</a><a href="/login">Log in</a>{megamenu(nav, "header__nav")}</header>
<main class="main"><article class="story">
<div class="story-header"><div class="story-header__kicker"><a href="/news/opinion">Opinion</a></div>
<h1 class="story-headline">{t(title)}</h1>
<p class="story-standfirst">Treasurer Dominic Varga’s third surplus relies on a commodity boom Treasury expects to end. Voters deserve the real numbers.</p>
<div class="story-byline"><a class="author-link" href="/author/kate-lindqvist">Kate Lindqvist</a> <span class="author-role">National Affairs Columnist</span></div>
<div class="story-date"><time datetime="2026-06-04T04:30:00+10:00">June 4, 2026 - 4:30AM</time></div>
<div class="story-share"><a href="#">Share</a> <a href="#comments">Comments (64)</a> <a href="#">Gift this article</a></div></div>
<figure class="story-image"><img src="/images/treasurer.jpg" alt="Treasurer"><figcaption>Treasurer Dominic Varga delivers the budget. Picture: Sam Ortega/NCA</figcaption></figure>
{body}
<div class="story-topics"><span>Read related topics:</span><a href="/topics/federal-budget">Federal Budget</a></div>
<section id="comments" class="story-comments"><h3>Join the conversation</h3><p>Comments are moderated and will appear within 24 hours.</p></section>
</article>
<aside class="sidebar"><h3>Most Popular</h3>{ul(["Inside the $40m harbourside mansion sale", "Heatwave warning for western Sydney", "Matildas name squad for Olympic qualifier", "Why your power bill is about to jump"], "", "/news/")}</aside>
</main>
<footer class="footer"><p>© Southern Cross Media Pty Ltd. All times AEST (GMT +10).</p></footer>
</body>
</html>
"""
    page("en-opinion-au-paywall", "opinion", True, "signed column; Opinion kicker, /opinion/ URL, argues about budget",
         "www.sxtelegraph.example", url, title, ["Kate Lindqvist"], "Kate Lindqvist National Affairs Columnist", "2026-06-04",
         ["third surplus relies on a commodity boom Treasury expects to end.",
          "Treasurer Dominic Varga stood up on Tuesday night and announced",
          "That matters because the spending commitments in this budget are permanent.",
          "To be fair to Varga, he is not the first treasurer",
          "If the numbers are as solid as the government says"],
         ["Continue reading your story", "More Coverage", "Budget 2026: winners and losers",
          "Read related topics:", "Comments are moderated and will appear within 24 hours.",
          "Sydney trains suspended on T1 line"],
         html, body=["p.story-standfirst", "div#story-body"], skip=["div.story-related-links", "div.story-fold", "div.ad-slot"])


# ---------------------------------------------------------------------------------------------
def o_india_oped():
    url = "https://www.nationalledger.example/opinion/op-ed/heatwaves-need-a-labour-code-not-advisories/article70041235.ece"
    title = "Heatwaves need a labour code, not advisories"
    paras = [
        "Every summer, as temperatures cross 45 degrees Celsius across the northern plains, State governments issue advisories telling people to stay indoors between noon and 4 p.m. For the construction worker, the street vendor and the delivery rider, the advice is meaningless. Their income depends on being outside at exactly those hours.",
        "The numbers are stark. An estimated three-quarters of India’s workforce is employed in heat-exposed sectors, and studies by public health researchers suggest that productivity losses from extreme heat already run into several percentage points of GDP in the worst-affected States. These losses fall hardest on those with the least protection.",
        "Heat action plans, now adopted by many cities, have saved lives. They set up cooling centres, extend hospital preparedness and send alerts by SMS. But they are largely voluntary when it comes to employers. Nothing obliges a contractor to stop work on a site at 2 p.m. in May, or to provide shade, water and rest breaks.",
        "The labour codes, notified but still being operationalised in several States, offer an opportunity. Occupational safety rules could define a heat threshold, based on a wet-bulb measure rather than air temperature alone, above which outdoor work must pause or be rescheduled. Wages for lost hours could be compensated through a fund financed by a small cess on large construction projects.",
        "Critics will argue that such rules are unenforceable in an economy where most workers are informal. That is partly true, but it is not a reason to do nothing. Public works programmes and government contractors could be required to comply first, setting a norm that private employers would find hard to ignore. Platform companies, which track their riders minute by minute, have no excuse for not building heat pauses into their systems.",
        "A heatwave is now a predictable seasonal event, not a disaster that arrives without warning. The policy response should be equally predictable: a binding right to stop work when the heat becomes dangerous, and a guarantee that stopping will not cost a day’s wages.",
    ]
    also = lambda h, u: f'<p class="also-read"><strong>ALSO READ</strong> | <a href="{u}">{t(h)}</a></p>\n'
    body = ('<div class="articlebodycontent col-xl-9 col-lg-12 col-md-12 col-sm-12 col-12" itemprop="articleBody">\n' + ps(paras[:2])
            + also("Heatwave grips north India; Delhi records 46.8 degrees Celsius", "/news/national/article70033012.ece")
            + ps(paras[2:4]) + '<div class="dfp-ad-inline"><span>Advertisement</span></div>\n'
            + also("The cost of cooling: why air-conditioners are not the answer", "/opinion/lead/article70011190.ece")
            + ps(paras[4:]) + f'<p><em>{t("Meera Raghunathan is a professor of labour economics at the Institute for Social Research, Pune")}</em></p>\n'
            + "</div>\n")
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2026-06-03T00:15:00+05:30",
          "dateModified": "2026-06-03T00:15:00+05:30", "author": {"@type": "Person", "name": "Meera Raghunathan"}, "articleSection": "Op-Ed",
          "publisher": {"@type": "Organization", "name": "The National Ledger"}}
    hd = head(title + " - The National Ledger", url, "Advisories are meaningless for those whose income depends on working outdoors.",
              site="The National Ledger", section="Op-Ed", published="2026-06-03T00:15:00+05:30", ld=ld, author_meta="Meera Raghunathan")
    nav = [("News", ["National", "International", "States", "Cities", "Elections"]), ("Opinion", ["Editorial", "Lead", "Op-Ed", "Comment", "Letters", "Interview", "Cartoon"]),
           ("Business", ["Economy", "Markets", "Industry", "Agri-Business"]), ("Sport", ["Cricket", "Football", "Hockey", "Tennis"]),
           ("Entertainment", ["Movies", "Music", "Theatre"]), ("Sci-Tech", ["Science", "Technology", "Health", "Agriculture", "Environment"]), ("e-Paper", [])]
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
{hd}
</head>
<body>
<div class="top-strip"><span>Today’s Paper</span> <a href="/epaper">e-Paper</a> <a href="/subscribe">Subscribe</a> <a href="/login">Login</a> <span class="weather">Delhi 44°C</span></div>
<header class="header"><a href="/" class="logo">The National Ledger</a>{megamenu(nav, "mainmenu")}</header>
<div class="trending-strip"><span>Trending</span> <a href="/topic/monsoon/">Monsoon 2026</a> <a href="/topic/ipl/">IPL 2026</a> <a href="/topic/heatwave/">Heatwave</a> <a href="/topic/budget/">Union Budget</a></div>
<main class="container"><article class="article-section">
<ul class="breadcrumb"><li><a href="/opinion/">Opinion</a></li><li><a href="/opinion/op-ed/">Op-Ed</a></li></ul>
<h1 class="title">{t(title)}</h1>
<h2 class="sub-text">Advisories asking workers to stay indoors mean little to those whose wages depend on being outdoors</h2>
<div class="author-info"><a class="person-name" href="/profile/author/meera-raghunathan">Meera Raghunathan</a></div>
<div class="update-publish-time"><p class="publish-time">Updated - June 03, 2026 12:15 am IST</p></div>
<div class="share-bar"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Copy link</a> <a href="#">Email</a> <a href="#">Read later</a> <a href="#">Print</a></div>
<figure><img src="/static/theme/default/base/img/heat.jpg" alt="Workers"><figcaption>Labourers work at a construction site in New Delhi. File | Photo Credit: R. Kumaran</figcaption></figure>
{body}
<div class="comments-shares"><p>Published - June 03, 2026 12:15 am IST</p></div>
<div class="tags"><a href="/topic/heatwave/">heatwave</a> <a href="/topic/labour/">labour</a> <a href="/topic/public-health/">public health</a></div>
<div class="related-topics"><h3>Related Topics</h3>{ul(["heatwave", "labour", "public health", "Delhi"], "", "/topic/")}</div>
<p class="copyright">COMMENTS | SHARE | Copy link | Email | Facebook | Twitter | Telegram | LinkedIn | WhatsApp | Reddit | REMOVE</p>
</article>
<aside><h3>Top News Today</h3>{ul(["Monsoon to hit Kerala coast in 48 hours: IMD", "Sensex rises 400 points on IT gains", "Supreme Court seeks Centre’s reply on coaching centre rules", "India beat Australia in Hockey Pro League"], "", "/news/national/")}</aside>
</main>
<footer><p>© THE NATIONAL LEDGER 2026. All rights reserved.</p></footer>
</body>
</html>
"""
    page("en-opinion-india-oped", "opinion", True, "op-ed under Opinion › Op-Ed arguing for heat rules",
         "www.nationalledger.example", url, title, ["Meera Raghunathan"], "Meera Raghunathan", "2026-06-03",
         ["Every summer, as temperatures cross 45 degrees Celsius across",
          "The numbers are stark.",
          "The labour codes, notified but still being operationalised in several States",
          "Critics will argue that such rules are unenforceable",
          "a guarantee that stopping will not cost a day’s wages."],
         ["ALSO READ", "Heatwave grips north India; Delhi records 46.8 degrees Celsius",
          "Published - June 03, 2026 12:15 am IST", "Monsoon to hit Kerala coast in 48 hours",
          "Photo Credit: R. Kumaran"],
         html, body=["div.articlebodycontent"], skip=["p.also-read", "div.dfp-ad-inline"])


# ---------------------------------------------------------------------------------------------
def o_irish_column():
    url = "https://www.liffeytimes.example/opinion/2026/06/02/the-housing-ministers-favourite-number-is-the-wrong-one/"
    title = "The housing minister’s favourite number is the wrong one"
    paras = [
        "Ask any minister about housing and you will hear the same number within a minute: completions. Last year the country finished more homes than in any year since 2008, and the Government has been repeating that figure with the quiet pride of a student who has finally passed maths.",
        "It is a real achievement. But completions measure what builders finished, not whether anyone can afford to live in what they built. The number that matters to a 29-year-old nurse in Dublin is the share of her income that goes on rent, and by that measure things have not improved at all.",
        "Median rents for new tenancies rose again in the first quarter, according to the latest figures from the tenancy board. In the commuter counties, where much of the new building has happened, they rose faster than in the capital. Supply is increasing, yet the price of a home is not falling. That should tell us something about the kind of supply we are getting.",
        "Too much of it is built to be sold to investment funds or rented at the top of the market. Too little is built by the State, on State land, to be rented at a price linked to income. Cost-rental schemes, which do exactly that, delivered fewer than 1,500 homes last year. They are the most popular housing policy in the country, judging by the queues, and among the smallest.",
        "The Government’s answer is that it cannot build everything itself and that private investment is needed. True. But the balance is wrong, and the rhetoric of completions hides that. A minister who wanted to be judged on affordability would set a target for the share of new homes let or sold below market rates, and publish progress every quarter.",
        "Until then, expect to hear about completions. Just remember that the nurse does not live in a statistic.",
    ]
    push = ('<div class="b-sign-up-alert"><p><strong>Sign up for push alerts</strong> and have the best news, analysis and comment delivered directly to your phone</p><a href="/alerts/">Sign up</a></div>\n')
    readm = ('<div class="b-read-more"><h4>Read More</h4>' + ul(["Housing completions hit 16-year high but rents keep rising", "What is cost-rental and who qualifies?"], "", "/ireland/housing-planning/2026/05/") + "</div>\n")
    P = 'class="c-paragraph"'
    body = ('<div class="c-article-body article-body-wrapper">\n' + ps(paras[:2], P) + push + ps(paras[2:4], P) + readm + ps(paras[4:], P) + "</div>\n")
    ld = {"@context": "https://schema.org", "@type": "OpinionNewsArticle", "headline": title, "datePublished": "2026-06-02T05:00:00Z",
          "author": [{"@type": "Person", "name": "Fionnuala Breen"}], "publisher": {"@type": "Organization", "name": "The Liffey Times"}}
    hd = head(title + " – The Liffey Times", url, "Completions measure what builders finished, not whether anyone can afford it.",
              site="The Liffey Times", section="Opinion", published="2026-06-02T05:00:00Z", ld=ld)
    nav = [("News", ["Ireland", "World", "Politics", "Crime and Law", "Health", "Education", "Environment"]), ("Opinion", ["Columnists", "Editorial", "Letters", "An Irishman’s Diary"]),
           ("Business", ["Economy", "Personal Finance", "Property", "Technology"]), ("Sport", ["GAA", "Rugby", "Soccer", "Racing", "Golf"]),
           ("Life and Style", ["Food and Drink", "Health and Family", "Homes and Property", "Travel"]), ("Culture", ["Books", "Film", "Music", "Stage"]), ("Podcasts", [])]
    html = f"""<!DOCTYPE html>
<html lang="en-IE">
<head>
{hd}
</head>
<body>
<header class="b-header"><a href="/" class="b-header__logo">The Liffey Times</a><a href="/subscribe/" class="b-header__sub">Subscribe</a><a href="/account/">Sign In</a>{megamenu(nav, "b-header__nav")}</header>
<main class="b-main"><article class="b-article">
<div class="b-article__overline"><a href="/opinion/">Opinion</a></div>
<h1 class="c-heading">{t(title)}</h1>
<div class="b-article__byline"><a href="/opinion/fionnuala-breen/" class="c-byline__link">Fionnuala Breen</a></div>
<div class="b-article__date"><time datetime="2026-06-02T05:00:00Z">Tue Jun 02 2026 - 05:00</time></div>
<div class="b-article__share"><a href="#">Share</a><a href="#comments">Comments</a><a href="#">Gift article</a></div>
<figure><img src="/resizer/housing.jpg" alt="Houses"><figcaption>Housing under construction in Co Kildare. Photograph: Alan Betson</figcaption></figure>
{body}
<div class="b-article__bio"><p>Fionnuala Breen writes a weekly column on economics and public policy.</p></div>
<div class="b-article__trust"><h4>Our Journalism</h4><p>The Liffey Times is committed to independent journalism. Read our editorial standards.</p></div>
<section id="comments" class="b-article__comments"><p>Comments are closed on this article.</p></section>
</article>
<aside class="b-rail"><h3>Most Read</h3>{ul(["Gardaí investigate after cash machine stolen in Co Meath", "Leaving Cert exams begin for 138,000 students", "Met Éireann issues status yellow rain warning", "Dublin Airport passenger cap case adjourned"], "", "/ireland/")}</aside>
</main>
<footer class="b-footer"><p>© 2026 The Liffey Times DAC</p><a href="/terms/">Terms and Conditions</a> <a href="/privacy/">Privacy Policy</a></footer>
</body>
</html>
"""
    page("en-opinion-irish-column", "opinion", True, "weekly column; Opinion overline, OpinionNewsArticle, argues",
         "www.liffeytimes.example", url, title, ["Fionnuala Breen"], "Fionnuala Breen", "2026-06-02",
         ["Ask any minister about housing and you will hear the same number",
          "It is a real achievement.", "Median rents for new tenancies rose again in the first quarter",
          "The Government’s answer is that it cannot build everything itself",
          "Just remember that the nurse does not live in a statistic."],
         ["Sign up for push alerts", "Housing completions hit 16-year high but rents keep rising",
          "writes a weekly column on economics and public policy",
          "Comments are closed on this article.", "Leaving Cert exams begin for 138,000 students"],
         html, body=["div.c-article-body"], skip=["div.b-sign-up-alert", "div.b-read-more"])


# ---------------------------------------------------------------------------------------------
def o_ghost_blog():
    url = "https://notesfromthebench.example/libraries-should-lend-more-than-books/"
    title = "Libraries should lend more than books"
    excerpt = "Our branch lends drills, sewing machines and a pressure washer. Every library should."
    paras1 = [
        "Two years ago our neighborhood library put a single shelf of tools behind the circulation desk: a drill, a stud finder, a ladder and a pressure washer that someone had donated. By the end of the first summer there was a waiting list for the pressure washer longer than the one for the latest thriller.",
        "I volunteer at that desk on Saturday mornings, and I have come to believe that the tool shelf is the most important thing the branch does. Not because drills matter more than books, but because it shows what a library is for: sharing things that are expensive to own and cheap to lend.",
    ]
    paras2 = [
        "Most households use a drill for a few minutes a year. A pressure washer gets used once, maybe twice, before it joins the clutter in the garage. Buying these things one house at a time is a waste of money and of the materials that go into making them. Lending them from a public building, with a card everybody already has, is not.",
        "The objections I hear are practical. Who fixes the tools? Who pays when something breaks? Our branch answered both with a volunteer repair night and a small maintenance budget, which so far has cost less than the library spends on replacing lost paperbacks.",
    ]
    paras3 = [
        "There is a deeper argument, too. Libraries are among the last places where you can spend an afternoon without buying anything. Extending that idea to the things people need for ordinary life, like a sewing machine to hem school trousers or a tile cutter for a bathroom repair, is a natural step, not a gimmick.",
        "So here is my request to every library board reading this: find a shelf. Start with five tools. Count how often they go out. I suspect you will need a second shelf by autumn.",
    ]
    callout = ('<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">'
               'Want to start a tool shelf at your branch? I put our loan form and checklist in a shared folder. Email me and I will send the link.</div></div>\n')
    yt = ('<figure class="kg-card kg-embed-card"><iframe width="200" height="113" src="https://www.youtube.example/embed/Xq1t2Zp9" title="Repair night at the library"></iframe>'
          '<figcaption>Our first repair night, filmed by a teenage volunteer.</figcaption></figure>\n')
    bq = '<blockquote class="kg-blockquote-alt">Sharing things that are expensive to own and cheap to lend is what a library is for.</blockquote>\n'
    body = ('<section class="gh-content gh-canvas">\n' + ps(paras1) + bq + ps(paras2) + yt + '<h2 id="the-deeper-argument">The deeper argument</h2>\n'
            + ps(paras3) + callout + "</section>\n")
    ld = {"@context": "https://schema.org", "@type": "Article", "publisher": {"@type": "Organization", "name": "Notes from the Bench"},
          "author": {"@type": "Person", "name": "Sam Okonjo", "url": "https://notesfromthebench.example/author/sam/"}, "headline": title,
          "url": url, "datePublished": "2026-05-30T15:42:10.000Z", "dateModified": "2026-05-31T08:01:44.000Z", "description": excerpt}
    hd = head(title, url, excerpt, site="Notes from the Bench", ld=ld, published="2026-05-30T15:42:10.000Z",
              extra='<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.37/umd/portal.min.js" data-ghost="https://notesfromthebench.example/"></script>')
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
{hd}
</head>
<body class="post-template">
<div class="gh-site">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><a class="gh-head-logo" href="/">Notes from the Bench</a>
<nav class="gh-head-menu"><ul class="nav"><li><a href="/">Home</a></li><li><a href="/tag/repair/">Repair</a></li><li><a href="/tag/library/">Library</a></li><li><a href="/tag/neighbourhood/">Neighbourhood</a></li><li><a href="/about/">About</a></li></ul></nav>
<div class="gh-head-actions"><a href="#/portal/signin">Sign in</a><a href="#/portal/signup" class="gh-head-button">Subscribe</a></div></div></header>
<main id="site-main" class="site-main"><article class="article post tag-library featured">
<header class="article-header gh-canvas"><section class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/library/">Library</a></span><span class="post-card-featured">Featured</span></section>
<h1 class="article-title">{t(title)}</h1>
<p class="article-excerpt">{t(excerpt)}</p>
<div class="article-byline-meta"><time class="byline-meta-date" datetime="2026-05-30">May 30, 2026</time> <span class="byline-reading-time"><span class="bull">•</span> 3 min read</span></div>
<figure class="article-image"><img src="/content/images/2026/05/toolshelf.jpg" alt="Tool shelf"><figcaption>The tool shelf on a Saturday morning.</figcaption></figure></header>
{body}
<section class="article-author-card"><div class="author-card"><a href="/author/sam/">Sam Okonjo</a><p>Sam Okonjo fixes bikes, volunteers at the Eastgate branch library and writes about the things neighbours can share.</p></div></section>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal">Enter your email <span>Subscribe</span></a></div></section>
</article>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3>Read more</h3>{ul(["How our street fixed 40 bikes in one afternoon", "The case for a neighbourhood tool register", "What I learned from a year of repair nights"], "post-feed", "/")}</div></aside>
</main>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Notes from the Bench</a> © 2026</section><div class="gh-powered-by"><a href="https://ghost.example/" target="_blank">Powered by Ghost</a></div></div></footer>
</div>
</body>
</html>
"""
    page("en-opinion-ghost-blog", "opinion", False, "personal blog post arguing libraries should lend tools",
         "notesfromthebench.example", url, title, ["Sam Okonjo"], None, "2026-05-30",
         ["Our branch lends drills, sewing machines and a pressure washer.",
          "Two years ago our neighborhood library put a single shelf of tools",
          "The objections I hear are practical.", "The deeper argument",
          "I suspect you will need a second shelf by autumn."],
         ["Sign up for more like this.", "fixes bikes, volunteers at the Eastgate branch library",
          "How our street fixed 40 bikes in one afternoon", "Powered by Ghost", "3 min read"],
         html, body=["p.article-excerpt", "section.gh-content"], skip=[])
