//! Images (issue 13): rows for columnist photos and lead images; the files are the caller's.

use rusqlite::{OptionalExtension, Row, Transaction, params};

use super::q;
use crate::convert::{from_us, purpose_from_str, size_from_db, us, variants_from_json, variants_to_json};
use crate::{Id, ImageFetch, ImagePurpose, ImageRow, NewImage, StoreError};

const IMAGE_COLUMNS: &str = "id, url, purpose, publication_id, etag, last_modified, fetched_us, next_fetch_us, \
     failures, error, source_width, source_height, variants";

fn image_from_row(r: &Row<'_>) -> Result<ImageRow, StoreError> {
    let op = "reading an image";
    let purpose: String = r.get(2).map_err(q(op))?;
    let variants: String = r.get(12).map_err(q(op))?;
    Ok(ImageRow {
        id: r.get(0).map_err(q(op))?,
        url: r.get(1).map_err(q(op))?,
        purpose: purpose_from_str(&purpose)?,
        publication_id: r.get(3).map_err(q(op))?,
        etag: r.get(4).map_err(q(op))?,
        last_modified: r.get(5).map_err(q(op))?,
        fetched_at: from_us(r.get(6).map_err(q(op))?, 0)?,
        next_fetch_at: from_us(r.get(7).map_err(q(op))?, 0)?,
        failures: r.get(8).map_err(q(op))?,
        error: r.get(9).map_err(q(op))?,
        source_size: size_from_db(r.get(10).map_err(q(op))?, r.get(11).map_err(q(op))?),
        variants: variants_from_json(Some(&variants))?,
    })
}

pub(super) fn image(tx: &Transaction<'_>, url: &str, purpose: ImagePurpose) -> Result<Option<ImageRow>, StoreError> {
    let op = "reading an image";
    let mut stmt = tx
        .prepare_cached(&format!("SELECT {IMAGE_COLUMNS} FROM images WHERE url = ?1 AND purpose = ?2"))
        .map_err(q(op))?;
    let mut rows = stmt.query(params![url, purpose.as_str()]).map_err(q(op))?;
    match rows.next().map_err(q(op))? {
        Some(r) => Ok(Some(image_from_row(r)?)),
        None => Ok(None),
    }
}

pub(super) fn images(tx: &Transaction<'_>, after: Id, limit: usize) -> Result<Vec<ImageRow>, StoreError> {
    let op = "reading images";
    let mut stmt = tx
        .prepare_cached(&format!("SELECT {IMAGE_COLUMNS} FROM images WHERE id > ?1 ORDER BY id LIMIT ?2"))
        .map_err(q(op))?;
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let mut rows = stmt.query(params![after, limit]).map_err(q(op))?;
    let mut out = Vec::new();
    while let Some(r) = rows.next().map_err(q(op))? {
        out.push(image_from_row(r)?);
    }
    Ok(out)
}

/// The variants' JSON is made before the writer lock is taken.
pub(super) struct PreparedImage {
    variants: Option<String>,
}

pub(super) fn prepare(image: &NewImage<'_>) -> Result<PreparedImage, StoreError> {
    Ok(PreparedImage {
        variants: match &image.fetch {
            ImageFetch::Processed { variants, .. } => Some(variants_to_json(variants)?),
            _ => None,
        },
    })
}

pub(super) fn save_image(tx: &Transaction<'_>, im: &NewImage<'_>, prepared: &PreparedImage) -> Result<Id, StoreError> {
    let op = "saving an image";
    let id: Id = tx
        .prepare_cached(
            "INSERT INTO images (url, purpose, publication_id, fetched_us, next_fetch_us) VALUES (?1, ?2, ?3, ?4, ?5) \
             ON CONFLICT (url, purpose) DO UPDATE SET publication_id = coalesce(images.publication_id, \
             excluded.publication_id) RETURNING id",
        )
        .map_err(q(op))?
        .query_row(
            params![im.url, im.purpose.as_str(), im.publication_id, us(im.fetched_at), us(im.next_fetch_at)],
            |r| r.get(0),
        )
        .map_err(q(op))?;
    let mut stmt = tx
        .prepare_cached(
            "UPDATE images SET fetched_us = ?2, next_fetch_us = ?3, etag = coalesce(?4, etag), \
             last_modified = coalesce(?5, last_modified) WHERE id = ?1",
        )
        .map_err(q(op))?;
    stmt.execute(params![id, us(im.fetched_at), us(im.next_fetch_at), im.etag, im.last_modified]).map_err(q(op))?;
    match (&im.fetch, &prepared.variants) {
        (ImageFetch::Processed { source_size: (w, h), .. }, Some(json)) => {
            let before: String = tx
                .prepare_cached("SELECT variants FROM images WHERE id = ?1")
                .map_err(q(op))?
                .query_row([id], |r| r.get(0))
                .map_err(q(op))?;
            if before != *json {
                // New sizes (a first photo, a changed one): pages showing it must be rendered again.
                bump_display_generation(tx, op)?;
            }
            tx.prepare_cached(
                "UPDATE images SET variants = ?2, source_width = ?3, source_height = ?4, error = NULL, failures = 0 \
                 WHERE id = ?1",
            )
            .map_err(q(op))?
            .execute(params![id, json, w, h])
            .map_err(q(op))?;
        }
        (ImageFetch::Failed(error), _) => {
            tx.prepare_cached("UPDATE images SET error = ?2, failures = failures + 1 WHERE id = ?1")
                .map_err(q(op))?
                .execute(params![id, error])
                .map_err(q(op))?;
        }
        _ => {
            tx.prepare_cached("UPDATE images SET error = NULL, failures = 0 WHERE id = ?1")
                .map_err(q(op))?
                .execute(params![id])
                .map_err(q(op))?;
        }
    }
    Ok(id)
}

