//! Issue 14, "The site under hostile clients": slow and idle connections, counter abuse, forged
//! `Host` and `X-Forwarded-For` headers, private metrics, bad bodies and compression, each over
//! a real socket.

use std::io::Read;
use std::time::Instant;

use tokio::net::TcpStream;
use tokio::task::JoinSet;

use super::*;

/// The start of a request whose headers never end.
const HALF: &[u8] = b"GET / HTTP/1.1\r\nHost: x\r\n";

/// Reads until the server closes `stream` (true) or `within` passes (false). Whatever the server
/// says before closing (a 408, a 503, a response) is skipped.
async fn closed_within(stream: &mut TcpStream, within: Duration) -> bool {
    let deadline = tokio::time::Instant::now() + within;
    let mut buf = [0u8; 4096];
    loop {
        match tokio::time::timeout_at(deadline, stream.read(&mut buf)).await {
            Err(_) => return false,
            Ok(Ok(0) | Err(_)) => return true,
            Ok(Ok(_)) => {}
        }
    }
}

/// Opens `n` sockets that each send [`HALF`] and nothing more.
async fn slow_sockets(addr: SocketAddr, n: usize) -> Vec<TcpStream> {
    let mut set = JoinSet::new();
    let mut sockets = Vec::with_capacity(n);
    for i in 0..n {
        set.spawn(async move {
            let mut s = TcpStream::connect(addr).await.unwrap();
            s.write_all(HALF).await.unwrap();
            s
        });
        // Connect in batches, so the listen backlog never overflows.
        if i % 500 == 499 {
            while let Some(s) = set.join_next().await {
                sockets.push(s.unwrap());
            }
        }
    }
    while let Some(s) = set.join_next().await {
        sockets.push(s.unwrap());
    }
    sockets
}

/// The soft limit on open files of this process (Linux), if it can be read.
fn open_file_limit() -> Option<usize> {
    let limits = std::fs::read_to_string("/proc/self/limits").ok()?;
    let line = limits.lines().find(|l| l.starts_with("Max open files"))?;
    line.split_whitespace().nth(3)?.parse().ok()
}

// ---- 1. slow and idle connections ---------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue_14_headers_never_finished_idle_keep_alive_and_silent_bodies_are_closed() {
    let s = Server::start(SiteOptions {
        header_read_timeout: Duration::from_millis(500),
        idle_timeout: Duration::from_millis(1500),
        ..SiteOptions::default()
    })
    .await;
    // Half a request: closed once the header-read timeout has passed.
    let mut slow = TcpStream::connect(s.addr).await.unwrap();
    slow.write_all(HALF).await.unwrap();
    let started = Instant::now();
    assert!(closed_within(&mut slow, Duration::from_secs(5)).await, "a half-sent request keeps its socket");
    assert!(started.elapsed() >= Duration::from_millis(400), "closed before the timeout: {:?}", started.elapsed());
    // A kept-alive connection that sends nothing after its answer: closed too.
    let mut idle = TcpStream::connect(s.addr).await.unwrap();
    idle.write_all(format!("GET /healthz HTTP/1.1\r\nHost: {}\r\n\r\n", s.addr).as_bytes()).await.unwrap();
    assert!(closed_within(&mut idle, Duration::from_secs(5)).await, "an idle keep-alive connection stays open");
    // A body trickled in (one byte of ten, then silence): closed by the idle timeout.
    let mut trickle = TcpStream::connect(s.addr).await.unwrap();
    let like =
        format!("POST /columns/{}/like HTTP/1.1\r\nHost: {}\r\nContent-Length: 10\r\n\r\nx", s.ids.trees, s.addr);
    trickle.write_all(like.as_bytes()).await.unwrap();
    let started = Instant::now();
    assert!(closed_within(&mut trickle, Duration::from_secs(8)).await, "a silent body keeps its socket");
    assert!(started.elapsed() >= Duration::from_millis(1000), "{:?}", started.elapsed());
    s.stop().await;
}

