"""Europe (ru, uk, pl, cs, hu, ro, sr, fi, sv, nl, de-AT, de-CH)."""

PAGES = []

# ---------------------------------------------------------------- Russia: custom portal, long body, Читайте также, Telegram box
PAGES.append(dict(
    case="ru-news-novosibirsk", lang="ru", country="RU", skin="portal", px="article", body_cls="article__text",
    domain="sibir-online.example", site="Сибирь Онлайн",
    url="https://sibir-online.example/news/society/2026/03/05/novosibirsk-most-remont/",
    section="Общество", crumbs=["Главная", "Новости", "Общество"],
    title_tag="В Новосибирске на полгода закроют полосы Октябрьского моста — Сибирь Онлайн",
    h1="В Новосибирске на полгода закроют полосы Октябрьского моста",
    deck="⟦Ремонт начнётся в апреле, водителям советуют заранее планировать объезд через Бугринский мост⟧",
    byline='<span class="article__author">Текст: <a href="/authors/anna-sokolova/">Анна Соколова</a></span>',
    date="5 марта 2026, 12:40", pub="2026-03-05T12:40:00+07:00", ld_authors=["Анна Соколова"],
    today="Четверг, 5 марта 2026",
    topbar='<span class="weather">Новосибирск −8°</span> <span class="rates">USD 88,14 EUR 95,02</span> <a href="/login">Войти</a>',
    nav=["Новости", ("Город", ["Транспорт", "ЖКХ", "Происшествия", "Здоровье"]), "Экономика", "Недвижимость", "Авто", "Спорт", "Афиша", "Мнения", "Фото", "Видео", "Спецпроекты"],
    ticker=("Главное", ["⟪В Новосибирской области ожидается сильный снегопад⟫", "Цены на бензин выросли за неделю", "Мэрия объявила конкурс на благоустройство"]),
    figure="Октябрьский мост в часы пик. Фото: Сибирь Онлайн",
    body="""<p>⟦Мэрия Новосибирска объявила о капитальном ремонте Октябрьского моста⟧, одного из трёх автомобильных мостов через Обь. Работы начнутся 6 апреля и продлятся до конца сентября. На всё это время движение будет сужено до двух полос — по одной в каждом направлении.</p>
<p>Как сообщили в департаменте транспорта, мост не ремонтировали капитально с 2004 года. За это время деформационные швы износились, а гидроизоляция пролётов пришла в негодность. Подрядчик — местная компания «Сибмостстрой» — выиграл аукцион в феврале, стоимость контракта составила 2,1 млрд рублей.</p>
<div class="article__incut"><div class="incut__title">Читайте также</div><a class="incut__link" href="/news/society/2026/02/26/bugrinsky-most-probki/">⟪На Бугринском мосту снова девятибалльные пробки⟫</a></div>
<p>Ремонт разделят на два этапа. Сначала рабочие займутся полосами, ведущими в сторону центра, затем — в обратном направлении. По словам заместителя мэра по транспорту Игоря Белова, полностью мост закрывать не планируют: «Мы понимаем, что без него город встанет. Поэтому движение сохранится в течение всего ремонта, пусть и в ограниченном режиме».</p>
<p>Водителям советуют заранее планировать маршрут и по возможности пользоваться Бугринским и Димитровским мостами. Кроме того, на время работ мэрия обещает увеличить число автобусов на маршрутах, которые идут через Обь, и продлить работу метро на час по выходным.</p>
<div class="adfox-banner" id="adfox_inpage"><div class="adfox-label">Реклама</div></div>
<p>⟦Горожане восприняли новость без энтузиазма.⟧ «Я каждый день езжу с Левого берега на работу, и уже сейчас дорога занимает час. Что будет с апреля, страшно представить», — рассказала жительница Кировского района Марина Ефимова. Другие жители в соцсетях предложили перенести ремонт на лето, когда меньше машин.</p>
<p>В мэрии ответили, что сроки связаны с погодой: асфальт и гидроизоляцию нельзя укладывать при отрицательной температуре, а затягивать работы до осени опасно. Специалисты отмечают, что из-за ремонта время в пути через реку в часы пик может вырасти на 20–30 минут.</p>
<div class="article__incut"><div class="incut__title">Читайте также</div><a class="incut__link" href="/news/society/2026/01/15/metro-novaya-stanciya/">⟪Строительство станции метро «Спортивная» снова отложили⟫</a></div>
<p>Эксперт по городскому транспорту Дмитрий Ланской считает, что ситуацию могли бы облегчить выделенные полосы для автобусов на подъездах к мосту. ⟦«Если автобус будет стоять в той же пробке, люди не пересядут из машин»⟧, — пояснил он.</p>
<p>⟦Окончание работ запланировано на 30 сентября, однако подрядчик может завершить их раньше.⟧</p>
<div class="article__subscribe">⟪Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать новости⟫ <a href="https://t.example/sibir_online">@sibir_online</a></div>""",
    exclude=["div.article__incut", "div.adfox-banner", "div.article__subscribe"],
    after='<div class="article__tags"><a href="/tags/mosty/">мосты</a> <a href="/tags/remont-dorog/">ремонт дорог</a></div>',
    related=("Новости по теме", ["⟪В Новосибирске подорожает проезд в общественном транспорте⟫", "Какие дороги отремонтируют в 2026 году"]),
    mostread=("Самое читаемое", ["Синоптики пообещали потепление к выходным", "В Академгородке откроют новую школу", "Что изменится с 1 апреля"]),
    times=["10:15", "09:40", "вчера"],
    comments=("Комментарии", [("Сергей", "5 марта", "⟪Опять всё лето в пробках стоять⟫")]),
    cookie="Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим.", cookie_ok="Хорошо",
    footer="© 2026 Сибирь Онлайн. 18+. При использовании материалов ссылка обязательна.",
    authors=["Анна Соколова"], byline_text="Текст: Анна Соколова",
    kind="news", why="city news report on bridge repairs",
    body_extra=["p.article__lead"],
))

