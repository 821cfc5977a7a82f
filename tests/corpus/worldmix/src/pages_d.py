"""English (IN, NG, KE, PH, ZA), Indonesian, Vietnamese, Thai, Chinese (CN, TW), Japanese, Korean."""

PAGES = []

# ---------------------------------------------------------------- India: English portal, "Also Read", PTI, Google News box
PAGES.append(dict(
    case="en-news-mumbai", lang="en", country="IN", skin="portal", px="story", body_cls="story-details",
    domain="mumbai-chronicle.example", site="The Mumbai Chronicle",
    url="https://www.mumbai-chronicle.example/cities/mumbai/coastal-road-northern-arm-opens-to-traffic-101741852033.html",
    section="Mumbai News", crumbs=["Home", "Cities", "Mumbai News"],
    title_tag="Coastal road’s northern arm opens to traffic; travel time to Worli cut by 20 mins | Mumbai News - The Mumbai Chronicle",
    og_title="Coastal road northern arm opens: What commuters need to know",
    h1="Coastal road’s northern arm opens to traffic, travel time to Worli cut by 20 minutes",
    deck="⟦The 4.5-km stretch links Bandra to the Worli sea face; toll-free for now, says BMC⟧",
    byline='<span class="story-byline">By <a href="/author/priya-menon">Priya Menon</a>, Mumbai</span>',
    date="Mar 15, 2026 08:12 PM IST", pub="2026-03-15T20:12:00+05:30", ld_authors=["Priya Menon"],
    today="Sunday, Mar 15, 2026",
    topbar='<a href="/epaper">E-Paper</a> <a href="/subscribe">Subscribe</a> <a href="/login">Sign In</a> <a href="https://play.google.example/chronicle" class="app-dl">Download App</a>',
    nav=["Home", "Latest News", ("Cities", ["Mumbai", "Delhi", "Bengaluru", "Pune", "Kolkata", "Chennai", "Hyderabad"]), "India", "World", "Business", "Cricket", "Entertainment", "Lifestyle", "Astrology", "Education", "Real Estate", "Web Stories", "Videos", "Photos"],
    ticker=("Trending", ["⟪IPL 2026 auction: full list of sold players⟫", "Sensex ends 400 points higher", "Monsoon forecast: IMD predicts normal rainfall"]),
    figure="Vehicles on the newly opened stretch near Worli on Sunday. (Photo: Satish Bate)",
    body="""<p>MUMBAI: ⟦The northern arm of the Mumbai Coastal Road, connecting Bandra to Worli, was opened to traffic on Sunday⟧, cutting travel time between the two suburbs by nearly 20 minutes during peak hours, officials of the Brihanmumbai Municipal Corporation (BMC) said.</p>
<p>The 4.5-km stretch, which includes an interchange with the Bandra-Worli Sea Link, will be open from 7am to 11pm for now. Two-wheelers, heavy goods vehicles and animal-drawn carts will not be allowed, the civic body said in a statement.</p>
<p class="also-read"><strong>Also Read:</strong> <a href="/cities/mumbai/metro-line-3-fares-101741601122.html">⟪Metro Line 3 fares revised; check new ticket prices here⟫</a></p>
<p>⟦Commuters who used the stretch on its first day reported smooth traffic.⟧ “I reached my office in Nariman Point in 35 minutes from Bandra. Usually it takes me an hour,” said Rohan Desai, a chartered accountant.</p>
<div class="ad-slot ad-slot--inarticle"><div id="div-gpt-ad-1234-0"></div><span class="ad-text">Advertisement</span></div>
<p>Traffic police had deployed additional personnel at the Haji Ali and Worli junctions to guide motorists on the first day. Signboards in Marathi, Hindi and English have been installed at every entry point, and speed cameras will enforce the limit of 80 km per hour inside the tunnels.</p>
<p>Officials said the stretch would also ease congestion on the Western Express Highway and on Lady Jamshetji Road in Mahim, which has seen long queues during the evening rush. Buses of the BEST undertaking are expected to be allowed on the road from next month, after trial runs.</p>
<p>The project, estimated to cost ₹14,000 crore, has faced criticism from fishing communities in Worli Koliwada, who say the pillars of the road have affected their boats’ movement. The BMC said it had increased the span between two pillars to 120 metres after protests.</p>
<p>“We will monitor traffic for two weeks and then decide on extending the timings,” a senior BMC official said on condition of anonymity, according to PTI.</p>
<p class="also-read"><strong>Also Read:</strong> <a href="/cities/mumbai/worli-koliwada-fishermen-101741402211.html">⟪Worli fishermen demand compensation over coastal road pillars⟫</a></p>
<p>⟦The remaining stretch up to Versova is expected to be completed by 2028.⟧</p>
<div class="follow-box">⟪Follow us on Google News to get the latest Mumbai news⟫ <a href="https://news.google.example/chronicle">Follow</a></div>""",
    exclude=["p.also-read", "div.ad-slot", "div.follow-box"],
    after='<div class="story-tags"><span>Topics</span> <a href="/topic/coastal-road">Mumbai Coastal Road</a> <a href="/topic/bmc">BMC</a></div>',
    related=("Related Stories", ["⟪Mumbai: BEST to add 500 electric buses by December⟫", "Andheri bridge to reopen in May"]),
    mostread=("Trending in Cities", ["Delhi weather: temperature to touch 35°C", "Bengaluru water supply hit in these areas", "Pune Metro extension gets nod"]),
    times=["1 hour ago", "3 hours ago"],
    more=[("Web Stories", ["7 street foods you must try in Mumbai", "Best monsoon treks near Pune"])],
    cookie="We use cookies to personalise content and ads, and to analyse our traffic.", cookie_ok="Accept",
    footer="Copyright © 2026 The Mumbai Chronicle. All Rights Reserved.",
    authors=["Priya Menon"], byline_text="By Priya Menon, Mumbai",
    kind="news", why="city news report on road opening",
    body_extra=["p.story__lead"],
))

