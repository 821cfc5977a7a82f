"""Vietnamese: a VnExpress-style portal (Tin Nhanh Việt: "Thứ hai, 7/12/2026, 14:05 (GMT+7)", author in bold under the
text) and a daily's site (Sài Gòn Mới: "07/12/2026 14:05 GMT+7", author on top, sapo); TTXVN wire copy, an interview,
a printed date only, a Góc nhìn column, a column marked only by its URL, a product review."""

PAGES = []

VI_NAV = [("Thời sự", ["Chính trị", "Dân sinh", "Giao thông", "Mekong"]), ("Góc nhìn", ["Bình luận", "Ý kiến", "Chính trị & chính sách"]),
          ("Thế giới", ["Tư liệu", "Phân tích", "Người Việt 5 châu"]), ("Kinh doanh", ["Quốc tế", "Doanh nghiệp", "Chứng khoán", "Vĩ mô", "Hàng hóa"]),
          ("Bất động sản", []), ("Khoa học", []), ("Giải trí", ["Sách", "Phim", "Nhạc"]), ("Thể thao", ["Bóng đá", "Tennis", "Marathon"]),
          ("Pháp luật", ["Hồ sơ phá án", "Tư vấn"]), ("Giáo dục", ["Tin tức", "Tuyển sinh", "Du học"]), ("Sức khỏe", ["Tin tức", "Các bệnh", "Dinh dưỡng"]),
          ("Đời sống", []), ("Du lịch", []), ("Số hóa", []), ("Xe", ["Thị trường", "Cầm lái"])]
VI_FOOT = ["Giới thiệu", "Liên hệ tòa soạn", "Quảng cáo", "Điều khoản sử dụng", "Chính sách bảo mật", "RSS"]
VI_RANK = ["Giá vàng hôm nay lập đỉnh mới", "Lịch nghỉ Tết Nguyên đán 2027 của học sinh 63 tỉnh thành", "Xăng dầu giảm giá từ 15h chiều nay",
           "Miền Bắc đón đợt rét đậm đầu tiên", "Sân bay Long Thành đón chuyến bay thương mại đầu tiên"]
VI_OP = [("Đừng biến trường học thành nơi chấm điểm giáo viên", "Phạm Thanh Tùng"), ("Nhà giá rẻ cho ai?", "Nguyễn Hữu Phước"),
         ("Người già ở phố", "Lê Thị Mai Hương")]

SV = dict(domain="tinnhanhviet.example", site="Tin Nhanh Việt", nav=VI_NAV, footer_nav=VI_FOOT, rank=VI_RANK, oprail=VI_OP, opbase="goc-nhin",
          lang="vi", skin="vn_express", privacy_label="Chính sách bảo mật",
          footer_info="Tổng biên tập: Nguyễn Văn An. Địa chỉ: Tầng 6, tòa nhà số 17 phố Duy Tân, Cầu Giấy, Hà Nội.",
          footer="© Copyright 1997-2026 Tin Nhanh Việt, All rights reserved")
SD = dict(SV, domain="saigonmoi.example", site="Sài Gòn Mới", skin="vn_daily", cookie=False,
          footer_info="Giấy phép số 100/GP-BTTTT. Cơ quan chủ quản: Hội Nhà báo TP HCM.",
          footer="Bản quyền © 2026 Sài Gòn Mới. Ghi rõ nguồn khi phát hành lại thông tin từ website này.")

