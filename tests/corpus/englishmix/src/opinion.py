"""Opinion pages: op-eds, columns, editorials, letters, newsletter posts."""
from lib import t, ps, ul, megamenu, head, page, teasers, jsonld, sq

US_SECTIONS = [
    ("U.S.", ["Politics", "New York", "California", "Education", "Health", "Obituaries", "Science", "Climate"]),
    ("World", ["Africa", "Americas", "Asia", "Australia", "Canada", "Europe", "Middle East"]),
    ("Business", ["Tech", "Economy", "Media", "Finance and Markets", "DealBook", "Personal Tech", "Your Money"]),
    ("Arts", ["Book Review", "Dance", "Movies", "Music", "Television", "Theater", "Visual Arts"]),
    ("Lifestyle", ["At Home", "Love", "Travel", "Style", "Well", "Real Estate", "Cars"]),
    ("Opinion", ["Guest Essays", "Editorials", "Op-Docs", "Letters", "Columnists", "Sunday Review"]),
]


# ---------------------------------------------------------------------------------------------
def o_guest_essay():
    url = "https://www.nystandard.example/2026/06/03/opinion/parking-garages-cities.html"
    title = "Cities Built Garages for Cars That Never Came. Now They Should Tear Them Down."
    deck = "Municipal parking structures are losing money and land. Here is a better use for both."
    col = lambda paras: ('<div class="css-53u6y8 StoryBodyCompanionColumn"><div class="css-1fanzo5">'
                         + ps(paras, 'class="css-at9mc1 evys1bk0"') + "</div></div>\n")
    ad = lambda n: (f'<div id="story-ad-{n}-wrapper" class="css-1qw1fc ad-wrapper" aria-hidden="true">'
                    f'<div class="css-1ohz2d4"><p class="css-1a3z9j0">Advertisement</p>'
                    f'<a href="#after-story-ad-{n}" class="css-1ly73wi">SKIP ADVERTISEMENT</a></div>'
                    f'<div id="story-ad-{n}" class="ad story-ad"></div></div>\n')
    p1 = [
        "Every weekday morning I walk past a seven-story municipal garage in the middle of the city where I teach. It was finished in 2019 at a cost of $41 million, and on a typical Tuesday its top four floors are empty. I have counted. On the best days, about 300 of its 1,100 spaces hold a car.",
        "My city is not unusual. Across the country, local governments spent the decade before the pandemic building parking structures on the assumption that downtown commuting would keep growing. It did not. Remote and hybrid work cut weekday demand, and the garages that were supposed to pay for themselves through fees now lose money every year.",
    ]
    p2 = [
        "The standard response from city halls has been to wait. Officials tell residents that demand will come back, that a new arena or office tower will fill the decks, that selling a garage would mean admitting a mistake. Meanwhile, the structures need new elevators, waterproofing and lighting, and the repair bills arrive whether or not anyone parks.",
        "There is a better way to think about these buildings. A parking garage is, above all, a large piece of publicly owned land in the middle of a city, usually next to transit and usually in a neighborhood that needs housing. That land is worth far more as homes, clinics or schools than as a place to store cars that are not there.",
        "Some cities have started to act. Planners in several midsize cities have begun surveying their garages floor by floor, publishing occupancy data and asking developers what they could build on the sites. In one case, a city agreed to keep two floors of public parking inside a new building that adds 240 apartments, a third of them priced for teachers and nurses.",
    ]
    p3 = [
        "Critics will say that tearing down a garage that is barely seven years old is wasteful. They have a point about the concrete: demolition releases carbon, and some structures can be converted rather than razed. But keeping an empty building standing is not free either. Every year a city spends maintaining unused decks is a year it is not spending on the things residents actually ask for.",
        "Others worry that downtown businesses will suffer without cheap parking. The evidence from cities that have priced parking properly points the other way. Shops depend on people, not on cars, and people come to places that are pleasant to walk through. A block of apartments brings customers every day of the week; a half-empty garage brings none.",
        "None of this requires a grand plan. It requires honest counting. Cities should publish how full their garages are, hour by hour, and set a date by which a garage that stays below half capacity will be offered for redevelopment. Residents deserve to know what their land is being used for.",
        "We built these garages for a future that did not arrive. The responsible thing now is to stop paying for that future and start building the one we can see.",
    ]
    bio = ("Dana Whitcombe is a professor of urban planning at Eastbrook University and the author of "
           "\u201cThe Empty Deck: Parking and the American City.\u201d")
    body = (f'<section name="articleBody" itemprop="articleBody" class="meteredContent css-1r7ky0e">\n'
            + col(p1) + ad(1) + col(p2) + ad(2) + col(p3)
            + f'<div class="css-53u6y8 StoryBodyCompanionColumn"><div class="css-1fanzo5">'
              f'<p class="css-at9mc1 evys1bk0"><em>{t(bio)}</em></p></div></div>\n'
            + '<div class="css-s99gbd StoryBodyCompanionColumn"><div class="css-1fanzo5">'
              f'<p class="css-at9mc1 evys1bk0"><em>{t("The Standard is committed to publishing a diversity of letters to the editor. We would like to hear what you think about this or any of our articles. Here are some tips. And here is our email: letters@nystandard.example.")}</em></p>'
              f'<p class="css-at9mc1 evys1bk0"><em>{t("Follow the New York Standard Opinion section on Facebook, Instagram, TikTok, WhatsApp, X and Threads.")}</em></p></div></div>\n'
            + "</section>\n")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "description": deck, "articleSection": "Opinion", "datePublished": "2026-06-03T09:00:06.000Z",
          "dateModified": "2026-06-03T13:41:52.000Z", "author": [{"@type": "Person", "name": "Dana Whitcombe",
          "url": "https://www.nystandard.example/by/dana-whitcombe"}],
          "publisher": {"@type": "NewsMediaOrganization", "name": "The New York Standard"}}
    state = ('<script>window.__preloadedData = {"initialState":{"Article:nyt://article/5c1e":{"headline":'
             '{"default":"' + title + '"},"typeOfMaterials":["Op-Ed"],"sprinkledBody":{"content":[{"__typename":'
             '"ParagraphBlock"},{"__typename":"ParagraphBlock"}]}}}};</script>')
    hd = head("Opinion | Cities Built Garages for Cars That Never Came - The New York Standard", url, deck,
              og_title="Opinion | Tear Down the Empty Parking Garages", site="The New York Standard",
              section="Opinion", published="2026-06-03T05:00:06-04:00", ld=ld, extra=state)
    html = f"""<!DOCTYPE html>
<html lang="en" class="story nytapp-vi-article">
<head>
{hd}
</head>
<body>
<div id="app"><div class="css-1n5k3ye">
<a class="css-1ly73wi" href="#site-content">Skip to content</a><a class="css-1ly73wi" href="#site-index">Skip to site index</a>
<header class="css-ahe4g0 e1m0pzr40"><section class="css-9kr9i3"><div class="css-1wr3we4"><button class="css-fzvsed" aria-label="Sections Navigation and Search">Sections</button><button class="css-tkwi90">Search</button></div>
<a class="css-nhjhh0" href="/" aria-label="New York Standard Logo">The New York Standard</a>
<div class="css-10488qs"><a href="/subscription" class="css-1kj7lfb">Subscribe for $1/week</a><a href="/login" class="css-1kj7lfb">Log in</a></div></section>
{megamenu(US_SECTIONS, "css-1vxca1d")}
<div class="css-1bymuyk"><span class="css-4xjgmj">Wednesday, June 3, 2026</span> <a href="/section/todayspaper">Today’s Paper</a></div>
</header>
<main id="site-content"><div class="css-1a5i7zj"><article id="story" class="css-1vxca1d e1lmdhsb0">
<header class="css-ee4k0y e12qa4dv0"><div class="css-1vkm6nb ehdk2mb0">
<p class="css-1ygdjhk evys1bk0"><a href="/section/opinion" class="css-1j0dvnt">Opinion</a></p>
<p class="css-1wihl3d e1p4pc4g0"><span class="css-bx3iyd">Guest Essay</span></p>
<h1 data-testid="headline" class="css-1b8bmah e1h9rw200">{t(title)}</h1></div>
<p id="article-summary" class="css-79rysd e1wiw3jv0">{t(deck)}</p>
<div class="css-1m5txv9"><div class="css-233int epjyd6m3"><div class="css-1baulvz"><p class="css-aknsld e1jsehar1"><span class="byline-prefix">By </span><span class="css-1baulvz last-byline" itemprop="name"><a href="/by/dana-whitcombe" class="css-n8ff4n e1jsehar0">Dana Whitcombe</a></span></p></div></div>
<div class="css-a1a1k2"><div class="css-1dv1kvn"><time class="css-1z1nqv e16638kd0" datetime="2026-06-03T05:00:06-04:00">June 3, 2026</time></div></div></div>
<div class="css-1p0lf7n"><button class="css-1x5hzx">Share full article</button><button class="css-1x5hzx">Save</button><span class="css-1b5a5n">382</span></div>
<figure class="css-1kk1tth" aria-label="media"><div class="css-1xdhyk6"><img src="/images/2026/06/03/opinion/03whitcombe/03whitcombe-articleLarge.jpg" alt=""></div><figcaption class="css-1vevcz9"><span class="css-jevhq3">Illustration by Rosa Ferrante; photographs via Getty Images</span></figcaption></figure>
</header>
{body}
<div class="css-1xdx9m2 bottom-of-article"><div class="css-1ey7qdq"><p>A version of this article appears in print on June 4, 2026, Section A, Page 22 of the New York edition with the headline: Tear Down the Empty Garages. <a href="/reprints">Order Reprints</a> | <a href="/section/todayspaper">Today’s Paper</a> | <a href="/subscription">Subscribe</a></p></div>
<div class="css-1uk1gs8"><h2>See more on: Parking, Urban Planning, Housing</h2></div></div>
</article>
<div id="bottom-wrapper" class="css-1ede5it"><section class="css-15g2oxy"><h2 class="css-5qq3a6">More in Opinion</h2>
{ul(["The Supreme Court Has a Summer Problem", "I Teach Eighth Grade. My Students Are Not Okay.", "What Farmers Know About the Weather That Forecasters Don’t", "Letters: A Heat Wave, a Power Grid and a Warning", "Why I Stopped Grading Homework"], "css-1y5p9jc", "/2026/06/opinion/")}
</section><section class="css-15g2oxy"><h2 class="css-5qq3a6">Trending in The Standard</h2>
{ul(teasers(0, 8), "css-11jjg", "/2026/06/02/nyregion/")}</section></div>
</div></main>
<footer id="site-index" class="css-1jr8hl"><nav><h2 class="css-1ub6gqc">Site Index</h2>{megamenu(US_SECTIONS, "css-site-index")}</nav>
<div class="css-5ww1ut"><a href="/copyright">© 2026 The New York Standard Company</a> <a href="/privacy">Privacy Policy</a> <a href="/terms">Terms of Service</a> <a href="/sitemap">Site Map</a> <a href="/help">Help</a> <a href="/subscription">Subscriptions</a></div></footer>
</div></div>
</body>
</html>
"""
    page("en-opinion-guest-essay", "opinion", True, "guest essay; /opinion/ URL, Guest Essay kicker, argues a policy",
         "www.nystandard.example", url, title, ["Dana Whitcombe"], "By Dana Whitcombe", "2026-06-03",
         ["Municipal parking structures are losing money and land.",
          "Every weekday morning I walk past a seven-story municipal garage",
          "There is a better way to think about these buildings.",
          "Critics will say that tearing down a garage that is barely",
          "start building the one we can see."],
         ["SKIP ADVERTISEMENT", "is committed to publishing a diversity of letters to the editor",
          "Follow the New York Standard Opinion section on Facebook",
          "A version of this article appears in print on June 4, 2026",
          "The Supreme Court Has a Summer Problem", "Subscribe for $1/week"],
         html, body=["header.css-ee4k0y", "section[name=articleBody]"],
         skip=["div.ad-wrapper", "div.css-s99gbd", "p.css-1ygdjhk", "p.css-1wihl3d", "h1", "div.css-1m5txv9",
               "div.css-1p0lf7n", "figure"])


