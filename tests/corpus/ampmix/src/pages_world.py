"""Turkish, Russian, Indonesian, Hindi, Arabic and Japanese AMP and mobile pages."""
from common import mk

PAGES = []

PAGES.append(mk(
    "tr-news-ampnews-deprem", "https://www.egegazetesi.example/gundem/izmirde-deprem-tatbikati-okullarda-yapildi-haber-771204",
    "İzmir’de 1.200 okulda aynı anda deprem tatbikatı yapıldı", "AA", None,
    "2026-03-04T11:05:00+03:00", "04.03.2026 - 11:05",
    """⟦İzmir genelinde 1.200 okulda çarşamba sabahı aynı anda deprem tatbikatı düzenlendi.⟧ Saat 10.00’da çalan alarmla birlikte yaklaşık 400 bin öğrenci sınıflarında çök-kapan-tutun hareketini uyguladı, ardından toplanma alanlarına çıktı.

⟦Tatbikat, İl Milli Eğitim Müdürlüğü ile AFAD’ın ortak çalışmasıyla hazırlandı.⟧ Bazı okullarda itfaiye ekipleri, merdivenlerden tahliye ve yangın söndürme gösterileri de yaptı.

[[PHOTO|⟪Bornova’daki bir ilkokulda öğrenciler tatbikat sırasında. Fotoğraf: AA⟫]]

İl Milli Eğitim Müdürü, tatbikatın her dönem tekrarlanacağını söyledi. Müdür, deprem bölgesinde yaşayan çocukların ne yapacaklarını refleks haline getirmesi gerektiğini vurguladı.

[[AD]]

⟦AFAD yetkilileri, okulların deprem çantalarını da kontrol etti.⟧ Eksik malzemesi olan okullara listeler verildi ve ay sonuna kadar tamamlanması istendi.

Veliler de tatbikattan memnun kaldı. Karşıyaka’da bir veli, kızının eve gelip evdeki deprem çantasını kontrol etmek istediğini anlattı.

Uzmanlar, bölgedeki fay hatları nedeniyle hazırlığın okulların yanı sıra evlerde ve iş yerlerinde de yapılması gerektiğini hatırlatıyor.

⟦Bir sonraki tatbikatın ekim ayında yapılması planlanıyor.⟧""",
    ("İzmir’de metro seferleri yeniden düzenlendi", "Yeni tarife pazartesi başlıyor."),
    "ajans haberi, tatbikat",
    site="Ege Gazetesi", meta="full", ld_type="NewsArticle", ld_authors=["org:Anadolu Ajansı"], crumbs=["Gündem", "İzmir"], secpath="gundem"))

PAGES.append(mk(
    "tr-opinion-mobsite-kose", "https://m.egegazetesi.example/yazarlar/selin-aydin/kiralar-ve-genclerin-sessiz-gocu-2045",
    "Kiralar ve gençlerin sessiz göçü", "Selin Aydın", ["Selin Aydın"],
    "2026-03-10T06:00:00+03:00", "10 Mart 2026 Salı",
    """⟦Geçen hafta üniversiteden mezun olan bir tanıdığımın oğlu, İzmir’den ayrılıp memleketi Uşak’a döndüğünü söyledi.⟧ Sebebi işsizlik değildi. İş bulmuştu, ama maaşının neredeyse tamamı kiraya gidiyordu.

⟦Bence bu hikaye tek bir gencin hikayesi değil, bir kuşağın hikayesi.⟧ Büyük şehirlerde kiralar son iki yılda maaşlardan çok daha hızlı arttı. Gençler ya ailelerinin yanına dönüyor ya da üç dört kişi bir daireye sığışıyor.

[[PHOTO|⟪İzmir’de kiralık daire ilanları. Fotoğraf: Ege Gazetesi⟫]]

Bu sessiz göç şehirlere pahalıya patlayacak. Yetenekli gençler gidince, şirketler de gider. ⟦Yerel yönetimlerin ve hükümetin, gençlere yönelik uygun fiyatlı kiralık konut üretmesi artık bir zorunluluk.⟧

Avrupa’nın birçok şehrinde belediyeler, kiraları piyasanın altında tutulan konutlar inşa ediyor. Bizde ise konut politikası hâlâ neredeyse yalnızca satın almaya dayanıyor.

[[NEWS|⟪Yazarlarımızın yeni yazılarından haberdar olmak için bültenimize kaydolun⟫]]

Öğrenci yurtları, genç çalışanlar için kooperatifler, boş kamu binalarının dönüştürülmesi: çözüm yolları belli. Eksik olan, irade.

⟦Şehirler gençlerini kaybederse, geleceklerini de kaybeder.⟧""",
    ("Kira artışında yeni dönem başlıyor", "Düzenleme temmuzda yürürlüğe girecek."),
    "köşe yazısı, konut politikası savunuyor",
    site="Ege Gazetesi", meta="og", crumbs=["Yazarlar", "Selin Aydın"], label="Köşe Yazısı", secpath="yazarlar"))

