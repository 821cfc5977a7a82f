"""News pages (14): local news posts (Canada, Kenya, New Zealand, an Australian Ghost co-op, a US
Substack), two press releases reporting facts (an NGO's survey, a union's ballot result), three
trade-news reports, a university's event report, a magazine's Q&A interview, a think tank's
explainer and a newspaper blog's market analysis — the last two use evaluative words but report."""

PAGES = []

# ---------------------------------------------------------------- N1: local news, Canada; metadata in UTC the next day
CC_NAV = ["News", "Truro", "Colchester County", "Business", "Sports", "Opinion", "Obituaries", "Events", "Contact"]
PAGES.append(dict(
    case="en-news-local-railyard", lang="en", html_lang="en-CA", skin="local", domain="colchestercurrent.example", site="The Colchester Current",
    tagline="Local news for Truro and Colchester County",
    url="https://colchestercurrent.example/news/truro-council-votes-to-buy-former-rail-yard-for-housing/",
    h1="Truro council votes to buy former rail yard for housing",
    deck="The $2.4-million purchase passed 6-2 after a two-hour debate on Wednesday night.",
    authors=["Aimee Boudreau"], byline_text="By Aimee Boudreau", byline_html='By <a href="/author/aimee-boudreau/">Aimee Boudreau</a>',
    pub="2026-03-04T21:40:00-04:00", ld_date="2026-03-05T01:40:00Z", meta_date="2026-03-05T01:40:00Z", date="March 4, 2026 at 9:40 p.m.",
    today="Thursday, March 5, 2026", weather="Truro −3°C", meta="full", ld_type="NewsArticle", ld_authors=["Aimee Boudreau"],
    crumbs=["News", "Truro"], label="Truro", nav=CC_NAV,
    ticker=["⟪Storm warning for Colchester County Friday night⟫", "Bible Hill rink reopens after roof repairs"],
    hero="⟪The former CN yard off Queen Street, seen from the Esplanade. (Aimee Boudreau photo)⟫",
    support="The Current is reader-supported. Become a member for $8 a month and keep local news free for everyone.",
    tags=["Truro town council", "Housing", "Rail yard"],
    related=["Council delays vote on rail yard purchase", "⟪Housing needs study says Truro short 900 units⟫", "Esplanade business owners worry about parking"],
    popular=["Truro man charged after Prince Street crash", "Bearcats win fourth straight", "New family doctor clinic opens in Bible Hill"],
    op_rail=["⟪Opinion: The rail yard is Truro’s best chance at downtown housing⟫", "Letter: Keep the Esplanade green"],
    comments=[("Dave MacLeod", "March 5, 2026 at 7:12 am", "⟪Finally. That lot has been empty since I was a kid.⟫", "18"),
              ("Pam Cormier", "March 5, 2026 at 8:40 am", "What about the contamination? Who is paying for the cleanup?", "11")],
    footer="© 2026 The Colchester Current. All rights reserved.", footer_cols=[("The Current", ["About us", "Advertise", "Send a tip"])],
    cookie="",
    body="""⟦Truro town council has voted to buy the former CN rail yard off Queen Street, with a plan to turn the 3.2-hectare site into housing over the next decade.⟧

The $2.4-million purchase passed 6-2 on Wednesday night after a debate that ran close to two hours and drew about 60 residents to council chambers.

Mayor Linda Fraser said the land was the largest undeveloped parcel near downtown and too important to leave to chance. "If we don’t buy it, somebody will, and they will decide what gets built," she told council. "This way the town decides."

[[AD]]

⟦Under the plan presented by staff, the town would prepare the site and sell lots in phases to developers who agree to include a share of below-market units.⟧ Staff estimated the first homes could be occupied by 2029.

[[H|Cleanup costs unknown]]

The two councillors who voted against, Greg Pothier and Sandra Wile, both raised the cost of cleaning up soil contamination, which has not yet been fully assessed.

⟦An environmental study commissioned by the railway in 2019 found hydrocarbons in several parts of the site,⟧ but did not estimate what remediation would cost. Pothier said the town was "buying a question mark."

[[REL|ALSO READ:|⟪Housing needs study: what the numbers mean for Truro⟫]]

Chief administrative officer Marc Thibodeau said the purchase agreement allows the town to walk away if a second study, due in June, finds cleanup costs above $1.5 million.

The town will pay for the land from its capital reserve and expects to seek provincial housing funds for servicing the site.

Several residents who spoke during the public comment period supported the purchase but asked that part of the site be kept as green space along the river.

⟦Council will hold the first public consultation on the site plan in April.⟧""",
    kind="news", why="local report of a council vote with quotes",
))

# ---------------------------------------------------------------- N2: local news, Kenya; desk byline (null), JSON-LD author an organisation
RV_NAV = ["Home", "News", "Counties", "Business", "Sports", "Opinion", "Editorial", "Letters", "Lifestyle", "Contact Us"]
PAGES.append(dict(
    case="en-news-local-watercuts", lang="en", html_lang="en-KE", skin="local", domain="www.rvcourier.example", site="Rift Valley Courier",
    tagline="Nakuru’s independent newspaper",
    url="https://www.rvcourier.example/news/nakuru-residents-face-three-day-water-cuts-as-dam-levels-fall/",
    h1="Nakuru residents face three-day water cuts as dam levels fall",
    authors=None, byline_text="By Courier Reporter", byline_html="By Courier Reporter",
    pub="2026-03-07T14:30:00+03:00", date="Saturday, March 7, 2026", today="Saturday, March 7, 2026", weather="Nakuru 28°C",
    meta="full", ld_type="NewsArticle", ld_authors=["org:Rift Valley Courier"],
    crumbs=["News", "Counties"], label="Counties", nav=RV_NAV,
    ticker_label="Breaking", ticker=["⟪Matatu operators call off Monday strike⟫", "Egerton University reopens after two-week closure"],
    tags=["Water", "Nakuru", "Drought"],
    related=["⟪Farmers in Rongai turn to boreholes as rivers dry up⟫", "Nakuru Water to install prepaid meters in 5,000 homes", "County budget: water gets Sh1.2 billion"],
    popular=["Teachers protest delayed promotions", "Court halts Lake Naivasha land sale", "Nakuru City Stars sign new coach"],
    op_rail=["⟪Opinion: Boreholes will not save us from the next drought⟫", "Letters: Our estate has had no water for a week"],
    comments=[],
    footer="© 2026 Rift Valley Courier. All Rights Reserved.", footer_cols=[("Courier", ["About Us", "Advertise", "Contact Us"])],
    cookie="⟪We use cookies to give you the best experience on our website.⟫",
    body="""⟦Residents of Nakuru town will receive piped water only once every three days from Monday, the county water company has announced, as levels at its main reservoirs continue to fall.⟧

In a notice issued on Friday, the company said supply from its two main dams had dropped to less than 40 per cent of normal after a poor short-rains season.

Under the new schedule, estates in the town have been divided into three zones, each of which will receive water for about 18 hours before supply moves on to the next. ⟦The central business district, hospitals and schools will be supplied daily.⟧

[[AD]]

The company’s managing director, Joseph Kiprotich, said the measures were necessary to make the remaining water last until the long rains.

"We are asking residents to store water on their supply days and use it carefully," he said. "If we do not ration now, some areas could go without water altogether by April."

[[REL|ALSO READ:|⟪Water company blames illegal connections for losses⟫]]

Residents in Kaptembwo, Rhonda and Shabab said they had already experienced several days without supply in the past fortnight.

⟦Grace Wanjiku, a trader at the Wakulima market, said she had been buying water from vendors at Sh50 for a 20-litre jerrycan,⟧ about five times the usual price.

The county government said it would deploy six water bowsers to areas that miss their scheduled supply and had begun drilling boreholes in Bahati and Rongai. County water executive Mary Chelangat said the first of the boreholes would be connected to the network by the end of the month.

[[H|Where to find the schedule]]

The company said the full rationing schedule would be posted at its offices and on its social media pages.

⟦Residents can also report leaks and burst pipes through its toll-free line.⟧""",
    kind="news", why="local report on water rationing with official quotes",
))

