//! Opinion, news or other: every signal that speaks to a piece's kind, and the one function that
//! weighs them (rules for a page's own declarations, a small fitted model for the rest).
//!
//! The page's own signals are read here by the extractor ([`page_signals`]); signals from outside
//! the page (the feed item's tags, whether it came dated from a feed, the operator's declaration)
//! are added by the crawl (`colonnade_ingest::merge`). [`decide`] is the only place a kind is
//! chosen, so a crawl and a re-extraction of the same page and evidence agree.

use colonnade_model::Kind;
use colonnade_text::vocab;
use colonnade_url::{PathHint, Url, path_hint};

use crate::dom::{Dom, NodeId, Tag};
use crate::meta::{LdArticle, Meta};

/// What speaks to a piece's kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct KindSignals {
    /// schema.org says opinion (`OpinionNewsArticle`, …) or `article:opinion` is true.
    pub schema_opinion: bool,
    /// The section the page is filed under (JSON-LD `articleSection`, `article:section`) is an
    /// opinion section.
    pub section_opinion: bool,
    /// What the URL path says (`/opinion/…`, `/news/…`).
    pub url: Option<PathHintKind>,
    /// The byline names a columnist's role.
    pub byline_columnist: bool,
    /// The page says the piece is its author's view, not the publication's
    /// ([`vocab::is_opinion_disclaimer`]: "Opinions expressed by … Contributors are their own").
    pub opinion_disclaimer: bool,
    /// schema.org says reporting (`NewsArticle`, `ReportageNewsArticle`, …).
    pub schema_news: bool,
    /// schema.org says review, paper or technical text (`Review`, `ScholarlyArticle`, …), or a
    /// node of the page is a `Recipe`.
    pub schema_other: bool,
    /// The page is labelled paid content (section or URL: "Sponsored", "Anzeige", …).
    pub sponsored: bool,
    /// The section, a URL segment or the headline says guide, recipe, review, product, podcast;
    /// or the text is a recipe's, a list article's or a horoscope's.
    pub other_marker: bool,
    /// The page marks itself up as an article (JSON-LD article, `og:type` article).
    pub article_markup: bool,
    /// The page holds an article's worth of text (over 1,000 characters) and a date.
    pub long_and_dated: bool,
    /// One of the feed item's tags is an opinion label (strong words only).
    pub feed_opinion_tag: bool,
    /// The piece came from a publication's feed, dated, with at least 150 words.
    pub feed_dated_with_text: bool,
    /// The operator declared the kind of every item of the publication.
    pub declared: Option<Kind>,
    /// The headline names an opinion genre ("An open letter to …", "Kommentar: …").
    pub title_genre: bool,
    /// The headline asks a question.
    pub title_question: bool,
    /// The headline reads as a guide, a list of tips, buying advice or a service explainer
    /// ([`vocab::is_guide_title`]): a hint, looser than `other_marker`.
    pub title_guide: bool,
    /// The headline names an interview ([`vocab::is_interview_title`]).
    pub title_interview: bool,
    /// The page credits a person (not only an organisation or a desk) as its author.
    pub person_credited: bool,
    /// How the text is written ([`voice`]).
    pub voice: Voice,
}

/// How a text is written: per thousand words outside quotation marks, the first-person and
/// second-person pronouns, argument markers and reporting markers ([`vocab`]), exclamation and
/// question marks and numbers, and quotation marks per thousand words of the whole text.
/// In a language written without spaces, a word is a measured number of characters ([`voice`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Voice {
    /// Words counted.
    pub words: u32,
    /// First-person pronouns per mille.
    pub first: u16,
    /// First-person plural pronouns per mille (counted in `first` too).
    pub plural: u16,
    /// Second-person pronouns per mille.
    pub second: u16,
    /// Argument markers per mille.
    pub argue: u16,
    /// Reporting markers per mille.
    pub report: u16,
    /// Quotation marks per mille words.
    pub quotes: u16,
    /// Exclamation marks outside quotes per mille words.
    pub exclaims: u16,
    /// Question marks outside quotes per mille words.
    pub questions: u16,
    /// Numbers (words that start with a digit, in any script) outside quotes per mille words.
    pub numbers: u16,
    /// Review words ([`vocab::REVIEW_MARKERS`]) and rating stars outside quotes per mille words.
    pub review: u16,
    /// Connectives of an argument ([`vocab::CONTRAST_MARKERS`]) per mille.
    pub contrast: u16,
    /// Negations ([`vocab::NEGATIONS`]) per mille.
    pub negation: u16,
    /// Words of stance and judgement ([`vocab::STANCE_MARKERS`]) per mille.
    pub stance: u16,
    /// Words of public affairs ([`vocab::PUBLIC_MARKERS`]: government, society, rights, the
    /// economy) per mille.
    pub public: u16,
    /// Words of a narrative's time ([`vocab::NARRATIVE_MARKERS`]: "yesterday", "morning", "then")
    /// per mille: a diary or a story tells what happened next.
    pub narrative: u16,
    /// Characters of code and markup (braces, brackets, angle brackets, `=`, `;`, `_`, `/`, `\`,
    /// `|`, `#`, backticks) per mille words, quoted or not: a tutorial's listings, a wiki's markup.
    pub code: u16,
    /// Paragraphs (lines) read.
    pub lines: u16,
    /// Paragraphs that open with an item's number ("1. ", "12) "): a listicle's or a guide's
    /// parts, per mille words.
    pub numbered: u16,
    /// Paragraphs that end with a question mark: an interview's questions
    /// ([`Voice::is_interview`]).
    pub question_lines: u16,
}

impl Voice {
    /// Written as questions and answers: four or more paragraphs ending with a question mark, a
    /// fifth of all or more. The first person there is the interviewee's, not a columnist's.
    pub fn is_interview(&self) -> bool {
        self.question_lines >= 4 && u32::from(self.question_lines) * 5 >= u32::from(self.lines)
    }
}

/// Fewest words for the voice to count.
const VOICE_MIN_WORDS: u32 = 120;

/// Words read for the voice: the first 3,000 say how a text is written.
const VOICE_MAX_WORDS: u32 = 3_000;

/// [`voice`]'s reading of a line's start: nothing visible yet.
const LEAD_START: u8 = 0;
/// [`voice`]'s reading of a line's start: one or two digits and their "." or ")".
const LEAD_MARK: u8 = 3;
/// [`voice`]'s reading of a line's start: settled.
const LEAD_DONE: u8 = 4;

/// Word lists the voice counts.
const LISTS: usize = 11;

/// [`ASCII_VOICE`] class: a character of code (`{`, `;`, `/`, …).
const VOICE_CODE: u8 = 1;
/// [`ASCII_VOICE`] class: a quotation mark.
const VOICE_QUOTE: u8 = 2;
/// [`ASCII_VOICE`] class: white space.
const VOICE_SPACE: u8 = 4;
/// [`ASCII_VOICE`] class: part of a word (letters, digits, `'`, `-`).
const VOICE_WORD: u8 = 8;
/// Class of a character of a script written without spaces ([`unspaced_weight`]), never ASCII.
const VOICE_UNSPACED: u8 = 16;

/// The classes [`voice`] reads of each ASCII character, as its tests for any character answer
/// them.
static ASCII_VOICE: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut i = 0;
    while i < 128 {
        let c = i as u8 as char;
        if matches!(c, '{' | '}' | '[' | ']' | '<' | '>' | '=' | ';' | '_' | '/' | '\\' | '|' | '#' | '`') {
            t[i] |= VOICE_CODE;
        }
        if c == '"' {
            t[i] |= VOICE_QUOTE;
        }
        if c.is_ascii_whitespace() || c == '\x0B' {
            t[i] |= VOICE_SPACE;
        }
        if c.is_ascii_alphanumeric() || matches!(c, '\'' | '-') {
            t[i] |= VOICE_WORD;
        }
        i += 1;
    }
    t
};

/// The [`ASCII_VOICE`] classes of any character (the table holds them for ASCII).
fn voice_class(c: char) -> u8 {
    let mut class = 0;
    if matches!(c, '{' | '}' | '[' | ']' | '<' | '>' | '=' | ';' | '_' | '/' | '\\' | '|' | '#' | '`') {
        class |= VOICE_CODE;
    }
    // Quotation marks: what they hold is someone else's voice (Chinese and Japanese corner
    // brackets too).
    if matches!(
        c,
        '"' | '\u{201C}' | '\u{201D}' | '\u{AB}' | '\u{BB}' | '\u{201E}' | '\u{201F}' | '「' | '」' | '『' | '』'
    ) {
        class |= VOICE_QUOTE;
    }
    if c.is_whitespace() {
        class |= VOICE_SPACE;
    }
    // Combining marks that are not `Alphabetic` stay inside their word: a virama or a nukta
    // (Hindi "क्योंकि" is one word), Arabic harakat, Latin combining diacritics.
    if c.is_alphanumeric()
        || matches!(c, '\'' | '\u{2019}' | '-' | '\u{0300}'..='\u{036F}' | '\u{064B}'..='\u{065F}' | '\u{0670}')
        || matches!(c, '\u{0900}'..='\u{0963}' | '\u{0966}'..='\u{0DFF}')
    {
        class |= VOICE_WORD;
    }
    class
}

/// How many hundredths of a word a character of a script written without spaces stands for in
/// the voice's word count, so that its rates per mille compare with a spaced language's; `None`
/// for a character of a spaced script. Measured on eight sentences translated from English (136
/// words: a declaration, news, a column, a diary): 200 Han characters in Chinese (1.47 a word);
/// in Japanese 108 Han and 200 kana, which at a Han character's 0.68 word leaves 0.31 a kana;
/// 461 Thai letters (3.4 a word). Thai vowel and tone marks (and the other marks of the unspaced
/// scripts) are part of the run but stand for nothing; `々` repeats the character before it.
fn unspaced_weight(c: char) -> Option<u32> {
    if colonnade_text::is_unspaced_char(c) {
        Some(match c {
            '\u{3040}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9F}' => 31,
            '\u{0E00}'..='\u{109F}' | '\u{1780}'..='\u{17FF}' => 30,
            _ => 68,
        })
    } else if c == '々' {
        Some(68)
    } else if matches!(c, '\u{0E31}'..='\u{0E4E}' | '\u{0EB1}'..='\u{0ECD}' | '\u{17B4}'..='\u{17D3}' | '\u{102B}'..='\u{103E}')
    {
        Some(0)
    } else {
        None
    }
}

/// An unspaced marker ([`vocab::FIRST_PERSON_SINGULAR_UNSPACED`] …) and the characters around it
/// that cancel it ([`vocab::UNSPACED_CONTEXTS`]).
struct UnspacedMarker {
    /// Its characters, last first.
    reversed: Vec<char>,
    /// The lists it is in (a bit per list, as in [`Lexicon::words`]).
    lists: u16,
    /// Characters it may not follow.
    not_after: &'static str,
    /// Characters it may not precede.
    not_before: &'static str,
}

/// Characters of an unspaced run the voice keeps: the longest marker and one before it, and the
/// one after.
const UNSPACED_WINDOW: usize = 16;

/// The run of unspaced characters [`voice`] is reading: its last characters, how many, where the
/// next goes, and the hundredths of a word read in all runs.
#[derive(Default)]
struct UnspacedRun {
    window: [char; UNSPACED_WINDOW],
    len: usize,
    at: usize,
    words: u32,
}

impl UnspacedRun {
    /// A character of the run: the one before it ends a marker or not, now that the next is known.
    #[inline(never)]
    fn push(&mut self, lex: &Lexicon, c: char, weight: u32) -> u16 {
        self.words += weight;
        self.window[self.at % UNSPACED_WINDOW] = c;
        self.at = self.at.wrapping_add(1);
        self.len += 1;
        if self.len < 2 {
            return 0;
        }
        lex.unspaced_marker(&self.window, self.at.wrapping_sub(2), self.len - 1, c)
    }

    /// The run ends: its last character can now be read.
    #[cold]
    fn end(&mut self, lex: &Lexicon) -> u16 {
        let bits = lex.unspaced_marker(&self.window, self.at.wrapping_sub(1), self.len, '\0');
        self.len = 0;
        bits
    }
}

