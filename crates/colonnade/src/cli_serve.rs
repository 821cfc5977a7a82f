//! `colonnade serve` and `colonnade reindex`: the site, the background crawl and the search
//! indexer in one process, wired from the configuration.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use clap::Args;
use colonnade_config::Config;
use colonnade_ingest::index::Indexer;
use colonnade_ingest::{CycleSummary, Ingest};
use colonnade_search::SearchIndex;
use colonnade_store::Store;
use colonnade_web::{Site, SiteOptions};

use crate::cli_ingest::{Paths, load_or_default, open_configured_store, open_store, progress_printer, store_location};

/// How often the indexer looks for new or changed articles.
const INDEX_EVERY: Duration = Duration::from_secs(2);
/// Threads for blocking work (store, search, extraction) in `serve`.
const BLOCKING_THREADS: usize = 8;
/// How long blocking work still running at shutdown is given to finish.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(5);
/// How long a failed crawl loop waits before starting again.
const CRAWL_RETRY: Duration = Duration::from_secs(60);

#[derive(Args, Debug)]
pub struct ServeArgs {
    /// Address to listen on [default: the config's site.addr, 127.0.0.1:8080].
    #[arg(long, value_name = "IP:PORT")]
    addr: Option<SocketAddr>,
    /// Only serve what is stored: no background crawling.
    #[arg(long)]
    no_crawl: bool,
    /// The bundled demo's folder, used when no publication is configured [default: ./demo].
    #[arg(long, value_name = "DIR")]
    demo: Option<PathBuf>,
    /// Never load the demo, even when no publication is configured.
    #[arg(long)]
    no_demo: bool,
}

/// The search index's folder inside the data directory.
fn index_dir(data: &Path) -> PathBuf {
    data.join("index")
}

fn open_index(data: &Path) -> Result<Arc<SearchIndex>> {
    let dir = index_dir(data);
    let index = SearchIndex::open(&dir).with_context(|| format!("opening the search index in {}", dir.display()))?;
    Ok(Arc::new(index))
}

/// `db_path`: the SQLite file, for the store-size gauge (none for PostgreSQL).
fn site_options(config: &Config, db_path: Option<PathBuf>) -> SiteOptions {
    let s = &config.site;
    SiteOptions {
        site_name: s.name.clone(),
        base_url: Some(s.base_url.trim_end_matches('/').to_string()).filter(|u| !u.is_empty()),
        excerpt_words: s.excerpt_words,
        page_size: s.page_size,
        likes_per_minute: s.likes_per_minute,
        trust_forwarded_for: s.trust_forwarded_for,
        trusted_proxy_hops: s.trusted_proxy_hops,
        allowed_hosts: s.allowed_hosts.clone(),
        header_read_timeout: Duration::from_millis(s.header_read_timeout_ms),
        idle_timeout: Duration::from_millis(s.idle_timeout_ms),
        max_connections: s.max_connections,
        metrics_token: Some(s.metrics_token.clone()).filter(|t| !t.is_empty()),
        visitor_keys_per_client: s.visitor_keys_per_client,
        flush_interval: Duration::from_millis(s.flush_interval_ms),
        db_path,
        ..SiteOptions::default()
    }
}

/// Counts a crawl cycle in the Prometheus metrics.
fn record_cycle(summary: &CycleSummary) {
    let t = summary.totals();
    for (outcome, n) in [("new", t.new), ("updated", t.updated), ("unchanged", t.unchanged), ("failed", t.failed)] {
        metrics::counter!("colonnade_crawl_articles_total", "outcome" => outcome).increment(n);
    }
    metrics::counter!("colonnade_crawl_sources_fetched_total").increment(t.sources_fetched);
    metrics::counter!("colonnade_crawl_sources_not_modified_total").increment(t.sources_not_modified);
    metrics::counter!("colonnade_crawl_cycles_total").increment(1);
    metrics::gauge!("colonnade_crawl_last_cycle_seconds").set(summary.seconds);
}

/// Indexes what changed; tells the site when something did.
async fn index_once(indexer: &Arc<std::sync::Mutex<Indexer>>, site: &Site) -> Result<usize> {
    let indexer = Arc::clone(indexer);
    let n = tokio::task::spawn_blocking(move || {
        let mut indexer = indexer.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        indexer.catch_up(&mut |_| {})
    })
    .await
    .context("the indexer thread failed")??;
    if n > 0 {
        site.changed();
    }
    Ok(n)
}

