"""Indian, Pakistani, Singaporean and Philippine pages of anglomix (6): a Press Trust of India story and an op-ed with the
writer's note; a Karachi desk report with the print-edition line and a Lahore column not marked at all; a Singapore
explainer; a Manila story with a Reuters credit inside."""

PAGES = []

DC_NAV = ["India", "World", "Cities", "Opinion", "Business", "Cricket", "Entertainment", "Lifestyle", "Education", "Tech", "Videos", "Web Stories"]
DC_SUB = ["Editorials", "Columns", "Analysis", "Letters"]
DC_COOKIE = "We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies and our Privacy Policy."
DC_FOOT = ["About Us", "Contact Us", "Advertise", "Privacy Policy", "Terms of Use", "Grievance Redressal", "RSS"]

# ---------------------------------------------------------------- 21. Press Trust of India story
PAGES.append(dict(
    case="en-news-southasia-heatwave", lang="en", html_lang="en-IN", skin="southasia", domain="www.deccancourier.example", site="Deccan Courier",
    secpath="india-news",
    url="https://www.deccancourier.example/india-news/imd-forecasts-above-normal-heatwave-days-this-summer-101772708500123.html",
    h1="IMD forecasts above-normal heatwave days across north and central India this summer",
    deck="Most parts of the country are likely to record above-normal maximum temperatures from March to May, the weather office said.",
    crumbs=["India News"], kicker="India News", kicker_path="india-news",
    authors=None, byline_html="Press Trust of India", ld_authors=["org:Press Trust of India"], ld_type="NewsArticle", ld_section="India News",
    pub="2026-03-05T17:05:00+05:30", mod="2026-03-05T17:32:00+05:30", date="Updated: Mar 05, 2026 05:32 PM IST", time_attr="2026-03-05T17:32:00+05:30",
    meta="full", today="Thursday, March 05, 2026", sub_offer="Subscribe Now",
    nav=DC_NAV, subnav=DC_SUB, cookie=DC_COOKIE, cookie_ok="Okay",
    ticker=["Sensex ends 412 points higher", "⟪Bengaluru metro Pink Line trial run begins⟫", "Delhi AQI improves to moderate"], ticker_label="Trending",
    widget="Sensex 81,204.55 ▲0.51% · Nifty 24,690.10 ▲0.48% · Gold ₹86,420/10g",
    caption="⟪A vendor sells earthen pots on a hot afternoon in New Delhi.⟫ (PTI Photo)",
    side=[("Top Stories", ["⟪Supreme Court seeks Centre’s reply on coaching centre rules⟫", "Monsoon likely to be normal, says private forecaster",
                           "Railways to add 200 summer special trains", "Cabinet approves new scheme for millets"]),
          ("Opinion", [("Opinion", "India’s coaching-centre economy is failing its students"), ("Editorial", "A heat action plan must begin in March, not May")])],
    tags=["IMD", "Heatwave", "Weather", "Summer"],
    related=["Heatwave: what to do and what to avoid, as per health ministry", "Delhi records warmest February night in 12 years"],
    related_h="Related Stories",
    comments=[("Rakesh S.", "2 hours ago", "Every year the forecast is worse and every year the cities have fewer trees.", "12")],
    comments_title="Comments (8)",
    footer="Copyright © 2026 Deccan Courier. All Rights Reserved.", footer_nav=DC_FOOT,
    body="""New Delhi, Mar 5 (PTI) ⟦Large parts of north, central and east India are likely to experience a higher than normal number of heatwave days⟧ between March and May, the India Meteorological Department (IMD) said on Thursday.

Releasing its seasonal outlook, IMD Director General Rajesh Malhotra said maximum temperatures were expected to be above normal over most parts of the country, except some areas of the southern peninsula and the northeast.

"Heatwave days are likely to be above normal over Rajasthan, Gujarat, Madhya Pradesh, Uttar Pradesh, Bihar, Jharkhand and Odisha," he told reporters.

[[READ|Also Read|⟪Power demand likely to touch record 270 GW this summer⟫]]

⟦In a normal year, these regions record four to eight heatwave days during the March to May period.⟧ This year, some areas could see twice as many, Malhotra said.

[[SPLIT]]

The weather office also forecast above-normal rainfall in March over parts of the northwest, which may provide brief relief in the first half of the month.

Officials said the Union health ministry had asked states to prepare hospitals for heat-related illnesses and to ensure adequate supply of oral rehydration salts, ice packs and intravenous fluids.

⟦States have been advised to adjust school timings and to make drinking water available at bus stands and railway stations.⟧

The IMD said it would issue heatwave warnings at the district level this year, a day earlier than before, to give local authorities more time to respond. Officials said farmers should plan irrigation for rabi crops accordingly, as higher temperatures in late March could affect wheat yields in Punjab and Haryana.

Power demand is expected to peak at a record level this summer, and the power ministry has directed thermal plants to maintain adequate coal stocks.

⟦The IMD will issue its monthly forecast for April at the end of March.⟧

[[DISC|⟪(This story has not been edited by Deccan Courier staff and is auto-generated from a syndicated feed.)⟫]]""",
    kind="news", why="news agency report of a weather forecast",
))