# ---------------------------------------------------------------- Nigeria: JNews, opinion, byline in the lead's first line, author box at the end
PAGES.append(dict(
    case="en-opinion-lagos", lang="en", country="NG", skin="jnews", domain="lagos-tribune.example",
    site="Lagos Tribune", url="https://lagostribune.example/2026/03/11/lagos-needs-more-than-new-roads/",
    secpath="columns", section="Columns", home="Home",
    title_tag="Lagos needs more than new roads - Lagos Tribune",
    h1="Lagos needs more than new roads",
    by_word="by", byline='<a href="/author/editor/">Editor</a>',
    date="March 11, 2026", today="Wednesday, March 11, 2026",
    pub="2026-03-11T06:30:00+01:00", ld_authors=["org:Lagos Tribune"],
    topbar='<a href="/advertise">Advertise</a> <a href="/contact">Contact</a>',
    nav=["Home", "News", "Politics", "Business", "Metro", ("Columns", ["Editorial", "Opinion", "Letters"]), "Sports", "Entertainment", "Tech"],
    ticker=("Breaking", ["⟪FG approves new minimum wage for states⟫", "Naira gains against dollar"]),
    body="""<p><strong>By Adebayo Okonkwo</strong></p>
<p>⟦Every Lagosian has a traffic story, and most of them are not funny.⟧ Mine happened last December, when a journey from Ikeja to Victoria Island took four hours and ten minutes. I had left home before dawn. I arrived after my meeting had ended.</p>
<p>The state government has spent billions on new roads and flyovers in the past decade, and some of them have helped. But I am convinced that we cannot build our way out of this. Every new lane fills up within months, because the city keeps growing and the alternatives to the private car remain poor.</p>
<div class="jeg_ad jeg_ad_article jnews_content_inline_ads"><div class="ads-wrapper"><ins class="adsbygoogle"></ins></div></div>
<p>⟦What Lagos needs is a transport system, not just roads.⟧ The Blue and Red rail lines were a good start, but they need feeder buses that actually run on time, safe walkways to the stations, and ferries on the lagoon that people can trust. A commuter should be able to pay for all of them with one card.</p>
<p class="jnews_inline_related"><strong>READ ALSO:</strong> <a href="/2026/03/02/ferry-services-expand/">⟪Lagos ferry services to expand to Badagry route⟫</a></p>
<p>We should also be honest about the role of the danfo drivers and okada riders. ⟦Banning them has not worked.⟧ Registering them, training them and bringing them into the network would.</p>
<p>⟦Lagos can move. It only needs to decide that moving people matters more than moving cars.⟧</p>
<p class="author-end"><em>Okonkwo, a transport economist, writes from Lagos.</em></p>""",
    exclude=["div.jeg_ad", "p.jnews_inline_related"],
    after='<span>Tags:</span> <a href="/tag/lagos-traffic/">⟪Lagos traffic⟫</a> <a href="/tag/brt/">BRT</a>',
    related=("Related Posts", ["⟪Third Mainland Bridge to close for repairs⟫", "Why our public schools are failing"]),
    mostread=("Most Popular", ["JAMB releases 2026 UTME results", "Super Eagles squad announced", "Petrol price drops in Lagos"]),
    ago="5 hours ago",
    comments=("Leave a Reply", [("Tunde", "March 11, 2026 at 9:14 am", "⟪Well said. The danfo point is spot on⟫")]),
    footer="© 2026 Lagos Tribune - All Rights Reserved.",
    authors=["Adebayo Okonkwo"], byline_text="By Adebayo Okonkwo",
    kind="opinion", why="column arguing for a transport system",
))

# ---------------------------------------------------------------- Kenya: tagDiv, dateline "NAIROBI, Kenya, Mar 9 –", Capital-FM-like
PAGES.append(dict(
    case="en-news-nairobi", lang="en", country="KE", skin="tagdiv", domain="nairobi-daily.example",
    site="Nairobi Daily", url="https://www.nairobi-daily.example/news/2026/03/expressway-toll-rates-revised/",
    secpath="news", section="Kenya", home="Home",
    title_tag="Expressway toll rates revised from April 1 – Nairobi Daily",
    h1="Nairobi Expressway toll rates revised from April 1",
    by_word="By", byline='<a class="td-author-name" href="/author/wanjiru-kamau/">WANJIRU KAMAU</a>',
    date="Mar 9, 2026", today="Monday, March 9, 2026",
    pub="2026-03-09T17:45:00+03:00", ld_authors=["Wanjiru Kamau"], meta_author="Wanjiru Kamau",
    nav=["Home", "News", ("Counties", ["Nairobi", "Mombasa", "Kisumu", "Nakuru"]), "Business", "Politics", "Sports", "Lifestyle", "Opinion", "Podcasts"],
    ticker=("Trending", ["⟪KCSE 2025 results released: how to check⟫", "Harambee Stars qualify for AFCON"]),
    figure="Motorists at the Mlolongo toll station. /FILE",
    body="""<p>NAIROBI, Kenya, Mar 9 – ⟦Motorists using the Nairobi Expressway will pay between Sh20 and Sh60 more per trip from April 1⟧, after the operator announced revised toll rates on Monday.</p>
<p>In a statement, the operator said the increase was due to inflation and a weaker shilling, which had raised the cost of maintenance and loan repayments. A car travelling the full 27 kilometres from Mlolongo to Westlands will now pay Sh420, up from Sh360.</p>
<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">- Advertisement -</span></div>
<p><strong>SEE ALSO:</strong> <a href="/news/2026/03/matatu-fares-increase/">⟪Matatu owners announce fare hike over fuel prices⟫</a></p>
<p>⟦The Kenya Roads Board said it had approved the new rates⟧ in line with the concession agreement signed in 2020. The agreement allows annual adjustments.</p>
<p>Motorists reacted angrily on social media. “We were promised affordable travel. Now it is cheaper to sit in traffic,” wrote one user. The Motorists Association of Kenya said it would challenge the increase in court.</p>
<p>⟦Traffic on the expressway has grown to about 70,000 vehicles a day⟧, according to the operator, above the projections made when it opened.</p>
<p>⟦The new rates will be displayed at all toll stations by the end of the month.⟧</p>""",
    exclude=["div.td-a-rec", "p^SEE ALSO"],
    after='<li><span>TAGS</span></li><li><a href="/tag/expressway/">Nairobi Expressway</a></li><li><a href="/tag/toll/">⟪toll charges⟫</a></li>',
    authorbox='<div class="td-author-name-box"><p>⟪Wanjiru Kamau is a business reporter covering transport and energy⟫.</p></div>',
    related=("RELATED ARTICLES", ["⟪SGR passenger numbers hit record high⟫", "KeNHA announces closure of Thika Road lane"]),
    mostread=("MOST POPULAR", ["Fuel prices: EPRA announces new rates", "Teachers strike called off", "Weather: heavy rains expected"]),
    ago="3 hours ago",
    newsletter=("Newsletter", "⟪Get the day’s top stories in your inbox every evening⟫", "Subscribe"),
    cookie="This website uses cookies to improve your experience.", cookie_ok="Accept",
    footer="© 2026 Nairobi Daily. All rights reserved.",
    authors=["Wanjiru Kamau"], byline_text="By WANJIRU KAMAU",
    kind="news", why="news report on toll increase",
))

