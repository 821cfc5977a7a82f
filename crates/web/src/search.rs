//! The search parameters every search route shares (the page, its feeds, the API) and the
//! search itself: the index's hits joined with the store's cards.

use std::collections::HashMap;
use std::sync::OnceLock;
use std::sync::mpsc::{Receiver, SyncSender, TrySendError, sync_channel};

use colonnade_search::{Hit, SearchQuery};
use colonnade_store::{ArticleCard, Kind};

use crate::error::WebError;
use crate::params::{KindFilter, Params, query_string};
use crate::state::Inner;

/// The parameters of a search, validated and normalised.
#[derive(Debug, Clone, Default)]
pub(crate) struct SearchParams {
    pub q: String,
    pub publication: Option<i64>,
    pub columnist: Option<String>,
    pub lang: Option<String>,
    pub country: Option<String>,
    pub kind: Option<KindFilter>,
    pub from: Option<jiff::civil::Date>,
    pub to: Option<jiff::civil::Date>,
    pub page: usize,
}

/// Longest search text accepted.
const MAX_QUERY_CHARS: usize = 500;

impl SearchParams {
    pub(crate) fn parse(p: &Params<'_>) -> Result<SearchParams, WebError> {
        Ok(SearchParams {
            q: p.text("q", MAX_QUERY_CHARS)?.unwrap_or_default(),
            publication: p.id("publication")?,
            columnist: p.text("columnist", 200)?,
            lang: p.lang()?,
            country: p.country()?,
            kind: Some(p.kind(KindFilter::Only(Kind::Opinion))?),
            from: p.date("from")?,
            to: p.date("to")?,
            page: p.page()?,
        })
    }

    /// The kind filter: opinion unless asked otherwise.
    pub(crate) fn kind(&self) -> KindFilter {
        self.kind.unwrap_or(KindFilter::Only(Kind::Opinion))
    }

    /// True when there is something to search for.
    pub(crate) fn is_search(&self) -> bool {
        !self.q.is_empty()
            || self.publication.is_some()
            || self.columnist.is_some()
            || self.lang.is_some()
            || self.country.is_some()
            || self.from.is_some()
            || self.to.is_some()
    }

    /// The normalised query string for page `page` (the kind only when not the default).
    pub(crate) fn query(&self, page: usize) -> String {
        let publication = self.publication.map(|p| p.to_string());
        let kind = self.kind();
        let from = self.from.map(|d| d.to_string());
        let to = self.to.map(|d| d.to_string());
        let page = (page > 1).then(|| page.to_string());
        query_string(&[
            ("q", Some(self.q.as_str()).filter(|q| !q.is_empty())),
            ("publication", publication.as_deref()),
            ("columnist", self.columnist.as_deref()),
            ("lang", self.lang.as_deref()),
            ("country", self.country.as_deref()),
            ("kind", (kind != KindFilter::Only(Kind::Opinion)).then(|| kind.as_str())),
            ("from", from.as_deref()),
            ("to", to.as_deref()),
            ("page", page.as_deref()),
        ])
    }

    /// The index query for `offset`/`limit`.
    pub(crate) fn to_query(&self, offset: usize, limit: usize, newest_first: bool) -> SearchQuery {
        let instant = |d: jiff::civil::Date, end: bool| {
            let time = if end { jiff::civil::Time::MAX } else { jiff::civil::Time::midnight() };
            jiff::tz::Offset::UTC.to_timestamp(d.to_datetime(time)).ok().map(|t| colonnade_model::Timestamp::new(t, 0))
        };
        SearchQuery {
            text: self.q.clone(),
            publication_id: self.publication,
            columnist: self.columnist.clone(),
            lang: self.lang.clone(),
            country: self.country.clone(),
            kind: self.kind().kind(),
            from: self.from.and_then(|d| instant(d, false)),
            to: self.to.and_then(|d| instant(d, true)),
            offset,
            limit,
            newest_first,
            budget: None,
            max_examined: None,
        }
    }
}

/// A search waiting for a search thread: it runs, then sends its result back.
type Job = Box<dyn FnOnce() + Send>;

/// Searches waiting for a thread, beyond which a caller waits to hand its search over.
const LANE_QUEUE: usize = 64;

/// The threads searches run on: as many as there are cores (at most 4), so a burst of distinct
/// searches — each CPU-bound — neither starts a thread each nor takes the CPU from column
/// loads, extraction and the indexer on tokio's blocking threads. Started on first use.
struct Lane {
    jobs: SyncSender<Job>,
}

fn lane() -> Option<&'static Lane> {
    static LANE: OnceLock<Option<Lane>> = OnceLock::new();
    LANE.get_or_init(|| {
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 4);
        let (jobs, queue) = sync_channel::<Job>(LANE_QUEUE);
        let queue = std::sync::Arc::new(parking_lot::Mutex::new(queue));
        for n in 0..threads {
            let queue = queue.clone();
            let spawned = std::thread::Builder::new().name(format!("search-{n}")).spawn(move || {
                ON_LANE.set(true);
                loop {
                    // One thread at a time waits on the queue; the lock is released before running.
                    let job = queue.lock().recv();
                    match job {
                        Ok(job) => job(),
                        Err(_) => return,
                    }
                }
            });
            if spawned.is_err() {
                return None;
            }
        }
        Some(Lane { jobs })
    })
    .as_ref()
}