/// The classes of a character that is not ASCII ([`voice_class`], or [`VOICE_UNSPACED`] and its
/// share of a word), and the groups of letters it belongs to, counted into `letters`.
#[inline(never)]
fn non_ascii_class(c: char, letters: &mut [u32; 8]) -> (u8, u32) {
    let group = vocab::voice_letters(c);
    if group != 0 {
        for (i, n) in letters.iter_mut().enumerate() {
            *n += u32::from(group >> i & 1);
        }
    }
    match unspaced_weight(c) {
        Some(w) => (VOICE_WORD | VOICE_UNSPACED, w),
        None => (voice_class(c), 0),
    }
}

/// Everything the voice looks words up in, built once.
struct Lexicon {
    /// Per word, a bit per list it is in (the order of `voice`'s counts); a word under a letter
    /// condition also carries its index in `conditions` plus one above bit 16.
    words: HashMap<&'static str, u32>,
    /// The lists of each word of [`vocab::VOICE_LETTER_CONDITIONS`], and the letters it requires
    /// and excludes.
    conditions: Vec<(u16, u8, u8)>,
    /// [`vocab::PERSON_ENDINGS`]: the ending, the fewest characters of the word, and the value a
    /// word so ending takes (its condition's index plus one above bit 16: the condition holds the
    /// letters the text must show).
    endings: Vec<(&'static str, usize, u32)>,
    /// Unspaced markers by their last character, longest first.
    unspaced: HashMap<char, Vec<UnspacedMarker>>,
}

type HashMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;

/// Most words under a letter condition.
const MAX_CONDITIONS: usize = 32;

impl Lexicon {
    fn get() -> &'static Lexicon {
        static LEXICON: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
        LEXICON.get_or_init(|| {
            // In the order of the counts `voice` keeps.
            let spaced: [&[&str]; LISTS] = [
                vocab::FIRST_PERSON_SINGULAR,
                vocab::SECOND_PERSON,
                vocab::ARGUMENT_MARKERS,
                vocab::REPORTING_MARKERS,
                vocab::FIRST_PERSON_PLURAL,
                vocab::REVIEW_MARKERS,
                vocab::CONTRAST_MARKERS,
                vocab::NEGATIONS,
                vocab::STANCE_MARKERS,
                vocab::PUBLIC_MARKERS,
                vocab::NARRATIVE_MARKERS,
            ];
            let unspaced: [&[&str]; LISTS] = [
                vocab::FIRST_PERSON_SINGULAR_UNSPACED,
                vocab::SECOND_PERSON_UNSPACED,
                vocab::ARGUMENT_MARKERS_UNSPACED,
                vocab::REPORTING_MARKERS_UNSPACED,
                vocab::FIRST_PERSON_PLURAL_UNSPACED,
                vocab::REVIEW_MARKERS_UNSPACED,
                vocab::CONTRAST_MARKERS_UNSPACED,
                vocab::NEGATIONS_UNSPACED,
                vocab::STANCE_MARKERS_UNSPACED,
                vocab::PUBLIC_MARKERS_UNSPACED,
                vocab::NARRATIVE_MARKERS_UNSPACED,
            ];
            let bits = |all: &[&[&'static str]; LISTS]| {
                let mut m: HashMap<&'static str, u16> = HashMap::default();
                for (bit, list) in all.iter().enumerate() {
                    for w in *list {
                        *m.entry(w).or_default() |= 1 << bit;
                    }
                }
                // A plural pronoun is a first-person one too.
                for w in all[4] {
                    *m.entry(w).or_default() |= 1;
                }
                m
            };
            let mut words: HashMap<&'static str, u32> =
                bits(&spaced).into_iter().map(|(w, b)| (w, u32::from(b))).collect();
            let mut conditions = Vec::new();
            for &(w, requires, excludes) in vocab::VOICE_LETTER_CONDITIONS.iter().take(MAX_CONDITIONS) {
                if let Some(v) = words.get_mut(w) {
                    conditions.push((*v as u16, requires, excludes));
                    *v |= (conditions.len() as u32) << 16;
                }
            }
            let mut by_last: HashMap<char, Vec<UnspacedMarker>> = HashMap::default();
            for (m, lists) in bits(&unspaced) {
                let reversed: Vec<char> = m.chars().rev().collect();
                let (not_after, not_before) = vocab::UNSPACED_CONTEXTS
                    .iter()
                    .find(|c| c.0 == m)
                    .map_or(("", ""), |&(_, after, before)| (after, before));
                if let Some(&last) = reversed.first().filter(|_| reversed.len() < UNSPACED_WINDOW - 1) {
                    by_last.entry(last).or_default().push(UnspacedMarker { reversed, lists, not_after, not_before });
                }
            }
            for markers in by_last.values_mut() {
                markers.sort_by(|a, b| b.reversed.len().cmp(&a.reversed.len()).then(a.reversed.cmp(&b.reversed)));
            }
            // Person endings count under their letters' condition, one condition per lists and
            // letters (the glued pronoun is the language's).
            let mut endings = Vec::new();
            for &(ending, min_chars, lists, requires) in vocab::PERSON_ENDINGS {
                let mut bits = 0u16;
                for (flag, bit) in [
                    (vocab::ENDING_FIRST_SINGULAR, 1),
                    (vocab::ENDING_FIRST_PLURAL, 1 << 4 | 1),
                    (vocab::ENDING_SECOND, 1 << 1),
                    (vocab::ENDING_ARGUE, 1 << 2),
                ] {
                    if lists & flag != 0 {
                        bits |= bit;
                    }
                }
                let index = match conditions.iter().position(|&c| c == (bits, requires, 0)) {
                    Some(i) => i,
                    None => {
                        conditions.push((bits, requires, 0));
                        conditions.len() - 1
                    }
                };
                endings.push((ending, usize::from(min_chars), (index as u32 + 1) << 16));
            }
            for w in vocab::PERSON_ENDING_EXCEPTIONS {
                words.entry(*w).or_insert(0);
            }
            Lexicon { words, conditions, endings, unspaced: by_last }
        })
    }

    /// The lists of a word (lowercase), and its letter condition's index plus one; in a Turkish
    /// text, a word not found is read by its ending or its stem ([`Lexicon::turkish`]); a Hangul
    /// word not found is looked up again without a particle ([`vocab::KOREAN_PARTICLES`]).
    fn word(&self, word: &str, turkish: bool) -> u32 {
        if let Some(&v) = self.words.get(word) {
            return v;
        }
        // Most words end with an ASCII letter: no particle to take off.
        if word.as_bytes().last().is_none_or(u8::is_ascii)
            || !word.ends_with(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
        {
            return if turkish { self.turkish(word) } else { 0 };
        }
        for &(particle, after_consonant) in vocab::KOREAN_PARTICLES {
            let Some(stem) = word.strip_suffix(particle) else { continue };
            // A Hangul syllable ends with a consonant when its index is not a multiple of 28.
            let Some(last) = stem.chars().next_back().filter(|c| ('\u{AC00}'..='\u{D7A3}').contains(c)) else {
                continue;
            };
            let consonant = (u32::from(last) - 0xAC00) % 28 != 0;
            if after_consonant.is_none_or(|a| a == consonant)
                && let Some(&v) = self.words.get(stem)
            {
                return v;
            }
        }
        0
    }

    /// A Turkish word not in the lists: a person glued to it ([`vocab::PERSON_ENDINGS`]; their
    /// condition settles it on the whole text's letters), else its stem's lists without one or
    /// two suffixes ([`vocab::TURKISH_SUFFIXES`]: "hükümetlerin", of the governments).
    fn turkish(&self, word: &str) -> u32 {
        if word.len() < 5 || word.ends_with(|c: char| c.is_ascii_digit()) {
            return 0;
        }
        if let Some(&(_, _, v)) = self
            .endings
            .iter()
            .find(|&&(ending, min_chars, _)| word.ends_with(ending) && word.chars().count() >= min_chars)
        {
            return v;
        }
        // A stem of four characters or more.
        let stem = |s: &&str| s.chars().nth(3).is_some();
        for &suffix in vocab::TURKISH_SUFFIXES {
            let Some(once) = word.strip_suffix(suffix).filter(stem) else { continue };
            if let Some(&v) = self.words.get(once) {
                return v;
            }
            for &suffix in vocab::TURKISH_SUFFIXES {
                if let Some(&v) = once.strip_suffix(suffix).filter(stem).and_then(|s| self.words.get(s)) {
                    return v;
                }
            }
        }
        0
    }

    /// The lists of the unspaced marker that ends at `window[end]` (the longest whose
    /// context allows it), `avail` characters of the run ending there, `next` the character after
    /// it (`'\0'` at the end of the run).
    fn unspaced_marker(&self, window: &[char; UNSPACED_WINDOW], end: usize, avail: usize, next: char) -> u16 {
        let at = |back: usize| window[end.wrapping_sub(back) % UNSPACED_WINDOW];
        let Some(markers) = self.unspaced.get(&at(0)) else { return 0 };
        for m in markers {
            let n = m.reversed.len();
            if n > avail || (1..n).any(|k| at(k) != m.reversed[k]) {
                continue;
            }
            let before = if n < avail { at(n) } else { '\0' };
            if !m.not_after.contains(before) && !m.not_before.contains(next) {
                return m.lists;
            }
        }
        0
    }
}

/// Reads the [`Voice`] of a text.
///
/// Words are looked up in [`vocab`]'s lists. A text in a script written without spaces (Chinese,
/// Japanese, Thai) is read by runs: each character of a run adds its share of a word
/// (`unspaced_weight`), and the markers of the unspaced lists are found where they end, with one
/// character of context on each side; a page may mix both.
pub fn voice(text: &str) -> Voice {
    let lex = Lexicon::get();
    // Words, then per list (in the order of `Lexicon::get`); then '!', '?', numbers.
    let (mut words, mut quotes, mut counts) = (0u32, 0u32, [0u32; LISTS]);
    let (mut exclaims, mut questions, mut numbers, mut code) = (0u32, 0u32, 0u32, 0u32);
    let (mut lines, mut question_lines, mut last_visible) = (0u16, 0u16, None::<char>);
    // How far the line has read as an item's number: `LEAD_START` (nothing visible yet), 1 or 2
    // digits, `LEAD_MARK` (the digits' "." or ")"), `LEAD_DONE` (not an item, or counted).
    let (mut lead, mut numbered) = (LEAD_START, 0u32);
    // Hits of words under a letter condition, and the letters of each group seen.
    let (mut conditional, mut letters) = ([0u32; MAX_CONDITIONS], [0u32; 8]);
    // The unspaced characters read, and the spaced words still to read once they are counted.
    let (mut run, mut max_words) = (UnspacedRun::default(), VOICE_MAX_WORDS);
    // A paragraph ends: count it, and whether it asked a question.
    let end_line = |last: char, lines: &mut u16, questions: &mut u16| {
        *lines = lines.saturating_add(1);
        *questions = questions.saturating_add(u16::from(matches!(last, '?' | '？' | '؟')));
    };
    let add = |counts: &mut [u32; LISTS], bits: u16| {
        if bits != 0 {
            for (i, c) in counts.iter_mut().enumerate() {
                *c += u32::from(bits >> i & 1);
            }
        }
    };
    let mut in_quote = false;
    let mut word = String::new();
    // Whether the word has an uppercase letter, and a lowercase one: an acronym of two letters or
    // more ("EU", "US") is not the word it spells in lowercase (Portuguese "eu", I; "us"), and
    // English "I" is a capital (Italian "i", the; Polish "i", and).
    let mut case = (false, false);
    let flush = |word: &mut String,
                 case: &mut (bool, bool),
                 counts: &mut [u32; LISTS],
                 conditional: &mut [u32; MAX_CONDITIONS],
                 words: &mut u32,
                 numbers: &mut u32,
                 letters: &[u32; 8]| {
        if word.is_empty() {
            return;
        }
        *words += 1;
        // In any script's digits: "২০২৬", "۱۴۰۵", "१५" (ASCII asked first, in place).
        *numbers += u32::from(
            word.chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit() || (!c.is_ascii() && colonnade_text::is_any_digit(c))),
        );
        let (upper, lower) = std::mem::take(case);
        let acronym = upper && !lower && word.chars().nth(1).is_some();
        let small_i = word == "i" && !upper;
        if !acronym && !small_i {
            // Turkish glues persons and cases to its words: read them where the text is Turkish
            // so far (a Turkish letter every ten words; a German text naming "Erdoğan" is not).
            let t = letters[vocab::LETTERS_TURKISH.trailing_zeros() as usize];
            let v = lex.word(word, t >= 3 && t * 10 >= *words);
            match (v >> 16) as usize {
                0 => add(counts, v as u16),
                i => conditional[i - 1] += 1,
            }
        }
        word.clear();
    };
    for c in text.chars() {
        if words >= max_words {
            break;
        }
        // ASCII, most of the text in most languages, by one table look-up.
        let (class, weight) =
            if c.is_ascii() { (ASCII_VOICE[c as usize], 0) } else { non_ascii_class(c, &mut letters) };
        if run.len > 0 && (class & VOICE_UNSPACED == 0 || in_quote) {
            add(&mut counts, run.end(lex));
        }
        code += u32::from(class & VOICE_CODE != 0);
        if lead != LEAD_DONE {
            lead = match (lead, c) {
                (LEAD_START, _) if class & VOICE_SPACE != 0 => LEAD_START,
                (LEAD_START..=1, '0'..='9') => lead + 1,
                (1 | 2, '.' | ')') => LEAD_MARK,
                (LEAD_MARK, _) if class & VOICE_SPACE != 0 => {
                    numbered += 1;
                    LEAD_DONE
                }
                _ => LEAD_DONE,
            };
        }
        if class & VOICE_QUOTE != 0 {
            quotes += 1;
            in_quote = !in_quote;
            word.clear();
            case = (false, false);
            continue;
        }
        if c == '\n' {
            in_quote = false;
            lead = LEAD_START;
            if let Some(last) = last_visible.take() {
                end_line(last, &mut lines, &mut question_lines);
            }
        } else if class & VOICE_SPACE == 0 {
            last_visible = Some(c);
        }
        if in_quote {
            continue;
        }
        if class & VOICE_WORD != 0 {
            if class & VOICE_UNSPACED != 0 {
                flush(&mut word, &mut case, &mut counts, &mut conditional, &mut words, &mut numbers, &letters);
                add(&mut counts, run.push(lex, c, weight));
                max_words = VOICE_MAX_WORDS.saturating_sub(run.words / 100);
                continue;
            }
            case.0 |= c.is_uppercase();
            case.1 |= c.is_lowercase();
            if c.is_ascii() {
                word.push(c.to_ascii_lowercase());
            } else {
                word.extend(c.to_lowercase());
            }
        } else {
            exclaims += u32::from(matches!(c, '!' | '！'));
            // A rating's stars count as review words.
            counts[5] += u32::from(matches!(c, '★' | '☆'));
            questions += u32::from(matches!(c, '?' | '？' | '؟'));
            flush(&mut word, &mut case, &mut counts, &mut conditional, &mut words, &mut numbers, &letters);
        }
    }
    if run.len > 0 {
        add(&mut counts, run.end(lex));
    }
    flush(&mut word, &mut case, &mut counts, &mut conditional, &mut words, &mut numbers, &letters);
    if let Some(last) = last_visible {
        end_line(last, &mut lines, &mut question_lines);
    }
    let words = words + run.words / 100;
    if words == 0 {
        return Voice::default();
    }
    // Words under a letter condition count where the text's letters allow them: a group of
    // letters is there at one per hundred words, and two.
    let seen = (0..8).fold(0u8, |seen, i| seen | (u8::from(letters[i] >= 2 + words / 100) << i));
    for (&(bits, requires, excludes), &n) in lex.conditions.iter().zip(&conditional) {
        if n > 0 && (requires == 0 || seen & requires != 0) && seen & excludes == 0 {
            for _ in 0..n {
                add(&mut counts, bits);
            }
        }
    }
    let per_mille = |n: u32| (u64::from(n) * 1000 / u64::from(words)).min(u64::from(u16::MAX)) as u16;
    Voice {
        words,
        first: per_mille(counts[0]),
        plural: per_mille(counts[4]),
        second: per_mille(counts[1]),
        argue: per_mille(counts[2]),
        report: per_mille(counts[3]),
        quotes: per_mille(quotes),
        exclaims: per_mille(exclaims),
        questions: per_mille(questions),
        numbers: per_mille(numbers),
        review: per_mille(counts[5]),
        contrast: per_mille(counts[6]),
        negation: per_mille(counts[7]),
        stance: per_mille(counts[8]),
        public: per_mille(counts[9]),
        narrative: per_mille(counts[10]),
        code: per_mille(code),
        lines,
        numbered: per_mille(numbered),
        question_lines,
    }
}

/// FNV-1a: the voice looks up every word of a text in a small fixed table, where SipHash's
/// resistance to chosen keys buys nothing and costs time.
#[derive(Default)]
struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// What a URL path says, as a plain value (so [`KindSignals`] stays `Copy` and comparable).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathHintKind {
    /// An opinion section.
    Opinion,
    /// A news section.
    News,
}

