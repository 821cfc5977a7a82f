//! The collector every search runs: the best `k` documents by score or by date, and the number
//! of matches, under a budget — at most so many matching documents examined and a deadline.
//! When the budget runs out the search stops where it is: the hits are the best of what was
//! examined and the total is extrapolated from the share of the index covered.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Instant;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::query::Weight;
use tantivy::{DocAddress, DocId, DocSet, Score, SegmentOrdinal, SegmentReader, TERMINATED};

/// How often (in matching documents) the deadline and the shared count are checked. The first
/// check comes after this many: a search always examines that many before it can be cut, so a
/// late start (a busy machine) still answers with some hits.
const CHECK_EVERY: usize = 256;

/// What ranks the hits.
pub(crate) enum Rank {
    /// BM25 score, best first.
    Score,
    /// This i64 fast field, largest first; documents without a value last.
    Newest(&'static str),
}

/// The collector. See the module documentation.
pub(crate) struct Bounded {
    /// Hits kept (offset + limit).
    pub k: usize,
    pub rank: Rank,
    /// At most this many matching documents are examined, over all segments.
    pub max_examined: usize,
    /// No segment goes on past this instant.
    pub deadline: Option<Instant>,
    examined: AtomicUsize,
    cut: AtomicBool,
}

impl Bounded {
    pub(crate) fn new(k: usize, rank: Rank, max_examined: usize, deadline: Option<Instant>) -> Self {
        Bounded { k, rank, max_examined, deadline, examined: AtomicUsize::new(0), cut: AtomicBool::new(false) }
    }

    /// True (and remembered) when the budget is spent.
    fn spent(&self, examined_now: usize) -> bool {
        if self.cut.load(Ordering::Relaxed) {
            return true;
        }
        let total = self.examined.fetch_add(examined_now, Ordering::Relaxed) + examined_now;
        let spent =
            total >= self.max_examined || (total >= CHECK_EVERY && self.deadline.is_some_and(|d| Instant::now() >= d));
        if spent {
            self.cut.store(true, Ordering::Relaxed);
        }
        spent
    }
}

/// A key that sorts like the score or the date it stands for.
fn score_key(score: Score) -> u64 {
    let bits = score.to_bits();
    // Flip negative floats entirely and positive ones' sign bit: unsigned order = float order.
    u64::from(if bits >> 31 == 1 { !bits } else { bits | (1 << 31) })
}

fn date_key(value: Option<i64>) -> u64 {
    value.map_or(0, |v| (v as u64) ^ (1 << 63))
}

/// One segment's share.
pub(crate) struct SegmentFruit {
    /// `(key, doc)`, any order.
    top: Vec<(u64, DocAddress)>,
    /// Matches counted.
    count: usize,
    /// Documents of the segment walked through (`max_doc` when finished).
    covered: u64,
    max_doc: u64,
}

/// What a search collected.
pub(crate) struct Fruit {
    /// Best first: `(score, doc)` (the score is 0 when ranked by date).
    pub hits: Vec<(Score, DocAddress)>,
    /// Matches, extrapolated when `cut`.
    pub total: usize,
    /// The budget ran out before every match was examined.
    pub cut: bool,
}

/// Keeps the best `k` of what it is given.
struct TopK {
    k: usize,
    heap: BinaryHeap<Reverse<(u64, Reverse<DocId>)>>,
}

impl TopK {
    fn push(&mut self, key: u64, doc: DocId) {
        if self.k == 0 {
            return;
        }
        let item = Reverse((key, Reverse(doc)));
        if self.heap.len() < self.k {
            self.heap.push(item);
        } else if let Some(mut worst) = self.heap.peek_mut()
            && item < *worst
        {
            *worst = item;
        }
    }
}

/// Required by [`Collector`]; unused, as [`Bounded::collect_segment`] walks the scorer itself.
pub(crate) struct Unused;

impl SegmentCollector for Unused {
    type Fruit = Option<SegmentFruit>;
    fn collect(&mut self, _doc: DocId, _score: Score) {}
    fn harvest(self) -> Self::Fruit {
        None
    }
}

impl Collector for Bounded {
    type Fruit = Fruit;
    type Child = Unused;

