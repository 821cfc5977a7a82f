//! Views and likes, counted once per visitor, column and UTC day, without cookies and without
//! keeping who the visitor was.
//!
//! A visitor key is SipHash-1-3 of (purpose, client IP, User-Agent, article id) under a random
//! 128-bit salt drawn from the OS when the day starts. The salt lives only in this process's memory
//! and is replaced, and every remembered key forgotten, when the UTC day changes: yesterday's keys
//! cannot be recomputed, so nothing links a visitor across days, and IP addresses are never stored.
//!
//! # Memory bounds
//!
//! - Remembered keys: at most `max_visitor_keys` for views and as many for likes (8-byte keys in
//!   16 shards; about 20 MB per set at the default 1,000,000). When a set is full, further new
//!   views (or likes) that day are not counted: a flood of forged User-Agents cannot inflate counts
//!   or memory.
//! - Per client: one client (an IPv4 address or an IPv6 /64, see [`client_prefix`]) adds at most
//!   `visitor_keys_per_client` keys a day to each set, so rotating User-Agents counts a bounded
//!   number of views and cannot use up the day's budget for everybody else. The per-client tallies
//!   hold one entry per client that added a key, so they are bounded by the sets.
//! - Pending deltas: one entry per (article, day) touched since the last flush, written to the
//!   store every flush interval; they are kept for a retry if the store fails.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, BuildHasherDefault, Hash, Hasher};
use std::net::{IpAddr, Ipv6Addr};

use std::sync::Arc;

use colonnade_store::{CountDelta, Counts, Id, Store, Visit};
use parking_lot::{Mutex, RwLock};
use siphasher::sip::SipHasher13;

use crate::time;

const SHARDS: usize = 16;

/// What a key is for: a visitor's view and like of the same column are different keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Purpose {
    View = 1,
    Like = 2,
    RateLimit = 3,
    Client = 4,
}

/// The client a limit applies to: an IPv4 address, or the /64 of an IPv6 address (one
/// subscriber's allocation: a single home or phone gets a whole /64). IPv4-mapped IPv6
/// addresses are their IPv4 address.
pub(crate) fn client_prefix(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => IpAddr::V6(Ipv6Addr::from(u128::from(v6) & !u128::from(u64::MAX))),
        },
    }
}

/// Keys are already uniform hashes: no need to hash them again.
#[derive(Default)]
pub(crate) struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type KeySet = HashSet<u64, BuildHasherDefault<KeyHasher>>;

/// The day's salt.
struct Salt {
    day: i64,
    k0: u64,
    k1: u64,
    /// Taken from the store, so every serve node has it (false: this process's own).
    shared: bool,
}

/// 16 random bytes for a new salt.
fn fresh_salt(day: i64) -> [u8; 16] {
    let mut bytes = [0u8; 16];
    if getrandom::fill(&mut bytes).is_err() {
        // The OS has no randomness to give (practically never): fall back to the standard
        // library's per-process random keys, still unknown outside this process.
        let state = std::collections::hash_map::RandomState::new();
        bytes[..8].copy_from_slice(&state.hash_one(day).to_le_bytes());
        bytes[8..].copy_from_slice(&state.hash_one(!day).to_le_bytes());
    }
    bytes
}

impl Salt {
    fn from_bytes(day: i64, bytes: [u8; 16], shared: bool) -> Salt {
        let (a, b) = bytes.split_at(8);
        let k0 = u64::from_le_bytes(a.try_into().unwrap_or_default());
        let k1 = u64::from_le_bytes(b.try_into().unwrap_or_default());
        Salt { day, k0, k1, shared }
    }

    /// The salt of `day`: the store's when it shares visits with other serve nodes (a fresh
    /// one offered, the first node's kept), else this process's own. A store that cannot be
    /// reached gives a salt of our own for now; [`Counters::adopt_shared_salt`] tries again.
    fn for_day(day: i64, store: Option<&dyn Store>) -> Salt {
        let fresh = fresh_salt(day);
        let Some(visits) = store.and_then(|s| s.visits()) else { return Salt::from_bytes(day, fresh, false) };
        match visits.visitor_salt(day, fresh) {
            Ok(shared) => Salt::from_bytes(day, shared, true),
            Err(e) => {
                tracing::warn!(
                    error = %crate::error::ErrorChain(&e),
                    "could not read the day's visitor salt from the store; counting with this node's own until it can"
                );
                Salt::from_bytes(day, fresh, false)
            }
        }
    }

