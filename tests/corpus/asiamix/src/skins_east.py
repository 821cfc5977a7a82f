"""East Asian portal skeletons: a mainland Chinese portal (cn_portal), a Taiwan / Hong Kong news site
(tw_portal), a Japanese news site (jp_portal) and a Korean news site (kr_portal). Each prints its
text in one or more containers (a `*` selector) with the furniture listed in p["exclude"]."""
from kit import hexid, slug
from common import (short_marks, comments_html, html_open, link, links, lis, menu_grid, ranking, render_body, share_bar, stories, story)

CN_NAV = [("新闻", ["国内", "国际", "社会", "军事", "评论", "图片", "专题", "直播"]),
          ("财经", ["股票", "基金", "理财", "期货", "外汇", "港股", "美股", "银行"]),
          ("科技", ["手机", "数码", "互联网", "人工智能", "5G", "探索"]),
          ("体育", ["NBA", "CBA", "中超", "英超", "综合", "彩票"]),
          ("娱乐", ["明星", "电影", "电视", "综艺", "音乐"]),
          ("汽车", ["新车", "导购", "用车", "报价", "新能源"]),
          ("房产", ["新房", "二手房", "家居", "装修"]),
          ("教育", ["高考", "考研", "留学", "职场"]),
          ("生活", ["健康", "旅游", "美食", "时尚", "亲子", "星座"]),
          ("文化", ["读书", "历史", "艺术", "佛学"])]
CN_W = dict(ad="广告", rel="相关阅读", comments="热门跟帖", like="赞", reply="回复", cmt_ph="文明上网，理性发言", cmt_btn="发表跟帖", cmt_more="查看全部跟帖")

TW_NAV = [("即時", ["要聞", "社會", "地方", "兩岸", "全球"]), ("產經", ["股市", "房市", "理財", "科技"]),
          ("娛樂", ["影劇", "音樂", "韓星"]), ("運動", ["棒球", "籃球", "網球"]), ("生活", ["健康", "旅遊", "美食", "消費"]),
          ("文教", ["閱讀", "藝文", "教育"]), ("評論", ["社論", "論壇", "專欄", "民意"]), ("影音", ["直播", "Podcast"])]
TW_W = dict(ad="廣告", rel="延伸閱讀", comments="留言", like="讚", reply="回覆", cmt_ph="請登入後留言", cmt_btn="送出", cmt_more="看更多留言")

JP_NAV = ["トップ", "速報", "ライブ", "政治", "経済", "国際", "社会", "スポーツ", "エンタメ", "IT・科学", "ライフ", "地域", "オピニオン", "動画", "写真", "天気", "選挙"]
JP_SUB = ["東京", "神奈川", "埼玉", "千葉", "大阪", "京都", "兵庫", "愛知", "北海道", "福岡", "宮城", "広島", "沖縄"]
JP_W = dict(ad="広告", rel="関連記事", comments="コメント", like="いいね", reply="返信", cmt_ph="コメントを書く", cmt_btn="投稿", cmt_more="もっと見る")

KR_NAV = [("전체기사", []), ("정치", ["국회", "청와대", "외교", "북한"]), ("경제", ["금융", "증권", "부동산", "산업", "IT"]),
          ("사회", ["사건사고", "교육", "환경", "노동", "지역"]), ("국제", ["미국", "중국", "일본"]), ("문화", ["책", "공연", "여행", "건강"]),
          ("연예", ["방송", "영화", "가요"]), ("스포츠", ["야구", "축구", "골프"]), ("오피니언", ["사설", "칼럼", "기자수첩", "시론"]), ("포토", []), ("영상", [])]
KR_W = dict(ad="광고", rel="관련기사", comments="댓글", like="공감", reply="답글", cmt_ph="댓글을 입력해 주세요", cmt_btn="등록", cmt_more="댓글 더보기")


def _ad(w):
    return lambda p, uid: '<div class="ad-mid" id="mid_%s"><span>%s</span></div>' % (uid, w["ad"])


def _w(base, p):
    return {**base, **p.get("w", {})}


