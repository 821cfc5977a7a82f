"""Indonesian: a detik-style portal (KabarKini: "Nama - kabarkiniNews", "Senin, 07 Des 2026 14:05 WIB", Baca juga tables,
scroll-to-continue ads) and a Kompas-style one (Warta Nusantara: "Penulis … | Editor …", "07/12/2026, 14:05 WIB",
<strong>Baca juga:</strong>, Sumber line); ANTARA copy, an Analisis written as reporting, a WITA date with no metadata,
a Kolom with the writer's note, a Tajuk Rencana by Tim Redaksi, an advertorial, a how-to list."""

PAGES = []

DT_NAV = [("News", ["Berita", "Jabodetabek", "Daerah", "Internasional", "Hukum", "Politik"]), ("Opini & Kolom", ["Kolom", "Tajuk Rencana", "Surat Pembaca"]),
          ("Finance", ["Ekonomi Bisnis", "Bursa & Valas", "Properti"]), ("Sport", ["Sepakbola", "MotoGP", "Bulutangkis"]), ("Hot", ["Celeb", "Musik"]),
          ("Inet", ["Gadget", "Tips"]), ("Travel", []), ("Food", ["Resep", "Kuliner"]), ("Health", []), ("Foto", []), ("Video", []), ("Regional", ["Jateng", "Jatim", "Bali", "Sumut", "Sulsel"])]
DT_NET = ["kabarkiniNews", "kabarkiniFinance", "kabarkiniSport", "kabarkiniHot", "kabarkiniTravel", "kabarkiniBali", "20Menit"]
DT_FOOT = ["Redaksi", "Pedoman Media Siber", "Karir", "Kotak Pos", "Info Iklan", "Privacy Policy", "Disclaimer"]
DT_RANK = ["Daftar Lengkap UMP 2027 di 38 Provinsi", "Jadwal KRL Terbaru Mulai 1 Desember", "Timnas Indonesia Lolos ke Semifinal Piala AFF",
           "Harga Emas Antam Hari Ini Naik Rp 12.000", "Ramalan Cuaca BMKG Besok: Hujan Lebat di 20 Provinsi"]
DT_OP = [("Ujian Nasional dan Nostalgia yang Keliru", "Hendra Gunawan"), ("Kota yang Ramah bagi Pejalan Kaki", "Laras Wibisono"),
         ("Tajuk: Harga Beras dan Janji yang Tertunda", "Tajuk Rencana")]

SD = dict(domain="news.kabarkini.example", site="kabarkiniNews", nav=DT_NAV, network=DT_NET, footer_nav=DT_FOOT, rank=DT_RANK,
          rank_counts=["51.208", "38.911", "30.442", "22.815", "19.007"], oprail=DT_OP, oprail_label="Opini & Kolom", lang="id", skin="id_detik",
          footer_info="Gedung KabarKini, Jl. Warung Buncit Raya No. 99, Jakarta Selatan", footer="Copyright @ 2026 KabarKini. All rights reserved",
          privacy_label="Kebijakan Privasi")

KC_NAV = [("Nasional", ["Politik", "Hukum", "Pendidikan"]), ("Megapolitan", []), ("Regional", ["Jawa Barat", "Jawa Timur", "Sumatera", "Kalimantan"]),
          ("Global", []), ("Opini", ["Kolom", "Tajuk Rencana", "Analisis"]), ("Money", ["Ekonomi", "Keuangan", "Energi", "UMKM"]), ("Tekno", []),
          ("Otomotif", []), ("Bola", []), ("Lifestyle", ["Kesehatan", "Parenting", "Wisata"]), ("Sains", []), ("Cek Fakta", [])]
KC_FOOT = ["Tentang Kami", "Pedoman Media Siber", "Kode Etik", "Kebijakan Data Pribadi", "Kontak", "Karir"]
KC_RANK = ["Pemerintah Tetapkan Cuti Bersama Natal dan Tahun Baru", "Cara Cek Penerima Bansos Desember 2026", "Gempa M 5,6 Guncang Sukabumi",
           "Rupiah Ditutup Melemah ke Level 16.900", "Kapan Pengumuman Seleksi PPPK Tahap 2?"]
KC_OP = [("Ketika Sekolah Menjadi Pabrik Nilai", "Kolom — Yusuf Maulana"), ("Tajuk Rencana: Transisi Energi yang Setengah Hati", "Tajuk Rencana"),
         ("Demokrasi di Era Algoritma", "Kolom — Dr. Sinta Hapsari")]

SK = dict(domain="www.wartanusantara.example", site="Warta Nusantara", nav=KC_NAV, footer_nav=KC_FOOT, rank=KC_RANK, oprail=KC_OP,
          oprail_label="Kolom & Opini", lang="id", skin="id_kompas", cookie=True, privacy_label="Kebijakan Data Pribadi",
          trending=["BanjirJakarta", "UMP2027", "PialaAFF", "HargaBeras"],
          footer_info="PT Warta Nusantara Digital, Jl. Palmerah Selatan No. 21, Jakarta", footer="Copyright 2008 - 2026 PT Warta Nusantara Digital. All Rights Reserved.")

