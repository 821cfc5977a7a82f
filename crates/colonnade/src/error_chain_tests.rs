//! Every error chain the binary prints reads once (issue 10, §4).
//!
//! `main` prints `{err:#}`: each context and then every `source()` down the chain, joined by
//! ": ". A library error whose `Display` also prints its cause shows that cause twice. This test
//! builds an error of every library crate the binary can print, where possible by making the
//! library fail for real, wraps it the way the commands do, and checks two things:
//!
//! - no link of the chain prints the message of a link below it, at its end or after a colon (the
//!   convention: a variant prints its own context and leaves its cause to `source()`, or is
//!   `#[error(transparent)]`);
//! - no segment of the printed chain, split on ": ", comes twice.
//!
//! One exception, below our crates: rusqlite's `SqliteFailure` displays SQLite's message and
//! exposes the same failure as its source, `Error code 26: file is not a database`, so the
//! segment check stops at a rusqlite error. The containment check still covers the store's own
//! layer above it. PostgreSQL errors come wrapped in `colonnade_store::PgError`, which prints
//! once and has no source: an unreachable server is checked below like any other chain.

use std::collections::HashSet;
use std::path::Path;

use anyhow::Context as _;
use colonnade_store::StoreError;

/// The chain's links as `{:#}` prints them, down to the first rusqlite error (whose sources are
/// rusqlite's own; see the module doc).
fn links(err: &anyhow::Error) -> Vec<String> {
    let mut out = Vec::new();
    for link in err.chain() {
        out.push(link.to_string());
        if link.downcast_ref::<rusqlite::Error>().is_some() {
            break;
        }
    }
    out
}

/// What is wrong with the printed chain, if anything.
fn reads_twice(err: &anyhow::Error) -> Option<String> {
    let links = links(err);
    for (i, link) in links.iter().enumerate() {
        // `"{context}: {source}"` and the like: the cause's message at the end or after a colon.
        let prints = |below: &&String| link.ends_with(below.as_str()) || link.contains(&format!(": {below}"));
        if let Some(below) = links[i + 1..].iter().filter(|below| !below.is_empty()).find(prints) {
            return Some(format!("{link:?} prints its cause {below:?}, which is also its source"));
        }
    }
    let printed = links.join(": ");
    let mut seen = HashSet::new();
    let repeated = printed.split(": ").find(|segment| !seen.insert(*segment))?;
    Some(format!("{repeated:?} comes twice"))
}

/// A SQLite failure as the store reports it, for wrapping in other crates' errors.
fn store_query_error() -> StoreError {
    StoreError::Query { op: "saving an article", source: Box::new(rusqlite::Error::QueryReturnedNoRows) }
}

