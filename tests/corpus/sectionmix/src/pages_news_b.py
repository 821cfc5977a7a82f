"""News pages, part B: Bengali, Tamil, Malay, Tagalog, Thai, Hausa, Japanese, Urdu."""
from parts import page

PAGES = []

# ---------------------------------------------------------------- Bengali: JSON-LD section "জাতীয়"; "আরও মতামত" teasers under the report
PAGES.append(page(
    case="bn-news-nodibhangon", lang="bn", skin="portal", domain="dainikpadma.example", site="দৈনিক পদ্মা",
    url="https://www.dainikpadma.example/bangladesh/national/2026/02/27/padmar-bhangone-ghorbari-haralo-120-poribar",
    h1="পদ্মার ভাঙনে ঘরবাড়ি হারাল ১২০ পরিবার", ld_section="জাতীয়", crumbs=["প্রচ্ছদ", "বাংলাদেশ", "জাতীয়"],
    authors=["তানভীর হাসান"], byline_text="তানভীর হাসান, রাজবাড়ী",
    pub="2026-02-27T20:10:00+06:00", date="২৭ ফেব্রুয়ারি ২০২৬, ২০:১০",
    nav=["বাংলাদেশ", "আন্তর্জাতিক", "অর্থনীতি", "⟪মতামত ও সম্পাদকীয়⟫", "খেলা", "বিনোদন"],
    cookie="⟪আপনার অভিজ্ঞতা উন্নত করতে আমরা কুকি ব্যবহার করি।⟫", cookie_btns=("সম্মত", "সেটিংস"),
    more=("আরও মতামত", [("কলাম", "⟪নদীভাঙন রোধে দীর্ঘমেয়াদি পরিকল্পনা চাই⟫"), ("সম্পাদকীয়", "⟪ভাঙনকবলিত মানুষের পাশে দাঁড়ান⟫")]), more_base="opinion",
    side=[("সর্বাধিক পঠিত", ["⟪ঢাকায় মেট্রোরেলের নতুন স্টেশন চালু⟫", "টেস্টে জয় পেল বাংলাদেশ"])],
    footer="⟪© ২০২৬ দৈনিক পদ্মা। সর্বস্বত্ব সংরক্ষিত।⟫", footer_nav=["আমাদের সম্পর্কে", "যোগাযোগ", "গোপনীয়তা নীতি"],
    body="""<p>⟦রাজবাড়ীর গোয়ালন্দ উপজেলায় গত এক সপ্তাহে পদ্মার ভাঙনে অন্তত ১২০টি পরিবার ঘরবাড়ি হারিয়েছে।⟧ নদীতে বিলীন হয়েছে একটি প্রাথমিক বিদ্যালয়ের অর্ধেক ভবন, একটি মসজিদ এবং কয়েক শ বিঘা ফসলি জমি।</p>
<p>উপজেলা প্রশাসন জানিয়েছে, দৌলতদিয়া ইউনিয়নের তিনটি গ্রামে ভাঙন সবচেয়ে তীব্র। ক্ষতিগ্রস্ত পরিবারগুলোর অনেকে আত্মীয়ের বাড়িতে বা বাঁধের ওপর অস্থায়ী ঘর তুলে আশ্রয় নিয়েছে।</p>
<p>⟦“রাতের বেলা হঠাৎ শব্দ শুনে উঠে দেখি উঠানের অর্ধেক নেই,”⟧ বললেন সত্তর বছর বয়সী রহিমা বেগম। “জিনিসপত্র কিছুই বের করতে পারিনি। এটা নিয়ে তিনবার ঘর সরালাম।”</p>
<p>স্থানীয় ইউনিয়ন পরিষদের চেয়ারম্যান আবদুল মালেক বলেন, গত বছর জিও ব্যাগ ফেলার কাজ শুরু হলেও তা শেষ হয়নি। তাঁর দাবি, কাজ সময়মতো শেষ হলে এত ক্ষতি হতো না।</p>
<p>পানি উন্নয়ন বোর্ডের নির্বাহী প্রকৌশলী মো. শফিকুল ইসলাম জানান, জরুরি ভিত্তিতে আরও ২০ হাজার জিও ব্যাগ ফেলা হচ্ছে। ⟦স্থায়ী বাঁধ নির্মাণের একটি প্রকল্প মন্ত্রণালয়ে অনুমোদনের অপেক্ষায় রয়েছে।⟧</p>
<p>উপজেলা নির্বাহী কর্মকর্তা নাসরিন সুলতানা বলেন, ক্ষতিগ্রস্ত প্রতিটি পরিবারকে ৩০ কেজি চাল ও নগদ পাঁচ হাজার টাকা দেওয়া হচ্ছে। পুনর্বাসনের জন্য খাসজমির তালিকা তৈরি করা হচ্ছে। বিদ্যালয়ের শিক্ষার্থীদের পাশের একটি মাদ্রাসায় অস্থায়ীভাবে ক্লাস নেওয়ার ব্যবস্থা করা হয়েছে।</p>
<p>স্থানীয় বাসিন্দারা জানান, ভাঙনের কারণে এলাকার অনেক পরিবার এর আগেও কয়েকবার বাড়ি সরিয়েছে। তাঁদের অনেকে এখন ঢাকায় বা অন্য জেলায় কাজের খোঁজে যাওয়ার কথা ভাবছেন। এলাকার একমাত্র বাজারটিও এখন নদী থেকে মাত্র কয়েক শ মিটার দূরে।</p>
<p>ক্ষতিগ্রস্ত এলাকায় খাবার পানি ও শৌচাগারের সংকট দেখা দিয়েছে। উপজেলা স্বাস্থ্য কমপ্লেক্স থেকে একটি মেডিকেল দল পাঠানো হয়েছে, যারা ডায়রিয়া ও চর্মরোগের চিকিৎসা দিচ্ছে।</p>
<p>আবহাওয়া অধিদপ্তর জানিয়েছে, উজানে বৃষ্টির কারণে আগামী কয়েক দিন পদ্মার পানি আরও বাড়তে পারে। ⟦ফলে ভাঙন আরও বাড়ার আশঙ্কা করছেন স্থানীয় লোকজন।⟧</p>""",
    kind="news", why="erosion report; 'আরও মতামত' teasers only under it",
))

