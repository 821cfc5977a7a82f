"""Indonesian, Japanese, Korean and Chinese pages."""
from lang import mk

PAGES = []

PAGES.append(mk(
    case="id-news-asia-banjir", lang="id", html_lang="id-ID", skin="asia", domain="kabarnusantara.example", site="Kabar Nusantara", secpath="megapolitan",
    url="https://kabarnusantara.example/megapolitan/read/2026/02/11/093512/banjir-rob-rendam-tiga-kelurahan-di-jakarta-utara",
    h1="Banjir Rob Rendam Tiga Kelurahan di Jakarta Utara, 400 Warga Mengungsi",
    deck="Ketinggian air mencapai 60 sentimeter di Muara Angke saat pasang tertinggi pagi tadi.",
    section="Megapolitan", authors=["Rizal Fahmi bin Abdullah"], byline_text="Penulis: Rizal Fahmi bin Abdullah | Editor: Dewi Lestari", byline_at="end",
    byline_html='Penulis: <a href="/penulis/rizal-fahmi-bin-abdullah">Rizal Fahmi bin Abdullah</a> | Editor: <a href="/editor/dewi-lestari">Dewi Lestari</a>',
    meta_author="Dewi Lestari", ld_authors=["Dewi Lestari"], ld_type="NewsArticle",
    pub="2026-02-11T09:35:12+07:00", date="Rabu, 11 Feb 2026 09:35 WIB", topdate="Rabu, 11 Februari 2026",
    hero="Warga melintasi genangan rob di Muara Angke. ⟪KABAR NUSANTARA/ANDI SAPUTRA⟫",
    related=["⟪Tanggul laut raksasa masuk tahap lelang⟫", "Jadwal pasang tertinggi bulan ini", "Pompa air Pluit ditambah dua unit"],
    mr=["⟪Tarif Transjakarta tidak naik tahun ini⟫"], tags=["banjir rob", "Jakarta Utara"],
    body="""⟦Banjir rob merendam tiga kelurahan di Jakarta Utara pada Rabu (11/2/2026) pagi.⟧ Ketinggian air di kawasan Muara Angke mencapai 60 sentimeter saat air laut pasang sekitar pukul 07.00 WIB.

Kepala Badan Penanggulangan Bencana Daerah (BPBD) DKI Jakarta, Sri Wahyuni, mengatakan sekitar 400 warga mengungsi ke masjid dan sekolah terdekat.

[[ALSO|Jadwal pasang tertinggi bulan ini]]

⟦“Kami sudah menyiagakan 30 pompa mobile dan perahu karet,” kata Sri.⟧ Menurut dia, air diperkirakan surut menjelang sore.

[[AD]]

⟦Warga Kelurahan Penjaringan mengeluhkan rob yang makin sering datang.⟧ Hasan, seorang nelayan, mengatakan air masuk ke rumahnya empat kali sejak Januari.

⟦BMKG memperkirakan pasang tinggi masih akan terjadi hingga Jumat.⟧""",
    kind="news", why="reports a tidal flood in Jakarta",
))

