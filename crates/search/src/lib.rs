//! Full-text search over Colonnade's columns, on tantivy.
//!
//! [`SearchIndex`] holds the index: [`SearchIndex::upsert`] and [`SearchIndex::delete`]
//! stage changes, [`SearchIndex::commit`] makes them visible, and
//! [`SearchIndex::search`] answers a [`SearchQuery`] with [`SearchResults`]: ranked
//! [`Hit`]s carrying the store's article id and highlighted HTML for the title and a
//! snippet. Everything else about an article is read from the store.
//!
//! The crate knows nothing of the store: documents come in as [`IndexDoc`]s, from whoever
//! feeds the index (in Colonnade, `colonnade_ingest::index`).
//!
//! # Keeping in step with a source
//!
//! A feeder that reads its source's changes in order saves its position, a [`Cursor`], in the
//! same tantivy commit as the documents ([`SearchIndex::commit_at`], or [`SearchIndex::apply`]
//! for a batch in one call), and reads it back with [`SearchIndex::cursor`] when it starts: the
//! documents and the position they claim are saved atomically, so a process killed at any
//! moment goes on from the last commit and loses nothing. A rebuild is [`SearchIndex::clear`],
//! every document staged, and one [`SearchIndex::commit_at`]: searches answer from the old
//! index until the new one is whole.
//!
//! # Languages
//!
//! Every document fills a neutral pair of fields (`title_any`, `text_any`: words,
//! lowercased, folded to ASCII, never stemmed; Han, kana and Thai cut into single
//! characters), so any language can be found by its exact words. A document in one of
//! English, French, German, Spanish, Portuguese, Italian, Turkish or Russian also fills
//! `title_stem` / `text_stem`, analysed with its own language's stemmer and stop words,
//! so "gouvernements" finds "gouvernement". A query is run against the neutral fields,
//! the `names` field (columnists and publication) and the stemmed fields, where each word is
//! looked up by its stem in every language it could be written in (Cyrillic: Russian; Latin
//! letters: the other seven), each distinct stem once; titles weigh double.
//!
//! # Bounded work
//!
//! A query uses at most [`MAX_TERMS`] words and builds at most [`MAX_SUBQUERIES`] term and
//! phrase queries ([`SearchIndex::subqueries`] counts them). A search examines at most
//! [`SearchQuery::max_examined`] matches and stops at its time budget ([`SearchQuery::budget`]),
//! answering with the best hits found so far, an estimated total and
//! [`SearchResults::partial`] set; hits not highlighted by the deadline are shown unmarked.
//!
//! # Query syntax
//!
//! Words must all match; `"exact phrases"` must match as adjacent words; `-word` and
//! `-"a phrase"` exclude. Malformed input never fails: see [`SearchQuery::text`].
//!
//! # Schema changes
//!
//! A `colonnade-search.json` marker beside the index records [`SCHEMA_VERSION`]. An
//! index written with an older version is wiped on [`SearchIndex::open`], and
//! [`SearchIndex::needs_rebuild`] tells the caller to refill it from the store.

mod analysis;
mod collect;
mod highlight;
mod query;

use std::collections::HashMap;
use std::ops::Bound;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use colonnade_model::{Kind, Timestamp};
use serde::{Deserialize, Serialize};
use tantivy::query::{AllQuery, BooleanQuery, ConstScoreQuery, Occur, Query, RangeQuery, TermQuery};
use tantivy::schema::{FAST, Field, INDEXED, IndexRecordOption, STRING, Schema, TextFieldIndexing, TextOptions};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

pub use query::{MAX_SUBQUERIES, MAX_TERMS};

/// Version of the schema and analysers. Bump it whenever a field, an option or an
/// analyser changes: indexes with an older version are wiped and rebuilt.
pub const SCHEMA_VERSION: u32 = 4;

/// Name of the marker file written next to the index.
pub const MARKER_FILE: &str = "colonnade-search.json";

/// Memory for the indexing buffers, shared by the writer's threads.
const WRITER_HEAP_BYTES: usize = 50_000_000;

/// Results per page when [`SearchQuery::limit`] is 0.
pub const DEFAULT_LIMIT: usize = 20;

/// Largest page.
pub const MAX_LIMIT: usize = 100;

/// Largest [`SearchQuery::offset`]: results past it cannot be paged to (the collector
/// keeps `offset + limit` hits in memory). `total` still counts every match.
pub const MAX_OFFSET: usize = 10_000;

/// Time a search may take when [`SearchQuery::budget`] is `None`: matching and ranking stop
/// when it is spent (the answer is then [`SearchResults::partial`]), and so does highlighting.
pub const DEFAULT_BUDGET: Duration = Duration::from_millis(25);

