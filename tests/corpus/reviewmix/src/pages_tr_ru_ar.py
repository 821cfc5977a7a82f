"""Turkish, Russian and Arabic pages: a film review under "Eleştiri" and a critic's column on book prices on the same
portal, a film review ("Рецензия") with a score out of ten and a theatre award report, a travel guide and a food
writer's column against a ban on food carts."""

PAGES = []

KH_NAV = ["Gündem", "Ekonomi", "Dünya", "Kültür-Sanat", "Eleştiri", "Yazarlar", "Spor", "Yaşam"]

# ---------------------------------------------------------------- film review under "Eleştiri" with a score; no JSON-LD
PAGES.append(dict(
    case="tr-other-elestirikuyu", lang="tr", skin="portal", domain="kentharberleri.example", site="Kent Haberleri",
    url="https://www.kentharberleri.example/kultur-sanat/elestiri-kuyunun-dibindeki-isik-filmi-1928374",
    h1="‘Kuyunun Dibindeki Işık’: Güzel çekilmiş ama yarım kalmış bir köy dramı",
    deck="Yönetmen Elif Karaca’nın ikinci filmi, güçlü oyunculuklara rağmen hikâyesini toparlayamıyor.",
    kicker="Eleştiri", crumbs=["Kültür-Sanat", "Sinema"], authors=["Selin Aksoy"], byline_text="Selin Aksoy / Sinema eleştirmeni",
    byline_html='<a href="/yazar/selin-aksoy/">Selin Aksoy</a> / Sinema eleştirmeni', photo=True,
    meta="og", itemtype="Review", pub="2026-03-12T10:15:00+03:00", date="12 Mart 2026 Perşembe 10:15",
    head_rating=True, rating=dict(value=3, of=5),
    nav=KH_NAV, side=[("En çok okunanlar", ["⟪Metrobüs hattında yeni düzenleme yarın başlıyor⟫", "Asgari ücret görüşmelerinde ikinci tur"]),
                      ("Yazarlar", [("Murat Erdem", "⟪Kitap neden bu kadar pahalı?⟫"), ("Ayla Demirtaş", "Şehrin ağaçlarını kim koruyacak?")], "yazarlar")],
    cookie="⟪Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikası’nı inceleyebilirsiniz.⟫",
    tags=["Sinema", "Vizyondakiler", "Yerli film"],
    related=["⟪Elif Karaca: Köyü romantize etmek istemedim⟫", "Bu hafta vizyona giren filmler"],
    footer="⟪© 2026 Kent Haberleri. Tüm hakları saklıdır.⟫",
    body="""<p>⟦Elif Karaca’nın yeni filmi, son yıllarda gördüğüm en güzel açılış sahnelerinden biriyle başlıyor.⟧ Sabahın ilk ışığında, Orta Anadolu’da bir köyde, küçük bir kız kovasını kuyuya sarkıtıyor ve ip bir türlü suya ulaşmıyor. Tek bir planla çekilmiş bu beş dakika, kuraklığı anlatan bütün konuşmalardan daha güçlü.</p>
<p>Film, kuyusu kuruyan bir ailenin üç kuşağını anlatıyor. Baba Hasan, topraklarını satmamak için direniyor; oğlu Emre şehre gitmek istiyor; büyükanne ise her akşam köyün eski kuyularının hikâyelerini anlatıyor. ⟦Kâğıt üzerinde sade ama güçlü bir aile dramı bu.⟧</p>
<p>Sorun, filmin ikinci yarısında başlıyor. Karaca, aile dramına bir su şirketiyle ilgili gerilim hikâyesi eklemiş ve bu iki çizgi bir türlü birleşmiyor. Şirket temsilcisi karakter neredeyse bir karikatür; sahneleri, filmin geri kalanındaki incelikle hiç uyuşmuyor. ⟦Açıkçası, bu bölümlerde saatime baktığımı itiraf etmeliyim.⟧</p>
[[AD]]
<p>Oyunculuklar ise filmi ayakta tutuyor. Baba rolündeki Kemal Uysal, neredeyse hiç konuşmadan, sadece elleri ve bakışlarıyla bir ömürlük yorgunluğu anlatıyor. Büyükanneyi oynayan Saniye Yücel’in kuyu hikâyelerini anlattığı sahneler, filmin kalbi. Genç oyuncu Deniz Tan da şehre kaçmak isteyen oğul rolünde şaşırtıcı derecede olgun.</p>
<p>Müzik konusunda da çekincelerim var. Besteci Onur Bal’ın yaylı ağırlıklı müziği, sessizliğin çok daha etkili olacağı anlarda devreye giriyor ve seyirciye ne hissetmesi gerektiğini fazlasıyla açık biçimde söylüyor. Özellikle kuyunun tamamen kuruduğu sahnede müzik olmasaydı, o an çok daha sarsıcı olurdu.</p>
<p>Görüntü yönetmeni Ali Sezer’in bozkır çekimleri de ayrıca anılmayı hak ediyor. Renkler solgun, gökyüzü hep fazla geniş, insanlar hep küçük. Bu tercih, hikâyenin söylemeye çalıştığı şeyi bazen diyaloglardan daha iyi anlatıyor.</p>
<p>Sonuç olarak ‘Kuyunun Dibindeki Işık’, iyi bir filmin içinde kaybolmuş çok iyi bir film. Karaca’nın yeteneğinden şüphem yok, ama bir sonraki filmde hikâyesine daha çok güvenmesini diliyorum.</p>
<p>⟦Film, 20 Mart’tan itibaren vizyonda.⟧ ⟦Sabırlı seyirciler için önerilir.⟧</p>""",
    kind="other", why="film review under Eleştiri with a star rating",
))

