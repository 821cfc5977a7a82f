//! The per-host schedule: one request in flight per host, a minimum gap between request starts, and the
//! back-off a host asked for with `Retry-After`.
//!
//! Turns and gaps are kept per host name (or address), whatever the port: `http://` and `https://` of
//! one site are one machine, so a redirect from one to the other, and the robots.txt of the new
//! origin, wait their turn like any request. Back-offs are kept per [`host_key`] (`host:port`).

use std::collections::HashMap;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, SystemTime};

use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio::time::Instant;

use crate::{FetchError, Url};

/// Longest `Crawl-delay` we honour.
pub(crate) const MAX_CRAWL_DELAY: Duration = Duration::from_secs(60);
/// Back-off when a 429/503 carries no usable `Retry-After`.
const DEFAULT_BACKOFF: Duration = Duration::from_secs(60);
/// Longest back-off we accept from a `Retry-After`.
const MAX_BACKOFF: Duration = Duration::from_secs(3600);

/// The key the schedule, back-off and [`crate::FetchError::BackingOff`] use for a URL's host: the
/// lowercase host and the port (explicit or the scheme's default), e.g. `example.com:443`,
/// `[::1]:8080`. `None` for URLs without a host.
pub fn host_key(url: &Url) -> Option<String> {
    let host = url.host_str()?;
    let port = url.port_or_known_default()?;
    Some(format!("{}:{port}", host.to_ascii_lowercase()))
}

/// How long a `Retry-After` value asks us to wait, counted from `now`: delta-seconds or an HTTP date
/// (a date in the past means no wait). Missing or unparsable values give 60 s; the result is capped
/// at one hour.
pub fn parse_retry_after(value: Option<&str>, now: SystemTime) -> Duration {
    let wait = match value.map(str::trim) {
        Some(v) if !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()) => {
            // Long digit strings overflow u64; they are far over the cap anyway.
            v.parse::<u64>().map(Duration::from_secs).unwrap_or(MAX_BACKOFF)
        }
        Some(v) => match httpdate::parse_http_date(v) {
            Ok(when) => when.duration_since(now).unwrap_or(Duration::ZERO),
            Err(_) => DEFAULT_BACKOFF,
        },
        None => DEFAULT_BACKOFF,
    };
    wait.min(MAX_BACKOFF)
}

/// The error a [`HostGate`] reports (a database error, for the PostgreSQL gate).
pub type GateError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// What a [`HostGate`] call returns.
pub type GateFuture<T> = Pin<Box<dyn Future<Output = Result<T, GateError>> + Send + 'static>>;

/// What [`HostGate::take`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GateAnswer {
    /// The host's turn is ours: send the request.
    Taken,
    /// Another node's request holds the host, or its gap has not passed: ask again after this long.
    Wait(Duration),
}

/// The per-host schedule shared with other crawl processes (several crawl nodes on one database).
///
/// A fetcher without one keeps its schedule in memory only: right for one crawl process. With one,
/// every request first takes its host's turn in memory (one in flight per host in this process,
/// the gap since this process's last request) and then from the gate, which does the same across
/// processes. Hosts are named by host name without the port, like the in-memory turns.
pub trait HostGate: Send + Sync + fmt::Debug {
    /// Tries to take `host`'s turn for this process's request number `turn`, to be held at most
    /// `hold`; the next request to the host starts no sooner than `delay` after this one.
    fn take(&self, host: &str, turn: u64, delay: Duration, hold: Duration) -> GateFuture<GateAnswer>;

    /// Frees `host` after request `turn`: the next request starts no sooner than `delay` after its
    /// response arrived, `since_answer` ago.
    fn release(&self, host: &str, turn: u64, since_answer: Duration, delay: Duration) -> GateFuture<()>;
}

/// How long a failing gate is asked again before the request fails.
const GATE_PATIENCE: Duration = Duration::from_secs(30);
/// Longest single pause between two asks of the gate.
const GATE_MAX_WAIT: Duration = Duration::from_secs(1);

/// A turn taken from the [`HostGate`], released (in the background) when the request ends.
struct SharedTurn {
    gate: Arc<dyn HostGate>,
    host: String,
    turn: u64,
    delay: Duration,
    answered: Mutex<Option<Instant>>,
}

impl fmt::Debug for SharedTurn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SharedTurn").field("host", &self.host).field("turn", &self.turn).finish_non_exhaustive()
    }
}