/// At most this many matching documents are examined (ranked and counted) when
/// [`SearchQuery::max_examined`] is `None`; past it the answer is [`SearchResults::partial`].
pub const DEFAULT_MAX_EXAMINED: usize = 100_000;

/// One column as indexed. `id` is the store's article id.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IndexDoc {
    /// The store's article id; [`SearchIndex::upsert`] replaces any document with the same id.
    pub id: i64,
    /// Headline.
    pub title: String,
    /// Body text.
    pub text: String,
    /// Columnists' names (searchable, and filterable by exact name).
    pub columnists: Vec<String>,
    /// The publication's name (searchable).
    pub publication: String,
    /// The publication's id in the store (filterable).
    pub publication_id: i64,
    /// Language as a BCP 47 tag; its primary subtag picks the stemmed analyser.
    pub lang: Option<String>,
    /// Country of the publication (ISO 3166 code, compared case-insensitively).
    pub country: Option<String>,
    /// Opinion, news or other.
    pub kind: Kind,
    /// First publication time; undated documents sort last when newest first.
    pub published: Option<Timestamp>,
}

/// Where the index stands in its source's change order: the change time (microseconds since the
/// epoch) and id of the last document applied, ties on time broken by id. Saved in the payload of
/// the tantivy commit that holds those documents ([`SearchIndex::commit_at`]); the index stores
/// it and gives it back, and never interprets it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Cursor {
    /// When the last applied document last changed, in microseconds since the epoch.
    pub updated_us: i64,
    /// Its id.
    pub id: i64,
}

/// The commit payload, as written since the first version with a cursor
/// (`{"cursor":{"updated_us":…,"id":…}}`): indexes written before this crate stood alone keep
/// their position.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Payload {
    cursor: Cursor,
}

/// A search: user text plus filters, paging and order.
#[derive(Debug, Clone, Default)]
pub struct SearchQuery {
    /// User syntax: words (all must match), `"exact phrases"`, `-excluded` words.
    ///
    /// Never an error: unbalanced quotes are dropped, lone minus signs ignored, only
    /// the first [`MAX_TERMS`] words used. Text that leaves no word (empty, only
    /// punctuation) acts like an empty query: the filtered documents, newest first.
    pub text: String,
    /// Only this publication.
    pub publication_id: Option<i64>,
    /// Only columns by this columnist (exact name, as indexed).
    pub columnist: Option<String>,
    /// Only this language (a BCP 47 tag; its primary subtag is compared).
    pub lang: Option<String>,
    /// Only this country (case-insensitive).
    pub country: Option<String>,
    /// Only this kind.
    pub kind: Option<Kind>,
    /// Published at or after this instant (undated documents are left out).
    pub from: Option<Timestamp>,
    /// Published at or before this instant, inclusive (undated documents are left out).
    pub to: Option<Timestamp>,
    /// Hits to skip (capped at [`MAX_OFFSET`]).
    pub offset: usize,
    /// Hits to return: [`DEFAULT_LIMIT`] when 0, at most [`MAX_LIMIT`].
    pub limit: usize,
    /// Sort by publication time, newest first, instead of by relevance.
    pub newest_first: bool,
    /// How long the search may take ([`DEFAULT_BUDGET`] when `None`). When it is spent the
    /// search stops and answers with what it has, marked [`SearchResults::partial`]; hits
    /// not highlighted by then get their title and the start of their text unmarked.
    pub budget: Option<Duration>,
    /// At most this many matching documents are examined ([`DEFAULT_MAX_EXAMINED`] when
    /// `None`); past it the answer is [`SearchResults::partial`].
    pub max_examined: Option<usize>,
}

/// One result.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// The store's article id.
    pub id: i64,
    /// BM25 relevance; 0 when sorted by date or when the query has no words.
    pub score: f32,
    /// The document's language tag, as indexed.
    pub lang: Option<String>,
    /// The whole title, HTML-escaped, with matched words in `<mark>…</mark>`. Filled by
    /// [`SearchIndex::search_highlighted`]; empty from [`SearchIndex::search`].
    pub title_html: String,
    /// About 200 characters of text around the best cluster of matches, HTML-escaped,
    /// with matched words in `<mark>…</mark>` and `…` where it was cut.
    ///
    /// Matches are found by exact (folded) word and, in the document's own stemmed
    /// language, by stem. A hit found only through another language's stemmer, or only
    /// through its title or names, shows the start of its text unmarked. Filled by
    /// [`SearchIndex::search_highlighted`]; empty from [`SearchIndex::search`].
    pub snippet_html: String,
}