# ---------------------------------------------------------------- Ukraine: live blog of dated entries
PAGES.append(dict(
    case="uk-news-live", lang="uk", country="UA", skin="portal", px="live", body_cls="live-feed",
    domain="lviv-pravda.example", site="Львівська Правда",
    url="https://lviv-pravda.example/news/2026/03/18/povin-dnister-online/",
    section="Новини", crumbs=["Головна", "Новини", "Регіони"],
    title_tag="Повінь на Дністрі: онлайн-трансляція 18 березня - Львівська Правда",
    h1="Повінь на Дністрі: усі новини 18 березня онлайн",
    kicker='<span class="live-badge">НАЖИВО</span>',
    byline='<span class="live__authors">Редакція «Львівської Правди»</span>',
    date="18 березня 2026, 07:30", updated=' <span class="live__updated">Оновлено о 15:10</span>',
    pub="2026-03-18T07:30:00+02:00", mod="2026-03-18T15:10:00+02:00", ld_type="LiveBlogPosting", ld_authors=["org:Львівська Правда"],
    today="Середа, 18 березня 2026",
    topbar='<a href="/ru/">RU</a> <a href="/login">Увійти</a>',
    nav=["Новини", "Львів", "Політика", "Економіка", "Світ", "Спорт", "Здоров’я", "Погляди", "Відео"],
    body="""<div class="live-post" id="post-15"><time class="live-post__time" datetime="2026-03-18T15:10:00+02:00">15:10</time><h3 class="live-post__title">Рівень води в Галичі почав спадати</h3>
<p>⟦За даними гідрометцентру, рівень води в Дністрі біля Галича за останні дві години знизився на 12 сантиметрів.⟧ Рятувальники попереджають, що повертатися додому в затоплені села поки зарано.</p></div>
<div class="live-post" id="post-14"><time class="live-post__time" datetime="2026-03-18T13:45:00+02:00">13:45</time><h3 class="live-post__title">Евакуйовано понад 600 людей</h3>
<p>ДСНС повідомляє, що з початку доби з підтоплених будинків у Львівській та Івано-Франківській областях евакуювали 612 людей, серед них 140 дітей. Усі вони розміщені у школах і спортзалах.</p></div>
<div class="live-ad"><div class="adunit" data-slot="live_mid"></div><span>Реклама</span></div>
<div class="live-post" id="post-13"><time class="live-post__time" datetime="2026-03-18T12:20:00+02:00">12:20</time><h3 class="live-post__title">Закрито рух на трасі Н-09</h3>
<p>⟦Поліція перекрила рух на ділянці траси між Жидачевом і Ходоровом⟧, де вода вийшла на дорогу. Об’їзд організовано через Стрий.</p></div>
<div class="live-related"><span>Читайте також:</span> <a href="/news/2026/03/17/yak-otrymaty-dopomogu/">⟪Як отримати компенсацію за зруйноване повінню житло⟫</a></div>
<div class="live-post" id="post-12"><time class="live-post__time" datetime="2026-03-18T10:05:00+02:00">10:05</time><h3 class="live-post__title">Мер Галича: «Дамба тримається»</h3>
<p>Міський голова Галича Василь Кравчук заявив, що захисна дамба витримала нічний пік. «Ми всю ніч посилювали її мішками з піском. ⟦Дякую кожному, хто прийшов допомогти»⟧, — написав він у Facebook.</p></div>
<div class="live-post" id="post-11"><time class="live-post__time" datetime="2026-03-18T07:30:00+02:00">07:30</time><h3 class="live-post__title">Доброго ранку, ми починаємо трансляцію</h3>
<p>⟦Після сильних дощів і танення снігу в Карпатах рівень Дністра за ніч піднявся майже на метр.⟧ Ми стежимо за ситуацією і будемо оновлювати цю сторінку протягом дня.</p></div>""",
    exclude=["div.live-ad", "div.live-related"],
    after='<div class="live__footer">⟪Підписуйтеся на наш Telegram, щоб не пропустити важливе⟫</div>',
    related=("Більше новин", ["⟪Уряд виділив 200 мільйонів на ліквідацію наслідків повені⟫", "Синоптики: дощі триватимуть до вихідних"]),
    mostread=("Популярне", ["Графік відключень світла на четвер", "У Львові відкрили новий міст", "Курс валют на 18 березня"]),
    times=["14:02", "12:31", "вчора"],
    cookie="⟪Ми використовуємо файли cookie, щоб покращити роботу сайту.⟫", cookie_ok="Погоджуюсь",
    footer="© 2026 Львівська Правда. Усі права захищені.",
    authors=None, byline_text="Редакція «Львівської Правди»",
    kind="news", why="live blog of flood updates",
))

# ---------------------------------------------------------------- Poland: felieton with paywall block mid-article
PAGES.append(dict(
    case="pl-opinion-felieton", lang="pl", country="PL", skin="portal", px="art", body_cls="art-content",
    domain="gazeta-krakowska-nowa.example", site="Dziennik Małopolski",
    url="https://dziennik-malopolski.gazeta-krakowska-nowa.example/opinie/felietony/art-28871345,boisko-za-szkola.html",
    section="Felietony", crumbs=["Strona główna", "Opinie", "Felietony"],
    title_tag="Boisko za szkołą. Felieton Tomasza Nowaka | Dziennik Małopolski",
    h1="Boisko za szkołą",
    deck="⟦Zamykamy szkolne boiska po lekcjach, a potem dziwimy się, że dzieci nie wychodzą z domu.⟧",
    byline='<span class="art-author"><a href="/autor/tomasz-nowak">Tomasz Nowak</a> <span class="art-author__role">felietonista</span></span>',
    date="14 marca 2026, 6:00", pub="2026-03-14T06:00:00+01:00", ld_authors=["Tomasz Nowak"], ld_section="Felietony",
    meta_section="Opinie",
    today="sobota, 14 marca 2026",
    topbar='<a href="/prenumerata" class="btn-premium">Kup dostęp Premium</a> <a href="/logowanie">Zaloguj się</a>',
    nav=["Wiadomości", "Kraków", "Małopolska", "Sport", "Biznes", ("Opinie", ["Felietony", "Komentarze", "Listy do redakcji"]), "Kultura", "Motoryzacja", "Nieruchomości"],
    body="""<p>⟦Za moją szkołą było boisko z dziurawą siatką i bramką bez poprzeczki.⟧ Po lekcjach grało tam pół osiedla, a wieczorem starsi chłopcy siadali na ławce i udawali, że nie palą. Nikt tego nie organizował. Brama była po prostu otwarta.</p>
<p>Dziś w tej samej szkole boisko ma sztuczną trawę, piłkochwyty i oświetlenie. I kłódkę. Po piętnastej wejść nie można, bo dyrekcja boi się odpowiedzialności za ewentualne wypadki i zniszczenia. Rozumiem dyrekcję. Nie rozumiem nas wszystkich, którzy się na to godzimy.</p>
<div class="paywall" id="paywall-box"><div class="paywall__header">⟪Pozostało jeszcze 68% treści⟫</div><p>Kup dostęp Premium i czytaj bez ograniczeń wszystkie artykuły. Pierwszy miesiąc za 1 zł.</p><a class="paywall__btn" href="/prenumerata">Kupuję</a> <a href="/logowanie">Mam już dostęp</a></div>
<p>⟦Wydaliśmy miliony na orliki i szkolne boiska, a potem je pozamykaliśmy.⟧ To tak, jakby zbudować bibliotekę i wpuszczać do niej tylko w godzinach lekcji. Gminy mogłyby zatrudnić animatorów, ubezpieczyć obiekty i otworzyć je do zmroku. To kosztuje, ale mniej niż leczenie skutków siedzenia przed ekranem.</p>
<div class="art-read-more"><span>Czytaj także:</span> <a href="/opinie/felietony/art-28850012,hulajnogi.html">⟪Hulajnogi na chodnikach, czyli o wolności i rozsądku⟫</a></div>
<p>Słyszę argument, że młodzież zniszczy sprzęt. Może część zniszczy. Ale ta sama młodzież, która ma gdzie pograć, nie siedzi na klatce schodowej. ⟦Znam to z własnego podwórka.⟧</p>
<p>⟦Otwórzmy te bramy. Kłódka to najdroższa inwestycja, jaką zrobiliśmy w szkolny sport.⟧</p>""",
    exclude=["div.paywall", "div.art-read-more"],
    authorbox='<div class="art-author-box"><p>⟪Tomasz Nowak jest dziennikarzem i ojcem trójki dzieci⟫. Pisze w soboty.</p></div>',
    related=("Polecane", ["⟪Kraków: remont torowiska na Grzegórzeckiej⟫", "Ranking szkół średnich 2026"]),
    mostread=("Najczęściej czytane", ["Nowe przepisy dla kierowców od kwietnia", "Pogoda na weekend", "Wisła przegrywa u siebie"]),
    times=["2 godz. temu", "4 godz. temu", "wczoraj"],
    cookie="Szanujemy Twoją prywatność. Używamy plików cookies w celach statystycznych i marketingowych.", cookie_ok="Przejdź do serwisu",
    footer="© 2026 Dziennik Małopolski. Wszelkie prawa zastrzeżone.",
    authors=["Tomasz Nowak"], byline_text="Tomasz Nowak, felietonista",
    kind="opinion", why="felieton arguing schools should open their pitches",
    body_extra=["p.art__lead"],
))

