"""Turkish, Russian, Arabic and Hindi pages."""
from lang import mk

PAGES = []

PAGES.append(mk(
    case="tr-news-portal-metrobus", lang="tr", html_lang="tr-TR", skin="portal", domain="bogazgazetesi.example", site="Boğaz Gazetesi", secpath="istanbul",
    url="https://www.bogazgazetesi.example/istanbul/metrobus-hattinda-gece-seferleri-basliyor-haberi-1184520",
    h1="Metrobüs hattında gece seferleri 1 Nisan’da başlıyor",
    deck="Seferler gece yarısından sabah beşe kadar yirmi dakikada bir yapılacak.",
    section="İstanbul", authors=None, byline_text="Haber Merkezi", meta_author="Haber Merkezi", ld_authors=["org:Boğaz Gazetesi"], ld_type="NewsArticle",
    pub="2026-03-20T09:40:00+03:00", date="20.03.2026 - 09:40", topdate="20 Mart 2026 Cuma", weather="İstanbul 13°C",
    hero="Zincirlikuyu durağında bekleyen yolcular. ⟪Fotoğraf: Kerem Aydın / AA⟫",
    related=["⟪Marmaray seferlerine bakım düzenlemesi⟫", "İstanbulkart bakiye iadesi nasıl alınır", "Köprüde şerit daraltma uyarısı"],
    mr=["⟪Kadıköy’de su kesintisi: hangi mahalleler etkilenecek?⟫"], tags=["Metrobüs", "Ulaşım", "İstanbul"],
    body="""⟦İstanbul’da metrobüs hattında gece seferleri 1 Nisan’dan itibaren yeniden başlıyor.⟧ Belediyeden yapılan açıklamaya göre seferler gece yarısından sabah saat beşe kadar yirmi dakikada bir düzenlenecek.

Gece seferleri, yolcu sayısının düşmesi gerekçesiyle 2024 yılında kaldırılmıştı.

[[AD]]

⟦Ulaşım daire başkanı Cemre Yıldız, gece çalışanların yoğun talebi olduğunu söyledi.⟧ Yıldız, ilk üç ay boyunca yolcu sayılarının izleneceğini ve gerekirse sefer sıklığının artırılacağını belirtti.

[[ALSO|İstanbulkart bakiye iadesi nasıl alınır]]

⟦Gece seferlerinde ücret tarifesi değişmeyecek.⟧ Öğrenci ve öğretmen indirimleri de geçerli olacak.

⟦Hat üzerindeki tüm duraklara güvenlik görevlisi yerleştirilecek.⟧""",
    kind="news", why="reports night bus service resuming",
))

PAGES.append(mk(
    case="tr-opinion-column-kira", lang="tr", html_lang="tr-TR", skin="column", domain="ankarapostasi.example", site="Ankara Postası", secpath="yazarlar",
    url="https://ankarapostasi.example/yazarlar/elif-sahin-karaca/ogrenci-yurtlari-kira-sorununun-kilididir",
    h1="Öğrenci yurtları kira sorununun kilididir",
    deck="Her yeni yatak, şehirde bir daireyi aile için serbest bırakır.",
    section="Yazarlar", authors=["Elif Şahin-Karaca"], byline_text="Yazan: Doç. Dr. Elif Şahin-Karaca",
    byline_html='Yazan: <a href="/yazarlar/elif-sahin-karaca">Doç. Dr. Elif Şahin-Karaca</a>', role="Köşe yazarı",
    ld_authors=["org:Ankara Postası"], ld_type="OpinionNewsArticle",
    pub="2026-09-07T08:30:00+03:00", date="07 Eylül 2026 Pazartesi",
    related=["⟪Şehir merkezleri kimin için?⟫", "Kira artışında yüzde 25 sınırı bitti, sonra?", "Kampüs şehirlerin yükü"],
    mr=["⟪Üniversite tercih sonuçları açıklandı⟫"],
    body="""⟦Eylül geldiğinde üniversite şehirlerinde kiralar bir kez daha sıçrıyor.⟧ Ankara’da, Eskişehir’de, İzmir’de öğrenciler beş kişi bir daireye sığışıyor; aileler ise ev sahibinin öğrenciye daha yüksek fiyatla kiralayabileceği bir daireyi kaybetmemek için zam üstüne zam kabul ediyor.

[[AD]]

⟦Bu tabloyu değiştirmenin en hızlı yolu yurt kapasitesini artırmaktır.⟧ Devlet yurtlarında bu yıl başvuran her üç öğrenciden biri yer bulamadı. Bu öğrencilerin büyük kısmı kiralık piyasaya yöneldi.

[[ALSO|Kampüs şehirlerin yükü]]

⟦Önerim şudur: kamu arazilerinde, üniversitelerle ortak, maliyetine kiralanan yurtlar.⟧ Özel yurtların fiyatlarını tavana bağlamak yerine arzı artırmak, hem öğrenciyi hem kiracı aileyi rahatlatır.

⟦Her yeni yurt yatağı, şehirde bir aileye bir ev demektir.⟧

[[CREDIT|<em>⟪Doç. Dr. Elif Şahin-Karaca, şehir planlama alanında⟫ öğretim üyesidir.</em>]]""",
    kind="opinion", why="signed column arguing for more student dorms",
))

