"""Korean: a wire story opening with [서울=뉴스원] 김민수 기자 =, a <br><br> story with a [기자 이름 기자]
sign-off and photo credits, an interview, an unsigned [사설], a [기자수첩], and a how-to list."""

PAGES = []

KO_RANK = ["⟪수도권 아파트값 3주 연속 상승⟫", "내일 전국 비…강원 산지엔 눈", "프로야구 시범경기 오늘 개막", "초등 늘봄학교 전면 시행 첫날 가보니", "5월 황금연휴 항공권 벌써 매진"]
KO_TICKER = ["[속보] 한은, 기준금리 동결", "정부, 봄철 산불 위기경보 '경계' 상향"]

# ---------------------------------------------------------------- wire story: [서울=뉴스원] 김민수 기자 = …, e-mail and copyright after
PAGES.append(dict(
    case="ko-news-krportal-jayuiju", lang="ko", skin="kr_portal", domain="www.newsone.example", site="뉴스원", secpath="society",
    url="https://www.newsone.example/articles/?no=2026030510321",
    h1="서울 심야 자율주행버스 노선 3개 추가…내달부터 강남·여의도 운행",
    deck="시범 운행 1년간 누적 승객 8만명…요금은 당분간 무료",
    section="사회", authors=["김민수"], byline_text="김민수 기자", byline_html="김민수 기자",
    ld_authors=["김민수"], ld_type="NewsArticle", pub="2026-03-05T10:32:00+09:00",
    date_items=["입력 2026.03.05 10:32", "수정 2026.03.05 14:05"], today="2026년 3월 5일 목요일",
    ticker=KO_TICKER, likes="48",
    statement="⟪저작권자 © 뉴스원, 무단 전재 및 재배포 금지⟫",
    writer_box="김민수 기자 kim@newsone.example",
    related=["청계천 자율주행버스, 관광객에 인기", "자율주행 택시 면허 기준 마련"],
    next="⟪지하철 2호선 신형 전동차 12편성 추가 투입⟫",
    rank=KO_RANK, comments=[("서울시민", "2026.03.05 11:02", "⟪새벽에 퇴근하는 사람들한테 정말 필요한 노선이에요.⟫", "31")],
    footer="뉴스원 | 서울특별시 종로구 | 등록번호 서울 아00000 | 발행·편집인 홍길동",
    body="""[서울=뉴스원] 김민수 기자 = ⟦서울시가 심야 자율주행버스 노선을 3개 더 늘려 다음 달부터 강남과 여의도, 홍대 일대에서 운행한다.⟧

서울시는 5일 이런 내용의 '심야 자율주행버스 확대 운행 계획'을 발표했다. 새 노선은 강남역~잠실역, 여의도~신도림역, 홍대입구역~신촌역 구간으로, 평일 오후 11시 30분부터 다음 날 오전 5시까지 운행한다.

[[PHOTO|⟪서울 강남구의 한 정류장에서 심야 자율주행버스가 승객을 태우고 있다. (서울시 제공)⟫]]

⟦지난해 3월 합정~동대문 구간에서 시작한 시범 운행에는 1년간 누적 승객 8만여 명이 몰렸다.⟧ 승객의 절반 이상은 심야에 퇴근하는 직장인과 자영업자였다고 시는 설명했다.

[[AD]]

버스에는 비상 상황에 대비해 안전요원이 탑승하며, 차로 변경과 정류장 정차는 자율주행 시스템이 맡는다. ⟦요금은 당분간 무료로 운영하고, 하반기 중 일반 심야버스 수준으로 유료화할 계획이다.⟧

[[REL|⟪자율주행 셔틀, 지방 중소도시로 확대⟫]]

시 관계자는 "야간 이동 수요가 많은 지역을 중심으로 노선을 계속 늘려 갈 것"이라며 ⟦"안전성 검증을 거쳐 운행 시간도 점차 확대하겠다"고 말했다.⟧""",
    kind="news", why="wire report on new autonomous bus routes",
))

