"""Eastern Europe: Poland, Romania, Ukraine, Serbia, Czechia, Hungary (all on the eeu portal style)."""

PAGES = []

PAGES.append(dict(
    case="pl-news-eeu-tramwaje", lang="pl", skin="eeu", domain="expresslodzki.example", site="Express Łódzki", secpath="lodz",
    url="https://expresslodzki.example/lodz/nocne-tramwaje-w-weekendy-od-kwietnia/ar/c1-19022741",
    h1="Łódź. Od kwietnia nocne tramwaje w weekendy. Sprawdź, na których trasach",
    og_title="Łódź. Od kwietnia nocne tramwaje w weekendy. Sprawdź, na których trasach | Express Łódzki",
    section="Łódź", authors=["Katarzyna Nowak"], byline_text="Katarzyna Nowak / PAP", byline_html='<a href="/autor/katarzyna-nowak">Katarzyna Nowak</a> / PAP',
    ld_authors=["Katarzyna Nowak", "org:PAP"], ld_type="NewsArticle", pub="2026-03-10T13:40:00+01:00", date="10.03.2026, 13:40", topdate="wtorek, 10 marca 2026",
    lead="⟦Od 3 kwietnia w piątkowe i sobotnie noce po Łodzi będą kursować trzy linie tramwajowe.⟧ Miasto testuje rozwiązanie przez pół roku.",
    w=dict(ad="REKLAMA", also="Czytaj także:", video="Polecane wideo", follow="⟪Obserwuj Express Łódzki w Google News i na Telegramie⟫", more="Czytaj dalej",
           rel="2 godz. temu", views="1 284 odsłony", print="Drukuj", related="Zobacz też", comments="Komentarze (23)", most_read="Najczęściej czytane",
           region="Z regionu", breaking="PILNE", places="Powiaty"),
    sections=["Łódź", "Region", "Kraj", "Świat", "Sport", "Kultura", "Biznes", "Motoryzacja", "Nieruchomości", "Praca", "Ogłoszenia", "Nekrologi"],
    subs={"Sport": ["Widzew", "ŁKS", "Siatkówka", "Żużel"], "Kultura": ["Kino", "Teatr", "Koncerty"], "Biznes": ["Finanse", "Praca", "Rolnictwo"]},
    places_under="Region", places=["Pabianice", "Zgierz", "Aleksandrów Łódzki", "Konstantynów", "Ozorków", "Łęczyca", "Kutno", "Łowicz", "Skierniewice", "Brzeziny",
                                   "Koluszki", "Tomaszów Mazowiecki", "Piotrków Trybunalski", "Bełchatów", "Radomsko", "Sieradz", "Zduńska Wola", "Łask", "Wieluń",
                                   "Opoczno", "Rawa Mazowiecka", "Poddębice", "Wieruszów", "Pajęczno"],
    service=["Redakcja", "Kontakt", "Reklama", "Regulamin", "Polityka prywatności", "RODO"],
    ticker=["⟪Utrudnienia na al. Włókniarzy do piątku⟫"], widget="EUR 4,28 · USD 3,94 · CHF 4,46",
    hero_caption="Tramwaj na przystanku Piotrkowska Centrum. Fot. Jan Zieliński",
    tags=["MPK", "tramwaje", "komunikacja nocna", "Łódź"],
    related=["Nowe bilety miesięczne w aplikacji", "Remont torowiska na Zgierskiej"],
    most_read=["⟪Widzew przegrywa w doliczonym czasie⟫", "Zmiany w rozkładzie jazdy autobusów", "Pogoda na weekend"],
    comments_html='<div class="comment"><p>⟪Nareszcie, ile można płacić za taksówki po koncercie.⟫</p></div>',
    footer="© 2026 Express Łódzki. Wszelkie prawa zastrzeżone.",
    body="""Nocne tramwaje pojadą na liniach N1, N2 i N3, co 30 minut, od północy do 4:30. ⟦Trasy połączą centrum z Widzewem, Retkinią i Teofilowem,⟧ czyli osiedlami, z których według miasta pochodzi najwięcej zgłoszeń od mieszkańców.

[[ALSO|⟪Nowe bilety miesięczne w aplikacji. Co się zmienia⟫]]

Na nocne kursy będą obowiązywać zwykłe bilety komunikacji miejskiej. Do tej pory w nocy jeździły wyłącznie autobusy, które – jak przyznaje przewoźnik – w weekendy są przepełnione, zwłaszcza po koncertach i meczach.

[[AD]]

– Chcemy sprawdzić, czy tramwaj w nocy się obroni. Będziemy liczyć pasażerów na każdym kursie – mówi rzeczniczka przewoźnika Anna Wójcik. ⟦Jeśli wyniki będą dobre, nocne tramwaje mogą zostać na stałe od października.⟧

[[FOLD]]

Koszt półrocznego testu to około 1,4 mln zł. Pieniądze pochodzą z rezerwy na komunikację miejską. Radni opozycji pytają, czy nie lepiej byłoby zwiększyć częstotliwość autobusów nocnych, które kosztują mniej.

[[FOLLOW]]

Przewoźnik odpowiada, że tramwaj zabiera trzy razy więcej pasażerów niż autobus, a w nocy torowiska są puste, więc kursy będą punktualne. Na przystankach nocnych pojawi się dodatkowe oświetlenie i kamery monitoringu.

[[VIDEO|⟪Tak wygląda Piotrkowska o drugiej w nocy⟫]]

Podobne rozwiązania działają już w kilku dużych miastach w Polsce. Z doświadczeń innych przewoźników wynika, że nocne tramwaje najlepiej sprawdzają się na trasach łączących centrum z dużymi osiedlami mieszkaniowymi, a najsłabiej tam, gdzie pasażerowie muszą się przesiadać. Dlatego łódzkie linie zaplanowano tak, by z każdego z trzech osiedli można było dojechać do centrum bez przesiadki.

Przedstawiciele lokali na Piotrkowskiej zapowiadają, że będą informować gości o nocnych kursach. ⟦Rozkład jazdy linii nocnych będzie dostępny w aplikacji przewoźnika od 25 marca.⟧""",
    kind="news", why="city news report on night tram trial",
))

