"""Polish and Dutch pages: page 1 of a three-part reportage on a closing coal mine, with sections, ad slots and
captioned figures; a column with an update note on top, a drop cap and the rest behind a premium-content wrapper."""
from parts import P, ad, also, cta, fig, lede, note, pager, paywall, sec

PAGES = []

PAGES.append(dict(
    case="pl-news-ostatniaszychta", lang="pl", skin="portal", domain="gazetaslaska.example", site="Gazeta Śląska",
    url="https://gazetaslaska.example/reportaz/ostatnia-szychta-w-kopalni-wanda",
    h1="Ostatnia szychta. Jak Rudnik żegna kopalnię „Wanda” (część 1)",
    deck="Po 112 latach kopalnia w Rudniku zamyka się na zawsze. W pierwszej części reportażu: górnicy i ich ostatnie miesiące pod ziemią.",
    kicker="Reportaż", strip="Sobota, 21 marca 2026",
    authors=["Agnieszka Wróbel"], byline_text="Tekst: Agnieszka Wróbel, zdjęcia: Paweł Kuc", ld_authors=["Agnieszka Wróbel"], meta="og",
    pub="2026-03-21T07:00:00+01:00", date="21.03.2026, 07:00",
    nav=["Region", "Kraj", "Gospodarka", "Sport", "Kultura", "Reportaż"],
    cookie="⟪Korzystamy z plików cookies, aby ułatwić korzystanie z serwisu.⟫",
    related=["⟪Transformacja regionu: miliardy z funduszu unijnego⟫", "Co po kopalni? Pomysły mieszkańców Rudnika", "Górnicze emerytury: nowe zasady"],
    most=["⟪Korki na A4: remont potrwa do czerwca⟫", "Nowy basen w Rudniku otwarty", "Derby Śląska: bilety wyprzedane"],
    footer="⟪© 2026 Gazeta Śląska. Wszelkie prawa zastrzeżone.⟫",
    footer_nav=["Redakcja", "Reklama", "Regulamin", "Polityka prywatności"],
    body=P("""⟦O piątej rano na placu przed cechownią kopalni „Wanda” jest jeszcze ciemno.⟧ Górnicy pierwszej zmiany przychodzą pojedynczo i w małych grupach, z termosami i reklamówkami, witają się skinieniem głowy, palą ostatniego papierosa przed zjazdem. Nad wieżą wyciągową szybu „Józef” świeci czerwona lampka. Paliła się tu bez przerwy od 1914 roku. Zgaśnie 30 czerwca.

Kopalnia „Wanda” w Rudniku jest jedną z ostatnich czynnych kopalń węgla kamiennego w tej części Śląska. W najlepszych latach, pod koniec lat siedemdziesiątych, pracowało tu ponad 6 tysięcy ludzi. Dziś jest ich 1140. Większość z nich do końca czerwca przejdzie na urlopy górnicze, emerytury albo do innych zakładów spółki. Kilkudziesięciu zostanie, żeby zabezpieczyć wyrobiska. Potem szyby zostaną zasypane. Na miejscu cechowni, łaźni i warsztatów mają powstać hale produkcyjne, biura i park. Wieża wyciągowa szybu „Józef”, wpisana kilka lat temu do rejestru zabytków, zostanie. Będzie można na nią wejść i popatrzeć na miasto z góry, tak jak przez sto lat patrzyli na nie tylko górnicy i maszyniści wyciągowi. Niektórzy w Rudniku mówią, że to dobry pomysł. Inni, że to jak postawić pomnik na grobie.

Przez trzy miesiące rozmawialiśmy z górnikami, ich żonami i dziećmi, z nauczycielami, sklepikarzami i urzędnikami w Rudniku. To pierwsza z trzech części reportażu o tym, jak miasto żegna kopalnię, przy której powstało.""") +
    sec("Zjazd", """Zjeżdżamy z brygadą Henryka Mazura, sztygara zmianowego, który pracuje na „Wandzie” od trzydziestu jeden lat. Klatka opada z prędkością ośmiu metrów na sekundę; po niespełna dwóch minutach jesteśmy na poziomie 850 metrów. Jest ciepło, wilgotno, w powietrzu unosi się zapach smaru i kamienia. Do przodka, gdzie pracuje kombajn, trzeba jeszcze jechać kolejką podziemną, a potem iść prawie kilometr pochylonym chodnikiem.

⟦– Tu się człowiek uczy pokory – mówi Mazur, kiedy przystajemy, żeby złapać oddech.⟧ – Góra nie pyta, ile masz lat i ile zarobiłeś. Jak nie uważasz, to cię ukarze. Widziałem to nie raz.

Ściana, na której pracuje dziś brygada, jest ostatnią eksploatowaną na „Wandzie”. Kombajn tnie węgiel z hukiem, który czuje się w żołądku, a przenośnik zabiera urobek w stronę szybu. Za kilka tygodni ściana zostanie wybrana do końca i maszyny zostaną rozebrane. Część trafi do innej kopalni, część na złom.""") +
    sec("Sto dwanaście lat", """Historia „Wandy” zaczyna się w 1914 roku, kiedy niemiecka spółka górnicza zgłębiła pierwszy szyb na polach należących wcześniej do miejscowego majątku. Kopalnię nazwano na cześć córki jednego z udziałowców, ale nazwa szybko przestała kogokolwiek obchodzić: dla mieszkańców była po prostu „kopalnią”, a potem „naszą kopalnią”. Przetrwała dwie wojny, zmianę granic, nacjonalizację, wielkie strajki 1980 roku i restrukturyzację lat dziewięćdziesiątych, kiedy w regionie zamknięto kilkanaście zakładów.

⟦W jej historii są też tragedie.⟧ W 1958 roku w wyniku wybuchu metanu zginęło tu 17 górników, w 1987 roku kolejnych czterech. Ich nazwiska wyryto na tablicy przy cechowni, pod figurą świętej Barbary, przy której górnicy do dziś zatrzymują się przed zjazdem. Niektórzy się żegnają, inni tylko dotykają ręką kamienia.

Kopalnia wydobyła przez ponad sto lat, według wyliczeń spółki, około 190 milionów ton węgla. Ostatnia tona wyjedzie na powierzchnię prawdopodobnie w połowie czerwca. Zarząd zapowiada skromną uroczystość. Górnicy mówią, że wolą, żeby jej nie było.""") +
    fig("Henryk Mazur w chodniku na poziomie 850 metrów. Sztygar zjechał pod ziemię po raz pierwszy w 1995 roku, dzień po swoich dziewiętnastych urodzinach.", "Fot. Paweł Kuc", "mazur") +
    ad("pl", 1) +
    sec("Rodzinny interes", """Na „Wandzie” prawie wszyscy są z rodzin górniczych. Mazur jest górnikiem w trzecim pokoleniu: jego dziadek przyjechał do Rudnika z Małopolski w latach dwudziestych, ojciec przepracował na kopalni trzydzieści pięć lat i zmarł na pylicę. Syn Mazura, Kamil, ma dwadzieścia cztery lata i jest elektrykiem w tej samej kopalni. Od lipca będzie pracował w zakładzie produkującym baterie do samochodów elektrycznych, który powstaje na terenach pokopalnianych w sąsiedniej gminie.

– Ojciec mi mówił, żebym nie szedł na kopalnię – śmieje się Kamil. – Ja swojemu synowi nie będę musiał tego mówić.

W jego głosie nie ma jednak radości. Kamil mówi, że praca pod ziemią to coś więcej niż zawód. ⟦– Na dole każdy odpowiada za każdego. Na górze tego nie ma.⟧ Nie wiem, jak będzie w fabryce. Pewnie dobrze. Ale to nie będzie to samo.""") +
    also("pl", "Co po kopalni? Pomysły mieszkańców Rudnika") +
    sec("Miasto wokół szybu", """Rudnik, 38-tysięczne miasto, powstało wokół kopalni i przez sto lat żyło w jej rytmie. Kopalnia budowała osiedla, szkoły, szpital, dom kultury i stadion. Miała własną orkiestrę dętą, która do dziś gra na Barbórkę, i klub piłkarski, który w latach osiemdziesiątych grał w drugiej lidze. Na głównej ulicy wciąż działa sklep z odzieżą roboczą, a w piekarni naprzeciwko cechowni od szóstej rano kolejka po drożdżówki.

Właścicielka piekarni, Danuta Kowalczyk, policzyła, że co trzeci jej klient to górnik. – Nie wiem, co będzie po lipcu – mówi. – Może przyjdą ci z fabryki. Może nie. Tu wszystko kręciło się wokół szybu, nawet godziny otwarcia sklepów ustawialiśmy pod zmiany.

Burmistrz Rudnika, Tomasz Lis, podkreśla, że miasto przygotowuje się do zamknięcia kopalni od lat. Na terenach pokopalnianych ma powstać park przemysłowy, część budynków zostanie zamieniona na muzeum i centrum kultury. Miasto otrzymało na ten cel ponad 400 milionów złotych z funduszy na sprawiedliwą transformację. – Nie udajemy, że to będzie łatwe – mówi Lis. – Ale nie chcemy, żeby Rudnik był miastem, które tylko wspomina.""") +
    fig("Orkiestra dęta kopalni „Wanda” podczas ostatniej Barbórki w grudniu 2025 roku. Muzycy zapowiedzieli, że po zamknięciu zakładu będą grać dalej jako orkiestra miejska.", "Fot. Paweł Kuc", "orkiestra") +
    sec("Związkowcy", """W związkowym biurze na pierwszym piętrze budynku dyrekcji wiszą zdjęcia z protestów z 2021 roku, kiedy górnicy ze wszystkich kopalń spółki jeździli do Warszawy walczyć o umowę społeczną. Umowa ustaliła harmonogram zamykania kopalń do połowy wieku oraz osłony dla pracowników. „Wanda” znalazła się na liście jako jedna z pierwszych.

⟦– Wiedzieliśmy, że to nastąpi. Walczyliśmy tylko o to, żeby to było godnie⟧ – mówi przewodniczący zakładowej organizacji związkowej, Zbigniew Pietrzak. Uważa, że pod względem osłon socjalnych się udało: nikt nie zostanie zwolniony z dnia na dzień, a starsi górnicy dostaną urlopy przedemerytalne. Gorzej, jego zdaniem, jest z tymi, którzy mają po trzydzieści, czterdzieści lat. Dla nich przewidziano szkolenia i odprawy, ale nie gwarancję pracy o podobnych zarobkach.

– Mówi się o transformacji, o zielonej energii, o nowych miejscach pracy – dodaje Pietrzak. – Ja w to wierzę, naprawdę. Tylko że fabryka baterii zatrudni może sześćset osób, a z kopalni odchodzi ponad tysiąc. Reszta będzie dojeżdżać albo wyjedzie. Najczęściej do Niemiec albo do Holandii, jak ich ojcowie trzydzieści lat temu.""") +
    sec("Ostatnie miesiące", """Na powierzchni, w łaźni łańcuszkowej, gdzie górnicy wieszają ubrania na hakach podciąganych pod sufit, po zmianie panuje gwar. Ktoś żartuje, że zostało mu sto dwadzieścia szycht, ktoś inny, że jemu tylko osiemdziesiąt. Najmłodszy w brygadzie, dwudziestoletni Dawid, przyszedł na kopalnię zaledwie półtora roku temu, bo nigdzie indziej w okolicy nie płacili tak dobrze. Mówi, że nie zdążył się nawet przyzwyczaić do ciemności, a już musi się pożegnać. Od lipca ma pracować w fabryce baterii, razem z synem sztygara Mazura. Śmieje się, że przynajmniej będzie widział słońce, ale zaraz dodaje, że będzie mu brakowało chłopaków z brygady. Wielu skreśla dni w kalendarzach, ale trudno powiedzieć, czy z ulgą, czy ze smutkiem.

Starsi górnicy, którzy przechodzą na urlopy przedemerytalne, mówią głównie o zdrowiu i o wnukach. Młodsi o kredytach, szkoleniach i o tym, czy nowa praca będzie tak dobrze płatna jak kopalnia. Górnicy dołowi na „Wandzie” zarabiają średnio około 11 tysięcy złotych brutto miesięcznie, więcej niż ktokolwiek inny w Rudniku. W fabryce baterii, według ogłoszeń rekrutacyjnych, pensje zaczynają się od 6,5 tysiąca.

Henryk Mazur ma przed sobą jeszcze dwa lata do emerytury. Spędzi je na urlopie górniczym, z 75 procentami pensji. Mówi, że zrobi remont w domu, pojedzie nad morze, może wreszcie nauczy się łowić ryby, bo od lat obiecuje to wnukowi. Ale kiedy pytam, co będzie robił 1 lipca, długo milczy.

– Pewnie wstanę o czwartej – mówi w końcu. – Jak zawsze. I nie będę wiedział, po co.

⟦W drugiej części reportażu: żony⟧ górników i kobiety z Rudnika, które od dawna wiedziały, że ten dzień nadejdzie.""") +
    pager("pl", 3, "⟪Kobiety z Rudnika⟫", "/reportaz/ostatnia-szychta-w-kopalni-wanda"),
    kind="news", why="reportage on a coal mine closing, with miners and officials",
))