PAGES.append(mk(
    case="id-other-portal-takjil", lang="id", html_lang="id-ID", skin="portal", domain="jalanjajan.example", site="JalanJajan", secpath="kuliner",
    url="https://jalanjajan.example/kuliner/7-tempat-berburu-takjil-di-bandung-yang-selalu-ramai",
    h1="7 Tempat Berburu Takjil di Bandung yang Selalu Ramai Jelang Buka Puasa",
    deck="Dari kolak pisang sampai gorengan, ini daftar pasar takjil favorit warga Bandung.",
    section="Kuliner", authors=None, byline_text="Tim Redaksi", ld_authors=["org:JalanJajan"], meta_author="JalanJajan", ld_type="Article",
    pub="2026-02-24T15:00:00+07:00", date="Selasa, 24 Februari 2026 | 15:00 WIB", topdate="Selasa, 24 Februari 2026", weather="Bandung 24°C",
    source_line="⟪Editor: Bambang Sutrisno⟫",
    related=["⟪Resep kolak pisang ubi yang legit⟫", "Tempat bukber murah di Dago", "Jadwal imsakiyah Bandung 2026"],
    mr=["⟪Promo tiket kereta mudik dibuka pekan depan⟫"], tags=["takjil", "Bandung", "Ramadan"],
    body="""⟦Menjelang waktu berbuka, sejumlah jalan di Bandung berubah menjadi pasar takjil dadakan.⟧ Berikut tujuh tempat yang paling sering dikunjungi warga.

[[H|1. Jalan Cikapundung Barat]]

⟦Deretan pedagang di sini menjual kolak, bubur sumsum, dan es campur mulai pukul 15.30.⟧ Datanglah sebelum pukul 17.00 jika tidak ingin kehabisan.

[[H|2. Pasar Kosambi]]

Pasar tradisional ini dikenal dengan gorengan dan lontong sayur yang harganya masih terjangkau.

[[AD]]

[[H|3. Masjid Pusdai]]

⟦Halaman masjid ini dipenuhi pedagang makanan khas Sunda setiap sore.⟧ Banyak pengunjung sekalian ikut buka puasa bersama.

[[ALSO|Tempat bukber murah di Dago]]

[[H|4–7. Jalan Burangrang, Cihapit, Ujungberung dan Antapani]]

Keempat lokasi ini lebih kecil, tetapi cocok untuk warga yang tinggal di sekitarnya.

⟦Jangan lupa membawa tas belanja sendiri untuk mengurangi sampah plastik.⟧""",
    kind="other", why="listicle guide to Ramadan food markets",
))

PAGES.append(mk(
    case="id-opinion-column-guru", lang="id", html_lang="id-ID", skin="column", domain="suarakampus.example", site="Suara Kampus", secpath="kolom",
    url="https://suarakampus.example/kolom/guru-honorer-butuh-kepastian-bukan-janji",
    h1="Guru Honorer Butuh Kepastian, Bukan Janji",
    deck="Selama status tidak jelas, sekolah di daerah akan terus kehilangan guru terbaiknya.",
    section="Kolom", authors=["Nur Aini Siregar"], byline_text="Oleh: Dr. Nur Aini Siregar", role="Dosen Pendidikan",
    byline_html='Oleh: <a href="/penulis/nur-aini-siregar">Dr. Nur Aini Siregar</a>',
    ld_authors=["org:Suara Kampus"], ld_type="OpinionNewsArticle",
    pub="2026-05-02T06:00:00+07:00", date="Sabtu, 2 Mei 2026",
    related=["⟪Sekolah kecil, masalah besar⟫", "Kurikulum berganti, guru tetap", "Belajar dari sekolah di perbatasan"],
    mr=["⟪Pendaftaran PPDB dibuka pekan depan⟫"],
    body="""⟦Setiap Hari Pendidikan Nasional, kita memuji guru sebagai pahlawan tanpa tanda jasa.⟧ Sehari kemudian, ribuan guru honorer kembali mengajar dengan gaji yang kadang tidak sampai sepertiga upah minimum.

[[AD]]

⟦Masalah terbesarnya bukan hanya gaji, tetapi ketidakpastian.⟧ Banyak guru honorer sudah mengajar lebih dari sepuluh tahun tanpa tahu apakah kontraknya akan diperpanjang tahun depan.

[[ALSO|Kurikulum berganti, guru tetap]]

⟦Pemerintah daerah perlu membuat peta kebutuhan guru yang terbuka,⟧ lalu mengangkat guru honorer yang sudah lama mengabdi sesuai kebutuhan itu, sekolah demi sekolah.

⟦Tanpa kepastian, guru terbaik kita akan terus pindah ke kota atau berhenti mengajar.⟧

[[CREDIT|<em>⟪*) Penulis adalah dosen Fakultas Keguruan⟫ dan pemerhati pendidikan di Sumatera Utara.</em>]]""",
    kind="opinion", why="column arguing for job security for teachers",
))

