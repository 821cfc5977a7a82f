//! The store, specified against real SQLite files in temporary directories.
#![expect(clippy::unwrap_used, clippy::expect_used, reason = "test helpers: a panic is a test failure")]

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use colonnade_store::{
    Article, ArticleFilter, ChangeCursor, CountDelta, Counts, FeedState, FetchLogEntry, FetchOutcome, Id, Kind,
    NewArticle, PublicationRecord, RawPage, SaveOutcome, SourceKind, SqliteStore, Store, StoreError, Timestamp,
    export_warc,
};
use rusqlite::Connection;

const CHILD_ENV: &str = "COLONNADE_STORE_CHILD";

fn ts(s: &str) -> Timestamp {
    Timestamp::parse_rfc3339(s).unwrap()
}

fn publication(store: &SqliteStore, host: &str) -> Id {
    store
        .upsert_publication(&PublicationRecord {
            name: format!("The {host} Times"),
            homepage: format!("https://{host}/"),
            country: Some("GB".into()),
            language: Some("en".into()),
        })
        .unwrap()
}

fn column(url: &str, author: &str, text: &str) -> Article {
    Article {
        url: Some(url.into()),
        title: Some(format!("Column at {url}")),
        description: Some("A column.".into()),
        authors: vec![author.into()],
        credits: Vec::new(),
        byline: Some(format!("By {author}")),
        published: Some(ts("2024-05-01T09:30:00+02:00")),
        modified: None,
        site_name: Some("The Times".into()),
        lang: Some("en".into()),
        image: None,
        section: Some("Opinion".into()),
        kind: Kind::Opinion,
        text: text.into(),
        html: format!("<p>{text}</p>"),
        excerpt: text.into(),
        word_count: text.split_whitespace().count(),
        confidence: 0.9,
    }
}

fn save(store: &SqliteStore, publication_id: Id, article: &Article, key: &str) -> SaveOutcome {
    store
        .save_article(&NewArticle {
            publication_id,
            article,
            url_key: key,
            alt_url_keys: &[],
            raw: None,
            seen_at: ts("2025-01-01T00:00:00Z"),
        })
        .unwrap()
}

fn sqlite(dir: &Path) -> Connection {
    Connection::open(dir.join("colonnade.db")).unwrap()
}

fn user_version(conn: &Connection) -> i64 {
    conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap()
}

// ---- migrations -------------------------------------------------------------------------

#[test]
fn fresh_database_is_migrated_to_the_current_version_in_wal_mode() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("nested/data");
    let store = SqliteStore::open(&data).unwrap();
    assert_eq!(store.path(), Some(data.join("colonnade.db").as_path()));
    drop(store);

    let conn = sqlite(&data);
    assert_eq!(user_version(&conn), SqliteStore::schema_version());
    let mode: String = conn.pragma_query_value(None, "journal_mode", |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
    for table in
        ["publications", "feeds", "columnists", "articles", "article_urls", "raw_pages", "fetch_log", "counters"]
    {
        let n: i64 =
            conn.query_row("SELECT count(*) FROM sqlite_schema WHERE name = ?1", [table], |r| r.get(0)).unwrap();
        assert_eq!(n, 1, "table {table}");
    }
    // Reopening a current database is a no-op.
    SqliteStore::open(&data).unwrap();
}

#[test]
fn v1_database_from_an_older_copy_is_migrated_keeping_its_rows() {
    let dir = tempfile::tempdir().unwrap();
    {
        let conn = sqlite(dir.path());
        conn.execute_batch(include_str!("../migrations/sqlite/0001_init.sql")).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        conn.execute(
            "INSERT INTO publications (id, name, homepage, created_us) VALUES (1, 'Old', 'https://old.example/', 0)",
            [],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO articles (id, publication_id, url, url_key, kind, text, html, excerpt, word_count, \
             confidence, content_hash, first_seen_us, updated_us) \
             VALUES (7, 1, 'https://old.example/a', 'old.example/a', 'opinion', 't', '', '', 1, 0.5, 0, 0, 0)",
            [],
        )
        .unwrap();
        conn.execute("INSERT INTO article_urls VALUES ('old.example/a', 7)", []).unwrap();
    }
    let store = SqliteStore::open(dir.path()).unwrap();
    assert_eq!(user_version(&sqlite(dir.path())), SqliteStore::schema_version());
    assert_eq!(store.article_id_by_url_key("old.example/a").unwrap(), Some(7));
    assert_eq!(store.article(7).unwrap().unwrap().article.kind, Kind::Opinion);
    assert_eq!(store.publications().unwrap()[0].articles, 1);
    // What 0002 and 0003 added is there, and the old article is listed.
    let conn = sqlite(dir.path());
    conn.execute("INSERT INTO counters (article_id, day, views) VALUES (7, 20000, 3)", []).unwrap();
    let n: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = 'articles_kind_latest'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(n, 1);
    let cards = store.cards(&ArticleFilter::default(), 0, 10).unwrap();
    assert_eq!((cards.len(), cards[0].counts.views), (1, 3));
}

#[test]
fn database_from_a_newer_version_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    sqlite(dir.path()).pragma_update(None, "user_version", 99).unwrap();
    match SqliteStore::open(dir.path()) {
        Err(StoreError::TooNew { found, known }) => {
            assert_eq!((found, known), (99, SqliteStore::schema_version()));
        }
        other => panic!("expected TooNew, got {other:?}"),
    }
    let err = SqliteStore::open(dir.path()).unwrap_err().to_string();
    assert!(err.contains("99") && err.contains("newer"), "{err}");
    let conn = sqlite(dir.path());
    assert_eq!(user_version(&conn), 99);
    let mode: String = conn.pragma_query_value(None, "journal_mode", |r| r.get(0)).unwrap();
    assert_eq!(mode, "delete", "not even switched to WAL");
}

