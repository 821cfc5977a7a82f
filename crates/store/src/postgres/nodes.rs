//! [`Coordination`] on PostgreSQL: feed leases, host turns and article claims, each one short
//! transaction timed by the database's clock (`statement_timestamp()`), so nodes whose clocks
//! disagree still agree on who goes next.

use std::time::Duration;

use super::{PgStore, big, feed_from_row, get, pg};
use crate::convert::{opt_from_us, opt_us};
use crate::nodes::{Coordination, HostTurn, RobotsTxt};
use crate::{FeedRow, FeedState, Id, StoreError, Timestamp};

/// The database's time at the start of the statement, in microseconds since the epoch.
const NOW_US: &str = "(extract(epoch FROM statement_timestamp()) * 1000000)::bigint";

/// The columns `feed_from_row` reads.
const FEED_COLUMNS: &str = "id, publication_id, url, kind, etag, last_modified, last_fetch_us, next_fetch_us, \
     interval_secs, failures, last_status, last_error, items_seen, new_items_seen";

/// Shortest pause before asking again for a host someone else holds.
const MIN_HOST_WAIT: Duration = Duration::from_millis(5);

fn micros(d: Duration) -> i64 {
    big(d.as_micros())
}

fn duration_from_us(us: i64) -> Duration {
    Duration::from_micros(u64::try_from(us).unwrap_or(0))
}

impl Coordination for PgStore {
    fn lease_feed(
        &self,
        owner: &str,
        lease: Duration,
        fetched_before: Option<Timestamp>,
    ) -> Result<Option<FeedRow>, StoreError> {
        let op = "leasing a feed";
        let (owner, lease, before) = (owner.to_owned(), micros(lease), opt_us(fetched_before));
        self.write(op, move |tx| {
            let owner = owner.clone();
            Box::pin(async move {
                let stmt = tx
                    .prepare_cached(&format!(
                        "UPDATE feeds SET lease_owner = $1, lease_until_us = {NOW_US} + $2 WHERE id = ( \
                         SELECT id FROM feeds \
                         WHERE (lease_owner IS NULL OR lease_until_us IS NULL OR lease_until_us <= {NOW_US}) \
                         AND (next_fetch_us IS NULL OR next_fetch_us <= {NOW_US} \
                              OR ($3::bigint IS NOT NULL AND (last_fetch_us IS NULL OR last_fetch_us < $3))) \
                         ORDER BY next_fetch_us NULLS FIRST, id LIMIT 1 FOR UPDATE SKIP LOCKED) \
                         RETURNING {FEED_COLUMNS}"
                    ))
                    .await
                    .map_err(pg(op))?;
                tx.query_opt(&stmt, &[&owner, &lease, &before])
                    .await
                    .map_err(pg(op))?
                    .as_ref()
                    .map(feed_from_row)
                    .transpose()
            })
        })
    }

    fn renew(&self, owner: &str, lease: Duration) -> Result<u64, StoreError> {
        let op = "renewing leases";
        let (owner, lease) = (owner.to_owned(), micros(lease));
        self.write(op, move |tx| {
            let owner = owner.clone();
            Box::pin(async move {
                let feeds = tx
                    .execute(
                        &format!("UPDATE feeds SET lease_until_us = {NOW_US} + $2 WHERE lease_owner = $1"),
                        &[&owner, &lease],
                    )
                    .await
                    .map_err(pg(op))?;
                tx.execute(
                    &format!("UPDATE article_claims SET until_us = {NOW_US} + $2 WHERE owner = $1"),
                    &[&owner, &lease],
                )
                .await
                .map_err(pg(op))?;
                // Claims of nodes that died lapse; forget them.
                tx.execute(&format!("DELETE FROM article_claims WHERE until_us <= {NOW_US}"), &[])
                    .await
                    .map_err(pg(op))?;
                Ok(feeds)
            })
        })
    }

    fn finish_feed(&self, owner: &str, id: Id, s: &FeedState) -> Result<bool, StoreError> {
        let op = "saving a leased feed";
        let (owner, s) = (owner.to_owned(), s.clone());
        self.write(op, move |tx| {
            let (owner, s) = (owner.clone(), s.clone());
            Box::pin(async move {
                let stmt = tx
                    .prepare_cached(
                        "UPDATE feeds SET etag = $3, last_modified = $4, last_fetch_us = $5, next_fetch_us = $6, \
                         interval_secs = $7, failures = $8, last_status = $9, last_error = $10, items_seen = $11, \
                         new_items_seen = $12, lease_owner = NULL, lease_until_us = NULL \
                         WHERE id = $1 AND lease_owner = $2",
                    )
                    .await
                    .map_err(pg(op))?;
                let n = tx
                    .execute(
                        &stmt,
                        &[
                            &id,
                            &owner,
                            &s.etag,
                            &s.last_modified,
                            &opt_us(s.last_fetch_at),
                            &opt_us(s.next_fetch_at),
                            &s.interval_secs,
                            &i64::from(s.failures),
                            &s.last_status.map(i32::from),
                            &s.last_error,
                            &big(s.items_seen),
                            &big(s.new_items_seen),
                        ],
                    )
                    .await
                    .map_err(pg(op))?;
                Ok(n == 1)
            })
        })
    }

