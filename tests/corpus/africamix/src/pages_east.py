"""East Africa (nation skin): Kenya in English (a fuel and fares story by two reporters behind a "Continue reading"
fold, an unsigned editorial, a smartphone buying guide), Swahili from Tanzania and Kenya (a flood report "Na …", a
match report, a Maoni column, an unsigned Tahariri with no date metadata) and Somali (a Mogadishu report)."""
from parts import smart

PAGES = []

KE_NAV = ["News", "Counties", "Politics", "Business", "Sports", "Opinion", "Editorials", "Letters", "Cartoons", "Health", "Tech", "Life"]
KE_WIDGET = ("<b>KES</b> USD 129.40 · GBP 164.15 · EUR 140.22 · UGX 28.46 <span class=\"sep\">|</span> <b>NSE 20</b> 2,118.44 ▼0.3% "
             "<span class=\"sep\">|</span> <b>Nairobi</b> 27°C Partly cloudy")
KE_COOKIE = "This website uses cookies to improve your experience. You can change your cookie settings at any time."
KE_FOOT = ["About us", "Contact us", "Advertise with us", "Privacy policy", "Terms of use", "ePaper"]

# ---------------------------------------------------------------- 1. Kenya: two reporters, "Continue reading" fold, full metadata
PAGES.append(dict(
    case="en-news-nation-matatu", lang="en", html_lang="en-KE", skin="nation", domain="www.nairobichronicle.example", site="The Nairobi Chronicle", secpath="news",
    url="https://www.nairobichronicle.example/news/matatu-fares-rise-as-epra-raises-pump-prices-4821133",
    h1="Matatu fares rise as Epra raises pump prices",
    deck="Commuters on some Nairobi routes will pay up to Sh20 more as diesel crosses Sh180 a litre.",
    kicker="Transport", crumbs=["News", "Transport"], authors=["Wanjiru Kamau", "Brian Otieno"], byline_text="By Wanjiru Kamau and Brian Otieno",
    byline_html='By <a href="/authors/wanjiru-kamau">Wanjiru Kamau</a> and <a href="/authors/brian-otieno">Brian Otieno</a>',
    ld_authors=["Wanjiru Kamau", "Brian Otieno"], ld_type="NewsArticle", ld_section="News",
    pub="2026-03-15T09:41:00+03:00", mod="2026-03-15T14:10:00+03:00", date="Sunday, March 15, 2026 — updated 2:10 pm", reading="4 min read",
    today="Sunday, March 15, 2026", nav=KE_NAV, widget=KE_WIDGET, cookie=KE_COOKIE, w={"read_also": "Read:"},
    ticker=["⟪Court suspends new county parking fees in Nakuru⟫", "Harambee Stars name squad for Gabon friendly"], langs="English | Kiswahili",
    caption="⟪Commuters wait for matatus at a stage along Moi Avenue, Nairobi. Photo | File⟫",
    side=[("Most Read", ["⟪KCSE 2025 results: top 100 schools named⟫", "Teachers’ union issues strike notice", "Why landlords in Kileleshwa are cutting rent"]),
          ("Opinion", [("Editorial", "Fix the teachers’ pay dispute before schools close"), ("Columnist", "Nairobi needs a bus, not another flyover")])],
    tags=["Fuel prices", "Epra", "Matatu", "Cost of living"],
    related=["Boda boda riders threaten protest over insurance rules", "What the new fuel levy means for your shopping"],
    comments=[("Mwangi K.", "3 hours ago", "⟪Kila mwezi ni bei mpya. Where does it end?⟫")],
    footer="⟪© 2026 Nairobi Chronicle Media Group. All rights reserved.⟫", footer_nav=KE_FOOT,
    body="""⟦Commuters in Nairobi and other major towns will pay more for matatu rides from today after the Energy and Petroleum Regulatory Authority (Epra) raised pump prices for the second month in a row.⟧

In its monthly review released on Saturday night, the regulator increased the price of diesel by Sh6.40 to Sh181.20 a litre in Nairobi, while super petrol went up by Sh4.10 to Sh189.70. Kerosene rose by Sh3.

⟦Matatu operators said they had no choice but to pass the cost to passengers.⟧ On the Nairobi–Rongai and Nairobi–Kitengela routes, fares during the morning peak rose from Sh100 to Sh120 on Sunday, according to crews interviewed by the Chronicle.

[[READ|⟪Boda boda riders now want a fuel subsidy⟫]]

"Diesel is more than half of what we spend every day. If we do not adjust, the vehicle will go to the garage and never come back," said Mr Peter Njoroge, who runs two matatus on the Thika Road corridor.

[[FOLD|Continue reading]]

Epra attributed the increase to higher landing costs of imported products in February and a weaker shilling. The authority said it had used part of the fuel stabilisation fund to cushion consumers from an even larger rise in diesel prices.

The Matatu Owners Association chairman, Mr Simon Kimutai, called on the government to reduce the taxes charged on fuel. "⟦Nearly half of the pump price is taxes and levies.⟧ The government can do more to help Kenyans," he said.

[[AD]]

Economists warn that the increase could push up inflation, which stood at 4.6 per cent in February, because transport costs feed into the prices of food and other goods.

At the Kencom bus stage, commuters expressed frustration. "I spend almost a third of my salary on transport now," said Ms Faith Achieng, a shop attendant.

⟦The new prices will remain in force until April 14.⟧""",
    kind="news", why="report on fuel price review and fares",
))

