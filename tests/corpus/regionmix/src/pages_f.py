"""Middle East (Turkey, Israel, Iran, the Gulf) and East Asia (Korea, Japan, Taiwan, Hong Kong)."""

PAGES = []

TR_PLACES = ["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Adana", "Konya", "Gaziantep", "Mersin", "Kayseri", "Eskişehir", "Samsun", "Trabzon", "Denizli",
             "Manisa", "Aydın", "Muğla", "Balıkesir", "Çanakkale", "Tekirdağ", "Kocaeli", "Sakarya", "Diyarbakır", "Şanlıurfa", "Malatya", "Erzurum", "Van", "Hatay"]

PAGES.append(dict(
    case="tr-news-mideast-kesinti", lang="tr", skin="mideast", domain="egegundem.example", site="Ege Gündem", secpath="izmir",
    url="https://www.egegundem.example/izmir/izmirde-12-ilcede-planli-su-kesintisi-haberi-918273",
    h1="İzmir’de 12 ilçede planlı su kesintisi: Barajlardaki doluluk yüzde 21’e indi",
    og_title="İzmir’de 12 ilçede planlı su kesintisi: Barajlardaki doluluk yüzde 21’e indi - Ege Gündem",
    deck="Kesintiler gece 23.00 ile sabah 05.00 arasında uygulanacak. İlçe ilçe takvim açıklandı.",
    section="İzmir", authors=None, byline_text="Haber Merkezi", ld_authors=["org:Ege Gündem Haber Merkezi"], ld_type="NewsArticle",
    pub="2026-03-09T10:20:00+03:00", mod="2026-03-09T12:41:00+03:00", date="09.03.2026 - 10:20 | Güncelleme: 09.03.2026 - 12:41", topdate="9 Mart 2026 Pazartesi",
    w=dict(ad="Reklam", also="İlgili Haber", gallery="Foto Galeri", photos="fotoğraf", video="Video", follow="⟪Ege Gündem’i Google Haberler’de takip edin, WhatsApp kanalımıza katılın⟫",
           print="Yazdır", related="Bunlar da ilginizi çekebilir", comments="Yorumlar", most_read="En Çok Okunanlar", region="İlçelerden Haberler", breaking="SON DAKİKA",
           places="İlçeler"),
    sections=["Gündem", "İzmir", "Ekonomi", "Spor", "Dünya", "Magazin", "Sağlık", "Eğitim", "Yaşam", "Teknoloji", "Yazarlar", "Video", "Foto Galeri"],
    subs={"Spor": ["Göztepe", "Karşıyaka", "Altay", "Basketbol"], "Ekonomi": ["Borsa", "Döviz", "Altın", "Emlak"], "İzmir": ["Bornova", "Karşıyaka", "Buca", "Konak", "Bayraklı", "Çiğli"]},
    places_under="Gündem", places=TR_PLACES, service=["Künye", "İletişim", "Reklam", "Gizlilik Politikası", "KVKK", "Çerez Politikası"],
    ticker=["⟪Körfez’de deniz otobüsü seferleri iptal edildi⟫", "Emekli maaş farkı ödemeleri başladı"],
    widget='<span>DOLAR 38,12</span> <span>EURO 41,47</span> <span>ALTIN 3.412</span> <span>BIST 100 ▲%0,62</span>',
    hero_caption="Tahtalı Barajı’nda su seviyesi. Fotoğraf: Arşiv",
    tags=["İzmir", "su kesintisi", "kuraklık", "baraj doluluk"],
    related=["Kuraklık için 10 öneri", "Tarımsal sulamaya yeni düzenleme"],
    most_read=["⟪Göztepe deplasmandan 3 puanla döndü⟫", "İzmir’de hafta sonu hava nasıl olacak?", "Metro hattında arıza"],
    footer="© 2026 Ege Gündem. Tüm hakları saklıdır.",
    body="""⟦İzmir’de barajlardaki doluluk oranının yüzde 21’e gerilemesi üzerine 12 ilçede planlı su kesintisine gidilecek.⟧ Kesintiler 16 Mart’tan itibaren gece saat 23.00 ile sabah 05.00 arasında uygulanacak.

Su ve kanalizasyon idaresinden yapılan açıklamada, kış aylarında yağışların mevsim normallerinin yüzde 40 altında kaldığı belirtildi. Kentin içme suyunu karşılayan iki ana barajda doluluk geçen yılın aynı döneminde yüzde 48 seviyesindeydi.

[[ALSO|⟪Kuraklık için uzmanlardan 10 öneri: Evde suyu nasıl tasarruf ederiz?⟫]]

⟦Kesintiden Bornova, Buca, Karşıyaka, Bayraklı ve Çiğli başta olmak üzere 12 ilçe etkilenecek.⟧ Her ilçe haftada iki gece kesinti yaşayacak, kesinti takvimi idarenin internet sitesinde mahalle mahalle yayımlandı.

[[AD]]

İdare yetkilileri, hastaneler, diyaliz merkezleri ve huzurevlerinin kesintiden muaf tutulacağını, bu noktalara gerekirse tankerle su taşınacağını açıkladı. Yüksek katlı binalarda yaşayanların ise su depolarını akşam saatlerinde doldurmaları önerildi.

[[GAL|⟪Tahtalı Barajı’nda kuruyan alanlar. Fotoğraf: Ege Gündem⟫|Balçova Barajı’nda su seviyesi|Vatandaşlar çeşmelerden su dolduruyor]]

Kentte yaşayan vatandaşlar kararı farklı karşıladı. Buca’da oturan emekli öğretmen Ayşe Demir, gece kesintisinin günlük yaşamı fazla etkilemeyeceğini ancak önlem alınması için geç kalındığını söyledi.

[[VIDEO|⟪Barajlar alarm veriyor: Havadan görüntülendi⟫]]

Karşıyaka’da esnaflık yapan Mehmet Yılmaz ise kesintinin gece saatlerinde olmasının işyerlerini etkilemeyeceğini, ancak sabah erken açılan fırın ve kafeler için sorun yaratabileceğini söyledi. Bazı mahalle muhtarları da kesinti takviminin mahallelere duyurulması için anons yapılmasını ve yaşlılara telefonla bilgi verilmesini istedi. İdare, kesinti öncesinde kısa mesajla bilgilendirme yapılacağını açıkladı.

⟦Uzmanlar, şebekedeki kayıp-kaçak oranının yüzde 30’un üzerinde olduğuna dikkat çekerek⟧ eski boruların yenilenmesinin kesintilerden daha kalıcı bir çözüm olacağını vurguladı. İdare, bu yıl 180 kilometrelik boru hattının yenileneceğini ve akıllı sayaç uygulamasının iki ilçede daha başlatılacağını açıkladı. Böylece kaçakların daha hızlı tespit edilmesi hedefleniyor.

[[FOLLOW]]

Yetkililer, bahar yağışlarının beklenen seviyede gelmemesi durumunda kesinti saatlerinin uzatılabileceğini belirtti. ⟦Vatandaşlardan bahçe sulama ve araç yıkamada şebeke suyu kullanmamaları istendi.⟧""",
    kind="news", why="city news report on planned water cuts",
))

