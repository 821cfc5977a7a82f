//! The caches that keep SQLite off the hot path.
//!
//! - [`ResponseCache`]: rendered listings, feeds, sitemaps, API listings and search pages, as
//!   bytes, keyed by generation + base URL + normalised path and query (only the parameters a
//!   page understands, so random parameters cannot bust it). Bounded by bytes. An entry older
//!   than the TTL is still served while a single background task renders its replacement
//!   (stale-while-revalidate), so a hot page never waits on the store after its first render; a
//!   missing entry is rendered by one loader while concurrent requests for it wait
//!   (quick_cache's placeholder guards). [`ResponseCache::clear`] starts a new generation, so
//!   nothing rendered before it is served again.
//! - The column cache (in `state`) keeps column-page data by article id, bounded by entries, and
//!   [`PageTemplate`]s keep rendered column pages with holes for the live counters, bounded by
//!   bytes and re-rendered after the TTL (the relative dates move on) or [`ResponseCache::clear`].
//!
//! quick_cache was picked over moka: it is small (no background threads, few dependencies), has
//! weight-bounded capacity and per-key loader guards in both sync and async form, and its
//! CLOCK-PRO-like eviction keeps hot pages in when a crawler walks every column once.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, LazyLock, OnceLock};
use std::time::{Duration, Instant};

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use colonnade_store::Counts;

use crate::error::WebError;

/// A rendered response, ready to send again.
#[derive(Debug, Clone)]
pub(crate) enum Rendered {
    /// 200 with this body.
    Body {
        /// `Content-Type`.
        content_type: &'static str,
        /// The body.
        body: Bytes,
        /// Its compressed variants, made when a request first asks for one (only for text
        /// bodies worth compressing): a hot page is compressed once, and a page nobody asks
        /// compressed (or asks for once, like a distinct search) costs no compression it
        /// does not send.
        compressed: Option<Compressed>,
    },
    /// A 301 to the canonical URL.
    Redirect(String),
    /// A cached 404; says what was not found (shown on the error page the middleware renders).
    NotFound(&'static str),
}

impl Rendered {
    /// An HTML page.
    pub(crate) fn html(body: String) -> Rendered {
        Rendered::with_type(HTML, body)
    }

    /// Any other type.
    pub(crate) fn with_type(content_type: &'static str, body: impl Into<Bytes>) -> Rendered {
        let body = body.into();
        let compressed =
            (compressible(content_type) && body.len() >= MIN_COMPRESS).then(|| Compressed::new(body.clone()));
        Rendered::Body { content_type, body, compressed }
    }

    /// Bytes held.
    fn len(&self) -> usize {
        match self {
            Rendered::Body { body, compressed, .. } => body.len() + compressed.as_ref().map_or(0, Compressed::len),
            Rendered::Redirect(location) => location.len(),
            Rendered::NotFound(_) => 0,
        }
    }
}

impl IntoResponse for &Rendered {
    fn into_response(self) -> Response {
        match self {
            Rendered::Body { content_type, body, compressed } => {
                let mut response = body.clone().into_response();
                response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
                if let Some(compressed) = compressed {
                    // The middleware picks the variant the request accepts.
                    response.extensions_mut().insert(compressed.clone());
                }
                response
            }
            Rendered::Redirect(location) => moved(location),
            Rendered::NotFound(what) => WebError::NotFound(what).into_response(),
        }
    }
}

/// Bodies shorter than this are sent as they are.
const MIN_COMPRESS: usize = 256;

/// Whether a body of this type is text worth compressing: HTML, JSON, feeds, sitemaps.
pub(crate) fn compressible(content_type: &str) -> bool {
    content_type.starts_with("text/") || content_type.contains("json") || content_type.contains("xml")
}

/// A content coding the site sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Coding {
    /// `Content-Encoding: br`.
    Br,
    /// `Content-Encoding: gzip`.
    Gzip,
}