# ---------------------------------------------------------------- <br><br> story, photo credit, [이름 기자 e-mail] sign-off inside
PAGES.append(dict(
    case="ko-news-krportal-sanbul", lang="ko", skin="kr_portal", mode="br", domain="www.gangwonilbo.example", site="강원새날일보", secpath="news",
    url="https://www.gangwonilbo.example/news/articleView.html?idxno=318842",
    h1="강릉 옥계 산불 14시간 만에 진화…산림 42㏊ 피해",
    section="사회", authors=["박서연"], byline_text="박서연 기자", byline_html="박서연 기자",
    meta="og", pub="2026-03-07T09:40:00+09:00",
    date_items=["승인 2026.03.07 09:40"], today="2026.03.07 (토)",
    ticker=KO_TICKER, likes="7",
    writer_box="박서연 기자의 다른 기사",
    related=["⟪봄철 산불 예방 위해 입산 통제 구역 확대⟫", "산불 피해 주민 임시주거시설 마련"],
    next="⟪동해안 해변 봄맞이 정화 활동⟫",
    rank=KO_RANK,
    footer="⟪Copyright © 강원새날일보. All rights reserved. 무단 전재 및 재배포, AI학습 이용 금지⟫",
    body="""⟦강원 강릉시 옥계면에서 발생한 산불이 14시간 만에 꺼졌다.⟧

산림청과 강원도에 따르면 6일 오후 7시 10분께 옥계면 남양리 야산에서 난 불은 7일 오전 9시께 주불이 잡혔다. ⟦이 불로 산림 약 42㏊가 탄 것으로 잠정 집계됐다.⟧

[[PHOTO|⟪7일 오전 강원 강릉시 옥계면 산불 현장에서 헬기가 진화 작업을 벌이고 있다. [사진=산림청 제공]⟫]]

당국은 밤사이 진화대원과 공무원 등 620여 명을 투입해 민가 방어에 주력했으며, 날이 밝자 헬기 18대를 투입해 진화에 나섰다. 초속 10m 안팎의 강풍이 불면서 한때 불길이 민가 쪽으로 번지기도 했다.

⟦인근 마을 주민 80여 명이 마을회관과 학교 체육관으로 대피했다가 귀가했다.⟧ 인명 피해는 확인되지 않았다.

산림 당국은 잔불 정리가 끝나는 대로 정확한 피해 면적과 화재 원인을 조사할 예정이다. ⟦현장에서는 쓰레기를 태우다 불이 옮겨 붙었다는 주민 진술이 나온 것으로 전해졌다.⟧

[[SIGN|⟪[박서연 기자 syp@gangwonilbo.example]⟫]]""",
    kind="news", why="wildfire report with official figures",
))

# ---------------------------------------------------------------- interview (인터뷰): Q&A, still news
PAGES.append(dict(
    case="ko-news-krportal-inteobyu", lang="ko", skin="kr_portal", domain="www.newsone.example", site="뉴스원", secpath="culture",
    url="https://www.newsone.example/articles/?no=2026030911207",
    h1="[인터뷰] 동네서점 20년 지킨 이정란 대표 \"책방은 사람을 만나는 곳\"",
    deck="문 닫을 위기 넘긴 연희동 '풀잎서점'…올해 독서모임 30개 운영",
    section="문화", authors=["이하은"], byline_text="이하은 기자", byline_html="이하은 기자",
    ld_authors=["이하은"], ld_type="NewsArticle", pub="2026-03-09T07:00:00+09:00",
    date_items=["입력 2026.03.09 07:00"], today="2026년 3월 9일 월요일",
    ticker=KO_TICKER, likes="103",
    statement="⟪저작권자 © 뉴스원, 무단 전재 및 재배포 금지⟫",
    writer_box="이하은 기자 haeun@newsone.example",
    related=["⟪지역서점 지원 조례, 전국 확대⟫", "올해 출판 매출 3년 만에 반등"],
    next="⟪국립중앙도서관, 야간 개방 시간 연장⟫",
    rank=KO_RANK, comments=[("책벌레", "2026.03.09 08:15", "⟪풀잎서점 독서모임 3년째 다니고 있어요. 응원합니다!⟫", "12")],
    footer="뉴스원 | 서울특별시 종로구 | 등록번호 서울 아00000",
    body="""⟦서울 서대문구 연희동 골목의 작은 서점 '풀잎서점'은 올해로 문을 연 지 20년이 됐다.⟧ 온라인 서점과 대형 서점 사이에서 몇 번이나 문을 닫을 뻔했지만, 지금은 독서모임만 30개를 운영하는 동네의 사랑방이 됐다. 이정란(54) 대표를 지난 6일 서점에서 만났다.

[[H|-20년을 버틴 비결은.]]

⟦"버텼다기보다 손님들이 지켜 줬다고 생각해요.⟧ 2018년에 정말 문을 닫으려고 했는데, 단골들이 돈을 모아 1년 치 책을 미리 사 주셨어요. 그때 책방은 책을 파는 곳이 아니라 사람을 만나는 곳이라는 걸 알았죠."

[[H|-독서모임을 30개나 운영한다.]]

"처음엔 제가 직접 모임을 꾸렸는데, 지금은 손님들이 알아서 만들어요. ⟦직장인 새벽 모임, 은퇴한 선생님들의 시 읽기 모임, 초등학생 그림책 모임까지 있어요.⟧ 모임 회원들이 책을 사 가니까 서점 매출의 절반 가까이가 모임에서 나와요."

[[AD]]

[[H|-동네서점에 필요한 것은.]]

"큰 지원보다 꾸준함이요. 지자체 도서 구입을 지역 서점에서 하도록 하는 제도가 생기면서 숨통이 트였어요. ⟦이런 제도가 몇 년 하다 사라지지 않고 계속됐으면 좋겠어요.⟧"

이 대표는 올해 서점 2층을 작은 강연 공간으로 꾸밀 계획이다. ⟦"20년 뒤에도 이 골목에 책방이 있었으면 좋겠다"며 웃었다.⟧""",
    kind="news", why="Q&A interview with a bookshop owner",
))

