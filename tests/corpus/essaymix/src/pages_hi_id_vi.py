"""Hindi, Indonesian and Vietnamese pages: a column for city shade trees, a metro opening report with quotes,
a report on a village landslide, a sponsored post written like news and a company report close to a press release."""

PAGES = []

# ---------------------------------------------------------------- Hindi column, no label, argues for shade trees over road widening
PAGES.append(dict(
    case="hi-opinion-chhaya", lang="hi", skin="portal", domain="jansamvad-daily.example", site="जनसंवाद दैनिक",
    url="https://www.jansamvad-daily.example/2026/03/12/sadak-chaudi-chhaya-gayab",
    h1="सड़कें चौड़ी हुईं, छाया गायब हो गई",
    authors=["अनुराधा मिश्र"], byline_text="अनुराधा मिश्र", ld_authors=["अनुराधा मिश्र"], meta="og",
    pub="2026-03-12T07:30:00+05:30", date="12 मार्च 2026, 07:30 IST", strip="गुरुवार, 12 मार्च 2026",
    nav=["देश", "प्रदेश", "शहर", "कारोबार", "खेल", "मनोरंजन"],
    footer_nav=["हमारे बारे में", "गोपनीयता नीति", "संपर्क"],
    cookie="⟪हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं।⟫",
    related=["⟪नगर निगम ने 1,200 पेड़ काटने की अनुमति दी⟫", "इस साल अप्रैल में ही लू का अलर्ट"],
    most=["⟪बोर्ड परीक्षा के नतीजे मई के पहले हफ़्ते में⟫", "नई बस सेवा शुरू, किराया 10 रुपये", "शहर में डेंगू के मामले घटे"],
    footer="⟪© 2026 जनसंवाद दैनिक। सर्वाधिकार सुरक्षित।⟫",
    body="""<p>⟦पिछली गर्मियों में जब तापमान 46 डिग्री तक पहुँचा,⟧ तब मैंने अपने मोहल्ले के सब्ज़ी वाले रामप्रसाद जी को अपनी ठेली एक पुराने नीम के नीचे खड़ी करते देखा था। पूरी सड़क पर वही एक पेड़ बचा था। दोपहर होते-होते उस नीम के नीचे रिक्शा वाले, स्कूल से लौटते बच्चे, एक डाकिया और दो कुत्ते तक जमा हो जाते थे। इस साल वह नीम भी नहीं है। सड़क चौड़ी करने के लिए उसे जनवरी में काट दिया गया।</p>
<p>यह किसी एक पेड़ की कहानी नहीं है। पिछले पाँच वर्षों में हमारे शहर में सड़क चौड़ीकरण, फ्लाईओवर और नालों के निर्माण के नाम पर हज़ारों पेड़ काटे गए हैं। नगर निगम का कहना है कि हर कटे पेड़ के बदले दस नए पौधे लगाए जाते हैं। ⟦लेकिन दस पौधे एक चालीस साल पुराने नीम की छाया नहीं दे सकते,⟧ कम से कम अगले बीस सालों तक तो नहीं। और उनमें से कितने पौधे बचते हैं, इसका कोई हिसाब सार्वजनिक नहीं है।</p>
<p>गर्मी अब सिर्फ़ मौसम की बात नहीं रह गई है। यह स्वास्थ्य का सवाल है, रोज़ी-रोटी का सवाल है। जो लोग दिन भर धूप में काम करते हैं, जैसे ठेले वाले, निर्माण मज़दूर, डिलीवरी करने वाले, ट्रैफ़िक पुलिस, उनके लिए छाया कोई सुविधा नहीं, ज़रूरत है। डॉक्टर बताते हैं कि लू से होने वाली बीमारियाँ सबसे ज़्यादा इन्हीं लोगों में होती हैं। जब हम शहर से पेड़ हटाते हैं, तो हम सबसे पहले इन्हीं लोगों से उनकी सुरक्षा छीनते हैं।</p>
<p>शहरी योजनाकार कहते हैं कि पेड़ों वाली सड़कों पर दोपहर में तापमान खुली सड़कों की तुलना में कई डिग्री कम रहता है। डामर और कंक्रीट दिन भर गर्मी सोखते हैं और रात में छोड़ते हैं, इसलिए शहर रात में भी ठंडा नहीं हो पाता। ⟦पेड़ इस चक्र को तोड़ते हैं, और कोई एयर कंडीशनर यह काम मुफ़्त में नहीं करता।⟧</p>
<p>इसका मतलब यह नहीं कि शहर में सड़कें नहीं बननी चाहिए। ट्रैफ़िक बढ़ा है, जाम बढ़ा है, और लोगों को बेहतर रास्ते चाहिए। लेकिन सवाल प्राथमिकता का है। क्या हर सड़क को चौड़ा करना ज़रूरी है? क्या सड़क का डिज़ाइन पेड़ों को बचाते हुए नहीं बनाया जा सकता? कई शहरों ने यह किया है। उन्होंने पेड़ों को डिवाइडर के बीच रहने दिया, फुटपाथ को पेड़ों के इर्द-गिर्द मोड़ा, और जहाँ पेड़ काटना ज़रूरी था, वहाँ बड़े पेड़ों को जड़ समेत दूसरी जगह लगाया।</p>
<p>मेरा मानना है कि नगर निगम को तीन काम तुरंत करने चाहिए। पहला, किसी भी परियोजना में पेड़ काटने से पहले उसकी सूची और कारण सार्वजनिक किए जाएँ, और मोहल्ले के लोगों को आपत्ति दर्ज करने का मौक़ा मिले। दूसरा, नए लगाए गए पौधों की हर साल गिनती हो और उसकी रिपोर्ट वेबसाइट पर डाली जाए। तीसरा, शहर की हर बड़ी सड़क के लिए एक “छाया योजना” बने, जिसमें तय हो कि अगले दस सालों में वहाँ कितने पेड़ लगेंगे और उनकी देखभाल कौन करेगा।</p>
<p>ये माँगें बड़ी नहीं हैं, और इनके लिए बहुत पैसे की भी ज़रूरत नहीं है। ज़रूरत है तो सिर्फ़ इस बात को मानने की कि पेड़ भी शहर का बुनियादी ढाँचा हैं, उतने ही ज़रूरी जितनी सड़कें, बिजली के खंभे और पानी की पाइपलाइन। ⟦जब हम किसी पुल की योजना बनाते हैं, तो उसकी देखभाल का बजट भी रखते हैं।⟧ पेड़ों के लिए यह क्यों नहीं?</p>
<p>रामप्रसाद जी इस साल अपनी ठेली एक दुकान के शेड के नीचे खड़ी करते हैं। दुकानदार ने उन्हें दोपहर दो घंटे के लिए जगह दे दी है, बाक़ी समय वे धूप में रहते हैं। मैंने उनसे पूछा कि नीम की याद आती है? वे हँसे और बोले, “याद तो आती है, पर पेड़ की याद से छाया थोड़े मिलती है।”</p>
<p>⟦इस गर्मी से पहले अगर हम यह बात समझ लें, तो शायद अगली गर्मी थोड़ी कम कठोर हो।⟧</p>""",
    kind="opinion", why="column urging a shade plan; no opinion label or section",
))

