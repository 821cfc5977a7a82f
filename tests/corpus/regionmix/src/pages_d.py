"""South-East Asia: Vietnam, Indonesia, Thailand, the Philippines, Malaysia."""

PAGES = []

VN_PLACES = ["Hà Nội", "TP HCM", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế", "Quảng Ninh", "Nghệ An", "Thanh Hóa", "Khánh Hòa", "Lâm Đồng", "Đồng Nai", "Bình Dương",
             "Bà Rịa - Vũng Tàu", "Quảng Nam", "Bắc Ninh", "Hải Dương", "Nam Định", "Thái Bình", "Ninh Bình", "Lào Cai", "Gia Lai", "Đắk Lắk", "An Giang", "Kiên Giang", "Cà Mau"]

PAGES.append(dict(
    case="vi-news-portal-xebuyt", lang="vi", skin="portal_split", domain="tinnhanhviet.example", site="Tin Nhanh Việt", secpath="thoi-su",
    url="https://tinnhanhviet.example/ha-noi-mo-them-8-tuyen-xe-buyt-dien-tu-thang-4-4981223.html",
    h1="Hà Nội mở thêm 8 tuyến xe buýt điện từ tháng 4",
    og_title="Hà Nội mở thêm 8 tuyến xe buýt điện từ tháng 4 - Tin Nhanh Việt",
    deck="Các tuyến mới nối khu đô thị phía tây với ga đường sắt đô thị, giá vé 8.000 đồng một lượt.",
    section="Thời sự", authors=["Ngọc Anh"], byline_text="Ngọc Anh", ld_authors=["Ngọc Anh"], ld_type="NewsArticle",
    pub="2026-03-09T08:15:00+07:00", date="Thứ hai, 9/3/2026, 08:15 (GMT+7)", topdate="Thứ hai, 9/3/2026",
    w=dict(ad="Quảng cáo", also="Xem thêm:", video="Video đề xuất", follow="⟪Theo dõi Tin Nhanh Việt trên Google News và Zalo để nhận tin mới nhất⟫",
           rel="2 giờ trước", print="In bài", email="Gửi email", tags="Chủ đề", related="Tin liên quan", comments="Ý kiến bạn đọc", comments_note="",
           most_read="Đọc nhiều", region="Tin địa phương", breaking="Tin nóng", places="Tỉnh thành", login="Đăng nhập"),
    sections=["Thời sự", "Góc nhìn", "Thế giới", "Kinh doanh", "Bất động sản", "Khoa học", "Giải trí", "Thể thao", "Pháp luật", "Giáo dục", "Sức khỏe", "Đời sống", "Du lịch"],
    subs={"Thời sự": ["Chính trị", "Dân sinh", "Giao thông", "Lao động - Việc làm"], "Kinh doanh": ["Chứng khoán", "Ngân hàng", "Vĩ mô", "Hàng hóa"],
          "Thể thao": ["Bóng đá", "Tennis", "Marathon"], "Giải trí": ["Phim", "Nhạc", "Thời trang"]},
    places_under="Thời sự", places=VN_PLACES, service=["Giới thiệu", "Liên hệ", "Quảng cáo", "Điều khoản sử dụng", "Chính sách bảo mật"],
    ticker=["⟪Giá vàng miếng giảm 500.000 đồng mỗi lượng⟫"],
    widget="VN-Index 1.312,4 ▲0,7% · USD/VND 25.480",
    tags=["xe buýt điện", "giao thông Hà Nội", "vận tải công cộng"],
    related=["Metro Nhổn - ga Hà Nội chạy thêm chuyến giờ cao điểm", "Hà Nội thí điểm vé điện tử liên thông"],
    most_read=["⟪Lịch nghỉ lễ 30/4 và 1/5 năm 2026⟫", "Điểm chuẩn dự kiến các trường công an", "Ùn tắc kéo dài trên cầu Vĩnh Tuy"],
    footer="© 2026 Tin Nhanh Việt. Toàn bộ bản quyền thuộc Tin Nhanh Việt.",
    body="""⟦Hà Nội sẽ đưa vào khai thác thêm 8 tuyến xe buýt điện từ ngày 1/4,⟧ nâng tổng số tuyến xe buýt điện của thành phố lên 31 tuyến, theo Sở Giao thông vận tải.

Các tuyến mới chủ yếu phục vụ khu vực phía tây thành phố, nơi có nhiều khu đô thị mới nhưng mạng lưới vận tải công cộng còn thưa. Năm trong số tám tuyến sẽ kết nối trực tiếp với các ga của tuyến đường sắt đô thị Nhổn - ga Hà Nội.

[[ALSO|⟪Metro Nhổn - ga Hà Nội chạy thêm chuyến giờ cao điểm⟫]]

⟦Giá vé các tuyến mới là 8.000 đồng một lượt,⟧ bằng giá vé xe buýt thông thường. Hành khách có thể dùng thẻ vé điện tử liên thông để đổi sang tàu điện mà không phải mua vé mới trong vòng 60 phút.

[[AD]]

Theo Sở Giao thông vận tải, mỗi tuyến sẽ có từ 12 đến 20 xe, tần suất 10 - 15 phút một chuyến vào giờ cao điểm. Xe có sàn thấp, chỗ dành cho xe lăn, camera giám sát và màn hình thông báo điểm dừng.

[[VIDEO|⟪Trải nghiệm tuyến xe buýt điện nối ga metro Cầu Giấy⟫|02:31]]

⟦Một lãnh đạo Trung tâm Quản lý và điều hành giao thông cho biết⟧ số hành khách đi xe buýt điện năm ngoái tăng khoảng 18% so với năm trước, trong khi chi phí vận hành mỗi km thấp hơn xe chạy dầu.

Tuy nhiên, nhiều người dân phản ánh các điểm dừng ở khu đô thị mới còn thiếu mái che và vỉa hè đi bộ, khiến việc tiếp cận xe buýt khó khăn, nhất là vào mùa mưa. Sở cho biết sẽ phối hợp với các quận để bố trí thêm nhà chờ trong quý II.

[[FOLLOW]]

Thành phố đặt mục tiêu đến năm 2030 toàn bộ xe buýt mua mới phải sử dụng điện hoặc năng lượng xanh. Hiện Hà Nội có khoảng 2.100 xe buýt, trong đó hơn 400 xe chạy điện.

[[ALSO|Hà Nội thí điểm vé điện tử liên thông từ tháng 5]]

⟦Lộ trình chi tiết của 8 tuyến mới sẽ được công bố trên ứng dụng tìm đường xe buýt của thành phố trước ngày 25/3.⟧""",
    kind="news", why="city news report on new electric bus routes",
))