/// The kind the signals give: the strong signals by rule ([`rule`]), else the model
/// ([`model_scores`]) over every other signal and the voice. An interview (by its headline or its
/// questions and answers, [`KindSignals::is_interview`]) is never the model's opinion: the first
/// person and the argument in it are the interviewee's, and the piece is reporting.
pub fn decide(s: &KindSignals) -> Kind {
    rule(s).unwrap_or_else(|| {
        let mut scores = model_scores(s);
        if s.is_interview() {
            scores[0] = f64::NEG_INFINITY;
        }
        let best = (0..KINDS.len()).fold(0, |best, k| if scores[k] > scores[best] { k } else { best });
        KINDS[best]
    })
}

/// What the strong signals settle on their own, before the model: the operator's declaration
/// wins; paid content, schema.org reviews and recipes are other; then a schema.org opinion type,
/// an opinion section (its metadata, breadcrumb or kicker), an opinion URL segment, a columnist's
/// role in the byline, an author's-view disclaimer or an opinion feed tag make opinion; then a
/// guide, recipe or review label makes other. Each is a page's (or its publisher's) own declaration, and on the labelled pages
/// (bench/kind/README.md) none of them was wrong.
pub fn rule(s: &KindSignals) -> Option<Kind> {
    if let Some(k) = s.declared {
        return Some(k);
    }
    if s.sponsored || s.schema_other {
        return Some(Kind::Other);
    }
    if s.schema_opinion
        || s.section_opinion
        || s.url == Some(PathHintKind::Opinion)
        || s.byline_columnist
        || s.opinion_disclaimer
        || s.feed_opinion_tag
    {
        return Some(Kind::Opinion);
    }
    if s.other_marker {
        return Some(Kind::Other);
    }
    None
}

/// The kinds in the order of the model's rows.
pub const KINDS: [Kind; 3] = [Kind::Opinion, Kind::News, Kind::Other];

/// Inputs of the model, in the order of [`KindSignals::features`]. Rates are `ln(1 + per
/// mille)` and zero when the voice was not read (under `VOICE_MIN_WORDS` (120) words, or a language
/// written without spaces).
pub const FEATURES: [&str; FEATURE_COUNT] = [
    "schema_news",
    "url_news",
    "article_markup",
    "dated_text",
    "title_genre",
    "title_question",
    "title_guide",
    "person_credited",
    "voiced",
    "first_singular",
    "first_plural",
    "second",
    "argue",
    "report",
    "quotes",
    "exclaims",
    "questions",
    "numbers",
    "review",
    "contrast",
    "negation",
    "stance",
    "public",
    "narrative",
    "code",
    "numbered",
    "interview",
    "long_text",
    "paragraph_words",
];

/// How many inputs the model has.
pub const FEATURE_COUNT: usize = 29;

impl KindSignals {
    /// Written as an interview: the headline says so, or the text is questions and answers
    /// ([`Voice::is_interview`], read from a text long enough for the voice).
    pub fn is_interview(&self) -> bool {
        self.title_interview || (self.voice.words >= VOICE_MIN_WORDS && self.voice.is_interview())
    }

    /// The model's inputs, named by [`FEATURES`].
    pub fn features(&self) -> [f64; FEATURE_COUNT] {
        let b = |x: bool| if x { 1.0 } else { 0.0 };
        let v = &self.voice;
        let voiced = v.words >= VOICE_MIN_WORDS;
        let rate = |per_mille: u16| if voiced { f64::from(per_mille).ln_1p() } else { 0.0 };
        let words = f64::from(v.words);
        [
            b(self.schema_news),
            b(self.url == Some(PathHintKind::News)),
            b(self.article_markup),
            b(self.long_and_dated || self.feed_dated_with_text),
            b(self.title_genre),
            b(self.title_question),
            b(self.title_guide),
            b(self.person_credited),
            b(voiced),
            rate(v.first.saturating_sub(v.plural)),
            rate(v.plural),
            rate(v.second),
            rate(v.argue),
            rate(v.report),
            rate(v.quotes),
            rate(v.exclaims),
            rate(v.questions),
            rate(v.numbers),
            rate(v.review),
            rate(v.contrast),
            rate(v.negation),
            rate(v.stance),
            rate(v.public),
            rate(v.narrative),
            rate(v.code),
            rate(v.numbered),
            b(self.is_interview()),
            // Length in words, and words per paragraph, on a log scale (a short note, a long essay).
            if voiced { (words / 100.0).ln_1p() } else { 0.0 },
            if voiced { (words / f64::from(v.lines.max(1))).ln_1p() } else { 0.0 },
        ]
    }
}

/// The model's score for each of [`KINDS`] (a multinomial logistic regression: the largest
/// wins; the softmax of the scores gives probabilities). Only differences between the kinds'
/// weights matter: a weight says how much an input moves one kind against the others.
pub fn model_scores(s: &KindSignals) -> [f64; 3] {
    let x = s.features();
    let mut scores = MODEL_BIAS;
    for (k, score) in scores.iter_mut().enumerate() {
        *score += MODEL_WEIGHTS[k].iter().zip(x).map(|(w, x)| w * x).sum::<f64>();
    }
    scores
}