# ---------------------------------------------------------------- N3: local news, New Zealand
NE_NAV = ["News", "Whangārei", "Far North", "Kaipara", "Rural", "Sport", "Opinion", "What’s On", "Notices"]
PAGES.append(dict(
    case="en-news-local-slip", lang="en", html_lang="en-NZ", skin="local", domain="northlandecho.example", site="Northland Echo",
    tagline="News from Te Tai Tokerau",
    url="https://northlandecho.example/news/slip-closes-mangakahia-road-for-at-least-a-week/",
    h1="Slip closes Mangakāhia Road for at least a week",
    authors=["Hemi Tawhai"], byline_text="By Hemi Tawhai", byline_html='By <a href="/author/hemi-tawhai/">Hemi Tawhai</a>',
    pub="2026-03-03T16:12:00+13:00", date="Tue, 3 Mar 2026, 4:12pm", today="Wednesday, 4 March 2026", weather="Whangārei 23°C, showers",
    meta="og", crumbs=["News", "Whangārei"], label="Whangārei", nav=NE_NAV,
    ticker_label="Latest", ticker=["⟪Heavy rain watch for Northland tonight⟫", "Kamo intermediate school roll hits record"],
    hero="⟪The slip on Mangakāhia Road near Twin Bridges on Tuesday morning. Photo: Supplied⟫",
    tags=["Roads", "Weather", "Whangārei District Council"],
    related=["⟪State Highway 1 through the Brynderwyns reopens to all traffic⟫", "Council seeks funding for rural road repairs", "Farmers count cost of February floods"],
    popular=["Whangārei marina berth fees to rise 9%", "Ruakākā surf club celebrates 70 years", "Kaitaia man jailed for dog attack"],
    op_rail=["⟪Opinion: Rural roads are not a luxury⟫", "Column: Our kids deserve a better bus"],
    comments=None, footer="© 2026 Northland Echo Ltd.", footer_cols=[("Echo", ["About", "Advertise", "Contact the newsroom"])],
    cookie="", support="⟪Local journalism needs local support. Back the Echo from $4 a week.⟫",
    body="""⟦Mangakāhia Road west of Whangārei will be closed for at least a week after a large slip came down across both lanes early on Tuesday.⟧

The Whangārei District Council said the slip, about 30 metres wide, fell near Twin Bridges shortly after 5am following overnight rain. No one was injured.

Council infrastructure manager Anita Herewini said contractors were assessing the hillside above the road before clearing could begin.

"There is still a lot of loose material up there and we are not going to put machinery under it until we know it is stable," she said. ⟦"Our best estimate is a week, but it could be longer if we get more rain."⟧

[[AD]]

The road is the main route between Whangārei and the Mangakāhia valley, and about 400 vehicles use it each day, including school buses and milk tankers.

⟦A detour via Pipiwai Road adds about 40 minutes to the journey.⟧ The council said the detour was suitable for heavy vehicles but asked drivers to take care on its narrow sections.

[[REL|ALSO READ:|⟪Roading budget: which Northland routes are next in line⟫]]

Local farmer and school bus driver Rewi Maihi said the closure would make for some long mornings.

"The kids on my run are going to be leaving home before seven," he said. "We have had three slips on this road in two years. People out here are getting pretty tired of it."

The council said it had applied to the NZ Transport Agency for emergency funding to stabilise the site.

⟦Updates on the closure will be posted on the council’s website and Facebook page.⟧""",
    kind="news", why="local report on a road closure with official quotes",
))

# ---------------------------------------------------------------- N4: NGO media release, South Africa; organisation as author (null)
UM_NAV = [("About", ["Who we are", "Our board", "Funders"]), ("Research", ["Reports", "Data", "Commuter survey"]), ("Campaigns", ["Fair fares", "Safe ranks"]),
          ("Media", ["Media releases", "In the news", "Opinion"]), ("Get involved", ["Volunteer", "Donate"])]
