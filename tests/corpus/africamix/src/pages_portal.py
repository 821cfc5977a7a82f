"""Classic portals (portal skin): Ghana (a Kumasi cocoa story under "Business News of Thursday, 5 March 2026", a paid
obituary announcement with no date metadata), Uganda (a Q&A interview), Zimbabwe (a column marked only by /opinion/
in its URL, filed under Local News), Jamaica (a Letter of the Day signed at the end) and Fiji (press-release-style
government news whose metadata is in UTC, the day before the printed date)."""
from parts import smart

PAGES = []

GH_NAV = ["Home", "News", "Business", "Sports", "Entertainment", "Africa", "Opinions", "Features", "Obituaries", "Country", "TV"]
GH_SUB = ["Ashanti", "Greater Accra", "Northern", "Volta", "Western", "Central", "Eastern"]
GH_WIDGET = "<b>GH¢</b> $1 = 15.42 · £1 = 19.55 · €1 = 16.70 <span class=\"sep\">|</span> <b>GSE-CI</b> 5,412.18 ▲0.21% <span class=\"sep\">|</span> <b>Cocoa</b> $6,120/t"
GH_FOOT = ["About us", "Contact", "Advertise", "Privacy", "Terms", "Send us a story"]

# ---------------------------------------------------------------- 1. Ghana: cocoa story, "Business News of Thursday, 5 March 2026", Read also: paragraphs, full metadata
PAGES.append(dict(
    case="en-news-portal-cocoa", lang="en", html_lang="en-GH", skin="portal", domain="www.ghanapulse.example", site="GhanaPulse", secpath="business",
    url="https://www.ghanapulse.example/business/cocoa-farmers-in-ashanti-demand-prompt-payment-as-season-closes-1893321",
    h1="Cocoa farmers in Ashanti demand prompt payment as season closes",
    crumb_line='<a href="/business/">Business News</a> of Thursday, 5 March 2026',
    authors=["Ama Serwaa Boateng"], byline_text="Ama Serwaa Boateng, Kumasi", byline_html='<a href="/author/ama-serwaa-boateng">Ama Serwaa Boateng</a>, Kumasi',
    ld_authors=["Ama Serwaa Boateng"], ld_type="NewsArticle", ld_section="Business",
    pub="2026-03-05T11:48:00+00:00", date="Thu, 5 Mar 2026 · 2 hours ago", today="Thursday, 5 March 2026",
    nav=GH_NAV, subnav=GH_SUB, widget=GH_WIDGET, read_style="p", w={"read_also": "Read also:"},
    cookie="This site uses cookies to improve your experience. By continuing to browse you agree to our use of cookies.",
    ticker=["⟪BoG holds policy rate at 24%⟫", "Black Stars squad for Mali friendly named", "ECG announces maintenance outages in Accra"], ticker_label="Latest",
    scores=["Asante Kotoko 1-0 Hearts of Oak (FT)", "Medeama 2-2 Aduana Stars (FT)", "Dreams FC 0-1 Legon Cities (FT)"], scores_h="Ghana Premier League",
    after=[("source", "Source: GhanaPulse"), ("wa-cta", "<a href=\"https://whatsapp.com/channel/ghanapulse\">⟪Click here to join our WhatsApp channel⟫</a> for the latest news")],
    side=[("Trending", ["⟪Teacher trainee allowances to be paid next week⟫", "Accra: traffic diversions for Independence Day parade", "Galamsey: task force arrests 40 at Amansie"]),
          ("Opinions", [("Feature", "Cocoa smuggling is a price problem"), ("Opinion", "Our chiefs must lead on galamsey")])],
    tags=["Cocoa", "COCOBOD", "Ashanti", "Farmers"],
    related=["Light crop season to open in April", "COCOBOD signs new syndicated loan"],
    comments=[("Opanin K.", "1 hour ago", "Pay the farmers on time and the smuggling will stop."), ("Esi", "45 min ago", "True talk.")], comment_count=38,
    footer="⟪Copyright © 2026 GhanaPulse. All rights reserved.⟫", footer_nav=GH_FOOT,
    body="""<strong>Kumasi:</strong> ⟦Cocoa farmers in the Ashanti Region are calling on licensed buying companies to pay them promptly for beans delivered in the main crop season⟧, which officially ends this month.

Farmers in the Offinso, Ahafo Ano and Atwima districts told GhanaPulse that some purchasing clerks had been issuing "chits" instead of cash for up to six weeks, forcing families to borrow at high interest to pay school fees and hire labourers.

"⟦I delivered twenty bags in January and I have been paid for only eight.⟧ The clerk says the company has no money. Meanwhile, the people who buy cocoa for the border pay cash on the spot," said Opanin Kwaku Duah, a farmer at Akomadan.

[[READ|⟪Cocoa smuggling: 12 trucks intercepted at border⟫]]

Officials of the Ghana Cocoa Board (COCOBOD) in the region acknowledged delays in releasing funds to some buying companies but said the situation had improved since February.

[[SPLIT]]

The regional manager, Mr Yaw Owusu-Ansah, said the board had released additional funds to the companies last week. ⟦He urged farmers to report clerks who failed to pay within 72 hours⟧ to district offices of the board.

The National Cocoa Farmers Association said the delays were driving some members to sell to smugglers who offered higher prices across the border. The association's Ashanti chairman, Nana Osei Bonsu, called for a review of financing arrangements before the start of the light crop season.

[[READ|⟪Farmers in Western North switch to rubber⟫]]

Analysts say late payments weaken the incentive for farmers to invest in their farms, at a time when output has already been affected by disease and illegal mining.

⟦Farmers say they will hold a meeting with district officials in Offinso next Tuesday.⟧""",
    kind="news", why="regional report on delayed cocoa payments",
))

