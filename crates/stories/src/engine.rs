//! The online step: [`Stories::assign`] puts one article at a time into a story and finds the
//! original it copies.
//!
//! State per live article (inside the window): its id, time, story and copy group, a MinHash
//! signature (384 bytes), up to [`Options::article_terms`] and [`Options::article_anchors`]
//! weighted keys (8 bytes each), and its entries in the LSH index (32) and the postings (up to
//! 44). Per story: a term and an anchor centroid capped at [`Options::story_features`] keys.
//! When an article leaves the window its heavy state is dropped; its id and assignment stay so
//! results can be read back (drop the engine, or read and persist, to free them).
//!
//! Looking up a new article costs: one signature (96 mixes per shingle), 32 band look-ups with
//! at most [`Options::band_reads`] entries each, up to 44 posting look-ups reading at most
//! [`Options::postings_per_key`] entries each, and [`Options::candidates`] sparse dot products.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

use serde::{Deserialize, Serialize};
use xxhash_rust::xxh3::xxh3_64;

use crate::features::{self, is_name_key};
use crate::minhash::{self, BandIndex, FastMap, Signature};
use crate::similarity::{Embedder, Evidence, Lexical, Similarity};
use crate::{Article, Error, Options};

/// No story, group or slot.
const NONE: u32 = u32::MAX;
/// Term keys of an article used to look up candidate stories (its anchors are all used).
const LOOKUP_TERMS: usize = 12;
/// Posting entries checked for the same story before adding another.
const POSTING_DEDUP: usize = 8;
/// Assignments between two sweeps of the postings for stories that left the window.
const PRUNE_EVERY: usize = 4096;
/// A line an outlet printed in this many earlier articles is its boilerplate.
pub const BOILERPLATE_AFTER: u32 = 2;
/// Longest line (bytes) that is counted as possible boilerplate.
const BOILERPLATE_LINE_MAX: usize = 300;

/// Where an article went.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assignment {
    /// The story's id: the id of its first article.
    pub story: String,
    /// The id of the original when the article is a syndicated copy.
    pub copy_of: Option<String>,
}

/// The operator's decisions, as pairs of article ids. They outlive story ids: a later run over
/// the same articles, given the same constraints, keeps them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Constraints {
    /// Pairs that must share a story.
    pub must_link: Vec<(String, String)>,
    /// Pairs that must not share a story.
    pub cannot_link: Vec<(String, String)>,
}

/// Heavy per-article state, dropped when the article leaves the window.
#[derive(Debug)]
struct Heavy {
    sig: Option<Box<Signature>>,
    shingles: u32,
    /// Sorted by key, unit length.
    terms: Box<[(u32, f32)]>,
    /// Sorted by key, unit length.
    anchors: Box<[(u32, f32)]>,
    dense: Option<Box<[f32]>>,
    /// The short lines counted for boilerplate detection (uncounted if the article changes).
    lines: Box<[u64]>,
}

/// A new article's full vectors, as scored against stories (the stored ones are capped).
#[derive(Debug)]
struct Query {
    terms: Box<[(u32, f32)]>,
    anchors: Box<[(u32, f32)]>,
    time: i64,
    lang: u8,
    dense: Option<Box<[f32]>>,
}

#[derive(Debug)]
struct Rec {
    id: Box<str>,
    time: i64,
    time_known: bool,
    lang: u8,
    story: u32,
    group: u32,
    url_key: u64,
    canonical_key: u64,
    heavy: Option<Box<Heavy>>,
}

#[derive(Debug, Default)]
struct Story {
    /// Union-find parent (itself when a root).
    parent: u32,
    /// Slot of the first article (the story's id).
    first: u32,
    first_time: i64,
    last_time: i64,
    members: Vec<u32>,
    terms: Vec<(u32, f32)>,
    anchors: Vec<(u32, f32)>,
    t_norm: f32,
    a_norm: f32,
    /// Bit per language index; bit 0 = unknown.
    langs: u64,
    dense: Option<Vec<f32>>,
}

#[derive(Debug)]
struct Group {
    members: Vec<u32>,
    original: u32,
}

/// The online stage: copies and stories for a stream of articles. See the crate docs.
pub struct Stories {
    opts: Options,
    sim: Box<dyn Similarity>,
    embedder: Option<Box<dyn Embedder>>,
    recs: Vec<Rec>,
    by_id: HashMap<Box<str>, u32>,
    by_url: FastMap<u64, u32>,
    stories: Vec<Story>,
    groups: Vec<Group>,
    bands: BandIndex,
    postings: FastMap<u32, Vec<u32>>,
    df: FastMap<u32, u32>,
    docs: u32,
    clock: Option<i64>,
    expiry: BinaryHeap<Reverse<(i64, u32)>>,
    live: usize,
    langs: Vec<String>,
    constraints: Constraints,
    /// Article id → (other article id, must-link?).
    links: HashMap<String, Vec<(String, bool)>>,
    since_prune: usize,
    /// (outlet, short line) → articles of that outlet that printed it: boilerplate detection.
    lines: FastMap<u64, u32>,
}

impl std::fmt::Debug for Stories {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Stories")
            .field("articles", &self.recs.len())
            .field("live", &self.live)
            .field("stories", &self.stories.len())
            .finish_non_exhaustive()
    }
}

/// Dot product of two key-sorted sparse vectors, and the number of shared keys (names apart).
fn dot(a: &[(u32, f32)], b: &[(u32, f32)]) -> (f32, u32, u32) {
    let (mut i, mut j, mut s, mut n, mut names) = (0, 0, 0.0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                s += a[i].1 * b[j].1;
                n += 1;
                names += u32::from(is_name_key(a[i].0));
                i += 1;
                j += 1;
            }
        }
    }
    (s, n, names)
}

fn norm(v: &[(u32, f32)]) -> f32 {
    v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt()
}

/// Sum of two key-sorted sparse vectors, cut to the `cap` heaviest keys, key-sorted again.
fn add_capped(a: &[(u32, f32)], b: &[(u32, f32)], cap: usize) -> Vec<(u32, f32)> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if j >= b.len() || (i < a.len() && a[i].0 < b[j].0) {
            out.push(a[i]);
            i += 1;
        } else if i >= a.len() || b[j].0 < a[i].0 {
            out.push(b[j]);
            j += 1;
        } else {
            out.push((a[i].0, a[i].1 + b[j].1));
            i += 1;
            j += 1;
        }
    }
    if out.len() > cap {
        out.select_nth_unstable_by(cap, |x, y| y.1.total_cmp(&x.1));
        out.truncate(cap);
        out.sort_unstable_by_key(|&(k, _)| k);
    }
    out
}

fn cosine(a: &[f32], b: &[f32]) -> f32 {
    let d: f32 = a.iter().zip(b).map(|(x, y)| x * y).sum();
    let n = a.iter().map(|x| x * x).sum::<f32>().sqrt() * b.iter().map(|x| x * x).sum::<f32>().sqrt();
    if n > 0.0 { d / n } else { 0.0 }
}

