//! The stories stage's tables on SQLite (issue 11): assignments, operator decisions, the stage's
//! cursor, and the site's story reads.

use rusqlite::{OptionalExtension, Row, Transaction, params};

use super::site::{CARD_COLUMNS, collect_cards};
use super::{ARTICLE_COLUMNS, collect_articles, q};
use crate::convert::from_us;
use crate::{
    ArticleCard, ChangeCursor, CopyRow, Id, StoreError, StoredArticle, StoryAssignment, StoryConstraint, StoryLink,
    StoryRow, TimeCursor,
};

fn limit(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

pub(super) fn save_assignments(
    tx: &Transaction<'_>,
    rows: &[StoryAssignment],
    cursor: Option<ChangeCursor>,
) -> Result<(), StoreError> {
    let op = "saving story assignments";
    let mut stmt = tx
        .prepare_cached(
            "INSERT INTO article_stories (article_id, story_id, copy_of, byline, byline_note) \
             SELECT ?1, ?2, ?3, ?4, ?5 WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?1) \
             ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, copy_of = excluded.copy_of, \
             byline = excluded.byline, byline_note = excluded.byline_note",
        )
        .map_err(q(op))?;
    let mut previous = tx.prepare_cached("SELECT copy_of FROM article_stories WHERE article_id = ?1").map_err(q(op))?;
    // To the end of the change order, after every reader's position, but not past articles a
    // crawl is saving now with its fetch time (see `Store::save_story_assignments`).
    let mut touch = tx
        .prepare_cached("UPDATE articles SET updated_us = (SELECT max(updated_us) FROM articles) + 1 WHERE id = ?1")
        .map_err(q(op))?;
    for r in rows {
        let before: Option<Id> =
            previous.query_row([r.article_id], |row| row.get(0)).optional().map_err(q(op))?.flatten();
        stmt.execute(params![r.article_id, r.story_id, r.copy_of, r.byline, r.byline_note]).map_err(q(op))?;
        if before != r.copy_of {
            touch.execute([r.article_id]).map_err(q(op))?;
        }
    }
    if let Some(c) = cursor {
        tx.execute(
            "INSERT INTO story_cursor (one, updated_us, article_id) VALUES (1, ?1, ?2) \
             ON CONFLICT (one) DO UPDATE SET updated_us = excluded.updated_us, article_id = excluded.article_id",
            params![c.updated_us, c.id],
        )
        .map_err(q(op))?;
    }
    Ok(())
}

pub(super) fn cursor(tx: &Transaction<'_>) -> Result<Option<ChangeCursor>, StoreError> {
    let op = "reading the stories cursor";
    let mut stmt = tx.prepare_cached("SELECT updated_us, article_id FROM story_cursor WHERE one = 1").map_err(q(op))?;
    let mut rows = stmt.query([]).map_err(q(op))?;
    match rows.next().map_err(q(op))? {
        Some(r) => Ok(Some(ChangeCursor { updated_us: r.get(0).map_err(q(op))?, id: r.get(1).map_err(q(op))? })),
        None => Ok(None),
    }
}

fn assignment_from_row(r: &Row<'_>) -> rusqlite::Result<StoryAssignment> {
    Ok(StoryAssignment {
        article_id: r.get(0)?,
        story_id: r.get(1)?,
        copy_of: r.get(2)?,
        byline: r.get(3)?,
        byline_note: r.get(4)?,
    })
}

pub(super) fn assignments(tx: &Transaction<'_>, ids: &[Id]) -> Result<Vec<StoryAssignment>, StoreError> {
    let op = "reading story assignments";
    let mut stmt = tx
        .prepare_cached(
            "SELECT article_id, story_id, copy_of, byline, byline_note FROM article_stories WHERE article_id = ?1",
        )
        .map_err(q(op))?;
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        let mut rows = stmt.query([id]).map_err(q(op))?;
        if let Some(r) = rows.next().map_err(q(op))? {
            out.push(assignment_from_row(r).map_err(q(op))?);
        }
    }
    Ok(out)
}