# ---------------------------------------------------------------- 2. Ghana: paid obituary announcement, no date metadata
PAGES.append(dict(
    case="en-other-portal-obituary", lang="en", html_lang="en-GH", skin="portal", domain="www.ghanapulse.example", site="GhanaPulse", secpath="obituaries",
    url="https://www.ghanapulse.example/obituaries/celebration-of-life-madam-comfort-adjoa-mensah-1938-2026-1893877",
    h1="Celebration of Life: Madam Comfort Adjoa Mensah (1938–2026)",
    crumb_line='<a href="/obituaries/">Obituaries</a> › Announcements',
    kicker="Paid announcement", authors=None, byline_text=None, meta="min",
    pub="2026-03-06T09:00:00+00:00", date="Posted: 06 March 2026", today="Friday, 6 March 2026",
    nav=GH_NAV, subnav=GH_SUB, widget=GH_WIDGET,
    cookie="This site uses cookies to improve your experience. By continuing to browse you agree to our use of cookies.",
    ticker=["⟪Parliament resumes sitting on March 17⟫", "ECG announces maintenance outages in Accra"], ticker_label="Latest",
    after=[("notice", "⟪To place an obituary or funeral announcement, call 030 000 0000 or email notices@ghanapulse.example.⟫")],
    side=[("Trending", ["⟪Teacher trainee allowances to be paid next week⟫", "Galamsey: task force arrests 40 at Amansie", "Kotoko coach resigns"]),
          ("Opinions", [("Feature", "Our funerals have become too expensive"), ("Opinion", "Why I will not wear black for a week")])],
    footer="⟪Copyright © 2026 GhanaPulse. All rights reserved.⟫", footer_nav=GH_FOOT,
    body="""⟦The Mensah, Owusu and Asante families of Cape Coast, Accra and London announce with deep sorrow but gratitude to God the passing of their beloved mother⟧, grandmother, sister and aunt, Madam Comfort Adjoa Mensah, retired headmistress of Cape Coast Methodist Girls' School, who was called to glory on Sunday, 15 February 2026, at the age of 87.

[[H|Funeral arrangements]]

[[LIST|⟦Friday, 27 March 2026: Wake-keeping at the family house, Kotokuraba, Cape Coast, from 7:00 pm.⟧|Saturday, 28 March 2026: Burial service at Wesley Methodist Church, Cape Coast, at 9:00 am, followed by interment at the Cape Coast Public Cemetery.|Saturday, 28 March 2026: Final funeral rites at the family house from 2:00 pm.|⟦Sunday, 29 March 2026: Thanksgiving service at Wesley Methodist Church at 9:00 am.⟧]]

[[H|Children]]

Mrs Esi Owusu-Ansah (Accra), Mr Kobina Mensah (London), Dr Araba Mensah-Asante (Kumasi), Mr Kwesi Mensah (Takoradi) and the late Mr Ekow Mensah.

[[H|Grandchildren]]

Nana Yaa, Kojo, Efua, Kweku, Ama, Adwoa, Yaw and others.

[[H|Brother and sisters]]

Mr Joseph Kobina Arthur (Winneba), Madam Grace Aba Arthur and Madam Victoria Ekua Arthur (both of Cape Coast).

[[H|Chief mourners]]

Nana Kwamina Ansa IV, Abusuapanyin of the Mensah family, and Opanyin Kwesi Amissah, Ebusuapanyin of the Arthur family.

⟦Madam Mensah taught generations of girls in the Central Region for 35 years⟧ and served her church as a class leader and member of the women's fellowship until her last days.

Dress code: black and white. Friends and sympathisers are cordially invited. ⟦In lieu of flowers, donations may be made to the Methodist Girls' School library fund.⟧""",
    kind="other", why="paid funeral announcement",
))

