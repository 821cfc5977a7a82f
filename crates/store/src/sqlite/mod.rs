//! The SQLite backend.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, OptionalExtension, Row, Transaction, TransactionBehavior, params};

mod bulk;
mod media;
mod site;
mod stories;

use crate::convert::decompress;
use crate::convert::{
    Prepared, PreparedPage, foreign_claim, from_us, headers_from_json, kind_from_str, names_from_json, opt_from_us,
    opt_us, prepare_page, us,
};
#[cfg(test)]
use crate::convert::{compress, normalise_time};
use crate::{
    Article, ArticleCard, ArticleFilter, ChangeCursor, ColumnistRow, CopyRow, CountDelta, Counts, FeedRow, FeedState,
    FetchLogEntry, Id, ImagePurpose, ImageRow, NewArticle, NewImage, PublicationRecord, PublicationRow, SaveOutcome,
    SourceKind, Stats, StoreError, StoredArticle, StoredPage, StoryAssignment, StoryConstraint, StoryRow, TimeCursor,
    Timestamp, migrate,
};

/// The database file's name inside the data directory: `colonnade.db`.
pub const DB_FILE: &str = "colonnade.db";
/// How long a connection waits for a lock held by another before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);
/// Idle read connections kept for reuse.
const MAX_IDLE_READERS: usize = 16;

/// The SQLite [`Store`](crate::Store): one file, one writer connection, pooled read connections.
///
/// Writes are serialised on the writer connection and each is one `IMMEDIATE` transaction, so
/// no transaction is ever left open between calls. Reads use their own connections and, in
/// WAL mode, never wait for the writer. CPU work (compression, JSON, hashing) is done before
/// the writer lock is taken.
pub struct SqliteStore {
    writer: Mutex<Connection>,
    /// Idle read connections; `None` for an in-memory store, which reads through the writer.
    readers: Option<Mutex<Vec<Connection>>>,
    path: Option<PathBuf>,
}

impl std::fmt::Debug for SqliteStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteStore").field("path", &self.path).finish_non_exhaustive()
    }
}

pub(crate) fn q(op: &'static str) -> impl FnOnce(rusqlite::Error) -> StoreError {
    move |source| StoreError::Query { op, source: Box::new(source) }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic while holding the lock dropped (and so rolled back) any open transaction; the
    // connection itself is still sound.
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl SqliteStore {
    /// Opens (creating it and the directory if needed) `data_dir/colonnade.db` and migrates it.
    pub fn open(data_dir: &Path) -> Result<Self, StoreError> {
        std::fs::create_dir_all(data_dir).map_err(|source| StoreError::Io { path: data_dir.to_owned(), source })?;
        let path = data_dir.join(DB_FILE);
        let mut writer = Connection::open(&path).map_err(q("opening the database"))?;
        writer.busy_timeout(BUSY_TIMEOUT).map_err(q("opening the database"))?;
        migrate::refuse_newer(&writer, migrate::SQLITE)?;
        configure_writer(&mut writer, true)?;
        migrate::migrate(&mut writer, migrate::SQLITE)?;
        Ok(SqliteStore { writer: Mutex::new(writer), readers: Some(Mutex::new(Vec::new())), path: Some(path) })
    }

    /// A private in-memory store (for tests and dry runs); reads share the writer connection.
    pub fn open_in_memory() -> Result<Self, StoreError> {
        let mut writer = Connection::open_in_memory().map_err(q("opening the database"))?;
        configure_writer(&mut writer, false)?;
        migrate::migrate(&mut writer, migrate::SQLITE)?;
        Ok(SqliteStore { writer: Mutex::new(writer), readers: None, path: None })
    }

    /// The schema version (`PRAGMA user_version`) this code migrates databases to.
    pub fn schema_version() -> i64 {
        migrate::known_version()
    }

    /// The database file, or `None` for an in-memory store.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Runs `f` in one `IMMEDIATE` transaction on the writer, committing if it returns `Ok`.
    fn write<T>(
        &self,
        op: &'static str,
        f: impl FnOnce(&Transaction<'_>) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let mut conn = lock(&self.writer);
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(q(op))?;
        let out = f(&tx)?;
        tx.commit().map_err(q(op))?;
        Ok(out)
    }

    /// Runs `f` in one read transaction (a consistent snapshot) on a pooled read connection.
    fn read<T>(
        &self,
        op: &'static str,
        f: impl FnOnce(&Transaction<'_>) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let (Some(pool), Some(path)) = (&self.readers, &self.path) else {
            let mut conn = lock(&self.writer);
            let tx = conn.transaction().map_err(q(op))?;
            return f(&tx);
        };
        let pooled = lock(pool).pop();
        let mut conn = match pooled {
            Some(c) => c,
            None => open_reader(path)?,
        };
        let out = {
            let tx = conn.transaction().map_err(q(op))?;
            f(&tx)
        };
        let mut idle = lock(pool);
        if idle.len() < MAX_IDLE_READERS {
            idle.push(conn);
        }
        out
    }
}

fn configure_writer(conn: &mut Connection, file: bool) -> Result<(), StoreError> {
    let op = "configuring the connection";
    conn.busy_timeout(BUSY_TIMEOUT).map_err(q(op))?;
    if file {
        let mode: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0)).map_err(q(op))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(StoreError::Corrupt(format!("could not switch to WAL mode (journal_mode is {mode})")));
        }
    }
    conn.pragma_update(None, "synchronous", "NORMAL").map_err(q(op))?;
    conn.pragma_update(None, "foreign_keys", true).map_err(q(op))?;
    conn.set_prepared_statement_cache_capacity(64);
    Ok(())
}

