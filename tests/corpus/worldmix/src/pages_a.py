"""Middle East, Turkey, Greece, South Asia (ar, fa, he, tr, el, ur, hi, bn)."""

PAGES = []

# ---------------------------------------------------------------- Egypt: Jannah theme, Arabic news
PAGES.append(dict(
    case="ar-news-qahira", lang="ar", rtl=True, country="EG", skin="jannah", domain="masr-alyoum.example",
    site="مصر اليوم", url="https://www.masr-alyoum.example/news/2026/03/15/metro-line-four-tunnel-48213/",
    secpath="news", section="أخبار مصر", home="الرئيسية", search="بحث",
    title_tag="انتهاء حفر نفق الخط الرابع للمترو أسفل النيل - أخبار مصر - مصر اليوم",
    og_title="المترو: انتهاء حفر نفق الخط الرابع أسفل النيل.. والتشغيل التجريبي 2027",
    h1="انتهاء حفر نفق الخط الرابع للمترو أسفل النيل",
    byline='<a href="/author/mohamed-abdelrahman/" class="author-name tie-icon">كتب: محمد عبد الرحمن</a>',
    date="الأحد، 15 مارس 2026 - 10:45 ص", today="الأحد، 15 مارس 2026", reading="3 دقائق",
    pub="2026-03-15T10:45:00+02:00", mod="2026-03-15T13:02:00+02:00", meta_section="أخبار مصر",
    ld_authors=["محمد عبد الرحمن"], meta_author="محمد عبد الرحمن",
    ticker=("عاجل", ["⟪رئيس الوزراء يتفقد مشروعات الإسكان في العاصمة الإدارية⟫", "ارتفاع درجات الحرارة غدا على القاهرة الكبرى", "البنك المركزي يثبت أسعار الفائدة"]),
    nav=["الرئيسية", ("أخبار مصر", ["محافظات", "حوادث", "تعليم", "صحة"]), ("اقتصاد", ["بورصة", "بنوك", "عقارات"]), "عرب وعالم", "رياضة", "فن", "منوعات", "فيديو", "مقالات"],
    mega_posts=["محافظ الجيزة يفتتح محطة مياه جديدة في أوسيم", "تعرف على مواعيد القطارات في رمضان"],
    figure="جانب من أعمال الحفر في محطة الخط الرابع - أرشيفية",
    body="""<p>القاهرة - ⟦أعلنت الهيئة القومية للأنفاق، اليوم الأحد، انتهاء ماكينة الحفر العملاقة من⟧ شق النفق أسفل مجرى نهر النيل ضمن المرحلة الأولى من الخط الرابع لمترو الأنفاق، بعد نحو أربعة أشهر من بدء العمل في هذا الجزء من المشروع.</p>
<p>وقال رئيس الهيئة، المهندس طارق الشناوي، في بيان صحفي، إن الماكينة قطعت مسافة 720 مترا أسفل النهر على عمق يصل إلى 32 مترا من سطح الماء، وإن الأعمال جرت دون أي تأثير على حركة الملاحة النهرية أو على المباني المجاورة للمسار.</p>
<p><strong>اقرأ أيضا:</strong> <a href="/news/2026/03/14/ticket-prices-metro/">⟪زيادة أسعار تذاكر المترو اعتبارا من أبريل.. تعرف على الأسعار الجديدة⟫</a></p>
<p>وأضاف الشناوي أن المرحلة الأولى تمتد بطول 19 كيلومترا وتضم 16 محطة، تبدأ من محطة حدائق الأشجار وتنتهي عند ميدان الفسطاط، ⟦ومن المنتظر أن تخدم نحو مليون ونصف المليون راكب يوميا⟧ عند اكتمالها.</p>
<p>وأوضح أن نسبة الإنجاز في الأعمال المدنية بلغت 78 في المئة، بينما بدأت الشركات المنفذة في تركيب القضبان والأنظمة الكهربائية في المحطات التي انتهى إنشاؤها، مشيرا إلى أن الهيئة تعمل على تقليل الإغلاقات المرورية في الشوارع المحيطة بالمحطات.</p>
<div class="stream-item stream-item-in-post stream-item-inline-post aligncenter"><span class="stream-title">إعلان</span><div class="adsbygoogle" data-ad-slot="300x250"></div></div>
<p>وأشار رئيس الهيئة إلى أن المحطات الجديدة صممت لتستوعب ذوي الهمم، إذ تضم مصاعد وسلالم متحركة وممرات إرشادية للمكفوفين، إلى جانب أنظمة حديثة للتهوية ومكافحة الحرائق، فضلا عن بوابات إلكترونية تقبل البطاقات الذكية والدفع عبر الهاتف المحمول.</p>
<p>ومن جانبه، قال أستاذ هندسة النقل بجامعة القاهرة، الدكتور هشام سليمان، إن عبور النيل بنفق أسفل المجرى يعد من أصعب مراحل المشروع من الناحية الفنية، لافتا إلى أن نجاح هذه المرحلة يفتح الطريق أمام استكمال باقي الأعمال وفق الجدول الزمني المعلن.</p>
<p>وكان سكان منطقة الجيزة قد اشتكوا خلال الأشهر الماضية من الزحام الناتج عن تحويلات المرور، وقال أحمد فتحي، وهو صاحب محل بقالة في شارع الهرم، إن حركة البيع تراجعت إلى النصف منذ إغلاق جزء من الشارع، لكنه أكد أن المترو سيكون مفيدا للمنطقة على المدى البعيد.</p>
<p>⟦وتشير التقديرات إلى أن الخط الجديد سيخفف الضغط على الخطين الأول والثاني⟧، اللذين يعملان بأكثر من طاقتهما في ساعات الذروة، كما سيربط لأول مرة بين غرب الجيزة ومنطقة مصر القديمة دون الحاجة إلى تغيير القطار.</p>
<p>ومن المقرر أن تبدأ التجارب الأولى لتشغيل القطارات على الجزء الممتد بين محطتي الأهرام والفسطاط في منتصف العام المقبل، على أن يفتح الخط للجمهور بعد اجتياز اختبارات السلامة. ⟦وأكدت الهيئة أن أسعار التذاكر على الخط الجديد ستكون موحدة مع باقي الخطوط.⟧</p>
<p class="google-news-follow"><a href="https://news.google.example/publications/masr-alyoum" target="_blank" rel="noopener">⟪تابع آخر الأخبار عبر تطبيق جوجل نيوز⟫</a></p>""",
    exclude=["p^اقرأ أيضا", "div.stream-item", "p.google-news-follow"],
    after='<span class="tagcloud"><span class="post-tags-title">الوسوم</span> <a href="/tag/metro/">مترو الأنفاق</a> <a href="/tag/giza/">الجيزة</a> <a href="/tag/nile/">النيل</a></span>',
    related=("مقالات ذات صلة", ["⟪محافظ القاهرة يعلن تطوير ميدان التحرير قبل الصيف⟫", "كيف تستخرج بطاقة المترو الذكية في خمس دقائق", "الحكومة: 40 مليار جنيه لمشروعات النقل هذا العام"]),
    mostread=("الأكثر قراءة", ["طقس الغد: أمطار خفيفة على السواحل الشمالية", "نتيجة الشهادة الإعدادية 2026 بالاسم", "سعر الذهب اليوم في مصر", "موعد مباراة الأهلي والزمالك"]),
    ago="منذ ساعتين",
    comments=("التعليقات", [("عمرو", "منذ ساعة", "⟪أخيرا، ننتظر هذا الخط منذ عشر سنوات⟫")]),
    cookie="نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا. باستمرارك في التصفح فإنك توافق على ذلك.", cookie_ok="موافق",
    footer="جميع الحقوق محفوظة © 2026 مصر اليوم",
    authors=["محمد عبد الرحمن"], byline_text="كتب: محمد عبد الرحمن",
    kind="news", why="news report on metro tunnel works, Egyptian portal",
))

