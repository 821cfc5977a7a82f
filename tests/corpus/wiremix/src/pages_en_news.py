"""English news pages: wire copy on regional and national sites. An AP story with two agency reporters, the AP
copyright footer and a photo credit; a Reuters story credited only to the agency with a "Reporting by …; Writing
by …; Editing by …" trailer; a local reporter's story that ends "The Associated Press contributed to this report.";
a PTI story under "Web Desk" with an "Edited by" line and a syndicated-feed disclaimer; an AFP story with a
correction note."""

PAGES = []

# ---------------------------------------------------------------- AP: two agency reporters, AP copyright footer in the body, JSON-LD author = the agency
PAGES.append(dict(
    case="en-news-apicestorm", lang="en", skin="regional", domain="cedarvalleyledger.example", site="Cedar Valley Ledger",
    url="https://www.cedarvalleyledger.example/news/nation/ice-storm-leaves-200000-without-power-in-oklahoma/article_5f2c81e0.html",
    h1="Ice storm leaves 200,000 without power across Oklahoma",
    deck="Crews from four states are helping restore lines as temperatures stay below freezing.",
    kicker="Nation &amp; World", authors=["Marisol Quint", "Derek Olawale"],
    byline_html='⟪By MARISOL QUINT and DEREK OLAWALE Associated Press⟫',
    byline_text="By MARISOL QUINT and DEREK OLAWALE Associated Press",
    ld_authors=["org:The Associated Press"], ld_type="NewsArticle", meta_section="Nation & World",
    pub="2026-03-03T19:15:00-06:00", mod="2026-03-04T09:02:00-06:00",
    date="Published 7:15 PM CST, Tue March 3, 2026", updated="Updated 9:02 AM CST, Wed March 4, 2026",
    caption="⟪Utility crews work to restore lines along State Highway 9 in Norman, Okla., on Tuesday.⟫ Photo: AP/Sam Rudd",
    nav=["Local", "Nation &amp; World", "Sports", "Business", "Opinion", "Obituaries", "E-Edition"],
    breaking="Weather alert: Freezing rain advisory for Cedar County until 6 a.m.",
    side=[("Most read", ["⟪Cedar Falls council delays vote on new water rates⟫", "Two hurt in crash on Route 34", "High school wrestlers head to state"]),
          ("From the AP", ["Senate panel advances farm bill", "Measles cases rise in three states"])],
    cookie="We use cookies to personalize content and ads and to analyze our traffic.",
    related=["⟪Iowa utilities brace for another round of freezing rain⟫", "How to stay safe when the power goes out"],
    footer="© 2026 Cedar Valley Ledger, a Prairie Media company.",
    body="""<p>OKLAHOMA CITY (AP) — ⟦An ice storm that coated much of Oklahoma in a thick glaze left more than 200,000 homes and businesses without power on Wednesday⟧, and utility officials warned that some customers could be in the dark until the weekend.</p>
<p>Freezing rain fell for most of Tuesday across a band stretching from Lawton to Tulsa, snapping tree limbs and bringing down power lines. By Wednesday morning, the state’s largest utility said crews had restored service to about 60,000 customers, but new outages kept appearing as branches heavy with ice continued to fall.</p>
<p>“We are working around the clock, and we have help coming from Texas, Kansas, Arkansas and Missouri,” said Renee Talbot, a spokesperson for the utility. “But this is slow, careful work. Every line that comes down has to be checked before we can put power back on it.”</p>
<p>⟦Gov. Mark Ellery declared a state of emergency for 38 counties⟧ and asked residents to stay off the roads. The Oklahoma Highway Patrol said it had responded to more than 400 crashes since Tuesday afternoon, most of them minor. One man died in a crash on Interstate 40 near El Reno, troopers said.</p>
[[AD]]
<p>In Norman, where the ice was thickest, the city opened two warming shelters at recreation centers and said it would keep them open as long as needed. Schools in Oklahoma City, Norman and Moore were closed for a second day.</p>
<p>⟦Temperatures were expected to stay below freezing until Friday afternoon⟧, according to the National Weather Service, which means the ice on trees and lines will not melt quickly. Forecasters said a second, lighter round of freezing drizzle was possible on Thursday night.</p>
<p>Residents described a night of cracking branches. “It sounded like gunshots, one after another, all night,” said Leah Dunmore, who lives near the University of Oklahoma campus. A large oak in her front yard split in two and crushed her fence.</p>
<p>Officials urged people using generators to keep them outdoors and away from windows. ⟦Carbon monoxide poisoning sent at least nine people to hospitals⟧ in the Tulsa area on Tuesday night, the city’s fire department said.</p>
<p>⟦Utility officials said they expected to restore power to 90% of customers by Saturday.⟧</p>
<p>___</p>
<p>Olawale reported from Tulsa.</p>
[[COPY|⟪Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.⟫]]""",
    kind="news", why="wire report of an ice storm and power outages",
))

