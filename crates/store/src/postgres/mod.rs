//! The PostgreSQL backend.
//!
//! **Client.** tokio-postgres with a deadpool-postgres pool, driven by a small multi-threaded tokio
//! runtime that the store owns (two worker threads). [`Store`](crate::Store) is synchronous and is
//! called from tokio blocking threads, from plain threads and now and then straight from an async
//! task. Each call hands its future to the store's runtime and waits on a channel, which is
//! allowed on any thread. The synchronous `postgres` crate was passed over: it `block_on`s a
//! runtime of its own on the calling thread, which panics when that thread is driving another
//! runtime. sqlx would bring its own pool, macros and a second driver stack for one dialect.
//!
//! **Semantics** are SQLite's, method by method, and the conformance suite checks them on both.
//! What differs is concurrency: several threads, processes or machines may write at once. Write
//! transactions run at READ COMMITTED. Upserts use `ON CONFLICT`, counters are increments
//! (`views = counters.views + excluded.views`), and an article being updated is locked
//! (`FOR UPDATE`). A transaction that loses a race (a unique key inserted by another, a
//! deadlock, a serialization failure) is rolled back and run again, up to [`RETRIES`] times.
//! Multi-statement reads run in one `REPEATABLE READ READ ONLY` snapshot.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use deadpool_postgres::{Manager, ManagerConfig, Object, Pool, PoolError, RecyclingMethod, Transaction};
use tokio_postgres::error::SqlState;
use tokio_postgres::types::FromSql;
use tokio_postgres::{IsolationLevel, NoTls, Row};

pub(crate) mod bulk;
mod media;
mod migrate;
mod nodes;
mod site;
mod stories;
mod visits;

use crate::convert::{
    Prepared, PreparedPage, foreign_claim, from_us, headers_from_json, kind_from_str, names_from_json, opt_from_us,
    opt_us, prepare_page, us,
};
use crate::location::redact_url;
use crate::{
    Article, ArticleCard, ArticleFilter, ChangeCursor, ColumnistRow, CopyRow, CountDelta, Counts, FeedRow, FeedState,
    FetchLogEntry, Id, ImagePurpose, ImageRow, NewArticle, NewImage, PublicationRecord, PublicationRow, SaveOutcome,
    SourceKind, Stats, StoreError, StoredArticle, StoredPage, StoryAssignment, StoryConstraint, StoryRow, TimeCursor,
    Timestamp,
};

/// How often a write transaction that lost a race is tried again.
const RETRIES: u32 = 6;

/// A PostgreSQL failure, printed once: the server's message with its SQLSTATE (and no source), or
/// what the client or the pool saw, with the client's cause (an I/O error) as its source.
#[derive(Debug)]
pub struct PgError(PgErrorKind);

#[derive(Debug)]
enum PgErrorKind {
    Client(tokio_postgres::Error),
    Pool(String),
}

impl PgError {
    fn client(e: tokio_postgres::Error) -> PgError {
        PgError(PgErrorKind::Client(e))
    }

    /// The SQLSTATE the server answered with, if it answered.
    pub fn code(&self) -> Option<&SqlState> {
        match &self.0 {
            PgErrorKind::Client(e) => e.code(),
            PgErrorKind::Pool(_) => None,
        }
    }

    /// Whether the connection was lost.
    pub fn is_closed(&self) -> bool {
        matches!(&self.0, PgErrorKind::Client(e) if e.is_closed())
    }

    /// Whether the server went away or cannot be reached for now: the connection closed or
    /// broke, the server is shutting down or starting up (a restart), connecting failed at the
    /// socket or timed out. Not a refusal the server made on purpose (a wrong password, an
    /// unknown database), which connecting again would only repeat.
    pub fn is_connection_lost(&self) -> bool {
        let e = match &self.0 {
            PgErrorKind::Client(e) => e,
            PgErrorKind::Pool(message) => return message == TIMED_OUT_CONNECTING,
        };
        if e.is_closed() {
            return true;
        }
        if let Some(code) = e.code() {
            return [SqlState::ADMIN_SHUTDOWN, SqlState::CRASH_SHUTDOWN, SqlState::CANNOT_CONNECT_NOW].contains(code)
                || code.code().starts_with("08");
        }
        // No answer from the server: the socket failed (refused, reset, no such file).
        std::error::Error::source(e).is_some_and(|cause| cause.is::<std::io::Error>())
    }
}

/// The pool's message when creating a connection timed out.
const TIMED_OUT_CONNECTING: &str = "timed out connecting";

impl std::fmt::Display for PgError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.0 {
            PgErrorKind::Client(e) => match e.as_db_error() {
                Some(db) => {
                    write!(f, "{} {}: {}", db.severity(), db.code().code(), db.message())?;
                    if let Some(detail) = db.detail() {
                        write!(f, " ({detail})")?;
                    }
                    if let Some(hint) = db.hint() {
                        write!(f, " (hint: {hint})")?;
                    }
                    Ok(())
                }
                None => write!(f, "{e}"),
            },
            PgErrorKind::Pool(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for PgError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.0 {
            // The server's error is printed above, whole.
            PgErrorKind::Client(e) if e.as_db_error().is_some() => None,
            PgErrorKind::Client(e) => std::error::Error::source(e),
            PgErrorKind::Pool(_) => None,
        }
    }
}

fn pg(op: &'static str) -> impl FnOnce(tokio_postgres::Error) -> StoreError {
    move |e| StoreError::Query { op, source: Box::new(PgError::client(e)) }
}

fn pool_error(target: &str, e: PoolError) -> StoreError {
    use deadpool_postgres::TimeoutType;
    let error = match e {
        PoolError::Backend(e) => PgError::client(e),
        PoolError::Timeout(TimeoutType::Wait) => PgError(PgErrorKind::Pool("no free connection in time".into())),
        PoolError::Timeout(TimeoutType::Create) => PgError(PgErrorKind::Pool(TIMED_OUT_CONNECTING.into())),
        PoolError::Timeout(TimeoutType::Recycle) => {
            PgError(PgErrorKind::Pool("timed out checking a connection".into()))
        }
        PoolError::Closed => PgError(PgErrorKind::Pool("the connection pool is closed".into())),
        PoolError::NoRuntimeSpecified => PgError(PgErrorKind::Pool("the connection pool has no runtime".into())),
        PoolError::PostCreateHook(e) => PgError(PgErrorKind::Pool(e.to_string())),
    };
    StoreError::Connect { target: target.to_owned(), source: Box::new(error) }
}

