"""UK pages of anglomix (6): a broadsheet's editorial, a column marked only by its /comment/ URL and a political
editor's analysis; a Scottish regional's "The Herald says" editorial; a tabloid's news story and product review."""

PAGES = []

CH_NAV = ["News", "Opinion", "Sport", "Culture", "Lifestyle"]
CH_COOKIE = ("We and our partners use cookies and similar technologies to store and access personal data such as your browsing "
             "activity, to personalise content and ads and to measure their performance. You can change your choices at any time "
             "by clicking on 'Privacy settings' at the bottom of any page.")
CH_FOOT = ["About us", "Contact us", "Complaints and corrections", "Privacy policy", "Cookie policy", "Terms and conditions", "Privacy settings"]
CH_SIDE_OP = ("Opinion", [("Comment", "The NHS waiting list will not fall while social care is broken"),
                          ("Editorial", "The Chronicle view on school meals: a policy that pays for itself"),
                          ("Comment", "Why I have stopped apologising for my accent")])

# ---------------------------------------------------------------- 7. broadsheet editorial
PAGES.append(dict(
    case="en-opinion-ukpaper-chronicleview", lang="en", html_lang="en-GB", skin="ukpaper", domain="www.thechronicle-uk.example", site="The Chronicle",
    secpath="opinion", pillar="opinion",
    url="https://www.thechronicle-uk.example/opinion/2026/mar/05/the-chronicle-view-on-bus-franchising-fairer-deal-regions",
    h1="The Chronicle view on bus franchising: a fairer deal for the regions is within reach",
    deck="Mayors who have taken back control of their buses are showing what is possible. Ministers should make it easier for the rest.",
    kicker="Opinion", kicker_path="opinion",
    authors=None, byline_html="Editorial", ld_authors=["org:The Chronicle"], ld_type="OpinionNewsArticle", ld_section="Opinion",
    pub="2026-03-05T18:30:00Z", date="Thu 5 Mar 2026 18.30 GMT", meta="full",
    nav=CH_NAV, subnav=["The Chronicle view", "Columnists", "Cartoons", "Letters", "Opinion videos"], cookie=CH_COOKIE,
    cookie_title="It’s your choice", cookie_ok="Yes, I’m happy", cookie_set="Manage or reject cookies",
    caption="⟪A franchised bus leaves Piccadilly Gardens in Manchester.⟫ Photograph: Kate Lindqvist/The Chronicle",
    comment_count_label="312 comments",
    side=[("Most viewed", ["⟪Storm Edith: amber wind warning for north-west England⟫", "Teachers vote to accept 4.2% pay offer",
                           "The 20 best walks in the Peak District", "House prices fall for second month running"]), CH_SIDE_OP],
    paywall=("⟪This article is free to read because readers choose to support us.⟫",
             "We have no shareholders and no billionaire owner. Support the Chronicle from just £2 a month – it only takes a minute."),
    paywall_btn="Support us", tags=["Buses", "Transport", "Local government", "Editorials"],
    related=["Manchester bus fares to be capped at £2 until 2028", "West Yorkshire confirms franchising timetable"], related_h="More on this story",
    comments=[("northernrambler", "5 Mar 2026 19.02", "Franchising in Manchester has been a revelation. One ticket, one map. Why did it take forty years?", "146"),
              ("DerekfromDevon", "5 Mar 2026 19.40", "Lovely if you live in a city. Out here the problem is that there is no bus to franchise.", "98")],
    comments_title="Comments (312)",
    newsletter="Sign up to First Edition, our free daily newsletter – every weekday morning at 7am.",
    footer="⟪© 2026 Chronicle News and Media Limited or its affiliated companies. All rights reserved.⟫", footer_nav=CH_FOOT,
    body="""⟦When Greater Manchester brought its buses back under public control, critics predicted chaos.⟧ Two years on, fares are capped, the network is run to a single timetable and passenger numbers on franchised routes are up by almost a tenth. It is one of the few pieces of good news in English public transport in a generation, and it deserves to be copied.

The government says it wants exactly that. Its buses bill, which returns to the Commons next week, would let every local transport authority pursue franchising without first seeking permission from Whitehall. That is welcome. ⟦But the bill gives councils a power without the money to use it.⟧

[[READ|Related:|⟪Half of rural bus routes cut since 2010, study finds⟫]]

[[H|The cost of taking control]]

Franchising is not cheap. Manchester spent years and well over £100m preparing its scheme, buying depots and negotiating with operators. A mid-sized county council, squeezed by social care costs, cannot find that kind of sum. Unless ministers provide a dedicated transition fund, franchising will remain a privilege of the big city regions, and the places that have suffered most from route cuts will see least of the benefit.

There is also a risk that councils are set up to fail. Franchising transfers the financial risk of a route from the operator to the public purse. ⟦That is the right trade if passengers come back, and a painful one if they do not.⟧ Councils need honest modelling, shared expertise and a national body that can help them write contracts, rather than each one hiring the same consultants.

[[AD]]

[[H|Buses are not a luxury]]

For the millions of people who do not drive, the bus is the difference between being able to take a job across town and being stuck. Young people, older people and those on low incomes rely on it most. ⟦A country that wants to grow cannot keep treating the bus as an afterthought.⟧

The bill is a start. Ministers should match it with long-term funding, so that a family in Cornwall or County Durham can expect the same reliable service as one in Salford. ⟦Taking back control means little if there is nothing left to control.⟧""",
    kind="opinion", why="unsigned editorial, the paper's view",
))