PAGES.append(dict(
    case="he-news-mideast-park", lang="he", skin="mideast", domain="yediotnegev.example", site="ידיעות הנגב", secpath="local",
    url="https://www.yediotnegev.example/local/article/r1k8t2q9x",
    h1="פארק נחל באר שבע יורחב ב־300 דונם: המתחם החדש ייפתח לפני פסח",
    og_title="פארק נחל באר שבע יורחב ב־300 דונם: המתחם החדש ייפתח לפני פסח | ידיעות הנגב",
    deck="שבילי הליכה ואופניים, אגם קטן ומדשאות. העירייה: הפארק יחבר בין שכונות ד׳ ו־ו׳.",
    section="חדשות מקומיות", authors=["דנה לוי"], byline_text="דנה לוי", byline_html='<a href="/author/dana-levi">דנה לוי</a>',
    ld_authors=["דנה לוי"], ld_type="NewsArticle", pub="2026-03-09T11:20:00+02:00", ld_date="2026-03-09T09:20:00Z",
    date="פורסם: 09.03.26, 11:20 · לפני 3 שעות", topdate="יום שני, 9 במרץ 2026 · כ׳ באדר תשפ״ו",
    w=dict(ad="פרסומת", also="עוד באתר", gallery="גלריה", photos="תמונות", video="וידאו", follow="⟪הצטרפו לערוץ הטלגרם של ידיעות הנגב וקבלו עדכונים בזמן אמת⟫",
           print="הדפסה", related="כתבות נוספות", comments="תגובות", most_read="הכי נקראים", region="חדשות מהיישובים", breaking="מבזקים", places="יישובים"),
    sections=["חדשות", "חדשות מקומיות", "כלכלה", "ספורט", "תרבות", "בריאות", "צרכנות", "נדל״ן", "דעות", "אוכל", "תיירות", "וידאו"],
    subs={"ספורט": ["כדורגל", "כדורסל", "הפועל באר שבע"], "כלכלה": ["שוק ההון", "נדל״ן", "קריירה"], "חדשות": ["פוליטי", "ביטחוני", "עולם"]},
    places_under="חדשות מקומיות", places=["באר שבע", "אופקים", "נתיבות", "שדרות", "דימונה", "ערד", "ירוחם", "מצפה רמון", "אילת", "רהט", "עומר", "מיתר",
                                          "להבים", "כסייפה", "תל שבע", "ירוחם", "קריית גת", "אשקלון", "אשדוד", "קריית מלאכי"],
    service=["אודות", "צור קשר", "פרסום באתר", "תנאי שימוש", "מדיניות פרטיות", "נגישות"],
    ticker=["⟪עומסי תנועה בכביש 40 לכיוון צפון⟫", "ירידה בתעריפי החשמל מאפריל"],
    widget='<span>דולר 3.61</span> <span>יורו 3.93</span> <span>ת״א 35 ▲0.8%</span>',
    hero_caption="אגם הפארק בבאר שבע. צילום: ארכיון",
    tags=["באר שבע", "פארק הנחל", "שטחים ירוקים"],
    related=["רכבת קלה לבאר שבע: התכנון מתקדם", "קו אוטובוס חדש לאוניברסיטה"],
    most_read=["⟪הפועל באר שבע ניצחה בדרבי⟫", "מזג האוויר: חם מהרגיל לעונה", "חנות ענק נפתחת בעיר"],
    footer="© כל הזכויות שמורות לידיעות הנגב 2026",
    body="""⟦עיריית באר שבע תפתח לפני פסח מתחם חדש של פארק הנחל בשטח של כ־300 דונם,⟧ שיחבר בין שכונות ד׳ ו־ו׳ ויכלול שבילי הליכה ואופניים, מדשאות, אגם קטן ומתקני משחק.

לפי העירייה, עלות העבודות הגיעה לכ־90 מיליון שקל, ומומנו ברובן על ידי משרדי ממשלה וקרן לפיתוח הנגב. במתחם נשתלו יותר מ־4,000 עצים, רובם מינים מקומיים שמתאימים לאקלים המדברי וצורכים מעט מים.

[[ALSO|⟪רכבת קלה לבאר שבע: התכנון מתקדם לשלב הבא⟫]]

⟦ראש העירייה אמר בסיור במקום כי הפארק נועד להפוך את הנחל מגבול בין שכונות לחיבור ביניהן.⟧ לדבריו, עד לפני עשור האזור היה מוזנח ושימש לשפיכת פסולת, והיום הוא אחד השטחים הירוקים הגדולים בדרום.

[[AD]]

במסגרת העבודות נבנו שני גשרים להולכי רגל ורוכבי אופניים, ונסלל שביל רציף באורך של 6 קילומטרים. בנוסף הותקנו תאורה, ברזיות ומקומות ישיבה מוצלים לאורך השביל.

[[GAL|⟪השביל החדש לאורך הנחל. צילום: דוברות העירייה⟫|מתקני המשחק במתחם|הגשר החדש להולכי רגל]]

⟦תושבים בשכונות הסמוכות קיבלו את הפתיחה בברכה,⟧ אך חלקם הביעו חשש ממחסור בחניות בסופי שבוע ומרעש בשעות הערב. העירייה מסרה כי תוקם חניה נוספת בכניסה הצפונית וכי המתחם ייסגר בחצות.

[[VIDEO|⟪צפו: כך נראה הפארק החדש ממבט רחפן⟫]]

בעירייה ציינו כי בפארק יפעלו גם מרכז מבקרים קטן ושני בתי קפה, שהמכרז להפעלתם יפורסם בחודש הבא. בנוסף מתוכננות פעילויות קבועות לילדים ולמשפחות בסופי שבוע, ובהן סיורי טבע, הדרכות על צמחי המדבר ותצפיות ציפורים בשעות הבוקר. בתי הספר בעיר יוכלו לקיים במקום שיעורי טבע בתיאום מראש עם מחלקת החינוך.

אנשי סביבה מהאזור בירכו על השימוש בצמחייה מקומית, אך ביקשו מהעירייה להקפיד על שמירת בתי הגידול של בעלי החיים בנחל ולהימנע מתאורה חזקה מדי בלילה, שעלולה להבריח את בעלי החיים מהאזור ולפגוע בהם.

[[FOLLOW]]

העירייה מתכננת להמשיך את הפארק מזרחה בשנים הקרובות, עד לאזור התעשייה. ⟦הכניסה לפארק תהיה חופשית, והוא יהיה פתוח כל יום משש בבוקר ועד חצות.⟧""",
    kind="news", why="local news report on a park expansion",
))

