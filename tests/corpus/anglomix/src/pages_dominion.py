"""Irish, Canadian, Australian and New Zealand pages of anglomix (8): an Irish housing story and a column marked only
in JSON-LD; a Canadian Press story and a column marked only by the byline role; an AAP story (metadata in UTC the day
before) and a marked opinion piece; a New Zealand live blog and an obituary without date metadata."""

PAGES = []

IR_NAV = ["News", "Ireland", "World", "Business", "Opinion", "Sport", "Culture", "Life and Style", "Podcasts", "Crossword"]
IR_SUB = ["Ireland", "Politics", "Crime and Law", "Health", "Housing and Planning", "Education", "Dublin"]
IR_COOKIE = ("We use cookies and similar technologies to provide our services, personalise content and ads, and measure audiences. "
             "With your consent, we and our 143 partners process personal data such as your IP address and browsing behaviour.")
IR_FOOT = ["About us", "Contact", "Subscribe", "Terms and conditions", "Privacy policy", "Cookie settings", "Press Council"]
IR_SIDE_OP = ("Opinion", [("Columnist", "The Dáil has forgotten who the housing crisis is happening to"),
                          ("Editorial", "The Irish Record view on hospital trolleys: a winter that never ends"),
                          ("Letters", "Readers on school transport and the price of a pint")])

# ---------------------------------------------------------------- 13. Irish housing story
PAGES.append(dict(
    case="en-news-dominion-rentcaps", lang="en", html_lang="en-IE", skin="dominion", domain="www.irishrecord.example", site="The Irish Record",
    secpath="ireland/housing-planning",
    url="https://www.irishrecord.example/ireland/housing-planning/2026/03/05/rent-controls-to-be-extended-to-every-county-from-june/",
    h1="Rent controls to be extended to every county from June, Minister confirms",
    deck="Landlords' groups warn the change will push more small investors out of the market.",
    kicker="Housing and Planning", kicker_path="ireland/housing-planning",
    authors=["Ciarán Ó Murchú"], byline_html='<a href="/author/ciaran-o-murchu">Ciarán Ó Murchú</a>, Housing Correspondent',
    ld_authors=["Ciarán Ó Murchú"], ld_type="NewsArticle", ld_section="Ireland",
    pub="2026-03-05T06:00:00+00:00", mod="2026-03-05T11:40:00+00:00", date="Thu Mar 5 2026 - 06:00", meta="full",
    today="Thursday, March 5, 2026", sub_offer="Subscribe: €1 for 3 months",
    nav=IR_NAV, subnav=IR_SUB, cookie=IR_COOKIE, cookie_title="We value your privacy", cookie_ok="I Accept", cookie_set="Show Purposes",
    ticker=["Garda appeal after Limerick hit-and-run", "⟪Ryanair to add 12 routes from Cork this summer⟫"], ticker_label="Just in",
    caption="⟪Apartments under construction in Dublin’s north inner city.⟫ Photograph: Niamh Kiely",
    side=[("Most read", ["⟪Three-bed semis in Dublin now cost eight times the average salary⟫", "Leaving Cert changes: what students need to know",
                         "Storm Edith: orange wind warning for western counties", "Obituary: the publican who kept Dingle singing"]), IR_SIDE_OP],
    paywall=("⟪This article is for subscribers⟫", "Subscribe for €1 for your first three months to keep reading quality Irish journalism."),
    tags=["Housing", "Rent", "Residential Tenancies Board"],
    related=["How the rent pressure zones worked, and where they did not", "Renters' guide: what the new rules mean for you"],
    related_h="More on housing",
    newsletter="Sign up for The Morning Record: the news you need before 7am, every weekday.",
    footer="© 2026 The Irish Record DAC", footer_nav=IR_FOOT,
    body="""⟦Rent controls that limit annual increases to 2 per cent will apply in every county from June 1st⟧, the Minister for Housing has confirmed, ending the system of rent pressure zones that has covered most but not all of the country since 2016.

The change was approved by Cabinet on Wednesday and will be brought before the Dáil next month. It means that the 12 local authority areas that are not currently designated, including parts of Donegal, Leitrim and Roscommon, will come under the same cap as Dublin.

"Tenants should not need to check a map to know what protection they have," the Minister said in a statement. "From June there will be one rule, everywhere."

[[READ|Read more|⟪Tenants in Galway face the highest rent rises outside Dublin⟫]]

[[H|Landlords warn of exits]]

Landlord representatives reacted angrily. ⟦The Irish Property Owners' Association said the extension would accelerate the departure of small landlords⟧, who it says own about two-thirds of rented homes in rural counties.

Its chairwoman, Margaret Dolan, said many of her members had not raised rents for years and would now be locked in at below-market levels. "People who rented at a fair price to a good tenant are being punished for it," she said.

[[SPLIT]]

Figures from the Residential Tenancies Board show that the number of registered tenancies fell by about 4,000 last year, although the board cautions that some of the decline reflects late registrations.

[[NL|⟪Sign up for our housing newsletter⟫, a weekly guide to renting, buying and building in Ireland.]]

[[H|Tenant groups welcome move]]

⟦The housing charity Threshold welcomed the announcement⟧ but said enforcement remained weak. It said it had dealt with more than 1,100 cases last year in which tenants believed their rent had been raised above the legal limit.

The Minister said the Residential Tenancies Board would receive additional funding to investigate breaches, and that landlords would be required to state the previous rent in every new advertisement.

⟦The legislation is expected to pass before the summer recess.⟧""",
    kind="news", why="housing policy report with both sides quoted",
))

