"""Japanese, Korean, Indonesian and Hindi pages: a ramen shop review with a shop-info box and a rice-cooker buying
guide, a film review (리뷰) with 별점 and a box-office report on the same Korean site, a phone review ("Ulasan")
and an advertorial, a Hindi film review and a critic's column on cinema ticket tax."""

PAGES = []

# ---------------------------------------------------------------- ramen shop review: レビュー, 評価, 店舗情報 box in the text
PAGES.append(dict(
    case="ja-other-ramenreview", lang="ja", skin="asia", domain="kitanippo.example", site="北日報デジタル",
    url="https://www.kitanippo.example/gourmet/article/20260226-ramen-kazamidori/",
    h1="【レビュー】札幌・琴似「麺処かざみどり」　澄んだ塩スープに驚く一杯",
    kicker="グルメ", authors=["森下由紀"], byline_text="文・写真：森下由紀（フードライター）", byline_html="文・写真：森下由紀（フードライター）",
    ld_authors=["森下由紀"], ld_type="Review", pub="2026-02-26T11:00:00+09:00", date="2026年2月26日 11:00",
    head_rating=True, rating=dict(value=4, of=5),
    info=[("住所", "札幌市西区琴似2条4丁目"), ("営業時間", "11:00〜15:00、17:30〜20:00"), ("定休日", "水曜"), ("価格", "塩らぁめん950円")],
    nav=["ニュース", "経済", "くらし", "グルメ", "エンタメ", "オピニオン", "スポーツ"],
    side=[("アクセスランキング", ["⟪札幌市、路面電車の延伸計画を発表⟫", "大雪で道央道が一時通行止め", "春の新千歳空港、国際線が増便へ"]),
          ("オピニオン", [("社説", "⟪除雪体制の見直しは待ったなしだ⟫")], "opinion")],
    cookie="⟪当サイトではサービス向上のためにCookieを使用しています。⟫",
    related=["⟪札幌のスープカレー、今年食べたい5店⟫", "小樽の老舗そば店が閉店へ"],
    footer="⟪Copyright © 2026 北日報社 All rights reserved.⟫",
    body="""<p>⟦琴似駅から歩いて五分ほどの住宅街に、昨年秋に開店した小さなラーメン店がある。⟧カウンター八席だけの「麺処かざみどり」だ。平日の昼前に訪れると、すでに六人が店の前に並んでいた。</p>
<p>看板メニューの塩らぁめんは、丼の底まで見えるほど澄んだスープが特徴だ。店主の佐伯亮さん（38）によると、道産の鶏ガラと利尻昆布、干し貝柱を低温で八時間かけて煮出しているという。⟦ひと口目は驚くほどあっさりしているのに、二口目から旨みが追いかけてくる。⟧正直に言えば、塩ラーメンにここまで心を動かされたのは久しぶりだ。</p>
[[INFO]]
<p>麺は札幌では珍しい細いストレート麺で、スープとの相性はとても良い。低温調理のチャーシューはしっとりと柔らかく、上にのった柚子の皮が全体を引き締めている。一方で、メンマの味付けはやや甘く、繊細なスープの中では少し浮いて感じられた。</p>
<p>醤油らぁめんも試したが、こちらは塩に比べると印象が弱い。⟦初めて訪れるなら、迷わず塩を選んでほしい。⟧追加の味玉（150円）は半熟の加減が絶妙で、これはぜひ頼みたい。</p>
<p>店内は清潔で、佐伯さんの接客も丁寧だ。ただ、待ち時間は週末だと一時間を超えることもあるそうなので、時間に余裕を持って訪れたい。スープがなくなり次第閉店となるため、夜の部は早めに終わる日も多い。</p>
<p>札幌のラーメンといえば味噌という人にこそ、一度食べてほしい一杯だ。⟦派手さはないが、また来たいと思わせる確かな実力がある。⟧</p>""",
    kind="other", why="ramen shop review with rating and shop info box",
))

