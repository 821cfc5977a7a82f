"""Latin, Arabic and no-charset pages: iso-8859-1 declared over windows-1252 bytes (French),
ISO-8859-2 (Polish), windows-1250 (Czech), windows-1256 (Arabic), ISO-8859-9 (Turkish), a UTF-8 page
with a BOM that contradicts its <meta> (English), a UTF-8 page with no declaration (Portuguese)."""

PAGES = []

PAGES.append(dict(
    case="fr-opinion-latin1-boulangerie", lang="fr", skin="kubrick", charset="iso-8859-1", enc="cp1252",
    domain="carnetdumarais.example", site="Le carnet du Marais",
    url="http://www.carnetdumarais.example/2026/03/14/la-derniere-boulangerie/",
    h1="La dernière boulangerie de la rue",
    authors=["Hélène Marchetti"], byline_text="par Hélène Marchetti",
    byline_date_html="14 mars 2026 <!-- by Hélène Marchetti -->par Hélène Marchetti",
    pub="2026-03-14", html_lang="fr-FR",
    keywords=["quartier", "commerces", "boulangerie", "billet"],
    tagline="⟪Chroniques d’un quartier qui change, depuis 2005⟫",
    prev="Le marché couvert, dix ans après",
    postmeta="Publié dans <a href=\"/category/billets/\">Billets</a> | <a href=\"#respond\">⟪4 commentaires »⟫</a>",
    comments_title="4 réponses à “La dernière boulangerie de la rue”",
    comments=[("Odile", "14 mars 2026 à 19:02", "⟪Merci pour ce billet, on pense exactement la même chose au 12.⟫"),
              ("Bertrand", "15 mars 2026 à 08:41", "Le loyer, c’est toujours le loyer…"),
              ("Nadia", "15 mars 2026 à 12:10", "⟪Je signe la pétition dès ce soir.⟫"),
              ("Hélène Marchetti", "15 mars 2026 à 14:55", "Merci à vous, je mettrai le lien ici.")],
    side=["Le marché couvert, dix ans après", "Pourquoi j’ai rendu ma carte de parking", "⟪Les platanes de la place, encore⟫", "Un été sans piscine municipale"],
    blogroll=["parisdesquartiers.example", "lemonde-des-halles.example", "velo-et-pave.example"],
    w=dict(reply="Laisser un commentaire", recent="Billets récents", blogroll="Liens"),
    footer="Le carnet du Marais est propulsé par <a href=\"http://wordpress.example/\">WordPress</a>",
    body="""⟦La boulangerie de Monsieur Ferrand fermera ses portes le 31 mars.⟧ Après trente-deux ans, le four de la rue des Tournelles s’éteindra, et avec lui la dernière enseigne de la rue qui vendait autre chose que des sacs à main ou des bougies parfumées.

On me dira que c’est la vie d’un quartier, que les commerces changent, que personne n’est obligé d’acheter son pain au coin de la rue. C’est vrai. Mais il faut regarder de près ce qui se passe ici : le bail de la boulangerie a été racheté par une société qui possède déjà six boutiques dans le quartier, et le nouveau loyer a été multiplié par trois. ⟦Ce n’est pas le marché qui a tué la boulangerie, c’est le prix du mètre carré.⟧

Je n’ai rien contre les boutiques de créateurs. J’y entre parfois, j’y achète même des cadeaux. Mais une rue où l’on ne peut plus acheter ni pain, ni journal, ni ampoule, est une rue où l’on passe, pas une rue où l’on vit. Les personnes âgées de l’immeuble d’en face, qui descendaient chaque matin chercher leur demi-baguette, devront désormais prendre le bus.

[[QUOTE|« On ne vend pas que du pain, on vend du bonjour », m’a dit un jour Monsieur Ferrand.]]

Il existe pourtant des outils. La mairie peut exercer son droit de préemption sur les baux commerciaux et réserver certains locaux aux commerces de proximité. ⟦Elle l’a fait dans d’autres arrondissements, avec des résultats plutôt encourageants.⟧ Pourquoi pas ici ? Les élus répondent que les budgets sont limités et que la procédure est longue. Sans doute. Mais chaque mois perdu, c’est un commerce de moins.

Une pétition circule depuis lundi chez le marchand de journaux – lui aussi menacé, d’ailleurs. Elle demande à la mairie d’étudier le rachat du bail. Elle ne sauvera peut-être pas la boulangerie de Monsieur Ferrand. ⟦Mais elle dira au moins que les habitants de cette rue tiennent encore à y vivre.⟧""",
    kind="opinion", why="blog column argues city should protect local shops",
))