    fn key(&self, purpose: Purpose, ip: IpAddr, user_agent: &str, article: Id) -> u64 {
        let mut h = SipHasher13::new_with_keys(self.k0, self.k1);
        (purpose as u8).hash(&mut h);
        ip.hash(&mut h);
        user_agent.hash(&mut h);
        article.hash(&mut h);
        h.finish()
    }

    /// The key of the client `ip` belongs to, for the per-client budgets.
    fn client(&self, ip: IpAddr) -> u64 {
        self.key(Purpose::Client, client_prefix(ip), "", 0)
    }
}

/// Remembers `key` if new, charging `client`'s budget. True when it is new and was remembered.
fn remember(seen: &Seen, budget: &PerClient, key: u64, client: u64) -> bool {
    if seen.contains(key) || !budget.take(client) {
        return false;
    }
    if seen.insert(key) {
        return true;
    }
    // Counted meanwhile by a concurrent request, or the day's set is full.
    budget.give_back(client);
    false
}

/// Sharded sets of the day's visitor keys, bounded.
struct Seen {
    shards: Vec<Mutex<KeySet>>,
    per_shard: usize,
}

impl Seen {
    fn new(max: usize) -> Seen {
        Seen { shards: (0..SHARDS).map(|_| Mutex::new(KeySet::default())).collect(), per_shard: max.div_ceil(SHARDS) }
    }

    /// True when `key` was not seen today and there was room to remember it.
    fn insert(&self, key: u64) -> bool {
        let Some(shard) = self.shards.get((key >> 60) as usize % SHARDS) else { return false };
        let mut set = shard.lock();
        if set.contains(&key) || set.len() >= self.per_shard {
            return false;
        }
        set.insert(key)
    }

    fn contains(&self, key: u64) -> bool {
        self.shards.get((key >> 60) as usize % SHARDS).is_some_and(|shard| shard.lock().contains(&key))
    }

    fn clear(&self) {
        for shard in &self.shards {
            let mut set = shard.lock();
            set.clear();
            set.shrink_to_fit();
        }
    }

    fn len(&self) -> usize {
        self.shards.iter().map(|s| s.lock().len()).sum()
    }
}

/// Keys each client added today, capped.
struct PerClient {
    tally: Mutex<HashMap<u64, u32, BuildHasherDefault<KeyHasher>>>,
    cap: u32,
}

impl PerClient {
    fn new(cap: usize) -> PerClient {
        PerClient { tally: Mutex::new(HashMap::default()), cap: u32::try_from(cap.max(1)).unwrap_or(u32::MAX) }
    }

    /// Takes one key of `client`'s budget; false when it is spent.
    fn take(&self, client: u64) -> bool {
        let mut tally = self.tally.lock();
        let n = tally.entry(client).or_insert(0);
        if *n >= self.cap {
            return false;
        }
        *n += 1;
        true
    }

    /// Gives back a key taken for nothing.
    fn give_back(&self, client: u64) {
        let mut tally = self.tally.lock();
        if let Some(n) = tally.get_mut(&client) {
            *n = n.saturating_sub(1);
            if *n == 0 {
                tally.remove(&client);
            }
        }
    }

    fn clear(&self) {
        let mut tally = self.tally.lock();
        tally.clear();
        tally.shrink_to_fit();
    }
}

/// Deltas not yet in the store.
#[derive(Default)]
struct Deltas {
    /// Counted since the last flush started, by (article, day) (one serve node on its store).
    pending: HashMap<(Id, i64), Counts>,
    /// Counted since the last flush started, key by key (serve nodes sharing a store).
    pending_visits: Vec<Visit>,
    /// Taken by the flush in progress.
    inflight: Vec<CountDelta>,
    /// Taken by the flush in progress.
    inflight_visits: Vec<Visit>,
    /// Per article: pending + in flight, what the display adds to the store's totals.
    unflushed: HashMap<Id, Counts>,
}