PAGES.append(mk(
    case="ru-news-newsroom-most", lang="ru", html_lang="ru", skin="newsroom", domain="volzhskyvestnik.example", site="Волжский вестник", secpath="gorod",
    url="https://volzhskyvestnik.example/gorod/2026/04/15/staryy-most-zakroyut-na-remont-na-dva-goda",
    h1="Старый мост закроют на ремонт на два года",
    deck="Объезд пройдёт по новому мосту, автобусы изменят маршруты с 1 мая.",
    section="Город", authors=["Анна Белова", "Игорь Соколов"], byline_text="Текст: Анна Белова, Игорь Соколов. Фото: Дмитрий Лаптев",
    byline_html='Текст: <a href="/authors/anna-belova/">Анна Белова</a>, <a href="/authors/igor-sokolov/">Игорь Соколов</a>. Фото: Дмитрий Лаптев',
    ld_authors=["Анна Белова"], meta_author="Волжский вестник", ld_type="NewsArticle",
    pub="2026-04-15T10:05:00+03:00", date="15 апреля 2026, 10:05",
    hero="Старый мост через Волгу в утренний час пик. Фото: Дмитрий Лаптев",
    related=["⟪Как изменятся маршруты автобусов⟫", "История Старого моста в фотографиях", "Сколько стоит ремонт мостов в области"],
    mr=["⟪В городе откроют новый бассейн⟫"], tags=["Мост", "Ремонт", "Транспорт"],
    body="""⟦Старый мост через Волгу закроют для движения транспорта с 1 мая на два года,⟧ сообщили в городской администрации. Пешеходная часть будет открыта до осени.

Ремонт оценивается в 4,2 млрд рублей. Подрядчик должен заменить пролёты и опоры, которые не ремонтировались с 1987 года.

[[AD]]

⟦По словам заместителя мэра Виктора Рябова, объезд пройдёт по Новому мосту,⟧ где на время ремонта добавят реверсивную полосу.

[[ALSO|⟪История Старого моста в фотографиях⟫]]

⟦Шесть автобусных маршрутов изменят схему движения.⟧ Жители правобережья опасаются пробок: по оценкам горожан, дорога до центра займёт на двадцать минут больше.

⟦Подробную схему объезда обещают опубликовать до конца апреля.⟧""",
    kind="news", why="reports a bridge closure for repairs",
))