PAGES.append(dict(
    case="pl-news-latin2-most", lang="pl", skin="frontpage", tool="dw", charset="iso-8859-2", enc="iso8859_2",
    domain="gazetapowiatowa.example", site="Gazeta Powiatowa",
    url="http://www.gazetapowiatowa.example/aktualnosci/2026/most-na-bzurze.html",
    h1="Most na Bzurze zamknięty. Objazd przez Sochaczew wydłuża drogę o 12 km",
    authors=["Tomasz Wiśniewski"], byline_text="Autor: Tomasz Wiśniewski",
    byline_date_html="Dodano: 02.04.2026, godz. 15:10 | Autor: Tomasz Wiśniewski",
    pub="2026-04-02", title_fmt="%s",
    keywords=["most", "Bzura", "objazd", "powiat"],
    menu=["Strona główna", "Aktualności", "Gminy", "Sport", "Ogłoszenia", "Archiwum", "Kontakt"],
    left_html="<b>Gminy</b><br><a href=\"brochow.html\">Brochów</a><br><a href=\"iłow.html\">Iłów</a><br><a href=\"mlodzieszyn.html\">Młodzieszyn</a><br><a href=\"rybno.html\">Rybno</a><br><br><b>Ogłoszenia drobne</b><br>⟪Sprzedam działkę budowlaną 1200 m2, tel. 600 100 200⟫<br>⟪Kupię ciągnik Ursus C-360 w dobrym stanie⟫<br><br>",
    w=dict(visitors="Odwiedzin:", guestbook="Księga gości", updated="Ostatnia aktualizacja strony: 02.04.2026", search="Szukaj", archive="Archiwum"),
    footer="&copy; 2003-2026 ⟪Gazeta Powiatowa - tygodnik ziemi sochaczewskiej⟫. ⟪Wszelkie prawa zastrzeżone.⟫",
    body="""⟦Od czwartku most na Bzurze w Kamionie jest zamknięty dla ruchu samochodowego.⟧ Powodem są pęknięcia podpór, które wykryto podczas marcowego przeglądu. Zarząd Dróg Powiatowych nie podaje, kiedy przeprawa zostanie otwarta.

Jak poinformował nas dyrektor zarządu Andrzej Kowalczyk, pęknięcia pojawiły się na dwóch z czterech podpór. ,,Nie możemy ryzykować. Most ma ponad 60 lat i był projektowany na zupełnie inny ruch niż dziś" - powiedział. Po moście mogą przechodzić piesi i przejeżdżać rowerzyści, ale tylko jednym pasem.

[[IMG|Most w Kamionie, widok od strony Brochowa. Fot. T. Wiśniewski]]

[[H|Objazd przez Sochaczew]]

⟦Kierowcy muszą korzystać z objazdu przez Sochaczew, który wydłuża drogę o około 12 kilometrów.⟧ Najbardziej odczują to mieszkańcy gminy Brochów dojeżdżający do pracy w Płocku oraz rolnicy, którzy w kwietniu zaczynają prace polowe i muszą przewozić maszyny. Objazd prowadzi przez centrum miasta, gdzie w godzinach szczytu tworzą się korki.

Wójt gminy Brochów Marek Zieliński zapowiada, że zwróci się do powiatu o uruchomienie dodatkowego kursu autobusu szkolnego. ⟦Dzieci z Kamiona do tej pory chodziły do szkoły pieszo przez most.⟧ Teraz mogą nadal przechodzić, ale rodzice boją się wysyłać je same obok ogrodzenia budowy.

[[H|Remont czy nowy most?]]

Powiat zlecił ekspertyzę, która ma odpowiedzieć na pytanie, czy most da się wyremontować, czy trzeba zbudować nowy. Wyniki mają być znane w maju. Remont mógłby kosztować około 4 mln zł, budowa nowej przeprawy nawet 25 mln zł. Powiat nie ma takich pieniędzy i liczy na dofinansowanie z programu rządowego.

⟦Do sprawy wrócimy, gdy tylko poznamy wyniki ekspertyzy.⟧""",
    kind="news", why="county news on bridge closure and detour",
))