# ---------------------------------------------------------------- news: flooding, "Jakarta -" dateline, Baca juga tables, page 1 of 2
PAGES.append(dict(SD,
    case="id-news-detik-banjir", secpath="berita", url="https://news.kabarkini.example/berita/d-7712054/banjir-rendam-38-rt-di-jakarta-timur-ratusan-warga-mengungsi",
    h1="Banjir Rendam 38 RT di Jakarta Timur, Ratusan Warga Mengungsi",
    crumbs=["kabarkiniNews", "Berita"], authors=["Rizky Pratama"], byline_text="Rizky Pratama - kabarkiniNews",
    byline_html='<a href="/author/rizky-pratama">Rizky Pratama</a> - kabarkiniNews', ld_authors=["Rizky Pratama"], ld_type="NewsArticle",
    pub="2026-12-07T14:05:00+07:00", date="Senin, 07 Des 2026 14:05 WIB",
    ticker=["Pintu Air Manggarai Siaga 2", "Jalan Tol Jagorawi Tergenang di KM 14"], widget="IHSG 7.412,35 (+0,42%) | USD/IDR 16.845",
    hero="Warga melintasi banjir di kawasan Kampung Melayu, Jakarta Timur, Senin (7/12/2026). (Foto: Rizky Pratama/kabarkini)",
    pager='Halaman <a class="active" href="?page=1">1</a> <a href="?page=2">2</a> <a class="next" href="?page=2">Selanjutnya</a>',
    tags=["banjir jakarta", "jakarta timur", "pengungsi", "bpbd dki"], next="⟪Proyek Sodetan Ciliwung Kembali Dikaji Ulang⟫",
    related=["Daftar Wilayah Jakarta yang Terendam Banjir Hari Ini", ("Kolom", "⟪Banjir Jakarta Bukan Takdir⟫"), "Cara Lapor Banjir lewat Aplikasi JAKI"],
    comments=[("warga_kp_melayu", "1 jam lalu", "⟪Tiap tahun sama aja, normalisasi kali kapan selesainya?⟫", "128")], comment_count=64,
    body="""Jakarta - ⟦Banjir merendam 38 rukun tetangga (RT) di Jakarta Timur setelah hujan deras mengguyur Jakarta dan Bogor sejak Minggu malam.⟧ Ketinggian air di sejumlah titik mencapai 1,5 meter.

Kepala Pelaksana BPBD DKI Jakarta, Agus Setiawan, mengatakan wilayah terdampak paling parah berada di Kelurahan Kampung Melayu, Bidara Cina, dan Cawang. ⟦Ketiganya berada di bantaran Sungai Ciliwung yang meluap sejak dini hari.⟧

[[ALSO|⟪Pintu Air Manggarai Siaga 2, Warga Bantaran Diminta Waspada⟫]]

"Saat ini ada 412 warga yang mengungsi di lima lokasi, termasuk masjid dan sekolah. Kebutuhan mendesak adalah makanan siap saji, selimut, dan popok bayi," kata Agus kepada wartawan, Senin (7/12/2026).

[[SPLIT]]

Menurut Agus, petugas gabungan telah mengerahkan 24 perahu karet untuk mengevakuasi warga lanjut usia dan anak-anak. Dinas Sumber Daya Air juga menyiagakan pompa mobile di titik-titik genangan. ⟦Listrik di permukiman yang terendam dipadamkan sementara demi keselamatan warga.⟧

Sementara itu, salah seorang warga Kampung Melayu, Sumiati (54), mengaku sudah tiga kali mengungsi tahun ini. Ia hanya sempat menyelamatkan surat-surat penting sebelum air masuk ke rumahnya.

[[ALSO|⟪BMKG: Hujan Lebat Masih Berpotensi Guyur Jabodetabek Sepekan ke Depan⟫]]

Berdasarkan data Pos Pantau Katulampa, tinggi muka air sempat mencapai 180 sentimeter atau status Siaga 2 pada Minggu pukul 23.00 WIB. ⟦Air kiriman dari Bogor biasanya tiba di Jakarta dalam waktu sekitar sembilan jam.⟧

BPBD mengimbau warga di bantaran sungai untuk terus memantau informasi resmi dan segera mengungsi bila diminta petugas. ⟦Warga juga dapat melaporkan genangan melalui nomor darurat 112.⟧

[[SIGN|(rzp/dnu)]]

[[VIDEO|⟪Simak Video: Detik-detik Evakuasi Lansia di Kampung Melayu⟫]]""",
    kind="news", why="local flood report with officials' quotes",
))

