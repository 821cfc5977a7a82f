//! MinHash signatures of shingle sets and an LSH band index over them, for syndicated copies.
//!
//! A signature is [`K`] minima of the shingle hashes under `K` cheap permutations (a 64-bit mix
//! of the shingle's xxh3 hash with a per-row seed), kept as `u32`. Two signatures agree in a row
//! with probability equal to the sets' Jaccard similarity. The index cuts a signature into
//! [`BANDS`] bands of [`ROWS`] rows; articles sharing any band are candidates, so a pair with
//! Jaccard 0.5 is found with probability 1 − (1 − 0.5³)³² ≈ 0.986 and one with 0.1 with ≈ 0.03.
//! Candidates are then verified on the estimated Jaccard and containment.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use xxhash_rust::xxh3::xxh3_64;

/// Rows in a signature.
pub const K: usize = 96;
/// Bands of the LSH index.
pub const BANDS: usize = 32;
/// Rows per band.
pub const ROWS: usize = K / BANDS;

/// A MinHash signature.
pub type Signature = [u32; K];

/// The splitmix64 finaliser: a fast, well-spread 64-bit mix.
const fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Per-row seeds, fixed so signatures are stable across versions and machines (a test pins them).
const SEEDS: [u64; K] = {
    let mut s = [0u64; K];
    let mut i = 0;
    while i < K {
        s[i] = mix(0x9e37_79b9_7f4a_7c15u64.wrapping_mul(i as u64 + 1));
        i += 1;
    }
    s
};

/// The signature of a set of shingle hashes (duplicates do not matter). `None` for no shingles.
pub fn signature(shingles: &[u64]) -> Option<Box<Signature>> {
    if shingles.is_empty() {
        return None;
    }
    let mut sig = Box::new([u32::MAX; K]);
    for &h in shingles {
        for (m, seed) in sig.iter_mut().zip(SEEDS.iter()) {
            let v = (mix(h ^ seed) >> 32) as u32;
            if v < *m {
                *m = v;
            }
        }
    }
    Some(sig)
}

/// Estimated Jaccard similarity of the two sets.
pub fn jaccard(a: &Signature, b: &Signature) -> f32 {
    a.iter().zip(b.iter()).filter(|(x, y)| x == y).count() as f32 / K as f32
}

/// Estimated share of the smaller set found in the larger, from the Jaccard estimate and the set
/// sizes: |A ∩ B| = J (|A| + |B|) / (1 + J).
pub fn containment(j: f32, a_len: u32, b_len: u32) -> f32 {
    let small = a_len.min(b_len).max(1) as f32;
    (j * (a_len as f32 + b_len as f32) / (1.0 + j) / small).min(1.0)
}

/// The band keys of a signature: one xxh3 hash per band, the band number mixed in.
pub fn band_keys(sig: &Signature) -> [u64; BANDS] {
    let mut keys = [0u64; BANDS];
    let mut buf = [0u8; ROWS * 4 + 1];
    for (b, key) in keys.iter_mut().enumerate() {
        buf[0] = b as u8;
        for r in 0..ROWS {
            buf[1 + r * 4..5 + r * 4].copy_from_slice(&sig[b * ROWS + r].to_le_bytes());
        }
        *key = xxh3_64(&buf);
    }
    keys
}

/// A hasher for keys that are already hashes: uses them as they are.
#[derive(Default)]
pub struct PreHashed(u64);

impl Hasher for PreHashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = mix(self.0 ^ u64::from(b));
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
    fn write_u32(&mut self, n: u32) {
        // u32 keys are xxh3's high half: spread them over the whole word.
        self.0 = mix(u64::from(n));
    }
}

/// A `HashMap` for pre-hashed keys.
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<PreHashed>>;

/// No next entry.
const END: u32 = u32::MAX;

/// The LSH index: band key → a chain of article slots, newest first. Evicted slots are skipped
/// when read and dropped when the index is rebuilt (see [`BandIndex::needs_rebuild`]).
#[derive(Debug, Default)]
pub struct BandIndex {
    heads: FastMap<u64, u32>,
    /// (slot, next entry) pairs; chains run from a head through `next`.
    entries: Vec<(u32, u32)>,
}

impl BandIndex {
    /// Adds a slot under its band keys.
    pub fn insert(&mut self, slot: u32, keys: &[u64; BANDS]) {
        for &k in keys {
            let next = self.heads.get(&k).copied().unwrap_or(END);
            let e = self.entries.len() as u32;
            self.entries.push((slot, next));
            self.heads.insert(k, e);
        }
    }