PAGES.append(dict(
    case="cs-opinion-cp1250-dopis", lang="cs", skin="nested_tables", charset="windows-1250", enc="cp1250",
    domain="vysocinsky-obzor.example", site="Vysočinský obzor",
    url="http://www.vysocinsky-obzor.example/dopisy/2026/03/nadrazi-v-jihlave.php",
    h1="Dopis čtenáře: Nádraží by mělo sloužit lidem, ne jen vlakům",
    authors=["Jaroslav Kubíček"], byline_text="Jaroslav Kubíček, Jihlava",
    byline_date_html="Dopisy čtenářů | 26. 3. 2026 | Jaroslav Kubíček, Jihlava",
    pub="2026-03-26", topdate="čtvrtek 26. března 2026",
    keywords=["dopisy", "nádraží", "Jihlava"],
    menu=["Titulní strana", "Zprávy", "Kraj", "Sport", "Kultura", "Dopisy čtenářů", "Inzerce"],
    rubrics=["Jihlava", "Třebíč", "Žďár nad Sázavou", "Pelhřimov", "Havlíčkův Brod", "Dopisy", "Fotogalerie"],
    w=dict(sections="Rubriky", top="Nejčtenější", ad="Reklama", search="Hledat", archive="Archiv"),
    td_width="460",
    left_extra='<font size="1"><b>Předplatné</b><br>⟪Předplaťte si tištěný Obzor se slevou 20 procent⟫</font>',
    side=["⟪Krajská nemocnice otevře nový pavilon⟫", "Na D1 u Velkého Beranova se opět tvoří kolony", "Dukla Jihlava hledá nového trenéra", "⟪Jarní úklid města: kde budou kontejnery⟫"],
    after_html='<font size="1">⟪Dopisy čtenářů nemusí vyjadřovat názor redakce. Redakce si vyhrazuje právo dopisy krátit.⟫</font>',
    footer="&copy; 2026 Vysočinský obzor, s.r.o. Všechna práva vyhrazena.",
    body="""⟦Vážená redakce, dovolte mi reagovat na váš článek o plánované rekonstrukci hlavního nádraží.⟧ Jezdím odtud vlakem do Brna každý všední den už dvaadvacet let a musím říct, že mě plány, které jste popsali, spíše vyděsily, než potěšily.

Podle zveřejněných výkresů má z budovy zmizet čekárna a místo ní vzniknou obchody a kavárna. Chápu, že dráhy chtějí nádraží uživit. ⟦Jenže kdo někdy čekal v lednu v šest ráno na zpožděný rychlík, ví, že teplá čekárna není žádný luxus.⟧ Kavárna v tu dobu zavřená bude, to si pište.

[[AD]]

Druhá věc jsou pokladny. V plánech jsou jen automaty. Moje maminka, které je osmdesát let, si z automatu jízdenku nekoupí a do telefonu už vůbec ne. Takových lidí jezdí z Jihlavy spousta a nejsou to jen senioři. ⟦Alespoň jedna obsazená pokladna by měla zůstat, třeba jen dopoledne.⟧

A za třetí: nádraží je dnes vlastně jediné místo ve městě, kde se dá v noci bezpečně počkat na autobus nebo taxi. Je tam světlo, je tam ostraha, jsou tam toalety. Pokud se budova zavře v deset večer, jak se píše v materiálech, lidé budou stát venku na zastávce u frekventované silnice.

Nechci, aby to vyznělo, že jsem proti opravě. Nádraží ji potřebuje, to vidí každý. Ale přál bych si, aby se při plánování zeptali i těch, kdo ho používají každý den, a ne jen architektů a obchodníků. ⟦Nádraží by mělo sloužit lidem, ne jen vlakům a nájemcům.⟧

S pozdravem""",
    kind="opinion", why="reader letter arguing against station renovation plans",
))