# ---------------------------------------------------------------- Philippines: Arc XP, "MANILA, Philippines —", two authors, updated
PAGES.append(dict(
    case="en-news-manila", lang="en", country="PH", skin="arc", domain="manila-herald.example",
    site="Manila Herald", url="https://newsinfo.manila-herald.example/2026/03/16/mrt-3-to-extend-operating-hours",
    secpath="metro", section="Metro",
    title_tag="MRT-3 to extend operating hours starting April | Manila Herald",
    kicker="Metro", h1="MRT-3 to extend operating hours starting April",
    by_word="By:", byline='<a href="/byline/miguel-reyes">Miguel Reyes</a>, <a href="/byline/andrea-santos">Andrea Santos</a> - Reporters / <span>@manilaherald</span>',
    date="Manila Herald / 04:22 PM March 16, 2026", updated=' <span class="c-date--updated">UPDATED: 07:10 PM March 16, 2026</span>',
    pub="2026-03-16T16:22:00+08:00", mod="2026-03-16T19:10:00+08:00", ld_authors=["Miguel Reyes", "Andrea Santos"],
    sections_word="Sections",
    topbar='<a href="/plus">Herald Plus</a> <a href="/login">Log in</a>',
    nav=["News", "Metro", "Nation", "World", "Business", "Sports", "Entertainment", "Lifestyle", "Opinion", "Technology"],
    ticker=("BREAKING", ["⟪Signal No. 1 raised over parts of Luzon⟫"]),
    body="""<p class="c-paragraph">MANILA, Philippines — ⟦The Metro Rail Transit Line 3 (MRT-3) will extend its operating hours by one hour⟧ starting April 1, the Department of Transportation (DOTr) announced on Monday.</p>
<p class="c-paragraph">The first train will leave North Avenue station at 4:30 a.m., while the last trip from Taft Avenue will depart at 10:45 p.m., the DOTr said in a statement.</p>
<div class="b-ad-block"><div class="arcad"></div></div>
<div class="c-interstitial-link"><span>READ:</span> <a href="/2026/03/01/lrt-1-cavite-extension">⟪LRT-1 Cavite extension to open three more stations⟫</a></div>
<p class="c-paragraph">⟦The extension follows complaints from commuters working night shifts⟧ in business process outsourcing firms along Edsa, who said they often missed the last train.</p>
<p class="c-paragraph">“This is a small change, but for thousands of workers it means getting home safely,” Transportation Undersecretary Liza Cruz said.</p>
<div class="c-interstitial-link"><span>READ:</span> <a href="/2026/02/20/edsa-bus-carousel">⟪Edsa bus carousel to get 200 more units⟫</a></div>
<p class="c-paragraph">The MRT-3 carries around 400,000 passengers a day. ⟦Maintenance work will be moved to the early morning hours⟧, the DOTr added.</p>
<p class="c-paragraph">⟦Commuter groups welcomed the move but urged the government to add more trains during rush hour.⟧</p>
<p class="c-paragraph c-disclaimer"><em>Disclaimer: Comments do not represent the views of Manila Herald.</em></p>""",
    exclude=["div.b-ad-block", "div.c-interstitial-link", "p.c-disclaimer"],
    after='<a class="c-link" href="/tag/mrt-3">MRT-3</a> <a class="c-link" href="/tag/commuters">⟪Commuter woes⟫</a>',
    related=("Read Next", ["⟪Pasig River ferry adds new stations⟫", "MMDA to implement new number coding"]),
    mostread=("Most Read", ["PAGASA: Hot, humid weather to persist", "Gilas Pilipinas beats Jordan", "Senate OKs bill on rice imports"]),
    ago="2 hours ago",
    newsletter=("Subscribe to our daily newsletter", "⟪By providing an email address, I agree to the Terms of Use⟫", "Subscribe"),
    cookie="We use cookies to ensure you get the best experience on our website.", cookie_ok="OK",
    footer="© 2026 Manila Herald. All rights reserved.",
    authors=["Miguel Reyes", "Andrea Santos"], byline_text="Miguel Reyes, Andrea Santos - Reporters",
    kind="news", why="news report on train operating hours",
))

