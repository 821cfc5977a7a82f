"""Africa: Nigeria, Kenya, Ghana, South Africa, Egypt, Morocco."""

PAGES = []

NG_STATES = ["Abia", "Adamawa", "Akwa Ibom", "Anambra", "Bauchi", "Bayelsa", "Benue", "Borno", "Cross River", "Delta", "Ebonyi", "Edo", "Ekiti", "Enugu", "FCT",
             "Gombe", "Imo", "Jigawa", "Kaduna", "Kano", "Katsina", "Kebbi", "Kogi", "Kwara", "Lagos", "Nasarawa", "Niger", "Ogun", "Ondo", "Osun", "Oyo", "Plateau",
             "Rivers", "Sokoto", "Taraba", "Yobe", "Zamfara"]
SUBS_EN = {"News": ["Politics", "Metro", "Regional", "Africa", "World"], "Business": ["Economy", "Energy", "Money", "Tech", "Agriculture"],
           "Sports": ["Football", "Athletics", "Basketball", "Boxing"], "Entertainment": ["Music", "Movies", "Celebrities"], "Opinion": ["Columns", "Editorial", "Letters", "Cartoon"]}
SERVICE_EN = ["About Us", "Contact Us", "Advertise", "Privacy Policy", "Terms of Use", "Careers", "Corrections", "Sitemap"]
W_NG = dict(ad="ADVERTISEMENT", also="ALSO READ:", video="Recommended video", follow="⟪Follow us on our WhatsApp channel for breaking news and updates⟫",
            related_inline="Related Posts", tags="Tags:", related="More stories", comments="Comments", most_read="Trending", region="News by state",
            breaking="BREAKING", places="States", home="Home")

PAGES.append(dict(
    case="en-news-wpnews-tariff", lang="en", html_lang="en-NG", skin="wp_news", domain="dailyharmattan.example", site="Daily Harmattan", secpath="news",
    url="https://dailyharmattan.example/2026/03/11/discos-to-refund-band-a-customers-over-supply-shortfall/",
    h1="DisCos to refund Band A customers over supply shortfall, says regulator",
    og_title="DisCos to refund Band A customers over supply shortfall, says regulator - Daily Harmattan",
    deck="Customers who got fewer than 20 hours of power a day in January will get credits on their meters.",
    section="News", authors=["Chinedu Okafor"], byline_text="By Chinedu Okafor, Abuja",
    byline_html='By <a href="/author/chinedu-okafor/">Chinedu Okafor</a>, Abuja', ld_authors=["Chinedu Okafor"], ld_type="NewsArticle",
    pub="2026-03-11T06:02:00+01:00", date="March 11, 2026 6:02 am", topdate="Wednesday, March 11, 2026",
    w=dict(W_NG, ncomments="14"), sections=["News", "Politics", "Business", "Metro", "Sports", "Entertainment", "Opinion", "Features", "Health", "Education", "Videos"],
    subs=SUBS_EN, places_under="News", places=NG_STATES, service=SERVICE_EN,
    ticker=["⟪Senate confirms new INEC commissioners⟫", "Naira closes at N1,512/$ at official window"],
    widget='<span class="fx">USD/NGN 1,512.40 ▲</span> <span class="fx">NGX ASI 104,220 ▼0.3%</span>',
    hero_caption="An electricity distribution transformer in Abuja. Photo: File",
    tags=["Band A", "DisCos", "Electricity", "Power supply"],
    related=["Power supply drops to 3,900MW as gas constraints bite", "Lawmakers summon DisCos over estimated billing"],
    most_read=["⟪Tanker explosion: death toll rises to 17 in Niger State⟫", "JAMB fixes date for 2026 UTME mock exam", "Super Eagles squad for March friendlies announced",
               "FG approves new minimum wage review committee", "Court remands three over Ikeja market fire"],
    comments_html='<div class="comment-list"><p>Let them refund first before we believe.</p></div>',
    footer="© 2026 Daily Harmattan. All rights reserved.",
    body="""⟦Electricity distribution companies will refund customers on Band A tariffs⟧ who received less than the promised 20 hours of supply a day in January, the power sector regulator said on Tuesday.

The commission said in an order signed by its chairman that the eleven distribution companies must apply the refunds as energy credits on prepaid meters, or as deductions on postpaid bills, before the end of April.

[[ALSO|⟪Power supply drops to 3,900MW as gas constraints bite⟫]]

⟦According to the order, monitoring data showed that 1,482 feeders classified as Band A⟧ delivered fewer than 20 hours of power a day on average during the month. Customers on those feeders paid the highest tariff without getting the service it was meant to guarantee.

[[AD]]

Band A customers pay about N209 per kilowatt-hour, more than twice the rate paid by customers on lower bands. The band system was introduced two years ago to link tariffs to hours of supply.

[[VIDEO|⟪WATCH: How to check your feeder band on your DisCo’s website⟫]]

The regulator said the companies must also downgrade any feeder that fails to meet the Band A standard for two consecutive months, so that customers are billed at the lower rate until supply improves.

[[REL|⟪Lawmakers summon DisCos over estimated billing⟫|Lagos residents protest five-day blackout in Ikorodu]]

⟦A spokesperson for the association of distribution companies said its members would comply⟧ but blamed the shortfall on low gas supply to power plants and on the transmission network, which it said could not carry all the power available.

[[FOLLOW]]

Consumer groups welcomed the order but said the refunds were overdue. “This is the first time we are seeing the regulator put money back in people’s pockets instead of just issuing warnings,” said Adaeze Nwosu of a Lagos-based electricity consumers’ forum.

[[ALSO|FG approves new minimum wage review committee]]

⟦The commission said customers who do not receive their credits by May 15 can file complaints⟧ with their distribution company and escalate them to its customer forum offices in each state.""",
    kind="news", why="report on a regulator ordering electricity refunds",
))