# ---------------------------------------------------------------- Czechia: Drupal, two authors + ČTK, Čtěte také
PAGES.append(dict(
    case="cs-news-brno", lang="cs", country="CZ", skin="drupal", domain="brnensky-denik.example",
    site="Brněnský deník", url="https://www.brnensky-denik.example/zpravy/brno/tramvaj-do-bohunic-zahajeni-stavby-20260310.html",
    section="Zprávy", crumbs=["Úvod", "Zprávy", "Brno"],
    title_tag="Stavba tramvajové trati do Bohunic začne v dubnu | Brněnský deník",
    h1="Stavba tramvajové trati do Bohunic začne v dubnu",
    deck="⟦Nová trať zkrátí cestu do univerzitního kampusu o deset minut. Objízdné trasy potrvají rok.⟧",
    byline='<a href="/autori/jana-novakova">Jana Nováková</a>, <a href="/autori/petr-dvorak">Petr Dvořák</a>, ČTK',
    date='<time datetime="2026-03-10T16:20:00+01:00">10. března 2026 16:20</time>',
    pub="2026-03-10T16:20:00+01:00", ld_authors=["Jana Nováková", "Petr Dvořák"],
    topbar='<a href="/predplatne">Předplatné</a> <a href="/prihlaseni">Přihlásit</a>',
    nav=["Zprávy", ("Brno", ["Střed", "Bohunice", "Královo Pole", "Židenice"]), "Jižní Morava", "Sport", "Kultura", "Ekonomika", "Názory", "Bydlení", "Auto"],
    ticker=("Právě teď", ["⟪Na D1 u Brna se srazila tři auta⟫", "Kometa vyhrála sedmý zápas v řadě"]),
    figure="Vizualizace nové zastávky u kampusu. Foto: DPMB",
    body="""<p>⟦Dopravní podnik města Brna zahájí v dubnu stavbu tramvajové trati⟧ ze Starého Lískovce do univerzitního kampusu v Bohunicích. Trať bude dlouhá 2,4 kilometru a přibudou na ní čtyři nové zastávky, oznámil v úterý primátor.</p>
<p>Stavba má stát 1,9 miliardy korun, z velké části ji zaplatí evropské fondy. Hotovo má být na jaře 2028. Podle dopravního podniku se cesta z centra do kampusu, kde studuje a pracuje přes dvacet tisíc lidí, zkrátí zhruba o deset minut.</p>
<div class="related-inline"><h3>Čtěte také</h3><ul><li><a href="/zpravy/brno/novy-terminal-hlavni-nadrazi.html">⟪Nové hlavní nádraží: co se změní pro cestující⟫</a></li></ul></div>
<p>⟦Během stavby se ale obyvatelé Bohunic musí připravit na objížďky.⟧ Ulice Netroufalky bude zhruba rok průjezdná jen jedním směrem a autobusové linky 50 a 82 pojedou po odklonu. „Víme, že to bude nepříjemné, ale tramvaj sem lidé chtějí dvacet let,“ řekl náměstek primátora pro dopravu.</p>
<div class="ad ad--inarticle"><span class="ad__label">Reklama</span></div>
<p>Část místních kritizuje kácení stromů podél trati. Radnice slibuje, že za každý pokácený strom vysadí dva nové. ⟦Ekologické sdružení Zelené Bohunice přesto chce projekt napadnout u soudu.⟧</p>
<p>⟦Zakázku získalo sdružení tří stavebních firem, smlouvu podepsalo minulý týden.⟧</p>""",
    exclude=["div.related-inline", "div.ad"],
    after='<span class="tags-label">Témata:</span> <a href="/tema/tramvaje">tramvaje</a>, <a href="/tema/bohunice">Bohunice</a>',
    related=("Další zprávy", ["⟪Brno chystá nové parkovací zóny v Žabovřeskách⟫", "Přehrada: sezóna lodí začne v květnu"]),
    mostread=("Nejčtenější", ["Počasí: o víkendu přijde sníh", "Zbrojovka prohrála v Ostravě", "Kde v Brně zdraží parkování"]),
    newsletter=("Newsletter", "⟪Každé ráno to nejdůležitější z Brna do vaší schránky⟫", "Odebírat"),
    cookie="Na našem webu používáme soubory cookies. Souhlasíte s jejich použitím?", cookie_ok="Souhlasím",
    footer="© 2026 Brněnský deník. Všechna práva vyhrazena.",
    authors=["Jana Nováková", "Petr Dvořák"], byline_text="Jana Nováková, Petr Dvořák, ČTK",
    kind="news", why="local news report on tram line construction",
    body_extra=["div.field--name-field-lead"],
))