# ---------------------------------------------------------------- 2. Kenya: unsigned editorial, Open Graph only with article:section
PAGES.append(dict(
    case="en-opinion-nation-editorial", lang="en", html_lang="en-KE", skin="nation", domain="www.nairobichronicle.example", site="The Nairobi Chronicle", secpath="opinion",
    url="https://www.nairobichronicle.example/opinion/editorials/fix-the-teachers-pay-dispute-before-schools-close-4822407",
    h1="Fix the teachers’ pay dispute before schools close",
    kicker="Editorial", kicker_path="opinion/editorials", crumbs=["Opinion", "Editorials"], authors=None, byline_text="Chronicle Editorial",
    byline_html="Chronicle Editorial", meta="og", meta_section="Editorials",
    pub="2026-03-17T00:05:00+03:00", date="Tuesday, March 17, 2026", reading="3 min read",
    today="Tuesday, March 17, 2026", nav=KE_NAV, widget=KE_WIDGET, cookie=KE_COOKIE, w={"read_also": "Read:"},
    ticker=["⟪Parliament approves Sh2.1 trillion budget estimates⟫", "Gor Mahia fined over fan violence"], langs="English | Kiswahili",
    side=[("Most Read", ["⟪Teachers’ union issues strike notice⟫", "Drought: 1.2 million need food aid", "Safari Rally route unveiled"]),
          ("Opinion", [("Columnist", "Nairobi needs a bus, not another flyover"), ("Letters", "Our estate roads are a death trap")])],
    tags=["Editorial", "Teachers", "Education"],
    related=["KNUT, Kuppet differ on strike timing", "Parents count cost of repeated school disruptions"],
    comments=[("Jane W.", "8 hours ago", "⟪Well said. Our children cannot keep paying for this.⟫")],
    footer="⟪© 2026 Nairobi Chronicle Media Group. All rights reserved.⟫", footer_nav=KE_FOOT,
    body="""⟦Once again, Kenya's public school teachers are counting down to a strike, and once again the government appears to be waiting for the last minute.⟧ The union's 14-day notice expires next Monday, barely two weeks before the end of the first term. There is still time to avert a crisis that nobody can afford.

The dispute is not new. Teachers signed a collective bargaining agreement in 2025 that promised a second phase of salary increases from January this year. The money was not paid. The Treasury says revenue has fallen short; the union says a signed agreement is a signed agreement. ⟦On this point, the union is right.⟧

A government that expects citizens to honour contracts and pay their taxes on time cannot treat its own commitments as optional. If the money is not there, the Treasury should say so openly, table a revised timetable and negotiate it in good faith. What it should not do is go silent until classrooms empty.

[[READ|⟪Union gives government 14 days to honour pay deal⟫]]

[[AD]]

At the same time, the union must remember whom its members serve. Candidates sitting national examinations this year have already lost weeks to disruptions. ⟦A strike should be the last tool, not the first reflex.⟧

There is a workable middle ground: a partial payment now, a binding schedule for the balance, and a joint audit of the payroll to remove the ghost workers whose salaries eat into the budget every year.

The Cabinet Secretary for Education and the union leadership should meet this week, not next. ⟦Our children have waited long enough.⟧""",
    kind="opinion", why="unsigned editorial urging a pay settlement",
))