PAGES.append(dict(
    case="en-opinion-wpnews-footbridges", lang="en", html_lang="en-NG", skin="wp_news", domain="lagosmirror.example", site="The Lagos Mirror", secpath="opinion",
    url="https://www.lagosmirror.example/opinion/lagos-needs-footbridges-people-will-actually-use/",
    h1="Lagos needs footbridges people will actually use",
    og_title="Lagos needs footbridges people will actually use | The Lagos Mirror",
    deck="", show_deck=False,
    section="Opinion", authors=["Funmilayo Adeyemi-Bakare"], byline_text="Funmilayo Adeyemi-Bakare",
    byline_html='<a href="/author/funmilayo-adeyemi-bakare/">Funmilayo Adeyemi-Bakare</a>', ld_authors=["Funmilayo Adeyemi-Bakare"], ld_type="Article", ld_section="Columnists",
    pub="2026-03-13T00:15:00+01:00", ld_date="2026-03-12T23:15:00Z", date="13th March 2026", topdate="Friday, 13 March 2026",
    w=dict(W_NG, ncomments="38", also="READ ALSO:", follow="⟪Get the Lagos Mirror on Telegram and Google News⟫"),
    sections=["News", "Metro", "Politics", "Business", "Opinion", "Sport", "Lifestyle", "Education", "Technology", "Videos"],
    subs=SUBS_EN, places_under="News", places=NG_STATES, service=SERVICE_EN,
    ticker=["Tinubu meets governors over security", "Third Mainland Bridge partial closure this weekend"],
    hero_caption="Pedestrians crossing the expressway at Ojota. Photo: Mirror",
    tags=["Lagos", "pedestrians", "road safety", "urban planning"],
    bio="⟪Adeyemi-Bakare, an urban planner, writes from Yaba. She can be reached on X @funmiplans.⟫",
    related=["Why Lagos commuters still choose danfo", "The BRT lanes deserve better enforcement"],
    most_read=["⟪Editorial: The tragedy at Otedola must not repeat⟫", "Okada ban: riders move to new routes", "LASG reviews school fees in model colleges", "Five killed in Ikorodu crash"],
    comments_html='<div class="comment-list"><p>⟪Well said. The one at Ojota has no ramp, my mother cannot climb it.⟫</p></div>',
    footer="© 2026 The Lagos Mirror Ltd. All rights reserved.",
    body="""⟦Stand under any footbridge on the Ikorodu Road at rush hour and you will see something strange.⟧ Hundreds of people walk past the stairs, climb over the median fence and run across eight lanes of traffic. The bridge above them is almost empty.

It is easy to blame the pedestrians. The state has tried that for years, with fines, mobile courts and signs threatening arrest. But when a whole city refuses to use a piece of infrastructure, the problem is usually the infrastructure.

[[ALSO|⟪Why Lagos commuters still choose danfo over the BRT⟫]]

⟦Many of our footbridges are simply too hard to climb.⟧ They have steep concrete stairs with no ramp, which rules out the elderly, pregnant women, people carrying goods on their heads and anyone in a wheelchair. Several have broken railings. Some are dark at night and have become places where phones are snatched.

Others are in the wrong place. Bridges were sited where it was convenient for engineers, not where people actually cross: at bus stops, market entrances and junctions. If the nearest bridge is 400 metres away, a tired worker will take the risk.

[[VIDEO|⟪Pedestrians dodge traffic at Ojota as bridge stays empty⟫]]

[[AD]]

⟦There is a better approach, and it does not require expensive new bridges everywhere.⟧ At many crossings, a signalled zebra crossing with a raised table and a camera would do more than a bridge. Where a bridge is needed, it should have a gentle ramp, lighting and a security post, and it should land directly at the bus stop.

[[FOLLOW]]

The state should also count who crosses where. A simple survey with volunteers at 30 junctions would show planners where people walk. That data costs very little and would stop us building monuments that nobody uses.

[[REL|The BRT lanes deserve better enforcement|Editorial: The tragedy at Otedola must not repeat]]

⟦A city that wants people to stop running across expressways must first give them a crossing they can actually use.⟧""",
    kind="opinion", why="signed column arguing for better pedestrian crossings",
))

