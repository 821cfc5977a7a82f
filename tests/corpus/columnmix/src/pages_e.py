"""Turkish, Russian, Arabic, Hindi, Polish, Greek and Swedish pages: a first-person column with no metadata and a desk
report (Turkey), an interview (Russia), a column by photo and column name and a report (Arabic), an op-ed with a
disclaimer and a horoscope (Hindi), a felieton (Poland), an op-ed declared only in JSON-LD (Greece), a signed leader (Sweden)."""

PAGES = []

# ---------------------------------------------------------------- first-person blog-style column under /haber/, no metadata
PAGES.append(dict(
    case="tr-opinion-portal-sahilyolu", lang="tr", skin="portal", domain="egepostasi.example", site="Ege Postası", meta="min", microdata=False,
    url="https://www.egepostasi.example/haber/kordon-u-arabalara-kapatmanin-zamani-geldi-218834",
    h1="Kordon’u arabalara kapatmanın zamanı geldi", crumbs=["Gündem", "İzmir"],
    authors=["Deniz Aksoy"], byline_text="Yazan: Deniz Aksoy", pub="2026-03-12T09:41:00+03:00", date="12.03.2026 - 09:41",
    nav=["Gündem", "İzmir", "Ekonomi", "Spor", "Yazarlar", "Kültür-Sanat", "Sağlık"],
    cookie="⟪Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikası’nı inceleyebilirsiniz.⟫",
    side=[("En çok okunanlar", ["⟪Körfez’de deniz salyası uyarısı⟫", "Metro hattında yeni sefer saatleri", "Göztepe’de teknik direktör değişikliği"], "haber"),
          ("Yazarlar", [("Mehmet Tunç", "⟪Belediye bütçesi nereye gidiyor?⟫"), ("Selin Ural", "Bahar gelirken")], "yazarlar")],
    related=["Kordon’da trafik düzenlemesi: Hafta sonu kapatma önerisi", "Alsancak’ta otopark sorunu büyüyor"],
    comments=[("Hakan", "12.03.2026 11:02", "⟪Kesinlikle katılıyorum, en azından hafta sonları kapatılsın.⟫"), ("esra_izm", "12.03.2026 12:40", "Esnaf ne olacak peki?")],
    footer="⟪© 2026 Ege Postası. Tüm hakları saklıdır.⟫",
    body="""<p>⟦Geçen pazar sabahı Kordon’da yürürken bir şey fark ettim: denizi duyamıyordum.⟧ Sağımda körfez, solumda dört şeritlik yol vardı ve motor sesleri dalgaların sesini bastırıyordu.</p>
<p>Yirmi yıldır bu şehirde yaşıyorum. Kordon benim için her zaman şehrin nefes aldığı yer oldu. Ama itiraf edeyim, son yıllarda orada nefes almak giderek zorlaşıyor. Hafta sonları park etmek için dönen arabalar, kaldırıma çıkan motosikletler, kornalar…</p>
<p>⟦Bence artık cesur bir karar vermenin zamanı geldi: Kordon’u en azından hafta sonları trafiğe kapatmalıyız.⟧ Dünyanın pek çok sahil kentinde bu yapıldı ve hiçbirinde esnaf iflas etmedi; tersine, yürüyen insan daha çok oturur, daha çok harcar.</p>
<div class="ilgili-haber"><span>İlgili haber:</span> <a href="/haber/kordon-trafik">⟪Büyükşehir’den Kordon için yeni otopark projesi⟫</a></div>
<p>Biliyorum, itiraz edenler olacak. Trafik arka sokaklara kayacak diyenler haklı olabilir. ⟦Ama bu sorunu çözmenin yolu, denizi arabalara bırakmak olamaz.⟧ Toplu taşıma seferleri artırılabilir, Alsancak’taki otoparklar hafta sonları ücretsiz yapılabilir.</p>
<p>⟦Ben pazar sabahları denizi yeniden duymak istiyorum.⟧ Sanırım bu şehirde yalnız değilim.</p>""",
    exclude=["div.ilgili-haber"],
    kind="opinion", why="first-person column arguing to close seafront road; no metadata",
))

