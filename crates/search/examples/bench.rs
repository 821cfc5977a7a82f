//! Indexes 100,000 synthetic columns and times searches.
//!
//! ```text
//! cargo run --release -p colonnade-search --example bench [-- DOCS]
//! ```
//!
//! With `BENCH_INDEX=DIR` the index is kept in `DIR` and reused by later runs when it already
//! holds DOCS documents (and the schema is unchanged), skipping the two minutes of indexing.
//!
//! Documents: the synthetic corpus of `colonnade_fixture::synth` (the one `colonnade-bench
//! serve` fills its store with), sized as this benchmark always was: 300–800 words each, drawn
//! from a 30,000-word vocabulary per language with a Zipf (1/rank) distribution and mixed with
//! real function words, in twelve languages (eight stemmed, nl/pl/sv/ro through the neutral
//! field only). Then 1,000 random 1–3-word queries and 200 two- or three-word phrase queries
//! taken from indexed text, each a full `search_highlighted()` with limit 20 (the texts to
//! highlight are regenerated per hit, standing in for the store read the site does; the time
//! spent generating them is not counted — runs before the shared generator counted it, about
//! 80 µs per hit).

#![expect(clippy::unwrap_used, reason = "a benchmark: any failure should stop it")]

use std::cell::Cell;
use std::time::{Duration, Instant};

use colonnade_fixture::synth::{Corpus, Options, Rng, Zipf};
use colonnade_search::{IndexDoc, SearchIndex, SearchQuery};

/// Distinct content words per language.
const VOCAB: usize = 30_000;
/// The instant the synthetic columns are dated back from (fixed, so runs index the same documents).
const ANCHOR: i64 = 1_767_225_600;

/// The corpus, sized as this benchmark's documents have always been.
fn corpus() -> Corpus {
    Corpus::new(Options { vocabulary: VOCAB, words: 300..=800, ..Options::default() })
}

/// Document `id` (1-based) of `n`: always the same for the same id, and its language's index.
fn make_doc(corpus: &Corpus, id: i64, n: i64) -> (IndexDoc, usize) {
    let c = corpus.column(id as usize - 1, n as usize, ANCHOR).unwrap();
    let publication = &corpus.publications()[c.publication];
    let a = c.article;
    let doc = IndexDoc {
        id,
        title: a.title.unwrap_or_default(),
        text: a.text,
        columnists: a.authors,
        publication: publication.name.clone(),
        publication_id: c.publication as i64,
        lang: a.lang,
        country: Some(publication.country.to_string()),
        kind: a.kind,
        published: a.published,
    };
    (doc, c.lang)
}

