"""Chinese page skeletons: a mainland central news site (cn_central), a mainland media app's web
page (cn_app), a Taiwan daily (tw_daily), a Hong Kong news site (hk_media) and a Singapore or
Malaysia Chinese daily (sg_daily). Each returns the page and the selector of its text containers;
the furniture nested in the containers is listed in p["exclude"]."""
from kit import hexid
from ea_common import sl, comments, html_open, link, links, lis, ranking, render_body, share, short_marks, stories, story

W_CN = dict(like="赞", reply="回复", report="举报", comments="网友评论", cmt_ph="文明上网，理性发言", cmt_btn="发表评论", cmt_more="查看更多评论")
W_TW = dict(like="讚", reply="回覆", report="檢舉", comments="留言", cmt_ph="登入會員即可留言", cmt_btn="送出", cmt_more="顯示更多留言")
W_SG = dict(like="赞", reply="回复", report="举报", comments="读者评论", cmt_ph="登录后参与讨论", cmt_btn="发布", cmt_more="加载更多")

CN_CHANNELS = ["时政", "国际", "财经", "评论", "观点", "社会", "法治", "教育", "科技", "文旅", "健康", "体育", "军事", "港澳", "台湾", "图片", "视频", "专题", "地方", "理论"]
CN_LOCAL = ["北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆"]