PAGES.append(mk(
    case="ru-opinion-column-dvory", lang="ru", html_lang="ru", skin="column", domain="gorodskiedela.example", site="Городские дела", secpath="mneniya",
    url="https://gorodskiedela.example/mneniya/dvory-bez-mashin-eto-ne-utopiya",
    h1="Дворы без машин — это не утопия",
    deck="Парковка во дворе кажется правом, но за неё платят все, кто в нём живёт.",
    section="Мнения", authors=["Ольга Кравец-Шульман"], byline_text="Ольга Кравец-Шульман", byline_at="none",
    box=[("Ольга Кравец-Шульман", "⟪урбанист, колумнист «Городских дел»⟫", "")],
    meta_author="Павел Гречко", ld_authors=["Павел Гречко"], ld_type="OpinionNewsArticle",
    pub="2026-07-01T12:00:00+03:00", date="1 июля 2026",
    related=["⟪Зачем городу широкие тротуары⟫", "Детская площадка как общественное пространство", "Кто платит за парковку"],
    mr=["⟪Где в городе купаться этим летом⟫"],
    body="""⟦В нашем дворе сорок машино-мест и двести жителей.⟧ Машины занимают почти весь двор, а дети гуляют на узкой полоске между подъездом и бордюром.

Мы привыкли считать, что парковка у подъезда — это удобство. Но удобство это оплачивают все: асфальтом вместо газона, шумом по утрам, скорой помощью, которая не может подъехать к дверям.

[[AD]]

⟦В десятках европейских городов дворы уже освободили от машин.⟧ Парковку вынесли на улицу или в перехватывающие паркинги, а во дворах появились деревья и скамейки.

[[ALSO|Кто платит за парковку]]

⟦Начать можно с малого: один двор, одно собрание жильцов, один год эксперимента.⟧ Если через год жители захотят вернуть машины, их вернут.

⟦Я уверена, что возвращать их никто не захочет.⟧

[[CREDIT|<em>⟪Мнение автора может не совпадать с позицией редакции.⟫</em>]]""",
    kind="opinion", why="column arguing for car-free courtyards",
))

PAGES.append(mk(
    case="ar-news-portal-miyah", lang="ar", html_lang="ar", skin="portal", domain="alwadi-news.example", site="الوادي نيوز", secpath="local",
    url="https://alwadi-news.example/local/2026/03/16/water-rationing-amman-east",
    h1="توزيع المياه في شرق عمّان مرة واحدة أسبوعياً حتى نهاية الصيف",
    deck="سلطة المياه تقول إن مصادر الضخ تراجعت بنسبة 18 في المئة.",
    section="محليات", authors=["محمود الزعبي"], byline_text="كتب: محمود الزعبي",
    byline_html='كتب: <a href="/author/mahmoud-alzoubi">محمود الزعبي</a>',
    ld_authors=["org:الوادي نيوز"], ld_type="NewsArticle",
    pub="2026-03-16T20:30:00+03:00", date="الإثنين 16 آذار 2026 - 08:30 مساءً", topdate="الإثنين، 16 آذار 2026", weather="عمّان 15°",
    hero="خزانات مياه على أسطح المنازل في شرق عمّان. ⟪تصوير: سامر الحلبي⟫",
    related=["⟪كيف تقدّم طلب صهريج مياه؟⟫", "مشروع الناقل الوطني: أين وصل؟", "الأمطار دون المعدل للعام الثالث"],
    mr=["⟪تعديل مواعيد الدوام الرسمي في رمضان⟫"], tags=["المياه", "عمّان"],
    body="""⟦أعلنت سلطة المياه أن الأحياء الشرقية في عمّان ستتلقى المياه مرة واحدة في الأسبوع⟧ بدلاً من مرتين، اعتباراً من مطلع نيسان وحتى نهاية أيلول.

وقال الناطق باسم السلطة إن كميات الضخ من الآبار الجوفية تراجعت بنسبة 18 في المئة مقارنة بالعام الماضي بسبب ضعف الموسم المطري.

[[AD]]

⟦وأوضح أن الجدول الجديد سينشر على الموقع الإلكتروني للسلطة⟧ وفي المساجد والمراكز الصحية في كل حي قبل أسبوع من تطبيقه.

[[ALSO|مشروع الناقل الوطني: أين وصل؟]]

⟦وعبّر سكان في حي النزهة عن قلقهم من طول فترة الانتظار،⟧ وقالت أم خالد إن خزان بيتها لا يكفي أسرتها أكثر من أربعة أيام.

⟦وتعهدت السلطة بزيادة عدد الصهاريج المجانية للأسر الأكثر حاجة.⟧""",
    kind="news", why="reports a water rationing schedule",
))