pub(super) fn add_constraints(tx: &Transaction<'_>, constraints: &[StoryConstraint]) -> Result<(), StoreError> {
    let op = "saving story decisions";
    let mut exists = tx.prepare_cached("SELECT count(*) FROM articles WHERE id IN (?1, ?2)").map_err(q(op))?;
    let mut insert = tx
        .prepare_cached(
            "INSERT INTO story_constraints (a, b, link) VALUES (?1, ?2, ?3) \
             ON CONFLICT (a, b) DO UPDATE SET link = excluded.link",
        )
        .map_err(q(op))?;
    for c in constraints {
        let (a, b) = (c.a.min(c.b), c.a.max(c.b));
        if a == b {
            return Err(StoreError::InvalidInput(format!("a story decision pairs article {a} with itself")));
        }
        let found: i64 = exists.query_row(params![a, b], |r| r.get(0)).map_err(q(op))?;
        if found != 2 {
            return Err(StoreError::InvalidInput(format!("a story decision names an unknown article ({a} or {b})")));
        }
        insert.execute(params![a, b, c.link.as_str()]).map_err(q(op))?;
    }
    Ok(())
}

pub(super) fn constraints(tx: &Transaction<'_>) -> Result<Vec<StoryConstraint>, StoreError> {
    let op = "reading story decisions";
    let mut stmt = tx.prepare_cached("SELECT a, b, link FROM story_constraints ORDER BY a, b").map_err(q(op))?;
    let mut rows = stmt.query([]).map_err(q(op))?;
    let mut out = Vec::new();
    while let Some(r) = rows.next().map_err(q(op))? {
        let link: String = r.get(2).map_err(q(op))?;
        let link = match link.as_str() {
            "must" => StoryLink::Must,
            "cannot" => StoryLink::Cannot,
            other => return Err(StoreError::Corrupt(format!("unknown story link {other:?}"))),
        };
        out.push(StoryConstraint { a: r.get(0).map_err(q(op))?, b: r.get(1).map_err(q(op))?, link });
    }
    Ok(out)
}

pub(super) fn articles_by_time(
    tx: &Transaction<'_>,
    since_us: i64,
    after: TimeCursor,
    n: usize,
) -> Result<Vec<StoredArticle>, StoreError> {
    let op = "reading articles by time";
    let mut stmt = tx
        .prepare_cached(&format!(
            "SELECT {ARTICLE_COLUMNS} FROM articles WHERE coalesce(published_us, first_seen_us) >= ?1 \
             AND (coalesce(published_us, first_seen_us), id) > (?2, ?3) \
             ORDER BY coalesce(published_us, first_seen_us), id LIMIT ?4"
        ))
        .map_err(q(op))?;
    let rows = stmt.query(params![since_us, after.time_us, after.id, limit(n)]).map_err(q(op))?;
    collect_articles(rows)
}

pub(super) fn story_cards(tx: &Transaction<'_>, story_id: Id) -> Result<Vec<ArticleCard>, StoreError> {
    let op = "reading a story's articles";
    let mut stmt = tx
        .prepare_cached(&format!(
            "SELECT {CARD_COLUMNS} FROM article_stories st CROSS JOIN articles a ON a.id = st.article_id \
             JOIN publications p ON p.id = a.publication_id LEFT JOIN columnists c ON c.id = a.columnist_id \
             WHERE st.story_id = ?1 AND st.copy_of IS NULL \
             ORDER BY coalesce(a.published_us, a.first_seen_us), a.id"
        ))
        .map_err(q(op))?;
    let rows = stmt.query([story_id]).map_err(q(op))?;
    collect_cards(rows)
}

/// Members of the stories `m` selects, grouped: the query behind [`stories`] and [`story`].
fn story_query(members: &str, having: &str, tail: &str) -> String {
    format!(
        "WITH m AS MATERIALIZED ({members}) \
         SELECT m.story_id, \
          (SELECT a.title FROM article_stories s JOIN articles a ON a.id = s.article_id \
           WHERE s.story_id = m.story_id AND s.copy_of IS NULL AND a.title IS NOT NULL AND a.title <> '' \
           ORDER BY coalesce(a.published_us, a.first_seen_us), a.id LIMIT 1), \
          sum(CASE WHEN m.copy_of IS NULL THEN 1 ELSE 0 END), count(DISTINCT m.publication_id), \
          count(DISTINCT upper(p.country)), count(DISTINCT lower(m.lang)), max(m.t) \
         FROM m JOIN publications p ON p.id = m.publication_id \
         GROUP BY m.story_id {having} {tail}"
    )
}

