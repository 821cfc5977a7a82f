"""Opinion pages, part B: Norwegian, Icelandic, Catalan, Hebrew, Persian, Vietnamese, Swahili, Spanish, Polish."""
from parts import page

PAGES = []

# ---------------------------------------------------------------- Norwegian: /debatt/ URL and "Gjesteskribent" in the byline area
PAGES.append(page(
    case="no-opinion-skolevei", lang="no", html_lang="nb", skin="daily", domain="fjordposten.example", site="Fjordposten",
    url="https://www.fjordposten.example/debatt/la-barna-ga-alene-til-skolen/5-118-402291",
    h1="La barna gå alene til skolen", byline_label="Gjesteskribent", role="barnelege",
    authors=["Kari Solheim"], byline_text="Kari Solheim",
    pub="2026-04-14T06:00:00+02:00", date="14.04.2026 06:00",
    nav=["Nyheter", "Bergen", "Sport", "⟪Debatt og meninger⟫", "Kultur", "E-avis"],
    cookie="⟪Vi bruker informasjonskapsler for å gi deg en bedre opplevelse.⟫", cookie_btns=("Godta", "Innstillinger"),
    side=[("Mest lest", ["⟪Bybanen stanset i en time etter strømbrudd⟫", "Brann snudde kampen etter pause"])],
    more=("Mer debatt", ["⟪Gi lærerne tid til å undervise⟫", "Hvorfor jeg sluttet å kjøre bil til jobb"]),
    footer="⟪© 2026 Fjordposten. Ansvarlig redaktør: Eirik Haugland.⟫", footer_nav=["Om oss", "Kontakt", "Personvern"],
    body="""<p>⟦Hver morgen står det en kø av biler utenfor barneskolen i nabolaget mitt.⟧ Foreldre slipper av barn som bor under en kilometer unna, og trafikken rundt porten blir så tett at den blir farlig for de barna som faktisk går. Vi har laget et problem vi prøver å beskytte barna mot.</p>
<p>Som barnelege ser jeg hver uke barn som beveger seg for lite. Norske barn sitter stadig mer, og aktivitetsnivået faller særlig fra tiårsalderen. ⟦Skoleveien er en av de enkleste måtene å få inn daglig bevegelse på,⟧ uten påmelding, utstyr eller kontingent.</p>
<p>Men jeg tror gevinsten er større enn helsen. Barn som går alene, lærer å lese trafikken, å ta små beslutninger og å klare seg uten en voksen ved siden av. De møter venner på veien og blir kjent med nabolaget sitt. Det er selvstendighet de trenger senere, og den kommer ikke av seg selv.</p>
<p>Jeg forstår foreldrene som er redde. Mange skoleveier mangler fortau, og biler kjører for fort. ⟦Svaret er likevel tryggere veier, ikke flere foreldre bak rattet.⟧ Kommunen kan innføre hjertesoner rundt skolene, der biltrafikk ved porten er forbudt morgen og ettermiddag. Flere byer har gjort det med gode resultater, og ulykkestallene har gått ned.</p>
<p>Foreldre kan også gjøre noe selv. Start med å følge barnet halve veien, og avtal med naboer om å gå i grupper de første ukene. De fleste seksåringer klarer en kort og kjent vei alene langt tidligere enn vi tror.</p>
<p>Skolene kan hjelpe ved å kartlegge skoleveiene sammen med elevene og melde inn farlige punkter til kommunen. Det gir barna en følelse av at veien er deres, og det gir kommunen en liste å begynne med.</p>
<p>⟦Vi gjør ikke barna en tjeneste ved å kjøre dem overalt.⟧ La dem gå.</p>""",
    kind="opinion", why="byline label 'Gjesteskribent' and /debatt/ URL; argues",
))