    fn for_segment(&self, _ord: SegmentOrdinal, _reader: &SegmentReader) -> tantivy::Result<Unused> {
        Ok(Unused)
    }

    fn requires_scoring(&self) -> bool {
        matches!(self.rank, Rank::Score)
    }

    fn collect_segment(
        &self,
        weight: &dyn Weight,
        ord: u32,
        reader: &SegmentReader,
    ) -> tantivy::Result<Option<SegmentFruit>> {
        let max_doc = u64::from(reader.max_doc());
        let mut fruit = SegmentFruit { top: Vec::new(), count: 0, covered: 0, max_doc };
        if self.spent(0) {
            return Ok(Some(fruit));
        }
        let dates: Option<Column<i64>> = match self.rank {
            Rank::Score => None,
            Rank::Newest(field) => Some(reader.fast_fields().i64(field)?),
        };
        let alive = reader.alive_bitset();
        let mut top = TopK { k: self.k, heap: BinaryHeap::with_capacity(self.k + 1) };
        let mut scorer = weight.scorer(reader, 1.0)?;
        let mut doc = scorer.doc();
        let mut since_check = 0;
        let mut covered = max_doc;
        while doc != TERMINATED {
            if alive.is_none_or(|a| a.is_alive(doc)) {
                let key = match &dates {
                    None => score_key(scorer.score()),
                    Some(column) => date_key(column.first(doc)),
                };
                top.push(key, doc);
                fruit.count += 1;
                since_check += 1;
                if since_check == CHECK_EVERY {
                    since_check = 0;
                    if self.spent(CHECK_EVERY) {
                        covered = u64::from(doc) + 1;
                        break;
                    }
                }
            }
            doc = scorer.advance();
        }
        if since_check > 0 {
            self.examined.fetch_add(since_check, Ordering::Relaxed);
        }
        fruit.covered = covered;
        fruit.top = top.heap.into_iter().map(|Reverse((key, Reverse(doc)))| (key, DocAddress::new(ord, doc))).collect();
        Ok(Some(fruit))
    }

    fn merge_fruits(&self, segments: Vec<Option<SegmentFruit>>) -> tantivy::Result<Fruit> {
        let segments: Vec<SegmentFruit> = segments.into_iter().flatten().collect();
        let cut = self.cut.load(Ordering::Relaxed);
        let count: usize = segments.iter().map(|s| s.count).sum();
        let covered: u64 = segments.iter().map(|s| s.covered).sum();
        let all: u64 = segments.iter().map(|s| s.max_doc).sum();
        let total = if cut && covered > 0 && covered < all {
            // Matches are spread over doc ids about evenly: scale by the share walked through.
            usize::try_from((count as u128 * u128::from(all) / u128::from(covered)) as u64).unwrap_or(usize::MAX)
        } else {
            count
        };
        let mut top: Vec<(u64, DocAddress)> = segments.into_iter().flat_map(|s| s.top).collect();
        top.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        top.truncate(self.k);
        let hits = top
            .into_iter()
            .map(|(key, addr)| {
                let score = match self.rank {
                    Rank::Score => key_score(key),
                    Rank::Newest(_) => 0.0,
                };
                (score, addr)
            })
            .collect();
        Ok(Fruit { hits, total, cut })
    }
}

/// The score a [`score_key`] stands for.
fn key_score(key: u64) -> Score {
    let bits = key as u32;
    f32::from_bits(if bits >> 31 == 1 { bits & !(1 << 31) } else { !bits })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_sort_like_their_values() {
        let scores = [-3.5f32, -0.0, 0.0, 0.25, 1.0, 7.5];
        for w in scores.windows(2) {
            assert!(score_key(w[0]) <= score_key(w[1]), "{w:?}");
            assert_eq!(key_score(score_key(w[1])), w[1]);
        }
        assert!(date_key(None) < date_key(Some(i64::MIN + 1)));
        assert!(date_key(Some(-5)) < date_key(Some(3)));
    }
}
