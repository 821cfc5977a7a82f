"""Japanese, Korean, Chinese, Indonesian and Vietnamese pages."""

PAGES = []

# Japanese era date (令和8年) with 午前; JSON-LD in UTC on the previous day; header the next day
PAGES.append(dict(
    case="ja-news-portal-sakura", lang="ja", html_lang="ja-JP", skin="portal", domain="kansaishinpo.example", site="関西新報", secpath="region",
    url="https://www.kansaishinpo.example/region/article/20260309-OYO1T50012/",
    h1="大阪でサクラ開花、平年より10日早く　観測史上2番目",
    og_title="大阪でサクラ開花、平年より10日早く　観測史上2番目 : 関西新報",
    section="地域", authors=["山本彩"], byline_text="（山本彩）",
    ld_authors=["山本彩"], ld={"datePublished": "2026-03-08T21:30:00Z", "dateModified": "2026-03-09T02:05:00Z"}, og_pub="2026-03-08T21:30:00Z",
    dates='<span class="date">令和8年3月9日（月）午前6時30分</span>',
    topdate="⟪2026年3月10日（火）⟫", weather="大阪 晴れ 16℃", pub="2026-03-09",
    tags=["サクラ", "開花", "気象台"],
    ticker=[("阪神高速で事故渋滞", "8:40"), ("関空の新ターミナル公開", "7:55")], ticker_label="速報",
    related=[("⟪京都の桜、見頃は今月下旬か⟫", "⟪3月7日⟫"), ("花見客向けに臨時列車", "3月5日"), ("暖冬で梅の開花も早く", "2月20日")],
    most=[("⟪阪神、開幕投手を発表⟫", ""), ("新年度の電気料金、値上げへ", ""), ("万博跡地の再開発計画", "")],
    footer="Copyright © 2026 関西新報社 無断転載を禁じます",
    body="""⟦大阪管区気象台は8日、大阪市でソメイヨシノが開花したと発表した。⟧平年より10日早く、昨年より8日早い。1953年の観測開始以来、2番目に早い記録となった。

気象台の職員が午後2時ごろ、大阪城公園内の標本木で5輪以上の花が咲いているのを確認した。

[[ALSO|花見客向けに臨時列車|3月5日]]

⟦2月下旬から気温の高い日が続いたことが早い開花につながった。⟧満開は1週間から10日後の見込みだという。

[[AD]]

大阪城公園では週末、開花を待ちわびた家族連れらが標本木の周りに集まった。⟦市は公園内の臨時トイレを例年より早く設置する。⟧

⟦近畿地方では、京都と神戸でもまもなく開花する見通しだ。⟧""",
    kind="news", why="regional report on cherry blossom flowering",
))