# ---------------------------------------------------------------- Icelandic: /skodun/ URL and kicker "Skoðun"
PAGES.append(page(
    case="is-opinion-straeto", lang="is", skin="portal", domain="morgunrodull.example", site="Morgunröðull",
    url="https://www.morgunrodull.example/skodun/2026/03/18/straeto-tharf-ad-ganga-a-kvoldin",
    h1="Strætó þarf að ganga á kvöldin", kicker="Skoðun",
    authors=["Hildur Baldursdóttir"], byline_text="Hildur Baldursdóttir", role="borgarfulltrúi", meta="og",
    pub="2026-03-18T09:30:00+00:00", date="18. mars 2026 kl. 09:30",
    nav=["Fréttir", "Innlent", "Erlent", "Íþróttir", "⟪Skoðun og pistlar⟫", "Menning"],
    cookie="⟪Við notum vafrakökur til að bæta upplifun þína á vefnum.⟫", cookie_btns=("Samþykkja", "Stillingar"),
    side=[("Mest lesið", ["⟪Lokað um Hellisheiði vegna veðurs⟫", "Ný sundlaug opnuð í Úlfarsárdal"])],
    more=("Fleiri greinar", ["⟪Leikskólamálin þola enga bið⟫", "Hvers vegna ég hjóla allt árið"]),
    footer="⟪© 2026 Morgunröðull ehf. Öll réttindi áskilin.⟫", footer_nav=["Um okkur", "Hafa samband", "Persónuvernd"],
    body="""<p>⟦Síðasti vagninn frá miðbænum upp í Grafarholt fer rétt fyrir klukkan ellefu á kvöldin.⟧ Fyrir marga sem vinna á veitingastöðum, í verslunum og á hjúkrunarheimilum þýðir það að strætó er ekki raunhæfur kostur. Þeir kaupa sér bíl, eða borga fyrir leigubíl sem þeir hafa varla efni á.</p>
<p>Við í borgarstjórn tölum mikið um að fækka bílum og efla almenningssamgöngur. Það er rétt markmið. ⟦En fólk velur ekki strætó nema það geti treyst því að komast heim.⟧ Kerfi sem virkar aðeins á daginn er hálft kerfi.</p>
<p>Ég legg til að ferðir á helstu leiðum verði á hálftíma fresti til klukkan eitt eftir miðnætti alla daga vikunnar. Kostnaðurinn er ekki óyfirstíganlegur. Samkvæmt útreikningum Strætó myndi það kosta brot af því sem varið er í ný bílastæði og gatnamót á hverju ári.</p>
<p>Reynsla annarra norrænna borga sýnir að kvöldferðir skila sér. ⟦Þegar fólk veit að það kemst heim seint,⟧ fer það líka fyrr út með strætó og notar hann oftar yfir daginn. Farþegum fjölgar, og hver ferð verður ódýrari á mann.</p>
<p>Þetta er líka spurning um réttlæti. Þeir sem vinna á kvöldin eru oft þeir sem hafa lægstu launin og þurfa mest á ódýrum samgöngum að halda. Þeir eiga ekki að borga hæsta verðið fyrir að búa utan miðbæjarins.</p>
<p>Ég mun leggja tillöguna fram í umhverfis- og skipulagsráði í næstu viku og vona að fulltrúar allra flokka styðji hana. Þetta er ekki spurning um hægri eða vinstri, heldur um það hvernig borgin virkar fyrir þá sem halda henni gangandi.</p>
<p>⟦Borg sem sefur klukkan ellefu er ekki borg fyrir alla.⟧</p>""",
    kind="opinion", why="kicker 'Skoðun' and /skodun/ URL; councillor argues a proposal",
))

