"""News pages, continued: McClatchy, Arc XP sections, tabloid, explainer, analysis, tech, AU, India, Ireland, network."""
from lib import t, ps, ul, megamenu, head, page, teasers, jsonld, sq

NAV = [("News", ["Local", "State", "Nation", "World", "Politics", "Crime", "Education"]), ("Sports", ["Local", "College", "Pro"]),
       ("Business", ["Real Estate", "Economy", "Jobs"]), ("Opinion", ["Editorials", "Columns", "Letters"]), ("Entertainment", ["Food", "Music", "Arts"]),
       ("Obituaries", []), ("Weather", [])]


def n_mcclatchy():
    url = "https://www.riverbendstar.example/news/local/article302251190.html"
    title = "After 40 years, Riverbend’s last drive-in theater will show its final film"
    paras = [
        "The Starlite Drive-In on Old Mill Road will close after its last screening on Labor Day weekend, owner Beverly Tran said Monday, ending four decades of double features in a field that will soon become a distribution warehouse.",
        "Tran, 71, bought the drive-in with her late husband in 1986, when it was one of five in the county. She said the decision to sell was hers alone and came after two summers in which attendance never recovered to its pre-pandemic level.",
        "“I kept telling myself one more season,” she said. “But the projector is older than my grandchildren, and the roof on the snack bar leaks. At some point you have to be honest.”",
        "The buyer, a logistics company based in Charlotte, has applied to rezone the 14-acre site for industrial use. The county planning commission is scheduled to consider the request in July.",
        "Regulars have started a petition asking the county to preserve the screen tower, a 1950s structure painted with a faded sunset. By Monday evening it had about 2,300 signatures.",
        "“My parents had their first date here. I had mine here,” said Darnell Hughes, 38, who brought his two children to a showing last weekend. “It is one of the few places left where the whole family can do something together for the price of a pizza.”",
        "The Starlite will show a different double feature every weekend through the summer, Tran said, and the final night will be free.",
    ]
    rm = lambda h: f'<p class="read-more"><strong>READ MORE:</strong> <a href="/news/local/article3022{len(h)}.html">{t(h)}</a></p>\n'
    ad = '<div class="ad-container flex-ad"><div class="ad-label">ADVERTISEMENT</div></div>\n'
    body = ('<div class="story-body" id="story-body">\n' + ps(paras[:2]) + ad + rm("The best summer movie nights in and around Riverbend") + ps(paras[2:5]) + ad
            + rm("Riverbend warehouse boom: What’s being built and where") + ps(paras[5:])
            + f'<p class="editors-note">{t("Editor’s note: This story has been updated to correct the year the Tran family bought the Starlite.")}</p>\n'
            + "</div>\n")
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2026-06-01T17:20:00-04:00",
          "dateModified": "2026-06-02T16:41:00-04:00", "author": {"@type": "Person", "name": "Carla Nguyen"}, "publisher": {"@type": "Organization", "name": "The Riverbend Star"}}
    hd = head(title + " | Riverbend Star", url, "The Starlite Drive-In will close after Labor Day weekend.", site="The Riverbend Star", ld=ld, css=6000)
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
{hd}
</head>
<body class="story-page">
<header class="masthead"><a href="/" class="logo">The Riverbend Star</a><a href="/subscribe">Subscribe</a> <a href="/login">Log in</a>{megamenu(NAV, "nav-menu")}</header>
<main><article class="story-body-wrapper">
<div class="header"><div class="kicker"><a href="/news/local/">Local</a></div><h1 class="h1">{t(title)}</h1>
<div class="byline">By <a href="/profile/cnguyen">Carla Nguyen</a><span class="byline-role">Special to the Riverbend Star</span></div>
<div class="time">Updated June 02, 2026 4:41 PM</div>
<div class="share-tools"><a href="#">Facebook</a><a href="#">X</a><a href="#">Email</a></div></div>
<figure><img src="/latest-news/drivein.jpg" alt="Screen"><figcaption>The screen tower at the Starlite Drive-In on May 30, 2026. Carla Nguyen <em>Special to the Riverbend Star</em></figcaption></figure>
{body}
<div class="news-tip"><h4>Have a news tip?</h4><p>Contact the Riverbend Star newsroom at tips@riverbendstar.example.</p></div>
<div class="related-stories"><h3>Related stories from The Riverbend Star</h3>{ul(["Riverbend’s oldest diner changes hands", "County approves rezoning for second warehouse park"], "", "/news/local/")}</div>
<div class="taboola"><h3>You May Like</h3>{ul(["Here’s What New Gutter Guards Should Cost You In 2026", "Top Surgeon: How To Empty Your Bowels Every Morning"], "", "https://trc.taboola.example/")}</div>
</article></main>
<footer><p>Copyright 2026 The Riverbend Star. All rights reserved.</p></footer>
</body>
</html>
"""
    page("en-news-mcclatchy", "news", True, "local news about drive-in theater closing",
         "www.riverbendstar.example", url, title, ["Carla Nguyen"], "By Carla Nguyen Special to the Riverbend Star", "2026-06-01",
         ["The Starlite Drive-In on Old Mill Road will close",
          "The buyer, a logistics company based in Charlotte, has applied",
          "Regulars have started a petition asking the county",
          "and the final night will be free.",
          "This story has been updated to correct the year"],
         ["READ MORE:", "The best summer movie nights in and around Riverbend", "Have a news tip?",
          "Related stories from The Riverbend Star", "Here’s What New Gutter Guards Should Cost You"],
         html, body=["div.story-body"], skip=["div.ad-container", "p.read-more"])


def n_arc_sections():
    url = "https://www.baycitytrib.example/news/2026/06/03/ferry-terminal-reopens-after-repairs/"
    title = "Downtown ferry terminal reopens after 14 months of repairs"
    secs = [
        ["The downtown ferry terminal reopened to passengers Wednesday morning, 14 months after a barge collision damaged the main loading ramp and forced commuters onto buses for the trip across the bay.",
         "The first boat, the 6:10 a.m. to Harbor Point, left with about 180 passengers aboard, many of whom said they had been counting the days."],
        ["“I have spent a year on that bus,” said Lorena Vasquez, a hospital technician who commutes from the east shore. “Forty minutes each way in traffic, when the boat takes twenty. Today I got my mornings back.”",
         "The Bay City Ferry Authority said repairs cost $23.6 million, about $5 million more than first estimated, largely because divers found corrosion in pilings that had not been inspected since the 1990s. Insurance for the barge operator is expected to cover about half."],
        ["Service will run on a reduced schedule for the first two weeks while crews finish work on a second ramp. Full weekday service, with boats every 20 minutes at peak hours, is scheduled to resume June 17.",
         "Ridership on the route fell by about 60% during the closure, according to authority figures. Officials said they hoped to win back commuters with a month of half-price fares."],
        ["Board chair Dennis Okoro said the authority would begin inspecting all of its pilings every five years instead of every ten. “We were lucky nobody was hurt,” he said. “We are not going to rely on luck again.”"],
    ]
    rec = ('<div class="recommended-stories" data-type="recommended"><h3>Recommended</h3>' + ul(["Barge collision closes ferry terminal indefinitely", "Ferry fares to rise 25 cents in January"], "", "/news/2026/") + "</div>\n")
    ad = '<div class="arcad" data-ad-type="inline"><span class="arcad-label">ADVERTISEMENT</span></div>\n'
    out = []
    for i, pp in enumerate(secs):
        out.append(f'<div class="article-body__section" data-section="{i}">\n' + ps(pp, 'class="b-paragraph"') + "</div>\n")
        if i == 0:
            out.append(ad)
        if i == 1:
            out.append(rec)
        if i == 2:
            out.append(ad)
    body = '<div class="article-body">\n' + "".join(out) + "</div>\n"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2026-06-03T09:14:00-07:00",
          "dateModified": "2026-06-03T11:30:00-07:00", "author": [{"@type": "Person", "name": "Nora Feld"}, {"@type": "Person", "name": "Jamal Ruiz"}],
          "publisher": {"@type": "Organization", "name": "Bay City Tribune"}}
    hd = head(title + " – Bay City Tribune", url, "The terminal reopened 14 months after a barge collision.", site="Bay City Tribune", section="News", ld=ld, css=6000)
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
{hd}
</head>
<body>
<div id="fusion-app"><header class="b-header-nav-chain"><a href="/" class="b-header-nav-chain__logo">Bay City Tribune</a>{megamenu(NAV, "b-header-nav-chain__menu")}<a href="/subscribe/">Subscribe</a></header>
<div class="b-alert-bar"><a href="/news/2026/06/03/">Live: Power outages across the east shore after storm</a></div>
<main class="b-main"><article class="b-article">
<div class="b-overline"><a href="/news/">News</a></div>
<h1 class="b-headline">{t(title)}</h1>
<p class="b-subheadline">Commuters return to the water as the ferry authority promises more frequent inspections</p>
<div class="b-date"><time datetime="2026-06-03T09:14:00-07:00">June 3, 2026 at 9:14 a.m.</time></div>
<div class="b-share"><button>Share</button></div>
<div class="b-video-player sticky" data-sticky="true"><p class="b-video-player__title">Watch: First ferry leaves downtown terminal</p><button>Close</button></div>
{body}
<div class="b-tags">{"".join(f'<a href="/tags/{x}/">{x}</a> ' for x in ["ferry", "transportation", "commute"])}</div>
</article>
<aside class="b-right-rail"><h3>Most Popular</h3>{ul(teasers(26, 5), "", "/news/")}</aside></main>
<footer class="b-footer"><p>Copyright © 2026 Bay City Tribune. All rights reserved.</p></footer></div>
</body>
</html>
"""
    page("en-news-arc-sections", "news", True, "local transport news, ferry terminal reopening",
         "www.baycitytrib.example", url, title, ["Nora Feld", "Jamal Ruiz"], None, "2026-06-03",
         ["Commuters return to the water as the ferry authority promises",
          "The downtown ferry terminal reopened to passengers Wednesday morning",
          "The Bay City Ferry Authority said repairs cost $23.6 million",
          "Full weekday service, with boats every 20 minutes at peak hours",
          "We are not going to rely on luck again."],
         ["Barge collision closes ferry terminal indefinitely", "Watch: First ferry leaves downtown terminal",
          "Power outages across the east shore after storm", "ADVERTISEMENT", "Ferry fares to rise 25 cents in January"],
         html, body=["p.b-subheadline", "div.article-body"], skip=["div.arcad", "div.recommended-stories"])