/// Measured (debug build, the shared 2-core machine under a load average of 4–5 from other
/// builds, 2026-12-06): with 2,000 slow sockets open, ten requests for `/` took 0.22 ms (first),
/// 0.25 ms (median) and 6.6 ms (slowest), well under the 100 ms the issue asks for. The test
/// asserts only that each is answered within 2 s, a bound a loaded CI machine keeps.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue_14_two_thousand_slow_sockets_do_not_stop_a_normal_request() {
    // Both ends of every socket live in this process: two descriptors each, plus headroom.
    let limit = open_file_limit().unwrap_or(1024);
    let n = 2000.min(limit.saturating_sub(256) / 2);
    if n < 2000 {
        eprintln!("open-file limit {limit}: using {n} slow sockets instead of 2,000");
    }
    let timeout = Duration::from_secs(10);
    let s = Server::start(SiteOptions { header_read_timeout: timeout, ..SiteOptions::default() }).await;
    let opened = Instant::now();
    let mut slow = slow_sockets(s.addr, n).await;
    assert_eq!(slow.len(), n);
    eprintln!("{n} slow sockets opened in {:?}", opened.elapsed());
    // While they are all open: a reader's request is answered, and quickly.
    let mut times = Vec::new();
    for _ in 0..10 {
        let started = Instant::now();
        let r = tokio::time::timeout(Duration::from_secs(2), s.client.get(s.url("/")).send())
            .await
            .expect("a normal request waited more than 2 s behind the slow sockets")
            .unwrap();
        assert_eq!(r.status(), StatusCode::OK);
        r.bytes().await.unwrap();
        times.push(started.elapsed());
    }
    // They were all still open (nothing to read, not closed) while the requests ran.
    let mut buf = [0u8; 64];
    let open = slow
        .iter()
        .filter(|s| matches!(s.try_read(&mut buf), Err(e) if e.kind() == std::io::ErrorKind::WouldBlock))
        .count();
    assert_eq!(
        open,
        n,
        "slow sockets closed before the requests ended ({:?} after the first opened)",
        opened.elapsed()
    );
    times.sort();
    eprintln!(
        "{n} slow sockets open: first request {:?}, median {:?}, max {:?} (10 requests)",
        times.first().copied().unwrap_or_default(),
        times[times.len() / 2],
        times[times.len() - 1]
    );
    // And every slow socket is closed by the server once the header-read timeout has passed.
    let mut set = JoinSet::new();
    for mut socket in slow.drain(..) {
        set.spawn(async move { closed_within(&mut socket, Duration::from_secs(15)).await });
    }
    let mut closed = 0;
    while let Some(c) = set.join_next().await {
        closed += usize::from(c.unwrap());
    }
    assert_eq!(closed, n, "slow sockets left open");
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue_14_connections_past_the_cap_are_closed_at_once() {
    let s = Server::start(SiteOptions { max_connections: 20, ..SiteOptions::default() }).await;
    let slow = slow_sockets(s.addr, 20).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let mut extra = TcpStream::connect(s.addr).await.unwrap();
    let mut answer = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(2), extra.read_to_end(&mut answer)).await;
    assert!(read.is_ok(), "a connection past the cap was left open");
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.is_empty() || answer.starts_with("HTTP/1.1 503"), "{answer}");
    // The slow ones gone, readers are served again.
    drop(slow);
    let mut served = false;
    for _ in 0..50 {
        if s.client.get(s.url("/healthz")).send().await.is_ok_and(|r| r.status() == StatusCode::OK) {
            served = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(served);
    s.stop().await;
}

// ---- 2. counter abuse ---------------------------------------------------------------------

/// The views shown on a column page.
fn views_on(html: &str) -> u64 {
    html.split("<span data-test=\"views\">").nth(1).unwrap().split('<').next().unwrap().parse().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue_14_one_address_rotating_user_agents_counts_at_most_its_budget_and_others_still_count() {
    let s = Server::start(SiteOptions {
        trust_forwarded_for: true,
        max_visitor_keys: 1000,
        visitor_keys_per_client: 50,
        flush_interval: Duration::from_secs(3600),
        ..SiteOptions::default()
    })
    .await;
    let path = s.column_path(s.ids.bikes).await;
    let mut set = JoinSet::new();
    for task in 0..4 {
        let (client, url) = (s.client.clone(), s.url(&path));
        set.spawn(async move {
            for i in (task..5000).step_by(4) {
                let r = client
                    .get(&url)
                    .header("user-agent", format!("Mozilla/5.0 (X11; Linux x86_64; rv:{i}.0) Firefox/{i}.0"))
                    .header("x-forwarded-for", "203.0.113.7")
                    .send()
                    .await
                    .unwrap();
                assert_eq!(r.status(), StatusCode::OK);
                r.bytes().await.unwrap();
            }
        });
    }
    while let Some(done) = set.join_next().await {
        done.unwrap();
    }
    let views = |ip: &'static str, dest: Option<&'static str>| {
        let mut req = s.client.get(s.url(&path)).header("x-forwarded-for", ip);
        if let Some(dest) = dest {
            req = req.header("sec-fetch-dest", dest);
        }
        async move { views_on(&req.send().await.unwrap().text().await.unwrap()) }
    };
    // 5,000 User-Agents from one address: 50 views. Another visitor still counts.
    assert_eq!(views("198.51.100.9", None).await, 51);
    // A page loaded as an image or by a script elsewhere is not a view; as a document it is.
    assert_eq!(views("198.51.100.10", Some("image")).await, 51);
    assert_eq!(views("198.51.100.11", Some("empty")).await, 51);
    assert_eq!(views("198.51.100.12", Some("document")).await, 52);
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue_14_likes_from_twenty_addresses_of_one_ipv6_64_share_one_limit() {
    let s =
        Server::start(SiteOptions { trust_forwarded_for: true, likes_per_minute: 10, ..SiteOptions::default() }).await;
    let like = s.url(&format!("/columns/{}/like", s.ids.trees));
    let post =
        |ip: String| s.client.post(&like).header("accept", "application/json").header("x-forwarded-for", ip).send();
    let mut statuses = Vec::new();
    for i in 1..=20 {
        statuses.push(post(format!("2001:db8:1:2::{i:x}")).await.unwrap().status().as_u16());
    }
    assert_eq!(statuses, [[200; 10], [429; 10]].concat());
    // Another /64 is another client.
    assert_eq!(post("2001:db8:1:3::1".into()).await.unwrap().status(), StatusCode::OK);
    s.stop().await;
}

// ---- 4. Host ------------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue_14_foreign_hosts_get_421_unless_allowed_or_a_base_url_is_set() {
    let s = Server::default().await;
    let port = s.addr.port();
    for (host, want) in [
        ("evil.example".to_owned(), 421),
        (format!("evil.example:{port}"), 421),
        (format!("localhost:{port}"), 200),
        (format!("LOCALHOST:{port}"), 200),
        (s.addr.to_string(), 200),
        (format!("[::1]:{port}"), 200),
    ] {
        let got = raw_status(s.addr, format!("GET / HTTP/1.1\r\nHost: {host}\r\n\r\n").as_bytes()).await;
        assert_eq!(got, want, "Host: {host}");
    }
    // No Host at all (HTTP/1.0): the listen address.
    assert_eq!(raw_status(s.addr, b"GET / HTTP/1.0\r\n\r\n").await, 200);
    // A load balancer's health check by IP address.
    assert_eq!(raw_status(s.addr, b"GET /healthz HTTP/1.1\r\nHost: 10.1.2.3:8080\r\n\r\n").await, 200);
    let page = s.client.get(s.url("/")).header("host", format!("localhost:{port}")).send().await.unwrap();
    assert!(
        page.text().await.unwrap().contains(&format!("<link rel=\"canonical\" href=\"http://localhost:{port}/\">"))
    );
    s.stop().await;

    // A configured list replaces the default.
    let s =
        Server::start(SiteOptions { allowed_hosts: vec!["columns.example".into()], ..SiteOptions::default() }).await;
    let r = s.client.get(s.url("/")).header("host", "Columns.Example:8080").send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.text().await.unwrap().contains("<link rel=\"canonical\" href=\"http://columns.example:8080/\">"));
    assert_eq!(s.status("/").await, StatusCode::MISDIRECTED_REQUEST);
    s.stop().await;

    // With a base URL, every Host is answered and none reaches a link; HTTPS brings HSTS.
    let s =
        Server::start(SiteOptions { base_url: Some("https://columns.example".into()), ..SiteOptions::default() }).await;
    let r = s.client.get(s.url("/")).header("host", "evil.example").send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()["strict-transport-security"], "max-age=31536000");
    let html = r.text().await.unwrap();
    assert!(html.contains("https://columns.example/") && !html.contains("evil.example"));
    s.stop().await;
    let s = Server::default().await;
    assert!(s.get("/").await.headers().get("strict-transport-security").is_none(), "HSTS without HTTPS");
    s.stop().await;

    // The warning at start.
    let public: SocketAddr = "0.0.0.0:8080".parse().unwrap();
    let loopback: SocketAddr = "127.0.0.1:8080".parse().unwrap();
    assert!(colonnade_web::host_warning(&SiteOptions::default(), public).is_some_and(|w| w.contains("base_url")));
    assert!(colonnade_web::host_warning(&SiteOptions::default(), loopback).is_none());
    let with_base = SiteOptions { base_url: Some("https://columns.example".into()), ..SiteOptions::default() };
    assert!(colonnade_web::host_warning(&with_base, public).is_none());
}

