//! The pipeline's last step: keeps a [`SearchIndex`] in step with a [`Store`].
//!
//! The store hands out articles in the order their content last changed
//! ([`Store::changed_since`]); the [`Indexer`] reads from where it stopped, turns each article
//! into an [`IndexDoc`] (with its publication's name and country) and commits the batch together
//! with its new position ([`SearchIndex::commit_at`]), so the index and the position it claims
//! are always saved as one. Syndicated copies (issue 11) are not indexed: a search finds and
//! counts the column once, through its original. A process killed at any moment re-reads at most one commit's worth on
//! its next start. [`Indexer::rebuild`] stages the removal of every document, refills from the
//! first article and commits once, so searches keep answering from the old index until the new
//! one is whole; it then merges the index into one segment, as does a long catch-up.

use std::collections::HashMap;
use std::sync::Arc;

use colonnade_search::{Cursor, IndexDoc, SearchError, SearchIndex};
use colonnade_store::{ChangeCursor, Id, Store, StoreError, StoredArticle};

/// Articles read from the store per batch.
const BATCH: usize = 500;
/// On a long catch-up, articles indexed between two commits.
pub const COMMIT_EVERY: usize = 20_000;

/// What went wrong while indexing.
#[derive(Debug, thiserror::Error)]
pub enum IndexerError {
    /// Reading the store failed.
    #[error("reading the store for the search index")]
    Store(#[from] StoreError),
    /// Writing the index failed.
    #[error(transparent)]
    Search(#[from] SearchError),
}

/// Feeds a [`SearchIndex`] from a [`Store`]. Blocking: run it on a blocking thread.
pub struct Indexer {
    index: Arc<SearchIndex>,
    store: Arc<dyn Store>,
    cursor: ChangeCursor,
    /// Publication id → (name, country), reloaded when an unknown id turns up.
    publications: HashMap<Id, (String, Option<String>)>,
}

impl std::fmt::Debug for Indexer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Indexer").field("cursor", &self.cursor).finish_non_exhaustive()
    }
}

/// The index document for a stored article.
pub fn doc_for(article: &StoredArticle, publication: &str, country: Option<&str>) -> IndexDoc {
    let a = &article.article;
    IndexDoc {
        id: article.id,
        title: a.title.clone().unwrap_or_default(),
        text: a.text.clone(),
        columnists: a.authors.clone(),
        publication: publication.to_owned(),
        publication_id: article.publication_id,
        lang: a.lang.clone(),
        country: country.map(str::to_owned),
        kind: a.kind,
        published: a.published.or(Some(article.first_seen_at)),
    }
}

/// The store's position as the index keeps it, and back.
fn to_index(c: ChangeCursor) -> Cursor {
    Cursor { updated_us: c.updated_us, id: c.id }
}

fn from_index(c: Cursor) -> ChangeCursor {
    ChangeCursor { updated_us: c.updated_us, id: c.id }
}

impl Indexer {
    /// An indexer that goes on from where the index's last commit says it stopped (the start,
    /// for a new or wiped index).
    pub fn new(index: Arc<SearchIndex>, store: Arc<dyn Store>) -> Result<Indexer, IndexerError> {
        let cursor = if index.needs_rebuild() {
            ChangeCursor::default()
        } else {
            index.cursor()?.map(from_index).unwrap_or_default()
        };
        Ok(Indexer { index, store, cursor, publications: HashMap::new() })
    }

    /// Where the index is in the store's change order.
    pub fn cursor(&self) -> ChangeCursor {
        self.cursor
    }

    /// Indexes every article that changed since the last call (or since the index's last
    /// commit) and commits, every [`COMMIT_EVERY`] articles on a long catch-up so searches find
    /// them as it goes. Returns how many articles were indexed; `progress` is called after each
    /// batch with the running total.
    ///
    /// A catch-up long enough to commit more than once ends by merging the index into one
    /// segment ([`SearchIndex::compact`]): each segment costs every search its own look-ups.
    pub fn catch_up(&mut self, progress: &mut dyn FnMut(usize)) -> Result<usize, IndexerError> {
        let n = self.fill(Some(COMMIT_EVERY), progress)?;
        if n >= COMMIT_EVERY {
            self.index.compact()?;
        }
        Ok(n)
    }

    /// Empties the index and indexes every stored article again, committing once at the end,
    /// then merges the index into one segment ([`SearchIndex::compact`]).
    pub fn rebuild(&mut self, progress: &mut dyn FnMut(usize)) -> Result<usize, IndexerError> {
        self.index.clear()?;
        self.cursor = ChangeCursor::default();
        let n = self.fill(None, progress)?;
        if n == 0 {
            // Nothing stored: still commit the removal and the reset cursor.
            self.commit(ChangeCursor::default())?;
        }
        // The indexing threads leave a segment each time their memory fills, and a process that
        // stops after the commit (`colonnade reindex`) drops the merges the policy started.
        self.index.compact()?;
        Ok(n)
    }

    /// Reads changes into the index; commits every `commit_every` articles (never in between
    /// with `None`) and at the end.
    fn fill(&mut self, commit_every: Option<usize>, progress: &mut dyn FnMut(usize)) -> Result<usize, IndexerError> {
        let mut total = 0;
        let mut staged = 0;
        let mut cursor = self.cursor;
        loop {
            let batch = self.store.changed_since(cursor, BATCH)?;
            let Some(last) = batch.last() else { break };
            cursor = ChangeCursor::after(last);
            // Syndicated copies are left out, so searches find and count a column once; the
            // store hands a copy out again when it becomes or stops being one.
            let ids: Vec<Id> = batch.iter().map(|a| a.id).collect();
            let copies: std::collections::HashSet<Id> = self
                .store
                .story_assignments(&ids)?
                .into_iter()
                .filter(|a| a.copy_of.is_some())
                .map(|a| a.article_id)
                .collect();
            for article in &batch {
                if copies.contains(&article.id) {
                    self.index.delete(article.id)?;
                    continue;
                }
                if !self.publications.contains_key(&article.publication_id) {
                    self.publications = self
                        .store
                        .publications()?
                        .into_iter()
                        .map(|p| (p.id, (p.record.name, p.record.country)))
                        .collect();
                }
                let (name, country) = self
                    .publications
                    .get(&article.publication_id)
                    .map_or(("", None), |(n, c)| (n.as_str(), c.as_deref()));
                self.index.upsert(&doc_for(article, name, country))?;
            }
            total += batch.len();
            staged += batch.len();
            if commit_every.is_some_and(|n| staged >= n) {
                self.commit(cursor)?;
                staged = 0;
            }
            progress(total);
        }
        if staged > 0 {
            self.commit(cursor)?;
        }
        Ok(total)
    }

    fn commit(&mut self, cursor: ChangeCursor) -> Result<(), IndexerError> {
        self.index.commit_at(to_index(cursor))?;
        self.cursor = cursor;
        Ok(())
    }
}
