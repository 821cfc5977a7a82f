//! The site's shared state: store, index, caches, counters, rate limiter.

use std::net::SocketAddr;
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use colonnade_search::SearchIndex;
use colonnade_store::{ArticleCard, ArticleFilter, Counts, Id, Store, StoreError};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use metrics_exporter_prometheus::PrometheusHandle;
use parking_lot::{Mutex, RwLock};

use axum::response::{IntoResponse, Response};

use crate::cache::{Loader, PageTemplate, Place, ResponseCache, TemplateBytes};
use crate::counters::{BotFilter, Counters};
use crate::error::{ErrorChain, WebError};
use crate::options::SiteOptions;
use crate::params::Period;
use crate::slug::slugify;

/// What a column page shows, kept in the column cache.
pub(crate) struct ColumnEntry {
    /// The article's card (its `counts` are the store's totals when loaded).
    pub card: ArticleCard,
    /// The excerpt shown, `excerpt_words` long.
    pub excerpt: String,
    /// The canonical slug.
    pub slug: String,
    /// Up to five more columns by the same columnist, newest first.
    pub more: Vec<ArticleCard>,
    /// Its syndicated copies in other publications ("Also published in").
    pub copies: Vec<colonnade_store::CopyRow>,
    /// Its story's path and article count, when the story has two articles or more.
    pub story: Option<(String, u64)>,
    /// [`Inner::column_generation`] when it was loaded: older entries are loaded again.
    generation: u64,
    /// The store's totals, raised by each flush that wrote deltas of this article.
    base_views: AtomicU64,
    base_likes: AtomicU64,
}

/// Shared state behind the public `Site`.
pub(crate) struct Inner {
    pub store: Arc<dyn Store>,
    pub search: Arc<SearchIndex>,
    pub options: SiteOptions,
    /// `options.base_url` without a trailing slash.
    pub base_url: Option<String>,
    /// Set by `serve`: the fallback for the base URL.
    pub listen_addr: OnceLock<SocketAddr>,
    pub responses: Arc<ResponseCache>,
    /// "Most read" lists by filter and period, kept for [`Inner::slow_ttl`]: the query
    /// aggregates the counters table, and a minute-old ranking is fine.
    most_read: quick_cache::sync::Cache<(ArticleFilter, Period), Arc<Ranked>>,
    pub columns: quick_cache::sync::Cache<Id, Arc<ColumnEntry>>,
    /// Raised by [`Inner::changed`].
    column_generation: AtomicU64,
    /// Rendered column pages with holes for the counters (see [`PageTemplate`]).
    pub column_pages: quick_cache::sync::Cache<Id, Arc<PageTemplate>, TemplateBytes>,
    pub counters: Counters,
    /// With serve nodes sharing the store: where [`Inner::follow_counts`] reads on.
    count_cursor: Mutex<Option<i64>>,
    pub bots: BotFilter,
    pub limiter: DefaultKeyedRateLimiter<u64>,
    /// Column loads read (store read + cache insert); a flush writes (store write + base bumps),
    /// so a loaded base and the unflushed deltas always agree.
    flush_gate: RwLock<()>,
    pub metrics: PrometheusHandle,
    /// When the store gauges were last read.
    pub store_gauges_at: Mutex<Option<Instant>>,
}

