//! Scoring an extractor against a corpus of pages with expected output.
//!
//! A corpus folder holds `pages/<case>.html` and, for each case, `expected/<case>.json` with
//! `title`, `authors`, `published`, `url` and `lang` (optional for full-text corpora), and the
//! expected main text `expected/<case>.txt`. A case may instead (or as well) give snippets in its
//! JSON: `with` (text a correct extraction contains) and `without` (boilerplate it must not
//! contain); such a case needs no `.txt` (the webmix layout). A `urls.json` at the corpus root
//! (case file name → URL) may give URLs too, and a `kind.json` (case → `{"kind", "sure", "why"}`)
//! the genre of each page.
//!
//! The measures, per case and then over the corpus:
//! - text (cases with an expected `.txt`): precision, recall and F1 of word tokens (a multiset:
//!   every repeated word counts), with tokens lowercased and split at anything not a letter or
//!   digit, each CJK character one token; mean and median over cases;
//! - snippets (cases with `with`/`without` lists), as trafilatura's own evaluation: text and
//!   snippets NFC-normalised with whitespace runs collapsed, then exact, case-sensitive substring
//!   tests; a `with` snippet found is a true positive, missed a false negative; a `without`
//!   snippet found is a false positive, absent a true negative. Counts are summed over cases
//!   before precision, recall, F1 and accuracy are taken;
//! - title: equal after lowercasing and keeping only letters and digits;
//! - authors: the same set of names after the same normalisation (cases whose expected list is
//!   null or empty are not counted);
//! - date: the same calendar day as the expected publication time, read either in the page's
//!   offset or in UTC (cases with no expected date are not counted);
//! - kind (cases with a label): opinion precision, recall and F1, three-way accuracy and the
//!   confusion matrix, over all labelled cases and over the `sure` ones only.

pub mod pages;

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

pub use colonnade_model::Kind;
use serde::{Deserialize, Serialize};

/// Pages whose expected body has at least this many words must not come out empty.
pub const LONG_PAGE_WORDS: usize = 150;

/// What can go wrong reading a corpus.
///
/// `Display` says what failed; the underlying error is the [`source`](std::error::Error::source),
/// so print the whole chain (`{:#}` with anyhow).
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A file or folder could not be read.
    #[error("cannot read {}", path.display())]
    Io {
        /// The path.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// A JSON file is malformed.
    #[error("malformed JSON in {}", path.display())]
    Json {
        /// The path.
        path: PathBuf,
        /// The cause.
        #[source]
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
    /// Publication time, RFC 3339, or a bare `YYYY-MM-DD` day.
    #[serde(default)]
    pub published: Option<String>,
    /// The page's URL, when known.
    #[serde(default)]
    pub url: Option<String>,
    /// Language of the article, when known.
    #[serde(default)]
    pub lang: Option<String>,
    /// Snippets a correct extraction contains.
    #[serde(default)]
    pub with: Option<Vec<String>>,
    /// Snippets of boilerplate a correct extraction does not contain.
    #[serde(default)]
    pub without: Option<Vec<String>>,
    /// Whether the case has an expected `.txt` (webmix layout; absent elsewhere).
    #[serde(default)]
    pub has_text: Option<bool>,
}

/// A hand-made genre label of one case (`kind.json`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct KindLabel {
    /// Opinion, news or other.
    pub kind: Kind,
    /// False for borderline cases (soft labels).
    #[serde(default = "yes")]
    pub sure: bool,
    /// Why the labeller chose it.
    #[serde(default)]
    pub why: Option<String>,
}

fn yes() -> bool {
    true
}

/// One page to score.
#[derive(Debug, Clone)]
pub struct Case {
    /// File stem.
    pub name: String,
    /// The page file.
    pub page: PathBuf,
    /// Expected main text (None: a snippet-only case).
    pub text: Option<String>,
    /// Expected metadata and snippets.
    pub expected: Expected,
    /// Genre label, when the corpus (or an extra labels file) has one.
    pub kind: Option<KindLabel>,
}

