"""Thai and Vietnamese: Thai dates in the Buddhist era (5 มี.ค. 2569), a desk byline, a signed
ความเห็น column, a weekly horoscope; Vietnamese dates with GMT+7, the author's name at the end of
the text, "Theo TTXVN", "Tin liên quan" boxes, a Góc nhìn column."""

PAGES = []

TH_NAV = [("ข่าว", ["การเมือง", "ในประเทศ", "ต่างประเทศ", "อาชญากรรม", "ภูมิภาค"]), ("เศรษฐกิจ", ["หุ้น", "ทองคำ", "ราคาน้ำมัน", "สลากกินแบ่ง"]),
          ("กีฬา", ["ฟุตบอลไทย", "ฟุตบอลต่างประเทศ", "มวย"]), ("บันเทิง", ["ดารา", "ละคร", "เพลง"]), ("ไลฟ์สไตล์", ["สุขภาพ", "ท่องเที่ยว", "อาหาร", "ดูดวง"]),
          ("ความเห็น", ["บทความ", "บทบรรณาธิการ", "คอลัมน์"])]
TH_FOOT = ["เกี่ยวกับเรา", "ติดต่อเรา", "ลงโฆษณา", "นโยบายความเป็นส่วนตัว", "ข้อกำหนดการใช้งาน"]
TH_RANK = ["⟪หวยงวดนี้ เลขเด็ดมาแรง⟫", "กรมอุตุฯ เตือนพายุฤดูร้อน 20 จังหวัด", "ราคาทองวันนี้ปรับขึ้น 150 บาท", "ไทยลีกนัดล่าสุด ผลบอลทุกคู่"]

# ---------------------------------------------------------------- Thai news, only a Buddhist-era date on the page, ผู้เขียน
PAGES.append(dict(
    case="th-news-seaportal-fun", lang="th", skin="sea_portal", domain="www.siamwan.example", site="สยามวัน", secpath="news",
    url="https://www.siamwan.example/news/local/north/2918445",
    h1="ฝุ่น PM2.5 เชียงใหม่พุ่งสูงสุดในรอบปี สั่งปิดโรงเรียน 3 วัน",
    crumbs=["ข่าว", "ภูมิภาค"], authors=["สุดารัตน์ แก้วมณี"], byline_text="ผู้เขียน: สุดารัตน์ แก้วมณี",
    byline_html='ผู้เขียน: <a href="/author/sudarat">สุดารัตน์ แก้วมณี</a>', meta="min",
    pub="2026-03-05T10:32:00+07:00", date="5 มี.ค. 2569 10:32 น.", today="วันพฤหัสบดีที่ 5 มีนาคม 2569",
    nav=TH_NAV, ticker=["ด่วน! ไฟไหม้โกดังย่านบางนา", "ครม.อนุมัติงบช่วยเกษตรกร"], widget="SET 1,402.36 +5.12 | ทองคำแท่ง ขายออก 45,650",
    statement="⟪ขอบคุณข้อมูลจาก ศูนย์ข้อมูลคุณภาพอากาศภาคเหนือ⟫",
    tags=["ฝุ่น PM2.5", "เชียงใหม่", "มลพิษทางอากาศ"], next="⟪ไฟป่าดอยสุเทพลามใกล้เขตชุมชน⟫",
    related=["ฝุ่นพิษกระทบท่องเที่ยวภาคเหนือ", "วิธีเลือกหน้ากากกันฝุ่นให้ถูกต้อง"], rank=TH_RANK,
    footer_nav=TH_FOOT, footer="⟪© 2026 สยามวัน สงวนลิขสิทธิ์⟫",
    body="""⟦ค่าฝุ่น PM2.5 ในจังหวัดเชียงใหม่พุ่งสูงสุดในรอบปี⟧ โดยเมื่อเวลา 08.00 น. วันที่ 5 มี.ค. สถานีตรวจวัดในอำเภอเมืองรายงานค่าเฉลี่ย 24 ชั่วโมงอยู่ที่ 187 ไมโครกรัมต่อลูกบาศก์เมตร สูงกว่าค่ามาตรฐานกว่า 5 เท่า

[[REL|⟪เปิดพิกัดจุดความร้อน ภาคเหนือพุ่งกว่า 900 จุด⟫|ฝุ่นพิษกระทบท่องเที่ยวภาคเหนือ]]

⟦ผู้ว่าราชการจังหวัดเชียงใหม่ได้สั่งปิดโรงเรียนทุกสังกัดเป็นเวลา 3 วัน⟧ ตั้งแต่วันที่ 5-7 มี.ค. และขอให้หน่วยงานราชการพิจารณาให้ทำงานจากที่บ้าน

[[AD]]

สาเหตุหลักมาจากการเผาในที่โล่งและไฟป่าในพื้นที่ภาคเหนือ ประกอบกับสภาพอากาศที่ปิด ลมสงบ ทำให้ฝุ่นสะสมในพื้นที่แอ่งกระทะ ⟦ด้านสาธารณสุขจังหวัดเผยว่า มีผู้ป่วยระบบทางเดินหายใจเข้ารับการรักษาเพิ่มขึ้นกว่าร้อยละ 30⟧

เจ้าหน้าที่แนะนำให้ประชาชนงดกิจกรรมกลางแจ้ง สวมหน้ากาก N95 เมื่อต้องออกนอกอาคาร ⟦และเฝ้าระวังอาการของเด็กเล็ก ผู้สูงอายุ และผู้มีโรคประจำตัวเป็นพิเศษ⟧""",
    kind="news", why="regional report on air pollution and school closures",
))