# ---------------------------------------------------------------- rice-cooker buying guide with affiliate buttons
PAGES.append(dict(
    case="ja-other-suihankiguide", lang="ja", skin="reviewsite", domain="kaden-navi.example", site="家電ナビ",
    url="https://kaden-navi.example/best/suihanki-osusume-2026/",
    h1="炊飯器のおすすめ5選【2026年】失敗しない選び方も解説",
    deck="家電ライターが実際に炊き比べて、価格帯別におすすめモデルを選びました。",
    crumbs=["ホーム", "おすすめ", "キッチン家電"], authors=["田中健"], byline_text="家電ライター 田中健", byline_html="家電ライター 田中健",
    ld_authors=["田中健"], ld_type="Article", pub="2026-01-20T08:00:00+09:00", date="2026年1月20日",
    disclosure="⟪本記事はアフィリエイトプログラムを利用しています。⟫",
    nav=["レビュー", "おすすめ", "セール情報", "ニュース", "コラム"],
    side=[("人気記事", ["⟪電気ケトルのおすすめ7選⟫", "ロボット掃除機は本当に必要？"], "best")],
    comments=[("ゆき", "2026年1月21日", "⟪一人暮らしなので3合炊きの比較がありがたいです。⟫")],
    footer="⟪© 2026 家電ナビ All Rights Reserved.⟫", w={"pros": "良い点", "cons": "気になる点"},
    body="""<p>⟦毎日使う炊飯器は、ご飯の味を大きく左右する家電です。⟧今回は、人気メーカーの最新モデル12機種を実際に購入し、同じお米で炊き比べました。その中から、価格帯や家族の人数に合わせておすすめの5機種を紹介します。</p>
<h2>炊飯器の選び方</h2>
<p>まず確認したいのは加熱方式です。価格の安いマイコン式、火力の強いIH式、さらにふっくら炊ける圧力IH式があります。⟦毎日ご飯を食べる家庭なら、圧力IH式を選ぶと満足度が高いでしょう。⟧次に容量です。一人暮らしなら3合、3〜4人家族なら5.5合が目安です。</p>
<h2>1位　ミナモ 圧力IH炊飯器 RC-X10</h2>
<p>粒が立ち、甘みもしっかり感じられる炊き上がりで、試した中で最も評価が高かったモデルです。内釜が軽く、洗いやすいのも魅力です。</p>
[[BUY|⟪Amazonで見る⟫|楽天市場で見る]]
<h2>2位　コトブキ IH炊飯器 KH-55</h2>
<p>2万円台ながら、上位モデルに近い味わいでした。保温した翌朝のご飯もパサつきにくいです。</p>
<h2>3位　ハレノヒ マイコン炊飯器 3合</h2>
<p>⟦一人暮らしの最初の一台にぴったりの、コンパクトで安いモデルです。⟧炊き上がりはやや柔らかめですが、価格を考えれば十分です。</p>
[[BUY|⟪Yahoo!ショッピングで見る⟫]]
<h2>あわせて確認したいポイント</h2>
<p>容量や加熱方式のほかに、内釜の素材と重さ、お手入れが必要な部品の数、保温時の電気代もチェックしておくと安心です。毎日使うものなので、洗う部品が少ないモデルほど長く快適に使えます。</p>
<h2>4位・5位</h2>
<p>4位は玄米モードが優秀なモデル、5位は炊飯時間が短い時短モデルでした。詳しい比較表は記事の下にまとめています。</p>
<p>⟦自分の暮らしに合った一台を選んで、毎日のご飯をもっとおいしく楽しんでください。⟧</p>""",
    kind="other", why="buying guide ranking rice cookers with affiliate links",
))

KM_NAV = ["뉴스", "정치", "경제", "사회", "문화", "연예", "리뷰", "오피니언"]

