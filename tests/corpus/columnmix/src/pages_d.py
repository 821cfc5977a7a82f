"""East and South-East Asian pages: a Japanese report beside editorial teasers and a product comparison, a Korean
contributed column and a Korean report, a Taiwanese op-ed, an Indonesian report with a columnist-style photo and an
Indonesian advertorial."""

PAGES = []

# ---------------------------------------------------------------- Japanese report; the rail is 社説・コラム
PAGES.append(dict(
    case="ja-news-cjk-basurosen", lang="ja", skin="cjk", domain="minatoshinpo.example", site="みなと新報",
    url="https://www.minatoshinpo.example/articles/20260311/local/00047821",
    h1="市営バス3路線、9月末で廃止へ　利用者「通院の足がなくなる」", kicker="地域",
    authors=["山本彩"], byline_text="報道部 山本彩", ld_authors=["山本彩"], ld_type="NewsArticle",
    pub="2026-03-11T18:30:00+09:00", date="2026年3月11日 18時30分",
    caption="⟪廃止が検討されている若葉台線のバス停（11日、港北区）⟫",
    nav=["ニュース", "地域", "経済", "スポーツ", "オピニオン", "社説", "コラム", "おくやみ"],
    cookie="⟪当サイトではサービス向上のためにクッキーを使用しています。⟫",
    side=[("アクセスランキング", ["⟪港の花火大会、今年は8月に開催⟫", "県立高校の合格発表　倍率は1.12倍", "新駅ビルに書店が出店"], "news"),
          ("社説・コラム", [("社説", "⟪公共交通の縮小　住民の声を聞く仕組みを⟫"), ("潮風", "春の港に思う")], "opinion")],
    related=["⟪運転手不足、県内バス会社の6割が減便⟫", "高齢者の移動手段、乗り合いタクシーに期待"],
    footer="⟪Copyright © みなと新報社 All rights reserved.⟫",
    body="""<p>⟦市交通局は11日、利用者の少ない市営バス3路線を9月末で廃止する方針を明らかにした。⟧運転手不足と赤字の拡大が理由で、市議会の委員会で報告した。</p>
<p>廃止されるのは若葉台線、北浜線、西ケ丘循環線の3路線。いずれも1日の平均利用者数が150人を下回っている。市交通局によると、3路線の年間赤字は合わせて約1億2千万円に上る。</p>
<p>⟦若葉台線を週3回利用して病院に通う女性（78）は「私は車を運転できない。バスがなくなったら通院の足がなくなる」と話した。⟧近くに住む男性（81）も「私たちのような年寄りは、どうすればいいのか」と困惑した様子だった。</p>
<div class="ad-inarticle"><span>広告</span></div>
<p>⟦市は代替策として、予約制の乗り合いタクシーを10月から試験運行する。⟧運賃は1回300円とし、対象地域の住民に登録を呼びかける。</p>
<p>交通局の担当者は「路線の維持に努めてきたが、運転手の確保が限界に達した」と説明した。⟦市は4月中に地元で説明会を開く予定だ。⟧</p>""",
    exclude=["div.ad-inarticle"],
    kind="news", why="local transport report; quoted residents speak in first person",
))