# ---------------------------------------------------------------- Reuters: agency byline only, trailer with reporting / writing / editing
PAGES.append(dict(
    case="en-news-reutersgas", lang="en", skin="regional", domain="harbourlinebusiness.example", site="Harbourline Business",
    url="https://www.harbourlinebusiness.example/markets/commodities/european-gas-prices-fall-to-two-year-low-20260305/",
    h1="European gas prices fall to two-year low as mild weather cuts demand",
    kicker="Commodities", authors=["Priya Menon", "Tom Ashdown", "Karl Vint"],
    byline_html='<span class="byline__agency">Reuters</span>', byline_text="Reuters",
    ld_authors=["org:Reuters"], ld_type="NewsArticle",
    pub="2026-03-05T14:42:00+08:00", date="March 05, 2026 2:42 PM", updated="Updated 5 hours ago",
    nav=["Markets", "Companies", "Economy", "Property", "Tech", "Opinion", "Wealth"],
    side=[("Trending", ["⟪Port operator posts record first-quarter volumes⟫", "Two regional banks to merge in $3bn deal", "Rents in the business district rise 6%"]),
          ("Markets data", ["Straits index", "Oil", "Gold", "Currencies"], "markets")],
    cookie="By continuing to browse you consent to our use of cookies.",
    newsletter="⟪Get the Morning Markets briefing before the open, every weekday.⟫",
    related=["Oil steadies after OPEC+ keeps output plan", "⟪LNG shipping rates slump as Asian demand cools⟫"],
    footer="Harbourline Business is published by Harbourline Media Pte Ltd.",
    body="""<p>LONDON, March 5 (Reuters) - ⟦European wholesale gas prices fell to their lowest level in two years on Thursday⟧, as unusually mild weather across the continent cut heating demand and storage sites remained fuller than usual for the time of year.</p>
<p>The Dutch front-month contract, the benchmark for Europe, was down 4.2% at 23.10 euros per megawatt hour by 1100 GMT, its lowest since March 2024. The British day-ahead contract fell 3.8% to 58 pence per therm.</p>
<p>Temperatures in northwestern Europe are forecast to stay between three and five degrees Celsius above the seasonal average for the next two weeks, according to weather data provider Meteolog, which would keep heating demand low in Germany, France and Britain.</p>
<p>“The winter is effectively over for the gas market,” said Ines Harlow, senior analyst at energy consultancy Brightline Research. ⟦“The question now is how cheaply Europe can refill its storage over the summer.”⟧</p>
<p>European storage sites were 46% full on Tuesday, compared with a five-year average of 38% for early March, data from Gas Infrastructure Europe showed. ⟦Analysts said fuller storage would reduce the amount of gas Europe needs to buy⟧ over the summer, easing competition with Asian buyers for liquefied natural gas cargoes.</p>
[[AD]]
<p>Supply has also been steady. Norwegian pipeline flows were running close to maximum capacity after maintenance at the Troll field ended earlier than planned, and LNG arrivals in northwest Europe reached a record for February, ship-tracking data showed.</p>
<p>Lower gas prices have pulled down European power prices as well. German baseload power for next month fell 2.5% to 61 euros per megawatt hour. Carbon permits, which often move with gas, were down 1.1%.</p>
<p>Some traders warned that the drop could slow if a cold spell arrived in late March, as happened in 2023. Others pointed to the risk of unplanned outages in Norway, which supplies about a third of Europe’s gas.</p>
<p>⟦Industrial users, who cut consumption sharply during the 2022 energy crisis, have so far shown little sign of returning⟧, analysts said, despite the lower prices.</p>
[[CREDIT|⟪Reporting by Priya Menon and Tom Ashdown in London; Writing by Karl Vint; Editing by Susan Fell⟫]]""",
    kind="news", why="agency market report on gas prices",
))

