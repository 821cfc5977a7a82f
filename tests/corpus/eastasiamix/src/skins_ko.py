"""Korean page skeletons: a national daily (kr_daily), a news agency's site (kr_wire) and a portal's
news page that carries a paper's story (kr_agg)."""
from kit import hexid
from ea_common import comments, html_open, link, links, lis, ranking, render_body, share, short_marks, stories, story

W_KO = dict(like="추천", reply="답글", report="신고", comments="댓글", cmt_ph="로그인 후 댓글을 남길 수 있습니다", cmt_btn="등록", cmt_more="댓글 더보기")

KR_GNB = [("정치", ["대통령실", "국회", "외교", "북한"]), ("경제", ["금융", "증권", "부동산", "산업", "유통"]), ("사회", ["사건사고", "교육", "노동", "환경", "전국"]),
          ("국제", ["미국", "중국", "일본"]), ("문화", ["책", "공연", "여행"]), ("스포츠", []), ("연예", []),
          ("오피니언", ["사설", "칼럼", "데스크칼럼", "시론", "기고", "기자수첩", "만평"])]


def _t(open_cls, **kw):
    t = dict(open='<div class="%s">' % open_cls, close="</div>", para="<p>%s</p>", h='<h3 class="sub-tit">%s</h3>', text="<p>%s</p>",
             ad_sel="div.ad-in*", ad='<div class="ad-in" id="ad-%s"><span>광고</span></div>',
             rel_sel="div.rel-box*", rel='<div class="rel-box"><strong>%s</strong><ul>%s</ul></div>',
             cap_sel="figcaption*", photo='<figure class="art-photo"><img src="%s" alt=""><figcaption>%s</figcaption></figure>',
             sign_sel="p.reporter-mail*", sign='<p class="reporter-mail">%s</p>',
             note_sel="p.writer-info*", note='<p class="writer-info">%s</p>',
             app_sel="div.app-bn*", app='<div class="app-bn"><a href="%s">%s</a></div>',
             nl_sel="div.nl-bn*", nl='<div class="nl-bn">%s</div>')
    t.update(kw)
    return t


def _gnb(groups):
    return "".join('<li>%s%s</li>' % (link(h, "/list"), '<ul class="sub">%s</ul>' % lis(s, "/list") if s else "") for h, s in groups)


# ------------------------------------------------------------------------------------ national daily
def kr_daily(p):
    """A Korean national daily (JoongAng / Dong-a style): 로그인 회원가입 구독신청 지면보기 앱 설치, a menu
    with 오피니언 › 사설 칼럼 데스크칼럼 시론 기고 기자수첩, section label, h1 and sub-headline, the
    writer with a 기자 구독 button, 입력 / 수정 lines, tools; the text in div.news-view__text (split by
    ads) with captions and 관련기사 boxes; copyright, reporter card, reactions, 관련기사, 오피니언 and
    많이 본 뉴스 rails, a 코스피 strip, footer."""
    t = _t("news-view__text")
    body = render_body(p, t, split_between=lambda p, u: '<div class="ad-mid" id="am-%s"><span>광고</span></div>' % u)
    html = (html_open(p, "%s | %s", "news-view") +
            '<header class="header"><div class="header__util"><span class="header__date">%s</span><a href="/login">로그인</a><a href="/join">회원가입</a>'
            '<a href="/subscribe">구독신청</a><a href="/paper">지면보기</a><a href="/app">앱 설치</a></div><a class="header__logo" href="/">%s</a></header>\n' % (p.get("today", ""), p["site"]) +
            '<nav class="gnb"><ul>%s</ul></nav>\n' % _gnb(p.get("nav", KR_GNB)) +
            '<div class="breaking-bar"><strong>속보</strong><ul>%s</ul></div>\n' % stories(p, p.get("ticker", []), "breaking") +
            '<main class="container"><article class="news-view__article"><div class="news-view__head">'
            '<p class="news-view__section">%s</p><h1 class="news-view__title">%s</h1>%s\n'
            % (p.get("section", ""), p["h1"], '<h2 class="news-view__sub">%s</h2>' % p["deck"] if p.get("deck") else "") +
            '<div class="news-view__byline">%s</div>\n' % ('<span class="name">%s</span><button class="btn-subscribe">기자 구독</button>' % p["byline_html"] if p.get("byline_html") else "") +
            '<div class="news-view__date">%s</div>\n' % "".join("<span>%s</span>" % d for d in p["date_items"]) +
            '<div class="news-view__tools"><button>공유</button><button>글자크기</button><button>인쇄</button><button>북마크</button></div></div>\n' +
            body + "\n" +
            ('<p class="news-view__copyright">%s</p>\n' % p["statement"] if p.get("statement") else "") +
            ('<div class="reporter-card"><b>%s</b><a href="/reporter/">기자의 다른 기사</a><button>구독</button></div>\n' % p["writer_box"] if p.get("writer_box") else "") +
            '<div class="reaction"><p>이 기사에 대한 반응</p><button>좋아요 %s</button><button>슬퍼요</button><button>화나요</button><button>후속기사 원해요</button></div>\n' % p.get("likes", "24") +
            share(["카카오톡", "페이스북", "X", "링크 복사"], "sns-share") + "\n" +
            '<section class="relation-news"><h3>관련기사</h3><ul>%s</ul></section>\n' % stories(p, p.get("related", [])) +
            comments(p, W_KO, "cmt") +
            '</article>\n<aside class="aside"><section class="aside__opinion"><h3>오피니언</h3><ul>%s</ul></section>' % stories(p, p.get("op_box", []), "opinion") +
            '<section class="aside__rank"><h3>많이 본 뉴스</h3>%s</section>' % ranking(p, p.get("rank", []), "most") +
            '<section class="aside__stock">%s</section></aside></main>\n' % p.get("widget", "코스피 2,731.45 ▲12.30 | 코스닥 842.17 ▼3.05 | 원·달러 1,438.20") +
            '<footer class="footer"><ul>%s</ul><p>%s</p></footer>\n</body>\n</html>\n'
            % (lis(["회사소개", "고충처리인", "광고안내", "개인정보처리방침", "청소년보호정책", "이메일무단수집거부", "저작권규약"], "/company"), p["footer"]))
    return short_marks(html, p["lang"]), ["div.news-view__text*"]


