//! robots.txt rules as we apply them (RFC 9309), and the per-origin cache. The fetching itself is in
//! `fetcher.rs`, because it goes through the same guard and schedule as every other request.

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use texting_robots::Robot;
use tokio::time::Instant;

use crate::Url;
use crate::host::GateFuture;

/// How long a fetched robots.txt is trusted (RFC 9309 asks for at most 24 hours).
const FRESH_FOR: Duration = Duration::from_secs(24 * 3600);
/// How long an "unreachable, disallow everything" verdict stands before we ask again.
const FAILURE_FRESH_FOR: Duration = Duration::from_secs(5 * 60);
/// How much of a robots.txt we read; RFC 9309 requires parsing at least 500 KiB.
pub(crate) const MAX_ROBOTS_BYTES: u64 = 512 * 1024;
/// Redirect hops followed for robots.txt (RFC 9309: at least five).
pub(crate) const MAX_ROBOTS_REDIRECTS: usize = 5;

/// The product token of a `User-Agent`: the text before the first `/` or space
/// (`Colonnade/0.1 (+https://...)` gives `Colonnade`). robots.txt groups are matched against it; an
/// empty token falls back to `Colonnade`.
pub fn agent_token(user_agent: &str) -> &str {
    let token = user_agent.trim().split(['/', ' ', '\t']).next().unwrap_or_default();
    if token.is_empty() { "Colonnade" } else { token }
}

/// A robots.txt fetch's outcome as crawl processes share it ([`SharedRobots`]): what RFC 9309
/// makes of the response, with the file itself when there was one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RobotsFile {
    /// No usable robots.txt (a 4xx, too many redirects): everything allowed.
    Allow,
    /// The host could not be reached or answered with a server error: nothing allowed for now.
    Disallow,
    /// The file, as fetched (at most 512 KiB).
    Body(Vec<u8>),
}

impl RobotsFile {
    /// How long this outcome is trusted: a day for a file or an allowance (RFC 9309 asks for at
    /// most 24 hours), five minutes for "unreachable".
    pub fn fresh_for(&self) -> Duration {
        match self {
            RobotsFile::Disallow => FAILURE_FRESH_FOR,
            RobotsFile::Allow | RobotsFile::Body(_) => FRESH_FOR,
        }
    }
}

/// robots.txt files shared by several crawl processes (kept in their store), by origin
/// (`https://host:port`), so that a site's robots.txt is fetched once a day by one of them rather
/// than by each. A failing store is not the site's fault: the fetcher then fetches for itself.
pub trait SharedRobots: Send + Sync + fmt::Debug {
    /// The outcome stored for `origin` and how long it stays fresh, when it still is.
    fn get(&self, origin: &str) -> GateFuture<Option<(RobotsFile, Duration)>>;

    /// Stores the outcome of fetching `origin`'s robots.txt, fresh for `fresh_for`.
    fn put(&self, origin: &str, file: RobotsFile, fresh_for: Duration) -> GateFuture<()>;
}

/// What robots.txt says for one origin.
#[derive(Debug)]
pub(crate) enum Rules {
    /// No usable robots.txt (4xx, or unparsable): everything allowed.
    AllowAll,
    /// Server error or unreachable: nothing allowed for now.
    DisallowAll,
    /// A parsed robots.txt.
    Parsed(Box<Robot>),
}

impl Rules {
    /// Parses a robots.txt body for `agent`. A file the parser rejects outright (it is very forgiving;
    /// this takes an invalid pattern) is treated as absent.
    pub(crate) fn parse(agent: &str, body: &[u8]) -> Rules {
        match Robot::new(agent, body) {
            Ok(robot) => Rules::Parsed(Box::new(robot)),
            Err(_) => Rules::AllowAll,
        }
    }

    /// The rules of a fetched or shared outcome, for `agent`.
    pub(crate) fn from_file(agent: &str, file: &RobotsFile) -> Rules {
        match file {
            RobotsFile::Allow => Rules::AllowAll,
            RobotsFile::Disallow => Rules::DisallowAll,
            RobotsFile::Body(body) => Rules::parse(agent, body),
        }
    }

    pub(crate) fn allows(&self, url: &Url) -> bool {
        match self {
            Rules::AllowAll => true,
            Rules::DisallowAll => url.path() == "/robots.txt",
            Rules::Parsed(robot) => robot.allowed(url.as_str()),
        }
    }

    pub(crate) fn crawl_delay(&self) -> Option<f32> {
        match self {
            Rules::Parsed(robot) => robot.delay,
            _ => None,
        }
    }

