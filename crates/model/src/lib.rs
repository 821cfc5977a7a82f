//! Plain data types shared by every Colonnade stage.
//!
//! [`Article`] is what the extractor returns for one page and what the store keeps;
//! [`Kind`] says whether it is an opinion column; [`Timestamp`] is an instant that
//! remembers the UTC offset the page printed it with; [`FetchOutcome`] names how an HTTP fetch
//! ended.

mod fetch_outcome;

use std::fmt;

pub use fetch_outcome::FetchOutcome;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// What sort of piece a page holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A column, editorial, op-ed, review, blog post or other signed opinion.
    Opinion,
    /// Reporting.
    News,
    /// Anything else (or not known).
    #[default]
    Other,
}

impl Kind {
    /// The lowercase name used in JSON and in the store.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Opinion => "opinion",
            Kind::News => "news",
            Kind::Other => "other",
        }
    }
}

/// An instant together with the UTC offset it was written with.
///
/// Serialises as RFC 3339 (`2024-05-01T09:30:00+02:00`), keeping the offset, so a
/// reader sees the time the publication printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Timestamp {
    /// The instant.
    pub instant: jiff::Timestamp,
    /// Offset from UTC in seconds, as printed by the source (0 for `Z` or unknown).
    pub offset_seconds: i32,
}

impl Timestamp {
    /// An instant shown with the given offset. Offsets outside ±25 h are clamped to UTC.
    pub fn new(instant: jiff::Timestamp, offset_seconds: i32) -> Self {
        let offset_seconds = if offset_seconds.abs() < 25 * 3600 { offset_seconds } else { 0 };
        Timestamp { instant, offset_seconds }
    }

    /// Seconds since the Unix epoch.
    pub fn unix_seconds(&self) -> i64 {
        self.instant.as_second()
    }

    /// Parses an RFC 3339 string (as produced by `Display`).
    pub fn parse_rfc3339(s: &str) -> Option<Self> {
        let instant: jiff::Timestamp = s.parse().ok()?;
        let offset = offset_of_rfc3339(s).unwrap_or(0);
        Some(Timestamp::new(instant, offset))
    }
}

/// Reads the trailing `Z` / `±HH:MM` of an RFC 3339 string, in seconds.
fn offset_of_rfc3339(s: &str) -> Option<i32> {
    let s = s.trim();
    if s.ends_with('Z') || s.ends_with('z') {
        return Some(0);
    }
    let tail = s.get(s.len().checked_sub(6)?..)?;
    let sign = match tail.as_bytes()[0] {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let h: i32 = tail.get(1..3)?.parse().ok()?;
    let m: i32 = tail.get(4..6)?.parse().ok()?;
    Some(sign * (h * 3600 + m * 60))
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let offset = jiff::tz::Offset::from_seconds(self.offset_seconds).unwrap_or(jiff::tz::Offset::UTC);
        let dt = offset.to_datetime(self.instant);
        write!(
            f,
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            dt.year(),
            dt.month(),
            dt.day(),
            dt.hour(),
            dt.minute(),
            dt.second()
        )?;
        if self.offset_seconds == 0 {
            f.write_str("Z")
        } else {
            let sign = if self.offset_seconds < 0 { '-' } else { '+' };
            let abs = self.offset_seconds.unsigned_abs();
            write!(f, "{sign}{:02}:{:02}", abs / 3600, (abs % 3600) / 60)
        }
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Timestamp::parse_rfc3339(&s).ok_or_else(|| serde::de::Error::custom(format!("not an RFC 3339 time: {s:?}")))
    }
}

/// One article as extracted from its page.
///
/// Every field but the text ones may be unknown (`None`, JSON `null`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Article {
    /// Canonical URL, tracking parameters removed.
    pub url: Option<String>,
    /// The headline, without a trailing " | Site name".
    pub title: Option<String>,
    /// The page's own summary (meta description, og:description, JSON-LD description).
    pub description: Option<String>,
    /// The columnist(s): person names only, cleaned of "By", roles, dates and site names.
    pub authors: Vec<String>,
    /// The byline as printed on the page.
    pub byline: Option<String>,
    /// Organisations credited in the byline (news agencies, desks: "dpa", "Associated Press",
    /// "Reuters", "Editorial Board"), normalised; never people. Absent in JSON when empty, and
    /// empty when read from JSON written before the field existed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub credits: Vec<String>,
    /// First publication time.
    pub published: Option<Timestamp>,
    /// Last modification time.
    pub modified: Option<Timestamp>,
    /// The publication's name.
    pub site_name: Option<String>,
    /// Language as a BCP 47 tag (`en`, `pt-BR`).
    pub lang: Option<String>,
    /// Lead image, absolute URL.
    pub image: Option<String>,
    /// Section of the publication (`Opinion`, `Politics`).
    pub section: Option<String>,
    /// Opinion, news or other.
    pub kind: Kind,
    /// Main content as plain text: one block per paragraph, heading or list item, blocks separated by a blank line.
    pub text: String,
    /// Main content as sanitised HTML with absolute URLs.
    pub html: String,
    /// The first ~60 words of `text`, ending with "…" when cut.
    pub excerpt: String,
    /// Number of words in `text`.
    pub word_count: usize,
    /// How sure the extractor is that the page holds one article, 0..1.
    pub confidence: f32,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamp_keeps_offset_through_json() {
        let t = Timestamp::parse_rfc3339("2024-05-01T09:30:00+02:00").unwrap();
        assert_eq!(t.offset_seconds, 7200);
        assert_eq!(t.to_string(), "2024-05-01T09:30:00+02:00");
        assert_eq!(t.unix_seconds(), 1714548600);
        let json = serde_json::to_string(&t).unwrap();
        assert_eq!(json, "\"2024-05-01T09:30:00+02:00\"");
        let back: Timestamp = serde_json::from_str(&json).unwrap();
        assert_eq!(back, t);
    }

    #[test]
    fn timestamp_negative_offset_and_utc() {
        let t = Timestamp::parse_rfc3339("2020-01-02T03:04:05-05:30").unwrap();
        assert_eq!(t.to_string(), "2020-01-02T03:04:05-05:30");
        let z = Timestamp::parse_rfc3339("2020-01-02T03:04:05Z").unwrap();
        assert_eq!(z.to_string(), "2020-01-02T03:04:05Z");
        assert!(Timestamp::parse_rfc3339("yesterday").is_none());
    }

    #[test]
    fn credits_are_optional_in_json() {
        let old = r#"{"url":null,"title":"T","description":null,"authors":["A B"],"byline":null,"published":null,
            "modified":null,"site_name":null,"lang":null,"image":null,"section":null,"kind":"news","text":"",
            "html":"","excerpt":"","word_count":0,"confidence":0.5}"#;
        let a: Article = serde_json::from_str(old).unwrap();
        assert!(a.credits.is_empty());
        assert!(!serde_json::to_string(&a).unwrap().contains("credits"));
        let b = Article { credits: vec!["dpa".into()], ..a };
        let json = serde_json::to_string(&b).unwrap();
        assert!(json.contains(r#""credits":["dpa"]"#));
        assert_eq!(serde_json::from_str::<Article>(&json).unwrap(), b);
    }

    #[test]
    fn kind_serialises_lowercase() {
        assert_eq!(serde_json::to_string(&Kind::Opinion).unwrap(), "\"opinion\"");
        assert_eq!(Kind::default(), Kind::Other);
    }
}
