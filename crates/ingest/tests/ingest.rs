//! End-to-end: fixture sites on loopback hosts, a real SQLite store in a temporary directory,
//! and the real fetcher. Assertions are on what the servers saw and what the store holds.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use colonnade_config::{Config, CrawlConfig, Publication};
use colonnade_fixture::{Route, Server, Site};
use colonnade_ingest::{Ingest, Progress};
use colonnade_store::{SqliteStore, Store};

fn ip(s: &str) -> IpAddr {
    s.parse().unwrap()
}

/// An article page with the usual metadata and enough text to be an article.
fn article(title: &str, author: &str, date: &str, canonical: &str, topic: &str) -> String {
    let para = format!(
        "<p>{topic} has been argued about for years, and this column takes a side. The evidence, \
         gathered over a decade of reporting, points one way, whatever the critics say about it.</p>"
    );
    format!(
        r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} | Fixture Times</title>
        <link rel="canonical" href="{canonical}"><meta property="og:site_name" content="Fixture Times">
        <meta name="author" content="{author}"><meta property="article:published_time" content="{date}">
        <meta property="article:section" content="Opinion"></head>
        <body><nav><a href="/">Home</a> <a href="/opinion/">Opinion</a></nav>
        <article><h1>{title}</h1><p class="byline">By {author}</p>{para}{para}{para}{para}</article>
        <footer>© Fixture Times</footer></body></html>"#
    )
}

fn rss(base: &str, items: &[(&str, &str, &str)]) -> String {
    let items: String = items
        .iter()
        .map(|(path, title, author)| {
            format!(
                "<item><title>{title}</title><link>{base}{path}</link><dc:creator>{author}</dc:creator>\
                 <pubDate>Wed, 01 May 2024 09:00:00 +0000</pubDate></item>"
            )
        })
        .collect();
    format!(
        r#"<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><title>Fixture feed</title><link>{base}/</link>{items}</channel></rss>"#
    )
}

fn config(publications: Vec<Publication>) -> Config {
    Config {
        crawl: CrawlConfig {
            per_host_delay_ms: 150,
            allow_private_networks: true,
            read_timeout_ms: 500,
            request_timeout_ms: 3_000,
            connect_timeout_ms: 1_000,
            max_body_bytes: 2 * 1024 * 1024,
            ..CrawlConfig::default()
        },
        publications,
        ..Config::default()
    }
}

fn publication(name: &str, home: &str, feeds: Vec<String>) -> Publication {
    Publication {
        name: name.into(),
        homepage: home.into(),
        country: Some("GB".into()),
        language: Some("en".into()),
        feeds,
        columnist_pages: vec![],
        sitemaps: vec![],
        kind: None,
        photos: true,
    }
}

