//! PostgreSQL schema migrations: numbered SQL files applied in order, tracked by the one row of
//! `schema_version`.
//!
//! The version is read before anything else, with plain `SELECT`s, so a database newer than this
//! program is refused ([`StoreError::TooNew`]) untouched. Each migration then runs in one
//! transaction together with the version bump, under a session-level advisory lock, and the
//! version is read again under that lock: several nodes starting at once apply each step once,
//! and a failed step leaves the previous version whole.

use deadpool_postgres::Object;

use super::pg;
use crate::StoreError;

/// The PostgreSQL migrations; migration `n` (1-based) is `POSTGRES[n - 1]`. Append only: never
/// edit a migration that has shipped.
pub(crate) const POSTGRES: &[&str] = &[
    include_str!("../../migrations/postgres/0001_init.sql"),
    include_str!("../../migrations/postgres/0002_stories.sql"),
    include_str!("../../migrations/postgres/0003_media.sql"),
    include_str!("../../migrations/postgres/0004_crawl_nodes.sql"),
    include_str!("../../migrations/postgres/0005_serve_nodes.sql"),
    include_str!("../../migrations/postgres/0006_robots.sql"),
    include_str!("../../migrations/postgres/0007_display_generation.sql"),
];

/// Key of the advisory lock that serialises migrations ("colonnad" in ASCII).
const MIGRATION_LOCK: i64 = 0x636f_6c6f_6e6e_6164;

/// The schema version this code writes.
pub(crate) fn known_version() -> i64 {
    POSTGRES.len() as i64
}

/// The database's schema version: 0 when it has no `schema_version` table yet.
pub(crate) async fn version(client: &tokio_postgres::Client) -> Result<i64, StoreError> {
    let op = "reading the schema version";
    let row = client.query_one("SELECT to_regclass('schema_version') IS NOT NULL", &[]).await.map_err(pg(op))?;
    let exists: bool = row.try_get(0).map_err(pg(op))?;
    if !exists {
        return Ok(0);
    }
    let row = client.query_opt("SELECT version FROM schema_version", &[]).await.map_err(pg(op))?;
    match row {
        Some(row) => row.try_get(0).map_err(pg(op)),
        None => Ok(0),
    }
}

/// Brings the database up to the version `migrations` know, or fails with
/// [`StoreError::TooNew`]. Returns the version found before migrating.
///
/// Several nodes starting at once take turns under a session-level advisory lock, and each step
/// runs in a transaction begun *after* the lock was granted: a transaction that was already open
/// while waiting would look tables up in a catalog cache from before the other node's commit, miss
/// its `schema_version` and apply the first step again.
pub(crate) async fn migrate(client: &mut Object, migrations: &[&str]) -> Result<i64, StoreError> {
    let known = migrations.len() as i64;
    let initial = version(client).await?;
    if initial > known {
        return Err(StoreError::TooNew { found: initial, known });
    }
    if initial == known {
        return Ok(initial);
    }
    client
        .execute("SELECT pg_advisory_lock($1)", &[&MIGRATION_LOCK])
        .await
        .map_err(pg("waiting for another node's migration"))?;
    let applied = apply(client, migrations).await;
    // On a broken connection the lock went with it; otherwise it must not stay with the pooled
    // connection.
    let unlocked =
        client.execute("SELECT pg_advisory_unlock($1)", &[&MIGRATION_LOCK]).await.map_err(pg("ending a migration"));
    applied?;
    unlocked?;
    Ok(initial)
}

/// Applies the missing steps, one transaction each; the caller holds the migration lock.
async fn apply(client: &mut Object, migrations: &[&str]) -> Result<(), StoreError> {
    let known = migrations.len() as i64;
    loop {
        let tx = client.transaction().await.map_err(pg("starting a migration"))?;
        let found = version(tx.client()).await?;
        if found > known {
            return Err(StoreError::TooNew { found, known });
        }
        let Some(sql) = usize::try_from(found).ok().and_then(|i| migrations.get(i)) else {
            tx.rollback().await.map_err(pg("ending a migration"))?;
            return Ok(());
        };
        tx.batch_execute(sql).await.map_err(pg("applying a migration"))?;
        tx.execute("UPDATE schema_version SET version = $1", &[&(found + 1)])
            .await
            .map_err(pg("setting the schema version"))?;
        tx.commit().await.map_err(pg("committing a migration"))?;
    }
}