# published and updated printed; JSON-LD dateModified only, no article:published_time (old layout guide)
PAGES.append(dict(
    case="ja-other-legacy-ohanami", lang="ja", html_lang="ja", skin="legacy", domain="machiaruki.example", site="まちあるき手帖", secpath="guide",
    url="https://machiaruki.example/guide/ohanami-anaba-kyoto.html",
    h1="混雑を避けて楽しむ　京都のお花見穴場5選",
    og_title="混雑を避けて楽しむ　京都のお花見穴場5選｜まちあるき手帖",
    section="おでかけガイド", authors=["小林真理"], byline_text="文：小林真理（編集部）",
    ld_type="Article", ld_authors=["小林真理"], ld={"dateModified": "2026-03-26T10:00:00+09:00"},
    dates="2026年3月24日 公開 ／ ⟪2026年3月26日 更新⟫",
    topdate="⟪本日 2026年3月27日（金）⟫", pub="2026-03-24",
    most=[("⟪嵐山の新しいカフェ⟫", "⟪2026.03.20⟫"), ("鴨川沿いの散歩道", "2026.03.12"), ("春の京都、雨の日の過ごし方", "2026.03.02")],
    comments=[("ゆか", "⟪2026/03/25 21:14⟫", "疏水の桜、去年行きました。本当に人が少なかったです。")],
    footer="© 2026 まちあるき手帖",
    body="""⟦京都の桜の名所は、見頃の週末ともなれば身動きが取れないほど混み合う。⟧そこで今回は、地元の人が通う比較的静かな場所を5つ紹介したい。

[[H|1. 山科疏水]]

⟦疏水沿いに約4キロ続く桜並木は、朝早ければほとんど人がいない。⟧菜の花との組み合わせも美しい。

[[H|2. 原谷苑]]

個人が管理する花苑で、しだれ桜が多い。入苑料が必要だが、その分ゆったり楽しめる。

[[PHOTO|⟪山科疏水の桜並木（筆者撮影）⟫]]

[[H|3. 背割堤]]

⟦木津川と宇治川に挟まれた堤に、約1.4キロの桜のトンネルができる。⟧

[[H|4・5. 近所の小さな公園]]

最後は、観光地ではなく住宅街の公園だ。⟦ベンチでお弁当を広げるなら、これ以上の場所はない。⟧""",
    kind="other", why="travel guide listing cherry blossom spots",
))

# 오전/오후 12-hour times; JSON-LD in UTC on the previous day
PAGES.append(dict(
    case="ko-news-portal-jeonse", lang="ko", html_lang="ko-KR", skin="portal", domain="hangangilbo.example", site="한강일보", secpath="economy",
    url="https://www.hangangilbo.example/news/articleView.html?idxno=318822",
    h1="서울 아파트 전세가율 48%…3년 만에 최고",
    og_title="서울 아파트 전세가율 48%…3년 만에 최고 - 한강일보",
    deck="매매가 정체 속 전셋값 상승 지속…강북권 상승폭 커",
    section="경제", authors=["김지훈"], byline_text="김지훈 기자",
    ld_authors=["김지훈"], ld={"datePublished": "2026-03-16T22:05:00Z", "dateModified": "2026-03-17T05:40:00Z"},
    dates='<span>입력 2026.03.17 오전 7:05</span> <span>⟪수정 2026.03.17 오후 2:40⟫</span>',
    topdate="⟪2026년 3월 18일 수요일⟫", weather="서울 맑음 9℃", pub="2026-03-17",
    tags=["전세", "부동산", "아파트"],
    ticker=[("코스피 2,740 마감", "오후 3:31"), ("원·달러 환율 하락", "오후 3:30")], ticker_label="속보",
    related=[("⟪전세대출 금리 두 달 연속 하락⟫", "⟪2026.03.15⟫"), ("봄 이사철 앞두고 매물 감소", "2026.03.12"), ("수도권 입주 물량 40% 줄어", "2026.03.06")],
    most=[("⟪프로야구 개막전 예매 시작⟫", ""), ("미세먼지 주말까지 이어져", ""), ("신학기 급식비 인상", "")],
    footer="Copyright © 2026 한강일보. 무단전재 및 재배포 금지",
    body="""⟦서울 아파트 전세가율이 3년 만에 최고 수준으로 올랐다.⟧ 매매가가 제자리걸음을 하는 사이 전셋값이 꾸준히 오른 결과다.

한 부동산 조사업체에 따르면 지난달 서울 아파트의 매매가 대비 전셋값 비율은 48.2%로 집계됐다. 2023년 2월 이후 가장 높다.

[[ALSO|봄 이사철 앞두고 매물 감소|2026.03.12]]

⟦강북권의 상승폭이 컸다.⟧ 노원구와 도봉구의 전세가율은 각각 56%와 58%를 기록했다.

[[AD]]

전문가들은 입주 물량 감소를 원인으로 꼽는다. ⟦올해 서울의 아파트 입주 예정 물량은 지난해보다 30% 이상 적다.⟧

⟦전세가율이 높아지면 갭투자가 다시 늘 수 있다는 우려도 나온다.⟧""",
    kind="news", why="economy report on rental price ratios",
))

