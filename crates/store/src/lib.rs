//! Colonnade's storage layer.
//!
//! The crawler and the web front end talk to the [`Store`] trait and never see SQL. Two backends
//! implement it with the same semantics, checked by one conformance suite (`tests/store.rs`):
//!
//! - [`SqliteStore`] is the default backend: one file, `colonnade.db`, in a data directory,
//!   in WAL mode with `synchronous = NORMAL`, foreign keys on and a 5 s busy timeout. It has
//!   one writer connection and a small pool of read connections.
//! - Every write method of [`Store`] is exactly one transaction. A process killed at any
//!   moment (even with `SIGKILL`) loses nothing that was committed and leaves a database that
//!   opens cleanly; only a power loss can roll back the last commits (`synchronous = NORMAL`).
//! - [`Store::save_article`] stores an [`Article`] once however many URLs it is
//!   reached by: every dedup key it was seen under goes into an alias table, and a re-save
//!   reports [`SaveOutcome::Inserted`], [`SaveOutcome::Updated`] or [`SaveOutcome::Unchanged`]
//!   by comparing a content hash ([`content_hash`]) and the metadata.
//! - Raw pages are kept zstd-compressed, and [`export_warc`] writes them all out as WARC/1.1.
//! - The schema is versioned with numbered SQL migrations and `PRAGMA user_version`; a
//!   database written by a newer version is refused with [`StoreError::TooNew`].
//! - [`PgStore`] keeps the same tables in a PostgreSQL database, for several processes or machines
//!   on one store. It has its own numbered migrations and a schema-version row.
//! - Crawl nodes sharing a PostgreSQL store coordinate through it: [`Coordination`]; serve nodes
//!   count each visitor once through [`SharedVisits`].
//! - [`open`] opens either from a [`StoreLocation`] (a data directory or a `postgres://` URL), and
//!   [`copy_store`] copies a whole store into PostgreSQL, resumably.
//!
//! ```no_run
//! use colonnade_store::{PublicationRecord, SqliteStore, Store};
//!
//! # fn main() -> Result<(), colonnade_store::StoreError> {
//! let store = SqliteStore::open(std::path::Path::new("data"))?;
//! let id = store.upsert_publication(&PublicationRecord {
//!     name: "The Daily Example".into(),
//!     homepage: "https://example.com/".into(),
//!     country: Some("GB".into()),
//!     language: Some("en".into()),
//! })?;
//! println!("{id}: {:?}", store.stats()?);
//! # Ok(())
//! # }
//! ```

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;
use std::str::FromStr;
use std::sync::Arc;

pub use colonnade_model::{Article, FetchOutcome, Kind, Timestamp};

mod convert;
mod copy;
mod location;
mod migrate;
mod nodes;
mod postgres;
mod sqlite;
mod visits;
mod warc;

pub use copy::{CopyProgress, CopySummary, copy_store};
pub use location::StoreLocation;
pub use nodes::{Coordination, HostTurn, RobotsTxt};
pub use postgres::{PgError, PgOptions, PgStore};
pub use sqlite::{DB_FILE, SqliteStore};
pub use visits::{CountChanges, SharedVisits, Visit};
pub use warc::export_warc;

/// Opens the store at `location`: the SQLite file in a data directory (created if missing) or a
/// PostgreSQL database. Either is migrated to the current schema, or refused with
/// [`StoreError::TooNew`] before anything in it is changed.
pub fn open(location: &StoreLocation) -> Result<Arc<dyn Store>, StoreError> {
    Ok(match location {
        StoreLocation::Sqlite(dir) => Arc::new(SqliteStore::open(dir)?),
        StoreLocation::Postgres(url) => Arc::new(PgStore::open(url, &PgOptions::default())?),
    })
}

/// The error of a database library under a [`StoreError`]: a `rusqlite::Error`, or a [`PgError`]
/// for PostgreSQL. Downcast it to tell them apart.
pub type DbError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// Row id of a publication, feed, columnist or article.
pub type Id = i64;

/// What went wrong in the store.
///
/// `Display` says what failed; the underlying database or I/O error is the
/// [`source`](std::error::Error::source), so print the whole chain (`{:#}` with anyhow). Each
/// link prints its own part once.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The database failed while the store was doing `op` (either backend).
    #[error("database error while {op}")]
    Query {
        /// What the store was doing, e.g. "saving an article".
        op: &'static str,
        /// The database library's error: `rusqlite::Error` or [`PgError`].
        #[source]
        source: DbError,
    },
    /// The connection to the database server was lost while a transaction was committing: the
    /// server may have saved it or not. Nothing was half-written either way: a transaction is
    /// whole or absent.
    #[error("lost the connection to the database while committing ({op}): it may or may not have been saved")]
    CommitUnknown {
        /// What the store was doing.
        op: &'static str,
        /// Why: a [`PgError`].
        #[source]
        source: DbError,
    },
    /// The database server could not be reached or refused the connection. The message does not
    /// repeat the URL, which the caller names (`opening the store at …`).
    #[error("cannot connect to the PostgreSQL server")]
    Connect {
        /// Where, with any password left out.
        target: String,
        /// Why: a [`PgError`].
        #[source]
        source: DbError,
    },
    /// The database was written by a newer version of Colonnade.
    #[error("database schema version {found} is newer than this program knows ({known}); upgrade Colonnade")]
    TooNew {
        /// The database's `user_version`.
        found: i64,
        /// The newest version this code has migrations for.
        known: i64,
    },
    /// A file or directory could not be created or read.
    #[error("I/O error on {}", path.display())]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The error.
        #[source]
        source: std::io::Error,
    },
    /// Writing an export (such as [`export_warc`]) to its output failed.
    #[error("could not write the export")]
    Write(#[source] std::io::Error),
    /// A stored value cannot be read back (an unknown kind, an impossible time, bad JSON).
    #[error("corrupt data in the store: {0}")]
    Corrupt(String),
    /// A raw page could not be compressed or decompressed.
    #[error("zstd failed: {0}")]
    Compression(String),
    /// The PostgreSQL client's own threads could not start, or a call on them stopped.
    #[error("the PostgreSQL client failed: {0}")]
    Client(String),
    /// The caller passed something the store cannot take (an article without a URL, an unknown id).
    #[error("invalid input: {0}")]
    InvalidInput(String),
}

