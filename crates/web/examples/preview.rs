//! Serves the site over a synthetic store, for looking at pages and load-testing the web layer
//! alone (no crawler, no demo):
//!
//! ```sh
//! cargo run --release -p colonnade-web --example preview -- --columns 100000 --data /tmp/colonnade-preview
//! wrk -c 64 -d 10s http://127.0.0.1:8090/
//! ```
//!
//! The store is filled once (`--data` keeps it between runs); the search index is in RAM and
//! rebuilt at every start.
#![expect(clippy::unwrap_used, clippy::expect_used, reason = "a developer tool: failing loudly is fine")]

use std::sync::Arc;

use colonnade_model::{Article, Kind, Timestamp};
use colonnade_search::{IndexDoc, SearchIndex};
use colonnade_store::{ArticleFilter, NewArticle, PublicationRecord, SqliteStore, Store};
use colonnade_web::{Site, SiteOptions};

const WORDS: &[&str] = &[
    "city",
    "trees",
    "river",
    "budget",
    "election",
    "school",
    "climate",
    "market",
    "health",
    "housing",
    "transport",
    "energy",
    "water",
    "culture",
    "history",
    "future",
    "freedom",
    "justice",
    "science",
    "language",
    "border",
    "peace",
    "labour",
    "farming",
    "ocean",
    "mountain",
    "village",
    "library",
    "music",
    "football",
];
const NAMES: &[&str] = &[
    "Jane Doe",
    "Émile Zola",
    "Ayşe Kaya",
    "Ngozi Okafor",
    "Li Wei",
    "María García",
    "Sven Olsen",
    "Priya Nair",
    "Tomás Ruiz",
    "Olga Petrova",
    "Kwame Mensah",
    "Hana Sato",
    "Lucas Moreau",
    "Fatima Zahra",
    "Diego Souza",
];
const PUBLICATIONS: &[(&str, &str, &str)] = &[
    ("The Example Times", "GB", "en"),
    ("Le Monde Exemple", "FR", "fr"),
    ("Der Beispiel-Spiegel", "DE", "de"),
    ("El País Ejemplo", "ES", "es"),
    ("Örnek Gazete", "TR", "tr"),
];

fn arg(name: &str) -> Option<String> {
    let args: Vec<String> = std::env::args().collect();
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1).cloned())
}

fn text(seed: usize, words: usize) -> String {
    (0..words).map(|i| WORDS[(seed * 31 + i * 7 + i * i) % WORDS.len()]).collect::<Vec<_>>().join(" ") + "."
}

fn main() {
    let columns: usize = arg("--columns").map_or(2_000, |n| n.parse().expect("--columns N"));
    let addr = arg("--addr").unwrap_or_else(|| "127.0.0.1:8090".into());
    let data = arg("--data").map_or_else(|| std::env::temp_dir().join("colonnade-preview"), Into::into);
    let store = Arc::new(SqliteStore::open(&data).unwrap());
    let index = Arc::new(SearchIndex::open_in_ram().unwrap());
    let have = store.count_cards(&ArticleFilter::default()).unwrap() as usize;
    let pubs: Vec<i64> = PUBLICATIONS
        .iter()
        .map(|(name, country, lang)| {
            store
                .upsert_publication(&PublicationRecord {
                    name: (*name).into(),
                    homepage: format!("https://{}.example/", colonnade_web::slugify(name)),
                    country: Some((*country).into()),
                    language: Some((*lang).into()),
                })
                .unwrap()
        })
        .collect();
    let now = jiff::Timestamp::now().as_second();
    eprintln!("store {} has {have} articles; filling to {columns} and indexing…", data.display());
    for i in 0..columns {
        let p = i % PUBLICATIONS.len();
        let (pub_name, country, lang) = PUBLICATIONS[p];
        let author = NAMES[(i / PUBLICATIONS.len()) % NAMES.len()];
        let title = format!("On the {} of the {} ({i})", WORDS[i % WORDS.len()], WORDS[(i / 7) % WORDS.len()]);
        let body = text(i, 400);
        let published = Timestamp::new(jiff::Timestamp::from_second(now - (i as i64) * 600).unwrap(), 3600);
        let kind = if i % 10 == 9 { Kind::News } else { Kind::Opinion };
        let id = if i < have {
            i as i64 + 1
        } else {
            let url = format!("https://{}.example/opinion/{i}", colonnade_web::slugify(pub_name));
            let article = Article {
                url: Some(url.clone()),
                title: Some(title.clone()),
                authors: vec![author.into()],
                published: Some(published),
                lang: Some(lang.into()),
                kind,
                excerpt: text(i, 60),
                word_count: 400,
                text: body.clone(),
                ..Article::default()
            };
            let new = NewArticle {
                publication_id: pubs[p],
                article: &article,
                url_key: &url,
                alt_url_keys: &[],
                raw: None,
                seen_at: published,
            };
            store.save_article(&new).unwrap().id()
        };
        index
            .upsert(&IndexDoc {
                id,
                title,
                text: body,
                columnists: vec![author.into()],
                publication: pub_name.into(),
                publication_id: pubs[p],
                lang: Some(lang.into()),
                country: Some(country.into()),
                kind,
                published: Some(published),
            })
            .unwrap();
        if i % 10_000 == 9_999 {
            index.commit().unwrap();
            eprintln!("{} done", i + 1);
        }
    }
    index.commit().unwrap();
    let db = data.join("colonnade.db");
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
