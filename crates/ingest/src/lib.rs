//! The crawl cycle: sources → fetch → feed → extract → store.
//!
//! [`Ingest`] owns a [`Fetcher`] (politeness, limits, SSRF guard), a [`Store`] and the
//! configuration. [`Ingest::sync_sources`] writes the configured publications and their feeds,
//! listing pages and sitemaps into the store; [`Ingest::run_cycle`] fetches every source that is
//! due (or all of them), discovers article URLs, fetches and extracts each new article, merges
//! what the feed said with what the page says, and saves it. [`Ingest::run_forever`] repeats
//! cycles on each feed's adaptive schedule.
//!
//! Nothing is lost when the process dies: an article counts as stored only once its transaction
//! committed, and a feed's validators (ETag, Last-Modified) are saved only after every item it
//! listed was handled, so a killed crawl fetches the feed again in full next time. An item that
//! failed for good (4xx, not an article, too large, refused by robots.txt) counts as handled; one
//! that failed for now (timeout, 5xx, back-off) holds the feed's old validators back for at most
//! [`MAX_HELD_VALIDATOR_CYCLES`] cycles.
//!
//! Hostile publishers are contained: parsing a source (feed repair, sitemaps, link scanning) and
//! extracting a page run on blocking threads, and a panic there fails only that source or page (an
//! error line in the summary, `panics` counted, the `colonnade_crawl_panics_total` metric). An
//! article never changes publication through a canonical URL or an alias, and a robots.txt
//! `Sitemap:` line never takes over another publication's feed.
//!
//! Several crawl processes may share one PostgreSQL store ([`nodes`]): each leases feeds as it has
//! room for them, takes hosts' turns from the database and claims article URLs before fetching
//! them, so no feed, host or article is worked on by two at once, and a killed process's feeds go
//! back to the others when its leases run out.

pub mod index;
pub mod media;
pub mod merge;
pub mod nodes;
pub mod reextract;
pub mod sources;
pub mod stories;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::panic::AssertUnwindSafe;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant, SystemTime};

use colonnade_config::Config;
use colonnade_extract::Kind;
use colonnade_feed::{FeedItem, parse_feed, parse_sitemap_capped};
use colonnade_fetch::{FetchError, FetchOptions, Fetcher, Response, Validators, host_key};
use colonnade_model::Timestamp;
use colonnade_store::{
    FeedRow, FeedState, FetchLogEntry, Id, ImagePurpose, NewArticle, PublicationRecord, RawPage, SaveOutcome,
    SourceKind, Store, StoreError,
};
use colonnade_url::{Url, dedup_key};
use futures_util::{FutureExt, StreamExt};
use serde::Serialize;

use crate::merge::{Evidence, FeedEvidence};
use crate::nodes::{Node, Nodes, StoreGate, StoreRobots};

/// What stops a cycle. Anything else (a broken feed, a hostile server) is counted and logged.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// The store failed: the cycle cannot record anything. Displays as the store's error.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The HTTP client could not be built. Displays as the fetcher's error.
    #[error(transparent)]
    Fetcher(#[from] FetchError),
    /// A worker thread panicked or was cancelled.
    #[error("worker: {0}")]
    Join(String),
}

/// Counts for one publication in one cycle.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct PublicationSummary {
    /// Articles stored for the first time.
    pub new: u64,
    /// Articles whose content changed.
    pub updated: u64,
    /// Articles fetched again and found unchanged, or already known and skipped.
    pub unchanged: u64,
    /// Articles or sources that failed (see `errors`).
    pub failed: u64,
    /// Sources fetched with a full response.
    pub sources_fetched: u64,
    /// Sources and pages whose parsing or extraction panicked (each also an error).
    pub panics: u64,
    /// Sources that answered 304 Not Modified.
    pub sources_not_modified: u64,
    /// The first errors, as messages.
    pub errors: Vec<String>,
}

/// What one cycle did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct CycleSummary {
    /// Per publication, by name.
    pub publications: BTreeMap<String, PublicationSummary>,
    /// Wall time of the cycle in seconds.
    pub seconds: f64,
}

impl CycleSummary {
    /// Totals over all publications.
    pub fn totals(&self) -> PublicationSummary {
        let mut t = PublicationSummary::default();
        for p in self.publications.values() {
            t.new += p.new;
            t.updated += p.updated;
            t.unchanged += p.unchanged;
            t.failed += p.failed;
            t.sources_fetched += p.sources_fetched;
            t.sources_not_modified += p.sources_not_modified;
            t.panics += p.panics;
        }
        t
    }
}

/// A progress event, for a progress line or bar.
#[derive(Debug, Clone)]
pub enum Progress {
    /// A cycle starts with this many sources.
    Started {
        /// Sources to fetch.
        sources: usize,
    },
    /// A source is done.
    SourceDone {
        /// Publication name.
        publication: String,
        /// The source URL.
        url: String,
        /// New articles from it.
        new: u64,
        /// An error, if the source failed.
        error: Option<String>,
    },
}

/// The crawl pipeline.
pub struct Ingest {
    store: Arc<dyn Store>,
    fetcher: Arc<Fetcher>,
    config: Arc<Config>,
    /// The kind the operator declared for a publication's items (`kind = "opinion"`), by store id.
    declared_kinds: std::sync::RwLock<std::collections::HashMap<Id, Kind>>,
    /// What the running cycle has done so far.
    cycle: Mutex<CycleState>,
    /// Per feed, how many cycles in a row its validators were held back for items that failed for now.
    held_validators: Mutex<HashMap<Id, u32>>,
    /// Where processed images go; `None`: no images are fetched.
    media: Option<media::MediaDir>,
    /// Publications whose photos and lead images are not fetched (`photos = false`), by store id.
    no_photos: std::sync::RwLock<HashSet<Id>>,
    /// Alone on the store, or one of several crawl nodes.
    nodes: Nodes,
}

