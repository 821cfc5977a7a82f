"""Turkish pages of mediterramix (5): a DHA story with "Haber: … / DHA", an AA story with the "İZMİR (AA) -" dateline,
an explainer on page 1 of 2 with page 2 on the page, a Yazarlar column by a köşe yazarı (JSON-LD only), a recipe.
Apostrophes in the texts are typographic (İstanbul’da), quotes “ ”."""

PAGES = []

TR_COOKIE = ("Sitemizde deneyiminizi iyileştirmek, reklamları kişiselleştirmek ve trafiği analiz etmek için çerezler "
             "kullanılmaktadır. Ayrıntılı bilgi için Çerez Politikası ve KVKK Aydınlatma Metni’ni inceleyebilirsiniz.")
MARKET = ('<span>Dolar 36,42 <b>▲</b></span> <span>Euro 39,15 <b>▼</b></span> <span>Gram Altın 3.412 <b>▲</b></span> '
          '<span>BIST 100 10.245 <b>▲</b></span>')

# ---------------------------------------------------------------- 7. DHA story on a portal: snow in Erzurum
GH_NAV = ["Gündem", "Ekonomi", "Dünya", "Spor", "Yazarlar", "Magazin", "Sağlık", "Teknoloji", "Yaşam", "Video", "Foto Galeri"]
PAGES.append(dict(
    case="tr-news-turk-kar", lang="tr", html_lang="tr-TR", skin="turk", domain="www.gunhaber.example", site="Gün Haber", secpath="gundem",
    url="https://www.gunhaber.example/gundem/erzurumda-kar-yagisi-412-koy-yolu-ulasima-kapandi-haber-1284471",
    h1="Erzurum’da kar yağışı: 412 köy yolu ulaşıma kapandı",
    deck="Kent genelinde etkili olan kar ve tipi nedeniyle okullar bir gün süreyle tatil edildi.",
    kicker="Gündem", crumbs=["Gündem", "Erzurum"], authors=["Mehmet Yıldırım"],
    byline_html='Haber: <a href="/muhabir/mehmet-yildirim">Mehmet Yıldırım</a> / DHA',
    ld_authors=["Mehmet Yıldırım", "org:DHA"], ld_type="NewsArticle", ld_section="Gündem",
    pub="2026-03-05T10:32:00+03:00", mod="2026-03-05T12:47:00+03:00",
    date="5 Mart 2026 Perşembe 10:32", updated="Güncelleme: 5 Mart 2026 Perşembe 12:47",
    nav=GH_NAV, subnav=["Yazarlar", "Köşe Yazısı", "Görüş", "Editoryal"], widget=MARKET,
    app_bar="Son dakika haberleri için uygulamamızı indirin",
    cookie=TR_COOKIE, ticker=["Merkez Bankası faiz kararını açıkladı", "Van’da çığ düştü, kara yolu ulaşıma kapandı (İHA)", "İstanbul’da metro seferlerine kar düzenlemesi"],
    caption="⟪Tipi nedeniyle kapanan Erzurum-Kars kara yolunda çalışan iş makineleri.⟫ (Fotoğraf: DHA)",
    side=[("Çok Okunanlar", ["⟪Emekli zammı için yeni formül masada⟫", "Kiralarda yüzde 25 sınırı kalkıyor mu?", "Galatasaray’da sakatlık şoku"]),
          ("Yazarlar", [("Köşe Yazısı", "Kışa hazırlıksız yakalanan şehirler"), ("Görüş", "⟪Köy yollarını kim açacak?⟫"),
                        ("Sponsorlu içerik", "Kışın araç lastiği seçerken nelere dikkat edilmeli?", "ad")])],
    tags=["Erzurum", "Kar yağışı", "Okullar tatil"],
    related=["Hangi illerde okullar tatil edildi?", "Meteoroloji’den yeni uyarı: Kar yağışı devam edecek"],
    comments=[("kadir_25", "5 Mart 2026", "⟪Bizim köyün yolu üç gündür kapalı, kimse gelmedi.⟫"),
              ("Ayten", "5 Mart 2026", "Ekiplere kolay gelsin.")], comment_count=37,
    comment_rules="Yorumlar editör onayından sonra yayınlanır.",
    footer="⟪© 2026 Gün Haber. Tüm hakları saklıdır. İzinsiz kullanılamaz.⟫", footer_nav=["Künye", "İletişim", "Gizlilik Politikası", "KVKK"],
    body="""⟦Erzurum’da dün akşam saatlerinde başlayan kar yağışı, sabah saatlerinde yerini tipiye bıraktı.⟧ Kar kalınlığının kent merkezinde 40 santimetreyi bulduğu, yüksek kesimlerde ise yer yer 1 metreyi aştığı bildirildi.

Erzurum Valiliği’nden yapılan açıklamaya göre il genelinde 412 köy ve mahalle yolu ulaşıma kapandı. ⟦Valilik, okulların bugün bir gün süreyle tatil edildiğini duyurdu.⟧ Kamu kurumlarında çalışan hamile ve engelli personel de idari izinli sayıldı.

[[READ|⟪Meteoroloji’den 12 il için sarı kodlu uyarı⟫]]

Büyükşehir Belediyesi ve Karayolları ekipleri, kapanan yolları açmak için 230 iş makinesiyle çalışma yürütüyor. Ekipler öncelikle hastaların ve doğum yapacak kadınların bulunduğu köylerin yollarına yoğunlaşıyor.

[[H|Sürücülere zincir uyarısı]]

Tipi nedeniyle Erzurum-Kars ve Erzurum-Ağrı kara yollarında görüş mesafesi yer yer 10 metreye kadar düştü. Trafik ekipleri, zincirsiz araçların bu yollara çıkmasına izin vermiyor.

[[AD]]

Karayolları 12. Bölge Müdürü Ahmet Kaya, sürücülere seyahatlerini ertelemelerini önerdi. Kaya, “⟦Zorunlu olmadıkça yola çıkmasınlar⟧. Çıkacaklarsa mutlaka zincir, battaniye ve yedek yakıt bulundursunlar” dedi.

Kent merkezinde vatandaşlar kar yağışına alışkın olduklarını söyledi. Yakutiye’de bakkal işleten Hasan Çelik, “Biz bu karı her yıl görüyoruz ama bu kadar tipi uzun zamandır olmamıştı. Sabah dükkânın kapısını açmak için yarım saat kürek çektim” diye konuştu.

Erzurum Havalimanı’nda ise pist temizleme çalışmaları nedeniyle iki sefer rötarlı gerçekleşti. Havalimanı yetkilileri, uçuşların şu an için iptal edilmediğini açıkladı. Palandöken Kayak Merkezi’nde ise teleferik hatları kuvvetli rüzgâr nedeniyle öğle saatlerine kadar durduruldu.

Kar yağışı yalnızca Erzurum’da değil, bölgenin diğer illerinde de etkili oldu. Kars, Ardahan ve Ağrı’da da okullar bir gün süreyle tatil edilirken Bingöl ve Muş’ta 300’den fazla köy yolunun kapandığı bildirildi.

Meteoroloji Genel Müdürlüğü’nün verilerine göre kar yağışının yarın öğle saatlerine kadar sürmesi bekleniyor. ⟦Hafta sonu hava sıcaklığının geceleri eksi 20 dereceye kadar düşeceği tahmin ediliyor.⟧""",
    kind="news", why="agency report on snow closing roads and schools",
))

