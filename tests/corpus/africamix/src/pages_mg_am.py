"""Malagasy (afrique skin: an Antananarivo power-cut report) and Amharic (wpnews skin: an Addis Ababa bus report by
"ዘጋቢ፡ …" with the Ethiopian date printed beside the Gregorian one, and a signed column filed under the generic
ማህበራዊ section with no opinion marker and no date metadata)."""
from parts import smart

PAGES = []

# ---------------------------------------------------------------- 1. Malagasy: power cuts in Antananarivo, Open Graph only
PAGES.append(dict(
    case="mg-news-afrique-jiro", lang="mg", html_lang="mg-MG", skin="afrique", domain="www.gazety-vaovao.example", site="Gazety Vaovao", secpath="vaovao",
    url="https://www.gazety-vaovao.example/vaovao/fahatapahan-jiro-mitombo-ny-fitarainan-ny-mponina-eto-antananarivo-12044",
    h1="Fahatapahan-jiro : mitombo ny fitarainan’ny mponina eto Antananarivo",
    kicker="Vaovao", crumbs=["Vaovao", "Renivohitra"], authors=["Mialy Randrianarisoa"], byline_text="Mialy Randrianarisoa",
    byline_html='<a href="/mpanoratra/mialy-randrianarisoa/">Mialy Randrianarisoa</a>', meta="og", meta_section="Vaovao",
    pub="2026-03-10T11:45:00+03:00", date="Talata 10 Martsa 2026 — 11:45", views="2 104 no namaky", today="Talata 10 Martsa 2026",
    tagline="Vaovao marina isan’andro", nav=["Vaovao", "Politika", "Toekarena", "Fiarahamonina", "Faritra", "Fanatanjahantena", "Kolontsaina", "Hevitra", "Tafa", "Sary"],
    widget="<b>1 €</b> = 5 010 Ar · <b>1 $</b> = 4 620 Ar <span class=\"sep\">|</span> <b>Lasantsy</b> 5 200 Ar/l <span class=\"sep\">|</span> <b>Antananarivo</b> 24 °C",
    cookie="Mampiasa cookies ity tranonkala ity mba hanatsarana ny serivisy. Raha manohy ianao dia manaiky izany.",
    ticker=["⟪Barea : voafidy ireo mpilalao 26 hiatrika ny lalao sariaka⟫", "Vidin’ny vary : nidina kely eny an-tsena"],
    side=[("Be mpamaky indrindra", ["⟪Fanadinana BEPC : voafaritra ny daty⟫", "Lalana Antananarivo-Toamasina : asa fanamboarana", "Rivodoza : tandindonin-doza ny atsinanana"]),
          ("Hevitra", [("Hevitra", "Tsy azo ekena intsony ny maizina isan’alina"), ("Tafa", "Ny tanora sy ny asa")])],
    tags=["Jirama", "Herinaratra", "Antananarivo"],
    related=["Angovo azo avy amin’ny masoandro : manomboka any Ambatolampy", "Rano : tapaka any Ambohimanarina rahampitso"],
    comments=[("Rivo", "10/03/2026", "⟪Efatra andro izay tsy nisy jiro teto Ankadifotsy.⟫")],
    footer="⟪© 2026 Gazety Vaovao. Zo rehetra voatokana.⟫", footer_nav=["Momba anay", "Mifandraisa aminay", "Dokambarotra"],
    body="""⟦Mitombo hatrany ny fitarainan’ny mponina eto Antananarivo noho ny fahatapahan-jiro mateti-pitranga⟧, indrindra amin’ny alina. Any amin’ny fokontany maro, dia mihoatra ny efatra ora isan’andro ny fotoana tsy ahazoana herinaratra.

Nanazava ny tompon’andraikitra ao amin’ny orinasa Jirama fa vokatry ny fihenan’ny rano ao amin’ny farihy mamatsy ny tobim-pamokarana herinaratra sy ny fahasimban’ny milina maromaro izany. ⟦Nambarany fa efa am-pamahana ny olana ny teknisianina.⟧

[[READ|⟪Jirama : hividy milina vaovao ho an’ny tobin’i Mandroseza⟫]]

Saingy tsy mahafa-po ny mponina izany fanazavana izany. "Tsy mahazo miasa izahay, simba ny sakafo ao anaty vata fampangatsiahana, ary tsy afaka mianatra amin’ny alina ny ankizy," hoy Ramatoa Hanta, mpivarotra eny Anosibe.

[[SPLIT]]

Voakasik’izany koa ireo orinasa madinika toy ny mpanjaitra, ny mpanao mofo ary ireo mpampiasa solosaina. ⟦Maro amin’izy ireo no voatery nividy milina mpamokatra herinaratra, izay mandany solika be.⟧

Nilaza ny Minisiteran’ny Angovo fa hisy drafitra vonjimaika hampihenana ny fahatapahan-jiro ao anatin’ny herinandro vitsivitsy, anisan’izany ny fanofana milina vaovao sy ny fanamafisana ny fizarana herinaratra amin’ny faritra tsirairay.

Nanao fivoriana tamin’ny solontenan’ny fokontany voakasika ihany koa ny Kaominina Antananarivo Renivohitra omaly. Nangataka izy ireo mba hampahafantarina mialoha ny fotoana hanapahana ny jiro, mba hahafahan’ny mponina sy ny mpandraharaha miomana tsara kokoa.

Nanainga ny mponina hampiasa ny herinaratra amim-pahendrena ihany koa ny Jirama, indrindra amin’ny ora be mpampiasa, eo anelanelan’ny amin’ny enina sy amin’ny folo alina.

⟦Hamoaka fandaharam-potoana vaovao momba ny fizarana herinaratra isaky ny faritra ny Jirama amin’ny faran’ity herinandro ity.⟧""",
    kind="news", why="report on power cuts and official explanations",
))

