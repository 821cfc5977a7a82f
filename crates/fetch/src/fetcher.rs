//! [`Fetcher`]: the client, the request loop with manual redirects, robots.txt fetching and body streaming.

use std::error::Error as StdError;
use std::sync::Arc;
use std::time::SystemTime;

use reqwest::header::{HeaderMap, HeaderValue};
use reqwest::redirect::Policy;
use tokio::time::Instant;

use crate::Expect;
use crate::guard::{GuardedResolver, blocked_in_chain, check_target};
use crate::host::{HostGate, Schedule, Turn, host_key, parse_retry_after};
use crate::robots::{self, Cache, Cached, RobotsFile, Rules, SharedRobots};
use crate::{FetchError, FetchOptions, Response, Url, Validators};

/// The polite HTTP client. Build one with [`Fetcher::new`] and share it; all its state (per-host
/// schedule, back-offs, robots.txt cache, connection pool) lives inside.
#[derive(Debug)]
pub struct Fetcher {
    client: reqwest::Client,
    opts: FetchOptions,
    agent: String,
    schedule: Schedule,
    robots: Cache,
    /// robots.txt shared with other crawl processes, looked up before fetching one.
    shared_robots: Option<Arc<dyn SharedRobots>>,
}

/// How much longer than `request_timeout` a turn at the [`HostGate`] may be held before it lapses.
const GATE_HOLD_MARGIN: std::time::Duration = std::time::Duration::from_secs(2);

/// What to do when a body reaches its size cap.
#[derive(Clone, Copy, PartialEq, Eq)]
enum OnLimit {
    Fail,
    Truncate,
}

/// A response whose head has arrived, with the turn it holds and the hop's deadline.
struct InFlight {
    resp: reqwest::Response,
    _turn: Turn,
    sent: Instant,
    deadline: Instant,
}

impl Fetcher {
    /// Builds the fetcher: one HTTP client (rustls with the `ring` provider, no proxies, no automatic
    /// redirects, our SSRF-checking DNS resolver, gzip/brotli/deflate/zstd decoding) and empty
    /// per-host and robots.txt state.
    pub fn new(opts: FetchOptions) -> Result<Fetcher, FetchError> {
        Fetcher::build(opts, None)
    }

    /// [`Fetcher::new`] for one of several crawl processes: every request also takes its host's turn
    /// from `gate`, the schedule all of them share, so one request is in flight per host and
    /// `per_host_delay` passes between requests across processes. A turn is held at most as long as
    /// a request may take (`request_timeout`) plus a margin, then lapses by itself.
    pub fn with_gate(opts: FetchOptions, gate: Arc<dyn HostGate>) -> Result<Fetcher, FetchError> {
        Fetcher::build(opts, Some(gate))
    }

    fn build(opts: FetchOptions, gate: Option<Arc<dyn HostGate>>) -> Result<Fetcher, FetchError> {
        // Fails when a provider is already installed, which is just as good.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let client = reqwest::Client::builder()
            .user_agent(opts.user_agent.as_str())
            .redirect(Policy::none())
            .no_proxy()
            .dns_resolver(GuardedResolver { allow_private_networks: opts.allow_private_networks })
            .connect_timeout(opts.connect_timeout)
            .build()
            .map_err(|e| FetchError::Config(error_chain(&e)))?;
        Ok(Fetcher {
            client,
            agent: robots::agent_token(&opts.user_agent).to_owned(),
            schedule: match gate {
                Some(gate) => Schedule::new(opts.per_host_delay, opts.max_concurrency)
                    .with_gate(gate, opts.request_timeout + GATE_HOLD_MARGIN),
                None => Schedule::new(opts.per_host_delay, opts.max_concurrency),
            },
            robots: Cache::default(),
            shared_robots: None,
            opts,
        })
    }

    /// Shares robots.txt with other crawl processes through `robots`: a robots.txt another
    /// process fetched (and that is still fresh) is used instead of fetching it again, and one
    /// this fetcher fetches is offered to the others.
    pub fn with_shared_robots(mut self, robots: Arc<dyn SharedRobots>) -> Fetcher {
        self.shared_robots = Some(robots);
        self
    }

