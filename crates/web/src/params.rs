//! Request URIs and query parameters: strict validation, so a malformed request is a 4xx and
//! never reaches a handler.

use std::borrow::Cow;

use axum::http::{StatusCode, Uri};
use colonnade_model::Kind;

use crate::error::WebError;

/// Longest accepted request target (path and query), in bytes.
pub(crate) const MAX_URI: usize = 8 * 1024;

/// Highest page number accepted; a larger one is a 400, a page past the last one a 404.
pub(crate) const MAX_PAGE: usize = 100_000;

/// Checks a request target: not longer than [`MAX_URI`] (414), and path and query are valid
/// percent-encoding of UTF-8 (400).
pub(crate) fn check_uri(uri: &Uri) -> Result<(), StatusCode> {
    let path = uri.path();
    let query = uri.query().unwrap_or("");
    if path.len() + query.len() > MAX_URI {
        return Err(StatusCode::URI_TOO_LONG);
    }
    if !valid_encoding(path) || !valid_encoding(query) {
        return Err(StatusCode::BAD_REQUEST);
    }
    Ok(())
}

/// Every `%` starts two hex digits, and the decoded bytes are UTF-8.
fn valid_encoding(s: &str) -> bool {
    let bytes = s.as_bytes();
    if !bytes.contains(&b'%') {
        return true;
    }
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = |b: Option<&u8>| b.and_then(|b| (*b as char).to_digit(16));
            match (hex(bytes.get(i + 1)), hex(bytes.get(i + 2))) {
                (Some(hi), Some(lo)) => decoded.push((hi * 16 + lo) as u8),
                _ => return false,
            }
            i += 3;
        } else {
            decoded.push(bytes[i]);
            i += 1;
        }
    }
    std::str::from_utf8(&decoded).is_ok()
}

/// Decoded query parameters (first value of each name wins).
#[derive(Debug, Default)]
pub(crate) struct Params<'a> {
    pairs: Vec<(Cow<'a, str>, Cow<'a, str>)>,
}

/// Which kinds a listing or search shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum KindFilter {
    /// One kind.
    Only(Kind),
    /// Every kind (`kind=all`).
    All,
}

impl KindFilter {
    pub(crate) fn kind(self) -> Option<Kind> {
        match self {
            KindFilter::Only(k) => Some(k),
            KindFilter::All => None,
        }
    }

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            KindFilter::Only(k) => k.as_str(),
            KindFilter::All => "all",
        }
    }
}

impl<'a> Params<'a> {
    /// Parses a query string (already checked by [`check_uri`]).
    pub(crate) fn parse(query: Option<&'a str>) -> Params<'a> {
        Params { pairs: form_urlencoded::parse(query.unwrap_or("").as_bytes()).collect() }
    }

    /// The first value of `name`, trimmed; `None` when absent or blank.
    pub(crate) fn get(&self, name: &str) -> Option<&str> {
        self.pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.trim()).filter(|v| !v.is_empty())
    }

    /// `page`: 1 when absent; a positive integer up to [`MAX_PAGE`], else 400.
    pub(crate) fn page(&self) -> Result<usize, WebError> {
        let Some(raw) = self.get("page") else { return Ok(1) };
        match raw.parse::<usize>() {
            Ok(n) if (1..=MAX_PAGE).contains(&n) => Ok(n),
            _ => Err(WebError::BadRequest(format!("page must be a whole number from 1 to {MAX_PAGE}"))),
        }
    }

    /// `country`: a two-letter ISO 3166 code, returned uppercase.
    pub(crate) fn country(&self) -> Result<Option<String>, WebError> {
        match self.get("country") {
            None => Ok(None),
            Some(c) if c.len() == 2 && c.bytes().all(|b| b.is_ascii_alphabetic()) => Ok(Some(c.to_ascii_uppercase())),
            Some(_) => Err(WebError::BadRequest("country must be a two-letter code such as GB".into())),
        }
    }

    /// `lang`: a language tag's primary subtag (2 or 3 letters), returned lowercase.
    pub(crate) fn lang(&self) -> Result<Option<String>, WebError> {
        match self.get("lang") {
            None => Ok(None),
            Some(l) => {
                let primary = l.split(['-', '_']).next().unwrap_or("");
                if (2..=3).contains(&primary.len())
                    && primary.bytes().all(|b| b.is_ascii_alphabetic())
                    && l.len() <= 16
                    && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
                {
                    Ok(Some(primary.to_ascii_lowercase()))
                } else {
                    Err(WebError::BadRequest("lang must be a language code such as en or pt-BR".into()))
                }
            }
        }
    }

    /// `kind`: opinion (default), news, other or all.
    pub(crate) fn kind(&self, default: KindFilter) -> Result<KindFilter, WebError> {
        match self.get("kind") {
            None => Ok(default),
            Some("opinion") => Ok(KindFilter::Only(Kind::Opinion)),
            Some("news") => Ok(KindFilter::Only(Kind::News)),
            Some("other") => Ok(KindFilter::Only(Kind::Other)),
            Some("all") => Ok(KindFilter::All),
            Some(_) => Err(WebError::BadRequest("kind must be opinion, news, other or all".into())),
        }
    }