// ---- saving articles --------------------------------------------------------------------

#[test]
fn same_article_saved_twice_is_inserted_then_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path()).unwrap();
    let p = publication(&store, "a.example");
    let a = column("https://a.example/col/1", "Jane Roe", "Some words here.");
    let SaveOutcome::Inserted(id) = save(&store, p, &a, "a.example/col/1") else { panic!("not inserted") };
    assert_eq!(save(&store, p, &a, "a.example/col/1"), SaveOutcome::Unchanged(id));
    assert_eq!(store.stats().unwrap().articles, 1);
    let stored = store.article(id).unwrap().unwrap();
    assert_eq!(stored.article, a);
    assert_eq!(stored.publication_id, p);
    assert_eq!(stored.first_seen_at, ts("2025-01-01T00:00:00Z"));
    assert_eq!(store.article(id + 1).unwrap(), None);
}

#[test]
fn changed_text_or_metadata_is_an_update_that_keeps_first_seen() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path()).unwrap();
    let p = publication(&store, "a.example");
    let mut a = column("https://a.example/col/1", "Jane Roe", "First draft.");
    let id = save(&store, p, &a, "k").id();

    a.text = "Corrected text.".into();
    let later = ts("2025-02-01T00:00:00Z");
    let new = NewArticle { publication_id: p, article: &a, url_key: "k", alt_url_keys: &[], raw: None, seen_at: later };
    assert_eq!(store.save_article(&new).unwrap(), SaveOutcome::Updated(id));
    let stored = store.article(id).unwrap().unwrap();
    assert_eq!(stored.article.text, "Corrected text.");
    assert_eq!(stored.first_seen_at, ts("2025-01-01T00:00:00Z"));
    assert_eq!(stored.updated_at, later);

    a.modified = Some(ts("2025-02-01T10:00:00-05:00"));
    assert_eq!(save(&store, p, &a, "k"), SaveOutcome::Updated(id));
    assert_eq!(store.article(id).unwrap().unwrap().article.modified, a.modified);
    assert_eq!(save(&store, p, &a, "k"), SaveOutcome::Unchanged(id));
    assert_eq!(store.stats().unwrap().articles, 1);
}

#[test]
fn one_column_reached_by_feed_link_and_by_canonical_url_is_stored_once() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path()).unwrap();
    let p = publication(&store, "a.example");
    let a = column("https://a.example/opinion/jane/tax", "Jane Roe", "Taxes.");
    // First seen through a feed link that redirected to the canonical URL.
    let alts = vec!["a.example/opinion/jane/tax".to_string()];
    let first = store
        .save_article(&NewArticle {
            publication_id: p,
            article: &a,
            url_key: "feeds.a.example/~r/123",
            alt_url_keys: &alts,
            raw: None,
            seen_at: ts("2025-01-01T00:00:00Z"),
        })
        .unwrap();
    assert!(matches!(first, SaveOutcome::Inserted(_)));
    // Then through a listing page that links the canonical URL.
    assert_eq!(save(&store, p, &a, "a.example/opinion/jane/tax"), SaveOutcome::Unchanged(first.id()));
    // And through an AMP URL whose key is new but whose canonical URL is known.
    assert_eq!(save(&store, p, &a, "a.example/amp/opinion/jane/tax"), SaveOutcome::Unchanged(first.id()));
    for key in ["feeds.a.example/~r/123", "a.example/opinion/jane/tax", "a.example/amp/opinion/jane/tax"] {
        assert_eq!(store.article_id_by_url_key(key).unwrap(), Some(first.id()), "{key}");
    }
    assert_eq!(store.article_id_by_url_key("a.example/other").unwrap(), None);
    assert_eq!(store.stats().unwrap().articles, 1);
}

#[test]
fn columnists_are_upserted_one_per_publication_and_name() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path()).unwrap();
    let (p1, p2) = (publication(&store, "a.example"), publication(&store, "b.example"));
    let ids: Vec<Id> = (0..3)
        .map(|i| {
            let a = column(&format!("https://a.example/{i}"), "Jane Roe", "x");
            save(&store, p1, &a, &format!("a.example/{i}")).id()
        })
        .collect();
    let cols: Vec<Option<Id>> = ids.iter().map(|id| store.article(*id).unwrap().unwrap().columnist_id).collect();
    assert!(cols[0].is_some());
    assert!(cols.iter().all(|c| *c == cols[0]));
    // The same name at another publication is another columnist; no author, no columnist.
    let other = save(&store, p2, &column("https://b.example/1", "Jane Roe", "x"), "b.example/1").id();
    assert_ne!(store.article(other).unwrap().unwrap().columnist_id, cols[0]);
    let mut anon = column("https://a.example/editorial", "x", "x");
    anon.authors.clear();
    let anon = save(&store, p1, &anon, "a.example/editorial").id();
    assert_eq!(store.article(anon).unwrap().unwrap().columnist_id, None);
    assert_eq!(store.stats().unwrap().columnists, 2);
}

#[test]
fn article_without_url_is_rejected() {
    let store = SqliteStore::open_in_memory().unwrap();
    let p = publication(&store, "a.example");
    let mut a = column("https://a.example/1", "J", "x");
    a.url = None;
    let err = store
        .save_article(&NewArticle {
            publication_id: p,
            article: &a,
            url_key: "k",
            alt_url_keys: &[],
            raw: None,
            seen_at: ts("2025-01-01T00:00:00Z"),
        })
        .unwrap_err();
    assert!(matches!(err, StoreError::InvalidInput(_)), "{err:?}");
}