/// A page of results.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchResults {
    /// Number of matching documents (all pages); an estimate when [`partial`](Self::partial).
    pub total: usize,
    /// This page.
    pub hits: Vec<Hit>,
    /// The search ran out of budget ([`SearchQuery::budget`], [`SearchQuery::max_examined`])
    /// before it examined every match: the hits are the best of the documents examined, `total`
    /// is extrapolated from the share of the index walked through, and some hits may be shown
    /// without highlighting.
    pub partial: bool,
}

/// What went wrong in the search index.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// tantivy failed (I/O inside the index, corruption, lock held by another process).
    #[error("search index")]
    Tantivy(#[from] tantivy::TantivyError),
    /// Reading or writing a file of ours (the directory, the marker).
    #[error("search index {path}")]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The query cannot be run at all. Malformed user text is never this error.
    #[error("unusable search query: {0}")]
    Query(String),
    /// The index was written by a newer Colonnade (a higher [`SCHEMA_VERSION`]); it is
    /// left alone rather than wiped. Delete the directory to rebuild with this version.
    #[error("search index has schema version {found}, newer than this program's {expected}")]
    SchemaChanged {
        /// Version in the marker.
        found: u32,
        /// [`SCHEMA_VERSION`].
        expected: u32,
    },
}

/// The marker file's content.
#[derive(Debug, Serialize, Deserialize)]
struct Marker {
    schema_version: u32,
}

/// Field handles, resolved once.
#[derive(Clone)]
struct Fields {
    id: Field,
    title_any: Field,
    text_any: Field,
    names: Field,
    /// Titles and texts of documents in a stemmed language, each analysed in its own.
    title_stem: Field,
    text_stem: Field,
    publication_id: Field,
    columnists: Field,
    lang: Field,
    country: Field,
    kind: Field,
    published_us: Field,
}

/// Builds the schema and its field handles.
fn build_schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text = |analyzer: &str, stored: bool| {
        let indexing = TextFieldIndexing::default()
            .set_tokenizer(analyzer)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions);
        let options = TextOptions::default().set_indexing_options(indexing);
        if stored { options.set_stored() } else { options }
    };
    // Nothing is stored: a hit's id and language are read from their fast (columnar) fields,
    // where a stored document costs decompressing a block of the document store per hit.
    // Titles and texts are indexed only: the store has them, and keeping a second copy would
    // double the index (highlighting asks the caller for them).
    let id = b.add_i64_field("id", INDEXED | FAST);
    let title_any = b.add_text_field("title_any", text(analysis::NEUTRAL, false));
    let text_any = b.add_text_field("text_any", text(analysis::NEUTRAL, false));
    let names = b.add_text_field("names", text(analysis::NEUTRAL, false));
    let title_stem = b.add_text_field("title_stem", text(analysis::DOC_LANG, false));
    let text_stem = b.add_text_field("text_stem", text(analysis::DOC_LANG, false));
    let publication_id = b.add_i64_field("publication_id", INDEXED | FAST);
    let columnists = b.add_text_field("columnists", STRING);
    let lang = b.add_text_field("lang", STRING | FAST);
    let country = b.add_text_field("country", STRING);
    let kind = b.add_text_field("kind", STRING);
    let published_us = b.add_i64_field("published_us", INDEXED | FAST);
    let fields = Fields {
        id,
        title_any,
        text_any,
        names,
        title_stem,
        text_stem,
        publication_id,
        columnists,
        lang,
        country,
        kind,
        published_us,
    };
    (b.build(), fields)
}

/// Microseconds since the epoch, the value of `published_us`.
fn micros(t: &Timestamp) -> i64 {
    t.instant.as_microsecond()
}

/// Country codes are compared case-insensitively.
fn norm_country(c: &str) -> String {
    c.trim().to_ascii_uppercase()
}

/// The full-text index. `Send + Sync`: share it behind an `Arc`.
///
/// One `IndexWriter` sits behind a mutex; searches use a reader that is reloaded after
/// each [`commit`](SearchIndex::commit), so staged changes stay invisible until then.
pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    writer: Mutex<IndexWriter>,
    fields: Fields,
    /// Analysers for highlighting, built once and cloned per search.
    analyzers: analysis::Analyzers,
    needs_rebuild: bool,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex").field("needs_rebuild", &self.needs_rebuild).finish_non_exhaustive()
    }
}