/// State of one cycle, reset when it starts.
#[derive(Default)]
struct CycleState {
    /// Article URLs (publication, dedup key) already tried this cycle: each is fetched once, however
    /// many of the publication's sources list it.
    attempted: HashSet<(Id, String)>,
    /// Short `Retry-After` waits taken per host (`host:port`).
    waits: HashMap<String, u32>,
    /// Image URLs (with their purpose) already tried this cycle: each is fetched once even when
    /// several pages being handled at once name it.
    images: HashSet<(String, ImagePurpose)>,
    /// Article URL keys claimed from the other crawl nodes this cycle, released when it ends.
    claims: Vec<String>,
}

/// Fetch options from the configuration.
pub fn fetch_options(config: &Config) -> FetchOptions {
    let c = &config.crawl;
    FetchOptions {
        user_agent: c.user_agent.clone(),
        per_host_delay: Duration::from_millis(c.per_host_delay_ms),
        max_concurrency: c.max_concurrency,
        allow_private_networks: c.allow_private_networks,
        connect_timeout: Duration::from_millis(c.connect_timeout_ms),
        request_timeout: Duration::from_millis(c.request_timeout_ms),
        read_timeout: Duration::from_millis(c.read_timeout_ms),
        max_body_bytes: c.max_body_bytes,
        max_redirects: c.max_redirects,
        respect_robots: true,
    }
}

/// Child sitemaps of a sitemap index read per cycle.
const MAX_CHILD_SITEMAPS: usize = 3;

/// Longest Retry-After waited for inside a cycle; longer ones wait for the next cycle.
const MAX_INLINE_WAIT: Duration = Duration::from_secs(30);

/// Short Retry-After waits taken per host in one cycle; after that the host waits for the next cycle.
const MAX_INLINE_WAITS_PER_HOST: u32 = 4;

/// Short Retry-After waits taken for one URL, so one always-busy page leaves the host's other
/// waits to the rest.
const MAX_INLINE_WAITS_PER_URL: u32 = 2;

/// Sitemaps taken from one publication's robots.txt.
const MAX_ROBOTS_SITEMAPS: usize = 5;

/// Cycles in a row a feed keeps its old validators because an item failed for now (timeout, 5xx,
/// back-off); after that the new validators are saved and the item waits until the feed changes.
pub const MAX_HELD_VALIDATOR_CYCLES: u32 = 3;

fn now() -> Timestamp {
    Timestamp::new(jiff::Timestamp::now(), 0)
}

/// One article URL found in a source, with what the source said about it.
#[derive(Debug, Clone)]
struct Candidate {
    url: Url,
    item: Option<FeedItem>,
}

/// Counts of one source's run.
#[derive(Default)]
struct SourceRun {
    summary: PublicationSummary,
    log: Vec<FetchLogEntry>,
    new_items: u64,
    /// An item failed in a way that may pass (timeout, back-off, 5xx): the source's validators
    /// are then not saved, so the next cycle reads the source in full and retries the item.
    retry_later: bool,
}

/// Whether a failure may go away by itself.
fn is_transient(e: &FetchError) -> bool {
    matches!(e, FetchError::Timeout { .. } | FetchError::BackingOff { .. } | FetchError::Network { .. })
        || matches!(e, FetchError::Http { status, .. } if *status == 429 || *status >= 500)
}

impl SourceRun {
    fn error(&mut self, message: String) {
        self.summary.failed += 1;
        if self.summary.errors.len() < 20 {
            self.summary.errors.push(message);
        }
    }

    /// A panic while `doing` something with `url`: counted, reported as an error line, logged and
    /// added to the `colonnade_crawl_panics_total` metric.
    fn panicked(&mut self, url: &str, doing: &str, message: &str) {
        self.count_panic(url, doing, message);
        self.error(format!("{url}: panicked while {doing}: {message}"));
    }

    /// [`SourceRun::panicked`] without the error line, for a caller that reports the failure itself.
    fn count_panic(&mut self, url: &str, doing: &str, message: &str) {
        self.summary.panics += 1;
        metrics::counter!("colonnade_crawl_panics_total").increment(1);
        tracing::error!(url, "panicked while {doing}: {message}");
    }
}

/// Runs CPU work (parsing, extraction) on a blocking thread, so a hostile input never stalls the
/// async threads that also serve the site; a panic there comes back as its message.
async fn contained<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Result<T, String> {
    match tokio::task::spawn_blocking(f).await {
        Ok(v) => Ok(v),
        Err(e) if e.is_panic() => Err(panic_message(e.into_panic().as_ref())),
        Err(e) => Err(e.to_string()),
    }
}

/// The message a panic was raised with.
fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".to_owned())
}

/// Whether `url` is on the same site as `home`: the same registrable domain (the last two labels
/// of the host, three under a country's generic second level such as `co.uk` or `com.au`), or the
/// same host for IP addresses and single-label names.
fn same_site(url: &Url, home: &Url) -> bool {
    fn site(u: &Url) -> Option<String> {
        let host = u.host_str()?.trim_end_matches('.').to_ascii_lowercase();
        if host.parse::<std::net::Ipv4Addr>().is_ok() || host.starts_with('[') {
            return Some(host);
        }
        let labels: Vec<&str> = host.split('.').collect();
        let n = labels.len();
        if n < 2 {
            return Some(host);
        }
        const GENERIC_SECOND_LEVEL: &[&str] =
            &["co", "com", "net", "org", "ac", "gov", "edu", "ne", "or", "go", "gob", "nic", "mil"];
        let take =
            if n >= 3 && labels[n - 1].len() == 2 && GENERIC_SECOND_LEVEL.contains(&labels[n - 2]) { 3 } else { 2 };
        Some(labels[n - take..].join("."))
    }
    site(url).is_some_and(|s| Some(s) == site(home))
}