# ---------------------------------------------------------------- 14. Irish column marked only in JSON-LD
PAGES.append(dict(
    case="en-opinion-dominion-towncentres", lang="en", html_lang="en-IE", skin="dominion", domain="www.irishrecord.example", site="The Irish Record",
    secpath="ireland",
    url="https://www.irishrecord.example/ireland/2026/03/06/our-towns-are-emptying-because-we-built-everything-on-the-ring-road/",
    h1="Our towns are emptying because we built everything on the ring road",
    kicker="Ireland", kicker_path="ireland",
    authors=["Aoife Brennan"], byline_html='<a href="/author/aoife-brennan">Aoife Brennan</a>',
    ld_authors=["Aoife Brennan"], ld_type="OpinionNewsArticle", ld_section="Opinion", meta_section="Ireland",
    pub="2026-03-06T05:00:00+00:00", date="Fri Mar 6 2026 - 05:00", meta="full",
    today="Friday, March 6, 2026", sub_offer="Subscribe: €1 for 3 months",
    nav=IR_NAV, subnav=IR_SUB, cookie=IR_COOKIE, cookie_title="We value your privacy", cookie_ok="I Accept", cookie_set="Show Purposes",
    ticker=["Rent controls to be extended to every county from June", "Garda appeal after Limerick hit-and-run"], ticker_label="Just in",
    caption="⟪Vacant shopfronts on the main street of a Co Tipperary town.⟫ Photograph: Alan Betson",
    side=[("Most read", ["⟪Leaving Cert changes: what students need to know⟫", "Three-bed semis in Dublin now cost eight times the average salary",
                         "Storm Edith: orange wind warning for western counties", "Obituary: the publican who kept Dingle singing"]), IR_SIDE_OP],
    paywall=("This article is for subscribers", "⟪Subscribe for €1 for your first three months⟫ to keep reading quality Irish journalism."),
    tags=["Planning", "Town centres", "Rural Ireland"],
    newsletter="Sign up for The Morning Record: the news you need before 7am, every weekday.",
    footer="⟪© 2026 The Irish Record DAC⟫", footer_nav=IR_FOOT,
    body="""⟦Drive into almost any county town in Ireland on a weekday morning and you will see the same thing.⟧ The supermarket, the hardware store, the fast-food outlet and the new primary school sit in a row of car parks along the ring road. The main street, where all of those things once were, is a line of shuttered shops, estate agents' boards and a pharmacy hanging on.

We like to blame the internet for this, or the banks, or the recession. ⟦But the emptying of our towns was planned, one permission at a time.⟧

[[H|A choice, not an accident]]

For 30 years, councils approved retail parks and housing estates on cheap greenfield land at the edge of town because it was easier. The sites were flat and empty; the developers were eager; the roads were already being built. Restoring a derelict building above a shop on the main street, by contrast, meant fire certificates, access problems and a bank that would not lend.

The result is that we have built towns you cannot live in without a car. Children who could once walk to school are driven a mile and a half. Older people who no longer drive are stranded. ⟦And the heart of the town, the place that made it a town at all, has been left to rot.⟧

[[READ|Read more|⟪Vacancy rates in Irish towns highest in the midlands, survey finds⟫]]

[[SPLIT]]

[[H|Turn the incentives around]]

The Government's Town Centre First policy says the right things. It needs teeth. ⟦No new retail park should be approved while there are vacant units on the main street it would serve.⟧ The vacant property tax should be high enough to hurt. And the grants for restoring upstairs flats should be paid up front, not after the work is done, so that ordinary families rather than only cash-rich investors can use them.

None of this is nostalgia. A living town centre is the cheapest, greenest and most sociable way to house people and serve them. We had it once, and we planned it away.

⟦We can plan it back.⟧""",
    kind="opinion", why="argued column for town-centre planning; only JSON-LD marks it",
))