std::thread_local! {
    /// True on the search threads: work there runs in place instead of queueing behind itself.
    static ON_LANE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f` on a search thread and waits for it (blocking); on the caller's thread when the
/// lane could not be started or that thread is a search thread. A panic in `f` is an internal
/// error.
fn on_lane<T: Send + 'static>(f: impl FnOnce() -> Result<T, WebError> + Send + 'static) -> Result<T, WebError> {
    if ON_LANE.get() {
        return f();
    }
    let Some(lane) = lane() else { return f() };
    let (done, result): (SyncSender<std::thread::Result<Result<T, WebError>>>, Receiver<_>) = sync_channel(1);
    let job: Job = Box::new(move || {
        let _ = done.send(std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)));
    });
    lane.jobs.send(job).map_err(|_| WebError::Internal("the search threads stopped".into()))?;
    match result.recv() {
        Ok(Ok(r)) => r,
        Ok(Err(_)) => Err(WebError::Internal("a search panicked".into())),
        Err(_) => Err(WebError::Internal("the search threads stopped".into())),
    }
}

/// Runs `f` on a search thread and awaits its answer (a oneshot: no thread waits for it); on a
/// blocking thread when the lane could not be started. When the queue is full, a blocking thread
/// waits for room, so the async threads never block. A panic in `f` is an internal error.
pub(crate) async fn on_lane_async<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, WebError> + Send + 'static,
) -> Result<T, WebError> {
    let Some(lane) = lane() else { return crate::state::blocking(f).await };
    let stopped = || WebError::Internal("the search threads stopped".into());
    let (done, answer) = tokio::sync::oneshot::channel();
    let job: Job = Box::new(move || {
        let _ = done.send(std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)));
    });
    match lane.jobs.try_send(job) {
        Ok(()) => {}
        Err(TrySendError::Full(job)) => {
            let jobs = lane.jobs.clone();
            crate::state::blocking(move || jobs.send(job).map_err(|_| stopped())).await?;
        }
        Err(TrySendError::Disconnected(_)) => return Err(stopped()),
    }
    match answer.await {
        Ok(Ok(r)) => r,
        Ok(Err(_)) => Err(WebError::Internal("a search panicked".into())),
        Err(_) => Err(stopped()),
    }
}

/// Only the start of a text (in bytes) is searched for a snippet: highlighting never reads further.
const HIGHLIGHT_TEXT_BYTES: usize = 8 * 1024;

/// Runs a search and loads the hits' cards, in hit order (blocking).
///
/// The index search, the highlighting and the card reads run as one job on the search threads
/// (see [`Lane`]), within the index's time budget: a search cut short answers with what it
/// found. The index keeps no texts: highlighting reads the start of each hit's text from the
/// store, all hits in one read, which brings their cards too. The search routes render on the
/// search threads too ([`crate::cache::Place::Search`]): there the job runs in place.
pub(crate) fn run_search(inner: &Inner, query: &SearchQuery) -> Result<(usize, Vec<(Hit, ArticleCard)>), WebError> {
    let store = inner.store.clone();
    let index = inner.search.clone();
    let query = query.clone();
    on_lane(move || {
        // The hits' cards come with the starts of their texts, in one store read.
        let first_cards = parking_lot::Mutex::new(None::<Vec<ArticleCard>>);
        let results = index.search_highlighted_batch(&query, &|ids: &[i64]| {
            // On an error the cards are read again below, where it is reported.
            let heads = store.cards_and_heads(ids, HIGHLIGHT_TEXT_BYTES).map_or_else(
                |_| Vec::new(),
                |(cards, heads)| {
                    *first_cards.lock() = Some(cards);
                    heads
                },
            );
            heads.into_iter().map(|h| (h.id, (h.title, h.text))).collect()
        })?;
        let ids: Vec<i64> = results.hits.iter().map(|h| h.id).collect();
        let cards = match first_cards.into_inner() {
            Some(cards) => cards,
            None => store.cards_by_id(&ids)?,
        };
        let mut cards: HashMap<i64, ArticleCard> = cards.into_iter().map(|c| (c.id, c)).collect();
        let hits = results.hits.into_iter().filter_map(|h| cards.remove(&h.id).map(|c| (h, c))).collect();
        Ok((results.total, hits))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn searches_run_on_the_search_threads_and_work_there_runs_in_place() {
        let thread = on_lane_async(|| Ok(std::thread::current().name().map(str::to_owned))).await.unwrap();
        assert!(thread.as_deref().is_some_and(|n| n.starts_with("search-")), "{thread:?}");
        // More searches than threads and queue places, each running a store read through
        // `on_lane` as `run_search` does: queued behind themselves they would wait forever.
        let tasks: Vec<_> = (0..4 * LANE_QUEUE as u64)
            .map(|i| tokio::spawn(on_lane_async(move || on_lane(move || Ok(i * 2)))))
            .collect();
        let mut sum = 0;
        for task in tasks {
            sum += task.await.unwrap().unwrap();
        }
        assert_eq!(sum, (0..4 * LANE_QUEUE as u64).map(|i| i * 2).sum::<u64>());
        let panicked = on_lane_async(|| -> Result<(), WebError> { panic!("boom") }).await;
        assert!(matches!(panicked, Err(WebError::Internal(_))), "a panic is an internal error");
        assert_eq!(on_lane_async(|| Ok(1)).await.unwrap(), 1, "and the thread goes on");
    }
}