KE_COUNTIES = ["Mombasa", "Kwale", "Kilifi", "Tana River", "Lamu", "Taita Taveta", "Garissa", "Wajir", "Mandera", "Marsabit", "Isiolo", "Meru", "Tharaka Nithi", "Embu",
               "Kitui", "Machakos", "Makueni", "Nyandarua", "Nyeri", "Kirinyaga", "Murang'a", "Kiambu", "Turkana", "West Pokot", "Samburu", "Trans Nzoia", "Uasin Gishu",
               "Nandi", "Baringo", "Laikipia", "Nakuru", "Narok", "Kajiado", "Kericho", "Bomet", "Kakamega", "Vihiga", "Bungoma", "Busia", "Siaya", "Kisumu",
               "Homa Bay", "Migori", "Kisii", "Nyamira", "Nairobi"]

PAGES.append(dict(
    case="en-news-wpnews-hyacinth", lang="en", html_lang="en-KE", skin="wp_news", domain="lakeregionstar.example", site="The Lake Region Star", secpath="counties",
    url="https://www.lakeregionstar.example/counties/nyanza/2026-03-05-kisumu-fishermen-count-losses-as-water-hyacinth-returns/",
    h1="Kisumu fishermen count losses as water hyacinth returns to Winam Gulf",
    og_title="Kisumu fishermen count losses as water hyacinth returns to Winam Gulf",
    deck="Boats stuck at Dunga and Usoma beaches for two weeks as the weed covers the bay.",
    section="Counties", authors=["Wanjiru Kamau", "Brian Otieno"], byline_text="By WANJIRU KAMAU and BRIAN OTIENO",
    byline_html='By <a href="/author/wanjiru-kamau/">WANJIRU KAMAU</a> and <a href="/author/brian-otieno/">BRIAN OTIENO</a>', ld_authors=["org:The Lake Region Star"],
    ld_type="NewsArticle", pub="2026-03-05T16:20:00+03:00", date="05 March 2026 - 16:20", topdate="Thursday, 05 March 2026",
    w=dict(W_NG, also="Also Read:", ncomments="2", follow="⟪Join The Lake Region Star WhatsApp channel for the latest news⟫", region="County news", places="Counties"),
    sections=["News", "Counties", "Politics", "Business", "Sports", "Entertainment", "Opinion", "Health", "Kenya Decides", "Videos"],
    subs=SUBS_EN, places_under="Counties", places=KE_COUNTIES, service=SERVICE_EN,
    ticker=["⟪KCSE results to be released next week, says CS⟫"],
    widget='<span class="nse">NSE 20 1,912.4 ▲0.6%</span> <span class="nse">SCOM 18.35 ▼0.5%</span> <span class="nse">KCB 38.10 ▲1.1%</span>',
    hero_caption="Boats trapped by hyacinth at Dunga beach. Photo: Brian Otieno",
    tags=["Lake Victoria", "water hyacinth", "fishing", "Kisumu County"],
    related=["County buys second harvester for Lake Victoria", "Fish prices rise in Kisumu markets"],
    most_read=["⟪Teachers threaten strike over delayed promotions⟫", "Court halts Nakuru city land allocation", "Harambee Stars name squad for qualifier"],
    footer="© 2026 The Lake Region Star. All rights reserved.",
    body="""⟦Hundreds of fishermen in Kisumu have been unable to go out on the lake for two weeks⟧ after a thick mat of water hyacinth covered large parts of the Winam Gulf, trapping boats at Dunga, Usoma and Nyamware beaches.

The weed, which had cleared during the short rains last year, was pushed back into the bay by strong westerly winds in late February. Beach management unit officials said it now covers an area of about 40 square kilometres.

[[ALSO|⟪County buys second harvester for Lake Victoria weed⟫]]

⟦At Dunga, more than 120 boats have been lying idle since February 20.⟧ “We go to the shore every morning and look at the green carpet. Some of us have not earned a shilling in fourteen days,” said Joseph Ouma, the chairman of the Dunga beach management unit.

[[AD]]

Fish traders say prices of tilapia and omena at Kisumu markets have risen by up to a third as supply dropped. Restaurants in the city are buying fish transported from Homa Bay and Busia.

[[GAL|⟪Fishermen clear hyacinth by hand at Usoma beach. Photo: Brian Otieno⟫|A trader sorts omena at Kibuye market. Photo: Wanjiru Kamau]]

⟦County fisheries officer Grace Akinyi said the county’s harvester was working around the clock⟧ but could only clear about two hectares a day. She said the county had asked the national government to release funds for a second machine.

[[FOLLOW]]

Researchers say the weed thrives because of nutrients from untreated sewage and farm runoff that flow into the lake through the Nyando and Kisat rivers.

Environmental officers say lasting solutions lie upstream. The county has started building two small sewage treatment plants along the Kisat river, but they will not be ready before next year. In the meantime, some beach units have turned to weevils that feed on the plant, a method that worked in the late 1990s but takes months to show results.

[[ALSO|Fish prices rise in Kisumu markets]]

⟦Until the wind changes direction, the fishermen say, there is little they can do but wait.⟧""",
    kind="news", why="county news report on fishermen affected by weed",
))