# ---------------------------------------------------------------- 15. Canadian Press story on a Winnipeg daily
PS_NAV = ["News", "Local News", "Manitoba", "Canada", "World", "Business", "Sports", "Opinion", "Arts", "Life", "Obituaries", "ePaper"]
PAGES.append(dict(
    case="en-news-dominion-winterroad", lang="en", html_lang="en-CA", skin="dominion", domain="www.prairiestandard.example", site="The Prairie Standard",
    secpath="news/manitoba",
    url="https://www.prairiestandard.example/news/manitoba/winter-roads-close-early-warm-spell/article_0c84e5f2.html",
    h1="Winter roads to remote Manitoba First Nations close weeks early as warm spell softens ice",
    kicker="Manitoba", kicker_path="news/manitoba",
    authors=None, byline_html="The Canadian Press", ld_authors=["org:The Canadian Press"], ld_type="NewsArticle", ld_section="Manitoba",
    pub="2026-03-05T17:32:00-06:00", date="Published Mar 05, 2026", updated="• Last updated Mar 05, 2026 • 3 minute read", meta="full",
    today="Thursday, March 5, 2026", sub_offer="Subscribe now",
    nav=PS_NAV, subnav=["Editorials", "Columnists", "Letters", "Think Tank"],
    cookie="This site uses cookies to personalize content and ads and to analyze traffic. By continuing to use the site you consent to our use of cookies.",
    cookie_ok="Got it", cookie_set="Cookie settings",
    widget="TSX 24,318.12 ▲0.4% · CAD 0.7362 USD · Winnipeg −4°C",
    caption="⟪A transport truck on a winter road north of Norway House in February.⟫ THE CANADIAN PRESS/File",
    side=[("Trending", ["⟪Jets edge Oilers 3-2 in overtime thriller⟫", "Province pledges $40M for new Brandon hospital wing",
                        "City council approves transit fare freeze", "Forks skating trail closes for the season"]),
          ("Opinion", [("Editorial", "Ottawa must stop treating all-weather roads as a luxury"), ("Columnist", "Winnipeg's downtown needs people, not parkades")])],
    tags=["First Nations", "Winter roads", "Climate", "Manitoba"],
    related=["Northern chiefs call for all-weather road funding", "Ice road trucker season ends in a rush north"], related_h="Related stories",
    newsletter="Get the Standard's Morning Headlines delivered to your inbox every day.",
    footer="© 2026 The Prairie Standard, a division of Prairie Media Inc. All rights reserved.",
    footer_nav=["Contact", "Advertise", "Privacy", "Terms of use", "Accessibility", "Copyright"],
    body="""WINNIPEG — ⟦Several winter roads that connect remote First Nations in northern Manitoba to the provincial highway network⟧ will close weeks earlier than planned because an unusually warm spell has softened the ice, provincial officials said Thursday.

Manitoba Transportation and Infrastructure said the roads serving Garden Hill, Wasagamack and St. Theresa Point would be closed to heavy trucks as of Saturday, and to all traffic by March 12. The roads normally stay open until late March.

⟦The early closure leaves communities with less time to truck in fuel⟧, building materials and non-perishable food for the year, supplies that will now have to be flown in at several times the cost.

[[READ|Read more:|⟪Airlift costs soar as ice roads fail⟫]]

"We had three loads of lumber for new houses waiting in Thompson," said one band councillor from Wasagamack, who asked not to be named because the council had not yet discussed the closure. "Now we don't know if they will get here at all."

[[AD]]

The province said crews had measured ice on some lake crossings at less than half the thickness needed for a loaded fuel truck. Daytime temperatures in the region have been above freezing for most of the past week, which is rare for early March.

Grand Chief Sheila Moose of a northern chiefs' organization said the closures showed, again, that the winter road system was no longer reliable.

⟦"Every year the season gets shorter, and every year we are told to wait," she said.⟧ "Our people cannot wait for the climate to decide whether we eat."

The province and Ottawa have committed to studying an all-weather road to the Island Lake region, but construction has not begun.

⟦Officials said they would review the closures daily if temperatures drop again.⟧

[[CREDIT|⟪This report by The Canadian Press was first published March 5, 2026.⟫]]""",
    kind="news", why="agency report on winter road closures",
))