_o, _c = paywall("nl", "premium-content")
PAGES.append(dict(
    case="nl-opinion-fietsenstalling", lang="nl", skin="newsroom", domain="hetstadsblad.example", site="Het Stadsblad",
    url="https://www.hetstadsblad.example/opinie/column-een-stad-die-haar-fietsers-niet-kwijt-kan",
    h1="Een stad die haar fietsers niet kwijt kan",
    section="Opinie", kicker="Column",
    authors=["Sanne de Vries"], byline_text="Door Sanne de Vries", ld_authors=["Sanne de Vries"], meta="min",
    pub="2026-04-25T08:00:00+02:00", date="za 25 apr 2026, 08:00",
    nav=["Nieuws", "Stad", "Regio", "Opinie", "Cultuur", "Sport"],
    cookie="⟪Het Stadsblad gebruikt cookies voor analyse en advertenties.⟫",
    related=["⟪Gemeente wil 4000 extra stallingsplekken bij het station⟫", "Weesfietsen: 11.000 fietsen geruimd in 2025", "Parkeergarage onder de Grote Markt wordt fietsenkelder"],
    most=["⟪Koningsdag: de complete route van de vrijmarkt⟫", "Nieuwe bakker aan de Oude Gracht", "Tram rijdt weer na storing"],
    comments=[("Gerrit", "⟪Helemaal mee eens, ik sta elke ochtend tien minuten te zoeken naar een plek.⟫")],
    footer="⟪Het Stadsblad is onderdeel van Mediahuis Noord B.V.⟫",
    footer_nav=["Colofon", "Privacy", "Adverteren", "Contact"],
    body=note("⟦Update 26 april: de gemeente laat weten dat de nieuwe stalling in 2029 opengaat, niet in 2028.⟧ De tekst is daarop aangepast.", "update-note") +
    lede("⟦Vorige week stond ik om kwart over acht bij het station met een fiets aan de hand en nergens om hem neer te zetten.⟧ De stalling onder het plein was vol, zoals elke werkdag sinds ik me kan herinneren. De rekken langs de gracht waren vol. De hekken bij de bibliotheek, waar het verboden is om te stallen, waren vol. Uiteindelijk zette ik mijn fiets tegen een lantaarnpaal op de Zuidkade, naast een stuk of veertig andere, en haalde mijn trein nét niet.") +
    P("""Ik ben niet de enige. Volgens de gemeente staan er op een gewone dinsdag rond het station ruim 14.000 fietsen, terwijl er 9.500 officiële plekken zijn. De rest staat waar hij staat: op stoepen, tegen gevels, in bloembakken, op plekken waar mensen met een rollator of een kinderwagen niet meer langs kunnen. Handhavers ruimen elke week honderden fietsen, die je vervolgens voor vijfentwintig euro mag ophalen in een depot aan de rand van de stad.

Dit is geen klaagcolumn over slordige fietsers. ⟦Het is een column over een stad die iedereen aanmoedigt om te fietsen⟧ en vervolgens vergeet dat een fiets ook ergens moet staan.""") +
    _o +
    P("""#Beleid dat halverwege stopt

Het gemeentebestuur is trots op de fiets, en terecht. De stad heeft de afgelopen tien jaar tientallen kilometers fietspad aangelegd, kruispunten veiliger gemaakt en de binnenstad grotendeels autoluw gemaakt. Het aandeel fietsritten is gestegen naar bijna de helft van alle verplaatsingen. Dat is een succes waar andere steden jaloers op zijn.

Maar beleid dat mensen uit de auto en op de fiets krijgt, moet ook iets doen met het gevolg: meer fietsen. Elke automobilist die overstapt, heeft ergens een plek nodig. Een auto parkeren we al decennia in garages en op straat, geregeld en betaald. Voor de fiets ligt er een gat tussen wat we vragen en wat we bieden.

De gemeente weet dat. In het fietsplan van 2022 staat dat er in 2026 5.000 extra plekken bij het station zouden zijn. Er zijn er nu 1.200 bij gekomen. De grote nieuwe stalling onder het busstation, die de rest moest opvangen, is twee keer uitgesteld, eerst wegens de bouwkosten en daarna wegens een bezwaarprocedure van een projectontwikkelaar. Als alles meezit, gaat hij nu in 2029 open.

#Hoe andere steden het doen

Het kan anders, en dat weten we, want we hoeven maar een half uur met de trein te reizen om het te zien. In een paar andere Nederlandse steden zijn de afgelopen jaren stallingen geopend met ruimte voor tienduizend fietsen of meer, onder stations, onder pleinen en zelfs onder water. Ze zijn gratis voor de eerste dag, bewaakt, overzichtelijk, met borden die laten zien waar nog plek is. De eerste weken na de opening stonden er wethouders trots te knippen bij het lint. Een jaar later stonden ze vol.

Dat laatste is belangrijk. Wie stallingen bouwt, ontdekt dat de vraag meegroeit. Mensen die eerst met de bus naar het station gingen, pakken de fiets als ze weten dat ze hem kwijt kunnen. Mensen die hun fiets thuis lieten omdat ze bang waren dat hij zou worden gestolen, nemen hem mee. Een goede stalling lost het probleem dus nooit helemaal op. Hij maakt het fietsen alleen nog aantrekkelijker, en daarmee ook de volgende stalling noodzakelijk.

⟦Dat is geen reden om niet te bouwen.⟧ Het is een reden om groter te bouwen dan je denkt nodig te hebben, en om eerder te beginnen. Precies dat heeft onze stad niet gedaan. De plannen die nu op tafel liggen, zijn gebaseerd op tellingen uit 2019. Sindsdien is het aantal fietsers bij het station met een kwart gestegen.

#Wat het kost

Het gebrek aan plekken kost meer dan ergernis. Het kost tijd, zoals mijn gemiste trein. Het kost veiligheid, want een stoep vol fietsen dwingt voetgangers de rijbaan op. Het kost geld, zowel voor de gemeente, die jaarlijks ruim een miljoen euro uitgeeft aan handhaving en het ruimen van fietsen, als voor de fietsers, die hun fiets kwijt zijn en boetes betalen. En het kost draagvlak: elke bewoner die zijn voordeur niet meer uit kan door de fietsen ervoor, wordt een beetje minder enthousiast over het fietsbeleid.

Die laatste kosten onderschat de gemeente, denk ik. Een stad kan een beleid maken zo goed als ze wil, maar als mensen het in hun dagelijks leven ervaren als chaos, keert de stemming. Ik hoor het al op verjaardagen: al die fietsen, het is hier niet meer te doen. Dan gaat het niet meer over stalling, dan gaat het over de fiets zelf.

#Wat kan het wel

Er zijn oplossingen die niet tot 2029 hoeven te wachten. Parkeerplaatsen voor auto’s in de straten rond het station kunnen tijdelijk worden omgebouwd tot fietsvakken: op één autoparkeerplek passen tien fietsen. ⟦Leegstaande winkelpanden kunnen worden gehuurd als buurtstalling,⟧ zoals in een paar andere steden al gebeurt. De fietsen die al maanden in de bestaande stalling staan en nooit meer worden opgehaald, de zogenaamde weesfietsen, kunnen sneller worden verwijderd.

En de gemeente kan eerlijk zijn over de cijfers. In plaats van trots te melden hoeveel kilometer fietspad er bij is gekomen, zou het college elk jaar moeten rapporteren hoeveel fietsers er geen plek vonden. Dat getal zegt meer over hoe het echt gaat dan welke glossy brochure ook.

#De fietser als bijzaak

Onder dit alles zit een houding die ik herken uit jaren van verslaggeving over het stadhuis. De fiets is in het beleid een succes, maar in de uitvoering een bijzaak. Bij elk nieuw plein, elke nieuwe straat, elk nieuw kantoorgebouw worden de parkeernormen voor auto’s nauwkeurig berekend en vastgelegd. De fietsenstalling wordt er aan het eind bij getekend, op de plek die overblijft, vaak te klein en te ver weg van de ingang.

Bij het nieuwe stadskantoor, dat vorig jaar openging, is dat pijnlijk zichtbaar. Er is een parkeergarage voor 300 auto’s, die nooit vol staat, en een fietsenstalling voor 450 fietsen, die om negen uur ’s ochtends al overloopt. Ambtenaren zetten hun fiets langs de gevel. Het is het gebouw van de gemeente zelf, geopend met een toespraak over de fietsstad.

Ik zeg dit niet om de ambtenaren te kijk te zetten. Ik zeg het omdat het laat zien dat het probleem niet bij de fietsers ligt en ook niet bij het geld. Het ligt bij de volgorde waarin we nadenken. Zolang de fiets als laatste aan bod komt, blijft hij overal in de weg staan.

#De lantaarnpaal

Mijn fiets stond die avond nog tegen de lantaarnpaal op de Zuidkade, met een geel label aan het stuur: binnen 24 uur verwijderen, anders wordt hij weggehaald. Ik heb het label eraf gehaald en hem mee naar huis genomen. De volgende ochtend ben ik lopend naar het station gegaan, twintig minuten, in de regen. Onderweg telde ik de fietsen die tegen gevels, hekken en bomen stonden. Bij tweehonderd ben ik opgehouden. Ik haalde mijn trein die dag wel, met natte schoenen en een humeur dat ik niemand toewens.

Dat is misschien wel de ironie van dit hele verhaal. ⟦Een stad die zo haar best doet om mensen op de fiets te krijgen, laat ze uiteindelijk lopen.⟧""") + _c,
    kind="opinion", why="column arguing city fails to provide bicycle parking",
))