// ---- 5. X-Forwarded-For -------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue_14_forwarded_for_is_the_trusted_proxys_entry_over_every_header_line() {
    let s =
        Server::start(SiteOptions { trust_forwarded_for: true, likes_per_minute: 1, ..SiteOptions::default() }).await;
    let like = s.url(&format!("/columns/{}/like", s.ids.trees));
    let post = |lines: &[&str]| {
        let mut req = s.client.post(&like).header("accept", "application/json");
        for line in lines {
            req = req.header("x-forwarded-for", *line);
        }
        req.send()
    };
    // The client wrote the first line; the proxy appended the second, with a port.
    assert_eq!(post(&["192.0.2.1", "198.51.100.1:4711"]).await.unwrap().status(), StatusCode::OK);
    // Other forged entries, the same proxy entry: the same client, limited.
    assert_eq!(post(&["192.0.2.2, 192.0.2.3", "198.51.100.1"]).await.unwrap().status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(post(&["198.51.100.1, [2001:db8::7]:443"]).await.unwrap().status(), StatusCode::OK);
    s.stop().await;

    // Two proxies: the entry two from the right; too few entries: the socket peer.
    let s = Server::start(SiteOptions {
        trust_forwarded_for: true,
        trusted_proxy_hops: 2,
        likes_per_minute: 1,
        ..SiteOptions::default()
    })
    .await;
    let like = s.url(&format!("/columns/{}/like", s.ids.trees));
    let post = |xff: &'static str| {
        s.client.post(&like).header("accept", "application/json").header("x-forwarded-for", xff).send()
    };
    assert_eq!(post("forged, 203.0.113.5, 10.0.0.1").await.unwrap().status(), StatusCode::OK);
    assert_eq!(post("203.0.113.5, 10.0.0.2").await.unwrap().status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(post("203.0.113.6").await.unwrap().status(), StatusCode::OK, "the peer, 127.0.0.1");
    assert_eq!(post("203.0.113.7").await.unwrap().status(), StatusCode::TOO_MANY_REQUESTS, "the peer again");
    s.stop().await;
}

