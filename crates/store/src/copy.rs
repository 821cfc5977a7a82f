//! `colonnade store copy`: a whole store copied into PostgreSQL, resumably.
//!
//! Rows go over unchanged, ids included (ids are PostgreSQL identities `BY DEFAULT`, and each
//! table's sequence is moved past the largest id afterwards), table by table in the order the
//! foreign keys need, in batches ordered by each table's key. Every batch is one transaction that
//! also records how far that table got (`copy_progress`), and rows are upserted by their keys,
//! so a copy killed at any moment resumes where it stopped and a batch written twice changes
//! nothing. At the end every table is counted on both sides.
//!
//! The raw tables are read below the [`Store`](crate::Store) trait (which has no reads for
//! aliases, the fetch log or per-day counters) through [`CopySource`], which both backends
//! implement; only PostgreSQL is a target.

use std::ops::ControlFlow;

use crate::{PgOptions, PgStore, SqliteStore, StoreError, StoreLocation};

/// A column's type in PostgreSQL (SQLite's STRICT columns hold the same values).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Col {
    /// BIGINT.
    Int8,
    /// INTEGER.
    Int4,
    /// DOUBLE PRECISION.
    Float8,
    /// TEXT.
    Text,
    /// BYTEA.
    Bytea,
}

/// One stored value, as it is in either backend.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    Null,
    Int(i64),
    Float(f64),
    Text(String),
    Blob(Vec<u8>),
}

/// How a table's rows are ordered and resumed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum KeyKind {
    /// One BIGINT column (an id).
    Int(&'static str),
    /// One TEXT column, in byte order.
    Text(&'static str),
    /// Two BIGINT columns.
    Pair(&'static str, &'static str),
}

/// Where the last batch of a table ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Key {
    Int(i64),
    Text(String),
    Pair(i64, i64),
}

impl Key {
    fn encode(&self) -> String {
        match self {
            Key::Int(i) => i.to_string(),
            Key::Text(s) => s.clone(),
            Key::Pair(a, b) => format!("{a},{b}"),
        }
    }

    fn decode(kind: KeyKind, s: &str) -> Result<Key, StoreError> {
        let bad = || StoreError::Corrupt(format!("copy progress key {s:?} does not fit its table"));
        Ok(match kind {
            KeyKind::Int(_) => Key::Int(s.parse().map_err(|_| bad())?),
            KeyKind::Text(_) => Key::Text(s.to_owned()),
            KeyKind::Pair(..) => {
                let (a, b) = s.split_once(',').ok_or_else(bad)?;
                Key::Pair(a.parse().map_err(|_| bad())?, b.parse().map_err(|_| bad())?)
            }
        })
    }

    /// The key of `row` (whose first columns are the key columns).
    fn of(kind: KeyKind, row: &[Value]) -> Result<Key, StoreError> {
        let int = |v: Option<&Value>| match v {
            Some(Value::Int(i)) => Ok(*i),
            other => Err(StoreError::Corrupt(format!("key column holds {other:?}"))),
        };
        Ok(match kind {
            KeyKind::Int(_) => Key::Int(int(row.first())?),
            KeyKind::Text(_) => match row.first() {
                Some(Value::Text(s)) => Key::Text(s.clone()),
                other => return Err(StoreError::Corrupt(format!("key column holds {other:?}"))),
            },
            KeyKind::Pair(..) => Key::Pair(int(row.first())?, int(row.get(1))?),
        })
    }
}

/// A table to copy: its columns, key columns first.
#[derive(Debug)]
pub(crate) struct Table {
    pub(crate) name: &'static str,
    pub(crate) columns: &'static [(&'static str, Col)],
    pub(crate) key: KeyKind,
    /// The key is an identity column whose sequence must move past the copied ids.
    pub(crate) identity: bool,
    /// Rows per batch (raw pages are large).
    pub(crate) batch: usize,
}

impl Table {
    pub(crate) fn column_list(&self) -> String {
        self.columns.iter().map(|(c, _)| *c).collect::<Vec<_>>().join(", ")
    }

    pub(crate) fn key_columns(&self) -> Vec<&'static str> {
        match self.key {
            KeyKind::Int(c) | KeyKind::Text(c) => vec![c],
            KeyKind::Pair(a, b) => vec![a, b],
        }
    }
}

use Col::{Bytea, Float8, Int4, Int8, Text};

