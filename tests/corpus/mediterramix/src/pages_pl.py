"""Polish pages of mediterramix (5): a PAP story with "(PAP)" and editors' initials at the end, an analysis with
evaluative words (news, unsure), a Felieton with its disclaimer and a "Tylko dla subskrybentów" note after the full
text, a signed column under Kraków with no opinion marker at all, and an Artykuł sponsorowany without date metadata."""

PAGES = []

PL_COOKIE = ("Szanujemy Twoją prywatność. Wraz z naszymi Zaufanymi Partnerami przetwarzamy dane osobowe, takie jak "
             "identyfikatory plików cookie, w celu personalizacji treści i reklam oraz analizy ruchu. Klikając "
             "„Przejdź do serwisu”, wyrażasz zgodę na przetwarzanie danych.")
PL_NAV = ["Wiadomości", "Kraj", "Świat", "Biznes", "Sport", "Kultura", "Opinie", "Publicystyka", "Zdrowie", "Pogoda"]

# ---------------------------------------------------------------- 12. PAP story with (PAP) and initials at the end
PAGES.append(dict(
    case="pl-news-polska-grypa", lang="pl", html_lang="pl-PL", skin="polska", domain="wiadomosci.portalpolska.example", site="Portal Polska", secpath="kraj",
    url="https://wiadomosci.portalpolska.example/kraj/gis-rekordowa-liczba-zachorowan-na-grype-w-lutym-6f2a91",
    h1="Rekordowa liczba zachorowań na grypę w lutym. Szpitale wstrzymują odwiedziny",
    deck="W ostatnim tygodniu lutego lekarze zgłosili ponad 410 tys. zachorowań i podejrzeń zachorowań na grypę. To najwięcej od siedmiu lat.",
    kicker="Zdrowie", crumbs=["Wiadomości", "Kraj", "Zdrowie"], authors=None, byline_html="PAP",
    ld_authors=["org:PAP"], ld_type="NewsArticle", ld_section="Kraj",
    pub="2026-03-05T10:32:00+01:00", mod="2026-03-05T13:10:00+01:00",
    date="5 marca 2026, 10:32", updated="Aktualizacja: 5 marca 2026, 13:10",
    nav=PL_NAV, subnav=["Opinie", "Publicystyka", "Felietony", "Komentarze"],
    cookie=PL_COOKIE, cookie_title="Dbamy o Twoją prywatność",
    ticker=["Sejm przyjął nowelizację ustawy o szkolnictwie", "Utrudnienia na A4 pod Wrocławiem"],
    widget="Warszawa 6°C · Kraków 4°C · Gdańsk 5°C",
    caption="⟪Poczekalnia przychodni w Poznaniu.⟫ Fot. PAP/Jakub Kaczmarczyk",
    side=[("Najczęściej czytane", ["⟪Nowe stawki 800 plus. Rząd podjął decyzję⟫", "Zmiany w L4 od kwietnia", "Znany aktor trafił do szpitala"]),
          ("Opinie", [("Komentarz", "Szczepienia na grypę powinny być darmowe dla wszystkich"), ("Felieton", "⟪Kaszel w tramwaju, czyli polska uprzejmość⟫")])],
    tags=["Grypa", "GIS", "Szpitale"],
    related=["Jak odróżnić grypę od przeziębienia?", "Apteki: brakuje leków przeciwgorączkowych dla dzieci"],
    comments=[("Krzysiek_78", "5.03.2026", "⟪U nas w przychodni kolejka od szóstej rano.⟫"), ("ania.w", "5.03.2026", "Zaszczepiłam się w październiku i spokój.")],
    comment_count=126,
    newsletter="Zapisz się na newsletter i otrzymuj najważniejsze wiadomości dnia.",
    footer="⟪© 2026 Portal Polska sp. z o.o. Wszelkie prawa zastrzeżone.⟫", footer_nav=["Regulamin", "Polityka prywatności", "Kontakt", "Reklama"],
    body="""⟦W ostatnim tygodniu lutego lekarze zgłosili 412 tys. zachorowań i podejrzeń zachorowań na grypę⟧ – wynika z najnowszego meldunku Narodowego Instytutu Zdrowia Publicznego PZH – Państwowego Instytutu Badawczego. To najwyższa tygodniowa liczba od sezonu 2018/2019.

Najwięcej przypadków odnotowano w województwach mazowieckim, śląskim i wielkopolskim. ⟦Do szpitali trafiło w tym czasie ponad 3,2 tys. osób⟧, głównie dzieci do lat czterech i seniorzy po 65. roku życia.

[[READ|⟪Grypa atakuje. Te objawy powinny cię zaniepokoić⟫]]

W związku z sytuacją epidemiczną kolejne szpitale wprowadzają zakaz odwiedzin. Od czwartku obowiązuje on m.in. w szpitalach wojewódzkich w Lublinie, Kielcach i Rzeszowie. Na oddziałach pediatrycznych rodzice mogą przebywać z dziećmi, ale muszą nosić maseczki.

[[H|Eksperci zachęcają do szczepień]]

Główny Inspektor Sanitarny przypomniał, że na szczepienie nie jest jeszcze za późno. Szczepionki są dostępne w aptekach i przychodniach, a osoby powyżej 65. roku życia, dzieci oraz kobiety w ciąży mogą się zaszczepić bezpłatnie.

[[AD]]

„⟦Szczyt zachorowań spodziewany jest w ciągu najbliższych dwóch tygodni⟧. Każda osoba, która się teraz zaszczepi, zmniejsza ryzyko ciężkiego przebiegu choroby” – powiedział PAP rzecznik GIS.

Lekarze rodzinni zwracają uwagę, że w przychodniach brakuje personelu, bo część lekarzy i pielęgniarek sama choruje. Porozumienie Zielonogórskie zaapelowało do pacjentów z łagodnymi objawami, by korzystali z teleporady. W wielu gminach dyrektorzy szkół informują o absencji sięgającej jednej trzeciej uczniów, a kilka placówek na Śląsku zawiesiło zajęcia stacjonarne do końca tygodnia.

Farmaceuci sygnalizują z kolei, że w części aptek zaczyna brakować leków przeciwgorączkowych w postaci syropów dla dzieci. Ministerstwo Zdrowia zapewnia, że hurtownie mają zapasy, a problemy wynikają z chwilowego wzrostu popytu.

Według danych NIZP PZH-PIB od początku sezonu, czyli od września, w Polsce odnotowano ponad 3,6 mln zachorowań i podejrzeń zachorowań na grypę. ⟦Potwierdzono 74 zgony z powodu grypy, w tym jeden dziecka.⟧

[[TEXT|(PAP)]]

[[TEXT|mkh/ ktl/]]""",
    kind="news", why="agency report on flu statistics",
))