# printed 00:10 input date; article:published_time in UTC the day before; JSON-LD dateModified only
PAGES.append(dict(
    case="ko-opinion-column-dolbom", lang="ko", html_lang="ko-KR", skin="column", domain="sidaeui.example", site="시대의창", secpath="opinion",
    url="https://www.sidaeui.example/opinion/column/2026/0320/dolbom-gonggong",
    h1="돌봄을 개인의 일로 남겨둘 수 없다",
    og_title="[시론] 돌봄을 개인의 일로 남겨둘 수 없다",
    section="오피니언", authors=["박은영"], byline_text="박은영 사회복지학과 교수",
    role="사회복지학과 교수", ld_type="OpinionNewsArticle", ld_authors=["박은영"],
    ld={"dateModified": "2026-03-21T09:30:00+09:00"}, og_pub="2026-03-19T15:10:00Z",
    dates='<span>입력 2026.03.20 00:10</span> <span>⟪수정 2026.03.21 09:30⟫</span>',
    topdate="⟪2026년 3월 21일 토요일⟫", pub="2026-03-20",
    bio="박은영 교수는 노인 돌봄 정책을 연구한다.",
    more=[("⟪지역 병원이 사라지는 이유⟫", "⟪2026.03.06⟫"), ("청년 고립을 다시 묻다", "2026.02.20")],
    related=[("요양보호사 부족 3만 명", "2026.03.18")],
    most=[("봄꽃 개화 시기 예보", ""), ("국민연금 개혁안 쟁점", ""), ("주말 날씨", "")],
    comments=[("익명", "⟪2026.03.20 08:41⟫", "부모님을 모시는 입장에서 공감합니다.")],
    footer="ⓒ 시대의창 2026",
    body="""⟦부모를 돌보기 위해 일을 그만두는 사람이 한 해 5만 명에 이른다.⟧ 대부분은 50대 여성이다. 돌봄은 여전히 가족, 그중에서도 딸과 며느리의 몫으로 남아 있다.

정부는 요양시설과 방문요양을 늘려왔다. ⟦그러나 요양보호사는 3만 명 이상 부족하고, 시설 대기는 수개월씩 걸린다.⟧

[[ALSO|요양보호사 부족 3만 명|2026.03.18]]

⟦돌봄 노동자의 임금을 올리지 않으면 인력난은 해결되지 않는다.⟧ 가족 돌봄자에게 휴가와 소득을 보장하는 제도도 필요하다.

[[AD]]

⟦돌봄은 개인의 효심이 아니라 사회가 함께 책임질 기반 시설이다.⟧""",
    kind="opinion", why="signed op-ed on elder care policy",
))