PAGES.append(mk(
    "ru-news-ampnews-most", "https://www.volzhskievesti.example/news/2026/03/05/remont-mosta-v-samare-zavershat-k-oseni",
    "Ремонт моста через Самарку завершат к осени", "Ирина Смирнова", ["Ирина Смирнова"],
    "2026-03-05T12:40:00+04:00", "5 марта 2026, 12:40",
    """⟦Ремонт старого моста через реку Самарку планируют завершить к октябрю, сообщили в городской администрации.⟧ Работы начались в прошлом году и должны были закончиться ещё весной, но подрядчик попросил дополнительное время.

⟦По словам чиновников, при вскрытии покрытия обнаружились повреждения опор, которых не было видно при обследовании.⟧ Теперь их укрепляют, и это потребует ещё около шести месяцев.

[[PHOTO|⟪Ремонт моста, февраль 2026 года. Фото: Волжские вести⟫]]

Движение по мосту остаётся ограниченным: открыта только одна полоса в каждом направлении. В часы пик на подъездах образуются пробки длиной до двух километров.

[[AD]]

⟦Стоимость работ выросла на 180 миллионов рублей и превысила 1,2 миллиарда.⟧ Дополнительные средства выделят из областного бюджета.

Жители соседних районов жалуются, что дорога до центра занимает у них почти час. В администрации пообещали на время ремонта пустить дополнительные автобусы и продлить работу речного трамвая.

Депутаты городской думы потребовали от подрядчика ежемесячно отчитываться о ходе работ.

⟦После ремонта мост должен прослужить без капитальных работ не меньше тридцати лет.⟧""",
    ("В Самаре откроют новую станцию метро", "Станция «Театральная» заработает в декабре."),
    "новость о ремонте моста",
    site="Волжские вести", meta="full", ld_type="NewsArticle", crumbs=["Новости", "Город"], secpath="news"))