PAGES.append(dict(
    case="fa-opinion-mideast-madares", lang="fa", skin="mideast", domain="shahrvand-online.example", site="شهروند آنلاین", secpath="opinion",
    url="https://www.shahrvand-online.example/fa/news/419283/تعطیلی-مدارس-راه-حل-آلودگی-هوا-نیست",
    h1="تعطیلی مدارس راه‌حل آلودگی هوا نیست", og_title="تعطیلی مدارس راه‌حل آلودگی هوا نیست - شهروند آنلاین",
    deck="هر زمستان مدارس تهران چند روز تعطیل می‌شوند، اما هوا همان است که بود.",
    section="یادداشت", authors=["مریم رضایی"], byline_text="یادداشت: مریم رضایی، پژوهشگر سلامت محیط",
    ld=False, meta_pub=False, pub="2026-03-09T09:30:00+03:30", date="دوشنبه ۱۸ اسفند ۱۴۰۴ - ۰۹:۳۰", topdate="دوشنبه ۱۸ اسفند ۱۴۰۴",
    w=dict(ad="تبلیغات", also="بیشتر بخوانید", gallery="گزارش تصویری", photos="عکس", video="ویدئو", follow="⟪کانال تلگرام شهروند آنلاین را دنبال کنید⟫",
           print="چاپ", related="یادداشت‌های دیگر", comments="نظرات کاربران", most_read="پربازدیدترین‌ها", region="استان‌ها", breaking="فوری", places="استان‌ها"),
    sections=["سیاسی", "اقتصادی", "اجتماعی", "شهری", "بین‌الملل", "ورزشی", "فرهنگی", "سلامت", "فناوری", "یادداشت", "عکس", "ویدئو"],
    subs={"ورزشی": ["فوتبال ایران", "فوتبال جهان", "والیبال", "کشتی"], "اقتصادی": ["بورس", "بازار خودرو", "مسکن", "طلا و ارز"], "اجتماعی": ["آموزش", "محیط زیست", "حوادث"]},
    places_under="اجتماعی", places=["تهران", "مشهد", "اصفهان", "شیراز", "تبریز", "کرج", "اهواز", "قم", "کرمانشاه", "رشت", "ارومیه", "یزد", "کرمان", "همدان", "اراک",
                                    "زاهدان", "ساری", "قزوین", "سنندج", "بندرعباس", "خرم‌آباد", "گرگان", "زنجان", "بوشهر", "سمنان", "بیرجند"],
    service=["درباره ما", "تماس با ما", "تبلیغات", "حریم خصوصی", "شرایط استفاده"],
    ticker=["⟪کیفیت هوای تهران در وضعیت ناسالم برای همه گروه‌ها⟫", "زمان برگزاری کنکور اعلام شد"],
    widget='<span>شاخص کل بورس ▲ ۰٫۸٪</span> <span>سکه امامی</span>',
    hero_caption="آسمان آلوده تهران از بام شهر. عکس: آرشیو",
    tags=["آلودگی هوا", "مدارس", "تهران", "سلامت"],
    related=["بنزین بی‌کیفیت و سهم آن در آلودگی", "مترو؛ راه‌حلی که فراموش شد"],
    most_read=["⟪جدول لیگ برتر پس از پایان هفته بیستم⟫", "قیمت خودرو در بازار امروز", "پیش‌بینی بارش برف در ارتفاعات"],
    comments_html='<div class="comment"><p>⟪کاملا موافقم؛ بچه‌ها در خانه هم همان هوا را نفس می‌کشند.⟫</p></div>',
    footer="کلیه حقوق این سایت متعلق به شهروند آنلاین است. ۱۴۰۴",
    body="""⟦هر سال با سرد شدن هوا و وارونگی دما، خبر تعطیلی مدارس تهران تکرار می‌شود.⟧ خانواده‌ها شب قبل منتظر اطلاعیه می‌مانند، کلاس‌ها مجازی می‌شود و چند روز بعد همه چیز به روال قبل برمی‌گردد. اما هوای شهر در این فاصله تغییر چندانی نمی‌کند.

تعطیلی مدارس شاید در کوتاه‌مدت تعداد خودروها را در ساعت‌های صبح کمی کاهش دهد، اما منبع اصلی آلودگی را هدف نمی‌گیرد. بخش بزرگی از ذرات معلق از خودروهای فرسوده، موتورسیکلت‌های کاربراتوری، گرمایش ساختمان‌ها و صنایع اطراف شهر می‌آید.

[[ALSO|⟪بنزین بی‌کیفیت و سهم آن در آلودگی هوای کلان‌شهرها⟫]]

⟦کودکانی که به جای مدرسه در خانه می‌مانند، همان هوای آلوده را تنفس می‌کنند.⟧ در بسیاری از خانه‌ها، به‌ویژه در محله‌های متراکم جنوب شهر، هوای داخل از هوای بیرون بهتر نیست. در عوض، آموزش آنها آسیب می‌بیند و والدین شاغل با مشکل نگهداری از فرزندان روبه‌رو می‌شوند.

[[AD]]

پیشنهاد من این است که بودجه و توجهی که صرف مدیریت تعطیلی‌ها می‌شود، به سمت اقداماتی برود که واقعاً آلودگی را کم می‌کند: نوسازی ناوگان اتوبوس، جایگزینی موتورسیکلت‌های کاربراتوری با نمونه‌های برقی، و نظارت جدی بر کیفیت سوخت.

[[FOLLOW]]

⟦مدارس هم می‌توانند بخشی از راه‌حل باشند، نه قربانی آن.⟧ نصب دستگاه تصفیه هوای مناسب و استاندارد در کلاس‌ها، به‌ویژه در مدارس ابتدایی، هزینه‌ای به مراتب کمتر از خسارت ناشی از روزهای از دست رفته آموزش دارد. می‌توان فعالیت‌های ورزشی در حیاط را در روزهای آلوده متوقف کرد، بی‌آنکه کل مدرسه تعطیل شود.

[[VIDEO|⟪گزارش ویدئویی از یک روز آلوده در تهران⟫]]

تا زمانی که تعطیلی را با اقدام اشتباه بگیریم، هر زمستان همین چرخه تکرار خواهد شد. ⟦هوای پاک با بستن در مدارس به دست نمی‌آید، با بستن منابع آلودگی به دست می‌آید.⟧""",
    kind="opinion", why="signed opinion piece arguing against school closures",
))

