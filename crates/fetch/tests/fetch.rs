//! End-to-end tests of `colonnade-fetch` against `colonnade-fixture` servers on loopback, which record
//! what they saw and can misbehave (drip bytes, stay silent, send bombs). Nothing here leaves
//! 127.0.0.0/8.

// Test code: a failed unwrap is a failed test. (`allow-unwrap-in-tests` covers only `#[test]` bodies.)
#![allow(clippy::unwrap_used)]

use std::io::Write as _;
use std::time::{Duration, Instant};

use colonnade_fetch::{FetchError, FetchOptions, FetchOutcome, Fetcher, Url, Validators};
use colonnade_fixture::{Route, Server, Site};

/// Options for tests: loopback allowed, short delays and timeouts.
fn opts() -> FetchOptions {
    FetchOptions {
        allow_private_networks: true,
        per_host_delay: Duration::from_millis(100),
        read_timeout: Duration::from_millis(300),
        request_timeout: Duration::from_secs(5),
        connect_timeout: Duration::from_secs(2),
        ..FetchOptions::default()
    }
}

fn fetcher(o: FetchOptions) -> Fetcher {
    Fetcher::new(o).unwrap()
}

/// Owns the URL so calls can sit inside `tokio::join!`.
async fn get(f: &Fetcher, url: Url) -> Result<colonnade_fetch::Response, FetchError> {
    f.get(&url, None).await
}

/// Serves these routes on `ip` (a loopback address); any other path is a 404.
async fn serve<P: AsRef<str>>(ip: &str, routes: impl IntoIterator<Item = (P, Route)>) -> Server {
    let mut site = Site::new();
    for (path, route) in routes {
        site.route(path.as_ref(), route);
    }
    Server::start(ip.parse().unwrap(), site).await.unwrap()
}

/// A 200 `text/plain` page.
fn page(body: impl Into<Vec<u8>>) -> Route {
    Route::page("text/plain", body)
}

fn url(srv: &Server, path: &str) -> Url {
    Url::parse(&srv.url(path)).unwrap()
}

/// The paths the server was asked for, in arrival order.
fn paths(srv: &Server) -> Vec<String> {
    srv.requests().into_iter().map(|r| r.path).collect()
}

/// When each request's head arrived.
fn arrivals(srv: &Server) -> Vec<Instant> {
    srv.requests().into_iter().map(|r| r.at).collect()
}

#[tokio::test]
async fn user_agent_is_sent_on_robots_and_pages() {
    let srv = serve(
        "127.0.0.1",
        [
            ("/robots.txt", page("User-agent: *\nAllow: /\n")),
            ("/a", Route::page("text/html; charset=utf-8", "<p>hello</p>")),
        ],
    )
    .await;
    let f = fetcher(opts());
    let resp = get(&f, url(&srv, "/a")).await.unwrap();
    assert_eq!(resp.status, 200);
    assert_eq!(resp.body, b"<p>hello</p>");
    assert_eq!(resp.content_type.as_deref(), Some("text/html; charset=utf-8"));
    assert_eq!(resp.header("Content-Type"), Some("text/html; charset=utf-8"));
    assert!(resp.headers.iter().all(|(n, _)| *n == n.to_ascii_lowercase()));
    assert_eq!(resp.outcome(), FetchOutcome::Ok);
    let seen = srv.requests();
    assert_eq!(seen.iter().map(|s| s.path.as_str()).collect::<Vec<_>>(), ["/robots.txt", "/a"]);
    for s in &seen {
        assert_eq!(s.header("user-agent"), Some("Colonnade/0.1 (+https://github.com/colonnade/colonnade)"));
    }
}

#[tokio::test]
async fn robots_disallowed_path_is_never_requested() {
    let robots = "User-agent: *\nDisallow: /\n\nUser-agent: Colonnade\nDisallow: /private\nAllow: /\n";
    let srv =
        serve("127.0.0.1", [("/robots.txt", page(robots)), ("/private/secret", page("no")), ("/public", page("page"))])
            .await;
    let f = fetcher(FetchOptions { per_host_delay: Duration::from_millis(10), ..opts() });
    let err = get(&f, url(&srv, "/private/secret")).await.unwrap_err();
    assert!(matches!(err, FetchError::RobotsDisallowed(_)), "{err:?}");
    assert_eq!(err.outcome(), FetchOutcome::Robots);
    assert!(get(&f, url(&srv, "/public")).await.is_ok());
    // robots.txt fetched once, the disallowed path never.
    assert_eq!(paths(&srv), ["/robots.txt", "/public"]);
}

