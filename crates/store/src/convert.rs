//! What both backends store alike: times as UTC microseconds plus an offset, kinds by name,
//! authors and credits as JSON lists, raw pages zstd-compressed, articles hashed. Kept in one
//! place so a row means the same in SQLite and PostgreSQL, and `store copy` moves it unchanged.

use crate::{Article, Kind, RawPage, StoreError, Timestamp, content_hash};

/// zstd level for raw pages: fast, and about as small as level 9 on HTML.
const ZSTD_LEVEL: i32 = 3;

pub(crate) fn us(t: Timestamp) -> i64 {
    t.instant.as_microsecond()
}

pub(crate) fn opt_us(t: Option<Timestamp>) -> Option<i64> {
    t.map(us)
}

pub(crate) fn from_us(micros: i64, offset: i64) -> Result<Timestamp, StoreError> {
    let instant = jiff::Timestamp::from_microsecond(micros)
        .map_err(|e| StoreError::Corrupt(format!("time {micros} µs out of range: {e}")))?;
    Ok(Timestamp::new(instant, i32::try_from(offset).unwrap_or(0)))
}

pub(crate) fn opt_from_us(micros: Option<i64>, offset: Option<i64>) -> Result<Option<Timestamp>, StoreError> {
    micros.map(|m| from_us(m, offset.unwrap_or(0))).transpose()
}

/// What a timestamp becomes after a trip through the store: microsecond precision, offset
/// clamped as [`Timestamp::new`] does.
pub(crate) fn normalise_time(t: Timestamp) -> Timestamp {
    let instant = jiff::Timestamp::from_microsecond(t.instant.as_microsecond()).unwrap_or(t.instant);
    Timestamp::new(instant, t.offset_seconds)
}

pub(crate) fn kind_from_str(s: &str) -> Result<Kind, StoreError> {
    match s {
        "opinion" => Ok(Kind::Opinion),
        "news" => Ok(Kind::News),
        "other" => Ok(Kind::Other),
        _ => Err(StoreError::Corrupt(format!("unknown article kind {s:?}"))),
    }
}

pub(crate) fn compress(body: &[u8]) -> Result<Vec<u8>, StoreError> {
    zstd::bulk::compress(body, ZSTD_LEVEL).map_err(|e| StoreError::Compression(e.to_string()))
}

pub(crate) fn decompress(blob: &[u8]) -> Result<Vec<u8>, StoreError> {
    zstd::stream::decode_all(blob).map_err(|e| StoreError::Compression(e.to_string()))
}

/// A JSON list of names (authors, credits) as stored.
pub(crate) fn names_from_json(json: &str, what: &str) -> Result<Vec<String>, StoreError> {
    serde_json::from_str(json).map_err(|e| StoreError::Corrupt(format!("{what} is not a JSON list: {e}")))
}

/// Response headers as stored: a JSON list of `[name, value]` pairs.
pub(crate) fn headers_from_json(json: &str, article_id: i64) -> Result<Vec<(String, String)>, StoreError> {
    serde_json::from_str(json).map_err(|e| StoreError::Corrupt(format!("headers of page {article_id}: {e}")))
}

/// An article made ready for the database before a lock or connection is taken.
#[derive(Debug, Clone)]
pub(crate) struct Prepared {
    pub(crate) article: Article,
    pub(crate) authors_json: String,
    pub(crate) credits_json: String,
    pub(crate) hash: i64,
}

impl Prepared {
    pub(crate) fn new(article: &Article) -> Result<Self, StoreError> {
        let mut article = without_nul(article);
        article.published = article.published.map(normalise_time);
        article.modified = article.modified.map(normalise_time);
        // REAL / DOUBLE PRECISION is f64: an f32 goes in and comes back exactly; NaN would not
        // compare equal.
        if article.confidence.is_nan() {
            article.confidence = 0.0;
        }
        let authors_json = serde_json::to_string(&article.authors)
            .map_err(|e| StoreError::InvalidInput(format!("authors cannot be serialised: {e}")))?;
        let credits_json = serde_json::to_string(&article.credits)
            .map_err(|e| StoreError::InvalidInput(format!("credits cannot be serialised: {e}")))?;
        let hash = content_hash(&article);
        Ok(Prepared { article, authors_json, credits_json, hash })
    }
}

