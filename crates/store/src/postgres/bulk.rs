//! The PostgreSQL side of `store copy` (see [`crate::copy`]): tables read as stored, batches
//! upserted by key together with the copy's progress.

use tokio_postgres::types::ToSql;

use super::{PgStore, get, pg, unsigned};
use crate::StoreError;
use crate::copy::{Col, CopySource, Key, KeyKind, SavedProgress, TABLES, Table, Value};

/// A value as a parameter of the column's type (a NULL too must have the column's type).
fn param(value: &Value, col: Col) -> Result<Box<dyn ToSql + Sync + Send>, StoreError> {
    let mismatch = || StoreError::Corrupt(format!("{value:?} does not fit a {col:?} column"));
    Ok(match (col, value) {
        (Col::Int8, Value::Int(i)) => Box::new(*i),
        (Col::Int8, Value::Null) => Box::new(None::<i64>),
        (Col::Int4, Value::Int(i)) => Box::new(i32::try_from(*i).map_err(|_| mismatch())?),
        (Col::Int4, Value::Null) => Box::new(None::<i32>),
        (Col::Float8, Value::Float(f)) => Box::new(*f),
        // SQLite keeps a REAL that has no fraction as an integer when asked for one.
        (Col::Float8, Value::Int(i)) => Box::new(*i as f64),
        (Col::Float8, Value::Null) => Box::new(None::<f64>),
        (Col::Text, Value::Text(s)) => Box::new(s.clone()),
        (Col::Text, Value::Null) => Box::new(None::<String>),
        (Col::Bytea, Value::Blob(b)) => Box::new(b.clone()),
        (Col::Bytea, Value::Null) => Box::new(None::<Vec<u8>>),
        _ => return Err(mismatch()),
    })
}

fn value(row: &tokio_postgres::Row, i: usize, col: Col) -> Result<Value, StoreError> {
    let op = "reading rows to copy";
    Ok(match col {
        Col::Int8 => get::<Option<i64>>(row, i, op)?.map_or(Value::Null, Value::Int),
        Col::Int4 => get::<Option<i32>>(row, i, op)?.map_or(Value::Null, |v| Value::Int(i64::from(v))),
        Col::Float8 => get::<Option<f64>>(row, i, op)?.map_or(Value::Null, Value::Float),
        Col::Text => get::<Option<String>>(row, i, op)?.map_or(Value::Null, Value::Text),
        Col::Bytea => get::<Option<Vec<u8>>>(row, i, op)?.map_or(Value::Null, Value::Blob),
    })
}

impl PgStore {
    /// Every `copy_progress` row.
    pub(crate) fn copy_progress(&self) -> Result<Vec<SavedProgress>, StoreError> {
        let op = "reading the copy's progress";
        self.read(op, move |tx| {
            Box::pin(async move {
                let rows = tx
                    .query("SELECT source, table_name, after_key, rows, done FROM copy_progress", &[])
                    .await
                    .map_err(pg(op))?;
                rows.iter()
                    .map(|r| {
                        Ok(SavedProgress {
                            source: get(r, 0, op)?,
                            table: get(r, 1, op)?,
                            after_key: get(r, 2, op)?,
                            rows: unsigned(get(r, 3, op)?, "a row count")?,
                            done: get(r, 4, op)?,
                        })
                    })
                    .collect()
            })
        })
    }

    /// Rows in every copied table.
    pub(crate) fn count_all(&self) -> Result<Vec<(&'static str, u64)>, StoreError> {
        TABLES.iter().map(|t| Ok((t.name, self.count_rows(t)?))).collect()
    }