# ------------------------------------------------------------------------------------------ mainland portal
def cn_portal(p):
    """A mainland Chinese portal (Sina / NetEase style): login and app links, a dense grid of short
    channel links, index and weather widgets, 来源 and 阅读/赞 counters, the text in div.post_body
    (several, split by ads, with a 1 2 3 下一页 pager when paginated), statement, share bar,
    上一篇/下一篇, related news, 热门跟帖, a 24-hour ranking."""
    w = _w(CN_W, p)
    body = render_body(p, w, '<div class="post_body">', "</div>", split_between=_ad(w))
    pager = ""
    if p.get("pages"):
        pager = ('<div class="post_page"><a class="prev disabled">上一页</a> <span class="cur">1</span> %s <a class="next" href="%s">下一页</a></div>\n'
                 % (" ".join('<a href="%s">%d</a>' % (p["url"].replace(".html", "_%d.html" % i), i) for i in range(2, p["pages"] + 1)), p["url"].replace(".html", "_2.html")))
    crumbs = " &gt; ".join(link(c) for c in ["首页"] + p.get("crumbs", []))
    html = (html_open(p, "%s_%s", "post-page") +
            '<div class="top-bar"><div class="wrap"><a href="/">%s首页</a> <a href="https://m.%s/">手机版</a> <a class="app-dl" href="https://app.%s/">下载客户端</a>'
            '<span class="login-area"><a href="https://passport.%s/login">登录</a> | <a href="https://passport.%s/register">注册</a></span></div></div>\n'
            % (p["site"], p["domain"], p["domain"], p["domain"], p["domain"]) +
            '<div class="header"><a class="logo" href="/">%s</a>%s\n<div class="widgets"><span class="idx">上证指数 %s</span> <span class="weather">%s</span></div></div>\n'
            % (p["site"], menu_grid(p.get("nav", CN_NAV)), p.get("index", "3412.56 +0.42%"), p.get("weather", "北京 晴 2℃~12℃")) +
            ('<div class="hot-words">热搜：%s</div>\n' % links(p["hot"], "/search") if p.get("hot") else "") +
            '<div class="wrap main"><div class="col-main">\n<div class="crumbs">%s</div>\n' % crumbs +
            '<h1 class="post_title">%s</h1>\n' % p["h1"] +
            '<div class="post_info"><span class="date">%s</span> <span class="source">%s</span> %s <span class="stat">%s</span></div>\n'
            % (p["date"], p.get("source", ""), '<span class="byline">%s</span>' % p["byline_html"] if p.get("byline_html") else "", p.get("stat", "")) +
            ('<div class="post_digest">%s</div>\n' % p["deck"] if p.get("deck") else "") +
            body + "\n" + pager +
            '<div class="post_statement">%s</div>\n' % p.get("statement", "") +
            share_bar(["微信", "微博", "QQ空间", "QQ好友", "复制链接"], "post_share", "分享到：") + "\n" +
            '<div class="post_next"><p>上一篇：%s</p><p>下一篇：%s</p></div>\n' % (story(p, p.get("prev", "更多新闻")), story(p, p.get("next", "返回首页"))) +
            '<div class="post_related"><h3>相关新闻</h3><ul>%s</ul></div>\n' % stories(p, p.get("related", [])) +
            comments_html(p, w, "tie") +
            '</div>\n<div class="col-side"><div class="side-box"><h3>24小时排行榜</h3>%s</div>\n' % ranking(p, p.get("rank", []), counts=p.get("rank_counts")) +
            '<div class="side-box app-box"><img src="https://static.%s/qr.png" alt=""><p>%s</p></div>\n' % (p["domain"], p.get("app_box", "扫码下载客户端，看更多精彩内容")) +
            '<div class="side-box"><h3>热点视频</h3><ul>%s</ul></div></div></div>\n' % stories(p, p.get("videos", ["航拍春日油菜花海", "高铁新线试运行", "冬奥冠军进校园"]), "v") +
            '<div class="footer"><p>%s</p><p>%s</p><p>京ICP证%s号 京公网安备%s号</p></div>\n</body>\n</html>\n'
            % (links(["关于我们", "联系我们", "广告服务", "招聘信息", "网站地图", "意见反馈", "违法和不良信息举报"], "/about"), p["footer"],
               hexid(p["domain"], 6), hexid(p["site"], 8)))
    return short_marks(html, p["lang"]), ["div.post_body*"]


