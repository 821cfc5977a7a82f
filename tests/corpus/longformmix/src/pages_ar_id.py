"""Arabic and Indonesian pages: an essay on a city's old quarter with the rest behind a paywall wrapper, a
paraphrasing pull quote and endnotes; page 1 of a two-page book review with a drop cap and a pull quote."""
from parts import P, lede, notes, pager, paywall, pq, ref, sec

PAGES = []

_o, _c = paywall("ar", "premium-content")
PAGES.append(dict(
    case="ar-opinion-almadinaalqadima", lang="ar", skin="newsroom", domain="alwaha-news.example", site="الواحة",
    url="https://www.alwaha-news.example/opinion/2026/10/madina-qadima-laysat-mathafan",
    h1="المدينة القديمة ليست متحفاً",
    section="رأي", kicker="مقال رأي",
    authors=["سلمى الحداد"], byline_text="بقلم: سلمى الحداد", ld_authors=["سلمى الحداد"], meta="og",
    pub="2026-10-17T09:00:00+03:00", date="السبت 17 أكتوبر 2026",
    nav=["أخبار", "رأي", "اقتصاد", "ثقافة", "رياضة", "منوعات"],
    cookie="⟪يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.⟫",
    related=["⟪مشروع ترميم السوق القديم يدخل مرحلته الثانية⟫", "سكان الحي القديم: الإيجارات تضاعفت", "جولة مصورة في أزقة المدينة العتيقة"],
    most=["⟪افتتاح خط الحافلات الجديد إلى المطار⟫", "مهرجان الخريف للكتاب يبدأ الأسبوع المقبل"],
    footer="⟪جميع الحقوق محفوظة © 2026 صحيفة الواحة⟫",
    footer_nav=["من نحن", "اتصل بنا", "سياسة الخصوصية", "أعلن معنا"],
    body=P("""⟦في كل صباح، حين أمرّ بسوق النحاسين في طريقي إلى العمل، أسمع صوت المطارق قبل أن أرى الدكاكين.⟧ هذا الصوت رافقني منذ طفولتي، حين كان جدي يصطحبني إلى الحي القديم يوم الجمعة ليشتري القهوة والبهارات، ويتوقف عند كل دكان ليسلّم على صاحبه باسمه. اليوم لم يبقَ في السوق إلا ثلاثة نحاسين من أصل أكثر من عشرين، وصار صوت المطارق أخفت، تغطّيه موسيقى المقاهي الجديدة التي فتحت أبوابها للسياح.

لا أكتب هذا المقال حنيناً إلى الماضي، ولا اعتراضاً على ترميم المدينة القديمة. فقد كانت أجزاء كبيرة منها مهددة بالانهيار، وكان لا بد من التدخل. لكنني أريد أن أطرح سؤالاً بسيطاً: لمن نرمم المدينة القديمة؟ للناس الذين يعيشون فيها، أم للزوار الذين يمرّون بها ساعة ثم يرحلون؟

هذا السؤال ليس نظرياً. فالإجابة عنه تحدد شكل الحي بعد عشر سنوات أو عشرين. إن كانت الإجابة هي الزوار، فسنحصل على حي جميل ونظيف ومضاء، تملؤه المقاهي والفنادق، ويخلو من أهله. وإن كانت الإجابة هي السكان، فسنحصل على حي قد يكون أقل بريقاً في الصور، لكنه حيّ بالمعنى الحقيقي للكلمة: فيه أطفال يذهبون إلى المدرسة، وجيران يتبادلون الزيارات، وحرفيون يعملون في دكاكينهم. وأنا أعتقد أن المدينة تستحق الخيار الثاني، وأن الزوار أنفسهم، في النهاية، يبحثون عنه.""") +
    _o +
    P("""#حين يصبح الحي واجهة

منذ أن بدأ مشروع الترميم قبل خمس سنوات، تغيّر وجه الحي القديم كثيراً. رُصفت الأزقة بالحجر، وأُضيئت الواجهات ليلاً، وتحولت بيوت عربية قديمة إلى فنادق صغيرة ومطاعم ومعارض. هذه كلها أمور جميلة في ظاهرها، وقد جلبت زواراً وأموالاً إلى المدينة.

لكن ما لا تظهره الصور الجميلة هو ما حدث للسكان. فبحسب دراسة أعدّها باحثون في جامعة المدينة، انخفض عدد السكان الدائمين في الحي القديم بنحو الثلث خلال خمس سنوات""" + ref(1) + """. ارتفعت الإيجارات حتى صار كثير من العائلات عاجزاً عن البقاء، وبيعت البيوت لمستثمرين من خارج الحي. ⟦أُغلقت الدكاكين التي كانت تبيع الخبز والخضار، وحلّت محلها متاجر التذكارات.⟧

والنتيجة حيّ يزداد جمالاً كل عام، ويفرغ من أهله كل عام. في المساء، حين يغادر السياح، تبقى الأزقة المضاءة خالية، كأنها ديكور مسرحي بعد انتهاء العرض. نحن نرمم الحجارة، لكننا ننسى الناس الذين عاشوا بينها طوال قرون.""") +
    pq("⟪«نرمّم الحجارة وننسى أهلها»⟫") +
    P("""#بيت جدي

قبل سنوات قليلة، بيع البيت الذي ولد فيه أبي في الحي القديم. كان بيتاً عربياً تقليدياً، له فناء تتوسطه بركة صغيرة وشجرة ليمون، وغرف تطل كلها على الفناء. عاشت فيه ثلاثة أجيال من عائلتنا، وكان أعمامي يجتمعون فيه كل عيد. بعد وفاة جدتي، اختلف الورثة على ما يفعلون به، ولم يكن أحد منهم قادراً على تحمّل تكاليف ترميمه وفق الشروط الجديدة التي فرضتها البلدية.

في النهاية، اشتراه مستثمر وحوّله إلى فندق صغير من ست غرف. زرته مرة بعد افتتاحه. كان الترميم متقناً، والفناء أجمل مما كان في أي وقت مضى، وشجرة الليمون ما زالت في مكانها. ⟦لكنني شعرت وأنا أجلس فيه كأنني ضيفة في بيت غريب،⟧ أدفع ثمن فنجان القهوة في المكان الذي كانت جدتي تقدّم فيه القهوة لكل من يطرق الباب.

لا ألوم المستثمر، فقد فعل ما يسمح به القانون، وربما أنقذ البيت من الانهيار. لكن قصة بيت جدي تتكرر في كل زقاق من أزقة الحي، وكل قصة منها تعني عائلة غادرت، وذاكرة انتقلت من البيت إلى الصور.

#المدينة ذاكرة حيّة

المدينة القديمة ليست مجموعة من المباني الأثرية فحسب، بل هي طريقة في العيش. هي الجارة التي تعرف متى تمرض جارتها، والبقال الذي يسجّل الدين في دفتر، والحرفي الذي يعلّم ابنه الصنعة كما تعلّمها من أبيه. هذه الحياة اليومية هي ما يمنح الحجارة معناها، ومن دونها تتحول المدينة إلى متحف مفتوح، جميل لكنه بلا روح.

لقد رأينا هذا يحدث في مدن كثيرة حول البحر المتوسط وخارجه""" + ref(2) + """. أحياء تاريخية رُممت بعناية فائقة، ثم فرغت من سكانها خلال عقد واحد، وصارت تعيش على إيقاع مواسم السياحة. بعض هذه المدن بدأ اليوم يدفع ثمناً باهظاً لمحاولة إعادة الحياة إلى أحيائها القديمة، بعد أن أدرك أن الزوار أنفسهم يملّون من مدن بلا أهل.

#من يربح من السياحة؟

يقول المدافعون عن المشروع إن السياحة جلبت فرص عمل وأنعشت اقتصاد المدينة. وهذا صحيح إلى حدّ ما. لكن من المهم أن نسأل: من يستفيد فعلاً؟ معظم الفنادق والمطاعم الجديدة في الحي يملكها مستثمرون من خارجه، وكثير منهم من خارج المدينة كلها. أما فرص العمل التي وفّرتها، فأغلبها وظائف موسمية منخفضة الأجر، في التنظيف والخدمة، لا تكفي لدفع إيجار بيت في الحي نفسه.

في المقابل، يتحمل من بقي من السكان أعباء السياحة كلها: الزحام في الأزقة الضيقة، والضجيج حتى ساعات متأخرة من الليل، وارتفاع أسعار كل شيء من الخبز إلى الدواء. صار بعض كبار السن يتجنبون الخروج من بيوتهم في مواسم الذروة. هذه ليست تنمية، بل نقل للثروة من أهل الحي إلى غيرهم، مع ترك الأعباء لمن بقي.

#تجارب تستحق التأمل

ليست كل التجارب سيئة. ففي بعض المدن التاريخية، اختارت السلطات المحلية طريقاً مختلفاً. اشترت البلدية عدداً من البيوت القديمة ورممتها، ثم أجّرتها لعائلات من الحي بإيجارات مدعومة، بشرط أن تسكنها بشكل دائم. وفي مدن أخرى، خُصصت الطوابق الأرضية في الأسواق القديمة للحرف التقليدية والمحلات التي تخدم السكان، ومُنع تحويلها إلى متاجر تذكارات.

⟦لم تكن هذه الحلول سهلة ولا رخيصة، لكنها أثبتت أن الترميم والحياة اليومية يمكن أن يتعايشا.⟧ والأهم أنها انطلقت من قناعة بسيطة: أن قيمة الحي القديم لا تكمن في حجارته وحدها، بل في الناس الذين يعطونه معناه.

#ما الذي يمكن فعله؟

لا أدعو إلى وقف الترميم، ولا إلى منع السياحة. أدعو إلى أن يكون السكان في قلب أي مشروع، لا على هامشه. وهذا يعني أموراً عملية يمكن البدء بها فوراً.

أولاً، حماية الإيجارات للسكان القدامى، وتخصيص نسبة من البيوت المرممة للسكن الدائم بأسعار معقولة، بدلاً من تحويلها كلها إلى فنادق ومطاعم. ثانياً، دعم الحرفيين التقليديين بإعفاءات ضريبية وإيجارات رمزية، حتى لا يضطروا إلى إغلاق دكاكينهم. ثالثاً، إشراك أهل الحي في اتخاذ القرار، عبر مجلس محلي يُستشار في كل ما يخص الحي، لا عبر اجتماعات شكلية تُعقد بعد أن تُتخذ القرارات. ورابعاً، تنظيم الإيجار السياحي قصير الأمد، بحيث لا يتحول كل بيت يُرمَّم إلى شقة فندقية، كما فعلت مدن كثيرة حين أدركت حجم المشكلة""" + ref(3) + """.

قد يقول قائل إن هذه الإجراءات مكلفة، وإن السياحة هي ما يموّل الترميم أصلاً. هذا صحيح جزئياً. لكن السؤال الحقيقي هو: ما الذي نخسره إذا لم نفعل شيئاً؟ إن مدينة تفقد سكانها تفقد في النهاية سبب زيارتها أيضاً.

#صوت المطارق

قبل أيام، جلستُ مع أبي سليم، أقدم نحاسي السوق، في دكانه الصغير. عمره تجاوز السبعين، ويعمل في هذا المكان منذ أن كان في الثانية عشرة. قال لي إن صاحب العقار عرض عليه مبلغاً كبيراً ليترك الدكان، لأن شركة تريد تحويله إلى مقهى. سألته إن كان سيقبل، فضحك وقال: «وأين أذهب؟ هنا ولدت مرة ثانية».

حدّثني أبو سليم عن السوق كما كان قبل خمسين عاماً: عن النحاسين الذين كانوا يعملون متجاورين، يتنافسون ويتعاونون في آن واحد، وعن الأعراس التي كانت تُجهَّز أوانيها كلها من هذا السوق، وعن الصبية الذين كانوا يأتون من القرى المجاورة ليتعلموا الصنعة. قال إن ابنه لم يرد أن يرث المهنة، وإنه لا يلومه، فالعمل شاق والدخل قليل. لكنه يعلّم اليوم شاباً من الحي يأتيه بعد الظهر، ويقول إن الصنعة لا تموت ما دام هناك من يتعلمها. سألته عما يتمناه، فقال إنه يتمنى أن يبقى السوق سوقاً، يشتري منه الناس ما يحتاجونه، لا مكاناً يلتقطون فيه الصور ثم يمضون. ثم عاد إلى عمله، وكأن الحديث قد أخذ من وقته أكثر مما ينبغي، فالطلبيات كثيرة والنهار قصير.

حين خرجتُ من الدكان، كان صوت مطرقته يرافقني في الزقاق. ⟦أتمنى أن يبقى هذا الصوت، وأن يسمعه أحفادنا، لا في تسجيل داخل متحف، بل في سوق حيّ.⟧""") + _c +
    notes(["دراسة ميدانية عن التحولات السكانية في الحي القديم، قسم التخطيط العمراني، 2025.",
           "انظر تجارب عدد من المدن المتوسطية التي أدرجت أحياؤها القديمة على قوائم التراث.",
           "⟦اقترحت جمعية أهالي الحي القديم هذا المجلس في رسالة إلى البلدية عام 2024.⟧"]),
    kind="opinion", why="signed opinion piece arguing restoration must serve residents",
))

