//! Indexes 100,000 synthetic columns and times searches.
//!
//! ```text
//! cargo run --release --example bench [-- DOCS]
//! ```
//!
//! Documents: ten languages (eight stemmed, plus Arabic and Chinese through the neutral
//! field), 300–800 words each drawn from a 30,000-word vocabulary per language with a
//! Zipf-like (1/rank) distribution, English seeded with real common words. Then 1,000
//! random 1–3-word queries and 200 two- or three-word phrase queries taken from indexed
//! text, each a full `search_highlighted()` with limit 20 (the texts to highlight are
//! regenerated per hit, standing in for the store read the site does).

#![expect(clippy::unwrap_used, reason = "a benchmark: any failure should stop it")]

use std::time::{Duration, Instant};

use colonnade_model::{Kind, Timestamp};
use colonnade_search::{IndexDoc, SearchIndex, SearchQuery};

/// A small, fast, deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    /// A rank in `0..n` with probability about 1/(rank+1).
    fn zipf(&mut self, n: usize) -> usize {
        (((n as f64 + 1.0).powf(self.unit()) - 1.0) as usize).min(n - 1)
    }
}

const VOCAB: usize = 30_000;

const ENGLISH: &[&str] = &[
    "the",
    "of",
    "and",
    "to",
    "a",
    "in",
    "is",
    "that",
    "it",
    "for",
    "was",
    "on",
    "are",
    "as",
    "with",
    "be",
    "this",
    "have",
    "not",
    "but",
    "they",
    "government",
    "people",
    "public",
    "policy",
    "minister",
    "election",
    "vote",
    "party",
    "state",
    "war",
    "economy",
    "tax",
    "budget",
    "climate",
    "energy",
    "housing",
    "health",
    "school",
    "court",
    "law",
    "reform",
    "crisis",
    "europe",
    "china",
    "america",
    "britain",
    "market",
    "prices",
    "workers",
    "union",
    "strike",
    "president",
    "parliament",
    "democracy",
    "freedom",
    "media",
    "social",
    "young",
    "women",
    "children",
    "future",
    "history",
    "power",
    "money",
    "growth",
    "inflation",
    "interest",
    "rates",
    "bank",
    "trade",
    "border",
    "migration",
    "refugees",
    "security",
    "police",
    "crime",
    "justice",
    "truth",
    "running",
    "runs",
    "argue",
    "argued",
    "believe",
    "should",
    "would",
    "could",
    "must",
    "never",
    "always",
    "again",
    "world",
    "country",
    "nation",
    "city",
    "local",
    "national",
    "global",
    "carbon",
    "emissions",
    "nuclear",
    "wind",
    "solar",
];

/// Syllables per language; words are 1–4 of them, picked by a hash of the rank.
fn syllables(lang: &str) -> &'static [&'static str] {
    match lang {
        "en" => &["ta", "ri", "con", "ver", "ment", "ing", "pol", "ic", "al", "ex", "pro", "tion", "de", "sta", "ly"],
        "fr" => &["gou", "ver", "ne", "ment", "é", "lec", "tion", "pré", "si", "dent", "ré", "for", "mes", "eau"],
        "de" => &["re", "gie", "rung", "wahl", "bund", "es", "tag", "schaft", "ver", "ung", "keit", "lich", "ge"],
        "es" => &["go", "bier", "no", "e", "lec", "ción", "pre", "si", "den", "te", "ley", "es", "ta", "do"],
        "pt" => &["go", "ver", "no", "e", "lei", "ção", "pre", "si", "den", "te", "lí", "ti", "ca", "ões"],
        "it" => &["go", "ver", "no", "e", "le", "zio", "ne", "pre", "si", "den", "te", "leg", "ge", "sta"],
        "tr" => &["ki", "tap", "lar", "ler", "hü", "kü", "met", "seç", "im", "baş", "kan", "yasa", "dev", "let"],
        "ru" => &["вы", "бо", "ры", "пра", "ви", "тель", "ство", "пре", "зи", "дент", "за", "кон", "го", "су"],
        "ar" => &["حك", "و", "مة", "ان", "تخ", "اب", "ات", "رئ", "يس", "قا", "نو", "ن", "دو", "لة"],
        _ => &[],
    }
}

