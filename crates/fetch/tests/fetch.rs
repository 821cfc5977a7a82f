//! End-to-end tests of `colonnade-fetch` against loopback HTTP/1.1 servers that record what they saw
//! and can misbehave (drip bytes, stay silent, send bombs). Nothing here leaves 127.0.0.0/8.

// Test code: a failed unwrap is a failed test. (`allow-unwrap-in-tests` covers only `#[test]` bodies.)
#![allow(clippy::unwrap_used)]

mod server;

use std::io::Write as _;
use std::time::{Duration, Instant};

use colonnade_fetch::{FetchError, FetchOptions, Fetcher, Url, Validators};
use server::{Reply, Server};

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

fn not_found() -> Reply {
    Reply::status(404)
}

#[tokio::test]
async fn user_agent_is_sent_on_robots_and_pages() {
    let srv = Server::start("127.0.0.1", |req| match req.path.as_str() {
        "/robots.txt" => Reply::ok("User-agent: *\nAllow: /\n"),
        _ => Reply::ok("<p>hello</p>").header("Content-Type", "text/html; charset=utf-8"),
    })
    .await;
    let f = fetcher(opts());
    let resp = get(&f, srv.url("/a")).await.unwrap();
    assert_eq!(resp.status, 200);
    assert_eq!(resp.body, b"<p>hello</p>");
    assert_eq!(resp.content_type.as_deref(), Some("text/html; charset=utf-8"));
    assert_eq!(resp.header("Content-Type"), Some("text/html; charset=utf-8"));
    assert!(resp.headers.iter().all(|(n, _)| *n == n.to_ascii_lowercase()));
    let seen = srv.seen();
    assert_eq!(seen.iter().map(|s| s.path.as_str()).collect::<Vec<_>>(), ["/robots.txt", "/a"]);
    for s in &seen {
        assert_eq!(s.header("user-agent"), Some("Colonnade/0.1 (+https://github.com/colonnade/colonnade)"));
    }
}

#[tokio::test]
async fn robots_disallowed_path_is_never_requested() {
    let srv = Server::start("127.0.0.1", |req| match req.path.as_str() {
        "/robots.txt" => {
            Reply::ok("User-agent: *\nDisallow: /\n\nUser-agent: Colonnade\nDisallow: /private\nAllow: /\n")
        }
        _ => Reply::ok("page"),
    })
    .await;
    let f = fetcher(FetchOptions { per_host_delay: Duration::from_millis(10), ..opts() });
    let err = get(&f, srv.url("/private/secret")).await.unwrap_err();
    assert!(matches!(err, FetchError::RobotsDisallowed(_)), "{err:?}");
    assert_eq!(err.outcome(), "robots");
    assert!(get(&f, srv.url("/public")).await.is_ok());
    // robots.txt fetched once, the disallowed path never.
    assert_eq!(srv.paths(), ["/robots.txt", "/public"]);
}

#[tokio::test]
async fn robots_4xx_allows_all_and_5xx_disallows_all() {
    let missing = Server::start("127.0.0.1", |req| match req.path.as_str() {
        "/robots.txt" => Reply::status(404),
        _ => Reply::ok("page"),
    })
    .await;
    let broken = Server::start("127.0.0.2", |req| match req.path.as_str() {
        "/robots.txt" => Reply::status(500),
        _ => Reply::ok("page"),
    })
    .await;
    let f = fetcher(opts());
    assert!(get(&f, missing.url("/x")).await.is_ok());
    let err = get(&f, broken.url("/x")).await.unwrap_err();
    assert!(matches!(err, FetchError::RobotsDisallowed(_)), "{err:?}");
    assert_eq!(broken.paths(), ["/robots.txt"]);
}

#[tokio::test]
async fn crawl_delay_is_honoured() {
    let srv = Server::start("127.0.0.1", |req| match req.path.as_str() {
        "/robots.txt" => Reply::ok("User-agent: *\nCrawl-delay: 0.3\n"),
        _ => Reply::ok("page"),
    })
    .await;
    let f = fetcher(FetchOptions { per_host_delay: Duration::from_millis(20), ..opts() });
    let (a, b) = tokio::join!(get(&f, srv.url("/1")), get(&f, srv.url("/2")));
    a.unwrap();
    b.unwrap();
    let times = srv.arrivals();
    assert_eq!(times.len(), 3, "robots.txt and two pages");
    for pair in times.windows(2) {
        let gap = pair[1] - pair[0];
        assert!(gap >= Duration::from_millis(300), "gap {gap:?} is under the 300 ms Crawl-delay");
    }
}

