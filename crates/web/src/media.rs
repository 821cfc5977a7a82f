//! `GET /media/{file}`: the processed images (columnist photos, lead images) that the crawl wrote
//! under `<data>/media`, named by the hash of their content (`<hex>.jpg`). A name is its content,
//! so a response is cached for a year as immutable, and the name is the `ETag`. Only names of
//! that shape are looked up (no path ever reaches the file system from a request), and the type
//! comes from the extension we wrote, with `nosniff` (set for every response by the middleware).

use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use std::sync::Arc;

use crate::error::WebError;
use crate::state::{Inner, blocking};

/// Whether `name` is a media file name as the crawl writes them: 16 to 128 lowercase hex digits,
/// then `.jpg`, `.webp` or `.png`.
pub(crate) fn is_media_name(name: &str) -> bool {
    content_type(name).is_some()
}

/// The `Content-Type` for a valid media file name.
fn content_type(name: &str) -> Option<&'static str> {
    let (stem, ext) = name.split_once('.')?;
    let hex =
        (16..=128).contains(&stem.len()) && stem.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    if !hex {
        return None;
    }
    match ext {
        "jpg" => Some("image/jpeg"),
        "webp" => Some("image/webp"),
        "png" => Some("image/png"),
        _ => None,
    }
}

/// `GET /media/{file}`.
pub(crate) async fn serve(
    State(inner): State<Arc<Inner>>,
    Path(file): Path<String>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let (Some(dir), Some(mime)) = (inner.options.media_dir.as_ref(), content_type(&file)) else {
        return Err(WebError::NotFound("image"));
    };
    let etag = format!("\"{}\"", file.split('.').next().unwrap_or_default());
    let cache = HeaderValue::from_static("public, max-age=31536000, immutable");
    let etag_value = HeaderValue::from_str(&etag).map_err(|e| WebError::Internal(e.to_string()))?;
    let matches = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"));
    let path = dir.join(&file);
    // The file system is read off the async threads.
    let body = blocking(move || {
        if matches {
            return Ok(path.is_file().then(Vec::new));
        }
        match std::fs::read(&path) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(WebError::Internal(format!("reading {}: {e}", path.display()))),
        }
    })
    .await?;
    let mut response = match body {
        None => return Err(WebError::NotFound("image")),
        Some(_) if matches => StatusCode::NOT_MODIFIED.into_response(),
        Some(bytes) => bytes.into_response(),
    };
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(mime));
    h.insert(header::CACHE_CONTROL, cache);
    h.insert(header::ETAG, etag_value);
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_hash_names_of_our_types_are_media() {
        assert_eq!(content_type("0123456789abcdef.jpg"), Some("image/jpeg"));
        assert_eq!(content_type("0123456789abcdef0123456789abcdef.webp"), Some("image/webp"));
        for bad in [
            "0123456789ABCDEF.jpg",
            "0123456789abcdef.svg",
            "0123456789abcdef.jpg.html",
            "abc.jpg",
            "../0123456789abcdef.jpg",
            "0123456789abcdef",
            ".jpg",
            "0123456789abcdeg.jpg",
        ] {
            assert_eq!(content_type(bad), None, "{bad}");
        }
    }
}
