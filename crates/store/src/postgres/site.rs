//! Reads for the public site on PostgreSQL: listings, columnists, counters. The same queries as
//! SQLite's (`sqlite/site.rs`), in PostgreSQL's dialect; listings sort by
//! `coalesce(published_us, first_seen_us)`, the expression migration 0001 indexes.

use std::collections::HashMap;

use deadpool_postgres::Transaction;
use tokio_postgres::Row;
use tokio_postgres::types::ToSql;

use super::{PUBLICATION_SELECT, big, get, pg, publication_from_row, unsigned};
use crate::convert::{from_us, kind_from_str, language_patterns, names_from_json, opt_from_us, variants_from_json};
use crate::{ArticleCard, ArticleFilter, ColumnistRow, CountDelta, Counts, Id, PublicationRow, StoreError, TextHead};

/// The sort key listings use; must match the indexes of migration 0001 exactly.
const SORT: &str = "coalesce(a.published_us, a.first_seen_us)";

pub(super) const CARD_COLUMNS: &str = "a.id, a.publication_id, p.name, p.country, a.columnist_id, \
     coalesce(c.name, (SELECT s.byline FROM article_stories s WHERE s.article_id = a.id)), c.photo_url, a.authors, \
     a.url, a.title, a.description, a.excerpt, a.published_us, a.published_offset, a.first_seen_us, a.updated_us, \
     a.lang, a.kind, a.image, a.word_count, a.credits, \
     coalesce((SELECT sum(k.views) FROM counters k WHERE k.article_id = a.id), 0)::bigint, \
     coalesce((SELECT sum(k.likes) FROM counters k WHERE k.article_id = a.id), 0)::bigint, \
     (SELECT i.variants FROM images i WHERE i.id = c.photo_image_id), \
     (SELECT i.variants FROM images i WHERE i.url = a.image AND i.purpose = 'lead')";

/// Syndicated copies are left out of every listing, count and search result: their original
/// stands for them (issue 11).
pub(super) const NOT_COPY: &str =
    "NOT EXISTS (SELECT 1 FROM article_stories s WHERE s.article_id = a.id AND s.copy_of IS NOT NULL)";

pub(super) const CARD_FROM: &str =
    "articles a JOIN publications p ON p.id = a.publication_id LEFT JOIN columnists c ON c.id = a.columnist_id";

fn card_from_row(row: &Row) -> Result<ArticleCard, StoreError> {
    let op = "reading an article card";
    let offset: Option<i32> = get(row, 13, op)?;
    Ok(ArticleCard {
        id: get(row, 0, op)?,
        publication_id: get(row, 1, op)?,
        publication_name: get(row, 2, op)?,
        country: get(row, 3, op)?,
        columnist_id: get(row, 4, op)?,
        columnist_name: get(row, 5, op)?,
        columnist_photo: variants_from_json(get::<Option<&str>>(row, 23, op)?)?,
        authors: names_from_json(get(row, 7, op)?, "authors")?,
        url: get(row, 8, op)?,
        title: get(row, 9, op)?,
        description: get(row, 10, op)?,
        excerpt: get(row, 11, op)?,
        published: opt_from_us(get(row, 12, op)?, offset.map(i64::from))?,
        first_seen_at: from_us(get(row, 14, op)?, 0)?,
        updated_at: from_us(get(row, 15, op)?, 0)?,
        lang: get(row, 16, op)?,
        kind: kind_from_str(get(row, 17, op)?)?,
        image: get(row, 18, op)?,
        lead_image: variants_from_json(get::<Option<&str>>(row, 24, op)?)?,
        word_count: unsigned(get(row, 19, op)?, "a word count")?,
        credits: names_from_json(get(row, 20, op)?, "credits")?,
        counts: Counts {
            views: unsigned(get(row, 21, op)?, "a view count")?,
            likes: unsigned(get(row, 22, op)?, "a like count")?,
        },
    })
}