/// The key of a URL for "is this the page rel=canonical names?" (0 for none).
fn url_key(url: Option<&str>) -> u64 {
    url.and_then(features::link_key).map_or(0, |k| xxh3_64(k.as_bytes()).max(1))
}

impl Stories {
    /// An engine with the default [`Lexical`] similarity.
    pub fn new(opts: Options) -> Self {
        Self::with_similarity(opts, Box::new(Lexical::default()))
    }

    /// An engine with another similarity.
    pub fn with_similarity(opts: Options, sim: Box<dyn Similarity>) -> Self {
        Self {
            opts,
            sim,
            embedder: None,
            recs: Vec::new(),
            by_id: HashMap::new(),
            by_url: FastMap::default(),
            stories: Vec::new(),
            groups: Vec::new(),
            bands: BandIndex::default(),
            postings: FastMap::default(),
            df: FastMap::default(),
            docs: 0,
            clock: None,
            expiry: BinaryHeap::new(),
            live: 0,
            langs: vec![String::new()],
            constraints: Constraints::default(),
            links: HashMap::new(),
            since_prune: 0,
            lines: FastMap::default(),
        }
    }

    /// Adds an embedder: its vectors' cosine appears in [`Evidence::dense`].
    pub fn with_embedder(mut self, embedder: Box<dyn Embedder>) -> Self {
        self.embedder = Some(embedder);
        self
    }

    /// Starts from earlier operator decisions (before the first article).
    pub fn with_constraints(mut self, constraints: Constraints) -> Self {
        for (a, b) in &constraints.must_link {
            self.link(a, b, true);
        }
        for (a, b) in &constraints.cannot_link {
            self.link(a, b, false);
        }
        self.constraints = constraints;
        self
    }

    fn link(&mut self, a: &str, b: &str, must: bool) {
        self.links.entry(a.to_string()).or_default().push((b.to_string(), must));
        self.links.entry(b.to_string()).or_default().push((a.to_string(), must));
    }

    /// The operator decisions so far (to persist).
    pub fn constraints(&self) -> &Constraints {
        &self.constraints
    }

    /// The options in use.
    pub fn options(&self) -> &Options {
        &self.opts
    }

    /// Articles assigned so far.
    pub fn len(&self) -> usize {
        self.recs.len()
    }

    /// True before the first article.
    pub fn is_empty(&self) -> bool {
        self.recs.is_empty()
    }

    /// Articles still inside the window (in the candidate indexes).
    pub fn live(&self) -> usize {
        self.live
    }

    fn find(&self, mut s: u32) -> u32 {
        while self.stories[s as usize].parent != s {
            s = self.stories[s as usize].parent;
        }
        s
    }

    fn story_of(&self, slot: u32) -> u32 {
        self.find(self.recs[slot as usize].story)
    }

    fn lang_index(&mut self, lang: Option<&str>) -> u8 {
        let Some(primary) = lang.map(|l| l.split(['-', '_']).next().unwrap_or(l).trim().to_ascii_lowercase()) else {
            return 0;
        };
        if primary.is_empty() {
            return 0;
        }
        if let Some(i) = self.langs.iter().position(|l| *l == primary) {
            return i as u8;
        }
        if self.langs.len() >= 63 {
            return 63;
        }
        self.langs.push(primary);
        (self.langs.len() - 1) as u8
    }

    fn idf(&self, k: u32) -> f32 {
        let df = self.df.get(&k).copied().unwrap_or(0) as f32;
        ((self.docs as f32 + 1.0) / (df + 1.0)).ln() + 1.0
    }

    /// Rarity-weighted, cut to `cap`, unit length, key-sorted.
    fn weigh(&self, raw: &[(u32, f32)], cap: usize) -> Box<[(u32, f32)]> {
        let mut v: Vec<(u32, f32)> = raw.iter().map(|&(k, tf)| (k, (1.0 + tf.ln()) * self.idf(k))).collect();
        if v.len() > cap {
            v.select_nth_unstable_by(cap, |x, y| y.1.total_cmp(&x.1));
            v.truncate(cap);
        }
        let n = norm(&v);
        if n > 0.0 {
            v.iter_mut().for_each(|x| x.1 /= n);
        }
        v.sort_unstable_by_key(|&(k, _)| k);
        v.into_boxed_slice()
    }

    /// Assigns one article: finds the original it copies and the story it belongs to (opening a
    /// new one if none fits). Articles should come in publication order; one without a date is
    /// taken as published at the latest time seen so far.
    ///
    /// # Errors
    /// [`Error::DuplicateId`] when the id was assigned before (see [`Stories::reassign`]).
    pub fn assign(&mut self, article: &Article) -> Result<Assignment, Error> {
        if self.by_id.contains_key(article.id.as_str()) {
            return Err(Error::DuplicateId(article.id.clone()));
        }
        Ok(self.place(article, None))
    }

    /// Assigns an article again after its text, title, date or URL changed (a re-extraction, a
    /// page that changed on a recrawl): its old version leaves the copy index (MinHash bands),
    /// its copy group (a new original is chosen when it was the original) and its story (whose
    /// vectors are rebuilt from the other members), then the new version is assigned as
    /// [`Stories::assign`] would, keeping its place in assignment order, so a story it opened
    /// keeps its id when it stays there. An unknown id is simply assigned.
    ///
    /// Other articles are not moved: an article that joined a story or copied an original only
    /// through the old version stays where it is until it changes itself or a rebuild runs.
    /// Rarity statistics keep counting the old version (they only weigh terms).
    pub fn reassign(&mut self, article: &Article) -> Result<Assignment, Error> {
        let Some(&slot) = self.by_id.get(article.id.as_str()) else { return self.assign(article) };
        self.detach(slot);
        Ok(self.place(article, Some(slot)))
    }

    /// Takes an article out of the copy index, its copy group and its story (see
    /// [`Stories::reassign`]); its record stays, with no story.
    fn detach(&mut self, slot: u32) {
        let r = &mut self.recs[slot as usize];
        let (group, story, url) = (r.group, r.story, r.url_key);
        r.group = NONE;
        if let Some(h) = r.heavy.take() {
            self.live -= 1;
            if let Some(sig) = &h.sig {
                self.bands.remove(slot, &minhash::band_keys(sig));
            }
            for k in h.lines.iter() {
                if let Some(n) = self.lines.get_mut(k) {
                    *n = n.saturating_sub(1);
                }
            }
        }
        if url != 0 && self.by_url.get(&url) == Some(&slot) {
            self.by_url.remove(&url);
        }
        if group != NONE {
            let g = &mut self.groups[group as usize];
            g.members.retain(|&m| m != slot);
            if g.members.len() < 2 {
                // One article is no copy of anything.
                for m in std::mem::take(&mut g.members) {
                    self.recs[m as usize].group = NONE;
                }
                g.original = NONE;
            } else {
                let original = self.choose_original(&self.groups[group as usize].members);
                self.groups[group as usize].original = original;
            }
        }
        if story != NONE {
            let root = self.story_of(slot);
            self.recs[slot as usize].story = NONE;
            let old_first = self.stories[root as usize].first;
            let rest: Vec<u32> = self.stories[root as usize]
                .members
                .iter()
                .copied()
                .filter(|&m| m != slot && self.recs[m as usize].story != NONE && self.story_of(m) == root)
                .collect();
            if rest.is_empty() {
                // An empty story: no candidate any more (see `candidates`).
                let t = self.recs[slot as usize].time;
                self.stories[root as usize] =
                    Story { parent: root, first: slot, first_time: t, last_time: t, ..Story::default() };
            } else {
                self.rebuild_story(root, &rest);
                if old_first != slot {
                    self.stories[root as usize].first = old_first;
                }
            }
        }
    }