    fn release_all(&self, owner: &str) -> Result<(), StoreError> {
        let op = "releasing a node's leases";
        let owner = owner.to_owned();
        self.write(op, move |tx| {
            let owner = owner.clone();
            Box::pin(async move {
                tx.execute(
                    "UPDATE feeds SET lease_owner = NULL, lease_until_us = NULL WHERE lease_owner = $1",
                    &[&owner],
                )
                .await
                .map_err(pg(op))?;
                tx.execute("DELETE FROM article_claims WHERE owner = $1", &[&owner]).await.map_err(pg(op))?;
                tx.execute(
                    "UPDATE hosts SET in_flight_owner = NULL, in_flight_turn = NULL, in_flight_until_us = NULL \
                     WHERE in_flight_owner = $1",
                    &[&owner],
                )
                .await
                .map_err(pg(op))?;
                Ok(())
            })
        })
    }

    fn next_free(&self) -> Result<Option<Timestamp>, StoreError> {
        let op = "finding the next free feed";
        self.read(op, move |tx| {
            Box::pin(async move {
                let row = tx
                    .query_one(
                        "SELECT min(greatest(coalesce(next_fetch_us, 0), \
                         CASE WHEN lease_owner IS NULL THEN 0 ELSE coalesce(lease_until_us, 0) END)) FROM feeds",
                        &[],
                    )
                    .await
                    .map_err(pg(op))?;
                opt_from_us(get(&row, 0, op)?, None)
            })
        })
    }

    fn take_host(
        &self,
        host: &str,
        owner: &str,
        turn: i64,
        delay: Duration,
        hold: Duration,
    ) -> Result<HostTurn, StoreError> {
        let op = "taking a host's turn";
        let (host, owner, delay_us, hold_us) = (host.to_owned(), owner.to_owned(), micros(delay), micros(hold));
        self.write(op, move |tx| {
            let (host, owner) = (host.clone(), owner.clone());
            Box::pin(async move {
                // Free when its gap has passed and no request holds it: none, a finished one of
                // this node's (released a moment later), or one whose holder ran out of time.
                let take = tx
                    .prepare_cached(&format!(
                        "INSERT INTO hosts AS h (host, next_allowed_us, in_flight_owner, in_flight_turn, \
                         in_flight_until_us) VALUES ($1, {NOW_US} + $4, $2, $3, {NOW_US} + $5) \
                         ON CONFLICT (host) DO UPDATE SET next_allowed_us = excluded.next_allowed_us, \
                         in_flight_owner = excluded.in_flight_owner, in_flight_turn = excluded.in_flight_turn, \
                         in_flight_until_us = excluded.in_flight_until_us \
                         WHERE h.next_allowed_us <= {NOW_US} AND (h.in_flight_owner IS NULL \
                         OR h.in_flight_owner = $2 OR h.in_flight_until_us <= {NOW_US}) \
                         RETURNING 1"
                    ))
                    .await
                    .map_err(pg(op))?;
                if tx.query_opt(&take, &[&host, &owner, &turn, &delay_us, &hold_us]).await.map_err(pg(op))?.is_some() {
                    return Ok(HostTurn::Taken);
                }
                let row = tx
                    .query_one(
                        &format!(
                            "SELECT next_allowed_us - {NOW_US}, \
                             CASE WHEN in_flight_owner IS NOT NULL THEN in_flight_until_us - {NOW_US} END \
                             FROM hosts WHERE host = $1"
                        ),
                        &[&host],
                    )
                    .await
                    .map_err(pg(op))?;
                let gap = duration_from_us(get(&row, 0, op)?);
                let wait = match get::<Option<i64>>(&row, 1, op)? {
                    // Held: the gap after it is at least `delay` from its answer, still to come.
                    Some(left) => delay.max(gap).min(duration_from_us(left)),
                    None => gap,
                };
                Ok(HostTurn::Wait(wait.max(MIN_HOST_WAIT)))
            })
        })
    }

