"""Japanese page skeletons: a national daily with paid articles (jp_daily), a news aggregator that
carries other papers' and agencies' stories (jp_agg) and a regional paper (jp_local)."""
from kit import hexid
from ea_common import comments, html_open, link, links, lis, ranking, render_body, share, short_marks, stories, story

W_JA = dict(like="共感した", reply="返信", report="違反報告", comments="コメント", cmt_ph="コメントを入力（ログインが必要です）", cmt_btn="投稿する", cmt_more="コメントをもっと見る")

JP_GNAV = ["速報", "ニュース", "政治", "経済", "国際", "社会", "スポーツ", "文化・芸能", "科学", "ライフ", "地域", "オピニオン", "社説", "コラム", "連載", "特集", "動画", "写真", "天気"]
JP_AREA = ["北海道", "東北", "関東", "東京", "中部", "北陸", "関西", "大阪", "中国", "四国", "九州", "沖縄"]


def _t(prefix, **kw):
    t = dict(open='<div class="%s">' % prefix, close="</div>", para="<p>%s</p>", h="<h2>%s</h2>", text='<p class="sign-name">%s</p>',
             ad_sel="div.ad-rectangle*", ad='<div class="ad-rectangle" id="ad-%s"><span>広告</span></div>',
             rel_sel="div.rel-links*", rel='<div class="rel-links"><p class="rel-links__ttl">%s</p><ul>%s</ul></div>',
             cap_sel="figcaption*", photo='<figure class="photo"><img src="%s" alt=""><figcaption>%s</figcaption></figure>',
             sign_sel="p.credit*", sign='<p class="credit">%s</p>',
             note_sel="p.profile*", note='<p class="profile">%s</p>',
             app_sel="div.app-lead*", app='<div class="app-lead"><a href="%s">%s</a></div>',
             nl_sel="div.mail-lead*", nl='<div class="mail-lead">%s</div>')
    t.update(kw)
    return t


# ------------------------------------------------------------------------------------ national daily
def jp_daily(p):
    """A national daily's site (Asahi / Mainichi style): ログイン, 無料会員登録, 有料会員登録（初月無料）,
    a global menu with オピニオン 社説 コラム, a 速報 bar, breadcrumb, label, h1, 2026年12月7日 14時05分
    and the writer, a 有料記事 badge, share buttons; the text in div.article-text (split by ads), then
    a paywall box (残り…文字); a この記事を書いた人 box, 関連ニュース, an オピニオン box, ranking."""
    t = _t("article-text")
    body = render_body(p, t, split_between=lambda p, u: '<div class="ad-inarticle" id="adi-%s"><span>広告</span></div>' % u)
    pay = ""
    if p.get("paywall"):
        pay = ('<div class="paywall"><p class="paywall__lead">%s</p><p>続きは有料会員になるとお読みいただけます。</p>'
               '<a class="paywall__btn" href="/subscribe?ref=article">有料会員になる</a> <a href="/login?ref=article">ログインする</a></div>\n' % p["paywall"])
    html = (html_open(p, "%s：%s", "l-article") +
            '<header class="l-header"><a class="l-header__logo" href="/">%s</a><ul class="l-header__user"><li><a href="/login">ログイン</a></li>'
            '<li><a href="/signup/free">無料会員登録</a></li><li class="is-paid"><a href="/signup/paid">有料会員登録（初月無料）</a></li></ul>'
            '<form class="l-header__search" action="/search"><input placeholder="キーワードで検索"></form></header>\n' % p["site"] +
            '<nav class="gnav"><ul>%s</ul></nav>\n' % lis(p.get("nav", JP_GNAV), "/list") +
            '<div class="flash-news"><span>速報</span><ul>%s</ul></div>\n' % stories(p, p.get("ticker", []), "flash") +
            '<main class="l-main"><div class="l-main__col"><ol class="breadcrumb">%s</ol>\n' % "".join("<li>%s</li>" % link(c, "/list") for c in ["トップ"] + p.get("crumbs", [])) +
            '<div class="article-header">%s<h1 class="article-header__title">%s</h1>\n'
            % ('<p class="article-header__label">%s</p>' % p["label"] if p.get("label") else "", p["h1"]) +
            '<div class="article-header__meta"><time%s>%s</time>%s%s</div>\n'
            % (' datetime="%s"' % p["pub"] if p.get("meta") != "bare" else "", p["date"], ' <span class="article-header__author">%s</span>' % p["byline_html"] if p.get("byline_html") else "",
               ' <span class="article-header__badge">有料記事</span>' if p.get("paywall") else "") +
            share(["X", "Facebook", "LINE", "はてブ", "リンクをコピー", "印刷"], "article-share") + "</div>\n" +
            body + "\n" + pay +
            ('<div class="author-box"><p class="author-box__ttl">この記事を書いた人</p><p class="author-box__name">%s</p><a href="/author/">記事一覧</a> <button>フォローする</button></div>\n'
             % p["author_box"] if p.get("author_box") else "") +
            ('<p class="article-note">%s</p>\n' % p["statement"] if p.get("statement") else "") +
            '<section class="related-news"><h2>関連ニュース</h2><ul>%s</ul></section>\n' % stories(p, p.get("related", [])) +
            '<section class="opinion-box"><h2>オピニオン・社説</h2><ul>%s</ul></section>\n' % stories(p, p.get("op_box", []), "opinion") +
            comments(p, W_JA, "cmt") +
            '</div><aside class="l-main__side"><section class="ranking"><h2>アクセスランキング</h2>%s</section>\n' % ranking(p, p.get("rank", []), "ranking") +
            '<section class="app-banner"><p>%s</p></section></aside></main>\n' % p.get("app_box", "ニュースアプリなら記事を保存してオフラインでも読めます") +
            '<footer class="l-footer"><ul>%s</ul><p><small>%s</small></p></footer>\n</body>\n</html>\n'
            % (lis(["会社案内", "お問い合わせ", "会員規約", "個人情報", "著作権・リンク", "広告掲載", "サイトマップ"], "/corporate"), p["footer"]))
    return short_marks(html, p["lang"]), ["div.article-text*"]


