"""Russian, Turkish and Swahili pages: a column against yearly pavement replacement, a report on a heating failure,
a novel excerpt, a column against exam coaching, a weekly horoscope and a sermon-like appeal for blood donors."""

PAGES = []

# ---------------------------------------------------------------- column, first person but calm, nothing on the page declares it
PAGES.append(dict(
    case="ru-opinion-plitka", lang="ru", skin="portal", domain="volzhskiyvestnik.example", site="Волжский вестник",
    url="https://volzhskiyvestnik.example/2026/03/10/plitka-i-my",
    h1="Плитка, которую меняют каждую весну",
    authors=["Сергей Лапин"], byline_text="Сергей Лапин", ld_authors=["Сергей Лапин"], meta="og",
    pub="2026-03-10T09:00:00+03:00", date="10 марта 2026, 09:00", strip="Вторник, 10 марта 2026",
    nav=["Новости", "Город", "Экономика", "Культура", "Спорт", "Афиша"],
    footer_nav=["О редакции", "Реклама", "Контакты", "Политика конфиденциальности"],
    cookie="⟪Мы используем файлы cookie, чтобы сайт работал удобнее.⟫",
    related=["⟪Мэрия объявила торги на замену тротуаров в центре⟫", "Где в городе появятся новые велодорожки"],
    most=["⟪На набережной открыли новый сквер⟫", "Паводок: уровень Волги растёт", "Троллейбус №7 изменит маршрут"],
    footer="⟪© 2026 «Волжский вестник». Все права защищены.⟫",
    body="""<p>⟦Каждую весну на улице Горького, где я живу уже двадцать лет, снимают плитку.⟧ Её снимают аккуратно, складывают на поддоны, увозят куда-то за город, а через неделю привозят новую — почти такую же, чуть другого оттенка серого. Летом её кладут, осенью она начинает проседать у водосточных труб, зимой её колют ломами дворники, а весной всё повторяется.</p>
<p>Я долго считал это городской легендой, чем-то вроде анекдота, который рассказывают друг другу в очереди. Потом я открыл сайт госзакупок. За последние пять лет на замену тротуарного покрытия только в центральном районе было потрачено около 1,4 миллиарда рублей. Часть участков перекладывали трижды.</p>
<p>Мэрия объясняет это просто: плитка не выдерживает наших зим, реагентов и уборочной техники. Это правда. ⟦Но из этой правды следует вовсе не то, что мэрия делает из неё каждый год.⟧ Если покрытие не выдерживает климата, нужно не менять его чаще, а выбрать другое покрытие или по-другому его укладывать.</p>
<p>Специалисты, с которыми мне довелось говорить за последние годы, — дорожные инженеры, проектировщики, один очень терпеливый бригадир — сходятся в главном. Плитка служит долго, если под ней правильно сделано основание: уплотнённый щебень, дренаж, бордюр, который не даёт ей расползаться. Основание — это дорого, долго и, главное, невидимо. Новую плитку видно сразу. Хорошее основание не видно никогда. Поэтому при коротких контрактах и отчётах «по квадратным метрам» выгоднее каждый год класть новую плитку на старый песок.</p>
<p>В других городах нашли выход. Где-то перешли на асфальт на основных пешеходных маршрутах, оставив плитку только на площадях. Где-то стали заключать контракты с гарантией на пять-семь лет: если покрытие просело, подрядчик переделывает его за свой счёт. ⟦Такие контракты дороже в первый год, но дешевле на длинной дистанции.⟧ И, что важно, они меняют мотивацию: подрядчику становится выгодно сделать хорошо, а не быстро.</p>
<p>Наш город мог бы сделать то же самое уже в этом году. Для этого не нужны новые законы — нужна воля. Нужно прописать гарантийные сроки в конкурсной документации, публиковать карту участков с датами последнего ремонта и не допускать к торгам подрядчиков, чья работа развалилась до окончания гарантии. Нужно, наконец, признать, что лучший ремонт — тот, который не приходится повторять.</p>
<p>Мне возразят, что я преувеличиваю, что ремонт тротуаров — не самая большая статья бюджета, что есть проблемы и поважнее: больницы, школы, транспорт. Согласен. Но именно поэтому каждый рубль, закопанный в песок на улице Горького, — это рубль, которого не хватит больнице. ⟦Полтора миллиарда за пять лет — это две новые поликлиники.⟧</p>
<p>И есть ещё одна вещь, о которой редко говорят. Когда жители видят, как одну и ту же плитку меняют каждую весну, они делают вывод не о плитке, а о власти. Они перестают верить, что деньги тратятся разумно, и эта потеря доверия обходится городу куда дороже, чем любой ремонт.</p>
<p>В этом году торги на замену тротуаров в центре уже объявлены. Ещё не поздно изменить условия.
Депутаты городской думы, которые будут обсуждать документацию на следующей неделе, могут потребовать включить в неё гарантийные обязательства и открытую карту ремонтов. ⟦Я бы очень хотел, чтобы следующей весной на улице Горького плитку никто не трогал.⟧ Это был бы лучший отчёт о работе, какой только может представить мэрия.</p>""",
    kind="opinion", why="column arguing for guarantee contracts; no opinion label",
))

