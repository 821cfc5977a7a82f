"""HubSpot, Brightspot, Chorus/duet, Hugo, Jekyll."""
from skins_c import hs_cta

PAGES = []

# ---------------------------------------------------------------- HubSpot CMS: B2B guide with CTA embeds inside the rich-text body
_HS = dict(portal="4418892", domain="tallyhall.example")
PAGES.append(dict(
    case="en-other-hubspot-onboarding", lang="en", skin="hubspot", domain="tallyhall.example", content_id="182736455012", blog_id="51022310944",
    site="Tallyhall", url="https://www.tallyhall.example/blog/30-60-90-onboarding-plan-customer-success",
    title_tag="The 30-60-90 Onboarding Plan for Customer Success Hires (+ Template)",
    h1="The 30-60-90 Onboarding Plan for Customer Success Hires (+ Template)",
    authors=["Priya Raman"], byline_text="Priya Raman", byline="Priya Raman", ld_authors=["Priya Raman"],
    pub="2026-03-02T14:00:00.000Z", hs_time="2026-03-02 14:00:00", date="Mar 2, 2026 2:00:00 PM",
    nav=["Product", "Solutions", "Pricing", "Resources", "Blog"], header_btn=("Get a demo", "/demo"),
    tags=["Customer Success", "Onboarding", "⟪Team Management⟫"],
    related=[("⟪How to write a QBR deck customers actually read⟫", "A five-slide structure that keeps renewals on track."), ("Churn signals hiding in your support queue", "Six patterns to watch in ticket data.")],
    footer_cols=[("Product", ["Health scores", "Playbooks", "Integrations"]), ("Company", ["About", "Careers", "Contact"])],
    footer="© 2026 Tallyhall Inc. All rights reserved.", cookie="⟪This website stores cookies on your computer. These cookies are used to improve your website experience.⟫",
    w=dict(skip="Skip to content", related="Related posts", subscribe_h="⟪Subscribe to the Tallyhall blog⟫", email="Email", subscribe="Subscribe", accept="Accept", decline="Decline"),
    body="""<p>⟦Most customer success managers are hired for their judgment and then spend their first month reading wikis.⟧ A structured 30-60-90 day plan fixes that: it tells a new hire what to learn, whom to meet and which accounts to own, and it gives their manager a fair way to check progress.</p>
<p>Below is the plan we use internally and with the CS teams we work with, along with a template you can copy.</p>
<!--more-->
<h2>Days 1–30: Learn the product and the customers</h2>
<p>The first month is about context, not quotas. ⟦By day 30, a new CSM should be able to demo the core product without help⟧ and explain, in their own words, why your top ten customers bought it.</p>
<ul><li>Shadow at least eight customer calls across different segments.</li><li>Read the last two QBR decks for every account they will inherit.</li><li>Meet the support lead, a product manager and an account executive one-on-one.</li></ul>
<p>""" + hs_cta(_HS, "6f2c0e1a-8d4b-4f7a-9c3e-2b1d5a7e9f10", "Download the free 30-60-90 onboarding template") + """</p>
<h2>Days 31–60: Take over a small book of business</h2>
<p>In the second month, hand over a small set of healthy accounts, usually ten to fifteen. The goal is to practise the rhythm of the job with a safety net: regular check-ins, a first renewal conversation, and at least one escalation handled with a senior colleague.</p>
<div class="hs-web-interactive-inline" style="" data-hubspot-wrapper-cta-id="173402118"><a href="https://cta-service-cms2.hubspot.example/web-interactives/public/v1/track/redirect?encryptedPayload=AVxigLL" class="hs-inline-web-interactive-173402118" data-hubspot-cta-id="173402118">⟪See how Tallyhall playbooks automate onboarding tasks⟫</a></div>
<p>⟦Managers should review every account note during this period, not to grade it, but to spot gaps early.⟧</p>
<h2>Days 61–90: Own the full portfolio</h2>
<p>By the third month, the new CSM takes on their full book, including at-risk accounts. Agree on two or three measurable goals, such as time to first response or the share of accounts with a documented success plan, and review them together at day 90.</p>
<div class="hs-callout"><p><strong>⟪Free template:⟫</strong> Get the editable 30-60-90 plan in Google Sheets and Notion formats.</p></div>
<p>A plan will not make a great CSM out of the wrong hire. ⟦But it will make sure the right hire does not spend three months guessing what good looks like.⟧</p>""",
    exclude=["span.hs-cta-wrapper", "div.hs-web-interactive-inline", "div.hs-callout"],
    kind="other", why="vendor marketing guide with template download CTAs",
))