impl Ingest {
    /// Builds the pipeline. Fails only if the HTTP client cannot be built.
    /// A store with [`colonnade_store::Coordination`] (PostgreSQL) makes this process one of
    /// several crawl nodes on it ([`Nodes::Shared`]), sharing hosts' turns and robots.txt through
    /// it; any other store keeps the crawl in this process ([`Nodes::Local`]).
    pub fn new(config: Arc<Config>, store: Arc<dyn Store>) -> Result<Ingest, IngestError> {
        let (fetcher, nodes) = if store.coordination().is_some() {
            let node = Node::new(Duration::from_secs(config.crawl.lease_seconds.max(1)));
            let gate = Arc::new(StoreGate::new(Arc::clone(&store), &node));
            let robots = Arc::new(StoreRobots::new(Arc::clone(&store)));
            (Fetcher::with_gate(fetch_options(&config), gate)?.with_shared_robots(robots), Nodes::Shared(node))
        } else {
            (Fetcher::new(fetch_options(&config))?, Nodes::Local)
        };
        Ok(Ingest {
            store,
            fetcher: Arc::new(fetcher),
            config,
            declared_kinds: Default::default(),
            cycle: Mutex::default(),
            held_validators: Mutex::default(),
            media: None,
            no_photos: Default::default(),
            nodes,
        })
    }

    /// Fetches columnists' photos and lead images of new and changed articles into `media`
    /// (`<data>/media`), except for publications with `photos = false`.
    pub fn with_media(mut self, media: media::MediaDir) -> Ingest {
        self.media = Some(media);
        self
    }

    /// Gives back whatever this node holds (leases, claims, host turns) when it stops cleanly, so
    /// the other nodes need not wait for them to run out. Nothing to do for a local crawl.
    pub async fn leave(&self) -> Result<(), IngestError> {
        match &self.nodes {
            Nodes::Local => Ok(()),
            Nodes::Shared(node) => {
                let owner = node.owner.clone();
                nodes::coordinate(&self.store, move |c| c.release_all(&owner)).await
            }
        }
    }

    /// Whether this crawl is alone on its store or one of several nodes (and which).
    pub fn nodes(&self) -> &Nodes {
        &self.nodes
    }

    /// The fetcher (for `sources add` discovery).
    pub fn fetcher(&self) -> &Fetcher {
        &self.fetcher
    }

    /// Writes the configured publications and their sources into the store.
    pub async fn sync_sources(&self) -> Result<(), IngestError> {
        let store = Arc::clone(&self.store);
        let config = Arc::clone(&self.config);
        let (kinds, no_photos) = blocking(move || {
            let mut kinds = std::collections::HashMap::new();
            let mut no_photos = HashSet::new();
            for p in &config.publications {
                let id = store.upsert_publication(&PublicationRecord {
                    name: p.name.clone(),
                    homepage: p.homepage.clone(),
                    country: p.country.clone(),
                    language: p.language.clone(),
                })?;
                for f in &p.feeds {
                    store.upsert_feed(id, f, SourceKind::Unknown)?;
                }
                for f in &p.columnist_pages {
                    store.upsert_feed(id, f, SourceKind::Listing)?;
                }
                for f in &p.sitemaps {
                    store.upsert_feed(id, f, SourceKind::Sitemap)?;
                }
                if let Some(kind) = p.kind {
                    kinds.insert(id, kind);
                }
                if !p.photos {
                    no_photos.insert(id);
                }
            }
            Ok((kinds, no_photos))
        })
        .await?;
        if let Ok(mut declared) = self.declared_kinds.write() {
            *declared = kinds;
        }
        if let Ok(mut refused) = self.no_photos.write() {
            *refused = no_photos;
        }
        Ok(())
    }

    /// One full cycle. With `all`, every source is fetched whatever its schedule.
    pub async fn run_cycle(
        &self,
        all: bool,
        progress: &(dyn Fn(Progress) + Sync),
    ) -> Result<CycleSummary, IngestError> {
        let started = Instant::now();
        *self.cycle_state() = CycleState::default();
        self.sync_sources().await?;
        self.robots_sitemaps().await?;
        let cycle_start = now();
        let store = Arc::clone(&self.store);
        let (feeds, pubs) = blocking(move || Ok((store.feeds()?, store.publications()?))).await?;
        let names: BTreeMap<Id, String> = pubs.iter().map(|p| (p.id, p.record.name.clone())).collect();
        let now_s = now().unix_seconds();
        let due: Vec<FeedRow> = feeds
            .into_iter()
            .filter(|f| all || f.state.next_fetch_at.is_none_or(|t| t.unix_seconds() <= now_s))
            .collect();
        // With other nodes, as many as are due: they take their share as this node takes its own.
        progress(Progress::Started { sources: due.len() });
        let mut summary = CycleSummary::default();
        for name in names.values() {
            summary.publications.entry(name.clone()).or_default();
        }
        let limit = self.config.crawl.max_concurrency.max(1);
        type Feeds<'a> = std::pin::Pin<Box<dyn futures_util::Stream<Item = Result<FeedRow, IngestError>> + Send + 'a>>;
        let (feeds, _renewing): (Feeds<'_>, Option<AbortOnDrop>) = match &self.nodes {
            Nodes::Local => (Box::pin(futures_util::stream::iter(due.into_iter().map(Ok))), None),
            Nodes::Shared(node) => {
                // Leases and claims an earlier cycle left behind (it failed half-way) go first.
                let owner = node.owner.clone();
                nodes::coordinate(&self.store, move |c| c.release_all(&owner)).await?;
                let fetched_before = all.then_some(cycle_start);
                // One feed leased each time the cycle has room for another, so the work spreads
                // over the nodes as they go.
                let leases = futures_util::stream::unfold(false, move |done| async move {
                    if done {
                        return None;
                    }
                    match nodes::lease_feed(&self.store, node, fetched_before).await {
                        Ok(Some(feed)) => Some((Ok(feed), false)),
                        Ok(None) => None,
                        Err(e) => Some((Err(e), true)),
                    }
                });
                (Box::pin(leases), Some(AbortOnDrop(nodes::keep_leases(&self.store, node))))
            }
        };
        let mut runs = feeds
            .map(|feed| async move {
                let feed = feed?;
                // A panic anywhere in one source's run fails that source only.
                let run = match AssertUnwindSafe(self.run_source(&feed)).catch_unwind().await {
                    Ok(run) => run,
                    Err(panic) => {
                        let mut run = SourceRun::default();
                        run.panicked(&feed.url, "crawling", &panic_message(panic.as_ref()));
                        Ok(run)
                    }
                };
                Ok::<_, IngestError>((feed, run))
            })
            .buffer_unordered(limit);
        while let Some(done) = runs.next().await {
            let (feed, run) = done?;
            let run = run?;
            let name = names.get(&feed.publication_id).cloned().unwrap_or_default();
            progress(Progress::SourceDone {
                publication: name.clone(),
                url: feed.url.clone(),
                new: run.summary.new,
                error: run.summary.errors.first().cloned(),
            });
            let entry = summary.publications.entry(name).or_default();
            merge(entry, run.summary);
        }
        drop(runs);
        if let Nodes::Shared(node) = &self.nodes {
            let claims = std::mem::take(&mut self.cycle_state().claims);
            let owner = node.owner.clone();
            nodes::coordinate(&self.store, move |c| c.release_claims(&owner, &claims)).await?;
        }
        summary.seconds = started.elapsed().as_secs_f64();
        Ok(summary)
    }