# ---------------------------------------------------------------- Hungary: opinion on a WordPress portal (JNews), URL /velemeny/
PAGES.append(dict(
    case="hu-opinion-budapest", lang="hu", country="HU", skin="jnews", domain="pesti-naplo.example",
    site="Pesti Napló", url="https://pesti-naplo.example/velemeny/2026/03/02/a-villamos-nem-luxus/",
    secpath="velemeny", section="Vélemény", home="Címlap",
    title_tag="A villamos nem luxus – Pesti Napló",
    h1="A villamos nem luxus",
    by_word="", byline='<a href="/author/kovacs-reka/">Kovács Réka</a>',
    date="2026. március 2. 07:15", today="2026. március 2., hétfő",
    pub="2026-03-02T07:15:00+01:00", meta_section="Vélemény", ld_authors=["Kovács Réka"],
    nav=["Címlap", "Belföld", "Külföld", "Gazdaság", "Budapest", "Vélemény", "Kultúra", "Sport", "Tech"],
    ticker=("Friss", ["⟪Lezárják a Lánchidat a hétvégén⟫", "Emelkedik a benzin ára szerdától"]),
    body="""<p>⟦Minden reggel a 3-as villamossal járok dolgozni, és minden reggel ugyanazt látom:⟧ tömött kocsikat, hideg megállókat és egy menetrendet, amely inkább kívánság, mint ígéret. Most pedig azt olvasom, hogy a fővárosnak nincs pénze a járművek cseréjére.</p>
<p>Szerintem ez nem pénzügyi, hanem szemléleti kérdés. Ha egy városnak van pénze egy új felüljáróra, akkor lennie kell pénzének azokra a villamosokra is, amelyekkel naponta százezrek utaznak. A közlekedés nem luxus, hanem a városi élet alapja.</p>
<div class="jeg_ad jeg_ad_article jnews_content_inline_ads"><div class="ads-wrapper"><ins class="adsbygoogle"></ins></div></div>
<p>⟦A régi szerelvények nemcsak kényelmetlenek, hanem drágák is.⟧ Gyakrabban romlanak el, több energiát fogyasztanak, és a javításukhoz már alkatrészt is nehéz találni. Minden év halasztás többe kerül, mint maga a beruházás.</p>
<div class="jnews_inline_related_post"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Ezt is ajánljuk</span></h3></div><ul><li><a href="/budapest/2026/02/24/metro-felujitas/">⟪Csúszik a 2-es metró felújítása⟫</a></li></ul></div>
<p>Tudom, hogy a kormány és a főváros vitája nem egyszerű. ⟦De az utasokat nem érdekli, ki a hibás.⟧ Őket az érdekli, odaérnek-e időben a munkahelyükre.</p>
<p>⟦Kérem a döntéshozókat: üljenek fel egyszer reggel hétkor a hármasra.⟧</p>""",
    exclude=["div.jeg_ad", "div.jnews_inline_related_post"],
    after='<span>Címkék:</span> <a href="/tag/bkv/">BKV</a> <a href="/tag/villamos/">⟪tömegközlekedés⟫</a>',
    authorbox='<div class="jeg_authorbox"><div class="jeg_author_content"><h3 class="jeg_author_name"><a href="/author/kovacs-reka/">Kovács Réka</a></h3><p class="jeg_author_desc">⟪Kovács Réka újságíró, a Pesti Napló publicistája⟫.</p></div></div>',
    related=("Kapcsolódó cikkek", ["⟪Új buszsávok a Rákóczi úton⟫", "Drágul a bérlet áprilistól?"]),
    mostread=("Legolvasottabb", ["Megvan a lottó nyerőszámai", "Hidegfront érkezik", "Fradi: újabb győzelem"]),
    ago="2 órája",
    cookie="Weboldalunk sütiket használ a jobb felhasználói élmény érdekében.", cookie_ok="Elfogadom",
    footer="© 2026 Pesti Napló. Minden jog fenntartva.",
    authors=["Kovács Réka"], byline_text="Kovács Réka",
    kind="opinion", why="first-person column arguing for new trams, Vélemény",
))

# ---------------------------------------------------------------- Romania: Newspaper theme, long news, many ads, "Citește și"
PAGES.append(dict(
    case="ro-news-cluj", lang="ro", country="RO", skin="tagdiv", domain="ziarul-transilvania.example",
    site="Ziarul Transilvania", url="https://ziarul-transilvania.example/actualitate/cluj-aeroport-pista-noua/",
    secpath="actualitate", section="Actualitate", home="Acasă",
    title_tag="Aeroportul din Cluj începe lucrările la noua pistă | Ziarul Transilvania",
    h1="Aeroportul din Cluj începe lucrările la noua pistă",
    by_word="De", byline='<a class="td-author-name" href="/author/andrei-muresan/">Andrei Mureșan</a>',
    date="9 martie 2026", today="luni, 9 martie 2026",
    pub="2026-03-09T11:30:00+02:00", ld_authors=["Andrei Mureșan"], meta_author="Andrei Mureșan",
    topbar='<ul class="top-header-menu"><li><a href="/contact">Contact</a></li><li><a href="/publicitate">Publicitate</a></li></ul>',
    nav=["Acasă", ("Actualitate", ["Cluj", "Alba", "Mureș", "Bistrița"]), "Politică", "Economie", "Sport", "Sănătate", "Educație", "Cultură", "Opinii", "Horoscop"],
    ticker=("Știri de ultimă oră", ["⟪Cod galben de ninsori în Munții Apuseni⟫", "CFR Cluj, victorie în deplasare", "Prețul benzinei scade din nou"]),
    figure="Terminalul de plecări al aeroportului. Foto: arhivă",
    body="""<p>⟦Aeroportul Internațional Cluj a anunțat luni că lucrările la noua pistă⟧ de decolare-aterizare vor începe la 1 aprilie. Noua pistă va avea 3.500 de metri și va permite aterizarea avioanelor de mare capacitate, care acum trebuie să ocolească orașul.</p>
<p>Investiția se ridică la 160 de milioane de euro și este finanțată în mare parte din fonduri europene. Directorul aeroportului, Mihai Pop, a declarat că lucrările vor dura trei ani și că traficul nu va fi întrerupt în această perioadă.</p>
<div class="td-a-rec td-a-rec-id-content_inlineleft"><span class="td-adspot-title">- Advertisement -</span><ins class="adsbygoogle" data-ad-slot="inline1"></ins></div>
<p>„Vom lucra pe etape, astfel încât pasagerii să nu simtă diferența. Zborurile vor continua pe pista actuală până la finalizarea celei noi”, a spus Pop într-o conferință de presă.</p>
<p><strong>Citește și:</strong> <a href="/actualitate/cluj-centura-metropolitana/">⟪Centura metropolitană a Clujului, amânată din nou⟫</a></p>
<p>⟦Anul trecut, aeroportul clujean a avut peste 3,7 milioane de pasageri⟧, un record absolut. Cele mai multe zboruri sunt spre Londra, Madrid, München și Roma, iar companiile aeriene au anunțat deja rute noi pentru vara aceasta.</p>
<p>Potrivit calendarului prezentat de conducerea aeroportului, în prima etapă vor fi realizate terasamentele și sistemul de drenaj, urmate de turnarea stratului de beton și de instalarea balizajului luminos. Constructorul, un consorțiu româno-italian, s-a angajat să lucreze în trei schimburi pentru a respecta termenul.</p>
<p>Consiliul Județean, acționarul majoritar al aeroportului, a precizat că o parte din bani va fi folosită și pentru modernizarea drumului de acces dinspre Apahida, unde se formează frecvent cozi în orele de vârf. Un pasaj subteran pentru pietoni și biciclete este prevăzut în același proiect.</p>
<p>Locuitorii din cartierul Someșeni, aflat în vecinătatea aeroportului, se tem însă de zgomot. Asociația de proprietari din zonă a cerut panouri fonice și despăgubiri. Primăria a promis o dezbatere publică până la sfârșitul lunii.</p>
<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">- Advertisement -</span><ins class="adsbygoogle" data-ad-slot="inline2"></ins></div>
<p>Specialiștii în transport spun că noua pistă ar putea transforma Clujul într-un nod regional pentru zboruri de marfă. ⟦„Este cea mai importantă investiție în infrastructura regiunii din ultimii zece ani”⟧, a declarat economistul Radu Vlad.</p>
<p><strong>Citește și:</strong> <a href="/actualitate/tren-cluj-oradea/">⟪Trenul rapid Cluj–Oradea circulă din iunie⟫</a></p>
<p>Consiliul Județean a aprobat deja exproprierea a 28 de hectare de teren agricol. ⟦Proprietarii vor primi despăgubiri la prețul pieței, potrivit hotărârii adoptate luni.⟧</p>""",
    exclude=["div.td-a-rec", "p^Citește și"],
    after='<li><span>ETICHETE</span></li><li><a href="/tag/aeroport/">aeroport</a></li><li><a href="/tag/cluj/">Cluj</a></li>',
    related=("Articole similare", ["⟪Primăria Cluj lansează bugetul participativ⟫", "Noi linii de autobuz spre Florești"]),
    mostread=("Cele mai citite", ["Accident grav pe DN1", "Salariile profesorilor cresc din septembrie", "Zilele Clujului: programul complet"]),
    ago="acum 3 ore",
    cookie="Folosim cookie-uri pentru a-ți oferi cea mai bună experiență pe site.", cookie_ok="Accept",
    footer="© 2026 Ziarul Transilvania. Toate drepturile rezervate.",
    authors=["Andrei Mureșan"], byline_text="De Andrei Mureșan",
    kind="news", why="news report on airport runway works",
))