# ---------------------------------------------------------------- Brightspot: public radio news, reporter plus AP, meta date in local time without zone, JSON-LD in UTC after midnight
PAGES.append(dict(
    case="en-news-brightspot-flood", lang="en", skin="brightspot", domain="klakradio.example", station="KLAK",
    site="KLAK Public Radio", url="https://www.klakradio.example/news/2026-03-11/flooding-closes-highway-12-as-river-crests",
    title_tag="Flooding closes Highway 12 as Musselshell River crests | KLAK Public Radio",
    h1="Flooding closes Highway 12 as Musselshell River crests above record",
    og_title="Flooding closes Highway 12 as river crests above record",
    deck="Ice jams pushed water into low-lying homes in two towns; no injuries were reported.",
    authors=["Marisol Vance"], byline_text="By Marisol Vance, Associated Press", byline_plain="Marisol Vance, Associated Press",
    ld_authors=["Marisol Vance", "Associated Press"], bylines=[("Marisol Vance", False), ("Associated Press", True)],
    pub="2026-03-11T21:04:12-06:00", meta_date="2026-03-11T21:04:12", meta_mod="2026-03-11T22:30:05", ld_date="2026-03-12T03:04:12Z", ld_mod="2026-03-12T04:30:05Z",
    date="Published March 11, 2026 at 9:04 PM MDT", updated="Updated March 11, 2026 at 10:30 PM MDT", section="Regional News",
    tags=["Flooding", "Musselshell River", "Highway 12"], now_playing="All Things Considered",
    nav=["News", "Music", "Programs", "Events", "Support", "About"], alert=("⟪Weather Alert:⟫", "Flood warnings remain in effect for Golden Valley County"),
    figure=("Water covers a section of Highway 12 east of Roundup on Wednesday.", "⟪Courtesy Montana Department of Transportation⟫"),
    bio=("Regional reporter", "Marisol Vance covers central Montana for KLAK from Lewistown."),
    donation=("⟪Local news is a public service⟫", "KLAK depends on listener support. Your gift keeps reporters on the road.", "Donate"),
    popular=[("School board approves new start times for fall", "Education", "March 10, 2026"), ("Wolf hunting quota raised in two districts", "Environment", "March 9, 2026")],
    footer="KLAK is a member station of Public Radio Network. ⟪© 2026 KLAK Public Radio⟫",
    w=dict(open_menu="Open Navigation", menu="Menu", main_nav="Main navigation", listen="Listen Live", listen_live="Listen • Live", donate="Donate", by="By", tags="Tags", popular="Most Popular"),
    body="""<p>⟦ROUNDUP, Mont. — Montana transportation officials closed a 14-mile stretch of U.S. Highway 12 on Wednesday⟧ after ice jams on the Musselshell River sent water over the road and into low-lying homes in Roundup and Musselshell.</p>
<p>The river reached 15.8 feet at the Roundup gauge Wednesday afternoon, according to the National Weather Service, about half a foot above the record set in 2011. Forecasters expected it to stay above flood stage through Thursday.</p>
<div class="Enhancement" data-align-center><div class="Enhancement-item"><div class="RelatedList"><div class="RelatedList-title">⟪Related Content⟫</div><ul class="RelatedList-items"><li class="RelatedList-items-item"><a class="Link" href="/news/2026-02-27/ice-jam-warning">Ice jam warning issued for central Montana rivers</a></li></ul></div></div></div>
<p>Musselshell County Sheriff Dale Hoyt said deputies went door to door Tuesday night asking about 40 households near the river to leave. ⟦“Most people listened, and that’s why nobody got hurt,” Hoyt said.⟧ A shelter opened at the Roundup High School gym.</p>
<bsp-ad class="GoogleDfpAd-wrapper"><div class="GoogleDfpAd" data-slot-name="mid-article"></div></bsp-ad>
<p>Water reached the floors of at least a dozen homes along Railroad Avenue in Musselshell, a town of about 100 people, said county disaster coordinator Lynn Baker. The Red Cross was assessing damage, and Baker said the county would ask the state for emergency assistance once the water receded.</p>
<p>Ranchers along the river spent the day moving cattle and hay to higher ground. “We had about three hours’ notice,” said Tom Ekstrom, whose family runs cattle west of Roundup.</p>
<p>Crews were using heavy equipment to break up ice downstream of the town, but county officials said that warmer weather forecast for the weekend could bring more ice down from the mountains. ⟦Drivers heading east are being detoured along Highway 87 through Grass Range,⟧ adding about an hour to the trip to Billings.</p>
<p>⟦The Associated Press contributed to this report.⟧</p>""",
    exclude=["div.Enhancement", "bsp-ad"],
    kind="news", why="regional news report on flooding with AP contribution",
))

