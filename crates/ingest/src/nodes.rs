//! How a crawl shares its work with other crawl processes on the same store.
//!
//! [`Nodes::Local`] is one crawl process on its store (SQLite, or PostgreSQL used by one process
//! at a time is the same): the due feeds are read from the store, the per-host schedule lives in
//! the fetcher's memory, and an article is tried once per cycle by an in-memory set.
//! [`Nodes::Shared`] is one of several processes on a PostgreSQL store, coordinated through the
//! store's [`Coordination`]: feeds are leased one at a time as the cycle has room for them, hosts'
//! turns are taken from the database ([`StoreGate`]), robots.txt is kept there for all of them
//! ([`StoreRobots`]) and article URLs are claimed before they are fetched. The cycle itself (`run_source`, `handle_candidate`) is the same for both.

use std::sync::Arc;
use std::time::Duration;

use colonnade_fetch::{GateAnswer, GateError, GateFuture, HostGate, RobotsFile, SharedRobots};
use colonnade_store::{Coordination, FeedRow, FeedState, HostTurn, Id, RobotsTxt, Store, StoreError, Timestamp};

use crate::IngestError;

/// How this process's crawl shares its store with others.
#[derive(Debug, Clone)]
pub enum Nodes {
    /// The only crawl process on its store: today's in-process schedule.
    Local,
    /// One of several crawl processes on a store with [`Coordination`].
    Shared(Node),
}

/// This process, as the other crawl nodes see it.
#[derive(Debug, Clone)]
pub struct Node {
    /// The name its leases, claims and host turns are held under: unique per process
    /// (`node-<pid>-<random>`).
    pub owner: String,
    /// How long a lease or claim lasts unrenewed.
    pub lease: Duration,
}

impl Node {
    /// A new node name: the process id and 32 random bits, so two processes (on one machine or
    /// two) never share one.
    pub fn new(lease: Duration) -> Node {
        use std::hash::BuildHasher;
        let random = std::collections::hash_map::RandomState::new().hash_one(std::time::SystemTime::now());
        Node { owner: format!("node-{}-{:08x}", std::process::id(), random as u32), lease }
    }
}

/// The store's coordination, or an error for a store without it (a bug in the wiring: `Shared`
/// is only chosen for a store that has it).
pub(crate) fn coordination(store: &dyn Store) -> Result<&dyn Coordination, IngestError> {
    store
        .coordination()
        .ok_or_else(|| IngestError::Store(StoreError::InvalidInput("this store has no crawl-node coordination".into())))
}

/// Runs `f` on the store's coordination on a blocking thread.
pub(crate) async fn coordinate<T: Send + 'static>(
    store: &Arc<dyn Store>,
    f: impl FnOnce(&dyn Coordination) -> Result<T, StoreError> + Send + 'static,
) -> Result<T, IngestError> {
    let store = Arc::clone(store);
    tokio::task::spawn_blocking(move || f(coordination(store.as_ref())?).map_err(IngestError::from))
        .await
        .map_err(|e| IngestError::Join(e.to_string()))?
}

/// Leases the next free feed for `node` (see [`Coordination::lease_feed`]).
pub(crate) async fn lease_feed(
    store: &Arc<dyn Store>,
    node: &Node,
    fetched_before: Option<Timestamp>,
) -> Result<Option<FeedRow>, IngestError> {
    let (owner, lease) = (node.owner.clone(), node.lease);
    coordinate(store, move |c| c.lease_feed(&owner, lease, fetched_before)).await
}

/// Saves a leased feed's state and ends the lease; a lease lost meanwhile is logged.
pub(crate) async fn finish_feed(
    store: &Arc<dyn Store>,
    node: &Node,
    id: Id,
    state: FeedState,
) -> Result<(), IngestError> {
    let owner = node.owner.clone();
    if !coordinate(store, move |c| c.finish_feed(&owner, id, &state)).await? {
        tracing::warn!(feed = id, "the feed's lease ran out before its run ended; another node may have taken it");
    }
    Ok(())
}