/// Reads every case of a corpus folder, sorted by name, with the labels of its `kind.json` if it
/// has one.
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
    let kinds = if dir.join("kind.json").is_file() { load_kinds(&dir.join("kind.json"))? } else { HashMap::new() };
    let mut cases = Vec::new();
    for entry in fs::read_dir(&pages_dir).map_err(io(&pages_dir))? {
        let entry = entry.map_err(io(&pages_dir))?;
        let page = entry.path();
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let Some(name) = file_name.strip_suffix(".html").or_else(|| file_name.strip_suffix(".htm")) else {
            continue;
        };
        let json = dir.join("expected").join(format!("{name}.json"));
        let mut expected: Expected = match fs::read(&json) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|source| EvalError::Json { path: json, source })?,
            Err(_) => Expected::default(),
        };
        let txt = dir.join("expected").join(format!("{name}.txt"));
        let text = match fs::read_to_string(&txt) {
            Ok(text) => Some(text),
            Err(e)
                if e.kind() == std::io::ErrorKind::NotFound
                    && expected.with.is_some()
                    && expected.has_text != Some(true) =>
            {
                None
            }
            Err(source) => return Err(EvalError::Io { path: txt, source }),
        };
        if expected.url.is_none() {
            expected.url = urls.get(&file_name).or_else(|| urls.get(name)).cloned();
        }
        let kind = kinds.get(name).cloned();
        cases.push(Case { name: name.to_string(), page, text, expected, kind });
    }
    if cases.is_empty() {
        return Err(EvalError::NoPages(pages_dir));
    }
    cases.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(cases)
}

/// Reads a labels file in the format of `kind.json`: `{"<case>": {"kind": "opinion|news|other",
/// "sure": bool, "why": "..."}}`. Keys may be case names or page file names (`<case>.html`).
pub fn load_kinds(path: &Path) -> Result<HashMap<String, KindLabel>, EvalError> {
    let bytes = fs::read(path).map_err(|source| EvalError::Io { path: path.to_path_buf(), source })?;
    let labels: HashMap<String, KindLabel> =
        serde_json::from_slice(&bytes).map_err(|source| EvalError::Json { path: path.to_path_buf(), source })?;
    Ok(labels
        .into_iter()
        .map(|(k, v)| {
            let name = k.strip_suffix(".html").or_else(|| k.strip_suffix(".htm")).unwrap_or(&k).to_string();
            (name, v)
        })
        .collect())
}

