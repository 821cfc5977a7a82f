"""Dutch, Polish, Swedish, Czech, Hungarian and Romanian agency stories on regional sites: ANP under "Redactie"
with an ANP copyright line; PAP with the reporter named only in the signature at the end; PAP alone; TT with
"Text: …/TT"; ČTK alone with the agency code at the end; MTI with "Forrás: MTI"; AGERPRES with "Autor: …,
editor: …" at the end."""

PAGES = []

# ---------------------------------------------------------------- ANP under "Redactie"; "© ANP" line in the text column
PAGES.append(dict(
    case="nl-news-anpstoring", lang="nl", skin="regional", domain="gelderlandsdagblad.example", site="Gelderlands Dagblad",
    url="https://www.gelderlandsdagblad.example/regio/urenlang-geen-treinen-tussen-utrecht-en-arnhem-door-storing~a4e81c2d/",
    h1="Urenlang geen treinen tussen Utrecht en Arnhem door storing",
    deck="Reizigers moesten uitwijken naar bussen. ProRail onderzoekt de oorzaak.",
    kicker="Regio", authors=None, byline_html="⟪Redactie⟫", byline_text="Redactie", ld_authors=["org:Gelderlands Dagblad"],
    pub="2026-03-02T10:14:00+01:00", mod="2026-03-02T15:02:00+01:00",
    date="2 mrt. 2026, 10:14", updated="Laatste update: 15:02",
    caption="⟪Reizigers wachten op het perron van station Ede-Wageningen.⟫ Foto: ANP / Sanne de Wit",
    nav=["Regio", "Binnenland", "Buitenland", "Economie", "Sport", "Opinie"], footer_nav=["Colofon", "Contact", "Privacy"],
    side=[("Meest gelezen", ["⟪Nieuwe fietsbrug over de Rijn bij Arnhem gaat in mei open⟫", "Vitesse verliest opnieuw in eigen huis", "Brand in bedrijfspand Ede"])],
    cookie="Wij gebruiken cookies om onze website te verbeteren.",
    related=["⟪NS: meer treinen op drukke trajecten vanaf april⟫", "Waarom het spoor zo kwetsbaar is voor storingen"],
    footer="© 2026 Gelderlands Dagblad",
    body="""<p>⟦Tussen Utrecht en Arnhem hebben maandagochtend urenlang geen treinen gereden door een storing in de seinen.⟧ Duizenden reizigers werden getroffen, omdat de storing in de ochtendspits begon. Volgens ProRail is het treinverkeer sinds het begin van de middag weer op gang gekomen.</p>
<p>De storing ontstond rond 6.40 uur bij Driebergen-Zeist. Een defect in een computersysteem dat de seinen en wissels aanstuurt zorgde ervoor dat treinen niet meer veilig konden rijden. ⟦Monteurs moesten het systeem ter plekke opnieuw opstarten⟧, wat langer duurde dan verwacht.</p>
<p>NS zette bussen in tussen Utrecht Centraal en Ede-Wageningen, maar die konden de drukte niet aan. Op verschillende stations stonden lange rijen. Reizigers naar Arnhem en Nijmegen werd aangeraden om via Den Bosch te reizen, wat ongeveer een uur extra reistijd kostte.</p>
<p>Ook intercity’s richting Duitsland vielen uit. De ICE tussen Amsterdam en Frankfurt reed alleen tussen Arnhem en Frankfurt.</p>
[[AD]]
<p>Op station Utrecht Centraal zette NS extra medewerkers in om reizigers de weg te wijzen naar de bussen. Ook werden op sommige trajecten extra treinen ingezet via andere routes. Volgens de vervoerder verliep dat rommelig, omdat veel machinisten en conducteurs op de verkeerde plek stonden.</p>
<p>Het is de derde grote storing op het traject in twee maanden. In januari lag het treinverkeer twee keer stil door een kapotte bovenleiding. ⟦Reizigersorganisatie Rover noemt de situatie „onacceptabel”⟧ en wil dat ProRail uitlegt waarom het steeds misgaat op dit drukke stuk spoor.</p>
<p>Een woordvoerder van ProRail zegt dat het systeem bij Driebergen verouderd is en volgend jaar wordt vervangen. „Tot die tijd houden we extra monteurs paraat in de buurt, zodat we sneller kunnen ingrijpen”, aldus de woordvoerder.</p>
<p>Reizigers die door de storing meer dan een half uur vertraging hadden, kunnen via de website van NS hun geld terugvragen. ⟦Dat kan tot drie maanden na de reis.⟧</p>
<p>ProRail verwacht de precieze oorzaak van de storing later deze week bekend te maken. ⟦De Tweede Kamer wil donderdag met de staatssecretaris over de storingen debatteren.⟧</p>
[[COPY|⟪© ANP 2026. Alle rechten voorbehouden.⟫]]""",
    kind="news", why="agency report on a rail signalling failure",
))