fn open_reader(path: &Path) -> Result<Connection, StoreError> {
    let op = "opening a read connection";
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        .map_err(q(op))?;
    conn.busy_timeout(BUSY_TIMEOUT).map_err(q(op))?;
    conn.pragma_update(None, "query_only", true).map_err(q(op))?;
    conn.set_prepared_statement_cache_capacity(32);
    Ok(conn)
}

// ---- articles ---------------------------------------------------------------------------

const ARTICLE_COLUMNS: &str = "id, publication_id, columnist_id, url, title, description, authors, byline, \
     published_us, published_offset, modified_us, modified_offset, site_name, lang, image, section, kind, \
     text, html, excerpt, word_count, confidence, first_seen_us, updated_us, credits";

fn article_from_row(row: &Row<'_>) -> Result<StoredArticle, StoreError> {
    let op = "reading an article";
    let g = |i: usize| -> Result<Option<String>, StoreError> { row.get(i).map_err(q(op)) };
    let authors: String = row.get(6).map_err(q(op))?;
    let authors = names_from_json(&authors, "authors")?;
    let kind: String = row.get(16).map_err(q(op))?;
    let confidence: f64 = row.get(21).map_err(q(op))?;
    let article = Article {
        url: g(3)?,
        title: g(4)?,
        description: g(5)?,
        authors,
        byline: g(7)?,
        published: opt_from_us(row.get(8).map_err(q(op))?, row.get(9).map_err(q(op))?)?,
        modified: opt_from_us(row.get(10).map_err(q(op))?, row.get(11).map_err(q(op))?)?,
        site_name: g(12)?,
        lang: g(13)?,
        image: g(14)?,
        section: g(15)?,
        kind: kind_from_str(&kind)?,
        text: row.get(17).map_err(q(op))?,
        html: row.get(18).map_err(q(op))?,
        excerpt: row.get(19).map_err(q(op))?,
        word_count: row.get(20).map_err(q(op))?,
        confidence: confidence as f32,
        credits: names_from_json(&row.get::<_, String>(24).map_err(q(op))?, "credits")?,
    };
    Ok(StoredArticle {
        id: row.get(0).map_err(q(op))?,
        publication_id: row.get(1).map_err(q(op))?,
        columnist_id: row.get(2).map_err(q(op))?,
        article,
        first_seen_at: from_us(row.get(22).map_err(q(op))?, 0)?,
        updated_at: from_us(row.get(23).map_err(q(op))?, 0)?,
    })
}

fn collect_articles(mut rows: rusqlite::Rows<'_>) -> Result<Vec<StoredArticle>, StoreError> {
    let mut out = Vec::new();
    while let Some(row) = rows.next().map_err(q("reading articles"))? {
        out.push(article_from_row(row)?);
    }
    Ok(out)
}

/// A publication with its article count; add a `WHERE` or `ORDER BY` and map rows with
/// [`publication_from_row`].
const PUBLICATION_SELECT: &str = "SELECT p.id, p.name, p.homepage, p.country, p.language, \
     (SELECT count(*) FROM articles a WHERE a.publication_id = p.id) FROM publications p";

fn publication_from_row(r: &Row<'_>) -> rusqlite::Result<PublicationRow> {
    Ok(PublicationRow {
        id: r.get(0)?,
        record: PublicationRecord { name: r.get(1)?, homepage: r.get(2)?, country: r.get(3)?, language: r.get(4)? },
        articles: r.get(5)?,
    })
}

fn load_article(conn: &Connection, id: Id) -> Result<Option<StoredArticle>, StoreError> {
    let op = "reading an article";
    let mut stmt =
        conn.prepare_cached(&format!("SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ?1")).map_err(q(op))?;
    let mut rows = stmt.query([id]).map_err(q(op))?;
    match rows.next().map_err(q(op))? {
        Some(row) => Ok(Some(article_from_row(row)?)),
        None => Ok(None),
    }
}

fn upsert_columnist(tx: &Transaction<'_>, publication_id: Id, authors: &[String]) -> Result<Option<Id>, StoreError> {
    let Some(name) = authors.first().map(|s| s.trim()).filter(|s| !s.is_empty()) else {
        return Ok(None);
    };
    let op = "upserting a columnist";
    let mut stmt = tx
        .prepare_cached(
            "INSERT INTO columnists (publication_id, name) VALUES (?1, ?2) \
             ON CONFLICT (publication_id, name) DO UPDATE SET name = excluded.name RETURNING id",
        )
        .map_err(q(op))?;
    Ok(Some(stmt.query_row(params![publication_id, name], |r| r.get(0)).map_err(q(op))?))
}