PAGES.append(dict(
    case="ar-opinion-cp1256-maktaba", lang="ar", skin="portal_tables", charset="windows-1256", enc="cp1256",
    domain="sawtalmadina.example", site="صوت المدينة", section="مقالات الرأي",
    url="http://www.sawtalmadina.example/articles/2026/03/19/maktaba.html",
    h1="مكتبة الحي ليست رفاهية",
    authors=["سامي الخطيب"], byline_text="بقلم: سامي الخطيب",
    byline_html='بقلم: <a href="/writers/sami.html">سامي الخطيب</a>',
    pub="2026-03-19", date="الخميس 19 مارس 2026 - 10:30 صباحا", topdate="الخميس 19 مارس 2026", title_fmt="%s - %s",
    keywords=["مكتبة", "ثقافة", "مقال رأي"],
    menu=["الرئيسية", "أخبار محلية", "عربي ودولي", "اقتصاد", "مقالات الرأي", "رياضة", "منوعات", "اتصل بنا"],
    rubrics=["كتاب الصحيفة", "رسائل القراء", "ثقافة", "تعليم", "صحة", "أرشيف"],
    w=dict(home="الرئيسية", sections="الأقسام", print="نسخة للطباعة", forum="أضف تعليقا", send="أرسل لصديق",
           other="مقالات أخرى للكاتب", top="الأكثر قراءة", poll="استطلاع الرأي", also="اقرأ أيضا:"),
    other=['<a href="/articles/2026/03/05/hadiqa.html">الحديقة التي أغلقوها</a>', '<a href="/articles/2026/02/19/bas.html">⟪حافلة المدرسة تتأخر كل صباح⟫</a>'],
    side=["⟪افتتاح جسر المشاة الجديد على الكورنيش⟫", "ارتفاع أسعار الخضار مع بداية رمضان", "فوز فريق المدينة في بطولة السلة", "موعد امتحانات نهاية العام"],
    poll=["⟪هل تزور المكتبة العامة في حيك؟⟫ نعم", "أحيانا", "لا"],
    footer="⟪جميع الحقوق محفوظة لصحيفة صوت المدينة⟫ 2026. ⟪الآراء الواردة في المقالات تعبر عن كتابها.⟫",
    body="""⟦قبل أسبوعين، علقت البلدية ورقة صغيرة على باب مكتبة الحي تقول إنها ستغلق حتى إشعار آخر.⟧ لم يشرح أحد السبب، ولم يسأل أحد من سكان الحي عن رأيهم، وكأن المكتبة مخزن قديم لا يحتاجه أحد.

أعرف هذه المكتبة منذ كنت طالبا. كانت غرفتان صغيرتان فوق مكتب البريد، فيهما رفوف خشبية ومروحة سقف لا تتوقف عن الصرير. هناك قرأت أول رواية في حياتي، وهناك تعلم أبنائي أن الكتاب يمكن أن يكون صديقا. ⟦وما زالت المكتبة حتى اليوم المكان الوحيد في الحي الذي يمكن للطفل أن يدخله مجانا.⟧

[[AD]]

تقول البلدية إن عدد الزوار انخفض، وإن الناس صاروا يقرؤون على هواتفهم. قد يكون ذلك صحيحا في جزء منه، لكن من زار المكتبة في أيام الامتحانات يعرف أنها تمتلئ بالطلاب الذين لا يجدون في بيوتهم مكانا هادئا للمذاكرة. ⟦المكتبة ليست رفوف كتب فقط، بل مساحة عامة مفتوحة للجميع.⟧

[[REL|البلدية تدرس نقل المكتبة إلى المركز الثقافي|طلاب يطالبون بتمديد ساعات المكتبات]]

وليست القراءة وحدها ما تقدمه المكتبة. ففي الشتاء الماضي نظم أمين المكتبة دروسا مجانية في استخدام الحاسوب لكبار السن، وحضرها أكثر من ثلاثين شخصا من الحي. كما كانت تستضيف كل خميس لقاء صغيرا للأمهات يتبادلن فيه كتب الأطفال. هذه أنشطة لا تكلف البلدية شيئا تقريبا، لكنها تصنع فرقا حقيقيا في حياة الناس.

لا أطالب بالمستحيل. يكفي أن تبقى المكتبة مفتوحة بضع ساعات في المساء، وأن يتطوع بعض المتقاعدين من أبناء الحي لإدارتها، كما يحدث في مدن أخرى. ⟦ويمكن للمدارس القريبة أن تنظم زيارات أسبوعية لتلاميذها، فتعود الحياة إلى المكان.⟧

إن إغلاق مكتبة صغيرة قد يبدو قرارا إداريا بسيطا، لكنه يقول الكثير عن نظرتنا إلى الثقافة وإلى الأحياء الشعبية. ⟦أرجو أن تعيد البلدية النظر في قرارها قبل أن نفقد مكانا لن يعود.⟧""",
    kind="opinion", why="columnist argues against closing a neighbourhood library",
))

