//! The stories stage in the pipeline (issue 11): keeps each stored article's story and original
//! (for syndicated copies) current, with the same [`colonnade_stories::Stories`] engine that
//! `colonnade stories cluster` runs offline.
//!
//! [`StoryStage`] follows the store's change order ([`Store::changed_since`]) as the search
//! [`Indexer`](crate::index::Indexer) does: articles it has not seen are assigned in publication
//! order, and the assignments that changed (a new article, two stories merged, a new original)
//! are saved in one transaction together with the stage's new position, so a killed process
//! re-reads at most one batch. On start the engine is rebuilt from the last window's articles;
//! story ids stay those the store already shows (a story's id is its first article's, and the
//! replay may not see that article any more). Operator decisions ([`StoryStage::merge`],
//! [`StoryStage::split`]) are stored and obeyed by every later run; a running stage that finds
//! new decisions in the store replays its window with them.
//!
//! An article whose content changed (`colonnade reextract`, a page that changed on a recrawl)
//! comes back in the change order: the stage sees that what the engine reads of it (title, text,
//! language, date, URL, outlet) differs and [reassigns](colonnade_stories::Stories::reassign) it,
//! so its copies and story are recomputed and the rows that moved are saved. An article that
//! comes back unchanged (the store hands a copy out again when it becomes one, for the search
//! index) is skipped.
//!
//! Copies that disagree on the byline: when the original names no person (an agency or desk
//! byline) and a copy does, cards show the copy's person ([`StoryAssignment::byline`]) and the
//! disagreement is logged and kept in [`StoryAssignment::byline_note`].

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;
use std::time::Instant;

use colonnade_store::{
    ChangeCursor, Id, Store, StoreError, StoredArticle, StoryAssignment, StoryConstraint, StoryLink, TimeCursor,
};
use colonnade_stories::{Article, Constraints, Options, Stories};

/// Articles read from the store per batch.
const BATCH: usize = 500;
/// On a long catch-up, new articles assigned between two saves.
const SAVE_EVERY: usize = 5_000;

/// What went wrong in the stories stage.
#[derive(Debug, thiserror::Error)]
pub enum StoriesError {
    /// Reading or writing the store failed.
    #[error("stories: the store failed")]
    Store(#[from] StoreError),
    /// The engine refused (an unknown article or story, a decision that contradicts another).
    #[error("stories")]
    Stage(#[from] colonnade_stories::Error),
    /// An operator named an article id that is not a number.
    #[error("{0:?} is not an article id")]
    BadId(String),
}

/// The bylines of an article, kept while it is in the engine.
#[derive(Debug, Clone, Default)]
struct Byline {
    authors: Vec<String>,
    credits: Vec<String>,
    outlet: String,
}

/// What a rebuild did.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RebuildReport {
    /// Articles assigned.
    pub articles: usize,
    /// Stories they form.
    pub stories: usize,
    /// Of the articles, syndicated copies.
    pub copies: usize,
    /// Seconds spent, reading the store and saving included.
    pub seconds: f64,
    /// Of those, seconds spent assigning.
    pub assign_seconds: f64,
}

/// The stories stage over a store. Blocking: run it on a blocking thread.
pub struct StoryStage {
    store: Arc<dyn Store>,
    opts: Options,
    engine: Stories,
    cursor: ChangeCursor,
    /// What the store holds for each article in the engine.
    saved: HashMap<Id, StoryAssignment>,
    /// Engine story id → the id the store shows for it, where they differ.
    alias: HashMap<Id, Id>,
    bylines: HashMap<Id, Byline>,
    outlets: HashMap<Id, String>,
    constraints: Vec<StoryConstraint>,
    /// A hash of what the engine read of each article, to tell a changed article from one the
    /// store hands out again unchanged.
    fingerprints: HashMap<Id, u64>,
}

impl std::fmt::Debug for StoryStage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoryStage").field("cursor", &self.cursor).field("articles", &self.engine.len()).finish()
    }
}

/// The operator decisions in the engine's terms.
fn engine_constraints(stored: &[StoryConstraint]) -> Constraints {
    let mut c = Constraints::default();
    for s in stored {
        let pair = (s.a.to_string(), s.b.to_string());
        match s.link {
            StoryLink::Must => c.must_link.push(pair),
            StoryLink::Cannot => c.cannot_link.push(pair),
        }
    }
    c
}