# ---------------------------------------------------------------- Morocco: Newspaper (tagDiv), Arabic news, agency
PAGES.append(dict(
    case="ar-news-rabat", lang="ar", rtl=True, country="MA", skin="tagdiv", domain="hespress-maghreb.example",
    site="المغرب24", url="https://www.hespress-maghreb.example/economie/2026/02/27/port-tanger-record-containers.html",
    secpath="economie", section="اقتصاد", home="الرئيسية",
    title_tag="ميناء طنجة المتوسط يحقق رقما قياسيا في عدد الحاويات | المغرب24",
    h1="ميناء طنجة المتوسط يحقق رقما قياسيا في عدد الحاويات",
    by_word="", byline='<a href="/author/redaction/">المغرب24 - و م ع</a>',
    date="27 فبراير 2026", today="الجمعة 27 فبراير 2026",
    pub="2026-02-27T18:20:00+01:00", meta_section="اقتصاد", ld_authors=["org:المغرب24"],
    ticker=("الأكثر تداولا", ["⟪توقعات بتساقطات ثلجية فوق مرتفعات الأطلس⟫", "الحكومة تصادق على مشروع قانون المالية المعدل", "أسعار المحروقات تنخفض في المحطات"]),
    topbar='<ul class="top-header-menu"><li><a href="/contact">اتصل بنا</a></li><li><a href="/fr/">Français</a></li><li><a href="/en/">English</a></li></ul>',
    nav=["الرئيسية", "سياسة", ("اقتصاد", ["مال وأعمال", "فلاحة", "طاقة"]), "مجتمع", "جهات", "رياضة", "فن وثقافة", "مغاربة العالم", "كتاب وآراء", "فيديو"],
    figure="رافعات الحاويات في الرصيف الثالث بالميناء (صورة: أرشيف)",
    body="""<p>⟦سجل ميناء طنجة المتوسط خلال سنة 2025 معالجة أكثر من عشرة ملايين حاوية⟧ من فئة عشرين قدما، وهو أعلى رقم في تاريخه منذ افتتاحه، وفق ما أعلنته السلطة المينائية في تقريرها السنوي الصادر اليوم الجمعة.</p>
<p>وأوضح التقرير أن حركة الحاويات ارتفعت بنسبة 14 في المائة مقارنة بالسنة السابقة، مدفوعة بتحويل عدد من شركات الشحن الدولية لمساراتها نحو مضيق جبل طارق، وبتوسع نشاط المناطق الصناعية المحيطة بالميناء.</p>
<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">- إعلان -</span><ins class="adsbygoogle" data-ad-slot="content_inline"></ins></div>
<p>وأضافت السلطة المينائية أن الميناء استقبل 1420 سفينة تجارية خلال الأشهر الستة الأخيرة وحدها، وأن معدل انتظار السفن قبل الرسو انخفض إلى أقل من عشر ساعات بفضل رقمنة إجراءات الجمارك والمراقبة.</p>
<blockquote class="td_quote_box td_box_center"><p>⟦نريد أن يصبح الميناء منصة لوجستية للقارة الإفريقية كلها⟧، وليس مجرد محطة عبور، تقول المديرة العامة سلمى بنعيسى.</p></blockquote>
<p>وتراهن الحكومة على مشروع توسعة جديد في الجهة الشرقية للميناء، يتضمن رصيفين إضافيين ومنطقة للتخزين البارد موجهة لتصدير المنتجات الفلاحية نحو أوروبا، ومن المرتقب أن تنطلق أشغاله في النصف الثاني من السنة الجارية.</p>
<div class="td-related-inline"><span class="td-related-inline-title">اقرأ أيضا</span><ul><li><a href="/economie/2026/02/20/rail-tanger-casablanca.html">⟪القطار فائق السرعة يربط طنجة بمراكش قبل كأس العالم⟫</a></li><li><a href="/economie/2026/02/11/exports-agrumes.html">صادرات الحوامض تتراجع بسبب الجفاف</a></li></ul></div>
<p>⟦في المقابل، نبه خبراء في النقل البحري إلى أن المنافسة الإقليمية تشتد⟧، خاصة مع مشاريع موانئ جديدة في الجزائر وإسبانيا، مؤكدين أن الحفاظ على هذه الأرقام يتطلب تحسين الربط السككي مع المدن الصناعية في الداخل.</p>
<p>⟦وتبقى الصادرات المغربية من السيارات أهم مصدر لحركة الشحن في الميناء.⟧</p>""",
    exclude=["div.td-a-rec", "div.td-related-inline"],
    after='<li><span>الوسوم</span></li><li><a href="/tag/tanger/">طنجة</a></li><li><a href="/tag/port/">ميناء</a></li><li><a href="/tag/export/">تصدير</a></li>',
    related=("مقالات ذات صلة", ["⟪بنك المغرب يبقي سعر الفائدة الرئيسي دون تغيير⟫", "ارتفاع عدد السياح الوافدين على مراكش", "المكتب الوطني للكهرباء يطلق محطة شمسية"]),
    mostread=("الأكثر قراءة", ["بلاغ هام لوزارة التربية الوطنية بشأن العطلة", "المنتخب المغربي يواجه السنغال وديا", "وفاة فنان مغربي معروف"]),
    ago="منذ 3 ساعات",
    newsletter=("النشرة البريدية", "⟪اشترك في النشرة البريدية لتصلك أهم الأخبار⟫", "اشتراك"),
    cookie="يستخدم هذا الموقع ملفات تعريف الارتباط لضمان حصولك على أفضل تجربة.", cookie_ok="قبول",
    footer="© 2026 المغرب24. جميع الحقوق محفوظة.",
    authors=None, byline_text="المغرب24 - و م ع",
    kind="news", why="economy news report with agency byline",
))