impl Drop for SharedTurn {
    fn drop(&mut self) {
        let answered = *self.answered.lock().unwrap_or_else(PoisonError::into_inner);
        let since = answered.map_or(Duration::ZERO, |at| at.elapsed());
        let release = self.gate.release(&self.host, self.turn, since, self.delay);
        let host = std::mem::take(&mut self.host);
        // Not waited for: the turn also lapses by itself when its hold runs out.
        if let Ok(rt) = tokio::runtime::Handle::try_current() {
            rt.spawn(async move {
                if let Err(e) = release.await {
                    tracing::warn!(host, "could not release the host's turn to the other crawl nodes: {e}");
                }
            });
        }
    }
}

/// Timing state of one host.
#[derive(Debug, Default)]
struct Timing {
    /// When the last request started, moved forward to when its response head arrived (or it failed).
    /// The next start waits until this plus the delay, so the host itself sees at least the delay
    /// between two requests, whatever the connection set-up took.
    last_start: Option<Instant>,
    crawl_delay: Duration,
    backoff_until: Option<SystemTime>,
}

/// One host's slot: the permit for its single in-flight request and its timing.
#[derive(Debug)]
struct Slot {
    turn: Arc<Semaphore>,
    timing: Mutex<Timing>,
}

impl Slot {
    fn timing(&self) -> std::sync::MutexGuard<'_, Timing> {
        self.timing.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Held while a request is in flight: the host's single permit and one global slot. Dropping it lets
/// the host's next request (and anyone waiting for a global slot) go.
#[derive(Debug)]
pub(crate) struct Turn {
    slot: Arc<Slot>,
    // Dropped first: the shared turn is released while this process still holds the host.
    shared: Option<SharedTurn>,
    _host: OwnedSemaphorePermit,
    _global: OwnedSemaphorePermit,
}

impl Turn {
    /// Records that the response head arrived (or the attempt ended): the host's next request is
    /// spaced from now rather than from when this one was sent.
    pub(crate) fn answered(&self) {
        let now = Instant::now();
        let mut t = self.slot.timing();
        t.last_start = Some(t.last_start.map_or(now, |s| s.max(now)));
        if let Some(shared) = &self.shared {
            *shared.answered.lock().unwrap_or_else(PoisonError::into_inner) = Some(now);
        }
    }
}

/// Per-host schedule shared by all requests of a fetcher.
#[derive(Debug)]
pub(crate) struct Schedule {
    per_host_delay: Duration,
    hosts: Mutex<HashMap<String, Arc<Slot>>>,
    global: Arc<Semaphore>,
    /// The schedule of the other crawl processes, and how long a turn taken there may be held.
    gate: Option<(Arc<dyn HostGate>, Duration)>,
    /// Numbers this process's turns at the gate.
    turns: AtomicU64,
}

impl Schedule {
    pub(crate) fn new(per_host_delay: Duration, max_concurrency: usize) -> Schedule {
        Schedule {
            per_host_delay,
            hosts: Mutex::new(HashMap::new()),
            global: Arc::new(Semaphore::new(max_concurrency.max(1))),
            gate: None,
            turns: AtomicU64::new(1),
        }
    }

    /// Takes every turn from `gate` too (after this process's own), held at most `hold`.
    pub(crate) fn with_gate(mut self, gate: Arc<dyn HostGate>, hold: Duration) -> Schedule {
        self.gate = Some((gate, hold));
        self
    }

    /// A global slot and, with a gate, `host`'s turn there. The gate is asked while the slot is
    /// held, so a turn taken there is used at once (its hold is counted from then); a slot is never
    /// held while waiting for the gate. A gate that keeps failing fails the request after
    /// [`GATE_PATIENCE`].
    async fn take_global_and_shared(
        &self,
        host: &str,
        delay: Duration,
    ) -> Result<(OwnedSemaphorePermit, Option<SharedTurn>), FetchError> {
        let global = || async { self.global.clone().acquire_owned().await.map_err(|_| closed()) };
        let Some((gate, hold)) = &self.gate else { return Ok((global().await?, None)) };
        let turn = self.turns.fetch_add(1, Ordering::Relaxed);
        let started = Instant::now();
        loop {
            let slot = global().await?;
            match gate.take(host, turn, delay, *hold).await {
                Ok(GateAnswer::Taken) => {
                    let gate = Arc::clone(gate);
                    let shared = SharedTurn { gate, host: host.to_owned(), turn, delay, answered: Mutex::new(None) };
                    return Ok((slot, Some(shared)));
                }
                Ok(GateAnswer::Wait(wait)) => {
                    drop(slot);
                    tokio::time::sleep(wait.min(GATE_MAX_WAIT)).await;
                }
                Err(source) if started.elapsed() >= GATE_PATIENCE => {
                    return Err(FetchError::Gate { host: host.to_owned(), source });
                }
                Err(e) => {
                    drop(slot);
                    tracing::warn!(host, "the other crawl nodes' host schedule failed, asking again: {e}");
                    tokio::time::sleep(GATE_MAX_WAIT).await;
                }
            }
        }
    }

