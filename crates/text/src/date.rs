//! Parsing dates and times as printed in page metadata and visible text.
//!
//! One entry point, [`parse_date`], accepts RFC 3339 / ISO 8601, RFC 2822,
//! Unix timestamps, numeric dates and written dates with month names in many
//! languages. Parsing is allocation-free for ASCII-digit input: the string is
//! split into at most 64 tokens on the stack and a few patterns are matched.

use colonnade_model::Timestamp;
use jiff::civil::DateTime;
use jiff::tz::Offset;

use crate::words::{is_cjk_char, is_space};

/// Only this many characters of the input are looked at.
const MAX_CHARS: usize = 200;
/// At most this many tokens are kept.
const MAX_TOKENS: usize = 64;
/// Room for the folded text of word tokens.
const ARENA: usize = 512;
/// Accepted years.
const YEARS: std::ops::RangeInclusive<i64> = 1990..=2100;
/// Unix seconds accepted for bare timestamps: 1995-01-01 .. 2100-01-01.
const UNIX_RANGE: std::ops::Range<i64> = 788_918_400..4_102_444_800;
/// How many tokens after (or before) a date are searched for its time.
const TIME_WINDOW: usize = 8;

/// Options for [`parse_date_with`].
#[derive(Default, Clone, Copy, Debug)]
pub struct DateOptions {
    /// Read ambiguous numeric dates written with slashes or dashes (`05/06/2024`,
    /// `3/09/15`) month first, as in the US. Without it they are read day first, and
    /// dotted ones (`05.06.2024`) always are. Unambiguous ones (`13/05/2024`,
    /// `05/13/2024`) are read the only possible way either way.
    pub prefer_month_first: bool,
}

/// A parsed date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateParse {
    /// The instant with the offset it was printed with (0 when none was given).
    pub timestamp: Timestamp,
    /// Whether a time of day was found (otherwise it is 00:00).
    pub has_time: bool,
    /// Whether an offset or zone was found (otherwise the time is taken as UTC).
    /// Unix timestamps count as having one.
    pub has_offset: bool,
}

/// Parse a date/time as found in page metadata or visible text, keeping the offset.
///
/// Missing time → 00:00 (`has_time` false); missing offset → UTC (`has_offset`
/// false). Handles RFC 3339 / ISO 8601 (`2024-05-01T09:30:00+02:00`, `Z`,
/// fractions, `+0200` / `+02`, a space for `T`, date only, `20240501T093000Z`,
/// no seconds, lower case), RFC 2822 (with named zones such as `GMT`, `EST`,
/// `PDT`, with or without weekday), Unix timestamps (10 or 13 digits, 1995 to
/// 2100), written dates with month names (full or abbreviated) in English,
/// French, German, Spanish, Portuguese, Italian, Dutch, Turkish, Russian,
/// Ukrainian, Polish, Czech, Indonesian and Arabic, CJK dates (`2024年5月5日`,
/// `2024년 5월 5일`), numeric dates (`05.05.2024`, `5/5/2024`, `2024/05/05`,
/// day first unless impossible) and times such as `10:30`, `10:30 am`,
/// `10.30pm`, `10h30`, `10時30分`. Arabic-Indic, Devanagari and full-width
/// digits are accepted. Text around the date is tolerated; the first date
/// found wins.
///
/// Relative dates ("yesterday", "2 hours ago"), dates without a year, and
/// years outside 1990..=2100 give `None`.
pub fn parse_date(s: &str) -> Option<DateParse> {
    parse_date_with(s, DateOptions::default())
}

/// Whether `s` is only a date (and perhaps a time): at most `max_bytes` long, with at most
/// `max_words` words holding letters (a month's or a weekday's name, "Uhr", "am"), and a date
/// [`parse_date`] reads. "23.05.2011", "Mon, March 3, 2020" and "3. Mai 2021, 10:12 Uhr" are;
/// "March 3, 2020 changed it all" and "Top 10 things to do in 2024" are not: a headline holds
/// dates too.
pub fn is_only_date(s: &str, max_bytes: usize, max_words: usize) -> bool {
    let s = s.trim();
    s.len() <= max_bytes
        && s.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count() <= max_words
        && parse_date(s).is_some()
}

/// [`parse_date`] with options.
pub fn parse_date_with(s: &str, opts: DateOptions) -> Option<DateParse> {
    let s = cap(s.trim_matches(is_space));
    if s.is_ascii() {
        if !s.bytes().any(|b| b.is_ascii_digit()) {
            return None;
        }
        return parse_inner(s, opts);
    }
    if s.chars().any(|c| foreign_to_ascii(c).is_some()) {
        // The day's ezafe in Kurdish and Persian ("٣ی ئازاری", the 3rd of March) leaves the
        // number.
        let mut normalized = String::with_capacity(s.len());
        for c in s.chars() {
            let c = foreign_to_ascii(c).unwrap_or(c);
            normalized.push(if c == '\u{06CC}' && normalized.ends_with(|p: char| p.is_ascii_digit()) {
                ' '
            } else {
                c
            });
        }
        if !normalized.bytes().any(|b| b.is_ascii_digit()) {
            return None;
        }
        return parse_inner(&normalized, opts);
    }
    if !s.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    parse_inner(s, opts)
}