PAGES.append(dict(
    case="ro-opinion-eeu-bulina", lang="ro", skin="eeu", domain="gazetacapitalei.example", site="Gazeta Capitalei", secpath="opinii",
    url="https://www.gazetacapitalei.example/opinii/cladirile-cu-bulina-rosie-nu-mai-pot-astepta-2279410",
    h1="Clădirile cu bulină roșie nu mai pot aștepta încă un cutremur",
    og_title="Clădirile cu bulină roșie nu mai pot aștepta încă un cutremur - Gazeta Capitalei",
    section="Opinii", authors=["Andrei Popescu-Vlad"], byline_text="Andrei Popescu-Vlad", byline_html='<a href="/autor/andrei-popescu-vlad">Andrei Popescu-Vlad</a>',
    ld_authors=["org:Gazeta Capitalei"], ld_type="OpinionNewsArticle", ld_section="Opinii", pub="2026-03-04T09:12:00+02:00", date="4 martie 2026, 09:12", topdate="Miercuri, 4 martie 2026",
    lead="⟦La aproape cinci decenii de la marele cutremur, sute de blocuri din București stau încă în picioare din noroc.⟧",
    w=dict(ad="Publicitate", also="Citește și:", video="Video recomandat", follow="⟪Urmărește Gazeta Capitalei pe Google News și pe canalul de WhatsApp⟫", more="Citește mai mult",
           rel="acum 4 ore", views="3.901 vizualizări", print="Printează", related="Alte opinii", comments="Comentarii", most_read="Cele mai citite", region="Sectoare",
           breaking="Ultima oră", places="Sectoare și județe"),
    sections=["Actualitate", "Politică", "Economie", "Externe", "Opinii", "Sport", "Cultură", "Sănătate", "Educație", "Tech", "Auto", "Video"],
    subs={"Sport": ["Fotbal", "Tenis", "Handbal"], "Economie": ["Finanțe", "Imobiliare", "Energie"], "Opinii": ["Editoriale", "Analize", "Invitați"]},
    places_under="Actualitate", places=["Sector 1", "Sector 2", "Sector 3", "Sector 4", "Sector 5", "Sector 6", "Ilfov", "Cluj", "Iași", "Timiș", "Constanța", "Brașov",
                                        "Prahova", "Dolj", "Galați", "Bihor", "Sibiu", "Argeș", "Bacău", "Mureș", "Suceava", "Vrancea", "Buzău", "Dâmbovița"],
    service=["Despre noi", "Contact", "Publicitate", "Termeni și condiții", "Politica de confidențialitate", "GDPR"],
    ticker=["⟪Trafic restricționat pe Calea Victoriei în weekend⟫"], widget="EUR 4,97 · USD 4,58 · BET ▲0,4%",
    hero_caption="Bloc interbelic pe bulevardul Magheru. Foto: Arhivă",
    tags=["cutremur", "bulină roșie", "consolidare", "București"],
    bio="⟪Andrei Popescu-Vlad este inginer constructor și membru al unei asociații pentru reducerea riscului seismic.⟫",
    related=["Cine plătește pentru un oraș sigur?", "Primăria promite o nouă listă a clădirilor vulnerabile"],
    most_read=["Metroul spre aeroport, amânat din nou", "Ce salarii vor avea profesorii din septembrie", "Prognoza meteo pentru weekend"],
    footer="© 2026 Gazeta Capitalei. Toate drepturile rezervate.",
    body="""Știm exact unde sunt. Sunt pe listele primăriei, au o bulină roșie pe fațadă și oameni care locuiesc în ele. ⟦Și totuși, în fiecare an, numărul clădirilor consolidate se poate număra pe degetele de la două mâini.⟧

[[ALSO|⟪Primăria promite o nouă listă a clădirilor vulnerabile⟫]]

Explicațiile sunt mereu aceleași: proprietarii nu se înțeleg, nu există locuințe de necesitate pentru perioada lucrărilor, documentațiile durează ani, iar licitațiile se blochează în contestații. Toate sunt adevărate. Dar niciuna nu justifică faptul că, între timp, nu se întâmplă aproape nimic.

[[AD]]

⟦Propunerea mea este un fond unic de consolidare, administrat de o singură instituție,⟧ care să preia tot procesul: de la expertiză la proiect, de la mutarea locatarilor la recepția lucrărilor. Astăzi, aceste etape sunt împărțite între primăria generală, primăriile de sector, ministere și asociațiile de proprietari, iar fiecare poate bloca totul.

[[FOLD]]

Al doilea pas ar fi locuințele temporare. Nimeni nu acceptă să-și lase apartamentul fără să știe unde va sta doi ani. Orașul are sute de apartamente goale în proprietate publică, care pot fi renovate rapid și folosite prin rotație.

[[VIDEO|⟪Cum arată un bloc cu bulină roșie pe dinăuntru⟫]]

[[FOLLOW]]

Nu e nevoie să inventăm nimic. Alte orașe din regiune au trecut prin aceleași probleme și au găsit soluții: contracte-cadru pentru proiectare, echipe mixte de ingineri și juriști, termene legale pentru fiecare aviz. Le putem copia fără rușine.

Al treilea pas ține de transparență. O hartă publică, actualizată lunar, cu stadiul fiecărei clădiri ar pune presiune pe toate instituțiile implicate și le-ar da locatarilor un argument în discuțiile cu autoritățile.

⟦Un cutremur mare nu va aștepta să ne terminăm ședințele.⟧""",
    kind="opinion", why="opinion column arguing for a seismic retrofit fund",
))