# ---------------------------------------------------------------- desk report, columnists' teasers in the rail
PAGES.append(dict(
    case="tr-news-soup-toplutasima", lang="tr", skin="soup", domain="anadoluekspres.example", site="Anadolu Ekspres",
    url="https://www.anadoluekspres.example/gundem/konya-da-toplu-tasimaya-yuzde-25-zam-h48120.html",
    h1="Konya’da toplu taşımaya yüzde 25 zam", kicker="Gündem",
    deck="Belediye meclisinin kararıyla yeni tarife 1 Nisan’da yürürlüğe girecek. Öğrenci kartı da zamdan payını aldı.",
    authors=None, byline_text="Haber Merkezi", ld_authors=["org:Haber Merkezi"], ld_type="NewsArticle",
    pub="2026-03-05T15:20:00+03:00", date="05 Mart 2026 Perşembe 15:20", strip="5 Mart 2026, Perşembe",
    caption="⟪Konya’da bir tramvay durağı.⟫ (Fotoğraf: Arşiv)",
    nav=["Son Dakika", "Gündem", "Ekonomi", "Dünya", "Spor", "Yazarlar", "Magazin"],
    cookie="Bu sitede çerezler kullanılmaktadır.",
    side=[("Yazarlar", [("Ayşe Karaman", "⟪Zamlar kimin cebinden çıkıyor?⟫"), ("Kemal Öztürk", "⟪Şehir içi ulaşımda yanlış hesap⟫"), ("Nuri Demir", "Baharın ilk maçı")], "yazarlar"),
          ("Çok okunanlar", ["⟪Kar yağışı nedeniyle 40 köy yolu kapandı⟫", "Emekliye bayram ikramiyesi ne zaman?"])],
    related=["Ankara’da da ulaşım ücretleri artırıldı", "Öğrenci kartı başvurularında yeni dönem"],
    footer="⟪Anadolu Ekspres © 2026 - Haberlerin izinsiz kullanılması yasaktır.⟫",
    body="""<p>⟦Konya Büyükşehir Belediye Meclisi, toplu taşıma ücretlerine yüzde 25 zam yapılmasını kabul etti.⟧ Yeni tarife 1 Nisan’dan itibaren geçerli olacak.</p>
<p>Meclis toplantısında alınan kararla tam bilet ücreti 20 liradan 25 liraya, öğrenci bileti ise 10 liradan 12,5 liraya yükseltildi. ⟦65 yaş üstü vatandaşlar ile engelliler için ücretsiz ulaşım uygulaması devam edecek.⟧</p>
<div class="reklam-alani"><span>Reklam</span></div>
<p>Ulaşım Dairesi Başkanı Recep Kılıç, artışın akaryakıt ve bakım maliyetlerindeki yükselişten kaynaklandığını söyledi. Kılıç, “Son bir yılda otobüs başına işletme maliyetimiz yüzde 60 arttı. Bu zam, maliyetin ancak bir kısmını karşılıyor” dedi.</p>
<p>⟦Muhalefet partilerinin meclis üyeleri ise karara ret oyu verdi.⟧ Bir meclis üyesi, öğrencilere yapılan zammın geri çekilmesini talep etti.</p>
<p>⟦Yeni tarifeye ilişkin ayrıntılar belediyenin internet sitesinde yayımlanacak.⟧</p>""",
    exclude=["div.reklam-alani"],
    kind="news", why="desk report on fare rise; columnist teasers in sidebar",
))