    /// Assigns an article in a new slot, or (for [`Stories::reassign`]) in its detached one.
    fn place(&mut self, article: &Article, reuse: Option<u32>) -> Assignment {
        let (time, time_known) = match article.published {
            Some(t) => (t.as_second(), true),
            None => (self.clock.unwrap_or(0), false),
        };
        if time_known && self.clock.is_none_or(|c| time > c) {
            self.clock = Some(time);
        }
        self.evict();

        let (cleaned, line_keys) = self.strip_boilerplate(article);
        let x = features::extract(cleaned.as_ref().unwrap_or(article), self.opts.shingle_words);
        self.docs = self.docs.saturating_add(1);
        for &(k, _) in x.terms.iter().chain(x.anchors.iter()) {
            *self.df.entry(k).or_default() += 1;
        }
        let full_terms = self.weigh(&x.terms, usize::MAX);
        let full_anchors = self.weigh(&x.anchors, usize::MAX);
        let terms = capped(&full_terms, self.opts.article_terms);
        let anchors = capped(&full_anchors, self.opts.article_anchors);
        let sig = if x.words >= self.opts.copy_min_words { minhash::signature(&x.shingles) } else { None };
        let mut distinct = x.shingles.clone();
        distinct.sort_unstable();
        distinct.dedup();
        let shingles = distinct.len() as u32;
        let dense = self.embedder.as_ref().and_then(|e| e.embed(article)).map(Vec::into_boxed_slice);
        let lang = self.lang_index(article.lang.as_deref());
        let own_url = url_key(article.url.as_deref());
        let canonical = url_key(article.canonical.as_deref());
        let canonical_key = if canonical == own_url { 0 } else { canonical };

        let copy_target = self.find_copy(sig.as_deref(), shingles, canonical_key);
        let rec = Rec {
            id: article.id.as_str().into(),
            time,
            time_known,
            lang,
            story: NONE,
            group: NONE,
            url_key: own_url,
            canonical_key,
            heavy: Some(Box::new(Heavy { sig, shingles, terms, anchors, dense, lines: line_keys.into() })),
        };
        let slot = match reuse {
            Some(slot) => {
                self.recs[slot as usize] = rec;
                slot
            }
            None => {
                let slot = self.recs.len() as u32;
                self.recs.push(rec);
                self.by_id.insert(article.id.as_str().into(), slot);
                slot
            }
        };
        self.live += 1;
        self.expiry.push(Reverse((time, slot)));

        let query = Query {
            terms: full_terms,
            anchors: full_anchors,
            time,
            lang,
            dense: self.recs[slot as usize].heavy.as_ref().and_then(|h| h.dense.clone()),
        };
        let story = self.choose_story(slot, &query, copy_target);
        self.add_to_story(story, slot);
        // Back in a story it was assigned to before the others: its id again (see `reassign`).
        if slot < self.stories[story as usize].first {
            self.stories[story as usize].first = slot;
        }
        if let Some(t) = copy_target {
            self.join_group(slot, t);
        }
        if let Some(h) = &self.recs[slot as usize].heavy
            && let Some(sig) = &h.sig
        {
            self.bands.insert(slot, &minhash::band_keys(sig));
        }
        if own_url != 0 {
            self.by_url.insert(own_url, slot);
        }
        self.assignment_of(slot)
    }

    /// The article without the lines its outlet has printed in [`BOILERPLATE_AFTER`] earlier
    /// articles or more (newsletter boxes, sharing bars, bylines of the house), and counts its
    /// lines for the next ones. `None` when nothing was dropped. Only short lines are counted: a
    /// paragraph of reporting that an outlet repeats is rare, and counting it would cost memory.
    /// Also returns the keys of the lines counted.
    fn strip_boilerplate(&mut self, article: &Article) -> (Option<Article>, Vec<u64>) {
        let Some(outlet) = article.outlet.as_deref().map(str::trim).filter(|o| !o.is_empty()) else {
            return (None, Vec::new());
        };
        let seed = xxh3_64(outlet.as_bytes());
        let mut kept = String::with_capacity(article.text.len());
        let mut dropped = false;
        let mut seen_here: Vec<u64> = Vec::new();
        for line in article.text.split('\n') {
            let t = line.trim();
            if t.is_empty() || t.len() > BOILERPLATE_LINE_MAX {
                kept.push_str(line);
                kept.push('\n');
                continue;
            }
            let k = xxhash_rust::xxh3::xxh3_64_with_seed(t.as_bytes(), seed);
            if seen_here.contains(&k) {
                continue;
            }
            seen_here.push(k);
            let n = self.lines.entry(k).or_default();
            *n = n.saturating_add(1);
            if *n > BOILERPLATE_AFTER {
                dropped = true;
            } else {
                kept.push_str(line);
                kept.push('\n');
            }
        }
        (dropped.then(|| Article { text: kept, ..article.clone() }), seen_here)
    }

    /// The original `sig` copies, if any: the page rel=canonical names when it is held, else the
    /// best verified LSH candidate.
    fn find_copy(&self, sig: Option<&Signature>, shingles: u32, canonical_key: u64) -> Option<u32> {
        if canonical_key != 0
            && let Some(&s) = self.by_url.get(&canonical_key)
            && self.recs[s as usize].heavy.is_some()
        {
            return Some(s);
        }
        let sig = sig?;
        let keys = minhash::band_keys(sig);
        let live = |s: u32| self.recs[s as usize].heavy.as_ref().is_some_and(|h| h.sig.is_some());
        let mut best: Option<(f32, u32)> = None;
        for c in self.bands.candidates(&keys, self.opts.band_reads, live) {
            let Some(h) = &self.recs[c as usize].heavy else { continue };
            let Some(csig) = &h.sig else { continue };
            let j = minhash::jaccard(sig, csig);
            let cont = minhash::containment(j, shingles, h.shingles);
            let ratio = shingles.min(h.shingles) as f32 / shingles.max(h.shingles).max(1) as f32;
            let copy = j >= self.opts.copy_jaccard
                || (cont >= self.opts.copy_containment && ratio >= self.opts.copy_min_ratio);
            if copy && best.is_none_or(|(b, _)| j > b) {
                best = Some((j, c));
            }
        }
        best.map(|(_, c)| c)
    }