PAGES.append(dict(
    case="uk-news-eeu-pidizdy", lang="uk", skin="eeu", domain="lvivskyivisnyk.example", site="Львівський вісник", secpath="news",
    url="https://lvivskyivisnyk.example/news/2026/03/10/lviv-remont-pidizdiv-spivfinansuvannia-71203",
    h1="Львів запускає програму ремонту під’їздів: місто оплатить 70% вартості",
    og_title="Львів запускає програму ремонту під’їздів: місто оплатить 70% вартості | Львівський вісник",
    section="Місто", authors=["Олена Ковальчук"], byline_text="Автор: Олена Ковальчук", byline_html='Автор: <a href="/author/olena-kovalchuk">Олена Ковальчук</a>',
    ld_authors=["Олена Ковальчук"], ld_type="NewsArticle", pub="2026-03-10T14:05:00+02:00", ld_date="2026-03-10T12:05:00Z", time_attr="2026-03-10T12:05:00Z",
    date="10 березня 2026, 14:05", topdate="Вівторок, 10 березня 2026",
    lead="⟦Мешканці багатоквартирних будинків зможуть відремонтувати під’їзди, сплативши лише 30% вартості робіт.⟧ Заявки приймають до 30 квітня. Програма діятиме щонайменше три роки.",
    w=dict(ad="Реклама", also="Читайте також:", video="Рекомендоване відео", follow="⟪Підписуйтеся на наш Telegram-канал, щоб першими дізнаватися новини Львова⟫",
           more="Читати далі", rel="3 години тому", views="2 417 переглядів", print="Друк", related="Інші новини", comments="Коментарі", most_read="Найпопулярніше",
           region="Новини області", breaking="Терміново", places="Громади"),
    sections=["Новини", "Місто", "Область", "Україна", "Світ", "Економіка", "Спорт", "Культура", "Здоров’я", "Освіта", "Блоги", "Відео"],
    subs={"Спорт": ["Футбол", "Баскетбол", "Волейбол"], "Економіка": ["Бізнес", "Ціни", "Нерухомість"], "Новини": ["Події", "Кримінал", "Транспорт", "Комунальні послуги"]},
    places_under="Область", places=["Дрогобич", "Самбір", "Стрий", "Червоноград", "Трускавець", "Борислав", "Золочів", "Жовква", "Яворів", "Городок", "Мостиська",
                                    "Пустомити", "Сокаль", "Броди", "Радехів", "Буськ", "Перемишляни", "Бібрка", "Миколаїв", "Жидачів", "Ходорів", "Турка", "Сколе", "Моршин"],
    service=["Про нас", "Контакти", "Реклама", "Правила користування", "Політика конфіденційності"],
    ticker=["⟪Графіки відключень світла на середу⟫"], widget="USD 41,32 · EUR 44,85 · PLN 10,31",
    hero_caption="Під’їзд будинку на вулиці Городоцькій. Фото: Олена Ковальчук",
    tags=["ремонт", "ОСББ", "співфінансування", "Львів"],
    related=["Як створити ОСББ: покрокова інструкція", "У Львові замінять 40 ліфтів"],
    most_read=["⟪На Сихові відкрили нову амбулаторію⟫", "Карпати перемогли на виїзді", "Погода у Львові на вихідні"],
    footer="© 2026 Львівський вісник. Усі права захищено.",
    body="""⟦Програму співфінансування ухвалила виконавча рада міста на засіданні у вівторок.⟧ Взяти участь можуть об’єднання співвласників багатоквартирних будинків і будинки, де мешканці обрали уповноважену особу.

[[ALSO|⟪Як створити ОСББ: покрокова інструкція⟫]]

Місто покриє 70% вартості ремонту, але не більше 400 тисяч гривень на один під’їзд. До робіт належать фарбування стін, заміна вікон і вхідних дверей, ремонт сходів, освітлення та поштових скриньок.

[[AD]]

За словами директорки департаменту житлового господарства Ірини Савчук, цього року в бюджеті передбачили 60 мільйонів гривень. ⟦Цього вистачить приблизно на 180 під’їздів,⟧ тож заявки розглядатимуть за черговістю та станом будинку.

[[FOLD]]

Мешканці мають подати протокол загальних зборів, кошторис робіт і підтвердження, що зібрали свою частку коштів. Перевагу отримають будинки, де вже замінили покрівлю або інженерні мережі.

[[FOLLOW]]

У минулі роки подібні програми діяли для заміни ліфтів і ремонту дахів. За інформацією міськради, за три роки завдяки їм відремонтували понад 300 будинків.

[[VIDEO|⟪Як виглядає під’їзд після ремонту за програмою співфінансування⟫]]

Голова одного з ОСББ на Сихові Андрій Мельник розповів, що мешканці його будинку збирали гроші на ремонт під’їзду майже два роки. «Без допомоги міста ми б змогли пофарбувати хіба що стіни. Тепер плануємо замінити й вікна, бо взимку на сходах дуже холодно», — каже він.

Водночас у департаменті радять не чекати останнього дня. Торік частина заявок на ремонт дахів не пройшла відбір через помилки в кошторисах, а виправити їх до кінця терміну мешканці не встигли. Фахівці центру адмінпослуг безкоштовно консультуватимуть щодо документів щосереди.

⟦Подати заявку можна в центрі надання адмінпослуг або онлайн до 30 квітня.⟧ Результати відбору оприлюднять у травні.""",
    kind="news", why="city news report on a building repair subsidy",
))

