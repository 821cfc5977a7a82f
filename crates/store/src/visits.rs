//! Several serve nodes on one store: counting a visitor once, whichever node answers.
//!
//! A store that several serve processes may use at once (PostgreSQL) offers [`SharedVisits`]
//! through [`Store::visits`](crate::Store::visits); the SQLite store does not, and its one serve
//! process keeps the day's salt in memory only and adds its counts with
//! [`Store::add_counts`](crate::Store::add_counts).
//!
//! - **One salt a day.** [`SharedVisits::visitor_salt`] gives every node the same salt for a day
//!   (the first node's offer wins: `INSERT … ON CONFLICT DO NOTHING`, then read), so one visitor
//!   has one key on every node. The salts of earlier days are deleted with it.
//! - **Each key counted once.** A node flushes the keys it counted as [`Visit`]s; the store
//!   remembers each day's keys and adds to the counters only those no node flushed before, in one
//!   transaction, so two nodes flushing at once neither lose nor double a count, and a flush that
//!   is sent again adds nothing.
//! - **Totals that follow the others.** [`SharedVisits::counts_changed`] gives the totals of the
//!   articles whose counters changed since a cursor, so each node can show what the others
//!   counted without reading the store on every page.

use crate::{Counts, Id, StoreError};

/// One visitor's view or like of one article on one day, as a serve node counted it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Visit {
    /// Days since 1970-01-01 (UTC): the day whose salt made the key.
    pub day: i64,
    /// The visitor key: a keyed hash of the visitor, the article and what they did under the
    /// day's salt (the same on every node).
    pub key: i64,
    /// The article.
    pub article_id: Id,
    /// A like (else a view).
    pub like: bool,
}

/// The totals of the articles whose counters changed, and where to read on from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CountChanges {
    /// Pass this to the next [`SharedVisits::counts_changed`].
    pub cursor: i64,
    /// Each changed article's totals over all days.
    pub totals: Vec<(Id, Counts)>,
}

/// Counting shared by several serve nodes on one store. Each method is one short transaction.
pub trait SharedVisits: Send + Sync {
    /// The salt of `day`: the one stored for it, or `fresh` stored now when no node stored one
    /// yet. Salts of earlier days are deleted, and visitor keys older than the day before.
    fn visitor_salt(&self, day: i64, fresh: [u8; 16]) -> Result<[u8; 16], StoreError>;

    /// Records these visits in one transaction and adds a view or like for each key that no node
    /// recorded before (visits of articles that no longer exist are dropped). Returns, in the
    /// order given, whether each visit was counted.
    fn add_visits(&self, visits: &[Visit]) -> Result<Vec<bool>, StoreError>;

    /// The totals of every article whose counters changed after `since` (a cursor an earlier
    /// call returned; changes committed a little late are given again, never missed). `None`:
    /// only the cursor to start from.
    fn counts_changed(&self, since: Option<i64>) -> Result<CountChanges, StoreError>;
}