# ---------------------------------------------------------------- Catalan: unsigned editorial, neutral URL; only the kicker says "Editorial"
PAGES.append(page(
    case="ca-opinion-habitatge", lang="ca", skin="daily", domain="laveudelter.example", site="La Veu del Ter",
    url="https://www.laveudelter.example/2026/04/12/el-lloguer-no-pot-esperar-mes",
    h1="El lloguer no pot esperar més", kicker="Editorial",
    authors=None, byline_text=None, ld_authors=["org:La Veu del Ter"], meta="og",
    pub="2026-04-12T00:05:00+02:00", date="12 d’abril de 2026",
    nav=["Actualitat", "Osona", "Comarques", "Esports", "⟪Opinió i debat⟫", "Cultura"],
    cookie="⟪Aquest lloc web utilitza galetes per millorar la vostra experiència.⟫", cookie_btns=("Accepto", "Configuració"),
    side=[("El més llegit", ["⟪Tallada la C-17 a Centelles per obres⟫", "El Vic guanya el derbi amb un gol al final"])],
    more=("També us pot interessar", ["⟪La fira del ram bat rècord de visitants⟫", "Nou horari de la biblioteca de Manlleu"]),
    footer="⟪© 2026 La Veu del Ter SL. Tots els drets reservats.⟫", footer_nav=["Qui som", "Contacte", "Avís legal"],
    body="""<p>⟦Els preus del lloguer a Osona han pujat un 38 per cent en cinc anys,⟧ segons les dades de l’Institut Català del Sòl. Els sous, en el mateix període, no ho han fet ni de lluny. El resultat és conegut per tothom que té fills joves o treballa en una escola, un hospital o una fàbrica de la comarca: cada vegada és més difícil trobar un pis a un preu que es pugui pagar.</p>
<p>Els ajuntaments tenen a les mans més eines de les que fan servir. ⟦Hi ha centenars de pisos buits a la comarca,⟧ molts en mans d’entitats financeres, que podrien tornar al mercat amb programes de mediació i garanties per als propietaris. Hi ha solars municipals que fa anys que esperen un projecte d’habitatge protegit. I hi ha la possibilitat de cooperar entre municipis perquè els pobles petits no hagin de fer-ho tot sols.</p>
<p>No n’hi ha prou amb les declaracions. Cada campanya electoral s’omple de promeses d’habitatge assequible, i cada legislatura acaba amb menys pisos protegits dels que es van anunciar. Els veïns ja no demanen plans; demanen claus.</p>
<p>Aquest diari creu que el Consell Comarcal hauria de fixar un objectiu concret i públic: un nombre de pisos de lloguer assequible per a cada municipi abans del 2030, amb un calendari i un informe anual. ⟦El que no es mesura, no es fa.⟧</p>
<p>Cal també parlar amb els propietaris petits, que són la majoria a la comarca. Molts tenen un pis heretat i prefereixen tenir-lo buit que arriscar-se amb un llogater. Un servei públic que gestioni el lloguer, garanteixi el cobrament i se’n faci càrrec dels desperfectes podria convèncer-ne molts.</p>
<p>⟦Si la comarca vol conservar els seus joves, el lloguer no pot esperar més.⟧</p>""",
    kind="opinion", why="unsigned house editorial; only kicker 'Editorial', neutral URL",
))

# ---------------------------------------------------------------- Hebrew: breadcrumb "דעות" and JSON-LD articleSection
PAGES.append(page(
    case="he-opinion-ofanayim", lang="he", skin="daily", domain="hadashothatsafon.example", site="חדשות הצפון",
    url="https://www.hadashothatsafon.example/opinions/article/r1kq83a",
    h1="חיפה צריכה שבילי אופניים אמיתיים, לא קווים על המדרכה", crumbs=["ראשי", "דעות"], ld_section="דעות",
    authors=["מיכל ברקוביץ"], byline_text="מיכל ברקוביץ",
    pub="2026-03-22T19:00:00+02:00", date="22.03.2026 19:00",
    nav=["חדשות", "חיפה והקריות", "כלכלה", "ספורט", "⟪דעות וטורים⟫", "תרבות"],
    cookie="⟪האתר משתמש בעוגיות כדי לשפר את חוויית הגלישה.⟫", cookie_btns=("אישור", "הגדרות"),
    side=[("הנקראים ביותר", ["⟪הכרמלית תיסגר לשבועיים בשל עבודות תחזוקה⟫", "מכבי חיפה ניצחה בדקה האחרונה"])],
    more=("עוד בדעות", ["⟪למה אנחנו צריכים יותר גינות קהילתיות⟫", "הרכבת לגליל לא יכולה לחכות"]),
    footer="⟪© 2026 חדשות הצפון. כל הזכויות שמורות.⟫", footer_nav=["אודות", "צור קשר", "מדיניות פרטיות"],
    body="""<p>⟦בשנה האחרונה צבעה העירייה קילומטרים של קווים ירוקים על מדרכות בעיר התחתית ובהדר.⟧ על הנייר, חיפה הוסיפה שבילי אופניים. בפועל, רוכבים נאלצים להתחמק מהולכי רגל, מעמודי חשמל ומשולחנות של בתי קפה, והולכי הרגל מרגישים, ובצדק, שמישהו לקח להם את המדרכה.</p>
<p>אני רוכבת לעבודה כבר שש שנים, ואני יודעת שהעיר הזאת לא קלה לאופניים. יש בה עליות, רחובות צרים ותנועה כבדה. ⟦דווקא משום כך היא צריכה תכנון רציני ולא פתרונות של צבע.⟧</p>
<p>שביל אופניים אמיתי מופרד גם מהמדרכה וגם מהכביש. הוא רציף, ולא נקטע בכל צומת. הוא מחבר בין שכונות למקומות עבודה, לתחנות רכבת ולקמפוסים. ערים כמו תל אביב וירושלים למדו את זה בדרך הקשה, אחרי שנים של שבילים שהובילו לשום מקום.</p>
<p>⟦עם הגעת האופניים החשמליים, העלייה לכרמל כבר אינה מכשול.⟧ מאות תושבים כבר משתמשים בהם, ורבים נוספים היו מצטרפים אילו הרגישו בטוחים. כל רוכב כזה הוא רכב אחד פחות בפקקים של שדרות ההגנה ושל הכניסה הדרומית.</p>
<p>העירייה צריכה להכריז על רשת של שלושה או ארבעה צירים ראשיים, להקצות להם נתיב מתוך הכביש, ולבנות אותם עד הסוף. עדיף שלושה צירים שלמים על פני עשרים קטעים מנותקים.</p>
<p>כדאי גם לשתף את הציבור כבר בשלב התכנון. רוכבים, הולכי רגל ובעלי עסקים יודעים היטב היכן נוצרים המפגעים, ושיתוף כזה יחסוך טעויות יקרות ויבנה אמון.</p>
<p>יש מי שיטען שאין מקום בכבישים של חיפה לנתיב נוסף. אבל כל סקר תנועה שנעשה בעיר מראה שחלק גדול מהנסיעות בעיר קצרות משלושה קילומטרים, מרחק שאפשר לעבור באופניים בפחות מרבע שעה. מקום בכביש אינו משאב קבוע; הוא החלטה. אפשר להקצות אותו לחניה, ואפשר להקצות אותו לתנועה של אנשים. ההחלטה הזאת היא בדיוק מה שאנחנו מצפים מראש העיר ומחברי המועצה.</p>
<p>⟦הקווים הירוקים היו צעד ראשון. הגיע הזמן לצעד השני.⟧</p>""",
    kind="opinion", why="breadcrumb and articleSection 'דעות'; first-person argument",
))