# ---------------------------------------------------------------- 3. Kenya: buying guide, JSON-LD only
PAGES.append(dict(
    case="en-other-nation-simu", lang="en", html_lang="en-KE", skin="nation", domain="www.nairobichronicle.example", site="The Nairobi Chronicle", secpath="tech",
    url="https://www.nairobichronicle.example/tech/best-budget-smartphones-under-sh20000-buying-guide-4823550",
    h1="Best budget smartphones under Sh20,000: a buying guide",
    deck="Battery life, storage and software updates matter more than camera megapixels.",
    kicker="Tech", crumbs=["Life", "Tech"], authors=["Kevin Mutua"], byline_text="By Kevin Mutua",
    byline_html='By <a href="/authors/kevin-mutua">Kevin Mutua</a>', meta="ld", ld_authors=["Kevin Mutua"], ld_type="Article", ld_section="Tech",
    pub="2026-03-20T11:00:00+03:00", date="Friday, March 20, 2026", reading="5 min read",
    today="Friday, March 20, 2026", nav=KE_NAV, widget=KE_WIDGET, cookie=KE_COOKIE, w={"read_also": "Read:"},
    ticker=["⟪Safaricom outage hits M-Pesa for two hours⟫", "Shujaa qualify for Hong Kong semis"], langs="English | Kiswahili",
    side=[("Most Read", ["⟪How to block a lost SIM card in five minutes⟫", "Hustler Fund loan limits raised", "Five free apps every small trader needs"]),
          ("Opinion", [("Columnist", "Our data is being sold, and we are shrugging"), ("Editorial", "Digital ID must not lock anyone out")])],
    tags=["Smartphones", "Buying guide", "Tech"],
    related=["How to block a lost SIM card", "Refurbished phones: bargain or trap?"],
    comments=[("Otis", "1 day ago", "⟪You forgot to mention that some of these overheat when gaming.⟫")],
    footer="⟪© 2026 Nairobi Chronicle Media Group. All rights reserved.⟫", footer_nav=KE_FOOT,
    body="""⟦Buying a phone on a tight budget no longer means settling for a slow, frustrating device.⟧ Many models now selling for under Sh20,000 in Nairobi shops handle WhatsApp, M-Pesa, video calls and light games with ease. But the spec sheets can be misleading. Here is what to look for, and four phones we tested over the past month.

[[H|What to check before you pay]]

[[LIST|⟦Storage: choose at least 128GB; 64GB fills up within months.⟧|Battery: 5,000mAh is now standard and should last a full day.|Updates: ask how many years of security updates the maker promises.|Warranty: buy from a dealer who gives a written 12-month warranty.]]

Do not be swayed by a camera advertised at 108 megapixels. ⟦In low light, a good 50-megapixel sensor often takes better photos.⟧

[[READ|⟪Phone financing: read the fine print⟫]]

[[H|Our picks]]

<p><strong>Nyota X2 (about Sh14,500).</strong> The best value in our test. Its 6.6-inch screen is bright enough outdoors and the battery lasted almost two days with moderate use. The plastic back scratches easily, so buy a cover.</p>

<p><strong>Pamoja P10 (about Sh17,999).</strong> ⟦The smoothest performer of the four, thanks to 6GB of memory.⟧ It is the one to pick if you keep many apps open.</p>

[[AD]]

<p><strong>Zuri Z5 (about Sh12,800).</strong> A solid choice for a parent or a first-time smartphone user. It is slower than the others but comes with a simple mode that enlarges icons and text.</p>

<p><strong>Safari S9 Lite (about Sh19,500).</strong> The best camera here and fast charging, but only 64GB of storage in the version sold locally.</p>

[[H|Where to buy]]

Prices vary by as much as Sh2,000 between shops on Moi Avenue, online stores and mobile operators' outlets, and some operators offer phones on credit. ⟦Compare the total you will pay, not the daily instalment.⟧""",
    kind="other", why="smartphone buying guide with picks",
))

SW_NAV = ["Habari", "Kitaifa", "Kimataifa", "Biashara", "Michezo", "Maoni", "Tahariri", "Makala", "Burudani", "Afya", "Video"]
SW_FOOT = ["Kuhusu sisi", "Wasiliana nasi", "Matangazo", "Sera ya faragha", "Masharti ya matumizi"]
TZ_WIDGET = "<b>TZS</b> USD 2,585 · EUR 2,798 · KES 19.98 <span class=\"sep\">|</span> <b>Dar es Salaam</b> 31°C Mvua"