# ---------------------------------------------------------------------------------------------
def o_arc_column():
    url = "https://www.capitalpost.example/opinions/2026/06/04/senate-august-recess-appropriations/"
    title = "The Senate’s August recess is a luxury the country can’t afford this year"
    ps_ = [
        "In a normal year, nobody outside Washington notices when the Senate leaves town for August. Members go home, hold a few town halls, march in a parade or two and come back after Labor Day to fight over spending bills that were always going to be late. This is not a normal year.",
        "Twelve appropriations bills are due by Sept. 30. As of this week, the Senate has passed exactly none of them. The House has passed four, all on party-line votes, all containing provisions the Senate will not accept. If both chambers keep to the calendar they published in January, they will have fewer than 20 working days in September to avoid a shutdown.",
        "Majority leaders of both parties have treated the recess as untouchable for a generation, and I understand why. Senators facing reelection need time at home. Staff need a break. And the threat of losing August has occasionally been used as leverage by one faction against another, which makes leaders reluctant to hand anyone that weapon.",
        "But the arithmetic this year is different. The disaster relief fund is expected to run low by late summer, according to the agency’s own projections. Wildfire season in the West has started early. Federal courts have warned that they will have to delay civil trials if their budget is frozen at last year’s level. Each of these problems has a deadline that does not care about the congressional calendar.",
        "There is also a simpler argument. Senators are paid to legislate, and the Senate’s own schedule shows how little legislating it has done. The chamber has spent more floor time this year on nominations than on bills. Cancelling two weeks of August would not solve that, but it would signal that the institution understands the stakes.",
        "Skeptics will say a shortened recess is theater: that senators will sit in Washington, give speeches and still fail to agree. Perhaps. Yet deadlines concentrate minds only when they are close, and a Senate in session in August is a Senate where the negotiators are in the same building. The last time leaders kept members in town over the summer, they produced a bipartisan infrastructure bill within three weeks.",
        "The best version of this would be a deal between the two leaders, announced before the Fourth of July, that keeps the Senate in session through Aug. 14 and reserves that time for appropriations only. No messaging votes, no nominations, just the 12 bills. The House, which is scheduled to return in early September, could be asked to come back a week early to take up whatever the Senate passes.",
        "None of this is dramatic. It is the kind of housekeeping that used to be routine. That it now sounds radical tells you how far the Senate has drifted from its basic job. Stay in town, senators. The parade can wait.",
    ]
    ad = ('<div class="hide-for-print" data-qa="article-body-ad"><div class="dif-ad-slot" data-testid="ad-slot">'
          '<div class="wpds-c-ad-label">Story continues below advertisement</div><div class="ad-container"></div></div></div>\n')
    paras = [f'<p data-el="text" dir="null" class="wpds-c-cYdRxM wpds-c-cYdRxM-iPJLV-css overrideStyles">{t(p)}</p>\n'
             for p in ps_]
    body = ('<div class="grid-body"><div class="article-body" data-qa="article-body">\n'
            + "".join(paras[:2]) + ad + "".join(paras[2:4]) + ad
            + '<div class="interstitial-link hide-for-print" data-qa="interstitial-link"><span class="wpds-c-PJLV">'
              '<b>Follow Marcus Hale</b><a href="/people/marcus-hale/" class="follow-button">Follow</a></span></div>\n'
            + "".join(paras[4:6]) + ad + "".join(paras[6:]) + "</div></div>\n")
    ld = {"@context": "https://schema.org", "@type": "OpinionNewsArticle", "headline": title,
          "datePublished": "2026-06-04T10:15:00.000Z", "dateModified": "2026-06-04T12:02:00.000Z",
          "author": [{"@type": "Person", "name": "Marcus Hale", "jobTitle": "Columnist"}],
          "isAccessibleForFree": False, "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False,
          "cssSelector": ".meteredContent"}, "publisher": {"@type": "Organization", "name": "The Capital Post"}}
    fusion = ('<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};'
              'Fusion.globalContent={"_id":"T3QH6ZQW5ZDF3","type":"story","subtype":"opinion","headlines":{"basic":"'
              + title.replace("’", "\\u2019") + '"},"content_elements":[{"type":"text","content":"'
              + ps_[0][:80] + '"}]};</script>')
    hd = head(title + " - The Capital Post", url, "Congress has 12 spending bills to pass and almost no time. Stay in town.",
              site="The Capital Post", section="Opinions", published="2026-06-04T06:15:00-04:00", ld=ld,
              extra=fusion, author_meta="Marcus Hale")
    secs = [("Politics", ["Congress", "White House", "Courts and Law", "Polls", "Elections"]),
            ("Opinions", ["Editorials", "Columnists", "Guest opinions", "Letters to the Editor", "Cartoons", "Post Opinions Live"]),
            ("Style", ["Media", "Theater", "Reviews", "Power"]), ("Investigations", []),
            ("Climate", ["Weather", "Climate Solutions", "Environment"]), ("Well+Being", ["Food", "Fitness", "Mind", "Body"]),
            ("Business", ["Technology", "Economy", "Personal Finance", "Work"]), ("Sports", ["NFL", "NBA", "MLB", "Soccer", "Golf"])]
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
{hd}
</head>
<body>
<div id="__next"><div class="wpds-c-cNdzuP">
<div class="hide-for-print" id="sticky-top-ad"><div class="wpds-c-ad-label">Advertisement</div></div>
<header class="wpds-c-iEhwUP" id="main-nav"><button aria-label="Sections menu">Menu</button><a href="/" class="wpds-c-logo">The Capital Post</a><div class="wpds-c-tagline">Accountability in the capital</div>
<a href="/subscribe/" class="wpds-c-subscribe">Subscribe</a><a href="/signin/" class="wpds-c-signin">Sign in</a>
{megamenu(secs, "sc-nav")}</header>
<main id="main-content"><article class="wpds-c-hQYjfO">
<div class="wpds-c-kEYlZj"><div class="wpds-c-label" data-qa="label">Opinion</div><a href="/opinions/columnists/" data-qa="kicker">Congress</a></div>
<h1 data-qa="headline" class="wpds-c-iiQaMf"><span data-qa="headline-text">{t(title)}</span></h1>
<div class="wpds-c-ljbQZx" data-qa="author-byline"><span class="wpds-c-PJLV">Opinion by </span><a href="/people/marcus-hale/" data-qa="author-name" rel="author">Marcus Hale</a><div class="wpds-c-role" data-qa="author-role">Columnist</div><button class="follow-button">Follow</button></div>
<div class="wpds-c-iKQyrV" data-qa="timestamp"><span data-testid="display-date">June 4, 2026 at 6:15 a.m. EDT</span></div>
<div class="wpds-c-share" data-qa="share-bar"><button>Gift Article</button><button>Share</button><button>Comment</button><span data-qa="comment-count">1,204</span><button>Save</button></div>
<div class="wpds-c-audio" data-qa="audio-player"><button>Listen</button><span>6 min</span></div>
<figure class="wpds-c-fig"><img src="https://img.capitalpost.example/2026/06/capitol-dome.jpg" alt="The Capitol dome at dusk."><figcaption>The Capitol dome at dusk. (Jordan Pell/The Capital Post)</figcaption></figure>
<div class="meteredContent grid-center">
{body}
</div>
<div class="wpds-c-bio" data-qa="author-bio"><a href="/people/marcus-hale/">Opinion by Marcus Hale</a><p>Marcus Hale is a Capital Post columnist who writes about Congress, budgets and the workings of government. He covered Capitol Hill for 14 years.</p><button class="follow-button">Follow</button></div>
<div class="wpds-c-comments" data-qa="comments-btn"><button>View 1,204 Comments</button></div>
</article>
<aside class="wpds-c-rail"><h2>Popular opinions articles</h2>
{ul(["Opinion: My state just made voting easier. Here’s what happened.", "The Editorial Board: The Fed should hold steady", "Opinion: A modest proposal for fixing the DMV", "Opinion: Why I still write checks", "Opinion: The tomato is the perfect summer fruit"], "wpds-c-list", "/opinions/2026/06/03/")}
<h2>Trending</h2>{ul(teasers(5, 6), "wpds-c-list", "/local/2026/06/03/")}</aside>
</main>
<footer class="wpds-c-footer"><div><a href="/about/">About The Capital Post</a> <a href="/policies-and-standards/">Policies and Standards</a> <a href="/terms/">Terms of Service</a> <a href="/privacy/">Privacy Policy</a> <a href="/tips/">Submit a news tip</a></div><p>© 1996-2026 The Capital Post</p></footer>
</div></div>
</body>
</html>
"""
    page("en-opinion-arc-column", "opinion", True, "signed column: Opinion label, Columnist role, OpinionNewsArticle",
         "www.capitalpost.example", url, title, ["Marcus Hale"], "Opinion by Marcus Hale", "2026-06-04",
         ["In a normal year, nobody outside Washington notices when the Senate",
          "Twelve appropriations bills are due by Sept. 30.",
          "There is also a simpler argument.",
          "The best version of this would be a deal between the two",
          "Stay in town, senators. The parade can wait."],
         ["Story continues below advertisement", "Follow Marcus Hale",
          "is a Capital Post columnist who writes about Congress",
          "Popular opinions articles", "View 1,204 Comments"],
         html, body=["div.article-body"], skip=["div.hide-for-print"])


# ---------------------------------------------------------------------------------------------
def o_uk_comment():
    url = "https://www.albionchronicle.example/commentisfree/2026/jun/05/four-day-week-councils-trial"
    title = "The four-day week worked for our council. Ministers should stop pretending it didn’t"
    deck = "The trial cut sick days and kept bins emptied on time. Banning it is ideology, not evidence, says Ruth Kilbride"
    P = 'class="dcr-iy9ec7"'
    ps_ = [
        "When our district council announced two years ago that staff would work four days a week for the same pay, the reaction in parts of Westminster was somewhere between amusement and fury. A minister called it a “holiday for bureaucrats”. One newspaper sent a photographer to stand outside the town hall on a Friday to prove nobody was there.",
        "I was a councillor then, and I voted for the trial with some nerves. We had 140 vacancies we could not fill, a planning department that was losing an officer a month to the private sector, and an agency staff bill that had doubled in three years. Doing nothing was not a cautious choice. It was the expensive one.",
    ]
    ps2 = [
        "The results, published this week by independent researchers, are hard to argue with. Sickness absence fell by a fifth. Staff turnover halved. Planning applications were decided faster than before, not slower. Bins were emptied on the same days. Residents’ satisfaction with services, measured by the same survey we have used for a decade, went up slightly.",
        "None of that has stopped the government from announcing that it will bring forward guidance to end such arrangements. The justification offered is that taxpayers are entitled to “five days’ work for five days’ pay”. That is a slogan, not an argument. Taxpayers are entitled to services that work, delivered at a reasonable cost. On every measure we could find, the trial delivered that.",
    ]
    ps3 = [
        "There are fair questions to ask. Not every service can be compressed into four days, and we never pretended otherwise: care workers and the out-of-hours team kept their rotas. Some managers found the first months difficult. A trial in one rural district does not prove the idea will work in a city of a million people.",
        "But those are reasons to run more trials, with better data, not to ban the one that succeeded. If ministers believe the four-day week is bad for the public, they should publish their evidence. So far they have published none.",
        "Local government has spent 15 years being told to innovate its way out of cuts. When a council finally does something new and it works, the answer should not be a letter from Whitehall ordering it to stop. It should be curiosity. Our staff, and the people they serve, deserve at least that.",
    ]
    rich = ('<aside data-spacefinder-role="richLink" class="dcr-11ra563"><div data-component="rich-link" class="dcr-rich">'
            '<span class="dcr-kicker">Related: </span><a href="/politics/2026/jun/02/ministers-move-to-ban-four-day-week-in-councils">'
            'Ministers move to ban four-day week in English councils</a></div></aside>\n')
    inline_ad = '<div class="ad-slot-container dcr-ad" data-label-show="true"><div class="ad-slot__label">Advertisement</div></div>\n'
    body = (f'<div class="article-body-commercial-selector article-body-viewer-selector dcr-1y5y4rl">\n'
            + ps(ps_, P) + rich + ps(ps2, P) + inline_ad + ps(ps3, P)
            + f'<p {P}><em>{t("Ruth Kilbride is a former leader of Eastwold district council")}</em></p>\n'
            + f'<p class="dcr-s3ycb2"><em>{t("Do you have an opinion on the issues raised in this article? If you would like to submit a response of up to 300 words by email to be considered for publication in our letters section, please click here.")}</em></p>\n'
            + "</div>\n")
    ld = [{"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2026-06-05T06:00:19.000Z",
           "dateModified": "2026-06-05T08:12:40.000Z", "author": [{"@type": "Person", "name": "Ruth Kilbride",
           "sameAs": "https://www.albionchronicle.example/profile/ruth-kilbride"}], "publisher": {"@type": "Organization", "name": "The Albion Chronicle"}},
          {"@context": "https://schema.org", "@type": "WebPage", "potentialAction": {"@type": "ViewAction", "target": "android-app://com.albion.android/"}}]
    hd = head(title + " | Ruth Kilbride | The Albion Chronicle", url, deck, og_title=title, site="The Albion Chronicle",
              section="Opinion", published="2026-06-05T06:00:19.000Z", ld=ld, author_meta="Ruth Kilbride")
    pillars = [("News", ["UK", "World", "Climate crisis", "Ukraine", "Environment", "Science", "Global development", "Football", "Tech", "Business", "Obituaries"]),
               ("Opinion", ["The Chronicle view", "Columnists", "Cartoons", "Opinion videos", "Letters"]),
               ("Sport", ["Football", "Cricket", "Rugby union", "Tennis", "Cycling", "F1", "Golf", "US sports"]),
               ("Culture", ["Books", "Music", "TV and radio", "Art and design", "Film", "Games", "Classical", "Stage"]),
               ("Lifestyle", ["Fashion", "Food", "Recipes", "Love and sex", "Health and fitness", "Home and garden", "Women", "Men", "Family", "Travel", "Money"])]
    html = f"""<!DOCTYPE html>