# ---------------------------------------------------------------- Hindi news: metro line opens, praise and complaints quoted
PAGES.append(dict(
    case="hi-news-metro", lang="hi", skin="story", domain="nagarsamachar.example", site="नगर समाचार",
    url="https://www.nagarsamachar.example/a/230988",
    h1="मेट्रो की दूसरी लाइन पर सफ़र शुरू, पहले दिन 38 हज़ार यात्री",
    authors=["राजीव सक्सेना"], byline_text="राजीव सक्सेना", ld_authors=["राजीव सक्सेना"], meta="full",
    pub="2026-03-08T20:15:00+05:30", date="8 मार्च 2026, 8:15 PM",
    nav=["ताज़ा ख़बरें", "शहर", "राज्य", "देश", "खेल", "बिज़नेस"],
    footer_nav=["हमारे बारे में", "संपर्क करें", "विज्ञापन"],
    cookie="⟪इस वेबसाइट का उपयोग जारी रखकर आप कुकीज़ की सहमति देते हैं।⟫",
    caption="⟪पहले दिन चारबाग़ स्टेशन पर यात्रियों की भीड़।⟫",
    related=["⟪मेट्रो किराया: कहाँ से कहाँ तक कितना⟫", "तीसरी लाइन का काम अगले साल से"],
    most=["⟪होली पर बाज़ारों में रौनक़⟫", "शहर के तीन अस्पतालों में नई ओपीडी"],
    footer="⟪© 2026 नगर समाचार। सभी अधिकार सुरक्षित।⟫",
    body="""<p>⟦शहर की मेट्रो की दूसरी लाइन पर रविवार सुबह छह बजे से यात्री सेवा शुरू हो गई।⟧ पूर्व-पश्चिम कॉरिडोर पर 11.2 किलोमीटर लंबी इस लाइन में 12 स्टेशन हैं, जो चारबाग़ को पुराने शहर के चौक इलाक़े से होते हुए वसंत कुंज तक जोड़ते हैं। मेट्रो रेल कॉरपोरेशन के अनुसार, पहले दिन शाम सात बजे तक लगभग 38 हज़ार लोगों ने इस लाइन पर सफ़र किया।</p>
<p>लाइन का उद्घाटन शनिवार शाम को मुख्यमंत्री ने किया था। कॉरपोरेशन के प्रबंध निदेशक सुनील वर्मा ने बताया कि ट्रेनें सुबह छह बजे से रात दस बजे तक चलेंगी और व्यस्त समय में हर सात मिनट पर एक ट्रेन मिलेगी। न्यूनतम किराया 10 रुपये और अधिकतम 40 रुपये रखा गया है।</p>
<p>पहले दिन स्टेशनों पर उत्साह साफ़ दिखा। कई परिवार सिर्फ़ मेट्रो में घूमने के लिए आए थे। चौक स्टेशन पर अपनी पोती के साथ पहुँचीं 68 वर्षीय शकुंतला देवी ने कहा, ⟦“मैंने सोचा नहीं था कि पुराने शहर में कभी मेट्रो आएगी। यहाँ की गलियों में तो रिक्शा भी मुश्किल से चलता है।”⟧ उन्होंने बताया कि पहले चारबाग़ तक पहुँचने में उन्हें एक घंटे से ज़्यादा लगता था, जबकि मेट्रो से यह सफ़र बीस मिनट में पूरा हो गया।</p>
<p>कॉलेज छात्र अमन श्रीवास्तव ने भी नई लाइन की तारीफ़ की, लेकिन कुछ कमियों की ओर इशारा किया। “ट्रेन बहुत अच्छी है, साफ़ है, एसी है। पर स्टेशन से बाहर निकलो तो ऑटो वालों की मनमानी वही है। ⟦आख़िरी मील की कनेक्टिविटी नहीं सुधरी तो लोग मेट्रो छोड़कर फिर बाइक पर लौट आएँगे,”⟧ उन्होंने कहा।</p>
<p>कुछ यात्रियों ने पार्किंग की कमी की शिकायत की। वसंत कुंज स्टेशन पर दोपहिया वाहन खड़ा करने की जगह दोपहर तक भर गई थी, जिसके बाद लोगों को सड़क किनारे गाड़ियाँ खड़ी करनी पड़ीं। स्थानीय दुकानदार महेश गुप्ता ने कहा, “दुकान के सामने दिन भर गाड़ियाँ खड़ी रहीं। ग्राहक अंदर आ ही नहीं पाए। मेट्रो अच्छी है, पर किसी ने हमसे पूछा तक नहीं कि पार्किंग कहाँ होगी।”</p>
<p>इस पर कॉरपोरेशन के जनसंपर्क अधिकारी ने कहा कि वसंत कुंज और आलमबाग़ में बहुमंज़िला पार्किंग का निर्माण चल रहा है, जो जून तक पूरा होने की उम्मीद है। उन्होंने यह भी बताया कि नगर निगम के साथ मिलकर पाँच स्टेशनों से ई-रिक्शा फ़ीडर सेवा शुरू करने की योजना है।</p>
<p>दूसरी लाइन के निर्माण में लगभग चार साल लगे और इसकी लागत क़रीब 2,900 करोड़ रुपये आई। पुराने शहर के घने इलाक़े में निर्माण के दौरान कई बार काम रोकना पड़ा था, क्योंकि कुछ ऐतिहासिक इमारतों के पास खुदाई को लेकर आपत्तियाँ उठी थीं। चौक और अमीनाबाद के बीच का हिस्सा इसी वजह से भूमिगत बनाया गया है।</p>
<p>विपक्ष के नेता ने उद्घाटन के समय पर सवाल उठाते हुए कहा कि कई स्टेशनों पर अभी भी लिफ़्ट और एस्केलेटर पूरी तरह चालू नहीं हैं। कॉरपोरेशन ने माना कि दो स्टेशनों पर एक-एक एस्केलेटर का परीक्षण चल रहा है, और कहा कि वे अगले सप्ताह तक शुरू हो जाएँगे।</p>
<p>⟦कॉरपोरेशन का अनुमान है कि अगले छह महीनों में इस लाइन पर रोज़ाना यात्रियों की संख्या एक लाख तक पहुँच जाएगी।⟧ पहली लाइन पर फ़िलहाल रोज़ लगभग 1.3 लाख लोग सफ़र करते हैं। ⟦तीसरी लाइन के लिए निविदा प्रक्रिया इस साल के अंत तक शुरू होने की उम्मीद है।⟧</p>""",
    kind="news", why="opening report; praise and complaints come from quoted passengers",
))