# ---------------------------------------------------------------- news: ANTARA copy on the Kompas-style site (Penulis: Antara → null)
PAGES.append(dict(SK,
    case="id-news-kompas-antara", secpath="sains", url="https://www.wartanusantara.example/sains/read/2026/11/26/09410061/bmkg-prediksi-puncak-musim-hujan-terjadi-januari-2027",
    h1="BMKG Prediksi Puncak Musim Hujan Terjadi Januari 2027",
    crumbs=["Sains", "Fenomena"], authors=None, byline_text="Penulis Antara | Editor Sari Dewi",
    byline_html='Penulis <a href="/tag/antara">Antara</a> | Editor <a href="/author/sari-dewi">Sari Dewi</a>',
    ld_authors=["org:ANTARA"], ld_type="NewsArticle", pub="2026-11-26T09:41:00+07:00", date="26/11/2026, 09:41 WIB",
    tags=["BMKG", "musim hujan", "cuaca ekstrem"],
    related=["⟪Daftar Daerah Rawan Banjir Menurut BMKG⟫", ("Kolom", "Mitigasi Bencana Dimulai dari Sekolah"), "Apa Itu La Nina dan Dampaknya?"],
    body="""Jakarta (ANTARA) - ⟦Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memprediksi puncak musim hujan 2026/2027 di sebagian besar wilayah Indonesia⟧ akan terjadi pada Januari hingga Februari 2027.

Deputi Bidang Klimatologi BMKG, Rahmat Hidayat Lubis, di Jakarta, Kamis, mengatakan sekitar 58 persen zona musim di Indonesia telah memasuki musim hujan hingga akhir November. ⟦Sisanya diperkirakan menyusul secara bertahap hingga pertengahan Desember.⟧

"Masyarakat perlu mewaspadai potensi cuaca ekstrem seperti hujan lebat disertai angin kencang, terutama pada masa peralihan," ujarnya.

[[ALSO|⟪Cuaca Ekstrem, Warga Diminta Pangkas Pohon Rawan Tumbang⟫]]

Menurut dia, sifat hujan pada musim ini diperkirakan normal hingga di atas normal di sebagian besar Sumatera, Jawa, Bali, dan Nusa Tenggara. Di sejumlah daerah di Jawa bagian selatan, curah hujan bulanan bahkan diperkirakan bisa melampaui 500 milimeter. Kondisi itu dipengaruhi oleh suhu muka laut yang hangat di perairan Indonesia serta fenomena La Nina lemah yang diperkirakan bertahan hingga awal tahun depan.

[[AD]]

BMKG meminta pemerintah daerah menyiapkan langkah mitigasi, antara lain membersihkan saluran drainase, memeriksa kesiapan pompa air, serta memperbarui peta rawan banjir dan longsor. ⟦Petani juga diimbau menyesuaikan jadwal tanam dengan informasi prakiraan musim.⟧

Rahmat menambahkan, BMKG akan memperbarui prakiraan cuaca harian dan peringatan dini melalui aplikasi dan media sosial resmi. ⟦Masyarakat diminta tidak mudah percaya pada informasi cuaca yang tidak jelas sumbernya.⟧

[[SIGN|⟪Sumber: ANTARA⟫]]

[[APP|⟪Dapatkan update berita pilihan dan breaking news setiap hari dari Warta Nusantara. Gabung ke WhatsApp Channel kami.⟫]]""",
    kind="news", why="agency report of weather agency forecast",
))