/// The errors, each as `main` would print it, labelled with where it comes from.
fn chains(tmp: &Path) -> Vec<(&'static str, anyhow::Error)> {
    let mut out: Vec<(&'static str, anyhow::Error)> = Vec::new();
    let rt = crate::cli_ingest::runtime().unwrap();

    // config: a configuration that cannot be read, one that does not parse, one that cannot be saved.
    let dir_as_config = tmp.join("config-is-a-dir");
    std::fs::create_dir_all(&dir_as_config).unwrap();
    out.push(("config: read", crate::cli_ingest::load_or_default(&dir_as_config).unwrap_err()));
    let bad_toml = tmp.join("bad.toml");
    std::fs::write(&bad_toml, "[crawl]\nno_such_key = 1\n").unwrap();
    out.push(("config: syntax", crate::cli_ingest::load_or_default(&bad_toml).unwrap_err()));
    let save = colonnade_config::Config::default().save(&tmp.join("no-such-dir/colonnade.toml"));
    out.push(("config: save", anyhow::Error::from(save.unwrap_err())));

    // store: a data directory that is a file; a database file that is not a database; a query.
    let file_as_data = tmp.join("data-is-a-file");
    std::fs::write(&file_as_data, "x").unwrap();
    let sqlite = |dir: &Path| colonnade_store::StoreLocation::Sqlite(dir.to_owned());
    out.push(("store: open", crate::cli_ingest::open_store(&sqlite(&file_as_data)).err().unwrap()));
    let garbage = tmp.join("garbage-data");
    std::fs::create_dir_all(&garbage).unwrap();
    std::fs::write(garbage.join(colonnade_store::DB_FILE), vec![0x5a; 8192]).unwrap();
    out.push(("store: not a database", crate::cli_ingest::open_store(&sqlite(&garbage)).err().unwrap()));
    // PostgreSQL: no server on this socket; a URL that does not parse.
    let no_server = format!("postgresql://colonnade@localhost/colonnade?host={}&port=1", tmp.display());
    let location = colonnade_store::StoreLocation::parse(&no_server);
    out.push(("store: no PostgreSQL server", crate::cli_ingest::open_store(&location).err().unwrap()));
    let location = colonnade_store::StoreLocation::parse("postgres://u@[::1/db");
    out.push(("store: bad PostgreSQL URL", crate::cli_ingest::open_store(&location).err().unwrap()));
    out.push(("store: query", Err::<(), _>(store_query_error()).context("counting stored articles").unwrap_err()));

    // ingest: the store or the fetcher failing under the crawler.
    let ingest = colonnade_ingest::IngestError::from(store_query_error());
    out.push(("ingest: store", Err::<(), _>(ingest).context("building the crawler").unwrap_err()));
    let ingest = colonnade_ingest::IngestError::from(colonnade_fetch::FetchError::Config("no TLS".into()));
    out.push(("ingest: fetcher", Err::<(), _>(ingest).context("building the crawler").unwrap_err()));

    // fetch: a connection refused (a reqwest error with a chain of its own), as `sources add` wraps it.
    let fetched = rt.block_on(async {
        let opts = colonnade_fetch::FetchOptions {
            allow_private_networks: true,
            respect_robots: false,
            ..colonnade_fetch::FetchOptions::default()
        };
        let fetcher = colonnade_fetch::Fetcher::new(opts).unwrap();
        let homepage = colonnade_url::Url::parse("http://127.0.0.1:1/").unwrap();
        fetcher.get(&homepage, None).await.with_context(|| format!("fetching {homepage}"))
    });
    out.push(("fetch: network", fetched.unwrap_err()));
    // ... and as `sources add` meets it now, through discovery.
    let discovered = rt.block_on(async {
        let opts = colonnade_fetch::FetchOptions {
            allow_private_networks: true,
            respect_robots: false,
            ..colonnade_fetch::FetchOptions::default()
        };
        let fetcher = colonnade_fetch::Fetcher::new(opts).unwrap();
        let homepage = colonnade_url::Url::parse("http://127.0.0.1:1/").unwrap();
        colonnade_ingest::sources::discover(&fetcher, &homepage).await.map(drop)
    });
    out.push(("ingest: discover", anyhow::Error::from(discovered.unwrap_err())));

    // feed and extract: no sources, but printed under the binary's context all the same.
    let opml = colonnade_feed::parse_opml(b"<html><body>hi</body></html>");
    out.push(("feed", opml.with_context(|| "reading OPML from sources.opml".to_string()).unwrap_err()));
    let extracted = colonnade_extract::extract(b"", None, None);
    out.push(("extract", extracted.with_context(|| "extracting page.html".to_string()).unwrap_err()));

    // eval: a malformed urls.json and a missing labels file.
    let corpus = tmp.join("corpus");
    std::fs::create_dir_all(corpus.join("pages")).unwrap();
    std::fs::write(corpus.join("urls.json"), "{not json").unwrap();
    let loaded = colonnade_eval::load_corpus(&corpus);
    out.push((
        "eval: json",
        loaded.with_context(|| format!("loading the corpus at {}", corpus.display())).unwrap_err(),
    ));
    let labels = colonnade_eval::load_kinds(&corpus.join("kind.json"));
    out.push(("eval: io", labels.context("reading the labels").unwrap_err()));

    // demo: a demo folder whose configuration is broken.
    let demo = tmp.join("demo");
    std::fs::create_dir_all(demo.join("sites")).unwrap();
    std::fs::write(demo.join("colonnade.toml"), "[[publication]]\nname = 3\n").unwrap();
    let started = rt.block_on(colonnade_demo::Demo::start(&demo));
    let context = || format!("loading the bundled demo from {} (or pass --no-demo)", demo.display());
    out.push(("demo: config", started.map(drop).with_context(context).unwrap_err()));

    // search: an index directory that is a file; an index whose writer lock is taken.
    let opened = colonnade_search::SearchIndex::open(&file_as_data).map(drop);
    out.push(("search: io", opened.context("opening the search index in data-is-a-file").unwrap_err()));
    let index_dir = tmp.join("index");
    let first = colonnade_search::SearchIndex::open(&index_dir).unwrap();
    let second = colonnade_search::SearchIndex::open(&index_dir).map(drop);
    out.push(("search: locked", second.context("opening the search index in index").unwrap_err()));
    drop(first);
    let indexer = colonnade_ingest::index::IndexerError::from(store_query_error());
    out.push(("ingest: indexer", Err::<(), _>(indexer).context("rebuilding the search index").unwrap_err()));

    out
}

#[test]
fn no_printed_error_chain_repeats_a_segment_issue_10() {
    let tmp = tempfile::tempdir().unwrap();
    let chains = chains(tmp.path());
    let mut problems = Vec::new();
    for (what, err) in &chains {
        eprintln!("{what}: {err:#}");
        if let Some(problem) = reads_twice(err) {
            problems.push(format!("{what}: {problem} in {err:#}"));
        }
    }
    assert!(problems.is_empty(), "error chains that say something twice:\n{}", problems.join("\n"));
    // The cause is printed once, not dropped: the refused connection is still there.
    let (_, network) = chains.iter().find(|(what, _)| *what == "fetch: network").unwrap();
    assert_eq!(format!("{network:#}").matches("Connection refused").count(), 1, "{network:#}");
}