# ---------------------------------------------------------------- news: metro, author in bold at the end of the text
PAGES.append(dict(SV,
    case="vi-news-vnexpress-metro", secpath="thoi-su", url="https://tinnhanhviet.example/metro-so-1-don-khach-thu-40-trieu-4981220.html",
    h1="Metro số 1 đón hành khách thứ 40 triệu",
    deck="Sau gần hai năm vận hành, tuyến Bến Thành - Suối Tiên đạt 40 triệu lượt khách, trung bình hơn 62.000 lượt mỗi ngày làm việc.",
    crumbs=["Thời sự", "Giao thông"], authors=["Gia Minh"], byline_text="Gia Minh", byline_html="",
    ld_authors=["Gia Minh"], ld_type="NewsArticle", ld_section="Thời sự", pub="2026-12-07T14:05:00+07:00",
    date="Thứ hai, 7/12/2026, 14:05 (GMT+7)", today="Thứ hai, 7/12/2026",
    ticker=["Cháy nhà xưởng ở Bình Dương, hàng trăm công nhân thoát nạn", "Giá vàng miếng vượt 95 triệu đồng"],
    widget="VN-Index 1.342,18 ▲5,72 | USD/VND 25.480 | Vàng SJC 95,2 triệu",
    tags=["metro số 1", "TP HCM", "giao thông công cộng"], next="⟪Khởi công tuyến metro Bến Thành - Tham Lương vào quý II/2027⟫",
    related=["Xe buýt kết nối metro kéo dài giờ chạy", ("Góc nhìn", "⟪Thành phố cần nhiều metro hơn là thêm cầu vượt⟫"), "Vé tháng metro giá bao nhiêu?"],
    comments=[("Trần Quang", "3h trước", "Ngày nào tôi cũng đi metro từ Thủ Đức vào quận 1, rất tiện.", "88"),
              ("minhthu.nguyen", "5h trước", "⟪Giờ cao điểm ga Bến Thành vẫn quá đông, nên tăng chuyến.⟫", "41")],
    comment_count=57,
    body="""⟦Ban Quản lý đường sắt đô thị TP HCM cho biết sáng 7/12, tuyến metro Bến Thành - Suối Tiên đã đón hành khách thứ 40 triệu⟧ kể từ khi chính thức vận hành thương mại cuối tháng 12/2024. Hành khách may mắn là một nữ sinh viên lên tàu tại ga Đại học Quốc gia và được tặng thẻ đi tàu miễn phí trong một năm.

Theo số liệu của đơn vị vận hành, lượng khách bình quân ngày làm việc hiện đạt hơn 62.000 lượt, cuối tuần khoảng 75.000 lượt. ⟦Con số này tăng khoảng 35% so với cùng kỳ năm ngoái,⟧ chủ yếu nhờ mạng lưới xe buýt điện kết nối tới các ga được mở rộng.

[[REL|⟪Ga ngầm Bến Thành sẽ có thêm lối lên khu phố đi bộ⟫|Những điều cần biết khi đi metro số 1]]

Giờ cao điểm sáng, tàu chạy với tần suất 6 phút mỗi chuyến. Từ tháng 1/2027, đơn vị vận hành dự kiến rút ngắn xuống còn 5 phút nhờ đưa thêm hai đoàn tàu vào khai thác. ⟦Thời gian chạy suốt tuyến dài gần 20 km hiện khoảng 29 phút.⟧

[[AD]]

Ông Lê Hoàng Phúc, đại diện Công ty Đường sắt đô thị số 1, cho biết tỷ lệ tàu chạy đúng giờ đạt 99,8%. "Khó khăn lớn nhất hiện nay là chỗ gửi xe máy tại một số ga vùng ven đã quá tải vào buổi sáng", ông nói.

Theo khảo sát của đơn vị vận hành, gần một nửa hành khách thường xuyên là sinh viên và nhân viên văn phòng. Nhiều người cho biết đã chuyển từ xe máy sang metro vì không phải lo kẹt xe trên xa lộ Hà Nội.

Thành phố đang hoàn thiện hồ sơ tuyến metro số 2 Bến Thành - Tham Lương và nghiên cứu kéo dài tuyến số 1 đến Đồng Nai. ⟦Khi hoàn thành, mạng lưới metro được kỳ vọng giảm đáng kể áp lực giao thông ở cửa ngõ phía đông.⟧

[[TEXT|<strong>Gia Minh</strong>]]""",
    kind="news", why="transport report with operator figures",
))