    fn release_host(
        &self,
        host: &str,
        owner: &str,
        turn: i64,
        since_answer: Duration,
        delay: Duration,
    ) -> Result<(), StoreError> {
        let op = "releasing a host's turn";
        let (host, owner) = (host.to_owned(), owner.to_owned());
        let (since_us, delay_us) = (micros(since_answer), micros(delay));
        self.write(op, move |tx| {
            let (host, owner) = (host.clone(), owner.clone());
            Box::pin(async move {
                let stmt = tx
                    .prepare_cached(&format!(
                        "UPDATE hosts SET in_flight_owner = NULL, in_flight_turn = NULL, in_flight_until_us = NULL, \
                         next_allowed_us = greatest(next_allowed_us, {NOW_US} - $4 + $5) \
                         WHERE host = $1 AND in_flight_owner = $2 AND in_flight_turn = $3"
                    ))
                    .await
                    .map_err(pg(op))?;
                tx.execute(&stmt, &[&host, &owner, &turn, &since_us, &delay_us]).await.map_err(pg(op))?;
                Ok(())
            })
        })
    }

    fn claim_article(&self, owner: &str, url_key: &str, lease: Duration) -> Result<bool, StoreError> {
        let op = "claiming an article";
        let (owner, key, lease) = (owner.to_owned(), url_key.to_owned(), micros(lease));
        self.write(op, move |tx| {
            let (owner, key) = (owner.clone(), key.clone());
            Box::pin(async move {
                let stmt = tx
                    .prepare_cached(&format!(
                        "INSERT INTO article_claims AS c (url_key, owner, until_us) VALUES ($1, $2, {NOW_US} + $3) \
                         ON CONFLICT (url_key) DO UPDATE SET owner = excluded.owner, until_us = excluded.until_us \
                         WHERE c.owner = excluded.owner OR c.until_us <= {NOW_US} RETURNING 1"
                    ))
                    .await
                    .map_err(pg(op))?;
                Ok(tx.query_opt(&stmt, &[&key, &owner, &lease]).await.map_err(pg(op))?.is_some())
            })
        })
    }

    fn release_claims(&self, owner: &str, url_keys: &[String]) -> Result<(), StoreError> {
        if url_keys.is_empty() {
            return Ok(());
        }
        let op = "releasing article claims";
        let (owner, keys) = (owner.to_owned(), url_keys.to_vec());
        self.write(op, move |tx| {
            let (owner, keys) = (owner.clone(), keys.clone());
            Box::pin(async move {
                tx.execute("DELETE FROM article_claims WHERE owner = $1 AND url_key = ANY($2)", &[&owner, &keys])
                    .await
                    .map_err(pg(op))?;
                Ok(())
            })
        })
    }

    fn robots(&self, origin: &str) -> Result<Option<(RobotsTxt, Duration)>, StoreError> {
        let op = "reading a shared robots.txt";
        let origin = origin.to_owned();
        self.read(op, move |tx| {
            Box::pin(async move {
                let stmt = tx
                    .prepare_cached(&format!(
                        "SELECT verdict, body, expires_us - {NOW_US} FROM robots \
                         WHERE origin = $1 AND expires_us > {NOW_US}"
                    ))
                    .await
                    .map_err(pg(op))?;
                let Some(row) = tx.query_opt(&stmt, &[&origin]).await.map_err(pg(op))? else { return Ok(None) };
                let robots = match (get::<&str>(&row, 0, op)?, get::<Option<Vec<u8>>>(&row, 1, op)?) {
                    ("allow", _) => RobotsTxt::Allow,
                    ("disallow", _) => RobotsTxt::Disallow,
                    ("file", Some(body)) => RobotsTxt::File(body),
                    (verdict, _) => {
                        return Err(StoreError::Corrupt(format!("robots.txt of {origin}: verdict {verdict:?}")));
                    }
                };
                Ok(Some((robots, duration_from_us(get(&row, 2, op)?))))
            })
        })
    }

    fn save_robots(&self, origin: &str, robots: &RobotsTxt, fresh_for: Duration) -> Result<(), StoreError> {
        let op = "sharing a robots.txt";
        let (verdict, body) = match robots {
            RobotsTxt::Allow => ("allow", None),
            RobotsTxt::Disallow => ("disallow", None),
            RobotsTxt::File(body) => ("file", Some(body.clone())),
        };
        let (origin, fresh_for) = (origin.to_owned(), micros(fresh_for));
        self.write(op, move |tx| {
            let (origin, body) = (origin.clone(), body.clone());
            Box::pin(async move {
                let stmt = tx
                    .prepare_cached(&format!(
                        "INSERT INTO robots (origin, verdict, body, fetched_us, expires_us) \
                         VALUES ($1, $2, $3, {NOW_US}, {NOW_US} + $4) \
                         ON CONFLICT (origin) DO UPDATE SET verdict = excluded.verdict, body = excluded.body, \
                         fetched_us = excluded.fetched_us, expires_us = excluded.expires_us"
                    ))
                    .await
                    .map_err(pg(op))?;
                tx.execute(&stmt, &[&origin, &verdict, &body, &fresh_for]).await.map_err(pg(op))?;
                Ok(())
            })
        })
    }
}