# ---------------------------------------------------------------- unsigned editorial [사설]
PAGES.append(dict(
    case="ko-opinion-krportal-saseol", lang="ko", skin="kr_portal", domain="www.hanbyeol-daily.example", site="한별일보", secpath="opinion",
    url="https://www.hanbyeol-daily.example/opinion/editorial/20260304/124408",
    h1="[사설] 의대 증원 논란, 이제는 지역 필수의료 대책으로 답해야",
    section="오피니언 > 사설", authors=None, byline_text="한별일보",
    byline_html="한별일보", ld_authors=["org:한별일보"], ld_type="OpinionNewsArticle", pub="2026-03-04T00:01:00+09:00",
    ld_date="2026-03-03T15:01:00Z", meta_date="2026-03-03T15:01:00Z",
    date_items=["입력 2026.03.04 00:01", "지면 2026.03.04 A31면"], today="2026년 3월 4일 수요일",
    ticker=KO_TICKER, likes="215",
    statement="⟪ⓒ 한별일보, 무단 전재 및 재배포 금지⟫",
    related=["⟪[칼럼] 응급실 뺑뺑이, 언제까지⟫", "[사설] 저출생 예산, 숫자보다 효과를"],
    next="⟪[시론] 기후위기 시대의 농업 정책⟫",
    rank=KO_RANK, footer="⟪한별일보 | 서울특별시 중구 세종대로 | 대표전화 02-000-0000⟫",
    body="""⟦의대 정원 확대를 둘러싼 갈등이 2년 넘게 이어지고 있다.⟧ 정부와 의료계는 여전히 숫자를 놓고 맞서고 있지만, 그사이 지방의 응급실과 분만실은 하나둘 문을 닫았다. 국민이 묻고 싶은 것은 몇 명을 더 뽑느냐가 아니라, 아플 때 제때 치료받을 수 있느냐다.

⟦의사 수를 늘리는 것만으로 지역 의료 공백이 해소되지 않는다는 점은 분명하다.⟧ 늘어난 의사들이 수도권과 인기 진료과로만 몰린다면 지방의 필수의료는 지금과 달라질 것이 없다.

정부는 지역 의료기관에서 일정 기간 근무하는 의사에게 확실한 보상을 주는 제도를 서둘러 마련해야 한다. 소아과와 산부인과, 응급의학과처럼 위험 부담이 큰 분야의 수가를 현실화하고, ⟦의료사고에 대한 법적 부담을 덜어 주는 방안도 함께 논의해야 한다.⟧

의료계도 반대만 할 것이 아니라 대안을 내놓아야 한다. 환자 곁을 떠난 전공의들의 복귀 문제도 더는 미룰 수 없다. ⟦의료 현장의 공백이 길어질수록 피해는 고스란히 환자에게 돌아간다.⟧

⟦이제는 숫자 싸움을 멈추고 지역 필수의료를 살릴 구체적인 대책으로 답할 때다.⟧""",
    kind="opinion", why="unsigned editorial urging regional medical policy",
))