impl SearchIndex {
    /// Opens the index in `dir`, creating the directory and the index if needed.
    ///
    /// When the marker is missing, unreadable or has an older [`SCHEMA_VERSION`], or
    /// the stored schema differs from this version's, the index files are deleted
    /// (only tantivy's files and the marker; nothing else in `dir`) and a new empty
    /// index is created. A newer version is refused with [`SearchError::SchemaChanged`].
    pub fn open(dir: &Path) -> Result<Self, SearchError> {
        let io = |source| SearchError::Io { path: dir.to_path_buf(), source };
        std::fs::create_dir_all(dir).map_err(io)?;
        let (schema, fields) = build_schema();
        let has_index = dir.join("meta.json").exists();
        let marker = read_marker(dir);
        if let Some(found) = marker
            && found > SCHEMA_VERSION
            && has_index
        {
            return Err(SearchError::SchemaChanged { found, expected: SCHEMA_VERSION });
        }
        let mut existing = None;
        if has_index {
            // Opening also takes no lock; taking the writer below does, so a directory in
            // use by another process is never wiped.
            match Index::open_in_dir(dir) {
                Ok(index) if marker == Some(SCHEMA_VERSION) && index.schema() == schema => existing = Some(index),
                Ok(index) => {
                    drop(index.writer_with_num_threads::<TantivyDocument>(1, 15_000_000)?);
                    wipe(dir)?;
                }
                Err(_) => wipe(dir)?,
            }
        }
        let needs_rebuild = existing.is_none();
        let index = match existing {
            Some(index) => index,
            None => {
                let index = Index::create_in_dir(dir, schema)?;
                write_marker(dir)?;
                index
            }
        };
        Self::from_index(index, fields, needs_rebuild)
    }

    /// A new empty index in memory (tests, previews). [`needs_rebuild`](Self::needs_rebuild) is true.
    pub fn open_in_ram() -> Result<Self, SearchError> {
        let (schema, fields) = build_schema();
        Self::from_index(Index::create_in_ram(schema), fields, true)
    }