# ---------------------------------------------------------------- Thai news by a desk (ทีมข่าว…), Gregorian metadata
PAGES.append(dict(
    case="th-news-seaportal-rotfai", lang="th", skin="sea_portal", domain="www.khaosod-plus.example", site="ข่าวสดพลัส", secpath="economy",
    url="https://www.khaosod-plus.example/economy/news_8123907",
    h1="รฟม.เคาะค่าโดยสารรถไฟฟ้าสายสีชมพูส่วนต่อขยาย สูงสุด 45 บาท",
    crumbs=["เศรษฐกิจ", "คมนาคม"], authors=None, byline_text="ทีมข่าวเศรษฐกิจ ข่าวสดพลัส",
    byline_html="ทีมข่าวเศรษฐกิจ ข่าวสดพลัส", ld_authors=["org:ข่าวสดพลัส"], ld_type="NewsArticle",
    pub="2026-03-09T15:20:00+07:00", date="9 มี.ค. 2569 - 15:20 น.", today="9 มีนาคม 2569",
    nav=TH_NAV, ticker=["ราคาน้ำมันลดลง 30 สตางค์ พรุ่งนี้", "ตลาดหุ้นไทยปิดบวก"],
    statement="⟪บทความนี้สงวนลิขสิทธิ์ตาม พ.ร.บ.ลิขสิทธิ์ ห้ามคัดลอกโดยไม่ได้รับอนุญาต⟫",
    tags=["รถไฟฟ้า", "สายสีชมพู", "ค่าโดยสาร"], next="⟪บัตรโดยสารร่วม ใช้ได้ทุกสายปลายปีนี้⟫",
    related=["⟪เปิดตารางเดินรถไฟฟ้าสายใหม่⟫", "กรุงเทพฯ ขยายทางจักรยานอีก 40 กม."], rank=TH_RANK,
    comments=[("คนนนท์", "2 ชั่วโมงที่แล้ว", "⟪45 บาทยังแพงไปสำหรับคนทำงานทุกวัน⟫", "27")],
    footer_nav=TH_FOOT, footer="© 2026 ข่าวสดพลัส สงวนลิขสิทธิ์",
    body="""⟦การรถไฟฟ้าขนส่งมวลชนแห่งประเทศไทย (รฟม.) เปิดเผยอัตราค่าโดยสารรถไฟฟ้าสายสีชมพูส่วนต่อขยาย⟧ ช่วงเมืองทองธานี-ทะเลสาบเมืองทองธานี โดยกำหนดค่าโดยสารเริ่มต้น 15 บาท และสูงสุด 45 บาทตลอดสาย

ส่วนต่อขยายดังกล่าวมีระยะทาง 2.8 กิโลเมตร มี 2 สถานี ⟦คาดว่าจะเปิดให้บริการอย่างเป็นทางการภายในเดือนเมษายนนี้⟧ หลังจากทดลองเดินรถเสมือนจริงมาตั้งแต่ต้นปี

[[SPLIT]]

ในช่วง 1 เดือนแรกของการเปิดให้บริการ รฟม.จะเปิดให้ประชาชนทดลองใช้บริการฟรีในส่วนต่อขยาย ⟦ผู้โดยสารที่เดินทางต่อเนื่องจากสายหลักจะไม่ต้องเสียค่าแรกเข้าซ้ำ⟧

[[REL|⟪ผู้โดยสารรถไฟฟ้าพุ่ง หลังลดค่าโดยสาร⟫]]

ผู้ว่าการ รฟม. ระบุว่า ส่วนต่อขยายนี้จะช่วยรองรับผู้เดินทางไปยังศูนย์แสดงสินค้าและที่อยู่อาศัยในพื้นที่ ⟦คาดว่าจะมีผู้โดยสารเพิ่มขึ้นประมาณ 13,000 เที่ยวคนต่อวัน⟧""",
    kind="news", why="transit fare announcement report",
))