# ---------------------------------------------------------------- 4. Swahili (Tanzania): flood report "Na …", fold "Endelea kusoma", full metadata
PAGES.append(dict(
    case="sw-news-nation-mafuriko", lang="sw", html_lang="sw-TZ", skin="nation", domain="www.habarileo-tz.example", site="Sauti ya Pwani", secpath="habari",
    url="https://www.habarileo-tz.example/habari/kitaifa/mvua-kubwa-yasababisha-mafuriko-jangwani-4710021",
    h1="Mvua kubwa yasababisha mafuriko Jangwani, barabara zafungwa",
    kicker="Kitaifa", crumbs=["Habari", "Kitaifa"], authors=["Rehema Juma"], byline_text="Na Rehema Juma",
    byline_html='Na <a href="/waandishi/rehema-juma">Rehema Juma</a>', ld_authors=["Rehema Juma"], ld_type="NewsArticle", ld_section="Kitaifa",
    pub="2026-03-05T13:20:00+03:00", date="Alhamisi, Machi 5, 2026 — 13:20", reading="Dakika 3",
    today="Alhamisi, Machi 5, 2026", nav=SW_NAV, widget=TZ_WIDGET,
    cookie="Tovuti hii inatumia vidakuzi (cookies) ili kuboresha huduma zetu. Ukiendelea, unakubali matumizi yake.",
    ticker=["⟪Bunge lapitisha muswada wa sheria ya ardhi⟫", "Taifa Stars kuivaa Ethiopia Jumamosi"], langs="Kiswahili | English",
    caption="⟪Magari yakipita katika maji eneo la Jangwani, jijini Dar es Salaam. Picha na Mpiga Picha Wetu⟫",
    side=[("Zilizosomwa zaidi", ["⟪Bei ya sukari yapanda tena sokoni Kariakoo⟫", "Wanafunzi 500 wachaguliwa kujiunga na vyuo", "Mabasi ya mwendokasi kuongezwa"]),
          ("Maoni", [("Tahariri", "Mifereji iliyoziba ni bomu linalosubiri"), ("Makala", "Tufundishe watoto kuogelea")])],
    tags=["Mvua", "Mafuriko", "Dar es Salaam", "TMA"],
    related=["TMA yatabiri mvua za masika kuendelea hadi Mei", "Daraja jipya la Jangwani kukamilika 2027"],
    comments=[("Baraka", "saa 2 zilizopita", "⟪Kila mwaka ni hivi hivi Jangwani, serikali ichukue hatua.⟫")],
    footer="⟪© 2026 Sauti ya Pwani. Haki zote zimehifadhiwa.⟫", footer_nav=SW_FOOT,
    body="""⟦Mvua kubwa iliyonyesha usiku wa kuamkia leo jijini Dar es Salaam imesababisha mafuriko katika maeneo kadhaa,⟧ huku barabara ya Morogoro eneo la Jangwani ikifungwa kwa saa kadhaa.

Mamlaka ya Hali ya Hewa Tanzania (TMA) imesema kituo chake cha Ubungo kilipima milimita 112 za mvua ndani ya saa 12, kiwango ambacho ni karibu nusu ya mvua zote zinazotarajiwa kwa mwezi mzima wa Machi.

Kamanda wa Polisi wa Kanda Maalumu ya Dar es Salaam, Jumanne Mrisho, amesema hakuna mtu aliyepoteza maisha, lakini watu wanne waliokolewa baada ya kukwama ndani ya gari lililosombwa na maji eneo la Mkwajuni.

[[READ|⟪Wakazi wa mabondeni watakiwa kuhama⟫]]

"⟦Tunawaomba wananchi wasijaribu kuvuka maeneo yenye maji mengi⟧, hata kama wanaona magari mengine yakipita," amesema Kamanda Mrisho.

[[FOLD|Endelea kusoma]]

Mabasi ya mwendokasi yalisitisha safari kati ya Kimara na Kivukoni kwa muda, na abiria wengi walilazimika kutembea kwa miguu au kutumia bodaboda. Huduma hiyo ilirejea saa tano asubuhi baada ya maji kupungua.

[[AD]]

Katika Hospitali ya Mwananyamala, uongozi umesema wagonjwa watatu walipokelewa wakiwa na majeraha madogo baada ya kuteleza na kuanguka kwenye maji, na wote wameruhusiwa kurejea nyumbani.

Mkuu wa Wilaya ya Kinondoni amesema kamati ya maafa ya wilaya imeanza kutathmini madhara, na kwamba kaya zilizoathirika zitapewa msaada wa chakula na vifaa vya msingi kuanzia kesho.

Katika eneo la Mburahati, familia kadhaa zililazimika kuhamia kwa ndugu baada ya maji kuingia ndani ya nyumba zao. ⟦Mkazi wa eneo hilo, Mwanaisha Salum, amesema amepoteza vyombo na magodoro yote.⟧

TMA imetabiri kuwa mvua za wastani hadi kubwa zitaendelea kunyesha katika mikoa ya ukanda wa pwani hadi mwishoni mwa wiki. ⟦Wakazi wa mabondeni wameshauriwa kuchukua tahadhari mapema.⟧""",
    kind="news", why="report on floods and road closures",
))