# ---------------------------------------------------------------- film review: 리뷰 section, critic, 별점
PAGES.append(dict(
    case="ko-other-yeonghwareview", lang="ko", skin="asia", domain="munhwailbo.example", site="문화한빛일보",
    url="https://www.munhwailbo.example/news/articleView.html?idxno=204871",
    h1="[리뷰] ‘겨울 정류장’, 말없이 버티는 사람들에 대한 단단한 위로",
    deck="신인 감독 오하늘의 장편 데뷔작…배우 한지원의 절제된 연기 돋보여",
    kicker="리뷰", authors=["정민호"], byline_text="정민호 영화평론가", byline_html="정민호 영화평론가",
    copyline="⟪저작권자 © 문화한빛일보 무단전재 및 재배포 금지⟫",
    meta="og", pub="2026-03-04T09:00:00+09:00", date="입력 2026.03.04 09:00",
    head_rating=True, rating=dict(value=4, of=5),
    nav=KM_NAV, side=[("많이 본 뉴스", ["⟪서울시, 심야버스 노선 3개 신설⟫", "봄 축제 일정 한눈에 보기", "전세 사기 피해 지원 확대"]),
                      ("오피니언", [("칼럼", "⟪극장 관람료, 이대로 괜찮은가⟫"), ("사설", "지역 도서관 예산 삭감 재검토해야")], "opinion")],
    cookie="⟪이 사이트는 서비스 개선을 위해 쿠키를 사용합니다.⟫",
    related=["⟪‘겨울 정류장’ 오하늘 감독 “버스 정류장은 가장 작은 광장”⟫", "3월 개봉 영화 총정리"],
    footer="⟪문화한빛일보 | 서울특별시 중구 | 등록번호 서울 아00000⟫",
    body="""<p>⟦강원도의 한 시골 버스 정류장, 하루에 버스가 네 번 서는 그곳에 매일 같은 시간 한 여자가 앉아 있다.⟧ 오하늘 감독의 장편 데뷔작 ‘겨울 정류장’은 이 단순한 장면에서 출발해, 누군가를 기다린다는 것이 무엇인지 조용히 묻는다.</p>
<p>주인공 미숙(한지원)은 서울로 떠난 아들을 기다린다. 아들은 돌아오지 않고, 정류장에는 매일 다른 사람들이 스쳐 간다. 등교하는 고등학생, 읍내 병원에 가는 노부부, 길을 잃은 외국인 노동자. ⟦영화는 이들의 짧은 대화를 통해 한 마을의 겨울을 그려낸다.⟧</p>
<p>가장 큰 힘은 배우 한지원의 연기다. 대사는 많지 않지만, 손을 비비는 동작과 버스가 올 때마다 고개를 드는 순간만으로 인물의 시간을 전부 보여준다. 솔직히 말해 올해 본 한국 영화 가운데 가장 인상적인 연기였다.</p>
<p>촬영도 눈여겨볼 만하다. 카메라는 거의 움직이지 않고 정류장 맞은편에 고정된 채 계절의 변화를 담는다. 눈이 내리고, 녹고, 다시 얼어붙는 동안 미숙의 자리만은 변하지 않는다. 이 단순한 구도가 영화 전체의 정서를 만든다. 정류장을 스쳐 가는 조연 배우들도 대부분 실제 마을 주민처럼 자연스럽다.</p>
<p>아쉬운 점도 있다. 후반부에 등장하는 아들의 사연은 지나치게 설명적이고, 음악이 감정을 앞서 끌고 가는 장면이 몇 번 있다. ⟦조금 더 관객을 믿었다면 좋았을 것이다.⟧</p>
<p>그럼에도 이 영화는 느리고 조용한 영화가 여전히 극장에서 힘을 가질 수 있다는 것을 증명한다. ⟦화려하지 않지만 오래 남는, 올봄 가장 권하고 싶은 작품이다.⟧ 러닝타임 104분, 12세 관람가. 3월 11일 개봉.</p>""",
    kind="other", why="film review with star rating under 리뷰",
))