ZA_PLACES = ["Johannesburg", "Pretoria", "Cape Town", "Durban", "Gqeberha", "East London", "Bloemfontein", "Polokwane", "Mbombela", "Kimberley", "Mahikeng",
             "Pietermaritzburg", "Soweto", "Tembisa", "Rustenburg", "Welkom", "George", "Stellenbosch", "Paarl", "Richards Bay", "Mthatha", "Upington"]

PAGES.append(dict(
    case="en-other-wpnews-chakalaka", lang="en", html_lang="en-ZA", skin="wp_news", domain="thesouthernpost.example", site="The Southern Post", secpath="lifestyle/food",
    url="https://www.thesouthernpost.example/lifestyle/food/weeknight-pap-and-chakalaka-recipe-20260307/",
    h1="Recipe: Weeknight pap and chakalaka that feeds six for under R120",
    og_title="Recipe: Weeknight pap and chakalaka that feeds six for under R120 | The Southern Post",
    deck="A spicy, budget-friendly chakalaka with soft pap, ready in 40 minutes.",
    section="Food", authors=["Lerato Mokoena"], byline_text="Lerato Mokoena", byline_html='<a href="/author/lerato-mokoena/">Lerato Mokoena</a>',
    ld_authors=["Lerato Mokoena"], ld_type="Recipe", meta_pub=False, ld_pub=False, ld_extra={"dateModified": "2026-03-08T09:00:00+02:00"},
    pub="2026-03-07T12:00:00+02:00", date="07 Mar 2026", topdate="Sunday, 08 March 2026",
    w=dict(W_NG, also="READ MORE |", video="Video of the day", follow="⟪Follow The Southern Post on Google News for more recipes⟫", ncomments="0",
           region="Local news", places="Cities"),
    sections=["News", "Politics", "Business", "Sport", "Lifestyle", "Food", "Motoring", "Travel", "Opinion", "Weather"],
    subs={"Lifestyle": ["Food", "Health", "Parenting", "Home & Garden", "Fashion"], "Sport": ["Rugby", "Soccer", "Cricket", "Athletics"],
          "News": ["South Africa", "Africa", "World", "Load-shedding"], "Business": ["Markets", "Personal finance", "Property"]},
    places_under="News", places=ZA_PLACES, service=SERVICE_EN,
    ticker=["⟪Stage 2 load-shedding from 16:00 today, Eskom says⟫"],
    widget='<span>R/$ 17.92</span> <span>JSE All Share 84,310 ▲0.4%</span>',
    hero_caption="Pap and chakalaka with boerewors. Picture: Lerato Mokoena",
    tags=["recipes", "budget meals", "chakalaka", "pap"],
    related=["Five braai sides under R50", "How to make vetkoek that stays soft"],
    most_read=["⟪Matric pass rate: top schools in each province⟫", "Springboks name squad for July tests", "Petrol price to drop in April"],
    footer="© 2026 The Southern Post. All rights reserved.",
    body="""⟦Chakalaka is the relish that turns a plain plate of pap into a proper meal.⟧ This version is quick enough for a Tuesday night, uses tinned beans and keeps the cost down. Make a double batch: it tastes even better the next day.

[[H|Ingredients (serves 6)]]

For the pap: 500 g white maize meal, 1.5 litres water, 1 teaspoon salt and a knob of butter. ⟦For the chakalaka: 2 tablespoons oil, 1 onion, 2 carrots, 1 green pepper,⟧ 2 cloves garlic, 1 tablespoon curry powder, 1 teaspoon paprika, 1 tin chopped tomatoes and 1 tin baked beans.

[[ALSO|⟪Five braai sides under R50 that your guests will love⟫]]

[[H|Method]]

Bring the water and salt to the boil in a heavy pot. Pour in about a third of the maize meal and stir until smooth, then add the rest, stir well and cover. Turn the heat down very low and let it steam for 25 minutes, stirring every five minutes so it does not stick.

[[AD]]

Meanwhile, heat the oil in a pan and fry the chopped onion until soft. ⟦Grate the carrots and add them with the diced pepper, garlic, curry powder and paprika.⟧ Cook for five minutes, stirring, until the spices smell toasted.

[[VIDEO|⟪Watch: Three ways to use leftover pap⟫]]

Add the tomatoes, bring to a simmer and cook for ten minutes. Stir in the baked beans and a splash of water if it looks dry, and season with salt and a little chilli if you like it hot.

[[FOLLOW]]

[[H|Serving]]

Stir the butter into the pap just before serving. Spoon the chakalaka over the top or serve it on the side with grilled boerewors or chicken. ⟦Leftover chakalaka keeps for three days in the fridge and can be frozen for a month.⟧""",
    kind="other", why="recipe with ingredients and method",
))