impl Coding {
    /// The header value.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Coding::Br => "br",
            Coding::Gzip => "gzip",
        }
    }
}

/// The compressed variants of one cached body, each made once, on first demand, and shared by
/// every clone (each kept only when smaller than the body).
#[derive(Debug, Clone)]
pub(crate) struct Compressed(Arc<Variants>);

#[derive(Debug)]
struct Variants {
    body: Bytes,
    gzip: OnceLock<Option<Bytes>>,
    br: OnceLock<Option<Bytes>>,
}

impl Compressed {
    fn new(body: Bytes) -> Compressed {
        Compressed(Arc::new(Variants { body, gzip: OnceLock::new(), br: OnceLock::new() }))
    }

    fn cell(&self, coding: Coding) -> &OnceLock<Option<Bytes>> {
        match coding {
            Coding::Br => &self.0.br,
            Coding::Gzip => &self.0.gzip,
        }
    }

    /// The variant for `coding` when it was made already (`Some(None)`: not worth it).
    pub(crate) fn ready(&self, coding: Coding) -> Option<Option<Bytes>> {
        self.cell(coding).get().cloned()
    }

    /// The variant for `coding`, compressing the body the first time (blocking: CPU work), at
    /// the levels nginx uses for dynamic content. `None` when it would not be smaller.
    pub(crate) fn make(&self, coding: Coding) -> Option<Bytes> {
        use std::io::Write;
        self.cell(coding)
            .get_or_init(|| {
                let body = &self.0.body[..];
                let smaller = |b: Vec<u8>| (b.len() < body.len()).then(|| Bytes::from(b));
                match coding {
                    Coding::Gzip => {
                        let mut gz = flate2::write::GzEncoder::new(
                            Vec::with_capacity(body.len() / 4),
                            flate2::Compression::new(6),
                        );
                        gz.write_all(body).and_then(|()| gz.finish()).ok().and_then(smaller)
                    }
                    Coding::Br => {
                        // A window no larger than the body: the encoder's tables follow it.
                        let lgwin = (usize::BITS - body.len().leading_zeros()).clamp(16, 22) as i32;
                        let params = brotli::enc::BrotliEncoderParams {
                            quality: 5,
                            lgwin,
                            size_hint: body.len(),
                            ..Default::default()
                        };
                        let mut out = Vec::with_capacity(body.len() / 4);
                        brotli::BrotliCompress(&mut &body[..], &mut out, &params).ok().and_then(|_| smaller(out))
                    }
                }
            })
            .clone()
    }

    /// Bytes held by the variants made so far.
    fn len(&self) -> usize {
        let made = |c: &OnceLock<Option<Bytes>>| c.get().and_then(Option::as_ref).map_or(0, Bytes::len);
        made(&self.0.gzip) + made(&self.0.br)
    }
}

/// A 301 to `location`.
pub(crate) fn moved(location: &str) -> Response {
    let mut response = StatusCode::MOVED_PERMANENTLY.into_response();
    if let Ok(v) = HeaderValue::from_str(location) {
        response.headers_mut().insert(header::LOCATION, v);
    }
    response
}

/// `text/html; charset=utf-8`.
pub(crate) const HTML: &str = "text/html; charset=utf-8";

/// One cached response.
struct Entry {
    value: Arc<Rendered>,
    born: Instant,
    refreshing: AtomicBool,
}

/// Weighs an entry by its bytes.
#[derive(Clone)]
struct ByBytes;

impl quick_cache::Weighter<(u64, String), Arc<Entry>> for ByBytes {
    fn weight(&self, key: &(u64, String), val: &Arc<Entry>) -> u64 {
        (key.1.len() + val.value.len() + 128) as u64
    }
}

/// Renders a response (store and index calls, templates), on the threads of a [`Place`].
pub(crate) type Loader = Arc<dyn Fn() -> Result<Rendered, WebError> + Send + Sync>;