# ---------------------------------------------------------------- South Africa: car review, Jannah
PAGES.append(dict(
    case="en-other-review", lang="en", country="ZA", skin="jannah", domain="drive-sa.example",
    site="Drive SA", url="https://www.drive-sa.example/reviews/2026/03/road-test-tlk-haven-hybrid/",
    secpath="reviews", section="Road Tests", home="Home", search="Search",
    title_tag="Road Test: TLK Haven Hybrid – a frugal family SUV with one big flaw | Drive SA",
    og_title="TLK Haven Hybrid road test: frugal, roomy, flawed",
    h1="Road Test: TLK Haven Hybrid",
    deck="⟦A frugal family SUV with plenty of space, let down by a noisy gearbox⟧",
    byline='<a href="/author/sipho-ndlovu/" class="author-name tie-icon">Sipho Ndlovu</a>',
    date="6 March 2026", today="Friday, 6 March 2026", reading="4 minutes read",
    pub="2026-03-06T08:00:00+02:00", ld_type="Review", ld_authors=["Sipho Ndlovu"],
    nav=["Home", "News", ("Reviews", ["Road Tests", "First Drives", "Comparisons"]), "Buyers’ Guide", "Motorsport", "Bikes", "Prices"],
    mega_posts=["Best bakkies under R500 000"],
    figure="The Haven Hybrid on the N2 near Knysna. Picture: Sipho Ndlovu",
    body="""<p>⟦South African buyers have embraced hybrids more slowly than Europeans⟧, mostly because of price. The TLK Haven Hybrid wants to change that: at R589 900 it is one of the cheapest hybrid SUVs on sale here.</p>
<h3>Interior and space</h3>
<p>The cabin is the Haven’s strongest point. There is room for three adults in the back, the boot swallows 520 litres, and the materials feel solid, if not luxurious. The 10-inch touchscreen supports wireless Apple CarPlay and Android Auto.</p>
<div class="stream-item stream-item-in-post"><span class="stream-title">Advertisement</span></div>
<h3>On the road</h3>
<p>⟦Around town the Haven runs on electric power much of the time⟧, and we averaged 5.1 litres per 100 km over a week of mixed driving, including a trip from Cape Town to Knysna. That is excellent for a car of this size.</p>
<p>The downside is the continuously variable transmission. Push hard up a hill and the engine drones loudly while the car gathers speed slowly. ⟦It spoils what is otherwise a relaxed drive.⟧</p>
<div class="review-box"><h4>Verdict</h4><p>⟦If you mostly drive in the city, the Haven is a sensible and economical choice.⟧</p><ul class="review-score"><li>Score: 7.5/10</li></ul></div>
<p class="google-news-follow">⟪Follow Drive SA on Google News⟫</p>""",
    exclude=["div.stream-item", "p.google-news-follow"],
    after='<span class="tagcloud"><a href="/tag/hybrid/">hybrid</a> <a href="/tag/crossover/">⟪crossovers⟫</a></span>',
    related=("You may also like", ["⟪First drive: the new Polo Vivo⟫", "Five cheapest cars in South Africa"]),
    mostread=("Popular", ["Fuel price: big drop expected in April", "Toyota Hilux recall", "Licence renewal backlog cleared"]),
    ago="1 day ago",
    cookie="⟪We use cookies to give you the best experience on our website.⟫", cookie_ok="Accept",
    footer="© 2026 Drive SA. All rights reserved.",
    authors=["Sipho Ndlovu"], byline_text="Sipho Ndlovu",
    kind="other", why="car road test review with verdict and score",
    body_extra=["h2.entry-sub-title"],
))

# ---------------------------------------------------------------- Indonesia: portal, "Baca juga" inserts, pagination, editor line
PAGES.append(dict(
    case="id-news-surabaya", lang="id", country="ID", skin="portal", px="detail", body_cls="detail__body-text",
    domain="jatim-terkini.example", site="Jatim Terkini",
    url="https://www.jatim-terkini.example/surabaya/d-7188432/banjir-rob-rendam-kawasan-pelabuhan-tanjung-perak",
    section="Surabaya", crumbs=["Home", "Jatim", "Surabaya"],
    title_tag="Banjir Rob Rendam Kawasan Pelabuhan Tanjung Perak, Aktivitas Bongkar Muat Terganggu",
    h1="Banjir Rob Rendam Kawasan Tanjung Perak, Bongkar Muat Terganggu",
    byline='<div class="detail__author">Deni Prasetyo - jatimterkini</div>',
    date="Senin, 02 Mar 2026 14:35 WIB", pub="2026-03-02T14:35:00+07:00", ld_authors=["Deni Prasetyo"],
    today="Senin, 02 Maret 2026",
    topbar='<a href="/login">Masuk</a> <a href="/register">Daftar</a> <a href="https://apps.example/jatim">Download Aplikasi</a>',
    nav=["Berita", ("Jatim", ["Surabaya", "Malang", "Sidoarjo", "Gresik", "Kediri"]), "Nasional", "Internasional", "Ekonomi", "Sepakbola", "Otomotif", "Kuliner", "Wisata", "Foto", "Video"],
    ticker=("Terpopuler", ["⟪Jadwal Imsakiyah Surabaya Hari Ini⟫", "Harga Cabai Rawit Naik Lagi"]),
    figure="Kendaraan melintasi genangan rob di Jalan Perak Barat. (Foto: Deni Prasetyo/jatimterkini)",
    body="""<p><strong>Surabaya</strong> - ⟦Banjir rob kembali merendam kawasan Pelabuhan Tanjung Perak, Surabaya, Senin (2/3/2026).⟧ Ketinggian air mencapai 40 sentimeter di beberapa titik sehingga aktivitas bongkar muat di dermaga terganggu selama beberapa jam.</p>
<p>Genangan terjadi sejak pukul 09.00 WIB dan mulai surut sekitar pukul 13.00 WIB. Sejumlah truk kontainer memilih menunggu di luar kawasan pelabuhan karena khawatir mesin mogok.</p>
<table class="linksisip"><tbody><tr><td><div class="lihatjg"><strong>Baca juga:</strong> <a href="/surabaya/d-7180011/pemkot-surabaya-bangun-tanggul">⟪Pemkot Surabaya Bangun Tanggul Laut Sepanjang 3 Km⟫</a></div></td></tr></tbody></table>
<p>"Kalau rob seperti ini, kami terpaksa berhenti dulu. ⟦Ada sekitar 60 truk yang antre sejak pagi⟧," kata Slamet, koordinator sopir truk di Jalan Perak Barat.</p>
<p>Kepala BPBD Kota Surabaya mengatakan rob dipicu fenomena bulan purnama yang membuat air laut pasang lebih tinggi dari biasanya. Pihaknya telah menyiagakan pompa air di enam titik rawan.</p>
<div class="detail__body-tag-ads"><div id="div-gpt-ad-inside"></div><span>ADVERTISEMENT</span></div>
<table class="linksisip"><tbody><tr><td><div class="lihatjg"><strong>Baca juga:</strong> <a href="/surabaya/d-7170902/cuaca-jatim">⟪BMKG: Waspada Hujan Lebat di Jatim Sepekan ke Depan⟫</a></div></td></tr></tbody></table>
<p>⟦BMKG Maritim Tanjung Perak memperkirakan rob masih akan terjadi hingga Kamis⟧. Warga pesisir diminta waspada, terutama pada siang hari saat air laut mencapai puncak pasang.</p>
<p>⟦Pelindo menyatakan aktivitas pelabuhan kembali normal pada sore hari.⟧</p>
<div class="detail__body-editor">(⟪dpr/iwd⟫)</div>""",
    exclude=["table.linksisip", "div.detail__body-tag-ads", "div.detail__body-editor"],
    after='<div class="detail__body-tag"><a href="/tag/banjir-rob">banjir rob</a> <a href="/tag/tanjung-perak">tanjung perak</a></div><div class="detail__paging"><a href="?page=1" class="active">1</a> <a href="?page=2">2</a> <a href="?page=2">Selanjutnya</a></div>',
    related=("Berita Terkait", ["⟪Rob Rendam Permukiman Warga di Kenjeran⟫", "Tol Surabaya-Gresik Tergenang"]),
    mostread=("Terpopuler", ["Jadwal Persebaya vs Arema", "Lowongan Kerja BUMN Maret 2026", "Harga Emas Antam Hari Ini"]),
    times=["1 jam yang lalu", "3 jam yang lalu"],
    cookie="Kami menggunakan cookie untuk meningkatkan pengalaman Anda.", cookie_ok="Setuju",
    footer="Copyright @ 2026 Jatim Terkini. All right reserved",
    authors=["Deni Prasetyo"], byline_text="Deni Prasetyo - jatimterkini",
    kind="news", why="news report on tidal flooding at port",
))