impl Inner {
    pub(crate) fn new(store: Arc<dyn Store>, search: Arc<SearchIndex>, mut options: SiteOptions) -> Inner {
        options.page_size = options.page_size.clamp(1, 100);
        options.sitemap_urls_per_file = options.sitemap_urls_per_file.clamp(1, 50_000);
        let base_url =
            options.base_url.as_deref().map(|b| b.trim().trim_end_matches('/').to_owned()).filter(|b| !b.is_empty());
        let per_minute = NonZeroU32::new(options.likes_per_minute.max(1)).unwrap_or(NonZeroU32::MIN);
        let counters =
            Counters::for_store(options.max_visitor_keys, options.visitor_keys_per_client, Some(Arc::clone(&store)));
        Inner {
            store,
            search,
            base_url,
            listen_addr: OnceLock::new(),
            responses: Arc::new(ResponseCache::new(options.listing_cache_bytes)),
            most_read: quick_cache::sync::Cache::new(256),
            columns: quick_cache::sync::Cache::new(options.column_cache_entries.max(16)),
            column_generation: AtomicU64::new(0),
            column_pages: quick_cache::sync::Cache::with_weighter(
                1024,
                (options.listing_cache_bytes / 2).max(1 << 20),
                TemplateBytes,
            ),
            counters,
            count_cursor: Mutex::new(None),
            bots: BotFilter::new(),
            limiter: RateLimiter::keyed(Quota::per_minute(per_minute)),
            flush_gate: RwLock::new(()),
            metrics: crate::metrics::install(),
            store_gauges_at: Mutex::new(None),
            options,
        }
    }

    /// Drops cached pages and column data.
    pub(crate) fn changed(&self) {
        self.responses.clear();
        // A load in progress may still insert data read before the change: its older
        // generation makes the next request load it again.
        self.column_generation.fetch_add(1, Ordering::AcqRel);
        self.columns.clear();
        self.column_pages.clear();
    }

    /// The column page data for `id`, from the cache or the store.
    pub(crate) async fn column(self: &Arc<Self>, id: Id) -> Result<Arc<ColumnEntry>, WebError> {
        if let Some(entry) = self.columns.get(&id) {
            if entry.generation == self.column_generation.load(Ordering::Acquire) {
                return Ok(entry);
            }
            self.columns.remove_if(&id, |e| Arc::ptr_eq(e, &entry));
        }
        let this = self.clone();
        blocking(move || this.load_column(id)).await
    }

    /// Serves `key` from the response cache, rendering it with `load` when needed; refreshed after
    /// [`SiteOptions::cache_ttl`].
    pub(crate) async fn cached(&self, key: String, load: Loader) -> Result<Response, WebError> {
        self.cached_on(key, load, Place::Blocking).await
    }

    /// [`cached`](Self::cached), with `load` run on the threads of `place`.
    pub(crate) async fn cached_on(&self, key: String, load: Loader, place: Place) -> Result<Response, WebError> {
        let rendered = self.responses.get_on(key, self.options.cache_ttl, load, place).await?;
        Ok(rendered.as_ref().into_response())
    }

    /// [`cached`](Self::cached) for pages that are slow to render or change only with the store
    /// (directories, sitemaps, search results): refreshed after [`slow_ttl`](Self::slow_ttl), and
    /// still dropped by [`changed`](Self::changed).
    pub(crate) async fn cached_slow(&self, key: String, load: Loader) -> Result<Response, WebError> {
        let rendered = self.responses.get(key, self.slow_ttl(), load).await?;
        Ok(rendered.as_ref().into_response())
    }

    /// [`cached_slow`](Self::cached_slow) for a search: `load` runs on the search threads.
    pub(crate) async fn cached_search(&self, key: String, load: Loader) -> Result<Response, WebError> {
        let rendered = self.responses.get_on(key, self.slow_ttl(), load, Place::Search).await?;
        Ok(rendered.as_ref().into_response())
    }

    /// How long slow, slowly changing pages (directories, sitemaps, "Most read") are kept:
    /// 30 × [`SiteOptions::cache_ttl`], a minute by default.
    pub(crate) fn slow_ttl(&self) -> Duration {
        self.options.cache_ttl.saturating_mul(30)
    }

    /// The most read articles matching `filter` over `period` (blocking; cached).
    pub(crate) fn most_read(&self, filter: &ArticleFilter, period: Period) -> Result<Vec<ArticleCard>, WebError> {
        let key = (filter.clone(), period);
        if let Some(hit) = self.most_read.get(&key).filter(|hit| hit.0.elapsed() < self.slow_ttl()) {
            return Ok(hit.1.clone());
        }
        let cards = self.store.most_read(filter, period.since_day(crate::time::today()), MOST_READ)?;
        self.most_read.insert(key, Arc::new((Instant::now(), cards.clone())));
        Ok(cards)
    }