# ---------------------------------------------------------------- 8. AA story: olive oil exports, Open Graph only
PAGES.append(dict(
    case="tr-news-turk-zeytinyagi", lang="tr", html_lang="tr-TR", skin="turk", domain="www.ekonomigundemi.example", site="Ekonomi Gündemi", secpath="ekonomi",
    url="https://www.ekonomigundemi.example/ekonomi/zeytinyagi-ihracati-subatta-yuzde-38-artti",
    h1="Zeytinyağı ihracatı şubatta yüzde 38 arttı",
    deck="Türkiye’nin zeytinyağı ihracatı şubatta 142 milyon dolara ulaştı. En çok ihracat İspanya ve ABD’ye yapıldı.",
    kicker="Ekonomi", crumbs=["Ekonomi", "Tarım"], authors=None, byline_html="AA",
    meta="og", meta_section="Ekonomi",
    pub="2026-03-06T14:05:00+03:00", mod="2026-03-06T16:40:00+03:00",
    date="6 Mart 2026 Cuma 14:05", updated="Güncelleme: 6 Mart 2026 Cuma 16:40",
    nav=["Ekonomi", "Piyasalar", "Borsa", "Döviz", "Altın", "Tarım", "Otomotiv", "Emlak", "Yazarlar", "Gündem"],
    subnav=["Yazarlar", "Analiz", "Görüş"], widget=MARKET,
    cookie=TR_COOKIE, ticker=["Borsa günü yükselişle tamamladı", "Altının gramı 3.400 lirayı aştı"],
    caption="⟪Ege’de zeytin hasadı. (Arşiv)⟫",
    side=[("Çok Okunanlar", ["⟪Asgari ücrete ara zam gelecek mi?⟫", "Konut kredisi faizleri düştü", "Benzine indirim geldi"]),
          ("Yazarlar", [("Görüş", "Zeytinyağında fiyat dengesi nasıl kurulur?"), ("Köşe Yazısı", "İhracatta kur baskısı")])],
    tags=["Zeytinyağı", "İhracat", "Tarım"],
    related=["Zeytin rekoltesi beklentileri aştı", "Tarım ürünleri ihracatında yeni rekor"],
    newsletter="Günün ekonomi bülteni her sabah e-posta kutunuzda.",
    footer="⟪© 2026 Ekonomi Gündemi. Haberlerin tüm hakları saklıdır.⟫", footer_nav=["Künye", "İletişim", "Çerez Politikası", "KVKK"],
    body="""İZMİR (AA) - ⟦Türkiye’nin zeytinyağı ihracatı şubat ayında geçen yılın aynı dönemine göre yüzde 38 artarak 142 milyon dolara ulaştı.⟧

Ege İhracatçı Birlikleri verilerinden derlenen bilgiye göre, sezonun ilk beş ayında toplam zeytinyağı ihracatı 118 bin tona çıktı. Bu miktar, bir önceki sezonun aynı dönemine göre yaklaşık iki katına denk geliyor.

Şubatta en fazla ihracat 38 milyon dolarla İspanya’ya yapıldı. ⟦İspanya’yı 27 milyon dolarla ABD ve 19 milyon dolarla İtalya izledi.⟧ Japonya, Suudi Arabistan ve Kanada da listenin ilk on ülkesi arasında yer aldı.

[[READ|⟪Dökme zeytinyağı ihracatına getirilen sınır kaldırıldı⟫]]

[[SPLIT]]

Ege Zeytin ve Zeytinyağı İhracatçıları Birliği Başkanı Murat Özdemir, artışın bu sezonki yüksek rekolteden kaynaklandığını belirtti. Özdemir, ambalajlı ürün ihracatının payının da yükseldiğine dikkati çekti.

Özdemir, “⟦Artık zeytinyağımızı dünyaya kendi markamızla satıyoruz.⟧ Dökme ihracatın payı hâlâ yüksek ama ambalajlı satışlar her yıl biraz daha artıyor” dedi.

[[H|Üreticiler fiyatlardan şikâyetçi]]

İhracattaki artışa karşın Ege ve Marmara’daki zeytin üreticileri, hasat maliyetlerinin yükseldiğini ve satış fiyatlarının bu maliyetleri karşılamadığını söylüyor. Üretici birlikleri, işçilik ve gübre giderlerinin son bir yılda yüzde 40’tan fazla arttığını açıkladı.

Aydın’da 40 dönüm zeytinliği bulunan Hüseyin Aktaş, bu yıl zeytinin kilogramını 45 liradan sattığını ancak bunun işçiliği bile karşılamadığını anlattı. Üreticiler, sofralık zeytin ve zeytinyağı için taban fiyat uygulamasına geçilmesini istiyor.

Sektör temsilcileri, sezon sonuna kadar ihracatın 300 bin tonu bulabileceğini tahmin ediyor. İhracatçılar, Avrupa Birliği’nin gümrük vergileri nedeniyle ambalajlı ürünlerde rekabet etmenin hâlâ zor olduğunu vurguluyor. Bu rakam gerçekleşirse Türkiye, dünyanın en büyük zeytinyağı ihracatçıları arasında İspanya ve İtalya’nın ardından üçüncü sıraya yükselecek.

⟦Ticaret Bakanlığı’nın sezon sonu verilerini haziran ayında açıklaması bekleniyor.⟧""",
    kind="news", why="agency report on export figures",
))