# ---------------------------------------------------------------- Indonesian news: landslide report with the village head quoted
PAGES.append(dict(
    case="id-news-longsor", lang="id", skin="portal", domain="warta-priangan.example", site="Warta Priangan",
    url="https://www.warta-priangan.example/a/640271",
    h1="Longsor Tutup Jalan Desa Cibeureum, Ratusan Warga Terisolasi",
    authors=["Dedi Kurniawan"], byline_text="Dedi Kurniawan", ld_authors=["Dedi Kurniawan"], meta="full",
    pub="2026-02-11T14:05:00+07:00", date="Rabu, 11 Februari 2026 14:05 WIB", strip="Rabu, 11 Februari 2026",
    nav=["Berita", "Jabar", "Nasional", "Ekonomi", "Olahraga", "Gaya Hidup"],
    footer_nav=["Tentang Kami", "Pedoman Media Siber", "Kontak"],
    cookie="⟪Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda.⟫",
    related=["⟪BMKG: Hujan lebat masih berpotensi hingga akhir pekan⟫", "Jalur Garut–Tasikmalaya sempat lumpuh"],
    most=["⟪Harga cabai rawit tembus Rp 90 ribu per kilogram⟫", "Persib menang tipis di kandang", "Pendaftaran CPNS dibuka bulan depan"],
    footer="⟪© 2026 Warta Priangan. Hak cipta dilindungi undang-undang.⟫",
    body="""<p>⟦Tanah longsor menutup satu-satunya akses jalan menuju Desa Cibeureum,⟧ Kecamatan Sukaraja, Kabupaten Tasikmalaya, Jawa Barat, pada Selasa (10/2/2026) malam. Akibatnya, sekitar 340 kepala keluarga di tiga dusun terisolasi dan belum bisa keluar-masuk desa hingga Rabu siang.</p>
<p>Longsor terjadi sekitar pukul 21.30 WIB setelah hujan deras mengguyur wilayah itu sejak sore. Material tanah dan batu dari tebing setinggi kurang lebih 25 meter menimbun badan jalan sepanjang sekitar 40 meter. Tidak ada korban jiwa dalam peristiwa ini, namun satu rumah warga di tepi tebing rusak berat dan dua rumah lainnya rusak ringan.</p>
<p>Kepala Desa Cibeureum, Asep Saepudin, mengatakan warga sudah lama khawatir dengan kondisi tebing tersebut. ⟦“Tebing ini sudah retak sejak tahun lalu. Kami sudah tiga kali mengajukan permohonan⟧ pembangunan tembok penahan tanah, tapi sampai sekarang belum ada realisasi,” kata Asep saat ditemui di lokasi, Rabu. “Kalau longsornya siang hari, waktu anak-anak pulang sekolah, saya tidak bisa membayangkan.”</p>
<p>Menurut Asep, warga kini harus berjalan kaki melalui jalan setapak di pematang sawah dan menyeberangi sungai kecil untuk mencapai jalan kabupaten. Jalur itu licin dan berbahaya, terutama bagi lansia dan anak-anak. Sejumlah warga yang sakit terpaksa ditandu.</p>
<p>Kondisi tersebut juga berdampak pada kegiatan belajar mengajar. Kepala SD Negeri Cibeureum 2, Tati Suryati, mengatakan sekitar separuh guru yang tinggal di luar desa tidak dapat hadir pada Rabu pagi. Sekolah akhirnya memulangkan siswa lebih awal. Para guru yang tinggal di desa bergantian mengajar beberapa kelas sekaligus. “Kami usahakan anak-anak tetap belajar, walaupun jadwalnya kami sederhanakan dulu sampai jalan dibuka,” kata Tati. Puskesmas pembantu di desa juga kekurangan obat karena kiriman rutin dari kecamatan tertahan.</p>
<p>Salah seorang warga, Enung (52), mengaku khawatir persediaan makanan di rumahnya menipis. “Warung di kampung juga sudah mulai kosong karena barang tidak bisa masuk. Beras masih ada, tapi gas elpiji sudah habis,” ujarnya. Ia berharap jalan bisa segera dibuka kembali.</p>
<p>Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Tasikmalaya, Hendra Gunawan, mengatakan pihaknya telah menerjunkan satu unit alat berat ke lokasi sejak Rabu pagi. ⟦“Kami targetkan jalan bisa dilalui kendaraan roda dua paling lambat besok sore,⟧ kalau cuaca mendukung,” kata Hendra. Ia menambahkan bahwa pembersihan total diperkirakan membutuhkan waktu tiga hingga empat hari karena volume material yang besar dan masih adanya potensi longsor susulan.</p>
<p>BPBD juga telah mendistribusikan bantuan logistik berupa beras, mi instan, air mineral, dan terpal melalui jalur alternatif. Petugas gabungan dari TNI, Polri, dan relawan membantu mengangkut bantuan dengan berjalan kaki. Posko darurat didirikan di balai desa.</p>
<p>Terkait usulan tembok penahan tanah, Hendra menyebut pihaknya akan berkoordinasi dengan Dinas Pekerjaan Umum dan Penataan Ruang. “Kami sudah mencatat titik ini sebagai rawan. Usulan dari desa sudah kami terima dan akan kami dorong agar masuk anggaran tahun ini,” katanya.</p>
<p>Sementara itu, Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperingatkan potensi hujan dengan intensitas sedang hingga lebat di wilayah selatan Jawa Barat hingga akhir pekan. ⟦Warga yang tinggal di sekitar lereng dan tebing diminta meningkatkan kewaspadaan,⟧ terutama saat hujan turun lebih dari dua jam berturut-turut.</p>
<p>Sepanjang Februari ini, BPBD Kabupaten Tasikmalaya mencatat sedikitnya 17 kejadian tanah longsor di sembilan kecamatan. ⟦Sebagian besar terjadi di daerah perbukitan dengan kemiringan curam.⟧</p>""",
    kind="news", why="landslide report; grievance voiced by the quoted village head",
))

