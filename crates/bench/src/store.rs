//! `colonnade-bench store`: articles saved per second by [`Store::save_article`] on either
//! backend, each with its raw page (zstd) and URL key, from one thread or several at once — what
//! the crawl's store stage costs without fetching or extracting.

use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use anyhow::{Context, Result, bail};
use clap::Args;
use colonnade_fixture::synth::Corpus;
use colonnade_store::{NewArticle, PublicationRecord, RawPage, Store, StoreLocation};

use crate::pg::Scratch;

/// Flags of `colonnade-bench store`.
#[derive(Args, Debug)]
pub struct StoreArgs {
    /// Where to save: a PostgreSQL URL (a fresh schema is made in it and dropped afterwards), or
    /// a data directory for a new SQLite store [default: a temporary folder].
    #[arg(long, value_name = "URL|DIR")]
    store: Option<String>,
    /// Articles to save in each run.
    #[arg(long, default_value_t = 5_000)]
    articles: usize,
    /// Writer threads, one run each (comma-separated).
    #[arg(long, value_delimiter = ',', default_value = "1,4")]
    threads: Vec<usize>,
}

/// Runs the benchmark and prints its figures.
pub fn run(args: StoreArgs) -> Result<ExitCode> {
    if args.articles == 0 || args.threads.contains(&0) {
        bail!("--articles and every --threads must be at least 1");
    }
    let corpus = Corpus::default();
    let anchor = jiff::Timestamp::now().as_second();
    let total = args.articles * args.threads.len();
    // Generated up front: the runs time the store only.
    let columns = (0..total)
        .map(|i| corpus.column(i, total, anchor).context("a synthetic time out of range"))
        .collect::<Result<Vec<_>>>()?;
    let columns = Arc::new(columns);
    let mut offset = 0;
    for &threads in &args.threads {
        let (store, what, _scratch) = open(args.store.as_deref())?;
        let mut pub_ids = Vec::new();
        for p in corpus.publications() {
            pub_ids.push(store.upsert_publication(&PublicationRecord {
                name: p.name.clone(),
                homepage: p.homepage.clone(),
                country: Some(p.country.to_string()),
                language: Some(p.language.to_string()),
            })?);
        }
        let pub_ids = Arc::new(pub_ids);
        let next = Arc::new(AtomicUsize::new(offset));
        let end = offset + args.articles;
        let started = Instant::now();
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                let (store, columns, pub_ids, next) =
                    (Arc::clone(&store), Arc::clone(&columns), Arc::clone(&pub_ids), Arc::clone(&next));
                std::thread::spawn(move || -> Result<()> {
                    let headers = vec![("Content-Type".to_string(), "text/html; charset=utf-8".to_string())];
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        if i >= end {
                            return Ok(());
                        }
                        let g = &columns[i];
                        let url = g.article.url.as_deref().unwrap_or_default();
                        store.save_article(&NewArticle {
                            publication_id: pub_ids[g.publication],
                            article: &g.article,
                            url_key: &g.url_key,
                            alt_url_keys: &[],
                            raw: Some(RawPage {
                                url,
                                status: 200,
                                headers: &headers,
                                body: g.article.html.as_bytes(),
                                fetched_at: g.seen_at,
                                evidence: None,
                            }),
                            seen_at: g.seen_at,
                        })?;
                    }
                })
            })
            .collect();
        for w in workers {
            w.join().map_err(|_| anyhow::anyhow!("a writer thread panicked"))??;
        }
        let secs = started.elapsed().as_secs_f64();
        let stored = store.stats()?.articles;
        println!(
            "bench store: {what}, {threads} writer thread(s): {} articles with raw pages in {secs:.2} s = {:.0} inserts/s ({stored} stored)",
            args.articles,
            args.articles as f64 / secs
        );
        offset = end;
    }
    Ok(ExitCode::SUCCESS)
}

/// A fresh store at `location` (see [`StoreArgs::store`]), what to call it, and what to clean up.
fn open(location: Option<&str>) -> Result<(Arc<dyn Store>, String, Option<Scratch>)> {
    match location {
        Some(url) if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
            let scratch = Scratch::new(url, "colonnade_bench_store")?;
            let store = colonnade_store::open(&StoreLocation::parse(&scratch.url()))
                .with_context(|| format!("opening a store in schema {}", scratch.schema))?;
            Ok((store, "PostgreSQL".into(), Some(scratch)))
        }
        dir => {
            let dir = match dir {
                Some(d) => std::path::PathBuf::from(d),
                None => std::env::temp_dir().join(format!(
                    "colonnade-bench-store-{}-{}",
                    std::process::id(),
                    jiff::Timestamp::now().as_millisecond()
                )),
            };
            if dir.join(colonnade_store::DB_FILE).exists() {
                bail!("{} already holds a store: give an empty folder", dir.display());
            }
            let store = colonnade_store::open(&StoreLocation::Sqlite(dir.clone()))?;
            Ok((store, format!("SQLite in {}", dir.display()), Some(Scratch::dir(dir))))
        }
    }
}
