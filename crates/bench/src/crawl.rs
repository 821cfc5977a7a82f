//! `colonnade-bench crawl`: articles per second through the whole crawl path — fetch over
//! loopback, feed parsing, extraction, the store with raw pages — from fixture sites with
//! politeness off. The fixture servers run in the same process, so their cost is counted too.
//!
//! By default the crawl runs in this process on a new SQLite store. With `--nodes N`, N
//! `colonnade crawl --once` processes (the binary beside this one) crawl the fixture sites into
//! `--store` at once — several crawl nodes on one PostgreSQL database, sharing the feeds by lease
//! — and the time is from starting them to the last one's end of cycle.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use clap::Args;
use colonnade_config::{Config, CrawlConfig, Publication};
use colonnade_fixture::{Route, Server, Site};
use colonnade_ingest::Ingest;
use colonnade_store::{DB_FILE, SqliteStore, Store, StoreLocation};

use crate::pages::{DEFAULT_CORPUS, list_pages, pages_dir, read_page};
use crate::procfs::{current_rss, peak_rss};

/// Flags of `colonnade-bench crawl`.
#[derive(Args, Debug)]
pub struct CrawlArgs {
    /// Articles to ingest.
    #[arg(long, default_value_t = 10_000)]
    articles: usize,
    /// Fixture hosts (one publication and feed each).
    #[arg(long, default_value_t = 20)]
    hosts: usize,
    /// Folder of pages to serve (cycled); a corpus's pages/ folder is found by itself.
    #[arg(long, default_value = DEFAULT_CORPUS)]
    corpus: PathBuf,
    /// Crawl with this many `colonnade crawl --once` processes at once instead of in this process
    /// (more than one needs a PostgreSQL --store).
    #[arg(long, value_name = "N")]
    nodes: Option<usize>,
    /// With --nodes: the store, a PostgreSQL URL (a fresh schema is made in it and dropped
    /// afterwards) [default: a new SQLite store in a temporary folder].
    #[arg(long, value_name = "URL")]
    store: Option<String>,
    /// With --nodes: the `colonnade` program [default: `colonnade` beside this program; build it
    /// with `cargo build --release -p colonnade`].
    #[arg(long = "colonnade-bin", value_name = "FILE")]
    colonnade_bin: Option<PathBuf>,
}

/// Replaces every `from` with `to` in bytes (pages may not be UTF-8).
fn replace_bytes(haystack: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(haystack.len());
    let mut rest = haystack;
    while let Some(i) = memchr::memmem::find(rest, from) {
        out.extend_from_slice(&rest[..i]);
        out.extend_from_slice(to);
        rest = &rest[i + from.len()..];
    }
    out.extend_from_slice(rest);
    out
}

/// A page served under many URLs must not claim one canonical URL, or all its copies would be
/// (rightly) stored as one article.
fn without_canonical(page: &[u8]) -> Vec<u8> {
    let mut p = page.to_vec();
    for (from, to) in [
        (&b"rel=\"canonical\""[..], &b"rel=\"x-canonical\""[..]),
        (b"rel='canonical'", b"rel='x-canonical'"),
        (b"rel=canonical", b"rel=x-canonical"),
        (b"property=\"og:url\"", b"property=\"x-og-url\""),
        (b"\"url\":", b"\"x-url\":"),
        (b"\"mainEntityOfPage\":", b"\"x-mainEntityOfPage\":"),
    ] {
        p = replace_bytes(&p, from, to);
    }
    p
}