# ---------------------------------------------------------------- Tamil: kicker "விளக்கம்" (explainer), neutral
PAGES.append(page(
    case="ta-news-metroattai", lang="ta", skin="daily", domain="chennaimurasu.example", site="சென்னை முரசு",
    url="https://www.chennaimurasu.example/tamilnadu/metro-payana-attai-ena-maarukiradhu-1094832",
    h1="மெட்ரோ பயண அட்டை: என்ன மாறுகிறது?", kicker="விளக்கம்", crumbs=["முகப்பு", "தமிழ்நாடு"], meta_section="தமிழ்நாடு",
    authors=["ச. கார்த்திகேயன்"], byline_text="ச. கார்த்திகேயன்",
    pub="2026-03-02T09:00:00+05:30", date="02 மார்ச் 2026, 09:00 AM",
    nav=["தமிழ்நாடு", "இந்தியா", "உலகம்", "⟪கருத்துப் பேழை⟫", "விளையாட்டு", "சினிமா"],
    cookie="⟪சிறந்த அனுபவத்திற்காக இந்தத் தளம் குக்கீகளைப் பயன்படுத்துகிறது.⟫", cookie_btns=("ஏற்கிறேன்", "அமைப்புகள்"),
    side=[("அதிகம் வாசிக்கப்பட்டவை", ["⟪கோயம்பேடு சந்தையில் காய்கறி விலை குறைந்தது⟫", "சென்னை அணிக்கு வெற்றி"])],
    more=("தொடர்புடைய செய்திகள்", ["⟪மெட்ரோ இரண்டாம் கட்டப் பணிகள் விரைவு⟫", "மாநகரப் பேருந்துகளில் புதிய வசதி"]),
    footer="⟪© 2026 சென்னை முரசு. அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை.⟫", footer_nav=["எங்களைப் பற்றி", "தொடர்புக்கு", "தனியுரிமைக் கொள்கை"],
    body="""<p>⟦சென்னை மெட்ரோ ரயிலில் ஏப்ரல் 1 முதல் பழைய பயண அட்டைகளுக்குப் பதிலாக தேசிய பொதுப் போக்குவரத்து அட்டை பயன்படுத்தப்படும்.⟧ இந்த மாற்றம் பயணிகளை எப்படிப் பாதிக்கும் என்பதை இங்கே விளக்குகிறோம்.</p>
<p><strong>புதிய அட்டை என்றால் என்ன?</strong></p>
<p>இது வங்கிகள் வழங்கும் ஒரு டெபிட் அல்லது ப்ரீபெய்டு அட்டை. ⟦இதே அட்டையை மெட்ரோ, மாநகரப் பேருந்து மற்றும் புறநகர் ரயிலிலும் பயன்படுத்தலாம்.⟧ கடைகளில் பொருள் வாங்கவும் இதைப் பயன்படுத்த முடியும்.</p>
<p><strong>பழைய அட்டையில் உள்ள பணம் என்ன ஆகும்?</strong></p>
<p>மெட்ரோ நிர்வாகத்தின் அறிவிப்பின்படி, பழைய அட்டையில் மீதமுள்ள தொகையை ஜூன் 30 வரை எந்த நிலையத்திலும் திரும்பப் பெறலாம் அல்லது புதிய அட்டைக்கு மாற்றலாம். அட்டைக்கான வைப்புத் தொகையும் திருப்பித் தரப்படும்.</p>
<p><strong>கட்டணம் மாறுமா?</strong></p>
<p>பயணக் கட்டணம் மாறாது. புதிய அட்டையில் பயணம் செய்பவர்களுக்கு தற்போதுள்ள 20 சதவீதத் தள்ளுபடி தொடரும் என நிர்வாகம் தெரிவித்துள்ளது.</p>
<p><strong>யாருக்குச் சிரமம் இருக்கலாம்?</strong></p>
<p>வங்கிக் கணக்கு இல்லாதவர்கள் நிலையங்களில் விற்கப்படும் ப்ரீபெய்டு அட்டையை வாங்கலாம். ⟦இதற்கு ஆதார் அல்லது வேறு அடையாள ஆவணம் தேவை.⟧ மூத்த குடிமக்கள் சிலருக்கு இந்த நடைமுறை கடினமாக இருக்கலாம் என பயணிகள் சங்கம் கவலை தெரிவித்துள்ளது. நிலையங்களில் உதவி மையங்கள் அமைக்கப்படும் என நிர்வாகம் பதிலளித்துள்ளது.</p>
<p><strong>மற்ற நகரங்களில் என்ன நிலை?</strong></p>
<p>பெங்களூரு, டெல்லி மெட்ரோக்களில் இந்த அட்டை ஏற்கெனவே நடைமுறையில் உள்ளது. அங்கு முதல் சில மாதங்களில் நிலையங்களில் வரிசை அதிகரித்தாலும், பின்னர் பயணிகள் பழகிவிட்டதாக அந்நகர நிர்வாகங்கள் தெரிவிக்கின்றன.</p>
<p><strong>அட்டையை எங்கே பெறலாம்?</strong></p>
<p>பெரும்பாலான பொதுத்துறை மற்றும் தனியார் வங்கிகள் இந்த அட்டையை வழங்குகின்றன. ஏற்கெனவே உள்ள டெபிட் அட்டையில் இந்த வசதி இருக்கிறதா என்பதை வங்கியிடம் கேட்டுத் தெரிந்துகொள்ளலாம். மெட்ரோ நிலையங்களின் பயணச்சீட்டு அலுவலகங்களிலும் மார்ச் 15 முதல் அட்டை விற்பனை தொடங்கும். முதல் மாதத்தில் அட்டைக் கட்டணம் வசூலிக்கப்படாது என்றும், பழைய அட்டையை ஒப்படைப்பவர்களுக்கு முன்னுரிமை அளிக்கப்படும் என்றும் நிர்வாகம் தெரிவித்துள்ளது. அட்டையை இழந்தால் வங்கியின் உதவி எண் மூலம் உடனடியாக முடக்கலாம்; அதில் உள்ள இருப்புத் தொகை புதிய அட்டைக்கு மாற்றப்படும். மாணவர்களுக்கான சலுகை அட்டைகள் தனியாக வழங்கப்படும் என்றும், அதற்கான விண்ணப்பங்கள் பள்ளி மற்றும் கல்லூரிகள் வழியாகப் பெறப்படும் என்றும் அறிவிக்கப்பட்டுள்ளது.</p>
<p><strong>பயணிகள் என்ன சொல்கிறார்கள்?</strong></p>
<p>தினமும் ஆலந்தூரிலிருந்து பயணம் செய்யும் ஐடி ஊழியர் ப்ரியா, ஒரே அட்டையில் பேருந்திலும் பயணம் செய்ய முடிவது வசதியாக இருக்கும் என்றார். ஆனால், வயதான தன் பெற்றோர் புதிய முறைக்குப் பழக நேரம் ஆகும் என்றும் அவர் கூறினார்.</p>
<p>⟦கூடுதல் விவரங்களுக்கு மெட்ரோ உதவி எண்ணை அழைக்கலாம்.⟧</p>""",
    kind="news", why="kicker 'விளக்கம்' (explainer); neutral Q&A on fare cards",
))

