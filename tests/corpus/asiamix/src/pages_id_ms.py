"""Indonesian and Malay: a detik-style story with "Jakarta - " dateline, Baca Juga inside and a
"Halaman 1 2 Selanjutnya" pager, a homecoming report with "Oleh:", a guest Kolom with a disclaimer,
a Malay toll report and a Malay recipe."""

PAGES = []

ID_NAV = [("News", ["Berita", "Internasional", "Jawa Timur", "Jawa Tengah", "Sumut", "Bali"]), ("Finance", ["Ekonomi Bisnis", "Bursa", "Properti", "Kurs"]),
          ("Sport", ["Sepakbola", "MotoGP", "Bulutangkis"]), ("Hot", ["Seleb", "Musik"]), ("Travel", ["Kuliner", "Destinasi"]), ("Opini", ["Kolom", "Tajuk"]),
          ("Otomotif", ["Mobil", "Motor"]), ("Health", []), ("Foto", []), ("Video", [])]
ID_FOOT = ["Redaksi", "Pedoman Media Siber", "Karir", "Kotak Pos", "Info Iklan", "Privacy Policy", "Disclaimer"]
ID_RANK = ["⟪Jadwal Imsakiyah Jakarta Hari Ini⟫", "Harga Emas Antam Naik Lagi", "Link Cek Bansos PKH Maret 2026", "Timnas Indonesia Umumkan 26 Pemain"]

# ---------------------------------------------------------------- detik-style: "Jakarta - ", Baca juga boxes, page 1 of 2
PAGES.append(dict(
    case="id-news-seaportal-banjir", lang="id", skin="sea_portal", domain="news.kabarkilat.example", site="kabarkilat", secpath="berita",
    url="https://news.kabarkilat.example/berita/d-7823411/banjir-rendam-120-rt-di-jakarta-ribuan-warga-mengungsi",
    h1="Banjir Rendam 120 RT di Jakarta, Ribuan Warga Mengungsi",
    crumbs=["News", "Berita"], authors=["Andi Saputra"], byline_text="Andi Saputra - kabarkilat News",
    byline_html='<a href="/author/andi">Andi Saputra</a> - kabarkilat News', ld_authors=["Andi Saputra"], ld_type="NewsArticle",
    pub="2026-03-05T10:32:00+07:00", date="Kamis, 05 Mar 2026 10:32 WIB", today="Kamis, 05 Maret 2026",
    nav=ID_NAV, ticker=["Gempa M 5,1 Guncang Maluku", "KRL Bogor Normal Kembali"], widget="IHSG 7.214,30 ▲0,45% | Rupiah 15.820/USD",
    hero="⟪Banjir di kawasan Kampung Melayu, Jakarta Timur, Kamis (5/3/2026). (Foto: Rifkianto/kabarkilat)⟫",
    pager='Halaman <span class="active">1</span> <a href="?page=2">2</a> <a class="next" href="?page=2">Selanjutnya</a>',
    tags=["banjir jakarta", "bpbd dki", "cuaca ekstrem"], next="⟪Pintu Air Manggarai Siaga 1⟫",
    related=["⟪Daftar Jalan di Jakarta yang Tergenang Pagi Ini⟫", "BMKG: Hujan Lebat Masih Berpotensi hingga Sabtu"], rank=ID_RANK,
    footer_nav=ID_FOOT, footer="Copyright @ 2026 kabarkilat. All rights reserved",
    body="""<strong>Jakarta</strong> - ⟦Banjir merendam 120 rukun tetangga (RT) di Jakarta setelah hujan deras mengguyur sejak Rabu (4/3) malam.⟧ Ribuan warga terpaksa mengungsi ke masjid, sekolah, dan kantor kelurahan terdekat.

Badan Penanggulangan Bencana Daerah (BPBD) DKI Jakarta mencatat genangan tertinggi terjadi di Kelurahan Kampung Melayu, Jakarta Timur, dengan ketinggian air mencapai 180 sentimeter.

[[REL|⟪Kali Ciliwung Meluap, Warga Bidara Cina Dievakuasi⟫]]

⟦Kepala Pelaksana BPBD DKI Jakarta, Rudi Hartono, mengatakan jumlah pengungsi mencapai 3.412 jiwa pada Kamis pagi.⟧ Sebagian besar berasal dari permukiman di bantaran Kali Ciliwung.

"Kami sudah menyiapkan dapur umum di enam titik dan tim kesehatan untuk memantau kondisi pengungsi, terutama anak-anak dan lansia," kata Rudi kepada wartawan di Jakarta, Kamis (5/3/2026).

[[SPLIT]]

Menurut Rudi, ⟦status Bendung Katulampa di Bogor sempat berada di Siaga 2 pada Rabu malam,⟧ sehingga air kiriman dari hulu ikut memperparah banjir di Jakarta.

[[REL|⟪Cara Cek Tinggi Muka Air Sungai secara Online⟫]]

Selain permukiman, banjir juga menggenangi sejumlah ruas jalan. Beberapa rute TransJakarta dialihkan sementara karena jalur yang dilalui tidak bisa dilewati kendaraan.

⟦BPBD mengimbau warga yang tinggal di bantaran sungai untuk tetap waspada⟧ karena Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperkirakan hujan dengan intensitas sedang hingga lebat masih akan terjadi hingga Sabtu (7/3).

Warga yang membutuhkan bantuan evakuasi dapat menghubungi layanan darurat 112. ⟦Petugas gabungan juga telah menyiagakan perahu karet di sejumlah titik rawan.⟧""",
    kind="news", why="flood report with official figures, paginated",
))

