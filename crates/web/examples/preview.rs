//! Serves the site over a synthetic store, for looking at pages and load-testing the web layer
//! alone (no crawler, no demo):
//!
//! ```sh
//! cargo run --release -p colonnade-web --example preview -- --columns 100000 --data /tmp/colonnade-preview
//! wrk -c 64 -d 10s http://127.0.0.1:8090/
//! ```
//!
//! The columns are the synthetic corpus of `colonnade_fixture::synth` (the one `colonnade-bench
//! serve` measures: 300 publications, 12 languages, 600–1,200-word texts). The store is filled
//! once (`--data` keeps it between runs); the search index is in RAM and rebuilt at every start.
#![expect(clippy::unwrap_used, clippy::expect_used, reason = "a developer tool: failing loudly is fine")]

use std::sync::Arc;

use colonnade_fixture::synth::Corpus;
use colonnade_search::{IndexDoc, SearchIndex};
use colonnade_store::{ArticleFilter, DB_FILE, NewArticle, PublicationRecord, SqliteStore, Store};
use colonnade_web::{Site, SiteOptions};

/// File in the data directory recording the time the columns are dated back from, so that a
/// store filled in several runs stays in order.
const ANCHOR_FILE: &str = "preview-anchor.txt";

fn arg(name: &str) -> Option<String> {
    let args: Vec<String> = std::env::args().collect();
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1).cloned())
}

fn main() {
    let columns: usize = arg("--columns").map_or(2_000, |n| n.parse().expect("--columns N"));
    let addr = arg("--addr").unwrap_or_else(|| "127.0.0.1:8090".into());
    let data = arg("--data").map_or_else(|| std::env::temp_dir().join("colonnade-preview"), Into::into);
    let store = Arc::new(SqliteStore::open(&data).unwrap());
    let index = Arc::new(SearchIndex::open_in_ram().unwrap());
    let have = store.count_cards(&ArticleFilter::default()).unwrap() as usize;
    let anchor_path = data.join(ANCHOR_FILE);
    let anchor: i64 = match std::fs::read_to_string(&anchor_path) {
        Ok(text) => text.trim().parse().expect("a Unix time in the anchor file"),
        Err(_) => {
            let now = jiff::Timestamp::now().as_second();
            std::fs::write(&anchor_path, now.to_string()).unwrap();
            now
        }
    };
    let corpus = Corpus::default();
    let pubs: Vec<i64> = corpus
        .publications()
        .iter()
        .map(|p| {
            store
                .upsert_publication(&PublicationRecord {
                    name: p.name.clone(),
                    homepage: p.homepage.clone(),
                    country: Some(p.country.into()),
                    language: Some(p.language.into()),
                })
                .unwrap()
        })
        .collect();
    eprintln!("store {} has {have} articles; filling to {columns} and indexing…", data.display());
    for i in 0..columns {
        let column = corpus.column(i, columns, anchor).unwrap();
        let publication = &corpus.publications()[column.publication];
        let id = if i < have {
            i as i64 + 1
        } else {
            let new = NewArticle {
                publication_id: pubs[column.publication],
                article: &column.article,
                url_key: &column.url_key,
                alt_url_keys: &[],
                raw: None,
                seen_at: column.seen_at,
            };
            store.save_article(&new).unwrap().id()
        };
        let article = column.article;
        index
            .upsert(&IndexDoc {
                id,
                title: article.title.unwrap_or_default(),
                text: article.text,
                columnists: article.authors,
                publication: publication.name.clone(),
                publication_id: pubs[column.publication],
                lang: article.lang,
                country: Some(publication.country.into()),
                kind: article.kind,
                published: article.published,
            })
            .unwrap();
        if i % 10_000 == 9_999 {
            index.commit().unwrap();
            eprintln!("{} done", i + 1);
        }
    }
    index.commit().unwrap();
    let db = data.join(DB_FILE);
    let site = Site::new(store, index, SiteOptions { db_path: Some(db), ..SiteOptions::default() });
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(&addr).await.unwrap();
        eprintln!("serving on http://{addr}/ (Ctrl-C to stop)");
        colonnade_web::serve(listener, site, async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
        .unwrap();
    });
}
