"""Nigeria (naija skin): agency copy from NAN with an "ABUJA — " dateline and "(NAN)" at the end, a court report
"From … , Ibadan" that is page 1 of 2 with page 2 on the same page, a columnist with an author box and a disclaimer,
a relocation listicle with no date metadata; the Hausa service (a vaccination report "Daga …", a Ra'ayi column) and
the Yoruba service (a storm report)."""
from parts import smart

PAGES = []

NG_NAV = ["News", "Politics", "Metro", "Business", "Sports", "Entertainment", "Opinion", "Columnists", "Editorial", "Education",
          "Health", "Hausa", "Yorùbá", "Video"]
NG_SUB = ["Lagos", "Abuja", "North-West", "South-East", "South-South", "Africa", "World"]
NG_WIDGET = ("<b>NAIRA:</b> $1 = ₦1,412.50 · £1 = ₦1,791.20 · €1 = ₦1,530.15 <span class=\"sep\">|</span> "
             "<b>PETROL:</b> ₦1,050/L (Lagos) · ₦1,082/L (Abuja) <span class=\"sep\">|</span> <b>NGX ASI:</b> 104,512.30 ▲0.42%")
NG_COOKIE = "We use cookies to give you the best experience on our website. By continuing, you agree to our use of cookies."
NG_FOOT = ["About Us", "Contact", "Advertise", "Privacy Policy", "Terms of Use", "Careers"]
NG_SPON = ["Nigerians Are Rushing To Get This New Solar Generator@SunPower Deals", "Doctors Stunned: Simple Trick Eases Knee Pain@HealthTips Daily",
           "Abuja: New Homes From ₦15m With 5-Year Payment Plan@Greenfield Estates"]

# ---------------------------------------------------------------- 1. NAN agency copy: "By Agency Reporter", ABUJA dateline, (NAN) at the end
PAGES.append(dict(
    case="en-news-naija-fertiliser", lang="en", html_lang="en-NG", skin="naija", domain="www.dailyherald-ng.example", site="Daily Herald Nigeria", secpath="news",
    url="https://www.dailyherald-ng.example/news/fg-begins-distribution-of-subsidised-fertiliser-to-1-2m-farmers/",
    h1="FG begins distribution of subsidised fertiliser to 1.2m farmers",
    kicker="News", authors=None, byline_text="By Agency Reporter",
    byline_html='By <a href="/author/agency-reporter/">Agency Reporter</a>', ld_authors=["org:News Agency of Nigeria"], ld_type="NewsArticle", ld_section="News",
    pub="2026-03-05T10:32:00+01:00", date="March 5, 2026 | 10:32 am", ago="2 hours ago", today="Thursday, March 5, 2026",
    nav=NG_NAV, subnav=NG_SUB, widget=NG_WIDGET, cookie=NG_COOKIE,
    ticker=["⟪Senate confirms two new INEC commissioners⟫", "Super Eagles arrive Uyo for AFCON qualifier", "NNPC: fuel queues to ease by weekend"], w={"breaking": "BREAKING NEWS"},
    caption="⟪Bags of fertiliser at a distribution centre in Kaduna. Photo: File⟫",
    side=[("Trending", ["⟪Lagos announces new BRT fares from Monday⟫", "JAMB releases 2026 UTME registration guidelines", "Tinubu swears in new ministers"]),
          ("Columnists", [("Columnist", "Our generators are eating us alive"), ("Editorial", "The rice import question"), ("Opinion", "Why the census cannot wait")])],
    tags=["Agriculture", "Fertiliser", "Farmers", "FMAFS"],
    spon=NG_SPON,
    related=["Rice farmers in Kebbi count losses after pest attack", "CBN unveils new credit window for smallholder farmers"],
    related_h="You May Also Like",
    comments=[("Ibrahim K.", "2 hours ago", "⟪Let them distribute it to real farmers this time, not politicians.⟫"),
              ("Chioma A.", "1 hour ago", "Na only 1.2 million? We are more than that in Benue alone.")], comment_count=14,
    footer="⟪© 2026 Daily Herald Nigeria. All Rights Reserved.⟫", footer_nav=NG_FOOT,
    body="""<strong>ABUJA — </strong>⟦The Federal Government has begun the distribution of subsidised fertiliser to 1.2 million smallholder farmers ahead of the 2026 wet season.⟧ The Minister of Agriculture and Food Security, Dr Yakubu Manzo, disclosed this on Thursday in Abuja at the flag-off of the programme.

Manzo said each registered farmer would receive two 50kg bags of NPK fertiliser and one bag of urea at half the market price, while farmers in communities affected by last year's floods would get the inputs free of charge.

According to him, the programme covers all the 36 states and the Federal Capital Territory, with priority given to farmers who grow rice, maize, sorghum and cassava.

[[READ|⟪Dry season farming: Kano farmers count losses as tomato prices crash⟫]]

"⟦This is not a political programme. It is a food security programme.⟧ We have put in place a verification process to make sure that the fertiliser gets to genuine farmers and not to middlemen who will resell it in the open market," he said.

The minister explained that farmers would be verified through their National Identification Numbers and the farmer registry built by the ministry last year, adding that payment would be made only through bank transfers at designated centres.

[[AD]]

He warned that any official caught diverting the product would be handed over to security agencies for prosecution.

⟦The President of the All Farmers Association of Nigeria, Alhaji Musa Danbaba, commended the government for starting the distribution early.⟧ He, however, urged the ministry to extend the scheme to farmers who were yet to register because of poor network coverage in rural areas.

[[WA|Join our WhatsApp channel for the latest news and updates]]

Danbaba said that in previous years, fertiliser arrived in many communities after planting had begun, which reduced yields and forced farmers to buy at higher prices.

Also speaking, the Director of Farm Inputs Support Services in the ministry, Mrs Halima Olatunji, said 420 distribution centres had been set up across the country.

⟦She said the first phase of the distribution would end on April 30. (NAN)⟧""",
    kind="news", why="agency report on a government fertiliser programme",
))