#[tokio::test]
async fn one_host_is_spaced_while_another_is_served_meanwhile() {
    let slow = Server::start("127.0.0.1", |_| Reply::ok("a")).await;
    let other = Server::start("127.0.0.2", |_| Reply::ok("b")).await;
    let delay = Duration::from_millis(300);
    // One global slot: waiting for host A's turn must not hold it.
    let f = fetcher(FetchOptions { per_host_delay: delay, max_concurrency: 1, respect_robots: false, ..opts() });
    let t0 = Instant::now();
    let (a1, a2, a3, b) =
        tokio::join!(get(&f, slow.url("/1")), get(&f, slow.url("/2")), get(&f, slow.url("/3")), async {
            tokio::time::sleep(Duration::from_millis(50)).await;
            get(&f, other.url("/b")).await
        });
    for r in [a1, a2, a3, b] {
        r.unwrap();
    }
    let a = slow.arrivals();
    assert_eq!(a.len(), 3);
    for pair in a.windows(2) {
        assert!(pair[1] - pair[0] >= delay, "requests to one host {:?} apart", pair[1] - pair[0]);
    }
    let b_at = other.arrivals()[0];
    assert!(b_at < a[1], "the other host waited for host A's delay");
    assert!(b_at - t0 < Duration::from_millis(200), "other host served after {:?}", b_at - t0);
}

#[tokio::test]
async fn conditional_get_sends_validators_and_304_is_not_modified() {
    let srv = Server::start("127.0.0.1", |req| match req.path.as_str() {
        "/robots.txt" => not_found(),
        _ if req.header("if-none-match") == Some("\"v1\"") => Reply::status(304),
        _ => Reply::ok("body").header("ETag", "\"v1\"").header("Last-Modified", "Wed, 21 Oct 2015 07:28:00 GMT"),
    })
    .await;
    let f = fetcher(FetchOptions { per_host_delay: Duration::from_millis(10), ..opts() });
    let first = get(&f, srv.url("/page")).await.unwrap();
    assert!(!first.not_modified);
    let expected =
        Validators { etag: Some("\"v1\"".into()), last_modified: Some("Wed, 21 Oct 2015 07:28:00 GMT".into()) };
    assert_eq!(first.validators, expected);
    let second = f.get(&srv.url("/page"), Some(&first.validators)).await.unwrap();
    assert_eq!(second.status, 304);
    assert!(second.not_modified);
    assert!(second.body.is_empty());
    // The 304 repeated no validators, so the ones we sent are kept.
    assert_eq!(second.validators, expected);
    let seen = srv.seen();
    let last = seen.last().unwrap();
    assert_eq!(last.header("if-none-match"), Some("\"v1\""));
    assert_eq!(last.header("if-modified-since"), Some("Wed, 21 Oct 2015 07:28:00 GMT"));
    assert_eq!(seen[1].header("if-none-match"), None);
}

#[tokio::test]
async fn retry_after_backs_off_that_host_only() {
    let busy = Server::start("127.0.0.1", |req| match req.path.as_str() {
        "/robots.txt" => not_found(),
        _ => Reply::status(503).header("Retry-After", "2"),
    })
    .await;
    let fine = Server::start("127.0.0.2", |req| match req.path.as_str() {
        "/robots.txt" => not_found(),
        _ => Reply::ok("fine"),
    })
    .await;
    let f = fetcher(FetchOptions { per_host_delay: Duration::from_millis(10), ..opts() });
    let err = get(&f, busy.url("/a")).await.unwrap_err();
    assert!(matches!(err, FetchError::Http { status: 503, .. }), "{err:?}");
    let key = format!("127.0.0.1:{}", busy.addr.port());
    let until = f.host_backoff(&key).unwrap();
    let wait = until.duration_since(std::time::SystemTime::now()).unwrap();
    assert!(wait > Duration::from_millis(1500) && wait <= Duration::from_secs(2), "{wait:?}");
    assert!(f.host_backoff("127.0.0.1").is_some(), "a bare host matches any port");

    let t = Instant::now();
    let err = get(&f, busy.url("/b")).await.unwrap_err();
    assert!(t.elapsed() < Duration::from_millis(50), "back-off must fail fast");
    let FetchError::BackingOff { host, .. } = &err else { panic!("{err:?}") };
    assert_eq!(host, &key);
    assert_eq!(err.outcome(), "backoff");
    assert_eq!(busy.paths(), ["/robots.txt", "/a"]);

    assert_eq!(get(&f, fine.url("/c")).await.unwrap().body, b"fine");
    assert!(f.host_backoff(&format!("127.0.0.2:{}", fine.addr.port())).is_none());
}