# ---------------------------------------------------------------- interview (news) with an outspoken interviewee
PAGES.append(dict(
    case="ru-news-portal-intervyu", lang="ru", skin="portal", domain="volzhsky-vestnik.example", site="Волжский вестник", meta="ld",
    url="https://volzhsky-vestnik.example/society/2026/03/11/direktor-muzeya-my-ne-sklad-starykh-veshchey/",
    h1="Директор краеведческого музея: «Мы не склад старых вещей»", crumbs=["Общество", "Культура"],
    deck="Анна Белова возглавила музей полгода назад. Мы поговорили о том, зачем городу музей и почему в нём стало шумно.",
    authors=["Ольга Назарова"], byline_text="Автор: Ольга Назарова", ld_authors=["Ольга Назарова"], ld_type="NewsArticle",
    pub="2026-03-11T10:15:00+04:00", date="11 марта 2026, 10:15",
    caption="⟪Анна Белова в новом зале музея.⟫ Фото: Ольга Назарова",
    nav=["Новости", "Общество", "Экономика", "Мнения", "Колонки", "Спорт", "Афиша"],
    side=[("Мнения", [("Колонка", "⟪Почему я больше не хожу в филармонию⟫"), ("Мнение", "Городу нужны не фестивали, а тротуары")], "opinion"),
          ("Самое читаемое", ["⟪На набережной начался ремонт⟫", "Паводок: уровень воды поднялся на метр"])],
    related=["Музей получил грант на реставрацию", "В городе откроется детская картинная галерея"],
    comments=[("Сергей", "11.03.2026 12:30", "⟪Были с детьми на выходных, очень понравилось.⟫")],
    footer="⟪© «Волжский вестник», 2026. При перепечатке ссылка обязательна.⟫",
    body="""<p><strong>⟦– Анна Сергеевна, за полгода вы поменяли в музее почти всё. Зачем?⟧</strong></p>
<p>– Потому что раньше у нас было тихо, как на кладбище. Я серьёзно. ⟦Люди заходили, видели витрины с прялками и уходили через двадцать минут.⟧ Музей, в который не возвращаются, городу не нужен. Он становится складом старых вещей.</p>
<p><strong>– Что вы предлагаете взамен?</strong></p>
<p>– Истории. У каждой прялки была хозяйка, у каждой фотографии – семья. Мы начали записывать воспоминания горожан и теперь рядом с предметами звучат голоса. ⟦Я убеждена, что музей должен разговаривать, а не только показывать.⟧</p>
<div class="vrezka-chitayte"><span>Читайте также:</span> <a href="/culture/grant">⟪Краеведы нашли в архиве неизвестные снимки старой пристани⟫</a></div>
<p><strong>– Старшие сотрудники вас поддержали?</strong></p>
<p>– Не все, и это нормально. Кто-то считает, что я превращаю музей в аттракцион. Я так не думаю. Посещаемость за полгода выросла вдвое, и половина новых посетителей – школьники.</p>
<p><strong>– Чего не хватает?</strong></p>
<p>– ⟦Денег на хранение, как всегда.⟧ Фонды лежат в подвале, где летом сыро. Если ничего не сделать, через десять лет показывать будет нечего.</p>""",
    exclude=["div.vrezka-chitayte"],
    kind="news", why="Q&A interview; opinions are the interviewee’s",
))

# ---------------------------------------------------------------- Arabic column: author photo and a column name, بقلم
PAGES.append(dict(
    case="ar-opinion-broadsheet-maktabat", lang="ar", skin="broadsheet", domain="sawtdelta.example", site="صوت الدلتا", meta="min",
    url="https://www.sawtdelta.example/news/2026/03/05/418822",
    h1="مكتبة الحيّ ليست رفاهية", kicker="نافذة", photo=True,
    authors=["هالة منصور"], byline_text="بقلم: هالة منصور", ld_authors=["هالة منصور"], ld_type="NewsArticle",
    pub="2026-03-05T20:00:00+02:00", date="الخميس، 5 مارس 2026 - 08:00 م",
    nav=["الرئيسية", "أخبار", "محافظات", "اقتصاد", "رياضة", "مقالات", "فن وثقافة"],
    cookie="⟪يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.⟫",
    side=[("الأكثر قراءة", ["⟪ارتفاع أسعار الخضروات في أسواق طنطا⟫", "موعد امتحانات الشهادة الإعدادية"], "news"),
          ("مقالات", [("رأي", "⟪المدرسة التي نريدها⟫")], "articles")],
    related=["⟪إغلاق ثلاث مكتبات عامة في المحافظة للصيانة⟫", "مبادرة شبابية لتبادل الكتب"],
    footer="⟪جميع الحقوق محفوظة © صوت الدلتا 2026⟫",
    body="""<p>⟦حين كنت في العاشرة، كانت مكتبة الحيّ المكان الوحيد الذي يسمح لي بأن أقرأ ما أشاء دون أن أدفع شيئاً.⟧ غرفة صغيرة فوق مكتب البريد، فيها رفوف خشبية وموظفة تعرف اسم كل طفل.</p>
<p>قرأت هذا الأسبوع أن ثلاث مكتبات عامة في المحافظة أُغلقت «للصيانة»، ولم يُحدَّد موعد لإعادة فتحها. ⟦والتجربة تقول إن ما يُغلق للصيانة عندنا نادراً ما يعود.⟧</p>
<p>يقال إن الناس لم تعد تقرأ، وإن الهاتف أغنى عن الكتاب. لكن من يزور أي مكتبة عامة مفتوحة بعد الظهر سيجد طلاباً يذاكرون لأن بيوتهم ضيقة، وكباراً يقرؤون الصحف، وأمهات يبحثن عن قصص لأطفالهن.</p>
<p>⟦المكتبة العامة ليست رفاهية، بل خدمة مثل المستشفى والمدرسة.⟧ وعلى المحافظة أن تعلن جدولاً واضحاً لإعادة فتح المكتبات المغلقة، وأن تخصص لها ميزانية ثابتة لا تُقتطع عند أول أزمة.</p>
<p>⟦أتمنى أن يجد طفل آخر في العاشرة تلك الغرفة الصغيرة مفتوحة.⟧</p>""",
    kind="opinion", why="first-person column; hints are photo and column name",
))