# ---------------------------------------------------------------- news: TTXVN wire copy on the daily (null author, JSON-LD organisation)
PAGES.append(dict(SD,
    case="vi-news-vndaily-caphe", secpath="kinh-te", url="https://saigonmoi.example/kinh-te/xuat-khau-ca-phe-11-thang-dat-6-8-ty-usd-post812205.html",
    h1="Xuất khẩu cà phê 11 tháng đạt 6,8 tỷ USD, cao nhất từ trước đến nay",
    deck="Dù lượng xuất khẩu giảm nhẹ, giá cà phê neo ở mức cao giúp kim ngạch 11 tháng năm 2026 tăng gần 30% so với cùng kỳ.",
    crumbs=["Kinh tế", "Thị trường"], authors=None, byline_text="TTXVN", byline_html='<span class="author-name">TTXVN</span>',
    source_line="Nguồn: TTXVN", ld_authors=["org:TTXVN"], ld_type="NewsArticle", pub="2026-12-03T10:20:00+07:00",
    date="03/12/2026 10:20 GMT+7", today="Thứ năm, ngày 3/12/2026",
    ticker=["Giá cà phê hôm nay giảm nhẹ", "Hải quan: Xuất khẩu tháng 11 tăng 12%"],
    tags=["cà phê", "xuất khẩu", "nông sản"], next="Giá tiêu tăng mạnh",
    related=["⟪Giá hồ tiêu tăng mạnh, nông dân Tây Nguyên phấn khởi⟫", ("Bình luận", "Đừng để nông dân trồng cà phê theo phong trào"), "EU siết quy định chống phá rừng với nông sản"],
    statement="⟪Bài viết được đăng lại theo thỏa thuận hợp tác nội dung.⟫",
    body="""⟦Theo số liệu sơ bộ của Cục Hải quan, trong 11 tháng năm 2026, Việt Nam xuất khẩu khoảng 1,36 triệu tấn cà phê,⟧ kim ngạch đạt 6,8 tỷ USD, giảm 3% về lượng nhưng tăng 29,6% về giá trị so với cùng kỳ năm trước. Đây là mức kim ngạch cao nhất mà ngành cà phê từng đạt được.

Giá xuất khẩu bình quân trong 11 tháng ước đạt khoảng 5.000 USD/tấn, tăng hơn 33% so với cùng kỳ. ⟦Nguyên nhân chính là nguồn cung toàn cầu thiếu hụt⟧ do thời tiết bất lợi tại Brazil và Indonesia, trong khi nhu cầu tiêu thụ tại châu Âu và châu Á vẫn ổn định.

[[ALSO|⟪Giá cà phê hôm nay: Thị trường trong nước đi ngang⟫]]

Đức, Italy, Tây Ban Nha và Nhật Bản tiếp tục là những thị trường nhập khẩu cà phê lớn nhất của Việt Nam. Đáng chú ý, xuất khẩu sang Trung Quốc tăng gần gấp đôi, ⟦chủ yếu là cà phê rang xay và cà phê hòa tan.⟧

[[SPLIT]]

Theo Hiệp hội Cà phê - Ca cao Việt Nam, niên vụ 2026-2027, sản lượng cà phê cả nước dự kiến đạt khoảng 1,75 triệu tấn, tăng nhẹ so với niên vụ trước nhờ thời tiết thuận lợi tại Tây Nguyên. Tuy vậy, diện tích cà phê có xu hướng giảm do một số nông dân chuyển sang trồng sầu riêng.

Hiệp hội khuyến cáo doanh nghiệp cần chuẩn bị kỹ hồ sơ truy xuất nguồn gốc để đáp ứng quy định chống phá rừng của Liên minh châu Âu, có hiệu lực với doanh nghiệp lớn từ cuối năm nay. ⟦Các doanh nghiệp không chứng minh được vùng trồng hợp pháp có thể bị từ chối nhập khẩu.⟧

[[REL|⟪Sầu riêng lấn át cà phê ở Tây Nguyên⟫]]

Tại thị trường trong nước, giá cà phê nhân xô ở các tỉnh Tây Nguyên sáng 3/12 dao động từ 118.000 đến 120.500 đồng/kg. ⟦Giới kinh doanh dự báo giá sẽ còn biến động mạnh trong những tháng đầu năm 2027.⟧""",
    kind="news", why="agency report of export figures",
))