# ---------------------------------------------------------------- Saudi Arabia: custom portal, opinion column, Hijri date, author box below
PAGES.append(dict(
    case="ar-opinion-riyadh", lang="ar", rtl=True, country="SA", skin="portal", px="article-page", body_cls="article-text",
    domain="alwatan-daily.example", site="صحيفة الوطن اليومية",
    url="https://www.alwatan-daily.example/articles/1184432",
    section="كتاب الوطن", crumbs=["الرئيسية", "كتاب الوطن"],
    title_tag="المدن لا تُبنى بالأبراج وحدها - صحيفة الوطن اليومية",
    h1="المدن لا تُبنى بالأبراج وحدها",
    byline='<div class="writer-card"><img src="/uploads/writers/saad.jpg" alt=""><a href="/writers/457">سعد بن فهد العتيبي</a></div>',
    date="الأحد 26 رمضان 1447 هـ - 15 مارس 2026 م",
    pub="2026-03-15T00:05:00+03:00", meta_section="مقالات", ld_type="OpinionNewsArticle", ld_authors=["سعد بن فهد العتيبي"],
    meta_author="سعد بن فهد العتيبي",
    today="الأحد 26 رمضان 1447",
    topbar='<a href="/login">تسجيل الدخول</a> | <a href="/pdf">النسخة الورقية</a>',
    nav=["الرئيسية", "محليات", "اقتصاد", "العالم", "رياضة", ("كتاب الوطن", ["مقالات اليوم", "أرشيف الكتاب"]), "ثقافة", "فيديو", "إنفوجرافيك"],
    body="""<p>⟦كلما زرت حيا جديدا في أطراف المدينة سألت نفسي السؤال نفسه⟧: أين سيمشي الناس هنا؟ الشوارع عريضة، والمباني أنيقة، والإنارة ممتازة، لكن الرصيف يختفي فجأة أمام مدخل مرآب، ثم يعود بعد عشرين مترا بارتفاع مختلف.</p>
<p>لا أكتب هذا من باب التذمر. أكتب لأنني أعتقد أننا أنفقنا في العقدين الماضيين على الطرق السريعة والجسور أضعاف ما أنفقناه على الأماكن التي يلتقي فيها الناس، ثم نستغرب حين يشكو الشباب من العزلة، وحين يقضي كبار السن يومهم في البيت.</p>
<p>⟦المدينة الناجحة في رأيي هي التي يستطيع فيها طفل في العاشرة أن يمشي إلى مدرسته⟧، وأن يعرف صاحب البقالة اسمه. هذا لا يحتاج إلى ميزانيات ضخمة، بل إلى قرار بأن يكون الإنسان لا السيارة هو وحدة القياس في التخطيط.</p>
<div class="inline-ad"><div class="adunit" data-slot="mpu_1"></div><span>إعلان</span></div>
<p>لقد رأينا تجارب ناجحة في مدن سعودية عدة، من ممشى الحي الذي أعيد تصميمه في الخبر إلى الحدائق الصغيرة التي حولتها البلديات من أراض مهملة إلى ملاعب للأطفال. لكنها ما تزال استثناء، وليست قاعدة ملزمة لكل مخطط جديد.</p>
<p>أقترح ثلاثة أمور بسيطة: أن يشترط على كل مخطط سكني رصيف متصل لا يقطعه شيء، وأن تخصص نسبة ثابتة من مساحته للحدائق المظللة، وأن تشارك لجان الأحياء في مراجعة التصاميم قبل اعتمادها. ⟦هذه ليست رفاهية، بل شرط لجودة الحياة التي نتحدث عنها كثيرا.⟧</p>
<p>⟦فالمدن، في النهاية، لا تُبنى بالأبراج وحدها، بل بالمسافات الصغيرة بين البيوت.⟧</p>""",
    exclude=["div.inline-ad"],
    authorbox='<div class="writer-bio"><h4>عن الكاتب</h4><p>⟪كاتب ومهندس معماري، عمل في تخطيط المدن لأكثر من عشرين عاما⟫.</p><a href="/writers/457">جميع مقالات الكاتب</a><p class="writer-follow">⟪تابعوا الكاتب على منصة إكس⟫</p></div>',
    related=("مقالات أخرى للكاتب", ["⟪حين يصبح الظل مشروعا وطنيا⟫", "النقل العام ليس للفقراء فقط"]),
    mostread=("الأكثر قراءة", ["⟪هيئة الترفيه تعلن برنامج عيد الفطر في الرياض⟫", "تقلبات جوية على المنطقة الشرقية", "الهلال يقترب من حسم الدوري"]),
    times=["منذ ساعة", "منذ 3 ساعات", "أمس"],
    cookie="نستخدم ملفات الارتباط (الكوكيز) لتحسين تجربة التصفح.", cookie_ok="موافق",
    footer="جميع الحقوق محفوظة لصحيفة الوطن اليومية © 2026",
    authors=["سعد بن فهد العتيبي"], byline_text="سعد بن فهد العتيبي",
    kind="opinion", why="signed column in writers section arguing for walkable cities",
))