# ---------------------------------------------------------------- Arabic report, كتب: byline
PAGES.append(dict(
    case="ar-news-soup-metro", lang="ar", skin="soup", domain="alkhabaralyawmi.example", site="الخبر اليومي", meta="og",
    url="https://www.alkhabaralyawmi.example/Article/2026/3/10/تشغيل-المرحلة-الثانية-من-مترو-المدينة",
    h1="تشغيل المرحلة الثانية من مترو المدينة تجريبياً الأسبوع المقبل", kicker="محافظات",
    authors=["محمود السيد"], byline_text="كتب: محمود السيد", ld_authors=["محمود السيد"], ld_type="NewsArticle",
    pub="2026-03-10T13:45:00+02:00", date="الثلاثاء 10 مارس 2026 01:45 م",
    caption="⟪قطار في محطة الجامعة خلال أعمال الاختبار.⟫ (تصوير: أحمد فتحي)",
    nav=["الرئيسية", "سياسة", "محافظات", "حوادث", "اقتصاد", "رأي", "كتّاب", "رياضة"],
    side=[("كتّاب ومقالات", [("مقال", "⟪المترو وحده لا يكفي⟫"), ("رأي", "مدينة بلا أرصفة")], "opinion"),
          ("الأكثر قراءة", ["⟪الأرصاد: طقس مائل للحرارة نهاراً⟫", "تعرف على مواعيد صرف المعاشات"])],
    related=["⟪وزير النقل يتفقد محطات الخط الثاني⟫", "أسعار تذاكر المترو الجديدة"],
    footer="⟪© 2026 الخبر اليومي. جميع الحقوق محفوظة.⟫",
    body="""<p>⟦أعلنت هيئة الأنفاق أن المرحلة الثانية من مترو المدينة ستبدأ التشغيل التجريبي يوم الأحد المقبل،⟧ بعد انتهاء اختبارات السلامة في المحطات الست الجديدة.</p>
<p>وقال رئيس الهيئة، المهندس سامح عبد الرحيم، في مؤتمر صحفي إن القطارات ستعمل في المرحلة التجريبية من السابعة صباحاً حتى السابعة مساءً، على أن تمتد ساعات التشغيل تدريجياً. ⟦وأضاف: «أنا شخصياً سأركب أول قطار مع الركاب».⟧</p>
<div class="aqra-aydan"><b>اقرأ أيضاً:</b> <a href="/Article/2026/3/9/tickets">⟪زيادة عدد القطارات على الخط الأول في ساعات الذروة⟫</a></div>
<p>⟦وتمتد المرحلة الثانية بطول 7.5 كيلومتر⟧ وتربط محطة الجامعة بحي الزهور، ومن المتوقع أن تخدم نحو 120 ألف راكب يومياً.</p>
<p>وقالت منى حسن، وهي موظفة تسكن حي الزهور: «أقضي ساعة ونصف يومياً في المواصلات، وأتمنى أن يختصر المترو نصف هذا الوقت».</p>
<p>⟦وأكدت الهيئة أن سعر التذكرة خلال الشهر الأول سيكون موحداً.⟧</p>""",
    exclude=["div.aqra-aydan"],
    kind="news", why="transport report with quoted officials and residents",
))