# ---------------------------------------------------------------- local reporter; "The Associated Press contributed to this report."
PAGES.append(dict(
    case="en-news-localclocks", lang="en", skin="regional", domain="tricountyherald.example", site="The Tri-County Herald",
    url="https://tricountyherald.example/news/state/2026/03/09/senate-passes-permanent-standard-time-bill/",
    h1="State Senate passes bill to end clock changes",
    deck="The measure would keep the state on standard time all year. It now goes to the House.",
    kicker="State politics", authors=["Dana Whitcombe"],
    byline_html='⟪By <a href="/staff/dana-whitcombe/">Dana Whitcombe</a> Staff writer⟫', byline_text="By Dana Whitcombe Staff writer",
    ld_authors=["Dana Whitcombe"], ld_type="NewsArticle",
    pub="2026-03-09T17:30:00-05:00", date="March 9, 2026 at 5:30 p.m. CDT",
    caption="⟪Sen. Phyllis Durand speaks on the Senate floor in Jefferson City on Monday.⟫ (Herald photo / Owen Pratt)",
    nav=["News", "Sports", "Business", "Opinion", "Life", "Obituaries", "Classifieds"],
    side=[("Most popular", ["⟪Ridgeway school board picks new superintendent⟫", "Bridge on County Road K closed for repairs", "Farmers market moves to Saturday mornings"])],
    cookie="This website uses cookies to ensure you get the best experience.",
    comments=[("ozark_dad", "3 hours ago", "⟪Finally. Nobody I know likes changing the clocks twice a year.⟫"),
              ("M. Keller", "2 hours ago", "Standard time means dark at 4:45 in December. No thanks.")],
    related=["⟪Editorial: Pick a time and stick with it⟫", "What happens to your body when the clocks change"],
    footer="Copyright © 2026 The Tri-County Herald. All rights reserved.",
    body="""<p>JEFFERSON CITY — ⟦The Missouri Senate on Monday approved a bill that would keep the state on standard time year-round⟧, ending the twice-yearly clock change for the first time since the 1960s.</p>
<p>The measure passed 26-7 after a short debate. It now goes to the House, where a similar bill stalled in committee last year.</p>
<p>Sen. Phyllis Durand, a Republican from Cape Girardeau who sponsored the bill, said she had heard from parents, farmers and doctors who told her the spring change in particular caused real harm. “People lose an hour of sleep, and for a week we see more car crashes and more heart attacks,” she said. ⟦“We can stop doing this to ourselves, and we should.”⟧</p>
<p>Federal law allows states to stay on standard time permanently but not on daylight saving time. Several states have passed bills to adopt permanent daylight saving time if Congress changes the law, but none has taken effect.</p>
<p>Durand said choosing standard time was the only option available without waiting for Washington. Opponents said it would mean darker evenings in summer, when sunset in Kansas City would come around 7:50 p.m. instead of 8:50 p.m.</p>
<p>“Tourism, golf courses, youth baseball, outdoor restaurants — all of that depends on those long evenings,” said Sen. Ray Colvin, a Democrat from St. Louis County who voted against the bill. ⟦He said the state should wait for Congress to act on a national solution.⟧</p>
<p>Business groups were divided. The state chamber of commerce took no position, while an association of convenience stores said it supported the bill because its members reported more robberies in the dark winter mornings.</p>
<p>If the House passes the bill and the governor signs it, the change would take effect in November, when clocks fall back for the last time. Missouri would then be one hour behind Illinois and Kansas for eight months of the year, unless those states make the same change.</p>
<p>⟦House Speaker Tom Reddick said he expected a committee hearing on the bill in April.⟧</p>
[[CREDIT|⟪The Associated Press contributed to this report.⟫]]""",
    kind="news", why="state legislature vote reported by a staff writer",
))