# ---------------------------------------------------------------- news: "Analisis" written as reporting (evaluative words), unsure
PAGES.append(dict(SK,
    case="id-news-kompas-rupiah", secpath="money", url="https://www.wartanusantara.example/money/read/2026/10/20/18300021/analisis-mengapa-rupiah-terus-melemah-dan-sampai-kapan",
    h1="ANALISIS: Mengapa Rupiah Terus Melemah dan Sampai Kapan?",
    label="Analisis", crumbs=["Money", "Ekonomi"], authors=["Dimas Wahyu"], byline_text="Penulis Dimas Wahyu | Editor Ratna Sari",
    byline_html='Penulis <a href="/author/dimas-wahyu">Dimas Wahyu</a> | Editor <a href="/author/ratna-sari">Ratna Sari</a>', meta="og",
    meta_section="Money", pub="2026-10-20T18:30:00+07:00", date="20/10/2026, 18:30 WIB",
    tags=["rupiah", "Bank Indonesia", "nilai tukar", "analisis"],
    related=["⟪Harga Barang Impor Mulai Naik Akibat Rupiah Melemah⟫", ("Kolom", "Rupiah dan Ilusi Kemandirian Ekonomi")],
    comments=[("Budi_Santoso", "2 jam lalu", "⟪Analisisnya jelas, tapi tetap saja harga susu anak naik terus.⟫", "45")],
    body="""⟦Nilai tukar rupiah kembali ditutup melemah ke level Rp 16.905 per dollar AS pada perdagangan Selasa (20/10/2026),⟧ terendah dalam enam bulan terakhir. Sejak awal Oktober, rupiah sudah terdepresiasi sekitar 2,8 persen.

Pelemahan ini terjadi bersamaan dengan kembali menguatnya dollar AS setelah bank sentral Amerika Serikat memberi sinyal akan menahan suku bunga tinggi lebih lama. Kondisi tersebut mendorong investor asing menarik dana dari pasar negara berkembang, termasuk Indonesia.

[[PHOTO|⟪Petugas menghitung uang dollar AS di gerai penukaran valuta asing di Jakarta. (Foto: Arif Budiman/wartanusantara)⟫]]

[[H|Tekanan dari luar dan dalam]]

Data Bank Indonesia menunjukkan, investor asing mencatat jual neto Rp 9,4 triliun di pasar Surat Berharga Negara dalam tiga pekan terakhir. ⟦Di sisi lain, kebutuhan dollar korporasi untuk membayar utang dan dividen meningkat menjelang akhir tahun.⟧

Ekonom Universitas Indonesia, Fitri Anggraini, menilai faktor domestik juga berperan. "Defisit transaksi berjalan melebar karena harga batu bara dan CPO turun, sementara impor tetap tinggi. Ini membuat rupiah lebih rentan," ujarnya.

[[ALSO|⟪Bank Indonesia Pertahankan Suku Bunga Acuan 5,75 Persen⟫]]

[[SPLIT]]

[[H|Ruang intervensi BI]]

Bank Indonesia menyatakan terus berada di pasar untuk menjaga stabilitas. Cadangan devisa akhir September tercatat 148 miliar dollar AS, ⟦cukup untuk membiayai sekitar enam bulan impor.⟧ Namun, sejumlah analis memperkirakan BI tidak akan menghabiskan cadangan untuk menahan rupiah di level tertentu.

Kepala Ekonom sebuah bank swasta, Andreas Siregar, memperkirakan rupiah masih akan bergerak di kisaran Rp 16.700-17.000 per dollar AS hingga akhir tahun. Menurut dia, tekanan baru akan mereda bila inflasi AS turun dan arah kebijakan suku bunga global lebih jelas.

Bagi masyarakat, dampak pelemahan rupiah mulai terasa pada harga barang impor seperti gadget, obat-obatan, dan susu formula. ⟦Pelaku usaha yang bergantung pada bahan baku impor pun mulai menghitung ulang harga jual.⟧""",
    kind="news", sure=False, why="analysis written as reporting with sourced quotes",
))

# ---------------------------------------------------------------- news: Bali, WITA date, no date metadata at all
PAGES.append(dict(SD,
    case="id-news-detik-sampahbali", domain="bali.kabarkini.example", site="kabarkiniBali", secpath="bali",
    url="https://bali.kabarkini.example/bali/d-7690118/tpa-suwung-ditutup-desember-denpasar-siapkan-tps3r-di-43-desa",
    h1="TPA Suwung Ditutup Desember, Denpasar Siapkan TPS3R di 43 Desa",
    crumbs=["kabarkiniBali", "Berita"], authors=["Ni Kadek Ayu Lestari"], byline_text="Ni Kadek Ayu Lestari - kabarkiniBali",
    byline_html='<a href="/author/kadek-ayu">Ni Kadek Ayu Lestari</a> - kabarkiniBali', meta="og", meta_pub=False,
    pub="2026-11-19T10:12:00+08:00", date="Kamis, 19 Nov 2026 10:12 WITA",
    ticker=["Turis Asing Wajib Bayar Pungutan Rp 150 Ribu", "Jalan Bypass Ngurah Rai Macet Parah"],
    tags=["sampah", "tpa suwung", "denpasar", "bali"], next="⟪Pantai Kuta Dipenuhi Sampah Kiriman Jelang Musim Hujan⟫",
    related=["Wisatawan Diminta Bawa Tumbler Sendiri", ("Kolom", "⟪Bali Tidak Bisa Terus Membuang Masalahnya ke Bukit⟫")],
    comments=[("made_dps", "3 jam lalu", "⟪Semoga TPS3R benar-benar jalan, jangan cuma bangunannya.⟫", "37")],
    body="""Denpasar - ⟦Pemerintah Kota Denpasar menyiapkan tempat pengolahan sampah reduce, reuse, recycle (TPS3R) di 43 desa dan kelurahan⟧ menjelang penutupan Tempat Pemrosesan Akhir (TPA) Suwung untuk sampah organik pada akhir Desember 2026.

Kepala Dinas Lingkungan Hidup dan Kebersihan Denpasar, I Wayan Suarjana, mengatakan saat ini baru 27 TPS3R yang beroperasi penuh. ⟦Sisanya ditargetkan rampung sebelum pertengahan Desember.⟧

[[ALSO|⟪Warga Denpasar Wajib Pilah Sampah dari Rumah Mulai Januari⟫]]

"Sampah organik tidak boleh lagi dibuang ke Suwung. Semua harus selesai di desa, diolah menjadi kompos atau pakan maggot," kata Suarjana saat ditemui di kantornya, Kamis (19/11/2026).

[[AD]]

Menurut data Dinas Lingkungan Hidup, Denpasar menghasilkan sekitar 1.000 ton sampah per hari. ⟦Sekitar 60 persen di antaranya merupakan sampah organik dari rumah tangga, pasar, dan hotel.⟧ Selama ini, sebagian besar sampah tersebut diangkut ke TPA Suwung yang kapasitasnya sudah lama terlampaui.

Pemkot juga meminta pengelola hotel dan restoran mengolah sendiri sampah organiknya. Usaha yang tidak patuh terancam sanksi administratif hingga pencabutan izin.

Sejumlah kepala lingkungan mengaku masih kekurangan petugas dan mesin pencacah. Bendesa adat di Sesetan, I Made Artana, berharap pemerintah memberi pendampingan agar warga terbiasa memilah sampah sejak dari rumah.

⟦Penutupan TPA Suwung merupakan bagian dari rencana pemerintah provinsi menata ulang kawasan tersebut⟧ menjadi ruang terbuka hijau.

[[SIGN|(nor/hsa)]]""",
    kind="news", why="local government report on waste management",
))