# ---------------------------------------------------------------- 8. broadsheet column marked only by the /comment/ URL
PAGES.append(dict(
    case="en-opinion-ukpaper-allotments", lang="en", html_lang="en-GB", skin="ukpaper", domain="www.thechronicle-uk.example", site="The Chronicle",
    secpath="comment", pillar="lifestyle",
    url="https://www.thechronicle-uk.example/comment/2026/mar/06/allotment-waiting-lists-councils-selling-land",
    h1="Councils are selling off allotments while 150,000 people wait for a plot",
    deck="I waited six years for my half-plot. Those now on the list may never get one if this carries on.",
    kicker="Allotments", kicker_path="lifeandstyle/allotments",
    authors=["Harriet Ellison"], byline_html='<a href="/profile/harriet-ellison">Harriet Ellison</a>',
    ld_authors=["Harriet Ellison"], ld_type="Article", ld_section="Life and style", meta_section="Life and style",
    pub="2026-03-06T07:00:00Z", date="Fri 6 Mar 2026 07.00 GMT", meta="full",
    nav=CH_NAV, subnav=["Food", "Gardens", "Health and fitness", "Money", "Travel", "Family"], cookie=CH_COOKIE,
    cookie_title="It’s your choice", cookie_ok="Yes, I’m happy", cookie_set="Manage or reject cookies",
    caption="⟪Plots at an allotment site in Sheffield.⟫ Photograph: Tom Alder/The Chronicle",
    comment_count_label="488 comments",
    side=[("Most viewed", ["⟪The 20 best walks in the Peak District⟫", "Storm Edith: amber wind warning for north-west England",
                           "Teachers vote to accept 4.2% pay offer", "Seed swaps are booming in village halls"]), CH_SIDE_OP],
    paywall=("⟪This article is free to read because readers choose to support us.⟫",
             "We have no shareholders and no billionaire owner. Support the Chronicle from just £2 a month – it only takes a minute."),
    paywall_btn="Support us", tags=["Gardens", "Allotments", "Local government", "Housing"],
    comments=[("plotholder22", "6 Mar 2026 08.14", "Our site lost a third of its plots to a car park extension in 2019. Nobody asked us.", "311"),
              ("Greenfingers_Bristol", "6 Mar 2026 09.02", "Some plots sit untended for years while the list grows. Councils should enforce the tenancy rules first.", "204")],
    comments_title="Comments (488)",
    newsletter="Sign up to The Dig: gardening tips, recipes from the plot and the best of the season, every Friday.",
    footer="⟪© 2026 Chronicle News and Media Limited or its affiliated companies. All rights reserved.⟫", footer_nav=CH_FOOT,
    body="""⟦I waited six years for my half-plot in south London, and I count those years as well spent.⟧ The plot has fed my family every summer since, taught my children that carrots come out of the ground rather than a plastic bag, and introduced me to neighbours I would otherwise never have met. So I read with something close to despair the figures released this week showing that councils in England have sold or approved the sale of more than 200 allotment sites since 2015.

Meanwhile, the waiting lists grow. ⟦By the most recent count, about 150,000 people are waiting for a plot.⟧ In some London boroughs the wait is more than ten years, which is to say that many of the people now on those lists will never get to the front.

[[H|A law that is barely enforced]]

Councils are supposed to provide allotments where there is demand, and they need the secretary of state's consent before disposing of statutory sites. In practice, that consent is almost never refused. Applications are judged on whether the council has offered "adequate" alternative land, a test so loose that a site a bus ride away on poorer soil can count.

[[READ|Related:|⟪How to grow potatoes in a bag⟫]]

I understand why cash-strapped councils are tempted. A few acres near a town centre can be worth millions to a developer. But selling an allotment is a one-off gain, and the loss is permanent. ⟦No council in living memory has created a new site on land it sold.⟧

[[AD]]

[[H|What should change]]

First, ministers should stop rubber-stamping disposals and publish their reasons every time they approve one. Second, councils should be required to show their waiting lists are falling before they can sell. Third, new housing estates of any size should include growing space, just as they must include play areas.

Allotments are not a hobby for a nostalgic few. They are cheap food, exercise, fresh air and community in one place, and they cost the taxpayer almost nothing. ⟦We should be building more of them, not selling the ones we have.⟧""",
    kind="opinion", why="first-person column arguing for protecting allotments; only URL marks it",
))