# ---------------------------------------------------------------- 2. court report "From … , Ibadan", page 1 of 2 on the same page, OG only
PAGES.append(dict(
    case="en-news-naija-court", lang="en", html_lang="en-NG", skin="naija", domain="www.thesentinel-ng.example", site="The Sentinel", secpath="metro",
    url="https://www.thesentinel-ng.example/metro/court-remands-ex-council-boss-over-n480m-market-fund/",
    h1="Court remands ex-council boss over N480m market fund",
    kicker="Metro", authors=["Segun Adebayo"], byline_text="From Segun Adebayo, Ibadan",
    byline_html='From <a href="/author/segun-adebayo/">Segun Adebayo</a>, Ibadan', meta="og", meta_section="Metro",
    pub="2026-03-06T17:45:00+01:00", date="6th March 2026", ago="5 hours ago", today="Friday, March 6, 2026",
    nav=NG_NAV, subnav=NG_SUB, widget=NG_WIDGET, cookie=NG_COOKIE,
    ticker=["Ogun: police rescue 12 kidnapped travellers", "⟪ASUU begins two-week warning strike Monday⟫"], w={"breaking": "BREAKING NEWS"},
    side=[("Most Read", ["⟪Man, 34, bags life imprisonment for killing neighbour in Akure⟫", "Oyo: traders protest relocation of Bodija market", "Ekiti to recruit 2,000 teachers"]),
          ("Opinion", [("Editorial", "Local governments and the missing billions"), ("Columnist", "Ibadan deserves a metro line")])],
    tags=["Oyo State", "Court", "EFCC", "Ibadan"],
    related=["Ex-LG chairman's trial: witness tells court how cash was withdrawn", "Oyo Assembly summons council chairmen over audit"], related_h="You May Also Like",
    comments=[("Femi O.", "4 hours ago", "⟪This is how it should be, let the law take its course.⟫")], comment_count=9,
    footer="⟪© The Sentinel Newspapers Ltd. All rights reserved.⟫", footer_nav=NG_FOOT,
    body="""⟦An Oyo State High Court sitting in Ibadan on Friday ordered that a former chairman of Ibadan South-West Local Government, Mr Kolawole Adeyemo-Bello, be remanded in a correctional facility pending the hearing of his bail application.⟧

Adeyemo-Bello is standing trial on a 12-count charge bordering on conspiracy, abuse of office and diversion of N480 million meant for the reconstruction of the Oja'ba market.

The Economic and Financial Crimes Commission (EFCC), which filed the charges, alleged that the money was transferred between January 2022 and July 2023 to the accounts of three companies linked to the defendant and his relatives.

[[READ|⟪Oyo govt begins audit of 33 councils⟫]]

⟦The defendant pleaded not guilty to all the counts when they were read to him.⟧ His counsel, Mr Adewale Folorunsho (SAN), immediately moved an oral application for bail, arguing that his client had honoured every invitation by the commission and would not jump bail.

[[PAGE|<span class="page-count">Page 1 of 2</span> <a class="next-page" href="?page=2">Next page »</a>]]

But the prosecuting counsel, Mrs Ngozi Ibekwe, opposed the application. She told the court that the commission had filed a formal counter-affidavit and needed time to serve it on the defence.

"My Lord, ⟦the defendant was arrested at the airport on his way out of the country⟧, and we are apprehensive that he may not make himself available for trial," Ibekwe said.

In a short ruling, Justice Olufunke Akinlade held that the bail application should be made formally and served on the prosecution.

[[WA|Join our WhatsApp Channel: Get breaking news on your phone]]

The judge ordered the EFCC to keep the defendant in the custody of the Nigerian Correctional Service, Agodi, and fixed March 12 for hearing of the bail application.

⟦The trial was adjourned to April 21 for the prosecution to open its case.⟧""",
    kind="news", why="court report on a remand order",
))

