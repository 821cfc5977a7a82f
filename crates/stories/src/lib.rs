//! Syndicated copies and stories: the pure stage that tells Colonnade which articles are one
//! column printed by several papers, and which articles (in any outlet, country or language)
//! cover one event.
//!
//! [`Stories`] is the online step: [`Stories::assign`] takes one [`Article`] at a time, in
//! publication order, and answers an [`Assignment`] — the story it joins (or opens) and the
//! original it copies, if any. Its state is compact and windowed: articles older than
//! [`Options::window_secs`] leave the candidate indexes.
//!
//! - **Copies** ([`minhash`]): word 5-gram shingles of the text, a 96-row MinHash signature, an
//!   LSH index of 32 bands; candidates sharing a band are verified on estimated Jaccard and
//!   containment, so boilerplate, a new headline, a trimmed ending or an editor's note do not
//!   hide a copy. The original is the one rel=canonical points to, else the earliest published,
//!   else the first seen.
//! - **Stories** ([`engine`]): each article becomes a sparse vector of rare terms and a sparse
//!   vector of *anchors* ([`features`]: names, places, numbers, dates, links), compared with the
//!   recent stories found through an inverted index; a [`Similarity`] decides from that
//!   [`Evidence`]. The default, [`Lexical`], asks for agreement on anchors, so look-alike events
//!   (two earthquakes) stay apart, and lets anchors alone carry an article into a story in
//!   another language. An [`Embedder`] can add a dense similarity later.
//! - **Operator decisions** ([`Constraints`]): must-link and cannot-link pairs of articles,
//!   made by [`Stories::merge`] and [`Stories::split`], kept and obeyed by every later run.
//! - **Scoring** ([`score`]) and the classic single-pass TF-IDF clusterer ([`baseline`]) to
//!   compare with; [`jsonl`] reads the labelled JSON lines the commands take.
//!
//! No I/O, no async runtime, no clock: times come from the articles.

pub mod baseline;
pub mod engine;
pub mod features;
pub mod jsonl;
pub mod minhash;
pub mod norm;
pub mod score;
pub mod similarity;

pub use engine::{Assignment, Constraints, Stories, cluster};
pub use similarity::{Embedder, Evidence, Lexical, Similarity};

use serde::{Deserialize, Serialize};

/// What went wrong, with the article it concerns.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An article id was given twice.
    #[error("article {0:?} was already assigned")]
    DuplicateId(String),
    /// An operator decision names an article the engine has not seen.
    #[error("unknown article {0:?}")]
    UnknownArticle(String),
    /// An operator decision names a story that does not exist.
    #[error("unknown story {0:?}")]
    UnknownStory(String),
    /// A split names an article that is not in the story.
    #[error("article {article:?} is not in story {story:?} (it is in {actual:?})")]
    NotInStory {
        /// The article.
        article: String,
        /// The story the operator named.
        story: String,
        /// The story the article is in.
        actual: String,
    },
    /// A merge contradicts an earlier cannot-link decision.
    #[error("stories of {a:?} and {b:?} cannot be merged: {why}")]
    Conflict {
        /// One article.
        a: String,
        /// The other.
        b: String,
        /// The earlier decision in the way.
        why: String,
    },
    /// A line of JSON input could not be read.
    #[error("line {line}: {message}")]
    Input {
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
}

/// An article as the stage sees it: extracted text and a few facts about its page ([`jsonl`]
/// reads it from JSON).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Article {
    /// A unique id.
    pub id: String,
    /// The headline.
    pub title: String,
    /// The extracted plain text.
    pub text: String,
    /// The language (`en`, `es`, `de`, … or a BCP 47 tag; only the primary subtag is read).
    pub lang: Option<String>,
    /// The publication time.
    pub published: Option<jiff::Timestamp>,
    /// The publication's name.
    pub outlet: Option<String>,
    /// The article's URL.
    pub url: Option<String>,
    /// The URL rel=canonical names, when it is not the page's own.
    pub canonical: Option<String>,
    /// Outbound links of the text (links written in the text are found by themselves).
    pub links: Vec<String>,
}

impl Article {
    /// An empty article with this id.
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into(), ..Self::default() }
    }
}

/// Parameters of the stage. The defaults are the documented configuration; none was tuned on
/// one labelled set alone (see the README for how each was chosen).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Options {
    /// How far apart in time articles of one story may be, in seconds (default 7 days).
    pub window_secs: i64,
    /// Words per shingle for copies.
    pub shingle_words: usize,
    /// Fewest words a text needs to be matched as a copy (shorter texts are never copies).
    pub copy_min_words: usize,
    /// Estimated Jaccard similarity of shingle sets above which two texts are copies.
    pub copy_jaccard: f32,
    /// Estimated containment (share of the shorter text's shingles in the longer) above which
    /// two texts are copies, when the shorter is at least `copy_min_ratio` of the longer.
    pub copy_containment: f32,
    /// See `copy_containment`: a long report quoting a short column in full is no copy of it.
    pub copy_min_ratio: f32,
    /// Terms kept per article (the rarest-weighted ones).
    pub article_terms: usize,
    /// Anchors kept per article.
    pub article_anchors: usize,
    /// Terms and anchors kept per story centroid.
    pub story_features: usize,
    /// Stories scored in full per article (the best by inverted-index hits).
    pub candidates: usize,
    /// Posting entries read per key (newest first).
    pub postings_per_key: usize,
    /// LSH chain entries read per band (newest first).
    pub band_reads: usize,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            window_secs: 7 * 24 * 3600,
            shingle_words: 5,
            copy_min_words: 20,
            copy_jaccard: 0.5,
            copy_containment: 0.7,
            copy_min_ratio: 0.4,
            article_terms: 32,
            article_anchors: 32,
            story_features: 96,
            candidates: 24,
            postings_per_key: 96,
            band_reads: 48,
        }
    }
}