# ---------------------------------------------------------------- Iran: Persian opinion, Solar Hijri date, ISO meta
PAGES.append(dict(
    case="fa-opinion-tehran", lang="fa", rtl=True, country="IR", skin="portal", px="news", body_cls="body-text",
    domain="sharq-news.example", site="شرق‌نیوز",
    url="https://www.sharq-news.example/fa/news/284119/",
    section="یادداشت", crumbs=["صفحه اصلی", "یادداشت"], kicker="یادداشت",
    title_tag="شرق‌نیوز | آب را نمی‌شود با بخشنامه ذخیره کرد",
    h1="آب را نمی‌شود با بخشنامه ذخیره کرد",
    deck="⟦مدیریت مصرف آب در شهرهای بزرگ بیش از هر چیز به اعتماد مردم نیاز دارد⟧",
    byline='<span class="author">نویسنده: <a href="/fa/author/1021">مهرداد کاظمی</a>، اقتصاددان</span>',
    date="۲۵ اسفند ۱۴۰۴ - ۰۹:۱۵", today="دوشنبه ۲۵ اسفند ۱۴۰۴",
    pub="2026-03-16T09:15:00+03:30", meta_section="یادداشت", ld_authors=["مهرداد کاظمی"],
    topbar='<a href="/fa/login">ورود</a> <a href="/fa/register">ثبت نام</a>',
    nav=["صفحه اصلی", "سیاسی", "اقتصادی", "اجتماعی", "بین‌الملل", "فرهنگی", "ورزشی", "یادداشت", "عکس", "ویدئو"],
    body="""<p>⟦تابستان گذشته تهران چند بار تا آستانه جیره‌بندی آب پیش رفت⟧ و هر بار پاسخ مسئولان یک بخشنامه تازه بود: تعطیلی ادارات، کاهش فشار شبکه در شب، هشدار به مشترکان پرمصرف. این تصمیم‌ها شاید در کوتاه‌مدت چند درصد از مصرف را کم کرد، اما مسئله اصلی را حل نکرد.</p>
<p>به نظر من مشکل اصلی کمبود اعتماد است. وقتی شهروند نمی‌داند سدها دقیقا چقدر آب دارند، وقتی آمار مصرف بخش کشاورزی و صنعت منتشر نمی‌شود، طبیعی است که درخواست صرفه‌جویی را جدی نگیرد. کسی حاضر نیست حمامش را کوتاه کند در حالی که فکر می‌کند آب جای دیگری هدر می‌رود.</p>
<div class="also-read"><span>بیشتر بخوانید:</span> <a href="/fa/news/283870/">⟪افزایش تعرفه آب برای مشترکان پرمصرف از فروردین⟫</a></div>
<p>⟦راه دیگری هم وجود دارد. شرکت آب می‌تواند هر هفته گزارشی ساده و قابل فهم منتشر کند⟧ که نشان دهد ذخایر چقدر است، هر محله چقدر مصرف کرده و پول جریمه‌ها صرف چه کاری شده است. تجربه شهرهای دیگر نشان می‌دهد که شفافیت به‌تنهایی می‌تواند مصرف را بیش از هر جریمه‌ای کاهش دهد.</p>
<p>از سوی دیگر، تعرفه پلکانی باید واقعی شود. امروز اختلاف قیمت آب برای مصرف معمولی و مصرف بسیار بالا آن‌قدر کم است که کسی را به فکر فرو نمی‌برد. اگر قیمت برای مصرف بالا چند برابر شود و درآمد آن صرف تعمیر شبکه فرسوده شود، هم عدالت رعایت شده و هم هدررفت کم می‌شود.</p>
<p>⟦آب را نمی‌شود با بخشنامه ذخیره کرد؛ باید مردم را شریک کرد.⟧</p>""",
    exclude=["div.also-read"],
    after='<div class="tags"><span>برچسب‌ها:</span> <a href="/fa/tag/water">⟪بحران آب⟫</a> <a href="/fa/tag/tehran">تهران</a></div>',
    related=("اخبار مرتبط", ["⟪سطح آب سدهای تهران به ۱۲ درصد رسید⟫", "وزیر نیرو: طرح انتقال آب ادامه دارد"]),
    mostread=("پربیننده‌ترین", ["قیمت دلار امروز در بازار آزاد", "زمان تعطیلات نوروز اعلام شد", "پیش‌بینی هواشناسی برای آخر هفته"]),
    times=["۲ ساعت پیش", "۵ ساعت پیش", "دیروز"],
    comments=("نظرات کاربران", [("کاربر مهمان", "۱ ساعت پیش", "⟪کاملا موافقم، اول باید آمار را منتشر کنند⟫")]),
    footer="کلیه حقوق این سایت متعلق به شرق‌نیوز است.",
    authors=["مهرداد کاظمی"], byline_text="نویسنده: مهرداد کاظمی، اقتصاددان",
    kind="opinion", why="signed note (یادداشت) arguing for water transparency",
    body_extra=["p.news__lead"],
))

# ---------------------------------------------------------------- Israel: Hebrew news, updated label, paywall-free
PAGES.append(dict(
    case="he-news-haifa", lang="he", rtl=True, country="IL", skin="portal", px="art", body_cls="art-body",
    domain="haifa-yomi.example", site="חיפה היום",
    url="https://www.haifa-yomi.example/news/local/article/rk8Zp2Yt",
    section="חדשות מקומיות", crumbs=["ראשי", "חדשות", "מקומי"],
    title_tag="הרכבל לטכניון ייסגר לשלושה חודשים לשיפוץ | חיפה היום",
    og_title="סגירה ארוכה: הרכבל לטכניון יושבת לשלושה חודשים",
    h1="הרכבל לטכניון ייסגר לשלושה חודשים לשיפוץ",
    deck="⟦העירייה מבטיחה קווי שאטל חלופיים לסטודנטים, אך התושבים חוששים מעומסי תנועה⟧",
    byline='<span class="art-author"><a href="/author/noa-levinson">נועה לוינסון</a> ו<a href="/author/amir-haddad">אמיר חדאד</a></span>',
    date="פורסם: 09.03.26, 08:12", updated=' <span class="art-updated">עודכן: 09.03.26, 14:40</span>',
    pub="2026-03-09T08:12:00+02:00", mod="2026-03-09T14:40:00+02:00", ld_authors=["נועה לוינסון", "אמיר חדאד"],
    today="יום שני, 9 במרץ 2026",
    topbar='<a href="/login">התחברות</a> <a href="/subscribe" class="btn-sub">הצטרפו למינוי</a>',
    nav=["ראשי", ("חדשות", ["מקומי", "ארץ", "עולם"]), "כלכלה", "ספורט", "תרבות", "אוכל", "נדל״ן", "דעות"],
    ticker=("מבזקים", ["⟪עומסי תנועה כבדים בכביש 4 לכיוון צפון⟫", "התחזית: גשם מקומי בערב", "נפתח מרכז קהילתי חדש בהדר"]),
    figure="הרכבל בתחנת המוצא (צילום: דוברות העירייה)",
    body="""<p>⟦הרכבל העירוני שמחבר בין המפרץ לקריית הטכניון ייסגר החל מיום ראשון הבא⟧ למשך שלושה חודשים, לצורך החלפת הכבלים ושדרוג מערכת הבקרה, כך הודיעה הבוקר חברת התחבורה העירונית.</p>
<p>לדברי החברה, העבודות תוכננו מראש לתקופת החופשה באוניברסיטאות, אך עיכוב בהגעת החלקים מחו״ל דחה אותן לאמצע הסמסטר. "אנחנו מבינים את אי הנוחות, אבל הבטיחות קודמת לכל", נמסר.</p>
<div class="art-inline-related"><strong>עוד בנושא:</strong><ul><li><a href="/news/local/article/x1">⟪הרכבל שבר שיא: מיליון נוסעים בשנה⟫</a></li></ul></div>
<p>במהלך הסגירה יפעלו שני קווי שאטל חינמיים מתחנת המפרץ ומתחנת בת גלים לשער הטכניון, בתדירות של עשר דקות בשעות השיא. ⟦אגודת הסטודנטים מסרה כי היא מקווה שהתדירות תספיק⟧, אך תעקוב אחר העומסים בשבוע הראשון.</p>
<div class="art-ad"><div class="adunit" data-slot="inread"></div></div>
<p>תושבי שכונת נווה שאנן הביעו חשש מהגברת התנועה ברחובות הצרים. "כבר היום אין איפה לחנות בבוקר", אמרה דליה, תושבת השכונה. העירייה הודיעה כי תציב פקחים בצמתים המרכזיים.</p>
<p>⟦העבודות יבוצעו בידי חברה אוסטרית שבנתה את הרכבל⟧ לפני שבע שנים, ועלותן מוערכת בכ-24 מיליון שקלים. ⟦החברה מסרה כי הרכבל יחזור לפעול באמצע יוני.⟧</p>""",
    exclude=["div.art-inline-related", "div.art-ad"],
    after='<div class="art-follow">⟪הצטרפו לערוץ הטלגרם שלנו לעדכונים שוטפים⟫</div>',
    related=("כתבות נוספות", ["⟪מחירי הדירות בחיפה עלו ב-6 אחוזים⟫", "נמל חיפה מרחיב את שעות הפעילות"]),
    mostread=("הנקראים ביותר", ["תאונה קשה בכביש החוף", "הפועל חיפה ניצחה בדרבי", "פסטיבל האוכל חוזר לוואדי ניסנאס"]),
    times=["לפני שעה", "לפני 3 שעות"],
    cookie="אתר זה משתמש בעוגיות כדי לשפר את חוויית הגלישה.", cookie_ok="אישור",
    footer="כל הזכויות שמורות © חיפה היום 2026",
    authors=["נועה לוינסון", "אמיר חדאד"], byline_text="נועה לוינסון ואמיר חדאד",
    kind="news", why="local transport news report, two reporters",
    body_extra=["p.art__lead"],
))