/// The word of a given rank in a language's vocabulary.
fn word(lang: &str, rank: usize) -> String {
    if lang == "en" && rank < ENGLISH.len() {
        return ENGLISH[rank].to_string();
    }
    let mut h = (rank as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ lang.len() as u64;
    let mut next = || {
        h ^= h >> 29;
        h = h.wrapping_mul(0xBF58_476D_1CE4_E5B9);
        h
    };
    if lang == "zh" {
        let n = 1 + (next() % 3) as usize;
        return (0..n).map(|_| char::from_u32(0x4E00 + (next() % 3000) as u32).unwrap_or('中')).collect();
    }
    let syl = syllables(lang);
    let n = 1 + (next() % 4) as usize;
    let mut w: String = (0..n).map(|_| syl[(next() % syl.len() as u64) as usize]).collect();
    // Make ranks distinct even when syllables collide.
    if rank.is_multiple_of(7) {
        w.push_str(syl[rank % syl.len()]);
    }
    w
}

const LANGS: &[(&str, u32)] =
    &[("en", 30), ("fr", 12), ("de", 10), ("es", 10), ("pt", 8), ("it", 7), ("tr", 5), ("ru", 8), ("ar", 5), ("zh", 5)];

fn pick_lang(rng: &mut Rng) -> &'static str {
    let total: u32 = LANGS.iter().map(|l| l.1).sum();
    let mut x = rng.below(total as usize) as u32;
    for (lang, w) in LANGS {
        if x < *w {
            return lang;
        }
        x -= w;
    }
    "en"
}

fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

const FIRST: &[&str] =
    &["Anna", "Marc", "Sofia", "Jean", "Maria", "Ahmet", "Olga", "Luca", "Hans", "Ana", "Leila", "Wei"];
const LAST: &[&str] = &["Smith", "Dubois", "Müller", "García", "Silva", "Rossi", "Yılmaz", "Ivanova", "Haddad", "Chen"];

