"""Russian and Turkish pages: a long interview with a rural doctor in questions and answers, with a "key figures"
box and the second half behind a paywall wrapper; a long Cappadocia guide with a table of contents, sections, ad
slots and an "at a glance" box."""
from parts import P, ad, also, cta, factbox, paywall, sec, toc

PAGES = []

_o, _c = paywall("ru", "paywall")
PAGES.append(dict(
    case="ru-news-selskiyvrach", lang="ru", skin="magazine", domain="dalniy-bereg.example", site="Дальний берег",
    url="https://dalniy-bereg.example/interview/2026/02/vrach-odin-na-sem-dereven",
    h1="«Я один на семь деревень»: сельский врач о работе, дорогах и людях",
    deck="Двадцать лет Андрей Соколов лечит жителей района, где до ближайшей больницы сто сорок километров. Большой разговор о том, как устроена медицина там, где её почти нет.",
    kicker="Интервью", reading="18 минут чтения",
    authors=["Ольга Миронова"], byline_text="Беседовала Ольга Миронова", ld_authors=["Ольга Миронова"], meta="ld", ld_type="NewsArticle",
    pub="2026-02-08T09:00:00+03:00", date="8 февраля 2026",
    nav=["Общество", "Регионы", "Интервью", "Истории", "Культура", "Архив"],
    cookie="⟪Мы используем файлы cookie, чтобы сайт работал лучше.⟫",
    related=["⟪Фельдшерские пункты: кто их закрывает и почему⟫", "Санавиация: как работают врачи на вертолёте", "Репортаж: один день в районной больнице"],
    most=["⟪Как выбрать валенки: гид от читателей⟫", "Северный завоз: что изменилось в этом году"],
    comments=[("Нина П.", "⟪Спасибо доктору! У нас в деревне тоже такой был, все его помнят.⟫")],
    footer="⟪© 2026 «Дальний берег». Все права защищены.⟫",
    footer_nav=["О проекте", "Редакция", "Реклама", "Контакты"],
    body=P("""⟦Андрею Соколову сорок шесть лет, и последние двадцать из них он работает врачом общей практики в селе Верхняя Тойма.⟧ Его участок — семь деревень и три посёлка на берегах реки, около двух тысяч жителей, большинство из них пенсионеры. До районной больницы — сто сорок километров, из них шестьдесят по грунтовой дороге, которую весной и осенью размывает так, что проехать можно только на тракторе. Мы поговорили с ним в его кабинете, в старом деревянном здании амбулатории, между приёмами.

**Как вы сюда попали?

Случайно, как почти всё в жизни. После института я хотел быть хирургом, в городе. Но была программа для молодых врачей: едешь в село на пять лет, получаешь подъёмные и жильё. У меня была молодая жена, маленький ребёнок и никакой квартиры. Я подумал: пять лет, а потом вернусь. Прошло двадцать.

**Почему не вернулись?

Сначала было некогда. Потом стало стыдно уезжать. Когда ты единственный врач на такой территории, ты понимаешь, что если уедешь, на твоё место никто не придёт. Так и было с моим предшественником: он уехал, и три года здесь вообще не было врача, только фельдшер. ⟦Люди ездили лечиться за сто сорок километров или не лечились совсем.⟧ А потом я привык. Мне здесь хорошо, честно. Река, лес, люди хорошие.

**Как выглядит ваш обычный день?

Утром приём в амбулатории, с восьми до часу. Приходит человек двадцать-тридцать: давление, сахар, суставы, простуды, справки. После обеда — вызовы на дом. Это самое долгое. Деревни разбросаны, между ними по двадцать, тридцать километров. У меня служебная машина, «Нива», ей уже двенадцать лет. Зимой на снегоходе езжу, если дорогу замело. Весной, в распутицу, бывает, что в дальнюю деревню добраться вообще невозможно, тогда консультирую по телефону.

**По телефону?

Да. Это не идеально, но лучше, чем ничего. У меня почти все пожилые пациенты записаны в телефоне, я знаю их болезни, их лекарства. Звонит бабушка, говорит: давление двести. Я знаю, что она пьёт, говорю, что принять, через час перезваниваю. Если не снижается — вызываем санавиацию. Вертолёт прилетает, если есть погода. Если нет погоды — ждём.""") +
    factbox("Ключевые цифры", ["⟪2000 жителей на одного врача⟫", "140 км до районной больницы", "12 лет служебной машине"]) +
    _o +
    P("""**С какими болезнями к вам приходят чаще всего?

Гипертония, диабет, болезни суставов, сердце. Это болезни возраста, а у меня почти все пациенты пожилые. Много запущенного: люди годами терпят, потому что до врача далеко, а потом приходят, когда уже совсем плохо. ⟦Самое трудное в моей работе — не лечить, а уговорить человека лечиться.⟧ Особенно мужчин. Мужчина в деревне будет ходить с больным сердцем, пока не упадёт, а потом скажет, что некогда было.

**Как вы их уговариваете?

По-разному. Иногда через жён, это самый надёжный способ. Иногда через внуков: говорю деду, что он хочет увидеть, как внук школу закончит. Иногда просто ругаюсь. Меня здесь все знают, поэтому мне прощают. Городскому врачу, которого видят первый раз, так говорить нельзя, а мне можно.

**А лекарства? Их легко достать?

Это отдельная история. Аптеки в моих деревнях нет, ближайшая — в районном центре. Раз в неделю туда ходит автобус, и люди передают с водителем списки и деньги. Он привозит пакеты, подписанные фамилиями. Иногда я сам заказываю лекарства для тех, кто не может. Бывает, что нужного препарата нет, и тогда приходится искать замену или звонить знакомым в город. Льготные лекарства по рецептам приходят с перебоями, особенно зимой.

**Сколько вы зарабатываете, если не секрет?

Не секрет. С надбавками за сельскую местность — около семидесяти тысяч рублей. Для города немного, для села нормально. Жена работает учительницей в школе, дом у нас свой, огород. Нам хватает. Но молодого врача, у которого кредит за квартиру в городе, эти деньги здесь не удержат. Дело не только в деньгах, конечно, но и в них тоже.

**Сколько времени прилетает вертолёт?

Когда как. В хорошую погоду — часа полтора-два. Но бывает, что по два дня не летает: туман, метель, низкая облачность. Тогда начинается самое тяжёлое. Ты сидишь с человеком, которому нужна операция, и понимаешь, что сделать ничего не можешь. Я однажды принимал роды в деревне, за шестьдесят километров, при свете фонарика, потому что отключили электричество. Всё закончилось хорошо, мальчик уже в школу ходит. Но я до сих пор вспоминаю эту ночь.

**Что изменилось за двадцать лет?

Многое. Когда я приехал, в трёх деревнях были фельдшерские пункты, в каждой — фельдшер. Сейчас остался один. Два других закрыли, потому что не было людей, да и здания развалились. Зато появился интернет. Я теперь могу отправить кардиограмму в районную больницу, и кардиолог её посмотрит через полчаса. ⟦Это спасло уже не одну жизнь, я вам точно говорю.⟧ Раньше я должен был решать всё сам.

**Населения стало меньше?

Намного. Когда я приехал, на участке было почти четыре тысячи человек. Сейчас вдвое меньше. Молодые уезжают, школы закрываются. В одной из моих деревень живут девять человек, все старше семидесяти. Я езжу туда раз в неделю, проверяю каждого. Для них я не только врач. Я привожу лекарства, иногда продукты, иногда просто посижу, поговорю. Им не с кем поговорить.

**Это не входит в ваши обязанности.

Формально нет. Но если ты здесь живёшь, ты не можешь провести черту. Кто-то же должен. Мне иногда говорят: ты выгоришь. Может быть. Но пока держусь.

**Вы не жалеете, что не стали хирургом?

Иногда жалею. Особенно когда читаю о новых операциях, о технологиях, которых у меня никогда не будет. Я врач широкого профиля: немного хирург, немного терапевт, немного педиатр, немного психолог. Иногда ветеринар, если честно, когда у кого-то корова заболела, а ветеринара нет. Но я знаю своих пациентов так, как не знает ни один городской врач. Я знаю, кто с кем живёт, кто пьёт, у кого сын уехал и не звонит. Это тоже медицина.

**Что бы вы изменили, если бы могли?

Во-первых, дороги. Половина моих проблем — это дороги. Если бы до района можно было доехать за час круглый год, всё было бы по-другому. Во-вторых, людей. Нужны фельдшеры в деревнях, нужна вторая ставка врача. ⟦Я двадцать лет прошу, чтобы прислали кого-нибудь в помощь.⟧ Присылают молодых по программе, они работают год-два и уезжают. Я их понимаю. Здесь трудно.

**Ваши дети остались здесь?

Нет. Сын учится в медицинском институте, в областном центре, на четвёртом курсе. Дочь окончила школу в прошлом году и поступила на журналистику. Я не уговаривал их остаться и не уговаривал уехать. Сын говорит, что хочет стать хирургом, как я когда-то. Я смеюсь и говорю ему: посмотрим, куда тебя жизнь занесёт. Может быть, тоже в какую-нибудь деревню на пять лет.

**Вы бы этого хотели?

Честно? Я бы хотел, чтобы у него был выбор. Чтобы работать в селе было не подвигом и не наказанием, а нормальной работой с нормальными условиями: с дорогой, с помощником, с машиной, которая не ломается каждую зиму. Тогда сюда поедут и без уговоров. Здесь очень красиво. Летом на реке такие закаты, каких в городе не увидишь. Люди здесь благодарные, открытые. Просто им нужно, чтобы о них помнили не только перед выборами.

**А что держит вас?

Люди. Это звучит банально, но это правда. Прошлой зимой я заболел сам, воспалением лёгких, лежал дома неделю. Каждый день кто-то приходил: приносили суп, пироги, мёд, дрова кололи. Одна бабушка, которой восемьдесят девять лет, пришла пешком за три километра, чтобы принести мне варенье. Я лежал и думал: куда я отсюда уеду? В городе, если врач заболел, пациенты просто идут к другому врачу. Здесь пациенты пришли лечить врача.

**Что вы скажете молодым врачам, которые думают о селе?

Скажу честно: будет трудно. Будет одиноко, будет страшно, будут ночи, когда вы не будете знать, что делать. Но вы нигде больше не почувствуете так остро, что ваша работа нужна. ⟦В городе вы один из многих. Здесь вы — единственный.⟧""") + _c,
    kind="news", why="long question-and-answer interview with a rural doctor",
))

