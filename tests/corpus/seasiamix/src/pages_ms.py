"""Malay: two Malaysian portals (Berita Semenanjung, Suara Harian) in the Berita Harian / Sinar Harian mould; Bernama copy
("KUALA LUMPUR:" … "— BERNAMA"), a staff report, a column marked only by the byline role "Kolumnis", a passport guide."""

PAGES = []

MY_NAV = [("Berita", ["Nasional", "Jenayah", "Politik", "Dunia", "Wilayah"]), ("Bisnes", ["Korporat", "Ekonomi", "Pasaran"]),
          ("Sukan", ["Bola Sepak", "Badminton", "Lain-lain"]), ("Hiburan", ["Selebriti", "Filem", "Muzik"]),
          ("Rencana", ["Pendapat", "Kolumnis", "Minda Pembaca", "Tajuk Rencana"]), ("Gaya Hidup", ["Kesihatan", "Keluarga", "Resipi", "Pelancongan"]),
          ("Video", []), ("Infografik", []), ("e-Paper", [])]
MY_FOOT = ["Hubungi Kami", "Iklan Bersama Kami", "Dasar Privasi", "Terma Penggunaan", "Kerjaya", "Soalan Lazim"]
MY_RANK = ["Keputusan SPM 2026 diumumkan 10 Mac", "Harga minyak mingguan: RON95 kekal", "Harimau Malaya tewaskan Thailand 2-0",
           "Gaji minimum RM1,900 berkuat kuasa Februari", "Amaran hujan lebat di enam negeri"]
MY_OP = [("Tajuk Rencana: Banjir bukan lagi bencana luar jangka", "Tajuk Rencana"), ("Anak muda dan politik media sosial", "Dr. Rosnah Ismail"),
         ("Kos sara hidup: antara persepsi dan realiti", "Faizal Rahim")]

SM = dict(domain="www.beritasemenanjung.example", site="Berita Semenanjung", nav=MY_NAV, footer_nav=MY_FOOT, rank=MY_RANK, oprail=MY_OP,
          opbase="rencana", lang="ms", skin="my_portal", privacy_label="Dasar Privasi",
          footer_info="Berita Semenanjung Sdn Bhd, Jalan Riong, Bangsar, 59100 Kuala Lumpur",
          footer="Hak Cipta Terpelihara © 2026 Berita Semenanjung Sdn Bhd")
SH = dict(SM, domain="www.suaraharian.example", site="Suara Harian", footer_info="Suara Harian Media, Shah Alam, Selangor",
          footer="© 2026 Suara Harian. Hak cipta terpelihara.")