# ---------------------------------------------------------------- Persian: kicker and article:section "یادداشت"
PAGES.append(page(
    case="fa-opinion-doorkari", lang="fa", skin="portal", domain="rooznameyeshahr.example", site="روزنامه شهر",
    url="https://rooznameyeshahr.example/news/418275/",
    h1="دورکاری در روزهای آلوده باید قاعده شود، نه استثنا", kicker="یادداشت", meta_section="یادداشت",
    authors=["رضا کریمی"], byline_text="رضا کریمی", role="پژوهشگر حمل‌ونقل شهری",
    pub="2026-01-20T08:00:00+03:30", date="۳۰ دی ۱۴۰۴ - ۰۸:۰۰",
    nav=["سیاسی", "اقتصادی", "اجتماعی", "⟪یادداشت و دیدگاه⟫", "ورزشی", "فرهنگی"],
    cookie="⟪این وب‌سایت برای بهبود تجربه شما از کوکی استفاده می‌کند.⟫", cookie_btns=("پذیرفتن", "تنظیمات"),
    side=[("پربازدیدها", ["⟪خط هفت مترو تا پایان هفته تعطیل است⟫", "قیمت نان در استان تغییر نمی‌کند"])],
    more=("مطالب مرتبط", ["⟪کاهش ساعت کاری ادارات در استان تهران⟫", "افزایش ظرفیت اتوبوس‌های برقی"]),
    footer="⟪تمامی حقوق این وب‌سایت متعلق به روزنامه شهر است.⟫", footer_nav=["درباره ما", "تماس با ما", "حریم خصوصی"],
    body="""<p>⟦هر زمستان، با بالا رفتن شاخص آلودگی هوا، خبر تعطیلی مدارس و ادارات در ساعت‌های پایانی شب اعلام می‌شود.⟧ خانواده‌ها تا آخرین لحظه نمی‌دانند فردا چه خواهد شد و بسیاری از کارکنان، چون دستور روشنی ندارند، باز هم راهی محل کار می‌شوند.</p>
<p>به نظر من این شیوه تصمیم‌گیری هم هزینه‌بر است و هم اثر کمی دارد. ⟦تعطیلی ناگهانی، بدون برنامه‌ریزی، ترافیک را کم نمی‌کند بلکه جابه‌جا می‌کند.⟧ بخشی از مردم به خرید و کارهای شخصی می‌روند و بخشی دیگر با خودروی شخصی به محل کار می‌روند چون سرویس‌ها تعطیل شده‌اند.</p>
<p>راه بهتر این است که دورکاری در روزهای آلوده به یک قاعده‌ی از پیش تعیین‌شده تبدیل شود. هر اداره و شرکت بزرگ باید از ابتدای پاییز فهرستی از مشاغلی که می‌توانند از خانه انجام شوند تهیه کند. ⟦وقتی پیش‌بینی هواشناسی آلودگی شدید را نشان می‌دهد،⟧ این کارکنان به‌طور خودکار دو یا سه روز در خانه کار کنند، بی‌آنکه منتظر بخشنامه‌ی شبانه بمانند.</p>
<p>تجربه‌ی دوران همه‌گیری نشان داد که بخش بزرگی از کارهای اداری از راه دور شدنی است. زیرساخت‌ها هم، هرچند کامل نیستند، از آن زمان بهتر شده‌اند. آنچه کم است، اراده‌ی مدیران برای اعتماد به کارکنان است.</p>
<p>البته دورکاری جای اقدامات اساسی را نمی‌گیرد. بهبود کیفیت سوخت، نوسازی ناوگان اتوبوس و موتورسیکلت‌ها و گسترش مترو همچنان ضروری‌اند. اما این اقدامات سال‌ها طول می‌کشند، در حالی که دورکاری را می‌توان از همین زمستان آغاز کرد.</p>
<p>پیشنهاد من این است که شورای شهر و استانداری با همکاری سازمان‌های بزرگ، آیین‌نامه‌ای ساده و روشن تهیه کنند و آن را پیش از فصل سرما به اطلاع همه برسانند.</p>
<p>⟦هوای پاک با تصمیم‌های شبانه به دست نمی‌آید؛ با برنامه به دست می‌آید.⟧</p>""",
    kind="opinion", why="kicker and article:section 'یادداشت'; argues for remote-work rule",
))