# ---------------------------------------------------------------- report: heating failure, blame quoted from all sides
PAGES.append(dict(
    case="ru-news-otoplenie", lang="ru", skin="story", domain="ural-segodnya.example", site="Урал сегодня",
    url="https://www.ural-segodnya.example/a/447120",
    h1="Три дня без тепла: в Заречном восстановили отопление после аварии на котельной",
    authors=["Анна Ковалёва"], byline_text="Анна Ковалёва", ld_authors=["Анна Ковалёва"], meta="full",
    pub="2026-01-28T18:30:00+05:00", date="28 января 2026, 18:30",
    nav=["Новости", "Регион", "Происшествия", "Экономика", "Общество", "Спорт"],
    footer_nav=["О нас", "Контакты", "Реклама"],
    cookie="⟪Продолжая пользоваться сайтом, вы соглашаетесь на использование cookie.⟫",
    caption="⟪Ремонтная бригада у котельной на улице Лесной.⟫",
    related=["⟪Прокуратура начала проверку после аварии в Заречном⟫", "Морозы до минус 35 ожидаются в регионе"],
    most=["⟪В Екатеринбурге открылся новый каток⟫", "Цены на бензин выросли за неделю"],
    footer="⟪© 2026 «Урал сегодня». При цитировании ссылка обязательна.⟫",
    body="""<p>⟦В посёлке Заречный в среду вечером полностью восстановили отопление⟧ в 46 многоквартирных домах, детском саду и поликлинике, которые остались без тепла после аварии на муниципальной котельной в ночь на воскресенье. Об этом сообщили в администрации района. Температура воздуха в эти дни опускалась до минус 31 градуса.</p>
<p>Авария произошла около двух часов ночи 25 января. По данным администрации, из-за скачка напряжения остановились сетевые насосы, а резервный генератор не запустился. Пока ремонтники пытались восстановить циркуляцию, в нескольких участках теплотрассы замёрзла вода, и трубы лопнули. Без отопления остались около четырёх тысяч жителей.</p>
<p>Жители, с которыми удалось поговорить корреспонденту, рассказывают, что первые сутки были самыми тяжёлыми. ⟦«В квартире было плюс девять. Дети спали в куртках, мы все легли в одну комнату»,⟧ — говорит Ольга Сидоренко, мать троих детей с улицы Мира. — «Никто ничего не объяснял. Мы узнавали новости из чата дома, а не от администрации».</p>
<p>Пенсионер Виктор Петрович Гусев, живущий в доме напротив котельной, говорит, что о проблемах с генератором знали давно. «Его ещё осенью проверяли, и он не завёлся. Мы писали жалобы. Ответ был один: денег нет, в следующем году. Вот и дождались», — сказал он.</p>
<p>Глава района Игорь Мальцев на встрече с жителями в понедельник признал, что резервный генератор «должен был быть заменён раньше». ⟦«Я не снимаю с себя ответственности. Но котельная построена в 1974 году⟧, и за последние десять лет на её модернизацию из областного бюджета не было выделено ни рубля», — заявил он. По словам Мальцева, заявка на замену оборудования подавалась в область трижды.</p>
<p>В областном министерстве энергетики ответили, что котельная Заречного не входила в список приоритетных объектов, поскольку «не имела критических замечаний по результатам последней проверки». Министерство пообещало выделить средства на новый генератор и насосы в этом году.</p>
<p>Депутат районного собрания Наталья Орлова, которая в прошлом году добивалась внеплановой проверки котельной, считает, что авария была предсказуемой. «Мы предупреждали. У нас есть протоколы заседаний, где прямо сказано, что генератор неисправен. Теперь все удивляются, хотя удивляться нечему», — сказала она. В администрации района эти слова комментировать не стали, сославшись на начавшуюся проверку.</p>
<p>Управляющая компания, обслуживающая большинство домов посёлка, сообщила, что в 19 домах во время аварии были повреждены радиаторы и стояки в подъездах. Их ремонт, по оценке компании, займёт ещё около двух недель. До его завершения в части подъездов будет прохладнее обычного.</p>
<p>Во время аварии в посёлке развернули пункт обогрева в здании школы, где круглосуточно дежурили медики. Туда в первые сутки обратились около 120 человек, в основном пожилые люди и семьи с маленькими детьми. Жителям раздавали обогреватели: по данным администрации, их привезли из соседних районов около 600 штук. Двух пенсионеров с переохлаждением госпитализировали, их состояние оценивается как удовлетворительное.</p>
<p>На восстановление теплотрассы работали бригады из Заречного, соседнего Белоярского и областного центра — всего около 70 человек. Ремонтники заменили более 300 метров труб. ⟦Работы шли круглосуточно, в том числе ночью при температуре ниже минус тридцати.⟧</p>
<p>Прокуратура района начала проверку. Как сообщили в ведомстве, будет оценено, как эксплуатировалось оборудование котельной и почему не сработала резервная система. По итогам проверки может быть возбуждено уголовное дело по статье о халатности.</p>
<p>Администрация пообещала жителям перерасчёт платы за отопление за январь. ⟦Заявления о возмещении ущерба от лопнувших батарей принимают в управляющих компаниях до 15 февраля.⟧</p>""",
    kind="news", why="outage report; blame is voiced only by quoted residents and officials",
))