# ---------------------------------------------------------------- 9. broadsheet analysis by the political editor
PAGES.append(dict(
    case="en-news-ukpaper-analysis", lang="en", html_lang="en-GB", skin="ukpaper", domain="www.thechronicle-uk.example", site="The Chronicle",
    secpath="politics", pillar="news",
    url="https://www.thechronicle-uk.example/politics/2026/mar/04/spring-statement-chancellor-fiscal-rules-analysis",
    h1="Spring statement buys the chancellor time but leaves the hard choices for autumn",
    deck="Treasury headroom has been rebuilt on paper, but economists warn that it rests on spending plans few believe.",
    kicker="Analysis", kicker_path="politics/analysis",
    authors=["Oliver Strand"], byline_html='<a href="/profile/oliver-strand">Oliver Strand</a> | Political Editor',
    pub="2026-03-04T21:15:00Z", date="Wed 4 Mar 2026 21.15 GMT", meta="og", meta_section="Politics",
    nav=CH_NAV, subnav=["UK", "World", "Politics", "Climate crisis", "Business", "Science"], cookie=CH_COOKIE,
    cookie_title="It’s your choice", cookie_ok="Yes, I’m happy", cookie_set="Manage or reject cookies",
    caption="⟪The chancellor leaves Downing Street on Wednesday.⟫ Photograph: Anil Mehta/The Chronicle",
    comment_count_label="1,046 comments",
    side=[("Most viewed", ["Storm Edith: amber wind warning for north-west England", "⟪Teachers vote to accept 4.2% pay offer⟫",
                           "House prices fall for second month running", "What the spring statement means for your pay packet"]), CH_SIDE_OP],
    paywall=("This article is free to read because readers choose to support us.",
             "⟪Our political coverage is funded by more than a million readers.⟫ Support the Chronicle from just £2 a month."),
    paywall_btn="Support us", tags=["Spring statement", "Economic policy", "Treasury", "Politics"],
    related=["What the spring statement means for renters", "⟪OBR cuts growth forecast to 1.1% for this year⟫"], related_h="More on this story",
    newsletter="Sign up to This is Europe and Politics Weekly – our take on the week in Westminster.",
    footer="© 2026 Chronicle News and Media Limited or its affiliated companies. All rights reserved.", footer_nav=CH_FOOT,
    body="""⟦For a statement that was billed as a non-event, Wednesday's fiscal update turned out to matter quite a lot.⟧ The chancellor arrived at the dispatch box needing to show that her self-imposed borrowing rules could still be met, and on the Office for Budget Responsibility's numbers she did just that, with £11.2bn of headroom against the main target.

The question at Westminster on Wednesday night was less whether she had met the rules than how. ⟦Most of the restored headroom comes from lower forecast spending in 2028 and 2029⟧, years beyond the current spending review, when departments' budgets have been pencilled in at levels that several senior Treasury officials privately describe as unrealistic.

[[H|A cushion made of assumptions]]

The Institute for Fiscal Studies was quick to point this out. Its director said the plans implied real-terms cuts of about 2% a year for unprotected departments such as justice and local government, on top of a decade of earlier squeezes. "Nobody in Whitehall expects those cuts to happen as written," he said.

[[READ|Related:|⟪Spring statement 2026: key points at a glance⟫]]

Labour backbenchers were muted in the chamber but less so in the tea room. One former minister said the statement had "kicked the can down the road and then painted the road". Others were relieved that there was no fresh squeeze on welfare, which had been the subject of intense briefing over the weekend.

[[AD]]

[[H|The autumn problem]]

What the chancellor has bought is time. The autumn budget will coincide with the next spending review, and it is there that the gap between the plans and reality will have to be closed, either through higher taxes, more borrowing or cuts that the party has so far avoided naming.

⟦Treasury sources insist there is no appetite for breaking the fiscal rules⟧, and allies of the chancellor point to the fall in gilt yields on Wednesday afternoon as a sign that markets were reassured.

⟦Whether voters will be reassured by another six months of uncertainty is a different matter.⟧""",
    kind="news", sure=False, why="political analysis with sourced evaluation, takes no side",
))