// ---- 6. metrics ---------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue_14_metrics_are_off_the_public_site_unless_a_token_is_given() {
    let s = Server::default().await;
    s.page("/").await;
    assert_eq!(s.status("/metrics").await, StatusCode::NOT_FOUND);
    let r = s.client.get(s.url("/metrics")).bearer_auth("anything-at-all-1234").send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    // Their own address serves them, and nothing else.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let metrics_addr = listener.local_addr().unwrap();
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(colonnade_web::serve_metrics(listener, s.site.clone(), async move {
        let _ = rx.await;
    }));
    let r = s.client.get(format!("http://{metrics_addr}/metrics")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.text().await.unwrap().contains("colonnade_http_requests_total"));
    let r = s.client.get(format!("http://{metrics_addr}/")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let _ = tx.send(());
    task.await.unwrap().unwrap();
    s.stop().await;

    let token = "0123456789abcdef-token";
    let s = Server::start(SiteOptions { metrics_token: Some(token.into()), ..SiteOptions::default() }).await;
    assert_eq!(s.status("/metrics").await, StatusCode::NOT_FOUND);
    let wrong = s.client.get(s.url("/metrics")).bearer_auth("0123456789abcdef-tokeN").send().await.unwrap();
    assert_eq!(wrong.status(), StatusCode::NOT_FOUND);
    let right = s.client.get(s.url("/metrics")).bearer_auth(token).send().await.unwrap();
    assert_eq!(right.status(), StatusCode::OK);
    assert!(right.text().await.unwrap().contains("colonnade_http_requests_total"));
    s.stop().await;
}