    fn join_group(&mut self, slot: u32, target: u32) {
        let mut g = self.recs[target as usize].group;
        if g == NONE {
            g = self.groups.len() as u32;
            self.groups.push(Group { members: vec![target], original: target });
            self.recs[target as usize].group = g;
        }
        self.groups[g as usize].members.push(slot);
        self.recs[slot as usize].group = g;
        self.groups[g as usize].original = self.choose_original(&self.groups[g as usize].members);
    }

    /// The original of a group of copies: the page rel=canonical names (most named), else the
    /// earliest published, else the first seen.
    fn choose_original(&self, members: &[u32]) -> u32 {
        let named = |m: u32| {
            let u = self.recs[m as usize].url_key;
            if u == 0 { 0 } else { members.iter().filter(|&&o| self.recs[o as usize].canonical_key == u).count() }
        };
        if let Some(&m) = members.iter().filter(|&&m| named(m) > 0).max_by_key(|&&m| (named(m), Reverse(m))) {
            return m;
        }
        if let Some(&m) = members.iter().filter(|&&m| self.recs[m as usize].time_known).min_by_key(|&&m| {
            let r = &self.recs[m as usize];
            (r.time, m)
        }) {
            return m;
        }
        members.iter().copied().min().unwrap_or(NONE)
    }

    /// The partners of an article under operator constraints, present in the engine.
    fn partners(&self, slot: u32, must: bool) -> Vec<u32> {
        let id: &str = &self.recs[slot as usize].id;
        self.links
            .get(id)
            .map(|v| {
                v.iter()
                    .filter(|(_, m)| *m == must)
                    .filter_map(|(o, _)| self.by_id.get(o.as_str()).copied())
                    .filter(|&o| o != slot && self.recs[o as usize].story != NONE)
                    .collect()
            })
            .unwrap_or_default()
    }

    fn cannot_join(&self, slot: u32, root: u32) -> bool {
        self.partners(slot, false).into_iter().any(|o| self.story_of(o) == root)
    }

    fn can_merge(&self, r1: u32, r2: u32) -> bool {
        if r1 == r2 {
            return true;
        }
        !self.constraints.cannot_link.iter().any(|(a, b)| {
            let root = |id: &str| {
                self.by_id.get(id).filter(|&&s| self.recs[s as usize].story != NONE).map(|&s| self.story_of(s))
            };
            match (root(a), root(b)) {
                (Some(x), Some(y)) => (x == r1 && y == r2) || (x == r2 && y == r1),
                _ => false,
            }
        })
    }

    fn evidence(&self, q: &Query, root: u32) -> Option<Evidence> {
        let s = &self.stories[root as usize];
        let w = self.opts.window_secs;
        if q.time - s.last_time > w || s.first_time - q.time > w {
            return None;
        }
        let (t, _, _) = dot(&q.terms, &s.terms);
        let (a, shared, names) = dot(&q.anchors, &s.anchors);
        let days = if q.time < s.first_time {
            s.first_time - q.time
        } else if q.time > s.last_time {
            q.time - s.last_time
        } else {
            0
        };
        let unknown = q.lang == 0 || s.langs & 1 != 0;
        Some(Evidence {
            terms: if s.t_norm > 0.0 { t / s.t_norm } else { 0.0 },
            anchors: if s.a_norm > 0.0 { a / s.a_norm } else { 0.0 },
            shared_anchors: shared,
            shared_names: names,
            article_anchors: q.anchors.len() as u32,
            same_lang: unknown || s.langs & (1u64 << q.lang) != 0,
            days_apart: days as f32 / 86_400.0,
            story_size: s.members.len() as u32,
            dense: match (&q.dense, &s.dense) {
                (Some(a), Some(b)) => Some(cosine(a, b)),
                _ => None,
            },
        })
    }

    /// Candidate stories of an article through the postings, best hit weight first.
    fn candidates(&self, q: &Query) -> Vec<u32> {
        let mut hits: FastMap<u32, f32> = FastMap::default();
        for &(k, w) in top(&q.anchors, self.opts.article_anchors).iter().chain(top(&q.terms, LOOKUP_TERMS).iter()) {
            let Some(list) = self.postings.get(&k) else { continue };
            for &s in list.iter().rev().take(self.opts.postings_per_key) {
                *hits.entry(self.find(s)).or_default() += w;
            }
        }
        // A story whose only article changed and left it.
        hits.retain(|&s, _| !self.stories[s as usize].members.is_empty());
        let mut v: Vec<(u32, f32)> = hits.into_iter().collect();
        v.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        v.truncate(self.opts.candidates);
        v.into_iter().map(|(s, _)| s).collect()
    }

    fn choose_story(&mut self, slot: u32, q: &Query, copy_target: Option<u32>) -> u32 {
        // The operator's must-links first.
        let mut forced: Vec<u32> = self.partners(slot, true).into_iter().map(|o| self.story_of(o)).collect();
        forced.sort_unstable();
        forced.dedup();
        forced.retain(|&r| !self.cannot_join(slot, r));
        if let Some(&first) = forced.first() {
            let mut root = first;
            for &other in &forced[1..] {
                if self.can_merge(root, other) {
                    root = self.merge_roots(root, other);
                }
            }
            return root;
        }
        if let Some(t) = copy_target {
            let root = self.story_of(t);
            if !self.cannot_join(slot, root) {
                return root;
            }
        }
        let mut scored: Vec<(f32, u32, Evidence)> = self
            .candidates(q)
            .into_iter()
            .filter(|&r| !self.cannot_join(slot, r))
            .filter_map(|r| {
                let e = self.evidence(q, r)?;
                self.sim.score(&e).map(|s| (s, r, e))
            })
            .collect();
        scored.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let Some(&(_, best, _)) = scored.first() else { return self.new_story(slot) };
        let mut root = best;
        for &(_, other, e) in &scored[1..] {
            let other = self.find(other);
            if other != root && self.sim.merges(&e) && self.can_merge(root, other) {
                root = self.merge_roots(root, other);
            }
        }
        root
    }

    fn new_story(&mut self, slot: u32) -> u32 {
        let s = self.stories.len() as u32;
        let t = self.recs[slot as usize].time;
        self.stories.push(Story { parent: s, first: slot, first_time: t, last_time: t, ..Story::default() });
        s
    }