fn record_keys<'k>(tx: &Transaction<'_>, id: Id, keys: impl Iterator<Item = &'k str>) -> Result<(), StoreError> {
    let op = "recording URL keys";
    let mut stmt =
        tx.prepare_cached("INSERT OR IGNORE INTO article_urls (url_key, article_id) VALUES (?1, ?2)").map_err(q(op))?;
    for key in keys {
        stmt.execute(params![key, id]).map_err(q(op))?;
    }
    Ok(())
}

fn store_page(tx: &Transaction<'_>, id: Id, page: &PreparedPage) -> Result<(), StoreError> {
    let op = "storing a raw page";
    let mut stmt = tx
        .prepare_cached(
            "INSERT INTO raw_pages (article_id, url, status, headers, body, fetched_us, evidence) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) \
             ON CONFLICT (article_id) DO UPDATE SET url = excluded.url, status = excluded.status, \
             headers = excluded.headers, body = excluded.body, fetched_us = excluded.fetched_us, \
             evidence = excluded.evidence \
             WHERE excluded.fetched_us >= raw_pages.fetched_us",
        )
        .map_err(q(op))?;
    stmt.execute(params![id, page.url, page.status, page.headers_json, page.body, page.fetched_us, page.evidence])
        .map_err(q(op))?;
    Ok(())
}

/// The article stored at `url` and its publication, if any.
fn owner_of_url(tx: &Transaction<'_>, url: &str) -> Result<Option<(Id, Id)>, StoreError> {
    let op = "looking up an article's publication";
    let mut stmt = tx.prepare_cached("SELECT id, publication_id FROM articles WHERE url = ?1").map_err(q(op))?;
    stmt.query_row([url], |r| Ok((r.get(0)?, r.get(1)?))).optional().map_err(q(op))
}

/// The `keys` that are free or already belong to an article of `publication_id`, in order.
fn keys_of_publication<'k>(
    tx: &Transaction<'_>,
    keys: &[&'k str],
    publication_id: Id,
) -> Result<Vec<&'k str>, StoreError> {
    let op = "looking up a URL key's publication";
    let mut stmt = tx
        .prepare_cached(
            "SELECT a.publication_id FROM article_urls u JOIN articles a ON a.id = u.article_id WHERE u.url_key = ?1",
        )
        .map_err(q(op))?;
    let mut own = Vec::with_capacity(keys.len());
    for key in keys {
        let owner: Option<Id> = stmt.query_row([key], |r| r.get(0)).optional().map_err(q(op))?;
        if owner.is_none_or(|p| p == publication_id) && !own.contains(key) {
            own.push(*key);
        }
    }
    Ok(own)
}

fn find_article(tx: &Transaction<'_>, keys: &[&str], url: &str) -> Result<Option<Id>, StoreError> {
    let op = "looking up an article";
    let mut by_key = tx.prepare_cached("SELECT article_id FROM article_urls WHERE url_key = ?1").map_err(q(op))?;
    for key in keys {
        if let Some(id) = by_key.query_row([key], |r| r.get(0)).optional().map_err(q(op))? {
            return Ok(Some(id));
        }
    }
    let mut by_url = tx.prepare_cached("SELECT id FROM articles WHERE url = ?1").map_err(q(op))?;
    by_url.query_row([url], |r| r.get(0)).optional().map_err(q(op))
}

fn insert_article(
    tx: &Transaction<'_>,
    publication_id: Id,
    url_key: &str,
    p: &Prepared,
    url: &str,
    seen_us: i64,
) -> Result<Id, StoreError> {
    let op = "inserting an article";
    let columnist_id = upsert_columnist(tx, publication_id, &p.article.authors)?;
    let a = &p.article;
    let mut stmt = tx
        .prepare_cached(
            "INSERT INTO articles (publication_id, columnist_id, url, url_key, title, description, authors, byline, \
             published_us, published_offset, modified_us, modified_offset, site_name, lang, image, section, kind, \
             text, html, excerpt, word_count, confidence, content_hash, first_seen_us, updated_us, credits) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, \
             ?21, ?22, ?23, ?24, ?24, ?25) RETURNING id",
        )
        .map_err(q(op))?;
    stmt.query_row(
        params![
            publication_id,
            columnist_id,
            url,
            url_key,
            a.title,
            a.description,
            p.authors_json,
            a.byline,
            opt_us(a.published),
            a.published.map(|t| t.offset_seconds),
            opt_us(a.modified),
            a.modified.map(|t| t.offset_seconds),
            a.site_name,
            a.lang,
            a.image,
            a.section,
            a.kind.as_str(),
            a.text,
            a.html,
            a.excerpt,
            a.word_count,
            f64::from(a.confidence),
            p.hash,
            seen_us,
            p.credits_json,
        ],
        |r| r.get(0),
    )
    .map_err(q(op))
}

