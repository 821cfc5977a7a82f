"""Dutch, Polish, Swedish, Czech and Romanian pages: a parliamentary debate report, a farmers' protest report with
slogans, a declared Swedish editorial («Ledare»), a Czech fact check with a verdict and a Romanian doctor's commentary
that declares nothing but a closing bio."""

PAGES = []

# ---------------------------------------------------------------- parliamentary debate: MPs argue
PAGES.append(dict(
    case="nl-news-debatwoningbouw", lang="nl", skin="zeitung", domain="dagbladdelta.example", site="Dagblad De Delta",
    url="https://www.dagbladdelta.example/politiek/kamer-botst-over-woningbouwwet-we-bouwen-te-traag~b8c41e2a/",
    h1="Kamer botst over woningbouwwet: ‘We bouwen te traag en iedereen weet het’",
    deck="Coalitie en oppositie verwijten elkaar vertraging. Minister houdt vast aan 100.000 woningen per jaar.",
    kicker="Politiek", authors=["Sanne de Wit"], byline_text="Sanne de Wit, politiek verslaggever", crumbs=["Politiek"],
    ld_type="NewsArticle", ld_authors=["Sanne de Wit"], ld_section="Politiek",
    pub="2026-03-12T21:30:00+01:00", date="12 maart 2026, 21:30", nav=["Nieuws", "Politiek", "Economie", "Buitenland", "Opinie", "Cultuur", "Sport", "Regio"],
    cookie="⟪Wij gebruiken cookies om de site goed te laten werken en om advertenties af te stemmen.⟫",
    caption="⟪Minister Van Aalst tijdens het debat in de Tweede Kamer.⟫ Foto ANP",
    most=["⟪Storing bij NS: geen treinen tussen Utrecht en Amersfoort⟫", "Eerste ooievaars terug in de Biesbosch", "Feyenoord wint Klassieker"],
    op_box=("Opinie", [("Column", "⟪De woningnood is een keuze, geen natuurramp⟫"), ("Commentaar", "Een wet alleen bouwt geen huizen")]),
    related=["Woningbouw blijft steken op 72.000 nieuwe huizen", "Gemeenten: ‘Geef ons eerst geld voor wegen en scholen’"],
    footer="⟪© 2026 Dagblad De Delta B.V. Alle rechten voorbehouden.⟫",
    body="""<p>DEN HAAG – ⟦In een fel debat over de nieuwe woningbouwwet hebben coalitie en oppositie elkaar donderdag verweten⟧ dat de bouw van betaalbare huizen stilvalt. Minister Jorien van Aalst (Volkshuisvesting) hield vast aan haar doel van 100.000 nieuwe woningen per jaar, maar erkende dat dat in 2026 “niet gehaald gaat worden”.</p>
<p>De wet moet gemeenten verplichten om twee derde van de nieuwbouw betaalbaar te maken en geeft het Rijk de bevoegdheid om in te grijpen als provincies te weinig bouwlocaties aanwijzen. Vorig jaar werden 72.000 woningen opgeleverd.</p>
<p>⟦“We bouwen te traag en iedereen in deze zaal weet het,” zei Kamerlid Mustafa Karaca (oppositie).⟧ “Er staat een generatie op de wachtlijst terwijl wij hier over percentages praten. De minister moet niet plannen, ze moet bouwen.”</p>
<p>Coalitiepartij-Kamerlid Ellen Bosman reageerde scherp. “Wie tien jaar lang elke bouwlocatie in zijn eigen gemeente heeft tegengehouden, moet ons niet de les lezen,” zei zij, verwijzend naar gemeenteraadsleden van Karaca’s partij. “Deze wet doet precies wat u vraagt: hij haalt de rem eraf.”</p>
<h2>Stikstof en netcongestie</h2>
<p>⟦Meerdere fracties wezen op problemen die de wet niet oplost.⟧ Volgens Kamerlid Pieter Hoekstra liggen vergunningen voor zeker 40.000 woningen stil vanwege stikstofregels en een overvol stroomnet. “We kunnen een wet aannemen die zegt dat er gebouwd moet worden, maar als er geen stroomaansluiting komt, staat er straks een lege wijk,” zei hij.</p>
<p>De minister zei dat zij met netbeheerders afspraken maakt over voorrang voor woningbouw en dat er in april een aparte stikstofregeling voor de bouw naar de Kamer komt. “Ik ga hier niet beloven wat ik niet kan waarmaken,” zei Van Aalst. “Maar zonder deze wet wordt het zeker niets.”</p>
<p>Ook de rol van beleggers kwam aan bod. Een meerderheid steunde een motie die de minister vraagt te onderzoeken hoe verkoop van huurwoningen door beleggers kan worden beperkt. ⟦Een voorstel om de huurgrens voor nieuwbouw te verlagen haalde het niet.⟧</p>
<p>Bouwend Nederland, de brancheorganisatie van bouwbedrijven, noemde de wet na afloop “een stap in de goede richting”, maar waarschuwde dat de bouwkosten het afgelopen jaar met 7 procent zijn gestegen. De Woonbond, die huurders vertegenwoordigt, sprak van “te weinig, te laat”.</p>
<p>⟦De Tweede Kamer stemt dinsdag over de wet en de ingediende moties.⟧ Een meerderheid lijkt verzekerd, maar in de Eerste Kamer is de steun onzeker.</p>""",
    kind="news", why="debate report: MPs’ arguments quoted, the paper reports",
))