// The model's weights, written by `python3 bench/kind/fit.py --write bench/kind/features/*.jsonl`
// from the inputs `bench/kind/dump.sh` (`colonnade eval extract --features FILE`) dumps for the
// labelled pages of webmix, the Readability corpus and tests/corpus/kindmix: a multinomial
// logistic regression with an L2 penalty, its penalty and the weight of an opinion page chosen by
// cross-validation grouped by site (bench/kind/README.md). Refit when the features, the
// vocabulary or the labels change.
// @generated-weights-begin
// lambda 1.0, opinion weight 2.0; 562 labelled pages, 502 left to the model.
/// Intercepts of the model, per [`KINDS`].
#[allow(clippy::approx_constant, reason = "fitted weights, not the constants they may round to")]
const MODEL_BIAS: [f64; 3] = [-7.5339, 3.0402, 4.4937];
/// Weights of the model, per [`KINDS`] and [`FEATURES`].
#[rustfmt::skip]
#[allow(clippy::approx_constant, reason = "fitted weights, not the constants they may round to")]
const MODEL_WEIGHTS: [[f64; FEATURE_COUNT]; 3] = [
    // opinion
    [
        -0.2527, // schema_news
        -0.6125, // url_news
        0.4764, // article_markup
        -0.4550, // dated_text
        0.5422, // title_genre
        0.7422, // title_question
        -1.1659, // title_guide
        0.0075, // person_credited
        0.0001, // voiced
        0.3655, // first_singular
        0.2608, // first_plural
        0.0728, // second
        0.6931, // argue
        -0.3284, // report
        -0.0829, // quotes
        0.2062, // exclaims
        -0.1300, // questions
        -0.1139, // numbers
        -0.2080, // review
        0.7438, // contrast
        0.8942, // negation
        0.0679, // stance
        0.8960, // public
        -0.6816, // narrative
        0.0815, // code
        -0.7543, // numbered
        -1.5646, // interview
        0.3570, // long_text
        0.4731, // paragraph_words
    ],
    // news
    [
        1.2620, // schema_news
        1.1987, // url_news
        -0.3656, // article_markup
        1.1937, // dated_text
        -0.0895, // title_genre
        -0.4029, // title_question
        -0.1636, // title_guide
        0.3144, // person_credited
        0.2334, // voiced
        -0.3681, // first_singular
        -0.1298, // first_plural
        -0.5045, // second
        -0.3654, // argue
        0.7244, // report
        0.2812, // quotes
        0.0082, // exclaims
        -0.2045, // questions
        0.4274, // numbers
        -0.4505, // review
        -0.0371, // contrast
        -0.7565, // negation
        -0.2143, // stance
        -0.3494, // public
        0.0924, // narrative
        -0.3314, // code
        0.0623, // numbered
        2.3387, // interview
        -0.8187, // long_text
        -0.1668, // paragraph_words
    ],
    // other
    [
        -1.0093, // schema_news
        -0.5863, // url_news
        -0.1107, // article_markup
        -0.7387, // dated_text
        -0.4527, // title_genre
        -0.3394, // title_question
        1.3295, // title_guide
        -0.3219, // person_credited
        -0.2335, // voiced
        0.0027, // first_singular
        -0.1310, // first_plural
        0.4317, // second
        -0.3277, // argue
        -0.3960, // report
        -0.1983, // quotes
        -0.2144, // exclaims
        0.3345, // questions
        -0.3135, // numbers
        0.6585, // review
        -0.7066, // contrast
        -0.1377, // negation
        0.1464, // stance
        -0.5467, // public
        0.5891, // narrative
        0.2499, // code
        0.6920, // numbered
        -0.7742, // interview
        0.4617, // long_text
        -0.3063, // paragraph_words
    ],
];
// @generated-weights-end

/// Whether a section name says opinion, in any of the languages we know ("Opinion & Analysis",
/// "Columnists", "Köşe Yazıları", and as a whole name "Voices", "Blogs", "Letters").
pub fn is_opinion_section(section: &str) -> bool {
    vocab::is_opinion_label(section, true)
}

/// Whether a topic tag (a feed item's category, one of many) says opinion: only the strong
/// words, since a tag such as "Ideas" or "Voices" is often just a topic.
pub fn is_opinion_tag(tag: &str) -> bool {
    vocab::is_opinion_label(tag, false)
}

/// What the extractor found on a page that speaks to its kind.
#[derive(Debug, Clone, Copy)]
pub struct Page<'a> {
    /// The page's metadata.
    pub meta: &'a Meta,
    /// The JSON-LD article describing the page.
    pub ld: Option<&'a LdArticle>,
    /// The section it is filed under.
    pub section: Option<&'a str>,
    /// Its canonical (or fetched) URL.
    pub url: Option<&'a Url>,
    /// The byline as printed.
    pub byline: Option<&'a str>,
    /// The headline.
    pub title: Option<&'a str>,
    /// The main text.
    pub text: &'a str,
    /// A byline-like element of the page names a columnist's role ([`printed_role`]).
    pub printed_role: bool,
    /// The page says the piece is its author's view ([`PageMarks::opinion_disclaimer`], or a
    /// disclaimer the extractor took out of the text).
    pub opinion_disclaimer: bool,
    /// The page says the piece is sponsored (a disclosure the extractor took out of the text:
    /// "This article was produced in partnership with …").
    pub sponsored_disclosure: bool,
    /// Labels the page shows for its own section: breadcrumb items and a label by the headline
    /// ([`page_labels`]).
    pub labels: &'a [String],
    /// Over 1,000 characters of text and a date.
    pub long_and_dated: bool,
    /// A person (not only an organisation) is credited as the author.
    pub person_credited: bool,
}

/// The signals a page gives about itself.
pub fn page_signals(page: &Page<'_>) -> KindSignals {
    let Page {
        meta,
        ld,
        section,
        url,
        byline,
        title,
        text,
        printed_role,
        opinion_disclaimer,
        sponsored_disclosure,
        labels,
        long_and_dated,
        person_credited,
    } = *page;
    let sections: Vec<&str> = section
        .into_iter()
        .chain(labels.iter().map(String::as_str))
        .chain(title.and_then(title_kicker))
        .chain(title.and_then(title_label))
        .chain(meta.get(&["parsely-section", "article:section", "section"]))
        .chain(meta.get(&["article:tag", "parsely-tags"]).filter(|t| vocab::is_sponsored_label(t)))
        .collect();
    let segments: Vec<String> = url
        .and_then(|u| u.path_segments())
        .map(|segs| {
            segs.filter(|s| !s.is_empty() && s.len() <= 40)
                .map(|s| {
                    let s = s.rsplit_once('.').map_or(s, |(stem, _)| stem);
                    colonnade_url::percent_decode(s, false).into_owned()
                })
                .collect()
        })
        .unwrap_or_default();
    let sponsored = sections.iter().any(|s| vocab::is_sponsored_label(s))
        || segments.iter().any(|s| vocab::is_sponsored_label(s))
        || meta.get(&["sponsored", "article:content_tier"]).is_some_and(vocab::is_sponsored_label)
        || ld.is_some_and(LdArticle::is_sponsored)
        || sponsored_disclosure;
    // A section segment (not the last, the piece's own slug) may join words: `/travel-tips/`.
    let sections_in_path = segments.len().saturating_sub(1);
    let other_marker = sections.iter().any(|s| vocab::is_other_label(s))
        || segments.iter().any(|s| vocab::is_other_label(s))
        || segments[..sections_in_path].iter().any(|s| vocab::is_other_compound(s))
        || title.is_some_and(vocab::is_other_title)
        // A site's page about itself: "/about/", "/impressum".
        || url.is_some_and(|u| vocab::is_about_page_path(u.path()))
        // A recipe: its ingredients under a heading of their own ("Ingredientes", "Zutaten").
        || text.lines().any(vocab::is_ingredients_heading)
        // A list article: "7 места в Родопите, които да посетите", its places numbered.
        || title.is_some_and(|t| is_list_article(t, text))
        // A horoscope: a part for each sign of the zodiac.
        || vocab::is_horoscope(text);
    KindSignals {
        schema_news: ld.is_some_and(LdArticle::is_news),
        schema_other: ld.is_some_and(LdArticle::is_other) || meta.ld_recipe,
        sponsored,
        other_marker,
        schema_opinion: ld.is_some_and(LdArticle::is_opinion)
            || meta.get(&["article:opinion"]).is_some_and(|v| v.eq_ignore_ascii_case("true")),
        section_opinion: sections.iter().any(|s| is_opinion_section(s))
            || title_tag_says_opinion(meta)
            // A genre's label opening the byline: "Komentar Tomaž Novak 5. 3. 2026".
            || byline.and_then(|b| b.split_whitespace().next()).is_some_and(|w| {
                let w = w.trim_end_matches([':', '|', '·']);
                w.chars().next().is_some_and(char::is_uppercase) && vocab::is_opinion_section(w)
            }),
        url: url.and_then(|u| match path_hint(u) {
            PathHint::Opinion => Some(PathHintKind::Opinion),
            PathHint::News => Some(PathHintKind::News),
            PathHint::None => None,
        }),
        byline_columnist: printed_role
            || byline.is_some_and(vocab::is_columnist_role)
            || text
                .trim_end()
                .rsplit('\n')
                .filter(|l| !l.trim().is_empty())
                .take(3)
                .any(|line| signature(line).is_some_and(vocab::is_columnist_role)),
        opinion_disclaimer,
        article_markup: ld.is_some() || meta.get(&["og:type"]).is_some_and(|t| t.eq_ignore_ascii_case("article")),
        long_and_dated,
        title_genre: title.is_some_and(vocab::is_opinion_title),
        title_question: title.is_some_and(|t| t.trim_end().ends_with(['?', '？', '؟'])),
        title_guide: title.is_some_and(vocab::is_guide_title),
        title_interview: title.is_some_and(vocab::is_interview_title),
        person_credited,
        voice: voice(text),
        ..KindSignals::default()
    }
}

/// Whether a page is a list article: its headline opens with a count of five to ninety-nine ("10
/// things to know before you relocate", "8 tavaszi kirándulóhely") and its text numbers three
/// parts or more ("1. Белинташ"). A report's count ("15 killed as …") numbers no parts.
fn is_list_article(title: &str, text: &str) -> bool {
    let count = title.split_whitespace().next().and_then(|w| w.parse::<u32>().ok());
    if !count.is_some_and(|n| (5..100).contains(&n)) {
        return false;
    }
    let item = |line: &str| {
        let line = line.trim_start();
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        (1..=2).contains(&digits)
            && line[digits..].starts_with(['.', ')'])
            && line[digits + 1..].starts_with(char::is_whitespace)
    };
    text.lines().filter(|l| item(l)).nth(2).is_some()
}

/// Whether the page's `<title>` files it under an opinion label, as a part of its own between
/// separators: "Opinion | Cities Built Garages … - The New York Standard", "O rio … | Opinião |
/// Diário Lisboeta". Only a strong word standing as the whole part counts ([`is_opinion_tag`]:
/// "Opinion", "Kolumne", "Meinung", not "Ideas" or "Comment"); the last part, where the site's
/// name stands, and a part that is the site's name ("L'Opinion") do not.
fn title_tag_says_opinion(meta: &Meta) -> bool {
    let Some(title) = meta.title_tag.as_deref() else { return false };
    let seps = vocab::spaced_title_separators();
    if !seps.iter().any(|sep| title.contains(sep.as_str())) {
        return false;
    }
    let mut parts: Vec<&str> = vec![title];
    for sep in seps {
        parts = parts.iter().flat_map(|p| p.split(sep.as_str())).collect();
    }
    let site = meta.get(&["og:site_name", "application-name"]).map(vocab::fold_key);
    parts.pop();
    // A label as a whole ("Opinion", "Kolumne", "社説"), never a short headline that holds the
    // word ("Opinion polls tighten").
    parts.iter().map(|p| p.trim()).any(|p| {
        (vocab::is_opinion_section(p) || vocab::OPINION_UNSPACED.contains(&p))
            && is_opinion_tag(p)
            && site.as_deref().is_none_or(|s| s != vocab::fold_key(p))
    })
}

/// The signature in brackets that closes a paragraph (one of a text's last three), as Chinese
/// papers sign a piece: "…才有英雄的城！
/// （评论员 罗博 萧海川）", "(Commentator Jane Doe)" (at most 40 characters inside).
fn signature(text: &str) -> Option<&str> {
    let text = text.trim_end();
    let inner = text.strip_suffix('）').or_else(|| text.strip_suffix(')'))?;
    let open = inner.rfind(['（', '('])?;
    let sig = &inner[open + inner[open..].chars().next().map_or(1, char::len_utf8)..];
    (sig.chars().count() <= 40 && !sig.contains('\n')).then_some(sig.trim())
}

/// A label in brackets opening the headline, as Japanese, Korean and Chinese papers file a piece:
/// "【社説】…", "[사설] …", "〔コラム〕…", "[Opinion] …" (at most 16 characters inside).
fn title_kicker(title: &str) -> Option<&str> {
    const PAIRS: [(char, char); 7] =
        [('【', '】'), ('[', ']'), ('［', '］'), ('〔', '〕'), ('〈', '〉'), ('《', '》'), ('「', '」')];
    let title = title.trim_start();
    let open = title.chars().next()?;
    let (_, close) = PAIRS.iter().find(|(o, _)| *o == open)?;
    let rest = &title[open.len_utf8()..];
    let end = rest.find(*close)?;
    let label = rest[..end].trim();
    (!label.is_empty() && label.chars().count() <= 16).then_some(label)
}