/// Rewrites a found article if its content or metadata changed. `p.article.url` of `None`
/// keeps the stored URL, as does a URL that already belongs to another article.
fn update_article(tx: &Transaction<'_>, id: Id, p: &mut Prepared, seen_us: i64) -> Result<SaveOutcome, StoreError> {
    let op = "updating an article";
    let Some(existing) = load_article(tx, id)? else {
        return Err(StoreError::InvalidInput(format!("no article with id {id}")));
    };
    let stored_hash: i64 =
        tx.query_row("SELECT content_hash FROM articles WHERE id = ?1", [id], |r| r.get(0)).map_err(q(op))?;
    let keep_url = match p.article.url.as_deref() {
        None => true,
        Some(u) if Some(u) == existing.article.url.as_deref() => true,
        Some(u) => {
            let owner: Option<Id> =
                tx.query_row("SELECT id FROM articles WHERE url = ?1", [u], |r| r.get(0)).optional().map_err(q(op))?;
            owner.is_some_and(|o| o != id)
        }
    };
    if keep_url {
        p.article.url = existing.article.url.clone();
    }
    if stored_hash == p.hash && existing.article == p.article {
        return Ok(SaveOutcome::Unchanged(id));
    }
    let columnist_id = upsert_columnist(tx, existing.publication_id, &p.article.authors)?;
    let a = &p.article;
    let mut stmt = tx
        .prepare_cached(
            "UPDATE articles SET columnist_id = ?2, url = ?3, title = ?4, description = ?5, authors = ?6, \
             byline = ?7, published_us = ?8, published_offset = ?9, modified_us = ?10, modified_offset = ?11, \
             site_name = ?12, lang = ?13, image = ?14, section = ?15, kind = ?16, text = ?17, html = ?18, \
             excerpt = ?19, word_count = ?20, confidence = ?21, content_hash = ?22, updated_us = ?23, \
             credits = ?24 WHERE id = ?1",
        )
        .map_err(q(op))?;
    stmt.execute(params![
        id,
        columnist_id,
        a.url,
        a.title,
        a.description,
        p.authors_json,
        a.byline,
        opt_us(a.published),
        a.published.map(|t| t.offset_seconds),
        opt_us(a.modified),
        a.modified.map(|t| t.offset_seconds),
        a.site_name,
        a.lang,
        a.image,
        a.section,
        a.kind.as_str(),
        a.text,
        a.html,
        a.excerpt,
        a.word_count,
        f64::from(a.confidence),
        p.hash,
        seen_us,
        p.credits_json,
    ])
    .map_err(q(op))?;
    Ok(SaveOutcome::Updated(id))
}

// ---- feeds ------------------------------------------------------------------------------

fn feed_from_row(row: &Row<'_>) -> Result<FeedRow, StoreError> {
    let op = "reading a feed";
    let kind: String = row.get(3).map_err(q(op))?;
    Ok(FeedRow {
        id: row.get(0).map_err(q(op))?,
        publication_id: row.get(1).map_err(q(op))?,
        url: row.get(2).map_err(q(op))?,
        kind: kind.parse().map_err(|e| StoreError::Corrupt(format!("{e}")))?,
        state: FeedState {
            etag: row.get(4).map_err(q(op))?,
            last_modified: row.get(5).map_err(q(op))?,
            last_fetch_at: opt_from_us(row.get(6).map_err(q(op))?, None)?,
            next_fetch_at: opt_from_us(row.get(7).map_err(q(op))?, None)?,
            interval_secs: row.get(8).map_err(q(op))?,
            failures: row.get(9).map_err(q(op))?,
            last_status: row.get(10).map_err(q(op))?,
            last_error: row.get(11).map_err(q(op))?,
            items_seen: row.get(12).map_err(q(op))?,
            new_items_seen: row.get(13).map_err(q(op))?,
        },
    })
}

fn count(tx: &Transaction<'_>, sql: &str) -> Result<u64, StoreError> {
    tx.query_row(sql, [], |r| r.get(0)).map_err(q("counting"))
}

fn count_by(tx: &Transaction<'_>, sql: &str) -> Result<std::collections::BTreeMap<String, u64>, StoreError> {
    let mut stmt = tx.prepare_cached(sql).map_err(q("counting"))?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).map_err(q("counting"))?;
    rows.collect::<Result<_, _>>().map_err(q("counting"))
}

impl crate::Store for SqliteStore {
    fn upsert_publication(&self, p: &PublicationRecord) -> Result<Id, StoreError> {
        let now = jiff::Timestamp::now().as_microsecond();
        self.write("upserting a publication", |tx| {
            let mut stmt = tx
                .prepare_cached(
                    "INSERT INTO publications (name, homepage, country, language, created_us) \
                     VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (homepage) DO UPDATE SET name = excluded.name, \
                     country = excluded.country, language = excluded.language RETURNING id",
                )
                .map_err(q("upserting a publication"))?;
            stmt.query_row(params![p.name, p.homepage, p.country, p.language, now], |r| r.get(0))
                .map_err(q("upserting a publication"))
        })
    }