# ---------------------------------------------------------------- Vietnam: portal, "Xem thêm", "2 giờ trước", author at the end
PAGES.append(dict(
    case="vi-news-danang", lang="vi", country="VN", skin="asia", px="fck", body_cls="fck_detail", body_id="article-body",
    domain="tin-mien-trung.example", site="Tin Miền Trung",
    url="https://tin-mien-trung.example/da-nang-mo-rong-cang-tien-sa-4871203.html",
    section="Thời sự", crumbs=["Trang chủ", "Thời sự", "Giao thông"],
    title_tag="Đà Nẵng mở rộng cảng Tiên Sa đón tàu 100.000 tấn - Tin Miền Trung",
    h1="Đà Nẵng mở rộng cảng Tiên Sa đón tàu 100.000 tấn",
    deck="⟦Dự án mở rộng cảng Tiên Sa giai đoạn 3 được khởi công, dự kiến hoàn thành năm 2028.⟧",
    byline='<span class="location-stamp">Đà Nẵng</span>',
    date="Thứ năm, 5/3/2026, 14:20 (GMT+7)", updated=' <span class="ago">2 giờ trước</span>',
    pub="2026-03-05T14:20:00+07:00", ld_authors=["Nguyễn Đông"],
    today="Thứ năm, 5/3/2026",
    topbar='<a href="/dang-nhap">Đăng nhập</a> <a href="/dang-ky">Đăng ký</a>',
    app='<a class="app-dl" href="https://apps.example/tinmientrung">Tải ứng dụng</a>',
    search="Tìm kiếm",
    nav=["Mới nhất", "Thời sự", "Thế giới", "Kinh doanh", "Bất động sản", "Khoa học", "Giải trí", "Thể thao", "Pháp luật", "Giáo dục", "Sức khỏe", "Đời sống", "Du lịch", "Ý kiến"],
    figure="Phối cảnh cảng Tiên Sa sau khi mở rộng. Ảnh: Ban quản lý dự án",
    body="""<p class="Normal">⟦Sáng 5/3, UBND TP Đà Nẵng tổ chức lễ khởi công giai đoạn 3 dự án mở rộng cảng Tiên Sa⟧ với tổng vốn đầu tư khoảng 3.500 tỷ đồng. Sau khi hoàn thành, cảng có thể đón tàu trọng tải đến 100.000 tấn và tàu du lịch lớn.</p>
<p class="Normal">Theo Ban quản lý dự án, giai đoạn 3 gồm hai bến container dài 750 m, bãi chứa hàng rộng 20 ha và hệ thống cần trục hiện đại. Công suất của cảng sẽ tăng thêm 5 triệu tấn hàng mỗi năm.</p>
<div class="box-xemthem"><p><strong>Xem thêm:</strong> <a href="/da-nang-xay-duong-ven-bien-4860012.html">⟪Đà Nẵng xây tuyến đường ven biển nối Hội An⟫</a></p></div>
<p class="Normal">⟦Phát biểu tại lễ khởi công, lãnh đạo thành phố cho biết⟧ việc mở rộng cảng là bước quan trọng để Đà Nẵng trở thành trung tâm logistics của miền Trung và Tây Nguyên.</p>
<div class="banner-ads"><div id="sis_inread"></div></div>
<p class="Normal">Một số hộ dân ở phường Thọ Quang bày tỏ lo ngại về bụi và tiếng ồn trong thời gian thi công. Chủ đầu tư cam kết sẽ lắp đặt hàng rào chắn và tưới nước thường xuyên.</p>
<p class="Normal">⟦Dự án dự kiến hoàn thành và đưa vào khai thác vào năm 2028.⟧</p>
<p class="Normal author_mail" style="text-align:right;"><strong>Nguyễn Đông</strong></p>""",
    exclude=["div.box-xemthem", "div.banner-ads"],
    after='<div class="tags"><h4>Tags</h4><a href="/tag/cang-bien">⟪cảng biển miền Trung⟫</a> <a href="/tag/da-nang">Đà Nẵng</a></div>',
    related=("Tin liên quan", ["⟪Sân bay Đà Nẵng đón kỷ lục hành khách dịp Tết⟫", "Cầu Rồng tạm dừng phun lửa"]),
    mostread=("Xem nhiều", ["Giá vàng hôm nay tăng mạnh", "Lịch thi tốt nghiệp THPT 2026", "Thời tiết miền Trung chuyển lạnh"]),
    comments=("Ý kiến (3)", [("Minh Tuấn", "1 giờ trước", "⟪Mong dự án sớm hoàn thành để phát triển kinh tế⟫")]),
    footer="© Copyright 2026 Tin Miền Trung. Toàn bộ bản quyền thuộc Tin Miền Trung.",
    authors=["Nguyễn Đông"], byline_text="Nguyễn Đông",
    kind="news", why="news report on port expansion groundbreaking",
    body_extra=["p.fck-summary"],
))