# ---------------------------------------------------------------- Thai column (ความเห็น / บทความ), signed
PAGES.append(dict(
    case="th-opinion-seaportal-khwamhen", lang="th", skin="sea_portal", domain="www.siamwan.example", site="สยามวัน", secpath="opinion",
    url="https://www.siamwan.example/opinion/column/2920133",
    h1="ถึงเวลาคืนทางเท้าให้คนเดิน",
    label="ความเห็น", crumbs=["ความเห็น", "บทความ"], authors=["ธนพล ศรีสุข"], byline_text="ผู้เขียน: ธนพล ศรีสุข",
    byline_html='ผู้เขียน: <a href="/author/thanaphon">ธนพล ศรีสุข</a>', ld_authors=["ธนพล ศรีสุข"], ld_type="OpinionNewsArticle",
    pub="2026-03-08T06:00:00+07:00", date="8 มี.ค. 2569 06:00 น.", today="วันอาทิตย์ที่ 8 มีนาคม 2569",
    nav=TH_NAV, ticker=["ครม.อนุมัติงบช่วยเกษตรกร"],
    statement="⟪บทความนี้เป็นความเห็นส่วนตัวของผู้เขียน ไม่จำเป็นต้องสอดคล้องกับกองบรรณาธิการ⟫",
    tags=["ทางเท้า", "กรุงเทพฯ", "คนเดินเท้า"], next="⟪บทบรรณาธิการ: งบประมาณต้องโปร่งใส⟫",
    related=["⟪กทม.เร่งปรับปรุงทางเท้า 300 กิโลเมตร⟫", "จักรยานยนต์บนทางเท้า ปรับสูงสุด 5,000 บาท"], rank=TH_RANK,
    footer_nav=TH_FOOT, footer="© 2026 สยามวัน สงวนลิขสิทธิ์",
    body="""⟦ทุกเช้าผมเดินจากบ้านไปสถานีรถไฟฟ้าระยะทางไม่ถึงหนึ่งกิโลเมตร⟧ แต่ต้องหลบทั้งแผงลอย เสาไฟ ป้ายโฆษณา และรถจักรยานยนต์ที่ขี่สวนขึ้นมาบนทางเท้า ทางเดินที่ควรเป็นของคนเดิน กลายเป็นพื้นที่ของทุกอย่างยกเว้นคน

หลายคนบอกว่านี่คือเสน่ห์ของเมือง แต่ผมคิดว่า ⟦เสน่ห์ไม่ควรแลกมาด้วยความปลอดภัยของคนที่เดินถนนทุกวัน⟧ โดยเฉพาะผู้สูงอายุ คนพิการ และพ่อแม่ที่เข็นรถเข็นเด็ก

[[AD]]

สิ่งที่ควรทำมีอยู่สามข้อ ข้อแรก ⟦ต้องบังคับใช้กฎหมายกับรถจักรยานยนต์ที่ขี่บนทางเท้าอย่างจริงจัง⟧ ไม่ใช่รณรงค์เป็นครั้งคราว ข้อสอง ต้องจัดระเบียบแผงลอยให้มีจุดขายที่ชัดเจน ไม่ใช่ไล่รื้อแล้วปล่อยให้กลับมาใหม่ ข้อสาม ต้องออกแบบทางเท้าให้กว้าง เรียบ และต่อเนื่อง

⟦เมืองที่ดีไม่ได้วัดจากความยาวของทางด่วน แต่วัดจากการที่คนธรรมดาเดินได้อย่างปลอดภัย⟧""",
    kind="opinion", why="signed column arguing to reclaim sidewalks",
))