/// A publication as the configuration or discovery describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicationRecord {
    /// Display name.
    pub name: String,
    /// Home page URL: the publication's identity in the store.
    pub homepage: String,
    /// ISO 3166 country code, when known.
    pub country: Option<String>,
    /// BCP 47 language tag, when known.
    pub language: Option<String>,
}

/// A stored publication with its article count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicationRow {
    /// Row id.
    pub id: Id,
    /// What was stored.
    pub record: PublicationRecord,
    /// Number of articles stored for it.
    pub articles: u64,
}

/// What sort of source a feed URL is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SourceKind {
    /// RSS 0.9x/1.0/2.0.
    Rss,
    /// Atom 1.0.
    Atom,
    /// JSON Feed.
    Json,
    /// An XML sitemap (including news sitemaps).
    Sitemap,
    /// An HTML page listing article links (a columnist's page, an opinion section).
    Listing,
    /// Not known yet.
    #[default]
    Unknown,
}

impl SourceKind {
    /// Every kind, in declaration order.
    pub const ALL: [SourceKind; 6] = [
        SourceKind::Rss,
        SourceKind::Atom,
        SourceKind::Json,
        SourceKind::Sitemap,
        SourceKind::Listing,
        SourceKind::Unknown,
    ];

    /// The lowercase name stored in the database (`rss`, `atom`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Rss => "rss",
            SourceKind::Atom => "atom",
            SourceKind::Json => "json",
            SourceKind::Sitemap => "sitemap",
            SourceKind::Listing => "listing",
            SourceKind::Unknown => "unknown",
        }
    }
}

impl fmt::Display for SourceKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The name given to [`SourceKind::from_str`] is not a source kind.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown source kind {0:?} (expected rss, atom, json, sitemap, listing or unknown)")]
pub struct ParseSourceKindError(pub String);

impl FromStr for SourceKind {
    type Err = ParseSourceKindError;

    /// Parses the name [`SourceKind::as_str`] gives (exactly, lowercase).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        SourceKind::ALL.into_iter().find(|k| k.as_str() == s).ok_or_else(|| ParseSourceKindError(s.to_owned()))
    }
}

/// A stored feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedRow {
    /// Row id.
    pub id: Id,
    /// The publication it belongs to.
    pub publication_id: Id,
    /// Its URL (unique).
    pub url: String,
    /// What sort of source it is.
    pub kind: SourceKind,
    /// The crawler's bookkeeping for it.
    pub state: FeedState,
}

/// The crawler's bookkeeping for one feed: conditional-GET validators and the schedule.
///
/// Times are the crawler's own clock and are stored in UTC, so they come back with
/// `offset_seconds == 0` and microsecond precision.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct FeedState {
    /// `ETag` of the last 200 response.
    pub etag: Option<String>,
    /// `Last-Modified` of the last 200 response, as sent.
    pub last_modified: Option<String>,
    /// When it was last fetched.
    pub last_fetch_at: Option<Timestamp>,
    /// When it is due next.
    pub next_fetch_at: Option<Timestamp>,
    /// Current polling interval in seconds (0: the scheduler's default).
    pub interval_secs: i64,
    /// Consecutive failed fetches.
    pub failures: u32,
    /// HTTP status of the last fetch, if a response came.
    pub last_status: Option<u16>,
    /// The last error, if the last fetch failed.
    pub last_error: Option<String>,
    /// Items seen in the feed in total.
    pub items_seen: u64,
    /// Items that were new when seen.
    pub new_items_seen: u64,
}

/// A fetched page to keep beside its article.
#[derive(Debug, Clone, Copy)]
pub struct RawPage<'a> {
    /// The URL that was fetched (after redirects).
    pub url: &'a str,
    /// HTTP status.
    pub status: u16,
    /// Response headers, in order.
    pub headers: &'a [(String, String)],
    /// The (content-decoded) body.
    pub body: &'a [u8],
    /// When it was fetched.
    pub fetched_at: Timestamp,
    /// What the crawl knew about the page besides its bytes (feed item, operator declarations),
    /// as JSON written and read by ingest; kept with the page for re-extraction.
    pub evidence: Option<&'a str>,
}

