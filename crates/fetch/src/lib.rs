//! Polite HTTP for the Colonnade crawler.
//!
//! One [`Fetcher`] is built at start-up from [`FetchOptions`] and shared (it is `Send + Sync`; wrap it in an
//! `Arc`). Its [`Fetcher::get`] does a GET the way a well-behaved crawler should:
//!
//! * **SSRF guard.** Loopback, private, link-local, CGNAT, multicast, unspecified, broadcast, documentation
//!   and other reserved addresses are refused. [`FetchOptions::allow_private_networks`] unlocks loopback
//!   and private (RFC 1918, unique-local) ranges only; link-local (cloud metadata), unspecified,
//!   multicast, broadcast and the rest stay refused. URLs
//!   with literal IPs are checked before anything is sent; host names go through our own DNS resolver,
//!   which drops forbidden addresses, so the HTTP client only ever connects to addresses that passed the
//!   check (no DNS rebinding). See [`forbidden_reason`], [`refusal`] and [`check_target`].
//! * **robots.txt** is fetched once per origin and cached ([RFC 9309]: 4xx allows everything, 5xx or an
//!   unreachable server disallows everything for now). Rules for our product token (the part of the
//!   user agent before `/`, `Colonnade` by default) win over `*`. `Crawl-delay` raises the host's delay.
//! * **Per-host schedule.** One request in flight per host (a host name or address, whatever the port:
//!   http and https of one site, and their robots.txt files, share it), and at least
//!   `per_host_delay` (or the robots `Crawl-delay`, capped at 60 s) between the starts of two requests.
//!   Waiting for a host's turn never holds one of the `max_concurrency` global slots, so a slow host never
//!   holds up the others. Several crawl processes share the schedule through a [`HostGate`]
//!   ([`Fetcher::with_gate`]).
//! * **Back-off.** A 429 or 503 records the host's `Retry-After` (seconds or an HTTP date; 60 s when
//!   absent, at most 1 h); until then requests to that host fail at once with [`FetchError::BackingOff`].
//! * **Redirects** are followed by hand, so every hop gets the SSRF check, the robots check and the host
//!   schedule; a loop or more than `max_redirects` hops is an error.
//! * **Bodies** are streamed and decoded (gzip, brotli, deflate, zstd) with a cap on the *decoded* size
//!   (decompression bombs stop there), a limit on silence between chunks and an overall deadline.
//! * **Conditional GET**: pass the [`Validators`] from the last fetch and a `304` comes back as a
//!   [`Response`] with `not_modified` set.
//!
//! Only 429 and 503 become errors ([`FetchError::Http`]); every other status is an `Ok(`[`Response`]`)`
//! for the caller to judge. [`Response::outcome`] and [`FetchError::outcome`] name how a fetch ended, as
//! a [`FetchOutcome`] for the fetch log and metrics.
//!
//! ```no_run
//! # async fn demo() -> Result<(), colonnade_fetch::FetchError> {
//! use colonnade_fetch::{FetchOptions, Fetcher, Url};
//!
//! let fetcher = Fetcher::new(FetchOptions::default())?;
//! let url = Url::parse("https://example.com/opinion/").map_err(|e| colonnade_fetch::FetchError::BadUrl(e.to_string()))?;
//! let first = fetcher.get(&url, None).await?;
//! // Later: ask again, sending the validators we got.
//! let again = fetcher.get(&url, Some(&first.validators)).await?;
//! if again.not_modified { /* nothing new */ }
//! # Ok(()) }
//! ```
//!
//! [RFC 9309]: https://www.rfc-editor.org/rfc/rfc9309

mod fetcher;
mod guard;
mod host;
mod robots;

use std::time::{Duration, SystemTime};

pub use colonnade_model::FetchOutcome;
pub use colonnade_url::Url;
pub use fetcher::Fetcher;
pub use guard::{check_target, forbidden_reason, refusal};
pub use host::{GateAnswer, GateError, GateFuture, HostGate, host_key, parse_retry_after};
pub use robots::{RobotsFile, SharedRobots, agent_token};