# ---------------------------------------------------------------- 13. Analysis with evaluative words, news (unsure)
PAGES.append(dict(
    case="pl-news-polska-mieszkania", lang="pl", html_lang="pl-PL", skin="polska", domain="www.dziennikgospodarczy.example", site="Dziennik Gospodarczy", secpath="nieruchomosci",
    url="https://www.dziennikgospodarczy.example/nieruchomosci/analiza-dlaczego-ceny-mieszkan-znow-rosna-2026",
    h1="Ceny mieszkań znów szybują. Skąd ten skok i czy potrwa?",
    deck="Metr kwadratowy nowego mieszkania w Warszawie kosztuje już średnio ponad 18 tys. zł. Sprawdzamy, co stoi za tą podwyżką.",
    kicker="Analiza", kicker_path="nieruchomosci", crumbs=["Biznes", "Nieruchomości"], authors=["Tomasz Wiśniewski"],
    byline_html='Autor: <a href="/autor/tomasz-wisniewski">Tomasz Wiśniewski</a>', role="dziennikarz ekonomiczny",
    meta="og", meta_section="Nieruchomości",
    pub="2026-03-06T06:00:00+01:00", date="6 marca 2026, 06:00",
    nav=["Biznes", "Finanse", "Nieruchomości", "Podatki", "Praca", "Energetyka", "Opinie", "Komentarze", "Kraj", "Świat"],
    subnav=["Opinie", "Komentarze", "Felietony"], widget="WIG20 2 412,50 ▲ · EUR/PLN 4,28 · USD/PLN 3,96",
    cookie=PL_COOKIE,
    ticker=["RPP pozostawiła stopy procentowe bez zmian", "Inflacja w lutym wyniosła 3,1 proc."],
    audio="7 min",
    side=[("Najczęściej czytane", ["⟪Kredyt 0 proc. wraca pod nową nazwą?⟫", "Banki obniżają marże kredytów hipotecznych", "Najtańsze miasta do wynajmu"]),
          ("Opinie", [("Komentarz", "Państwo nie powinno pompować popytu na mieszkania"), ("Felieton", "⟪Moje pokolenie nie kupi mieszkania⟫")]),
          ("Artykuł sponsorowany", [("Artykuł sponsorowany", "Jak wybrać kredyt hipoteczny w 2026 roku?", "ad")])],
    tags=["Ceny mieszkań", "Nieruchomości", "Warszawa", "Kredyty"],
    related=["Ile kosztuje metr kwadratowy w Krakowie?", "Najem instytucjonalny rośnie w siłę"],
    footer="⟪© 2026 Dziennik Gospodarczy. Wszelkie prawa zastrzeżone.⟫", footer_nav=["O nas", "Regulamin", "Polityka cookies", "Kontakt"],
    body="""⟦Jeszcze pół roku temu deweloperzy mówili o stabilizacji cen.⟧ Dziś ta stabilizacja wygląda na krótką przerwę. Z danych firmy analitycznej Rynek Pierwotny Plus wynika, że średnia cena metra kwadratowego nowego mieszkania w Warszawie wzrosła w lutym do 18 240 zł, o 9 proc. więcej niż przed rokiem.

To wynik, który wielu kupujących uzna za szokujący. ⟦Podobne, choć nieco mniejsze wzrosty odnotowano w Krakowie, Wrocławiu i Gdańsku.⟧ Skąd ten skok?

[[H|Tańszy kredyt, więcej chętnych]]

Pierwszym powodem są niższe stopy procentowe. Od jesieni banki udzielają więcej kredytów hipotecznych, a zdolność kredytowa przeciętnej rodziny wzrosła o kilkanaście procent. Według Biura Informacji Kredytowej w styczniu wartość zapytań o kredyty mieszkaniowe była o 27 proc. wyższa niż rok wcześniej.

[[READ|⟪Kredyt hipoteczny. Ile trzeba zarabiać, by kupić mieszkanie?⟫]]

[[SPLIT]]

[[H|Za mało nowych budów]]

Drugim powodem jest podaż. ⟦W 2025 roku deweloperzy rozpoczęli budowę o 14 proc. mniejszej liczby mieszkań niż rok wcześniej⟧, podaje GUS. Przedstawiciele branży tłumaczą to drogimi gruntami i przedłużającymi się procedurami w urzędach.

„Brakuje działek w dobrych lokalizacjach, a to, co jest, kosztuje fortunę” – mówi Agnieszka Kowal, prezeska jednej z warszawskich firm deweloperskich.

Do tego dochodzą rosnące koszty budowy. Wynagrodzenia w budownictwie wzrosły w ciągu roku o 11 proc., a ceny materiałów, choć ustabilizowały się po okresie gwałtownych podwyżek, wciąż są o jedną trzecią wyższe niż przed pięcioma laty.

Ekonomiści są jednak ostrożni w prognozach. Część z nich zwraca uwagę, że popyt może osłabnąć, jeśli rząd nie uruchomi zapowiadanego programu dopłat do kredytów. Inni wskazują, że w drugiej połowie roku na rynek trafi sporo mieszkań, których budowę rozpoczęto w 2024 roku.

„Dramatycznego załamania nie widać, ale też trudno mówić o dalszym szybkim wzroście” – ocenia ekonomistka jednego z banków Marta Górska.

⟦Najbliższe dane o cenach transakcyjnych NBP opublikuje w kwietniu.⟧""",
    kind="news", sure=False, why="Analiza with evaluative words, but sourced reporting",
))