# ---------------------------------------------------------------- homecoming news, "Oleh:" byline, app prompt inside
PAGES.append(dict(
    case="id-news-seaportal-mudik", lang="id", skin="sea_portal", domain="www.suaranusa.example", site="SuaraNusa.com", secpath="nasional",
    url="https://www.suaranusa.example/nasional/2026/03/09/pemerintah-siapkan-mudik-gratis-untuk-100-ribu-pemudik",
    h1="Pemerintah Siapkan Mudik Gratis untuk 100 Ribu Pemudik",
    deck="Pendaftaran dibuka mulai pekan depan melalui aplikasi resmi Kementerian Perhubungan.",
    crumbs=["Nasional", "Transportasi"], authors=["Dewi Lestari"], byline_text="Oleh: Dewi Lestari",
    byline_html="Oleh: Dewi Lestari | Editor: Bambang Sutrisno", meta="og", pub="2026-03-09T13:45:00+07:00",
    date="Senin, 9 Maret 2026 | 13:45 WIB", today="Senin, 9 Maret 2026",
    nav=ID_NAV, ticker=["Harga Cabai Rawit Turun", "Jadwal Sidang Isbat 1 Syawal"],
    statement="⟪Artikel ini telah tayang di SuaraNusa.com. Dilarang mengutip tanpa izin.⟫",
    tags=["mudik lebaran", "mudik gratis", "kemenhub"], next="⟪Tarif Tol Trans Jawa Diskon 20 Persen saat Arus Balik⟫",
    related=["⟪Cara Daftar Mudik Gratis 2026 Lewat Aplikasi⟫", "Puncak Arus Mudik Diprediksi 27 Maret"], rank=ID_RANK,
    footer_nav=ID_FOOT, footer="© 2026 SuaraNusa.com - All Rights Reserved",
    body="""⟦Pemerintah menyiapkan program mudik gratis untuk sekitar 100 ribu pemudik pada Lebaran tahun ini.⟧ Program tersebut menggunakan bus, kereta api, dan kapal laut dengan tujuan berbagai kota di Jawa, Sumatera, dan Kalimantan.

Menteri Perhubungan mengatakan kuota tahun ini naik sekitar 15 persen dibandingkan tahun lalu. ⟦Penambahan kuota diberikan karena minat masyarakat yang terus meningkat.⟧

"Kami ingin mengurangi jumlah pemudik yang menggunakan sepeda motor untuk perjalanan jarak jauh, karena risiko kecelakaannya paling tinggi," ujarnya dalam konferensi pers di Jakarta, Senin (9/3/2026).

[[APP|⟪Download aplikasi SuaraNusa untuk info mudik terkini⟫]]

Pendaftaran akan dibuka mulai 16 Maret melalui aplikasi resmi Kementerian Perhubungan. ⟦Setiap pendaftar wajib mengunggah kartu tanda penduduk dan kartu keluarga.⟧ Satu akun dapat mendaftarkan maksimal empat orang dalam satu keluarga.

Selain bus, pemerintah juga menyediakan angkutan gratis untuk sepeda motor menggunakan kereta api dan kapal. Pemilik motor dapat mengirim kendaraannya dan ikut dalam rangkaian perjalanan yang sama.

[[AD]]

Kementerian Perhubungan memperkirakan jumlah pemudik tahun ini mencapai 146 juta orang. ⟦Puncak arus mudik diprediksi terjadi pada 27 dan 28 Maret 2026.⟧ Masyarakat diimbau untuk berangkat lebih awal agar tidak terjebak kepadatan.

⟦Pemerintah juga meminta perusahaan memberikan fleksibilitas cuti bagi karyawan agar perjalanan mudik dapat tersebar.⟧""",
    kind="news", why="government homecoming programme report with quotes",
))