    fn publications(&self) -> Result<Vec<PublicationRow>, StoreError> {
        let op = "listing publications";
        self.read(op, |tx| {
            let mut stmt = tx.prepare_cached(&format!("{PUBLICATION_SELECT} ORDER BY p.id")).map_err(q(op))?;
            let rows = stmt.query_map([], publication_from_row).map_err(q(op))?;
            rows.collect::<Result<_, _>>().map_err(q(op))
        })
    }

    fn upsert_feed(&self, publication_id: Id, url: &str, kind: SourceKind) -> Result<Id, StoreError> {
        let op = "upserting a feed";
        self.write(op, |tx| {
            let mut stmt = tx
                .prepare_cached(
                    "INSERT INTO feeds (publication_id, url, kind) VALUES (?1, ?2, ?3) \
                     ON CONFLICT (url) DO UPDATE SET \
                     kind = CASE WHEN excluded.kind = 'unknown' THEN feeds.kind ELSE excluded.kind END \
                     WHERE feeds.publication_id = excluded.publication_id \
                     RETURNING id",
                )
                .map_err(q(op))?;
            let id: Option<Id> =
                stmt.query_row(params![publication_id, url, kind.as_str()], |r| r.get(0)).optional().map_err(q(op))?;
            match id {
                Some(id) => Ok(id),
                // The URL is another publication's feed: it stays theirs, kind and all.
                None => {
                    let mut owner = tx.prepare_cached("SELECT id FROM feeds WHERE url = ?1").map_err(q(op))?;
                    owner.query_row([url], |r| r.get(0)).map_err(q(op))
                }
            }
        })
    }

    fn feeds(&self) -> Result<Vec<FeedRow>, StoreError> {
        let op = "listing feeds";
        self.read(op, |tx| {
            let mut stmt = tx
                .prepare_cached(
                    "SELECT id, publication_id, url, kind, etag, last_modified, last_fetch_us, next_fetch_us, \
                     interval_secs, failures, last_status, last_error, items_seen, new_items_seen \
                     FROM feeds ORDER BY id",
                )
                .map_err(q(op))?;
            let mut rows = stmt.query([]).map_err(q(op))?;
            let mut out = Vec::new();
            while let Some(row) = rows.next().map_err(q(op))? {
                out.push(feed_from_row(row)?);
            }
            Ok(out)
        })
    }

    fn update_feed(&self, id: Id, s: &FeedState) -> Result<(), StoreError> {
        let op = "updating a feed";
        self.write(op, |tx| {
            let mut stmt = tx
                .prepare_cached(
                    "UPDATE feeds SET etag = ?2, last_modified = ?3, last_fetch_us = ?4, next_fetch_us = ?5, \
                     interval_secs = ?6, failures = ?7, last_status = ?8, last_error = ?9, items_seen = ?10, \
                     new_items_seen = ?11 WHERE id = ?1",
                )
                .map_err(q(op))?;
            let n = stmt
                .execute(params![
                    id,
                    s.etag,
                    s.last_modified,
                    opt_us(s.last_fetch_at),
                    opt_us(s.next_fetch_at),
                    s.interval_secs,
                    s.failures,
                    s.last_status,
                    s.last_error,
                    s.items_seen,
                    s.new_items_seen,
                ])
                .map_err(q(op))?;
            if n == 0 {
                return Err(StoreError::InvalidInput(format!("no feed with id {id}")));
            }
            Ok(())
        })
    }

    fn article_id_by_url_key(&self, url_key: &str) -> Result<Option<Id>, StoreError> {
        let op = "looking up a URL key";
        self.read(op, |tx| {
            let mut stmt =
                tx.prepare_cached("SELECT article_id FROM article_urls WHERE url_key = ?1").map_err(q(op))?;
            stmt.query_row([url_key], |r| r.get(0)).optional().map_err(q(op))
        })
    }

    fn save_article(&self, a: &NewArticle<'_>) -> Result<SaveOutcome, StoreError> {
        let Some(url) = a.article.url.clone() else {
            return Err(StoreError::InvalidInput(format!("article under key {:?} has no URL", a.url_key)));
        };
        let mut prepared = Prepared::new(a.article)?;
        let page = a.raw.as_ref().map(prepare_page).transpose()?;
        let seen_us = us(a.seen_at);
        let keys: Vec<&str> = std::iter::once(a.url_key).chain(a.alt_url_keys.iter().map(String::as_str)).collect();
        let fetched_url = a.raw.as_ref().map(|r| r.url);
        self.write("saving an article", |tx| {
            // An article never changes publication: keys and a canonical URL that belong to another
            // publication's article are not this page's to claim.
            let own_keys = keys_of_publication(tx, &keys, a.publication_id)?;
            let mut url = url.clone();
            if owner_of_url(tx, &url)?.is_some_and(|(_, p)| p != a.publication_id) {
                match fetched_url.filter(|f| *f != url) {
                    Some(f) if owner_of_url(tx, f)?.is_none_or(|(_, p)| p == a.publication_id) => {
                        url = f.to_owned();
                        prepared.article.url = Some(url.clone());
                    }
                    _ => return Err(foreign_claim(&url)),
                }
            }
            let Some(&url_key) = own_keys.first() else {
                return Err(foreign_claim(&url));
            };
            let outcome = match find_article(tx, &own_keys, &url)? {
                None => SaveOutcome::Inserted(insert_article(tx, a.publication_id, url_key, &prepared, &url, seen_us)?),
                Some(id) => update_article(tx, id, &mut prepared, seen_us)?,
            };
            record_keys(tx, outcome.id(), own_keys.iter().copied())?;
            if let Some(page) = &page {
                store_page(tx, outcome.id(), page)?;
            }
            Ok(outcome)
        })
    }

