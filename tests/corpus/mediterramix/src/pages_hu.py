"""Hungarian pages of mediterramix (4): an MTI story with "Frissítve" and the "/gyk/" initials at the end, an interview
split by a "Tovább olvasom" fold, a column marked only by the URL segment /publicisztika/, and a listicle."""

PAGES = []

HU_COOKIE = ("Az oldal sütiket használ a jobb felhasználói élmény, a látogatottság mérése és a személyre szabott hirdetések "
             "érdekében. Az Elfogadom gombra kattintva hozzájárul a sütik használatához.")
HU_NAV = ["Belföld", "Külföld", "Gazdaság", "Vélemény", "Publicisztika", "Sport", "Kultúra", "Tech", "Életmód", "Időjárás"]

# ---------------------------------------------------------------- 24. MTI story, Frissítve, /gyk/ at the end
PAGES.append(dict(
    case="hu-news-magyar-balaton", lang="hu", html_lang="hu-HU", skin="magyar", domain="www.hirpont.example", site="Hírpont", secpath="belfold",
    url="https://www.hirpont.example/belfold/2026/03/05/alacsony-a-balaton-vizszintje-marciusban",
    h1="Évtizedek óta nem volt ilyen alacsony a Balaton vízszintje márciusban",
    deck="A tó átlagos vízszintje 86 centiméter Siófoknál. A vízügy szerint a nyári szezonig nem várható érdemi emelkedés.",
    kicker="Belföld", authors=None, byline_html="MTI",
    ld_authors=["org:MTI"], ld_type="NewsArticle", ld_section="Belföld",
    pub="2026-03-05T10:32:00+01:00", mod="2026-03-05T12:18:00+01:00",
    date="2026. március 5., 10:32", updated="Frissítve: 2026. március 5., 12:18",
    nav=HU_NAV, subnav=["Vélemény", "Publicisztika", "Jegyzet", "Interjú"], widget="EUR 395,20 Ft · USD 364,80 Ft · Budapest 9 °C",
    cookie=HU_COOKIE, cookie_title="Adatvédelmi beállítások",
    ticker=["Lezárták az M7-es egyik sávját Székesfehérvárnál", "Emelkedik a benzin ára pénteken"],
    caption="⟪A siófoki móló a szerdai vízállásnál.⟫ Fotó: MTI/Vasvári Tamás",
    side=[("Legolvasottabb", ["⟪Szigorodnak a horgászati szabályok a Balatonon⟫", "Ennyi lesz a nyugdíjemelés júliusban", "Havazás jöhet a hétvégén"]),
          ("Vélemény", [("Vélemény", "A Balaton nem csak nyáron létezik"), ("Publicisztika", "⟪Ki fizeti meg a szárazság árát?⟫"),
                        ("Szponzorált tartalom", "Tavaszi wellness a Balaton-felvidéken", "ad")])],
    tags=["Balaton", "Vízszint", "Aszály"],
    related=["A Velencei-tó is veszít vizéből", "Hol lehet idén strandolni a Balatonon?"],
    comments=[("kishal68", "2026. 03. 05. 11:20", "⟪Gyerekkorom óta nem láttam ilyen messze a vizet a parttól.⟫")], comment_count=87,
    footer="⟪© 2026 Hírpont. Minden jog fenntartva.⟫", footer_nav=["Impresszum", "Adatvédelem", "Médiaajánlat", "Kapcsolat"],
    body="""⟦A Balaton átlagos vízszintje csütörtökön 86 centiméter volt a siófoki vízmércén⟧, ami évtizedek óta a legalacsonyabb márciusi érték – közölte a Közép-dunántúli Vízügyi Igazgatóság.

A tó szabályozási tartománya 70 és 120 centiméter között van, a nyári idegenforgalmi szezonra a vízügy általában 100 centiméter körüli szintet szeretne elérni. ⟦Ehhez a következő három hónapban átlagosnál jóval csapadékosabb időjárásra lenne szükség.⟧

[[READ|⟪Kiszáradt nádasok, elzárt kikötők: fotók a Balatonról⟫]]

A Balaton vízháztartását elsősorban a Zala folyó és a csapadék határozza meg. A tavalyi év az ország egyik legszárazabb éve volt, a vízgyűjtőn a sokéves átlag kétharmada esett, a nyári kánikulában pedig a párolgás is rekordot döntött.

[[H|Nem engednek le vizet]]

A vízügyi igazgatóság tájékoztatása szerint a Sió-csatornán tavaly nyár óta egyáltalán nem engednek le vizet a tóból. Az igazgatóság naponta méri a vízállást, és szükség esetén korlátozásokat javasol a vitorláskikötőknek.

[[AD]]

A kikötők üzemeltetői már most jelezték, hogy a nagyobb merülésű hajók egy része a szezon elején nem tud majd kifutni. „⟦Ha nem jön egy csapadékos tavasz, kotornunk kell⟧, de erre nincs elég pénzünk” – mondta az MTI-nek a Balatoni Hajózási Szövetség egyik vezetője.

A Balaton vízszintje nem először okoz gondot. Legutóbb 2003-ban és 2022-ben volt hasonlóan alacsony, akkor is hosszan tartó aszály előzte meg. A kutatók szerint az éghajlatváltozás miatt a jövőben egyre gyakoribbak lehetnek az ilyen időszakok, ezért a vízügy vizsgálja, hogyan lehetne több vizet megtartani a Zala vízgyűjtőjén.

A szakemberek szerint a strandolókat a vízszint kevésbé érinti, a sekélyebb víz viszont gyorsabban melegszik fel, ami kedvez az algák elszaporodásának. A katasztrófavédelem és a népegészségügyi hatóság ezért nyáron gyakrabban vizsgálja majd a strandok vízminőségét.

⟦A vízügy hetente frissíti a vízállás-előrejelzést a honlapján.⟧

[[TEXT|/gyk/]]""",
    kind="news", why="agency report on low water level",
))