/// `article` with every NUL character replaced by U+FFFD, as HTML parsing does: PostgreSQL's
/// text cannot hold NUL, and both backends must store the same article.
fn without_nul(article: &Article) -> Article {
    fn fix(s: &mut String) {
        if s.contains('\0') {
            *s = s.replace('\0', "\u{FFFD}");
        }
    }
    let mut a = article.clone();
    for s in [
        &mut a.url,
        &mut a.title,
        &mut a.description,
        &mut a.byline,
        &mut a.site_name,
        &mut a.lang,
        &mut a.image,
        &mut a.section,
    ]
    .into_iter()
    .flatten()
    {
        fix(s);
    }
    for s in a.authors.iter_mut().chain(a.credits.iter_mut()).chain([&mut a.text, &mut a.html, &mut a.excerpt]) {
        fix(s);
    }
    a
}

/// A raw page made ready (compressed, headers as JSON) before a lock or connection is taken.
#[derive(Debug, Clone)]
pub(crate) struct PreparedPage {
    pub(crate) url: String,
    pub(crate) status: u16,
    pub(crate) headers_json: String,
    pub(crate) body: Vec<u8>,
    pub(crate) fetched_us: i64,
    pub(crate) evidence: Option<String>,
}

pub(crate) fn prepare_page(raw: &RawPage<'_>) -> Result<PreparedPage, StoreError> {
    let headers_json = serde_json::to_string(raw.headers)
        .map_err(|e| StoreError::InvalidInput(format!("headers cannot be serialised: {e}")))?;
    Ok(PreparedPage {
        url: raw.url.to_owned(),
        status: raw.status,
        headers_json,
        body: compress(raw.body)?,
        fetched_us: us(raw.fetched_at),
        evidence: raw.evidence.map(str::to_owned),
    })
}

/// The refusal when a page would claim another publication's article.
pub(crate) fn foreign_claim(url: &str) -> StoreError {
    StoreError::InvalidInput(format!(
        "{url} belongs to an article of another publication, and the page has no URL of its own to be kept under"
    ))
}

/// `lang` filter values: the primary subtag, lowercased, and a `LIKE` pattern for its subtags
/// (`pt` matches `pt` and `pt-…`), wildcards in the input escaped with `\`.
pub(crate) fn language_patterns(lang: &str) -> (String, String) {
    let primary = lang.split(['-', '_']).next().unwrap_or(lang).to_ascii_lowercase();
    let escaped = primary.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
    (primary, format!("{escaped}-%"))
}

/// Image variants as stored (a JSON list), smallest first.
pub(crate) fn variants_to_json(variants: &[crate::ImageVariant]) -> Result<String, StoreError> {
    let mut sorted = variants.to_vec();
    sorted.sort_by_key(|v| (v.width, v.height));
    serde_json::to_string(&sorted).map_err(|e| StoreError::Corrupt(format!("image variants: {e}")))
}

/// Image variants read back; `None` (no image joined) is an empty list.
pub(crate) fn variants_from_json(json: Option<&str>) -> Result<Vec<crate::ImageVariant>, StoreError> {
    match json {
        None => Ok(Vec::new()),
        Some(s) => serde_json::from_str(s).map_err(|e| StoreError::Corrupt(format!("image variants {s:?}: {e}"))),
    }
}

/// The purpose column read back.
pub(crate) fn purpose_from_str(s: &str) -> Result<crate::ImagePurpose, StoreError> {
    crate::ImagePurpose::from_db(s)
}

/// A source size as stored (two nullable columns).
pub(crate) fn size_from_db(w: Option<i64>, h: Option<i64>) -> Option<(u32, u32)> {
    Some((u32::try_from(w?).ok()?, u32::try_from(h?).ok()?))
}