# ---------------------------------------------------------------- Serbia: Latin-script column, JNews, date only visible
PAGES.append(dict(
    case="sr-opinion-beograd", lang="sr", country="RS", skin="jnews", domain="beogradski-glas.example",
    site="Beogradski glas", url="https://beogradski-glas.example/kolumne/grad-bez-klupa/",
    secpath="kolumne", section="Kolumne", home="Početna",
    title_tag="Grad bez klupa | Kolumne | Beogradski glas",
    h1="Grad bez klupa",
    by_word="Piše:", byline='<a href="/author/milica-jovanovic/">Milica Jovanović</a>',
    date="12.03.2026. u 08:00", today="četvrtak, 12. mart 2026.",
    pub="2026-03-12T08:00:00+01:00", meta_pub=False, ld_pub=False, ld_authors=["Milica Jovanović"],
    nav=["Početna", "Vesti", "Politika", "Ekonomija", "Beograd", "Svet", "Kolumne", "Sport", "Kultura"],
    body="""<p>⟦Moja baka ima osamdeset godina i svakog dana ide peške do pijace.⟧ Put je dug nešto više od kilometra, a ona mora da stane bar tri puta da se odmori. Problem je što na tom putu nema nijedne klupe. Staje uz ogradu, naslanja se na izlog, ponekad sedne na stepenik ulaza u zgradu.</p>
<p>⟦Klupe su nestale tiho.⟧ Neke su uklonjene zbog „reda“, neke su pokvarene i nikad zamenjene, a na nekim mestima postavljene su one sa razdelnicima na kojima niko ne može udobno da sedi. Mislim da je to jedna od najtužnijih promena u našem gradu.</p>
<p class="read-also"><strong>Pročitajte još:</strong> <a href="/kolumne/trotoari-za-ljude/">⟪Trotoari su za ljude, ne za automobile⟫</a></p>
<p>⟦Grad koji nema gde da sedne je grad koji ne želi da se u njemu zadrži.⟧ Klupa je jeftina, a pruža mnogo: odmor za starije, mesto za razgovor, trenutak tišine za umorne roditelje. Tražim od gradskih vlasti samo jedno — po jednu klupu na svakih dvesta metara glavnih ulica.</p>
<p>⟦Nije to veliki zahtev za grad koji se hvali da je evropska metropola.⟧</p>""",
    exclude=["p.read-also"],
    after='<span>Tagovi:</span> <a href="/tag/beograd/">Beograd</a> <a href="/tag/javni-prostor/">⟪javni prostor⟫</a>',
    related=("Još kolumni", ["⟪Zašto nam trebaju javne česme⟫", "Leto u gradu bez senke"]),
    mostread=("Najčitanije", ["Nove cene struje od aprila", "Zvezda slavila u derbiju", "Vremenska prognoza za vikend"]),
    ago="pre 3 sata",
    comments=("Komentari (2)", [("Dragan", "12.03.2026.", "⟪Potpuno tačno, i kod nas su sklonili klupe⟫"), ("Ana", "12.03.2026.", "Bravo za tekst")]),
    cookie="Ovaj sajt koristi kolačiće kako bi poboljšao vaše iskustvo.", cookie_ok="Prihvatam",
    footer="© 2026 Beogradski glas. Sva prava zadržana.",
    authors=["Milica Jovanović"], byline_text="Piše: Milica Jovanović",
    kind="opinion", why="column arguing for public benches",
))