PAGES.append(mk(
    "ru-opinion-ampmag-kolonka", "https://www.volzhskievesti.example/opinions/2026/03/11/pochemu-nam-nuzhny-dvory-bez-mashin",
    "Почему нам нужны дворы без машин", "Алексей Кузнецов, колумнист", ["Алексей Кузнецов"],
    "2026-03-11T09:00:00+04:00", "11 марта 2026",
    """⟦Когда я был ребёнком, двор был целым миром: там играли в футбол, катались на велосипедах и сидели на лавочках до темноты.⟧ Сегодня в моём дворе нет ни футбола, ни лавочек. Есть машины, припаркованные на газонах, тротуарах и детской площадке.

⟦Я убеждён, что дворы должны снова принадлежать людям, а не автомобилям.⟧ Это не война с водителями, я сам вожу машину. Это вопрос о том, каким мы хотим видеть город.

[[PHOTO|⟪Двор в Октябрьском районе. Фото: Волжские вести⟫]]

В Москве и Казани уже есть примеры дворов, где парковка вынесена за их пределы, а внутри сделаны площадки, деревья и скамейки. Жители сначала спорили, а потом не хотели возвращаться назад.

⟦Городу стоит начать с пилотного проекта в нескольких кварталах.⟧ Нужно построить перехватывающие парковки, договориться с жителями и показать результат. Без этого любые призывы останутся словами.

[[NEWS|⟪Подпишитесь на рассылку колонок и мнений⟫]]

Конечно, будут недовольные. Но детям, которые сейчас играют между бамперами, тоже нужен голос.

⟦Двор без машин — это не утопия, а обычная городская норма.⟧""",
    ("Мэрия утвердила план благоустройства набережной", "Работы начнутся в мае."),
    "колонка с призывом убрать машины из дворов",
    site="Волжские вести", meta="full", ld_type="OpinionNewsArticle", ld_section="Мнения", crumbs=["Мнения", "Колонки"], label="Мнение", secpath="opinions",
    gallery=["Город", "Транспорт", "Колонка: зачем нам ещё один ТЦ"]))

PAGES.append(mk(
    "id-news-ampnews-krl", "https://www.kabarnusa.example/metro/2026/03/09/krl-tambah-perjalanan-saat-ramadan",
    "KRL Tambah 24 Perjalanan Selama Ramadan", "Dimas Prasetyo", ["Dimas Prasetyo"],
    "2026-03-09T14:20:00+07:00", "Senin, 09 Mar 2026 14:20 WIB",
    """⟦Operator kereta komuter Jabodetabek menambah 24 perjalanan setiap hari selama bulan Ramadan.⟧ Tambahan perjalanan itu terutama dijadwalkan menjelang waktu berbuka puasa, saat jumlah penumpang melonjak.

⟦Manajer humas operator mengatakan kepadatan tertinggi biasanya terjadi antara pukul 16.00 dan 18.00.⟧ Pada jam tersebut, jumlah penumpang bisa naik hingga 20 persen dibandingkan hari biasa.

[[REL|Baca juga|⟪Jadwal Buka Puasa Jakarta Hari Ini⟫|Tarif Transjakarta Tetap Selama Lebaran]]

Tambahan perjalanan berlaku untuk lintas Bogor, Bekasi, dan Tangerang. Selain itu, operator juga memperpanjang jam operasional hingga pukul 00.30 pada akhir pekan.

[[AD]]

⟦Penumpang diimbau untuk tidak makan di dalam kereta, kecuali minum air putih saat berbuka.⟧ Petugas akan membagikan takjil gratis di beberapa stasiun besar, seperti Manggarai dan Tanah Abang.

Sejumlah penumpang menyambut baik kebijakan ini. Seorang karyawan swasta yang setiap hari naik dari Depok mengaku sering tidak kebagian tempat di kereta sore.

Operator juga mengingatkan penumpang untuk mengisi saldo kartu sebelum tiba di stasiun agar antrean tidak menumpuk.

⟦Jadwal lengkap perjalanan tambahan dapat dilihat di aplikasi resmi operator.⟧""",
    ("Harga Tiket Pesawat Mudik Mulai Naik", "Kenaikan terjadi untuk rute ke Sumatera dan Jawa Timur."),
    "berita layanan kereta",
    site="Kabar Nusa", meta="og", crumbs=["Metro", "Transportasi"], secpath="metro"))