# ---------------------------------------------------------------- news: interview (evaluative words, Q&A) on the VnExpress-style portal
PAGES.append(dict(SV,
    case="vi-news-vnexpress-phongvan", secpath="kinh-doanh", url="https://tinnhanhviet.example/gia-nha-ha-noi-kho-giam-trong-hai-nam-toi-4975318.html",
    h1="'Giá nhà Hà Nội khó giảm trong hai năm tới'",
    deck="TS Đặng Quốc Khánh, chuyên gia kinh tế đô thị, cho rằng nguồn cung căn hộ vừa túi tiền vẫn quá ít so với nhu cầu.",
    crumbs=["Kinh doanh", "Bất động sản"], authors=["Hoài Thu"], byline_text="Hoài Thu thực hiện", byline_html="<strong>Hoài Thu</strong> thực hiện",
    meta="og", meta_section="Bất động sản", pub="2026-11-25T06:00:00+07:00",
    date="Thứ tư, 25/11/2026, 06:00 (GMT+7)", today="Thứ tư, 25/11/2026",
    ticker=["Lãi suất vay mua nhà tăng nhẹ", "Hà Nội đấu giá 12 lô đất ở Đông Anh"],
    tags=["giá nhà", "Hà Nội", "nhà ở xã hội", "phỏng vấn"], next="⟪Giá thuê căn hộ tại TP HCM tăng 15%⟫",
    related=[("Góc nhìn", "⟪Căn hộ 100 triệu đồng một mét vuông cho ai ở?⟫"), "Ba dự án nhà ở xã hội mở bán đầu năm 2027", "Người trẻ thuê nhà hay mua nhà?"],
    comments=[("Đức Anh", "10h trước", "⟪Lương tăng 5% một năm mà giá nhà tăng 20% thì bao giờ mua nổi.⟫", "412")], comment_count=233,
    body="""⟦Giá căn hộ chung cư tại Hà Nội đã tăng khoảng 40% trong hai năm qua,⟧ nhiều dự án mới chào bán trên 80 triệu đồng mỗi m2. Tin Nhanh Việt trao đổi với TS Đặng Quốc Khánh, chuyên gia kinh tế đô thị, về xu hướng giá và cơ hội cho người mua nhà lần đầu.

[[H|- Vì sao giá nhà Hà Nội tăng mạnh như vậy, thưa ông?]]

- Nguyên nhân cơ bản là mất cân đối cung cầu. ⟦Trong ba năm, Hà Nội gần như không có dự án căn hộ giá dưới 40 triệu đồng mỗi m2 được mở bán.⟧ Trong khi đó, nhu cầu ở thực của các gia đình trẻ và người nhập cư rất lớn. Chi phí đất đai, vật liệu và lãi vay cũng đều tăng, chủ đầu tư chuyển sang làm sản phẩm cao cấp để đảm bảo lợi nhuận.

[[H|- Có ý kiến cho rằng giá đang bị đẩy lên bởi giới đầu cơ?]]

- Đầu cơ có, nhưng không phải yếu tố quyết định. ⟦Tỷ lệ căn hộ bỏ trống ở một số dự án mới khá cao,⟧ cho thấy một phần người mua không để ở. Tuy vậy, nếu chỉ siết tín dụng với nhà đầu tư mà không tăng nguồn cung thì giá vẫn khó giảm.

[[AD]]

[[H|- Theo ông, giá nhà sẽ diễn biến thế nào trong thời gian tới?]]

- Tôi cho rằng trong hai năm tới giá khó giảm, nhiều khả năng chỉ đi ngang hoặc tăng chậm lại. Các dự án nhà ở xã hội đang triển khai sẽ giúp một phần, nhưng quy mô còn nhỏ so với nhu cầu, và thủ tục xét duyệt người mua vẫn phức tạp.

[[REL|⟪Hà Nội đặt mục tiêu xây 20.000 căn nhà ở xã hội⟫]]

[[H|- Lời khuyên của ông với người mua nhà lần đầu?]]

- Người mua nên tính kỹ khả năng trả nợ, không nên vay quá 40% giá trị căn hộ và tổng tiền trả góp hằng tháng không vượt một phần ba thu nhập. ⟦Thuê nhà thêm vài năm để tích lũy cũng là một lựa chọn hợp lý,⟧ thay vì cố mua bằng mọi giá lúc thị trường đang ở đỉnh.""",
    kind="news", why="Q&A interview reporting an expert's views",
))

# ---------------------------------------------------------------- news: floods, two reporters, printed date only (no date metadata)
PAGES.append(dict(SD,
    case="vi-news-vndaily-mualu", secpath="thoi-su", url="https://saigonmoi.example/thoi-su/mua-lon-keo-dai-hang-nghin-ho-dan-o-hue-phai-so-tan-post809741.html",
    h1="Mưa lớn kéo dài, hàng nghìn hộ dân ở Huế phải sơ tán",
    deck="Lượng mưa hơn 600 mm trong 48 giờ khiến nhiều tuyến đường ở TP Huế ngập sâu, hàng nghìn hộ dân vùng trũng được di dời đến nơi an toàn.",
    crumbs=["Thời sự", "Dân sinh"], authors=["Đoàn Cường", "Nhật Linh"], byline_text="Đoàn Cường - Nhật Linh",
    byline_html='<a href="/tac-gia/doan-cuong">Đoàn Cường</a> - <a href="/tac-gia/nhat-linh">Nhật Linh</a>', meta="og", meta_pub=False,
    pub="2026-11-19T07:45:00+07:00", date="19/11/2026 07:45 GMT+7", today="Thứ năm, ngày 19/11/2026",
    hero="Người dân phường Phú Hội di chuyển bằng thuyền trên tuyến đường ngập sâu sáng 19/11",
    ticker=["Đèo Hải Vân tạm cấm xe vì sạt lở", "Tàu hỏa Bắc - Nam dừng chạy qua miền Trung"],
    tags=["mưa lũ", "Huế", "sơ tán"], next="Đà Nẵng cho học sinh nghỉ học",
    related=["⟪Đà Nẵng cho học sinh nghỉ học ngày 19/11⟫", ("Ý kiến", "Sống chung với lũ cần chiến lược mới"), "Thủy điện xả lũ: người dân cần biết gì"],
    comments=[("Người Huế xa quê", "1h trước", "⟪Mong bà con quê mình bình an, năm nào cũng lo lắng.⟫", "96")],
    body="""⟦Từ đêm 17 đến sáng 19/11, TP Huế có mưa rất to,⟧ lượng mưa phổ biến 450-600 mm, có nơi như A Lưới trên 700 mm. Mực nước sông Hương tại trạm Kim Long lên mức 3,9 m, trên báo động 3 khoảng 0,4 m.

[[PHOTO|⟪Lực lượng cứu hộ hỗ trợ người già ở phường Kim Long. Ảnh: Nhật Linh⟫]]

Nhiều tuyến đường trung tâm như Lê Lợi, Bà Triệu, Hùng Vương ngập sâu 0,5-1 m. ⟦Tại các phường vùng trũng ven sông, nước tràn vào nhà dân,⟧ lực lượng quân đội, công an và dân quân phải dùng thuyền để đưa người già, trẻ em đi sơ tán.

Theo Ban Chỉ huy phòng thủ dân sự thành phố, tính đến 6h sáng 19/11, đã có hơn 3.200 hộ với gần 10.000 người được di dời đến các trường học, trụ sở cơ quan và nhà kiên cố. Chưa ghi nhận thiệt hại về người.

[[AD]]

Bà Nguyễn Thị Lài, 67 tuổi, ở phường Phú Hội, cho biết nước lên nhanh từ khoảng 2h sáng. "Tôi chỉ kịp kê đồ lên cao rồi theo con cháu sang trường học. ⟦Năm nào cũng lụt nhưng năm nay nước lên nhanh quá⟧", bà nói.

Ở miền núi, mưa lớn gây sạt lở nhiều điểm trên quốc lộ 49 lên A Lưới, giao thông bị chia cắt. Ngành điện đã cắt điện tại một số khu vực ngập sâu để đảm bảo an toàn.

[[ALSO|⟪Cảnh báo lũ quét, sạt lở đất tại 5 tỉnh miền Trung⟫]]

Trung tâm Dự báo khí tượng thủy văn quốc gia cho biết mưa lớn còn kéo dài đến hết ngày 20/11 rồi giảm dần. ⟦Người dân được khuyến cáo không đi qua ngầm, tràn và khu vực nước chảy xiết.⟧""",
    kind="news", why="disaster report with official figures and residents' quotes",
))