    fn from_index(index: Index, fields: Fields, needs_rebuild: bool) -> Result<Self, SearchError> {
        analysis::register(index.tokenizers());
        // tantivy wants at least 15 MB per indexing thread.
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 3);
        let writer: IndexWriter = index.writer_with_num_threads(threads, WRITER_HEAP_BYTES)?;
        writer.set_merge_policy(Box::new(merge_policy()));
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        Ok(SearchIndex {
            index,
            reader,
            writer: Mutex::new(writer),
            fields,
            analyzers: analysis::Analyzers::new(),
            needs_rebuild,
        })
    }

    /// True when [`open`](Self::open) created the index empty — a new directory, or an
    /// index wiped after a schema change — so the caller should refill it from the store.
    /// It stays true for the life of this value.
    pub fn needs_rebuild(&self) -> bool {
        self.needs_rebuild
    }

    fn writer(&self) -> MutexGuard<'_, IndexWriter> {
        // A panic while holding the lock leaves tantivy's writer usable: its own state
        // is behind its own synchronisation.
        self.writer.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Stages `doc`, replacing any document with the same id. Visible after [`commit`](Self::commit).
    pub fn upsert(&self, doc: &IndexDoc) -> Result<(), SearchError> {
        let f = &self.fields;
        let mut d = TantivyDocument::default();
        d.add_i64(f.id, doc.id);
        d.add_text(f.title_any, &doc.title);
        d.add_text(f.text_any, &doc.text);
        if let Some(code) = doc.lang.as_deref().and_then(analysis::stemmed_lang) {
            d.add_text(f.title_stem, analysis::doc_lang_value(code, &doc.title));
            d.add_text(f.text_stem, analysis::doc_lang_value(code, &doc.text));
        }
        for name in doc.columnists.iter().chain(std::iter::once(&doc.publication)) {
            d.add_text(f.names, name);
        }
        for name in &doc.columnists {
            d.add_text(f.columnists, name.trim());
        }
        d.add_i64(f.publication_id, doc.publication_id);
        if let Some(lang) = doc.lang.as_deref().and_then(analysis::primary_subtag) {
            d.add_text(f.lang, lang);
        }
        if let Some(country) = doc.country.as_deref().map(norm_country).filter(|c| !c.is_empty()) {
            d.add_text(f.country, country);
        }
        d.add_text(f.kind, doc.kind.as_str());
        if let Some(published) = &doc.published {
            d.add_i64(f.published_us, micros(published));
        }
        let writer = self.writer();
        writer.delete_term(Term::from_field_i64(f.id, doc.id));
        writer.add_document(d)?;
        Ok(())
    }

    /// Stages the removal of the document with this id (no error if there is none).
    pub fn delete(&self, id: i64) -> Result<(), SearchError> {
        self.writer().delete_term(Term::from_field_i64(self.fields.id, id));
        Ok(())
    }

    /// Commits staged changes and reloads the reader, so searches see them. The commit saves no
    /// [`Cursor`]: a feeder that keeps one commits with [`commit_at`](Self::commit_at).
    pub fn commit(&self) -> Result<(), SearchError> {
        self.writer().commit()?;
        self.reader.reload()?;
        Ok(())
    }

    /// Commits staged changes together with `cursor`, kept in the commit's own metadata, so
    /// the position and the documents it describes are saved atomically: a process killed
    /// mid-way leaves both at the previous commit. Reloads the reader, so searches see them.
    pub fn commit_at(&self, cursor: Cursor) -> Result<(), SearchError> {
        // Two integers always serialise.
        let payload = serde_json::to_string(&Payload { cursor }).unwrap_or_default();
        let mut writer = self.writer();
        let mut prepared = writer.prepare_commit()?;
        prepared.set_payload(&payload);
        prepared.commit()?;
        drop(writer);
        self.reader.reload()?;
        Ok(())
    }

    /// Stages `upserts` (each replacing any document with its id) and the removal of `deletes`,
    /// then commits them with `cursor` ([`commit_at`](Self::commit_at)): one batch of changes,
    /// visible and saved as one.
    pub fn apply(&self, upserts: &[IndexDoc], deletes: &[i64], cursor: Cursor) -> Result<(), SearchError> {
        for doc in upserts {
            self.upsert(doc)?;
        }
        for &id in deletes {
            self.delete(id)?;
        }
        self.commit_at(cursor)
    }

    /// Merges every committed segment into one and waits for the merge, then reloads the reader;
    /// `Ok(false)` when there was nothing to merge. Each segment costs every query term its own
    /// dictionary look-ups and scorer, and the merge policy leaves up to a few segments per size
    /// level (more when a process stops before its merges finish), so a rebuild ends with this.
    /// The last commit's [`Cursor`] is kept. Staged, uncommitted changes are not part of it.
    pub fn compact(&self) -> Result<bool, SearchError> {
        // The merge policy may have started merges of some of these segments at the last
        // commit; whichever of two merges ends second fails, its work lost. No new merge starts
        // while this one runs, and one that lost to a policy merge is tried again.
        self.writer().set_merge_policy(Box::new(tantivy::indexer::NoMergePolicy));
        let mut merged = Ok(false);
        let start = Instant::now();
        for attempt in 0.. {
            if attempt > 0 {
                if start.elapsed() > COMPACT_RETRY_FOR {
                    break;
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            let ids = match self.index.searchable_segment_ids() {
                Ok(ids) if ids.len() < 2 => {
                    // After a lost try, the policy's merges have left one segment.
                    merged = Ok(attempt > 0);
                    break;
                }
                Ok(ids) => ids,
                Err(e) => {
                    merged = Err(e.into());
                    break;
                }
            };
            // The merge runs on tantivy's merge thread: the writer is free while it runs.
            let merge = self.writer().merge(&ids);
            merged = merge.wait().map(|_| true).map_err(SearchError::from);
            // Only a merge that lost its segments is tried again.
            if !matches!(merged, Err(SearchError::Tantivy(tantivy::TantivyError::InvalidArgument(_)))) {
                break;
            }
        }
        self.writer().set_merge_policy(Box::new(merge_policy()));
        self.reader.reload()?;
        merged
    }

    /// Number of segments searches read (see [`compact`](Self::compact)).
    pub fn segments(&self) -> Result<usize, SearchError> {
        Ok(self.index.searchable_segment_ids()?.len())
    }

    /// The cursor saved by the last commit, or `None` when it saved none: a new or wiped index,
    /// or one last committed with [`commit`](Self::commit).
    pub fn cursor(&self) -> Result<Option<Cursor>, SearchError> {
        let payload = self.index.load_metas()?.payload;
        Ok(payload.and_then(|p| serde_json::from_str::<Payload>(&p).ok()).map(|p| p.cursor))
    }

    /// Stages the removal of every document, including ones upserted but not yet
    /// committed. Searches keep seeing the old documents until the next
    /// [`commit`](Self::commit) or [`commit_at`](Self::commit_at), so a rebuild can clear,
    /// refill and commit in one swap.
    pub fn clear(&self) -> Result<(), SearchError> {
        self.writer().delete_all_documents()?;
        Ok(())
    }

    /// Number of committed documents.
    pub fn len(&self) -> Result<u64, SearchError> {
        Ok(self.reader.searcher().num_docs())
    }

    /// True when no document is committed.
    pub fn is_empty(&self) -> Result<bool, SearchError> {
        Ok(self.len()? == 0)
    }

    /// Runs a search: ids, scores and the total, without highlighting (`title_html` and
    /// `snippet_html` are empty). Only tantivy failures are errors; no user text is.
    pub fn search(&self, q: &SearchQuery) -> Result<SearchResults, SearchError> {
        self.run(q).map(|(results, _, _)| results)
    }

    /// [`search`](Self::search), then highlights each hit's title and text, which `texts`
    /// loads by id (the index does not keep them; the store does). A hit whose text cannot
    /// be loaded keeps empty HTML.
    pub fn search_highlighted(
        &self,
        q: &SearchQuery,
        texts: &dyn Fn(i64) -> Option<(String, String)>,
    ) -> Result<SearchResults, SearchError> {
        self.search_highlighted_batch(q, &|ids: &[i64]| {
            ids.iter().filter_map(|&id| texts(id).map(|(title, text)| (id, (title, text.into_bytes())))).collect()
        })
    }

    /// [`search_highlighted`](Self::search_highlighted), with the titles and texts of all hits
    /// loaded in one call (`texts` gets the hits' ids and answers with the ones it found), so a
    /// store can read them together.
    pub fn search_highlighted_batch(
        &self,
        q: &SearchQuery,
        texts: &dyn Fn(&[i64]) -> HitTexts,
    ) -> Result<SearchResults, SearchError> {
        let (mut results, parsed, deadline) = self.run(q)?;
        if results.hits.is_empty() {
            return Ok(results);
        }
        let ids: Vec<i64> = results.hits.iter().map(|h| h.id).collect();
        let mut loaded = texts(&ids);
        let mut highlighter = highlight::Highlighter::new(self.analyzers.clone(), &parsed.include);
        let mut plain = highlight::Highlighter::new(self.analyzers.clone(), &[]);
        for hit in &mut results.hits {
            if let Some((title, text)) = loaded.remove(&hit.id) {
                // Past the deadline, the rest of the page is shown unmarked (cheap).
                let late = Instant::now() >= deadline;
                results.partial |= late;
                let h = if late { &mut plain } else { &mut highlighter };
                hit.title_html = h.title_html(&title, hit.lang.as_deref());
                hit.snippet_html = h.snippet_html(utf8_prefix(&text), hit.lang.as_deref());
            }
        }
        Ok(results)
    }

    /// How many term and phrase queries `q`'s text becomes (at most [`MAX_SUBQUERIES`]): the
    /// work a search does grows with it.
    pub fn subqueries(&self, q: &SearchQuery) -> usize {
        self.build_query(q, &query::parse(&q.text)).2
    }

    fn run(&self, q: &SearchQuery) -> Result<(SearchResults, query::Parsed, Instant), SearchError> {
        let start = Instant::now();
        let deadline = start.checked_add(q.budget.unwrap_or(DEFAULT_BUDGET)).unwrap_or(start);
        let parsed = query::parse(&q.text);
        let (query, has_words, _) = self.build_query(q, &parsed);
        let limit = if q.limit == 0 { DEFAULT_LIMIT } else { q.limit.min(MAX_LIMIT) };
        let offset = q.offset.min(MAX_OFFSET);
        let searcher = self.reader.searcher();
        let rank =
            if has_words && !q.newest_first { collect::Rank::Score } else { collect::Rank::Newest("published_us") };
        let collector =
            collect::Bounded::new(offset + limit, rank, q.max_examined.unwrap_or(DEFAULT_MAX_EXAMINED), Some(deadline));
        let fruit = searcher.search(&query, &collector)?;
        let mut hits = Vec::with_capacity(limit);
        // Each segment's id and language columns, opened once for all its hits.
        let mut columns = HashMap::new();
        for (score, addr) in fruit.hits.into_iter().skip(offset) {
            let (ids, langs) = match columns.entry(addr.segment_ord) {
                std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
                std::collections::hash_map::Entry::Vacant(e) => {
                    let fast = searcher.segment_reader(addr.segment_ord).fast_fields();
                    e.insert((fast.i64("id")?, fast.str("lang")?))
                }
            };
            let Some(id) = ids.first(addr.doc_id) else { continue };
            let mut lang = None;
            if let Some(langs) = langs
                && let Some(ord) = langs.term_ords(addr.doc_id).next()
            {
                let mut tag = String::new();
                if langs.ord_to_str(ord, &mut tag).map_err(tantivy::TantivyError::from)? {
                    lang = Some(tag);
                }
            }
            hits.push(Hit { id, score, lang, title_html: String::new(), snippet_html: String::new() });
        }
        Ok((SearchResults { total: fruit.total, hits, partial: fruit.cut }, parsed, deadline))
    }

    /// The tantivy query for `q`, whether it has words to rank by, and how many term and
    /// phrase queries it holds.
    fn build_query(&self, q: &SearchQuery, parsed: &query::Parsed) -> (Box<dyn Query>, bool, usize) {
        let f = &self.fields;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let mut has_words = false;
        let mut budget = query::Budget::default();
        if !parsed.is_empty() {
            let mut targets = self.targets(q.lang.as_deref());
            for chunk in &parsed.include {
                if let Some(query) = query::chunk_in_any(&mut targets, chunk, &mut budget) {
                    clauses.push((Occur::Must, query));
                    has_words = true;
                }
            }
            for chunk in &parsed.exclude {
                if let Some(query) = query::chunk_in_any(&mut targets, chunk, &mut budget) {
                    clauses.push((Occur::MustNot, query));
                }
            }
        }
        let mut filter =
            |query: Box<dyn Query>| clauses.push((Occur::Must, Box::new(ConstScoreQuery::new(query, 0.0))));
        let term = |field, text: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(Term::from_field_text(field, text), IndexRecordOption::Basic))
        };
        if let Some(id) = q.publication_id {
            filter(Box::new(TermQuery::new(Term::from_field_i64(f.publication_id, id), IndexRecordOption::Basic)));
        }
        if let Some(name) = &q.columnist {
            filter(term(f.columnists, name.trim()));
        }
        if let Some(tag) = &q.lang {
            // A tag that is not a language matches nothing rather than everything.
            filter(term(f.lang, &analysis::primary_subtag(tag).unwrap_or_default()));
        }
        if let Some(country) = &q.country {
            filter(term(f.country, &norm_country(country)));
        }
        if let Some(kind) = q.kind {
            filter(term(f.kind, kind.as_str()));
        }
        if q.from.is_some() || q.to.is_some() {
            let bound = |t: Option<&Timestamp>, open: i64| Term::from_field_i64(f.published_us, t.map_or(open, micros));
            let range = RangeQuery::new(
                Bound::Included(bound(q.from.as_ref(), i64::MIN)),
                Bound::Included(bound(q.to.as_ref(), i64::MAX)),
            );
            filter(Box::new(range));
        }
        if !clauses.iter().any(|(occur, _)| *occur == Occur::Must) {
            // Only exclusions (or nothing): start from every document.
            clauses.push((Occur::Must, Box::new(ConstScoreQuery::new(Box::new(AllQuery), 0.0))));
        }
        (Box::new(BooleanQuery::new(clauses)), has_words, budget.used())
    }

    /// The fields a query's words are looked up in, each with the analyser for the user's
    /// words: the neutral fields, then the stemmed fields once per language. With a language
    /// filter, other languages' stemmers are skipped (they cannot have indexed a matching
    /// document).
    fn targets(&self, lang: Option<&str>) -> Vec<query::Target> {
        let f = &self.fields;
        let tokenizers = self.index.tokenizers();
        let neutral = || tokenizers.get(analysis::NEUTRAL).unwrap_or_else(analysis::neutral_analyzer);
        let mut targets = vec![
            query::Target { field: f.title_any, analyzer: neutral(), boost: 2.0, lang: None },
            query::Target { field: f.text_any, analyzer: neutral(), boost: 1.0, lang: None },
            query::Target { field: f.names, analyzer: neutral(), boost: 1.0, lang: None },
        ];
        let only = lang.map(analysis::stemmed_lang);
        for (code, _) in &analysis::LANGS {
            if only.is_some_and(|only| only != Some(*code)) {
                continue;
            }
            let Some(analyzer) = tokenizers.get(&analysis::analyzer_name(code)) else { continue };
            targets.push(query::Target {
                field: f.title_stem,
                analyzer: analyzer.clone(),
                boost: 2.0,
                lang: Some(code),
            });
            targets.push(query::Target { field: f.text_stem, analyzer, boost: 1.0, lang: Some(code) });
        }
        targets
    }
}