# ---------------------------------------------------------------- box-office report on the same site
PAGES.append(dict(
    case="ko-news-bakseuopiseu", lang="ko", skin="asia", domain="munhwailbo.example", site="문화한빛일보",
    url="https://www.munhwailbo.example/news/articleView.html?idxno=205330",
    h1="‘겨울 정류장’ 개봉 첫 주말 42만 관객…독립영화 이례적 흥행",
    deck="주말 박스오피스 2위…1위는 ‘강철 함대’",
    kicker="영화", authors=["이지훈"], byline_text="이지훈 기자", byline_html="이지훈 기자",
    copyline="⟪이지훈 기자 jhlee@munhwailbo.example⟫",
    ld_authors=["이지훈"], ld_type="NewsArticle", pub="2026-03-16T10:32:00+09:00", date="입력 2026.03.16 10:32 | 수정 2026.03.16 14:05",
    nav=KM_NAV, side=[("많이 본 뉴스", ["⟪서울시, 심야버스 노선 3개 신설⟫", "봄 축제 일정 한눈에 보기"]),
                      ("리뷰", [("★★★★", "⟪[리뷰] ‘겨울 정류장’, 말없이 버티는 사람들에 대한 단단한 위로⟫")], "review"),
                      ("오피니언", [("칼럼", "극장 관람료, 이대로 괜찮은가")], "opinion")],
    cookie="⟪이 사이트는 서비스 개선을 위해 쿠키를 사용합니다.⟫",
    footer="⟪문화한빛일보 | 서울특별시 중구 | 등록번호 서울 아00000⟫",
    body="""<p>⟦독립영화 ‘겨울 정류장’이 개봉 첫 주말 42만 명의 관객을 모으며 박스오피스 2위에 올랐다.⟧</p>
<p>16일 영화관입장권 통합전산망에 따르면 ‘겨울 정류장’은 지난 13일부터 15일까지 사흘간 42만 1천여 명을 동원했다. 개봉 첫날 상영관은 310개였으나, 관객이 몰리면서 주말에는 520개로 늘었다.</p>
<p>⟦제작비 8억 원 규모의 독립영화가 개봉 첫 주말 40만 관객을 넘긴 것은 이례적이다.⟧ 영화계에서는 배우 한지원의 연기에 대한 입소문과 평단의 호평이 흥행을 이끈 것으로 보고 있다.</p>
<p>같은 기간 1위는 대작 ‘강철 함대’로, 68만 명을 모아 누적 관객 310만 명을 기록했다. 3위는 애니메이션 ‘구름 위 고양이’(21만 명)였다.</p>
[[READ|⟪[리뷰] ‘겨울 정류장’, 말없이 버티는 사람들에 대한 단단한 위로⟫]]
<p>‘겨울 정류장’은 지난해 부산국제영화제에서 처음 공개돼 관객상을 받았으며, 개봉 전부터 평단의 호평을 받았다. ⟦개봉 첫날 예매율은 5%대였으나 주말 들어 18%까지 올랐다.⟧ 특히 20~30대 관객 비중이 60%를 넘은 것으로 집계됐다.</p>
<p>배급사 측은 “예상보다 훨씬 많은 관객이 찾아 주셔서 놀랐다”며 “다음 주 상영관을 추가로 확보하고 있다”고 밝혔다. ⟦오하늘 감독은 17일 서울에서 관객과의 대화를 열 예정이다.⟧ 주연 배우 한지원도 이 자리에 함께한다.</p>
<p>이번 주말 전체 극장 관객 수는 186만 명으로, 전주보다 12% 늘었다. ⟦영화계는 봄 성수기를 앞두고 관객 회복세가 이어질지 주목하고 있다.⟧</p>""",
    kind="news", why="box-office report with admissions figures",
))