# ---------------------------------------------------------------- reporter's notebook [기자수첩]
PAGES.append(dict(
    case="ko-opinion-krportal-gijasucheop", lang="ko", skin="kr_portal", domain="www.hanbyeol-daily.example", site="한별일보", secpath="opinion",
    url="https://www.hanbyeol-daily.example/opinion/column/20260310/125077",
    h1="[기자수첩] '키오스크 앞 어르신'을 누가 도와야 하나",
    section="오피니언 > 기자수첩", authors=["최윤아"], byline_text="최윤아 경제부 기자",
    byline_html="최윤아 경제부 기자", meta="og", pub="2026-03-10T17:20:00+09:00",
    date_items=["입력 2026.03.10 17:20"], today="2026년 3월 10일 화요일",
    ticker=KO_TICKER, likes="88",
    statement="⟪ⓒ 한별일보, 무단 전재 및 재배포 금지⟫",
    writer_box="최윤아 기자 ya.choi@hanbyeol-daily.example",
    related=["⟪무인점포 5년 새 3배…디지털 소외 우려⟫", "은행 점포 폐쇄, 올해도 계속"],
    next="⟪[데스크칼럼] 물가 대책의 역설⟫",
    rank=KO_RANK, comments=[("행복한하루", "2026.03.10 18:40", "⟪저희 어머니도 햄버거 가게 앞에서 한참 서 계셨대요.⟫", "64")],
    footer="한별일보 | 서울특별시 중구 세종대로 | 대표전화 02-000-0000",
    body="""⟦지난주 서울의 한 패스트푸드점에서 70대 남성이 키오스크 앞에 10분 넘게 서 있었다.⟧ 화면을 몇 번 누르다 처음으로 돌아가기를 반복하던 그는 결국 주문을 포기하고 가게를 나갔다. 직원은 계산대 안쪽에서 바쁘게 음식을 만들고 있었다.

취재를 위해 무인 매장 여러 곳을 돌아보니 비슷한 장면을 어렵지 않게 볼 수 있었다. ⟦무인 주문기는 인건비를 줄여 주지만, 그 비용은 기계에 익숙하지 않은 사람들이 대신 치르고 있었다.⟧

정부는 고령층을 위한 디지털 교육을 늘리겠다고 한다. 필요한 일이다. 하지만 교육만으로 모든 어르신이 키오스크에 익숙해질 수는 없다. ⟦기계에 사람을 맞추라고 요구하기 전에, 기계를 사람에게 맞추는 것이 먼저다.⟧

글자 크기를 키우고 단계를 줄인 '쉬운 화면'을 의무화하고, 일정 규모 이상 매장에는 직원 호출 버튼이나 유인 계산대를 하나라도 남겨 두도록 하는 방안을 검토할 만하다. ⟦편리함의 혜택이 모두에게 돌아가야 진짜 혁신이다.⟧

키오스크 앞에서 발길을 돌린 그 남성은 "이제는 밥 한 끼 사 먹기도 겁이 난다"고 했다. ⟦그 말을 들은 사회가 답할 차례다.⟧""",
    kind="opinion", sure=False, why="reporter’s notebook arguing for accessible kiosks",
))

# ---------------------------------------------------------------- how-to list: fine-dust day tips
PAGES.append(dict(
    case="ko-other-krportal-misemeonji", lang="ko", skin="kr_portal", domain="www.gangwonilbo.example", site="강원새날일보", secpath="life",
    url="https://www.gangwonilbo.example/news/articleView.html?idxno=319015",
    h1="미세먼지 '나쁨'인 날, 이렇게 지내세요…생활수칙 7가지",
    section="라이프", authors=["정다은"], byline_text="정다은 기자", byline_html="정다은 기자",
    ld_authors=["정다은"], ld_type="Article", pub="2026-03-11T08:00:00+09:00",
    date_items=["승인 2026.03.11 08:00"], today="2026.03.11 (수)",
    ticker=KO_TICKER, likes="19",
    statement="⟪Copyright © 강원새날일보. 무단 전재 및 재배포 금지⟫",
    related=["⟪공기청정기 필터, 언제 바꿔야 할까⟫", "봄철 알레르기 비염 예방법"],
    next="⟪봄나물 제대로 씻는 법⟫",
    rank=KO_RANK, footer="Copyright © 강원새날일보. All rights reserved.",
    body="""⟦봄철이면 미세먼지와 황사가 잦아진다.⟧ 미세먼지 농도가 '나쁨' 이상인 날에는 호흡기와 눈 건강을 위해 평소보다 조금 더 신경 써야 한다. 전문가들이 권하는 생활수칙을 정리했다.

[[OL|⟦외출 전 미세먼지 예보를 확인하고, '나쁨' 이상이면 외출을 줄인다.⟧|외출할 때는 식약처 인증을 받은 보건용 마스크(KF80 이상)를 착용한다.|⟦귀가 후에는 손과 얼굴을 깨끗이 씻고 양치질을 한다.⟧|물을 충분히 마셔 호흡기 점막이 마르지 않게 한다.|환기는 농도가 비교적 낮은 시간에 짧게, 하루 3번 10분씩 한다.|실내에서는 물걸레로 청소하고 공기청정기를 활용한다.|⟦과일과 채소를 충분히 먹어 면역력을 유지한다.⟧]]

[[AD]]

특히 어린이와 노약자, 호흡기·심혈관 질환자는 미세먼지에 더 취약하다. 기침이나 호흡 곤란 등 증상이 나타나면 바로 병원을 찾는 것이 좋다.

⟦마스크는 얼굴에 밀착되도록 착용해야 효과가 있으며, 한 번 쓴 마스크는 재사용하지 않는 것이 좋다.⟧""",
    kind="other", why="how-to list of fine-dust health tips",
))


