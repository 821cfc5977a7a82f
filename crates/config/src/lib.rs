//! Colonnade's one typed configuration: `colonnade.toml`.
//!
//! [`Config`] is read and validated once at start-up ([`Config::load`]), before any network
//! request, and passed down by reference. Unknown keys are errors, so a typo is reported instead
//! of silently ignored. Every field has a default, so an empty file is a valid configuration.
//! `colonnade.example.toml` at the repository root shows every key; a test keeps it in step.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use colonnade_model::Kind;
use serde::{Deserialize, Serialize};
use url::Url;

/// What is wrong with a configuration.
///
/// `Display` says what failed; an underlying I/O error is the
/// [`source`](std::error::Error::source), so print the whole chain (`{:#}` with anyhow).
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file does not exist.
    #[error("no configuration file at {0}")]
    NotFound(PathBuf),
    /// The file could not be read.
    #[error("cannot read {}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// The TOML is malformed or has unknown keys or wrong types.
    #[error("{path}: {message}")]
    Syntax {
        /// The file, or what the text came from.
        path: String,
        /// The parser's message, with line and column.
        message: String,
    },
    /// A value is out of range or inconsistent.
    #[error("invalid configuration: {0}")]
    Invalid(String),
}

/// The whole configuration file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// How the crawler behaves towards the sites it visits.
    #[serde(default)]
    pub crawl: CrawlConfig,
    /// The public site that `colonnade serve` runs.
    #[serde(default)]
    pub site: SiteConfig,
    /// Where the store lives.
    #[serde(default, skip_serializing_if = "StoreConfig::is_default")]
    pub store: StoreConfig,
    /// The publications to follow, one `[[publication]]` table each.
    #[serde(default, rename = "publication", skip_serializing_if = "Vec::is_empty")]
    pub publications: Vec<Publication>,
}

/// Crawling: politeness, limits and schedule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CrawlConfig {
    /// Sent with every request; name the project and a contact URL.
    pub user_agent: String,
    /// Minimum gap between the starts of two requests to one host, in milliseconds
    /// (a robots.txt Crawl-delay can raise it).
    pub per_host_delay_ms: u64,
    /// Requests in flight over all hosts.
    pub max_concurrency: usize,
    /// Allow loopback and private addresses. Only for tests and intranets: otherwise any URL
    /// that resolves to such an address is refused.
    pub allow_private_networks: bool,
    /// Connection timeout, in milliseconds.
    pub connect_timeout_ms: u64,
    /// Whole-request timeout (headers and body), in milliseconds.
    pub request_timeout_ms: u64,
    /// Longest silence allowed between two chunks of a body, in milliseconds.
    pub read_timeout_ms: u64,
    /// Largest response body accepted, after decompression, in bytes.
    pub max_body_bytes: u64,
    /// Redirects followed per request.
    pub max_redirects: u8,
    /// Shortest time between two fetches of one feed, in minutes.
    pub min_refresh_minutes: u64,
    /// Longest time between two fetches of one feed, in minutes.
    pub max_refresh_minutes: u64,
    /// Articles taken from one feed or listing page per cycle (newest first).
    pub max_articles_per_source: usize,
    /// With several crawl nodes on one PostgreSQL store: how long a node's hold on a feed (and on
    /// the articles it is fetching) lasts without being renewed, in seconds. A node renews its
    /// holds while it works; a node that dies gives its feeds back to the others this long after.
    pub lease_seconds: u64,
}

impl Default for CrawlConfig {
    fn default() -> Self {
        CrawlConfig {
            user_agent: "Colonnade/0.1 (+https://github.com/colonnade/colonnade)".to_string(),
            per_host_delay_ms: 1000,
            max_concurrency: 32,
            allow_private_networks: false,
            connect_timeout_ms: 10_000,
            request_timeout_ms: 30_000,
            read_timeout_ms: 15_000,
            max_body_bytes: 10 * 1024 * 1024,
            max_redirects: 10,
            min_refresh_minutes: 15,
            max_refresh_minutes: 24 * 60,
            max_articles_per_source: 200,
            lease_seconds: 120,
        }
    }
}