/// What one flush writes: deltas for a store of its own, or visits for a store shared with
/// other serve nodes ([`Store::visits`]), never both.
#[derive(Debug, Default)]
pub(crate) struct Batch {
    pub deltas: Vec<CountDelta>,
    pub visits: Vec<Visit>,
}

impl Batch {
    pub(crate) fn is_empty(&self) -> bool {
        self.deltas.is_empty() && self.visits.is_empty()
    }
}

/// The counters: the day's salt, the remembered keys and the unflushed deltas.
pub(crate) struct Counters {
    salt: RwLock<Salt>,
    /// The store, when it shares salts and keys with other serve nodes ([`Store::visits`]).
    shared: Option<Arc<dyn Store>>,
    views: Seen,
    likes: Seen,
    views_per_client: PerClient,
    likes_per_client: PerClient,
    deltas: Mutex<Deltas>,
}

impl Counters {
    /// Counters remembering at most `max_keys` keys a day per set, `per_client` of them per client,
    /// with a salt of their own.
    #[cfg(test)]
    pub(crate) fn new(max_keys: usize, per_client: usize) -> Counters {
        Counters::for_store(max_keys, per_client, None)
    }

    /// Counters as [`Counters::new`]; when `store` shares visits with other serve nodes
    /// ([`Store::visits`]), the salt is the store's and visits are flushed key by key, so a
    /// visitor counts once whichever node answers. Reads the salt from the store (blocking).
    pub(crate) fn for_store(max_keys: usize, per_client: usize, store: Option<Arc<dyn Store>>) -> Counters {
        let shared = store.filter(|s| s.visits().is_some());
        Counters {
            salt: RwLock::new(Salt::for_day(time::today(), shared.as_deref())),
            shared,
            views: Seen::new(max_keys),
            likes: Seen::new(max_keys),
            views_per_client: PerClient::new(per_client),
            likes_per_client: PerClient::new(per_client),
            deltas: Mutex::new(Deltas::default()),
        }
    }

    /// Whether visits go to a store shared with other serve nodes.
    pub(crate) fn is_shared(&self) -> bool {
        self.shared.is_some()
    }

    /// Runs `f` with today's salt, starting a new day (new salt, keys forgotten) first if needed.
    /// With a shared store the new day's salt is read from it, once a day (blocking).
    fn with_salt<T>(&self, f: impl FnOnce(&Salt) -> T) -> T {
        let today = time::today();
        {
            let salt = self.salt.read();
            if salt.day == today {
                return f(&salt);
            }
        }
        let mut salt = self.salt.write();
        if salt.day != today {
            *salt = Salt::for_day(today, self.shared.as_deref());
            self.forget_keys();
        }
        f(&salt)
    }

    fn forget_keys(&self) {
        self.views.clear();
        self.likes.clear();
        self.views_per_client.clear();
        self.likes_per_client.clear();
    }

    /// With a shared store, a salt of this node's own (the store could not be read when the day
    /// began) is replaced by the store's as soon as it can be read (blocking). The keys counted
    /// under our own salt are forgotten: a visitor seen meanwhile may count once more.
    pub(crate) fn adopt_shared_salt(&self) {
        let Some(store) = self.shared.as_deref() else { return };
        let day = {
            let salt = self.salt.read();
            if salt.shared {
                return;
            }
            salt.day
        };
        let Some(visits) = store.visits() else { return };
        if let Ok(bytes) = visits.visitor_salt(day, fresh_salt(day)) {
            let mut salt = self.salt.write();
            if salt.day == day && !salt.shared {
                *salt = Salt::from_bytes(day, bytes, true);
                self.forget_keys();
            }
        }
    }

    /// Counts a view of `article` by this visitor unless already counted today or the client's
    /// daily budget is spent. True when counted.
    pub(crate) fn record_view(&self, ip: IpAddr, user_agent: &str, article: Id) -> bool {
        let (day, key, new) = self.with_salt(|salt| {
            let key = salt.key(Purpose::View, ip, user_agent, article);
            (salt.day, key, remember(&self.views, &self.views_per_client, key, salt.client(ip)))
        });
        if new {
            self.add(article, day, key, false);
        }
        new
    }

