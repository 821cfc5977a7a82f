//! The stories stage over a real SQLite store (`colonnade_ingest::stories`): copies found and
//! shown once, bylines reconciled, story ids kept across restarts and rebuilds, operator
//! decisions obeyed by every rebuild.

use std::sync::Arc;

use colonnade_ingest::stories::StoryStage;
use colonnade_model::{Article, Kind, Timestamp};
use colonnade_store::{ArticleFilter, NewArticle, PublicationRecord, SqliteStore, Store};
use colonnade_stories::Options;

const COLUMN: &str = "Public libraries are the last places in our towns where nobody asks you to buy anything. \
    They lend books, but they also lend quiet, warmth in winter, a desk for homework and a patient librarian \
    who explains the new benefits form for the third time without a sigh. Councils under pressure treat them \
    as the easiest line to cut, because a closed library makes no noise on the day it closes.";

const OTHER: &str = "The harbour authority approved a second ferry terminal on Tuesday after a decade of \
    planning disputes, promising faster crossings to the islands and two hundred new jobs by the end of the \
    decade, while fishermen warned that the dredging would drive the mackerel shoals further out to sea.";

fn paper(store: &SqliteStore, host: &str) -> i64 {
    store
        .upsert_publication(&PublicationRecord {
            name: format!("{host} paper"),
            homepage: format!("https://{host}/"),
            country: Some("GB".into()),
            language: Some("en".into()),
        })
        .unwrap()
}

fn hours_ago(h: i64) -> Timestamp {
    Timestamp::new(jiff::Timestamp::now() - jiff::SignedDuration::from_hours(h), 0)
}

fn save(store: &SqliteStore, p: i64, url: &str, authors: &[&str], credits: &[&str], text: &str, h: i64) -> i64 {
    save_seen(store, p, url, authors, credits, text, h, hours_ago(h))
}

#[expect(clippy::too_many_arguments, reason = "a test helper: every field a test varies")]
fn save_seen(
    store: &SqliteStore,
    p: i64,
    url: &str,
    authors: &[&str],
    credits: &[&str],
    text: &str,
    h: i64,
    seen: Timestamp,
) -> i64 {
    let article = Article {
        url: Some(url.into()),
        title: Some(format!("Title of {url}")),
        authors: authors.iter().map(|a| a.to_string()).collect(),
        credits: credits.iter().map(|a| a.to_string()).collect(),
        text: text.into(),
        lang: Some("en".into()),
        kind: Kind::Opinion,
        published: Some(hours_ago(h)),
        ..Article::default()
    };
    store
        .save_article(&NewArticle {
            publication_id: p,
            article: &article,
            url_key: url,
            alt_url_keys: &[],
            raw: None,
            seen_at: seen,
        })
        .unwrap()
        .id()
}

#[test]
fn issue_11_copies_are_shown_once_with_the_persons_byline_and_ids_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(SqliteStore::open(dir.path()).unwrap());
    let (a, b, c) = (paper(&store, "a.example"), paper(&store, "b.example"), paper(&store, "c.example"));
    // The wire's copy is the earliest, so it is the original; it names only the agency.
    let wire = save(&store, a, "https://a.example/1", &[], &["Reuters"], COLUMN, 6);
    let person = save(&store, b, "https://b.example/1", &["Ann Reader"], &[], COLUMN, 5);
    let third = save(&store, c, "https://c.example/1", &["Ann Reader"], &[], COLUMN, 4);
    let other = save(&store, c, "https://c.example/2", &["Bo Ferry"], &[], OTHER, 3);
    let shared: Arc<dyn Store> = store.clone();
    let mut stage = StoryStage::open(Arc::clone(&shared), Options::default()).unwrap();
    // Opening replayed the window, which holds all four: read again, nothing new or changed.
    assert_eq!(stage.catch_up().unwrap(), 0);
    let got = store.story_assignments(&[wire, person, third, other]).unwrap();
    assert_eq!(got.iter().map(|a| a.copy_of).collect::<Vec<_>>(), [None, Some(wire), Some(wire), None]);
    assert_eq!(got[0].story_id, wire);
    assert!(got[..3].iter().all(|a| a.story_id == wire), "{got:?}");
    assert_eq!(got[3].story_id, other);
    // The column gets the person; the disagreement is kept.
    assert_eq!(got[0].byline.as_deref(), Some("Ann Reader"));
    let note = got[0].byline_note.as_deref().unwrap();
    assert!(note.contains("Reuters") && note.contains("Ann Reader"), "{note}");
    let cards = store.cards(&ArticleFilter::default(), 0, 10).unwrap();
    assert_eq!(cards.iter().map(|c| c.id).collect::<Vec<_>>(), [other, wire]);
    assert_eq!(cards[1].columnist_name.as_deref(), Some("Ann Reader"));
    assert_eq!(store.article_copies(wire).unwrap().len(), 2);
    // Nothing new: nothing read. A new article is read and assigned.
    assert_eq!(stage.catch_up().unwrap(), 0);
    let late = save(&store, b, "https://b.example/2", &["Ann Reader"], &[], COLUMN, 1);
    assert_eq!(stage.catch_up().unwrap(), 1);
    assert_eq!(store.story_assignments(&[late]).unwrap()[0].copy_of, Some(wire));
    drop(stage);
    // A restart goes on from the saved cursor and keeps every stored row as it was.
    let before = store.story_assignments(&[wire, person, third, other, late]).unwrap();
    let mut again = StoryStage::open(Arc::clone(&shared), Options::default()).unwrap();
    assert_eq!(again.catch_up().unwrap(), 0);
    assert_eq!(store.story_assignments(&[wire, person, third, other, late]).unwrap(), before);
}