/// Titles and texts of hits by id, as a store loads them for [`SearchIndex::search_highlighted_batch`].
/// A text is the UTF-8 bytes of its start, as stored: it is validated here, up to the first byte
/// that is not UTF-8 (a character cut at the end is left out), with a SIMD validator — some ten
/// times faster than the standard library's on text that is not mostly ASCII, and every hit's
/// head is read.
pub type HitTexts = HashMap<i64, (String, Vec<u8>)>;

/// The longest prefix of `bytes` that is UTF-8.
fn utf8_prefix(bytes: &[u8]) -> &str {
    match simdutf8::compat::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => simdutf8::basic::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default(),
    }
}

/// How long [`SearchIndex::compact`] tries again after its merge lost to one the policy had
/// started (no new one starts meanwhile, so the ones under way run out).
const COMPACT_RETRY_FOR: Duration = Duration::from_secs(60);

/// Merges sooner than tantivy's default (3 segments of a size instead of 8): every segment
/// costs each query term a dictionary look-up (twice: for its BM25 statistics and its
/// postings), so a crawl's many small commits must not leave a dozen segments behind. The
/// price is a little more merging while indexing.
fn merge_policy() -> tantivy::indexer::LogMergePolicy {
    let mut policy = tantivy::indexer::LogMergePolicy::default();
    policy.set_min_num_segments(3);
    policy
}

