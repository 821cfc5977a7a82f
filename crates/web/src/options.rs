//! [`SiteOptions`]: the knobs of the public site.

use std::path::PathBuf;
use std::time::Duration;

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
    /// robots.txt) and the "Most read" rankings are kept 30 times as long. `Site::changed` drops
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