# ------------------------------------------------------------------------------------ aggregator
AGG_NAV = ["主要", "国内", "国際", "経済", "エンタメ", "スポーツ", "IT", "科学", "ライフ", "地域", "オリジナル", "オピニオン"]


def jp_agg(p):
    """A Japanese news aggregator (Yahoo! News style): a Cookie consent bar, ログイン and アプリ links,
    a topics bar, h1, the provider's name and 12/7(月) 14:05配信; the text in div.article-main (several
    parts; a 【関連記事】 list inside at the end), 最終更新, the provider's box and its other stories,
    コメント with counts, アクセスランキング, a 主要ニュース list."""
    t = _t("article-main", rel_sel="ul.kanren*", rel='<ul class="kanren"><li class="kanren__ttl">%s</li>%s</ul>',
           ad_sel="div.yads*", ad='<div class="yads" id="yads-%s"><span>広告</span></div>')
    body = render_body(p, t, split_between=lambda p, u: '<div class="yads-mid" id="ym-%s"><span>広告</span></div>' % u)
    html = (html_open(p, "%s（%s）", "agg-article") +
            '<div class="consent-bar">当サイトではサービス向上のためCookieを利用しています。詳しくは<a href="/privacy">プライバシーポリシー</a>をご覧ください。<button>同意する</button></div>\n' +
            '<header class="agg-header"><a class="agg-header__logo" href="/">%s</a><form action="/search"><input placeholder="ニュースを検索"></form>'
            '<a href="/login">ログイン</a> <a href="/app">アプリで開く</a></header>\n' % p["site"] +
            '<nav class="agg-topics"><ul>%s</ul></nav>\n' % lis(p.get("nav", AGG_NAV), "/topics") +
            '<main class="agg-main"><article class="agg-article"><header class="agg-article__head">%s<h1>%s</h1>\n'
            % ('<p class="agg-article__label">%s</p>' % p["label"] if p.get("label") else "", p["h1"]) +
            '<p class="agg-article__src"><a href="/media/%s/">%s</a> <time>%s</time>%s</p></header>\n'
            % (hexid(p["provider"], 6), p["provider"], p["date"], ' <span class="agg-article__author">%s</span>' % p["byline_html"] if p.get("byline_html") else "") +
            body + "\n" +
            ('<p class="agg-article__updated">最終更新:%s</p>\n' % p["updated"] if p.get("updated") else "") +
            ('<p class="agg-article__note">%s</p>\n' % p["statement"] if p.get("statement") else "") +
            share(["X", "Facebook", "LINE", "はてブ", "URLをコピー"], "agg-share", "記事をシェア") + "\n" +
            '<a class="agg-report" href="/report">記事に関する報告</a>\n' +
            '<section class="agg-provider"><h2>%sの記事一覧</h2><ul>%s</ul><button>フォロー</button></section>\n' % (p["provider"], stories(p, p.get("provider_list", []))) +
            comments(p, W_JA, "agg-cmt") +
            '</article>\n<aside class="agg-side"><section><h2>アクセスランキング</h2>%s</section><section><h2>主要ニュース</h2><ul>%s</ul></section></aside></main>\n'
            % (ranking(p, p.get("rank", []), "agg-rank", p.get("rank_counts")), stories(p, p.get("topics", []), "pickup")) +
            '<footer class="agg-footer"><ul>%s</ul><p><small>%s</small></p></footer>\n</body>\n</html>\n'
            % (lis(["ヘルプ", "ご意見・ご要望", "利用規約", "プライバシーポリシー", "ニュース提供社"], "/help"), p["footer"]))
    return short_marks(html, p["lang"]), ["div.article-main*"]