PAGES.append(dict(
    case="en-news-ngo-commutersurvey", lang="en", html_lang="en-ZA", skin="ngo", domain="ubuntumobility.example", site="Ubuntu Mobility Forum",
    url="https://ubuntumobility.example/media/survey-four-in-ten-gauteng-commuters-spend-over-r1500-on-taxis/",
    h1="Survey: four in ten Gauteng commuters spend over R1,500 a month on taxis",
    authors=None, byline_text="Issued by the Ubuntu Mobility Forum", byline_html="Issued by the Ubuntu Mobility Forum",
    pub="2026-03-05T10:00:00+02:00", date="05 March 2026", meta="full", ld_type="NewsArticle", ld_authors=["org:Ubuntu Mobility Forum"],
    crumbs=["Home", "Media", "Media releases"], label="Media release", nav=UM_NAV, ptype="media_release", cta="Donate",
    contact_head="Media enquiries", contact="⟪Lerato Mahlangu, communications officer: 082 555 0143, media@ubuntumobility.example⟫",
    tags=["Commuter survey", "Minibus taxis", "Gauteng"],
    latest_head="Latest releases", latest=["⟪Forum welcomes new rank safety rules in Tshwane⟫", "Commuter survey 2025: full data released", "Board appoints new executive director"],
    op_head="Opinion", op_rail=["⟪Why a fare subsidy should start with the taxi, not the train⟫"],
    band_head="Support fair, safe transport", band="⟪A monthly gift of R100 helps us survey 20 more commuters.⟫", band_btn="Give monthly",
    footer="© 2026 Ubuntu Mobility Forum NPC. Registration no. 2014/123456/08. PBO 930012345.",
    footer_cols=[("Forum", ["Contact", "PAIA manual", "Privacy"])], cookie="",
    body="""⟦Four in ten working commuters in Gauteng spend more than R1,500 a month on minibus taxi fares, according to a survey released today by the Ubuntu Mobility Forum.⟧

The survey of 2,140 commuters, carried out at 38 taxi ranks across Johannesburg, Tshwane and Ekurhuleni in January and February, found that the median monthly spend on taxi fares was R1,180, up from R960 when the forum ran the same survey two years ago.

[[H|Key findings]]

[[LIST|⟦Commuters earning under R6,000 a month spent a median of 22 per cent of their income on fares.⟧|Six in ten said they needed two or more taxis to reach work.|One in four said they had walked part of their journey at least once a week to save money.]]

⟦The survey also asked commuters about safety at ranks.⟧ Just over half of women respondents said they felt unsafe at their rank after dark, compared with about a third of men.

"These figures show how much of a household’s budget is swallowed by the journey to work," said Dr Naledi Khumalo, the forum’s research director. "The typical commuter in our survey is spending more on getting to work than on electricity and water combined."

[[DONATE|⟪Our commuter survey is funded by people like you. Support the 2027 survey.⟫|Donate now]]

The forum said it would present the findings to the Gauteng Department of Roads and Transport and to taxi associations at a meeting later this month.

The full report, including results for each metro and a breakdown by income and distance, is available on the forum’s website.

⟦Data from the survey will be made available to researchers on request.⟧

[[TEXT|ENDS]]

[[NOTE|⟪Notes to editors: The Ubuntu Mobility Forum is a non-profit research and advocacy organisation founded in 2014.⟫]]""",
    kind="news", why="media release reporting survey findings",
))

# ---------------------------------------------------------------- N5: union press release, UK; press office (null); no date metadata
AH_NAV = [("About us", ["Our history", "Who we are", "Annual reports"]), ("Campaigns", ["Fair pay", "Safe staffing", "Stop violence at work"]),
          ("News", ["Press releases", "Opinion", "Branch news"]), ("Get help", ["Find your rep", "Legal advice", "Hardship fund"]), ("Join", [])]
PAGES.append(dict(
    case="en-news-ngo-ballotresult", lang="en", html_lang="en-GB", skin="ngo", domain="www.ahcu.example", site="Allied Health and Care Union",
    url="https://www.ahcu.example/news/press-releases/members-reject-pay-offer-and-back-industrial-action/",
    h1="Members reject pay offer and back industrial action",
    authors=None, byline_text="AHCU Press Office", byline_html="AHCU Press Office",
    pub="2026-03-27T12:00:00+00:00", date="Friday 27 March 2026", meta="og", meta_pub=False,
    crumbs=["Home", "News", "Press releases"], label="Press release", nav=AH_NAV, ptype="press_release", cta="Join",
    contact="⟪Press office: 020 7946 0321 (24 hours), press@ahcu.example⟫",
    tags=["Pay", "Ballot", "Industrial action"],
    latest=["⟪Branch of the month: Sheffield community therapists⟫", "Your rights if you are asked to cover a colleague’s caseload", "Hardship fund reopens for applications"],
    op_head="Opinion", op_rail=["⟪Why we are recommending members reject the pay offer⟫", "Safe staffing is not a slogan. It is a number."],
    band_head="Not a member yet?", band="Join 61,000 health and care workers who have each other’s backs.",
    footer="© 2026 Allied Health and Care Union. Registered trade union no. 7731T.", footer_cols=[("About", ["Contact", "Careers", "Privacy"]), ("Members", ["Log in", "Update details", "Rules"])],
    cookie="⟪We use cookies to make this site work and to understand how you use it.⟫",
    body="""⟦Allied health professionals and support staff in England have voted to reject the government’s pay offer and to take industrial action short of a strike, the Allied Health and Care Union announced today.⟧

In a statutory ballot that closed at noon on Thursday, 78 per cent of those voting backed action short of a strike, and 64 per cent backed strike action. Turnout was 53 per cent, above the 50 per cent legal threshold.

⟦The ballot covered about 41,000 members employed by NHS trusts in England,⟧ including physiotherapists, occupational therapists, radiographers, paramedics and healthcare support workers.

[[H|What happens next]]

Action short of a strike, which the union said would begin on 14 April unless talks resume, will include:

[[LIST|⟦Refusing voluntary overtime and unpaid extra hours.⟧|Working strictly to contracted start and finish times.|Declining to cover vacant posts outside members’ own teams.]]

The union’s executive will meet next week to decide whether and when to call strike dates. Under the law, it must give employers at least 14 days’ notice of any strike.

Gráinne Whitlock, general secretary of the Allied Health and Care Union, said: "Our members have sent the clearest possible message. They have run the service on goodwill for years, and the goodwill has run out. The government can still avoid disruption by coming back to the table with a serious offer."

A Department of Health and Social Care spokesperson said the offer was "fair and affordable" and urged the union to "reconsider a course of action that will affect patients".

⟦The union said emergency and life-saving care would be protected during any action.⟧

[[NOTE|⟪Notes to editors: The union represents 61,000 members across the UK. Ballot results were independently scrutinised.⟫]]""",
    kind="news", why="union press release reporting ballot results",
))