PAGES.append(dict(
    case="sr-opinion-eeu-skole", lang="sr", html_lang="sr-Cyrl", skin="eeu", domain="dnevnipregled.example", site="Дневни преглед", secpath="kolumne",
    url="https://www.dnevnipregled.example/kolumne/male-seoske-skole-nisu-trosak-3391027",
    h1="Мале сеоске школе нису трошак, већ последња брана",
    og_title="Мале сеоске школе нису трошак, већ последња брана | Колумне | Дневни преглед",
    section="Колумне", authors=["Милица Јовановић"], byline_text="Милица Јовановић", byline_html='<a href="/autor/milica-jovanovic">Милица Јовановић</a>',
    ld_authors=["Милица Јовановић"], ld_type="Article", ld_section="Колумне", meta_pub=False, pub="2026-03-09T07:00:00+01:00",
    date="09. 03. 2026. 07:00", topdate="Понедељак, 9. март 2026.",
    lead="⟦Када се у селу затвори школа, за неколико година затвори се и село.⟧",
    w=dict(ad="Реклама", also="Прочитајте још:", video="Препоручујемо", follow="⟪Пратите Дневни преглед на Гугл вестима и Вајберу⟫", more="Прочитајте цео текст",
           rel="пре 5 сати", views="", print="Штампај", related="Још колумни", comments="Коментари (41)", most_read="Најчитаније", region="Вести из градова",
           breaking="Најновије", places="Градови"),
    sections=["Политика", "Друштво", "Економија", "Свет", "Србија", "Београд", "Спорт", "Култура", "Колумне", "Забава", "Здравље", "Видео"],
    subs={"Спорт": ["Фудбал", "Кошарка", "Тенис", "Одбојка"], "Економија": ["Бизнис", "Пољопривреда", "Финансије"], "Култура": ["Књиге", "Филм", "Позориште"]},
    places_under="Србија", places=["Нови Сад", "Ниш", "Крагујевац", "Суботица", "Зрењанин", "Панчево", "Чачак", "Краљево", "Нови Пазар", "Смедерево", "Лесковац",
                                    "Ужице", "Ваљево", "Шабац", "Сомбор", "Пожаревац", "Пирот", "Зајечар", "Врање", "Кикинда", "Сремска Митровица", "Јагодина", "Бор", "Прокупље"],
    service=["Импресум", "Контакт", "Маркетинг", "Услови коришћења", "Политика приватности"],
    ticker=["⟪Измене у раду градског превоза током викенда⟫"],
    hero_caption="Издвојено одељење основне школе у једном селу на југу Србије. Фото: Архива",
    tags=["образовање", "село", "школе", "демографија"],
    bio="⟪Милица Јовановић је учитељица и ауторка књиге о сеоским школама.⟫",
    related=["Ко ће учити децу 2035. године?", "Аутобус који више не долази"],
    most_read=["Нове цене струје од априла", "Звезда слави у дербију", "Временска прогноза за Србију"],
    comments_html='<div class="comment"><p>⟪Моја ћерка иде у одељење са четворо деце и зна више него деца из града.⟫</p></div>',
    footer="© 2026 Дневни преглед. Сва права задржана.",
    body="""Сваког пролећа, када се праве планови уписа, на списку за гашење нађе се још неколико издвојених одељења. Образложење је увек исто: премало деце, превише трошкова. ⟦Одељење са петоро ђака, кажу, не може се оправдати.⟧

[[ALSO|⟪Ко ће учити децу 2035. године?⟫]]

Али рачуница која узима у обзир само плату учитеља и грејање учионице је непотпуна. Када се школа угаси, деца путују аутобусом сат времена у једном правцу, устају у пет ујутру и враћају се кући по мраку. Породице са малом децом тада почињу да размишљају о пресељењу у град.

[[AD]]

⟦Школа у селу није само место где се учи слова и рачун.⟧ Она је често једина јавна зграда која ради сваког дана, место где се одржавају састанци, приредбе и изборни пунктови. Учитељица је неретко једина особа са факултетом у кругу од двадесет километара.

[[FOLD]]

Не тврдим да свако одељење треба држати по сваку цену. Тврдим да одлука мора да узме у обзир и цену путовања, и губитак становника, и трошак који ће држава имати када село остане празно.

[[FOLLOW]]

У неким општинама локалне самоуправе су саме преузеле део трошкова, плаћајући превоз учитеља или грејање школе, и та одељења и данас раде. То показује да је ствар воље, а не само новца.

Постоје решења која друге земље већ примењују: комбинована одељења са савременим наставним материјалом, наставници који раде у две суседне школе, повезивање малих школа путем интернета за предмете за које нема стручног кадра.

[[VIDEO|⟪Учитељица која сваког јутра пешачи до школе⟫]]

Мале школе нису луксуз који држава себи више не може да приушти. ⟦Оне су последња брана пред празним селима, и њихово гашење је одлука о којој треба дубоко размислити.⟧""",
    kind="opinion", why="signed column against closing village schools",
))