/// Every table, in the order foreign keys need. The lease, host and salt tables of PostgreSQL
/// hold nothing a SQLite store has.
pub(crate) const TABLES: &[Table] = &[
    Table {
        name: "publications",
        columns: &[
            ("id", Int8),
            ("name", Text),
            ("homepage", Text),
            ("country", Text),
            ("language", Text),
            ("created_us", Int8),
        ],
        key: KeyKind::Int("id"),
        identity: true,
        batch: 1000,
    },
    Table {
        name: "feeds",
        columns: &[
            ("id", Int8),
            ("publication_id", Int8),
            ("url", Text),
            ("kind", Text),
            ("etag", Text),
            ("last_modified", Text),
            ("last_fetch_us", Int8),
            ("next_fetch_us", Int8),
            ("interval_secs", Int8),
            ("failures", Int8),
            ("last_status", Int4),
            ("last_error", Text),
            ("items_seen", Int8),
            ("new_items_seen", Int8),
        ],
        key: KeyKind::Int("id"),
        identity: true,
        batch: 1000,
    },
    Table {
        name: "images",
        columns: &[
            ("id", Int8),
            ("url", Text),
            ("purpose", Text),
            ("publication_id", Int8),
            ("etag", Text),
            ("last_modified", Text),
            ("fetched_us", Int8),
            ("next_fetch_us", Int8),
            ("failures", Int8),
            ("error", Text),
            ("source_width", Int8),
            ("source_height", Int8),
            ("variants", Text),
        ],
        key: KeyKind::Int("id"),
        identity: true,
        batch: 1000,
    },
    Table {
        name: "columnists",
        columns: &[
            ("id", Int8),
            ("publication_id", Int8),
            ("name", Text),
            ("page_url", Text),
            ("photo_url", Text),
            ("photo_image_id", Int8),
            ("photo_chosen", Int4),
        ],
        key: KeyKind::Int("id"),
        identity: true,
        batch: 1000,
    },
    Table {
        name: "articles",
        columns: &[
            ("id", Int8),
            ("publication_id", Int8),
            ("columnist_id", Int8),
            ("url", Text),
            ("url_key", Text),
            ("title", Text),
            ("description", Text),
            ("authors", Text),
            ("byline", Text),
            ("published_us", Int8),
            ("published_offset", Int4),
            ("modified_us", Int8),
            ("modified_offset", Int4),
            ("site_name", Text),
            ("lang", Text),
            ("image", Text),
            ("section", Text),
            ("kind", Text),
            ("text", Text),
            ("html", Text),
            ("excerpt", Text),
            ("word_count", Int8),
            ("confidence", Float8),
            ("content_hash", Int8),
            ("first_seen_us", Int8),
            ("updated_us", Int8),
            ("credits", Text),
        ],
        key: KeyKind::Int("id"),
        identity: true,
        batch: 500,
    },
    Table {
        name: "article_urls",
        columns: &[("url_key", Text), ("article_id", Int8)],
        key: KeyKind::Text("url_key"),
        identity: false,
        batch: 2000,
    },
    Table {
        name: "raw_pages",
        columns: &[
            ("article_id", Int8),
            ("url", Text),
            ("status", Int4),
            ("headers", Text),
            ("body", Bytea),
            ("fetched_us", Int8),
            ("evidence", Text),
        ],
        key: KeyKind::Int("article_id"),
        identity: false,
        batch: 200,
    },
    Table {
        name: "fetch_log",
        columns: &[
            ("id", Int8),
            ("url", Text),
            ("host", Text),
            ("status", Int4),
            ("bytes", Int8),
            ("duration_ms", Int8),
            ("outcome", Text),
            ("error", Text),
            ("at_us", Int8),
        ],
        key: KeyKind::Int("id"),
        identity: true,
        batch: 2000,
    },
    Table {
        name: "counters",
        columns: &[("article_id", Int8), ("day", Int8), ("views", Int8), ("likes", Int8)],
        key: KeyKind::Pair("article_id", "day"),
        identity: false,
        batch: 2000,
    },
    Table {
        name: "article_stories",
        columns: &[
            ("article_id", Int8),
            ("story_id", Int8),
            ("copy_of", Int8),
            ("byline", Text),
            ("byline_note", Text),
        ],
        key: KeyKind::Int("article_id"),
        identity: false,
        batch: 2000,
    },
    Table {
        name: "story_constraints",
        columns: &[("a", Int8), ("b", Int8), ("link", Text)],
        key: KeyKind::Pair("a", "b"),
        identity: false,
        batch: 2000,
    },
];

/// A store whose tables can be read row by row, as stored.
pub(crate) trait CopySource {
    /// Rows of `table` after `after` (from the start with `None`), in key order, at most `limit`.
    fn read_rows(&self, table: &Table, after: Option<&Key>, limit: usize) -> Result<Vec<Vec<Value>>, StoreError>;
    /// Rows in `table`.
    fn count_rows(&self, table: &Table) -> Result<u64, StoreError>;
}

/// What [`copy_store`] reports as it goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CopyProgress {
    /// The table being copied.
    pub table: &'static str,
    /// Its rows copied so far (over all runs of a resumed copy).
    pub copied: u64,
    /// Its rows in the source.
    pub total: u64,
}