PAGES.append(dict(
    case="tr-news-latin5-feribot", lang="tr", skin="nuke", charset="iso-8859-9", enc="iso8859_9",
    domain="egekent-haber.example", site="Egekent Haber",
    url="http://www.egekent-haber.example/modules.php?name=News&file=article&sid=7731",
    h1="Karşıyaka-Konak feribot seferleri yaz tarifesiyle yarım saatte bir",
    authors=["Elif Yıldırım"], byline_text="Elif Yıldırım / İzmir",
    posted_html="Gönderen: <a href=\"modules.php?name=Your_Account&amp;op=userinfo&amp;username=haberci\">haberci</a> Tarih: 27 Mart 2026 Cuma - 12:48:31 (⟪944 okuma⟫)",
    pub="2026-03-27", topdate="27 Mart 2026 Cuma",
    keywords=["feribot", "İzmir", "vapur", "ulaşım"],
    topbar="Egekent Haber'e hoş geldiniz. ⟪Haber göndermek ve yorum yazmak için ücretsiz üye olun.⟫",
    menu=["Ana Sayfa", "Haberler", "Köşe Yazıları", "Forum", "Haber Gönder", "Arşiv", "İletişim"],
    online="Şu anda 37 misafir ve 2 üye çevrimiçi.<br>Anonim kullanıcısınız.",
    side=["Konu ile ilgili diğer haberler", "⟪Toplu taşımaya yeni zam kapıda⟫", "Kordon'da bisiklet yolu genişliyor", "Bugünün en çok okunan haberi"],
    w=dict(modules="Modüller", online="Kimler çevrimiçi", related="İlgili Bağlantılar", login="Üye Girişi", print="Yazdırılabilir Sayfa", send="Arkadaşına Gönder", comments="Yorumlar"),
    comments_html="<b>misafir</b> yazdı: Akşam 22'den sonra da sefer olsa keşke. ⟪İş çıkışı vapura yetişmek çok zor oluyor.⟫",
    footer="⟪Sayfadaki yazılar, sahiplerinin sorumluluğundadır.⟫ &copy; 2004-2026 Egekent Haber",
    gen="Sayfa oluşturma süresi: 0.27 saniye",
    body="""⟦Karşıyaka ile Konak arasındaki feribot seferleri nisan ayının ilk gününden itibaren yaz tarifesine geçiyor.⟧ Yeni tarifeye göre feribotlar hafta içi sabah 7.00 ile akşam 21.00 arasında yarım saatte bir kalkacak.

Belediyenin deniz ulaşımı şirketinden yapılan açıklamaya göre, kış tarifesinde saatte bir yapılan seferlerin sayısı iki katına çıkarılıyor. ⟦Bunun için bakımda olan iki feribot yeniden hizmete alındı.⟧ Feribotların her biri 50 araç ve 400 yolcu taşıyabiliyor.

Özellikle sabah ve akşam saatlerinde körfezi karayoluyla dolaşmak zorunda kalan sürücüler, yeni tarifeden memnun. Karşıyaka'da oturan ve Konak'ta çalışan mali müşavir Hakan Demir, "Karayoluyla bazen bir saati buluyor. Feribotla yirmi dakikada karşıdayım" dedi.

<b>Fiyatlar değişmedi</b><br>

Şirket, yaz tarifesinde ücretlerde değişiklik yapılmadığını bildirdi. ⟦Otomobil için tek yön ücreti 60 lira, yaya yolcular için ise kentkart ile 20 lira olarak uygulanacak.⟧ Öğrenciler ve 65 yaş üstü yolcular indirimli tarifeden yararlanmaya devam edecek.

Körfezde deniz ulaşımı son yıllarda giderek daha fazla tercih ediliyor. Şirketin verilerine göre geçen yıl feribotlarla yaklaşık iki milyon yolcu ve 600 bin araç taşındı. Bu rakam bir önceki yıla göre yüzde 15 daha fazla. Yetkililer, artışta köprü ve tünel güzergâhlarındaki trafik yoğunluğunun etkili olduğunu düşünüyor.

Yeni tarife ile birlikte iskelelerde de bazı düzenlemeler yapılacak. Konak iskelesindeki araç bekleme alanı genişletildi, Karşıyaka tarafında ise yaya yolcular için yeni bir turnike hattı açıldı. Engelli yolcular için rampalar yenilendi.

Hafta sonları ise seferler sabah 8.00'de başlayacak ve kırk beş dakikada bir yapılacak. Bayram günlerinde ek seferler konulması planlanıyor. Yetkililer, yaz aylarında yoğunluğun artmasıyla gerekirse gece seferlerinin de eklenebileceğini belirtti.

Yolcular güncel sefer saatlerini iskelelerdeki panolardan ve şirketin internet sitesinden takip edebilecek. ⟦Yaz tarifesi ekim ayının sonuna kadar geçerli olacak.⟧

<b>Elif Yıldırım / İzmir</b>""",
    kind="news", why="city news on ferry summer timetable",
))