# ---------------------------------------------------------------- 9. Explainer, page 1 of 2 with page 2 on the page
PAGES.append(dict(
    case="tr-news-turk-ikramiye", lang="tr", html_lang="tr-TR", skin="turk", domain="www.habermerkezi.example", site="Haber Merkezi", secpath="ekonomi",
    url="https://www.habermerkezi.example/ekonomi/emekli-bayram-ikramiyesi-ne-zaman-yatacak-2026",
    h1="Emekli bayram ikramiyesi ne zaman yatacak? Tutar belli oldu",
    deck="Ramazan Bayramı öncesinde milyonlarca emekli ikramiye ödemelerinin tarihini bekliyor. İşte merak edilenler.",
    kicker="Ekonomi", crumbs=["Ekonomi", "Emeklilik"], authors=["Elif Demir"],
    byline_html='Yazan: <a href="/yazar/elif-demir">Elif Demir</a>',
    ld_authors=["Elif Demir"], ld_type="NewsArticle", ld_section="Ekonomi",
    pub="2026-03-09T08:15:00+03:00", mod="2026-03-09T09:02:00+03:00",
    date="9 Mart 2026 Pazartesi 08:15", updated="Güncelleme: 9 Mart 2026 Pazartesi 09:02",
    nav=["Son Dakika", "Gündem", "Ekonomi", "Emeklilik", "Dünya", "Spor", "Yazarlar", "Sağlık", "Eğitim", "Yaşam"],
    subnav=["Yazarlar", "Köşe Yazısı", "Editoryal"], widget=MARKET,
    cookie=TR_COOKIE, ticker=["SGK’dan yeni genelge", "Memur maaş farkı hesaplara yattı"],
    side=[("Çok Okunanlar", ["⟪SSK ve Bağ-Kur emeklisine temmuz zammı ne kadar olacak?⟫", "Asgari ücretli emekliye ek ödeme", "Kira yardımı başvuruları başladı"]),
          ("Yazarlar", [("Köşe Yazısı", "Emeklinin bayramı da enflasyona takıldı"), ("Görüş", "İkramiye değil, insanca maaş")]),
          ("Sponsorlu", [("Sponsorlu içerik", "Emekliler için faizsiz kredi kartı kampanyası", "ad")])],
    tags=["Emekli", "Bayram ikramiyesi", "SGK"],
    related=["Emekli promosyonlarında yeni rakamlar", "Bayram tatili kaç gün olacak?"],
    comments=[("mustafa_k", "9 Mart 2026", "⟪Bu parayla bayramda torunlara harçlık bile zor.⟫")], comment_count=214,
    footer="⟪© 2026 Haber Merkezi. Tüm hakları saklıdır.⟫", footer_nav=["Künye", "Reklam", "İletişim", "Gizlilik"],
    body="""⟦Ramazan Bayramı yaklaşırken yaklaşık 16 milyon emekli, bayram ikramiyesinin ne zaman hesaplara yatacağını merak ediyor.⟧ Çalışma ve Sosyal Güvenlik Bakanlığı, ödeme takvimini geçen hafta açıkladı.

[[H|İkramiye tutarı ne kadar?]]

⟦Bu yıl bayram ikramiyesi 4.500 lira olarak belirlendi.⟧ Geçen yıl 4.000 lira olan ikramiye, böylece yüzde 12,5 artmış oldu. Emekli sendikaları ise tutarın en az asgari ücretin yarısı kadar olması gerektiğini savunuyor.

[[H|Kimler alabilecek?]]

İkramiyeden SSK, Bağ-Kur ve Emekli Sandığı emeklileri ile dul ve yetim aylığı alanlar yararlanabilecek. Hisseli aylık alanlara ikramiye, aylıklarındaki paylarına göre ödenecek. Örneğin eşinden kalan aylığın yarısını alan bir dul, 2.250 lira ikramiye alacak.

Şehit yakınları ve gaziler de ikramiyeden yararlanacak. Buna karşılık yalnızca engelli aylığı ya da 65 yaş aylığı alanlar, emekli sayılmadıkları için ikramiye alamayacak.

[[READ|⟪Emekli promosyonu için banka değiştirmek mantıklı mı?⟫]]

[[PAGE|1|2|Sonraki sayfa]]

[[H|Ödemeler ne zaman yapılacak?]]

Bakanlığın açıkladığı takvime göre ödemeler 13 Mart Cuma günü başlayacak ve 17 Mart Salı günü tamamlanacak. ⟦Ödemeler, emeklilerin T.C. kimlik numaralarının son hanesine göre sırayla yapılacak.⟧

[[LIST|Son hanesi 0 ve 2 olanlar: 13 Mart|Son hanesi 4 ve 6 olanlar: 16 Mart|Son hanesi 8 olanlar: 17 Mart]]

[[AD]]

[[H|Hesaba yatıp yatmadığı nasıl öğrenilir?]]

Emekliler, ikramiyenin yatıp yatmadığını e-Devlet üzerinden ya da maaşlarını aldıkları bankanın mobil uygulamasından kontrol edebilecek. Bayram öncesi bankalarda yoğunluk yaşanmaması için ödemelerin kademeli yapılacağı bildirildi.

Bakanlık yetkilileri, ikramiye ödemesi için emeklilerin herhangi bir başvuru yapmasına gerek olmadığını hatırlattı. Ödemeden herhangi bir kesinti yapılmayacak; ancak bankaya kredi borcu bulunan emeklilerin hesaplarına bloke konulup konulmayacağı, bankanın sözleşme koşullarına bağlı olacak.

Kurban Bayramı ikramiyesinin de aynı tutarda, mayıs ayının sonunda ödenmesi bekleniyor.

⟦İkramiyeler, emeklilerin aylık aldıkları banka hesaplarına otomatik olarak yatırılacak.⟧""",
    kind="news", why="explainer reporting a government payment schedule",
))