# ------------------------------------------------------------------------------------------ Taiwan / Hong Kong
def tw_portal(p):
    """A Taiwan or Hong Kong news site (UDN / CNA / HK01 style): 登入 / 註冊 / 訂閱 / 下載App, a
    channel bar with sub-menus, a breaking ticker, the text in section.article-content__editor
    (split by ads), reprint notice, LINE share, 延伸閱讀, 熱門新聞 ranking, a stock widget."""
    w = _w(TW_W, p)
    body = render_body(p, w, '<section class="article-content__editor">', "</section>", split_between=_ad(w))
    html = (html_open(p, "%s | %s", "article-page") +
            '<div class="header-top"><a href="/">%s</a> <a href="/login">登入</a> <a href="/register">註冊</a> <a href="/subscribe">訂閱</a> <a href="/app">下載App</a> '
            '<span class="today">%s</span></div>\n' % (p["site"], p.get("today", "")) +
            '<nav class="navigation">%s</nav>\n' % menu_grid(p.get("nav", TW_NAV), "nav-channels") +
            '<div class="ticker"><span class="ticker-label">最新</span><ul>%s</ul></div>\n' % stories(p, p.get("ticker", []), "breaking") +
            '<div class="stock-widget">%s</div>\n' % p.get("widget", "加權指數 22,418.37 ▲86.21 | 櫃買指數 251.06 ▼0.44") +
            '<main class="wrapper"><div class="article-content">\n<div class="article-content__breadcrumb">%s</div>\n' % " › ".join(link(c) for c in ["首頁"] + p.get("crumbs", [])) +
            '<h1 class="article-content__title">%s</h1>\n' % p["h1"] +
            '<div class="article-content__info"><time class="article-content__time">%s</time> <span class="article-content__author">%s</span></div>\n'
            % (p["date"], p.get("byline_html", "")) +
            share_bar(["Facebook", "LINE", "X", "複製連結"], "article-content__share") + "\n" +
            body + "\n" +
            '<div class="article-content__copyright">%s</div>\n' % p.get("statement", "") +
            '<div class="article-content__tags">%s</div>\n' % links(p.get("tags", []), "/tag") +
            '<div class="article-content__next">下一篇：%s</div>\n' % story(p, p.get("next", "回首頁")) +
            '<section class="article-related"><h2>延伸閱讀</h2><ul>%s</ul></section>\n' % stories(p, p.get("related", [])) +
            comments_html(p, w, "comment") +
            '</div>\n<aside class="sidebar"><section><h2>熱門新聞</h2>%s</section>\n' % ranking(p, p.get("rank", [])) +
            '<section class="app-promo-side"><p>%s</p></section></aside></main>\n' % p.get("app_box", "下載App，即時新聞不漏接") +
            '<footer class="footer">%s<p>%s</p></footer>\n</body>\n</html>\n'
            % (lis(["關於我們", "聯絡我們", "廣告刊登", "隱私權政策", "服務條款", "著作權聲明"], "/about"), p["footer"]))
    return short_marks(html, p["lang"]), ["section.article-content__editor*"]


# ------------------------------------------------------------------------------------------ Japanese
def jp_portal(p):
    """A Japanese news site: ログイン / 新規会員登録 / アプリで読む, a tab bar and a prefecture bar, the
    text in section.article-body (a 続きを読む button before a collapsed second part), LINE / はてブ
    share, 関連記事, コメント, 次の記事, アクセスランキング, a weather widget."""
    w = _w(JP_W, p)
    body = render_body(p, w, '<section class="article-body">', "</section>", split_between=_ad(w))
    html = (html_open(p, "%s：%s", "article") +
            '<header class="g-header"><div class="g-header__top"><a class="logo" href="/">%s</a><ul class="g-header__user"><li><a href="/login">ログイン</a></li>'
            '<li><a href="/signup">新規会員登録</a></li><li><a href="/app">アプリで読む</a></li></ul></div>\n' % p["site"] +
            '<nav class="g-nav"><ul>%s</ul></nav><nav class="g-area"><ul>%s</ul></nav></header>\n' % (lis(p.get("nav", JP_NAV)), lis(JP_SUB, "/area")) +
            '<div class="weather-widget">%s</div>\n' % p.get("weather", "東京 晴れ 14℃/5℃ 降水確率10%") +
            '<main class="l-main"><article class="article">\n<div class="breadcrumb">%s</div>\n' % " ＞ ".join(link(c) for c in ["トップ"] + p.get("crumbs", [])) +
            ('<p class="article-label">%s</p>\n' % p["label"] if p.get("label") else "") +
            '<h1 class="article-title">%s</h1>\n' % p["h1"] +
            '<div class="article-meta"><time>%s</time> %s</div>\n' % (p["date"], '<span class="article-author">%s</span>' % p["byline_html"] if p.get("byline_html") else "") +
            share_bar(["X", "Facebook", "LINE", "はてブ", "URLをコピー"], "share-top") + "\n" +
            body + "\n" +
            ('<p class="article-copyright">%s</p>\n' % p["statement"] if p.get("statement") else "") +
            share_bar(["X", "Facebook", "LINE", "はてブ"], "share-bottom", "この記事をシェア") + "\n" +
            '<div class="next-article">次の記事：%s</div>\n' % story(p, p.get("next", "トップへ戻る")) +
            '<section class="related"><h2>関連記事</h2><ul>%s</ul></section>\n' % stories(p, p.get("related", [])) +
            comments_html(p, w, "comment") +
            '</article>\n<aside class="l-side"><section class="ranking"><h2>アクセスランキング</h2>%s</section>\n' % ranking(p, p.get("rank", [])) +
            '<section class="app-banner"><p>%s</p></section></aside></main>\n' % p.get("app_box", "アプリなら速報をプッシュ通知でお届け") +
            '<footer class="g-footer"><ul>%s</ul><p><small>%s</small></p></footer>\n</body>\n</html>\n'
            % (lis(["会社案内", "お問い合わせ", "個人情報保護方針", "利用規約", "著作権について", "広告掲載"], "/info"), p["footer"]))
    return short_marks(html, p["lang"]), ["section.article-body*"]


