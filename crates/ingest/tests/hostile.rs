//! Issue 14: hostile publishers and the crawler behaviour a real publisher exposes. Each test names
//! its item; each runs fixture sites on their own loopback addresses.

use std::time::Duration;

use colonnade_store::SourceKind;

use super::*;

fn store_in(dir: &tempfile::TempDir) -> Arc<dyn Store> {
    Arc::new(SqliteStore::open(dir.path()).unwrap())
}

fn paths(server: &Server) -> Vec<String> {
    server.requests().into_iter().map(|r| r.path).collect()
}

fn count(server: &Server, path: &str) -> usize {
    paths(server).iter().filter(|p| *p == path).count()
}

/// Item 9: with `allow_private_networks` on, a feed item naming the cloud metadata address and a
/// redirect to `0.0.0.0` (which Linux connects to the local host) are refused; nothing is sent.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn item9_private_networks_flag_never_opens_metadata_or_unspecified_addresses() {
    let a = Server::start(ip("127.0.0.20"), Site::new()).await.unwrap();
    let port = a.addr().port();
    a.set_route("/go", Route::Redirect { status: 302, location: format!("http://0.0.0.0:{port}/secret") });
    a.set_route("/secret", Route::page("text/html", article("Secret", "Nobody", "2024-05-01", "", "Keys")));
    let feed = format!(
        r#"<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>
        <item><title>Meta</title><link>http://169.254.169.254/latest/meta-data/</link></item>
        <item><title>Go</title><link>{}/go</link></item></channel></rss>"#,
        a.base()
    );
    a.set_route("/feed.xml", Route::page("application/rss+xml", feed));
    let dir = tempfile::tempdir().unwrap();
    let store = store_in(&dir);
    let cfg = config(vec![publication("Local", &format!("{}/", a.base()), vec![a.url("/feed.xml")])]);
    assert!(cfg.crawl.allow_private_networks);
    let ingest = Ingest::new(Arc::new(cfg), Arc::clone(&store)).unwrap();
    let summary = ingest.run_cycle(true, &|_| {}).await.unwrap();
    let local = &summary.publications["Local"];
    assert_eq!((local.new, local.failed), (0, 2), "{local:#?}");
    assert!(local.errors.iter().any(|e| e.contains("link-local address 169.254.169.254")), "{:?}", local.errors);
    assert!(local.errors.iter().any(|e| e.contains("address 0.0.0.0")), "{:?}", local.errors);
    assert_eq!(count(&a, "/secret"), 0, "the server saw {:?}", paths(&a));
    assert_eq!(store.stats().unwrap().fetches_by_outcome.get("blocked"), Some(&2));
}

/// Item 10: a page of publication A that declares B's article as its canonical URL never replaces
/// B's article nor takes its URL, whichever is crawled first; A's page is kept under its own URL.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn item10_a_canonical_never_moves_an_article_to_another_publication() {
    let b = Server::start(ip("127.0.0.21"), Site::new()).await.unwrap();
    let a = Server::start(ip("127.0.0.22"), Site::new()).await.unwrap();
    let real = b.url("/opinion/real.html");
    b.set_route(
        "/feed.xml",
        Route::page("application/rss+xml", rss(&b.base(), &[("/opinion/real.html", "Real", "Bea")])),
    );
    b.set_route(
        "/opinion/real.html",
        Route::page("text/html", article("The real column", "Bea Writer", "2024-05-01T09:00:00Z", &real, "Tides")),
    );
    a.set_route("/feed.xml", Route::page("application/rss+xml", rss(&a.base(), &[("/copy.html", "Copy", "Mal")])));
    a.set_route(
        "/copy.html",
        Route::page("text/html", article("Forged", "Mallory", "2024-05-02T09:00:00Z", &real, "Forgery")),
    );
    let pub_a = publication("Alpha", &format!("{}/", a.base()), vec![a.url("/feed.xml")]);
    let pub_b = publication("Beta", &format!("{}/", b.base()), vec![b.url("/feed.xml")]);

    let b_feed = rss(&b.base(), &[("/opinion/real.html", "Real", "Bea")]);
    for b_first in [true, false] {
        let dir = tempfile::tempdir().unwrap();
        let store = store_in(&dir);
        let both = config(vec![pub_a.clone(), pub_b.clone()]);
        if b_first {
            // B's article is stored before A's page claims it.
            let first = Ingest::new(Arc::new(config(vec![pub_b.clone()])), Arc::clone(&store)).unwrap();
            first.run_cycle(true, &|_| {}).await.unwrap();
        } else {
            // A's page is crawled while B's feed is down: it claims an article B has not stored yet.
            b.set_route("/feed.xml", Route::status(404));
            let first = Ingest::new(Arc::new(both.clone()), Arc::clone(&store)).unwrap();
            first.run_cycle(true, &|_| {}).await.unwrap();
            b.set_route("/feed.xml", Route::page("application/rss+xml", b_feed.clone()));
        }
        let again = Ingest::new(Arc::new(both), Arc::clone(&store)).unwrap();
        again.run_cycle(true, &|_| {}).await.unwrap();

        let pubs = store.publications().unwrap();
        let id_of = |name: &str| pubs.iter().find(|p| p.record.name == name).unwrap().id;
        let articles = store.articles(0, 10).unwrap();
        assert_eq!(articles.len(), 2, "{articles:#?}");
        let at = |url: &str| articles.iter().find(|s| s.article.url.as_deref() == Some(url)).unwrap();
        let genuine = at(&real);
        assert_eq!(genuine.publication_id, id_of("Beta"));
        assert_eq!(genuine.article.title.as_deref(), Some("The real column"));
        let copy = at(&a.url("/copy.html"));
        assert_eq!((copy.publication_id, copy.article.title.as_deref()), (id_of("Alpha"), Some("Forged")));
        let pages = store.raw_pages(0, 10).unwrap();
        let page_of = |id| pages.iter().find(|p| p.article_id == id).unwrap().url.clone();
        assert_eq!(page_of(genuine.id), real);
    }
}