# ---------------------------------------------------------------- Chorus/duet (Vox style): argument piece, OpinionNewsArticle in JSON-LD, components as siblings
PAGES.append(dict(
    case="en-opinion-chorus-busdrivers", lang="en", skin="chorus", domain="thecommons.example",
    site="The Commons", url="https://www.thecommons.example/policy/412233/school-bus-driver-shortage-policy-choice",
    title_tag="America’s school bus shortage is a policy choice | The Commons",
    h1="America’s school bus shortage is a policy choice",
    deck="Districts keep treating the driver crisis as bad luck. It’s the predictable result of split shifts and poverty wages.",
    ld_type="OpinionNewsArticle", ld_authors=["Dana Whitcombe-Reyes"], ld_section="Policy", meta_section="Policy", meta_author="Dana Whitcombe-Reyes",
    authors=["Dana Whitcombe-Reyes"], byline_text="by Dana Whitcombe-Reyes", section="Policy", group="Argument",
    pub="2026-03-05T07:00:00-05:00", time_iso="2026-03-05T12:00:00.000Z", date="Mar 5, 2026, 7:00 AM EST",
    nav=["Politics", "Policy", "Culture", "Science", "Money", "Podcasts"], support_btn="Support us",
    lede_caption=("A school bus depot in suburban Ohio.", "Getty Images"),
    bio="⟪Dana Whitcombe-Reyes is a former transportation director for a Pennsylvania school district.⟫",
    contribution=("⟪You’ve read 1 article in the last month⟫", "Our explanatory journalism is free for everyone. Will you help keep it that way?", "Yes, I’ll give"),
    comments_link="⟪Join the conversation (214)⟫",
    popular=("Most Popular", ["⟪The hidden cost of free checking accounts⟫", "Why your power bill went up this winter", "What the new farm bill actually does"]),
    footer="© 2026 The Commons Media, Inc. All Rights Reserved",
    components=[("p", "⟦Every fall, the same story runs in local papers across the country: a district cancels routes, staggers bell times or begs parents to drive,⟧ because it cannot find enough people to drive its buses. The story is usually framed as a labor shortage, as if drivers had simply vanished."),
                ("p", "⟦They haven’t. What vanished is any reason to take the job.⟧ A typical school bus driver works a split shift, two or three hours in the morning and two or three in the afternoon, with an unpaid gap in between. Many districts pay only for hours on the road, offer no benefits below 30 hours a week and lay drivers off every summer."),
                ("related", ("Related", ["⟪Why substitute teachers keep quitting⟫", "The four-day school week, explained"])),
                ("h2", "A job designed to be left"),
                ("p", "When I ran transportation for a mid-sized district, I lost more drivers to the local warehouse than to retirement. ⟦The warehouse paid two dollars more, offered full-time hours and did not require a commercial license.⟧ Our drivers needed a license, a clean record, a background check and the patience to manage 60 children while driving a vehicle the length of a tennis court."),
                ("pullquote", "The warehouse paid two dollars more, offered full-time hours and did not require a commercial license."),
                ("newsletter", ("⟪Sign up for The Weekly Argument⟫", "Our best opinion pieces, every Friday.", "Subscribe")),
                ("p", "The districts that have solved the problem did it in unglamorous ways. They combined driving with other paid work in the gap between routes, such as custodial or cafeteria shifts, so drivers could reach full-time hours and benefits. They paid for the license training. They guaranteed summer work."),
                ("h2", "What states can do"),
                ("p", "Districts cannot do all of this alone, because transportation budgets are set by state formulas that have not kept up with wages. States should fund transportation at the real cost of a full-time driver with benefits, not at the cost of a part-time one."),
                ("p", "⟦Until they do, the shortage will return every September, and we should stop pretending to be surprised by it.⟧")],
    exclude=["aside.duet--article--related-list", "div.duet--cta--newsletter", "div.duet--article--article-pullquote"],
    kind="opinion", why="argument piece on school bus driver shortage policy",
))

