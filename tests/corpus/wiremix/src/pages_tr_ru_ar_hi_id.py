"""Turkish, Russian, Arabic, Hindi and Indonesian pages: an AA story under the agency's initials; a TASS story with
the "МОСКВА, 6 марта. /ТАСС/." dateline; a regional reporter's story "с использованием материалов «Интерфакса»"; a
MENA story with the "(أ ش أ)" dateline; a Project Syndicate essay in Arabic with a translator; an IANS story with a
syndicated-feed disclaimer; an ANTARA story with "Pewarta: … / Editor: …" at the end."""

PAGES = []

# ---------------------------------------------------------------- AA: agency byline, update timestamp
PAGES.append(dict(
    case="tr-news-aamarmaray", lang="tr", skin="portal", domain="egeninsesi.example", site="Ege’nin Sesi",
    url="https://www.egeninsesi.example/gundem/marmaray-seferleri-hafta-sonu-gece-boyunca-yapilacak-h418832.html",
    h1="Marmaray seferleri hafta sonu gece boyunca yapılacak",
    deck="Uygulama 14 Mart’ta başlıyor. Seferler gece yarısından sonra 30 dakikada bir olacak.",
    kicker="Gündem", crumbs=["Gündem", "Ulaşım"], authors=None, byline_html="AA", byline_text="AA", ld_authors=["org:Anadolu Ajansı"],
    pub="2026-03-07T11:25:00+03:00", mod="2026-03-07T14:02:00+03:00",
    date="Yayınlanma: 07.03.2026 11:25", updated="Güncelleme: 07.03.2026 14:02",
    caption="⟪Marmaray’ın Üsküdar istasyonu.⟫ Fotoğraf: AA",
    nav=["Gündem", "Ekonomi", "Dünya", "Spor", "Yazarlar", "Magazin"], footer_nav=["Künye", "İletişim", "Gizlilik"],
    side=[("En çok okunanlar", ["⟪İzmir’de yeni metro hattının temeli atıldı⟫", "Göztepe deplasmanda kazandı", "Körfez’de deniz otobüsü seferleri arttı"])],
    cookie="⟪Sitemizde çerezler kullanılmaktadır.⟫",
    related=["⟪İstanbul’da toplu ulaşıma yüzde 20 zam⟫", "Gebze-Darıca metrosu ne zaman açılacak?"],
    footer="⟪Ege’nin Sesi © 2026 Tüm hakları saklıdır.⟫",
    body="""<p>⟦İstanbul’da Marmaray banliyö hattında seferler, 14 Mart’tan itibaren cuma ve cumartesi geceleri kesintisiz yapılacak.⟧</p>
<p>Ulaştırma ve Altyapı Bakanlığından yapılan açıklamaya göre, uygulama kapsamında Gebze ile Halkalı arasındaki trenler gece yarısından sonra da çalışmaya devam edecek. ⟦Gece seferleri saat 00.30 ile 06.00 arasında 30 dakikada bir düzenlenecek.⟧</p>
<p>Açıklamada, uygulamanın özellikle gece çalışan vatandaşlar, sağlık çalışanları ve havalimanlarına ulaşmak isteyen yolcular için önemli bir kolaylık sağlayacağı belirtildi. Hafta sonu gece saatlerinde şehir içinde yolculuk eden gençlerin de bu hizmetten yararlanması bekleniyor.</p>
<p>Bakanlık yetkilileri, Marmaray’da günlük yolcu sayısının 650 bini aştığını, hafta sonlarında ise gece saatlerinde ciddi bir talep oluştuğunu ifade etti. ⟦Gece seferlerinde güvenlik amacıyla istasyonlardaki personel sayısının artırılacağı bildirildi.⟧</p>
[[AD]]
<p>Uygulamanın duyurulmasının ardından sosyal medyada çok sayıda vatandaş kararı memnuniyetle karşıladı. Özellikle gece vardiyasında çalışanlar, bugüne kadar evlerine dönmek için pahalı taksi yolculuklarına mecbur kaldıklarını ifade etti. Bazı kullanıcılar ise gece seferlerinin hafta içine de yayılması gerektiğini savundu.</p>
<p>Ulaşım uzmanları, büyük şehirlerde gece toplu taşımasının hem ekonomik hayata hem de trafik güvenliğine katkı sağladığını belirtiyor. Uzmanlara göre gece saatlerinde raylı sistemlerin çalışması, alkollü araç kullanımından kaynaklanan kazaların azalmasına da yardımcı olabilir.</p>
<p>Uygulamanın ilk üç ay deneme olarak yürütüleceği, yolcu sayılarına göre daha sonra hafta içi gecelere de genişletilebileceği kaydedildi. Gece seferlerinde bilet ücretleri gündüz tarifesiyle aynı olacak.</p>
<p>İstanbul Büyükşehir Belediyesi de bazı metro hatlarında hafta sonu gece seferlerini sürdürüyor. Uzmanlar, iki sistemin saatlerinin birbirine uyumlu hale getirilmesi halinde gece ulaşımının çok daha verimli olacağını vurguluyor.</p>
<p>Yolcular, sefer saatleri ve istasyonlarla ilgili güncel bilgilere TCDD Taşımacılık’ın internet sitesi ve mobil uygulaması üzerinden ulaşabilecek. Bakanlık, gece seferleri sırasında bazı istasyonlarda bakım çalışmalarının süreceğini, bu nedenle yolcuların duyuruları takip etmesi gerektiğini hatırlattı.</p>
<p>Bakanlık, gece seferlerinde trenlerin tüm istasyonlarda duracağını ve aktarma noktalarındaki güvenlik kameralarının sürekli izleneceğini de belirtti.</p>
<p>Açıklamada, Marmaray’ın açıldığı 2013 yılından bu yana bir milyardan fazla yolcu taşıdığı da hatırlatıldı. ⟦Bakanlık, uygulamanın ilk sonuçlarını haziran ayında açıklayacak.⟧</p>""",
    kind="news", why="agency report on night train services",
))