<html lang="en" data-layout="CommentLayout">
<head>
{hd}
</head>
<body>
<div id="bannerandheader"><div class="dcr-top-ad"><div class="ad-slot__label">Advertisement</div></div>
<header class="dcr-header"><a href="/uk" class="dcr-logo">The Albion Chronicle</a>
<div class="dcr-support"><span>Support the Chronicle</span> <span>Fund independent journalism with £5 per month</span> <a href="/contribute">Support us</a></div>
<nav class="dcr-pillars">{megamenu(pillars, "dcr-nav")}</nav>
<ul class="dcr-subnav"><li><a href="/commentisfree">Opinion</a></li><li><a href="/profile/editorial">The Chronicle view</a></li><li><a href="/index/contributors">Columnists</a></li><li><a href="/cartoons/archive">Cartoons</a></li><li><a href="/tone/letters">Letters</a></li></ul>
</header></div>
<main data-layout="CommentLayout"><article class="dcr-article">
<div class="dcr-meta-top"><a href="/commentisfree/commentisfree" class="dcr-series">Opinion</a> <a href="/society/local-government" class="dcr-tag">Local government</a></div>
<div class="dcr-headline"><h1 class="dcr-125vfar">{t(title)}</h1><div class="dcr-byline"><a rel="author" href="/profile/ruth-kilbride">Ruth Kilbride</a></div></div>
<div data-gu-name="standfirst" class="dcr-standfirst"><p>{t(deck)}</p></div>
<figure class="dcr-main-media"><img src="https://i.albion.example/img/media/council.jpg" alt="A town hall"><figcaption class="dcr-caption">‘We had 140 vacancies we could not fill.’ Eastwold district council offices. Photograph: Tom Greaves/Alamy</figcaption></figure>
<div class="dcr-meta"><div class="dcr-meta-date"><details><summary>Fri 5 Jun 2026 07.00 BST</summary>Last modified on Fri 5 Jun 2026 09.12 BST</details></div>
<div class="dcr-share"><span>Share</span><a href="#">Facebook</a><a href="#">X</a><a href="#">Email</a></div><a class="dcr-comment-count" href="#comments">418</a></div>
<div id="maincontent" class="dcr-maincontent">
{body}
</div>
<div class="dcr-epic" data-component="epic"><h2>You’ve read 4 articles in the last year</h2><p>… we have a small favour to ask. Tens of millions have placed their trust in the Chronicle’s fearless journalism since we started publishing 190 years ago.</p><a href="/contribute">Support us</a></div>
<div class="dcr-keywords"><h2>Explore more on these topics</h2><ul><li><a href="/society/local-government">Local government</a></li><li><a href="/money/work-and-careers">Work and careers</a></li><li><a href="/politics/politics">Politics</a></li><li><a href="/tone/comment">comment</a></li></ul></div>
<section id="comments" class="dcr-discussion"><h2>Comments (418)</h2><p>This discussion is now closed for comments but you can still sign in or create your Chronicle account to join the discussion next time.</p></section>
</article>
<section class="dcr-onwards"><h2>Most viewed</h2>{ul(["Archaeologists find bronze age boat in Fenland quarry", "Hosepipe ban declared for three counties", "Premier League clubs agree spending cap", "Train drivers to strike over two weekends in July", "The Chronicle view on school buildings: a crisis left to crumble"], "dcr-mostviewed", "/uk-news/2026/jun/04/")}
<h2>More from Opinion</h2>{ul(["Our towns need pubs more than ever. Why are we letting them close?", "Labour’s housing target is already slipping", "I’m a GP. Here is what the waiting list numbers don’t show"], "dcr-more", "/commentisfree/2026/jun/04/")}</section>
</main>
<footer class="dcr-footer"><ul><li><a href="/about">About us</a></li><li><a href="/help/contact-us">Contact us</a></li><li><a href="/info/complaints-and-corrections">Complaints and corrections</a></li><li><a href="/securedrop">SecureDrop</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/cookies">Cookie policy</a></li></ul><p>© 2026 Albion Chronicle Media Group or its affiliated companies. All rights reserved.</p></footer>
</body>
</html>
"""
    page("en-opinion-uk-comment", "opinion", True, "comment piece: /commentisfree/ URL, Opinion series label, argues",
         "www.albionchronicle.example", url, title, ["Ruth Kilbride"], "Ruth Kilbride", "2026-06-05",
         ["The trial cut sick days and kept bins emptied on time.",
          "When our district council announced two years ago that staff would",
          "The results, published this week by independent researchers, are hard",
          "There are fair questions to ask.",
          "Our staff, and the people they serve, deserve at least that."],
         ["Ministers move to ban four-day week in English councils",
          "Do you have an opinion on the issues raised in this article?",
          "we have a small favour to ask", "Explore more on these topics",
          "Hosepipe ban declared for three counties", "Fund independent journalism"],
         html, body=["div.dcr-standfirst", "div.article-body-commercial-selector"],
         skip=["aside", "div.dcr-ad", "p.dcr-s3ycb2"])