PAGES.append(dict(
    case="tr-other-kapadokyarehberi", lang="tr", skin="newsroom", domain="gezginhaber.example", site="Gezgin Haber",
    url="https://www.gezginhaber.example/seyahat/kapadokya-rehberi-balonlarin-otesinde",
    h1="Balonların ötesinde: Kapadokya için uzun ve dürüst bir rehber",
    deck="Vadiler, yeraltı şehirleri, köy kahvaltıları ve kalabalıktan kaçmanın yolları. Dört günlük bir rota ve pratik bilgiler.",
    section="Seyahat", kicker="Rehber",
    authors=["Elif Karaca"], byline_text="Yazı ve fotoğraflar: Elif Karaca", ld_authors=["Elif Karaca"], meta="og",
    pub="2026-09-12T10:00:00+03:00", date="12 Eylül 2026 Cumartesi, 10:00",
    nav=["Gündem", "Seyahat", "Yeme-içme", "Kültür", "Yaşam", "Video"],
    cookie="⟪Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için politikamızı inceleyin.⟫",
    related=["⟪Sonbaharda gidilecek 10 sakin kasaba⟫", "Balon turu fiyatları bu yıl ne kadar?", "Ürgüp’te yeni açılan şarap evleri"],
    most=["⟪Bayram tatili için otobüs biletleri tükeniyor⟫", "İstanbul’da en iyi 15 simitçi"],
    comments=[("Murat_K", "⟪Geçen ay gittik, Güvercinlik Vadisi gün batımında gerçekten muhteşem.⟫")],
    footer="⟪© 2026 Gezgin Haber. Tüm hakları saklıdır.⟫",
    footer_nav=["Künye", "Gizlilik", "İletişim", "Reklam"],
    body=toc("tr", [("g9", "Biraz tarih"), ("g0", "Ne zaman gitmeli"), ("g1", "Birinci gün: vadiler"), ("g2", "İkinci gün: yeraltı şehirleri"), ("g3", "Üçüncü gün: köyler ve Soğanlı"), ("g4", "Dördüncü gün: balon ya da değil"), ("g8", "Kalabalıktan kaçmanın yolları"), ("g5", "Pratik bilgiler")]) +
    P("""⟦Kapadokya’yı çoğumuz aynı fotoğraftan tanıyoruz:⟧ gün doğarken peri bacalarının üzerinde yüzlerce renkli balon. Bu fotoğraf gerçek, ve sabahın beşinde bir tepede durup o manzarayı kendi gözlerinizle görmek gerçekten unutulmaz. Ama Kapadokya o tek fotoğraftan çok daha büyük. Binlerce yıl boyunca insanların kayaları oyarak ev, kilise ve şehir yaptığı, vadilerinde bütün bir gün kimseyle karşılaşmadan yürüyebileceğiniz, köylerinde hâlâ tandırda ekmek pişirilen bir bölge burası.

Bu rehberi, bölgeye son beş yılda yaptığım yedi gezinin notlarından derledim. Amacım size her şeyi göstermek değil; dört günde hem meşhur yerleri görüp hem de kalabalıktan kaçabileceğiniz, acele etmeden dolaşabileceğiniz bir rota önermek.""") +
    factbox("Bir bakışta", ["⟪En iyi dönem: nisan–haziran ve eylül–ekim⟫", "Önerilen süre: en az dört gün", "En yakın havalimanları: Nevşehir ve Kayseri"]) +
    sec("Biraz tarih", """Kapadokya’nın hikâyesi, milyonlarca yıl önce bölgedeki Erciyes, Hasan ve Göllüdağ volkanlarının püskürttüğü küller ve lavlarla başlar. Bu küller zamanla sıkışarak tüf denilen yumuşak bir kayaya dönüştü. Rüzgâr, yağmur ve erozyon bu kayayı binlerce yıl boyunca yontarak bugün gördüğümüz peri bacalarını, kanyonları ve sivri tepeleri oluşturdu. Bazı peri bacalarının tepesindeki koyu renkli şapkalar, altındaki yumuşak tüften daha sert bir bazalt tabakasıdır ve bacayı aşınmaya karşı korur.

Tüfün kolayca oyulabilmesi, bölgeyi insanlar için de çekici kıldı. ⟦İnsanlar burada binlerce yıl boyunca kayayı kazarak yaşadı:⟧ önce sığınak ve depo olarak, sonra ev, ahır, kilise ve manastır olarak. Bizans döneminde Kapadokya önemli bir Hristiyan merkezine dönüştü; yüzlerce kaya kilisesi ve manastır bu döneme aittir. Yeraltı şehirleri ise, büyük ihtimalle çok daha eski dönemlerde başlayıp yüzyıllar içinde genişletildi ve akınlar sırasında halkın sığınağı oldu.

Yirminci yüzyılın ortalarına kadar birçok aile hâlâ kaya evlerde yaşıyordu. Bugün bu evlerin bir kısmı otele, restorana ya da depoya dönüştürüldü; bir kısmı ise terk edildi ve yavaş yavaş çöküyor.""", "g9") +
    sec("Ne zaman gitmeli", """Kapadokya her mevsim güzel, ama her mevsim başka. İlkbaharda vadiler yeşillenir, kayısı ağaçları çiçek açar, hava yürüyüş için idealdir. Sonbaharda üzüm bağları sararır, ışık yumuşar ve yaz kalabalığı çekilir. Benim favorim ekim ayının ortası.

Yaz aylarında gündüz sıcaklık otuz beş dereceyi bulabilir ve gölgesiz vadilerde yürümek zorlaşır. Kışın ise kar yağdığında bölge masalsı bir görünüme bürünür, ama balonlar sık sık uçamaz, bazı yollar kapanır ve geceler çok soğuk olur. Hangi mevsimde giderseniz gidin, en az dört gün ayırmanızı öneririm. İki günde Kapadokya’yı gördüğünüzü sanırsınız; dört günde biraz anlamaya başlarsınız.""", "g0") +
    ad("tr", 1) +
    sec("Birinci gün: vadiler", """İlk günü yürüyüşe ayırın. Göreme’den başlayan Güvercinlik Vadisi, Uçhisar’a kadar yaklaşık dört kilometrelik kolay bir patika sunar. Vadinin adı, yüzyıllar boyunca güvercin gübresi toplamak için kayalara oyulmuş güvercinliklerden gelir; köylüler bu gübreyi bağlarında kullanırdı. Yol boyunca kayaların içine açılmış küçük pencereler, merdivenler ve eski kiliseler göreceksiniz.

Öğleden sonra Kızılçukur ve Güllüdere vadilerine geçin. Buradaki kayalar, gün batımına doğru adını hak eden pembe ve kırmızı tonlara bürünür. Vadinin içinde, kayaya oyulmuş ve duvarlarında hâlâ fresk kalıntıları bulunan küçük kiliseler var; bazılarına girmek serbest, bazıları kilitli. Akşamüstü vadinin çıkışındaki tepeye çıkarsanız, gün batımını kalabalıktan uzakta izleyebilirsiniz.

Vadilerde işaretler zaman zaman kayboluyor. Telefonunuza çevrimdışı bir harita indirin, yanınızda bol su bulundurun ve karanlık basmadan dönüş yolunu bildiğinizden emin olun.""", "g1") +
    sec("İkinci gün: yeraltı şehirleri", """Kapadokya’nın en şaşırtıcı yerleri yerin altındadır. Bölgede bilinen iki yüzden fazla yeraltı şehri var; bunların en büyükleri olan Derinkuyu ve Kaymaklı ziyarete açık. Derinkuyu, sekiz kat derinliğe iner ve bir zamanlar binlerce kişiyi hayvanlarıyla birlikte barındırabiliyordu. Ahırlar, mutfaklar, şarap imalathaneleri, kiliseler ve havalandırma bacaları, hepsi yumuşak volkanik kayanın içine oyulmuş.

⟦Koridorlar bazı yerlerde o kadar dar ve alçak ki iki büklüm yürümeniz gerekiyor.⟧ Kapalı alan korkusu olanlar için zorlayıcı olabilir; alt katlara inmeden önce kendinizi yoklayın. Sabah erken saatte gidin, çünkü öğleden sonra tur otobüsleri geldiğinde koridorlarda ilerlemek neredeyse imkânsız hale geliyor.

Öğleden sonra Ihlara Vadisi’ne geçebilirsiniz. Melendiz Çayı’nın kenarında, yüksek kayalıkların arasında uzanan bu vadi, on dört kilometre boyunca yürünebilir. Tamamını yürümek zorunda değilsiniz; Belisırma köyüne kadar olan bölüm, kaya kiliseleri ve nehir kenarındaki çay bahçeleriyle en güzel kısmı.""", "g2") +
    ad("tr", 2) +
    sec("Üçüncü gün: köyler ve Soğanlı", """Üçüncü günü, turistlerin daha az uğradığı köylere ayırın. Mustafapaşa, eski adıyla Sinasos, yüzyılın başına kadar Rum ailelerin yaşadığı, taş işçiliğiyle ünlü konakların bulunduğu sakin bir kasaba. Sokaklarında dolaşırken kapı kemerlerindeki oymalara, üzüm salkımlı süslemelere dikkat edin.

Oradan güneye, Soğanlı Vadisi’ne uzanın. Yaklaşık bir saatlik yol, buğday tarlaları ve küçük köyler arasından geçer. Soğanlı, Göreme’nin kırk yıl önceki hâli gibi: kaya kiliseleri, güvercinlikler, bir iki çay ocağı ve köy kadınlarının yaptığı bez bebekleri satan küçük tezgâhlar. ⟦Burada öğle yemeğini köy evlerinden birinde yiyin:⟧ tandırda pişmiş ekmek, ev yoğurdu, bulgur pilavı ve mevsiminde taze domates.

Dönüşte Ürgüp’e uğrayın. Bölgenin şarapçılık geleneği eskiye dayanıyor ve son yıllarda küçük, aile işletmesi şarap evleri çoğaldı. Birçoğu tadım imkânı sunuyor. Emir ve narince gibi yerli üzümlerden yapılan beyaz şarapları mutlaka deneyin; bölgenin volkanik toprağı, bu şaraplara kendine özgü mineral bir tat veriyor. Ürgüp’ün eski taş evlerle dolu yukarı mahallesinde akşam yürüyüşü yapmak da günün güzel bir kapanışı olur. Kasabanın tepesindeki Temenni Tepesi’nden bütün vadiyi ve uzakta Erciyes Dağı’nın karlı zirvesini görebilirsiniz. Gün batımında burada oturan yaşlı Ürgüplülerle sohbet etmek, hiçbir rehber kitabın veremeyeceği hikâyeler dinlemenizi sağlar.""", "g3") +
    sec("Dördüncü gün: balon ya da değil", """Balon turu Kapadokya deneyiminin simgesi, ve pahalı. Bu yıl kişi başı fiyatlar şirkete ve sezona göre oldukça değişiyor, hafta sonları ve bayramlarda daha da yükseliyor. Uçuşlar hava koşullarına bağlı; rüzgâr fazlaysa iptal ediliyor ve bu, bazı dönemlerde arka arkaya birkaç gün sürebiliyor. Bu yüzden balon turunu ilk sabaha koymanızı, iptal olursa ertesi güne kaydırma şansı bırakmanızı öneririm.

Balona binmek istemiyorsanız ya da bütçeniz el vermiyorsa, sabahın erken saatinde Göreme’nin üzerindeki tepelerden birine çıkın. Yüzlerce balonun aynı anda havalanışını yerden izlemek, bence en az havadan görmek kadar etkileyici. Yanınıza bir termos çay alın ve gün doğarken sessizce izleyin. Balonlar havalanırken brülörlerin alçak sesli homurtusunu duyacaksınız; vadinin sessizliğinde bu ses, garip bir şekilde insanı rahatlatıyor. Çoğu sabah, balonlar indikten sonra tepede sadece birkaç kişi kalıyor.

Son gününüzde Göreme Açık Hava Müzesi’ni ziyaret edin. Kaya kiliselerindeki freskler, özellikle Karanlık Kilise’dekiler, yüzyıllar boyunca ışık görmedikleri için şaşırtıcı derecede iyi korunmuş.""", "g4") +
    cta("tr") +
    sec("Kalabalıktan kaçmanın yolları", """Kapadokya son yıllarda çok kalabalıklaştı, özellikle Göreme ve çevresi. Ama kalabalıktan kaçmak sandığınızdan kolay. İlk kural: meşhur yerlere ya sabah erken ya da akşamüstü gidin. Tur otobüsleri genellikle saat ondan sonra gelir ve dörtten önce ayrılır. İkinci kural: hafta sonlarından ve bayramlardan kaçının; hafta içi bir salı sabahı ile bir bayram cumartesisi arasındaki fark inanılmaz.

⟦Üçüncü kural: yürüyün.⟧ Vadilerin girişleri kalabalık olabilir, ama yarım saat içeri yürüdüğünüzde çoğu zaman yalnız kalırsınız. Dördüncü kural: Göreme’de değil, çevre köylerde kalın. Akşamları köy meydanında oturup çay içmek, kalabalık bir restoranda yemek yemekten çok daha keyifli.""", "g8") +
    sec("Pratik bilgiler", """Ulaşım: Nevşehir ve Kayseri havalimanlarından bölgeye servisler var. Bölgede dolaşmak için araç kiralamak en pratik yol; toplu taşıma köyler arasında seyrek.

Konaklama: Göreme ve Ürgüp’te her bütçeye uygun seçenek bulunuyor. Mağara otellerde kalmak güzel bir deneyim, ama bazı odalar nemli ve penceresiz olabiliyor; rezervasyondan önce yorumları okuyun. Daha sakin bir ortam arıyorsanız Mustafapaşa veya Ortahisar’ı tercih edin.

Yeme-içme: Testi kebabı bölgenin meşhur yemeği, ama turistik restoranlarda genellikle pahalı ve sıradan. Köy lokantalarında mantı, ekşili pilav ve nohutlu yemekleri deneyin. Kahvaltıyı atlamayın: bölgedeki pansiyonların çoğu, köylülerden alınan peynir, bal, pekmez, ceviz ve kuru kayısıyla uzun ve bol bir kahvaltı sunuyor.

Para ve güvenlik: Köylerde kart geçmeyen küçük dükkânlar ve çay ocakları hâlâ çok, yanınızda bir miktar nakit bulundurun. Bölge genel olarak güvenli, ama vadilerde yalnız yürüyecekseniz rotanızı kaldığınız yere haber verin. Bazı vadilerde telefon çekmiyor.

⟦Son bir öneri: Kapadokya’ya acele etmeden gidin ve bir gününüzü hiçbir plan yapmadan geçirin.⟧ Bölgenin en güzel anları, çoğu zaman bir köy kahvesinde ya da bir vadinin sessiz bir köşesinde, beklemediğiniz anda gelir.""", "g5"),
    kind="other", why="travel guide with itinerary and practical information",
))
