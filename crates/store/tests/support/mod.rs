//! The backends the conformance suite runs on: a SQLite file in a temporary directory, or a
//! fresh schema of the PostgreSQL server named by `COLONNADE_TEST_PG_URL` (dropped afterwards).

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use colonnade_store::{PgStore, SqliteStore, Store};

/// The environment variable naming the test server.
pub const PG_URL_VAR: &str = "COLONNADE_TEST_PG_URL";

/// The test server's URL, or `None` (with a line saying the test was skipped). Under CI a
/// missing server fails the test: there the PostgreSQL tests must run.
pub fn pg_url(test: &str) -> Option<String> {
    match std::env::var(PG_URL_VAR) {
        Ok(url) if !url.trim().is_empty() => Some(url),
        _ if std::env::var_os("CI").is_some_and(|v| !v.is_empty()) => {
            panic!("{test}: CI is set but {PG_URL_VAR} is not: .ci/run must `source .ci/postgres.sh` before the tests")
        }
        _ => {
            eprintln!(
                "{test}: skipped: no PostgreSQL ({PG_URL_VAR} unset; `eval \"$(bash .ci/postgres.sh)\"` starts one)"
            );
            None
        }
    }
}

/// A schema of its own on the test server, dropped with everything in it when this is dropped.
pub struct PgSchema {
    pub base: String,
    pub name: String,
}

impl PgSchema {
    /// A new, empty schema.
    pub fn new(base: &str) -> PgSchema {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let name = format!("t{}_{}", std::process::id(), NEXT.fetch_add(1, Ordering::SeqCst));
        pg_exec(base, &format!("DROP SCHEMA IF EXISTS {name} CASCADE; CREATE SCHEMA {name}"));
        PgSchema { base: base.to_owned(), name }
    }

    /// The server's URL with this schema as the search path.
    pub fn url(&self) -> String {
        let sep = if self.base.contains('?') { '&' } else { '?' };
        format!("{}{sep}options=-csearch_path%3D{}", self.base, self.name)
    }

    /// Runs statements in this schema.
    pub fn exec(&self, sql: &str) {
        pg_exec(&self.url(), sql);
    }

    /// The first column of every row, as text.
    pub fn strings(&self, sql: &str) -> Vec<String> {
        pg_strings(&self.url(), sql)
    }
}

impl Drop for PgSchema {
    fn drop(&mut self) {
        let name = &self.name;
        let _ = std::panic::catch_unwind(|| pg_exec(&self.base, &format!("DROP SCHEMA IF EXISTS {name} CASCADE")));
    }
}

fn pg_client<T>(url: &str, f: impl AsyncFnOnce(&tokio_postgres::Client) -> T) -> T {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls).await.unwrap();
        let driver = tokio::spawn(connection);
        let out = f(&client).await;
        drop(client);
        let _ = driver.await;
        out
    })
}

/// Runs statements on the server at `url`.
pub fn pg_exec(url: &str, sql: &str) {
    pg_client(url, async |c| c.batch_execute(sql).await.unwrap_or_else(|e| panic!("{sql}: {e:?}")));
}

/// The first column of every row of `sql`, cast to text by the query (`::text`) where needed.
pub fn pg_strings(url: &str, sql: &str) -> Vec<String> {
    pg_client(url, async |c| {
        let rows = c.query(sql, &[]).await.unwrap_or_else(|e| panic!("{sql}: {e:?}"));
        rows.iter().map(|r| r.get::<_, String>(0)).collect()
    })
}

enum Backend {
    Sqlite(tempfile::TempDir),
    Postgres(PgSchema),
}

/// One backend with a fresh store.
pub struct Fixture {
    store: Arc<dyn Store>,
    backend: Backend,
}

impl Fixture {
    /// A new SQLite store in a temporary directory.
    pub fn sqlite() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let store = Arc::new(SqliteStore::open(dir.path()).unwrap());
        Fixture { store, backend: Backend::Sqlite(dir) }
    }

    /// A new PostgreSQL store in a schema of its own, or `None` without a server.
    pub fn postgres(test: &str) -> Option<Fixture> {
        let schema = PgSchema::new(&pg_url(test)?);
        let store = Arc::new(PgStore::open(&schema.url(), &Default::default()).unwrap());
        Some(Fixture { store, backend: Backend::Postgres(schema) })
    }

    /// The store.
    pub fn store(&self) -> &dyn Store {
        self.store.as_ref()
    }

    /// The store, to share with threads.
    pub fn shared(&self) -> Arc<dyn Store> {
        Arc::clone(&self.store)
    }

    /// Runs SQL that both dialects understand on the store's database, beside the store.
    pub fn exec(&self, sql: &str) {
        match &self.backend {
            Backend::Sqlite(dir) => sqlite(dir.path()).execute_batch(sql).unwrap(),
            Backend::Postgres(schema) => schema.exec(sql),
        }
    }

    /// The first column (text) of every row of `sql`.
    pub fn strings(&self, sql: &str) -> Vec<String> {
        match &self.backend {
            Backend::Sqlite(dir) => {
                let conn = sqlite(dir.path());
                let mut stmt = conn.prepare(sql).unwrap();
                stmt.query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap()
            }
            Backend::Postgres(schema) => schema.strings(sql),
        }
    }
}

fn sqlite(dir: &Path) -> rusqlite::Connection {
    rusqlite::Connection::open(dir.join(colonnade_store::DB_FILE)).unwrap()
}

/// Runs each named function of the suite on both backends: `sqlite::NAME` and `postgres::NAME`.
#[macro_export]
macro_rules! conformance {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[test]
                fn $name() {
                    super::$name(&super::Fixture::sqlite());
                }
            )*
        }
        mod postgres {
            $(
                #[test]
                fn $name() {
                    if let Some(f) = super::Fixture::postgres(stringify!($name)) {
                        super::$name(&f);
                    }
                }
            )*
        }
    };
}