/// Item 11: robots.txt names another publication's feed, a sitemap on another site and many of its
/// own: the other feed keeps its publication and kind, the foreign sitemap is ignored, and only a
/// few of its own are taken.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn item11_robots_sitemaps_never_take_over_another_publications_feed() {
    let b = Server::start(ip("127.0.0.23"), Site::new()).await.unwrap();
    let a = Server::start(ip("127.0.0.24"), Site::new()).await.unwrap();
    b.set_route("/feed.xml", Route::page("application/rss+xml", rss(&b.base(), &[])));
    let mut robots = format!(
        "User-agent: *\nAllow: /\nSitemap: {}\nSitemap: http://127.0.0.99:9/elsewhere.xml\n",
        b.url("/feed.xml")
    );
    for i in 0..20 {
        robots.push_str(&format!("Sitemap: {}\n", a.url(&format!("/s{i}.xml"))));
    }
    a.set_route("/robots.txt", Route::page("text/plain", robots));
    let dir = tempfile::tempdir().unwrap();
    let store = store_in(&dir);
    let mut cfg = config(vec![
        publication("Beta", &format!("{}/", b.base()), vec![b.url("/feed.xml")]),
        publication("Alpha", &format!("{}/", a.base()), vec![]),
    ]);
    cfg.crawl.per_host_delay_ms = 5;
    let ingest = Ingest::new(Arc::new(cfg), Arc::clone(&store)).unwrap();
    ingest.run_cycle(true, &|_| {}).await.unwrap();
    let pubs = store.publications().unwrap();
    let id_of = |name: &str| pubs.iter().find(|p| p.record.name == name).unwrap().id;
    let feeds = store.feeds().unwrap();
    let beta = feeds.iter().find(|f| f.url == b.url("/feed.xml")).unwrap();
    assert_eq!(beta.publication_id, id_of("Beta"));
    assert_ne!(beta.kind, SourceKind::Sitemap);
    let alpha: Vec<&str> =
        feeds.iter().filter(|f| f.publication_id == id_of("Alpha")).map(|f| f.url.as_str()).collect();
    assert_eq!(alpha.len(), 5, "{alpha:?}");
    assert!(alpha.iter().all(|u| u.starts_with(&a.base())), "{alpha:?}");
}