/// The public site.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SiteConfig {
    /// Address `colonnade serve` listens on (`--addr` overrides it).
    pub addr: String,
    /// The site's public URL (`https://columns.example.org`), used in feeds, the sitemap and
    /// canonical links. Empty: taken from each request's Host header.
    pub base_url: String,
    /// The site's name, in page titles and feeds.
    pub name: String,
    /// Words of a column shown on its page before "…" (the rest is read at the publication).
    pub excerpt_words: usize,
    /// Columns per listing page.
    pub page_size: usize,
    /// Likes one visitor may give per minute.
    pub likes_per_minute: u32,
    /// Take the client address from `X-Forwarded-For` (only behind a reverse proxy you run).
    pub trust_forwarded_for: bool,
    /// With `trust_forwarded_for`: how many reverse proxies of yours append to `X-Forwarded-For`.
    /// The client is the entry this many places from the right; entries further left are written
    /// by the client and never used.
    pub trusted_proxy_hops: usize,
    /// `Host` values the site answers when `base_url` is empty: `name` (any port) or `name:port`.
    /// Empty: localhost, 127.0.0.1, `[::1]` and the listen address. Others get 421.
    pub allowed_hosts: Vec<String>,
    /// Time a client has to send a request's headers, in milliseconds (at most 10,000); a
    /// kept-alive connection waiting for its next request is closed after the same time.
    pub header_read_timeout_ms: u64,
    /// A connection on which nothing moves for this long is closed, in milliseconds.
    pub idle_timeout_ms: u64,
    /// Open connections at most; more are answered 503 and closed at once. Keep the open-file
    /// limit (`ulimit -n`) above it.
    pub max_connections: usize,
    /// Address of a separate listener that serves `/metrics` to your scraper, such as
    /// "127.0.0.1:9090". Empty: none.
    pub metrics_addr: String,
    /// Token that opens `/metrics` on the public site (`Authorization: Bearer <token>`), at
    /// least 16 characters. Empty: the public `/metrics` answers 404.
    pub metrics_token: String,
    /// Views (and, separately, likes) one client, an IPv4 address or an IPv6 /64, can add per
    /// day; the rest of the day's budget stays for everybody else.
    pub visitor_keys_per_client: usize,
    /// How often views and likes are written to the store, in milliseconds (at least 50). With
    /// several serve nodes on one PostgreSQL store, each node also reads then what the others
    /// wrote, so a like on one node shows on another within about two of these.
    pub flush_interval_ms: u64,
}

impl Default for SiteConfig {
    fn default() -> Self {
        SiteConfig {
            addr: "127.0.0.1:8080".to_string(),
            base_url: String::new(),
            name: "Colonnade".to_string(),
            excerpt_words: 120,
            page_size: 20,
            likes_per_minute: 10,
            trust_forwarded_for: false,
            trusted_proxy_hops: 1,
            allowed_hosts: Vec::new(),
            header_read_timeout_ms: 10_000,
            idle_timeout_ms: 60_000,
            max_connections: 4096,
            metrics_addr: String::new(),
            metrics_token: String::new(),
            visitor_keys_per_client: 500,
            flush_interval_ms: 2000,
        }
    }
}

/// The store: the SQLite file in the data directory, or a PostgreSQL database.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct StoreConfig {
    /// A PostgreSQL URL to keep the store in, shared by every node pointed at it:
    /// "postgres://user:password@host:5432/colonnade", or "postgresql:///colonnade?host=/run/postgresql"
    /// for a Unix socket. Empty: the SQLite file in the data directory (`--data`). `--store`
    /// overrides it.
    pub url: String,
}

impl StoreConfig {
    /// Whether this is the default (SQLite in the data directory).
    pub fn is_default(&self) -> bool {
        self == &StoreConfig::default()
    }
}