# ---------------------------------------------------------------- PAP at the top; the reporter named only in the signature at the end
PAGES.append(dict(
    case="pl-news-paplotniska", lang="pl", skin="regional", domain="kurierpomorski.example", site="Kurier Pomorski",
    url="https://www.kurierpomorski.example/kraj/rekordowy-luty-na-polskich-lotniskach-ar-9920184",
    h1="Rekordowy luty na polskich lotniskach. Ponad 4 mln pasażerów",
    deck="Najszybciej rosły porty regionalne, w tym Gdańsk i Katowice.",
    kicker="Kraj", authors=["Marta Lis"], byline_html="⟪Źródło: PAP⟫", byline_text="Źródło: PAP", ld_authors=["org:PAP"],
    pub="2026-03-12T14:30:00+01:00", date="12.03.2026 14:30",
    nav=["Pomorze", "Kraj", "Świat", "Biznes", "Sport", "Opinie"], footer_nav=["Kontakt", "Reklama", "Regulamin"],
    side=[("Najczęściej czytane", ["⟪Gdańsk: nowa linia tramwajowa na Morenę gotowa w czerwcu⟫", "Lechia remisuje w Szczecinie", "Utrudnienia na obwodnicy Trójmiasta"])],
    cookie="Ta strona używa plików cookies.",
    related=["⟪Lotnisko w Gdańsku ogłasza nowe połączenia na lato⟫", "CPK: kiedy pierwsze loty?"],
    footer="© Kurier Pomorski 2026",
    body="""<p>⟦W lutym z polskich lotnisk skorzystało ponad 4,1 mln pasażerów, najwięcej w historii dla tego miesiąca⟧ – wynika z danych opublikowanych w czwartek przez Urząd Lotnictwa Cywilnego (ULC). To o 11 proc. więcej niż przed rokiem.</p>
<p>Największym portem pozostaje Lotnisko Chopina w Warszawie, które obsłużyło 1,6 mln podróżnych. Na kolejnych miejscach znalazły się Kraków, Gdańsk i Katowice. ⟦Najszybciej rosły jednak porty regionalne⟧: w Gdańsku liczba pasażerów zwiększyła się o 18 proc., a w Katowicach o 16 proc.</p>
<p>Według ULC wzrost to przede wszystkim efekt nowych połączeń tanich linii lotniczych do Hiszpanii, Włoch i na Wyspy Kanaryjskie, a także dłuższych ferii zimowych w części województw. Coraz więcej osób wybiera też krótkie wyjazdy do miast europejskich w środku zimy.</p>
<p>„Rynek lotniczy w Polsce rośnie szybciej niż średnia europejska. ⟦Widzimy, że pasażerowie coraz chętniej latają z mniejszych lotnisk⟧, bliżej domu” – powiedział PAP prezes ULC Adam Kowalczyk.</p>
[[AD]]
<p>Według danych ULC w lutym wykonano ponad 32 tys. operacji lotniczych, czyli startów i lądowań, o 9 proc. więcej niż rok wcześniej. Średnie obłożenie samolotów wyniosło 84 proc. Najpopularniejszymi kierunkami były Londyn, Barcelona, Rzym i Dubaj.</p>
<p>Lotniska regionalne podkreślają, że nowe trasy pozwalają mieszkańcom mniejszych miast unikać długich dojazdów do Warszawy czy Krakowa. W Rzeszowie, Lublinie i Olsztynie liczba pasażerów wzrosła w lutym o kilkanaście procent. Porty liczą, że podobna dynamika utrzyma się w sezonie letnim, gdy uruchomione zostaną dodatkowe połączenia czarterowe do Grecji, Turcji i Egiptu.</p>
<p>Eksperci zwracają uwagę, że część portów zbliża się do granic przepustowości. Gdańsk rozbudowuje terminal, a Kraków planuje budowę nowej płyty postojowej dla samolotów. Problemem pozostaje także brak kontrolerów ruchu lotniczego w godzinach szczytu.</p>
<p>Branża spodziewa się, że w całym 2026 roku z polskich lotnisk skorzysta ponad 60 mln pasażerów. W ubiegłym roku było to niespełna 56 mln.</p>
<p>Według ekspertów rosnący ruch to także efekt lepszej sytuacji finansowej gospodarstw domowych i silnego złotego.</p>
<p>⟦Dane za marzec ULC opublikuje w połowie kwietnia.⟧</p>
[[CREDIT|⟪Autorka: Marta Lis (PAP)⟫]]
[[CREDIT|mli/ mhr/]]""",
    kind="news", why="agency report on airport passenger numbers",
))