PAGES.append(dict(
    case="en-news-utf8bom-library", lang="en", skin="printpage", charset="iso-8859-1", bom=True,
    domain="harrowgatecourier.example", site="The Harrowgate Courier",
    url="http://www.harrowgatecourier.example/news/2026/03/library-hours-cut.html",
    h1="Library to close on Mondays as council trims budget",
    deck="Opening hours at Harrowgate’s central library will fall by a fifth from May",
    authors=["Gemma Postlethwaite"], byline_text="By Gemma Postlethwaite, Local Democracy Reporter",
    byline_date_html="By Gemma Postlethwaite, Local Democracy Reporter &mdash; Tuesday, 10 March 2026",
    pub="2026-03-10", title_fmt="%s | %s",
    keywords=["library", "council", "budget", "Harrowgate"],
    links=["http://www.harrowgatecourier.example/news/2026/02/council-budget-vote.html", "http://www.harrowgatecourier.example/news/2026/01/library-survey.html"],
    source_line="Printed from The Harrowgate Courier website",
    after="⟪This story was first published in the Courier’s print edition.⟫ ⟪Have your say: letters@harrowgatecourier.example⟫",
    footer="© 2026 Harrowgate Courier Ltd. ⟪Registered in England and Wales, company number 01234567.⟫ ⟪Reproduction without permission is prohibited.⟫",
    body="""⟦Harrowgate’s central library will close on Mondays from May as the borough council tries to save £1.2 million from its culture budget.⟧

The decision, approved by the council’s cabinet on Monday evening, means the library on Station Road will open for 40 hours a week instead of 50. Its late opening on Thursdays, which runs until 8pm, will be kept after more than 600 people asked for it in a consultation held in January.

Councillor Ruth Okonjo, cabinet member for communities, said the council had “no good options left”. ⟦“We have protected every branch from closure, and that was our first priority,” she said.⟧ “But we cannot keep every door open for every hour that we did ten years ago.”

The three branch libraries in Eastfield, Moor End and Little Brampton will not lose any opening hours, but their Saturday story sessions for young children will be run by volunteers rather than paid staff.

Opposition councillors voted against the plan. Councillor Peter Lindqvist said the cut would fall hardest on people who relied on the library’s computers to apply for jobs and benefits. ⟦“Monday is the busiest day for people looking for work,” he said.⟧ He called for the council to look again at its spending on consultants before cutting frontline services.

The library’s staff union said four posts would go, although the council said this would be managed through vacancies and early retirement rather than compulsory redundancies.

Regular users at the library on Tuesday were mostly resigned. Margaret Hollis, 74, who visits twice a week, said she would simply change her days. “I’m lucky, I can come whenever I like,” she said. “I worry about the young mums and the people who need the computers.”

The council says it will review the new hours after a year. ⟦The changes take effect on Monday 4 May.⟧""",
    kind="news", why="local democracy report on library opening hours cut",
))