/// An article to save, with the keys it was found under.
#[derive(Debug, Clone, Copy)]
pub struct NewArticle<'a> {
    /// The publication it belongs to (used when it is inserted; a found article keeps its own).
    pub publication_id: Id,
    /// The extracted article; `article.url` (the canonical URL) must be `Some`.
    pub article: &'a Article,
    /// The dedup key of the URL it was reached by (e.g. the feed link).
    pub url_key: &'a str,
    /// More dedup keys for the same article (redirect target, canonical URL).
    pub alt_url_keys: &'a [String],
    /// The fetched page, to keep (replaces an older stored page).
    pub raw: Option<RawPage<'a>>,
    /// When it was seen: `first_seen` on insert, `updated` on update.
    pub seen_at: Timestamp,
}

/// What [`Store::save_article`] or [`Store::update_extraction`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveOutcome {
    /// A new article was stored under this id.
    Inserted(Id),
    /// An existing article's content or metadata changed and was rewritten.
    Updated(Id),
    /// The article was already stored as it is (aliases and raw page may still be recorded).
    Unchanged(Id),
}

impl SaveOutcome {
    /// The article's id, whatever happened.
    pub fn id(self) -> Id {
        match self {
            SaveOutcome::Inserted(id) | SaveOutcome::Updated(id) | SaveOutcome::Unchanged(id) => id,
        }
    }
}

/// One HTTP fetch, for the fetch log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchLogEntry {
    /// The URL requested.
    pub url: String,
    /// Its host (the politeness key).
    pub host: String,
    /// HTTP status, if a response came.
    pub status: Option<u16>,
    /// Body bytes read.
    pub bytes: u64,
    /// Wall time of the fetch.
    pub duration_ms: u64,
    /// How it ended; stored as its label ([`FetchOutcome::as_str`]).
    pub outcome: FetchOutcome,
    /// The error message, if it failed.
    pub error: Option<String>,
    /// When it started.
    pub at: Timestamp,
}

/// Counts of what is stored.
#[derive(Debug, Clone, PartialEq, serde::Serialize, Default)]
pub struct Stats {
    /// Publications.
    pub publications: u64,
    /// Feeds.
    pub feeds: u64,
    /// Columnists.
    pub columnists: u64,
    /// Articles.
    pub articles: u64,
    /// Articles per [`Kind`] name (`opinion`, `news`, `other`).
    pub articles_by_kind: BTreeMap<String, u64>,
    /// Fetch-log entries.
    pub fetches: u64,
    /// Fetch-log entries per outcome label ([`FetchOutcome::as_str`]), as stored: labels an older or
    /// newer version wrote are counted under their own name.
    pub fetches_by_outcome: BTreeMap<String, u64>,
    /// Stored raw pages.
    pub raw_pages: u64,
    /// Their compressed size in bytes.
    pub raw_bytes_compressed: u64,
    /// Stored images (source images with processed sizes; refused ones are not counted).
    pub images: u64,
    /// Their processed files.
    pub image_files: u64,
    /// The processed files' size in bytes.
    pub image_bytes: u64,
}

/// A stored raw page, decompressed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredPage {
    /// The article it belongs to.
    pub article_id: Id,
    /// That article's publication.
    pub publication_id: Id,
    /// The URL that was fetched.
    pub url: String,
    /// HTTP status.
    pub status: u16,
    /// Response headers, in order.
    pub headers: Vec<(String, String)>,
    /// The body, decompressed.
    pub body: Vec<u8>,
    /// When it was fetched (UTC, microsecond precision).
    pub fetched_at: Timestamp,
    /// The evidence stored with it ([`RawPage::evidence`]); `None` for pages stored before it was
    /// kept.
    pub evidence: Option<String>,
}

/// A stored article with its bookkeeping.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredArticle {
    /// Row id.
    pub id: Id,
    /// Its publication.
    pub publication_id: Id,
    /// Its columnist (from the first author), if any.
    pub columnist_id: Option<Id>,
    /// The article; times come back with microsecond precision.
    pub article: Article,
    /// When it was first stored (UTC).
    pub first_seen_at: Timestamp,
    /// When its content last changed (UTC).
    pub updated_at: Timestamp,
}

/// Which articles a listing shows. Every field that is set must match.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct ArticleFilter {
    /// Only this kind (the site shows [`Kind::Opinion`] unless asked otherwise).
    pub kind: Option<Kind>,
    /// Only this publication's.
    pub publication_id: Option<Id>,
    /// Only this columnist's.
    pub columnist_id: Option<Id>,
    /// Only publications of this country (ISO 3166-1 code, compared case-insensitively).
    pub country: Option<String>,
    /// Only articles in this language: its primary subtag matches (`pt` matches `pt-BR`).
    pub language: Option<String>,
}

/// The largest character boundary of `text` at or below `at`.
pub(crate) fn floor_char_boundary(text: &str, at: usize) -> usize {
    if at >= text.len() {
        return text.len();
    }
    (0..=at).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0)
}