/// Gives cases the labels of `labels` (replacing any they had); returns the label keys that
/// match no case, sorted.
pub fn apply_kinds(cases: &mut [Case], labels: &HashMap<String, KindLabel>) -> Vec<String> {
    let mut unused: Vec<String> = labels.keys().filter(|k| !cases.iter().any(|c| &c.name == *k)).cloned().collect();
    unused.sort();
    for case in cases.iter_mut() {
        if let Some(label) = labels.get(&case.name) {
            case.kind = Some(label.clone());
        }
    }
    unused
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

/// NFC-normalises a text and collapses every run of whitespace to one space, trimmed: the form
/// in which snippets are looked for.
pub fn snippet_form(s: &str) -> String {
    let nfc = icu_normalizer::ComposingNormalizerBorrowed::new_nfc().normalize(s);
    let mut out = String::with_capacity(nfc.len());
    for word in nfc.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Snippet counts of one case, with the snippets that went wrong.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SnippetScore {
    /// `with` snippets found.
    pub tp: usize,
    /// `with` snippets missed.
    #[serde(rename = "fn")]
    pub fn_: usize,
    /// `without` snippets found.
    pub fp: usize,
    /// `without` snippets absent.
    pub tn: usize,
    /// The `with` snippets missed.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub missed: Vec<String>,
    /// The `without` snippets kept.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub kept: Vec<String>,
}

impl SnippetScore {
    /// Share of this case's snippets that went wrong (missed `with` plus kept `without`).
    pub fn error_share(&self) -> f64 {
        let all = self.tp + self.fn_ + self.fp + self.tn;
        if all == 0 { 0.0 } else { (self.fn_ + self.fp) as f64 / all as f64 }
    }

    /// Every `with` snippet found and no `without` snippet.
    pub fn perfect(&self) -> bool {
        self.fn_ == 0 && self.fp == 0
    }
}

/// Scores an extraction against `with` and `without` snippets (see [`snippet_form`]); `None` or
/// an empty text misses every `with` snippet and keeps no `without` one. Snippets that are empty
/// once normalised are not counted.
pub fn score_snippets(with: &[String], without: &[String], text: Option<&str>) -> SnippetScore {
    let text = snippet_form(text.unwrap_or(""));
    let mut score = SnippetScore::default();
    let found = |snippet: &str| !text.is_empty() && text.contains(snippet);
    for snippet in with.iter().map(|s| snippet_form(s)).filter(|s| !s.is_empty()) {
        if found(&snippet) {
            score.tp += 1;
        } else {
            score.fn_ += 1;
            score.missed.push(snippet);
        }
    }
    for snippet in without.iter().map(|s| snippet_form(s)).filter(|s| !s.is_empty()) {
        if found(&snippet) {
            score.fp += 1;
            score.kept.push(snippet);
        } else {
            score.tn += 1;
        }
    }
    score
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
    /// Genre, when the extractor gives one.
    pub kind: Option<Kind>,
}

/// The kind scored on one case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct KindScore {
    /// The label.
    pub expected: Kind,
    /// What the extractor said.
    pub got: Kind,
    /// Whether the label is a sure one.
    pub sure: bool,
}

/// The score of one case.
#[derive(Debug, Clone, Serialize)]
pub struct CaseScore {
    /// Case name.
    pub name: String,
    /// Article language, when the corpus gives it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// Text precision (None: no expected text, a snippet-only case).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub precision: Option<f64>,
    /// Text recall.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recall: Option<f64>,
    /// Text F1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub f1: Option<f64>,
    /// Snippet counts (None: the case has no snippets).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub snippets: Option<SnippetScore>,
    /// Title right (None: no expected title).
    pub title: Option<bool>,
    /// Authors right (None: not scored).
    pub authors: Option<bool>,
    /// Date right (None: not scored).
    pub date: Option<bool>,
    /// Kind (None: no label, or the extractor gives no kind).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<KindScore>,
    /// Words (tokens) of the expected text, or of the `with` snippets of a snippet-only case.
    pub expected_words: usize,
    /// The extraction has no words (or failed).
    pub empty: bool,
    /// The extractor failed on this page.
    pub error: Option<String>,
}

impl CaseScore {
    /// Whether the case is scored on its full text.
    pub fn is_text_case(&self) -> bool {
        self.f1.is_some()
    }

    /// Whether the case is scored on snippets only.
    pub fn is_snippet_case(&self) -> bool {
        self.f1.is_none() && self.snippets.is_some()
    }

    /// How bad the text is, 0 (perfect) to 1: 1 − F1 for full-text cases, else the share of
    /// snippets that went wrong.
    pub fn badness(&self) -> f64 {
        match (self.f1, &self.snippets) {
            (Some(f1), _) => 1.0 - f1,
            (None, Some(s)) => s.error_share(),
            (None, None) => 0.0,
        }
    }
}

/// Scores one case.
pub fn score_case(case: &Case, out: Result<&Output, &str>) -> CaseScore {
    let e = &case.expected;
    let ok = out.ok();
    let got_text = ok.map(|o| o.text.as_str());
    let text_scores = case.text.as_deref().map(|t| match got_text {
        Some(g) => prf(t, g),
        None => (0.0, 0.0, 0.0),
    });
    let snippets = match (&e.with, &e.without) {
        (None, None) => None,
        (with, without) => {
            Some(score_snippets(with.as_deref().unwrap_or_default(), without.as_deref().unwrap_or_default(), got_text))
        }
    };
    let expected_words = match (&case.text, &e.with) {
        (Some(t), _) => tokens(t).len(),
        (None, Some(with)) => with.iter().map(|s| tokens(s).len()).sum(),
        (None, None) => 0,
    };
    let title = e.title.as_deref().filter(|t| !t.trim().is_empty());
    let authors = e.authors.as_deref().filter(|a| !a.is_empty());
    CaseScore {
        name: case.name.clone(),
        lang: e.lang.clone(),
        precision: text_scores.map(|s| s.0),
        recall: text_scores.map(|s| s.1),
        f1: text_scores.map(|s| s.2),
        snippets,
        title: title.map(|t| ok.is_some_and(|o| title_matches(t, o.title.as_deref()))),
        authors: authors.map(|a| ok.is_some_and(|o| authors_match(a, &o.authors))),
        date: e.published.as_deref().map(|d| ok.is_some_and(|o| date_matches(d, o.published.as_deref()))),
        kind: case.kind.as_ref().and_then(|label| {
            ok.and_then(|o| o.kind).map(|got| KindScore { expected: label.kind, got, sure: label.sure })
        }),
        expected_words,
        empty: got_text.is_none_or(|t| tokens(t).is_empty()),
        error: out.err().map(str::to_string),
    }
}

/// Snippet totals over a set of cases.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct SnippetSummary {
    /// Cases counted.
    pub cases: usize,
    /// `with` snippets found.
    pub tp: usize,
    /// `with` snippets missed.
    #[serde(rename = "fn")]
    pub fn_: usize,
    /// `without` snippets found.
    pub fp: usize,
    /// `without` snippets absent.
    pub tn: usize,
    /// TP / (TP + FP).
    pub precision: f64,
    /// TP / (TP + FN).
    pub recall: f64,
    /// Harmonic mean of the two.
    pub f1: f64,
    /// (TP + TN) / all snippets.
    pub accuracy: f64,
    /// Share of cases with every `with` snippet found and no `without` one.
    pub perfect: f64,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

fn f1_of(p: f64, r: f64) -> f64 {
    if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 }
}