# ---------------------------------------------------------------- Thailand: Buddhist year, login, app, ranking
PAGES.append(dict(
    case="th-news-chiangmai", lang="th", country="TH", skin="asia", px="news", body_cls="news-content",
    domain="thai-nuea-news.example", site="ข่าวภาคเหนือ",
    url="https://www.thai-nuea-news.example/local/1049821",
    section="ข่าวภูมิภาค", crumbs=["หน้าแรก", "ข่าวภูมิภาค", "เชียงใหม่"],
    title_tag="เชียงใหม่เปิดรถไฟฟ้ารางเบาสายแรก ทดลองวิ่งฟรี 1 เดือน - ข่าวภาคเหนือ",
    h1="เชียงใหม่เปิดทดลองเดินรถไฟฟ้ารางเบาสายแรก นั่งฟรี 1 เดือน",
    byline='<span class="reporter">โดย ทีมข่าวภูมิภาค</span>',
    date="5 มี.ค. 2569 10:30 น.", pub="2026-03-05T10:30:00+07:00", ld_authors=["org:ข่าวภาคเหนือ"],
    today="วันพฤหัสบดีที่ 5 มีนาคม 2569",
    topbar='<a href="/login">เข้าสู่ระบบ</a> | <a href="/register">สมัครสมาชิก</a>',
    app='<div class="app-banner">⟪ดาวน์โหลดแอปข่าวภาคเหนือ อ่านข่าวก่อนใคร⟫</div>',
    search="ค้นหา",
    nav=["หน้าแรก", "ข่าวด่วน", "การเมือง", "เศรษฐกิจ", "ข่าวภูมิภาค", "ต่างประเทศ", "กีฬา", "บันเทิง", "ไลฟ์สไตล์", "ดูดวง", "หวย"],
    ticker=("ข่าวล่าสุด", ["⟪ค่าฝุ่น PM2.5 เชียงใหม่เกินมาตรฐาน 3 วันติด⟫", "ผลสลากกินแบ่งรัฐบาลงวดล่าสุด"]),
    figure="ขบวนรถไฟฟ้ารางเบาจอดที่สถานีสนามบินเชียงใหม่ (ภาพ: ข่าวภาคเหนือ)",
    body="""<p>⟦เชียงใหม่เปิดทดลองเดินรถไฟฟ้ารางเบาสายสีแดงอย่างเป็นทางการ⟧ เมื่อเช้าวันที่ 5 มีนาคม โดยให้ประชาชนทดลองใช้บริการฟรีเป็นเวลา 1 เดือน ตั้งแต่เวลา 06.00 ถึง 22.00 น.</p>
<p>เส้นทางสายสีแดงมีระยะทาง 15.8 กิโลเมตร จากโรงพยาบาลนครพิงค์ ผ่านตัวเมือง ไปจนถึงท่าอากาศยานเชียงใหม่ รวม 16 สถานี ⟦โดยช่วงกลางเมืองเป็นทางวิ่งใต้ดิน⟧เพื่อไม่ให้กระทบโบราณสถาน</p>
<div class="read-more-box"><span>อ่านข่าวที่เกี่ยวข้อง</span> <a href="/local/1048002">⟪เชียงใหม่เตรียมปรับเส้นทางรถแดงรับรถไฟฟ้า⟫</a></div>
<p>⟦ผู้ว่าราชการจังหวัดเชียงใหม่กล่าวว่า รถไฟฟ้าจะช่วยลดปัญหารถติด⟧ในเมืองและลดฝุ่นควันจากรถยนต์ ซึ่งเป็นปัญหาสำคัญของจังหวัดในช่วงหน้าแล้ง</p>
<div class="ads-inarticle"><div id="div-gpt-ad-th-1"></div></div>
<p>ทั้งนี้ แต่ละสถานีมีลิฟต์และทางลาดสำหรับผู้สูงอายุและผู้พิการ พร้อมที่จอดรถและจุดจอดรถจักรยานยนต์บริเวณสถานีปลายทาง ระบบชำระค่าโดยสารรองรับบัตรเดบิตแบบแตะจ่ายและคิวอาร์โค้ด</p>
<p>ด้านผู้ประกอบการรถแดงบางส่วนแสดงความกังวลว่าจะสูญเสียรายได้ ขณะที่จังหวัดยืนยันว่าจะปรับเส้นทางรถแดงให้เป็นระบบรถป้อนเข้าสถานี</p>
<p>⟦หลังช่วงทดลองใช้ฟรี ค่าโดยสารจะอยู่ที่ 15-45 บาทตามระยะทาง⟧</p>""",
    exclude=["div.read-more-box", "div.ads-inarticle"],
    after='<div class="tags">แท็ก: <a href="/tag/chiangmai">เชียงใหม่</a> <a href="/tag/lrt">⟪ขนส่งมวลชน⟫</a></div>',
    mostread=("ข่าวยอดนิยม", ["⟪สงกรานต์เชียงใหม่ 2569 เปิดตารางกิจกรรม⟫", "ราคาทองวันนี้", "พยากรณ์อากาศภาคเหนือ"]),
    rank_tabs="วันนี้ | สัปดาห์นี้",
    related=("ข่าวที่เกี่ยวข้อง", ["ลำปางเตรียมสร้างสถานีขนส่งใหม่", "แอร์พอร์ตลิงก์เชียงใหม่เปิดประมูล"]),
    cookie="เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน", cookie_ok="ยอมรับ",
    footer="© 2569 ข่าวภาคเหนือ สงวนลิขสิทธิ์",
    authors=None, byline_text="โดย ทีมข่าวภูมิภาค",
    kind="news", why="regional news report on light rail opening",
))