# ---------------------------------------------------------------- Indonesian phone review ("Ulasan") with score and verdict box
PAGES.append(dict(
    case="id-other-ulasanponsel", lang="id", skin="reviewsite", domain="gawaiku.example", site="Gawaiku",
    url="https://www.gawaiku.example/ulasan/ulasan-lumo-x5-ponsel-kelas-menengah-terbaik-2026/",
    h1="Ulasan Lumo X5: Ponsel Kelas Menengah dengan Baterai Juara",
    deck="Dua minggu memakai Lumo X5 sebagai ponsel utama. Ini kelebihan dan kekurangannya.",
    crumbs=["Beranda", "Ulasan", "Ponsel"], authors=["Rizky Pratama"], byline_text="Rizky Pratama, Editor Gadget",
    byline_html='Oleh <a href="/penulis/rizky-pratama/">Rizky Pratama</a>, Editor Gadget',
    ld_obj={"@context": "https://schema.org", "@type": "Review", "name": "Ulasan Lumo X5: Ponsel Kelas Menengah dengan Baterai Juara",
            "author": {"@type": "Person", "name": "Rizky Pratama"}, "datePublished": "2026-02-17T15:00:00+07:00",
            "itemReviewed": {"@type": "Product", "name": "Lumo X5"}, "reviewRating": {"@type": "Rating", "ratingValue": 8.2, "bestRating": 10}},
    pub="2026-02-17T15:00:00+07:00", date="17 Februari 2026, 15:00 WIB",
    rating=dict(value="8,2", of=10),
    verdict=dict(summary="⟪Ponsel paling seimbang di kelas harga tiga jutaan saat ini.⟫",
                 pros=["baterai tahan dua hari", "layar terang", "harga bersaing"], cons=["kamera malam biasa saja", "bodi plastik"]),
    prices_h="Harga terbaru", prices=[("Toko Merah", "Rp3.299.000", "Beli"), ("BeliCepat", "Rp3.349.000", "Cek")],
    disclosure="⟪Gawaiku bisa mendapat komisi dari pembelian melalui tautan di halaman ini.⟫",
    nav=["Berita", "Ulasan", "Tips", "Perbandingan", "Opini", "Promo"],
    side=[("Terpopuler", ["⟪Daftar HP terbaru Maret 2026⟫", "Cara menghemat baterai Android"], "berita")],
    comments=[("dimas_ok", "17 Februari 2026", "⟪Sudah pakai seminggu, setuju soal baterainya, awet banget.⟫")],
    footer="⟪© 2026 Gawaiku. Seluruh hak cipta dilindungi.⟫",
    body="""<p>⟦Selama dua minggu terakhir saya memakai Lumo X5 sebagai ponsel utama,⟧ untuk bekerja, bermain gim, memotret, dan tentu saja menonton video di perjalanan pulang. Dengan harga sekitar tiga jutaan rupiah, ponsel ini masuk ke kelas yang paling ramai di Indonesia. Pertanyaannya: apakah ia layak dipilih?</p>
<h2>Desain dan layar</h2>
<p>Bodinya terbuat dari plastik dengan lapisan doff yang tidak mudah meninggalkan sidik jari. Terasa ringan, tapi tidak semewah pesaing yang memakai kaca. Layarnya berukuran 6,6 inci dengan refresh rate 120 Hz, dan cukup terang untuk dipakai di bawah terik matahari Jakarta.</p>
<h2>Performa dan baterai</h2>
<p>Untuk pemakaian sehari-hari, ponsel ini lancar. Gim populer berjalan mulus di pengaturan grafis menengah, walau bodi agak hangat setelah setengah jam. ⟦Bintang utamanya adalah baterai 6.000 mAh yang dalam pengujian saya bertahan hampir dua hari penuh.⟧ Pengisian dari nol sampai penuh butuh sekitar 70 menit.</p>
[[BUY|⟪Beli di Toko Merah Rp3.299.000⟫]]
<h2>Perangkat lunak</h2>
<p>Lumo X5 menjalankan Android terbaru dengan tampilan antarmuka yang cukup bersih. Memang masih ada beberapa aplikasi bawaan, tetapi sebagian besar bisa dihapus. Produsen menjanjikan tiga kali pembaruan sistem operasi dan empat tahun pembaruan keamanan, sesuatu yang jarang ditemukan di kelas harga ini. Pemindai sidik jari di tombol daya bekerja cepat dan akurat, sementara speaker stereonya cukup lantang untuk menonton film tanpa earphone.</p>
<h2>Kamera</h2>
<p>Kamera utama 50 MP menghasilkan foto siang hari yang tajam dengan warna natural. ⟦Sayangnya, hasil foto malam masih kalah dari pesaing di harga yang sama.⟧ Kamera depan cukup untuk rapat video dan swafoto.</p>
<h2>Kesimpulan</h2>
<p>Lumo X5 bukan ponsel yang sempurna, tapi ia melakukan hal-hal penting dengan sangat baik. ⟦Kalau Anda mencari ponsel dengan baterai awet dan layar bagus tanpa menguras dompet, ini pilihan yang tepat.⟧</p>""",
    kind="other", why="phone review with score, pros and cons, affiliate links",
))