# 下午 12-hour clock; article:published_time in UTC; header printed in the ROC calendar (民國115年) the next day
PAGES.append(dict(
    case="zh-news-portal-gongyu", lang="zh", html_lang="zh-TW", skin="portal", domain="nanfangshibao.example", site="南方時報", secpath="local",
    url="https://www.nanfangshibao.example/local/20260309/4471205",
    h1="高雄社會住宅抽籤　600戶吸引逾萬人登記",
    og_title="高雄社會住宅抽籤　600戶吸引逾萬人登記 | 南方時報",
    section="地方", authors=["蔡佩珊"], byline_text="記者蔡佩珊／高雄報導",
    ld_authors=["org:南方時報"], ld={"dateModified": "2026-03-10T08:20:00+08:00"}, og_pub="2026-03-09T15:20:00Z",
    dates='<span>2026/03/09 下午 11:20</span>',
    topdate="⟪中華民國115年3月10日 星期二⟫", weather="高雄 晴 27°C", pub="2026-03-09",
    tags=["社會住宅", "高雄", "租屋"],
    ticker=[("高市公車新路線上路", "09:15"), ("颱風季備災演練", "08:40")], ticker_label="即時",
    related=[("⟪租金補貼申請截止日延長⟫", "⟪2026/03/08⟫"), ("青年首購貸款利率調降", "2026/03/05"), ("房價所得比全國第三", "2026/03/01")],
    most=[("⟪職棒開幕戰門票秒殺⟫", ""), ("清明連假國道收費方式", ""), ("油價下週恐漲", "")],
    footer="© 2026 南方時報 版權所有，未經授權不得轉載",
    body="""⟦高雄市首批大型社會住宅9日晚間完成登記，600戶共吸引逾1萬2千人申請，⟧中籤率不到5%。市府將於下週公開抽籤。

這處社宅位於前鎮區，鄰近輕軌站，租金約為市價的六到八成。其中三成保留給弱勢家庭及青年。

[[ALSO|租金補貼申請截止日延長|2026/03/08]]

⟦都發局長林信宏表示，申請人數遠超預期，反映年輕人租屋壓力沉重。⟧市府規劃在2028年前再完成2,000戶。

[[AD]]

有申請民眾說，自己在外租屋五年，房租漲了三成。⟦「能抽到就好，抽不到還是只能繼續找。」⟧

⟦抽籤結果將公布在市府網站，並以簡訊通知。⟧""",
    kind="news", why="local report on a social housing lottery",
))

# simplified Chinese opinion page; JSON-LD in UTC on the previous day; comment and rail dates
PAGES.append(dict(
    case="zh-opinion-column-waimai", lang="zh", html_lang="zh-CN", labels="zh-cn", skin="column", domain="jiangchengpinglun.example", site="江城评论", secpath="pinglun",
    url="https://www.jiangchengpinglun.example/pinglun/2026-03/14/c_118820.htm",
    h1="外卖骑手的保障不能只靠平台自觉",
    og_title="外卖骑手的保障不能只靠平台自觉_江城评论",
    section="评论", authors=["周晓明"], byline_text="作者：周晓明",
    role="特约评论员", ld_type="OpinionNewsArticle", ld_authors=["周晓明"],
    ld={"datePublished": "2026-03-13T23:30:00Z"},
    dates='<span>2026年03月14日 07:30</span> <span class="source">来源：江城评论</span>',
    topdate="⟪2026年3月15日 星期日⟫", pub="2026-03-14",
    bio="周晓明，劳动法研究者。",
    more=[("⟪县城图书馆为何冷清⟫", "⟪2026-03-07⟫"), ("春运之后看返乡创业", "2026-02-28")],
    related=[("多地试点新就业形态职业伤害保障", "2026-03-12")],
    most=[("樱花季出行提示", ""), ("公积金新政解读", ""), ("本周天气", "")],
    comments=[("江城网友", "⟪2026-03-14 09:12⟫", "说得好，骑手太辛苦了。")],
    footer="⟪Copyright © 2026 江城评论 版权所有⟫",
    body="""⟦城市里的外卖骑手已经超过千万人，但他们的职业伤害保障仍然薄弱。⟧一旦在送餐途中受伤，很多人只能自己承担医药费。

平台常说骑手是“合作者”，不是员工。⟦这种说法让平台在收益上共享，在风险上却置身事外。⟧

[[ALSO|多地试点新就业形态职业伤害保障|2026-03-12]]

目前已有多个省份试点职业伤害保障，由平台按单缴费。⟦试点证明，这笔费用摊到每一单上不过几分钱。⟧

[[AD]]

⟦保障骑手，不应取决于平台是否自觉，而应成为明确的规则。⟧""",
    kind="opinion", why="signed commentary on gig worker protection",
))