def n_tabloid():
    url = "https://www.dailybeacon.example/news/uk-news/exclusive-celebrity-chef-neighbours-row-extractor-fan-30291847"
    title = "Celebrity chef Rory Blaine’s neighbours in fury over ‘jet engine’ restaurant extractor fan"
    paras = [
        "Neighbours of TV chef Rory Blaine say the extractor fan at his new restaurant is so loud it sounds like “a jet engine taking off” every evening.",
        "Residents of a quiet Georgian terrace in Bath have complained to the council about the noise from Blaine’s 80-cover restaurant, Ember and Salt, which opened in April.",
        "Retired teacher Margaret Hollis, 74, who lives next door, told the Beacon: “From five o’clock until gone midnight it roars. I have not slept properly since Easter. I used to love his programmes. Now I cannot stand the sight of him.”",
        "Another neighbour, who asked not to be named, said windows in her flat vibrate when the fan is running. “We have asked politely three times. Nothing has changed,” she said.",
        "Council records show that environmental health officers visited the site in May and asked the restaurant to fit an acoustic enclosure around the fan.",
        "A spokesperson for Blaine said: “Rory and the team take our neighbours’ concerns very seriously. We have commissioned a specialist to install new sound insulation, and that work will be completed this month.”",
        "Blaine, 46, found fame on the cookery show Fire and Knife and has since opened four restaurants across the South West.",
        "Bath and North East Somerset Council said it was “continuing to work with the business to resolve the complaints”.",
    ]
    rm = lambda h: f'<div class="read-more-links"><strong>READ MORE:</strong> <a href="/news/celebs/{len(h)}">{t(h)}</a></div>\n'
    tw = ('<div class="embed-twitter"><blockquote class="twitter-tweet"><p>Loving the first week at Ember and Salt. Thank you Bath! 🔥</p>— Rory Blaine (@RoryBlaineChef) April 12, 2026</blockquote></div>\n')
    img = lambda c: f'<figure class="in-article-image"><img src="/incoming/article.jpg" alt=""><figcaption><span class="caption">{t(c)}</span> <span class="credit">(Image: Beacon Pictures)</span></figcaption></figure>\n'
    nl = ('<div class="newsletter-signup-inline"><p>Get the biggest daily stories by signing up to our newsletter here</p><form><input type="email"><button>Subscribe</button></form></div>\n')
    ad = '<div class="ad-placeholder mpu"><span>Advertisement</span></div>\n'
    body = ('<div class="article-body" itemprop="articleBody">\n' + ps(paras[:2]) + img("Rory Blaine at the opening of Ember and Salt in April") + ps(paras[2:3]) + rm("Rory Blaine reveals heartbreak behind TV exit")
            + ad + ps(paras[3:5]) + tw + nl + ps(paras[5:7]) + rm("Inside the quiet Bath street at the centre of a noise row") + ad + ps(paras[7:]) + "</div>\n")
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2026-06-03T10:05:00+01:00",
          "dateModified": "2026-06-03T14:32:00+01:00", "author": {"@type": "Person", "name": "Jade Whitlock"}, "publisher": {"@type": "Organization", "name": "Daily Beacon"}}
    hd = head(title + " - Daily Beacon", url, "Neighbours say the fan sounds like a jet engine.", og_title="Rory Blaine’s neighbours in fury over ‘jet engine’ extractor fan",
              site="Daily Beacon", section="UK News", published="2026-06-03T10:05:00+01:00", ld=ld, css=9000)
    nav = [("News", ["UK News", "World News", "Politics", "Crime", "Weather", "Royals"]), ("Showbiz", ["Celebs", "TV", "Soaps", "Reality TV"]), ("Sport", ["Football", "Boxing", "Racing", "F1"]),
           ("Money", ["Shopping", "Deals", "Energy Bills"]), ("Lifestyle", ["Health", "Travel", "Cars", "Fashion"]), ("Puzzles", []), ("Bingo", []), ("Dating", [])]
    html = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
{hd}
</head>
<body>
<div class="top-bar"><a href="/">Daily Beacon</a> <a href="/account">Sign in</a> <a href="/newsletters">Newsletters</a></div>
<header class="mega-header">{megamenu(nav, "mega-nav")}</header>
<div class="trending-bar"><span>Trending:</span> <a href="/tags/heatwave/">Heatwave</a> <a href="/tags/love-island/">Love Island</a> <a href="/tags/royal-family/">Royal Family</a> <a href="/tags/euros/">Euro 2026</a></div>
<main><article class="article-main">
<div class="article-kicker"><span class="flag exclusive">EXCLUSIVE</span></div>
<h1 class="headline">{t(title)}</h1>
<p class="lead-text">Neighbours say the roar from the Bath restaurant begins at 5pm and does not stop until after midnight</p>
<div class="article-information"><div class="author"><a href="/authors/jade-whitlock/">Jade Whitlock</a> <span class="author-job">News Reporter</span></div>
<div class="time-info"><span>Updated</span> <time datetime="2026-06-03T14:32:00+01:00">14:32, 3 Jun 2026</time></div></div>
<div class="social-bar"><a href="#">Facebook</a><a href="#">X</a><a href="#">WhatsApp</a><a href="#comments">Comments (142)</a></div>
<figure class="lead-image"><img src="/incoming/lead.jpg" alt=""><figcaption>Neighbours have complained about the noise <span class="credit">(Image: Getty Images)</span></figcaption></figure>
{body}
<section id="comments" class="comments-block"><h3>Comments</h3><p>Comments (142) | Most popular</p></section>
<div id="taboola-below-article-thumbnails" class="taboola"><h3>Promoted Stories</h3>{ul(["Brits With Sky Are In For A Big Surprise", "This Gadget Cuts Energy Bills In Half", "Here Is Why Doctors Recommend This Pillow"], "", "https://trc.taboola.example/")}</div>
<div class="more-on"><h3>More On</h3><a href="/tags/rory-blaine/">Rory Blaine</a> <a href="/tags/bath/">Bath</a> <a href="/tags/restaurants/">Restaurants</a></div>
</article>
<aside class="sidebar"><h3>Most Read</h3>{ul(["Love Island star reveals secret romance", "Heatwave to hit 33C as Met Office issues warning", "Pensioners told to check bank accounts now", "Prince spotted at village fete"], "", "/news/")}</aside></main>
<footer class="site-footer"><p>Daily Beacon is part of Beacon Media Ltd. © 2026 Beacon Media Ltd. All rights reserved.</p></footer>
</body>
</html>
"""
    page("en-news-tabloid", "news", True, "tabloid news story about neighbour complaints",
         "www.dailybeacon.example", url, title, ["Jade Whitlock"], "Jade Whitlock News Reporter", "2026-06-03",
         ["Neighbours say the roar from the Bath restaurant begins at 5pm",
          "Neighbours of TV chef Rory Blaine say the extractor fan",
          "Council records show that environmental health officers visited",
          "has since opened four restaurants across the South West.",
          "continuing to work with the business to resolve the complaints"],
         ["Rory Blaine reveals heartbreak behind TV exit", "Get the biggest daily stories by signing up",
          "(Image: Beacon Pictures)", "Promoted Stories", "Pensioners told to check bank accounts now", "EXCLUSIVE"],
         html, body=["p.lead-text", "div.article-body"], skip=["div.read-more-links", "figure", "div.newsletter-signup-inline", "div.ad-placeholder", "div.embed-twitter"])


def n_explainer():
    url = "https://www.thedailyledger.example/news/2026/06/03/20mph-default-speed-limit-explained/"
    title = "What is the new 20mph rule and where does it apply? Your questions answered"
    qs = [
        (None, ["From next April, the default speed limit on most residential streets in England will fall from 30mph to 20mph, the Department for Transport has announced. Here is what the change means for drivers, cyclists and councils."]),
        ("What exactly is changing?", ["At the moment, a road with street lights is assumed to have a 30mph limit unless signs say otherwise. Under the new rules, that default becomes 20mph on restricted roads in built-up areas.",
                                       "Councils will be able to keep 30mph on main roads and routes where they judge a higher limit is safe, but they will have to put up signs and consult residents."]),
        ("Why is the government doing this?", ["Ministers say lower speeds reduce the number and severity of collisions. Research cited by the department found that casualties on roads switched to 20mph in pilot areas fell by about a quarter.",
                                               "The change is also intended to encourage walking and cycling, especially near schools."]),
        ("Will I get a fine for driving at 25mph?", ["Police forces have said they will focus on education first. The usual enforcement guidance allows a margin above the limit before a ticket is issued, though chief constables can set their own thresholds.",
                                                     "Speed cameras will be recalibrated over the first year."]),
        ("What happened in Wales?", ["Wales introduced a similar default in 2023. The policy proved divisive, and the Welsh government later asked councils to review hundreds of roads. Officials in Westminster say they have learned from that experience by giving councils more freedom to make exceptions from the start."]),
        ("What happens next?", ["The department will publish guidance for councils this summer. Drivers should expect new signs to start appearing from early next year, ahead of the change on 1 April."]),
    ]
    out = []
    for i, (h, pp) in enumerate(qs):
        if h:
            out.append(f"<h2>{t(h)}</h2>\n")
        out.append(ps(pp))
        if i == 2:
            out.append('<div class="recommended-inline"><span class="recommended-inline__title">Recommended</span>' + ul(["The streets where 20mph limits have already cut crashes", "Drivers face new rules on pavement parking"], "", "/news/2026/05/") + "</div>\n")
        if i == 4:
            out.append('<div class="inline-ad"><span>Advertisement</span></div>\n')
    body = '<div class="article-body-text" data-test="article-body">\n' + "".join(out) + "</div>\n"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2026-06-03T06:00:00+01:00",
          "author": [{"@type": "Person", "name": "Tom Ashby"}, {"@type": "Person", "name": "Priya Nair"}], "publisher": {"@type": "Organization", "name": "The Daily Ledger"}}
    hd = head(title + " | The Daily Ledger", url, "The default limit on residential streets is falling.", site="The Daily Ledger", section="News", ld=ld, css=7000)
    nav = [("News", ["UK", "Politics", "World", "Health", "Education", "Science"]), ("Sport", ["Football", "Cricket", "Rugby", "Tennis"]), ("Business", ["Economy", "Money", "Markets"]),
           ("Opinion", ["Columnists", "Leaders", "Letters"]), ("Culture", ["Film", "TV", "Books", "Music"]), ("Travel", []), ("Lifestyle", ["Food", "Fashion", "Health"])]
    html = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
{hd}
</head>
<body>
<header class="site-header"><a href="/" class="site-header__logo">The Daily Ledger</a>{megamenu(nav, "site-nav")}<a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></header>
<main><article class="article">
<div class="article-label"><a href="/news/uk/transport/">Transport</a> <span class="article-format">Explainer</span></div>
<h1 class="article-headline">{t(title)}</h1>
<div class="article-byline">By <a href="/authors/tom-ashby">Tom Ashby</a> and <a href="/authors/priya-nair">Priya Nair</a></div>
<div class="article-date">3 June 2026 • 6:00am</div>
<div class="article-share"><button>Share</button><button>Gift this article free</button><button>Save</button></div>
<figure><img src="/content/uploads/20mph.jpg" alt="Sign"><figcaption>A 20mph sign in Cardiff. Photograph: PA</figcaption></figure>
{body}
<div class="article-footer-related"><h3>Related Topics</h3><a href="/topics/transport">Transport</a> <a href="/topics/roads">Roads</a> <a href="/topics/road-safety">Road safety</a></div>
<div class="comment-cta"><p>Join the conversation: comments are open to subscribers only.</p></div>
</article><aside><h3>Most viewed</h3>{ul(["Chancellor set to freeze fuel duty again", "The 25 best pubs in Britain for 2026", "Hosepipe ban looms as reservoirs fall"], "", "/news/")}</aside></main>
<footer><p>© The Daily Ledger Ltd 2026. Registered in England No. 4021773.</p></footer>
</body>
</html>
"""
    page("en-news-explainer", "news", True, "explainer Q and A on new speed limit",
         "www.thedailyledger.example", url, title, ["Tom Ashby", "Priya Nair"], "By Tom Ashby and Priya Nair", "2026-06-03",
         ["the default speed limit on most residential streets in England",
          "Why is the government doing this?", "Will I get a fine for driving at 25mph?",
          "Wales introduced a similar default in 2023.",
          "ahead of the change on 1 April."],
         ["The streets where 20mph limits have already cut crashes", "Join the conversation: comments are open to subscribers only.",
          "Gift this article free", "Hosepipe ban looms as reservoirs fall", "Registered in England No. 4021773."],
         html, body=["div.article-body-text"], skip=["div.recommended-inline", "div.inline-ad"])