/// Gaps between the starts of consecutive requests one server saw.
fn min_gap(server: &Server) -> Option<Duration> {
    let times: Vec<_> = server.requests().iter().map(|r| r.at).collect();
    times.windows(2).map(|w| w[1].duration_since(w[0])).min()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn crawls_politely_stores_each_column_once_and_reports_the_bad_ones() {
    // Host A: an RSS feed, a robots.txt that disallows /private/, one column listed twice.
    let a = Server::start(ip("127.0.0.2"), Site::new()).await.unwrap();
    let ab = a.base();
    a.set_route("/robots.txt", Route::page("text/plain", "User-agent: *\nDisallow: /private/\n"));
    a.set_route(
        "/feed.xml",
        Route::cached_page(
            "application/rss+xml",
            rss(
                &ab,
                &[
                    ("/2024/05/01/trees.html", "Why cities need trees", "Jane Doe"),
                    ("/2024/05/01/trees.html?utm_source=rss&amp;fbclid=abc", "Why cities need trees", "Jane Doe"),
                    ("/private/secret.html", "Secret", "Nobody"),
                    ("/opinion/rivers.html", "Rivers deserve rights", "Ahmet Yılmaz"),
                ],
            ),
            "\"feed-v1\"",
            "Wed, 01 May 2024 10:00:00 GMT",
        ),
    );
    a.set_route(
        "/2024/05/01/trees.html",
        Route::page(
            "text/html; charset=utf-8",
            article(
                "Why cities need trees",
                "Jane Doe",
                "2024-05-01T09:00:00+02:00",
                &format!("{ab}/2024/05/01/trees.html"),
                "Urban trees",
            ),
        ),
    );
    a.set_route(
        "/opinion/rivers.html",
        Route::page(
            "text/html",
            article(
                "Rivers deserve rights",
                "Ahmet Yılmaz",
                "2024-05-02T08:00:00+03:00",
                &format!("{ab}/opinion/rivers.html"),
                "River rights",
            ),
        ),
    );
    a.set_route(
        "/private/secret.html",
        Route::page("text/html", article("Secret", "Nobody", "2024-05-01", "", "Secrets")),
    );

    // Host B: hostile. Slow drip, a gzip bomb, an oversize body, a redirect loop, 503 + Retry-After,
    // one good column, and a second publication whose feed is broken XML.
    let b = Server::start(ip("127.0.0.3"), Site::new()).await.unwrap();
    let bb = b.base();
    b.set_route(
        "/feed.xml",
        Route::page(
            "application/rss+xml",
            rss(
                &bb,
                &[
                    ("/slow.html", "Slow", "S"),
                    ("/bomb.html", "Bomb", "B"),
                    ("/big.html", "Big", "G"),
                    ("/loop.html", "Loop", "L"),
                    ("/busy.html", "Busy", "U"),
                    ("/good.html", "A good column", "Maria Lopez"),
                ],
            ),
        ),
    );
    b.set_route(
        "/slow.html",
        Route::SlowDrip { body: b"<html>slow</html>".to_vec().into(), interval: Duration::from_secs(1) },
    );
    b.set_route("/bomb.html", Route::GzipBomb { decoded_len: 50_000_000 });
    b.set_route("/big.html", Route::Oversize { len: 20_000_000 });
    b.set_route("/loop.html", Route::Redirect { status: 302, location: "/loop.html".into() });
    b.set_route("/busy.html", Route::RetryAfter { status: 503, seconds: 1 });
    b.set_route(
        "/good.html",
        Route::page(
            "text/html",
            article("A good column", "Maria Lopez", "2024-05-03T12:00:00Z", &format!("{bb}/good.html"), "Good columns"),
        ),
    );
    b.set_route("/broken.xml", Route::page("application/rss+xml", "<rss><channel><item><title>never closed"));

    let dir = tempfile::tempdir().unwrap();
    let store: Arc<dyn Store> = Arc::new(SqliteStore::open(dir.path()).unwrap());
    let cfg = Arc::new(config(vec![
        publication("Fixture Times", &format!("{ab}/"), vec![format!("{ab}/feed.xml")]),
        publication("Hostile Herald", &format!("{bb}/"), vec![format!("{bb}/feed.xml")]),
        publication("Broken Bugle", &format!("{bb}/bugle/"), vec![format!("{bb}/broken.xml")]),
    ]));
    let ingest = Ingest::new(Arc::clone(&cfg), Arc::clone(&store)).unwrap();
    let quiet = |_: Progress| {};

    let first = ingest.run_cycle(true, &quiet).await.unwrap();
    let times = &first.publications["Fixture Times"];
    assert_eq!((times.new, times.failed), (2, 1), "{first:#?}");
    let herald = &first.publications["Hostile Herald"];
    assert_eq!(herald.new, 1, "{first:#?}");
    assert_eq!(herald.failed, 5, "slow, bomb, big, loop, busy: {first:#?}");
    let bugle = &first.publications["Broken Bugle"];
    assert_eq!((bugle.new, bugle.failed), (0, 1), "{first:#?}");

    // What the servers saw: no disallowed path, the per-host gap kept, our User-Agent.
    assert!(a.requests().iter().all(|r| !r.path.starts_with("/private/")), "{:?}", a.requests());
    assert!(a.requests().iter().all(|r| r.header("user-agent").is_some_and(|ua| ua.starts_with("Colonnade/"))));
    for server in [&a, &b] {
        let gap = min_gap(server).unwrap();
        assert!(gap >= Duration::from_millis(140), "gap {gap:?} on {}", server.base());
    }

    // What the store holds: three columns, each once, with the right metadata.
    let stats = store.stats().unwrap();
    assert_eq!(stats.articles, 3, "{stats:?}");
    assert_eq!(stats.publications, 3);
    assert_eq!(stats.articles_by_kind.get("opinion"), Some(&3));
    let mut titles = Vec::new();
    for id in 1..=10 {
        if let Some(s) = store.article(id).unwrap() {
            titles.push((s.article.title.clone().unwrap(), s.article.authors.clone()));
        }
    }
    titles.sort();
    assert_eq!(
        titles,
        vec![
            ("A good column".to_string(), vec!["Maria Lopez".to_string()]),
            ("Rivers deserve rights".to_string(), vec!["Ahmet Yılmaz".to_string()]),
            ("Why cities need trees".to_string(), vec!["Jane Doe".to_string()]),
        ]
    );

    // Second cycle: the unchanged feed costs a 304, nothing is stored twice.
    a.clear_log();
    tokio::time::sleep(Duration::from_millis(1100)).await; // let host B's Retry-After pass
    let second = ingest.run_cycle(true, &quiet).await.unwrap();
    let feed_request = a.requests().into_iter().find(|r| r.path == "/feed.xml").unwrap();
    assert_eq!(feed_request.header("if-none-match"), Some("\"feed-v1\""));
    assert_eq!(second.publications["Fixture Times"].sources_not_modified, 1, "{second:#?}");
    assert_eq!(second.totals().new, 0, "{second:#?}");
    assert_eq!(store.stats().unwrap().articles, 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn private_addresses_are_refused_unless_allowed() {
    let a = Server::start(ip("127.0.0.1"), Site::new()).await.unwrap();
    a.set_route("/feed.xml", Route::page("application/rss+xml", rss(&a.base(), &[])));
    let dir = tempfile::tempdir().unwrap();
    let store: Arc<dyn Store> = Arc::new(SqliteStore::open(dir.path()).unwrap());
    let mut cfg = config(vec![publication("Local", &format!("{}/", a.base()), vec![a.url("/feed.xml")])]);
    cfg.crawl.allow_private_networks = false;
    let ingest = Ingest::new(Arc::new(cfg), Arc::clone(&store)).unwrap();
    let summary = ingest.run_cycle(true, &|_| {}).await.unwrap();
    let local = &summary.publications["Local"];
    assert_eq!(local.failed, 1);
    assert!(local.errors[0].contains("127.0.0.1"), "{:?}", local.errors);
    assert!(a.requests().is_empty(), "the server must see nothing");
    assert_eq!(store.stats().unwrap().fetches_by_outcome.get("blocked"), Some(&1));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_source_format_and_a_lying_charset() {
    let c = Server::start(ip("127.0.0.4"), Site::new()).await.unwrap();
    let cb = c.base();
    let page = |title: &str, author: &str, path: &str| {
        Route::page("text/html", article(title, author, "2024-06-01T10:00:00+01:00", &format!("{cb}{path}"), title))
    };
    // Atom, with an entry whose page is windows-1252 but declares UTF-8.
    c.set_route(
        "/atom.xml",
        Route::page(
            "application/atom+xml",
            format!(
                r#"<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title>
                <id>urn:x</id><updated>2024-06-01T10:00:00Z</updated>
                <entry><title>Café culture</title><link href="{cb}/cafe.html"/><id>urn:1</id><updated>2024-06-01T10:00:00Z</updated><author><name>Élodie Martin</name></author></entry>
                </feed>"#
            ),
        ),
    );
    let cafe = article(
        "Café culture",
        "Élodie Martin",
        "2024-06-01T10:00:00+01:00",
        &format!("{cb}/cafe.html"),
        "Café société",
    );
    let (latin1, _, _) = encoding_rs::WINDOWS_1252.encode(&cafe);
    c.set_route("/cafe.html", Route::page("text/html", latin1.into_owned()));
    // JSON Feed.
    c.set_route(
        "/feed.json",
        Route::page(
            "application/feed+json",
            format!(
                r#"{{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[
                {{"id":"1","url":"{cb}/json-one.html","title":"JSON one","authors":[{{"name":"Kemal Aydın"}}],"date_published":"2024-06-02T09:00:00+03:00"}}]}}"#
            ),
        ),
    );
    c.set_route("/json-one.html", page("JSON one", "Kemal Aydın", "/json-one.html"));
    // A columnist's page without a feed, and a sitemap.
    c.set_route(
        "/columnists/anna/",
        Route::page(
            "text/html",
            format!(
                r#"<html><body><nav><a href="/about">About</a></nav><main>
                <a href="{cb}/2024/06/03/listing-column-one">Listing column one</a>
                <a href="/2024/06/04/listing-column-two">Listing column two</a>
                <a href="/tag/politics">Politics</a></main></body></html>"#
            ),
        ),
    );
    c.set_route(
        "/2024/06/03/listing-column-one",
        page("Listing column one", "Anna Berg", "/2024/06/03/listing-column-one"),
    );
    c.set_route(
        "/2024/06/04/listing-column-two",
        page("Listing column two", "Anna Berg", "/2024/06/04/listing-column-two"),
    );
    c.set_route(
        "/sitemap.xml",
        Route::page(
            "application/xml",
            format!(
                r#"<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <url><loc>{cb}/from-sitemap.html</loc><lastmod>2024-06-05</lastmod></url></urlset>"#
            ),
        ),
    );
    c.set_route("/from-sitemap.html", page("From the sitemap", "Li Wei", "/from-sitemap.html"));

    let dir = tempfile::tempdir().unwrap();
    let store: Arc<dyn Store> = Arc::new(SqliteStore::open(dir.path()).unwrap());
    let mut p =
        publication("Formats Daily", &format!("{cb}/"), vec![format!("{cb}/atom.xml"), format!("{cb}/feed.json")]);
    p.columnist_pages = vec![format!("{cb}/columnists/anna/")];
    p.sitemaps = vec![format!("{cb}/sitemap.xml")];
    let mut cfg = config(vec![p]);
    cfg.crawl.per_host_delay_ms = 20;
    let ingest = Ingest::new(Arc::new(cfg), Arc::clone(&store)).unwrap();
    let summary = ingest.run_cycle(true, &|_| {}).await.unwrap();
    let daily = &summary.publications["Formats Daily"];
    assert_eq!((daily.new, daily.failed, daily.sources_fetched), (5, 0, 4), "{summary:#?}");
    let mut got = Vec::new();
    for id in 1..=10 {
        if let Some(s) = store.article(id).unwrap() {
            got.push((s.article.title.unwrap(), s.article.authors.join(", ")));
        }
    }
    got.sort();
    assert_eq!(
        got,
        [
            ("Café culture", "Élodie Martin"),
            ("From the sitemap", "Li Wei"),
            ("JSON one", "Kemal Aydın"),
            ("Listing column one", "Anna Berg"),
            ("Listing column two", "Anna Berg"),
        ]
        .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    assert!(c.requests().iter().all(|r| r.path != "/tag/politics" && r.path != "/about"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn robots_txt_sitemap_index_is_followed_for_a_publication_without_feeds() {
    let s = Server::start(ip("127.0.0.5"), Site::new()).await.unwrap();
    let base = s.base();
    s.set_route(
        "/robots.txt",
        Route::page("text/plain", format!("User-agent: *\nAllow: /\nSitemap: {base}/sitemap-index.xml\n")),
    );
    s.set_route(
        "/sitemap-index.xml",
        Route::page(
            "application/xml",
            format!(
                r#"<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <sitemap><loc>{base}/sitemap-pages.xml</loc></sitemap><sitemap><loc>{base}/sitemap-news.xml</loc></sitemap></sitemapindex>"#
            ),
        ),
    );
    for (map, path, title) in [
        ("/sitemap-pages.xml", "/p/one.html", "Column from pages"),
        ("/sitemap-news.xml", "/n/two.html", "Column from news"),
    ] {
        s.set_route(
            map,
            Route::page(
                "application/xml",
                format!(r#"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{base}{path}</loc></url></urlset>"#),
            ),
        );
        s.set_route(
            path,
            Route::page(
                "text/html",
                article(title, "Sam Lee", "2024-07-01T08:00:00Z", &format!("{base}{path}"), title),
            ),
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let store: Arc<dyn Store> = Arc::new(SqliteStore::open(dir.path()).unwrap());
    let mut cfg = config(vec![publication("Sitemap Post", &format!("{base}/"), vec![])]);
    cfg.crawl.per_host_delay_ms = 10;
    let ingest = Ingest::new(Arc::new(cfg), Arc::clone(&store)).unwrap();
    let summary = ingest.run_cycle(true, &|_| {}).await.unwrap();
    let post = &summary.publications["Sitemap Post"];
    assert_eq!((post.new, post.failed), (2, 0), "{summary:#?}");
    let paths: Vec<String> = s.requests().into_iter().map(|r| r.path).collect();
    assert_eq!(paths.iter().filter(|p| *p == "/robots.txt").count(), 1, "robots.txt fetched once: {paths:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn run_forever_crawls_then_waits_for_the_schedule_and_stops_when_told() {
    let s = Server::start(ip("127.0.0.6"), Site::new()).await.unwrap();
    let base = s.base();
    s.set_route("/feed.xml", Route::page("application/rss+xml", rss(&base, &[("/one.html", "One column", "Ann Lee")])));
    s.set_route(
        "/one.html",
        Route::page(
            "text/html",
            article("One column", "Ann Lee", "2024-07-01T08:00:00Z", &format!("{base}/one.html"), "One"),
        ),
    );
    let dir = tempfile::tempdir().unwrap();
    let store: Arc<dyn Store> = Arc::new(SqliteStore::open(dir.path()).unwrap());
    let ingest = Ingest::new(
        Arc::new(config(vec![publication("Daily", &format!("{base}/"), vec![format!("{base}/feed.xml")])])),
        Arc::clone(&store),
    )
    .unwrap();
    let cycles = std::sync::atomic::AtomicUsize::new(0);
    let started = std::time::Instant::now();
    ingest
        .run_forever(
            &|_| {},
            &|_| {
                cycles.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            },
            tokio::time::sleep(Duration::from_millis(1500)),
        )
        .await
        .unwrap();
    assert!(started.elapsed() < Duration::from_secs(5), "stops when told");
    assert_eq!(cycles.load(std::sync::atomic::Ordering::Relaxed), 1, "the next cycle waits for the feed's schedule");
    assert_eq!(store.stats().unwrap().articles, 1);
    let feed = &store.feeds().unwrap()[0];
    let next = feed.state.next_fetch_at.unwrap().unix_seconds() - feed.state.last_fetch_at.unwrap().unix_seconds();
    assert!((15 * 60..=24 * 3600).contains(&next), "rescheduled within the bounds: {next} s");
    assert_eq!(s.requests().iter().filter(|r| r.path == "/feed.xml").count(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_kind_declared_for_a_publication_overrides_the_pages_own_signals() {
    let s = Server::start(ip("127.0.0.6"), Site::new()).await.unwrap();
    let base = s.base();
    // The article page says "Opinion" in its section; a news page without such signals:
    let news = format!(
        r#"<!doctype html><html lang="en"><head><title>Harbour reopens</title>
        <meta property="og:type" content="article"><meta name="author" content="Kim Park">
        <meta property="article:section" content="Business"></head><body><article><h1>Harbour reopens</h1>
        {}</article></body></html>"#,
        "<p>The harbour reopened on Monday after a month of repairs, officials said, with ferries running \
         on the usual timetable and freight expected to return to normal levels by the end of the week.</p>"
            .repeat(4)
    );
    s.set_route("/robots.txt", Route::page("text/plain", "User-agent: *\nAllow: /\n"));
    s.set_route("/a/harbour.html", Route::page("text/html", news.clone()));
    s.set_route("/b/harbour.html", Route::page("text/html", news));
    s.set_route(
        "/a/feed.xml",
        Route::page("application/rss+xml", rss(&base, &[("/a/harbour.html", "Harbour", "Kim Park")])),
    );
    s.set_route(
        "/b/feed.xml",
        Route::page("application/rss+xml", rss(&base, &[("/b/harbour.html", "Harbour", "Kim Park")])),
    );
    let dir = tempfile::tempdir().unwrap();
    let store: Arc<dyn Store> = Arc::new(SqliteStore::open(dir.path()).unwrap());
    let mut declared = publication("Columns Only", &format!("{base}/a/"), vec![format!("{base}/a/feed.xml")]);
    declared.kind = Some(colonnade_model::Kind::Opinion);
    let plain = publication("Plain", &format!("{base}/b/"), vec![format!("{base}/b/feed.xml")]);
    let mut cfg = config(vec![declared, plain]);
    cfg.crawl.per_host_delay_ms = 0;
    let ingest = Ingest::new(Arc::new(cfg), Arc::clone(&store)).unwrap();
    let summary = ingest.run_cycle(true, &|_| {}).await.unwrap();
    assert_eq!(summary.totals().new, 2, "{summary:#?}");
    let kinds: Vec<(String, colonnade_model::Kind)> = store
        .articles(0, 10)
        .unwrap()
        .into_iter()
        .map(|a| (a.article.url.unwrap_or_default(), a.article.kind))
        .collect();
    for (url, kind) in &kinds {
        let expected = if url.contains("/a/") { colonnade_model::Kind::Opinion } else { colonnade_model::Kind::News };
        assert_eq!(*kind, expected, "{url}: {kinds:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_canonical_link_header_names_the_page_that_names_none_itself() {
    let s = Server::start(ip("127.0.0.7"), Site::new()).await.unwrap();
    let base = s.base();
    s.set_route("/robots.txt", Route::page("text/plain", "User-agent: *\nAllow: /\n"));
    // A saved copy without a canonical link or og:url, served with the original's address in a
    // Link header (among other links, as WordPress sends them).
    let para = "<p>The bill would make criminals of millions of ordinary internet users, bloggers say, \
                and they have been organising against it for months, with petitions and debates.</p>";
    let bare = format!(
        r#"<!doctype html><html lang="en"><head><title>Site » Bloggers fight the bill</title>
        <meta name="author" content="Diego Casaes"></head><body><article><h1>Bloggers fight the bill</h1>
        {}</article></body></html>"#,
        para.repeat(4)
    );
    let link = "<https://news.example.org/wp-json/>; rel=\"https://api.w.org/\", \
                <https://news.example.org/?p=79204>; rel=shortlink, \
                <https://news.example.org/2009/06/11/bloggers-fight-the-bill/?utm_source=x>; rel=\"canonical\"";
    s.set_route(
        "/copies/bill.html",
        Route::Page {
            status: 200,
            content_type: "text/html; charset=utf-8".into(),
            body: bare.into_bytes().into(),
            etag: None,
            last_modified: None,
            headers: vec![("Link".into(), link.into())],
        },
    );
    // A page with its own canonical keeps it, whatever the header says.
    let own = article(
        "Trees and cities",
        "Jane Doe",
        "2024-05-01T09:00:00+02:00",
        "https://news.example.org/2024/05/01/trees/",
        "Urban trees",
    );
    s.set_route(
        "/copies/trees.html",
        Route::Page {
            status: 200,
            content_type: "text/html; charset=utf-8".into(),
            body: own.into_bytes().into(),
            etag: None,
            last_modified: None,
            headers: vec![("Link".into(), "<https://elsewhere.example.org/trees>; rel=canonical".into())],
        },
    );
    s.set_route(
        "/feed.xml",
        Route::page(
            "application/rss+xml",
            rss(
                &base,
                &[
                    ("/copies/bill.html", "Bloggers fight the bill", "Diego Casaes"),
                    ("/copies/trees.html", "Trees", "Jane Doe"),
                ],
            ),
        ),
    );
    let dir = tempfile::tempdir().unwrap();
    let store: Arc<dyn Store> = Arc::new(SqliteStore::open(dir.path()).unwrap());
    let mut cfg = config(vec![publication("Copies", "https://news.example.org/", vec![format!("{base}/feed.xml")])]);
    cfg.crawl.per_host_delay_ms = 0;
    let ingest = Ingest::new(Arc::new(cfg), Arc::clone(&store)).unwrap();
    let summary = ingest.run_cycle(true, &|_| {}).await.unwrap();
    assert_eq!(summary.totals().new, 2, "{summary:#?}");
    let mut urls: Vec<String> =
        store.articles(0, 10).unwrap().into_iter().map(|a| a.article.url.unwrap_or_default()).collect();
    urls.sort();
    assert_eq!(
        urls,
        ["https://news.example.org/2009/06/11/bloggers-fight-the-bill/", "https://news.example.org/2024/05/01/trees/"]
    );
    // Listed again, the copy is known by the address it was fetched from as well.
    let again = ingest.run_cycle(true, &|_| {}).await.unwrap();
    assert_eq!((again.totals().new, again.totals().failed), (0, 0), "{again:#?}");
    assert_eq!(store.articles(0, 10).unwrap().len(), 2);
}

// ---- one way from page to article: crawl and re-extraction agree ----
mod reextract;

// ---- the search index kept in step with the store ----
mod index;

// ---- issue 11: the stories stage over the store ----
mod stories;

// ---- issue 14: hostile publishers and crawler behaviour ----
mod hostile;

// ---- issue 13: columnist photos and lead images ----
mod images;