AM_NAV = ["ዜና", "ፖለቲካ", "ኢኮኖሚ", "ማህበራዊ", "ስፖርት", "ኪነ ጥበብ", "ጤና", "አስተያየት", "ርዕሰ አንቀጽ", "ቃለ መጠይቅ", "English"]
AM_FOOT = ["ስለ እኛ", "ያግኙን", "ማስታወቂያ", "የግላዊነት ፖሊሲ"]
AM_WIDGET = "<b>የምንዛሪ ተመን</b> 1 ዶላር = 138.40 ብር · 1 ዩሮ = 149.75 ብር <span class=\"sep\">|</span> <b>አዲስ አበባ</b> 23°C"

# ---------------------------------------------------------------- 2. Amharic news: "ዘጋቢ፡ …", Ethiopian date beside the Gregorian one, full metadata
PAGES.append(dict(
    case="am-news-wpnews-autobus", lang="am", html_lang="am-ET", skin="wpnews", domain="www.addis-zena.example", site="አዲስ ዜና", secpath="news",
    url="https://www.addis-zena.example/news/addis-ababa-new-bus-routes-2026/",
    h1="የአዲስ አበባ ከተማ አስተዳደር 12 አዳዲስ የአውቶቡስ መስመሮችን ጀመረ",
    kicker="ዜና", kicker_path="news", crumbs=["ዜና", "አዲስ አበባ"], authors=["ሰላማዊት ታደሰ"], byline_text="ዘጋቢ፡ ሰላማዊት ታደሰ",
    byline_html='ዘጋቢ፡ <a href="/author/selamawit-tadesse/">ሰላማዊት ታደሰ</a>', ld_authors=["ሰላማዊት ታደሰ"], ld_type="NewsArticle", ld_section="ዜና",
    pub="2026-03-05T09:30:00+03:00", date="ሐሙስ የካቲት 26 ቀን 2018 ዓ.ም | March 5, 2026", views="3,120 ጊዜ ተነቧል",
    today="ሐሙስ፣ የካቲት 26 ቀን 2018 ዓ.ም", langs="አማርኛ | Afaan Oromoo | English", nav=AM_NAV, widget=AM_WIDGET,
    cookie="ይህ ድረ ገጽ አገልግሎቱን ለማሻሻል ኩኪዎችን ይጠቀማል። መጠቀምዎን በመቀጠል በዚህ ይስማማሉ።",
    ticker=["⟪የኢትዮጵያ ብሔራዊ ቡድን ለወዳጅነት ጨዋታ ወደ ናይሮቢ አቀና⟫", "የነዳጅ ዋጋ ለመጋቢት ወር ይፋ ሆነ"],
    side=[("በብዛት የተነበቡ", ["⟪የ2018 ብሔራዊ ፈተና የጊዜ ሰሌዳ ይፋ ሆነ⟫", "የጤፍ ዋጋ በአዲስ አበባ ገበያዎች ቀነሰ", "የቀላል ባቡር አገልግሎት ተሻሻለ"]),
          ("አስተያየት", [("አስተያየት", "የከተማችን የትራንስፖርት ችግር መፍትሔ ይፈልጋል"), ("ርዕሰ አንቀጽ", "ንጹህ ውሃ የሁሉም መብት ነው")])],
    tags=["አዲስ አበባ", "ትራንስፖርት", "አውቶቡስ"],
    related=["የከተማ አውቶቡሶች የኤሌክትሪክ ኃይል መጠቀም ጀመሩ", "የቀላል ባቡር አገልግሎት ተሻሻለ"],
    comments=[("አበበ", "ከ2 ሰዓት በፊት", "⟪ጥሩ ጅምር ነው፣ ግን ወደ ቃሊቲ የሚሄዱ አውቶቡሶችም ይጨመሩ።⟫")],
    footer="⟪© 2026 አዲስ ዜና። መብቱ በሕግ የተጠበቀ ነው።⟫", footer_nav=AM_FOOT,
    body="""⟦የአዲስ አበባ ከተማ አስተዳደር የከተማዋን የትራንስፖርት ችግር ለመቅረፍ 12 አዳዲስ የአውቶቡስ መስመሮችን ዛሬ በይፋ አስጀመረ።⟧ አዲሶቹ መስመሮች በዋናነት የከተማዋን ዳርቻ አካባቢዎች ከመሃል ከተማ ጋር የሚያገናኙ ናቸው።

የከተማዋ የትራንስፖርት ቢሮ ኃላፊ በማስጀመሪያ ሥነ ሥርዓቱ ላይ እንደገለጹት፣ ለአገልግሎቱ 150 አዳዲስ አውቶቡሶች ተመድበዋል። ⟦አውቶቡሶቹ በቀን ከ200 ሺህ በላይ ተሳፋሪዎችን ያጓጉዛሉ ተብሎ ይጠበቃል።⟧

[[READ|⟪የታክሲ ታሪፍ ማሻሻያ ተደረገ⟫]]

ኃላፊው አክለውም "ነዋሪዎች በጠዋትና በማታ ሰዓታት ረጅም ሰልፍ ላይ መቆም የለባቸውም። ይህ መስመር የዚህ ችግር የመጀመሪያ መፍትሔ ነው" ብለዋል።

[[AD]]

አዲሶቹ መስመሮች ከሰሚት፣ ከኮዬ ፈጬ፣ ከጀሞ እና ከአያት አካባቢዎች ተነስተው ወደ ፒያሳ፣ መርካቶ እና ሜክሲኮ አደባባይ ይጓዛሉ። የታሪፍ መጠኑ ከሌሎቹ የከተማ አውቶቡሶች ጋር ተመሳሳይ መሆኑም ተገልጿል።

⟦በጀሞ አካባቢ ያነጋገርናቸው ወይዘሮ አልማዝ በቀለ፣ ከዚህ ቀደም ወደ ሥራ ለመድረስ ሁለት ሰዓት ይፈጅባቸው እንደነበር ተናግረዋል።⟧ "አሁን አገልግሎቱ በሰዓቱ ከመጣ ትልቅ እፎይታ ነው" ብለዋል።

ተሳፋሪዎች የአውቶቡሶቹን መድረሻ ሰዓት በስልክ መተግበሪያ መከታተል እንደሚችሉም ቢሮው አስታውቋል። በተጨማሪም አሽከርካሪዎች የትራፊክ ደንቦችን እንዲያከብሩና ተሳፋሪዎችን በአክብሮት እንዲያስተናግዱ ሥልጠና ተሰጥቷቸዋል።

[[TG|የቴሌግራም ቻናላችንን በመቀላቀል ትኩስ ዜናዎችን ያግኙ]]

በሌላ በኩል አንዳንድ ነዋሪዎች በመስመሮቹ መነሻ ቦታዎች ላይ የመጠለያ እና የመጸዳጃ ቤት አገልግሎት አለመኖሩን ቅሬታ አቅርበዋል። ቢሮው በበኩሉ በእነዚህ ቦታዎች ላይ የመጠበቂያ መጠለያዎች በቅርቡ እንደሚገነቡ ምላሽ ሰጥቷል።

ቢሮው በቀጣዮቹ ሦስት ወራት ተጨማሪ ስምንት መስመሮችን ለመክፈት ዕቅድ እንዳለው ገልጿል። ⟦ነዋሪዎችም አስተያየታቸውን በነፃ የስልክ መስመር 8588 እንዲያደርሱ ጥሪ ቀርቧል።⟧""",
    kind="news", why="report on new city bus routes",
))