PAGES.append(mk(
    case="ar-opinion-column-madina", lang="ar", html_lang="ar", skin="column", domain="alraey-alaam.example", site="الرأي العام", secpath="opinion",
    url="https://alraey-alaam.example/opinion/2026/05/11/cities-need-shade",
    h1="مدننا تحتاج إلى الظل قبل الأبراج",
    deck="الأرصفة المكشوفة تطرد المشاة من الشوارع في نصف أشهر السنة.",
    section="مقالات", authors=["ريم بن سالم"], byline_text="بقلم: د. ريم بن سالم",
    byline_html='بقلم: <a href="/author/reem-bin-salem">د. ريم بن سالم</a>', role="كاتبة وأكاديمية",
    meta_author="الرأي العام", ld_extra={"author": "كتّاب الرأي"}, ld_type="OpinionNewsArticle",
    pub="2026-05-11T07:00:00+04:00", date="11 مايو 2026",
    related=["⟪المدينة التي نمشي فيها⟫", "عن الحدائق الصغيرة", "حرارة الصيف والعمل في الخارج"],
    mr=["⟪إطلاق خط حافلات جديد إلى المطار⟫"],
    body="""⟦في شهر مايو تتجاوز حرارة الرصيف في الظهيرة خمسين درجة،⟧ ولا يسير عليه إلا من لا يملك سيارة. ومع ذلك ما زلنا نخطط شوارعنا كأن الشمس ليست مشكلة.

نبني الأبراج الزجاجية ونوسع الطرق، لكننا ننسى أبسط ما عرفته مدننا القديمة: الأروقة المظللة والأشجار والممرات الضيقة التي تحفظ البرودة.

[[AD]]

⟦أقترح أن يكون الظل شرطاً في كل رخصة بناء على الشوارع التجارية،⟧ كما هو الحال مع مواقف السيارات. رواق أمام المحل، أو شجرة كل عشرة أمتار.

[[ALSO|عن الحدائق الصغيرة]]

⟦هذه ليست رفاهية، بل صحة عامة.⟧ فالمشي في الظل يخفض الإجهاد الحراري ويشجع الناس على ترك سياراتهم للمسافات القصيرة.

⟦المدينة التي لا ظل فيها مدينة لا يمشي فيها أحد.⟧

[[CREDIT|<em>⟪ريم بن سالم أستاذة التخطيط العمراني⟫ وباحثة في مناخ المدن.</em>]]""",
    kind="opinion", why="op-ed arguing for shaded streets",
))

PAGES.append(mk(
    case="hi-news-asia-metro", lang="hi", html_lang="hi-IN", skin="asia", domain="dainikprabhat.example", site="दैनिक प्रभात", secpath="rajya",
    url="https://dainikprabhat.example/rajya/lucknow-metro-naya-route-survey-shuru-2026-03-14",
    h1="लखनऊ मेट्रो के नए रूट का सर्वे शुरू, 12 स्टेशन प्रस्तावित",
    deck="चारबाग से वसंत कुंज तक बनने वाले कॉरिडोर की लागत करीब 5,800 करोड़ रुपये आंकी गई है।",
    section="राज्य", authors=["अंकित शर्मा"], byline_text="रिपोर्ट: अंकित शर्मा, एजेंसी इनपुट के साथ",
    byline_html='रिपोर्ट: <a href="/author/ankit-sharma">अंकित शर्मा</a>, एजेंसी इनपुट के साथ',
    updated="⟪Edited By: नेहा वर्मा⟫ | अपडेटेड: 14 मार्च 2026, 10:20 IST",
    ld_authors=["Neha Verma"], ld_type="NewsArticle",
    pub="2026-03-14T09:05:00+05:30", date="14 मार्च 2026, 09:05 IST", topdate="शनिवार, 14 मार्च 2026",
    related=["⟪मेट्रो किराये में बढ़ोतरी का प्रस्ताव⟫", "शहर में नई इलेक्ट्रिक बसें", "चारबाग स्टेशन का नया रूप"],
    mr=["⟪यूपी बोर्ड रिजल्ट की तारीख पर बड़ा अपडेट⟫"], tags=["लखनऊ", "मेट्रो"],
    body="""⟦लखनऊ मेट्रो के दूसरे कॉरिडोर के लिए जमीन का सर्वे शुक्रवार से शुरू हो गया।⟧ यह कॉरिडोर चारबाग से वसंत कुंज तक बनेगा और इस पर 12 स्टेशन प्रस्तावित हैं।

मेट्रो रेल कॉरपोरेशन के अनुसार परियोजना की अनुमानित लागत करीब 5,800 करोड़ रुपये है।

[[AD]]

⟦अधिकारियों ने बताया कि सर्वे तीन महीने में पूरा होगा,⟧ जिसके बाद विस्तृत परियोजना रिपोर्ट केंद्र सरकार को भेजी जाएगी।

[[ALSO|शहर में नई इलेक्ट्रिक बसें]]

⟦पुराने लखनऊ के व्यापारियों ने निर्माण के दौरान यातायात को लेकर चिंता जताई है।⟧ अमीनाबाद व्यापार मंडल के अध्यक्ष ने कहा कि बाजार की सड़कें पहले से संकरी हैं।

⟦कॉरपोरेशन का दावा है कि काम 2030 तक पूरा हो जाएगा।⟧""",
    kind="news", why="reports a metro corridor survey",
))