    /// The options this fetcher was built with.
    pub fn options(&self) -> &FetchOptions {
        &self.opts
    }

    /// GET with politeness: waits for the host's turn (one request in flight per host, `per_host_delay`
    /// between starts, `Crawl-delay` honoured), checks robots.txt (fetched once per origin and cached;
    /// 4xx allows all, 5xx or unreachable disallows all for now, per RFC 9309; rules for our product
    /// token win over `*`), sends `If-None-Match`/`If-Modified-Since` from `validators` (on every hop),
    /// follows redirects itself (each hop checked like the first) and streams the body within the limits.
    ///
    /// Statuses other than 429 and 503 are returned as `Ok`; those two record the host's back-off and
    /// return [`FetchError::Http`].
    pub async fn get(&self, url: &Url, validators: Option<&Validators>) -> Result<Response, FetchError> {
        self.get_expecting(url, validators, &Expect::default()).await
    }

    /// [`Fetcher::get`] with what the caller will accept of a successful (2xx) answer: a smaller body
    /// cap, and a `Content-Type` test made on the response head, before any body byte is read (a
    /// refused type is [`FetchError::UnexpectedType`]). Used for images.
    pub async fn get_expecting(
        &self,
        url: &Url,
        validators: Option<&Validators>,
        expect: &Expect,
    ) -> Result<Response, FetchError> {
        let mut start = url.clone();
        start.set_fragment(None);
        let mut current = start.clone();
        let mut redirects: Vec<Url> = Vec::new();
        loop {
            self.check_allowed(&current).await?;
            let flight = self.send(&current, validators).await?;
            let status = flight.resp.status().as_u16();
            if let Some(next) = redirect_target(&current, status, flight.resp.headers())? {
                // Frees this host's turn before the next hop (which may be on the same host).
                drop(flight);
                if next == start || redirects.contains(&next) {
                    return Err(FetchError::RedirectLoop(next.to_string()));
                }
                if redirects.len() >= usize::from(self.opts.max_redirects) {
                    return Err(FetchError::TooManyRedirects(next.to_string()));
                }
                redirects.push(next.clone());
                current = next;
                continue;
            }
            if status == 429 || status == 503 {
                self.record_backoff(&current, flight.resp.headers());
                return Err(FetchError::Http { url: current.to_string(), status });
            }
            return self.finish(url.clone(), current, redirects, flight, validators, expect).await;
        }
    }

    /// `Sitemap:` lines of `origin`'s robots.txt (fetched and cached like for [`Fetcher::get`]; done
    /// even when `respect_robots` is off). Empty when there is none or it cannot be fetched.
    pub async fn robots_sitemaps(&self, origin: &Url) -> Vec<Url> {
        match self.rules_for(origin).await {
            Ok(rules) => rules.sitemaps(origin),
            Err(_) => Vec::new(),
        }
    }

    /// Until when `host` asked us to back off, if that is still in the future. `host` is a host key
    /// (`example.com:443`, see [`crate::host_key`]) or a bare host name, which matches any port.
    pub fn host_backoff(&self, host: &str) -> Option<SystemTime> {
        self.schedule.backoff(host)
    }

    /// The checks made before a hop is sent, cheapest first: scheme and literal-IP guard, back-off, robots.
    async fn check_allowed(&self, url: &Url) -> Result<(), FetchError> {
        check_target(url, self.opts.allow_private_networks)?;
        self.schedule.check_backoff(&key(url)?)?;
        if self.opts.respect_robots {
            let rules = self.rules_for(url).await.map_err(|e| match e {
                // Name the page, not its robots.txt.
                FetchError::Blocked { reason, .. } => FetchError::Blocked { url: url.to_string(), reason },
                other => other,
            })?;
            if !rules.allows(url) {
                return Err(FetchError::RobotsDisallowed(url.to_string()));
            }
        }
        Ok(())
    }