pub(super) fn cards_from_rows(rows: &[Row]) -> Result<Vec<ArticleCard>, StoreError> {
    rows.iter().map(card_from_row).collect()
}

/// A query parameter of a filter.
type Param = Box<dyn ToSql + Sync + Send>;

/// `WHERE` conditions (joined with AND, or `TRUE` when empty) for `filter`, numbering parameters
/// from `$first`, and their values.
fn conditions(filter: &ArticleFilter, first: usize) -> (String, Vec<Param>) {
    let mut conds: Vec<String> = vec![NOT_COPY.to_owned()];
    let mut values: Vec<Param> = Vec::new();
    let mut n = first;
    let mut param = |values: &mut Vec<Param>, v: Param| {
        values.push(v);
        let p = format!("${n}");
        n += 1;
        p
    };
    if let Some(kind) = filter.kind {
        let p = param(&mut values, Box::new(kind.as_str()));
        conds.push(format!("a.kind = {p}"));
    }
    if let Some(id) = filter.publication_id {
        let p = param(&mut values, Box::new(id));
        conds.push(format!("a.publication_id = {p}"));
    }
    if let Some(id) = filter.columnist_id {
        let p = param(&mut values, Box::new(id));
        conds.push(format!("a.columnist_id = {p}"));
    }
    if let Some(country) = &filter.country {
        // A set of publication ids: counting walks the per-publication index, no join. ASCII case
        // folded, as SQLite's NOCASE does.
        let p = param(&mut values, Box::new(country.clone()));
        conds.push(format!(
            "a.publication_id IN (SELECT id FROM publications WHERE lower(country COLLATE \"C\") = lower({p} COLLATE \"C\"))"
        ));
    }
    if let Some(lang) = &filter.language {
        let (primary, pattern) = language_patterns(lang);
        let p1 = param(&mut values, Box::new(primary));
        let p2 = param(&mut values, Box::new(pattern));
        conds
            .push(format!("(lower(a.lang COLLATE \"C\") = {p1} OR lower(a.lang COLLATE \"C\") LIKE {p2} ESCAPE '\\')"));
    }
    let clause = conds.join(" AND ");
    (clause, values)
}

fn refs(values: &[Param]) -> Vec<&(dyn ToSql + Sync)> {
    values.iter().map(|v| v.as_ref() as &(dyn ToSql + Sync)).collect()
}

pub(super) async fn cards(
    tx: &Transaction<'_>,
    filter: &ArticleFilter,
    offset: usize,
    limit: usize,
) -> Result<Vec<ArticleCard>, StoreError> {
    let op = "listing articles";
    let (clause, mut values) = conditions(filter, 1);
    let n = values.len();
    values.push(Box::new(big(limit)));
    values.push(Box::new(big(offset)));
    let sql = format!(
        "SELECT {CARD_COLUMNS} FROM {CARD_FROM} WHERE {clause} ORDER BY {SORT} DESC, a.id DESC LIMIT ${} OFFSET ${}",
        n + 1,
        n + 2
    );
    let stmt = tx.prepare_cached(&sql).await.map_err(pg(op))?;
    cards_from_rows(&tx.query(&stmt, &refs(&values)).await.map_err(pg(op))?)
}

pub(super) async fn count_cards(tx: &Transaction<'_>, filter: &ArticleFilter) -> Result<u64, StoreError> {
    let op = "counting articles";
    let (clause, values) = conditions(filter, 1);
    let stmt = tx.prepare_cached(&format!("SELECT count(*) FROM articles a WHERE {clause}")).await.map_err(pg(op))?;
    let row = tx.query_one(&stmt, &refs(&values)).await.map_err(pg(op))?;
    unsigned(get(&row, 0, op)?, "an article count")
}