# ---------------------------------------------------------------- opinion: Kolom, marked (label, crumbs, writer note, disclaimer, OpinionNewsArticle)
PAGES.append(dict(SK,
    case="id-opinion-kompas-bahasadaerah", secpath="opini", url="https://www.wartanusantara.example/opini/read/2026/12/01/07000051/menyelamatkan-bahasa-daerah-dari-ruang-kelas",
    h1="Menyelamatkan Bahasa Daerah dari Ruang Kelas",
    label="KOLOM", crumbs=["Opini", "Kolom"], authors=["Yusuf Maulana"], byline_text="Penulis Yusuf Maulana | Editor Ratna Sari",
    byline_html='Penulis <a href="/author/yusuf-maulana">Yusuf Maulana</a> | Editor <a href="/author/ratna-sari">Ratna Sari</a>',
    ld_authors=["Yusuf Maulana"], ld_type="OpinionNewsArticle", ld_section="Opini", pub="2026-12-01T07:00:00+07:00", date="01/12/2026, 07:00 WIB",
    statement="⟪Artikel ini merupakan opini pribadi penulis dan tidak mencerminkan pandangan redaksi Warta Nusantara.⟫",
    tags=["bahasa daerah", "pendidikan", "kurikulum"],
    related=["Kemendikbud Siapkan Modul Bahasa Daerah untuk 12 Provinsi", "⟪Bahasa Ibu Terancam Punah, Ini Datanya⟫"],
    body="""⟦Di kampung saya di Banyumas, anak-anak kini lebih fasih menirukan logat YouTuber Jakarta⟧ daripada berbicara ngapak dengan kakek-nenek mereka. Pemandangan ini tidak unik. Di banyak daerah, bahasa ibu perlahan menjadi bahasa orang tua saja.

Pemerintah sebenarnya sudah memasukkan muatan lokal bahasa daerah ke dalam kurikulum. Namun, saya berpendapat ⟦cara bahasa daerah diajarkan di sekolah justru ikut mempercepat anak-anak meninggalkannya.⟧

[[H|Hafalan yang membosankan]]

Pelajaran bahasa daerah di banyak sekolah masih berkutat pada hafalan aksara, tingkat tutur, dan tembang yang tidak pernah dipakai anak dalam kehidupan sehari-hari. Nilai rapor menjadi tujuan, bukan kemampuan bercakap. Akibatnya, bahasa daerah dikenang sebagai mata pelajaran yang sulit, bukan bahasa yang hidup.

[[ALSO|⟪Aksara Jawa Kini Bisa Diketik di Ponsel⟫]]

[[AD]]

Saya mengusulkan tiga perubahan sederhana. Pertama, jadikan bahasa daerah bahasa pengantar untuk kegiatan di luar kelas seperti pramuka dan olahraga. Kedua, ⟦beri ruang bagi guru untuk memakai cerita rakyat, lagu, dan konten digital berbahasa daerah⟧ yang dibuat oleh anak muda setempat. Ketiga, libatkan orang tua dan tokoh adat sebagai narasumber, bukan sekadar penonton acara tahunan.

Bahasa tidak mati karena dilarang, tetapi karena tidak lagi dibutuhkan. Tugas kita adalah membuat anak merasa bahasa daerah berguna: untuk bercanda, bercerita, dan merasa dekat dengan asal-usulnya.

⟦Jika sekolah bisa membuat anak jatuh cinta pada bahasa ibunya, separuh pekerjaan pelestarian sudah selesai.⟧

[[NOTE|⟪Yusuf Maulana adalah dosen Pendidikan Bahasa di sebuah universitas di Purwokerto dan pegiat literasi.⟫]]""",
    kind="opinion", why="signed Kolom arguing for changing how local languages are taught",
))