ID_PLACES = ["Jakarta", "Bogor", "Depok", "Tangerang", "Bekasi", "Bandung", "Cirebon", "Semarang", "Solo", "Yogyakarta", "Surabaya", "Malang", "Denpasar", "Medan",
             "Palembang", "Padang", "Pekanbaru", "Lampung", "Pontianak", "Banjarmasin", "Balikpapan", "Samarinda", "Makassar", "Manado", "Kupang", "Jayapura", "Ambon"]
SUBS_ID = {"News": ["Berita", "Daerah", "Internasional", "Hukum"], "Finance": ["Ekonomi Bisnis", "Bursa", "Properti", "Energi"], "Sport": ["Sepakbola", "MotoGP", "Bulutangkis"],
           "Hot": ["Selebriti", "Musik", "Film"]}
SERVICE_ID = ["Redaksi", "Pedoman Media Siber", "Karir", "Kotak Pos", "Info Iklan", "Privacy Policy", "Disclaimer"]

PAGES.append(dict(
    case="id-news-portal-krl", lang="id", skin="portal_split", domain="kabarjabar.example", site="KabarJabar", secpath="berita",
    url="https://www.kabarjabar.example/berita/d-7310294/jadwal-krl-bogor-ditambah-24-perjalanan-mulai-16-maret",
    h1="Jadwal KRL Bogor Ditambah 24 Perjalanan Mulai 16 Maret",
    og_title="Jadwal KRL Bogor Ditambah 24 Perjalanan Mulai 16 Maret",
    deck="Penambahan perjalanan untuk mengurai kepadatan di jam sibuk pagi dan menjelang Lebaran.",
    section="Berita", authors=["Rizky Pratama"], byline_text="Rizky Pratama - kabarJabar", ld_authors=["Rizky Pratama"], ld_type="NewsArticle",
    pub="2026-03-09T14:20:00+07:00", date="Senin, 09 Mar 2026 14:20 WIB", topdate="Senin, 09 Maret 2026",
    w=dict(ad="ADVERTISEMENT", also="Baca juga:", video="Video Pilihan", follow="⟪Ikuti KabarJabar di Google News dan saluran WhatsApp⟫", rel="",
           print="Cetak", email="Kirim", tags="Tag", related="Berita Terkait", comments="Komentar", comments_note="", most_read="Terpopuler", region="Berita Daerah",
           breaking="Breaking News", places="Daerah", login="Masuk"),
    sections=["News", "Finance", "Sport", "Hot", "Inet", "Travel", "Food", "Health", "Oto", "Jabar", "Edu", "Hikmah"],
    subs=SUBS_ID, places_under="Jabar", places=ID_PLACES, service=SERVICE_ID,
    ticker=["⟪Ganjil genap Jakarta ditiadakan selama libur Lebaran⟫"],
    tags=["KRL", "Commuter Line", "Bogor", "transportasi"],
    related=["Tarif KRL tidak naik selama 2026", "Stasiun Bogor direnovasi, ini jalur alternatif"],
    most_read=["⟪Jadwal imsakiyah Bogor hari ini⟫", "Harga tiket bus mudik 2026 naik", "Persib menang tipis atas tamunya", "Cuaca Jabar: hujan sore hari"],
    footer="Copyright © 2026 KabarJabar. All rights reserved.",
    body="""⟦Operator kereta komuter menambah 24 perjalanan KRL lintas Bogor mulai Senin (16/3/2026).⟧ Penambahan ini dilakukan untuk mengurai kepadatan penumpang pada jam sibuk pagi dan sore, sekaligus mengantisipasi lonjakan penumpang menjelang Lebaran.

[[ALSO|⟪Tarif KRL Tidak Naik Selama 2026, Ini Kata Kemenhub⟫]]

Manajer humas operator, Dewi Lestari, mengatakan dengan tambahan tersebut jumlah perjalanan KRL lintas Bogor-Jakarta menjadi 312 perjalanan per hari. Sebagian besar perjalanan tambahan dijadwalkan antara pukul 05.00 dan 08.00 WIB.

⟦“Kami melihat kepadatan tertinggi terjadi di Stasiun Bogor, Cilebut dan Bojonggede pada pagi hari,”⟧ kata Dewi dalam keterangan tertulis, Senin (9/3/2026).

[[AD]]

Menurut Dewi, jarak antarkereta pada jam sibuk akan turun dari rata-rata delapan menit menjadi enam menit. Perjalanan tambahan itu menggunakan rangkaian 12 kereta yang baru selesai menjalani perawatan.

[[ALSO|Stasiun Bogor Direnovasi, Ini Jalur Alternatif Penumpang]]

[[VIDEO|⟪Penumpang KRL Berdesakan di Stasiun Bojonggede Pagi Ini⟫|01:12]]

Selain itu, operator juga akan membuka pintu tambahan di sisi timur Stasiun Bogor untuk memecah arus penumpang. Petugas tambahan akan disiagakan di peron selama jam sibuk.

⟦Sejumlah penumpang menyambut baik penambahan jadwal tersebut.⟧ Andi, pekerja di kawasan Sudirman yang setiap hari naik dari Stasiun Cilebut, mengaku sering harus menunggu dua sampai tiga kereta sebelum bisa masuk. “Mudah-mudahan dengan tambahan ini tidak perlu berdiri berdesakan lagi,” ujarnya.

[[FOLLOW]]

Data operator menunjukkan jumlah penumpang KRL lintas Bogor rata-rata mencapai 420 ribu orang per hari pada Februari, naik sekitar 9 persen dibanding periode yang sama tahun lalu. Kenaikan terbesar terjadi di stasiun-stasiun yang dekat dengan perumahan baru di Kabupaten Bogor.

Pengamat transportasi dari sebuah universitas di Bandung menilai penambahan perjalanan perlu diikuti perbaikan akses ke stasiun, seperti trotoar, jembatan penyeberangan dan lahan parkir sepeda motor yang memadai.

Operator mengimbau penumpang memeriksa jadwal terbaru melalui aplikasi resmi sebelum berangkat. ⟦Jadwal lengkap juga akan ditempel di setiap stasiun mulai akhir pekan ini.⟧""",
    kind="news", why="regional news report on added commuter train trips",
))