# ---------------------------------------------------------------- 10. Yazarlar column by a köşe yazarı, JSON-LD only
PAGES.append(dict(
    case="tr-opinion-turk-bisiklet", lang="tr", html_lang="tr-TR", skin="turk", domain="www.sabahpostasi.example", site="Sabah Postası", secpath="yazarlar",
    url="https://www.sabahpostasi.example/yazarlar/selin-aksoy/bisiklet-yolu-boyayla-olmaz-51822",
    h1="Bisiklet yolu boyayla olmaz",
    kicker="Yazarlar", kicker_path="yazarlar", crumbs=["Yazarlar", "Selin Aksoy"], authors=["Selin Aksoy"],
    byline_html='Yazan: <a href="/yazarlar/selin-aksoy">Selin Aksoy</a>', role="köşe yazarı",
    colbox=("Selin Aksoy", "Şehircilik ve ulaşım üzerine yazıyor"),
    meta="ld", ld_authors=["Selin Aksoy"], ld_type="OpinionNewsArticle", ld_section="Yazarlar",
    pub="2026-03-08T07:00:00+03:00", date="8 Mart 2026 Pazar 07:00",
    nav=["Gündem", "Politika", "Ekonomi", "Dünya", "Yazarlar", "Spor", "Kültür-Sanat", "Yaşam", "Teknoloji"],
    subnav=["Tüm Yazarlar", "Köşe Yazısı", "Görüş", "Editoryal"], widget=MARKET,
    cookie=TR_COOKIE, ticker=["İBB meclisinde ulaşım bütçesi kabul edildi", "Marmaray’da arıza: seferler normale döndü"],
    side=[("Çok Okunanlar", ["⟪İstanbul’da yeni metro hattının açılış tarihi belli oldu⟫", "Köprü ve otoyol ücretlerine zam", "Kadıköy’de yayalaştırma başlıyor"]),
          ("Yazarlar", [("Köşe Yazısı", "Şehrin sahibi kim?"), ("Görüş", "⟪Toplu taşımada gece seferi bir lüks değil⟫"),
                        ("Editoryal", "Deprem hazırlığında kaybedilen yıllar")])],
    tags=["Bisiklet", "Ulaşım", "İstanbul"],
    related=["İstanbul’a 120 kilometre yeni bisiklet yolu", "Bisikletli kuryeler için yeni düzenleme"],
    comments=[("Burak", "8 Mart 2026", "⟪Her gün Sahil yolunda bisikletle işe gidiyorum, çok haklısınız.⟫"),
              ("yorumcu_34", "8 Mart 2026", "İstanbul’un yokuşlarında bisiklet hayal.")], comment_count=62,
    footer="⟪© 2026 Sabah Postası. İçeriklerin izinsiz kullanılması yasaktır.⟫", footer_nav=["Künye", "İletişim", "KVKK"],
    body="""⟦Geçen hafta belediye, şehre 120 kilometre yeni bisiklet yolu kazandırdığını açıkladı.⟧ Rakam kulağa hoş geliyor. Ancak bu yolların önemli bir kısmı, kaldırımın ya da yolun kenarına çekilmiş yeşil bir boyadan ibaret.

Dün o yollardan birinde, Kadıköy ile Bostancı arasında bisiklet sürdüm. ⟦Yirmi dakikalık yolda üç kez park etmiş bir araç yüzünden trafiğe çıkmak zorunda kaldım.⟧ Bir kez de bir motosikletli kurye, sanki en doğal hakkıymış gibi karşıdan üzerime geldi.

Sorun bisikletlilerin sayısında değil. İstanbul’da her gün on binlerce insan işe, okula, pazara bisikletle gidiyor. Pandemiden bu yana bu sayı neredeyse iki katına çıktı; kuryeleri de sayarsak çok daha fazlası. Sorun, onlara ayrılan alanın gerçek bir alan olmaması.

Yeşil boyalı şerit, sürücüye bir şey söylemiyor. Sürücü için orası ya geçici bir park yeri ya da sıkıştığında kullanabileceği fazladan bir şerit. Bisikletli ise o şeritte kendini güvende sanıyor; asıl tehlike de burada başlıyor.

[[H|Boya değil, bordür]]

Bisiklet yolunu güvenli yapan şey rengi değildir. ⟦Bisiklet yolunu güvenli yapan şey, onu araçlardan ayıran fiziksel bir engeldir.⟧ Bir bordür, bir sıra saksı, biraz yükseltilmiş bir şerit. Kopenhag da Amsterdam da bunu yıllar önce öğrendi; biz hâlâ boya kutusuyla uğraşıyoruz.

[[AD]]

Belediyelerin itirazını biliyorum: “Yol dar, yer yok.” Oysa aynı yollarda iki şerit boyunca park etmiş araçlara yer bulunabiliyor. Mesele yer değil, öncelik meselesi.

Bu yüzden belediyeden üç şey istiyorum. Önce, mevcut boyalı yolların en yoğun kullanılan 20 kilometresi fiziksel olarak ayrılsın. İkincisi, bisiklet yoluna park eden araçlara verilen cezalar gerçekten uygulansın. Üçüncüsü, yeni yollar planlanırken bisiklet kullananlara da sorulsun.

Şehir, yalnızca otomobil sürenlerin değil. ⟦Yeşil boyayla övünmeyi bırakıp gerçekten güvenli yollar yapmanın zamanı geldi.⟧

[[DISC|⟪Yazıdaki görüşler yazarına aittir, gazetemizin görüşlerini yansıtmayabilir.⟫]]""",
    kind="opinion", why="Yazarlar column arguing for protected bike lanes",
))

