//! [`SharedVisits`] on PostgreSQL: the day's salt in `visitor_salts`, each day's counted visitor
//! keys in `visitor_keys` and, on every counter, when it last changed (migration 0005).

use std::collections::HashSet;
use std::sync::Arc;

use super::{PgStore, get, pg, unsigned};
use crate::visits::{CountChanges, SharedVisits, Visit};
use crate::{Counts, StoreError};

/// The database's time at the start of the statement, in microseconds since the epoch.
const NOW_US: &str = "(extract(epoch FROM statement_timestamp()) * 1000000)::bigint";

/// How far before its cursor [`SharedVisits::counts_changed`] reads again: a flush stamps its
/// counters with its statement's time but is seen only once it commits, a few milliseconds later.
/// Reading this much again catches any flush that took less to commit; the totals read twice are
/// the same.
const COMMIT_SLACK_US: i64 = 10_000_000;

impl SharedVisits for PgStore {
    fn visitor_salt(&self, day: i64, fresh: [u8; 16]) -> Result<[u8; 16], StoreError> {
        let op = "sharing the visitor salt";
        self.write(op, move |tx| {
            Box::pin(async move {
                let fresh = fresh.to_vec();
                tx.execute(
                    "INSERT INTO visitor_salts (day, salt) VALUES ($1, $2) ON CONFLICT (day) DO NOTHING",
                    &[&day, &fresh],
                )
                .await
                .map_err(pg(op))?;
                let row =
                    tx.query_one("SELECT salt FROM visitor_salts WHERE day = $1", &[&day]).await.map_err(pg(op))?;
                let salt: Vec<u8> = get(&row, 0, op)?;
                // Yesterday's salt goes: its keys can no longer be tied to an address. Its keys stay
                // a day for flushes that straddle midnight.
                tx.execute("DELETE FROM visitor_salts WHERE day < $1", &[&day]).await.map_err(pg(op))?;
                tx.execute("DELETE FROM visitor_keys WHERE day < $1::bigint - 1", &[&day]).await.map_err(pg(op))?;
                <[u8; 16]>::try_from(salt.as_slice())
                    .map_err(|_| StoreError::Corrupt(format!("the visitor salt of day {day} is {} bytes", salt.len())))
            })
        })
    }

    fn add_visits(&self, visits: &[Visit]) -> Result<Vec<bool>, StoreError> {
        if visits.is_empty() {
            return Ok(Vec::new());
        }
        let op = "adding visits";
        let visits = Arc::new(visits.to_vec());
        let new = {
            let visits = Arc::clone(&visits);
            self.write(op, move |tx| {
                let visits = Arc::clone(&visits);
                Box::pin(async move {
                    let days: Vec<i64> = visits.iter().map(|v| v.day).collect();
                    let keys: Vec<i64> = visits.iter().map(|v| v.key).collect();
                    let ids: Vec<i64> = visits.iter().map(|v| v.article_id).collect();
                    let likes: Vec<bool> = visits.iter().map(|v| v.like).collect();
                    // One statement: the keys new to the store (in key order, so two nodes inserting
                    // the same keys wait for each other in one order), then their views and likes
                    // as increments in (article, day) order.
                    let stmt = tx
                        .prepare_cached(&format!(
                            "WITH v AS (SELECT DISTINCT ON (day, key) day, key, article_id, is_like \
                               FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::bool[]) \
                                 AS v(day, key, article_id, is_like) \
                               WHERE EXISTS (SELECT 1 FROM articles a WHERE a.id = v.article_id) \
                               ORDER BY day, key), \
                             new AS (INSERT INTO visitor_keys (day, key) SELECT day, key FROM v ORDER BY day, key \
                               ON CONFLICT DO NOTHING RETURNING day, key), \
                             added AS (INSERT INTO counters (article_id, day, views, likes, changed_us) \
                               SELECT v.article_id, v.day, count(*) FILTER (WHERE NOT v.is_like), \
                                 count(*) FILTER (WHERE v.is_like), {NOW_US} \
                               FROM v JOIN new USING (day, key) GROUP BY v.article_id, v.day \
                               ORDER BY v.article_id, v.day \
                               ON CONFLICT (article_id, day) DO UPDATE SET views = counters.views + excluded.views, \
                               likes = counters.likes + excluded.likes, changed_us = excluded.changed_us) \
                             SELECT day, key FROM new"
                        ))
                        .await
                        .map_err(pg(op))?;
                    let rows = tx.query(&stmt, &[&days, &keys, &ids, &likes]).await.map_err(pg(op))?;
                    rows.iter()
                        .map(|r| Ok((get::<i64>(r, 0, op)?, get::<i64>(r, 1, op)?)))
                        .collect::<Result<HashSet<(i64, i64)>, StoreError>>()
                })
            })?
        };
        // A key given twice counts at its first place.
        let mut new = new;
        Ok(visits.iter().map(|v| new.remove(&(v.day, v.key))).collect())
    }

    fn counts_changed(&self, since: Option<i64>) -> Result<CountChanges, StoreError> {
        let op = "reading changed counts";
        self.read(op, move |tx| {
            Box::pin(async move {
                let row = tx.query_one(&format!("SELECT {NOW_US}"), &[]).await.map_err(pg(op))?;
                let cursor: i64 = get(&row, 0, op)?;
                let Some(since) = since else { return Ok(CountChanges { cursor, totals: Vec::new() }) };
                let stmt = tx
                    .prepare_cached(
                        "SELECT article_id, sum(views)::bigint, sum(likes)::bigint FROM counters \
                         WHERE article_id IN (SELECT article_id FROM counters WHERE changed_us >= $1) \
                         GROUP BY article_id",
                    )
                    .await
                    .map_err(pg(op))?;
                let rows = tx.query(&stmt, &[&(since - COMMIT_SLACK_US)]).await.map_err(pg(op))?;
                let totals = rows
                    .iter()
                    .map(|r| {
                        Ok((
                            get(r, 0, op)?,
                            Counts {
                                views: unsigned(get(r, 1, op)?, "a view count")?,
                                likes: unsigned(get(r, 2, op)?, "a like count")?,
                            },
                        ))
                    })
                    .collect::<Result<_, StoreError>>()?;
                Ok(CountChanges { cursor, totals })
            })
        })
    }
}
