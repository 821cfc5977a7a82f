//! Reads for the public site: listings, columnists, counters. Listings sort by
//! `coalesce(published_us, first_seen_us)`, the expression migration 0003 indexes.

use std::collections::HashMap;

use rusqlite::types::Value;
use rusqlite::{Row, Transaction, params, params_from_iter};

use super::{PUBLICATION_SELECT, publication_from_row, q};
use crate::convert::{from_us, kind_from_str, language_patterns, names_from_json, opt_from_us, variants_from_json};
use crate::{ArticleCard, ArticleFilter, ColumnistRow, CountDelta, Counts, Id, PublicationRow, StoreError, TextHead};

/// The sort key listings use; must match the indexes of migration 0003 exactly.
const SORT: &str = "coalesce(a.published_us, a.first_seen_us)";

pub(super) const CARD_COLUMNS: &str = "a.id, a.publication_id, p.name, p.country, a.columnist_id, \
     coalesce(c.name, (SELECT s.byline FROM article_stories s WHERE s.article_id = a.id)), c.photo_url, a.authors, \
     a.url, a.title, a.description, a.excerpt, a.published_us, a.published_offset, a.first_seen_us, a.updated_us, \
     a.lang, a.kind, a.image, a.word_count, a.credits, \
     coalesce((SELECT sum(k.views) FROM counters k WHERE k.article_id = a.id), 0), \
     coalesce((SELECT sum(k.likes) FROM counters k WHERE k.article_id = a.id), 0), \
     (SELECT i.variants FROM images i WHERE i.id = c.photo_image_id), \
     (SELECT i.variants FROM images i WHERE i.url = a.image AND i.purpose = 'lead')";

/// Syndicated copies are left out of every listing, count and search result: their original
/// stands for them (issue 11).
pub(super) const NOT_COPY: &str =
    "NOT EXISTS (SELECT 1 FROM article_stories s WHERE s.article_id = a.id AND s.copy_of IS NOT NULL)";

pub(super) const CARD_FROM: &str =
    "articles a JOIN publications p ON p.id = a.publication_id LEFT JOIN columnists c ON c.id = a.columnist_id";

fn card_from_row(row: &Row<'_>) -> Result<ArticleCard, StoreError> {
    let op = "reading an article card";
    let authors: String = row.get(7).map_err(q(op))?;
    let kind: String = row.get(17).map_err(q(op))?;
    Ok(ArticleCard {
        id: row.get(0).map_err(q(op))?,
        publication_id: row.get(1).map_err(q(op))?,
        publication_name: row.get(2).map_err(q(op))?,
        country: row.get(3).map_err(q(op))?,
        columnist_id: row.get(4).map_err(q(op))?,
        columnist_name: row.get(5).map_err(q(op))?,
        columnist_photo: variants_from_json(row.get::<_, Option<String>>(23).map_err(q(op))?.as_deref())?,
        authors: names_from_json(&authors, "authors")?,
        url: row.get(8).map_err(q(op))?,
        title: row.get(9).map_err(q(op))?,
        description: row.get(10).map_err(q(op))?,
        excerpt: row.get(11).map_err(q(op))?,
        published: opt_from_us(row.get(12).map_err(q(op))?, row.get(13).map_err(q(op))?)?,
        first_seen_at: from_us(row.get(14).map_err(q(op))?, 0)?,
        updated_at: from_us(row.get(15).map_err(q(op))?, 0)?,
        lang: row.get(16).map_err(q(op))?,
        kind: kind_from_str(&kind)?,
        image: row.get(18).map_err(q(op))?,
        lead_image: variants_from_json(row.get::<_, Option<String>>(24).map_err(q(op))?.as_deref())?,
        word_count: row.get(19).map_err(q(op))?,
        credits: names_from_json(&row.get::<_, String>(20).map_err(q(op))?, "credits")?,
        counts: Counts { views: row.get(21).map_err(q(op))?, likes: row.get(22).map_err(q(op))? },
    })
}