# ---------------------------------------------------------------- advertorial on a news portal, written like a first-person feature
PAGES.append(dict(
    case="id-other-advertorialkopi", lang="id", skin="portal", domain="kabarnusantara.example", site="Kabar Nusantara",
    url="https://www.kabarnusantara.example/advertorial/2026/03/kopi-lereng-merapi-yang-mengubah-pagi-saya/",
    h1="Kopi dari Lereng Merapi yang Mengubah Pagi Saya",
    deck="Cerita tentang secangkir kopi lokal yang kini bisa dinikmati di seluruh Indonesia.",
    kicker="Advertorial", crumbs=["Advertorial"], authors=None, byline_text="Tim Konten Kabar Nusantara",
    byline_html="Tim Konten Kabar Nusantara", meta="og", itemtype="Article",
    pub="2026-03-09T10:00:00+07:00", date="Senin, 09 Maret 2026 10:00 WIB",
    nav=["Berita", "Nasional", "Ekonomi", "Gaya Hidup", "Opini", "Olahraga", "Advertorial"],
    side=[("Terpopuler", ["⟪Harga cabai rawit turun di pasar tradisional⟫", "Jadwal mudik gratis 2026 dibuka"]),
          ("Opini", [("Kolom", "⟪Kopi lokal butuh perlindungan, bukan sekadar promosi⟫")], "opini")],
    cookie="⟪Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda.⟫",
    footer="⟪© 2026 Kabar Nusantara. Seluruh hak cipta dilindungi.⟫",
    body="""<p class="adv-note">⟪Artikel ini merupakan kerja sama Kabar Nusantara dengan Kopi Sarimerapi.⟫</p>
<p>⟦Dulu pagi saya selalu dimulai dengan kopi sachet yang diseduh terburu-buru.⟧ Manis, cepat, dan terlupakan sebelum saya sampai di kantor. Semua itu berubah ketika seorang teman membawakan sebungkus kopi dari lereng Merapi sebagai oleh-oleh dari Yogyakarta.</p>
<p>Aromanya langsung memenuhi dapur begitu kemasan dibuka. Ada wangi cokelat, sedikit rempah, dan rasa asam segar yang tidak pernah saya temukan di kopi instan. ⟦Sejak pagi itu, menyeduh kopi menjadi ritual kecil yang saya tunggu setiap hari.⟧</p>
<p>Kopi tersebut adalah Kopi Sarimerapi, yang ditanam oleh lebih dari 300 petani di ketinggian 1.200 meter di atas permukaan laut. Biji kopinya dipetik merah, dijemur di rumah kaca, lalu disangrai dalam jumlah kecil agar rasanya tetap terjaga. Para petani mendapat harga yang adil, sehingga setiap cangkir juga membantu kehidupan desa di lereng gunung.</p>
<p>Saya sempat berkunjung ke salah satu kebun di Desa Wukirsari. Di sana, Pak Suroto, petani generasi ketiga, bercerita bagaimana dulu hasil panennya dijual murah kepada tengkulak. Kini ia dan kelompok taninya memproses sendiri biji kopi mereka dan menjualnya melalui koperasi. Melihat tangan-tangan yang memetik setiap buah kopi dengan teliti, saya jadi mengerti mengapa rasanya begitu istimewa.</p>
<p>Yang paling saya sukai adalah kemudahannya. Kopi Sarimerapi tersedia dalam bentuk biji, bubuk, dan drip bag yang praktis dibawa ke kantor. ⟦Cukup tuang air panas, tunggu empat menit, dan kopi siap dinikmati.⟧</p>
<p>Kini Kopi Sarimerapi bisa dipesan secara daring dan dikirim ke seluruh Indonesia. Selama bulan Maret, pembeli pertama mendapat potongan harga 20 persen dengan kode promo di situs resminya.</p>
<p>Kalau Anda juga bosan dengan pagi yang terburu-buru, mungkin sudah waktunya memberi diri sendiri secangkir kopi yang lebih baik. ⟦Pagi saya berubah, dan mungkin pagi Anda juga.⟧</p>""",
    exclude=["p.adv-note"],
    kind="other", why="advertorial promoting a coffee brand, sponsored content",
))

