//! The `colonnade` binary as a user runs it: real processes, real files, fixture sites on
//! loopback. One test binary for the crate.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use colonnade_fixture::{Route, Server, Site};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_colonnade"))
}

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../extract/tests/fixtures").join(name)
}

fn article_html(title: &str, author: &str, n: usize) -> String {
    let para = format!(
        "<p>Column number {n} argues its case at length, with evidence, counter-arguments and a conclusion that \
         readers may or may not share, which is the point of a column.</p>"
    );
    // A paragraph of its own, so that no two fixture columns are syndicated copies of each other.
    const WORDS: [&str; 31] = [
        "harbour", "orchard", "ledger", "lantern", "meadow", "quarry", "ferry", "granary", "violin", "compass",
        "thistle", "bakery", "glacier", "ribbon", "saddle", "pepper", "tunnel", "falcon", "marble", "cinder", "walnut",
        "beacon", "cobalt", "juniper", "kettle", "mosaic", "nectar", "parcel", "quiver", "timber", "velvet",
    ];
    let seed = title.bytes().fold(7usize, |h, b| h.wrapping_mul(31).wrapping_add(usize::from(b)));
    let own: Vec<&str> = (0..100).map(|k| WORDS[(seed / (k % 7 + 1) + k * (seed % 29 + 1)) % WORDS.len()]).collect();
    format!(
        "<html lang=en><head><title>{title}</title><meta name=author content=\"{author}\">\
         <meta property=article:published_time content=2024-05-0{}T10:00:00Z></head>\
         <body><article><h1>{title}</h1>{para}<p>{}.</p>{para}{para}</article></body></html>",
        1 + n % 9,
        own.join(" ")
    )
}

/// Starts `hosts` fixture publications with `per_host` articles each; returns the servers and
/// a colonnade.toml that lists them.
async fn sites(hosts: usize, per_host: usize, delay_ms: u64) -> (Vec<Server>, String) {
    let mut servers = Vec::new();
    let mut toml = format!("[crawl]\nallow_private_networks = true\nper_host_delay_ms = {delay_ms}\n");
    for h in 0..hosts {
        let s = Server::start("127.0.0.1".parse().unwrap(), Site::new()).await.unwrap();
        let base = s.base();
        let mut items = String::new();
        for i in 0..per_host {
            let path = format!("/col/{i}.html");
            s.set_route(&path, Route::page("text/html", article_html(&format!("Column {h}-{i}"), "Jane Doe", i)));
            items.push_str(&format!("<item><title>Column {h}-{i}</title><link>{base}{path}</link></item>"));
        }
        s.set_route(
            "/feed.xml",
            Route::page(
                "application/rss+xml",
                format!("<rss version=\"2.0\"><channel><title>F</title>{items}</channel></rss>"),
            ),
        );
        toml.push_str(&format!(
            "\n[[publication]]\nname = \"Paper {h}\"\nhomepage = \"{base}/\"\nfeeds = [\"{base}/feed.xml\"]\n"
        ));
        servers.push(s);
    }
    (servers, toml)
}