    fn log_fetches(&self, entries: &[FetchLogEntry]) -> Result<(), StoreError> {
        if entries.is_empty() {
            return Ok(());
        }
        let op = "logging fetches";
        self.write(op, |tx| {
            let mut stmt = tx
                .prepare_cached(
                    "INSERT INTO fetch_log (url, host, status, bytes, duration_ms, outcome, error, at_us) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                )
                .map_err(q(op))?;
            for e in entries {
                let outcome = e.outcome.as_str();
                stmt.execute(params![e.url, e.host, e.status, e.bytes, e.duration_ms, outcome, e.error, us(e.at)])
                    .map_err(q(op))?;
            }
            Ok(())
        })
    }

    fn stats(&self) -> Result<Stats, StoreError> {
        self.read("counting", |tx| {
            let (images, image_files, image_bytes) = media::counts(tx)?;
            let (raw_pages, raw_bytes_compressed) = tx
                .query_row("SELECT count(*), coalesce(sum(length(body)), 0) FROM raw_pages", [], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })
                .map_err(q("counting"))?;
            Ok(Stats {
                publications: count(tx, "SELECT count(*) FROM publications")?,
                feeds: count(tx, "SELECT count(*) FROM feeds")?,
                columnists: count(tx, "SELECT count(*) FROM columnists")?,
                articles: count(tx, "SELECT count(*) FROM articles")?,
                articles_by_kind: count_by(tx, "SELECT kind, count(*) FROM articles GROUP BY kind")?,
                fetches: count(tx, "SELECT count(*) FROM fetch_log")?,
                fetches_by_outcome: count_by(tx, "SELECT outcome, count(*) FROM fetch_log GROUP BY outcome")?,
                raw_pages,
                raw_bytes_compressed,
                images,
                image_files,
                image_bytes,
            })
        })
    }