    /// Waits for the host's turn and sends one GET, returning once the response head is in.
    async fn send(&self, url: &Url, validators: Option<&Validators>) -> Result<InFlight, FetchError> {
        check_target(url, self.opts.allow_private_networks)?;
        let turn = self.schedule.take_turn(&key(url)?).await?;
        let mut req = self.client.get(url.clone());
        if let Some(v) = validators {
            if let Some(etag) = v.etag.as_deref().and_then(|s| HeaderValue::from_str(s).ok()) {
                req = req.header(reqwest::header::IF_NONE_MATCH, etag);
            }
            if let Some(lm) = v.last_modified.as_deref().and_then(|s| HeaderValue::from_str(s).ok()) {
                req = req.header(reqwest::header::IF_MODIFIED_SINCE, lm);
            }
        }
        let sent = Instant::now();
        let deadline = sent + self.opts.request_timeout;
        let silence = sent + self.opts.read_timeout;
        let (until, what) = if silence < deadline { (silence, "response") } else { (deadline, "total") };
        let sent_result = tokio::time::timeout_at(until, req.send()).await;
        turn.answered();
        match sent_result {
            Err(_) => Err(FetchError::Timeout { url: url.to_string(), what }),
            Ok(Err(e)) => Err(send_error(url, e)),
            Ok(Ok(resp)) => Ok(InFlight { resp, _turn: turn, sent, deadline }),
        }
    }