# ---------------------------------------------------------------- columnist page on the same portal: argues for a fixed book price law
PAGES.append(dict(
    case="tr-opinion-kitapfiyati", lang="tr", skin="portal", domain="kentharberleri.example", site="Kent Haberleri",
    url="https://www.kentharberleri.example/kultur-sanat/kitap-neden-bu-kadar-pahali-1930211",
    h1="Kitap neden bu kadar pahalı?",
    kicker="Kültür-Sanat", crumbs=["Kültür-Sanat", "Kitap"], authors=["Murat Erdem"], byline_text="Murat Erdem",
    byline_html='<a href="/yazar/murat-erdem/">Murat Erdem</a>', photo=True,
    ld_authors=["Murat Erdem"], ld_type="Article", itemtype="Article", pub="2026-03-15T08:00:00+03:00", date="15 Mart 2026 Pazar 08:00",
    nav=KH_NAV, side=[("En çok okunanlar", ["⟪Metrobüs hattında yeni düzenleme yarın başlıyor⟫", "Asgari ücret görüşmelerinde ikinci tur"]),
                      ("Eleştiri", [("★★★", "⟪‘Kuyunun Dibindeki Işık’: Güzel çekilmiş ama yarım kalmış bir köy dramı⟫")], "elestiri")],
    cookie="⟪Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikası’nı inceleyebilirsiniz.⟫",
    bio="⟪Murat Erdem, yayıncılık ve kitap eleştirisi üzerine yazıyor.⟫",
    comments=[("okur_34", "2 saat önce", "⟪Mahallemizdeki son kitapçı da geçen ay kapandı, çok haklısınız.⟫")],
    footer="⟪© 2026 Kent Haberleri. Tüm hakları saklıdır.⟫",
    body="""<p>⟦Yirmi yıldır kitap eleştirisi yazıyorum ve okurlardan en çok aldığım soru artık bir kitap hakkında değil, fiyatlar hakkında.⟧ Yeni çıkan bir roman bugün iki yıl öncesinin neredeyse üç katı. Kâğıt pahalı, kur yüksek, kira artıyor; bunların hepsi doğru. Ama kitabın bu kadar pahalı olmasının bir nedeni de, bu ülkede kitap fiyatlarının hiçbir kurala bağlı olmaması.</p>
<p>Bugün büyük internet siteleri yeni çıkan kitapları ilk günden yüzde kırk, elli indirimle satıyor. Yayınevleri de bunu bildikleri için etiket fiyatını baştan yüksek koyuyor. ⟦Sonuçta kimse gerçek fiyatı bilmiyor ve mahalle kitapçısı bu yarışta ezilip gidiyor.⟧ Son beş yılda İstanbul’da yüzlerce bağımsız kitapçının kapandığı tahmin ediliyor.</p>
<p>Fransa ve Almanya bu sorunu yıllar önce çözdü. Sabit kitap fiyatı yasasıyla, yeni bir kitap ilk iki yıl boyunca her yerde aynı fiyata, en fazla küçük bir indirimle satılıyor. ⟦Bu sayede küçük kitapçılar ayakta kalıyor, yayınevleri de fiyatı şişirmek zorunda kalmıyor.⟧</p>
<p>Karşı çıkanlar, bunun okuru indirimlerden mahrum bırakacağını söylüyor. Kısa vadede belki. Ama uzun vadede, kitapçısı olmayan ilçelerde büyüyen çocuklar, kitabı bir market rafında değil, hiç görmeden büyüyecek. Asıl kayıp budur.</p>
<p>Bu düzenlemenin bir başka faydası da yazarlara olacaktır. Bugün bir kitabın telif ücreti, çoğu zaman etiket fiyatı üzerinden değil, indirimli satış fiyatı üzerinden hesaplanıyor. Fiyatlar belirsizleştikçe yazarın kazancı da küçülüyor. Sabit fiyat, zincirin en zayıf halkası olan yazarı ve çevirmeni de korur. Ayrıca okur, aynı kitabı farklı yerlerde farklı fiyatlarla görmenin yarattığı güvensizlikten kurtulur.</p>
<p>Meclis’te bekleyen kültür paketi bu düzenlemeyi içermiyor. İçermeli. Sabit fiyat uygulaması tek başına mucize yaratmaz; kâğıt üzerindeki vergilerin indirilmesi ve kütüphanelere alım bütçesi ayrılmasıyla birlikte düşünülmeli.</p>
<p>⟦Kitap bir lüks değil, bir ülkenin ortak hafızasıdır.⟧ Onun fiyatını yalnızca en büyük satıcının belirlemesine izin vermemeliyiz.</p>""",
    kind="opinion", why="columnist argues for a fixed book price law",
))