# ---------------------------------------------------------------- 3. columnist: Columnists kicker, role, author box with bio, disclaimer
PAGES.append(dict(
    case="en-opinion-naija-column", lang="en", html_lang="en-NG", skin="naija", domain="www.dailyherald-ng.example", site="Daily Herald Nigeria", secpath="columnists",
    url="https://www.dailyherald-ng.example/columnists/our-generators-are-eating-us-alive/",
    h1="Our generators are eating us alive",
    kicker="Columnists", authors=["Adaeze Nwosu"], byline_text="By Adaeze Nwosu", role="Columnist",
    byline_html='By <a href="/author/adaeze-nwosu/">Adaeze Nwosu</a>', ld_authors=["Adaeze Nwosu"], ld_type="OpinionNewsArticle", ld_section="Columnists",
    pub="2026-03-09T06:00:00+01:00", date="March 9, 2026 | 6:00 am", ago="1 day ago", today="Tuesday, March 10, 2026",
    nav=NG_NAV, subnav=NG_SUB, widget=NG_WIDGET, cookie=NG_COOKIE,
    ticker=["⟪DisCos reject new tariff order, head to court⟫", "Lagos: 3 die as building collapses in Ebute Metta"], w={"breaking": "BREAKING NEWS"},
    box=("Adaeze Nwosu", "⟪Adaeze Nwosu is a public affairs analyst based in Lagos.⟫ She writes every Monday."),
    after=[("disclaimer", "⟪Disclaimer: The views expressed in this article are the writer’s⟫ and do not necessarily reflect the editorial position of Daily Herald Nigeria.")],
    side=[("Trending", ["⟪How to check your meter balance with a USSD code⟫", "Davido, Wizkid in surprise collaboration", "How to link your NIN to your bank account"]),
          ("Columnists", [("Columnist", "Ibadan deserves a metro line"), ("Editorial", "The rice import question")])],
    tags=["Electricity", "Generators", "Power sector"], spon=NG_SPON,
    related=["When the grid fails, who pays?", "Solar: the middle class finds a way out"], related_h="More from Columnists",
    comments=[("Tunde A.", "22 hours ago", "Madam, you have spoken for all of us in Surulere."), ("Emeka", "20 hours ago", "Solar is not cheap either o.")], comment_count=57,
    footer="⟪© 2026 Daily Herald Nigeria. All Rights Reserved.⟫", footer_nav=NG_FOOT,
    body="""⟦Every evening at about seven, my street in Surulere begins to roar.⟧ One generator starts, then another, then the big one belonging to the pharmacy at the corner, and within ten minutes the whole road is shaking with noise and smelling of petrol. Nobody complains anymore. It is simply the sound of Nigerian life.

But we should complain. We should complain loudly, because the generator has quietly become the most expensive thing many families own, and we have accepted it as if it were the weather.

[[H|The hidden tax]]

Do the arithmetic. A small household generator in Lagos now burns at least ₦6,000 worth of petrol on a normal night. Multiply that by thirty and you have a bill that is higher than the monthly rent of many of the people who pay it. ⟦For millions of families, the generator is a tax that no legislature ever voted for.⟧

And that is before we count the other costs: the fumes that kill whole families every year in their sleep, the noise that leaves our children unable to read, the small businesses that close because diesel ate their profit.

[[READ|⟪Band A customers to pay more from April, says NERC⟫]]

[[AD]]

[[H|What government must do]]

I am not naive about the power sector. Its problems are old and deep. But government can do three things now. It can make the import of solar panels and batteries truly duty-free, and police the ports so that the waiver is not stolen. It can compel the distribution companies to publish, street by street, how many hours of supply each feeder actually receives. ⟦And it can stop treating metering as a favour rather than a right.⟧

None of this requires a new agency or a summit in Abuja. It requires the will to put ordinary consumers first for once.

Until then, the roar on my street will continue every evening. ⟦We should stop calling it normal.⟧""",
    kind="opinion", why="column arguing for power-sector reforms",
))