PAGES.append(dict(
    case="id-other-portal-mudik", lang="id", skin="portal_split", domain="kabarjabar.example", site="KabarJabar", secpath="oto",
    url="https://www.kabarjabar.example/oto/d-7311870/7-tips-mudik-lebaran-2026-naik-motor-agar-aman-sampai-tujuan",
    h1="7 Tips Mudik Lebaran 2026 Naik Motor agar Aman sampai Tujuan",
    og_title="7 Tips Mudik Lebaran 2026 Naik Motor agar Aman sampai Tujuan",
    deck="Mulai dari servis motor, mengatur barang bawaan, sampai kapan harus beristirahat.",
    section="Oto", authors=None, byline_text="Tim kabarOto", ld_authors=["org:Tim kabarOto"], ld_type="Article",
    pub="2026-03-12T10:05:00+07:00", date="Kamis, 12 Mar 2026 10:05 WIB", topdate="Kamis, 12 Maret 2026",
    w=dict(ad="ADVERTISEMENT", also="Baca juga:", video="Video Pilihan", follow="⟪Ikuti KabarJabar di Google News untuk tips otomotif lainnya⟫", rel="",
           print="Cetak", email="Kirim", tags="Tag", related="Berita Terkait", comments="Komentar", comments_note="", most_read="Terpopuler", region="Berita Daerah",
           breaking="Breaking News", places="Daerah", login="Masuk"),
    sections=["News", "Finance", "Sport", "Hot", "Inet", "Travel", "Food", "Health", "Oto", "Jabar", "Edu", "Hikmah"],
    subs=SUBS_ID, places_under="Jabar", places=ID_PLACES, service=SERVICE_ID,
    ticker=["Ganjil genap Jakarta ditiadakan selama libur Lebaran"],
    tags=["mudik 2026", "tips berkendara", "sepeda motor", "Lebaran"],
    related=["Jadwal one way tol Trans Jawa saat mudik", "Daftar bengkel siaga 24 jam di jalur Pantura"],
    most_read=["⟪Harga Pertalite hari ini di seluruh SPBU⟫", "Jadwal imsakiyah Bogor hari ini", "Mobil listrik murah meluncur bulan depan"],
    footer="Copyright © 2026 KabarJabar. All rights reserved.",
    body="""⟦Mudik dengan sepeda motor masih menjadi pilihan banyak orang karena lebih hemat dan fleksibel.⟧ Namun perjalanan jauh dengan motor juga paling berisiko. Berikut tujuh hal yang perlu disiapkan agar perjalanan Lebaran tahun ini aman.

[[H|1. Servis motor seminggu sebelum berangkat]]

Jangan menunggu H-1. Periksa rem, ban, rantai, oli mesin, lampu dan aki. ⟦Ganti kampas rem jika ketebalannya sudah di bawah dua milimeter.⟧ Servis lebih awal memberi waktu jika ada suku cadang yang harus dipesan.

[[ALSO|⟪Daftar Bengkel Siaga 24 Jam di Jalur Pantura⟫]]

[[H|2. Batasi barang bawaan]]

Motor bukan truk. Barang yang terlalu banyak membuat motor sulit dikendalikan, terutama saat mengerem mendadak. Kirim sebagian barang lewat jasa ekspedisi dan gunakan boks atau tas khusus yang terpasang kuat.

[[H|3. Pakai perlengkapan lengkap]]

Helm berstandar, jaket tebal, sarung tangan, sepatu tertutup dan jas hujan wajib dibawa. Gunakan rompi atau stiker reflektor agar terlihat oleh pengendara lain saat malam.

[[AD]]

[[H|4. Istirahat setiap dua jam]]

⟦Kelelahan adalah salah satu penyebab utama kecelakaan saat mudik.⟧ Berhentilah setiap dua jam atau setiap 100 kilometer di rest area, masjid atau pos mudik untuk meregangkan badan dan minum.

[[VIDEO|⟪Cara Mengikat Barang di Motor agar Tidak Goyang⟫|02:40]]

[[H|5. Hindari berkendara tengah malam]]

Rasa kantuk paling berat datang antara pukul 00.00 dan 04.00. Jika memungkinkan, berangkat pagi dan menginap di perjalanan jika jaraknya lebih dari 300 kilometer.

[[H|6. Cek rute dan cuaca]]

Pantau informasi lalu lintas dan prakiraan cuaca sebelum berangkat. Pada puncak arus mudik, sejumlah ruas jalan arteri biasanya dialihkan atau diberlakukan sistem satu arah, sehingga jarak tempuh bisa lebih panjang dari perkiraan. Siapkan juga uang tunai secukupnya karena tidak semua warung di jalur alternatif menerima pembayaran nontunai. Simpan nomor darurat dan lokasi posko kesehatan di sepanjang jalur.

[[FOLLOW]]

[[H|7. Jangan bawa anak kecil di motor]]

⟦Anak-anak sebaiknya ikut program mudik gratis dengan bus atau kereta,⟧ yang dibuka oleh pemerintah daerah dan sejumlah perusahaan setiap tahun.""",
    kind="other", why="how-to tips list for motorbike holiday travel",
))

