//! What an article says, as hashed keys: terms (title and text words, weighted later by rarity)
//! and *anchors* — the facts that travel between languages without a model: names of people,
//! places and organisations (capitalised words, folded, transliterated and reduced to a
//! consonant skeleton; places through a small multilingual gazetteer), numbers, calendar dates,
//! outbound links. Names next to a speech verb (quoted sources) count double.

use std::collections::{HashMap, HashSet};

use xxhash_rust::xxh3::xxh3_64;

use crate::Article;
use crate::norm::{self, SKELETON_MIN_LEN, Token};

/// Longest text, in tokens, that is read; the rest of a very long text is ignored.
pub const MAX_TOKENS: usize = 50_000;

/// Weight of a title word against a text word.
const TITLE_WEIGHT: f32 = 2.0;
/// Extra weight of a name quoted as a source.
const QUOTED_WEIGHT: f32 = 2.0;
/// Characters of a folded word kept as its term (a crude stemmer that works in every language).
const STEM_CHARS: usize = 7;

/// Kinds of anchors (the first byte of what is hashed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnchorKind {
    /// A name not in the gazetteer.
    Name,
    /// A place or body from the gazetteer.
    Place,
    /// A number of two or more digits, or with decimals.
    Number,
    /// A day of a month.
    Date,
    /// An outbound link.
    Link,
}

/// The hashed features of one article, before weighting.
#[derive(Debug, Default, Clone)]
pub struct Extracted {
    /// Term key and raw frequency (title words count more than words of the text).
    pub terms: Vec<(u32, f32)>,
    /// Anchor key and raw frequency (quoted sources count more).
    pub anchors: Vec<(u32, f32)>,
    /// Hashes of the text's word 5-grams (for copies), in text order.
    pub shingles: Vec<u64>,
    /// Words in the text.
    pub words: usize,
}

/// A 32-bit key of a kind-tagged string.
pub fn key(tag: u8, s: &str) -> u32 {
    let mut buf = Vec::with_capacity(s.len() + 1);
    buf.push(tag);
    buf.extend_from_slice(s.as_bytes());
    (xxh3_64(&buf) >> 32) as u32
}

fn anchor_tag(kind: AnchorKind) -> u8 {
    match kind {
        AnchorKind::Name => b'e',
        AnchorKind::Place => b'g',
        AnchorKind::Number => b'n',
        AnchorKind::Date => b'd',
        AnchorKind::Link => b'l',
    }
}

/// The key of an anchor as [`extract`] makes it. Its lowest bit tells names and places (1) from
/// numbers, dates and links (0); see [`is_name_key`].
pub fn anchor_key(kind: AnchorKind, s: &str) -> u32 {
    let k = key(anchor_tag(kind), s);
    if matches!(kind, AnchorKind::Name | AnchorKind::Place) { k | 1 } else { k & !1 }
}

/// True for the key of a name or place (see [`anchor_key`]).
pub fn is_name_key(k: u32) -> bool {
    k & 1 == 1
}

/// Words written with a capital that are not names (weekdays, titles of address).
fn is_capitalised_common(folded: &str) -> bool {
    const COMMON: &[&str] = &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "lunes",
        "martes",
        "miercoles",
        "jueves",
        "viernes",
        "sabado",
        "domingo",
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "lunedi",
        "martedi",
        "mercoledi",
        "giovedi",
        "venerdi",
        "domenica",
        "pazartesi",
        "sali",
        "carsamba",
        "persembe",
        "cuma",
        "cumartesi",
        "pazar",
        "mr",
        "mrs",
        "ms",
        "dr",
        "sr",
        "sra",
        "herr",
        "frau",
        "mme",
        "m",
        "sig",
        "bay",
        "bayan",
    ];
    COMMON.contains(&folded) || norm::month(folded).is_some()
}

/// The anchor a name token gives: a gazetteer place, or the name's skeleton (exact form when short).
fn name_anchor(folded: &str) -> Option<(AnchorKind, String)> {
    if folded.chars().count() < 2 || folded.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    if let Some(place) = norm::gazetteer(folded) {
        return Some((AnchorKind::Place, place.to_string()));
    }
    if folded.len() >= SKELETON_MIN_LEN {
        let s = norm::skeleton(folded);
        if s.len() >= 3 {
            return Some((AnchorKind::Name, s));
        }
    }
    folded.is_ascii().then(|| (AnchorKind::Name, folded.to_string()))
}