/// Runs the benchmark and prints its figures.
pub fn run(args: CrawlArgs) -> Result<ExitCode> {
    if args.hosts == 0 || args.articles < args.hosts {
        bail!("--articles must be at least --hosts, and --hosts at least 1");
    }
    let dir = pages_dir(&args.corpus);
    let files = list_pages(&dir)?;
    if files.is_empty() {
        bail!("no pages under {}", dir.display());
    }
    let pages: Vec<Arc<[u8]>> =
        files.iter().map(|p| read_page(p).map(|b| without_canonical(&b).into())).collect::<Result<_>>()?;
    let data = std::env::temp_dir().join(format!("colonnade-bench-crawl-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data);
    let per_host = args.articles / args.hosts;
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    let result = rt.block_on(async {
        // One fixture host per publication, each with a feed of `per_host` articles.
        let mut servers = Vec::new();
        let mut publications = Vec::new();
        for h in 0..args.hosts {
            let server = Server::start("127.0.0.1".parse()?, Site::new()).await.context("starting a fixture server")?;
            server.set_logging(false);
            let base = server.base();
            let mut items = String::new();
            for i in 0..per_host {
                let path = format!("/a/{i}.html");
                let page = Arc::clone(&pages[(h * per_host + i) % pages.len()]);
                server.set_route(
                    &path,
                    Route::Page {
                        status: 200,
                        content_type: "text/html".into(),
                        body: page,
                        etag: None,
                        last_modified: None,
                        headers: vec![],
                    },
                );
                items.push_str(&format!("<item><title>Article {i}</title><link>{base}{path}</link></item>"));
            }
            server.set_route(
                "/feed.xml",
                Route::page(
                    "application/rss+xml",
                    format!("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Host {h}</title>{items}</channel></rss>"),
                ),
            );
            server.set_route("/robots.txt", Route::page("text/plain", "User-agent: *\nAllow: /\n"));
            publications.push(Publication {
                name: format!("Fixture host {h}"),
                homepage: format!("{base}/"),
                country: None,
                language: None,
                feeds: vec![format!("{base}/feed.xml")],
                columnist_pages: vec![],
                sitemaps: vec![],
                kind: None,
                photos: true,
            });
            servers.push(server);
        }
        let config = Config {
            crawl: CrawlConfig {
                per_host_delay_ms: 0,
                max_concurrency: args.hosts,
                allow_private_networks: true,
                max_articles_per_source: per_host,
                ..CrawlConfig::default()
            },
            publications,
            ..Config::default()
        };
        if let Some(nodes) = args.nodes {
            crawl_in_processes(&args, nodes, &config, &data).await?;
            return Ok(None);
        }
        let store: Arc<dyn Store> = Arc::new(SqliteStore::open(&data)?);
        let ingest = Ingest::new(Arc::new(config), Arc::clone(&store))?;

        // Memory over time, sampled off the async threads.
        let done = Arc::new(AtomicBool::new(false));
        let sampler = {
            let done = Arc::clone(&done);
            std::thread::spawn(move || {
                let mut samples = Vec::new();
                let start = Instant::now();
                while !done.load(Ordering::Relaxed) {
                    samples.push((start.elapsed().as_secs_f64(), current_rss().unwrap_or(0)));
                    std::thread::sleep(Duration::from_millis(200));
                }
                samples
            })
        };
        let started = Instant::now();
        let summary = ingest.run_cycle(true, &|_| {}).await?;
        let secs = started.elapsed().as_secs_f64();
        done.store(true, Ordering::Relaxed);
        let samples = sampler.join().unwrap_or_default();
        let stats = store.stats()?;
        Ok::<_, anyhow::Error>(Some((summary, secs, samples, stats)))
    });
    let db_bytes = std::fs::metadata(data.join(DB_FILE)).map(|m| m.len()).unwrap_or(0);
    let _ = std::fs::remove_dir_all(&data);
    let Some((summary, secs, samples, stats)) = result? else { return Ok(ExitCode::SUCCESS) };
    let totals = summary.totals();
    println!(
        "bench crawl: {} articles from {} loopback hosts ({} corpus pages cycled, canonical links removed)",
        args.articles,
        args.hosts,
        pages.len()
    );
    println!(
        "stored        {} new, {} unchanged (pages whose canonical URL survived: one copy kept), {} failed",
        totals.new, totals.unchanged, totals.failed
    );
    println!("seconds       {secs:.2}");
    println!("articles/s    {:.0}", totals.new as f64 / secs);
    println!("store         {} articles, {:.1} MB database", stats.articles, db_bytes as f64 / 1e6);
    if let Some(rss) = peak_rss() {
        println!("peak RSS      {:.1} MB (fixture servers and their pages included)", rss as f64 / 1e6);
    }
    if !samples.is_empty() {
        let at = |f: f64| samples[((samples.len() - 1) as f64 * f) as usize].1 as f64 / 1e6;
        println!(
            "RSS over time {:.1} / {:.1} / {:.1} / {:.1} MB at 25/50/75/100% of the run",
            at(0.25),
            at(0.5),
            at(0.75),
            at(1.0)
        );
    }
    if totals.failed > 0 {
        for (name, p) in summary.publications.iter().filter(|(_, p)| !p.errors.is_empty()).take(3) {
            eprintln!("  {name}: {}", p.errors[0]);
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `--nodes N`: N `colonnade crawl --once` processes on one store, timed from their start to the
/// last one's end of cycle (the summary line it prints; the stories pass after it is not timed).
async fn crawl_in_processes(args: &CrawlArgs, nodes: usize, config: &Config, data: &std::path::Path) -> Result<()> {
    let postgres = args.store.as_deref().filter(|s| s.starts_with("postgres://") || s.starts_with("postgresql://"));
    if nodes == 0 || (nodes > 1 && postgres.is_none()) {
        bail!("--nodes must be at least 1, and more than one needs a PostgreSQL --store");
    }
    if args.store.is_some() && postgres.is_none() {
        bail!("--store takes a PostgreSQL URL (postgres://…); without it the store is a new SQLite file");
    }
    let exe = crate::serve::colonnade_bin(args.colonnade_bin.as_deref())?;
    std::fs::create_dir_all(data).with_context(|| format!("creating {}", data.display()))?;
    let config_path = data.join("colonnade.toml");
    config.save(&config_path).context("writing the crawl configuration")?;
    let scratch = postgres.map(|url| crate::pg::Scratch::new(url, "colonnade_bench_crawl")).transpose()?;
    let store_url = scratch.as_ref().map(crate::pg::Scratch::url);
    // Migrated before the clock starts, as a running deployment's store is.
    let location = match &store_url {
        Some(url) => StoreLocation::parse(url),
        None => StoreLocation::Sqlite(data.join("store")),
    };
    let store = colonnade_store::open(&location).context("opening the store")?;
    let started = Instant::now();
    let mut children = Vec::new();
    for n in 0..nodes {
        let mut cmd = std::process::Command::new(&exe);
        cmd.arg("--config").arg(&config_path).arg("--data").arg(data.join(format!("node{n}")));
        match &location {
            StoreLocation::Postgres(url) => cmd.args(["--store", url]),
            StoreLocation::Sqlite(dir) => cmd.arg("--store").arg(dir),
        };
        let mut child = cmd
            .args(["crawl", "--once"])
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .with_context(|| format!("starting {} crawl", exe.display()))?;
        let stdout = child.stdout.take().context("reading a node's output")?;
        // The moment the node prints its summary's total line: its cycle is over.
        let done = std::thread::spawn(move || {
            use std::io::BufRead;
            let mut at = None;
            for line in std::io::BufReader::new(stdout).lines().map_while(Result::ok) {
                if line.starts_with("total") {
                    at = Some(Instant::now());
                }
            }
            at
        });
        children.push((child, done));
    }
    let mut ends = Vec::new();
    for (mut child, done) in children {
        let status = child.wait().context("waiting for a crawl node")?;
        if !status.success() {
            bail!("a crawl node failed ({status})");
        }
        ends.push(done.join().ok().flatten().context("a crawl node printed no summary")?);
    }
    let secs = ends.iter().map(|e| e.duration_since(started).as_secs_f64()).fold(0.0, f64::max);
    let stats = store.stats()?;
    let what = match &location {
        StoreLocation::Postgres(_) => "PostgreSQL",
        StoreLocation::Sqlite(_) => "SQLite",
    };
    println!(
        "bench crawl: {} articles from {} loopback hosts, {nodes} `colonnade crawl --once` process(es) on {what}",
        args.articles, args.hosts
    );
    println!("stored        {} articles", stats.articles);
    println!("seconds       {secs:.2} (start of the processes to the last end of cycle)");
    println!("articles/s    {:.0}", stats.articles as f64 / secs);
    drop(store);
    drop(scratch);
    let _ = std::fs::remove_dir_all(data);
    Ok(())
}
