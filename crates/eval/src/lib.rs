//! Scoring an extractor against a corpus of pages with expected output.
//!
//! A corpus folder holds `pages/<case>.html` and, for each case, `expected/<case>.txt` (the
//! expected main text) and optionally `expected/<case>.json` with `title`, `authors`, `published`
//! and `url`. A `urls.json` at the corpus root (case file name → URL) may give URLs too.
//!
//! The measures, per case and then as mean and median:
//! - text: precision, recall and F1 of word tokens (a multiset: every repeated word counts), with
//!   tokens lowercased and split at anything not a letter or digit, each CJK character one token;
//! - title: equal after lowercasing and keeping only letters and digits;
//! - authors: the same set of names after the same normalisation (cases whose expected list is
//!   null or empty are not counted);
//! - date: the same calendar day as the expected publication time, read either in the page's
//!   offset or in UTC (cases with no expected date are not counted).

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// What can go wrong reading a corpus.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A file or folder could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The path.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A JSON file is malformed.
    #[error("malformed JSON in {path}: {source}")]
    Json {
        /// The path.
        path: PathBuf,
        /// The cause.
        source: serde_json::Error,
    },
    /// The folder has no `pages/` with pages in it.
    #[error("{0} has no pages/*.html")]
    NoPages(PathBuf),
}

/// Expected metadata of one case.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct Expected {
    /// The headline.
    #[serde(default)]
    pub title: Option<String>,
    /// Person names, when the byline names persons.
    #[serde(default)]
    pub authors: Option<Vec<String>>,
    /// Publication time, RFC 3339.
    #[serde(default)]
    pub published: Option<String>,
    /// The page's URL, when known.
    #[serde(default)]
    pub url: Option<String>,
}

/// One page to score.
#[derive(Debug, Clone)]
pub struct Case {
    /// File stem.
    pub name: String,
    /// The page file.
    pub page: PathBuf,
    /// Expected main text.
    pub text: String,
    /// Expected metadata.
    pub expected: Expected,
}

/// Reads every case of a corpus folder, sorted by name.
pub fn load_corpus(dir: &Path) -> Result<Vec<Case>, EvalError> {
    let pages_dir = dir.join("pages");
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| EvalError::Io { path, source }
    };
    let urls: HashMap<String, String> = match fs::read(dir.join("urls.json")) {
        Ok(bytes) => {
            serde_json::from_slice(&bytes).map_err(|source| EvalError::Json { path: dir.join("urls.json"), source })?
        }
        Err(_) => HashMap::new(),
    };
    let mut cases = Vec::new();
    for entry in fs::read_dir(&pages_dir).map_err(io(&pages_dir))? {
        let entry = entry.map_err(io(&pages_dir))?;
        let page = entry.path();
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let Some(name) = file_name.strip_suffix(".html").or_else(|| file_name.strip_suffix(".htm")) else {
            continue;
        };
        let txt = dir.join("expected").join(format!("{name}.txt"));
        let text = fs::read_to_string(&txt).map_err(io(&txt))?;
        let json = dir.join("expected").join(format!("{name}.json"));
        let mut expected: Expected = match fs::read(&json) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|source| EvalError::Json { path: json, source })?,
            Err(_) => Expected::default(),
        };
        if expected.url.is_none() {
            expected.url = urls.get(&file_name).or_else(|| urls.get(name)).cloned();
        }
        cases.push(Case { name: name.to_string(), page, text, expected });
    }
    if cases.is_empty() {
        return Err(EvalError::NoPages(pages_dir));
    }
    cases.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(cases)
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xAC00..=0xD7AF)
}