# ---------------------------------------------------------------- Turkey: custom portal, news, "Haberin devamı" fold
PAGES.append(dict(
    case="tr-news-izmir", lang="tr", country="TR", skin="portal", px="news-detail", body_cls="news-detail__content",
    domain="ege-haber.example", site="Ege Haber",
    url="https://www.ege-haber.example/gundem/izmirde-metro-hattinda-ariza-seferler-aksadi-41887521",
    section="Gündem", crumbs=["Ana Sayfa", "Gündem"],
    title_tag="İzmir'de metro hattında arıza: Seferler 3 saat aksadı - Son Dakika Haberleri - Ege Haber",
    og_title="İzmir'de metro hattında arıza: Seferler 3 saat aksadı",
    h1="İzmir’de metro hattında arıza: Seferler 3 saat aksadı",
    deck="⟦Sabah saatlerinde Konak ile Bornova arasında yaşanan sinyal arızası binlerce yolcuyu etkiledi.⟧",
    byline='<span class="news-detail__author">İHA</span> | <span class="news-detail__editor">Editör: <a href="/yazar/selin-kara">Selin Kara</a></span>',
    date="11.03.2026 - 09:47", updated=' <span class="news-detail__update">Güncelleme: 11.03.2026 - 12:05</span>',
    pub="2026-03-11T09:47:00+03:00", mod="2026-03-11T12:05:00+03:00", ld_authors=["org:İHA"],
    today="11 Mart 2026, Çarşamba",
    topbar='<span class="weather">İzmir 17°C</span> <span class="currency">USD 38,42 ▲ EUR 41,80 ▼ ALTIN 3.412 ▲</span>',
    nav=["Son Dakika", "Gündem", "Ekonomi", "Dünya", "Spor", "Magazin", "Sağlık", "Yazarlar", "Video", "Foto Galeri", "Yerel Haberler"],
    ticker=("SON DAKİKA", ["⟪Karşıyaka’da 4 katlı binada yangın çıktı⟫", "Merkez Bankası faiz kararını açıkladı", "İzmir’e turuncu kod uyarısı"]),
    figure="Halkapınar istasyonunda bekleyen yolcular (Fotoğraf: İHA)",
    body="""<p>⟦İzmir Metrosu’nda sabah saatlerinde meydana gelen sinyalizasyon arızası nedeniyle⟧ Konak ile Bornova arasındaki seferler yaklaşık üç saat boyunca aksadı. İstasyonlarda uzun kuyruklar oluşurken, işe ve okula gitmeye çalışan yolcular otobüs duraklarına yöneldi.</p>
<p>İzmir Metro AŞ’den yapılan açıklamada, arızanın saat 07.10 sularında Halkapınar istasyonu yakınındaki bir kablo bağlantısında oluştuğu belirtildi. Teknik ekiplerin müdahalesiyle tek hat üzerinden sınırlı sefer yapılabildiği, tam kapasiteye ise saat 10.15’te geçildiği bildirildi.</p>
<div class="inline-news"><span class="inline-news__label">İLGİLİ HABER</span><a href="/gundem/izmirde-otobus-ucretleri-zamlandi-41880012">⟪İzmir’de toplu taşıma ücretlerine yüzde 30 zam⟫</a></div>
<p>Arıza sırasında bazı trenlerin tünel içinde yaklaşık 20 dakika beklediği öğrenildi. Yolculardan Mehmet Yıldız, “Klima çalışıyordu ama kimse bir şey söylemedi, anons yapılmadı” dedi.</p>
<div class="news-detail__more"><button class="btn-continue" type="button">⟪Haberin Devamı⟫</button></div>
<div class="news-detail__rest">
<p>⟦Büyükşehir Belediyesi, aksaklık süresince ek otobüs seferleri düzenlendiğini⟧ ve Bornova ile Konak arasında 40 ek araç görevlendirildiğini açıkladı. Vapur seferlerinin de yoğunluk nedeniyle sıklaştırıldığı belirtildi.</p>
<div class="ad-inread"><div id="div-gpt-ad-inread"></div></div>
<p>Ulaşım uzmanı Doç. Dr. Kerem Aydın, hattın 25 yıllık olduğunu hatırlatarak sinyal sisteminin yenilenmesi gerektiğini söyledi. ⟦Aydın, “Yolcu sayısı iki katına çıktı ama altyapı aynı kaldı” dedi.⟧</p>
<p>Metro AŞ, arızanın nedenine ilişkin teknik incelemenin sürdüğünü belirtti. ⟦Yetkililer, akşam saatlerinde seferlerin normal şekilde devam ettiğini bildirdi.⟧</p>
</div>""",
    exclude=["div.inline-news", "div.news-detail__more", "div.ad-inread"],
    after='<div class="news-detail__tags"><a href="/etiket/izmir">izmir</a> <a href="/etiket/metro">metro</a> <a href="/etiket/ariza">⟪metro arızası⟫</a></div>',
    related=("İlgili Haberler", ["⟪Bornova’da yeni tramvay hattının ihalesi yapıldı⟫", "Konak’ta trafik düzenlemesi"]),
    mostread=("Çok Okunanlar", ["Emekli maaşı zammı belli oldu", "Göztepe deplasmandan 3 puanla döndü", "Hafta sonu hava nasıl olacak?"]),
    times=["1 saat önce", "2 saat önce", "5 saat önce"],
    comments=("Yorumlar", [("ahmet35", "2 saat önce", "⟪Her hafta aynı arıza, artık yeter⟫")]),
    cookie="Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikamızı inceleyebilirsiniz.", cookie_ok="Kabul Et",
    footer="Ege Haber © 2026 Tüm hakları saklıdır. Haberlerin izinsiz kullanılması yasaktır.",
    authors=None, byline_text="İHA",
    kind="news", why="agency news report on metro breakdown",
    body_extra=["p.news-detail__lead"],
))