def n_analysis_ca():
    url = "https://www.cpbnews.example/news/politics/interprovincial-trade-barriers-analysis-1.7411230"
    title = "Why Ottawa’s push to scrap trade barriers between provinces keeps stalling"
    paras = [
        "For the third time in a decade, federal and provincial trade ministers emerged from a meeting this week promising to tear down the rules that make it harder to sell beer, trucks and nursing services across provincial lines than across the border with the United States.",
        "And for the third time, the list of what was actually agreed was short. Ministers signed off on mutual recognition of two trucking regulations and a working group on professional licences. The rest was deferred to the fall.",
        "The reasons are not mysterious. Each exception in the Canadian Free Trade Agreement exists because some group in some province wanted it. Quebec protects its dairy marketing rules. Alberta and British Columbia have their own liquor distribution systems. Atlantic provinces favour local firms in government contracts.",
        "Removing any of those exceptions creates losers who are easy to identify, while the benefits, which economists estimate in the billions of dollars a year, are spread thinly across the whole economy.",
        "There is also the question of who goes first. Provinces are reluctant to give up an exception unless others do the same, and negotiations have tended to move at the pace of the most cautious participant.",
        "Federal officials have floated the idea of tying some infrastructure funding to progress on trade barriers. Provincial officials said privately that such a move would be resisted as interference in their jurisdiction.",
        "Ministers are scheduled to meet again in October. Whether they bring a longer list will depend less on the economic case, which has not changed, than on whether any premier decides it is worth a political fight.",
    ]
    body = ('<div class="story" data-cy="storyWrapper">\n' + ps(paras[:3]) + '<div class="ad-risingstar-container"><p class="ad-label">Advertisement</p></div>\n'
            + ps(paras[3:5]) + '<div class="similarStories"><h3>Related Stories</h3>' + ul(["Trade ministers agree on trucking rules, little else", "What are interprovincial trade barriers?"], "", "/news/politics/") + "</div>\n"
            + ps(paras[5:]) + "</div>\n")
    ld = {"@context": "https://schema.org", "@type": "AnalysisNewsArticle", "headline": title, "datePublished": "2026-06-03T04:00:00-04:00",
          "author": [{"@type": "Person", "name": "Elise Fournier"}], "publisher": {"@type": "Organization", "name": "CPB News"}}
    hd = head(title + " | CPB News", url, "Each exception exists because someone wanted it.", og_title="Analysis: Why trade barriers between provinces survive",
              site="CPB News", section="Politics", ld=ld, published="2026-06-03T04:00:00-04:00", css=6500)
    html = f"""<!DOCTYPE html>
<html lang="en-CA">
<head>
{hd}
</head>
<body>
<header class="cpb-header"><a href="/" class="logo">CPB News</a><nav><ul>{"".join(f'<li><a href="/news/{x.lower()}">{x}</a></li>' for x in ["Top Stories", "Local", "Climate", "World", "Canada", "Politics", "Indigenous", "Business", "Health", "Entertainment", "Science", "Opinion", "Radio", "Podcasts"])}</ul></nav><a href="/account">Sign In</a></header>
<main id="content"><article class="story-content">
<div class="sclt-label"><span class="label-analysis">Analysis</span></div>
<h1 class="detailHeadline">{t(title)}</h1>
<h2 class="deck">Each exception exists because some group in some province wanted it</h2>
<div class="bylineDetails"><span class="authorText"><a href="/news/author/elise-fournier">Elise Fournier</a> · CPB News</span> <span class="authorTitle">Senior parliamentary reporter</span>
<div class="timeStamp">Posted: Jun 03, 2026 4:00 AM EDT | Last Updated: 2 hours ago</div></div>
<div class="sharebar"><span>Social Sharing</span><a href="#">Facebook</a><a href="#">X</a><a href="#">Email</a><a href="#">Reddit</a><a href="#">LinkedIn</a></div>
<figure><img src="/assets/trade.jpg" alt="Ministers"><figcaption>Trade ministers at a news conference in Winnipeg on Tuesday. (Daniel Kowal/CPB)</figcaption></figure>
{body}
<div class="authorProfile"><h3>ABOUT THE AUTHOR</h3><p>Elise Fournier is a senior reporter in CPB’s Parliamentary bureau. She has covered federal politics since 2011.</p></div>
<div class="corrections"><p>CPB’s Journalistic Standards and Practices</p><a href="/news/about-cpb-news">About CPB News</a></div>
<div class="comments"><h3>Corrections and clarifications</h3><p>Submit a news tip</p><p>Report error</p></div>
</article><aside><h3>Popular Now in News</h3>{ul(["Wildfire smoke advisory for much of Western Canada", "Bank of Canada holds key rate", "Canadian women win relay gold in Berlin"], "", "/news/")}</aside></main>
<footer><p>©2026 Canadian Public Broadcaster. All rights reserved.</p></footer>
</body>
</html>
"""
    page("en-news-analysis-ca", "news", True, "analysis labelled piece explaining stalled trade talks, reporting voice",
         "www.cpbnews.example", url, title, ["Elise Fournier"], "Elise Fournier · CPB News", "2026-06-03",
         ["Each exception exists because some group in some province wanted it",
          "For the third time in a decade, federal and provincial trade ministers",
          "The reasons are not mysterious.",
          "Federal officials have floated the idea of tying some infrastructure funding",
          "whether any premier decides it is worth a political fight."],
         ["Trade ministers agree on trucking rules, little else", "ABOUT THE AUTHOR", "Social Sharing",
          "Journalistic Standards and Practices", "Wildfire smoke advisory for much of Western Canada"],
         html, body=["h2.deck", "div.story"], skip=["div.ad-risingstar-container", "div.similarStories"])