# ---------------------------------------------------------------- guest column: Kolom, disclaimer, writer note after the text
PAGES.append(dict(
    case="id-opinion-seaportal-kolom", lang="id", skin="sea_portal", domain="news.kabarkilat.example", site="kabarkilat", secpath="kolom",
    url="https://news.kabarkilat.example/kolom/d-7825102/sampah-makanan-dan-meja-makan-kita",
    h1="Sampah Makanan dan Meja Makan Kita",
    label="KOLOM", crumbs=["News", "Kolom"], authors=["Ratna Wulandari"], byline_text="Ratna Wulandari - kabarkilat News",
    byline_html="Ratna Wulandari - kabarkilat News", ld_authors=["Ratna Wulandari"], ld_type="Article",
    pub="2026-03-10T12:15:00+07:00", date="Selasa, 10 Mar 2026 12:15 WIB", today="Selasa, 10 Maret 2026",
    nav=ID_NAV, ticker=["KRL Bogor Normal Kembali"],
    tags=["kolom", "sampah makanan", "ramadan"], next="⟪Kolom: Kota Kita Butuh Lebih Banyak Taman⟫",
    related=["⟪Indonesia Penghasil Sampah Makanan Terbesar di Asia Tenggara?⟫", "Bank Makanan Salurkan 2 Ton Pangan"], rank=ID_RANK,
    comments=[("budi_s", "3 jam lalu", "⟪Setuju, buka puasa bersama di kantor selalu banyak sisa.⟫", "19")],
    footer_nav=ID_FOOT, footer="Copyright @ 2026 kabarkilat. All rights reserved",
    body="""⟦Setiap bulan Ramadan, meja makan kita menjadi lebih penuh dari biasanya.⟧ Kolak, gorengan, es buah, dan aneka lauk tersaji saat berbuka. Namun, setelah azan isya berkumandang, tidak sedikit makanan yang berakhir di tempat sampah.

Data sejumlah lembaga menunjukkan timbulan sampah makanan justru naik selama Ramadan. Ironis, karena bulan puasa seharusnya mengajarkan kita menahan diri. ⟦Menurut saya, persoalan sampah makanan bukan hanya soal kebiasaan pribadi, tetapi juga soal kebijakan.⟧

Pertama, pemerintah daerah perlu mewajibkan hotel, restoran, dan penyelenggara acara besar untuk mencatat dan melaporkan sisa makanan mereka. Apa yang tidak diukur tidak akan pernah diperbaiki.

[[AD]]

Kedua, ⟦aturan tentang donasi makanan perlu diperjelas agar restoran tidak takut menyumbangkan makanan berlebih.⟧ Banyak pengusaha sebenarnya ingin berbagi, tetapi khawatir dimintai tanggung jawab jika terjadi masalah kesehatan.

Ketiga, pengelolaan sampah organik di tingkat rumah tangga perlu didukung dengan fasilitas kompos di setiap kelurahan. Tanpa itu, imbauan untuk memilah sampah hanya akan berhenti di spanduk.

Tentu saja, kita juga bisa mulai dari meja makan sendiri: memasak secukupnya, menyimpan sisa makanan dengan benar, dan tidak lapar mata saat berbelanja takjil. ⟦Ramadan adalah waktu yang tepat untuk memulai kebiasaan itu.⟧

[[NOTE|⟪Ratna Wulandari adalah peneliti kebijakan pangan. Tulisan ini merupakan opini pribadi penulis dan tidak mencerminkan pandangan redaksi.⟫]]""",
    kind="opinion", why="guest column arguing for food-waste rules",
))

