//! Word counts, excerpts and whitespace collapsing.

use std::borrow::Cow;

/// Whitespace for this crate: Unicode `White_Space` (which includes NBSP,
/// U+2009 and friends) plus the invisible U+200B ZERO WIDTH SPACE, U+2060 WORD
/// JOINER, U+180E MONGOLIAN VOWEL SEPARATOR and U+FEFF (BOM / ZWNBSP).
#[inline]
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0B' | '\x0C');
    }
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{180E}' | '\u{FEFF}')
}

/// A character that counts as a word by itself: Han ideographs, Hiragana,
/// Katakana (and their extensions / compatibility forms).
#[inline]
pub fn is_cjk_char(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}'   // Hiragana, Katakana
        | '\u{31F0}'..='\u{31FF}' // Katakana phonetic extensions
        | '\u{3400}'..='\u{4DBF}' // CJK extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}' // CJK compatibility ideographs
        | '\u{FF66}'..='\u{FF9F}' // half-width Katakana
        | '\u{20000}'..='\u{3134F}' // CJK extensions B..G
    ) && c != '\u{30FB}' // KATAKANA MIDDLE DOT is punctuation
        && c != '\u{30A0}'
}

/// A character of a script written without spaces between words that counts as a word by itself
/// in [`word_count`] and [`excerpt`]: every [`is_cjk_char`], and the letters (not the combining
/// vowel and tone marks) of Thai, Lao, Khmer and Myanmar.
#[inline]
pub fn is_unspaced_char(c: char) -> bool {
    if c.is_ascii() {
        return false;
    }
    is_cjk_char(c)
        || matches!(c,
            '\u{0E01}'..='\u{0E30}' | '\u{0E32}' | '\u{0E33}' | '\u{0E40}'..='\u{0E46}' // Thai
            | '\u{0E81}'..='\u{0EB0}' | '\u{0EB2}' | '\u{0EB3}' | '\u{0EBD}'..='\u{0EC4}' // Lao
            | '\u{1780}'..='\u{17B3}' // Khmer
            | '\u{1000}'..='\u{102A}' // Myanmar
        )
}

/// Whether `c` belongs to the Thai, Lao, Khmer or Myanmar blocks (letters and marks).
#[inline]
fn in_unspaced_script(c: char) -> bool {
    matches!(c, '\u{0E00}'..='\u{0EFF}' | '\u{1780}'..='\u{17FF}' | '\u{1000}'..='\u{109F}')
}

/// Part of a word: alphanumerics, plus combining marks of scripts whose vowel
/// signs and tone marks are not `Alphabetic` (Thai, Lao, Indic, Arabic
/// harakat, Latin combining diacritics).
#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric()
        || matches!(c,
            '\u{0300}'..='\u{036F}'
            | '\u{0483}'..='\u{0489}'
            | '\u{064B}'..='\u{065F}'
            | '\u{0670}'
            | '\u{0900}'..='\u{0963}'
            | '\u{0966}'..='\u{0DFF}'
            | '\u{0E00}'..='\u{0E4E}'
            | '\u{0E80}'..='\u{0EFF}'
            | '\u{200C}' | '\u{200D}'
        )
}

/// Count words the way [`excerpt`] counts them: whitespace-separated tokens that contain a letter
/// or digit (so "well-known" and "don't" are one word, a lone "—" none), except that every
/// character of a script written without spaces ([`is_unspaced_char`]: Han, Kana, Thai, Lao,
/// Khmer, Myanmar) is a word by itself.
pub fn word_count(text: &str) -> usize {
    // One pass over the bytes; ASCII (most of the text even in other scripts: spaces, digits,
    // punctuation) is classified without decoding.
    let bytes = text.as_bytes();
    let (mut count, mut has_word, mut i) = (0usize, false, 0usize);
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() {
            if b == b' ' || (b'\t'..=b'\r').contains(&b) {
                count += usize::from(has_word);
                has_word = false;
            } else {
                has_word |= b.is_ascii_alphanumeric();
            }
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        if is_space(c) {
            count += usize::from(has_word);
            has_word = false;
        } else if is_unspaced_char(c) {
            count += 1;
        } else if is_word_char(c) && !in_unspaced_script(c) {
            has_word = true;
        }
        i += c.len_utf8();
    }
    count + usize::from(has_word)
}