# ---------------------------------------------------------------- China: 新华社 dateline, （记者 …）, 责任编辑, rankings
PAGES.append(dict(
    case="zh-news-hangzhou", lang="zh", country="CN", skin="asia", px="article", body_cls="TRS_Editor", body_id="detailContent",
    domain="zhejiang-xinwen.example", site="浙江新闻网",
    url="https://news.zhejiang-xinwen.example/system/2026/03/08/034218771.shtml",
    section="浙江", crumbs=["首页", "浙江新闻", "杭州"],
    title_tag="杭州地铁12号线全线开通运营_浙江新闻_浙江新闻网",
    h1="杭州地铁12号线全线开通运营",
    byline='<span class="source">来源：新华社</span>',
    date="2026-03-08 09:15:32", pub="2026-03-08T09:15:32+08:00", ld_authors=["张伟", "李静"],
    today="2026年3月8日 星期日",
    topbar='<a href="/login">登录</a> | <a href="/register">注册</a> <a href="/m/">手机版</a>',
    app='<div class="app-qr"><img src="/img/qr.png" alt=""><p>⟪扫码下载客户端⟫</p></div>',
    search="搜索",
    nav=["首页", "浙江", "国内", "国际", "财经", "评论", "体育", "娱乐", "科技", "教育", "健康", "视频", "图片"],
    ticker=("滚动", ["⟪浙江发布今年首个暴雨预警⟫", "杭州亚运场馆向市民开放"]),
    body="""<p>　　新华社杭州3月8日电（记者 张伟 李静）⟦8日上午，杭州地铁12号线全线开通初期运营。⟧该线路全长约37公里，设车站28座，连接萧山国际机场与城北新区，是杭州第一条穿越钱塘江的东西向地铁线路。</p>
<p>　　据杭州市地铁集团介绍，12号线采用最高时速100公里的A型列车，⟦高峰时段行车间隔约4分钟，从城北到机场全程约需55分钟。⟧</p>
<div class="xglj"><strong>相关阅读：</strong><a href="/system/2026/03/01/034200112.shtml">⟪杭州地铁票价调整方案公布⟫</a></div>
<p>　　开通首日，不少市民专程前来体验。在滨江站，⟦市民王女士说：“以前去机场要换乘两次，⟧现在一条线就到了，方便多了。”</p>
<p>　　记者在现场看到，各站均设置了无障碍电梯和母婴室，站内导向标识采用中英文双语。地铁集团表示，开通初期将在客流较大的车站增派志愿者，引导乘客有序乘车，并根据客流情况适时调整运营时间。</p>
<p>　　杭州市交通部门有关负责人介绍，12号线沿线将同步优化调整公交线路20余条，方便市民换乘。</p>
<p>　　据悉，⟦杭州地铁运营里程已超过600公里，⟧12号线开通后，将进一步缓解过江交通压力。</p>
<p class="editor">⟪责任编辑：刘洋⟫</p>""",
    exclude=["div.xglj", "p.editor"],
    after='<div class="share-mark">⟪本网站所有内容未经授权禁止转载⟫</div>',
    mostread=("点击排行", ["⟪杭州今年新增学位5万个⟫", "浙江高考政策发布", "西湖景区周末限流"]),
    rank_tabs="24小时 | 本周",
    related=("相关新闻", ["宁波地铁5号线二期开工", "杭州公交线路优化调整"]),
    footer="浙江新闻网版权所有 ICP备案号：浙B2-20260001",
    authors=["张伟", "李静"], byline_text="新华社记者 张伟 李静",
    kind="news", why="agency news report on metro line opening",
))

# ---------------------------------------------------------------- Taiwan: opinion column, traditional Chinese, 更新 label
PAGES.append(dict(
    case="zh-opinion-taipei", lang="zh", country="TW", skin="asia", px="story", body_cls="story-body", body_id="story_body_content",
    domain="taipei-shibao.example", site="台北時報",
    url="https://www.taipei-shibao.example/opinion/story/120311/8812455",
    section="評論", crumbs=["首頁", "評論", "名家專欄"],
    title_tag="名家專欄：公車司機荒，不只是薪水問題 | 評論 | 台北時報",
    kicker="名家專欄", h1="公車司機荒，不只是薪水問題",
    byline='<span class="author">作者：<a href="/author/5521">陳怡君</a>（交通研究者）</span>',
    date="2026-03-14 06:00", updated=' <span class="update">更新：2026-03-14 09:30</span>',
    pub="2026-03-14T06:00:00+08:00", mod="2026-03-14T09:30:00+08:00", ld_type="OpinionNewsArticle", ld_authors=["陳怡君"],
    today="2026年3月14日 星期六",
    topbar='<a href="/login">登入</a> <a href="/register">註冊</a> <a href="/vip">訂閱</a>',
    search="搜尋",
    nav=["即時", "要聞", "娛樂", "運動", "全球", "社會", "地方", "產經", "股市", ("評論", ["社論", "名家專欄", "投書"]), "生活", "健康"],
    body="""<p>⟦最近幾個月，台北多條公車路線因為司機不足而減班，⟧通勤族在站牌下等待二十分鐘已不稀奇。市府的對策是調高起薪，但我認為，只談薪水無法解決問題。</p>
<p>我訪談過不少司機，他們最常抱怨的不是錢，而是工時與尊嚴。⟦排班一天長達十一小時，中間休息時間零碎，⟧遇到乘客辱罵也只能忍耐。年輕人寧願去送外送，也不願意握方向盤。</p>
<div class="story-ad"><div id="div-gpt-ad-story-1"></div></div>
<div class="story-related-inline"><span>延伸閱讀</span><a href="/news/story/7266/8800012">⟪北市公車減班，通勤族怨等太久⟫</a></div>
<p>政府應該做的，是訂出合理的連續駕駛上限，建立司機休息站，並對辱罵司機的行為加重處罰。⟦公車是城市的血管，司機就是維持血液流動的人。⟧</p>
<p>⟦如果我們希望更多人搭公車，就必須先讓更多人願意開公車。⟧</p>
<p class="story-disclaimer">⟪本文僅代表作者觀點，不代表本報立場⟫</p>""",
    exclude=["div.story-ad", "div.story-related-inline", "p.story-disclaimer"],
    after='<div class="tags"><a href="/tag/公車">公車</a> <a href="/tag/交通">⟪大眾運輸⟫</a></div>',
    mostread=("熱門排行", ["⟪颱風假最新消息⟫", "台積電股價創新高", "健保費率明年調整"]),
    rank_tabs="即時 | 24小時",
    related=("更多評論", ["社論：少子化不能只靠補助", "投書：騎樓應該還給行人"]),
    cookie="本網站使用Cookie以提供更好的瀏覽體驗。", cookie_ok="我同意",
    footer="台北時報版權所有 © 2026",
    authors=["陳怡君"], byline_text="作者：陳怡君（交通研究者）",
    kind="opinion", why="signed column in 評論 › 名家專欄",
))