/// The threads a [`Loader`] runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    /// tokio's blocking threads: store reads and rendering.
    Blocking,
    /// The search threads ([`crate::search`]): a search page is searched and rendered there
    /// in one go, and answers through a oneshot, without a blocking thread waiting between.
    Search,
}

/// See the module documentation.
pub(crate) struct ResponseCache {
    cache: quick_cache::sync::Cache<(u64, String), Arc<Entry>, ByBytes>,
    generation: AtomicU64,
}

impl ResponseCache {
    pub(crate) fn new(bytes: u64) -> ResponseCache {
        let items = usize::try_from(bytes / 16_384).unwrap_or(1024).max(64);
        ResponseCache {
            cache: quick_cache::sync::Cache::with_weighter(items, bytes, ByBytes),
            generation: AtomicU64::new(0),
        }
    }

    /// Forgets everything rendered so far.
    pub(crate) fn clear(&self) {
        self.generation.fetch_add(1, Ordering::AcqRel);
        self.cache.clear();
    }

    /// The cached response for `key`, rendering it with `load` when missing. An entry older
    /// than `ttl` is served while `load` refreshes it in the background; one older than
    /// [`MAX_STALE`] times `ttl` is rendered again before answering.
    pub(crate) async fn get(
        self: &Arc<Self>,
        key: String,
        ttl: Duration,
        load: Loader,
    ) -> Result<Arc<Rendered>, WebError> {
        self.get_on(key, ttl, load, Place::Blocking).await
    }

    /// [`get`](Self::get), with `load` run on the threads of `place`.
    pub(crate) async fn get_on(
        self: &Arc<Self>,
        key: String,
        ttl: Duration,
        load: Loader,
        place: Place,
    ) -> Result<Arc<Rendered>, WebError> {
        let generation = self.generation.load(Ordering::Acquire);
        let key = (generation, key);
        for _ in 0..2 {
            let entry = self
                .cache
                .get_or_insert_async(&key, async {
                    let value = run(load.clone(), place).await?;
                    Ok::<_, WebError>(Arc::new(Entry {
                        value,
                        born: Instant::now(),
                        refreshing: AtomicBool::new(false),
                    }))
                })
                .await?;
            let age = entry.born.elapsed();
            if age >= ttl.saturating_mul(MAX_STALE) {
                self.cache.remove_if(&key, |v| Arc::ptr_eq(v, &entry));
                continue;
            }
            if age >= ttl && entry.refreshing.compare_exchange(false, true, Ordering::AcqRel, Ordering::Acquire).is_ok()
            {
                self.refresh(key, entry.clone(), load, place);
            }
            return Ok(entry.value.clone());
        }
        // Expired twice in a row (a TTL of zero): render without caching.
        run(load, place).await
    }

    /// Renders `key` again in the background and replaces `old` with the result.
    fn refresh(self: &Arc<Self>, key: (u64, String), old: Arc<Entry>, load: Loader, place: Place) {
        let Ok(handle) = tokio::runtime::Handle::try_current() else { return };
        let this = self.clone();
        handle.spawn(async move {
            match run(load, place).await {
                Ok(value) => {
                    if this.generation.load(Ordering::Acquire) == key.0 {
                        let fresh = Entry { value, born: Instant::now(), refreshing: AtomicBool::new(false) };
                        this.cache.insert(key, Arc::new(fresh));
                    }
                }
                Err(e) => {
                    tracing::warn!(error = %e, page = %key.1, "could not refresh a cached page");
                    old.refreshing.store(false, Ordering::Release);
                }
            }
        });
    }
}

/// An entry older than this many TTLs is not served stale.
const MAX_STALE: u32 = 30;

/// Runs a loader on the threads of `place`; 404s become cached "not found" responses.
async fn run(load: Loader, place: Place) -> Result<Arc<Rendered>, WebError> {
    let loaded = match place {
        Place::Blocking => match tokio::task::spawn_blocking(move || load()).await {
            Ok(loaded) => loaded,
            Err(e) => Err(WebError::Internal(format!("a page loader panicked: {e}"))),
        },
        Place::Search => crate::search::on_lane_async(move || load()).await,
    };
    match loaded {
        Ok(rendered) => Ok(Arc::new(rendered)),
        Err(WebError::NotFound(what)) => Ok(Arc::new(Rendered::NotFound(what))),
        Err(e) => Err(e),
    }
}