# ------------------------------------------------------------------------------------ mainland central site
def cn_central(p):
    """A mainland central news site (state media portal style): top bar with 登录 注册 手机看新闻
    扫码关注, a channel bar and a bar of 31 provincial channels, a 滚动 ticker, 您现在的位置 path,
    kicker and h1, info line 2026年12月07日14:05 | 来源, font-size switch; the text in div.txt-box
    (split by ad blocks); 分享到; 推荐阅读; 相关新闻; a 热点排行; a 评论·观点 box; QR box; footer."""
    t = dict(open='<div class="txt-box">', close="</div>", para='<p style="text-indent:2em;">%s</p>',
             h='<p class="txt-sub"><strong>%s</strong></p>', text='<p style="text-align:right;">%s</p>',
             ad_sel="div.gg-box*", ad='<div class="gg-box"><ins class="gg" data-pos="%s"></ins><span>广告</span></div>',
             rel_sel="div.xgyd*", rel='<div class="xgyd"><h4>%s</h4><ul>%s</ul></div>',
             cap_sel="p.pic-desc*", photo='<p class="pic" style="text-align:center;"><img src="%s" alt=""></p><p class="pic-desc" style="text-align:center;">%s</p>',
             sign_sel="p.edit-sign*", sign='<p class="edit-sign">%s</p>',
             note_sel="p.author-note*", note='<p class="author-note">%s</p>',
             app_sel="div.app-guide*", app='<div class="app-guide"><a href="%s">%s</a></div>',
             nl_sel="div.wx-follow*", nl='<div class="wx-follow">%s</div>')
    body = render_body(p, t, split_between=lambda p, u: '<div class="gg-mid" id="gg_%s"><span>广告</span></div>' % u)
    route = "&gt;&gt;".join(link(c) for c in ["首页"] + p.get("crumbs", []))
    html = (html_open(p, "%s--%s", "detail-page") +
            '<div id="topbar"><div class="w1000"><span class="tb-l">%s · %s</span><span class="tb-r"><a href="https://passport.%s/login">登录</a> '
            '<a href="https://passport.%s/reg">注册</a> | <a href="https://m.%s/">手机看新闻</a> | <a href="#qr">扫码关注</a> | <a href="/rss/">RSS订阅</a></span></div></div>\n'
            % (p["site"], p.get("slogan", "权威 · 及时 · 全面"), p["domain"], p["domain"], p["domain"]) +
            '<div class="head-wrap w1000"><a class="logo" href="/">%s</a><form class="search" action="/search"><input name="q" placeholder="请输入关键词"><button>搜索</button></form></div>\n' % p["site"] +
            '<div class="nav-wrap"><ul class="nav">%s</ul><div class="nav-local"><span>地方频道：</span>%s</div></div>\n' % (lis(p.get("channels", CN_CHANNELS)), links(CN_LOCAL, "/local")) +
            '<div class="scroll-news w1000"><b>滚动：</b><ul>%s</ul></div>\n' % stories(p, p.get("ticker", []), "gd") +
            '<div class="w1000 clearfix"><div class="col-l">\n<div class="route">您现在的位置：%s&gt;&gt;正文</div>\n' % route +
            ('<p class="kicker">%s</p>\n' % p["kicker"] if p.get("kicker") else "") +
            '<h1>%s</h1>\n' % p["h1"] +
            ('<p class="sub-title">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="info-line"><span class="pub-time">%s</span> | <span class="src">%s</span>%s</div>\n'
            % (p["date"], p.get("source", ""), ' <span class="author">%s</span>' % p["byline_html"] if p.get("byline_html") else "") +
            '<div class="fontsize">字号：<a href="#big">大</a> <a href="#mid">中</a> <a href="#small">小</a> <a href="#print">打印</a></div>\n' +
            body + "\n" +
            share(["微信", "微博", "QQ空间", "复制链接"], "share-line", "分享到：") + "\n" +
            '<div class="tuijian"><h3>推荐阅读</h3><ul>%s</ul></div>\n' % stories(p, p.get("recommend", [])) +
            '<div class="xgxw"><h3>相关新闻</h3><ul>%s</ul></div>\n' % stories(p, p.get("related", [])) +
            comments(p, W_CN, "cmt") +
            '</div>\n<div class="col-r"><div class="r-box qr" id="qr"><img src="https://static.%s/img/qr-wx.png" alt=""><p>%s</p></div>\n' % (p["domain"], p.get("qr", "扫码关注微信公众号")) +
            '<div class="r-box"><h3>热点排行</h3>%s</div>\n' % ranking(p, p.get("rank", []), "phb", p.get("rank_counts")) +
            '<div class="r-box"><h3>评论·观点</h3><ul>%s</ul></div></div></div>\n' % stories(p, p.get("op_box", []), "pl") +
            '<div class="footer"><p>%s</p><p>%s</p><p>互联网新闻信息服务许可证%s号 京ICP备%s号</p></div>\n</body>\n</html>\n'
            % (links(["关于我们", "网站声明", "联系方式", "广告服务", "网站地图", "违法和不良信息举报"], "/about", " | "), p["footer"], hexid(p["domain"], 6), hexid(p["site"], 6)))
    return short_marks(html, p["lang"]), ["div.txt-box*"]


# ------------------------------------------------------------------------------------ mainland media app, web page
APP_TABS = ["要闻", "推荐", "视频", "时事", "财经", "科技", "思想", "评论", "生活", "城市", "汽车", "健康", "教育", "文化", "直播"]


def cn_app(p):
    """A mainland media app's article page on the web (Paper / Jiemian style): 打开APP buttons, a tab
    bar, an app banner, channel label, author card with 关注, the text in div.news-detail__content
    (a 展开全文 button, then a folded container), 责任编辑 / 校对 line, 特别声明, like and favourite
    buttons, a 推荐阅读 feed with comment counts, comments, 扫码下载 box, footer."""
    t = dict(open='<div class="news-detail__content">', close="</div>", para="<p>%s</p>",
             open_folded='<div class="news-detail__content news-detail__content--fold" style="max-height:0;overflow:hidden">',
             more='<div class="news-detail__expand"><button type="button">%s</button><a href="https://%s/app?from=expand">打开APP阅读全文</a></div>' % ("%s", p["domain"]),
             h="<h2 class=\"news-detail__sub\">%s</h2>", text='<p class="news-detail__end">%s</p>',
             ad_sel="div.feed-ad*", ad='<div class="feed-ad" data-ad="%s"><span class="feed-ad__tag">广告</span></div>',
             rel_sel="div.news-detail__rel*", rel='<div class="news-detail__rel"><span>%s</span><ul>%s</ul></div>',
             cap_sel="figcaption*", photo='<figure class="news-detail__img"><img src="%s" alt=""><figcaption>%s</figcaption></figure>',
             sign_sel="p.news-detail__sign*", sign='<p class="news-detail__sign">%s</p>',
             note_sel="p.news-detail__note*", note='<p class="news-detail__note">%s</p>',
             app_sel="div.news-detail__app*", app='<div class="news-detail__app"><a href="%s">%s</a></div>',
             nl_sel="div.news-detail__follow*", nl='<div class="news-detail__follow">%s</div>')
    body = render_body(p, t)
    html = (html_open(p, "%s_%s", "m-detail") +
            '<header class="m-header"><a class="m-header__logo" href="/">%s</a><a class="m-header__search" href="/search">搜索</a>'
            '<a class="m-header__login" href="/login">登录</a><a class="m-header__open" href="https://%s/app?from=header">打开APP</a></header>\n' % (p["site"], p["domain"]) +
            '<nav class="m-tabs"><ul>%s</ul></nav>\n' % lis(p.get("tabs", APP_TABS), "/channel") +
            '<div class="m-banner">%s <a href="https://%s/app?from=banner">立即打开</a></div>\n' % (p.get("banner", "下载客户端，阅读体验更佳"), p["domain"]) +
            '<main class="news-detail"><div class="news-detail__channel">%s</div>\n' % " · ".join(link(c, "/channel") for c in p.get("crumbs", [])) +
            '<h1 class="news-detail__title">%s</h1>\n' % p["h1"] +
            ('<p class="news-detail__digest">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="news-detail__author"><img class="avatar" src="https://img.%s/avatar/%s.png" alt=""><div class="news-detail__author-info">'
            '<span class="news-detail__name">%s</span><span class="news-detail__time">%s</span><span class="news-detail__from">%s</span></div>'
            '<button class="news-detail__follow-btn">+ 关注</button></div>\n' % (p["domain"], hexid(p["url"], 6), p.get("byline_html", ""), p["date"], p.get("source", "")) +
            body + "\n" +
            ('<div class="news-detail__editor">%s</div>\n' % p["editor"] if p.get("editor") else "") +
            '<div class="news-detail__statement">%s</div>\n' % p.get("statement", "") +
            '<div class="news-detail__act"><button class="act-like">赞 %s</button><button>收藏</button><button>分享</button><a href="#report">举报</a></div>\n' % p.get("likes", "86") +
            '<section class="rec-feed"><h2>推荐阅读</h2><ul>%s</ul></section>\n'
            % stories(p, p.get("recommend", []), "detail", "rec-feed__item", ['<span class="rec-feed__meta">%s</span>' % m for m in p.get("recommend_meta", [])]) +
            comments(p, W_CN, "m-cmt") +
            '<aside class="m-side"><div class="m-side__qr"><img src="https://static.%s/qr/app.png" alt=""><p>扫码下载%s客户端</p></div>'
            '<div class="m-side__hot"><h3>热榜</h3>%s</div></aside>\n' % (p["domain"], p["site"], ranking(p, p.get("rank", []), "hot", p.get("rank_counts"))) +
            '</main>\n<footer class="m-footer"><p>%s</p><p>%s</p><p>沪ICP备%s号</p></footer>\n</body>\n</html>\n'
            % (links(["关于我们", "联系我们", "用户协议", "隐私政策", "侵权投诉", "网络谣言曝光台"], "/about", " · "), p["footer"], hexid(p["domain"], 6)))
    return short_marks(html, p["lang"]), ["div.news-detail__content*"]


# ------------------------------------------------------------------------------------ Taiwan daily
TW_MAIN = ["即時", "政治", "社會", "生活", "健康", "國際", "地方", "財經", "娛樂", "藝文", "體育", "3C", "評論", "食譜", "旅遊", "地產", "汽車", "電子報"]
TW_SUB = {"評論": ["社論", "專欄", "投書", "言論廣場", "漫畫"]}


def tw_daily(p):
    """A Taiwan daily's site (Liberty / UDN style): 會員登入, 訂閱電子報, 下載App and the date in ROC
    and Gregorian years; a channel bar with a 評論 sub-bar (社論 專欄 投書); an 即時 ticker; the
    breadcrumb, h1, time and a share bar; the text in div.news-body__text (split by ads), with
    in-text app prompts, photo captions and 延伸閱讀 boxes; 相關新聞, 今日熱門, a 評論 box, footer."""
    t = dict(open='<div class="news-body__text">', close="</div>", para="<p>%s</p>", h="<h3>%s</h3>", text='<p class="txt-right">%s</p>',
             ad_sel="div.ad-inread*", ad='<div class="ad-inread" id="ad-%s"><span>廣告</span></div>',
             rel_sel="div.extend-read*", rel='<div class="extend-read"><h4>%s</h4><ul>%s</ul></div>',
             cap_sel="span.ph-caption*", photo='<div class="photo"><img src="%s" alt=""><span class="ph-caption">%s</span></div>',
             sign_sel="p.editor-line*", sign='<p class="editor-line">%s</p>',
             note_sel="p.author-bio*", note='<p class="author-bio">%s</p>',
             app_sel="p.app-cta*", app='<p class="app-cta"><a href="%s">%s</a></p>',
             nl_sel="div.epaper-cta*", nl='<div class="epaper-cta">%s</div>')
    body = render_body(p, t, split_between=lambda p, u: '<div class="ad-between" id="adb-%s"><span>廣告</span></div>' % u)
    html = (html_open(p, "%s - %s", "news-page") +
            '<div class="topbar"><a href="/">%s</a> <span class="topbar__date">%s</span> <a href="/member/login">會員登入</a> <a href="/epaper/subscribe">訂閱電子報</a> '
            '<a href="/app">下載App</a> <a href="/search">搜尋</a></div>\n' % (p["site"], p.get("today", "")) +
            '<nav class="mainnav"><ul>%s</ul></nav>\n' % lis(p.get("nav", TW_MAIN), "/list") +
            '<nav class="subnav"><span>評論</span><ul>%s</ul></nav>\n' % lis(TW_SUB["評論"], "/opinion") +
            '<div class="breaking"><span>即時</span><ul>%s</ul></div>\n' % stories(p, p.get("ticker", []), "breakingnews") +
            '<div class="whitecon"><div class="breadcrumbs">%s</div>\n' % " › ".join(link(c, "/list") for c in ["首頁"] + p.get("crumbs", [])) +
            '<h1>%s</h1>\n' % p["h1"] +
            '<div class="news-info"><span class="time">%s</span>%s%s</div>\n'
            % (p["date"], ' <span class="reporter">%s</span>' % p["byline_html"] if p.get("byline_html") else "", share(["分享", "LINE", "Facebook", "複製"], "news-share")) +
            body + "\n" +
            ('<p class="news-copyright">%s</p>\n' % p["statement"] if p.get("statement") else "") +
            '<div class="news-tags">%s</div>\n' % links(p.get("tags", []), "/tag") +
            '<section class="related-news"><h2>相關新聞</h2><ul>%s</ul></section>\n' % stories(p, p.get("related", [])) +
            comments(p, W_TW, "fb-cmt") +
            '</div>\n<aside class="sidebar"><section class="hot"><h2>今日熱門</h2>%s</section>\n' % ranking(p, p.get("rank", []), "hot") +
            '<section class="op-picks"><h2>評論</h2><ul>%s</ul></section>\n' % stories(p, p.get("op_box", []), "opinion") +
            '<section class="app-box"><p>%s</p></section></aside>\n' % p.get("app_box", "下載App 重大新聞即時推播") +
            '<footer class="footer"><ul>%s</ul><p>%s</p></footer>\n</body>\n</html>\n'
            % (lis(["關於我們", "廣告刊登", "訂報服務", "隱私權聲明", "著作權聲明", "新聞自律規範"], "/service"), p["footer"]))
    return short_marks(html, p["lang"]), ["div.news-body__text*"]


# ------------------------------------------------------------------------------------ Hong Kong
HK_NAV = [("港聞", ["社會", "政情", "突發", "社區", "法庭"]), ("財經", ["股市", "地產", "理財"]), ("國際", ["中國", "兩岸", "環球"]),
          ("娛樂", ["明星", "電影"]), ("體育", ["足球", "賽馬"]), ("生活", ["飲食", "旅遊", "健康", "親子"]), ("觀點", ["社評", "筆陣", "專欄", "來論"])]


def hk_media(p):
    """A Hong Kong news site (Ming Pao / HK01 style): a cookie notice, 登入 註冊 訂閱, a channel menu
    with sub-menus (觀點 › 社評 筆陣 專欄), a ticker, category line, h1, 發佈時間 / 最後更新 and the
    writer, WhatsApp / Facebook / Telegram share; the text in div.story-para (split by ads) with
    延伸閱讀 boxes and captions; tags, 相關新聞, comments, 熱門 and 觀點 rails, footer."""
    t = dict(open='<div class="story-para">', close="</div>", para="<p>%s</p>", h='<h3 class="story-sub">%s</h3>', text="<p>%s</p>",
             ad_sel="div.story-ad*", ad='<div class="story-ad" data-slot="%s">廣告</div>',
             rel_sel="div.story-extend*", rel='<div class="story-extend"><p class="story-extend__label">%s</p><ul>%s</ul></div>',
             cap_sel="figcaption*", photo='<figure class="story-fig"><img src="%s" alt=""><figcaption>%s</figcaption></figure>',
             sign_sel="p.story-sign*", sign='<p class="story-sign">%s</p>',
             note_sel="p.story-author-note*", note='<p class="story-author-note">%s</p>',
             app_sel="div.story-app*", app='<div class="story-app"><a href="%s">%s</a></div>',
             nl_sel="div.story-nl*", nl='<div class="story-nl">%s</div>')
    body = render_body(p, t, split_between=lambda p, u: '<div class="mid-ad" id="mid-%s">廣告</div>' % u)
    nav = "".join('<li class="menu__item">%s<ul class="menu__sub">%s</ul></li>' % (link(h), lis(s, "/" + h)) for h, s in p.get("nav", HK_NAV))
    html = (html_open(p, "%s｜%s", "story-page") +
            '<div class="cookie-bar">本網站使用Cookies以提升瀏覽體驗。繼續使用即表示你同意我們的<a href="/privacy">私隱政策</a>。<button>接受</button></div>\n' +
            '<header class="site-header"><a class="site-header__logo" href="/">%s</a><span class="site-header__date">%s</span>'
            '<a href="/login">登入</a> <a href="/register">註冊</a> <a href="/subscribe">訂閱</a> <a href="/app">App下載</a></header>\n' % (p["site"], p.get("today", "")) +
            '<nav class="menu"><ul>%s</ul></nav>\n' % nav +
            '<div class="ticker"><b>即時</b><ul>%s</ul></div>\n' % stories(p, p.get("ticker", []), "instant") +
            '<div class="fx">%s</div>\n' % p.get("widget", "恒生指數 19,842.31 ▲126.08 | 國企指數 7,012.44 ▲0.9%") +
            '<main class="layout"><article class="story"><div class="story-cat">%s</div>\n' % " ｜ ".join(link(c) for c in p.get("crumbs", [])) +
            '<h1 class="story-title">%s</h1>\n' % p["h1"] +
            '<div class="story-meta"><span>發佈時間：%s</span>%s%s</div>\n'
            % (p["date"], '<span>最後更新：%s</span>' % p["updated"] if p.get("updated") else "", '<span class="story-author">%s</span>' % p["byline_html"] if p.get("byline_html") else "") +
            share(["WhatsApp", "Facebook", "Telegram", "複製連結"], "story-share") + "\n" +
            body + "\n" +
            ('<p class="story-disclaimer">%s</p>\n' % p["statement"] if p.get("statement") else "") +
            '<div class="story-tags">%s</div>\n' % links(p.get("tags", []), "/tag") +
            '<section class="story-more"><h2>相關新聞</h2><ul>%s</ul></section>\n' % stories(p, p.get("related", [])) +
            comments(p, W_TW, "talk") +
            '</article>\n<aside class="rail"><section><h2>熱門</h2>%s</section><section><h2>觀點</h2><ul>%s</ul></section></aside></main>\n'
            % (ranking(p, p.get("rank", []), "pop"), stories(p, p.get("op_box", []), "opinion")) +
            '<footer class="site-footer"><ul>%s</ul><p>%s</p></footer>\n</body>\n</html>\n'
            % (lis(["關於我們", "聯絡我們", "廣告查詢", "私隱政策", "使用條款", "招聘"], "/corp"), p["footer"]))
    return short_marks(html, p["lang"]), ["div.story-para*"]


# ------------------------------------------------------------------------------------ Singapore / Malaysia Chinese
SG_NAV = [("即时", []), ("新加坡", ["政治", "社会", "交通", "教育"]), ("东南亚", ["马来西亚", "印尼", "泰国"]), ("中国", []), ("国际", []),
          ("财经", ["股市", "房产", "理财"]), ("体育", []), ("娱乐", []), ("生活", ["美食", "旅游", "健康"]), ("言论", ["社论", "评论", "观点", "交流站", "漫画"])]


def sg_daily(p):
    """A Singapore or Malaysia Chinese daily (Zaobao / Sin Chew style): a cookie notice, the date,
    订阅 登录 电子报 下载App; a menu with 言论 › 社论 评论 观点 交流站; an exchange-rate strip; section
    label, h1, writer and 发布 / 更新 times; the text in div.article-content__text (split by ads) with
    延伸阅读 boxes, a newsletter prompt and captions; topics, 相关新闻, comments, 热门 and 言论 rails."""
    t = dict(open='<div class="article-content__text">', close="</div>", para="<p>%s</p>", h="<h2>%s</h2>", text="<p>%s</p>",
             ad_sel="div.dfp-slot*", ad='<div class="dfp-slot" id="dfp-%s"><small>广告</small></div>',
             rel_sel="div.read-also*", rel='<div class="read-also"><h4>%s</h4><ul>%s</ul></div>',
             cap_sel="figcaption*", photo='<figure class="inline-img"><img src="%s" alt=""><figcaption>%s</figcaption></figure>',
             sign_sel="p.byline-end*", sign='<p class="byline-end">%s</p>',
             note_sel="p.contributor*", note='<p class="contributor">%s</p>',
             app_sel="div.app-plug*", app='<div class="app-plug"><a href="%s">%s</a></div>',
             nl_sel="div.nl-signup*", nl='<div class="nl-signup"><p>%s</p><input type="email" placeholder="电邮地址"><button>订阅</button></div>')
    body = render_body(p, t, split_between=lambda p, u: '<div class="dfp-mid" id="mid-%s"><small>广告</small></div>' % u)
    nav = "".join('<li>%s%s</li>' % (link(h), '<ul class="sub">%s</ul>' % lis(s, "/" + sl(h)) if s else "") for h, s in p.get("nav", SG_NAV))
    html = (html_open(p, "%s | %s", "article-template") +
            '<div class="cookie-notice">我们使用cookies以提升您的浏览体验。继续浏览即表示您同意我们的<a href="/privacy">隐私政策</a>。<button>我同意</button></div>\n' +
            '<header class="masthead"><div class="masthead__top"><span>%s</span> <a href="/subscribe">订阅</a> <a href="/login">登录</a> <a href="/epaper">电子报</a> '
            '<a href="/app">下载App</a></div><a class="masthead__logo" href="/">%s</a></header>\n' % (p.get("today", ""), p["site"]) +
            '<nav class="primary-nav"><ul>%s</ul></nav>\n' % nav +
            '<div class="market-strip">%s</div>\n' % p.get("widget", "海峡时报指数 3,812.40 ▲0.35% | 新元兑美元 0.7441 | 新元兑人民币 5.392") +
            '<main class="main"><article class="article"><p class="article-section">%s</p>\n' % " / ".join(link(c) for c in p.get("crumbs", [])) +
            '<h1 class="article-title">%s</h1>\n' % p["h1"] +
            ('<p class="article-standfirst">%s</p>\n' % p["deck"] if p.get("deck") else "") +
            '<div class="article-byline">%s<span class="article-date">%s</span></div>\n'
            % ('<span class="article-author">%s</span> ' % p["byline_html"] if p.get("byline_html") else "", p["date"]) +
            share(["WhatsApp", "Facebook", "Telegram", "电邮"], "article-share") + "\n" +
            body + "\n" +
            ('<p class="article-note">%s</p>\n' % p["statement"] if p.get("statement") else "") +
            '<div class="article-topics"><span>相关主题：</span>%s</div>\n' % links(p.get("tags", []), "/keywords") +
            '<section class="more-news"><h2>相关新闻</h2><ul>%s</ul></section>\n' % stories(p, p.get("related", [])) +
            comments(p, W_SG, "disqus") +
            '</article>\n<aside class="side"><section><h2>热门</h2>%s</section><section><h2>言论</h2><ul>%s</ul></section>'
            '<section class="nl-box"><p>%s</p></section></aside></main>\n'
            % (ranking(p, p.get("rank", []), "trending"), stories(p, p.get("op_box", []), "forum"), p.get("nl_box", "免费订阅早晚电子报，新闻直送邮箱")) +
            '<footer class="footer"><ul>%s</ul><p>%s</p></footer>\n</body>\n</html>\n'
            % (lis(["关于我们", "联系我们", "广告", "订阅", "隐私政策", "使用条款"], "/info"), p["footer"]))
    return short_marks(html, p["lang"]), ["div.article-content__text*"]