# ---------------------------------------------------------------- Malay: kicker "Semak Fakta", neutral fact check
PAGES.append(page(
    case="ms-news-semakfakta", lang="ms", skin="portal", domain="beritasemenanjung.example", site="Berita Semenanjung",
    url="https://www.beritasemenanjung.example/semasa/2026/04/semak-fakta-benarkah-tol-percuma-sempena-hari-raya",
    h1="Benarkah tol percuma sepanjang minggu Hari Raya?", kicker="Semak Fakta", crumbs=["Utama", "Semasa"], meta_section="Semasa",
    authors=["Nurul Aisyah Rahman"], byline_text="Nurul Aisyah Rahman",
    pub="2026-03-15T12:30:00+08:00", date="15 Mac 2026, 12:30 tengah hari",
    nav=["Semasa", "Politik", "Ekonomi", "⟪Rencana dan Minda⟫", "Sukan", "Hiburan"],
    cookie="⟪Laman web ini menggunakan kuki untuk meningkatkan pengalaman anda.⟫", cookie_btns=("Setuju", "Tetapan"),
    side=[("Paling popular", ["⟪LRT laluan Kelana Jaya ditutup sementara⟫", "Harimau Malaya tewas di tempat lawan"])],
    more=("Semak Fakta lain", ["⟪Tular: Benarkah bil elektrik naik dua kali ganda?⟫", "Video banjir itu bukan dari Kelantan"]),
    footer="⟪Hak Cipta Terpelihara © 2026 Berita Semenanjung⟫", footer_nav=["Tentang Kami", "Hubungi Kami", "Dasar Privasi"],
    body="""<p>⟦Satu mesej yang tular di aplikasi WhatsApp sejak awal minggu ini mendakwa semua lebuh raya akan dikecualikan tol⟧ selama tujuh hari sempena Hari Raya Aidilfitri. Mesej itu turut menyertakan logo kementerian dan dikongsi ribuan kali. Kami menyemak kesahihannya.</p>
<p><strong>Dakwaan:</strong> Tol percuma di semua lebuh raya selama seminggu, bermula dua hari sebelum Hari Raya.</p>
<p><strong>Fakta:</strong> Kementerian Kerja Raya dalam kenyataan rasmi pada Jumaat mengumumkan pengecualian tol bagi kenderaan persendirian kelas 1 ⟦selama dua hari sahaja, iaitu sehari sebelum dan pada hari pertama Hari Raya.⟧ Pengecualian itu melibatkan lebuh raya utama antara bandar, tetapi tidak termasuk beberapa lebuh raya dalam bandar di Lembah Klang.</p>
<p>Jurucakap kementerian yang dihubungi berkata mesej tular itu tidak dikeluarkan oleh kementerian. “Logo yang digunakan adalah logo lama dan tarikh yang dinyatakan tidak tepat,” katanya.</p>
<p>Semakan kami juga mendapati mesej yang hampir sama pernah tular pada tahun 2024 dan 2025, dengan hanya tarikh yang ditukar.</p>
<p>Persatuan pengguna pula menasihatkan orang ramai supaya sentiasa merujuk laman web rasmi kementerian atau syarikat konsesi lebuh raya sebelum membuat perancangan perjalanan. ⟦Pengguna juga digalakkan menggunakan aplikasi trafik untuk mengelakkan kesesakan.⟧</p>
<p>Menurut Lembaga Lebuhraya Malaysia, lebih dua juta kenderaan dijangka menggunakan lebuh raya utama setiap hari pada musim perayaan. Pihak polis akan menempatkan lebih ramai anggota di plaza tol dan kawasan rehat untuk membantu pengguna.</p>
<p>Kementerian juga mengingatkan bahawa pengecualian tol tidak terpakai kepada kenderaan barangan dan bas ekspres, yang perlu membayar kadar biasa sepanjang tempoh tersebut.</p>
<p><strong>Kesimpulan:</strong> ⟦Dakwaan itu sebahagiannya palsu.⟧ Tol percuma hanya diberikan selama dua hari, bukan seminggu, dan tidak di semua lebuh raya.</p>""",
    kind="news", why="kicker 'Semak Fakta'; neutral verification of a viral claim",
))