/// The document with this id: always the same for the same id.
fn make_doc(id: i64) -> IndexDoc {
    let mut rng = Rng(0x1234_5678_9ABC_DEF1 ^ (id as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let lang = pick_lang(&mut rng);
    let sep = if lang == "zh" { "" } else { " " };
    let n_words = 300 + rng.below(501);
    let mut text = String::with_capacity(n_words * 8);
    for i in 0..n_words {
        let w = word(lang, rng.zipf(VOCAB));
        if i.is_multiple_of(60) {
            if i > 0 {
                text.push_str(if lang == "zh" { "。\n\n" } else { ".\n\n" });
            }
            text.push_str(&capitalise(&w));
        } else {
            if i.is_multiple_of(12) {
                text.push(if lang == "zh" { '，' } else { ',' });
            }
            text.push_str(sep);
            text.push_str(&w);
        }
    }
    text.push(if lang == "zh" { '。' } else { '.' });
    let title_len = 4 + rng.below(7);
    let title_words: Vec<String> = (0..title_len).map(|_| word(lang, 10 + rng.zipf(VOCAB - 10))).collect();
    let title = capitalise(&title_words.join(sep));
    let columnist = format!("{} {}", FIRST[rng.below(FIRST.len())], LAST[rng.below(LAST.len())]);
    let publication_id = rng.below(200) as i64;
    let published = (rng.below(50) != 0).then(|| {
        let secs = 1_420_070_400 + rng.below(11 * 365 * 86_400) as i64;
        Timestamp::new(jiff::Timestamp::from_second(secs).unwrap(), 0)
    });
    IndexDoc {
        id,
        title,
        text,
        columnists: vec![columnist],
        publication: format!("Publication {publication_id}"),
        publication_id,
        lang: Some(lang.to_string()),
        country: Some(["GB", "FR", "DE", "ES", "BR", "IT", "TR", "RU", "EG", "CN"][rng.below(10)].to_string()),
        kind: [Kind::Opinion, Kind::Opinion, Kind::News, Kind::Other][rng.below(4)],
        published,
    }
}

fn dir_size(path: &std::path::Path) -> u64 {
    std::fs::read_dir(path).unwrap().map(|e| e.unwrap().metadata().unwrap().len()).sum()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn report(label: &str, mut times: Vec<Duration>, totals: &[usize]) {
    times.sort();
    let mean = times.iter().sum::<Duration>() / times.len() as u32;
    let empty = totals.iter().filter(|t| **t == 0).count();
    println!(
        "{label:>24}: n={} p50={:.2?} p90={:.2?} p99={:.2?} max={:.2?} mean={:.2?} (median total {}, {} with no hit)",
        times.len(),
        percentile(&times, 0.5),
        percentile(&times, 0.9),
        percentile(&times, 0.99),
        times[times.len() - 1],
        mean,
        {
            let mut t = totals.to_vec();
            t.sort();
            t[t.len() / 2]
        },
        empty
    );
}

fn main() {
    let n_docs: i64 = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(100_000);
    let dir = tempfile::tempdir().unwrap();
    let index = SearchIndex::open(dir.path()).unwrap();

    let start = Instant::now();
    let mut words = 0usize;
    let mut bytes = 0usize;
    for id in 1..=n_docs {
        let doc = make_doc(id);
        words += doc.text.split_whitespace().count();
        bytes += doc.text.len() + doc.title.len();
        index.upsert(&doc).unwrap();
        if id % 25_000 == 0 {
            index.commit().unwrap();
            eprintln!("  {id} docs, {:.1?}", start.elapsed());
        }
    }
    index.commit().unwrap();
    let index_time = start.elapsed();
    println!(
        "indexed {n_docs} docs ({} MB of text, {words} space-separated words) in {:.1?} ({:.0} docs/s)",
        bytes / 1_000_000,
        index_time,
        n_docs as f64 / index_time.as_secs_f64()
    );
    println!("index size after commit: {} MB", dir_size(dir.path()) / 1_000_000);
    assert_eq!(index.len().unwrap(), n_docs as u64);

    let mut rng = Rng(42);
    let mut word_queries = Vec::new();
    for _ in 0..1000 {
        let lang = pick_lang(&mut rng);
        let n = 1 + rng.below(3);
        let ws: Vec<String> = (0..n).map(|_| word(lang, 10 + rng.zipf(VOCAB - 10))).collect();
        word_queries.push(ws.join(" "));
    }
    let mut phrase_queries = Vec::new();
    for _ in 0..200 {
        let doc = make_doc(1 + rng.below(n_docs as usize) as i64);
        if doc.lang.as_deref() == Some("zh") {
            let chars: Vec<char> = doc.text.chars().filter(|c| !c.is_whitespace() && !"，。".contains(*c)).collect();
            let at = rng.below(chars.len() - 6);
            phrase_queries.push(format!("\"{}\"", chars[at..at + 3 + rng.below(4)].iter().collect::<String>()));
            continue;
        }
        let ws: Vec<&str> = doc.text.split_whitespace().collect();
        let n = 2 + rng.below(2);
        let at = rng.below(ws.len().saturating_sub(n).max(1));
        let phrase = ws[at..(at + n).min(ws.len())].join(" ");
        phrase_queries.push(format!("\"{phrase}\""));
    }

    // Warm up the page cache and lazily built structures.
    for text in word_queries.iter().take(50) {
        index.search(&SearchQuery { text: text.clone(), ..SearchQuery::default() }).unwrap();
    }

    let texts = |id: i64| {
        let d = make_doc(id);
        Some((d.title, d.text))
    };
    let run = |queries: &[String], newest_first: bool, limit: usize| {
        let mut times = Vec::with_capacity(queries.len());
        let mut totals = Vec::with_capacity(queries.len());
        for text in queries {
            let q = SearchQuery { text: text.clone(), limit, newest_first, ..SearchQuery::default() };
            let t = Instant::now();
            let results = index.search_highlighted(&q, &texts).unwrap();
            times.push(t.elapsed());
            totals.push(results.total);
        }
        (times, totals)
    };
    let (times, totals) = run(&word_queries, false, 20);
    report("1-3 words, relevance", times, &totals);
    let (times, totals) = run(&phrase_queries, false, 20);
    report("phrases, relevance", times, &totals);
    let (times, totals) = run(&word_queries, true, 20);
    report("1-3 words, newest first", times, &totals);
    // Diagnostic: the same with one hit, i.e. mostly matching and ranking, little highlighting.
    let (times, totals) = run(&word_queries, false, 1);
    report("1-3 words, limit 1", times, &totals);
    let first = SearchQuery { text: word_queries[0].clone(), ..SearchQuery::default() };
    let hit = index.search_highlighted(&first, &texts).unwrap();
    if let Some(h) = hit.hits.first() {
        println!("example: {:?} -> {} hits; first: {}\n  {}", word_queries[0], hit.total, h.title_html, h.snippet_html);
    }
}