const MEMBERS: &str = "SELECT s.story_id, s.copy_of, a.publication_id, a.lang, \
     coalesce(a.published_us, a.first_seen_us) AS t FROM article_stories s JOIN articles a ON a.id = s.article_id";

fn story_from_row(r: &Row<'_>) -> Result<StoryRow, StoreError> {
    let op = "reading a story";
    Ok(StoryRow {
        id: r.get(0).map_err(q(op))?,
        title: r.get(1).map_err(q(op))?,
        articles: r.get(2).map_err(q(op))?,
        publications: r.get(3).map_err(q(op))?,
        countries: r.get(4).map_err(q(op))?,
        languages: r.get(5).map_err(q(op))?,
        latest: from_us(r.get(6).map_err(q(op))?, 0)?,
    })
}

pub(super) fn stories(
    tx: &Transaction<'_>,
    since_us: i64,
    min_articles: u64,
    n: usize,
) -> Result<Vec<StoryRow>, StoreError> {
    let op = "listing stories";
    // Only stories with an article in the period: a range of the sort-time index, then their members.
    let members = format!(
        "{MEMBERS} WHERE s.story_id IN (SELECT s2.story_id FROM articles a2 JOIN article_stories s2 \
         ON s2.article_id = a2.id WHERE coalesce(a2.published_us, a2.first_seen_us) >= ?1)"
    );
    let sql = story_query(
        &members,
        "HAVING sum(CASE WHEN m.copy_of IS NULL THEN 1 ELSE 0 END) >= ?2 AND max(m.t) >= ?1",
        "ORDER BY 4 DESC, 5 DESC, 7 DESC, 1 DESC LIMIT ?3",
    );
    let mut stmt = tx.prepare_cached(&sql).map_err(q(op))?;
    let min = i64::try_from(min_articles).unwrap_or(i64::MAX);
    let mut rows = stmt.query(params![since_us, min, limit(n)]).map_err(q(op))?;
    let mut out = Vec::new();
    while let Some(r) = rows.next().map_err(q(op))? {
        out.push(story_from_row(r)?);
    }
    Ok(out)
}

pub(super) fn story(tx: &Transaction<'_>, story_id: Id) -> Result<Option<StoryRow>, StoreError> {
    let op = "reading a story";
    let sql = story_query(&format!("{MEMBERS} WHERE s.story_id = ?1"), "", "");
    let mut stmt = tx.prepare_cached(&sql).map_err(q(op))?;
    let mut rows = stmt.query([story_id]).map_err(q(op))?;
    match rows.next().map_err(q(op))? {
        Some(r) => Ok(Some(story_from_row(r)?)),
        None => Ok(None),
    }
}

pub(super) fn copies(tx: &Transaction<'_>, article_id: Id) -> Result<Vec<CopyRow>, StoreError> {
    let op = "reading an article's copies";
    let mut stmt = tx
        .prepare_cached(
            "SELECT a.id, a.url, a.publication_id, p.name, p.country, coalesce(a.published_us, a.first_seen_us), \
             CASE WHEN a.published_us IS NULL THEN 0 ELSE coalesce(a.published_offset, 0) END \
             FROM article_stories s JOIN articles a ON a.id = s.article_id JOIN publications p ON p.id = a.publication_id \
             WHERE s.copy_of = ?1 ORDER BY 6, 1",
        )
        .map_err(q(op))?;
    let mut rows = stmt.query([article_id]).map_err(q(op))?;
    let mut out = Vec::new();
    while let Some(r) = rows.next().map_err(q(op))? {
        out.push(CopyRow {
            article_id: r.get(0).map_err(q(op))?,
            url: r.get(1).map_err(q(op))?,
            publication_id: r.get(2).map_err(q(op))?,
            publication_name: r.get(3).map_err(q(op))?,
            country: r.get(4).map_err(q(op))?,
            published: from_us(r.get(5).map_err(q(op))?, r.get(6).map_err(q(op))?)?,
        });
    }
    Ok(out)
}