# ---------------------------------------------------------------- news: dengue, "Xem thêm:" lines inside, OG only
PAGES.append(dict(SV,
    case="vi-news-vnexpress-sotxuathuyet", secpath="suc-khoe", url="https://tinnhanhviet.example/ca-sot-xuat-huyet-o-ha-noi-tang-gap-ba-4962074.html",
    h1="Ca sốt xuất huyết ở Hà Nội tăng gấp ba",
    deck="Hơn 14.000 người mắc sốt xuất huyết từ đầu năm, gấp ba cùng kỳ, bệnh viện tuyến cuối kê thêm giường cho bệnh nhân nặng.",
    crumbs=["Sức khỏe", "Tin tức"], authors=["Lê Nga"], byline_text="Lê Nga", byline_html="", meta="og",
    pub="2026-10-14T17:30:00+07:00", date="Thứ tư, 14/10/2026, 17:30 (GMT+7)", today="Thứ tư, 14/10/2026",
    ticker=["Bộ Y tế cảnh báo cúm mùa", "Trẻ nhập viện vì viêm phổi tăng"],
    tags=["sốt xuất huyết", "Hà Nội", "dịch bệnh"], next="⟪Vaccine sốt xuất huyết: ai nên tiêm?⟫",
    related=["Dấu hiệu sốt xuất huyết trở nặng", ("Góc nhìn", "⟪Diệt muỗi không thể chỉ là chiến dịch⟫")],
    comments=[("Phạm Hòa", "2h trước", "⟪Khu tôi ở ao tù nhiều quá mà chưa thấy ai phun thuốc.⟫", "35")],
    body="""⟦Theo Sở Y tế Hà Nội, từ đầu năm đến nay thành phố ghi nhận hơn 14.000 ca sốt xuất huyết,⟧ gấp ba lần cùng kỳ năm 2025, trong đó có 2 trường hợp tử vong. Riêng tuần qua có gần 1.500 ca mắc mới.

Các phường, xã có nhiều ca bệnh là Hoàng Mai, Đống Đa, Hà Đông, Thanh Xuân và Đan Phượng. ⟦Nhiều ổ dịch xuất hiện tại khu nhà trọ và công trình xây dựng,⟧ nơi có nhiều dụng cụ chứa nước và phế thải.

[[ALSO|⟪Cách phân biệt sốt xuất huyết và cúm⟫]]

Tại Bệnh viện Bệnh Nhiệt đới Trung ương, khoa Truyền nhiễm luôn trong tình trạng quá tải, nhiều thời điểm hai bệnh nhân nằm chung một giường. Bác sĩ Nguyễn Trung Cấp, Phó giám đốc bệnh viện, cho biết phần lớn bệnh nhân nặng nhập viện muộn do tự điều trị ở nhà.

"Người bệnh thường nghĩ đã hết sốt là khỏi, ⟦nhưng ngày thứ 3 đến thứ 7 mới là giai đoạn nguy hiểm nhất,⟧ khi tiểu cầu có thể giảm nhanh", bác sĩ Cấp nói.

[[AD]]

Sở Y tế đã yêu cầu các địa phương tổ chức chiến dịch diệt bọ gậy, phun hóa chất tại các ổ dịch và tăng cường giám sát ở trường học. Các bệnh viện được đề nghị chuẩn bị đủ thuốc, dịch truyền và phân luồng khám riêng cho người sốt.

[[ALSO|⟪Hà Nội phát động chiến dịch diệt bọ gậy toàn thành phố⟫]]

Ngành y tế khuyến cáo người dân đậy kín các dụng cụ chứa nước, thả cá diệt bọ gậy, ngủ màn kể cả ban ngày. Khi có sốt cao đột ngột, đau đầu, đau cơ, phát ban hay chảy máu chân răng, người bệnh cần đến cơ sở y tế. ⟦Không tự ý truyền dịch hay dùng thuốc hạ sốt chứa aspirin.⟧

[[TEXT|<strong>Lê Nga</strong>]]""",
    kind="news", why="health report with official case counts",
))