# ---------------------------------------------------------------- N6: trade news, Australia (Perth time); dd/mm/yyyy
PP_NAV = ["Grain", "Freight", "Markets", "Weather", "Machinery", "Policy", "Opinion", "Events", "Classifieds"]
PAGES.append(dict(
    case="en-news-trade-grainfreight", lang="en", html_lang="en-AU", skin="trade", domain="paddocktoport.example", site="Paddock to Port",
    tagline="Grain, freight and the business of farming",
    url="https://paddocktoport.example/freight/wa-grain-rail-freight-rates-rise-6pc/",
    h1="WA grain rail freight rates rise 6pc as harvest backlog clears",
    deck="Growers face higher costs to move grain to port from April, but operator says record volumes justify investment.",
    authors=["Lachlan Beaumont"], byline_text="By Lachlan Beaumont", byline_html='By <a href="/author/lachlan-beaumont">Lachlan Beaumont</a>',
    pub="2026-03-05T09:14:00+08:00", date="05/03/2026", today="Thursday 5 March 2026", meta="full", ld_type="NewsArticle", ld_authors=["Lachlan Beaumont"],
    crumbs=["Home", "Freight"], label="Freight", nav=PP_NAV, section_name="Freight",
    ticker_label="Prices", ticker=["APW1 Kwinana $392/t ▲4", "Canola Kwinana $781/t ▼6", "Feed barley $318/t ▲2"],
    tags=["Rail freight", "Western Australia", "Harvest"],
    related=["⟪Kwinana terminal shipping program hits record for February⟫", "Road train permits extended for harvest", "Esperance port dredging delayed"],
    popular=["Canola prices slide on Canadian crop outlook", "Header fire season: what insurers want you to know", "Seeding intentions survey opens"],
    op_head="Opinion", op_rail=["⟪Opinion: It is time growers had a say on freight pricing⟫", "Column: The quiet cost of a wet harvest"],
    events=["Grains Industry Forum, Perth, 19 March", "Crop Updates, Geraldton, 2 April"],
    sponsored=["Storage bags vs silos: what the numbers say"],
    footer="© 2026 Paddock to Port Media Pty Ltd. ABN 98 765 432 109.", footer_cols=[("Company", ["About", "Advertise", "Contact"]), ("Legal", ["Privacy", "Terms"])],
    cookie="⟪We use cookies to personalise content and analyse our traffic.⟫",
    body="""⟦Rail freight rates for moving grain from Western Australia’s wheatbelt to port will rise by an average of 6 per cent from April, the state’s main grain rail operator has told growers.⟧

The increase, detailed in a notice to customers on Wednesday, will add between $1.80 and $3.20 a tonne to the cost of moving grain from most receival sites to the Kwinana, Albany and Geraldton terminals.

It follows a harvest that delivered close to 24 million tonnes into the bulk handling system, the second-largest on record, and left a backlog of grain at country sites that is only now being cleared.

[[AD]]

The operator’s general manager of grain services, Fiona Strachan, said the increase reflected higher fuel, labour and track maintenance costs, and investment in additional rolling stock.

"We have moved more grain this season than in any season except one, and we have done it with an older fleet than we would like," she said. ⟦"The new wagons arriving this year will let us move more grain, faster, but they have to be paid for."⟧

[[REL|Read more:|⟪Country receival sites to stay open on Sundays through March⟫]]

[[SPLIT]]

[[H|Growers question timing]]

Grower groups said the rise came at a difficult time, with grain prices well below last year and input costs still high.

⟦WA Grain Growers Association president Tom Kellerman said members would want to see evidence the increase was needed.⟧ "Growers don’t have a choice of rail operator, so they deserve to see the numbers," he said.

According to the operator, about 11.6 million tonnes of grain had been railed to port by the end of February, compared with 9.8 million tonnes at the same point last season.

⟦The new rates will apply to all grain delivered by rail from 1 April.⟧""",
    kind="news", why="trade report on freight rate rise with quotes",
))

# ---------------------------------------------------------------- N7: trade news, US; two authors
AR_NAV = ["Harvesting", "Drones", "Autonomy", "Funding", "Specialty Crops", "Dairy", "Opinion", "Podcast", "Events"]
PAGES.append(dict(
    case="en-news-trade-pickingrobot", lang="en", html_lang="en-US", skin="trade", domain="www.agroboticsreport.example", site="Ag Robotics Report",
    tagline="The business of farm automation",
    url="https://www.agroboticsreport.example/funding/furrowline-raises-41-million-strawberry-picking-robot/",
    h1="Strawberry-picking robot maker Furrowline raises $41 million",
    deck="The Series B round will fund a move from pilot farms to commercial fleets in California and Florida.",
    authors=["Kelsey Ferraro", "Mark Odum"], byline_text="By Kelsey Ferraro and Mark Odum",
    byline_html='By <a href="/author/kelsey-ferraro">Kelsey Ferraro</a> and <a href="/author/mark-odum">Mark Odum</a>',
    pub="2026-03-03T10:15:00-05:00", date="March 3, 2026 10:15 am ET", today="Tuesday, March 3, 2026", meta="full", ld_type="NewsArticle",
    ld_authors=["Kelsey Ferraro", "Mark Odum"],
    crumbs=["Home", "Funding"], label="Funding", nav=AR_NAV, section_name="Funding",
    tags=["Harvest robotics", "Strawberries", "Venture capital"],
    related=["⟪Orchard drone startup Pollinex lays off a third of staff⟫", "Dairy robot sales rose 18% last year, survey finds", "Vineyard pruning robots head to Washington"],
    popular=["The 2026 ag robotics funding tracker", "Labor costs push growers toward automation", "What the new H-2A wage rule means for robots"],
    op_head="Opinion", op_rail=["⟪Opinion: Harvest robots will not fix the farm labor shortage⟫", "Guest column: Stop selling robots, start selling picking"],
    events=["Ag Robotics Summit, Salinas, April 21–22", "Specialty Crop Automation Day, Fresno, May 6"],
    sponsored=["⟪How one grower cut harvest labor costs by 30 percent⟫"],
    footer="© 2026 Ag Robotics Report, a division of Furrow Media LLC.", footer_cols=[("Company", ["About", "Advertise", "Contact"]), ("Legal", ["Privacy", "Terms"])],
    cookie="", nl_head="Get the weekly ag robotics briefing",
    body="""⟦Furrowline, a Salinas, California-based maker of strawberry-harvesting robots, has raised $41 million in a Series B round, the company said on Tuesday.⟧

The round was led by Greenfield Partners, with participation from existing investors including Row Ventures and the venture arm of a large berry distributor that the company declined to name. It brings Furrowline’s total funding to $63 million.

[[AD]]

⟦The company said it would use the money to build about 120 machines over the next 18 months,⟧ moving from pilot deployments on five farms to commercial fleets for growers in California and Florida.

[[H|From pilots to fleets]]

Furrowline’s machines straddle strawberry beds and use cameras and soft grippers to pick ripe fruit, which is placed directly into clamshell packs. The company says each machine can harvest about one acre a day, roughly the work of a crew of 15 to 20 pickers, though it declined to share independent performance data.

Chief executive Priya Desai said growers would lease the machines on a per-pound basis rather than buying them outright.

"Growers don’t want to own a robot, they want strawberries picked," Desai said. ⟦"If the machine doesn’t pick, they don’t pay."⟧

[[REL|Related:|⟪Why soft grippers are the hardest part of fruit picking⟫]]

[[SPLIT]]

The funding comes as growers face rising labor costs and a tighter supply of seasonal workers. Strawberries are among the most labor-intensive crops grown in the United States, with harvest accounting for up to half of production costs.

Several companies have tried and struggled to commercialize strawberry-picking robots over the past decade, in part because of the difficulty of handling the fruit without bruising it.

⟦Furrowline said its first commercial fleet would begin work in Florida in November.⟧""",
    kind="news", why="trade report on a startup funding round",
))

