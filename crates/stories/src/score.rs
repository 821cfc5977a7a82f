//! Scores of a clustering against labels: BCubed and pairwise precision, recall and F1, and
//! pairwise figures over pairs of articles in different languages.
//!
//! - **BCubed** (Bagga & Baldwin 1998; Amigó et al. 2009): for each item, precision is the share
//!   of its predicted cluster that shares its label, recall the share of its label's items in its
//!   predicted cluster; both are averaged over items.
//! - **Pairwise**: every unordered pair of items is a positive when the labels agree; precision
//!   is the share of predicted-together pairs that are positives, recall the share of positives
//!   predicted together.
//! - **Cross-language pairwise**: the same over pairs whose two items have different (known)
//!   languages only.
//!
//! With nothing predicted together precision is 1; with no positive pair recall is 1.

use std::collections::HashMap;

use serde::Serialize;

/// One item: its predicted cluster, its label, its language.
#[derive(Debug, Clone, Copy)]
pub struct Item<'a> {
    /// Predicted cluster (story id, or the original's id for copies).
    pub predicted: &'a str,
    /// Labelled cluster (`event` or `copy_group`; unlabelled items get their own id).
    pub gold: &'a str,
    /// Language, when known.
    pub lang: Option<&'a str>,
}

/// Precision, recall and F1.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Prf {
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// Harmonic mean of the two.
    pub f1: f64,
}

impl Prf {
    /// From precision and recall.
    pub fn new(precision: f64, recall: f64) -> Self {
        let f1 = if precision + recall > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 };
        Self { precision, recall, f1 }
    }

    fn from_pairs(both: u64, predicted: u64, gold: u64) -> Self {
        let p = if predicted == 0 { 1.0 } else { both as f64 / predicted as f64 };
        let r = if gold == 0 { 1.0 } else { both as f64 / gold as f64 };
        Self::new(p, r)
    }
}

/// All figures of one clustering.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Scores {
    /// Items scored.
    pub items: usize,
    /// Distinct labels.
    pub gold_clusters: usize,
    /// Distinct predicted clusters.
    pub predicted_clusters: usize,
    /// BCubed figures.
    pub bcubed: Prf,
    /// Pairwise figures.
    pub pairwise: Prf,
    /// Pairwise figures over pairs in different languages (items without a language left out).
    pub cross_lang: Prf,
    /// Positive pairs in different languages (how much `cross_lang` rests on).
    pub cross_lang_pairs: u64,
}

fn pairs(n: u64) -> u64 {
    n * n.saturating_sub(1) / 2
}

/// Pairs inside groups of `key`, and those of them in different languages.
fn pair_counts<'a, K: std::hash::Hash + Eq>(items: &[Item<'a>], key: impl Fn(&Item<'a>) -> K) -> (u64, u64) {
    let mut all: HashMap<K, u64> = HashMap::new();
    let mut with_lang: HashMap<K, u64> = HashMap::new();
    let mut by_lang: HashMap<(K, &str), u64> = HashMap::new();
    for it in items {
        *all.entry(key(it)).or_default() += 1;
        if let Some(l) = it.lang {
            *with_lang.entry(key(it)).or_default() += 1;
            *by_lang.entry((key(it), l)).or_default() += 1;
        }
    }
    let total = all.values().map(|&n| pairs(n)).sum();
    let cross = with_lang.values().map(|&n| pairs(n)).sum::<u64>() - by_lang.values().map(|&n| pairs(n)).sum::<u64>();
    (total, cross)
}

