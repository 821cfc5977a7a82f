//! Highlighted titles and snippets, built from the stored neutral text.
//!
//! A word is marked when its neutral token (lowercased, ASCII-folded) equals a query
//! token, or — for documents in one of the stemmed languages — when its stem equals the
//! stem of a query word, so a search for "running" marks "runs" in an English column.
//! Stems are only compared within the document's own language. Excluded words are never
//! marked. A phrase (or a word the analyser cuts in several tokens, such as a CJK word)
//! is marked only where it occurs whole.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use aho_corasick::AhoCorasick;
use tantivy::tokenizer::TextAnalyzer;

use crate::analysis;

/// Length of a snippet, in characters (before the ellipses).
pub(crate) const SNIPPET_CHARS: usize = 200;

/// Only the first this many bytes of a text are searched for matches.
const MAX_SCAN_BYTES: usize = 16 * 1024;

/// Matches are looked for in chunks of about this many bytes; the snippet comes from the first
/// chunk that has any.
const CHUNK_BYTES: usize = 1024;

/// Windows around likely matches tried in one chunk before the whole chunk is tokenised.
const MAX_WINDOW_TRIES: usize = 4;

/// How far before the first mark a snippet starts, in characters.
const LEAD_CHARS: usize = 40;

/// A query chunk as analysed: `(position relative to its first token, token)`.
type Pattern = Vec<(usize, String)>;

/// The chunks of a query as token patterns, indexed by their first token.
#[derive(Default)]
struct Patterns {
    by_first: HashMap<String, Vec<Pattern>>,
    /// Every token of every pattern: other tokens of a text are not kept.
    all: HashSet<String>,
}

impl Patterns {
    fn new(analyzer: &mut TextAnalyzer, chunks: &[String]) -> Self {
        let mut by_first: HashMap<String, Vec<Pattern>> = HashMap::new();
        let mut all = HashSet::new();
        for chunk in chunks {
            let mut toks = analysis::tokens(analyzer, chunk);
            // The same cut as the query, so what matched is what gets marked.
            toks.truncate(crate::query::MAX_PHRASE_TOKENS);
            let Some(first_pos) = toks.first().map(|t| t.0) else { continue };
            let pattern: Pattern = toks.into_iter().map(|(pos, text, _)| (pos - first_pos, text)).collect();
            all.extend(pattern.iter().map(|(_, t)| t.clone()));
            by_first.entry(pattern[0].1.clone()).or_default().push(pattern);
        }
        Patterns { by_first, all }
    }

    /// The tokens of `text` that occur in some pattern, in position order.
    fn scan(&self, analyzer: &mut TextAnalyzer, text: &str) -> Vec<(usize, String, Range<usize>)> {
        analysis::tokens_where(analyzer, text, |t| self.all.contains(t))
    }

    /// Byte ranges of every occurrence of a pattern among `toks` (the output of [`Patterns::scan`]).
    /// A pattern of several tokens (a phrase, a CJK word) must occur whole, and is marked
    /// from its first token to its last, stop words between included.
    fn find(&self, toks: &[(usize, String, Range<usize>)], out: &mut Vec<Range<usize>>) {
        for (i, (pos, text, range)) in toks.iter().enumerate() {
            let Some(patterns) = self.by_first.get(text) else { continue };
            'pattern: for pattern in patterns {
                let mut end = range.end;
                for (rel, want) in &pattern[1..] {
                    let at = pos + rel;
                    let rest = &toks[i + 1..];
                    match rest.binary_search_by_key(&at, |t| t.0) {
                        Ok(j) if rest[j].1 == *want => end = rest[j].2.end,
                        _ => continue 'pattern,
                    }
                }
                out.push(range.start..end);
            }
        }
    }
}

/// The query's words and phrases to mark, per analyser.
pub(crate) struct Highlighter {
    analyzers: analysis::Analyzers,
    neutral_patterns: Patterns,
    chunks: Vec<String>,
    /// Per language code: the query as stemmed patterns, and the first two characters
    /// of every stem, computed on first use.
    stems: HashMap<&'static str, (Patterns, HashSet<String>)>,
    /// Per language code (`None`: exact matches only): the quick test of whether a chunk can
    /// hold a match, built on first use.
    prefilters: HashMap<Option<&'static str>, Option<Leads>>,
    /// Texts folded as the neutral analyser folds words.
    folder: Folder,
    /// Every word and phrase of the query is one token: a text's marks can be found word by
    /// word at the likely places, without tokenising the text around them.
    single_tokens: bool,
}