# WIB date in the morning; JSON-LD in UTC on the previous day
PAGES.append(dict(
    case="id-news-portal-banjir", lang="id", html_lang="id-ID", skin="portal", domain="warta-nusantara.example", site="Warta Nusantara", secpath="daerah",
    url="https://www.warta-nusantara.example/daerah/d-7719203/banjir-rob-genangi-pesisir-semarang-2-000-warga-mengungsi",
    h1="Banjir Rob Genangi Pesisir Semarang, 2.000 Warga Mengungsi",
    og_title="Banjir Rob Genangi Pesisir Semarang, 2.000 Warga Mengungsi",
    section="Daerah", authors=["Dimas Prasetyo"], byline_text="Dimas Prasetyo - wartaJateng",
    ld_authors=["Dimas Prasetyo"], ld={"datePublished": "2026-03-08T23:15:00Z", "dateModified": "2026-03-09T04:00:00Z"},
    dates='<span>Senin, 09 Mar 2026 06:15 WIB</span>',
    topdate="⟪Selasa, 10 Maret 2026⟫", weather="Semarang 29°C", pub="2026-03-09",
    tags=["banjir rob", "Semarang", "BPBD"],
    ticker=[("Harga cabai naik jelang Lebaran", "2 jam yang lalu"), ("Tol Semarang-Demak dibuka fungsional", "3 jam yang lalu")], ticker_label="Terkini",
    related=[("⟪Tanggul laut Semarang ditargetkan rampung 2027⟫", "⟪Sabtu, 07 Mar 2026⟫"), ("BMKG: waspada rob hingga akhir Maret", "Kamis, 05 Mar 2026"), ("Mudik 2026: jadwal one way", "Rabu, 04 Mar 2026")],
    most=[("⟪Jadwal imsakiyah Semarang hari ini⟫", ""), ("PSIS menang tipis", ""), ("Harga emas hari ini", "")],
    footer="Copyright © 2026 Warta Nusantara. All rights reserved.",
    body="""⟦Banjir rob menggenangi sejumlah kawasan pesisir Kota Semarang sejak Minggu malam.⟧ Sekitar 2.000 warga di Kecamatan Semarang Utara dan Genuk mengungsi ke masjid dan balai kelurahan.

Ketinggian air di permukiman mencapai 60 sentimeter. Air laut masuk setelah pasang maksimum bertepatan dengan angin kencang dari utara.

[[ALSO|BMKG: waspada rob hingga akhir Maret|Kamis, 05 Mar 2026]]

⟦Kepala BPBD Kota Semarang, Heri Santoso, mengatakan pihaknya menyiagakan 12 pompa⟧ dan perahu karet di titik-titik terparah.

[[AD]]

"Kami minta warga yang rumahnya di bawah permukaan laut tidak kembali dulu sampai air surut," ujarnya. ⟦Dapur umum didirikan di Kelurahan Tanjung Mas.⟧

⟦BMKG memperkirakan pasang tinggi masih terjadi hingga Rabu.⟧""",
    kind="news", why="regional report on coastal flooding",
))