PAGES.append(dict(
    case="en-opinion-table-assemblies", lang="en", html_lang="en-GH", skin="old_table", layout="div", domain="ghanaweekly.example", site="Ghana Weekly Online",
    url="https://www.ghanaweekly.example/GhanaHomePage/features/Why-our-district-assemblies-must-publish-their-budgets-online-1982144",
    h1="Why our district assemblies must publish their budgets online",
    og_title="Why our district assemblies must publish their budgets online",
    title_tag="Why our district assemblies must publish their budgets online",
    deck="", section="Opinions of Monday, 9 March 2026",
    authors=["Kwabena Asante-Mensah"], byline_text="Columnist: Kwabena Asante-Mensah",
    ld_authors=["org:Ghana Weekly Online"], ld_type="Article", pub="2026-03-09T10:31:00+00:00", mod="2026-03-09T10:31:00+00:00", meta_pub=False,
    date="2026-03-09", topdate="Monday, 09 March 2026",
    w=dict(ad="Advertisement", also="Also read:", follow="Follow us on WhatsApp", print="Print", email="Email", comments="Comments (2)", most_read="Most read",
           breaking="Breaking"),
    sections=["Home", "News", "Business", "Sports", "Entertainment", "Africa", "Opinions", "Country", "Radio", "TV", "Photo Archive", "Classifieds"],
    places=["Greater Accra", "Ashanti", "Central", "Eastern", "Western", "Western North", "Volta", "Oti", "Northern", "Savannah", "North East", "Upper East",
            "Upper West", "Bono", "Bono East", "Ahafo", "Accra", "Kumasi", "Tamale", "Takoradi", "Cape Coast", "Koforidua", "Ho", "Sunyani", "Bolgatanga", "Wa"],
    ticker=["Cedi trades at GH¢14.20 to the dollar", "BoG holds policy rate"],
    tags=["Local Government", "District Assemblies", "Transparency"],
    disclaimer="⟪DISCLAIMER: The Views, Comments, Opinions, Contributions and Statements made by Readers and Contributors on this platform do not necessarily represent the views or policy of Ghana Weekly Online.⟫",
    most_read=["⟪Black Stars coach names 26-man squad⟫", "ECG announces maintenance schedule for Accra", "WAEC releases private BECE results"],
    comments_html='<div class="comment">⟪Good write up. My assembly has not held a town hall in two years.⟫</div>',
    footer="Copyright © 1994 - 2026 Ghana Weekly Online. All rights reserved.",
    body="""⟦Every year, our district assemblies receive billions of cedis from the Common Fund,⟧ from property rates and from market tolls. Yet if you ask an ordinary resident of any district how that money was spent last year, you will get a shrug.

The budgets exist. They are approved by the assembly, sent to the regional coordinating council and filed away. But they are rarely published in a form that a trader, a teacher or a youth group leader can read.

[[ALSO|⟪Assembly members demand share of market toll revenue⟫]]

⟦This is not a small matter of paperwork.⟧ When citizens cannot see what their assembly planned to do, they cannot ask why the clinic roof was not fixed, or why the same drain is desilted twice in one year by two different contractors.

[[AD]]

Some will say that most people do not have the internet. That is no longer true. Most of our young people carry smartphones, and community radio stations can read out the key figures. A two-page summary on a notice board at the market would already be a revolution.

[[PHOTO|⟪A market in the Ashanti Region. Photo: File⟫]]

Ghana is not starting from zero. A handful of municipal assemblies already post their fee-fixing resolutions and composite budgets on their websites, and civil society groups have trained assembly members to explain them at town hall meetings. ⟦Where this has happened, residents have started asking sharper questions,⟧ and some assemblies have found that property rate collection actually improved once people could see where the money went.

What I am proposing is simple. Every assembly should post its approved budget, its mid-year report and its list of contracts on a public website, in a standard format. The Ministry should provide one template and one portal so that districts can be compared.

⟦Transparency will not solve every problem, but it will make it harder to hide the ones we have.⟧

The author is a governance researcher based in Kumasi.""",
    kind="opinion", why="columnist feature arguing for publishing district budgets",
))