PAGES.append(dict(
    case="ar-opinion-mideast-naql", lang="ar", skin="mideast", domain="alkhaleejalyawm.example", site="الخليج اليوم", secpath="opinion",
    url="https://www.alkhaleejalyawm.example/opinion/2026-03-09-1.1829301",
    h1="مدننا تحتاج إلى الحافلة قبل القطار", og_title="مدننا تحتاج إلى الحافلة قبل القطار | الخليج اليوم",
    deck="المشاريع الكبرى للنقل العام لن تنجح إذا لم يصل الراكب إلى المحطة.",
    section="مقالات الرأي", authors=["سلطان بن راشد المري"], byline_text="د. سلطان بن راشد المري",
    byline_html='<a href="/writers/sultan-almarri">د. سلطان بن راشد المري</a>', ld_authors=[], ld_type="Article",
    ld_extra={"author": "كتاب الرأي"}, pub="2026-03-09T00:01:00+04:00", ld_date="2026-03-08T20:01:00Z", meta_date="2026-03-08T20:01:00Z",
    date="الاثنين 20 رمضان 1447 هـ - 09 مارس 2026 م", topdate="الاثنين 20 رمضان 1447 هـ",
    w=dict(ad="إعلان", also="اقرأ أيضاً", gallery="صور", photos="صور", video="فيديو", follow="⟪تابعوا الخليج اليوم عبر قناتنا في واتساب⟫",
           print="طباعة", related="مقالات أخرى للكاتب", comments="التعليقات", most_read="الأكثر قراءة", region="أخبار الإمارات", breaking="عاجل", places="الإمارات"),
    sections=["الإمارات", "الخليج", "عربي ودولي", "اقتصاد", "رياضة", "ثقافة", "منوعات", "صحة", "تكنولوجيا", "مقالات الرأي", "فيديو"],
    subs={"اقتصاد": ["أسواق", "عقارات", "طاقة", "سيارات"], "رياضة": ["كرة القدم", "سباقات", "رياضات مائية"], "مقالات الرأي": ["كتاب", "افتتاحية"]},
    places_under="الإمارات", places=["أبوظبي", "دبي", "الشارقة", "عجمان", "أم القيوين", "رأس الخيمة", "الفجيرة", "العين", "خورفكان", "كلباء", "دبا", "الظفرة",
                                     "الرياض", "جدة", "الدوحة", "الكويت", "المنامة", "مسقط", "صلالة", "الدمام"],
    service=["من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية", "شروط الاستخدام"],
    ticker=["⟪مواعيد الإفطار والإمساك اليوم في الإمارات⟫", "ارتفاع مؤشر سوق دبي"],
    widget='<span>سوق دبي ▲ 0.6%</span> <span>سوق أبوظبي ▲ 0.3%</span> <span>برنت 71.2 دولار</span>',
    hero_caption="محطة حافلات في وسط المدينة. أرشيفية",
    tags=["النقل العام", "الحافلات", "المدن", "التخطيط العمراني"],
    bio="⟪أكاديمي متخصص في تخطيط المدن والنقل، وكاتب في الخليج اليوم.⟫",
    related=["الرصيف أولاً", "المدينة التي تمشي"],
    most_read=["⟪إمساكية رمضان 2026 في جميع الإمارات⟫", "موعد إجازة عيد الفطر للقطاع الخاص", "نتائج الجولة الأخيرة من الدوري"],
    footer="جميع الحقوق محفوظة © 2026 الخليج اليوم",
    body="""⟦تنفق مدن الخليج مليارات على شبكات القطارات والمترو، وهي مشاريع ضرورية لا خلاف عليها.⟧ لكن زيارة سريعة لأي محطة في منتصف النهار تكشف مشكلة بسيطة: الركاب قليلون، لأن الوصول إلى المحطة نفسه صعب.

معظم سكان مدننا يعيشون في أحياء سكنية ممتدة، تبعد عن أقرب محطة كيلومترات عدة. ومع حرارة الصيف التي تتجاوز الأربعين درجة، لا يمكن أن نطلب من أحد أن يمشي هذه المسافة. فيركب سيارته، ويقطع الطريق كله بها.

[[ALSO|⟪الرصيف أولاً: كيف نعيد المشاة إلى شوارعنا⟫]]

⟦الحل ليس قطاراً أطول، بل حافلة أقرب.⟧ شبكة حافلات صغيرة ومتكررة تربط الأحياء بالمحطات، بمواعيد واضحة وتطبيق يبين موعد الوصول بدقة، ومواقف مكيفة في أماكن الانتظار، ستضاعف عدد ركاب القطار دون أن نمد متراً واحداً من السكك.

[[AD]]

يحتج البعض بأن الحافلة وسيلة لا يستخدمها إلا من لا يملك سيارة. هذا صحيح حين تكون الحافلة بطيئة ومزدحمة ولا تأتي في موعدها. أما حين تكون نظيفة ومريحة وسريعة، فإنها تصبح خياراً للجميع، كما نرى في مدن كثيرة حول العالم. ولا تحتاج هذه الشبكة إلى استثمارات ضخمة؛ فالحافلة الكهربائية الصغيرة أرخص بكثير من أي توسعة للسكك، ويمكن تشغيل خطوط جديدة خلال أشهر لا سنوات، ثم تعديل مساراتها بسهولة وفق أعداد الركاب الفعلية في كل حي.

[[VIDEO|⟪جولة في أحدث محطات المترو⟫]]

[[FOLLOW]]

⟦وأقترح أن تخصص كل مدينة مساراً للحافلات في الطرق الرئيسية،⟧ حتى لا تعلق في الزحام نفسه الذي نريد التخلص منه، وأن تكون تذكرة الحافلة والقطار والعبّارة تذكرة واحدة بسعر موحد، فلا يدفع الراكب مرتين في رحلة واحدة.

المدن التي نجحت في النقل العام لم تبدأ بالمشاريع الضخمة، بل بالتفاصيل الصغيرة التي تجعل الرحلة سهلة من الباب إلى الباب. ⟦وإذا أردنا أن تمتلئ قطاراتنا، فعلينا أن نبدأ من الحافلة.⟧""",
    kind="opinion", why="signed column arguing for feeder bus networks",
))