# ---------------------------------------------------------------- TASS dateline, agency byline
PAGES.append(dict(
    case="ru-news-tassvesna", lang="ru", skin="portal", domain="podmoskovie-vesti.example", site="Подмосковные вести",
    url="https://www.podmoskovie-vesti.example/news/2026/03/06/sinoptiki-obeshchayut-ranniuyu-vesnu/",
    h1="Синоптики пообещали Москве раннюю весну",
    deck="Снег в столице может полностью растаять уже к концу марта.",
    kicker="Общество", crumbs=["Новости", "Общество"], authors=None, byline_html="ТАСС", byline_text="ТАСС", ld_authors=["org:ТАСС"],
    pub="2026-03-06T10:40:00+03:00", date="6 марта 2026, 10:40",
    caption="⟪Оттепель на Тверской улице.⟫ Фото: ТАСС/Иван Соколов",
    nav=["Новости", "Общество", "Экономика", "Спорт", "Мнения", "Культура"], footer_nav=["О проекте", "Контакты", "Реклама"],
    side=[("Самое читаемое", ["⟪В Подольске откроют новую поликлинику⟫", "Электрички Савеловского направления изменят расписание", "Пробки на МКАД: где затруднено движение"])],
    cookie="⟪Мы используем файлы cookie для улучшения работы сайта.⟫",
    related=["⟪Паводок в Подмосковье: в каких районах ожидают подтопления⟫", "Когда включат фонтаны в Москве"],
    footer="© 2026 Подмосковные вести",
    body="""<p>МОСКВА, 6 марта. /ТАСС/. ⟦Весна в Москве в этом году наступит раньше обычного, снег в городе может полностью растаять к концу марта.⟧ Об этом ТАСС сообщил научный руководитель Гидрометцентра России Андрей Корнеев.</p>
<p>«Уже на следующей неделе дневная температура в Москве будет подниматься до плюс пяти — плюс семи градусов, а ночью заморозки станут слабыми. ⟦Это на три-четыре градуса выше климатической нормы⟧», — сказал он.</p>
<p>По словам синоптика, высота снежного покрова в столице сейчас составляет около 20 сантиметров, что заметно меньше нормы для начала марта. При сохранении теплой погоды снег начнет быстро таять уже в середине месяца, а в парках и лесах может сохраниться до начала апреля.</p>
<p>Корнеев отметил, что в конце марта возможны кратковременные возвраты холодов, однако сильных морозов и обильных снегопадов синоптики не ожидают. Климатическая весна, когда среднесуточная температура устойчиво переходит через ноль, может наступить примерно на неделю раньше средних сроков.</p>
[[AD]]
<p>В Подмосковье, по данным синоптиков, оттепель будет не менее заметной. В ряде районов области уже начался подъем уровня воды в малых реках, и спасатели проверяют готовность к возможному паводку. Жителей дачных поселков в низинах попросили заранее убрать ценные вещи из подвалов и погребов.</p>
<p>Синоптики также обращают внимание, что в прошлом году весна в столичном регионе тоже началась раньше обычного, а март оказался одним из самых теплых за всю историю наблюдений.</p>
<p>Ранняя оттепель означает, что городским службам придется раньше начать работу по предотвращению подтоплений. ⟦В комплексе городского хозяйства Москвы сообщили, что ливневая канализация уже готова к весеннему сезону.⟧ Коммунальные службы также продолжают сбрасывать снег с крыш жилых домов.</p>
<p>Синоптики напоминают, что в период оттепели возрастает опасность гололеда по утрам, когда талая вода на тротуарах и дорогах замерзает. Водителям рекомендуют соблюдать дистанцию и не превышать скорость.</p>
<p>Медики, в свою очередь, советуют горожанам не торопиться убирать зимнюю одежду: резкие перепады температуры в начале весны часто приводят к росту простудных заболеваний.</p>
<p>⟦Подробный прогноз на апрель Гидрометцентр опубликует в конце марта.⟧</p>""",
    kind="news", why="agency weather outlook report",
))