/// The start of an article's text, for highlighting search results ([`Store::text_heads`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextHead {
    /// Row id.
    pub id: Id,
    /// Headline (empty when the page had none).
    pub title: String,
    /// The first bytes of the text: UTF-8 as stored, cut before a character that did not fit
    /// whole. Bytes, not a `String`: a reader that only scans part of them (search highlighting)
    /// validates what it reads, instead of paying for every byte up front.
    pub text: Vec<u8>,
}

/// The end of the bytes that hold whole characters, when `bytes` is UTF-8 cut anywhere: a
/// character whose first byte is among the last four but whose last byte is missing is left out.
/// Only the end is looked at; the rest is not validated.
pub(crate) fn whole_chars_end(bytes: &[u8]) -> usize {
    let len = bytes.len();
    for back in 1..=len.min(4) {
        let b = bytes[len - back];
        if b & 0xC0 == 0x80 {
            // A continuation byte: the character started further back.
            continue;
        }
        let width = match b {
            0x00..=0x7F => 1,
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => 4,
        };
        return if width > back { len - back } else { len };
    }
    len
}

/// What a listing shows of an article: enough for a card, without the text.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleCard {
    /// Row id.
    pub id: Id,
    /// Its publication.
    pub publication_id: Id,
    /// The publication's name.
    pub publication_name: String,
    /// The publication's country, when known.
    pub country: Option<String>,
    /// Its columnist, if any.
    pub columnist_id: Option<Id>,
    /// The columnist's name.
    pub columnist_name: Option<String>,
    /// The columnist's chosen photo ([`Store::offer_columnist_photo`], [`Store::choose_columnist_photo`]):
    /// its processed sizes, smallest first; empty when there is none.
    pub columnist_photo: Vec<ImageVariant>,
    /// Every author named on the page.
    pub authors: Vec<String>,
    /// The organisations the byline credits (agencies, desks).
    pub credits: Vec<String>,
    /// The original article's URL.
    pub url: String,
    /// Headline.
    pub title: Option<String>,
    /// The page's own summary, when it had one.
    pub description: Option<String>,
    /// The stored excerpt (the first words of the text).
    pub excerpt: String,
    /// Publication time, when the page gave one.
    pub published: Option<Timestamp>,
    /// When the article was first stored.
    pub first_seen_at: Timestamp,
    /// When its content last changed.
    pub updated_at: Timestamp,
    /// Language tag.
    pub lang: Option<String>,
    /// Opinion, news or other.
    pub kind: Kind,
    /// Lead image URL.
    pub image: Option<String>,
    /// The lead image as stored from that URL ([`ImagePurpose::Lead`]), smallest first; empty when
    /// it was not fetched (yet, or refused).
    pub lead_image: Vec<ImageVariant>,
    /// Words in the text.
    pub word_count: u64,
    /// Views and likes over all days.
    pub counts: Counts,
}

impl ArticleCard {
    /// The time listings sort by: the publication time, or when it was first seen.
    pub fn sort_time(&self) -> Timestamp {
        self.published.unwrap_or(self.first_seen_at)
    }
}

/// View and like totals.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    /// Views counted.
    pub views: u64,
    /// Likes given.
    pub likes: u64,
}

/// Views and likes to add to one article's counters for one day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CountDelta {
    /// The article.
    pub article_id: Id,
    /// Days since 1970-01-01 (UTC).
    pub day: i64,
    /// Views to add.
    pub views: u64,
    /// Likes to add.
    pub likes: u64,
}

/// A columnist with their counts.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnistRow {
    /// Row id.
    pub id: Id,
    /// Name as printed.
    pub name: String,
    /// The publication they write for.
    pub publication_id: Id,
    /// Its name.
    pub publication_name: String,
    /// Their page at the publication, when known.
    pub page_url: Option<String>,
    /// The source URL of their chosen photo, when there is one.
    pub photo_url: Option<String>,
    /// Their chosen photo's processed sizes, smallest first; empty when there is none.
    pub photo: Vec<ImageVariant>,
    /// Whether the operator chose (or removed) the photo, so the crawl leaves it alone.
    pub photo_chosen: bool,
    /// Articles stored under their name.
    pub articles: u64,
    /// Of those, opinion pieces.
    pub columns: u64,
    /// Sort time of their newest article.
    pub latest: Option<Timestamp>,
}

/// Where [`Store::changed_since`] stopped: pass it back to read on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub struct ChangeCursor {
    /// `updated` of the last article read, in microseconds since the epoch.
    pub updated_us: i64,
    /// Its id (ties on `updated_us` are broken by id).
    pub id: Id,
}

impl ChangeCursor {
    /// The cursor just after `article`.
    pub fn after(article: &StoredArticle) -> ChangeCursor {
        ChangeCursor { updated_us: article.updated_at.instant.as_microsecond(), id: article.id }
    }
}

// ---- stories (issue 11) ----------------------------------------------------------------------

/// Where the stories stage put one article ([`Store::save_story_assignments`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoryAssignment {
    /// The article.
    pub article_id: Id,
    /// Its story: the id of the story's first article.
    pub story_id: Id,
    /// The original, when this article is a syndicated copy of it. Copies are left out of
    /// listings, counts and search results: the original stands for them.
    pub copy_of: Option<Id>,
    /// The person a copy names as author when this article's own byline names none (an agency
    /// or desk byline): the name cards show as the columnist.
    pub byline: Option<String>,
    /// How the copies' bylines disagree, when they do (for the operator).
    pub byline_note: Option<String>,
}