# ---------------------------------------------------------------- Hugo (PaperMod): Japanese tutorial with highlighted code, TOC and footnotes
PAGES.append(dict(
    case="ja-other-hugo-sqlite", lang="ja", skin="hugo_papermod", domain="kazelog.example",
    site="風ログ", url="https://kazelog.example/posts/rust-sqlite-pitfalls/",
    title_tag="RustでSQLiteを使うときにハマった3つの落とし穴 | 風ログ",
    h1="RustでSQLiteを使うときにハマった3つの落とし穴",
    deck="rusqliteで小さな業務ツールを作ったときの記録。ロック、日付の型、マイグレーションの順番について。",
    authors=["森田 悠"], byline_text=None, ld_authors=["森田 悠"], show_author=False,
    pub="2026-02-27T21:00:00+09:00", mod="2026-03-01T10:00:00+09:00", date="2026年2月27日", title_time="2026-02-27 21:00:00 +0900 JST", reading="8 分",
    nav=["アーカイブ", "タグ", "検索", "About"], tags=["Rust", "SQLite", "データベース"],
    toc=[("1-database-is-locked", "1. database is locked"), ("2-日付をどの型で保存するか", "2. 日付をどの型で保存するか"), ("3-マイグレーションの順番", "3. マイグレーションの順番")],
    prev="⟪GitHub Actionsのキャッシュを見直した話⟫", next="⟪キーボードを自作して一年⟫",
    footer="⟪© 2026 風ログ⟫",
    article_body_md="社内の備品管理ツールをRustで作り直すことになり、データベースには手軽なSQLiteを選んだ。\\\\n## 1. database is locked\\\\n...",
    body="""<p>⟦社内の備品管理ツールをRustで作り直すことになり、データベースには手軽なSQLiteを選んだ。⟧ 利用者は十人ほどで、サーバーも一台だけ。PostgreSQLを立てるほどではないと考えたからだ。結果的にこの判断は正しかったが、最初の二週間でいくつか典型的な落とし穴にはまったので、自分用のメモも兼ねて残しておく。</p>
<h2 id="1-database-is-locked">1. database is locked<a hidden class="anchor" aria-hidden="true" href="#1-database-is-locked">#</a></h2>
<p>最初に遭遇したのは、複数のリクエストが同時に書き込もうとしたときのエラーだった。SQLiteは書き込みを一度に一つしか受け付けない。⟦解決策は、WALモードを有効にし、ビジータイムアウトを設定することだった。⟧</p>
<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-rust" data-lang="rust"><span class="line"><span class="cl"><span class="n">conn</span><span class="p">.</span><span class="n">pragma_update</span><span class="p">(</span><span class="nb">None</span><span class="p">,</span><span class="w"> </span><span class="s">&#34;journal_mode&#34;</span><span class="p">,</span><span class="w"> </span><span class="s">&#34;WAL&#34;</span><span class="p">)</span><span class="o">?</span><span class="p">;</span>
</span></span><span class="line"><span class="cl"><span class="n">conn</span><span class="p">.</span><span class="n">busy_timeout</span><span class="p">(</span><span class="n">Duration</span>::<span class="n">from_secs</span><span class="p">(</span><span class="mi">5</span><span class="p">))</span><span class="o">?</span><span class="p">;</span>
</span></span></code></pre></div>
<p>WALモードでは読み込みが書き込みをブロックしなくなるため、体感でもかなり軽くなった<sup id="fnref:1"><a href="#fn:1" class="footnote-ref" role="doc-noteref">1</a></sup>。</p>
<h2 id="2-日付をどの型で保存するか">2. 日付をどの型で保存するか<a hidden class="anchor" aria-hidden="true" href="#2-日付をどの型で保存するか">#</a></h2>
<p>SQLiteには日付型がない。文字列、整数、実数のどれで保存してもよいが、プロジェクトの途中で混在させると後で必ず困る。⟦私たちはすべての日時をUTCのUNIX秒で保存し、表示するときだけ日本時間に変換することにした。⟧</p>
<h2 id="3-マイグレーションの順番">3. マイグレーションの順番<a hidden class="anchor" aria-hidden="true" href="#3-マイグレーションの順番">#</a></h2>
<p>テーブルの列を削除したくなったとき、古いSQLiteではALTER TABLE DROP COLUMNが使えない環境があった。新しいテーブルを作ってデータをコピーし、名前を入れ替える手順になるが、外部キーを有効にしたままだと途中で失敗する。⟦マイグレーションの前後で外部キー制約を一時的に無効にするのを忘れないこと。⟧</p>
<p>どれも調べればすぐに出てくる話だが、実際にはまってみて初めて身についた。⟦小さなツールにはSQLiteで十分だというのが、今回の一番の結論だ。⟧</p>
<div class="footnotes" role="doc-endnotes"><hr><ol><li id="fn:1"><p>ただしWALファイルはネットワークドライブ上では使えない。&#160;<a href="#fnref:1" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a></p></li></ol></div>""",
    kind="other", why="technical tutorial about SQLite pitfalls in Rust",
))