/// A genre's label opening the headline before a colon, as papers file a piece in its title:
/// "Opinion: …", "Kommentar: …", "Editorial: …", "社説：…", "Review: …", "Receta: …". Only a label
/// that names the genre as a whole counts: an opinion section that is also a strong tag
/// ("Opinion", "Column", "Kommentar", "社説"; not "Opinion poll", "Ideas" or "Comment"), or a review
/// or a recipe ([`vocab::TITLE_OTHER_LABELS`]), whose page is `other`. A place or a topic before
/// the colon ("Lyon : …", "Travel: …") is none of these.
fn title_label(title: &str) -> Option<&str> {
    let title = title.trim_start();
    let (label, rest) = title.split_once(['：', ':'])?;
    let label = label.trim();
    if rest.trim().is_empty() || label.chars().count() > 24 || label.split_whitespace().count() > 3 {
        return None;
    }
    let opinion =
        (vocab::is_opinion_section(label) || vocab::OPINION_UNSPACED.contains(&label)) && is_opinion_tag(label);
    (opinion || vocab::folds_to_any(label, vocab::TITLE_OTHER_LABELS)).then_some(label)
}

/// Most labels read from breadcrumbs or next to the headline.
const MAX_LABELS: usize = 8;

/// What [`page_marks`] reads of a page in one walk.
#[derive(Debug, Default)]
pub struct PageMarks {
    /// The labels the page shows for its own section ([`page_labels`]).
    pub labels: Vec<String>,
    /// A byline names a columnist's role ([`printed_role`]).
    pub role: bool,
    /// An element whose class or id says disclaimer says the piece is its author's view
    /// ([`vocab::is_opinion_disclaimer`]).
    pub opinion_disclaimer: bool,
}

/// Most disclaimer elements read on a page.
const MAX_DISCLAIMERS: usize = 4;

/// The labels a page shows for its own section ([`page_labels`]), whether a byline names a
/// columnist's role ([`printed_role`]) and whether a disclaimer calls the piece its author's
/// view, read in one walk over the page.
pub fn page_marks(dom: &Dom) -> PageMarks {
    let mut labels = Vec::new();
    let mut role = false;
    let mut opinion_disclaimer = false;
    let mut disclaimers_seen = 0;
    let mut bylines_seen = 0;
    let root = if dom.body.is_some() { dom.body } else { dom.html };
    let mut h1 = None;
    let mut it = dom.descendants(root);
    while let Some(n) = it.next() {
        if dom.tag(n).is_none() {
            continue;
        }
        if h1.is_none() && dom.is(n, Tag::H1) {
            h1 = Some(n);
        }
        let (mut crumb, mut byline, mut disclaimer) = (false, false, false);
        for (name, v) in dom.attrs(n) {
            if !matches!(name, "class" | "id" | "aria-label" | "itemtype" | "rel" | "itemprop") {
                continue;
            }
            // A searcher built once: `str::contains` builds one for every attribute.
            static DISCLAIMER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
                std::sync::LazyLock::new(|| memchr::memmem::Finder::new("isclaimer"));
            disclaimer |= matches!(name, "class" | "id") && DISCLAIMER.find(v.as_bytes()).is_some();
            // One pass of one automaton over the value for all the marks, when it may hold one.
            if may_hold_mark(v) {
                for m in MARKS.find_iter(v) {
                    match m.pattern().as_usize() {
                        0 => crumb = true,
                        _ if matches!(name, "class" | "id" | "rel" | "itemprop") => byline = true,
                        _ => {}
                    }
                }
            }
            byline |= name == "class" && v.eq_ignore_ascii_case("role");
        }
        if disclaimer && !opinion_disclaimer && disclaimers_seen < MAX_DISCLAIMERS {
            disclaimers_seen += 1;
            opinion_disclaimer =
                bounded_text(dom, n, 600).is_some_and(|t| vocab::is_opinion_disclaimer(&t.to_lowercase()));
        }
        if byline && !role && bylines_seen < 12 {
            bylines_seen += 1;
            role = bounded_text(dom, n, 480).is_some_and(|t| t.chars().count() <= 120 && vocab::is_columnist_role(&t));
        }
        if crumb && labels.is_empty() {
            for item in dom.descendants(n).filter(|&d| matches!(dom.tag(d), Some(Tag::A | Tag::Li | Tag::Span))) {
                if dom.element_children(item).any(|c| matches!(dom.tag(c), Some(Tag::A | Tag::Li | Tag::Span))) {
                    continue;
                }
                let Some(t) = short_text(dom, item) else { continue };
                if is_short_label(&t) && !labels.contains(&t) {
                    labels.push(t);
                }
                if labels.len() >= MAX_LABELS {
                    break;
                }
            }
            it.skip_children_of(n);
        }
    }
    // A kicker: a short element just before the headline, or before the headline's container.
    if let Some(h1) = h1 {
        let mut steps = 0;
        let mut at = h1;
        'up: for _ in 0..2 {
            let mut prev = dom.prev_sibling(at);
            while prev.is_some() && steps < 4 {
                if dom.tag(prev).is_some() {
                    steps += 1;
                    if let Some(t) = short_text(dom, prev)
                        && is_short_label(&t)
                        && !is_menu(dom, prev)
                    {
                        labels.push(t);
                        break 'up;
                    }
                }
                prev = dom.prev_sibling(prev);
            }
            at = dom.parent(at);
            if !at.is_some() {
                break;
            }
        }
    }
    PageMarks { labels, role, opinion_disclaimer }
}

/// Whether a short element before the headline is a menu, not a kicker: a `nav`, `menu` or list,
/// or two links or more ("Home Opinion"). The site's navigation says nothing of this page.
fn is_menu(dom: &Dom, n: NodeId) -> bool {
    matches!(dom.tag(n), Some(Tag::Nav | Tag::Menu | Tag::Ul | Tag::Ol))
        || dom.descendants(n).filter(|&d| dom.is(d, Tag::A)).nth(1).is_some()
}

/// The labels a page shows for its own section: the items of its breadcrumb trail (an element
/// whose class, id or `aria-label` says breadcrumb, or schema.org `BreadcrumbList` microdata),
/// and a short label standing next to the headline (a kicker: "Opinion", "Kommentar"). Site-wide
/// menus and teasers for other articles are not read.
pub fn page_labels(dom: &Dom) -> Vec<String> {
    page_marks(dom).labels
}

/// Whether an element the page marks as its byline or author (class, id, rel or itemprop with
/// "byline", "author", "autor", or a "role" element) names a columnist's role: "Colunista",
/// "論説委員", "Opinion Columnist". The extractor's own byline has the role cleaned out of it.
pub fn printed_role(dom: &Dom) -> bool {
    page_marks(dom).role
}

/// Attribute words that mark a breadcrumb trail (pattern 0) or a byline (the others).
const MARK_WORDS: [&str; 4] = ["breadcrumb", "byline", "author", "autor"];

/// [`MARK_WORDS`], matched in any case.
static MARKS: std::sync::LazyLock<aho_corasick::AhoCorasick> = std::sync::LazyLock::new(|| {
    #[expect(clippy::expect_used, reason = "a static pattern list always builds")]
    aho_corasick::AhoCorasick::builder().ascii_case_insensitive(true).build(MARK_WORDS).expect("static patterns")
});

/// Whether `v` may hold one of the [`MARKS`]: each holds "au" ("author", "autor") or "br" /
/// "by" ("breadcrumb", "byline") in any case. A scan of byte pairs is much cheaper than the
/// automaton, and most class names hold none of these.
fn may_hold_mark(v: &str) -> bool {
    v.as_bytes().windows(2).any(|w| match w[0] | 0x20 {
        b'a' => w[1] | 0x20 == b'u',
        b'b' => matches!(w[1] | 0x20, b'r' | b'y'),
        _ => false,
    })
}

/// The text of `n` when it holds at most `max` bytes of text; `None` without copying otherwise.
fn bounded_text(dom: &Dom, n: NodeId, max: usize) -> Option<String> {
    let mut bytes = 0;
    for d in dom.descendants(n) {
        if let Some(t) = dom.text(d) {
            bytes += t.len();
            if bytes > max {
                return None;
            }
        }
    }
    Some(dom.inner_text(n))
}

/// The text of `n`, white space collapsed, when it is short (a label); `None` without copying
/// anything when the element holds more than a label's worth of text.
fn short_text(dom: &Dom, n: NodeId) -> Option<String> {
    bounded_text(dom, n, 160).map(|t| crate::dom::collapse(&t))
}