    /// Raised by every [`Inner::changed`]: data loaded under an older one is stale.
    pub(crate) fn column_generation(&self) -> u64 {
        self.column_generation.load(Ordering::Acquire)
    }

    fn load_column(&self, id: Id) -> Result<Arc<ColumnEntry>, WebError> {
        let _gate = self.flush_gate.read();
        let generation = self.column_generation.load(Ordering::Acquire);
        self.columns.get_or_insert_with(&id, || {
            let card = self.store.cards_by_id(&[id])?.into_iter().next().ok_or(WebError::NotFound("column"))?;
            let article = self.store.article(id)?.ok_or(WebError::NotFound("column"))?;
            let text = if article.article.text.trim().is_empty() { &card.excerpt } else { &article.article.text };
            let excerpt = colonnade_text::excerpt(text, self.options.excerpt_words);
            let more = match card.columnist_id {
                Some(columnist_id) => {
                    let filter = ArticleFilter { columnist_id: Some(columnist_id), ..ArticleFilter::default() };
                    self.store.cards(&filter, 0, 6)?.into_iter().filter(|c| c.id != id).take(5).collect()
                }
                None => Vec::new(),
            };
            let slug = slugify(card.title.as_deref().unwrap_or(""));
            let copies = self.store.article_copies(id)?;
            let story = match self.store.story_assignments(&[id])?.first() {
                Some(a) => self
                    .store
                    .story(a.story_id)?
                    .filter(|s| s.articles >= 2)
                    .map(|s| (crate::stories::story_path(s.id, s.title.as_deref()), s.articles)),
                None => None,
            };
            Ok::<_, WebError>(Arc::new(ColumnEntry {
                copies,
                story,
                generation,
                base_views: AtomicU64::new(card.counts.views),
                base_likes: AtomicU64::new(card.counts.likes),
                card,
                excerpt,
                slug,
                more,
            }))
        })
    }

    /// Totals to show: the store's, plus what is not flushed yet.
    pub(crate) fn counts(&self, entry: &ColumnEntry) -> Counts {
        self.counters.with_unflushed(entry.card.id, |u| Counts {
            views: entry.base_views.load(Ordering::Acquire) + u.views,
            likes: entry.base_likes.load(Ordering::Acquire) + u.likes,
        })
    }

    /// Writes pending deltas (or, with serve nodes sharing the store, visits) in one batch
    /// (blocking).
    pub(crate) fn flush_counts(&self) -> Result<(), StoreError> {
        let _gate = self.flush_gate.write();
        let batch = self.counters.start_flush();
        if batch.is_empty() {
            return Ok(());
        }
        self.store.add_counts(&batch.deltas)?;
        let counted = match self.store.visits() {
            Some(visits) if !batch.visits.is_empty() => visits.add_visits(&batch.visits)?,
            _ => Vec::new(),
        };
        self.counters.finish_flush(&counted, |delta| {
            if let Some(entry) = self.columns.peek(&delta.article_id) {
                entry.base_views.fetch_add(delta.views, Ordering::AcqRel);
                entry.base_likes.fetch_add(delta.likes, Ordering::AcqRel);
            }
        });
        ::metrics::counter!("colonnade_counter_flushes_total").increment(1);
        Ok(())
    }

    /// With serve nodes sharing the store: sets the totals of the cached columns whose counts
    /// changed (on any node) since the last call to the store's, so views and likes counted
    /// elsewhere show here within a flush interval, without a store read per page (blocking).
    pub(crate) fn follow_counts(&self) -> Result<(), StoreError> {
        if !self.counters.is_shared() {
            return Ok(());
        }
        let Some(visits) = self.store.visits() else { return Ok(()) };
        self.counters.adopt_shared_salt();
        // Under the gate: no flush moves deltas from "unflushed" to the store meanwhile, so each
        // total read plus this node's unflushed deltas is what the page shows.
        let _gate = self.flush_gate.write();
        let mut cursor = self.count_cursor.lock();
        let changes = visits.counts_changed(*cursor)?;
        for (id, totals) in &changes.totals {
            if let Some(entry) = self.columns.peek(id) {
                entry.base_views.store(totals.views, Ordering::Release);
                entry.base_likes.store(totals.likes, Ordering::Release);
            }
        }
        *cursor = Some(changes.cursor);
        Ok(())
    }