fn image_url(tx: &Transaction<'_>, image_id: Id, op: &'static str) -> Result<String, StoreError> {
    tx.prepare_cached("SELECT url FROM images WHERE id = ?1")
        .map_err(q(op))?
        .query_row([image_id], |r| r.get(0))
        .optional()
        .map_err(q(op))?
        .ok_or_else(|| StoreError::InvalidInput(format!("no image with id {image_id}")))
}

pub(super) fn offer_columnist_photo(
    tx: &Transaction<'_>,
    publication_id: Id,
    name: &str,
    image_id: Id,
) -> Result<bool, StoreError> {
    let op = "offering a columnist photo";
    let url = image_url(tx, image_id, op)?;
    let n = tx
        .prepare_cached(
            "UPDATE columnists SET photo_image_id = ?3, photo_url = ?4 WHERE publication_id = ?1 AND name = ?2 \
             AND photo_chosen = 0 AND photo_image_id IS NOT ?3",
        )
        .map_err(q(op))?
        .execute(params![publication_id, name.trim(), image_id, url])
        .map_err(q(op))?;
    if n > 0 {
        bump_display_generation(tx, op)?;
        return Ok(true);
    }
    // Not changed: taken all the same when it already is their photo.
    let same = tx
        .prepare_cached("SELECT 1 FROM columnists WHERE publication_id = ?1 AND name = ?2 AND photo_chosen = 0")
        .map_err(q(op))?
        .query_row(params![publication_id, name.trim()], |_| Ok(()))
        .optional()
        .map_err(q(op))?;
    Ok(same.is_some())
}

pub(super) fn choose_columnist_photo(
    tx: &Transaction<'_>,
    columnist_id: Id,
    image_id: Option<Id>,
) -> Result<(), StoreError> {
    let op = "choosing a columnist photo";
    let url = image_id.map(|id| image_url(tx, id, op)).transpose()?;
    let n = tx
        .prepare_cached("UPDATE columnists SET photo_image_id = ?2, photo_url = ?3, photo_chosen = 1 WHERE id = ?1")
        .map_err(q(op))?
        .execute(params![columnist_id, image_id, url])
        .map_err(q(op))?;
    if n == 0 {
        return Err(StoreError::InvalidInput(format!("no columnist with id {columnist_id}")));
    }
    bump_display_generation(tx, op)
}

/// Moves [`crate::Store::display_generation`]: something pages show changed.
fn bump_display_generation(tx: &Transaction<'_>, op: &'static str) -> Result<(), StoreError> {
    tx.prepare_cached("UPDATE display_generation SET n = n + 1 WHERE id = 1")
        .map_err(q(op))?
        .execute([])
        .map_err(q(op))?;
    Ok(())
}

pub(super) fn display_generation(tx: &Transaction<'_>) -> Result<i64, StoreError> {
    let op = "reading the display generation";
    tx.prepare_cached("SELECT n FROM display_generation WHERE id = 1")
        .map_err(q(op))?
        .query_row([], |r| r.get(0))
        .map_err(q(op))
}

/// (images with variants, files, bytes of files) for `stats`.
pub(super) fn counts(tx: &Transaction<'_>) -> Result<(u64, u64, u64), StoreError> {
    let op = "counting images";
    let mut stmt = tx.prepare_cached("SELECT variants FROM images WHERE variants <> '[]'").map_err(q(op))?;
    let mut rows = stmt.query([]).map_err(q(op))?;
    let (mut images, mut files, mut bytes) = (0, 0, 0);
    while let Some(r) = rows.next().map_err(q(op))? {
        let json: String = r.get(0).map_err(q(op))?;
        let variants = variants_from_json(Some(&json))?;
        images += 1;
        files += variants.len() as u64;
        bytes += variants.iter().map(|v| v.bytes).sum::<u64>();
    }
    Ok((images, files, bytes))
}