// ---- 7. bad bodies ------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue_14_a_like_with_a_garbage_body_is_400_not_a_redirect() {
    let s = Server::default().await;
    let like = s.url(&format!("/columns/{}/like", s.ids.trees));
    for (content_type, body) in [
        ("application/x-www-form-urlencoded", b"\x00\xff{{{garbage".to_vec()),
        ("application/x-www-form-urlencoded", b"likes=%zz".to_vec()),
        ("application/json", b"{\"likes\": 1000}".to_vec()),
        ("text/plain", b"<script>alert(1)</script>".to_vec()),
    ] {
        let r = s.client.post(&like).header("content-type", content_type).body(body.clone()).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::BAD_REQUEST, "{:?}", String::from_utf8_lossy(&body));
    }
    // The form a browser sends (no fields) still works, and was counted once.
    let r = s.client.post(&like).header("content-type", "application/x-www-form-urlencoded").send().await.unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let html = s.page(&s.column_path(s.ids.trees).await).await;
    assert!(html.contains("<span data-test=\"likes\" aria-live=\"polite\">1</span>"));
    s.stop().await;
}

// ---- 8. compression -----------------------------------------------------------------------

fn gunzip(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(bytes).read_to_end(&mut out).unwrap();
    out
}

fn unbrotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    brotli::Decompressor::new(bytes, 4096).read_to_end(&mut out).unwrap();
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue_14_html_json_feeds_and_sitemaps_are_compressed_as_asked_with_vary() {
    let s = Server::start(SiteOptions { cache_ttl: Duration::from_secs(3600), ..SiteOptions::default() }).await;
    let column = s.column_path(s.ids.trees).await;
    for path in ["/", "/feed.atom", "/feed.json", "/sitemap.xml", "/api/articles", "/columnists", column.as_str()] {
        let get = |ae: Option<&'static str>| {
            let mut req = s.client.get(s.url(path));
            if let Some(ae) = ae {
                req = req.header("accept-encoding", ae);
            }
            async move {
                let r = req.send().await.unwrap();
                assert_eq!(r.status(), StatusCode::OK, "{path}");
                let vary =
                    r.headers().get_all("vary").iter().map(|v| v.to_str().unwrap().to_lowercase()).collect::<Vec<_>>();
                assert!(vary.iter().any(|v| v.contains("accept-encoding")), "{path}: vary {vary:?}");
                let coding = r.headers().get("content-encoding").map(|v| v.to_str().unwrap().to_owned());
                (coding, r.bytes().await.unwrap().to_vec())
            }
        };
        let (coding, plain) = get(None).await;
        assert_eq!(coding, None, "{path}");
        let (coding, gz) = get(Some("gzip")).await;
        assert_eq!(coding.as_deref(), Some("gzip"), "{path}");
        assert_eq!(gunzip(&gz), plain, "{path}");
        assert!(gz.len() < plain.len(), "{path}");
        let (coding, br) = get(Some("gzip, deflate, br")).await;
        assert_eq!(coding.as_deref(), Some("br"), "{path}");
        assert_eq!(unbrotli(&br), plain, "{path}");
        // A cached page: the same compressed bytes again.
        if path != column {
            assert_eq!(get(Some("gzip")).await.1, gz, "{path}");
        }
    }
    s.stop().await;
}