PAGES.append(mk(
    "id-other-mobsite-tips", "https://m.kabarnusa.example/gaya-hidup/2026/03/02/7-tips-hemat-belanja-bulanan",
    "7 Tips Hemat Belanja Bulanan untuk Keluarga", "Rina Kartika", ["Rina Kartika"],
    "2026-03-02T19:00:00+07:00", "Senin, 02 Mar 2026 19:00 WIB",
    """⟦Harga kebutuhan pokok yang terus naik membuat banyak keluarga harus lebih cermat berbelanja.⟧ Berikut tujuh cara sederhana untuk menghemat belanja bulanan tanpa mengurangi kebutuhan penting.

[[OL|⟦Buat daftar belanja sebelum pergi ke pasar atau supermarket.⟧|Tetapkan anggaran dan bawa uang tunai secukupnya.|Bandingkan harga di beberapa toko, termasuk aplikasi belanja.|Beli bahan pokok dalam jumlah besar jika memang awet.|Manfaatkan promo, tetapi jangan membeli barang yang tidak perlu.|Masak sendiri di rumah dan kurangi pesan antar.|Catat semua pengeluaran setiap minggu.]]

[[AD]]

⟦Membuat daftar belanja terdengar sepele, tetapi cara ini paling efektif mencegah pembelian impulsif.⟧ Banyak orang menghabiskan uang untuk camilan dan barang promo yang sebenarnya tidak direncanakan.

[[H|Soal promo]]

Promo beli dua gratis satu memang menggiurkan. Namun, pastikan barangnya benar-benar dipakai dan tidak cepat kedaluwarsa. ⟦Belanja di pasar tradisional pada pagi hari juga sering lebih murah untuk sayur dan ikan.⟧

[[APP]]

[[REL|Baca juga|⟪Cara Menabung Dana Darurat untuk Pemula⟫|Resep Sayur Asem Sederhana]]

⟦Dengan sedikit disiplin, pengeluaran bulanan bisa turun hingga sepuluh persen.⟧""",
    ("Promo Ramadan: Cek Harga Sembako Hari Ini", "Harga beras dan minyak goreng stabil."),
    "tips belanja, daftar berisi saran",
    site="Kabar Nusa", meta="bare", crumbs=["Gaya Hidup", "Keuangan"], secpath="gaya-hidup"))

PAGES.append(mk(
    "hi-news-ampnews-metro", "https://www.deshsamachar.example/city/lucknow/metro-phase-two-work-to-start-in-june-88231",
    "लखनऊ मेट्रो के दूसरे चरण का काम जून से शुरू होगा", "रिपोर्ट: अमित वर्मा", ["अमित वर्मा"],
    "2026-03-06T10:15:00+05:30", "06 मार्च 2026, 10:15 AM IST",
    """⟦लखनऊ मेट्रो के दूसरे चरण का निर्माण कार्य जून से शुरू होगा।⟧ चारबाग से वसंत कुंज तक बनने वाले इस कॉरिडोर की लंबाई करीब 11 किलोमीटर होगी और इसमें 12 स्टेशन बनाए जाएंगे।

⟦मेट्रो कॉरपोरेशन के प्रबंध निदेशक ने बताया कि निविदा प्रक्रिया अंतिम चरण में है।⟧ उन्होंने कहा कि पुराने लखनऊ की तंग गलियों के कारण सात स्टेशन भूमिगत होंगे।

[[PHOTO|⟪चारबाग मेट्रो स्टेशन। फोटो: देश समाचार⟫]]

[[AD]]

[[MORE|पूरी खबर पढ़ें]]

इस परियोजना पर करीब 5,800 करोड़ रुपये खर्च होने का अनुमान है। ⟦अधिकारियों के अनुसार, काम पूरा होने में लगभग चार साल लगेंगे।⟧

अमीनाबाद और चौक के व्यापारियों ने निर्माण के दौरान होने वाली परेशानी पर चिंता जताई है। मेट्रो प्रशासन ने कहा कि यातायात के लिए वैकल्पिक रास्ते पहले से तय किए जाएंगे और दुकानों तक पहुंच बनी रहेगी।

नए कॉरिडोर के शुरू होने के बाद पुराने शहर से रेलवे स्टेशन तक का सफर आधे घंटे से घटकर पंद्रह मिनट रह जाएगा।

⟦रोजाना करीब ढाई लाख यात्रियों के इस लाइन से सफर करने की उम्मीद है।⟧""",
    ("लखनऊ में आज से बदलेगा ट्रैफिक रूट", "हजरतगंज में नई व्यवस्था लागू।"),
    "मेट्रो परियोजना पर खबर",
    site="देश समाचार", meta="full", ld_type="NewsArticle", crumbs=["शहर", "लखनऊ"], secpath="city"))