    /// Repeats cycles until `stop` resolves, sleeping until the next source is due.
    pub async fn run_forever(
        &self,
        progress: &(dyn Fn(Progress) + Sync),
        on_cycle: &(dyn Fn(&CycleSummary) + Sync),
        stop: impl std::future::Future<Output = ()>,
    ) -> Result<(), IngestError> {
        tokio::pin!(stop);
        loop {
            let summary = self.run_cycle(false, progress).await?;
            on_cycle(&summary);
            let wait = match &self.nodes {
                Nodes::Local => {
                    let store = Arc::clone(&self.store);
                    let feeds = blocking(move || Ok(store.feeds()?)).await?;
                    let now_s = now().unix_seconds();
                    let next = feeds
                        .iter()
                        .filter_map(|f| f.state.next_fetch_at.map(|t| t.unix_seconds()))
                        .min()
                        .unwrap_or(now_s + 60);
                    Duration::from_secs((next - now_s).clamp(5, 3600) as u64)
                }
                // Until a feed is due or another node's lease on one runs out; at least a second,
                // so a node whose neighbour died takes its feeds over soon after its leases end.
                Nodes::Shared(_) => {
                    let next = nodes::coordinate(&self.store, |c| c.next_free()).await?;
                    let now_us = now().instant.as_microsecond();
                    let left_us = next.map_or(60_000_000, |t| t.instant.as_microsecond() - now_us);
                    Duration::from_micros(left_us.clamp(1_000_000, 3_600_000_000) as u64)
                }
            };
            tokio::select! {
                _ = &mut stop => return Ok(()),
                _ = tokio::time::sleep(wait) => {}
            }
        }
    }

    /// Fetches one source and everything new it lists.
    async fn run_source(&self, feed: &FeedRow) -> Result<SourceRun, IngestError> {
        let mut run = SourceRun::default();
        let Ok(url) = Url::parse(&feed.url) else {
            run.error(format!("{}: not a URL", feed.url));
            return Ok(run);
        };
        let validators = Validators { etag: feed.state.etag.clone(), last_modified: feed.state.last_modified.clone() };
        let fetched = self.fetch_patiently(&url, Some(&validators), &mut run).await;
        let mut state = feed.state.clone();
        state.last_fetch_at = Some(now());
        let mut response = match fetched {
            Ok(r) => r,
            Err(e) => {
                state.last_status = None;
                return self.source_failed(feed, state, e.to_string(), run).await;
            }
        };
        state.last_status = Some(response.status);
        if response.not_modified {
            run.summary.sources_not_modified += 1;
            state.failures = 0;
            state.last_error = None;
            self.reschedule(feed.id, state, 0, false).await?;
            self.flush_log(&mut run).await?;
            return Ok(run);
        }
        if response.status >= 400 {
            return self.source_failed(feed, state, format!("HTTP {}", response.status), run).await;
        }
        run.summary.sources_fetched += 1;
        let body = std::mem::take(&mut response.body);
        let parsed = match feed.kind {
            SourceKind::Sitemap => self.sitemap_candidates(body, &response.final_url, &mut run).await,
            kind => {
                let (base, ct) = (response.final_url.clone(), response.content_type.clone());
                contained(move || candidates(kind, &body, ct.as_deref(), &base)).await.unwrap_or_else(|panic| {
                    run.count_panic(&feed.url, "parsing", &panic);
                    Err(format!("panicked while parsing: {panic}"))
                })
            }
        };
        let candidates = match parsed {
            Ok(c) => c,
            Err(message) => return self.source_failed(feed, state, message, run).await,
        };
        state.items_seen += candidates.len() as u64;
        for c in candidates.into_iter().take(self.config.crawl.max_articles_per_source) {
            self.handle_candidate(feed.publication_id, c, &mut run).await?;
            if run.log.len() >= 64 {
                self.flush_log(&mut run).await?;
            }
        }
        state.new_items_seen += run.new_items;
        state.failures = 0;
        state.last_error = None;
        // Validators only now, and only if every item was handled for good; an item that failed for
        // now keeps the old ones (so the next cycle reads the feed in full), for a bounded number of
        // cycles.
        let hold = run.retry_later && {
            let mut held = self.held_validators.lock().unwrap_or_else(PoisonError::into_inner);
            let cycles = held.entry(feed.id).or_default();
            *cycles += 1;
            *cycles <= MAX_HELD_VALIDATOR_CYCLES
        };
        if !hold {
            self.held_validators.lock().unwrap_or_else(PoisonError::into_inner).remove(&feed.id);
            state.etag = response.validators.etag.clone();
            state.last_modified = response.validators.last_modified.clone();
        }
        let new_items = run.new_items;
        self.reschedule(feed.id, state, new_items, false).await?;
        self.flush_log(&mut run).await?;
        Ok(run)
    }

