//! Images (issue 13) on PostgreSQL: the same rows as SQLite's `sqlite/media.rs`.

use deadpool_postgres::Transaction;
use tokio_postgres::Row;

use super::{big, get, pg, unsigned};
use crate::convert::{from_us, purpose_from_str, size_from_db, us, variants_from_json, variants_to_json};
use crate::{Id, ImageFetch, ImagePurpose, ImageRow, NewImage, StoreError};

const IMAGE_COLUMNS: &str = "id, url, purpose, publication_id, etag, last_modified, fetched_us, next_fetch_us, \
     failures, error, source_width, source_height, variants";

fn image_from_row(r: &Row) -> Result<ImageRow, StoreError> {
    let op = "reading an image";
    Ok(ImageRow {
        id: get(r, 0, op)?,
        url: get(r, 1, op)?,
        purpose: purpose_from_str(get(r, 2, op)?)?,
        publication_id: get(r, 3, op)?,
        etag: get(r, 4, op)?,
        last_modified: get(r, 5, op)?,
        fetched_at: from_us(get(r, 6, op)?, 0)?,
        next_fetch_at: from_us(get(r, 7, op)?, 0)?,
        failures: u32::try_from(unsigned(get(r, 8, op)?, "a failure count")?).unwrap_or(u32::MAX),
        error: get(r, 9, op)?,
        source_size: size_from_db(get(r, 10, op)?, get(r, 11, op)?),
        variants: variants_from_json(Some(get(r, 12, op)?))?,
    })
}

pub(super) async fn image(
    tx: &Transaction<'_>,
    url: &str,
    purpose: ImagePurpose,
) -> Result<Option<ImageRow>, StoreError> {
    let op = "reading an image";
    let stmt = tx
        .prepare_cached(&format!("SELECT {IMAGE_COLUMNS} FROM images WHERE url = $1 AND purpose = $2"))
        .await
        .map_err(pg(op))?;
    tx.query_opt(&stmt, &[&url, &purpose.as_str()]).await.map_err(pg(op))?.as_ref().map(image_from_row).transpose()
}

pub(super) async fn images(tx: &Transaction<'_>, after: Id, limit: usize) -> Result<Vec<ImageRow>, StoreError> {
    let op = "reading images";
    let stmt = tx
        .prepare_cached(&format!("SELECT {IMAGE_COLUMNS} FROM images WHERE id > $1 ORDER BY id LIMIT $2"))
        .await
        .map_err(pg(op))?;
    tx.query(&stmt, &[&after, &big(limit)]).await.map_err(pg(op))?.iter().map(image_from_row).collect()
}

/// A [`NewImage`] owned, so a retried transaction can run it again.
#[derive(Clone)]
pub(super) struct OwnedImage {
    url: String,
    purpose: &'static str,
    publication_id: Option<Id>,
    etag: Option<String>,
    last_modified: Option<String>,
    fetched_us: i64,
    next_fetch_us: i64,
    /// `Some((json, width, height))` for a processed image.
    processed: Option<(String, i64, i64)>,
    error: Option<String>,
}

pub(super) fn own(im: &NewImage<'_>) -> Result<OwnedImage, StoreError> {
    let (processed, error) = match &im.fetch {
        ImageFetch::Processed { source_size: (w, h), variants } => {
            (Some((variants_to_json(variants)?, i64::from(*w), i64::from(*h))), None)
        }
        ImageFetch::NotModified => (None, None),
        ImageFetch::Failed(e) => (None, Some(e.clone())),
    };
    Ok(OwnedImage {
        url: im.url.to_owned(),
        purpose: im.purpose.as_str(),
        publication_id: im.publication_id,
        etag: im.etag.map(str::to_owned),
        last_modified: im.last_modified.map(str::to_owned),
        fetched_us: us(im.fetched_at),
        next_fetch_us: us(im.next_fetch_at),
        processed,
        error,
    })
}