/// Host and path of a URL without scheme, `www.`, query, fragment or trailing slash.
pub fn link_key(raw: &str) -> Option<String> {
    let rest = raw.trim().split_once("://").map_or(raw.trim(), |(_, r)| r);
    let rest = rest.split(['?', '#']).next().unwrap_or(rest);
    let rest = rest.trim_end_matches(['/', '.', ',', ')', ';', '"', '\'']);
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let host = host.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    if host.is_empty() || !host.contains('.') {
        return None;
    }
    Some(format!("{host}/{path}"))
}

/// Outbound links written in the text.
fn links_in(text: &str) -> impl Iterator<Item = &str> {
    text.match_indices("http").filter_map(move |(i, _)| {
        let rest = &text[i..];
        if !(rest.starts_with("http://") || rest.starts_with("https://")) {
            return None;
        }
        let end =
            rest.find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '»' | '”')).unwrap_or(rest.len());
        Some(&rest[..end])
    })
}

/// Extracts terms, anchors and shingles from an article.
pub fn extract(article: &Article, shingle_words: usize) -> Extracted {
    let mut title = norm::tokenize(&article.title);
    title.truncate(200);
    let mut text = norm::tokenize(&article.text);
    text.truncate(MAX_TOKENS);
    let mut terms: HashMap<u32, f32> = HashMap::new();
    for (tokens, w) in [(&title, TITLE_WEIGHT), (&text, 1.0)] {
        for t in tokens.iter().filter(|t| !t.number && t.folded.chars().count() >= 3 && !norm::is_stopword(&t.folded)) {
            let stem: String = t.folded.chars().take(STEM_CHARS).collect();
            *terms.entry(key(b't', &stem)).or_default() += w;
        }
    }
    let mut anchors: HashMap<u32, f32> = HashMap::new();
    let names_source = if text.is_empty() { &title } else { &text };
    add_names(names_source, &mut anchors);
    if !text.is_empty() {
        // A title name counts again when the text names it too.
        let mut title_names = HashMap::new();
        add_names(&title, &mut title_names);
        for (k, v) in title_names {
            if let Some(w) = anchors.get_mut(&k) {
                *w += v;
            }
        }
    }
    for tokens in [&title, &text] {
        add_numbers_and_dates(tokens, &mut anchors);
    }
    let mut seen_links = HashSet::new();
    for l in article.links.iter().map(String::as_str).chain(links_in(&article.text)) {
        if let Some(k) = link_key(l)
            && seen_links.insert(k.clone())
        {
            *anchors.entry(anchor_key(AnchorKind::Link, &k)).or_default() += 2.0;
        }
    }
    let shingles = shingles(&text, shingle_words);
    let mut terms: Vec<(u32, f32)> = terms.into_iter().collect();
    terms.sort_unstable_by_key(|&(k, _)| k);
    let mut anchors: Vec<(u32, f32)> = anchors.into_iter().collect();
    anchors.sort_unstable_by_key(|&(k, _)| k);
    Extracted { terms, anchors, shingles, words: text.len() }
}

/// Adds the names among `tokens`: capitalised words that are not function words, months or
/// weekdays. A capitalised word at a sentence start counts unless the text also writes it in
/// lowercase.
fn add_names(tokens: &[Token], anchors: &mut HashMap<u32, f32>) {
    let lower: HashSet<&str> = tokens.iter().filter(|t| !t.cap && !t.number).map(|t| t.folded.as_str()).collect();
    for (i, t) in tokens.iter().enumerate() {
        if !t.cap || t.number || norm::is_stopword(&t.folded) || is_capitalised_common(&t.folded) {
            continue;
        }
        if t.sent_start && lower.contains(t.folded.as_str()) {
            continue;
        }
        let Some((kind, s)) = name_anchor(&t.folded) else { continue };
        let lo = i.saturating_sub(3);
        let quoted = tokens[lo..tokens.len().min(i + 4)].iter().any(|n| n.speech);
        *anchors.entry(anchor_key(kind, &s)).or_default() += if quoted { QUOTED_WEIGHT } else { 1.0 };
    }
}