/// The schema version in the marker, if it can be read.
fn read_marker(dir: &Path) -> Option<u32> {
    let bytes = std::fs::read(dir.join(MARKER_FILE)).ok()?;
    serde_json::from_slice::<Marker>(&bytes).ok().map(|m| m.schema_version)
}

/// Writes the marker through a temporary file, so it is never half-written.
fn write_marker(dir: &Path) -> Result<(), SearchError> {
    let path = dir.join(MARKER_FILE);
    let tmp = dir.join(format!("{MARKER_FILE}.tmp"));
    let body = serde_json::to_vec(&Marker { schema_version: SCHEMA_VERSION })
        .map_err(|e| SearchError::Io { path: path.clone(), source: e.into() })?;
    std::fs::write(&tmp, body).map_err(|source| SearchError::Io { path: tmp.clone(), source })?;
    std::fs::rename(&tmp, &path).map_err(|source| SearchError::Io { path, source })
}

/// Deletes the marker first (so a crash midway leaves "no marker", which wipes again),
/// then tantivy's files: `meta.json`, `.managed.json` and segment files (named by a
/// 32-hex-digit segment id). Other files in the directory are left alone.
fn wipe(dir: &Path) -> Result<(), SearchError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| SearchError::Io { path, source }
    };
    let marker = dir.join(MARKER_FILE);
    if marker.exists() {
        std::fs::remove_file(&marker).map_err(io(&marker))?;
    }
    for entry in std::fs::read_dir(dir).map_err(io(dir))? {
        let entry = entry.map_err(io(dir))?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let segment =
            name.len() > 33 && name.as_bytes()[32] == b'.' && name.as_bytes()[..32].iter().all(u8::is_ascii_hexdigit);
        if name == "meta.json" || name == ".managed.json" || segment {
            let path = entry.path();
            std::fs::remove_file(&path).map_err(io(&path))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_head_is_read_up_to_its_first_byte_that_is_not_utf8() {
        assert_eq!(utf8_prefix("Éclair über".as_bytes()), "Éclair über");
        // Cut inside "ü", or holding a stray byte.
        assert_eq!(utf8_prefix(&"Éclair über".as_bytes()[..9]), "Éclair ");
        assert_eq!(utf8_prefix(b"ab\xffcd"), "ab");
        assert_eq!(utf8_prefix(b""), "");
    }

    #[test]
    fn search_index_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<SearchIndex>();
    }

    #[test]
    fn schema_has_one_pair_of_stemmed_fields() {
        let (schema, _) = build_schema();
        for name in ["title_stem", "text_stem"] {
            let entry = schema.get_field_entry(schema.get_field(name).unwrap());
            let indexing = match entry.field_type() {
                tantivy::schema::FieldType::Str(options) => options.get_indexing_options().unwrap(),
                other => panic!("{name} is {other:?}"),
            };
            assert_eq!(indexing.tokenizer(), analysis::DOC_LANG);
        }
        for (code, _) in analysis::LANGS {
            assert!(schema.get_field(&format!("title_{code}")).is_err());
        }
        // Nothing is stored: titles and texts come from the store for highlighting, a hit's id
        // and language from fast fields.
        let stored: Vec<&str> = schema.fields().filter(|(_, e)| e.is_stored()).map(|(_, e)| e.name()).collect();
        assert!(stored.is_empty(), "{stored:?}");
        let fast: Vec<&str> = schema.fields().filter(|(_, e)| e.is_fast()).map(|(_, e)| e.name()).collect();
        assert_eq!(fast, vec!["id", "publication_id", "lang", "published_us"]);
    }

    #[test]
    fn wipe_removes_only_index_files() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["meta.json", ".managed.json", "0123456789abcdef0123456789abcdef.idx", "notes.txt", MARKER_FILE] {
            std::fs::write(dir.path().join(name), b"x").unwrap();
        }
        wipe(dir.path()).unwrap();
        let left: Vec<String> =
            std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into()).collect();
        assert_eq!(left, vec!["notes.txt"]);
    }
}