    /// Takes a slot out from under the band keys it was inserted with (its entries stay as
    /// tombstones until the index is rebuilt): an article whose text changed.
    pub fn remove(&mut self, slot: u32, keys: &[u64; BANDS]) {
        for k in keys {
            let mut e = self.heads.get(k).copied().unwrap_or(END);
            while e != END {
                let entry = &mut self.entries[e as usize];
                if entry.0 == slot {
                    entry.0 = END;
                    break;
                }
                e = entry.1;
            }
        }
    }

    /// Live slots sharing a band with `keys`, newest first per band, reading at most `per_band`
    /// entries of each chain, without repeats.
    pub fn candidates(&self, keys: &[u64; BANDS], per_band: usize, live: impl Fn(u32) -> bool) -> Vec<u32> {
        let mut out: Vec<u32> = Vec::new();
        for k in keys {
            let mut e = self.heads.get(k).copied().unwrap_or(END);
            let mut read = 0;
            while e != END && read < per_band {
                let (slot, next) = self.entries[e as usize];
                if slot != END && live(slot) && !out.contains(&slot) {
                    out.push(slot);
                }
                e = next;
                read += 1;
            }
        }
        out
    }

    /// Entries held (live and evicted).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when the index holds nothing.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// True when evicted entries outnumber the live ones enough to pay for a rebuild.
    pub fn needs_rebuild(&self, live_slots: usize) -> bool {
        self.entries.len() > 2 * live_slots * BANDS + 4096
    }

    /// Empties the index (before re-inserting the live slots).
    pub fn clear(&mut self) {
        self.heads.clear();
        self.entries.clear();
        self.heads.shrink_to_fit();
        self.entries.shrink_to_fit();
    }

    /// Bytes held, roughly (for the memory figures).
    pub fn heap_bytes(&self) -> usize {
        self.entries.capacity() * 8 + self.heads.capacity() * 13
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(range: std::ops::Range<u64>) -> Vec<u64> {
        range.map(|i| xxh3_64(&i.to_le_bytes())).collect()
    }

    #[test]
    fn seeds_are_stable() {
        // Signatures may be stored: a change of seeds must be deliberate.
        assert_eq!(SEEDS[0], mix(0x9e37_79b9_7f4a_7c15));
        assert_eq!(signature(&set(0..10)).unwrap()[0], signature(&set(0..10)).unwrap()[0]);
    }

    #[test]
    fn jaccard_estimate_is_close() {
        let a = signature(&set(0..1000)).unwrap();
        let b = signature(&set(500..1500)).unwrap(); // true J = 500/1500
        let j = jaccard(&a, &b);
        assert!((j - 1.0 / 3.0).abs() < 0.12, "{j}");
        let c = signature(&set(5000..6000)).unwrap();
        assert!(jaccard(&a, &c) < 0.08);
        assert_eq!(jaccard(&a, &a), 1.0);
    }

    #[test]
    fn containment_of_a_trimmed_copy() {
        // B is A without its last fifth: J = 0.8, containment 1.
        let c = containment(0.8, 1000, 800);
        assert!((c - 1.0).abs() < 1e-3, "{c}");
        assert!(containment(0.0, 10, 10) == 0.0);
    }

    #[test]
    fn index_finds_near_copies_and_skips_dead_slots() {
        let mut idx = BandIndex::default();
        let a = signature(&set(0..300)).unwrap();
        let b = signature(&set(20..320)).unwrap();
        let far = signature(&set(9000..9300)).unwrap();
        idx.insert(0, &band_keys(&a));
        idx.insert(1, &band_keys(&far));
        assert_eq!(idx.candidates(&band_keys(&b), 64, |_| true), vec![0]);
        assert!(idx.candidates(&band_keys(&b), 64, |s| s != 0).is_empty());
    }

    #[test]
    fn a_removed_slot_is_no_candidate_and_can_come_back_under_new_keys() {
        let mut idx = BandIndex::default();
        let a = signature(&set(0..300)).unwrap();
        let changed = signature(&set(5000..5300)).unwrap();
        idx.insert(0, &band_keys(&a));
        idx.insert(1, &band_keys(&a));
        idx.remove(0, &band_keys(&a));
        assert_eq!(idx.candidates(&band_keys(&a), 64, |_| true), vec![1]);
        idx.insert(0, &band_keys(&changed));
        assert_eq!(idx.candidates(&band_keys(&changed), 64, |_| true), vec![0]);
        assert_eq!(idx.candidates(&band_keys(&a), 64, |_| true), vec![1]);
    }
}