# ---------------------------------------------------------------- PAP alone
PAGES.append(dict(
    case="pl-news-papwisla", lang="pl", skin="portal", domain="glosmazowsza.example", site="Głos Mazowsza",
    url="https://www.glosmazowsza.example/wiadomosci/wisla-w-warszawie-rekordowo-niska-jak-na-marzec/2026/03/06/",
    h1="Wisła w Warszawie rekordowo niska jak na marzec",
    deck="Hydrolodzy ostrzegają przed suszą hydrologiczną. Powodem jest mało śnieżna zima.",
    kicker="Warszawa", crumbs=["Wiadomości", "Warszawa"], authors=None, byline_html="PAP", byline_text="PAP", ld_authors=["org:PAP"],
    pub="2026-03-06T09:12:00+01:00", date="06.03.2026, 09:12",
    caption="⟪Odsłonięte łachy piasku przy moście Poniatowskiego.⟫ Fot. PAP/Jan Nowicki",
    nav=["Wiadomości", "Warszawa", "Region", "Sport", "Opinie", "Kultura"], footer_nav=["Kontakt", "Reklama", "Polityka prywatności"],
    side=[("Najczęściej czytane", ["⟪Nowe przystanki kolei aglomeracyjnej pod Warszawą⟫", "Legia gra w niedzielę o pozycję lidera"])],
    cookie="Używamy plików cookies, aby ułatwić korzystanie z serwisu.",
    comments=[("kajakarz", "2 godz. temu", "⟪W lipcu będzie można przejść przez Wisłę suchą nogą.⟫")],
    related=["⟪Susza w rolnictwie: gminy mogą składać wnioski⟫", "Jak oszczędzać wodę w ogrodzie"],
    footer="Głos Mazowsza © 2026",
    body="""<p>⟦Poziom Wisły w Warszawie spadł w czwartek do 48 cm⟧, najniżej w historii pomiarów dla marca – poinformował Instytut Meteorologii i Gospodarki Wodnej (IMGW). Średni stan rzeki o tej porze roku wynosi ok. 150 cm.</p>
<p>Hydrolodzy tłumaczą, że to efekt wyjątkowo mało śnieżnej zimy w górach i na wyżynach. ⟦Wiosenne roztopy, które zwykle zasilają rzekę w marcu, w tym roku praktycznie nie wystąpiły.⟧ Do tego od początku roku na większości obszaru kraju spadło mniej deszczu niż zwykle.</p>
<p>IMGW wydał ostrzeżenia przed suszą hydrologiczną dla dziewięciu województw, m.in. mazowieckiego, łódzkiego, świętokrzyskiego i lubelskiego. Niski stan wód odnotowano także na Bugu, Narwi i Pilicy.</p>
<p>„Jeśli w najbliższych tygodniach nie będzie intensywnych opadów, wiosną i latem możemy mieć poważne problemy z wodą” – powiedział PAP hydrolog IMGW Tomasz Grabowski. Jak dodał, niski poziom rzek wpływa także na wody gruntowe i może utrudnić pracę rolnikom.</p>
[[AD]]
<p>Eksperci przypominają, że susza hydrologiczna nie dotyczy tylko rzek. Spada także poziom wody w jeziorach i studniach, co odczuwają mieszkańcy wsi korzystający z własnych ujęć. W niektórych gminach na Mazowszu już w ubiegłym roku latem trzeba było dowozić wodę beczkowozami.</p>
<p>Rolnicy obawiają się, że wiosenne zasiewy nie będą miały wystarczająco wilgoci. Izby rolnicze apelują do rządu o przygotowanie programu pomocy na wypadek suszy, podobnego do tych, które uruchamiano w poprzednich latach.</p>
<p>Na razie nie ma zagrożenia dla dostaw wody w stolicy. Miejskie Przedsiębiorstwo Wodociągów i Kanalizacji zapewnia, że ujęcia wody działają normalnie. ⟦Spółka apeluje jednak do mieszkańców o rozsądne korzystanie z wody⟧, zwłaszcza podczas podlewania ogrodów.</p>
<p>Niski stan Wisły widać gołym okiem. Przy moście Poniatowskiego i na wysokości Starego Miasta pojawiły się rozległe piaszczyste łachy, a w korycie rzeki odsłoniły się fragmenty dawnych konstrukcji.</p>
<p>Według prognoz IMGW w przyszłym tygodniu możliwe są słabe opady deszczu, które nie poprawią jednak znacząco sytuacji. ⟦Synoptycy nie przewidują na razie dłuższego okresu deszczowej pogody.⟧</p>""",
    kind="news", why="agency report on record low river level",
))