# ---------------------------------------------------------------- Greece: Soledad, opinion column, author box below
PAGES.append(dict(
    case="el-opinion-athina", lang="el", country="GR", skin="soledad", domain="kathimerini-nea.example",
    site="Νέα Γνώμη", url="https://www.kathimerini-nea.example/apopseis/to-limani-den-einai-mono-gia-kroyazieroploia/",
    secpath="apopseis", section="Απόψεις", home="Αρχική",
    title_tag="Το λιμάνι δεν είναι μόνο για κρουαζιερόπλοια - Απόψεις - Νέα Γνώμη",
    h1="Το λιμάνι δεν είναι μόνο για κρουαζιερόπλοια",
    byline='<a href="/author/eleni-papadaki/">Ελένη Παπαδάκη</a>',
    date="12 Μαρτίου 2026", reading="4 λεπτά ανάγνωσης",
    pub="2026-03-12T07:00:00+02:00", meta_section="Απόψεις", ld_type="OpinionNewsArticle", ld_authors=["Ελένη Παπαδάκη"],
    topbar='<div class="penci-topbar-date">Πέμπτη, 12 Μαρτίου 2026</div>',
    nav=["Αρχική", "Πολιτική", "Οικονομία", "Κοινωνία", "Κόσμος", "Απόψεις", "Πολιτισμός", "Αθλητισμός"],
    body="""<p>⟦Κάθε πρωί του Ιουλίου, από το μπαλκόνι μου στον Πειραιά, μετράω τα κρουαζιερόπλοια.⟧ Τέσσερα, πέντε, κάποιες μέρες έξι. Ψηλότερα από τις πολυκατοικίες, με τις μηχανές τους αναμμένες όλη μέρα. Και κάθε πρωί αναρωτιέμαι ποιος αποφάσισε ότι αυτό είναι το μέλλον της πόλης.</p>
<p>Δεν είμαι κατά του τουρισμού. Η οικογένειά μου ζει από αυτόν εδώ και τρεις γενιές. Αλλά πιστεύω ότι ένα λιμάνι πρέπει να υπηρετεί πρώτα τους ανθρώπους που ζουν γύρω του: τους ψαράδες, τους εργάτες, τα νησιά που εξαρτώνται από τα πλοία της γραμμής.</p>
<h2>Ο λογαριασμός της ρύπανσης</h2>
<p>⟦Οι μετρήσεις του δήμου δείχνουν ότι τις μέρες με πολλά κρουαζιερόπλοια⟧ τα μικροσωματίδια στις γειτονιές κοντά στις προβλήτες διπλασιάζονται. Η ηλεκτροδότηση των πλοίων από την ξηρά έχει υποσχεθεί εδώ και πέντε χρόνια. Ακόμη περιμένουμε.</p>
<div class="penci-ad-inline"><ins class="adsbygoogle" data-ad-slot="in-article"></ins></div>
<h2>Τι μπορεί να γίνει</h2>
<p>Άλλα λιμάνια της Μεσογείου έβαλαν όριο στις αφίξεις ανά ημέρα και ένα τέλος που πηγαίνει κατευθείαν στις γειτονιές. Δεν έχασαν τους επισκέπτες τους· ⟦απλώς τους μοίρασαν καλύτερα μέσα στον χρόνο.⟧ Γιατί να μην το δοκιμάσουμε κι εμείς;</p>
<p>⟦Η πόλη δεν είναι σκηνικό. Είναι το σπίτι μας, και θέλουμε να μπορούμε να ανασάνουμε.⟧</p>""",
    exclude=["div.penci-ad-inline"],
    after='<span class="post-tags-title">Ετικέτες:</span> <a href="/tag/peiraias/">Πειραιάς</a> <a href="/tag/kroyaziera/">⟪κρουαζιέρα⟫</a>',
    authorbox='<div class="post-author"><div class="author-img"><img src="/wp-content/uploads/eleni.jpg" alt=""></div><div class="author-content"><h5><a href="/author/eleni-papadaki/">Ελένη Παπαδάκη</a></h5><p>⟪Η Ελένη Παπαδάκη είναι πολεοδόμος και γράφει κάθε Πέμπτη⟫.</p></div></div>',
    related=("Σχετικά άρθρα", ["⟪Ο Πειραιάς στα χρόνια της μεγάλης αλλαγής⟫", "Τι φοβούνται οι ψαράδες της Δραπετσώνας"]),
    mostread=("Δημοφιλή", ["Νέα μέτρα για το ενοίκιο από τον Απρίλιο", "Καιρός: Έρχεται ψύχρα το Σαββατοκύριακο", "Οι αλλαγές στις πανελλήνιες"]),
    ago="πριν 2 ώρες",
    cookie="Χρησιμοποιούμε cookies για να σας προσφέρουμε την καλύτερη εμπειρία. Συνεχίζοντας αποδέχεστε τη χρήση τους.", cookie_ok="Αποδοχή",
    newsletter=("Newsletter", "⟪Εγγραφείτε για να λαμβάνετε τις απόψεις της εβδομάδας⟫", "Εγγραφή"),
    footer="© 2026 Νέα Γνώμη. Με την επιφύλαξη παντός δικαιώματος.",
    authors=["Ελένη Παπαδάκη"], byline_text="Ελένη Παπαδάκη",
    kind="opinion", why="column in Απόψεις arguing to cap cruise ships",
))

