//! The store, specified against real databases: SQLite files in temporary directories and, when
//! `COLONNADE_TEST_PG_URL` names a PostgreSQL server (`.ci/postgres.sh` starts one), a fresh
//! schema of that server per test.
//!
//! The conformance suite is one set of functions taking a [`Fixture`]; the `conformance!` macro
//! runs each on both backends (`sqlite::NAME` and `postgres::NAME`). Without a server the
//! PostgreSQL tests print "skipped: no PostgreSQL" and pass, except under CI (`CI` set), where a
//! missing server is a failure. Backend-specific tests (migrations, files, connections, crashes)
//! and `store copy` follow the suite.
#![expect(clippy::unwrap_used, clippy::expect_used, reason = "test helpers: a panic is a test failure")]

mod support;

use support::Fixture;

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use std::ops::ControlFlow;

use colonnade_store::{
    Article, ArticleFilter, ChangeCursor, CountDelta, Counts, FeedState, FetchLogEntry, FetchOutcome, Id, ImageFetch,
    ImagePurpose, ImageVariant, Kind, NewArticle, NewImage, PgOptions, PgStore, PublicationRecord, RawPage, RobotsTxt,
    SaveOutcome, SourceKind, SqliteStore, Store, StoreError, StoreLocation, StoryAssignment, StoryConstraint,
    StoryLink, TimeCursor, Timestamp, Visit, copy_store, export_warc,
};
use rusqlite::Connection;

const CHILD_ENV: &str = "COLONNADE_STORE_CHILD";

fn ts(s: &str) -> Timestamp {
    Timestamp::parse_rfc3339(s).unwrap()
}

