//! Colonnade's public site: server-rendered pages, feeds out, a JSON API and counters
//! without tracking, as an axum [`Router`](axum::Router) the binary serves.
//!
//! - [`Site`] holds the store, the search index, the caches and the counters; [`Site::router`]
//!   gives every route, [`serve`] runs it with graceful shutdown and flushes the counters at the end.
//! - [`SiteOptions`] are the knobs (site name, public URL, excerpt length, page size, cache and
//!   flush intervals, the like rate limit and the memory bounds of the caches).
//! - [`metrics::install`] installs the Prometheus recorder behind `/metrics`.
//!
//! # Pages and routes
//!
//! HTML: `/`, `/news`, `/columnists`, `/columnists/{id}-{slug}`, `/publications`,
//! `/publications/{id}-{slug}`, `/columns/{id}-{slug}`, `/search`. Feeds: `/feed.atom`,
//! `/feed.json` and the same under every columnist, publication and `/search`; `/sitemap.xml`,
//! `/robots.txt`. JSON: `/api/…`, described by `/api/openapi.json`. Operations: `/healthz`,
//! `/metrics`. Assets: `/static/…`. A wrong or missing slug redirects (301) to the canonical URL.
//!
//! # Speed
//!
//! Nothing on the hot path touches SQLite. Listing pages, feeds, API listings and search
//! results are rendered once and kept as bytes for [`SiteOptions::cache_ttl`] (stale entries are
//! served while one background task refreshes them; [`Site::changed`] drops everything). Column
//! pages keep their data (card, excerpt, "more by") in a bounded cache and are rendered per
//! request, so their counters are live. Cache misses run the store and the index on blocking
//! threads, one loader per key.
//!
//! # Counters without tracking
//!
//! No cookies, ever. A view or a like is keyed by a SipHash of (client IP, User-Agent, article)
//! under a random 128-bit salt that lives only in memory and is replaced every UTC day, so the
//! keys cannot be linked across days or reversed; IP addresses are never stored or logged. See
//! the `counters` module for the bounds.

mod api;
mod assets;
mod cache;
mod counters;
mod error;
mod feeds;
pub mod metrics;
mod middleware;
mod pages;
mod params;
mod slug;
mod state;
mod time;
mod views;

use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

pub use colonnade_store::StoreError;

pub use crate::slug::slugify;
use crate::state::Inner;

/// Options of the public site. `Default` gives the documented defaults.
#[derive(Debug, Clone)]
pub struct SiteOptions {
    /// Name shown in the header, titles and feeds (default "Colonnade").
    pub site_name: String,
    /// Public absolute URL of the site (e.g. `https://columns.example`), used for feeds, the
    /// sitemap, canonical links and OpenGraph. `None`: taken from the request's `Host` header,
    /// falling back to `http://<listen address>`.
    pub base_url: Option<String>,
    /// Words in a column page's excerpt, cut at a word boundary with "…" (default 120).
    pub excerpt_words: usize,
    /// Columns per listing page (default 20, at most 100).
    pub page_size: usize,
    /// How long a rendered listing, feed, search or column page is served before it is refreshed
    /// (default 2 s). Pages that are slow to render and change slowly (the directories, sitemaps,
    /// robots.txt) and the "Most read" rankings are kept 30 times as long. [`Site::changed`] drops
    /// everything but the rankings at once.
    pub cache_ttl: Duration,
    /// How often pending views and likes are written to the store (default 2 s).
    pub flush_interval: Duration,
    /// Like requests allowed per client and minute before 429 (default 10).
    pub likes_per_minute: u32,
    /// Take the client address from the last `X-Forwarded-For` entry instead of the socket peer.
    /// Only for use behind a reverse proxy that sets it (default off).
    pub trust_forwarded_for: bool,
    /// The store's database file, for the store-size gauge of `/metrics` (default none).
    pub db_path: Option<PathBuf>,
    /// Column URLs per sitemap file; more columns give a sitemap index (default 50,000, the
    /// sitemaps.org limit).
    pub sitemap_urls_per_file: usize,
    /// Column pages whose data is kept in memory (default 10,000, about 3 KB each).
    pub column_cache_entries: usize,
    /// Bytes of rendered listings, feeds and search pages kept in memory (default 32 MiB).
    pub listing_cache_bytes: u64,
    /// Visitor keys remembered per day for views, and again for likes, so that each visitor counts
    /// once per column and day (default 1,000,000, about 20 MB each at the limit). Past the limit,
    /// new views and likes are not counted until the next UTC day.
    pub max_visitor_keys: usize,
}