# ---------------------------------------------------------------- news: Bernama copy (null), JSON-LD organisation
PAGES.append(dict(SM,
    case="ms-news-myportal-banjir", secpath="berita/nasional", url="https://www.beritasemenanjung.example/berita/nasional/2026/12/1193877/mangsa-banjir-di-kelantan-dan-terengganu-meningkat-kepada-14000",
    h1="Mangsa banjir di Kelantan dan Terengganu meningkat kepada 14,000",
    crumbs=["Berita", "Nasional"], authors=None, byline_text="Bernama", byline_html="Bernama", ld_authors=["org:Bernama"], ld_type="NewsArticle",
    pub="2026-12-07T14:05:00+08:00", date="Disember 7, 2026 @ 2:05pm", today="Isnin, 7 Disember 2026",
    ticker=["JPS: Paras Sungai Golok melepasi tahap bahaya", "Laluan Jalan Kuala Krai-Gua Musang ditutup"],
    widget="FBM KLCI 1,642.30 +4.12 | USD/MYR 4.418",
    hero="Anggota bomba memindahkan penduduk ke pusat pemindahan sementara di Pasir Mas. - Foto BERNAMA",
    tags=["banjir", "Kelantan", "Terengganu", "monsun timur laut"],
    related=["Sekolah di tiga daerah ditutup esok", ("Rencana", "⟪Banjir tahunan, persediaan tahunan?⟫"), "Bantuan Wang Ihsan RM1,000 disalurkan minggu ini"],
    comments=[("Anak Kelantan", "1 jam lalu", "⟪Semoga semua mangsa selamat, rumah mak saya pun dah naik air.⟫", "64")],
    body="""KUALA LUMPUR: ⟦Jumlah mangsa banjir di Kelantan dan Terengganu terus meningkat kepada 14,012 orang daripada 4,105 keluarga⟧ setakat jam 12 tengah hari ini, berbanding 9,870 orang pagi tadi.

Menurut portal Info Bencana Agensi Pengurusan Bencana Negara (NADMA), Kelantan mencatatkan jumlah mangsa tertinggi iaitu 10,446 orang yang ditempatkan di 98 pusat pemindahan sementara (PPS) di tujuh daerah. ⟦Daerah paling teruk terjejas ialah Pasir Mas, Tumpat dan Kota Bharu.⟧

[[REL|⟪Senarai PPS dibuka di Kelantan setakat hari ini⟫|Cara mohon Bantuan Wang Ihsan secara dalam talian]]

Di Terengganu, seramai 3,566 mangsa dipindahkan ke 41 PPS di Besut, Setiu, Hulu Terengganu dan Kuala Terengganu.

Sementara itu, Jabatan Pengairan dan Saliran (JPS) memaklumkan tujuh stesen sungai di Kelantan melepasi paras bahaya. ⟦Paras Sungai Golok di Rantau Panjang dilaporkan terus meningkat sejak awal pagi.⟧

[[SPLIT]]

Jabatan Meteorologi Malaysia (MetMalaysia) dalam kenyataan mengeluarkan amaran hujan berterusan tahap buruk di Kelantan dan Terengganu sehingga Rabu. Orang ramai dinasihatkan supaya sentiasa peka terhadap arahan pihak berkuasa dan berpindah segera apabila diarahkan.

[[ALSO|⟪Tujuh jalan utama di Kelantan ditutup kepada semua kenderaan⟫]]

Polis turut menutup beberapa laluan utama termasuk Jalan Kota Bharu-Kuala Krai di beberapa lokasi kerana dinaiki air sedalam setengah meter. ⟦Pengguna jalan raya diminta merancang perjalanan dan menggunakan laluan alternatif.⟧

[[TEXT|— BERNAMA]]""",
    kind="news", why="agency flood report with official figures",
))