# ---------------------------------------------------------------- 5. Swahili (Tanzania): match report, scores strip, Open Graph only
PAGES.append(dict(
    case="sw-news-nation-soka", lang="sw", html_lang="sw-TZ", skin="nation", domain="www.habarileo-tz.example", site="Sauti ya Pwani", secpath="michezo",
    url="https://www.habarileo-tz.example/michezo/mbeya-warriors-yaichapa-pwani-stars-2-1-4710388",
    h1="Mbeya Warriors yaichapa Pwani Stars 2-1 Sokoine",
    kicker="Michezo", crumbs=["Michezo", "Soka"], authors=["Juma Mrisho"], byline_text="Na Juma Mrisho, Mbeya",
    byline_html='Na <a href="/waandishi/juma-mrisho">Juma Mrisho</a>, Mbeya', meta="og", meta_section="Michezo",
    pub="2026-03-07T19:55:00+03:00", date="Jumamosi, Machi 7, 2026 — 19:55", today="Jumamosi, Machi 7, 2026", nav=SW_NAV, widget=TZ_WIDGET,
    cookie="Tovuti hii inatumia vidakuzi (cookies) ili kuboresha huduma zetu. Ukiendelea, unakubali matumizi yake.",
    scores=["Mbeya Warriors 2-1 Pwani Stars (FT)", "⟪Dodoma City 0-0 Kagera United (FT)⟫", "Arusha FC 1-3 Zanzibar Heroes (FT)"], scores_h="Matokeo",
    ticker=["Taifa Stars kuivaa Ethiopia Jumamosi", "Bei ya mafuta kushuka Aprili"], langs="Kiswahili | English",
    side=[("Zilizosomwa zaidi", ["⟪Kocha mpya wa Taifa Stars atangaza kikosi⟫", "Msimamo wa Ligi Kuu baada ya mzunguko wa 20", "Bingwa wa mbio za Kilimanjaro apokelewa"]),
          ("Maoni", [("Makala", "Ligi yetu inahitaji viwanja bora"), ("Tahariri", "Waamuzi walindwe")])],
    tags=["Ligi Kuu", "Mbeya Warriors", "Pwani Stars"],
    related=["Msimamo wa Ligi Kuu baada ya mzunguko wa 21", "Zanzibar Heroes yaendeleza ubabe"],
    comments=[("Shabiki wa Mbeya", "saa 1 iliyopita", "⟪Mwakalinga ni mchezaji wa timu ya taifa, msimu huu ni wake.⟫")],
    footer="⟪© 2026 Sauti ya Pwani. Haki zote zimehifadhiwa.⟫", footer_nav=SW_FOOT,
    body="""⟦Bao la dakika za mwisho la mshambuliaji Elia Mwakalinga limeipa Mbeya Warriors ushindi wa mabao 2-1 dhidi ya Pwani Stars⟧ katika mchezo wa Ligi Kuu uliochezwa leo kwenye Uwanja wa Sokoine jijini Mbeya.

Wenyeji walianza kwa kasi na kupata bao la kwanza dakika ya 14 kupitia kiungo Hamisi Kapinga, aliyefunga kwa shuti la mbali baada ya kupokea pasi ya Mwakalinga.

Pwani Stars walirudi mchezoni kipindi cha pili. ⟦Dakika ya 58, beki Salum Kombo aliisawazishia timu yake kwa kichwa⟧ akiunganisha mpira wa kona uliopigwa na nahodha wao, Omari Faki.

[[READ|⟪Pwani Stars yamtimua kocha msaidizi⟫]]

Baada ya bao hilo, wageni walionekana kuridhika na sare na kurudi nyuma kulinda lango lao, jambo lililowapa Mbeya Warriors nafasi ya kushambulia mara kwa mara.

[[AD]]

Jitihada hizo zilizaa matunda dakika ya 88, pale Mwakalinga alipowazidi maarifa mabeki wawili na kuukwamisha mpira wavuni. ⟦Uwanja mzima ulilipuka kwa shangwe.⟧

Akizungumza baada ya mchezo, kocha wa Mbeya Warriors, Athuman Mgaya, aliwapongeza wachezaji wake kwa kutokata tamaa. "Tulijua tukiendelea kushambulia tutapata nafasi. Vijana wamecheza kwa moyo," alisema.

Takwimu za mchezo zinaonyesha kuwa Mbeya Warriors walipiga mashuti 15, saba kati yake yakilenga lango, huku Pwani Stars wakipiga mashuti sita pekee. Kipa wa wageni, Ally Mussa, aliokoa michomo mitatu ya wazi kipindi cha kwanza.

Mwamuzi Hassan Mwinyi alitoa kadi tatu za njano, mbili kwa wachezaji wa Pwani Stars, katika mchezo uliohudhuriwa na mashabiki zaidi ya elfu kumi.

Kocha wa Pwani Stars, Rashid Bakari, alilalamikia uchovu wa wachezaji wake baada ya safari ndefu kutoka Tanga. "Hatukuwa na nguvu dakika za mwisho," alisema.

⟦Ushindi huo unaipandisha Mbeya Warriors hadi nafasi ya nne kwenye msimamo ikiwa na pointi 38.⟧""",
    kind="news", why="football match report",
))