/// `WHERE` conditions (joined with AND, or `1` when empty) and their parameters for `filter`.
fn conditions(filter: &ArticleFilter) -> (String, Vec<Value>) {
    let mut conds: Vec<&str> = vec![NOT_COPY];
    let mut values = Vec::new();
    if let Some(kind) = filter.kind {
        conds.push("a.kind = ?");
        values.push(Value::Text(kind.as_str().to_owned()));
    }
    if let Some(id) = filter.publication_id {
        conds.push("a.publication_id = ?");
        values.push(Value::Integer(id));
    }
    if let Some(id) = filter.columnist_id {
        conds.push("a.columnist_id = ?");
        values.push(Value::Integer(id));
    }
    if let Some(country) = &filter.country {
        // A set of publication ids: counting walks the per-publication index, no join.
        conds.push("a.publication_id IN (SELECT id FROM publications WHERE country = ? COLLATE NOCASE)");
        values.push(Value::Text(country.clone()));
    }
    if let Some(lang) = &filter.language {
        let (primary, pattern) = language_patterns(lang);
        conds.push("(lower(a.lang) = ? OR lower(a.lang) LIKE ? ESCAPE '\\')");
        values.push(Value::Text(primary));
        values.push(Value::Text(pattern));
    }
    let clause = conds.join(" AND ");
    (clause, values)
}

pub(super) fn collect_cards(mut rows: rusqlite::Rows<'_>) -> Result<Vec<ArticleCard>, StoreError> {
    let mut out = Vec::new();
    while let Some(row) = rows.next().map_err(q("reading article cards"))? {
        out.push(card_from_row(row)?);
    }
    Ok(out)
}

fn limit_value(n: usize) -> Value {
    Value::Integer(i64::try_from(n).unwrap_or(i64::MAX))
}

pub(super) fn cards(
    tx: &Transaction<'_>,
    filter: &ArticleFilter,
    offset: usize,
    limit: usize,
) -> Result<Vec<ArticleCard>, StoreError> {
    let op = "listing articles";
    let (clause, mut values) = conditions(filter);
    values.push(limit_value(limit));
    values.push(limit_value(offset));
    let sql = format!(
        "SELECT {CARD_COLUMNS} FROM {CARD_FROM} WHERE {clause} ORDER BY {SORT} DESC, a.id DESC LIMIT ? OFFSET ?"
    );
    let mut stmt = tx.prepare_cached(&sql).map_err(q(op))?;
    let rows = stmt.query(params_from_iter(values)).map_err(q(op))?;
    collect_cards(rows)
}

pub(super) fn count_cards(tx: &Transaction<'_>, filter: &ArticleFilter) -> Result<u64, StoreError> {
    let op = "counting articles";
    let (clause, values) = conditions(filter);
    let sql = format!("SELECT count(*) FROM articles a WHERE {clause}");
    let mut stmt = tx.prepare_cached(&sql).map_err(q(op))?;
    stmt.query_row(params_from_iter(values), |r| r.get(0)).map_err(q(op))
}

/// The ids as one JSON array, bound as a single parameter: `a.id IN (SELECT value FROM
/// json_each(?))` reads any number of rows with one statement. Binding each id to its own
/// `a.id = ?` statement costs a re-prepare per row instead, since SQLite re-plans a statement
/// whose parameter is compared against a partial index's condition (`articles` has two).
fn id_list(ids: &[Id]) -> String {
    let mut list = String::with_capacity(ids.len() * 8 + 2);
    list.push('[');
    for (i, id) in ids.iter().enumerate() {
        if i > 0 {
            list.push(',');
        }
        list.push_str(&id.to_string());
    }
    list.push(']');
    list
}

pub(super) fn cards_by_id(tx: &Transaction<'_>, ids: &[Id]) -> Result<Vec<ArticleCard>, StoreError> {
    let op = "reading articles by id";
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut stmt = tx
        .prepare_cached(&format!(
            "SELECT {CARD_COLUMNS} FROM {CARD_FROM} WHERE a.id IN (SELECT value FROM json_each(?1)) AND {NOT_COPY}"
        ))
        .map_err(q(op))?;
    let rows = stmt.query([id_list(ids)]).map_err(q(op))?;
    let mut found: HashMap<Id, ArticleCard> = collect_cards(rows)?.into_iter().map(|c| (c.id, c)).collect();
    // In the order given, unknown ids left out.
    Ok(ids.iter().filter_map(|id| found.remove(id)).collect())
}