# ---------------------------------------------------------------- news: staff report, "Oleh …", OG only, Malay date format
PAGES.append(dict(SH,
    case="ms-news-myportal-sayur", secpath="berita/wilayah", url="https://www.suaraharian.example/berita/wilayah/harga-sayur-cameron-highlands-naik-30-peratus-711420",
    h1="Harga sayur Cameron Highlands naik 30 peratus akibat hujan lebat",
    crumbs=["Berita", "Wilayah"], authors=["Nurul Huda Ahmad"], byline_text="Oleh Nurul Huda Ahmad",
    byline_html='Oleh <a href="/penulis/nurul-huda-ahmad">Nurul Huda Ahmad</a>', meta="og",
    pub="2026-12-04T18:20:00+08:00", date="Jumaat, 4 Disember 2026 | 6:20 petang", today="Jumaat, 4 Disember 2026",
    ticker=["Tanah runtuh di Jalan Simpang Pulai-Cameron Highlands"],
    tags=["harga sayur", "Cameron Highlands", "pertanian"], next="⟪Harga telur ayam gred A kekal hingga hujung tahun⟫",
    related=["⟪FAMA jamin bekalan sayur mencukupi menjelang Tahun Baharu⟫", ("Pendapat", "Petani kecil perlu jaminan harga"), "Harga ayam dijangka stabil"],
    comments=[("Kak Yah Klang", "3 jam lalu", "⟪Kubis dah RM7 sekilo kat pasar malam semalam.⟫", "29")],
    body="""CAMERON HIGHLANDS: ⟦Harga beberapa jenis sayur-sayuran tanah tinggi meningkat sehingga 30 peratus⟧ sejak seminggu lalu berikutan hujan lebat berterusan yang menjejaskan hasil tuaian petani di sini.

Tinjauan Suara Harian di pusat pengumpulan sayur di Kea Farm mendapati harga kubis bulat naik daripada RM3.50 kepada RM4.60 sekilogram di peringkat ladang, manakala tomato pula meningkat kepada RM6 sekilogram berbanding RM4.50 sebelum ini. ⟦Harga sawi jepun dan brokoli turut mencatat kenaikan ketara.⟧

Pengerusi Persatuan Pekebun Sayur Cameron Highlands, Lim Ah Seng, berkata hujan yang turun hampir setiap hari sejak pertengahan November menyebabkan banyak tanaman rosak dan busuk sebelum sempat dituai.

[[REL|⟪Jalan ke Cameron Highlands ditutup sementara akibat tanah runtuh⟫]]

"Ada pekebun yang kehilangan separuh hasil. Kos baja dan racun pun naik, jadi kami tak ada pilihan selain menaikkan harga," katanya ketika ditemui di sini, hari ini.

[[AD]]

Menurutnya, bekalan sayur dari Cameron Highlands ke pasaran di Lembah Klang juga berkurangan kira-kira 20 peratus. Keadaan itu diburukkan lagi dengan kejadian tanah runtuh kecil di beberapa laluan yang melambatkan penghantaran.

Sementara itu, seorang peniaga sayur di Pasar Borong Selayang, Rosli Mat Yusof, berkata pelanggan mula mengurangkan pembelian. ⟦Sebahagian peniaga pula beralih kepada sayur import dari Thailand dan China⟧ yang lebih murah.

Lembaga Pemasaran Pertanian Persekutuan (FAMA) dalam kenyataan berkata pihaknya memantau keadaan dan akan menambah bekalan melalui program jualan terus ladang di seluruh negara. ⟦Harga dijangka kembali stabil selepas musim tengkujuh berakhir pada Januari.⟧""",
    kind="news", why="market report with farmers' and traders' quotes",
))