# ------------------------------------------------------------------------------------ regional paper
LOCAL_NAV = ["ニュース", "県内", "政治", "経済", "社会", "スポーツ", "くらし", "地域", "論説・コラム", "おくやみ", "イベント", "天気", "電子版"]


def jp_local(p):
    """A regional paper's site: 電子版 login and 購読申し込み, a menu with 論説・コラム and おくやみ,
    a row of the prefecture's towns, the weather, h1, the date line, 文字サイズ and 印刷; the text in
    div.main-text (split by ads) with captions and 関連記事 boxes; a 購読 prompt, tags, 関連記事,
    a 県内ニュース ranking, an 論説・コラム box."""
    t = _t("main-text", rel_sel="aside.in-rel*", rel='<aside class="in-rel"><h3>%s</h3><ul>%s</ul></aside>')
    body = render_body(p, t, split_between=lambda p, u: '<div class="ad-mid" id="am-%s"><span>PR</span></div>' % u)
    html = (html_open(p, "%s | %s", "local-article") +
            '<header class="hd"><a class="hd__logo" href="/">%s</a><span class="hd__date">%s</span><a href="/login">電子版ログイン</a> '
            '<a href="/koudoku">購読申し込み</a> <a href="/app">アプリ</a></header>\n' % (p["site"], p.get("today", "")) +
            '<nav class="menu"><ul>%s</ul></nav>\n' % lis(p.get("nav", LOCAL_NAV), "/news") +
            '<nav class="towns"><ul>%s</ul></nav>\n' % lis(p.get("towns", []), "/area") +
            '<div class="weather">%s</div>\n' % p.get("weather", "") +
            '<main class="content"><div class="content__main"><p class="pankuzu">%s</p>\n' % " ＞ ".join(link(c, "/news") for c in ["ホーム"] + p.get("crumbs", [])) +
            ('<p class="article-cat">%s</p>\n' % p["label"] if p.get("label") else "") +
            '<h1 class="article-ttl">%s</h1>\n' % p["h1"] +
            '<p class="article-date">%s%s</p>\n' % (p["date"], '　<span class="article-writer">%s</span>' % p["byline_html"] if p.get("byline_html") else "") +
            '<div class="tools">文字サイズ <button>小</button><button>中</button><button>大</button> <a href="#print">印刷</a></div>\n' +
            body + "\n" +
            ('<p class="article-note">%s</p>\n' % p["statement"] if p.get("statement") else "") +
            '<div class="koudoku-lead">%s <a href="/koudoku">購読のお申し込みはこちら</a></div>\n' % p.get("koudoku", "紙面と電子版のセットがお得です。") +
            '<div class="tags">%s</div>\n' % links(p.get("tags", []), "/tag") +
            '<section class="kanren-news"><h2>関連記事</h2><ul>%s</ul></section>\n' % stories(p, p.get("related", [])) +
            comments(p, W_JA, "voice") +
            '</div><aside class="content__side"><section><h2>県内ニュース　よく読まれている記事</h2>%s</section>' % ranking(p, p.get("rank", []), "yomare") +
            '<section><h2>論説・コラム</h2><ul>%s</ul></section></aside></main>\n' % stories(p, p.get("op_box", []), "ronsetsu") +
            '<footer class="ft"><ul>%s</ul><p><small>%s</small></p></footer>\n</body>\n</html>\n'
            % (lis(["会社概要", "購読案内", "広告のご案内", "個人情報保護方針", "記事・写真の利用"], "/company"), p["footer"]))
    return short_marks(html, p["lang"]), ["div.main-text*"]