    /// The one way a source's run ends in failure: the error recorded on the feed and in the
    /// summary, the feed rescheduled with back-off, the fetch log written.
    async fn source_failed(
        &self,
        feed: &FeedRow,
        mut state: FeedState,
        message: String,
        mut run: SourceRun,
    ) -> Result<SourceRun, IngestError> {
        state.failures += 1;
        run.error(format!("{}: {message}", feed.url));
        state.last_error = Some(message);
        self.reschedule(feed.id, state, 0, true).await?;
        self.flush_log(&mut run).await?;
        Ok(run)
    }

    /// A sitemap's pages, newest first; a sitemap index is followed to its first
    /// [`MAX_CHILD_SITEMAPS`] sitemaps (news sitemaps first), stopping once `max_articles_per_source`
    /// pages are known. Each document is read only up to that many entries, on a blocking thread.
    async fn sitemap_candidates(
        &self,
        body: Vec<u8>,
        base: &Url,
        run: &mut SourceRun,
    ) -> Result<Vec<Candidate>, String> {
        let cap = self.config.crawl.max_articles_per_source.max(1);
        let parse = |body: Vec<u8>, base: Url| contained(move || parse_sitemap_capped(&body, Some(&base), cap));
        let sitemap = match parse(body, base.clone()).await {
            Ok(parsed) => parsed.map_err(|e| e.to_string())?,
            Err(panic) => {
                run.count_panic(base.as_str(), "parsing", &panic);
                return Err(format!("panicked while parsing: {panic}"));
            }
        };
        let mut urls = sitemap.urls;
        let mut children = sitemap.sitemaps;
        children.sort_by_key(|u| !u.as_str().contains("news"));
        for child in children.into_iter().take(MAX_CHILD_SITEMAPS) {
            if urls.len() >= cap {
                break; // enough to fill the source's share; the other children wait
            }
            match self.fetch_patiently(&child, None, run).await {
                Ok(r) if r.status < 400 => match parse(r.body, r.final_url).await {
                    Ok(Ok(s)) => urls.extend(s.urls),
                    Ok(Err(e)) => run.error(format!("{child}: {e}")),
                    Err(panic) => run.panicked(child.as_str(), "parsing", &panic),
                },
                Ok(r) => run.error(format!("{child}: HTTP {}", r.status)),
                Err(e) => run.error(format!("{child}: {e}")),
            }
        }
        urls.sort_by(|a, b| {
            let key = |u: &colonnade_feed::SitemapUrl| u.news_published.or(u.lastmod).map(|t| t.unix_seconds());
            key(b).cmp(&key(a))
        });
        Ok(urls.into_iter().map(|u| Candidate { url: u.url, item: None }).collect())
    }

    /// Sitemaps named in robots.txt become sources of the publications that list no feeds and
    /// no sitemaps of their own (with feeds, a whole site's sitemap would mostly add non-columns).
    async fn robots_sitemaps(&self) -> Result<(), IngestError> {
        for p in self.config.publications.iter().filter(|p| p.feeds.is_empty() && p.sitemaps.is_empty()) {
            let Ok(home) = Url::parse(&p.homepage) else { continue };
            let mut found = self.fetcher.robots_sitemaps(&home).await;
            // Only the publication's own site, and only a few: robots.txt is the publisher's word
            // about its own site, not about anyone else's.
            found.retain(|u| {
                let same = same_site(u, &home);
                if !same {
                    tracing::warn!(
                        publication = %p.name,
                        sitemap = %u,
                        "robots.txt names a sitemap of another site; ignored"
                    );
                }
                same
            });
            found.truncate(MAX_ROBOTS_SITEMAPS);
            if found.is_empty() {
                continue;
            }
            let store = Arc::clone(&self.store);
            let homepage = p.homepage.clone();
            blocking(move || {
                let Some(pubrow) = store.publications()?.into_iter().find(|r| r.record.homepage == homepage) else {
                    return Ok(());
                };
                let feeds = store.feeds()?;
                for u in found {
                    // A URL that is already a source keeps its publication and kind.
                    if feeds.iter().any(|f| f.url == u.as_str()) {
                        continue;
                    }
                    store.upsert_feed(pubrow.id, u.as_str(), SourceKind::Sitemap)?;
                }
                Ok(())
            })
            .await?;
        }
        Ok(())
    }