# ---------------------------------------------------------------- opinion marked ONLY by the byline role (Kolumnis); crumbs Berita › Nasional, typed NewsArticle
PAGES.append(dict(SM,
    case="ms-opinion-myportal-cutibapa", secpath="berita/nasional", url="https://www.beritasemenanjung.example/berita/nasional/2026/11/1187402/tujuh-hari-tidak-cukup-untuk-seorang-bapa",
    h1="Tujuh hari tidak cukup untuk seorang bapa",
    crumbs=["Berita", "Nasional"], authors=["Azlan Hashim"], byline_text="Oleh Dr Azlan Hashim, Kolumnis",
    byline_html='Oleh <a href="/penulis/azlan-hashim">Dr Azlan Hashim</a>, Kolumnis', ld_authors=["Azlan Hashim"], ld_type="NewsArticle",
    ld_section="Nasional", pub="2026-11-16T08:00:00+08:00", date="November 16, 2026 @ 8:00am", today="Isnin, 16 November 2026",
    ticker=["Belanjawan 2027: Elaun penjawat awam dinaikkan"],
    tags=["cuti paterniti", "keluarga", "pekerja"], next="⟪Majikan kecil diberi insentif cukai untuk pekerja wanita⟫",
    related=["⟪KWSP: Caruman pekerja wanita meningkat⟫", "Majikan diminta sediakan ruang penjagaan anak"],
    comments=[("Ayah Adam", "5 jam lalu", "⟪Betul, masa isteri saya bersalin, saya terpaksa ambil cuti tanpa gaji.⟫", "142")],
    body="""⟦Ketika anak sulung saya lahir, saya mengambil cuti tujuh hari dan kembali ke pejabat dengan mata merah serta fikiran yang masih di rumah.⟧ Isteri saya pula terpaksa menguruskan bayi dan luka pembedahan seorang diri pada siang hari.

Pengalaman itu bukan luar biasa. Ribuan bapa di negara ini melaluinya setiap tahun. ⟦Pada pandangan saya, cuti paterniti tujuh hari bagi pekerja swasta sudah tidak lagi mencerminkan realiti keluarga moden.⟧

[[AD]]

Kita sering bercakap tentang kesejahteraan keluarga dan kadar kelahiran yang semakin menurun. Namun dasar kita masih menganggap urusan menjaga bayi sebagai tanggungjawab ibu semata-mata. Selagi bapa hanya diberi seminggu, mesejnya jelas: peranan mereka sekadar membantu, bukan menjaga.

Saya mencadangkan agar cuti paterniti dinaikkan kepada sekurang-kurangnya 21 hari, dengan kos dikongsi antara majikan dan kerajaan melalui PERKESO. ⟦Majikan kecil tidak wajar menanggung beban ini seorang diri.⟧ Cuti itu juga perlu boleh diambil secara berperingkat dalam tempoh enam bulan pertama.

[[ALSO|⟪Cuti bersalin 98 hari: Apa hak pekerja swasta?⟫]]

Ada yang bimbang produktiviti akan terjejas. Hakikatnya, kajian di banyak negara menunjukkan bapa yang terlibat awal dalam penjagaan anak lebih setia kepada majikan dan ibu lebih cepat kembali bekerja. ⟦Ini pelaburan, bukan kos.⟧

Kerajaan sudah menunjukkan contoh dengan menambah cuti bagi penjawat awam. ⟦Kini giliran sektor swasta, dan undang-undang perlu memimpin perubahan itu.⟧""",
    kind="opinion", why="first-person column arguing for longer paternity leave",
))

# ---------------------------------------------------------------- other: service guide (passport)
PAGES.append(dict(SH,
    case="ms-other-myportal-pasport", meta="ld", secpath="gaya-hidup", url="https://www.suaraharian.example/gaya-hidup/panduan-mohon-pasport-malaysia-dalam-talian-705118",
    h1="Panduan lengkap mohon dan perbaharui pasport Malaysia secara dalam talian",
    label="Panduan", crumbs=["Gaya Hidup", "Info"], authors=["Siti Aminah Zulkifli"], byline_text="Oleh Siti Aminah Zulkifli",
    byline_html="Oleh Siti Aminah Zulkifli", ld_authors=["Siti Aminah Zulkifli"], ld_type="Article",
    pub="2026-10-09T10:00:00+08:00", date="Jumaat, 9 Oktober 2026 | 10:00 pagi", today="Jumaat, 9 Oktober 2026",
    ticker=["Cuti sekolah akhir tahun bermula 18 Disember"], tags=["pasport", "imigresen", "panduan"],
    next="⟪Semakan status permohonan visa kini boleh dibuat melalui aplikasi⟫",
    comments=[("Farid KL", "2 hari lalu", "⟪Saya baru buat minggu lepas, siap dalam dua hari sahaja. Terima kasih atas panduan.⟫", "15")],
    related=["⟪Negara yang boleh dilawati tanpa visa oleh rakyat Malaysia⟫", ("Pendapat", "Kaunter imigresen perlu dibuka hujung minggu")],
    body="""⟦Merancang bercuti ke luar negara pada musim cuti sekolah hujung tahun ini?⟧ Pastikan pasport anda masih sah sekurang-kurangnya enam bulan dari tarikh perjalanan. Bagi yang perlu memperbaharui, proses kini lebih mudah kerana sebahagian besarnya boleh dilakukan secara dalam talian.

[[H|Siapa yang layak memperbaharui dalam talian?]]

Perkhidmatan dalam talian terbuka kepada warganegara Malaysia berumur 13 tahun ke atas yang memiliki pasport antarabangsa Malaysia yang masih sah atau tamat tempoh kurang daripada setahun. ⟦Pemohon kali pertama masih perlu hadir ke pejabat Imigresen.⟧

[[H|Dokumen dan bayaran]]

[[LIST|⟦MyKad yang sah dan pasport lama.⟧|Gambar berukuran 35mm x 50mm berlatar belakang putih, jika diminta.|Bayaran RM200 untuk pasport lima tahun, atau RM100 bagi warga emas dan pelajar sepenuh masa.]]

[[AD]]

[[H|Langkah demi langkah]]

[[OL|Layari portal rasmi Jabatan Imigresen Malaysia dan daftar akaun MyIMMs.|Pilih menu pembaharuan pasport, isi maklumat peribadi dan pilih tempoh sah laku.|⟦Buat bayaran secara FPX menggunakan perbankan dalam talian.⟧|Pilih pejabat Imigresen untuk mengambil pasport dan cetak slip pengesahan.]]

[[REL|⟪Kaunter pasport UTC dibuka sehingga jam 10 malam⟫]]

[[H|Tip tambahan]]

Permohonan biasanya diproses dalam tempoh satu hingga tiga hari bekerja. Pemohon akan menerima notifikasi melalui e-mel apabila pasport sedia untuk diambil. ⟦Bawa MyKad dan pasport lama semasa mengambil pasport baharu.⟧

Ibu bapa yang memohon untuk anak di bawah 13 tahun perlu hadir bersama anak serta membawa sijil kelahiran. ⟦Elakkan membuat permohonan pada saat akhir kerana permintaan meningkat mendadak menjelang cuti sekolah.⟧""",
    kind="other", why="practical guide to applying for a passport",
))