#[tokio::test]
async fn robots_4xx_allows_all_and_5xx_disallows_all() {
    // No robots.txt route: a 404.
    let missing = serve("127.0.0.1", [("/x", page("page"))]).await;
    let broken = serve("127.0.0.2", [("/robots.txt", Route::status(500)), ("/x", page("page"))]).await;
    let f = fetcher(opts());
    assert!(get(&f, url(&missing, "/x")).await.is_ok());
    let err = get(&f, url(&broken, "/x")).await.unwrap_err();
    assert!(matches!(err, FetchError::RobotsDisallowed(_)), "{err:?}");
    assert_eq!(paths(&broken), ["/robots.txt"]);
}

#[tokio::test]
async fn crawl_delay_is_honoured() {
    let srv = serve(
        "127.0.0.1",
        [("/robots.txt", page("User-agent: *\nCrawl-delay: 0.3\n")), ("/1", page("page")), ("/2", page("page"))],
    )
    .await;
    let f = fetcher(FetchOptions { per_host_delay: Duration::from_millis(20), ..opts() });
    let (a, b) = tokio::join!(get(&f, url(&srv, "/1")), get(&f, url(&srv, "/2")));
    a.unwrap();
    b.unwrap();
    let times = arrivals(&srv);
    assert_eq!(times.len(), 3, "robots.txt and two pages");
    for pair in times.windows(2) {
        let gap = pair[1] - pair[0];
        assert!(gap >= Duration::from_millis(300), "gap {gap:?} is under the 300 ms Crawl-delay");
    }
}

#[tokio::test]
async fn one_host_is_spaced_while_another_is_served_meanwhile() {
    let slow = serve("127.0.0.1", [("/1", page("a")), ("/2", page("a")), ("/3", page("a"))]).await;
    let other = serve("127.0.0.2", [("/b", page("b"))]).await;
    let delay = Duration::from_millis(300);
    // One global slot: waiting for host A's turn must not hold it.
    let f = fetcher(FetchOptions { per_host_delay: delay, max_concurrency: 1, respect_robots: false, ..opts() });
    let t0 = Instant::now();
    let (a1, a2, a3, b) =
        tokio::join!(get(&f, url(&slow, "/1")), get(&f, url(&slow, "/2")), get(&f, url(&slow, "/3")), async {
            tokio::time::sleep(Duration::from_millis(50)).await;
            get(&f, url(&other, "/b")).await
        });
    for r in [a1, a2, a3, b] {
        r.unwrap();
    }
    let a = arrivals(&slow);
    assert_eq!(a.len(), 3);
    for pair in a.windows(2) {
        assert!(pair[1] - pair[0] >= delay, "requests to one host {:?} apart", pair[1] - pair[0]);
    }
    let b_at = arrivals(&other)[0];
    assert!(b_at < a[1], "the other host waited for host A's delay");
    assert!(b_at - t0 < Duration::from_millis(200), "other host served after {:?}", b_at - t0);
}