EG_GOV = ["القاهرة", "الجيزة", "الإسكندرية", "القليوبية", "الشرقية", "الدقهلية", "الغربية", "المنوفية", "البحيرة", "كفر الشيخ", "دمياط", "بورسعيد", "الإسماعيلية",
          "السويس", "الفيوم", "بني سويف", "المنيا", "أسيوط", "سوهاج", "قنا", "الأقصر", "أسوان", "البحر الأحمر", "الوادي الجديد", "مطروح", "شمال سيناء", "جنوب سيناء"]

PAGES.append(dict(
    case="ar-news-mideast-tram", lang="ar", html_lang="ar-EG", skin="mideast", domain="alyawmalmasry.example", site="اليوم المصري", secpath="governorates",
    url="https://www.alyawmalmasry.example/story/2026/3/9/محافظ-الإسكندرية-يعلن-موعد-عودة-ترام-الرمل/7219834",
    h1="محافظ الإسكندرية يعلن موعد عودة ترام الرمل بعد التطوير",
    og_title="محافظ الإسكندرية يعلن موعد عودة ترام الرمل بعد التطوير - اليوم المصري",
    deck="التشغيل التجريبي للمرحلة الأولى يبدأ في يوليو.. وحافلات بديلة مجانية حتى نهاية الأعمال",
    section="محافظات", authors=["أحمد عبد الرحمن"], byline_text="كتب أحمد عبد الرحمن",
    byline_html='كتب <a href="/author/ahmed-abdelrahman">أحمد عبد الرحمن</a>', ld_authors=["org:اليوم المصري"], ld_type="NewsArticle",
    pub="2026-03-09T14:15:00+02:00", ld_date="2026-03-09T12:15:00Z", meta_date="2026-03-09T12:15:00Z",
    date="الإثنين، 09 مارس 2026 02:15 م", topdate="الإثنين 19 رمضان 1447 - 09 مارس 2026",
    w=dict(ad="إعلان", also="اقرأ أيضا", gallery="ألبوم صور", photos="صور", video="فيديو", follow="⟪تابع اليوم المصري على قناة واتساب ليصلك كل جديد⟫",
           print="طباعة", related="موضوعات متعلقة", comments="التعليقات", most_read="الأكثر قراءة", region="أخبار المحافظات", breaking="عاجل", places="المحافظات"),
    sections=["أخبار عاجلة", "سياسة", "اقتصاد", "محافظات", "حوادث", "رياضة", "فن", "ثقافة", "تكنولوجيا", "المرأة والمنوعات", "فيديو", "مقالات"],
    subs={"رياضة": ["الدوري المصري", "كرة عالمية", "الأهلي", "الزمالك"], "اقتصاد": ["بورصة", "بنوك", "أسعار الذهب", "عقارات"], "فن": ["سينما", "دراما رمضان", "موسيقى"]},
    places_under="محافظات", places=EG_GOV, service=["من نحن", "اتصل بنا", "سياسة الخصوصية", "شروط الاستخدام", "أعلن معنا"],
    ticker=["وزير التعليم: امتحانات الثانوية العامة في موعدها", "ارتفاع أسعار الذهب في التعاملات المسائية"],
    widget='<span>الدولار 50.62 جنيه</span> <span>عيار 21: 4,380 جنيه</span> <span>EGX30 ▲0.8%</span>',
    hero_caption="ترام الرمل في محطة الرمل - أرشيفية",
    tags=["الإسكندرية", "ترام الرمل", "النقل", "المحافظات"],
    related=["مواعيد قطارات الإسكندرية خلال شهر رمضان", "غلق جزئي لطريق الكورنيش لمدة أسبوع"],
    most_read=["⟪موعد صرف معاشات أبريل 2026 بالزيادة الجديدة⟫", "حالة الطقس غدا: أمطار خفيفة على السواحل الشمالية", "نتيجة مباراة الأهلي والمصري"],
    comments_html='<div class="comment"><p>ربنا يسهل، الزحمة في أبو قير بقت صعبة جدا من ساعة ما الترام وقف.</p></div>',
    footer="جميع الحقوق محفوظة © 2026 اليوم المصري",
    body="""⟦أعلن محافظ الإسكندرية، اليوم الإثنين، أن المرحلة الأولى من ترام الرمل ستعود للعمل بشكل تجريبي في شهر يوليو المقبل،⟧ بعد الانتهاء من أعمال التطوير التي بدأت قبل نحو عام ونصف.

وقال المحافظ، خلال جولة تفقدية بمحطة سيدي جابر، إن المرحلة الأولى تمتد من محطة الرمل حتى محطة سان ستيفانو بطول ستة كيلومترات، وتشمل تجديد القضبان وشبكة الكهرباء وإنشاء أرصفة جديدة مرتفعة تسهل صعود كبار السن وذوي الهمم.

[[ALSO|⟪غلق جزئي لطريق الكورنيش لمدة أسبوع لأعمال الصيانة⟫]]

⟦وأوضح أن العربات الجديدة مكيفة وتتسع لنحو 300 راكب،⟧ وأن زمن الرحلة سينخفض من نحو ساعة إلى 35 دقيقة بفضل نظام الإشارات الحديث الذي يمنح الترام أولوية عند التقاطعات.

[[AD]]

وأضاف المحافظ أن الحافلات البديلة المجانية ستستمر في العمل على طول مسار الترام حتى انتهاء جميع المراحل، مشيرا إلى أن عددها سيرتفع من 60 إلى 85 حافلة خلال شهر رمضان لمواجهة الزحام في ساعات ما قبل الإفطار.

[[GAL|⟪المحافظ يتفقد أعمال تطوير محطة سيدي جابر - تصوير محمد سعيد⟫|العربات الجديدة داخل الورشة|أعمال تركيب الأرصفة المرتفعة]]

⟦وفيما يتعلق بالمرحلة الثانية، الممتدة حتى محطة فيكتوريا،⟧ قال المحافظ إن الأعمال بها بلغت نسبة 40 في المئة، ومن المتوقع الانتهاء منها منتصف العام المقبل.

[[VIDEO|⟪شاهد.. أول فيديو للعربات الجديدة لترام الرمل⟫]]

وكان عدد من سكان أحياء شرق المدينة قد اشتكوا من طول فترة الإغلاق وارتفاع تكلفة المواصلات البديلة، خاصة للطلاب والموظفين الذين كانوا يعتمدون على الترام بشكل يومي.

ومن جانبه، قال رئيس هيئة النقل العام بالإسكندرية إن الهيئة انتهت من تدريب 120 سائقا وفنيا على تشغيل العربات الجديدة وصيانتها، وإن مركز التحكم الجديد في محطة الرمل سيتيح متابعة حركة كل عربة لحظة بلحظة، وإبلاغ الركاب بمواعيد الوصول عبر شاشات في المحطات وتطبيق على الهاتف المحمول يجري العمل على إطلاقه قبل بدء التشغيل التجريبي.

[[FOLLOW]]

⟦وأكد المحافظ أن سعر تذكرة الترام بعد التطوير لن يتجاوز عشرة جنيهات،⟧ مع استمرار الاشتراكات المخفضة للطلاب وكبار السن.""",
    kind="news", why="local news report on tram line reopening",
))