/// A live number in a [`PageTemplate`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Slot {
    Views,
    Likes,
}

/// Random per-process placeholders rendered where the live counts go: long random ASCII that
/// HTML escaping leaves alone and no crawled page can know.
pub(crate) struct Markers {
    pub views: String,
    pub likes: String,
}

/// The placeholders.
pub(crate) static MARKERS: LazyLock<Markers> = LazyLock::new(|| {
    let mut bytes = [0u8; 16];
    if getrandom::fill(&mut bytes).is_err() {
        let state = std::collections::hash_map::RandomState::new();
        bytes[..8].copy_from_slice(&std::hash::BuildHasher::hash_one(&state, 1u8).to_le_bytes());
        bytes[8..].copy_from_slice(&std::hash::BuildHasher::hash_one(&state, 2u8).to_le_bytes());
    }
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    Markers { views: format!("views{hex}x"), likes: format!("likes{hex}x") }
});

/// A rendered page with holes where the live counters go, so a column page is a copy of
/// bytes and two numbers per request.
pub(crate) struct PageTemplate {
    /// The base URL it was rendered for.
    pub base: String,
    /// The column generation (`Inner::column_generation` in `state`) when rendered.
    pub generation: u64,
    pub born: Instant,
    /// The page cut at each slot: `parts.len() == slots.len() + 1`.
    parts: Vec<Bytes>,
    slots: Vec<Slot>,
}

impl PageTemplate {
    /// Cuts `html` at every [`MARKERS`] placeholder.
    pub(crate) fn new(html: &str, base: String, generation: u64) -> PageTemplate {
        let markers = &*MARKERS;
        let mut cuts: Vec<(usize, usize, Slot)> = html
            .match_indices(markers.views.as_str())
            .map(|(i, m)| (i, m.len(), Slot::Views))
            .chain(html.match_indices(markers.likes.as_str()).map(|(i, m)| (i, m.len(), Slot::Likes)))
            .collect();
        cuts.sort_by_key(|c| c.0);
        let mut parts = Vec::with_capacity(cuts.len() + 1);
        let mut slots = Vec::with_capacity(cuts.len());
        let mut at = 0;
        for (start, len, slot) in cuts {
            parts.push(Bytes::copy_from_slice(&html.as_bytes()[at..start]));
            slots.push(slot);
            at = start + len;
        }
        parts.push(Bytes::copy_from_slice(&html.as_bytes()[at..]));
        PageTemplate { base, generation, born: Instant::now(), parts, slots }
    }

    /// The page with `counts` filled in.
    pub(crate) fn fill(&self, counts: Counts) -> Bytes {
        let views = counts.views.to_string();
        let likes = counts.likes.to_string();
        let len = self.parts.iter().map(Bytes::len).sum::<usize>() + self.slots.len() * 20;
        let mut out = Vec::with_capacity(len);
        for (i, part) in self.parts.iter().enumerate() {
            out.extend_from_slice(part);
            match self.slots.get(i) {
                Some(Slot::Views) => out.extend_from_slice(views.as_bytes()),
                Some(Slot::Likes) => out.extend_from_slice(likes.as_bytes()),
                None => {}
            }
        }
        out.into()
    }

    /// Bytes held.
    pub(crate) fn weight(&self) -> u64 {
        (self.parts.iter().map(Bytes::len).sum::<usize>() + self.base.len() + 256) as u64
    }
}

/// Weighs page templates by their bytes.
#[derive(Clone)]
pub(crate) struct TemplateBytes;