# ------------------------------------------------------------------------------------ news agency
WIRE_NAV = ["최신기사", "정치", "북한", "경제", "마켓+", "산업", "사회", "전국", "세계", "문화", "건강", "연예", "스포츠", "오피니언", "포토", "영상", "English"]


def kr_wire(p):
    """A Korean news agency's site (Yonhap / Newsis style): 로그인 and 전체메뉴, a flat menu with
    오피니언, h1, 송고시간 and updates, the writer zone with e-mail; the text in div.article-story
    (paragraphs opening with the (서울=…) dateline, split by ads), the e-mail line and the agency's
    copyright inside it; keywords, 제보 box, 관련 뉴스, 많이 본 기사, an 오피니언 list."""
    t = _t("article-story", sign_sel="p.txt-email*", sign='<p class="txt-email">%s</p>')
    body = render_body(p, t, split_between=lambda p, u: '<div class="ad-wrap" id="aw-%s"><span>AD</span></div>' % u)
    html = (html_open(p, "%s | %s", "wire-article") +
            '<header class="hd"><a class="hd__logo" href="/">%s</a><button class="hd__menu">전체메뉴</button><a href="/login">로그인</a> <a href="/newsletter">뉴스레터</a></header>\n' % p["site"] +
            '<nav class="nav"><ul>%s</ul></nav>\n' % lis(p.get("nav", WIRE_NAV), "/") +
            '<div class="latest"><b>속보</b><ul>%s</ul></div>\n' % stories(p, p.get("ticker", []), "view") +
            '<main class="content"><section class="article-head"><p class="article-head__cat">%s</p><h1 class="tit-article">%s</h1>\n' % (p.get("section", ""), p["h1"]) +
            '<p class="article-head__time">%s</p>\n' % " ".join('<span>%s</span>' % d for d in p["date_items"]) +
            '<div class="writer-zone">%s</div>\n' % p.get("byline_html", "") +
            share(["카카오톡", "페이스북", "X", "URL 복사"], "share-zone") + "</section>\n" +
            body + "\n" +
            '<div class="keyword-zone">%s</div>\n' % links(["#" + k for k in p.get("tags", [])], "/keyword") +
            '<div class="jebo">%s</div>\n' % p.get("jebo", "제보는 카카오톡 또는 전화 02-000-0000") +
            '<section class="related"><h2>관련 뉴스</h2><ul>%s</ul></section>\n' % stories(p, p.get("related", [])) +
            '</main>\n<aside class="side"><section><h2>많이 본 기사</h2>%s</section><section><h2>오피니언</h2><ul>%s</ul></section></aside>\n'
            % (ranking(p, p.get("rank", []), "most"), stories(p, p.get("op_box", []), "opinion")) +
            '<footer class="ft"><ul>%s</ul><p>%s</p></footer>\n</body>\n</html>\n'
            % (lis(["회사소개", "저작권 정책", "개인정보 처리방침", "고충처리", "콘텐츠 판매"], "/about"), p["footer"]))
    return short_marks(html, p["lang"]), ["div.article-story*"]