# ---------------------------------------------------------------- 14. Felieton; disclaimer and subscriber note after the full text
PAGES.append(dict(
    case="pl-opinion-polska-telefony", lang="pl", html_lang="pl-PL", skin="polska", domain="www.tygodnikobserwator.example", site="Tygodnik Obserwator", secpath="publicystyka",
    url="https://www.tygodnikobserwator.example/publicystyka/felietony/zakaz-telefonow-w-szkolach-to-dopiero-poczatek",
    h1="Zakaz telefonów w szkołach to dopiero początek",
    kicker="Felieton", kicker_path="publicystyka/felietony", crumbs=["Publicystyka", "Felietony"], authors=["Jan Kowalczyk"],
    byline_html='<a href="/autor/jan-kowalczyk">Jan Kowalczyk</a>', role="felietonista",
    colbox=("Jan Kowalczyk", "Felietonista, nauczyciel polskiego w liceum"),
    ld_authors=["Jan Kowalczyk"], ld_type="OpinionNewsArticle", ld_section="Felietony",
    pub="2026-03-07T08:00:00+01:00", date="7 marca 2026, 08:00",
    nav=["Kraj", "Świat", "Publicystyka", "Opinie", "Felietony", "Kultura", "Nauka", "Historia", "Podcasty"],
    subnav=["Publicystyka", "Felietony", "Opinie", "Wywiady"],
    cookie=PL_COOKIE,
    ticker=["MEN przedstawiło projekt rozporządzenia", "Matura 2026: harmonogram egzaminów"],
    side=[("Najczęściej czytane", ["⟪Nauczyciele dostaną podwyżki od września⟫", "Ranking liceów 2026", "Jak rozmawiać z nastolatkiem o internecie"]),
          ("Publicystyka", [("Felieton", "Szkoła bez dzwonków"), ("Opinia", "Edukacja zdrowotna potrzebuje nauczycieli"),
                            ("Publicystyka", "⟪Pokolenie ekranów dorasta⟫")])],
    after=[("disclaimer", "⟪Tekst wyraża opinie autora i nie musi odzwierciedlać stanowiska redakcji.⟫")],
    paywall=("⟪Tylko dla subskrybentów⟫", "Ten felieton jest częścią wydania premium. Czytaj bez ograniczeń wszystkie teksty Tygodnika Obserwator."),
    box=("Jan Kowalczyk", "Felietonista Tygodnika Obserwator, od 20 lat uczy języka polskiego w jednym z warszawskich liceów."),
    tags=["Szkoła", "Telefony", "Edukacja"],
    related=["MEN: zakaz telefonów w podstawówkach od września", "Jak działa zakaz telefonów we Francji"],
    comments=[("Beata", "7.03.2026", "Jako matka dwójki dzieci podpisuję się obiema rękami.")], comment_count=88,
    newsletter="Co sobotę najlepsze felietony tygodnia w Twojej skrzynce.",
    footer="⟪© 2026 Tygodnik Obserwator. Kopiowanie bez zgody redakcji zabronione.⟫", footer_nav=["Redakcja", "Prenumerata", "Regulamin", "Kontakt"],
    body="""⟦W poniedziałek rano zabrałem uczniom klasy drugiej telefony.⟧ Nie za karę – po prostu dyrekcja postanowiła sprawdzić, jak będzie wyglądał dzień bez smartfonów, zanim przepisy i tak to wymuszą od września. Telefony trafiły do drewnianego pudełka na biurku, a ja przygotowałem się na bunt.

Buntu nie było. Była za to cisza, której nie słyszałem na przerwie od lat. A potem, po kilkunastu minutach, zaczęły się rozmowy. ⟦Ktoś wyciągnął talię kart, ktoś inny pożyczył książkę z mojej półki.⟧ Pod koniec dnia jedna z uczennic powiedziała mi, że pierwszy raz od dawna nie bolała jej głowa.

Nie chcę z tego robić cudu. Jeden dzień to nie badanie naukowe. Ale przez dwadzieścia lat pracy w szkole widziałem, jak telefony zmieniają przerwy, lekcje i samych uczniów. I dlatego uważam, że zapowiadany przez ministerstwo zakaz to dobra decyzja – tyle że spóźniona i niepełna.

[[READ|⟪Czy zakaz telefonów poprawi wyniki uczniów?⟫]]

[[H|Zakaz to za mało]]

Zakaz telefonów niczego nie załatwi, jeśli szkoła nie zaproponuje niczego w zamian. ⟦Uczniowie potrzebują miejsc, w których mogą spędzić przerwę⟧: świetlic, boisk, bibliotek otwartych po lekcjach. Potrzebują też dorosłych, którzy będą mieli dla nich czas, a nie tylko kolejny obowiązek do odhaczenia.

Uważam też, że zakaz powinien objąć nie tylko uczniów. Trudno wymagać od szesnastolatka, żeby odłożył telefon, kiedy nauczyciel na dyżurze przegląda wiadomości. Dorośli w szkole powinni dawać przykład.

[[AD]]

Wreszcie – rodzice. Słyszę od nich często, że telefon jest potrzebny, by dziecko mogło zadzwonić, gdy coś się stanie. Ale w każdej szkole jest sekretariat i telefon stacjonarny, a wychowawca zawsze może się skontaktować z rodziną. To oni kupują dzieciom pierwsze smartfony, coraz częściej w wieku ośmiu czy dziewięciu lat. Szkoła może zamknąć telefony w pudełku na sześć godzin. Pozostałe osiemnaście to już sprawa domu.

W piątek oddałem uczniom telefony. Kilku z nich zapytało, czy możemy to powtórzyć. ⟦Może dorośli powinni ich wreszcie posłuchać.⟧""",
    kind="opinion", why="Felieton arguing about school phone ban",
))

