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
    include_str!("../migrations/sqlite/0007_bodies_last.sql"),
    include_str!("../migrations/sqlite/0008_stories.sql"),
    include_str!("../migrations/sqlite/0009_media.sql"),
    include_str!("../migrations/sqlite/0010_display_generation.sql"),
];

/// The schema version this code writes.
pub(crate) fn known_version() -> i64 {
    SQLITE.len() as i64
}

fn user_version(conn: &Connection) -> Result<i64, StoreError> {
    conn.pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(|source| StoreError::Query { op: "reading the schema version", source: Box::new(source) })
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
            .map_err(|source| StoreError::Query { op: "starting a migration", source: Box::new(source) })?;
        let found = user_version(&tx)?;
        if found > known {
            return Err(StoreError::TooNew { found, known });
        }
        let Some(sql) = usize::try_from(found).ok().and_then(|i| migrations.get(i)) else {
            return Ok(initial);
        };
        tx.execute_batch(sql)
            .map_err(|source| StoreError::Query { op: "applying a migration", source: Box::new(source) })?;
        tx.pragma_update(None, "user_version", found + 1)
            .map_err(|source| StoreError::Query { op: "setting the schema version", source: Box::new(source) })?;
        tx.commit().map_err(|source| StoreError::Query { op: "committing a migration", source: Box::new(source) })?;
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
    fn bodies_move_to_the_end_of_the_row_and_keep_their_values() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "foreign_keys", true).unwrap();
        migrate(&mut conn, &SQLITE[..6]).unwrap();
        conn.execute_batch(
            "INSERT INTO publications (id, name, homepage, created_us) VALUES (1, 'P', 'https://p.example/', 0);
             INSERT INTO articles (id, publication_id, url, url_key, title, kind, text, html, excerpt, word_count,
                 confidence, content_hash, first_seen_us, updated_us)
             VALUES (7, 1, 'https://p.example/a', 'p.example/a', 'T', 'opinion', 'the text', '<p>the text</p>',
                 'the…', 2, 0.9, 42, 1, 2);
             INSERT INTO counters (article_id, day, views, likes) VALUES (7, 1, 3, 1);",
        )
        .unwrap();
        migrate(&mut conn, SQLITE).unwrap();
        let columns: Vec<String> = conn
            .prepare("SELECT name FROM pragma_table_info('articles') ORDER BY cid")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(&columns[columns.len() - 2..], ["text", "html"], "{columns:?}");
        let row: (String, String, String, i64) = conn
            .query_row("SELECT title, text, html, word_count FROM articles WHERE id = 7", [], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })
            .unwrap();
        assert_eq!(row, ("T".into(), "the text".into(), "<p>the text</p>".into(), 2));
        // Nothing that points at the article was touched.
        let views: i64 = conn.query_row("SELECT views FROM counters WHERE article_id = 7", [], |r| r.get(0)).unwrap();
        assert_eq!(views, 3);
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
