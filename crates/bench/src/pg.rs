//! Scratch places for a benchmark's store: a schema of its own on a PostgreSQL server (dropped
//! afterwards) or a folder (removed), and the server's transaction counts.

use std::path::PathBuf;

use anyhow::{Context, Result};

/// A schema or folder removed when dropped.
pub struct Scratch {
    base: Option<String>,
    /// The schema's name (empty for a folder).
    pub schema: String,
    dir: Option<PathBuf>,
}

impl Scratch {
    /// A new, empty schema `<prefix>_<pid>_<ms>` on the server at `base`.
    pub fn new(base: &str, prefix: &str) -> Result<Scratch> {
        let schema = format!("{prefix}_{}_{}", std::process::id(), jiff::Timestamp::now().as_millisecond());
        exec(base, &format!("CREATE SCHEMA {schema}")).with_context(|| format!("creating schema {schema}"))?;
        Ok(Scratch { base: Some(base.to_owned()), schema, dir: None })
    }

    /// A folder to remove afterwards.
    pub fn dir(dir: PathBuf) -> Scratch {
        Scratch { base: None, schema: String::new(), dir: Some(dir) }
    }

    /// The server's URL with the schema as the search path: what `--store` gets.
    pub fn url(&self) -> String {
        let base = self.base.as_deref().unwrap_or_default();
        let sep = if base.contains('?') { '&' } else { '?' };
        format!("{base}{sep}options=-csearch_path%3D{}", self.schema)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        if let Some(base) = &self.base {
            let _ = exec(base, &format!("DROP SCHEMA IF EXISTS {} CASCADE", self.schema));
        }
        if let Some(dir) = &self.dir {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

/// Runs `f` with a client of the server at `url`, on a runtime of its own in a thread of its own
/// (callers may be inside the benchmark's runtime).
fn with_client<T: Send>(url: &str, f: impl AsyncFnOnce(&tokio_postgres::Client) -> Result<T> + Send) -> Result<T> {
    std::thread::scope(|scope| {
        scope
            .spawn(|| {
                let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
                rt.block_on(async {
                    let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls)
                        .await
                        .context("connecting to PostgreSQL")?;
                    let driver = tokio::spawn(connection);
                    let out = f(&client).await;
                    drop(client);
                    let _ = driver.await;
                    out
                })
            })
            .join()
            .map_err(|_| anyhow::anyhow!("the PostgreSQL client thread panicked"))?
    })
}

/// Runs SQL statements on the server at `url`.
pub fn exec(url: &str, sql: &str) -> Result<()> {
    with_client(url, async |c| c.batch_execute(sql).await.with_context(|| sql.to_owned()))
}

/// Transactions the server has ended in the current database (committed and rolled back), from
/// `pg_stat_database`. The statistics are taken afresh for each call.
pub fn transactions(url: &str) -> Result<i64> {
    with_client(url, async |c| {
        c.batch_execute("SELECT pg_stat_clear_snapshot()").await.context("clearing the statistics snapshot")?;
        let row = c
            .query_one(
                "SELECT (xact_commit + xact_rollback)::bigint FROM pg_stat_database WHERE datname = current_database()",
                &[],
            )
            .await
            .context("reading pg_stat_database")?;
        Ok(row.get(0))
    })
}