fn parse_id(s: &str) -> Result<Id, StoriesError> {
    s.parse().map_err(|_| StoriesError::BadId(s.to_owned()))
}

impl StoryStage {
    /// A stage that goes on from where the store says it stopped, its engine rebuilt from the
    /// articles of the last window (by publication time, up to now).
    pub fn open(store: Arc<dyn Store>, opts: Options) -> Result<StoryStage, StoriesError> {
        let since = jiff::Timestamp::now().as_microsecond().saturating_sub(opts.window_secs.saturating_mul(1_000_000));
        let mut stage = StoryStage::empty(store, opts)?;
        stage.cursor = stage.store.story_cursor()?.unwrap_or_default();
        stage.replay(since)?;
        Ok(stage)
    }

    fn empty(store: Arc<dyn Store>, opts: Options) -> Result<StoryStage, StoriesError> {
        let constraints = store.story_constraints()?;
        let engine = Stories::new(opts.clone()).with_constraints(engine_constraints(&constraints));
        Ok(StoryStage {
            store,
            opts,
            engine,
            cursor: ChangeCursor::default(),
            saved: HashMap::new(),
            alias: HashMap::new(),
            bylines: HashMap::new(),
            outlets: HashMap::new(),
            constraints,
            fingerprints: HashMap::new(),
        })
    }

    /// Where the stage is in the store's change order.
    pub fn cursor(&self) -> ChangeCursor {
        self.cursor
    }

    /// Assigns every stored article with a sort time from `since_us` on, oldest first, keeps the
    /// story ids the store already has for them, and saves what changed.
    fn replay(&mut self, since_us: i64) -> Result<usize, StoriesError> {
        let mut after = TimeCursor::START;
        let mut n = 0;
        loop {
            let batch = self.store.articles_by_time(since_us, after, BATCH)?;
            let Some(last) = batch.last() else { break };
            after = TimeCursor::after(last);
            let ids: Vec<Id> = batch.iter().map(|a| a.id).collect();
            for stored in self.store.story_assignments(&ids)? {
                self.saved.insert(stored.article_id, stored);
            }
            for a in &batch {
                self.assign(a)?;
            }
            n += batch.len();
        }
        self.keep_stored_ids();
        self.flush(None)?;
        Ok(n)
    }

    fn outlet(&mut self, publication_id: Id) -> Result<String, StoriesError> {
        if !self.outlets.contains_key(&publication_id) {
            self.outlets = self.store.publications()?.into_iter().map(|p| (p.id, p.record.name)).collect();
        }
        Ok(self.outlets.get(&publication_id).cloned().unwrap_or_default())
    }

    /// Assigns one article the engine has not seen, or assigns again one whose content changed.
    /// Returns false when the engine already had it as it is.
    fn assign(&mut self, stored: &StoredArticle) -> Result<bool, StoriesError> {
        let key = stored.id.to_string();
        let a = &stored.article;
        let fingerprint = {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            (&a.title, &a.text, &a.lang, a.published.map(|p| p.instant), &a.url, stored.publication_id).hash(&mut h);
            (&a.authors, &a.credits).hash(&mut h);
            h.finish()
        };
        let known = self.engine.assignment(&key).is_some();
        if known && self.fingerprints.get(&stored.id) == Some(&fingerprint) {
            return Ok(false);
        }
        let outlet = self.outlet(stored.publication_id)?;
        let article = Article {
            id: key,
            title: a.title.clone().unwrap_or_default(),
            text: a.text.clone(),
            lang: a.lang.clone(),
            published: Some(a.published.map_or(stored.first_seen_at.instant, |p| p.instant)),
            outlet: Some(outlet.clone()),
            url: a.url.clone(),
            canonical: None,
            links: Vec::new(),
        };
        if known {
            tracing::debug!(article = stored.id, "stories: the article changed; assigning it again");
            self.engine.reassign(&article)?;
        } else {
            self.engine.assign(&article)?;
        }
        self.fingerprints.insert(stored.id, fingerprint);
        self.bylines.insert(stored.id, Byline { authors: a.authors.clone(), credits: a.credits.clone(), outlet });
        Ok(true)
    }