    /// The base URL for absolute links: the configured one, else from `Host`, else the listen address.
    pub(crate) fn base_for(&self, host: Option<&str>) -> String {
        if let Some(base) = &self.base_url {
            return base.clone();
        }
        if let Some(host) = host.filter(|h| valid_host(h)) {
            return format!("http://{}", host.to_ascii_lowercase());
        }
        match self.listen_addr.get() {
            Some(addr) => format!("http://{addr}"),
            None => "http://localhost".to_owned(),
        }
    }
}

impl Inner {
    /// Whether `host` (a `Host` header or URI authority) is one this site may be reached by:
    /// [`SiteOptions::allowed_hosts`], or by default `localhost`, `127.0.0.1`, `[::1]` and the
    /// listen address, on any port. Without case.
    pub(crate) fn host_allowed(&self, host: &str) -> bool {
        let host = host.trim().to_ascii_lowercase();
        let name = without_port(&host);
        if self.options.allowed_hosts.is_empty() {
            let listen = self.listen_addr.get().map(|a| match a.ip() {
                std::net::IpAddr::V6(ip) => format!("[{ip}]"),
                ip => ip.to_string(),
            });
            matches!(name, "localhost" | "127.0.0.1" | "[::1]") || listen.is_some_and(|l| l == name)
        } else {
            self.options.allowed_hosts.iter().any(|a| {
                let a = a.trim().to_ascii_lowercase();
                a == host || a == name
            })
        }
    }
}

/// `host` without a `:port`: `a.example:80` → `a.example`, `[::1]:80` → `[::1]`.
fn without_port(host: &str) -> &str {
    if host.starts_with('[') {
        return host.find(']').and_then(|i| host.get(..=i)).unwrap_or(host);
    }
    match host.rsplit_once(':') {
        Some((name, port)) if port.bytes().all(|b| b.is_ascii_digit()) => name,
        _ => host,
    }
}

/// A "Most read" list and when it was read.
type Ranked = (Instant, Vec<ArticleCard>);

/// Entries in the "Most read" block.
const MOST_READ: usize = 10;

/// A `Host` header we are willing to put into links: a name or address and an optional port.
fn valid_host(h: &str) -> bool {
    !h.is_empty()
        && h.len() <= 255
        && h.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']'))
}

/// Runs blocking work (store, index, rendering) off the async threads.
pub(crate) async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, WebError> + Send + 'static,
) -> Result<T, WebError> {
    match tokio::task::spawn_blocking(f).await {
        Ok(result) => result,
        Err(e) => Err(WebError::Internal(format!("a blocking task failed: {e}"))),
    }
}

/// The server's periodic work: flush counters, forget idle rate-limit keys, metrics upkeep.
pub(crate) async fn background(inner: Arc<Inner>) {
    let period = inner.options.flush_interval.max(Duration::from_millis(50));
    let mut tick = tokio::time::interval_at(tokio::time::Instant::now() + period, period);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        let this = inner.clone();
        match tokio::task::spawn_blocking(move || this.flush_counts()).await {
            Ok(Ok(())) => {}
            Ok(Err(e)) => tracing::warn!(error = %ErrorChain(&e), "could not write the counters; will retry"),
            Err(e) => tracing::error!(error = %e, "the counter flush panicked"),
        }
        let this = inner.clone();
        match tokio::task::spawn_blocking(move || this.follow_counts()).await {
            Ok(Ok(())) => {}
            Ok(Err(e)) => tracing::warn!(error = %ErrorChain(&e), "could not read the counts other nodes wrote"),
            Err(e) => tracing::error!(error = %e, "reading the counts other nodes wrote panicked"),
        }
        inner.limiter.retain_recent();
        inner.limiter.shrink_to_fit();
        inner.metrics.run_upkeep();
    }
}