# evening WIB date; article:published_time in UTC; JSON-LD dateModified only; holiday date in the text (recipe)
PAGES.append(dict(
    case="id-other-legacy-opor", lang="id", html_lang="id", skin="legacy", domain="dapurmamasari.example", site="Dapur Mama Sari", secpath="resep",
    url="https://dapurmamasari.example/resep/opor-ayam-kuning-untuk-lebaran.html",
    h1="Resep Opor Ayam Kuning untuk Lebaran",
    og_title="Resep Opor Ayam Kuning untuk Lebaran",
    deck="Kuah santan gurih, ayam empuk, bisa dimasak sehari sebelumnya.",
    section="Resep Lebaran", authors=["Sari Wulandari"], byline_text="Oleh Sari Wulandari",
    ld_type="Recipe", ld_authors=["Sari Wulandari"], ld={"dateModified": "2026-03-21T10:00:00+07:00"}, og_pub="2026-03-19T14:05:00Z",
    dates="Kamis, 19 Maret 2026 | 21:05 WIB",
    topdate="⟪Sabtu, 21 Maret 2026⟫", pub="2026-03-19",
    most=[("⟪Ketupat anti basi, ini caranya⟫", "⟪17 Maret 2026⟫"), ("Rendang daging empuk", "12 Maret 2026"), ("Kue nastar lembut", "5 Maret 2026")],
    comments=[("Bu Rina", "⟪20 Maret 2026 pukul 05.12⟫", "Sudah coba, enak sekali! Terima kasih resepnya.")],
    footer="© 2026 Dapur Mama Sari",
    body="""⟦Opor ayam hampir selalu ada di meja Lebaran keluarga kami.⟧ Tahun ini Lebaran jatuh pada Jumat, 20 Maret, jadi saya memasaknya sehari sebelumnya supaya bumbunya meresap.

[[H|Bahan]]

⟦Satu ekor ayam kampung dipotong 12, santan dari dua butir kelapa,⟧ serai, daun salam, lengkuas, dan bumbu halus dari bawang merah, bawang putih, kemiri, kunyit, ketumbar.

[[H|Cara membuat]]

Tumis bumbu halus sampai harum, lalu masukkan serai, salam, dan lengkuas. ⟦Masukkan ayam dan aduk sampai berubah warna.⟧

[[PHOTO|⟪Opor ayam siap disajikan dengan ketupat. Foto: Sari⟫]]

Tuang santan encer, masak dengan api kecil selama 40 menit. Tambahkan santan kental di akhir dan jangan berhenti mengaduk supaya santan tidak pecah.

⟦Sajikan dengan ketupat, sambal goreng ati, dan kerupuk udang.⟧""",
    kind="other", why="holiday recipe",
))

# SA (sáng = am) with day-first numeric date; JSON-LD in UTC on the previous day
PAGES.append(dict(
    case="vi-news-portal-metro", lang="vi", html_lang="vi-VN", skin="portal", domain="tinnhanhsaigon.example", site="Tin Nhanh Sài Gòn", secpath="thoi-su",
    url="https://tinnhanhsaigon.example/thoi-su/metro-so-2-khoi-cong-nha-ga-ngam-dau-tien-4871120.html",
    h1="Metro số 2 khởi công nhà ga ngầm đầu tiên",
    og_title="Metro số 2 khởi công nhà ga ngầm đầu tiên - Tin Nhanh Sài Gòn",
    deck="Nhà ga Bến Thành - Tham Lương dự kiến hoàn thành năm 2030.",
    section="Thời sự", authors=["Trần Minh Khoa"], byline_text="Trần Minh Khoa",
    ld_authors=["Trần Minh Khoa"], ld={"datePublished": "2026-03-08T23:05:00Z", "dateModified": "2026-03-09T01:30:00Z"},
    dates='<span>Thứ Hai, 09/03/2026, 06:05 SA (GMT+7)</span>',
    topdate="⟪Thứ Ba, 10/03/2026⟫", weather="TP HCM 33°C", pub="2026-03-09",
    tags=["metro", "TP HCM", "giao thông"],
    ticker=[("Giá xăng giảm nhẹ từ chiều nay", "3 giờ trước"), ("Cấm xe qua cầu Sài Gòn đêm nay", "5 giờ trước")], ticker_label="Mới nhất",
    related=[("⟪Metro số 1 đạt 60.000 lượt khách mỗi ngày⟫", "⟪07/03/2026⟫"), ("Xe buýt điện tăng chuyến giờ cao điểm", "04/03/2026"), ("Quy hoạch 7 tuyến metro đến 2035", "28/02/2026")],
    most=[("⟪Lịch nghỉ lễ 30/4 năm 2026⟫", ""), ("Giá vàng hôm nay", ""), ("Đội tuyển Việt Nam công bố danh sách", "")],
    footer="© 2026 Tin Nhanh Sài Gòn. Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
    body="""⟦Sáng 8/3, TP HCM khởi công nhà ga ngầm đầu tiên của tuyến metro số 2⟧ Bến Thành - Tham Lương, tại giao lộ Cách Mạng Tháng Tám và Phạm Văn Hai.

Nhà ga sâu khoảng 25 m, gồm ba tầng, có lối lên xuống ở hai bên đường.

[[ALSO|Xe buýt điện tăng chuyến giờ cao điểm|04/03/2026]]

⟦Theo Ban quản lý đường sắt đô thị, tuyến dài 11,3 km với 10 nhà ga,⟧ trong đó 9 ga ngầm. Tổng vốn đầu tư hơn 47.000 tỷ đồng.

[[AD]]

Trong thời gian thi công, một phần đường Cách Mạng Tháng Tám sẽ được rào chắn. ⟦Người dân được khuyến cáo đi đường Trường Chinh để tránh ùn tắc.⟧

Tuyến metro ⟦số 2 dự kiến vận hành thương mại vào năm 2030.⟧""",
    kind="news", why="city report on metro construction",
))