# ---------------------------------------------------------------- regional reporter, "с использованием материалов «Интерфакса»"
PAGES.append(dict(
    case="ru-news-interfaxmost", lang="ru", skin="regional", domain="sibirskiy-kurier.example", site="Сибирский курьер",
    url="https://www.sibirskiy-kurier.example/novosibirsk/otkrytie-chetvertogo-mosta-perenesli-na-osen/",
    h1="Открытие нового моста через Обь в Новосибирске перенесли на осень",
    deck="Подрядчик не успевает закончить подходы к мосту со стороны левого берега.",
    kicker="Новосибирск", authors=["Ольга Белова"], byline_html="⟪Автор: Ольга Белова⟫", byline_text="Автор: Ольга Белова",
    ld_authors=["Ольга Белова"], ld_type="NewsArticle",
    pub="2026-03-11T16:20:00+07:00", date="11 марта 2026, 16:20",
    nav=["Новосибирск", "Сибирь", "Экономика", "Спорт", "Мнения", "Афиша"], footer_nav=["Редакция", "Контакты", "Реклама"],
    side=[("Популярное", ["⟪В Академгородке откроют новую школу на 1500 мест⟫", "«Сибирь» вышла в плей-офф", "Цены на бензин в регионе выросли на 3%"])],
    cookie="Сайт использует файлы cookie.",
    comments=[("Андрей_НСК", "2 часа назад", "⟪Каждый год переносят. Посмотрим, что будет осенью.⟫")],
    related=["⟪Как будут ходить автобусы по новому мосту⟫", "Пробки на Димитровском мосту: что предлагают депутаты"],
    footer="© «Сибирский курьер», 2026",
    body="""<p>⟦Открытие нового автомобильного моста через Обь в Новосибирске переносится с лета на осень 2026 года.⟧ Об этом в среду сообщили в министерстве транспорта Новосибирской области.</p>
<p>По данным ведомства, само пролетное строение моста уже готово, однако подрядчик не успевает закончить строительство развязок и подходов к мосту со стороны левого берега. ⟦Основная причина задержки — сложные грунты и перенос инженерных сетей⟧, которые оказались в зоне строительства.</p>
<p>«Мы рассчитываем запустить движение в сентябре. Сейчас на объекте работают около 1200 человек, и в теплое время года работы будут вестись круглосуточно», — заявил на брифинге заместитель министра транспорта региона Сергей Ларин.</p>
<p>Новый мост длиной около пяти километров вместе с подходами должен связать Октябрьский и Кировский районы города. По расчетам властей, он разгрузит Димитровский и Октябрьский мосты, где в часы пик образуются многокилометровые пробки.</p>
[[AD]]
<p>Жители левого берега давно ждут открытия моста. По словам горожан, дорога на работу в центр города в часы пик сейчас может занимать больше часа. Многие пересели на метро, но станций на левом берегу немного, а автобусы стоят в тех же пробках, что и личные автомобили.</p>
<p>Эксперты в области транспорта считают, что новый мост действительно снизит нагрузку на существующие переправы, однако без развития общественного транспорта эффект может оказаться временным. Они предлагают сразу выделить на мосту полосы для автобусов и предусмотреть возможность прокладки трамвайной линии.</p>
<p>Стоимость проекта, который реализуется на условиях концессии, оценивается более чем в 70 млрд рублей. Проезд по мосту будет платным для автомобилистов, однако стоимость проезда власти пока не объявили. ⟦Общественный транспорт сможет пользоваться мостом бесплатно⟧, уточнили в министерстве.</p>
<p>Ранее открытие моста уже переносилось: первоначально его планировали сдать в конце 2025 года. Депутаты городского совета раскритиковали очередной перенос и потребовали от подрядчика представить подробный график работ.</p>
<p>В министерстве заверили, что штрафные санкции к подрядчику будут применены в соответствии с условиями соглашения. ⟦Новый график работ должен быть представлен до конца марта.⟧</p>
[[CREDIT|⟪С использованием материалов «Интерфакса».⟫]]""",
    kind="news", why="regional report on a delayed bridge with agency material",
))