    /// Counts a like of `article` by this visitor unless already counted today or the client's
    /// daily budget is spent. True when counted.
    pub(crate) fn record_like(&self, ip: IpAddr, user_agent: &str, article: Id) -> bool {
        let (day, key, new) = self.with_salt(|salt| {
            let key = salt.key(Purpose::Like, ip, user_agent, article);
            (salt.day, key, remember(&self.likes, &self.likes_per_client, key, salt.client(ip)))
        });
        if new {
            self.add(article, day, key, true);
        }
        new
    }

    /// The client's rate-limit key: its IPv4 address or IPv6 /64 ([`client_prefix`]), never the
    /// User-Agent, which is free to forge.
    pub(crate) fn client_key(&self, ip: IpAddr) -> u64 {
        self.with_salt(|salt| salt.key(Purpose::RateLimit, client_prefix(ip), "", 0))
    }

    /// A new view or like of `article` by the visitor `key` of `day`.
    fn add(&self, article: Id, day: i64, key: u64, like: bool) {
        let c = Counts { views: u64::from(!like), likes: u64::from(like) };
        let mut d = self.deltas.lock();
        if self.shared.is_some() {
            let key = i64::from_ne_bytes(key.to_ne_bytes());
            d.pending_visits.push(Visit { day, key, article_id: article, like });
        } else {
            let p = d.pending.entry((article, day)).or_default();
            p.views += c.views;
            p.likes += c.likes;
        }
        let u = d.unflushed.entry(article).or_default();
        u.views += c.views;
        u.likes += c.likes;
    }

    /// Views and likes of `article` not yet in the store.
    #[cfg(test)]
    pub(crate) fn unflushed(&self, article: Id) -> Counts {
        self.deltas.lock().unflushed.get(&article).copied().unwrap_or_default()
    }

    /// Runs `f` with the unflushed counts of `article`, under the lock that
    /// [`Counters::finish_flush`] takes, so `f` sees a store base and deltas that agree.
    pub(crate) fn with_unflushed<T>(&self, article: Id, f: impl FnOnce(Counts) -> T) -> T {
        let d = self.deltas.lock();
        f(d.unflushed.get(&article).copied().unwrap_or_default())
    }

    /// Takes the pending deltas or visits for a flush (with any from a failed flush). Empty:
    /// nothing to do.
    pub(crate) fn start_flush(&self) -> Batch {
        let mut d = self.deltas.lock();
        let pending = std::mem::take(&mut d.pending);
        d.inflight.extend(pending.into_iter().map(|((article_id, day), c)| CountDelta {
            article_id,
            day,
            views: c.views,
            likes: c.likes,
        }));
        let visits = std::mem::take(&mut d.pending_visits);
        d.inflight_visits.extend(visits);
        Batch { deltas: d.inflight.clone(), visits: d.inflight_visits.clone() }
    }

    /// The flush is in the store: `bump` each cached base by what it added and forget it, in one
    /// step under the lock, so displayed counts never dip or double. `counted` says which of the
    /// batch's visits the store counted (another node may have counted the others first).
    pub(crate) fn finish_flush(&self, counted: &[bool], mut bump: impl FnMut(&CountDelta)) {
        let mut d = self.deltas.lock();
        let inflight = std::mem::take(&mut d.inflight);
        let visits = std::mem::take(&mut d.inflight_visits);
        let visits = visits.iter().enumerate().map(|(i, v)| {
            let c = CountDelta {
                article_id: v.article_id,
                day: v.day,
                views: u64::from(!v.like),
                likes: u64::from(v.like),
            };
            (c, counted.get(i).copied().unwrap_or(false))
        });
        for (delta, added) in inflight.into_iter().map(|d| (d, true)).chain(visits) {
            if added {
                bump(&delta);
            }
            if let Some(u) = d.unflushed.get_mut(&delta.article_id) {
                u.views = u.views.saturating_sub(delta.views);
                u.likes = u.likes.saturating_sub(delta.likes);
                if u.views == 0 && u.likes == 0 {
                    d.unflushed.remove(&delta.article_id);
                }
            }
        }
    }