# ---------------------------------------------------------------- 6. Swahili (Kenya): Maoni column, OpinionNewsArticle, writer note
PAGES.append(dict(
    case="sw-opinion-nation-wachuuzi", lang="sw", html_lang="sw-KE", skin="nation", domain="www.taifaletu.example", site="Taifa Letu", secpath="maoni",
    url="https://www.taifaletu.example/maoni/kaunti-zisiwaumize-wachuuzi-kwa-ada-mpya-4915502",
    h1="Kaunti zisiwaumize wachuuzi kwa ada mpya",
    kicker="Maoni", crumbs=["Maoni"], authors=["Wanjiku Mwangi"], byline_text="Na Wanjiku Mwangi",
    byline_html='Na <a href="/waandishi/wanjiku-mwangi">Wanjiku Mwangi</a>', ld_authors=["Wanjiku Mwangi"], ld_type="OpinionNewsArticle", ld_section="Maoni",
    pub="2026-03-12T05:30:00+03:00", date="Alhamisi, Machi 12, 2026", today="Alhamisi, Machi 12, 2026",
    nav=["Habari", "Kaunti", "Siasa", "Biashara", "Michezo", "Maoni", "Tahariri", "Afya", "Dini", "Burudani"], widget=KE_WIDGET,
    cookie="Tovuti hii inatumia vidakuzi ili kuboresha huduma. Unaweza kubadilisha mipangilio wakati wowote.",
    ticker=["⟪Walimu watoa notisi ya mgomo⟫", "Harambee Stars kucheza na Gabon"], langs="Kiswahili | English",
    side=[("Zilizosomwa zaidi", ["⟪Matokeo ya KCSE: shule 100 bora zatajwa⟫", "Bei ya unga yashuka Nakuru", "Jinsi ya kujisajili kwa SHA"]),
          ("Maoni", [("Tahariri", "Mgomo wa walimu uzuiwe mapema"), ("Maoni", "Kiswahili kipewe nafasi bungeni")])],
    tags=["Wachuuzi", "Kaunti", "Ushuru"],
    related=["Wabunge wa kaunti wagawanyika kuhusu sheria ya fedha", "Kaunti ya Nairobi yatangaza bajeti mpya"],
    comments=[("Otieno", "jana", "⟪Umesema kweli, mama mboga hawezi kulipa shilingi 100 kila siku.⟫")],
    footer="⟪© 2026 Taifa Letu. Haki zote zimehifadhiwa.⟫", footer_nav=SW_FOOT,
    body="""⟦Ukipita soko la Wakulima jijini Nakuru alfajiri, utawaona akina mama wakipanga nyanya, sukuma wiki na vitunguu kwenye meza ndogo za mbao.⟧ Wengi wao wamefanya kazi hiyo kwa miaka ishirini. Wiki iliyopita, serikali ya kaunti ilitangaza kwamba kila mchuuzi atalipa ada ya kila siku ya Sh100, kutoka Sh30 za awali.

Kwa mtu anayepata faida ya Sh300 au Sh400 kwa siku, hili si ongezeko dogo. Ni robo ya mapato yake yote. ⟦Mimi naona uamuzi huu si wa haki, na haufai kuachwa upite kimya kimya.⟧

[[H|Huduma ziko wapi?]]

Maafisa wa kaunti wanasema fedha hizo zinahitajika kuboresha masoko. Lakini wachuuzi wanauliza swali rahisi: ada za miaka iliyopita zilifanya nini? Soko lenyewe halina vyoo vya kutosha, paa linavuja, na taka hukaa siku tatu kabla ya kuzolewa.

[[READ|⟪Wachuuzi waandamana Nakuru kupinga ada mpya⟫]]

⟦Kodi bila huduma ni unyang'anyi uliovaa suti.⟧ Kaunti zinapaswa kwanza kuonyesha matumizi ya fedha zinazokusanywa sasa, kisha kuwashirikisha wachuuzi kabla ya kupandisha ada.

[[AD]]

[[H|Njia bora zipo]]

Kaunti inaweza kuweka viwango tofauti kulingana na ukubwa wa biashara, badala ya kumtoza mama mboga sawa na mwenye duka kubwa. Inaweza pia kuruhusu malipo ya kila mwezi kupitia simu, jambo ambalo lingepunguza rushwa ya askari wa kaunti wanaokusanya pesa taslimu.

Ni muhimu pia kukumbuka kwamba wachuuzi hawa ndio wanaolisha miji yetu. Bei ya mboga sokoni ikipanda kwa sababu ya ada, atakayeumia mwisho ni mnunuzi wa kawaida, si afisa wa kaunti.

Wabunge wa kaunti wana nafasi ya kurekebisha sheria hii kabla haijaanza kutekelezwa mwezi ujao. ⟦Wasipofanya hivyo, watakuwa wamewasaliti wale waliowapigia kura.⟧

[[BIO|⟪Mwandishi ni mhadhiri wa uchumi katika Chuo Kikuu cha Egerton.⟫]]""",
    kind="opinion", why="Maoni column arguing against new county levies",
))