# ------------------------------------------------------------------------------------ portal news page
AGG_TABS = ["뉴스홈", "속보", "정치", "경제", "사회", "생활/문화", "IT/과학", "세계", "랭킹", "신문보기", "오피니언", "TV", "팩트체크"]


def kr_agg(p):
    """A Korean portal's news page for a paper's story (Naver / Daum style): portal bar with 로그인,
    news tabs with 오피니언, the paper's name with 구독, h2-less head with h1, the writer, 입력 / 수정
    in 오전·오후 form, 기사원문; the text in div.end-body as <br><br> runs (or paragraphs), photo
    captions and the reporter's e-mail inside; copyright, reactions, the paper's other stories,
    comments, 언론사별 많이 본 뉴스."""
    para = "%s<br><br>" if p.get("mode") == "br" else "<p>%s</p>"
    t = _t("end-body", para=para, text=para,
           cap_sel="em.img-desc*", photo='<span class="end-photo"><img src="%s" alt=""><em class="img-desc">%s</em></span><br>',
           sign_sel="span.byline-mail*", sign='<span class="byline-mail">%s</span>')
    body = render_body(p, t)
    html = (html_open(p, "%s : %s", "portal-news") +
            '<div class="gnb"><a class="gnb__logo" href="https://www.%s/">%s</a><a href="https://nid.%s/login">로그인</a><a href="/mail">메일</a><a href="/cafe">카페</a><a href="/blog">블로그</a></div>\n'
            % (p["domain"].split(".", 1)[1], p["site"], p["domain"].split(".", 1)[1]) +
            '<nav class="lnb"><ul>%s</ul></nav>\n' % lis(p.get("nav", AGG_TABS), "/section") +
            '<main class="end"><div class="media-head"><a class="media-head__press" href="/press/%s">%s</a><button class="media-head__sub">구독</button>'
            '<span class="media-head__cnt">구독자 %s</span></div>\n' % (hexid(p["provider"], 4), p["provider"], p.get("subs", "42,118")) +
            ('<p class="end-head__section">%s</p>' % p["section"] if p.get("section") else "") +
            '<h1 class="end-head__title">%s</h1>\n' % p["h1"] +
            '<div class="end-head__info"><span class="writer">%s</span>%s<a class="origin" href="%s">기사원문</a></div>\n'
            % (p.get("byline_html", ""), "".join('<span class="date">%s</span>' % d for d in p["date_items"]), p.get("origin", p["url"])) +
            '<div class="end-tools"><button>요약봇</button><button>본문 듣기</button><button>글자 크기</button><button>공유</button></div>\n' +
            body + "\n" +
            ('<p class="end-copyright">%s</p>\n' % p["statement"] if p.get("statement") else "") +
            '<div class="reactions"><button>좋아요 %s</button><button>응원해요</button><button>놀랐어요</button><button>슬퍼요</button><button>더 알고싶어요</button></div>\n' % p.get("likes", "15") +
            '<section class="press-more"><h3>%s의 다른 기사</h3><ul>%s</ul></section>\n' % (p["provider"], stories(p, p.get("provider_list", []))) +
            comments(p, W_KO, "u-cmt") +
            '</main>\n<aside class="end-side"><section><h3>언론사별 많이 본 뉴스</h3>%s</section><section><h3>오피니언 추천</h3><ul>%s</ul></section></aside>\n'
            % (ranking(p, p.get("rank", []), "press-rank"), stories(p, p.get("op_box", []), "opinion")) +
            '<footer class="end-ft"><p>%s</p><ul>%s</ul></footer>\n</body>\n</html>\n'
            % (p["footer"], lis(["이용약관", "개인정보처리방침", "청소년보호정책", "고객센터", "기사배열 책임자"], "/policy")))
    return short_marks(html, p["lang"]), ["div.end-body*"]