    /// Keys remembered today, views and likes (for tests and metrics).
    pub(crate) fn remembered(&self) -> (usize, usize) {
        (self.views.len(), self.likes.len())
    }
}

/// Known bots, crawlers, link-preview fetchers and HTTP libraries, matched case-insensitively
/// anywhere in the User-Agent. Their page views are not counted.
const BOT_MARKERS: &[&str] = &[
    "bot",
    "crawl",
    "spider",
    "slurp",
    "scrap",
    "fetch",
    "preview",
    "headless",
    "lighthouse",
    "pingdom",
    "uptime",
    "monitor",
    "facebookexternalhit",
    "facebookcatalog",
    "meta-externalagent",
    "embedly",
    "whatsapp",
    "telegram",
    "discord",
    "slack",
    "skype",
    "vkshare",
    "bitly",
    "outbrain",
    "pinterest",
    "yandex",
    "baidu",
    "bingpreview",
    "petal",
    "ahrefs",
    "semrush",
    "mj12",
    "dotbot",
    "archive.org",
    "ia_archiver",
    "feed",
    "rss",
    "curl",
    "wget",
    "httpie",
    "python",
    "java/",
    "okhttp",
    "go-http-client",
    "libwww",
    "lwp-",
    "node-fetch",
    "axios",
    "undici",
    "reqwest",
    "hyper/",
    "aiohttp",
    "httpclient",
    "phantomjs",
    "puppeteer",
    "playwright",
    "selenium",
    "chrome-lighthouse",
    "gptbot",
    "chatgpt",
    "claude",
    "perplexity",
    "bytespider",
    "ccbot",
    "amazonbot",
    "applebot",
    "google-inspectiontool",
    "googleother",
    "wrk",
    "apachebench",
    "siege",
];

/// Matches [`BOT_MARKERS`].
pub(crate) struct BotFilter(Option<aho_corasick::AhoCorasick>);

impl BotFilter {
    pub(crate) fn new() -> BotFilter {
        BotFilter(aho_corasick::AhoCorasick::builder().ascii_case_insensitive(true).build(BOT_MARKERS).ok())
    }