# ------------------------------------------------------------------------------------------ Korean
def kr_portal(p):
    """A Korean news site: 로그인 / 회원가입 / 앱 다운로드, a section menu with sub-menus, a 속보
    ticker, 입력/수정 lines and a 공감 count, the text in div.article-txt (paragraphs, or <br><br>
    runs when mode is "br"), copyright line, reporter box, 카카오톡 share, 관련기사, 댓글, 많이 본 뉴스."""
    w = _w(KR_W, p)
    para = (lambda a: "%s<br><br>" % a) if p.get("mode") == "br" else None
    body = render_body(p, w, '<div class="article-txt">', "</div>", para=para, split_between=_ad(w))
    html = (html_open(p, "%s - %s", "view") +
            '<div id="top-bar"><a href="/">%s</a><ul class="member"><li><a href="/member/login">로그인</a></li><li><a href="/member/join">회원가입</a></li>'
            '<li><a href="/app">앱 다운로드</a></li></ul><span class="date">%s</span></div>\n' % (p["site"], p.get("today", "")) +
            '<nav id="gnb">%s</nav>\n' % menu_grid(p.get("nav", KR_NAV), "gnb-menu") +
            '<div class="breaking"><strong>속보</strong><ul>%s</ul></div>\n' % stories(p, p.get("ticker", []), "breaking") +
            '<div id="container"><section class="article-view">\n<div class="article-head"><p class="section">%s</p>\n' % p.get("section", "") +
            '<h1 class="headline">%s</h1>\n%s' % (p["h1"], '<h2 class="sub-headline">%s</h2>\n' % p["deck"] if p.get("deck") else "") +
            '<ul class="info"><li class="writer">%s</li>%s</ul>\n' % (p.get("byline_html", ""), "".join("<li>%s</li>" % d for d in p["date_items"])) +
            '<div class="util"><button class="like">공감 %s</button><button>가</button><button>가</button><a href="#print">인쇄</a></div></div>\n' % p.get("likes", "12") +
            body + "\n" +
            ('<div class="view-copyright">%s</div>\n' % p["statement"] if p.get("statement") else "") +
            ('<div class="writer-box"><b>%s</b> <a href="/reporter">다른기사 보기</a></div>\n' % p["writer_box"] if p.get("writer_box") else "") +
            share_bar(["카카오톡", "페이스북", "트위터", "네이버 밴드", "링크복사"], "view-share") + "\n" +
            '<section class="relation"><h3>관련기사</h3><ul>%s</ul></section>\n' % stories(p, p.get("related", [])) +
            '<div class="next-news">다음 기사 %s</div>\n' % story(p, p.get("next", "홈으로")) +
            comments_html(p, w, "reply") +
            '</section>\n<aside class="side"><section><h3>많이 본 뉴스</h3>%s</section>\n' % ranking(p, p.get("rank", [])) +
            '<section class="stock">%s</section></aside></div>\n' % p.get("widget", "코스피 2,684.12 ▲0.8% 코스닥 871.40 ▼0.2%") +
            '<footer id="footer"><ul>%s</ul><p>%s</p></footer>\n</body>\n</html>\n'
            % (lis(["회사소개", "기사제보", "광고문의", "개인정보처리방침", "청소년보호정책", "이메일무단수집거부"], "/company"), p["footer"]))
    return short_marks(html, p["lang"]), ["div.article-txt*"]