#[test]
fn update_extraction_replaces_fields_and_keeps_id_keys_and_first_seen() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path()).unwrap();
    let p = publication(&store, "a.example");
    let a = column("https://a.example/1", "Jane Roe", "Old extraction.");
    let id = save(&store, p, &a, "a.example/1").id();
    let mut b = a.clone();
    b.url = None; // keep the stored URL
    b.text = "Better extraction.".into();
    b.authors = vec!["John Doe".into()];
    let at = ts("2025-03-01T00:00:00Z");
    assert_eq!(store.update_extraction(id, &b, at).unwrap(), SaveOutcome::Updated(id));
    assert_eq!(store.update_extraction(id, &b, at).unwrap(), SaveOutcome::Unchanged(id));
    let stored = store.article(id).unwrap().unwrap();
    assert_eq!(stored.article.url.as_deref(), Some("https://a.example/1"));
    assert_eq!(stored.article.text, "Better extraction.");
    assert_eq!(stored.first_seen_at, ts("2025-01-01T00:00:00Z"));
    assert_eq!(stored.updated_at, at);
    assert_eq!(store.article_id_by_url_key("a.example/1").unwrap(), Some(id));
    assert_eq!(store.stats().unwrap().columnists, 2);
    assert!(matches!(store.update_extraction(999, &b, at), Err(StoreError::InvalidInput(_))));
}

// ---- raw pages, stats, fetch log, feeds -------------------------------------------------

fn page_body(i: usize, len: usize) -> Vec<u8> {
    let mut body = format!("<html><head><title>{i}</title></head><body>").into_bytes();
    while body.len() < len {
        body.extend_from_slice(format!("<p>Paragraph {} of article {i}.</p>\n", body.len()).as_bytes());
    }
    body
}

fn save_with_page(store: &SqliteStore, p: Id, i: usize, body: &[u8], fetched_at: Timestamp) -> Id {
    let url = format!("https://a.example/{i}");
    let headers = vec![("Content-Type".to_string(), "text/html; charset=utf-8".to_string())];
    store
        .save_article(&NewArticle {
            publication_id: p,
            article: &column(&url, "Jane Roe", &format!("Text {i}.")),
            url_key: &url,
            alt_url_keys: &[],
            raw: Some(RawPage {
                url: &url,
                status: 200,
                headers: &headers,
                body,
                fetched_at,
                evidence: Some(r#"{"feed":{"title":"T"}}"#),
            }),
            seen_at: fetched_at,
        })
        .unwrap()
        .id()
}

#[test]
fn raw_page_is_compressed_and_comes_back_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path()).unwrap();
    let p = publication(&store, "a.example");
    let body = page_body(1, 100_000);
    let fetched = ts("2025-01-01T12:00:00.250+01:00");
    let id = save_with_page(&store, p, 1, &body, fetched);
    let pages = store.raw_pages(0, 10).unwrap();
    assert_eq!(pages.len(), 1);
    assert_eq!(pages[0].evidence.as_deref(), Some(r#"{"feed":{"title":"T"}}"#), "evidence kept with the page");
    let page = &pages[0];
    assert_eq!((page.article_id, page.publication_id, page.status), (id, p, 200));
    assert_eq!(page.url, "https://a.example/1");
    assert_eq!(page.headers, vec![("Content-Type".to_string(), "text/html; charset=utf-8".to_string())]);
    assert_eq!(page.body, body);
    assert_eq!(page.fetched_at.instant, fetched.instant);
    let stats = store.stats().unwrap();
    assert_eq!(stats.raw_pages, 1);
    assert!(stats.raw_bytes_compressed > 0 && stats.raw_bytes_compressed < body.len() as u64 / 5, "{stats:?}");

    // A newer fetch replaces the page; an older one does not.
    let newer = page_body(1, 2_000);
    save_with_page(&store, p, 1, &newer, ts("2025-01-02T00:00:00Z"));
    save_with_page(&store, p, 1, b"stale", ts("2024-01-01T00:00:00Z"));
    assert_eq!(store.raw_pages(0, 10).unwrap()[0].body, newer);
}

#[test]
fn stats_count_everything_by_kind_and_outcome() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path()).unwrap();
    let p = publication(&store, "a.example");
    publication(&store, "b.example");
    store.upsert_feed(p, "https://a.example/feed", SourceKind::Rss).unwrap();
    for (i, kind) in [Kind::Opinion, Kind::Opinion, Kind::News].into_iter().enumerate() {
        let mut a = column(&format!("https://a.example/{i}"), &format!("Author {i}"), "x");
        a.kind = kind;
        save(&store, p, &a, &format!("k{i}"));
    }
    save_with_page(&store, p, 9, &page_body(9, 5_000), ts("2025-01-01T00:00:00Z"));
    let s = store.stats().unwrap();
    assert_eq!((s.publications, s.feeds, s.columnists, s.articles, s.raw_pages), (2, 1, 4, 4, 1));
    assert_eq!(s.articles_by_kind.get("opinion"), Some(&3));
    assert_eq!(s.articles_by_kind.get("news"), Some(&1));
    assert_eq!(s.fetches, 0);
    let json = serde_json::to_value(&s).unwrap();
    assert_eq!(json["articles"], 4);
    let rows = store.publications().unwrap();
    assert_eq!(rows.iter().map(|r| r.articles).collect::<Vec<_>>(), [4, 0]);
}

#[test]
fn publication_upsert_finds_by_homepage_and_updates_the_rest() {
    let store = SqliteStore::open_in_memory().unwrap();
    let id = publication(&store, "a.example");
    let again = store
        .upsert_publication(&PublicationRecord {
            name: "Renamed".into(),
            homepage: "https://a.example/".into(),
            country: None,
            language: Some("fr".into()),
        })
        .unwrap();
    assert_eq!(again, id);
    let rows = store.publications().unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].record.name, "Renamed");
    assert_eq!(rows[0].record.country, None);
    assert_eq!(rows[0].record.language.as_deref(), Some("fr"));
}