fn publication(store: &dyn Store, host: &str) -> Id {
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

fn save(store: &dyn Store, publication_id: Id, article: &Article, key: &str) -> SaveOutcome {
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

fn same_article_saved_twice_is_inserted_then_unchanged(f: &Fixture) {
    let store = f.store();
    let p = publication(store, "a.example");
    let a = column("https://a.example/col/1", "Jane Roe", "Some words here.");
    let SaveOutcome::Inserted(id) = save(store, p, &a, "a.example/col/1") else { panic!("not inserted") };
    assert_eq!(save(store, p, &a, "a.example/col/1"), SaveOutcome::Unchanged(id));
    assert_eq!(store.stats().unwrap().articles, 1);
    let stored = store.article(id).unwrap().unwrap();
    assert_eq!(stored.article, a);
    assert_eq!(stored.publication_id, p);
    assert_eq!(stored.first_seen_at, ts("2025-01-01T00:00:00Z"));
    assert_eq!(store.article(id + 1).unwrap(), None);
}

fn changed_text_or_metadata_is_an_update_that_keeps_first_seen(f: &Fixture) {
    let store = f.store();
    let p = publication(store, "a.example");
    let mut a = column("https://a.example/col/1", "Jane Roe", "First draft.");
    let id = save(store, p, &a, "k").id();

    a.text = "Corrected text.".into();
    let later = ts("2025-02-01T00:00:00Z");
    let new = NewArticle { publication_id: p, article: &a, url_key: "k", alt_url_keys: &[], raw: None, seen_at: later };
    assert_eq!(store.save_article(&new).unwrap(), SaveOutcome::Updated(id));
    let stored = store.article(id).unwrap().unwrap();
    assert_eq!(stored.article.text, "Corrected text.");
    assert_eq!(stored.first_seen_at, ts("2025-01-01T00:00:00Z"));
    assert_eq!(stored.updated_at, later);

    a.modified = Some(ts("2025-02-01T10:00:00-05:00"));
    assert_eq!(save(store, p, &a, "k"), SaveOutcome::Updated(id));
    assert_eq!(store.article(id).unwrap().unwrap().article.modified, a.modified);
    assert_eq!(save(store, p, &a, "k"), SaveOutcome::Unchanged(id));
    assert_eq!(store.stats().unwrap().articles, 1);
}

fn one_column_reached_by_feed_link_and_by_canonical_url_is_stored_once(f: &Fixture) {
    let store = f.store();
    let p = publication(store, "a.example");
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
    assert_eq!(save(store, p, &a, "a.example/opinion/jane/tax"), SaveOutcome::Unchanged(first.id()));
    // And through an AMP URL whose key is new but whose canonical URL is known.
    assert_eq!(save(store, p, &a, "a.example/amp/opinion/jane/tax"), SaveOutcome::Unchanged(first.id()));
    for key in ["feeds.a.example/~r/123", "a.example/opinion/jane/tax", "a.example/amp/opinion/jane/tax"] {
        assert_eq!(store.article_id_by_url_key(key).unwrap(), Some(first.id()), "{key}");
    }
    assert_eq!(store.article_id_by_url_key("a.example/other").unwrap(), None);
    assert_eq!(store.stats().unwrap().articles, 1);
}

fn columnists_are_upserted_one_per_publication_and_name(f: &Fixture) {
    let store = f.store();
    let (p1, p2) = (publication(store, "a.example"), publication(store, "b.example"));
    let ids: Vec<Id> = (0..3)
        .map(|i| {
            let a = column(&format!("https://a.example/{i}"), "Jane Roe", "x");
            save(store, p1, &a, &format!("a.example/{i}")).id()
        })
        .collect();
    let cols: Vec<Option<Id>> = ids.iter().map(|id| store.article(*id).unwrap().unwrap().columnist_id).collect();
    assert!(cols[0].is_some());
    assert!(cols.iter().all(|c| *c == cols[0]));
    // The same name at another publication is another columnist; no author, no columnist.
    let other = save(store, p2, &column("https://b.example/1", "Jane Roe", "x"), "b.example/1").id();
    assert_ne!(store.article(other).unwrap().unwrap().columnist_id, cols[0]);
    let mut anon = column("https://a.example/editorial", "x", "x");
    anon.authors.clear();
    let anon = save(store, p1, &anon, "a.example/editorial").id();
    assert_eq!(store.article(anon).unwrap().unwrap().columnist_id, None);
    assert_eq!(store.stats().unwrap().columnists, 2);
}

fn article_without_url_is_rejected(f: &Fixture) {
    let store = f.store();
    let p = publication(store, "a.example");
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

fn update_extraction_replaces_fields_and_keeps_id_keys_and_first_seen(f: &Fixture) {
    let store = f.store();
    let p = publication(store, "a.example");
    let a = column("https://a.example/1", "Jane Roe", "Old extraction.");
    let id = save(store, p, &a, "a.example/1").id();
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

fn save_with_page(store: &dyn Store, p: Id, i: usize, body: &[u8], fetched_at: Timestamp) -> Id {
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

fn raw_page_is_compressed_and_comes_back_byte_for_byte(f: &Fixture) {
    let store = f.store();
    let p = publication(store, "a.example");
    let body = page_body(1, 100_000);
    let fetched = ts("2025-01-01T12:00:00.250+01:00");
    let id = save_with_page(store, p, 1, &body, fetched);
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
    save_with_page(store, p, 1, &newer, ts("2025-01-02T00:00:00Z"));
    save_with_page(store, p, 1, b"stale", ts("2024-01-01T00:00:00Z"));
    assert_eq!(store.raw_pages(0, 10).unwrap()[0].body, newer);
}

fn stats_count_everything_by_kind_and_outcome(f: &Fixture) {
    let store = f.store();
    let p = publication(store, "a.example");
    publication(store, "b.example");
    store.upsert_feed(p, "https://a.example/feed", SourceKind::Rss).unwrap();
    for (i, kind) in [Kind::Opinion, Kind::Opinion, Kind::News].into_iter().enumerate() {
        let mut a = column(&format!("https://a.example/{i}"), &format!("Author {i}"), "x");
        a.kind = kind;
        save(store, p, &a, &format!("k{i}"));
    }
    save_with_page(store, p, 9, &page_body(9, 5_000), ts("2025-01-01T00:00:00Z"));
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

fn publication_upsert_finds_by_homepage_and_updates_the_rest(f: &Fixture) {
    let store = f.store();
    let id = publication(store, "a.example");
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

fn fetch_log_batch_is_written_whole(f: &Fixture) {
    let store = f.store();
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

fn fetch_outcomes_are_stored_as_their_labels_and_old_labels_still_count(f: &Fixture) {
    let store = f.store();
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
    f.exec(
        "INSERT INTO fetch_log (url, host, status, bytes, duration_ms, outcome, error, at_us) \
         VALUES ('https://a.example/', 'a.example', NULL, 0, 1, 'gone_fishing', NULL, 0)",
    );
    let labels = f.strings("SELECT outcome FROM fetch_log ORDER BY id");
    let expected: Vec<&str> = FetchOutcome::ALL.iter().map(|o| o.as_str()).chain(["gone_fishing"]).collect();
    assert_eq!(labels, expected);
    let read: Vec<FetchOutcome> = labels.iter().map(|l| FetchOutcome::from_label(l)).collect();
    assert_eq!(read[..FetchOutcome::ALL.len()], FetchOutcome::ALL);
    assert_eq!(read.last(), Some(&FetchOutcome::Unknown));
    let s = store.stats().unwrap();
    assert_eq!(s.fetches_by_outcome.get("not_modified"), Some(&1));
    assert_eq!(s.fetches_by_outcome.get("gone_fishing"), Some(&1));
}

fn feed_upsert_and_state_round_trip(f: &Fixture) {
    let store = f.store();
    let p = publication(store, "a.example");
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

fn raw_pages_are_paged_by_article_id(f: &Fixture) {
    let store = f.store();
    let p = publication(store, "a.example");
    let ids: Vec<Id> =
        (0..25).map(|i| save_with_page(store, p, i, &page_body(i, 300), ts("2025-01-01T00:00:00Z"))).collect();
    // An article without a page is skipped.
    save(store, p, &column("https://a.example/nopage", "J", "x"), "nopage");
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

fn export_warc_writes_one_response_record_per_page(f: &Fixture) {
    let store = f.store();
    let p = publication(store, "a.example");
    let bodies: Vec<Vec<u8>> = (0..300).map(|i| page_body(i, 500 + i * 7)).collect();
    for (i, body) in bodies.iter().enumerate() {
        save_with_page(store, p, i, body, ts("2025-01-01T12:00:00+01:00"));
    }
    let mut out = Vec::new();
    assert_eq!(export_warc(store, &mut out).unwrap(), 300);

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

fn readers_see_consistent_snapshots_while_another_thread_writes(f: &Fixture) {
    let store = f.shared();
    let p = publication(&*store, "a.example");
    let done = Arc::new(AtomicBool::new(false));
    let writer = {
        let (store, done) = (Arc::clone(&store), Arc::clone(&done));
        std::thread::spawn(move || {
            for i in 0..300 {
                save_with_page(&*store, p, i, &page_body(i, 3_000), ts("2025-01-01T00:00:00Z"));
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

fn listings_are_newest_first_filtered_paged_and_counted(f: &Fixture) {
    let store = f.store();
    let gb = publication(store, "gb.example");
    let tr = store
        .upsert_publication(&PublicationRecord {
            name: "Gazete".into(),
            homepage: "https://tr.example/".into(),
            country: Some("TR".into()),
            language: Some("tr".into()),
        })
        .unwrap();
    let a1 = save(
        store,
        gb,
        &dated("https://gb.example/1", "Ann Lee", Kind::Opinion, "en-GB", Some("2024-05-01T09:00:00Z")),
        "1",
    )
    .id();
    let a2 = save(
        store,
        gb,
        &dated("https://gb.example/2", "Ann Lee", Kind::Opinion, "en", Some("2024-05-03T09:00:00+03:00")),
        "2",
    )
    .id();
    let n3 =
        save(store, gb, &dated("https://gb.example/3", "Bo Ray", Kind::News, "en", Some("2024-05-04T09:00:00Z")), "3")
            .id();
    // No date: sorts by when it was first seen (2025-01-01), so first.
    let t4 = save(store, tr, &dated("https://tr.example/4", "Ayşe Kaya", Kind::Opinion, "tr", None), "4").id();

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

fn columnists_have_counts_and_the_newest_column(f: &Fixture) {
    let store = f.store();
    let p = publication(store, "a.example");
    save(store, p, &dated("https://a.example/1", "zoe Adams", Kind::Opinion, "en", Some("2024-01-01T00:00:00Z")), "1");
    save(store, p, &dated("https://a.example/2", "zoe Adams", Kind::News, "en", Some("2024-02-01T00:00:00Z")), "2");
    save(store, p, &dated("https://a.example/3", "Ann Lee", Kind::Opinion, "en", Some("2024-03-01T00:00:00Z")), "3");
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

fn counts_add_up_by_day_and_most_read_ranks_recent_views(f: &Fixture) {
    let store = f.store();
    let p = publication(store, "a.example");
    let a = save(store, p, &dated("https://a.example/1", "A", Kind::Opinion, "en", None), "1").id();
    let b = save(store, p, &dated("https://a.example/2", "B", Kind::Opinion, "en", None), "2").id();
    let n = save(store, p, &dated("https://a.example/3", "C", Kind::News, "en", None), "3").id();
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

fn changed_since_pages_through_changes_in_order_and_sees_updates(f: &Fixture) {
    let store = f.store();
    let p = publication(store, "a.example");
    for i in 0..5 {
        save(store, p, &dated(&format!("https://a.example/{i}"), "A", Kind::Opinion, "en", None), &i.to_string());
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
fn a_canonical_claiming_another_publications_article_is_kept_apart(f: &Fixture) {
    let store = f.store();
    let a = publication(store, "a.example");
    let b = publication(store, "b.example");
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
fn a_feed_never_moves_between_publications(f: &Fixture) {
    let store = f.store();
    let a = publication(store, "a.example");
    let b = publication(store, "b.example");
    let id = store.upsert_feed(b, "https://b.example/feed.xml", SourceKind::Rss).unwrap();
    assert_eq!(store.upsert_feed(a, "https://b.example/feed.xml", SourceKind::Sitemap).unwrap(), id);
    let feeds = store.feeds().unwrap();
    assert_eq!(feeds.len(), 1);
    assert_eq!((feeds[0].publication_id, feeds[0].kind), (b, SourceKind::Rss));
}

/// Issue 9: the organisations a byline credits are kept beside the people, read back with the
/// article and its card, and a change to them alone is an update.
fn issue_9_credits_are_stored_and_read_back(f: &Fixture) {
    let store = f.store();
    let p = publication(store, "a.example");
    let mut a = column("https://a.example/wire", "Jane Roe", "Text.");
    a.credits = vec!["dpa".into(), "Associated Press".into()];
    let id = save(store, p, &a, "a.example/wire").id();
    assert_eq!(store.article(id).unwrap().unwrap().article.credits, ["dpa", "Associated Press"]);
    assert_eq!(store.cards_by_id(&[id]).unwrap()[0].credits, ["dpa", "Associated Press"]);
    a.credits = vec!["AFP".into()];
    assert!(matches!(save(store, p, &a, "a.example/wire"), SaveOutcome::Updated(_)));
    assert_eq!(store.cards_by_id(&[id]).unwrap()[0].credits, ["AFP"]);
    assert!(matches!(save(store, p, &a, "a.example/wire"), SaveOutcome::Unchanged(_)));
}

fn text_heads_are_the_title_and_the_first_bytes_in_the_order_asked(f: &Fixture) {
    let store = f.store();
    let p = publication(store, "a.example");
    let first = save(store, p, &column("https://a.example/1", "Jane Roe", "Éclair über alles, and more."), "a/1").id();
    let mut untitled = column("https://a.example/2", "Jane Roe", "Short.");
    untitled.title = None;
    let second = save(store, p, &untitled, "a/2").id();
    // "Éclair über": the 9th byte is the first of "ü"'s two.
    let heads = store.text_heads(&[second, 999_999, first], 9).unwrap();
    let got: Vec<(Id, &str, &[u8])> = heads.iter().map(|h| (h.id, h.title.as_str(), h.text.as_slice())).collect();
    // Bytes, cut at a character boundary; unknown ids left out; an untitled article has an
    // empty title.
    assert_eq!(
        got,
        [(second, "", "Short.".as_bytes()), (first, "Column at https://a.example/1", "Éclair ".as_bytes())]
    );
    let heads = store.text_heads(&[first], 10).unwrap();
    assert_eq!(heads[0].text, "Éclair ü".as_bytes());
    assert!(store.text_heads(&[], 10).unwrap().is_empty());
}

fn cards_and_heads_are_one_read_of_cards_by_id_and_text_heads(f: &Fixture) {
    let store = f.store();
    let p = publication(store, "a.example");
    let first = save(store, p, &column("https://a.example/1", "Jane Roe", "Éclair über alles, and more."), "a/1").id();
    let second = save(store, p, &column("https://a.example/2", "John Doe", "Short."), "a/2").id();
    let ids = [second, 999_999, first];
    let (cards, heads) = store.cards_and_heads(&ids, 9).unwrap();
    assert_eq!(cards, store.cards_by_id(&ids).unwrap());
    assert_eq!(heads, store.text_heads(&ids, 9).unwrap());
    assert_eq!(
        heads.iter().map(|h| h.text.as_slice()).collect::<Vec<_>>(),
        ["Short.".as_bytes(), "Éclair ".as_bytes()]
    );
    let (cards, heads) = store.cards_and_heads(&[], 9).unwrap();
    assert!(cards.is_empty() && heads.is_empty());
}

/// What PostgreSQL's types could change and SQLite's keep: NUL characters (U+FFFD in both),
/// times far from now with odd offsets, an f32 confidence, NaN, empty lists, long Unicode text.
fn odd_values_come_back_alike(f: &Fixture) {
    let store = f.store();
    let p = publication(store, "odd.example");
    let mut a = column("https://odd.example/1", "Zoë\u{0}Ölçer", "Text with a NUL\u{0} inside, ünïcødé 🚀.");
    a.published = Some(ts("1901-12-13T20:45:52.123456-11:59"));
    a.modified = Some(ts("2999-12-31T23:59:59.999999+14:00"));
    a.confidence = 0.123_456_79;
    a.credits = vec![];
    a.text.push_str(&"Lorem ipsum dolor sit amet. ".repeat(5_000));
    let id = save(store, p, &a, "odd.example/1").id();
    let stored = store.article(id).unwrap().unwrap().article;
    assert_eq!(stored.text, a.text.replace('\0', "\u{FFFD}"));
    assert_eq!(stored.authors, vec!["Zoë\u{FFFD}Ölçer".to_string()]);
    assert_eq!(stored.published, a.published);
    assert_eq!(stored.published.unwrap().offset_seconds, -(11 * 3600 + 59 * 60));
    assert_eq!(stored.modified, a.modified);
    assert_eq!(stored.confidence, a.confidence);
    assert_eq!(save(store, p, &a, "odd.example/1"), SaveOutcome::Unchanged(id), "saved again, nothing changed");
    let mut nan = column("https://odd.example/2", "A", "x");
    nan.confidence = f32::NAN;
    let id = save(store, p, &nan, "odd.example/2").id();
    assert_eq!(store.article(id).unwrap().unwrap().article.confidence, 0.0);
    assert_eq!(save(store, p, &nan, "odd.example/2"), SaveOutcome::Unchanged(id));
}

/// Writers on several threads (on PostgreSQL: several connections) saving the same articles
/// under different keys, and adding counts, at once: each article is stored once, no count is lost.
fn concurrent_writers_store_each_article_once_and_lose_no_count(f: &Fixture) {
    let store = f.shared();
    let p = publication(store.as_ref(), "race.example");
    let threads: Vec<_> = (0..4)
        .map(|t| {
            let store = Arc::clone(&store);
            std::thread::spawn(move || {
                for i in 0..25 {
                    let url = format!("https://race.example/{i}");
                    let key = format!("race.example/{i}?via={t}");
                    let alts = vec![format!("race.example/{i}")];
                    let a = column(&url, &format!("Author {}", i % 3), &format!("Text {i}."));
                    let id = store
                        .save_article(&NewArticle {
                            publication_id: p,
                            article: &a,
                            url_key: &key,
                            alt_url_keys: &alts,
                            raw: None,
                            seen_at: ts("2025-01-01T00:00:00Z"),
                        })
                        .unwrap()
                        .id();
                    store
                        .add_counts(&[CountDelta { article_id: id, day: 20_000 + (i % 2), views: 1, likes: 0 }])
                        .unwrap();
                    store.add_counts(&[CountDelta { article_id: id, day: 20_000, views: 0, likes: 1 }]).unwrap();
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    let s = store.stats().unwrap();
    assert_eq!((s.articles, s.columnists), (25, 3));
    for i in 0..25 {
        let id = store.article_id_by_url_key(&format!("race.example/{i}")).unwrap().unwrap();
        for t in 0..4 {
            assert_eq!(store.article_id_by_url_key(&format!("race.example/{i}?via={t}")).unwrap(), Some(id));
        }
        assert_eq!(store.counts(id).unwrap(), Counts { views: 4, likes: 4 });
    }
}

// ---- images (issue 13) ----------------------------------------------------------------------

fn variant(hash: &str, side: u32) -> ImageVariant {
    ImageVariant { file: format!("{hash}.jpg"), mime: "image/jpeg".into(), width: side, height: side, bytes: 1000 }
}

fn image_fetch<'a>(url: &'a str, purpose: ImagePurpose, publication_id: Option<Id>, fetch: ImageFetch) -> NewImage<'a> {
    NewImage {
        url,
        purpose,
        publication_id,
        etag: Some("\"v1\""),
        last_modified: None,
        fetched_at: ts("2025-01-01T00:00:00Z"),
        next_fetch_at: ts("2025-01-04T00:00:00Z"),
        fetch,
    }
}

/// Issue 13: an image is one row per source URL and purpose; a later failure or a 304 keeps its
/// processed sizes, a new body replaces them, and stats count what can be shown.
fn issue_13_images_are_one_row_per_url_and_keep_their_sizes_through_failures(f: &Fixture) {
    let store = f.store();
    let p = publication(store, "a.example");
    let url = "https://a.example/jane.jpg";
    assert_eq!(store.image(url, ImagePurpose::Face).unwrap(), None);
    let processed =
        ImageFetch::Processed { source_size: (400, 500), variants: vec![variant("bb", 192), variant("aa", 96)] };
    let id = store.save_image(&image_fetch(url, ImagePurpose::Face, Some(p), processed)).unwrap();
    let row = store.image(url, ImagePurpose::Face).unwrap().unwrap();
    assert_eq!((row.id, row.publication_id, row.source_size), (id, Some(p), Some((400, 500))));
    assert_eq!(row.variants, [variant("aa", 96), variant("bb", 192)], "smallest first");
    assert_eq!((row.etag.as_deref(), row.error.as_deref(), row.failures), (Some("\"v1\""), None, 0));
    assert_eq!(row.next_fetch_at, ts("2025-01-04T00:00:00Z"));
    // The same URL as a lead image is another row.
    assert_eq!(store.image(url, ImagePurpose::Lead).unwrap(), None);

    let failed = NewImage {
        etag: None,
        ..image_fetch(url, ImagePurpose::Face, None, ImageFetch::Failed("image refused: x".into()))
    };
    assert_eq!(store.save_image(&failed).unwrap(), id);
    let row = store.image(url, ImagePurpose::Face).unwrap().unwrap();
    assert_eq!((row.error.as_deref(), row.failures), (Some("image refused: x"), 1));
    assert_eq!(row.variants.len(), 2, "a failed refresh keeps the photo");
    assert_eq!((row.etag.as_deref(), row.publication_id), (Some("\"v1\""), Some(p)), "validators and origin kept");
    store.save_image(&image_fetch(url, ImagePurpose::Face, None, ImageFetch::NotModified)).unwrap();
    let row = store.image(url, ImagePurpose::Face).unwrap().unwrap();
    assert_eq!((row.error, row.failures, row.variants.len()), (None, 0, 2));

    // A refused image is recorded (so it is not fetched again at once) but not counted.
    let bad = "https://a.example/bomb.png";
    store.save_image(&image_fetch(bad, ImagePurpose::Lead, Some(p), ImageFetch::Failed("too big".into()))).unwrap();
    assert!(store.image(bad, ImagePurpose::Lead).unwrap().unwrap().variants.is_empty());
    let stats = store.stats().unwrap();
    assert_eq!((stats.images, stats.image_files, stats.image_bytes), (1, 2, 2000));
    let all = store.images(0, 10).unwrap();
    assert_eq!(all.iter().map(|i| i.url.as_str()).collect::<Vec<_>>(), [url, bad]);
    assert_eq!(store.images(all[0].id, 10).unwrap().len(), 1);
}

/// Issue 13: a columnist's photo shows on their row and their cards; the lead image on its card;
/// the operator's choice (or removal) wins over what the crawl offers later.
fn issue_13_columnist_photos_and_lead_images_reach_cards_and_the_operator_choice_wins(f: &Fixture) {
    let store = f.store();
    let p = publication(store, "a.example");
    let mut a = column("https://a.example/c1", "Jane Roe", "Text.");
    a.image = Some("https://a.example/lead.jpg".into());
    let article = save(store, p, &a, "a.example/c1").id();
    let card = &store.cards_by_id(&[article]).unwrap()[0];
    assert!(card.columnist_photo.is_empty() && card.lead_image.is_empty());

    let face = ImageFetch::Processed { source_size: (200, 200), variants: vec![variant("f1", 96), variant("f2", 192)] };
    let face_id =
        store.save_image(&image_fetch("https://a.example/jane.jpg", ImagePurpose::Face, Some(p), face)).unwrap();
    let lead = ImageFetch::Processed { source_size: (1600, 900), variants: vec![variant("l1", 720)] };
    store.save_image(&image_fetch("https://a.example/lead.jpg", ImagePurpose::Lead, Some(p), lead)).unwrap();
    assert!(store.offer_columnist_photo(p, "Jane Roe", face_id).unwrap());
    assert!(!store.offer_columnist_photo(p, "Nobody", face_id).unwrap());

    let card = &store.cards_by_id(&[article]).unwrap()[0];
    assert_eq!(card.columnist_photo, [variant("f1", 96), variant("f2", 192)]);
    assert_eq!(card.lead_image, [variant("l1", 720)]);
    let columnist = card.columnist_id.unwrap();
    let row = store.columnist(columnist).unwrap().unwrap();
    assert_eq!(
        (row.photo_url.as_deref(), row.photo.len(), row.photo_chosen),
        (Some("https://a.example/jane.jpg"), 2, false)
    );

    // The operator removes it: initials, and the crawl's next offer is not taken.
    store.choose_columnist_photo(columnist, None).unwrap();
    assert!(!store.offer_columnist_photo(p, "Jane Roe", face_id).unwrap());
    let row = store.columnist(columnist).unwrap().unwrap();
    assert_eq!((row.photo_url, row.photo.len(), row.photo_chosen), (None, 0, true));
    assert!(store.cards_by_id(&[article]).unwrap()[0].columnist_photo.is_empty());
    store.choose_columnist_photo(columnist, Some(face_id)).unwrap();
    assert_eq!(store.columnists(None).unwrap()[0].photo.len(), 2);
    assert!(matches!(store.choose_columnist_photo(columnist + 1000, None), Err(StoreError::InvalidInput(_))));
    assert!(matches!(store.choose_columnist_photo(columnist, Some(face_id + 1000)), Err(StoreError::InvalidInput(_))));
}

/// Issue 13: whatever changes a photo pages show (a first or new photo processed, offered to its
/// columnist, the operator's choice or removal) moves the display generation, so a running site
/// drops its cached pages even when another process made the change; what shows nothing new (the
/// same sizes again, a failed refresh, an offer of the photo already shown or one the operator's
/// choice refuses) leaves it. Articles' change order is left alone: a photo is not an edit of
/// every column its columnist wrote.
fn issue_13_photo_changes_move_the_display_generation_not_the_change_order(f: &Fixture) {
    let store = f.store();
    let p = publication(store, "a.example");
    let mut a = column("https://a.example/c1", "Jane Roe", "Text.");
    a.image = Some("https://a.example/lead.jpg".into());
    let article = save(store, p, &a, "a.example/c1").id();
    save(store, p, &column("https://a.example/c2", "Jane Roe", "Other text."), "a.example/c2");
    let change_order = || {
        store.changed_since(ChangeCursor::default(), 100).unwrap().iter().map(ChangeCursor::after).collect::<Vec<_>>()
    };
    let order = change_order();
    // Asserts whether the generation moved since the last look.
    let mut seen = store.display_generation().unwrap();
    let mut moved = |what: &str, expected: bool| {
        let now = store.display_generation().unwrap();
        assert_eq!(now != seen, expected, "{what}: the display generation went from {seen} to {now}");
        seen = now;
    };
    moved("reading it", false);

    let face_url = "https://a.example/jane.jpg";
    let face =
        || ImageFetch::Processed { source_size: (200, 200), variants: vec![variant("f1", 96), variant("f2", 192)] };
    let face_id = store.save_image(&image_fetch(face_url, ImagePurpose::Face, Some(p), face())).unwrap();
    moved("a photo processed", true);
    store.save_image(&image_fetch(face_url, ImagePurpose::Face, Some(p), face())).unwrap();
    store.save_image(&image_fetch(face_url, ImagePurpose::Face, None, ImageFetch::NotModified)).unwrap();
    store.save_image(&image_fetch(face_url, ImagePurpose::Face, None, ImageFetch::Failed("x".into()))).unwrap();
    moved("the same sizes again, a 304, a failed refresh", false);

    assert!(store.offer_columnist_photo(p, "Jane Roe", face_id).unwrap());
    moved("offered to the columnist", true);
    assert!(store.offer_columnist_photo(p, "Jane Roe", face_id).unwrap(), "still their photo");
    assert!(!store.offer_columnist_photo(p, "Nobody", face_id).unwrap());
    moved("the photo already shown offered again; an unknown columnist", false);

    let columnist = store.cards_by_id(&[article]).unwrap()[0].columnist_id.unwrap();
    store.choose_columnist_photo(columnist, None).unwrap();
    moved("the operator removes it", true);
    assert!(!store.offer_columnist_photo(p, "Jane Roe", face_id).unwrap());
    assert!(store.choose_columnist_photo(columnist + 1000, Some(face_id)).is_err());
    moved("an offer the operator's choice refuses; a refused choice", false);
    store.choose_columnist_photo(columnist, Some(face_id)).unwrap();
    moved("the operator sets it", true);

    let lead = ImageFetch::Processed { source_size: (1600, 900), variants: vec![variant("l1", 720)] };
    store.save_image(&image_fetch("https://a.example/lead.jpg", ImagePurpose::Lead, Some(p), lead)).unwrap();
    moved("a lead image processed", true);
    assert_eq!(change_order(), order, "no article's place in the change order moved");
}

conformance!(
    same_article_saved_twice_is_inserted_then_unchanged,
    changed_text_or_metadata_is_an_update_that_keeps_first_seen,
    one_column_reached_by_feed_link_and_by_canonical_url_is_stored_once,
    columnists_are_upserted_one_per_publication_and_name,
    article_without_url_is_rejected,
    update_extraction_replaces_fields_and_keeps_id_keys_and_first_seen,
    raw_page_is_compressed_and_comes_back_byte_for_byte,
    stats_count_everything_by_kind_and_outcome,
    publication_upsert_finds_by_homepage_and_updates_the_rest,
    fetch_log_batch_is_written_whole,
    fetch_outcomes_are_stored_as_their_labels_and_old_labels_still_count,
    feed_upsert_and_state_round_trip,
    raw_pages_are_paged_by_article_id,
    export_warc_writes_one_response_record_per_page,
    readers_see_consistent_snapshots_while_another_thread_writes,
    listings_are_newest_first_filtered_paged_and_counted,
    columnists_have_counts_and_the_newest_column,
    counts_add_up_by_day_and_most_read_ranks_recent_views,
    changed_since_pages_through_changes_in_order_and_sees_updates,
    a_canonical_claiming_another_publications_article_is_kept_apart,
    a_feed_never_moves_between_publications,
    issue_9_credits_are_stored_and_read_back,
    text_heads_are_the_title_and_the_first_bytes_in_the_order_asked,
    cards_and_heads_are_one_read_of_cards_by_id_and_text_heads,
    odd_values_come_back_alike,
    concurrent_writers_store_each_article_once_and_lose_no_count,
    // stories (issue 11)
    stories_hide_copies_and_count_publications_and_countries,
    stories_copy_of_changes_move_an_article_in_change_order,
    stories_byline_from_a_copy_fills_an_agency_original,
    stories_operator_decisions_round_trip,
    stories_articles_by_time_page_in_sort_order,
    issue_13_images_are_one_row_per_url_and_keep_their_sizes_through_failures,
    issue_13_columnist_photos_and_lead_images_reach_cards_and_the_operator_choice_wins,
    issue_13_photo_changes_move_the_display_generation_not_the_change_order,
);

// ---- stories (issue 11) -------------------------------------------------------------------

fn pub_in(store: &dyn Store, host: &str, country: &str) -> Id {
    store
        .upsert_publication(&PublicationRecord {
            name: format!("{host} paper"),
            homepage: format!("https://{host}/"),
            country: Some(country.into()),
            language: None,
        })
        .unwrap()
}

fn story_article(url: &str, author: &str, text: &str, when: &str, lang: &str) -> Article {
    let mut a = column(url, author, text);
    a.published = Some(ts(when));
    a.lang = Some(lang.into());
    a
}

fn assign(article_id: Id, story_id: Id, copy_of: Option<Id>) -> StoryAssignment {
    StoryAssignment { article_id, story_id, copy_of, byline: None, byline_note: None }
}

/// A syndicated column in three papers and a story in two more: copies are left out of listings,
/// counts and search cards, listed as the original's copies; the story counts publications and
/// countries with its copies and articles without them.
fn stories_hide_copies_and_count_publications_and_countries(f: &Fixture) {
    let store = f.store();
    let (uk, ie, us, fr) = (
        pub_in(store, "uk.example", "GB"),
        pub_in(store, "ie.example", "IE"),
        pub_in(store, "us.example", "US"),
        pub_in(store, "fr.example", "FR"),
    );
    let orig = save(
        store,
        uk,
        &story_article("https://uk.example/c", "Ann Col", "Column.", "2026-12-01T08:00:00Z", "en"),
        "uk/c",
    )
    .id();
    let copy1 = save(
        store,
        ie,
        &story_article("https://ie.example/c", "Ann Col", "Column.", "2026-12-01T09:00:00+01:00", "en"),
        "ie/c",
    )
    .id();
    let mut agency = story_article("https://us.example/c", "", "Column.", "2026-12-02T08:00:00Z", "en");
    agency.authors.clear();
    agency.published = None;
    let copy2 = save(store, us, &agency, "us/c").id();
    let news = save(
        store,
        fr,
        &story_article("https://fr.example/n", "Jean", "Reportage.", "2026-12-01T10:00:00Z", "fr"),
        "fr/n",
    )
    .id();
    let lone =
        save(store, fr, &story_article("https://fr.example/l", "Jean", "Autre.", "2026-12-01T11:00:00Z", "fr"), "fr/l")
            .id();
    let before = store.count_cards(&ArticleFilter::default()).unwrap();
    assert_eq!(before, 5);
    assert_eq!(store.story_cursor().unwrap(), None);
    let cursor = ChangeCursor { updated_us: 7, id: lone };
    store
        .save_story_assignments(
            &[
                assign(orig, orig, None),
                assign(copy1, orig, Some(orig)),
                assign(copy2, orig, Some(orig)),
                assign(news, orig, None),
                assign(lone, lone, None),
                assign(9_999_999, 1, None),
            ],
            Some(cursor),
        )
        .unwrap();
    assert_eq!(store.story_cursor().unwrap(), Some(cursor));
    // Listings, counts and cards by id show the column once.
    assert_eq!(store.count_cards(&ArticleFilter::default()).unwrap(), 3);
    let listed: Vec<Id> = store.cards(&ArticleFilter::default(), 0, 10).unwrap().iter().map(|c| c.id).collect();
    assert_eq!(listed, [lone, news, orig]);
    assert_eq!(store.cards_by_id(&[copy1, orig, copy2]).unwrap().iter().map(|c| c.id).collect::<Vec<_>>(), [orig]);
    // The story: its articles without copies, oldest first.
    let cards: Vec<Id> = store.story_cards(orig).unwrap().iter().map(|c| c.id).collect();
    assert_eq!(cards, [orig, news]);
    let row = store.story(orig).unwrap().unwrap();
    assert_eq!((row.articles, row.publications, row.countries, row.languages), (2, 4, 4, 2));
    assert_eq!(row.title.as_deref(), Some("Column at https://uk.example/c"));
    assert_eq!(store.story(12_345_678).unwrap(), None);
    // Ranked by publications; the lone story only when one article is enough.
    let since = ts("2026-11-30T00:00:00Z").instant.as_microsecond();
    let ranked: Vec<Id> = store.stories(since, 2, 10).unwrap().iter().map(|s| s.id).collect();
    assert_eq!(ranked, [orig]);
    let ranked: Vec<Id> = store.stories(since, 1, 10).unwrap().iter().map(|s| s.id).collect();
    assert_eq!(ranked, [orig, lone]);
    assert!(store.stories(ts("2026-12-05T00:00:00Z").instant.as_microsecond(), 1, 10).unwrap().is_empty());
    // Copies, earliest first; the undated one by when it was first seen (2025-01-01).
    let copies = store.article_copies(orig).unwrap();
    assert_eq!(copies.iter().map(|c| c.article_id).collect::<Vec<_>>(), [copy2, copy1]);
    assert_eq!(copies[1].url, "https://ie.example/c");
    assert_eq!(copies[1].publication_name, "ie.example paper");
    assert_eq!(copies[1].country.as_deref(), Some("IE"));
    assert_eq!(copies[1].published, ts("2026-12-01T09:00:00+01:00"));
    assert_eq!(copies[1].published.offset_seconds, 3600);
    assert!(store.article_copies(news).unwrap().is_empty());
    // Assignments read back, unknown ids left out; a re-save replaces.
    let got = store.story_assignments(&[copy2, 9_999_999, orig]).unwrap();
    assert_eq!(got, [assign(copy2, orig, Some(orig)), assign(orig, orig, None)]);
    store.save_story_assignments(&[assign(copy2, copy2, None)], None).unwrap();
    assert_eq!(store.story_cursor().unwrap(), Some(cursor), "no cursor given: the saved one stays");
    assert_eq!(store.article_copies(orig).unwrap().len(), 1);
    assert_eq!(store.count_cards(&ArticleFilter::default()).unwrap(), 4);
}

/// Becoming a copy (or no longer being one) is a change the search indexer sees; a new story id
/// alone is not.
fn stories_copy_of_changes_move_an_article_in_change_order(f: &Fixture) {
    let store = f.store();
    let (uk, ie) = (pub_in(store, "uk.example", "GB"), pub_in(store, "ie.example", "IE"));
    let orig =
        save(store, uk, &story_article("https://uk.example/c", "Ann", "Column.", "2026-12-01T08:00:00Z", "en"), "uk/c")
            .id();
    let copy =
        save(store, ie, &story_article("https://ie.example/c", "Ann", "Column.", "2026-12-01T09:00:00Z", "en"), "ie/c")
            .id();
    let all = store.changed_since(ChangeCursor::default(), 10).unwrap();
    let cursor = ChangeCursor::after(all.last().unwrap());
    let changed = |c: ChangeCursor| store.changed_since(c, 10).unwrap().iter().map(|a| a.id).collect::<Vec<Id>>();
    assert!(changed(cursor).is_empty());
    store.save_story_assignments(&[assign(orig, orig, None), assign(copy, copy, None)], None).unwrap();
    assert!(changed(cursor).is_empty(), "new rows that are no copies change nothing the index holds");
    store.save_story_assignments(&[assign(orig, orig, None), assign(copy, orig, Some(orig))], None).unwrap();
    assert_eq!(changed(cursor), [copy], "the copy is handed out again, the original is not");
    let updated = store.changed_since(cursor, 10).unwrap()[0].updated_at;
    assert!(updated.instant > all.last().unwrap().updated_at.instant);
    let cursor = ChangeCursor::after(&store.changed_since(cursor, 10).unwrap()[0]);
    store.save_story_assignments(&[assign(copy, orig, Some(orig))], None).unwrap();
    assert!(changed(cursor).is_empty(), "the same copy saved again is no change");
    store.save_story_assignments(&[assign(copy, copy, None)], None).unwrap();
    assert_eq!(changed(cursor), [copy], "no longer a copy: handed out again");
    assert_eq!(store.article(copy).unwrap().unwrap().article.text, "Column.", "the content is untouched");
}

/// A copy's person byline stands in for an original that names none.
fn stories_byline_from_a_copy_fills_an_agency_original(f: &Fixture) {
    let store = f.store();
    let p = pub_in(store, "wire.example", "GB");
    let mut wire = column("https://wire.example/1", "", "Text.");
    wire.authors.clear();
    wire.credits = vec!["Reuters".into()];
    let id = save(store, p, &wire, "wire/1").id();
    assert_eq!(store.cards_by_id(&[id]).unwrap()[0].columnist_name, None);
    let row = StoryAssignment {
        byline: Some("Ann Col".into()),
        byline_note: Some("copy 2 names Ann Col; this names Reuters".into()),
        ..assign(id, id, None)
    };
    store.save_story_assignments(std::slice::from_ref(&row), None).unwrap();
    assert_eq!(store.cards_by_id(&[id]).unwrap()[0].columnist_name.as_deref(), Some("Ann Col"));
    assert_eq!(store.story_assignments(&[id]).unwrap(), [row]);
}

/// Operator decisions: stored once per pair whatever the order, the latest link wins, unknown
/// articles and self-pairs refused with nothing written.
fn stories_operator_decisions_round_trip(f: &Fixture) {
    let store = f.store();
    let p = publication(store, "ops.example");
    let ids: Vec<Id> = (0..3)
        .map(|i| save(store, p, &column(&format!("https://ops.example/{i}"), "A", "T."), &format!("ops/{i}")).id())
        .collect();
    let must = |a, b| StoryConstraint { a, b, link: StoryLink::Must };
    let cannot = |a, b| StoryConstraint { a, b, link: StoryLink::Cannot };
    store.add_story_constraints(&[must(ids[1], ids[0]), cannot(ids[2], ids[0])]).unwrap();
    store.add_story_constraints(&[cannot(ids[0], ids[1])]).unwrap();
    assert_eq!(store.story_constraints().unwrap(), [cannot(ids[0], ids[1]), cannot(ids[0], ids[2])]);
    assert!(matches!(
        store.add_story_constraints(&[must(ids[1], ids[2]), must(ids[0], 9_999_999)]),
        Err(StoreError::InvalidInput(_))
    ));
    assert!(matches!(store.add_story_constraints(&[must(ids[1], ids[1])]), Err(StoreError::InvalidInput(_))));
    assert_eq!(store.story_constraints().unwrap().len(), 2, "a refused batch writes nothing");
}

/// The stage's replay order: by publication (else first-seen) time, then id, from a time on.
fn stories_articles_by_time_page_in_sort_order(f: &Fixture) {
    let store = f.store();
    let p = publication(store, "time.example");
    let late =
        save(store, p, &story_article("https://time.example/a", "A", "A.", "2026-12-03T00:00:00Z", "en"), "t/a").id();
    let early =
        save(store, p, &story_article("https://time.example/b", "A", "B.", "2026-12-01T00:00:00Z", "en"), "t/b").id();
    let old =
        save(store, p, &story_article("https://time.example/c", "A", "C.", "2020-01-01T00:00:00Z", "en"), "t/c").id();
    let all: Vec<Id> = store.articles_by_time(i64::MIN, TimeCursor::START, 10).unwrap().iter().map(|a| a.id).collect();
    assert_eq!(all, [old, early, late]);
    let since = ts("2026-01-01T00:00:00Z").instant.as_microsecond();
    let first = store.articles_by_time(since, TimeCursor::START, 1).unwrap();
    assert_eq!(first.iter().map(|a| a.id).collect::<Vec<_>>(), [early]);
    let next = store.articles_by_time(since, TimeCursor::after(&first[0]), 10).unwrap();
    assert_eq!(next.iter().map(|a| a.id).collect::<Vec<_>>(), [late]);
}

// ---- PostgreSQL only: migrations, connections ---------------------------------------------

#[test]
fn pg_fresh_schema_is_migrated_and_reopening_changes_nothing() {
    let Some(base) = support::pg_url("pg_fresh_schema_is_migrated_and_reopening_changes_nothing") else { return };
    let schema = support::PgSchema::new(&base);
    let store = PgStore::open(&schema.url(), &PgOptions::default()).unwrap();
    assert_eq!(schema.strings("SELECT version::text FROM schema_version"), [PgStore::schema_version().to_string()]);
    publication(&store, "a.example");
    drop(store);
    let again = colonnade_store::open(&StoreLocation::parse(&schema.url())).unwrap();
    assert_eq!(again.stats().unwrap().publications, 1);
    let tables = schema.strings(
        "SELECT string_agg(table_name, ',' ORDER BY table_name) FROM information_schema.tables \
         WHERE table_schema = current_schema()",
    );
    for table in [
        "article_stories",
        "article_urls",
        "articles",
        "columnists",
        "counters",
        "feeds",
        "fetch_log",
        "hosts",
        "raw_pages",
        "story_constraints",
    ] {
        assert!(tables[0].split(',').any(|t| t == table), "{table} in {tables:?}");
    }
}

#[test]
fn pg_database_from_a_newer_version_is_refused_and_left_alone() {
    let Some(base) = support::pg_url("pg_database_from_a_newer_version_is_refused_and_left_alone") else { return };
    let schema = support::PgSchema::new(&base);
    schema.exec(
        "CREATE TABLE schema_version (singleton BOOLEAN PRIMARY KEY DEFAULT TRUE, version BIGINT NOT NULL); \
         INSERT INTO schema_version (version) VALUES (99)",
    );
    match PgStore::open(&schema.url(), &PgOptions::default()) {
        Err(StoreError::TooNew { found, known }) => assert_eq!((found, known), (99, PgStore::schema_version())),
        other => panic!("expected TooNew, got {other:?}"),
    }
    assert_eq!(schema.strings("SELECT version::text FROM schema_version"), ["99"]);
    assert_eq!(schema.strings("SELECT count(*)::text FROM pg_tables WHERE schemaname = current_schema()"), ["1"]);
}

#[test]
fn pg_bad_urls_and_unreachable_servers_are_clear_errors() {
    let err = PgStore::open("postgres://u@[not a host/db", &PgOptions::default()).unwrap_err();
    assert!(matches!(err, StoreError::InvalidInput(_)), "{err:?}");
    // Nothing listens on this socket.
    let dir = tempfile::tempdir().unwrap();
    let url = format!("postgresql://colonnade:s3cret@localhost/db?host={}&port=1", dir.path().display());
    let err = PgStore::open(&url, &PgOptions::default()).unwrap_err();
    let chain = error_chain(&err);
    let StoreError::Connect { target, .. } = &err else { panic!("{chain}") };
    assert!(target.starts_with("postgresql://colonnade:***@localhost/db"), "{target}");
    assert!(!chain.contains("s3cret"), "{chain}");
    assert!(chain.starts_with("cannot connect to the PostgreSQL server: error connecting to server: "), "{chain}");
    assert!(chain.contains("No such file or directory"), "the cause is printed: {chain}");
    assert_once(&chain);
    let Some(base) = support::pg_url("pg_bad_urls_and_unreachable_servers_are_clear_errors") else { return };
    // A server that answers, with a database that does not exist: the server's own words.
    let missing = base.replacen("/colonnade", "/no_such_database", 1);
    let err = PgStore::open(&missing, &PgOptions::default()).unwrap_err();
    let chain = error_chain(&err);
    assert!(chain.contains("no_such_database") && chain.contains("3D000"), "{chain}");
    assert_once(&chain);
}

/// Each link of the chain as `{:#}` prints it, joined by ": ".
fn error_chain(err: &(dyn std::error::Error + 'static)) -> String {
    let mut links = vec![err.to_string()];
    let mut next = err.source();
    while let Some(e) = next {
        links.push(e.to_string());
        next = e.source();
    }
    links.join(": ")
}

fn assert_once(chain: &str) {
    let mut seen = std::collections::HashSet::new();
    for segment in chain.split(": ") {
        assert!(seen.insert(segment), "{segment:?} comes twice in {chain}");
    }
}

#[test]
fn pg_query_errors_name_the_operation_and_read_once() {
    let Some(f) = Fixture::postgres("pg_query_errors_name_the_operation_and_read_once") else { return };
    f.exec("DROP TABLE fetch_log");
    let entry = FetchLogEntry {
        url: "https://a.example/".into(),
        host: "a.example".into(),
        status: None,
        bytes: 0,
        duration_ms: 1,
        outcome: FetchOutcome::Ok,
        error: None,
        at: ts("2025-01-01T00:00:00Z"),
    };
    let err = f.store().log_fetches(&[entry]).unwrap_err();
    let chain = error_chain(&err);
    assert!(chain.starts_with("database error while logging fetches: ERROR 42P01: relation"), "{chain}");
    assert_once(&chain);
}

// ---- store copy ---------------------------------------------------------------------------

/// A SQLite store with some of everything: feeds with state, columnists, articles with aliases
/// and pages, a fetch log and counters longer than one copy batch.
fn filled_sqlite(dir: &Path) -> SqliteStore {
    let store = SqliteStore::open(dir).unwrap();
    let p = publication(&store, "a.example");
    let q = publication(&store, "b.example");
    let feed = store.upsert_feed(p, "https://a.example/feed", SourceKind::Rss).unwrap();
    store.upsert_feed(q, "https://b.example/sitemap.xml", SourceKind::Sitemap).unwrap();
    store
        .update_feed(
            feed,
            &FeedState {
                etag: Some("\"e\"".into()),
                last_modified: Some("Wed, 01 May 2024 07:30:00 GMT".into()),
                last_fetch_at: Some(ts("2025-01-01T00:00:00Z")),
                next_fetch_at: Some(ts("2025-01-01T01:00:00Z")),
                interval_secs: 3600,
                failures: 1,
                last_status: Some(200),
                last_error: None,
                items_seen: 12,
                new_items_seen: 3,
            },
        )
        .unwrap();
    let mut ids = Vec::new();
    for i in 0..60 {
        let id =
            save_with_page(&store, if i % 3 == 0 { q } else { p }, i, &page_body(i, 2_000), ts("2025-01-02T00:00:00Z"));
        store
            .save_article(&NewArticle {
                publication_id: if i % 3 == 0 { q } else { p },
                article: &column(&format!("https://a.example/{i}"), "Jane Roe", &format!("Text {i}.")),
                url_key: &format!("alias/{i}"),
                alt_url_keys: &[],
                raw: None,
                seen_at: ts("2025-01-02T00:00:00Z"),
            })
            .unwrap();
        ids.push(id);
    }
    let deltas: Vec<CountDelta> = (0..2_500)
        .map(|k| CountDelta {
            article_id: ids[k % ids.len()],
            day: 19_000 + (k / ids.len()) as i64,
            views: 2,
            likes: k as u64 % 2,
        })
        .collect();
    store.add_counts(&deltas).unwrap();
    let entries: Vec<FetchLogEntry> = (0..4_500)
        .map(|i| FetchLogEntry {
            url: format!("https://a.example/{i}"),
            host: "a.example".into(),
            status: Some(200),
            bytes: i,
            duration_ms: 3,
            outcome: if i % 10 == 0 { FetchOutcome::NotModified } else { FetchOutcome::Ok },
            error: None,
            at: ts("2025-01-01T00:00:00Z"),
        })
        .collect();
    store.log_fetches(&entries).unwrap();
    let face = ImageFetch::Processed { source_size: (200, 200), variants: vec![variant("f1", 96), variant("f2", 192)] };
    let image =
        store.save_image(&image_fetch("https://a.example/jane.jpg", ImagePurpose::Face, Some(p), face)).unwrap();
    assert!(store.offer_columnist_photo(p, "Jane Roe", image).unwrap());
    store
}

/// Everything the trait can read, for comparing two stores.
fn everything(store: &dyn Store) -> String {
    let filter = ArticleFilter::default();
    format!(
        "{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}",
        store.stats().unwrap(),
        store.publications().unwrap(),
        store.feeds().unwrap(),
        store.articles(0, 10_000).unwrap(),
        store.raw_pages(0, 10_000).unwrap(),
        store.cards(&filter, 0, 10_000).unwrap(),
        store.columnists(None).unwrap(),
        store.most_read(&filter, 0, 10_000).unwrap(),
        store.images(0, 10_000).unwrap(),
    )
}

#[test]
fn store_copy_moves_everything_into_postgres_and_resumes_after_an_interruption() {
    let Some(base) = support::pg_url("store_copy_moves_everything_into_postgres_and_resumes_after_an_interruption")
    else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let source = filled_sqlite(dir.path());
    let schema = support::PgSchema::new(&base);
    let (from, to) = (StoreLocation::Sqlite(dir.path().to_owned()), StoreLocation::Postgres(schema.url()));

    // Stopped in the middle of the fetch log, as a kill would stop it.
    let mut seen = Vec::new();
    let first = copy_store(&from, &to, &mut |p| {
        seen.push((p.table, p.copied, p.total));
        if p.table == "fetch_log" && p.copied == 2_000 { ControlFlow::Break(()) } else { ControlFlow::Continue(()) }
    })
    .unwrap();
    assert!(!first.complete && !first.resumed);
    assert!(seen.contains(&("articles", 60, 60)) && seen.contains(&("fetch_log", 2_000, 4_500)), "{seen:?}");
    assert_eq!(schema.strings("SELECT count(*)::text FROM fetch_log"), ["2000"]);

    let mut resumed_at = None;
    let second = copy_store(&from, &to, &mut |p| {
        resumed_at.get_or_insert((p.table, p.copied));
        ControlFlow::Continue(())
    })
    .unwrap();
    assert!(second.complete && second.resumed, "{second:?}");
    assert_eq!(resumed_at, Some(("fetch_log", 4_000)), "the fetch log's first batch is not copied again");
    for (table, in_source, in_target) in &second.tables {
        assert_eq!(in_source, in_target, "{table}");
    }
    let target = colonnade_store::open(&to).unwrap();
    assert_eq!(everything(&source), everything(target.as_ref()));
    assert_eq!(target.counts(1).unwrap(), source.counts(1).unwrap());
    for i in [0, 17, 59] {
        let key = format!("alias/{i}");
        assert_eq!(target.article_id_by_url_key(&key).unwrap(), source.article_id_by_url_key(&key).unwrap());
    }

    // Ids go on after the copied ones.
    let p = target.publications().unwrap()[0].id;
    let new = save(target.as_ref(), p, &column("https://a.example/new", "New Writer", "New."), "a.example/new");
    assert!(matches!(new, SaveOutcome::Inserted(id) if id > 60), "{new:?}");
    target.log_fetches(&[]).unwrap();

    // Running it again finds everything copied; a target holding other data is refused.
    assert!(
        copy_store(&from, &to, &mut |_| ControlFlow::Continue(())).unwrap_err().to_string().contains("counts differ")
    );
    let other = tempfile::tempdir().unwrap();
    filled_sqlite(other.path());
    let err = copy_store(&StoreLocation::Sqlite(other.path().to_owned()), &to, &mut |_| ControlFlow::Continue(()))
        .unwrap_err()
        .to_string();
    assert!(err.contains("holds a copy from"), "{err}");
}

#[test]
fn store_copy_refuses_what_it_cannot_do() {
    let dir = tempfile::tempdir().unwrap();
    let to_dir = StoreLocation::Sqlite(dir.path().join("other"));
    let err = copy_store(&StoreLocation::Sqlite(dir.path().to_owned()), &to_dir, &mut |_| ControlFlow::Continue(()));
    assert!(err.unwrap_err().to_string().contains("only PostgreSQL can be copied into"));
    let Some(base) = support::pg_url("store_copy_refuses_what_it_cannot_do") else { return };
    let schema = support::PgSchema::new(&base);
    let to = StoreLocation::Postgres(schema.url());
    let err = copy_store(&StoreLocation::Sqlite(dir.path().join("missing")), &to, &mut |_| ControlFlow::Continue(()));
    assert!(err.unwrap_err().to_string().contains("there is no store at"));
    assert!(!dir.path().join("missing").exists(), "a missing source is not created");
    // A target that already holds a store of its own.
    let target = PgStore::open(&schema.url(), &PgOptions::default()).unwrap();
    publication(&target, "x.example");
    filled_sqlite(dir.path());
    let err = copy_store(&StoreLocation::Sqlite(dir.path().to_owned()), &to, &mut |_| ControlFlow::Continue(()));
    assert!(err.unwrap_err().to_string().contains("already holds data (1 publications"));
}

const COPY_CHILD_ENV: &str = "COLONNADE_STORE_COPY_CHILD";

/// Not a test on its own: the child process of `store_copy_resumes_after_sigkill`. It copies the
/// store named in its environment ("DIR URL"), printing each batch and pausing after it.
#[test]
#[ignore = "child process of store_copy_resumes_after_sigkill"]
fn copy_child_copies_until_killed() {
    let Some(spec) = std::env::var_os(COPY_CHILD_ENV) else { return };
    let spec = spec.into_string().unwrap();
    let (dir, url) = spec.split_once(' ').unwrap();
    let mut out = std::io::stdout();
    copy_store(&StoreLocation::Sqlite(dir.into()), &StoreLocation::Postgres(url.into()), &mut |p| {
        std::io::Write::write_all(&mut out, format!("batch {} {}\n", p.table, p.copied).as_bytes()).unwrap();
        std::io::Write::flush(&mut out).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(30));
        ControlFlow::Continue(())
    })
    .unwrap();
}

/// `store copy` killed with SIGKILL in the middle of a table: run again, it resumes and the
/// target ends up equal to the source.
#[test]
fn store_copy_resumes_after_sigkill() {
    let Some(base) = support::pg_url("store_copy_resumes_after_sigkill") else { return };
    let dir = tempfile::tempdir().unwrap();
    let source = filled_sqlite(dir.path());
    let schema = support::PgSchema::new(&base);
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["--ignored", "--exact", "copy_child_copies_until_killed", "--nocapture", "--test-threads=1"])
        .env(COPY_CHILD_ENV, format!("{} {}", dir.path().display(), schema.url()))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    loop {
        line.clear();
        assert!(stdout.read_line(&mut line).unwrap() > 0, "the child ended before the fetch log");
        if line.trim() == "batch fetch_log 2000" {
            break;
        }
    }
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
    let copied: u64 = schema.strings("SELECT count(*)::text FROM fetch_log")[0].parse().unwrap();
    assert!((2_000..4_500).contains(&copied), "killed mid-table: {copied} of 4500 fetch-log rows");

    let to = StoreLocation::Postgres(schema.url());
    let summary =
        copy_store(&StoreLocation::Sqlite(dir.path().to_owned()), &to, &mut |_| ControlFlow::Continue(())).unwrap();
    assert!(summary.complete && summary.resumed, "{summary:?}");
    let target = colonnade_store::open(&to).unwrap();
    assert_eq!(everything(&source), everything(target.as_ref()));
}

// ---- several crawl nodes on one store (issue 12): PostgreSQL's coordination ----------------

/// Two crawl nodes: two stores (two connection pools) on one database.
fn pg_nodes(test: &str) -> Option<(support::PgSchema, PgStore, PgStore)> {
    let base = support::pg_url(test)?;
    let schema = support::PgSchema::new(&base);
    let a = PgStore::open(&schema.url(), &PgOptions::default()).unwrap();
    let b = PgStore::open(&schema.url(), &PgOptions::default()).unwrap();
    Some((schema, a, b))
}

const LONG: std::time::Duration = std::time::Duration::from_secs(3600);
const NONE: std::time::Duration = std::time::Duration::ZERO;

#[test]
fn issue_12_only_postgres_coordinates_crawl_nodes() {
    let dir = tempfile::tempdir().unwrap();
    assert!(SqliteStore::open(dir.path()).unwrap().coordination().is_none());
}

#[test]
fn issue_12_pg_each_feed_is_leased_to_one_node_until_the_lease_ends() {
    let Some((_schema, a, b)) = pg_nodes("issue_12_pg_each_feed_is_leased_to_one_node_until_the_lease_ends") else {
        return;
    };
    let p = publication(&a, "lease.example");
    let ids: Vec<Id> =
        (0..3).map(|i| a.upsert_feed(p, &format!("https://lease.example/{i}.xml"), SourceKind::Rss).unwrap()).collect();
    let (ca, cb) = (a.coordination().unwrap(), b.coordination().unwrap());
    let first = ca.lease_feed("A", LONG, None).unwrap().unwrap();
    let second = cb.lease_feed("B", LONG, None).unwrap().unwrap();
    let third = ca.lease_feed("A", LONG, None).unwrap().unwrap();
    let mut leased = vec![first.id, second.id, third.id];
    leased.sort_unstable();
    assert_eq!(leased, ids, "each feed once");
    assert_eq!(cb.lease_feed("B", LONG, None).unwrap(), None, "all held");

    // Only the holder saves a leased feed's state; saving ends the lease.
    let later = Timestamp::new(jiff::Timestamp::now() + jiff::SignedDuration::from_hours(1), 0);
    let state = FeedState {
        next_fetch_at: Some(later),
        last_fetch_at: Some(Timestamp::new(jiff::Timestamp::now(), 0)),
        etag: Some("\"e\"".into()),
        ..FeedState::default()
    };
    assert!(!cb.finish_feed("B", first.id, &state).unwrap(), "not B's");
    assert!(ca.finish_feed("A", first.id, &state).unwrap());
    let saved = a.feeds().unwrap().into_iter().find(|f| f.id == first.id).unwrap();
    assert_eq!(saved.state.etag.as_deref(), Some("\"e\""));
    // Not due again: nobody takes it, unless a cycle asks for every feed not fetched since it began.
    assert_eq!(cb.lease_feed("B", LONG, None).unwrap(), None);
    let after_fetch = Timestamp::new(jiff::Timestamp::now() + jiff::SignedDuration::from_secs(1), 0);
    assert_eq!(cb.lease_feed("B", LONG, Some(after_fetch)).unwrap().map(|f| f.id), Some(first.id));

    // A lease that is not renewed ends: a node that died gives its feeds back. Renewed, it holds.
    assert!(ca.finish_feed("A", third.id, &FeedState::default()).unwrap());
    let short = ca.lease_feed("A", NONE, None).unwrap().unwrap();
    assert_eq!(short.id, third.id);
    assert_eq!(ca.renew("A", NONE).unwrap(), 1);
    assert_eq!(cb.lease_feed("B", LONG, None).unwrap().map(|f| f.id), Some(third.id), "taken over");
    assert!(!ca.finish_feed("A", third.id, &FeedState::default()).unwrap(), "A lost it");
    assert_eq!(cb.renew("B", LONG).unwrap(), 3);
    // next_free: the soonest a feed is free; all are held for an hour now.
    let next = ca.next_free().unwrap().unwrap();
    assert!(next.instant > jiff::Timestamp::now() + jiff::SignedDuration::from_mins(59), "{next:?}");
    cb.release_all("B").unwrap();
    assert!(ca.next_free().unwrap().unwrap().instant <= jiff::Timestamp::now(), "B's feeds are free again");
    assert!(ca.lease_feed("A", LONG, None).unwrap().is_some());
}

#[test]
fn issue_12_pg_one_request_per_host_and_the_gap_across_nodes() {
    use colonnade_store::HostTurn;
    let Some((_schema, a, b)) = pg_nodes("issue_12_pg_one_request_per_host_and_the_gap_across_nodes") else {
        return;
    };
    let (ca, cb) = (a.coordination().unwrap(), b.coordination().unwrap());
    let h = "news.example";
    assert_eq!(ca.take_host(h, "A", 1, NONE, LONG).unwrap(), HostTurn::Taken);
    let HostTurn::Wait(wait) = cb.take_host(h, "B", 1, NONE, LONG).unwrap() else { panic!("A holds it") };
    assert!(wait >= std::time::Duration::from_millis(5) && wait <= LONG, "{wait:?}");
    ca.release_host(h, "A", 1, NONE, NONE).unwrap();
    assert_eq!(cb.take_host(h, "B", 1, NONE, LONG).unwrap(), HostTurn::Taken);
    assert!(matches!(ca.take_host(h, "A", 2, NONE, LONG).unwrap(), HostTurn::Wait(_)), "B holds it");
    // B's response came; the next request waits the delay from then.
    b.coordination().unwrap().release_host(h, "B", 1, NONE, LONG).unwrap();
    let HostTurn::Wait(wait) = ca.take_host(h, "A", 2, NONE, LONG).unwrap() else { panic!("the gap") };
    assert!(wait > std::time::Duration::from_secs(3500), "{wait:?}");
    // Other hosts are not held up.
    assert_eq!(ca.take_host("other.example", "A", 3, NONE, LONG).unwrap(), HostTurn::Taken);

    // A holder that does not release within its hold (it died) loses the host; its late release
    // does not free the new holder's turn.
    let g = "slow.example";
    assert_eq!(ca.take_host(g, "A", 4, NONE, NONE).unwrap(), HostTurn::Taken);
    assert_eq!(cb.take_host(g, "B", 2, NONE, LONG).unwrap(), HostTurn::Taken);
    ca.release_host(g, "A", 4, NONE, NONE).unwrap();
    assert!(matches!(ca.take_host(g, "A", 5, NONE, LONG).unwrap(), HostTurn::Wait(_)));
    // A node's own finished request (released a moment later) does not hold up its next one.
    cb.release_host(g, "B", 2, NONE, NONE).unwrap();
    assert_eq!(cb.take_host(g, "B", 3, NONE, LONG).unwrap(), HostTurn::Taken);
    assert_eq!(cb.take_host(g, "B", 4, NONE, LONG).unwrap(), HostTurn::Taken);
}

#[test]
fn issue_12_pg_an_article_is_claimed_by_one_node_at_a_time() {
    let Some((_schema, a, b)) = pg_nodes("issue_12_pg_an_article_is_claimed_by_one_node_at_a_time") else {
        return;
    };
    let (ca, cb) = (a.coordination().unwrap(), b.coordination().unwrap());
    assert!(ca.claim_article("A", "x.example/1", LONG).unwrap());
    assert!(!cb.claim_article("B", "x.example/1", LONG).unwrap());
    assert!(ca.claim_article("A", "x.example/1", LONG).unwrap(), "A's own claim");
    ca.release_claims("A", &["x.example/1".to_owned()]).unwrap();
    assert!(cb.claim_article("B", "x.example/1", LONG).unwrap());
    // An unrenewed claim lapses.
    assert!(ca.claim_article("A", "x.example/2", NONE).unwrap());
    assert!(cb.claim_article("B", "x.example/2", LONG).unwrap());
    // A renewed one holds; a node leaving gives its claims back.
    assert!(ca.claim_article("A", "x.example/3", NONE).unwrap());
    ca.renew("A", LONG).unwrap();
    assert!(!cb.claim_article("B", "x.example/3", LONG).unwrap());
    ca.release_all("A").unwrap();
    assert!(cb.claim_article("B", "x.example/3", LONG).unwrap());
}

/// Issue 12: nodes started together on an empty database migrate it once between them. (A
/// transaction opened before waiting for another node's migration used to look `schema_version`
/// up in a stale catalog cache and apply 0001 again: "relation schema_version already exists".)
#[test]
fn issue_12_pg_nodes_starting_at_once_migrate_once() {
    let Some(base) = support::pg_url("issue_12_pg_nodes_starting_at_once_migrate_once") else { return };
    for _ in 0..3 {
        let schema = support::PgSchema::new(&base);
        let url = schema.url();
        let opened: Vec<_> = (0..4)
            .map(|_| {
                let url = url.clone();
                std::thread::spawn(move || PgStore::open(&url, &PgOptions::default()).map(|_| ()))
            })
            .collect();
        for node in opened {
            node.join().unwrap().unwrap();
        }
        assert_eq!(schema.strings("SELECT version::text FROM schema_version"), [PgStore::schema_version().to_string()]);
    }
}

// ---- several serve nodes on one store (issue 12): one salt, each visitor key counted once ----

#[test]
fn issue_12_only_postgres_shares_visits_between_serve_nodes() {
    let dir = tempfile::tempdir().unwrap();
    assert!(SqliteStore::open(dir.path()).unwrap().visits().is_none());
}

fn visit(day: i64, key: i64, article_id: Id, like: bool) -> Visit {
    Visit { day, key, article_id, like }
}

#[test]
fn issue_12_pg_serve_nodes_share_the_day_salt_and_count_each_visitor_key_once() {
    let Some((schema, a, b)) = pg_nodes("issue_12_pg_serve_nodes_share_the_day_salt_and_count_each_visitor_key_once")
    else {
        return;
    };
    let (va, vb) = (a.visits().unwrap(), b.visits().unwrap());
    // The first node's salt is the day's salt for every node.
    assert_eq!(va.visitor_salt(20_000, [1; 16]).unwrap(), [1; 16]);
    assert_eq!(vb.visitor_salt(20_000, [2; 16]).unwrap(), [1; 16]);
    let p = publication(&a, "visits.example");
    let id = save(&a, p, &column("https://visits.example/1", "Ann Lee", "One."), "visits.example/1").id();
    let other = save(&a, p, &column("https://visits.example/2", "Ann Lee", "Two."), "visits.example/2").id();

    let start = vb.counts_changed(None).unwrap();
    assert!(start.totals.is_empty());
    // A view and a like on node a; the same visitor's view on node b counts nothing, another's does.
    assert_eq!(va.add_visits(&[visit(20_000, 11, id, false), visit(20_000, 12, id, true)]).unwrap(), [true, true]);
    assert_eq!(
        vb.add_visits(&[visit(20_000, 11, id, false), visit(20_000, 13, id, false), visit(20_000, 13, id, false)])
            .unwrap(),
        [false, true, false],
        "a key counts once, even twice in one batch"
    );
    // A flush sent again (its answer was lost) adds nothing; an article that is gone is dropped.
    assert_eq!(
        va.add_visits(&[visit(20_000, 12, id, true), visit(20_000, 14, 999_999, false)]).unwrap(),
        [false, false]
    );
    // The same key on another day is another visit.
    assert_eq!(va.add_visits(&[visit(20_001, 11, other, false)]).unwrap(), [true]);
    assert_eq!(a.counts(id).unwrap(), Counts { views: 2, likes: 1 });
    assert_eq!(b.counts(other).unwrap(), Counts { views: 1, likes: 0 });
    // Node b learns the totals node a wrote.
    let changed = vb.counts_changed(Some(start.cursor)).unwrap();
    let mut totals = changed.totals.clone();
    totals.sort_by_key(|t| t.0);
    assert_eq!(totals, [(id, Counts { views: 2, likes: 1 }), (other, Counts { views: 1, likes: 0 })]);
    assert!(changed.cursor >= start.cursor);

    // A new day: a new salt, yesterday's is gone (its keys can no longer be tied to anyone) and
    // keys older than yesterday with it.
    assert_eq!(vb.visitor_salt(20_002, [3; 16]).unwrap(), [3; 16]);
    assert_eq!(schema.strings("SELECT string_agg(day::text, ',') FROM visitor_salts"), ["20002"]);
    assert_eq!(schema.strings("SELECT string_agg(DISTINCT day::text, ',') FROM visitor_keys"), ["20001"]);
}

#[test]
fn issue_12_pg_two_nodes_flushing_at_once_lose_no_count_and_double_none() {
    let Some((_schema, a, b)) = pg_nodes("issue_12_pg_two_nodes_flushing_at_once_lose_no_count_and_double_none") else {
        return;
    };
    let p = publication(&a, "flush.example");
    let ids: Vec<Id> = (0..5)
        .map(|i| {
            let url = format!("https://flush.example/{i}");
            save(&a, p, &column(&url, "Ann Lee", &format!("Text {i}.")), &format!("flush.example/{i}")).id()
        })
        .collect();
    let (a, b) = (Arc::new(a), Arc::new(b));
    // Four flushers, two per node, each flushing 60 batches of 20 visits at once. Visitors 0..600
    // are seen by every flusher (each node counted them), 600.. by one flusher only.
    let flushers: Vec<_> = (0..4)
        .map(|t| {
            let store = if t % 2 == 0 { Arc::clone(&a) } else { Arc::clone(&b) };
            let ids = ids.clone();
            std::thread::spawn(move || {
                let mut counted = 0;
                for batch in 0..60 {
                    let visits: Vec<Visit> = (0..20)
                        .map(|i| {
                            let n = batch * 20 + i;
                            let key = if n % 2 == 0 { n / 2 } else { 600 + t * 10_000 + n };
                            visit(20_000, key, ids[(key % 5) as usize], key % 7 == 0)
                        })
                        .collect();
                    counted += store.visits().unwrap().add_visits(&visits).unwrap().iter().filter(|c| **c).count();
                }
                counted
            })
        })
        .collect();
    let counted: usize = flushers.into_iter().map(|t| t.join().unwrap()).sum();
    // 600 shared visitors once, and 4 × 600 visitors seen by one flusher each.
    assert_eq!(counted, 600 + 4 * 600);
    let total = ids
        .iter()
        .map(|id| a.counts(*id).unwrap())
        .fold(Counts::default(), |s, c| Counts { views: s.views + c.views, likes: s.likes + c.likes });
    assert_eq!(total.views + total.likes, 3000, "{total:?}");
}

// ---- PostgreSQL: a connection cut in the middle of a write (issue 12) ----------------------

/// Saves one column with its page on `store` in a thread of its own.
fn save_in_thread(store: Arc<PgStore>, p: Id) -> std::thread::JoinHandle<Result<SaveOutcome, StoreError>> {
    std::thread::spawn(move || {
        let url = "https://cut.example/1";
        let headers = vec![("Content-Type".to_string(), "text/html".to_string())];
        store.save_article(&NewArticle {
            publication_id: p,
            article: &column(url, "Jane Roe", "Cut short."),
            url_key: url,
            alt_url_keys: &[],
            raw: Some(RawPage {
                url,
                status: 200,
                headers: &headers,
                body: b"<p>Cut short.</p>",
                fetched_at: ts("2025-01-01T00:00:00Z"),
                evidence: None,
            }),
            seen_at: ts("2025-01-01T00:00:00Z"),
        })
    })
}

/// Another session holds an uncommitted alias for the column's URL key, so a save waits on it
/// inside its transaction (when it records its keys, after writing its columnist and article rows);
/// then the save's backend is terminated (as a server restart or a cut network does). Returns the
/// save's result once the other session has rolled back.
fn save_cut_mid_write(schema: &support::PgSchema, store: Arc<PgStore>, p: Id) -> Result<SaveOutcome, StoreError> {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        let (locker, connection) = tokio_postgres::connect(&schema.url(), tokio_postgres::NoTls).await.unwrap();
        tokio::spawn(connection);
        locker
            .batch_execute(&format!(
                "BEGIN; \
                 WITH a AS (INSERT INTO articles (publication_id, url, url_key, kind, text, html, excerpt, word_count, \
                   confidence, content_hash, first_seen_us, updated_us) \
                   VALUES ({p}, 'https://cut.example/other', 'cut.example/other', 'news', '', '', '', 0, 0, 0, 0, 0) \
                   RETURNING id) \
                 INSERT INTO article_urls (url_key, article_id) SELECT 'https://cut.example/1', id FROM a"
            ))
            .await
            .unwrap();
        let saving = save_in_thread(store, p);
        // The backend our uncommitted rows hold up (tests running at once each hold their own). It
        // waits when it records its keys, or earlier (PostgreSQL may make a writer wait for a
        // transaction whose rows its checks meet): either way inside its transaction.
        let waiting = "SELECT pid FROM pg_stat_activity WHERE pg_backend_pid() = ANY(pg_blocking_pids(pid))";
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        let pid: i32 = loop {
            if let Some(row) = locker.query_opt(waiting, &[]).await.unwrap() {
                break row.get(0);
            }
            assert!(std::time::Instant::now() < deadline, "the save never waited on the other session");
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        };
        locker.query_one("SELECT pg_terminate_backend($1)", &[&pid]).await.unwrap();
        // Long enough for a store that reconnects to be waiting on the key again.
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        locker.batch_execute("ROLLBACK").await.unwrap();
        saving.join().unwrap()
    })
}

fn written(schema: &support::PgSchema) -> Vec<String> {
    ["articles", "columnists", "article_urls", "raw_pages"]
        .iter()
        .flat_map(|t| schema.strings(&format!("SELECT '{t} ' || count(*) FROM {t}")))
        .collect()
}

#[test]
fn issue_12_pg_a_connection_cut_mid_write_is_a_clear_error_and_leaves_nothing_half_written() {
    let test = "issue_12_pg_a_connection_cut_mid_write_is_a_clear_error_and_leaves_nothing_half_written";
    let Some(base) = support::pg_url(test) else { return };
    let schema = support::PgSchema::new(&base);
    let options = PgOptions { reconnect_for: std::time::Duration::ZERO, ..PgOptions::default() };
    let store = Arc::new(PgStore::open(&schema.url(), &options).unwrap());
    let p = publication(store.as_ref(), "cut.example");
    let err = save_cut_mid_write(&schema, Arc::clone(&store), p).unwrap_err();
    let chain = error_chain(&err);
    assert!(
        chain.starts_with("database error while ") || chain.starts_with("lost the connection to the database while"),
        "{chain}"
    );
    assert!(chain.contains(": FATAL 57P01: terminating connection due to administrator command"), "{chain}");
    assert_once(&chain);
    assert_eq!(written(&schema), ["articles 0", "columnists 0", "article_urls 0", "raw_pages 0"]);
    // The store goes on with a new connection.
    assert_eq!(store.stats().unwrap().publications, 1);
}

#[test]
fn issue_12_pg_a_write_whose_connection_was_cut_runs_again_on_a_new_one() {
    let test = "issue_12_pg_a_write_whose_connection_was_cut_runs_again_on_a_new_one";
    let Some(base) = support::pg_url(test) else { return };
    let schema = support::PgSchema::new(&base);
    let store = Arc::new(PgStore::open(&schema.url(), &PgOptions::default()).unwrap());
    let p = publication(store.as_ref(), "cut.example");
    assert!(matches!(save_cut_mid_write(&schema, Arc::clone(&store), p), Ok(SaveOutcome::Inserted(_))));
    assert_eq!(written(&schema), ["articles 1", "columnists 1", "article_urls 1", "raw_pages 1"]);
}

#[test]
fn issue_12_pg_robots_txt_is_shared_until_it_expires() {
    let Some((_schema, a, b)) = pg_nodes("issue_12_pg_robots_txt_is_shared_until_it_expires") else { return };
    let (ca, cb) = (a.coordination().unwrap(), b.coordination().unwrap());
    let origin = "https://robots.example";
    assert_eq!(cb.robots(origin).unwrap(), None);
    let file = RobotsTxt::File(b"User-agent: *\nDisallow: /private/\n".to_vec());
    ca.save_robots(origin, &file, std::time::Duration::from_secs(3600)).unwrap();
    let (found, left) = cb.robots(origin).unwrap().unwrap();
    assert_eq!(found, file);
    assert!(left > std::time::Duration::from_secs(3590) && left <= std::time::Duration::from_secs(3600), "{left:?}");
    // Replaced by the next fetch; one that has expired is not given.
    ca.save_robots(origin, &RobotsTxt::Disallow, std::time::Duration::from_secs(300)).unwrap();
    assert_eq!(cb.robots(origin).unwrap().map(|r| r.0), Some(RobotsTxt::Disallow));
    ca.save_robots(origin, &RobotsTxt::Allow, NONE).unwrap();
    assert_eq!(cb.robots(origin).unwrap(), None);
    assert_eq!(cb.robots("https://other.example").unwrap(), None);
}