# ---------------------------------------------------------------- 16. Toronto column marked only by the byline role
HP_NAV = ["Toronto", "Canada", "World", "Politics", "Business", "Real Estate", "Sports", "Entertainment", "Life", "Opinion"]
PAGES.append(dict(
    case="en-opinion-dominion-parking", lang="en", html_lang="en-CA", skin="dominion", domain="www.harbourfrontpost.example", site="The Harbourfront Post",
    secpath="news/toronto",
    url="https://www.harbourfrontpost.example/news/toronto/2026/03/06/toronto-condo-parking-spots/",
    h1="Toronto keeps building parking spots nobody wants. Let developers decide.",
    kicker="Toronto", kicker_path="news/toronto",
    authors=["Priya Raman"], byline_html='<a href="/authors/priya-raman">Priya Raman</a>', role="Columnist",
    pub="2026-03-06T06:00:00-05:00", date="March 6, 2026", meta="og", meta_section="Toronto",
    today="Friday, March 6, 2026", sub_offer="Subscribe for 99¢ per week",
    nav=HP_NAV, subnav=["Editorials", "Columnists", "Contributors", "Letters to the Editor"],
    cookie="We use cookies to improve your experience and to serve personalized ads. Learn more in our privacy policy.",
    cookie_ok="OK", cookie_set="Manage cookies",
    ticker=["TTC Line 5 opening date pushed to autumn", "⟪Leafs sign defenceman to four-year extension⟫"], ticker_label="Just in",
    caption="⟪An underground garage in a new condo tower near Yonge and Eglinton.⟫ Photo: Ben Sato / Harbourfront Post",
    side=[("Most popular", ["⟪GTA home sales drop 9% year over year in February⟫", "TTC Line 5 opening date pushed to autumn",
                            "Where to find the best butter tarts in the city", "Ontario to hire 1,200 new teachers"]),
          ("Opinion", [("Editorial", "Queen's Park should stop meddling in bike lanes"), ("Contributor", "I coach youth hockey. The fees are out of control.")])],
    box=("Priya Raman", "⟪Priya Raman writes about cities and housing.⟫ Follow her on social media @priyaraman."),
    tags=["Housing", "Condos", "Parking", "City Hall"],
    related=["Toronto's rental vacancy rate rises to 3%", "City Hall to review parking rules in 2027"],
    comments=[("Leslieville_Sam", "March 6", "Try selling a two-bedroom in Etobicoke without a spot. Good luck.", "Like 22"),
              ("transit_first", "March 6", "My building has 80 empty spaces. They rent them to a car-share company for almost nothing.", "Like 40")],
    comments_title="Conversation (64 comments)",
    newsletter="The Post's City Hall newsletter: a weekly briefing on how Toronto is run.",
    footer="© 2026 Harbourfront Post Media Inc.", footer_nav=["About", "Contact", "Careers", "Privacy", "Terms", "Accessibility"],
    body="""⟦A single underground parking space in a new Toronto condo tower costs between $80,000 and $150,000 to build.⟧ That is not a typo. Digging four or five levels below a downtown lot, shoring up the walls and ventilating the result is among the most expensive things a developer does, and buyers pay for it whether they own a car or not.

Toronto dropped its citywide minimum parking requirements for most new buildings in 2022. ⟦The change was overdue, but it has not gone far enough.⟧ Special rules still apply near some neighbourhoods, site-specific deals routinely reintroduce minimums, and lenders and condo boards behave as if the old rules were still on the books.

[[READ|Read more:|⟪Condo sales in Toronto hit 15-year low⟫]]

[[H|Empty spaces, full prices]]

The consequence is visible in almost any recent building near a subway station. Property managers report that a fifth or more of the spaces sit empty. Some are rented out for a fraction of what they cost; others are simply locked behind a gate.

Meanwhile, the price of a one-bedroom unit in the same building reflects the cost of spaces that no one uses. ⟦We are asking young buyers to finance concrete caves for cars they do not own.⟧

[[SPLIT]]

[[H|Let the market work]]

I am not arguing that nobody needs parking. Families in the inner suburbs, people with disabilities and tradespeople who carry tools all have good reasons to own a car. Developers know this, and they will build parking where buyers will pay for it.

What the city should do is get out of the way entirely: abolish the remaining minimums, refuse to negotiate them back in through the back door, and require that any parking that is built be sold or rented separately from the home. ⟦Then buyers, not zoning bylaws, would decide how much parking Toronto needs.⟧

That is not a war on the car. ⟦It is simply an end to making everyone pay for one.⟧""",
    kind="opinion", why="argued column; only the byline role Columnist marks it",
))