# ---------------------------------------------------------------- TT: "Text: …/TT"
PAGES.append(dict(
    case="sv-news-ttsnostorm", lang="sv", skin="regional", domain="norrlandsposten.example", site="Norrlandsposten",
    url="https://www.norrlandsposten.example/nyheter/smhi-varnar-for-snooovader-i-norrland-ab1f77/",
    h1="SMHI varnar för kraftigt snöoväder i Norrland",
    deck="Upp till 50 centimeter snö väntas falla längs kusten. Trafikverket uppmanar till försiktighet.",
    kicker="Nyheter", authors=["Erik Holm"], byline_html="⟪Text: Erik Holm/TT⟫", byline_text="Text: Erik Holm/TT", ld_authors=["org:TT Nyhetsbyrån"],
    pub="2026-03-09T07:48:00+01:00", mod="2026-03-09T12:10:00+01:00", date="9 mars 2026 07:48", updated="Uppdaterad 12:10",
    caption="⟪Snöröjning i centrala Umeå på måndagsmorgonen.⟫ Foto: Johan Nilsson/TT",
    nav=["Nyheter", "Sport", "Ekonomi", "Kultur", "Ledare", "Debatt"], footer_nav=["Kontakt", "Annonsera", "Integritet"],
    side=[("Mest läst", ["⟪Ny skola i Ersboda öppnar till hösten⟫", "Björklöven vidare till semifinal", "Bussarna ställs in på flera linjer"])],
    cookie="Vi använder cookies för att ge dig en bättre upplevelse.",
    related=["⟪Så förbereder du dig inför ett strömavbrott⟫", "Rekordmycket snö i Kiruna i februari"],
    footer="© Norrlandsposten 2026",
    body="""<p>⟦SMHI har utfärdat en orange varning för snöfall längs Norrlandskusten från måndag kväll till onsdag.⟧ Mellan Sundsvall och Luleå väntas upp till 50 centimeter snö på kort tid, och den hårda vinden kan orsaka snödrev och dålig sikt.</p>
<p>– ⟦Det här är ett ovanligt kraftigt snöoväder för att vara i mars⟧, säger meteorologen Linnea Rudström på SMHI.</p>
<p>Enligt SMHI drar ett lågtryck in från Bottenviken under måndagen. Snön börjar falla i Västernorrland på eftermiddagen och sprider sig sedan norrut under natten. Värst väntas det bli under tisdagen, då det kan snöa fem centimeter i timmen längs kusten.</p>
<p>Trafikverket uppmanar bilister att undvika onödiga resor och att ha vinterutrustning i bilen. Risken är stor att E4:an och flera andra vägar blir svårframkomliga, och lastbilar kan behöva stoppas på vissa sträckor.</p>
[[AD]]
<p>Räddningstjänsten i Umeå och Skellefteå har förstärkt sin beredskap och uppmanar allmänheten att inte ringa 112 för frågor om väglag eller inställda resor. I stället hänvisas till Trafikverkets och bolagens webbplatser.</p>
<p>Snöovädret kommer efter en vinter med ovanligt lite snö längs kusten. I januari och februari föll på flera håll mindre än hälften av den normala mängden, enligt SMHI. Skidorterna i fjällen har däremot haft en bra säsong, och många väntar sig fullt under påsklovet.</p>
<p>Även tågtrafiken kan påverkas. ⟦SJ har redan ställt in flera avgångar mellan Umeå och Stockholm på tisdagen⟧, och Norrtåg varnar för förseningar. Flygbolagen följer utvecklingen men har ännu inte ställt in några flyg.</p>
<p>I flera kommuner förbereder man sig för att skolor kan behöva stänga. Elbolagen har förstärkt sina jourstyrkor, eftersom tung snö kan få träd att falla över ledningar och orsaka strömavbrott.</p>
<p>Länsstyrelsen i Västerbotten uppmanar hushåll att ha ficklampa, batterier, vatten och mat hemma för några dagar.</p>
<p>Efter ovädret väntas kallare väder, med temperaturer ner mot minus 20 grader i inlandet. ⟦Först mot helgen ser det ut att bli mildare.⟧</p>""",
    kind="news", why="agency weather warning report",
))

