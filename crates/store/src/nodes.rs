//! Several crawl nodes on one store: what they share through the database.
//!
//! A store that several processes may crawl into at once (PostgreSQL) offers a [`Coordination`]
//! through [`Store::coordination`](crate::Store::coordination); the SQLite store does not, and its
//! one crawl process keeps today's in-process schedule. Every time here is the **database's**
//! clock, so nodes on machines whose clocks disagree still space their requests correctly.
//!
//! - **Feed leases.** A node takes due feeds one at a time with [`Coordination::lease_feed`]
//!   (`FOR UPDATE SKIP LOCKED`, so two nodes never wait for or take the same feed), renews its
//!   leases while it works ([`Coordination::renew`]) and gives each feed back with its new state
//!   ([`Coordination::finish_feed`]). A killed node stops renewing: its feeds return to the pool
//!   when their lease expires.
//! - **Host turns.** One request in flight per host across all nodes, and a gap between them:
//!   [`Coordination::take_host`] moves a host's row forward in one statement when its time has
//!   come, [`Coordination::release_host`] frees it once the response is read.
//! - **Article claims.** [`Coordination::claim_article`] before fetching an article, so two nodes
//!   whose sources list the same article do not both fetch it; claims are renewed with the leases
//!   and dropped with [`Coordination::release_claims`].
//! - **robots.txt.** The outcome of fetching an origin's robots.txt is kept with an expiry
//!   ([`Coordination::save_robots`]), so the other nodes read it ([`Coordination::robots`]) instead
//!   of fetching it again.

use std::time::Duration;

use crate::{FeedRow, FeedState, Id, StoreError, Timestamp};

/// What [`Coordination::take_host`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HostTurn {
    /// The turn is this node's: send the request, then [`Coordination::release_host`].
    Taken,
    /// Another request holds the host or its gap has not passed: ask again after this long.
    Wait(Duration),
}

/// An origin's robots.txt as crawl nodes share it: what fetching it gave (RFC 9309).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RobotsTxt {
    /// No usable robots.txt: everything allowed.
    Allow,
    /// Unreachable or a server error: nothing allowed for now.
    Disallow,
    /// The file as fetched.
    File(Vec<u8>),
}

/// Coordination of several crawl nodes on one store. Implementations are shared between threads;
/// each method is one short transaction.
pub trait Coordination: Send + Sync {
    /// Leases one feed to `owner` for `lease`: a feed that is due (`next_fetch_at` passed or
    /// unset) or, with `fetched_before`, any feed not fetched since then, and that no live lease
    /// holds. Feeds locked by another node's lease query are skipped, not waited for. `None` when
    /// no feed is free.
    fn lease_feed(
        &self,
        owner: &str,
        lease: Duration,
        fetched_before: Option<Timestamp>,
    ) -> Result<Option<FeedRow>, StoreError>;

    /// Extends every lease and article claim `owner` holds to `lease` from now. Returns how many
    /// feed leases it holds.
    fn renew(&self, owner: &str, lease: Duration) -> Result<u64, StoreError>;

    /// Saves a leased feed's new state and ends the lease, in one transaction. False (and
    /// nothing written) when `owner` no longer holds the lease: it expired and another node may
    /// have taken the feed.
    fn finish_feed(&self, owner: &str, id: Id, state: &FeedState) -> Result<bool, StoreError>;

    /// Ends every lease and claim `owner` holds (a node stopping cleanly).
    fn release_all(&self, owner: &str) -> Result<(), StoreError>;

    /// When the next feed becomes free to lease: the latest of its `next_fetch_at` and its
    /// lease's end, over all feeds. `None` without feeds.
    fn next_free(&self) -> Result<Option<Timestamp>, StoreError>;

    /// Takes `host`'s turn for `owner`'s request number `turn` when no other request holds it
    /// (or its holder's `hold` ran out) and its gap has passed; the next request may start
    /// `delay` after this one at the earliest, and after [`Coordination::release_host`] moves the
    /// gap on.
    fn take_host(
        &self,
        host: &str,
        owner: &str,
        turn: i64,
        delay: Duration,
        hold: Duration,
    ) -> Result<HostTurn, StoreError>;

    /// Frees `host` after `owner`'s request `turn`: the next request starts no sooner than
    /// `delay` after the response came, which was `since_answer` ago. A turn already taken over
    /// is left alone.
    fn release_host(
        &self,
        host: &str,
        owner: &str,
        turn: i64,
        since_answer: Duration,
        delay: Duration,
    ) -> Result<(), StoreError>;

    /// Claims the article under `url_key` for `owner` for `lease`: true when no other node holds
    /// a live claim on it (or `owner` already does).
    fn claim_article(&self, owner: &str, url_key: &str, lease: Duration) -> Result<bool, StoreError>;

    /// Drops `owner`'s claims on these keys.
    fn release_claims(&self, owner: &str, url_keys: &[String]) -> Result<(), StoreError>;

    /// The robots.txt stored for `origin` (`scheme://host[:port]`) and how long it stays fresh,
    /// when it has not expired.
    fn robots(&self, origin: &str) -> Result<Option<(RobotsTxt, Duration)>, StoreError>;

    /// Stores what fetching `origin`'s robots.txt gave, fresh for `fresh_for` from now (replacing
    /// what was stored).
    fn save_robots(&self, origin: &str, robots: &RobotsTxt, fresh_for: Duration) -> Result<(), StoreError>;
}