SV_NAV = ["Главная", "Политика", "Экономика", "Общество", "Культура", "Мнения", "Спорт", "Афиша"]

# ---------------------------------------------------------------- film review ("Рецензия") with a score out of ten, on a continental template
PAGES.append(dict(
    case="ru-other-retsenziyaledokol", lang="ru", skin="feuilleton", domain="severnyvestnik.example", site="Северный вестник",
    url="https://www.severnyvestnik.example/culture/kino/retsenziya-posledniy-ledokol-2026-03-05/",
    h1="«Последний ледокол»: красивый, холодный и пустой",
    deck="Большой блокбастер о полярной экспедиции удивляет спецэффектами, но забывает про людей.",
    kicker="Рецензия", crumbs=["Культура", "Кино"], authors=["Антон Зубарев"], byline_text="Антон Зубарев, кинокритик",
    byline_html='<a href="/authors/anton-zubarev/">Антон Зубарев</a>, кинокритик',
    ld_authors=["Антон Зубарев"], ld_type="Review", pub="2026-03-05T12:00:00+03:00", date="5 марта 2026, 12:00",
    head_rating=True, rating=dict(value=5, of=10),
    nav=SV_NAV, side=[("Самое читаемое", ["⟪В Архангельске открыли новый мост через Двину⟫", "Тарифы ЖКХ вырастут с июля"]),
                      ("Мнения", [("Колонка", "⟪Почему кинотеатрам нужны не субсидии, а зрители⟫")], "mneniya")],
    cookie="⟪Мы используем файлы cookie, чтобы сайт работал лучше.⟫",
    comments=[("Кирилл", "5 марта", "⟪Сходил вчера. Льды на экране действительно потрясающие.⟫")],
    footer="⟪© 2026 «Северный вестник». Все права защищены. 18+⟫",
    body="""<p>⟦«Последний ледокол» начинается так, что хочется аплодировать.⟧ Огромный корабль медленно входит в белое безмолвие, лёд трещит под его носом, и камера поднимается всё выше, пока судно не превращается в точку посреди бесконечного поля. На большом экране это действительно завораживает.</p>
<p>Сюжет прост. Зима 1938 года, ледокол застревает во льдах Карского моря, команда из сорока человек должна продержаться до весны. Капитан Громов, которого играет Игорь Лавров, пытается сохранить порядок, молодой радист влюбляется в судового врача, а где-то в трюме зреет бунт. ⟦Всё это мы много раз видели, но в хорошем исполнении старая схема работает.⟧</p>
<p>Беда в том, что исполнение здесь только техническое. Режиссёр Денис Орлов явно вложил все силы в компьютерную графику: ледяные торосы, полярное сияние, шторм, ломающий корпус корабля. Но люди на этом фоне остаются картонными. ⟦Я так и не понял, чего хочет капитан, кроме того, чтобы красиво стоять на мостике.⟧</p>
<p>Любовная линия написана так, будто её добавили по требованию продюсеров, а бунт в трюме разрешается за пять минут экранного времени. Хуже всего диалоги: герои говорят лозунгами, даже когда умирают от холода.</p>
<p>Единственное исключение — Вера Соколова в роли судового врача. Её героиня устала, иронична и по-настоящему напугана, и каждый раз, когда она появляется в кадре, фильм ненадолго оживает. Жаль, что сценаристы не дали ей больше места.</p>
<p>Отдельно стоит сказать о звуке. Треск льда, скрип переборок и вой ветра записаны так, что в зале становится по-настоящему холодно. В такие моменты понимаешь, каким мог бы быть этот фильм, если бы его авторы доверяли тишине больше, чем музыке, которая звучит почти непрерывно.</p>
<p>Фильм снят при поддержке государственного фонда, и это заметно по финалу с торжественной музыкой и флагом на мачте. ⟦Смотреть стоит ради льда, а не ради истории.⟧</p>
<p>⟦В прокате с 12 марта.⟧</p>""",
    kind="other", why="film review with score out of ten",
))