pub(super) async fn cards_by_id(tx: &Transaction<'_>, ids: &[Id]) -> Result<Vec<ArticleCard>, StoreError> {
    let op = "reading articles by id";
    let stmt = tx
        .prepare_cached(&format!("SELECT {CARD_COLUMNS} FROM {CARD_FROM} WHERE a.id = ANY($1) AND {NOT_COPY}"))
        .await
        .map_err(pg(op))?;
    let found: HashMap<Id, ArticleCard> =
        cards_from_rows(&tx.query(&stmt, &[&ids]).await.map_err(pg(op))?)?.into_iter().map(|c| (c.id, c)).collect();
    // In the order given, unknown ids left out, as SQLite's one-by-one reads give them.
    Ok(ids.iter().filter_map(|id| found.get(id).cloned()).collect())
}

pub(super) async fn text_heads(
    tx: &Transaction<'_>,
    ids: &[Id],
    max_bytes: usize,
) -> Result<Vec<TextHead>, StoreError> {
    let op = "reading the start of articles";
    let stmt = tx
        .prepare_cached("SELECT id, coalesce(title, ''), left(text, $2) FROM articles WHERE id = ANY($1)")
        .await
        .map_err(pg(op))?;
    // Characters are at least a byte: this many characters hold the bytes wanted.
    let max = i32::try_from(max_bytes).unwrap_or(i32::MAX);
    let mut found: HashMap<Id, TextHead> = HashMap::new();
    for row in tx.query(&stmt, &[&ids, &max]).await.map_err(pg(op))? {
        let id: Id = row.try_get(0).map_err(pg(op))?;
        let mut text: String = row.try_get(2).map_err(pg(op))?;
        text.truncate(crate::floor_char_boundary(&text, max_bytes));
        found.insert(id, TextHead { id, title: row.try_get(1).map_err(pg(op))?, text: text.into_bytes() });
    }
    Ok(ids.iter().filter_map(|id| found.remove(id)).collect())
}

pub(super) async fn most_read(
    tx: &Transaction<'_>,
    filter: &ArticleFilter,
    since_day: i64,
    limit: usize,
) -> Result<Vec<ArticleCard>, StoreError> {
    let op = "listing the most read";
    let (clause, filter_values) = conditions(filter, 2);
    let mut values: Vec<Param> = vec![Box::new(since_day)];
    values.extend(filter_values);
    values.push(Box::new(big(limit)));
    // The recent views are summed first (a range of the per-day index), then joined.
    let sql = format!(
        "WITH r AS MATERIALIZED (SELECT article_id, sum(views) AS recent FROM counters WHERE day >= $1 \
         GROUP BY article_id HAVING sum(views) > 0) \
         SELECT {CARD_COLUMNS} FROM r JOIN articles a ON a.id = r.article_id \
         JOIN publications p ON p.id = a.publication_id LEFT JOIN columnists c ON c.id = a.columnist_id \
         WHERE {clause} ORDER BY r.recent DESC, {SORT} DESC, a.id DESC LIMIT ${}",
        values.len()
    );
    let stmt = tx.prepare_cached(&sql).await.map_err(pg(op))?;
    cards_from_rows(&tx.query(&stmt, &refs(&values)).await.map_err(pg(op))?)
}

pub(super) async fn publication(tx: &Transaction<'_>, id: Id) -> Result<Option<PublicationRow>, StoreError> {
    let op = "reading a publication";
    let stmt = tx.prepare_cached(&format!("{PUBLICATION_SELECT} WHERE p.id = $1")).await.map_err(pg(op))?;
    tx.query_opt(&stmt, &[&id]).await.map_err(pg(op))?.as_ref().map(publication_from_row).transpose()
}