MS_NAV = [("Berita", ["Nasional", "Jenayah", "Politik", "Dunia"]), ("Bisnes", ["Korporat", "Pasaran"]), ("Sukan", ["Bola Sepak", "Badminton"]),
          ("Hiburan", ["Selebriti", "Filem"]), ("Gaya Hidup", ["Resipi", "Kesihatan", "Pelancongan"]), ("Rencana", ["Kolumnis", "Minda Pembaca"])]
MS_FOOT = ["Hubungi Kami", "Iklan Bersama Kami", "Dasar Privasi", "Terma Penggunaan"]
MS_RANK = ["⟪Waktu berbuka puasa hari ini⟫", "Harga minyak mingguan diumumkan", "Jalan sesak menjelang cuti panjang", "Keputusan SPM diumumkan bulan depan"]

# ---------------------------------------------------------------- Malay news: "Oleh", date "Mac 5, 2026 @ 10:32am"
PAGES.append(dict(
    case="ms-news-seaportal-tol", lang="ms", skin="sea_portal", domain="www.beritasemasa.example", site="Berita Semasa", secpath="nasional",
    url="https://www.beritasemasa.example/berita/nasional/2026/03/1120458/tol-percuma-dua-hari-sempena-aidilfitri",
    h1="Tol percuma dua hari sempena Aidilfitri",
    crumbs=["Berita", "Nasional"], authors=["Ahmad Faizal Rahman"], byline_text="Oleh Ahmad Faizal Rahman",
    byline_html='Oleh <a href="/penulis/ahmad-faizal">Ahmad Faizal Rahman</a>', ld_authors=["Ahmad Faizal Rahman"], ld_type="NewsArticle",
    pub="2026-03-05T10:32:00+08:00", date="Mac 5, 2026 @ 10:32am", today="Khamis, 5 Mac 2026",
    nav=MS_NAV, ticker=["Amaran ribut petir di 7 negeri"],
    statement="⟪Hak cipta terpelihara. Sebarang pengeluaran semula tanpa kebenaran adalah dilarang.⟫",
    tags=["tol", "Aidilfitri", "lebuh raya"], next="⟪Polis laksana Op Selamat mulai minggu depan⟫",
    related=["⟪Jadual perjalanan tambahan bas ekspres⟫", "Tips memandu jarak jauh ketika berpuasa"], rank=MS_RANK,
    footer_nav=MS_FOOT, footer="© 2026 Berita Semasa. Hak Cipta Terpelihara.",
    body="""<strong>KUALA LUMPUR:</strong> ⟦Kerajaan bersetuju memberi pengecualian tol di semua lebuh raya selama dua hari sempena sambutan Aidilfitri tahun ini.⟧

Menteri Kerja Raya berkata, pengecualian itu akan berkuat kuasa pada 18 dan 19 Mac bagi kenderaan persendirian Kelas 1.

[[REL|⟪Cuti sekolah ditambah sehari sempena Aidilfitri⟫]]

⟦Menurutnya, langkah itu dijangka memberi manfaat kepada kira-kira dua juta pengguna lebuh raya⟧ yang pulang ke kampung halaman untuk menyambut hari raya bersama keluarga.

"Kerajaan akan menanggung kos pampasan kepada syarikat konsesi lebuh raya, yang dianggarkan berjumlah RM38 juta," katanya dalam satu kenyataan hari ini.

Beliau turut menasihati pengguna supaya merancang perjalanan lebih awal dan menggunakan aplikasi trafik untuk mengelakkan kesesakan.

[[AD]]

⟦Lembaga Lebuhraya Malaysia menjangkakan lebih dua juta kenderaan akan menggunakan lebuh raya utama⟧ pada kemuncak perjalanan pulang ke kampung.

Sementara itu, polis akan menempatkan lebih ramai anggota di lokasi tumpuan bagi memastikan kelancaran trafik. ⟦Pengguna juga diingatkan supaya berehat setiap dua jam ketika memandu jarak jauh.⟧""",
    kind="news", why="government toll exemption announcement report",
))