# ---------------------------------------------------------------- N8: trade news, Nigeria
MG_NAV = ["Ports", "Shipping", "Customs", "Logistics", "Aviation", "Oil &amp; Gas", "Opinion", "Interviews", "Events"]
PAGES.append(dict(
    case="en-news-trade-apapa", lang="en", html_lang="en-NG", skin="trade", domain="maritimegazette.example", site="Maritime Gazette",
    tagline="Nigeria’s shipping and ports newspaper",
    url="https://maritimegazette.example/ports/apapa-dwell-time-falls-to-nine-days-eto-enforcement/",
    h1="Apapa dwell time falls to nine days as truck call-up enforcement tightens",
    authors=["Ifeoma Nwachukwu"], byline_text="By Ifeoma Nwachukwu", byline_html='By <a href="/author/ifeoma-nwachukwu">Ifeoma Nwachukwu</a>',
    pub="2026-03-09T08:30:00+01:00", date="March 9, 2026", today="Monday, March 9, 2026", meta="og",
    crumbs=["Home", "Ports"], label="Ports", nav=MG_NAV, section_name="Ports",
    ticker_label="FX", ticker=["Naira/USD (official) ₦1,482", "Brent $74.10"],
    tags=["Apapa", "Port congestion", "Nigerian Ports Authority"],
    related=["⟪Lekki port records highest monthly container volume⟫", "Customs clears backlog of overtime cargo", "Truck owners protest new park fees"],
    popular=["Shippers council warns on demurrage charges", "Tin Can terminal operator extends working hours", "Freight forwarders get new licensing rules"],
    op_head="Opinion", op_rail=["⟪Opinion: Apapa’s gridlock was a policy failure, not a traffic problem⟫", "Viewpoint: Why Nigeria needs a rail link to every port"],
    events=["Maritime Gazette Ports Conference, Lagos, 16 April"], sponsored=["⟪Five questions to ask your customs broker⟫"],
    footer="© 2026 Maritime Gazette Ltd. All rights reserved.", footer_cols=[("Gazette", ["About us", "Advertise", "Contact"])],
    cookie="",
    body="""⟦The average time containers spend at Apapa port before being cleared and moved out has fallen to about nine days, down from 16 days a year ago, according to figures from terminal operators seen by Maritime Gazette.⟧

Operators and freight forwarders attributed the improvement largely to stricter enforcement of the electronic truck call-up system, which allocates slots for trucks to enter the port area and was introduced to end years of gridlock on the roads leading to Apapa.

[[AD]]

⟦In the past six months, the Nigerian Ports Authority has removed more than 1,200 trucks from the approach roads for arriving without a valid call-up slot,⟧ an official of the authority told Maritime Gazette on condition of anonymity because he was not authorised to speak to the press.

[[H|Forwarders see gains, but warn on costs]]

Freight forwarders said trucks were now able to reach terminals in hours rather than days, cutting the demurrage charges importers had to pay.

"Last year I could have a truck on the bridge for three days before it got in," said Chinedu Okafor, a Lagos-based forwarder. "Now most of my trucks are in and out the same day."

[[REL|Also read:|⟪NPA extends call-up system to Tin Can Island⟫]]

[[SPLIT]]

⟦But truck owners said the system had added new costs.⟧ The chairman of a truck owners’ association, Alhaji Musa Bello, said members now paid fees at holding parks outside the city as well as the call-up charge, and that some slots were being resold at a premium.

The NPA said it was investigating reports of slot reselling and would sanction anyone found to be involved.

⟦Terminal operators said they expected dwell time to fall further once a new scanning system at the port’s exit gates comes into use in the second quarter.⟧""",
    kind="news", why="trade report on port dwell times with sources",
))

# ---------------------------------------------------------------- N9: university event report, Ireland; no date metadata
PAGES.append(dict(
    case="en-news-univ-broadband", lang="en", html_lang="en-IE", skin="univ", domain="news.corribuniversity.example", site="Corrib University News",
    uni="Corrib University", uni_domain="www.corribuniversity.example",
    url="https://news.corribuniversity.example/2026/03/symposium-remote-workers-west-patchy-broadband/",
    h1="Remote workers in the west still face patchy broadband, symposium hears",
    deck="Researchers, employers and county councils met on campus to review five years of remote-work hubs.",
    authors=["Niamh Gallagher"], byline_text="By Niamh Gallagher, University Communications",
    byline_html='By <a href="/authors/niamh-gallagher/">Niamh Gallagher</a>, University Communications',
    pub="2026-03-10T15:00:00+00:00", date="10 March 2026", meta="og", meta_pub=False, kicker="Events", read="3 min read",
    nav=["Latest", "Research news", "Perspectives", "Campus life", "Events", "Media"],
    box_head="Media contact", box="⟪University Communications: press@corribuniversity.example, +353 91 555 012⟫",
    tags=["Remote work", "Broadband", "Regional development"],
    related=["⟪Perspective: The four-day week will not work without better rural transport⟫", "Corrib researchers win EU funding for peatland study"],
    popular=["Conferring ceremonies: dates for spring 2026", "New student residence opens on Dangan campus", "Irish language summer school applications open"],
    events=[("18 Mar", "Lecture: The future of the Atlantic economy"), ("26 Mar", "Postgraduate open evening")],
    footer="© 2026 Corrib University. Registered charity number 20012345.", footer_cols=[("Contact", ["Press office", "Campus map"]), ("Legal", ["Privacy", "Accessibility"])],
    cookie="⟪This site uses cookies. Some are essential; others help us improve your experience.⟫",
    body="""⟦Remote workers in rural parts of the west of Ireland continue to struggle with unreliable broadband, despite a rapid expansion of remote-work hubs, a symposium at Corrib University heard on Monday.⟧

The day-long event, organised by the university’s Centre for Regional Studies, brought together about 120 researchers, employers, hub managers and county council officials to review five years of remote work in the region.

[[PHOTO|⟪Delegates at the symposium in the Hardiman Building on Monday. Photo: Corrib University⟫]]

Presenting early findings from a survey of 1,600 remote workers in Galway, Mayo and Roscommon, Dr Ciara Fahy of the Centre for Regional Studies said ⟦more than a third of respondents working from home reported losing their connection at least once a week.⟧ Those working from hubs reported far fewer problems.

"The hubs have been a real success, but they are not where most people work," Dr Fahy said. "Most remote workers are at a kitchen table, and that is where the connection still lets them down."

[[H|Employers and councils]]

⟦Speakers from two county councils described efforts to bring more hubs to smaller towns.⟧ A representative of a Galway-based software company said the firm now allowed staff to work from any hub in the region and paid for their membership.

In a panel discussion, several hub managers said demand for desks had levelled off since 2024, while demand for meeting rooms and occasional office days had grown.

The final session considered what the region would need to attract remote workers in the next decade, with housing and public transport raised as often as broadband.

⟦The full survey findings will be published by the Centre for Regional Studies in May.⟧""",
    kind="news", why="university report on a symposium",
))