# ---------------------------------------------------------------- Hindi op-ed; hints: the author note and the disclaimer at the end
PAGES.append(dict(
    case="hi-opinion-portal-pustakalay", lang="hi", skin="portal", domain="janmatbharat.example", site="जनमत भारत",
    url="https://www.janmatbharat.example/desh/gaon-ki-library-ko-budget-chahiye-sirf-udghatan-nahi-20260306",
    h1="गांव की लाइब्रेरी को बजट चाहिए, सिर्फ़ उद्घाटन नहीं", crumbs=["देश"],
    authors=["अनुराधा मिश्रा"], byline_text="द्वारा: अनुराधा मिश्रा", ld_authors=["अनुराधा मिश्रा"], ld_type="NewsArticle", ld_section="देश",
    pub="2026-03-06T08:30:00+05:30", date="06 मार्च 2026, 08:30 AM IST",
    nav=["होम", "देश", "राज्य", "विचार", "ब्लॉग", "खेल", "मनोरंजन", "राशिफल"],
    cookie="⟪हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं।⟫",
    side=[("सबसे ज़्यादा पढ़ी गईं", ["⟪बोर्ड परीक्षा के नतीजे अप्रैल के दूसरे हफ्ते में⟫", "मौसम: उत्तर भारत में बढ़ेगी गर्मी"], "desh"),
          ("विचार", [("ब्लॉग", "⟪शहर की सड़कों पर पैदल चलने का हक़⟫")], "vichar")],
    related=["⟪राज्य में 500 नई ग्राम पुस्तकालयों का उद्घाटन⟫", "डिजिटल लाइब्रेरी योजना की समीक्षा"],
    footer="⟪© 2026 जनमत भारत. सर्वाधिकार सुरक्षित.⟫",
    body="""<p>⟦पिछले साल राज्य सरकार ने बड़े धूमधाम से पांच सौ ग्राम पुस्तकालयों का उद्घाटन किया।⟧ फीते कटे, तस्वीरें खिंचीं और अलमारियों में किताबें सजा दी गईं। एक साल बाद इनमें से ज़्यादातर पुस्तकालयों पर ताला लटका है।</p>
<p>मैंने पिछले महीने अपने ज़िले के छह गांवों में ऐसे पुस्तकालय देखे। चार बंद मिले। एक में किताबें बोरियों में भरी थीं, क्योंकि कमरा पंचायत की बैठक के लिए चाहिए था। ⟦सिर्फ़ एक पुस्तकालय रोज़ खुलता था, और वह भी इसलिए कि एक सेवानिवृत्त शिक्षक बिना वेतन के वहां बैठते हैं।⟧</p>
<p>समस्या किताबों की नहीं है। समस्या यह है कि योजना में पुस्तकालय चलाने वाले व्यक्ति, बिजली और नई किताबों के लिए कोई पैसा नहीं रखा गया।</p>
<p>⟦उद्घाटन एक दिन का काम है, पुस्तकालय चलाना हर दिन का।⟧ सरकार को हर ग्राम पुस्तकालय के लिए एक मानदेय वाले लाइब्रेरियन और सालाना बजट का इंतज़ाम करना चाहिए।</p>
<p>⟦गांव के बच्चों को किताबों की ज़रूरत है, तस्वीरों की नहीं।⟧</p>
<p class="lekhak-note"><em>⟪(लेखिका दिल्ली के एक कॉलेज में समाजशास्त्र पढ़ाती हैं। ये उनके निजी विचार हैं।)⟫</em></p>""",
    exclude=["p.lekhak-note"],
    kind="opinion", why="op-ed on village libraries; author note and disclaimer at end",
))