/// Settings for a [`Fetcher`]. Start from [`FetchOptions::default`] and change what you need.
#[derive(Debug, Clone)]
pub struct FetchOptions {
    /// `User-Agent` sent on every request, robots.txt included. Its product token (the part before the
    /// first `/` or space) is the name we look for in robots.txt groups.
    pub user_agent: String,
    /// Minimum gap between the starts of two requests to one host. A robots.txt `Crawl-delay` raises it
    /// (capped at 60 s). The gap is counted from the later of the previous request's start and the
    /// arrival of its response head, so the host itself sees at least this gap however long connecting
    /// took.
    pub per_host_delay: Duration,
    /// Requests in flight over all hosts. Waiting for a host's turn does not count. 0 is taken as 1.
    pub max_concurrency: usize,
    /// When false, loopback, private, link-local, CGNAT, multicast, unspecified, broadcast, documentation
    /// and other reserved addresses are refused: literal IPs, every redirect hop, and DNS answers. When
    /// true, loopback and private (RFC 1918, unique-local) addresses are allowed; everything else on that
    /// list (169.254.169.254 among them) stays refused.
    pub allow_private_networks: bool,
    /// Limit on establishing a connection (DNS, TCP and TLS).
    pub connect_timeout: Duration,
    /// Limit on one request from sending it to the last body byte (per redirect hop; waiting for the
    /// host's turn does not count).
    pub request_timeout: Duration,
    /// Longest silence allowed while waiting for the response head and between two body chunks: a server
    /// dripping one byte a second is abandoned.
    pub read_timeout: Duration,
    /// Cap on the *decoded* body size, checked while streaming.
    pub max_body_bytes: u64,
    /// Redirect hops followed before giving up with [`FetchError::TooManyRedirects`].
    pub max_redirects: u8,
    /// Fetch and obey robots.txt (including `Crawl-delay`). True by default.
    pub respect_robots: bool,
}

impl Default for FetchOptions {
    fn default() -> Self {
        FetchOptions {
            user_agent: "Colonnade/0.1 (+https://github.com/colonnade/colonnade)".to_owned(),
            per_host_delay: Duration::from_millis(1000),
            max_concurrency: 32,
            allow_private_networks: false,
            connect_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(30),
            read_timeout: Duration::from_secs(15),
            max_body_bytes: 10 * 1024 * 1024,
            max_redirects: 10,
            respect_robots: true,
        }
    }
}

/// What a caller of [`Fetcher::get_expecting`] accepts of a successful answer.
#[derive(Debug, Clone, Copy, Default)]
pub struct Expect {
    /// A body cap below [`FetchOptions::max_body_bytes`] (the smaller of the two applies).
    pub max_body_bytes: Option<u64>,
    /// A test of the `Content-Type` (empty when absent), made before the body is read.
    pub content_type: Option<fn(&str) -> bool>,
}

impl Expect {
    /// Images: `image/*` only (an `image/svg+xml` document, which can carry scripts, is refused),
    /// at most `max_body_bytes`.
    pub fn image(max_body_bytes: u64) -> Expect {
        Expect { max_body_bytes: Some(max_body_bytes), content_type: Some(is_raster_image_type) }
    }
}

/// Whether a `Content-Type` names an image type other than SVG.
pub fn is_raster_image_type(content_type: &str) -> bool {
    let essence = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    essence.strip_prefix("image/").is_some_and(|sub| !sub.is_empty() && !sub.starts_with("svg"))
}

/// HTTP cache validators of a fetched page, sent back as `If-None-Match` / `If-Modified-Since`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    /// The `ETag` header value, quotes and `W/` prefix included.
    pub etag: Option<String>,
    /// The `Last-Modified` header value (an HTTP date), as sent.
    pub last_modified: Option<String>,
}

impl Validators {
    /// True when neither validator is present.
    pub fn is_empty(&self) -> bool {
        self.etag.is_none() && self.last_modified.is_none()
    }
}