# ---------------------------------------------------------------- Tagalog: news report, "Iba pang opinyon" teasers under it
PAGES.append(page(
    case="tl-news-jeepney", lang="tl", skin="daily", domain="balitangbayan.example", site="Balitang Bayan",
    url="https://www.balitangbayan.example/balita/metro/2026/03/31/mga-tsuper-nagprotesta-sa-quezon-city",
    h1="Mga tsuper ng jeepney, nagprotesta sa Quezon City", crumbs=["Home", "Balita", "Metro"], meta_section="Balita",
    authors=["Jerome Dela Cruz"], byline_text="Jerome Dela Cruz", meta="og",
    pub="2026-03-31T15:50:00+08:00", date="Marso 31, 2026 - 3:50 PM",
    nav=["Balita", "Metro", "Probinsya", "⟪Opinyon at Editoryal⟫", "Showbiz", "Sports"],
    cookie="⟪Gumagamit kami ng cookies para mapabuti ang inyong karanasan.⟫", cookie_btns=("Sang-ayon", "Settings"),
    more=("Iba pang opinyon", [("Kolum", "⟪Ang modernisasyon ay hindi dapat magpahirap sa tsuper⟫"), ("Editoryal", "⟪Pakinggan ang mga komyuter⟫")]), more_base="opinyon",
    side=[("Pinakabinasa", ["⟪Presyo ng bigas, bahagyang bumaba⟫", "Gilas panalo sa tune-up game"])],
    footer="⟪© 2026 Balitang Bayan. Lahat ng karapatan ay nakalaan.⟫", footer_nav=["Tungkol sa amin", "Makipag-ugnayan", "Privacy Policy"],
    body="""<p>⟦Daan-daang tsuper ng jeepney ang nagtipon sa harap ng tanggapan ng LTFRB sa Quezon City nitong Martes⟧ upang tutulan ang nalalapit na deadline ng konsolidasyon ng mga prangkisa sa ilalim ng programang modernisasyon.</p>
<p>Ayon sa grupong PISTON Metro, mahigit 600 tsuper at operator ang dumalo sa protesta, na nagsimula alas-siyete ng umaga at natapos bandang tanghali. Tinatayang 800 ang bilang ayon sa pulisya.</p>
<p>⟦“Hindi kami kontra sa pagbabago. Ang ayaw namin ay mabaon sa utang,”⟧ sabi ni Ramon Villanueva, 52, na dalawampung taon nang nagmamaneho ng jeep sa rutang Cubao–Fairview. Aniya, aabot sa dalawa’t kalahating milyong piso ang halaga ng isang modernong sasakyan, na hindi kayang bayaran ng karaniwang operator kahit may tulong ng gobyerno.</p>
<p>Sinabi naman ng tagapagsalita ng LTFRB na si Atty. Grace Manalo na walang balak ang ahensya na iurong ang deadline sa Abril 30. ⟦“Bukas ang aming tanggapan sa mga kooperatiba na kailangan pa ng tulong sa proseso,”⟧ aniya. Dagdag niya, mahigit 80 porsiyento na ng mga prangkisa sa Metro Manila ang na-consolidate.</p>
<p>Nagdulot ng bahagyang pagbagal ng trapiko ang protesta sa East Avenue. Nagpadala ang MMDA ng mga enforcer upang ayusin ang daloy ng mga sasakyan.</p>
<p>Ilang pasahero ang nagsabing nag-aalala sila sa posibleng kakulangan ng masasakyan kapag natuloy ang deadline. “Kung mawala ang jeep sa ruta namin, dalawang sakay pa ang kailangan ko papunta sa trabaho,” sabi ni Liza Santos, isang empleyado sa Ortigas.</p>
<p>Nakatakdang makipagpulong ang mga lider ng transport group sa Department of Transportation sa susunod na linggo. ⟦Hindi pa tiyak kung magsasagawa sila ng tigil-pasada.⟧</p>""",
    kind="news", why="protest report with quotes; opinion only in teasers below",
))