# ---------------------------------------------------------------- theatre award ceremony report on a portal
PAGES.append(dict(
    case="ru-news-premiyarampa", lang="ru", skin="portal", domain="severnyvestnik.example", site="Северный вестник",
    url="https://www.severnyvestnik.example/culture/teatr/premiyu-belaya-rampa-poluchil-spektakl-dom-na-naberezhnoy-2026-03-28/",
    h1="Премию «Белая рампа» получил спектакль «Дом на набережной»",
    deck="Церемония прошла в Архангельском драмтеатре; лучшей актрисой названа Дарья Климова.",
    kicker="Культура", crumbs=["Культура", "Театр"], authors=["Ольга Смирнова"], byline_text="Ольга Смирнова",
    byline_html='Автор: <a href="/authors/olga-smirnova/">Ольга Смирнова</a>',
    ld_authors=["Ольга Смирнова"], ld_type="NewsArticle", pub="2026-03-28T22:40:00+03:00", date="28 марта 2026, 22:40",
    caption="⟪Участники спектакля на сцене после объявления победителя.⟫ Фото: пресс-служба театра",
    nav=SV_NAV, side=[("Самое читаемое", ["⟪В Архангельске открыли новый мост через Двину⟫", "Тарифы ЖКХ вырастут с июля"]),
                      ("Рецензии", [("5/10", "⟪«Последний ледокол»: красивый, холодный и пустой⟫")], "retsenzii"),
                      ("Мнения", [("Колонка", "Театру нужен не фестиваль, а новая крыша")], "mneniya")],
    cookie="⟪Мы используем файлы cookie, чтобы сайт работал лучше.⟫",
    footer="⟪© 2026 «Северный вестник». Все права защищены. 18+⟫",
    body="""<p>⟦Спектакль «Дом на набережной» Вологодского театра драмы стал лауреатом региональной театральной премии «Белая рампа».⟧ Церемония награждения прошла в субботу вечером в Архангельском драматическом театре.</p>
<p>На премию в этом году претендовали 34 спектакля из 11 театров Северо-Запада, в шорт-лист вошли восемь постановок. ⟦Жюри под председательством театрального критика Марины Лебедевой⟧ отметило «точность режиссуры и редкую ансамблевость» вологодской постановки.</p>
<p>Лучшей актрисой признана Дарья Климова из Мурманского областного театра за роль в спектакле «Полярная ночь». Приз за лучшую мужскую роль получил Сергей Белов (Петрозаводск). Лучшим режиссёром названа Анна Гордеева, поставившая «Дом на набережной».</p>
[[READ|⟪Шорт-лист «Белой рампы»: восемь спектаклей, которые стоит увидеть⟫]]
<p>«Мы ставили этот спектакль два года, и половину этого времени мы просто разговаривали», — сказала Гордеева, получая награду. По её словам, денежная часть премии будет потрачена на гастроли театра по районам области.</p>
<p>Приз зрительских симпатий, который определяется онлайн-голосованием, достался музыкальному спектаклю «Поморская свадьба» Северодвинского театра. За него проголосовали более 6 тысяч человек. Лучшей работой художника жюри признало сценографию Ильи Ковалёва к спектаклю «Полярная ночь».</p>
<p>Премия «Белая рампа» учреждена в 2011 году фондом поддержки региональных театров. Её денежный фонд в этом году составил 3 млн рублей. Специальный приз «За верность сцене» вручили 86-летнему актёру Архангельского театра Николаю Фёдорову.</p>
<p>В церемонии приняли участие около 700 зрителей, трансляцию в интернете посмотрели ещё около 20 тысяч человек. ⟦Следующая церемония пройдёт в Петрозаводске в марте 2027 года.⟧</p>
<p>Как сообщили организаторы, спектакли-лауреаты в апреле покажут в Архангельске на малой сцене драмтеатра. ⟦Билеты поступят в продажу 1 апреля.⟧</p>""",
    kind="news", why="report of a theatre award ceremony with winners and quotes",
))

