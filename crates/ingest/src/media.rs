//! Columnist photos and lead images (issue 13): fetched through the crawler's [`Fetcher`]
//! (robots.txt, the per-host schedule, the SSRF guard), `image/*` only and at most
//! [`MAX_IMAGE_BYTES`], processed by [`colonnade_media::process`] on a blocking thread, written
//! content-addressed under the media directory (`<data>/media/<hash>.jpg`, temp file + rename) and
//! recorded in the store ([`Store::save_image`]).
//!
//! An image URL is fetched once: its row says when it may be fetched again — days later for a
//! photo that was stored ([`FACE_REFRESH`], [`LEAD_REFRESH`], with a conditional GET), a day or more
//! after a refusal — so a columnist's hundred columns cost one request for their photo. A refused
//! image (not an image, an SVG, too large, a decompression bomb, a blocked address) is a warning
//! in the log that names the URL and the reason, and a row with that error; nothing is written.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use colonnade_fetch::{Expect, FetchError, Fetcher, Response, Validators};
use colonnade_media::{Processed, Purpose};
use colonnade_model::Timestamp;
use colonnade_store::{FetchLogEntry, Id, ImageFetch, ImagePurpose, ImageVariant, NewImage, Store};
use colonnade_url::Url;

use crate::{IngestError, blocking, contained, now};

/// The largest image body fetched; a larger one is refused while streaming.
pub const MAX_IMAGE_BYTES: u64 = 4 * 1024 * 1024;
/// How long a stored columnist photo is kept before it is asked for again (conditionally).
pub const FACE_REFRESH: Duration = Duration::from_secs(7 * 24 * 3600);
/// How long a stored lead image is kept before it is asked for again (conditionally).
pub const LEAD_REFRESH: Duration = Duration::from_secs(30 * 24 * 3600);
/// The wait after a refusal, doubled per failure in a row up to [`MAX_RETRY`].
const RETRY_AFTER_REFUSAL: Duration = Duration::from_secs(24 * 3600);
/// The wait after a failure that may pass (timeout, back-off, 5xx).
const RETRY_AFTER_TRANSIENT: Duration = Duration::from_secs(3600);
/// The longest wait after failures.
const MAX_RETRY: Duration = Duration::from_secs(30 * 24 * 3600);

/// The folder of processed images, `<data>/media`: each file is named by its content's hash, so
/// a file once written never changes.
#[derive(Debug, Clone)]
pub struct MediaDir {
    dir: PathBuf,
}

static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

impl MediaDir {
    /// The media folder of a data directory: `<data>/media`.
    pub fn in_data_dir(data: &Path) -> MediaDir {
        MediaDir { dir: data.join("media") }
    }

    /// The folder itself.
    pub fn path(&self) -> &Path {
        &self.dir
    }

    /// Writes `bytes` as `name` unless it is there: a temporary file in the same folder, synced,
    /// then renamed over, so a reader never sees half a file.
    pub fn write(&self, name: &str, bytes: &[u8]) -> std::io::Result<()> {
        let target = self.dir.join(name);
        if target.exists() {
            return Ok(());
        }
        std::fs::create_dir_all(&self.dir)?;
        let n = TEMP_COUNTER.fetch_add(1, Ordering::Relaxed);
        let temp = self.dir.join(format!(".{name}.{}.{n}.tmp", std::process::id()));
        let written = (|| {
            let mut f = std::fs::File::create(&temp)?;
            f.write_all(bytes)?;
            f.sync_all()?;
            std::fs::rename(&temp, &target)
        })();
        if written.is_err() {
            let _ = std::fs::remove_file(&temp);
        }
        written
    }

    /// Processes `bytes` for `purpose` and writes every variant; returns what the store records.
    /// CPU and file work: call it on a blocking thread.
    pub fn process_and_write(
        &self,
        bytes: &[u8],
        content_type: Option<&str>,
        purpose: ImagePurpose,
    ) -> Result<((u32, u32), Vec<ImageVariant>), String> {
        let media_purpose = match purpose {
            ImagePurpose::Face => Purpose::Face,
            ImagePurpose::Lead => Purpose::Lead,
        };
        let Processed { source_width, source_height, variants, .. } =
            colonnade_media::process(bytes, content_type, media_purpose).map_err(|e| e.to_string())?;
        let mut out = Vec::with_capacity(variants.len());
        for v in variants {
            let file = v.file_name();
            self.write(&file, &v.bytes).map_err(|e| format!("cannot write {}: {e}", self.dir.join(&file).display()))?;
            out.push(ImageVariant {
                file,
                mime: v.mime.to_owned(),
                width: v.width,
                height: v.height,
                bytes: v.bytes.len() as u64,
            });
        }
        Ok(((source_width, source_height), out))
    }
}

/// What [`fetch_image`] ended with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImageOutcome {
    /// The image is stored (now or before) and can be shown: its row id.
    Stored(Id),
    /// It was refused or failed (now or before); the reason is logged and kept on its row.
    Refused(String),
}

fn later(after: Duration) -> Timestamp {
    let now = jiff::Timestamp::now();
    let span = jiff::SignedDuration::try_from(after).unwrap_or(jiff::SignedDuration::ZERO);
    Timestamp::new(now.checked_add(span).unwrap_or(now), 0)
}

fn retry_after(failures: u32) -> Duration {
    RETRY_AFTER_REFUSAL.saturating_mul(1 << failures.min(5)).min(MAX_RETRY)
}

fn transient(e: &FetchError) -> bool {
    matches!(e, FetchError::Timeout { .. } | FetchError::BackingOff { .. } | FetchError::Network { .. })
        || matches!(e, FetchError::Http { status, .. } if *status == 429 || *status >= 500)
}