PAGES.append(dict(
    case="ko-news-cjk-jajeongeo", lang="ko", skin="cjk", mode="br", domain="hanbitilbo.example", site="한빛일보", secpath="society",
    url="https://www.hanbitilbo.example/news/articleView.html?idxno=418273",
    h1="서울시, 공공자전거 5천대 추가 배치… 역세권 대여소 300곳 신설",
    og_title="서울시, 공공자전거 5천대 추가 배치… 역세권 대여소 300곳 신설 - 한빛일보",
    deck="", section="사회", authors=["홍민준"], byline_text="홍민준 기자", byline_html='<a href="/news/userArticle.html?id=hmj">홍민준 기자</a>',
    ld_authors=["org:한빛일보"], ld_type="NewsArticle", pub="2026-03-09T14:02:00+09:00", mod="2026-03-09T15:10:00+09:00",
    date_items=["입력 2026.03.09 14:02", "수정 2026.03.09 15:10", "댓글 12"], topdate="2026년 3월 9일 월요일",
    w=dict(ad="광고", also="관련기사", video="추천 영상", follow="⟪기자를 구독하시면 새 기사 알림을 받을 수 있습니다⟫", print="인쇄", share="공유",
           font_s="가-", font_l="가+", related="이 기사와 관련된 기사", comments="댓글", most_read="많이 본 뉴스", region="지역 뉴스", breaking="속보", places="지역",
           copyright_line="⟪저작권자 © 한빛일보 무단전재 및 재배포 금지⟫"),
    sections=["정치", "경제", "사회", "국제", "문화", "스포츠", "연예", "IT·과학", "오피니언", "포토", "영상"],
    subs={"경제": ["금융", "부동산", "산업", "증권"], "스포츠": ["야구", "축구", "골프", "배구"], "사회": ["교육", "환경", "교통", "노동"]},
    places_under="사회", places=["서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주",
                                "수원", "성남", "고양", "용인", "창원", "청주", "전주", "포항"],
    service=["회사소개", "기사제보", "광고문의", "개인정보처리방침", "청소년보호정책", "이메일무단수집거부"],
    ticker=["⟪코스피 2,710선 회복… 외국인 순매수⟫"], widget="코스피 2,712.44 ▲0.81% · 코스닥 871.20 ▲0.35% · 원/달러 1,382.5",
    tags=["공공자전거", "서울시", "교통"],
    related=["자전거도로 단절 구간 40곳 연결", "전동킥보드 주차 구역 확대"],
    most_read=["⟪내일 전국 봄비… 미세먼지는 보통⟫", "수도권 아파트값 3주째 상승", "프로야구 개막전 예매 오늘 시작"],
    footer="Copyright © 2026 한빛일보. All rights reserved.",
    body="""⟦서울시가 올해 공공자전거 5천대를 추가로 배치하고 지하철역 주변에 대여소 300곳을 새로 설치한다.⟧ 시는 9일 이 같은 내용을 담은 ‘공공자전거 이용 활성화 계획’을 발표했다.

계획에 따르면 새로 늘어나는 자전거 가운데 2천대는 무게를 줄인 신형 모델로, 언덕이 많은 지역에 우선 배치된다. 시는 그동안 자전거가 부족하다는 민원이 많았던 관악구, 성북구, 은평구 등을 중심으로 대여소를 늘릴 계획이다.

[[ALSO|⟪자전거도로 단절 구간 40곳 연결… 올해 안에 공사⟫]]

⟦대여소는 지하철역 출구에서 100미터 이내에 설치하는 것을 원칙으로 했다.⟧ 출퇴근 시간대 지하철과 자전거를 함께 이용하는 시민이 늘고 있기 때문이다. 시에 따르면 지난해 공공자전거 이용 건수의 약 38%가 지하철역 인근 대여소에서 시작됐다.

[[AD]]

요금은 현재와 같이 1시간 이용권 1천원으로 유지된다. 다만 정기권 이용자가 지하철이나 버스로 환승하면 추가 할인을 받을 수 있도록 하는 방안을 교통카드 사업자와 협의 중이다.

[[PHOTO|⟪서울 시내의 한 공공자전거 대여소. 한빛일보 자료사진⟫]]

시는 자전거 고장과 방치 문제를 줄이기 위해 정비 인력도 늘린다. ⟦현재 120명인 정비 인력을 180명으로 늘리고, 고장 신고 후 24시간 안에 수리하는 것을 목표로 한다.⟧

[[FOLLOW]]

이용자들의 반응은 엇갈린다. 매일 자전거로 출근한다는 회사원 김모(34)씨는 “출근 시간에 역 앞 대여소에 자전거가 한 대도 없을 때가 많았는데 대여소가 늘어나면 훨씬 편해질 것 같다”고 말했다. 반면 보행자 단체는 인도 위에 대여소가 늘어나면 보행 공간이 줄어들 수 있다며 설치 위치를 신중하게 정해 달라고 요구했다.

시 관계자는 “공공자전거는 버스와 지하철을 잇는 마지막 구간의 교통수단”이라며 “시민들이 집 앞에서 역까지 편하게 이동할 수 있도록 하겠다”고 말했다.

⟦새 대여소 위치는 이달 말 공공자전거 앱과 시 누리집을 통해 공개된다.⟧""",
    kind="news", why="city news report on expanded public bike scheme",
))