impl Default for SiteOptions {
    fn default() -> Self {
        SiteOptions {
            site_name: "Colonnade".into(),
            base_url: None,
            excerpt_words: 120,
            page_size: 20,
            cache_ttl: Duration::from_secs(2),
            flush_interval: Duration::from_secs(2),
            likes_per_minute: 10,
            trust_forwarded_for: false,
            db_path: None,
            sitemap_urls_per_file: 50_000,
            column_cache_entries: 10_000,
            listing_cache_bytes: 32 << 20,
            max_visitor_keys: 1_000_000,
        }
    }
}

/// The public site: store, search index, caches and counters. Cheap to clone (an `Arc` inside).
#[derive(Clone)]
pub struct Site {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for Site {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Site").field("options", &self.inner.options).finish_non_exhaustive()
    }
}

impl Site {
    /// A site over `store` and `search`. Installs the Prometheus recorder if none is installed.
    pub fn new(
        store: Arc<dyn colonnade_store::Store>,
        search: Arc<colonnade_search::SearchIndex>,
        options: SiteOptions,
    ) -> Site {
        Site { inner: Arc::new(Inner::new(store, search, options)) }
    }

    /// Every route of the site, with its middleware (security headers, limits, CSRF protection,
    /// metrics). Serve it with [`serve`], or with `axum::serve` and
    /// `into_make_service_with_connect_info::<SocketAddr>()` (the counters need the peer address).
    pub fn router(&self) -> axum::Router {
        middleware::router(self.inner.clone())
    }

    /// Drops every cached listing and column, so new or changed articles show at once. The search
    /// indexer calls this after each commit.
    pub fn changed(&self) {
        self.inner.changed();
    }

    /// Writes pending views and likes to the store now, in one batch. Blocking: call it from a
    /// blocking thread. The server also does this every [`SiteOptions::flush_interval`] and at
    /// shutdown. On error the deltas are kept for the next attempt.
    pub fn flush_counts(&self) -> Result<(), StoreError> {
        self.inner.flush_counts()
    }
}

/// Serves `site` on `listener` until `shutdown` completes, then lets open requests finish and
/// flushes the counters. Counters are also flushed every [`SiteOptions::flush_interval`] while it runs.
pub async fn serve(
    listener: tokio::net::TcpListener,
    site: Site,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    if let Ok(addr) = listener.local_addr() {
        let _ = site.inner.listen_addr.set(addr);
    }
    use axum::serve::ListenerExt;
    let app = site.router().into_make_service_with_connect_info::<SocketAddr>();
    let background = tokio::spawn(state::background(site.inner.clone()));
    // Small responses go out at once rather than waiting for Nagle's algorithm.
    let listener = listener.tap_io(|tcp| {
        let _ = tcp.set_nodelay(true);
    });
    let result = axum::serve(listener, app).with_graceful_shutdown(shutdown).await;
    background.abort();
    let inner = site.inner.clone();
    match tokio::task::spawn_blocking(move || inner.flush_counts()).await {
        Ok(Ok(())) => {}
        Ok(Err(e)) => tracing::error!(error = %ErrorChain(&e), "could not write the counters at shutdown"),
        Err(e) => tracing::error!(error = %e, "the final counter flush panicked"),
    }
    result
}

/// Displays an error with its sources, `a: b: c`.
pub(crate) struct ErrorChain<'a>(pub &'a (dyn std::error::Error + 'static));

impl std::fmt::Display for ErrorChain<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)?;
        let mut source = self.0.source();
        while let Some(s) = source {
            write!(f, ": {s}")?;
            source = s.source();
        }
        Ok(())
    }
}