/// The first [`MAX_CHARS`] characters.
fn cap(s: &str) -> &str {
    if s.len() <= MAX_CHARS {
        return s;
    }
    match s.char_indices().nth(MAX_CHARS) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// Whether a character is a decimal digit of any script the dates are read in: ASCII, or one that
/// the table of other scripts maps to an ASCII digit: Arabic-Indic, Persian, Devanagari, Bengali,
/// Gurmukhi, Gujarati, Odia, Tamil, Telugu, Kannada, Malayalam, Thai, full-width.
pub fn is_any_digit(c: char) -> bool {
    c.is_ascii_digit() || foreign_to_ascii(c).is_some_and(|d| d.is_ascii_digit())
}

/// Non-ASCII digits and full-width ASCII forms mapped to ASCII.
fn foreign_to_ascii(c: char) -> Option<char> {
    let base = match c {
        '\u{0660}'..='\u{0669}' => 0x0660, // Arabic-Indic
        '\u{06F0}'..='\u{06F9}' => 0x06F0, // Extended Arabic-Indic (Persian, Urdu)
        '\u{0966}'..='\u{096F}' => 0x0966, // Devanagari
        '\u{09E6}'..='\u{09EF}' => 0x09E6, // Bengali
        '\u{0A66}'..='\u{0A6F}' => 0x0A66, // Gurmukhi
        '\u{0AE6}'..='\u{0AEF}' => 0x0AE6, // Gujarati
        '\u{0B66}'..='\u{0B6F}' => 0x0B66, // Odia
        '\u{0BE6}'..='\u{0BEF}' => 0x0BE6, // Tamil
        '\u{0C66}'..='\u{0C6F}' => 0x0C66, // Telugu
        '\u{0CE6}'..='\u{0CEF}' => 0x0CE6, // Kannada
        '\u{0D66}'..='\u{0D6F}' => 0x0D66, // Malayalam
        '\u{0E50}'..='\u{0E59}' => 0x0E50, // Thai
        '\u{0ED0}'..='\u{0ED9}' => 0x0ED0, // Lao
        '\u{1040}'..='\u{1049}' => 0x1040, // Myanmar
        '\u{17E0}'..='\u{17E9}' => 0x17E0, // Khmer
        '\u{FF01}'..='\u{FF5E}' => return char::from_u32(c as u32 - 0xFEE0),
        _ => return None,
    };
    char::from_digit(c as u32 - base, 10)
}

fn parse_inner(s: &str, opts: DateOptions) -> Option<DateParse> {
    if let Some(p) = parse_unix(s) {
        return Some(p);
    }
    if let Some(p) = parse_iso(s.as_bytes()) {
        return Some(p);
    }
    let toks = Tokens::new(s);
    parse_tokens(&toks, opts)
}

// ---------------------------------------------------------------------------
// Building the result

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Ymd {
    y: i64,
    m: u64,
    d: u64,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Hms {
    h: u64,
    mi: u64,
    s: u64,
    nanos: u64,
}

/// A valid calendar date within the accepted years.
fn valid_ymd(y: i64, m: u64, d: u64) -> Option<Ymd> {
    if !YEARS.contains(&y) || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    jiff::civil::Date::new(y as i16, m as i8, d as i8).ok()?;
    Some(Ymd { y, m, d })
}

fn build(date: Ymd, time: Option<Hms>, offset: Option<i32>) -> Option<DateParse> {
    let t = time.unwrap_or_default();
    if t.h > 23 || t.mi > 59 || t.s > 60 || t.nanos >= 1_000_000_000 {
        return None;
    }
    let dt = DateTime::new(
        date.y as i16,
        date.m as i8,
        date.d as i8,
        t.h as i8,
        t.mi as i8,
        t.s.min(59) as i8, // leap second
        t.nanos as i32,
    )
    .ok()?;
    let off = offset.unwrap_or(0);
    let instant = Offset::from_seconds(off).ok()?.to_timestamp(dt).ok()?;
    Some(DateParse { timestamp: Timestamp::new(instant, off), has_time: time.is_some(), has_offset: offset.is_some() })
}

// ---------------------------------------------------------------------------
// Fast paths: Unix timestamps and strict ISO 8601

fn parse_unix(s: &str) -> Option<DateParse> {
    let b = s.as_bytes();
    if !(b.len() == 10 || b.len() == 13) || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let v: i64 = s.parse().ok()?;
    let (secs, millis) = if b.len() == 13 { (v / 1000, v % 1000) } else { (v, 0) };
    if !UNIX_RANGE.contains(&secs) {
        return None;
    }
    let instant = jiff::Timestamp::from_millisecond(secs * 1000 + millis).ok()?;
    Some(DateParse { timestamp: Timestamp::new(instant, 0), has_time: true, has_offset: true })
}

/// Value of `n` ASCII digits at `b[at..]`.
fn digits(b: &[u8], at: usize, n: usize) -> Option<u64> {
    let part = b.get(at..at + n)?;
    let mut v = 0u64;
    for &c in part {
        if !c.is_ascii_digit() {
            return None;
        }
        v = v * 10 + u64::from(c - b'0');
    }
    Some(v)
}

/// Strict ISO 8601 / RFC 3339 covering the whole string; anything else
/// (trailing words, named zones) is left to the general parser.
fn parse_iso(b: &[u8]) -> Option<DateParse> {
    let (date, mut p, extended) = if b.get(4) == Some(&b'-') {
        if b.get(7) != Some(&b'-') {
            return None;
        }
        let y = digits(b, 0, 4)?;
        let m = digits(b, 5, 2)?;
        let d = digits(b, 8, 2)?;
        (valid_ymd(y as i64, m, d)?, 10, true)
    } else {
        let y = digits(b, 0, 4)?;
        let m = digits(b, 4, 2)?;
        let d = digits(b, 6, 2)?;
        if !matches!(b.get(8), Some(b'T' | b't')) {
            return None;
        }
        (valid_ymd(y as i64, m, d)?, 8, false)
    };
    if p == b.len() {
        return build(date, None, None);
    }
    if !matches!(b[p], b'T' | b't' | b' ') {
        return None;
    }
    p += 1;
    let h = digits(b, p, 2)?;
    p += 2;
    let mut t = Hms { h, ..Hms::default() };
    if b.get(p) == Some(&b':') {
        p += 1;
    } else if extended {
        return None;
    }
    t.mi = digits(b, p, 2)?;
    p += 2;
    let colon = b.get(p) == Some(&b':');
    if colon || (!extended && b.get(p).is_some_and(u8::is_ascii_digit)) {
        p += usize::from(colon);
        t.s = digits(b, p, 2)?;
        p += 2;
        if matches!(b.get(p), Some(b'.' | b',')) {
            p += 1;
            let start = p;
            while p < b.len() && b[p].is_ascii_digit() {
                p += 1;
            }
            if p == start {
                return None;
            }
            t.nanos = nanos_of(&b[start..p]);
        }
    }
    if p == b.len() {
        return build(date, Some(t), None);
    }
    if b[p] == b' ' {
        p += 1;
    }
    let offset = match b.get(p)? {
        b'Z' | b'z' if p + 1 == b.len() => 0,
        &sign @ (b'+' | b'-') => {
            let rest = &b[p + 1..];
            let (hh, mm) = match rest.len() {
                2 => (digits(rest, 0, 2)?, 0),
                4 => (digits(rest, 0, 2)?, digits(rest, 2, 2)?),
                5 if rest[2] == b':' => (digits(rest, 0, 2)?, digits(rest, 3, 2)?),
                _ => return None,
            };
            signed_offset(sign == b'-', hh, mm)?
        }
        _ => return None,
    };
    build(date, Some(t), Some(offset))
}

/// Nanoseconds from the digits of a decimal fraction of a second.
fn nanos_of(frac: &[u8]) -> u64 {
    let mut v = 0u64;
    for i in 0..9 {
        v = v * 10 + frac.get(i).map_or(0, |&c| u64::from(c - b'0'));
    }
    v
}

fn signed_offset(negative: bool, hh: u64, mm: u64) -> Option<i32> {
    if hh > 18 || mm > 59 {
        return None;
    }
    let secs = (hh * 3600 + mm * 60) as i32;
    Some(if negative { -secs } else { secs })
}

// ---------------------------------------------------------------------------
// Tokens

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Num,
    Word,
    Punct,
}

#[derive(Clone, Copy, Debug)]
struct Tok {
    kind: Kind,
    /// Whitespace precedes the token.
    space: bool,
    /// Number of digits (numbers).
    nd: u8,
    /// Value (numbers, saturating).
    val: u64,
    /// The character (punctuation).
    ch: char,
    /// Folded text in the arena (words).
    w: (u16, u16),
}

const EMPTY_TOK: Tok = Tok { kind: Kind::Punct, space: false, nd: 0, val: 0, ch: ' ', w: (0, 0) };

/// The input split into numbers, words (lower-cased, Latin diacritics
/// removed) and single punctuation characters. Each Han / Kana character is a
/// word of its own.
struct Tokens {
    toks: [Tok; MAX_TOKENS],
    n: usize,
    arena: [u8; ARENA],
    alen: usize,
}

impl Tokens {
    fn new(s: &str) -> Self {
        let mut t = Tokens { toks: [EMPTY_TOK; MAX_TOKENS], n: 0, arena: [0; ARENA], alen: 0 };
        let mut space = false;
        let mut it = s.chars().peekable();
        while let Some(c) = it.next() {
            if t.n == MAX_TOKENS {
                break;
            }
            let mut tok = Tok { space, ..EMPTY_TOK };
            if c.is_ascii_digit() {
                tok.kind = Kind::Num;
                tok.val = u64::from(c as u8 - b'0');
                tok.nd = 1;
                while let Some(&d) = it.peek() {
                    if !d.is_ascii_digit() {
                        break;
                    }
                    it.next();
                    tok.val = tok.val.saturating_mul(10).saturating_add(u64::from(d as u8 - b'0'));
                    tok.nd = tok.nd.saturating_add(1);
                }
            } else if is_space(c) {
                space = true;
                continue;
            } else if is_cjk_char(c) {
                tok.kind = Kind::Word;
                let start = t.alen;
                t.push_char(c);
                tok.w = (start as u16, t.alen as u16);
            } else if c.is_alphabetic() {
                tok.kind = Kind::Word;
                let start = t.alen;
                t.push_char(fold(c));
                while let Some(&d) = it.peek() {
                    // A combining mark inside a word is part of it: the virama of "मार्च", the
                    // nukta of "फ़रवरी" (not letters by Unicode's count), and their kin in the
                    // other Indian scripts ("মার্চ", "ಮಾರ್ಚ್", "ମାର୍ଚ୍ଚ"), Thai, Lao, Burmese ("ဒီဇင်ဘာ",
                    // its asat) and Khmer (not their full stops).
                    let mark = matches!(d, '\u{0900}'..='\u{0903}' | '\u{093A}'..='\u{094F}' | '\u{0951}'..='\u{0957}')
                        || (matches!(d, '\u{0980}'..='\u{0DFF}' | '\u{0E00}'..='\u{0EFF}' | '\u{1000}'..='\u{109F}' | '\u{1780}'..='\u{17FF}')
                            && !d.is_alphanumeric()
                            && !is_any_digit(d)
                            && !matches!(d, '\u{104A}' | '\u{104B}' | '\u{17D4}' | '\u{17D5}'));
                    if !(d.is_alphabetic() || mark) || is_cjk_char(d) {
                        break;
                    }
                    it.next();
                    t.push_char(fold(d));
                }
                tok.w = (start as u16, t.alen as u16);
            } else {
                tok.ch = c;
            }
            t.toks[t.n] = tok;
            t.n += 1;
            space = false;
        }
        t
    }

    fn push_char(&mut self, c: char) {
        let mut buf = [0u8; 4];
        let enc = c.encode_utf8(&mut buf).as_bytes();
        if self.alen + enc.len() <= ARENA {
            self.arena[self.alen..self.alen + enc.len()].copy_from_slice(enc);
            self.alen += enc.len();
        }
    }

    fn tok(&self, i: usize) -> Option<&Tok> {
        self.toks[..self.n].get(i)
    }

    /// Folded word at `i`, or "" when it is not a word.
    fn word(&self, i: usize) -> &str {
        match self.tok(i) {
            Some(t) if t.kind == Kind::Word => {
                std::str::from_utf8(&self.arena[t.w.0 as usize..t.w.1 as usize]).unwrap_or("")
            }
            _ => "",
        }
    }

    /// (value, digit count) of the number at `i`.
    fn num(&self, i: usize) -> Option<(u64, u8)> {
        match self.tok(i) {
            Some(t) if t.kind == Kind::Num => Some((t.val, t.nd)),
            _ => None,
        }
    }

    fn punct(&self, i: usize) -> Option<char> {
        match self.tok(i) {
            Some(t) if t.kind == Kind::Punct => Some(t.ch),
            _ => None,
        }
    }

    /// Whitespace before token `i` (true past the end).
    fn space(&self, i: usize) -> bool {
        self.tok(i).is_none_or(|t| t.space)
    }

    /// Punctuation `c` at `i` glued to the previous token.
    fn glued_punct(&self, i: usize, c: char) -> bool {
        self.punct(i) == Some(c) && !self.space(i)
    }

    /// A number at `i` glued to the previous token.
    fn glued_num(&self, i: usize) -> Option<(u64, u8)> {
        if self.space(i) { None } else { self.num(i) }
    }

    /// Skip separators and little words between the parts of a written date.
    fn skip_fillers(&self, mut i: usize) -> usize {
        while let Some(t) = self.tok(i) {
            let skip = match t.kind {
                Kind::Punct => matches!(t.ch, '.' | ',' | '-' | '/' | '،' | '၊' | '(' | ')'),
                Kind::Word => is_filler(self.word(i)),
                Kind::Num => false,
            };
            if !skip {
                break;
            }
            i += 1;
        }
        i
    }

    /// An ordinal suffix glued to the number before it ("5th", "1er", "1º").
    fn is_ordinal(&self, i: usize) -> bool {
        !self.space(i)
            && matches!(self.word(i), "st" | "nd" | "rd" | "th" | "er" | "re" | "e" | "eme" | "o" | "a" | "º" | "ª")
    }

    /// A month name at `i`: (month, index after it).
    fn month_at(&self, i: usize) -> Option<(u64, usize)> {
        let w = self.word(i);
        if w.is_empty() {
            return None;
        }
        if let Some(m) = month_of(w) {
            return Some((m, i + 1));
        }
        // Thai abbreviations: "20 มี.ค. 69".
        if let Some(m) = self.thai_abbreviation(i) {
            return Some((m, i + 4));
        }
        // Levantine two-word months, and the hijri calendar's.
        let next = self.word(i + 1);
        let m = match (w, next) {
            ("كانون", "الثاني") => 1,
            ("كانون", "الاول") => 12,
            ("تشرين", "الاول") => 10,
            ("تشرين", "الثاني") => 11,
            ("ربيع", "الاول") => HIJRI + 3,
            ("ربيع", "الاخر" | "الثاني") => HIJRI + 4,
            ("جمادى", "الاولى" | "الاول") => HIJRI + 5,
            ("جمادى", "الاخرة" | "الثانية" | "الاخر") => HIJRI + 6,
            ("ذو" | "ذي", "القعدة") => HIJRI + 11,
            ("ذو" | "ذي", "الحجة") => HIJRI + 12,
            _ => return None,
        };
        Some((m, i + 2))
    }

    /// A Thai month's abbreviation at `i`, a word, a dot, a word and a dot ("มี.ค."):
    /// `BUDDHIST` + its number.
    fn thai_abbreviation(&self, i: usize) -> Option<u64> {
        if self.punct(i + 1) != Some('.') || self.punct(i + 3) != Some('.') || self.space(i + 1) || self.space(i + 2) {
            return None;
        }
        let m = match (self.word(i), self.word(i + 2)) {
            ("ม", "ค") => 1,
            ("ก", "พ") => 2,
            ("มี", "ค") => 3,
            ("เม", "ย") => 4,
            ("พ", "ค") => 5,
            ("มิ", "ย") => 6,
            ("ก", "ค") => 7,
            ("ส", "ค") => 8,
            ("ก", "ย") => 9,
            ("ต", "ค") => 10,
            ("พ", "ย") => 11,
            ("ธ", "ค") => 12,
            _ => return None,
        };
        Some(BUDDHIST + m)
    }
}

fn is_filler(w: &str) -> bool {
    matches!(w, "de" | "del" | "of" | "the" | "di" | "du" | "den" | "der" | "go" | "го" | "ng")
}

/// Lower case with Latin diacritics, Cyrillic ё and Arabic hamza/madda alef
/// variants folded, so one table entry matches all spellings.
fn fold(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let l = c.to_lowercase().next().unwrap_or(c);
    match l {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ą' | 'ă' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ę' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ı' => 'i',
        'ł' => 'l',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ő' => 'o',
        'ř' => 'r',
        'ś' | 'š' | 'ş' | 'ș' => 's',
        'ť' | 'ț' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        'ğ' => 'g',
        'ё' => 'е',
        'أ' | 'إ' | 'آ' => 'ا',
        other => other,
    }
}

/// Month number of a folded month name or abbreviation.
fn month_of(w: &str) -> Option<u64> {
    let m = match w {
        // January
        "january" | "jan" | "janvier" | "janv" | "januar" | "janner" | "jaenner" | "enero" | "ene" | "janeiro"
        | "gennaio" | "gen" | "januari" | "ocak" | "styczen" | "stycznia" | "sty" | "leden" | "ledna" | "led"
        | "январь" | "января" | "янв" | "січень" | "січня" | "січ" | "يناير" | "جانفي" => {
            1
        }
        // February
        "february" | "feb" | "fevrier" | "fevr" | "fev" | "februar" | "feber" | "febrero" | "febr" | "fevereiro"
        | "febbraio" | "februari" | "subat" | "luty" | "lutego" | "lut" | "unor" | "unora" | "февраль" | "февраля"
        | "фев" | "февр" | "лютий" | "лютого" | "лют" | "فبراير" | "فيفري" | "شباط" => {
            2
        }
        // March
        "march" | "mar" | "mars" | "marz" | "maerz" | "marzo" | "marco" | "maart" | "mrt" | "maret" | "mart"
        | "marzec" | "marca" | "brezen" | "brezna" | "бре" | "март" | "марта" | "мар" | "березень" | "березня"
        | "бер" | "مارس" | "اذار" => 3,
        // April
        "april" | "apr" | "avril" | "avr" | "abril" | "abr" | "aprile" | "nisan" | "kwiecien" | "kwietnia" | "kwi"
        | "duben" | "dubna" | "апрель" | "апреля" | "апр" | "квітень" | "квітня" | "квіт" | "ابريل" | "نيسان"
        | "افريل" => 4,
        // May
        "may" | "mai" | "mayo" | "maio" | "maggio" | "mag" | "mei" | "mayis" | "maj" | "maja" | "kveten" | "kvetna"
        | "май" | "мая" | "травень" | "травня" | "трав" | "مايو" | "ايار" | "ماي" => {
            5
        }
        // June
        "june" | "jun" | "juin" | "juni" | "junio" | "junho" | "giugno" | "giu" | "haziran" | "czerwiec"
        | "czerwca" | "cze" | "cerven" | "cervna" | "июнь" | "июня" | "июн" | "червень" | "червня" | "черв"
        | "يونيو" | "يونيه" | "حزيران" | "جوان" => 6,
        // July
        "july" | "jul" | "juillet" | "juil" | "juli" | "julio" | "julho" | "luglio" | "lug" | "temmuz" | "lipiec"
        | "lipca" | "lip" | "cervenec" | "cervence" | "июль" | "июля" | "июл" | "липень" | "липня" | "лип"
        | "يوليو" | "يوليه" | "تموز" | "جويلية" => 7,
        // August
        "august" | "aug" | "aout" | "agosto" | "ago" | "augustus" | "agustus" | "agu" | "agt" | "ags" | "agustos"
        | "sierpien" | "sierpnia" | "sie" | "srpen" | "srpna" | "август" | "августа" | "авг" | "серпень" | "серпня"
        | "серп" | "اغسطس" | "اب" | "اوت" => 8,
        // September
        "september" | "sep" | "sept" | "septembre" | "septiembre" | "setiembre" | "setembro" | "settembre" | "set"
        | "eylul" | "wrzesien" | "wrzesnia" | "wrz" | "zari" | "сентябрь" | "сентября" | "сен" | "сент"
        | "вересень" | "вересня" | "вер" | "سبتمبر" | "ايلول" => 9,
        // October
        "october" | "oct" | "octobre" | "oktober" | "okt" | "octubre" | "outubro" | "out" | "ottobre" | "ott"
        | "ekim" | "pazdziernik" | "pazdziernika" | "paz" | "rijen" | "rijna" | "октябрь" | "октября" | "окт"
        | "жовтень" | "жовтня" | "жовт" | "اكتوبر" => 10,
        // November
        "november" | "nov" | "novembre" | "noviembre" | "novembro" | "kasim" | "listopad" | "listopada"
        | "listopadu" | "lis" | "ноябрь" | "ноября" | "ноя" | "нояб" | "листопад" | "листопада" | "лист" | "نوفمبر" => {
            11
        }
        // December
        "december" | "dec" | "decembre" | "dezember" | "dez" | "diciembre" | "dic" | "dezembro" | "dicembre"
        | "desember" | "des" | "aralik" | "grudzien" | "grudnia" | "gru" | "prosinec" | "prosince" | "дек"
        | "декабрь" | "декабря" | "грудень" | "грудня" | "груд" | "ديسمبر" => 12,
        // Hindi (Devanagari), with and without the nukta and the half nasal.
        "जनवरी" => 1,
        "फरवरी" | "\u{92b}\u{93c}रवरी" | "\u{95e}रवरी" => 2,
        "मार्च" => 3,
        // The months of the other Indian scripts, as the papers print them (Bengali, Gujarati,
        // Kannada, Odia, Telugu, Tamil, Malayalam, Gurmukhi).
        "জানুয়ারি" | "જાન્યુઆરી" | "ಜನವರಿ" | "ଜାନୁଆରୀ" | "జనవరి" | "ஜனவரி" | "ജനുവരി" | "ਜਨਵਰੀ" => {
            1
        }
        "ফেব্রুয়ারি" | "ફેબ્રુઆરી" | "ಫೆಬ್ರವರಿ" | "ଫେବୃଆରୀ" | "ఫిబ్రవరి" | "பிப்ரவரி" | "ഫെബ്രുവരി" | "ਫਰਵਰੀ" => {
            2
        }
        "মার্চ" | "માર્ચ" | "ಮಾರ್ಚ್" | "ମାର୍ଚ୍ଚ" | "మార్చి" | "மார்ச்" | "മാർച്ച്" | "ਮਾਰਚ" => {
            3
        }
        "এপ্রিল" | "એપ્રિલ" | "ಏಪ್ರಿಲ್" | "ଅପ୍ରେଲ" | "ఏప్రిల్" | "ஏப்ரல்" | "ഏപ്രിൽ" | "ਅਪ੍ਰੈਲ" => {
            4
        }
        "মে" | "મે" | "ಮೇ" | "ମେ" | "మే" | "மே" | "മേയ്" | "ਮਈ" => 5,
        "জুন" | "જૂન" | "ಜೂನ್" | "ଜୁନ" | "జూన్" | "ஜூன்" | "ജൂൺ" | "ਜੂਨ" => {
            6
        }
        "জুলাই" | "જુલાઈ" | "ಜುಲೈ" | "ଜୁଲାଇ" | "జూలై" | "ஜூலை" | "ജൂലൈ" | "ਜੁਲਾਈ" => {
            7
        }
        "আগস্ট" | "ઓગસ્ટ" | "ಆಗಸ್ಟ್" | "ଅଗଷ୍ଟ" | "ఆగస్టు" | "ஆகஸ்ட்" | "ഓഗസ്റ്റ്" | "ਅਗਸਤ" => {
            8
        }
        "সেপ্টেম্বর" | "સપ્ટેમ્બર" | "ಸೆಪ್ಟೆಂಬರ್" | "ସେପ୍ଟେମ୍ବର" | "సెప్టెంబర్" | "செப்டம்பர்" | "സെപ്റ്റംബർ" | "ਸਤੰਬਰ" => {
            9
        }
        "অক্টোবর" | "ઓક્ટોબર" | "ಅಕ್ಟೋಬರ್" | "ଅକ୍ଟୋବର" | "అక్టోబర్" | "அக்டோபர்" | "ഒക്ടോബർ" | "ਅਕਤੂਬਰ" => {
            10
        }
        "নভেম্বর" | "નવેમ્બર" | "ನವೆಂಬರ್" | "ନଭେମ୍ବର" | "నవంబర్" | "நவம்பர்" | "നവംബർ" | "ਨਵੰਬਰ" => {
            11
        }
        "ডিসেম্বর" | "ડિસેમ્બર" | "ಡಿಸೆಂಬರ್" | "ଡିସେମ୍ବର" | "డిసెంబర్" | "டிசம்பர்" | "ഡിസംബർ" | "ਦਸੰਬਰ" => {
            12
        }
        "अप्रैल" => 4,
        "मई" => 5,
        "जून" => 6,
        "जुलाई" => 7,
        "अगस्त" => 8,
        "सितंबर" | "सितम्बर" => 9,
        "अक्टूबर" | "अक्तूबर" => 10,
        "नवंबर" | "नवम्बर" => 11,
        "दिसंबर" | "दिसम्बर" => 12,
        // Greek (the genitive a date takes, with and without its accent: "6 Μαρτίου 2026") and
        // Croatian ("5. ožujka 2026."; its "listopad", October, is Czech and Polish November and
        // stays theirs).
        "ιανουαρίου" | "ιανουαριου" => 1,
        "φεβρουαρίου" | "φεβρουαριου" => 2,
        "μαρτίου" | "μαρτιου" => 3,
        "απριλίου" | "απριλιου" => 4,
        "μαΐου" | "μαιου" => 5,
        "ιουνίου" | "ιουνιου" => 6,
        "ιουλίου" | "ιουλιου" => 7,
        "αυγούστου" | "αυγουστου" => 8,
        "σεπτεμβρίου" | "σεπτεμβριου" => 9,
        "οκτωβρίου" | "οκτωβριου" => 10,
        "νοεμβρίου" | "νοεμβριου" => 11,
        "δεκεμβρίου" | "δεκεμβριου" => 12,
        "sijecnja" => 1,
        "veljace" => 2,
        "ozujka" => 3,
        "travnja" => 4,
        "svibnja" => 5,
        "lipnja" => 6,
        "srpnja" => 7,
        "kolovoza" => 8,
        "rujna" => 9,
        "studenoga" | "studenog" => 11,
        "prosinca" => 12,
        // Swahili ("Jumanne, Machi 10, 2026"), Afrikaans, Hausa, Somali and Malagasy.
        "januarie" | "janairu" | "janaayo" | "janoary" => 1,
        "februarie" | "fabrairu" | "febraayo" | "febroary" => 2,
        "machi" | "maris" | "maarso" | "martsa" => 3,
        "aprili" | "afrilu" | "abriil" | "aprily" => 4,
        "mayu" | "maajo" => 5,
        "junie" | "yuni" | "juun" | "jona" => 6,
        "julai" | "julie" | "yuli" | "luulyo" | "jolay" => 7,
        "agosti" | "agusta" | "agoosto" | "aogositra" => 8,
        "septemba" | "satumba" | "sebtembar" | "septambra" => 9,
        "oktoba" | "oktoobar" | "oktobra" => 10,
        "novemba" | "nuwamba" | "nofembar" | "novambra" => 11,
        "desemba" | "disamba" | "desembar" | "desambra" => 12,
        // Urdu (Pakistan's papers: "پیر ۱۶ مارچ ۲۰۲۶"), the Gregorian months as Persian writes
        // them ("۵ مارس ۲۰۲۶", "ژانویه"), and the Syriac months of Iraq's Kurdish papers, with
        // the ezafe they take before the year ("٣ی ئازاری ٢٠٢٦").
        "جنوری" => 1,
        "فروری" => 2,
        "مارچ" => 3,
        "اپریل" => 4,
        "مئی" => 5,
        "جون" => 6,
        "جولائی" => 7,
        "اگست" => 8,
        "ستمبر" => 9,
        "اکتوبر" => 10,
        "نومبر" => 11,
        "دسمبر" => 12,
        "ژانویه" => 1,
        "فوریه" => 2,
        "اوریل" | "آوریل" => 4,
        "ژوئن" => 6,
        "ژوئیه" | "جولای" => 7,
        "سپتامبر" => 9,
        "اکتبر" => 10,
        "نوامبر" => 11,
        "دسامبر" => 12,
        // Tagalog (Spanish-born: "enero", "abril", "mayo", "agosto" are above).
        "pebrero" => 2,
        "marso" => 3,
        "hunyo" => 6,
        "hulyo" => 7,
        "setyembre" => 9,
        "oktubre" => 10,
        "nobyembre" => 11,
        "disyembre" => 12,
        // Burmese.
        "ဇန်နဝါရီ" => 1,
        "ဖေဖော်ဝါရီ" => 2,
        "မတ်" => 3,
        "ဧပြီ" => 4,
        "မေ" => 5,
        "ဇွန်" => 6,
        "ဇူလိုင်" => 7,
        "ဩဂုတ်" | "ဪဂုတ်" => 8,
        "စက်တင်ဘာ" => 9,
        "အောက်တိုဘာ" => 10,
        "နိုဝင်ဘာ" => 11,
        "ဒီဇင်ဘာ" => 12,
        "شوبات" | "شوباتی" => 2,
        "ئازار" | "ئازاری" => 3,
        "نیسان" | "نیسانی" => 4,
        "ئایار" | "ئایاری" => 5,
        "حوزەیران" | "حوزەیرانی" => 6,
        "تەممووز" | "تەممووزی" => 7,
        "ئاب" | "ئابی" => 8,
        "ئەیلوول" | "ئەیلوولی" => 9,
        // Persian months of the solar hijri calendar, as `JALALI` + their number (Iran and
        // Afghanistan print dates in it: "۱۸ اسفند ۱۴۰۴"); [`ymd`] converts them.
        "فروردین" | "فروردين" => JALALI + 1,
        "اردیبهشت" | "ارديبهشت" => JALALI + 2,
        "خرداد" => JALALI + 3,
        "تیر" => JALALI + 4,
        "مرداد" => JALALI + 5,
        "شهریور" | "شهريور" => JALALI + 6,
        "مهر" => JALALI + 7,
        "آبان" | "ابان" => JALALI + 8,
        "آذر" | "اذر" => JALALI + 9,
        "دی" | "دي" => JALALI + 10,
        "بهمن" => JALALI + 11,
        "اسفند" => JALALI + 12,
        // Thai months; Thai papers count years in the Buddhist era ([`ymd`]: 2569 is 2026).
        "มกราคม" => BUDDHIST + 1,
        "กุมภาพันธ์" => BUDDHIST + 2,
        "มีนาคม" => BUDDHIST + 3,
        "เมษายน" => BUDDHIST + 4,
        "พฤษภาคม" => BUDDHIST + 5,
        "มิถุนายน" => BUDDHIST + 6,
        "กรกฎาคม" => BUDDHIST + 7,
        "สิงหาคม" => BUDDHIST + 8,
        "กันยายน" => BUDDHIST + 9,
        "ตุลาคม" => BUDDHIST + 10,
        "พฤศจิกายน" => BUDDHIST + 11,
        "ธันวาคม" => BUDDHIST + 12,
        // Months of the Islamic (hijri) calendar, as `HIJRI` + their number: Gulf papers print
        // "الخميس 23 رمضان 1447هـ" ([`ymd`] converts them; the two-word ones in `month_at`).
        "محرم" => HIJRI + 1,
        "صفر" => HIJRI + 2,
        "رجب" => HIJRI + 7,
        "شعبان" => HIJRI + 8,
        "رمضان" => HIJRI + 9,
        "شوال" => HIJRI + 10,
        _ => return None,
    };
    Some(m)
}

/// Added to a month's number when it is a month of the solar hijri calendar ([`month_of`]).
const JALALI: u64 = 100;

/// Added to a month's number when it is a Thai month ([`month_of`]): its year may be the
/// Buddhist era's, 543 years ahead.
const BUDDHIST: u64 = 200;

/// Added to a month's number when it is a month of the Islamic (hijri) calendar ([`month_of`]).
const HIJRI: u64 = 300;

/// A date of a month found by name: Gregorian, or solar hijri (a month above [`JALALI`]),
/// Thai (above [`BUDDHIST`]) or Islamic (above [`HIJRI`]), converted to Gregorian.
fn ymd(y: i64, m: u64, d: u64) -> Option<Ymd> {
    if m > HIJRI {
        let (gy, gm, gd) = hijri_to_gregorian(y, m - HIJRI, d)?;
        return valid_ymd(gy, gm, gd);
    }
    if m > BUDDHIST {
        return valid_ymd(if y > 2400 { y - 543 } else { y }, m - BUDDHIST, d);
    }
    if m > JALALI {
        let (gy, gm, gd) = jalali_to_gregorian(y, m - JALALI, d)?;
        return valid_ymd(gy, gm, gd);
    }
    valid_ymd(y, m, d)
}

/// The Gregorian date of a solar hijri one (the arithmetic of the 33-year cycle, exact from 1178
/// to 1633 AP, 1799 to 2254 AD).
/// The Gregorian date of a day of the tabular Islamic calendar (its civil epoch, 16 July 622):
/// the arithmetic calendar that the Umm al-Qura calendar papers print follows within a day.
fn hijri_to_gregorian(hy: i64, hm: u64, hd: u64) -> Option<(i64, u64, u64)> {
    hijri_ordinal(hy, hm, hd).map(civil_of_ordinal)
}

/// The day of a date of the tabular Islamic calendar, counted from 1 January of year 1
/// (proleptic Gregorian, day 1), as Python's `toordinal`.
fn hijri_ordinal(hy: i64, hm: u64, hd: u64) -> Option<i64> {
    if !(1300..=1600).contains(&hy) || !(1..=12).contains(&hm) || !(1..=30).contains(&hd) {
        return None;
    }
    let (hm, hd) = (hm as i64, hd as i64);
    Some(hd + (59 * (hm - 1) + 1) / 2 + (hy - 1) * 354 + (3 + 11 * hy) / 30 + 227_014)
}

/// The Gregorian date of a day counted as [`hijri_ordinal`] counts.
fn civil_of_ordinal(ordinal: i64) -> (i64, u64, u64) {
    // Days since 1970-01-01, then the civil date (Howard Hinnant's algorithm).
    let z = ordinal - 719_163 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u64;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u64;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// An Arabic weekday's name, Monday 0 to Sunday 6.
fn arabic_weekday(w: &str) -> Option<i64> {
    Some(match w {
        "الاثنين" | "الإثنين" => 0,
        "الثلاثاء" => 1,
        "الاربعاء" => 2,
        "الخميس" => 3,
        "الجمعة" => 4,
        "السبت" => 5,
        "الاحد" => 6,
        _ => return None,
    })
}

/// A hijri date, with the weekday printed before it ("الخميس 23 رمضان 1447هـ") settling the
/// day where the printed calendar (sighted moons, Umm al-Qura) and the arithmetic one part.
fn hijri_ymd(t: &Tokens, i: usize, y: i64, m: u64, d: u64) -> Option<Ymd> {
    let mut ordinal = hijri_ordinal(y, m - HIJRI, d)?;
    let before = if i >= 2 && t.punct(i - 1).is_some() { i - 2 } else { i.wrapping_sub(1) };
    if let Some(wd) = arabic_weekday(t.word(before))
        && let Some(delta) = [0, -1, 1].into_iter().find(|delta| (ordinal + delta + 6).rem_euclid(7) == wd)
    {
        ordinal += delta;
    }
    let (gy, gm, gd) = civil_of_ordinal(ordinal);
    valid_ymd(gy, gm, gd)
}

fn jalali_to_gregorian(jy: i64, jm: u64, jd: u64) -> Option<(i64, u64, u64)> {
    if !(1300..=1500).contains(&jy) || !(1..=12).contains(&jm) || !(1..=31).contains(&jd) {
        return None;
    }
    let jy = jy + 1595;
    let (jm, jd) = (jm as i64, jd as i64);
    let mut days = -355_668
        + 365 * jy
        + (jy / 33) * 8
        + ((jy % 33) + 3) / 4
        + jd
        + if jm < 7 { (jm - 1) * 31 } else { (jm - 7) * 30 + 186 };
    let mut gy = 400 * (days / 146_097);
    days %= 146_097;
    if days > 36_524 {
        days -= 1;
        gy += 100 * (days / 36_524);
        days %= 36_524;
        if days >= 365 {
            days += 1;
        }
    }
    gy += 4 * (days / 1461);
    days %= 1461;
    if days > 365 {
        gy += (days - 1) / 365;
        days = (days - 1) % 365;
    }
    let leap = (gy % 4 == 0 && gy % 100 != 0) || gy % 400 == 0;
    let lengths = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let mut gd = days + 1;
    let mut gm = 0;
    while gm < 12 && gd > lengths[gm] {
        gd -= lengths[gm];
        gm += 1;
    }
    Some((gy, gm as u64 + 1, gd as u64))
}

/// UTC offset in seconds of a (folded) zone abbreviation.
fn zone_offset(w: &str) -> Option<i32> {
    let h = |x: i32| x * 3600;
    let off = match w {
        "gmt" | "utc" | "ut" | "z" | "wet" => 0,
        "bst" | "cet" | "wat" | "west" | "mez" => h(1),
        "cest" | "eet" | "sast" | "mesz" | "cat" => h(2),
        "eest" | "msk" | "мск" | "trt" | "eat" => h(3),
        "gst" => h(4),
        "pkt" => h(5),
        "ist" => h(5) + 1800,
        "wib" | "ict" => h(7),
        "wita" | "hkt" | "sgt" | "awst" | "pht" | "myt" => h(8),
        "jst" | "kst" | "wit" => h(9),
        "aest" => h(10),
        "aedt" => h(11),
        "nzst" => h(12),
        "nzdt" => h(13),
        "brt" | "art" => h(-3),
        "edt" => h(-4),
        "est" | "cdt" => h(-5),
        "cst" | "mdt" => h(-6),
        "mst" | "pdt" => h(-7),
        "pst" | "akdt" => h(-8),
        "akst" => h(-9),
        "hst" => h(-10),
        _ => return None,
    };
    Some(off)
}

// ---------------------------------------------------------------------------
// The general parser

/// A date found at tokens `start..end`, perhaps with a time inside it
/// (asctime puts the time between day and year).
struct Found {
    date: Ymd,
    start: usize,
    end: usize,
    time: Option<(Hms, Option<i32>)>,
}

fn parse_tokens(t: &Tokens, opts: DateOptions) -> Option<DateParse> {
    let found = find_date(t, opts)?;
    let mut time = found.time;
    if time.is_none() {
        let hi = (found.end + TIME_WINDOW).min(t.n);
        time = (found.end..hi).find_map(|j| time_zone_at(t, j).map(|(h, z, _)| (h, z)));
    }
    if time.is_none() {
        let lo = found.start.saturating_sub(TIME_WINDOW);
        time = (lo..found.start).find_map(|j| match time_zone_at(t, j) {
            Some((h, z, end)) if end <= found.start => Some((h, z)),
            _ => None,
        });
    }
    match time {
        Some((hms, zone)) => build(found.date, Some(hms), zone),
        None => build(found.date, None, None),
    }
}

fn find_date(t: &Tokens, opts: DateOptions) -> Option<Found> {
    for i in 0..t.n {
        let found = match t.toks[i].kind {
            Kind::Num => numeric_at(t, i, opts)
                .or_else(|| cjk_at(t, i))
                .or_else(|| dmy_at(t, i))
                .or_else(|| ymd_words_at(t, i))
                .or_else(|| compact_at(t, i)),
            Kind::Word => mdy_at(t, i),
            Kind::Punct => None,
        };
        if found.is_some() {
            return found;
        }
    }
    None
}

fn two_digit_year(v: u64) -> i64 {
    if v >= 90 { 1900 + v as i64 } else { 2000 + v as i64 }
}

/// `05.05.2024`, `5/5/2024`, `2024-05-05`, `2024/5/5`, `05.05.24`, `2024. 5. 5.`
fn numeric_at(t: &Tokens, i: usize, opts: DateOptions) -> Option<Found> {
    let (a, and) = t.num(i)?;
    let sep = t.punct(i + 1)?;
    if !matches!(sep, '.' | '/' | '-') || t.space(i + 1) {
        return None;
    }
    let (b, bnd) = t.num(i + 2)?;
    if !t.glued_punct(i + 3, sep) {
        return None;
    }
    let (c, cnd) = t.num(i + 4)?;
    if sep == '-' && (t.space(i + 2) || t.space(i + 4)) {
        return None;
    }
    // Longer dotted chains are versions or addresses, not dates.
    if t.glued_punct(i + 5, sep) && t.glued_num(i + 6).is_some() {
        return None;
    }
    let date = if and == 4 {
        if bnd > 2 || cnd > 2 {
            return None;
        }
        valid_ymd(a as i64, b, c)?
    } else if and <= 2 && bnd <= 2 && (cnd == 4 || (cnd == 2 && sep != '-')) {
        let y = if cnd == 4 { c as i64 } else { two_digit_year(c) };
        let month_first = if a > 12 {
            false
        } else if b > 12 {
            true
        } else {
            // The US writes its dates with slashes or dashes; a dotted date is day first everywhere.
            opts.prefer_month_first && sep != '.'
        };
        if month_first { valid_ymd(y, a, b)? } else { valid_ymd(y, b, a)? }
    } else {
        return None;
    };
    Some(Found { date, start: i, end: i + 5, time: None })
}

/// `2024年5月5日`, `2024년 5월 5일`; Taiwan's Minguo years, 1911 after the Gregorian:
/// `115年12月7日` (2026), `民國99年1月1日` (2010).
fn cjk_at(t: &Tokens, i: usize) -> Option<Found> {
    let (mut y, ynd) = t.num(i)?;
    // (Each Han character is a token: "民", "國".)
    let minguo = i >= 2 && t.word(i - 2) == "民" && matches!(t.word(i - 1), "國" | "国");
    // (Korean "년" follows Gregorian years only.)
    let han_year = t.word(i + 1) == "年";
    if han_year && ((ynd == 3 && (100..=150).contains(&y)) || (minguo && (1..=3).contains(&ynd))) {
        y += 1911;
    } else if ynd != 4 {
        return None;
    }
    if !matches!(t.word(i + 1), "年" | "년") {
        return None;
    }
    let (m, mnd) = t.num(i + 2)?;
    if mnd > 2 || !matches!(t.word(i + 3), "月" | "월") {
        return None;
    }
    let (d, dnd) = t.num(i + 4)?;
    if dnd > 2 || !matches!(t.word(i + 5), "日" | "일") {
        return None;
    }
    Some(Found { date: valid_ymd(y as i64, m, d)?, start: i, end: i + 6, time: None })
}

fn day_at(t: &Tokens, i: usize) -> Option<u64> {
    match t.num(i)? {
        (d, 1..=2) if (1..=31).contains(&d) => Some(d),
        _ => None,
    }
}

fn year_at(t: &Tokens, i: usize) -> Option<i64> {
    match t.num(i)? {
        (y, 4) => Some(y as i64),
        _ => None,
    }
}

/// `5 May 2024`, `5. Mai 2024`, `5 de mayo de 2024`, `1er mai 2024`
fn dmy_at(t: &Tokens, i: usize) -> Option<Found> {
    let d = day_at(t, i)?;
    let mut j = i + 1;
    if t.is_ordinal(j) {
        j += 1;
    }
    let (m, j) = t.month_at(t.skip_fillers(j))?;
    let k = t.skip_fillers(j);
    // A Thai date may give the Buddhist era's year in two digits: "20 มี.ค. 69" (2569).
    let short_buddhist = || match t.num(k) {
        Some((v, 2)) if (BUDDHIST..HIJRI).contains(&m) => Some(2500 + v as i64),
        _ => None,
    };
    let y = year_at(t, k).or_else(short_buddhist)?;
    let date = if m > HIJRI { hijri_ymd(t, i, y, m, d)? } else { ymd(y, m, d)? };
    Some(Found { date, start: i, end: k + 1, time: None })
}

/// `May 5, 2024`, `Sept. 5th 2024`, and asctime `May  5 10:30:00 2024`
fn mdy_at(t: &Tokens, i: usize) -> Option<Found> {
    let (m, j) = t.month_at(i)?;
    let j = t.skip_fillers(j);
    let d = day_at(t, j)?;
    let mut k = j + 1;
    if t.is_ordinal(k) {
        k += 1;
    }
    let k = t.skip_fillers(k);
    if let Some(y) = year_at(t, k) {
        return Some(Found { date: ymd(y, m, d)?, start: i, end: k + 1, time: None });
    }
    let (hms, zone, after) = time_zone_at(t, k)?;
    let y = year_at(t, after)?;
    Some(Found { date: ymd(y, m, d)?, start: i, end: after + 1, time: Some((hms, zone)) })
}

/// `2024 May 5`
fn ymd_words_at(t: &Tokens, i: usize) -> Option<Found> {
    let y = year_at(t, i)?;
    let (m, j) = t.month_at(t.skip_fillers(i + 1))?;
    let k = t.skip_fillers(j);
    let d = day_at(t, k)?;
    Some(Found { date: ymd(y, m, d)?, start: i, end: k + 1, time: None })
}

/// `20240501T093000Z` inside text.
fn compact_at(t: &Tokens, i: usize) -> Option<Found> {
    let (v, nd) = t.num(i)?;
    if nd != 8 || t.word(i + 1) != "t" || t.space(i + 1) {
        return None;
    }
    Some(Found { date: valid_ymd((v / 10_000) as i64, v / 100 % 100, v % 100)?, start: i, end: i + 1, time: None })
}

/// A time at `j` plus an optional zone after it; returns the index after both.
fn time_zone_at(t: &Tokens, j: usize) -> Option<(Hms, Option<i32>, usize)> {
    let (hms, k) = time_at(t, j)?;
    match zone_at(t, k) {
        Some((off, end)) => Some((hms, Some(off), end)),
        None => Some((hms, None, k)),
    }
}

/// `10:30`, `10:30:15.123`, `10.30`, `10h30`, `10h`, `10 am`, `10:30 p.m.`,
/// `10時30分`, `오후 3시`, `下午3点30分`, and `093000` after a `T`.
fn time_at(t: &Tokens, j: usize) -> Option<(Hms, usize)> {
    let (hv, hnd) = t.num(j)?;
    if (hnd == 4 || hnd == 6) && !t.space(j) && j > 0 && t.word(j - 1) == "t" {
        let (h, mi, s) = if hnd == 4 { (hv / 100, hv % 100, 0) } else { (hv / 10_000, hv / 100 % 100, hv % 100) };
        if h > 23 || mi > 59 || s > 60 {
            return None;
        }
        return Some((Hms { h, mi, s, nanos: 0 }, j + 1));
    }
    if hnd > 2 || hv > 23 {
        return None;
    }
    let mut hms = Hms { h: hv, ..Hms::default() };
    let mut k = j + 1;
    let minutes = |i: usize| match t.glued_num(i) {
        Some((v, 2)) if v <= 59 => Some(v),
        _ => None,
    };
    let mut explicit = false;
    if t.glued_punct(k, ':') {
        hms.mi = minutes(k + 1)?;
        k += 2;
        explicit = true;
        if t.glued_punct(k, ':')
            && let Some((s, 2)) = t.glued_num(k + 1)
            && s <= 60
        {
            hms.s = s;
            k += 2;
            if (t.glued_punct(k, '.') || t.glued_punct(k, ','))
                && let Some((_, nd)) = t.glued_num(k + 1)
            {
                hms.nanos = frac_nanos(t, k + 1, nd);
                k += 2;
            }
        }
    } else if t.glued_punct(k, '.') {
        hms.mi = minutes(k + 1)?;
        k += 2;
        explicit = true;
    } else if t.word(k) == "h" {
        k += 1;
        explicit = true;
        if let Some((v, 2)) = t.num(k)
            && v <= 59
        {
            hms.mi = v;
            k += 1;
        }
    } else if matches!(t.word(k), "時" | "时" | "点" | "點" | "시") {
        k += 1;
        explicit = true;
        if let Some((v, 1..=2)) = t.num(k)
            && v <= 59
            && matches!(t.word(k + 1), "分" | "분")
        {
            hms.mi = v;
            k += 2;
        }
    }
    // am / pm after the time, or a CJK marker before it.
    let mut pm: Option<bool> = None;
    match t.word(k) {
        "am" => {
            pm = Some(false);
            k += 1;
        }
        "pm" | "م" | "مساء" => {
            pm = Some(true);
            k += 1;
        }
        "ص" | "صباحا" => {
            pm = Some(false);
            k += 1;
        }
        w @ ("a" | "p") if t.punct(k + 1) == Some('.') && t.word(k + 2) == "m" => {
            pm = Some(w == "p");
            k += 3;
            if t.glued_punct(k, '.') {
                k += 1;
            }
        }
        _ => {}
    }
    if pm.is_none() && j > 0 {
        pm = match (t.word(j.wrapping_sub(2)), t.word(j - 1)) {
            (_, "오후") | ("午", "後") | ("下", "午") | ("晚", "上") => Some(true),
            (_, "오전") | ("午", "前") | ("上", "午") | ("早", "上") => Some(false),
            _ => None,
        };
    }
    if !explicit && pm.is_none() {
        return None;
    }
    match pm {
        Some(true) if (1..12).contains(&hms.h) => hms.h += 12,
        Some(false) if hms.h == 12 => hms.h = 0,
        _ => {}
    }
    Some((hms, k))
}

/// Nanoseconds of the fraction digits of the number token at `i`.
fn frac_nanos(t: &Tokens, i: usize, nd: u8) -> u64 {
    let (v, _) = t.num(i).unwrap_or((0, 0));
    if nd > 19 {
        return 0; // saturated; precision beyond nanoseconds is noise anyway
    }
    let nd = u32::from(nd);
    if nd <= 9 { v * 10u64.pow(9 - nd) } else { v / 10u64.pow(nd - 9) }
}

/// `Z`, `+02:00`, `+0200`, `-05`, `GMT`, `BST`, `GMT+2`, `(UTC+05:30)`.
fn zone_at(t: &Tokens, k: usize) -> Option<(i32, usize)> {
    let k = if t.punct(k) == Some('(') { k + 1 } else { k };
    if let Some(base) = zone_offset(t.word(k)) {
        return match numeric_offset(t, k + 1) {
            Some((adj, end)) if !t.space(k + 1) => Some((base + adj, end)),
            _ => Some((base, k + 1)),
        };
    }
    numeric_offset(t, k)
}

fn numeric_offset(t: &Tokens, k: usize) -> Option<(i32, usize)> {
    let negative = match t.punct(k)? {
        '+' => false,
        '-' | '−' => true,
        _ => return None,
    };
    let (v, nd) = t.glued_num(k + 1)?;
    let (hh, mm, end) = match nd {
        1 | 2 => match t.glued_num(k + 3) {
            Some((mm, 2)) if t.glued_punct(k + 2, ':') => (v, mm, k + 4),
            _ => (v, 0, k + 2),
        },
        3 | 4 => (v / 100, v % 100, k + 2),
        _ => return None,
    };
    Some((signed_offset(negative, hh, mm)?, end))
}

/// The order in which a text writes its numeric dates, if one of them shows it: `Some(true)`
/// for month first (`3/25/15`: no month 25), `Some(false)` for day first (`25/3/15`), `None`
/// when none is unambiguous. Only dates with slashes or dashes count (the orders that differ
/// between countries); a year first (`2015/03/25`) says nothing. Looks at the first
/// 200 characters, without allocating.
pub fn numeric_date_order(s: &str) -> Option<bool> {
    let s = cap(s).as_bytes();
    // Runs of one or two digits, each with where it ends.
    let run = |from: usize| -> Option<(u64, usize)> {
        let len = s.get(from..)?.iter().take(3).take_while(|b| b.is_ascii_digit()).count();
        if !(1..=2).contains(&len) {
            return None;
        }
        let v = s[from..from + len].iter().fold(0u64, |v, b| v * 10 + u64::from(b - b'0'));
        Some((v, from + len))
    };
    let mut i = 0;
    while i < s.len() {
        let starts_number = s[i].is_ascii_digit() && (i == 0 || !s[i - 1].is_ascii_digit());
        if starts_number
            && let Some((a, end)) = run(i)
            && let Some(&sep) = s.get(end).filter(|&&b| b == b'/' || b == b'-')
            && let Some((b, end)) = run(end + 1)
            && s.get(end) == Some(&sep)
        {
            let year = s[end + 1..].iter().take_while(|b| b.is_ascii_digit()).count();
            if (year == 2 || year == 4) && (1..=31).contains(&a) && (1..=31).contains(&b) {
                if a > 12 && b <= 12 {
                    return Some(false);
                }
                if b > 12 && a <= 12 {
                    return Some(true);
                }
            }
        }
        i += 1;
    }
    None
}

/// The time zone most of a country's press prints its dates in, by the host's country-code
/// top-level domain (`.de`, `.com.ar`): for showing a time given only in UTC as the publication's
/// local day. Generic domains (`.com`, `.org`) and countries spread over several zones with no
/// dominant press zone (`.us`) give `None`.
pub fn press_time_zone(host: &str) -> Option<&'static str> {
    let tld = host.trim_end_matches('.').rsplit('.').next()?.to_ascii_lowercase();
    Some(match tld.as_str() {
        "de" | "at" | "ch" | "li" => "Europe/Berlin",
        "fr" | "be" | "lu" | "mc" => "Europe/Paris",
        "es" | "ad" => "Europe/Madrid",
        "it" | "sm" | "va" => "Europe/Rome",
        "nl" => "Europe/Amsterdam",
        "pl" => "Europe/Warsaw",
        "cz" | "sk" => "Europe/Prague",
        "hu" => "Europe/Budapest",
        "hr" | "si" | "ba" | "rs" | "me" | "mk" | "al" => "Europe/Belgrade",
        "se" | "no" | "dk" => "Europe/Stockholm",
        "fi" | "ee" => "Europe/Helsinki",
        "lv" | "lt" => "Europe/Riga",
        "ro" | "md" => "Europe/Bucharest",
        "bg" => "Europe/Sofia",
        "gr" | "cy" => "Europe/Athens",
        "ua" => "Europe/Kyiv",
        "by" => "Europe/Minsk",
        "ru" => "Europe/Moscow",
        "tr" => "Europe/Istanbul",
        "uk" | "ie" | "pt" => "Europe/London",
        "is" => "Atlantic/Reykjavik",
        "il" => "Asia/Jerusalem",
        "lb" | "sy" | "jo" => "Asia/Beirut",
        "eg" => "Africa/Cairo",
        "sa" | "qa" | "kw" | "bh" | "iq" | "ye" => "Asia/Riyadh",
        "ae" | "om" => "Asia/Dubai",
        "ir" => "Asia/Tehran",
        "pk" => "Asia/Karachi",
        "in" => "Asia/Kolkata",
        "bd" => "Asia/Dhaka",
        "lk" => "Asia/Colombo",
        "np" => "Asia/Kathmandu",
        "th" => "Asia/Bangkok",
        "vn" => "Asia/Ho_Chi_Minh",
        "my" | "sg" => "Asia/Singapore",
        "id" => "Asia/Jakarta",
        "ph" => "Asia/Manila",
        "cn" | "hk" | "mo" | "tw" => "Asia/Shanghai",
        "jp" => "Asia/Tokyo",
        "kr" => "Asia/Seoul",
        "au" => "Australia/Sydney",
        "nz" => "Pacific/Auckland",
        "za" => "Africa/Johannesburg",
        "ng" => "Africa/Lagos",
        "ke" => "Africa/Nairobi",
        "ma" => "Africa/Casablanca",
        "dz" | "tn" => "Africa/Tunis",
        "ca" => "America/Toronto",
        "mx" => "America/Mexico_City",
        "gt" | "sv" | "hn" | "ni" | "cr" => "America/Guatemala",
        "pa" => "America/Panama",
        "cu" => "America/Havana",
        "do" => "America/Santo_Domingo",
        "pr" => "America/Puerto_Rico",
        "co" => "America/Bogota",
        "ve" => "America/Caracas",
        "ec" => "America/Guayaquil",
        "pe" => "America/Lima",
        "bo" => "America/La_Paz",
        "cl" => "America/Santiago",
        "ar" => "America/Argentina/Buenos_Aires",
        "uy" => "America/Montevideo",
        "py" => "America/Asuncion",
        "br" => "America/Sao_Paulo",
        _ => return None,
    })
}

/// The UTC offset, in seconds, the press of the host's country prints `instant` with
/// ([`press_time_zone`]; the zone rules are built into the binary).
pub fn press_offset(host: &str, instant: jiff::Timestamp) -> Option<i32> {
    let tz = jiff::tz::TimeZone::get(press_time_zone(host)?).ok()?;
    Some(tz.to_offset(instant).seconds())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn press_offsets_follow_the_country_and_its_summer_time() {
        let t = |s: &str| s.parse::<jiff::Timestamp>().unwrap();
        assert_eq!(press_offset("www.beige.de", t("2022-11-06T23:00:00Z")), Some(3600));
        assert_eq!(press_offset("beige.de", t("2022-07-06T23:00:00Z")), Some(7200));
        assert_eq!(press_offset("www.lanacion.com.ar", t("2022-05-04T00:25:56Z")), Some(-3 * 3600));
        assert_eq!(press_offset("www.eldeber.com.bo", t("2022-05-04T02:41:00Z")), Some(-4 * 3600));
        assert_eq!(press_offset("example.com", t("2022-05-04T02:41:00Z")), None);
        assert_eq!(press_offset("localhost", t("2022-05-04T02:41:00Z")), None);
    }

    #[test]
    fn only_a_date_has_few_words_beside_it() {
        assert!(is_only_date(" 23.05.2011 ", 32, 2));
        assert!(is_only_date("Mon, March 3, 2020", 32, 2));
        assert!(is_only_date("3. Mai 2021, 10:12 Uhr", 40, 3));
        assert!(is_only_date("٢٣/٠٥/٢٠١١", 32, 2), "Arabic-Indic digits");
        assert!(!is_only_date("March 3, 2020 changed it all", 32, 2));
        assert!(!is_only_date("Top 10 things to do in 2024", 40, 3));
        assert!(!is_only_date("15 October 2019 by Bradley Kuhn", 40, 3), "a byline after it");
        assert!(!is_only_date("Mon, March 3, 2020", 12, 2), "too long");
        assert!(!is_only_date("Yesterday", 32, 2));
    }
    use proptest::prelude::*;

    /// RFC 3339 of the parse, with "/t" or "/d" for time present/absent and
    /// "/o" when an offset was found.
    fn p(s: &str) -> String {
        p_with(s, DateOptions::default())
    }

    fn p_with(s: &str, opts: DateOptions) -> String {
        match parse_date_with(s, opts) {
            Some(d) => d.timestamp.to_string(),
            None => "none".to_string(),
        }
    }

    fn flags(s: &str) -> (bool, bool) {
        let d = parse_date(s).unwrap();
        (d.has_time, d.has_offset)
    }

    #[track_caller]
    fn check(cases: &[(&str, &str)]) {
        for (input, want) in cases {
            assert_eq!(p(input), *want, "input: {input:?}");
        }
    }

    #[test]
    fn rfc3339_and_iso() {
        check(&[
            ("2024-05-01T09:30:00+02:00", "2024-05-01T09:30:00+02:00"),
            ("2024-05-01T09:30:00Z", "2024-05-01T09:30:00Z"),
            ("2024-05-01t09:30:00z", "2024-05-01T09:30:00Z"),
            ("2024-05-01T09:30:00.123456Z", "2024-05-01T09:30:00Z"),
            ("2024-05-01T09:30:00,5+01:00", "2024-05-01T09:30:00+01:00"),
            ("2024-05-01T09:30:00+0200", "2024-05-01T09:30:00+02:00"),
            ("2024-05-01T09:30:00+02", "2024-05-01T09:30:00+02:00"),
            ("2024-05-01T09:30:00-05:00", "2024-05-01T09:30:00-05:00"),
            ("2024-05-01T09:30:00+05:30", "2024-05-01T09:30:00+05:30"),
            ("2024-05-01 09:30:00", "2024-05-01T09:30:00Z"),
            ("2024-05-01 09:30:00 +02:00", "2024-05-01T09:30:00+02:00"),
            ("2024-05-01", "2024-05-01T00:00:00Z"),
            ("20240501T093000Z", "2024-05-01T09:30:00Z"),
            ("20240501T0930+0200", "2024-05-01T09:30:00+02:00"),
            ("2024-05-01T09:30", "2024-05-01T09:30:00Z"),
            ("2024-05-01T09:30+02:00", "2024-05-01T09:30:00+02:00"),
            ("  2024-05-01T09:30:00Z\n", "2024-05-01T09:30:00Z"),
            ("2024-05-01T23:59:60Z", "2024-05-01T23:59:59Z"),
            ("2024-05-01 09:30:00 GMT", "2024-05-01T09:30:00Z"),
            ("2024-05-01T09:30:00 CEST", "2024-05-01T09:30:00+02:00"),
            ("Published 2024-05-01T09:30:00-04:00 by staff", "2024-05-01T09:30:00-04:00"),
            ("2024-05-05T10:30:00+02:00[Europe/Paris]", "2024-05-05T10:30:00+02:00"),
            ("2024-05-05 10:30:00.123456", "2024-05-05T10:30:00Z"),
            ("2024-05-05T10:30:00+14:00", "2024-05-05T10:30:00+14:00"),
            ("2024-05-05T10:30:00.000000+0000", "2024-05-05T10:30:00Z"),
            ("modified: 20240501T093000Z", "2024-05-01T09:30:00Z"),
        ]);
        let d = parse_date("2024-05-01T09:30:00.250Z").unwrap();
        assert_eq!(d.timestamp.instant.subsec_millisecond(), 250);
        assert_eq!(flags("2024-05-01"), (false, false));
        assert_eq!(flags("2024-05-01T09:30:00"), (true, false));
        assert_eq!(flags("2024-05-01T09:30:00Z"), (true, true));
        assert_eq!(flags("2024-05-01T09:30:00+02:00"), (true, true));
    }

    #[test]
    fn rfc2822() {
        check(&[
            ("Wed, 01 May 2024 09:30:00 +0200", "2024-05-01T09:30:00+02:00"),
            ("Wed, 01 May 2024 09:30:00 GMT", "2024-05-01T09:30:00Z"),
            ("Wed, 1 May 2024 09:30:00 EST", "2024-05-01T09:30:00-05:00"),
            ("Wed, 01 May 2024 09:30:00 PDT", "2024-05-01T09:30:00-07:00"),
            ("Wed, 01 May 2024 09:30:00 -0000", "2024-05-01T09:30:00Z"),
            ("01 May 2024 09:30:00 +0000", "2024-05-01T09:30:00Z"),
            ("01 May 2024 09:30 EDT", "2024-05-01T09:30:00-04:00"),
            ("Wed, 01 May 2024 09:30:00 UT", "2024-05-01T09:30:00Z"),
            ("Thu, 02 May 2024 18:05:59 MSK", "2024-05-02T18:05:59+03:00"),
            ("Thu, 02 May 2024 18:05:59 IST", "2024-05-02T18:05:59+05:30"),
            ("Thu, 02 May 2024 18:05:59 JST", "2024-05-02T18:05:59+09:00"),
            ("Thu, 02 May 2024 18:05:59 AEST", "2024-05-02T18:05:59+10:00"),
            ("Thu, 02 May 2024 18:05:59 AEDT", "2024-05-02T18:05:59+11:00"),
            ("Thu, 02 May 2024 18:05:59 WIB", "2024-05-02T18:05:59+07:00"),
            ("Thu, 02 May 2024 18:05:59 TRT", "2024-05-02T18:05:59+03:00"),
            ("Thu, 02 May 2024 18:05:59 KST", "2024-05-02T18:05:59+09:00"),
            ("Thu, 02 May 2024 18:05:59 CET", "2024-05-02T18:05:59+01:00"),
            ("Thu, 02 May 2024 18:05:59 EET", "2024-05-02T18:05:59+02:00"),
            ("Thu, 02 May 2024 18:05:59 EEST", "2024-05-02T18:05:59+03:00"),
            ("Thu, 02 May 2024 18:05:59 CST", "2024-05-02T18:05:59-06:00"),
            ("Thu, 02 May 2024 18:05:59 CDT", "2024-05-02T18:05:59-05:00"),
            ("Thu, 02 May 2024 18:05:59 MST", "2024-05-02T18:05:59-07:00"),
            ("Thu, 02 May 2024 18:05:59 MDT", "2024-05-02T18:05:59-06:00"),
            ("Thu, 02 May 2024 18:05:59 PST", "2024-05-02T18:05:59-08:00"),
            ("Thu, 02 May 2024 18:05:59 UTC", "2024-05-02T18:05:59Z"),
            ("Wed May  1 09:30:00 2024", "2024-05-01T09:30:00Z"),
            ("Wed May  1 09:30:00 UTC 2024", "2024-05-01T09:30:00Z"),
        ]);
        assert_eq!(flags("Wed, 01 May 2024 09:30:00 GMT"), (true, true));
    }

    #[test]
    fn unix() {
        check(&[
            ("1714555800", "2024-05-01T09:30:00Z"),
            ("1714555800123", "2024-05-01T09:30:00Z"),
            ("0000000001", "none"),
            ("9999999999", "none"),
            ("123456789", "none"),
        ]);
        assert_eq!(parse_date("1714555800123").unwrap().timestamp.instant.subsec_millisecond(), 123);
    }

    #[test]
    fn english() {
        check(&[
            ("May 5, 2024", "2024-05-05T00:00:00Z"),
            ("5 May 2024", "2024-05-05T00:00:00Z"),
            ("Sunday 5 May 2024 10.30 BST", "2024-05-05T10:30:00+01:00"),
            ("Published: May 5, 2024 at 10:30 am", "2024-05-05T10:30:00Z"),
            ("Updated 5 May 2024", "2024-05-05T00:00:00Z"),
            ("January 15, 2024 3:45 PM", "2024-01-15T15:45:00Z"),
            ("Jan. 15, 2024, 12:05 a.m. ET", "2024-01-15T00:05:00Z"),
            ("Sept. 3, 2024 10:30 p.m. EDT", "2024-09-03T22:30:00-04:00"),
            ("Sept 3 2024", "2024-09-03T00:00:00Z"),
            ("May 5th, 2024", "2024-05-05T00:00:00Z"),
            ("the 21st of June 2024", "2024-06-21T00:00:00Z"),
            ("Monday, 6 May 2024 10.30pm", "2024-05-06T22:30:00Z"),
            ("6 May 2024 12pm", "2024-05-06T12:00:00Z"),
            ("6 May 2024 12:15am", "2024-05-06T00:15:00Z"),
            ("10:30 AM, May 5, 2024", "2024-05-05T10:30:00Z"),
            ("2024 May 5", "2024-05-05T00:00:00Z"),
            ("5-May-2024", "2024-05-05T00:00:00Z"),
            ("DEC 31, 2023 11:59 PM GMT+2", "2023-12-31T23:59:00+02:00"),
            ("Last updated: Tuesday, 7 May 2024, 14:20 GMT+3", "2024-05-07T14:20:00+03:00"),
            ("May 05, 2024 | 10:30 AM EDT", "2024-05-05T10:30:00-04:00"),
            ("Mon, 06 May 2024 08:00:00 +0000 (UTC)", "2024-05-06T08:00:00Z"),
            ("06 May 2024 | 3 min read", "2024-05-06T00:00:00Z"),
            ("Posted on 05/05/2024 by admin", "2024-05-05T00:00:00Z"),
            ("5/13/2024 10:30:45 PM", "2024-05-13T22:30:45Z"),
            ("05/05/2024 - 22h15", "2024-05-05T22:15:00Z"),
            ("May 5, 2024 9:00 (UTC+05:30)", "2024-05-05T09:00:00+05:30"),
        ]);
        assert_eq!(flags("May 5, 2024"), (false, false));
        assert_eq!(flags("Sunday 5 May 2024 10.30 BST"), (true, true));
    }

    #[test]
    fn french() {
        check(&[
            ("5 mai 2024 à 10h30", "2024-05-05T10:30:00Z"),
            ("Publié le 1er mai 2024 à 8h05", "2024-05-01T08:05:00Z"),
            ("5 janv. 2024", "2024-01-05T00:00:00Z"),
            ("12 févr. 2024", "2024-02-12T00:00:00Z"),
            ("14 février 2024", "2024-02-14T00:00:00Z"),
            ("15 août 2024 à 14 h 30", "2024-08-15T14:30:00Z"),
            ("3 déc. 2023", "2023-12-03T00:00:00Z"),
            ("Mis à jour le 05/06/2024 à 10h", "2024-06-05T10:00:00Z"),
        ]);
    }

    #[test]
    fn german() {
        check(&[
            ("5. Mai 2024", "2024-05-05T00:00:00Z"),
            ("5. Mai 2024, 10:30 Uhr", "2024-05-05T10:30:00Z"),
            ("3. März 2024", "2024-03-03T00:00:00Z"),
            ("24. Dez. 2023", "2023-12-24T00:00:00Z"),
            ("12. Jänner 2024", "2024-01-12T00:00:00Z"),
            ("05.05.2024, 10:30 Uhr", "2024-05-05T10:30:00Z"),
            ("Stand: 05.05.24 10:30 MESZ", "2024-05-05T10:30:00+02:00"),
        ]);
    }

    #[test]
    fn spanish_portuguese_italian() {
        check(&[
            ("5 de mayo de 2024", "2024-05-05T00:00:00Z"),
            ("1º de mayo de 2024 - 10:30 CEST", "2024-05-01T10:30:00+02:00"),
            ("5 de mayo de 2024 a las 10:30", "2024-05-05T10:30:00Z"),
            ("20 sept. 2024", "2024-09-20T00:00:00Z"),
            ("12 dic 2023", "2023-12-12T00:00:00Z"),
            ("5 de maio de 2024", "2024-05-05T00:00:00Z"),
            ("10 de março de 2024 às 14h05", "2024-03-10T14:05:00Z"),
            ("5 out. 2024", "2024-10-05T00:00:00Z"),
            ("5 maggio 2024 ore 10:30", "2024-05-05T10:30:00Z"),
            ("18 settembre 2024", "2024-09-18T00:00:00Z"),
            ("1 gen 2024", "2024-01-01T00:00:00Z"),
        ]);
    }

    #[test]
    fn dutch_turkish_indonesian() {
        check(&[
            ("5 mei 2024 10:30", "2024-05-05T10:30:00Z"),
            ("12 maart 2024", "2024-03-12T00:00:00Z"),
            ("3 okt. 2023", "2023-10-03T00:00:00Z"),
            ("5 Mayıs 2024", "2024-05-05T00:00:00Z"),
            ("5 MAYIS 2024 Pazar 10:30", "2024-05-05T10:30:00Z"),
            ("1 Şubat 2024", "2024-02-01T00:00:00Z"),
            ("29 Ekim 2023", "2023-10-29T00:00:00Z"),
            ("30 Ağustos 2024", "2024-08-30T00:00:00Z"),
            ("14 Kasım 2024", "2024-11-14T00:00:00Z"),
            ("31 Aralık 2024", "2024-12-31T00:00:00Z"),
            ("5 Mei 2024 10:30 WIB", "2024-05-05T10:30:00+07:00"),
            ("Senin, 17 Agustus 2024", "2024-08-17T00:00:00Z"),
            ("25 Desember 2023", "2023-12-25T00:00:00Z"),
        ]);
    }

    #[test]
    fn russian_ukrainian() {
        check(&[
            ("5 мая 2024 г.", "2024-05-05T00:00:00Z"),
            ("1 января 2024", "2024-01-01T00:00:00Z"),
            ("14 февраля 2024", "2024-02-14T00:00:00Z"),
            ("8 марта 2024", "2024-03-08T00:00:00Z"),
            ("12 апреля 2024", "2024-04-12T00:00:00Z"),
            ("5 мая 2024, 10:30", "2024-05-05T10:30:00Z"),
            ("12 июня 2024", "2024-06-12T00:00:00Z"),
            ("3 июля 2024", "2024-07-03T00:00:00Z"),
            ("19 августа 2024", "2024-08-19T00:00:00Z"),
            ("1 сентября 2024 в 09:00 МСК", "2024-09-01T09:00:00+03:00"),
            ("7 октября 2024", "2024-10-07T00:00:00Z"),
            ("4 ноября 2024", "2024-11-04T00:00:00Z"),
            ("31 Декабря 2024", "2024-12-31T00:00:00Z"),
            ("24 серпня 2024", "2024-08-24T00:00:00Z"),
        ]);
    }

    #[test]
    fn polish_czech() {
        check(&[
            ("5 maja 2024", "2024-05-05T00:00:00Z"),
            ("11 listopada 2024, 10:30", "2024-11-11T10:30:00Z"),
            ("1 września 2024", "2024-09-01T00:00:00Z"),
            ("12 października 2024", "2024-10-12T00:00:00Z"),
            ("5. května 2024", "2024-05-05T00:00:00Z"),
            ("17. listopadu 2024", "2024-11-17T00:00:00Z"),
            ("28. října 2024 10:30", "2024-10-28T10:30:00Z"),
            ("1. července 2024", "2024-07-01T00:00:00Z"),
            ("1. června 2024", "2024-06-01T00:00:00Z"),
        ]);
    }

    #[test]
    fn arabic() {
        check(&[
            ("5 مايو 2024", "2024-05-05T00:00:00Z"),
            ("الأحد 5 مايو 2024 10:30", "2024-05-05T10:30:00Z"),
            ("15 يناير 2024", "2024-01-15T00:00:00Z"),
            ("٥ أبريل ٢٠٢٤", "2024-04-05T00:00:00Z"),
            ("प्रकाशित: १३ मार्च २०२६", "2026-03-13T00:00:00Z"),
            // The solar hijri calendar of Iran, in Persian digits and in ASCII ones.
            ("دوشنبه ۱۸ اسفند ۱۴۰۴", "2026-03-09T00:00:00Z"),
            ("1 فروردین 1403", "2024-03-20T00:00:00Z"),
            ("10 دی 1404", "2025-12-31T00:00:00Z"),
            // Bengali, Gujarati, Kannada and Odia, in their own digits.
            ("বৃহস্পতিবার, ১২ মার্চ ২০২৬", "2026-03-12T00:00:00Z"),
            ("મંગળવાર, ૧૭ માર્ચ ૨૦૨૬", "2026-03-17T00:00:00Z"),
            ("ಶುಕ್ರವಾರ, ೨೦ ಮಾರ್ಚ್ ೨೦೨೬", "2026-03-20T00:00:00Z"),
            ("ବୁଧବାର, ୨୫ ମାର୍ଚ୍ଚ ୨୦୨୬", "2026-03-25T00:00:00Z"),
            // Greek and Croatian.
            ("6 Μαρτίου 2026", "2026-03-06T00:00:00Z"),
            ("5. ožujka 2026.", "2026-03-05T00:00:00Z"),
            ("12. siječnja 2025.", "2025-01-12T00:00:00Z"),
            // Swahili and Afrikaans.
            ("Jumanne, Machi 10, 2026", "2026-03-10T00:00:00Z"),
            ("5 Maart 2026", "2026-03-05T00:00:00Z"),
            ("12 Julai 2025", "2025-07-12T00:00:00Z"),
            // Urdu and Sorani Kurdish, in Persian and Arabic-Indic digits.
            ("پیر ۱۶ مارچ ۲۰۲۶", "2026-03-16T00:00:00Z"),
            ("سێشەممە ٣ی ئازاری ٢٠٢٦ - ٠٩:١٠", "2026-03-03T09:10:00Z"),
            ("۵ ژانویه ۲۰۲۶", "2026-01-05T00:00:00Z"),
            // Thai, in the Buddhist era and in the common one.
            ("วันพุธที่ 25 มีนาคม 2569 เวลา 10:20 น.", "2026-03-25T10:20:00Z"),
            ("25 มีนาคม 2026", "2026-03-25T00:00:00Z"),
            // Thai abbreviations, with the Buddhist era's year in two digits.
            ("20 มี.ค. 69 07:15 น.", "2026-03-20T07:15:00Z"),
            ("1 ม.ค. 2569", "2026-01-01T00:00:00Z"),
            // The Islamic calendar, as the Gulf's papers print it alone.
            ("الخميس 23 رمضان 1447هـ", "2026-03-12T00:00:00Z"),
            ("1 رمضان 1446", "2025-03-01T00:00:00Z"),
            // The arithmetic calendar, a day off the printed one, unless a weekday says it.
            ("10 ذو الحجة 1446", "2025-06-07T00:00:00Z"),
            ("الجمعة 10 ذو الحجة 1446", "2025-06-06T00:00:00Z"),
            ("12 ربيع الأول 1447هـ", "2025-09-05T00:00:00Z"),
            ("5 सितंबर 2025", "2025-09-05T00:00:00Z"),
            ("20 أغسطس 2024", "2024-08-20T00:00:00Z"),
            ("5 كانون الثاني 2024", "2024-01-05T00:00:00Z"),
            ("5 كانون الأول 2024", "2024-12-05T00:00:00Z"),
            ("5 تشرين الأول 2024", "2024-10-05T00:00:00Z"),
            ("5 تشرين الثاني 2024", "2024-11-05T00:00:00Z"),
            ("5 شباط 2024", "2024-02-05T00:00:00Z"),
            ("5 آذار 2024", "2024-03-05T00:00:00Z"),
            ("5 نيسان 2024", "2024-04-05T00:00:00Z"),
            ("5 أيار 2024", "2024-05-05T00:00:00Z"),
            ("5 حزيران 2024", "2024-06-05T00:00:00Z"),
            ("5 تموز 2024", "2024-07-05T00:00:00Z"),
            ("5 آب 2024", "2024-08-05T00:00:00Z"),
            ("5 أيلول 2024", "2024-09-05T00:00:00Z"),
            ("5 أكتوبر 2024", "2024-10-05T00:00:00Z"),
            ("5 نوفمبر 2024", "2024-11-05T00:00:00Z"),
            ("5 ديسمبر 2024", "2024-12-05T00:00:00Z"),
            ("٢٠٢٤/٠٥/٠٥", "2024-05-05T00:00:00Z"),
            ("٥ مايو ٢٠٢٤ - ١٠:٣٠ م", "2024-05-05T22:30:00Z"),
            ("5 مايو 2024 10:30 ص", "2024-05-05T10:30:00Z"),
            ("۱۴۰۳/۰۲/۱۶", "none"),
        ]);
    }

    #[test]
    fn cjk() {
        check(&[
            ("2024年5月5日", "2024-05-05T00:00:00Z"),
            ("2024年05月05日 10:30", "2024-05-05T10:30:00Z"),
            ("2024年5月5日 10時30分", "2024-05-05T10:30:00Z"),
            ("2024年5月5日 下午3点30分", "2024-05-05T15:30:00Z"),
            ("2024年5月5日 午後3時", "2024-05-05T15:00:00Z"),
            ("２０２４年５月５日", "2024-05-05T00:00:00Z"),
            ("115年12月7日 14:05", "2026-12-07T14:05:00Z"),
            ("Lunes, Nobyembre 30, 2026", "2026-11-30T00:00:00Z"),
            ("ဒီဇင်ဘာ ၇၊ ၂၀၂၆", "2026-12-07T00:00:00Z"),
            ("中華民國99年1月1日", "2010-01-01T00:00:00Z"),
            ("115년 12월 7일", "none"),
            ("2024년 5월 5일", "2024-05-05T00:00:00Z"),
            ("2024년 5월 5일 오후 3:30", "2024-05-05T15:30:00Z"),
            ("2024. 5. 5. 오전 9:05", "2024-05-05T09:05:00Z"),
            ("2024.05.05 15:30 KST", "2024-05-05T15:30:00+09:00"),
            ("입력2024.05.05. 오후 10:30", "2024-05-05T22:30:00Z"),
        ]);
    }

    #[test]
    fn numeric() {
        check(&[
            ("05.05.2024", "2024-05-05T00:00:00Z"),
            ("5/5/2024", "2024-05-05T00:00:00Z"),
            ("2024/05/05", "2024-05-05T00:00:00Z"),
            ("2024-5-5", "2024-05-05T00:00:00Z"),
            ("04/05/2024", "2024-05-04T00:00:00Z"),
            ("13/05/2024", "2024-05-13T00:00:00Z"),
            ("05/13/2024", "2024-05-13T00:00:00Z"),
            ("05-13-2024 10:30", "2024-05-13T10:30:00Z"),
            ("13/13/2024", "none"),
            ("1.2.3.4", "none"),
            ("192.168.10.20", "none"),
        ]);
        let us = DateOptions { prefer_month_first: true };
        assert_eq!(p_with("04/05/2024", us), "2024-04-05T00:00:00Z");
        assert_eq!(p_with("3/09/15 8:00am", us), "2015-03-09T08:00:00Z");
        assert_eq!(p_with("04-05-2024", us), "2024-04-05T00:00:00Z");
        // Dotted dates are day first even on a US page.
        assert_eq!(p_with("04.05.2024", us), "2024-05-04T00:00:00Z");
        assert_eq!(p_with("13/05/2024", us), "2024-05-13T00:00:00Z");
        assert_eq!(p_with("5/6/24 3:15 pm", us), "2024-05-06T15:15:00Z");
    }

    #[test]
    fn issue_9_numeric_date_order_from_unambiguous_dates() {
        assert_eq!(numeric_date_order("Posted 3/25/15 at 8:00am"), Some(true));
        assert_eq!(numeric_date_order("25/03/2015"), Some(false));
        assert_eq!(numeric_date_order("03-25-2015"), Some(true));
        assert_eq!(numeric_date_order("3/09/15"), None);
        assert_eq!(numeric_date_order("2015/03/25"), None);
        assert_eq!(numeric_date_order("25.03.2015"), None);
        assert_eq!(numeric_date_order("call 555-13-2015"), None);
        assert_eq!(numeric_date_order("1/2 cup, 3/4 of 13/14"), None);
    }

    #[test]
    fn negatives() {
        for s in [
            "",
            "yesterday",
            "2 hours ago",
            "3 days ago",
            "il y a 2 heures",
            "vor 3 Stunden",
            "May 2024",
            "May 5",
            "5 May 1985",
            "5 May 2101",
            "1985-05-05",
            "2101-01-01T00:00:00Z",
            "2024-02-30",
            "30 February 2024",
            "2024-13-01",
            "Hello world 42",
            "call 555-1234",
            "10:30",
            "Page 3 of 12",
            "2024",
            "12345678901234567890123",
            "99999999999999999999999999 May 2024",
            "© 2024 The Times. 12 comments",
            "4.5 out of 5 stars 2024",
            "5 days ago",
            "Hace 2 horas",
            "2 часа назад",
            "T10:30",
            "2024-W18",
        ] {
            assert_eq!(p(s), "none", "input: {s:?}");
        }
    }

    #[test]
    fn long_input_is_capped() {
        let mut s = "x ".repeat(150);
        s.push_str("5 May 2024");
        assert_eq!(p(&s), "none");
        let s = format!("5 May 2024 {}", "é".repeat(500));
        assert_eq!(p(&s), "2024-05-05T00:00:00Z");
    }

    #[test]
    fn leap_day() {
        check(&[("29 February 2024", "2024-02-29T00:00:00Z"), ("29 February 2023", "none")]);
    }

    proptest! {
        #[test]
        fn never_panics(s in "\\PC{0,250}") {
            let _ = parse_date(&s);
            let _ = parse_date_with(&s, DateOptions { prefer_month_first: true });
        }

        #[test]
        fn never_panics_on_date_soup(parts in proptest::collection::vec(
            prop_oneof![
                "[0-9]{1,14}", Just(":".to_string()), Just(".".to_string()), Just("-".to_string()),
                Just("+".to_string()), Just("/".to_string()), Just(" ".to_string()),
                Just("T".to_string()), Just("Z".to_string()), Just("May".to_string()),
                Just("pm".to_string()), Just("a.m.".to_string()), Just("GMT".to_string()),
                Just("年".to_string()), Just("月".to_string()), Just("日".to_string()),
                Just("h".to_string()), Just("時".to_string()), Just("오후".to_string()),
                Just("كانون".to_string()), Just("٢".to_string()), Just("th".to_string()),
            ], 0..30)) {
            let s: String = parts.concat();
            if let Some(d) = parse_date(&s) {
                let year = jiff::tz::Offset::UTC.to_datetime(d.timestamp.instant).year();
                prop_assert!((1989..=2101).contains(&year));
            }
        }
    }

    #[test]
    fn digits_of_every_script_are_digits() {
        for c in ['7', '٧', '۷', '७', '৭', '๗', '７'] {
            assert!(is_any_digit(c), "{c}");
        }
        for c in ['a', 'Ａ', '七', '-'] {
            assert!(!is_any_digit(c), "{c}");
        }
    }
}
