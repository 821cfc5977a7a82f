//! The stories stage's tables on PostgreSQL (issue 11): the same queries as SQLite's
//! (`sqlite/stories.rs`), in PostgreSQL's dialect.

use deadpool_postgres::Transaction;
use tokio_postgres::Row;

use super::site::{CARD_COLUMNS, cards_from_rows};
use super::{ARTICLE_COLUMNS, articles_from_rows, big, get, pg, unsigned};
use crate::convert::from_us;
use crate::{
    ArticleCard, ChangeCursor, CopyRow, Id, StoreError, StoredArticle, StoryAssignment, StoryConstraint, StoryLink,
    StoryRow, TimeCursor,
};

pub(super) async fn save_assignments(
    tx: &Transaction<'_>,
    rows: &[StoryAssignment],
    cursor: Option<ChangeCursor>,
) -> Result<(), StoreError> {
    let op = "saving story assignments";
    let stmt = tx
        .prepare_cached(
            "INSERT INTO article_stories (article_id, story_id, copy_of, byline, byline_note) \
             SELECT $1, $2, $3, $4, $5 WHERE EXISTS (SELECT 1 FROM articles WHERE id = $1) \
             ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, copy_of = excluded.copy_of, \
             byline = excluded.byline, byline_note = excluded.byline_note",
        )
        .await
        .map_err(pg(op))?;
    let previous =
        tx.prepare_cached("SELECT copy_of FROM article_stories WHERE article_id = $1").await.map_err(pg(op))?;
    // To the end of the change order, after every reader's position, but not past articles a
    // crawl is saving now with its fetch time (see `Store::save_story_assignments`).
    let touch = tx
        .prepare_cached("UPDATE articles SET updated_us = (SELECT max(updated_us) FROM articles) + 1 WHERE id = $1")
        .await
        .map_err(pg(op))?;
    for r in rows {
        let before: Option<Id> = match tx.query_opt(&previous, &[&r.article_id]).await.map_err(pg(op))? {
            Some(row) => get(&row, 0, op)?,
            None => None,
        };
        tx.execute(&stmt, &[&r.article_id, &r.story_id, &r.copy_of, &r.byline, &r.byline_note])
            .await
            .map_err(pg(op))?;
        if before != r.copy_of {
            tx.execute(&touch, &[&r.article_id]).await.map_err(pg(op))?;
        }
    }
    if let Some(c) = cursor {
        tx.execute(
            "INSERT INTO story_cursor (one, updated_us, article_id) VALUES (1, $1, $2) \
             ON CONFLICT (one) DO UPDATE SET updated_us = excluded.updated_us, article_id = excluded.article_id",
            &[&c.updated_us, &c.id],
        )
        .await
        .map_err(pg(op))?;
    }
    Ok(())
}

pub(super) async fn cursor(tx: &Transaction<'_>) -> Result<Option<ChangeCursor>, StoreError> {
    let op = "reading the stories cursor";
    let row =
        tx.query_opt("SELECT updated_us, article_id FROM story_cursor WHERE one = 1", &[]).await.map_err(pg(op))?;
    row.map(|r| Ok(ChangeCursor { updated_us: get(&r, 0, op)?, id: get(&r, 1, op)? })).transpose()
}

pub(super) async fn assignments(tx: &Transaction<'_>, ids: &[Id]) -> Result<Vec<StoryAssignment>, StoreError> {
    let op = "reading story assignments";
    let rows = tx
        .query(
            "SELECT article_id, story_id, copy_of, byline, byline_note FROM article_stories WHERE article_id = ANY($1)",
            &[&ids],
        )
        .await
        .map_err(pg(op))?;
    let mut found = std::collections::HashMap::new();
    for r in &rows {
        let a = StoryAssignment {
            article_id: get(r, 0, op)?,
            story_id: get(r, 1, op)?,
            copy_of: get(r, 2, op)?,
            byline: get(r, 3, op)?,
            byline_note: get(r, 4, op)?,
        };
        found.insert(a.article_id, a);
    }
    Ok(ids.iter().filter_map(|id| found.remove(id)).collect())
}