UG_NAV = ["News", "National", "Business", "Sports", "Opinion", "Commentary", "Letters", "Magazines", "Health", "Education", "Video"]

# ---------------------------------------------------------------- 3. Uganda: Q&A interview, Open Graph only
PAGES.append(dict(
    case="en-news-portal-boda", lang="en", html_lang="en-UG", skin="portal", domain="www.kampalaledger.example", site="The Kampala Ledger", secpath="news",
    url="https://www.kampalaledger.example/news/national/we-cannot-ban-boda-bodas-but-we-must-organise-them-4512098",
    h1="‘We cannot ban boda bodas, but we must organise them’",
    deck="Transport planner Dr Esther Namutebi on Kampala's new rules for motorcycle taxis, which take effect in April.",
    kicker="Interview", crumbs=["News", "National"], authors=["Joseph Ssemwogerere"], byline_text="By Joseph Ssemwogerere",
    byline_html='By <a href="/authors/joseph-ssemwogerere">Joseph Ssemwogerere</a>', meta="og", meta_section="National",
    pub="2026-03-09T07:30:00+03:00", date="Monday, March 09, 2026", today="Monday, March 09, 2026",
    nav=UG_NAV, widget="<b>UGX</b> $1 = 3,642 · KES 1 = 28.15 <span class=\"sep\">|</span> <b>USE ALSI</b> 1,092.44 ▲0.1% <span class=\"sep\">|</span> <b>Kampala</b> 26°C",
    cookie="We use cookies to ensure you get the best experience on our website.", w={"read_also": "Read:"},
    ticker=["⟪Parliament passes Sh2.7 trillion supplementary budget⟫", "Cranes to face Tanzania in Kampala"], ticker_label="Latest",
    side=[("Most Read", ["⟪Jinja Road traffic diverted for expressway works⟫", "UNEB releases 2025 UACE results", "Matooke prices fall as harvest peaks"]),
          ("Commentary", [("Commentary", "Kampala's roads are not only for cars"), ("Letter", "Boda boda riders are workers too")])],
    tags=["Boda boda", "KCCA", "Transport", "Kampala"],
    related=["City to pilot electric motorcycles on two routes", "Riders' groups protest registration fees"],
    comments=[("Mukasa", "5 hours ago", "⟪The problem is enforcement, rules have always been there.⟫")], comment_count=22,
    footer="⟪© 2026 The Kampala Ledger. All rights reserved.⟫", footer_nav=["About us", "Contact", "Advertise", "Privacy policy"],
    body="""⟦From April 1, motorcycle taxis in Kampala will have to operate from registered stages and carry digital identification.⟧ Dr Esther Namutebi, a transport planner at Makerere University who advised the city on the new rules, spoke to the Ledger about what changes for riders and passengers.

[[Q|What exactly is changing on April 1?]]

Every boda boda rider working in the city must be registered, wear a reflector jacket with a number and operate from an approved stage. ⟦Riders who are not registered will not be allowed to pick passengers in the central business district.⟧ Outside the centre, there is a grace period of three months.

[[Q|Riders say the registration fee is too high. Are they right?]]

The fee is Shs50,000 a year, which is about what many riders earn in two or three days. I would have preferred it to be paid in instalments, and I think the city should allow that. But a registration system has to be paid for somehow.

[[READ|⟪Boda boda stages to be cut from 2,000 to 600⟫]]

[[SPLIT]]

[[Q|Why not simply ban boda bodas from the city centre, as some have proposed?]]

⟦Because hundreds of thousands of people depend on them, both riders and passengers.⟧ A ban would push the problem into side streets and would hurt the poorest commuters most. The realistic choice is to organise the sector, not to wish it away.

[[Q|Will this reduce accidents?]]

It can, if enforcement is fair. A large share of the casualties at Mulago hospital involve motorcycles. Registration lets us link a rider to his record, and the stages reduce the chaos at junctions. But the police also need to deal with the drivers of cars and trucks who do not respect riders.

[[Q|What should passengers do differently?]]

Insist on a helmet and check that the rider has a number on his jacket. ⟦If he does not, do not get on.⟧""",
    kind="news", why="Q&A interview about new transport rules",
))

