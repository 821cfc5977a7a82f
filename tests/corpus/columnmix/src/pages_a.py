"""English pages: a US guest essay with only a bio line, a Nigerian board editorial, a British report full of first-person
quotes, an Indian report among opinion teasers, an Australian court report, a US book review and an Australian listicle."""

PAGES = []

# ---------------------------------------------------------------- guest essay in the Health section; the only hint is the italic bio at the end
PAGES.append(dict(
    case="en-opinion-broadsheet-nurselicense", lang="en", skin="broadsheet", domain="lakeshorecourier.example", site="The Lakeshore Courier",
    url="https://www.lakeshorecourier.example/health/2026/03/09/nurses-should-not-need-a-new-license-at-every-state-line/",
    h1="Nurses should not need a new license at every state line",
    deck="Michigan is one of a shrinking number of states outside the nurse licensure compact. Patients pay for that.",
    kicker="Health", authors=["Renata Okafor"], byline_text="By Renata Okafor", ld_authors=["Renata Okafor"],
    ld_type="NewsArticle", ld_section="Health", meta_section="Health",
    pub="2026-03-09T06:00:00-04:00", date="March 9, 2026 at 6:00 a.m. EDT", strip="Monday, March 9, 2026",
    caption="⟪A nurse checks a patient’s monitor in the step-down unit of a Grand Rapids hospital.⟫ (Courier file photo)",
    nav=["News", "Politics", "Business", "Health", "Sports", "Opinion", "Obituaries", "E-Edition"],
    cookie="⟪We use cookies to personalize content and ads and to analyze our traffic.⟫",
    side=[("Most read", ["⟪Snow emergency lifted across Kent County⟫", "Lions add two picks in mock draft roundup", "Where to find a fish fry this Lent"], "news"),
          ("From Opinion", [("Editorial", "⟪The county’s new jail plan needs a second look⟫"), ("Column", "Why I stopped arguing about daylight saving time")], "opinion")],
    related=["Hospital staffing bill stalls in Senate committee", "Travel nurses say pay has dropped by a third since 2023"],
    footer="⟪© 2026 The Lakeshore Courier. All rights reserved.⟫",
    body="""<p>⟦Last winter, a travel nurse with eleven years of intensive-care experience waited seven weeks for permission to work in our unit.⟧ She held a clean license in Ohio. She had passed the same national examination as every nurse in Michigan. For those seven weeks, three beds in our step-down unit stayed closed.</p>
<p>That delay is not unusual, and it is not a paperwork accident. It is the predictable result of a licensing system built for a time when nurses rarely crossed state lines.</p>
<p>⟦Forty-three states and territories now belong to the nurse licensure compact,⟧ an agreement under which a registered nurse licensed in one member state may practice in the others. Michigan is not among them. Bills to join have been introduced in Lansing in four of the past six sessions, and each has died in committee.</p>
<div class="ad-slot ad-inline"><span class="ad-label">Advertisement</span></div>
<p>The objections are familiar. Unions worry that the compact will make it easier for hospitals to bring in temporary staff during strikes. Regulators worry about losing oversight. Both concerns deserve an answer, and both have one: compact states keep full authority to discipline any nurse working within their borders, and nothing in the agreement changes labor law.</p>
<p>⟦What the compact does change is the speed at which qualified people can reach patients who need them.⟧ It would help the military spouses who move every few years, the nurses in border towns who live in one state and work in another, and the growing number of nurses who provide follow-up care by telephone and video to patients across state lines.</p>
<p>The Legislature should pass the compact bill this spring, and the governor should sign it. ⟦Every month of delay is measured in closed beds and longer waits.⟧</p>
<p><em>⟪Renata Okafor is a professor of nursing at Bellmont University⟫ and worked for fourteen years as an intensive-care nurse.</em></p>""",
    exclude=["p^Renata Okafor is", "div.ad-slot"],
    kind="opinion", why="guest essay urging compact membership; only hint is closing bio",
))