# ---------------------------------------------------------------- protest report with slogans; agency co-credit
PAGES.append(dict(
    case="pl-news-protestrolnikow", lang="pl", skin="portal", domain="kurierpolski.example", site="Kurier Polski",
    url="https://www.kurierpolski.example/kraj/protest-rolnikow-w-warszawie-chcemy-zyc-z-naszej-pracy/ar/c1-4471820",
    h1="„Chcemy żyć z naszej pracy”. Tysiące rolników protestowały w Warszawie",
    deck="Rolnicy domagają się ograniczenia importu zboża i wyższych dopłat. Rząd zapowiada rozmowy.",
    kicker="Kraj", authors=["Tomasz Wrona"], byline_text="Tomasz Wrona, PAP",
    ld_type="ReportageNewsArticle", ld_authors=["Tomasz Wrona", "org:PAP"], ld_section="Kraj",
    pub="2026-02-20T17:55:00+01:00", date="20.02.2026, 17:55", nav=["Kraj", "Świat", "Gospodarka", "Opinie", "Kultura", "Sport", "Nauka", "Zdrowie"],
    cookie="⟪Korzystamy z plików cookies w celach statystycznych i reklamowych.⟫",
    caption="⟪Protestujący rolnicy na placu Zamkowym w Warszawie.⟫ Fot. PAP",
    most=["⟪Utrudnienia na A2 pod Łodzią do końca miesiąca⟫", "Nowe zasady 800 plus od czerwca", "Legia awansowała do półfinału"],
    op_box=("Opinie", [("Komentarz", "⟪Rolnicy mają rację, ale nie we wszystkim⟫"), ("Felieton", "Miasto i wieś mówią dwoma językami")]),
    related=["Ceny skupu pszenicy najniższe od pięciu lat", "Minister rolnictwa: spotkam się z protestującymi"],
    comments=[("gospodarz_z_lubelskiego", "20.02.2026", "⟪Byłem tam. Nikt z rządu do nas nie wyszedł.⟫")],
    footer="⟪Copyright © 2026 Kurier Polski Sp. z o.o. Wszelkie prawa zastrzeżone.⟫",
    body="""<p>Warszawa (PAP) – ⟦Kilka tysięcy rolników z całego kraju przeszło w piątek ulicami Warszawy⟧ spod Ministerstwa Rolnictwa przed Sejm. Protestujący domagali się ograniczenia importu zboża spoza Unii Europejskiej, wyższych dopłat do nawozów i zmian w unijnej polityce rolnej.</p>
<p>Według policji w marszu wzięło udział około 6 tysięcy osób, według organizatorów – ponad 15 tysięcy. Uczestnicy nieśli transparenty z hasłami ⟦„Chcemy żyć z naszej pracy”, „Bez rolnika nie ma chleba” i „Polska wieś nie jest na sprzedaż”⟧. Na placu Zamkowym odpalono race, a kilkudziesięciu rolników wjechało do centrum ciągnikami.</p>
<p>„Sprzedajemy pszenicę poniżej kosztów produkcji. Jeśli tak dalej pójdzie, za dwa lata połowa z nas zamknie gospodarstwa” – mówił ze sceny Jan Kowalik z Lubelszczyzny, jeden z organizatorów protestu. „My nie chcemy jałmużny. Chcemy uczciwej ceny” – dodał.</p>
<p>⟦Przed Sejmem protestujący złożyli petycję z siedmioma postulatami.⟧ Wśród nich jest wprowadzenie licencji na import zboża, skup interwencyjny oraz wycofanie się z części wymogów środowiskowych Zielonego Ładu.</p>
<h2>Reakcja rządu</h2>
<p>Minister rolnictwa Krzysztof Mazur zapowiedział, że w przyszłym tygodniu spotka się z przedstawicielami protestujących. „Rozumiem frustrację rolników i wiele ich postulatów jest słusznych, ale część z nich wymaga decyzji na poziomie unijnym” – powiedział dziennikarzom w Sejmie. Dodał, że rząd przygotowuje program dopłat do przechowywania zboża.</p>
<p>Opozycja oskarżyła rząd o bierność. „Rolnicy stoją pod Sejmem, a minister opowiada o Brukseli” – mówił poseł Andrzej Wilk. Politycy koalicji odpowiadali, że problemy z importem narastały od lat.</p>
<h2>Utrudnienia w mieście</h2>
<p>Protest spowodował duże utrudnienia w ruchu. ⟦Przez kilka godzin zamknięte były Aleje Jerozolimskie i most Poniatowskiego⟧, a autobusy kierowano objazdami. Policja poinformowała, że zatrzymała dwie osoby za naruszenie nietykalności funkcjonariusza. Poza tym demonstracja przebiegła spokojnie.</p>
<p>Wśród protestujących byli także sadownicy i hodowcy trzody. „Przyjechałem z dwoma sąsiadami, bo w naszej wsi nikt już nie wierzy, że ktoś nas słucha” – mówił reporterowi PAP 58-letni rolnik z okolic Zamościa, który prowadzi gospodarstwo o powierzchni 40 hektarów. Część uczestników przyjechała z dziećmi, niektórzy nieśli portrety rolników, którzy w ostatnich latach zlikwidowali gospodarstwa.</p>
<p>Związki rolnicze zapowiadają kolejne akcje, w tym blokady dróg w województwach lubelskim i podkarpackim, jeśli rozmowy z ministrem nie przyniosą rezultatów. Podobne protesty odbyły się w piątek także w Czechach i na Słowacji.</p>
<p>⟦Spotkanie w ministerstwie zaplanowano na środę.⟧</p>""",
    kind="news", why="protest report: slogans and demands quoted, reactions from both sides",
))

