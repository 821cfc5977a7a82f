//! The user's query syntax and its translation into tantivy queries.
//!
//! Syntax: words (all must match), `"exact phrases"`, `-excluded` words or
//! `-"excluded phrases"`. Nothing is ever a syntax error: an unbalanced quote is
//! dropped and the rest read as plain words, a lone `-` is ignored, and only the first
//! [`MAX_TERMS`] words count.

use tantivy::Term;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, PhraseQuery, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::tokenizer::TextAnalyzer;

use crate::analysis;

/// At most this many words (counting the words inside phrases) are used from a query.
pub const MAX_TERMS: usize = 32;

/// At most this many term and phrase queries in stemmed fields, over the whole query: a word
/// past this budget is still looked up by its exact (neutral) form, not by its stems.
const MAX_STEMMED_SUBQUERIES: usize = 64;

/// At most this many term and phrase queries are built from one query's text: every word or
/// phrase in the three neutral fields (titles, texts, names), plus the stemmed fields while
/// a budget of 64 stemmed sub-queries allows.
pub const MAX_SUBQUERIES: usize = 3 * MAX_TERMS + MAX_STEMMED_SUBQUERIES;

/// Input beyond this many bytes is ignored (it could not hold more words anyway
/// once [`MAX_TERMS`] is reached, except for absurdly long words).
const MAX_INPUT_BYTES: usize = 4096;

/// A phrase is cut to this many tokens per field (a 64-word phrase in CJK would
/// otherwise be hundreds of positions).
pub(crate) const MAX_PHRASE_TOKENS: usize = 32;

/// Quote characters: ASCII and the typographic ones phones and word processors insert.
fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»')
}

/// Minus signs that exclude: ASCII hyphen-minus and the Unicode minus sign.
fn is_minus(c: char) -> bool {
    matches!(c, '-' | '−')
}

/// A parsed query: chunks of text that must match (each a word or a phrase) and chunks
/// that must not.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Parsed {
    /// Words and phrases that every hit must contain.
    pub include: Vec<String>,
    /// Words and phrases no hit may contain.
    pub exclude: Vec<String>,
}

impl Parsed {
    /// True when the query has nothing to match or exclude.
    pub fn is_empty(&self) -> bool {
        self.include.is_empty() && self.exclude.is_empty()
    }
}

/// Reads the user syntax. Never fails; see the module docs.
pub(crate) fn parse(input: &str) -> Parsed {
    let mut cut = input.len().min(MAX_INPUT_BYTES);
    while !input.is_char_boundary(cut) {
        cut -= 1;
    }
    let input = &input[..cut];
    let mut parsed = Parsed::default();
    let mut budget = MAX_TERMS;
    let mut rest = input;
    while budget > 0 {
        rest = rest.trim_start();
        let Some(first) = rest.chars().next() else { break };
        let mut negate = false;
        if is_minus(first) {
            negate = true;
            rest = rest.trim_start_matches(is_minus);
        }
        let Some(c) = rest.chars().next() else { break };
        if c.is_whitespace() {
            // A lone minus.
            continue;
        }
        let chunk;
        if is_quote(c) {
            let body = &rest[c.len_utf8()..];
            match body.find(is_quote) {
                Some(end) => {
                    chunk = body[..end].to_string();
                    let close = body[end..].chars().next().map_or(1, char::len_utf8);
                    rest = &body[end + close..];
                }
                None => {
                    // Unbalanced: the rest is plain words.
                    rest = body;
                    continue;
                }
            }
        } else {
            let end = rest.find(|ch: char| ch.is_whitespace() || is_quote(ch)).unwrap_or(rest.len());
            chunk = rest[..end].to_string();
            rest = &rest[end..];
        }
        let words: Vec<&str> = chunk.split_whitespace().take(budget).collect();
        if words.is_empty() {
            continue;
        }
        budget -= words.len();
        let chunk = words.join(" ");
        if negate { parsed.exclude.push(chunk) } else { parsed.include.push(chunk) }
    }
    parsed
}

/// One field a query searches, with the analyser that indexed it.
pub(crate) struct Target {
    /// The field.
    pub field: Field,
    /// Its analyser (a clone: `TextAnalyzer` needs `&mut` to run).
    pub analyzer: TextAnalyzer,
    /// Score multiplier (titles weigh double).
    pub boost: f32,
    /// The stemmed language of the field; `None` for the neutral fields.
    pub lang: Option<&'static str>,
}

/// Counts the term and phrase queries built for one query, and refuses stemmed ones past
/// [`MAX_STEMMED_SUBQUERIES`].
#[derive(Debug, Default)]
pub(crate) struct Budget {
    neutral: usize,
    stemmed: usize,
}

impl Budget {
    /// Term and phrase queries built so far.
    pub fn used(&self) -> usize {
        self.neutral + self.stemmed
    }
}