/// What [`copy_store`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CopySummary {
    /// Per table: rows in the source, rows in the target after the copy.
    pub tables: Vec<(&'static str, u64, u64)>,
    /// Whether every table was copied and the counts agreed; `false` when the progress callback
    /// stopped the copy (run it again to resume).
    pub complete: bool,
    /// Whether this run resumed an earlier, unfinished copy.
    pub resumed: bool,
}

/// Copies the store at `from` (a SQLite data directory or a PostgreSQL database) into the
/// PostgreSQL database at `to`, which must be empty or hold an unfinished copy of the same
/// source (which is then resumed). `progress` is called after every batch; returning
/// [`ControlFlow::Break`] stops the copy there, as a kill would. At the end every table is
/// counted on both sides and a difference is an error.
pub fn copy_store(
    from: &StoreLocation,
    to: &StoreLocation,
    progress: &mut dyn FnMut(&CopyProgress) -> ControlFlow<()>,
) -> Result<CopySummary, StoreError> {
    let StoreLocation::Postgres(to_url) = to else {
        return Err(StoreError::InvalidInput(format!(
            "the copy's target {to} is not a PostgreSQL URL (postgres://…): only PostgreSQL can be copied into"
        )));
    };
    if from == to {
        return Err(StoreError::InvalidInput(format!("{from} cannot be copied onto itself")));
    }
    if !from.exists() {
        return Err(StoreError::InvalidInput(format!("there is no store at {from} to copy")));
    }
    let source: Box<dyn CopySource> = match from {
        StoreLocation::Sqlite(dir) => Box::new(SqliteStore::open(dir)?),
        StoreLocation::Postgres(url) => Box::new(PgStore::open(url, &PgOptions::default())?),
    };
    let target = PgStore::open(to_url, &PgOptions::default())?;
    copy_between(source.as_ref(), &from.to_string(), &target, progress)
}

/// [`copy_store`] between open stores; `source_name` identifies the source in the progress rows.
pub(crate) fn copy_between(
    source: &dyn CopySource,
    source_name: &str,
    target: &PgStore,
    progress: &mut dyn FnMut(&CopyProgress) -> ControlFlow<()>,
) -> Result<CopySummary, StoreError> {
    let state = target.copy_progress()?;
    let resumed = state.iter().any(|p| p.source == source_name);
    if let Some(other) = state.iter().find(|p| p.source != source_name) {
        return Err(StoreError::InvalidInput(format!(
            "the target holds a copy from {}, not from {source_name}; copy into a new, empty database",
            other.source
        )));
    }
    if !resumed {
        let held: Vec<String> =
            target.count_all()?.into_iter().filter(|(_, n)| *n > 0).map(|(table, n)| format!("{n} {table}")).collect();
        if !held.is_empty() {
            return Err(StoreError::InvalidInput(format!(
                "the target database already holds data ({}); copy into a new, empty database",
                held.join(", ")
            )));
        }
    }
    let mut summary = CopySummary { resumed, ..CopySummary::default() };
    for table in TABLES {
        let total = source.count_rows(table)?;
        let saved = state.iter().find(|p| p.source == source_name && p.table == table.name);
        let (mut after, mut copied, done) = match saved {
            Some(p) if p.done => (None, p.rows, true),
            Some(p) => (Some(Key::decode(table.key, &p.after_key)?), p.rows, false),
            None => (None, 0, false),
        };
        if !done {
            loop {
                let rows = source.read_rows(table, after.as_ref(), table.batch)?;
                let last = match rows.last() {
                    Some(row) => Some(Key::of(table.key, row)?),
                    None => None,
                };
                let finished = rows.len() < table.batch;
                copied += rows.len() as u64;
                let key = last.clone().or_else(|| after.clone());
                target.write_copy_batch(
                    table,
                    &rows,
                    source_name,
                    key.as_ref().map(Key::encode).as_deref(),
                    copied,
                    finished,
                )?;
                after = key;
                if progress(&CopyProgress { table: table.name, copied, total }).is_break() {
                    return Ok(summary);
                }
                if finished {
                    break;
                }
            }
        }
        let in_target = target.count_rows(table)?;
        summary.tables.push((table.name, total, in_target));
    }
    let differ: Vec<String> = summary
        .tables
        .iter()
        .filter(|(_, s, t)| s != t)
        .map(|(name, s, t)| format!("{name}: {s} in the source, {t} in the target"))
        .collect();
    if !differ.is_empty() {
        return Err(StoreError::Corrupt(format!(
            "the copy's counts differ ({}); was the source written to during the copy?",
            differ.join("; ")
        )));
    }
    summary.complete = true;
    Ok(summary)
}

/// One row of `copy_progress`.
#[derive(Debug, Clone)]
pub(crate) struct SavedProgress {
    pub(crate) source: String,
    pub(crate) table: String,
    pub(crate) after_key: String,
    pub(crate) rows: u64,
    pub(crate) done: bool,
}