    /// True for bots, crawlers, preview fetchers, HTTP libraries and an empty User-Agent.
    pub(crate) fn is_bot(&self, user_agent: &str) -> bool {
        if user_agent.trim().is_empty() {
            return true;
        }
        match &self.0 {
            Some(matcher) => matcher.is_match(user_agent),
            None => {
                let lower = user_agent.to_ascii_lowercase();
                BOT_MARKERS.iter().any(|m| lower.contains(m))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIREFOX: &str = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn a_visitor_counts_once_per_column_and_day() {
        let c = Counters::new(1000, 1000);
        assert!(c.record_view(ip("192.0.2.1"), FIREFOX, 7));
        assert!(!c.record_view(ip("192.0.2.1"), FIREFOX, 7));
        assert!(c.record_view(ip("192.0.2.1"), FIREFOX, 8));
        assert!(c.record_view(ip("192.0.2.2"), FIREFOX, 7));
        assert!(c.record_view(ip("192.0.2.1"), "Other/1.0", 7));
        // A like is not a view.
        assert!(c.record_like(ip("192.0.2.1"), FIREFOX, 7));
        assert!(!c.record_like(ip("192.0.2.1"), FIREFOX, 7));
        assert_eq!(c.unflushed(7), Counts { views: 3, likes: 1 });
        assert_eq!(c.unflushed(8), Counts { views: 1, likes: 0 });
        assert_eq!(c.remembered(), (4, 1));
    }

    #[test]
    fn a_new_day_forgets_every_key_and_changes_the_salt() {
        let c = Counters::new(1000, 1000);
        let before = c.client_key(ip("192.0.2.1"));
        assert!(c.record_view(ip("192.0.2.1"), FIREFOX, 7));
        c.salt.write().day -= 1; // pretend the salt is yesterday's
        assert!(c.record_view(ip("192.0.2.1"), FIREFOX, 7));
        assert_ne!(c.client_key(ip("192.0.2.1")), before);
        assert_eq!(c.remembered(), (1, 0));
    }

    #[test]
    fn the_key_sets_are_bounded() {
        let c = Counters::new(32, 10_000);
        let counted = (0..1000).filter(|&i| c.record_view(ip("192.0.2.1"), FIREFOX, i)).count();
        assert!(counted <= 32 + SHARDS, "{counted}");
        assert!(c.remembered().0 <= 32 + SHARDS);
    }

    #[test]
    fn one_client_rotating_user_agents_counts_at_most_its_budget_and_others_still_count() {
        let c = Counters::new(100, 10);
        let counted = (0..5000).filter(|i| c.record_view(ip("192.0.2.1"), &format!("UA {i}"), 7)).count();
        assert_eq!(counted, 10);
        // The same /64 is the same client; another /64 and another IPv4 address are not.
        let same64 = (0..50).filter(|i| c.record_view(ip(&format!("2001:db8:1:2::{i:x}")), FIREFOX, 9)).count();
        assert!(same64 <= 10, "{same64}");
        assert!(c.record_view(ip("2001:db8:1:3::1"), FIREFOX, 7));
        assert!(c.record_view(ip("192.0.2.2"), FIREFOX, 7));
        // Likes have their own budget.
        assert!(c.record_like(ip("192.0.2.1"), FIREFOX, 7));
    }

    #[test]
    fn clients_are_ipv4_addresses_or_ipv6_slash_64s() {
        assert_eq!(client_prefix(ip("192.0.2.7")), ip("192.0.2.7"));
        assert_eq!(client_prefix(ip("::ffff:192.0.2.7")), ip("192.0.2.7"));
        assert_eq!(client_prefix(ip("2001:db8:1:2:aaaa:bbbb:cccc:dddd")), ip("2001:db8:1:2::"));
        let c = Counters::new(10, 10);
        assert_eq!(c.client_key(ip("2001:db8:1:2::1")), c.client_key(ip("2001:db8:1:2:ffff::9")));
        assert_ne!(c.client_key(ip("2001:db8:1:2::1")), c.client_key(ip("2001:db8:1:3::1")));
        assert_ne!(c.client_key(ip("192.0.2.1")), c.client_key(ip("192.0.2.2")));
    }

    #[test]
    fn flushing_moves_deltas_out_once_and_a_failed_flush_keeps_them() {
        let c = Counters::new(1000, 1000);
        c.record_view(ip("192.0.2.1"), FIREFOX, 7);
        c.record_like(ip("192.0.2.1"), FIREFOX, 7);
        let batch = c.start_flush().deltas;
        assert_eq!(batch.len(), 1);
        assert_eq!((batch[0].views, batch[0].likes), (1, 1));
        // Counted during the flush: stays pending.
        c.record_view(ip("192.0.2.2"), FIREFOX, 7);
        // The flush failed: the next one takes both.
        let retry = c.start_flush();
        assert!(retry.visits.is_empty(), "a store of its own takes deltas");
        assert_eq!(retry.deltas.iter().map(|d| d.views).sum::<u64>(), 2);
        let mut bumped = Vec::new();
        c.finish_flush(&[], |d| bumped.push(d.article_id));
        assert_eq!(bumped, vec![7, 7]);
        assert_eq!(c.unflushed(7), Counts::default());
        assert!(c.start_flush().is_empty());
    }

    #[test]
    fn bots_and_empty_agents_are_recognised() {
        let bots = BotFilter::new();
        for ua in [
            "",
            "  ",
            "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
            "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0 Safari/537.36",
            "facebookexternalhit/1.1",
            "curl/8.5.0",
            "python-requests/2.31",
            "Slackbot-LinkExpanding 1.0",
            "WhatsApp/2.23",
        ] {
            assert!(bots.is_bot(ua), "{ua}");
        }
        assert!(!bots.is_bot(FIREFOX));
        assert!(!bots.is_bot(concat!(
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 ",
            "(KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1"
        )));
    }
}