from common import grow  # noqa: E402

grow(PAGES, {
    "ms-news-myportal-banjir": [
        "Di Pasir Mas, penduduk Kampung Kubang Sepat memberitahu air mula naik dengan cepat sejak jam 3 pagi tadi. Sebahagian mereka sempat mengalihkan kenderaan ke kawasan tinggi, namun ada yang hanya membawa dokumen penting sebelum dipindahkan oleh anggota bomba dan Angkatan Pertahanan Awam.",
        "Jabatan Kebajikan Masyarakat (JKM) pula memaklumkan bekalan makanan di semua PPS mencukupi untuk tempoh sekurang-kurangnya seminggu. Pasukan perubatan turut ditempatkan di PPS yang menempatkan lebih 500 mangsa bagi memantau kesihatan warga emas dan kanak-kanak.",
    ],
    "ms-news-myportal-sayur": [
        "Tinjauan di beberapa pasar raya di Kuala Lumpur pula mendapati harga runcit kubis bulat mencecah RM6.50 sekilogram, manakala tomato dijual antara RM8 hingga RM9 sekilogram. Pengguna yang ditemui mengakui terpaksa mengurangkan kuantiti pembelian.",
    ],
    "ms-opinion-myportal-cutibapa": [
        "Saya juga percaya cuti ini perlu diberi kepada bapa yang bekerja sendiri melalui skim insentif, kerana golongan penghantar makanan dan peniaga kecil langsung tidak mempunyai sebarang perlindungan apabila anak mereka lahir.",
        "Lebih penting, kita perlu mengubah budaya di tempat kerja. Bapa yang mengambil cuti untuk menjaga anak tidak sepatutnya dipandang sebagai kurang komited. Pengurus dan pemimpin syarikat boleh memulakannya dengan memberi contoh.",
    ],
    "ms-other-myportal-pasport": [
        "Bagi pemohon yang pasportnya hilang atau rosak, permohonan tidak boleh dibuat secara dalam talian. Anda perlu membuat laporan polis terlebih dahulu dan hadir sendiri ke pejabat Imigresen dengan membawa salinan laporan tersebut.",
    ],
})