/// Fetches, processes and records the image at `url` for `purpose`, unless its row says it is not
/// due (then the stored outcome is returned). `publication_id` is the publication whose page named
/// it (its licence-relevant origin).
pub async fn fetch_image(
    fetcher: &Fetcher,
    store: &Arc<dyn Store>,
    media: &MediaDir,
    url: &Url,
    purpose: ImagePurpose,
    publication_id: Option<Id>,
) -> Result<ImageOutcome, IngestError> {
    let known = {
        let (store, key) = (Arc::clone(store), url.to_string());
        blocking(move || Ok(store.image(&key, purpose)?)).await?
    };
    let now_s = now().unix_seconds();
    if let Some(row) = &known
        && row.next_fetch_at.unix_seconds() > now_s
    {
        return Ok(if row.variants.is_empty() {
            ImageOutcome::Refused(row.error.clone().unwrap_or_else(|| "not fetched yet".into()))
        } else {
            ImageOutcome::Stored(row.id)
        });
    }
    // Validators only for an image we still have the files of.
    let validators = known
        .as_ref()
        .filter(|r| !r.variants.is_empty())
        .map(|r| Validators { etag: r.etag.clone(), last_modified: r.last_modified.clone() });
    let failures = known.as_ref().map_or(0, |r| r.failures);
    let had_variants = known.as_ref().is_some_and(|r| !r.variants.is_empty());
    let started = Instant::now();
    let fetched_at = now();
    let result = fetcher.get_expecting(url, validators.as_ref(), &Expect::image(MAX_IMAGE_BYTES)).await;
    log_fetch(store, url, &result, started, fetched_at).await?;

    let refresh = match purpose {
        ImagePurpose::Face => FACE_REFRESH,
        ImagePurpose::Lead => LEAD_REFRESH,
    };
    let (fetch, next, etag, last_modified) = match result {
        Ok(r) if r.not_modified => {
            (ImageFetch::NotModified, later(refresh), r.validators.etag, r.validators.last_modified)
        }
        Ok(r) if r.status >= 400 => {
            let again = if r.status >= 500 { RETRY_AFTER_TRANSIENT } else { retry_after(failures) };
            (ImageFetch::Failed(format!("HTTP {}", r.status)), later(again), None, None)
        }
        Ok(Response { body, content_type, validators, .. }) => {
            let dir = media.clone();
            let processed = contained(move || dir.process_and_write(&body, content_type.as_deref(), purpose)).await;
            match processed {
                Ok(Ok((source_size, variants))) => (
                    ImageFetch::Processed { source_size, variants },
                    later(refresh),
                    validators.etag,
                    validators.last_modified,
                ),
                Ok(Err(reason)) => (ImageFetch::Failed(reason), later(retry_after(failures)), None, None),
                Err(panic) => {
                    (ImageFetch::Failed(format!("panicked while processing: {panic}")), later(MAX_RETRY), None, None)
                }
            }
        }
        Err(e) => {
            let again = if transient(&e) { RETRY_AFTER_TRANSIENT } else { retry_after(failures) };
            (ImageFetch::Failed(e.to_string()), later(again), None, None)
        }
    };
    if let ImageFetch::Failed(reason) = &fetch {
        tracing::warn!(image = %url, purpose = purpose.as_str(), "image not stored: {reason}");
    }
    let outcome_if_failed = match &fetch {
        ImageFetch::Failed(reason) => Some(reason.clone()),
        _ => None,
    };
    let (store2, key) = (Arc::clone(store), url.to_string());
    let id = blocking(move || {
        Ok(store2.save_image(&NewImage {
            url: &key,
            purpose,
            publication_id,
            etag: etag.as_deref(),
            last_modified: last_modified.as_deref(),
            fetched_at,
            next_fetch_at: next,
            fetch,
        })?)
    })
    .await?;
    Ok(match outcome_if_failed {
        // A failed refresh keeps the photo stored before.
        Some(_) if had_variants => ImageOutcome::Stored(id),
        Some(reason) => ImageOutcome::Refused(reason),
        None => ImageOutcome::Stored(id),
    })
}

async fn log_fetch(
    store: &Arc<dyn Store>,
    url: &Url,
    result: &Result<Response, FetchError>,
    started: Instant,
    at: Timestamp,
) -> Result<(), IngestError> {
    let host = url.host_str().unwrap_or("").to_owned();
    let duration_ms = started.elapsed().as_millis() as u64;
    let entry = match result {
        Ok(r) => FetchLogEntry {
            url: url.to_string(),
            host,
            status: Some(r.status),
            bytes: r.body.len() as u64,
            duration_ms,
            outcome: r.outcome(),
            error: None,
            at,
        },
        Err(e) => FetchLogEntry {
            url: url.to_string(),
            host,
            status: None,
            bytes: 0,
            duration_ms,
            outcome: e.outcome(),
            error: Some(e.to_string()),
            at,
        },
    };
    let store = Arc::clone(store);
    blocking(move || Ok(store.log_fetches(&[entry])?)).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_after_refusals_grow_and_stop_at_a_month() {
        assert_eq!(retry_after(0), RETRY_AFTER_REFUSAL);
        assert_eq!(retry_after(1), RETRY_AFTER_REFUSAL * 2);
        assert_eq!(retry_after(40), MAX_RETRY);
    }

    #[test]
    fn files_are_written_whole_once_and_no_temporary_file_stays() {
        let dir = tempfile::tempdir().unwrap();
        let media = MediaDir::in_data_dir(dir.path());
        media.write("ab.jpg", b"one").unwrap();
        media.write("ab.jpg", b"two").unwrap();
        assert_eq!(std::fs::read(media.path().join("ab.jpg")).unwrap(), b"one");
        let names: Vec<_> = std::fs::read_dir(media.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names, ["ab.jpg"]);
    }
}
