"""News pages: wires, broadcasters, US regional chains, live blog."""
from lib import t, ps, ul, megamenu, head, page, teasers, jsonld, sq

TV = [("News", ["Local", "State", "National", "World", "Politics", "Investigations"]), ("Weather", ["Forecast", "Radar", "Alerts", "Closings"]),
      ("Traffic", []), ("Sports", ["High School", "College", "Pros"]), ("Watch", ["Live", "Newscasts", "Video"]), ("Contests", []), ("Contact Us", [])]


def n_ap_wire():
    url = "https://www.kxvt7.example/news/national/senate-passes-wildfire-aid-bill/article_5a2e9c.html"
    title = "Senate passes wildfire aid extension as Western states brace for dry summer"
    paras = [
        "WASHINGTON (AP) — The Senate voted 71-27 on Wednesday to extend federal wildfire aid for another two years, sending the bill to the House as forecasters warned that much of the West faces an unusually dry summer.",
        "The measure renews a program that pays for firefighting crews, aircraft contracts and post-fire flood prevention in states where federal land makes up a large share of the territory. It would cost about $4.8 billion over two years, according to the Congressional Budget Office.",
        "“We are already seeing fires in May that we used to see in August,” said Sen. Rosa Delgado, a Democrat from New Mexico who led negotiations on the bill. “Crews cannot plan a season if they do not know whether the money will be there.”",
        "Republicans who supported the measure said it included new limits on administrative spending and required the Forest Service to report how quickly it clears fallen timber after a fire. Sen. Carl Whitford of Idaho called it “a bill that finally treats prevention as seriously as response.”",
        "Opponents argued that the program should be paid for with cuts elsewhere. Sen. Doug Pruett of Oklahoma said Congress had extended it three times without offsets and that “emergency spending has become routine spending.”",
        "The House is expected to take up the bill next week. Speaker Lorraine Atwater said in a statement that she supported the extension but wanted to review the timber provisions.",
        "The National Interagency Fire Center said Monday that above-normal fire potential is expected across parts of California, Oregon, Nevada and Arizona through September. More than 1.1 million acres have burned nationwide so far this year, above the 10-year average for early June.",
        "Firefighter unions have pressed Congress to make a temporary pay raise permanent as part of any extension. The Senate bill keeps the raise in place through 2028 but does not make it permanent.",
        "Associated Press writer Kim Tran in Sacramento, California, contributed to this report.",
    ]
    ad = '<div class="ad-container ad-inarticle" data-ad-unit="inarticle"><div class="ad-label">Advertisement</div></div>\n'
    body = ('<div class="article-body" itemprop="articleBody">\n' + ps(paras[:3]) + ad + ps(paras[3:6]) + ad + ps(paras[6:]) + "</div>\n")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2026-06-03T17:41:00-04:00",
          "dateModified": "2026-06-03T19:02:00-04:00", "author": [{"@type": "Person", "name": "LUCIA MARTENS and OWEN BRANDT Associated Press"}],
          "publisher": {"@type": "Organization", "name": "KXVT 7"}}
    hd = head(title + " | National | kxvt7.example", url, "The Senate voted 71-27 to extend wildfire aid.", site="KXVT 7 News",
              section="National", published="2026-06-03T17:41:00-04:00", ld=ld, css=4000)
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
{hd}
</head>
<body>
<div class="alert-bar"><span class="alert-bar__label">WEATHER ALERT</span> <a href="/weather/alerts/">Red flag warning in effect for the foothills until 8 p.m.</a></div>
<div class="ticker" role="marquee"><span>LATEST:</span> {" • ".join(t(x) for x in teasers(0, 6))}</div>
<header class="site-header"><a class="logo" href="/">KXVT 7</a><a href="/watch/live/" class="watch-live">WATCH LIVE</a>{megamenu(TV, "main-nav")}</header>
<div class="sticky-player" id="sticky-video"><div class="sticky-player__title">NOW PLAYING: Crews gain ground on Cedar Ridge fire</div><button class="sticky-player__close">Close</button><div class="sticky-player__next">Up next: 7 Day Forecast</div></div>
<main><article class="article">
<div class="article-section"><a href="/news/national/">National</a></div>
<h1 class="headline">{t(title)}</h1>
<div class="byline"><span class="byline__author">By LUCIA MARTENS and OWEN BRANDT Associated Press</span></div>
<div class="dateline"><span>Jun 3, 2026</span> <span>Updated 7:02 PM</span></div>
<div class="share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
<figure><img src="/content/tncms/assets/v3/editorial/ap.jpg" alt="Fire crew"><figcaption>A firefighter monitors a controlled burn near Flagstaff, Ariz., on May 28, 2026. (AP Photo/Jordan Reyes)</figcaption></figure>
{body}
<p class="copyright">Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.</p>
<div class="recirc"><h3>Recommended for you</h3>{ul(teasers(8, 6), "", "/news/local/")}</div>
<div class="taboola-below" id="taboola-below-article"><h3>Around the Web</h3>{ul(["Doctors Stunned: This Morning Habit Melts Belly Fat", "Seniors Are Switching to This New Hearing Aid", "The Most Beautiful Beaches Nobody Visits"], "tbl-feed", "https://trc.taboola.example/")}</div>
</article>
<aside class="rail"><h3>Most Watched</h3>{ul(["7 Day Forecast: Triple digits return", "Police chase ends in crash on I-5", "Meet our Pet of the Week"], "", "/watch/")}</aside></main>
<footer class="site-footer"><p>KXVT 7 · 1400 Broadcast Way · FCC Public File · EEO Report · Closed Captioning</p><p>© 2026 Skyline Broadcasting Group</p></footer>
</body>
</html>
"""
    page("en-news-ap-wire", "news", True, "AP wire report on Senate vote, on a TV station site",
         "www.kxvt7.example", url, title, ["Lucia Martens", "Owen Brandt"], "By LUCIA MARTENS and OWEN BRANDT Associated Press", "2026-06-03",
         ["The Senate voted 71-27 on Wednesday to extend federal wildfire aid",
          "Republicans who supported the measure said it included new limits",
          "The National Interagency Fire Center said Monday that above-normal",
          "The Senate bill keeps the raise in place through 2028"],
         ["Copyright 2026 The Associated Press. All rights reserved.", "NOW PLAYING: Crews gain ground on Cedar Ridge fire",
          "Red flag warning in effect for the foothills", "Doctors Stunned: This Morning Habit Melts Belly Fat",
          "FCC Public File"],
         html, body=["div.article-body"], skip=["div.ad-container"])


def n_reuters():
    url = "https://www.marketsdaily.example/business/autos/britains-northline-buses-cut-1200-routes-2026-06-03/"
    title = "Britain’s Northline to cut 1,200 bus routes as subsidy talks stall"
    paras = [
        "LONDON, June 3 (Reuters) - Northline Group, Britain’s largest bus operator by routes, said on Wednesday it would withdraw about 1,200 services across England from September after talks with the government over a fare subsidy scheme stalled.",
        "The company said the routes, mostly in rural areas and small towns, had become unprofitable since the national fare cap was cut to 2.50 pounds per journey last year while compensation payments remained unchanged.",
        "“We have kept these services running at a loss for eighteen months in the hope of a sustainable settlement,” Chief Executive Aileen Forsyth said in a statement. “That settlement has not come.”",
        "Northline shares fell 6.4% by 1030 GMT, their biggest one-day drop since March.",
        "The Department for Transport said it was “disappointed” by the decision and that it remained in talks with operators about the future of the scheme. A spokesperson said local authorities had powers to step in and fund routes they considered essential.",
        "Councils have warned that they lack the money to do so. The Local Government Association estimated in April that replacing lost commercial routes in England would cost up to 300 million pounds a year.",
        "Analysts at Harcourt Securities said the cuts would lift Northline’s operating margin by about one percentage point but risked a political backlash that could affect the company’s bids for franchised networks in large cities.",
        "The operator, which runs about 6,800 buses, employs roughly 21,000 people. It said it would seek to redeploy drivers affected by the withdrawals.",
    ]
    divs = "".join(f'<div data-testid="paragraph-{i}" class="text__text__1FZLe text__dark-grey__3Ml43 text__regular__2N1Xr text__large__nEccO body__full_width__ekUdw article-body__element__2p5pI">{t(p)}</div>\n' for i, p in enumerate(paras))
    parts = divs.split("\n")
    ad = '<div class="article-body__ad-wrapper__3eH1V" data-testid="ArticleBodyAd"><span class="ad-label">Advertisement · Scroll to continue</span></div>'
    parts.insert(3, ad)
    parts.insert(7, ad)
    body = '<div class="article-body__content__17Yit paywall-article" data-testid="ArticleBody">\n' + "\n".join(parts) + "</div>\n"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2026-06-03T10:42:18Z",
          "dateModified": "2026-06-03T13:05:51Z", "author": [{"@type": "Person", "name": "Lena Schultz"}, {"@type": "Person", "name": "Farid Haddad"}],
          "publisher": {"@type": "Organization", "name": "Markets Daily"}}
    hd = head(title + " | Markets Daily", url, "Northline Group will withdraw about 1,200 services.", site="Markets Daily", section="Autos and Transportation",
              published="2026-06-03T10:42:18Z", ld=ld)
    nav = [("World", ["Africa", "Americas", "Asia Pacific", "Europe", "Middle East", "UK"]), ("Business", ["Aerospace and Defense", "Autos and Transportation", "Energy", "Finance", "Healthcare", "Retail"]),
           ("Markets", ["Asian Markets", "Commodities", "Currencies", "Stocks", "Rates and Bonds"]), ("Sustainability", []), ("Legal", []), ("Breakingviews", []), ("Technology", [])]
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
{hd}
</head>
<body>
<header class="site-header__header__1a5O3"><a href="/" class="site-header__logo">Markets Daily</a>{megamenu(nav, "site-header__nav")}<a href="/account/register/">Register</a><a href="/account/sign-in/">Sign In</a></header>
<div class="market-ticker"><span>FTSE 100 8,412.35 +0.42%</span> <span>GBP/USD 1.2814 -0.11%</span> <span>Brent 81.40 +0.63%</span></div>
<main id="main-content"><article class="article__container__2N4Dw">
<header class="article-header__header__1TuXy"><nav class="article-header__tags"><a href="/business/autos-transportation/">Autos and Transportation</a></nav>
<h1 data-testid="Heading" class="text__heading_2__3fZVu">{t(title)}</h1>
<div class="article-header__info"><div class="info-content__author-date"><span data-testid="AuthorByline">By <a href="/authors/lena-schultz/">Lena Schultz</a> and <a href="/authors/farid-haddad/">Farid Haddad</a></span>
<time data-testid="DateLineText"><span>June 3, 2026</span><span>11:42 AM GMT+1</span><span>Updated 2 hours ago</span></time></div></div>
<div class="article-header__share"><button>Share</button><button>Save</button></div></header>
<figure><img src="/resizer/v2/bus.jpg" alt="Bus"><figcaption>A Northline bus in Leeds, Britain, March 4, 2026. REUTERS/Colin Ashworth/File Photo <a href="/licensing/">Purchase Licensing Rights</a></figcaption></figure>
{body}
<p class="sign-off__text__PU3Dp" data-testid="SignOffLine">Reporting by Lena Schultz and Farid Haddad; Editing by Mark Potter and Susan Fenwick</p>
<div class="trust-badge" data-testid="TrustBadge"><p><a href="/trust-principles/">Our Standards: The Thomson Reuters Trust Principles.</a></p><button>Opens a new tab</button></div>
<div class="read-next"><h3>Read Next</h3>{ul(["Bank of England’s Greene says rate cut debate is open", "UK house prices edge up in May, Halifax says", "Rail strikes called off after pay offer"], "", "/business/")}</div>
</article></main>
<footer class="site-footer"><p>All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.</p><p>© 2026 Markets Daily. All rights reserved</p></footer>
</body>
</html>
"""
    page("en-news-wire-divs", "news", True, "Reuters-style wire report on bus route cuts",
         "www.marketsdaily.example", url, title, ["Lena Schultz", "Farid Haddad"], "By Lena Schultz and Farid Haddad", "2026-06-03",
         ["Britain’s largest bus operator by routes, said on Wednesday",
          "Northline shares fell 6.4% by 1030 GMT",
          "Councils have warned that they lack the money to do so.",
          "It said it would seek to redeploy drivers affected by the withdrawals."],
         ["Reporting by Lena Schultz and Farid Haddad; Editing by Mark Potter",
          "Our Standards: The Thomson Reuters Trust Principles.", "Purchase Licensing Rights",
          "Advertisement · Scroll to continue", "All quotes delayed a minimum of 15 minutes."],
         html, body=["div.article-body__content__17Yit"], skip=["div.article-body__ad-wrapper__3eH1V"])