def n_tech_mag():
    url = "https://www.circuitmag.example/2026/6/3/24190311/loopnote-app-shutting-down-free-tier"
    title = "Loopnote is shutting down its free tier, and users have 30 days to export their notes"
    paras = [
        "Loopnote, the note-taking app with about 12 million monthly users, will end its free plan on July 3rd, the company announced in a blog post today. Free users will have 30 days to export their notes or move to a paid subscription, which starts at $6 a month.",
        "The company says the free tier has become too expensive to run as it adds AI features that rely on costly cloud computing. “We have to choose between a free plan that gets worse every year and a paid product we can keep improving,” CEO Hana Oduya wrote.",
        "Existing free accounts will become read-only after the deadline, and notes that have not been exported will be deleted after a further 90 days, according to an updated support page.",
        "The reaction online has been swift. Several users pointed out that Loopnote promised in 2022 that “the free plan is here to stay,” a line that still appeared on its pricing page this morning.",
        "Loopnote’s export tool produces Markdown files and a JSON archive, which can be imported into most competing apps. Obsidian-style local apps and several open-source alternatives have already posted guides for people who want to switch.",
        "The company raised $85 million in 2024 at a valuation of about $900 million. It has not said how many of its users pay.",
    ]
    tweet = ('<div class="duet--article--embed"><blockquote class="twitter-tweet"><p>Three years of grad school notes and I have 30 days. Cool cool cool.</p>— dana k (@danakwrites) <a href="https://x.example/danakwrites/status/2">June 3, 2026</a></blockquote></div>\n')
    yt = '<div class="duet--article--youtube"><iframe src="https://www.youtube.example/embed/Lp9xQ2" title="Loopnote: A message from our CEO"></iframe></div>\n'
    related = ('<div class="duet--article--related"><h2>Related</h2>' + ul(["Loopnote adds an AI assistant that summarizes your meetings", "The best note-taking apps for 2026"], "", "/2026/") + "</div>\n")
    P = 'class="duet--article--dangerously-set-cms-markup duet--article--standard-paragraph _1agbrixy"'
    body = ('<div class="duet--article--article-body-component-container">\n' + ps(paras[:2], P) + yt + ps(paras[2:4], P) + tweet + related + ps(paras[4:], P)
            + f'<p {P}><em>{t("Update, June 3rd, 6:40PM ET: Loopnote says existing lifetime-plan customers are not affected and will keep full access.")}</em></p>\n'
            + "</div>\n")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2026-06-03T16:12:47+00:00",
          "dateModified": "2026-06-03T22:40:03+00:00", "author": [{"@type": "Person", "name": "Nadia Pereira"}], "publisher": {"@type": "Organization", "name": "Circuit"}}
    hd = head(title + " - Circuit", url, "Free users have 30 days to export.", og_title="Loopnote kills its free plan", site="Circuit", ld=ld, css=8000)
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
{hd}
</head>
<body>
<div id="__next"><header class="duet--navigation"><a href="/" class="logo">Circuit</a><nav><ul>{"".join(f'<li><a href="/{x.lower()}">{x}</a></li>' for x in ["Tech", "Reviews", "Science", "Entertainment", "AI", "Policy", "Gaming", "Deals", "Newsletters"])}</ul></nav><a href="/subscribe">Subscribe</a></header>
<main><article>
<div class="duet--article--lede"><a href="/apps" class="duet--cta--group">Apps</a> <a href="/tech">Tech</a> <a href="/news">News</a>
<h1 class="duet--article--headline">{t(title)}</h1>
<h2 class="duet--article--dek">The note-taking app says its AI features made free accounts too expensive to run.</h2>
<div class="duet--article--byline"><span>by <a href="/authors/nadia-pereira">Nadia Pereira</a></span> <span class="byline-role">Senior Reporter</span> <time datetime="2026-06-03T16:12:47+00:00">Jun 3, 2026, 4:12 PM UTC</time></div>
<div class="duet--share"><button>Share this story</button><span>If you buy something from a Circuit link, Circuit may earn a commission. See our ethics statement.</span></div></div>
<figure><img src="/2026/06/loopnote.png" alt=""><figcaption>Image: Circuit</figcaption></figure>
{body}
<div class="duet--article--follow"><h3>Follow topics and authors from this story to see more like this in your personalized homepage feed and to receive email updates.</h3><ul><li>Nadia Pereira</li><li>Apps</li><li>News</li></ul></div>
<div class="comments"><a href="#comments">Comments 214</a></div>
</article>
<aside><h3>Most Popular</h3>{ul(["The best laptops for students in 2026", "This tiny e-reader is my new favorite gadget", "Streaming prices are going up again"], "", "/")}</aside></main>
<footer><p>© 2026 Circuit Media, Inc. All Rights Reserved</p><a href="/terms">Terms of Use</a> <a href="/privacy">Privacy Notice</a> <a href="/cookies">Cookie Policy</a></footer></div>
</body>
</html>
"""
    page("en-news-tech-mag", "news", True, "tech news on app pricing change",
         "www.circuitmag.example", url, title, ["Nadia Pereira"], "by Nadia Pereira Senior Reporter", "2026-06-03",
         ["The note-taking app says its AI features made free accounts",
          "the note-taking app with about 12 million monthly users",
          "The reaction online has been swift.",
          "It has not said how many of its users pay.",
          "Loopnote says existing lifetime-plan customers are not affected"],
         ["Loopnote adds an AI assistant that summarizes your meetings", "Circuit may earn a commission",
          "Follow topics and authors from this story", "Comments 214", "This tiny e-reader is my new favorite gadget"],
         html, body=["h2.duet--article--dek", "div.duet--article--article-body-component-container"],
         skip=["div.duet--article--embed", "div.duet--article--youtube", "div.duet--article--related"])


def n_au_broadcaster():
    url = "https://www.apbnews.example/news/2026-06-03/murray-irrigators-water-allocation-cut/104891230"
    title = "Murray irrigators face lowest opening water allocation in seven years"
    paras = [
        "Irrigators in the southern Murray-Darling Basin will start the new water year with their smallest opening allocation since 2019, after a dry autumn left inflows to the major storages well below average.",
        "The Murray-Darling Basin Authority said on Tuesday that general security licence holders in New South Wales would receive 8 per cent of their entitlement on July 1, while high reliability users would receive 97 per cent.",
        "Rice grower Tony Marchetti, who farms near Deniliquin, said the figure was lower than he had hoped. “We planned for a tough year but this makes it very hard to commit to a crop,” he said.",
        "Water prices on the temporary market have already risen by about a third since April, according to brokers.",
        "The authority said allocations would be reviewed every fortnight and could rise if winter rainfall was near average. The Bureau of Meteorology’s outlook gives roughly even odds of above-median rainfall for the southern basin between June and August.",
        "Environmental water holders said they would prioritise keeping refuges for native fish connected over the summer.",
    ]
    load = '<div class="embed-loading"><p>Loading...</p></div>\n'
    body = ('<div id="body" class="ArticleRender_article__7i2EW" data-component="ArticleWeb">\n' + ps(paras[:2]) + load + ps(paras[2:4])
            + '<div data-component="RelatedCard"><p>Related Stories</p>' + ul(["Farmers sell water rights as drought bites", "What is a general security water licence?"], "", "/news/2026-05/") + "</div>\n"
            + ps(paras[4:]) + load + "</div>\n")
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2026-06-03T06:12:00+10:00",
          "dateModified": "2026-06-03T08:40:00+10:00", "author": [{"@type": "Person", "name": "Liam Costa"}, {"@type": "Person", "name": "Georgia Fenn"}],
          "publisher": {"@type": "Organization", "name": "APB News"}}
    hd = head(title + " - APB News", url, "General security licence holders will receive 8 per cent.", site="APB News", ld=ld, css=7000)
    html = f"""<!DOCTYPE html>