PAGES.append(mk(
    "hi-news-mobsite-garmi", "https://m.deshsamachar.example/national/heatwave-alert-rajasthan-schools-timing-changed-88412",
    "राजस्थान में लू का अलर्ट, स्कूलों का समय बदला", "डिजिटल डेस्क, जयपुर", None,
    "2026-04-02T13:30:00+05:30", "02 अप्रैल 2026",
    """⟦राजस्थान के कई जिलों में मौसम विभाग ने अगले तीन दिनों के लिए लू का अलर्ट जारी किया है।⟧ बाड़मेर और जैसलमेर में बुधवार को अधिकतम तापमान 43 डिग्री सेल्सियस तक पहुंच गया।

⟦बढ़ती गर्मी को देखते हुए शिक्षा विभाग ने स्कूलों का समय बदल दिया है।⟧ अब कक्षाएं सुबह 7:30 बजे से दोपहर 12:30 बजे तक चलेंगी। यह आदेश सरकारी और निजी दोनों स्कूलों पर लागू होगा।

[[REL|ये भी पढ़ें|⟪गर्मी में बच्चों को लू से कैसे बचाएं⟫|जयपुर में पानी की सप्लाई का नया शेड्यूल]]

स्वास्थ्य विभाग ने लोगों से दोपहर 12 बजे से 4 बजे तक धूप में न निकलने की अपील की है। सभी जिला अस्पतालों में लू के मरीजों के लिए अलग वार्ड तैयार करने के निर्देश दिए गए हैं।

[[AD]]

⟦डॉक्टरों का कहना है कि भरपूर पानी पीना और हल्के कपड़े पहनना सबसे जरूरी है।⟧ बुजुर्गों और छोटे बच्चों का खास ध्यान रखने की सलाह दी गई है।

किसानों को भी सलाह दी गई है कि वे सुबह और शाम के समय ही खेतों में काम करें और पशुओं को छाया में रखें।

⟦मौसम विभाग के अनुसार, अगले सप्ताह पश्चिमी विक्षोभ के कारण कुछ राहत मिल सकती है।⟧""",
    ("उदयपुर की झीलों में बढ़ा पर्यटकों का आना", "होटलों में बुकिंग फुल।"),
    "लू के अलर्ट पर खबर; डेस्क बायलाइन",
    site="देश समाचार", meta="bare", crumbs=["देश", "राजस्थान"], secpath="national"))

PAGES.append(mk(
    "ar-news-ampnews-mitro", "https://www.alnahar-daily.example/economy/2026/03/08/افتتاح-خط-جديد-للمترو",
    "افتتاح الخط الثالث لمترو المدينة بعد تأخير عامين", "كتب: محمود الشريف", ["محمود الشريف"],
    "2026-03-08T15:00:00+02:00", "الأحد 8 مارس 2026 - 15:00",
    """⟦افتتحت وزارة النقل صباح الأحد الخط الثالث لمترو المدينة بعد تأخير استمر نحو عامين.⟧ ويمتد الخط الجديد لمسافة 17 كيلومترا ويضم 14 محطة تربط وسط المدينة بالضواحي الشرقية.

⟦وقال وزير النقل خلال حفل الافتتاح إن الخط سيخدم نحو 300 ألف راكب يوميا.⟧ وأضاف أن القطارات ستعمل كل أربع دقائق في ساعات الذروة.

[[PHOTO|⟪ركاب داخل إحدى محطات الخط الجديد. تصوير: النهار اليومي⟫]]

وبلغت تكلفة المشروع نحو 1.4 مليار دولار، تم تمويل جزء منها بقروض ميسرة. وكان من المقرر افتتاح الخط في عام 2024، لكن أعمال الحفر واجهت صعوبات بسبب المياه الجوفية.

[[AD]]

⟦وحددت الوزارة سعر التذكرة بعشرة جنيهات لكامل الخط خلال الأشهر الثلاثة الأولى.⟧ كما سيتم توفير اشتراكات مخفضة للطلاب وكبار السن.

ورحب سكان الأحياء الشرقية بالافتتاح، مؤكدين أن الرحلة إلى وسط المدينة كانت تستغرق أكثر من ساعة بسبب الزحام.

⟦ومن المتوقع أن يبدأ العمل في المرحلة الثانية من الخط قبل نهاية العام.⟧""",
    ("ارتفاع أسعار الخضروات في الأسواق", "الطماطم تسجل أعلى سعر منذ عام."),
    "خبر عن افتتاح خط مترو",
    site="النهار اليومي", meta="full", ld_type="NewsArticle", crumbs=["اقتصاد", "نقل"], secpath="economy"))