    /// `Sitemap:` lines, resolved against `origin`; unusable ones are skipped.
    pub(crate) fn sitemaps(&self, origin: &Url) -> Vec<Url> {
        match self {
            Rules::Parsed(robot) => {
                robot.sitemaps.iter().filter_map(|s| colonnade_url::canonicalize(s, Some(origin))).collect()
            }
            _ => Vec::new(),
        }
    }
}

/// A cached verdict and until when it holds.
#[derive(Debug)]
pub(crate) struct Cached {
    pub(crate) rules: Arc<Rules>,
    expires: Instant,
}

impl Cached {
    pub(crate) fn new(rules: Rules) -> Cached {
        let ttl = if matches!(rules, Rules::DisallowAll) { FAILURE_FRESH_FOR } else { FRESH_FOR };
        Cached { rules: Arc::new(rules), expires: Instant::now() + ttl }
    }

    /// Rules another crawl process fetched, trusted for what is left of their time.
    pub(crate) fn shared(rules: Rules, left: Duration) -> Cached {
        Cached { rules: Arc::new(rules), expires: Instant::now() + left.min(FRESH_FOR) }
    }

    /// After a failed re-fetch, RFC 9309 lets us keep using a cached copy: keep the old rules but ask
    /// again after the failure interval.
    pub(crate) fn keep_after_failure(rules: Arc<Rules>) -> Cached {
        Cached { rules, expires: Instant::now() + FAILURE_FRESH_FOR }
    }

    pub(crate) fn is_fresh(&self) -> bool {
        Instant::now() < self.expires
    }
}

/// Per-origin cache. Each origin has its own async lock so one fetch serves everyone waiting for it,
/// while other origins go ahead.
#[derive(Debug, Default)]
pub(crate) struct Cache {
    origins: Mutex<HashMap<String, Arc<tokio::sync::Mutex<Option<Cached>>>>>,
}

impl Cache {
    pub(crate) fn entry(&self, origin: &str) -> Arc<tokio::sync::Mutex<Option<Cached>>> {
        let mut map = self.origins.lock().unwrap_or_else(PoisonError::into_inner);
        map.entry(origin.to_owned()).or_default().clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    #[test]
    fn product_token() {
        assert_eq!(agent_token("Colonnade/0.1 (+https://github.com/colonnade/colonnade)"), "Colonnade");
        assert_eq!(agent_token("MyBot"), "MyBot");
        assert_eq!(agent_token("  "), "Colonnade");
    }

    #[test]
    fn our_group_wins_over_star() {
        let txt = b"User-agent: *\nDisallow: /\n\nUser-agent: colonnade\nDisallow: /private\nCrawl-delay: 2\n";
        let rules = Rules::parse("Colonnade", txt);
        assert!(rules.allows(&url("http://a.example/opinion/x")));
        assert!(!rules.allows(&url("http://a.example/private/x")));
        assert_eq!(rules.crawl_delay(), Some(2.0));
        let other = Rules::parse("OtherBot", txt);
        assert!(!other.allows(&url("http://a.example/opinion/x")));
    }

    #[test]
    fn allow_beats_shorter_disallow_and_query_counts() {
        let txt = b"User-agent: *\nDisallow: /a\nAllow: /a/open\nDisallow: /*?print=\n";
        let rules = Rules::parse("Colonnade", txt);
        assert!(!rules.allows(&url("http://a.example/a/closed")));
        assert!(rules.allows(&url("http://a.example/a/open/1")));
        assert!(!rules.allows(&url("http://a.example/b?print=1")));
        assert!(rules.allows(&url("http://a.example/b?page=1")));
    }

    #[test]
    fn disallow_all_still_allows_robots_txt() {
        assert!(!Rules::DisallowAll.allows(&url("http://a.example/")));
        assert!(Rules::DisallowAll.allows(&url("http://a.example/robots.txt")));
        assert!(Rules::AllowAll.allows(&url("http://a.example/anything")));
    }

    #[test]
    fn sitemaps_are_resolved() {
        let txt = b"Sitemap: https://a.example/sitemap.xml\nSitemap: /news.xml\nSitemap: mailto:x@y\n";
        let rules = Rules::parse("Colonnade", txt);
        let got: Vec<String> = rules.sitemaps(&url("https://a.example/")).iter().map(Url::to_string).collect();
        assert_eq!(got, ["https://a.example/sitemap.xml", "https://a.example/news.xml"]);
    }
}