PAGES.append(mk(
    case="ja-news-asia-shuttle", lang="ja", html_lang="ja", skin="asia", domain="minato-shimbun.example", site="みなと新聞", secpath="shakai",
    url="https://minato-shimbun.example/shakai/articles/20260403-0047.html",
    h1="離島シャトル便、4月から減便　燃料費高騰で1日2往復に",
    deck="利用者からは通院への影響を心配する声が上がっている。",
    section="社会", authors=["佐々木健太"], byline_text="社会部　佐々木健太",
    byline_html='社会部　<a href="/author/sasaki-kenta/">佐々木健太</a>',
    ld_authors=["org:みなと新聞"], ld_type="NewsArticle",
    pub="2026-04-03T08:00:00+09:00", ld_date="2026-04-02T23:00:00Z", meta_date="2026-04-02T23:00:00Z", date="2026年4月3日 8時00分", topdate="2026年4月3日（金）",
    hero="港に停泊するシャトル便の船。⟪写真：小林真央⟫",
    related=["⟪離島の診療所、医師確保へ新制度⟫", "燃料サーチャージ、5月も据え置き", "島の高校、定員割れ続く"],
    mr=["⟪新年度の運賃改定、バス各社が発表⟫"], tags=["離島", "交通"],
    body="""⟦本土と三つの離島を結ぶシャトル便が、4月から1日3往復から2往復に減便された。⟧運航会社は燃料費の高騰を理由に挙げている。

同社によると、昨年度の燃料費は前年度より約3割増えた。利用者数は1日平均180人で、5年前の7割程度にとどまる。

[[AD]]

⟦島で暮らす住民からは、本土の病院への通院を心配する声が上がっている。⟧最終便が午後4時に繰り上がり、午後の診察を受けると日帰りができなくなるためだ。

[[ALSO|離島の診療所、医師確保へ新制度]]

⟦県は運航会社への補助を増やすかどうか、6月までに判断する方針だ。⟧

⟦住民団体は今月中に署名を集め、県に提出する予定だ。⟧""",
    kind="news", why="reports a ferry service cut",
))

PAGES.append(mk(
    case="ja-other-asia-sanpo", lang="ja", html_lang="ja", skin="asia", domain="tabinote.example", site="旅ノート", secpath="guide",
    url="https://tabinote.example/guide/kanazawa-asa-sanpo-course",
    h1="金沢・朝の散歩コース　市場から庭園まで半日でめぐる",
    deck="観光客が増える前の朝7時に歩き出すのがおすすめ。",
    section="旅のガイド", authors=["中村あゆみ"], byline_text="文・写真＝中村あゆみ　編集＝堀井大地", byline_at="none",
    meta_author="旅ノート編集部", ld_authors=["org:旅ノート編集部"], ld_type="Article",
    pub="2026-10-16T11:00:00+09:00", date="2026.10.16", topdate="2026年10月16日",
    related=["⟪北陸の温泉宿、秋の予約状況⟫", "金沢で食べたい和菓子5選", "雨の日の金沢の歩き方"],
    mr=["⟪紅葉の見頃、今年は1週間遅れ⟫"], tags=["金沢", "散歩"],
    body="""⟦金沢の朝は早い。市場は7時前から動き出し、通りには仕込みの湯気が立つ。⟧今回は市場から庭園まで、半日で歩けるコースを紹介する。

[[H|1. 市場で朝ごはん]]

⟦まずは市場の食堂で海鮮丼を。⟧8時台なら待たずに入れる店が多い。

[[AD]]

[[H|2. 川沿いを歩いて茶屋街へ]]

⟦川沿いの遊歩道を15分ほど歩くと、古い茶屋街に着く。⟧観光客が増える前の静かな町並みは朝ならではだ。

[[ALSO|⟪金沢で食べたい和菓子5選⟫]]

[[H|3. 庭園でひと休み]]

庭園は朝7時から開いている。入園料は大人320円。

⟦昼前には駅に戻れるので、午後は別の町へ足を延ばすこともできる。⟧

[[CREDIT|⟪文・写真＝中村あゆみ　編集＝堀井大地⟫]]""",
    kind="other", why="travel guide with a walking route",
))