def n_broadcaster_blocks():
    url = "https://www.nbs.example/news/articles/c4g7k2m9x1qo"
    title = "Northern rail electrification delayed again, ministers confirm"
    blocks = [
        ("t", "Electrification of the main rail line between Leeds and Manchester will not be completed until 2034, three years later than planned, the government has confirmed."),
        ("t", "Rail minister Simon Haworth told MPs the delay was caused by the discovery of unstable ground in two tunnels and by a shortage of specialist engineers."),
        ("img", "Trains on the route currently run on diesel for most of the journey|Getty Images"),
        ("t", "The announcement was criticised by northern mayors, who said the region had been promised faster, cleaner trains for more than a decade."),
        ("t", "“Every delay costs passengers time and costs this region investment,” said Greater Manchester mayor Andy Kerrigan. “We were told 2031. Before that we were told 2028.”"),
        ("h", "What is changing?"),
        ("t", "The upgrade, part of a wider programme to improve links across the Pennines, includes new track, signalling and overhead wires. Some sections between Huddersfield and Stalybridge are already electrified."),
        ("t", "Mr Haworth said diesel-electric trains would continue to run on the route in the meantime and that journey times would improve in stages from 2029."),
        ("links", ""),
        ("h", "How much will it cost?"),
        ("t", "The Department for Transport said the budget remained under review. The last published estimate, in 2024, put the cost at between £9bn and £11bn."),
        ("t", "Labour’s shadow rail minister, Priya Dhillon, said the government owed passengers “a straight answer on whether the money is still there”."),
        ("t", "Network Rail said it had brought forward work on other parts of the line to make up time and would publish a revised timetable for the project in the autumn."),
    ]
    out = []
    for k, v in blocks:
        if k == "t":
            out.append(f'<div data-component="text-block" class="sc-18fde0d6-0 dlWCEZ"><p class="sc-eb7bd5f6-0 fYAfXe">{t(v)}</p></div>')
        elif k == "h":
            out.append(f'<div data-component="subheadline-block" class="sc-18fde0d6-0"><h2 class="sc-518485e5-0 bWszMR">{t(v)}</h2></div>')
        elif k == "img":
            cap, cr = v.split("|")
            out.append(f'<div data-component="image-block" class="sc-18fde0d6-0"><figure><img src="https://ichef.nbs.example/news/480/train.jpg" alt="A train"><span class="sc-a34861b-1">{cr}</span><figcaption class="sc-8a068d35-0">{t(cap)}</figcaption></figure></div>')
        else:
            out.append('<div data-component="links-block" class="sc-18fde0d6-0"><h3>Related</h3>' + ul(["Rail passengers face summer of engineering works", "Why is rail electrification so expensive?"], "", "/news/articles/") + "</div>")
    body = "\n".join(out) + "\n"
    ld = {"@context": "http://schema.org", "@type": "ReportageNewsArticle", "headline": title, "datePublished": "2026-06-03T14:02:11.000Z",
          "dateModified": "2026-06-03T15:30:40.000Z", "author": [{"@type": "Person", "name": "Aisha Patel"}], "publisher": {"@type": "NewsMediaOrganization", "name": "NBS News"}}
    hd = head(title, url, "Electrification of the line will not be completed until 2034.", site="NBS News", ld=ld, css=7000)
    html = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
{hd}
</head>
<body>
<div id="__next"><header data-testid="header-content" class="sc-f8bd8d8-0"><a href="/" class="sc-logo">NBS</a><nav class="sc-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/business">Business</a></li><li><a href="/innovation">Innovation</a></li><li><a href="/culture">Culture</a></li><li><a href="/travel">Travel</a></li><li><a href="/future-planet">Earth</a></li><li><a href="/video">Video</a></li><li><a href="/live">Live</a></li></ul></nav>
<nav class="sc-subnav"><ul><li><a href="/news/uk">UK</a></li><li><a href="/news/england">England</a></li><li><a href="/news/scotland">Scotland</a></li><li><a href="/news/wales">Wales</a></li><li><a href="/news/world">World</a></li><li><a href="/news/politics">Politics</a></li><li><a href="/news/health">Health</a></li><li><a href="/news/in_pictures">In Pictures</a></li></ul></nav><a href="/signin" class="sc-signin">Register</a><a href="/signin">Sign In</a></header>
<main id="main-content" data-testid="main-content"><article class="sc-article">
<div data-component="headline-block" class="sc-18fde0d6-0"><h1 class="sc-518485e5-0 bWszMR" id="main-heading">{t(title)}</h1></div>
<div data-component="byline-block" class="sc-18fde0d6-0"><div data-testid="byline-new"><time datetime="2026-06-03T14:02:11.000Z">2 hours ago</time><div class="sc-b42e7a8f-5"><span data-testid="byline-new-contributors"><span class="sc-b42e7a8f-7">Aisha Patel</span><span class="sc-b42e7a8f-8">Transport correspondent</span></span></div></div></div>
<div class="sc-share"><button>Share</button><button>Save</button></div>
{body}
<div data-component="tags" class="sc-18fde0d6-0"><h2>Related topics</h2><ul><li><a href="/news/topics/rail">Rail travel</a></li><li><a href="/news/topics/leeds">Leeds</a></li><li><a href="/news/topics/manchester">Manchester</a></li><li><a href="/news/topics/transport">Transport</a></li></ul></div>
<section data-testid="more-on-this-story"><h2>More on this story</h2>{ul(["Mayors demand new date for Pennine rail upgrade", "Train cancellations hit record high on northern routes"], "", "/news/articles/")}</section>
</article>
<section data-testid="top-stories"><h2>Top stories</h2>{ul(["Live: PM faces questions after ministers resign", "Heatwave alert issued for England as temperatures rise", "Football club fined over ticket pricing"], "", "/news/")}</section>
<section data-testid="elsewhere"><h2>Elsewhere on the NBS</h2>{ul(["The village that bought its own pub", "Why bees are arriving early this spring"], "", "/future/")}</section>
</main>
<footer class="sc-footer"><p>Copyright 2026 NBS. All rights reserved. The NBS is not responsible for the content of external sites. Read about our approach to external linking.</p></footer>
</div>
</body>
</html>
"""
    page("en-news-broadcaster-blocks", "news", True, "UK broadcaster news report on rail delay",
         "www.nbs.example", url, title, ["Aisha Patel"], "Aisha Patel Transport correspondent", "2026-06-03",
         ["Electrification of the main rail line between Leeds and Manchester",
          "What is changing?", "How much will it cost?",
          "The last published estimate, in 2024, put the cost at",
          "would publish a revised timetable for the project in the autumn."],
         ["Rail passengers face summer of engineering works", "Related topics", "More on this story",
          "Heatwave alert issued for England as temperatures rise",
          "The NBS is not responsible for the content of external sites."],
         html, body=["article.sc-article"], skip=["div[data-component=headline-block]", "div[data-component=byline-block]", "div.sc-share",
                                             "div[data-component=image-block]", "div[data-component=links-block]", "div[data-component=tags]",
                                             "section[data-testid=more-on-this-story]"])


def n_live_blog():
    url = "https://www.gnn.example/us/live-news/cedar-ridge-wildfire-evacuations-06-03-26"
    title = "Live updates: Cedar Ridge wildfire forces thousands to evacuate in Northern California"
    entries = [
        ("3:45 p.m. ET", "Evacuation zone expanded to include parts of Grass Valley", "Maya Chen",
         ["Sheriff’s officials have expanded mandatory evacuation orders to include neighborhoods on the eastern edge of Grass Valley, bringing the number of residents under orders to about 14,000.",
          "Deputies are going door to door on Brunswick Road, a spokesperson said. An evacuation center has opened at the county fairgrounds."]),
        ("2:58 p.m. ET", "Fire has grown to 9,400 acres with 5% containment", "Luis Ortega",
         ["The Cedar Ridge Fire has burned about 9,400 acres since it started Tuesday afternoon, fire officials said at a briefing. Containment stands at 5%.",
          "Gusty winds of up to 35 mph pushed the fire across a ridge overnight, officials said. More than 900 firefighters are assigned to the blaze."]),
        ("1:30 p.m. ET", "Governor declares state of emergency for Nevada County", "Sam Whitfield",
         ["Gov. Teresa Albano declared a state of emergency for Nevada County, freeing up state resources for firefighting and evacuation support.",
          "“We are throwing everything we have at this fire,” Albano said in a statement."]),
        ("12:05 p.m. ET", "What we know about the cause", "Maya Chen",
         ["Investigators have not determined what started the fire. Utility company Sierra Valley Power said it was reviewing whether any of its equipment was involved, as it does routinely after fires in its service area."]),
    ]
    arts = []
    for i, (tm, h, a, pp) in enumerate(entries):
        tweet = ""
        if i == 1:
            tweet = ('<div class="live-post__embed"><blockquote class="twitter-tweet"><p lang="en" dir="ltr">Smoke column from the Cedar Ridge Fire visible from Sacramento this afternoon.</p>'
                     '— CAL FIRE Nevada-Yuba-Placer (@CALFIRENEU) <a href="https://x.example/CALFIRENEU/status/1">June 3, 2026</a></blockquote></div>\n')
        arts.append(f'<article class="live-story-post" data-post-id="p{i}"><header class="live-story-post__header"><time class="live-story-post__timestamp">{tm}</time>'
                    f'<h2 class="live-story-post__headline">{t(h)}</h2><p class="live-story-post__byline">From GNN’s {a}</p></header>'
                    f'<div class="live-story-post__body">{ps(pp)}{tweet}</div><div class="live-story-post__share"><button>Link Copied!</button></div></article>\n')
        if i == 1:
            arts.append('<div class="ad-slot-rail ad-feature"><span>Advertisement</span><p>Ad Feedback</p></div>\n')
    body = '<div class="live-story__items-container">\n' + "".join(arts) + "</div>\n"
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": title, "coverageStartTime": "2026-06-03T10:02:00-04:00",
          "datePublished": "2026-06-03T10:02:00-04:00", "dateModified": "2026-06-03T15:45:00-04:00",
          "author": [{"@type": "Person", "name": n} for n in ["Maya Chen", "Luis Ortega", "Sam Whitfield"]],
          "publisher": {"@type": "Organization", "name": "GNN"}}
    hd = head(title + " | GNN", url, "Follow the latest on the Cedar Ridge Fire.", og_title="Cedar Ridge Fire: Live updates", site="GNN", ld=ld, css=6000)
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
{hd}
</head>
<body class="layout-live-story">
<header class="header"><a href="/" class="header__logo">GNN</a>{megamenu([("US", ["Crime + Justice", "Energy + Environment", "Extreme Weather", "Space + Science"]), ("World", ["Africa", "Americas", "Asia", "Europe"]), ("Politics", ["Congress", "Supreme Court", "2026 Elections"]), ("Business", ["Tech", "Media", "Markets"]), ("Health", []), ("Entertainment", []), ("Video", []), ("Audio", [])], "header__nav")}<a href="/account/log-in">Log In</a></header>
<main class="layout__main"><div class="headline__wrapper"><div class="live-story__label">LIVE UPDATES</div><h1 id="maincontent" class="headline__text">{t(title)}</h1></div>
<div class="headline__footer"><div class="byline__names">By <span>Maya Chen</span>, <span>Luis Ortega</span> and <span>Sam Whitfield</span>, GNN</div>
<div class="timestamp">Updated 3:45 p.m. ET, June 3, 2026</div></div>
<div class="video-resource sticky-video"><span class="video-resource__headline">Video: Aerial footage shows scale of Cedar Ridge Fire</span><span class="video-resource__duration">01:12</span><button>Close</button></div>
<div class="live-story__key-points"><h2>What we’re covering</h2><ul><li>A fast-moving wildfire in Nevada County has forced about 14,000 people to leave their homes.</li><li>The fire is 5% contained.</li></ul></div>
<div class="live-story">
{body}
</div>
<div class="related-content"><h3>Related article</h3>{ul(["How to prepare a go-bag before wildfire season", "Map: Where fires are burning in the West"], "", "/2026/06/02/weather/")}</div>
<div class="feedback"><p>Ad Feedback</p></div>
</main>
<footer class="footer"><p>© 2026 GNN. Global News Network, Inc. All Rights Reserved.</p><a href="/terms">Terms of Use</a> <a href="/privacy">Privacy Policy</a> <a href="/ad-choices">Ad Choices</a></footer>
</body>
</html>
"""
    page("en-news-live-blog", "news", True, "live blog of wildfire evacuations",
         "www.gnn.example", url, title, ["Maya Chen", "Luis Ortega", "Sam Whitfield"], "By Maya Chen, Luis Ortega and Sam Whitfield, GNN", "2026-06-03",
         ["Evacuation zone expanded to include parts of Grass Valley",
          "Sheriff’s officials have expanded mandatory evacuation orders",
          "Gusty winds of up to 35 mph pushed the fire across",
          "Gov. Teresa Albano declared a state of emergency for Nevada County",
          "as it does routinely after fires in its service area."],
         ["Aerial footage shows scale of Cedar Ridge Fire", "Ad Feedback", "Link Copied!",
          "How to prepare a go-bag before wildfire season", "Global News Network, Inc. All Rights Reserved."],
         html, body=["div.live-story__items-container"], skip=["div.ad-slot-rail", "div.live-story-post__share", "div.live-story-post__embed"])