# ---------------------------------------------------------------- 7. Swahili (Tanzania): unsigned Tahariri, no date metadata
PAGES.append(dict(
    case="sw-opinion-nation-tahariri", lang="sw", html_lang="sw-TZ", skin="nation", domain="www.habarileo-tz.example", site="Sauti ya Pwani", secpath="maoni",
    url="https://www.habarileo-tz.example/maoni/tahariri/mifereji-iliyoziba-ni-bomu-linalosubiri-4710544",
    h1="Mifereji iliyoziba ni bomu linalosubiri",
    kicker="Tahariri", kicker_path="maoni/tahariri", crumbs=["Maoni", "Tahariri"], authors=None, byline_text="Tahariri",
    byline_html="Tahariri", meta="min",
    pub="2026-03-10T00:01:00+03:00", date="Jumanne, Machi 10, 2026", today="Jumanne, Machi 10, 2026", nav=SW_NAV, widget=TZ_WIDGET,
    cookie="Tovuti hii inatumia vidakuzi (cookies) ili kuboresha huduma zetu. Ukiendelea, unakubali matumizi yake.",
    ticker=["⟪Mvua za masika kuanza wiki ijayo, TMA yaonya⟫", "Bunge lapitisha muswada wa sheria ya ardhi"], langs="Kiswahili | English",
    side=[("Zilizosomwa zaidi", ["⟪Wafanyabiashara Kariakoo wafunga maduka kwa saa nne⟫", "Taifa Stars yaichapa Ethiopia", "Ajira mpya za walimu zatangazwa"]),
          ("Maoni", [("Makala", "Tufundishe watoto kuogelea"), ("Barua", "Daladala zetu na usalama wa abiria")])],
    tags=["Tahariri", "Mifereji", "Mafuriko"],
    related=["Mvua kubwa yasababisha mafuriko Jangwani", "Wakazi wa Mburahati walalamikia taka"],
    comments=[("Mzee Hamisi", "saa 5 zilizopita", "⟪Na sisi wananchi tuache kutupa taka kwenye mitaro.⟫")],
    footer="⟪© 2026 Sauti ya Pwani. Haki zote zimehifadhiwa.⟫", footer_nav=SW_FOOT,
    body="""⟦Mvua iliyonyesha wiki iliyopita jijini Dar es Salaam imetukumbusha tena jambo tunalolijua sote:⟧ mifereji yetu mingi imeziba, na kila mvua kubwa inageuza mitaa kuwa mito.

Tatizo hili si la mvua. Mvua imekuwepo tangu zamani. ⟦Tatizo ni mifereji iliyojaa taka, mchanga na mifuko ya plastiki⟧, pamoja na nyumba zilizojengwa juu ya njia za asili za maji bila kibali.

Halmashauri za jiji zimekuwa zikitenga fedha za kusafisha mifereji kila mwaka, lakini kazi hiyo mara nyingi hufanyika baada ya mafuriko, si kabla. Huu ni mpangilio wa kinyume. Usafishaji unapaswa kukamilika kabla ya msimu wa masika kuanza mwezi ujao.

[[READ|⟪Halmashauri yatenga Sh2 bilioni kwa mifereji⟫]]

[[AD]]

Sisi tunaamini kwamba halmashauri zinapaswa kuchapisha ratiba ya usafishaji wa mifereji kwa kila kata, ili wananchi waweze kufuatilia na kuwawajibisha viongozi wao. ⟦Uwazi huu hautagharimu chochote, lakini utaokoa mali na maisha.⟧

Tunafahamu kwamba fedha za halmashauri ni chache na mahitaji ni mengi. Lakini gharama ya kusafisha mfereji mmoja ni ndogo sana ukilinganisha na gharama ya kukarabati barabara iliyoharibiwa na maji, kulipa fidia kwa nyumba zilizobomoka au kutibu wagonjwa wa kipindupindu kinachofuata mafuriko. Kinga ni bora kuliko tiba.

Pia ni wakati wa kusimamia sheria za mipango miji. Nyumba zinazojengwa juu ya mikondo ya maji hazijengwi usiku mmoja; zinajengwa mbele ya macho ya maafisa wanaopaswa kuzuia ujenzi huo.

Wananchi nao wana wajibu. Kutupa taka kwenye mitaro ni kujichimbia kaburi. Viongozi wa mitaa washirikiane na vikundi vya vijana kusafisha mitaro ya maeneo yao, na sheria ndogo dhidi ya utupaji taka zisimamiwe bila upendeleo.

⟦Masika yanakuja, na muda wa kujiandaa ni sasa.⟧""",
    kind="opinion", why="unsigned editorial urging drain clearing",
))