# ---------------------------------------------------------------- Finland: Arc XP, paywall, Lue myös
PAGES.append(dict(
    case="fi-news-tampere", lang="fi", country="FI", skin="arc", domain="pirkanmaan-sanomat.example",
    site="Pirkanmaan Sanomat", url="https://www.pirkanmaan-sanomat.example/paikalliset/art-2000011872431.html",
    secpath="paikalliset", section="Paikalliset",
    title_tag="Tampereen ratikka jatkuu Hervantaan uudella haaralla – Paikalliset – Pirkanmaan Sanomat",
    kicker="Liikenne", h1="Tampereen ratikka saa uuden haaran Hervannan kampukselle",
    deck="⟦Kaupunginvaltuusto hyväksyi tiistaina hankkeen, joka maksaa 74 miljoonaa euroa.⟧",
    by_word="", byline='<a href="/toimittajat/laura-virtanen">Laura Virtanen</a>',
    date="3.3.2026 19:02", updated=' <span class="c-date--updated">| Päivitetty 4.3.2026 8:15</span>',
    pub="2026-03-03T19:02:00+02:00", mod="2026-03-04T08:15:00+02:00", ld_authors=["Laura Virtanen"],
    topbar='<a href="/tilaa" class="c-button">Tilaa</a> <a href="/kirjaudu">Kirjaudu</a>',
    nav=["Etusivu", "Paikalliset", "Kotimaa", "Ulkomaat", "Talous", "Urheilu", "Kulttuuri", "Mielipide", "Näköislehti"],
    figure="Ratikka Hervannan valtaväylällä. Kuva: Pirkanmaan Sanomat",
    body="""<p class="c-paragraph">⟦Tampereen kaupunginvaltuusto päätti tiistaina rakentaa raitiotielle uuden haaran⟧ Hervannan kampukselta Vuohenojalle. Reitti on noin kolme kilometriä pitkä, ja sen on määrä valmistua vuonna 2029.</p>
<p class="c-paragraph">Hankkeen kustannusarvio on 74 miljoonaa euroa, josta valtio on luvannut maksaa noin kolmanneksen. Äänestys oli tiukka: uuden haaran puolesta äänesti 41 valtuutettua ja vastaan 26.</p>
<div class="b-ad-block b-ad-block--inline"><p class="b-ad-block__label">Mainos</p></div>
<div class="c-interstitial-link"><span>Lue myös:</span> <a href="/paikalliset/art-2000011850021.html">⟪Ratikan matkustajamäärät ylittivät ennusteet⟫</a></div>
<p class="c-paragraph">⟦Kannattajien mukaan uusi haara tuo joukkoliikenteen lähemmäs⟧ tuhansia uusia asuntoja, joita alueelle suunnitellaan. Vastustajat taas muistuttivat kaupungin velkaantumisesta ja kysyivät, riittävätkö bussit alueelle.</p>
<div class="b-paywall"><p class="b-paywall__title">⟪Lue koko juttu tilaajana⟫</p><p>Tilaa Pirkanmaan Sanomat 1 kk 0 €.</p><a class="c-button" href="/tilaa">Tilaa tästä</a></div>
<p class="c-paragraph">Valtuutettu Eero Laaksonen kertoi äänestäneensä hanketta vastaan. ”Ratikka on hieno asia, mutta nyt ei ole oikea aika lisävelalle”, hän sanoi.</p>
<p class="c-paragraph">⟦Rakennustöiden on tarkoitus alkaa ensi vuoden keväällä.⟧</p>""",
    exclude=["div.b-ad-block", "div.c-interstitial-link", "div.b-paywall"],
    after='<ul><li><a href="/aihe/raitiotie">raitiotie</a></li><li><a href="/aihe/hervanta">Hervanta</a></li></ul>',
    related=("Lisää aiheesta", ["⟪Hervannan uusi koulu valmistuu syksyllä⟫", "Nysse nostaa lippujen hintoja"]),
    mostread=("Luetuimmat", ["Tampereella kolari Hatanpään valtatiellä", "Ilves voitti Tapparan", "Kevät tulee myöhässä"]),
    ago="2 tuntia sitten",
    cookie="⟪Käytämme evästeitä parantaaksemme palveluamme.⟫", cookie_ok="Hyväksy",
    footer="© 2026 Pirkanmaan Sanomat",
    authors=["Laura Virtanen"], byline_text="Laura Virtanen",
    kind="news", why="local news report on tram extension vote",
    body_extra=["h2.b-subheadline"],
))

# ---------------------------------------------------------------- Sweden: guide (listicle with h2 parts), Soledad
PAGES.append(dict(
    case="sv-other-guide", lang="sv", country="SE", skin="soledad", domain="cykelliv.example",
    site="Cykelliv", url="https://cykelliv.example/guider/sa-valjer-du-ratt-elcykel/",
    secpath="guider", section="Guider", home="Hem",
    title_tag="Så väljer du rätt elcykel – 6 saker att tänka på | Cykelliv",
    h1="Så väljer du rätt elcykel: sex saker att tänka på",
    byline='<a href="/author/johan-lindqvist/">Johan Lindqvist</a>',
    date="4 mars 2026", reading="6 min läsning",
    pub="2026-03-04T10:00:00+01:00", ld_type="Article", ld_authors=["Johan Lindqvist"],
    topbar='<div class="penci-topbar-date">onsdag 4 mars 2026</div>',
    nav=["Hem", "Tester", "Guider", "Pendling", "Cykelturer", "Nyheter", "Butik"],
    body="""<p>⟦En elcykel kan ersätta bilen för många vardagsresor, men utbudet är stort⟧ och priserna varierar från några tusenlappar till över femtiotusen kronor. Här är sex saker att tänka på innan du köper.</p>
<h2>1. Vad ska du använda den till?</h2>
<p>Pendlar du tio kilometer på asfalt behöver du inte samma cykel som den som vill ta sig fram på grusvägar i skogen. Börja med att skriva ner dina vanligaste resor.</p>
<h2>2. Motorn: mitt eller nav</h2>
<p>⟦En mittmotor sitter vid pedalerna och ger en mer naturlig känsla i backar.⟧ Navmotorer är billigare och tystare, men kan kännas ryckiga när du startar.</p>
<div class="penci-ad-inline"><ins class="adsbygoogle"></ins></div>
<h2>3. Batteriets räckvidd</h2>
<p>Tillverkarnas siffror gäller ofta under bästa tänkbara förhållanden. Räkna med att räckvidden halveras en kall vinterdag.</p>
<h2>4. Vikt och förvaring</h2>
<p>En elcykel väger ofta över 25 kilo. Måste du bära upp den för en trappa är det värt att välja en lättare modell.</p>
<div class="penci-inline-related"><span>Läs också:</span> <a href="/tester/basta-elcykeln-2026/">⟪Test: Årets bästa elcyklar för pendling⟫</a></div>
<h2>5. Service och reservdelar</h2>
<p>⟦Köp gärna från en butik i närheten som kan serva cykeln.⟧ Ett billigt nätköp blir dyrt om ingen kan byta ett trasigt batteri.</p>
<h2>6. Provcykla alltid</h2>
<p>⟦Det viktigaste rådet är enkelt: provcykla minst två olika modeller innan du bestämmer dig.⟧</p>""",
    exclude=["div.penci-ad-inline", "div.penci-inline-related"],
    after='<a href="/tag/elcykel/">⟪köpråd⟫</a> <a href="/tag/pendling/">pendling</a>',
    related=("Du kanske också gillar", ["⟪Så vinterförbereder du din cykel⟫", "Cykelhjälmar i test"]),
    mostread=("Populärt just nu", ["Bästa cykelvägarna i Skåne", "Så laddar du batteriet rätt", "Elcykelpremien tillbaka?"]),
    newsletter=("Nyhetsbrev", "⟪Få våra bästa tips varje fredag⟫", "Prenumerera"),
    cookie="Vi använder kakor för att förbättra din upplevelse.", cookie_ok="Godkänn",
    footer="© 2026 Cykelliv. Alla rättigheter förbehållna.",
    authors=["Johan Lindqvist"], byline_text="Johan Lindqvist",
    kind="other", why="buying guide with numbered h2 parts",
))