/// An operator's decision about two articles' stories.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StoryLink {
    /// They must share a story (`colonnade stories merge`).
    Must,
    /// They must not share a story (`colonnade stories split`).
    Cannot,
}

impl StoryLink {
    /// The name stored in the database (`must`, `cannot`).
    pub fn as_str(self) -> &'static str {
        match self {
            StoryLink::Must => "must",
            StoryLink::Cannot => "cannot",
        }
    }
}

/// What an image is for: a columnist's face or an article's lead image.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ImagePurpose {
    /// A columnist's photo.
    Face,
    /// An article's lead image.
    Lead,
}

impl ImagePurpose {
    /// The name stored in the database: `face` or `lead`.
    pub fn as_str(self) -> &'static str {
        match self {
            ImagePurpose::Face => "face",
            ImagePurpose::Lead => "lead",
        }
    }

    fn from_db(s: &str) -> Result<ImagePurpose, StoreError> {
        match s {
            "face" => Ok(ImagePurpose::Face),
            "lead" => Ok(ImagePurpose::Lead),
            other => Err(StoreError::Corrupt(format!("unknown image purpose {other:?}"))),
        }
    }
}

/// One operator decision, kept for every later rebuild ([`Store::add_story_constraints`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct StoryConstraint {
    /// One article.
    pub a: Id,
    /// The other.
    pub b: Id,
    /// Together or apart.
    pub link: StoryLink,
}

/// A story as listings show it ([`Store::stories`]).
#[derive(Debug, Clone, PartialEq)]
pub struct StoryRow {
    /// The story's id (its first article's id).
    pub id: Id,
    /// The headline of its first article that has one.
    pub title: Option<String>,
    /// Articles in it, copies left out.
    pub articles: u64,
    /// Publications that printed any of it, copies included.
    pub publications: u64,
    /// Countries of those publications (publications without a country are not counted).
    pub countries: u64,
    /// Languages of its articles.
    pub languages: u64,
    /// Sort time of its newest article.
    pub latest: Timestamp,
}

/// A syndicated copy of an article, for "Also published in" ([`Store::article_copies`]).
#[derive(Debug, Clone, PartialEq)]
pub struct CopyRow {
    /// The copy's id.
    pub article_id: Id,
    /// Its URL.
    pub url: String,
    /// Its publication.
    pub publication_id: Id,
    /// The publication's name.
    pub publication_name: String,
    /// The publication's country.
    pub country: Option<String>,
    /// When the copy was published (or first seen, when the page gave no date).
    pub published: Timestamp,
}

/// Where [`Store::articles_by_time`] stopped: the sort time (publication, else first seen) of
/// the last article read, in microseconds, and its id.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TimeCursor {
    /// `coalesce(published, first_seen)` in microseconds since the epoch.
    pub time_us: i64,
    /// The article's id (ties broken by id).
    pub id: Id,
}

impl TimeCursor {
    /// Before every article.
    pub const START: TimeCursor = TimeCursor { time_us: i64::MIN, id: Id::MIN };

    /// The cursor just after `article`.
    pub fn after(article: &StoredArticle) -> TimeCursor {
        let t = article.article.published.map_or(article.first_seen_at.instant, |p| p.instant);
        TimeCursor { time_us: t.as_microsecond(), id: article.id }
    }
}

/// One processed size of a stored image. The bytes live outside the store, content-addressed
/// under the data directory as [`ImageVariant::file`].
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ImageVariant {
    /// The file name, `<hash>.<ext>`: its name under `<data>/media/` and in `/media/` URLs.
    pub file: String,
    /// Its MIME type (`image/jpeg`).
    pub mime: String,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Size in bytes.
    pub bytes: u64,
}

/// A stored image: where it came from, its fetch bookkeeping and its processed sizes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageRow {
    /// Row id.
    pub id: Id,
    /// The source URL (`file:` and the file's name for one an operator gave).
    pub url: String,
    /// What it is for.
    pub purpose: ImagePurpose,
    /// The publication whose page named it (the licence-relevant origin), when known.
    pub publication_id: Option<Id>,
    /// `ETag` of the last 200 response.
    pub etag: Option<String>,
    /// `Last-Modified` of the last 200 response.
    pub last_modified: Option<String>,
    /// When it was last fetched (UTC).
    pub fetched_at: Timestamp,
    /// When it may be fetched again (UTC).
    pub next_fetch_at: Timestamp,
    /// Failed fetches or refusals in a row.
    pub failures: u32,
    /// Why the last fetch failed or the image was refused.
    pub error: Option<String>,
    /// The source image's size, when it was processed.
    pub source_size: Option<(u32, u32)>,
    /// Processed sizes, smallest first; empty when nothing usable was ever fetched.
    pub variants: Vec<ImageVariant>,
}