#[test]
fn fetch_log_batch_is_written_whole() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path()).unwrap();
    let outcomes =
        [FetchOutcome::Ok, FetchOutcome::Ok, FetchOutcome::NotModified, FetchOutcome::Timeout, FetchOutcome::Robots];
    let entries: Vec<FetchLogEntry> = (0..100)
        .map(|i| FetchLogEntry {
            url: format!("https://a.example/{i}"),
            host: "a.example".into(),
            status: (i % 5 != 3).then_some(200),
            bytes: 1000 + i,
            duration_ms: 20,
            outcome: outcomes[i as usize % 5],
            error: (i % 5 == 3).then(|| "timed out".into()),
            at: ts("2025-01-01T00:00:00Z"),
        })
        .collect();
    store.log_fetches(&entries).unwrap();
    store.log_fetches(&[]).unwrap();
    let s = store.stats().unwrap();
    assert_eq!(s.fetches, 100);
    assert_eq!(s.fetches_by_outcome.get("ok"), Some(&40));
    assert_eq!(s.fetches_by_outcome.get("timeout"), Some(&20));
    assert_eq!(s.fetches_by_outcome.len(), 4);
}

#[test]
fn fetch_outcomes_are_stored_as_their_labels_and_old_labels_still_count() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path()).unwrap();
    let entry = |outcome| FetchLogEntry {
        url: "https://a.example/".into(),
        host: "a.example".into(),
        status: None,
        bytes: 0,
        duration_ms: 1,
        outcome,
        error: None,
        at: ts("2025-01-01T00:00:00Z"),
    };
    store.log_fetches(&FetchOutcome::ALL.map(entry)).unwrap();
    // A label this version does not write, as an older or newer version might have.
    sqlite(dir.path())
        .execute(
            "INSERT INTO fetch_log (url, host, status, bytes, duration_ms, outcome, error, at_us) \
             VALUES ('https://a.example/', 'a.example', NULL, 0, 1, 'gone_fishing', NULL, 0)",
            [],
        )
        .unwrap();
    let labels: Vec<String> = sqlite(dir.path())
        .prepare("SELECT outcome FROM fetch_log ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let expected: Vec<&str> = FetchOutcome::ALL.iter().map(|o| o.as_str()).chain(["gone_fishing"]).collect();
    assert_eq!(labels, expected);
    let read: Vec<FetchOutcome> = labels.iter().map(|l| FetchOutcome::from_label(l)).collect();
    assert_eq!(read[..FetchOutcome::ALL.len()], FetchOutcome::ALL);
    assert_eq!(read.last(), Some(&FetchOutcome::Unknown));
    let s = store.stats().unwrap();
    assert_eq!(s.fetches_by_outcome.get("not_modified"), Some(&1));
    assert_eq!(s.fetches_by_outcome.get("gone_fishing"), Some(&1));
}

#[test]
fn feed_upsert_and_state_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path()).unwrap();
    let p = publication(&store, "a.example");
    let id = store.upsert_feed(p, "https://a.example/feed", SourceKind::Unknown).unwrap();
    assert_eq!(store.upsert_feed(p, "https://a.example/feed", SourceKind::Atom).unwrap(), id);
    // Unknown never overwrites what is known.
    assert_eq!(store.upsert_feed(p, "https://a.example/feed", SourceKind::Unknown).unwrap(), id);
    let other = store.upsert_feed(p, "https://a.example/sitemap.xml", SourceKind::Sitemap).unwrap();
    assert_ne!(other, id);

    let feeds = store.feeds().unwrap();
    assert_eq!(feeds.len(), 2);
    assert_eq!((feeds[0].id, feeds[0].kind), (id, SourceKind::Atom));
    assert_eq!(feeds[0].state, FeedState::default());

    let state = FeedState {
        etag: Some("\"abc\"".into()),
        last_modified: Some("Wed, 01 May 2024 07:30:00 GMT".into()),
        last_fetch_at: Some(ts("2025-01-01T00:00:00.123456Z")),
        next_fetch_at: Some(ts("2025-01-01T01:00:00Z")),
        interval_secs: 3600,
        failures: 2,
        last_status: Some(503),
        last_error: Some("Service Unavailable".into()),
        items_seen: 40,
        new_items_seen: 3,
    };
    store.update_feed(id, &state).unwrap();
    let feeds = store.feeds().unwrap();
    assert_eq!(feeds[0].state, state);
    assert_eq!(feeds[1].state, FeedState::default());
    // Re-upserting keeps the state.
    store.upsert_feed(p, "https://a.example/feed", SourceKind::Atom).unwrap();
    assert_eq!(store.feeds().unwrap()[0].state, state);
    assert!(matches!(store.update_feed(999, &state), Err(StoreError::InvalidInput(_))));
}

#[test]
fn raw_pages_are_paged_by_article_id() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path()).unwrap();
    let p = publication(&store, "a.example");
    let ids: Vec<Id> =
        (0..25).map(|i| save_with_page(&store, p, i, &page_body(i, 300), ts("2025-01-01T00:00:00Z"))).collect();
    // An article without a page is skipped.
    save(&store, p, &column("https://a.example/nopage", "J", "x"), "nopage");
    let mut seen = Vec::new();
    let mut sizes = Vec::new();
    let mut after = 0;
    loop {
        let batch = store.raw_pages(after, 10).unwrap();
        if batch.is_empty() {
            break;
        }
        sizes.push(batch.len());
        after = batch.last().unwrap().article_id;
        seen.extend(batch.iter().map(|p| p.article_id));
    }
    assert_eq!(sizes, [10, 10, 5]);
    assert_eq!(seen, ids);
    assert!(store.raw_pages(0, 0).unwrap().is_empty());
    // Articles page the same way, the one without a page included.
    let first = store.articles(0, 20).unwrap();
    let rest = store.articles(first.last().unwrap().id, 20).unwrap();
    assert_eq!((first.len(), rest.len()), (20, 6));
    assert_eq!(rest.last().unwrap().article.url.as_deref(), Some("https://a.example/nopage"));
    assert!(first.iter().chain(&rest).map(|a| a.id).collect::<Vec<_>>().windows(2).all(|w| w[0] < w[1]));
}