/// Folds text character by character as the neutral analyser folds a word (lowercase,
/// ASCII-folded, accents stripped), each non-ASCII character's folding computed once. A word
/// the analyser turns into token `t` is folded to a text that contains `t`, so a chunk whose
/// folding contains no query token holds no exact match.
struct Folder {
    analyzer: TextAnalyzer,
    /// Foldings of the characters below [`Folder::DIRECT`] (the Latin, Greek and Cyrillic
    /// letters), looked up by code point; the rest in `folds`.
    direct: Vec<Option<Box<str>>>,
    folds: HashMap<char, Box<str>>,
    buf: Vec<u8>,
    /// Where `buf` and the text stop running in step: for each non-ASCII character, `(offset in
    /// buf, offset in the text, true)` where its folding starts and `(…, false)` after it. An
    /// ASCII character folds to one byte, so between two such points an offset in `buf` is the
    /// same distance from the point in both (see [`Folder::raw_of`]).
    steps: Vec<(u32, u32, bool)>,
}

impl Folder {
    const DIRECT: usize = 0x530;

    fn new(analyzer: TextAnalyzer) -> Folder {
        Folder { analyzer, direct: Vec::new(), folds: HashMap::new(), buf: Vec::new(), steps: Vec::new() }
    }

    /// How the neutral analyser folds one character.
    fn fold_char(analyzer: &mut TextAnalyzer, c: char) -> Box<str> {
        let mut one = [0u8; 4];
        let toks = analysis::tokens(analyzer, c.encode_utf8(&mut one));
        match toks.as_slice() {
            [] => " ".into(),
            [(_, t, _)] => t.as_str().into(),
            // Not expected from one character; never rule a chunk out because of it.
            _ => c.to_string().into(),
        }
    }

    /// The byte range of the folded text that `folded` (a range of the last [`fold`]'s output)
    /// came from.
    ///
    /// [`fold`]: Folder::fold
    fn raw_range(&self, text: &str, folded: Range<usize>) -> Range<usize> {
        let start = self.raw_of(folded.start);
        let last = self.raw_of(folded.end - 1);
        let end = last + text[last..].chars().next().map_or(0, char::len_utf8);
        start..end
    }

    /// The offset in the text of the character that byte `at` of the last folding came from.
    fn raw_of(&self, at: usize) -> usize {
        let at = at as u32;
        match self.steps.partition_point(|&(f, _, _)| f <= at).checked_sub(1).map(|i| self.steps[i]) {
            None => at as usize,
            // Inside a non-ASCII character's folding: that character.
            Some((_, raw, true)) => raw as usize,
            Some((f, raw, false)) => (raw + (at - f)) as usize,
        }
    }

    /// `text` folded, in a buffer reused from call to call: UTF-8 (each character's folding is a
    /// string), as bytes so that runs of ASCII are folded through a table without checks.
    /// Characters that are not part of words become spaces.
    fn fold(&mut self, text: &str) -> &[u8] {
        self.buf.clear();
        self.steps.clear();
        let bytes = text.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            // A run of ASCII: one byte each, by the table.
            let run = bytes[at..].iter().position(|b| !b.is_ascii()).unwrap_or(bytes.len() - at);
            self.buf.extend(bytes[at..at + run].iter().map(|&b| ASCII_FOLD[usize::from(b)]));
            at += run;
            let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else { break };
            let analyzer = &mut self.analyzer;
            let code = c as usize;
            let folded = if code < Self::DIRECT {
                if self.direct.is_empty() {
                    self.direct.resize(Self::DIRECT, None);
                }
                self.direct[code].get_or_insert_with(|| Self::fold_char(analyzer, c))
            } else {
                self.folds.entry(c).or_insert_with(|| Self::fold_char(analyzer, c))
            };
            self.steps.push((self.buf.len() as u32, at as u32, true));
            self.buf.extend_from_slice(folded.as_bytes());
            at += c.len_utf8();
            self.steps.push((self.buf.len() as u32, at as u32, false));
        }
        &self.buf
    }
}