#[tokio::test]
async fn conditional_get_sends_validators_and_304_is_not_modified() {
    let first_answer =
        page("body").with_header("ETag", "\"v1\"").with_header("Last-Modified", "Wed, 21 Oct 2015 07:28:00 GMT");
    let srv = serve("127.0.0.1", [("/page", first_answer)]).await;
    let f = fetcher(FetchOptions { per_host_delay: Duration::from_millis(10), ..opts() });
    let first = get(&f, url(&srv, "/page")).await.unwrap();
    assert!(!first.not_modified);
    let expected =
        Validators { etag: Some("\"v1\"".into()), last_modified: Some("Wed, 21 Oct 2015 07:28:00 GMT".into()) };
    assert_eq!(first.validators, expected);
    // The page is unchanged: a 304 that repeats no validators.
    srv.set_route("/page", Route::status(304));
    let second = f.get(&url(&srv, "/page"), Some(&first.validators)).await.unwrap();
    assert_eq!(second.status, 304);
    assert!(second.not_modified);
    assert!(second.body.is_empty());
    assert_eq!(second.outcome(), FetchOutcome::NotModified);
    // The 304 repeated no validators, so the ones we sent are kept.
    assert_eq!(second.validators, expected);
    let seen = srv.requests();
    let last = seen.last().unwrap();
    assert_eq!(last.header("if-none-match"), Some("\"v1\""));
    assert_eq!(last.header("if-modified-since"), Some("Wed, 21 Oct 2015 07:28:00 GMT"));
    assert_eq!(seen[1].header("if-none-match"), None);
    // Any other status comes back as a response, labelled for the fetch log.
    let missing = get(&f, url(&srv, "/missing")).await.unwrap();
    assert_eq!((missing.status, missing.outcome()), (404, FetchOutcome::HttpError));
}

#[tokio::test]
async fn retry_after_backs_off_that_host_only() {
    let busy_answer = Route::RetryAfter { status: 503, seconds: 2 };
    let busy = serve("127.0.0.1", [("/a", busy_answer.clone()), ("/b", busy_answer)]).await;
    let fine = serve("127.0.0.2", [("/c", page("fine"))]).await;
    let f = fetcher(FetchOptions { per_host_delay: Duration::from_millis(10), ..opts() });
    let err = get(&f, url(&busy, "/a")).await.unwrap_err();
    assert!(matches!(err, FetchError::Http { status: 503, .. }), "{err:?}");
    let key = format!("127.0.0.1:{}", busy.addr().port());
    let until = f.host_backoff(&key).unwrap();
    let wait = until.duration_since(std::time::SystemTime::now()).unwrap();
    assert!(wait > Duration::from_millis(1500) && wait <= Duration::from_secs(2), "{wait:?}");
    assert!(f.host_backoff("127.0.0.1").is_some(), "a bare host matches any port");

    // Fails at once: nothing is sent to the host (checked on the server's log below).
    let err = get(&f, url(&busy, "/b")).await.unwrap_err();
    let FetchError::BackingOff { host, .. } = &err else { panic!("{err:?}") };
    assert_eq!(host, &key);
    assert_eq!(err.outcome(), FetchOutcome::Backoff);
    assert_eq!(paths(&busy), ["/robots.txt", "/a"]);

    assert_eq!(get(&f, url(&fine, "/c")).await.unwrap().body, b"fine");
    assert!(f.host_backoff(&format!("127.0.0.2:{}", fine.addr().port())).is_none());
}

#[tokio::test]
async fn robots_txt_answered_with_429_backs_off_the_host() {
    let srv = serve(
        "127.0.0.1",
        [("/robots.txt", Route::RetryAfter { status: 429, seconds: 1 }), ("/a", page("page")), ("/b", page("page"))],
    )
    .await;
    let f = fetcher(opts());
    let err = get(&f, url(&srv, "/a")).await.unwrap_err();
    assert!(matches!(err, FetchError::BackingOff { .. }), "{err:?}");
    let err = get(&f, url(&srv, "/b")).await.unwrap_err();
    assert!(matches!(err, FetchError::BackingOff { .. }), "{err:?}");
    assert_eq!(paths(&srv), ["/robots.txt"]);
}

fn redirect(status: u16, location: &str) -> Route {
    Route::Redirect { status, location: location.to_owned() }
}

#[tokio::test]
async fn redirects_are_followed_and_recorded() {
    let srv = serve(
        "127.0.0.1",
        [
            ("/old", redirect(301, "/middle#frag")),
            ("/middle", redirect(302, "final?x=1")),
            ("/final?x=1", page("done")),
        ],
    )
    .await;
    let f = fetcher(FetchOptions { per_host_delay: Duration::from_millis(10), ..opts() });
    let resp = get(&f, url(&srv, "/old")).await.unwrap();
    assert_eq!(resp.body, b"done");
    assert_eq!(resp.url, url(&srv, "/old"));
    assert_eq!(resp.final_url, url(&srv, "/final?x=1"));
    assert_eq!(resp.redirects, [url(&srv, "/middle"), url(&srv, "/final?x=1")]);
}