TH_PLACES = ["กรุงเทพฯ", "นนทบุรี", "ปทุมธานี", "สมุทรปราการ", "เชียงใหม่", "เชียงราย", "ขอนแก่น", "นครราชสีมา", "อุดรธานี", "อุบลราชธานี", "ภูเก็ต", "สงขลา",
             "หาดใหญ่", "สุราษฎร์ธานี", "ชลบุรี", "ระยอง", "พิษณุโลก", "นครสวรรค์", "อยุธยา", "กาญจนบุรี", "หัวหิน", "ลำปาง", "สกลนคร", "นครศรีธรรมราช"]

PAGES.append(dict(
    case="th-news-cjk-rotmae", lang="th", skin="cjk", domain="khaosodthai.example", site="ข่าวสดไทย", secpath="bangkok",
    url="https://www.khaosodthai.example/bangkok/news_8812041",
    h1="กทม. เปิดเส้นทางรถเมล์ไฟฟ้าใหม่ 6 สาย เชื่อมรถไฟฟ้าสายสีม่วงและสีชมพู",
    og_title="กทม. เปิดเส้นทางรถเมล์ไฟฟ้าใหม่ 6 สาย เชื่อมรถไฟฟ้าสายสีม่วงและสีชมพู - ข่าวสดไทย",
    deck="เริ่มวิ่ง 1 เม.ย. ค่าโดยสารตลอดสาย 15 บาท ทุก 15 นาทีในชั่วโมงเร่งด่วน",
    section="กรุงเทพฯ", authors=["ธนพล ศรีสุข"], byline_text="ธนพล ศรีสุข", ld_authors=["ธนพล ศรีสุข"], ld_type="NewsArticle",
    pub="2026-03-09T10:20:00+07:00", date_items=["วันจันทร์ที่ 9 มีนาคม 2569 - 10:20 น.", "อัปเดต 9 มี.ค. 69 12:05 น."],
    topdate="วันจันทร์ที่ 9 มีนาคม พ.ศ. 2569",
    w=dict(ad="โฆษณา", also="อ่านข่าวที่เกี่ยวข้อง", video="คลิปแนะนำ", follow="⟪ติดตามข่าวสดไทยทาง LINE OpenChat และ Google News⟫", print="พิมพ์", share="แชร์",
           font_s="ก-", font_l="ก+", related="ข่าวที่เกี่ยวข้อง", comments="แสดงความคิดเห็น", most_read="ข่าวยอดนิยม", region="ข่าวภูมิภาค", breaking="ข่าวด่วน",
           places="จังหวัด", copyright_line="⟪ขอบคุณข้อมูลจากสำนักการจราจรและขนส่ง กรุงเทพมหานคร⟫"),
    sections=["หน้าแรก", "การเมือง", "เศรษฐกิจ", "กรุงเทพฯ", "ภูมิภาค", "ต่างประเทศ", "กีฬา", "บันเทิง", "ไลฟ์สไตล์", "ไอที", "ดวง", "วิดีโอ"],
    subs={"กีฬา": ["ฟุตบอลไทย", "พรีเมียร์ลีก", "มวย", "วอลเลย์บอล"], "เศรษฐกิจ": ["หุ้น", "ทองคำ", "อสังหาฯ"], "บันเทิง": ["ละคร", "ภาพยนตร์", "เพลง"]},
    places_under="ภูมิภาค", places=TH_PLACES, service=["เกี่ยวกับเรา", "ติดต่อโฆษณา", "นโยบายความเป็นส่วนตัว", "ร่วมงานกับเรา"],
    ticker=["⟪ราคาทองวันนี้ปรับลง 150 บาท⟫", "ผลสลากกินแบ่งรัฐบาลงวดล่าสุด"],
    widget="SET 1,402.15 ▲0.52% · ทองคำแท่ง 47,250 บาท",
    tags=["รถเมล์ไฟฟ้า", "กทม.", "ขนส่งมวลชน"],
    related=["รถไฟฟ้าสายสีชมพูขยายเวลาให้บริการ", "ปรับเส้นทางรถเมล์ 12 สายช่วงปิดถนน"],
    most_read=["⟪เตือนค่าฝุ่น PM2.5 เกินมาตรฐาน 20 พื้นที่⟫", "หวยงวดนี้ออกอะไร", "บอลไทยลีกคืนนี้"],
    footer="© 2569 ข่าวสดไทย สงวนลิขสิทธิ์",
    body="""⟦กรุงเทพมหานครเตรียมเปิดเส้นทางรถเมล์ไฟฟ้าใหม่ 6 สาย เริ่มวันที่ 1 เมษายน 2569⟧ เพื่อเชื่อมชุมชนในเขตบางเขน หลักสี่ ดอนเมือง และบางซื่อ เข้ากับสถานีรถไฟฟ้าสายสีม่วงและสายสีชมพู โดยเก็บค่าโดยสารตลอดสาย 15 บาท

ผู้อำนวยการสำนักการจราจรและขนส่งระบุว่า เส้นทางใหม่ออกแบบจากข้อมูลการเดินทางจริงของประชาชน ซึ่งพบว่าผู้อาศัยในซอยลึกจำนวนมากต้องใช้รถจักรยานยนต์รับจ้างหลายต่อกว่าจะถึงสถานี ทำให้เสียค่าใช้จ่ายวันละหลายสิบบาท

[[ALSO|⟪รถไฟฟ้าสายสีชมพูขยายเวลาให้บริการถึงเที่ยงคืน⟫]]

⟦รถที่ใช้เป็นรถโดยสารไฟฟ้าขนาดกลาง จำนวนสายละ 8 ถึง 10 คัน⟧ มีพื้นต่ำสำหรับผู้ใช้รถเข็น ติดตั้งกล้องวงจรปิด และรองรับการชำระเงินด้วยบัตรโดยสารและคิวอาร์โค้ด ในชั่วโมงเร่งด่วนจะวิ่งทุก 15 นาที และช่วงเวลาปกติทุก 20 ถึง 30 นาที

[[PHOTO|⟪รถเมล์ไฟฟ้ารุ่นใหม่ระหว่างทดสอบเส้นทาง ภาพ: สำนักการจราจรและขนส่ง⟫]]

[[AD]]

⟦ด้านผู้ใช้บริการในพื้นที่หลักสี่ให้ความเห็นว่า ดีใจที่จะมีรถเมล์วิ่งเข้าซอย⟧ เพราะปัจจุบันต้องเดินหรือนั่งวินมอเตอร์ไซค์ออกมาถนนใหญ่ทุกวัน โดยเฉพาะช่วงฝนตกจะลำบากมาก แต่อยากให้มีศาลาที่พักผู้โดยสารที่มีหลังคาและไฟส่องสว่างเพิ่มขึ้น

กรุงเทพมหานครระบุว่า จะติดตั้งป้ายหยุดรถใหม่กว่า 120 จุด และจะประเมินจำนวนผู้โดยสารหลังเปิดให้บริการครบ 3 เดือน หากเส้นทางใดมีผู้ใช้น้อยจะปรับเส้นทางให้เหมาะสม ส่วนเส้นทางที่มีผู้โดยสารหนาแน่นอาจเพิ่มจำนวนรถ

นักวิชาการด้านการขนส่งมองว่า การเพิ่มรถเมล์สายสั้นที่วิ่งป้อนผู้โดยสารเข้าสู่สถานีรถไฟฟ้าเป็นแนวทางที่ถูกต้อง เพราะปัญหาใหญ่ของระบบขนส่งมวลชนในกรุงเทพฯ คือการเดินทางช่วงแรกและช่วงสุดท้ายจากบ้านไปยังสถานี หากค่าเดินทางส่วนนี้ลดลงได้ คนจำนวนมากจะหันมาใช้รถไฟฟ้าแทนรถยนต์ส่วนตัว ซึ่งจะช่วยลดปัญหารถติดและฝุ่นควันในเมืองได้อีกทางหนึ่ง

[[FOLLOW]]

ทั้งนี้ ประชาชนสามารถตรวจสอบแผนที่เส้นทางและเวลาเดินรถได้ทางแอปพลิเคชันของกรุงเทพมหานคร ⟦และเว็บไซต์สำนักการจราจรและขนส่ง ตั้งแต่วันที่ 20 มีนาคมเป็นต้นไป⟧""",
    mode="p", kind="news", why="city news report on new electric bus routes",
))