# ---------------------------------------------------------------- PTI on an Indian site: desk byline, "Edited by", syndicated-feed disclaimer
PAGES.append(dict(
    case="en-news-ptiwebdesk", lang="en", skin="regional", domain="deccansentinel.example", site="Deccan Sentinel",
    url="https://www.deccansentinel.example/india/railways-to-run-380-summer-special-trains-3391827",
    h1="Railways to run 380 summer special trains to clear holiday rush",
    deck="The extra services will make about 6,400 trips between April and June, officials said.",
    kicker="India", authors=None, byline_html='<span class="byline__desk">Web Desk</span>', byline_text="Web Desk",
    editline="⟪Edited by: Riya Sen⟫", ld_authors=["org:Deccan Sentinel"], ld_type="NewsArticle",
    pub="2026-03-06T13:05:00+05:30", mod="2026-03-06T15:20:00+05:30",
    date="Published on: Mar 06, 2026, 01:05 PM IST", updated="Last Updated: Mar 06, 2026, 03:20 PM IST",
    nav=["India", "World", "Business", "Cricket", "Entertainment", "Opinion", "Videos"],
    side=[("Trending", ["⟪Hyderabad metro phase 2 gets final approval⟫", "IPL 2026: full schedule announced", "Gold price today: check rates in your city"]),
          ("Web stories", ["10 hill stations to visit this summer", "Mango varieties you must try"], "web-stories")],
    cookie="We use cookies to give you the best experience on our website.",
    newsletter="⟪Subscribe to our newsletter for the top headlines every morning.⟫",
    related=["⟪Tatkal booking timings changed from April 1⟫", "Vande Bharat sleeper trial run completed"],
    footer="© 2026 Deccan Sentinel. All rights reserved.",
    body="""<p>New Delhi, Mar 6 (PTI) ⟦The Railways will run 380 special trains this summer to handle the heavy rush of passengers⟧ during the school holidays, officials said on Friday.</p>
<p>The trains will make about 6,400 trips between April 1 and June 30, a senior official of the Railway Board said. Last year, the national transporter had run 332 summer specials that made 5,900 trips.</p>
<p>⟦Most of the additional services will connect Delhi, Mumbai and Kolkata with cities in Bihar, Uttar Pradesh and Odisha⟧, where demand from migrant workers travelling home is highest in May and June, the official said.</p>
<p>“We have studied booking data from the last three years to identify the routes where waiting lists are longest. The special trains will be run on those routes first,” the official said, adding that more trains could be announced if demand rose further.</p>
<p>According to the ministry, 120 of the special trains will be unreserved, so that passengers without confirmed tickets can travel. General coaches will also be added to around 200 regular trains on busy routes.</p>
[[AD]]
<p>The Railways will deploy additional staff of the Railway Protection Force at major stations such as New Delhi, Anand Vihar, Mumbai’s Lokmanya Tilak Terminus and Howrah to manage crowds. ⟦Holding areas with drinking water and fans will be set up outside platforms⟧ at 60 stations, officials said.</p>
<p>Passengers have been advised to check the schedule of the special trains on the National Train Enquiry System and the official app before travelling. Bookings for most of the trains will open on March 15.</p>
<p>Last summer, several stations saw overcrowding and long queues, and the Railways faced criticism after a crowd surge at a station in Bihar left several people injured.</p>
<p>⟦Officials said the timetable of each special train would be published at least ten days before it runs.⟧</p>
[[CREDIT|⟪(This story has not been edited by Deccan Sentinel staff and is auto-generated from a syndicated feed.)⟫]]""",
    kind="news", why="agency report on special trains under a web desk byline",
))