# ---------------------------------------------------------------- N10: hyperlocal news on a Substack-like newsletter, US; metadata in UTC the next day
PAGES.append(dict(
    case="en-news-substack-starttimes", lang="en", html_lang="en-US", skin="substack", domain="eastsidedispatch.substack.example", site="The Eastside Dispatch",
    url="https://eastsidedispatch.substack.example/p/school-board-approves-later-start-times",
    h1="School board approves later start times after three-hour meeting",
    deck="High schools will start at 8:30 a.m. next fall. Elementary schools move earlier, and bus routes will be redrawn.",
    authors=["Renée Caldwell"], byline_text="Renée Caldwell", byline_html="Renée Caldwell", bio_name="Renée Caldwell",
    pub="2026-03-10T23:05:00-04:00", ld_date="2026-03-11T03:05:00+00:00", meta_date="2026-03-11T03:05:00+00:00", date="Mar 10, 2026",
    meta="full", ld_type="NewsArticle", ld_authors=["Renée Caldwell"],
    nav=["Home", "Schools", "City Council", "Opinion", "Archive", "About"], likes="96", restacks="11",
    comments=[("Jen W.", "Mar 11", "⟪Thank you for staying until the end of that meeting so the rest of us didn’t have to.⟫", "22"),
              ("Mike Sorensen", "Mar 11", "Any word on whether the middle school bell schedule changes too?", "3")],
    pub_blurb="Independent news for Columbus’s east side, from school board meetings to zoning hearings.",
    recs_head="Recent posts",
    related=["⟪Zoning board delays vote on Main Street apartments⟫", "What’s in the district’s $412 million budget", "Opinion: Our board meetings are too long to follow"],
    footer="The Eastside Dispatch",
    body="""[[NOTE|⟪The Eastside Dispatch is reader-supported. Paid subscribers fund our coverage of every school board meeting.⟫]]

⟦The Eastside school board voted 5-2 on Tuesday night to push back high school start times to 8:30 a.m. beginning next fall, ending more than a year of debate over the district’s bell schedule.⟧

High schools currently start at 7:25 a.m. Under the new schedule, elementary schools will move earlier, to 7:55 a.m., and middle schools will start at 8:10 a.m.

The vote came at the end of a meeting that ran past 10 p.m., with more than 40 people signed up for public comment.

[[SUB|⟪Get local news you won’t find anywhere else. Subscribe to The Eastside Dispatch.⟫|Subscribe]]

[[H|Why the board moved]]

Board president Carla Nunez said the decision was based on research showing teenagers’ sleep patterns make early starts harmful to learning and health. ⟦"We have heard from students who are getting five or six hours a night," Nunez said.⟧ "This is something we can actually change."

Superintendent Derek Hollis told the board that the district would need to redraw bus routes to make the new schedule work and that transportation costs could rise by about $600,000 a year.

[[H|Opposition from elementary parents]]

The two members who voted no, Tom Brandt and Lisa Okafor, said they were concerned about young children waiting for buses in the dark during winter.

⟦Several parents of elementary students told the board the earlier start would disrupt child care arrangements,⟧ while high school students and teachers who spoke largely supported the change.

[[SHARE|⟪This post is public so feel free to share it.⟫|Share]]

The district will present a draft of the new bus routes at a community meeting on April 14.

⟦The new schedule takes effect on the first day of the 2026-27 school year.⟧""",
    kind="news", why="local newsletter report of a school board vote",
))

# ---------------------------------------------------------------- N11: magazine Q&A interview, UK
NR_NAV = ["Politics", "Comment", "Culture", "Books", "Film", "Life", "Podcasts", "Newsletters", "The Magazine"]
PAGES.append(dict(
    case="en-news-magazine-potter", lang="en", html_lang="en-GB", skin="magazine", domain="www.northernreview.example", site="The Northern Review",
    url="https://www.northernreview.example/culture/2026/03/oluwaseun-adeyemi-interview-kiln-railway-arch",
    h1="Oluwaseun Adeyemi: ‘A kiln should be somewhere people can see it’",
    deck="The Manchester potter on firing in a railway arch, teaching strangers and why she refuses to sell online.",
    authors=["Tom Ashworth"], byline_text="Interview by Tom Ashworth", byline_html='Interview by <a href="/author/tom-ashworth">Tom Ashworth</a>',
    pub="2026-03-02T07:00:00+00:00", date="2 March 2026", meta="og", kicker="Interview", issue="From the March 2026 issue",
    nav=NR_NAV, offer="Subscribe today: 12 issues for £12 and free delivery.",
    hero="⟪Oluwaseun Adeyemi in her studio under the arches in Ancoats. Photograph: Rachel Quinn⟫",
    bio="⟪Tom Ashworth is The Northern Review’s arts correspondent.⟫",
    tags=["Ceramics", "Manchester", "Interview"], more_head="Culture",
    related=["⟪The quiet revival of the Lancashire mill town⟫", "Ten new novels for spring", "On the road with Britain’s last touring puppet theatre"],
    popular=["Britain should stop retailers destroying unsold clothes", "The best new restaurants in Leeds", "Why brass bands are booming again"],
    op_head="From Comment", op_rail=["⟪Local radio still matters. Save it.⟫", "We need to talk about the price of a pint"],
    nl_head="The Sunday newsletter",
    footer="© 2026 The Northern Review Ltd. Registered in England no. 04412233.",
    footer_cols=[("Magazine", ["About", "Contact", "Advertise", "Jobs"]), ("Help", ["Subscriptions", "Privacy", "Terms"])],
    cookie="⟪We use cookies to improve your experience of our site.⟫",
    body="""⟦Oluwaseun Adeyemi has been making pots under a railway arch in Ancoats for six years.⟧ Her studio, which doubles as a shop and a classroom, has a glass front so that passers-by can watch the kiln being loaded, and on Saturday mornings a queue of beginners forms outside for her wheel classes. This spring she has her first solo exhibition, at a gallery in Salford. We spoke in the studio, over the noise of the trains.

[[TEXT|<strong>Why a railway arch?</strong>]]

Partly because it was cheap, honestly. But also because I wanted the kiln to be somewhere people could see it. ⟦Most people have never seen a pot being made, let alone fired.⟧ When they watch it happen, they start to understand why a mug costs what it costs.

[[TEXT|<strong>You teach a lot of complete beginners. What do they get wrong?</strong>]]

They want to be good straight away. Clay punishes that. Your first twenty pots will collapse, and that is fine, that is how your hands learn. ⟦The students who do best are the ones who find the collapsing funny.⟧

[[PHOTO|⟪A shelf of glaze tests in the studio. Photograph: Rachel Quinn⟫]]

[[TEXT|<strong>The new exhibition is all jars. Why jars?</strong>]]

My grandmother in Abeokuta stored everything in big clay jars: water, grain, palm oil. I grew up in Moss Side, but I spent summers there, and those jars were the first pots I ever looked at properly. The exhibition is 30 of them, made over two years, fired with wood I collected from tree surgeons around Manchester.

[[TEXT|<strong>You don’t sell online. Isn’t that a handicap?</strong>]]

Probably. ⟦But a pot is something you should hold before you buy it.⟧ I would rather sell fewer, to people who have come into the studio, than ship them to people who have only seen a photograph. I might change my mind. Not yet.

[[TEXT|<strong>What is next?</strong>]]

⟦More classes, and, if the landlord agrees, a second kiln in the arch next door.⟧""",
    kind="news", why="Q&A interview with a potter",
))