#[tokio::test]
async fn robots_txt_answered_with_429_backs_off_the_host() {
    let srv = Server::start("127.0.0.1", |req| match req.path.as_str() {
        "/robots.txt" => Reply::status(429).header("Retry-After", "1"),
        _ => Reply::ok("page"),
    })
    .await;
    let f = fetcher(opts());
    let err = get(&f, srv.url("/a")).await.unwrap_err();
    assert!(matches!(err, FetchError::BackingOff { .. }), "{err:?}");
    let err = get(&f, srv.url("/b")).await.unwrap_err();
    assert!(matches!(err, FetchError::BackingOff { .. }), "{err:?}");
    assert_eq!(srv.paths(), ["/robots.txt"]);
}

#[tokio::test]
async fn redirects_are_followed_and_recorded() {
    let srv = Server::start("127.0.0.1", |req| match req.path.as_str() {
        "/robots.txt" => not_found(),
        "/old" => Reply::redirect(301, "/middle#frag"),
        "/middle" => Reply::redirect(302, "final?x=1"),
        "/final?x=1" => Reply::ok("done"),
        _ => not_found(),
    })
    .await;
    let f = fetcher(FetchOptions { per_host_delay: Duration::from_millis(10), ..opts() });
    let resp = get(&f, srv.url("/old")).await.unwrap();
    assert_eq!(resp.body, b"done");
    assert_eq!(resp.url, srv.url("/old"));
    assert_eq!(resp.final_url, srv.url("/final?x=1"));
    assert_eq!(resp.redirects, [srv.url("/middle"), srv.url("/final?x=1")]);
}

#[tokio::test]
async fn redirect_loop_is_an_error() {
    let srv = Server::start("127.0.0.1", |req| match req.path.as_str() {
        "/robots.txt" => not_found(),
        "/a" => Reply::redirect(302, "/b"),
        "/b" => Reply::redirect(302, "/a"),
        _ => not_found(),
    })
    .await;
    let f = fetcher(FetchOptions { per_host_delay: Duration::from_millis(10), ..opts() });
    let err = get(&f, srv.url("/a")).await.unwrap_err();
    assert!(matches!(&err, FetchError::RedirectLoop(u) if u.ends_with("/a")), "{err:?}");
    assert_eq!(srv.paths(), ["/robots.txt", "/a", "/b"]);
}

#[tokio::test]
async fn eleven_redirects_are_too_many_ten_are_fine() {
    let srv = Server::start("127.0.0.1", |req| {
        let n: Option<u32> = req.path.strip_prefix("/r/").and_then(|n| n.parse().ok());
        match n {
            Some(n) if n < 11 => Reply::redirect(302, &format!("/r/{}", n + 1)),
            Some(_) => Reply::ok("end"),
            None => not_found(),
        }
    })
    .await;
    let f = fetcher(FetchOptions { per_host_delay: Duration::ZERO, ..opts() });
    let err = get(&f, srv.url("/r/0")).await.unwrap_err();
    assert!(matches!(&err, FetchError::TooManyRedirects(u) if u.ends_with("/r/11")), "{err:?}");
    assert!(!srv.paths().contains(&"/r/11".to_owned()));
    let ok = get(&f, srv.url("/r/1")).await.unwrap();
    assert_eq!(ok.redirects.len(), 10);
    assert_eq!(ok.body, b"end");
}

#[tokio::test]
async fn redirect_to_a_robots_disallowed_path_is_not_followed() {
    let srv = Server::start("127.0.0.1", |req| match req.path.as_str() {
        "/robots.txt" => Reply::ok("User-agent: *\nDisallow: /private\n"),
        "/start" => Reply::redirect(301, "/private/page"),
        _ => Reply::ok("secret"),
    })
    .await;
    let f = fetcher(FetchOptions { per_host_delay: Duration::from_millis(10), ..opts() });
    let err = get(&f, srv.url("/start")).await.unwrap_err();
    assert!(matches!(&err, FetchError::RobotsDisallowed(u) if u.ends_with("/private/page")), "{err:?}");
    assert_eq!(srv.paths(), ["/robots.txt", "/start"]);
}