/// Item 12: a sitemap index whose first child already fills `max_articles_per_source` is not
/// followed to its other children.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn item12_sitemaps_stop_at_the_cap() {
    let s = Server::start(ip("127.0.0.25"), Site::new()).await.unwrap();
    let base = s.base();
    let children: String = (1..=3).map(|i| format!("<sitemap><loc>{base}/news-{i}.xml</loc></sitemap>")).collect();
    s.set_route("/index.xml", Route::page("application/xml", format!("<sitemapindex>{children}</sitemapindex>")));
    let urls: String = (0..500).map(|i| format!("<url><loc>{base}/n/{i}.html</loc></url>")).collect();
    for i in 1..=3 {
        s.set_route(&format!("/news-{i}.xml"), Route::page("application/xml", format!("<urlset>{urls}</urlset>")));
    }
    for i in 0..3 {
        let path = format!("/n/{i}.html");
        s.set_route(
            &path,
            Route::page(
                "text/html",
                article(&format!("Column {i}"), "Sam Lee", "2024-07-01", &format!("{base}{path}"), "Rivers"),
            ),
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let store = store_in(&dir);
    let mut p = publication("Maps", &format!("{base}/"), vec![]);
    p.sitemaps = vec![s.url("/index.xml")];
    let mut cfg = config(vec![p]);
    cfg.crawl.per_host_delay_ms = 5;
    cfg.crawl.max_articles_per_source = 3;
    let ingest = Ingest::new(Arc::new(cfg), Arc::clone(&store)).unwrap();
    let summary = ingest.run_cycle(true, &|_| {}).await.unwrap();
    assert_eq!(summary.publications["Maps"].new, 3, "{summary:#?}");
    assert_eq!(count(&s, "/news-1.xml"), 1);
    assert_eq!(count(&s, "/news-2.xml") + count(&s, "/news-3.xml"), 0, "{:?}", paths(&s));
}

/// Item 14: escaped HTML in a feed's description and in a page's description ends up as text.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn item14_escaped_markup_never_reaches_plain_text_fields() {
    let s = Server::start(ip("127.0.0.26"), Site::new()).await.unwrap();
    let base = s.base();
    // Escaped twice in the XML: the summary's text is `&lt;script&gt;…`, escaped HTML.
    let feed = format!(
        r#"<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>
        <entry><title type="text">One &amp;lt;b&amp;gt;bold&amp;lt;/b&amp;gt; take</title><id>one</id>
        <link href="{base}/opinion/one.html"/><updated>2024-05-01T09:00:00Z</updated>
        <summary type="html">&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;&amp;lt;p&amp;gt;Feed summary&amp;lt;/p&amp;gt;</summary></entry>
        <entry><title>Two</title><id>two</id><link href="{base}/opinion/two.html"/><updated>2024-05-01T09:00:00Z</updated></entry>
        </feed>"#
    );
    s.set_route("/feed.xml", Route::page("application/atom+xml", feed));
    let one = article("One take", "Ann Lee", "2024-05-01T09:00:00Z", &format!("{base}/opinion/one.html"), "Trees");
    s.set_route("/opinion/one.html", Route::page("text/html", one));
    // In the attribute, escaped twice: the description's text is escaped HTML.
    let two = article("Two takes", "Bo Lee", "2024-05-01T09:00:00Z", &format!("{base}/opinion/two.html"), "Rivers")
        .replace(
            "<meta name=\"author\"",
            "<meta property=\"og:description\" content=\"&amp;lt;script&amp;gt;alert(2)&amp;lt;/script&amp;gt;\
             &amp;lt;img src=x onerror=alert(3)&amp;gt;Page summary\"><meta name=\"author\"",
        );
    s.set_route("/opinion/two.html", Route::page("text/html", two));
    let dir = tempfile::tempdir().unwrap();
    let store = store_in(&dir);
    let cfg = config(vec![publication("Texts", &format!("{base}/"), vec![s.url("/feed.xml")])]);
    let ingest = Ingest::new(Arc::new(cfg), Arc::clone(&store)).unwrap();
    let summary = ingest.run_cycle(true, &|_| {}).await.unwrap();
    assert_eq!(summary.publications["Texts"].new, 2, "{summary:#?}");
    for stored in store.articles(0, 10).unwrap() {
        let a = &stored.article;
        let description = a.description.as_deref().unwrap_or_default();
        assert!(description.contains("summary"), "{:?}: {description:?}", a.url);
        for field in [description, a.title.as_deref().unwrap_or_default()] {
            assert!(!field.contains('<') && !field.contains("alert"), "markup in {field:?}");
        }
    }
}