# ---------------------------------------------------------------- product comparison with a table, affiliate disclosure
PAGES.append(dict(
    case="ja-other-lifestyle-earbuds", lang="ja", skin="lifestyle", domain="monoerabi.example", site="モノ選びラボ",
    url="https://monoerabi.example/audio/wireless-earbuds-hikaku-2026/",
    h1="【2026年】ワイヤレスイヤホン5機種を徹底比較　通勤におすすめはどれ？", kicker="オーディオ",
    authors=["佐藤健太"], byline_text="文：佐藤健太", ld_authors=["佐藤健太"], ld_type="Article",
    pub="2026-02-10T12:00:00+09:00", date="2026.02.10", meta_extra="更新日：2026.02.18",
    label="⟪※本記事はアフィリエイト広告を含みます⟫",
    nav=["オーディオ", "PC", "スマホ", "家電", "ランキング"],
    side=[("人気記事", ["⟪1万円以下で買えるスマートウォッチ7選⟫", "ノートPCの選び方"], "magazine")],
    related=["⟪ノイズキャンセリングの仕組みをわかりやすく解説⟫", "イヤホンのコーデック入門"],
    footer="⟪© 2026 モノ選びラボ⟫",
    body="""<p>⟦通勤電車でも使えるワイヤレスイヤホンを、編集部で5機種実際に使って比べました。⟧評価したのはノイズキャンセリング、装着感、バッテリー、通話品質の4項目です。</p>
<h2>比較表</h2>
<table class="compare"><thead><tr><th>製品</th><th>価格（税込）</th><th>ノイキャン</th><th>連続再生</th></tr></thead>
<tbody><tr><td>⟦ソノラ AirBeat 3⟧</td><td>19,800円</td><td>◎</td><td>8時間</td></tr>
<tr><td>カゼノネ K2</td><td>12,980円</td><td>○</td><td>10時間</td></tr>
<tr><td>ミヤビ Pods Lite</td><td>6,480円</td><td>△</td><td>6時間</td></tr>
<tr><td>テクノア ANC Pro</td><td>24,200円</td><td>◎</td><td>7時間</td></tr>
<tr><td>ルミエ Fit</td><td>9,900円</td><td>○</td><td>9時間</td></tr></tbody></table>
<div class="aff-box"><a class="btn-amazon" href="#">Amazonで見る</a><a class="btn-rakuten" href="#">楽天市場で見る</a></div>
<h2>ノイズキャンセリング</h2>
<p>⟦地下鉄の車内で最も静かだったのはテクノア ANC Proでした。⟧ソノラ AirBeat 3もほぼ同等で、低音の騒音をよく抑えます。</p>
<h2>結論</h2>
<p>⟦価格と性能のバランスではカゼノネ K2がおすすめです。⟧とにかく静かさを求めるならテクノア、予算を抑えたいならミヤビを選ぶとよいでしょう。</p>""",
    exclude=["div.aff-box"],
    kind="other", why="product comparison with affiliate links",
))

# ---------------------------------------------------------------- Korean contributed column; hints: professor byline, disclaimer at the end
PAGES.append(dict(
    case="ko-opinion-cjk-cheongnyeon", lang="ko", skin="cjk", domain="hanbitilbo.example", site="한빛일보",
    url="https://www.hanbitilbo.example/news/articleView.html?idxno=418270",
    h1="지방 소멸 대책, 청년이 머물 집부터 다시 설계해야",
    authors=["한지민"], byline_text="한지민 가람대 도시계획학과 교수", ld_authors=["한지민"], ld_type="NewsArticle",
    pub="2026-03-08T17:20:00+09:00", date="입력 2026.03.08 17:20",
    nav=["정치", "경제", "사회", "지역", "오피니언", "문화", "스포츠"],
    cookie="⟪본 사이트는 서비스 개선을 위해 쿠키를 사용합니다.⟫",
    side=[("많이 본 뉴스", ["⟪도청 이전 부지에 복합문화센터 들어선다⟫", "봄철 산불 위험 경보 발령", "지역 대학 신입생 충원율 하락"], "news"),
          ("오피니언", [("사설", "⟪인구 대책, 숫자보다 삶의 질을⟫")], "opinion")],
    related=["⟪청년 인구 유출 5년째 이어져⟫", "도, 청년 주거 지원 예산 20% 증액"],
    copy="⟪저작권자 © 한빛일보 무단전재 및 재배포 금지⟫",
    footer="한빛일보 | 등록번호 경북 아00000 | 발행인 김○○",
    body="""<p>⟦지난 10년 동안 우리 도의 20대 인구는 4분의 1 가까이 줄었다.⟧ 정부와 지자체는 출산 장려금, 귀농 지원금, 청년 창업 자금 등 수많은 대책을 내놓았지만 흐름을 되돌리지 못했다.</p>
<p>⟦청년들이 떠나는 이유를 물으면 일자리 다음으로 꼽는 것이 주거다.⟧ 지방의 집값은 수도권보다 싸지만, 청년이 살 만한 작은 임대주택은 오히려 부족하다. 오래된 단독주택과 대형 아파트 사이에 청년을 위한 선택지가 없는 것이다.</p>
<p>⟦이제 지방 소멸 대책은 현금 지원이 아니라 주거 설계에서 출발해야 한다.⟧ 빈집과 폐교를 공공 임대주택으로 고쳐 쓰고, 대학과 산업단지 가까이에 소형 주택을 집중적으로 공급해야 한다.</p>
<p>⟦청년이 머물 집이 없는 도시는 청년을 붙잡을 수 없다.⟧ 지자체가 이번 추경에서 주거 예산부터 챙기기를 바란다.</p>
<p class="disclaimer">⟪※ 외부 기고는 본지의 편집 방향과 다를 수 있습니다.⟫</p>""",
    exclude=["p.disclaimer"],
    kind="opinion", why="contributed column by a professor; disclaimer at end",
))

