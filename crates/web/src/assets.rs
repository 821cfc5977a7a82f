//! Static assets, embedded in the binary. Pages link them by a content-hashed name
//! (`/static/site.3f2a….css`) served as immutable for a year; the plain name answers too, with
//! an `ETag` and `no-cache`.

use std::sync::LazyLock;

use axum::extract::Path;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::error::WebError;

/// One embedded file.
pub(crate) struct Asset {
    /// Plain name, e.g. `site.css`.
    pub name: &'static str,
    /// Hashed name, e.g. `site.0123456789abcdef.css`.
    pub hashed: String,
    /// URL of the hashed name.
    pub url: String,
    /// `"0123456789abcdef"` (quoted, as an ETag).
    pub etag: String,
    pub content_type: &'static str,
    pub body: &'static str,
}

impl Asset {
    fn new(name: &'static str, content_type: &'static str, body: &'static str) -> Asset {
        let hash = format!("{:016x}", xxhash_rust::xxh3::xxh3_64(body.as_bytes()));
        let (stem, ext) = name.rsplit_once('.').unwrap_or((name, ""));
        let hashed = format!("{stem}.{hash}.{ext}");
        Asset { name, url: format!("/static/{hashed}"), hashed, etag: format!("\"{hash}\""), content_type, body }
    }
}

/// The stylesheet.
pub(crate) static CSS: LazyLock<Asset> =
    LazyLock::new(|| Asset::new("site.css", "text/css; charset=utf-8", include_str!("../static/site.css")));

/// The like button's script.
pub(crate) static LIKE_JS: LazyLock<Asset> =
    LazyLock::new(|| Asset::new("like.js", "text/javascript; charset=utf-8", include_str!("../static/like.js")));

/// `GET /static/{file}`.
pub(crate) async fn serve(Path(file): Path<String>, headers: HeaderMap) -> Result<Response, WebError> {
    for asset in [&*CSS, &*LIKE_JS] {
        let cache = if file == asset.hashed {
            "public, max-age=31536000, immutable"
        } else if file == asset.name {
            "no-cache"
        } else {
            continue;
        };
        let etag = HeaderValue::from_str(&asset.etag).map_err(|e| WebError::Internal(e.to_string()))?;
        let matches = headers
            .get(header::IF_NONE_MATCH)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.split(',').any(|t| t.trim() == asset.etag || t.trim() == "*"));
        let mut response = if matches { StatusCode::NOT_MODIFIED.into_response() } else { asset.body.into_response() };
        let h = response.headers_mut();
        h.insert(header::CONTENT_TYPE, HeaderValue::from_static(asset.content_type));
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
        h.insert(header::ETAG, etag);
        return Ok(response);
    }
    Err(WebError::NotFound("file"))
}