# ---------------------------------------------------------------- opinion: Góc nhìn column, marked every way
PAGES.append(dict(SV,
    case="vi-opinion-vnexpress-dayhoc", secpath="goc-nhin", url="https://tinnhanhviet.example/goc-nhin/cam-day-them-khong-du-de-giam-ap-luc-hoc-4986602.html",
    h1="Cấm dạy thêm không đủ để giảm áp lực học",
    label="Góc nhìn", crumbs=["Góc nhìn", "Bình luận"], authors=["Nguyễn Thị Hạnh"], byline_text="Nguyễn Thị Hạnh",
    byline_html="<strong>Nguyễn Thị Hạnh</strong>", ld_authors=["Nguyễn Thị Hạnh"], ld_type="OpinionNewsArticle", ld_section="Góc nhìn",
    meta_section="Góc nhìn", pub="2026-12-10T00:05:00+07:00", date="Thứ năm, 10/12/2026, 00:05 (GMT+7)", today="Thứ năm, 10/12/2026",
    ticker=["Bộ Giáo dục công bố phương án thi lớp 10", "Học sinh TP HCM nghỉ Tết 17 ngày"],
    statement="⟪Bài viết thể hiện quan điểm riêng của tác giả.⟫",
    tags=["dạy thêm", "giáo dục", "Góc nhìn"], next="⟪Trẻ em cần được chơi nhiều hơn⟫",
    related=["Phụ huynh chi bao nhiêu cho học thêm mỗi tháng?", "Trường học thí điểm bỏ kiểm tra giữa kỳ"],
    comments=[("Cô giáo làng", "6h trước", "⟪Tôi dạy 20 năm, đồng ý rằng chương trình nặng mới là gốc rễ.⟫", "502"),
              ("Hùng Phạm", "8h trước", "Con tôi lớp 9 học thêm 4 buổi mỗi tuần, mệt nhưng không dám nghỉ.", "117")], comment_count=348,
    body="""⟦Gần hai năm sau khi quy định hạn chế dạy thêm có hiệu lực, con gái tôi vẫn đi học thêm ba buổi mỗi tuần.⟧ Chỉ khác là lớp học đã chuyển từ nhà cô giáo chủ nhiệm sang một trung tâm cách nhà năm cây số, học phí cao hơn và buổi tối về muộn hơn.

Tôi là giáo viên trung học đã hơn mười lăm năm, và tôi ủng hộ việc cấm giáo viên ép học sinh lớp mình đi học thêm. Nhưng tôi cho rằng ⟦nếu chỉ cấm mà không thay đổi cách thi cử, nhu cầu học thêm sẽ không biến mất,⟧ nó chỉ đổi địa điểm.

[[H|Gốc rễ nằm ở kỳ thi]]

Phụ huynh cho con học thêm không phải vì thích tiêu tiền. Họ sợ con trượt lớp 10 công lập, nơi tỷ lệ chọi ở nhiều trường nội thành lên đến một chọi ba. Khi một bài thi quyết định con đường của đứa trẻ mười lăm tuổi, ⟦gia đình nào cũng tìm mọi cách để con có thêm vài điểm.⟧

[[AD]]

Vì vậy, theo tôi, cần làm ba việc song song với lệnh cấm. Một là mở thêm trường công lập ở những khu dân cư mới, để kỳ thi vào lớp 10 không còn là cuộc sàng lọc khắc nghiệt. Hai là giảm tải nội dung thi, bớt những dạng bài đánh đố chỉ luyện được ở lò. ⟦Ba là trả lương đủ sống cho giáo viên,⟧ để người thầy không phải dạy thêm mới lo được cho gia đình.

[[REL|⟪Bộ Giáo dục: Số lớp dạy thêm giảm 70% sau một năm⟫]]

[[H|Đừng để lệnh cấm thành hình thức]]

Nhiều địa phương báo cáo số lớp dạy thêm giảm mạnh, nhưng những con số ấy không phản ánh thực tế mà phụ huynh chúng tôi thấy mỗi tối. Một chính sách tốt cần được đo bằng thời gian nghỉ ngơi của học sinh, không phải bằng số biên bản kiểm tra.

⟦Trẻ em chỉ thôi chạy sô học thêm khi người lớn thôi biến mỗi kỳ thi thành một cuộc chiến.⟧""",
    kind="opinion", why="signed Góc nhìn column arguing exam reform beyond tutoring ban",
))