# ---------------------------------------------------------------- AFP: person + agency byline, correction note (text)
PAGES.append(dict(
    case="en-news-afpdesal", lang="en", skin="regional", domain="gulfcourier.example", site="The Gulf Courier",
    url="https://www.gulfcourier.example/region/2026/03/07/uae-opens-solar-powered-desalination-plant",
    h1="UAE opens one of world’s largest solar-powered desalination plants",
    deck="The plant near Abu Dhabi will supply drinking water without burning gas, officials said.",
    kicker="Region", authors=["Léa Marchand"], byline_html='⟪By Léa Marchand | AFP⟫', byline_text="By Léa Marchand | AFP",
    ld_authors=["org:AFP"], ld_type="NewsArticle", meta_author="AFP",
    pub="2026-03-07T21:40:00+04:00", mod="2026-03-08T10:05:00+04:00",
    date="March 07, 2026 21:40", updated="Updated: March 08, 2026 10:05",
    caption="⟪An aerial view of the plant’s solar field near Al Taweelah.⟫ Photo: AFP/Karim Sahli",
    nav=["UAE", "Region", "World", "Business", "Sport", "Opinion", "Lifestyle"],
    side=[("Most read", ["⟪Dubai Metro Blue Line: first stations revealed⟫", "New visa rules for freelancers explained", "Ramadan timings for schools announced"])],
    cookie="We use cookies to improve your browsing experience.",
    comments=[("Omar K.", "March 8", "⟪Good news, but what will happen to all the brine?⟫")],
    related=["⟪Heat records broken across the Gulf in 2025⟫", "Inside the race to cool cities in the desert"],
    footer="All rights reserved. © The Gulf Courier 2026",
    body="""[[NOTE|⟦This story has been corrected to show that the plant will supply water⟧ to 350,000 homes, not 3.5 million.]]
<p>Abu Dhabi (AFP) - ⟦The United Arab Emirates on Saturday opened a desalination plant powered entirely by solar energy⟧ during daylight hours, in what officials called a step towards cutting the Gulf’s heavy reliance on gas to produce drinking water.</p>
<p>⟦The plant near Al Taweelah, north of Abu Dhabi, can turn 400,000 cubic metres of seawater into drinking water each day⟧, enough for around 350,000 homes, the state water company said.</p>
<p>It uses reverse osmosis, a process that pushes seawater through membranes, instead of the older method of boiling it, which needs far more energy. During the day the plant draws power from a 900-megawatt solar field next to it. At night it takes electricity from the grid.</p>
<p>“Water is the most precious thing we produce, and until now we have produced it with gas,” the company’s chief executive, Saeed Al Mazrouei, told reporters at the opening. “This plant shows there is another way.”</p>
<p>Gulf countries depend heavily on desalination, with some getting more than 90 percent of their drinking water from the sea. Most older plants are attached to gas-fired power stations and use their waste heat, which makes them a large source of carbon emissions.</p>
[[PHOTO|⟪Engineers inspect membranes inside the plant on Saturday.⟫ Photo: AFP/Karim Sahli]]
<p>Environmental groups welcomed the move but said the plant did not solve the problem of brine, the salty waste water that desalination plants pump back into the sea. ⟦High salt levels can harm corals and seagrass⟧ in the shallow, warm waters of the Gulf.</p>
<p>The company said the plant would release brine through pipes that spread it over a wide area, and that it was monitoring marine life around the outlet.</p>
<p>The UAE, which hosted the COP28 climate talks in 2023, has pledged to reach net zero emissions by 2050. Saudi Arabia and Oman are building similar plants.</p>
<p>⟦A second solar-powered plant is due to open near Dubai in 2028.⟧</p>""",
    kind="news", why="agency report on the opening of a desalination plant",
))