# ---------------------------------------------------------------- book excerpt: first-person fiction published as an article
PAGES.append(dict(
    case="ru-other-otryvokromana", lang="ru", skin="blog", domain="knizhnaya-polka.example", site="Книжная полка",
    tagline="Журнал о книгах и чтении",
    url="https://knizhnaya-polka.example/2026/02/17/poslednij-parom",
    h1="«Последний паром»: отрывок из нового романа Марины Елагиной",
    authors=["Марина Елагина"], byline_text="Марина Елагина", ld_authors=["Марина Елагина"], meta="full",
    pub="2026-02-17T12:00:00+03:00", date="17.02.2026",
    nav=["Рецензии", "Отрывки", "Интервью", "Подборки", "Новинки"],
    footer_nav=["О журнале", "Авторам", "Контакты"],
    cookie="⟪Сайт использует cookie для аналитики.⟫",
    related=["⟪Пять романов о жизни на реке⟫", "Марина Елагина: «Я пишу о тех, кто остался»", "Новинки февраля"],
    most=["⟪Лучшие книги 2025 года по версии читателей⟫", "Что читать в поезде"],
    footer="⟪© 2026 «Книжная полка». Перепечатка отрывков — с разрешения издательств.⟫",
    body="""<p>⟦Паром ходил через реку два раза в день, в семь утра и в пять вечера,⟧ и вся жизнь нашей деревни была устроена между этими двумя гудками. Утренний гудок был резкий, требовательный, как будильник, который нельзя выключить. Вечерний звучал мягче, будто паромщик Фёдор Ильич, дёргая за верёвку, немного жалел тех, кто не успеет.</p>
<p>Мне было одиннадцать лет в то лето, когда объявили, что паром закроют. Объявление повесили на двери магазина, рядом с расписанием автолавки и бумажкой про потерявшуюся козу. Я прочитала его раньше всех, потому что каждое утро ходила за хлебом, и долго стояла перед дверью, не понимая, что значит «в связи с нерентабельностью». Слово было длинное и холодное, как лёд на реке в марте.</p>
<p>Бабушка, когда я пересказала ей объявление, ничего не сказала. Она сидела у окна и чистила картошку, и нож в её руке ни разу не остановился. ⟦Только вечером, когда прогудел пятичасовой паром, она вышла на крыльцо⟧ и долго смотрела на реку, прикрыв глаза ладонью от солнца.</p>
<p>— Шестьдесят лет, — сказала она наконец, ни к кому не обращаясь. — Шестьдесят лет ходит.</p>
<p>Я не знала, что ответить, и села рядом с ней на ступеньку. Река в тот вечер была широкая и спокойная, вся розовая от заката, и паром медленно полз к нашему берегу, как большой усталый жук. На палубе стояли две машины, мотоцикл с коляской и несколько человек с сумками. Одного из них я узнала: это был дядя Коля из крайнего дома, он работал в городе на заводе и каждый день ездил туда и обратно.</p>
<p>— А как же дядя Коля будет? — спросила я.</p>
<p>— Переедет, — сказала бабушка. — Все переедут.</p>
<p>Она сказала это так просто, что я сначала не поверила. Мне казалось, что деревня — это что-то вроде реки или леса, что она была всегда и всегда будет. ⟦Я ещё не знала, что деревни умирают тихо, без объявлений на дверях магазина.⟧ Просто однажды утром перестаёт гудеть паром, потом закрывается школа, потом автолавка начинает приезжать раз в неделю, а потом не приезжает совсем.</p>
<p>В ту ночь я долго не могла уснуть. Окно было открыто, и я слышала, как у воды квакают лягушки и как где-то далеко, на том берегу, лает собака. Я думала о Фёдоре Ильиче. Что он будет делать, если у него не станет парома? Он ведь ничего другого не умел
 — только водить паром и рассказывать истории про то, как в шестьдесят девятом году на переправе застрял грузовик с арбузами, и полдеревни неделю ела арбузы.</p>
<p>Утром я проснулась раньше обычного и побежала к реке. Было холодно и туманно, трава была мокрая, и мои сандалии сразу промокли. Фёдор Ильич уже стоял у штурвала, в своей вечной серой кепке, и курил. Увидев меня, он кивнул, как взрослой.</p>
<p>— Прочитала? — спросил он.</p>
<p>Я кивнула.</p>
<p>Он помолчал, потом достал из кармана куртки помятую карамельку и протянул мне. Так он делал всегда, сколько я себя помнила: каждому ребёнку, который приходил на переправу, доставалась карамелька, а взрослым — какая-нибудь история.</p>
<p>— Ну и ладно, — сказал он и посмотрел на туман над водой. — До осени ещё походим.</p>
<p>⟦И ровно в семь он дёрнул за верёвку, и над рекой разнёсся гудок⟧ — такой же резкий и требовательный, как всегда.</p>
<p><em>⟪Роман «Последний паром» выходит в издательстве «Северный берег» в марте.⟫</em></p>""",
    exclude=["p^Роман «Последний паром» выходит"],
    kind="other", why="excerpt from a novel; first-person fiction, no argument",
))