# ---------------------------------------------------------------- 25. Interview split by a Tovább olvasom fold
PAGES.append(dict(
    case="hu-news-magyar-haziorvos", lang="hu", html_lang="hu-HU", skin="magyar", domain="www.napimagyar.example", site="Napi Magyar", secpath="belfold",
    url="https://www.napimagyar.example/belfold/2026/03/06/interju-haziorvos-egyedul-harom-faluban",
    h1="„Három faluban rendelek, és senki nem jön utánam” – interjú egy vidéki háziorvossal",
    deck="Dr. Fehér László 64 éves, harminc éve dolgozik háziorvosként a Zemplénben. Arról kérdeztük, mi lesz a betegeivel, ha nyugdíjba megy.",
    kicker="Interjú", kicker_path="belfold", authors=["Kovács Anna"], byline_html='Szerző: <a href="/szerzo/kovacs-anna">Kovács Anna</a>',
    meta="og", meta_section="Belföld",
    pub="2026-03-06T06:00:00+01:00", date="2026. március 6., 06:00",
    nav=HU_NAV, subnav=["Vélemény", "Publicisztika", "Interjú"], widget="EUR 395,60 Ft · USD 365,10 Ft · Miskolc 6 °C",
    cookie=HU_COOKIE,
    ticker=["Új mentőállomás épül Sátoraljaújhelyen", "Csúszik az egészségügyi bértábla bevezetése"],
    caption="⟪Dr. Fehér László a rendelőjében.⟫ Fotó: Napi Magyar/Szabó Gergely",
    side=[("Legolvasottabb", ["⟪Ennyi háziorvosi praxis áll üresen az országban⟫", "Új szabályok a táppénzre", "Így kérhet időpontot online"]),
          ("Vélemény", [("Publicisztika", "A vidéki egészségügy nem luxus"), ("Vélemény", "Fiatal orvosok, maradjatok!")])],
    tags=["Háziorvos", "Egészségügy", "Zemplén"],
    related=["Betöltetlen praxisok: térkép", "Mennyit keres egy háziorvos?"],
    comments=[("zempleni_anyuka", "2026. 03. 06. 08:12", "⟪A doktor úr a mi családunkat is harminc éve gyógyítja.⟫"),
              ("Péter", "2026. 03. 06. 09:40", "Az ilyen orvosokat meg kellene becsülni.")], comment_count=64,
    footer="⟪© 2026 Napi Magyar Kft. A tartalmak átvétele engedélyhez kötött.⟫", footer_nav=["Impresszum", "Adatkezelés", "Hirdetés", "Kapcsolat"],
    body="""⟦Dr. Fehér László három zempléni faluban rendel, összesen mintegy 2800 beteget lát el.⟧ Két év múlva nyugdíjba menne, de egyelőre senki nem jelentkezett a praxisára. Arról beszélgettünk vele, hogyan telik egy napja, és mi lesz a betegeivel.

[[Q|Hogyan néz ki egy átlagos hétköznapja?]]

Reggel hétkor kezdek az egyik faluban, tízkor átmegyek a másikba, délután a harmadikba. Közben házhoz járok az idős, mozgásképtelen betegekhez. ⟦Van olyan nap, amikor 120 kilométert autózom.⟧ Este még telefonon hívnak, mert nincs máshova fordulniuk.

[[Q|Miért nem jönnek fiatal orvosok?]]

Sokféle oka van. A fizetés ma már nem rossz – a rezidensek is tudják, hogy egy háziorvos többet keres, mint sok kórházi szakorvos –, de a fiatalok nem akarnak egyedül lenni egy faluban, ahol nincs iskola, nincs bolt, és a legközelebbi kórház egy óra. A praxisjog megvásárlása is sokba kerül, ezt sokan nem tudják vagy nem akarják vállalni.

[[FOLD|Tovább olvasom]]

[[Q|Mi lesz, ha nem talál utódot?]]

⟦Akkor a betegeimet a szomszédos praxisok között osztják szét.⟧ Csakhogy azok az orvosok is túlterheltek. Az egyik kollégám 70 éves, és ő is utódot keres. A legrosszabb esetben az idős emberek hetekig nem jutnak orvoshoz.

[[Q|Mit tenne az ön helyében a döntéshozó?]]

Én nem vagyok politikus, és nem is szeretnék annak tűnni. A minisztérium az utóbbi években sok mindent próbált: letelepedési támogatást, ösztöndíjat, praxisközösségeket. Ezek segítettek, de nálunk még nem érződik a hatásuk. Azt látom, hogy a kis falvakban közösen kellene megoldani az ellátást: több orvos, ápolók és egy közös rendelő, ahová busszal is el lehet jutni. Egyedül ezt már nem lehet csinálni.

[[Q|Ennyi év után megbánta, hogy vidékre jött?]]

Soha. Ismerem a családokat, a nagyszülőket és az unokákat is. Tudom, kinek milyen gyógyszere van, ki él egyedül, kihez kell havonta kimenni akkor is, ha nem hív. Egy városi rendelőben ezt soha nem tapasztaltam volna meg. ⟦Ezt nem adnám semmiért, csak azt szeretném, hogy legyen, aki folytatja.⟧""",
    kind="news", why="interview with a rural doctor",
))