# ---------------------------------------------------------------- ČTK alone; agency code line at the end
PAGES.append(dict(
    case="cs-news-ctkbyty", lang="cs", skin="portal", domain="brnenskylist.example", site="Brněnský list",
    url="https://www.brnenskylist.example/ekonomika/ceny-bytu-v-praze-v-unoru-mirne-klesly.A260305_101522",
    h1="Ceny bytů v Praze v únoru mírně klesly, v Brně dál rostou",
    kicker="Ekonomika", crumbs=["Zprávy", "Ekonomika"], authors=None, byline_html="ČTK", byline_text="ČTK", ld_authors=["org:ČTK"],
    pub="2026-03-05T10:15:00+01:00", date="5. března 2026 10:15",
    nav=["Zprávy", "Brno", "Ekonomika", "Sport", "Kultura", "Názory"], footer_nav=["Kontakty", "Reklama", "Ochrana osobních údajů"],
    side=[("Nejčtenější", ["⟪Brno otevře novou tramvajovou trať do Kampusu⟫", "Kometa vyhrála v prodloužení", "Uzavírka na Hlinkách potrvá do května"])],
    cookie="⟪Tento web používá soubory cookie k analýze návštěvnosti.⟫",
    related=["⟪Hypotéky zlevňují, banky hlásí rekordní zájem⟫", "Kolik stojí nájem v krajských městech"],
    footer="© 2026 Brněnský list",
    body="""<p>Praha - ⟦Ceny starších bytů v Praze v únoru meziměsíčně mírně klesly, a to o 0,4 procenta.⟧ Průměrná cena metru čtverečního se tak dostala na 128 400 korun. V Brně naopak ceny dál rostly a metr čtvereční tam stál v průměru 99 700 korun. Vyplývá to z analýzy realitního serveru Domovník, kterou má ČTK k dispozici.</p>
<p>Meziročně jsou byty v Praze stále dražší o 6,1 procenta, v Brně dokonce o 8,3 procenta. ⟦Podle analytiků ale pražský trh narazil na hranici toho, co si lidé mohou dovolit.⟧</p>
<p>„Kupující jsou opatrnější, déle vyjednávají a prodávající musí častěji slevit z původní ceny,“ uvedla analytička Domovníku Jana Koubková. Podle ní se průměrná doba prodeje bytu v Praze prodloužila na 74 dní.</p>
<p>V Brně je situace jiná. Město má podle analytiků dlouhodobě málo nových bytů a zájem o bydlení zvyšují studenti i lidé, kteří se stěhují za prací v technologických firmách. ⟦Nejvíce zdražovaly menší byty v Králově Poli a v Žabovřeskách.⟧</p>
[[AD]]
<p>Podle analytiků se liší i vývoj na trhu nájemního bydlení. Nájmy v Praze v únoru stagnovaly, zatímco v Brně a v Olomouci dál mírně rostly. Průměrný nájem bytu o velikosti 2+kk v Praze podle analýzy přesahuje 21 tisíc korun měsíčně bez energií.</p>
<p>Developeři upozorňují, že povolovací řízení nových staveb trvá v Česku stále velmi dlouho. Nový stavební zákon měl podle nich celý proces urychlit, v praxi se ale zatím výrazné zlepšení nedostavilo.</p>
<p>Ve většině ostatních krajských měst se ceny v únoru téměř nezměnily. Nejlevnější byty jsou podle analýzy v Ústí nad Labem, kde metr čtvereční stojí v průměru 38 500 korun.</p>
<p>Trh s bydlením podporuje pokles úrokových sazeb hypoték. Průměrná sazba nových úvěrů klesla v únoru pod pět procent, poprvé od roku 2022. Banky proto hlásí vyšší zájem o hypotéky.</p>
<p>Analytici očekávají, že ceny bytů budou v letošním roce v průměru růst o čtyři až šest procent. ⟦Výrazný pokles cen podle nich nehrozí⟧, protože nových bytů se staví stále málo.</p>
[[CREDIT|⟪jab mkh⟫]]""",
    kind="news", why="agency report on apartment prices",
))