# ---------------------------------------------------------------- Thai: news report, breadcrumb "ข่าว › สังคม"; opinion in the menu and the rail
PAGES.append(page(
    case="th-news-namthuam", lang="th", skin="portal", domain="khaosodthai.example", site="ข่าวสดไทยรายวัน",
    url="https://www.khaosodthai.example/news/social/2026/02/13/namthuam-chiangrai-481920",
    h1="น้ำป่าไหลหลากเข้าท่วมหมู่บ้านในเชียงราย ชาวบ้านอพยพกว่า 200 ครัวเรือน", crumbs=["หน้าแรก", "ข่าว", "สังคม"], meta_section="สังคม",
    authors=["สมชาย ใจดี"], byline_text="สมชาย ใจดี",
    pub="2026-02-13T11:20:00+07:00", date="13 ก.พ. 2569 11:20 น.",
    nav=["ข่าว", "การเมือง", "เศรษฐกิจ", "⟪บทความและความคิดเห็น⟫", "กีฬา", "บันเทิง"],
    cookie="⟪เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของคุณ⟫", cookie_btns=("ยอมรับ", "ตั้งค่า"),
    side=[("ความคิดเห็น", [("บทความ", "⟪ถึงเวลาทบทวนการจัดการน้ำภาคเหนือ⟫")]), ("ข่าวยอดนิยม", ["⟪รถไฟฟ้าสายสีเหลืองขัดข้องช่วงเช้า⟫", "ทีมชาติไทยชนะนัดกระชับมิตร"])],
    footer="⟪© 2026 ข่าวสดไทยรายวัน สงวนลิขสิทธิ์⟫", footer_nav=["เกี่ยวกับเรา", "ติดต่อเรา", "นโยบายความเป็นส่วนตัว"],
    body="""<p>⟦เมื่อเวลาประมาณ 02.00 น. วันที่ 13 ก.พ. เกิดน้ำป่าไหลหลากเข้าท่วมหมู่บ้านสามแห่งในอำเภอแม่สรวย จังหวัดเชียงราย⟧ หลังมีฝนตกหนักต่อเนื่องบนพื้นที่ภูเขามาตั้งแต่ช่วงเย็นวันก่อน</p>
<p>นายอำเภอแม่สรวยเปิดเผยว่า เจ้าหน้าที่ได้อพยพชาวบ้านกว่า 200 ครัวเรือนไปยังศูนย์พักพิงชั่วคราวที่โรงเรียนและวัดในพื้นที่ ยังไม่มีรายงานผู้เสียชีวิต แต่มีผู้ได้รับบาดเจ็บเล็กน้อย 4 ราย ซึ่งได้รับการรักษาที่โรงพยาบาลแล้ว</p>
<p>⟦“น้ำมาเร็วมาก ไม่ถึงสิบนาทีก็ท่วมถึงเอว”⟧ นางบัวคำ แสนดี อายุ 58 ปี ชาวบ้านหมู่ 5 กล่าว “ของในบ้านเก็บไม่ทันเลย โชคดีที่ผู้ใหญ่บ้านมาเคาะประตูปลุก”</p>
<p>สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดระบุว่า ถนนสายหลักเข้าหมู่บ้านถูกตัดขาดสองจุด และสะพานไม้หนึ่งแห่งถูกกระแสน้ำพัดเสียหาย ⟦เจ้าหน้าที่กำลังเร่งนำเครื่องจักรเข้าไปซ่อมแซมเส้นทาง⟧</p>
<p>กรมอุตุนิยมวิทยาคาดการณ์ว่า พื้นที่ภาคเหนือตอนบนจะยังมีฝนตกหนักบางแห่งต่อเนื่องอีก 2–3 วัน และขอให้ประชาชนที่อาศัยอยู่ใกล้ลำห้วยและที่ลาดเชิงเขาติดตามประกาศอย่างใกล้ชิด</p>
<p>ด้านผู้ว่าราชการจังหวัดเชียงรายได้ลงพื้นที่ตรวจสอบความเสียหายในช่วงเช้า และสั่งการให้หน่วยงานที่เกี่ยวข้องจัดส่งน้ำดื่ม อาหาร และเครื่องนอนไปยังศูนย์พักพิงอย่างเพียงพอ ⟦พร้อมเตรียมประกาศให้เป็นพื้นที่ประสบสาธารณภัย⟧ เพื่อให้สามารถใช้งบประมาณช่วยเหลือฉุกเฉินได้ทันที</p>""",
    kind="news", why="flash-flood report; breadcrumb 'ข่าว › สังคม'",
))