PAGES.append(dict(
    case="pt-other-nocharset-bolo", lang="pt", skin="blogger", charset=None,
    domain="cozinhadavovolurdes.example", site="A Cozinha da Vovó Lurdes",
    url="http://cozinhadavovolurdes.example/2026/04/bolo-de-fuba-com-goiabada.html",
    h1="Bolo de fubá com goiabada, do jeito da minha avó",
    authors=["Luciana Prado"], byline_text="Postado por Luciana Prado",
    byline_date_html="Postado por Luciana Prado às 16:20",
    pub="2026-04-05", date="domingo, 5 de abril de 2026",
    keywords=["receita", "bolo", "fubá", "goiabada"],
    imghost="bp1.blogger.example", tagline="⟪Receitas de família, testadas na cozinha de casa desde 2007⟫",
    comment_count="5 comentários", about="Luciana Prado<br>Mineira, mãe de dois, neta da dona Lurdes. Cozinho o que aprendi com ela e escrevo para não esquecer.",
    side=["Pão de queijo de liquidificador", "⟪Doce de leite na panela de pressão⟫", "Canjica cremosa para junho", "Biscoito de polvilho assado"],
    archive=["2026_04_01_archive.html", "2026_03_01_archive.html", "2026_02_01_archive.html"],
    blogroll=["receitasdaroca.example", "tempero-mineiro.example", "forno-a-lenha.example"],
    comments=[("Marta", "5 de abril de 2026 18:40", "⟪Fiz hoje e ficou igualzinho ao da minha mãe!⟫"), ("Rogério", "6 de abril de 2026 09:12", "Dá pra trocar o leite por leite de coco?"),
              ("Luciana Prado", "6 de abril de 2026 10:30", "⟪Dá sim, Rogério, fica até mais macio.⟫")],
    w=dict(said="disse...", post_comment="Postar um comentário", home="Página inicial", about="Quem sou eu", previous="Postagens anteriores", archives="Arquivo do blog", links="Blogs que eu sigo"),
    footer="⟪Todas as receitas e fotos deste blog são de autoria própria. Não copie sem dar o crédito.⟫",
    body="""⟦Todo domingo de manhã a casa da minha avó cheirava a bolo de fubá.⟧ Ela fazia sem receita escrita, medindo tudo na xícara de café que ficava pendurada no armário, e só colocava goiabada quando tinha visita. Hoje divido com vocês a versão que consegui anotar depois de muitas tentativas.

[[IMG|O bolo pronto, ainda morno, na forma de furo no meio]]

[[H|Ingredientes]]

[[LIST|2 xícaras de fubá mimoso|1 xícara de farinha de trigo|1 e 1/2 xícara de açúcar|3 ovos|1 xícara de leite|1/2 xícara de óleo|1 colher de sopa de fermento em pó|200 g de goiabada cascão em cubinhos]]

[[H|Modo de preparo]]

⟦Primeiro, preaqueça o forno a 180 graus e unte uma forma com furo no meio.⟧ Passe um pouco de fubá nos cubinhos de goiabada, assim eles não afundam na massa durante o cozimento. Esse é o segredo da vovó, e faz toda a diferença.

No liquidificador, bata os ovos, o leite, o óleo e o açúcar por uns dois minutos. Passe para uma tigela e junte o fubá e a farinha aos poucos, mexendo com um batedor de arame até ficar uma massa lisa. ⟦Por último, misture o fermento delicadamente, sem bater.⟧

Despeje metade da massa na forma, espalhe metade da goiabada, cubra com o resto da massa e termine com o restante dos cubinhos por cima. Leve ao forno por cerca de 40 minutos, ou até que um palito saia limpo.

[[H|Dicas]]

Se quiser um bolo mais úmido, troque metade do leite por iogurte natural. ⟦A goiabada cascão é mais firme e derrete menos que a goiabada comum.⟧ O bolo dura três dias fora da geladeira, bem embrulhado num pano de prato, do jeito que a vovó guardava.

⟦Sirva com um cafezinho coado na hora e me contem nos comentários se deu certo!⟧""",
    kind="other", why="recipe blog post for cornmeal cake",
))