# ---------------------------------------------------------------- Arabic travel guide on a lifestyle magazine (RTL)
PAGES.append(dict(
    case="ar-other-dalilshafshawan", lang="ar", skin="foodmag", domain="rahalat-magazine.example", site="مجلة رحلات",
    tagline="سافر أبعد، أنفق أقل",
    url="https://www.rahalat-magazine.example/guides/48-saa-fi-shafshawan/",
    h1="دليلك إلى 48 ساعة في شفشاون: أين تنام وماذا تأكل",
    deck="المدينة الزرقاء في جبال الريف في عطلة نهاية أسبوع واحدة، من دون استعجال.",
    kicker="أدلة السفر", authors=["سلمى بنعلي"], byline_text="بقلم: سلمى بنعلي", byline_html='بقلم: <a href="/author/salma-benali/">سلمى بنعلي</a>',
    ld_authors=["سلمى بنعلي"], ld_type="Article", pub="2026-02-08T09:00:00+01:00", date="8 فبراير 2026",
    nav=["الرئيسية", "وجهات", "أدلة السفر", "طعام", "نصائح", "رأي"],
    side=[("الأكثر قراءة", ["⟪أرخص عشر وجهات أوروبية لهذا الربيع⟫", "كيف تحزم حقيبة يد لأسبوع كامل", "أجمل القطارات الليلية في المنطقة"], "guides")],
    related=["⟪دليلك إلى فاس القديمة في ثلاثة أيام⟫", "أفضل المقاهي على البحر في طنجة"],
    newsletter="⟪اشترك في نشرتنا واحصل على دليل جديد كل أسبوع⟫",
    footer="⟪© 2026 مجلة رحلات. جميع الحقوق محفوظة.⟫",
    cookie="⟪نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا.⟫",
    body="""<p>⟦زرت شفشاون للمرة الأولى قبل عشر سنوات، وما زلت أعود إليها كلما احتجت إلى أن أتنفس.⟧ المدينة الصغيرة المعلقة على سفح جبال الريف معروفة بأزقتها المطلية بالأزرق، لكنها أكثر من مجرد خلفية جميلة للصور. في هذا الدليل أقترح عليكم برنامجاً لعطلة نهاية أسبوع واحدة، مع عناوين جربتها بنفسي.</p>
<h2>اليوم الأول: المدينة القديمة</h2>
<p>ابدأوا صباحكم مبكراً، قبل وصول الحافلات السياحية، من ساحة وطاء الحمام. ⟦الضوء في الساعة الثامنة صباحاً يجعل الجدران الزرقاء تبدو كأنها تتوهج.⟧ تناولوا الفطور في أحد المقاهي الصغيرة المطلة على الساحة: خبز ساخن وزيت زيتون وجبن الماعز المحلي وكأس شاي بالنعناع.</p>
<p>بعد ذلك تجولوا بلا خريطة. الضياع في الأزقة هو أفضل طريقة للتعرف على المدينة، وكل طريق صاعد يقودكم في النهاية إلى نقطة مطلة. زوروا القصبة ومتحفها الصغير، ثم انزلوا إلى رأس الماء حيث يغسل السكان الصوف في مياه النبع.</p>
<h2>اليوم الثاني: الجبل</h2>
<p>خصصوا اليوم الثاني للمشي. الطريق إلى المسجد الإسباني على التلة المقابلة يستغرق نحو نصف ساعة، والمنظر عند الغروب يستحق كل خطوة. أما إذا كنتم من محبي المشي الطويل، فاستأجروا مرشداً محلياً للوصول إلى شلالات أقشور، على بعد ساعة بالسيارة.</p>
<h2>أين تنامون وماذا تأكلون</h2>
<p>⟦أنصح بالإقامة في دار تقليدية داخل المدينة القديمة بدلاً من الفنادق الكبيرة على الطريق.⟧ الأسعار تبدأ من نحو 400 درهم لليلة مع الفطور خارج موسم الصيف. وللعشاء، جربوا الطاجين بلحم الماعز والبرقوق، والبيصارة، حساء الفول المجفف، في أي مطعم عائلي بعيد عن الساحة الرئيسية.</p>
<p>إذا كان لديكم وقت إضافي، فخصصوا ساعة لسوق الخميس الأسبوعي، حيث يأتي الفلاحون من القرى المجاورة لبيع الجبن والعسل والزيتون والأقمشة المنسوجة يدوياً. الأسعار هنا أرخص بكثير من محلات المدينة القديمة، والمساومة جزء من المتعة.</p>
<p>نصيحة أخيرة: احملوا نقوداً، فكثير من المحلات الصغيرة لا تقبل البطاقات، واحترموا خصوصية السكان عند التصوير. ⟦شفشاون مدينة يعيش فيها الناس، وليست ديكوراً.⟧</p>""",
    kind="other", why="travel guide with itinerary and practical tips",
))