# ---------------------------------------------------------------- 17. AAP story, metadata in UTC the day before
SP_NAV = ["Politics", "National", "World", "Business", "Sport", "Opinion", "Culture", "Lifestyle", "Property", "Today's Paper"]
PAGES.append(dict(
    case="en-news-dominion-buyback", lang="en", html_lang="en-AU", skin="dominion", domain="www.southernpost.example", site="The Southern Post",
    secpath="national",
    url="https://www.southernpost.example/national/water-buyback-tender-opens-irrigators-warn-20260306-p5kq3x.html",
    h1="Water buyback tender opens as irrigators warn of hit to river towns",
    kicker="Environment", kicker_path="environment",
    authors=None, byline_html="AAP", ld_authors=["org:Australian Associated Press"], ld_type="NewsArticle", ld_section="National",
    pub="2026-03-06T08:15:00+11:00", ld_date="2026-03-05T21:15:00Z", meta_date="2026-03-05T21:15:00Z", time_attr="2026-03-05T21:15:00Z",
    exp_pub="2026-03-06", date="March 6, 2026 — 8.15am", meta="full",
    today="Friday, March 6, 2026", sub_offer="Subscribe",
    nav=SP_NAV, subnav=["Sydney", "Melbourne", "Brisbane", "Canberra", "Regional"],
    cookie="We use cookies to improve your experience, including to personalise advertising. By continuing you agree to our use of cookies.",
    cookie_ok="Accept", cookie_set="Manage settings",
    widget="ASX 200 8,412.3 ▲0.6% · AUD 0.6581 USD",
    caption="⟪The Murray River at Mildura in February.⟫ Picture: AAP Image/Lukas Coch",
    side=[("Most popular", ["⟪Cyclone watch for Queensland coast as system deepens⟫", "Reserve Bank holds cash rate at 3.85 per cent",
                            "Sydney rents hit another record high", "Matildas name squad for Olympic qualifiers"]),
          ("Opinion", [("Opinion", "It's time to stop treating cyclists as a nuisance on our roads"), ("Analysis", "Why the RBA is in no hurry to cut")])],
    tags=["Murray-Darling Basin", "Water", "Agriculture"],
    related=["Irrigators take water fight to High Court", "What a buyback means for the price of water"],
    newsletter="⟪Get our Morning Edition newsletter for a wrap of the day's most important news.⟫",
    footer="© 2026 The Southern Post Pty Ltd", footer_nav=["Contact us", "Advertise", "Privacy policy", "Conditions of use", "Editorial code"],
    body="""⟦The federal government has opened a new tender to buy back water entitlements from irrigators in the southern Murray-Darling Basin⟧, a move farming groups say will hollow out river towns already struggling with drought.

Water Minister Kate Fenwick said on Friday the government would seek to recover up to 70 gigalitres a year through voluntary purchases from willing sellers in the Murrumbidgee and Goulburn-Broken catchments.

"Every litre we buy is bought from someone who chose to sell," she said. "This is about getting water back to the environment so the river system is still working for the next generation."

[[READ|Read more:|⟪River towns brace for another dry summer⟫]]

[[H|Farmers push back]]

⟦The National Irrigators' Council said the tender would remove water from production permanently.⟧ Its chief executive, Tom Harland, said every gigalitre sold meant fewer jobs in processing plants, trucking companies and farm supply stores.

"When the water leaves, it doesn't come back, and neither do the families," Mr Harland said.

[[AD]]

A study commissioned by the council estimated that earlier buybacks had cost the southern basin about 2,000 jobs, although the Murray-Darling Basin Authority has disputed some of its assumptions.

[[H|Environmental flows]]

Conservation groups welcomed the tender but said it came late. ⟦They pointed to recent fish deaths near Menindee as evidence the system remained under stress.⟧

The tender will run for six weeks, and the department said it would publish the average price paid per megalitre once purchases were finalised. Previous rounds have been criticised for a lack of transparency about which properties sold water and for how much.

The government has committed $300 million to a community adjustment fund for towns affected by buybacks. ⟦Applications for the first round of grants open in April.⟧

[[CREDIT|AAP]]""",
    kind="news", why="agency report on a water buyback tender",
))