PAGES.append(mk(
    case="ko-news-asia-jeonse", lang="ko", html_lang="ko", skin="asia", domain="hanbit-ilbo.example", site="한빛일보", secpath="economy",
    url="https://www.hanbit-ilbo.example/news/articleView.html?idxno=284117",
    h1="전세 보증 사고 1년 새 40% 줄어… 빌라는 여전히 불안",
    deck="아파트는 안정세, 연립·다세대는 보증금 미반환이 계속되고 있다.",
    section="경제", authors=["김서연", "박준호"], byline_text="김서연·박준호 기자",
    byline_html='<a href="/news/userArticle.html?id=seoyeon">김서연</a>·<a href="/news/userArticle.html?id=junho">박준호</a> 기자',
    ld_authors=["org:한빛일보"], ld_type="NewsArticle",
    pub="2026-03-23T06:00:00+09:00", date="입력 2026.03.23 06:00", updated="수정 2026.03.23 09:12", topdate="2026년 03월 23일 (월)",
    hero="서울의 한 빌라 밀집 지역. ⟪한빛일보 자료사진⟫",
    related=["⟪전세사기 피해자 지원 기간 연장⟫", "빌라 매매가 6개월째 하락", "보증보험 가입 조건 강화"],
    mr=["⟪기준금리 동결… 연내 인하 가능성⟫"], tags=["전세", "부동산"],
    body="""⟦전세 보증금 반환 보증 사고가 1년 사이 40% 가까이 줄어든 것으로 나타났다.⟧ 다만 연립·다세대 주택에서는 여전히 사고가 이어지고 있다.

주택도시보증공사에 따르면 지난해 보증 사고 금액은 2조 8천억 원으로 전년보다 39% 감소했다.

[[AD]]

⟦사고의 70% 이상은 빌라와 오피스텔에서 발생했다.⟧ 아파트 전세 시장이 안정된 것과 대조적이다.

[[ALSO|빌라 매매가 6개월째 하락]]

⟦전문가들은 빌라 시세를 정확히 알기 어려운 점이 문제라고 지적한다.⟧ 한 부동산 연구원은 공시가격과 실거래가의 차이가 커 보증금이 집값을 넘기 쉽다고 말했다.

⟦정부는 다음 달 빌라 시세 정보 공개 확대 방안을 발표할 예정이다.⟧

[[CREDIT|⟪김서연 기자 seoyeon.kim@hanbit-ilbo.example⟫]]

[[CREDIT|ⓒ 한빛일보, 무단전재 및 재배포 금지]]""",
    kind="news", why="reports housing deposit insurance data",
))

PAGES.append(mk(
    case="ko-opinion-column-gigo", lang="ko", html_lang="ko", skin="column", domain="sidaeilbo.example", site="시대일보", secpath="opinion",
    url="https://www.sidaeilbo.example/opinion/article/202605141830",
    h1="[기고] 동네 도서관을 밤 10시까지 열자",
    deck="퇴근 후 갈 곳이 없는 시민에게 도서관은 가장 저렴한 복지다.",
    section="오피니언", authors=["이하늘"], byline_text="이하늘 미래도시연구소 소장",
    byline_html='<a href="/author/lee-haneul">이하늘</a> 미래도시연구소 소장',
    meta_author="시대일보", ld_authors=["org:시대일보"], ld_type="OpinionNewsArticle",
    pub="2026-05-14T18:30:00+09:00", date="2026-05-14 18:30",
    related=["⟪[사설] 공공시설 야간 개방 확대해야⟫", "작은 도서관 3곳 중 1곳 휴관", "청년 1인 가구의 저녁"],
    mr=["⟪장마 시작 다음 주로 앞당겨져⟫"],
    body="""⟦우리 동네 구립도서관은 평일 저녁 6시에 문을 닫는다.⟧ 직장인이 퇴근해 도착하면 이미 불이 꺼져 있다.

도서관을 가장 필요로 하는 사람은 집에 공부할 공간이 없는 학생과 좁은 원룸에 사는 청년들이다. 이들이 도서관을 쓸 수 있는 시간은 저녁 이후다.

[[AD]]

⟦야간 운영에 드는 비용은 생각보다 크지 않다.⟧ 한 구의 시범 사업에서 밤 10시까지 연장하는 데 든 인건비는 연간 2억 원 남짓이었다.

[[ALSO|작은 도서관 3곳 중 1곳 휴관]]

⟦지자체마다 최소 한 곳의 도서관은 밤 10시까지 열기를 제안한다.⟧ 이용자가 늘면 점차 확대하면 된다.

⟦불 켜진 도서관은 가장 저렴하고 확실한 복지다.⟧

[[CREDIT|⟪※ 외부 필자의 기고는 본지의 편집 방향과 다를 수 있습니다.⟫]]""",
    kind="opinion", why="op-ed proposing late library hours",
))