    fn slot(&self, key: &str) -> Arc<Slot> {
        let mut hosts = self.hosts.lock().unwrap_or_else(PoisonError::into_inner);
        hosts
            .entry(key.to_owned())
            .or_insert_with(|| Arc::new(Slot { turn: Arc::new(Semaphore::new(1)), timing: Mutex::default() }))
            .clone()
    }

    fn existing(&self, key: &str) -> Option<Arc<Slot>> {
        self.hosts.lock().unwrap_or_else(PoisonError::into_inner).get(key).cloned()
    }

    /// Fails with `BackingOff` if `key` is in a back-off period.
    pub(crate) fn check_backoff(&self, key: &str) -> Result<(), FetchError> {
        match self.existing(key) {
            Some(slot) => backoff_error(key, &slot.timing()),
            None => Ok(()),
        }
    }

    /// Waits for `key`'s turn: its host's single permit (shared by every port of the host), the gap
    /// since the host's last request (see [`Timing`]), the turn at the [`HostGate`] if there is
    /// one, then a global slot. The start time is recorded
    /// only once the global slot is held, so the gap is measured between real request starts. Waiting
    /// for the host holds no global slot. Fails when `key` is backing off.
    pub(crate) async fn take_turn(&self, key: &str) -> Result<Turn, FetchError> {
        let slot = self.slot(spacing_key(key));
        self.check_backoff(key)?;
        let host = slot.turn.clone().acquire_owned().await.map_err(|_| closed())?;
        loop {
            // The request before ours may have been told to back off.
            self.check_backoff(key)?;
            let next = {
                let t = slot.timing();
                t.last_start.map(|s| s + self.per_host_delay.max(t.crawl_delay))
            };
            match next {
                Some(at) if at > Instant::now() => tokio::time::sleep_until(at).await,
                _ => break,
            }
        }
        let delay = self.per_host_delay.max(slot.timing().crawl_delay);
        let (global, shared) = self.take_global_and_shared(spacing_key(key), delay).await?;
        slot.timing().last_start = Some(Instant::now());
        Ok(Turn { slot, shared, _host: host, _global: global })
    }

    /// Records a robots.txt `Crawl-delay` (seconds) for `key`'s host, capped at 60 s.
    pub(crate) fn set_crawl_delay(&self, key: &str, seconds: Option<f32>) {
        let delay = match seconds {
            Some(s) if s.is_finite() && s > 0.0 => Duration::from_secs_f32(s.min(MAX_CRAWL_DELAY.as_secs_f32())),
            _ => Duration::ZERO,
        };
        self.slot(spacing_key(key)).timing().crawl_delay = delay;
    }

    /// Records that `key` asked us to wait `wait` from now. Never shortens a longer back-off.
    pub(crate) fn back_off(&self, key: &str, wait: Duration) -> SystemTime {
        let until = SystemTime::now() + wait;
        let slot = self.slot(key);
        let mut t = slot.timing();
        let until = t.backoff_until.map_or(until, |old| old.max(until));
        t.backoff_until = Some(until);
        until
    }

    /// The back-off end for `host`, if still in the future. `host` is a [`host_key`] (`host:port`) or a
    /// bare host, which matches any port (the latest back-off wins).
    pub(crate) fn backoff(&self, host: &str) -> Option<SystemTime> {
        let now = SystemTime::now();
        let host = host.to_ascii_lowercase();
        let hosts = self.hosts.lock().unwrap_or_else(PoisonError::into_inner);
        hosts
            .iter()
            .filter(|(key, _)| **key == host || key.rsplit_once(':').is_some_and(|(h, _)| h == host))
            .filter_map(|(_, slot)| slot.timing().backoff_until)
            .filter(|until| *until > now)
            .max()
    }