# ---------------------------------------------------------------- 4. listicle, "By Chinedu Okafor, Abuja", no date metadata ("5th March 2026")
PAGES.append(dict(
    case="en-other-naija-abuja", lang="en", html_lang="en-NG", skin="naija", domain="www.thesentinel-ng.example", site="The Sentinel", secpath="lifestyle",
    url="https://www.thesentinel-ng.example/lifestyle/10-things-to-know-before-you-relocate-to-abuja/",
    h1="10 things to know before you relocate to Abuja",
    kicker="Lifestyle", authors=["Chinedu Okafor"], byline_text="By Chinedu Okafor, Abuja",
    byline_html='By <a href="/author/chinedu-okafor/">Chinedu Okafor</a>, Abuja', meta="min",
    pub="2026-03-05T14:20:00+01:00", date="5th March 2026", ago="3 days ago", today="Sunday, March 8, 2026",
    nav=NG_NAV, subnav=NG_SUB, widget=NG_WIDGET, cookie=NG_COOKIE,
    ticker=["⟪FCTA demolishes 40 illegal structures in Lugbe⟫", "Kano: fire guts 30 shops at Kwari market"], w={"breaking": "BREAKING NEWS"},
    caption="⟪A view of the Abuja city centre at dusk.⟫",
    side=[("Most Read", ["⟪Abuja landlords now demand two years’ rent, tenants lament⟫", "Where to eat suya in Wuse 2", "Lagos vs Abuja: which is cheaper?"]),
          ("Opinion", [("Columnist", "Abuja is not Nigeria, and that is the problem"), ("Editorial", "Housing: the FCT needs a plan")])],
    tags=["Abuja", "Relocation", "Lifestyle", "Housing"], spon=NG_SPON,
    related=["FCT minister orders review of estate levies", "Best weekend getaways near Abuja"], related_h="You May Also Like",
    comments=[("Zainab", "2 days ago", "⟪Number 6 is the truth, I learnt it the hard way in Gwarinpa.⟫")], comment_count=31,
    footer="⟪© The Sentinel Newspapers Ltd. All rights reserved.⟫", footer_nav=NG_FOOT,
    body="""⟦Abuja has a way of charming first-time visitors with its wide roads, green hills and relative calm.⟧ But living in the Federal Capital Territory is a different matter from visiting it. If you are planning a move, here is what residents say you should know.

[[H|1. Rent is paid yearly, sometimes for two years]]

⟦Most landlords in the city centre demand at least one year's rent upfront.⟧ Add agency and legal fees, usually 10 per cent each, and a caution deposit.

[[H|2. The city centre is not where most people live]]

Wuse, Maitama and Asokoro are expensive. ⟦Many workers live in satellite towns such as Kubwa, Lugbe, Nyanya or Karu and commute daily.⟧

[[H|3. Traffic has arrived]]

The old joke that Abuja has no traffic is dead. The Kubwa expressway and the Nyanya corridor are jammed every weekday morning.

[[READ|⟪Abuja-Kaduna train resumes full service⟫]]

[[H|4. Taxis are green, and the apps are everywhere]]

Ride-hailing apps work well in most districts, but agree on routes before you enter an unregistered cab.

[[H|5. Power is better, but not perfect]]

Some estates enjoy close to twenty hours of electricity, others far less. Ask neighbours before you sign.

[[H|6. Check the land documents]]

Demolitions of structures without approval are frequent. ⟦Confirm the building's approval with the development control department before you pay a kobo.⟧

[[AD]]

[[H|7. Markets are cheaper than supermarkets]]

Wuse Market, Garki Market and the Utako market offer better prices for foodstuff than the big stores.

[[H|8. Weekends are quiet]]

Many civil servants travel home on Fridays, so the city slows down on weekends.

[[H|9. The harmattan is serious]]

Between December and February, dust and dry air arrive. Keep lip balm and a humidifier.

[[H|10. Make friends early]]

⟦In a city where almost everyone came from somewhere else, your neighbours may become your family.⟧""",
    kind="other", why="relocation listicle with ten tips",
))