/// Titles by one statement; the texts' starts through SQLite's incremental BLOB reader, which
/// reads only the pages holding the bytes asked for, where `substr` would load the whole text
/// (most of it on overflow pages) to cut it. One handle is moved from row to row.
pub(super) fn text_heads(tx: &Transaction<'_>, ids: &[Id], max_bytes: usize) -> Result<Vec<TextHead>, StoreError> {
    let op = "reading the start of articles";
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut stmt = tx
        .prepare_cached("SELECT id, coalesce(title, '') FROM articles WHERE id IN (SELECT value FROM json_each(?1))")
        .map_err(q(op))?;
    let mut titles: HashMap<Id, String> = HashMap::with_capacity(ids.len());
    let mut rows = stmt.query([id_list(ids)]).map_err(q(op))?;
    while let Some(row) = rows.next().map_err(q(op))? {
        titles.insert(row.get(0).map_err(q(op))?, row.get(1).map_err(q(op))?);
    }
    heads(tx, ids.iter().filter_map(|id| titles.remove(id).map(|title| (*id, title))), max_bytes)
}

/// The starts of the texts of these articles (known to exist), with the titles given.
pub(super) fn heads(
    tx: &Transaction<'_>,
    titled: impl Iterator<Item = (Id, String)>,
    max_bytes: usize,
) -> Result<Vec<TextHead>, StoreError> {
    let op = "reading the start of articles";
    let mut out = Vec::new();
    let mut blob: Option<rusqlite::blob::Blob<'_>> = None;
    for (id, title) in titled {
        // A handle whose row vanished is unusable: open a fresh one.
        let reopened = blob.as_mut().is_some_and(|b| b.reopen(id).is_ok());
        if !reopened {
            blob = Some(tx.blob_open(rusqlite::MAIN_DB, c"articles", c"text", id, true).map_err(q(op))?);
        }
        let Some(b) = blob.as_ref() else { continue };
        let mut buf = vec![0; b.len().min(max_bytes)];
        let n = b.read_at(&mut buf, 0).map_err(q(op))?;
        // Cut inside a character: keep what comes before it. The bytes are not validated here
        // (see `TextHead::text`).
        buf.truncate(crate::whole_chars_end(&buf[..n]));
        let text = buf;
        out.push(TextHead { id, title, text });
    }
    Ok(out)
}

pub(super) fn most_read(
    tx: &Transaction<'_>,
    filter: &ArticleFilter,
    since_day: i64,
    limit: usize,
) -> Result<Vec<ArticleCard>, StoreError> {
    let op = "listing the most read";
    let (clause, values) = conditions(filter);
    let mut all = vec![Value::Integer(since_day)];
    all.extend(values);
    all.push(limit_value(limit));
    // The recent views are summed first (a range of the per-day index), then joined: without
    // MATERIALIZED, SQLite may walk every article and sum its counters one by one.
    let sql = format!(
        "WITH r AS MATERIALIZED (SELECT article_id, sum(views) AS recent FROM counters WHERE day >= ? \
         GROUP BY article_id HAVING recent > 0) \
         SELECT {CARD_COLUMNS} FROM r CROSS JOIN articles a ON a.id = r.article_id \
         JOIN publications p ON p.id = a.publication_id LEFT JOIN columnists c ON c.id = a.columnist_id \
         WHERE {clause} ORDER BY r.recent DESC, {SORT} DESC, a.id DESC LIMIT ?"
    );
    let mut stmt = tx.prepare_cached(&sql).map_err(q(op))?;
    let rows = stmt.query(params_from_iter(all)).map_err(q(op))?;
    collect_cards(rows)
}

pub(super) fn publication(tx: &Transaction<'_>, id: Id) -> Result<Option<PublicationRow>, StoreError> {
    let op = "reading a publication";
    let mut stmt = tx.prepare_cached(&format!("{PUBLICATION_SELECT} WHERE p.id = ?1")).map_err(q(op))?;
    let mut rows = stmt.query_map([id], publication_from_row).map_err(q(op))?;
    rows.next().transpose().map_err(q(op))
}