import re  # noqa: E402

for _p in PAGES:  # typographic quotes in the text, as many Korean sites print them
    _p["body"] = re.sub(r'"([^"\n]*)"', "“\\1”", re.sub(r"'([^'\n]*)'", "‘\\1’", _p["body"]))

from common import grow  # noqa: E402

grow(PAGES, {
    "ko-news-krportal-jayuiju": [
        "시는 새 노선 투입에 맞춰 자율주행버스 6대를 추가로 도입한다. 각 버스에는 라이다와 카메라 등 센서 20여 개가 달려 있어 보행자와 차량을 실시간으로 감지한다. 승객은 일반 교통카드로 승하차를 기록해야 하며, 좌석이 모두 차면 입석 승차는 제한된다.",
        "운행 정보는 서울시 대중교통 앱과 정류장 안내 단말기에서 실시간으로 확인할 수 있다.",
    ],
    "ko-news-krportal-sanbul": [
        "강원 동해안에는 지난달부터 건조특보가 이어지고 있으며, 이날도 강릉과 동해, 삼척 등에 건조경보가 발효 중이었다. 산림청은 이달 들어 전국에서 발생한 산불이 40건을 넘었다며, 논밭 태우기와 쓰레기 소각을 삼가 달라고 당부했다.",
    ],
    "ko-news-krportal-inteobyu": [
        "[[H|-요즘 손님들은 어떤 책을 찾나.]]",
        "“베스트셀러보다 이 서점 주인이 뭘 읽는지를 궁금해하세요. 그래서 매달 제가 읽은 책 열 권을 골라 손글씨 추천사를 붙여 둬요. 그 코너가 제일 잘 팔려요.”",
    ],
    "ko-opinion-krportal-saseol": [
        "지방자치단체의 역할도 중요하다. 지역 공공병원의 시설과 인력을 확충하고, 인근 대형 병원과 환자 이송 체계를 촘촘히 갖춰야 한다. 의사 한 명을 더 뽑는 것보다 이미 있는 의료 자원을 제대로 연결하는 일이 더 급할 수 있다.",
    ],
    "ko-opinion-krportal-gijasucheop": [
        "업계는 비용 부담을 이유로 난색을 보인다. 하지만 무인화로 아낀 인건비의 일부만 투자해도 충분히 가능한 일이다. 일부 카페와 편의점은 이미 음성 안내와 큰 글씨 화면을 도입해 호평을 받고 있다.",
    ],
    "ko-other-krportal-misemeonji": [
        "외출 후에는 겉옷을 현관 밖에서 털고 들어오는 것이 좋다. 콘택트렌즈 대신 안경을 쓰면 눈에 미세먼지가 들어가는 것을 줄일 수 있고, 눈이 가려울 때는 비비지 말고 인공눈물로 씻어 내는 것이 도움이 된다.",
        "창문을 오래 닫아 두면 실내 이산화탄소 농도가 높아질 수 있으므로, 요리를 할 때는 반드시 주방 환풍기를 켜고 요리가 끝난 뒤에도 30분 정도 더 틀어 두는 것이 좋다.",
    ],
})