# ---------------------------------------------------------------- Vietnamese: breadcrumb "Góc nhìn" and /goc-nhin/ URL
PAGES.append(page(
    case="vi-opinion-viahe", lang="vi", skin="daily", domain="tinnhanhsaigon.example", site="Tin Nhanh Sài Gòn",
    url="https://tinnhanhsaigon.example/goc-nhin/tra-via-he-cho-nguoi-di-bo-4821937.html",
    h1="Trả vỉa hè cho người đi bộ", crumbs=["Trang chủ", "Góc nhìn"], meta_section="Góc nhìn",
    authors=["Nguyễn Minh Tuấn"], byline_text="Nguyễn Minh Tuấn", role="kiến trúc sư",
    pub="2026-03-09T06:00:00+07:00", date="Thứ hai, 9/3/2026, 06:00 (GMT+7)",
    nav=["Thời sự", "Thế giới", "Kinh doanh", "⟪Góc nhìn và bình luận⟫", "Thể thao", "Giải trí"],
    cookie="⟪Trang web sử dụng cookie để cải thiện trải nghiệm của bạn.⟫", cookie_btns=("Đồng ý", "Tùy chỉnh"),
    side=[("Đọc nhiều", ["⟪Cầu Thủ Thiêm 4 hợp long vào tháng 6⟫", "Giá xăng giảm nhẹ từ chiều nay"])],
    more=("Cùng chuyên mục", ["⟪Thành phố cần thêm công viên, không phải thêm bãi đỗ xe⟫", "Chuyện học thêm"]),
    footer="⟪© 2026 Tin Nhanh Sài Gòn. Bản quyền thuộc về Tin Nhanh Sài Gòn.⟫", footer_nav=["Giới thiệu", "Liên hệ", "Điều khoản sử dụng"],
    body="""<p>⟦Mỗi sáng, tôi đưa con đến trường trên một con đường ở quận 3 chỉ dài chưa đầy 500 mét.⟧ Nhưng suốt quãng đường ấy, hai cha con gần như không thể đi trên vỉa hè. Xe máy đỗ kín, quán cà phê bày ghế, hàng rong chiếm góc, và cuối cùng chúng tôi phải đi xuống lòng đường giữa dòng xe.</p>
<p>Tôi hiểu vỉa hè ở thành phố này là nơi mưu sinh của hàng nghìn gia đình. Một lệnh cấm tuyệt đối sẽ vừa khó thực hiện, vừa bất công với những người buôn bán nhỏ. ⟦Nhưng giữa cấm hết và bỏ mặc vẫn có một con đường ở giữa.⟧</p>
<p>Thành phố đã thí điểm cho thuê một phần vỉa hè có thu phí ở một số tuyến đường. Đó là hướng đi hợp lý, nếu đi kèm một nguyên tắc rõ ràng: luôn phải chừa lại một lối đi liên tục, rộng ít nhất 1,5 mét, cho người đi bộ, người già và xe lăn. ⟦Lối đi ấy phải được kẻ vạch và kiểm tra thường xuyên,⟧ chứ không chỉ ghi trên giấy.</p>
<p>Với tư cách một kiến trúc sư, tôi cũng muốn nói đến thiết kế. Nhiều vỉa hè bị cắt bởi lối xe lên xuống của từng nhà, cao thấp khác nhau, khiến người đi bộ phải leo lên leo xuống liên tục. Một tiêu chuẩn thống nhất về cao độ và vật liệu sẽ giúp ích nhiều hơn mọi chiến dịch ra quân.</p>
<p>Số tiền thu được từ việc cho thuê vỉa hè nên được dùng lại chính cho vỉa hè: sửa chữa, trồng cây, lắp đèn. Người dân sẽ dễ đồng thuận hơn khi thấy khoản phí mình trả làm cho con đường tốt hơn.</p>
<p>⟦Một thành phố văn minh được đo bằng việc một đứa trẻ có thể đi bộ an toàn đến trường.⟧</p>""",
    kind="opinion", why="breadcrumb 'Góc nhìn', /goc-nhin/ URL; architect argues",
))

