//! The search index kept in step with a real SQLite store (`colonnade_ingest::index`).

use std::sync::Arc;

use colonnade_ingest::index::Indexer;
use colonnade_model::{Article, Kind, Timestamp};
use colonnade_search::{SearchIndex, SearchQuery};
use colonnade_store::{NewArticle, PublicationRecord, SqliteStore, Store};

fn q(text: &str) -> SearchQuery {
    SearchQuery { text: text.to_string(), ..SearchQuery::default() }
}

fn save(store: &SqliteStore, p: i64, n: usize, text: &str, seen: &str) -> i64 {
    let article = Article {
        url: Some(format!("https://a.example/{n}")),
        title: Some(format!("Column number {n}")),
        authors: vec!["Ada Okafor".into()],
        text: text.into(),
        lang: Some("en".into()),
        kind: Kind::Opinion,
        ..Article::default()
    };
    let key = format!("a.example/{n}");
    let new = NewArticle {
        publication_id: p,
        article: &article,
        url_key: &key,
        alt_url_keys: &[],
        raw: None,
        seen_at: Timestamp::parse_rfc3339(seen).unwrap(),
    };
    store.save_article(&new).unwrap().id()
}

fn herald(store: &SqliteStore) -> i64 {
    store
        .upsert_publication(&PublicationRecord {
            name: "Harbour Herald".into(),
            homepage: "https://a.example/".into(),
            country: Some("NG".into()),
            language: Some("en".into()),
        })
        .unwrap()
}

#[test]
fn catches_up_incrementally_survives_a_restart_and_rebuilds() {
    let data = tempfile::tempdir().unwrap();
    let store = Arc::new(SqliteStore::open(data.path()).unwrap());
    let p = herald(&store);
    for n in 0..7 {
        save(&store, p, n, &format!("Ferries and bridges, part {n}."), "2025-01-01T00:00:00Z");
    }
    let dir = data.path().join("index");
    let index = Arc::new(SearchIndex::open(&dir).unwrap());
    let mut indexer = Indexer::new(Arc::clone(&index), Arc::clone(&store) as Arc<dyn Store>).unwrap();
    let mut batches = Vec::new();
    assert_eq!(indexer.catch_up(&mut |n| batches.push(n)).unwrap(), 7);
    assert_eq!(index.search(&q("ferries")).unwrap().total, 7);
    assert_eq!(index.search(&q("herald")).unwrap().total, 7, "the publication's name is searchable");
    assert_eq!(index.search(&q("okafor")).unwrap().total, 7, "so is the columnist's");
    let nigeria = SearchQuery { country: Some("ng".into()), ..SearchQuery::default() };
    assert_eq!(index.search(&nigeria).unwrap().total, 7, "and the publication's country filters");
    assert_eq!(indexer.catch_up(&mut |_| {}).unwrap(), 0, "nothing changed");

    // A changed article is indexed again, and only it.
    let changed = save(&store, p, 3, "Tunnels instead.", "2025-01-02T00:00:00Z");
    assert_eq!(indexer.catch_up(&mut |_| {}).unwrap(), 1);
    let hits = index.search(&q("tunnels")).unwrap();
    assert_eq!(hits.hits.iter().map(|h| h.id).collect::<Vec<_>>(), vec![changed]);
    assert_eq!(index.search(&q("ferries")).unwrap().total, 6, "its old text is gone");
    let cursor = indexer.cursor();
    drop(indexer);
    drop(index);

    // Reopened: the cursor comes back from the commit payload; only new articles are read.
    let index = Arc::new(SearchIndex::open(&dir).unwrap());
    let mut indexer = Indexer::new(Arc::clone(&index), Arc::clone(&store) as Arc<dyn Store>).unwrap();
    assert_eq!(indexer.cursor(), cursor);
    assert_eq!(indexer.catch_up(&mut |_| {}).unwrap(), 0);
    save(&store, p, 99, "Ferries again.", "2025-01-03T00:00:00Z");
    assert_eq!(indexer.catch_up(&mut |_| {}).unwrap(), 1);
    assert_eq!(index.search(&q("ferries")).unwrap().total, 7);

    // Rebuild: every article once, searches see the whole index.
    assert_eq!(indexer.rebuild(&mut |_| {}).unwrap(), 8);
    assert_eq!(index.len().unwrap(), 8);
    assert_eq!(index.segments().unwrap(), 1, "a rebuild ends merged into one segment");
    assert_eq!(index.search(&q("ferries")).unwrap().total, 7);
    assert_eq!(indexer.cursor(), cursor_after_all(&store), "the rebuild ends where the store does");
}

/// The store's position after its last change.
fn cursor_after_all(store: &SqliteStore) -> colonnade_store::ChangeCursor {
    let all = store.changed_since(colonnade_store::ChangeCursor::default(), 1_000).unwrap();
    colonnade_store::ChangeCursor::after(all.last().unwrap())
}

#[test]
fn a_rebuild_of_an_empty_store_empties_the_index_and_resets_the_cursor() {
    let data = tempfile::tempdir().unwrap();
    let store = Arc::new(SqliteStore::open(data.path()).unwrap());
    let index = Arc::new(SearchIndex::open_in_ram().unwrap());
    index.upsert(&colonnade_search::IndexDoc { id: 5, text: "stale ferries".into(), ..Default::default() }).unwrap();
    index.commit().unwrap();
    let mut indexer = Indexer::new(Arc::clone(&index), store as Arc<dyn Store>).unwrap();
    assert_eq!(indexer.rebuild(&mut |_| {}).unwrap(), 0);
    assert_eq!(index.len().unwrap(), 0);
    assert_eq!(index.cursor().unwrap(), Some(colonnade_search::Cursor::default()));
}