pub(super) async fn add_constraints(tx: &Transaction<'_>, constraints: &[StoryConstraint]) -> Result<(), StoreError> {
    let op = "saving story decisions";
    for c in constraints {
        let (a, b) = (c.a.min(c.b), c.a.max(c.b));
        if a == b {
            return Err(StoreError::InvalidInput(format!("a story decision pairs article {a} with itself")));
        }
        let row =
            tx.query_one("SELECT count(*) FROM articles WHERE id IN ($1, $2)", &[&a, &b]).await.map_err(pg(op))?;
        if get::<i64>(&row, 0, op)? != 2 {
            return Err(StoreError::InvalidInput(format!("a story decision names an unknown article ({a} or {b})")));
        }
        tx.execute(
            "INSERT INTO story_constraints (a, b, link) VALUES ($1, $2, $3) \
             ON CONFLICT (a, b) DO UPDATE SET link = excluded.link",
            &[&a, &b, &c.link.as_str()],
        )
        .await
        .map_err(pg(op))?;
    }
    Ok(())
}

pub(super) async fn constraints(tx: &Transaction<'_>) -> Result<Vec<StoryConstraint>, StoreError> {
    let op = "reading story decisions";
    let rows = tx.query("SELECT a, b, link FROM story_constraints ORDER BY a, b", &[]).await.map_err(pg(op))?;
    rows.iter()
        .map(|r| {
            let link = match get::<&str>(r, 2, op)? {
                "must" => StoryLink::Must,
                "cannot" => StoryLink::Cannot,
                other => return Err(StoreError::Corrupt(format!("unknown story link {other:?}"))),
            };
            Ok(StoryConstraint { a: get(r, 0, op)?, b: get(r, 1, op)?, link })
        })
        .collect()
}

pub(super) async fn articles_by_time(
    tx: &Transaction<'_>,
    since_us: i64,
    after: TimeCursor,
    n: usize,
) -> Result<Vec<StoredArticle>, StoreError> {
    let op = "reading articles by time";
    let stmt = tx
        .prepare_cached(&format!(
            "SELECT {ARTICLE_COLUMNS} FROM articles WHERE coalesce(published_us, first_seen_us) >= $1 \
             AND (coalesce(published_us, first_seen_us), id) > ($2, $3) \
             ORDER BY coalesce(published_us, first_seen_us), id LIMIT $4"
        ))
        .await
        .map_err(pg(op))?;
    let rows = tx.query(&stmt, &[&since_us, &after.time_us, &after.id, &big(n)]).await.map_err(pg(op))?;
    articles_from_rows(&rows)
}

pub(super) async fn story_cards(tx: &Transaction<'_>, story_id: Id) -> Result<Vec<ArticleCard>, StoreError> {
    let op = "reading a story's articles";
    let stmt = tx
        .prepare_cached(&format!(
            "SELECT {CARD_COLUMNS} FROM article_stories st JOIN articles a ON a.id = st.article_id \
             JOIN publications p ON p.id = a.publication_id LEFT JOIN columnists c ON c.id = a.columnist_id \
             WHERE st.story_id = $1 AND st.copy_of IS NULL \
             ORDER BY coalesce(a.published_us, a.first_seen_us), a.id"
        ))
        .await
        .map_err(pg(op))?;
    cards_from_rows(&tx.query(&stmt, &[&story_id]).await.map_err(pg(op))?)
}

/// Members of the stories `m` selects, grouped: the query behind [`stories`] and [`story`].
fn story_query(members: &str, having: &str, tail: &str) -> String {
    format!(
        "WITH m AS MATERIALIZED ({members}) \
         SELECT m.story_id, \
          (SELECT a.title FROM article_stories s JOIN articles a ON a.id = s.article_id \
           WHERE s.story_id = m.story_id AND s.copy_of IS NULL AND a.title IS NOT NULL AND a.title <> '' \
           ORDER BY coalesce(a.published_us, a.first_seen_us), a.id LIMIT 1), \
          sum(CASE WHEN m.copy_of IS NULL THEN 1 ELSE 0 END)::bigint, count(DISTINCT m.publication_id), \
          count(DISTINCT upper(p.country)), count(DISTINCT lower(m.lang)), max(m.t) \
         FROM m JOIN publications p ON p.id = m.publication_id \
         GROUP BY m.story_id {having} {tail}"
    )
}