# ---------------------------------------------------------------- 3. Amharic: signed column under ማህበራዊ, no opinion marker, no date metadata
PAGES.append(dict(
    case="am-opinion-wpnews-egregna", lang="am", html_lang="am-ET", skin="wpnews", domain="www.addis-zena.example", site="አዲስ ዜና", secpath="social",
    url="https://www.addis-zena.example/social/sidewalks-belong-to-pedestrians/",
    h1="የእግረኛ መንገድ የእግረኛ ነው",
    kicker="ማህበራዊ", kicker_path="social", crumbs=["ማህበራዊ"], authors=["ዳዊት መኮንን"], byline_text="በዳዊት መኮንን",
    byline_html='በ<a href="/author/dawit-mekonnen/">ዳዊት መኮንን</a>', meta="min",
    pub="2026-03-11T08:00:00+03:00", date="ረቡዕ መጋቢት 2 ቀን 2018 ዓ.ም (11/03/2026)", views="1,844 ጊዜ ተነቧል",
    today="ረቡዕ፣ መጋቢት 2 ቀን 2018 ዓ.ም", langs="አማርኛ | Afaan Oromoo | English", nav=AM_NAV, widget=AM_WIDGET,
    cookie="ይህ ድረ ገጽ አገልግሎቱን ለማሻሻል ኩኪዎችን ይጠቀማል። መጠቀምዎን በመቀጠል በዚህ ይስማማሉ።",
    ticker=["⟪የዓድዋ ድል በዓል በድምቀት ተከበረ⟫", "የነዳጅ ዋጋ ለመጋቢት ወር ይፋ ሆነ"],
    side=[("በብዛት የተነበቡ", ["⟪የከተማዋ የመንገድ ግንባታ ፕሮጀክቶች ተጠናቀቁ⟫", "የጤፍ ዋጋ በአዲስ አበባ ገበያዎች ቀነሰ", "አዳዲስ የአውቶቡስ መስመሮች ተጀመሩ"]),
          ("አስተያየት", [("አስተያየት", "የከተማችን የትራንስፖርት ችግር መፍትሔ ይፈልጋል"), ("ርዕሰ አንቀጽ", "ንጹህ ውሃ የሁሉም መብት ነው")])],
    tags=["አዲስ አበባ", "የእግረኛ መንገድ", "የትራፊክ ደህንነት"],
    related=["የትራፊክ አደጋ በ2017 ዓ.ም ቀንሷል ተባለ", "የመኪና ማቆሚያ ቦታዎች እጥረት"],
    comments=[("ሄኖክ", "ትናንት", "⟪በትክክል! ቦሌ አካባቢ በመኪና መንገድ ላይ ለመሄድ እንገደዳለን።⟫")],
    footer="⟪© 2026 አዲስ ዜና። መብቱ በሕግ የተጠበቀ ነው።⟫", footer_nav=AM_FOOT,
    body="""⟦ትናንት ማለዳ ልጄን ወደ ትምህርት ቤት ይዤ ስሄድ በእግረኛ መንገዱ ላይ መራመድ አልቻልንም።⟧ መንገዱ በቆሙ መኪኖች፣ በሸቀጥ በሚሸጡ ነጋዴዎች እና በግንባታ ዕቃዎች ተይዞ ነበር። በመጨረሻ በመኪና መንገዱ ዳር ለመሄድ ተገደድን።

ይህ የእኔ ብቻ ታሪክ አይደለም። በከተማችን በየቀኑ በሺዎች የሚቆጠሩ ሰዎች ተመሳሳይ ችግር ይገጥማቸዋል። ⟦በእኔ እምነት ይህ ትንሽ ጉዳይ ሳይሆን የሕይወት እና የሞት ጉዳይ ነው።⟧ የትራፊክ አደጋ ሰለባዎች አብዛኞቹ እግረኞች መሆናቸውን መረጃዎች ያሳያሉ።

[[READ|⟪አዲሱ የኮሪደር ልማት ምን ይዞ መጣ?⟫]]

በቅርቡ በተሠሩ ሰፋፊ መንገዶች ላይ ጥሩ የእግረኛ መንገዶች መገንባታቸው የሚያስመሰግን ነው። ነገር ግን መንገድ መሥራት ብቻውን በቂ አይደለም። ⟦የተሠራው መንገድ ለታለመለት ዓላማ መዋሉን ማረጋገጥ ያስፈልጋል።⟧

[[AD]]

ለዚህም ሦስት ነገሮች መደረግ አለባቸው ብዬ አምናለሁ። አንደኛ፣ በእግረኛ መንገድ ላይ መኪና የሚያቆሙ አሽከርካሪዎች ላይ ሕጉ ያለ ምንም ልዩነት ተግባራዊ መሆን አለበት። ሁለተኛ፣ ለመንገድ ዳር ነጋዴዎች ሌላ የመሥሪያ ቦታ ሊዘጋጅላቸው ይገባል፤ እነርሱም ኑሮአቸውን የሚመሩ ዜጎች ናቸውና። ሦስተኛ፣ የግንባታ ድርጅቶች ሥራቸውን ሲያከናውኑ ለእግረኞች ጊዜያዊ መተላለፊያ እንዲያዘጋጁ ሊገደዱ ይገባል።

አንዳንዶች የመኪና ማቆሚያ ቦታ እጥረት አለ ይላሉ። ይህ እውነት ነው። ነገር ግን የማቆሚያ ቦታ እጥረት የእግረኞችን መብት ለመጣስ ምክንያት ሊሆን አይችልም። ከተማዋ ተጨማሪ የማቆሚያ ቦታዎችን ማዘጋጀት ቢኖርባትም፣ እስከዚያው ድረስ ቅድሚያ የሚሰጠው ለሕፃናት፣ ለአረጋውያን እና አካል ጉዳተኞች ደህንነት መሆን አለበት።

እኛ ነዋሪዎችም ኃላፊነት አለብን። የራሳችንን መኪና በእግረኛ መንገድ ላይ ከማቆም እንቆጠብ፤ ሌሎች ሲያደርጉም ዝም አንበል።

⟦ከተማ የምትለካው ለመኪኖቿ ባላት ክብር ሳይሆን ለእግረኞቿ ባላት ክብር ነው።⟧""",
    kind="opinion", why="first-person argument for clearing sidewalks, unlabelled",
))

smart(PAGES)