# ---------------------------------------------------------------- sponsored post that reads like news; disclosure only at the end
PAGES.append(dict(
    case="id-other-advertorialbank", lang="id", skin="blog", domain="kabarkota-bandung.example", site="Kabar Kota Bandung",
    tagline="Berita dan informasi warga Bandung Raya",
    url="https://kabarkota-bandung.example/2026/03/03/umkm-bandung-naik-kelas-lewat-kredit-digital",
    h1="UMKM Bandung Naik Kelas Lewat Kredit Digital, Proses Cair dalam 24 Jam",
    authors=None, byline_text="Redaksi", ld_authors=["org:Kabar Kota Bandung"], meta="full",
    pub="2026-03-03T10:00:00+07:00", date="3 Maret 2026",
    nav=["Berita", "Bandung", "Ekonomi", "Kuliner", "Wisata", "Komunitas"],
    footer_nav=["Tentang", "Iklan", "Kontak"],
    cookie="⟪Kami menggunakan cookie untuk analitik dan iklan.⟫",
    caption="⟪Pemilik usaha kerupuk di Cibaduyut menunjukkan aplikasi di ponselnya.⟫",
    related=["⟪Festival kuliner Braga kembali digelar April⟫", "Tips mengatur keuangan usaha kecil"],
    most=["⟪Jalan layang Pasupati ditutup sementara malam ini⟫", "Kopi lokal Bandung tembus pasar Jepang"],
    footer="⟪© 2026 Kabar Kota Bandung⟫",
    body="""<p>⟦Di sebuah rumah produksi sederhana di kawasan Cibaduyut, Bandung, Yani Rohaeni (41) sibuk mengemas kerupuk⟧ ke dalam plastik berlabel merah. Dua tahun lalu, usaha kerupuk rumahan miliknya hanya mampu memproduksi sekitar 20 kilogram sehari. Kini, jumlah itu naik lebih dari tiga kali lipat. “Dulu saya mau tambah mesin, tapi pinjam ke bank susah, harus bolak-balik bawa berkas,” katanya.</p>
<p>Perubahan itu, menurut Yani, dimulai ketika ia mengajukan pinjaman modal usaha melalui aplikasi KreditKita dari Bank Sejahtera Nusantara. Prosesnya, kata dia, cukup dilakukan dari ponsel. ⟦“Saya isi data, foto KTP, foto tempat usaha. Besoknya dana sudah masuk,”⟧ tuturnya sambil tersenyum.</p>
<p>Cerita Yani bukan satu-satunya. Sepanjang 2025, Bank Sejahtera Nusantara mencatat lebih dari 48.000 pelaku UMKM di Jawa Barat memanfaatkan layanan KreditKita, dengan total penyaluran mencapai Rp 1,2 triliun. Layanan ini menawarkan plafon pinjaman mulai Rp 5 juta hingga Rp 250 juta dengan tenor hingga 36 bulan, serta bunga yang disebut kompetitif dibandingkan produk sejenis.</p>
<p>Regional CEO Bank Sejahtera Nusantara Jawa Barat, Rudi Hartanto, mengatakan layanan tersebut dirancang untuk menjawab kebutuhan pelaku usaha kecil yang selama ini kesulitan mengakses pembiayaan formal. “Kami ingin UMKM tidak lagi terjebak rentenir. ⟦Dengan KreditKita, pengajuan bisa dilakukan kapan saja dan di mana saja,⟧ dan keputusan kredit keluar dalam 24 jam,” ujarnya dalam acara temu UMKM di Bandung, pekan lalu.</p>
<p>Menurut Rudi, penilaian kelayakan kredit dilakukan dengan memanfaatkan data transaksi digital, seperti riwayat penjualan di lokapasar dan pembayaran nontunai, sehingga pelaku usaha yang belum memiliki agunan tetap berpeluang mendapatkan pinjaman. Nasabah juga mendapatkan akses ke kelas pelatihan daring gratis mengenai pemasaran digital, pembukuan sederhana, dan pengemasan produk.</p>
<p>Hal serupa dirasakan Agus Setiawan (35), pemilik kedai kopi di kawasan Dago. Ia menggunakan pinjaman dari KreditKita untuk membeli mesin sangrai. “Sekarang saya sangrai sendiri, jadi margin lebih bagus. Cicilannya juga bisa disesuaikan dengan pemasukan,” katanya.</p>
<p>Agus mengaku sebelumnya sempat ragu karena khawatir dengan pinjaman daring ilegal yang marak diberitakan. Ia baru yakin setelah memastikan aplikasi tersebut resmi milik bank dan terdaftar. Kini ia merekomendasikannya kepada sesama pemilik kedai di Dago.</p>
<p>Untuk mengajukan pinjaman, pelaku usaha cukup mengunduh aplikasi KreditKita di toko aplikasi, melakukan registrasi dengan KTP elektronik, lalu melengkapi data usaha. Selama Maret 2026, Bank Sejahtera Nusantara memberikan promo bebas biaya provisi bagi pengajuan pertama serta potongan bunga untuk tiga bulan pertama bagi pelaku usaha yang terdaftar di Kota Bandung. ⟦Informasi lebih lanjut dapat diperoleh melalui kantor cabang terdekat atau layanan pelanggan 24 jam.⟧</p>
<p>Bank Sejahtera Nusantara berizin dan diawasi oleh Otoritas Jasa Keuangan (OJK) serta merupakan peserta penjaminan LPS.
Sepanjang tahun lalu, bank ini juga menggelar lebih dari 300 kelas pelatihan UMKM di berbagai kota di Jawa Barat, yang diikuti sekitar 15.000 peserta. Materinya meliputi foto produk, pemasaran melalui media sosial, hingga cara mengurus izin usaha dan sertifikat halal secara daring. Pada acara temu UMKM tersebut, bank juga menandatangani nota kesepahaman dengan sejumlah koperasi dan asosiasi pedagang di Bandung untuk memperluas jangkauan layanan hingga ke pasar-pasar tradisional.</p>
<p>Kembali ke Cibaduyut, Yani kini mempekerjakan empat tetangganya. Ia bercita-cita produknya bisa masuk ke toko oleh-oleh di Bandara Husein Sastranegara dan dijual ke luar kota. ⟦“Yang penting jangan takut memulai,”⟧ katanya. ⟦“Modal sekarang bukan lagi alasan.”⟧</p>
<p><em>⟪Artikel ini merupakan kerja sama Kabar Kota Bandung dengan Bank Sejahtera Nusantara.⟫</em></p>""",
    exclude=["p^Artikel ini merupakan kerja sama"],
    kind="other", why="sponsored bank promotion written as a news feature",
))