# ---------------------------------------------------------------- Hausa: news report under kicker "Labarai"; "Ra'ayi" in the menu
PAGES.append(page(
    case="ha-news-takin", lang="ha", skin="daily", domain="muryararewa.example", site="Muryar Arewa",
    url="https://www.muryararewa.example/labarai/2026/03/farashin-takin-zamani-ya-karu-a-kano",
    h1="Farashin takin zamani ya karu a kasuwannin Kano", kicker="Labarai", meta_section="Labarai",
    authors=["Aminu Sani"], byline_text="Aminu Sani, Kano", meta="og",
    pub="2026-03-19T10:00:00+01:00", date="19 Maris, 2026",
    nav=["Labarai", "Najeriya", "Afirka", "Kasuwanci", "⟪Ra’ayoyin marubuta⟫", "Wasanni"],
    cookie="⟪Wannan shafi yana amfani da kukis don inganta hidimarmu.⟫", cookie_btns=("Na yarda", "Saituna"),
    side=[("Ra'ayi", [("Sharhi", "⟪Manoma na bukatar tallafi na gaskiya⟫")]), ("Labaran da aka fi karantawa", ["⟪Gwamnati za ta gyara hanyar Zariya⟫", "Kano Pillars ta yi nasara"])],
    footer="⟪© 2026 Muryar Arewa. Dukkan hakki na kiyaye.⟫", footer_nav=["Game da mu", "Tuntube mu", "Manufar sirri"],
    body="""<p>⟦Manoma a jihar Kano sun koka kan yadda farashin takin zamani ya karu a kasuwanni⟧ a daidai lokacin da suke shirye-shiryen noman damina.</p>
<p>Wani bincike da wakilinmu ya gudanar a kasuwannin Dawanau da Kwanar Dangora ya nuna cewa buhun takin NPK mai nauyin kilo hamsin ya kai naira dubu arba’in da biyar, sabanin naira dubu talatin da biyu da aka sayar da shi a watan Janairu.</p>
<p>⟦“Ba mu san yadda za mu yi ba. Idan ba mu sa taki ba, amfanin gona zai ragu,”⟧ in ji Malam Ibrahim Musa, wani manomin masara daga karamar hukumar Bunkure. Ya ce a bara ya sayi buhu goma, amma a bana ba zai iya sayen fiye da biyar ba.</p>
<p>Wani dillalin taki a kasuwar Dawanau, Alhaji Garba Yusuf, ya danganta karin farashin da tsadar sufuri da kuma karancin takin a manyan rumbunan ajiya. “Muna sayowa da tsada, saboda haka ba yadda za mu sayar da arha,” in ji shi.</p>
<p>Ma’aikatar Aikin Gona ta jihar ta ce tana shirin raba takin da gwamnati ta tallafa wa manoma a cikin watan Afrilu. ⟦Kakakin ma’aikatar, Hajiya Zainab Abdullahi, ta ce za a raba buhu dubu dari biyu⟧ ta hannun kungiyoyin manoma a dukkan kananan hukumomi arba’in da hudu na jihar.</p>
<p>Sai dai wasu manoma sun bayyana shakku kan yadda ake rabon, inda suka ce a shekarun baya takin tallafin bai kai ga kananan manoma ba. Ma’aikatar ta ce a bana za a yi amfani da rajistar manoma ta na’ura domin tabbatar da adalci.</p>
<p>Masana harkar noma sun shawarci manoma su hada takin zamani da takin gargajiya domin rage kashe kudi, musamman a gonaki masu kananan fadi.</p>
<p>Kungiyar manoma ta kasa reshen jihar Kano ta ce za ta gana da jami’an gwamnati a mako mai zuwa. ⟦Ana sa ran za a tattauna batun farashi da kuma lokacin rabon takin.⟧</p>""",
    kind="news", why="market report with quotes; kicker 'Labarai' (news)",
))