<html lang="en-AU">
<head>
{hd}
</head>
<body>
<header data-component="Header"><a href="/news" class="logo">APB News</a><nav><ul>{"".join(f'<li><a href="/news/{x.lower()}">{x}</a></li>' for x in ["Just In", "Politics", "World", "Business", "Analysis", "Sport", "Science", "Health", "Arts", "Fact Check", "Rural"])}</ul></nav>
<div data-component="StateNav"><a href="/news/nsw">NSW</a> <a href="/news/vic">Vic</a> <a href="/news/qld">Qld</a> <a href="/news/wa">WA</a> <a href="/news/sa">SA</a> <a href="/news/tas">Tas</a> <a href="/news/act">ACT</a> <a href="/news/nt">NT</a></div></header>
<main><article>
<div data-component="Breadcrumb"><a href="/news/rural">APB Rural</a></div>
<h1 data-component="Heading">{t(title)}</h1>
<div data-component="Byline"><span>By <a href="/news/liam-costa">Liam Costa</a> and <a href="/news/georgia-fenn">Georgia Fenn</a></span></div>
<div data-component="Timestamp"><span>Posted</span> <time datetime="2026-06-02T20:12:00.000Z">3h ago</time><span>3 hours ago</span>, <span>updated</span> <time datetime="2026-06-02T22:40:00.000Z">1h ago</time></div>
<div data-component="KeyPoints"><h2>Key points:</h2><ul><li>General security allocation opens at 8 per cent</li><li>Water prices have risen by a third since April</li><li>Allocations will be reviewed fortnightly</li></ul></div>
<figure><img src="/news/image/murray.jpg" alt=""><figcaption>Water storages are well below average after a dry autumn. (APB Rural: Liam Costa)</figcaption></figure>
{body}
<div data-component="ShareUtility"><button>Share</button><a href="#">Copy link</a></div>
<div data-component="TopicList"><h3>Related topics</h3><a href="/news/topic/agricultural-crops">Agricultural Crops</a> <a href="/news/topic/drought">Drought</a> <a href="/news/topic/irrigation">Irrigation</a></div>
</article><aside><h3>Top Stories</h3>{ul(["Reserve Bank keeps cash rate on hold", "Snow closes roads in the alpine region", "Inquiry into supermarket pricing hears from growers"], "", "/news/")}</aside></main>
<footer><p>We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn, and work.</p><p>© 2026 APB</p></footer>
</body>
</html>
"""
    page("en-news-au-broadcaster", "news", True, "rural news report on water allocations",
         "www.apbnews.example", url, title, ["Liam Costa", "Georgia Fenn"], "By Liam Costa and Georgia Fenn", "2026-06-03",
         ["Irrigators in the southern Murray-Darling Basin will start",
          "Rice grower Tony Marchetti, who farms near Deniliquin",
          "The authority said allocations would be reviewed every fortnight",
          "keeping refuges for native fish connected over the summer."],
         ["Farmers sell water rights as drought bites", "Loading...", "Key points:",
          "We acknowledge Aboriginal and Torres Strait Islander peoples", "Reserve Bank keeps cash rate on hold"],
         html, body=["div#body"], skip=["div.embed-loading", "div[data-component=RelatedCard]"])


def n_india_news():
    url = "https://www.bharatherald.example/cities/mumbai/mumbai-local-trains-disrupted-pre-monsoon-showers-9345521/"
    title = "Mumbai local trains disrupted for third day as pre-monsoon showers flood tracks"
    paras = [
        "Suburban train services on Mumbai’s Central line were disrupted for a third consecutive day on Wednesday after heavy pre-monsoon showers flooded tracks between Kurla and Sion, leaving thousands of commuters stranded during the morning rush.",
        "Services on the main line ran 25 to 40 minutes late, and several slow locals were cancelled, a Central Railway spokesperson said. Harbour line services were largely unaffected.",
        "The city recorded 92 mm of rain in 24 hours at the Santacruz observatory, according to the India Meteorological Department, which has issued a yellow alert for Mumbai and Thane till Friday.",
        "Commuters complained that drains along the tracks had not been cleared despite assurances from the civic body earlier this month. “Every year it is the same story. We leave home at 6 am and reach office at 11,” said Sunita Pawar, who travels daily from Dombivli.",
        "Brihanmumbai Municipal Corporation officials said desilting of major nullahs was 85 per cent complete and that pumps had been deployed at low-lying spots near the tracks.",
        "The southwest monsoon is expected to reach Mumbai around June 10, the IMD said.",
    ]
    also = lambda h: f'<div class="also-read-wrapper"><span class="also-read">Also Read</span> <a href="/cities/mumbai/{len(h)}/">{t(h)}</a></div>\n'
    body = ('<div id="pcl-full-content" class="story_details">\n' + ps(paras[:2]) + also("Mumbai rains: BMC lists 386 flood-prone spots ahead of monsoon")
            + '<div class="ie-first-ad"><span>ADVERTISEMENT</span></div>\n' + ps(paras[2:4]) + also("Central Railway to run extra locals during Ganeshotsav")
            + ps(paras[4:]) + "</div>\n")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2026-06-03T14:05:00+05:30",
          "dateModified": "2026-06-03T16:20:00+05:30", "author": {"@type": "Person", "name": "Ananya Rao"}, "publisher": {"@type": "Organization", "name": "Bharat Herald"}}
    hd = head(title + " | Mumbai News - The Bharat Herald", url, "Services on the main line ran 25 to 40 minutes late.", site="Bharat Herald", section="Mumbai",
              ld=ld, published="2026-06-03T14:05:00+05:30", css=7000)
    nav = [("India", ["Politics", "States", "Elections"]), ("Cities", ["Mumbai", "Delhi", "Pune", "Bengaluru", "Kolkata", "Chennai", "Hyderabad"]), ("Explained", []), ("Opinion", ["Columns", "Editorials"]),
           ("Business", ["Markets", "Economy", "Banking"]), ("Sports", ["Cricket", "Football"]), ("Entertainment", ["Bollywood", "Television"]), ("UPSC", [])]
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
{hd}
</head>
<body>
<div class="top-links"><a href="/epaper/">ePaper</a> <a href="/newsletters/">Newsletters</a> <a href="/subscribe/">Subscribe</a> <a href="/login/">Sign In</a></div>
<header class="main-header"><a href="/" class="logo">The Bharat Herald</a>{megamenu(nav, "mainmenu")}</header>
<div class="trending"><span>Trending</span> <a href="/topic/monsoon/">Monsoon Tracker</a> <a href="/topic/ipl/">IPL</a> <a href="/topic/upsc/">UPSC Key</a></div>
<main><article class="ie-story">
<ol class="m-breadcrumb"><li><a href="/">Home</a></li><li><a href="/cities/">Cities</a></li><li><a href="/cities/mumbai/">Mumbai</a></li></ol>
<h1 itemprop="headline" class="native_story_title">{t(title)}</h1>
<h2 class="synopsis">Services on the Central line ran up to 40 minutes late after tracks flooded between Kurla and Sion.</h2>
<div class="editor-details"><div class="editor">Written by <a href="/profile/author/ananya-rao/">Ananya Rao</a></div><div class="editor">Edited by <a href="/profile/author/rohit-mehta/">Rohit Mehta</a></div>
<span itemprop="dateModified">Updated: Jun 03, 2026 16:20 IST</span></div>
<div class="share-social"><a href="#">Follow Us</a> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>
<figure><img src="/wp-content/uploads/2026/06/rain.jpg" alt=""><figcaption>Commuters wait at Kurla station on Wednesday. (Express Photo by Ravi Kamble)</figcaption></figure>
{body}
<div class="ie-network-commenting"><p>© IE Online Media Services Pvt Ltd</p></div>
<div class="storytags"><ul><li><a href="/about/mumbai-rains/">Mumbai rains</a></li><li><a href="/about/central-railway/">Central Railway</a></li></ul></div>
<div class="more-from"><h3>More Mumbai News</h3>{ul(["Coastal road northern arm to open by December", "Mumbai police bust fake call centre in Malad", "BEST to add 200 electric buses"], "", "/cities/mumbai/")}</div>
</article></main>
<footer><p>Copyright © 2026 The Bharat Herald [P] Ltd. All Rights Reserved</p></footer>
</body>
</html>
"""
    page("en-news-india", "news", True, "city news on train disruption from rain",
         "www.bharatherald.example", url, title, ["Ananya Rao"], "Written by Ananya Rao", "2026-06-03",
         ["Services on the Central line ran up to 40 minutes late",
          "Suburban train services on Mumbai’s Central line were disrupted",
          "The city recorded 92 mm of rain in 24 hours",
          "Brihanmumbai Municipal Corporation officials said desilting of major nullahs",
          "expected to reach Mumbai around June 10, the IMD said."],
         ["Also Read", "Mumbai rains: BMC lists 386 flood-prone spots ahead of monsoon",
          "Edited by", "Coastal road northern arm to open by December", "Updated: Jun 03, 2026 16:20 IST"],
         html, body=["h2.synopsis", "div#pcl-full-content"], skip=["div.also-read-wrapper", "div.ie-first-ad"])


