//! How an article is judged against a story: the engine measures [`Evidence`], a
//! [`Similarity`] turns it into a score (or a refusal). [`Lexical`] is the default, built on
//! what travels without a model; an [`Embedder`] can add a dense cosine to the evidence, which a
//! custom `Similarity` may then weigh.

use crate::Article;

/// What the engine measured between a new article and one candidate story.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Evidence {
    /// Cosine of the article's rarity-weighted term vector and the story's term centroid.
    pub terms: f32,
    /// Cosine of the article's anchor vector (names, places, numbers, dates, links; weighted by
    /// rarity) and the story's anchor centroid.
    pub anchors: f32,
    /// Anchors the article shares with the story.
    pub shared_anchors: u32,
    /// Of those, names and places (not numbers, dates or links).
    pub shared_names: u32,
    /// Anchors the article has.
    pub article_anchors: u32,
    /// The story has an article in the article's language (or a language is unknown).
    pub same_lang: bool,
    /// Days between the article and the story's nearest article.
    pub days_apart: f32,
    /// Articles in the story.
    pub story_size: u32,
    /// Cosine of dense embeddings, when an [`Embedder`] is configured.
    pub dense: Option<f32>,
}

/// Decides from [`Evidence`] whether an article may join a story, and how well it fits.
pub trait Similarity: Send + Sync {
    /// `Some(score)` when the article may join the story (the best score wins), else `None`.
    fn score(&self, evidence: &Evidence) -> Option<f32>;

    /// True when a second story the article also fits is the same story as the one it joins.
    /// [`Lexical`] asks for a higher score than joining (`merge`).
    fn merges(&self, evidence: &Evidence) -> bool;
}

/// A dense vector per article (a multilingual sentence embedding, say). The engine keeps one
/// per live article and a centroid per story and reports their cosine in [`Evidence::dense`].
pub trait Embedder: Send + Sync {
    /// The article's vector, or `None` when it cannot be embedded.
    fn embed(&self, article: &Article) -> Option<Vec<f32>>;
}

/// The default judgement, from terms and anchors alone.
///
/// - Same language: the score is the mean of the term and anchor cosines; an article that names
///   things must agree with the story on some of them (`min_anchors`), which keeps look-alike
///   events apart, and the score must reach `join`.
/// - Across languages: terms hardly meet, so anchors decide: their cosine must reach
///   `cross_join` with at least `cross_shared` anchors in common, one of them a name or place.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Lexical {
    /// Least score to join a story in the article's own language.
    pub join: f32,
    /// Least anchor cosine in the same language when both sides have anchors.
    pub min_anchors: f32,
    /// Least anchor cosine to join a story in other languages only.
    pub cross_join: f32,
    /// Fewest shared anchors to join a story in other languages only.
    pub cross_shared: u32,
    /// Least score for an article to merge a second story it also fits into the first.
    pub merge: f32,
}

impl Default for Lexical {
    fn default() -> Self {
        Self { join: 0.30, min_anchors: 0.12, cross_join: 0.30, cross_shared: 3, merge: 0.50 }
    }
}

impl Similarity for Lexical {
    fn score(&self, e: &Evidence) -> Option<f32> {
        if e.same_lang {
            if e.article_anchors > 0 && e.anchors < self.min_anchors && e.terms < 2.0 * self.join {
                return None;
            }
            let s = 0.5 * (e.terms + e.anchors);
            (s >= self.join).then_some(s)
        } else {
            let ok = e.anchors >= self.cross_join && e.shared_anchors >= self.cross_shared && e.shared_names >= 1;
            ok.then_some(0.5 * (e.terms + e.anchors))
        }
    }

    fn merges(&self, e: &Evidence) -> bool {
        self.score(e).is_some_and(|s| s >= self.merge)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(terms: f32, anchors: f32, shared: u32, same_lang: bool) -> Evidence {
        Evidence {
            terms,
            anchors,
            shared_anchors: shared,
            shared_names: shared.min(1),
            article_anchors: 10,
            same_lang,
            ..Evidence::default()
        }
    }

    #[test]
    fn look_alike_wording_without_shared_facts_is_refused() {
        // Two earthquakes: the words agree, the places, numbers and dates do not.
        assert_eq!(Lexical::default().score(&ev(0.5, 0.05, 1, true)), None);
        assert!(Lexical::default().score(&ev(0.4, 0.4, 5, true)).is_some());
    }

    #[test]
    fn across_languages_anchors_decide() {
        let l = Lexical::default();
        assert!(l.score(&ev(0.05, 0.45, 4, false)).is_some());
        assert_eq!(l.score(&ev(0.05, 0.45, 2, false)), None, "too few shared anchors");
        assert_eq!(l.score(&ev(0.05, 0.2, 6, false)), None, "anchors too weak");
    }
}