// ---- WARC export ------------------------------------------------------------------------

/// A parsed WARC record: its headers and its block.
type WarcRecord = (Vec<(String, String)>, Vec<u8>);

/// A minimal WARC reader, checking the framing on the way.
fn parse_warc(mut data: &[u8]) -> Vec<WarcRecord> {
    let mut records = Vec::new();
    while !data.is_empty() {
        let head_end = data.windows(4).position(|w| w == b"\r\n\r\n").expect("end of WARC head");
        let head = std::str::from_utf8(&data[..head_end]).unwrap();
        let mut lines = head.split("\r\n");
        assert_eq!(lines.next(), Some("WARC/1.1"));
        let headers: Vec<(String, String)> = lines
            .map(|l| {
                let (k, v) = l.split_once(": ").expect("header line");
                (k.to_string(), v.to_string())
            })
            .collect();
        let len: usize =
            headers.iter().find(|(k, _)| k == "Content-Length").expect("Content-Length").1.parse().unwrap();
        let block = &data[head_end + 4..head_end + 4 + len];
        let rest = &data[head_end + 4 + len..];
        assert!(rest.starts_with(b"\r\n\r\n"), "record separator after the block");
        records.push((headers, block.to_vec()));
        data = &rest[4..];
    }
    records
}

#[test]
fn export_warc_writes_one_response_record_per_page() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path()).unwrap();
    let p = publication(&store, "a.example");
    let bodies: Vec<Vec<u8>> = (0..300).map(|i| page_body(i, 500 + i * 7)).collect();
    for (i, body) in bodies.iter().enumerate() {
        save_with_page(&store, p, i, body, ts("2025-01-01T12:00:00+01:00"));
    }
    let mut out = Vec::new();
    assert_eq!(export_warc(&store, &mut out).unwrap(), 300);

    let records = parse_warc(&out);
    assert_eq!(records.len(), 301);
    let get = |h: &[(String, String)], k: &str| h.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    assert_eq!(get(&records[0].0, "WARC-Type").as_deref(), Some("warcinfo"));
    let mut ids = std::collections::HashSet::new();
    for (i, (headers, block)) in records[1..].iter().enumerate() {
        assert_eq!(get(headers, "WARC-Type").as_deref(), Some("response"));
        assert_eq!(get(headers, "WARC-Target-URI"), Some(format!("https://a.example/{i}")));
        assert_eq!(get(headers, "WARC-Date").as_deref(), Some("2025-01-01T11:00:00Z"));
        assert_eq!(get(headers, "Content-Type").as_deref(), Some("application/http;msgtype=response"));
        let rid = get(headers, "WARC-Record-ID").unwrap();
        assert!(rid.starts_with("<urn:uuid:") && rid.ends_with('>') && rid.len() == 47, "{rid}");
        assert!(ids.insert(rid), "record ids are unique");
        assert!(block.starts_with(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"));
        assert!(block.ends_with(&bodies[i]));
    }
}

// ---- concurrency and crashes ------------------------------------------------------------

#[test]
fn readers_see_consistent_snapshots_while_another_thread_writes() {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(SqliteStore::open(dir.path()).unwrap());
    let p = publication(&store, "a.example");
    let done = Arc::new(AtomicBool::new(false));
    let writer = {
        let (store, done) = (Arc::clone(&store), Arc::clone(&done));
        std::thread::spawn(move || {
            for i in 0..300 {
                save_with_page(&store, p, i, &page_body(i, 3_000), ts("2025-01-01T00:00:00Z"));
            }
            done.store(true, Ordering::SeqCst);
        })
    };
    let readers: Vec<_> = (0..3)
        .map(|_| {
            let (store, done) = (Arc::clone(&store), Arc::clone(&done));
            std::thread::spawn(move || {
                let (mut last, mut reads) = (0, 0);
                while !done.load(Ordering::SeqCst) || reads == 0 {
                    let s = store.stats().unwrap();
                    // One snapshot: every article saved so far has its page.
                    assert_eq!(s.articles, s.raw_pages);
                    assert!(s.articles >= last);
                    last = s.articles;
                    if let Some(page) = store.raw_pages(0, 1).unwrap().first() {
                        assert!(store.article(page.article_id).unwrap().is_some());
                    }
                    reads += 1;
                }
                reads
            })
        })
        .collect();
    writer.join().unwrap();
    for r in readers {
        assert!(r.join().unwrap() > 0);
    }
    assert_eq!(store.stats().unwrap().articles, 300);
}

/// Not a test on its own: the child process of `sigkill_loses_nothing_committed`. It saves
/// articles in a loop, printing each committed id, until it is killed (or a minute passes).
#[test]
#[ignore = "child process of sigkill_loses_nothing_committed"]
fn crash_child_writes_until_killed() {
    let Some(dir) = std::env::var_os(CHILD_ENV) else { return };
    let store = SqliteStore::open(Path::new(&dir)).unwrap();
    let p = publication(&store, "crash.example");
    let started = std::time::Instant::now();
    let pid = std::process::id();
    let mut out = std::io::stdout().lock();
    let body = page_body(0, 20_000);
    for i in 0..1_000_000usize {
        if started.elapsed().as_secs() > 60 {
            break;
        }
        let url = format!("https://crash.example/{pid}/{i}");
        let alts = vec![format!("alt/{pid}/{i}")];
        let headers = vec![("Content-Type".to_string(), "text/html".to_string())];
        let id = store
            .save_article(&NewArticle {
                publication_id: p,
                article: &column(&url, &format!("Author {}", i % 7), &format!("Text {i}.")),
                url_key: &url,
                alt_url_keys: &alts,
                raw: Some(RawPage {
                    url: &url,
                    status: 200,
                    headers: &headers,
                    body: &body,
                    fetched_at: ts("2025-01-01T00:00:00Z"),
                    evidence: None,
                }),
                seen_at: ts("2025-01-01T00:00:00Z"),
            })
            .unwrap()
            .id();
        std::io::Write::write_all(&mut out, format!("committed {id}\n").as_bytes()).unwrap();
        std::io::Write::flush(&mut out).unwrap();
    }
}

#[test]
fn sigkill_loses_nothing_committed() {
    let dir = tempfile::tempdir().unwrap();
    let exe = std::env::current_exe().unwrap();
    let mut committed: Vec<Id> = Vec::new();
    for lines_before_kill in [3, 40, 150, 11, 400] {
        let mut child = Command::new(&exe)
            .args(["--ignored", "--exact", "crash_child_writes_until_killed", "--nocapture", "--test-threads=1"])
            .env(CHILD_ENV, dir.path())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut ids = Vec::new();
        let mut line = String::new();
        while ids.len() < lines_before_kill {
            line.clear();
            assert!(stdout.read_line(&mut line).unwrap() > 0, "child ended early after {} commits", ids.len());
            if let Some(id) = line.trim().strip_prefix("committed ") {
                ids.push(id.parse::<Id>().unwrap());
            }
        }
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        // Lines already in the pipe were printed after their commit too.
        let mut rest = String::new();
        stdout.read_to_string(&mut rest).unwrap();
        ids.extend(rest.lines().filter_map(|l| l.strip_prefix("committed ")).map(|id| id.parse::<Id>().unwrap()));
        committed.extend(ids);

        let store = SqliteStore::open(dir.path()).unwrap();
        for id in &committed {
            let a = store.article(*id).unwrap().unwrap_or_else(|| panic!("committed article {id} lost"));
            let key = a.article.url.unwrap();
            assert_eq!(store.article_id_by_url_key(&key).unwrap(), Some(*id));
        }
        assert!(store.stats().unwrap().articles >= committed.len() as u64);
    }
    let conn = sqlite(dir.path());
    let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok");
    let fk: Option<String> = conn.query_row("PRAGMA foreign_key_check", [], |r| r.get(0)).ok();
    assert_eq!(fk, None);
    drop(conn);
    let store = SqliteStore::open(dir.path()).unwrap();
    let s = store.stats().unwrap();
    assert_eq!(s.articles, s.raw_pages);
    let body = page_body(0, 20_000);
    assert!(store.raw_pages(0, 10_000).unwrap().iter().all(|p| p.body == body));
}

// ---- reads for the public site ----

fn dated(url: &str, author: &str, kind: Kind, lang: &str, published: Option<&str>) -> Article {
    let mut a = column(url, author, &format!("Text of {url} about rivers and trees."));
    a.kind = kind;
    a.lang = Some(lang.into());
    a.published = published.map(ts);
    a
}

#[test]
fn listings_are_newest_first_filtered_paged_and_counted() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path()).unwrap();
    let gb = publication(&store, "gb.example");
    let tr = store
        .upsert_publication(&PublicationRecord {
            name: "Gazete".into(),
            homepage: "https://tr.example/".into(),
            country: Some("TR".into()),
            language: Some("tr".into()),
        })
        .unwrap();
    let a1 = save(
        &store,
        gb,
        &dated("https://gb.example/1", "Ann Lee", Kind::Opinion, "en-GB", Some("2024-05-01T09:00:00Z")),
        "1",
    )
    .id();
    let a2 = save(
        &store,
        gb,
        &dated("https://gb.example/2", "Ann Lee", Kind::Opinion, "en", Some("2024-05-03T09:00:00+03:00")),
        "2",
    )
    .id();
    let n3 =
        save(&store, gb, &dated("https://gb.example/3", "Bo Ray", Kind::News, "en", Some("2024-05-04T09:00:00Z")), "3")
            .id();
    // No date: sorts by when it was first seen (2025-01-01), so first.
    let t4 = save(&store, tr, &dated("https://tr.example/4", "Ayşe Kaya", Kind::Opinion, "tr", None), "4").id();

    let ids = |f: &ArticleFilter, off, lim| store.cards(f, off, lim).unwrap().iter().map(|c| c.id).collect::<Vec<_>>();
    let all = ArticleFilter::default();
    assert_eq!(ids(&all, 0, 10), vec![t4, n3, a2, a1]);
    assert_eq!(store.count_cards(&all).unwrap(), 4);
    let opinion = ArticleFilter { kind: Some(Kind::Opinion), ..ArticleFilter::default() };
    assert_eq!(ids(&opinion, 0, 10), vec![t4, a2, a1]);
    assert_eq!(ids(&opinion, 1, 1), vec![a2], "offset and limit page through");
    assert_eq!(store.count_cards(&opinion).unwrap(), 3);
    let turkish = ArticleFilter { country: Some("tr".into()), ..ArticleFilter::default() };
    assert_eq!(ids(&turkish, 0, 10), vec![t4], "country compares case-insensitively");
    assert_eq!(store.count_cards(&turkish).unwrap(), 1);
    let english = ArticleFilter { language: Some("EN".into()), kind: Some(Kind::Opinion), ..ArticleFilter::default() };
    assert_eq!(ids(&english, 0, 10), vec![a2, a1], "en matches en-GB, not tr");
    let odd = ArticleFilter { language: Some("e%".into()), ..ArticleFilter::default() };
    assert!(ids(&odd, 0, 10).is_empty(), "LIKE wildcards in input are literal");

    let card = &store.cards_by_id(&[a2, 9999, a1]).unwrap();
    assert_eq!(card.iter().map(|c| c.id).collect::<Vec<_>>(), vec![a2, a1], "order kept, unknown ids dropped");
    let c = &card[0];
    assert_eq!(c.publication_name, "The gb.example Times");
    assert_eq!(c.country.as_deref(), Some("GB"));
    assert_eq!(c.columnist_name.as_deref(), Some("Ann Lee"));
    assert_eq!(c.authors, vec!["Ann Lee".to_string()]);
    assert_eq!(c.published.unwrap().to_string(), "2024-05-03T09:00:00+03:00", "the source's offset is kept");
    assert_eq!(c.counts, Counts::default());

    let by_columnist = ArticleFilter { columnist_id: c.columnist_id, ..ArticleFilter::default() };
    assert_eq!(ids(&by_columnist, 0, 10), vec![a2, a1]);
    let by_publication = ArticleFilter { publication_id: Some(tr), ..ArticleFilter::default() };
    assert_eq!(ids(&by_publication, 0, 10), vec![t4]);
    assert_eq!(store.publication(tr).unwrap().unwrap().record.name, "Gazete");
    assert_eq!(store.publication(tr).unwrap().unwrap().articles, 1);
    assert!(store.publication(12345).unwrap().is_none());
}