# ---------------------------------------------------------------- N12: think-tank explainer, India (evaluative words, reports)
CU_NAV = [("Research", ["Platform work", "Data governance", "Urban transport", "State finances"]), ("People", ["Team", "Fellows"]),
          ("Commentary", ["Op-eds", "Blog", "Explainers"]), ("Events", ["Upcoming", "Past"]), ("About", ["Mission", "Funding", "Careers"])]
PAGES.append(dict(
    case="en-news-thinktank-gigfee", lang="en", html_lang="en-IN", skin="thinktank", domain="www.cudp.example", site="Centre for Urban and Digital Policy",
    url="https://www.cudp.example/explainers/karnataka-gig-worker-welfare-fee-platforms-riders/",
    h1="Explainer: What Karnataka’s gig-worker welfare fee means for platforms and riders",
    deck="The state’s new levy is ambitious and contested. Here is how it will work, who pays and what is still unclear.",
    authors=["Kavya Menon", "Arjun Bhatt"], byline_text="Kavya Menon, Research Fellow; Arjun Bhatt, Programme Associate",
    cards=[("Kavya Menon", "Research Fellow"), ("Arjun Bhatt", "Programme Associate")],
    pub="2026-03-09T12:00:00+05:30", date="09 March 2026", meta="full", ld_type="Article", ld_authors=["Kavya Menon", "Arjun Bhatt"], ld_section="Explainers",
    label="Explainer", crumbs=["Home", "Commentary", "Explainers"], nav=CU_NAV, node_type="explainer", topics=["Platform work", "Labour"], regions=["Karnataka"],
    related=[("Op-ed", "⟪Gig workers need portable benefits, not another board⟫", "February 2, 2026"),
             ("Report", "⟪Riding the algorithm: a survey of delivery workers in Bengaluru⟫", "October 15, 2025"),
             ("Event", "Roundtable: Social security for platform workers", "March 20, 2026")],
    experts=[("Kavya Menon", "Research Fellow"), ("Dr Ramesh Iyengar", "Senior Fellow")],
    support="⟪CUDP is an independent, non-profit research centre. Support our work with a donation.⟫",
    footer="⟪© 2026 Centre for Urban and Digital Policy.⟫ Registered under Section 8 of the Companies Act, 2013.",
    footer_cols=[("Centre", ["About", "Contact", "Media"]), ("Legal", ["Privacy", "Terms"])], cookie="",
    body="""⟦From April, app-based platforms operating in Karnataka will pay a welfare fee on every transaction involving a gig worker, under rules notified by the state government last month.⟧ The fee is one of the most ambitious attempts by any Indian state to fund social security for platform workers, and one of the most contested.

Here is what the rules say, and what remains unclear.

[[H|Who pays, and how much?]]

⟦The fee applies to aggregators in ride-hailing, food and grocery delivery, logistics and home services.⟧ It is set at between 1 and 2 per cent of the payout made to the worker for each transaction, with the exact rate for each sector to be notified separately. Platforms may not deduct it from workers’ earnings.

The money goes into a welfare fund managed by a board with representatives of the government, platforms and workers. According to the government, the fund will pay for accident insurance, health cover and a small pension contribution for registered workers.

[[H|How many workers are covered?]]

The state’s own estimate is about 2.3 lakh active platform workers. Workers must register on a state portal to receive benefits; registration opened in January, and the labour department says just over 60,000 have signed up so far.

[[H|Why is it controversial?]]

Platform companies argue that the fee will raise prices for consumers and that workers who use several apps will be counted more than once. ⟦Industry bodies have called the timeline unrealistic,⟧ since the sector-wise rates have not yet been published. Worker unions have broadly welcomed the fund but say the benefits announced so far are modest, and that the board’s powers to inspect platforms’ data are weak.

[[H|What happens next?]]

The rates for each sector are expected before the end of March. At least one industry association has said it is considering a legal challenge.

⟦We will update this explainer when the sector-wise rates are notified.⟧""",
    kind="news", why="explainer reporting rules and positions; evaluative words only",
))