# ---------------------------------------------------------------- opinion: Tajuk Rencana by Tim Redaksi (null), JSON-LD organisation
PAGES.append(dict(SD,
    case="id-opinion-detik-tajuk", secpath="kolom", url="https://news.kabarkini.example/kolom/d-7714420/tajuk-rencana-jakarta-butuh-rencana-banjir-bukan-ritual-tahunan",
    h1="Tajuk Rencana: Jakarta Butuh Rencana Banjir, Bukan Ritual Tahunan",
    label="TAJUK RENCANA", crumbs=["kabarkiniNews", "Opini & Kolom", "Tajuk Rencana"], authors=None, byline_text="Tim Redaksi - kabarkiniNews",
    byline_html="Tim Redaksi - kabarkiniNews", ld_authors=["org:Tim Redaksi kabarkiniNews"], ld_type="OpinionNewsArticle", ld_section="Tajuk Rencana",
    pub="2026-12-09T06:00:00+07:00", date="Rabu, 09 Des 2026 06:00 WIB",
    ticker=["Gubernur Tinjau Tanggul Kali Sunter"], tags=["tajuk rencana", "banjir", "jakarta"], next="⟪Kolom: Kota Spons, Mimpi atau Keharusan?⟫",
    related=["Banjir Rendam 38 RT di Jakarta Timur, Ratusan Warga Mengungsi", "⟪DPRD Minta Anggaran Normalisasi Ditambah⟫"],
    comments=[("opa_jakarta", "30 menit lalu", "⟪Setuju, jangan tiap musim hujan cuma bagi-bagi perahu karet.⟫", "211")],
    body="""⟦Setiap musim hujan, Jakarta memainkan lakon yang sama.⟧ Sungai meluap, warga bantaran mengungsi, pejabat meninjau lokasi dengan sepatu bot, lalu bantuan dibagikan. Begitu air surut, perhatian pun ikut surut sampai tahun berikutnya.

Banjir pekan ini di Jakarta Timur, yang merendam puluhan RT dan memaksa ratusan warga mengungsi, semestinya menjadi pengingat bahwa ⟦pola reaktif seperti ini tidak bisa dipertahankan.⟧ Curah hujan ekstrem akan makin sering, sementara permukaan tanah di utara Jakarta terus turun.

[[AD]]

Kami berpandangan pemerintah provinsi perlu berhenti memperlakukan banjir sebagai urusan darurat. Yang dibutuhkan adalah rencana jangka panjang yang terbuka, lengkap dengan target tahunan dan anggaran yang bisa diawasi publik.

[[LIST|⟦Penyelesaian normalisasi dan naturalisasi sungai harus dijadwalkan jelas, per kilometer, per tahun.⟧|Izin pembangunan di daerah resapan wajib ditinjau ulang, termasuk milik pengembang besar.|Pengambilan air tanah oleh gedung-gedung harus dihentikan bertahap demi menahan penurunan tanah.]]

[[ALSO|⟪Berapa Anggaran Banjir Jakarta dalam Lima Tahun Terakhir?⟫]]

Warga yang terus menjadi korban juga berhak dilibatkan. ⟦Relokasi tanpa dialog hanya akan memindahkan masalah,⟧ bukan menyelesaikannya. Kampung-kampung di bantaran punya pengetahuan sendiri tentang air yang layak didengar.

Jakarta tidak kekurangan kajian; yang kurang adalah kemauan untuk melaksanakannya secara konsisten lintas pergantian pemimpin. ⟦Sudah saatnya banjir tidak lagi menjadi ritual tahunan yang kita terima begitu saja.⟧""",
    kind="opinion", why="unsigned editorial arguing for long-term flood planning",
))