    fn raw_pages(&self, after: Id, limit: usize) -> Result<Vec<StoredPage>, StoreError> {
        let op = "reading raw pages";
        // Rows are read compressed inside the snapshot and decompressed after it closes.
        type RawRow = (Id, Id, String, u16, String, Vec<u8>, i64, Option<String>);
        let rows: Vec<RawRow> = self.read(op, |tx| {
            let mut stmt = tx
                .prepare_cached(
                    "SELECT r.article_id, a.publication_id, r.url, r.status, r.headers, r.body, r.fetched_us, \
                     r.evidence \
                     FROM raw_pages r JOIN articles a ON a.id = r.article_id \
                     WHERE r.article_id > ?1 ORDER BY r.article_id LIMIT ?2",
                )
                .map_err(q(op))?;
            let limit = i64::try_from(limit).unwrap_or(i64::MAX);
            let rows = stmt
                .query_map(params![after, limit], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?))
                })
                .map_err(q(op))?;
            rows.collect::<Result<_, _>>().map_err(q(op))
        })?;
        rows.into_iter()
            .map(|(article_id, publication_id, url, status, headers, body, fetched_us, evidence)| {
                Ok(StoredPage {
                    article_id,
                    publication_id,
                    url,
                    status,
                    headers: headers_from_json(&headers, article_id)?,
                    body: decompress(&body)?,
                    fetched_at: from_us(fetched_us, 0)?,
                    evidence,
                })
            })
            .collect()
    }

    fn update_extraction(
        &self,
        article_id: Id,
        article: &Article,
        seen_at: Timestamp,
    ) -> Result<SaveOutcome, StoreError> {
        let mut prepared = Prepared::new(article)?;
        let seen_us = us(seen_at);
        self.write("updating an extraction", |tx| update_article(tx, article_id, &mut prepared, seen_us))
    }

    fn article(&self, id: Id) -> Result<Option<StoredArticle>, StoreError> {
        self.read("reading an article", |tx| load_article(tx, id))
    }

    fn articles(&self, after: Id, limit: usize) -> Result<Vec<StoredArticle>, StoreError> {
        let op = "reading articles";
        self.read(op, |tx| {
            let mut stmt = tx
                .prepare_cached(&format!("SELECT {ARTICLE_COLUMNS} FROM articles WHERE id > ?1 ORDER BY id LIMIT ?2"))
                .map_err(q(op))?;
            let limit = i64::try_from(limit).unwrap_or(i64::MAX);
            let rows = stmt.query(params![after, limit]).map_err(q(op))?;
            collect_articles(rows)
        })
    }

    fn publication(&self, id: Id) -> Result<Option<PublicationRow>, StoreError> {
        self.read("reading a publication", |tx| site::publication(tx, id))
    }

    fn cards(&self, filter: &ArticleFilter, offset: usize, limit: usize) -> Result<Vec<ArticleCard>, StoreError> {
        self.read("listing articles", |tx| site::cards(tx, filter, offset, limit))
    }

    fn count_cards(&self, filter: &ArticleFilter) -> Result<u64, StoreError> {
        self.read("counting articles", |tx| site::count_cards(tx, filter))
    }

    fn cards_by_id(&self, ids: &[Id]) -> Result<Vec<ArticleCard>, StoreError> {
        self.read("reading articles by id", |tx| site::cards_by_id(tx, ids))
    }

    fn cards_and_heads(
        &self,
        ids: &[Id],
        max_bytes: usize,
    ) -> Result<(Vec<ArticleCard>, Vec<crate::TextHead>), StoreError> {
        // One transaction on one connection: the rows' pages the cards were read from are in
        // its cache when the texts' starts are read.
        self.read("reading articles and the start of their texts", |tx| {
            let cards = site::cards_by_id(tx, ids)?;
            let titled = cards.iter().map(|c| (c.id, c.title.clone().unwrap_or_default()));
            let heads = site::heads(tx, titled, max_bytes)?;
            Ok((cards, heads))
        })
    }

    fn text_heads(&self, ids: &[Id], max_bytes: usize) -> Result<Vec<crate::TextHead>, StoreError> {
        self.read("reading the start of articles", |tx| site::text_heads(tx, ids, max_bytes))
    }

    fn most_read(&self, filter: &ArticleFilter, since_day: i64, limit: usize) -> Result<Vec<ArticleCard>, StoreError> {
        self.read("listing the most read", |tx| site::most_read(tx, filter, since_day, limit))
    }

    fn columnists(&self, publication_id: Option<Id>) -> Result<Vec<ColumnistRow>, StoreError> {
        self.read("listing columnists", |tx| site::columnists(tx, publication_id, None))
    }

    fn columnist(&self, id: Id) -> Result<Option<ColumnistRow>, StoreError> {
        self.read("reading a columnist", |tx| Ok(site::columnists(tx, None, Some(id))?.pop()))
    }

    fn add_counts(&self, deltas: &[CountDelta]) -> Result<(), StoreError> {
        if deltas.is_empty() {
            return Ok(());
        }
        self.write("adding counts", |tx| site::add_counts(tx, deltas))
    }

    fn counts(&self, article_id: Id) -> Result<Counts, StoreError> {
        self.read("reading counts", |tx| site::counts(tx, article_id))
    }

    fn changed_since(&self, cursor: ChangeCursor, limit: usize) -> Result<Vec<StoredArticle>, StoreError> {
        let op = "reading changed articles";
        self.read(op, |tx| {
            let mut stmt = tx
                .prepare_cached(&format!(
                    "SELECT {ARTICLE_COLUMNS} FROM articles WHERE (updated_us, id) > (?1, ?2) \
                     ORDER BY updated_us, id LIMIT ?3"
                ))
                .map_err(q(op))?;
            let limit = i64::try_from(limit).unwrap_or(i64::MAX);
            let rows = stmt.query(params![cursor.updated_us, cursor.id, limit]).map_err(q(op))?;
            collect_articles(rows)
        })
    }

    // ---- stories (issue 11) ----

    fn save_story_assignments(&self, rows: &[StoryAssignment], cursor: Option<ChangeCursor>) -> Result<(), StoreError> {
        self.write("saving story assignments", |tx| stories::save_assignments(tx, rows, cursor))
    }

    fn story_cursor(&self) -> Result<Option<ChangeCursor>, StoreError> {
        self.read("reading the stories cursor", stories::cursor)
    }

    fn story_assignments(&self, ids: &[Id]) -> Result<Vec<StoryAssignment>, StoreError> {
        self.read("reading story assignments", |tx| stories::assignments(tx, ids))
    }

    fn add_story_constraints(&self, constraints: &[StoryConstraint]) -> Result<(), StoreError> {
        self.write("saving story decisions", |tx| stories::add_constraints(tx, constraints))
    }

    fn story_constraints(&self) -> Result<Vec<StoryConstraint>, StoreError> {
        self.read("reading story decisions", stories::constraints)
    }

    fn articles_by_time(
        &self,
        since_us: i64,
        after: TimeCursor,
        limit: usize,
    ) -> Result<Vec<StoredArticle>, StoreError> {
        self.read("reading articles by time", |tx| stories::articles_by_time(tx, since_us, after, limit))
    }

    fn story_cards(&self, story_id: Id) -> Result<Vec<ArticleCard>, StoreError> {
        self.read("reading a story's articles", |tx| stories::story_cards(tx, story_id))
    }

    fn stories(&self, since_us: i64, min_articles: u64, limit: usize) -> Result<Vec<StoryRow>, StoreError> {
        self.read("listing stories", |tx| stories::stories(tx, since_us, min_articles, limit))
    }

    fn story(&self, story_id: Id) -> Result<Option<StoryRow>, StoreError> {
        self.read("reading a story", |tx| stories::story(tx, story_id))
    }

    fn article_copies(&self, article_id: Id) -> Result<Vec<CopyRow>, StoreError> {
        self.read("reading an article's copies", |tx| stories::copies(tx, article_id))
    }

    // ---- images: columnist photos and lead images (issue 13) ----

    fn image(&self, url: &str, purpose: ImagePurpose) -> Result<Option<ImageRow>, StoreError> {
        self.read("reading an image", |tx| media::image(tx, url, purpose))
    }

    fn save_image(&self, image: &NewImage<'_>) -> Result<Id, StoreError> {
        let prepared = media::prepare(image)?;
        self.write("saving an image", |tx| media::save_image(tx, image, &prepared))
    }

    fn images(&self, after: Id, limit: usize) -> Result<Vec<ImageRow>, StoreError> {
        self.read("reading images", |tx| media::images(tx, after, limit))
    }

    fn offer_columnist_photo(&self, publication_id: Id, name: &str, image_id: Id) -> Result<bool, StoreError> {
        self.write("offering a columnist photo", |tx| media::offer_columnist_photo(tx, publication_id, name, image_id))
    }

    fn choose_columnist_photo(&self, columnist_id: Id, image_id: Option<Id>) -> Result<(), StoreError> {
        self.write("choosing a columnist photo", |tx| media::choose_columnist_photo(tx, columnist_id, image_id))
    }

    fn display_generation(&self) -> Result<i64, StoreError> {
        self.read("reading the display generation", media::display_generation)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::{Kind, Store};

    fn ts(s: &str) -> Timestamp {
        Timestamp::parse_rfc3339(s).unwrap()
    }

    #[test]
    fn time_conversion_keeps_microseconds_and_offset() {
        let t = ts("2024-05-01T09:30:00.123456789+02:00");
        let back = from_us(us(t), i64::from(t.offset_seconds)).unwrap();
        assert_eq!(back, normalise_time(t));
        assert_eq!(back.to_string(), "2024-05-01T09:30:00+02:00");
        assert_eq!(back.instant.subsec_nanosecond(), 123_456_000);
        assert!(from_us(i64::MAX, 0).is_err());
    }

    #[test]
    fn zstd_round_trip_and_garbage_is_a_compression_error() {
        let body = b"<html>".repeat(1000);
        let packed = compress(&body).unwrap();
        assert!(packed.len() < body.len() / 10);
        assert_eq!(decompress(&packed).unwrap(), body);
        assert!(matches!(decompress(b"not zstd"), Err(StoreError::Compression(_))));
    }

    #[test]
    fn in_memory_store_has_no_path_and_works() {
        let s = SqliteStore::open_in_memory().unwrap();
        assert!(s.path().is_none());
        assert_eq!(s.stats().unwrap(), Stats::default());
    }

    fn arb_time() -> impl Strategy<Value = Option<Timestamp>> {
        proptest::option::of((-2_000_000_000_000_000i64..4_000_000_000_000_000, -50_000i32..50_000).prop_map(
            |(ns, off)| Timestamp::new(jiff::Timestamp::from_nanosecond(i128::from(ns) * 1000 + 789).unwrap(), off),
        ))
    }

    fn arb_article() -> impl Strategy<Value = Article> {
        (
            proptest::option::of(".{0,40}"),
            proptest::collection::vec("[^\\x00]{0,20}", 0..3),
            arb_time(),
            arb_time(),
            ".{0,200}",
            prop_oneof![Just(Kind::Opinion), Just(Kind::News), Just(Kind::Other)],
            0.0f32..1.0,
            proptest::option::of(".{0,20}"),
        )
            .prop_map(|(title, authors, published, modified, text, kind, confidence, section)| Article {
                url: Some("https://example.com/a".into()),
                title,
                authors,
                published,
                modified,
                text,
                kind,
                confidence,
                section,
                word_count: 7,
                ..Article::default()
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Whatever an extractor produces comes back as it went in (times at µs precision),
        /// and saving it again changes nothing.
        #[test]
        fn saved_articles_come_back_equal(article in arb_article()) {
            let s = SqliteStore::open_in_memory().unwrap();
            let pub_id = s.upsert_publication(&PublicationRecord {
                name: "P".into(), homepage: "https://example.com/".into(), country: None, language: None,
            }).unwrap();
            let new = NewArticle {
                publication_id: pub_id, article: &article, url_key: "example.com/a", alt_url_keys: &[],
                raw: None, seen_at: ts("2025-01-01T00:00:00Z"),
            };
            let id = match s.save_article(&new).unwrap() {
                SaveOutcome::Inserted(id) => id,
                other => panic!("expected Inserted, got {other:?}"),
            };
            let stored = s.article(id).unwrap().unwrap();
            let expected = Prepared::new(&article).unwrap().article;
            prop_assert_eq!(&stored.article, &expected);
            prop_assert_eq!(s.save_article(&new).unwrap(), SaveOutcome::Unchanged(id));
        }
    }
}