# ---------------------------------------------------------------- 15. Signed column under Kraków, not marked at all
PAGES.append(dict(
    case="pl-opinion-polska-meleksy", lang="pl", html_lang="pl-PL", skin="polska", domain="www.gazetamalopolska.example", site="Gazeta Małopolska", secpath="krakow",
    url="https://www.gazetamalopolska.example/krakow/meleksy-na-starym-miescie-czas-na-limit/ar/c1-2284411",
    h1="Meleksy na Starym Mieście. Czas na limit",
    deck="Na Rynku Głównym i w okolicach Wawelu jeździ już ponad 300 pojazdów elektrycznych z turystami.",
    kicker="Kraków", kicker_path="krakow", crumbs=["Kraków", "Stare Miasto"], authors=["Marta Zielińska"],
    byline_html='Autor: <a href="/autor/marta-zielinska">Marta Zielińska</a>',
    ld_authors=["Marta Zielińska"], ld_type="Article", ld_section="Kraków",
    pub="2026-03-05T17:45:00+01:00", date="5 marca 2026, 17:45",
    nav=["Kraków", "Małopolska", "Wiadomości", "Sport", "Kultura", "Opinie", "Publicystyka", "Nieruchomości", "Praca"],
    cookie=PL_COOKIE,
    ticker=["Utrudnienia na rondzie Mogilskim", "Wisła Kraków gra dziś z Lechią"],
    widget="Kraków 4°C · Jakość powietrza: umiarkowana",
    caption="⟪Meleksy czekające na turystów przy ulicy Grodzkiej.⟫ Fot. Anna Kaczmarz",
    side=[("Najczęściej czytane", ["⟪Nowa linia tramwajowa na Mistrzejowice. Jest termin⟫", "Zamknięty most Dębnicki", "Kraków: ceny biletów MPK od kwietnia"]),
          ("Opinie", [("Felieton", "Kraków to nie skansen"), ("Komentarz", "⟪Strefa czystego transportu – mniej emocji, więcej faktów⟫")])],
    tags=["Kraków", "Stare Miasto", "Turystyka"],
    related=["Radni chcą nowych zasad dla meleksów", "Ile turystów odwiedziło Kraków w 2025 roku?"],
    comments=[("krakus1982", "5.03.2026", "⟪Wreszcie ktoś o tym pisze. Nie da się przejść Grodzką.⟫"),
              ("turysta", "5.03.2026", "A jak mają zwiedzać osoby starsze?")], comment_count=203,
    footer="⟪© 2026 Gazeta Małopolska. Wszystkie prawa zastrzeżone.⟫", footer_nav=["Kontakt", "Reklama", "Regulamin", "RODO"],
    body="""⟦Spróbujcie w sobotnie przedpołudnie przejść ulicą Grodzką od Rynku do Wawelu.⟧ Co kilkanaście sekund trzeba uskakiwać na bok, bo z tyłu nadjeżdża melex z sześcioma turystami i kierowcą opowiadającym przez głośnik o smoku wawelskim. Mieszkańcy Starego Miasta słyszą tę opowieść kilkaset razy dziennie.

Według danych Zarządu Dróg Miasta Krakowa, po Starym Mieście i Kazimierzu jeździ dziś ponad 300 meleksów. ⟦Dziesięć lat temu było ich niespełna sto.⟧ Nikt nie wie dokładnie, ile ich jest, bo miasto nie ma narzędzi, by to sprawdzić.

Nie jestem przeciwniczką turystyki. Kraków żyje z turystów i dobrze, że przyjeżdżają. Ale miasto, które pozwala, by jego najcenniejsze ulice zamieniły się w tor wyścigowy dla wózków elektrycznych, samo sobie szkodzi.

[[READ|⟪Radni chcą nowych zasad dla meleksów. Branża protestuje⟫]]

Dlatego uważam, że najwyższy czas wprowadzić limit. Miasto powinno wydawać ograniczoną liczbę licencji – na przykład sto – w drodze przetargu, tak jak robi to z taksówkami w wielu europejskich miastach. ⟦Pieniądze z licencji powinny trafiać na remonty chodników w Śródmieściu.⟧

[[AD]]

Potrzebne są też wyznaczone trasy i postoje. Dziś meleksy stają, gdzie chcą: przy kościele Mariackim, na Plantach, w wąskich uliczkach Kazimierza. Kierowcy zaczepiają przechodniów, a klienci nie wiedzą, ile zapłacą za kurs.

Inne miasta pokazują, że da się to zrobić. W Pradze i w Dubrowniku władze ograniczyły liczbę pojazdów turystycznych w historycznym centrum i nikt nie twierdzi, że turyści przestali przyjeżdżać. Przeciwnie – ulice znów należą do pieszych.

Przedsiębiorcy odpowiadają, że to ich chleb i że bez meleksów starsi turyści nie zobaczą miasta. Zgoda – dlatego nie mówię o zakazie, tylko o rozsądnych zasadach. Sto pojazdów z jasnym cennikiem obsłuży wszystkich, którzy naprawdę potrzebują podwiezienia.

Rada Miasta ma się zająć tą sprawą w kwietniu. ⟦Oby tym razem nie skończyło się na kolejnej komisji i kolejnym raporcie.⟧""",
    kind="opinion", why="signed column arguing for limits, filed under Kraków",
))