# ---------------------------------------------------------------- board editorial; Yoast makes "Editorial Board" a Person
PAGES.append(dict(
    case="en-opinion-wpnews-ferryschedule", lang="en", skin="wpnews", domain="harboursentinel.example", site="The Harbour Sentinel",
    url="https://harboursentinel.example/2026/02/18/lagos-ferry-schedules-cannot-remain-a-guessing-game/",
    h1="Lagos ferry schedules cannot remain a guessing game",
    kicker="Editorial", authors=None, byline_text="By Editorial Board", byline_html='By <a href="/author/editorial-board/">Editorial Board</a>',
    ld_authors=["Editorial Board"], meta_author="Editorial Board", ld_type="Article",
    pub="2026-02-18T00:15:00+01:00", date="February 18, 2026", strip="Wednesday, February 18, 2026",
    nav=["Home", "News", "Politics", "Business", "Metro", "Opinion", "Editorial", "Columnists", "Sports", "Entertainment"],
    cookie="⟪This website uses cookies to improve your experience.⟫",
    side=[("Trending", ["⟪NLC threatens fresh strike over minimum wage review⟫", "Super Eagles camp opens in Uyo", "Traders relocate as market fire probe begins"]),
          ("Columnists", [("Monday column", "⟪The quiet collapse of our public libraries⟫"), ("Column", "Who will pay for the coastal road?")], "opinion")],
    related=["⟪Commuters stranded as operators suspend Ikorodu route⟫", "Waterways authority unveils new jetty plan"],
    comments=[("Tunde A.", "2 days ago", "⟪Very true. I waited two hours at Ebute Ero last Friday.⟫"), ("Ngozi", "1 day ago", "The jetties also need lighting, not only timetables.")],
    footer="⟪© 2026 The Harbour Sentinel. All Rights Reserved.⟫",
    body="""<p>⟦Every weekday, tens of thousands of Lagosians gamble on a boat.⟧ They walk down to a jetty at Ikorodu, Mile 2 or Badore without knowing whether the next ferry will leave in ten minutes or in two hours, or whether it will leave at all.</p>
<p>The state’s waterways authority has spent heavily on new terminals in the past three years. That money will be wasted if passengers cannot plan a journey. A commuter who cannot predict when a ferry will depart will go back to the road, however congested it is.</p>
<p>⟦The first step is neither expensive nor complicated: publish a timetable and keep to it.⟧ Licensed operators should be required to file departure times for every route and to post them at every jetty and online. Operators who miss scheduled departures repeatedly should lose their slots to competitors who will not.</p>
<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">- Advertisement -</span></div>
<p>The second step is safety. Too many boats still leave overloaded, and life jackets are too often stored rather than worn. ⟦Enforcement cannot depend on the goodwill of an officer at the jetty;⟧ it requires regular inspections and penalties that operators actually pay.</p>
<p>Lagos has a lagoon that could carry far more of its daily traffic than it does. Reliable, safe ferries would take pressure off the bridges and give residents of the waterside communities a dignified way to get to work. ⟦The authorities should treat the ferry as public transport, not as an adventure.⟧</p>""",
    exclude=["div.td-a-rec"],
    kind="opinion", why="board editorial arguing for ferry timetables; board named as Person",
))