def n_irish_time_only():
    url = "https://www.corribcourier.example/news/galway-city-council-approves-greenway-extension-41882.html"
    title = "Galway councillors back €14m greenway extension to Oranmore"
    paras = [
        "Galway City Council has approved plans for a 6km extension of the city’s greenway to Oranmore, despite objections from landowners along part of the route.",
        "Councillors voted 14 to 3 in favour of the project at Monday night’s meeting, clearing the way for the council to apply for funding from the National Transport Authority. The estimated cost is €14 million.",
        "The extension would follow the old railway embankment east of Renmore before crossing farmland to reach Oranmore village. Officials said the route had been chosen to avoid the busy Dublin Road.",
        "Three landowners made submissions opposing the plan, citing concerns about privacy and livestock. Council engineer Siobhán Kearney said the design had been changed to add fencing and two underpasses for cattle.",
        "Cllr Peadar Ó Flaithearta said the greenway would give hundreds of commuters a safe route into the city. “People want to cycle, but they will not do it beside lorries,” he said.",
        "If funding is approved, construction could begin in 2028.",
    ]
    body = ('<div class="article-text">\n' + ps(paras[:3]) + '<div class="advert-mpu"><small>Advertisement</small></div>\n' + ps(paras[3:]) + "</div>\n")
    hd = head(title + " - Corrib Courier", url, "Councillors voted 14 to 3 in favour.", site="Corrib Courier", css=8000,
              extra='<script>var dataLayer=[{"pageType":"article","section":"news","articleId":41882}];</script>')
    nav = [("News", ["Galway City", "County", "Connemara", "Courts", "Business"]), ("Sport", ["GAA", "Rugby", "Soccer", "Racing"]), ("Lifestyle", ["Food", "Arts", "Property"]),
           ("Announcements", ["Deaths", "Births", "Anniversaries"]), ("Jobs", []), ("ePaper", [])]
    html = f"""<!DOCTYPE html>
<html lang="en-IE">
<head>
{hd}
</head>
<body>
<header class="site-header"><a href="/" class="logo">Corrib Courier</a>{megamenu(nav, "nav")}</header>
<div class="weather-strip">Galway 14°C Showers</div>
<main class="container"><div class="row"><div class="col-main"><article class="news-article">
<h1 class="article-title">{t(title)}</h1>
<div class="article-meta"><span class="reporter">Reporter: <a href="/reporters/conor-mulkerrin/">Conor Mulkerrin</a></span> <time datetime="2026-06-02T18:45">2 Jun 2026</time></div>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
<figure><img src="/images/greenway.jpg" alt=""><figcaption>Cyclists on the existing greenway at Renmore.</figcaption></figure>
{body}
<div class="article-bottom"><p>Read the full story in this week’s Corrib Courier, in shops now or in our ePaper.</p></div>
</article></div>
<div class="col-side"><h3>Latest News</h3>{ul(["Salthill promenade works to finish by July", "Two arrested after Eyre Square disturbance", "Ferry to Aran Islands adds extra summer sailing", "Galway Races tickets on sale"], "", "/news/")}
<h3>Death Notices</h3>{ul(["Mary Fahy (née Burke), Moycullen", "Patrick Joyce, Oughterard"], "", "/announcements/deaths/")}</div></div></main>
<footer><p>© Corrib Courier Newspapers Ltd 2026</p></footer>
</body>
</html>
"""
    page("en-news-irish-time-only", "news", True, "local council news report",
         "www.corribcourier.example", url, title, ["Conor Mulkerrin"], "Reporter: Conor Mulkerrin", "2026-06-02",
         ["has approved plans for a 6km extension of the city’s greenway",
          "The extension would follow the old railway embankment",
          "Three landowners made submissions opposing the plan",
          "If funding is approved, construction could begin in 2028."],
         ["Read the full story in this week’s Corrib Courier", "Salthill promenade works to finish by July",
          "Mary Fahy (née Burke), Moycullen", "Galway 14°C Showers", "Share on Facebook"],
         html, body=["div.article-text"], skip=["div.advert-mpu"])