/// Whether a chunk could be written in `lang`: Russian needs a Cyrillic letter, the others a
/// Latin one. Fields of other languages are not searched for it (their analysers would only
/// repeat the neutral field's tokens, in documents that cannot hold them).
fn could_be(lang: &str, chunk: &str) -> bool {
    if lang == "ru" {
        chunk.chars().any(|c| matches!(c, '\u{400}'..='\u{52f}'))
    } else {
        chunk.chars().any(|c| c.is_ascii_alphabetic() || matches!(c, '\u{c0}'..='\u{24f}'))
    }
}

/// A chunk as one field's analyser reads it: `(position, token)` pairs, positions counted
/// from the first token.
type Analysed = Vec<(usize, String)>;

/// The chunk's tokens in `target`'s analyser, or `None` when it leaves none (stop word,
/// punctuation).
fn analyse(target: &mut Target, chunk: &str) -> Option<Analysed> {
    let mut toks = analysis::tokens(&mut target.analyzer, chunk);
    toks.truncate(MAX_PHRASE_TOKENS);
    let first_pos = toks.first()?.0;
    Some(toks.into_iter().map(|(pos, text, _)| (pos - first_pos, text)).collect())
}

/// The query for one analysed chunk in one field: a term or a phrase.
fn chunk_in_field(target: &Target, toks: &[(usize, String)]) -> Box<dyn Query> {
    let query: Box<dyn Query> = if toks.len() == 1 {
        let (_, text) = &toks[0];
        Box::new(TermQuery::new(Term::from_field_text(target.field, text), IndexRecordOption::WithFreqs))
    } else {
        let terms = toks.iter().map(|(pos, text)| (*pos, Term::from_field_text(target.field, text))).collect();
        Box::new(PhraseQuery::new_with_offset(terms))
    };
    if target.boost == 1.0 { query } else { Box::new(BoostQuery::new(query, target.boost)) }
}

/// A chunk in any of the fields, or `None` when no field has a token for it. Several
/// targets share a field (the stemmed fields, once per language): the chunk is looked up
/// there once per distinct analysis, since languages often stem a word alike. Counts
/// against `budget`.
pub(crate) fn chunk_in_any(targets: &mut [Target], chunk: &str, budget: &mut Budget) -> Option<Box<dyn Query>> {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let mut seen: Vec<(Field, Analysed)> = Vec::new();
    for target in targets.iter_mut() {
        match target.lang {
            None if budget.neutral >= 3 * MAX_TERMS => continue,
            Some(lang) if budget.stemmed >= MAX_STEMMED_SUBQUERIES || !could_be(lang, chunk) => continue,
            _ => {}
        }
        let Some(toks) = analyse(target, chunk) else { continue };
        if seen.iter().any(|(field, t)| *field == target.field && *t == toks) {
            continue;
        }
        let query = chunk_in_field(target, &toks);
        seen.push((target.field, toks));
        if target.lang.is_some() {
            budget.stemmed += 1;
        } else {
            budget.neutral += 1;
        }
        clauses.push((Occur::Should, query));
    }
    match clauses.len() {
        0 => None,
        1 => clauses.pop().map(|(_, q)| q),
        _ => Some(Box::new(BooleanQuery::new(clauses))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(include: &[&str], exclude: &[&str]) -> Parsed {
        Parsed {
            include: include.iter().map(|s| s.to_string()).collect(),
            exclude: exclude.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn words_phrases_and_exclusions() {
        assert_eq!(parse("climate  \"carbon tax\" -nuclear"), p(&["climate", "carbon tax"], &["nuclear"]));
        assert_eq!(parse("-\"fossil  fuels\" wind"), p(&["wind"], &["fossil fuels"]));
        assert_eq!(parse("e-mail −spam"), p(&["e-mail"], &["spam"]));
        assert_eq!(parse("«\u{a0}la réforme\u{a0}» “retraites”"), p(&["la réforme", "retraites"], &[]));
    }

    #[test]
    fn malformed_input_degrades_to_words() {
        assert_eq!(parse("\"unclosed phrase here"), p(&["unclosed", "phrase", "here"], &[]));
        assert_eq!(parse("a \"b c\" \"d e"), p(&["a", "b c", "d", "e"], &[]));
        assert_eq!(parse("- -- --- \"\" \"\"\""), p(&[], &[]));
        assert_eq!(parse(""), p(&[], &[]));
        assert_eq!(parse("   \t\n "), p(&[], &[]));
        assert_eq!(parse("-\"unclosed"), p(&["unclosed"], &[]));
    }

    #[test]
    fn terms_are_capped() {
        let long = "word ".repeat(10_000);
        let parsed = parse(&long);
        assert_eq!(parsed.include.len(), MAX_TERMS);
        let phrase = format!("\"{}\" extra", "w ".repeat(100));
        let parsed = parse(&phrase);
        assert_eq!(parsed.include.len(), 1);
        assert_eq!(parsed.include[0].split(' ').count(), MAX_TERMS);
    }

    #[test]
    fn multibyte_input_is_cut_on_a_char_boundary() {
        let s = "é".repeat(5000);
        let parsed = parse(&s);
        assert_eq!(parsed.include.len(), 1);
        assert_eq!(parsed.include[0].chars().count(), MAX_INPUT_BYTES / 2);
    }
}