# ---------------------------------------------------------------- MENA dateline "(أ ش أ)", agency byline
PAGES.append(dict(
    case="ar-news-menaqamh", lang="ar", skin="portal", domain="sadaalsaeed.example", site="صدى الصعيد",
    url="https://www.sadaalsaeed.example/news/2026/03/09/بدء-حصاد-القمح-مبكرا-في-محافظات-الصعيد",
    h1="بدء موسم حصاد القمح مبكرًا في محافظات الصعيد",
    deck="ارتفاع درجات الحرارة يدفع المزارعين إلى الحصاد قبل موعده بأسبوعين.",
    kicker="محافظات", crumbs=["أخبار", "محافظات"], authors=None, byline_html="أ ش أ", byline_text="أ ش أ", ld_authors=["org:وكالة أنباء الشرق الأوسط"],
    pub="2026-03-09T12:30:00+02:00", date="الإثنين 9 مارس 2026 - 12:30 م",
    caption="⟪مزارعون يحصدون القمح في إحدى قرى محافظة أسوان.⟫ (أرشيفية)",
    nav=["أخبار", "محافظات", "اقتصاد", "رياضة", "رأي", "منوعات"], footer_nav=["من نحن", "اتصل بنا", "سياسة الخصوصية"],
    side=[("الأكثر قراءة", ["⟪افتتاح مستشفى جديد في سوهاج الشهر المقبل⟫", "موعد صرف معاشات أبريل", "طقس الغد: ارتفاع في درجات الحرارة"])],
    cookie="⟪يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.⟫",
    related=["⟪أسعار توريد القمح المحلي لموسم 2026⟫", "نصائح للمزارعين لمواجهة موجات الحر"],
    footer="جميع الحقوق محفوظة © صدى الصعيد 2026",
    body="""<p>أسوان (أ ش أ) - ⟦بدأ المزارعون في عدد من محافظات الصعيد حصاد محصول القمح قبل موعده المعتاد بنحو أسبوعين⟧، بسبب الارتفاع المبكر في درجات الحرارة خلال الأسابيع الماضية.</p>
<p>وقال مدير مديرية الزراعة في أسوان إن الحصاد بدأ في مساحات تزيد على خمسة آلاف فدان في مراكز إدفو وكوم أمبو، على أن يتوسع تدريجيًا ليشمل باقي المراكز خلال الأيام المقبلة. ⟦وأضاف أن المؤشرات الأولية تشير إلى إنتاجية جيدة تصل إلى 18 أردبًا للفدان.⟧</p>
<p>وفي محافظتي الأقصر وقنا، أعلنت مديريات الزراعة عن فتح شون وصوامع لاستقبال القمح المحلي اعتبارًا من منتصف مارس، بدلًا من الأول من أبريل كما كان مقررًا في السابق، وذلك لتجنب تكدس المحصول لدى المزارعين.</p>
<p>وأكدت وزارة الزراعة في بيان أنها وجهت المديريات بتوفير الحصادات الآلية بأسعار مناسبة، ومتابعة عمليات الحصاد والتخزين لتقليل الفاقد. ⟦ودعت المزارعين إلى عدم ترك المحصول في الحقول لفترات طويلة بعد الحصاد⟧ تفاديًا لتعرضه للتلف أو الحرائق.</p>
[[AD]]
<p>وفي محافظة سوهاج، قالت مديرية الزراعة إنها شكلت لجانًا لمتابعة عمليات الحصاد في القرى، والتأكد من توافر أكياس التعبئة والمعدات اللازمة لنقل المحصول إلى مراكز التجميع. كما أعلنت عن تخصيص أرقام هاتفية لتلقي شكاوى المزارعين بشأن أسعار الحصادات أو تأخر الاستلام.</p>
<p>وأشار مسؤولون إلى أن المساحة المزروعة بالقمح في محافظات الصعيد هذا الموسم شهدت زيادة ملحوظة مقارنة بالعام الماضي، بفضل تحسن أسعار التوريد وتوافر مياه الري.</p>
<p>ويأتي ذلك في وقت تسعى فيه الحكومة إلى زيادة الكميات التي تشتريها من القمح المحلي هذا العام، بهدف تقليل الاعتماد على الاستيراد. وكانت الحكومة قد أعلنت في وقت سابق سعر توريد أعلى من العام الماضي لتشجيع المزارعين على التوريد.</p>
<p>وقال عدد من المزارعين في قرى مركز إدفو إن الحرارة المرتفعة عجلت بنضج السنابل، لكنها لم تؤثر كثيرًا على جودة الحبوب. وأشاروا إلى أن ارتفاع تكاليف الأسمدة والوقود ما زال يمثل عبئًا كبيرًا عليهم.</p>
<p>وتوقع خبراء الأرصاد استمرار ارتفاع درجات الحرارة في جنوب الصعيد خلال الأيام المقبلة، مع نشاط للرياح المثيرة للأتربة في بعض المناطق.</p>
<p>⟦ومن المتوقع أن يبدأ الحصاد في محافظات الوجه البحري مطلع أبريل.⟧</p>""",
    kind="news", why="agency report on early wheat harvest",
))