    fn add_to_story(&mut self, root: u32, slot: u32) {
        let cap = self.opts.story_features;
        let r = &self.recs[slot as usize];
        let (time, lang) = (r.time, r.lang);
        let mut keys: Vec<u32> = Vec::new();
        {
            let s = &mut self.stories[root as usize];
            if let Some(h) = &r.heavy {
                s.terms = add_capped(&s.terms, &h.terms, cap);
                s.anchors = add_capped(&s.anchors, &h.anchors, cap);
                s.t_norm = norm(&s.terms);
                s.a_norm = norm(&s.anchors);
                if let Some(d) = &h.dense {
                    match &mut s.dense {
                        Some(sd) if sd.len() == d.len() => sd.iter_mut().zip(d.iter()).for_each(|(a, b)| *a += b),
                        _ => s.dense = Some(d.to_vec()),
                    }
                }
                keys.extend(h.anchors.iter().map(|&(k, _)| k));
                keys.extend(top(&h.terms, LOOKUP_TERMS).iter().map(|&(k, _)| k));
            }
            s.members.push(slot);
            s.langs |= 1u64 << lang;
            s.first_time = s.first_time.min(time);
            s.last_time = s.last_time.max(time);
        }
        self.recs[slot as usize].story = root;
        for k in keys {
            let list = self.postings.entry(k).or_default();
            if !list.iter().rev().take(POSTING_DEDUP).any(|&x| x == root) {
                list.push(root);
            }
        }
    }

    /// Merges two root stories; the older one (by first article) survives. Returns the root.
    fn merge_roots(&mut self, a: u32, b: u32) -> u32 {
        if a == b {
            return a;
        }
        let key = |s: &Story| (s.first_time, s.first);
        let (win, lose) =
            if key(&self.stories[a as usize]) <= key(&self.stories[b as usize]) { (a, b) } else { (b, a) };
        let cap = self.opts.story_features;
        let l = std::mem::take(&mut self.stories[lose as usize]);
        let w = &mut self.stories[win as usize];
        w.terms = add_capped(&w.terms, &l.terms, cap);
        w.anchors = add_capped(&w.anchors, &l.anchors, cap);
        w.t_norm = norm(&w.terms);
        w.a_norm = norm(&w.anchors);
        w.members.extend_from_slice(&l.members);
        w.langs |= l.langs;
        w.first_time = w.first_time.min(l.first_time);
        w.last_time = w.last_time.max(l.last_time);
        if let Some(ld) = l.dense {
            match &mut w.dense {
                Some(wd) if wd.len() == ld.len() => wd.iter_mut().zip(ld.iter()).for_each(|(x, y)| *x += y),
                _ => w.dense = Some(ld),
            }
        }
        let lose_story = &mut self.stories[lose as usize];
        lose_story.parent = win;
        lose_story.first = l.first;
        lose_story.first_time = l.first_time;
        lose_story.last_time = l.last_time;
        win
    }

    /// Drops the heavy state of articles that left the window, and now and then rebuilds the
    /// LSH index and sweeps the postings.
    fn evict(&mut self) {
        let Some(clock) = self.clock else { return };
        let limit = clock.saturating_sub(self.opts.window_secs);
        while let Some(&Reverse((t, s))) = self.expiry.peek() {
            if t >= limit {
                break;
            }
            self.expiry.pop();
            let r = &mut self.recs[s as usize];
            if r.time >= limit {
                // Reassigned with a later time: its newer entry decides.
                continue;
            }
            if r.heavy.take().is_some() {
                self.live -= 1;
            }
            if r.url_key != 0 && self.by_url.get(&r.url_key) == Some(&s) {
                self.by_url.remove(&r.url_key);
            }
        }
        if self.bands.needs_rebuild(self.live) {
            self.bands.clear();
            for (slot, r) in self.recs.iter().enumerate() {
                if let Some(sig) = r.heavy.as_ref().and_then(|h| h.sig.as_ref()) {
                    self.bands.insert(slot as u32, &minhash::band_keys(sig));
                }
            }
        }
        self.since_prune += 1;
        if self.since_prune >= PRUNE_EVERY {
            self.since_prune = 0;
            self.prune(limit);
        }
    }

    /// Forgets the centroids and postings of stories whose last article left the window.
    fn prune(&mut self, limit: i64) {
        let n = self.stories.len() as u32;
        let mut alive = Vec::with_capacity(n as usize);
        for i in 0..n {
            let root = self.find(i);
            alive.push(self.stories[root as usize].last_time >= limit);
            self.stories[i as usize].parent = root;
        }
        for (i, s) in self.stories.iter_mut().enumerate() {
            if !alive[i] && s.parent == i as u32 {
                s.terms = Vec::new();
                s.anchors = Vec::new();
                s.dense = None;
            }
        }
        if self.lines.len() > 8 * self.live + 4096 {
            self.lines.retain(|_, n| *n > 1);
        }
        let stories = &self.stories;
        self.postings.retain(|_, list| {
            list.retain(|&s| alive[s as usize]);
            for s in list.iter_mut() {
                *s = stories[*s as usize].parent;
            }
            list.dedup();
            list.shrink_to_fit();
            !list.is_empty()
        });
    }

    fn assignment_of(&self, slot: u32) -> Assignment {
        let root = self.story_of(slot);
        let first = self.stories[root as usize].first;
        let r = &self.recs[slot as usize];
        let copy_of = (r.group != NONE)
            .then(|| self.groups[r.group as usize].original)
            .filter(|&o| o != slot && o != NONE)
            .map(|o| self.recs[o as usize].id.to_string());
        Assignment { story: self.recs[first as usize].id.to_string(), copy_of }
    }

    /// The current assignment of an article (stories merge and originals change, so this can
    /// differ from what [`Stories::assign`] answered).
    pub fn assignment(&self, id: &str) -> Option<Assignment> {
        self.by_id.get(id).map(|&s| self.assignment_of(s))
    }