# ---------------------------------------------------------------- Pakistan: Urdu opinion, byline role only, no opinion URL
PAGES.append(dict(
    case="ur-opinion-lahore", lang="ur", rtl=True, country="PK", skin="jannah", domain="roznama-lahore.example",
    site="روزنامہ لاہور", url="https://www.roznama-lahore.example/2026/03/08/1192830/",
    secpath="columns", section="کالمز", home="صفحہ اول", search="تلاش",
    title_tag="بچوں کی کتابیں کہاں گئیں؟ | روزنامہ لاہور",
    h1="بچوں کی کتابیں کہاں گئیں؟",
    byline='<a href="/author/ayesha-siddiqui/" class="author-name tie-icon">عائشہ صدیقی</a>',
    date="مارچ 8, 2026", today="اتوار، 8 مارچ 2026", reading="3 منٹ",
    pub="2026-03-08T06:00:00+05:00", ld_authors=["عائشہ صدیقی"],
    nav=["صفحہ اول", "پاکستان", "دنیا", "کاروبار", ("کالمز", ["اداریہ", "کالم نگار"]), "کھیل", "شوبز", "صحت", "ویڈیوز"],
    mega_posts=["لاہور میں نئی لائبریری کا افتتاح"],
    ticker=("تازہ ترین", ["⟪پنجاب میں اسکولوں کے اوقات تبدیل⟫", "کراچی میں بارش کا امکان"]),
    body="""<p>⟦پچھلے ہفتے میں اپنی بھانجی کے لیے اردو میں کوئی اچھی کہانی کی کتاب ڈھونڈنے نکلی⟧۔ اردو بازار کی تین دکانیں دیکھیں، مگر رنگین انگریزی کتابوں کے ڈھیر کے بیچ اردو کی چند پرانی کتابیں ہی ملیں جن کے صفحے پیلے ہو چکے تھے۔</p>
<p>میرا خیال ہے کہ یہ صرف بازار کا مسئلہ نہیں۔ ہم نے بچوں کے لیے لکھنا چھوڑ دیا ہے۔ ہمارے بڑے ادیب بچوں کے ادب کو کم تر سمجھتے ہیں، اور ناشر کہتے ہیں کہ اردو کی کتاب بکتی نہیں۔ ⟦جب کتاب ہی نہیں ہوگی تو بچہ پڑھے گا کیا؟⟧</p>
<div class="stream-item stream-item-in-post"><span class="stream-title">اشتہار</span><div class="adsbygoogle"></div></div>
<p>حکومت ہر سال نصاب کی کتابوں پر اربوں روپے خرچ کرتی ہے، مگر اسکولوں کی لائبریریاں خالی پڑی ہیں۔ اگر اس رقم کا معمولی حصہ بھی بچوں کی کہانیوں پر لگایا جائے، ⟦اور ہر سال نئے لکھنے والوں کے لیے انعام رکھا جائے، تو تصویر بدل سکتی ہے۔⟧</p>
<p><strong>یہ بھی پڑھیں:</strong> <a href="/2026/03/01/1190011/">⟪کیا ہمارے بچے موبائل کے قیدی بن گئے ہیں؟⟫</a></p>
<p>والدین کا بھی فرض ہے۔ ہم بچوں کو موبائل تو خرید دیتے ہیں، مگر ان کے ساتھ بیٹھ کر کہانی نہیں پڑھتے۔ میری نانی ہر رات ایک کہانی سناتی تھیں، اور وہی کہانیاں آج تک یاد ہیں۔</p>
<p>⟦آئیے اپنے بچوں کو ان کی اپنی زبان میں خواب دیکھنا سکھائیں۔⟧</p>""",
    exclude=["div.stream-item", "p^یہ بھی پڑھیں"],
    authorbox='<div class="about-author container-wrapper"><div class="author-info"><h3 class="author-name"><a href="/author/ayesha-siddiqui/">عائشہ صدیقی</a></h3><div class="author-bio">⟪مصنفہ ماہر تعلیم ہیں اور لاہور میں مقیم ہیں⟫۔</div></div></div>',
    related=("مزید کالمز", ["⟪ہماری سڑکیں پیدل چلنے والوں کے لیے کیوں نہیں؟⟫", "امتحانات کا نظام بدلنا ہوگا"]),
    mostread=("سب سے زیادہ پڑھی گئی", ["سونے کی قیمت میں بڑی کمی", "پی ایس ایل کا شیڈول جاری", "گیس کی لوڈشیڈنگ کا نیا شیڈول"]),
    ago="2 گھنٹے پہلے",
    cookie="یہ ویب سائٹ کوکیز استعمال کرتی ہے۔", cookie_ok="ٹھیک ہے",
    footer="جملہ حقوق محفوظ ہیں © 2026 روزنامہ لاہور",
    authors=["عائشہ صدیقی"], byline_text="عائشہ صدیقی",
    kind="opinion", why="column arguing for children’s books in Urdu",
))

# ---------------------------------------------------------------- India: Hindi news portal, heavy nav, "ये भी पढ़ें"
PAGES.append(dict(
    case="hi-news-patna", lang="hi", country="IN", skin="portal", px="story", body_cls="story-content",
    domain="bihar-samachar.example", site="बिहार समाचार",
    url="https://www.bihar-samachar.example/bihar/patna/patna-ganga-path-extension-opened-8841203.html",
    section="पटना", crumbs=["होम", "बिहार", "पटना"],
    title_tag="Patna News: जेपी गंगा पथ का नया हिस्सा खुला, दीघा से कोइलवर तक फर्राटा | बिहार समाचार",
    og_title="Patna News: जेपी गंगा पथ का नया हिस्सा खुला",
    h1="जेपी गंगा पथ का नया हिस्सा खुला, दीघा से कोइलवर तक अब 25 मिनट",
    byline='<span class="story-author">Edited By: <a href="/author/rakesh-kumar">राकेश कुमार</a> | बिहार समाचार डेस्क</span>',
    date="Updated: 14 मार्च 2026, 11:32 AM IST", pub="2026-03-13T19:10:00+05:30", mod="2026-03-14T11:32:00+05:30",
    ld_authors=["राकेश कुमार"],
    today="शनिवार, 14 मार्च 2026",
    topbar='<a href="/epaper">ई-पेपर</a> <a href="/login">लॉगिन</a> <a href="https://play.google.example/bihar-samachar">ऐप डाउनलोड करें</a> <a href="/english">English</a>',
    nav=["होम", ("बिहार", ["पटना", "मुजफ्फरपुर", "गया", "भागलपुर", "दरभंगा", "पूर्णिया"]), "देश", "विदेश", "राजनीति", "क्रिकेट", "मनोरंजन", "बिजनेस", "धर्म", "करियर", "वेब स्टोरी", "वीडियो"],
    ticker=("ब्रेकिंग", ["⟪बिहार बोर्ड मैट्रिक रिजल्ट की तारीख घोषित⟫", "पटना में कल से बदलेगा मौसम"]),
    figure="दीघा के पास जेपी गंगा पथ का नया हिस्सा (फाइल फोटो)",
    body="""<p>⟦पटना: राजधानी पटना के लोगों के लिए अच्छी खबर है।⟧ जेपी गंगा पथ के दीघा से कोइलवर तक के नए हिस्से को शुक्रवार शाम आम लोगों के लिए खोल दिया गया। इसके साथ ही दीघा से कोइलवर पुल तक का सफर अब लगभग 25 मिनट में पूरा हो सकेगा, जिसमें पहले एक घंटे से ज्यादा समय लगता था।</p>
<p>पथ निर्माण विभाग के अधिकारियों के अनुसार, नया हिस्सा 18 किलोमीटर लंबा है और इसे चार लेन में बनाया गया है। इसकी लागत करीब 1,400 करोड़ रुपये आई है। सड़क पर स्ट्रीट लाइट, सीसीटीवी कैमरे और हर दो किलोमीटर पर आपातकालीन फोन लगाए गए हैं।</p>
<div class="also-read"><p class="also-read__title">ये भी पढ़ें</p><ul><li><a href="/bihar/patna/patna-metro-trial-run-8840011.html">⟪पटना मेट्रो का ट्रायल रन अगले महीने, जानें रूट⟫</a></li><li><a href="/bihar/patna/atal-path-jam-8839102.html">अटल पथ पर जाम से लोग परेशान</a></li></ul></div>
<p>⟦उद्घाटन के मौके पर पहुंचे स्थानीय लोगों ने खुशी जताई।⟧ ⟦दानापुर के रहने वाले सुनील यादव ने कहा कि⟧ अब उन्हें आरा जाने के लिए शहर के जाम में नहीं फंसना पड़ेगा। वहीं कई लोगों ने सड़क किनारे ढाबों और पार्किंग की कमी की शिकायत भी की।</p>
<div class="ad-container"><div class="ad-label">Advertisement</div><div id="div-gpt-ad-mid"></div></div>
<p>विभाग ने बताया कि गंगा पथ पर भारी वाहनों के लिए रात दस बजे से सुबह छह बजे तक ही आवाजाही की अनुमति होगी। दोपहिया वाहनों के लिए अलग लेन बनाई गई है और गति सीमा 80 किलोमीटर प्रति घंटा तय की गई है।</p>
<p>⟦अधिकारियों ने कहा कि पूरे प्रोजेक्ट का काम इस साल के अंत तक पूरा हो जाएगा।⟧</p>
<p class="follow-us">⟪Bihar News in Hindi: बिहार की ताजा खबरों के लिए हमें फॉलो करें⟫ <a href="https://news.google.example/bihar-samachar">Google News</a></p>""",
    exclude=["div.also-read", "div.ad-container", "p.follow-us"],
    after='<div class="story-tags"><span>Tags:</span> <a href="/tags/patna-news">⟪Patna News⟫</a> <a href="/tags/bihar-news">Bihar News</a> <a href="/tags/ganga-path">JP Ganga Path</a></div>',
    related=("संबंधित खबरें", ["⟪बिहार में 12 नए पुलों को मिली मंजूरी⟫", "पटना एयरपोर्ट पर नया टर्मिनल शुरू"]),
    mostread=("टॉप स्टोरीज", ["आज का राशिफल 14 मार्च 2026", "बिहार में शिक्षक भर्ती का नोटिफिकेशन जारी", "IPL 2026: पहले मैच की तारीख तय", "गोल्ड रेट टुडे"]),
    times=["1 घंटा पहले", "3 घंटे पहले"],
    more=[("वेब स्टोरीज", ["होली पर बनाएं ये 5 मिठाइयां", "बिहार के 7 खूबसूरत झरने"])],
    cookie="हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं।", cookie_ok="स्वीकार करें",
    footer="Copyright © 2026 Bihar Samachar. All rights reserved.",
    authors=["राकेश कुमार"], byline_text="Edited By: राकेश कुमार | बिहार समाचार डेस्क",
    exp_pub="2026-03-13",
    kind="news", why="local news report on road opening",
))