/// How the folder turns an ASCII byte: letters and digits lowercased, anything else a space.
const ASCII_FOLD: [u8; 128] = {
    let mut table = [b' '; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            table[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    table
};

/// The character of UTF-8 `bytes` that ends at `end` (`None` at the start or inside a
/// character).
fn char_before(bytes: &[u8], end: usize) -> Option<char> {
    let start = (end.saturating_sub(4)..end).find(|&i| bytes[i] & 0xC0 != 0x80)?;
    std::str::from_utf8(&bytes[start..end]).ok()?.chars().next_back()
}

/// The character of UTF-8 `bytes` that starts at `at`.
fn char_at(bytes: &[u8], at: usize) -> Option<char> {
    let end = (at + 4).min(bytes.len());
    let valid = match std::str::from_utf8(&bytes[at..end]) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(&bytes[at..at + e.valid_up_to()]).ok()?,
    };
    valid.chars().next()
}

/// The folded words and stem prefixes a text is scanned for ([`Highlighter::candidates`]).
enum Leads {
    /// A few: one SIMD substring search each (a query of a few words has two to six leads).
    Few(Vec<memchr::memmem::Finder<'static>>),
    /// Many: one Aho-Corasick automaton.
    Many(AhoCorasick),
}

impl Leads {
    /// Up to this many leads are searched one by one.
    const FEW: usize = 8;

    fn new(leads: &[String]) -> Option<Leads> {
        match leads.len() {
            0 => None,
            n if n <= Self::FEW => {
                Some(Leads::Few(leads.iter().map(|l| memchr::memmem::Finder::new(l.as_bytes()).into_owned()).collect()))
            }
            _ => AhoCorasick::new(leads).ok().map(Leads::Many),
        }
    }

    /// Where the leads occur in `hay`, by position, without overlaps (of two at one place, the
    /// shorter).
    fn find(&self, hay: &[u8]) -> Vec<Range<usize>> {
        match self {
            Leads::Many(ac) => ac.find_iter(hay).map(|m| m.range()).collect(),
            Leads::Few(finders) => {
                let mut all: Vec<Range<usize>> =
                    finders.iter().flat_map(|f| f.find_iter(hay).map(move |at| at..at + f.needle().len())).collect();
                all.sort_unstable_by_key(|r| (r.start, r.end));
                let mut end = 0;
                all.retain(|r| {
                    let keep = r.start >= end;
                    if keep {
                        end = r.end;
                    }
                    keep
                });
                all
            }
        }
    }
}

impl Highlighter {
    /// A highlighter for the included words and phrases of a query.
    pub fn new(mut analyzers: analysis::Analyzers, chunks: &[String]) -> Self {
        let neutral_patterns = Patterns::new(&mut analyzers.neutral, chunks);
        let folder = Folder::new(analyzers.neutral.clone());
        let single_tokens = neutral_patterns.by_first.values().flatten().all(|p| p.len() == 1);
        Highlighter {
            analyzers,
            neutral_patterns,
            chunks: chunks.to_vec(),
            stems: HashMap::new(),
            prefilters: HashMap::new(),
            folder,
            single_tokens,
        }
    }

    /// Where `chunk` may hold a match in a text of language `lang`: byte ranges of the chunk
    /// (empty: nowhere), or `None` when the query has no pattern to test for. A cheap test,
    /// without tokenising. Exact matches are found by their folded tokens; stemmed ones by the folded
    /// stem less its last character (Snowball stems are, bar the last letter, prefixes of the
    /// word). A chunk it rules out has no match the tokenised scan would find, up to rare
    /// stems that are not prefixes of their word — whose snippet then comes from a later chunk
    /// or the start.
    fn candidates(&mut self, chunk: &str, lang: Option<&str>) -> Option<Vec<Range<usize>>> {
        let code = lang.and_then(analysis::stemmed_lang);
        if !self.prefilters.contains_key(&code) {
            let mut leads: Vec<String> = self.neutral_patterns.all.iter().cloned().collect();
            if let Some(code) = code
                && let Some((_, full, _)) = self.analyzers.langs.iter_mut().find(|(c, _, _)| *c == code)
            {
                let chunks = &self.chunks;
                let (patterns, _) = self.stems.entry(code).or_insert_with(|| {
                    let patterns = Patterns::new(full, chunks);
                    let prefixes = patterns.all.iter().map(|t| analysis::prefix2(t).to_string()).collect();
                    (patterns, prefixes)
                });
                for stem in &patterns.all {
                    let folded = String::from_utf8_lossy(self.folder.fold(stem)).trim().to_owned();
                    let mut lead: Vec<char> = folded.chars().collect();
                    if lead.len() > 3 {
                        lead.pop();
                    }
                    leads.push(lead.into_iter().collect());
                }
            }
            leads.retain(|l| !l.is_empty() && !l.contains(' '));
            self.prefilters.insert(code, Leads::new(&leads));
        }
        match self.prefilters.get(&code) {
            Some(Some(leads)) => {
                let folded = self.folder.fold(chunk);
                // A token starts a word (or is a character of an unspaced script): a lead found
                // inside another word is no match, and ruling it out here spares tokenising a
                // window around it.
                let found: Vec<Range<usize>> = leads
                    .find(folded)
                    .into_iter()
                    .filter(|r| {
                        // ASCII is never a split character: only other bytes need decoding.
                        let before = r.start.checked_sub(1).map(|i| folded[i]);
                        let starts_word = match before {
                            None | Some(b' ') => true,
                            Some(b) if b.is_ascii() => false,
                            Some(_) => char_before(folded, r.start).is_none_or(analysis::is_split_char),
                        };
                        starts_word
                            || (!folded[r.start].is_ascii()
                                && char_at(folded, r.start).is_some_and(analysis::is_split_char))
                    })
                    .collect();
                Some(found.into_iter().map(|r| self.folder.raw_range(chunk, r)).collect())
            }
            // No usable pattern (a query of symbols): let the scan decide.
            _ => None,
        }
    }

    /// Whether `chunk` may hold a match (see [`candidates`](Self::candidates)).
    #[cfg(test)]
    fn may_match(&mut self, chunk: &str, lang: Option<&str>) -> bool {
        self.candidates(chunk, lang).is_none_or(|c| !c.is_empty())
    }

    /// Byte ranges of `text` to mark, sorted and merged.
    fn marks(&mut self, text: &str, lang: Option<&str>) -> Vec<Range<usize>> {
        self.marks_with(text, lang, false)
    }

    /// [`marks`](Self::marks); with `exact_first`, stems are only looked at when no exact
    /// (neutral) match is found — enough to tell whether a chunk has any match at all.
    fn marks_with(&mut self, text: &str, lang: Option<&str>, exact_first: bool) -> Vec<Range<usize>> {
        let mut ranges = Vec::new();
        if self.chunks.is_empty() {
            return ranges;
        }
        let toks = self.neutral_patterns.scan(&mut self.analyzers.neutral, text);
        self.neutral_patterns.find(&toks, &mut ranges);
        if exact_first && !ranges.is_empty() {
            return merge(ranges);
        }
        let Some(code) = lang.and_then(analysis::stemmed_lang) else { return merge(ranges) };
        let Some((_, full, stem)) = self.analyzers.langs.iter_mut().find(|(c, _, _)| *c == code) else {
            return merge(ranges);
        };
        let chunks = &self.chunks;
        let (patterns, prefixes) = self.stems.entry(code).or_insert_with(|| {
            let patterns = Patterns::new(full, chunks);
            let prefixes = patterns.all.iter().map(|t| analysis::prefix2(t).to_string()).collect();
            (patterns, prefixes)
        });
        // Stem only the words that start like some query stem (Snowball stems are
        // prefixes of the lowercased word): stemming every word of every hit would
        // dominate the search time.
        let candidates =
            analysis::tokens_where(&mut self.analyzers.lower, text, |t| prefixes.contains(analysis::prefix2(t)));
        let mut toks = Vec::new();
        for (pos, lower, range) in candidates {
            if let Some((_, stemmed, _)) = analysis::tokens(stem, &lower).pop()
                && patterns.all.contains(&stemmed)
            {
                toks.push((pos, stemmed, range));
            }
        }
        patterns.find(&toks, &mut ranges);
        merge(ranges)
    }

    /// Byte ranges of `text` to mark within `window`.
    fn marks_in(&mut self, text: &str, window: Range<usize>, lang: Option<&str>) -> Vec<Range<usize>> {
        let end = floor_boundary(text, window.end);
        self.marks(&text[window.start..end], lang)
            .into_iter()
            .map(|r| r.start + window.start..r.end + window.start)
            .collect()
    }

    /// Byte ranges of `text` to mark within `window`, as [`marks_in`](Self::marks_in) finds
    /// them. When every query pattern is one token, only the words at the likely places
    /// ([`candidates`](Self::candidates)) are tokenised: a window of 200 characters holds
    /// some 35 words and usually one or two candidates.
    fn marks_near(&mut self, text: &str, window: Range<usize>, lang: Option<&str>) -> Vec<Range<usize>> {
        if !self.single_tokens {
            return self.marks_in(text, window, lang);
        }
        let end = floor_boundary(text, window.end);
        let part = &text[window.start..end];
        let Some(places) = self.candidates(part, lang) else { return self.marks_in(text, window, lang) };
        let mut out = Vec::new();
        for place in places {
            // The whole word from the likely place: a token is never part of a longer word.
            let word_end = part[place.start..]
                .char_indices()
                .find(|&(_, c)| !analysis::is_word_char(c))
                .map_or(part.len(), |(i, _)| place.start + i);
            let at = window.start + place.start;
            out.extend(self.marks(&part[place.start..word_end], lang).into_iter().map(|m| m.start + at..m.end + at));
        }
        merge(out)
    }

    /// The whole title, HTML-escaped, with matches in `<mark>`.
    pub fn title_html(&mut self, title: &str, lang: Option<&str>) -> String {
        let marks = self.marks_near(title, 0..title.len(), lang);
        render(title, 0..title.len(), &marks)
    }

    /// About [`SNIPPET_CHARS`] characters of `text` around its densest cluster of
    /// matches (or its start when nothing matches), HTML-escaped, with matches in
    /// `<mark>`, whitespace runs collapsed and `…` where the text was cut.
    pub fn snippet_html(&mut self, text: &str, lang: Option<&str>) -> String {
        let scan_end = floor_boundary(text, MAX_SCAN_BYTES);
        // Matches are looked for a chunk at a time, and the snippet comes from the first chunk
        // that has any: tokenising every hit's whole text would dominate a search's cost.
        let mut from = 0;
        let mut found: Option<(Range<usize>, Vec<Range<usize>>)> = None;
        while from < scan_end {
            let mut to = floor_boundary(text, (from + CHUNK_BYTES).min(scan_end));
            if to < scan_end {
                // Never cut a word: run on to the next whitespace.
                to = text[to..scan_end].find(char::is_whitespace).map_or(scan_end, |ws| to + ws);
            }
            match self.candidates(&text[from..to], lang) {
                Some(places) if places.is_empty() => {
                    from = to;
                    continue;
                }
                Some(places) => {
                    // The window around the likely matches, marked by the analysers: only the
                    // window is tokenised, not the chunk. A window without a real match (a lead
                    // found inside another word) is dropped and the next likely place tried.
                    let mut approx: Vec<Range<usize>> =
                        places.into_iter().map(|r| r.start + from..r.end + from).collect();
                    for _ in 0..MAX_WINDOW_TRIES {
                        let window = best_window(text, &approx);
                        let marks = self.marks_near(text, window.clone(), lang);
                        if !marks.is_empty() {
                            found = Some((window, marks));
                            break;
                        }
                        approx.retain(|r| r.start >= window.end || r.end <= window.start);
                        if approx.is_empty() {
                            break;
                        }
                    }
                    if found.is_some() {
                        break;
                    }
                    if approx.is_empty() {
                        from = to;
                        continue;
                    }
                    // Still unsure after a few windows: scan the chunk itself.
                }
                None => {}
            }
            // Whether the chunk has a match is all that counts here: the window is marked afresh.
            let exact = self.marks_with(&text[from..to], lang, true);
            if !exact.is_empty() {
                let marks: Vec<Range<usize>> = exact.into_iter().map(|r| r.start + from..r.end + from).collect();
                // The window may run past the chunk: mark it afresh (from a word start, so its
                // tokens are the text's own).
                let window = best_window(text, &marks);
                let marks = self.marks_near(text, window.clone(), lang);
                found = Some((window, marks));
                break;
            }
            from = to;
        }
        let (window, marks) = found.unwrap_or_else(|| (best_window(text, &[]), Vec::new()));
        let mut out = String::new();
        if window.start > 0 {
            out.push('…');
        }
        out.push_str(render(text, window.clone(), &marks).trim());
        if window.end < text.len() {
            out.push('…');
        }
        out
    }
}

/// The largest char boundary of `text` at or below `at`.
fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Sorts ranges and merges those that overlap or touch (CJK characters are one token each).
fn merge(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut out: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

/// Byte offset `n` characters after `from` (or the end of the text).
fn chars_after(text: &str, from: usize, n: usize) -> usize {
    text[from..].char_indices().nth(n).map_or(text.len(), |(i, _)| from + i)
}

/// Picks the ~200-character window holding the most matches, starting a little before
/// its first match, with both ends moved to word boundaries.
fn best_window(text: &str, marks: &[Range<usize>]) -> Range<usize> {
    let mut best: Option<(usize, usize)> = None; // (count, index of first mark)
    for (i, m) in marks.iter().enumerate() {
        let end = chars_after(text, m.start, SNIPPET_CHARS - LEAD_CHARS);
        let count = marks[i..].iter().take_while(|r| r.end <= end).count();
        if best.is_none_or(|(c, _)| count > c) {
            best = Some((count, i));
        }
    }
    let mut start = match best {
        Some((_, i)) => {
            let anchor = marks[i].start;
            // Step back LEAD_CHARS characters, then forward to the start of a word.
            let back = text[..anchor].char_indices().rev().nth(LEAD_CHARS - 1).map_or(0, |(j, _)| j);
            if back == 0 { 0 } else { text[back..anchor].find(char::is_whitespace).map_or(anchor, |ws| back + ws) }
        }
        None => 0,
    };
    // Never start inside a mark.
    if let Some(m) = marks.iter().find(|m| m.start < start && start < m.end) {
        start = m.start;
    }
    let hard_end = chars_after(text, start, SNIPPET_CHARS);
    let mut end = hard_end;
    if end < text.len() {
        // Cut at the last whitespace, unless that would lose more than a third.
        if let Some(ws) = text[start..end].rfind(char::is_whitespace)
            && ws > (end - start) * 2 / 3
        {
            end = start + ws;
        }
        if let Some(m) = marks.iter().find(|m| m.start < end && end < m.end) {
            end = m.end;
        }
    }
    start..end
}

/// Escapes `text[window]` for HTML, wraps the marked ranges in `<mark>` and collapses
/// each run of whitespace into one space.
fn render(text: &str, window: Range<usize>, marks: &[Range<usize>]) -> String {
    let mut out = String::with_capacity(window.len() + 32);
    let mut marks = marks.iter().filter(|m| m.end > window.start && m.start < window.end).peekable();
    let mut open: Option<usize> = None; // end of the mark being written
    let mut last_space = false;
    for (i, c) in text[window.clone()].char_indices() {
        let at = window.start + i;
        if open == Some(at) {
            out.push_str("</mark>");
            open = None;
        }
        if open.is_none()
            && let Some(m) = marks.next_if(|m| m.start <= at)
        {
            out.push_str("<mark>");
            open = Some(m.end);
        }
        if c.is_whitespace() {
            if !last_space {
                out.push(' ');
            }
            last_space = true;
            continue;
        }
        last_space = false;
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    if open.is_some() {
        out.push_str("</mark>");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each byte of a folding maps back to the character it came from, across ASCII runs,
    /// multi-byte foldings ("ß" → "ss") and characters of other scripts.
    #[test]
    fn folded_offsets_map_back_to_their_characters() {
        let mut h = hl(&["x"]);
        let text = "Ça va, Ärger über Straße und 東京 — ok!";
        let folded = String::from_utf8(h.folder.fold(text).to_vec()).unwrap();
        // The mapping the folder must reproduce: each character's folding, byte by byte.
        let mut expected = Vec::new();
        for (at, c) in text.char_indices() {
            let n = if c.is_ascii() { 1 } else { Folder::fold_char(&mut h.folder.analyzer, c).len() };
            expected.extend(std::iter::repeat_n(at, n));
        }
        assert_eq!(expected.len(), folded.len(), "{folded}");
        for (i, &at) in expected.iter().enumerate() {
            assert_eq!(h.folder.raw_of(i), at, "byte {i} of {folded:?}");
        }
        let i = folded.find("strasse").unwrap();
        assert_eq!(&text[h.folder.raw_range(text, i..i + "strasse".len())], "Straße");
    }

    /// A few leads are searched one by one, many by one automaton: both find the same places,
    /// leftmost first, without overlaps, the shorter of two that start together.
    #[test]
    fn few_and_many_leads_find_the_same_places() {
        let leads: Vec<String> = ["torr", "torri", "pabu", "rri", "xyz"].iter().map(|s| s.to_string()).collect();
        let hay = b"la torri e pabu torr; torrizzo pabupabu rri";
        let Some(few @ Leads::Few(_)) = Leads::new(&leads) else { panic!("five leads are few") };
        let many = Leads::Many(AhoCorasick::new(&leads).unwrap());
        let found = few.find(hay);
        assert_eq!(found, many.find(hay));
        let words: Vec<&str> = found.iter().map(|r| std::str::from_utf8(&hay[r.clone()]).unwrap()).collect();
        assert_eq!(words, ["torr", "pabu", "torr", "torr", "pabu", "pabu", "rri"]);
        let lots: Vec<String> = (0..20).map(|i| format!("w{i}")).collect();
        assert!(matches!(Leads::new(&lots), Some(Leads::Many(_))));
        assert!(Leads::new(&[]).is_none());
    }

    fn hl(words: &[&str]) -> Highlighter {
        Highlighter::new(analysis::Analyzers::new(), &words.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn title_marks_neutral_matches_and_escapes() {
        let mut h = hl(&["tax"]);
        assert_eq!(
            h.title_html("A <b>Tax</b> & \"taxes\"", None),
            "A &lt;b&gt;<mark>Tax</mark>&lt;/b&gt; &amp; &quot;taxes&quot;"
        );
    }

    #[test]
    fn stems_mark_inflected_forms_in_the_document_language() {
        let mut h = hl(&["running"]);
        assert_eq!(h.title_html("She runs", Some("en-GB")), "She <mark>runs</mark>");
        assert_eq!(h.title_html("She runs", Some("ar")), "She runs");
    }

    #[test]
    fn marking_word_by_word_finds_what_tokenising_the_window_finds() {
        let texts = [
            ("She runs; they RUN, and running l'Élysée-run runner's outrun re-runs.", Some("en")),
            ("Die Läufer liefen, der Lauf läuft: laufend über Straßen und Strasse.", Some("de")),
            ("Élysée, elysee et ÉLYSÉE — l'élysée n'est pas «Élyséen».", Some("fr")),
            ("Бегун бежал, бегуны бегут; e\u{301}lysee decomposed, x-run.", Some("ru")),
            ("東京の run 東京都 runs", None),
        ];
        let mut marked = 0;
        for words in [&["running"][..], &["elysee", "lauf"], &["strasse", "run"], &["бегун"], &["東"]] {
            for (text, lang) in texts {
                let mut h = hl(words);
                assert!(h.single_tokens);
                let near = h.marks_near(text, 0..text.len(), lang);
                let all = h.marks_in(text, 0..text.len(), lang);
                assert_eq!(near, all, "{words:?} in {text:?}");
                marked += all.len();
            }
        }
        assert!(marked >= 20, "the texts hold matches to compare: {marked}");
        assert!(!hl(&["\"running late\""]).single_tokens, "a phrase is marked by tokenising the window");
    }

    #[test]
    fn folded_and_cjk_matches() {
        let mut h = hl(&["elysee", "東京"]);
        assert_eq!(h.title_html("L'Élysée à 東京都", None), "L&#39;<mark>Élysée</mark> à <mark>東京</mark>都");
    }

    #[test]
    fn matches_past_the_first_chunk_and_across_a_chunk_end_are_found_and_marked() {
        // The only match lies far past the first chunk.
        let filler = "lorem ipsum dolor sit amet ".repeat(400);
        let text = format!("{filler}the budget vote {filler}");
        let snippet = hl(&["budget"]).snippet_html(&text, Some("en"));
        assert!(snippet.contains("<mark>budget</mark>"), "{snippet}");
        // A match just before a chunk's end and another just after it: the window holds both,
        // and both are marked although only the first chunk was scanned.
        let lead = "x ".repeat(CHUNK_BYTES / 2 - 3);
        let text = format!("{lead}budget budget lorem ipsum votes tally {filler}");
        assert!(text.find("votes").is_some_and(|at| at > CHUNK_BYTES), "the second match is past the chunk");
        let snippet = hl(&["budget", "vote"]).snippet_html(&text, Some("en"));
        assert!(snippet.contains("<mark>budget</mark> <mark>budget</mark>"), "{snippet}");
        assert!(snippet.contains("<mark>votes</mark>"), "{snippet}");
        // A multibyte text cut near a chunk end never splits a character.
        let text = format!("{}{} budget", "é".repeat(CHUNK_BYTES), "ü".repeat(7));
        assert!(hl(&["budget"]).snippet_html(&text, None).contains("<mark>budget</mark>"));
    }

    #[test]
    fn the_chunk_test_finds_folded_stemmed_and_cjk_matches_far_in_the_text() {
        let filler = "lorem ipsum dolor sit amet ".repeat(200);
        // Folded (accents, case), stemmed in the page's language, CJK, combining accents.
        let cases = [
            ("pabut", "ro", "Pabuț", "<mark>Pabuț</mark>"),
            ("gouvernements", "fr", "le Gouvernement tombe", "<mark>Gouvernement</mark>"),
            ("happiness", "en", "they were happy", "<mark>happy</mark>"),
            ("東京", "ja", "東京都に", "<mark>東京</mark>"),
            ("elysee", "fr", "l'E\u{301}lyse\u{301}e", "<mark>E\u{301}lyse\u{301}e</mark>"),
        ];
        for (query, lang, found, marked) in cases {
            let mut h = hl(&[query]);
            let text = format!("{filler} {found} {filler}");
            let snippet = h.snippet_html(&text, Some(lang));
            assert!(snippet.contains(marked), "{query} in {lang}: {snippet}");
            // And chunks without a match are ruled out without tokenising them.
            assert!(!h.may_match(&filler[..1000], Some(lang)), "{query}");
            assert!(h.may_match(&text[filler.len()..filler.len() + 40], Some(lang)), "{query}");
        }
    }

    #[test]
    fn snippet_window_centres_on_matches() {
        let filler = "lorem ipsum dolor sit amet ".repeat(40);
        let text = format!("{filler}the budget\n\nvote was close {filler}");
        let snippet = hl(&["budget", "vote"]).snippet_html(&text, None);
        assert!(snippet.starts_with('…') && snippet.ends_with('…'), "{snippet}");
        assert!(snippet.contains("<mark>budget</mark> <mark>vote</mark>"), "{snippet}");
        let visible = snippet.replace("<mark>", "").replace("</mark>", "");
        assert!(visible.chars().count() <= SNIPPET_CHARS + 2, "{visible}");
        assert!(visible.chars().count() > SNIPPET_CHARS / 2, "{visible}");
    }

    #[test]
    fn snippet_without_match_is_the_start() {
        let text = "word ".repeat(100);
        let snippet = hl(&["absent"]).snippet_html(&text, None);
        assert!(snippet.starts_with("word word") && snippet.ends_with('…'));
        assert_eq!(hl(&[]).snippet_html("short", None), "short");
        assert_eq!(hl(&["x"]).snippet_html("", None), "");
    }

    #[test]
    fn phrases_are_marked_only_where_whole() {
        let mut h = hl(&["carbon tax", "state of the union"]);
        assert_eq!(h.title_html("Carbon tax, tax on carbon", None), "<mark>Carbon tax</mark>, tax on carbon");
        assert_eq!(h.title_html("The state of the unions", Some("en")), "The <mark>state of the unions</mark>");
    }

    #[test]
    fn merge_joins_touching_ranges() {
        assert_eq!(merge(vec![3..6, 0..3, 8..9, 8..10]), vec![0..6, 8..10]);
    }
}