/// Columnists with at least one article: all, one publication's, or one by id.
pub(super) fn columnists(
    tx: &Transaction<'_>,
    publication_id: Option<Id>,
    id: Option<Id>,
) -> Result<Vec<ColumnistRow>, StoreError> {
    let op = "listing columnists";
    let mut stmt = tx
        .prepare_cached(
            // Each count is a range of an index (articles_columnist_kind, articles_columnist_latest),
            // so the directory costs one index walk, not a read of every article.
            "SELECT * FROM (SELECT c.id, c.name, c.publication_id, p.name, c.page_url, c.photo_url, \
             (SELECT i.variants FROM images i WHERE i.id = c.photo_image_id), c.photo_chosen, \
             (SELECT count(*) FROM articles a WHERE a.columnist_id = c.id) AS n, \
             (SELECT count(*) FROM articles a WHERE a.columnist_id = c.id AND a.kind = 'opinion'), \
             (SELECT coalesce(a.published_us, a.first_seen_us) FROM articles a WHERE a.columnist_id = c.id \
              ORDER BY coalesce(a.published_us, a.first_seen_us) DESC LIMIT 1) \
             FROM columnists c JOIN publications p ON p.id = c.publication_id \
             WHERE (?1 IS NULL OR c.publication_id = ?1) AND (?2 IS NULL OR c.id = ?2)) \
             WHERE n > 0 ORDER BY 2 COLLATE NOCASE, 1",
        )
        .map_err(q(op))?;
    let rows = stmt
        .query_map(params![publication_id, id], |r| {
            Ok((
                r.get::<_, Id>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Id>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, Option<String>>(4)?,
                r.get::<_, Option<String>>(5)?,
                r.get::<_, Option<String>>(6)?,
                r.get::<_, bool>(7)?,
                r.get::<_, u64>(8)?,
                r.get::<_, u64>(9)?,
                r.get::<_, Option<i64>>(10)?,
            ))
        })
        .map_err(q(op))?;
    let mut out = Vec::new();
    for row in rows {
        let (
            id,
            name,
            publication_id,
            publication_name,
            page_url,
            photo_url,
            photo,
            photo_chosen,
            articles,
            columns,
            latest,
        ) = row.map_err(q(op))?;
        out.push(ColumnistRow {
            id,
            name,
            publication_id,
            publication_name,
            page_url,
            photo_url,
            photo: variants_from_json(photo.as_deref())?,
            photo_chosen,
            articles,
            columns,
            latest: latest.map(|us| from_us(us, 0)).transpose()?,
        });
    }
    Ok(out)
}

pub(super) fn add_counts(tx: &Transaction<'_>, deltas: &[CountDelta]) -> Result<(), StoreError> {
    let op = "adding counts";
    let mut stmt = tx
        .prepare_cached(
            "INSERT INTO counters (article_id, day, views, likes) \
             SELECT ?1, ?2, ?3, ?4 WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?1) \
             ON CONFLICT (article_id, day) DO UPDATE SET views = views + excluded.views, likes = likes + excluded.likes",
        )
        .map_err(q(op))?;
    for d in deltas {
        let views = i64::try_from(d.views).unwrap_or(i64::MAX);
        let likes = i64::try_from(d.likes).unwrap_or(i64::MAX);
        stmt.execute(params![d.article_id, d.day, views, likes]).map_err(q(op))?;
    }
    Ok(())
}

pub(super) fn counts(tx: &Transaction<'_>, article_id: Id) -> Result<Counts, StoreError> {
    let op = "reading counts";
    let mut stmt = tx
        .prepare_cached("SELECT coalesce(sum(views), 0), coalesce(sum(likes), 0) FROM counters WHERE article_id = ?1")
        .map_err(q(op))?;
    stmt.query_row([article_id], |r| Ok(Counts { views: r.get(0)?, likes: r.get(1)? })).map_err(q(op))
}