# ---------------------------------------------------------------- 26. Column marked only by the URL segment /publicisztika/
PAGES.append(dict(
    case="hu-opinion-magyar-vasut", lang="hu", html_lang="hu-HU", skin="magyar", domain="www.hirpont.example", site="Hírpont", secpath="belfold",
    url="https://www.hirpont.example/publicisztika/2026/03/07/ha-a-vonat-kesik-mindenki-kesik",
    h1="Ha a vonat késik, mindenki késik",
    deck="Az elővárosi vonatok harmada késett februárban. A menetrend papíron létezik, a valóságban alig.",
    kicker="Belföld", authors=["Szabó Márton"], byline_html='Szerző: <a href="/szerzo/szabo-marton">Szabó Márton</a>',
    meta="og", meta_section="Belföld",
    pub="2026-03-07T07:30:00+01:00", date="2026. március 7., 07:30",
    nav=HU_NAV, subnav=["Vélemény", "Publicisztika", "Jegyzet"], widget="EUR 395,40 Ft · USD 364,90 Ft · Budapest 8 °C",
    cookie=HU_COOKIE,
    ticker=["Pótlóbuszok járnak a váci vonalon", "Új motorvonatok érkeznek jövőre"],
    side=[("Legolvasottabb", ["⟪Megszűnhet több mellékvonal a nyári menetrendtől⟫", "Drágulnak a bérletek?", "Így kérhet kártérítést késés miatt"]),
          ("Vélemény", [("Publicisztika", "A vidéki Magyarország menetrendje"), ("Jegyzet", "⟪Bérlet a semmibe⟫")])],
    tags=["Vasút", "MÁV", "Közlekedés"],
    related=["Februárban minden harmadik vonat késett", "Ennyi pénz jut idén a vasútfelújításra"],
    comments=[("ingazo_vac", "2026. 03. 07. 08:05", "⟪Ma reggel is 25 percet álltunk Sződligetnél.⟫")], comment_count=143,
    footer="⟪© 2026 Hírpont. Minden jog fenntartva.⟫", footer_nav=["Impresszum", "Adatvédelem", "Kapcsolat"],
    body="""⟦Reggel 6:42-kor a váci vonalon a menetrend szerint indul a vonat Budapestre.⟧ Februárban ez a vonat a huszonkét munkanapból tizennégyszer késett, egyszer pedig egyáltalán nem jött. Ezt nem a MÁV statisztikájából tudom, hanem onnan, hogy minden reggel a peronon állok.

A hivatalos adatok szerint az elővárosi vonatok harmada késett februárban. A vasúttársaság az időjárásra, a pályafelújításokra és a vagonhiányra hivatkozik. Mindegyik igaz. ⟦Csakhogy ezek az okok évek óta ugyanazok, és évek óta senki nem oldja meg őket.⟧

A késés nem kényelmetlenség, hanem pénz és idő. Aki a vonat miatt késik a munkahelyéről, annak le kell dolgoznia. Aki a gyereket nem éri el az óvodában, annak a nagymamát kell hívnia. Aki teheti, inkább autóba ül – és reggelente ott áll az M2-es bevezető szakaszán, a dugóban.

[[READ|⟪Így kérhet kártérítést, ha késik a vonat⟫]]

[[AD]]

Ezért gondolom, hogy a vasút karbantartására szánt pénzt nem lehet tovább csökkenteni. ⟦A kormánynak előbb a meglévő vonalakat kellene rendbe tennie, mielőtt újabb látványberuházásokba kezd.⟧ Egy új állomásépület semmit sem ér, ha a sínek és a váltók állapota miatt lassújelek sora fékezi a vonatokat.

Más országok megmutatták, hogy lehet másképp. Ausztriában és Csehországban az elmúlt tíz évben nem a látványos új állomásokra, hanem a meglévő pályák felújítására és a sűrű, ütemes menetrendre költöttek, és az utasok száma ennek megfelelően nőtt.

Legalább ennyire fontos, hogy az utasok tudják, mire számíthatnak. Ha a vonat késik, az utas ne a peronon fagyoskodva, hanem előre, pontos információból értesüljön róla. Ehhez nem kell milliárd, csak működő kijelző és valaki, aki frissíti.

⟦Amíg a vonat kiszámíthatatlan, addig az emberek nem fognak lemondani az autóról.⟧""",
    kind="opinion", why="argues for rail maintenance funding; marked only by URL",
))