# ---------------------------------------------------------------- 10. Scottish regional, "The Herald says", UK numeric date only
CL_NAV = ["News", "Glasgow", "Ayrshire", "Inverclyde", "Politics", "Sport", "Opinion", "Business", "Lifestyle", "Announcements", "Jobs"]
PAGES.append(dict(
    case="en-opinion-ukregional-heraldsays", lang="en", html_lang="en-GB", skin="ukregional", domain="www.clydeherald.example", site="The Clyde Herald",
    secpath="opinion",
    url="https://www.clydeherald.example/opinion/the-herald-says/25119043.herald-says-island-ferry-passengers-deserve-better/",
    h1="The Herald says: Island ferry passengers deserve more than another apology",
    crumbs=["Opinion", "The Herald says"],
    authors=None, byline_html="Herald View",
    pub="2026-03-05T00:00:00+00:00", date="05/03/2026", meta="min",
    sub_offer="Subscribe from just £1 for your first three months.",
    nav=CL_NAV, subnav=["Letters", "Columnists", "The Herald says", "Your say"],
    cookie="We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.",
    cookie_ok="I agree", cookie_set="Options",
    ticker=["Paisley high street to get £3m facelift", "⟪Largs man jailed for dangerous driving on A78⟫"], ticker_label="Breaking",
    caption="⟪The MV Loch Seaforth leaves Ardrossan harbour.⟫ Picture: Newsquest",
    side=[("Most read", ["⟪Greenock sugar warehouse flats get green light⟫", "Ayrshire coast path reopens after landslip repairs",
                         "Famous Glasgow chip shop up for sale after 70 years", "Kilmarnock school named among Scotland's best"]),
          ("Opinion", [("Columnist", "Glasgow's subway deserves better than a 1980s timetable"), ("Letters", "Readers on the island ferries and the A77")])],
    paywall=("⟪Support quality local journalism⟫", "Subscribe to The Clyde Herald from just £1 for your first three months. Cancel any time."),
    tags=["Ferries", "CalMac", "Arran", "Transport Scotland"],
    related=["Our roads budget is a false economy", "Islanders to protest at Holyrood over ferry chaos"], related_h="More from Opinion",
    comments=[("ArranBorn", "6 hours ago", "We missed a hospital appointment in Glasgow twice this winter because of cancellations. This editorial is spot on.", ""),
              ("GourockGran", "4 hours ago", "The crews do their best with what they have been given. Blame the people who ordered the boats.", "")],
    comments_title="Comments (57)", comment_rules="Comments are moderated and must follow our community rules.",
    footer="⟪This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice.⟫ © 2026 The Clyde Herald.",
    footer_nav=["Contact us", "Advertise", "Terms", "Privacy", "Cookie settings"],
    body="""⟦Islanders on Arran know the routine by now.⟧ A text message arrives before breakfast: the morning sailing is cancelled because of a technical fault, or the weather, or a shortage of crew. Appointments in Glasgow are missed, deliveries to shops are delayed and visitors who had booked a weekend in Brodick rethink their plans for the summer.

⟦Figures published this week show that more than one in five sailings on the Ardrossan route were cancelled or disrupted in February⟧, the worst month on record. Each time, passengers receive an apology. They deserve rather more than that.

[[READ|Read more:|⟪Arran ferry cancellations hit record high in February⟫]]

[[SPLIT]]

The immediate problem is an ageing fleet. Several of the vessels serving the Clyde and Hebrides are well past the age at which most operators would retire them, and every breakdown cascades across the network as boats are switched from one route to cover another. ⟦The long-delayed new ferries will help, but they cannot arrive soon enough.⟧

Yet the fleet is not the whole story. Islanders have told this newspaper that information during disruption is poor, that the booking system leaves residents competing with tourists for scarce space, and that compensation is meagre and slow.

⟦Those are problems that ministers and the operator could fix this year.⟧ A guaranteed share of vehicle space for residents and essential deliveries, real-time updates that do not rely on a single text message, and automatic refunds when a sailing is lost would cost little and make a real difference.

Island communities are not asking for special treatment. They are asking for the same reliable link to the mainland that the rest of Scotland takes for granted when it gets in a car or boards a train.

⟦The next apology should come with a plan.⟧""",
    kind="opinion", why="unsigned editorial demanding ferry fixes",
))