# ---------------------------------------------------------------- column, measured voice, argues against exam coaching
PAGES.append(dict(
    case="tr-opinion-dershane", lang="tr", skin="portal", domain="egeninsesi.example", site="Ege’nin Sesi",
    url="https://www.egeninsesi.example/2026/02/24/cocuklarimiz-sinav-makinesi-degil",
    h1="Çocuklarımız sınav makinesi değil",
    authors=["Elif Karaca"], byline_text="Elif Karaca", ld_authors=["Elif Karaca"], meta="min",
    pub="2026-02-24T08:00:00+03:00", date="24 Şubat 2026 08:00", strip="24 Şubat 2026 Salı",
    nav=["Gündem", "Ekonomi", "İzmir", "Spor", "Kültür-Sanat", "Sağlık"],
    footer_nav=["Künye", "Gizlilik", "İletişim", "Reklam"],
    cookie="⟪Sitemizde çerezler kullanılmaktadır. Detaylar için tıklayın.⟫",
    related=["⟪LGS başvuruları başladı: tarihler ve ücretler⟫", "Özel kurs ücretleri yüzde 60 arttı"],
    most=["⟪Körfez’de deniz salyası uyarısı⟫", "Göztepe deplasmandan üç puanla döndü", "Metro hattında yeni istasyon"],
    footer="⟪© 2026 Ege’nin Sesi. Tüm hakları saklıdır.⟫",
    body="""<p>⟦Komşumun oğlu Deniz on üç yaşında.⟧ Sabah yedide okula gidiyor, okuldan çıkınca doğruca kursa geçiyor, akşam dokuzda eve dönüyor. Hafta sonları da deneme sınavları var. Geçen hafta merdivende karşılaştık, ne zaman futbol oynadığını sordum. Bir an düşündü, sonra “Sınavdan sonra,” dedi. Sınav, haziranda.</p>
<p>Annesi Ayşe Hanım bir ilkokul öğretmeni. Oğlunun kurs masrafını karşılamak için bu yıl akşamları özel ders vermeye başlamış. “Başka çaremiz yok,” diyor. “Herkes gönderiyor. Göndermezsem çocuğumun önünü kapatmış olurum diye korkuyorum.” Bu cümleyi son bir yılda en az on veliden duydum. Kimse bu düzeni savunmuyor, ama herkes içinde yaşamaya devam ediyor, çünkü tek başına dışarı çıkmanın bedelini çocuğunun ödeyeceğinden korkuyor.</p>
<p>Deniz istisna değil. Türkiye’de her yıl bir milyondan fazla sekizinci sınıf öğrencisi liselere geçiş sınavına giriyor. Bu çocukların önemli bir bölümü son iki yılını neredeyse tamamen sınava hazırlanarak geçiriyor. Aileler özel kurslara, özel derslere, deneme kitaplarına gelirlerinin büyük kısmını harcıyor. ⟦Ve bütün bu çabanın sonunda çocuklar, bir sabah üç saatte, hayatlarının yönünü belirleyecek bir kâğıdı dolduruyor.⟧</p>
<p>Bu sistemin savunucuları, sınavın adil olduğunu söylüyor. Herkes aynı soruları çözüyor, herkes aynı sürede; torpil yok, kayırma yok. Bu argümanı ciddiye alıyorum. Gerçekten de mülakatla ya da okul notlarıyla yapılan seçimlerin kendi sorunları var. Ama bugünkü haliyle sınavın adil olduğunu söylemek zor. Özel kursa, özel derse parası yetenle yetmeyen aynı sınava aynı koşullarda girmiyor. Sınav eşitliği ölçmüyor; eşitsizliği kayda geçiriyor.</p>
<p>Asıl sorun ise sınavın kendisinden çok, eğitimin tamamını yutmuş olması. Ortaokulun son iki yılında müzik, resim, beden eğitimi gibi dersler pek çok okulda fiilen boş geçiyor ya da test çözmeye ayrılıyor. Öğretmenler, kendi ifadeleriyle, “konuyu değil soru tipini” öğretiyor. Çocuklar bir metni anlamayı değil, dört şıktan birini en hızlı şekilde elemeyi öğreniyor. ⟦Okul, sınava hazırlanılan bir bekleme salonuna dönüşüyor.⟧</p>
<p>Uzmanlar yıllardır aynı şeyi söylüyor. Çocuk psikiyatristi Dr. Selin Aydemir geçen ay İzmir’de yaptığı bir konuşmada, bu yaş grubunda kaygı bozukluklarıyla başvuran çocuk sayısının sınav dönemlerinde belirgin biçimde arttığını anlatmıştı. Birçok ülkede liselere geçiş, öğrencinin yaşadığı bölgeye, ilgi alanlarına ve ortaokul boyunca gösterdiği gelişime göre yapılıyor. Tek bir sınavın belirleyici olduğu sistemler giderek azalıyor.</p>
<p>Ne yapılabilir? İlk adım, sınavın ağırlığını azaltmak olabilir. Ortaokul başarısının yerleştirmede daha büyük pay alması, çocukların dört yıl boyunca okula bağlı kalmasını sağlar. İkinci adım, adrese dayalı yerleştirmeyi güçlendirmek ve mahalle okullarının niteliğini artırmaktır. Herkesin gitmek istediği birkaç okul yerine, her mahallede iyi bir okul olduğunda sınavın önemi kendiliğinden azalır. ⟦Üçüncüsü ise belki de en zoru: başarıyı yalnızca puanla ölçmekten vazgeçmek.⟧</p>
<p>Bu değişiklikler bir gecede olmaz, biliyorum. Ama bir yerden başlamak gerekiyor. Milli Eğitim Bakanlığı her yıl sınav sisteminde küçük ayarlamalar yapıyor; soru sayısı değişiyor, süre değişiyor, puan hesaplaması değişiyor. Değişmeyen tek şey, çocukların üzerindeki yük.</p>
<p>Bu yük yalnızca çocukların değil, bütün ailenin omuzlarında. Kurs ücretleri son bir yılda yüzde altmış arttı. Orta gelirli bir aile için bu, bir kira kadar para demek. Dar gelirli aileler ise yarışa hiç katılamıyor; çocuklarını yalnızca okulun hazırladığı bir sınava, aylarca özel ders almış akranlarıyla birlikte gönderiyor. Sonra da sonuçlara bakıp “başarı” hakkında konuşuyoruz.</p>
<p>Deniz’e geri dönelim. Ona “sınavdan sonra” ne yapacağını sordum. Bir süre sustu, sonra gülümsedi: “Bilmiyorum. Uyuyacağım herhalde.” ⟦On üç yaşında bir çocuğun en büyük hayali uyumaksa, bir yerde yanlış yapıyoruz demektir.⟧</p>""",
    kind="opinion", why="column arguing to reduce the weight of the high-school exam",
))