# ---------------------------------------------------------------- Hindi film review with rating
PAGES.append(dict(
    case="hi-other-filmsamiksha", lang="hi", skin="portal", domain="jansandesh.example", site="जन संदेश",
    url="https://www.jansandesh.example/entertainment/movie-review/pahadi-raag-review-2026-03-06",
    h1="पहाड़ी राग रिव्यू: संगीत शानदार, कहानी कमज़ोर",
    deck="हिमाचल के एक संगीत परिवार की कहानी खूबसूरत है, लेकिन दूसरे हिस्से में भटक जाती है।",
    kicker="मूवी रिव्यू", crumbs=["मनोरंजन", "मूवी रिव्यू"], authors=["रचना त्रिपाठी"], byline_text="रचना त्रिपाठी, फिल्म समीक्षक",
    byline_html='<a href="/author/rachna-tripathi/">रचना त्रिपाठी</a>, फिल्म समीक्षक', photo=True,
    ld_obj={"@context": "https://schema.org", "@type": "Review", "name": "पहाड़ी राग रिव्यू: संगीत शानदार, कहानी कमज़ोर",
            "author": {"@type": "Person", "name": "रचना त्रिपाठी"}, "datePublished": "2026-03-06T13:30:00+05:30",
            "itemReviewed": {"@type": "Movie", "name": "पहाड़ी राग"}, "reviewRating": {"@type": "Rating", "ratingValue": 3, "bestRating": 5}},
    itemtype="Review", pub="2026-03-06T13:30:00+05:30", date="06 मार्च 2026, 01:30 PM IST",
    head_rating=True, rating=dict(value=3, of=5),
    nav=["होम", "देश", "राज्य", "मनोरंजन", "मूवी रिव्यू", "ओपिनियन", "खेल", "बिज़नेस"],
    side=[("सबसे ज़्यादा पढ़ी गईं", ["⟪दिल्ली में आज से नई पार्किंग दरें लागू⟫", "मौसम विभाग ने जारी किया बारिश का अलर्ट"]),
          ("ओपिनियन", [("कॉलम", "⟪सिनेमा टिकट पर टैक्स घटाने का समय आ गया है⟫")], "opinion")],
    cookie="⟪हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं।⟫",
    footer="⟪© 2026 जन संदेश. सर्वाधिकार सुरक्षित.⟫",
    body="""<p>⟦पहाड़ी राग की शुरुआत एक ऐसे दृश्य से होती है जिसे देखकर आप सीट पर सीधे बैठ जाते हैं।⟧ धुंध से ढकी घाटी में एक बूढ़ा संगीतकार सुबह का राग छेड़ता है और पूरा गांव धीरे-धीरे जागने लगता है। निर्देशक अमन धीमान की यह फिल्म हिमाचल के एक संगीत परिवार की तीन पीढ़ियों की कहानी कहती है।</p>
<p>कहानी के केंद्र में हैं पंडित हरिप्रसाद, जो चाहते हैं कि उनकी पोती मीरा परिवार की संगीत परंपरा को आगे बढ़ाए। मीरा मुंबई जाकर पॉप सिंगर बनना चाहती है। ⟦दादा और पोती के बीच की यह खींचतान फिल्म का सबसे मज़बूत हिस्सा है।⟧</p>
<p>वरिष्ठ अभिनेता सुरेश नेगी ने दादा की भूमिका में कमाल किया है। मीरा के रूप में नई अभिनेत्री तान्या राणा भी प्रभावित करती हैं। फिल्म का संगीत, जिसे लोक कलाकारों के साथ मिलकर तैयार किया गया है, इसकी असली जान है। मैं मानती हूं कि पिछले कई सालों में किसी हिंदी फिल्म का साउंडट्रैक मुझे इतना पसंद नहीं आया।</p>
[[AD]]
<p>दिक्कत दूसरे हिस्से में शुरू होती है। मुंबई वाले दृश्य लंबे और घिसे-पिटे हैं, और एक रियलिटी शो वाला ट्रैक फिल्म की रफ़्तार पूरी तरह तोड़ देता है। ⟦करीब बीस मिनट छोटी होती तो यह फिल्म कहीं बेहतर बन सकती थी।⟧</p>
<p>स्क्रिप्ट में कुछ किरदार भी अधूरे छूट जाते हैं। मीरा की मां, जो पहले हिस्से में परिवार की रीढ़ लगती हैं, बाद में लगभग गायब हो जाती हैं। मुंबई में मीरा के दोस्त बना युवा संगीतकार भी सिर्फ कहानी आगे बढ़ाने का ज़रिया बनकर रह जाता है।</p>
<p>सिनेमैटोग्राफी बेहद खूबसूरत है। पहाड़ों के दृश्य बड़े पर्दे पर देखने लायक हैं, और रात में आग के पास गाए जाने वाले लोकगीत वाला दृश्य लंबे समय तक याद रहता है।</p>
<p>कुल मिलाकर, पहाड़ी राग एक ईमानदार कोशिश है जो अपने संगीत और अभिनय के दम पर खड़ी रहती है। ⟦अगर आपको संगीत से प्यार है, तो यह फिल्म एक बार ज़रूर देखें।⟧</p>""",
    kind="other", why="film review with star rating",
))