# ---------------------------------------------------------------- Japanese: kicker "解説", a neutral explainer; 社説 in the rail
PAGES.append(page(
    case="ja-news-kaisetsu", lang="ja", skin="portal", domain="chubushimpo.example", site="中部新報",
    url="https://www.chubushimpo.example/article/kaisetsu/20260305-0412.html",
    h1="高齢ドライバーの免許更新、何が変わる？", kicker="解説", meta_section="解説", crumbs=["トップ", "社会"],
    authors=["山本彩"], byline_text="社会部　山本彩", title_fmt="%s｜%s",
    pub="2026-03-05T06:00:00+09:00", date="2026年3月5日 6時00分",
    nav=["ニュース", "政治", "経済", "⟪社説・コラム⟫", "スポーツ", "文化"],
    cookie="⟪当サイトではサービス向上のためにクッキーを使用しています。⟫", cookie_btns=("同意する", "設定"),
    side=[("社説", [("社説", "⟪免許返納の支援をもっと手厚く⟫")]), ("アクセスランキング", ["⟪名古屋駅前で再開発計画が始動⟫", "中日、開幕戦は白星"])],
    footer="⟪© 2026 中部新報社　無断転載を禁じます⟫", footer_nav=["会社案内", "お問い合わせ", "プライバシーポリシー"],
    body="""<p>⟦75歳以上の運転者を対象にした運転免許の更新制度が、4月から一部見直される。⟧認知機能検査の方法や、実車による運転技能検査の対象が変わる。何が変わり、誰に影響するのかをまとめた。</p>
<p><strong>何が変わるのか</strong></p>
<p>これまで一定の違反歴がある人に限って義務づけていた運転技能検査について、⟦対象となる違反の種類が11類型から13類型に広がる。⟧信号無視や逆走などに加え、一時不停止と進路変更時の合図不履行が新たに加わる。検査に合格しなければ免許は更新できない。</p>
<p>認知機能検査はタブレット端末で受けられるようになり、所要時間は約30分から20分程度に短くなる見込みだ。</p>
<p><strong>なぜ見直すのか</strong></p>
<p>警察庁によると、75歳以上の運転者による死亡事故は、件数は減っているものの、全体に占める割合は高い水準が続いている。特に、ブレーキとアクセルの踏み間違いによる事故が目立つという。</p>
<p><strong>影響はどのくらいか</strong></p>
<p>県警の試算では、県内で新たに技能検査の対象となるのは年間約1200人。⟦検査会場の予約が取りにくくなるとの懸念もあり、⟧県警は4月から土曜日の検査枠を増やす。</p>
<p>一方、高齢者団体からは「地方では車がないと生活できない」として、返納後の移動手段の確保を求める声も出ている。県内では、免許を返納した人にバスやタクシーの割引券を配る市町村が増えている。</p>
<p>⟦詳しくは県警のホームページで確認できる。⟧</p>""",
    kind="news", why="kicker '解説' (explainer); neutral rules summary",
))