PAGES.append(mk(
    case="zh-opinion-column-duwu", lang="zh", html_lang="zh-TW", skin="column", domain="guanchalun.example", site="觀察論壇", secpath="opinion",
    url="https://guanchalun.example/opinion/20260608/reading-alone-in-public",
    h1="在捷運上讀紙本書，是一種小小的抵抗",
    deck="當每個人都低頭滑手機，翻頁的聲音反而成了最安靜的反叛。",
    section="評論", authors=["陳思妤"], byline_text="文／陳思妤（特約撰稿人）",
    byline_html='文／<a href="/author/chen-siyu">陳思妤</a>（特約撰稿人）',
    meta_author="王柏翰", ld_authors=["org:觀察論壇"], ld_type="OpinionNewsArticle",
    pub="2026-06-08T07:00:00+08:00", date="2026/06/08 07:00",
    hero="捷運車廂內閱讀的乘客。⟪圖／廖子晴⟫",
    related=["⟪獨立書店還能撐多久？⟫", "我們為什麼不再寫信", "城市裡的安靜角落"],
    mr=["⟪捷運新線通車首週運量破百萬⟫"],
    body="""⟦每天早上搭捷運上班，我都會帶一本紙本書。⟧車廂裡幾十個人，常常只有我一個人在翻頁。

我不是反對手機。我也用手機讀新聞、回訊息。但我發現，在手機上讀書，很難讀超過十分鐘，總會被通知打斷。

[[AD]]

⟦紙本書沒有通知，也沒有推薦演算法。⟧它只要求你把注意力交給它。

[[ALSO|我們為什麼不再寫信]]

⟦我想建議捷運公司在車站設置小小的交換書架，⟧讓乘客帶一本、拿一本。成本不高，卻可能讓更多人重新拿起書。

⟦在擁擠的車廂裡，一本書就是一個安靜的房間。⟧

[[CREDIT|⟪編輯：王柏翰⟫]]""",
    kind="opinion", why="personal op-ed arguing for reading paper books",
))

PAGES.append(mk(
    case="zh-news-asia-jieyun", lang="zh", html_lang="zh-TW", skin="asia", domain="taibeiribao.example", site="台北日報", secpath="local",
    url="https://taibeiribao.example/news/local/20260312/5518234",
    h1="北市老舊公寓加裝電梯補助加碼　最高可達450萬元",
    deck="市府修正辦法，五樓以下公寓也適用，預計明年受理。",
    section="地方", authors=["黃靖雯", "李承翰"], byline_text="記者黃靖雯、李承翰／台北報導",
    byline_html='記者<a href="/author/huang-jingwen">黃靖雯</a>、<a href="/author/li-chenghan">李承翰</a>／台北報導',
    meta_author="台北日報", ld_authors=["黃靖雯"], ld_type="NewsArticle",
    pub="2026-03-12T14:20:00+08:00", date="2026-03-12 14:20", topdate="2026年3月12日 星期四",
    hero="老舊公寓外牆加裝的電梯。⟪記者李承翰／攝影⟫",
    related=["⟪都更危老重建申請量創新高⟫", "長者住宅無障礙改善補助上路", "北市公宅第二期抽籤"],
    mr=["⟪捷運環狀線北環段動工⟫"], tags=["電梯", "老屋"],
    body="""⟦台北市政府今天宣布，老舊公寓加裝電梯的補助上限將從300萬元提高到450萬元，⟧並放寬到五樓以下的公寓也能申請。

都市發展局表示，全市屋齡超過30年、沒有電梯的公寓約有1萬7千棟，其中不少住戶是長者。

[[AD]]

⟦過去申請案件不多，主要卡在住戶同意比例與費用分攤。⟧新辦法將同意門檻從全體住戶降為三分之二。

[[ALSO|長者住宅無障礙改善補助上路]]

⟦住在大安區公寓四樓的王姓阿嬤說，每天上下樓梯都很吃力，⟧希望鄰居能夠同意。

⟦市府預計明年1月開始受理申請。⟧""",
    kind="news", why="reports a city elevator subsidy change",
))