# ---------------------------------------------------------------- Thai weekly horoscope
PAGES.append(dict(
    case="th-other-seaportal-duang", lang="th", skin="sea_portal", domain="www.khaosod-plus.example", site="ข่าวสดพลัส", secpath="horoscope",
    url="https://www.khaosod-plus.example/lifestyle/horoscope/news_8124410",
    h1="ดูดวงรายสัปดาห์ 9-15 มี.ค. 2569 ทั้ง 12 ราศี",
    crumbs=["ไลฟ์สไตล์", "ดูดวง"], authors=["อาจารย์กมล ทิพย์มนตรา"], byline_text="โดย อาจารย์กมล ทิพย์มนตรา",
    byline_html="โดย อาจารย์กมล ทิพย์มนตรา", meta="og", pub="2026-03-09T05:00:00+07:00", date="9 มี.ค. 2569 - 05:00 น.",
    nav=TH_NAV, ticker=["ราคาน้ำมันลดลง 30 สตางค์ พรุ่งนี้"],
    statement="⟪โปรดใช้วิจารณญาณในการอ่าน⟫",
    tags=["ดูดวง", "ราศี", "ดวงรายสัปดาห์"], next="⟪เสริมดวงด้วยสีเสื้อประจำวัน⟫",
    related=["⟪ทำบุญวันเกิดตามวัน เสริมสิริมงคล⟫", "เลขมงคลประจำเดือนมีนาคม"], rank=TH_RANK,
    footer_nav=TH_FOOT, footer="© 2026 ข่าวสดพลัส สงวนลิขสิทธิ์",
    body="""⟦สัปดาห์นี้ดาวพฤหัสบดีโคจรเข้าสู่ตำแหน่งที่ดี⟧ ส่งผลให้หลายราศีมีโชคเรื่องการงานและการเงิน มาดูกันว่าราศีของคุณจะเป็นอย่างไร

[[H|ราศีเมษ]]

⟦การงานมีผู้ใหญ่ให้การสนับสนุน มีโอกาสได้รับมอบหมายงานสำคัญ⟧ การเงินพอใช้ ควรระวังการใช้จ่ายช่วงปลายสัปดาห์

[[H|ราศีพฤษภ]]

ความรักมีเรื่องให้ยิ้มได้ คนโสดมีโอกาสพบคนถูกใจจากการเดินทาง สุขภาพควรพักผ่อนให้เพียงพอ

[[H|ราศีเมถุน]]

⟦การเงินมีรายได้พิเศษเข้ามา แต่ไม่ควรให้ใครยืมเงินในสัปดาห์นี้⟧

[[SPLIT]]

[[H|ราศีกรกฎ]]

งานที่ค้างอยู่จะคลี่คลาย เพื่อนร่วมงานให้ความร่วมมือดี ครอบครัวมีข่าวดี

[[H|ราศีสิงห์ ถึง ราศีมีน]]

ราศีที่เหลือดวงโดยรวมอยู่ในเกณฑ์ดี ⟦สีมงคลประจำสัปดาห์คือสีเขียวและสีทอง⟧ เลขนำโชคคือ 3 และ 8""",
    kind="other", why="weekly horoscope by zodiac sign",
))

VI_NAV = [("Thời sự", ["Chính trị", "Dân sinh", "Giao thông"]), ("Thế giới", ["Tư liệu", "Phân tích"]), ("Kinh doanh", ["Quốc tế", "Doanh nghiệp", "Chứng khoán", "Bất động sản"]),
          ("Giáo dục", ["Tin tức", "Tuyển sinh", "Du học"]), ("Sức khỏe", ["Tin tức", "Dinh dưỡng"]), ("Góc nhìn", ["Bình luận", "Ý kiến"]), ("Thể thao", ["Bóng đá", "Tennis"]), ("Giải trí", [])]