    /// Reads the body of the final response and assembles the [`Response`].
    async fn finish(
        &self,
        url: Url,
        final_url: Url,
        redirects: Vec<Url>,
        mut flight: InFlight,
        sent_validators: Option<&Validators>,
        expect: &Expect,
    ) -> Result<Response, FetchError> {
        let status = flight.resp.status().as_u16();
        let headers: Vec<(String, String)> = flight
            .resp
            .headers()
            .iter()
            .map(|(n, v)| (n.as_str().to_ascii_lowercase(), String::from_utf8_lossy(v.as_bytes()).into_owned()))
            .collect();
        let header = |name: &str| headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone());
        let not_modified = status == 304;
        let mut validators = Validators { etag: header("etag"), last_modified: header("last-modified") };
        if not_modified && let Some(sent) = sent_validators {
            validators.etag = validators.etag.or_else(|| sent.etag.clone());
            validators.last_modified = validators.last_modified.or_else(|| sent.last_modified.clone());
        }
        if let Some(accepts) = expect.content_type
            && (200..300).contains(&status)
        {
            let content_type = header("content-type").unwrap_or_default();
            if !accepts(&content_type) {
                return Err(FetchError::UnexpectedType { url: final_url.to_string(), content_type });
            }
        }
        let limit = expect.max_body_bytes.map_or(self.opts.max_body_bytes, |m| m.min(self.opts.max_body_bytes));
        let body = self.read_body(&final_url, &mut flight, limit, OnLimit::Fail).await?;
        let elapsed = flight.sent.elapsed();
        Ok(Response {
            url,
            final_url,
            status,
            content_type: header("content-type"),
            headers,
            body,
            validators,
            not_modified,
            elapsed,
            redirects,
        })
    }

    /// Streams the decoded body chunk by chunk: at most `limit` bytes, at most `read_timeout` of silence
    /// between chunks, and nothing past the hop's deadline.
    async fn read_body(
        &self,
        url: &Url,
        flight: &mut InFlight,
        limit: u64,
        on_limit: OnLimit,
    ) -> Result<Vec<u8>, FetchError> {
        // After decompression the client drops Content-Length, so one that is left is the decoded size.
        let declared = flight
            .resp
            .headers()
            .get(reqwest::header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok());
        if on_limit == OnLimit::Fail && declared.is_some_and(|n| n > limit) {
            return Err(FetchError::TooLarge { url: url.to_string(), limit });
        }
        let cap = usize::try_from(limit).unwrap_or(usize::MAX);
        let mut body =
            Vec::with_capacity(declared.map_or(0, |n| usize::try_from(n).unwrap_or(0)).min(cap).min(1 << 20));
        loop {
            let silence = Instant::now() + self.opts.read_timeout;
            let (until, what) =
                if silence < flight.deadline { (silence, "body stalled") } else { (flight.deadline, "total") };
            let chunk = match tokio::time::timeout_at(until, flight.resp.chunk()).await {
                Err(_) => return Err(FetchError::Timeout { url: url.to_string(), what }),
                Ok(Err(e)) => return Err(body_error(url, e)),
                Ok(Ok(None)) => return Ok(body),
                Ok(Ok(Some(chunk))) => chunk,
            };
            if body.len() + chunk.len() > cap {
                if on_limit == OnLimit::Truncate {
                    body.extend_from_slice(&chunk[..cap - body.len()]);
                    return Ok(body);
                }
                return Err(FetchError::TooLarge { url: url.to_string(), limit });
            }
            body.extend_from_slice(&chunk);
        }
    }

    fn record_backoff(&self, url: &Url, headers: &HeaderMap) {
        let value = headers.get(reqwest::header::RETRY_AFTER).and_then(|v| v.to_str().ok());
        if let Ok(key) = key(url) {
            self.schedule.back_off(&key, parse_retry_after(value, SystemTime::now()));
        }
    }

    /// The cached robots.txt verdict for `url`'s origin, fetching it when missing or stale. `Blocked`
    /// and `BackingOff` from the robots.txt fetch are passed on (they are about the host, not about
    /// robots.txt) and nothing is cached for them.
    async fn rules_for(&self, url: &Url) -> Result<Arc<Rules>, FetchError> {
        let origin = url.origin().ascii_serialization();
        let entry = self.robots.entry(&origin);
        let mut cached = entry.lock().await;
        if let Some(c) = cached.as_ref().filter(|c| c.is_fresh()) {
            return Ok(c.rules.clone());
        }
        if let Some(shared) = &self.shared_robots {
            match shared.get(&origin).await {
                Ok(Some((file, left))) => {
                    let rules = Rules::from_file(&self.agent, &file);
                    self.apply_crawl_delay(url, &rules);
                    let fresh = Cached::shared(rules, left);
                    let rules = fresh.rules.clone();
                    *cached = Some(fresh);
                    return Ok(rules);
                }
                Ok(None) => {}
                Err(e) => tracing::warn!(%origin, "could not read the shared robots.txt, fetching it: {e}"),
            }
        }
        let file = self.fetch_robots(url).await?;
        let rules = Rules::from_file(&self.agent, &file);
        self.apply_crawl_delay(url, &rules);
        let fresh = match (rules, cached.take()) {
            (Rules::DisallowAll, Some(old)) if matches!(*old.rules, Rules::Parsed(_)) => {
                Cached::keep_after_failure(old.rules)
            }
            (rules, _) => {
                if let Some(shared) = &self.shared_robots {
                    let fresh_for = file.fresh_for();
                    if let Err(e) = shared.put(&origin, file, fresh_for).await {
                        tracing::warn!(%origin, "could not share the robots.txt fetched: {e}");
                    }
                }
                Cached::new(rules)
            }
        };
        let rules = fresh.rules.clone();
        *cached = Some(fresh);
        Ok(rules)
    }

    /// Honours the `Crawl-delay` of `rules` for `url`'s host, when robots.txt is obeyed.
    fn apply_crawl_delay(&self, url: &Url, rules: &Rules) {
        if self.opts.respect_robots
            && let Ok(k) = key(url)
        {
            self.schedule.set_crawl_delay(&k, rules.crawl_delay());
        }
    }

    /// Fetches `/robots.txt` for `url`'s origin through the same guard and schedule as pages, following
    /// up to five redirects, and applies RFC 9309 to the outcome.
    async fn fetch_robots(&self, url: &Url) -> Result<RobotsFile, FetchError> {
        let mut current = url.join("/robots.txt").map_err(|e| FetchError::BadUrl(format!("{url}: {e}")))?;
        for _ in 0..=robots::MAX_ROBOTS_REDIRECTS {
            self.schedule.check_backoff(&key(&current)?)?;
            let mut flight = match self.send(&current, None).await {
                Ok(f) => f,
                Err(e @ (FetchError::Blocked { .. } | FetchError::BackingOff { .. })) => return Err(e),
                Err(FetchError::UnsupportedScheme(_) | FetchError::BadUrl(_)) => return Ok(RobotsFile::Allow),
                Err(_) => return Ok(RobotsFile::Disallow),
            };
            let status = flight.resp.status().as_u16();
            match status {
                200..=299 => {
                    return match self
                        .read_body(&current, &mut flight, robots::MAX_ROBOTS_BYTES, OnLimit::Truncate)
                        .await
                    {
                        Ok(body) => Ok(RobotsFile::Body(body)),
                        Err(_) => Ok(RobotsFile::Disallow),
                    };
                }
                300..=399 => match redirect_target(&current, status, flight.resp.headers()) {
                    Ok(Some(next)) => current = next,
                    _ => return Ok(RobotsFile::Allow),
                },
                429 | 500..=599 => {
                    if status == 429 || status == 503 {
                        // The host asked us to wait: say so, and ask for robots.txt again afterwards.
                        self.record_backoff(&current, flight.resp.headers());
                        self.schedule.check_backoff(&key(&current)?)?;
                    }
                    return Ok(RobotsFile::Disallow);
                }
                _ => return Ok(RobotsFile::Allow),
            }
        }
        // Too many redirects: RFC 9309 lets us treat robots.txt as unavailable.
        Ok(RobotsFile::Allow)
    }
}