#[test]
fn issue_11_operator_merge_and_split_survive_rebuilds() {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(SqliteStore::open(dir.path()).unwrap());
    let p = paper(&store, "a.example");
    let x = save(&store, p, "https://a.example/x", &["A"], &[], COLUMN, 5);
    let y = save(&store, p, "https://a.example/y", &["B"], &[], OTHER, 4);
    let shared: Arc<dyn Store> = store.clone();
    let story_of = |id: i64| store.story_assignments(&[id]).unwrap()[0].story_id;
    let (mut stage, report) = StoryStage::rebuild(Arc::clone(&shared), Options::default(), &mut |_| {}).unwrap();
    assert_eq!((report.articles, report.stories, report.copies), (2, 2, 0));
    assert_ne!(story_of(x), story_of(y));
    assert_eq!(stage.merge(&x.to_string(), &y.to_string()).unwrap(), x);
    assert_eq!((story_of(x), story_of(y)), (x, x));
    let (mut stage, report) = StoryStage::rebuild(Arc::clone(&shared), Options::default(), &mut |_| {}).unwrap();
    assert_eq!(report.stories, 1, "the merge is obeyed by a rebuild");
    assert_eq!((story_of(x), story_of(y)), (x, x));
    // A split contradicting the merge: y leaves x's story for good.
    assert_eq!(stage.split(&x.to_string(), &[&y.to_string()]).unwrap(), y);
    assert_eq!((story_of(x), story_of(y)), (x, y));
    let (mut stage, _) = StoryStage::rebuild(Arc::clone(&shared), Options::default(), &mut |_| {}).unwrap();
    assert_eq!((story_of(x), story_of(y)), (x, y), "the split is obeyed by a rebuild");
    assert!(stage.merge(&x.to_string(), &y.to_string()).is_err(), "a merge against a split is refused");
    assert!(stage.merge(&x.to_string(), "999999").is_err(), "an unknown article is refused");
}

/// The article at `url` saved again with another text, now, as `reextract` or a recrawl of a
/// changed page saves it.
fn change(store: &SqliteStore, p: i64, url: &str, authors: &[&str], text: &str, h: i64) {
    let before = store.changed_since(colonnade_store::ChangeCursor::default(), 1000).unwrap().len();
    save_seen(store, p, url, authors, &[], text, h, hours_ago(0));
    assert_eq!(store.changed_since(colonnade_store::ChangeCursor::default(), 1000).unwrap().len(), before);
}

