//! Where a store is: a data directory (SQLite) or a PostgreSQL URL.

use std::fmt;
use std::path::PathBuf;

/// Where a store lives. Parsed from what an operator writes (`--store`, `[store] url`, `store
/// copy --from`): a `postgres://` or `postgresql://` URL is a PostgreSQL database, anything else a
/// data directory holding the SQLite file [`DB_FILE`](crate::DB_FILE).
#[derive(Clone, PartialEq, Eq)]
pub enum StoreLocation {
    /// A data directory; the store is its `colonnade.db`.
    Sqlite(PathBuf),
    /// A PostgreSQL connection URL, such as `postgres://colonnade@db.internal/colonnade` or
    /// `postgresql:///colonnade?host=/run/postgresql` (a Unix socket).
    Postgres(String),
}

impl StoreLocation {
    /// A URL with a `postgres` or `postgresql` scheme is PostgreSQL; anything else is a directory.
    pub fn parse(s: &str) -> StoreLocation {
        if is_postgres_url(s) { StoreLocation::Postgres(s.trim().to_owned()) } else { StoreLocation::Sqlite(s.into()) }
    }

    /// Whether this is a PostgreSQL database.
    pub fn is_postgres(&self) -> bool {
        matches!(self, StoreLocation::Postgres(_))
    }

    /// Whether opening this store may find data: a PostgreSQL database always (the server is the
    /// operator's), a directory only when its database file exists.
    pub fn exists(&self) -> bool {
        match self {
            StoreLocation::Sqlite(dir) => dir.join(crate::DB_FILE).exists(),
            StoreLocation::Postgres(_) => true,
        }
    }
}

/// Whether `s` is a PostgreSQL URL (`postgres://` or `postgresql://`, any case).
pub fn is_postgres_url(s: &str) -> bool {
    let s = s.trim_start().to_ascii_lowercase();
    s.starts_with("postgres://") || s.starts_with("postgresql://")
}

/// `url` with any password replaced by `***` (in the user part and in a `password=` parameter),
/// for messages and logs.
pub fn redact_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else { return url.to_owned() };
    let end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    let authority = match authority.rsplit_once('@') {
        Some((userinfo, host)) => match userinfo.split_once(':') {
            Some((user, _)) => format!("{user}:***@{host}"),
            None => authority.to_owned(),
        },
        None => authority.to_owned(),
    };
    let tail = match tail.split_once('?') {
        Some((path, query)) => {
            let params: Vec<String> = query
                .split('&')
                .map(|p| match p.split_once('=') {
                    Some((k, _)) if k.eq_ignore_ascii_case("password") => format!("{k}=***"),
                    _ => p.to_owned(),
                })
                .collect();
            format!("{path}?{}", params.join("&"))
        }
        None => tail.to_owned(),
    };
    format!("{scheme}://{authority}{tail}")
}

impl fmt::Display for StoreLocation {
    /// The SQLite file, or the URL without its password.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreLocation::Sqlite(dir) => write!(f, "{}", dir.join(crate::DB_FILE).display()),
            StoreLocation::Postgres(url) => f.write_str(&redact_url(url)),
        }
    }
}

impl fmt::Debug for StoreLocation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreLocation::Sqlite(dir) => f.debug_tuple("Sqlite").field(dir).finish(),
            StoreLocation::Postgres(_) => f.debug_tuple("Postgres").field(&self.to_string()).finish(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_postgres_and_the_rest_are_directories() {
        assert!(StoreLocation::parse("postgres://u@h/db").is_postgres());
        assert!(StoreLocation::parse("PostgreSQL:///db?host=/tmp").is_postgres());
        assert_eq!(StoreLocation::parse("colonnade-data"), StoreLocation::Sqlite("colonnade-data".into()));
        assert_eq!(StoreLocation::parse("./postgres"), StoreLocation::Sqlite("./postgres".into()));
    }

    #[test]
    fn passwords_never_show() {
        let loc =
            StoreLocation::parse("postgres://colonnade:s3cret@db.internal:5433/columns?password=x2&sslmode=disable");
        let shown = format!("{loc} {loc:?}");
        assert!(!shown.contains("s3cret") && !shown.contains("x2"), "{shown}");
        assert!(shown.contains("postgres://colonnade:***@db.internal:5433/columns?password=***&sslmode=disable"));
        assert_eq!(redact_url("postgres://u@h/db"), "postgres://u@h/db");
        assert_eq!(redact_url("postgresql:///db?host=/tmp"), "postgresql:///db?host=/tmp");
    }
}