# ---------------------------------------------------------------- horoscope
PAGES.append(dict(
    case="hi-other-lifestyle-rashifal", lang="hi", skin="lifestyle", domain="janmatbharat.example", site="जनमत भारत",
    url="https://www.janmatbharat.example/rashifal/aaj-ka-rashifal-10-march-2026",
    h1="आज का राशिफल 10 मार्च 2026: मेष से मीन तक, जानें कैसा रहेगा आपका दिन", kicker="राशिफल",
    authors=["रमाकांत शर्मा"], byline_text="ज्योतिषाचार्य रमाकांत शर्मा", ld_authors=["रमाकांत शर्मा"], ld_type="NewsArticle",
    pub="2026-03-10T05:00:00+05:30", date="10 मार्च 2026, 05:00 AM IST",
    nav=["होम", "देश", "राज्य", "विचार", "ब्लॉग", "खेल", "मनोरंजन", "राशिफल"],
    side=[("और पढ़ें", ["⟪साप्ताहिक राशिफल: 9 से 15 मार्च⟫", "होली 2026: जानें शुभ मुहूर्त"], "rashifal")],
    related=["⟪कल का राशिफल 11 मार्च 2026⟫", "अंक ज्योतिष: मूलांक 5 वालों के लिए खास दिन"],
    disclosure="⟪अस्वीकरण: यह जानकारी मान्यताओं पर आधारित है। जनमत भारत इसकी पुष्टि नहीं करता।⟫",
    footer="⟪© 2026 जनमत भारत. सर्वाधिकार सुरक्षित.⟫",
    body="""<p>⟦आज चंद्रमा वृषभ राशि में संचार करेंगे।⟧ जानिए आपकी राशि के लिए आज का दिन कैसा रहेगा।</p>
<h3>मेष</h3><p>⟦कार्यक्षेत्र में नई ज़िम्मेदारी मिल सकती है।⟧ खर्चों पर नियंत्रण रखें। शुभ रंग: लाल।</p>
<h3>वृषभ</h3><p>परिवार के साथ समय बिताएंगे। पुराने मित्र से मुलाकात संभव है।</p>
<h3>मिथुन</h3><p>यात्रा के योग हैं। सेहत का ध्यान रखें।</p>
<h3>कर्क</h3><p>आर्थिक मामलों में सोच-समझकर निर्णय लें।</p>
<h3>सिंह</h3><p>⟦रुके हुए काम पूरे होंगे और आत्मविश्वास बढ़ेगा।⟧</p>
<h3>कन्या</h3><p>वाणी पर संयम रखें, विवाद से बचें।</p>
<h3>तुला</h3><p>नए अवसर मिलेंगे। जीवनसाथी का सहयोग मिलेगा।</p>
<h3>वृश्चिक</h3><p>स्वास्थ्य में सुधार होगा। निवेश के लिए दिन अच्छा है।</p>
<h3>धनु</h3><p>पढ़ाई में मन लगेगा। शुभ अंक: 3।</p>
<h3>मकर</h3><p>काम का दबाव रहेगा, धैर्य रखें।</p>
<h3>कुंभ</h3><p>मित्रों से लाभ होगा।</p>
<h3>मीन</h3><p>⟦धार्मिक कार्यों में रुचि बढ़ेगी।⟧ शुभ रंग: पीला।</p>""",
    kind="other", why="daily horoscope",
))