#[test]
fn issue_11_a_changed_article_is_assigned_again() {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(SqliteStore::open(dir.path()).unwrap());
    let (a, b) = (paper(&store, "a.example"), paper(&store, "b.example"));
    let orig = save(&store, a, "https://a.example/1", &["Ann Reader"], &[], COLUMN, 6);
    let copy = save(&store, b, "https://b.example/1", &["Ann Reader"], &[], COLUMN, 5);
    let shared: Arc<dyn Store> = store.clone();
    let mut stage = StoryStage::open(Arc::clone(&shared), Options::default()).unwrap();
    assert_eq!(stage.catch_up().unwrap(), 0, "the replay on opening assigned both");
    let row = |id: i64| store.story_assignments(&[id]).unwrap()[0].clone();
    assert_eq!((row(copy).copy_of, row(copy).story_id), (Some(orig), orig));
    // Handed out again unchanged (the store does so for the index when it becomes a copy):
    // nothing to do.
    assert_eq!(stage.catch_up().unwrap(), 0);

    // The copy's page now carries another text: it is no copy, and a story of its own.
    change(&store, b, "https://b.example/1", &["Ann Reader"], OTHER, 5);
    assert_eq!(stage.catch_up().unwrap(), 1);
    assert_eq!((row(copy).copy_of, row(copy).story_id), (None, copy));
    assert_eq!((row(orig).copy_of, row(orig).story_id), (None, orig));
    assert!(store.article_copies(orig).unwrap().is_empty());
    let listed: Vec<i64> = store.cards(&ArticleFilter::default(), 0, 10).unwrap().iter().map(|c| c.id).collect();
    assert_eq!(listed, [copy, orig], "both listed again");

    // Back to the column (with an editor's note): a copy again, in the original's story.
    change(&store, b, "https://b.example/1", &["Ann Reader"], &format!("{COLUMN}\n\nFirst published in A."), 5);
    assert_eq!(stage.catch_up().unwrap(), 1);
    assert_eq!((row(copy).copy_of, row(copy).story_id), (Some(orig), orig));

    // The original changes: the copy is the column's only print now, so no copy of anything.
    change(&store, a, "https://a.example/1", &["Ann Reader"], OTHER, 6);
    assert_eq!(stage.catch_up().unwrap(), 1);
    assert_eq!(row(copy).copy_of, None);
    assert_eq!(row(orig).copy_of, None);
    assert_ne!(row(orig).story_id, row(copy).story_id);

    // A restart replays the window with the current texts and keeps what is stored.
    let before = store.story_assignments(&[orig, copy]).unwrap();
    drop(stage);
    let mut again = StoryStage::open(Arc::clone(&shared), Options::default()).unwrap();
    assert_eq!(again.catch_up().unwrap(), 0);
    assert_eq!(store.story_assignments(&[orig, copy]).unwrap(), before);
}

#[test]
fn issue_11_search_finds_and_counts_a_syndicated_column_once() {
    use colonnade_ingest::index::Indexer;
    use colonnade_search::{SearchIndex, SearchQuery};

    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(SqliteStore::open(dir.path()).unwrap());
    let (a, b, c) = (paper(&store, "a.example"), paper(&store, "b.example"), paper(&store, "c.example"));
    let orig = save(&store, a, "https://a.example/1", &["Ann Reader"], &[], COLUMN, 6);
    let copy1 = save(&store, b, "https://b.example/1", &["Ann Reader"], &[], COLUMN, 5);
    save(&store, c, "https://c.example/1", &["Ann Reader"], &[], COLUMN, 4);
    let shared: Arc<dyn Store> = store.clone();
    let index = Arc::new(SearchIndex::open_in_ram().unwrap());
    let mut indexer = Indexer::new(Arc::clone(&index), Arc::clone(&shared)).unwrap();
    let librarian = SearchQuery { text: "librarian".into(), ..SearchQuery::default() };
    let found = |index: &SearchIndex| {
        let r = index.search(&librarian).unwrap();
        (r.total, r.hits.iter().map(|h| h.id).collect::<Vec<_>>())
    };
    // Indexed before the stories stage ran: three prints.
    indexer.catch_up(&mut |_| {}).unwrap();
    assert_eq!(found(&index).0, 3);
    // The stage finds the copies; the indexer's next catch-up takes them out.
    StoryStage::open(Arc::clone(&shared), Options::default()).unwrap().catch_up().unwrap();
    assert_eq!(indexer.catch_up(&mut |_| {}).unwrap(), 2, "the two copies are handed out again");
    assert_eq!(found(&index), (1, vec![orig]));
    // A rebuilt index never holds them.
    let fresh = Arc::new(SearchIndex::open_in_ram().unwrap());
    Indexer::new(Arc::clone(&fresh), Arc::clone(&shared)).unwrap().rebuild(&mut |_| {}).unwrap();
    assert_eq!(found(&fresh), (1, vec![orig]));
    // A copy whose page changes into another column is found again.
    change(&store, b, "https://b.example/1", &["Ann Reader"], &format!("{OTHER} The librarian agreed."), 5);
    let mut stage = StoryStage::open(Arc::clone(&shared), Options::default()).unwrap();
    stage.catch_up().unwrap();
    indexer.catch_up(&mut |_| {}).unwrap();
    let (total, mut ids) = found(&index);
    ids.sort_unstable();
    assert_eq!((total, ids), (2, vec![orig, copy1]));
}