/// Sums snippet counts over cases (trafilatura's evaluation: counts first, ratios after).
pub fn summarise_snippets<'a>(scores: impl IntoIterator<Item = &'a SnippetScore>) -> SnippetSummary {
    let mut s = SnippetSummary::default();
    let mut perfect = 0usize;
    for c in scores {
        s.cases += 1;
        s.tp += c.tp;
        s.fn_ += c.fn_;
        s.fp += c.fp;
        s.tn += c.tn;
        perfect += usize::from(c.perfect());
    }
    s.precision = ratio(s.tp, s.tp + s.fp);
    s.recall = ratio(s.tp, s.tp + s.fn_);
    s.f1 = f1_of(s.precision, s.recall);
    s.accuracy = ratio(s.tp + s.tn, s.tp + s.fn_ + s.fp + s.tn);
    s.perfect = ratio(perfect, s.cases);
    s
}

/// The order of kinds in a confusion matrix: opinion, news, other.
pub const KINDS: [Kind; 3] = [Kind::Opinion, Kind::News, Kind::Other];

fn kind_index(k: Kind) -> usize {
    match k {
        Kind::Opinion => 0,
        Kind::News => 1,
        Kind::Other => 2,
    }
}

/// Kind scores over a set of cases.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct KindSummary {
    /// Cases counted.
    pub cases: usize,
    /// Share of cases whose kind is right (three-way).
    pub accuracy: f64,
    /// Of the pages called opinion, the share labelled opinion.
    pub opinion_precision: f64,
    /// Of the pages labelled opinion, the share called opinion.
    pub opinion_recall: f64,
    /// Harmonic mean of the two.
    pub opinion_f1: f64,
    /// `confusion[label][got]`, in the order of [`KINDS`].
    pub confusion: [[usize; 3]; 3],
}

/// Sums up kind scores.
pub fn summarise_kinds<'a>(scores: impl IntoIterator<Item = &'a KindScore>) -> KindSummary {
    let mut s = KindSummary::default();
    for k in scores {
        s.cases += 1;
        s.confusion[kind_index(k.expected)][kind_index(k.got)] += 1;
    }
    let m = &s.confusion;
    let right: usize = (0..3).map(|i| m[i][i]).sum();
    let called_opinion: usize = (0..3).map(|i| m[i][0]).sum();
    let labelled_opinion: usize = m[0].iter().sum();
    s.accuracy = ratio(right, s.cases);
    s.opinion_precision = ratio(m[0][0], called_opinion);
    s.opinion_recall = ratio(m[0][0], labelled_opinion);
    s.opinion_f1 = f1_of(s.opinion_precision, s.opinion_recall);
    s
}