# ---------------------------------------------------------------- declared Swedish editorial; Open Graph only
PAGES.append(dict(
    case="sv-opinion-ledarependeltag", lang="sv", skin="story", domain="norrlandsposten.example", site="Norrlandsposten",
    url="https://www.norrlandsposten.example/ledare/2026-04-03/regionen-maste-rada-bot-pa-pendeltagskaoset",
    h1="Regionen måste råda bot på pendeltågskaoset",
    kicker="Ledare", authors=["Karin Lindqvist"], byline_text="Karin Lindqvist, ledarskribent",
    meta="og", meta_section="Ledare", pub="2026-04-03T05:00:00+02:00", date="3 april 2026 05:00", strip="Fredag 3 april 2026",
    nav=["Nyheter", "Sverige", "Världen", "Ekonomi", "Ledare", "Debatt", "Kultur", "Sport"],
    cookie="⟪Vi använder cookies för att förbättra din upplevelse och visa relevant reklam.⟫",
    most=["⟪Snöstorm stoppar trafiken på E4 norr om Umeå⟫", "Ny skola byggs i Ersboda", "Björklöven vann derbyt"],
    op_box=("Ledare och debatt", [("Debatt", "⟪Ge glesbygden egna tågavgångar⟫"), ("Kolumn", "Jag har slutat lita på tidtabellen")]),
    related=["Var tredje avgång försenad i mars", "Regionen och Trafikverket skyller på varandra"],
    comments=[("Pendlare_Bjn", "3 april 2026", "⟪Äntligen någon som säger det. Jag har missat tre möten i år.⟫")],
    footer="⟪Ansvarig utgivare: Per Holm. © 2026 Norrlandsposten AB⟫",
    body="""<p>⟦Var tredje pendeltågsavgång mellan Umeå och Vännäs var försenad i mars.⟧ Det är ingen olyckshändelse, och det är inte vädret. Det är resultatet av ett system där ingen tar ansvar och där resenärerna betalar priset, varje morgon.</p>
<p>Regionen skyller på Trafikverket, som skyller på operatören, som skyller på fordonsbristen. Alla har delvis rätt. Men för den som står på perrongen i Vännäs klockan 06.40 och väntar på ett tåg som inte kommer spelar det ingen roll vems fel det är. Hon kommer för sent till jobbet ändå.</p>
<p>⟦Det är dags att regionen slutar peka åt andra håll och tar ledningen.⟧ Det är regionen som har upphandlat trafiken, regionen som har beställt för få reservfordon och regionen som har valt bort den dubbelspårsutbyggnad som hade gjort trafiken mindre sårbar. Politikerna i regionfullmäktige har makten att ändra detta.</p>
<p>Tre saker borde göras omedelbart. För det första måste avtalet med operatören omförhandlas så att förseningar får ekonomiska följder på riktigt. Dagens vite är så lågt att det är billigare att ställa in en avgång än att hyra in ett reservtåg. För det andra måste regionen köpa in fler fordon. Två extra tåg skulle enligt regionens egen utredning minska de inställda avgångarna med hälften. För det tredje måste resenärerna få tillbaka pengar automatiskt, utan blanketter.</p>
<p>⟦Inget av detta är gratis.⟧ Men kostnaden för att låta bli är större. Pendeltåget skulle göra det möjligt att bo i Vännäs och arbeta i Umeå, att studera utan bil och att minska utsläppen. Varje ny försening lär människor att tåget inte går att lita på, och den som har köpt en bil för att slippa tåget kommer inte tillbaka.</p>
<p>Regionrådet har lovat en ”handlingsplan” till sommaren. Det räcker inte. Resenärerna har fått handlingsplaner förut. Vad de behöver är tåg som går i tid.</p>
<p>Det är också en fråga om rättvisa. Den som bor centralt i Umeå har bussar var femte minut. Den som bor längs Vännäsbanan har ett tåg i halvtimmen, och när det uteblir finns inget alternativ. Regionen kan inte tala om jämlik tillgång till arbete och utbildning och samtidigt acceptera att just de resenärerna får den sämsta servicen.</p>
<p>Det finns goda exempel. I grannregionen infördes förra året en garanti som ger resenären en taxiresa om tåget är mer än tjugo minuter försenat. Punktligheten förbättrades märkbart, eftersom det plötsligt kostade pengar att slarva.</p>
<p>⟦Fullmäktige sammanträder den 21 april. Då bör beslutet fattas.⟧ ⟦Pendlarna har väntat tillräckligt länge.⟧</p>""",
    kind="opinion", why="«Ledare» section and editorial writer; demands of the region",
))