PAGES.append(dict(
    case="ja-other-cjk-kafun", lang="ja", skin="cjk", domain="kansai-shimpo.example", site="関西新報", secpath="life",
    url="https://www.kansai-shimpo.example/life/article/20260310-OYT8T50012/",
    h1="花粉シーズン本番　室内に持ち込まないための7つのコツ",
    og_title="花粉シーズン本番　室内に持ち込まないための7つのコツ｜暮らし｜関西新報",
    deck="帰宅時の習慣と換気の工夫で、部屋の中の花粉はかなり減らせます。",
    section="暮らし", authors=["佐藤 美咲"], byline_text="文：佐藤 美咲（ライター）", ld_authors=["佐藤 美咲"], ld_type="Article",
    pub="2026-03-10T06:00:00+09:00", ld_date="2026-03-09T21:00:00Z", meta_date="2026-03-09T21:00:00Z",
    date_items=["2026年3月10日 6:00", "（令和8年3月10日）"], topdate="令和8年3月10日（火）",
    w=dict(ad="広告", also="関連記事", video="おすすめ動画", follow="⟪関西新報の公式LINEを友だち追加して最新記事を受け取る⟫", print="印刷", share="シェア",
           font_s="文字小", font_l="文字大", related="あわせて読みたい", comments="コメント", most_read="アクセスランキング", region="地域のニュース", breaking="速報",
           places="地域"),
    sections=["ニュース", "社会", "政治", "経済", "国際", "スポーツ", "エンタメ", "暮らし", "医療・健康", "教育", "地域", "動画"],
    subs={"スポーツ": ["プロ野球", "サッカー", "高校野球", "相撲"], "暮らし": ["料理", "マネー", "住まい", "子育て"], "経済": ["株価", "企業", "就活"]},
    places_under="地域", places=["大阪", "京都", "兵庫", "奈良", "滋賀", "和歌山", "神戸", "堺", "姫路", "東大阪", "枚方", "豊中", "吹田", "高槻", "西宮", "尼崎", "明石",
                                "宇治", "大津", "草津"],
    service=["会社案内", "お問い合わせ", "広告掲載", "個人情報保護方針", "利用規約"],
    ticker=["⟪大阪・関西で春一番、昨年より5日遅く⟫"],
    tags=["花粉症", "暮らしのヒント", "春"],
    related=["花粉症の薬、飲み始めはいつ？", "洗濯物の部屋干し、においを防ぐには"],
    most_read=["⟪阪神、開幕投手が決定⟫", "桜の開花予想、京都は3月24日", "新名神の一部区間で通行止め"],
    footer="© 2026 関西新報社 無断転載を禁じます",
    body="""⟦スギ花粉の飛散が本格化し、関西でも多い日が続いています。⟧薬で症状を抑えるだけでなく、花粉をできるだけ部屋に持ち込まない工夫をすると、家の中で過ごす時間がぐっと楽になります。専門家に聞いた7つのコツを紹介します。

[[H|1. 玄関の外で払う]]

帰宅したら、ドアを開ける前に上着や帽子を軽く払いましょう。⟦表面がつるつるした素材の上着を選ぶと、花粉が付きにくく落としやすくなります。⟧ウールやフリースは花粉が絡みやすいので注意が必要です。

[[ALSO|⟪花粉症の薬、飲み始めはいつ？　医師に聞きました⟫]]

[[H|2. 上着は玄関に掛ける]]

脱いだ上着をリビングや寝室に持ち込まないだけで、室内の花粉は大きく減ります。玄関にコート掛けを置くのがおすすめです。

[[H|3. すぐに手洗いと洗顔]]

顔や髪にも花粉は付いています。帰宅後すぐに手を洗い、できれば洗顔やうがいもしましょう。

[[AD]]

[[H|4. 換気は短時間で]]

⟦換気は花粉の少ない早朝か夜に、窓を10センチほど開けて10分程度行うのが目安です。⟧レースのカーテンを閉めておくと、入ってくる花粉を減らせます。

[[H|5. 洗濯物は部屋干しに]]

飛散の多い日は外干しを避け、部屋干しや乾燥機を活用しましょう。

[[VIDEO|⟪1分でわかる　花粉を落とす上着の払い方⟫]]

[[H|6. 掃除は拭き掃除から]]

床に落ちた花粉は、掃除機の排気で舞い上がることがあります。先にぬれた雑巾やシートで拭き取ってから掃除機をかけると効果的です。

[[FOLLOW]]

[[H|7. 寝室を守る]]

寝室のドアは日中もなるべく閉めておき、空気清浄機を使う場合は寝る前の数時間に運転しておくと効果が高まります。加湿器で湿度を50〜60％に保つと、花粉が床に落ちやすくなり、舞い上がりにくくなるといわれています。

⟦一日の3分の1を過ごす寝室は、特に花粉を持ち込まないよう気をつけたい場所です。⟧寝具は週に一度は乾燥機にかけ、枕カバーはこまめに替えましょう。""",
    kind="other", why="lifestyle how-to tips on reducing indoor pollen",
))