    async fn handle_candidate(&self, publication_id: Id, c: Candidate, run: &mut SourceRun) -> Result<(), IngestError> {
        let key = dedup_key(&c.url);
        // Once per cycle, however many of the publication's sources list it.
        if !self.cycle_state().attempted.insert((publication_id, key.clone())) {
            return Ok(());
        }
        let store = Arc::clone(&self.store);
        let mut known = {
            let key = key.clone();
            blocking(move || Ok(store.article_id_by_url_key(&key)?)).await?
        };
        // With other nodes, claimed first: one of them may be fetching it right now.
        if known.is_none()
            && let Nodes::Shared(node) = &self.nodes
        {
            match self.claim(node, &key).await? {
                Claim::Ours => {
                    // Look again: a node may have stored it between the look and the claim.
                    let (store, key) = (Arc::clone(&self.store), key.clone());
                    known = blocking(move || Ok(store.article_id_by_url_key(&key)?)).await?;
                }
                Claim::Stored(id) => known = Some(id),
                Claim::Busy => {
                    // Still held by a live node: its feed will store it; this source reads it
                    // again next time.
                    run.retry_later = true;
                    run.summary.unchanged += 1;
                    return Ok(());
                }
            }
        }
        if let Some(id) = known {
            // Known: fetched again only when the feed says it changed since we stored it.
            let updated_after = match c.item.as_ref().and_then(|i| i.updated) {
                Some(u) => {
                    let store = Arc::clone(&self.store);
                    let stored = blocking(move || Ok(store.article(id)?)).await?;
                    stored.is_some_and(|s| u.unix_seconds() > s.updated_at.unix_seconds())
                }
                None => false,
            };
            if !updated_after {
                run.summary.unchanged += 1;
                return Ok(());
            }
        }
        let fetched = self.fetch_patiently(&c.url, None, run).await;
        let response = match fetched {
            Ok(r) if r.status < 400 => r,
            Ok(r) => {
                run.retry_later |= r.status == 429 || r.status >= 500;
                run.error(format!("{}: HTTP {}", c.url, r.status));
                return Ok(());
            }
            Err(e) => {
                run.retry_later |= is_transient(&e);
                run.error(format!("{}: {e}", c.url));
                return Ok(());
            }
        };
        let evidence = Evidence {
            feed: c.item.as_ref().map(FeedEvidence::from),
            declared_kind: self.declared_kinds.read().ok().and_then(|k| k.get(&publication_id).copied()),
        };
        let final_url = response.final_url.clone();
        let ct = response.content_type.clone();
        let body = response.body;
        let headers = response.headers;
        let extracted = contained(move || {
            let result = colonnade_extract::extract_with(&body, Some(&final_url), ct.as_deref(), &Default::default())
                .map(|mut e| {
                    let author_images = std::mem::take(&mut e.author_images);
                    (merge::assemble(e, &evidence, &final_url, &headers), author_images)
                });
            (result, body, headers, evidence)
        })
        .await;
        // A page that breaks the extractor fails alone; the cycle goes on.
        let (result, body, headers, evidence) = match extracted {
            Ok(done) => done,
            Err(panic) => {
                run.panicked(c.url.as_str(), "extracting", &panic);
                return Ok(());
            }
        };
        let (mut article, author_images) = match result {
            Ok(a) => a,
            Err(e) => {
                run.error(format!("{}: {e}", c.url));
                return Ok(());
            }
        };
        if article.text.is_empty() && article.title.is_none() {
            run.error(format!("{}: no article found on the page", c.url));
            return Ok(());
        }
        let canonical = article.url.clone().unwrap_or_else(|| response.final_url.to_string());
        let mut url_key = Url::parse(&canonical).map(|u| dedup_key(&u)).unwrap_or_else(|_| canonical.clone());
        // An article never changes publication: a canonical URL in another publication's site, or naming
        // another publication's article, is not believed; the page is kept under the URL it was fetched
        // from.
        let (owner, homepage) = {
            let (store, url_key) = (Arc::clone(&self.store), url_key.clone());
            blocking(move || {
                let owner = match store.article_id_by_url_key(&url_key)? {
                    Some(id) => store.article(id)?.map(|a| a.publication_id),
                    None => None,
                };
                let homepage = store.publication(publication_id)?.and_then(|p| Url::parse(&p.record.homepage).ok());
                Ok((owner, homepage))
            })
            .await?
        };
        // A canonical URL is not believed when it points into another configured publication's site
        // (unless that is also this page's or this publication's site).
        let cross_site = Url::parse(&canonical).is_ok_and(|u| {
            let own = same_site(&u, &response.final_url) || homepage.as_ref().is_some_and(|h| same_site(&u, h));
            !own && self.config.publications.iter().any(|p| {
                homepage.as_ref().is_none_or(|h| h.as_str() != p.homepage)
                    && Url::parse(&p.homepage).is_ok_and(|other| same_site(&u, &other))
            })
        });
        if cross_site || owner.is_some_and(|o| o != publication_id) {
            tracing::warn!(
                page = %response.final_url,
                canonical = %canonical,
                "canonical URL belongs to another publication; the page is kept under its own URL"
            );
            article.url = Some(response.final_url.to_string());
            url_key = dedup_key(&response.final_url);
        }
        let mut alt = vec![key, dedup_key(&response.final_url)];
        alt.sort();
        alt.dedup();
        alt.retain(|k| *k != url_key);
        // What the images need of the article, kept before it moves into the store's thread.
        let columnist = article.authors.first().cloned();
        let photo =
            columnist.as_ref().and_then(|name| author_images.iter().find(|i| i.author == *name)).map(|i| i.url.clone());
        let lead = article.image.clone();
        let store = Arc::clone(&self.store);
        let status = response.status;
        let final_url = response.final_url.to_string();
        let evidence = evidence.to_json();
        let outcome = blocking(move || {
            let raw = RawPage {
                url: &final_url,
                status,
                headers: &headers,
                body: &body,
                fetched_at: now(),
                evidence: Some(&evidence),
            };
            let new = NewArticle {
                publication_id,
                article: &article,
                url_key: &url_key,
                alt_url_keys: &alt,
                raw: Some(raw),
                seen_at: now(),
            };
            Ok(store.save_article(&new))
        })
        .await?;
        let outcome = match outcome {
            Ok(o) => o,
            // The store refused the article (it claims another publication's): that page fails alone.
            Err(StoreError::InvalidInput(message)) => {
                tracing::warn!(page = %c.url, "{message}");
                run.error(format!("{}: {message}", c.url));
                return Ok(());
            }
            Err(e) => return Err(e.into()),
        };
        match outcome {
            SaveOutcome::Inserted(_) => {
                run.summary.new += 1;
                run.new_items += 1;
            }
            SaveOutcome::Updated(_) => run.summary.updated += 1,
            SaveOutcome::Unchanged(_) => run.summary.unchanged += 1,
        }
        if !matches!(outcome, SaveOutcome::Unchanged(_)) {
            self.article_images(publication_id, columnist.zip(photo), lead).await?;
        }
        Ok(())
    }