# ---------------------------------------------------------------- Vietnamese company report close to a press release
PAGES.append(dict(
    case="vi-news-nhamaypin", lang="vi", skin="story", domain="kinhtesaigon24.example", site="Kinh tế Sài Gòn 24",
    url="https://www.kinhtesaigon24.example/a/118265",
    h1="Công ty Năng lượng Phương Nam khởi công nhà máy pin lưu trữ 3.000 tỷ đồng tại Bình Dương",
    authors=["Nguyễn Thu Hà"], byline_text="Nguyễn Thu Hà", ld_authors=["Nguyễn Thu Hà"], meta="og",
    pub="2026-03-09T15:30:00+07:00", date="09/03/2026 15:30",
    nav=["Thời sự", "Kinh doanh", "Tài chính", "Bất động sản", "Công nghệ", "Doanh nghiệp"],
    footer_nav=["Giới thiệu", "Liên hệ", "Quảng cáo"],
    cookie="⟪Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn.⟫",
    caption="⟪Lễ khởi công nhà máy tại khu công nghiệp sáng 9/3.⟫",
    related=["⟪Giá điện mặt trời áp mái: doanh nghiệp chờ cơ chế mới⟫", "Xuất khẩu linh kiện điện tử tăng 18% trong quý I"],
    most=["⟪Giá vàng lập đỉnh mới trong phiên sáng⟫", "Metro số 1 đón lượt khách thứ 20 triệu", "Lãi suất tiết kiệm tiếp tục giảm"],
    footer="⟪© 2026 Kinh tế Sài Gòn 24. Giữ bản quyền nội dung.⟫",
    body="""<p>⟦Sáng 9/3, Công ty Cổ phần Năng lượng Phương Nam đã tổ chức lễ khởi công nhà máy sản xuất hệ thống pin lưu trữ năng lượng⟧ tại Khu công nghiệp Tân Phú, tỉnh Bình Dương, với tổng vốn đầu tư giai đoạn một khoảng 3.000 tỷ đồng.</p>
<p>Theo thông tin từ doanh nghiệp, nhà máy có diện tích 12 ha, dự kiến đi vào hoạt động từ quý II năm 2027, với công suất thiết kế 2 GWh mỗi năm. Sản phẩm chính là các tủ pin lưu trữ dùng cho nhà máy điện mặt trời, khu công nghiệp và tòa nhà thương mại. Khi hoạt động ổn định, nhà máy dự kiến tạo việc làm cho khoảng 1.200 lao động.</p>
<p>Phát biểu tại lễ khởi công, ông Trần Minh Khôi, Chủ tịch Hội đồng quản trị Năng lượng Phương Nam, cho biết dự án là bước đi chiến lược của công ty trong bối cảnh nhu cầu lưu trữ điện tăng mạnh. ⟦“Chúng tôi tin rằng lưu trữ năng lượng là mảnh ghép còn thiếu của quá trình chuyển đổi xanh tại Việt Nam,”⟧ ông Khôi nói. “Nhà máy này sẽ giúp doanh nghiệp trong nước chủ động nguồn cung, giảm phụ thuộc vào hàng nhập khẩu.”</p>
<p>Theo ông Khôi, công ty đã ký thỏa thuận chuyển giao công nghệ với một đối tác châu Âu và đặt mục tiêu tỷ lệ nội địa hóa đạt 40% vào năm 2030. Một phần sản phẩm sẽ được xuất khẩu sang các thị trường Đông Nam Á. Giai đoạn hai của dự án, nếu được triển khai, sẽ nâng tổng công suất lên 5 GWh mỗi năm.</p>
<p>Phó Chủ tịch UBND tỉnh Bình Dương, bà Lê Thị Ngọc Hân, đánh giá cao dự án và cam kết tỉnh sẽ tạo điều kiện thuận lợi về thủ tục. Bà đề nghị doanh nghiệp bảo đảm tiến độ, tuân thủ các quy định về môi trường và an toàn phòng cháy, đặc biệt đối với hoạt động sản xuất liên quan đến pin lithium.</p>
<p>Năng lượng Phương Nam được thành lập năm 2012, hiện hoạt động trong lĩnh vực phát triển điện mặt trời và cung cấp giải pháp năng lượng cho doanh nghiệp. Theo báo cáo tài chính năm 2025, công ty đạt doanh thu 4.860 tỷ đồng, tăng 22% so với năm trước, lợi nhuận sau thuế đạt 412 tỷ đồng. ⟦Cổ phiếu của công ty tăng 3,1% trong phiên giao dịch sáng cùng ngày.⟧</p>
<p>Theo số liệu của Bộ Công Thương, tổng công suất điện mặt trời của Việt Nam hiện vào khoảng 19.000 MW, nhưng phần lớn chưa có hệ thống lưu trữ, khiến một phần sản lượng phải cắt giảm vào giờ cao điểm nắng. Quy hoạch điện VIII đặt mục tiêu phát triển khoảng 10.000 MW nguồn lưu trữ vào năm 2030.</p>
<p>Một số chuyên gia năng lượng cho rằng thị trường pin lưu trữ trong nước có tiềm năng lớn nhưng vẫn phụ thuộc vào cơ chế giá điện. Theo ông Phạm Quốc Bảo, chuyên gia tư vấn năng lượng tại TP.HCM, doanh nghiệp chỉ thực sự mạnh tay đầu tư vào lưu trữ khi có khung giá rõ ràng cho điện được xả vào giờ cao điểm. ⟦“Công nghệ đã sẵn sàng, vấn đề còn lại là chính sách,”⟧ ông Bảo nhận định.</p>
<p>Ngoài nhà máy tại Bình Dương, Năng lượng Phương Nam cho biết đang nghiên cứu đầu tư một trung tâm nghiên cứu và phát triển về pin tại TP.HCM, hợp tác với một số trường đại học kỹ thuật. Công ty cũng dự kiến phát hành thêm cổ phiếu trong năm nay để huy động vốn cho dự án, với kế hoạch sẽ được trình đại hội đồng cổ đông thường niên vào tháng 4.</p>
<p>Tại lễ khởi công, doanh nghiệp cũng trao tặng 500 triệu đồng cho quỹ khuyến học của tỉnh. ⟦Dự kiến công trình sẽ hoàn thành phần xây dựng trong 14 tháng.⟧</p>""",
    kind="news", sure=False, why="company report close to a press release; still reported",
))