# ---------------------------------------------------------------- other: advertorial / sponsored content
PAGES.append(dict(SK,
    case="id-other-kompas-advertorial", secpath="money", url="https://www.wartanusantara.example/money/read/2026/11/11/10150071/menabung-emas-lewat-aplikasi-kini-bisa-mulai-dari-rp-10000",
    h1="Menabung Emas lewat Aplikasi Kini Bisa Mulai dari Rp 10.000",
    label="ADVERTORIAL", crumbs=["Money", "Konten Kerja Sama"], authors=None, byline_text="Penulis Advertorial | Editor Tim Konten",
    byline_html="Penulis Advertorial | Editor Tim Konten", meta="og", meta_section="Konten Kerja Sama",
    pub="2026-11-11T10:15:00+07:00", date="11/11/2026, 10:15 WIB",
    statement="⟪Artikel ini merupakan kerja sama Warta Nusantara dengan Bank Sentosa Digital.⟫",
    tags=["tabungan emas", "investasi", "Bank Sentosa Digital"],
    related=["⟪Tips Memilih Instrumen Investasi untuk Pemula⟫", ("Kolom", "Literasi Keuangan Masih Tertinggal")],
    body="""⟦Menabung emas kini tidak lagi harus datang ke toko perhiasan atau kantor pegadaian.⟧ Melalui fitur Tabungan Emas di aplikasi Sentosa Mobile, nasabah dapat membeli emas mulai dari Rp 10.000 kapan saja dan di mana saja.

Emas yang dibeli disimpan secara aman oleh mitra resmi yang diawasi Otoritas Jasa Keuangan (OJK). ⟦Saldo emas dapat dipantau secara real time⟧ melalui aplikasi dan dapat dicetak menjadi emas batangan mulai dari 1 gram ketika jumlahnya sudah mencukupi.

[[ALSO|⟪Cara Aman Berinvestasi Emas Digital untuk Pemula⟫]]

[[H|Keunggulan Tabungan Emas Sentosa]]

[[LIST|⟦Pembelian mulai Rp 10.000 tanpa biaya administrasi bulanan.⟧|Harga jual dan beli transparan, diperbarui setiap hari.|Fitur autodebet untuk menabung rutin setiap tanggal gajian.|Bisa ditukar ke emas fisik dan dikirim ke alamat nasabah.]]

[[AD]]

Direktur Bisnis Ritel Bank Sentosa Digital, Melinda Kusuma, mengatakan fitur ini dirancang untuk generasi muda yang ingin mulai berinvestasi dengan modal kecil. "Kami ingin menabung emas semudah membeli kopi. Nasabah tidak perlu lagi menunggu punya uang banyak untuk mulai berinvestasi," ujarnya.

Selama periode promo 11 November hingga 31 Desember 2026, nasabah baru yang melakukan pembelian pertama minimal Rp 100.000 akan mendapatkan bonus saldo emas senilai Rp 25.000. ⟦Promo berlaku untuk 10.000 nasabah pertama.⟧

[[H|Cara mulai menabung emas]]

[[OL|Unduh aplikasi Sentosa Mobile di Play Store atau App Store.|Pilih menu Tabungan Emas, lalu lengkapi data diri.|Tentukan nominal pembelian dan selesaikan pembayaran.]]

⟦Informasi lebih lanjut dapat diperoleh melalui situs resmi atau layanan pelanggan Bank Sentosa Digital.⟧

[[APP|⟪Simak berita ekonomi pilihan langsung di ponselmu lewat WhatsApp Channel Warta Nusantara.⟫]]""",
    kind="other", why="sponsored content promoting a bank product",
))

# ---------------------------------------------------------------- other: how-to list (SIM renewal)
PAGES.append(dict(SD,
    case="id-other-detik-caraperpanjangsim", meta="og", domain="oto.kabarkini.example", site="kabarkiniOto", secpath="berita",
    url="https://oto.kabarkini.example/berita/d-7640035/5-langkah-perpanjang-sim-online-lewat-aplikasi-tanpa-antre",
    h1="5 Langkah Perpanjang SIM Online lewat Aplikasi, Tanpa Antre",
    crumbs=["kabarkiniOto", "Tips"], authors=["Fajar Nugroho"], byline_text="Fajar Nugroho - kabarkiniOto",
    byline_html='<a href="/author/fajar-nugroho">Fajar Nugroho</a> - kabarkiniOto', ld_authors=["Fajar Nugroho"], ld_type="Article",
    pub="2026-10-06T11:20:00+07:00", date="Selasa, 06 Okt 2026 11:20 WIB",
    ticker=["Tarif Tol Trans Jawa Naik Mulai Besok"], tags=["sim online", "perpanjang sim", "tips"], next="⟪Denda Tilang Elektronik Terbaru, Cek di Sini⟫",
    related=["⟪Biaya Perpanjang SIM A dan C Terbaru⟫", ("Kolom", "⟪Mengapa Ujian SIM Harus Tetap Sulit⟫")],
    body="""⟦Masa berlaku SIM Anda akan segera habis tetapi tidak sempat antre di Satpas?⟧ Kini perpanjangan SIM A dan SIM C bisa dilakukan secara online melalui aplikasi resmi Korlantas Polri, tanpa harus datang ke kantor polisi kecuali untuk mengambil kartu fisik bila memilih opsi itu.

Perlu diingat, layanan online hanya berlaku untuk SIM yang masih aktif atau belum lewat masa berlakunya. ⟦SIM yang sudah mati harus diurus dengan membuat SIM baru.⟧ Berikut langkah-langkahnya.

[[ALSO|⟪Syarat Membuat SIM Baru, Termasuk Tes Psikologi⟫]]

[[H|1. Unduh aplikasi dan buat akun]]

Unduh aplikasi dari Play Store atau App Store, lalu daftar menggunakan NIK, nomor ponsel, dan alamat email yang aktif. ⟦Pastikan data sesuai dengan KTP elektronik Anda.⟧

[[H|2. Isi formulir perpanjangan]]

Pilih menu perpanjangan SIM, masukkan nomor SIM lama, dan unggah foto tanda tangan. Sistem akan menampilkan data SIM yang terdaftar.

[[AD]]

[[H|3. Tes kesehatan dan psikologi online]]

Anda wajib mengikuti tes kesehatan dan tes psikologi melalui mitra yang tercantum di aplikasi. Biaya tes dibayar terpisah, masing-masing sekitar Rp 25.000 sampai Rp 37.500.

[[H|4. Lakukan pembayaran]]

Bayar PNBP perpanjangan, yaitu Rp 80.000 untuk SIM A dan Rp 75.000 untuk SIM C, ditambah biaya pengiriman jika ingin kartu dikirim ke rumah. ⟦Pembayaran bisa melalui bank atau dompet digital.⟧

[[H|5. Verifikasi wajah dan tunggu SIM dikirim]]

Setelah verifikasi wajah berhasil, SIM baru akan diproses dan dikirim dalam tiga hingga tujuh hari kerja. ⟦Simpan bukti pendaftaran sampai kartu SIM diterima.⟧

[[SIGN|(fjn/rgr)]]""",
    kind="other", why="step-by-step how-to guide",
))