/// Totals over a corpus.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// Cases scored.
    pub cases: usize,
    /// Cases scored on their full text (the text figures below are over these).
    pub text_cases: usize,
    /// Mean text precision.
    pub precision_mean: f64,
    /// Mean text recall.
    pub recall_mean: f64,
    /// Mean text F1.
    pub f1_mean: f64,
    /// Median text F1.
    pub f1_median: f64,
    /// Snippet totals over the cases scored on snippets only (None: there are none).
    pub snippets: Option<SnippetSummary>,
    /// Snippet totals over every case with snippets, full-text ones included (None: the same
    /// cases as `snippets`).
    pub snippets_all: Option<SnippetSummary>,
    /// Share of titles right, and over how many.
    pub title_accuracy: (f64, usize),
    /// Share of author lists right, and over how many.
    pub author_accuracy: (f64, usize),
    /// Share of dates right, and over how many.
    pub date_accuracy: (f64, usize),
    /// Extractions with no words (failures included).
    pub empty: usize,
    /// Empty extractions on pages whose expected text (or `with` snippets) has at least
    /// [`LONG_PAGE_WORDS`] words, and how many such pages there are.
    pub empty_long: (usize, usize),
    /// Kind over every labelled case the extractor gave a kind for (None: none).
    pub kind: Option<KindSummary>,
    /// Kind over the sure labels only.
    pub kind_sure: Option<KindSummary>,
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
    let text: Vec<&CaseScore> = scores.iter().filter(|s| s.is_text_case()).collect();
    let n = text.len().max(1) as f64;
    let mean = |pick: fn(&CaseScore) -> Option<f64>| text.iter().filter_map(|s| pick(s)).sum::<f64>() / n;
    let mut f1s: Vec<f64> = text.iter().filter_map(|s| s.f1).collect();
    f1s.sort_by(f64::total_cmp);
    let median = if f1s.is_empty() {
        0.0
    } else if f1s.len() % 2 == 1 {
        f1s[f1s.len() / 2]
    } else {
        (f1s[f1s.len() / 2 - 1] + f1s[f1s.len() / 2]) / 2.0
    };
    let snippet_only: Vec<&SnippetScore> =
        scores.iter().filter(|s| s.is_snippet_case()).filter_map(|s| s.snippets.as_ref()).collect();
    let all_snippets: Vec<&SnippetScore> = scores.iter().filter_map(|s| s.snippets.as_ref()).collect();
    let kinds: Vec<&KindScore> = scores.iter().filter_map(|s| s.kind.as_ref()).collect();
    let long: Vec<&CaseScore> = scores.iter().filter(|s| s.expected_words >= LONG_PAGE_WORDS).collect();
    Summary {
        cases: scores.len(),
        text_cases: text.len(),
        precision_mean: mean(|s| s.precision),
        recall_mean: mean(|s| s.recall),
        f1_mean: mean(|s| s.f1),
        f1_median: median,
        snippets: (!snippet_only.is_empty()).then(|| summarise_snippets(snippet_only.iter().copied())),
        snippets_all: (all_snippets.len() > snippet_only.len())
            .then(|| summarise_snippets(all_snippets.iter().copied())),
        title_accuracy: accuracy(scores.iter().map(|s| s.title)),
        author_accuracy: accuracy(scores.iter().map(|s| s.authors)),
        date_accuracy: accuracy(scores.iter().map(|s| s.date)),
        empty: scores.iter().filter(|s| s.empty).count(),
        empty_long: (long.iter().filter(|s| s.empty).count(), long.len()),
        kind: (!kinds.is_empty()).then(|| summarise_kinds(kinds.iter().copied())),
        kind_sure: (!kinds.is_empty()).then(|| summarise_kinds(kinds.iter().copied().filter(|k| k.sure))),
        errors: scores.iter().filter(|s| s.error.is_some()).count(),
    }
}

