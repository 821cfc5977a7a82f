//! Insert speed: 10,000 articles, each with 5 KB of text and a 50 KB raw page, into a fresh
//! SQLite store in a temporary directory, one `save_article` (one transaction) each.
//!
//! Run: `cargo run --release --example insert_speed [COUNT]`
#![expect(clippy::unwrap_used, reason = "a benchmark: any failure should stop it loudly")]

use std::time::Instant;

use colonnade_store::{Article, Kind, NewArticle, PublicationRecord, RawPage, SqliteStore, Store, Timestamp};

/// Plausible prose: varied enough that zstd does not make it free.
fn prose(seed: usize, len: usize) -> String {
    const WORDS: [&str; 24] = [
        "government",
        "policy",
        "the",
        "of",
        "voters",
        "budget",
        "a",
        "reform",
        "and",
        "minister",
        "is",
        "crisis",
        "climate",
        "in",
        "economy",
        "we",
        "must",
        "argue",
        "housing",
        "that",
        "schools",
        "their",
        "tax",
        "future",
    ];
    let mut out = String::with_capacity(len + 16);
    let mut x = seed as u64 ^ 0x9e37_79b9_7f4a_7c15;
    while out.len() < len {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        out.push_str(WORDS[(x % WORDS.len() as u64) as usize]);
        out.push(if x.is_multiple_of(11) { '.' } else { ' ' });
        if x.is_multiple_of(97) {
            out.push_str("\n\n");
        }
    }
    out
}

fn main() {
    let count: usize = std::env::args().nth(1).map_or(10_000, |s| s.parse().unwrap());
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path()).unwrap();
    let publication_id = store
        .upsert_publication(&PublicationRecord {
            name: "Bench Daily".into(),
            homepage: "https://bench.example/".into(),
            country: None,
            language: Some("en".into()),
        })
        .unwrap();
    let headers = vec![
        ("Content-Type".to_string(), "text/html; charset=utf-8".to_string()),
        ("Server".to_string(), "nginx".to_string()),
    ];
    let now = Timestamp::new(jiff::Timestamp::now(), 0);

    // Build inputs first so only the store is timed.
    let inputs: Vec<(Article, Vec<u8>)> = (0..count)
        .map(|i| {
            let text = prose(i, 5_000);
            let html = format!(
                "<!doctype html><html><head><title>Column {i}</title></head><body><nav>{}</nav><article>{}</article>\
                 <footer>{}</footer></body></html>",
                prose(i + 1, 8_000),
                prose(i, 5_000).replace("\n\n", "</p><p>"),
                prose(i + 2, 40_000),
            );
            let article = Article {
                url: Some(format!("https://bench.example/opinion/{i}")),
                title: Some(format!("Column number {i}")),
                authors: vec![format!("Columnist {}", i % 200)],
                published: Some(now),
                kind: Kind::Opinion,
                word_count: text.split_whitespace().count(),
                excerpt: text.chars().take(300).collect(),
                html: format!("<p>{}</p>", text.replace("\n\n", "</p><p>")),
                text,
                confidence: 0.9,
                ..Article::default()
            };
            (article, html.into_bytes())
        })
        .collect();
    let raw_bytes: usize = inputs.iter().map(|(_, h)| h.len()).sum();

    let started = Instant::now();
    for (article, html) in &inputs {
        let url = article.url.as_deref().unwrap();
        store
            .save_article(&NewArticle {
                publication_id,
                article,
                url_key: url,
                alt_url_keys: &[],
                raw: Some(RawPage { url, status: 200, headers: &headers, body: html, fetched_at: now }),
                seen_at: now,
            })
            .unwrap();
    }
    let elapsed = started.elapsed();
    let stats = store.stats().unwrap();
    drop(store);
    let size = |name: &str| std::fs::metadata(dir.path().join(name)).map_or(0, |m| m.len());
    let (db, wal) = (size("colonnade.db"), size("colonnade.db-wal"));

    println!("articles:         {count} ({} stored)", stats.articles);
    println!("time:             {:.2} s", elapsed.as_secs_f64());
    println!("articles/s:       {:.0}", count as f64 / elapsed.as_secs_f64());
    println!(
        "raw pages:        {:.1} MB in, {:.1} MB compressed",
        raw_bytes as f64 / 1e6,
        stats.raw_bytes_compressed as f64 / 1e6
    );
    println!("database size:    {:.1} MB (+ WAL {:.1} MB)", db as f64 / 1e6, wal as f64 / 1e6);
}