VI_FOOT = ["Giới thiệu", "Liên hệ tòa soạn", "Quảng cáo", "Điều khoản sử dụng", "Chính sách bảo mật"]
VI_RANK = ["⟪Giá vàng hôm nay tăng mạnh⟫", "Thời tiết miền Bắc chuyển lạnh cuối tuần", "Lịch thi tốt nghiệp THPT 2026", "Xăng dầu giảm giá từ chiều nay"]

# ---------------------------------------------------------------- Vietnamese news, author's name at the end of the text
PAGES.append(dict(
    case="vi-news-vnportal-xebuyt", lang="vi", skin="vn_portal", domain="vnnhanh.example", site="VnNhanh", secpath="thoi-su",
    url="https://vnnhanh.example/ha-noi-thi-diem-lan-rieng-cho-xe-buyt-dien-4871203.html",
    h1="Hà Nội thí điểm làn riêng cho xe buýt điện trên 5 tuyến phố",
    deck="Từ ngày 15/3, năm tuyến phố nội đô sẽ dành riêng một làn cho xe buýt điện vào giờ cao điểm sáng và chiều.",
    crumbs=["Thời sự", "Giao thông"], authors=["Minh Anh"], byline_text="Minh Anh", byline_html="",
    ld_authors=["Minh Anh"], ld_type="NewsArticle", pub="2026-03-05T10:32:00+07:00", date="Thứ năm, 5/3/2026, 10:32 (GMT+7)",
    today="Thứ năm, 5/3/2026", nav=VI_NAV, ticker=["Giá xăng giảm từ 15h chiều nay", "Hà Nội rét đậm"],
    widget="VN-Index 1.284,52 ▲4,31 | USD/VND 25.410",
    tags=["xe buýt điện", "Hà Nội", "giao thông"], next="⟪Bến xe Giáp Bát sẽ được di dời⟫",
    related=["⟪Hà Nội sẽ thay toàn bộ xe buýt bằng xe điện⟫", "Giá vé xe buýt có thay đổi?"], rank=VI_RANK,
    comments=[("Hoàng Nam", "2h trước", "⟪Nên làm sớm hơn, giờ cao điểm xe buýt kẹt cứng.⟫", "45")],
    footer_nav=VI_FOOT, footer="© Copyright 2026 VnNhanh. All rights reserved.",
    body="""⟦Sở Xây dựng Hà Nội vừa ban hành kế hoạch thí điểm làn đường ưu tiên cho xe buýt điện⟧ trên 5 tuyến phố gồm Trần Hưng Đạo, Nguyễn Trãi, Láng Hạ, Kim Mã và Lê Duẩn, áp dụng từ ngày 15/3.

Theo kế hoạch, làn ngoài cùng bên phải của các tuyến phố này sẽ chỉ dành cho xe buýt điện trong khung giờ 6h30-8h30 và 16h30-18h30 các ngày trong tuần. ⟦Ôtô, xe máy đi vào làn này trong thời gian trên sẽ bị xử phạt theo quy định.⟧

[[REL|⟪Xe buýt điện chiếm 40% lượng xe buýt Hà Nội⟫|Phạt nguội qua camera: tra cứu thế nào?]]

Đại diện Sở Xây dựng cho biết, tốc độ trung bình của xe buýt trên các tuyến này giờ cao điểm chỉ khoảng 12 km/h. ⟦Khi có làn riêng, thời gian di chuyển dự kiến giảm 20-25%, giúp xe buýt chạy đúng giờ hơn.⟧

[[AD]]

Thành phố sẽ lắp đặt thêm camera giám sát và biển báo tại các điểm đầu, cuối tuyến. Trong hai tuần đầu, lực lượng chức năng chủ yếu nhắc nhở, hướng dẫn người dân.

Ông Trần Văn Hùng, một hành khách thường xuyên đi tuyến số 32, cho rằng làn riêng là cần thiết. ⟦“Tôi mong xe buýt đến đúng giờ, như vậy nhiều người sẽ bỏ xe máy để đi xe buýt”, ông nói.⟧

Sau ba tháng thí điểm, thành phố sẽ đánh giá hiệu quả trước khi quyết định mở rộng ra các tuyến khác. ⟦Hiện Hà Nội có hơn 1.200 xe buýt, trong đó khoảng 480 xe chạy điện.⟧

[[TEXT|<strong>Minh Anh</strong>]]""",
    kind="news", why="city transport report with official figures and quote",
))