def n_gannett():
    url = "https://www.lakeshoreregister.example/story/news/local/2026/06/03/marlow-paper-mill-closing-300-jobs/73944812007/"
    title = "Marlow paper mill to close in August, ending 300 jobs and 112 years of production"
    P = 'class="gnt_ar_b_p"'
    rel = lambda h: f'<p {P}><strong>RELATED:</strong> <a href="/story/news/local/2026/05/{len(h) % 30 + 1}/x/" data-t-l="|inline|intext|n/a">{t(h)}</a></p>\n'
    paras = [
        "MARLOW — The Harmon Fiber paper mill on the Cedar River will close Aug. 28, eliminating about 300 jobs and ending more than a century of papermaking in this town of 9,000, the company told employees Tuesday.",
        "Harmon Fiber, which bought the mill in 2017, said in a notice filed with the state labor department that falling demand for coated paper and rising energy costs made the plant unprofitable. The company will keep a small warehouse operation with about 20 workers through the end of the year.",
        "“This is the hardest announcement we have had to make,” plant manager Dale Sorensen said in a letter to employees, which was shared with the Register. “The people of this mill have done everything we asked of them.”",
    ]
    paras2 = [
        "The mill opened in 1914 and at its peak in the 1970s employed more than 1,100 people. For decades it was the largest taxpayer in Marlow, and its steam whistle still marks shift changes that residents can hear across town.",
        "Mayor Joan Pettibone said the city had been warned earlier this year that the mill’s future was uncertain but had hoped for a buyer. She said the city would ask the state for help retraining workers and would look at whether the riverfront site could be redeveloped.",
        "Union officials said they would negotiate severance terms. Local 482 of the paperworkers union represents about 240 of the mill’s hourly employees.",
        "“A lot of these folks are third-generation,” said union president Tony Kowalczyk. “Their grandfathers worked the same machines.”",
    ]
    paras3 = [
        "The closing is the fourth of a paper mill in the state since 2020. State economic development officials said a rapid response team would hold meetings with workers next week.",
    ]
    ad = '<aside class="gnt_em gnt_em__el" aria-label="advertisement"><div class="gnt_em_gl_i">Advertisement</div></aside>\n'
    tip = '<div class="gnt_ar_b_cta"><p>Have a news tip? Email us at newstips@lakeshoreregister.example.</p></div>\n'
    body = ('<div class="gnt_ar_b" aria-label="Article body">\n' + ps(paras, P) + ad + rel("Harmon Fiber warned of mill’s uncertain future in March") + ps(paras2[:2], P)
            + ad + rel("Cedar River cleanup: what happens to old industrial sites?") + ps(paras2[2:], P) + ps(paras3, P)
            + f'<p {P}><strong>Correction:</strong> {t("An earlier version of this story gave the wrong year for when Harmon Fiber bought the mill. It was 2017.")}</p>\n'
            + f'<p {P}><em>{t("Contact Rachel Lindgren at rlindgren@lakeshoreregister.example or 555-0142. Follow her on X @rlindgren.")}</em></p>\n'
            + "</div>\n")
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2026-06-03T06:00:00-04:00",
          "dateModified": "2026-06-04T09:12:00-04:00", "author": [{"@type": "Person", "name": "Rachel Lindgren"}],
          "publisher": {"@type": "Organization", "name": "Lakeshore Register"}}
    hd = head(title, url, "Harmon Fiber will close the Marlow mill Aug. 28.", site="Lakeshore Register", section="news", published="2026-06-03T06:00:00-04:00",
              modified="2026-06-04T09:12:00-04:00", ld=ld)
    html = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
{hd}
</head>
<body class="gnt_pr">
<header class="gnt_n"><a class="gnt_n_logo" href="/">Lakeshore Register</a><nav class="gnt_n_mn">{"".join(f'<a class="gnt_n_mn_l" href="/{x.lower()}/">{x}</a>' for x in ["News", "Sports", "Entertainment", "Life", "Opinion", "Obituaries", "Legals", "eNewspaper", "Help"])}</nav>
<a class="gnt_n_us" href="/subscribe/">Subscribe</a><a href="/login/">Sign In</a></header>
<main class="gnt_cw"><article class="gnt_pr">
<h1 class="gnt_ar_hl" elementtiming="ar-headline">{t(title)}</h1>
<div class="gnt_ar_by"><a class="gnt_ar_by_a" href="/staff/rachel-lindgren/">Rachel Lindgren</a><div class="gnt_ar_pb">Lakeshore Register</div></div>
<div class="gnt_ar_dt" aria-label="Published 6:00 a.m. ET June 3, 2026 | Updated 9:12 a.m. ET June 4, 2026">Published 6:00 a.m. ET June 3, 2026 | Updated 9:12 a.m. ET June 4, 2026</div>
<div class="gnt_ss"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">Email</a></div>
<figure class="gnt_em gnt_em__fp"><img src="/gcdn/presto/2026/06/03/mill.jpg" alt="Mill"><figcaption class="gnt_em_fp_c">The Harmon Fiber paper mill in Marlow on June 2, 2026. <span class="gnt_em_fp_c_cr">Rachel Lindgren/Lakeshore Register</span></figcaption></figure>
{body}
{tip}
<div class="gnt_rr"><h3>Keep reading</h3>{ul(teasers(15, 5), "", "/story/news/local/2026/06/")}</div>
</article></main>
<footer class="gnt_f"><p>© 2026 www.lakeshoreregister.example. All rights reserved.</p><a href="/terms/">Terms of Service</a> <a href="/privacy/">Privacy Notice</a> <a href="/privacy/#california">Your California Privacy Rights</a> <a href="/sitemap/">Site Map</a><p>Part of the USA TODAY NETWORK</p></footer>
</body>
</html>
"""
    page("en-news-gannett", "news", True, "local news report on mill closure",
         "www.lakeshoreregister.example", url, title, ["Rachel Lindgren"], "Rachel Lindgren Lakeshore Register", "2026-06-03",
         ["The Harmon Fiber paper mill on the Cedar River will close",
          "The mill opened in 1914 and at its peak in the 1970s",
          "Union officials said they would negotiate severance terms.",
          "The closing is the fourth of a paper mill in the state",
          "An earlier version of this story gave the wrong year"],
         ["RELATED:", "Harmon Fiber warned of mill’s uncertain future in March",
          "Contact Rachel Lindgren at rlindgren@lakeshoreregister.example",
          "Have a news tip? Email us at newstips@lakeshoreregister.example.",
          "Part of the USA TODAY NETWORK"],
         html, body=["div.gnt_ar_b"], skip=["aside", "strong", "a[data-t-l]", "em"])


def n_blox():
    url = "https://cedarvalleygazette.example/news/local/county-approves-jail-medical-unit/article_2b7f9e30-5f44-11f0-8c1d-2b9e7a3f4d11.html"
    title = "County approves $4.2 million for jail medical unit after two deaths"
    p1 = ["Black Hawk County supervisors voted 4-1 on Tuesday to spend $4.2 million on a medical unit at the county jail, a year after two inmates died of conditions that a state review said should have been caught earlier.",
          "The unit will add eight beds, a pharmacy room and space for round-the-clock nursing staff. Construction is expected to begin in October and take about a year."]
    p2 = ["Sheriff Tom Keller told supervisors the jail now houses many more people with serious medical and mental health needs than it was designed for. “We are running a small hospital in a building that was never meant to be one,” he said.",
          "Supervisor Linda Ochs, who cast the only no vote, said she supported better care but wanted the county to first seek bids from outside health providers. “We should know what it costs to contract this out before we pour concrete,” she said.",
          "The state review, released in February, found that jail staff had not followed up on abnormal test results for one of the inmates and that the jail lacked a written policy for transferring sick inmates to a hospital.",
          "The county has since hired two additional nurses and signed an agreement with MercyOne for telehealth consultations at night.",
          "The money will come from the county’s share of federal opioid settlement funds and from reserves, county finance director Mark Bauer said. No property tax increase is planned for the project."]
    ads = '<div class="tnt-ads-container hidden-print"><div id="tncms-region-article_instory_top" class="tncms-region"><span>Advertisement</span></div></div>\n'
    signup = ('<div class="tnt-inline-newsletter"><h4>Get local news delivered to your inbox!</h4><p>Subscribe to our Daily Headlines newsletter.</p><form><input type="email"><button>Sign up!</button></form></div>\n')
    regwall = ('<div class="subscriber-offer tnt-regwall"><h4>Support local journalism</h4><p>Only $3 for 3 months. Save 94%. Subscribe now and get unlimited access.</p><a href="/subscribe/">Subscribe</a></div>\n')
    body = ('<div id="article-body" itemprop="articleBody" class="asset-content subscriber-premium">\n<div class="subscriber-preview">\n' + ps(p1) + "</div>\n"
            + ads + regwall + '<div class="subscriber-only encrypted-content">\n' + ps(p2[:2]) + signup + ps(p2[2:]) + "</div>\n</div>\n")
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2026-06-02T21:30:00-05:00",
          "author": [{"@type": "Person", "name": "Emily Castro"}], "publisher": {"@type": "Organization", "name": "Cedar Valley Gazette"}}
    hd = head(title + " | Local News | cedarvalleygazette.example", url, "Supervisors voted 4-1 on the jail medical unit.", site="Cedar Valley Gazette",
              section="Local News", ld=ld, published="2026-06-02T21:30:00-05:00")
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
{hd}
</head>
<body class="tn-asset">
<div id="site-top-nav"><ul><li>Today’s e-Edition</li><li><a href="/weather/">81° Sunny</a></li><li><a href="/users/login/">Log In</a></li><li><a href="/subscribe/">Subscribe</a></li></ul></div>
<header id="site-header"><a href="/" class="logo">Cedar Valley Gazette</a>{megamenu([("News", ["Local", "Crime and Courts", "Education", "Iowa", "Nation and World"]), ("Sports", ["Prep", "Panthers", "Hawkeyes", "Cyclones"]), ("Business", []), ("Obituaries", []), ("Opinion", ["Editorials", "Columns", "Letters"]), ("Entertainment", []), ("Classifieds", ["Jobs", "Homes", "Autos"])], "navbar")}</header>
<div class="breaking-news-bar"><strong>Breaking News</strong> <a href="/news/local/">Waterloo police investigate shooting on Newell Street</a></div>
<main id="main-page-container"><article class="asset-article">
<header class="asset-header"><ol class="breadcrumb"><li><a href="/news/">News</a></li><li><a href="/news/local/">Local News</a></li></ol>
<h1 class="headline" itemprop="headline"><span class="asset-headline">{t(title)}</span></h1>
<ul class="list-inline asset-byline"><li><span itemprop="author" class="tnt-byline">By <a href="/users/profile/ecastro/">Emily Castro</a></span> <span class="tnt-user-title">Staff Writer</span></li>
<li><time datetime="2026-06-02T21:30:00-05:00">Jun 2, 2026</time></li><li>Updated 13 hrs ago</li></ul>
<div class="share-container"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a> <a href="#">Print</a> <a href="#">Save</a></div></header>
<figure class="photo"><img src="/content/tncms/assets/v3/editorial/jail.jpg" alt="Jail"><figcaption><span class="caption-text">The Black Hawk County Jail in Waterloo.</span> <span class="tnt-byline">EMILY CASTRO, Gazette</span></figcaption></figure>
{body}
<div class="tnt-asset-tags"><ul class="list-inline"><li><a href="/search/?t=jail">Jail</a></li><li><a href="/search/?t=supervisors">Board of Supervisors</a></li></ul></div>
<div class="author-card"><h4>Emily Castro</h4><p>Reporter</p><p>Emily Castro covers Black Hawk County government and courts.</p><a href="mailto:ecastro@cedarvalleygazette.example">Email</a></div>
</article>
<aside><h3>Most Popular</h3>{ul(teasers(22, 6), "", "/news/local/")}</aside></main>
<footer id="site-footer"><p>© Copyright 2026 Cedar Valley Gazette, 100 E. Fourth St. Waterloo, IA | Terms of Use | Privacy Policy</p><p>Powered by BLOX Content Management System from TownNews.com.</p></footer>
</body>
</html>
"""
    page("en-news-blox-regwall", "news", True, "county government news report",
         "cedarvalleygazette.example", url, title, ["Emily Castro"], "By Emily Castro Staff Writer", "2026-06-02",
         ["Black Hawk County supervisors voted 4-1 on Tuesday to spend",
          "Construction is expected to begin in October and take about a year.",
          "Supervisor Linda Ochs, who cast the only no vote",
          "The state review, released in February, found that jail staff",
          "No property tax increase is planned for the project."],
         ["Support local journalism", "Only $3 for 3 months.", "Get local news delivered to your inbox!",
          "covers Black Hawk County government and courts.", "Waterloo police investigate shooting on Newell Street"],
         html, body=["div#article-body"], skip=["div.tnt-ads-container", "div.tnt-regwall", "div.tnt-inline-newsletter"])