#[tokio::test]
async fn redirect_loop_is_an_error() {
    let srv = serve("127.0.0.1", [("/a", redirect(302, "/b")), ("/b", redirect(302, "/a"))]).await;
    let f = fetcher(FetchOptions { per_host_delay: Duration::from_millis(10), ..opts() });
    let err = get(&f, url(&srv, "/a")).await.unwrap_err();
    assert!(matches!(&err, FetchError::RedirectLoop(u) if u.ends_with("/a")), "{err:?}");
    assert_eq!(paths(&srv), ["/robots.txt", "/a", "/b"]);
}

#[tokio::test]
async fn eleven_redirects_are_too_many_ten_are_fine() {
    // /r/0 -> /r/1 -> ... -> /r/11, which answers.
    let hops = (0..11).map(|n| (format!("/r/{n}"), redirect(302, &format!("/r/{}", n + 1))));
    let srv = serve("127.0.0.1", hops.chain([("/r/11".to_owned(), page("end"))])).await;
    let f = fetcher(FetchOptions { per_host_delay: Duration::ZERO, ..opts() });
    let err = get(&f, url(&srv, "/r/0")).await.unwrap_err();
    assert!(matches!(&err, FetchError::TooManyRedirects(u) if u.ends_with("/r/11")), "{err:?}");
    assert!(!paths(&srv).contains(&"/r/11".to_owned()));
    let ok = get(&f, url(&srv, "/r/1")).await.unwrap();
    assert_eq!(ok.redirects.len(), 10);
    assert_eq!(ok.body, b"end");
}

#[tokio::test]
async fn redirect_to_a_robots_disallowed_path_is_not_followed() {
    let srv = serve(
        "127.0.0.1",
        [
            ("/robots.txt", page("User-agent: *\nDisallow: /private\n")),
            ("/start", redirect(301, "/private/page")),
            ("/private/page", page("secret")),
        ],
    )
    .await;
    let f = fetcher(FetchOptions { per_host_delay: Duration::from_millis(10), ..opts() });
    let err = get(&f, url(&srv, "/start")).await.unwrap_err();
    assert!(matches!(&err, FetchError::RobotsDisallowed(u) if u.ends_with("/private/page")), "{err:?}");
    assert_eq!(paths(&srv), ["/robots.txt", "/start"]);
}

#[tokio::test]
async fn slow_drip_is_abandoned_while_another_host_completes() {
    // One byte, then a second of silence per byte: longer than the 300 ms read timeout.
    let drip = Route::SlowDrip { body: vec![b'x'; 100].into(), interval: Duration::from_secs(1) };
    let drip = serve("127.0.0.1", [("/drip", drip)]).await;
    let other = serve("127.0.0.2", [("/q", page("quick"))]).await;
    let f = fetcher(FetchOptions { per_host_delay: Duration::from_millis(10), ..opts() });
    // Warm up robots.txt for both so only the page requests are timed.
    let _ = f.robots_sitemaps(&url(&drip, "/")).await;
    let _ = f.robots_sitemaps(&url(&other, "/")).await;
    tokio::time::sleep(Duration::from_millis(20)).await;
    let t0 = Instant::now();
    let (slow, quick) = tokio::join!(get(&f, url(&drip, "/drip")), async {
        tokio::time::sleep(Duration::from_millis(50)).await;
        let r = get(&f, url(&other, "/q")).await;
        (r, t0.elapsed())
    });
    let slow_took = t0.elapsed();
    let err = slow.unwrap_err();
    assert!(matches!(err, FetchError::Timeout { what: "body stalled", .. }), "{err:?}");
    assert_eq!(err.outcome(), FetchOutcome::Timeout);
    assert!(slow_took < Duration::from_millis(900), "stall detected after {slow_took:?}");
    let (quick, quick_took) = quick;
    assert_eq!(quick.unwrap().body, b"quick");
    assert!(quick_took < Duration::from_millis(250), "other host took {quick_took:?}");
}

