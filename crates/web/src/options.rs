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
    /// Take the client address from `X-Forwarded-For` instead of the socket peer: the entry
    /// [`trusted_proxy_hops`](Self::trusted_proxy_hops) from the right, which the nearest trusted
    /// proxy appended. Only for use behind a reverse proxy that sets it (default off).
    pub trust_forwarded_for: bool,
    /// Reverse proxies in front of the site that append to `X-Forwarded-For` (default 1). The
    /// client address is the entry this many places from the right, over every header line;
    /// with fewer entries the socket peer is used, never an entry the client wrote.
    pub trusted_proxy_hops: usize,
    /// `Host` values accepted when [`base_url`](Self::base_url) is unset: `name` (any port) or
    /// `name:port`, compared without case. Empty (default): `localhost`, `127.0.0.1`, `[::1]`
    /// and the listen address. Other hosts get 421 Misdirected Request, so a forged `Host`
    /// never reaches a link or a cache key.
    pub allowed_hosts: Vec<String>,
    /// A client that has sent the start of a request has this long to send all of its headers;
    /// a kept-alive connection waiting for its next request is closed after the same time
    /// (default 10 s).
    pub header_read_timeout: Duration,
    /// A connection on which nothing is read or written for this long is closed, mid-request
    /// included (a body trickled in, a response nobody reads) (default 60 s).
    pub idle_timeout: Duration,
    /// Open connections at most; past it, a new connection gets a 503 and is closed at once
    /// (default 4,096; keep the process's open-file limit above it).
    pub max_connections: usize,
    /// `/metrics` on the public site answers only requests with `Authorization: Bearer <token>`;
    /// `None` (default): the public `/metrics` answers 404 (serve the metrics on their own
    /// address with `serve_metrics` instead).
    pub metrics_token: Option<String>,
    /// Visitor keys one client (an IPv4 address or an IPv6 /64) may add per day, for views and
    /// again for likes (default 500): past it, that client's new views and likes do not count,
    /// and the daily budget of [`max_visitor_keys`](Self::max_visitor_keys) stays for others.
    pub visitor_keys_per_client: usize,
    /// The store's database file, for the store-size gauge of `/metrics` (default none).
    pub db_path: Option<PathBuf>,
    /// The folder of processed images (`<data>/media`) served at `/media/<hash>.<ext>`; `None`
    /// (default): `/media/` answers 404 and pages show initials.
    pub media_dir: Option<PathBuf>,
    /// Column URLs per sitemap file; more columns give a sitemap index (default 50,000, the
    /// sitemaps.org limit).
    pub sitemap_urls_per_file: usize,
    /// Column pages whose data is kept in memory (default 10,000, about 3 KB each).
    pub column_cache_entries: usize,
    /// Bytes of rendered listings, feeds and search pages kept in memory (default 32 MiB).
    pub listing_cache_bytes: u64,
    /// Visitor keys remembered per day for views, and again for likes, so that each visitor counts
    /// once per column and day (default 1,000,000, about 20 MB each at the limit). Past the limit,
    /// new views and likes are not counted until the next UTC day; one client can fill at most
    /// [`visitor_keys_per_client`](Self::visitor_keys_per_client) of it.
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
            trusted_proxy_hops: 1,
            allowed_hosts: Vec::new(),
            header_read_timeout: Duration::from_secs(10),
            idle_timeout: Duration::from_secs(60),
            max_connections: 4096,
            metrics_token: None,
            visitor_keys_per_client: 500,
            db_path: None,
            media_dir: None,
            sitemap_urls_per_file: 50_000,
            column_cache_entries: 10_000,
            listing_cache_bytes: 32 << 20,
            max_visitor_keys: 1_000_000,
        }
    }
}