# ---------------------------------------------------------------- Polish felieton
PAGES.append(dict(
    case="pl-opinion-zeitung-hulajnogi", lang="pl", skin="zeitung", domain="gazetanadwislanska.example", site="Gazeta Nadwiślańska", meta="og",
    url="https://gazetanadwislanska.example/wiadomosci/hulajnoga-czyli-chodnik-dla-odwaznych/ar/c1-18830211",
    h1="Hulajnoga, czyli chodnik dla odważnych", kicker="Felieton", crumbs=["Wiadomości", "Toruń"],
    authors=["Tomasz Wierzbicki"], byline_text="Tomasz Wierzbicki", ld_authors=["Tomasz Wierzbicki"], ld_type="NewsArticle",
    pub="2026-03-08T07:00:00+01:00", date="8 marca 2026, 07:00",
    bio="⟪Tomasz Wierzbicki – dziennikarz, od 2009 roku pisze felietony o mieście.⟫", bio_more=["⟪Parkomat, mój wróg⟫", "Wiosna na Starówce"],
    nav=["Wiadomości", "Toruń", "Region", "Sport", "Opinie", "Felietony", "Kultura"],
    cookie="Używamy plików cookies, aby ułatwić korzystanie z serwisu.",
    side=[("Najczęściej czytane", ["⟪Remont mostu: objazdy od poniedziałku⟫", "Nowy rozkład jazdy tramwajów"], "wiadomosci")],
    related=["⟪Miasto wprowadzi strefy parkowania hulajnóg⟫", "Ile kosztuje wypożyczenie hulajnogi?"],
    footer="⟪© Gazeta Nadwiślańska 2026. Wszelkie prawa zastrzeżone.⟫",
    body="""<p>⟦Mam w mieście nowe hobby: slalom między hulajnogami.⟧ Uprawiam go codziennie rano, w drodze na przystanek, i muszę przyznać, że robię postępy. W poniedziałek ominąłem cztery, we wtorek pięć, w środę jedna ominęła mnie, ale o tym za chwilę.</p>
<p>Hulajnogi na minuty pojawiły się u nas trzy lata temu i od razu zamieszkały na chodnikach. Leżą w poprzek, stoją przy przejściach, opierają się o ławki jak zmęczeni turyści. Nikt ich nie sprząta, bo przecież operator ma aplikację, a aplikacja wie, gdzie jest hulajnoga. ⟦Aplikacja nie wie tylko, że o tę hulajnogę właśnie potknęła się pani z wózkiem.⟧</p>
<p>Wracając do środy: młody człowiek w słuchawkach przejechał obok mnie po chodniku z prędkością, której nie powstydziłby się tramwaj. Nie zatrzymał się, bo pewnie nawet nie zauważył.</p>
<p>⟦Nie jestem wrogiem hulajnóg.⟧ Ale miasto, które pozwala je zostawiać wszędzie, traktuje chodnik jak parking, a pieszego jak przeszkodę. ⟦Wystarczyłyby wyznaczone miejsca postoju i kary dla operatorów, a nie dla przechodniów.⟧</p>
<p>⟦Do tego czasu trenuję dalej.⟧ Rekord to sześć.</p>""",
    kind="opinion", why="felieton arguing for scooter parking rules",
))

# ---------------------------------------------------------------- Greek op-ed: OpinionNewsArticle in JSON-LD only, "Της" byline
PAGES.append(dict(
    case="el-opinion-zeitung-nisiasxoleia", lang="el", skin="zeitung", domain="fonitouaigaiou.example", site="Η Φωνή του Αιγαίου",
    url="https://www.fonitouaigaiou.example/koinonia/ta-sxoleia-ton-mikron-nision-den-einai-logistiki-ekkremotita/",
    h1="Τα σχολεία των μικρών νησιών δεν είναι λογιστική εκκρεμότητα", crumbs=["Κοινωνία"],
    authors=["Ελένη Παπαδάκη"], byline_text="Της Ελένης Παπαδάκη", ld_authors=["Ελένη Παπαδάκη"], ld_type="OpinionNewsArticle",
    pub="2026-03-09T08:15:00+02:00", date="09.03.2026 • 08:15",
    caption="⟪Το δημοτικό σχολείο της Δονούσας.⟫ Φωτογραφία αρχείου",
    nav=["Επικαιρότητα", "Κοινωνία", "Οικονομία", "Κυκλάδες", "Απόψεις", "Πολιτισμός", "Αθλητισμός"],
    cookie="⟪Ο ιστότοπος χρησιμοποιεί cookies για τη βελτίωση της εμπειρίας σας.⟫",
    side=[("Δημοφιλή", ["⟪Ακτοπλοΐα: νέα δρομολόγια για τις Μικρές Κυκλάδες⟫", "Λειψυδρία: μέτρα για το καλοκαίρι"], "koinonia")],
    related=["⟪Το υπουργείο εξετάζει συγχωνεύσεις σχολικών μονάδων⟫", "Εκπαιδευτικοί στα νησιά: πόσοι λείπουν"],
    footer="⟪© 2026 Η Φωνή του Αιγαίου. Με την επιφύλαξη παντός δικαιώματος.⟫",
    body="""<p>⟦Το υπουργείο Παιδείας εξετάζει τη συγχώνευση σχολείων με λιγότερους από δέκα μαθητές.⟧ Στον χάρτη, πρόκειται για μερικές δεκάδες μονάδες. Στην πραγματικότητα, πρόκειται για το μέλλον ολόκληρων κοινοτήτων.</p>
<p>Σε ένα μικρό νησί, το σχολείο δεν είναι απλώς αίθουσα διδασκαλίας. Είναι ο λόγος για τον οποίο μια νέα οικογένεια αποφασίζει να μείνει ή να φύγει. ⟦Όταν κλείνει το σχολείο, η επόμενη που κλείνει είναι συνήθως η πόρτα του τελευταίου νέου σπιτιού.⟧</p>
<p>Το επιχείρημα του κόστους δεν είναι αβάσιμο. Ένας εκπαιδευτικός για έξι μαθητές κοστίζει. Όμως η εναλλακτική, η καθημερινή μετακίνηση παιδιών με πλοίο σε γειτονικό νησί, δεν είναι ούτε φθηνή ούτε ασφαλής τον χειμώνα.</p>
<p>⟦Η πολιτεία οφείλει να αντιμετωπίσει τα νησιωτικά σχολεία ως υποδομή συνοχής,⟧ όπως το λιμάνι και το ιατρείο. ⟦Οι συγχωνεύσεις πρέπει να αποσυρθούν για τα νησιά με μόνιμο πληθυσμό κάτω των χιλίων κατοίκων.⟧</p>""",
    kind="opinion", why="op-ed against school mergers; declared only in JSON-LD",
))