# ---------------------------------------------------------------- Japan: big portal, paywall, ranking, app prompt
PAGES.append(dict(
    case="ja-news-osaka", lang="ja", country="JP", skin="asia", px="article", body_cls="article-body", body_id="article-body-inner",
    domain="kansai-shimbun.example", site="関西新聞",
    url="https://www.kansai-shimbun.example/articles/ASU3K4R7HU3KPTIL00Q.html",
    section="社会", crumbs=["トップ", "社会", "大阪"],
    title_tag="大阪・夢洲へ新たな鉄道ルート　2030年開業目指す：関西新聞デジタル",
    h1="夢洲への新鉄道ルート、2030年開業目指す　大阪府・市が計画案",
    byline='<span class="byline">山本 健一</span>',
    date="2026年3月17日 19時05分", pub="2026-03-17T19:05:00+09:00", ld_authors=["山本 健一"],
    today="2026年3月17日（火）",
    topbar='<a href="/login">ログイン</a> <a href="/signup">会員登録</a> <a href="/plan">有料会員になる</a>',
    app='<a class="app-link" href="https://apps.example/kansai">⟪アプリで読む⟫</a>',
    search="検索",
    nav=["速報", "トップ", "政治", "経済", "社会", "国際", "スポーツ", "文化", "地域", "オピニオン", "ライフ", "科学"],
    figure="夢洲周辺の埋め立て地（本社ヘリから、山本健一撮影）",
    body="""<p>⟦大阪府と大阪市は17日、大阪湾の人工島・夢洲と新大阪駅を結ぶ新しい鉄道ルートの計画案を公表した。⟧2030年の開業を目指し、総事業費は約3千億円を見込む。</p>
<p>⟦計画案によると、新線はJR桜島線を延伸し、⟧夢洲から新大阪まで乗り換えなしで約25分で結ぶ。府市は国の補助も活用しながら、民間事業者と共同で整備を進めたい考えだ。</p>
<div class="paywall-block"><p>⟪この記事は有料記事です。残り612文字⟫</p><a href="/plan">有料会員になると続きをお読みいただけます</a></div>
<p>⟦夢洲では統合型リゾート（IR）の開業が予定されており、⟧府市は年間約2千万人の来訪を見込む。一方、既存の地下鉄中央線だけでは輸送力が足りないとの指摘が出ていた。</p>
<div class="ad-mid"><div id="ad-inarticle"></div></div>
<p>新線の途中には新たに2駅を設ける計画で、沿線の再開発も検討されている。府の担当者は「観光客だけでなく、臨海部で働く人たちの通勤にも役立つ路線にしたい」と話す。事業主体となる第三セクターの設立に向け、年内にも関係する鉄道会社との協議を始めるという。</p>
<p>市民団体からは「巨額の公費を投じる必要性が説明されていない」との声も上がる。⟦府市は今夏にも住民説明会を開く方針だ。⟧</p>""",
    exclude=["div.paywall-block", "div.ad-mid"],
    after='<div class="related-keyword">関連キーワード：<a href="/topics/bay">⟪大阪湾岸開発⟫</a> <a href="/topics/ir">IR</a></div>',
    mostread=("アクセスランキング", ["⟪阪神、開幕投手が決定⟫", "桜の開花予想、大阪は24日", "関西の地価、3年連続上昇"]),
    rank_tabs="総合 | 社会",
    related=("関連ニュース", ["大阪メトロ、運賃値上げを申請", "万博跡地の活用案まとまる"]),
    cookie="当サイトではクッキーを使用しています。", cookie_ok="同意する",
    footer="Copyright © Kansai Shimbun Company. All rights reserved. 無断転載を禁止します。",
    authors=["山本 健一"], byline_text="山本 健一",
    kind="news", why="news report on railway plan",
))

# ---------------------------------------------------------------- Korea: column, byline at the end, 무단전재 금지
PAGES.append(dict(
    case="ko-opinion-seoul", lang="ko", country="KR", skin="asia", px="article-view", body_cls="article-body", body_id="article-view-content-div",
    domain="hanguk-ilbo-daily.example", site="서울데일리",
    url="https://www.hanguk-ilbo-daily.example/news/articleView.html?idxno=381204",
    section="오피니언", crumbs=["홈", "오피니언", "칼럼"],
    title_tag="[칼럼] 버스 정류장에 의자를 - 서울데일리",
    h1="[칼럼] 버스 정류장에 의자를",
    byline='<ul class="infomation"><li><i class="icon-user-o"></i> 박지현 논설위원</li></ul>',
    date="입력 2026.03.09 06:00", updated=' <span class="updated">수정 2026.03.09 10:12</span>',
    pub="2026-03-09T06:00:00+09:00", mod="2026-03-09T10:12:00+09:00", ld_authors=["박지현"],
    exp_title="[칼럼] 버스 정류장에 의자를",
    today="2026년 3월 9일 월요일",
    topbar='<a href="/member/login.html">로그인</a> <a href="/member/join.html">회원가입</a>',
    search="검색",
    nav=["전체기사", "정치", "경제", "사회", "국제", "문화", "스포츠", "오피니언", "포토", "영상"],
    body="""<p>⟦지난겨울 어느 아침, 버스 정류장에서 한 할머니가 지팡이에 기댄 채 20분 넘게 서 계셨다.⟧ 정류장에는 의자가 두 개 있었지만 이미 다른 분들이 앉아 있었다. 나는 그 모습을 보며 우리 도시가 누구를 기준으로 설계되었는지 생각했다.</p>
<p>고령 인구가 늘면서 대중교통은 노인들에게 가장 중요한 이동 수단이 되었다. ⟦그런데 정류장의 의자와 그늘, 바람막이는 여전히 부족하다.⟧ 예산 문제라고 하지만 의자 하나의 값은 도로 공사비에 비하면 아주 작다.</p>
<div class="ad-template"><div id="AD_article_mid"></div></div>
<div class="relation-news"><strong>관련기사</strong><ul><li><a href="/news/articleView.html?idxno=380011">⟪서울시, 버스 정류장 스마트 쉘터 확대⟫</a></li></ul></div>
<p>모든 정류장에 최소 네 개의 의자를 두고, 여름에는 그늘막을, 겨울에는 온열 의자를 설치하자. ⟦작은 의자 하나가 노인의 외출을 가능하게 한다.⟧</p>
<p>⟦도시는 가장 약한 사람의 걸음에 맞춰야 한다.⟧</p>
<p class="writer-end">박지현 논설위원</p>
<p class="copyright">⟪저작권자 © 서울데일리 무단전재 및 재배포 금지⟫</p>""",
    exclude=["div.ad-template", "div.relation-news", "p.copyright"],
    mostread=("많이 본 뉴스", ["⟪서울 아파트값 3주 연속 상승⟫", "미세먼지 주의보 발령", "프로야구 개막전 매진"]),
    rank_tabs="오늘 | 주간",
    related=("오피니언 다른 기사", ["[사설] 저출생 대책, 현장을 보라", "[기고] 지역 의료를 살리려면"]),
    cookie="⟪이 사이트는 쿠키를 사용합니다.⟫", cookie_ok="확인",
    footer="Copyright © 2026 서울데일리. All rights reserved.",
    authors=["박지현"], byline_text="박지현 논설위원",
    kind="opinion", why="signed column in 오피니언 with [칼럼] label",
))