MA_PLACES = ["Casablanca", "Rabat", "Salé", "Fès", "Marrakech", "Tanger", "Agadir", "Meknès", "Oujda", "Kénitra", "Tétouan", "Safi", "El Jadida", "Nador",
             "Béni Mellal", "Khouribga", "Settat", "Mohammedia", "Essaouira", "Laâyoune", "Dakhla", "Errachidia", "Ouarzazate", "Taza", "Larache", "Khémisset"]

PAGES.append(dict(
    case="fr-opinion-column-trottoirs", lang="fr", html_lang="fr-MA", skin="column", domain="lematinmaghrebin.example", site="Le Matin Maghrébin", secpath="chroniques",
    url="https://lematinmaghrebin.example/chroniques/casablanca-merite-des-trottoirs/182734",
    h1="Casablanca mérite des trottoirs",
    og_title="Casablanca mérite des trottoirs - Le Matin Maghrébin",
    deck="Dans la métropole, marcher est devenu un sport de combat. Ce n’est pas une fatalité.",
    section="Chroniques", authors=["Yasmine Benjelloun"], byline_text="Par Yasmine Benjelloun",
    byline_html='Par <a href="/auteur/yasmine-benjelloun">Yasmine Benjelloun</a>', ld_authors=["Yasmine Benjelloun"], ld_type="NewsArticle", ld_section="Chroniques",
    pub="2026-03-10T08:30:00+01:00", mod="2026-03-10T12:02:00+01:00", date="Publié le 10/03/2026 à 08h30 - Mis à jour le 10/03/2026 à 12h02",
    topdate="Mardi 10 mars 2026 - 20 Ramadan 1447",
    w=dict(ad="Publicité", also="Lire aussi", video="Vidéo à la une", follow="⟪Suivez Le Matin Maghrébin sur Google Actualités⟫", role="Chroniqueuse",
           print="Imprimer", more_cols="Les chroniques de Yasmine Benjelloun", comments="Réagissez", most_read="Les plus lus", region="Régions", breaking="Dernière minute",
           places="Villes"),
    sections=["Nation", "Économie", "Société", "Régions", "Monde", "Sports", "Culture", "Chroniques", "Ramadan 2026", "Auto", "Vidéos"],
    subs={"Économie": ["Bourse", "Entreprises", "Finances"], "Sports": ["Botola", "Lions de l’Atlas", "Athlétisme"], "Culture": ["Cinéma", "Livres", "Musique"]},
    places_under="Régions", places=MA_PLACES, service=["Qui sommes-nous", "Contact", "Publicité", "Mentions légales", "Charte des commentaires"],
    ticker=["⟪Horaires du ftour à Casablanca ce mardi⟫"],
    tags=["Casablanca", "urbanisme", "piétons", "espace public"],
    bio="⟪Yasmine Benjelloun est architecte et urbaniste. Elle tient cette chronique un mardi sur deux.⟫",
    related=["Le tramway ne suffit pas", "Nos places publiques sont devenues des parkings"],
    most_read=["⟪Bac 2026 : le calendrier des examens dévoilé⟫", "Botola : le Raja s’impose à Fès", "Prix des carburants : nouvelle baisse attendue"],
    footer="© 2026 Le Matin Maghrébin. Tous droits réservés.",
    body="""⟦Essayez de traverser le boulevard d’Anfa à pied avec une poussette, un mardi à midi.⟧ Vous descendrez du trottoir au moins six fois : une voiture garée en travers, une terrasse de café qui a avalé toute la largeur, un chantier sans passage protégé, un poteau planté au milieu, une rampe de garage, un marchand de fruits.

Ce n’est pas un cas isolé. Dans la plupart des quartiers de Casablanca, le trottoir n’est plus un espace pour marcher. C’est un parking, une extension de boutique, un entrepôt à ciel ouvert. Le piéton, lui, marche sur la chaussée, entre les voitures.

[[ALSO|⟪Le tramway ne suffit pas : repensons les correspondances⟫]]

⟦Pourtant, la majorité des déplacements dans la ville se font encore à pied.⟧ Les enquêtes de mobilité le montrent depuis des années : près d’un trajet sur deux commence et finit sans moteur. Ce sont les écoliers, les ouvrières, les personnes âgées, tous ceux qui n’ont pas de voiture.

[[VIDEO|⟪Casablanca : le nouveau parking souterrain de la place des Nations-Unies⟫]]

On nous répond que le problème est culturel, que les habitants ne respectent pas les règles. C’est trop facile. Un automobiliste se gare sur le trottoir parce que rien ne l’en empêche et qu’aucune amende ne tombe. Un café occupe le passage parce que son autorisation ne précise aucune largeur minimale.

[[AD]]

⟦Les solutions existent et coûtent peu.⟧ Des potelets aux endroits où le stationnement sauvage est chronique. Une largeur libre minimale d’un mètre quarante, inscrite dans chaque autorisation de terrasse. Des contrôles réguliers, avec des amendes réellement perçues. Et, pour chaque chantier, l’obligation d’aménager un passage sécurisé.

[[FOLLOW]]

La ville investit des milliards dans le tramway et les grands boulevards. Très bien. Mais chaque trajet en tramway commence et finit sur un trottoir. ⟦Une métropole qui veut être moderne doit d’abord permettre à ses habitants de marcher.⟧""",
    kind="opinion", why="signed chronicle arguing for walkable sidewalks",
))