# ---------------------------------------------------------------- Hindi critic's column: cut the tax on cinema tickets
PAGES.append(dict(
    case="hi-opinion-ticketkar", lang="hi", skin="daily", domain="jansandesh.example", site="जन संदेश",
    url="https://www.jansandesh.example/entertainment/cinema-ticket-par-tax-ghatane-ka-samay-2026-03-14",
    h1="सिनेमा टिकट पर टैक्स घटाने का समय आ गया है",
    kicker="मनोरंजन", authors=["अभिषेक सिन्हा"], byline_text="अभिषेक सिन्हा, फिल्म समीक्षक",
    byline_html='<a class="byline__name" href="/author/abhishek-sinha/">अभिषेक सिन्हा</a> <span class="byline__role">फिल्म समीक्षक</span>',
    ld_authors=["अभिषेक सिन्हा"], ld_type="OpinionNewsArticle", pub="2026-03-14T07:00:00+05:30", date="14 मार्च 2026, 07:00 AM IST",
    strip="शनिवार, 14 मार्च 2026",
    nav=["होम", "देश", "राज्य", "मनोरंजन", "मूवी रिव्यू", "ओपिनियन", "खेल", "बिज़नेस"],
    side=[("सबसे ज़्यादा पढ़ी गईं", ["⟪दिल्ली में आज से नई पार्किंग दरें लागू⟫", "मौसम विभाग ने जारी किया बारिश का अलर्ट"]),
          ("मूवी रिव्यू", [("★★★", "⟪पहाड़ी राग रिव्यू: संगीत शानदार, कहानी कमज़ोर⟫")], "movie-review")],
    cookie="⟪हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं।⟫",
    bio="⟪अभिषेक सिन्हा पिछले पंद्रह वर्षों से फिल्मों पर लिख रहे हैं।⟫",
    footer="⟪© 2026 जन संदेश. सर्वाधिकार सुरक्षित.⟫",
    body="""<p>⟦हर शुक्रवार मैं नई फिल्मों की समीक्षा लिखता हूं, और हर हफ्ते पाठकों का एक ही सवाल आता है:⟧ क्या यह फिल्म इतने महंगे टिकट के लायक है? सवाल जायज़ है। एक छोटे शहर के मल्टीप्लेक्स में चार लोगों के परिवार के लिए एक फिल्म देखना अब डेढ़-दो हज़ार रुपये का खर्च बन चुका है। इसमें बड़ा हिस्सा टैक्स का है।</p>
<p>फिलहाल सौ रुपये से ऊपर के टिकट पर अठारह प्रतिशत जीएसटी लगता है। ⟦इसका सीधा असर उन दर्शकों पर पड़ता है जो साल में दो-चार बार ही सिनेमा हॉल जाते हैं।⟧ नतीजा सामने है: छोटे शहरों में सिंगल स्क्रीन थिएटर एक-एक कर बंद हो रहे हैं और लोग फिल्मों के ओटीटी पर आने का इंतज़ार करने लगे हैं।</p>
<p>सरकार का तर्क है कि मनोरंजन विलासिता है और उस पर ऊंचा टैक्स उचित है। मैं इससे सहमत नहीं हूं। सिनेमा इस देश में सिर्फ मनोरंजन नहीं, सामूहिक अनुभव है। यह वह जगह है जहां अलग-अलग वर्गों के लोग एक ही अंधेरे कमरे में साथ हंसते और रोते हैं।</p>
<p>मेरा सुझाव सीधा है। ढाई सौ रुपये तक के टिकट पर जीएसटी घटाकर पांच प्रतिशत किया जाए, और सिंगल स्क्रीन थिएटरों को बिजली बिल में राहत दी जाए। ⟦इससे सरकार की कमाई में मामूली कमी आएगी, लेकिन हज़ारों थिएटर और नौकरियां बचेंगी।⟧</p>
<p>कुछ लोग कहेंगे कि महंगे टिकट की असली वजह मल्टीप्लेक्स का मुनाफा और पॉपकॉर्न की कीमतें हैं, टैक्स नहीं। इसमें सच्चाई है, और मल्टीप्लेक्स कंपनियों को भी अपनी कीमतों पर सोचना चाहिए। लेकिन टैक्स घटाने का फायदा सीधे टिकट की कीमत में दिखना चाहिए, इसकी निगरानी भी सरकार कर सकती है। दक्षिण के कुछ राज्यों ने टिकट की अधिकतम कीमत तय करके दिखाया है कि ऐसी निगरानी संभव है।</p>
<p>जीएसटी परिषद की अगली बैठक अप्रैल में है। ⟦उम्मीद है कि परिषद इस बार दर्शकों की जेब के बारे में भी सोचेगी।⟧</p>""",
    kind="opinion", why="film critic’s column arguing for a lower ticket tax",
))
