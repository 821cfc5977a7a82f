//! Schema migrations: numbered SQL files applied in order, tracked by `PRAGMA user_version`.
//!
//! Each migration runs in one `IMMEDIATE` transaction together with the `user_version` bump,
//! so a crash leaves the database at the previous version or the next, never in between.
//! The version is re-read inside that transaction, so two processes opening the same new
//! database at once apply each step once.

use rusqlite::{Connection, TransactionBehavior};

use crate::StoreError;

/// The SQLite migrations; migration `n` (1-based) is `SQLITE[n - 1]`. Append only: never edit
/// a migration that has shipped.
pub(crate) const SQLITE: &[&str] = &[
    include_str!("../migrations/sqlite/0001_init.sql"),
    include_str!("../migrations/sqlite/0002_counters_and_indexes.sql"),
    include_str!("../migrations/sqlite/0003_site_reads.sql"),
    include_str!("../migrations/sqlite/0004_columnist_counts.sql"),
    include_str!("../migrations/sqlite/0005_raw_page_evidence.sql"),
    include_str!("../migrations/sqlite/0006_article_credits.sql"),
];

/// The schema version this code writes.
pub(crate) fn known_version() -> i64 {
    SQLITE.len() as i64
}

fn user_version(conn: &Connection) -> Result<i64, StoreError> {
    conn.pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(|source| StoreError::Query { op: "reading the schema version", source })
}

/// Fails with [`StoreError::TooNew`] if the database is newer than `migrations` know, so a
/// newer database is refused before this connection changes anything in it.
pub(crate) fn refuse_newer(conn: &Connection, migrations: &[&str]) -> Result<(), StoreError> {
    let (found, known) = (user_version(conn)?, migrations.len() as i64);
    if found > known { Err(StoreError::TooNew { found, known }) } else { Ok(()) }
}

/// Brings the database up to [`known_version`], or fails with [`StoreError::TooNew`].
/// Returns the version found before migrating.
pub(crate) fn migrate(conn: &mut Connection, migrations: &[&str]) -> Result<i64, StoreError> {
    let known = migrations.len() as i64;
    refuse_newer(conn, migrations)?;
    let initial = user_version(conn)?;
    loop {
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|source| StoreError::Query { op: "starting a migration", source })?;
        let found = user_version(&tx)?;
        if found > known {
            return Err(StoreError::TooNew { found, known });
        }
        let Some(sql) = usize::try_from(found).ok().and_then(|i| migrations.get(i)) else {
            return Ok(initial);
        };
        tx.execute_batch(sql).map_err(|source| StoreError::Query { op: "applying a migration", source })?;
        tx.pragma_update(None, "user_version", found + 1)
            .map_err(|source| StoreError::Query { op: "setting the schema version", source })?;
        tx.commit().map_err(|source| StoreError::Query { op: "committing a migration", source })?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_database_reaches_the_known_version_and_reruns_are_no_ops() {
        let mut conn = Connection::open_in_memory().unwrap();
        assert_eq!(migrate(&mut conn, SQLITE).unwrap(), 0);
        assert_eq!(user_version(&conn).unwrap(), known_version());
        assert_eq!(migrate(&mut conn, SQLITE).unwrap(), known_version());
    }

    #[test]
    fn a_failing_migration_leaves_the_previous_version_intact() {
        let mut conn = Connection::open_in_memory().unwrap();
        let steps = ["CREATE TABLE a(x INTEGER);", "CREATE TABLE b(x INTEGER); CREATE TABLE a(y INTEGER);"];
        assert!(migrate(&mut conn, &steps).is_err());
        assert_eq!(user_version(&conn).unwrap(), 1);
        // Table b was rolled back with the failed step.
        let b: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema WHERE name = 'b'", [], |r| r.get(0)).unwrap();
        assert_eq!(b, 0);
    }

    #[test]
    fn newer_database_is_refused() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
        match migrate(&mut conn, SQLITE) {
            Err(StoreError::TooNew { found: 99, known }) => assert_eq!(known, known_version()),
            other => panic!("expected TooNew, got {other:?}"),
        }
    }
}