# ---------------------------------------------------------------- news report dominated by first-person quotes; Comment teasers in the rail
PAGES.append(dict(
    case="en-news-broadsheet-floodresidents", lang="en", skin="broadsheet", domain="valeherald.example", site="The Vale Herald",
    url="https://www.valeherald.example/news/local/residents-of-mill-lane-flooded-for-third-time-in-five-years-4471903",
    h1="‘I can’t keep starting again’: Mill Lane flooded for the third time in five years",
    deck="Householders say promised flood defences have not arrived as the River Teme burst its banks overnight.",
    kicker="Local news", authors=["Harriet Coles"], byline_text="By Harriet Coles, Local Democracy Reporter",
    byline_html='By <a href="/author/harriet-coles">Harriet Coles</a>, Local Democracy Reporter', ld_authors=["Harriet Coles"], ld_type="NewsArticle",
    pub="2026-03-10T18:45:00+00:00", date="Tuesday 10 March 2026 6:45 pm", strip="Tuesday, 10 March 2026",
    caption="⟪Sandbags outside homes on Mill Lane on Tuesday morning.⟫ Picture: Tom Hadley",
    nav=["News", "Sport", "What’s On", "Comment", "Opinion", "Property", "Jobs", "Announcements"],
    cookie="We and our partners use cookies to store and access information on your device.",
    side=[("Most read", ["⟪Man charged after stolen tractor found in Ledbury⟫", "Council tax rise of 4.99 per cent approved", "New café opens in former bank"]),
          ("Comment", [("Opinion", "⟪We cannot keep building on the floodplain⟫"), ("Letters", "Readers on potholes, parking and the bypass")], "comment")],
    related=["Environment Agency issues six flood warnings for the Teme", "Flood defence scheme delayed until 2028"],
    comments=[("ValeWatcher", "3 hours ago", "⟪Heartbreaking. The council has known about this lane for years.⟫")],
    footer="⟪© 2026 Vale Herald Media Ltd. Registered in England and Wales.⟫",
    body="""<p>⟦Residents of Mill Lane in Tenbury have been flooded for the third time in five years after the River Teme burst its banks overnight.⟧</p>
<p>Water up to 40cm deep entered at least nine homes in the early hours of Tuesday, according to Worcestershire Fire and Rescue Service, which sent two crews to pump out properties.</p>
<p>Jenny Marsh, 64, who has lived on the lane since 1991, said she had been moving furniture upstairs since midnight. ⟦“I can’t keep starting again. I’ve replaced the kitchen twice already and I simply haven’t got it in me to do it a third time,” she said.⟧</p>
<p>“I feel let down. I went to every meeting they held, I filled in every form, and I was told we would have defences by now.”</p>
<div class="inline-read-more"><span>Read more:</span> <a href="/news/flood-defence-scheme-delayed">⟪Flood defence scheme for Tenbury pushed back again⟫</a></div>
<p>Her neighbour, Dev Sharma, said his insurance premium had trebled since the last flood. “I’m angry, honestly. I think we have been forgotten because we’re a small town,” he said.</p>
<p>⟦A flood defence scheme for the lane was approved in 2023 but has been delayed by land negotiations,⟧ Worcestershire County Council confirmed. A spokesperson said work was now expected to begin in 2028 and that the council was “acutely aware of the distress” caused to residents.</p>
<p>The Environment Agency said river levels were expected to fall slowly through Wednesday. ⟦Residents can check flood warnings online or by calling Floodline.⟧</p>""",
    exclude=["div.inline-read-more"],
    kind="news", why="local flood report; first-person voices are quoted residents",
))