const MEMBERS: &str = "SELECT s.story_id, s.copy_of, a.publication_id, a.lang, \
     coalesce(a.published_us, a.first_seen_us) AS t FROM article_stories s JOIN articles a ON a.id = s.article_id";

fn story_from_row(r: &Row) -> Result<StoryRow, StoreError> {
    let op = "reading a story";
    Ok(StoryRow {
        id: get(r, 0, op)?,
        title: get(r, 1, op)?,
        articles: unsigned(get(r, 2, op)?, "an article count")?,
        publications: unsigned(get(r, 3, op)?, "a publication count")?,
        countries: unsigned(get(r, 4, op)?, "a country count")?,
        languages: unsigned(get(r, 5, op)?, "a language count")?,
        latest: from_us(get(r, 6, op)?, 0)?,
    })
}

pub(super) async fn stories(
    tx: &Transaction<'_>,
    since_us: i64,
    min_articles: u64,
    n: usize,
) -> Result<Vec<StoryRow>, StoreError> {
    let op = "listing stories";
    let members = format!(
        "{MEMBERS} WHERE s.story_id IN (SELECT s2.story_id FROM articles a2 JOIN article_stories s2 \
         ON s2.article_id = a2.id WHERE coalesce(a2.published_us, a2.first_seen_us) >= $1)"
    );
    let sql = story_query(
        &members,
        "HAVING sum(CASE WHEN m.copy_of IS NULL THEN 1 ELSE 0 END) >= $2 AND max(m.t) >= $1",
        "ORDER BY 4 DESC, 5 DESC, 7 DESC, 1 DESC LIMIT $3",
    );
    let stmt = tx.prepare_cached(&sql).await.map_err(pg(op))?;
    let rows = tx.query(&stmt, &[&since_us, &big(min_articles), &big(n)]).await.map_err(pg(op))?;
    rows.iter().map(story_from_row).collect()
}

pub(super) async fn story(tx: &Transaction<'_>, story_id: Id) -> Result<Option<StoryRow>, StoreError> {
    let op = "reading a story";
    let sql = story_query(&format!("{MEMBERS} WHERE s.story_id = $1"), "", "");
    let stmt = tx.prepare_cached(&sql).await.map_err(pg(op))?;
    tx.query_opt(&stmt, &[&story_id]).await.map_err(pg(op))?.as_ref().map(story_from_row).transpose()
}

pub(super) async fn copies(tx: &Transaction<'_>, article_id: Id) -> Result<Vec<CopyRow>, StoreError> {
    let op = "reading an article's copies";
    let rows = tx
        .query(
            "SELECT a.id, a.url, a.publication_id, p.name, p.country, coalesce(a.published_us, a.first_seen_us), \
             CASE WHEN a.published_us IS NULL THEN 0 ELSE coalesce(a.published_offset, 0) END \
             FROM article_stories s JOIN articles a ON a.id = s.article_id JOIN publications p ON p.id = a.publication_id \
             WHERE s.copy_of = $1 ORDER BY 6, 1",
            &[&article_id],
        )
        .await
        .map_err(pg(op))?;
    rows.iter()
        .map(|r| {
            Ok(CopyRow {
                article_id: get(r, 0, op)?,
                url: get(r, 1, op)?,
                publication_id: get(r, 2, op)?,
                publication_name: get(r, 3, op)?,
                country: get(r, 4, op)?,
                published: from_us(get(r, 5, op)?, i64::from(get::<i32>(r, 6, op)?))?,
            })
        })
        .collect()
}