pub(super) async fn save_image(tx: &Transaction<'_>, im: &OwnedImage) -> Result<Id, StoreError> {
    let op = "saving an image";
    let row = tx
        .query_one(
            "INSERT INTO images (url, purpose, publication_id, fetched_us, next_fetch_us) VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (url, purpose) DO UPDATE SET publication_id = coalesce(images.publication_id, \
             excluded.publication_id) RETURNING id",
            &[&im.url, &im.purpose, &im.publication_id, &im.fetched_us, &im.next_fetch_us],
        )
        .await
        .map_err(pg(op))?;
    let id: Id = get(&row, 0, op)?;
    tx.execute(
        "UPDATE images SET fetched_us = $2, next_fetch_us = $3, etag = coalesce($4, etag), \
         last_modified = coalesce($5, last_modified) WHERE id = $1",
        &[&id, &im.fetched_us, &im.next_fetch_us, &im.etag, &im.last_modified],
    )
    .await
    .map_err(pg(op))?;
    if let Some((json, w, h)) = &im.processed {
        let row = tx.query_one("SELECT variants FROM images WHERE id = $1", &[&id]).await.map_err(pg(op))?;
        let before: String = get(&row, 0, op)?;
        if before != *json {
            // New sizes (a first photo, a changed one): pages showing it must be rendered again.
            bump_display_generation(tx, op).await?;
        }
        tx.execute(
            "UPDATE images SET variants = $2, source_width = $3, source_height = $4, error = NULL, failures = 0 \
             WHERE id = $1",
            &[&id, json, w, h],
        )
        .await
        .map_err(pg(op))?;
    } else if let Some(error) = &im.error {
        tx.execute("UPDATE images SET error = $2, failures = failures + 1 WHERE id = $1", &[&id, error])
            .await
            .map_err(pg(op))?;
    } else {
        tx.execute("UPDATE images SET error = NULL, failures = 0 WHERE id = $1", &[&id]).await.map_err(pg(op))?;
    }
    Ok(id)
}

async fn image_url(tx: &Transaction<'_>, image_id: Id, op: &'static str) -> Result<String, StoreError> {
    match tx.query_opt("SELECT url FROM images WHERE id = $1", &[&image_id]).await.map_err(pg(op))? {
        Some(row) => get(&row, 0, op),
        None => Err(StoreError::InvalidInput(format!("no image with id {image_id}"))),
    }
}

pub(super) async fn offer_columnist_photo(
    tx: &Transaction<'_>,
    publication_id: Id,
    name: &str,
    image_id: Id,
) -> Result<bool, StoreError> {
    let op = "offering a columnist photo";
    let url = image_url(tx, image_id, op).await?;
    let n = tx
        .execute(
            "UPDATE columnists SET photo_image_id = $3, photo_url = $4 WHERE publication_id = $1 AND name = $2 \
             AND photo_chosen = 0 AND photo_image_id IS DISTINCT FROM $3",
            &[&publication_id, &name.trim(), &image_id, &url],
        )
        .await
        .map_err(pg(op))?;
    if n > 0 {
        bump_display_generation(tx, op).await?;
        return Ok(true);
    }
    // Not changed: taken all the same when it already is their photo.
    let same = tx
        .query_opt(
            "SELECT 1 FROM columnists WHERE publication_id = $1 AND name = $2 AND photo_chosen = 0",
            &[&publication_id, &name.trim()],
        )
        .await
        .map_err(pg(op))?;
    Ok(same.is_some())
}

pub(super) async fn choose_columnist_photo(
    tx: &Transaction<'_>,
    columnist_id: Id,
    image_id: Option<Id>,
) -> Result<(), StoreError> {
    let op = "choosing a columnist photo";
    let url = match image_id {
        Some(id) => Some(image_url(tx, id, op).await?),
        None => None,
    };
    let n = tx
        .execute(
            "UPDATE columnists SET photo_image_id = $2, photo_url = $3, photo_chosen = 1 WHERE id = $1",
            &[&columnist_id, &image_id, &url],
        )
        .await
        .map_err(pg(op))?;
    if n == 0 {
        return Err(StoreError::InvalidInput(format!("no columnist with id {columnist_id}")));
    }
    bump_display_generation(tx, op).await
}

/// Moves [`crate::Store::display_generation`]: something pages show changed.
async fn bump_display_generation(tx: &Transaction<'_>, op: &'static str) -> Result<(), StoreError> {
    tx.execute("UPDATE display_generation SET n = n + 1 WHERE id = 1", &[]).await.map_err(pg(op))?;
    Ok(())
}

pub(super) async fn display_generation(tx: &Transaction<'_>) -> Result<i64, StoreError> {
    let op = "reading the display generation";
    let row = tx.query_one("SELECT n FROM display_generation WHERE id = 1", &[]).await.map_err(pg(op))?;
    get(&row, 0, op)
}

/// (images with variants, files, bytes of files) for `stats`.
pub(super) async fn counts(tx: &Transaction<'_>) -> Result<(u64, u64, u64), StoreError> {
    let op = "counting images";
    let rows = tx.query("SELECT variants FROM images WHERE variants <> '[]'", &[]).await.map_err(pg(op))?;
    let (mut images, mut files, mut bytes) = (0, 0, 0);
    for r in &rows {
        let variants = variants_from_json(Some(get(r, 0, op)?))?;
        images += 1;
        files += variants.len() as u64;
        bytes += variants.iter().map(|v| v.bytes).sum::<u64>();
    }
    Ok((images, files, bytes))
}