    /// Fetches a new or changed article's images, when this crawl keeps images and the publication
    /// did not ask us not to: its columnist's photo (offered as their photo) and its lead image.
    async fn article_images(
        &self,
        publication_id: Id,
        photo: Option<(String, String)>,
        lead: Option<String>,
    ) -> Result<(), IngestError> {
        let Some(media) = &self.media else { return Ok(()) };
        if self.no_photos.read().is_ok_and(|refused| refused.contains(&publication_id)) {
            return Ok(());
        }
        if let Some((name, url)) = photo
            && let Some(id) = self.image(media, &url, ImagePurpose::Face, publication_id).await?
        {
            let store = Arc::clone(&self.store);
            blocking(move || Ok(store.offer_columnist_photo(publication_id, &name, id)?)).await?;
        }
        if let Some(url) = lead {
            self.image(media, &url, ImagePurpose::Lead, publication_id).await?;
        }
        Ok(())
    }

    /// One image, at most once per cycle: its row id when it is stored.
    async fn image(
        &self,
        media: &media::MediaDir,
        url: &str,
        purpose: ImagePurpose,
        publication_id: Id,
    ) -> Result<Option<Id>, IngestError> {
        // Only http(s) addresses of a sane length are fetched (or remembered): a `data:` URL or a
        // megabyte-long address is not an image to fetch.
        let Some(parsed) =
            Url::parse(url).ok().filter(|u| matches!(u.scheme(), "http" | "https") && u.as_str().len() <= 2048)
        else {
            return Ok(None);
        };
        let first = self.cycle_state().images.insert((parsed.to_string(), purpose));
        if !first {
            // Tried this cycle (perhaps still in flight): what the store has, if anything.
            let (store, key) = (Arc::clone(&self.store), parsed.to_string());
            let row = blocking(move || Ok(store.image(&key, purpose)?)).await?;
            return Ok(row.filter(|r| !r.variants.is_empty()).map(|r| r.id));
        }
        let outcome =
            media::fetch_image(&self.fetcher, &self.store, media, &parsed, purpose, Some(publication_id)).await?;
        Ok(match outcome {
            media::ImageOutcome::Stored(id) => Some(id),
            media::ImageOutcome::Refused(_) => None,
        })
    }

    /// Claims an article URL from the other crawl nodes. When another node holds it, waits (up to
    /// twice a lease) until that node has stored it or its claim lapsed because it died: the
    /// article is then either known, or this node's to fetch.
    async fn claim(&self, node: &Node, key: &str) -> Result<Claim, IngestError> {
        let started = Instant::now();
        loop {
            let (owner, lease, claimed) = (node.owner.clone(), node.lease, key.to_owned());
            if nodes::coordinate(&self.store, move |c| c.claim_article(&owner, &claimed, lease)).await? {
                self.cycle_state().claims.push(key.to_owned());
                return Ok(Claim::Ours);
            }
            if started.elapsed() > node.lease * 2 {
                return Ok(Claim::Busy);
            }
            tokio::time::sleep(CLAIM_POLL.min(node.lease)).await;
            let (store, k) = (Arc::clone(&self.store), key.to_owned());
            if let Some(id) = blocking(move || Ok(store.article_id_by_url_key(&k)?)).await? {
                return Ok(Claim::Stored(id));
            }
        }
    }

    /// [`Ingest::fetch_logged`], waiting when the host asks for a short pause: a 429 or 503 with a
    /// `Retry-After` of at most [`MAX_INLINE_WAIT`] (or a back-off that ends that soon) is waited out
    /// and the request repeated, up to [`MAX_INLINE_WAITS_PER_URL`] times for this URL and
    /// [`MAX_INLINE_WAITS_PER_HOST`] times per host and cycle. Only this source waits; the others go on.
    async fn fetch_patiently(
        &self,
        url: &Url,
        validators: Option<&Validators>,
        run: &mut SourceRun,
    ) -> Result<Response, FetchError> {
        let mut waited = 0;
        loop {
            let result = self.fetch_logged(url, validators, run).await;
            let Some(host) = host_key(url) else { return result };
            let wait = match &result {
                Err(FetchError::Http { status: 429 | 503, .. }) => self
                    .fetcher
                    .host_backoff(&host)
                    .map_or(Duration::ZERO, |until| until.duration_since(SystemTime::now()).unwrap_or_default()),
                Err(FetchError::BackingOff { until, .. }) => {
                    until.duration_since(SystemTime::now()).unwrap_or_default()
                }
                _ => return result,
            };
            if wait > MAX_INLINE_WAIT || waited >= MAX_INLINE_WAITS_PER_URL {
                return result;
            }
            waited += 1;
            {
                let mut cycle = self.cycle_state();
                let taken = cycle.waits.entry(host).or_default();
                if *taken >= MAX_INLINE_WAITS_PER_HOST {
                    return result;
                }
                *taken += 1;
            }
            tokio::time::sleep(wait + Duration::from_millis(10)).await;
        }
    }