/// Item 15: a feed that always lists one timing-out link keeps conditional GET: its old validators
/// are held for a bounded number of cycles, then the new ones are saved. A permanently failing item
/// (404) counts as handled at once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn item15_conditional_get_survives_an_item_that_always_fails() {
    let s = Server::start(ip("127.0.0.27"), Site::new()).await.unwrap();
    let base = s.base();
    let items = [("/opinion/fine.html", "Fine", "Ann"), ("/opinion/hangs.html", "Hangs", "Bo")];
    s.set_route(
        "/slow.xml",
        Route::cached_page("application/rss+xml", rss(&base, &items), "\"s1\"", "Wed, 01 May 2024 10:00:00 GMT"),
    );
    let gone = [("/opinion/fine.html", "Fine", "Ann"), ("/opinion/gone.html", "Gone", "Cy")];
    s.set_route(
        "/gone.xml",
        Route::cached_page("application/rss+xml", rss(&base, &gone), "\"g1\"", "Wed, 01 May 2024 10:00:00 GMT"),
    );
    s.set_route(
        "/opinion/fine.html",
        Route::page(
            "text/html",
            article("Fine", "Ann Lee", "2024-05-01", &format!("{base}/opinion/fine.html"), "Trees"),
        ),
    );
    s.set_route("/opinion/hangs.html", Route::Hang);
    let dir = tempfile::tempdir().unwrap();
    let store = store_in(&dir);
    let mut cfg = config(vec![publication("Cond", &format!("{base}/"), vec![s.url("/slow.xml"), s.url("/gone.xml")])]);
    cfg.crawl.per_host_delay_ms = 5;
    cfg.crawl.read_timeout_ms = 200;
    let ingest = Ingest::new(Arc::new(cfg), Arc::clone(&store)).unwrap();
    let cycles = colonnade_ingest::MAX_HELD_VALIDATOR_CYCLES as usize + 2;
    for _ in 0..cycles {
        ingest.run_cycle(true, &|_| {}).await.unwrap();
    }
    let conditional = |path: &str| -> Vec<bool> {
        s.requests().iter().filter(|r| r.path == path).map(|r| r.header("if-none-match").is_some()).collect()
    };
    // The 404 is handled for good: from the second cycle on, the feed is asked conditionally.
    assert_eq!(conditional("/gone.xml"), [vec![false], vec![true; cycles - 1]].concat());
    // The timeout holds the validators back for the bounded number of cycles, then they are saved.
    let held = colonnade_ingest::MAX_HELD_VALIDATOR_CYCLES as usize;
    assert_eq!(conditional("/slow.xml"), [vec![false; held + 1], vec![true]].concat());
    assert_eq!(count(&s, "/opinion/hangs.html"), held + 1);
}

/// Item 16: a feed answering 503 with `Retry-After: 1` twice is waited for within the cycle while
/// another host's source goes on.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn item16_short_retry_after_is_waited_for_within_the_cycle() {
    let a = Arc::new(Server::start(ip("127.0.0.28"), Site::new()).await.unwrap());
    let b = Server::start(ip("127.0.0.29"), Site::new()).await.unwrap();
    let real_feed = Route::page("application/rss+xml", rss(&a.base(), &[("/opinion/late.html", "Late", "Ann")]));
    a.set_route("/feed.xml", Route::RetryAfter { status: 503, seconds: 1 });
    a.set_route(
        "/opinion/late.html",
        Route::page("text/html", article("Late", "Ann Lee", "2024-05-01", &a.url("/opinion/late.html"), "Patience")),
    );
    b.set_route(
        "/feed.xml",
        Route::page("application/rss+xml", rss(&b.base(), &[("/opinion/prompt.html", "Prompt", "Bo")])),
    );
    b.set_route(
        "/opinion/prompt.html",
        Route::page("text/html", article("Prompt", "Bo Lee", "2024-05-01", &b.url("/opinion/prompt.html"), "Speed")),
    );
    // The feed recovers after two refusals.
    let watcher = {
        let a = Arc::clone(&a);
        tokio::spawn(async move {
            for _ in 0..500 {
                if a.requests().iter().filter(|r| r.path == "/feed.xml").count() >= 2 {
                    a.set_route("/feed.xml", real_feed);
                    return;
                }
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
        })
    };
    let dir = tempfile::tempdir().unwrap();
    let store = store_in(&dir);
    let mut cfg = config(vec![
        publication("Slow", &format!("{}/", a.base()), vec![a.url("/feed.xml")]),
        publication("Quick", &format!("{}/", b.base()), vec![b.url("/feed.xml")]),
    ]);
    cfg.crawl.per_host_delay_ms = 5;
    let ingest = Ingest::new(Arc::new(cfg), Arc::clone(&store)).unwrap();
    let summary = ingest.run_cycle(true, &|_| {}).await.unwrap();
    watcher.await.unwrap();
    assert_eq!(summary.publications["Slow"].new, 1, "{summary:#?}");
    assert_eq!(summary.publications["Quick"].new, 1, "{summary:#?}");
    assert_eq!(count(&a, "/feed.xml"), 3);
    // The other host finished while this one waited.
    let third_try = a.requests().into_iter().filter(|r| r.path == "/feed.xml").nth(2).unwrap().at;
    assert!(b.requests().iter().all(|r| r.at < third_try));
}