# ---------------------------------------------------------------- 16. Artykuł sponsorowany, no date metadata
PAGES.append(dict(
    case="pl-other-polska-magazynenergii", lang="pl", html_lang="pl-PL", skin="polska", domain="www.portalpolska.example", site="Portal Polska", secpath="dom",
    url="https://www.portalpolska.example/dom/magazyn-energii-czy-to-sie-oplaca-sponsorowany",
    h1="Magazyn energii w domu. Czy to się naprawdę opłaca?",
    deck="Coraz więcej właścicieli fotowoltaiki dokupuje domowe magazyny energii. Wyjaśniamy, kiedy taka inwestycja ma sens.",
    kicker="Artykuł sponsorowany", kicker_path="partner", crumbs=["Dom", "Energia"], authors=None,
    byline_html="Materiał partnera: SolarDom", meta="min", no_time_attr=True,
    pub="2026-03-05T09:00:00+01:00", date="5 marca 2026",
    nav=PL_NAV, subnav=["Opinie", "Publicystyka", "Felietony"],
    cookie=PL_COOKIE,
    ticker=["Nowe taryfy na prąd zatwierdzone", "Program Mój Prąd – nabór wniosków"],
    caption="⟪Domowy magazyn energii w garażu.⟫ Fot. materiały partnera",
    side=[("Najczęściej czytane", ["⟪Rachunki za prąd wzrosną od lipca? Jest komunikat⟫", "Pompa ciepła w starym domu", "Dopłaty do okien 2026"]),
          ("Opinie", [("Felieton", "Fotowoltaika na każdym dachu to nie utopia"), ("Komentarz", "Prosument w pułapce taryf")])],
    after=[("sponsor-note", "⟪Artykuł powstał we współpracy z firmą SolarDom.⟫")],
    tags=["Fotowoltaika", "Magazyn energii", "Prąd"],
    footer="⟪© 2026 Portal Polska sp. z o.o. Wszelkie prawa zastrzeżone.⟫", footer_nav=["Regulamin", "Polityka prywatności", "Kontakt", "Reklama"],
    body="""⟦Jeszcze kilka lat temu panele fotowoltaiczne na dachu wystarczały, by prawie zapomnieć o rachunkach za prąd.⟧ Od zmiany systemu rozliczeń na net-billing sytuacja jest jednak inna: nadwyżki energii sprzedaje się do sieci po cenie rynkowej, często niskiej, a kupuje wieczorem znacznie drożej.

Rozwiązaniem, które wybiera coraz więcej prosumentów, jest domowy magazyn energii. ⟦Akumulator gromadzi prąd wyprodukowany w ciągu dnia i oddaje go wieczorem⟧, kiedy domownicy wracają z pracy i włączają pralkę, piekarnik czy ładowarkę samochodu.

[[H|Kiedy magazyn się opłaca?]]

Eksperci SolarDom wskazują kilka sytuacji, w których inwestycja zwraca się najszybciej:

[[LIST|⟦gdy instalacja produkuje latem wyraźnie więcej energii, niż dom zużywa⟧,|gdy największe zużycie przypada na wieczór i noc,|gdy w domu jest pompa ciepła lub samochód elektryczny,|gdy można skorzystać z dofinansowania z programu Mój Prąd.]]

Dla typowego domu jednorodzinnego z instalacją o mocy 6–8 kWp wystarcza magazyn o pojemności 5–10 kWh. Jego koszt, po odliczeniu dotacji, to zwykle od 15 do 25 tys. zł.

[[AD]]

[[H|Na co zwrócić uwagę przy wyborze?]]

Najważniejsze parametry to pojemność użytkowa, liczba cykli ładowania i długość gwarancji. Warto też sprawdzić, czy magazyn współpracuje z posiadanym falownikiem i czy można go później rozbudować. Dobrej jakości akumulatory litowo-żelazowo-fosforanowe wytrzymują ponad 6 tys. cykli, czyli kilkanaście lat codziennej pracy.

Nie bez znaczenia jest też bezpieczeństwo. Magazyn z funkcją zasilania awaryjnego potrafi utrzymać najważniejsze urządzenia, takie jak lodówka, oświetlenie czy pompa w kotłowni, nawet przy kilkugodzinnej przerwie w dostawie prądu.

Firma SolarDom oferuje bezpłatny audyt energetyczny, podczas którego doradca sprawdzi zużycie prądu w domu i dobierze odpowiednią pojemność magazynu. ⟦Szczegóły oferty można znaleźć na stronie partnera.⟧""",
    kind="other", why="sponsored article promoting a home battery",
))