# ---------------------------------------------------------------- Korean report; reporter line and e-mail at the end of the body
PAGES.append(dict(
    case="ko-news-cjk-beoseupaeop", lang="ko", skin="cjk", domain="saebyuknews.example", site="새벽뉴스", meta="og",
    url="https://www.saebyuknews.example/news/articleView.html?idxno=90312",
    h1="시내버스 노사 협상 타결…내일 첫차부터 정상 운행",
    deck="임금 3.5% 인상 합의…파업 이틀 만에 마무리",
    authors=["김도윤"], byline_text="김도윤 기자", ld_authors=["김도윤"], ld_type="NewsArticle",
    pub="2026-03-05T23:40:00+09:00", date="입력 2026.03.05 23:40", date_mod="수정 2026.03.06 07:12",
    caption="⟪5일 오후 시청 앞 버스 정류장에서 시민들이 임시 셔틀버스를 기다리고 있다.⟫ 사진=새벽뉴스 DB",
    nav=["뉴스", "정치", "경제", "사회", "오피니언", "칼럼", "사설", "포토"],
    side=[("오피니언", [("칼럼", "⟪버스는 복지다⟫"), ("사설", "⟪반복되는 파업, 준공영제 손볼 때⟫")], "opinion"),
          ("많이 본 뉴스", ["지하철 2호선 연장 예타 통과", "꽃샘추위 주말까지 이어져"])],
    copy="⟪저작권자 © 새벽뉴스 무단전재 및 재배포 금지⟫",
    footer="새벽뉴스 | 서울특별시 ○○구 | 대표전화 02-000-0000",
    body="""<p>⟦시내버스 노사가 5일 밤 임금 협상에 최종 합의하면서 이틀째 이어진 파업이 끝났다.⟧ 버스는 6일 첫차부터 정상 운행한다.</p>
<p>시내버스 노동조합과 버스운송사업조합은 이날 오후 지방노동위원회의 조정안을 받아들여 임금 3.5% 인상과 정년 1년 연장에 합의했다. 노조는 당초 8% 인상을 요구했다.</p>
<p>⟦파업 기간 시는 지하철 운행을 하루 140회 늘리고 임시 셔틀버스 400여 대를 투입했다.⟧ 그러나 출근 시간대 정류장마다 긴 줄이 이어지며 시민 불편이 컸다.</p>
<p>⟦직장인 이모(34)씨는 “저는 버스 말고는 출근할 방법이 없어서 이틀 동안 택시비만 5만원을 썼다”고 말했다.⟧</p>
<p>⟦시 관계자는 “재정 지원 구조를 포함해 준공영제 개선 방안을 검토하겠다”고 밝혔다.⟧</p>
<p class="reporter-line">⟪김도윤 기자 dykim@saebyuknews.example⟫</p>""",
    exclude=["p.reporter-line"],
    kind="news", why="report on end of bus strike",
))