PH_PLACES = ["Metro Manila", "Quezon City", "Maynila", "Makati", "Pasig", "Taguig", "Caloocan", "Cebu", "Davao", "Iloilo", "Bacolod", "Cagayan de Oro", "Zamboanga",
             "Baguio", "Batangas", "Laguna", "Cavite", "Bulacan", "Pampanga", "Pangasinan", "Ilocos Norte", "Albay", "Leyte", "Palawan", "General Santos", "Tacloban"]

PAGES.append(dict(
    case="tl-other-wpnews-kalye", lang="tl", html_lang="fil", skin="wp_news", domain="balitangbayan.example", site="Balitang Bayan", secpath="tech",
    url="https://balitangbayan.example/tech/2026/03/10/rebyu-kalye-x5-budget-phone/",
    h1="Rebyu: Kalye X5, sulit ba ang P6,990 na budget phone?",
    og_title="Rebyu: Kalye X5, sulit ba ang P6,990 na budget phone? | Balitang Bayan",
    deck="Dalawang linggo naming ginamit ang bagong budget phone. Ito ang maganda at hindi maganda.",
    section="Tech", authors=["Paolo Villanueva"], byline_text="Ni Paolo Villanueva", byline_html='Ni <a href="/author/paolo-villanueva/">Paolo Villanueva</a>',
    ld_authors=["Paolo Villanueva"], ld_type="Review", pub="2026-03-10T15:45:00+08:00", date="Marso 10, 2026 - 3:45 PM", topdate="Martes, Marso 10, 2026",
    w=dict(dict(ad="ADVERTISEMENT", also="BASAHIN DIN:", video="Inirerekomendang video", follow="⟪I-follow ang Balitang Bayan sa Facebook at Viber para sa pinakabagong balita⟫",
                           related_inline="Kaugnay na Balita", tags="Tags:", related="Iba pang balita", comments="Mga komento", most_read="Trending", region="Balitang probinsya",
                           breaking="BREAKING", places="Probinsya", home="Home", ncomments="9")),
    sections=["Balita", "Showbiz", "Sports", "Tech", "Negosyo", "Probinsya", "Opinyon", "Lifestyle", "Video", "Horoscope"],
    subs={"Balita": ["Metro", "Bansa", "Mundo", "Pulitika"], "Sports": ["PBA", "Volleyball", "Boxing", "NBA"], "Showbiz": ["Teleserye", "Pelikula", "Musika"]},
    places_under="Probinsya", places=PH_PLACES, service=["Tungkol sa amin", "Makipag-ugnayan", "Mag-advertise", "Privacy Policy", "Terms of Use"],
    ticker=["⟪Presyo ng gasolina, bababa sa Martes⟫"],
    hero_caption="Ang Kalye X5 sa kulay asul. Kuha ni Paolo Villanueva",
    tags=["rebyu", "smartphone", "budget phone", "gadgets"],
    related=["Limang budget phone na mas mababa sa P8,000", "Paano pahabain ang buhay ng baterya"],
    most_read=["⟪Lotto result ngayong gabi⟫", "Gilas, pasok sa finals", "Bagong pasahe sa jeep simula Abril"],
    footer="© 2026 Balitang Bayan. All rights reserved.",
    body="""⟦Sa halagang P6,990, ang Kalye X5 ang isa sa pinakamurang phone na may 5,000 mAh na baterya⟧ at 90Hz na screen ngayong taon. Dalawang linggo namin itong ginamit bilang pangunahing phone para malaman kung sulit nga ba ito.

[[H|Disenyo at screen]]

Plastik ang likod ng phone pero hindi ito mukhang mura. Magaan ito sa kamay at hindi madulas. Ang 6.6-inch na screen ay sapat ang liwanag sa loob ng bahay, pero medyo mahirap basahin sa ilalim ng araw sa tanghali.

[[ALSO|⟪Limang budget phone na mas mababa sa P8,000⟫]]

[[H|Baterya]]

⟦Ang baterya ang pinakamalakas na punto ng Kalye X5.⟧ Sa karaniwang paggamit, Facebook, YouTube, chat at ilang tawag, umaabot ito ng halos dalawang araw bago kailangang i-charge. Ang kasamang 18W charger ay medyo mabagal: halos dalawang oras bago mapuno mula sampung porsiyento.

[[AD]]

[[H|Camera]]

Maayos ang 50MP na pangunahing camera kapag maliwanag. Malinaw ang kulay at sapat ang detalye para sa social media. ⟦Pero sa gabi o sa loob ng madilim na kwarto, mabilis lumabo ang mga larawan⟧ at lumalabas ang ingay. Halos walang silbi ang 2MP na depth camera.

[[VIDEO|⟪Unboxing: Ano ang laman ng kahon ng Kalye X5?⟫]]

[[H|Bilis]]

Sapat ang bilis para sa pang-araw-araw na gamit. May kaunting bagal kapag maraming app na bukas, at hindi ito para sa mabibigat na laro. Ang 128GB na storage ay puwedeng dagdagan ng microSD card. Dalawang taon ng security update ang ipinangako ng kompanya, na maikli kumpara sa ibang brand.

[[FOLLOW]]

[[H|Hatol]]

Kung ang hanap mo ay phone na matagal ang baterya at hindi ka masyadong mahilig sa litrato sa gabi, sulit ang Kalye X5. ⟦Pero kung mahalaga sa iyo ang camera, mag-ipon pa ng kaunti para sa mas mahal na modelo.⟧""",
    kind="other", why="product review of a budget smartphone",
))