# no date metadata; header with today's date and the lunar date; printed day-first date only
PAGES.append(dict(
    case="vi-opinion-column-vahe", lang="vi", html_lang="vi-VN", skin="column", domain="goctrachnhiem.example", site="Góc Trách Nhiệm", secpath="goc-nhin",
    url="https://goctrachnhiem.example/goc-nhin/via-he-cho-nguoi-di-bo-hay-cho-xe-may",
    h1="Vỉa hè cho người đi bộ hay cho xe máy?",
    og_title="Vỉa hè cho người đi bộ hay cho xe máy?",
    section="Góc nhìn", authors=["Nguyễn Thu Hà"], byline_text="Nguyễn Thu Hà",
    role="Kiến trúc sư", ld_type="OpinionNewsArticle", ld_authors=["Nguyễn Thu Hà"], ld={},
    dates='<span>Thứ Sáu, 13/3/2026</span>',
    topdate="⟪Thứ Bảy, 14/3/2026 - 26 tháng Giêng năm Bính Ngọ⟫", pub="2026-03-13",
    bio="Nguyễn Thu Hà là kiến trúc sư quy hoạch đô thị.",
    more=[("⟪Công viên nhỏ cho phố đông⟫", "⟪27/2/2026⟫"), ("Chợ truyền thống có cần giữ?", "13/2/2026")],
    related=[("Hà Nội thu phí vỉa hè: sau hai năm", "11/3/2026")],
    most=[("Giá điện tăng từ tháng 4", ""), ("Thời tiết cuối tuần", ""), ("Tuyển sinh lớp 10", "")],
    comments=[("Minh Tuấn", "⟪14/3/2026 07:20⟫", "Đi bộ ở Hà Nội đúng là khổ.")],
    footer="© Góc Trách Nhiệm 2026",
    body="""⟦Ở nhiều phố của Hà Nội, người đi bộ phải bước xuống lòng đường vì vỉa hè kín xe máy.⟧ Những người già, trẻ nhỏ và người đẩy xe nôi chịu thiệt nhiều nhất.

Thành phố đã thí điểm thu phí sử dụng vỉa hè để kinh doanh và trông giữ xe. ⟦Nhưng thu phí không giải quyết được câu hỏi vỉa hè dành cho ai.⟧

[[ALSO|Hà Nội thu phí vỉa hè: sau hai năm|11/3/2026]]

⟦Cần quy định rõ một khoảng tối thiểu 1,5 m luôn để trống cho người đi bộ,⟧ và xử phạt nghiêm khi vi phạm.

[[AD]]

Một thành phố đáng sống ⟦bắt đầu từ việc đi bộ an toàn trước cửa nhà.⟧""",
    kind="opinion", why="signed column on sidewalk use",
))