# ---------------------------------------------------------------- Project Syndicate essay in Arabic with a translator
PAGES.append(dict(
    case="ar-opinion-psnaql", lang="ar", skin="column", domain="alwahaonline.example", site="الواحة أونلاين",
    url="https://www.alwahaonline.example/opinion/2026/03/17/لماذا-يجب-أن-تراهن-مدننا-على-النقل-العام",
    h1="لماذا يجب أن تراهن مدننا على النقل العام",
    kicker="مقالات رأي", authors=["سلمى الحداد"], byline_html="⟪بقلم: سلمى الحداد⟫", byline_text="بقلم: سلمى الحداد",
    ld_authors=["سلمى الحداد"], ld_type="OpinionNewsArticle",
    pub="2026-03-17T08:00:00+03:00", date="17 مارس 2026",
    nav=["أخبار", "اقتصاد", "رأي", "ثقافة", "رياضة", "تكنولوجيا"], footer_nav=["من نحن", "اتصل بنا", "الشروط"],
    side=[("الأكثر قراءة", ["⟪افتتاح أول خط للحافلات الكهربائية في المدينة⟫", "ارتفاع أسعار الإيجارات في الأحياء الجديدة"]),
          ("رأي", [("بروجيكت سنديكيت", "⟪اقتصاد المياه في زمن الجفاف⟫")], "opinion")],
    cookie="نستخدم ملفات تعريف الارتباط لتحسين تجربة التصفح.",
    related=["⟪الازدحام المروري يكلف الاقتصاد مليارات سنويًا⟫", "مترو جديد على طاولة الحكومة"],
    footer="© الواحة أونلاين 2026",
    body="""<p>عمّان - ⟦في معظم المدن العربية الكبرى، يقضي الملايين ساعات كل يوم عالقين في زحام السيارات.⟧ نحن نعرف هذا المشهد جيدًا: طرق سريعة جديدة تمتلئ بعد أشهر من افتتاحها، وجسور تنقل الاختناق من تقاطع إلى آخر، وهواء يزداد تلوثًا عامًا بعد عام. ومع ذلك ما زالت الحكومات تنفق الجزء الأكبر من ميزانيات النقل على الطرق.</p>
<p>⟦لقد آن الأوان لنعترف بأن هذا النهج فشل.⟧ فالتجارب في مختلف أنحاء العالم تُظهر أن توسيع الطرق لا يحل مشكلة الازدحام، بل يشجع مزيدًا من الناس على استخدام سياراتهم، حتى تعود الطرق إلى الامتلاء من جديد.</p>
<p>أما النقل العام الجيد، من حافلات سريعة بمسارات خاصة إلى قطارات خفيفة وخطوط مترو، فيمكنه أن ينقل أعدادًا أكبر بكثير من الناس في المساحة نفسها، وبتكلفة أقل للفرد وللبيئة. وهو قبل كل شيء يخدم الفئات التي لا تملك سيارة: الطلاب والعمال والنساء وكبار السن.</p>
<p>يقول المعترضون إن بناء شبكات النقل العام مكلف وبطيء. وهذا صحيح جزئيًا. ⟦لكن تكلفة عدم بنائها أعلى بكثير⟧: ساعات عمل ضائعة، وأمراض مرتبطة بالتلوث، ووقود مستورد يستنزف العملة الصعبة.</p>
<p>ولا يتطلب الأمر البدء بمشروعات عملاقة. فالحافلات ذات المسارات المخصصة يمكن تشغيلها خلال عامين أو ثلاثة، وبجزء صغير من تكلفة المترو. المهم أن تكون منتظمة ونظيفة وآمنة، وأن تكون تذاكرها في متناول الجميع.</p>
<p>كما يجب أن يُخطط للنقل العام مع التخطيط العمراني، لا بعده. فالأحياء الجديدة التي تُبنى بعيدًا عن أي خط نقل تحكم على سكانها بالاعتماد على السيارة لعقود.</p>
<p>وهناك أيضًا ما يمكن تعلمه من مدن قريبة منا. فقد أثبتت تجارب عدة في المنطقة أن الناس يتركون سياراتهم عندما يجدون بديلًا مريحًا وسريعًا وموثوقًا. المشكلة لم تكن يومًا في ثقافة السكان، بل في غياب الخيارات.</p>
<p>وعلى الحكومات أن تتحلى بالشجاعة السياسية لإعادة توزيع المساحة في الشوارع، فتمنح الحافلات والمشاة والدراجات جزءًا من الطريق الذي احتكرته السيارات لعقود طويلة.</p>
<p>⟦المدن التي تراهن على النقل العام اليوم هي المدن التي سيرغب الناس في العيش فيها غدًا.⟧</p>
[[BIO|⟪سلمى الحداد وزيرة نقل سابقة، وأستاذة التخطيط الحضري في جامعة عمّان.⟫]]
[[COPY|⟪ترجمة: خالد منصور⟫]]
[[COPY|حقوق النشر: بروجيكت سنديكيت، 2026.]]""",
    kind="opinion", why="syndicated essay arguing cities should invest in public transport",
))