# ---------------------------------------------------------------- Netherlands: Drupal, ANP, "Lees ook"
PAGES.append(dict(
    case="nl-news-utrecht", lang="nl", country="NL", skin="drupal", domain="utrechts-dagblad.example",
    site="Utrechts Dagblad", url="https://www.utrechts-dagblad.example/utrecht/fietsenstalling-stationsplein-uitgebreid~a8812344/",
    section="Utrecht", crumbs=["Home", "Regio", "Utrecht"],
    title_tag="Grootste fietsenstalling ter wereld krijgt 4000 extra plekken | Utrecht | Utrechts Dagblad",
    h1="Grootste fietsenstalling ter wereld krijgt 4000 extra plekken",
    byline='<span class="author">Door <a href="/auteur/sanne-de-vries">Sanne de Vries</a></span>',
    date='<time datetime="2026-03-06T14:05:00+01:00">6 mrt. 2026, 14:05</time>', updated=' <span class="updated">Bijgewerkt: 6 mrt. 2026, 17:30</span>',
    pub="2026-03-06T14:05:00+01:00", mod="2026-03-06T17:30:00+01:00", ld_authors=["Sanne de Vries"],
    topbar='<a href="/abonneren">Abonneren</a> <a href="/inloggen">Inloggen</a>',
    nav=["Nieuws", ("Regio", ["Utrecht", "Amersfoort", "Nieuwegein", "Zeist"]), "Binnenland", "Buitenland", "Economie", "Sport", "Cultuur", "Opinie", "Puzzels"],
    figure="De fietsenstalling onder het Stationsplein. Foto: ANP",
    body="""<p>⟦De fietsenstalling onder het Stationsplein in Utrecht wordt uitgebreid met 4000 plekken.⟧ Dat heeft de gemeente vrijdag bekendgemaakt. De stalling, met 12.500 plekken nu al de grootste ter wereld, is op drukke dagen vol.</p>
<p>De nieuwe plekken komen in een tweede kelder onder het busstation. De bouw begint dit najaar en moet twee jaar duren. De kosten, ruim 38 miljoen euro, worden gedeeld door de gemeente, ProRail en het Rijk.</p>
<aside class="lees-ook"><h4>Lees ook</h4><a href="/utrecht/weesfietsen-geruimd~a8790021/">⟪Gemeente ruimt 6000 weesfietsen rond Utrecht Centraal⟫</a></aside>
<p>⟦Vooral tussen acht en negen uur ’s ochtends is het dringen⟧, zegt wethouder Mobiliteit Lotte Bakker. ,,Reizigers fietsen soms tien minuten rond op zoek naar een plek. Dat willen we niet.’’</p>
<p>Volgens de Fietsersbond is uitbreiding hard nodig, maar niet genoeg. De bond wil ook dat fietsen na twee weken gratis stallen sneller worden weggehaald. ⟦Nu staan er volgens tellingen honderden fietsen die al maanden niet gebruikt zijn.⟧</p>
<div class="ad-slot ad-slot--mid"><div id="ad-mid"></div></div>
<p>⟦Tijdens de bouw blijft de huidige stalling gewoon open, belooft de gemeente.⟧</p>""",
    exclude=["aside.lees-ook", "div.ad-slot"],
    after='<a href="/tag/fiets">⟪fietsparkeren⟫</a> <a href="/tag/utrecht-centraal">Utrecht Centraal</a>',
    related=("Meer uit Utrecht", ["⟪Nieuwe tramlijn naar De Uithof rijdt vaker⟫", "Oudegracht langer afgesloten"]),
    mostread=("Meest gelezen", ["Zware storm op komst", "FC Utrecht wint van Ajax", "Huizenprijzen blijven stijgen"]),
    cookie="⟪Wij gebruiken cookies om de website goed te laten werken⟫ en om advertenties te tonen.", cookie_ok="Akkoord",
    footer="© 2026 Utrechts Dagblad. Alle rechten voorbehouden.",
    authors=["Sanne de Vries"], byline_text="Door Sanne de Vries",
    kind="news", why="regional news report on bicycle parking",
))

# ---------------------------------------------------------------- Austria: portal, dateline "Wien –", APA, byline at the end
PAGES.append(dict(
    case="de-news-wien", lang="de", country="AT", skin="portal", px="story", body_cls="story-text",
    domain="wiener-rundschau.example", site="Wiener Rundschau",
    url="https://www.wiener-rundschau.example/chronik/wien/2026/03/17/u5-verzoegerung/",
    section="Chronik", crumbs=["Startseite", "Chronik", "Wien"],
    title_tag="U5: Eröffnung verzögert sich um ein Jahr - Wien - Wiener Rundschau",
    og_title="U5-Eröffnung verzögert sich um ein Jahr",
    kicker="Öffis", h1="Neue U-Bahn-Linie U5 fährt erst 2027",
    byline='<span class="story-source">APA/red</span>',
    date="17. März 2026, 11:48", pub="2026-03-17T11:48:00+01:00", ld_authors=["org:APA"],
    today="Dienstag, 17. März 2026",
    topbar='<a href="/abo">Abo</a> <a href="/login">Anmelden</a> <a href="/epaper">E-Paper</a>',
    nav=["Startseite", ("Chronik", ["Wien", "Niederösterreich", "Burgenland"]), "Politik", "Wirtschaft", "Sport", "Kultur", "Meinung", "Wetter", "Lifestyle"],
    ticker=("Eilmeldung", ["⟪Lawinenwarnstufe 4 in Tirol ausgerufen⟫"]),
    body="""<p>Wien – ⟦Die Eröffnung der neuen U-Bahn-Linie U5 verzögert sich um ein Jahr.⟧ Statt Ende 2026 sollen die ersten Züge nun Anfang 2027 fahren, teilten die Wiener Linien am Dienstag mit. Grund seien Lieferprobleme bei der Zugsicherungstechnik.</p>
<p>Die U5 wird als erste vollautomatische U-Bahn Wiens ohne Fahrer unterwegs sein. Im ersten Abschnitt verkehrt sie zwischen Karlsplatz und Frankhplatz im neunten Bezirk. Die Stationen seien baulich weitgehend fertig, hieß es.</p>
<div class="story-box story-box--related"><p class="story-box__title">Mehr zum Thema</p><a href="/chronik/wien/2026/01/20/u2-sperre/">⟪U2-Sperre: Was Fahrgäste im Sommer wissen müssen⟫</a></div>
<p>Die Opposition im Gemeinderat kritisierte die Verzögerung scharf. ⟦Der Verkehrssprecher der Grünen forderte eine genaue Aufstellung der Mehrkosten.⟧ ⟦Die Wiener Linien betonten, der Kostenrahmen von rund zwei Milliarden Euro werde eingehalten.⟧</p>
<div class="story-ad"><span>Anzeige</span><div id="ad-content-1"></div></div>
<p>Für Fahrgäste ändert sich vorerst wenig: Die U2 fährt weiterhin zwischen Karlsplatz und Seestadt. ⟦Die Verlängerung der U5 bis Hernals ist für 2030 geplant.⟧</p>
<p class="story-author-end">(APA, 17.3.2026)</p>""",
    exclude=["div.story-box", "div.story-ad"],
    after='<div class="story-forum"><h3>Forum</h3><p>⟪Bitte beachten Sie unsere Community-Richtlinien⟫.</p></div>',
    related=("Weitere Meldungen", ["⟪Neue Radwege am Gürtel eröffnet⟫", "Wiener Linien: Jahreskarte bleibt bei 365 Euro"]),
    mostread=("Meistgelesen", ["Wetter: Föhnsturm im Westen", "Rapid verliert Derby", "Neue Regeln für Kurzparkzonen"]),
    times=["vor 1 Std.", "vor 3 Std.", "gestern"],
    cookie="Wir verwenden Cookies, um Inhalte zu personalisieren und Werbung anzuzeigen.", cookie_ok="Einverstanden",
    footer="© 2026 Wiener Rundschau. Alle Rechte vorbehalten.",
    authors=None, byline_text="APA/red",
    kind="news", why="agency news report on metro delay",
))