PAGES.append(dict(
    case="cs-other-eeu-sumava", lang="cs", skin="eeu", domain="denikjih.example", site="Deník Jih", secpath="cestovani",
    url="https://www.denikjih.example/cestovani/vylet-na-sumavu-pet-tras-pro-rodiny-s-detmi-20260306.html",
    h1="Výlet na Šumavu: pět tras pro rodiny s dětmi, které zvládnou i malé nohy",
    og_title="Výlet na Šumavu: pět tras pro rodiny s dětmi, které zvládnou i malé nohy - Deník Jih",
    section="Cestování", authors=["Tereza Dvořáková"], byline_text="Tereza Dvořáková", byline_html='<a href="/autor/tereza-dvorakova">Tereza Dvořáková</a>',
    ld_authors=["Tereza Dvořáková"], ld_type="Article", pub="2026-03-06T16:00:00+01:00", date="6. 3. 2026 16:00", topdate="Pondělí 9. března 2026",
    lead="⟦Jaro na Šumavě přichází pozdě, ale nižší polohy jsou už v březnu většinou bez sněhu.⟧ Vybrali jsme pět nenáročných tras do deseti kilometrů.",
    w=dict(ad="Reklama", also="Přečtěte si také:", video="Doporučené video", follow="⟪Sledujte Deník Jih na Google Zprávách⟫", more="Pokračovat ve čtení",
           rel="před 3 dny", views="", print="Tisk", related="Další tipy na výlety", comments="Diskuse (7)", most_read="Nejčtenější", region="Zprávy z okresů",
           breaking="Právě teď", places="Okresy"),
    sections=["Zprávy", "Region", "Sport", "Kultura", "Ekonomika", "Cestování", "Bydlení", "Zdraví", "Auto", "Názory", "Video"],
    subs={"Sport": ["Fotbal", "Hokej", "Cyklistika"], "Cestování": ["Výlety", "Hrady a zámky", "Příroda", "Zahraničí"], "Ekonomika": ["Finance", "Práce", "Reality"]},
    places_under="Region", places=["České Budějovice", "Český Krumlov", "Prachatice", "Strakonice", "Písek", "Tábor", "Jindřichův Hradec", "Klatovy", "Sušice",
                                    "Vimperk", "Volary", "Kaplice", "Trhové Sviny", "Třeboň", "Vodňany", "Blatná", "Milevsko", "Soběslav", "Dačice", "Horažďovice"],
    service=["O nás", "Kontakty", "Inzerce", "Podmínky užití", "Ochrana osobních údajů"],
    ticker=["⟪Uzavírka silnice u Lipna potrvá do dubna⟫"],
    hero_caption="Vyhlídka nad Vltavou u Lenory. Foto: Tereza Dvořáková",
    tags=["Šumava", "výlety s dětmi", "turistika", "jaro"],
    related=["Hrady jižních Čech otevírají v dubnu", "Kde na jihu Čech vidět bobry"],
    most_read=["⟪Dynamo ČB remizovalo s Plzní⟫", "Nová cyklostezka kolem Lipna", "Počasí na víkend: až 15 stupňů"],
    footer="© 2026 Deník Jih. Všechna práva vyhrazena.",
    body="""[[H|1. Okolo Lenory k Vltavě]]

⟦Okruh dlouhý šest kilometrů vede po rovině podél Teplé Vltavy.⟧ Děti nadchne visutá lávka přes řeku a dřevěné hřiště u parkoviště. Cesta je vhodná i pro kočárek, jen po deštích bývá na loukách bláto.

[[ALSO|⟪Kde na jihu Čech vidět bobry⟫]]

[[H|2. Kvilda a pramen Vltavy]]

Od parkoviště v Kvildě vede k prameni Vltavy značená cesta dlouhá necelých osm kilometrů tam a zpět. V březnu na ní ještě může ležet sníh, proto se vyplatí zkontrolovat webkameru na stránkách národního parku.

[[AD]]

[[H|3. Vimperk a naučná stezka]]

Krátká naučná stezka nad Vimperkem má tři kilometry a deset zastavení s otázkami pro děti. ⟦Na konci čeká vyhlídka na zámek a město, odkud se dá sejít rovnou na náměstí.⟧

[[FOLD]]

[[H|4. Boubínský prales]]

Nejznámější šumavský prales obchází okruh kolem jezírka, dlouhý zhruba dva a půl kilometru. Cesta je po upravených pěšinách, ale s malými dětmi počítejte s hodinou a půl, protože je tu co objevovat.

[[FOLLOW]]

[[H|5. Lipno a stezka korunami stromů]]

Kdo chce něco výjimečného, může zamířit na stezku v korunách stromů nad Lipnem. Dřevěná lávka je bezbariérová a vede do výšky čtyřiceti metrů. Vstupné pro rodinu stojí kolem osmi set korun.

[[VIDEO|⟪Jak vypadá Šumava v březnu z dronu⟫]]

[[H|Praktické rady]]

Na Šumavě je i na jaře o několik stupňů chladněji než v Budějovicích. Vezměte si vrstvy oblečení, nepromokavé boty a svačinu, protože řada horských bud otevírá až v květnu. ⟦Parkoviště u oblíbených tras bývají o víkendech plná už v deset hodin dopoledne.⟧""",
    kind="other", why="travel guide of family hiking routes",
))