HA_NAV = ["Labarai", "Siyasa", "Tattalin Arziki", "Wasanni", "Lafiya", "Ilimi", "Ra'ayi", "Sharhi", "Nishaɗi", "Bidiyo", "English"]
HA_FOOT = ["Game da mu", "Tuntuɓe mu", "Talla", "Sirri"]

# ---------------------------------------------------------------- 5. Hausa news: "Daga …", Karanta kuma, WhatsApp prompt, OG only
PAGES.append(dict(
    case="ha-news-naija-rigakafi", lang="ha", html_lang="ha-NG", skin="naija", domain="hausa.dailyherald-ng.example", site="Daily Herald Hausa", secpath="labarai",
    url="https://hausa.dailyherald-ng.example/labarai/an-fara-rigakafin-shan-inna-a-jihar-kano/",
    h1="An fara rigakafin shan inna ga yara miliyan 3 a Jihar Kano",
    kicker="Lafiya", authors=["Aminu Garba"], byline_text="Daga Aminu Garba, Kano",
    byline_html='Daga <a href="/author/aminu-garba/">Aminu Garba</a>, Kano', meta="og", meta_section="Lafiya",
    pub="2026-03-05T15:10:00+01:00", date="Alhamis, 5 ga Maris, 2026 | 3:10 na rana", ago="awa 3 da suka wuce", today="Alhamis, 5 ga Maris, 2026",
    nav=HA_NAV, widget="<b>NAIRA:</b> $1 = ₦1,412.50 · £1 = ₦1,791.20 <span class=\"sep\">|</span> <b>MAI:</b> ₦1,060/lita (Kano)",
    cookie="Muna amfani da kukis domin inganta shafinmu. Idan ka ci gaba, ka amince da hakan.",
    ticker=["⟪Majalisar Dattawa ta amince da kasafin kuɗin 2026⟫", "Super Eagles sun isa Uyo"],
    side=[("Waɗanda aka fi karantawa", ["⟪Farashin shinkafa ya sauka a kasuwannin Kano⟫", "Gwamnati ta ɗauki malamai 3,000 aiki", "Yadda za ka haɗa NIN da layin wayarka"]),
          ("Ra’ayi", [("Ra’ayi", "Koyar da yara da harshen uwa shi ne mafita"), ("Sharhi", "Matsalar ruwan sha a birane")])],
    tags=["Lafiya", "Rigakafi", "Kano", "Shan inna"],
    related=["Asibitoci sun karɓi sabbin motocin ɗaukar marasa lafiya", "UNICEF ta tallafa wa asibitoci 40 a Arewa"], related_h="Labarai masu alaƙa",
    comments=[("Musa Ɗan Kano", "awa 2 da suka wuce", "⟪Allah ya sa a dace, mu ma a unguwarmu sun zo jiya.⟫")], comment_count=6,
    footer="⟪© 2026 Daily Herald Hausa. Dukkan haƙƙoƙi sun tabbata.⟫", footer_nav=HA_FOOT,
    body="""⟦Gwamnatin Jihar Kano ta fara gangamin allurar rigakafin cutar shan inna ga yara fiye da miliyan uku a faɗin jihar.⟧ Za a shafe kwanaki biyar ana gudanar da aikin a dukkan ƙananan hukumomi 44 na jihar.

Kwamishinan Lafiya na jihar, Dakta Abubakar Sule Yakasai, ne ya ƙaddamar da gangamin a ranar Alhamis a asibitin Murtala da ke birnin Kano. Ya ce za a bai wa duk yaran da ba su kai shekara biyar ba maganin ta baki, ko da an taɓa ba su a baya.

"⟦Babu wani yaro da ya kamata a bari a baya.⟧ Muna roƙon iyaye su buɗe ƙofofinsu ga ma'aikatan lafiya idan sun zo gidajensu," in ji kwamishinan.

[[READ|⟪Cutar kyanda ta ɓulla a ƙananan hukumomi uku⟫]]

Ya ƙara da cewa ma'aikatan lafiya fiye da dubu goma sha biyu ne za su bi gida-gida, kasuwanni, makarantu da tashoshin mota domin tabbatar da cewa an kai ga kowane yaro.

[[AD]]

⟦Shugaban Majalisar Sarakunan Kano, wanda ya samu wakilcin Hakimin Dala, ya yi kira ga limamai su yi wa jama'a bayani a masallatai.⟧ Ya ce sarakunan gargajiya za su ci gaba da bai wa shirin goyon baya kamar yadda suka yi a shekarun baya.

[[WA|Ku biyo mu a tasharmu ta WhatsApp domin samun labarai nan take]]

Wata uwa mai suna Hajiya Hauwa Ibrahim, wadda ta kawo 'ya'yanta biyu asibitin, ta ce ta gamsu da yadda aka tsara aikin. "A da muna jin tsoro, amma yanzu mun fahimci amfanin rigakafin," in ji ta.

Hukumomin lafiya sun ce Najeriya ta daɗe ba a samu sabon ɓullar cutar shan inna ta asali ba, amma akwai buƙatar a ci gaba da rigakafi domin kare yara daga nau'in cutar da ke yaɗuwa.

⟦Za a kammala gangamin a ranar Litinin mai zuwa.⟧""",
    kind="news", why="report on a state vaccination campaign",
))