# ---------------------------------------------------------------- 22. Indian op-ed with the writer's note inside
PAGES.append(dict(
    case="en-opinion-southasia-coaching", lang="en", html_lang="en-IN", skin="southasia", domain="www.deccancourier.example", site="Deccan Courier",
    secpath="opinion",
    url="https://www.deccancourier.example/opinion/india-s-coaching-centre-economy-is-failing-its-students-101772771000456.html",
    h1="India's coaching-centre economy is failing its students",
    deck="Rules on minimum age and class hours are a start. The real reform has to happen in schools and in entrance exams.",
    crumbs=["Opinion"], kicker="Opinion", kicker_path="opinion",
    authors=["Ananya Krishnan"], byline_html='By <a href="/author/ananya-krishnan">Ananya Krishnan</a>',
    pub="2026-03-06T07:00:00+05:30", date="Mar 06, 2026 07:00 AM IST", meta="og", meta_section="Opinion",
    today="Friday, March 06, 2026", sub_offer="Subscribe Now",
    nav=DC_NAV, subnav=DC_SUB, cookie=DC_COOKIE, cookie_ok="Okay",
    ticker=["IMD forecasts above-normal heatwave days", "Sensex ends 412 points higher"], ticker_label="Trending",
    widget="Sensex 81,204.55 ▲0.51% · Nifty 24,690.10 ▲0.48%",
    side=[("Top Stories", ["⟪Railways to add 200 summer special trains⟫", "IMD forecasts above-normal heatwave days across north and central India",
                           "Cabinet approves new scheme for millets", "Monsoon likely to be normal, says private forecaster"]),
          ("More from Opinion", [("Editorial", "A heat action plan must begin in March, not May"), ("Column", "Why our cities cannot breathe")])],
    tags=["Education", "Coaching centres", "Entrance exams", "Students"],
    related=["Coaching hubs brace for new rules on admissions", "Board exam results: toppers share study tips"], related_h="Related Stories",
    footer="⟪Copyright © 2026 Deccan Courier. All Rights Reserved.⟫", footer_nav=DC_FOOT,
    body="""⟦Every year, lakhs of teenagers leave home for a handful of cities to prepare for engineering and medical entrance examinations.⟧ They live in rented rooms, attend classes for ten or twelve hours a day and sit weekly tests that rank them against thousands of their peers. A small number succeed. Many more return home two years later with nothing to show for it but debt and, too often, damaged mental health.

The Centre's guidelines for coaching centres, which set a minimum age of 16 and cap daily class hours, are a welcome acknowledgement that something has gone badly wrong. ⟦But guidelines alone will not fix a system whose incentives all point the other way.⟧

[[READ|Also Read|⟪Student helpline receives record calls before exams⟫]]

[[H|A parallel school system]]

Coaching has become a parallel school system, and in many states it has quietly replaced the real one. Students enrolled in so-called dummy schools attend only to sit board exams; the rest of their time belongs to the institute. This arrangement suits everyone except the child. ⟦Schools collect fees without teaching, and coaching firms collect larger fees for teaching to a single test.⟧

[[SPLIT]]

[[H|Fix the exams, not just the institutes]]

The deeper problem is the design of the entrance examinations themselves. As long as a single test, taken on a single day, decides a student's future, families will pay whatever it takes to gain an edge. Giving weight to school performance over two years, holding the test more than once a year and publishing the full question papers with solutions would reduce the premium on expensive drilling.

State governments must also enforce the rules they already have. ⟦Dummy schools should lose their affiliation, and hostels that ignore safety norms should be shut.⟧

Our teenagers deserve an education, not a two-year siege. ⟦It is time we stopped confusing the two.⟧

[[BIO|⟪The writer is professor of education at a university in Hyderabad. Views are personal.⟫]]""",
    kind="opinion", why="op-ed arguing for exam reform, writer's note",
))