PAGES.append(mk(
    "ar-opinion-mobsite-maqal", "https://m.alnahar-daily.example/opinion/2026/03/12/القراءة-ليست-ترفا",
    "القراءة ليست ترفا", "د. ليلى حداد", ["ليلى حداد"],
    "2026-03-12T07:00:00+02:00", "الخميس 12 مارس 2026",
    """⟦زرت الأسبوع الماضي مكتبة عامة في أحد أحياء المدينة، فوجدتها شبه خالية إلا من موظف وحيد ورفوف يعلوها الغبار.⟧ سألته عن عدد الزوار، فابتسم وقال إن الأطفال يأتون أحيانا في العطلة الصيفية.

⟦أعتقد أن تراجع القراءة ليس قدرا محتوما، بل نتيجة سياسات وإهمال.⟧ فحين تغلق المكتبات أبوابها مبكرا، وحين يغيب الكتاب عن المدرسة، لا يمكن أن نلوم الشباب وحدهم.

[[PHOTO|⟪مكتبة عامة في وسط المدينة. تصوير: النهار اليومي⟫]]

إن القراءة ليست ترفا لأصحاب الوقت، بل أساس لكل تعليم حقيقي. ⟦والدول التي استثمرت في المكتبات العامة جنت ثمار ذلك في جودة التعليم والبحث.⟧

[[NEWS|⟪اشترك في نشرة مقالات الرأي الأسبوعية⟫]]

المطلوب ليس حملات موسمية، بل خطة واضحة: مكتبات مفتوحة في المساء، وبرامج قراءة في كل مدرسة، وكتب بأسعار في متناول الأسر.

⟦فلنعد إلى الكتاب قبل أن نفقد جيلا كاملا لا يعرف متعته.⟧""",
    ("معرض الكتاب يفتح أبوابه الشهر المقبل", "مشاركة أكثر من 600 دار نشر."),
    "مقال رأي يدعو إلى دعم المكتبات",
    site="النهار اليومي", meta="ld", ld_type="OpinionNewsArticle", ld_section="رأي", crumbs=["رأي", "مقالات"], label="رأي", secpath="opinion"))

PAGES.append(mk(
    "ja-news-ampnews-sakura", "https://www.tohoku-shimpo.example/news/2026/03/20/sendai-sakura-kaika",
    "仙台で桜が開花　平年より9日早く", "社会部　高橋健太", ["高橋健太"],
    "2026-03-20T15:10:00+09:00", "2026年3月20日 15:10",
    """⟦仙台管区気象台は20日、仙台市で桜（ソメイヨシノ）が開花したと発表した。⟧平年より9日早く、昨年より6日早い。⟦観測を始めた1953年以降で2番目に早い記録となった。⟧

気象台の職員が午前に標本木を観察し、5輪以上の花が咲いているのを確認した。今月に入って気温の高い日が続き、つぼみの生育が早まったとみられる。

[[PHOTO|⟪開花した標本木＝20日、仙台市⟫]]

[[AD]]

[[MORE|続きを読む]]

⟦満開は来週半ばごろになる見通しだ。⟧市内の公園では花見の準備が進んでおり、西公園では今週末からちょうちんの点灯が始まる。

一方で、早い開花は観光業者にとって悩みの種にもなる。市内の旅館の担当者は「4月上旬の花見ツアーを予約した客に、満開を過ぎているかもしれないと連絡している」と話した。

⟦気象台は、週末は気温が下がる予報のため、花が長持ちする可能性もあるとしている。⟧""",
    ("松島の遊覧船、新航路で運航開始", "4月から1日8便。"),
    "開花の発表を伝える記事",
    site="東北新報", meta="full", ld_type="NewsArticle", crumbs=["ニュース", "宮城"], secpath="news"))