fn key(url: &Url) -> Result<String, FetchError> {
    host_key(url).ok_or_else(|| FetchError::BadUrl(format!("no host in {url}")))
}

/// The next URL for a redirect response, `None` when this is not a redirect we follow (a status other
/// than 301, 302, 303, 307, 308, or no `Location`).
fn redirect_target(current: &Url, status: u16, headers: &HeaderMap) -> Result<Option<Url>, FetchError> {
    if !matches!(status, 301 | 302 | 303 | 307 | 308) {
        return Ok(None);
    }
    let Some(location) = headers.get(reqwest::header::LOCATION) else {
        return Ok(None);
    };
    let location = String::from_utf8_lossy(location.as_bytes());
    let mut next = current
        .join(location.trim())
        .map_err(|e| FetchError::BadUrl(format!("redirect from {current} to {location:?}: {e}")))?;
    next.set_fragment(None);
    Ok(Some(next))
}

fn send_error(url: &Url, e: reqwest::Error) -> FetchError {
    if let Some(reason) = blocked_in_chain(&e) {
        return FetchError::Blocked { url: url.to_string(), reason };
    }
    if e.is_timeout() {
        let what = if e.is_connect() { "connect" } else { "response" };
        return FetchError::Timeout { url: url.to_string(), what };
    }
    FetchError::Network { url: url.to_string(), source: e.without_url() }
}

/// Errors while streaming. A decompressor that rejects the data reports a bare `io::Error` (one with no
/// source of its own); a broken connection comes as a hyper error. The first is `Decode`, the rest
/// `Network`.
fn body_error(url: &Url, e: reqwest::Error) -> FetchError {
    let mut cur: Option<&(dyn StdError + 'static)> = e.source();
    while let Some(inner) = cur {
        if let Some(io) = inner.downcast_ref::<std::io::Error>()
            && io.get_ref().is_none()
            && matches!(io.kind(), std::io::ErrorKind::InvalidData | std::io::ErrorKind::UnexpectedEof)
        {
            return FetchError::Decode { url: url.to_string(), message: error_chain(&e) };
        }
        cur = inner.source();
    }
    FetchError::Network { url: url.to_string(), source: e.without_url() }
}

fn error_chain(e: &(dyn StdError + 'static)) -> String {
    let mut out = e.to_string();
    let mut cur = e.source();
    while let Some(inner) = cur {
        out.push_str(": ");
        out.push_str(&inner.to_string());
        cur = inner.source();
    }
    out
}