# ---------------------------------------------------------------- opinion marked ONLY in the URL (/y-kien/); crumbs say Kinh tế, typed NewsArticle
PAGES.append(dict(SD,
    case="vi-opinion-vndaily-xemay", secpath="kinh-te", url="https://saigonmoi.example/y-kien/cam-xe-may-xang-can-lo-trinh-cho-nguoi-thu-nhap-thap-post815310.html",
    h1="Cấm xe máy xăng: cần lộ trình cho người thu nhập thấp",
    deck="Chuyển sang xe điện là hướng đi đúng, nhưng nếu thiếu hỗ trợ, người lao động nghèo sẽ là những người trả giá đầu tiên.",
    crumbs=["Kinh tế", "Thị trường"], authors=["Lê Minh Tuấn"], byline_text="Lê Minh Tuấn",
    byline_html='<a href="/tac-gia/le-minh-tuan">Lê Minh Tuấn</a>', ld_authors=["Lê Minh Tuấn"], ld_type="NewsArticle", ld_section="Kinh tế",
    pub="2026-11-30T15:10:00+07:00", date="30/11/2026 15:10 GMT+7", today="Thứ hai, ngày 30/11/2026",
    ticker=["Hà Nội công bố 12 tuyến phố hạn chế xe máy xăng", "Giá xe máy điện giảm mạnh cuối năm"],
    tags=["xe máy điện", "khí thải", "giao thông"], next="Trạm sạc xe điện ở chung cư",
    related=["⟪Trạm sạc xe điện ở chung cư: ai chịu trách nhiệm phòng cháy?⟫", "Doanh số xe máy điện tăng 60%", ("Bình luận", "Xe buýt phải đi trước một bước")],
    comments=[("Shipper Hà Đông", "2h trước", "⟪Tôi chạy giao hàng cả ngày, xe điện sạc một lần không đủ chạy.⟫", "273")],
    body="""⟦Mỗi sáng ở chợ đầu mối phía Nam, hàng trăm chiếc xe máy cũ chở rau, chở cá tỏa đi khắp nội thành.⟧ Phần lớn người điều khiển là tiểu thương, người giao hàng, thợ xây, những người mà chiếc xe máy xăng mười năm tuổi là công cụ kiếm sống duy nhất.

[[PHOTO|⟪Người lao động chở hàng bằng xe máy trên phố Hà Nội. Ảnh: Ngọc Thành⟫]]

Tôi đồng tình với mục tiêu giảm khí thải và tiếng ồn trong đô thị. Không khí Hà Nội những ngày cuối năm là lý do đủ để hành động. ⟦Nhưng tôi cho rằng lộ trình hạn chế xe máy xăng hiện nay đang đặt gánh nặng lên vai những người yếu thế nhất.⟧

[[AD]]

Một chiếc xe máy điện đủ dùng cho việc chở hàng có giá từ 20 đến 35 triệu đồng, tương đương ba đến năm tháng thu nhập của một lao động phổ thông. Mức hỗ trợ đổi xe mà thành phố đang bàn, khoảng 3 triệu đồng một xe, ⟦không đủ để người nghèo chuyển đổi nếu không phải đi vay.⟧ Chưa kể, người ở trọ gần như không có chỗ sạc an toàn.

[[ALSO|⟪Hà Nội dự kiến hỗ trợ 3 triệu đồng khi đổi xe máy cũ⟫]]

Thành phố nên học cách làm của chính mình với các chương trình trước: làm từng bước, có thời gian đủ dài và hỗ trợ có trọng tâm. Tôi đề xuất miễn phí đăng ký và cho vay không lãi suất để đổi xe với hộ nghèo, cận nghèo và người hành nghề giao hàng, xe ôm. ⟦Song song là phải có trạm đổi pin công cộng ở mọi phường,⟧ trước khi biển cấm được dựng lên.

Khi xe buýt chưa phủ đến các ngõ nhỏ và metro còn ít tuyến, cấm xe máy xăng mà không có lựa chọn thay thế là đẩy người dân vào thế khó. ⟦Một chính sách xanh chỉ bền vững khi nó công bằng với người nghèo.⟧""",
    kind="opinion", why="signed piece arguing for support before banning motorbikes",
))