# ---------------------------------------------------------------- Swahili: unsigned editorial, kicker "Tahariri" and /maoni/ URL
PAGES.append(page(
    case="sw-opinion-tahariri", lang="sw", skin="portal", domain="sautiyapwani.example", site="Sauti ya Pwani",
    url="https://www.sautiyapwani.example/maoni/tahariri/maji-safi-ni-haki-si-anasa-3317720",
    h1="Maji safi ni haki, si anasa", kicker="Tahariri", crumbs=["Nyumbani", "Maoni", "Tahariri"],
    authors=None, byline_text="Mhariri", ld_authors=["org:Sauti ya Pwani"],
    pub="2026-02-03T05:30:00+03:00", date="Jumanne, Februari 3, 2026",
    nav=["Habari", "Kitaifa", "Biashara", "Michezo", "⟪Maoni na Tahariri⟫", "Burudani"],
    cookie="⟪Tovuti hii inatumia vidakuzi ili kuboresha huduma zetu.⟫", cookie_btns=("Kubali", "Mipangilio"),
    side=[("Zinazosomwa zaidi", ["⟪Feri mpya kuanza safari Kigamboni mwezi ujao⟫", "Simba yashinda mechi ya ugenini"])],
    more=("Maoni zaidi", ["⟪Walimu wa vijijini wanahitaji nyumba bora⟫", "Barabara za mijini na mvua za masika"]),
    footer="⟪© 2026 Sauti ya Pwani. Haki zote zimehifadhiwa.⟫", footer_nav=["Kuhusu sisi", "Wasiliana nasi", "Sera ya faragha"],
    body="""<p>⟦Kwa wiki tatu sasa, wakazi wa mitaa kadhaa ya Temeke na Mbagala wamekuwa wakipata maji ya bomba mara mbili tu kwa wiki.⟧ Wengi wao wanalazimika kununua maji kwa wauzaji wa mikokoteni kwa bei ya shilingi 500 hadi 1,000 kwa ndoo moja. Kwa familia ya watu sita, gharama hiyo ni mzigo mzito.</p>
<p>Mamlaka ya maji imeeleza kuwa upungufu huu unatokana na matengenezo ya mtambo na kupungua kwa kina cha maji katika mto. Maelezo hayo yanaeleweka. ⟦Lakini wananchi hawapati taarifa za kutosha kuhusu ratiba ya mgao,⟧ na hilo linawaacha wakisubiri bila kujua maji yatatoka lini.</p>
<p>Gazeti hili linaamini kuwa hatua tatu zinaweza kuchukuliwa mara moja. Kwanza, mamlaka itangaze ratiba ya mgao kwa kila mtaa kupitia redio, ujumbe mfupi wa simu na mbao za matangazo. Pili, magari ya maji ya umma yapelekwe kwenye maeneo yaliyoathirika zaidi, hasa karibu na shule na vituo vya afya. ⟦Tatu, bei ya maji yanayouzwa mitaani idhibitiwe wakati wa dharura,⟧ ili wachache wasitajirike kutokana na shida ya wengi.</p>
<p>Kwa muda mrefu zaidi, serikali inahitaji kuongeza kasi ya ujenzi wa mabwawa na kupunguza upotevu wa maji kwenye mabomba chakavu. Takwimu za mamlaka yenyewe zinaonyesha kuwa karibu theluthi moja ya maji yanayozalishwa hupotea kabla ya kumfikia mteja.</p>
<p>Wananchi nao wana nafasi yao. Kuripoti mabomba yanayovuja na kuacha kuunganisha maji kinyume cha sheria kutasaidia kila mtu kupata sehemu yake.</p>
<p>Viongozi wa serikali za mitaa pia wanapaswa kuwa karibu zaidi na wananchi wakati huu. Mikutano ya hadhara ya kila wiki, ambapo wakazi wanaweza kuuliza maswali na kupata majibu, itasaidia kupunguza hasira na uvumi.</p>
<p>⟦Maji safi ni haki ya kila mwananchi, si anasa ya wachache.⟧</p>""",
    kind="opinion", why="kicker 'Tahariri', /maoni/tahariri/ URL; editorial demands action",
))