#[test]
fn columnists_have_counts_and_the_newest_column() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path()).unwrap();
    let p = publication(&store, "a.example");
    save(&store, p, &dated("https://a.example/1", "zoe Adams", Kind::Opinion, "en", Some("2024-01-01T00:00:00Z")), "1");
    save(&store, p, &dated("https://a.example/2", "zoe Adams", Kind::News, "en", Some("2024-02-01T00:00:00Z")), "2");
    save(&store, p, &dated("https://a.example/3", "Ann Lee", Kind::Opinion, "en", Some("2024-03-01T00:00:00Z")), "3");
    let list = store.columnists(None).unwrap();
    let names: Vec<&str> = list.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, vec!["Ann Lee", "zoe Adams"], "by name, ignoring case");
    let zoe = &list[1];
    assert_eq!((zoe.articles, zoe.columns), (2, 1));
    assert_eq!(zoe.latest.unwrap().to_string(), "2024-02-01T00:00:00Z");
    assert_eq!(zoe.publication_name, "The a.example Times");
    assert_eq!(store.columnist(zoe.id).unwrap().as_ref(), Some(zoe));
    assert!(store.columnist(999).unwrap().is_none());
    assert_eq!(store.columnists(Some(p + 1)).unwrap(), vec![]);
}

#[test]
fn counts_add_up_by_day_and_most_read_ranks_recent_views() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path()).unwrap();
    let p = publication(&store, "a.example");
    let a = save(&store, p, &dated("https://a.example/1", "A", Kind::Opinion, "en", None), "1").id();
    let b = save(&store, p, &dated("https://a.example/2", "B", Kind::Opinion, "en", None), "2").id();
    let n = save(&store, p, &dated("https://a.example/3", "C", Kind::News, "en", None), "3").id();
    let d = |article_id, day, views, likes| CountDelta { article_id, day, views, likes };
    store
        .add_counts(&[d(a, 100, 5, 1), d(b, 99, 50, 0), d(b, 101, 2, 0), d(n, 101, 80, 0), d(424242, 101, 1, 1)])
        .unwrap();
    store.add_counts(&[d(a, 100, 3, 1)]).unwrap();
    assert_eq!(store.counts(a).unwrap(), Counts { views: 8, likes: 2 });
    assert_eq!(store.counts(b).unwrap(), Counts { views: 52, likes: 0 });
    assert_eq!(store.counts(424242).unwrap(), Counts::default(), "deltas for unknown articles are dropped");
    let opinion = ArticleFilter { kind: Some(Kind::Opinion), ..ArticleFilter::default() };
    let ranked = |since| store.most_read(&opinion, since, 10).unwrap().iter().map(|c| c.id).collect::<Vec<_>>();
    assert_eq!(ranked(100), vec![a, b], "since day 100: a has 8, b has 2");
    assert_eq!(ranked(0), vec![b, a], "over all days b leads");
    assert_eq!(ranked(102), Vec::<Id>::new());
    let card = &store.cards_by_id(&[b]).unwrap()[0];
    assert_eq!(card.counts, Counts { views: 52, likes: 0 }, "cards carry all-time totals");
}