/// Renews `node`'s leases and claims every third of a lease until dropped.
pub(crate) fn keep_leases(store: &Arc<dyn Store>, node: &Node) -> tokio::task::JoinHandle<()> {
    let (store, node) = (Arc::clone(store), node.clone());
    tokio::spawn(async move {
        let every = (node.lease / 3).max(Duration::from_millis(100));
        loop {
            tokio::time::sleep(every).await;
            let (owner, lease) = (node.owner.clone(), node.lease);
            if let Err(e) = coordinate(&store, move |c| c.renew(&owner, lease)).await {
                tracing::warn!("could not renew this node's feed leases: {e}");
            }
        }
    })
}

/// The [`HostGate`] of a store with [`Coordination`]: hosts' turns taken from the database.
#[derive(Clone)]
pub struct StoreGate {
    store: Arc<dyn Store>,
    owner: String,
}

impl StoreGate {
    /// The gate of `node` on `store`.
    pub fn new(store: Arc<dyn Store>, node: &Node) -> StoreGate {
        StoreGate { store, owner: node.owner.clone() }
    }
}

impl std::fmt::Debug for StoreGate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoreGate").field("owner", &self.owner).finish_non_exhaustive()
    }
}

fn turn_id(turn: u64) -> i64 {
    i64::try_from(turn).unwrap_or(i64::MAX)
}

impl HostGate for StoreGate {
    fn take(&self, host: &str, turn: u64, delay: Duration, hold: Duration) -> GateFuture<GateAnswer> {
        let (store, owner, host) = (Arc::clone(&self.store), self.owner.clone(), host.to_owned());
        Box::pin(async move {
            let taken = coordinate(&store, move |c| c.take_host(&host, &owner, turn_id(turn), delay, hold))
                .await
                .map_err(|e| -> GateError { Box::new(e) })?;
            Ok(match taken {
                HostTurn::Taken => GateAnswer::Taken,
                HostTurn::Wait(d) => GateAnswer::Wait(d),
            })
        })
    }

    fn release(&self, host: &str, turn: u64, since_answer: Duration, delay: Duration) -> GateFuture<()> {
        let (store, owner, host) = (Arc::clone(&self.store), self.owner.clone(), host.to_owned());
        Box::pin(async move {
            coordinate(&store, move |c| c.release_host(&host, &owner, turn_id(turn), since_answer, delay))
                .await
                .map_err(|e| -> GateError { Box::new(e) })
        })
    }
}

/// The [`SharedRobots`] of a store with [`Coordination`]: robots.txt kept in the database with its
/// expiry, for every crawl node.
#[derive(Clone)]
pub struct StoreRobots {
    store: Arc<dyn Store>,
}

impl StoreRobots {
    /// The shared robots.txt of `store`.
    pub fn new(store: Arc<dyn Store>) -> StoreRobots {
        StoreRobots { store }
    }
}

impl std::fmt::Debug for StoreRobots {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoreRobots").finish_non_exhaustive()
    }
}

impl SharedRobots for StoreRobots {
    fn get(&self, origin: &str) -> GateFuture<Option<(RobotsFile, Duration)>> {
        let (store, origin) = (Arc::clone(&self.store), origin.to_owned());
        Box::pin(async move {
            let found =
                coordinate(&store, move |c| c.robots(&origin)).await.map_err(|e| -> GateError { Box::new(e) })?;
            Ok(found.map(|(robots, left)| {
                let file = match robots {
                    RobotsTxt::Allow => RobotsFile::Allow,
                    RobotsTxt::Disallow => RobotsFile::Disallow,
                    RobotsTxt::File(body) => RobotsFile::Body(body),
                };
                (file, left)
            }))
        })
    }

    fn put(&self, origin: &str, file: RobotsFile, fresh_for: Duration) -> GateFuture<()> {
        let (store, origin) = (Arc::clone(&self.store), origin.to_owned());
        let robots = match file {
            RobotsFile::Allow => RobotsTxt::Allow,
            RobotsFile::Disallow => RobotsTxt::Disallow,
            RobotsFile::Body(body) => RobotsTxt::File(body),
        };
        Box::pin(async move {
            coordinate(&store, move |c| c.save_robots(&origin, &robots, fresh_for))
                .await
                .map_err(|e| -> GateError { Box::new(e) })
        })
    }
}
