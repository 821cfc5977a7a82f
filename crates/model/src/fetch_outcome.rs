//! [`FetchOutcome`]: how one HTTP fetch ended, named once for the fetcher, the crawler and the
//! fetch log.

use std::fmt;

/// How one HTTP fetch ended: the label the fetch log stores and the crawl's metrics count.
///
/// `colonnade-fetch` names the outcome of every answer and error (`Response::outcome`,
/// `FetchError::outcome`); the store writes [`FetchOutcome::as_str`] and reads labels back with
/// [`FetchOutcome::from_label`], which never fails: a label this version does not know (from
/// another version's database) is [`FetchOutcome::Unknown`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FetchOutcome {
    /// A response came (any status below 400). Stored as `ok`.
    Ok,
    /// A `304 Not Modified` answer to a conditional request. Stored as `not_modified`.
    NotModified,
    /// A 4xx or 5xx answer. Stored as `http_error`.
    HttpError,
    /// A time limit was hit. Stored as `timeout`.
    Timeout,
    /// The SSRF guard refused the address. Stored as `blocked`.
    Blocked,
    /// robots.txt disallows the URL. Stored as `robots`.
    Robots,
    /// The body was over the size limit. Stored as `too_large`.
    TooLarge,
    /// The host asked us to wait and the time has not come. Stored as `backoff`.
    Backoff,
    /// Any other failure (network, bad URL, redirects, decoding). Stored as `error`.
    Error,
    /// A label this version does not know, read from a database another version wrote; never
    /// produced by this version. Stored as `unknown`.
    Unknown,
}

impl FetchOutcome {
    /// Every outcome, in declaration order.
    pub const ALL: [FetchOutcome; 10] = [
        FetchOutcome::Ok,
        FetchOutcome::NotModified,
        FetchOutcome::HttpError,
        FetchOutcome::Timeout,
        FetchOutcome::Blocked,
        FetchOutcome::Robots,
        FetchOutcome::TooLarge,
        FetchOutcome::Backoff,
        FetchOutcome::Error,
        FetchOutcome::Unknown,
    ];

    /// The label stored in the fetch log and used in metrics, e.g. `not_modified`.
    pub fn as_str(self) -> &'static str {
        match self {
            FetchOutcome::Ok => "ok",
            FetchOutcome::NotModified => "not_modified",
            FetchOutcome::HttpError => "http_error",
            FetchOutcome::Timeout => "timeout",
            FetchOutcome::Blocked => "blocked",
            FetchOutcome::Robots => "robots",
            FetchOutcome::TooLarge => "too_large",
            FetchOutcome::Backoff => "backoff",
            FetchOutcome::Error => "error",
            FetchOutcome::Unknown => "unknown",
        }
    }

    /// The outcome a stored label names; [`FetchOutcome::Unknown`] for any other text.
    pub fn from_label(label: &str) -> FetchOutcome {
        FetchOutcome::ALL.into_iter().find(|o| o.as_str() == label).unwrap_or(FetchOutcome::Unknown)
    }
}

impl fmt::Display for FetchOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_round_trip_and_unknown_labels_do_not_fail() {
        for o in FetchOutcome::ALL {
            assert_eq!(FetchOutcome::from_label(o.as_str()), o);
            assert_eq!(o.to_string(), o.as_str());
        }
        assert_eq!(FetchOutcome::from_label("not_modified"), FetchOutcome::NotModified);
        assert_eq!(FetchOutcome::from_label("gone_fishing"), FetchOutcome::Unknown);
        assert_eq!(FetchOutcome::from_label(""), FetchOutcome::Unknown);
        assert_eq!(FetchOutcome::from_label("OK"), FetchOutcome::Unknown, "labels are stored lowercase");
    }
}