#[test]
fn changed_since_pages_through_changes_in_order_and_sees_updates() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path()).unwrap();
    let p = publication(&store, "a.example");
    for i in 0..5 {
        save(&store, p, &dated(&format!("https://a.example/{i}"), "A", Kind::Opinion, "en", None), &i.to_string());
    }
    let mut cursor = ChangeCursor::default();
    let mut seen = Vec::new();
    loop {
        let batch = store.changed_since(cursor, 2).unwrap();
        let Some(last) = batch.last() else { break };
        cursor = ChangeCursor::after(last);
        seen.extend(batch.iter().map(|a| a.id));
    }
    assert_eq!(seen.len(), 5);
    assert!(store.changed_since(cursor, 10).unwrap().is_empty());
    // A changed article comes round again after the cursor.
    let mut changed = dated("https://a.example/2", "A", Kind::Opinion, "en", None);
    changed.text = "New text.".into();
    let outcome = store
        .save_article(&NewArticle {
            publication_id: p,
            article: &changed,
            url_key: "2",
            alt_url_keys: &[],
            raw: None,
            seen_at: ts("2030-01-01T00:00:00Z"),
        })
        .unwrap();
    assert!(matches!(outcome, SaveOutcome::Updated(_)));
    let again = store.changed_since(cursor, 10).unwrap();
    assert_eq!(again.iter().map(|a| a.id).collect::<Vec<_>>(), vec![outcome.id()]);
    assert_eq!(again[0].article.text, "New text.");
}