# ---------------------------------------------------------------- MTI: agency byline and "Forrás: MTI"
PAGES.append(dict(
    case="hu-news-mtiturista", lang="hu", skin="regional", domain="dunantulinaplo.example", site="Dunántúli Napló Online",
    url="https://www.dunantulinaplo.example/orszag-vilag/rekordszamu-turista-erkezett-budapestre-februarban-4471902/",
    h1="Rekordszámú turista érkezett Budapestre februárban",
    deck="A külföldi vendégek száma 14 százalékkal nőtt egy év alatt.",
    kicker="Ország-világ", authors=None, byline_html="⟪MTI⟫", byline_text="MTI", ld_authors=["org:MTI"],
    pub="2026-03-10T09:30:00+01:00", date="2026. 03. 10. 9:30",
    source_line="⟪Forrás: MTI⟫",
    caption="⟪Turisták a Halászbástyán.⟫ Fotó: MTI/Szabó Bence",
    nav=["Pécs", "Baranya", "Ország-világ", "Sport", "Gazdaság", "Vélemény"], footer_nav=["Impresszum", "Kapcsolat", "Adatvédelem"],
    side=[("Legolvasottabb", ["⟪Pécsen új buszjáratok indulnak áprilistól⟫", "Felújítják a Zsolnay-negyed egyik épületét"])],
    cookie="Weboldalunk sütiket használ a jobb felhasználói élmény érdekében.",
    related=["⟪Balaton: idén korábban nyitnak a strandok⟫", "Drágultak a szállások a fővárosban"],
    footer="© 2026 Dunántúli Napló Online",
    body="""<p>⟦Februárban minden korábbinál több, csaknem 410 ezer külföldi vendég szállt meg a budapesti szálláshelyeken⟧ – derül ki a Központi Statisztikai Hivatal (KSH) kedden közzétett adataiból. Ez 14 százalékkal több, mint egy évvel korábban.</p>
<p>A külföldi vendégek által eltöltött éjszakák száma 13 százalékkal, mintegy egymillió-százezerre nőtt. A legtöbb vendég Németországból, az Egyesült Királyságból, Olaszországból és az Egyesült Államokból érkezett. ⟦Jelentősen nőtt a dél-koreai és a japán turisták száma is.⟧</p>
<p>A szálláshelyek bruttó árbevétele folyó áron 19 százalékkal haladta meg az előző év azonos időszakit. Az átlagos szobaár a budapesti szállodákban 38 ezer forint volt.</p>
<p>Szakértők szerint a növekedéshez hozzájárultak az új közvetlen légi járatok, valamint a februári rendezvények, köztük két nagy nemzetközi konferencia. ⟦„A téli hónapok már nem számítanak holt szezonnak Budapesten”⟧ – mondta a Magyar Szállodák és Éttermek Szövetségének egyik vezetője.</p>
[[AD]]
<p>A budapesti szállodák közül a belvárosi négy- és ötcsillagos szállodák teljesítettek a legjobban, ezekben a kihasználtság meghaladta a 70 százalékot. A rövid távú lakáskiadás szintén népszerű maradt, bár a fővárosban az utóbbi időben több kerületben is szigorították a szabályokat.</p>
<p>A budapesti repülőtér februárban több mint egymillió utast szolgált ki, ami szintén rekordnak számít ebben a hónapban. A repülőtér üzemeltetője szerint tavasszal újabb közvetlen járatok indulnak Ázsiába és Észak-Amerikába, ami tovább növelheti a vendégforgalmat.</p>
<p>Az idegenforgalmi szakemberek szerint fontos, hogy a külföldi vendégek ne csak a fővárosban töltsenek időt, hanem vidékre is eljussanak, például a Balatonhoz, Pécsre vagy Egerbe.</p>
<p>A vidéki szálláshelyeken is nőtt a vendégek száma, de kisebb mértékben. A belföldi vendégek száma országosan 4 százalékkal emelkedett, elsősorban a gyógyfürdőkkel rendelkező településeken, például Hévízen, Zalakaroson és Hajdúszoboszlón.</p>
<p>A turisztikai ágazat képviselői ugyanakkor arra figyelmeztetnek, hogy egyre nehezebb megfelelő számú munkaerőt találni, különösen a szállodák és a vendéglátóhelyek számára.</p>
<p>A KSH adatai szerint a szálláshelyek kapacitáskihasználtsága Budapesten 62 százalék volt februárban. ⟦A szállodák a tavaszi hónapokra is erős foglalásokról számoltak be.⟧</p>""",
    kind="news", why="agency report on tourism statistics",
))