# ---------------------------------------------------------------- IANS in Hindi: agency byline, syndicated-feed disclaimer in the text column
PAGES.append(dict(
    case="hi-news-iansmetro", lang="hi", skin="portal", domain="jansamvad-live.example", site="जनसंवाद लाइव",
    url="https://www.jansamvad-live.example/delhi-ncr/delhi-metro-nayi-line-par-trial-run-shuru-2026-03-05",
    h1="दिल्ली मेट्रो की नई लाइन पर ट्रायल रन शुरू, जून तक यात्रियों के लिए खुलने की उम्मीद",
    kicker="दिल्ली-एनसीआर", crumbs=["दिल्ली-एनसीआर"], authors=None, byline_html="आईएएनएस", byline_text="आईएएनएस",
    editline="⟪Edited By: नेहा वर्मा⟫", ld_authors=["org:आईएएनएस"],
    pub="2026-03-05T18:45:00+05:30", date="Published: 05 Mar 2026 06:45 PM (IST)",
    nav=["देश", "दिल्ली-एनसीआर", "राज्य", "बिजनेस", "खेल", "ओपिनियन"], footer_nav=["हमारे बारे में", "संपर्क", "गोपनीयता नीति"],
    side=[("सबसे ज़्यादा पढ़ी गईं", ["⟪नोएडा में नया फ्लाईओवर अगले हफ्ते खुलेगा⟫", "आज का मौसम: दिल्ली में बढ़ेगी गर्मी", "सोने के दाम में फिर उछाल"])],
    cookie="हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं।",
    related=["⟪मेट्रो किराए में बदलाव की तैयारी⟫", "रैपिड रेल से मेरठ का सफर हुआ आसान"],
    footer="⟪© 2026 जनसंवाद लाइव. सर्वाधिकार सुरक्षित.⟫",
    body="""<p>नई दिल्ली, 5 मार्च (आईएएनएस)। ⟦दिल्ली मेट्रो रेल कॉरपोरेशन (डीएमआरसी) ने गुरुवार को अपनी नई लाइन पर ट्रायल रन शुरू कर दिया।⟧ अधिकारियों के मुताबिक, सब कुछ ठीक रहा तो जून तक इस लाइन को यात्रियों के लिए खोल दिया जाएगा।</p>
<p>डीएमआरसी के एक वरिष्ठ अधिकारी ने बताया कि करीब 12 किलोमीटर लंबे इस हिस्से पर आठ स्टेशन बनाए गए हैं। ⟦ट्रायल के दौरान ट्रेनों को अलग-अलग रफ्तार पर चलाकर सिग्नल और ट्रैक की जांच की जा रही है।⟧ यह प्रक्रिया करीब तीन महीने चलेगी।</p>
<p>अधिकारी ने कहा कि ट्रायल पूरा होने के बाद मेट्रो रेल सुरक्षा आयुक्त निरीक्षण करेंगे और उनकी मंजूरी मिलने के बाद ही यात्री सेवा शुरू होगी। इस लाइन पर चालक रहित ट्रेनें चलाई जाएंगी, जो पूरी तरह स्वचालित सिग्नल प्रणाली से संचालित होंगी।</p>
<p>नई लाइन शुरू होने से पूर्वी और उत्तरी दिल्ली के लाखों लोगों को फायदा होगा। ⟦अभी इन इलाकों से केंद्रीय दिल्ली पहुंचने में एक घंटे से ज्यादा का समय लगता है⟧, जो मेट्रो से घटकर करीब 35 मिनट रह जाएगा।</p>
[[AD]]
<p>डीएमआरसी के मुताबिक, नई लाइन पर शुरुआत में हर पांच मिनट पर ट्रेन चलाई जाएगी और भीड़ बढ़ने पर यह अंतराल घटाया जाएगा। स्टेशनों के पास फीडर बसों और ई-रिक्शा की सुविधा भी उपलब्ध कराई जाएगी, ताकि यात्री आसानी से अपने घरों तक पहुंच सकें।</p>
<p>स्थानीय निवासियों ने ट्रायल रन शुरू होने पर खुशी जताई। उनका कहना है कि मेट्रो शुरू होने से सड़कों पर जाम कम होगा और प्रदूषण में भी कमी आएगी।</p>
<p>डीएमआरसी ने बताया कि सभी नए स्टेशनों पर लिफ्ट, एस्केलेटर और दिव्यांगों के लिए खास सुविधाएं होंगी। स्टेशनों की छतों पर सोलर पैनल भी लगाए गए हैं, जिनसे स्टेशनों की बिजली की जरूरत का एक हिस्सा पूरा होगा।</p>
<p>इस परियोजना का काम कोविड महामारी और जमीन अधिग्रहण से जुड़ी दिक्कतों के कारण करीब दो साल की देरी से चल रहा है। पहले इसे 2024 में पूरा किया जाना था।</p>
<p>⟦डीएमआरसी ने कहा कि इस साल के अंत तक दो और हिस्सों पर भी ट्रायल शुरू होगा।⟧</p>
[[CREDIT|⟪(डिस्क्लेमर: यह खबर सीधे सिंडिकेट फीड से पब्लिश हुई है। इसे जनसंवाद लाइव टीम ने संपादित नहीं किया है।)⟫]]""",
    kind="news", why="agency report on a metro trial run",
))