# ---------------------------------------------------------------- 4. Zimbabwe: column filed under Local News, marked only by /opinion/ in the URL, OG only
PAGES.append(dict(
    case="en-opinion-portal-pensions", lang="en", html_lang="en-ZW", skin="portal", domain="www.zambezitimes.example", site="Zambezi Times", secpath="local-news",
    url="https://www.zambezitimes.example/opinion/2026/03/our-pensioners-cannot-eat-exchange-rate-stability/",
    h1="Our pensioners cannot eat exchange-rate stability",
    crumbs=["News", "Local News"], authors=["Tendai Chikore"], byline_text="Tendai Chikore",
    byline_html='<a href="/author/tendai-chikore/">Tendai Chikore</a>', meta="og", meta_section="Local News",
    pub="2026-03-11T08:15:00+02:00", date="March 11, 2026", today="Wednesday, 11 March 2026",
    nav=["News", "Local News", "Business", "Sport", "Opinion", "Analysis", "World", "Lifestyle", "ePaper"],
    widget="<b>ZiG</b> US$1 = ZiG 26.84 (interbank) <span class=\"sep\">|</span> <b>ZSE All Share</b> 214.52 ▲0.8% <span class=\"sep\">|</span> <b>Harare</b> 25°C",
    cookie="We use cookies to improve your experience on our site.",
    ticker=["⟪Zesa announces new tariffs for April⟫", "Warriors coach names provisional squad"], ticker_label="Latest",
    side=[("Most Read", ["⟪Fuel prices unchanged for March⟫", "Harare council approves new parking fees", "ZIMSEC results: pass rate rises"]),
          ("Opinion", [("Analysis", "The ZiG at one year"), ("Opinion", "Harare's water woes are man-made")])],
    tags=["Pensions", "NSSA", "ZiG", "Cost of living"],
    related=["NSSA raises minimum pension to ZiG800", "Civil servants' union threatens job action"],
    comments=[("Gogo Moyo", "2 days ago", "⟪My pension buys two bags of mealie-meal. That is all.⟫")], comment_count=16,
    footer="⟪© 2026 Zambezi Times. All rights reserved.⟫", footer_nav=["About", "Contact", "Advertise", "Privacy"],
    body="""⟦My father worked for 31 years as a railway clerk in Bulawayo.⟧ He contributed to his pension every month, trusting that it would carry him through old age. Today that pension, paid in local currency, buys him a few groceries and a bus fare to the clinic. He is not alone.

Officials like to tell us that the currency has stabilised and that inflation is falling. ⟦Perhaps it has, but stability measured at the central bank means little at the supermarket till.⟧ For pensioners whose savings were wiped out by the currency changes of the past two decades, the damage has already been done, and nobody has proposed to repair it.

[[H|A debt we owe]]

I believe we owe these men and women more than sympathy. They built our railways, taught in our schools and nursed our sick. Their contributions were invested by pension funds in properties and shares that still exist. ⟦It is simply wrong that the funds kept the assets while members were paid in money that lost its value.⟧

[[SPLIT]]

The government commissioned an inquiry into pension losses years ago. Its recommendations on compensation have never been fully implemented. They should be, and the timetable should be published.

[[H|What can be done now]]

Pension funds should index payments to a stable basket of goods, or pay a portion in US dollars where their income allows. Parliament should require every fund to publish, in plain language, how it values members' benefits.

And all of us, children and grandchildren, should stop treating the suffering of our elders as a private family matter. ⟦It is a public failure, and it deserves a public remedy.⟧""",
    kind="opinion", why="first-person argument for pension compensation",
))