# ---------------------------------------------------------------- 23. Karachi desk report, print-edition line, no date metadata
CR_NAV = ["Home", "Latest", "Pakistan", "Karachi", "Lahore", "Islamabad", "World", "Business", "Sport", "Opinion", "Editorial", "Prism", "Magazines"]
CR_FOOT = ["About Us", "Contact", "Advertise", "Archive", "Privacy Policy", "Terms", "Careers"]
PAGES.append(dict(
    case="en-news-southasia-karachiwater", lang="en", html_lang="en-PK", skin="southasia", domain="www.dailycrescent.example", site="The Daily Crescent",
    secpath="news",
    url="https://www.dailycrescent.example/news/1958102/water-tanker-rates-in-karachi-double-as-hydrant-supply-cut",
    h1="Water tanker rates in Karachi double as hydrant supply cut",
    crumbs=["Pakistan", "Karachi"], kicker="Karachi", kicker_path="karachi",
    authors=None, byline_html="Crescent Report",
    pub="2026-03-05T23:02:00+05:00", date="Published March 5, 2026 11:02pm", meta="min",
    today="Friday, March 6, 2026 · 16 Ramazan 1447", sub_offer="E-Paper",
    nav=CR_NAV, subnav=["Editorial", "Columns", "Letters", "Cartoon"],
    widget="KSE-100 114,226 ▲0.7% · USD/PKR 279.40 · Karachi 31°C",
    ticker=["Govt notifies new gas tariffs", "⟪PSL: Kings beat Qalandars by six wickets⟫"], ticker_label="Breaking",
    caption="⟪Residents fill containers from a water tanker in Orangi Town.⟫ — Photo: File",
    after=[("print-line", "⟪Published in The Daily Crescent, March 6th, 2026⟫")],
    side=[("Most Popular", ["⟪Govt notifies new gas tariffs for domestic consumers⟫", "Heavy traffic on Sharea Faisal as Ramazan timings change",
                            "KMC to restore 40 parks by June", "Sindh cabinet approves new police stations"]),
          ("Opinion", [("Editorial", "Karachi's water mafia"), ("Column", "Lahore's canal trees deserve better than another road-widening")])],
    tags=["Karachi", "Water", "KWSC"],
    comments=[("Imran A.", "Mar 06, 2026 09:12am", "In Gulistan-e-Jauhar we have not had line water for three weeks.", "21"),
              ("Sana K.", "Mar 06, 2026 10:40am", "The tankers never run short. Only the pipes do.", "34")],
    comments_title="Comments (37)", comment_rules="Comments are moderated and generally will be posted if they are on-topic and not abusive.",
    footer="Copyright © 2026, The Daily Crescent", footer_nav=CR_FOOT,
    body="""KARACHI: ⟦Residents of several neighbourhoods in the city are paying twice as much for tanker water⟧ as they were a month ago after the Karachi Water and Sewerage Corporation reduced supply to its official hydrants, citing a shortfall at the Dhabeji pumping station.

A 1,000-gallon tanker that cost Rs2,500 in early February now sells for Rs5,000 to Rs6,000 in Gulistan-e-Jauhar, Gulshan-e-Iqbal and parts of Korangi, residents told the Crescent on Thursday.

[[READ|Also Read|⟪KWSC to install meters at all official hydrants by June⟫]]

⟦Officials of the water utility said two of the main pumps at Dhabeji had broken down last week⟧, cutting supply to the city by about 60 million gallons a day. Repairs were under way and supply was expected to improve within ten days, they said.

[[SPLIT]]

The reduced supply has hit the official hydrants, which sell water to registered tanker operators at fixed rates, while illegal hydrants have continued to operate in several areas, according to residents and a utility official who spoke on condition of anonymity.

⟦"The shortage is real, but the prices are not," said a resident of Block 13 in Gulistan-e-Jauhar.⟧ "We call the official number and are told there is no tanker for three days. Then a private tanker arrives in one hour at double the rate."

Shopkeepers in Korangi said some small restaurants had begun buying bottled water for cooking, and that several mosques had appealed to worshippers to use water sparingly during wuzu in Ramazan.

A spokesperson for the utility said action had been taken against four illegal hydrants this week and that more raids were planned.

⟦He urged citizens to book tankers only through the official online service and to report overcharging on the complaint line.⟧""",
    kind="news", why="desk report on water prices with residents and officials",
))