/// Item 18: listing pages' links are judged by their place (teaser blocks), not their slugs, and
/// each URL is fetched once per cycle across the publication's listing pages.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn item18_listing_links_by_place_and_each_fetched_once() {
    let s = Server::start(ip("127.0.0.30"), Site::new()).await.unwrap();
    let base = s.base();
    let teasers = |extra: &str| {
        format!(
            r#"<!doctype html><html><body><nav><a href="/opinion/">Opinion</a></nav><main><div class="river">
            <div class="teaser"><a href="/opinion/48213">One</a></div>
            <div class="teaser"><a href="/columns/p-7">Two</a></div>
            <div class="teaser"><a href="/opinion/gone">Gone</a></div>
            <div class="teaser"><a href="{extra}">Extra</a></div></div></main></body></html>"#
        )
    };
    s.set_route("/list-1", Route::page("text/html", teasers("/opinion/a1")));
    s.set_route("/list-2", Route::page("text/html", teasers("/opinion/b2")));
    for (path, title) in
        [("/opinion/48213", "One"), ("/columns/p-7", "Two"), ("/opinion/a1", "A1"), ("/opinion/b2", "B2")]
    {
        s.set_route(
            path,
            Route::page("text/html", article(title, "Ann Lee", "2024-05-01", &format!("{base}{path}"), title)),
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let store = store_in(&dir);
    let mut p = publication("Lists", &format!("{base}/"), vec![]);
    p.columnist_pages = vec![s.url("/list-1"), s.url("/list-2")];
    let mut cfg = config(vec![p]);
    cfg.crawl.per_host_delay_ms = 5;
    let ingest = Ingest::new(Arc::new(cfg), Arc::clone(&store)).unwrap();
    let summary = ingest.run_cycle(true, &|_| {}).await.unwrap();
    assert_eq!(summary.publications["Lists"].new, 4, "{summary:#?}");
    for path in ["/opinion/48213", "/columns/p-7", "/opinion/gone", "/opinion/a1", "/opinion/b2"] {
        assert_eq!(count(&s, path), 1, "{path}: {:?}", paths(&s));
    }
}

/// Item 17: every request to a host, robots.txt included, keeps the per-host delay, also when a
/// publication without feeds has its robots.txt read for sitemaps while another publication on the
/// same host is crawled.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn item17_robots_txt_keeps_the_per_host_delay() {
    let s = Server::start(ip("127.0.0.31"), Site::new()).await.unwrap();
    let base = s.base();
    s.set_route(
        "/robots.txt",
        Route::page("text/plain", format!("User-agent: *\nAllow: /\nSitemap: {base}/map.xml\n")),
    );
    s.set_route(
        "/map.xml",
        Route::page("application/xml", format!("<urlset><url><loc>{base}/opinion/m.html</loc></url></urlset>")),
    );
    s.set_route("/feed.xml", Route::page("application/rss+xml", rss(&base, &[("/opinion/f.html", "F", "Ann")])));
    for path in ["/opinion/m.html", "/opinion/f.html"] {
        s.set_route(
            path,
            Route::page("text/html", article("Col", "Ann Lee", "2024-05-01", &format!("{base}{path}"), path)),
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let store = store_in(&dir);
    let mut cfg = config(vec![
        publication("Feeds", &format!("{base}/"), vec![s.url("/feed.xml")]),
        publication("Maps", &format!("{base}/maps/"), vec![]),
    ]);
    cfg.crawl.per_host_delay_ms = 400;
    let ingest = Ingest::new(Arc::new(cfg), Arc::clone(&store)).unwrap();
    ingest.run_cycle(true, &|_| {}).await.unwrap();
    let gap = min_gap(&s).unwrap();
    assert!(gap >= Duration::from_millis(380), "gap {gap:?} in {:?}", paths(&s));
}