# ---------------------------------------------------------------- 5. Jamaica: Letter of the Day, signed at the end, full metadata
PAGES.append(dict(
    case="en-opinion-portal-letter", lang="en", html_lang="en-JM", skin="portal", domain="www.caribbeanobserver.example", site="The Caribbean Observer", secpath="letters",
    url="https://www.caribbeanobserver.example/letters/20260312/letter-day-rural-buses-before-highways",
    h1="LETTER OF THE DAY: Rural buses before more highways",
    kicker="Letter of the Day", kicker_path="letters", crumbs=["Opinion", "Letters"], authors=["Marcia Campbell"], byline_text="MARCIA CAMPBELL, Mandeville, Manchester",
    byline_html=None, ld_authors=["Marcia Campbell"], ld_type="OpinionNewsArticle", ld_section="Letters",
    pub="2026-03-12T00:05:00-05:00", date="Published: Thursday | March 12, 2026 | 12:05 AM", today="Thursday | March 12, 2026",
    nav=["News", "Lead Stories", "Business", "Sports", "Entertainment", "Commentary", "Letters", "Editorial", "Columns", "Lifestyle", "Classifieds"],
    widget="<b>J$</b> US$1 = J$157.80 · £1 = J$200.15 · C$1 = J$115.42 <span class=\"sep\">|</span> <b>JSE Main</b> 341,902 ▼0.2% <span class=\"sep\">|</span> <b>Kingston</b> 30°C",
    cookie="This website uses cookies. By continuing to use it you consent to our use of cookies.",
    ticker=["⟪Reggae Boyz in Nations League showdown tonight⟫", "JPS restores power to St Thomas"], ticker_label="Latest",
    after=[("letters-note", "⟪Send us your letters at letters@caribbeanobserver.example.⟫ Letters must include the writer’s name and address.")],
    side=[("Most Read", ["⟪Traffic alert: lane closure on Mandela Highway⟫", "Champs 2026: schedule released", "Gas prices up by $3.20 a litre"]),
          ("Commentary", [("Editorial", "Crime plan needs more than slogans"), ("Column", "Our schools are not ready for AI")])],
    tags=["Letters", "Transport", "Rural Jamaica"],
    related=["Highway extension to Ocho Rios gets funding", "JUTC to add 40 buses in Corporate Area"],
    comments=[("Delroy", "12 hours ago", "⟪Well said, Miss Campbell. Come see the coaster bus at Spur Tree.⟫")], comment_count=11,
    footer="⟪© 2026 The Caribbean Observer Company Ltd. All rights reserved.⟫", footer_nav=["About us", "Contact", "Advertise", "Privacy policy", "Terms"],
    body="""[[TEXT|THE EDITOR, Madam:]]

⟦Every week we read about a new stretch of highway, a new interchange, a new toll.⟧ I do not doubt that these roads are useful to those who own cars and can pay. But I write on behalf of the many thousands of us in rural Jamaica who depend on public transport, and for whom getting to Kingston, or even to the parish capital, has become an ordeal.

In my district outside Mandeville, the last reliable bus route was withdrawn years ago. We now depend on route taxis and coaster buses that leave only when they are full and set fares as they please. ⟦A pensioner going to the hospital can wait two hours at the roadside.⟧ Schoolchildren leave home before six in the morning.

[[SPLIT]]

The Government has found billions for highways. Surely it can find a fraction of that sum to restore scheduled, licensed bus services between our rural towns, with fixed fares and published timetables. ⟦A country is not connected by concrete alone.⟧

I would ask the Minister of Transport to visit any rural bus park on a Monday morning and see for herself. Then let us talk about priorities.

Some will say that route taxis fill the gap. They do not. ⟦The operators are doing their best in a system that rewards speed and overloading, not safety.⟧ Many of the vehicles are old, and the drivers work impossibly long hours. When something goes wrong, as it too often does on our hillside roads, there is nobody to hold accountable.

A modest subsidy, awarded by open tender to operators who keep to a timetable, would change lives in every parish. ⟦It would cost less than a single interchange.⟧

[[TEXT|MARCIA CAMPBELL]]

[[TEXT|Mandeville, Manchester]]""",
    kind="opinion", why="reader's letter arguing for rural bus services",
))