# ---------------------------------------------------------------- Spanish: satire column under /columnas/, kicker "Humor", breadcrumb "Opinión › Columnas"
PAGES.append(page(
    case="es-opinion-semaforo", lang="es", skin="daily", domain="eldiariodelsur.example", site="El Diario del Sur",
    url="https://www.eldiariodelsur.example/opinion/columnas/el-semaforo-que-escucha-20260316.html",
    h1="El semáforo que escucha", kicker="Humor", crumbs=["Portada", "Opinión", "Columnas"], meta_section="Opinión",
    deck="La columna de los lunes",
    authors=["Paco Linares"], byline_text="Paco Linares", ld_type="OpinionNewsArticle",
    pub="2026-03-16T07:00:00+01:00", date="16 mar 2026 - 07:00",
    nav=["Portada", "Andalucía", "España", "⟪Opinión y columnas⟫", "Deportes", "Cultura"],
    cookie="⟪Utilizamos cookies propias y de terceros para mejorar nuestros servicios.⟫", cookie_btns=("Aceptar", "Configurar"),
    side=[("Lo más leído", ["⟪Cortes de tráfico en el centro por la Semana Santa⟫", "El Betis suma tres puntos en Vigo"])],
    more=("Más columnas", ["⟪La ciudad de los bancos que nadie usa⟫", "Elogio de la siesta"]),
    footer="⟪© 2026 El Diario del Sur, S.L. Todos los derechos reservados.⟫", footer_nav=["Quiénes somos", "Contacto", "Aviso legal"],
    body="""<p>⟦El Ayuntamiento ha instalado en la avenida de la Constitución el primer semáforo inteligente de la ciudad.⟧ Según la nota de prensa, “escucha el tráfico, aprende de él y toma decisiones”. Es, por tanto, el primer funcionario municipal que hace las tres cosas a la vez.</p>
<p>Fui a conocerlo el jueves. Estaba en rojo. Esperé con respeto, como se espera ante una autoridad, y al cabo de cuatro minutos me di cuenta de que no había ni un coche en la avenida. ⟦El semáforo, simplemente, estaba pensando.⟧ Un técnico me explicó después que el sistema necesita “un periodo de adaptación de seis a ocho meses”, lo que lo convierte también en el primer semáforo con periodo de prueba.</p>
<p>El proyecto ha costado 1,2 millones de euros, financiados con fondos europeos para la transformación digital. Es una cantidad razonable si se piensa que sustituye a un semáforo normal, que costaba bastante menos y, sobre todo, se ponía en verde. Pero eso era el pasado. Aquel semáforo no aprendía nada. Se limitaba a cumplir, que es lo más sospechoso que puede hacer un aparato público.</p>
<p>Dicen que el próximo paso es que los semáforos hablen entre sí. Lo celebro. ⟦Por fin habrá en el Ayuntamiento dos departamentos que se comuniquen.⟧</p>
<p>Mientras tanto, los vecinos ya han adaptado sus costumbres. Los jubilados del barrio se sientan en el banco de la esquina a ver quién se cansa antes, si el semáforo o ellos, y hacen apuestas. Un bar de enfrente ha puesto un cartel: “Mientras espera, tome un café”. Es, de momento, el único negocio que ha salido ganando con la digitalización.</p>
<p>Yo, por si acaso, cruzo ya por el paso de la calle de al lado, que tiene un semáforo viejo, tonto y puntual. ⟦Hay progresos que conviene ver desde la acera.⟧</p>""",
    kind="opinion", why="satire column: kicker 'Humor', /opinion/columnas/ URL, breadcrumb",
))