PAGES.append(mk(
    "ja-opinion-mobsite-hanko", "https://m.tohoku-shimpo.example/life/2026/03/15/hanko-no-aru-kurashi",
    "はんこを押さない日々に思うこと", "佐々木由美", ["佐々木由美"],
    "2026-03-15T08:00:00+09:00", "2026年3月15日",
    """⟦先日、役所の窓口で書類を出したとき、はんこはいりませんと言われて少し驚いた。⟧数年前まで、引き出しの奥の印鑑を探すのが手続きの第一歩だったからだ。

便利になったのは間違いない。⟦だが私は、すべての手続きを画面の上だけで済ませることには慎重であるべきだと考える。⟧

[[PHOTO|⟪役所の窓口に置かれた案内板⟫]]

母は80歳を過ぎ、スマートフォンを持っていない。オンライン申請が当たり前になるほど、母のような人は置いていかれる。⟦窓口で顔を見て話せる仕組みは、効率が悪くても残すべきだ。⟧

デジタル化は目的ではなく手段のはずだ。誰のための改革なのかを、もう一度問い直したい。

⟦はんこがなくなっても、人と人が向き合う場所までなくしてはいけない。⟧""",
    ("春の交通安全運動、4月6日から", "自転車のヘルメット着用を呼びかけ。"),
    "署名入りの随筆だが主張がある。オピニオン表示なし",
    site="東北新報", meta="og", crumbs=["ライフ", "くらし"], secpath="life", sure=False))

PAGES.append(mk(
    "ja-other-ampmag-onsen", "https://www.tabi-note.example/guide/2026/03/zao-onsen-higaeri",
    "蔵王温泉を日帰りで楽しむ　おすすめの過ごし方", "文・写真　中島理恵", ["中島理恵"],
    "2026-03-03T12:00:00+09:00", "2026.03.03",
    """⟦山形駅からバスで約40分、蔵王温泉は日帰りでも十分に楽しめる温泉地だ。⟧強い酸性の湯は肌がすべすべになると評判で、冬はスキー客、春からは登山客でにぎわう。

[[H|まずは共同浴場へ]]

⟦温泉街には三つの共同浴場があり、いずれも入浴料は300円前後。⟧地元の人も通う素朴な湯で、石けんやシャンプーは置いていないので持参しよう。

[[GALLERY|⟪湯けむりの立つ温泉街の通り⟫|⟪名物の玉こんにゃく⟫]]

[[H|昼食と食べ歩き]]

昼はジンギスカンか、そばがおすすめ。⟦温泉街を歩けば、玉こんにゃくや温泉まんじゅうの店が並ぶ。⟧

[[H|帰りの注意]]

[[LIST|最終バスは夕方なので時刻を確認|冬は路面の凍結に注意|大露天風呂は冬季休業]]

⟦時間に余裕があれば、ロープウェイで樹氷を見に行くのもよい。⟧""",
    ("銀山温泉、冬の夜の楽しみ方", "ガス灯がともる温泉街を歩く。"),
    "日帰り旅行ガイド",
    site="旅ノート", meta="og", crumbs=["ガイド", "山形"], secpath="guide",
    gallery=["東北の温泉", "春の旅", "コラム：旅先で考えたこと"]))