/// A fetched page: the final response after redirects, with its decoded body.
#[derive(Debug)]
pub struct Response {
    /// The URL that was asked for.
    pub url: Url,
    /// The URL that answered, after redirects (equal to `url` when there were none).
    pub final_url: Url,
    /// HTTP status of the final response.
    pub status: u16,
    /// Response headers in arrival order, names lowercased, values decoded lossily as UTF-8. When the body
    /// was decompressed, `content-encoding` and `content-length` are gone.
    pub headers: Vec<(String, String)>,
    /// The `Content-Type` header, if any.
    pub content_type: Option<String>,
    /// The body, decompressed, at most `max_body_bytes` long. Empty for a 304.
    pub body: Vec<u8>,
    /// `ETag` / `Last-Modified` of the response; on a 304 that omits them, the ones that were sent.
    pub validators: Validators,
    /// True for a `304 Not Modified` answer to a conditional request.
    pub not_modified: bool,
    /// Time from sending the final request to reading the last body byte.
    pub elapsed: Duration,
    /// The URLs redirected to, in order; the last one equals `final_url`. Empty without redirects.
    pub redirects: Vec<Url>,
}

impl Response {
    /// The first header with this (case-insensitive) name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// How the fetch ended: [`FetchOutcome::NotModified`] for a 304 to a conditional request,
    /// [`FetchOutcome::HttpError`] for a status of 400 or more, else [`FetchOutcome::Ok`].
    pub fn outcome(&self) -> FetchOutcome {
        if self.not_modified {
            FetchOutcome::NotModified
        } else if self.status >= 400 {
            FetchOutcome::HttpError
        } else {
            FetchOutcome::Ok
        }
    }
}

/// Why a fetch failed. [`FetchError::outcome`] names it for the fetch log and metrics.
///
/// `Display` says what failed; an underlying error is the [`source`](std::error::Error::source),
/// so print the whole chain (`{:#}` with anyhow).
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// The URL cannot be fetched as given (no host, unusable `Location`, ...).
    #[error("bad URL: {0}")]
    BadUrl(String),
    /// Only `http` and `https` are fetched.
    #[error("unsupported URL scheme: {0}")]
    UnsupportedScheme(String),
    /// The SSRF guard refused the target address.
    #[error("blocked {url}: {reason}")]
    Blocked {
        /// The URL (or redirect hop) that was refused.
        url: String,
        /// What was wrong, e.g. "resolves to loopback address 127.0.0.1".
        reason: String,
    },
    /// robots.txt disallows this URL for us (or could not be fetched, which disallows everything for now).
    #[error("disallowed by robots.txt: {0}")]
    RobotsDisallowed(String),
    /// The answer's `Content-Type` is not one the caller accepts ([`Fetcher::get_expecting`]).
    #[error("{url} is served as {content_type:?}, which was not asked for")]
    UnexpectedType {
        /// The URL (after redirects) that answered.
        url: String,
        /// Its `Content-Type` (empty when absent).
        content_type: String,
    },
    /// The decoded body is larger than `max_body_bytes`.
    #[error("body of {url} exceeds {limit} bytes")]
    TooLarge {
        /// The URL whose body was too large.
        url: String,
        /// The limit in force.
        limit: u64,
    },
    /// A time limit was hit.
    #[error("timeout ({what}) fetching {url}")]
    Timeout {
        /// The URL being fetched.
        url: String,
        /// Which limit: "connect", "response" (no response head in time), "body stalled" (silence
        /// between chunks) or "total" (`request_timeout`).
        what: &'static str,
    },
    /// More than `max_redirects` redirect hops; carries the hop that would have exceeded the limit.
    #[error("too many redirects, next would be {0}")]
    TooManyRedirects(String),
    /// A redirect led back to a URL already visited in this fetch.
    #[error("redirect loop at {0}")]
    RedirectLoop(String),
    /// The host asked us to back off (429/503 with `Retry-After`) and the time has not come yet.
    #[error("backing off {host} until {until:?}")]
    BackingOff {
        /// The host key (`host:port`).
        host: String,
        /// When requests to this host may resume.
        until: SystemTime,
    },
    /// A 429 or 503 answer; the back-off has been recorded. Other statuses are `Ok(Response)`.
    #[error("HTTP {status} from {url}")]
    Http {
        /// The URL that answered.
        url: String,
        /// 429 or 503.
        status: u16,
    },
    /// Connection or protocol failure.
    #[error("network error fetching {url}")]
    Network {
        /// The URL being fetched.
        url: String,
        /// What the HTTP client reported (without the URL, which this error names already).
        #[source]
        source: reqwest::Error,
    },
    /// The body could not be decoded (e.g. corrupt gzip).
    #[error("cannot decode body of {url}: {message}")]
    Decode {
        /// The URL being fetched.
        url: String,
        /// What went wrong.
        message: String,
    },
    /// The fetcher could not be built from its options (an unusable user agent, a TLS set-up
    /// failure).
    #[error("fetcher set-up failed: {0}")]
    Config(String),
    /// The per-host schedule shared with other crawl processes ([`HostGate`]) kept failing.
    #[error("cannot take the turn for {host} from the other crawl nodes")]
    Gate {
        /// The host (without port).
        host: String,
        /// What the gate reported.
        #[source]
        source: GateError,
    },
}