# ---------------------------------------------------------------- other: product review
PAGES.append(dict(SV,
    case="vi-other-vnexpress-danhgia", secpath="xe", url="https://tinnhanhviet.example/danh-gia-xe-may-dien-volta-s3-4958841.html",
    h1="Đánh giá Volta S3 - xe máy điện cho người đi làm trong phố",
    deck="Quãng đường 110 km mỗi lần sạc, cốp rộng và giá dưới 30 triệu đồng giúp Volta S3 đáng cân nhắc, nhưng hệ thống phanh chưa thật sự tự tin.",
    crumbs=["Xe", "Cầm lái"], label="Đánh giá", authors=["Tuấn Vũ"], byline_text="Tuấn Vũ", byline_html="",
    ld_authors=["Tuấn Vũ"], ld_type="Review", ld_extra={"itemReviewed": {"@type": "Product", "name": "Volta S3"}},
    pub="2026-10-28T08:00:00+07:00", date="Thứ tư, 28/10/2026, 08:00 (GMT+7)", today="Thứ tư, 28/10/2026",
    ticker=["Giá xăng tăng 500 đồng"], tags=["xe máy điện", "Volta S3", "đánh giá xe"], next="⟪So sánh ba mẫu xe tay ga dưới 40 triệu⟫",
    related=["Xe máy điện có cần bằng lái?", ("Góc nhìn", "⟪Thị trường xe điện cần luật chơi công bằng⟫")],
    comments=[("Khánh Linh", "1 ngày trước", "⟪Mình đang đi S3 được 3 tháng, pin đúng như bài viết.⟫", "22")],
    body="""⟦Volta S3 là mẫu xe máy điện thứ ba của hãng, hướng đến nhân viên văn phòng và sinh viên đi lại trong nội thành.⟧ Xe được bán với giá 28,9 triệu đồng, đã gồm pin, cạnh tranh trực tiếp với các mẫu tay ga xăng cỡ nhỏ.

[[H|Thiết kế và tiện ích]]

S3 có kiểu dáng gọn, yên cao 760 mm, phù hợp với người dưới 1,7 m. ⟦Điểm cộng lớn nhất là cốp 26 lít, đủ chứa một mũ bảo hiểm nửa đầu và áo mưa.⟧ Mặt đồng hồ LCD hiển thị rõ dưới nắng, có kết nối Bluetooth để xem thông báo cuộc gọi.

[[PHOTO|⟪Cốp xe Volta S3 chứa vừa mũ bảo hiểm. Ảnh: Tuấn Vũ⟫]]

[[H|Vận hành]]

Động cơ đặt ở bánh sau công suất 2.400 W, tốc độ tối đa 65 km/h. Trong phố, xe tăng tốc mượt và êm, không có độ giật khi vặn ga. Qua một tuần thử nghiệm, ⟦quãng đường thực tế đạt khoảng 95 km mỗi lần sạc⟧ ở chế độ tiêu chuẩn, thấp hơn con số 110 km hãng công bố nhưng vẫn đủ cho nhu cầu đi làm hai chiều.

[[AD]]

Điểm trừ là phanh. Xe dùng phanh đĩa trước, phanh cơ sau và không có hệ thống phân bổ lực phanh. Khi phanh gấp trên đường ướt, bánh sau có hiện tượng trượt nhẹ. Giảm xóc sau hơi cứng khi đi qua gờ giảm tốc.

[[H|Có nên mua?]]

[[LIST|Ưu điểm: giá hợp lý, cốp rộng, chạy êm, sạc đầy trong 5 giờ|⟦Nhược điểm: phanh chưa tốt, giảm xóc sau cứng, ít đại lý ở tỉnh⟧]]

Với người đi lại dưới 40 km mỗi ngày và có chỗ sạc tại nhà, Volta S3 là lựa chọn đáng cân nhắc trong tầm giá. ⟦Người thường xuyên chở nặng hoặc đi đường dài nên chờ thêm phiên bản pin kép.⟧""",
    kind="other", why="product review with pros and cons",
))