/// Columnists with at least one article: all, one publication's, or one by id. By name with
/// ASCII case folded (SQLite's NOCASE), then id.
pub(super) async fn columnists(
    tx: &Transaction<'_>,
    publication_id: Option<Id>,
    id: Option<Id>,
) -> Result<Vec<ColumnistRow>, StoreError> {
    let op = "listing columnists";
    let stmt = tx
        .prepare_cached(
            "SELECT * FROM (SELECT c.id, c.name, c.publication_id, p.name AS publication_name, c.page_url, \
             c.photo_url, (SELECT i.variants FROM images i WHERE i.id = c.photo_image_id), c.photo_chosen, \
             (SELECT count(*) FROM articles a WHERE a.columnist_id = c.id) AS n, \
             (SELECT count(*) FROM articles a WHERE a.columnist_id = c.id AND a.kind = 'opinion') AS columns, \
             (SELECT coalesce(a.published_us, a.first_seen_us) FROM articles a WHERE a.columnist_id = c.id \
              ORDER BY coalesce(a.published_us, a.first_seen_us) DESC LIMIT 1) AS latest \
             FROM columnists c JOIN publications p ON p.id = c.publication_id \
             WHERE ($1::bigint IS NULL OR c.publication_id = $1) AND ($2::bigint IS NULL OR c.id = $2)) x \
             WHERE n > 0 ORDER BY lower(name COLLATE \"C\"), id",
        )
        .await
        .map_err(pg(op))?;
    let rows = tx.query(&stmt, &[&publication_id, &id]).await.map_err(pg(op))?;
    rows.iter()
        .map(|r| {
            Ok(ColumnistRow {
                id: get(r, 0, op)?,
                name: get(r, 1, op)?,
                publication_id: get(r, 2, op)?,
                publication_name: get(r, 3, op)?,
                page_url: get(r, 4, op)?,
                photo_url: get(r, 5, op)?,
                photo: variants_from_json(get::<Option<&str>>(r, 6, op)?)?,
                photo_chosen: get::<i32>(r, 7, op)? != 0,
                articles: unsigned(get(r, 8, op)?, "an article count")?,
                columns: unsigned(get(r, 9, op)?, "a column count")?,
                latest: get::<Option<i64>>(r, 10, op)?.map(|us| from_us(us, 0)).transpose()?,
            })
        })
        .collect()
}

/// One statement for the whole batch: deltas summed per (article, day) and applied in key order
/// as increments, so concurrent flushes from several nodes neither lose counts nor deadlock.
pub(super) async fn add_counts(tx: &Transaction<'_>, deltas: &[CountDelta]) -> Result<(), StoreError> {
    let op = "adding counts";
    let ids: Vec<i64> = deltas.iter().map(|d| d.article_id).collect();
    let days: Vec<i64> = deltas.iter().map(|d| d.day).collect();
    let views: Vec<i64> = deltas.iter().map(|d| big(d.views)).collect();
    let likes: Vec<i64> = deltas.iter().map(|d| big(d.likes)).collect();
    let stmt = tx
        .prepare_cached(
            "INSERT INTO counters (article_id, day, views, likes, changed_us) \
             SELECT d.article_id, d.day, sum(d.views)::bigint, sum(d.likes)::bigint, \
             (extract(epoch FROM statement_timestamp()) * 1000000)::bigint \
             FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::bigint[]) AS d(article_id, day, views, likes) \
             WHERE EXISTS (SELECT 1 FROM articles a WHERE a.id = d.article_id) \
             GROUP BY d.article_id, d.day ORDER BY d.article_id, d.day \
             ON CONFLICT (article_id, day) DO UPDATE SET views = counters.views + excluded.views, \
             likes = counters.likes + excluded.likes, changed_us = excluded.changed_us",
        )
        .await
        .map_err(pg(op))?;
    tx.execute(&stmt, &[&ids, &days, &views, &likes]).await.map_err(pg(op))?;
    Ok(())
}

pub(super) async fn counts(tx: &Transaction<'_>, article_id: Id) -> Result<Counts, StoreError> {
    let op = "reading counts";
    let stmt = tx
        .prepare_cached(
            "SELECT coalesce(sum(views), 0)::bigint, coalesce(sum(likes), 0)::bigint FROM counters \
             WHERE article_id = $1",
        )
        .await
        .map_err(pg(op))?;
    let row = tx.query_one(&stmt, &[&article_id]).await.map_err(pg(op))?;
    Ok(Counts {
        views: unsigned(get(&row, 0, op)?, "a view count")?,
        likes: unsigned(get(&row, 1, op)?, "a like count")?,
    })
}