# ---------------------------------------------------------------- Vietnamese wire story: Theo TTXVN
PAGES.append(dict(
    case="vi-news-vnportal-gaoxuatkhau", lang="vi", skin="vn_portal", domain="baomoi-24h.example", site="Tin Mới 24h", secpath="kinh-te",
    url="https://baomoi-24h.example/kinh-te/xuat-khau-gao-2-thang-dau-nam-tang-18-c48211.html",
    h1="Xuất khẩu gạo 2 tháng đầu năm tăng 18%",
    deck="Philippines, Indonesia và châu Phi tiếp tục là các thị trường nhập khẩu gạo lớn nhất của Việt Nam.",
    crumbs=["Kinh tế", "Thị trường"], authors=None, byline_text="Theo TTXVN", byline_html="",
    meta="og", pub="2026-03-06T14:15:00+07:00", date="06/03/2026 14:15 GMT+7",
    today="Thứ sáu, 06/03/2026", nav=VI_NAV, ticker=["Giá lúa tại ĐBSCL tăng nhẹ"],
    statement="⟪Bản quyền thuộc về Tin Mới 24h. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.⟫",
    tags=["xuất khẩu gạo", "nông sản"], next="⟪Giá cà phê lập đỉnh mới⟫",
    related=["⟪Giá lúa gạo hôm nay tại Đồng bằng sông Cửu Long⟫", "Thái Lan đẩy mạnh xuất khẩu gạo thơm"], rank=VI_RANK,
    footer_nav=VI_FOOT, footer="⟪Giấy phép số 000/GP-BTTTT. Tin Mới 24h © 2026⟫",
    body="""⟦Theo số liệu của Tổng cục Hải quan, trong hai tháng đầu năm 2026, cả nước xuất khẩu khoảng 1,42 triệu tấn gạo,⟧ trị giá gần 880 triệu USD, tăng 18% về lượng so với cùng kỳ năm trước.

Philippines tiếp tục là thị trường nhập khẩu gạo lớn nhất của Việt Nam, chiếm khoảng 41% tổng lượng. ⟦Tiếp theo là Indonesia, Bờ Biển Ngà và Ghana.⟧

[[REL|⟪Doanh nghiệp gạo tìm đường vào thị trường châu Âu⟫]]

Giá gạo xuất khẩu bình quân đạt khoảng 620 USD/tấn, giảm nhẹ so với cùng kỳ. ⟦Nguyên nhân là nguồn cung từ các nước xuất khẩu lớn như Ấn Độ và Thái Lan tăng trở lại.⟧

Theo Hiệp hội Lương thực Việt Nam, các doanh nghiệp đang đẩy mạnh xuất khẩu gạo thơm và gạo chất lượng cao để giữ giá. Vụ đông xuân năm nay tại Đồng bằng sông Cửu Long được mùa, bảo đảm nguồn cung cho xuất khẩu trong quý II.

⟦Dự báo năm 2026, xuất khẩu gạo của Việt Nam có thể đạt khoảng 8 triệu tấn.⟧

[[TEXT|Theo TTXVN]]""",
    kind="news", why="wire report of rice export figures",
))

