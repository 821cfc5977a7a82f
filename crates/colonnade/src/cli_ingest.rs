//! `colonnade crawl`, `sources`, `stats`, `reextract`, `export`: wiring config, store and ingest.

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, Result, bail};
use clap::{Args, Subcommand};
use colonnade_config::{Config, ConfigError, Publication};
use colonnade_ingest::{CycleSummary, Ingest, Progress};
use colonnade_store::{Store, StoreLocation};
use colonnade_url::Url;

/// Where the configuration and the data live; accepted before or after the subcommand.
#[derive(Args, Debug, Clone)]
pub struct Paths {
    /// The configuration file.
    #[arg(long, global = true, value_name = "FILE", default_value = "colonnade.toml")]
    pub config: PathBuf,
    /// The data directory (SQLite database, search index).
    #[arg(long, global = true, value_name = "DIR", default_value = "colonnade-data")]
    pub data: PathBuf,
    /// The store: a PostgreSQL URL (postgres://user@host/db) [default: the config's store.url,
    /// else the SQLite file under --data].
    #[arg(long, global = true, value_name = "URL")]
    pub store: Option<String>,
}

#[derive(Args, Debug)]
pub struct CrawlArgs {
    /// One full cycle (every source fetched, every new article stored), a summary, then exit.
    #[arg(long)]
    once: bool,
    /// Print the summary as JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Subcommand, Debug)]
pub enum SourcesCommand {
    /// Discover a publication's feeds from its home page and add it to the configuration.
    Add {
        /// The home page.
        url: String,
        /// The publication's name (default: what the page says).
        #[arg(long)]
        name: Option<String>,
        /// ISO 3166-1 country code.
        #[arg(long)]
        country: Option<String>,
        /// BCP 47 language tag (default: the page's).
        #[arg(long)]
        language: Option<String>,
    },
    /// List the configured publications and their sources.
    List,
    /// Add the feeds of an OPML file.
    Import {
        /// The OPML file.
        file: PathBuf,
    },
    /// Print every configured feed as OPML 2.0.
    Export,
}

#[derive(Args, Debug)]
pub struct StatsArgs {
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

/// Exactly one of `--warc`, `--jsonl` and `--media`: clap's group refuses more or none.
#[derive(Args, Debug)]
#[group(id = "format", required = true, multiple = false)]
pub struct ExportArgs {
    /// Write every stored page as WARC/1.1 records to this file.
    #[arg(long, value_name = "FILE")]
    warc: Option<PathBuf>,
    /// Write every stored article as a JSON line (the extracted fields plus id, publication,
    /// first_seen and updated) to this file, or `-` for standard output.
    #[arg(long, value_name = "FILE")]
    jsonl: Option<PathBuf>,
    /// Copy every processed image (columnists' photos and lead images, the JPEGs the site serves
    /// under /media/) into this folder, with `images.jsonl` beside them: one line per source
    /// image with its URL, purpose, origin publication, source size and files.
    #[arg(long, value_name = "DIR")]
    media: Option<PathBuf>,
}

fn load_config(path: &Path) -> Result<Config> {
    match Config::load(path) {
        Ok(c) => Ok(c),
        Err(ConfigError::NotFound(p)) => bail!(
            "no configuration at {} — copy colonnade.example.toml there, add a publication with `colonnade sources add URL`, or pass --config FILE",
            p.display()
        ),
        Err(e) => Err(e.into()),
    }
}

/// The configuration for editing: a missing file is an empty configuration.
pub(crate) fn load_or_default(path: &Path) -> Result<Config> {
    match Config::load(path) {
        Ok(c) => Ok(c),
        Err(ConfigError::NotFound(_)) => Ok(Config::default()),
        Err(e) => Err(e.into()),
    }
}

/// Where the store is: `--store`, else the config's `[store] url`, else SQLite under `--data`.
pub(crate) fn store_location(paths: &Paths, config: &Config) -> StoreLocation {
    match (&paths.store, config.store.url.trim()) {
        (Some(store), _) => StoreLocation::parse(store),
        (None, "") => StoreLocation::Sqlite(paths.data.clone()),
        (None, url) => StoreLocation::parse(url),
    }
}

/// Opens the store every command uses, whichever backend it is on.
pub(crate) fn open_store(location: &StoreLocation) -> Result<Arc<dyn Store>> {
    colonnade_store::open(location).with_context(|| format!("opening the store at {location}"))
}

/// Opens the store named by the flags and the configuration at `paths.config` (a missing
/// configuration file is the default one).
pub(crate) fn open_configured_store(paths: &Paths) -> Result<Arc<dyn Store>> {
    open_store(&store_location(paths, &load_or_default(&paths.config)?))
}

pub(crate) fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread().enable_all().build().context("starting the async runtime")
}

/// Prints progress lines on stderr (one per source; a bar would hide the errors).
pub(crate) fn progress_printer() -> impl Fn(Progress) + Sync {
    let done = std::sync::atomic::AtomicUsize::new(0);
    let total = std::sync::atomic::AtomicUsize::new(0);
    move |p| match p {
        Progress::Started { sources } => {
            total.store(sources, std::sync::atomic::Ordering::Relaxed);
            done.store(0, std::sync::atomic::Ordering::Relaxed);
            eprintln!("colonnade: crawling {sources} sources");
        }
        Progress::SourceDone { publication, url, new, error } => {
            let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
            let t = total.load(std::sync::atomic::Ordering::Relaxed);
            let status = match error {
                Some(e) => format!("error: {e}"),
                None => format!("{new} new"),
            };
            eprintln!("[{n}/{t}] {publication} {url} — {status}");
        }
    }
}

/// Says on stderr when this crawl is one of several nodes on its store, under which name.
pub(crate) fn announce_node(ingest: &Ingest) {
    if let colonnade_ingest::nodes::Nodes::Shared(node) = ingest.nodes() {
        eprintln!(
            "colonnade: crawl node {}: feeds leased for {} s, hosts' turns and article claims shared with the other nodes on the store",
            node.owner,
            node.lease.as_secs()
        );
    }
}

fn print_summary(summary: &CycleSummary, json: bool) -> Result<()> {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    if json {
        serde_json::to_writer_pretty(&mut out, summary)?;
        writeln!(out)?;
        return Ok(());
    }
    writeln!(
        out,
        "{:<32} {:>6} {:>8} {:>10} {:>7} {:>8} {:>6}",
        "publication", "new", "updated", "unchanged", "failed", "fetched", "304"
    )?;
    for (name, p) in &summary.publications {
        writeln!(
            out,
            "{:<32} {:>6} {:>8} {:>10} {:>7} {:>8} {:>6}",
            truncate(name, 32),
            p.new,
            p.updated,
            p.unchanged,
            p.failed,
            p.sources_fetched,
            p.sources_not_modified
        )?;
    }
    let t = summary.totals();
    writeln!(
        out,
        "{:<32} {:>6} {:>8} {:>10} {:>7} {:>8} {:>6}   ({:.1} s)",
        "total", t.new, t.updated, t.unchanged, t.failed, t.sources_fetched, t.sources_not_modified, summary.seconds
    )?;
    for (name, p) in &summary.publications {
        for e in p.errors.iter().take(5) {
            writeln!(out, "  {name}: {e}")?;
        }
    }
    Ok(())
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n { s.to_string() } else { s.chars().take(n - 1).collect::<String>() + "…" }
}

/// How long `crawl` waits before starting again after a failed cycle.
const CRAWL_RETRY: Duration = Duration::from_secs(10);

pub fn crawl(paths: &Paths, args: CrawlArgs) -> Result<ExitCode> {
    let config = Arc::new(load_config(&paths.config)?);
    if config.publications.is_empty() {
        bail!("{} lists no publications; add one with `colonnade sources add URL`", paths.config.display());
    }
    let store = open_store(&store_location(paths, &config))?;
    let rt = runtime()?;
    rt.block_on(async {
        let ingest = Ingest::new(Arc::clone(&config), Arc::clone(&store))?
            .with_media(colonnade_ingest::media::MediaDir::in_data_dir(&paths.data));
        announce_node(&ingest);
        let progress = progress_printer();
        if args.once {
            let summary = ingest.run_cycle(true, &progress).await?;
            print_summary(&summary, args.json)?;
            // Stories and copies of what was saved, before the command ends.
            tokio::task::spawn_blocking(move || {
                colonnade_ingest::stories::StoryStage::open(store, colonnade_stories::Options::default())?.catch_up()
            })
            .await
            .context("the stories thread failed")?
            .context("assigning stories")?;
        } else {
            let _stories = crate::cli_stories::spawn_stories(Arc::clone(&store), Duration::from_secs(2), || {});
            let on_cycle = |s: &CycleSummary| {
                let _ = print_summary(s, args.json);
            };
            // Ctrl-C ends the crawl. A cycle that fails (the store unreachable for longer than it
            // waits to reconnect) is started again after a pause, as `serve` does.
            let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
            tokio::spawn(async move {
                let _ = tokio::signal::ctrl_c().await;
                let _ = stop_tx.send(true);
            });
            let stopped = || {
                let mut rx = stop_rx.clone();
                async move {
                    let _ = rx.wait_for(|stop| *stop).await;
                }
            };
            loop {
                let Err(e) = ingest.run_forever(&progress, &on_cycle, stopped()).await else { break };
                eprintln!("colonnade: crawl cycle failed: {e:#}; starting again in {} s", CRAWL_RETRY.as_secs());
                tokio::select! {
                    _ = stopped() => break,
                    _ = tokio::time::sleep(CRAWL_RETRY) => {}
                }
            }
        }
        ingest.leave().await.context("giving this node's leases back")?;
        Ok::<_, anyhow::Error>(())
    })?;
    Ok(ExitCode::SUCCESS)
}

pub fn sources(paths: &Paths, cmd: SourcesCommand) -> Result<ExitCode> {
    match cmd {
        SourcesCommand::Add { url, name, country, language } => sources_add(paths, &url, name, country, language),
        SourcesCommand::List => {
            let config = load_config(&paths.config)?;
            // Counts only from an existing store: listing must not create one.
            let location = store_location(paths, &config);
            let counts = if location.exists() {
                colonnade_store::open(&location).ok().and_then(|s| s.publications().ok()).unwrap_or_default()
            } else {
                Vec::new()
            };
            for p in &config.publications {
                let articles = counts.iter().find(|c| c.record.homepage == p.homepage).map_or(0, |c| c.articles);
                println!(
                    "{}  {}  [{}{}]  {} feeds, {} listing pages, {} sitemaps, {} articles",
                    p.name,
                    p.homepage,
                    p.country.as_deref().unwrap_or("--"),
                    p.language.as_deref().map(|l| format!(" {l}")).unwrap_or_default(),
                    p.feeds.len(),
                    p.columnist_pages.len(),
                    p.sitemaps.len(),
                    articles
                );
                for f in p.feeds.iter().chain(&p.columnist_pages).chain(&p.sitemaps) {
                    println!("    {f}");
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        SourcesCommand::Import { file } => {
            let bytes = fs::read(&file).with_context(|| format!("reading {}", file.display()))?;
            let outlines =
                colonnade_feed::parse_opml(&bytes).with_context(|| format!("reading OPML from {}", file.display()))?;
            let mut config = load_or_default(&paths.config)?;
            let added = colonnade_ingest::sources::merge_opml(&mut config, outlines);
            config.validate()?;
            config.save(&paths.config)?;
            eprintln!("colonnade: imported {added} feeds into {}", paths.config.display());
            Ok(ExitCode::SUCCESS)
        }
        SourcesCommand::Export => {
            let config = load_config(&paths.config)?;
            let outlines = colonnade_ingest::sources::outlines(&config);
            let now = colonnade_model::Timestamp::new(jiff::Timestamp::now(), 0);
            print!("{}", colonnade_feed::write_opml("Colonnade sources", &outlines, now));
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn sources_add(
    paths: &Paths,
    url: &str,
    name: Option<String>,
    country: Option<String>,
    language: Option<String>,
) -> Result<ExitCode> {
    let mut config = load_or_default(&paths.config)?;
    let homepage = Url::parse(url).with_context(|| format!("{url:?} is not a URL"))?;
    let rt = runtime()?;
    let fetcher = colonnade_fetch::Fetcher::new(colonnade_ingest::fetch_options(&config))?;
    let found = rt.block_on(colonnade_ingest::sources::discover(&fetcher, &homepage))?;
    if found.feeds.is_empty() {
        bail!(
            "found no feed on {homepage}: no <link rel=alternate> and none of the usual paths; add it by hand in {}",
            paths.config.display()
        );
    }
    let publication = Publication {
        name: name.or(found.name).unwrap_or_else(|| homepage.host_str().unwrap_or("unnamed").to_string()),
        homepage: homepage.to_string(),
        country,
        language: language.or(found.language),
        feeds: found.feeds.iter().map(|f| f.to_string()).collect(),
        columnist_pages: vec![],
        sitemaps: vec![],
        kind: None,
        photos: true,
    };
    colonnade_ingest::sources::add_publication(&mut config, publication.clone());
    config.validate()?;
    config.save(&paths.config)?;
    println!("added {} ({}) with {} feed(s):", publication.name, publication.homepage, publication.feeds.len());
    for f in &publication.feeds {
        println!("    {f}");
    }
    Ok(ExitCode::SUCCESS)
}

pub fn stats(paths: &Paths, args: StatsArgs) -> Result<ExitCode> {
    let store = open_configured_store(paths)?;
    let stats = store.stats()?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&stats)?);
    } else {
        println!("publications  {}", stats.publications);
        println!("feeds         {}", stats.feeds);
        println!("columnists    {}", stats.columnists);
        println!("articles      {}", stats.articles);
        for (k, n) in &stats.articles_by_kind {
            println!("  {k:<12}{n}");
        }
        println!("fetches       {}", stats.fetches);
        for (k, n) in &stats.fetches_by_outcome {
            println!("  {k:<12}{n}");
        }
        println!("raw pages     {} ({:.1} MB compressed)", stats.raw_pages, stats.raw_bytes_compressed as f64 / 1e6);
        println!(
            "images        {} ({} files, {:.1} MB)",
            stats.images,
            stats.image_files,
            stats.image_bytes as f64 / 1e6
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub fn reextract(paths: &Paths) -> Result<ExitCode> {
    // The operator's declarations (`kind = …`) as they are now; stored ones for the rest.
    let config = load_or_default(&paths.config)?;
    let store = open_store(&store_location(paths, &config))?;
    let progress = |done: u64| eprintln!("colonnade: re-extracted {done} pages");
    let summary = colonnade_ingest::reextract::reextract(store.as_ref(), &config, &progress)?;
    for e in &summary.errors {
        eprintln!("colonnade: {e}");
    }
    println!("re-extracted: {} updated, {} unchanged, {} failed", summary.updated, summary.unchanged, summary.failed);
    Ok(ExitCode::SUCCESS)
}

#[derive(serde::Serialize)]
struct ArticleLine<'a> {
    id: i64,
    publication: &'a str,
    first_seen: colonnade_model::Timestamp,
    updated: colonnade_model::Timestamp,
    #[serde(flatten)]
    article: &'a colonnade_model::Article,
}

fn export_jsonl(store: &dyn Store, path: &Path) -> Result<u64> {
    let names: std::collections::HashMap<i64, String> =
        store.publications()?.into_iter().map(|p| (p.id, p.record.name)).collect();
    let mut out: Box<dyn Write> = if path.as_os_str() == "-" {
        Box::new(BufWriter::new(io::stdout().lock()))
    } else {
        Box::new(BufWriter::new(fs::File::create(path).with_context(|| format!("creating {}", path.display()))?))
    };
    let (mut after, mut n) = (0, 0u64);
    loop {
        let batch = store.articles(after, 500)?;
        let Some(last) = batch.last() else { break };
        after = last.id;
        for a in &batch {
            let line = ArticleLine {
                id: a.id,
                publication: names.get(&a.publication_id).map_or("", String::as_str),
                first_seen: a.first_seen_at,
                updated: a.updated_at,
                article: &a.article,
            };
            serde_json::to_writer(&mut out, &line)?;
            writeln!(out)?;
            n += 1;
        }
    }
    out.flush()?;
    Ok(n)
}

pub fn export(paths: &Paths, args: ExportArgs) -> Result<ExitCode> {
    let store = open_configured_store(paths)?;
    let warc = match (&args.warc, &args.jsonl, &args.media) {
        (Some(warc), None, None) => warc,
        (None, Some(path), None) => {
            let n = export_jsonl(store.as_ref(), path)?;
            eprintln!("colonnade: wrote {n} articles");
            return Ok(ExitCode::SUCCESS);
        }
        (None, None, Some(dir)) => {
            let media = colonnade_ingest::media::MediaDir::in_data_dir(&paths.data);
            return crate::cli_media::export_media(store.as_ref(), &media, dir);
        }
        _ => unreachable!("the \"format\" group of ExportArgs lets exactly one of --warc, --jsonl, --media through"),
    };
    let file = fs::File::create(warc).with_context(|| format!("creating {}", warc.display()))?;
    let mut out = BufWriter::new(file);
    let n = colonnade_store::export_warc(store.as_ref(), &mut out)?;
    out.flush()?;
    eprintln!("colonnade: wrote {n} records to {}", warc.display());
    Ok(ExitCode::SUCCESS)
}