#[tokio::test]
async fn slow_drip_is_abandoned_while_another_host_completes() {
    let drip = Server::start("127.0.0.1", |req| match req.path.as_str() {
        "/robots.txt" => not_found(),
        _ => Reply::Drip { len: 100, every: Duration::from_secs(1) },
    })
    .await;
    let other = Server::start("127.0.0.2", |req| match req.path.as_str() {
        "/robots.txt" => not_found(),
        _ => Reply::ok("quick"),
    })
    .await;
    let f = fetcher(FetchOptions { per_host_delay: Duration::from_millis(10), ..opts() });
    // Warm up robots.txt for both so only the page requests are timed.
    let _ = f.robots_sitemaps(&drip.url("/")).await;
    let _ = f.robots_sitemaps(&other.url("/")).await;
    tokio::time::sleep(Duration::from_millis(20)).await;
    let t0 = Instant::now();
    let (slow, quick) = tokio::join!(get(&f, drip.url("/drip")), async {
        tokio::time::sleep(Duration::from_millis(50)).await;
        let r = get(&f, other.url("/q")).await;
        (r, t0.elapsed())
    });
    let slow_took = t0.elapsed();
    let err = slow.unwrap_err();
    assert!(matches!(err, FetchError::Timeout { what: "body stalled", .. }), "{err:?}");
    assert_eq!(err.outcome(), "timeout");
    assert!(slow_took < Duration::from_millis(900), "stall detected after {slow_took:?}");
    let (quick, quick_took) = quick;
    assert_eq!(quick.unwrap().body, b"quick");
    assert!(quick_took < Duration::from_millis(250), "other host took {quick_took:?}");
}

#[tokio::test]
async fn silent_server_times_out_waiting_for_the_response() {
    let srv = Server::start("127.0.0.1", |_| Reply::Silent).await;
    let f = fetcher(FetchOptions { respect_robots: false, ..opts() });
    let t0 = Instant::now();
    let err = get(&f, srv.url("/")).await.unwrap_err();
    assert!(matches!(err, FetchError::Timeout { what: "response", .. }), "{err:?}");
    assert!(t0.elapsed() < Duration::from_millis(800));
}

#[tokio::test]
async fn request_timeout_caps_a_body_that_keeps_coming() {
    let srv = Server::start("127.0.0.1", |_| Reply::Drip { len: 1000, every: Duration::from_millis(100) }).await;
    let f = fetcher(FetchOptions { respect_robots: false, request_timeout: Duration::from_millis(500), ..opts() });
    let t0 = Instant::now();
    let err = get(&f, srv.url("/")).await.unwrap_err();
    assert!(matches!(err, FetchError::Timeout { what: "total", .. }), "{err:?}");
    assert!(t0.elapsed() < Duration::from_millis(900));
}

#[tokio::test]
async fn oversize_body_is_too_large_with_and_without_content_length() {
    let srv = Server::start("127.0.0.1", |req| match req.path.as_str() {
        "/robots.txt" => not_found(),
        "/declared" => Reply::ok(vec![b'x'; 5000]),
        "/close-delimited" => Reply::Raw(format!("HTTP/1.1 200 OK\r\n\r\n{}", "y".repeat(5000)).into_bytes()),
        _ => Reply::ok(vec![b'z'; 1000]),
    })
    .await;
    let f = fetcher(FetchOptions { max_body_bytes: 1000, per_host_delay: Duration::from_millis(10), ..opts() });
    for path in ["/declared", "/close-delimited"] {
        let err = get(&f, srv.url(path)).await.unwrap_err();
        assert!(matches!(err, FetchError::TooLarge { limit: 1000, .. }), "{path}: {err:?}");
        assert_eq!(err.outcome(), "too_large");
    }
    assert_eq!(get(&f, srv.url("/exact")).await.unwrap().body.len(), 1000);
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(data).unwrap();
    enc.finish().unwrap()
}

#[tokio::test]
async fn gzip_is_decoded_and_a_gzip_bomb_is_too_large() {
    let bomb = gzip(&vec![0u8; 10 * 1024 * 1024]);
    assert!(bomb.len() < 64 * 1024, "bomb is {} bytes", bomb.len());
    let small = gzip(b"hello, compressed world");
    let srv = Server::start("127.0.0.1", move |req| match req.path.as_str() {
        "/robots.txt" => not_found(),
        "/bomb" => Reply::ok(bomb.clone()).header("Content-Encoding", "gzip"),
        "/small" => Reply::ok(small.clone()).header("Content-Encoding", "gzip"),
        _ => Reply::ok(b"\x1f\x8b\x08\x00garbage".to_vec()).header("Content-Encoding", "gzip"),
    })
    .await;
    let f = fetcher(FetchOptions { max_body_bytes: 1024 * 1024, per_host_delay: Duration::from_millis(10), ..opts() });
    let ok = get(&f, srv.url("/small")).await.unwrap();
    assert_eq!(ok.body, b"hello, compressed world");
    assert!(ok.header("content-encoding").is_none());
    assert!(srv.seen()[1].header("accept-encoding").is_some_and(|v| v.contains("gzip")));
    let err = get(&f, srv.url("/bomb")).await.unwrap_err();
    assert!(matches!(err, FetchError::TooLarge { limit: 1_048_576, .. }), "{err:?}");
    let err = get(&f, srv.url("/corrupt")).await.unwrap_err();
    assert!(matches!(err, FetchError::Decode { .. }), "{err:?}");
}