PAGES.append(dict(
    case="id-other-ulasannovel", lang="id", skin="portal", domain="lentera-budaya.example", site="Lentera Budaya",
    url="https://lentera-budaya.example/ulasan/buku/rumah-di-ujung-dermaga-novel-yang-menolak-tergesa",
    h1="Ulasan “Rumah di Ujung Dermaga”: Novel yang Menolak Tergesa-gesa",
    deck="Novel kedua Ratna Sulistyowati mengisahkan tiga generasi perempuan di sebuah kampung nelayan. Lambat, sunyi, dan sangat memikat.",
    kicker="Ulasan Buku", strip="Minggu, 8 Februari 2026",
    authors=["Bima Prasetyo"], byline_text="Oleh Bima Prasetyo", ld_authors=["Bima Prasetyo"], meta="min",
    pub="2026-02-08T10:00:00+07:00", date="8 Februari 2026 | 10:00 WIB",
    nav=["Buku", "Film", "Musik", "Seni Rupa", "Esai", "Agenda"],
    cookie="⟪Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda.⟫",
    related=["⟪Lima novel Indonesia terbaik tahun 2025⟫", "Wawancara: Ratna Sulistyowati tentang laut dan ingatan", "Festival sastra pesisir digelar bulan depan"],
    most=["⟪Film horor lokal tembus dua juta penonton⟫", "Pameran seni rupa kontemporer dibuka di Yogyakarta"],
    footer="⟪© 2026 Lentera Budaya. Hak cipta dilindungi undang-undang.⟫",
    footer_nav=["Tentang kami", "Redaksi", "Pedoman media siber", "Kontak"],
    body=lede("⟦Ada novel yang ingin segera sampai di halaman terakhir, dan ada novel yang ingin pembacanya tinggal.⟧ “Rumah di Ujung Dermaga”, novel kedua Ratna Sulistyowati, jelas termasuk golongan kedua. Selama hampir empat ratus halaman, ia mengajak kita duduk di beranda sebuah rumah panggung di kampung nelayan di pesisir utara Jawa, mendengarkan angin, menunggu perahu pulang, dan perlahan-lahan mengenal tiga perempuan yang hidup di sana: seorang nenek, anak perempuannya, dan cucunya.") +
    P("""Ratna Sulistyowati bukan nama baru bagi pembaca sastra Indonesia. Novel pertamanya, yang terbit enam tahun lalu, mendapat beberapa penghargaan dan diterjemahkan ke dua bahasa asing. Ia juga dikenal sebagai penulis cerita pendek yang produktif, dengan cerita-cerita yang hampir selalu berlatar di pesisir. ⟦Ratna sendiri lahir dan besar di sebuah kampung nelayan,⟧ dan dalam beberapa wawancara ia mengatakan bahwa novel ini lahir dari kenangan tentang neneknya, yang tidak pernah belajar membaca tetapi hafal ratusan pantun dan nama-nama bintang.

Latar belakang itu terasa di setiap halaman. Detail kehidupan kampung nelayan, dari cara menjemur ikan asin sampai doa-doa yang dibacakan sebelum perahu berangkat, ditulis dengan ketelitian seseorang yang pernah menyaksikannya sendiri, bukan seseorang yang menelitinya dari jauh.

Ini bukan novel yang mudah dibaca dalam sekali duduk, dan memang tidak dimaksudkan begitu. Plotnya tipis. Tidak ada pembunuhan, tidak ada rahasia besar yang terbongkar di bab terakhir, tidak ada tokoh jahat yang jelas. Yang ada adalah kehidupan sehari-hari yang diceritakan dengan kesabaran luar biasa, dan justru di situlah kekuatannya.

#Tiga perempuan, tiga zaman

Novel ini dibagi menjadi tiga bagian, masing-masing dituturkan dari sudut pandang satu tokoh. Bagian pertama milik Mbok Darmi, sang nenek, yang menikah pada usia enam belas tahun dengan seorang nelayan dan menghabiskan seluruh hidupnya menunggu suaminya pulang dari laut. Bagian kedua milik Sulastri, anaknya, yang pergi ke kota untuk bekerja di pabrik dan kembali bertahun-tahun kemudian dengan seorang anak dan tanpa suami. Bagian ketiga milik Ayu, sang cucu, yang tumbuh besar di antara dua dunia: kampung yang perlahan tenggelam oleh air pasang dan layar ponsel yang membawanya ke tempat lain.

Ratna menulis ketiga suara itu dengan sangat berbeda. Bagian Mbok Darmi ditulis dalam kalimat-kalimat pendek, hampir seperti doa, penuh dengan nama-nama angin, ikan, dan bintang yang kini jarang kita dengar. Bagian Sulastri lebih gelisah, penuh dengan kilas balik dan kalimat yang terputus-putus, mencerminkan hidup yang terus berpindah. Bagian Ayu paling ringan, kadang lucu, dengan bahasa sehari-hari anak muda yang terasa segar tanpa dibuat-buat.""") +
    pq("⟪Laut dalam novel ini bukan latar, melainkan tokoh keempat.⟫") +
    P("""#Laut yang terus naik

Yang paling mengesankan dari novel ini adalah cara Ratna menghadirkan laut. Laut di sini bukan sekadar latar belakang yang indah. Ia hadir di setiap halaman, sebagai sumber hidup, ancaman, dan kenangan sekaligus. ⟦Ia memberi makan, mengambil suami, dan pada akhirnya perlahan-lahan mengambil rumah itu sendiri.⟧

Di bagian ketiga, air pasang mulai masuk ke kolong rumah setiap bulan purnama. Para tetangga meninggikan lantai rumah mereka dengan timbunan tanah dan batu, lalu meninggikannya lagi beberapa tahun kemudian. Sebagian pindah ke daratan. Masjid kampung dipindahkan. Ratna tidak pernah menggunakan istilah seperti perubahan iklim atau penurunan muka tanah, dan novel ini sama sekali tidak terasa seperti khotbah. Tetapi siapa pun yang pernah membaca berita tentang kampung-kampung pesisir di utara Jawa akan mengenali apa yang sedang terjadi.

Ada satu adegan yang akan lama saya ingat. Mbok Darmi, yang sudah sangat tua, meminta Ayu membantunya berjalan ke ujung dermaga pada malam hari. Di sana ia menyebutkan nama-nama bintang yang dulu digunakan suaminya untuk menentukan arah pulang. Ayu mencoba mencocokkannya dengan aplikasi di ponselnya, dan gagal, karena nama-nama itu tidak ada di sana. ⟦Adegan itu hanya dua halaman, tetapi berisi seluruh novel dalam bentuk kecil.⟧

#Kampung sebagai dunia

Selain tiga perempuan itu, novel ini dipenuhi tokoh-tokoh kecil yang hidup: Pak Karto, juragan perahu yang pelit tetapi diam-diam membayar utang para janda nelayan; Bu Minah, penjual jamu yang tahu semua gosip kampung; Haji Salim, yang setiap tahun menjanjikan tanggul baru dari pemerintah dan setiap tahun gagal. Masing-masing hanya muncul sesekali, tetapi bersama-sama mereka membangun sebuah kampung yang terasa nyata, dengan segala kebaikan dan kepicikannya.

Ratna juga sangat pandai menulis tentang kerja. Ada halaman-halaman panjang tentang memperbaiki jaring, membersihkan perahu, menawar harga ikan di tempat pelelangan, dan semuanya ditulis dengan perhatian yang sama seperti adegan-adegan emosional. ⟦Bagi Ratna, kerja sehari-hari bukan jeda dari cerita, melainkan cerita itu sendiri.⟧ Pilihan ini membuat novelnya terasa membumi dan jujur, jauh dari gambaran romantis tentang kehidupan pesisir yang sering kita temukan dalam brosur pariwisata.

#Bahasa yang bekerja

Perlu juga disebut bahasa novel ini. Ratna menulis dalam bahasa Indonesia yang jernih, tetapi menyelipkan banyak kata dan ungkapan dari bahasa Jawa pesisir, terutama di bagian Mbok Darmi. Ia tidak memberi catatan kaki atau daftar istilah, dan pembaca yang tidak mengerti bahasa Jawa mungkin sesekali kebingungan. Namun sebagian besar kata itu bisa ditebak dari konteksnya, dan justru memberi warna yang tidak bisa digantikan oleh terjemahan. Suara Mbok Darmi tidak akan terdengar sama tanpa kata-kata itu.

#Mengapa kelambatan itu penting

Saya ingin berhenti sejenak pada soal kelambatan, karena menurut saya di sinilah letak nilai terbesar novel ini. Kita hidup di masa ketika hampir semua cerita, dari film sampai unggahan media sosial, dirancang untuk menangkap perhatian kita dalam hitungan detik. Banyak novel pun ikut berlomba: bab-bab pendek, akhir bab yang menggantung, kejutan di setiap tikungan.

“Rumah di Ujung Dermaga” menolak semua itu. Ratna membiarkan satu sore berlangsung sepuluh halaman. Ia menggambarkan cara Mbok Darmi mengupas bawang, cara cahaya berubah di atas laut menjelang magrib, cara suara azan bercampur dengan suara mesin perahu. Pada awalnya, ini bisa terasa menjemukan. Tetapi perlahan, pembaca mulai bernapas dengan ritme yang sama dengan tokoh-tokohnya, dan ketika sesuatu akhirnya terjadi, sebuah kematian, sebuah kepulangan, sebuah banjir besar, dampaknya terasa jauh lebih dalam.

Kelambatan itu juga punya makna lain. Kampung dalam novel ini sedang menghilang, tidak dalam satu bencana besar, tetapi sedikit demi sedikit, sentimeter demi sentimeter, tahun demi tahun. Hanya novel yang lambat yang bisa menangkap kehilangan semacam itu. Novel yang tergesa-gesa akan melewatkannya, seperti kita semua melewatkannya dalam berita. Ketika sebuah kampung akhirnya tenggelam, berita hanya mencatat jumlah rumah yang ditinggalkan. Novel Ratna mencatat hal-hal yang tidak pernah masuk berita: bau dapur yang hilang, nama-nama yang tidak lagi dipanggil, kebiasaan kecil yang berhenti tanpa ada yang menyadarinya. Justru hal-hal kecil seperti itulah yang membuat kehilangan terasa nyata, dan Ratna mencatatnya satu per satu dengan kesabaran seorang penjaga arsip yang tahu bahwa tidak ada orang lain yang akan melakukannya.

#Beberapa kekurangan

Novel ini bukan tanpa kelemahan. Bagian kedua, milik Sulastri, terasa paling lemah. Kisah hidupnya di kota, dengan pabrik, kontrakan sempit, dan laki-laki yang meninggalkannya, sudah sering kita baca dalam sastra Indonesia, dan Ratna tidak banyak menambahkan hal baru. Beberapa bab di bagian ini terasa berulang, dan saya sempat tergoda untuk melompatinya.

Selain itu, pembaca yang terbiasa dengan alur cepat mungkin akan kehilangan kesabaran di seratus halaman pertama. Ratna membutuhkan waktu lama untuk membangun dunianya, dan ia tidak berusaha menarik pembaca dengan kejutan. Ini pilihan yang disengaja, dan menurut saya tepat, tetapi tidak semua orang akan menyukainya.

Akhir novel juga mungkin akan membuat sebagian pembaca kecewa. Ratna menolak memberikan penyelesaian yang jelas. Kita tidak tahu pasti apa yang terjadi pada rumah itu, atau apakah Ayu akan tinggal atau pergi. ⟦Novel ini berakhir seperti air pasang yang surut: pelan, tanpa tanda, dan meninggalkan lebih banyak pertanyaan daripada jawaban.⟧ Di halaman berikutnya, saya membahas desain dan penerbitan edisi ini, lalu memberikan penilaian akhir.""") +
    pager("id", 2, "⟪Bahasa, penerbitan, dan penilaian akhir⟫", "/ulasan/buku/rumah-di-ujung-dermaga-novel-yang-menolak-tergesa"),
    kind="other", why="book review assessing a novel’s strengths and weaknesses",
))