# ---------------------------------------------------------------- Urdu: news report, breadcrumb "پاکستان › لاہور"; کالم list in the rail
PAGES.append(page(
    case="ur-news-smog", lang="ur", skin="daily", domain="roznamaawaz.example", site="روزنامہ آواز",
    url="https://www.roznamaawaz.example/pakistan/lahore/2026/01/15/smog-schools-closed-112874",
    h1="لاہور میں اسموگ، اسکول ایک ہفتے کے لیے بند", crumbs=["ہوم", "پاکستان", "لاہور"], meta_section="پاکستان",
    authors=["عمران علی"], byline_text="عمران علی، لاہور", meta="og",
    pub="2026-01-15T21:00:00+05:00", date="15 جنوری 2026",
    nav=["پاکستان", "دنیا", "کاروبار", "⟪کالم اور تجزیے⟫", "کھیل", "شوبز"],
    cookie="⟪یہ ویب سائٹ آپ کے تجربے کو بہتر بنانے کے لیے کوکیز استعمال کرتی ہے۔⟫", cookie_btns=("قبول ہے", "ترتیبات"),
    side=[("کالم", [("کالم", "⟪صاف ہوا ہمارا حق ہے⟫"), ("اداریہ", "اسموگ کا مستقل حل")]), ("مقبول خبریں", ["⟪موٹروے دھند کے باعث بند⟫", "قومی ٹیم کی شاندار کامیابی"])],
    footer="⟪جملہ حقوق محفوظ ہیں © 2026 روزنامہ آواز⟫", footer_nav=["ہمارے بارے میں", "رابطہ", "پرائیویسی پالیسی"],
    body="""<p>⟦پنجاب حکومت نے لاہور میں شدید اسموگ کے باعث تمام سرکاری اور نجی اسکول ایک ہفتے کے لیے بند کرنے کا اعلان کر دیا ہے۔⟧ یہ فیصلہ بدھ کی شام محکمہ ماحولیات کے ہنگامی اجلاس کے بعد کیا گیا۔</p>
<p>محکمہ ماحولیات کے مطابق بدھ کو شہر کے کئی علاقوں میں ہوا کے معیار کا انڈیکس چار سو سے تجاوز کر گیا، جو انتہائی مضر صحت سمجھا جاتا ہے۔ گلبرگ، شاہدرہ اور ٹاؤن شپ میں صورتحال سب سے زیادہ خراب رہی۔</p>
<p>⟦صوبائی وزیر ماحولیات نے پریس کانفرنس میں کہا کہ بچوں کی صحت اولین ترجیح ہے۔⟧ ان کا کہنا تھا کہ اس دوران آن لائن کلاسز جاری رہیں گی اور دفاتر میں پچاس فیصد عملہ گھر سے کام کرے گا۔</p>
<p>سروسز اسپتال کے شعبہ اطفال کے سربراہ ڈاکٹر کامران احمد نے بتایا کہ گزشتہ ایک ہفتے میں سانس اور آنکھوں کی بیماریوں کے مریضوں کی تعداد دوگنی ہو گئی ہے۔ “ہمارے وارڈ بھرے ہوئے ہیں، والدین بچوں کو غیر ضروری طور پر باہر نہ لے جائیں،” انہوں نے کہا۔</p>
<p>اسکول بند ہونے پر والدین نے ملے جلے ردعمل کا اظہار کیا۔ سمن آباد کی رہائشی نازیہ پروین نے کہا کہ بچوں کی صحت ضروری ہے مگر بار بار اسکول بند ہونے سے ان کی پڑھائی متاثر ہو رہی ہے۔</p>
<p>حکومت نے شہر میں فصلوں کی باقیات جلانے اور دھواں چھوڑنے والی گاڑیوں کے خلاف کارروائی تیز کرنے کا حکم بھی دیا ہے۔ ⟦ٹریفک پولیس کے مطابق گزشتہ تین دن میں سات سو سے زائد گاڑیوں کے چالان کیے گئے۔⟧</p>
<p>اینٹوں کے بھٹوں کو بھی ایک ہفتے کے لیے بند رکھنے کا حکم دیا گیا ہے، جبکہ تعمیراتی مقامات پر پانی کے چھڑکاؤ کو لازمی قرار دیا گیا ہے۔</p>
<p>محکمہ موسمیات نے آئندہ چند روز میں بارش کا امکان ظاہر کیا ہے۔ ⟦حکام کا کہنا ہے کہ بارش سے فضائی آلودگی میں کمی متوقع ہے۔⟧</p>""",
    kind="news", why="smog report; breadcrumb 'پاکستان › لاہور', columns only in rail",
))