/// Trailing characters removed before the ellipsis of a cut excerpt.
fn is_trailing_junk(c: char) -> bool {
    is_space(c)
        || matches!(
            c,
            ',' | ';'
                | ':'
                | '-'
                | '–'
                | '—'
                | '.'
                | '·'
                | '/'
                | '\\'
                | '|'
                | '•'
                | '('
                | '['
                | '{'
                | '«'
                | '“'
                | '‘'
                | '„'
                | '、'
                | '，'
                | '。'
                | '：'
                | '；'
                | '…'
        )
}

/// The first `max_words` words of `text`, as a single line.
///
/// Words are whitespace-separated tokens containing an alphanumeric character
/// (a lone `—` does not count); each Han / Kana character counts as a word, so
/// CJK text is cut at a character. Whitespace (newlines and blank lines
/// between blocks included) collapses to single spaces. When the text is cut,
/// trailing punctuation such as `,` `;` `:` `-` `—` `.` is trimmed and `…` is
/// appended; otherwise the whole text is returned (whitespace collapsed, no
/// ellipsis). `max_words == 0` gives an empty string.
pub fn excerpt(text: &str, max_words: usize) -> String {
    if max_words == 0 {
        return String::new();
    }
    let mut out = String::with_capacity(text.len().min(max_words.saturating_mul(8) + 8));
    let mut words = 0usize;
    let mut cut = false;
    'tokens: for token in text.split(is_space).filter(|t| !t.is_empty()) {
        let has_cjk = !token.is_ascii() && token.chars().any(is_unspaced_char);
        if !has_cjk {
            let is_word = token.chars().any(is_word_char);
            if is_word && words == max_words {
                cut = true;
                break;
            }
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(token);
            words += usize::from(is_word);
            continue;
        }
        // Mixed / CJK token: each CJK char is a word, other alphanumeric runs are one.
        if !out.is_empty() {
            out.push(' ');
        }
        let mut in_run = false;
        for c in token.chars() {
            let starts_word = if is_unspaced_char(c) {
                in_run = false;
                true
            } else if is_word_char(c) {
                let starts = !in_run;
                in_run = true;
                starts
            } else {
                in_run = false;
                false
            };
            if starts_word {
                if words == max_words {
                    cut = true;
                    break 'tokens;
                }
                words += 1;
            }
            out.push(c);
        }
    }
    if cut {
        let kept = out.trim_end_matches(is_trailing_junk).len();
        out.truncate(kept);
        out.push('…');
    }
    out
}

/// The text in Unicode Normalization Form C, the form the web is written in (W3C's character
/// model) and the form search, grouping and comparison expect: a letter typed as base plus
/// combining mark ("e" + U+0301) and the same letter precomposed ("é") become one, and so do
/// the two spellings of Indic letters with a nukta ("ড়" as U+09DC or as U+09A1 U+09BC).
///
/// Returns the input unchanged (no copy) when it is already in NFC, as nearly all text is.
pub fn nfc(s: String) -> String {
    match icu_normalizer::ComposingNormalizerBorrowed::new_nfc().normalize(&s) {
        Cow::Borrowed(_) => s,
        Cow::Owned(normalized) => normalized,
    }
}

/// Collapse runs of whitespace (see [`is_space`]: Unicode white space plus
/// NBSP, U+2009, U+200B, U+FEFF…) into one ASCII space and trim both ends.
///
/// Returns the input borrowed when there is nothing to change.
pub fn collapse_whitespace(s: &str) -> Cow<'_, str> {
    if is_collapsed(s) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for token in s.split(is_space).filter(|t| !t.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(token);
    }
    Cow::Owned(out)
}