# ---------------------------------------------------------------- 8. Somali: Mogadishu report, "Qoraa:", Open Graph + JSON-LD
PAGES.append(dict(
    case="so-news-nation-biyo", lang="so", html_lang="so", skin="nation", domain="www.xogtamaanta.example", site="Xogta Maanta", secpath="wararka",
    url="https://www.xogtamaanta.example/wararka/gobolka-gedo-oo-loo-diray-boorsooyin-biyo-ah-203344",
    h1="Gobolka Gedo oo loo diray 40 boorso oo biyo ah kadib abaarta",
    kicker="Wararka", crumbs=["Wararka", "Soomaaliya"], authors=["Faadumo Cali Xasan"], byline_text="Qoraa: Faadumo Cali Xasan",
    byline_html='Qoraa: <a href="/qoraa/faadumo-cali-xasan">Faadumo Cali Xasan</a>', ld_authors=["Faadumo Cali Xasan"], ld_type="NewsArticle",
    pub="2026-03-12T16:40:00+03:00", date="Khamiis, 12 Maarso 2026 — 4:40 galabnimo", today="Khamiis, 12 Maarso 2026",
    nav=["Wararka", "Siyaasadda", "Dhaqaalaha", "Caalamka", "Ciyaaraha", "Aragti", "Maqaallo", "Caafimaadka", "Muuqaal"],
    widget="<b>Sarifka:</b> $1 = 26,800 Sh.So · $1 = 128.90 KES · $1 = 112.30 ETB",
    cookie="Boggan wuxuu isticmaalaa cookies si uu adeegga u wanaajiyo. Haddii aad sii wado, waad ogolaatay.",
    ticker=["⟪Golaha Shacabka oo ansixiyay miisaaniyadda cusub⟫", "Xulka kubadda cagta oo u ambabaxay Jabuuti"], langs="Af-Soomaali | English",
    side=[("Ugu akhriska badan", ["⟪Qiimaha bariiska oo hoos u dhacay suuqa Bakaaraha⟫", "Arday kasoo qalin jabisay jaamacadaha", "Roobab lagu wado gobollada koonfureed"]),
          ("Aragti", [("Aragti", "Abaaraha iyo mustaqbalka xoolo-dhaqatada"), ("Maqaal", "Waxbarashada gabdhaha miyiga")])],
    tags=["Gedo", "Abaar", "Biyo"],
    related=["Beeraleyda Shabeelaha oo ka cabanaya qiimaha bacriminta", "Hay’adaha samafalka oo ka digay macluul"],
    comments=[("Cabdi", "2 saac kahor", "⟪Allaha u gargaaro dadka reer Gedo, waqtigan waa adag yahay.⟫")],
    footer="⟪© 2026 Xogta Maanta. Xuquuqda oo dhan way xifdisan tahay.⟫", footer_nav=["Nagu saabsan", "Nala soo xiriir", "Xayeysiis"],
    body="""<strong>Muqdisho (Xogta Maanta) –</strong> ⟦Dowladda Federaalka Soomaaliya ayaa maanta u dirtay gobolka Gedo afartan boorso oo biyo ah⟧ si loo caawiyo bulshada ay saameysay abaarta ka jirta deegaanka.

Wasiirka Arrimaha Bani'aadamnimada iyo Maareynta Musiibooyinka ayaa sheegay in boorsooyinkan la geyn doono degmooyinka Baardheere, Luuq iyo Garbahaarreey, halkaas oo ceelal badan ay gabi ahaanba engegeen.

"⟦Dadka deegaanka waxay hadda socdaan masaafo dheer si ay u helaan biyo⟧, xoolahooduna way daciifeen. Waxaan dooneynaa inaan nolosha badbaadinno inta roobabku ka di'i doonaan," ayuu yiri wasiirka oo la hadlay warbaahinta.

[[READ|⟪Xoolo badan oo ku le’day abaarta Bakool⟫]]

[[AD]]

Odayaasha deegaanka Luuq ayaa sheegay in qiimaha haanta biyaha ay ka kacday saddex doolar ilaa toban doolar muddadii labada bilood ahayd. ⟦Qoysas badan ayaa ka soo barakacay tuulooyinka ku teedsan webiga Jubba.⟧

Hay'adaha samafalka ee ka shaqeeya gobolka ayaa ku baaqay in gurmadka la xoojiyo, iyagoo sheegay in dadka u baahan gargaarka degdegga ah ay gaarayaan in ka badan 200,000 oo qof.

Guddoomiyaha degmada Baardheere ayaa sheegay in maamulkiisu uu diyaariyay goobo lagu qaybinayo biyaha, lagana ilaalin doono in si siman loo helo. Wuxuu intaas ku daray in dadka waayeelka ah iyo hooyooyinka carruurta yar leh la siin doono mudnaan.

Sidoo kale, wasaaradda caafimaadka ayaa sheegtay inay kooxo caafimaad u dirtay deegaannada, si looga hortago cudurrada ka dhasha biyaha wasakhda ah sida shubanka iyo daacuunka.

Hay'adda saadaasha cimilada ayaa sheegtay in roobabka Gu'ga ay bilaaban karaan dabayaaqada bisha Abriil. ⟦Ilaa inta ka horreysa, waxaa loo baahan yahay in biyaha si joogto ah loo gaarsiiyo dadka.⟧""",
    kind="news", why="report on government water deliveries",
))

smart(PAGES)