/// Word tokens of a text: lowercased, split at non-alphanumerics, each CJK character alone.
pub fn tokens(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for ch in s.chars() {
        if is_cjk(ch) {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            out.push(ch.to_string());
        } else if ch.is_alphanumeric() {
            cur.extend(ch.to_lowercase());
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Token precision, recall and F1 of `got` against `expected` (multisets).
pub fn prf(expected: &str, got: &str) -> (f64, f64, f64) {
    let e = tokens(expected);
    let g = tokens(got);
    if e.is_empty() && g.is_empty() {
        return (1.0, 1.0, 1.0);
    }
    if e.is_empty() || g.is_empty() {
        return (if g.is_empty() { 1.0 } else { 0.0 }, if e.is_empty() { 1.0 } else { 0.0 }, 0.0);
    }
    let mut counts: HashMap<&str, i64> = HashMap::new();
    for t in &e {
        *counts.entry(t).or_default() += 1;
    }
    let mut common = 0i64;
    for t in &g {
        if let Some(c) = counts.get_mut(t.as_str())
            && *c > 0
        {
            *c -= 1;
            common += 1;
        }
    }
    let p = common as f64 / g.len() as f64;
    let r = common as f64 / e.len() as f64;
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    (p, r, f)
}

/// Lowercase letters and digits, single-spaced.
pub fn normalise(s: &str) -> String {
    tokens(s).join(" ")
}

/// Separators between a headline and a site name in page titles.
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " _", "_", " [", " ｜ ", " / "];

/// Whether two titles are the same. The expected title may carry the site's name before or after
/// a separator (`"Headline | Site"`, `"Headline [Site]"`): Colonnade's `title` is specified without
/// it, so a title equal to the expected one minus its first or last segment counts as right.
pub fn title_matches(expected: &str, got: Option<&str>) -> bool {
    let Some(got) = got else { return false };
    let g = normalise(got);
    if g.is_empty() {
        return false;
    }
    if normalise(expected) == g {
        return true;
    }
    // Cut the expected title at every separator; the headline is the longer side of a cut.
    let keeps = |kept: &str, dropped: &str| normalise(kept) == g && tokens(kept).len() >= tokens(dropped).len();
    TITLE_SEPARATORS.iter().any(|sep| {
        expected.match_indices(sep).any(|(i, _)| {
            keeps(&expected[..i], &expected[i + sep.len()..]) || keeps(&expected[i + sep.len()..], &expected[..i])
        })
    })
}

/// Whether two author lists name the same people (order aside).
pub fn authors_match(expected: &[String], got: &[String]) -> bool {
    let mut e: Vec<String> = expected.iter().map(|s| normalise(s)).collect();
    let mut g: Vec<String> = got.iter().map(|s| normalise(s)).collect();
    e.sort();
    e.dedup();
    g.sort();
    g.dedup();
    e == g
}

/// Whether a date falls on the expected day (in the page's offset or in UTC).
pub fn date_matches(expected: &str, got: Option<&str>) -> bool {
    let Some(got) = got else { return false };
    let day = |s: &str| s.get(..10).map(str::to_string);
    if day(expected).is_some() && day(expected) == day(got) {
        return true;
    }
    let utc = |s: &str| s.parse::<jiff_lite::Instant>().ok().map(|i| i.utc_day());
    matches!((utc(expected), utc(got)), (Some(a), Some(b)) if a == b)
}

/// Minimal RFC 3339 reading for UTC days, kept here so scoring has no date-library dependency.
mod jiff_lite {
    use std::str::FromStr;

    pub struct Instant {
        days: i64,
    }

    impl Instant {
        pub fn utc_day(&self) -> i64 {
            self.days
        }
    }

    fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
        let y = if m <= 2 { y - 1 } else { y };
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    impl FromStr for Instant {
        type Err = ();
        fn from_str(s: &str) -> Result<Self, ()> {
            let num = |a: usize, b: usize| s.get(a..b).and_then(|x| x.parse::<i64>().ok()).ok_or(());
            let (y, mo, d) = (num(0, 4)?, num(5, 7)?, num(8, 10)?);
            let (h, mi) = (num(11, 13).unwrap_or(0), num(14, 16).unwrap_or(0));
            let tail = s.get(10..).unwrap_or("");
            let offset_min = if let Some(i) = tail.rfind(['+', '-']).filter(|&i| i > 2) {
                let sign = if tail.as_bytes()[i] == b'-' { -1 } else { 1 };
                let oh: i64 = tail.get(i + 1..i + 3).and_then(|x| x.parse().ok()).unwrap_or(0);
                let om: i64 = tail.get(i + 4..i + 6).and_then(|x| x.parse().ok()).unwrap_or(0);
                sign * (oh * 60 + om)
            } else {
                0
            };
            let minutes = days_from_civil(y, mo, d) * 1440 + h * 60 + mi - offset_min;
            Ok(Instant { days: minutes.div_euclid(1440) })
        }
    }
}

/// What an extractor returned for one case, in the fields scored.
#[derive(Debug, Clone, Default)]
pub struct Output {
    /// Main text.
    pub text: String,
    /// Headline.
    pub title: Option<String>,
    /// Authors.
    pub authors: Vec<String>,
    /// Publication time, RFC 3339.
    pub published: Option<String>,
}

/// The score of one case.
#[derive(Debug, Clone, Serialize)]
pub struct CaseScore {
    /// Case name.
    pub name: String,
    /// Text precision.
    pub precision: f64,
    /// Text recall.
    pub recall: f64,
    /// Text F1.
    pub f1: f64,
    /// Title right (None: no expected title).
    pub title: Option<bool>,
    /// Authors right (None: not scored).
    pub authors: Option<bool>,
    /// Date right (None: not scored).
    pub date: Option<bool>,
    /// The extractor failed on this page.
    pub error: Option<String>,
}

/// Scores one case.
pub fn score_case(case: &Case, out: Result<&Output, &str>) -> CaseScore {
    let e = &case.expected;
    match out {
        Ok(o) => {
            let (precision, recall, f1) = prf(&case.text, &o.text);
            CaseScore {
                name: case.name.clone(),
                precision,
                recall,
                f1,
                title: e
                    .title
                    .as_deref()
                    .filter(|t| !t.trim().is_empty())
                    .map(|t| title_matches(t, o.title.as_deref())),
                authors: e.authors.as_deref().filter(|a| !a.is_empty()).map(|a| authors_match(a, &o.authors)),
                date: e.published.as_deref().map(|d| date_matches(d, o.published.as_deref())),
                error: None,
            }
        }
        Err(msg) => CaseScore {
            name: case.name.clone(),
            precision: 0.0,
            recall: 0.0,
            f1: 0.0,
            title: e.title.as_ref().map(|_| false),
            authors: e.authors.as_deref().filter(|a| !a.is_empty()).map(|_| false),
            date: e.published.as_ref().map(|_| false),
            error: Some(msg.to_string()),
        },
    }
}

/// Totals over a corpus.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// Cases scored.
    pub cases: usize,
    /// Mean text precision.
    pub precision_mean: f64,
    /// Mean text recall.
    pub recall_mean: f64,
    /// Mean text F1.
    pub f1_mean: f64,
    /// Median text F1.
    pub f1_median: f64,
    /// Share of titles right, and over how many.
    pub title_accuracy: (f64, usize),
    /// Share of author lists right, and over how many.
    pub author_accuracy: (f64, usize),
    /// Share of dates right, and over how many.
    pub date_accuracy: (f64, usize),
    /// Pages the extractor failed on.
    pub errors: usize,
}

fn accuracy(values: impl Iterator<Item = Option<bool>>) -> (f64, usize) {
    let (mut right, mut total) = (0usize, 0usize);
    for v in values.flatten() {
        total += 1;
        if v {
            right += 1;
        }
    }
    (if total == 0 { 1.0 } else { right as f64 / total as f64 }, total)
}

/// Sums up case scores.
pub fn summarise(scores: &[CaseScore]) -> Summary {
    let n = scores.len().max(1) as f64;
    let mut f1s: Vec<f64> = scores.iter().map(|s| s.f1).collect();
    f1s.sort_by(f64::total_cmp);
    let median = if f1s.is_empty() {
        0.0
    } else if f1s.len() % 2 == 1 {
        f1s[f1s.len() / 2]
    } else {
        (f1s[f1s.len() / 2 - 1] + f1s[f1s.len() / 2]) / 2.0
    };
    Summary {
        cases: scores.len(),
        precision_mean: scores.iter().map(|s| s.precision).sum::<f64>() / n,
        recall_mean: scores.iter().map(|s| s.recall).sum::<f64>() / n,
        f1_mean: scores.iter().map(|s| s.f1).sum::<f64>() / n,
        f1_median: median,
        title_accuracy: accuracy(scores.iter().map(|s| s.title)),
        author_accuracy: accuracy(scores.iter().map(|s| s.authors)),
        date_accuracy: accuracy(scores.iter().map(|s| s.date)),
        errors: scores.iter().filter(|s| s.error.is_some()).count(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_f1_counts_repeats() {
        let (p, r, f) = prf("the cat the hat", "the cat");
        assert_eq!((p, r), (1.0, 0.5));
        assert!((f - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(prf("", ""), (1.0, 1.0, 1.0));
        assert_eq!(prf("a b", "").2, 0.0);
    }

    #[test]
    fn cjk_characters_are_tokens() {
        assert_eq!(tokens("東京 Tokyo, 2024!"), ["東", "京", "tokyo", "2024"]);
    }

    #[test]
    fn titles_authors_dates() {
        assert!(title_matches("Why Trees  Matter!", Some("why trees matter")));
        assert!(!title_matches("Why trees matter", Some("Why trees matter | Site")));
        assert!(title_matches("Why trees matter | Site", Some("Why trees matter")));
        assert!(title_matches("Site - Why trees matter", Some("Why trees matter")));
        assert!(title_matches("LWN.net Weekly Edition [LWN.net]", Some("LWN.net Weekly Edition")));
        assert!(!title_matches("Why trees matter | Site", Some("Site")));
        assert!(title_matches(
            "Samantha and The Great Big Lie - John C. Welch - Medium",
            Some("Samantha and The Great Big Lie")
        ));
        assert!(!title_matches("Why trees matter | Site", Some("Why trees")));
        assert!(authors_match(&["Jane Doe".into(), "Bob Li".into()], &["bob li".into(), "Jane  Doe".into()]));
        assert!(!authors_match(&["Jane Doe".into()], &["Jane Doe".into(), "Bob Li".into()]));
        assert!(date_matches("2024-05-01T23:30:00-02:00", Some("2024-05-01T10:00:00Z")));
        assert!(date_matches("2024-05-02T01:30:00Z", Some("2024-05-01T23:30:00-02:00")));
        assert!(!date_matches("2024-05-01", Some("2024-06-01T00:00:00Z")));
        assert!(!date_matches("2024-05-01", None));
    }

    #[test]
    fn summary_of_scores() {
        let case = Case {
            name: "a".into(),
            page: PathBuf::new(),
            text: "one two three".into(),
            expected: Expected { title: Some("T".into()), authors: None, published: None, url: None },
        };
        let good = Output { text: "one two three".into(), title: Some("t".into()), ..Output::default() };
        let s1 = score_case(&case, Ok(&good));
        let s2 = score_case(&case, Err("boom"));
        let sum = summarise(&[s1, s2]);
        assert_eq!(sum.cases, 2);
        assert!((sum.f1_mean - 0.5).abs() < 1e-9);
        assert_eq!(sum.title_accuracy, (0.5, 2));
        assert_eq!(sum.author_accuracy.1, 0);
        assert_eq!(sum.errors, 1);
    }
}