/// One publication and where its columns are found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Publication {
    /// The publication's name as readers know it.
    pub name: String,
    /// Its home page (also the key that identifies it).
    pub homepage: String,
    /// ISO 3166-1 alpha-2 country code (`BD`, `TR`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Main language, BCP 47 (`en`, `pt-BR`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// RSS, Atom or JSON feeds.
    #[serde(default)]
    pub feeds: Vec<String>,
    /// Listing pages without feeds (a columnist's page, an opinion section): article links on
    /// them are followed.
    #[serde(default)]
    pub columnist_pages: Vec<String>,
    /// Sitemap index, sitemap or news sitemap URLs. For a publication with no feeds and no
    /// sitemaps listed, the sitemaps its robots.txt names are used.
    #[serde(default)]
    pub sitemaps: Vec<String>,
    /// What every item of this publication's sources is, when the operator knows it: `"opinion"`
    /// for a list of columnists' pages or an opinion-section feed. It overrides the extractor's
    /// guess; left out, each page's own signals (schema.org type, section, URL) decide.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<Kind>,
    /// Whether columnists' photos and lead images are fetched from this publication and shown
    /// (from our own origin). `false` for a publisher who asks us not to: initials are shown.
    #[serde(default = "yes", skip_serializing_if = "is_yes")]
    pub photos: bool,
}

fn yes() -> bool {
    true
}

fn is_yes(b: &bool) -> bool {
    *b
}