#[tokio::test]
async fn ssrf_literal_loopback_is_blocked_before_sending() {
    let srv = Server::start("127.0.0.1", |_| Reply::ok("should not be reached")).await;
    let f = fetcher(FetchOptions { allow_private_networks: false, ..opts() });
    let err = get(&f, srv.url("/")).await.unwrap_err();
    let FetchError::Blocked { reason, .. } = &err else { panic!("{err:?}") };
    assert_eq!(reason, "loopback address 127.0.0.1");
    assert_eq!(err.outcome(), "blocked");
    assert!(srv.paths().is_empty(), "the server saw {:?}", srv.paths());
}

#[tokio::test]
async fn ssrf_hostname_resolving_to_loopback_is_blocked() {
    let srv = Server::start("127.0.0.1", |_| Reply::ok("should not be reached")).await;
    let f = fetcher(FetchOptions { allow_private_networks: false, ..opts() });
    let url = Url::parse(&format!("http://localhost:{}/page", srv.addr.port())).unwrap();
    let err = f.get(&url, None).await.unwrap_err();
    let FetchError::Blocked { reason, .. } = &err else { panic!("{err:?}") };
    assert!(reason.starts_with("resolves to loopback address"), "{reason}");
    assert!(matches!(&err, FetchError::Blocked { url, .. } if url.ends_with("/page")), "{err:?}");
    assert!(srv.paths().is_empty(), "the server saw {:?}", srv.paths());
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
    let srv = Server::start("127.0.0.1", |req| match req.path.as_str() {
        "/robots.txt" => not_found(),
        _ => Reply::redirect(302, "ftp://example.com/x"),
    })
    .await;
    let f = fetcher(FetchOptions { per_host_delay: Duration::from_millis(10), ..opts() });
    let err = get(&f, srv.url("/")).await.unwrap_err();
    assert!(matches!(err, FetchError::UnsupportedScheme(_)), "{err:?}");
}

#[tokio::test]
async fn robots_sitemaps_and_single_robots_fetch_per_origin() {
    let srv = Server::start("127.0.0.1", |req| match req.path.as_str() {
        "/robots.txt" => Reply::ok("Sitemap: /sitemap.xml\nSitemap: https://cdn.example/news.xml\nUser-agent: *\n"),
        _ => Reply::ok("x"),
    })
    .await;
    let f = fetcher(FetchOptions { per_host_delay: Duration::from_millis(10), ..opts() });
    let maps = f.robots_sitemaps(&srv.url("/")).await;
    assert_eq!(maps, [srv.url("/sitemap.xml"), Url::parse("https://cdn.example/news.xml").unwrap()]);
    let (a, b) = tokio::join!(get(&f, srv.url("/1")), get(&f, srv.url("/2")));
    a.unwrap();
    b.unwrap();
    assert_eq!(srv.paths().iter().filter(|p| *p == "/robots.txt").count(), 1);
}

#[tokio::test]
async fn connection_dropped_mid_body_is_a_network_error() {
    // Content-Length promises 100 bytes; 10 arrive, then the connection closes.
    let srv = Server::start("127.0.0.1", |_| {
        Reply::Raw(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\nConnection: close\r\n\r\n0123456789".to_vec())
    })
    .await;
    let f = fetcher(FetchOptions { respect_robots: false, ..opts() });
    let err = get(&f, srv.url("/")).await.unwrap_err();
    assert!(matches!(err, FetchError::Network { .. }), "{err:?}");
    assert_eq!(err.outcome(), "error");
}

#[tokio::test]
async fn https_to_a_plain_http_server_is_a_network_error() {
    // Exercises the TLS set-up (rustls with ring) without a certificate: the server answers the
    // ClientHello with plain HTTP, and the handshake must fail cleanly.
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