/// The outcome of one fetch of an image, for [`Store::save_image`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImageFetch {
    /// A new or changed image, processed: replaces the variants and clears the error.
    Processed {
        /// The source image's width and height.
        source_size: (u32, u32),
        /// The processed sizes, files already written.
        variants: Vec<ImageVariant>,
    },
    /// `304 Not Modified`: the variants stay, the error is cleared.
    NotModified,
    /// Refused or failed: the variants from before stay (a photo does not vanish because a
    /// refresh failed); the error is recorded and the failures counted.
    Failed(String),
}

/// An image fetch to record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewImage<'a> {
    /// The source URL (the row's identity, with `purpose`).
    pub url: &'a str,
    /// What it is for.
    pub purpose: ImagePurpose,
    /// The publication whose page named it; a row keeps the first one it was given.
    pub publication_id: Option<Id>,
    /// Validators of the response, for the next conditional GET (kept when `None`).
    pub etag: Option<&'a str>,
    /// See `etag`.
    pub last_modified: Option<&'a str>,
    /// When it was fetched.
    pub fetched_at: Timestamp,
    /// When it may be fetched again.
    pub next_fetch_at: Timestamp,
    /// What came of it.
    pub fetch: ImageFetch,
}

/// Storage for everything the crawler finds. Implementations are shared between threads.
///
/// Every write method is one transaction: it happens entirely or not at all.
pub trait Store: Send + Sync {
    /// Inserts a publication, or finds it by `homepage` and updates its name, country and language.
    fn upsert_publication(&self, p: &PublicationRecord) -> Result<Id, StoreError>;

    /// Every publication with its article count, by id.
    fn publications(&self) -> Result<Vec<PublicationRow>, StoreError>;

    /// Inserts a feed, or finds it by `url` and updates its kind (an [`SourceKind::Unknown`]
    /// never overwrites a known kind). A feed never moves to another publication: a second
    /// publication naming the same URL leaves it where it is. Its state is kept.
    fn upsert_feed(&self, publication_id: Id, url: &str, kind: SourceKind) -> Result<Id, StoreError>;

    /// Every feed, by id.
    fn feeds(&self) -> Result<Vec<FeedRow>, StoreError>;

    /// Replaces a feed's state. Unknown ids are an [`StoreError::InvalidInput`].
    fn update_feed(&self, id: Id, state: &FeedState) -> Result<(), StoreError>;

    /// The article stored under a dedup key (any key it was seen under).
    fn article_id_by_url_key(&self, url_key: &str) -> Result<Option<Id>, StoreError>;