    fn cycle_state(&self) -> std::sync::MutexGuard<'_, CycleState> {
        self.cycle.lock().unwrap_or_else(PoisonError::into_inner)
    }

    async fn fetch_logged(
        &self,
        url: &Url,
        validators: Option<&Validators>,
        run: &mut SourceRun,
    ) -> Result<Response, FetchError> {
        let started = Instant::now();
        let result = self.fetcher.get(url, validators).await;
        let host = url.host_str().unwrap_or("").to_string();
        let entry = match &result {
            Ok(r) => FetchLogEntry {
                url: url.to_string(),
                host,
                status: Some(r.status),
                bytes: r.body.len() as u64,
                duration_ms: started.elapsed().as_millis() as u64,
                outcome: r.outcome(),
                error: None,
                at: now(),
            },
            Err(e) => FetchLogEntry {
                url: url.to_string(),
                host,
                status: None,
                bytes: 0,
                duration_ms: started.elapsed().as_millis() as u64,
                outcome: e.outcome(),
                error: Some(e.to_string()),
                at: now(),
            },
        };
        run.log.push(entry);
        result
    }

    async fn flush_log(&self, run: &mut SourceRun) -> Result<(), IngestError> {
        if run.log.is_empty() {
            return Ok(());
        }
        let entries = std::mem::take(&mut run.log);
        let store = Arc::clone(&self.store);
        blocking(move || Ok(store.log_fetches(&entries)?)).await
    }

    /// Next fetch: sooner when the source had news, later when it had none, within the bounds.
    async fn reschedule(&self, id: Id, mut state: FeedState, new_items: u64, failed: bool) -> Result<(), IngestError> {
        let min = self.config.crawl.min_refresh_minutes as i64 * 60;
        let max = self.config.crawl.max_refresh_minutes as i64 * 60;
        let current = if state.interval_secs <= 0 { min * 4 } else { state.interval_secs };
        let next = if failed {
            // Back off exponentially on failures.
            (current * 2).min(max)
        } else if new_items > 0 {
            (current / 2).max(min)
        } else {
            (current * 3 / 2).min(max)
        };
        state.interval_secs = next.clamp(min, max);
        let at = jiff::Timestamp::now()
            .checked_add(jiff::SignedDuration::from_secs(state.interval_secs))
            .unwrap_or(jiff::Timestamp::now());
        state.next_fetch_at = Some(Timestamp::new(at, 0));
        match &self.nodes {
            Nodes::Local => {
                let store = Arc::clone(&self.store);
                blocking(move || Ok(store.update_feed(id, &state)?)).await
            }
            // The state and the end of the lease in one transaction.
            Nodes::Shared(node) => nodes::finish_feed(&self.store, node, id, state).await,
        }
    }
}

/// The article URLs a source lists, newest first where dates are known.
fn candidates(kind: SourceKind, body: &[u8], ct: Option<&str>, base: &Url) -> Result<Vec<Candidate>, String> {
    let listing = || {
        colonnade_feed::article_links(body, base)
            .into_iter()
            .map(|url| Candidate { url, item: None })
            .collect::<Vec<_>>()
    };
    match kind {
        SourceKind::Listing => Ok(listing()),
        _ => match parse_feed(body, ct, Some(base)) {
            Ok(parsed) => {
                let mut items: Vec<FeedItem> = parsed.items.into_iter().filter(|i| i.url.is_some()).collect();
                items.sort_by(|a, b| {
                    let key = |i: &FeedItem| i.published.or(i.updated).map(|t| t.unix_seconds());
                    key(b).cmp(&key(a))
                });
                Ok(items
                    .into_iter()
                    .filter_map(|i| i.url.clone().map(|url| Candidate { url, item: Some(i) }))
                    .collect())
            }
            // A configured "feed" that is an HTML page is treated as a listing page.
            Err(colonnade_feed::FeedError::NotAFeed(_)) => Ok(listing()),
            Err(e) => Err(format!("not a readable feed: {e}")),
        },
    }
}

fn merge(into: &mut PublicationSummary, from: PublicationSummary) {
    into.new += from.new;
    into.updated += from.updated;
    into.unchanged += from.unchanged;
    into.failed += from.failed;
    into.sources_fetched += from.sources_fetched;
    into.sources_not_modified += from.sources_not_modified;
    into.panics += from.panics;
    for e in from.errors {
        if into.errors.len() < 20 {
            into.errors.push(e);
        }
    }
}

/// How often a node waiting for another node's claim on an article looks again.
const CLAIM_POLL: Duration = Duration::from_millis(200);

/// What [`Ingest::claim`] got.
enum Claim {
    /// The article is this node's to fetch.
    Ours,
    /// The node that held it stored it meanwhile.
    Stored(Id),
    /// Another node has held it for long: it is alive and still at it.
    Busy,
}

/// Aborts a background task when dropped (the lease renewal of a cycle that ends, however it ends).
struct AbortOnDrop(tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Runs store work off the async threads.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, IngestError> + Send + 'static,
) -> Result<T, IngestError> {
    tokio::task::spawn_blocking(f).await.map_err(|e| IngestError::Join(e.to_string()))?
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 14, item 13: work that panics on a blocking thread comes back as its message, and the
    /// source records it as an error line and a panic.
    #[tokio::test]
    async fn a_panic_while_parsing_fails_only_that_source() {
        let got: Result<Vec<Candidate>, String> = contained(|| panic!("hostile feed")).await;
        assert_eq!(got.unwrap_err(), "hostile feed");
        let owned = contained(|| -> u8 { std::panic::panic_any(format!("code {}", 7)) }).await;
        assert_eq!(owned.unwrap_err(), "code 7");
        assert_eq!(contained(|| 5).await, Ok(5));
        let mut run = SourceRun::default();
        run.panicked("https://e.example/feed", "parsing", "hostile feed");
        assert_eq!((run.summary.panics, run.summary.failed), (1, 1));
        assert_eq!(run.summary.errors, ["https://e.example/feed: panicked while parsing: hostile feed"]);
    }

    /// A panic inside one source's async run is caught where the cycle drives the sources.
    #[tokio::test]
    async fn a_panicking_future_is_caught_per_source() {
        let caught = AssertUnwindSafe(async { panic!("in the crawl") }).catch_unwind().await;
        let panic: Box<dyn std::any::Any + Send> = match caught {
            Ok(()) => unreachable!(),
            Err(p) => p,
        };
        assert_eq!(panic_message(panic.as_ref()), "in the crawl");
    }

    #[test]
    fn same_site_by_registrable_domain() {
        let u = |s: &str| Url::parse(s).unwrap();
        assert!(same_site(&u("https://www.example.com/sitemap.xml"), &u("https://example.com/")));
        assert!(same_site(&u("https://cdn.news.example.co.uk/s.xml"), &u("https://www.example.co.uk/")));
        assert!(!same_site(&u("https://other.co.uk/s.xml"), &u("https://www.example.co.uk/")));
        assert!(!same_site(&u("https://example.org/s.xml"), &u("https://example.com/")));
        assert!(same_site(&u("http://127.0.0.2:8080/s.xml"), &u("http://127.0.0.2:9090/")));
        assert!(!same_site(&u("http://127.0.0.3/s.xml"), &u("http://127.0.0.2/")));
    }
}