from common import grow  # noqa: E402

grow(PAGES, {
    "id-news-detik-banjir": [
        "Di Kelurahan Bidara Cina, warga terlihat menaikkan perabotan ke lantai dua dan mengikat sepeda motor di tiang agar tidak hanyut. Sebagian warga memilih bertahan di rumah untuk menjaga barang-barang mereka, meski petugas sudah meminta mereka pindah ke tempat pengungsian.",
    ],
    "id-news-detik-sampahbali": [
        "Di Desa Sanur Kauh, TPS3R yang baru diresmikan bulan lalu sudah mampu mengolah sekitar tiga ton sampah organik per hari. Hasilnya dijual sebagai pupuk kompos kepada petani dan pengelola taman hotel di kawasan Sanur.",
        "Namun, pengelola TPS3R mengaku masih kewalahan karena banyak sampah yang datang dalam keadaan tercampur. Plastik, popok, dan sisa makanan kerap masuk dalam satu kantong sehingga petugas harus memilahnya secara manual.",
    ],
    "id-news-kompas-antara": [
        "Ia juga mengingatkan bahwa sejumlah wilayah di Kalimantan dan Sulawesi bagian tengah berpotensi mengalami hujan dengan intensitas tinggi lebih awal. Pemerintah daerah di wilayah tersebut diminta memantau kondisi sungai dan lereng yang rawan longsor.",
        "Sementara itu, Badan Nasional Penanggulangan Bencana (BNPB) mencatat lebih dari 1.200 kejadian bencana hidrometeorologi sepanjang Januari hingga Oktober 2026. Sebagian besar berupa banjir, tanah longsor, dan cuaca ekstrem.",
    ],
    "id-opinion-detik-tajuk": [
        "Pemerintah pusat juga tidak bisa lepas tangan. Banjir Jakarta tidak berhenti di batas administrasi kota; air datang dari hulu di Bogor dan Depok, sehingga penanganannya memerlukan kerja sama lintas daerah yang selama ini lebih sering berhenti di nota kesepahaman.",
        "Kami juga mendorong agar setiap rupiah anggaran pengendalian banjir dilaporkan secara terbuka, lengkap dengan lokasi proyek dan kemajuannya. Warga berhak tahu ke mana uang pajak mereka mengalir.",
    ],
    "id-opinion-kompas-bahasadaerah": [
        "Saya pernah melihat sebuah sekolah di Banyumas mengadakan lomba membuat video pendek berbahasa ngapak. Hasilnya mengejutkan: siswa yang biasanya pendiam justru paling kreatif, dan video-video itu ditonton ribuan kali oleh warga desa.",
        "Pemerintah daerah pun bisa berperan dengan memberi penghargaan kepada guru yang berhasil menghidupkan bahasa daerah di kelasnya.",
    ],
    "id-other-detik-caraperpanjangsim": [
        "Jika mengalami kendala saat verifikasi wajah, pastikan pencahayaan cukup terang dan wajah tidak tertutup masker atau kacamata. Anda juga dapat menghubungi layanan pengaduan yang tersedia di aplikasi.",
    ],
    "id-other-kompas-advertorial": [
        "Selain tabungan emas, aplikasi Sentosa Mobile juga menyediakan fitur perencanaan keuangan yang membantu nasabah menetapkan target, misalnya dana pendidikan anak atau dana darurat. Nasabah dapat memantau perkembangan target tersebut langsung dari halaman utama aplikasi.",
    ],
    "id-news-kompas-rupiah": [
        "Pemerintah sendiri menyatakan asumsi kurs dalam APBN masih aman. Kementerian Keuangan menyebut setiap pelemahan rupiah justru menambah penerimaan dari sektor migas, meski di sisi lain meningkatkan beban pembayaran bunga utang dalam valuta asing.",
    ],
})