# ---------------------------------------------------------------- Vietnamese education news, Tin liên quan inside, split
PAGES.append(dict(
    case="vi-news-vnportal-hocphi", lang="vi", skin="vn_portal", domain="vnnhanh.example", site="VnNhanh", secpath="giao-duc",
    url="https://vnnhanh.example/nhieu-dai-hoc-giu-nguyen-hoc-phi-nam-hoc-moi-4873390.html",
    h1="Nhiều đại học giữ nguyên học phí năm học mới",
    deck="Ít nhất 12 trường đại học công lập công bố không tăng học phí năm học 2026-2027.",
    crumbs=["Giáo dục", "Tuyển sinh"], authors=["Thanh Hằng"], byline_text="Thanh Hằng", byline_html="<strong>Thanh Hằng</strong>",
    ld_authors=["Thanh Hằng"], ld_type="NewsArticle", pub="2026-03-10T06:00:00+07:00", date="Thứ ba, 10/3/2026, 06:00 (GMT+7)",
    today="Thứ ba, 10/3/2026", nav=VI_NAV, ticker=["Lịch thi đánh giá năng lực đợt 1"],
    statement="⟪Mọi thông tin phản hồi xin gửi về hộp thư tòa soạn.⟫",
    tags=["học phí", "đại học", "tuyển sinh 2026"], next="⟪Thi tốt nghiệp THPT: những điểm mới cần biết⟫",
    related=["Học bổng du học Nhật Bản 2026", "Điểm chuẩn các trường top đầu năm ngoái"], rank=VI_RANK,
    comments=[("Phụ huynh Hà Tĩnh", "5h trước", "⟪Giữ học phí là tin vui với gia đình có hai con đi học như tôi.⟫", "112")],
    footer_nav=VI_FOOT, footer="⟪© Copyright 2026 VnNhanh. All rights reserved.⟫",
    body="""⟦Ít nhất 12 trường đại học công lập đã công bố giữ nguyên mức học phí cho năm học 2026-2027,⟧ trong bối cảnh nhiều gia đình gặp khó khăn về tài chính.

Trong đó có Đại học Kinh tế Quốc dân, Đại học Bách khoa Hà Nội và Đại học Sư phạm TP HCM. ⟦Mức học phí của các trường này dao động từ 16 đến 35 triệu đồng mỗi năm,⟧ tùy ngành học và chương trình đào tạo.

[[REL|⟪Học phí đại học công lập tăng bao nhiêu trong 5 năm qua?⟫]]

[[SPLIT]]

Đại diện một trường cho biết việc giữ nguyên học phí là để chia sẻ với người học, đồng thời nhà trường sẽ tăng nguồn thu từ hoạt động nghiên cứu và chuyển giao công nghệ.

Một số trường khác vẫn dự kiến tăng học phí từ 5-10% theo lộ trình đã công bố. ⟦Theo quy định, học phí đại học công lập được phép tăng hằng năm nhưng có mức trần⟧ tùy theo mức độ tự chủ của trường.

Các chuyên gia cho rằng cùng với học phí, các trường cần công khai chi tiết chất lượng đào tạo và tỷ lệ sinh viên có việc làm. ⟦Thí sinh nên tìm hiểu kỹ học phí toàn khóa trước khi đăng ký nguyện vọng.⟧""",
    kind="news", why="education report on university fees",
))