/// Whether `s` has no leading/trailing space, no space other than single
/// ASCII spaces between other characters.
fn is_collapsed(s: &str) -> bool {
    let bytes = s.as_bytes();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    let mut prev_space = false;
    if s.is_ascii() {
        for &b in bytes {
            match b {
                b' ' => {
                    if prev_space {
                        return false;
                    }
                    prev_space = true;
                }
                b'\t' | b'\n' | b'\r' | b'\x0B' | b'\x0C' => return false,
                _ => prev_space = false,
            }
        }
        return true;
    }
    for c in s.chars() {
        if c == ' ' {
            if prev_space {
                return false;
            }
            prev_space = true;
        } else if is_space(c) {
            return false;
        } else {
            prev_space = false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfc_composes_and_leaves_composed_text_alone() {
        assert_eq!(nfc("Cafe\u{301} cre\u{300}me".to_string()), "Café crème");
        // U+09DC is excluded from composition: its NFC form is U+09A1 U+09BC.
        assert_eq!(nfc("বা\u{9DC}ির".to_string()), "বা\u{9A1}\u{9BC}ির");
        // Hangul jamo compose to syllables.
        assert_eq!(nfc("\u{1100}\u{1161}".to_string()), "\u{AC00}");
        let plain = "Already composed: é, ü, 日本語.".to_string();
        let at = plain.as_ptr();
        let same = nfc(plain);
        assert_eq!(same.as_ptr(), at, "text already in NFC is returned without a copy");
    }

    #[test]
    fn counts() {
        assert_eq!(word_count(""), 0);
        assert_eq!(word_count("   "), 0);
        assert_eq!(word_count("Hello, world!"), 2);
        assert_eq!(word_count("one two\nthree\t\tfour — five"), 5);
        assert_eq!(word_count("don't stop l'homme"), 3);
        assert_eq!(word_count("'quoted' words"), 2);
        assert_eq!(word_count("covid-19 in 2024"), 3);
        assert_eq!(word_count("a well-known fact"), 3);
        assert_eq!(word_count("日本語のテキスト"), 8);
        assert_eq!(word_count("東京 Tokyo"), 3);
        assert_eq!(word_count("한국어 문장을 셉니다"), 3);
        assert_eq!(word_count("ภาษาไทย ง่ายมาก"), 13, "Thai letters count one by one");
        assert_eq!(word_count("हिन्दी भाषा"), 2);
        assert_eq!(word_count("Привет, мир"), 2);
        assert_eq!(word_count("مرحبا بالعالم"), 2);
        assert_eq!(word_count("a\u{00A0}b\u{200B}c"), 3);
    }

    #[test]
    fn excerpt_not_cut() {
        assert_eq!(excerpt("Hello  world", 5), "Hello world");
        assert_eq!(excerpt("  One.\n\nTwo three.  ", 3), "One. Two three.");
        assert_eq!(excerpt("", 5), "");
        assert_eq!(excerpt("a b c", 3), "a b c");
    }

    #[test]
    fn excerpt_cut() {
        assert_eq!(excerpt("The quick brown fox jumps over the lazy dog", 4), "The quick brown fox…");
        assert_eq!(excerpt("First, second; third", 1), "First…");
        assert_eq!(excerpt("First second: third", 2), "First second…");
        assert_eq!(excerpt("One two — three four", 2), "One two…");
        assert_eq!(excerpt("One two -- three", 2), "One two…");
        assert_eq!(excerpt("Para one.\n\nPara two here.", 3), "Para one. Para…");
        assert_eq!(excerpt("word", 0), "");
    }

    #[test]
    fn excerpt_cjk() {
        assert_eq!(excerpt("日本語のテキストです。", 3), "日本語…");
        assert_eq!(excerpt("日本語、テキスト", 3), "日本語…");
        assert_eq!(excerpt("日本語", 3), "日本語");
        assert_eq!(excerpt("東京 Tokyo 大阪", 2), "東京…");
        assert_eq!(excerpt("東京 Tokyo 大阪", 3), "東京 Tokyo…");
        assert_eq!(excerpt("한국어 문장을 셉니다", 2), "한국어 문장을…");
    }

    /// Issue 9: Thai is written without spaces; its letters count one by one, as Han does, and
    /// its combining vowel and tone marks do not count.
    #[test]
    fn issue_9_thai_counts_by_character() {
        // "ภาษาไทย" = ภ า ษ า ไ ท ย: 7 letters, no marks.
        assert_eq!(word_count("ภาษาไทย"), 7);
        // "ที่" = ท + ี (mark) + ่ (mark): one letter.
        assert_eq!(word_count("ที่"), 1);
        assert_eq!(word_count("ภาษาไทย and English"), 9);
        assert_eq!(excerpt("ภาษาไทย", 3), "ภาษ…");
    }

    #[test]
    fn collapse() {
        assert!(matches!(collapse_whitespace("a b c"), Cow::Borrowed("a b c")));
        assert!(matches!(collapse_whitespace(""), Cow::Borrowed("")));
        assert!(matches!(collapse_whitespace("größe ok"), Cow::Borrowed(_)));
        assert_eq!(collapse_whitespace("  a  b "), "a b");
        assert_eq!(collapse_whitespace("a\n\tb"), "a b");
        assert_eq!(collapse_whitespace("a\u{00A0}b"), "a b");
        assert_eq!(collapse_whitespace("a \u{2009} b"), "a b");
        assert_eq!(collapse_whitespace("\u{FEFF}a\u{200B}b\u{3000}c"), "a b c");
        assert_eq!(collapse_whitespace(" \n "), "");
        assert_eq!(collapse_whitespace("x\r\n"), "x");
    }
}