# ---------------------------------------------------------------- report on a site whose menu and sidebar are full of opinion
PAGES.append(dict(
    case="en-news-wpnews-tankerwater", lang="en", skin="wpnews", domain="deccanledger.example", site="The Deccan Ledger",
    url="https://www.deccanledger.example/cities/pune/pune-housing-societies-tanker-water-bills-double-9012744/",
    h1="Pune housing societies say tanker water bills have doubled since January",
    deck="Residents of 40 societies in Wagholi and Kharadi want the civic body to speed up pipeline work",
    kicker="Pune", authors=["Aarav Kulkarni"], byline_text="Written by Aarav Kulkarni",
    byline_html='Written by <a href="/profile/author/aarav-kulkarni/">Aarav Kulkarni</a> <span class="td-post-place">Pune</span>',
    ld_authors=["Aarav Kulkarni"], ld_type="NewsArticle",
    pub="2026-03-03T21:40:00+05:30", mod="2026-03-04T09:12:00+05:30", date="March 3, 2026 21:40 IST | Updated: March 4, 2026 09:12 IST", strip="Wednesday, March 4, 2026",
    nav=["India", "Cities", "Opinion", "Editorials", "Columns", "Explained", "Business", "Sports", "ePaper"],
    side=[("Opinion", [("Editorial", "⟪A water policy that starts with the meter⟫"), ("Column", "⟪Our cities are drinking their own future⟫"),
                       ("Op-Ed", "Why the monsoon forecast should worry planners")], "opinion"),
          ("Latest", ["⟪Metro Line 3 trial runs to begin in April⟫", "Schools told to shift exams before heat wave"], "cities")],
    related=["⟪PMC to float fresh tender for Wagholi pipeline⟫", "How much water does Pune really supply per person?"],
    newsletter="⟪Get the morning briefing in your inbox⟫",
    footer="⟪© 2026 The Deccan Ledger Pvt Ltd. All Rights Reserved⟫",
    body="""<p>⟦Residents of around 40 housing societies in Wagholi and Kharadi say their monthly bills for tanker water have roughly doubled since January,⟧ as supply from the civic body’s lines has fallen short ahead of summer.</p>
<p>Sunita Deshmukh, secretary of a 220-flat society in Wagholi, said the society now buys 14 tankers a day at Rs 1,400 each. “In December we needed six or seven. Every family is paying around Rs 2,000 extra a month just for water,” she said.</p>
<p>⟦The Pune Municipal Corporation (PMC) said the shortfall was temporary⟧ and linked to delays in laying a 1.2-km stretch of the main pipeline from the Bhama Askhed scheme. An official of the water supply department, who did not wish to be named, said the work would be completed “before the monsoon”.</p>
<div class="td-a-rec td-a-rec-id-content_inlineleft"><span class="td-adspot-title">Advertisement</span></div>
<p>The Wagholi Housing Federation has written to the municipal commissioner asking for a fixed schedule of supply and for action against tanker operators who, it alleges, raise prices when demand peaks. ⟦The federation said it had recorded rates rising from Rs 900 to Rs 1,600 per tanker in six weeks.⟧</p>
<p>Tanker operators deny colluding. Mahesh Gaikwad, who runs a fleet of eight tankers, said diesel costs and longer waits at filling points had pushed up rates. “We are also facing shortage at the source,” he said.</p>
<p>⟦The PMC’s standing committee is scheduled to review the pipeline project on March 11.⟧</p>""",
    exclude=["div.td-a-rec"],
    kind="news", why="city report; opinion only in menus and sidebar teasers",
))

# ---------------------------------------------------------------- court report: the judge's first-person sentencing remarks
PAGES.append(dict(
    case="en-news-arc-sentencing", lang="en", skin="arc", domain="southerncrossdaily.example", site="Southern Cross Daily",
    url="https://www.southerncrossdaily.example/news/courts/geelong-builder-jailed-for-taking-deposits-for-homes-never-built-20260312-p5q8zk",
    h1="Geelong builder jailed for taking deposits for homes never built",
    deck="A judge said the man had treated families’ savings as his own cash flow.",
    kicker="Courts", authors=["Jack Thornbury"], byline_text="By Jack Thornbury", ld_authors=["Jack Thornbury"], ld_type="NewsArticle",
    pub="2026-03-12T16:15:00+11:00", date="12 March 2026 — 4:15pm",
    caption="⟪The County Court in Melbourne.⟫ Picture: Southern Cross Daily",
    nav=["Victoria", "National", "World", "Business", "Opinion", "Sport", "Culture", "Lifestyle"],
    cookie="⟪By continuing you agree to our use of cookies.⟫",
    side=[("Popular now", ["⟪Heatwave warning for western Victoria this weekend⟫", "AFL clubs split over fixture changes", "Rents ease in regional centres"], "news"),
          ("Opinion", [("Comment", "⟪Builders’ insurance is failing the people it should protect⟫")], "opinion")],
    related=["⟪Consumer watchdog urges checks before paying deposits⟫", "Victorian building regulator to get new powers"],
    footer="⟪© 2026 Southern Cross Daily Pty Ltd. All rights reserved.⟫",
    body="""<p>⟦A Geelong builder who took more than $1.3 million in deposits from 17 families for homes he never started has been jailed for five years.⟧</p>
<p>Darren Lyle Pickering, 52, pleaded guilty in the County Court to 17 counts of obtaining property by deception between 2022 and 2024.</p>
<p>⟦The court heard Pickering continued to sign contracts and collect deposits of up to $95,000⟧ after his company’s bank had refused to extend its overdraft, and used the money to pay suppliers on other projects and his own mortgage.</p>
[[AD]]
<p>Sentencing him on Thursday, Judge Margaret Evatt said his conduct had been “sustained and calculated”.</p>
<p>“I am satisfied that you knew, from at least mid-2022, that you could not build these homes. You nevertheless looked these families in the eye and took their savings. I regard that as a serious breach of trust,” Judge Evatt said.</p>
<p>⟦“I accept that you are remorseful, but remorse does not rebuild a deposit,” she said.⟧</p>
[[AD]]
<p>Several victims read statements to the court. One couple said they had lost the deposit they had saved over nine years and were now renting with two children.</p>
<p>Pickering will be eligible for parole after three years. ⟦Consumer Affairs Victoria said it was considering further action against the company’s other director.⟧</p>""",
    exclude=["div.arc-ad*"],
    kind="news", why="court report; argumentative voice belongs to the quoted judge",
))