# ---------------------------------------------------------------- food writer's column against banning food carts (RTL portal)
PAGES.append(dict(
    case="ar-opinion-arabatakl", lang="ar", skin="portal", domain="alwaha-news.example", site="الواحة نيوز",
    url="https://www.alwaha-news.example/food/2026/03/11/qarar-man-arabat-al-taam-zulm-lil-madina/",
    h1="قرار منع عربات الطعام ظلم للمدينة وأهلها",
    kicker="مطبخ", crumbs=["منوعات", "مطبخ"], authors=["ليلى الحسيني"], byline_text="بقلم: ليلى الحسيني، كاتبة في شؤون الطعام",
    byline_html='بقلم: <a href="/writer/layla-alhusseini/">ليلى الحسيني</a>، كاتبة في شؤون الطعام', photo=True,
    meta="og", itemtype="Article", pub="2026-03-11T08:30:00+02:00", date="الأربعاء 11 مارس 2026 - 08:30",
    nav=["الرئيسية", "محليات", "اقتصاد", "منوعات", "مطبخ", "رأي", "رياضة"],
    side=[("الأكثر قراءة", ["⟪افتتاح خط الحافلات الجديد بين وسط المدينة والجامعة⟫", "ارتفاع أسعار الخضار مع بداية رمضان"]),
          ("مطبخ", [("وصفة", "⟪طريقة عمل المسخن بخبز الطابون في البيت⟫"), ("مراجعة", "جربنا أشهر محل فلافل في الحي القديم")], "food")],
    cookie="⟪يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربة التصفح.⟫",
    bio="⟪ليلى الحسيني كاتبة ومؤلفة كتاب «مطبخ الشارع».⟫",
    comments=[("أبو سامر", "منذ ساعتين", "⟪كلام في الصميم، عربة الذرة أمام بيتنا هي رزق عائلة كاملة.⟫")],
    footer="⟪جميع الحقوق محفوظة © 2026 الواحة نيوز⟫",
    body="""<p>⟦منذ خمسة عشر عاماً أكتب عن الطعام في هذه المدينة، وأغلب ما أحببته فيها أكلته واقفاً على الرصيف.⟧ كعك بالسمسم من عربة قرب الجامعة، وذرة مشوية على الكورنيش، وفول بالليمون في الصباح الباكر قبل أن تفتح المحلات أبوابها. لذلك لم أستطع أن أقرأ قرار البلدية الأخير بمنع عربات الطعام من الشوارع الرئيسية إلا بوصفه خسارة كبيرة.</p>
<p>تقول البلدية إن القرار يهدف إلى تنظيم الأرصفة وحماية الصحة العامة. ⟦لا أحد يعترض على النظافة أو على حق المشاة في رصيف واسع.⟧ لكن المنع الشامل ليس تنظيماً، بل هو أسهل طريقة لتجنب التنظيم.</p>
<p>أصحاب هذه العربات ليسوا دخلاء على المدينة. كثير منهم يعمل في المكان نفسه منذ عشرين عاماً، ويعيل أسرة كاملة من دخل بسيط. ⟦والعربة بالنسبة إلى الطالب والعامل هي الوجبة الوحيدة التي يستطيع دفع ثمنها.⟧ إخراجها إلى أطراف المدينة يعني إغلاقها فعلياً.</p>
<p>هناك حلول جربتها مدن كثيرة: تراخيص سنوية بسعر معقول، وفحص صحي دوري، ومواقع محددة في الساحات تتسع للعربات والمارة معاً. هذه الحلول تحتاج إلى عمل وإلى موظفين يتابعون، لكنها تحفظ مصدر رزق مئات العائلات وتبقي الشارع حياً.</p>
<p>ثم إن الحديث عن الصحة العامة يحتاج إلى أرقام. لم تنشر البلدية أي دراسة تربط عربات الطعام بحالات تسمم، ولم تقدم إحصاءات عن المخالفات التي ارتكبتها. وإذا كانت هناك عربات لا تلتزم بشروط النظافة، فالحل هو محاسبتها هي، لا معاقبة الجميع.</p>
<p>المدينة التي تطرد طعام شارعها تفقد جزءاً من ذاكرتها. ⟦أدعو المجلس البلدي إلى تجميد القرار وفتح حوار حقيقي مع أصحاب العربات قبل تطبيقه.⟧</p>""",
    kind="opinion", why="food writer’s column urging the council to drop a ban",
))