/// Scores `items`.
pub fn score(items: &[Item<'_>]) -> Scores {
    let mut pred_size: HashMap<&str, u64> = HashMap::new();
    let mut gold_size: HashMap<&str, u64> = HashMap::new();
    let mut both_size: HashMap<(&str, &str), u64> = HashMap::new();
    for it in items {
        *pred_size.entry(it.predicted).or_default() += 1;
        *gold_size.entry(it.gold).or_default() += 1;
        *both_size.entry((it.predicted, it.gold)).or_default() += 1;
    }
    let (mut bp, mut br) = (0.0, 0.0);
    for it in items {
        let both = both_size[&(it.predicted, it.gold)] as f64;
        bp += both / pred_size[it.predicted] as f64;
        br += both / gold_size[it.gold] as f64;
    }
    let n = items.len().max(1) as f64;
    let (pred_pairs, pred_cross) = pair_counts(items, |i| i.predicted);
    let (gold_pairs, gold_cross) = pair_counts(items, |i| i.gold);
    let (both_pairs, both_cross) = pair_counts(items, |i| (i.predicted, i.gold));
    Scores {
        items: items.len(),
        gold_clusters: gold_size.len(),
        predicted_clusters: pred_size.len(),
        bcubed: if items.is_empty() { Prf::new(1.0, 1.0) } else { Prf::new(bp / n, br / n) },
        pairwise: Prf::from_pairs(both_pairs, pred_pairs, gold_pairs),
        cross_lang: Prf::from_pairs(both_cross, pred_cross, gold_cross),
        cross_lang_pairs: gold_cross,
    }
}

/// Cross-language pairwise figures for each pair of languages present (the README's "how well
/// each language pair does"): for languages `a` < `b`, the items in `a` or `b`, scored on their
/// `a`–`b` pairs. Pairs without a positive pair are left out.
pub fn by_language_pair<'a>(items: &[Item<'a>]) -> Vec<((&'a str, &'a str), Prf, u64)> {
    let mut langs: Vec<&str> = items.iter().filter_map(|i| i.lang).collect();
    langs.sort_unstable();
    langs.dedup();
    let mut out = Vec::new();
    for (i, &a) in langs.iter().enumerate() {
        for &b in &langs[i + 1..] {
            let two: Vec<Item<'a>> =
                items.iter().copied().filter(|it| it.lang == Some(a) || it.lang == Some(b)).collect();
            let s = score(&two);
            if s.cross_lang_pairs > 0 {
                out.push(((a, b), s.cross_lang, s.cross_lang_pairs));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items<'a>(v: &'a [(&'a str, &'a str, &'a str)]) -> Vec<Item<'a>> {
        v.iter().map(|&(p, g, l)| Item { predicted: p, gold: g, lang: Some(l) }).collect()
    }

    #[test]
    fn perfect_clustering_scores_one() {
        let v = [("a", "x", "en"), ("a", "x", "es"), ("b", "y", "en")];
        let s = score(&items(&v));
        assert_eq!(s.bcubed, Prf::new(1.0, 1.0));
        assert_eq!(s.pairwise, Prf::new(1.0, 1.0));
        assert_eq!(s.cross_lang, Prf::new(1.0, 1.0));
        assert_eq!(s.cross_lang_pairs, 1);
    }

    #[test]
    fn all_in_one_cluster() {
        // Gold {1,2} {3,4}; predicted all together.
        let v = [("a", "x", "en"), ("a", "x", "en"), ("a", "y", "en"), ("a", "y", "en")];
        let s = score(&items(&v));
        assert!((s.bcubed.precision - 0.5).abs() < 1e-9);
        assert!((s.bcubed.recall - 1.0).abs() < 1e-9);
        assert!((s.pairwise.precision - 2.0 / 6.0).abs() < 1e-9);
        assert!((s.pairwise.recall - 1.0).abs() < 1e-9);
    }

    #[test]
    fn all_singletons() {
        let v = [("a", "x", "en"), ("b", "x", "de"), ("c", "x", "fr")];
        let s = score(&items(&v));
        assert_eq!(s.pairwise.precision, 1.0);
        assert_eq!(s.pairwise.recall, 0.0);
        assert_eq!(s.cross_lang.recall, 0.0);
        assert!((s.bcubed.recall - 1.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn cross_language_pairs_only_count_different_languages() {
        // x: en, en, de. Predicted: the two English together, German apart.
        let v = [("a", "x", "en"), ("a", "x", "en"), ("b", "x", "de")];
        let s = score(&items(&v));
        assert_eq!(s.cross_lang_pairs, 2);
        assert_eq!(s.cross_lang.recall, 0.0);
        assert!((s.pairwise.recall - 1.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn language_pairs_are_scored_apart() {
        // x: en, de, fr. en–de found, en–fr and de–fr missed.
        let v = [("a", "x", "en"), ("a", "x", "de"), ("b", "x", "fr")];
        let pairs = by_language_pair(&items(&v));
        let get = |a, b| pairs.iter().find(|p| p.0 == (a, b)).map(|p| p.1.recall);
        assert_eq!(get("de", "en"), Some(1.0));
        assert_eq!(get("en", "fr"), Some(0.0));
        assert_eq!(get("de", "fr"), Some(0.0));
    }

    #[test]
    fn empty_input() {
        let s = score(&[]);
        assert_eq!(s.items, 0);
        assert_eq!(s.bcubed.f1, 1.0);
    }
}