# ---------------------------------------------------------------- 6. Hausa Ra'ayi column: kicker, OpinionNewsArticle, writer note
PAGES.append(dict(
    case="ha-opinion-naija-harshe", lang="ha", html_lang="ha-NG", skin="naija", domain="hausa.dailyherald-ng.example", site="Daily Herald Hausa", secpath="raayi",
    url="https://hausa.dailyherald-ng.example/raayi/koyar-da-yara-da-harshen-uwa-shi-ne-mafita/",
    h1="Koyar da yara da harshen uwa shi ne mafita",
    kicker="Ra'ayi", kicker_path="raayi", authors=["Rabi Sani Ɗanbatta"], byline_text="Daga Rabi Sani Ɗanbatta",
    byline_html='Daga <a href="/author/rabi-sani-danbatta/">Rabi Sani Ɗanbatta</a>', ld_authors=["Rabi Sani Ɗanbatta"], ld_type="OpinionNewsArticle", ld_section="Ra'ayi",
    pub="2026-03-07T08:00:00+01:00", date="Asabar, 7 ga Maris, 2026 | 8:00 na safe", today="Asabar, 7 ga Maris, 2026",
    nav=HA_NAV, cookie="Muna amfani da kukis domin inganta shafinmu. Idan ka ci gaba, ka amince da hakan.",
    ticker=["⟪An sako ɗalibai 20 da aka sace a Zamfara⟫", "NNPC ta rage farashin mai"],
    side=[("Waɗanda aka fi karantawa", ["⟪Yadda ake noman rani a Jigawa ba tare da taki ba⟫", "Kano Pillars ta doke Enyimba", "Farashin taki ya ƙaru a Kaduna"]),
          ("Ra’ayi", [("Sharhi", "Matsalar ruwan sha a birane"), ("Ra’ayi", "Me ya sa matasa ke barin karkara?")])],
    tags=["Ilimi", "Harshen Hausa", "Makarantu"],
    related=["Gwamnati ta ɗauki malamai 3,000 aiki", "Ɗalibai na zana jarrabawar WAEC ba tare da littattafai ba"], related_h="Labarai masu alaƙa",
    comments=[("Malam Sani", "jiya", "⟪Gaskiya kin faɗi, ’ya’yanmu ba sa fahimtar abin da ake koya musu.⟫")], comment_count=23,
    footer="⟪© 2026 Daily Herald Hausa. Dukkan haƙƙoƙi sun tabbata.⟫", footer_nav=HA_FOOT,
    body="""⟦Duk wanda ya ziyarci makarantar firamare a ƙauyukanmu zai ga wani abin takaici.⟧ Malami yana tsaye a gaban aji yana magana da Turanci, yara kuma suna kallonsa kamar yana magana da wani harshe daga duniyar wata. Sai su haddace kalmomi ba tare da sun fahimci ma'anarsu ba.

A ganina, wannan shi ne ɗaya daga cikin manyan dalilan da suka sa ilimin firamare a Arewa ya ci baya. ⟦Ba za ka koya wa yaro lissafi da kimiyya a harshen da bai iya ba, ka sa ran zai fahimta.⟧

[[H|Abin da bincike ya nuna]]

Masana ilimi sun daɗe suna cewa yaro yana koyo da sauri idan aka fara koya masa karatu da rubutu a harshen da yake magana da shi a gida. Manufar ilimi ta ƙasa ma ta amince da wannan, inda ta ce a shekaru uku na farko a yi amfani da harshen uwa ko harshen al'umma. Amma a aikace, kaɗan ne daga cikin makarantunmu ke bin wannan tsari.

[[READ|⟪Sabon tsarin jarrabawar NECO⟫]]

Wasu iyaye suna ganin idan aka koya wa ɗansu da Hausa, to ba zai iya Turanci ba. Wannan kuskure ne. ⟦Yaron da ya iya karatu sosai a harshensa zai fi sauƙin koyon Turanci daga baya.⟧

[[AD]]

[[H|Me ya kamata a yi?]]

Ina kira ga gwamnatocin jihohi su buga littattafai masu kyau cikin Hausa da sauran harsunanmu, su kuma horar da malamai yadda za su koyar da su. Haka kuma ya kamata hukumomin ilimi su riƙa auna ci gaban yara a karatu tun daga aji ɗaya.

Wannan ba batun son harshe ba ne kawai, batu ne na makomar yaranmu. ⟦Idan muka ci gaba da yin abin da muke yi, za mu ci gaba da samun sakamakon da muke samu.⟧

[[BIO|⟪Rabi Sani Ɗanbatta malama ce a Kwalejin Ilimi ta Tarayya da ke Kano.⟫]]""",
    kind="opinion", why="Ra'ayi column arguing for mother-tongue teaching",
))