# ---------------------------------------------------------------- 11. Recipe on a food magazine
PAGES.append(dict(
    case="tr-other-lifestyle-mercimek", lang="tr", html_lang="tr-TR", skin="lifestyle", domain="www.lezzetdefteri.example", site="Lezzet Defteri", secpath="tarifler",
    url="https://www.lezzetdefteri.example/tarifler/lokanta-usulu-mercimek-corbasi",
    h1="Lokanta usulü mercimek çorbası tarifi",
    deck="Kıvamı yerinde, tereyağlı sosuyla tam lokanta lezzetinde bir mercimek çorbası.",
    kicker="Çorbalar", authors=["Ayşe Kılıç"], byline_html='Yazan: <a href="/yazar/ayse-kilic">Ayşe Kılıç</a>',
    ld_authors=["Ayşe Kılıç"], ld_type="Recipe", ld_extra={"recipeYield": "6 kişilik", "totalTime": "PT45M"},
    pub="2026-03-04T11:00:00+03:00", date="4 Mart 2026 Çarşamba 11:00", tagline="Ev yemekleri, tatlılar, pratik tarifler",
    nav=["Tarifler", "Çorbalar", "Ana Yemekler", "Tatlılar", "Hamur İşleri", "Ramazan Menüsü", "Yazarlar"],
    cookie="Bu sitede çerezler kullanılmaktadır. Siteyi kullanmaya devam ederek çerez kullanımını kabul etmiş olursunuz.",
    card_top="⟪Hazırlık: 10 dk · Pişirme: 35 dk · 6 kişilik⟫",
    caption="⟪Limon ve pul biberle servis edilen mercimek çorbası.⟫",
    side=[("En Çok Okunan Tarifler", ["⟪İftar için 10 pratik çorba tarifi⟫", "Fırında sütlaç", "Ezogelin çorbası"]),
          ("Yazarlar", [("Köşe Yazısı", "Sofralarımızdan kaybolan tarifler"), ("Sponsorlu içerik", "Yapışmaz tencerelerde bahar indirimi", "ad")])],
    tags=["Mercimek çorbası", "Çorba tarifleri", "İftar menüsü"],
    related=["Yayla çorbası nasıl yapılır?", "Tarhana çorbası tarifi"],
    comments=[("Zeynep", "5 Mart 2026", "⟪Tarifteki gibi yaptım, ailem bayıldı.⟫")],
    footer="⟪© 2026 Lezzet Defteri. Tariflerin izinsiz kopyalanması yasaktır.⟫", footer_nav=["Hakkımızda", "İletişim", "Gizlilik"],
    body="""⟦Mercimek çorbası, Türk mutfağının belki de en sevilen çorbası.⟧ Lokantalarda içtiğimiz o pürüzsüz kıvamı evde yakalamanın sırrı ise birkaç küçük ayrıntıda saklı: mercimeği iyi yıkamak, sebzeleri iyice pişirmek ve çorbayı blenderdan geçirdikten sonra bir taşım daha kaynatmak.

Bu tarifte kırmızı mercimeği havuç ve patatesle pişiriyoruz. Patates çorbaya doğal bir kıvam veriyor, böylece una gerek kalmıyor. Tavuk suyu kullanırsanız çorbanın lezzeti daha da derinleşir; yoksa sıcak su da iş görür.

Ramazan ayında iftar sofralarının vazgeçilmezi olan bu çorbayı bir gün önceden hazırlayıp buzdolabında saklayabilirsiniz. Tereyağlı sosu ise her zaman servisten hemen önce yapın.

[[H|Malzemeler]]

[[LIST|⟦1,5 su bardağı kırmızı mercimek⟧|1 adet kuru soğan|1 adet havuç|1 adet orta boy patates|1 yemek kaşığı domates salçası|2 yemek kaşığı zeytinyağı|7 su bardağı sıcak su veya tavuk suyu|Tuz, karabiber ve kimyon]]

[[H|Sosu için]]

[[LIST|2 yemek kaşığı tereyağı|1 tatlı kaşığı pul biber|1 tatlı kaşığı kuru nane]]

[[AD]]

[[H|Hazırlanışı]]

[[OL|Mercimeği suyu berraklaşana kadar birkaç kez yıkayın ve süzün.|Soğanı, havucu ve patatesi küçük küpler halinde doğrayın.|⟦Zeytinyağını tencerede ısıtın, soğanı pembeleşene kadar kavurun.⟧|Havuç, patates ve salçayı ekleyip iki dakika daha kavurun.|Mercimeği ve sıcak suyu ekleyin, kapağı kapalı olarak kısık ateşte 30 dakika pişirin.|Çorbayı blenderdan geçirin, tuz, karabiber ve kimyon ekleyip bir taşım kaynatın.|Tereyağını küçük bir tavada eritin, pul biber ve naneyi ekleyip çorbanın üzerine gezdirin.]]

[[H|Püf noktası]]

Çorba bekledikçe koyulaşır. Ertesi gün ısıtırken biraz sıcak su ekleyerek kıvamını açabilirsiniz. Daha hafif bir çorba isterseniz tereyağlı sos yerine zeytinyağında pul biber kızdırabilir, naneyi en sonda ekleyebilirsiniz. Çocuklar için hazırlıyorsanız kimyon ve pul biberi azaltın. ⟦Servis ederken yanına limon dilimi ve kıtır ekmek koymayı unutmayın.⟧""",
    kind="other", why="recipe with ingredients and steps",
))