// ---- issue 14: one publication never takes over another's rows ---------------------------

/// Issue 14, item 10: a page of publication A that names B's article as its canonical URL does not
/// replace B's article; it is kept under its own fetched URL, and B's keys stay B's.
#[test]
fn a_canonical_claiming_another_publications_article_is_kept_apart() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path()).unwrap();
    let a = publication(&store, "a.example");
    let b = publication(&store, "b.example");
    let real = column("https://b.example/opinion/real", "Bea Writer", "The genuine column text.");
    let Ok(SaveOutcome::Inserted(b_id)) = store.save_article(&NewArticle {
        publication_id: b,
        article: &real,
        url_key: "b.example/opinion/real",
        alt_url_keys: &[],
        raw: None,
        seen_at: ts("2025-01-01T00:00:00Z"),
    }) else {
        panic!("B's article not inserted");
    };
    let mut fake = column("https://b.example/opinion/real", "Mallory", "Forged words put in B's mouth.");
    fake.title = Some("Forged".into());
    let headers: Vec<(String, String)> = Vec::new();
    let alts = ["b.example/opinion/real".to_owned(), "a.example/copy".to_owned()];
    let outcome = store
        .save_article(&NewArticle {
            publication_id: a,
            article: &fake,
            url_key: "b.example/opinion/real",
            alt_url_keys: &alts,
            raw: Some(RawPage {
                url: "https://a.example/copy",
                status: 200,
                headers: &headers,
                body: b"<html>forged</html>",
                fetched_at: ts("2025-01-02T00:00:00Z"),
                evidence: None,
            }),
            seen_at: ts("2025-01-02T00:00:00Z"),
        })
        .unwrap();
    let SaveOutcome::Inserted(a_id) = outcome else { panic!("{outcome:?}") };
    assert_ne!(a_id, b_id);
    let kept = store.article(b_id).unwrap().unwrap();
    assert_eq!(
        (kept.publication_id, kept.article.title.as_deref()),
        (b, Some("Column at https://b.example/opinion/real"))
    );
    assert_eq!(kept.article.text, "The genuine column text.");
    let copy = store.article(a_id).unwrap().unwrap();
    assert_eq!((copy.publication_id, copy.article.url.as_deref()), (a, Some("https://a.example/copy")));
    assert_eq!(store.article_id_by_url_key("b.example/opinion/real").unwrap(), Some(b_id));
    assert_eq!(store.article_id_by_url_key("a.example/copy").unwrap(), Some(a_id));
    // B's raw page is untouched: B has none, A's is under A's article.
    let pages = store.raw_pages(0, 10).unwrap();
    assert_eq!(pages.iter().map(|p| p.article_id).collect::<Vec<_>>(), [a_id]);
    // Without a URL of its own the claim is refused, and B's article stays as it was.
    let err = store
        .save_article(&NewArticle {
            publication_id: a,
            article: &fake,
            url_key: "b.example/opinion/real",
            alt_url_keys: &[],
            raw: None,
            seen_at: ts("2025-01-03T00:00:00Z"),
        })
        .unwrap_err();
    assert!(matches!(err, StoreError::InvalidInput(_)), "{err:?}");
    assert_eq!(store.article(b_id).unwrap().unwrap().article.text, "The genuine column text.");
}

/// Issue 14, item 11: upserting a feed URL that another publication owns leaves its owner and kind.
#[test]
fn a_feed_never_moves_between_publications() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path()).unwrap();
    let a = publication(&store, "a.example");
    let b = publication(&store, "b.example");
    let id = store.upsert_feed(b, "https://b.example/feed.xml", SourceKind::Rss).unwrap();
    assert_eq!(store.upsert_feed(a, "https://b.example/feed.xml", SourceKind::Sitemap).unwrap(), id);
    let feeds = store.feeds().unwrap();
    assert_eq!(feeds.len(), 1);
    assert_eq!((feeds[0].publication_id, feeds[0].kind), (b, SourceKind::Rss));
}

/// Issue 9: the organisations a byline credits are kept beside the people, read back with the
/// article and its card, and a change to them alone is an update.
#[test]
fn issue_9_credits_are_stored_and_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path()).unwrap();
    let p = publication(&store, "a.example");
    let mut a = column("https://a.example/wire", "Jane Roe", "Text.");
    a.credits = vec!["dpa".into(), "Associated Press".into()];
    let id = save(&store, p, &a, "a.example/wire").id();
    assert_eq!(store.article(id).unwrap().unwrap().article.credits, ["dpa", "Associated Press"]);
    assert_eq!(store.cards_by_id(&[id]).unwrap()[0].credits, ["dpa", "Associated Press"]);
    a.credits = vec!["AFP".into()];
    assert!(matches!(save(&store, p, &a, "a.example/wire"), SaveOutcome::Updated(_)));
    assert_eq!(store.cards_by_id(&[id]).unwrap()[0].credits, ["AFP"]);
    assert!(matches!(save(&store, p, &a, "a.example/wire"), SaveOutcome::Unchanged(_)));
}