# ---------------------------------------------------------------- 24. Lahore column, not marked at all, JSON-LD only
PAGES.append(dict(
    case="en-opinion-southasia-canaltrees", lang="en", html_lang="en-PK", skin="southasia", domain="www.dailycrescent.example", site="The Daily Crescent",
    secpath="news",
    url="https://www.dailycrescent.example/news/1958214/lahores-canal-trees-deserve-better-than-another-road-widening",
    h1="Lahore's canal trees deserve better than another road-widening",
    crumbs=["Pakistan", "Lahore"], kicker="Lahore", kicker_path="lahore",
    authors=["Farah Siddiqui"], byline_html='<a href="/authors/farah-siddiqui">Farah Siddiqui</a>',
    ld_authors=["Farah Siddiqui"], ld_type="Article", ld_section="Lahore", ld_single=True,
    pub="2026-03-05T09:00:00+05:00", mod="2026-03-06T08:30:00+05:00", date="Published: March 5, 2026", updated="| Updated: March 6, 2026", meta="ld",
    today="Friday, March 6, 2026 · 16 Ramazan 1447", sub_offer="E-Paper",
    nav=CR_NAV, subnav=["Editorial", "Columns", "Letters", "Cartoon"],
    widget="KSE-100 114,226 ▲0.7% · USD/PKR 279.40 · Lahore 27°C",
    caption="⟪Commuters pass under trees along the Lahore Canal.⟫ — Photo: File",
    side=[("Most Popular", ["⟪Water tanker rates in Karachi double as hydrant supply cut⟫", "Govt notifies new gas tariffs for domestic consumers",
                            "Punjab announces Ramazan bazaars in 36 districts", "Lahore Qalandars name squad for PSL playoffs"]),
          ("Opinion", [("Editorial", "Karachi's water mafia"), ("Column", "What the census tells us about our cities")])],
    tags=["Lahore", "Environment", "Urban planning"],
    comments=[("Bilal R.", "Mar 05, 2026 11:20am", "I drive on Canal Road every day. Widening it will only bring more cars.", "48"),
              ("Ayesha M.", "Mar 05, 2026 01:05pm", "The traffic is unbearable, something has to be done. But not this.", "17")],
    comments_title="Comments (52)", comment_rules="Comments are moderated and generally will be posted if they are on-topic and not abusive.",
    footer="⟪Copyright © 2026, The Daily Crescent⟫", footer_nav=CR_FOOT,
    body="""⟦Anyone who has driven along Lahore's canal on a June afternoon knows what its trees are worth.⟧ Beneath the old shisham and jaman trees the air is noticeably cooler, the water glitters, and families sit on the banks after iftar as they have for generations. It is one of the few stretches of this city that still feels generous.

That is why the Punjab government's plan to widen Canal Road yet again, by removing a strip of the green belt on both banks, should be dropped.

[[READ|Also Read|⟪Lahore’s tree cover shrinks by a fifth in a decade, study says⟫]]

[[H|We have been here before]]

Every widening of the road has been justified as the last one. Each time, the traffic returned within a year, because wider roads invite more cars. ⟦Lahore cannot build its way out of congestion by cutting down the trees that make it bearable.⟧

The officials behind the plan say that new saplings will be planted to replace every tree removed. But a sapling is not a 60-year-old shisham. It will not shade a bus stop for decades, if it survives at all in a city where watering of new plantations is routinely neglected.

[[SPLIT]]

[[H|Better options exist]]

There are cheaper ways to move more people along the canal. ⟦Dedicated bus lanes, better signal timing and an end to illegal parking at the busiest crossings would do far more than another lane.⟧ The metro bus and the Orange Line have shown that Lahoris will use good public transport when it is offered.

The Lahore High Court has previously declared the canal's green belt a heritage site to be protected. The provincial government should respect that spirit, publish its traffic studies and hold genuine public hearings before a single tree is cut.

⟦The canal belongs to all of Lahore. Its trees should not be sacrificed for a few minutes saved at rush hour.⟧""",
    kind="opinion", why="signed argued column filed under Lahore, unmarked",
))

