//! `colonnade stories rebuild` speed: COUNT synthetic columns (`colonnade_fixture::synth`, 12
//! languages over its default span) saved into a fresh SQLite store in a temporary directory,
//! then `StoryStage::rebuild` over the whole store (read, assign, save), then a second rebuild
//! (nothing to save: story ids kept).
//!
//! Run: `cargo run --release -p colonnade-ingest --example stories_rebuild [COUNT]`
#![expect(clippy::unwrap_used, reason = "a benchmark: any failure should stop it loudly")]

use std::sync::Arc;

use colonnade_fixture::synth::{Corpus, Options};
use colonnade_ingest::stories::StoryStage;
use colonnade_store::{NewArticle, PublicationRecord, SqliteStore, Store};

fn main() {
    let count: usize = std::env::args().nth(1).map_or(20_000, |s| s.parse().unwrap());
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(SqliteStore::open(dir.path()).unwrap());
    let corpus = Corpus::new(Options::default());
    let ids: Vec<i64> = corpus
        .publications()
        .iter()
        .map(|p| {
            store
                .upsert_publication(&PublicationRecord {
                    name: p.name.clone(),
                    homepage: p.homepage.clone(),
                    country: Some(p.country.to_string()),
                    language: Some(p.language.to_string()),
                })
                .unwrap()
        })
        .collect();
    let now = jiff::Timestamp::now().as_second();
    for i in 0..count {
        let c = corpus.column(i, count, now).unwrap();
        store
            .save_article(&NewArticle {
                publication_id: ids[c.publication],
                article: &c.article,
                url_key: &c.url_key,
                alt_url_keys: &[],
                raw: None,
                seen_at: c.seen_at,
            })
            .unwrap();
    }
    let store: Arc<dyn Store> = store;
    for run in ["first rebuild", "second rebuild"] {
        let (_, r) =
            StoryStage::rebuild(Arc::clone(&store), colonnade_stories::Options::default(), &mut |_| {}).unwrap();
        println!(
            "{run:<15} {} articles, {} stories, {} copies in {:.2} s: {:.0} articles/s overall, {:.0} articles/s assigning",
            r.articles,
            r.stories,
            r.copies,
            r.seconds,
            r.articles as f64 / r.seconds,
            r.articles as f64 / r.assign_seconds
        );
    }
}