# ---------------------------------------------------------------- 11. tabloid news
DB_NAV = ["News", "Politics", "Sport", "Showbiz", "TV", "Money", "Travel", "Health", "Opinion", "Puzzles"]
DB_HOT = ["Storm Edith", "Energy bills", "Premier League", "Royal Family", "Weather"]
DB_COOKIE = ("We and our partners use technology such as cookies on our site to personalise content and ads, provide social media features, "
             "and analyse our traffic. Click below to consent to the use of this technology across the web.")
DB_FOOT = ["About us", "Contact us", "Editorial complaints", "IPSO regulated", "Privacy notice", "Cookie notice", "Do not sell my data"]
PAGES.append(dict(
    case="en-news-tabloid-potholes", lang="en", html_lang="en-GB", skin="tabloid", domain="www.dailybeacon.example", site="Daily Beacon",
    secpath="news",
    url="https://www.dailybeacon.example/news/uk-news/pothole-wrecks-three-cars-in-a-week-34719822",
    h1="Drivers fume as 'bathtub-sized' pothole wrecks three cars in a week on busy road",
    kicker="ROAD RAGE", kicker_path="news/uk-news",
    bullets=["Council says repair is 'scheduled' for later this month", "Motorists face bills of up to £900 for new tyres and wheels"],
    authors=["Chloe Harding"], byline_html='<a href="/authors/chloe-harding/">Chloe Harding</a>, News Reporter',
    ld_authors=["Chloe Harding"], ld_type="NewsArticle", ld_section="UK News",
    pub="2026-03-05T06:00:00Z", mod="2026-03-05T10:14:00Z",
    date="Published 06:00 GMT, 5 Mar 2026", updated="| Updated 10:14 GMT, 5 Mar 2026", meta="full",
    nav=DB_NAV, hot=DB_HOT, cookie=DB_COOKIE, cookie_ok="I Accept", cookie_set="Show Purposes",
    caption="⟪The crater on Bilston Road has claimed three cars since last Thursday⟫ Credit: Supplied",
    side=[("Trending", ["⟪Energy bills to fall by £86 from April, regulator confirms⟫", "Storm Edith: 80mph gusts and snow as Met Office issues warning",
                        "Soap star reveals secret wedding in the Lake District", "Supermarket recalls popular chocolate bar"]),
          ("Opinion", [("Columnist", "Our roads are a national embarrassment – and we all pay for it"), ("The Beacon Says", "Fix the potholes, not the excuses")])],
    after=[("got-a-story", "⟪Got a story? Email news@dailybeacon.example⟫ or WhatsApp us on 07700 900123.")],
    tags=["Potholes", "Wolverhampton", "Motoring", "UK News"],
    related=["Britain's worst roads for potholes revealed", "How to claim compensation for pothole damage"], related_h="More on potholes",
    comments=[("WolvesFan1877", "2 hours ago", "Been like this since Christmas. Reported it four times.", "▲ 57"),
              ("Brenda_M", "1 hour ago", "Council tax goes up every year and the roads get worse.", "▲ 41")],
    comments_title="Comments (86)",
    footer="© 2026 Daily Beacon Ltd. Registered in England and Wales.", footer_nav=DB_FOOT,
    footer_legal="⟪The Daily Beacon is regulated by IPSO.⟫",
    body="""⟦Furious drivers say a pothole "the size of a bathtub" has wrecked three cars in a week on one of the busiest roads in Wolverhampton.⟧

The crater, on Bilston Road near the junction with Ettingshall Road, is about a metre wide and deep enough to swallow most of a wheel, according to motorists who have hit it.

Delivery driver Jason Price, 34, said he was left with a bill of almost £900 after his van struck the hole on Monday night.

"It was dark, it was raining and the hole was full of water, so it just looked like a puddle," he said. ⟦"I heard a bang and the tyre was gone. The wheel was bent in half."⟧

[[MOSTREAD|MOST READ IN NEWS|⟪Pensioners to get winter fuel cash back after U-turn⟫|Storm Edith: 80mph gusts and snow|Supermarket recalls popular chocolate bar]]

Mum-of-two Aisha Bello, 29, said she had hit the pothole while taking her children to school.

⟦"I honestly thought the car was going to flip," she said.⟧ "The kids were screaming. I pulled over and the front tyre was completely flat."

[[VIDEO|⟪Watch: Drivers hit monster pothole on Bilston Road⟫|0:48]]

[[H|'It's a disgrace']]

Residents say they first reported the hole to the council before Christmas, when it was "about the size of a dinner plate".

Local councillor Mark Evans said he had raised the problem with highways officers twice.

"It's a disgrace that it has got to this point," he said. "Someone is going to get seriously hurt."

[[AD]]

A spokesperson for the city council said: "We are aware of the defect on Bilston Road and a permanent repair is scheduled for later this month. ⟦In the meantime the area has been coned off to keep road users safe."⟧

But drivers said the cones had been knocked over within hours.

⟦Motorists whose vehicles have been damaged can submit a claim through the council's website.⟧""",
    kind="news", why="tabloid news report with victims and council quoted",
))