# ---------------------------------------------------------------- 18. Australian opinion piece, marked the usual way
PAGES.append(dict(
    case="en-opinion-dominion-cyclists", lang="en", html_lang="en-AU", skin="dominion", domain="www.southernpost.example", site="The Southern Post",
    secpath="opinion",
    url="https://www.southernpost.example/opinion/it-s-time-to-stop-treating-cyclists-as-a-nuisance-20260305-p5kp9w.html",
    h1="It's time to stop treating cyclists as a nuisance on our roads",
    deck="Every trip made on a bike is one less car in the queue ahead of you.",
    kicker="Opinion", kicker_path="opinion",
    authors=["Mark Delaney"], byline_html='<a href="/by/mark-delaney">Mark Delaney</a>', role="Contributing writer",
    ld_authors=["Mark Delaney"], ld_type="OpinionNewsArticle", ld_section="Opinion", meta_section="Opinion",
    pub="2026-03-05T05:00:00+11:00", date="March 5, 2026 — 5.00am", meta="full",
    today="Thursday, March 5, 2026", sub_offer="Subscribe",
    nav=SP_NAV, subnav=["Columnists", "Editorials", "Letters", "Cartoons"],
    cookie="We use cookies to improve your experience, including to personalise advertising. By continuing you agree to our use of cookies.",
    cookie_ok="Accept", cookie_set="Manage settings",
    caption="⟪Commuters ride along the Bourke Street cycleway in Sydney.⟫ Picture: Janie Barrett",
    side=[("Most popular", ["⟪Sydney rents hit another record high⟫", "Reserve Bank holds cash rate at 3.85 per cent",
                            "Cyclone watch for Queensland coast as system deepens", "Matildas name squad for Olympic qualifiers"]),
          ("More opinion", [("Opinion", "Our universities have forgotten who they are for"), ("Editorial", "A royal commission is not a policy")])],
    box=("Mark Delaney", "⟪Mark Delaney is a contributing writer and a former urban planner.⟫"),
    tags=["Cycling", "Road safety", "Transport", "Sydney"],
    comments=[("Parramatta_Pete", "March 5", "Happy to share the road when cyclists stop running red lights.", "Like 15"),
              ("RideToWork", "March 5", "I ride because the train from my suburb is full by the second stop.", "Like 33")],
    comments_title="Comments (122)",
    newsletter="Get our Opinion newsletter: the week's sharpest commentary, every Saturday.",
    footer="© 2026 The Southern Post Pty Ltd", footer_nav=["Contact us", "Advertise", "Privacy policy", "Conditions of use", "Editorial code"],
    body="""⟦Few things raise the temperature of an Australian talkback program faster than a caller complaining about cyclists.⟧ They run red lights, they ride two abreast, they do not pay registration, they hold everyone up. I have heard every version of the complaint, and I have some sympathy for a driver stuck behind a bunch on a narrow country road.

But our anger is aimed in the wrong direction. ⟦Every person on a bike is one fewer car in the queue ahead of you.⟧

[[H|The numbers are on the cyclists' side]]

A single traffic lane in a city can carry perhaps 1,800 cars an hour. The same width given over to a separated cycleway can move several times as many people. When a commuter switches from driving to riding, the road gets emptier for everyone who still has to drive.

[[READ|Read more:|⟪The cycleways that changed how Sydney gets to work⟫]]

Yet our cities still design most roads as if the bicycle were a toy. Painted lanes end abruptly at the most dangerous intersections. ⟦Riders are told to share space with trucks and buses on roads where the speed limit is 60 kilometres an hour.⟧ And when someone is killed, as happens far too often, the conversation turns quickly to whether they were wearing bright enough clothing.

[[AD]]

[[H|What would actually help]]

State governments should commit to a connected network of separated lanes in every capital city, funded from the same road budgets that build motorways. Councils should stop removing cycleways the moment a few businesses complain about lost parking. And drivers, all of us, should remember that the person on the bike is someone's parent or child, not an obstacle.

⟦Nobody is asking drivers to love cyclists. Just stop treating them as a nuisance.⟧""",
    kind="opinion", why="op-ed arguing for cycleways, marked Opinion",
))

