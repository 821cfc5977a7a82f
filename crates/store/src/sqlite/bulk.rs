//! The SQLite side of `store copy` (see [`crate::copy`]): tables read as stored, in key order
//! (text keys in byte order, SQLite's default collation).

use rusqlite::types::Value as Sql;
use rusqlite::{params_from_iter, types::ToSqlOutput};

use super::{SqliteStore, q};
use crate::StoreError;
use crate::copy::{CopySource, Key, KeyKind, Table, Value};

impl CopySource for SqliteStore {
    fn read_rows(&self, table: &Table, after: Option<&Key>, limit: usize) -> Result<Vec<Vec<Value>>, StoreError> {
        let op = "reading rows to copy";
        let limit = Sql::Integer(i64::try_from(limit).unwrap_or(i64::MAX));
        let (condition, order, mut params): (String, String, Vec<Sql>) = match (table.key, after) {
            (KeyKind::Int(c), Some(Key::Int(i))) => (format!("WHERE {c} > ?"), c.to_owned(), vec![Sql::Integer(*i)]),
            (KeyKind::Int(c), _) => (String::new(), c.to_owned(), vec![]),
            (KeyKind::Text(c), Some(Key::Text(s))) => {
                (format!("WHERE {c} > ?"), c.to_owned(), vec![Sql::Text(s.clone())])
            }
            (KeyKind::Text(c), _) => (String::new(), c.to_owned(), vec![]),
            (KeyKind::Pair(a, b), Some(Key::Pair(x, y))) => {
                (format!("WHERE ({a}, {b}) > (?, ?)"), format!("{a}, {b}"), vec![Sql::Integer(*x), Sql::Integer(*y)])
            }
            (KeyKind::Pair(a, b), _) => (String::new(), format!("{a}, {b}"), vec![]),
        };
        params.push(limit);
        let sql = format!("SELECT {} FROM {} {condition} ORDER BY {order} LIMIT ?", table.column_list(), table.name);
        let width = table.columns.len();
        self.read(op, |tx| {
            let mut stmt = tx.prepare_cached(&sql).map_err(q(op))?;
            let mut rows =
                stmt.query(params_from_iter(params.iter().map(|p| ToSqlOutput::Borrowed(p.into())))).map_err(q(op))?;
            let mut out = Vec::new();
            while let Some(row) = rows.next().map_err(q(op))? {
                let mut values = Vec::with_capacity(width);
                for i in 0..width {
                    values.push(match row.get::<_, Sql>(i).map_err(q(op))? {
                        Sql::Null => Value::Null,
                        Sql::Integer(v) => Value::Int(v),
                        Sql::Real(v) => Value::Float(v),
                        Sql::Text(v) => Value::Text(v),
                        Sql::Blob(v) => Value::Blob(v),
                    });
                }
                out.push(values);
            }
            Ok(out)
        })
    }

    fn count_rows(&self, table: &Table) -> Result<u64, StoreError> {
        let op = "counting rows";
        self.read(op, |tx| {
            tx.query_row(&format!("SELECT count(*) FROM {}", table.name), [], |r| r.get(0)).map_err(q(op))
        })
    }
}