# ---------------------------------------------------------------- 12. tabloid product review, relative update time
PAGES.append(dict(
    case="en-other-tabloid-airfryer", lang="en", html_lang="en-GB", skin="tabloid", domain="www.dailybeacon.example", site="Daily Beacon",
    secpath="money",
    url="https://www.dailybeacon.example/money/consumer/budgetmart-air-fryer-review-34722190",
    h1="I tried Budgetmart's £29.99 air fryer for a fortnight – here's my honest verdict",
    kicker="CONSUMER", kicker_path="money/consumer",
    bullets=["Compact 3.5-litre basket with six preset programmes", "Cheaper than big-brand rivals by more than £70"],
    authors=["Jess Morley"], byline_html='<a href="/authors/jess-morley/">Jess Morley</a>, Consumer Reporter',
    pub="2026-03-05T07:30:00Z", date="Published 5 Mar 2026", updated="Updated 3 hours ago", meta="og", meta_section="Money",
    nav=DB_NAV, hot=DB_HOT, cookie=DB_COOKIE, cookie_ok="I Accept", cookie_set="Show Purposes",
    caption="⟪The Budgetmart air fryer costs £29.99 in stores and online⟫ Credit: Jess Morley",
    side=[("Trending", ["⟪Supermarket recalls popular chocolate bar over allergy fears⟫", "Energy bills to fall by £86 from April, regulator confirms",
                        "Drivers fume as pothole wrecks three cars in a week", "Soap star reveals secret wedding in the Lake District"]),
          ("Opinion", [("Columnist", "Air fryers are the best thing to happen to family teatime"), ("The Beacon Says", "Shoppers deserve honest prices")])],
    after=[("affiliate-note", "⟪This article contains affiliate links. We may earn a small commission on items purchased through this article⟫, but that does not affect our editorial judgement.")],
    tags=["Air fryers", "Budgetmart", "Product reviews", "Consumer"],
    related=["Best air fryers 2026: tested and rated", "How much does it cost to run an air fryer?"], related_h="More reviews",
    comments=[("thriftyTina", "3 hours ago", "Bought one last week. Chips are great, the basket coating is already scratched though.", "▲ 12")],
    comments_title="Comments (14)",
    footer="© 2026 Daily Beacon Ltd. Registered in England and Wales.", footer_nav=DB_FOOT,
    footer_legal="⟪The Daily Beacon is regulated by IPSO.⟫",
    body="""⟦When Budgetmart put a £29.99 air fryer on its shelves last month, the stores sold out within days.⟧ Shoppers queued before opening and resellers were soon listing them online for twice the price.

I've used a big-brand air fryer that cost more than £100 for the last three years, so I was curious whether a machine at a third of the price could keep up. For two weeks I used the Budgetmart model for every family meal I could.

[[SCORE|Our rating:|⟪★★★★☆ 4/5⟫]]

[[H|First impressions]]

The fryer is smaller than it looks in the photos. The 3.5-litre basket is fine for two adults or a couple of small children, but ⟦it struggled to fit enough chips for my family of four in one go.⟧

It is light, the buttons are clearly labelled and there are six presets, including chips, chicken, fish and a reheat setting I ended up using more than any other.

[[MOSTREAD|MOST READ IN MONEY|Energy bills to fall by £86 from April|⟪Pension credit: how to claim up to £3,900 a year⟫|The best savings rates this week]]

[[H|How it cooked]]

Frozen chips came out crisp in 18 minutes, which is about two minutes longer than my usual machine. Chicken thighs were juicy and properly browned, and a salmon fillet took just nine minutes.

The one real disappointment was baking. A batch of muffins came out pale on top and slightly underdone in the middle, although they were edible.

[[AD]]

[[H|The good and the bad]]

[[LIST|⟦Pros: cheap, quick to heat up and easy to clean⟧|Pros: the basket is dishwasher safe|Cons: too small for a family of four|Cons: the fan is noticeably loud]]

[[H|The verdict]]

For £29.99, this is an impressive little machine, and for a single person or a couple I'd recommend it without hesitation. ⟦Larger families should save up for a bigger basket.⟧""",
    kind="other", why="consumer product review with rating and verdict",
))