# ---------------------------------------------------------------- 6. Fiji: government-statement-style news; metadata in UTC the day before the printed date
PAGES.append(dict(
    case="en-news-portal-cyclone", lang="en", html_lang="en-FJ", skin="portal", domain="www.pacificdaily.example", site="Pacific Daily", secpath="news",
    url="https://www.pacificdaily.example/news/ndmo-urges-preparedness-as-tropical-depression-intensifies/",
    h1="NDMO urges preparedness as tropical depression intensifies",
    kicker="Weather", crumbs=["News", "Fiji"], authors=["Litia Ravuvu"], byline_text="LITIA RAVUVU",
    byline_html='<a href="/author/litia-ravuvu/">LITIA RAVUVU</a>', ld_authors=["Litia Ravuvu"], ld_type="NewsArticle", ld_section="News",
    pub="2026-03-05T08:15:00+12:00", ld_date="2026-03-04T20:15:00Z", meta_date="2026-03-04T20:15:00Z", mod="2026-03-04T22:40:00Z",
    date="Thursday, March 5, 2026 – 8:15am", today="Thursday, March 5, 2026",
    nav=["News", "Fiji", "Pacific", "Business", "Sport", "Rugby", "Opinion", "Editorial", "Letters", "Entertainment", "Classifieds"],
    widget="<b>FJD</b> US$1 = F$2.27 · A$1 = F$1.46 · NZ$1 = F$1.33 <span class=\"sep\">|</span> <b>Suva</b> 29°C Heavy rain",
    cookie="We use cookies to give you the best online experience.",
    ticker=["⟪Flying Fijians name 32-man squad⟫", "Nadi flights delayed by weather"], ticker_label="Latest",
    side=[("Most Read", ["⟪Schools closed in Western Division on Friday⟫", "Evacuation centres: full list", "Fuel prices drop 4 cents"]),
          ("Opinion", [("Editorial", "Preparedness saves lives"), ("Letters", "Clear the drains before the rain")])],
    tags=["Weather", "NDMO", "Tropical depression", "Cyclone season"],
    related=["Lessons from Cyclone Winston, ten years on", "Fiji Meteorological Service issues heavy rain warning"],
    comments=[("Seru", "3 hours ago", "⟪Vinaka for the update. Stay safe everyone in the West.⟫")],
    footer="⟪© 2026 Pacific Daily. All rights reserved.⟫", footer_nav=["About", "Contact", "Advertise", "Subscribe", "Privacy"],
    body="""⟦The National Disaster Management Office (NDMO) has urged members of the public to complete their preparations⟧ as Tropical Depression 09F continues to intensify north-west of the Yasawa Group.

In a statement issued last night, the NDMO said the Fiji Meteorological Service had advised that the system had a moderate to high chance of developing into a tropical cyclone within the next 24 hours.

⟦"Families should not wait for a warning before securing their homes and preparing emergency kits,"⟧ the NDMO director said.

[[H|What the public is advised to do]]

[[LIST|⟦Secure loose roofing iron and trim branches near houses.⟧|Store at least three days of drinking water and non-perishable food.|Keep radios, torches and mobile phones charged.|Know the location of the nearest evacuation centre.|Avoid crossing flooded rivers, roads and bridges.]]

[[SPLIT]]

The Ministry of Education has announced that schools in the Western Division will be closed on Friday as a precaution. Divisional commissioners have been instructed to open evacuation centres in low-lying areas if heavy rain continues.

The Fiji Meteorological Service has issued a heavy rain warning for the Western and Northern divisions and a strong wind warning for the Yasawa and Mamanuca groups. Flash flooding is expected in low-lying areas near rivers and streams.

Fiji Airways said some domestic flights to Labasa and Savusavu could be rescheduled at short notice, and advised passengers to check the status of their flights before travelling to the airport.

The Fiji Roads Authority said its crews were on standby, while the Water Authority of Fiji advised residents to store water in case supply was disrupted.

⟦The NDMO will issue its next update at 9am today.⟧""",
    kind="news", why="preparedness report based on official statement",
))

smart(PAGES)