/// A section name, not a headline: a few words (a breadcrumb trail often ends with the page's
/// own title, and "Opinion polls show …" is no section).
fn is_short_label(t: &str) -> bool {
    !t.is_empty() && t.chars().count() <= 30 && t.split_whitespace().count() <= 3
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_voice_classes_answer_the_character_tests() {
        for c in (0..128u8).map(char::from) {
            let class = ASCII_VOICE[c as usize];
            assert_eq!(class & VOICE_SPACE != 0, c.is_whitespace(), "{c:?}");
            assert_eq!(class & VOICE_WORD != 0, c.is_alphanumeric() || matches!(c, '\'' | '-'), "{c:?}");
            assert_eq!(class & VOICE_QUOTE != 0, c == '"', "{c:?}");
            assert!(!colonnade_text::is_unspaced_char(c));
            assert_eq!(class, voice_class(c), "{c:?}: the table and the function must agree");
        }
    }

    #[test]
    fn every_mark_passes_the_prefilter() {
        for w in MARK_WORDS {
            assert!(may_hold_mark(w) && may_hold_mark(&w.to_ascii_uppercase()), "{w}");
        }
        assert!(!may_hold_mark("article-body main-content"));
    }

    #[test]
    fn opinion_sections() {
        assert!(is_opinion_section("Opinion"));
        assert!(is_opinion_section("Köşe Yazıları"));
        assert!(is_opinion_section("Мнения"));
        assert!(is_opinion_section("Meinung"));
        assert!(!is_opinion_section("Politics"));
        assert!(is_opinion_section("Columnists"));
        assert!(is_opinion_section("Voices"));
        assert!(!is_opinion_section("Global Voices"));
        assert!(!is_opinion_section("Weblog"));
        assert!(!is_opinion_section("Freedom of Speech"));
        assert!(is_opinion_section("观点"));
        assert!(is_opinion_section("Ideas"));
        assert!(!is_opinion_tag("Ideas"));
        assert!(is_opinion_tag("Opinion"));
    }

    #[test]
    fn the_declaration_wins_then_opinion_then_news() {
        let opinion = KindSignals { url: Some(PathHintKind::Opinion), ..KindSignals::default() };
        assert_eq!(decide(&opinion), Kind::Opinion);
        assert_eq!(decide(&KindSignals { declared: Some(Kind::News), ..opinion }), Kind::News);
        assert_eq!(decide(&KindSignals { schema_news: true, ..KindSignals::default() }), Kind::News);
        assert_eq!(decide(&KindSignals { article_markup: true, ..KindSignals::default() }), Kind::Other);
        assert_eq!(
            decide(&KindSignals { sponsored: true, section_opinion: true, ..KindSignals::default() }),
            Kind::Other
        );
        assert_eq!(
            decide(&KindSignals { other_marker: true, long_and_dated: true, ..KindSignals::default() }),
            Kind::Other
        );
        assert_eq!(decide(&KindSignals { feed_dated_with_text: true, ..KindSignals::default() }), Kind::News);
        assert_eq!(
            decide(&KindSignals { feed_dated_with_text: true, feed_opinion_tag: true, ..KindSignals::default() }),
            Kind::Opinion
        );
        assert_eq!(decide(&KindSignals::default()), Kind::Other);
    }

    /// Issue 9: the page's own declarations are rules, read before the model and in this order:
    /// paid content, then opinion, then a guide/recipe/review label; the rest is the model's.
    #[test]
    fn issue_9_rules_come_before_the_model() {
        let none = KindSignals::default();
        let columnist = KindSignals { byline_columnist: true, schema_news: true, long_and_dated: true, ..none };
        assert_eq!(rule(&columnist), Some(Kind::Opinion));
        assert_eq!(rule(&KindSignals { sponsored: true, ..columnist }), Some(Kind::Other));
        assert_eq!(rule(&KindSignals { other_marker: true, ..none }), Some(Kind::Other));
        assert_eq!(rule(&KindSignals { other_marker: true, section_opinion: true, ..none }), Some(Kind::Opinion));
        assert_eq!(rule(&KindSignals { schema_news: true, title_genre: true, ..none }), None);
        assert_eq!(rule(&KindSignals { declared: Some(Kind::Opinion), sponsored: true, ..none }), Some(Kind::Opinion));
    }

    /// A signature in brackets closing the text names its writer's role.
    #[test]
    fn a_bracketed_signature_closes_the_text() {
        assert_eq!(
            signature("正是有了英勇的你们，才有这座英雄的城！（评论员 罗博 萧海川）"),
            Some("评论员 罗博 萧海川")
        );
        assert_eq!(
            signature("The council meets again in May. (Reporting by Jane Doe)\n"),
            Some("Reporting by Jane Doe")
        );
        assert_eq!(signature("A sentence without a signature."), None);
        assert!(vocab::is_columnist_role(signature("…的城！（评论员 罗博）").unwrap_or("")));
    }

    /// A bracketed label opening the headline is the page's own filing.
    #[test]
    fn a_bracketed_kicker_in_the_headline_files_the_piece() {
        assert_eq!(title_kicker("【社説】地方の公共交通を守るために"), Some("社説"));
        assert_eq!(title_kicker("[사설] 지방 대중교통을 지켜야 한다"), Some("사설"));
        assert_eq!(title_kicker("[Opinion] Why the tram matters"), Some("Opinion"));
        assert_eq!(title_kicker("Why the tram matters [video]"), None);
        assert_eq!(title_kicker("【これはとても長いラベルでありラベルとは言えない文章です】本文"), None);
        assert!(is_opinion_section(title_kicker("【社説】地方").unwrap_or("")));
    }

    #[test]
    fn a_genre_label_before_the_headlines_colon_files_the_piece() {
        for (title, label) in [
            ("社説：地域の路線バス　住民が支える仕組みを（北国日日新聞）", "社説"),
            ("Opinion: Why the tram matters", "Opinion"),
            ("Column: The council forgot the bus", "Column"),
            ("Editorial : la ville mérite mieux", "Editorial"),
            ("Kommentar: Wer das Freibad schließt", "Kommentar"),
            ("Review: a console that keeps up", "Review"),
            ("Receta: gazpacho de sandía", "Receta"),
        ] {
            assert_eq!(title_label(title), Some(label), "{title}");
        }
        for title in [
            "Opinion poll: Labour leads by four",
            "Lyon : le métro E obtient son feu vert",
            "Travel: Berlin's new airport opens",
            "Ideas: a festival of books",
            "Xbox One X review: A console that keeps up with gaming PCs",
            "Opinion:",
            "Why the tram matters",
        ] {
            assert_eq!(title_label(title), None, "{title}");
        }
    }

    /// The model's inputs: one name per weight, the voice's rates read only from a text long
    /// enough, and each count taken in the voice's one pass.
    #[test]
    fn features_are_named_and_counted_in_one_pass() {
        let mut names = FEATURES.to_vec();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), FEATURE_COUNT);
        assert!(KindSignals::default().features().iter().all(|&x| x == 0.0));
        let at = |name: &str| FEATURES.iter().position(|n| *n == name).unwrap_or(usize::MAX);
        let short = KindSignals { voice: voice("We must not! Why?"), ..KindSignals::default() };
        assert_eq!(short.features()[at("argue")], 0.0, "under {VOICE_MIN_WORDS} words the voice says nothing");
        let text = "We must not wait, but I think it is simply wrong! Why? Rating: ★★★☆☆ in 2026. ".repeat(12);
        let v = voice(&text);
        // Of 15 words: "we" (plural) and "I" are first person, "must" and "wrong" argue, "but" and
        // "why" weigh, "not" negates, "simply" judges, "rating" and five stars review; per mille.
        assert_eq!((v.words, v.first, v.plural), (180, 133, 66), "{v:?}");
        assert_eq!((v.argue, v.contrast, v.negation, v.stance), (133, 133, 66, 66), "{v:?}");
        assert_eq!((v.exclaims, v.questions, v.numbers, v.review), (66, 66, 66, 400), "{v:?}");
        let x = KindSignals { voice: v, ..KindSignals::default() }.features();
        assert_eq!(x[at("voiced")], 1.0);
        assert!((x[at("first_singular")] - 67f64.ln_1p()).abs() < 1e-9);
        // Numbers in any script's digits: Bengali, Persian, Devanagari.
        let digits = voice("বাজেট ২০২৬ সালে ১২ শতাংশ বেড়েছে। بودجه ۱۴۰۵ و २०२६ में");
        assert_eq!((digits.words, digits.numbers), (11, 4000 / 11), "{digits:?}");
        let title = |t: &str| vocab::is_opinion_title(t);
        assert!(title("An open letter to the harbour board") && title("Kommentar: Die Bahn muss liefern"));
        assert!(!title("Harbour board sells the old fish quay"));
    }

    /// Issue 9: a listicle's or a guide's items open their lines with a number ("1. Gullrock
    /// Point Loop", "2) Alder Creek"); a date, a year, a price or a number inside a line does not.
    #[test]
    fn issue_9_numbered_items_are_counted_at_the_start_of_lines() {
        let item = "The trail climbs through the forest to a waterfall and back down to the car park again. ";
        let listicle = format!(
            "Ten hikes we walked this year.\n\n1. Gullrock Point Loop\n\n{item}\n\n2) Alder Creek\n\n{item}\n\n              10. Hawthorne Ridge\n\n{}",
            item.repeat(6)
        );
        let v = voice(&listicle);
        assert_eq!((v.lines, v.numbered), (7, (3 * 1000 / v.words) as u16), "{v:?}");
        let report = format!(
            "2026 was a dry year.\n\n12.5 percent fewer visitors came, 3. said the ranger.\n\n100. birthday of the park.\n\n\
             Visitors paid 1.50 each. On 3. March the park closed.\n\n{}",
            item.repeat(8)
        );
        assert_eq!(voice(&report).numbered, 0, "not items: a year, a decimal, three digits, a number inside a line");
        let at = FEATURES.iter().position(|n| *n == "numbered").unwrap_or(usize::MAX);
        let x = KindSignals { voice: v, ..KindSignals::default() }.features();
        assert!((x[at] - f64::from(v.numbered).ln_1p()).abs() < 1e-9);
    }

    /// Issue 9: the voice of the text, not the site's menus, tells a column from a report and
    /// from a guide; quoted speech is not the writer's voice.
    #[test]
    fn issue_9_voice_tells_argument_from_report_from_guide() {
        let argued = "I think we should stop pretending that the new road will help anyone. We must say it \
                      plainly: the plan is wrong, and I believe the council knows it. "
            .repeat(8);
        let reported = "The council approved the new road on Monday, officials said. According to the mayor, \
                        work starts in May. \"We will finish it,\" the spokesman told reporters. "
            .repeat(8);
        let guide = "First, preheat your oven. Then you mix the flour with your butter until you see crumbs. \
                     If you like, add sugar to your taste. "
            .repeat(8);
        let quoted_first_person = "\"I think we should go,\" the minister said, according to officials. ".repeat(20);
        let kind = |text: &str| decide(&KindSignals { voice: voice(text), ..KindSignals::default() });
        assert_eq!(kind(&argued), Kind::Opinion);
        assert_eq!(kind(&reported), Kind::News);
        assert_eq!(kind(&guide), Kind::Other);
        assert_eq!(kind(&quoted_first_person), Kind::News, "{:?}", voice(&quoted_first_person));
        // Too short to tell: the voice says nothing.
        assert_eq!(voice("I think we should.").words, 4);
        assert_eq!(kind("I think we should."), Kind::Other);
        // A column filed under news keeps its voice; a guide filed under news is a guide.
        let filed_news =
            |text: &str| decide(&KindSignals { schema_news: true, voice: voice(text), ..KindSignals::default() });
        assert_eq!(filed_news(&argued), Kind::Opinion);
        assert_eq!(filed_news(&guide), Kind::Other);
        assert_eq!(filed_news(&reported), Kind::News);
        // An interview: the answers say "I" and argue, but the piece is reporting.
        let interview = "How did the plan start?\nI think we should stop pretending that the road will help. \
                         I believe the council knows it, and we must say so.\n"
            .repeat(6);
        assert!(voice(&interview).is_interview(), "{:?}", voice(&interview));
        assert_ne!(kind(&interview), Kind::Opinion);
        assert_eq!(filed_news(&interview), Kind::News);
        // A column asking a question or two of its readers stays a column.
        let asks = format!("{}\nWhat are we waiting for?\n{}\nWho pays?\n", argued.replace(". ", ".\n"), argued);
        assert!(!voice(&asks).is_interview(), "{:?}", voice(&asks));
        assert_eq!(kind(&asks), Kind::Opinion);
    }

    /// Issue 10: an acronym is not the pronoun it spells ("EU" is not Portuguese "eu", "US" not
    /// "us"), and a diary's clock ("yesterday morning", "then") is counted as narrative.
    #[test]
    fn issue_10_acronyms_are_not_pronouns_and_narrative_time_is_counted() {
        let acronyms = voice(&"The EU rules and US tariffs apply to imports from the region. ".repeat(12));
        assert_eq!((acronyms.words, acronyms.first, acronyms.plural), (144, 0, 0), "{acronyms:?}");
        let pt = voice(&"Eu acho que nós devemos mudar isto. ".repeat(20));
        assert_eq!((pt.first, pt.plural), (285, 142), "{pt:?}");
        let diary = voice(&"Yesterday morning we walked to the harbour, then we had lunch by the water. ".repeat(10));
        assert_eq!((diary.words, diary.narrative), (140, 285), "{diary:?}");
        let fr = voice(&"Le prix du pain et du lait augmente encore cette semaine dans la région. ".repeat(12));
        assert_eq!(fr.second, 0, "French \"du\" is not German \"you\": {fr:?}");
    }

    /// Issue 11: Chinese, Japanese and Thai are read by substring, a word being a measured number
    /// of characters, so their rates compare with a spaced language's.
    #[test]
    fn issue_11_unspaced_scripts_have_a_voice() {
        // "I think we should stop pretending that this plan helps anyone; but the government will
        // not admit it." (the English has 20 words).
        let zh = voice(&"我认为我们应该停止假装这个计划对任何人有帮助，但是政府不会承认。\n".repeat(10));
        assert_eq!(zh.words, 10 * 30 * 68 / 100, "{zh:?}");
        assert_eq!(
            (zh.first, zh.plural, zh.argue, zh.contrast, zh.negation, zh.public),
            (98, 49, 98, 49, 49, 49),
            "{zh:?}"
        );
        let en = voice(
            &"I think we should stop pretending that this plan helps anyone, but the government will not admit it.\n"
                .repeat(10),
        );
        assert!(en.first.abs_diff(zh.first) * 2 <= en.first, "{en:?} {zh:?}");
        // "Our country" and "self" are not the writer: a report in the state's voice.
        let report = voice(&"据新华社报道，我国经济持续恢复，我市将加快建设。专家指出，自我革新是关键。".repeat(10));
        assert_eq!((report.first, report.plural), (0, 0), "{report:?}");
        assert!(report.report > 0 && report.public > 0, "{report:?}");
        // A quoted "I" is someone else's; 「」 are quotation marks.
        let quoted = voice(&"市長は「私は反対だ」と述べた。".repeat(20));
        assert_eq!(quoted.first, 0, "{quoted:?}");
        assert!(quoted.report > 0 && quoted.quotes > 0, "{quoted:?}");
        let ja = voice(&"私は、政府はこの計画をやめるべきだと思う。しかし、誰も認めない。".repeat(10));
        assert!(ja.first > 0 && ja.argue > 0 && ja.contrast > 0 && ja.negation > 0 && ja.public > 0, "{ja:?}");
        assert_eq!(voice(&"私立大学の学生が集まった。".repeat(20)).first, 0, "私立 is private");
        let th = voice(&"ผมคิดว่ารัฐบาลควรเลิกแผนนี้ แต่ไม่มีใครยอมรับ ".repeat(10));
        assert!(th.first > 0 && th.argue > 0 && th.contrast > 0 && th.negation > 0 && th.public > 0, "{th:?}");
        assert_eq!(voice(&"บริษัทต้องการขยายกิจการ แต่ละสาขามีพนักงาน ".repeat(10)).argue, 0, "ต้องการ is want");
        // A page mixing scripts: English with a Chinese name reads as English, no longer as nothing.
        let mixed = voice(&format!("{} 张伟", ARGUED.repeat(4)));
        assert!(mixed.words > 100 && mixed.first > 0, "{mixed:?}");
    }

    /// Issue 11: a pronoun of each new language is counted, and a word that is a pronoun in one
    /// language and a common word in another counts only where the text's letters allow.
    #[test]
    fn issue_11_new_languages_and_words_of_another_language() {
        let first = |s: &str| voice(&format!("{s} ").repeat(30)).first;
        for s in [
            "أنا أعتقد أن الحكومة مخطئة",
            "من فکر می‌کنم دولت اشتباه می‌کند",
            "אני חושב שהממשלה טועה",
            "Εγώ πιστεύω ότι η κυβέρνηση κάνει λάθος",
            "Я вважаю, що мій уряд помиляється",
            "Аз смятам, че правителството греши",
            "Já si myslím, že vláda se mýlí",
            "Ja mislim da vlada griješi",
            "Szerintem a kormány téved",
            "Eu cred că guvernul greșește",
            "Saya kira pemerintah salah",
            "Tôi nghĩ chính phủ đã sai",
            "Minä uskon, että hallitus on väärässä",
            "나는 정부가 틀렸다고 생각한다",
            "मैं मानता हूं कि सरकार गलत है",
        ] {
            assert!(first(s) > 0, "{s}: {:?}", voice(&format!("{s} ").repeat(30)));
        }
        assert!(vocab::VOICE_LETTER_CONDITIONS.len() <= MAX_CONDITIONS);
        // Korean particles come off a stem, but not where the stem would not take them.
        let ko = voice(&"정부는 국민의 권리를 지켜야 한다. 우리는 그것을 안다. ".repeat(20));
        assert!(ko.public >= 250 && ko.plural > 0, "{ko:?}");
        assert_eq!(voice(&"나이 제한이 있다 ".repeat(40)).first, 0, "나이 is age");
        // Czech "je" is "is", not French "I"; Czech "tu" is "here"; Finnish "voi" is "can";
        // Portuguese "já" is "already", not Czech "I".
        assert_eq!(first("Vláda je přesvědčená, že to je správné řešení a tu zůstane"), 0);
        assert_eq!(voice(&"Hallitus voi päättää asiasta, ja sen mukaan tuo kunta voi hakea. ".repeat(20)).second, 0);
        assert!(first("Je pense que le gouvernement se trompe, et je le dis") > 0);
        assert_eq!(first("O governo já aprovou a lei e a câmara já votou o orçamento"), 0);
        // German "ja", Finnish "ja" (and) are not the Polish and Croatian "I"; Italian "i" is "the".
        assert_eq!(first("Ja, die Regierung hat das Gesetz beschlossen"), 0);
        assert_eq!(first("Hallitus ja eduskunta päättivät asiasta"), 0);
        assert_eq!(first("Il governo e i ministri hanno deciso"), 0);
        assert!(first("I think the government is wrong") > 0);
        // Indonesian "kita" is German "Kita" (nursery); Persian "من" is Arabic "from".
        assert_eq!(voice(&"Die Kita öffnet früher, sagte die Leiterin. ".repeat(20)).plural, 0);
        assert!(voice(&"Kita harus bicara tentang pemerintah. ".repeat(20)).plural > 0);
        assert_eq!(first("وصل الوزير من القاهرة إلى المدينة يوم الأحد"), 0);
    }

    /// Issue 9: Turkish glues the person to the verb and cases to the noun; a Turkish column
    /// says "I" and "we" in its endings ("düşünüyorum", "sordum", "ülkemiz", "yapmalıyız") and
    /// names the government with a suffix ("hükümetin"). A German text naming "Erdoğan" is read
    /// as German.
    #[test]
    fn issue_9_turkish_persons_and_stems_are_read_from_the_endings() {
        let tr = voice(
            &"Bu sistemi yıllardır izliyorum ve geçen hafta bir veliye sordum. Hükümetin kararı yanlış,               ülkemizin çocuklarını düşünmeliyiz. Okulları değiştirmeliyiz. "
                .repeat(12),
        );
        assert!(tr.first > 0 && tr.plural > 0 && tr.argue > 0 && tr.public > 0, "{tr:?}");
        // The same sentences without Turkish letters read nothing of the kind.
        let plain = voice(&"Bu sistemi yillardir izliyorum ve gecen hafta sordum. ".repeat(20));
        assert_eq!(plain.first, 0, "{plain:?}");
        // "yardım" (help) and "eğitim" (education) are no verbs in the first person.
        let nouns = voice(&"Eğitim ve yardım için bakanlık açıklama yaptı. ".repeat(20));
        assert_eq!(nouns.first, 0, "{nouns:?}");
        let de = voice(&"Erdoğan besuchte Berlin. Die Regierungen sprachen über Handel und Zölle. ".repeat(20));
        assert_eq!((de.first, de.plural), (0, 0), "{de:?}");
        assert!(vocab::VOICE_LETTER_CONDITIONS.len() + 6 <= MAX_CONDITIONS);
    }

    /// Issue 9: reviews, recipes, guides and paid pages are other, whatever else they say.
    #[test]
    fn issue_9_sponsored_and_guide_labels_are_other() {
        assert!(vocab::is_sponsored_label("Sponsored"));
        assert!(vocab::is_sponsored_label("Anzeige"));
        assert!(vocab::is_sponsored_label("Patrocinado"));
        // A partner's page filed under its own path ("/partner/veloce/why-i-swapped-…").
        assert!(vocab::is_sponsored_label("partner"));
        assert!(vocab::is_other_label("Recetas"));
        assert!(vocab::is_other_label("reviews"));
        assert!(!vocab::is_other_label("Politics"));
        assert!(vocab::is_other_title("How to set up a nursery"));
        assert!(vocab::is_other_title("The Zenith X1 review"));
        assert!(!vocab::is_other_title("Council approves the road"));
        let s = KindSignals { sponsored: true, schema_opinion: true, ..KindSignals::default() };
        assert_eq!(decide(&s), Kind::Other);
    }

    /// Issue 9: the section a page is filed under, read where a reader sees it — the breadcrumb
    /// trail and a label by the headline — and the role printed in the byline; the site's menu
    /// and a headline in the trail are not sections.
    #[test]
    fn issue_9_breadcrumbs_kickers_and_printed_roles() {
        let page = |html: &str| crate::parse::parse(html);
        let d = page(
            "<body><nav class=menu><a>Opinión</a><a>Deportes</a></nav><nav class=breadcrumb><a>Portada</a> › \
             <a>Opinión</a> › <a>Editorial</a> › <span>La sequía exige algo más que rogativas hoy</span></nav>\
             <article><h1>La sequía exige algo más</h1></article></body>",
        );
        let labels = page_labels(&d);
        assert!(labels.contains(&"Opinión".to_string()) && labels.contains(&"Editorial".to_string()), "{labels:?}");
        assert!(!labels.iter().any(|l| l.contains("sequía")), "a headline is not a section: {labels:?}");
        assert!(!labels.contains(&"Deportes".to_string()), "the site's menu is not read: {labels:?}");
        let k = page(
            "<body><article><header><span class=kicker>Krönika</span><h1>Låt kontanterna leva</h1></header></article></body>",
        );
        assert_eq!(page_labels(&k), ["Krönika"]);
        let menu_only = page(
            "<body><nav><a>Opinion</a><a>World</a></nav><main><p>x</p><h1>Harbour reopens after a month</h1></main></body>",
        );
        assert!(!page_labels(&menu_only).iter().any(|l| is_opinion_section(l)), "{:?}", page_labels(&menu_only));
        let role = page("<body><h1>T</h1><span class=byline>文／林晓岚 <span class=role>专栏作家</span></span></body>");
        assert!(printed_role(&role));
        let reporter = page("<body><h1>T</h1><span class=byline>By Kim Park, staff reporter</span></body>");
        assert!(!printed_role(&reporter));
    }

    /// Issue 9: pages of `tests/corpus/kindmix` written for the classes the hand-set rules got
    /// wrong: an open letter and an essay filed under ordinary sections, a polemical blog post, a
    /// review filed under news, and a report quoting people who speak in the first person.
    #[test]
    fn issue_9_letter_essay_blog_review_and_quoted_report() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus/kindmix");
        for (case, want) in [
            ("en-opinion-openletter", Kind::Opinion),
            ("de-opinion-essay", Kind::Opinion),
            ("fr-opinion-billet", Kind::Opinion),
            ("en-other-review", Kind::Other),
            ("en-news-residents", Kind::News),
        ] {
            let html = std::fs::read(dir.join("pages").join(format!("{case}.html"))).unwrap();
            let expected: serde_json::Value =
                serde_json::from_slice(&std::fs::read(dir.join("expected").join(format!("{case}.json"))).unwrap())
                    .unwrap();
            let url = expected["url"].as_str().and_then(|u| Url::parse(u).ok());
            let e = crate::extract_with(&html, url.as_ref(), None, &crate::Options::default()).unwrap();
            assert_eq!(e.article.kind, want, "{case}: {:?}\n{:?}", model_scores(&e.kind_signals), e.kind_signals);
        }
    }

    /// Issue 10: pages of `tests/corpus/kindmix` written for the classes the model claimed as
    /// opinion on real pages (first-person diaries, a story, a shop's and an insurer's pages,
    /// argued reportage) and for the ones it missed (a blog post, an association's statement and an
    /// engineering post that argue), none with a marker of its kind: the voice decides.
    #[test]
    fn issue_10_diaries_stories_and_shops_are_not_columns() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus/kindmix");
        let kind = |case: &str| {
            let html = std::fs::read(dir.join("pages").join(format!("{case}.html"))).unwrap();
            let expected: serde_json::Value =
                serde_json::from_slice(&std::fs::read(dir.join("expected").join(format!("{case}.json"))).unwrap())
                    .unwrap();
            let url = expected["url"].as_str().and_then(|u| Url::parse(u).ok());
            let e = crate::extract_with(&html, url.as_ref(), None, &crate::Options::default()).unwrap();
            assert_eq!(rule(&e.kind_signals), None, "{case}: no marker settles it");
            (e.article.kind, model_scores(&e.kind_signals))
        };
        for case in
            ["de-other-tagebuch", "es-other-diario", "pl-other-dziennik", "ru-other-dnevnik", "fr-other-nouvelle"]
        {
            assert_eq!(kind(case).0, Kind::Other, "{case}: {:?}", kind(case).1);
        }
        for case in ["en-other-insurance", "pt-other-produto"] {
            assert_eq!(kind(case).0, Kind::Other, "{case}: {:?}", kind(case).1);
        }
        assert_ne!(kind("it-other-racconto").0, Kind::Opinion);
        assert_eq!(kind("fr-news-reportage").0, Kind::News);
        for case in ["es-opinion-blog", "de-opinion-verband", "en-opinion-techblog"] {
            assert_eq!(kind(case).0, Kind::Opinion, "{case}: {:?}", kind(case).1);
        }
    }

    /// Issue 11: the pages of `tests/corpus/kindmix` written in the languages the voice learnt
    /// then are read (their voice counts words), their first person is counted where the writer
    /// speaks and not where sources do, in quotes, and no marker settles them.
    #[test]
    fn issue_11_kindmix_pages_in_new_languages_have_a_voice() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus/kindmix");
        let signals = |case: &str| {
            let html = std::fs::read(dir.join("pages").join(format!("{case}.html"))).unwrap();
            let expected: serde_json::Value =
                serde_json::from_slice(&std::fs::read(dir.join("expected").join(format!("{case}.json"))).unwrap())
                    .unwrap();
            let url = expected["url"].as_str().and_then(|u| Url::parse(u).ok());
            let e = crate::extract_with(&html, url.as_ref(), None, &crate::Options::default()).unwrap();
            assert_eq!(rule(&e.kind_signals), None, "{case}: no marker settles it");
            e.kind_signals
        };
        for lang in ["id", "vi", "cs", "hu", "ro", "el", "uk", "th"] {
            for kind in ["opinion", "news", "other"] {
                let prefix = format!("{lang}-{kind}-");
                let case = std::fs::read_dir(dir.join("pages"))
                    .unwrap()
                    .filter_map(|e| e.ok()?.file_name().into_string().ok())
                    .find(|f| f.starts_with(&prefix))
                    .unwrap();
                let v = signals(case.trim_end_matches(".html")).voice;
                assert!(v.words >= VOICE_MIN_WORDS, "{case}: {v:?}");
                if kind == "opinion" {
                    assert!(v.first > 0 && v.argue > 0, "{case}: {v:?}");
                }
            }
        }
        let quoted = signals("zh-news-jumin").voice;
        assert!(quoted.words >= VOICE_MIN_WORDS && quoted.first == 0 && quoted.quotes > 0, "{quoted:?}");
        assert!(signals("hr-opinion-tramvaj").voice.first > 0);
        assert_eq!(signals("cs-news-most").voice.first, 0, "Czech \"je\" is \"is\"");
        assert!(signals("ja-other-tabinikki").voice.narrative > 0);
    }

    /// Extracts a page written for a test: `paragraphs` under a headline, at `url`.
    /// A recipe is other whatever its voice: its ingredients under a heading of their own
    /// ("Ingredientes", cmsmix's Blogger recipe), not the word in a sentence.
    #[test]
    fn issue_9_an_ingredients_heading_makes_a_recipe() {
        assert!(vocab::is_ingredients_heading("Ingredientes:"));
        assert!(vocab::is_ingredients_heading("  Zutaten "));
        assert!(!vocab::is_ingredients_heading("The ingredients of a good policy are simple."));
        assert!(vocab::is_ingredients_heading("ส่วนผสม") && vocab::is_ingredients_heading("Nguyên liệu:"));
        let paragraphs = [
            "Eu acho que não existe bolo mais gostoso do que o da minha avó, e eu faço ele todo domingo \
             desde criança, porque a casa inteira fica com cheiro de infância.",
            "Ingredientes",
            "3 ovos, 2 xícaras de leite, 1 xícara de fubá, 2 colheres de manteiga e 1 colher de fermento.",
            "Modo de preparo",
            "Bata tudo no liquidificador, despeje na forma untada e asse por 40 minutos em forno médio.",
        ];
        let recipe =
            fixture("https://cozinha.example/2026/03/bolo-de-fuba", "Bolo de fubá cremoso da vó Cida", &paragraphs);
        assert!(recipe.kind_signals.other_marker);
        assert_eq!(recipe.article.kind, Kind::Other);
        let prose = paragraphs.map(|p| if p == "Ingredientes" { "Os ingredientes são simples." } else { p });
        let told = fixture("https://cozinha.example/2026/03/bolo-de-fuba", "Bolo de fubá cremoso da vó Cida", &prose);
        assert!(!told.kind_signals.other_marker);
    }

    /// A list article is other: a headline that opens with a count, over a text that numbers its
    /// parts. A report's count ("15 killed …") numbers none, and three numbered points under a
    /// headline that counts fewer than five make no list.
    #[test]
    fn a_headline_count_over_numbered_parts_is_a_list_article() {
        let parts = [
            "Spring is the best time to leave the city: the trails are dry and the huts open again.",
            "1. Belintash",
            "A rock plateau with a view over three valleys, an hour's walk from the village.",
            "2. The Wonderful Bridges",
            "Two marble arches carved by the river, with a hut that serves soup all day.",
            "3. Trigrad Gorge",
            "Cliffs three hundred metres high and a cave where the river disappears underground.",
        ];
        let list =
            fixture("https://travel.example/2026/03/rhodopes", "7 places in the Rhodopes to visit this spring", &parts);
        assert!(list.kind_signals.other_marker, "{:?}", list.kind_signals);
        assert_eq!(list.article.kind, Kind::Other);
        let report = fixture("https://news.example/2026/03/storm", "15 killed as storm hits the coast", &[ARGUED; 8]);
        assert!(!report.kind_signals.other_marker, "{:?}", report.kind_signals);
        let points = fixture("https://news.example/2026/03/budget", "3 things the budget changes", &parts);
        assert!(!points.kind_signals.other_marker, "{:?}", points.kind_signals);
        let unnumbered = parts.map(|p| p.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.').trim_start());
        let told = fixture(
            "https://travel.example/2026/03/rhodopes",
            "7 places in the Rhodopes to visit this spring",
            &unnumbered,
        );
        assert!(!told.kind_signals.other_marker, "{:?}", told.kind_signals);
    }

    /// A horoscope is other, however much it tells its reader what to do: a part for each sign of
    /// the zodiac.
    #[test]
    fn a_horoscope_is_other() {
        let signs = ["Aries", "Taurus", "Gemini", "Cancer", "Leo", "Virgo", "Libra", "Scorpio", "Sagittarius"];
        let parts: Vec<String> = signs
            .iter()
            .flat_map(|s| [format!("{s} (dates)"), "I think you must say what you believe this week.".to_string()])
            .collect();
        let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
        let e = fixture("https://daily.example/life/2026/03/stars", "Your week in the stars", &parts);
        assert!(e.kind_signals.other_marker, "{:?}", e.kind_signals);
        assert_eq!(e.article.kind, Kind::Other);
    }

    fn fixture(url: &str, headline: &str, paragraphs: &[&str]) -> crate::Extracted {
        let body: String = paragraphs.iter().map(|p| format!("<p>{p}</p>\n")).collect();
        let html = format!(
            "<html><head><title>{headline}</title><meta property=og:type content=article></head><body>\
             <nav><a href=/>Home</a> <a href=/opinion>Opinion</a></nav><article><h1>{headline}</h1>\
             <p class=byline>By Sam Lee</p>\n{body}</article></body></html>"
        );
        let url = Url::parse(url).ok();
        crate::extract_with(html.as_bytes(), url.as_ref(), None, &crate::Options::default()).unwrap()
    }

    /// An argued first-person text, long enough for the voice.
    const ARGUED: &str = "I think we should stop pretending that the new plan will help anyone. We must say it \
        plainly: it is wrong, and I believe the council knows it, but nobody wants to admit it.";

    /// Issue 9: an interview is reporting, however much its answers argue in the first person: the
    /// headline ("Interview mit …") settles it even when the text does not read as questions and
    /// answers.
    #[test]
    fn issue_9_an_interview_is_never_the_models_opinion() {
        let e = fixture("https://www.example.de/kultur/anna-berg.html", "Interview mit Anna Berg", &[ARGUED; 8]);
        let s = &e.kind_signals;
        assert!(!s.section_opinion, "the menu before the article is not a kicker: {s:?}");
        assert!(s.title_interview && s.is_interview(), "{s:?}");
        let plain = KindSignals { title_interview: false, ..*s };
        assert_eq!(decide(&plain), Kind::Opinion, "the same text under another headline argues");
        assert_ne!(e.article.kind, Kind::Opinion, "{:?}", model_scores(s));
        assert!(vocab::is_interview_title("Sheila Atim im Interview: „Stärke in allen Facetten“"));
        assert!(!vocab::is_interview_title("Why I stopped giving interviewees the last word"));
    }

    /// Issue 9: a section of the URL path that joins words (`/travel-tips/`) files the piece with
    /// guides and tips, as `/tips/` does; the piece's own slug is not a section.
    #[test]
    fn issue_9_a_joined_section_segment_of_tips_is_other() {
        let e = fixture("https://www.example.com/travel-tips/planning/insurance", "Do I need insurance?", &[ARGUED; 8]);
        assert_eq!(rule(&e.kind_signals), Some(Kind::Other), "{:?}", e.kind_signals);
        assert_eq!(e.article.kind, Kind::Other);
        let slug =
            fixture("https://www.example.com/2026/police-get-tips-on-the-robbery", "Police get tips", &[ARGUED; 8]);
        assert_eq!(rule(&slug.kind_signals), None, "{:?}", slug.kind_signals);
    }

    /// Issue 9: a site's page about itself ("/about/", "/ueber-mich") is no article, however much
    /// its owner argues in it; an article whose slug merely starts with "about" is read as any.
    #[test]
    fn issue_9_a_sites_about_page_is_other() {
        let e = fixture("https://mira.example/about/", "About me", &[ARGUED; 8]);
        assert_eq!(rule(&e.kind_signals), Some(Kind::Other), "{:?}", e.kind_signals);
        let article = fixture("https://mira.example/2026/03/about-the-plan", "About the plan", &[ARGUED; 8]);
        assert_eq!(rule(&article.kind_signals), None, "{:?}", article.kind_signals);
    }

    /// Issue 9: most wrong opinion claims were first-person posts that argue about nothing public:
    /// how-tos, tips, tutorials, diaries. Their headlines (a guide's, a list's) and their words (no
    /// government, rights or economy; code listings) tell them from a column about a public matter.
    #[test]
    fn issue_9_guides_tutorials_and_diaries_are_not_columns() {
        let howto = fixture(
            "https://www.example.de/2019/10/22/entloeten",
            "Professionell entlöten – so machen Sie alte Geräte wieder flott",
            &[
                "Ich glaube, viele werfen ihre Geräte zu früh weg, und ich finde das wirklich schade. Man muss \
                 nicht gleich aufgeben: mit etwas Übung lassen sich die meisten Platinen retten, aber nicht \
                 jeder traut sich das zu. Ich zeige Ihnen, wie ich es mache und was Sie brauchen.",
                "Sie brauchen einen Lötkolben mit 40 bis 60 Watt, eine Entlötpumpe, Entlötlitze, etwas \
                 Flussmittel und eine Pinzette. Legen Sie die Platine auf eine hitzefeste Unterlage.",
                "Heizen Sie den Lötkolben auf etwa 350 Grad vor. Geben Sie einen Tropfen Flussmittel auf die \
                 Lötstelle, halten Sie die Spitze zwei bis drei Sekunden daran und setzen Sie dann die Pumpe an.",
                "Drücken Sie den Knopf der Pumpe, sobald das Zinn flüssig ist. Bleibt ein Rest, legen Sie die \
                 Litze auf die Stelle und drücken Sie die Spitze kurz darauf, bis die Litze das Zinn aufsaugt.",
                "Ziehen Sie das Bauteil mit der Pinzette heraus, solange die Stelle noch warm ist. Reinigen Sie \
                 die Bohrung mit Isopropanol und prüfen Sie sie gegen das Licht.",
            ],
        );
        assert!(howto.kind_signals.title_guide, "{:?}", howto.kind_signals);
        assert_ne!(howto.article.kind, Kind::Opinion, "{:?}", model_scores(&howto.kind_signals));
        let tutorial = fixture(
            "https://blog.example.dev/performant-python",
            "Performant Python",
            &["I think the fastest way is simply to use a list comprehension, but you should measure it \
               first: <code>xs = [f(x) for x in data if x[0] == '#']; print(xs)</code> and then \
               <code>d = {k: v for k, v in pairs}</code> for a dict."; 8],
        );
        let v = tutorial.kind_signals.voice;
        assert!(v.code >= 200, "{v:?}");
        assert_ne!(tutorial.article.kind, Kind::Opinion, "{:?}", model_scores(&tutorial.kind_signals));
        // The same first person, arguing about government and the public purse, is a column.
        let column = fixture(
            "https://www.example.com/2026/10/12/harbour",
            "The harbour is not the council's to sell",
            &["I think the government should stop pretending that selling the harbour will help the \
               economy. We must say it plainly: public land belongs to citizens, and I believe the \
               council knows it, but no minister wants to admit that this policy is wrong."; 8],
        );
        assert!(column.kind_signals.voice.public >= 50, "{:?}", column.kind_signals.voice);
        assert_eq!(column.article.kind, Kind::Opinion, "{:?}", model_scores(&column.kind_signals));
    }
}
