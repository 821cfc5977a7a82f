//! The store under test: a real SQLite store and search index (the layout `colonnade serve`
//! reads) filled with the synthetic corpus of `colonnade_fixture::synth`, reused between runs.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use colonnade_fixture::synth::Corpus;
use colonnade_ingest::index::Indexer;
use colonnade_search::SearchIndex;
use colonnade_store::{DB_FILE, NewArticle, PublicationRecord, SqliteStore, Store};

/// File in the data directory recording the time the synthetic columns are dated back from.
const ANCHOR_FILE: &str = "bench-serve-anchor.txt";

/// What the store and index hold once populated.
#[derive(Debug)]
pub struct Populated {
    pub columns: u64,
    pub opinion: u64,
    pub publications: u64,
    pub columnists: u64,
    /// Columns inserted by this run (0 when the store was reused).
    pub inserted_now: usize,
    pub insert_secs: f64,
    /// Seconds spent indexing, when the index had to be brought up to date.
    pub index_secs: Option<f64>,
    pub db_bytes: u64,
    pub index_bytes: u64,
}

/// Fills `data` with `n` synthetic columns (resuming an interrupted fill) and brings the search
/// index up to date; reuses both when they already hold `n` columns.
pub fn populate(data: &Path, n: usize) -> Result<Populated> {
    std::fs::create_dir_all(data).with_context(|| format!("creating {}", data.display()))?;
    let store = SqliteStore::open(data).with_context(|| format!("opening the store in {}", data.display()))?;
    let have = usize::try_from(store.stats().context("counting stored columns")?.articles).unwrap_or(usize::MAX);
    if have > n {
        bail!(
            "{} already holds {have} columns, more than --columns {n}: pass another --store-dir or remove it",
            data.display()
        );
    }
    let anchor = anchor_time(data)?;
    let mut insert_secs = 0.0;
    if have < n {
        eprintln!("bench serve: populating {} with {n} columns ({have} already there)", data.display());
        let corpus = Corpus::default();
        let mut pub_ids = Vec::with_capacity(corpus.publications().len());
        for p in corpus.publications() {
            let record = PublicationRecord {
                name: p.name.clone(),
                homepage: p.homepage.clone(),
                country: Some(p.country.to_string()),
                language: Some(p.language.to_string()),
            };
            pub_ids.push(store.upsert_publication(&record).context("saving a publication")?);
        }
        let started = Instant::now();
        let mut last = Instant::now();
        for i in have..n {
            let g = corpus.column(i, n, anchor).context("a synthetic time out of range")?;
            let new = NewArticle {
                publication_id: pub_ids[g.publication],
                article: &g.article,
                url_key: &g.url_key,
                alt_url_keys: &[],
                raw: None,
                seen_at: g.seen_at,
            };
            store.save_article(&new).with_context(|| format!("saving synthetic column {i}"))?;
            if last.elapsed() >= Duration::from_secs(2) {
                let done = i + 1 - have;
                eprintln!(
                    "bench serve: {} of {n} columns stored ({:.0}/s)",
                    i + 1,
                    done as f64 / started.elapsed().as_secs_f64()
                );
                last = Instant::now();
            }
        }
        insert_secs = started.elapsed().as_secs_f64();
        eprintln!("bench serve: stored {} columns in {insert_secs:.1} s", n - have);
    }
    let stats = store.stats().context("counting stored columns")?;
    let store: Arc<dyn Store> = Arc::new(store);

    let index_dir = data.join("index");
    let index = Arc::new(
        SearchIndex::open(&index_dir)
            .with_context(|| format!("opening the search index in {}", index_dir.display()))?,
    );
    let indexed = if index.needs_rebuild() { None } else { Some(index.len().context("counting indexed columns")?) };
    let mut index_secs = None;
    if indexed != Some(stats.articles) {
        eprintln!("bench serve: indexing for search ({} of {} columns indexed)", indexed.unwrap_or(0), stats.articles);
        let started = Instant::now();
        let mut last = Instant::now();
        let mut progress = |k: usize| {
            if last.elapsed() >= Duration::from_secs(2) {
                eprintln!("bench serve: indexed {k} columns");
                last = Instant::now();
            }
        };
        update_index(&index, &store, &mut progress)?;
        let secs = started.elapsed().as_secs_f64();
        eprintln!("bench serve: search index ready in {secs:.1} s");
        index_secs = Some(secs);
    }
    let opinion = stats.articles_by_kind.get("opinion").copied().unwrap_or(0);
    Ok(Populated {
        columns: stats.articles,
        opinion,
        publications: stats.publications,
        columnists: stats.columnists,
        inserted_now: n - have,
        insert_secs,
        index_secs,
        db_bytes: [DB_FILE.to_string(), format!("{DB_FILE}-wal")]
            .iter()
            .filter_map(|f| std::fs::metadata(data.join(f)).ok())
            .map(|m| m.len())
            .sum(),
        index_bytes: dir_size(&index_dir),
    })
}

/// Brings the search index up to date with the store, the way `colonnade serve` does: a
/// rebuild when the index is new or of an older schema, else a catch-up from its cursor.
fn update_index(index: &Arc<SearchIndex>, store: &Arc<dyn Store>, progress: &mut dyn FnMut(usize)) -> Result<()> {
    let mut indexer = Indexer::new(Arc::clone(index), Arc::clone(store)).context("starting the indexer")?;
    if index.needs_rebuild() {
        indexer.rebuild(progress).context("building the search index")?;
    } else {
        indexer.catch_up(progress).context("updating the search index")?;
    }
    Ok(())
}

/// The instant the synthetic columns are dated back from: now on the first fill, then the
/// same one (kept in the data directory) so a resumed fill stays in order.
fn anchor_time(data: &Path) -> Result<i64> {
    let path = data.join(ANCHOR_FILE);
    if let Ok(text) = std::fs::read_to_string(&path) {
        return text.trim().parse().with_context(|| format!("{} is not a Unix time", path.display()));
    }
    let now = jiff::Timestamp::now().as_second();
    std::fs::write(&path, now.to_string()).with_context(|| format!("writing {}", path.display()))?;
    Ok(now)
}

/// Total size of the files under `dir`.
fn dir_size(dir: &Path) -> u64 {
    let Ok(entries) = std::fs::read_dir(dir) else { return 0 };
    entries
        .filter_map(Result::ok)
        .map(|e| match e.file_type() {
            Ok(t) if t.is_dir() => dir_size(&e.path()),
            Ok(_) => e.metadata().map_or(0, |m| m.len()),
            Err(_) => 0,
        })
        .sum()
}