impl Config {
    /// Reads and validates a file.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = match fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(ConfigError::NotFound(path.into())),
            Err(source) => return Err(ConfigError::Io { path: path.into(), source }),
        };
        Config::parse(&text, &path.display().to_string())
    }

    /// Parses and validates TOML text; `origin` names it in messages.
    pub fn parse(text: &str, origin: &str) -> Result<Config, ConfigError> {
        let config: Config = toml::from_str(text)
            .map_err(|e| ConfigError::Syntax { path: origin.to_string(), message: e.to_string() })?;
        config.validate()?;
        Ok(config)
    }

    /// Checks values: URLs, codes, ranges, duplicates. All problems are reported at once.
    pub fn validate(&self) -> Result<(), ConfigError> {
        let mut problems = Vec::new();
        let c = &self.crawl;
        if c.user_agent.trim().is_empty() {
            problems.push("crawl.user_agent must not be empty".to_string());
        }
        if c.lease_seconds == 0 {
            problems.push("crawl.lease_seconds must be at least 1".to_string());
        }
        if c.max_concurrency == 0 {
            problems.push("crawl.max_concurrency must be at least 1".to_string());
        }
        if c.connect_timeout_ms == 0 || c.request_timeout_ms == 0 || c.read_timeout_ms == 0 {
            problems.push("crawl timeouts must be above 0 ms".to_string());
        }
        if c.max_body_bytes < 1024 {
            problems.push("crawl.max_body_bytes must be at least 1024".to_string());
        }
        if c.min_refresh_minutes == 0 || c.min_refresh_minutes > c.max_refresh_minutes {
            problems.push("crawl.min_refresh_minutes must be at least 1 and not above max_refresh_minutes".to_string());
        }
        let site = &self.site;
        if site.addr.parse::<std::net::SocketAddr>().is_err() {
            problems
                .push(format!("site.addr {:?} must be an IP address and port such as \"127.0.0.1:8080\"", site.addr));
        }
        if !site.base_url.is_empty()
            && let Err(e) = check_url(&site.base_url)
        {
            problems.push(format!("site.base_url: {e}"));
        }
        if !(10..=1000).contains(&site.excerpt_words) {
            problems.push("site.excerpt_words must be between 10 and 1000".to_string());
        }
        if !(1..=200).contains(&site.page_size) {
            problems.push("site.page_size must be between 1 and 200".to_string());
        }
        if site.likes_per_minute == 0 {
            problems.push("site.likes_per_minute must be at least 1".to_string());
        }
        if !(1..=10).contains(&site.trusted_proxy_hops) {
            problems.push("site.trusted_proxy_hops must be between 1 and 10".to_string());
        }
        for host in &site.allowed_hosts {
            if !is_host(host) {
                problems.push(format!(
                    "site.allowed_hosts: {host:?} must be a host name or address, with an optional port, \
                     such as \"columns.example.org\" or \"192.0.2.7:8080\" (no scheme, no path)"
                ));
            }
        }
        if !(100..=10_000).contains(&site.header_read_timeout_ms) {
            problems.push("site.header_read_timeout_ms must be between 100 and 10000".to_string());
        }
        if site.idle_timeout_ms < 1000 {
            problems.push("site.idle_timeout_ms must be at least 1000".to_string());
        }
        if site.flush_interval_ms < 50 {
            problems.push("site.flush_interval_ms must be at least 50".to_string());
        }
        if site.max_connections == 0 {
            problems.push("site.max_connections must be at least 1".to_string());
        }
        if !site.metrics_addr.is_empty() && site.metrics_addr.parse::<std::net::SocketAddr>().is_err() {
            problems.push(format!(
                "site.metrics_addr {:?} must be empty or an IP address and port such as \"127.0.0.1:9090\"",
                site.metrics_addr
            ));
        }
        if !site.metrics_token.is_empty()
            && (site.metrics_token.len() < 16 || !site.metrics_token.bytes().all(|b| b.is_ascii_graphic()))
        {
            problems.push(
                "site.metrics_token must be empty or at least 16 visible ASCII characters (no spaces)".to_string(),
            );
        }
        if site.visitor_keys_per_client == 0 {
            problems.push("site.visitor_keys_per_client must be at least 1".to_string());
        }
        let url = self.store.url.trim();
        if !url.is_empty() {
            let lower = url.to_ascii_lowercase();
            if !(lower.starts_with("postgres://") || lower.starts_with("postgresql://")) {
                problems.push(
                    "store.url must be empty (SQLite in the data directory) or a PostgreSQL URL such as \
                     \"postgres://colonnade@localhost/colonnade\""
                        .to_string(),
                );
            }
        }
        let mut homepages = HashSet::new();
        for (i, p) in self.publications.iter().enumerate() {
            let at = if p.name.trim().is_empty() {
                format!("publication #{}", i + 1)
            } else {
                format!("publication {:?}", p.name)
            };
            if p.name.trim().is_empty() {
                problems.push(format!("{at}: name must not be empty"));
            }
            match check_url(&p.homepage) {
                Ok(u) => {
                    if !homepages.insert(u.to_string()) {
                        problems.push(format!("{at}: homepage {} is listed twice", p.homepage));
                    }
                }
                Err(e) => problems.push(format!("{at}: homepage {e}")),
            }
            for (field, urls) in
                [("feeds", &p.feeds), ("columnist_pages", &p.columnist_pages), ("sitemaps", &p.sitemaps)]
            {
                for u in urls {
                    if let Err(e) = check_url(u) {
                        problems.push(format!("{at}: {field}: {e}"));
                    }
                }
            }
            if let Some(cc) = &p.country
                && !(cc.len() == 2 && cc.bytes().all(|b| b.is_ascii_uppercase()))
            {
                problems.push(format!("{at}: country {cc:?} must be an ISO 3166-1 code such as \"TR\""));
            }
            if let Some(l) = &p.language
                && !is_language_tag(l)
            {
                problems.push(format!("{at}: language {l:?} must be a BCP 47 tag such as \"en\" or \"pt-BR\""));
            }
        }
        if problems.is_empty() { Ok(()) } else { Err(ConfigError::Invalid(problems.join("; "))) }
    }

    /// The configuration as TOML (for `colonnade sources add` to write back).
    pub fn to_toml(&self) -> Result<String, ConfigError> {
        toml::to_string_pretty(self).map_err(|e| ConfigError::Invalid(format!("cannot write TOML: {e}")))
    }

    /// Writes the configuration to `path` atomically (temporary file, then rename).
    pub fn save(&self, path: &Path) -> Result<(), ConfigError> {
        let text = self.to_toml()?;
        let tmp = path.with_extension("toml.tmp");
        fs::write(&tmp, text).map_err(|source| ConfigError::Io { path: tmp.clone(), source })?;
        fs::rename(&tmp, path).map_err(|source| ConfigError::Io { path: path.into(), source })
    }
}

/// An absolute http(s) URL, or why not.
fn check_url(s: &str) -> Result<Url, String> {
    let u = Url::parse(s.trim()).map_err(|e| format!("{s:?} is not a URL ({e})"))?;
    if !matches!(u.scheme(), "http" | "https") {
        return Err(format!("{s:?} must be http or https"));
    }
    if u.host_str().is_none_or(str::is_empty) {
        return Err(format!("{s:?} has no host"));
    }
    Ok(u)
}

