//! Insert speed: 10,000 synthetic columns (`colonnade_fixture::synth`: ~5 KB of text each, in
//! 12 languages) with a ~53 KB raw page each (the column between its publication's 8 KB
//! navigation and 40 KB footer), into a fresh SQLite store in a temporary directory, one
//! `save_article` (one transaction) each.
//!
//! Run: `cargo run --release -p colonnade-store --example insert_speed [COUNT]`
#![expect(clippy::unwrap_used, reason = "a benchmark: any failure should stop it loudly")]

use std::time::Instant;

use colonnade_fixture::synth::{Column, Corpus, Options};
use colonnade_store::{DB_FILE, NewArticle, PublicationRecord, RawPage, SqliteStore, Store, Timestamp};

fn main() {
    let count: usize = std::env::args().nth(1).map_or(10_000, |s| s.parse().unwrap());
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path()).unwrap();
    // 550–1,100 words: about 5 KB of text, the size this benchmark has always used.
    let corpus = Corpus::new(Options { words: 550..=1100, ..Options::default() });
    let publications: Vec<(i64, String, String)> = corpus
        .publications()
        .iter()
        .enumerate()
        .map(|(p, publication)| {
            let id = store
                .upsert_publication(&PublicationRecord {
                    name: publication.name.clone(),
                    homepage: publication.homepage.clone(),
                    country: Some(publication.country.to_string()),
                    language: Some(publication.language.to_string()),
                })
                .unwrap();
            // The boilerplate every page of the publication repeats, in its language.
            let lang = publication.lang();
            (id, corpus.prose(lang, 2 * p as u64, 8_000), corpus.prose(lang, 2 * p as u64 + 1, 40_000))
        })
        .collect();
    let headers = vec![
        ("Content-Type".to_string(), "text/html; charset=utf-8".to_string()),
        ("Server".to_string(), "nginx".to_string()),
    ];
    let now = jiff::Timestamp::now().as_second();

    // Build inputs first so only the store is timed.
    let inputs: Vec<(Column, Vec<u8>)> = (0..count)
        .map(|i| {
            let column = corpus.column(i, count, now).unwrap();
            let (_, nav, footer) = &publications[column.publication];
            let html = format!(
                "<!doctype html><html><head><title>{}</title></head><body><nav>{nav}</nav><article>{}</article>\
                 <footer>{footer}</footer></body></html>",
                column.article.title.as_deref().unwrap_or_default(),
                column.article.html,
            );
            (column, html.into_bytes())
        })
        .collect();
    let raw_bytes: usize = inputs.iter().map(|(_, h)| h.len()).sum();
    let text_bytes: usize = inputs.iter().map(|(c, _)| c.article.text.len()).sum();

    let started = Instant::now();
    for (column, html) in &inputs {
        let url = column.article.url.as_deref().unwrap();
        let fetched_at: Timestamp = column.seen_at;
        store
            .save_article(&NewArticle {
                publication_id: publications[column.publication].0,
                article: &column.article,
                url_key: &column.url_key,
                alt_url_keys: &[],
                raw: Some(RawPage { url, status: 200, headers: &headers, body: html, fetched_at, evidence: None }),
                seen_at: column.seen_at,
            })
            .unwrap();
    }

    let elapsed = started.elapsed();
    let stats = store.stats().unwrap();
    drop(store);
    let size = |name: &str| std::fs::metadata(dir.path().join(name)).map_or(0, |m| m.len());
    let (db, wal) = (size(DB_FILE), size(&format!("{DB_FILE}-wal")));

    println!("articles:         {count} ({} stored)", stats.articles);
    println!("text:             {:.1} KB per article", text_bytes as f64 / count.max(1) as f64 / 1e3);
    println!("time:             {:.2} s", elapsed.as_secs_f64());
    println!("articles/s:       {:.0}", count as f64 / elapsed.as_secs_f64());
    println!(
        "raw pages:        {:.1} MB in, {:.1} MB compressed",
        raw_bytes as f64 / 1e6,
        stats.raw_bytes_compressed as f64 / 1e6
    );
    println!("database size:    {:.1} MB (+ WAL {:.1} MB)", db as f64 / 1e6, wal as f64 / 1e6);
}