def n_network_embeds():
    url = "https://www.abnnews.example/news/us-news/regional-airline-pilots-strike-vote-rcna210442"
    title = "Pilots at regional carrier SkyBridge vote to authorize first strike in company history"
    paras = [
        "Pilots at SkyBridge Airlines, a regional carrier that flies for three major airlines, voted overwhelmingly to authorize a strike, their union said Tuesday, escalating a two-year contract dispute that could disrupt hundreds of daily flights.",
        "The Air Line Pilots Union said 97% of the roughly 1,900 pilots who voted supported the authorization. A strike cannot happen immediately: under federal law, the National Mediation Board must first release the two sides from talks and a 30-day cooling-off period must pass.",
        "“Our pilots are flying more hours for less than their counterparts at other regional airlines,” said Capt. Renee Albright, who leads the union’s SkyBridge chapter. “This vote tells management we are serious.”",
        "SkyBridge said in a statement that it had offered raises of up to 28% over four years and that it remained “committed to reaching an agreement at the bargaining table.” The company added that flights were operating normally.",
        "Regional carriers operate roughly 40% of scheduled domestic flights in the United States, many of them to smaller cities with few alternatives.",
        "Pilots at two other regional airlines have held similar votes in the past year. Neither resulted in a strike.",
    ]
    insta = ('<div class="embed-instagram"><blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.example/p/Cx9"><p>Informational picket at the airport this morning. Thank you to everyone who stopped by!</p><p>A post shared by SkyBridge Pilots (@skybridgepilots)</p></blockquote></div>\n')
    recommended = ('<div class="recommended-intersection-ref"><h3>Recommended</h3>' + ul(["Airlines cancel 1,200 flights as storms hit the Northeast", "FAA proposes new rest rules for pilots"], "", "/news/us-news/") + "</div>\n")
    body = ('<div class="article-body__content">\n' + ps(paras[:2], 'class="body-graf"') + recommended + ps(paras[2:4], 'class="body-graf"') + insta
            + '<div class="ad-container boxinline"><span>ADVERTISEMENT</span></div>\n' + ps(paras[4:], 'class="body-graf"') + "</div>\n")
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2026-06-02T21:18:00.000Z",
          "author": [{"@type": "Person", "name": "Kevin Osei"}, {"@type": "Person", "name": "Alana Brooks"}], "publisher": {"@type": "Organization", "name": "ABN News"}}
    hd = head(title, url, "The union said 97% of pilots who voted supported a strike.", site="ABN News", section="U.S. News", ld=ld,
              published="2026-06-02T21:18:00.000Z", css=7000)
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
{hd}
</head>
<body>
<div class="banner-bar"><span>BREAKING</span> <a href="/news/weather/">Tornado watch issued for parts of Kansas and Oklahoma</a></div>
<header class="navbar"><a href="/" class="logo">ABN NEWS</a>{megamenu([("U.S. News", ["Crime and Courts", "Immigration", "Weather"]), ("Politics", ["White House", "Congress", "Elections"]), ("World", []), ("Business", ["Economy", "Markets", "Travel"]), ("Health", []), ("Culture", []), ("Shopping", []), ("Video", ["Nightly News", "Today", "Meet the Press"])], "navbar__menu")}</header>
<div class="sticky-video-player" data-sticky="true"><span class="video-title">Watch: Airline delays pile up ahead of summer travel</span><button>Close</button></div>
<main><article class="article">
<div class="article-hero__unibrow"><a href="/news/us-news/">U.S. News</a></div>
<h1 class="article-hero-headline__htag">{t(title)}</h1>
<div class="article-dek"><p>Pilots at a regional airline that flies for three major carriers overwhelmingly backed a strike authorization.</p></div>
<div class="article-body__date-source"><time datetime="2026-06-02T21:18:00.000Z">June 2, 2026, 5:18 PM EDT</time></div>
<div class="article-social-share"><a href="#">Share</a> <a href="#">Save</a></div>
<figure><img src="/i/skybridge.jpg" alt=""><figcaption>A SkyBridge jet at Denver International Airport. Michael Tran / AFP via Getty Images file</figcaption></figure>
<div class="article-body">
{body}
<div class="expanded-byline"><span>Kevin Osei</span><p>Kevin Osei is a business reporter for ABN News covering aviation.</p><span>Alana Brooks</span><p>Alana Brooks is a producer for ABN News.</p></div>
</div>
<div class="article-tags"><a href="/news/airlines/">Airlines</a> <a href="/news/labor/">Labor</a></div>
</article>
<aside><h3>Trending</h3>{ul(["Recall issued for 2 million air fryers", "How to get a refund when your flight is delayed", "Teen saves family from house fire"], "", "/news/")}</aside></main>
<footer><p>© 2026 ABN UNIVERSAL</p><a href="/privacy">Privacy Policy</a> <a href="/terms">Terms of Service</a> <a href="/ad-choices">Do Not Sell My Personal Information</a></footer>
</body>
</html>
"""
    page("en-news-network-embeds", "news", True, "labor news report on pilot strike vote",
         "www.abnnews.example", url, title, ["Kevin Osei", "Alana Brooks"], None, "2026-06-02",
         ["Pilots at a regional airline that flies for three major carriers",
          "voted overwhelmingly to authorize a strike, their union said Tuesday",
          "SkyBridge said in a statement that it had offered raises",
          "Regional carriers operate roughly 40% of scheduled domestic flights",
          "Neither resulted in a strike."],
         ["Airlines cancel 1,200 flights as storms hit the Northeast", "A post shared by SkyBridge Pilots",
          "is a business reporter for ABN News covering aviation.", "Watch: Airline delays pile up ahead of summer travel",
          "Do Not Sell My Personal Information"],
         html, body=["div.article-dek", "div.article-body__content"], skip=["div.recommended-intersection-ref", "div.embed-instagram", "div.ad-container"])