/// A `Host` value: a name or IPv4 address, or a bracketed IPv6 address, then an optional port.
fn is_host(s: &str) -> bool {
    let (name, port) = if let Some(rest) = s.strip_prefix('[') {
        let Some((v6, after)) = rest.split_once(']') else { return false };
        if v6.parse::<std::net::Ipv6Addr>().is_err() {
            return false;
        }
        match after.strip_prefix(':') {
            Some(port) => ("v6", Some(port)),
            None if after.is_empty() => ("v6", None),
            None => return false,
        }
    } else {
        match s.rsplit_once(':') {
            Some((name, port)) => (name, Some(port)),
            None => (s, None),
        }
    };
    let name_ok = !name.is_empty()
        && name.len() <= 253
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-'));
    name_ok && port.is_none_or(|p| p.parse::<u16>().is_ok())
}

fn is_language_tag(s: &str) -> bool {
    let mut parts = s.split('-');
    let first_ok =
        parts.next().is_some_and(|p| (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_lowercase()));
    first_ok && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ISSUE_EXAMPLE: &str = r#"
        [crawl]
        user_agent = "Colonnade/0.1 (+https://example.org/about)"
        per_host_delay_ms = 1000
        max_concurrency = 32
        allow_private_networks = false

        [[publication]]
        name = "Blitz"
        homepage = "https://www.weeklyblitz.net/"
        country = "BD"
        language = "en"
        feeds = ["https://www.weeklyblitz.net/feed/"]
        columnist_pages = []
        sitemaps = []
    "#;

    #[test]
    fn reads_the_documented_example() {
        let c = Config::parse(ISSUE_EXAMPLE, "test").unwrap();
        assert_eq!(c.crawl.user_agent, "Colonnade/0.1 (+https://example.org/about)");
        assert_eq!(c.crawl.read_timeout_ms, 15_000, "unset keys take their defaults");
        assert_eq!(
            c.publications,
            vec![Publication {
                name: "Blitz".into(),
                homepage: "https://www.weeklyblitz.net/".into(),
                country: Some("BD".into()),
                language: Some("en".into()),
                feeds: vec!["https://www.weeklyblitz.net/feed/".into()],
                columnist_pages: vec![],
                sitemaps: vec![],
                kind: None,
                photos: true,
            }]
        );
    }

    #[test]
    fn site_settings_are_checked() {
        let err = Config::parse("[site]\naddr = \"localhost\"\nexcerpt_words = 0\nbase_url = \"ftp://x/\"\n", "t")
            .unwrap_err()
            .to_string();
        for needle in ["site.addr", "site.excerpt_words", "site.base_url"] {
            assert!(err.contains(needle), "{needle} in {err}");
        }
        let ok = Config::parse("[site]\naddr = \"0.0.0.0:9000\"\nbase_url = \"https://columns.example.org\"\n", "t");
        assert_eq!(ok.unwrap().site.addr, "0.0.0.0:9000");
    }

    #[test]
    fn hardening_settings_are_checked() {
        let text = "[site]\ntrusted_proxy_hops = 0\nallowed_hosts = [\"https://x.example/\", \"ok.example:8080\"]\n\
                    header_read_timeout_ms = 60000\nidle_timeout_ms = 5\nmax_connections = 0\n\
                    metrics_addr = \"localhost:9090\"\nmetrics_token = \"short\"\nvisitor_keys_per_client = 0\n";
        let err = Config::parse(text, "t").unwrap_err().to_string();
        for needle in [
            "site.trusted_proxy_hops",
            "\"https://x.example/\" must be a host name",
            "site.header_read_timeout_ms",
            "site.idle_timeout_ms",
            "site.max_connections",
            "site.metrics_addr",
            "site.metrics_token",
            "site.visitor_keys_per_client",
        ] {
            assert!(err.contains(needle), "{needle} in {err}");
        }
        assert!(!err.contains("ok.example"), "{err}");
        let ok = "[site]\nallowed_hosts = [\"columns.example.org\", \"192.0.2.7:8080\", \"[2001:db8::1]:80\"]\n\
                  metrics_addr = \"127.0.0.1:9090\"\nmetrics_token = \"0123456789abcdef\"\n";
        let site = Config::parse(ok, "t").unwrap().site;
        assert_eq!(site.allowed_hosts.len(), 3);
        assert_eq!(site.metrics_addr, "127.0.0.1:9090");
    }

    #[test]
    fn store_url_is_postgres_or_empty_and_not_written_when_empty() {
        assert_eq!(Config::parse("", "t").unwrap().store.url, "");
        let c = Config::parse("[store]\nurl = \"postgres://colonnade@db.internal/colonnade\"\n", "t").unwrap();
        assert_eq!(c.store.url, "postgres://colonnade@db.internal/colonnade");
        assert!(c.to_toml().unwrap().contains("[store]"));
        assert!(!Config::default().to_toml().unwrap().contains("[store]"), "the default is not written back");
        let err = Config::parse("[store]\nurl = \"mysql://x/y\"\n", "t").unwrap_err().to_string();
        assert!(err.contains("store.url"), "{err}");
        let err = Config::parse("[store]\npath = \"x\"\n", "t").unwrap_err().to_string();
        assert!(err.contains("path"), "unknown keys are refused: {err}");
    }

    #[test]
    fn empty_file_is_the_default() {
        assert_eq!(Config::parse("", "test").unwrap(), Config::default());
    }

    #[test]
    fn unknown_keys_are_errors_with_position() {
        let err = Config::parse("[crawl]\nper_host_delay = 5\n", "colonnade.toml").unwrap_err().to_string();
        assert!(err.contains("colonnade.toml"), "{err}");
        assert!(err.contains("per_host_delay"), "{err}");
        assert!(err.contains("line 2"), "{err}");
    }

    #[test]
    fn every_problem_is_reported() {
        let text = r#"
            [crawl]
            max_concurrency = 0
            [[publication]]
            name = ""
            homepage = "ftp://example.com/"
            country = "Turkey"
            language = "English"
            feeds = ["not a url"]
        "#;
        let err = Config::parse(text, "t").unwrap_err().to_string();
        for needle in
            ["max_concurrency", "name must not be empty", "must be http or https", "ISO 3166-1", "BCP 47", "not a URL"]
        {
            assert!(err.contains(needle), "{needle} missing in {err}");
        }
    }

    #[test]
    fn duplicate_homepages_are_refused() {
        let text = "[[publication]]\nname = \"A\"\nhomepage = \"https://a.example/\"\n[[publication]]\nname = \"B\"\nhomepage = \"https://a.example/\"\n";
        assert!(Config::parse(text, "t").unwrap_err().to_string().contains("listed twice"));
    }

    #[test]
    fn round_trips_through_toml() {
        let c = Config::parse(ISSUE_EXAMPLE, "test").unwrap();
        let again = Config::parse(&c.to_toml().unwrap(), "again").unwrap();
        assert_eq!(c, again);
    }

    #[test]
    fn save_is_atomic_and_loadable() {
        let dir = std::env::temp_dir().join(format!("colonnade-config-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join("colonnade.toml");
        let c = Config::parse(ISSUE_EXAMPLE, "test").unwrap();
        c.save(&path).unwrap();
        assert_eq!(Config::load(&path).unwrap(), c);
        assert!(matches!(Config::load(&dir.join("missing.toml")), Err(ConfigError::NotFound(_))));
        fs::remove_dir_all(&dir).unwrap();
    }

    /// The example file at the repository root parses, and names every crawl setting.
    #[test]
    fn example_file_is_current() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../colonnade.example.toml");
        let text = fs::read_to_string(&path).unwrap();
        let parsed = Config::parse(&text, "colonnade.example.toml").unwrap();
        assert!(!parsed.publications.is_empty());
        assert_eq!(parsed.crawl, CrawlConfig::default(), "the example shows the crawl defaults");
        assert_eq!(parsed.site, SiteConfig::default(), "the example shows the site defaults");
        for defaults in
            [toml::to_string(&CrawlConfig::default()).unwrap(), toml::to_string(&SiteConfig::default()).unwrap()]
        {
            for line in defaults.lines() {
                let key = line.split('=').next().unwrap().trim();
                assert!(text.contains(&format!("\n{key} = ")), "colonnade.example.toml lacks {key}");
            }
        }
    }
}