# ---------------------------------------------------------------- Malay recipe: ingredients and steps
PAGES.append(dict(
    case="ms-other-seaportal-resepi", lang="ms", skin="sea_portal", domain="www.beritasemasa.example", site="Berita Semasa", secpath="resipi",
    url="https://www.beritasemasa.example/gaya-hidup/resipi/2026/03/1120871/resipi-bubur-lambuk-kampung",
    h1="Resipi bubur lambuk kampung untuk juadah berbuka",
    crumbs=["Gaya Hidup", "Resipi"], authors=["Nor Aini Hashim"], byline_text="Oleh Nor Aini Hashim",
    byline_html="Oleh Nor Aini Hashim", meta="og", pub="2026-03-06T16:00:00+08:00", date="Mac 6, 2026 @ 4:00pm", today="Jumaat, 6 Mac 2026",
    nav=MS_NAV, ticker=["Amaran ribut petir di 7 negeri"],
    statement="⟪Hak cipta terpelihara. Sebarang pengeluaran semula tanpa kebenaran adalah dilarang.⟫",
    tags=["resipi", "bubur lambuk", "Ramadan"], next="⟪Resipi kuih seri muka lembut⟫",
    related=["⟪5 juadah berbuka mudah dan sihat⟫", "Cara simpan lauk supaya tahan lama"], rank=MS_RANK,
    comments=[("Kak Ton", "2 jam lalu", "⟪Dah cuba semalam, sedap sangat! Anak-anak pun suka.⟫", "8")],
    footer_nav=MS_FOOT, footer="© 2026 Berita Semasa. Hak Cipta Terpelihara.",
    body="""⟦Bubur lambuk antara juadah yang paling ditunggu ketika bulan Ramadan.⟧ Resipi ini diwarisi daripada arwah nenek saya di Terengganu dan boleh dimasak dengan bahan yang mudah didapati.

[[H|Bahan-bahan]]

[[LIST|⟦2 cawan beras, dibasuh⟧|250 gram daging atau ayam, dipotong kecil|1 biji bawang besar, dimayang|3 ulas bawang putih, diketuk|1 batang serai, diketuk|2 sudu besar rempah ratus|⟦1 cawan santan pekat⟧|Garam secukup rasa|Daun sup dan bawang goreng untuk hiasan]]

[[H|Cara-cara]]

[[OL|Tumis bawang besar, bawang putih, serai dan rempah ratus sehingga naik bau.|⟦Masukkan daging dan kacau hingga separuh masak.⟧|Masukkan beras dan kira-kira 10 cawan air. Masak dengan api sederhana sambil dikacau.|Apabila beras kembang dan bubur pekat, masukkan santan dan garam.|⟦Hiaskan dengan daun sup dan bawang goreng sebelum dihidangkan.⟧]]

[[AD]]

Tip: ⟦Jika bubur terlalu pekat, tambahkan sedikit air panas dan kacau rata.⟧ Bubur lambuk lebih sedap dimakan panas-panas bersama ikan masin atau acar timun.""",
    kind="other", why="recipe with ingredients and steps",
))

from common import grow  # noqa: E402