# ---------------------------------------------------------------- Czech fact check with a verdict
PAGES.append(dict(
    case="cs-news-overenidalnice", lang="cs", skin="wpnews", domain="denikmorava.example", site="Deník Morava",
    url="https://denikmorava.example/2026/01/overili-jsme-je-d1-nejdrazsi-dalnice-v-evrope/",
    h1="Ověřili jsme: Je dálnice D1 opravdu nejdražší v Evropě?",
    kicker="Ověřili jsme", authors=["Jakub Novák"], byline_text="Jakub Novák", byline_html='Autor: <a href="/autor/jakub-novak/">Jakub Novák</a>',
    ld_type="NewsArticle", ld_authors=["Jakub Novák"], ld_section="Ověřovna",
    pub="2026-01-22T10:00:00+01:00", date="22. ledna 2026 10:00", strip="čtvrtek 22. ledna 2026",
    nav=["Zprávy", "Domov", "Svět", "Ekonomika", "Názory", "Kultura", "Sport", "Ověřovna"],
    cookie="⟪Tento web používá soubory cookie k poskytování služeb a analýze návštěvnosti.⟫",
    most=["⟪Na D1 u Velkého Meziříčí se tvoří kolony⟫", "Brno chystá novou tramvajovou trať", "Kometa zvítězila v prodloužení"],
    op_box=("Názory", [("Komentář", "⟪Dálnice nejsou zadarmo, ať si to politici přiznají⟫"), ("Glosa", "Známka pro každého")]),
    related=["Dálniční známka zdraží na 2 440 korun", "Jak se počítají náklady na kilometr dálnice"],
    footer="⟪© 2026 Deník Morava, s.r.o. Všechna práva vyhrazena.⟫",
    body="""<p>⟦Poslanec Radek Hruška v úterní televizní debatě prohlásil⟧, že dálnice D1 je „nejdražší dálnice v Evropě, postavená za ceny, za které by Němci postavili dvě“. Výrok se během dne rozšířil na sociálních sítích. Ověřili jsme, co na něm je pravdy.</p>
<h2>Co říkají čísla</h2>
<p>Ředitelství silnic a dálnic uvádí, že modernizace 160 kilometrů dálnice D1 v letech 2013 až 2021 stála přibližně 21,7 miliardy korun bez DPH. ⟦To odpovídá zhruba 136 milionům korun na kilometr.⟧ Jde však o rekonstrukci stávající dálnice, nikoli o stavbu nové, a takové náklady nelze přímo srovnávat s novostavbami v jiných zemích.</p>
<p>U nově stavěných úseků je srovnání složitější. Podle studie Evropského účetního dvora z roku 2023 se průměrné náklady na kilometr nové dálnice v zemích EU pohybovaly mezi 5 a 20 miliony eur, v závislosti na terénu a počtu mostů. Nové úseky D1 na Moravě stály přibližně 9 až 12 milionů eur na kilometr, tedy uprostřed tohoto rozpětí.</p>
<p>⟦Dražší stavby najdeme například v Rakousku, Švýcarsku nebo Itálii⟧, kde vedou dálnice horským terénem a velkou část tvoří tunely. Naopak v Polsku nebo Španělsku se staví levněji.</p>
<p>Ověřovali jsme také, zda se výrok netýká ceny za celý životní cyklus dálnice, tedy včetně údržby. Ani v tomto ohledu však D1 podle dat ministerstva dopravy nevybočuje; roční náklady na údržbu kilometru jsou srovnatelné s Rakouskem i Slovenskem. Dálnice je ovšem jednou z nejvytíženějších v regionu, což opotřebení zrychluje a opravy prodražuje.</p>
<h2>Odkud výrok pochází</h2>
<p>Na dotaz redakce nám asistent poslance Hrušky poslal odkaz na článek z roku 2014, který srovnával náklady jednoho krátkého úseku s průměrem v Německu. Tento úsek však zahrnoval dva dlouhé mosty přes údolí a jeho cena byla výjimečná i v rámci Česka. „Pan poslanec na výroku trvá, dálnice se u nás prostě stavějí předraženě,“ doplnil asistent.</p>
<p>Dopravní analytik Martin Kovář upozorňuje, že problém českých staveb nebývá cena za kilometr, ale zdlouhavá příprava. „Stavíme zhruba za evropský průměr, ale přípravou projektu strávíme často přes deset let,“ řekl redakci.</p>
<div class="verdict"><p><strong>Hodnocení: Zavádějící.</strong> ⟦D1 není podle dostupných dat nejdražší dálnicí v Evropě.⟧ Náklady nových úseků odpovídají evropskému průměru; vysoká čísla se týkají rekonstrukce a jednoho výjimečného úseku.</p></div>
<p>Narazili jste na výrok, který bychom měli ověřit? Napište nám na overovna@denikmorava.example.</p>""",
    kind="news", why="fact check with a verdict; the claim is quoted",
))