# ---------------------------------------------------------------- 19. New Zealand live blog, metadata in UTC the day before
HH_NAV = ["Latest", "New Zealand", "World", "Business", "Politics", "Opinion", "Sport", "Entertainment", "Lifestyle", "Weather"]
PAGES.append(dict(
    case="en-news-liveblog-rain", lang="en", html_lang="en-NZ", skin="liveblog", domain="www.harbourherald.example", site="Harbour Herald",
    secpath="nz",
    url="https://www.harbourherald.example/nz/live-heavy-rain-coromandel-northland-red-warning/R7TQ2LKXWJ/",
    h1="Live: Red heavy rain warning for Coromandel as Northland roads close",
    deck="MetService has issued a red warning for the Coromandel Peninsula, with up to 250mm of rain expected. Follow the latest.",
    kicker="Weather", kicker_path="nz/weather",
    authors=["Anahera Walker", "Josh Pemberton"],
    byline_html='By <a href="/author/anahera-walker/">Anahera Walker</a> and <a href="/author/josh-pemberton/">Josh Pemberton</a>',
    ld_authors=["Anahera Walker", "Josh Pemberton"], ld_type="LiveBlogPosting", ld_section="New Zealand",
    pub="2026-03-06T06:05:00+13:00", ld_date="2026-03-05T17:05:00Z", meta_date="2026-03-05T17:05:00Z", ld_mod="2026-03-06T00:20:00Z",
    time_attr="2026-03-05T17:05:00Z", exp_pub="2026-03-06",
    date="First published 6.05am, 6 March 2026", updated="Updated 1.20pm", meta="full",
    nav=HH_NAV, cookie="We use cookies to personalise content and ads and to analyse our traffic. See our privacy policy for more.",
    ticker=["Black Caps name unchanged side for second test", "⟪Wellington water bills to rise 12 per cent⟫"], ticker_label="Breaking",
    key_events=["⟪Red heavy rain warning for Coromandel until 9pm⟫", "State Highway 25A closed by slip", "Schools closed in Whitianga and Tairua"],
    caption="⟪Floodwater covers a road near Thames on Friday morning.⟫ Photo: Supplied",
    ads_after=[1, 3],
    entries=[
        ("1.20pm", "12 mins ago", "Josh Pemberton", """[[H|Evacuation centre opens in Whitianga]]

⟦Thames-Coromandel District Council has opened an evacuation centre at the Whitianga town hall.⟧ Residents in low-lying streets near the estuary are being asked to leave if they feel unsafe, and Civil Defence staff are door-knocking in Wharekaho. Bring medication, pets and warm clothing, the council said."""),
        ("12.05pm", "1h ago", "Anahera Walker", """[[H|Northland: SH1 closed north of Kawakawa]]

⟦Waka Kotahi says State Highway 1 is closed between Kawakawa and Moerewa⟧ because of flooding. A detour is in place via SH10, but motorists should expect long delays and only travel if necessary. Contractors are waiting for the water to drop before they can inspect the road surface for damage."""),
        ("10.30am", "3h ago", "Josh Pemberton", """[[H|MetService: worst still to come]]

MetService meteorologist Clare Whitfield said the heaviest rain was expected between 2pm and 8pm. ⟦"We could see 40 to 50 millimetres an hour in the ranges," she said.⟧ Rivers were already running high after a wet week, and the ground in many catchments was saturated, which meant even moderate rain would run off quickly. Slips were likely on hill roads across the peninsula.

[[READ|Read more:|⟪How to prepare your home for a flood⟫]]"""),
        ("8.15am", "5h ago", "Anahera Walker", """[[H|Schools close on the peninsula]]

⟦Schools in Whitianga, Tairua and Pauanui have closed for the day.⟧ The Ministry of Education said about 1,400 students were affected. Early childhood centres in the area have also closed. School buses that had already left in the morning were turned back, and principals asked parents to collect children where they could."""),
        ("6.05am", "7h ago", "Josh Pemberton", """[[H|Red warning issued]]

MetService has upgraded its warning for the Coromandel Peninsula to red, the highest level, meaning significant and dangerous rain is expected. Up to 250mm could fall in the ranges between 9am and 9pm. ⟦People are advised to avoid all unnecessary travel and to be ready to evacuate.⟧"""),
    ],
    side=[("Most read", ["⟪Auckland house prices slip for fourth month⟫", "All Blacks great announces retirement from coaching",
                         "Cost of living: the supermarket items that rose most", "Petrol prices fall for third week running"]),
          ("Opinion", [("Opinion", "Our roads cannot keep washing away every summer"), ("Editorial", "Climate adaptation needs a budget, not a brochure")])],
    tags=["Weather", "Coromandel", "Northland", "MetService"],
    newsletter="Get the Harbour Herald's morning briefing in your inbox.",
    footer="© 2026 Harbour Herald Media Ltd", footer_nav=["About", "Contact", "Privacy", "Terms", "Media Council"],
    kind="news", why="live blog reporting a weather emergency",
))