/// Whether a failed transaction lost a race and should run again.
fn retryable(e: &StoreError) -> bool {
    let StoreError::Query { source, .. } = e else { return false };
    let Some(code) = source.downcast_ref::<PgError>().and_then(PgError::code) else { return false };
    [SqlState::T_R_SERIALIZATION_FAILURE, SqlState::T_R_DEADLOCK_DETECTED, SqlState::UNIQUE_VIOLATION].contains(code)
}

/// Whether a call failed because the server went away or cannot be reached for now
/// ([`PgError::is_connection_lost`]): worth connecting again.
fn connection_lost(e: &StoreError) -> bool {
    let (StoreError::Query { source, .. } | StoreError::Connect { source, .. }) = e else { return false };
    source.downcast_ref::<PgError>().is_some_and(PgError::is_connection_lost)
}

/// The pause before connecting again after the `attempt`th lost connection: 50 ms doubling up to
/// a second.
fn reconnect_pause(attempt: u32) -> Duration {
    Duration::from_millis(50u64 << attempt.min(5)).min(Duration::from_secs(1))
}

/// A column of `row`, or an error naming `op`.
fn get<'a, T: FromSql<'a>>(row: &'a Row, i: usize, op: &'static str) -> Result<T, StoreError> {
    row.try_get(i).map_err(pg(op))
}

/// A count or size read back: never negative.
fn unsigned(v: i64, what: &str) -> Result<u64, StoreError> {
    u64::try_from(v).map_err(|_| StoreError::Corrupt(format!("{what} is negative ({v})")))
}

/// A count, size or limit as BIGINT.
fn big(n: impl TryInto<i64>) -> i64 {
    n.try_into().unwrap_or(i64::MAX)
}

/// The future a transaction body returns; it borrows the transaction.
pub(crate) type TxFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T, StoreError>> + Send + 'a>>;

/// How to open a [`PgStore`].
#[derive(Debug, Clone)]
pub struct PgOptions {
    /// Connections kept at most (default 8).
    pub max_connections: usize,
    /// Tables live in this schema (`search_path`) instead of the user's default; it must exist.
    /// Letters, digits and `_` only.
    pub schema: Option<String>,
    /// How long connecting may take, unless the URL sets `connect_timeout` (default 10 s).
    pub connect_timeout: Duration,
    /// After the store was opened, a call whose connection was lost before it committed (the
    /// server restarted, the network dropped) connects again and runs again for up to this long
    /// (default 60 s); zero fails at once. Opening the store never waits: an unreachable server
    /// is an error there and then.
    pub reconnect_for: Duration,
}

impl Default for PgOptions {
    fn default() -> Self {
        PgOptions {
            max_connections: 8,
            schema: None,
            connect_timeout: Duration::from_secs(10),
            reconnect_for: Duration::from_secs(60),
        }
    }
}

/// The PostgreSQL [`Store`](crate::Store): a pool of connections to one database, used from any
/// thread. See the module documentation for the client and the concurrency rules.
pub struct PgStore {
    /// Runs the connections and every call's future; shut down without blocking on drop.
    runtime: Option<tokio::runtime::Runtime>,
    handle: tokio::runtime::Handle,
    pool: Pool,
    /// The URL without its password, for messages.
    target: String,
    /// [`PgOptions::reconnect_for`].
    reconnect_for: Duration,
}

impl std::fmt::Debug for PgStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PgStore").field("target", &self.target).finish_non_exhaustive()
    }
}

impl Drop for PgStore {
    fn drop(&mut self) {
        // Dropping a runtime blocks, which tokio forbids inside async code; the last handle to a
        // store may well be dropped there. Connections close as their tasks are dropped.
        if let Some(rt) = self.runtime.take() {
            rt.shutdown_background();
        }
    }
}