fn dir_size(path: &std::path::Path) -> u64 {
    std::fs::read_dir(path).unwrap().map(|e| e.unwrap().metadata().unwrap().len()).sum()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn report(label: &str, mut times: Vec<Duration>, totals: &[usize]) {
    times.sort();
    let mean = times.iter().sum::<Duration>() / times.len() as u32;
    let empty = totals.iter().filter(|t| **t == 0).count();
    println!(
        "{label:>24}: n={} p50={:.2?} p90={:.2?} p99={:.2?} max={:.2?} mean={:.2?} (median total {}, {} with no hit)",
        times.len(),
        percentile(&times, 0.5),
        percentile(&times, 0.9),
        percentile(&times, 0.99),
        times[times.len() - 1],
        mean,
        {
            let mut t = totals.to_vec();
            t.sort();
            t[t.len() / 2]
        },
        empty
    );
}

fn main() {
    let n_docs: i64 = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(100_000);
    let corpus = corpus();
    let tmp = tempfile::tempdir().unwrap();
    let dir = std::env::var_os("BENCH_INDEX").map_or_else(|| tmp.path().to_path_buf(), std::path::PathBuf::from);
    let index = SearchIndex::open(&dir).unwrap();
    let reuse = index.len().unwrap() == n_docs as u64;
    if !reuse {
        index.clear().unwrap();
    }

    let start = Instant::now();
    let mut words = 0usize;
    let mut bytes = 0usize;
    for id in (1..=n_docs).filter(|_| !reuse) {
        let (doc, _) = make_doc(&corpus, id, n_docs);
        words += doc.text.split_whitespace().count();
        bytes += doc.text.len() + doc.title.len();
        index.upsert(&doc).unwrap();
        if id % 25_000 == 0 {
            index.commit().unwrap();
            eprintln!("  {id} docs, {:.1?}", start.elapsed());
        }
    }
    index.commit().unwrap();
    let index_time = start.elapsed();
    println!(
        "indexed {n_docs} docs ({} MB of text, {words} space-separated words) in {:.1?} ({:.0} docs/s)",
        bytes / 1_000_000,
        index_time,
        n_docs as f64 / index_time.as_secs_f64()
    );
    if reuse {
        println!("reused the index in {} ({n_docs} docs)", dir.display());
    }
    println!("index size after commit: {} MB", dir_size(&dir) / 1_000_000);
    assert_eq!(index.len().unwrap(), n_docs as u64);

    let mut rng = Rng::new(42);
    let ranks = Zipf::new(VOCAB - 10, 1.0);
    let random_doc = |rng: &mut Rng| make_doc(&corpus, 1 + rng.below(n_docs as usize) as i64, n_docs);
    let mut word_queries = Vec::new();
    for _ in 0..1000 {
        // The language of a random document, so languages are asked for as often as they are written.
        let vocab = corpus.vocabulary(random_doc(&mut rng).1);
        let n = 1 + rng.below(3);
        let ws: Vec<&str> = (0..n).map(|_| vocab[10 + ranks.sample(&mut rng)].as_str()).collect();
        word_queries.push(ws.join(" "));
    }
    let mut phrase_queries = Vec::new();
    for _ in 0..200 {
        let (doc, _) = random_doc(&mut rng);
        let ws: Vec<&str> = doc.text.split_whitespace().collect();
        let n = 2 + rng.below(2);
        let at = rng.below(ws.len().saturating_sub(n).max(1));
        let phrase = ws[at..(at + n).min(ws.len())].join(" ");
        phrase_queries.push(format!("\"{phrase}\""));
    }

    // Warm up the page cache and lazily built structures.
    for text in word_queries.iter().take(50) {
        index.search(&SearchQuery { text: text.clone(), ..SearchQuery::default() }).unwrap();
    }

    // The texts to highlight are regenerated per hit, standing in for the store read; the time
    // that takes (the generator is slower than a store read) is measured and left out.
    let generating = Cell::new(Duration::ZERO);
    let texts = |id: i64| {
        let t = Instant::now();
        let (d, _) = make_doc(&corpus, id, n_docs);
        generating.set(generating.get() + t.elapsed());
        Some((d.title, d.text))
    };
    let run = |queries: &[String], newest_first: bool, limit: usize| {
        let mut times = Vec::with_capacity(queries.len());
        let mut totals = Vec::with_capacity(queries.len());
        for text in queries {
            let q = SearchQuery { text: text.clone(), limit, newest_first, ..SearchQuery::default() };
            generating.set(Duration::ZERO);
            let t = Instant::now();
            let results = index.search_highlighted(&q, &texts).unwrap();
            times.push(t.elapsed().saturating_sub(generating.get()));
            totals.push(results.total);
        }
        (times, totals)
    };
    let (times, totals) = run(&word_queries, false, 20);
    report("1-3 words, relevance", times, &totals);
    let (times, totals) = run(&phrase_queries, false, 20);
    report("phrases, relevance", times, &totals);
    let (times, totals) = run(&word_queries, true, 20);
    report("1-3 words, newest first", times, &totals);
    // Diagnostic: the same with one hit, i.e. mostly matching and ranking, little highlighting.
    let (times, totals) = run(&word_queries, false, 1);
    report("1-3 words, limit 1", times, &totals);
    let first = SearchQuery { text: word_queries[0].clone(), ..SearchQuery::default() };
    let hit = index.search_highlighted(&first, &texts).unwrap();
    if let Some(h) = hit.hits.first() {
        println!("example: {:?} -> {} hits; first: {}\n  {}", word_queries[0], hit.total, h.title_html, h.snippet_html);
    }
}