# ---------------------------------------------------------------- ANTARA: dateline "(ANTARA) -", "Pewarta / Editor" at the end
PAGES.append(dict(
    case="id-news-antarakemarau", lang="id", skin="portal", domain="suarabanua.example", site="Suara Banua",
    url="https://www.suarabanua.example/berita/nasional/bmkg-awal-musim-kemarau-2026-mundur-di-sebagian-wilayah",
    h1="BMKG: Awal musim kemarau 2026 mundur di sebagian wilayah",
    kicker="Nasional", crumbs=["Berita", "Nasional"], authors=["Rina Wulandari"], byline_html="ANTARA", byline_text="ANTARA", ld_authors=["org:ANTARA"],
    pub="2026-03-12T15:10:00+07:00", date="Kamis, 12 Maret 2026 15:10 WIB",
    caption="⟪Petani memanen padi di Karawang, Jawa Barat.⟫ ANTARA FOTO/Agus Prasetyo",
    nav=["Nasional", "Daerah", "Ekonomi", "Olahraga", "Opini", "Hiburan"], footer_nav=["Tentang kami", "Kontak", "Pedoman media siber"],
    side=[("Terpopuler", ["⟪Banjarmasin siapkan 20 bus listrik baru⟫", "Harga cabai rawit turun di pasar tradisional", "Jadwal mudik gratis 2026 dibuka"])],
    cookie="Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda.",
    related=["⟪Cara menghadapi kekeringan di musim kemarau⟫", "BMKG imbau waspada hujan lebat di Kalimantan"],
    footer="Suara Banua © 2026",
    body="""<p>Jakarta (ANTARA) - ⟦Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memprakirakan awal musim kemarau 2026 di sebagian besar wilayah Indonesia⟧ akan mundur dibandingkan dengan kondisi normal.</p>
<p>Kepala BMKG Sri Handayani dalam konferensi pers di Jakarta, Kamis, mengatakan bahwa dari 699 zona musim di Indonesia, sekitar 52 persen diprakirakan mengalami awal kemarau yang lebih lambat. ⟦“Musim kemarau akan dimulai secara bertahap mulai April hingga Juni”⟧, ujarnya.</p>
<p>Menurut dia, wilayah yang lebih dulu memasuki musim kemarau antara lain Nusa Tenggara Timur, Nusa Tenggara Barat, dan sebagian Jawa Timur. Sementara itu, sebagian besar wilayah Sumatera dan Kalimantan baru akan memasuki kemarau pada Juni.</p>
<p>BMKG juga memprakirakan sifat musim kemarau tahun ini cenderung normal hingga lebih basah dari biasanya di banyak daerah. ⟦Puncak musim kemarau diprakirakan terjadi pada Juli dan Agustus.⟧</p>
[[AD]]
<p>Menurut BMKG, kondisi tersebut dipengaruhi oleh suhu muka laut di perairan Indonesia yang masih relatif hangat serta melemahnya fenomena La Nina di Samudra Pasifik. Kondisi ini membuat pembentukan awan hujan masih cukup aktif hingga beberapa bulan ke depan.</p>
<p>Sri menambahkan, BMKG juga telah berkoordinasi dengan Badan Nasional Penanggulangan Bencana (BNPB) dan pemerintah daerah untuk mengantisipasi potensi bencana hidrometeorologi, seperti banjir dan tanah longsor, yang masih mungkin terjadi pada masa peralihan musim. Masyarakat diminta untuk tetap memperhatikan peringatan dini cuaca yang dikeluarkan BMKG.</p>
<p>Sri mengimbau pemerintah daerah, petani, dan pengelola waduk untuk memanfaatkan informasi tersebut dalam menyusun jadwal tanam dan pengelolaan air. Ia juga meminta masyarakat di daerah rawan kebakaran hutan dan lahan untuk tetap waspada meskipun kemarau diperkirakan tidak terlalu kering.</p>
<p>Kementerian Pertanian menyambut baik prakiraan tersebut. Menurut kementerian, mundurnya awal kemarau dapat memberi kesempatan bagi petani di sejumlah daerah untuk menanam padi satu kali lagi sebelum musim kering.</p>
<p>Sejumlah pemerintah daerah menyatakan akan segera menyesuaikan jadwal tanam dan distribusi air irigasi dengan prakiraan terbaru tersebut.</p>
<p>BMKG akan memperbarui prakiraan musim kemarau setiap bulan. ⟦Masyarakat dapat memantau informasi terbaru melalui situs dan aplikasi resmi BMKG.⟧</p>
[[CREDIT|⟪Pewarta: Rina Wulandari⟫]]
[[CREDIT|⟪Editor: Budi Santoso⟫]]
[[COPY|Copyright © ANTARA 2026]]""",
    kind="news", why="agency report on the dry season forecast",
))