    /// Every article's current assignment, in the order they were assigned.
    pub fn assignments(&self) -> impl Iterator<Item = (&str, Assignment)> + '_ {
        (0..self.recs.len() as u32).map(|s| (&*self.recs[s as usize].id, self.assignment_of(s)))
    }

    /// The ids of a story's articles, in the order they were assigned.
    pub fn members(&self, story: &str) -> Option<Vec<&str>> {
        let root = self.root_named(story)?;
        let mut m: Vec<u32> =
            self.stories[root as usize].members.iter().copied().filter(|&s| self.story_of(s) == root).collect();
        m.sort_unstable();
        Some(m.into_iter().map(|s| &*self.recs[s as usize].id).collect())
    }

    /// The root story whose id is `story`.
    fn root_named(&self, story: &str) -> Option<u32> {
        let &slot = self.by_id.get(story)?;
        let root = self.story_of(slot);
        (self.stories[root as usize].first == slot).then_some(root)
    }

    /// The operator's merge: the stories of articles `a` and `b` become one, now and in later runs
    /// given [`Stories::constraints`]. Story ids are article ids, so `merge(story_a, story_b)`
    /// merges two stories.
    ///
    /// # Errors
    /// An unknown article, or an earlier split that keeps the two apart.
    pub fn merge(&mut self, a: &str, b: &str) -> Result<String, Error> {
        let sa = *self.by_id.get(a).ok_or_else(|| Error::UnknownArticle(a.to_string()))?;
        let sb = *self.by_id.get(b).ok_or_else(|| Error::UnknownArticle(b.to_string()))?;
        let (ra, rb) = (self.story_of(sa), self.story_of(sb));
        if !self.can_merge(ra, rb) {
            return Err(Error::Conflict {
                a: a.to_string(),
                b: b.to_string(),
                why: "an earlier split keeps articles of the two stories apart".to_string(),
            });
        }
        self.constraints.must_link.push((a.to_string(), b.to_string()));
        self.link(a, b, true);
        let root = self.merge_roots(ra, rb);
        Ok(self.recs[self.stories[root as usize].first as usize].id.to_string())
    }

    /// The operator's split: `articles` leave `story` for a story of their own, now and in later
    /// runs given [`Stories::constraints`] (they must stay together and apart from the rest).
    /// Returns the new story's id.
    ///
    /// # Errors
    /// An unknown story or article, or an article that is not in the story.
    pub fn split(&mut self, story: &str, articles: &[&str]) -> Result<String, Error> {
        let root = self.root_named(story).ok_or_else(|| Error::UnknownStory(story.to_string()))?;
        let mut out = Vec::new();
        for &a in articles {
            let s = *self.by_id.get(a).ok_or_else(|| Error::UnknownArticle(a.to_string()))?;
            let actual = self.story_of(s);
            if actual != root {
                let first = self.stories[actual as usize].first;
                return Err(Error::NotInStory {
                    article: a.to_string(),
                    story: story.to_string(),
                    actual: self.recs[first as usize].id.to_string(),
                });
            }
            if !out.contains(&s) {
                out.push(s);
            }
        }
        let Some(&first_out) = out.iter().min() else { return Ok(story.to_string()) };
        let rest: Vec<u32> = self.stories[root as usize]
            .members
            .iter()
            .copied()
            .filter(|s| self.story_of(*s) == root && !out.contains(s))
            .collect();
        if rest.is_empty() {
            return Ok(story.to_string());
        }
        for w in out.windows(2) {
            let (a, b) = (self.recs[w[0] as usize].id.to_string(), self.recs[w[1] as usize].id.to_string());
            self.link(&a, &b, true);
            self.constraints.must_link.push((a, b));
        }
        for &o in &out {
            for &r in &rest {
                let (a, b) = (self.recs[o as usize].id.to_string(), self.recs[r as usize].id.to_string());
                self.link(&a, &b, false);
                self.constraints.cannot_link.push((a, b));
            }
        }
        // Rebuild both stories from their members' vectors.
        let new = self.new_story(first_out);
        self.rebuild_story(root, &rest);
        self.rebuild_story(new, &out);
        Ok(self.recs[self.stories[new as usize].first as usize].id.to_string())
    }

    fn rebuild_story(&mut self, root: u32, members: &[u32]) {
        let mut sorted = members.to_vec();
        sorted.sort_unstable();
        let Some(&first) = sorted.first() else { return };
        let t = self.recs[first as usize].time;
        let s = &mut self.stories[root as usize];
        *s = Story { parent: root, first, first_time: t, last_time: t, ..Story::default() };
        for m in sorted {
            self.add_to_story(root, m);
        }
    }

    /// Why an assigned article is where it is: the evidence between its stored (capped) vectors
    /// and every live story that shares a key with it (its own included), with the similarity's
    /// score (`None`: refused). For diagnostics, while the article is inside the window.
    pub fn explain(&self, id: &str) -> Vec<(String, Evidence, Option<f32>)> {
        let Some(&slot) = self.by_id.get(id) else { return Vec::new() };
        let r = &self.recs[slot as usize];
        let Some(h) = &r.heavy else { return Vec::new() };
        let q = Query {
            terms: h.terms.clone(),
            anchors: h.anchors.clone(),
            time: r.time,
            lang: r.lang,
            dense: h.dense.clone(),
        };
        self.candidates(&q)
            .into_iter()
            .filter_map(|r| {
                let e = self.evidence(&q, r)?;
                let name = self.recs[self.stories[r as usize].first as usize].id.to_string();
                Some((name, e, self.sim.score(&e)))
            })
            .collect()
    }

    /// Heap bytes held by the engine, roughly (ids, signatures, vectors, indexes).
    pub fn heap_bytes(&self) -> usize {
        let recs: usize = self
            .recs
            .iter()
            .map(|r| {
                std::mem::size_of::<Rec>()
                    + r.id.len()
                    + r.heavy.as_ref().map_or(0, |h| {
                        std::mem::size_of::<Heavy>()
                            + h.sig.as_ref().map_or(0, |_| std::mem::size_of::<Signature>())
                            + (h.terms.len() + h.anchors.len() + h.lines.len()) * 8
                            + h.dense.as_ref().map_or(0, |d| d.len() * 4)
                    })
            })
            .sum();
        let stories: usize = self
            .stories
            .iter()
            .map(|s| {
                std::mem::size_of::<Story>()
                    + s.members.capacity() * 4
                    + (s.terms.capacity() + s.anchors.capacity()) * 8
            })
            .sum();
        let postings: usize = self.postings.values().map(|l| l.capacity() * 4 + 40).sum();
        recs + stories
            + postings
            + self.bands.heap_bytes()
            + self.df.capacity() * 9
            + self.by_id.capacity() * 24
            + self.by_url.capacity() * 13
            + self.lines.capacity() * 13
    }
}

/// The `n` heaviest entries of a unit-length sparse vector, key-sorted (not renormalised: the
/// stored vector keeps its weights relative to the full one).
fn capped(v: &[(u32, f32)], n: usize) -> Box<[(u32, f32)]> {
    let mut t = top(v, n);
    t.sort_unstable_by_key(|&(k, _)| k);
    t.into_boxed_slice()
}

/// The `n` heaviest entries of a key-sorted sparse vector.
fn top(v: &[(u32, f32)], n: usize) -> Vec<(u32, f32)> {
    let mut t = v.to_vec();
    if t.len() > n {
        t.select_nth_unstable_by(n, |a, b| b.1.total_cmp(&a.1));
        t.truncate(n);
    }
    t
}

/// Runs the online stage over a batch in publication order and returns each article's final
/// assignment in input order. A line without a date is placed as if published at the time of the
/// nearest dated line before it in the input (after it, for leading lines): the order a crawl saw
/// them in is the best guess there is.
///
/// # Errors
/// [`Error::DuplicateId`] when two articles share an id.
pub fn cluster(articles: &[Article], opts: &Options, constraints: &Constraints) -> Result<Vec<Assignment>, Error> {
    let mut engine = Stories::new(opts.clone()).with_constraints(constraints.clone());
    run(&mut engine, articles)
}