MY_PLACES = ["Kuala Lumpur", "Selangor", "Shah Alam", "Petaling Jaya", "Klang", "Subang Jaya", "Putrajaya", "Johor Bahru", "Melaka", "Seremban", "Ipoh", "Pulau Pinang",
             "Alor Setar", "Kangar", "Kota Bharu", "Kuala Terengganu", "Kuantan", "Kota Kinabalu", "Kuching", "Miri", "Sandakan", "Labuan", "Bangi", "Kajang", "Rawang"]

PAGES.append(dict(
    case="ms-other-wpnews-bazar", lang="ms", skin="wp_news", domain="beritaselangor.example", site="Berita Selangor Kini", secpath="gaya-hidup",
    url="https://www.beritaselangor.example/gaya-hidup/2026/03/panduan-7-bazar-ramadan-shah-alam/",
    h1="Panduan: 7 bazar Ramadan di Shah Alam yang wajib dikunjungi tahun ini",
    og_title="Panduan: 7 bazar Ramadan di Shah Alam yang wajib dikunjungi tahun ini - Berita Selangor Kini",
    deck="Lokasi, waktu operasi dan juadah yang paling dicari, dari murtabak hingga air tebu.",
    section="Gaya Hidup", authors=["Nurul Aina Hashim"], byline_text="Oleh NURUL AINA HASHIM", byline_html='Oleh <a href="/penulis/nurul-aina-hashim/">NURUL AINA HASHIM</a>',
    ld_authors=["Nurul Aina Hashim"], ld_type="Article", pub="2026-03-11T17:30:00+08:00", date="Mac 11, 2026 @ 5:30pm", topdate="Rabu, 11 Mac 2026 | 21 Ramadan 1447H",
    w=dict(ad="IKLAN", also="Artikel berkaitan:", video="Video pilihan", follow="⟪Sertai saluran Telegram dan WhatsApp Berita Selangor Kini⟫",
           related_inline="Artikel Berkaitan", tags="Tag:", related="Berita lain", comments="Komen", most_read="Paling popular", region="Berita negeri",
           breaking="TERKINI", places="Negeri", home="Utama", ncomments="4"),
    sections=["Terkini", "Nasional", "Selangor", "Politik", "Ekonomi", "Sukan", "Hiburan", "Gaya Hidup", "Agama", "Video", "Rencana"],
    subs={"Sukan": ["Bola sepak", "Badminton", "Motorsport"], "Hiburan": ["Filem", "Muzik", "Drama"], "Gaya Hidup": ["Makanan", "Pelancongan", "Kesihatan"]},
    places_under="Selangor", places=MY_PLACES, service=["Tentang kami", "Hubungi kami", "Iklan", "Dasar privasi", "Terma penggunaan"],
    ticker=["⟪Waktu berbuka puasa Selangor hari ini 7.25 petang⟫"],
    hero_caption="Orang ramai di sebuah bazar Ramadan di Seksyen 7. Foto: Nurul Aina Hashim",
    tags=["bazar Ramadan", "Shah Alam", "juadah", "Ramadan 2026"],
    related=["Harga barang di bazar Ramadan dipantau", "Tips elak membazir ketika berbuka"],
    most_read=["⟪Tarikh cuti Hari Raya Aidilfitri 2026⟫", "Harga minyak mingguan", "Jadual imsak Selangor"],
    footer="© 2026 Berita Selangor Kini. Hak cipta terpelihara.",
    body="""⟦Bazar Ramadan menjadi tarikan utama penduduk Shah Alam setiap petang sepanjang bulan puasa.⟧ Tahun ini, majlis bandar raya meluluskan lebih 30 tapak bazar dengan hampir 2,000 gerai. Berikut tujuh bazar yang menjadi pilihan ramai, berdasarkan tinjauan kami minggu lalu.

[[H|1. Bazar Ramadan Seksyen 7]]

Bazar terbesar di Shah Alam dengan lebih 300 gerai. ⟦Murtabak daging dan ayam golek di sini sering habis sebelum pukul enam petang.⟧ Datang awal kerana tempat letak kereta cepat penuh.

[[ALSO|⟪Harga barang di bazar Ramadan dipantau setiap hari⟫]]

[[H|2. Bazar Ramadan Seksyen 13]]

Terletak berhampiran stadium, bazar ini terkenal dengan pilihan kuih tradisional seperti tepung pelita, seri muka dan kuih lompang. Harga kebanyakan kuih antara RM1 hingga RM1.50 sebiji.

[[H|3. Bazar Ramadan Setia Alam]]

Bazar moden dengan gerai makanan Barat dan Asia. Pengunjung muda gemar burger daging salai dan minuman berperisa yang menjadi tular di media sosial.

[[AD]]

[[H|4. Bazar Ramadan Seksyen 24]]

⟦Bazar ini lebih kecil tetapi kurang sesak, sesuai untuk keluarga dengan anak kecil.⟧ Cuba nasi kerabu dan air tebu segar yang diperah di hadapan pelanggan.

[[VIDEO|⟪Tinjauan: Juadah paling laris di bazar Seksyen 7⟫]]

[[H|5. Bazar Ramadan Kota Kemuning]]

Terkenal dengan ikan bakar dan sotong bakar. Beratur panjang bermula seawal pukul lima petang, jadi pastikan anda sabar.

[[H|6. Bazar Ramadan Seksyen 18]]

Ada banyak pilihan lauk untuk dibawa pulang, sesuai bagi yang mahu makan di rumah. Rendang tok dan gulai kawah antara yang paling dicari.

[[FOLLOW]]

[[H|7. Bazar Ramadan Bukit Jelutong]]

Bazar ini beroperasi di tapak letak kereta yang luas. Ada ruang makan berbumbung untuk mereka yang mahu berbuka di situ.

⟦Kebanyakan bazar beroperasi dari pukul 3 petang hingga 7.30 malam, dan pengunjung diingatkan membawa beg sendiri.⟧""",
    kind="other", why="listicle guide to Ramadan food markets",
))