PAGES.append(dict(
    case="hu-other-eeu-szja", lang="hu", skin="eeu", domain="alfoldihirek.example", site="Alföldi Hírek", secpath="gazdasag",
    url="https://www.alfoldihirek.example/gazdasag/2026/03/szja-bevallas-2026-igy-fogadd-el-a-tervezetet",
    h1="SZJA-bevallás 2026: így nézd át és fogadd el a tervezetet lépésről lépésre",
    og_title="SZJA-bevallás 2026: így nézd át és fogadd el a tervezetet lépésről lépésre | Alföldi Hírek",
    section="Gazdaság", authors=["Szabó Eszter"], byline_text="Szabó Eszter", byline_html='<a href="/szerzo/szabo-eszter">Szabó Eszter</a>',
    ld_authors=["Szabó Eszter"], ld_type="Article", ld_pub=False, ld_extra={"dateModified": "2026-03-17T11:20:00+01:00"}, meta_pub=False,
    pub="2026-03-16T06:30:00+01:00", date="2026. március 16. 06:30 · Frissítve: 2026. március 17. 11:20", topdate="2026. március 17., kedd",
    lead="⟦Március közepétől mindenki elérheti az online felületen az adóhatóság által elkészített bevallási tervezetet.⟧ Mutatjuk, mire figyelj.",
    w=dict(ad="Hirdetés", also="Ezt is ajánljuk:", video="Ajánlott videó", follow="⟪Kövesd az Alföldi Híreket a Google Hírekben is!⟫", more="Tovább olvasom",
           rel="2 napja", views="", print="Nyomtatás", related="Kapcsolódó cikkek", comments="Hozzászólások", most_read="Legolvasottabb", region="Megyei hírek",
           breaking="Friss", places="Települések"),
    sections=["Belföld", "Külföld", "Gazdaság", "Sport", "Kultúra", "Életmód", "Tech", "Autó", "Megye", "Időjárás", "Vélemény"],
    subs={"Sport": ["Foci", "Kézilabda", "Vízilabda"], "Gazdaság": ["Pénzügyek", "Ingatlan", "Munka", "Agrár"], "Életmód": ["Egészség", "Gasztro", "Utazás"]},
    places_under="Megye", places=["Kecskemét", "Szeged", "Szolnok", "Békéscsaba", "Baja", "Kiskunhalas", "Kiskunfélegyháza", "Hódmezővásárhely", "Makó", "Csongrád",
                                   "Szentes", "Gyula", "Orosháza", "Jászberény", "Cegléd", "Kalocsa", "Kiskőrös", "Törökszentmiklós", "Karcag", "Mezőtúr"],
    service=["Impresszum", "Kapcsolat", "Médiaajánlat", "Adatvédelem", "ÁSZF"],
    ticker=["⟪Lezárják az M5-ös egyik lehajtóját⟫"],
    hero_caption="Illusztráció: laptop és adóbevallási nyomtatvány. Fotó: Archív",
    tags=["SZJA", "adóbevallás", "személyi jövedelemadó", "NAV"],
    related=["Ezekre a kedvezményekre figyelj idén", "Meddig kell fizetni a befizetendő adót?"],
    most_read=["⟪Új járat indul Kecskemét és Szeged között⟫", "Meleg hétvége jön", "Nyertes lottószámok"],
    footer="© 2026 Alföldi Hírek. Minden jog fenntartva.",
    body="""[[H|1. Belépés]]

⟦A tervezetet az ügyfélkapus azonosítással lehet megnyitni az adóhatóság online felületén.⟧ Aki még nem regisztrált, annak érdemes ezt néhány nappal korábban megtennie, mert az első belépéshez megerősítő kódra is szükség lehet.

[[ALSO|⟪Ezekre a kedvezményekre figyelj idén⟫]]

[[H|2. Az adatok ellenőrzése]]

A tervezet a munkáltatók és kifizetők által bejelentett adatokból készül. Nézd át, hogy minden munkahelyed szerepel-e, és egyezik-e a bruttó jövedelem a munkáltatói igazolással. ⟦Ha év közben munkahelyet váltottál, különösen figyelj arra, hogy mindkét munkáltató adatai megjelenjenek.⟧

[[AD]]

[[H|3. Kedvezmények]]

A családi adókedvezményt, az első házasok kedvezményét és a fiatalok kedvezményét a tervezet általában már tartalmazza, de érdemes ellenőrizni a kedvezményre jogosító gyermekek számát és adóazonosító jelét. Ha a kedvezményt két szülő osztja meg egymás között, azt csak az egyikük tervezetében lehet érvényesíteni, ezért előre egyeztessetek. A négy vagy több gyermeket nevelő anyák kedvezménye szintén külön ellenőrzést érdemel.

[[FOLD]]

[[H|4. Az 1+1 százalék]]

A felajánlásokat külön nyilatkozaton lehet megtenni, amely a bevallástól függetlenül is beküldhető. Egy civil szervezet és egy egyház vagy kiemelt költségvetési előirányzat javára lehet rendelkezni.

[[FOLLOW]]

[[H|5. Elfogadás vagy kiegészítés]]

Ha minden adat rendben van, a tervezetet el lehet fogadni, de ha nem teszel semmit, a határidő lejártával automatikusan bevallássá válik. Az egyéni vállalkozóknak és az őstermelőknek ez nem vonatkozik rájuk, nekik ki kell egészíteniük a bevallást.

[[VIDEO|⟪Így töltsd ki az 1+1 százalékos nyilatkozatot⟫]]

[[H|Határidő]]

⟦A magánszemélyek számára a határidő május 20., eddig kell befizetni az esetleges adókülönbözetet is.⟧ Aki visszatérítést kap, annak a pénz általában 30 napon belül érkezik meg a számlájára. A kiegészítést a határidőig akár többször is be lehet küldeni.""",
    kind="other", why="step-by-step guide to filing income tax",
))