# ---------------------------------------------------------------- book review with Review JSON-LD
PAGES.append(dict(
    case="en-other-broadsheet-bookreview", lang="en", skin="broadsheet", domain="pacificreview.example", site="The Pacific Review of Books",
    url="https://www.pacificreview.example/books/2026/02/27/the-salt-ledger-review-a-novel-of-ledgers-and-lies/",
    h1="‘The Salt Ledger’ is a clever novel that forgets to breathe",
    deck="Ines Okonkwo-Baptiste’s second novel follows a cannery bookkeeper through one disastrous season.",
    kicker="Books", authors=["Colin Mabry"], byline_text="Reviewed by Colin Mabry", ld_authors=["Colin Mabry"],
    ld_obj={"@context": "https://schema.org", "@type": "Review", "name": "‘The Salt Ledger’ is a clever novel that forgets to breathe",
            "url": "https://www.pacificreview.example/books/2026/02/27/the-salt-ledger-review-a-novel-of-ledgers-and-lies/",
            "author": {"@type": "Person", "name": "Colin Mabry"}, "datePublished": "2026-02-27T08:00:00-08:00",
            "itemReviewed": {"@type": "Book", "name": "The Salt Ledger", "author": {"@type": "Person", "name": "Ines Okonkwo-Baptiste"}},
            "reviewRating": {"@type": "Rating", "ratingValue": 3, "bestRating": 5},
            "publisher": {"@type": "Organization", "name": "The Pacific Review of Books"}},
    pub="2026-02-27T08:00:00-08:00", date="February 27, 2026",
    nav=["Fiction", "Nonfiction", "Poetry", "Essays", "Opinion", "Interviews", "Bestsellers"],
    side=[("Most read", ["⟪The 12 novels we are most excited about this spring⟫", "A poet’s year on a fire lookout"]),
          ("Essays", [("Essay", "⟪In defense of the long, boring middle of novels⟫")], "essays")],
    bio="⟪Colin Mabry is a critic and the author of two essay collections.⟫",
    footer="⟪© 2026 The Pacific Review of Books⟫",
    body="""<div class="book-info"><p><strong>The Salt Ledger</strong><br>By Ines Okonkwo-Baptiste<br>Harborlight Press. 342 pp. $28</p></div>
<p>⟦There is a marvelous short novel buried inside “The Salt Ledger,”⟧ and for its first hundred pages you can hear it breathing. Agnes Tull, the bookkeeper of a salmon cannery on the Oregon coast in 1931, notices that the numbers are wrong. Someone is paying for fish that never arrived.</p>
<p>Okonkwo-Baptiste writes about columns of figures the way other novelists write about weather. ⟦The ledger scenes are the best thing in the book:⟧ tense, funny and precise about the small lies of small businesses.</p>
<p>The trouble starts when the plot leaves the office. A romance with a union organizer feels borrowed from a different, softer book, and a late subplot about a missing brother is resolved in a single chapter that reads like an outline.</p>
<p>⟦The prose also has a habit of explaining what it has just shown.⟧ When Agnes finally confronts the owner, the scene lands; three paragraphs of reflection afterward take the air out of it.</p>
<p>Still, readers who loved the author’s debut will find her eye for work and money as sharp as ever. ⟦This is a frustrating book, but not a dull one.⟧</p>""",
    body_extra=[],
    kind="other", why="book review with a rating; reviews are other",
))