#[tokio::test]
async fn silent_server_times_out_waiting_for_the_response() {
    let srv = serve("127.0.0.1", [("/", Route::Hang)]).await;
    let f = fetcher(FetchOptions { respect_robots: false, ..opts() });
    let t0 = Instant::now();
    let err = get(&f, url(&srv, "/")).await.unwrap_err();
    assert!(matches!(err, FetchError::Timeout { what: "response", .. }), "{err:?}");
    assert!(t0.elapsed() < Duration::from_millis(800));
}

#[tokio::test]
async fn request_timeout_caps_a_body_that_keeps_coming() {
    let drip = Route::SlowDrip { body: vec![b'x'; 1000].into(), interval: Duration::from_millis(100) };
    let srv = serve("127.0.0.1", [("/", drip)]).await;
    let f = fetcher(FetchOptions { respect_robots: false, request_timeout: Duration::from_millis(500), ..opts() });
    let t0 = Instant::now();
    let err = get(&f, url(&srv, "/")).await.unwrap_err();
    assert!(matches!(err, FetchError::Timeout { what: "total", .. }), "{err:?}");
    assert!(t0.elapsed() < Duration::from_millis(900));
}

#[tokio::test]
async fn oversize_body_is_too_large_with_and_without_content_length() {
    let srv = serve(
        "127.0.0.1",
        [
            ("/declared", page(vec![b'x'; 5000])),
            ("/close-delimited", Route::unframed("y".repeat(5000))),
            ("/exact", page(vec![b'z'; 1000])),
        ],
    )
    .await;
    let f = fetcher(FetchOptions { max_body_bytes: 1000, per_host_delay: Duration::from_millis(10), ..opts() });
    for path in ["/declared", "/close-delimited"] {
        let err = get(&f, url(&srv, path)).await.unwrap_err();
        assert!(matches!(err, FetchError::TooLarge { limit: 1000, .. }), "{path}: {err:?}");
        assert_eq!(err.outcome(), FetchOutcome::TooLarge);
    }
    assert_eq!(get(&f, url(&srv, "/exact")).await.unwrap().body.len(), 1000);
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(data).unwrap();
    enc.finish().unwrap()
}

#[tokio::test]
async fn gzip_is_decoded_and_a_gzip_bomb_is_too_large() {
    let srv = serve(
        "127.0.0.1",
        [
            ("/bomb", Route::GzipBomb { decoded_len: 10 * 1024 * 1024 }),
            ("/small", page(gzip(b"hello, compressed world")).with_header("Content-Encoding", "gzip")),
            ("/corrupt", page(b"\x1f\x8b\x08\x00garbage".to_vec()).with_header("Content-Encoding", "gzip")),
        ],
    )
    .await;
    let f = fetcher(FetchOptions { max_body_bytes: 1024 * 1024, per_host_delay: Duration::from_millis(10), ..opts() });
    let ok = get(&f, url(&srv, "/small")).await.unwrap();
    assert_eq!(ok.body, b"hello, compressed world");
    assert!(ok.header("content-encoding").is_none());
    assert!(srv.requests()[1].header("accept-encoding").is_some_and(|v| v.contains("gzip")));
    let err = get(&f, url(&srv, "/bomb")).await.unwrap_err();
    assert!(matches!(err, FetchError::TooLarge { limit: 1_048_576, .. }), "{err:?}");
    let err = get(&f, url(&srv, "/corrupt")).await.unwrap_err();
    assert!(matches!(err, FetchError::Decode { .. }), "{err:?}");
}

#[tokio::test]
async fn ssrf_literal_loopback_is_blocked_before_sending() {
    let srv = serve("127.0.0.1", [("/", page("should not be reached"))]).await;
    let f = fetcher(FetchOptions { allow_private_networks: false, ..opts() });
    let err = get(&f, url(&srv, "/")).await.unwrap_err();
    let FetchError::Blocked { reason, .. } = &err else { panic!("{err:?}") };
    assert_eq!(reason, "loopback address 127.0.0.1");
    assert_eq!(err.outcome(), FetchOutcome::Blocked);
    assert!(paths(&srv).is_empty(), "the server saw {:?}", paths(&srv));
}