    /// Upserts `rows` into `table` and records the progress, in one transaction. With `finished`,
    /// the table is marked done and its identity sequence moved past the largest id.
    pub(crate) fn write_copy_batch(
        &self,
        table: &'static Table,
        rows: &[Vec<Value>],
        source: &str,
        after_key: Option<&str>,
        copied: u64,
        finished: bool,
    ) -> Result<(), StoreError> {
        let op = "writing copied rows";
        let width = table.columns.len();
        let mut params: Vec<Box<dyn ToSql + Sync + Send>> = Vec::with_capacity(rows.len() * width);
        for row in rows {
            if row.len() != width {
                return Err(StoreError::Corrupt(format!("a {} row has {} values, not {width}", table.name, row.len())));
            }
            for (v, (_, col)) in row.iter().zip(table.columns) {
                params.push(param(v, *col)?);
            }
        }
        let insert = (!rows.is_empty()).then(|| {
            let keys = table.key_columns();
            let tuples: Vec<String> = (0..rows.len())
                .map(|r| {
                    let cells: Vec<String> = (1..=width).map(|c| format!("${}", r * width + c)).collect();
                    format!("({})", cells.join(", "))
                })
                .collect();
            let updates: Vec<String> = table
                .columns
                .iter()
                .filter(|(c, _)| !keys.contains(c))
                .map(|(c, _)| format!("{c} = excluded.{c}"))
                .collect();
            format!(
                "INSERT INTO {} ({}) VALUES {} ON CONFLICT ({}) DO UPDATE SET {}",
                table.name,
                table.column_list(),
                tuples.join(", "),
                keys.join(", "),
                updates.join(", ")
            )
        });
        let params = std::sync::Arc::new(params);
        let (source, after_key) = (source.to_owned(), after_key.unwrap_or("").to_owned());
        let copied = super::big(copied);
        self.write(op, move |tx| {
            let (params, insert, source, after_key) =
                (std::sync::Arc::clone(&params), insert.clone(), source.clone(), after_key.clone());
            Box::pin(async move {
                if let Some(sql) = &insert {
                    let refs: Vec<&(dyn ToSql + Sync)> = params.iter().map(|p| p.as_ref() as _).collect();
                    tx.execute(sql.as_str(), &refs).await.map_err(pg(op))?;
                }
                tx.execute(
                    "INSERT INTO copy_progress (source, table_name, after_key, rows, done) VALUES ($1, $2, $3, $4, $5) \
                     ON CONFLICT (source, table_name) DO UPDATE SET after_key = excluded.after_key, \
                     rows = excluded.rows, done = excluded.done",
                    &[&source, &table.name, &after_key, &copied, &finished],
                )
                .await
                .map_err(pg(op))?;
                if finished && table.identity {
                    let sql = format!(
                        "SELECT setval(pg_get_serial_sequence('{0}', '{1}'), max({1})) FROM {0} HAVING max({1}) IS NOT NULL",
                        table.name,
                        table.key_columns()[0]
                    );
                    tx.query(sql.as_str(), &[]).await.map_err(pg(op))?;
                }
                Ok(())
            })
        })
    }
}

impl CopySource for PgStore {
    fn read_rows(&self, table: &Table, after: Option<&Key>, limit: usize) -> Result<Vec<Vec<Value>>, StoreError> {
        let op = "reading rows to copy";
        let columns: Vec<Col> = table.columns.iter().map(|(_, c)| *c).collect();
        let limit = super::big(limit);
        // Text keys in byte order, as SQLite orders them, whatever the database's collation.
        let (condition, order, params): (String, String, Vec<Box<dyn ToSql + Sync + Send>>) = match (table.key, after) {
            (KeyKind::Int(c), Some(Key::Int(i))) => (format!("WHERE {c} > $2"), c.to_owned(), vec![Box::new(*i)]),
            (KeyKind::Int(c), _) => (String::new(), c.to_owned(), vec![]),
            (KeyKind::Text(c), Some(Key::Text(s))) => {
                (format!("WHERE {c} COLLATE \"C\" > $2"), format!("{c} COLLATE \"C\""), vec![Box::new(s.clone())])
            }
            (KeyKind::Text(c), _) => (String::new(), format!("{c} COLLATE \"C\""), vec![]),
            (KeyKind::Pair(a, b), Some(Key::Pair(x, y))) => {
                (format!("WHERE ({a}, {b}) > ($2, $3)"), format!("{a}, {b}"), vec![Box::new(*x), Box::new(*y)])
            }
            (KeyKind::Pair(a, b), _) => (String::new(), format!("{a}, {b}"), vec![]),
        };
        let sql = format!("SELECT {} FROM {} {condition} ORDER BY {order} LIMIT $1", table.column_list(), table.name);
        let params = std::sync::Arc::new(params);
        self.read(op, move |tx| {
            Box::pin(async move {
                let mut refs: Vec<&(dyn ToSql + Sync)> = vec![&limit];
                refs.extend(params.iter().map(|p| p.as_ref() as &(dyn ToSql + Sync)));
                let rows = tx.query(sql.as_str(), &refs).await.map_err(pg(op))?;
                rows.iter().map(|r| columns.iter().enumerate().map(|(i, c)| value(r, i, *c)).collect()).collect()
            })
        })
    }

    fn count_rows(&self, table: &Table) -> Result<u64, StoreError> {
        let op = "counting rows";
        let sql = format!("SELECT count(*) FROM {}", table.name);
        self.read(op, move |tx| {
            Box::pin(async move {
                let row = tx.query_one(sql.as_str(), &[]).await.map_err(pg(op))?;
                unsigned(get(&row, 0, op)?, "a row count")
            })
        })
    }
}