# ---------------------------------------------------------------- weekly horoscope written in article prose
PAGES.append(dict(
    case="tr-other-haftalikburc", lang="tr", skin="blog", domain="yildizlarvesen.example", site="Yıldızlar ve Sen",
    tagline="Astroloji, yaşam ve ilişkiler",
    url="https://yildizlarvesen.example/2026/03/08/9-15-mart-haftalik-burc-yorumlari",
    h1="9–15 Mart haftalık burç yorumları: Balık sezonunda duygular yükseliyor",
    authors=["Nazlı Erdem"], byline_text="Astrolog Nazlı Erdem", ld_authors=["Nazlı Erdem"], meta="full",
    pub="2026-03-08T20:00:00+03:00", date="8 Mart 2026",
    nav=["Burçlar", "Aşk", "Kariyer", "Tarot", "Ay Takvimi"],
    footer_nav=["Hakkımızda", "Gizlilik", "İletişim"],
    cookie="⟪Deneyiminizi iyileştirmek için çerez kullanıyoruz.⟫",
    related=["⟪Mart ayı yeniay etkileri⟫", "Yükselen burcunuzu nasıl hesaplarsınız?", "Burçların en sevdiği tatil yerleri"],
    most=["⟪2026 yılında hangi burç şanslı?⟫", "Merkür retrosu ne zaman bitiyor?"],
    footer="⟪© 2026 Yıldızlar ve Sen – Eğlence amaçlıdır.⟫",
    body="""<p>⟦Güneş’in Balık burcunda ilerlediği bu hafta, duygular her zamankinden daha yoğun.⟧ Ay’ın hafta ortasında Yay burcuna geçmesiyle birlikte içimizdeki macera arzusu da canlanıyor. Venüs’ün Koç burcuna girişi ise ilişkilerde cesur adımları destekliyor. İşte 9–15 Mart haftasında burçları bekleyenler.</p>
<p>Haftanın en önemli gökyüzü olayı ise cumartesi günü gerçekleşecek olan Merkür–Jüpiter üçgeni. Bu açı, iletişim, eğitim ve seyahat konularında şanslı gelişmelere işaret ediyor. Uzun süredir beklediğiniz bir cevabı almak, bir sınav sonucunu öğrenmek ya da yeni bir yolculuğun planını yapmak için uygun bir zaman. Yorumlarda Güneş burcunuzun yanı sıra yükselen burcunuzu da okumanızı öneririz.</p>
<h2>Koç</h2>
<p>Venüs’ün burcunuza girişiyle birlikte çekiciliğiniz artıyor. Uzun süredir konuşmak istediğiniz biriyle bu hafta cesaret bulabilirsiniz. İş hayatında ise acele kararlar vermekten kaçının; perşembe günü gelecek bir teklif, ilk bakışta göründüğünden daha karmaşık olabilir. Hafta sonu dinlenmeye zaman ayırın.</p>
<h2>Boğa</h2>
<p>Maddi konular gündeminizde. Ertelediğiniz bir ödemeyi ya da bir alışverişi bu hafta halletmeniz iyi olur. ⟦Salı ve çarşamba günleri yakın bir arkadaşınızdan beklenmedik bir haber alabilirsiniz.⟧ Bedeninizin sinyallerine kulak verin; uyku düzeninize dikkat edin.
Hafta sonu doğada geçirilecek birkaç saat, zihninizi toparlamanıza yardım edecek.</p>
<h2>İkizler</h2>
<p>Kariyer alanınız hareketli. Bir toplantıda fikirleriniz ilgi görebilir, ancak detayları netleştirmeden söz vermeyin. Aile içinde küçük bir anlaşmazlık çıkabilir; sabırlı olursanız kolayca çözülür.
Cumartesi günü Merkür–Jüpiter üçgeni, sizin için özellikle yazışmalar ve yolculuklar konusunda olumlu sonuçlar getirebilir.</p>
<h2>Yengeç</h2>
<p>Balık sezonu sizin için ilham dolu geçiyor. Yarım kalmış bir projeye geri dönmek, yeni bir kursa başlamak ya da bir seyahat planlamak için uygun bir hafta. Hafta ortasında duygusal olarak hassas hissedebilirsiniz; kendinize karşı nazik olun.</p>
<h2>Aslan</h2>
<p>Ortak finansal konular, miras, kredi gibi meseleler öne çıkıyor. Bir anlaşmayı imzalamadan önce iki kez okuyun. ⟦Aşk hayatınızda ise tutku dozu yükseliyor;⟧ partnerinizle derin bir sohbet ilişkinizi güçlendirebilir.</p>
<h2>Başak</h2>
<p>Güneş karşıt burcunuzda ilerlerken ilişkiler her zamankinden önemli. İş ortaklıklarında ya da özel hayatınızda karşınızdakinin bakış açısını anlamaya çalışın. Cuma günü küçük bir sürpriz sizi gülümsetebilir.</p>
<h2>Terazi</h2>
<p>Günlük rutininizi gözden geçirme zamanı. Sağlıklı beslenme ve düzenli hareket için küçük adımlar atın. İş yerinde üzerinize fazla yük almamaya dikkat edin; hayır demek de bir beceridir.</p>
<h2>Akrep</h2>
<p>Yaratıcılığınız zirvede. Sanatsal bir uğraşa zaman ayırmak size iyi gelecek. Bekar Akrepler için hafta sonu hoş bir tanışma kapıda olabilir. Çocuklarla ilgili konularda sevindirici gelişmeler yaşanabilir.</p>
<h2>Yay</h2>
<p>Ay’ın burcunuza geçtiği hafta ortası enerjiniz yükseliyor. Evle ilgili konular, taşınma ya da dekorasyon planları gündeme gelebilir. Ailenizden biriyle uzun süredir ertelenen bir konuşma bu hafta mümkün.</p>
<h2>Oğlak</h2>
<p>İletişim alanınız hareketli. Telefonlar, mesajlar, kısa yolculuklar haftanızı dolduracak. ⟦Yazılı belgelerde dikkatli olun, özellikle çarşamba günü imzalanan evraklarda.⟧ Kardeşlerinizle ilişkiler güçleniyor.</p>
<h2>Kova</h2>
<p>Maddi konularda dengeli olmanız gereken bir hafta. Küçük harcamalar birikerek büyüyebilir. Öte yandan yeteneklerinizden para kazanmaya yönelik yeni bir fikir aklınıza gelebilir; not alın.</p>
<h2>Balık</h2>
<p>Doğum gününüz kutlu olsun! Güneş burcunuzda ilerlerken kendinizi her zamankinden daha görünür hissedeceksiniz. Yeni bir yaşa, yeni hedeflerle girmek için ideal bir dönem.
Geçmişte yaşadığınız bir kırgınlığı geride bırakmak ve kalbinizi yeni başlangıçlara açmak için de doğru zaman. Yakın çevrenizden gelecek bir davet, hafta sonunu beklediğinizden çok daha keyifli hale getirebilir. Para konularında ise ayın son haftasına kadar büyük harcamalardan kaçının. ⟦Sezgilerinize güvenin; bu hafta sizi yanıltmayacaklar.⟧</p>""",
    kind="other", why="weekly horoscope, sign by sign",
))