impl FetchError {
    /// How the fetch ended, for the fetch log and metrics: [`FetchOutcome::Blocked`],
    /// [`Robots`](FetchOutcome::Robots), [`TooLarge`](FetchOutcome::TooLarge),
    /// [`Timeout`](FetchOutcome::Timeout), [`Backoff`](FetchOutcome::Backoff),
    /// [`HttpError`](FetchOutcome::HttpError) (a 429 or 503) or [`Error`](FetchOutcome::Error).
    pub fn outcome(&self) -> FetchOutcome {
        match self {
            FetchError::Blocked { .. } => FetchOutcome::Blocked,
            FetchError::RobotsDisallowed(_) => FetchOutcome::Robots,
            FetchError::TooLarge { .. } => FetchOutcome::TooLarge,
            FetchError::Timeout { .. } => FetchOutcome::Timeout,
            FetchError::BackingOff { .. } => FetchOutcome::Backoff,
            FetchError::Http { .. } => FetchOutcome::HttpError,
            FetchError::BadUrl(_)
            | FetchError::UnexpectedType { .. }
            | FetchError::UnsupportedScheme(_)
            | FetchError::TooManyRedirects(_)
            | FetchError::RedirectLoop(_)
            | FetchError::Network { .. }
            | FetchError::Decode { .. }
            | FetchError::Config(_)
            | FetchError::Gate { .. } => FetchOutcome::Error,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_match_the_documented_values() {
        let o = FetchOptions::default();
        assert_eq!(o.user_agent, "Colonnade/0.1 (+https://github.com/colonnade/colonnade)");
        assert_eq!(o.per_host_delay, Duration::from_secs(1));
        assert_eq!(o.max_concurrency, 32);
        assert!(!o.allow_private_networks);
        assert_eq!(o.connect_timeout, Duration::from_secs(10));
        assert_eq!(o.request_timeout, Duration::from_secs(30));
        assert_eq!(o.read_timeout, Duration::from_secs(15));
        assert_eq!(o.max_body_bytes, 10 * 1024 * 1024);
        assert_eq!(o.max_redirects, 10);
        assert!(o.respect_robots);
    }

    #[test]
    fn outcome_labels() {
        let label = |e: FetchError| e.outcome().as_str();
        assert_eq!(label(FetchError::RobotsDisallowed("x".into())), "robots");
        assert_eq!(label(FetchError::Blocked { url: "x".into(), reason: "y".into() }), "blocked");
        assert_eq!(label(FetchError::TooLarge { url: "x".into(), limit: 1 }), "too_large");
        assert_eq!(label(FetchError::Timeout { url: "x".into(), what: "total" }), "timeout");
        assert_eq!(label(FetchError::BackingOff { host: "h".into(), until: SystemTime::now() }), "backoff");
        assert_eq!(label(FetchError::Http { url: "x".into(), status: 503 }), "http_error");
        assert_eq!(label(FetchError::RedirectLoop("x".into())), "error");
        assert_eq!(label(FetchError::UnexpectedType { url: "x".into(), content_type: "text/html".into() }), "error");
    }

    #[test]
    fn images_are_image_types_other_than_svg() {
        for yes in ["image/jpeg", "IMAGE/PNG; charset=binary", " image/webp", "image/gif"] {
            assert!(is_raster_image_type(yes), "{yes}");
        }
        for no in ["image/svg+xml", "text/html", "", "image/", "application/octet-stream", "imagex/png"] {
            assert!(!is_raster_image_type(no), "{no}");
        }
    }
}
