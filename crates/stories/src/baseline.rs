//! The classic single-pass TF-IDF cosine clusterer, as a baseline to compare with.
//!
//! Articles in publication order; each becomes a TF-IDF vector of its title and text words
//! (folded, function words dropped; document frequencies counted online), and joins the cluster
//! whose centroid is most similar by cosine if that reaches the threshold, else opens a new one.
//! No time window, no anchors, no copies.

use std::collections::HashMap;

use crate::Article;
use crate::norm;

/// The threshold commonly used as a default for this clusterer.
pub const DEFAULT_THRESHOLD: f32 = 0.3;

/// Cluster index of each article, in input order.
pub fn cluster(articles: &[Article], threshold: f32) -> Vec<usize> {
    let order = crate::engine::batch_order(articles);
    let mut df: HashMap<String, u32> = HashMap::new();
    let mut centroids: Vec<HashMap<String, f32>> = Vec::new();
    let mut norms: Vec<f32> = Vec::new();
    let mut out = vec![0usize; articles.len()];
    for (seen, &i) in order.iter().enumerate() {
        let a = &articles[i];
        let mut tf: HashMap<String, f32> = HashMap::new();
        for t in norm::tokenize(&a.title).into_iter().chain(norm::tokenize(&a.text)) {
            if !t.number && t.folded.chars().count() >= 3 && !norm::is_stopword(&t.folded) {
                *tf.entry(t.folded).or_default() += 1.0;
            }
        }
        let docs = seen + 1;
        for k in tf.keys() {
            *df.entry(k.clone()).or_default() += 1;
        }
        let mut v: HashMap<String, f32> = tf
            .into_iter()
            .map(|(k, f)| {
                let idf = ((docs as f32 + 1.0) / (df[&k] as f32 + 1.0)).ln() + 1.0;
                (k, (1.0 + f.ln()) * idf)
            })
            .collect();
        let n = v.values().map(|w| w * w).sum::<f32>().sqrt();
        if n > 0.0 {
            v.values_mut().for_each(|w| *w /= n);
        }
        let mut best: Option<(f32, usize)> = None;
        for (c, cen) in centroids.iter().enumerate() {
            if norms[c] == 0.0 {
                continue;
            }
            let d: f32 = v.iter().filter_map(|(k, w)| cen.get(k).map(|x| x * w)).sum::<f32>() / norms[c];
            if d >= threshold && best.is_none_or(|(b, _)| d > b) {
                best = Some((d, c));
            }
        }
        let c = match best {
            Some((_, c)) => c,
            None => {
                centroids.push(HashMap::new());
                norms.push(0.0);
                centroids.len() - 1
            }
        };
        for (k, w) in v {
            *centroids[c].entry(k).or_default() += w;
        }
        norms[c] = centroids[c].values().map(|w| w * w).sum::<f32>().sqrt();
        out[i] = c;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn similar_texts_share_a_cluster_and_others_do_not() {
        let a = |id: &str, text: &str| Article { text: text.into(), ..Article::new(id) };
        let arts = [
            a("1", "The harbour strike closed the port of Valencia for a third day."),
            a("2", "Dockers kept the port of Valencia closed: the harbour strike enters its third day."),
            a("3", "A new opera house opens in Oslo with a performance of Peer Gynt."),
        ];
        let c = cluster(&arts, 0.2);
        assert_eq!(c[0], c[1]);
        assert_ne!(c[0], c[2]);
        assert!(cluster(&[], 0.3).is_empty());
    }
}