PAGES.append(dict(
    case="zh-news-cjk-jieyun", lang="zh", html_lang="zh-Hant-TW", skin="cjk", domain="zhongbu-ribao.example", site="中部日報", secpath="local",
    url="https://www.zhongbu-ribao.example/news/local/20260309/2918374",
    h1="台中捷運藍線土建工程動工　預計2031年通車",
    og_title="台中捷運藍線土建工程動工　預計2031年通車 - 中部日報",
    deck="全長約25公里、設20站，沿台灣大道串聯海線與市中心。",
    section="地方", authors=["林怡君"], byline_text="記者林怡君／台中報導", ld_authors=["org:中部日報"], ld_type="NewsArticle",
    pub="2026-03-09T10:20:00+08:00", ld_date="2026-03-09T02:20:00Z",
    date_items=["2026/03/09 10:20", "最後更新：2026/03/09 13:05"], topdate="2026年3月9日 星期一",
    w=dict(ad="廣告", also="延伸閱讀", video="推薦影音", follow="⟪加入中部日報LINE官方帳號，掌握第一手地方新聞⟫", print="列印", share="分享",
           font_s="小", font_l="大", related="相關新聞", comments="留言", most_read="熱門新聞", region="縣市新聞", breaking="即時",
           places="縣市", copyright_line="⟪本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。⟫"),
    sections=["即時", "要聞", "政治", "社會", "地方", "國際", "財經", "生活", "娛樂", "運動", "評論", "影音"],
    subs={"財經": ["股市", "房市", "產業"], "運動": ["棒球", "籃球", "網球"], "生活": ["健康", "旅遊", "美食"]},
    places_under="地方", places=["台北", "新北", "基隆", "桃園", "新竹", "苗栗", "台中", "彰化", "南投", "雲林", "嘉義", "台南", "高雄", "屏東", "宜蘭", "花蓮", "台東",
                               "澎湖", "金門", "馬祖", "豐原", "大甲", "清水", "沙鹿", "梧棲"],
    service=["關於我們", "聯絡我們", "廣告刊登", "隱私權政策", "著作權聲明"],
    ticker=["⟪中部空品今明兩天恐達橘色提醒⟫"], widget="加權指數 22,418 ▲0.7% · 櫃買 248.3 ▲0.4%",
    tags=["台中捷運", "藍線", "交通建設"],
    related=["綠線延伸彰化　環評過關", "台灣大道公車專用道將調整"],
    most_read=["⟪中職開幕戰門票今開賣⟫", "明起鋒面報到　北部轉涼", "油價下週估不調整"],
    footer="© 2026 中部日報 版權所有",
    body="""⟦台中捷運藍線今天舉行土建工程動工典禮，市府預計2031年底通車。⟧藍線全長約25公里，規劃設置20座車站，沿台灣大道從台中港一路延伸到市中心，未來可與既有的綠線及台鐵台中站轉乘。

[[ALSO|⟪綠線延伸彰化　環評過關⟫]]

市長在典禮上表示，藍線是串聯海線地區與市中心的關鍵路線，⟦完工後從梧棲到台中車站預計只需約40分鐘，比目前開車節省至少20分鐘。⟧市府也將同步規劃站區周邊的公車接駁與自行車停車空間。

[[AD]]

交通局指出，藍線採高架與地下混合方式興建，其中市區段約9公里為地下化，以減少對台灣大道沿線景觀與交通的影響。施工期間，台灣大道部分路段將分階段縮減車道，市府將提前公告改道資訊。

[[PHOTO|⟪藍線動工典禮現場。記者林怡君／攝影⟫]]

⟦沿線居民對於施工期間的交通衝擊仍有疑慮。⟧住在西屯區的王姓居民說，台灣大道平常尖峰時段已經很塞，施工後恐怕更嚴重，希望市府增加公車班次，並加強路口的交通疏導。

地方議員也關注沿線商家的生計。有議員指出，過去綠線施工期間，文心路部分店家營業額下滑三成以上，建議市府參考其他城市作法，提供施工路段店家租金補貼或行銷協助，並設置專責窗口處理陳情。市府表示已成立跨局處小組，將在施工前與各路段商圈溝通。

交通局回應，施工期間將增派交通義警，並在主要路口調整號誌時相，同時研議提供施工路段的公車轉乘優惠。

[[FOLLOW]]

藍線總經費約1,600億元，由中央與地方共同負擔。⟦市府表示，將每季公布工程進度，讓市民隨時掌握施工情形。⟧""",
    kind="news", why="city news report on metro construction start",
))