# ---------------------------------------------------------------- Jekyll (Minima): German essay, opinion by voice only, kramdown footnotes, webmentions
PAGES.append(dict(
    case="de-opinion-jekyll-rathaus", lang="de", skin="jekyll_minima", domain="falk-hinrichs.example",
    site="Notizen aus dem Rathaus", site_desc="⟪Ein Blog über Verwaltung, Software und offene Standards.⟫", url="https://falk-hinrichs.example/2026/03/08/digitale-souveraenitaet-beginnt-im-rathaus.html",
    title_tag="Digitale Souveränität beginnt im Rathaus | Notizen aus dem Rathaus",
    h1="Digitale Souveränität beginnt im Rathaus",
    authors=["Falk Hinrichs"], byline_text="Falk Hinrichs", ld_authors=["Falk Hinrichs"],
    pub="2026-03-08T00:00:00+01:00", date="8. März 2026", nav=["Über mich", "Archiv"],
    email="post@falk-hinrichs.example", handle="fhinrichs",
    wm_title="Webmentions", wm_counts="⟪12 Likes · 4 Reposts · 2 Antworten⟫",
    mentions=[("Jana P.", "jana.example", "⟪Genau so. Wir haben im Landkreis mit dem Mailserver angefangen.⟫", "8. März 2026"), ("Ole", "ole.example", "⟪Schöner Text, aber wer wartet das alles?⟫", "9. März 2026")],
    body="""<p>⟦Wenn in Berlin über digitale Souveränität gesprochen wird, geht es meist um Rechenzentren, Chips und europäische Clouds.⟧ Das sind wichtige Fragen. Aber ich arbeite seit elf Jahren in der IT einer mittelgroßen Stadtverwaltung, und ich bin überzeugt: Entschieden wird die Sache nicht in Berlin, sondern in den Beschaffungsabteilungen der Rathäuser.</p>
<p>Dort wird jedes Jahr ein Lizenzvertrag verlängert, weil der alte ausläuft und niemand Zeit hat, Alternativen zu prüfen. Dort wird eine Fachanwendung gekauft, die nur mit einem bestimmten Betriebssystem läuft. Und dort wird entschieden, ob die Daten der Bürgerinnen und Bürger in einem Format gespeichert werden, das in zwanzig Jahren noch lesbar ist.<sup id="fnref:1" role="doc-noteref"><a href="#fn:1" class="footnote" rel="footnote">1</a></sup></p>
<h2 id="was-sich-ändern-muss">Was sich ändern muss</h2>
<p>⟦Ich schlage eine einfache Regel vor: Öffentliches Geld, öffentlicher Code.⟧ Software, die mit Steuergeld für Verwaltungen entwickelt wird, sollte unter einer freien Lizenz veröffentlicht werden. Dann könnte die Nachbargemeinde sie nutzen, verbessern und zurückgeben, statt dieselbe Lösung noch einmal zu bezahlen.</p>
<p>Zweitens brauchen Kommunen Beschaffungsregeln, die offene Standards nicht nur erlauben, sondern verlangen. Wer heute eine Ausschreibung schreibt, greift aus Zeitmangel oft auf die Vorlage des letzten Herstellers zurück. Das ist verständlich, aber es zementiert Abhängigkeiten für ein weiteres Jahrzehnt.</p>
<p>Drittens – und das ist der unbequemste Punkt – braucht es Personal. ⟦Freie Software ist nicht kostenlos, sie verschiebt Kosten von Lizenzen zu Menschen.⟧ Eine Verwaltung, die ihre Systeme selbst verstehen will, muss Leute einstellen und halten können, die das können.</p>
<p>Nichts davon ist spektakulär. ⟦Aber Souveränität entsteht nicht durch Gipfeltreffen, sondern durch tausend kleine Entscheidungen in tausend Rathäusern.⟧</p>
<div class="footnotes" role="doc-endnotes"><ol><li id="fn:1" role="doc-endnote"><p>⟦Wir haben 2024 noch Bauakten aus einem Programm gerettet, dessen Hersteller es nicht mehr gibt.⟧&nbsp;<a href="#fnref:1" class="reversefootnote" role="doc-backlink">&#8617;</a></p></li></ol></div>""",
    kind="opinion", why="essay arguing municipalities should adopt open-source software",
))