# ---------------------------------------------------------------- N13: newspaper business blog, South Africa; "Analysis", AnalysisNewsArticle
HP_NAV = ["News", "Business", "Opinion", "Sport", "Lifestyle", "Motoring", "Blogs", "Podcasts", "ePaper"]
PAGES.append(dict(
    case="en-news-paperblog-randweek", lang="en", html_lang="en-ZA", skin="paperblog", domain="www.highveldpost.example", site="The Highveld Post",
    url="https://www.highveldpost.example/business/blogs/market-notes/why-the-rand-had-its-best-week-since-october/",
    h1="Why the rand just had its best week since October",
    deck="A softer dollar, firmer metal prices and a calmer budget week all helped. Economists are split on whether it lasts.",
    authors=["Sipho Dlamini"], byline_text="Sipho Dlamini, Markets Editor", byline_html='<a href="/authors/sipho-dlamini/">Sipho Dlamini</a>, Markets Editor',
    pub="2026-03-06T17:30:00+02:00", date="06 March 2026 - 17:30", today="Friday, 6 March 2026", meta="full", ld_type="AnalysisNewsArticle",
    ld_authors=["Sipho Dlamini"], ld_section="Business",
    crumbs=["Business", "Blogs", "Market Notes"], label="Analysis", nav=HP_NAV,
    blog_name="Market Notes", blog_desc="Sipho Dlamini on the JSE, the rand and the numbers that move them",
    tags=["Rand", "Currency", "JSE"],
    related=["⟪JSE all share closes at record as miners rally⟫", "What the budget means for your tax bill", "Inflation: five charts that explain February"],
    comments=[("TrevorM", "3 hours ago", "⟪Enjoy it while it lasts. We have seen this movie before.⟫", "6")],
    popular=["Eskom: no load shedding expected this weekend", "Bafana squad named for World Cup qualifiers", "Fuel price: petrol to drop by 40c in April"],
    op_rail=["⟪Opinion: The rand’s rally is no reason for complacency⟫", "Editorial: A budget that asks little and promises less"],
    footer="© 2026 Highveld Post Media (Pty) Ltd", footer_cols=[("The Post", ["About us", "Contact", "Advertise"]), ("Help", ["Subscriptions", "PAIA", "Privacy"])],
    cookie="",
    body="""⟦The rand ended the week at R17.42 to the dollar on Friday afternoon, about 2.6 per cent stronger than a week ago and its best weekly performance since October.⟧

It was, by the standards of the past year, a remarkably good week for the currency. But most of the reasons for it lie outside South Africa, and the economists I spoke to on Friday were divided on whether the rally can last.

[[H|The dollar did most of the work]]

⟦The single biggest factor was weakness in the US dollar,⟧ which fell against most currencies after US jobs figures on Wednesday came in softer than expected and traders brought forward their bets on interest-rate cuts. Emerging-market currencies as a group gained, and the rand, as one of the most heavily traded, gained more than most.

"The rand is a high-beta currency. When the dollar sneezes, it catches a cold, and when the dollar weakens, the rand tends to run," said Thandeka Mthembu, chief economist at a Johannesburg asset manager.

[[REL|Read more|⟪Explainer: why the rand reacts to US jobs numbers⟫]]

[[H|Metals and a quiet budget helped too]]

Platinum and gold prices both rose during the week, supporting South Africa’s terms of trade. And the budget, tabled the previous week, has so far been received calmly by bond markets, with yields on government debt edging lower.

⟦Not everyone is convinced.⟧ Pieter Joubert, a currency strategist at a local bank, pointed out that the rand has had several strong weeks over the past year that were quickly reversed. "Nothing domestic has changed fundamentally," he said. "If the dollar turns, the rand will give this back."

Others were more optimistic, pointing to improved electricity supply and a narrower current-account deficit.

⟦For now, the currency goes into next week at its strongest level in five months.⟧""",
    kind="news", why="market analysis written as reporting with quotes",
))

# ---------------------------------------------------------------- N14: independent local news on Ghost, Australia
PAGES.append(dict(
    case="en-news-ghost-tribunal", lang="en", html_lang="en-AU", skin="ghost", domain="westsidewire.example", site="The Westside Wire",
    url="https://westsidewire.example/tribunal-hears-residents-challenge-footscray-tower/",
    h1="Tribunal hears residents’ challenge to 18-storey Footscray tower",
    deck="Neighbours say the tower will overshadow a primary school. The developer says it meets every planning control.",
    authors=["Mei Lin Chau"], byline_text="Mei Lin Chau", byline_html='<a href="/author/mei-lin/">Mei Lin Chau</a>', bio_name="Mei Lin Chau",
    pub="2026-03-09T18:20:00+11:00", date="9 Mar 2026", meta="full", ld_type="NewsArticle", ld_authors=["Mei Lin Chau"],
    ptag="Planning", read="4 min read",
    nav=["Home", "News", "Planning", "Council", "Opinion", "Membership"],
    cards=[("Council", "⟪Maribyrnong council pauses rates rise vote after public backlash⟫", "Councillors will revisit the proposal in April.", "5 Mar 2026", "3 min read"),
           ("Opinion", "⟪Footscray deserves towers, just not this one⟫", "A resident’s view on the Hopkins Street proposal.", "2 Mar 2026", "5 min read"),
           ("Planning", "Seddon heritage overlay extended after review", "Sixty more homes now covered.", "27 Feb 2026", "3 min read")],
    comments_cta="⟪Become a member of The Westside Wire to join the discussion.⟫", footer_cta="Sign up for The Westside Wire",
    cookie="",
    body="""⟦A group of Footscray residents has asked the Victorian Civil and Administrative Tribunal to overturn a permit for an 18-storey apartment tower on Hopkins Street, arguing it would cast a primary school playground into shadow for much of the winter.⟧

The two-day hearing began on Monday. The permit, issued by the state’s planning department last year, allows 214 apartments and ground-floor shops on the site of a former car yard.

[[H|Shadow and traffic]]

Barrister Rachel Tanaka, for the residents, told the tribunal that shadow diagrams submitted by the developer showed ⟦the tower would overshadow most of the school’s main playground between 11am and 2pm in June.⟧ She said the planning department had given too little weight to the school’s use of the space.

Residents also raised concerns about traffic on nearby streets and the loss of a view corridor to the river. More than 300 objections were lodged when the application was advertised, according to documents before the tribunal, and about 40 residents attended the first day of the hearing, filling the public seats in the small hearing room in the city.

[[SUB|⟪The Westside Wire is funded by its members. Join from $6 a month.⟫|Become a member]]

For the developer, barrister Andrew Goh said the building complied with every numerical control in the area’s planning scheme and that the school had not itself objected to the permit. ⟦"This is precisely the kind of development the planning scheme encourages near a train station,"⟧ he said.

A representative of the planning department told the tribunal the department stood by its decision.

[[H|What happens next]]

The tribunal member, Susan Whitford, said she expected to reserve her decision and hand it down in writing in the coming weeks.

⟦The Westside Wire will report the outcome when the decision is published.⟧""",
    kind="news", why="local report on a planning tribunal hearing",
))