# ---------------------------------------------------------------- AGERPRES: "Autor: …, editor: …" at the end
PAGES.append(dict(
    case="ro-news-agerpresautostrada", lang="ro", skin="regional", domain="monitorulmoldovei.example", site="Monitorul Moldovei",
    url="https://www.monitorulmoldovei.example/actualitate/autostrada-moldovei-un-nou-tronson-deschis-circulatiei-1873342.html",
    h1="Autostrada Moldovei: un nou tronson de 32 de kilometri, deschis circulației",
    kicker="Actualitate", authors=["Ioana Marin"], byline_html="⟪AGERPRES⟫", byline_text="AGERPRES", ld_authors=["org:AGERPRES"],
    pub="2026-03-13T13:40:00+02:00", date="13 martie 2026, 13:40",
    caption="⟪Primele autoturisme pe noul tronson, vineri.⟫ Foto: AGERPRES",
    nav=["Actualitate", "Local", "Economie", "Sport", "Opinii", "Cultură"], footer_nav=["Despre noi", "Contact", "Termeni"],
    side=[("Cele mai citite", ["⟪Bacău: lucrări de modernizare pe strada Mărășești⟫", "Meci decisiv pentru FC Botoșani", "Prețul pâinii crește din aprilie"])],
    cookie="Acest site folosește cookie-uri.",
    related=["⟪Când va fi gata autostrada până la Iași⟫", "Cum arată noile parcări de pe A7"],
    footer="© 2026 Monitorul Moldovei",
    body="""<p>⟦Un nou tronson al Autostrăzii Moldovei (A7), cu o lungime de 32 de kilometri, a fost deschis circulației vineri⟧, a anunțat Compania Națională de Administrare a Infrastructurii Rutiere (CNAIR).</p>
<p>Porțiunea nou deschisă leagă localitățile Pașcani și Lețcani, în județul Iași. ⟦Șoferii vor putea circula cu viteza maximă de 130 de kilometri pe oră⟧, a precizat compania. Tronsonul are două noduri rutiere, zece poduri și un pasaj peste calea ferată.</p>
<p>Ministrul Transporturilor a declarat, la inaugurare, că în acest an vor fi deschise încă aproximativ 80 de kilometri din Autostrada Moldovei. „Ne-am angajat ca până la sfârșitul anului 2027 să se poată circula pe autostradă de la București până la Suceava”, a spus acesta.</p>
<p>Lucrările la acest tronson au început în primăvara anului 2023 și au fost finanțate în principal din Planul Național de Redresare și Reziliență. Constructorul a terminat lucrarea cu patru luni înainte de termenul din contract.</p>
[[AD]]
<p>Circulația pe drumul național DN28, care traversează mai multe localități între Pașcani și Iași, este așteptată să scadă semnificativ. Primarii din zonă au salutat deschiderea autostrăzii, spunând că traficul greu prin centrele comunelor a devenit în ultimii ani o problemă de siguranță pentru locuitori, în special pentru copiii care merg la școală.</p>
<p>Autostrada Moldovei va avea, în final, aproximativ 430 de kilometri și va lega Ploieștiul de Siret, la granița cu Ucraina. Până acum au fost date în folosință peste 200 de kilometri.</p>
<p>Transportatorii au salutat deschiderea noului tronson. ⟦Potrivit acestora, timpul de călătorie între Iași și Suceava se va reduce cu aproximativ 30 de minute.⟧</p>
<p>Reprezentanții CNAIR au precizat că pe tronsonul nou deschis vor fi amenajate și două parcări cu toalete și stații de încărcare pentru mașini electrice, care vor fi gata până în vară.</p>
<p>⟦Până atunci, șoferii sunt rugați să respecte limitele de viteză temporare din zona nodurilor rutiere.⟧</p>
[[CREDIT|⟪Autor: Ioana Marin, editor: Mihai Stan⟫]]""",
    kind="news", why="agency report on a new motorway section",
))