impl PgStore {
    /// Connects to the database at `url` (`postgres://user:password@host:port/db`, or
    /// `postgresql:///db?host=/run/postgresql` for a Unix socket) and migrates it. A database
    /// whose schema is newer than this program is refused with [`StoreError::TooNew`] before
    /// anything is changed. TLS is not supported: use a Unix socket or a trusted network.
    pub fn open(url: &str, options: &PgOptions) -> Result<PgStore, StoreError> {
        let target = redact_url(url);
        let mut config: tokio_postgres::Config = url.parse().map_err(|e| {
            let mut message = format!("not a valid PostgreSQL URL: {e}");
            let mut cause = std::error::Error::source(&e);
            while let Some(c) = cause {
                message.push_str(&format!(": {c}"));
                cause = c.source();
            }
            StoreError::InvalidInput(message)
        })?;
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(options.connect_timeout);
        }
        if config.get_application_name().is_none() {
            config.application_name("colonnade");
        }
        if let Some(schema) = &options.schema {
            if schema.is_empty() || !schema.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                return Err(StoreError::InvalidInput(format!("schema name {schema:?}: letters, digits and _ only")));
            }
            config.options(format!("-c search_path={schema}"));
        }
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("colonnade-pg")
            .enable_all()
            .build()
            .map_err(|e| StoreError::Client(format!("cannot start its threads: {e}")))?;
        let manager = Manager::from_config(config, NoTls, ManagerConfig { recycling_method: RecyclingMethod::Fast });
        let pool = Pool::builder(manager)
            .max_size(options.max_connections.max(1))
            .runtime(deadpool_postgres::Runtime::Tokio1)
            .wait_timeout(Some(Duration::from_secs(60)))
            .create_timeout(Some(options.connect_timeout + Duration::from_secs(5)))
            .recycle_timeout(Some(Duration::from_secs(10)))
            .build()
            .map_err(|e| StoreError::Client(format!("cannot build the connection pool: {e}")))?;
        let store = PgStore {
            handle: runtime.handle().clone(),
            runtime: Some(runtime),
            pool,
            target,
            reconnect_for: options.reconnect_for,
        };
        let (pool, target) = (store.pool.clone(), store.target.clone());
        store.block(async move {
            let mut client = pool.get().await.map_err(|e| pool_error(&target, e))?;
            migrate::migrate(&mut client, migrate::POSTGRES).await
        })?;
        Ok(store)
    }

    /// The schema version (the `schema_version` row) this code migrates databases to.
    pub fn schema_version() -> i64 {
        migrate::known_version()
    }

    /// Runs `fut` on the store's runtime and waits for it; works on any thread.
    fn block<T: Send + 'static>(
        &self,
        fut: impl Future<Output = Result<T, StoreError>> + Send + 'static,
    ) -> Result<T, StoreError> {
        let (tx, rx) = std::sync::mpsc::sync_channel(1);
        self.handle.spawn(async move {
            let _ = tx.send(fut.await);
        });
        rx.recv().unwrap_or_else(|_| Err(StoreError::Client("a database call stopped before it ended".into())))
    }

    /// Runs `f` in one READ COMMITTED transaction, committing if it returns `Ok`. A transaction
    /// that lost a race is rolled back and run again; one whose connection was lost before it
    /// committed is run again on a new connection for up to [`PgOptions::reconnect_for`]. A
    /// connection lost while committing is [`StoreError::CommitUnknown`]: the server may have
    /// committed it or not, so it is not run again.
    fn write<T, F>(&self, op: &'static str, f: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: for<'a> Fn(&'a Transaction<'_>) -> TxFuture<'a, T> + Send + Sync + 'static,
    {
        let (pool, target, reconnect_for) = (self.pool.clone(), self.target.clone(), self.reconnect_for);
        self.block(async move {
            let (mut raced, mut lost) = (0, 0);
            let give_up = tokio::time::Instant::now() + reconnect_for;
            loop {
                let out = async {
                    let mut client = pool.get().await.map_err(|e| pool_error(&target, e))?;
                    let tx = client.transaction().await.map_err(pg(op))?;
                    match f(&tx).await {
                        Ok(v) => match tx.commit().await {
                            Ok(()) => Ok(Ok(v)),
                            Err(e) => {
                                let e = PgError::client(e);
                                if e.is_connection_lost() {
                                    Ok(Err(StoreError::CommitUnknown { op, source: Box::new(e) }))
                                } else {
                                    Err(StoreError::Query { op, source: Box::new(e) })
                                }
                            }
                        },
                        Err(e) => {
                            let _ = tx.rollback().await;
                            Err(e)
                        }
                    }
                }
                .await;
                match out {
                    Ok(done) => return done,
                    Err(e) if raced < RETRIES && retryable(&e) => {
                        raced += 1;
                        tokio::time::sleep(Duration::from_millis(2 << raced)).await;
                    }
                    Err(e) if connection_lost(&e) && tokio::time::Instant::now() < give_up => {
                        tokio::time::sleep(reconnect_pause(lost)).await;
                        lost += 1;
                    }
                    Err(e) => return Err(e),
                }
            }
        })
    }

    /// Runs `f` in one read-only snapshot (`REPEATABLE READ`); a read whose connection was lost
    /// is run again on a new connection for up to [`PgOptions::reconnect_for`].
    fn read<T, F>(&self, op: &'static str, f: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: for<'a> FnOnce(&'a Transaction<'_>) -> TxFuture<'a, T> + Clone + Send + Sync + 'static,
    {
        let (pool, target, reconnect_for) = (self.pool.clone(), self.target.clone(), self.reconnect_for);
        self.block(async move {
            let mut lost = 0;
            let give_up = tokio::time::Instant::now() + reconnect_for;
            loop {
                let out = async {
                    let mut client: Object = pool.get().await.map_err(|e| pool_error(&target, e))?;
                    let tx = client
                        .build_transaction()
                        .isolation_level(IsolationLevel::RepeatableRead)
                        .read_only(true)
                        .start()
                        .await
                        .map_err(pg(op))?;
                    let out = f.clone()(&tx).await?;
                    tx.commit().await.map_err(pg(op))?;
                    Ok(out)
                }
                .await;
                match out {
                    Err(e) if connection_lost(&e) && tokio::time::Instant::now() < give_up => {
                        tokio::time::sleep(reconnect_pause(lost)).await;
                        lost += 1;
                    }
                    other => return other,
                }
            }
        })
    }
}

// ---- articles ---------------------------------------------------------------------------

const ARTICLE_COLUMNS: &str = "id, publication_id, columnist_id, url, title, description, authors, byline, \
     published_us, published_offset, modified_us, modified_offset, site_name, lang, image, section, kind, \
     text, html, excerpt, word_count, confidence, first_seen_us, updated_us, credits";

fn article_from_row(row: &Row) -> Result<StoredArticle, StoreError> {
    let op = "reading an article";
    let offset = |i| get::<Option<i32>>(row, i, op).map(|o| o.map(i64::from));
    let article = Article {
        url: get(row, 3, op)?,
        title: get(row, 4, op)?,
        description: get(row, 5, op)?,
        authors: names_from_json(get(row, 6, op)?, "authors")?,
        byline: get(row, 7, op)?,
        published: opt_from_us(get(row, 8, op)?, offset(9)?)?,
        modified: opt_from_us(get(row, 10, op)?, offset(11)?)?,
        site_name: get(row, 12, op)?,
        lang: get(row, 13, op)?,
        image: get(row, 14, op)?,
        section: get(row, 15, op)?,
        kind: kind_from_str(get(row, 16, op)?)?,
        text: get(row, 17, op)?,
        html: get(row, 18, op)?,
        excerpt: get(row, 19, op)?,
        word_count: usize::try_from(get::<i64>(row, 20, op)?)
            .map_err(|_| StoreError::Corrupt("negative word count".into()))?,
        confidence: get::<f64>(row, 21, op)? as f32,
        credits: names_from_json(get(row, 24, op)?, "credits")?,
    };
    Ok(StoredArticle {
        id: get(row, 0, op)?,
        publication_id: get(row, 1, op)?,
        columnist_id: get(row, 2, op)?,
        article,
        first_seen_at: from_us(get(row, 22, op)?, 0)?,
        updated_at: from_us(get(row, 23, op)?, 0)?,
    })
}

fn articles_from_rows(rows: &[Row]) -> Result<Vec<StoredArticle>, StoreError> {
    rows.iter().map(article_from_row).collect()
}

/// A publication with its article count; add a `WHERE` or `ORDER BY`.
const PUBLICATION_SELECT: &str = "SELECT p.id, p.name, p.homepage, p.country, p.language, \
     (SELECT count(*) FROM articles a WHERE a.publication_id = p.id) FROM publications p";

fn publication_from_row(r: &Row) -> Result<PublicationRow, StoreError> {
    let op = "reading a publication";
    Ok(PublicationRow {
        id: get(r, 0, op)?,
        record: PublicationRecord {
            name: get(r, 1, op)?,
            homepage: get(r, 2, op)?,
            country: get(r, 3, op)?,
            language: get(r, 4, op)?,
        },
        articles: unsigned(get(r, 5, op)?, "an article count")?,
    })
}

async fn load_article(tx: &Transaction<'_>, id: Id, lock: bool) -> Result<Option<StoredArticle>, StoreError> {
    let op = "reading an article";
    let sql = if lock {
        format!("SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = $1 FOR UPDATE")
    } else {
        format!("SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = $1")
    };
    let stmt = tx.prepare_cached(&sql).await.map_err(pg(op))?;
    tx.query_opt(&stmt, &[&id]).await.map_err(pg(op))?.as_ref().map(article_from_row).transpose()
}

async fn upsert_columnist(
    tx: &Transaction<'_>,
    publication_id: Id,
    authors: &[String],
) -> Result<Option<Id>, StoreError> {
    let Some(name) = authors.first().map(|s| s.trim()).filter(|s| !s.is_empty()) else {
        return Ok(None);
    };
    let op = "upserting a columnist";
    let stmt = tx
        .prepare_cached(
            "INSERT INTO columnists (publication_id, name) VALUES ($1, $2) \
             ON CONFLICT (publication_id, name) DO UPDATE SET name = excluded.name RETURNING id",
        )
        .await
        .map_err(pg(op))?;
    let row = tx.query_one(&stmt, &[&publication_id, &name]).await.map_err(pg(op))?;
    Ok(Some(get(&row, 0, op)?))
}

async fn record_keys(tx: &Transaction<'_>, id: Id, keys: &[String]) -> Result<(), StoreError> {
    let op = "recording URL keys";
    let stmt = tx
        .prepare_cached(
            "INSERT INTO article_urls (url_key, article_id) VALUES ($1, $2) ON CONFLICT (url_key) DO NOTHING",
        )
        .await
        .map_err(pg(op))?;
    for key in keys {
        tx.execute(&stmt, &[key, &id]).await.map_err(pg(op))?;
    }
    Ok(())
}

async fn store_page(tx: &Transaction<'_>, id: Id, page: &PreparedPage) -> Result<(), StoreError> {
    let op = "storing a raw page";
    let stmt = tx
        .prepare_cached(
            "INSERT INTO raw_pages (article_id, url, status, headers, body, fetched_us, evidence) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) \
             ON CONFLICT (article_id) DO UPDATE SET url = excluded.url, status = excluded.status, \
             headers = excluded.headers, body = excluded.body, fetched_us = excluded.fetched_us, \
             evidence = excluded.evidence \
             WHERE excluded.fetched_us >= raw_pages.fetched_us",
        )
        .await
        .map_err(pg(op))?;
    let status = i32::from(page.status);
    tx.execute(&stmt, &[&id, &page.url, &status, &page.headers_json, &page.body, &page.fetched_us, &page.evidence])
        .await
        .map_err(pg(op))?;
    Ok(())
}

/// The article stored at `url` and its publication, if any.
async fn owner_of_url(tx: &Transaction<'_>, url: &str) -> Result<Option<(Id, Id)>, StoreError> {
    let op = "looking up an article's publication";
    let stmt = tx.prepare_cached("SELECT id, publication_id FROM articles WHERE url = $1").await.map_err(pg(op))?;
    match tx.query_opt(&stmt, &[&url]).await.map_err(pg(op))? {
        Some(row) => Ok(Some((get(&row, 0, op)?, get(&row, 1, op)?))),
        None => Ok(None),
    }
}

/// The `keys` that are free or already belong to an article of `publication_id`, in order.
async fn keys_of_publication(
    tx: &Transaction<'_>,
    keys: &[String],
    publication_id: Id,
) -> Result<Vec<String>, StoreError> {
    let op = "looking up a URL key's publication";
    let stmt = tx
        .prepare_cached(
            "SELECT a.publication_id FROM article_urls u JOIN articles a ON a.id = u.article_id WHERE u.url_key = $1",
        )
        .await
        .map_err(pg(op))?;
    let mut own: Vec<String> = Vec::with_capacity(keys.len());
    for key in keys {
        let owner: Option<Id> = match tx.query_opt(&stmt, &[key]).await.map_err(pg(op))? {
            Some(row) => Some(get(&row, 0, op)?),
            None => None,
        };
        if owner.is_none_or(|p| p == publication_id) && !own.contains(key) {
            own.push(key.clone());
        }
    }
    Ok(own)
}

async fn find_article(tx: &Transaction<'_>, keys: &[String], url: &str) -> Result<Option<Id>, StoreError> {
    let op = "looking up an article";
    let by_key = tx.prepare_cached("SELECT article_id FROM article_urls WHERE url_key = $1").await.map_err(pg(op))?;
    for key in keys {
        if let Some(row) = tx.query_opt(&by_key, &[key]).await.map_err(pg(op))? {
            return Ok(Some(get(&row, 0, op)?));
        }
    }
    let by_url = tx.prepare_cached("SELECT id FROM articles WHERE url = $1").await.map_err(pg(op))?;
    match tx.query_opt(&by_url, &[&url]).await.map_err(pg(op))? {
        Some(row) => Ok(Some(get(&row, 0, op)?)),
        None => Ok(None),
    }
}

async fn insert_article(
    tx: &Transaction<'_>,
    publication_id: Id,
    url_key: &str,
    p: &Prepared,
    url: &str,
    seen_us: i64,
) -> Result<Id, StoreError> {
    let op = "inserting an article";
    let columnist_id = upsert_columnist(tx, publication_id, &p.article.authors).await?;
    let a = &p.article;
    let stmt = tx
        .prepare_cached(
            "INSERT INTO articles (publication_id, columnist_id, url, url_key, title, description, authors, byline, \
             published_us, published_offset, modified_us, modified_offset, site_name, lang, image, section, kind, \
             text, html, excerpt, word_count, confidence, content_hash, first_seen_us, updated_us, credits) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, \
             $21, $22, $23, $24, $24, $25) RETURNING id",
        )
        .await
        .map_err(pg(op))?;
    let row = tx
        .query_one(
            &stmt,
            &[
                &publication_id,
                &columnist_id,
                &url,
                &url_key,
                &a.title,
                &a.description,
                &p.authors_json,
                &a.byline,
                &opt_us(a.published),
                &a.published.map(|t| t.offset_seconds),
                &opt_us(a.modified),
                &a.modified.map(|t| t.offset_seconds),
                &a.site_name,
                &a.lang,
                &a.image,
                &a.section,
                &a.kind.as_str(),
                &a.text,
                &a.html,
                &a.excerpt,
                &big(a.word_count),
                &f64::from(a.confidence),
                &p.hash,
                &seen_us,
                &p.credits_json,
            ],
        )
        .await
        .map_err(pg(op))?;
    get(&row, 0, op)
}

/// Rewrites a found article if its content or metadata changed. `p.article.url` of `None`
/// keeps the stored URL, as does a URL that already belongs to another article. The article's
/// row is locked first, so two writers compare against what the other wrote.
async fn update_article(
    tx: &Transaction<'_>,
    id: Id,
    p: &mut Prepared,
    seen_us: i64,
) -> Result<SaveOutcome, StoreError> {
    let op = "updating an article";
    let Some(existing) = load_article(tx, id, true).await? else {
        return Err(StoreError::InvalidInput(format!("no article with id {id}")));
    };
    let hash_stmt = tx.prepare_cached("SELECT content_hash FROM articles WHERE id = $1").await.map_err(pg(op))?;
    let stored_hash: i64 = get(&tx.query_one(&hash_stmt, &[&id]).await.map_err(pg(op))?, 0, op)?;
    let keep_url = match p.article.url.as_deref() {
        None => true,
        Some(u) if Some(u) == existing.article.url.as_deref() => true,
        Some(u) => owner_of_url(tx, u).await?.is_some_and(|(o, _)| o != id),
    };
    if keep_url {
        p.article.url = existing.article.url.clone();
    }
    if stored_hash == p.hash && existing.article == p.article {
        return Ok(SaveOutcome::Unchanged(id));
    }
    let columnist_id = upsert_columnist(tx, existing.publication_id, &p.article.authors).await?;
    let a = &p.article;
    let stmt = tx
        .prepare_cached(
            "UPDATE articles SET columnist_id = $2, url = $3, title = $4, description = $5, authors = $6, \
             byline = $7, published_us = $8, published_offset = $9, modified_us = $10, modified_offset = $11, \
             site_name = $12, lang = $13, image = $14, section = $15, kind = $16, text = $17, html = $18, \
             excerpt = $19, word_count = $20, confidence = $21, content_hash = $22, updated_us = $23, \
             credits = $24 WHERE id = $1",
        )
        .await
        .map_err(pg(op))?;
    tx.execute(
        &stmt,
        &[
            &id,
            &columnist_id,
            &a.url,
            &a.title,
            &a.description,
            &p.authors_json,
            &a.byline,
            &opt_us(a.published),
            &a.published.map(|t| t.offset_seconds),
            &opt_us(a.modified),
            &a.modified.map(|t| t.offset_seconds),
            &a.site_name,
            &a.lang,
            &a.image,
            &a.section,
            &a.kind.as_str(),
            &a.text,
            &a.html,
            &a.excerpt,
            &big(a.word_count),
            &f64::from(a.confidence),
            &p.hash,
            &seen_us,
            &p.credits_json,
        ],
    )
    .await
    .map_err(pg(op))?;
    Ok(SaveOutcome::Updated(id))
}

/// What `save_article` needs, owned, so that a transaction that lost a race can run again.
struct SaveInput {
    publication_id: Id,
    prepared: Prepared,
    url: String,
    keys: Vec<String>,
    fetched_url: Option<String>,
    page: Option<PreparedPage>,
    seen_us: i64,
}

async fn save_article(tx: &Transaction<'_>, input: &SaveInput) -> Result<SaveOutcome, StoreError> {
    let mut prepared = input.prepared.clone();
    // An article never changes publication: keys and a canonical URL that belong to another
    // publication's article are not this page's to claim.
    let own_keys = keys_of_publication(tx, &input.keys, input.publication_id).await?;
    let mut url = input.url.clone();
    if owner_of_url(tx, &url).await?.is_some_and(|(_, p)| p != input.publication_id) {
        match input.fetched_url.as_deref().filter(|f| *f != url) {
            Some(f) if owner_of_url(tx, f).await?.is_none_or(|(_, p)| p == input.publication_id) => {
                url = f.to_owned();
                prepared.article.url = Some(url.clone());
            }
            _ => return Err(foreign_claim(&url)),
        }
    }
    let Some(url_key) = own_keys.first() else {
        return Err(foreign_claim(&url));
    };
    let outcome = match find_article(tx, &own_keys, &url).await? {
        None => SaveOutcome::Inserted(
            insert_article(tx, input.publication_id, url_key, &prepared, &url, input.seen_us).await?,
        ),
        Some(id) => update_article(tx, id, &mut prepared, input.seen_us).await?,
    };
    record_keys(tx, outcome.id(), &own_keys).await?;
    if let Some(page) = &input.page {
        store_page(tx, outcome.id(), page).await?;
    }
    Ok(outcome)
}

// ---- feeds ------------------------------------------------------------------------------

fn feed_from_row(row: &Row) -> Result<FeedRow, StoreError> {
    let op = "reading a feed";
    let kind: &str = get(row, 3, op)?;
    let failures: i64 = get(row, 9, op)?;
    let last_status: Option<i32> = get(row, 10, op)?;
    Ok(FeedRow {
        id: get(row, 0, op)?,
        publication_id: get(row, 1, op)?,
        url: get(row, 2, op)?,
        kind: kind.parse().map_err(|e| StoreError::Corrupt(format!("{e}")))?,
        state: FeedState {
            etag: get(row, 4, op)?,
            last_modified: get(row, 5, op)?,
            last_fetch_at: opt_from_us(get(row, 6, op)?, None)?,
            next_fetch_at: opt_from_us(get(row, 7, op)?, None)?,
            interval_secs: get(row, 8, op)?,
            failures: u32::try_from(failures)
                .map_err(|_| StoreError::Corrupt(format!("feed failure count {failures}")))?,
            last_status: last_status
                .map(|s| u16::try_from(s).map_err(|_| StoreError::Corrupt(format!("HTTP status {s}"))))
                .transpose()?,
            last_error: get(row, 11, op)?,
            items_seen: unsigned(get(row, 12, op)?, "items seen")?,
            new_items_seen: unsigned(get(row, 13, op)?, "new items seen")?,
        },
    })
}

/// Every `(label, count)` row as a map.
fn count_map(rows: &[Row], op: &'static str) -> Result<std::collections::BTreeMap<String, u64>, StoreError> {
    rows.iter().map(|r| Ok((get::<String>(r, 0, op)?, unsigned(get(r, 1, op)?, "a count")?))).collect()
}

impl crate::Store for PgStore {
    fn upsert_publication(&self, p: &PublicationRecord) -> Result<Id, StoreError> {
        let op = "upserting a publication";
        let now = jiff::Timestamp::now().as_microsecond();
        let p = p.clone();
        self.write(op, move |tx| {
            let p = p.clone();
            Box::pin(async move {
                let stmt = tx
                    .prepare_cached(
                        "INSERT INTO publications (name, homepage, country, language, created_us) \
                         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (homepage) DO UPDATE SET name = excluded.name, \
                         country = excluded.country, language = excluded.language RETURNING id",
                    )
                    .await
                    .map_err(pg(op))?;
                let row = tx
                    .query_one(&stmt, &[&p.name, &p.homepage, &p.country, &p.language, &now])
                    .await
                    .map_err(pg(op))?;
                get(&row, 0, op)
            })
        })
    }

    fn publications(&self) -> Result<Vec<PublicationRow>, StoreError> {
        let op = "listing publications";
        self.read(op, move |tx| {
            Box::pin(async move {
                let stmt = tx.prepare_cached(&format!("{PUBLICATION_SELECT} ORDER BY p.id")).await.map_err(pg(op))?;
                tx.query(&stmt, &[]).await.map_err(pg(op))?.iter().map(publication_from_row).collect()
            })
        })
    }

    fn upsert_feed(&self, publication_id: Id, url: &str, kind: SourceKind) -> Result<Id, StoreError> {
        let op = "upserting a feed";
        let url = url.to_owned();
        self.write(op, move |tx| {
            let url = url.clone();
            Box::pin(async move {
                let stmt = tx
                    .prepare_cached(
                        "INSERT INTO feeds (publication_id, url, kind) VALUES ($1, $2, $3) \
                         ON CONFLICT (url) DO UPDATE SET \
                         kind = CASE WHEN excluded.kind = 'unknown' THEN feeds.kind ELSE excluded.kind END \
                         WHERE feeds.publication_id = excluded.publication_id \
                         RETURNING id",
                    )
                    .await
                    .map_err(pg(op))?;
                if let Some(row) =
                    tx.query_opt(&stmt, &[&publication_id, &url, &kind.as_str()]).await.map_err(pg(op))?
                {
                    return get(&row, 0, op);
                }
                // The URL is another publication's feed: it stays theirs, kind and all.
                let owner = tx.prepare_cached("SELECT id FROM feeds WHERE url = $1").await.map_err(pg(op))?;
                get(&tx.query_one(&owner, &[&url]).await.map_err(pg(op))?, 0, op)
            })
        })
    }

    fn feeds(&self) -> Result<Vec<FeedRow>, StoreError> {
        let op = "listing feeds";
        self.read(op, move |tx| {
            Box::pin(async move {
                let stmt = tx
                    .prepare_cached(
                        "SELECT id, publication_id, url, kind, etag, last_modified, last_fetch_us, next_fetch_us, \
                         interval_secs, failures, last_status, last_error, items_seen, new_items_seen \
                         FROM feeds ORDER BY id",
                    )
                    .await
                    .map_err(pg(op))?;
                tx.query(&stmt, &[]).await.map_err(pg(op))?.iter().map(feed_from_row).collect()
            })
        })
    }

    fn update_feed(&self, id: Id, s: &FeedState) -> Result<(), StoreError> {
        let op = "updating a feed";
        let s = s.clone();
        self.write(op, move |tx| {
            let s = s.clone();
            Box::pin(async move {
                let stmt = tx
                    .prepare_cached(
                        "UPDATE feeds SET etag = $2, last_modified = $3, last_fetch_us = $4, next_fetch_us = $5, \
                         interval_secs = $6, failures = $7, last_status = $8, last_error = $9, items_seen = $10, \
                         new_items_seen = $11 WHERE id = $1",
                    )
                    .await
                    .map_err(pg(op))?;
                let n = tx
                    .execute(
                        &stmt,
                        &[
                            &id,
                            &s.etag,
                            &s.last_modified,
                            &opt_us(s.last_fetch_at),
                            &opt_us(s.next_fetch_at),
                            &s.interval_secs,
                            &i64::from(s.failures),
                            &s.last_status.map(i32::from),
                            &s.last_error,
                            &big(s.items_seen),
                            &big(s.new_items_seen),
                        ],
                    )
                    .await
                    .map_err(pg(op))?;
                if n == 0 {
                    return Err(StoreError::InvalidInput(format!("no feed with id {id}")));
                }
                Ok(())
            })
        })
    }

    fn article_id_by_url_key(&self, url_key: &str) -> Result<Option<Id>, StoreError> {
        let op = "looking up a URL key";
        let key = url_key.to_owned();
        self.read(op, move |tx| {
            Box::pin(async move {
                let stmt = tx
                    .prepare_cached("SELECT article_id FROM article_urls WHERE url_key = $1")
                    .await
                    .map_err(pg(op))?;
                match tx.query_opt(&stmt, &[&key]).await.map_err(pg(op))? {
                    Some(row) => Ok(Some(get(&row, 0, op)?)),
                    None => Ok(None),
                }
            })
        })
    }

    fn save_article(&self, a: &NewArticle<'_>) -> Result<SaveOutcome, StoreError> {
        let Some(url) = a.article.url.clone() else {
            return Err(StoreError::InvalidInput(format!("article under key {:?} has no URL", a.url_key)));
        };
        let input = std::sync::Arc::new(SaveInput {
            publication_id: a.publication_id,
            prepared: Prepared::new(a.article)?,
            url,
            keys: std::iter::once(a.url_key)
                .chain(a.alt_url_keys.iter().map(String::as_str))
                .map(str::to_owned)
                .collect(),
            fetched_url: a.raw.as_ref().map(|r| r.url.to_owned()),
            page: a.raw.as_ref().map(prepare_page).transpose()?,
            seen_us: us(a.seen_at),
        });
        self.write("saving an article", move |tx| {
            let input = std::sync::Arc::clone(&input);
            Box::pin(async move { save_article(tx, &input).await })
        })
    }

    fn log_fetches(&self, entries: &[FetchLogEntry]) -> Result<(), StoreError> {
        if entries.is_empty() {
            return Ok(());
        }
        let op = "logging fetches";
        let entries = std::sync::Arc::new(entries.to_vec());
        self.write(op, move |tx| {
            let entries = std::sync::Arc::clone(&entries);
            Box::pin(async move {
                let stmt = tx
                    .prepare_cached(
                        "INSERT INTO fetch_log (url, host, status, bytes, duration_ms, outcome, error, at_us) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                    )
                    .await
                    .map_err(pg(op))?;
                for e in entries.iter() {
                    let status = e.status.map(i32::from);
                    tx.execute(
                        &stmt,
                        &[
                            &e.url,
                            &e.host,
                            &status,
                            &big(e.bytes),
                            &big(e.duration_ms),
                            &e.outcome.as_str(),
                            &e.error,
                            &us(e.at),
                        ],
                    )
                    .await
                    .map_err(pg(op))?;
                }
                Ok(())
            })
        })
    }

    fn stats(&self) -> Result<Stats, StoreError> {
        let op = "counting";
        self.read(op, move |tx| {
            Box::pin(async move {
                let row = tx
                    .query_one(
                        "SELECT (SELECT count(*) FROM publications), (SELECT count(*) FROM feeds), \
                         (SELECT count(*) FROM columnists), (SELECT count(*) FROM articles), \
                         (SELECT count(*) FROM fetch_log), (SELECT count(*) FROM raw_pages), \
                         (SELECT coalesce(sum(octet_length(body)), 0)::bigint FROM raw_pages)",
                        &[],
                    )
                    .await
                    .map_err(pg(op))?;
                let n = |i| get::<i64>(&row, i, op).and_then(|v| unsigned(v, "a count"));
                let (images, image_files, image_bytes) = media::counts(tx).await?;
                let by_kind =
                    tx.query("SELECT kind, count(*) FROM articles GROUP BY kind", &[]).await.map_err(pg(op))?;
                let by_outcome =
                    tx.query("SELECT outcome, count(*) FROM fetch_log GROUP BY outcome", &[]).await.map_err(pg(op))?;
                Ok(Stats {
                    publications: n(0)?,
                    feeds: n(1)?,
                    columnists: n(2)?,
                    articles: n(3)?,
                    articles_by_kind: count_map(&by_kind, op)?,
                    fetches: n(4)?,
                    fetches_by_outcome: count_map(&by_outcome, op)?,
                    raw_pages: n(5)?,
                    raw_bytes_compressed: n(6)?,
                    images,
                    image_files,
                    image_bytes,
                })
            })
        })
    }

    fn raw_pages(&self, after: Id, limit: usize) -> Result<Vec<StoredPage>, StoreError> {
        let op = "reading raw pages";
        // Rows are read compressed and decompressed on the calling thread.
        type RawRow = (Id, Id, String, i32, String, Vec<u8>, i64, Option<String>);
        let limit = big(limit);
        let rows: Vec<RawRow> = self.read(op, move |tx| {
            Box::pin(async move {
                let stmt = tx
                    .prepare_cached(
                        "SELECT r.article_id, a.publication_id, r.url, r.status, r.headers, r.body, r.fetched_us, \
                         r.evidence \
                         FROM raw_pages r JOIN articles a ON a.id = r.article_id \
                         WHERE r.article_id > $1 ORDER BY r.article_id LIMIT $2",
                    )
                    .await
                    .map_err(pg(op))?;
                let rows = tx.query(&stmt, &[&after, &limit]).await.map_err(pg(op))?;
                rows.iter()
                    .map(|r| {
                        Ok((
                            get(r, 0, op)?,
                            get(r, 1, op)?,
                            get(r, 2, op)?,
                            get(r, 3, op)?,
                            get(r, 4, op)?,
                            get(r, 5, op)?,
                            get(r, 6, op)?,
                            get(r, 7, op)?,
                        ))
                    })
                    .collect()
            })
        })?;
        rows.into_iter()
            .map(|(article_id, publication_id, url, status, headers, body, fetched_us, evidence)| {
                Ok(StoredPage {
                    article_id,
                    publication_id,
                    url,
                    status: u16::try_from(status)
                        .map_err(|_| StoreError::Corrupt(format!("HTTP status {status} of page {article_id}")))?,
                    headers: headers_from_json(&headers, article_id)?,
                    body: crate::convert::decompress(&body)?,
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
        let prepared = Prepared::new(article)?;
        let seen_us = us(seen_at);
        self.write("updating an extraction", move |tx| {
            let mut prepared = prepared.clone();
            Box::pin(async move { update_article(tx, article_id, &mut prepared, seen_us).await })
        })
    }

    fn article(&self, id: Id) -> Result<Option<StoredArticle>, StoreError> {
        self.read("reading an article", move |tx| Box::pin(async move { load_article(tx, id, false).await }))
    }

    fn articles(&self, after: Id, limit: usize) -> Result<Vec<StoredArticle>, StoreError> {
        let op = "reading articles";
        let limit = big(limit);
        self.read(op, move |tx| {
            Box::pin(async move {
                let stmt = tx
                    .prepare_cached(&format!(
                        "SELECT {ARTICLE_COLUMNS} FROM articles WHERE id > $1 ORDER BY id LIMIT $2"
                    ))
                    .await
                    .map_err(pg(op))?;
                articles_from_rows(&tx.query(&stmt, &[&after, &limit]).await.map_err(pg(op))?)
            })
        })
    }

    fn publication(&self, id: Id) -> Result<Option<PublicationRow>, StoreError> {
        self.read("reading a publication", move |tx| Box::pin(async move { site::publication(tx, id).await }))
    }

    fn cards(&self, filter: &ArticleFilter, offset: usize, limit: usize) -> Result<Vec<ArticleCard>, StoreError> {
        let filter = filter.clone();
        self.read("listing articles", move |tx| Box::pin(async move { site::cards(tx, &filter, offset, limit).await }))
    }

    fn count_cards(&self, filter: &ArticleFilter) -> Result<u64, StoreError> {
        let filter = filter.clone();
        self.read("counting articles", move |tx| Box::pin(async move { site::count_cards(tx, &filter).await }))
    }

    fn cards_by_id(&self, ids: &[Id]) -> Result<Vec<ArticleCard>, StoreError> {
        let ids = ids.to_vec();
        self.read("reading articles by id", move |tx| Box::pin(async move { site::cards_by_id(tx, &ids).await }))
    }

    fn text_heads(&self, ids: &[Id], max_bytes: usize) -> Result<Vec<crate::TextHead>, StoreError> {
        let ids = ids.to_vec();
        self.read("reading the start of articles", move |tx| {
            Box::pin(async move { site::text_heads(tx, &ids, max_bytes).await })
        })
    }

    fn most_read(&self, filter: &ArticleFilter, since_day: i64, limit: usize) -> Result<Vec<ArticleCard>, StoreError> {
        let filter = filter.clone();
        self.read("listing the most read", move |tx| {
            Box::pin(async move { site::most_read(tx, &filter, since_day, limit).await })
        })
    }

    fn columnists(&self, publication_id: Option<Id>) -> Result<Vec<ColumnistRow>, StoreError> {
        self.read("listing columnists", move |tx| {
            Box::pin(async move { site::columnists(tx, publication_id, None).await })
        })
    }

    fn columnist(&self, id: Id) -> Result<Option<ColumnistRow>, StoreError> {
        self.read("reading a columnist", move |tx| {
            Box::pin(async move { Ok(site::columnists(tx, None, Some(id)).await?.pop()) })
        })
    }

    fn add_counts(&self, deltas: &[CountDelta]) -> Result<(), StoreError> {
        if deltas.is_empty() {
            return Ok(());
        }
        let deltas = std::sync::Arc::new(deltas.to_vec());
        self.write("adding counts", move |tx| {
            let deltas = std::sync::Arc::clone(&deltas);
            Box::pin(async move { site::add_counts(tx, &deltas).await })
        })
    }

    fn counts(&self, article_id: Id) -> Result<Counts, StoreError> {
        self.read("reading counts", move |tx| Box::pin(async move { site::counts(tx, article_id).await }))
    }

    fn changed_since(&self, cursor: ChangeCursor, limit: usize) -> Result<Vec<StoredArticle>, StoreError> {
        let op = "reading changed articles";
        let limit = big(limit);
        self.read(op, move |tx| {
            Box::pin(async move {
                let stmt = tx
                    .prepare_cached(&format!(
                        "SELECT {ARTICLE_COLUMNS} FROM articles WHERE (updated_us, id) > ($1, $2) \
                         ORDER BY updated_us, id LIMIT $3"
                    ))
                    .await
                    .map_err(pg(op))?;
                let rows = tx.query(&stmt, &[&cursor.updated_us, &cursor.id, &limit]).await.map_err(pg(op))?;
                articles_from_rows(&rows)
            })
        })
    }
    // ---- stories (issue 11) ----

    fn save_story_assignments(&self, rows: &[StoryAssignment], cursor: Option<ChangeCursor>) -> Result<(), StoreError> {
        let rows = std::sync::Arc::new(rows.to_vec());
        self.write("saving story assignments", move |tx| {
            let rows = std::sync::Arc::clone(&rows);
            Box::pin(async move { stories::save_assignments(tx, &rows, cursor).await })
        })
    }

    fn story_cursor(&self) -> Result<Option<ChangeCursor>, StoreError> {
        self.read("reading the stories cursor", move |tx| Box::pin(async move { stories::cursor(tx).await }))
    }

    fn story_assignments(&self, ids: &[Id]) -> Result<Vec<StoryAssignment>, StoreError> {
        let ids = ids.to_vec();
        self.read("reading story assignments", move |tx| Box::pin(async move { stories::assignments(tx, &ids).await }))
    }

    fn add_story_constraints(&self, constraints: &[StoryConstraint]) -> Result<(), StoreError> {
        let constraints = std::sync::Arc::new(constraints.to_vec());
        self.write("saving story decisions", move |tx| {
            let constraints = std::sync::Arc::clone(&constraints);
            Box::pin(async move { stories::add_constraints(tx, &constraints).await })
        })
    }

    fn story_constraints(&self) -> Result<Vec<StoryConstraint>, StoreError> {
        self.read("reading story decisions", move |tx| Box::pin(async move { stories::constraints(tx).await }))
    }

    fn articles_by_time(
        &self,
        since_us: i64,
        after: TimeCursor,
        limit: usize,
    ) -> Result<Vec<StoredArticle>, StoreError> {
        self.read("reading articles by time", move |tx| {
            Box::pin(async move { stories::articles_by_time(tx, since_us, after, limit).await })
        })
    }

    fn story_cards(&self, story_id: Id) -> Result<Vec<ArticleCard>, StoreError> {
        self.read("reading a story's articles", move |tx| {
            Box::pin(async move { stories::story_cards(tx, story_id).await })
        })
    }

    fn stories(&self, since_us: i64, min_articles: u64, limit: usize) -> Result<Vec<StoryRow>, StoreError> {
        self.read("listing stories", move |tx| {
            Box::pin(async move { stories::stories(tx, since_us, min_articles, limit).await })
        })
    }

    fn story(&self, story_id: Id) -> Result<Option<StoryRow>, StoreError> {
        self.read("reading a story", move |tx| Box::pin(async move { stories::story(tx, story_id).await }))
    }

    fn article_copies(&self, article_id: Id) -> Result<Vec<CopyRow>, StoreError> {
        self.read("reading an article's copies", move |tx| {
            Box::pin(async move { stories::copies(tx, article_id).await })
        })
    }

    // ---- images: columnist photos and lead images (issue 13) ----

    fn image(&self, url: &str, purpose: ImagePurpose) -> Result<Option<ImageRow>, StoreError> {
        let url = url.to_owned();
        self.read("reading an image", move |tx| Box::pin(async move { media::image(tx, &url, purpose).await }))
    }

    fn save_image(&self, image: &NewImage<'_>) -> Result<Id, StoreError> {
        let owned = media::own(image)?;
        self.write("saving an image", move |tx| {
            let owned = owned.clone();
            Box::pin(async move { media::save_image(tx, &owned).await })
        })
    }

    fn images(&self, after: Id, limit: usize) -> Result<Vec<ImageRow>, StoreError> {
        self.read("reading images", move |tx| Box::pin(async move { media::images(tx, after, limit).await }))
    }

    fn offer_columnist_photo(&self, publication_id: Id, name: &str, image_id: Id) -> Result<bool, StoreError> {
        let name = name.to_owned();
        self.write("offering a columnist photo", move |tx| {
            let name = name.clone();
            Box::pin(async move { media::offer_columnist_photo(tx, publication_id, &name, image_id).await })
        })
    }

    fn choose_columnist_photo(&self, columnist_id: Id, image_id: Option<Id>) -> Result<(), StoreError> {
        self.write("choosing a columnist photo", move |tx| {
            Box::pin(async move { media::choose_columnist_photo(tx, columnist_id, image_id).await })
        })
    }

    fn display_generation(&self) -> Result<i64, StoreError> {
        self.read("reading the display generation", move |tx| {
            Box::pin(async move { media::display_generation(tx).await })
        })
    }

    // ---- several crawl nodes on one store (issue 12): nodes.rs ----

    fn coordination(&self) -> Option<&dyn crate::Coordination> {
        Some(self)
    }

    // ---- several serve nodes on one store (issue 12): visits.rs ----

    fn visits(&self) -> Option<&dyn crate::SharedVisits> {
        Some(self)
    }
}