# ---------------------------------------------------------------- sermon-like appeal for blood donors
PAGES.append(dict(
    case="sw-opinion-changiadamu", lang="sw", skin="story", domain="sautiyapwani.example", site="Sauti ya Pwani",
    url="https://www.sautiyapwani.example/2026/03/13/ndugu-zangu-tuchangie-damu",
    h1="Ndugu zangu, tuchangie damu kabla hatujaihitaji",
    authors=["Yohana Mwakasege"], byline_text="Na Mchungaji Yohana Mwakasege", ld_authors=["Yohana Mwakasege"], meta="og",
    pub="2026-03-13T07:00:00+03:00", date="13 Machi 2026",
    nav=["Habari", "Siasa", "Biashara", "Michezo", "Burudani", "Afya"],
    footer_nav=["Kuhusu sisi", "Faragha", "Wasiliana nasi"],
    cookie="⟪Tovuti hii inatumia vidakuzi ili kuboresha huduma zetu.⟫",
    related=["⟪Hospitali ya Mkoa yakabiliwa na upungufu wa damu⟫", "Wanafunzi wa chuo wachangia chupa 300"],
    most=["⟪Mvua kubwa zasababisha mafuriko Tanga⟫", "Bei ya sukari yapanda tena", "Timu ya taifa yaanza kambi"],
    footer="⟪© 2026 Sauti ya Pwani. Haki zote zimehifadhiwa.⟫",
    body="""<p>⟦Ndugu zangu, nataka tuanze kwa swali moja rahisi: ni lini mara ya mwisho ulitoa kitu ambacho hakikugharimu pesa,⟧ lakini kiliweza kuokoa maisha ya mtu usiyemjua?</p>
<p>Wiki iliyopita nilikuwa hospitalini kumtembelea mama mmoja wa kanisa letu aliyejifungua kwa upasuaji. Mtoto alizaliwa salama, tunamshukuru Mungu. Lakini mama alipoteza damu nyingi, na madaktari walihitaji chupa tatu za damu ya kundi lake. Benki ya damu ya hospitali ilikuwa na chupa moja tu. Mume wake alikimbia huku na huko, akipiga simu kwa ndugu na marafiki, usiku mzima. ⟦Nilimwona kijana yule akilia kwenye korido, akisema, “Nitampoteza mke wangu kwa sababu ya chupa mbili.”⟧</p>
<p>Kwa neema ya Mungu, vijana wawili wa kwaya yetu walifika saa tisa usiku na kutoa damu. Mama yule yuko hai leo. Lakini nimeshindwa kulala vizuri tangu siku ile, kwa sababu najua kwamba si kila familia ina vijana wa kwaya wanaoweza kufika saa tisa usiku.</p>
<p>Ndugu zangu, tatizo hili si la hospitali moja. Mpango wa Taifa wa Damu Salama unasema nchi yetu inahitaji mamia ya maelfu ya chupa za damu kila mwaka, lakini kinachokusanywa ni pungufu sana ya mahitaji. Wanaoathirika zaidi ni akina mama wanaojifungua, watoto wenye upungufu wa damu kutokana na malaria, na waathirika wa ajali za barabarani. ⟦Hawa si takwimu. Ni mama zetu, watoto wetu, majirani zetu.⟧</p>
<p>Nimezungumza na wauguzi wa benki ya damu hapa mkoani. Wanasema wakati wa likizo za shule hali inakuwa mbaya zaidi, kwa sababu wanafunzi wengi, ambao ndio wachangiaji wakubwa, wamerudi nyumbani. Wanasema pia kwamba watu wengi hufika kuchangia damu pale tu ndugu yao anapokuwa mgonjwa. Hilo ni jema, lakini haitoshi. Damu inahitajika kabla ya dharura, si baada yake.</p>
<p>Najua kuna hofu. Wengine wanaogopa sindano. Wengine wamesikia kwamba ukitoa damu utadhoofika, au kwamba damu yako itauzwa. Nawaambia kwa upendo: hofu hizi hazina msingi. Mtu mzima mwenye afya anaweza kutoa damu kila baada ya miezi mitatu bila madhara yoyote. Mwili hujaza damu iliyotolewa ndani ya wiki chache. Na damu inayotolewa katika vituo rasmi haiuzwi; inapelekwa kwa wagonjwa bure.</p>
<p>Maandiko yanatuambia kwamba hakuna upendo mkuu kuliko huu, mtu kuutoa uhai wake kwa ajili ya rafiki zake. Hatuombwi kuutoa uhai wetu. Tunaombwa nusu lita tu ya damu, na dakika thelathini za muda wetu. ⟦Je, tunaweza kweli kusema hatuna cha kutoa?⟧</p>
<p>Kwa hiyo leo nawaomba mambo matatu. Kwanza, kila mmoja wetu aliye na umri wa miaka kumi na minane hadi sitini na mwenye afya njema, aende kuchangia damu angalau mara moja mwaka huu. Pili, tuwahamasishe vijana wetu, hasa wanafunzi wa vyuo na sekondari, kwa sababu wao ndio nguvu ya taifa. Tatu, viongozi wa dini, wa misikiti na makanisa, tushirikiane kuandaa siku za kuchangia damu katika nyumba zetu za ibada, kama tulivyofanya wakati wa kampeni za chanjo.</p>
<p>Kanisa letu limeshazungumza na hospitali ya mkoa. Jumamosi ijayo, tarehe 21 Machi, kutakuwa na kambi ya kuchangia damu katika uwanja wa kanisa, kuanzia saa mbili asubuhi hadi saa tisa alasiri. Ndugu zetu Waislamu wa msikiti wa jirani wamekubali kuungana nasi. Hii si kazi ya dini moja. Damu haina dini, haina kabila, haina chama.</p>
<p>Ndugu zangu, siku moja wewe au mtu unayempenda anaweza kulala kitandani hospitalini akisubiri chupa ya damu. ⟦Siku hiyo utaomba kwamba mtu fulani, mahali fulani, alijitolea.⟧ Basi leo, kuwa wewe mtu huyo.</p>""",
    kind="opinion", why="sermon-like appeal urging readers to donate blood",
))