# ---------------------------------------------------------------- Taiwanese op-ed: 文／ byline, author note at the end
PAGES.append(dict(
    case="zh-opinion-cjk-gongjiao", lang="zh", skin="cjk", domain="islandtimes-tw.example", site="島嶼時報", html_lang="zh-Hant-TW",
    url="https://news.islandtimes-tw.example/article/20260303/6391027",
    h1="公共運輸補貼不該只看搭乘人數", kicker="生活",
    authors=["林書瑜"], byline_text="文／林書瑜", ld_authors=["林書瑜"], ld_type="NewsArticle", ld_section="生活",
    pub="2026-03-03T05:30:00+08:00", date="2026/03/03 05:30",
    nav=["即時", "政治", "社會", "生活", "國際", "評論", "財經", "體育"],
    cookie="⟪本網站使用Cookie以提供更好的瀏覽體驗。⟫",
    side=[("熱門新聞", ["⟪北部山區低溫特報　明晨恐降至5度⟫", "228連假疏運成績出爐"], "news"),
          ("評論", [("社論", "⟪偏鄉醫療不能只靠熱血⟫"), ("專欄", "城市的步行權")], "opinion")],
    related=["⟪交通部公布客運補貼新制⟫", "偏鄉公車班次再減　居民憂心"],
    footer="⟪© 2026 島嶼時報 版權所有⟫",
    body="""<p>⟦交通部日前公布新的公路客運補貼制度，將以每班次平均搭乘人數作為主要核定標準。⟧搭乘人數偏低的路線，補貼將逐年遞減。</p>
<p>乍看之下，以搭乘人數分配補貼似乎公平合理。但在偏鄉，一班公車載的可能是一位要去鎮上洗腎的老人，或是一個每天通勤上學的國中生。這些路線的價值，無法只用人數衡量。</p>
<p>⟦公共運輸的本質是公共服務，而不是一門生意。⟧若補貼只流向熱門路線，結果將是都市的班次越來越多，偏鄉的班次越來越少，而最需要公車的人反而被留在原地。</p>
<p>⟦新制應納入可及性指標，例如沿線的醫療院所、學校與高齡人口比例。⟧地方政府也應被要求提出整合計畫，把公車、復康巴士與需求反應式運輸一併納入。</p>
<p>⟦補貼制度怎麼設計，反映的是我們想要什麼樣的社會。⟧</p>
<p class="author-note">⟪（作者為國立中嶺大學運輸管理學系副教授）⟫</p>""",
    exclude=["p.author-note"],
    kind="opinion", why="op-ed on transit subsidies; hints are 文／ and author note",
))

# ---------------------------------------------------------------- Indonesian report with a columnist-style photo beside the byline
PAGES.append(dict(
    case="id-news-portal-hargacabai", lang="id", skin="portal", domain="kabarnusantara.example", site="Kabar Nusantara", meta="og",
    url="https://www.kabarnusantara.example/ekonomi/d-7730215/harga-cabai-rawit-di-pasar-induk-naik-dua-kali-lipat-jelang-lebaran",
    h1="Harga Cabai Rawit di Pasar Induk Naik Dua Kali Lipat Jelang Lebaran", photo=True, crumbs=["Ekonomi", "Bisnis"],
    authors=["Rizky Pratama"], byline_text="Oleh Rizky Pratama", byline_html='Oleh <a href="/penulis/rizky-pratama">Rizky Pratama</a>',
    ld_authors=["Rizky Pratama"], ld_type="NewsArticle",
    pub="2026-03-09T14:35:00+07:00", date="Senin, 09 Mar 2026 14:35 WIB",
    caption="⟪Pedagang cabai di Pasar Induk Kramat Jati, Senin (9/3/2026).⟫ Foto: Kabar Nusantara/Rizky Pratama",
    nav=["Berita", "Ekonomi", "Opini", "Kolom", "Olahraga", "Hiburan", "Otomotif"],
    cookie="⟪Situs ini menggunakan cookie untuk pengalaman yang lebih baik.⟫",
    side=[("Terpopuler", ["⟪Jadwal mudik gratis 2026 dibuka pekan depan⟫", "Tarif tol naik mulai April", "Cuaca ekstrem di pesisir utara"], "berita"),
          ("Kolom", [("Kolom", "⟪Inflasi pangan dan dapur kita⟫"), ("Opini", "Mengapa petani cabai tetap miskin")], "kolom")],
    related=["Bapanas pastikan stok beras aman sampai Lebaran", "Harga bawang merah mulai turun"],
    footer="⟪Copyright © 2026 Kabar Nusantara. All rights reserved.⟫",
    body="""<p><strong>Jakarta</strong> - ⟦Harga cabai rawit merah di Pasar Induk Kramat Jati naik dua kali lipat dalam dua pekan terakhir.⟧ Pada Senin (9/3/2026), harga di tingkat grosir mencapai Rp 95.000 per kilogram, dari sekitar Rp 48.000 pada akhir Februari.</p>
<p>Salah satu pedagang, Sutini (45), mengatakan pasokan dari sentra produksi di Jawa Tengah berkurang karena hujan deras. "Saya biasanya dapat kiriman lima kuintal sehari, sekarang cuma dua. Pembeli juga mengeluh, tapi saya tidak bisa jual lebih murah," ujarnya.</p>
<div class="baca-juga"><strong>Baca juga:</strong> <a href="/ekonomi/d-7729001/harga-bawang">⟪Pemerintah Siapkan Operasi Pasar di 30 Kota⟫</a></div>
<p>⟦Kenaikan juga dipicu permintaan yang meningkat menjelang Lebaran.⟧ Menurut data Badan Pangan Nasional, harga rata-rata nasional cabai rawit merah naik 38 persen dibanding bulan lalu.</p>
<p>⟦Kepala Dinas Ketahanan Pangan DKI Jakarta mengatakan pihaknya akan menggelar operasi pasar di 12 lokasi mulai pekan ini.⟧ "Kami bekerja sama dengan daerah penghasil agar pasokan kembali normal," katanya.</p>
<p>⟦Pedagang memperkirakan harga baru akan turun setelah Lebaran.⟧</p>""",
    exclude=["div.baca-juga"],
    kind="news", why="market price report with quoted traders; photo only styling",
))