    /// Saves an article in one transaction.
    ///
    /// Finds an existing article by `url_key`, any of `alt_url_keys` or the canonical URL. If
    /// there is none, inserts it (its columnist is upserted from `article.authors[0]`, one per
    /// publication and name) → [`SaveOutcome::Inserted`]. If there is one and its content hash
    /// or metadata differ, rewrites its fields and `updated` → [`SaveOutcome::Updated`];
    /// otherwise [`SaveOutcome::Unchanged`]. Either way every key is recorded as an alias of
    /// the article (a key already owned by another article stays with it) and the raw page,
    /// if given, replaces an older stored one. An article never changes publication: keys and a
    /// canonical URL that belong to another publication's article are not claimed — the page is
    /// kept under its own fetched URL, or refused ([`StoreError::InvalidInput`]) if it has none.
    fn save_article(&self, a: &NewArticle<'_>) -> Result<SaveOutcome, StoreError>;

    /// Appends fetch-log entries, all in one transaction.
    fn log_fetches(&self, entries: &[FetchLogEntry]) -> Result<(), StoreError>;

    /// Counts of what is stored, from one consistent snapshot.
    fn stats(&self) -> Result<Stats, StoreError>;

    /// Stored pages with `article_id > after`, ascending, at most `limit` (for re-extraction and
    /// WARC export, streaming in batches: pass the last id seen as `after`).
    fn raw_pages(&self, after: Id, limit: usize) -> Result<Vec<StoredPage>, StoreError>;

    /// Replaces an article's extracted fields, keeping its id, keys and `first_seen`
    /// ([`SaveOutcome::Updated`] or [`SaveOutcome::Unchanged`], as for `save_article`).
    /// `article.url` may be `None` to keep the stored URL.
    fn update_extraction(
        &self,
        article_id: Id,
        article: &Article,
        seen_at: Timestamp,
    ) -> Result<SaveOutcome, StoreError>;

    /// One article by id.
    fn article(&self, id: Id) -> Result<Option<StoredArticle>, StoreError>;

    /// Articles with id > `after`, ascending, at most `limit` (for exports, streaming in batches).
    fn articles(&self, after: Id, limit: usize) -> Result<Vec<StoredArticle>, StoreError>;

    // ---- reads for the public site ----

    /// One publication by id.
    fn publication(&self, id: Id) -> Result<Option<PublicationRow>, StoreError>;

    /// Cards of the articles matching `filter`, newest first (by [`ArticleCard::sort_time`],
    /// then id), skipping `offset`, at most `limit`.
    fn cards(&self, filter: &ArticleFilter, offset: usize, limit: usize) -> Result<Vec<ArticleCard>, StoreError>;

    /// How many articles match `filter`.
    fn count_cards(&self, filter: &ArticleFilter) -> Result<u64, StoreError>;

    /// Cards of these articles, in the order given; unknown ids are left out.
    fn cards_by_id(&self, ids: &[Id]) -> Result<Vec<ArticleCard>, StoreError>;

    /// The title and the start of the text of these articles, at most `max_bytes` bytes of it
    /// cut at a character boundary, in the order given (unknown ids left out): what search
    /// highlighting reads, without loading whole articles.
    fn text_heads(&self, ids: &[Id], max_bytes: usize) -> Result<Vec<TextHead>, StoreError> {
        let mut out = Vec::with_capacity(ids.len());
        for &id in ids {
            if let Some(stored) = self.article(id)? {
                let mut text = stored.article.text;
                text.truncate(floor_char_boundary(&text, max_bytes));
                out.push(TextHead { id, title: stored.article.title.unwrap_or_default(), text: text.into_bytes() });
            }
        }
        Ok(out)
    }

    /// [`cards_by_id`](Self::cards_by_id) and the starts of those articles' texts
    /// ([`text_heads`](Self::text_heads)), in one read: what a page of search results needs.
    /// Heads come only for the articles that have a card.
    fn cards_and_heads(&self, ids: &[Id], max_bytes: usize) -> Result<(Vec<ArticleCard>, Vec<TextHead>), StoreError> {
        let cards = self.cards_by_id(ids)?;
        let with_card: Vec<Id> = cards.iter().map(|c| c.id).collect();
        let heads = self.text_heads(&with_card, max_bytes)?;
        Ok((cards, heads))
    }

    /// The most viewed articles matching `filter` over the days `since_day..` (days since the
    /// epoch, UTC), most views first, at most `limit`. Articles without views are left out.
    fn most_read(&self, filter: &ArticleFilter, since_day: i64, limit: usize) -> Result<Vec<ArticleCard>, StoreError>;

    /// Columnists with at least one article, by name; only one publication's with `publication_id`.
    fn columnists(&self, publication_id: Option<Id>) -> Result<Vec<ColumnistRow>, StoreError>;

    /// One columnist by id.
    fn columnist(&self, id: Id) -> Result<Option<ColumnistRow>, StoreError>;

    /// Adds views and likes, all in one transaction. Deltas for articles that no longer exist are
    /// dropped.
    fn add_counts(&self, deltas: &[CountDelta]) -> Result<(), StoreError>;

    /// View and like totals of one article.
    fn counts(&self, article_id: Id) -> Result<Counts, StoreError>;

    /// Articles whose content changed after `cursor` (by `updated`, then id), oldest change
    /// first, at most `limit`: the search indexer's feed. Pass [`ChangeCursor::after`] the last
    /// one to read on.
    fn changed_since(&self, cursor: ChangeCursor, limit: usize) -> Result<Vec<StoredArticle>, StoreError>;

    // ---- stories (issue 11) ----

    /// Saves where the stories stage put these articles (replacing what was saved for them) and,
    /// when given, the stage's position in [`Store::changed_since`] order, in one transaction.
    /// Rows for articles that no longer exist are dropped. An article that becomes a syndicated
    /// copy, stops being one or copies another original counts as changed: its `updated` moves
    /// one microsecond past the newest article's (the end of the change order, and no further,
    /// so an article being saved with its fetch time is not passed), so [`Store::changed_since`]
    /// hands it to the search indexer again, which leaves copies out of the index.
    fn save_story_assignments(&self, rows: &[StoryAssignment], cursor: Option<ChangeCursor>) -> Result<(), StoreError>;

    /// The stories stage's saved position ([`Store::save_story_assignments`]); `None` before the
    /// first save.
    fn story_cursor(&self) -> Result<Option<ChangeCursor>, StoreError>;

    /// The saved assignments of these articles, in the order given; articles without one are left
    /// out.
    fn story_assignments(&self, ids: &[Id]) -> Result<Vec<StoryAssignment>, StoreError>;

    /// Records operator decisions (a pair already decided takes the new link), in one
    /// transaction. Pairs naming unknown articles are an [`StoreError::InvalidInput`].
    fn add_story_constraints(&self, constraints: &[StoryConstraint]) -> Result<(), StoreError>;

    /// Every operator decision, in the order of their article ids.
    fn story_constraints(&self) -> Result<Vec<StoryConstraint>, StoreError>;

    /// Articles with a sort time (publication, else first seen) of at least `since_us` and after
    /// `after` in (sort time, id) order, oldest first, at most `limit`: what the stories stage
    /// replays, in the order it assigns.
    fn articles_by_time(
        &self,
        since_us: i64,
        after: TimeCursor,
        limit: usize,
    ) -> Result<Vec<StoredArticle>, StoreError>;

    /// Cards of a story's articles, copies left out, oldest first.
    fn story_cards(&self, story_id: Id) -> Result<Vec<ArticleCard>, StoreError>;

    /// Stories with at least `min_articles` articles (copies left out) whose newest article's
    /// sort time is at least `since_us`, most publications first, then most countries, then
    /// newest; at most `limit`.
    fn stories(&self, since_us: i64, min_articles: u64, limit: usize) -> Result<Vec<StoryRow>, StoreError>;

    /// One story by id, whatever its size or age.
    fn story(&self, story_id: Id) -> Result<Option<StoryRow>, StoreError>;

    /// The syndicated copies of an article, earliest first.
    fn article_copies(&self, article_id: Id) -> Result<Vec<CopyRow>, StoreError>;
    // ---- images: columnist photos and lead images (issue 13) ----
    //
    // The store keeps rows (source, origin, bookkeeping, processed sizes); the bytes are files
    // under the data directory, written by whoever processed them before the row is saved.

    /// The image fetched from `url` for `purpose`, if it was ever tried.
    fn image(&self, url: &str, purpose: ImagePurpose) -> Result<Option<ImageRow>, StoreError>;

    /// Records one fetch of an image (inserting its row the first time), in one transaction;
    /// returns the row id.
    fn save_image(&self, image: &NewImage<'_>) -> Result<Id, StoreError>;

    /// Stored images with id > `after`, ascending, at most `limit` (for exports).
    fn images(&self, after: Id, limit: usize) -> Result<Vec<ImageRow>, StoreError>;

    /// Offers the face image `image_id` as the photo of the columnist `name` of `publication_id`:
    /// taken unless the operator chose their photo ([`Store::choose_columnist_photo`]) or the
    /// columnist is unknown. Returns whether it was taken.
    fn offer_columnist_photo(&self, publication_id: Id, name: &str, image_id: Id) -> Result<bool, StoreError>;

    /// The operator's choice of a columnist's photo: an image, or none (initials). Either way the
    /// crawl no longer changes it. Unknown ids are an [`StoreError::InvalidInput`].
    fn choose_columnist_photo(&self, columnist_id: Id, image_id: Option<Id>) -> Result<(), StoreError>;

    /// A number that moves whenever something the pages show changes without an article changing:
    /// a columnist's photo chosen, removed or offered anew ([`Store::choose_columnist_photo`],
    /// [`Store::offer_columnist_photo`]), an image whose processed sizes changed
    /// ([`Store::save_image`]). A running site polls it beside [`Store::changed_since`] and drops
    /// its cached pages when it moves, also when another process (`colonnade columnists photo`)
    /// made the change. Only equality means anything: compare it with the last value read.
    fn display_generation(&self) -> Result<i64, StoreError>;

    // ---- several crawl nodes on one store (issue 12) ----

    /// How crawl nodes sharing this store coordinate (feed leases, host turns, article claims),
    /// or `None` for a store only one crawl process uses (SQLite), which keeps its schedule in
    /// memory.
    fn coordination(&self) -> Option<&dyn Coordination> {
        None
    }

    /// How serve nodes sharing this store count a visitor once (the day's salt, visitor keys,
    /// totals changed by other nodes), or `None` for a store one serve process uses (SQLite),
    /// which keeps its salt and keys in memory and writes with [`Store::add_counts`].
    fn visits(&self) -> Option<&dyn SharedVisits> {
        None
    }
}

/// The content hash stored with an article: xxh3-64 of `title + "\n" + text`, as `i64`.
///
/// xxh3's output is specified and stable across versions and platforms, so stored hashes stay valid.
pub fn content_hash(article: &Article) -> i64 {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    h.update(article.title.as_deref().unwrap_or("").as_bytes());
    h.update(b"\n");
    h.update(article.text.as_bytes());
    i64::from_ne_bytes(h.digest().to_ne_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cut_character_is_left_out_of_a_text_head() {
        // "aé€😀": 1, 2, 3 and 4 bytes.
        let text = "aé€😀".as_bytes();
        let ends: Vec<usize> = (0..=text.len()).map(|n| whole_chars_end(&text[..n])).collect();
        assert_eq!(ends, [0, 1, 1, 3, 3, 3, 6, 6, 6, 6, 10]);
        for n in 0..=text.len() {
            assert!(std::str::from_utf8(&text[..whole_chars_end(&text[..n])]).is_ok(), "cut at {n}");
        }
    }

    #[test]
    fn source_kind_round_trips_through_its_name() {
        for k in SourceKind::ALL {
            assert_eq!(k.as_str().parse::<SourceKind>(), Ok(k));
            assert_eq!(k.to_string(), k.as_str());
        }
        assert!("RSS".parse::<SourceKind>().is_err());
        assert!("".parse::<SourceKind>().is_err());
    }

    #[test]
    fn content_hash_covers_title_and_text_only() {
        let a = Article { title: Some("T".into()), text: "body".into(), ..Article::default() };
        let mut b = a.clone();
        b.description = Some("other".into());
        assert_eq!(content_hash(&a), content_hash(&b));
        b.text.push('!');
        assert_ne!(content_hash(&a), content_hash(&b));
        // The separator keeps "ab"+"c" apart from "a"+"bc".
        let c = Article { title: Some("ab".into()), text: "c".into(), ..Article::default() };
        let d = Article { title: Some("a".into()), text: "bc".into(), ..Article::default() };
        assert_ne!(content_hash(&c), content_hash(&d));
        // Specified output: xxh3-64 of "T\nbody".
        assert_eq!(content_hash(&a) as u64, xxhash_rust::xxh3::xxh3_64(b"T\nbody"));
    }
}