# ---------------------------------------------------------------- 27. Listicle
PAGES.append(dict(
    case="hu-other-magyar-kirandulas", lang="hu", html_lang="hu-HU", skin="magyar", domain="www.napimagyar.example", site="Napi Magyar", secpath="eletmod",
    url="https://www.napimagyar.example/eletmod/2026/03/08/8-tavaszi-kirandulohely-a-budai-hegysegben",
    h1="8 tavaszi kirándulóhely a Budai-hegységben, ahová busszal is eljuthat",
    deck="Kilátók, barlangok és hóvirágos erdők – autó nélkül, egy hétvégi délelőttön.",
    kicker="Életmód", kicker_path="eletmod", authors=["Tóth Eszter"], byline_html='Szerző: <a href="/szerzo/toth-eszter">Tóth Eszter</a>',
    ld_authors=["Tóth Eszter"], ld_type="Article", ld_section="Életmód",
    pub="2026-03-08T09:00:00+01:00", date="2026. március 8., 09:00",
    nav=HU_NAV, subnav=["Utazás", "Gasztro", "Egészség", "Otthon"],
    cookie=HU_COOKIE,
    ticker=["Napsütéses hétvége várható", "Megnyílt a Normafa új látogatóközpontja"],
    caption="⟪Kilátás a János-hegyi Erzsébet-kilátóból.⟫ Fotó: Tóth Eszter",
    side=[("Legolvasottabb", ["⟪A legszebb tavaszi túrák a Bükkben⟫", "Hol nyílik már a hóvirág?", "Gyerekbarát kirándulások Pest megyében"]),
          ("Vélemény", [("Publicisztika", "A város erdei mindenkié"), ("Szponzorált tartalom", "Túracipő-vásár a tavaszi szezonra", "ad")])],
    tags=["Kirándulás", "Budai-hegység", "Tavasz"],
    related=["⟪10 kilátó, ahonnan az egész Balaton látszik⟫", "Túraútvonalak kisgyerekkel"],
    newsletter="⟪Iratkozzon fel hírlevelünkre, és minden pénteken hétvégi programajánlót küldünk.⟫",
    footer="⟪© 2026 Napi Magyar Kft. A tartalmak átvétele engedélyhez kötött.⟫", footer_nav=["Impresszum", "Adatkezelés", "Kapcsolat"],
    body="""⟦Nem kell messzire utazni ahhoz, hogy egy tavaszi délelőttön erdőben sétáljunk.⟧ A Budai-hegység legszebb pontjai a belvárosból egy órán belül elérhetők busszal vagy villamossal. Összegyűjtöttünk nyolc helyet, ahová érdemes most elindulni.

[[H|1. Erzsébet-kilátó, János-hegy]]

Budapest legmagasabb pontja a 21-es busz végállomásától, a Normafától negyedóra séta. ⟦Tiszta időben a kilátóból a Mátra csúcsai is látszanak.⟧

[[H|2. Normafa és a Tündér-szikla]]

Széles, családbarát utak, sok pad és a híres rétes. Hétvégén délelőtt érdemes menni, mert délután tömeg van. A Tündér-sziklától rövid, jelzett ösvény vezet le a Szépjuhásznéhoz, így a két helyszín könnyen összeköthető.

[[H|3. Pál-völgyi-barlang]]

A cseppkőbarlangban egy órás vezetett túrákat tartanak, a hőmérséklet egész évben 11 fok körül van. Hétvégén érdemes előre jegyet foglalni, és kényelmes, csúszásmentes cipőt húzni, mert a járatokban sok a lépcső.

[[H|4. Hármashatár-hegy]]

A sárkányrepülők kedvelt helye, innen látni a legszebben a Duna-kanyart és a pesti oldalt.

[[AD]]

[[H|5. Szép Juhászné és a Gyermekvasút]]

⟦A Gyermekvasúton gyerekek a kalauzok, ami a kicsiknek külön élmény.⟧ Tavasszal hétvégente óránként indulnak a vonatok.

[[H|6. Budakeszi Vadaspark]]

Szarvasok, vaddisznók és farkasok a hegyek között, rövid tanösvényekkel. A vadaspark a 22-es busszal érhető el a Széll Kálmán térről, a belépő felnőtteknek 1800 forint.

[[H|7. Kis-Hárs-hegy, Árpád-kilátó]]

Rövidebb, de meredek túra, a kilátóból jól látszik a budai hegyek vonulata. A Szépvölgyi útról induló piros jelzésen nagyjából negyven perc alatt lehet felérni, lefelé pedig a Hárs-hegy felé is érdemes kanyarodni.

[[H|8. Remete-szurdok]]

A Hidegkút felé vezető szurdokban patak csordogál, kora tavasszal tele van hóvirággal és medvehagymával. A medvehagymát csak kis mennyiségben és óvatosan szedjük, mert könnyen összetéveszthető a mérgező gyöngyvirággal.

⟦Indulás előtt érdemes megnézni a BKV menetrendjét, mert hétvégén ritkábban járnak a buszok.⟧""",
    kind="other", why="listicle of hiking spots",
))