# ---------------------------------------------------------------- Vietnamese column: Góc nhìn, Tác giả
PAGES.append(dict(
    case="vi-opinion-vnportal-viahe", lang="vi", skin="vn_portal", domain="vnnhanh.example", site="VnNhanh", secpath="goc-nhin",
    url="https://vnnhanh.example/via-he-khong-chi-la-cho-de-xe-4872056.html",
    h1="Vỉa hè không chỉ là chỗ để xe",
    crumbs=["Góc nhìn", "Bình luận"], authors=["Nguyễn Quốc Bảo"], byline_text="Tác giả: Nguyễn Quốc Bảo",
    byline_html="Tác giả: <b>Nguyễn Quốc Bảo</b>", meta="og", pub="2026-03-07T00:05:00+07:00",
    date="Thứ bảy, 7/3/2026, 00:05 (GMT+7)", today="Thứ bảy, 7/3/2026", nav=VI_NAV, ticker=["Hà Nội rét đậm"],
    statement="⟪Bài viết thể hiện góc nhìn riêng của tác giả.⟫",
    tags=["vỉa hè", "đô thị", "Góc nhìn"], next="⟪Đừng để trẻ em lớn lên trong căn hộ không cửa sổ⟫",
    related=["⟪TP HCM thu phí sử dụng vỉa hè ở 50 tuyến đường⟫", "Người đi bộ ở đâu trong quy hoạch đô thị?"], rank=VI_RANK,
    comments=[("Lê Hải", "1 ngày trước", "⟪Đồng ý với tác giả, con tôi phải đi bộ dưới lòng đường mỗi sáng.⟫", "301")],
    footer_nav=VI_FOOT, footer="© Copyright 2026 VnNhanh. All rights reserved.",
    body="""⟦Mỗi sáng đưa con đến trường, tôi phải dắt cháu đi dưới lòng đường⟧ vì vỉa hè đã kín xe máy, bàn ghế quán cà phê và hàng hóa của các cửa hàng.

Nhiều thành phố đang thí điểm cho thuê một phần vỉa hè để tăng nguồn thu. Tôi hiểu nhu cầu mưu sinh của người buôn bán nhỏ. ⟦Nhưng tôi cho rằng cho thuê vỉa hè khi chưa bảo đảm lối đi cho người đi bộ là đi ngược lại mục đích của đô thị.⟧

Vỉa hè trước hết là con đường của người đi bộ: người già, trẻ em, người khuyết tật, người đẩy xe nôi. Khi họ bị đẩy xuống lòng đường, rủi ro tai nạn tăng lên, và thành phố cũng trở nên kém thân thiện hơn.

[[AD]]

Theo tôi, chính quyền nên làm ba việc. ⟦Thứ nhất, quy định rõ bề rộng tối thiểu dành cho người đi bộ trên mọi tuyến phố,⟧ chỉ phần còn lại mới được xem xét cho thuê. Thứ hai, công khai danh sách các tuyến được phép thu phí cùng số tiền thu được. Thứ ba, đầu tư bãi giữ xe công cộng để người dân không còn phải dựng xe trên vỉa hè.

⟦Một thành phố đáng sống là nơi đứa trẻ có thể tự đi bộ đến trường mà cha mẹ không phải lo lắng.⟧""",
    kind="opinion", why="signed column arguing sidewalks belong to pedestrians",
))

from common import grow  # noqa: E402

grow(PAGES, {
    "vi-news-vnportal-xebuyt": [
        "Một số tài xế taxi và xe công nghệ lo ngại làn riêng sẽ khiến các làn còn lại thêm ùn tắc. Đại diện Sở Xây dựng cho biết đã tính toán lưu lượng và sẽ điều chỉnh thời gian đèn tín hiệu tại các nút giao để giảm ảnh hưởng.",
    ],
    "vi-news-vnportal-gaoxuatkhau": [
        "Ở chiều ngược lại, giá lúa tươi tại nhiều tỉnh Đồng bằng sông Cửu Long hiện dao động 6.800-7.500 đồng một kg, tăng nhẹ so với tháng trước. Nông dân tại An Giang, Đồng Tháp cho biết năng suất vụ này đạt khá nhờ thời tiết thuận lợi.",
        "Một số doanh nghiệp cho biết đang đàm phán các hợp đồng mới với khách hàng tại Trung Đông và châu Phi, đồng thời đầu tư thêm kho lạnh và dây chuyền đóng gói để đáp ứng yêu cầu ngày càng cao của các thị trường khó tính.",
    ],
    "vi-news-vnportal-hocphi": [
        "Theo khảo sát của VnNhanh, học phí bình quân tại các trường đại học công lập tự chủ tài chính hiện cao gấp hai đến ba lần so với trường chưa tự chủ. Nhiều trường có chính sách miễn, giảm học phí và học bổng cho sinh viên có hoàn cảnh khó khăn.",
        "Bộ Giáo dục và Đào tạo cho biết đang xây dựng cơ chế hỗ trợ tín dụng cho sinh viên, giúp người học được vay vốn với lãi suất ưu đãi để trang trải học phí và chi phí sinh hoạt.",
    ],
    "vi-opinion-vnportal-viahe": [
        "Nhiều thành phố trong khu vực đã chứng minh rằng vỉa hè thông thoáng không làm mất đi sức sống của đường phố. Ở đó, hàng quán vẫn được buôn bán, nhưng trong phạm vi được kẻ vạch rõ ràng, và người đi bộ luôn có một lối đi liền mạch.",
    ],
})