# ---------------------------------------------------------------- Switzerland: Gastkommentar on a portal, paywall teaser, ss spelling
PAGES.append(dict(
    case="de-opinion-zuerich", lang="de", country="CH", skin="portal", px="articlecomponent", body_cls="article-content",
    domain="zuercher-blatt.example", site="Zürcher Blatt",
    url="https://www.zuercher-blatt.example/meinung/gastkommentar-die-schweiz-braucht-mehr-nachtzuege-ld.1841120",
    section="Meinung", crumbs=["Startseite", "Meinung", "Gastkommentar"],
    title_tag="Gastkommentar: Die Schweiz braucht mehr Nachtzüge | Zürcher Blatt",
    kicker="GASTKOMMENTAR", h1="Die Schweiz braucht mehr Nachtzüge",
    deck="⟦Wer das Fliegen reduzieren will, muss Alternativen bieten, die funktionieren. Heute tun sie das nicht.⟧",
    byline='<span class="articlecomponent__author">Gastautorin: <a href="/autoren/sabine-frei">Sabine Frei</a></span>',
    date="19.03.2026, 05.30 Uhr", pub="2026-03-19T05:30:00+01:00", ld_type="OpinionNewsArticle", ld_authors=["Sabine Frei"],
    today="Donnerstag, 19. März 2026",
    topbar='<a href="/abo">Abo</a> <a href="/login">Anmelden</a>',
    nav=["Schweiz", "International", "Wirtschaft", "Meinung", "Feuilleton", "Zürich", "Sport", "Wissenschaft", "Panorama"],
    body="""<p>⟦Letzten Herbst wollte ich mit meiner Familie nach Barcelona fahren, mit dem Zug.⟧ Nach einer Stunde auf verschiedenen Buchungsseiten gab ich auf: Der einzige Nachtzug war ausgebucht, die Umsteigeverbindung dauerte fast vierzehn Stunden und kostete das Dreifache eines Fluges. Wir sind geflogen. Und ich habe mich darüber geärgert.</p>
<p>Die Schweiz hat sich ehrgeizige Klimaziele gesetzt, und der Flugverkehr ist einer der grössten Posten in unserer Bilanz. Wer ernsthaft will, dass weniger geflogen wird, muss den Menschen eine Alternative bieten. Nachtzüge wären eine solche Alternative, doch das Angebot ist dürftig.</p>
<div class="article-teaser-inline"><span class="label">Mehr zum Thema</span><a href="/schweiz/sbb-nachtzug-ld.1830012">⟪SBB prüfen neue Nachtzugverbindung nach Rom⟫</a></div>
<p>⟦Ich schlage deshalb vor, dass der Bund Nachtzüge während zehn Jahren mitfinanziert⟧, so wie er den regionalen Personenverkehr mitfinanziert. Das Geld wäre gut investiert: Jeder gut gefüllte Nachtzug ersetzt mehrere Flugzeuge.</p>
<div class="paywall-teaser"><p>⟪Sie lesen einen Artikel aus der Abo-Ausgabe⟫. Jetzt einen Monat für 1 Franken testen.</p><a href="/abo">Abo abschliessen</a></div>
<p>Es braucht ausserdem eine gemeinsame europäische Buchungsplattform. Es kann nicht sein, dass man für eine Reise durch drei Länder drei Webseiten besuchen muss.</p>
<p>⟦Die Bahn war einmal das Verkehrsmittel, das Europa verbunden hat. Sie kann es wieder werden.⟧</p>
<p class="article-disclaimer"><em>Sabine Frei ist Verkehrsplanerin in Bern.</em> Gastkommentare geben nicht unbedingt die Meinung der Redaktion wieder.</p>""",
    exclude=["div.article-teaser-inline", "div.paywall-teaser"],
    related=("Mehr Meinung", ["⟪Der Gotthard darf nicht zum Nadelöhr werden⟫", "Die Velostadt Zürich ist ein Versprechen"]),
    mostread=("Meistgelesen", ["Schneefall bis ins Flachland", "FC Zürich gewinnt Cupspiel", "Mieten steigen weiter"]),
    times=["vor 2 Std.", "vor 4 Std.", "gestern"],
    newsletter=("Newsletter", "⟪Der Meinungs-Newsletter jeden Samstag in Ihrem Postfach⟫", "Anmelden"),
    cookie="Wir verwenden Cookies und Analysetools, um die Nutzerfreundlichkeit zu verbessern.", cookie_ok="Akzeptieren",
    footer="© 2026 Zürcher Blatt AG. Alle Rechte vorbehalten.",
    authors=["Sabine Frei"], byline_text="Gastautorin: Sabine Frei",
    kind="opinion", why="guest commentary (Gastkommentar) arguing for night trains",
    body_extra=["p.articlecomponent__lead"],
))