    /// The crawl delay recorded for `key` (zero when none).
    #[cfg(test)]
    pub(crate) fn crawl_delay(&self, key: &str) -> Duration {
        self.existing(spacing_key(key)).map(|s| s.timing().crawl_delay).unwrap_or_default()
    }
}

/// The host part of a [`host_key`] (`example.com:443` gives `example.com`, `[::1]:80` gives `[::1]`):
/// the key of the host's turns and gaps.
fn spacing_key(key: &str) -> &str {
    match key.rsplit_once(':') {
        Some((host, port)) if !host.is_empty() && !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) => host,
        _ => key,
    }
}

fn backoff_error(key: &str, t: &Timing) -> Result<(), FetchError> {
    match t.backoff_until {
        Some(until) if until > SystemTime::now() => Err(FetchError::BackingOff { host: key.to_owned(), until }),
        _ => Ok(()),
    }
}

fn closed() -> FetchError {
    FetchError::Config("fetcher schedule closed".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_keys_include_the_port() {
        let key = |s: &str| host_key(&Url::parse(s).unwrap());
        assert_eq!(key("https://Example.COM/a").as_deref(), Some("example.com:443"));
        assert_eq!(key("http://example.com/a").as_deref(), Some("example.com:80"));
        assert_eq!(key("http://127.0.0.1:8080/").as_deref(), Some("127.0.0.1:8080"));
        assert_eq!(key("http://[::1]:81/").as_deref(), Some("[::1]:81"));
    }

    #[test]
    fn retry_after_seconds_dates_and_defaults() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        assert_eq!(parse_retry_after(Some("2"), now), Duration::from_secs(2));
        assert_eq!(parse_retry_after(Some(" 120 "), now), Duration::from_secs(120));
        assert_eq!(parse_retry_after(Some("0"), now), Duration::ZERO);
        assert_eq!(parse_retry_after(Some("999999"), now), Duration::from_secs(3600));
        assert_eq!(parse_retry_after(Some("99999999999999999999999"), now), Duration::from_secs(3600));
        assert_eq!(parse_retry_after(None, now), Duration::from_secs(60));
        assert_eq!(parse_retry_after(Some("soon"), now), Duration::from_secs(60));
        assert_eq!(parse_retry_after(Some("-5"), now), Duration::from_secs(60));
        let in_90s = httpdate::fmt_http_date(now + Duration::from_secs(90));
        assert_eq!(parse_retry_after(Some(&in_90s), now), Duration::from_secs(90));
        let past = httpdate::fmt_http_date(now - Duration::from_secs(90));
        assert_eq!(parse_retry_after(Some(&past), now), Duration::ZERO);
        let far = httpdate::fmt_http_date(now + Duration::from_secs(86_400));
        assert_eq!(parse_retry_after(Some(&far), now), Duration::from_secs(3600));
    }

    #[test]
    fn crawl_delay_is_capped_at_sixty_seconds() {
        let s = Schedule::new(Duration::from_millis(10), 4);
        s.set_crawl_delay("a:80", Some(3600.0));
        assert_eq!(s.crawl_delay("a:80"), Duration::from_secs(60));
        s.set_crawl_delay("a:80", Some(0.25));
        assert_eq!(s.crawl_delay("a:80"), Duration::from_millis(250));
        s.set_crawl_delay("a:80", Some(f32::NAN));
        assert_eq!(s.crawl_delay("a:80"), Duration::ZERO);
    }

    #[test]
    fn backoff_by_key_or_bare_host() {
        let s = Schedule::new(Duration::ZERO, 1);
        assert!(s.backoff("a.example").is_none());
        let until = s.back_off("a.example:443", Duration::from_secs(5));
        assert_eq!(s.backoff("a.example:443"), Some(until));
        assert_eq!(s.backoff("A.example"), Some(until));
        assert!(s.backoff("b.example").is_none());
        assert!(matches!(s.check_backoff("a.example:443"), Err(FetchError::BackingOff { .. })));
        assert!(s.check_backoff("a.example:80").is_ok());
        // A shorter back-off does not cut a longer one.
        assert_eq!(s.back_off("a.example:443", Duration::from_secs(1)), until);
    }

    // Paused time: the clock moves only when every task waits on a timer, so the figures are exact.
    #[tokio::test(start_paused = true)]
    async fn turns_are_spaced_and_hosts_independent() {
        let s = Schedule::new(Duration::from_millis(100), 1);
        let t0 = Instant::now();
        drop(s.take_turn("a:80").await.unwrap());
        drop(s.take_turn("b:80").await.unwrap());
        assert_eq!(t0.elapsed(), Duration::ZERO, "another host must not wait");
        drop(s.take_turn("a:80").await.unwrap());
        assert_eq!(t0.elapsed(), Duration::from_millis(100));
    }

    /// A gate that answers from a script and writes down what it was asked.
    #[derive(Debug, Default)]
    struct ScriptedGate {
        answers: Mutex<std::collections::VecDeque<GateAnswer>>,
        log: Arc<Mutex<Vec<String>>>,
    }

    impl HostGate for ScriptedGate {
        fn take(&self, host: &str, turn: u64, delay: Duration, _hold: Duration) -> GateFuture<GateAnswer> {
            self.log.lock().unwrap().push(format!("take {host} {turn} {}ms", delay.as_millis()));
            let answer = self.answers.lock().unwrap().pop_front().unwrap_or(GateAnswer::Taken);
            Box::pin(async move { Ok(answer) })
        }

        fn release(&self, host: &str, turn: u64, since: Duration, delay: Duration) -> GateFuture<()> {
            let line = format!("release {host} {turn} {}ms after {}ms", delay.as_millis(), since.as_millis());
            let log = Arc::clone(&self.log);
            Box::pin(async move {
                log.lock().unwrap().push(line);
                Ok(())
            })
        }
    }

    /// Issue 12: with other crawl nodes, a turn is also taken from their shared schedule (waiting
    /// as long as it says, holding no global slot meanwhile) and given back when the request ends,
    /// with the delay to keep after its answer.
    #[tokio::test(start_paused = true)]
    async fn issue_12_turns_are_also_taken_from_the_shared_gate() {
        let gate = Arc::new(ScriptedGate::default());
        gate.answers.lock().unwrap().push_back(GateAnswer::Wait(Duration::from_millis(300)));
        let log = Arc::clone(&gate.log);
        let s = Arc::new(Schedule::new(Duration::from_millis(100), 1).with_gate(gate, Duration::from_secs(5)));
        let t0 = Instant::now();
        let waiting = {
            let s = Arc::clone(&s);
            tokio::spawn(async move {
                let turn = s.take_turn("a.example:443").await.unwrap();
                let took = t0.elapsed();
                tokio::time::sleep(Duration::from_millis(50)).await;
                turn.answered();
                tokio::time::sleep(Duration::from_millis(20)).await;
                drop(turn);
                took
            })
        };
        tokio::task::yield_now().await;
        // The one global slot is free while a.example waits for the gate.
        drop(s.take_turn("b.example:80").await.unwrap());
        assert_eq!(t0.elapsed(), Duration::ZERO, "another host went meanwhile");
        assert_eq!(waiting.await.unwrap(), Duration::from_millis(300), "waited as the gate said");
        tokio::task::yield_now().await;
        let mut got = log.lock().unwrap().clone();
        got.sort();
        assert_eq!(
            got,
            [
                "release a.example 1 100ms after 20ms",
                "release b.example 2 100ms after 0ms",
                "take a.example 1 100ms",
                "take a.example 1 100ms",
                "take b.example 2 100ms",
            ]
        );
    }

    /// Issue 14, item 17: another port of the same host (http and https of one site) is the same host.
    #[tokio::test(start_paused = true)]
    async fn every_port_of_a_host_shares_its_turns() {
        let s = Schedule::new(Duration::from_millis(100), 4);
        let t0 = Instant::now();
        drop(s.take_turn("a:80").await.unwrap());
        drop(s.take_turn("a:443").await.unwrap());
        assert_eq!(t0.elapsed(), Duration::from_millis(100));
        drop(s.take_turn("[::1]:80").await.unwrap());
        drop(s.take_turn("[::1]:8080").await.unwrap());
        assert_eq!(t0.elapsed(), Duration::from_millis(200));
        // Back-offs stay per port.
        s.back_off("a:443", Duration::from_secs(60));
        assert!(matches!(s.take_turn("a:443").await, Err(FetchError::BackingOff { .. })));
        assert!(s.take_turn("a:80").await.is_ok());
        assert_eq!(spacing_key("example.com:443"), "example.com");
        assert_eq!(spacing_key("[::1]"), "[::1]");
    }
}