# ---------------------------------------------------------------- Indonesian advertorial in a news theme
PAGES.append(dict(
    case="id-other-wpnews-advertorial", lang="id", skin="wpnews", domain="suaramaritim.example", site="Suara Maritim",
    url="https://suaramaritim.example/2026/02/27/nelayan-kini-bisa-menabung-lewat-aplikasi-bank-samudra/",
    h1="Nelayan Kini Bisa Menabung Lewat Aplikasi, Begini Caranya", kicker="Advertorial",
    authors=None, byline_text="Oleh Tim Konten", ld_authors=["Tim Konten"], ld_type="Article",
    pub="2026-02-27T10:00:00+08:00", date="27 Februari 2026", strip="Jumat, 27 Februari 2026",
    caption="⟪Nelayan di Makassar menunjukkan aplikasi tabungan di ponselnya.⟫ Foto: Dok. Bank Samudra",
    nav=["Beranda", "Berita", "Ekonomi", "Opini", "Kolom", "Olahraga", "Advertorial"],
    side=[("Terpopuler", ["⟪Pelabuhan Paotere dipercantik jelang Lebaran⟫", "Gelombang tinggi, nelayan diimbau tidak melaut"]),
          ("Opini", [("Opini", "⟪Laut kita, masa depan kita⟫")], "opini")],
    footer="⟪© 2026 Suara Maritim. Hak cipta dilindungi.⟫",
    body="""<p>⟦Menabung tidak lagi harus datang ke kantor cabang.⟧ Melalui aplikasi Samudra Mobile, nelayan dan pelaku usaha kecil di wilayah pesisir kini dapat membuka rekening dan menabung langsung dari ponsel.</p>
<p>"Kami ingin nelayan bisa menyisihkan hasil tangkapan setiap hari, berapa pun jumlahnya," kata Direktur Bisnis Ritel Bank Samudra, Andi Maulana, di Makassar.</p>
<h3>Cara membuka rekening</h3>
<ol><li>⟦Unduh aplikasi Samudra Mobile di toko aplikasi.⟧</li><li>⟦Siapkan KTP dan swafoto untuk verifikasi.⟧</li><li>Isi data diri dan pilih produk Tabungan Pesisir.</li><li>Setor awal mulai Rp 10.000 melalui agen terdekat.</li></ol>
<p>⟦Tabungan Pesisir tidak dikenakan biaya administrasi bulanan⟧ dan dilengkapi asuransi jiwa gratis selama satu tahun bagi nasabah baru yang mendaftar hingga 30 Juni 2026.</p>
<p class="adv-note">⟪Artikel ini merupakan kerja sama Suara Maritim dengan Bank Samudra.⟫</p>""",
    exclude=["p.adv-note"],
    kind="other", why="advertorial for a bank app",
))