grow(PAGES, {
    "id-news-seaportal-banjir": [
        "Di Kampung Melayu, warga mulai mengungsikan barang-barang berharga sejak tengah malam. Siti Aminah (47), salah satu warga, mengatakan air naik dengan cepat dalam waktu kurang dari dua jam. \"Kami hanya sempat membawa surat-surat penting dan pakaian anak-anak,\" ujarnya di lokasi pengungsian.",
        "Pemerintah Provinsi DKI Jakarta juga mengerahkan 450 pompa stasioner dan 120 pompa bergerak untuk menyedot genangan di sejumlah titik. Petugas Dinas Sumber Daya Air terus memantau ketinggian air di pintu-pintu air utama, termasuk Pintu Air Manggarai dan Karet.",
        "Sementara itu, PLN memadamkan aliran listrik sementara di 85 gardu yang terendam demi keselamatan warga. Listrik akan dinyalakan kembali setelah air surut dan instalasi dinyatakan aman.",
    ],
    "id-news-seaportal-mudik": [
        "Tahun lalu, program mudik gratis diikuti oleh sekitar 87 ribu pemudik. Menurut evaluasi Kementerian Perhubungan, sebagian besar peserta merupakan pekerja sektor informal dan keluarga dengan anak kecil yang sebelumnya terbiasa mudik dengan sepeda motor.",
        "Selain itu, pemerintah akan menyiapkan posko kesehatan dan tempat istirahat di sepanjang jalur mudik utama, terutama di ruas tol Trans Jawa dan jalur lintas Sumatera. Petugas juga akan memeriksa kelaikan bus sebelum berangkat.",
    ],
    "id-opinion-seaportal-kolom": [
        "Negara lain sudah membuktikan bahwa kebijakan semacam ini bekerja. Beberapa kota di Asia mewajibkan pemilahan sampah organik dan memberikan insentif bagi restoran yang bekerja sama dengan bank makanan. Hasilnya, jumlah makanan yang terbuang turun secara signifikan dalam beberapa tahun.",
    ],
    "ms-news-seaportal-tol": [
        "Tahun lalu, pengecualian tol yang sama diberikan selama dua hari dan menyaksikan peningkatan ketara jumlah kenderaan pada waktu malam, apabila ramai pengguna memilih untuk memulakan perjalanan selepas tengah malam bagi menikmati tol percuma.",
        "Sehubungan itu, syarikat konsesi lebuh raya diarahkan membuka semua lorong di plaza tol dan menempatkan lebih ramai petugas di kawasan rehat dan rawat. Pengguna yang mengalami kerosakan kenderaan boleh menghubungi talian bantuan lebuh raya yang beroperasi 24 jam.",
        "Pengecualian itu tidak melibatkan Jambatan Kedua Pulau Pinang dan laluan yang menghubungkan Singapura, yang masih dikenakan bayaran seperti biasa.",
    ],
    "ms-other-seaportal-resepi": [
        "Bagi yang tidak makan daging, ayam atau udang boleh digunakan sebagai ganti. Sesetengah keluarga juga menambah ubi keledek atau pucuk paku supaya bubur lebih berkhasiat dan berwarna-warni.",
        "Bubur lambuk ini cukup untuk enam hingga lapan orang. Jika berbaki, simpan di dalam bekas kedap udara dan panaskan semula keesokan harinya dengan menambah sedikit air supaya teksturnya kembali lembut.",
    ],
})

grow(PAGES, {
    "id-opinion-seaportal-kolom": ["Sebagian orang mungkin menganggap urusan sisa makanan terlalu kecil untuk diatur negara. Padahal, makanan yang terbuang berarti air, pupuk, tenaga petani, dan bahan bakar yang ikut terbuang. Sampah organik yang menumpuk di tempat pembuangan akhir juga menghasilkan gas metana yang memperparah perubahan iklim."],
    "ms-news-seaportal-tol": ["Dalam pada itu, Persatuan Pengusaha Bas Ekspres memaklumkan lebih 500 perjalanan tambahan akan disediakan bagi laluan ke Pantai Timur dan utara Semenanjung. Tiket untuk perjalanan tambahan itu boleh dibeli secara dalam talian mulai minggu ini."],
    "ms-other-seaportal-resepi": ["Di kampung saya, bubur lambuk biasanya dimasak beramai-ramai di masjid dan diagihkan kepada penduduk setempat selepas asar. Periuk besar dikacau bergilir-gilir oleh anak-anak muda, manakala orang tua memastikan rempah dan santan dimasukkan pada masa yang betul."],
})

grow(PAGES, {"ms-other-seaportal-resepi": ["Rempah ratus yang dijual di pasar sudah memadai, tetapi jika mahu aroma yang lebih kuat, sangai sedikit jintan manis dan ketumbar sebelum dikisar sendiri."]})
