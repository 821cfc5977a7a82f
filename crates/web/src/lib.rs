//! Colonnade's public site: server-rendered pages, feeds out, a JSON API and counters
//! without tracking, as an axum [`Router`](axum::Router) the binary serves.
//!
//! - [`Site`] holds the store, the search index, the caches and the counters; [`Site::router`]
//!   gives every route, [`serve`] runs it with graceful shutdown and flushes the counters at the end
//!   (its own HTTP/1 loop, `server`: header-read and idle timeouts, a connection cap);
//!   [`serve_metrics`] serves `/metrics` on an address of its own.
//! - [`SiteOptions`] are the knobs (site name, public URL, excerpt length, page size, cache and
//!   flush intervals, the like rate limit and the memory bounds of the caches).
//! - [`metrics::install`] installs the Prometheus recorder behind `/metrics`.
//!
//! # Modules, top to bottom
//!
//! Each module uses only modules below it, never one above, so none import each other in a
//! circle: `routes` (the router: every route, and the layers around them) → `middleware` (URI
//! checks, error pages, security headers) and the handlers `pages`, `feeds`, `api`, `assets` →
//! `search` (search parameters and the search shared by the page, its feeds and the API) and
//! `request` (the `Req` extractor) → `state` (store, index, caches and counters; serving from the
//! response cache is a method of it) → `cache` (rendered responses), `counters`, `views`
//! (templates), `params`, `slug`, `time`, `metrics`, `options`, `error`.
//!
//! # Pages and routes
//!
//! HTML: `/`, `/news`, `/columnists`, `/columnists/{id}-{slug}`, `/publications`,
//! `/publications/{id}-{slug}`, `/columns/{id}-{slug}`, `/search`, `/stories`,
//! `/stories/{id}-{slug}`. Feeds: `/feed.atom`, `/feed.json` and the same under every
//! columnist, publication, story, `/stories` and `/search`; `/sitemap.xml`,
//! `/robots.txt`. JSON: `/api/…`, described by `/api/openapi.json`. Operations: `/healthz`, and
//! `/metrics` only with [`SiteOptions::metrics_token`] (else 404; [`serve_metrics`] serves it on
//! an address of its own). Without [`SiteOptions::base_url`], a `Host` outside
//! [`SiteOptions::allowed_hosts`] gets 421. Assets: `/static/…`. A wrong or missing slug redirects (301) to the canonical URL.
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
//! keys cannot be linked across days or reversed; IP addresses are never stored or logged. Limits
//! apply per client, an IPv4 address or an IPv6 /64: the like rate limit, and a daily budget of
//! keys per client ([`SiteOptions::visitor_keys_per_client`]) so that rotating User-Agents cannot
//! inflate counts or spend everyone's budget. Only loads as a document count as views
//! (`Sec-Fetch-Dest`). See the `counters` module for the bounds.

mod api;
mod assets;
mod cache;
mod counters;
mod error;
mod feeds;
mod media;
pub mod metrics;
mod middleware;
mod options;
mod pages;
mod params;
mod request;
mod routes;
mod search;
mod server;
mod slug;
mod state;
mod stories;
mod time;
mod views;

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;

pub use colonnade_store::StoreError;

use crate::error::ErrorChain;
pub use crate::options::SiteOptions;
pub use crate::slug::slugify;
use crate::state::Inner;

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
        routes::app(self.inner.clone())
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
/// flushes the counters. Counters are also flushed every [`SiteOptions::flush_interval`] while it
/// runs. Connections are bounded by [`SiteOptions::header_read_timeout`],
/// [`SiteOptions::idle_timeout`] and [`SiteOptions::max_connections`].
pub async fn serve(
    listener: tokio::net::TcpListener,
    site: Site,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    if let Ok(addr) = listener.local_addr() {
        let _ = site.inner.listen_addr.set(addr);
    }
    let background = tokio::spawn(state::background(site.inner.clone()));
    let limits = server::Limits::from_options(&site.inner.options);
    let result = server::run(listener, site.router(), limits, shutdown).await;
    background.abort();
    let inner = site.inner.clone();
    match tokio::task::spawn_blocking(move || inner.flush_counts()).await {
        Ok(Ok(())) => {}
        Ok(Err(e)) => tracing::error!(error = %ErrorChain(&e), "could not write the counters at shutdown"),
        Err(e) => tracing::error!(error = %e, "the final counter flush panicked"),
    }
    result
}

/// Serves `site`'s Prometheus metrics at `/metrics` on `listener` (an address of their own, for
/// the operator's scraper only: no token asked) until `shutdown` completes. Everything else there
/// answers 404.
pub async fn serve_metrics(
    listener: tokio::net::TcpListener,
    site: Site,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let limits = server::Limits::from_options(&site.inner.options);
    server::run(listener, routes::metrics_app(site.inner.clone()), limits, shutdown).await
}

/// What to warn about at start when the site listens on `addr`: no `base_url` on an address
/// other than loopback means links are built from the `Host` header, which only the
/// `allowed_hosts` may set.
pub fn host_warning(options: &SiteOptions, addr: SocketAddr) -> Option<String> {
    let base_set = options.base_url.as_deref().is_some_and(|b| !b.trim().is_empty());
    if base_set || addr.ip().is_loopback() {
        return None;
    }
    Some(format!(
        "site.base_url is not set and the site listens on {addr}, beyond loopback: links are built from \
         the Host header, and only {} are accepted (others get 421). Set site.base_url to the public URL \
         (or site.allowed_hosts to the names readers use).",
        if options.allowed_hosts.is_empty() {
            format!("localhost, 127.0.0.1, [::1] and {}", addr.ip())
        } else {
            options.allowed_hosts.join(", ")
        }
    ))
}