fn count_articles(data: &Path) -> (i64, String) {
    let conn = rusqlite::Connection::open(data.join("colonnade.db")).unwrap();
    let n: i64 = conn.query_row("SELECT count(*) FROM articles", [], |r| r.get(0)).unwrap();
    let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    (n, check)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killed_crawls_lose_nothing_and_the_next_crawl_finishes_the_job() {
    let (servers, toml) = sites(3, 100, 20).await;
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("colonnade.toml");
    std::fs::write(&config, toml).unwrap();
    let data = dir.path().join("data");
    let mut stored_before = 0;
    for (round, kill_after) in [300u64, 350, 250, 400, 300].into_iter().enumerate() {
        let mut child = bin()
            .args(["--config", config.to_str().unwrap(), "--data", data.to_str().unwrap(), "crawl", "--once"])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = child.stderr.take().unwrap();
        let reader = std::thread::spawn(move || {
            // Sum of "N new" in the progress lines: articles the crawler reported stored.
            BufReader::new(stderr)
                .lines()
                .map_while(Result::ok)
                .filter_map(|l| l.rsplit_once(" — ").and_then(|(_, s)| s.strip_suffix(" new")?.parse::<i64>().ok()))
                .sum::<i64>()
        });
        tokio::time::sleep(Duration::from_millis(kill_after)).await;
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let reported = reader.join().unwrap();
        if !data.join("colonnade.db").exists() {
            continue;
        }
        let (stored, check) = count_articles(&data);
        assert_eq!(check, "ok", "round {round}");
        assert!(stored >= stored_before, "round {round}: {stored} < {stored_before}: something was lost");
        assert!(stored - stored_before >= reported, "round {round}: reported {reported}, stored {stored}");
        eprintln!("round {round}: killed after {kill_after} ms, {stored} stored, {reported} reported");
        stored_before = stored;
    }
    let out = bin()
        .args(["--config", config.to_str().unwrap(), "--data", data.to_str().unwrap(), "crawl", "--once"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let (stored, check) = count_articles(&data);
    assert!(stored_before < 300, "the kills should have interrupted the crawl");
    assert_eq!((stored, check.as_str()), (300, "ok"), "every column once");
    // And stats agrees.
    let stats = bin().args(["--data", data.to_str().unwrap(), "stats", "--json"]).output().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&stats.stdout).unwrap();
    assert_eq!(json["articles"], 300);
    assert_eq!(json["publications"], 3);
    // The stored columns, as a reader of the store sees them.
    let export = bin().args(["--data", data.to_str().unwrap(), "export", "--jsonl", "-"]).output().unwrap();
    assert!(export.status.success());
    let lines: Vec<serde_json::Value> =
        String::from_utf8_lossy(&export.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 300);
    let mut titles: Vec<&str> = lines.iter().map(|l| l["title"].as_str().unwrap()).collect();
    titles.sort_unstable();
    titles.dedup();
    assert_eq!(titles.len(), 300, "each column once");
    assert!(
        lines.iter().all(|l| l["authors"] == serde_json::json!(["Jane Doe"])
            && l["publication"].as_str().unwrap().starts_with("Paper "))
    );
    drop(servers);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn config_mistakes_are_reported_before_any_request() {
    let (servers, toml) = sites(1, 1, 0).await;
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("colonnade.toml");
    std::fs::write(&config, format!("{toml}\n[crawl.extra]\nunknown = 1\n")).unwrap();
    let out = bin()
        .args([
            "--config",
            config.to_str().unwrap(),
            "--data",
            dir.path().join("d").to_str().unwrap(),
            "crawl",
            "--once",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("colonnade: error:") && err.contains("colonnade.toml"), "{err}");
    assert!(servers[0].requests().is_empty());
    // A missing file says how to make one.
    let out =
        bin().args(["--config", dir.path().join("none.toml").to_str().unwrap(), "crawl", "--once"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("sources add"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sources_add_discovers_the_feed_and_export_import_round_trip() {
    let s = Server::start("127.0.0.1".parse().unwrap(), Site::new()).await.unwrap();
    let base = s.base();
    s.set_route(
        "/",
        Route::page(
            "text/html",
            format!(
                "<html lang=tr><head><title>Örnek Gazete</title><meta property=og:site_name content=\"Örnek Gazete\">\
                 <link rel=alternate type=application/rss+xml href=\"{base}/rss\"></head><body><p>Ana sayfa</p></body></html>"
            ),
        ),
    );
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("colonnade.toml");
    std::fs::write(&config, "[crawl]\nallow_private_networks = true\n").unwrap();
    let out = bin()
        .args(["--config", config.to_str().unwrap(), "sources", "add", &format!("{base}/"), "--country", "TR"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let written = std::fs::read_to_string(&config).unwrap();
    assert!(written.contains("name = \"Örnek Gazete\""), "{written}");
    assert!(written.contains(&format!("feeds = [\"{base}/rss\"]")), "{written}");
    assert!(written.contains("country = \"TR\"") && written.contains("language = \"tr\""), "{written}");

    let opml = bin().args(["--config", config.to_str().unwrap(), "sources", "export"]).output().unwrap();
    assert!(opml.status.success());
    let opml_path = dir.path().join("sources.opml");
    std::fs::write(&opml_path, &opml.stdout).unwrap();
    let other = dir.path().join("other.toml");
    let out = bin()
        .args(["--config", other.to_str().unwrap(), "sources", "import", opml_path.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let imported = std::fs::read_to_string(&other).unwrap();
    assert!(imported.contains(&format!("{base}/rss")), "{imported}");
    assert!(imported.contains("Örnek Gazete"), "{imported}");
}

#[test]
fn extract_one_page_and_a_folder() {
    let out = bin()
        .args([
            "extract",
            "--url",
            "https://example.com/opinion/x?utm_source=a",
            fixture("jsonld_plain.html").to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let a: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(a["title"].is_string() && a["text"].as_str().unwrap().len() > 100, "{a}");
    for key in [
        "url",
        "description",
        "authors",
        "byline",
        "published",
        "modified",
        "site_name",
        "lang",
        "image",
        "section",
        "kind",
        "html",
        "excerpt",
        "word_count",
        "confidence",
    ] {
        assert!(a.get(key).is_some(), "missing {key}");
    }

    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("sub")).unwrap();
    std::fs::copy(fixture("jsonld_plain.html"), dir.path().join("a.html")).unwrap();
    std::fs::copy(fixture("byline_por.html"), dir.path().join("sub/b.htm")).unwrap();
    let gz = {
        use std::io::Write;
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(&std::fs::read(fixture("dublin_core.html")).unwrap()).unwrap();
        e.finish().unwrap()
    };
    std::fs::write(dir.path().join("sub/c.html.gz"), gz).unwrap();
    std::fs::write(dir.path().join("broken.html"), b"%PDF-1.4 not a page").unwrap();
    std::fs::write(dir.path().join("notes.txt"), b"ignored").unwrap();
    let urls = dir.path().join("urls.json");
    std::fs::write(&urls, r#"{"a.html": "https://example.com/opinion/a"}"#).unwrap();
    let out = bin()
        .args(["extract", "--jsonl", dir.path().to_str().unwrap(), "--urls", urls.to_str().unwrap(), "--jobs", "2"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "one page failed");
    let lines: Vec<serde_json::Value> =
        String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let files: Vec<&str> = lines.iter().map(|l| l["file"].as_str().unwrap()).collect();
    assert_eq!(files, ["a.html", "broken.html", "sub/b.htm", "sub/c.html.gz"]);
    assert_eq!(lines[0]["url"], "https://example.com/opinion/a");
    assert_eq!(lines[0]["kind"], "opinion");
    assert!(lines[1]["error"].as_str().unwrap().contains("not HTML"), "{}", lines[1]);
    assert!(lines[3]["text"].as_str().unwrap().len() > 50);
}

#[test]
fn extract_errors_are_clear() {
    let out = bin().args(["extract", "/no/such/page.html"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("colonnade: error:") && err.contains("/no/such/page.html"), "{err}");
    let started = Instant::now();
    let out = bin().args(["extract", "-"]).stdin(Stdio::null()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("empty"));
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[test]
fn export_takes_exactly_one_format() {
    // clap refuses both and neither before the store is opened (nor created).
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let data = data.to_str().unwrap();
    for args in
        [&["export"][..], &["export", "--warc", "a.warc", "--jsonl", "-"], &["export", "--jsonl", "-", "--media", "m"]]
    {
        let out = bin().args(["--data", data]).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("--warc") && err.contains("--jsonl") && err.contains("Usage:"), "{args:?}: {err}");
    }
    assert!(!dir.path().join("data").exists());
}

/// A plain HTTP/1.0 GET over loopback: status and body.
fn http_get(addr: &str, path: &str) -> (u16, String) {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    write!(stream, "GET {path} HTTP/1.0\r\nHost: {addr}\r\nUser-Agent: Mozilla/5.0 (cli test)\r\n\r\n").unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    let text = String::from_utf8_lossy(&raw).into_owned();
    let status = text.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let body = text.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or_default();
    (status, body)
}

/// A running `colonnade serve`: the child, the address it printed, and its stderr so far.
struct Serving {
    child: std::process::Child,
    addr: String,
    log: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

impl Serving {
    fn start(args: &[&str]) -> Serving {
        let mut child = bin().arg("serve").args(args).stdout(Stdio::null()).stderr(Stdio::piped()).spawn().unwrap();
        let stderr = child.stderr.take().unwrap();
        let log = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let (tx, rx) = std::sync::mpsc::channel();
        {
            let log = std::sync::Arc::clone(&log);
            std::thread::spawn(move || {
                for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                    if let Some(rest) = line.strip_prefix("colonnade: serving http://") {
                        let _ = tx.send(rest.split('/').next().unwrap_or_default().to_string());
                    }
                    log.lock().unwrap().push(line);
                }
            });
        }
        let addr = rx.recv_timeout(Duration::from_secs(60)).unwrap_or_else(|_| {
            let _ = child.kill();
            panic!("serve did not start: {:?}", log.lock().unwrap())
        });
        Serving { child, addr, log }
    }

    fn log(&self) -> String {
        self.log.lock().unwrap().join("\n")
    }

    /// Polls `path` until its body contains `needle`.
    fn wait_for(&self, path: &str, needle: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(90);
        loop {
            let (status, body) = http_get(&self.addr, path);
            if status == 200 && body.contains(needle) {
                return body;
            }
            assert!(Instant::now() < deadline, "{path} never showed {needle:?} (last: {status}); log:\n{}", self.log());
            std::thread::sleep(Duration::from_millis(300));
        }
    }

    /// Ctrl-C (`INT`) or a service manager's `TERM`; returns whether it exited cleanly.
    fn stop(mut self, signal: &str) -> bool {
        Command::new("kill").args([&format!("-{signal}"), &self.child.id().to_string()]).status().unwrap();
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.success();
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                return false;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Serving {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn serve_without_sources_crawls_the_bundled_demo_and_serves_it() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let config = dir.path().join("absent.toml");
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../demo");
    let args = ["--addr", "127.0.0.1:0", "--data", data.to_str().unwrap(), "--config", config.to_str().unwrap()];
    let server = Serving::start(&[&args[..], &["--demo", demo.to_str().unwrap()]].concat());
    // The demo goes through the real crawl: Global Voices columns appear on the home page...
    // The 66 demo publications are crawled in no fixed order, so the first card may be any of them.
    server.wait_for("/", "data-test=\"column-card\"");
    // ...and in search once the indexer has caught up, Global Voices' columns on Brazil among them.
    let found = server.wait_for("/search?q=brazil", "Global Voices");
    assert!(found.contains("data-test=\"search-result\"") && found.contains("<mark>"), "{found}");
    assert!(server.log().contains("bundled demo"), "{}", server.log());
    assert!(server.stop("INT"), "Ctrl-C stops serve cleanly");

    // Started again on the same data: the columns are there at once, without waiting for a crawl.
    let again = Serving::start(&[&args[..], &["--demo", demo.to_str().unwrap(), "--no-crawl"]].concat());
    let (status, home) = http_get(&again.addr, "/");
    assert_eq!(status, 200);
    assert!(home.contains("data-test=\"column-card\""), "{home}");
    let (status, _) = http_get(&again.addr, "/columns/999999999-nothing");
    assert_eq!(status, 404);
    assert!(again.stop("TERM"), "SIGTERM stops serve cleanly too");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reindex_rebuilds_search_from_the_store_and_serve_finds_crawled_columns() {
    let (_servers, toml) = sites(2, 5, 0).await;
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("colonnade.toml");
    std::fs::write(&config, toml).unwrap();
    let data = dir.path().join("data");
    let (c, d) = (config.to_str().unwrap(), data.to_str().unwrap());
    let crawl = bin().args(["--config", c, "--data", d, "crawl", "--once"]).output().unwrap();
    assert!(crawl.status.success(), "{}", String::from_utf8_lossy(&crawl.stderr));
    let out = bin().args(["--config", c, "--data", d, "reindex"]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("rebuilt: 10 articles"), "{err}");
    let server = tokio::task::spawn_blocking({
        let (c, d) = (c.to_string(), d.to_string());
        move || {
            let server = Serving::start(&["--addr", "127.0.0.1:0", "--config", &c, "--data", &d, "--no-crawl"]);
            let body = server.wait_for("/search?q=conclusion&kind=all", "data-test=\"search-result\"");
            (server, body)
        }
    })
    .await
    .unwrap();
    let (server, body) = server;
    assert!(body.contains("Column 1-3") || body.contains("Column 0-3"), "{body}");
    drop(server);
}

// ---- photos (issue 13) --------------------------------------------------------------------

/// A 300 × 240 PNG photo (a gradient), written to `path`.
fn photo_file(path: &Path) {
    let img = image::RgbImage::from_fn(300, 240, |x, y| image::Rgb([(x % 256) as u8, (y % 256) as u8, 140]));
    img.save_with_format(path, image::ImageFormat::Png).unwrap();
}

/// Issue 13: a photo the operator sets (or removes) with `colonnade columnists photo` while
/// `serve` runs on the same store shows on the running site's cached pages within seconds, and
/// `export --media` copies the processed files with a manifest (exit code 1 when a file the
/// store names is missing).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue_13_a_photo_set_while_serve_runs_shows_at_once_and_is_exported() {
    let (_servers, toml) = sites(1, 3, 0).await;
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("colonnade.toml");
    // Opinion pieces, so the home page lists them.
    std::fs::write(&config, toml.replace("feeds = [", "kind = \"opinion\"\nfeeds = [")).unwrap();
    let data = dir.path().join("data");
    let (c, d) = (config.to_str().unwrap().to_owned(), data.to_str().unwrap().to_owned());
    let crawl = bin().args(["--config", &c, "--data", &d, "crawl", "--once"]).output().unwrap();
    assert!(crawl.status.success(), "{}", String::from_utf8_lossy(&crawl.stderr));
    let photo = dir.path().join("jane.png");
    photo_file(&photo);
    let cli = move |args: &[&str]| {
        let out = bin().args(["--config", &c, "--data", &d]).args(args).output().unwrap();
        (out.status.code(), String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr))
    };
    let config_arg = config.to_str().unwrap().to_owned();
    let photo_arg = photo.to_str().unwrap().to_owned();
    let export_dir = dir.path().join("export");
    let export_arg = export_dir.to_str().unwrap().to_owned();
    tokio::task::spawn_blocking(move || {
        let data_arg = data.to_str().unwrap();
        let server =
            Serving::start(&["--addr", "127.0.0.1:0", "--config", &config_arg, "--data", data_arg, "--no-crawl"]);
        // Both pages rendered and cached with initials.
        let home = server.wait_for("/", "data-test=\"column-card\"");
        let at = home.find("href=\"/columns/").unwrap() + 6;
        let column = home[at..at + home[at..].find('"').unwrap()].to_owned();
        let page = server.wait_for(&column, "data-test=\"column-title\"");
        assert!(!home.contains("avatar-photo") && !page.contains("avatar-photo"), "{page}");

        let started = Instant::now();
        let (code, out) = cli(&["columnists", "photo", "Jane Doe", "--file", &photo_arg]);
        assert_eq!(code, Some(0), "{out}");
        let page = server.wait_for(&column, "data-test=\"avatar-photo\"");
        assert!(page.contains("src=\"/media/"), "{page}");
        server.wait_for("/", "data-test=\"avatar-photo\"");
        let took = started.elapsed();
        assert!(took < Duration::from_secs(15), "the photo took {took:?} to show");

        // Removed: the initials come back just as fast.
        let (code, out) = cli(&["columnists", "photo", "Jane Doe", "--remove"]);
        assert_eq!(code, Some(0), "{out}");
        let deadline = Instant::now() + Duration::from_secs(15);
        while http_get(&server.addr, &column).1.contains("avatar-photo") {
            assert!(Instant::now() < deadline, "the removed photo still shows; log:\n{}", server.log());
            std::thread::sleep(Duration::from_millis(200));
        }
        drop(server);

        // The export: both sizes of the photo (kept though removed), and the manifest.
        let (code, out) = cli(&["export", "--media", &export_arg]);
        assert_eq!(code, Some(0), "{out}");
        assert!(out.contains("wrote 1 images (2 files"), "{out}");
        let manifest = std::fs::read_to_string(export_dir.join("images.jsonl")).unwrap();
        let lines: Vec<serde_json::Value> = manifest.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(lines.len(), 1, "{manifest}");
        let line = &lines[0];
        assert_eq!((line["url"].as_str(), line["purpose"].as_str()), (Some("file:jane.png"), Some("face")));
        assert_eq!((line["source_width"].as_u64(), line["source_height"].as_u64()), (Some(300), Some(240)));
        let variants = line["variants"].as_array().unwrap();
        assert_eq!(variants.iter().map(|v| v["width"].as_u64().unwrap()).collect::<Vec<_>>(), [96, 192]);
        for v in variants {
            let file = v["file"].as_str().unwrap();
            let copied = std::fs::read(export_dir.join(file)).unwrap();
            assert_eq!(copied, std::fs::read(data.join("media").join(file)).unwrap(), "{file}");
            assert_eq!(copied.len() as u64, v["bytes"].as_u64().unwrap());
            assert!(copied.starts_with(&[0xFF, 0xD8]), "{file} is a JPEG");
        }
        // A file the store names but the media folder lost: reported, exit code 1.
        std::fs::remove_file(data.join("media").join(variants[0]["file"].as_str().unwrap())).unwrap();
        let (code, out) = cli(&["export", "--media", &export_arg]);
        assert_eq!(code, Some(1), "{out}");
        assert!(out.contains("1 files the store names are missing"), "{out}");
    })
    .await
    .unwrap();
}

// ---- stories (issue 11) -------------------------------------------------------------------

/// A fixture publication: name, country, language and its pages (path, HTML).
type FixturePublication = (&'static str, &'static str, &'static str, Vec<(&'static str, String)>);

/// An opinion page as a publication prints it, published `hours` ago.
fn opinion_page(lang: &str, title: &str, author: &str, hours: i64, paragraphs: &[&str]) -> String {
    let when = (jiff::Timestamp::now() - jiff::SignedDuration::from_hours(hours)).to_string();
    let body: String = paragraphs.iter().map(|p| format!("<p>{p}</p>")).collect();
    format!(
        "<html lang={lang}><head><title>{title}</title><meta name=author content=\"{author}\">\
         <meta property=article:published_time content={when}><meta property=article:section content=Opinion>\
         <script type=\"application/ld+json\">{{\"@context\":\"https://schema.org\",\"@type\":\"OpinionNewsArticle\",\
         \"headline\":\"{title}\",\"datePublished\":\"{when}\",\"author\":{{\"@type\":\"Person\",\"name\":\"{author}\"}}}}</script>\
         </head><body><header><nav><a href=/>Home</a></nav></header><article><h1>{title}</h1>\
         <p class=byline>By {author}</p>{body}</article><footer>© The publisher</footer></body></html>"
    )
}

const LIBRARY_COLUMN: [&str; 3] = [
    "Public libraries are the last places in our towns where nobody asks you to buy anything. They lend books, \
     but they also lend quiet, warmth in winter, a desk for homework and a patient librarian who explains the \
     new benefits form for the third time without a sigh.",
    "Councils under pressure treat them as the easiest line to cut, because a closed library makes no noise on \
     the day it closes. The cost arrives years later, in children who never learned to love reading and in old \
     people who stopped leaving the house once the reading room was gone.",
    "If we must save money, let us share buildings, open the doors in the evening and let volunteers run the \
     clubs, but let us stop pretending that a library is a luxury. It is the cheapest public service we have \
     and one of the few that every citizen can use for free.",
];

/// The end-to-end case of issue 11: three publications carry one syndicated column, four outlets
/// in three languages cover one event. After a crawl the site shows the column once, its page
/// says where else it appeared, and one story page gathers the four perspectives.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue_11_a_syndicated_column_is_shown_once_and_one_event_gathers_four_outlets() {
    // (name, country, language, pages: (path, html))
    let etna_en = [
        "Mount Etna erupted overnight, sending a lava fountain about 1,500 metres into the sky and an ash cloud \
         over eastern Sicily. Catania airport was closed for 12 hours and around 80 flights were cancelled.",
        "The INGV observatory in Catania said the eruption came from the south-east crater. Volcanologist Sara \
         Grasso said there was no danger to villages on the slopes.",
    ];
    let etna_en2 = ["Flights resumed at Catania's Fontanarossa airport on Friday afternoon after Etna's ash cloud \
                     drifted east. Some 80 flights had been cancelled in the morning."];
    let etna_fr =
        ["L'Etna est entré en éruption dans la nuit de jeudi à vendredi, projetant une fontaine de lave à 1 500 \
                    mètres de hauteur. L'aéroport de Catane a été fermé pendant 12 heures ; environ 80 vols ont été \
                    annulés, selon l'INGV."];
    let etna_es = ["El volcán Etna entró en erupción durante la noche con una fuente de lava de unos 1.500 metros de \
                    altura. La nube de ceniza obligó a cerrar el aeropuerto de Catania durante 12 horas y se cancelaron \
                    unos 80 vuelos, según el INGV."];
    let mut copy_ie = LIBRARY_COLUMN.to_vec();
    copy_ie.push("This column first appeared in The Harbour Herald.");
    let publications: Vec<FixturePublication> = vec![
        (
            "The Harbour Herald",
            "GB",
            "en",
            vec![
                (
                    "/opinion/libraries.html",
                    opinion_page("en", "Keep the libraries open", "Ann Reader", 10, &LIBRARY_COLUMN),
                ),
                (
                    "/opinion/etna.html",
                    opinion_page("en", "Etna eruption shuts Catania airport", "Tom Ash", 5, &etna_en),
                ),
            ],
        ),
        (
            "The Dublin Lamp",
            "IE",
            "en",
            vec![
                ("/opinion/libraries.html", opinion_page("en", "Why our libraries matter", "Ann Reader", 8, &copy_ie)),
                (
                    "/opinion/etna.html",
                    opinion_page("en", "Catania airport reopens after Etna ash", "Liam Stone", 2, &etna_en2),
                ),
            ],
        ),
        (
            "The Prairie Post",
            "US",
            "en",
            vec![(
                "/opinion/libraries.html",
                opinion_page("en", "Keep the libraries open", "Ann Reader", 6, &LIBRARY_COLUMN),
            )],
        ),
        (
            "Le Veilleur",
            "FR",
            "fr",
            vec![(
                "/opinion/etna.html",
                opinion_page(
                    "fr",
                    "Sicile : l'Etna en éruption, l'aéroport de Catane fermé",
                    "Claire Roche",
                    4,
                    &etna_fr,
                ),
            )],
        ),
        (
            "El Observador",
            "ES",
            "es",
            vec![(
                "/opinion/etna.html",
                opinion_page(
                    "es",
                    "Una erupción del Etna obliga a cerrar el aeropuerto de Catania",
                    "Lucía Mar",
                    3,
                    &etna_es,
                ),
            )],
        ),
    ];
    let mut servers = Vec::new();
    let mut toml = "[crawl]\nallow_private_networks = true\nper_host_delay_ms = 0\n".to_string();
    for (name, country, lang, pages) in &publications {
        let s = Server::start("127.0.0.1".parse().unwrap(), Site::new()).await.unwrap();
        let base = s.base();
        let mut items = String::new();
        for (path, html) in pages {
            s.set_route(path, Route::page("text/html", html.clone()));
            items.push_str(&format!("<item><title>x</title><link>{base}{path}</link></item>"));
        }
        s.set_route(
            "/feed.xml",
            Route::page(
                "application/rss+xml",
                format!("<rss version=\"2.0\"><channel><title>F</title>{items}</channel></rss>"),
            ),
        );
        toml.push_str(&format!(
            "\n[[publication]]\nname = \"{name}\"\nhomepage = \"{base}/\"\ncountry = \"{country}\"\nlanguage = \"{lang}\"\nfeeds = [\"{base}/feed.xml\"]\n"
        ));
        servers.push(s);
    }
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("colonnade.toml");
    std::fs::write(&config, toml).unwrap();
    let data = dir.path().join("data");
    let (c, d) = (config.to_str().unwrap().to_string(), data.to_str().unwrap().to_string());
    let crawl = bin().args(["--config", &c, "--data", &d, "crawl", "--once"]).output().unwrap();
    assert!(crawl.status.success(), "{}", String::from_utf8_lossy(&crawl.stderr));

    let checks = tokio::task::spawn_blocking(move || {
        let server = Serving::start(&["--addr", "127.0.0.1:0", "--config", &c, "--data", &d, "--no-crawl"]);
        let home = server.wait_for("/", "Catania");
        // The column once, though three publications printed it.
        let shown = home.matches("data-test=\"column-card\"").count();
        let library =
            home.matches(">Keep the libraries open<").count() + home.matches(">Why our libraries matter<").count();
        assert_eq!(library, 1, "the syndicated column once on the home page:\n{home}");
        assert_eq!(shown, 5, "one column and four Etna pieces:\n{home}");
        // Its page: where else it appeared.
        let href = home
            .split("href=\"")
            .map(|s| s.split('"').next().unwrap_or_default())
            .find(|h| h.starts_with("/columns/") && h.contains("librar"))
            .expect("a link to the column")
            .to_string();
        let (status, column) = http_get(&server.addr, &href);
        assert_eq!(status, 200, "{column}");
        assert!(column.contains("data-test=\"also-published\""), "{column}");
        assert_eq!(column.matches("data-test=\"also-published-link\"").count(), 2, "{column}");
        assert!(column.contains("The Harbour Herald") || column.contains("The Dublin Lamp"), "{column}");
        assert!(!column.contains("data-test=\"story-link\""), "a story of one column is no story:\n{column}");
        // The event: one story with four perspectives, reachable from each of its columns.
        let stories = server.wait_for("/stories", "data-test=\"story-link\"");
        assert_eq!(stories.matches("data-test=\"story-entry\"").count(), 1, "{stories}");
        let story_href = stories
            .split("href=\"")
            .map(|s| s.split('"').next().unwrap_or_default())
            .find(|h| h.starts_with("/stories/"))
            .unwrap()
            .to_string();
        let (status, story) = http_get(&server.addr, &story_href);
        assert_eq!(status, 200, "{story}");
        assert_eq!(story.matches("data-test=\"perspective\"").count(), 4, "{story}");
        for outlet in ["The Harbour Herald", "The Dublin Lamp", "Le Veilleur", "El Observador"] {
            assert!(story.contains(outlet), "{outlet} in {story}");
        }
        assert!(story.contains("data-test=\"covered-by\""), "{story}");
        assert!(story.contains("data-test=\"blindspot\"") && story.contains("The Prairie Post"), "{story}");
        let etna_columns: Vec<String> = home
            .split("href=\"")
            .map(|s| s.split('"').next().unwrap_or_default().to_string())
            .filter(|h| h.starts_with("/columns/") && !h.contains("librar") && !h.ends_with("/like"))
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        assert_eq!(etna_columns.len(), 4, "{etna_columns:?}");
        for h in &etna_columns {
            let (_, page) = http_get(&server.addr, h);
            assert!(page.contains(&format!("href=\"{story_href}\"")), "{h} links to its story:\n{page}");
        }
        // JSON too.
        let (status, api) = http_get(&server.addr, "/api/stories");
        assert_eq!(status, 200, "{api}");
        assert!(api.contains("\"publications\":4"), "{api}");
    });
    checks.await.unwrap();
    drop(servers);
}

// ---- several crawl nodes on one PostgreSQL store (issue 12) -------------------------------

/// The test server's URL from `COLONNADE_TEST_PG_URL` (`.ci/postgres.sh` starts one), or `None`
/// with a line saying the test was skipped; under CI a missing server is a failure.
fn pg_url(test: &str) -> Option<String> {
    match std::env::var("COLONNADE_TEST_PG_URL") {
        Ok(url) if !url.trim().is_empty() => Some(url),
        _ if std::env::var_os("CI").is_some_and(|v| !v.is_empty()) => {
            panic!("{test}: CI is set but COLONNADE_TEST_PG_URL is not")
        }
        _ => {
            eprintln!("{test}: skipped: no PostgreSQL (COLONNADE_TEST_PG_URL unset)");
            None
        }
    }
}

/// A schema of its own on the test server, dropped when this is dropped.
struct PgSchema {
    base: String,
    name: String,
}

impl PgSchema {
    async fn new(base: &str, name: &str) -> PgSchema {
        let name = format!("{name}_{}", std::process::id());
        pg_exec(base, &format!("DROP SCHEMA IF EXISTS {name} CASCADE; CREATE SCHEMA {name}")).await;
        PgSchema { base: base.to_owned(), name }
    }

    /// The server's URL with this schema as the search path: what `--store` gets.
    fn url(&self) -> String {
        let sep = if self.base.contains('?') { '&' } else { '?' };
        format!("{}{sep}options=-csearch_path%3D{}", self.base, self.name)
    }

    async fn client(&self) -> tokio_postgres::Client {
        let (client, connection) = tokio_postgres::connect(&self.url(), tokio_postgres::NoTls).await.unwrap();
        tokio::spawn(connection);
        client
    }
}

impl Drop for PgSchema {
    fn drop(&mut self) {
        let (base, name) = (self.base.clone(), self.name.clone());
        // On a thread of its own: Drop may run inside the test's runtime.
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
            rt.block_on(pg_exec(&base, &format!("DROP SCHEMA IF EXISTS {name} CASCADE")));
        })
        .join();
    }
}

async fn pg_exec(url: &str, sql: &str) {
    let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls).await.unwrap();
    let driver = tokio::spawn(connection);
    client.batch_execute(sql).await.unwrap();
    drop(client);
    let _ = driver.await;
}

/// A child process killed when the test ends, however it ends.
struct Killed(std::process::Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Sends SIGINT, as Ctrl-C does, and waits for the process to stop.
fn interrupt(child: &mut std::process::Child) -> std::process::ExitStatus {
    let sent = Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    assert!(sent.success());
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        assert!(Instant::now() < deadline, "a crawl node did not stop after SIGINT");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Issue 12: three `colonnade crawl` processes on one PostgreSQL store against three fixture
/// hosts; one is killed with SIGKILL in the middle of its work. Every column is stored once, the
/// killed node's feeds are taken over once their leases end (not before), no two requests to one
/// host came closer than the delay whichever nodes sent them, and no article was fetched by two
/// live nodes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue_12_three_crawl_nodes_share_one_postgres_store_and_survive_a_kill() {
    let test = "issue_12_three_crawl_nodes_share_one_postgres_store_and_survive_a_kill";
    let Some(base) = pg_url(test) else { return };
    let schema = PgSchema::new(&base, "cli_nodes").await;
    const DELAY_MS: u64 = 120;
    const PER_FEED: usize = 6;
    let mut servers = Vec::new();
    let mut publications = String::new();
    let mut columns = 0;
    for h in 0..3 {
        let ip = format!("127.0.0.{}", h + 2).parse().unwrap();
        let s = Server::start(ip, Site::new()).await.unwrap();
        let base = s.base();
        let mut feeds = Vec::new();
        for f in 0..2 {
            let mut items = String::new();
            for i in 0..PER_FEED {
                let path = format!("/f{f}/col{i}.html");
                let title = format!("Column {h}-{f}-{i}");
                s.set_route(&path, Route::page("text/html", article_html(&title, "Jane Doe", i)));
                items.push_str(&format!("<item><title>{title}</title><link>{base}{path}</link></item>"));
                columns += 1;
            }
            // The second feed also lists two of the first's columns: fetched once all the same.
            if f == 1 {
                for i in 0..2 {
                    items.push_str(&format!(
                        "<item><title>Column {h}-0-{i}</title><link>{base}/f0/col{i}.html</link></item>"
                    ));
                }
            }
            let path = format!("/feed{f}.xml");
            s.set_route(
                &path,
                Route::page(
                    "application/rss+xml",
                    format!("<rss version=\"2.0\"><channel><title>F</title>{items}</channel></rss>"),
                ),
            );
            feeds.push(format!("\"{base}{path}\""));
        }
        publications.push_str(&format!(
            "\n[[publication]]\nname = \"Paper {h}\"\nhomepage = \"{base}/\"\nfeeds = [{}]\n",
            feeds.join(", ")
        ));
        servers.push(s);
    }
    let dir = tempfile::tempdir().unwrap();
    let store = schema.url();
    let start_node = |n: usize| {
        // Each node names itself in its User-Agent, so the fixture's log says who asked.
        let config = dir.path().join(format!("node{n}.toml"));
        std::fs::write(
            &config,
            format!(
                "[crawl]\nuser_agent = \"Node{n}/0.1\"\nallow_private_networks = true\nper_host_delay_ms = {DELAY_MS}\n\
                 max_concurrency = 1\nlease_seconds = 2\nrequest_timeout_ms = 2000\nmin_refresh_minutes = 60\n{publications}"
            ),
        )
        .unwrap();
        let data = dir.path().join(format!("data{n}"));
        bin()
            .args(["--config", config.to_str().unwrap(), "--data", data.to_str().unwrap(), "--store", &store, "crawl"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map(Killed)
            .unwrap()
    };
    let t0 = Instant::now();
    let requests = || servers.iter().flat_map(|s| s.requests()).collect::<Vec<_>>();
    let by = |r: &colonnade_fixture::Request| {
        r.header("user-agent").unwrap_or("").split('/').next().unwrap_or("").to_owned()
    };
    let columns_by = |node: &str| requests().iter().filter(|r| by(r) == node && r.path.contains("/col")).count();
    let wait_for = async |what: &str, done: &dyn Fn() -> bool| {
        let deadline = Instant::now() + Duration::from_secs(30);
        while !done() {
            assert!(Instant::now() < deadline, "{what}");
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    };
    // Node 0 first, so that it holds a feed when the others come; each node works on one feed at
    // a time, so two nodes work on one host's two feeds at once.
    let mut victim = start_node(0);
    wait_for("node 0 fetched no column", &|| columns_by("Node0") >= 1).await;
    let mut nodes = vec![start_node(1), start_node(2)];
    // Killed in the middle of its work, once the others work too.
    wait_for("nodes 1 and 2 fetched nothing", &|| {
        columns_by("Node0") >= 2 && requests().iter().any(|r| by(r) == "Node1" || by(r) == "Node2")
    })
    .await;
    victim.0.kill().unwrap(); // SIGKILL
    victim.0.wait().unwrap();
    let killed_at = Instant::now();
    let db = schema.client().await;
    let asked = Instant::now();
    let owner = format!("node-{}-%", victim.0.id());
    let held = db
        .query(
            "SELECT url, lease_until_us - (extract(epoch FROM statement_timestamp()) * 1000000)::bigint \
             FROM feeds WHERE lease_owner LIKE $1",
            &[&owner],
        )
        .await
        .unwrap();
    assert!(!held.is_empty(), "the killed node held no feed");
    let held: Vec<(String, Instant)> = held
        .iter()
        .map(|r| {
            let left: i64 = r.get(1);
            (r.get(0), asked + Duration::from_micros(u64::try_from(left).unwrap_or(0)))
        })
        .collect();

    // The other two finish the job.
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let row = db.query_one("SELECT count(*) FROM articles", &[]).await.unwrap();
        if row.get::<_, i64>(0) == columns as i64 {
            break;
        }
        assert!(Instant::now() < deadline, "stored {} of {columns}", row.get::<_, i64>(0));
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let titles: Vec<String> =
        db.query("SELECT title FROM articles", &[]).await.unwrap().iter().map(|r| r.get(0)).collect();
    let mut unique = titles.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), columns, "every column once: {titles:?}");

    // Stopped cleanly, the survivors give everything back.
    for node in &mut nodes {
        assert!(interrupt(&mut node.0).success());
    }
    let leases = db.query_one("SELECT count(*) FROM feeds WHERE lease_owner IS NOT NULL", &[]).await.unwrap();
    assert_eq!(leases.get::<_, i64>(0), 0, "no lease left behind");

    let log = requests();
    // The killed node's feeds: fetched again by another node, and only after its lease ended.
    for (url, lease_end) in &held {
        let again: Vec<_> = log
            .iter()
            .filter(|r| format!("http://{}{}", r.server, r.path) == *url && by(r) != "Node0" && r.at > killed_at)
            .collect();
        assert!(!again.is_empty(), "{url}, leased by the killed node, was not taken over");
        assert!(again.iter().all(|r| r.at >= *lease_end), "{url} was taken over before its lease ended");
    }
    // One request at a time per host, DELAY_MS apart, across the nodes.
    for s in &servers {
        let mut at: Vec<(Instant, String)> =
            s.requests().iter().map(|r| (r.at, format!("{} {}", by(r), r.path))).collect();
        at.sort();
        let closest = at.windows(2).map(|p| p[1].0 - p[0].0).min();
        eprintln!("{}: {} requests, closest two {closest:?} apart", s.base(), at.len());
        for pair in at.windows(2) {
            let gap = pair[1].0 - pair[0].0;
            assert!(
                gap >= Duration::from_millis(DELAY_MS),
                "{} then {} only {gap:?} apart on {}",
                pair[0].1,
                pair[1].1,
                s.base()
            );
        }
    }
    // No column fetched by both live nodes; twice only where the killed node had fetched it.
    let mut fetched: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for r in log.iter().filter(|r| r.path.contains("/col")) {
        fetched.entry(format!("{} {}", r.server.ip(), r.path)).or_default().push(by(r));
    }
    for (page, who) in &fetched {
        let live = who.iter().filter(|w| *w != "Node0").count();
        assert!(live <= 1, "{page} fetched by {who:?}");
    }
    eprintln!("{columns} columns by 3 nodes (one killed) in {:.1} s", t0.elapsed().as_secs_f64());
}

// ---- several serve nodes on one PostgreSQL store (issue 12) --------------------------------

/// One HTTP/1.0 request over loopback with these headers: status and body.
fn http(addr: &str, method: &str, path: &str, headers: &[(&str, &str)]) -> (u16, String) {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    let mut head = format!("{method} {path} HTTP/1.0\r\nHost: {addr}\r\nContent-Length: 0\r\n");
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    let text = String::from_utf8_lossy(&raw).into_owned();
    let status = text.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let body = text.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or_default();
    (status, body)
}

/// Views and likes a serve node shows for an article (`/api/articles/{id}`).
fn shown_counts(addr: &str, id: i64) -> (u64, u64) {
    let (status, body) = http(addr, "GET", &format!("/api/articles/{id}"), &[]);
    assert_eq!(status, 200, "{body}");
    let json: serde_json::Value = serde_json::from_str(&body).unwrap();
    (json["views"].as_u64().unwrap(), json["likes"].as_u64().unwrap())
}

/// Issue 12: two `colonnade serve --no-crawl` processes on one PostgreSQL store, hit one after
/// the other over loopback. One visitor's views of one column on both nodes count once; a like
/// on one node shows on the other within two flush intervals (one on each node); a column a
/// third process crawls into the store turns up in both nodes' search.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue_12_two_serve_nodes_count_a_visitor_once_share_likes_and_follow_the_store() {
    let test = "issue_12_two_serve_nodes_count_a_visitor_once_share_likes_and_follow_the_store";
    let Some(base) = pg_url(test) else { return };
    let schema = PgSchema::new(&base, "cli_serve_nodes").await;
    const FLUSH_MS: u64 = 250;
    let (servers, toml) = sites(1, 2, 0).await;
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("colonnade.toml");
    std::fs::write(&config, format!("{toml}\n[site]\nflush_interval_ms = {FLUSH_MS}\n")).unwrap();
    let (config, store) = (config.to_str().unwrap().to_owned(), schema.url());
    let crawl = {
        let (config, store, data) = (config.clone(), store.clone(), dir.path().join("crawl"));
        move || {
            let out = bin()
                .args(["--config", &config, "--data", data.to_str().unwrap(), "--store", &store, "crawl", "--once"])
                .output()
                .unwrap();
            assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        }
    };
    tokio::task::spawn_blocking(crawl.clone()).await.unwrap();
    let db = schema.client().await;
    let id: i64 = db.query_one("SELECT min(id) FROM articles", &[]).await.unwrap().get(0);
    let node = |n: usize| {
        let data = dir.path().join(format!("node{n}"));
        let (config, store) = (config.clone(), store.clone());
        move || {
            Serving::start(&[
                "--addr",
                "127.0.0.1:0",
                "--no-crawl",
                "--config",
                &config,
                "--data",
                data.to_str().unwrap(),
                "--store",
                &store,
            ])
        }
    };
    let a = tokio::task::spawn_blocking(node(0)).await.unwrap();
    let b = tokio::task::spawn_blocking(node(1)).await.unwrap();
    let (status, body) = http(&a.addr, "GET", &format!("/api/articles/{id}"), &[]);
    assert_eq!(status, 200, "{body}");
    let json: serde_json::Value = serde_json::from_str(&body).unwrap();
    let page = json["url"].as_str().unwrap().split_once("/columns/").map(|(_, p)| format!("/columns/{p}")).unwrap();
    let stored = async |column: &str| -> i64 {
        db.query_one(&format!("SELECT coalesce(sum({column}), 0)::bigint FROM counters WHERE article_id = $1"), &[&id])
            .await
            .unwrap()
            .get(0)
    };
    let settle = || tokio::time::sleep(Duration::from_millis(4 * FLUSH_MS));

    // One visitor (address and browser) on both nodes, back and forth: one view.
    let firefox = [("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0")];
    for round in 0..3 {
        for (name, node) in [("a", &a), ("b", &b)] {
            let (status, _) = http(&node.addr, "GET", &page, &firefox);
            assert_eq!(status, 200, "round {round} on node {name}");
        }
        settle().await;
    }
    assert_eq!(stored("views").await, 1, "one visitor on two nodes is one view");
    // Another browser on node b is another visitor.
    let safari = [("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) Version/17.5 Safari/605.1.15")];
    assert_eq!(http(&b.addr, "GET", &page, &safari).0, 200);
    settle().await;
    assert_eq!(stored("views").await, 2);
    assert_eq!(shown_counts(&a.addr, id).0, 2, "node a shows the view counted on node b");
    assert_eq!(shown_counts(&b.addr, id).0, 2);

    // A like on node a shows on node b, whose column cache already holds the column.
    let like = format!("{}/like", page);
    let json_like = [firefox[0], ("Sec-Fetch-Site", "same-origin"), ("Accept", "application/json")];
    let liked = Instant::now();
    let (status, body) = http(&a.addr, "POST", &like, &json_like);
    assert_eq!(status, 200, "{body}");
    loop {
        if shown_counts(&b.addr, id).1 == 1 {
            break;
        }
        assert!(liked.elapsed() < Duration::from_secs(10), "the like never showed on node b");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let seen_after = liked.elapsed();
    eprintln!("a like on node a showed on node b after {} ms (flush interval {FLUSH_MS} ms)", seen_after.as_millis());
    assert!(
        seen_after < Duration::from_millis(2 * FLUSH_MS + 1500),
        "a like took {seen_after:?} to reach the other node (flush interval {FLUSH_MS} ms)"
    );
    // The same visitor liking again on node b: still one like.
    let (status, _) = http(&b.addr, "POST", &like, &json_like);
    assert_eq!(status, 200);
    settle().await;
    assert_eq!(stored("likes").await, 1, "one visitor's likes on two nodes are one like");
    assert_eq!(shown_counts(&a.addr, id), (2, 1));
    assert_eq!(shown_counts(&b.addr, id), (2, 1));

    // A third process stores a new column: both nodes' indexers follow the store and find it.
    let s = &servers[0];
    let new_path = "/col/new.html";
    s.set_route(new_path, Route::page("text/html", article_html("Zanzibar quokkas argue", "Jane Doe", 7)));
    let items: String = (0..2)
        .map(|i| format!("<item><title>Column 0-{i}</title><link>{}/col/{i}.html</link></item>", s.base()))
        .chain([format!("<item><title>Zanzibar quokkas argue</title><link>{}{new_path}</link></item>", s.base())])
        .collect();
    s.set_route(
        "/feed.xml",
        Route::page(
            "application/rss+xml",
            format!("<rss version=\"2.0\"><channel><title>F</title>{items}</channel></rss>"),
        ),
    );
    tokio::task::spawn_blocking(crawl).await.unwrap();
    let (a, b) = tokio::task::spawn_blocking(move || {
        for node in [&a, &b] {
            let found = node.wait_for("/search?q=quokkas&kind=all", "data-test=\"search-result\"");
            assert!(found.contains("Zanzibar"), "{found}");
        }
        (a, b)
    })
    .await
    .unwrap();
    assert!(a.stop("TERM") && b.stop("TERM"), "both nodes stop cleanly");
}

// ---- PostgreSQL restarted mid-crawl, and bad database input (issue 12) ---------------------

/// A PostgreSQL server of the test's own, started by `.ci/postgres.sh` run as a script, so that
/// restarting it disturbs no other test; stopped and removed when dropped.
struct OwnServer {
    url: String,
    ctl: String,
    stop: String,
}

impl OwnServer {
    /// Only where the tests have a server (so PostgreSQL is installed); else `None`, said why.
    fn start(test: &str) -> Option<OwnServer> {
        pg_url(test)?;
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../.ci/postgres.sh");
        let out = Command::new("bash")
            .arg("-c")
            .arg(
                "eval \"$(bash \"$0\")\" && printf '%s\\n' \"$COLONNADE_TEST_PG_URL\" \"$COLONNADE_PG_CTL\" \
                 \"$COLONNADE_PG_STOP\"",
            )
            .arg(&script)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        let lines: Vec<&str> = text.lines().collect();
        assert!(out.status.success() && lines.len() == 3, "{test}: {}{text}", String::from_utf8_lossy(&out.stderr));
        Some(OwnServer { url: lines[0].to_owned(), ctl: lines[1].to_owned(), stop: lines[2].to_owned() })
    }

    /// `pg_ctl restart -m fast`: open connections are cut, the server is down a moment.
    fn restart(&self) {
        let out = Command::new("sh")
            .arg("-c")
            .arg(format!("{} -m fast -w -t 60 restart", self.ctl))
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert!(out.status.success(), "pg_ctl restart: {}", String::from_utf8_lossy(&out.stderr));
    }
}

impl Drop for OwnServer {
    fn drop(&mut self) {
        let _ = Command::new("sh").arg("-c").arg(&self.stop).status();
    }
}

async fn count_rows(url: &str, sql: &str) -> i64 {
    let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls).await.unwrap();
    let driver = tokio::spawn(connection);
    let n = client.query_one(sql, &[]).await.unwrap().get(0);
    drop(client);
    let _ = driver.await;
    n
}

/// Issue 12: two crawl nodes on a PostgreSQL server that is restarted (`pg_ctl restart -m fast`,
/// which cuts every connection) in the middle of their cycle. They reconnect and go on: every
/// column ends up stored exactly once, and both nodes are still running and stop cleanly.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue_12_crawl_nodes_ride_out_a_postgres_restart_and_lose_nothing() {
    let test = "issue_12_crawl_nodes_ride_out_a_postgres_restart_and_lose_nothing";
    let Some(server) = tokio::task::spawn_blocking(move || OwnServer::start(test)).await.unwrap() else { return };
    const PER_HOST: usize = 40;
    let mut servers = Vec::new();
    let mut publications = String::new();
    for h in 0..3 {
        let s = Server::start(format!("127.0.0.{}", 20 + h).parse().unwrap(), Site::new()).await.unwrap();
        let base = s.base();
        let mut items = String::new();
        for i in 0..PER_HOST {
            let (path, title) = (format!("/col/{i}.html"), format!("Restart column {h}-{i}"));
            s.set_route(&path, Route::page("text/html", article_html(&title, "Jane Doe", i)));
            items.push_str(&format!("<item><title>{title}</title><link>{base}{path}</link></item>"));
        }
        s.set_route(
            "/feed.xml",
            Route::page(
                "application/rss+xml",
                format!("<rss version=\"2.0\"><channel><title>F</title>{items}</channel></rss>"),
            ),
        );
        publications.push_str(&format!(
            "\n[[publication]]\nname = \"Paper {h}\"\nhomepage = \"{base}/\"\nfeeds = [\"{base}/feed.xml\"]\n"
        ));
        servers.push(s);
    }
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("colonnade.toml");
    std::fs::write(
        &config,
        format!(
            "[crawl]\nallow_private_networks = true\nper_host_delay_ms = 60\nlease_seconds = 10\n\
             min_refresh_minutes = 60\n{publications}"
        ),
    )
    .unwrap();
    let total = 3 * PER_HOST as i64;
    let mut nodes: Vec<Killed> = (0..2)
        .map(|n| {
            let data = dir.path().join(format!("data{n}"));
            bin()
                .args(["--config", config.to_str().unwrap(), "--data", data.to_str().unwrap(), "--store", &server.url])
                .arg("crawl")
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .map(Killed)
                .unwrap()
        })
        .collect();
    let logs: Vec<_> = nodes
        .iter_mut()
        .map(|n| {
            let stderr = n.0.stderr.take().unwrap();
            std::thread::spawn(move || BufReader::new(stderr).lines().map_while(Result::ok).collect::<Vec<_>>())
        })
        .collect();
    let url = server.url.clone();
    let stored = || count_rows(&url, "SELECT count(*) FROM articles");
    // Restarted once the nodes are well into their cycle (the store exists once a node is up).
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let (client, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls).await.unwrap();
        let driver = tokio::spawn(connection);
        let exists: bool = client.query_one("SELECT to_regclass('articles') IS NOT NULL", &[]).await.unwrap().get(0);
        drop(client);
        let _ = driver.await;
        if exists && stored().await >= 15 {
            break;
        }
        assert!(Instant::now() < deadline, "the nodes stored nothing");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let before = stored().await;
    let restarted = Instant::now();
    let server = tokio::task::spawn_blocking(move || {
        server.restart();
        server
    })
    .await
    .unwrap();
    eprintln!("PostgreSQL restarted with {before} of {total} columns stored, in {:?}", restarted.elapsed());
    assert!(before < total, "the restart came after the crawl was done");

    let deadline = Instant::now() + Duration::from_secs(90);
    while stored().await < total {
        assert!(Instant::now() < deadline, "stored {} of {total} after the restart", stored().await);
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let distinct = count_rows(&url, "SELECT count(DISTINCT title) FROM articles").await;
    assert_eq!((stored().await, distinct), (total, total), "every column exactly once");
    for node in &mut nodes {
        assert!(node.0.try_wait().unwrap().is_none(), "a crawl node stopped after the restart");
    }
    for node in &mut nodes {
        assert!(interrupt(&mut node.0).success());
    }
    for log in logs {
        for line in log.join().unwrap().iter().filter(|l| l.contains("error") || l.contains("failed")) {
            eprintln!("node: {line}");
        }
    }
    drop((servers, server));
}

// ---- robots.txt shared by crawl nodes through PostgreSQL (issue 12) ------------------------

/// Issue 12: crawl nodes on one PostgreSQL store fetch a site's robots.txt once between them. The
/// first node fetches it and stores it with its expiry; a second node crawls the site without
/// asking for robots.txt at all and still obeys it; once the stored copy has expired, the next
/// node fetches it again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue_12_crawl_nodes_share_robots_txt_through_the_store_until_it_expires() {
    let test = "issue_12_crawl_nodes_share_robots_txt_through_the_store_until_it_expires";
    let Some(base) = pg_url(test) else { return };
    let schema = PgSchema::new(&base, "cli_robots").await;
    let s = Server::start("127.0.0.30".parse().unwrap(), Site::new()).await.unwrap();
    let host = s.base();
    let mut items = String::new();
    for (i, dir) in ["col", "col", "private"].iter().enumerate() {
        let path = format!("/{dir}/{i}.html");
        s.set_route(&path, Route::page("text/html", article_html(&format!("Robots column {i}"), "Jane Doe", i)));
        items.push_str(&format!("<item><title>Robots column {i}</title><link>{host}{path}</link></item>"));
    }
    s.set_route(
        "/feed.xml",
        Route::page(
            "application/rss+xml",
            format!("<rss version=\"2.0\"><channel><title>F</title>{items}</channel></rss>"),
        ),
    );
    s.set_route("/robots.txt", Route::page("text/plain", "User-agent: *\nDisallow: /private/\n"));
    let dir = tempfile::tempdir().unwrap();
    let store = schema.url();
    let crawl = |n: usize| {
        let config = dir.path().join(format!("node{n}.toml"));
        std::fs::write(
            &config,
            format!(
                "[crawl]\nuser_agent = \"Node{n}/0.1\"\nallow_private_networks = true\nper_host_delay_ms = 0\n\
                 \n[[publication]]\nname = \"Paper\"\nhomepage = \"{host}/\"\nfeeds = [\"{host}/feed.xml\"]\n"
            ),
        )
        .unwrap();
        let data = dir.path().join(format!("data{n}"));
        let store = store.clone();
        move || {
            let out = bin()
                .args(["--config", config.to_str().unwrap(), "--data", data.to_str().unwrap(), "--store", &store])
                .args(["crawl", "--once"])
                .output()
                .unwrap();
            assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        }
    };
    let asked = |node: &str, path: &str| {
        s.requests()
            .iter()
            .filter(|r| r.path.starts_with(path) && r.header("user-agent").is_some_and(|ua| ua.starts_with(node)))
            .count()
    };
    tokio::task::spawn_blocking(crawl(0)).await.unwrap();
    assert_eq!(asked("Node0", "/robots.txt"), 1);
    assert_eq!(asked("Node0", "/col/"), 2);
    assert_eq!(asked("Node0", "/private/"), 0, "robots.txt obeyed");
    let db = schema.client().await;
    let row = db
        .query_one(
            "SELECT origin, verdict, expires_us - (extract(epoch FROM statement_timestamp()) * 1000000)::bigint \
             FROM robots",
            &[],
        )
        .await
        .unwrap();
    assert_eq!((row.get::<_, String>(0), row.get::<_, String>(1)), (host.clone(), "file".to_string()));
    let left_h = row.get::<_, i64>(2) as f64 / 3.6e9;
    assert!((23.9..=24.0).contains(&left_h), "fresh for a day: {left_h} h left");

    // A second node: the feed and its columns again, robots.txt from the store, still obeyed.
    tokio::task::spawn_blocking(crawl(1)).await.unwrap();
    assert_eq!(asked("Node1", "/feed.xml"), 1, "node 1 crawled the site");
    assert_eq!(asked("Node1", "/robots.txt"), 0, "node 1 used the stored robots.txt");
    assert_eq!(asked("Node1", "/private/"), 0, "the stored robots.txt is obeyed");

    // Expired: the next node fetches it again and stores it for another day.
    db.batch_execute("UPDATE robots SET expires_us = 0").await.unwrap();
    tokio::task::spawn_blocking(crawl(2)).await.unwrap();
    assert_eq!(asked("Node2", "/robots.txt"), 1, "an expired robots.txt is fetched again");
    let left: i64 = db
        .query_one("SELECT expires_us - (extract(epoch FROM statement_timestamp()) * 1000000)::bigint FROM robots", &[])
        .await
        .unwrap()
        .get(0);
    assert!(left > 23 * 3_600_000_000, "stored again for a day: {left} µs");
}