    /// Assigns the articles that are new or changed since the last call and saves what changed,
    /// with the new position. First replays the window if the operator's decisions changed in the
    /// store. Returns how many articles were new or changed (articles the store handed out again
    /// unchanged are not counted).
    pub fn catch_up(&mut self) -> Result<usize, StoriesError> {
        if self.store.story_constraints()? != self.constraints {
            tracing::info!("stories: new operator decisions; replaying the window");
            let since =
                jiff::Timestamp::now().as_microsecond().saturating_sub(self.opts.window_secs.saturating_mul(1_000_000));
            let cursor = self.cursor;
            *self = StoryStage::empty(Arc::clone(&self.store), self.opts.clone())?;
            self.cursor = cursor;
            self.replay(since)?;
        }
        let mut total = 0;
        let mut pending = 0;
        let mut cursor = self.cursor;
        loop {
            let mut batch = self.store.changed_since(cursor, BATCH)?;
            let Some(last) = batch.last() else { break };
            cursor = ChangeCursor::after(last);
            // In publication order, as the engine expects.
            batch.sort_by_key(|a| (a.article.published.map_or(a.first_seen_at.instant, |p| p.instant), a.id));
            for a in &batch {
                total += usize::from(self.assign(a)?);
            }
            pending += batch.len();
            if pending >= SAVE_EVERY {
                self.flush(Some(cursor))?;
                pending = 0;
            }
        }
        if cursor != self.cursor {
            self.flush(Some(cursor))?;
        }
        Ok(total)
    }

    /// Saves every assignment that differs from what the store holds (and the cursor, if given).
    fn flush(&mut self, cursor: Option<ChangeCursor>) -> Result<usize, StoriesError> {
        let mut rows: Vec<StoryAssignment> = Vec::new();
        let mut copies: HashMap<Id, Vec<Id>> = HashMap::new();
        for (id, a) in self.engine.assignments() {
            let (Ok(id), Ok(story)) = (id.parse::<Id>(), a.story.parse::<Id>()) else { continue };
            let copy_of = a.copy_of.as_deref().and_then(|c| c.parse::<Id>().ok());
            if let Some(original) = copy_of {
                copies.entry(original).or_default().push(id);
            }
            let story_id = self.alias.get(&story).copied().unwrap_or(story);
            rows.push(StoryAssignment { article_id: id, story_id, copy_of, byline: None, byline_note: None });
        }
        for row in &mut rows {
            if let Some(group) = copies.get(&row.article_id) {
                (row.byline, row.byline_note) = self.reconcile(row.article_id, group);
            }
        }
        rows.retain(|r| self.saved.get(&r.article_id) != Some(r));
        let n = rows.len();
        if n > 0 || cursor.is_some() {
            self.store.save_story_assignments(&rows, cursor)?;
        }
        for r in rows {
            self.saved.insert(r.article_id, r);
        }
        if let Some(c) = cursor {
            self.cursor = c;
        }
        Ok(n)
    }

    /// The byline an original's card shows and a note on how its copies' bylines disagree: the
    /// person a copy names when the original names none.
    fn reconcile(&self, original: Id, copies: &[Id]) -> (Option<String>, Option<String>) {
        let Some(own) = self.bylines.get(&original) else { return (None, None) };
        let mut person = None;
        let mut notes = Vec::new();
        for c in copies {
            let Some(copy) = self.bylines.get(c) else { continue };
            if copy.authors == own.authors {
                continue;
            }
            let name = |b: &Byline| {
                if b.authors.is_empty() {
                    if b.credits.is_empty() { "no one".to_owned() } else { b.credits.join(", ") }
                } else {
                    b.authors.join(", ")
                }
            };
            notes.push(format!("{} (article {c}) names {}", copy.outlet, name(copy)));
            if own.authors.is_empty() && person.is_none() {
                person = copy.authors.first().cloned();
            }
        }
        if notes.is_empty() {
            return (None, None);
        }
        let own_name = if own.authors.is_empty() {
            if own.credits.is_empty() { "no one".to_owned() } else { own.credits.join(", ") }
        } else {
            own.authors.join(", ")
        };
        let note = format!("{} (article {original}) names {own_name}; {}", own.outlet, notes.join("; "));
        if self.saved.get(&original).and_then(|s| s.byline_note.as_deref()) != Some(note.as_str()) {
            tracing::info!(article = original, "stories: copies disagree on the byline: {note}");
        }
        (person, Some(note))
    }