/// Adds dates (a month name beside a day number, in either order) and numbers (two digits or
/// more, or with decimals; day numbers of dates are not numbers too).
fn add_numbers_and_dates(tokens: &[Token], anchors: &mut HashMap<u32, f32>) {
    let mut used = vec![false; tokens.len()];
    for (i, t) in tokens.iter().enumerate() {
        if t.number {
            continue;
        }
        let Some(m) = norm::month(&t.folded) else { continue };
        let day = |j: usize| {
            tokens
                .get(j)
                .filter(|d| d.number)
                .and_then(|d| d.folded.parse::<u8>().ok())
                .filter(|d| (1..=31).contains(d))
        };
        let found = i.checked_sub(1).and_then(|j| day(j).map(|d| (j, d))).or_else(|| day(i + 1).map(|d| (i + 1, d)));
        if let Some((j, d)) = found {
            used[j] = true;
            *anchors.entry(anchor_key(AnchorKind::Date, &format!("{m:02}-{d:02}"))).or_default() += 1.0;
        }
    }
    for (i, t) in tokens.iter().enumerate() {
        if !t.number || used[i] {
            continue;
        }
        let small = t.folded.len() < 2 && !t.folded.contains('.');
        if !small {
            *anchors.entry(anchor_key(AnchorKind::Number, &t.folded)).or_default() += 1.0;
        }
    }
}

/// Hashes of the word `k`-grams of `tokens` (all words, function words included). A text
/// shorter than `k` words has none.
fn shingles(tokens: &[Token], k: usize) -> Vec<u64> {
    let k = k.max(1);
    if tokens.len() < k {
        return Vec::new();
    }
    let mut buf = String::new();
    tokens
        .windows(k)
        .map(|w| {
            buf.clear();
            for t in w {
                buf.push_str(&t.folded);
                buf.push(' ');
            }
            xxh3_64(buf.as_bytes())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn art(title: &str, text: &str) -> Article {
        Article { title: title.into(), text: text.into(), ..Article::new("x") }
    }

    fn has(x: &Extracted, kind: AnchorKind, s: &str) -> bool {
        let k = anchor_key(kind, s);
        x.anchors.iter().any(|&(a, _)| a == k)
    }

    #[test]
    fn names_places_numbers_and_dates_are_anchors() {
        let x = extract(
            &art(
                "Quake hits",
                "A magnitude 6.8 earthquake struck near Marrakesh on September 8, killing 2,900 people. \
                 Morocco's King Mohammed said rescuers were at work.",
            ),
            5,
        );
        assert!(has(&x, AnchorKind::Number, "6.8"));
        assert!(has(&x, AnchorKind::Number, "2900"));
        assert!(has(&x, AnchorKind::Date, "09-08"));
        assert!(has(&x, AnchorKind::Place, "morocco"));
        assert!(has(&x, AnchorKind::Name, &norm::skeleton("marrakesh")));
        // "A" starts the text and is a function word; "Quake" starts the title only.
        assert!(!has(&x, AnchorKind::Name, "a"));
        assert!(!has(&x, AnchorKind::Number, "8"), "the day of a date is not also a number");
    }

    #[test]
    fn the_same_facts_in_russian_give_the_same_anchors() {
        let en = extract(&art("", "Erdoğan met Zelensky in Istanbul on 7 March; 12,500 people came."), 5);
        let ru = extract(&art("", "Эрдоган встретился с Зеленским в Стамбуле 7 марта; пришли 12 500 человек."), 5);
        let shared: Vec<_> = en.anchors.iter().filter(|(k, _)| ru.anchors.iter().any(|(r, _)| r == k)).collect();
        // Erdoğan, Zelensky, Istanbul, the date; "12 500" is two numbers in Russian print.
        assert!(shared.len() >= 4, "{} shared of {:?} / {:?}", shared.len(), en.anchors, ru.anchors);
    }

    #[test]
    fn links_in_text_and_fields() {
        let mut a = art("", "See https://www.example.org/report/2024?utm_source=x for the report.");
        a.links.push("http://example.org/report/2024/".into());
        let x = extract(&a, 5);
        let k = anchor_key(AnchorKind::Link, "example.org/report/2024");
        assert_eq!(x.anchors.iter().filter(|(a, _)| *a == k).count(), 1);
    }

    #[test]
    fn short_texts_have_no_shingles_and_empty_articles_nothing() {
        assert!(extract(&art("", "Four words only here"), 5).shingles.is_empty());
        let x = extract(&art("", ""), 5);
        assert!(x.terms.is_empty() && x.anchors.is_empty() && x.shingles.is_empty());
    }
}