PAGES.append(mk(
    case="hi-opinion-column-pani", lang="hi", html_lang="hi-IN", skin="column", domain="vicharmanch.example", site="विचार मंच", secpath="vichar",
    url="https://vicharmanch.example/vichar/talab-bachaiye-shahar-bachega",
    h1="तालाब बचाइए, शहर अपने आप बचेगा",
    deck="हर मानसून में डूबते मोहल्ले उन तालाबों की याद दिलाते हैं जिन्हें हमने पाट दिया।",
    section="विचार", authors=["सुधा त्रिपाठी"], byline_text="लेखक: डॉ. सुधा त्रिपाठी",
    byline_html='लेखक: <a href="/author/sudha-tripathi">डॉ. सुधा त्रिपाठी</a>', role="⟪स्तंभकार⟫",
    meta_author="विचार मंच", ld_type="OpinionNewsArticle",
    pub="2026-07-20T06:30:00+05:30", date="20 जुलाई 2026",
    related=["⟪नदियों को रास्ता दीजिए⟫", "बारिश का पानी कहां जाता है", "गांव के कुएं की कहानी"],
    mr=["⟪मानसून: अगले तीन दिन भारी बारिश का अलर्ट⟫"],
    body="""⟦हर साल जुलाई में हमारे शहरों के कुछ मोहल्ले पानी में डूब जाते हैं।⟧ और हर साल हम नालों की सफाई और पंपों की कमी की बात करते हैं।

असल बात कम कही जाती है। इन्हीं मोहल्लों में कभी तालाब थे, जो बारिश का पानी अपने भीतर समेट लेते थे। पिछले चालीस वर्षों में इनमें से आधे से अधिक पाट दिए गए।

[[AD]]

⟦तालाब केवल पानी का भंडार नहीं, शहर का स्पंज हैं।⟧ वे बाढ़ को रोकते हैं, भूजल को भरते हैं और गर्मी में आसपास का तापमान कम रखते हैं।

[[ALSO|बारिश का पानी कहां जाता है]]

⟦मेरा सुझाव है कि हर नगर निगम अपने बचे तालाबों का सार्वजनिक नक्शा बनाए⟧ और उन पर किसी भी तरह के निर्माण पर पूरी रोक लगाए।

⟦जो शहर अपने तालाब बचा लेगा, उसे पंपों की जरूरत कम पड़ेगी।⟧

[[CREDIT|<em>⟪(लेखिका पर्यावरण भूगोल की प्रोफेसर हैं। ये उनके निजी विचार हैं।)⟫</em>]]""",
    kind="opinion", why="op-ed arguing to protect urban ponds",
))