    /// Recomputes every article's story and original from the whole store, obeying the stored
    /// operator decisions, and saves what changed (story ids the store shows are kept where the
    /// stories did not change). `progress` gets the articles assigned so far.
    pub fn rebuild(
        store: Arc<dyn Store>,
        opts: Options,
        progress: &mut dyn FnMut(usize),
    ) -> Result<(StoryStage, RebuildReport), StoriesError> {
        let started = Instant::now();
        let mut stage = StoryStage::empty(store, opts)?;
        let mut after = TimeCursor::START;
        let mut cursor = ChangeCursor::default();
        let mut assign_secs = 0.0;
        let mut n = 0;
        loop {
            let batch = stage.store.articles_by_time(i64::MIN, after, BATCH)?;
            let Some(last) = batch.last() else { break };
            after = TimeCursor::after(last);
            let ids: Vec<Id> = batch.iter().map(|a| a.id).collect();
            for stored in stage.store.story_assignments(&ids)? {
                stage.saved.insert(stored.article_id, stored);
            }
            let t = Instant::now();
            for a in &batch {
                cursor = cursor.max(ChangeCursor::after(a));
                stage.assign(a)?;
            }
            assign_secs += t.elapsed().as_secs_f64();
            n += batch.len();
            progress(n);
        }
        stage.keep_stored_ids();
        stage.flush(Some(cursor))?;
        let copies = stage.engine.assignments().filter(|(_, a)| a.copy_of.is_some()).count();
        let stories = stage.engine.assignments().filter(|(id, a)| *id == a.story).count();
        let report = RebuildReport {
            articles: n,
            stories,
            copies,
            seconds: started.elapsed().as_secs_f64(),
            assign_seconds: assign_secs,
        };
        Ok((stage, report))
    }

    /// See [`StoryStage::replay`]: each engine story keeps the stored id of its earliest member
    /// that has one, unless an earlier story took it.
    fn keep_stored_ids(&mut self) {
        self.alias.clear();
        let mut taken: std::collections::HashSet<Id> = std::collections::HashSet::new();
        let mut decided: std::collections::HashSet<Id> = std::collections::HashSet::new();
        for (id, a) in self.engine.assignments() {
            let (Ok(id), Ok(story)) = (id.parse::<Id>(), a.story.parse::<Id>()) else { continue };
            if !decided.insert(story) {
                continue;
            }
            if let Some(stored) = self.saved.get(&id)
                && taken.insert(stored.story_id)
                && stored.story_id != story
            {
                self.alias.insert(story, stored.story_id);
            }
        }
    }

    /// The operator's merge of the stories of articles `a` and `b` (story ids are article ids),
    /// on a stage built by [`StoryStage::rebuild`]: recorded in the store and saved. Returns the
    /// merged story's id as the store shows it.
    pub fn merge(&mut self, a: &str, b: &str) -> Result<Id, StoriesError> {
        let (ia, ib) = (parse_id(a)?, parse_id(b)?);
        let story = parse_id(&self.engine.merge(a, b)?)?;
        self.store.add_story_constraints(&[StoryConstraint { a: ia, b: ib, link: StoryLink::Must }])?;
        self.constraints = self.store.story_constraints()?;
        self.flush(None)?;
        Ok(self.alias.get(&story).copied().unwrap_or(story))
    }

    /// The operator's split: `articles` leave `story` for a story of their own, recorded in the
    /// store and saved. Returns the new story's id.
    pub fn split(&mut self, story: &str, articles: &[&str]) -> Result<Id, StoriesError> {
        // The operator names the story as the site shows it.
        let wanted = parse_id(story)?;
        let engine_story = self
            .alias
            .iter()
            .find(|(_, shown)| **shown == wanted)
            .map_or_else(|| story.to_owned(), |(engine, _)| engine.to_string());
        let before = self.engine.constraints().clone();
        let new = parse_id(&self.engine.split(&engine_story, articles)?)?;
        let mut added = Vec::new();
        let after = self.engine.constraints();
        for (pairs, link) in [(&after.must_link, StoryLink::Must), (&after.cannot_link, StoryLink::Cannot)] {
            let old = if link == StoryLink::Must { &before.must_link } else { &before.cannot_link };
            for (a, b) in pairs.iter().skip(old.len()) {
                added.push(StoryConstraint { a: parse_id(a)?, b: parse_id(b)?, link });
            }
        }
        self.store.add_story_constraints(&added)?;
        self.constraints = self.store.story_constraints()?;
        // The split-off part is a new story: it does not take the old one's id.
        self.alias.remove(&new);
        self.flush(None)?;
        Ok(new)
    }
}