# ---------------------------------------------------------------- 25. Singapore explainer
LC_NAV = ["Singapore", "Asia", "World", "Opinion", "Life", "Business", "Tech", "Sport", "Videos", "Podcasts", "E-paper"]
PAGES.append(dict(
    case="en-news-straits-resalelevy", lang="en", html_lang="en-SG", skin="straits", domain="www.lioncitytimes.example", site="The Lion City Times",
    secpath="singapore/housing",
    url="https://www.lioncitytimes.example/singapore/housing/what-the-changes-to-the-hdb-resale-levy-mean-for-second-time-buyers",
    h1="What the changes to the HDB resale levy mean for second-time buyers",
    deck="The levy will be calculated differently from July. Here is who pays more, who pays less and what to do if you are mid-application.",
    kicker="Housing", kicker_path="singapore/housing",
    authors=["Tan Wei Ling"], byline_html='<a href="/authors/tan-wei-ling">Tan Wei Ling</a>', role="Senior Correspondent",
    ld_authors=["Tan Wei Ling"], ld_type="NewsArticle", ld_section="Singapore",
    pub="2026-03-05T05:00:00+08:00", mod="2026-03-05T11:20:00+08:00",
    date="Published Mar 05, 2026, 05:00 AM", updated="Updated Mar 05, 2026, 11:20 AM", meta="full",
    nav=LC_NAV, cookie="We use cookies to enhance your experience. By continuing to use our site, you agree to our use of cookies.",
    cookie_ok="Accept", sub_offer="Subscribe from $0.99",
    ticker=["STI ends flat as banks offset tech losses", "⟪Woodlands checkpoint jams expected this weekend⟫"], ticker_label="Trending",
    caption="⟪HDB flats in Punggol. About 4,000 households pay the resale levy each year.⟫ PHOTO: LION CITY TIMES FILE",
    side=[("Most read", ["⟪Changi Airport T5 to open in phases from 2030⟫", "MRT disruption on East-West Line due to track fault",
                         "NEA: Dengue cases up 18% in February", "Hawker centre rents to be frozen for two more years"]),
          ("Opinion", [("Opinion", "Ageing in place needs more than grab bars"), ("Forum", "Make the resale levy simpler still")])],
    after=[("telegram-cta", "⟪Join our Telegram channel for the latest updates⟫ and get the news you need, when you need it.")],
    tags=["HDB", "Housing", "Property"],
    related=["BTO flats launch: 5,800 units in seven estates", "Ask the expert: can I keep my flat after divorce?"],
    newsletter="Get the Singapore Daily newsletter for the day's top stories.",
    footer="⟪Copyright 2026 Lion City Media Ltd. Co. Regn. No. 199900000Z. All rights reserved.⟫",
    footer_nav=["About us", "Contact us", "Terms", "Privacy", "Advertise"],
    body="""SINGAPORE – ⟦Second-time buyers of subsidised flats will pay a resale levy based on the price of their first flat⟧ rather than its type, under changes announced by the Housing Board on March 4.

The revised rules take effect for applications made from July 1. HDB said the change would make the levy fairer, because households that bought cheaper flats in non-mature estates would pay less than those who sold flats in prime locations.

Here is what you need to know.

[[H|What is the resale levy?]]

The levy is a sum that households pay when they buy a second subsidised flat from HDB, such as a Build-To-Order flat, after selling their first. ⟦It recovers part of the subsidy given on the first flat⟧, so that the housing grant is shared more widely.

[[H|What is changing?]]

At present, the levy is a fixed amount that depends on the type of the first flat: for example, $40,000 for a four-room flat. From July, it will be a percentage of the original purchase price of that flat, set at 10 per cent for most households.

[[READ|READ MORE|⟪Resale flat prices rise 1.2% in Q4⟫]]

[[H|Who pays more, who pays less?]]

⟦HDB estimates that about two in three affected households will pay a lower levy.⟧ Those who bought their first flats in the 1990s at lower prices will generally benefit. Households whose first flat was a recent Prime or Plus flat, which came with higher subsidies, could pay more.

[[AD]]

[[H|I am already applying. Which rules apply to me?]]

Households that submit their application before July 1 will pay the levy under the current rules, even if their new flat is completed later. Those applying after that date will be assessed under the new formula.

⟦Buyers can use a calculator on the HDB website to estimate the levy they would pay under both sets of rules.⟧""",
    kind="news", why="explainer of a housing rule change, written as reporting",
))