# ---------------------------------------------------------------- Swedish signed leader
PAGES.append(dict(
    case="sv-opinion-broadsheet-ledare", lang="sv", skin="broadsheet", domain="kustbladet.example", site="Kustbladet", meta="og", meta_section="Ledare",
    url="https://www.kustbladet.example/2026-03-10/regionen-maste-sanka-priset-pa-pendlarkortet",
    h1="Regionen måste sänka priset på pendlarkortet", kicker="Ledare",
    authors=["Johanna Lindqvist"], byline_text="Av Johanna Lindqvist", ld_authors=["Johanna Lindqvist"], ld_type="NewsArticle",
    pub="2026-03-10T06:00:00+01:00", date="Publicerad 10 mars 2026 kl. 06.00",
    bio="⟪Johanna Lindqvist är politisk redaktör på Kustbladet.⟫",
    nav=["Nyheter", "Sport", "Nöje", "Ledare", "Debatt", "Familj", "E-tidning"],
    cookie="⟪Vi använder cookies för att ge dig en bättre upplevelse.⟫",
    side=[("Mest läst", ["⟪Vägarbete stänger E4 i natt⟫", "Ny förskola i Norrhamn"], "nyheter"),
          ("Debatt", [("Debatt", "⟪Satsa på nattåg till fjällen⟫")], "debatt")],
    related=["Pendlarkortet höjs med 12 procent", "Färre reser kollektivt i länet"],
    footer="⟪Kustbladet · Ansvarig utgivare: Per Holm⟫",
    body="""<p>⟦Från den 1 april kostar pendlarkortet i länet 1 240 kronor i månaden.⟧ Det är en höjning med tolv procent på ett år och gör länets kollektivtrafik till en av de dyraste i landet.</p>
<p>Regionen förklarar höjningen med ökade kostnader för drivmedel och personal. Det är sant, men det är bara halva bilden. ⟦Varje gång priset höjs väljer fler att ta bilen,⟧ och när resenärerna blir färre stiger kostnaden per resa igen.</p>
<p>⟦Det är en nedåtgående spiral som regionen själv har satt i gång.⟧ Under förra året minskade antalet resor med åtta procent, enligt regionens egen statistik.</p>
<p>⟦Billigare kort skulle kosta pengar på kort sikt men vinna resenärer på lång.⟧ Regionfullmäktige bör riva upp beslutet och i stället pröva ett tak på 900 kronor under ett år.</p>""",
    kind="opinion", why="signed leader arguing for cheaper commuter passes",
))