# ---------------------------------------------------------------- listicle: 10 best ...
PAGES.append(dict(
    case="en-other-lifestyle-bakeries", lang="en", skin="lifestyle", domain="goodweekend-sa.example", site="Good Weekend SA",
    url="https://www.goodweekend-sa.example/food/the-10-best-suburban-bakeries-in-adelaide/",
    h1="The 10 best suburban bakeries in Adelaide",
    deck="From a Greek bakery in Thebarton to a tiny sourdough window in Stirling, these are worth the drive.",
    kicker="Food", authors=["Mia Castellano"], byline_text="Words by Mia Castellano", ld_authors=["Mia Castellano"], ld_type="Article",
    pub="2026-01-30T07:00:00+10:30", date="30 January 2026", claim="Eat, drink and explore South Australia",
    nav=["Food", "Drink", "Travel", "Culture", "News", "Opinion"],
    cookie="⟪Our site uses cookies so we can show you relevant offers.⟫",
    side=[("Trending", ["⟪Where to eat in the Barossa this autumn⟫", "A guide to Adelaide Fringe on a budget"], "magazine")],
    related=["⟪The best pho in Adelaide, ranked⟫", "Seven wineries with playgrounds"],
    newsletter="⟪Get the weekend guide every Friday morning⟫",
    footer="⟪© 2026 Good Weekend SA. We acknowledge the Kaurna people.⟫",
    body="""<p>⟦Adelaide’s best bread is not always in the city.⟧ We spent a month driving between suburbs and hills towns to find the bakeries locals queue for.</p>
<h2>1. Kalamata Bakehouse, Thebarton</h2>
<p>⟦Come for the koulourakia, stay for the spanakopita still warm from the oven.⟧ Open from 6am, closed Mondays.</p>
<h2>2. Window Loaf, Stirling</h2>
<p>A single window in a weatherboard cottage selling four sourdoughs a day. Pre-order on Thursdays.</p>
<h2>3. Boulangerie Ferrand, Norwood</h2>
<p>The croissants laminate in 27 layers, according to the owner, who will tell you this whether you ask or not.</p>
<div class="ad-container"><span>Advertisement</span></div>
<h2>4. Mr Huynh’s, Woodville</h2>
<p>⟦The banh mi rolls are baked on site twice a day⟧ and sell out by lunchtime.</p>
<h2>5. Crust and Crumb, Gawler</h2>
<p>Country-style pies with thick, peppery gravy. The pasty is the local favourite.</p>
<h2>6. Old Mill Bakery, Hahndorf</h2>
<p>German rye and streuselkuchen in a building older than the state’s parliament.</p>
<h2>7. Levain Lane, Glenelg</h2>
<p>Seaside sourdough and cardamom buns; eat them on the jetty.</p>
<h2>8. Pane Nostro, Campbelltown</h2>
<p>Focaccia sold by weight and a Saturday cannoli rush.</p>
<h2>9. Beirut Oven, Prospect</h2>
<p>Za’atar manoush made to order for under ten dollars.</p>
<h2>10. The Quiet Baker, Mount Barker</h2>
<p>⟦A one-woman operation whose fruit loaf justifies the drive on its own.⟧ Cash only.</p>""",
    exclude=["div.ad-container"],
    kind="other", why="listicle of ten bakeries; a consumer guide",
))