# ---------------------------------------------------------------- Polish: kicker "Analiza" but the text argues; JSON-LD section "Opinie"
PAGES.append(page(
    case="pl-opinion-koleje", lang="pl", skin="portal", domain="kurierpomorski.example", site="Kurier Pomorski",
    url="https://kurierpomorski.example/artykul/koleje-regionalne-potrzebuja-jednego-biletu,1184502",
    h1="Koleje regionalne potrzebują jednego biletu, nie kolejnych przetargów", kicker="Analiza", ld_section="Opinie",
    authors=["Marek Zieliński"], byline_text="Marek Zieliński",
    pub="2026-03-30T11:00:00+02:00", date="30.03.2026, 11:00",
    nav=["Wiadomości", "Gdańsk", "Region", "Biznes", "⟪Opinie i komentarze⟫", "Sport"],
    cookie="⟪Używamy plików cookies, aby ułatwić korzystanie z serwisu.⟫", cookie_btns=("Akceptuję", "Ustawienia"),
    side=[("Najczęściej czytane", ["⟪Remont wiaduktu w Oliwie potrwa do jesieni⟫", "Lechia wygrała na wyjeździe"])],
    more=("Zobacz także", ["⟪Nowe tramwaje wyjadą na ulice w maju⟫", "Ceny mieszkań w Trójmieście znów w górę"]),
    footer="⟪© 2026 Kurier Pomorski sp. z o.o. Wszelkie prawa zastrzeżone.⟫", footer_nav=["O nas", "Kontakt", "Polityka prywatności"],
    body="""<p>⟦Pasażer, który chce dojechać z Kartuz do Gdyni, może dziś kupić aż cztery różne bilety,⟧ w zależności od tego, którym przewoźnikiem pojedzie i czy przesiądzie się na kolej miejską. Każdy z nich ma inne ceny, inne ulgi i inną aplikację. To nie jest drobna niedogodność. To powód, dla którego wielu mieszkańców regionu wciąż wybiera samochód.</p>
<p>Samorząd województwa od lat zapowiada wspólny bilet metropolitalny. Zamiast tego kolejne lata upływają na sporach o podział wpływów między przewoźnikami. ⟦Dane z ostatnich pięciu lat pokazują jednak jasno, gdzie leży problem.⟧ Tam, gdzie wprowadzono wspólną taryfę, na przykład na linii do Wejherowa, liczba pasażerów wzrosła o kilkanaście procent w ciągu roku. Tam, gdzie jej nie ma, stoi w miejscu.</p>
<p>Argument przewoźników, że wspólny bilet obniży ich przychody, nie wytrzymuje konfrontacji z doświadczeniem innych regionów. W Wielkopolsce i na Śląsku wspólne bilety przyciągnęły nowych pasażerów, a dopłaty z budżetu samorządu okazały się niższe, niż przewidywano.</p>
<p>Uważam, że marszałek powinien przestać czekać na porozumienie wszystkich stron. ⟦Województwo jest organizatorem przewozów i może wpisać wspólną taryfę do umów,⟧ tak jak zrobiły to inne regiony. Przewoźnik, który nie chce się do niej dostosować, nie powinien dostawać dotacji.</p>
<p>Kolejny przetarg na nowe pociągi jest potrzebny, ale nie rozwiąże problemu, jeśli pasażer nadal będzie musiał studiować cennik przed każdą podróżą. Nowoczesny tabor bez wspólnego biletu to jak nowy dom bez drzwi.</p>
<p>Warto też pamiętać o mieszkańcach mniejszych miejscowości, dla których pociąg jest często jedynym środkiem transportu publicznego. To oni najbardziej tracą na chaosie taryfowym.</p>
<p>Jeden bilet nie wymaga nowych torów ani wielkich inwestycji. Wymaga decyzji. ⟦Czas, by ktoś ją wreszcie podjął.⟧</p>""",
    kind="opinion", sure=False, why="kicker 'Analiza' but argues; articleSection 'Opinie'",
))