impl quick_cache::Weighter<i64, Arc<PageTemplate>> for TemplateBytes {
    fn weight(&self, _key: &i64, val: &Arc<PageTemplate>) -> u64 {
        val.weight()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_rendered_kind_answers_with_its_status() {
        let page = Rendered::with_type("application/xml", "<x/>").into_response();
        assert_eq!(page.status(), StatusCode::OK);
        assert_eq!(page.headers()[header::CONTENT_TYPE], "application/xml");
        let redirect = Rendered::Redirect("/columns/1-a".into()).into_response();
        assert_eq!(redirect.status(), StatusCode::MOVED_PERMANENTLY);
        assert_eq!(redirect.headers()[header::LOCATION], "/columns/1-a");
        let missing = Rendered::NotFound("column").into_response();
        assert_eq!(missing.status(), StatusCode::NOT_FOUND);
        assert!(missing.extensions().get::<crate::error::ErrorPage>().is_some(), "the middleware renders its page");
    }

    #[tokio::test]
    async fn cached_pages_are_compressed_once_and_only_when_asked() {
        let cache = Arc::new(ResponseCache::new(1 << 20));
        let loads = Arc::new(AtomicU64::new(0));
        let counted = loads.clone();
        let load: Loader = Arc::new(move || {
            counted.fetch_add(1, Ordering::Relaxed);
            Ok(Rendered::html("<p>a column, a column, a column</p>".repeat(100)))
        });
        let ttl = Duration::from_secs(3600);
        let first = cache.get("/".into(), ttl, load.clone()).await.unwrap();
        let second = cache.get("/".into(), ttl, load).await.unwrap();
        assert_eq!(loads.load(Ordering::Relaxed), 1);
        let (Rendered::Body { compressed: Some(a), body, .. }, Rendered::Body { compressed: Some(b), .. }) =
            (&*first, &*second)
        else {
            panic!("a compressible body")
        };
        // Nothing is compressed before a request asks for it.
        assert_eq!(a.ready(Coding::Br), None);
        assert_eq!(a.ready(Coding::Gzip), None);
        let br = a.make(Coding::Br).unwrap();
        assert!(br.len() < body.len() / 4);
        assert_eq!(a.ready(Coding::Gzip), None, "only the coding asked for is made");
        // The second request is served the very same bytes: nothing compressed again.
        assert_eq!(b.ready(Coding::Br).flatten().unwrap().as_ptr(), br.as_ptr());
        let gzip = b.make(Coding::Gzip).unwrap();
        assert!(gzip.len() < body.len() / 4);
        assert_eq!(a.make(Coding::Gzip).unwrap().as_ptr(), gzip.as_ptr());
        let response = second.as_ref().into_response();
        assert!(response.extensions().get::<Compressed>().is_some());
        // Small bodies and images are left alone.
        for r in [Rendered::html("<p>hi</p>".into()), Rendered::with_type("image/png", vec![0u8; 4096])] {
            let Rendered::Body { compressed, .. } = r else { panic!() };
            assert!(compressed.is_none());
        }
        // A body that does not shrink is sent as it is.
        let mut x = 0x9E37_79B9_7F4A_7C15u64;
        let noise: Vec<u8> = (0..4096)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                (x >> 32) as u8
            })
            .collect();
        let Rendered::Body { compressed: Some(c), .. } = Rendered::with_type("text/plain", noise) else { panic!() };
        assert_eq!(c.make(Coding::Gzip), None);
    }

    #[test]
    fn templates_fill_every_slot_with_live_counts() {
        let m = &*MARKERS;
        let html = format!("<a>{}</a><b>{}</b><c>{}</c>", m.views, m.likes, m.views);
        let t = PageTemplate::new(&html, "http://x".into(), 0);
        assert_eq!(t.fill(Counts { views: 12, likes: 3 }), "<a>12</a><b>3</b><c>12</c>".as_bytes());
        let plain = PageTemplate::new("no slots", String::new(), 0);
        assert_eq!(plain.fill(Counts::default()), "no slots".as_bytes());
    }
}