# ---------------------------------------------------------------- 7. Yoruba news: storm in Ogbomoso, "Láti ọwọ́ …", Ẹ tún ka
PAGES.append(dict(
    case="yo-news-naija-iji", lang="yo", html_lang="yo-NG", skin="naija", domain="yoruba.thesentinel-ng.example", site="The Sentinel Yorùbá", secpath="iroyin",
    url="https://yoruba.thesentinel-ng.example/iroyin/iji-lile-ba-ile-ogoji-je-ni-ogbomoso/",
    h1="Ìjì líle ba ilé ogójì jẹ́ ní Ògbómọ̀ṣọ́",
    kicker="Ìròyìn", authors=["Adéwálé Ọládipúpọ̀"], byline_text="Láti ọwọ́ Adéwálé Ọládipúpọ̀",
    byline_html='Láti ọwọ́ <a href="/author/adewale-oladipupo/">Adéwálé Ọládipúpọ̀</a>', ld_authors=["Adéwálé Ọládipúpọ̀"], ld_type="NewsArticle",
    pub="2026-03-11T19:05:00+01:00", date="Ọjọ́rú, 11 Oṣù Kẹta, 2026", ago="wákàtí mẹ́rin sẹ́yìn", today="Ọjọ́rú, 11 Oṣù Kẹta, 2026",
    nav=["Ìròyìn", "Òṣèlú", "Ọrọ̀ Ajé", "Eré Ìdárayá", "Ìlera", "Àṣà", "Èrò", "Fídíò", "English"],
    cookie="A máa ń lo kúkì láti mú kí ojú-òpó wa dára sí i. Tí o bá tẹ̀síwájú, o gbà bẹ́ẹ̀.",
    ticker=["⟪Ìjọba Èkó kéde owó ọkọ̀ BRT tuntun⟫", "Super Eagles dé sí Uyo"],
    side=[("Èyí tí wọ́n kà jù", ["⟪Àwọn àgbẹ̀ kọ̀ láti ta kòkó ní owó kékeré⟫", "Ọba tuntun gorí ìtẹ́ ní Ìlá-Ọràngún", "Bí o ṣe lè forúkọ sílẹ̀ fún JAMB"]),
          ("Èrò", [("Èrò", "Ẹ jẹ́ ká kọ́ àwọn ọmọ wa ní èdè Yorùbá"), ("Olóòtú", "Ọ̀rọ̀ iná mànàmáná kò tíì tán")])],
    tags=["Ògbómọ̀ṣọ́", "Ìjì", "Ọ̀yọ́"],
    related=["Òjò àrọ̀ọ̀rọ̀dá ba oko jẹ́ ní Ìsẹ́yìn", "Àwọn ọmọ ilé-ìwé padà sí kíláàsì lẹ́yìn ìyanṣẹ́lódì"], related_h="Ìròyìn tó jọmọ́",
    comments=[("Bọ́lá Àjàyí", "wákàtí méjì sẹ́yìn", "⟪Ọlọ́run á dáàbò bò wá, ẹ̀yin ará Ògbómọ̀ṣọ́ ẹ pẹ̀lẹ́ o.⟫")], comment_count=4,
    footer="⟪© 2026 The Sentinel Yorùbá. Gbogbo ẹ̀tọ́ wà ní ìpamọ́.⟫", footer_nav=["Nípa wa", "Kàn sí wa", "Ìpolówó"],
    body="""⟦Ìjì líle tó jà ní ìlú Ògbómọ̀ṣọ́ lálẹ́ ọjọ́ Ìṣẹ́gun ti ba ilé tó lé ní ogójì jẹ́.⟧ Òjò náà bẹ̀rẹ̀ ní nǹkan bí aago mẹ́jọ alẹ́, ó sì fẹ́rẹ̀ẹ́ tó wákàtí méjì kí ó tó dáwọ́ dúró.

Àwọn olùgbé àdúgbò Isalẹ̀ Ọ̀ya àti Owódé ní afẹ́fẹ́ náà ká òrùlé ọ̀pọ̀ ilé lọ, ó sì wó igi ńlá lulẹ̀ sí ojú ọ̀nà. ⟦Wọ́n ní kò sí ẹni tó kú, ṣùgbọ́n ènìyàn mẹ́fà farapa.⟧

Ọ̀gbẹ́ni Ganiyu Adéoyè, ọ̀kan lára àwọn tí ìjì náà kàn, sọ fún akọ̀ròyìn wa pé òun àti ìdílé òun sá lọ sí ilé aládùúgbò nígbà tí òrùlé bẹ̀rẹ̀ sí ní já. "Gbogbo ohun tí mo ní ló wà nínú ilé yẹn. Ọlọ́run nìkan ló gbà wá," ó ní.

[[READ|⟪Ìjọba Ọ̀yọ́ ṣèlérí ìrànlọ́wọ́ fún àwọn tí ìjì kàn⟫]]

[[AD]]

⟦Alága ìjọba ìbílẹ̀ Ògbómọ̀ṣọ́ Àríwá ṣàbẹ̀wò sí àwọn ibi tí ìjì náà ti ṣe ìbàjẹ́ ní òwúrọ̀ ọjọ́rú.⟧ Ó ní ìjọba ìbílẹ̀ yóò kó àkọsílẹ̀ gbogbo ìbàjẹ́ náà ránṣẹ́ sí àjọ tó ń rí sí ọ̀rọ̀ pàjáwìrì ní ìpínlẹ̀ Ọ̀yọ́.

Àwọn òṣìṣẹ́ iléeṣẹ́ iná mànàmáná náà ti ń tún àwọn òpó iná tó wó ṣe, ṣùgbọ́n ọ̀pọ̀ àdúgbò ṣì wà nínú òkùnkùn.

[[WA|Ẹ darapọ̀ mọ́ ìkànnì WhatsApp wa fún ìròyìn tuntun]]

Ìjọba ìpínlẹ̀ Ọ̀yọ́ ti ṣèlérí pé àwọn òṣìṣẹ́ àjọ pàjáwìrì yóò pín oúnjẹ, aṣọ ìbora àti páànù fún àwọn ẹbí tí ìjì náà kàn láàárín ọjọ́ mẹ́ta. Ọ̀pọ̀ lára wọn ló ń sùn ní ilé ẹbí àti ọ̀rẹ́ báyìí, nígbà tí àwọn míì ń gbé nínú ilé ìjọsìn.

Àjọ tó ń rí sí ojú ọjọ́ ní Nàìjíríà ti kìlọ̀ pé òjò àti ìjì yóò tún wáyé ní àwọn ìpínlẹ̀ ìwọ̀-oòrùn láàárín ọ̀sẹ̀ yìí. ⟦Wọ́n gba àwọn ará ìlú níyànjú láti yẹra fún dídúró lábẹ́ igi nígbà òjò.⟧""",
    kind="news", why="report on storm damage",
))

smart(PAGES)