# ---------------------------------------------------------------- 20. New Zealand obituary, "Words: … Photos: …", no date metadata
PAGES.append(dict(
    case="en-news-dominion-obituary", lang="en", html_lang="en-NZ", skin="dominion", domain="www.mainlandpress.example", site="Mainland Press",
    secpath="news/obituaries",
    url="https://www.mainlandpress.example/news/obituaries/350211/obituary-mere-tane-weaver-who-taught-generation",
    h1="Obituary: Mere Tāne, weaver who taught a generation to harvest harakeke",
    crumbs=["News", "Obituaries"],
    authors=["Rachel Kemp"], byline_html='Words: <a href="/author/rachel-kemp">Rachel Kemp</a> · Photos: Supplied',
    pub="2026-03-05", date="5 Mar 2026", meta="og", meta_pub=False,
    today="Thursday, 5 March 2026", sub_offer="Subscribe from $3 a week",
    nav=["News", "Canterbury", "Otago", "Southland", "Business", "Sport", "Opinion", "Life", "Obituaries", "Notices"],
    subnav=["Editorial", "Columnists", "Letters", "Cartoon"],
    cookie="We use cookies to improve your experience on our site. By continuing to browse you accept our cookie policy.",
    cookie_ok="OK", cookie_set="More info",
    caption="⟪Mere Tāne at her Ōtaki home in 2019.⟫ Photo: Supplied",
    side=[("Most read", ["⟪Dunedin hospital rebuild costs rise again⟫", "Queenstown airport curfew to stay, board says",
                         "Sheep farmer wins national innovation award", "Gore's famous trout statue gets a facelift"]),
          ("Opinion", [("Editorial", "Our regional galleries need more than goodwill"), ("Columnist", "The lost art of the handwritten letter")])],
    tags=["Obituaries", "Māori arts", "Weaving"],
    related=["Obituary: Bill Harrow, high-country musterer and storyteller", "Obituary: Dr Ann Leckie, rural GP for 40 years"], related_h="More obituaries",
    newsletter="⟪Sign up for the Mainland Press daily newsletter.⟫",
    footer="⟪© 2026 Mainland Press Ltd⟫", footer_nav=["Contact", "Advertise", "Place a notice", "Privacy", "Terms", "Media Council"],
    body="""⟦Mere Tāne, who has died in Ōtaki aged 84, spent more than five decades teaching people how to grow, harvest and weave harakeke⟧, the New Zealand flax that her grandmother had taught her to work as a child.

Born on a farm near Ōtaki in 1941, the third of eight children, she learned to strip and soften the flax leaves before she could read. ⟦"My grandmother never let me cut a leaf without saying a karakia first," she told an interviewer in 2010.⟧ The lesson stayed with her: she insisted that students learn the tikanga of harvesting, including leaving the central shoots of each plant untouched, before they were allowed to weave anything at all.

[[READ|Read more:|⟪Weavers gather for national hui in Rotorua⟫]]

She trained as a primary school teacher and taught in Levin and Palmerston North through the 1960s and 1970s. In 1978 she started a weekly weaving class in the back room of a community hall. It was meant to last a term. ⟦It ran, in one form or another, for 41 years.⟧

[[SPLIT]]

Her students included schoolchildren, prisoners at a nearby correctional facility and, in later years, a steady stream of museum conservators who came to learn how to repair historic cloaks. In 1998 she helped establish a pā harakeke, a flax garden of more than 60 varieties, which now supplies weavers across the lower North Island.

She was made a Member of the New Zealand Order of Merit in 2007 for services to Māori arts, an honour she accepted on behalf of "all the kuia who taught me".

Friends remember her laugh, her strong opinions about the correct way to make a kete, and her generosity with materials. ⟦She is survived by her four children, 14 grandchildren and nine great-grandchildren.⟧

[[TEXT|Mere Tāne: born 14 June 1941; died 26 February 2026.]]""",
    kind="news", why="obituary: a life reported",
))