/// Tells the site when something its pages show changed without an article changing (a
/// columnist's photo set by `colonnade columnists photo`, an image processed): the store's
/// display generation moved since `shown`, the last value read.
async fn watch_display(store: &Arc<dyn Store>, shown: &mut Option<i64>, site: &Site) -> Result<()> {
    let store = Arc::clone(store);
    let now = tokio::task::spawn_blocking(move || store.display_generation())
        .await
        .context("the display generation thread failed")?
        .context("reading the store's display generation")?;
    if shown.is_some_and(|before| before != now) {
        site.changed();
    }
    *shown = Some(now);
    Ok(())
}

pub fn serve(paths: &Paths, args: ServeArgs) -> Result<ExitCode> {
    let mut config = load_or_default(&paths.config)?;
    // Before the demo may replace the configuration: the store stays the operator's.
    let location = store_location(paths, &config);
    let addr: SocketAddr = match args.addr {
        Some(a) => a,
        None => config.site.addr.parse().with_context(|| format!("site.addr {:?} in the config", config.site.addr))?,
    };
    // Store reads, searches and extraction run on blocking threads. Capped, a burst of slow
    // requests (distinct searches) waits in a queue instead of starting a thread each, whose
    // stacks and allocator arenas would stay: the CPU is the limit either way.
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .max_blocking_threads(BLOCKING_THREADS)
        .build()
        .context("starting the async runtime")?;
    let served = rt.block_on(async move {
        // No publication configured: the bundled demo, served on loopback and crawled for real.
        let demo = if config.publications.is_empty() && !args.no_demo {
            let dir = args.demo.clone().unwrap_or_else(colonnade_demo::default_dir);
            let demo = colonnade_demo::Demo::start(&dir)
                .await
                .with_context(|| format!("loading the bundled demo from {} (or pass --no-demo)", dir.display()))?;
            eprintln!(
                "colonnade: no publications in {}: serving the bundled demo ({} files from {} on {})",
                paths.config.display(),
                demo.files(),
                dir.display(),
                demo.base()
            );
            let site = config.site.clone();
            config = demo.config().clone();
            config.site = site;
            Some(demo)
        } else {
            None
        };
        let config = Arc::new(config);

        let store = open_store(&location)?;
        let index = open_index(&paths.data)?;
        let indexer = Indexer::new(Arc::clone(&index), Arc::clone(&store)).context("starting the search indexer")?;
        let indexer = Arc::new(std::sync::Mutex::new(indexer));
        colonnade_web::metrics::install();
        let db_path = match &location {
            colonnade_store::StoreLocation::Sqlite(dir) => Some(dir.join(colonnade_store::DB_FILE)),
            colonnade_store::StoreLocation::Postgres(_) => None,
        };
        let mut options = site_options(&config, db_path);
        let media = colonnade_ingest::media::MediaDir::in_data_dir(&paths.data);
        options.media_dir = Some(media.path().to_owned());
        if let Some(warning) = colonnade_web::host_warning(&options, addr) {
            eprintln!("colonnade: warning: {warning}");
        }
        let site = Site::new(Arc::clone(&store), Arc::clone(&index), options);

        let listener = tokio::net::TcpListener::bind(addr).await.with_context(|| {
            format!("cannot listen on {addr} (is another server using it? try --addr 127.0.0.1:8081)")
        })?;
        let local = listener.local_addr().context("reading the listening address")?;

        // Background crawl on the configured schedule (the demo's first cycle right away).
        let crawler = if args.no_crawl || config.publications.is_empty() {
            if config.publications.is_empty() {
                eprintln!("colonnade: no publications to crawl; serving what is stored");
            }
            None
        } else {
            let ingest =
                Ingest::new(Arc::clone(&config), Arc::clone(&store)).context("building the crawler")?.with_media(media);
            crate::cli_ingest::announce_node(&ingest);
            let quiet = demo.is_some();
            Some(tokio::spawn(async move {
                let progress = progress_printer();
                let silent = |_| {};
                let progress: &(dyn Fn(colonnade_ingest::Progress) + Sync) = if quiet { &silent } else { &progress };
                loop {
                    let on_cycle = |s: &CycleSummary| {
                        record_cycle(s);
                        let t = s.totals();
                        eprintln!(
                            "colonnade: crawl cycle: {} new, {} updated, {} failed in {:.1} s",
                            t.new, t.updated, t.failed, s.seconds
                        );
                    };
                    let stop = std::future::pending::<()>();
                    if let Err(e) = ingest.run_forever(progress, &on_cycle, stop).await {
                        eprintln!("colonnade: crawl stopped: {e:#}; starting again in {} s", CRAWL_RETRY.as_secs());
                        tokio::time::sleep(CRAWL_RETRY).await;
                    }
                }
            }))
        };

        // Keep the search index in step with the store, and the pages with what they show.
        let indexing = {
            let (indexer, site, store) = (Arc::clone(&indexer), site.clone(), Arc::clone(&store));
            tokio::spawn(async move {
                let mut tick = tokio::time::interval(INDEX_EVERY);
                tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
                let mut shown = None;
                loop {
                    // The first tick is immediate: a new or rebuilt index catches up with the
                    // store while the site already answers (search finds more as it goes).
                    tick.tick().await;
                    let started = Instant::now();
                    match index_once(&indexer, &site).await {
                        Ok(n) if n >= 1000 => eprintln!(
                            "colonnade: indexed {n} articles for search in {:.1} s",
                            started.elapsed().as_secs_f64()
                        ),
                        Ok(_) => {}
                        Err(e) => eprintln!("colonnade: search indexing failed: {e:#}"),
                    }
                    if let Err(e) = watch_display(&store, &mut shown, &site).await {
                        eprintln!("colonnade: {e:#}");
                    }
                }
            })
        };

        // Keep stories and copies current; listings drop copies when they change.
        let stories = {
            let site = site.clone();
            crate::cli_stories::spawn_stories(Arc::clone(&store), INDEX_EVERY, move || site.changed())
        };

        // Ctrl-C, or SIGTERM from a service manager: stop accepting, finish requests, write
        // the pending views and likes.
        let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
        let stopped = move || {
            let mut rx = stop_rx.clone();
            async move {
                let _ = rx.wait_for(|stop| *stop).await;
            }
        };
        // The metrics on an address of their own, for the operator's scraper.
        let metrics = match config.site.metrics_addr.as_str() {
            "" => None,
            metrics_addr => {
                let metrics_listener = tokio::net::TcpListener::bind(metrics_addr)
                    .await
                    .with_context(|| format!("cannot listen on site.metrics_addr {metrics_addr}"))?;
                eprintln!("colonnade: metrics at http://{}/metrics", metrics_listener.local_addr()?);
                Some(tokio::spawn(colonnade_web::serve_metrics(metrics_listener, site.clone(), stopped())))
            }
        };
        eprintln!("colonnade: serving http://{local}/ (Ctrl-C to stop)");
        tokio::spawn(async move {
            stop_signal().await;
            eprintln!("colonnade: stopping");
            let _ = stop_tx.send(true);
        });
        colonnade_web::serve(listener, site, stopped()).await.context("serving HTTP")?;
        if let Some(m) = metrics {
            match m.await {
                Ok(Err(e)) => eprintln!("colonnade: the metrics listener failed: {e}"),
                Err(e) => eprintln!("colonnade: the metrics listener failed: {e}"),
                Ok(Ok(())) => {}
            }
        }
        if let Some(c) = crawler {
            c.abort();
        }
        indexing.abort();
        stories.abort();
        drop(demo);
        Ok::<_, anyhow::Error>(())
    });
    // A crawl or index catch-up still running on a blocking thread is not waited for: every
    // store write and every index commit is atomic, so stopping mid-way loses nothing committed.
    rt.shutdown_timeout(SHUTDOWN_GRACE);
    served?;
    Ok(ExitCode::SUCCESS)
}

/// Resolves on Ctrl-C (SIGINT) or, on Unix, SIGTERM.
async fn stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}

/// `colonnade reindex`: rebuilds the search index from the store.
pub fn reindex(paths: &Paths) -> Result<ExitCode> {
    let store: Arc<dyn Store> = open_configured_store(paths)?;
    let index = open_index(&paths.data)?;
    let total = store.stats().context("counting stored articles")?.articles;
    let mut indexer = Indexer::new(Arc::clone(&index), store).context("starting the search indexer")?;
    let started = Instant::now();
    let mut last = Instant::now();
    let n = indexer
        .rebuild(&mut |n| {
            if last.elapsed() > Duration::from_secs(1) {
                eprintln!("colonnade: indexed {n} of {total} articles");
                last = Instant::now();
            }
        })
        .context("rebuilding the search index")?;
    eprintln!(
        "colonnade: search index rebuilt: {n} articles in {:.1} s ({})",
        started.elapsed().as_secs_f64(),
        index_dir(&paths.data).display()
    );
    Ok(ExitCode::SUCCESS)
}