# ---------------------------------------------------------------- Bangladesh: Bengali op-ed, JNews
PAGES.append(dict(
    case="bn-opinion-dhaka", lang="bn", country="BD", skin="jnews", domain="dainik-bangla-kantha.example",
    site="দৈনিক বাংলা কণ্ঠ", url="https://www.dainik-bangla-kantha.example/opinion/2026/02/21/148320/",
    secpath="opinion", section="মতামত", home="প্রচ্ছদ",
    title_tag="নদী বাঁচাতে কাগজে নয়, মাঠে নামতে হবে | মতামত | দৈনিক বাংলা কণ্ঠ",
    h1="নদী বাঁচাতে কাগজে নয়, মাঠে নামতে হবে",
    by_word="", byline='<a href="/author/tanvir-hasan/">তানভীর হাসান</a>',
    date="২১ ফেব্রুয়ারি ২০২৬, ০৮:০০", today="শনিবার, ২১ ফেব্রুয়ারি ২০২৬",
    pub="2026-02-21T08:00:00+06:00", meta_section="মতামত", ld_authors=["তানভীর হাসান"],
    topbar='<a href="/epaper">ই-পেপার</a> <a href="/english">English</a>',
    nav=["প্রচ্ছদ", "জাতীয়", "রাজনীতি", "অর্থনীতি", "আন্তর্জাতিক", "খেলা", "বিনোদন", ("মতামত", ["সম্পাদকীয়", "উপসম্পাদকীয়"]), "লাইফস্টাইল"],
    ticker=("সর্বশেষ", ["⟪ঢাকায় মেট্রোরেলের নতুন স্টেশন চালু⟫", "চালের দাম কমেছে"]),
    body="""<p>⟦বুড়িগঙ্গার তীরে দাঁড়িয়ে পানির রং দেখলে যে কারও মন খারাপ হবে।⟧ কালো, ঘন, দুর্গন্ধময় পানি। অথচ আমার দাদা এই নদীতে সাঁতার কাটতেন, মাছ ধরতেন। মাত্র দুই প্রজন্মে আমরা একটি জীবন্ত নদীকে প্রায় মেরে ফেলেছি।</p>
<p>গত দশ বছরে নদী রক্ষায় অনেক পরিকল্পনা হয়েছে, অনেক কমিটি হয়েছে। কিন্তু আমার মনে হয়, সমস্যা পরিকল্পনার অভাব নয়। সমস্যা হলো সেগুলো কাগজেই থেকে যায়। ⟦দখলদারদের তালিকা তৈরি হয়, কিন্তু উচ্ছেদ হয় না।⟧</p>
<div class="jeg_ad jeg_ad_article jnews_content_inline_ads"><div class="ads-wrapper align-center"><ins class="adsbygoogle"></ins></div></div>
<p><strong>আরও পড়ুন:</strong> <a href="/opinion/2026/02/14/147002/">⟪ঢাকার খালগুলো কি আর ফিরবে?⟫</a></p>
<p>আমি তিনটি প্রস্তাব দিতে চাই। প্রথমত, কারখানার বর্জ্য শোধনাগার চালু আছে কিনা তা প্রতিদিন অনলাইনে প্রকাশ করতে হবে। দ্বিতীয়ত, দখলকৃত জমি উদ্ধারে সময়সীমা বেঁধে দিতে হবে। ⟦তৃতীয়ত, নদীর পাড়ের মানুষদের পর্যবেক্ষণে যুক্ত করতে হবে।⟧</p>
<p>নদী আমাদের ইতিহাস, আমাদের অর্থনীতি। ⟦এখনই মাঠে না নামলে আমাদের সন্তানেরা নদী দেখবে শুধু বইয়ের পাতায়।⟧</p>
<p class="writer-note"><em>লেখক: পরিবেশকর্মী ও শিক্ষক</em></p>""",
    exclude=["div.jeg_ad", "p^আরও পড়ুন"],
    after='<span>ট্যাগ:</span> <a href="/tag/river">নদী</a> <a href="/tag/river-pollution">⟪নদী দূষণ⟫</a>',
    related=("আরও মতামত", ["⟪শিক্ষায় বিনিয়োগ কেন জরুরি⟫", "শহরের গাছ কেটে উন্নয়ন নয়"]),
    mostread=("সর্বাধিক পঠিত", ["এসএসসি পরীক্ষার রুটিন প্রকাশ", "আজ যেমন থাকবে আবহাওয়া", "বিপিএলে শিরোপা জিতল কুমিল্লা"]),
    ago="২ ঘণ্টা আগে",
    cookie="আমরা কুকিজ ব্যবহার করি।", cookie_ok="ঠিক আছে",
    footer="স্বত্ব © ২০২৬ দৈনিক বাংলা কণ্ঠ",
    authors=["তানভীর হাসান"], byline_text="তানভীর হাসান",
    kind="opinion", why="op-ed in মতামত arguing for river protection",
))