/// [`cluster`] with an engine built by the caller (another similarity, an embedder).
///
/// # Errors
/// [`Error::DuplicateId`] when two articles share an id.
pub fn run(engine: &mut Stories, articles: &[Article]) -> Result<Vec<Assignment>, Error> {
    let order = batch_order(articles);
    for &i in &order {
        engine.assign(&articles[i])?;
    }
    articles.iter().map(|a| engine.assignment(&a.id).ok_or_else(|| Error::UnknownArticle(a.id.clone()))).collect()
}

/// The order [`cluster`] assigns a batch in: by publication time, undated lines at the time of
/// the dated line before them in the input (or after them), ties in input order.
pub fn batch_order(articles: &[Article]) -> Vec<usize> {
    let mut proxy: Vec<Option<jiff::Timestamp>> = Vec::with_capacity(articles.len());
    let mut last = None;
    for a in articles {
        last = a.published.or(last);
        proxy.push(last);
    }
    let first = articles.iter().find_map(|a| a.published);
    let mut order: Vec<usize> = (0..articles.len()).collect();
    order.sort_by_key(|&i| (proxy[i].or(first), i));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(id: &str, day: i64, text: &str) -> Article {
        Article {
            title: String::new(),
            text: text.into(),
            lang: Some("en".into()),
            published: Some(jiff::Timestamp::from_second(1_700_000_000 + day * 86_400).unwrap()),
            ..Article::new(id)
        }
    }

    const COLUMN: &str = "The city council has spent three years arguing about the new bridge over the river, \
        and in that time the cost has doubled while the old crossing crumbles. Engineers warned in 2021 that the \
        steel was rusting faster than expected; nobody listened. Now the council wants another study, another \
        consultation and another delay. Residents of Eastfield, who walk forty minutes around the closed span \
        every day, deserve better than this.";

    #[test]
    fn a_copy_with_boilerplate_is_found_and_the_earliest_is_the_original() {
        let mut s = Stories::new(Options::default());
        s.assign(&at("b", 1, &format!("Subscribe to our newsletter!\n{COLUMN}\nShare this: Facebook X"))).unwrap();
        let a = s.assign(&at("a", 0, &format!("{COLUMN}\nThis column first appeared in the Eastfield Post."))).unwrap();
        // "a" came second but was published first: it becomes the original.
        assert_eq!(a.copy_of, None);
        assert_eq!(s.assignment("b").unwrap().copy_of.as_deref(), Some("a"));
        assert_eq!(s.assignment("b").unwrap().story, s.assignment("a").unwrap().story);
    }

    #[test]
    fn rel_canonical_names_the_original() {
        let mut s = Stories::new(Options::default());
        let mut first = at("first", 0, COLUMN);
        first.url = Some("https://first.example/a".into());
        first.canonical = Some("https://home.example/col".into());
        s.assign(&first).unwrap();
        let mut home = at("home", 1, COLUMN);
        home.url = Some("https://www.home.example/col/".into());
        s.assign(&home).unwrap();
        assert_eq!(s.assignment("first").unwrap().copy_of.as_deref(), Some("home"));
        assert_eq!(s.assignment("home").unwrap().copy_of, None);
    }

    #[test]
    fn without_dates_the_first_seen_is_the_original() {
        let mut s = Stories::new(Options::default());
        let undated = |id: &str| Article { text: COLUMN.into(), ..Article::new(id) };
        s.assign(&undated("x")).unwrap();
        let y = s.assign(&undated("y")).unwrap();
        assert_eq!(y.copy_of.as_deref(), Some("x"));
    }

    #[test]
    fn bad_input_gives_a_clear_result() {
        let mut s = Stories::new(Options::default());
        // Empty: a story of its own, no copy.
        let e = s.assign(&Article::new("empty")).unwrap();
        assert_eq!(e, Assignment { story: "empty".into(), copy_of: None });
        let e2 = s.assign(&Article::new("empty2")).unwrap();
        assert_eq!(e2.story, "empty2", "two empty articles are not one story");
        // One word, twice: too short to be a copy.
        s.assign(&at("w1", 0, "Hello")).unwrap();
        assert_eq!(s.assign(&at("w2", 0, "Hello")).unwrap().copy_of, None);
        // A 1 MB text: assigned, and its copy found.
        let big: String = (0..200_000).map(|i| format!("w{} ", i % 9973)).collect::<String>() + COLUMN;
        assert!(big.len() > 1_000_000);
        s.assign(&at("big", 0, &big)).unwrap();
        assert_eq!(s.assign(&at("big2", 0, &big)).unwrap().copy_of.as_deref(), Some("big"));
        // A duplicate id is an error, not a panic.
        assert!(matches!(s.assign(&at("big", 0, "x")), Err(Error::DuplicateId(_))));
        // Not a number in sight, odd characters, only punctuation.
        s.assign(&at("odd", 0, "…!? \u{0}\u{200b} ——")).unwrap();
    }

    #[test]
    fn identical_articles_are_one_story_of_copies() {
        let mut s = Stories::new(Options::default());
        for i in 0..300 {
            let a = s.assign(&at(&format!("id{i}"), 0, COLUMN)).unwrap();
            assert_eq!(a.story, "id0");
            assert_eq!(a.copy_of, (i > 0).then(|| "id0".to_string()));
        }
    }

    #[test]
    fn articles_leave_the_window() {
        let mut s = Stories::new(Options::default());
        s.assign(&at("old", 0, COLUMN)).unwrap();
        assert_eq!(s.live(), 1);
        // Ten days later the same text is a new story: the old article left the window.
        let late = s.assign(&at("late", 10, COLUMN)).unwrap();
        assert_eq!(late, Assignment { story: "late".into(), copy_of: None });
        assert_eq!(s.live(), 1);
        assert_eq!(s.assignment("old").unwrap().story, "old", "results stay readable");
    }

    const OTHER_COLUMN: &str = "Our schools still close at three in the afternoon, as if every family had a parent \
        at home waiting by the gate. Most do not. Working parents pay for after-school clubs they can barely \
        afford, or leave children alone with a phone. A longer school day, with sport, music and homework help \
        run by paid staff rather than exhausted teachers, would cost less than the childcare subsidies we already \
        spend and would give every child the afternoons that only some now get.";

    #[test]
    fn a_copy_that_changes_into_another_text_leaves_its_group_and_story() {
        let mut s = Stories::new(Options::default());
        s.assign(&at("a", 0, COLUMN)).unwrap();
        assert_eq!(s.assign(&at("b", 0, COLUMN)).unwrap().copy_of.as_deref(), Some("a"));
        let b = s.reassign(&at("b", 0, OTHER_COLUMN)).unwrap();
        assert_eq!(b, Assignment { story: "b".into(), copy_of: None });
        assert_eq!(s.assignment("a").unwrap(), Assignment { story: "a".into(), copy_of: None });
        assert_eq!(s.members("a").unwrap(), vec!["a"]);
        assert_eq!(s.live(), 2);
        // Its old text is out of the copy index: a third copy of COLUMN copies "a" only, and a
        // copy of the new text finds "b".
        assert_eq!(s.assign(&at("c", 0, COLUMN)).unwrap().copy_of.as_deref(), Some("a"));
        assert_eq!(s.assign(&at("d", 0, OTHER_COLUMN)).unwrap().copy_of.as_deref(), Some("b"));
    }

    #[test]
    fn an_article_that_changes_into_a_copy_is_one() {
        let mut s = Stories::new(Options::default());
        s.assign(&at("a", 0, COLUMN)).unwrap();
        assert_eq!(s.assign(&at("b", 0, OTHER_COLUMN)).unwrap().story, "b");
        let b = s.reassign(&at("b", 0, &format!("{COLUMN}\nThis column first appeared in the Post."))).unwrap();
        assert_eq!(b, Assignment { story: "a".into(), copy_of: Some("a".into()) });
        assert_eq!(s.members("a").unwrap(), vec!["a", "b"]);
        assert!(s.members("b").is_none(), "the story \"b\" opened is gone");
    }

    #[test]
    fn when_the_original_changes_its_copies_elect_another() {
        let mut s = Stories::new(Options::default());
        s.assign(&at("a", 0, COLUMN)).unwrap();
        s.assign(&at("b", 1, COLUMN)).unwrap();
        s.assign(&at("c", 2, COLUMN)).unwrap();
        assert_eq!(s.assignment("c").unwrap().copy_of.as_deref(), Some("a"));
        let a = s.reassign(&at("a", 0, OTHER_COLUMN)).unwrap();
        assert_eq!(a.copy_of, None);
        assert_eq!(s.assignment("b").unwrap().copy_of, None, "the earliest copy left is the original");
        assert_eq!(s.assignment("c").unwrap().copy_of.as_deref(), Some("b"));
        // A story's id is its first article's: the column's story is now b's, and a's new text
        // opens a story of its own.
        assert_eq!(s.assignment("b").unwrap().story, "b");
        assert_eq!(s.assignment("c").unwrap().story, "b");
        assert_eq!(a.story, "a");
        assert_eq!(s.members("b").unwrap(), vec!["b", "c"]);
    }

    #[test]
    fn reassigning_an_unchanged_article_changes_nothing() {
        let mut s = Stories::new(Options::default());
        s.assign(&event("a1", 0, QUAKE_A)).unwrap();
        s.assign(&event("a2", 0, QUAKE_A2)).unwrap();
        s.assign(&event("b1", 1, QUAKE_B)).unwrap();
        let print =
            |id: &str| Article { outlet: Some("The Post".into()), ..at(id, 1, &format!("Subscribe!\n{COLUMN}")) };
        s.assign(&print("c1")).unwrap();
        s.assign(&print("c2")).unwrap();
        let before: Vec<(String, Assignment)> = s.assignments().map(|(i, a)| (i.to_owned(), a)).collect();
        for _ in 0..3 {
            s.reassign(&event("a1", 0, QUAKE_A)).unwrap();
            s.reassign(&print("c1")).unwrap();
            s.reassign(&print("c2")).unwrap();
        }
        let after: Vec<(String, Assignment)> = s.assignments().map(|(i, a)| (i.to_owned(), a)).collect();
        assert_eq!(before, after);
        assert_eq!(s.live(), 5);
        // Its short line was counted once per article, not once per version: not boilerplate yet.
        assert_eq!(s.lines.values().copied().max(), Some(2));
        assert!(s.reassign(&at("new", 1, COLUMN)).is_ok(), "an unknown id is assigned");
        assert_eq!(s.assignment("new").unwrap().copy_of.as_deref(), Some("c1"));
    }

    fn event(id: &str, day: i64, text: &str) -> Article {
        at(id, day, text)
    }

    const QUAKE_A: &str = "A magnitude 6.4 earthquake struck near Spoleto in Umbria on 12 March, killing four \
        people. Marta Ferri of the Civil Protection said 230 people lost their homes.";
    const QUAKE_A2: &str = "Rescuers in Umbria searched the rubble after the 6.4 quake near Spoleto. Civil \
        Protection chief Marta Ferri said four had died and 230 were homeless.";
    const QUAKE_B: &str = "A magnitude 7.1 earthquake struck off Hokkaido on 14 March, killing two people. \
        Hiroshi Tanabe of the Meteorological Agency said 11,000 homes lost power.";

    #[test]
    fn one_event_joins_and_a_look_alike_stays_apart() {
        let mut s = Stories::new(Options::default());
        s.assign(&event("a1", 0, QUAKE_A)).unwrap();
        assert_eq!(s.assign(&event("a2", 0, QUAKE_A2)).unwrap().story, "a1");
        assert_eq!(s.assign(&event("b1", 1, QUAKE_B)).unwrap().story, "b1");
    }

    #[test]
    fn operator_split_and_merge_survive_reclustering() {
        let arts = [event("a1", 0, QUAKE_A), event("a2", 0, QUAKE_A2), event("b1", 1, QUAKE_B)];
        let mut s = Stories::new(Options::default());
        for a in &arts {
            s.assign(a).unwrap();
        }
        assert_eq!(s.split("a1", &["a2"]).unwrap(), "a2");
        assert_eq!(s.assignment("a2").unwrap().story, "a2");
        assert_eq!(s.members("a1").unwrap(), ["a1"]);
        assert_eq!(s.merge("a1", "b1").unwrap(), "a1");
        assert_eq!(s.assignment("b1").unwrap().story, "a1");
        // The split keeps a2 away from a1's story even through a merge.
        assert!(matches!(s.merge("a2", "b1"), Err(Error::Conflict { .. })));
        // A new run over the same articles, with the decisions, gives the same stories.
        let again = cluster(&arts, &Options::default(), s.constraints()).unwrap();
        let stories: Vec<&str> = again.iter().map(|a| a.story.as_str()).collect();
        assert_eq!(stories, ["a1", "a2", "a1"]);
        // Errors name what is wrong.
        assert!(matches!(s.split("nope", &["a1"]), Err(Error::UnknownStory(_))));
        assert!(matches!(s.split("a1", &["a2"]), Err(Error::NotInStory { .. })));
        assert!(matches!(s.merge("a1", "zz"), Err(Error::UnknownArticle(_))));
    }

    #[test]
    fn cluster_orders_by_date_and_places_undated_lines_by_their_neighbours() {
        let mut u = Article::new("u");
        u.text = QUAKE_A.into();
        let arts = [event("late", 5, QUAKE_B), u, event("early", 0, QUAKE_A)];
        assert_eq!(batch_order(&arts), [2, 0, 1]);
        assert_eq!(cluster(&arts, &Options::default(), &Constraints::default()).unwrap().len(), 3);
    }
}