# ---------------------------------------------------------------- 26. Manila transport story, reporter with handle, Reuters credit inside
MC_NAV = ["News", "Nation", "Metro", "Regions", "World", "Business", "Opinion", "Sports", "Entertainment", "Lifestyle", "Technology"]
PAGES.append(dict(
    case="en-news-straits-jeepney", lang="en", html_lang="en-PH", skin="straits", domain="www.manilachronicle.example", site="Manila Chronicle",
    secpath="metro",
    url="https://www.manilachronicle.example/metro/2093311/jeepney-drivers-strike-consolidation-deadline",
    h1="Jeepney drivers strike in Metro Manila over franchise consolidation deadline",
    kicker="Metro", kicker_path="metro",
    authors=["Paolo Reyes"], byline_html='By: <a href="/byline/paolo-reyes">Paolo Reyes</a> - Reporter / @paoloreyesMC',
    pub="2026-03-05T17:32:00+08:00", date="Philippine Daily Chronicle / 05:32 PM March 05, 2026", meta="og", meta_section="Metro",
    nav=MC_NAV, cookie="This website uses cookies. By continuing to browse this website, you consent to our use of cookies. Read our Privacy Policy.",
    cookie_ok="I agree", sub_offer="Subscribe to Chronicle Plus",
    ticker=["PSEi climbs 1.1% on bank gains", "⟪DOH logs rise in heat-related illnesses⟫"], ticker_label="Trending",
    caption="⟪Commuters wait for rides along Commonwealth Avenue in Quezon City on Thursday.⟫ CHRONICLE PHOTO / Rico Manalo",
    side=[("Most Read", ["⟪MMDA extends number coding scheme to provincial buses⟫", "PSEi climbs 1.1% on bank gains",
                         "Pagasa: No storm expected within PAR this week", "Marikina River rehabilitation to start in April"]),
          ("Opinion", [("Commentary", "The jeepney is a culture, not just a vehicle"), ("Editorial", "A transport plan commuters can believe in")])],
    after=[("subscribe-line", "⟪Subscribe to our daily newsletter⟫ for the top stories of the day.")],
    tags=["Jeepney", "Transport strike", "LTFRB"],
    related=["LTFRB: 78% of jeepneys now consolidated", "Drivers weigh cooperative loans as deadline nears"], related_h="Related Stories",
    footer="Copyright © 2026 Manila Chronicle. All Rights Reserved.", footer_nav=["About", "Advertise", "Contact", "Privacy", "Terms"],
    body="""MANILA, Philippines — ⟦Thousands of commuters in Metro Manila scrambled for rides on Thursday⟧ as jeepney drivers and operators went on strike to protest the government's deadline for consolidating individual franchises into cooperatives.

Transport groups said about 40 percent of jeepneys on routes in Quezon City, Manila and Caloocan did not operate. The Land Transportation Franchising and Regulatory Board (LTFRB) put the figure at less than 20 percent.

[[READ|READ|⟪Commuters share stories of long waits during strike⟫]]

⟦"We are not against modernization. We are against losing our livelihood," said Elmer Dizon⟧, a driver for 27 years who plies the Novaliches to Cubao route. He said a modern jeepney would cost him more than P2.4 million, a loan he could never repay.

[[H|Government deploys free rides]]

The Metropolitan Manila Development Authority deployed 120 vehicles, including buses and military trucks, to offer free rides on the most affected routes. ⟦Several local governments suspended in-person classes in public schools.⟧

LTFRB Chairperson Maricel Aquino said unconsolidated jeepneys would no longer be allowed to operate on their routes after April 30. She urged operators to join cooperatives before the deadline and said financing assistance was available through state banks.

[[AD]]

Transport groups said they would hold another strike next week if the government did not extend the deadline. Their leaders also asked the Senate to hold a hearing on the programme, arguing that many cooperatives formed in the past year existed only on paper.

At the Philcoa terminal in Quezon City, commuters stood in lines that stretched for more than a block during the morning rush. Office worker Joanna Cruz said she had waited an hour and a half for a ride to Makati.

⟦Economists have estimated that each day of a full jeepney strike costs the capital region more than P500 million in lost productivity.⟧

[[CREDIT|⟪With a report from Reuters⟫]]""",
    kind="news", why="transport strike report, both sides quoted",
))