    /// A positive id parameter.
    pub(crate) fn id(&self, name: &str) -> Result<Option<i64>, WebError> {
        match self.get(name) {
            None => Ok(None),
            Some(v) => match v.parse::<i64>() {
                Ok(id) if id > 0 => Ok(Some(id)),
                _ => Err(WebError::BadRequest(format!("{name} must be a positive id"))),
            },
        }
    }

    /// A `YYYY-MM-DD` parameter.
    pub(crate) fn date(&self, name: &str) -> Result<Option<jiff::civil::Date>, WebError> {
        match self.get(name) {
            None => Ok(None),
            Some(v) => crate::time::parse_day(v)
                .map(Some)
                .ok_or_else(|| WebError::BadRequest(format!("{name} must be a date such as 2024-03-12"))),
        }
    }

    /// A free-text parameter, at most `max` characters.
    pub(crate) fn text(&self, name: &str, max: usize) -> Result<Option<String>, WebError> {
        match self.get(name) {
            None => Ok(None),
            Some(v) if v.chars().count() <= max && !v.chars().any(char::is_control) => Ok(Some(v.to_owned())),
            Some(_) => Err(WebError::BadRequest(format!("{name} is too long or has control characters"))),
        }
    }

    /// `period`: `day` (default) or `week`, as a number of days.
    pub(crate) fn period(&self) -> Result<Period, WebError> {
        match self.get("period") {
            None | Some("day") => Ok(Period::Day),
            Some("week") => Ok(Period::Week),
            Some(_) => Err(WebError::BadRequest("period must be day or week".into())),
        }
    }
}

/// The "Most read" window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Period {
    /// The last 24 hours (today and yesterday, by UTC day).
    Day,
    /// The last 7 days.
    Week,
}

impl Period {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Period::Day => "day",
            Period::Week => "week",
        }
    }

    /// The first counter day included.
    pub(crate) fn since_day(self, today: i64) -> i64 {
        match self {
            Period::Day => today - 1,
            Period::Week => today - 6,
        }
    }
}

/// Builds a query string from pairs, skipping `None`s; empty when nothing is set.
pub(crate) fn query_string(pairs: &[(&str, Option<&str>)]) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs {
        if let Some(v) = v {
            out.append_pair(k, v);
        }
    }
    let s = out.finish();
    if s.is_empty() { s } else { format!("?{s}") }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uri(s: &str) -> Uri {
        s.parse().unwrap()
    }

    #[test]
    fn uris_are_checked_for_length_and_encoding() {
        assert_eq!(check_uri(&uri("/search?q=caf%C3%A9")), Ok(()));
        assert_eq!(check_uri(&uri("/columns/1-x")), Ok(()));
        assert_eq!(check_uri(&uri("/search?q=%FF")), Err(StatusCode::BAD_REQUEST));
        assert_eq!(check_uri(&uri("/search?q=%zz")), Err(StatusCode::BAD_REQUEST));
        assert_eq!(check_uri(&uri("/search?q=%4")), Err(StatusCode::BAD_REQUEST));
        assert_eq!(check_uri(&uri("/columns/%C3")), Err(StatusCode::BAD_REQUEST));
        let long = format!("/search?q={}", "a".repeat(MAX_URI));
        assert_eq!(check_uri(&uri(&long)), Err(StatusCode::URI_TOO_LONG));
    }

    #[test]
    fn page_numbers_are_strict() {
        let page = |q: &str| Params::parse(Some(q)).page().ok();
        assert_eq!(page(""), Some(1));
        assert_eq!(page("page=3"), Some(3));
        assert_eq!(page("page="), Some(1));
        for bad in ["page=0", "page=-1", "page=abc", "page=1.5", "page=100001", "page=99999999999999999999999"] {
            assert_eq!(page(bad), None, "{bad}");
        }
    }

    #[test]
    fn filters_are_validated_and_normalised() {
        let p = Params::parse(Some("country=gb&lang=pt-BR&kind=all&publication=3&from=2024-01-31"));
        assert_eq!(p.country().unwrap().as_deref(), Some("GB"));
        assert_eq!(p.lang().unwrap().as_deref(), Some("pt"));
        assert_eq!(p.kind(KindFilter::Only(Kind::Opinion)).unwrap(), KindFilter::All);
        assert_eq!(p.id("publication").unwrap(), Some(3));
        assert_eq!(p.date("from").unwrap().unwrap().day(), 31);
        let bad = Params::parse(Some("country=GBR&lang=e&kind=x&publication=-3&from=yesterday&period=month"));
        assert!(bad.country().is_err());
        assert!(bad.lang().is_err());
        assert!(bad.kind(KindFilter::All).is_err());
        assert!(bad.id("publication").is_err());
        assert!(bad.date("from").is_err());
        assert!(bad.period().is_err());
    }

    #[test]
    fn query_strings_skip_unset_values() {
        assert_eq!(query_string(&[("q", Some("a b&c")), ("page", None)]), "?q=a+b%26c");
        assert_eq!(query_string(&[("q", None)]), "");
    }
}