PAGES.append(dict(
    case="zh-opinion-cjk-gepin", lang="zh", html_lang="zh-Hant-HK", skin="cjk", domain="gangdaoribao.example", site="港島日報", secpath="opinion",
    url="https://www.gangdaoribao.example/article/20260311/opinion/30918273",
    h1="劏房規管不能只靠最低標準", og_title="劏房規管不能只靠最低標準｜觀點｜港島日報",
    deck="", section="觀點", authors=["陳嘉欣"], byline_text="文：陳嘉欣（社會工作者）", ld_authors=["陳嘉欣"], ld_type="OpinionNewsArticle",
    ld_section="觀點", pub="2026-03-11T07:00:00+08:00", date_items=["2026年3月11日 星期三 07:00"], topdate="2026年3月11日 星期三",
    w=dict(ad="廣告", also="相關新聞", video="推介影片", follow="⟪追蹤港島日報Telegram頻道，緊貼最新時事⟫", print="列印", share="分享",
           font_s="A-", font_l="A+", related="觀點文章", comments="讀者回應", most_read="最多人看", region="地區新聞", breaking="突發", places="地區"),
    sections=["港聞", "觀點", "財經", "國際", "兩岸", "體育", "娛樂", "生活", "科技", "地產", "影片"],
    subs={"財經": ["股市", "樓市", "強積金"], "體育": ["足球", "賽馬", "籃球"], "生活": ["飲食", "旅遊", "健康"]},
    places_under="港聞", places=["中西區", "灣仔", "東區", "南區", "油尖旺", "深水埗", "九龍城", "黃大仙", "觀塘", "葵青", "荃灣", "屯門", "元朗", "北區", "大埔", "沙田",
                               "西貢", "離島"],
    service=["關於我們", "聯絡我們", "廣告查詢", "私隱政策", "使用條款"],
    ticker=["⟪天文台：明日氣溫回升至25度⟫"], widget="恒指 23,410 ▲1.1% · 國指 8,412 ▲0.9%",
    tags=["劏房", "房屋政策", "基層住屋"],
    bio="⟪作者為社會工作者，長期服務深水埗基層家庭。⟫",
    related=["過渡性房屋的下一步", "公屋輪候時間為何難縮短"],
    most_read=["⟪港鐵新綫下月試運行⟫", "本港樓價連升三個月", "學校假期安排公布"],
    footer="© 2026 港島日報 版權所有，不得轉載",
    body="""⟦政府為「簡樸房」訂立最低標準，包括面積、窗戶、獨立廁所等，方向正確。⟧但作為每天走訪劏房戶的社工，我擔心的是：標準訂了，然後呢？

在深水埗，一個三十多平方呎的單位，住著母親和兩個孩子，月租接近五千元。單位有窗，也有廁所，按新規定大概可以過關。但牆身滲水、電線外露，冷氣機要靠拖板供電，夏天一開就跳掣。

[[ALSO|⟪過渡性房屋的下一步：土地從哪裡來？⟫]]

⟦最低標準只是底線，真正難的是執法和租金。⟧若業主要花錢改裝才能符合標準，成本很可能轉嫁到租客身上；若執法不嚴，標準就只是紙上文章。不少租客也不敢投訴，怕被業主趕走，連這個棲身之所都失去。

[[AD]]

因此，我認為規管必須配合三項措施。第一，設立租客投訴的保護機制，禁止業主在投訴後的一段時間內無理加租或終止租約。第二，為需要改裝的單位提供有條件資助，條件是租金在一定年期內不得大幅上升。

[[VIDEO|⟪走進劏房：一家三口的一天⟫]]

⟦第三，也是最根本的，是加快公營房屋供應，讓劏房不再是基層唯一的選擇。⟧只要輪候公屋的時間仍然以年計，劏房就會繼續存在。過渡性房屋和租金津貼可以紓緩一時之困，卻不能取代穩定而可負擔的居所。

我見過不少孩子在床上做功課，因為單位裡放不下一張書桌；也見過長者因為樓梯太窄，幾個月沒有下樓。這些問題，單靠面積和窗戶的標準是看不見的。政府在推行規管的同時，應定期公布執法數字、投訴個案和租金變化，讓社會知道政策是否真的改善了住戶的生活。

[[FOLLOW]]

規管劏房是好事，但不應讓社會以為問題已經解決。⟦當我們談論標準時，別忘了住在裡面的人需要的不只是一扇窗。⟧""",
    kind="opinion", why="signed opinion piece on subdivided flat regulation",
))