#[tokio::test]
async fn ssrf_hostname_resolving_to_loopback_is_blocked() {
    let srv = serve("127.0.0.1", [("/page", page("should not be reached"))]).await;
    let f = fetcher(FetchOptions { allow_private_networks: false, ..opts() });
    let url = Url::parse(&format!("http://localhost:{}/page", srv.addr().port())).unwrap();
    let err = f.get(&url, None).await.unwrap_err();
    let FetchError::Blocked { reason, .. } = &err else { panic!("{err:?}") };
    assert!(reason.starts_with("resolves to loopback address"), "{reason}");
    assert!(matches!(&err, FetchError::Blocked { url, .. } if url.ends_with("/page")), "{err:?}");
    assert!(paths(&srv).is_empty(), "the server saw {:?}", paths(&srv));
    // With the guard off the same name is fetched.
    let open = fetcher(opts());
    assert_eq!(open.get(&url, None).await.unwrap().body, b"should not be reached");
}

#[tokio::test]
async fn non_http_schemes_are_refused() {
    let f = fetcher(opts());
    for raw in ["ftp://example.com/file", "file:///etc/passwd", "gopher://example.com/"] {
        let err = f.get(&Url::parse(raw).unwrap(), None).await.unwrap_err();
        assert!(matches!(err, FetchError::UnsupportedScheme(_)), "{raw}: {err:?}");
    }
}

#[tokio::test]
async fn redirect_to_another_scheme_is_refused() {
    let srv = serve("127.0.0.1", [("/", redirect(302, "ftp://example.com/x"))]).await;
    let f = fetcher(FetchOptions { per_host_delay: Duration::from_millis(10), ..opts() });
    let err = get(&f, url(&srv, "/")).await.unwrap_err();
    assert!(matches!(err, FetchError::UnsupportedScheme(_)), "{err:?}");
}

#[tokio::test]
async fn robots_sitemaps_and_single_robots_fetch_per_origin() {
    let robots = "Sitemap: /sitemap.xml\nSitemap: https://cdn.example/news.xml\nUser-agent: *\n";
    let srv = serve("127.0.0.1", [("/robots.txt", page(robots)), ("/1", page("x")), ("/2", page("x"))]).await;
    let f = fetcher(FetchOptions { per_host_delay: Duration::from_millis(10), ..opts() });
    let maps = f.robots_sitemaps(&url(&srv, "/")).await;
    assert_eq!(maps, [url(&srv, "/sitemap.xml"), Url::parse("https://cdn.example/news.xml").unwrap()]);
    let (a, b) = tokio::join!(get(&f, url(&srv, "/1")), get(&f, url(&srv, "/2")));
    a.unwrap();
    b.unwrap();
    assert_eq!(paths(&srv).iter().filter(|p| *p == "/robots.txt").count(), 1);
}

#[tokio::test]
async fn connection_dropped_mid_body_is_a_network_error() {
    // Content-Length promises 100 bytes; 10 arrive, then the connection closes.
    let srv =
        serve("127.0.0.1", [("/", Route::LyingLength { declared: 100, body: b"0123456789".to_vec().into() })]).await;
    let f = fetcher(FetchOptions { respect_robots: false, ..opts() });
    let err = get(&f, url(&srv, "/")).await.unwrap_err();
    assert!(matches!(err, FetchError::Network { .. }), "{err:?}");
    assert_eq!(err.outcome(), FetchOutcome::Error);
    // The cause is the source, printed once: the message names the URL, the source does not again.
    let source = std::error::Error::source(&err).unwrap().to_string();
    assert_eq!(err.to_string(), format!("network error fetching {}", url(&srv, "/")));
    assert!(!source.contains("127.0.0.1"), "{source}");
}