/// Summaries per language (`lang` of the expected metadata; `?` when not given), the most
/// frequent language first.
pub fn summarise_by_lang(scores: &[CaseScore]) -> Vec<(String, Summary)> {
    let mut groups: HashMap<&str, Vec<CaseScore>> = HashMap::new();
    for s in scores {
        groups.entry(s.lang.as_deref().unwrap_or("?")).or_default().push(s.clone());
    }
    let mut out: Vec<(String, Summary)> =
        groups.into_iter().map(|(lang, group)| (lang.to_string(), summarise(&group))).collect();
    out.sort_by(|a, b| b.1.cases.cmp(&a.1.cases).then_with(|| a.0.cmp(&b.0)));
    out
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

    fn case(text: Option<&str>, expected: Expected, kind: Option<KindLabel>) -> Case {
        Case { name: "a".into(), page: PathBuf::new(), text: text.map(str::to_string), expected, kind }
    }

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn summary_of_scores() {
        let case = case(Some("one two three"), Expected { title: Some("T".into()), ..Expected::default() }, None);
        let good = Output { text: "one two three".into(), title: Some("t".into()), ..Output::default() };
        let s1 = score_case(&case, Ok(&good));
        let s2 = score_case(&case, Err("boom"));
        assert!(!s1.empty && s2.empty);
        let sum = summarise(&[s1, s2]);
        assert_eq!((sum.cases, sum.text_cases), (2, 2));
        assert!((sum.f1_mean - 0.5).abs() < 1e-9);
        assert_eq!(sum.title_accuracy, (0.5, 2));
        assert_eq!(sum.author_accuracy.1, 0);
        assert_eq!(sum.errors, 1);
        assert_eq!(sum.snippets, None);
        assert!(sum.kind.is_none());
        assert_eq!(sum.empty_long, (0, 0));
    }

    #[test]
    fn snippet_form_is_nfc_with_whitespace_collapsed() {
        // "é" as e + combining acute, and a no-break space.
        assert_eq!(snippet_form(" Caf\u{65}\u{301}\u{a0} au\n\n lait "), "Caf\u{e9} au lait");
        let s = score_snippets(&strings(&["Caf\u{e9} au lait"]), &[], Some("Un Caf\u{65}\u{301}  au\tlait."));
        assert_eq!((s.tp, s.fn_), (1, 0));
    }

    #[test]
    fn snippets_counted_as_trafilatura_does() {
        let with = strings(&["first line", "Last Line", ""]);
        let without = strings(&["Related stories", "Subscribe now"]);
        let s = score_snippets(&with, &without, Some("first   line\n\nlast line\nSubscribe now"));
        assert_eq!((s.tp, s.fn_, s.fp, s.tn), (1, 1, 1, 1));
        assert_eq!(s.missed, ["Last Line"]);
        assert_eq!(s.kept, ["Subscribe now"]);
        assert!((s.error_share() - 0.5).abs() < 1e-9);
        // Nothing extracted: every `with` missed, every `without` absent.
        for text in [None, Some(""), Some("  \n ")] {
            let e = score_snippets(&with, &without, text);
            assert_eq!((e.tp, e.fn_, e.fp, e.tn), (0, 2, 0, 2));
        }
        let perfect = score_snippets(&with, &without, Some("first line, Last Line."));
        assert!(perfect.perfect());
        // Sums first, ratios after.
        let sum = summarise_snippets([&s, &perfect]);
        assert_eq!((sum.cases, sum.tp, sum.fn_, sum.fp, sum.tn), (2, 3, 1, 1, 3));
        assert!((sum.precision - 0.75).abs() < 1e-9);
        assert!((sum.recall - 0.75).abs() < 1e-9);
        assert!((sum.f1 - 0.75).abs() < 1e-9);
        assert!((sum.accuracy - 0.75).abs() < 1e-9);
        assert!((sum.perfect - 0.5).abs() < 1e-9);
    }

    #[test]
    fn snippet_cases_and_text_cases_are_separate_families() {
        let snippet_case = case(
            None,
            Expected {
                with: Some(strings(&["alpha beta"])),
                without: Some(strings(&["menu"])),
                lang: Some("de".into()),
                published: Some("2024-05-01".into()),
                ..Expected::default()
            },
            None,
        );
        let text_case = case(
            Some("alpha beta gamma"),
            Expected { with: Some(strings(&["gamma"])), lang: Some("en".into()), ..Expected::default() },
            None,
        );
        let out = Output {
            text: "alpha beta gamma menu".into(),
            published: Some("2024-05-01T08:00:00+02:00".into()),
            ..Output::default()
        };
        let a = score_case(&snippet_case, Ok(&out));
        let b = score_case(&text_case, Ok(&out));
        assert!(a.is_snippet_case() && !a.is_text_case() && a.f1.is_none());
        assert!(b.is_text_case() && !b.is_snippet_case());
        assert_eq!(a.date, Some(true));
        assert_eq!(a.expected_words, 2);
        assert!((a.badness() - 0.5).abs() < 1e-9);
        let sum = summarise(&[a.clone(), b.clone()]);
        assert_eq!(sum.text_cases, 1);
        assert!((sum.f1_mean - 2.0 * 0.75 / 1.75).abs() < 1e-9);
        let only = sum.snippets.as_ref().map(|s| (s.cases, s.tp, s.fp));
        assert_eq!(only, Some((1, 1, 1)));
        let all = sum.snippets_all.as_ref().map(|s| (s.cases, s.tp, s.fp));
        assert_eq!(all, Some((2, 2, 1)));
        let by_lang = summarise_by_lang(&[a, b]);
        let langs: Vec<&str> = by_lang.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(langs, ["de", "en"]);
        assert_eq!(by_lang[0].1.snippets.as_ref().map(|s| s.cases), Some(1));
    }

    #[test]
    fn long_pages_that_come_out_empty() {
        let long_text = "word ".repeat(LONG_PAGE_WORDS);
        let c = case(Some(&long_text), Expected::default(), None);
        let empty = Output::default();
        let sum = summarise(&[score_case(&c, Ok(&empty)), score_case(&c, Err("x"))]);
        assert_eq!(sum.empty, 2);
        assert_eq!(sum.empty_long, (2, 2));
    }

    #[test]
    fn kind_confusion_and_opinion_scores() {
        let label = |kind, sure| Some(KindLabel { kind, sure, why: None });
        let pairs = [
            (Kind::Opinion, Kind::Opinion, true),
            (Kind::Opinion, Kind::News, false),
            (Kind::News, Kind::Opinion, true),
            (Kind::News, Kind::News, true),
            (Kind::Other, Kind::Other, true),
            (Kind::Other, Kind::News, true),
        ];
        let scores: Vec<CaseScore> = pairs
            .iter()
            .map(|&(expected, got, sure)| {
                let c = case(Some("x"), Expected::default(), label(expected, sure));
                score_case(&c, Ok(&Output { text: "x".into(), kind: Some(got), ..Output::default() }))
            })
            .collect();
        let sum = summarise(&scores);
        let k = sum.kind.unwrap_or_default();
        assert_eq!(k.cases, 6);
        assert_eq!(k.confusion, [[1, 1, 0], [1, 1, 0], [0, 1, 1]]);
        assert!((k.accuracy - 0.5).abs() < 1e-9);
        assert!((k.opinion_precision - 0.5).abs() < 1e-9);
        assert!((k.opinion_recall - 0.5).abs() < 1e-9);
        assert!((k.opinion_f1 - 0.5).abs() < 1e-9);
        let sure = sum.kind_sure.unwrap_or_default();
        assert_eq!(sure.cases, 5);
        assert!((sure.opinion_recall - 1.0).abs() < 1e-9);
        // No kind from the extractor, or no label: not scored.
        let unlabelled = case(Some("x"), Expected::default(), None);
        let with_kind = Output { kind: Some(Kind::News), ..Output::default() };
        assert!(score_case(&unlabelled, Ok(&with_kind)).kind.is_none());
        let labelled = case(Some("x"), Expected::default(), label(Kind::News, true));
        assert!(score_case(&labelled, Ok(&Output::default())).kind.is_none());
        assert_eq!(summarise_kinds([]).opinion_precision, 0.0);
    }

    #[test]
    fn kind_labels_read_and_applied() {
        let labels: HashMap<String, KindLabel> = serde_json::from_str(
            r#"{"a": {"kind": "opinion", "sure": false, "why": "op-ed"}, "zz": {"kind": "news"}}"#,
        )
        .unwrap_or_default();
        assert_eq!(labels.len(), 2);
        assert!(labels.get("zz").is_some_and(|l| l.sure && l.kind == Kind::News));
        let mut cases = vec![case(Some("x"), Expected::default(), None)];
        let unused = apply_kinds(&mut cases, &labels);
        assert_eq!(unused, ["zz"]);
        assert_eq!(cases[0].kind.as_ref().map(|k| (k.kind, k.sure)), Some((Kind::Opinion, false)));
    }
}