# ---------------------------------------------------------------- Romanian doctor's commentary; no label; bio line in the body
PAGES.append(dict(
    case="ro-opinion-urgente", lang="ro", skin="portal", domain="gazetaardealului.example", site="Gazeta Ardealului",
    url="https://www.gazetaardealului.example/sanatate/cozile-de-la-urgente-nu-sunt-o-fatalitate-1847296",
    h1="Cozile de la Urgențe nu sunt o fatalitate",
    kicker="Sănătate", authors=["Ana Mureșan"], byline_text="Ana Mureșan",
    ld_type="NewsArticle", ld_authors=["Ana Mureșan"], ld_section="Sănătate",
    pub="2026-02-16T09:20:00+02:00", date="16 februarie 2026, 09:20", nav=["Actualitate", "Cluj", "Politică", "Economie", "Opinii", "Sănătate", "Sport", "Cultură"],
    cookie="⟪Acest site folosește cookie-uri pentru a-ți oferi o experiență mai bună.⟫",
    most=["⟪Trafic restricționat pe Calea Florești pentru lucrări⟫", "Noul terminal al aeroportului se deschide în mai", "CFR a câștigat derbiul"],
    op_box=("Opinii", [("Editorial", "⟪Spitalul regional, promisiunea fiecărei campanii⟫"), ("Comentariu", "De ce plecăm, de ce ne întoarcem")]),
    related=["UPU Cluj: peste 400 de pacienți pe zi în ianuarie", "Ministerul Sănătății anunță un plan pentru urgențe"],
    footer="⟪© 2026 Gazeta Ardealului. Toate drepturile rezervate.⟫",
    body="""<p>⟦Lucrez de unsprezece ani în Unitatea de Primiri Urgențe a unui spital județean.⟧ În tura de sâmbătă noaptea am avut 63 de pacienți, doi medici și patru asistente. O femeie de 84 de ani a așteptat șase ore pe un scaun, pentru că nu mai era niciun pat liber. Nu scriu asta ca să mă plâng. Scriu pentru că sunt convinsă că se poate altfel.</p>
<p>Cozile de la Urgențe sunt tratate în România ca o fatalitate, ca o vreme rea pe care trebuie doar s-o îndurăm. Nu sunt. ⟦Ele sunt rezultatul unor alegeri, iar alegerile pot fi schimbate.⟧</p>
<p>Aproape jumătate dintre pacienții care vin la noi nu au o urgență reală. Au o febră, o durere de spate, o rețetă care s-a terminat. Vin la spital pentru că medicul de familie are program doar dimineața sau pentru că în comuna lor nu mai există niciun medic. Nu îi judec. În locul lor aș face la fel.</p>
<p>Soluțiile există și au fost testate. Centrele de permanență, deschise seara și în weekend, au redus cu un sfert numărul de prezentări la Urgențe acolo unde au funcționat cu adevărat. Triajul telefonic, folosit de ani buni în alte țări europene, îndrumă pacientul către locul potrivit înainte ca el să ajungă în sala de așteptare. Iar paturile de la etaj trebuie eliberate mai repede, cu servicii de îngrijire la domiciliu pentru bătrânii care nu mai au nevoie de spital, dar nu au unde merge.</p>
<p>⟦Cred că avem nevoie de curaj politic mai mult decât de bani.⟧ Centrele de permanență au fost închise, pe rând, pentru că nu aduceau voturi și nu arătau bine în fotografii. Un spital nou arată. O rețea de cabinete deschise seara nu.</p>
<p>Ne gândim rar la cei care lucrează în aceste condiții. Colegii mei pleacă, unul câte unul, în Germania sau în sistemul privat. Nu din cauza banilor, cel mai des, ci din cauza oboselii și a sentimentului că nimic nu se schimbă.</p>
<p>⟦Vă rog, data viitoare când auziți un politician promițând un spital nou, întrebați-l⟧ ce face pentru cabinetul din comuna dumneavoastră. ⟦Acolo începe, de fapt, coada de la Urgențe.⟧</p>
<p class="nota-autor"><em>⟪Ana Mureșan este medic specialist în medicină de urgență la Cluj-Napoca.⟫</em></p>""",
    exclude=["p.nota-autor"],
    kind="opinion", why="doctor’s first-person argument and appeal; only a closing bio",
))