#[tokio::test]
async fn https_to_a_plain_http_server_is_a_network_error() {
    // Exercises the TLS set-up (rustls with ring) without a certificate: the server answers the
    // ClientHello with plain HTTP, and the handshake must fail cleanly. (The fixture waits for a
    // whole HTTP request head, which a ClientHello never completes, so this answer is by hand.)
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            use tokio::io::AsyncWriteExt as _;
            let _ = stream.write_all(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n").await;
        }
    });
    let f = fetcher(FetchOptions { respect_robots: false, ..opts() });
    let url = Url::parse(&format!("https://127.0.0.1:{port}/")).unwrap();
    let err = get(&f, url).await.unwrap_err();
    assert!(matches!(err, FetchError::Network { .. }), "{err:?}");
}

/// Issue 14, item 9: `allow_private_networks` unlocks loopback and private ranges only. A redirect to
/// the cloud metadata address, to `0.0.0.0` (which Linux connects to the local host) or to a NAT64 or
/// SIIT form of them is refused before anything is sent, even with the flag on.
#[tokio::test]
async fn allowing_private_networks_never_opens_link_local_or_unspecified() {
    let srv = serve("127.0.0.1", [("/secret", page("metadata credentials"))]).await;
    let port = srv.addr().port();
    let targets = [
        "http://169.254.169.254/latest/meta-data/".to_owned(),
        format!("http://0.0.0.0:{port}/secret"),
        format!("http://[::]:{port}/secret"),
        "http://[::ffff:0:a9fe:a9fe]/latest/meta-data/".to_owned(),
        "http://[64:ff9b::a9fe:a9fe]/latest/meta-data/".to_owned(),
        "http://[2002:a9fe:a9fe::1]/latest/meta-data/".to_owned(),
        "http://[fe80::1]/".to_owned(),
        "http://224.0.0.1/".to_owned(),
    ];
    for (i, target) in targets.iter().enumerate() {
        srv.set_route(&format!("/r{i}"), redirect(302, target));
    }
    let f = fetcher(FetchOptions { per_host_delay: Duration::from_millis(1), ..opts() });
    for (i, target) in targets.iter().enumerate() {
        let err = get(&f, url(&srv, &format!("/r{i}"))).await.unwrap_err();
        assert!(matches!(&err, FetchError::Blocked { .. }), "{target}: {err:?}");
        // Asked directly, too.
        let err = get(&f, Url::parse(target).unwrap()).await.unwrap_err();
        assert!(matches!(&err, FetchError::Blocked { .. }), "{target}: {err:?}");
    }
    assert!(!paths(&srv).iter().any(|p| p == "/secret"), "the server saw {:?}", paths(&srv));
    // Loopback itself stays allowed.
    assert_eq!(get(&f, url(&srv, "/secret")).await.unwrap().body, b"metadata credentials");
}

/// Issue 14, item 17: robots.txt is requested through the host's schedule like any page. A redirect
/// to another port of the same host (http to https of one site) fetches that origin's robots.txt,
/// and it waits the per-host delay after the redirect like the page after it.
#[tokio::test]
async fn robots_txt_waits_its_turn_in_the_host_schedule() {
    let new_origin =
        serve("127.0.0.1", [("/robots.txt", page("User-agent: *\nAllow: /\n")), ("/page", page("moved"))]).await;
    let old_origin = serve("127.0.0.1", [("/page", redirect(301, &new_origin.url("/page")))]).await;
    let delay = Duration::from_millis(300);
    let f = fetcher(FetchOptions { per_host_delay: delay, ..opts() });
    assert_eq!(get(&f, url(&old_origin, "/page")).await.unwrap().body, b"moved");
    let mut seen: Vec<(Instant, String)> = old_origin
        .requests()
        .into_iter()
        .chain(new_origin.requests())
        .map(|r| (r.at, format!("{}{}", r.server.port(), r.path)))
        .collect();
    seen.sort();
    assert_eq!(seen.len(), 4, "{seen:?}"); // robots.txt (a 404) and /page on each port
    for w in seen.windows(2) {
        let gap = w[1].0.duration_since(w[0].0);
        assert!(gap >= delay - Duration::from_millis(20), "{} came {gap:?} after {}", w[1].1, w[0].1);
    }
}
