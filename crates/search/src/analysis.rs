//! Tokenisation: the word tokenizer shared by every analyser, the per-language
//! analysers (`col_en`, `col_fr`, …) and the neutral one (`col_any`).

use tantivy::tokenizer::{
    AsciiFoldingFilter, BoxTokenStream, Language, LowerCaser, RawTokenizer, RemoveLongFilter, Stemmer, StopWordFilter,
    TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer, TokenizerManager,
};

/// Tokens longer than this many bytes are dropped (base64 blobs, URLs glued together).
const MAX_TOKEN_BYTES: usize = 40;

/// Name of the neutral analyser: words, lowercased, ASCII-folded, never stemmed.
pub(crate) const NEUTRAL: &str = "col_any";

/// Name of the analyser of the stemmed fields (`title_stem`, `text_stem`), where each document
/// is analysed in its own language: see [`DocLangTokenizer`].
pub(crate) const DOC_LANG: &str = "col_doc";

/// Separates the language code from the text in a value of a stemmed field (`fr\u{0}texte`).
pub(crate) const LANG_MARK: char = '\u{0}';

/// The languages with a stemmer of their own, by BCP 47 primary subtag.
///
/// Each gets an analyser `col_<code>`; a document in one of them fills the stemmed fields,
/// analysed with it. Adding one here changes the index: bump `SCHEMA_VERSION`.
pub(crate) const LANGS: [(&str, Language); 8] = [
    ("en", Language::English),
    ("fr", Language::French),
    ("de", Language::German),
    ("es", Language::Spanish),
    ("pt", Language::Portuguese),
    ("it", Language::Italian),
    ("tr", Language::Turkish),
    ("ru", Language::Russian),
];

/// Registers `col_any`, every `col_<lang>` analyser and `col_doc`.
pub(crate) fn register(manager: &TokenizerManager) {
    manager.register(NEUTRAL, neutral_analyzer());
    for (code, lang) in LANGS {
        manager.register(&analyzer_name(code), lang_analyzer(lang));
    }
    manager.register(DOC_LANG, TextAnalyzer::from(DocLangTokenizer::new()));
}

/// A value of a stemmed field: the language code, [`LANG_MARK`], the text.
pub(crate) fn doc_lang_value(code: &str, text: &str) -> String {
    let mut value = String::with_capacity(code.len() + 1 + text.len());
    value.push_str(code);
    value.push(LANG_MARK);
    value.push_str(text);
    value
}

/// The analyser of the stemmed fields: one field for every language, each document analysed
/// with its own language's [`lang_analyzer`], named by the value's prefix
/// ([`doc_lang_value`]). A value without a known prefix gives no token.
///
/// One field instead of a field per language means a query word is looked up once per
/// distinct stem (English, French, German, … often stem it alike) rather than once per
/// language, in every segment: the term dictionary look-ups were the largest part of ranking.
#[derive(Clone)]
pub(crate) struct DocLangTokenizer {
    langs: Vec<(&'static str, TextAnalyzer)>,
}

impl DocLangTokenizer {
    fn new() -> Self {
        DocLangTokenizer { langs: LANGS.iter().map(|(code, lang)| (*code, lang_analyzer(*lang))).collect() }
    }
}

impl Tokenizer for DocLangTokenizer {
    type TokenStream<'a> = BoxTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> BoxTokenStream<'a> {
        let (code, rest) = text.split_once(LANG_MARK).unwrap_or(("", ""));
        let index = self.langs.iter().position(|(c, _)| *c == code);
        match index {
            Some(i) => self.langs[i].1.token_stream(rest),
            // Any analyser gives no token for no text.
            None => self.langs[0].1.token_stream(""),
        }
    }
}

/// `col_<code>`.
pub(crate) fn analyzer_name(code: &str) -> String {
    format!("col_{code}")
}

/// Words, lowercased and folded to ASCII where a folding exists (`é` → `e`), no stemming.
pub(crate) fn neutral_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(WordTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(StripAccents)
        .build()
}

/// Words, lowercased, stop words removed (where tantivy has a list), stemmed.
///
/// Stop words leave a gap in token positions, so phrases still need the words to be
/// exactly as far apart as in the query.
pub(crate) fn lang_analyzer(lang: Language) -> TextAnalyzer {
    let builder = TextAnalyzer::builder(WordTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .dynamic();
    let builder = match StopWordFilter::new(lang) {
        Some(stop) => builder.filter_dynamic(stop),
        None => builder,
    };
    builder.filter_dynamic(Stemmer::new(lang)).build()
}

/// Words, lowercased: the first half of [`lang_analyzer`].
pub(crate) fn lower_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(WordTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .build()
}

/// The second half of [`lang_analyzer`], for one lowercased word: no token if it is a
/// stop word, else its stem.
pub(crate) fn stem_analyzer(lang: Language) -> TextAnalyzer {
    let builder = TextAnalyzer::builder(RawTokenizer::default()).dynamic();
    let builder = match StopWordFilter::new(lang) {
        Some(stop) => builder.filter_dynamic(stop),
        None => builder,
    };
    builder.filter_dynamic(Stemmer::new(lang)).build()
}

/// Every analyser the highlighter needs, built once (stop-word sets are shared).
#[derive(Clone)]
pub(crate) struct Analyzers {
    /// [`neutral_analyzer`].
    pub neutral: TextAnalyzer,
    /// [`lower_analyzer`].
    pub lower: TextAnalyzer,
    /// Per language code: [`lang_analyzer`] and [`stem_analyzer`].
    pub langs: Vec<(&'static str, TextAnalyzer, TextAnalyzer)>,
}

impl Analyzers {
    /// Builds them all.
    pub fn new() -> Self {
        Analyzers {
            neutral: neutral_analyzer(),
            lower: lower_analyzer(),
            langs: LANGS.iter().map(|(code, lang)| (*code, lang_analyzer(*lang), stem_analyzer(*lang))).collect(),
        }
    }
}

/// The lowercase primary subtag of a BCP 47 tag (`pt-BR` → `pt`), if it looks like one.
pub(crate) fn primary_subtag(tag: &str) -> Option<String> {
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    let ok = (2..=8).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_lowercase());
    ok.then_some(primary)
}

/// The code of our stemmed language for a BCP 47 tag, if we have one.
pub(crate) fn stemmed_lang(tag: &str) -> Option<&'static str> {
    let primary = primary_subtag(tag)?;
    LANGS.iter().map(|(code, _)| *code).find(|code| *code == primary)
}

/// Runs an analyser and returns `(position, text, byte range)` of every token.
pub(crate) fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<(usize, String, std::ops::Range<usize>)> {
    tokens_where(analyzer, text, |_| true)
}

/// Like [`tokens`], keeping only tokens for which `keep` is true (without copying the others).
pub(crate) fn tokens_where(
    analyzer: &mut TextAnalyzer,
    text: &str,
    keep: impl Fn(&str) -> bool,
) -> Vec<(usize, String, std::ops::Range<usize>)> {
    let mut out = Vec::new();
    let mut stream = analyzer.token_stream(text);
    while stream.advance() {
        let t = stream.token();
        if keep(&t.text) {
            out.push((t.position, t.text.clone(), t.offset_from..t.offset_to));
        }
    }
    out
}

/// Splits text into words: runs of letters, digits and combining marks.
///
/// Unlike tantivy's `SimpleTokenizer` it keeps combining marks inside the word, so a
/// Hindi word with a virama or a French word typed with a combining accent stays one
/// token. Scripts written without spaces (Han, kana, Thai, Lao) are cut into one token per
/// character; a query word in those scripts then becomes a phrase of characters, which
/// finds it anywhere in a sentence without a dictionary.
#[derive(Clone, Default)]
pub(crate) struct WordTokenizer {
    token: Token,
}

/// The token stream of [`WordTokenizer`].
pub(crate) struct WordTokenStream<'a> {
    text: &'a str,
    pos: usize,
    token: &'a mut Token,
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = WordTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordTokenStream<'a> {
        self.token.reset();
        WordTokenStream { text, pos: 0, token: &mut self.token }
    }
}

impl TokenStream for WordTokenStream<'_> {
    fn advance(&mut self) -> bool {
        self.token.text.clear();
        self.token.position = self.token.position.wrapping_add(1);
        let rest = &self.text[self.pos..];
        let mut chars = rest.char_indices();
        let Some((start, first)) = chars.by_ref().find(|&(_, c)| is_word_char(c) || is_split_char(c)) else {
            self.pos = self.text.len();
            return false;
        };
        let mut end = start + first.len_utf8();
        if !is_split_char(first) {
            for (i, c) in chars {
                if !is_word_char(c) || is_split_char(c) {
                    break;
                }
                end = i + c.len_utf8();
            }
        }
        self.token.offset_from = self.pos + start;
        self.token.offset_to = self.pos + end;
        self.token.text.push_str(&rest[start..end]);
        self.pos += end;
        true
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

/// Removes combining diacritical marks (U+0300–U+036F) left after ASCII folding, so
/// text written decomposed (`e` + U+0301) folds like precomposed `é`.
#[derive(Clone, Copy)]
pub(crate) struct StripAccents;

impl TokenFilter for StripAccents {
    type Tokenizer<T: Tokenizer> = StripAccentsFilter<T>;

    fn transform<T: Tokenizer>(self, inner: T) -> StripAccentsFilter<T> {
        StripAccentsFilter(inner)
    }
}

/// [`StripAccents`] applied to a tokenizer.
#[derive(Clone)]
pub(crate) struct StripAccentsFilter<T>(T);

impl<T: Tokenizer> Tokenizer for StripAccentsFilter<T> {
    type TokenStream<'a> = StripAccentsStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        StripAccentsStream(self.0.token_stream(text))
    }
}

/// The token stream of [`StripAccentsFilter`].
pub(crate) struct StripAccentsStream<S>(S);

impl<S: TokenStream> TokenStream for StripAccentsStream<S> {
    fn advance(&mut self) -> bool {
        if !self.0.advance() {
            return false;
        }
        let text = &mut self.0.token_mut().text;
        if text.chars().any(|c| ('\u{0300}'..='\u{036F}').contains(&c)) {
            text.retain(|c| !('\u{0300}'..='\u{036F}').contains(&c));
        }
        true
    }

    fn token(&self) -> &Token {
        self.0.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.0.token_mut()
    }
}

/// The first two characters of a token (or the whole token if shorter).
pub(crate) fn prefix2(token: &str) -> &str {
    let end = token.char_indices().nth(2).map_or(token.len(), |(i, _)| i);
    &token[..end]
}

/// Part of a word: a letter, a digit, a combining mark or a zero-width (non-)joiner.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c) || c == '\u{200C}' || c == '\u{200D}'
}

/// Combining marks that `char::is_alphanumeric` does not count as letters (Indic
/// viramas and nuktas, Arabic and Hebrew vowel points, combining accents).
fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0489}'
        | '\u{0591}'..='\u{05BD}'
        | '\u{05BF}'
        | '\u{05C1}'..='\u{05C2}'
        | '\u{05C4}'..='\u{05C5}'
        | '\u{05C7}'
        | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}')
        // Indic blocks: everything but the dandas and abbreviation signs.
        || (('\u{0900}'..='\u{0DFF}').contains(&c) && !matches!(c, '\u{0964}' | '\u{0965}' | '\u{0970}' | '\u{0DF4}'))
}

/// Characters of scripts written without spaces between words: one token each.
pub(crate) fn is_split_char(c: char) -> bool {
    matches!(c,
        '\u{0E01}'..='\u{0E3A}'
        | '\u{0E40}'..='\u{0E4E}'
        | '\u{0E50}'..='\u{0E59}'
        | '\u{0E81}'..='\u{0EDF}'
        | '\u{3040}'..='\u{30FF}'
        | '\u{31F0}'..='\u{31FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FF66}'..='\u{FF9F}'
        | '\u{20000}'..='\u{2FA1F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(analyzer: &mut TextAnalyzer, s: &str) -> Vec<String> {
        tokens(analyzer, s).into_iter().map(|(_, t, _)| t).collect()
    }

    #[test]
    fn words_split_on_punctuation_and_keep_offsets() {
        let toks = tokens(&mut neutral_analyzer(), "Hello, Élysée-Palace!");
        assert_eq!(
            toks,
            vec![(0, "hello".to_string(), 0..5), (1, "elysee".to_string(), 7..15), (2, "palace".to_string(), 16..22)]
        );
    }

    #[test]
    fn combining_marks_stay_inside_words() {
        // "café" with a combining acute accent, and Hindi "हिन्दी" with a virama.
        assert_eq!(texts(&mut neutral_analyzer(), "cafe\u{0301} हिन्दी"), vec!["cafe", "हिन्दी"]);
        // Arabic with vowel points is one word.
        assert_eq!(texts(&mut neutral_analyzer(), "كَتَبَ الولد"), vec!["كَتَبَ", "الولد"]);
    }

    #[test]
    fn cjk_is_cut_per_character_with_consecutive_positions() {
        let toks = tokens(&mut neutral_analyzer(), "東京は2024年");
        let got: Vec<(usize, &str)> = toks.iter().map(|(p, t, _)| (*p, t.as_str())).collect();
        assert_eq!(got, vec![(0, "東"), (1, "京"), (2, "は"), (3, "2024"), (4, "年")]);
    }

    #[test]
    fn language_analysers_stem_and_drop_stop_words_keeping_positions() {
        let mut en = lang_analyzer(Language::English);
        let toks = tokens(&mut en, "The runners were running");
        let got: Vec<(usize, &str)> = toks.iter().map(|(p, t, _)| (*p, t.as_str())).collect();
        assert_eq!(got, vec![(1, "runner"), (2, "were"), (3, "run")]);
        assert_eq!(
            texts(&mut lang_analyzer(Language::Turkish), "kitaplar"),
            texts(&mut lang_analyzer(Language::Turkish), "kitap")
        );
    }

    #[test]
    fn the_doc_lang_analyser_stems_each_value_in_its_own_language() {
        let mut doc = TextAnalyzer::from(DocLangTokenizer::new());
        assert_eq!(texts(&mut doc, &doc_lang_value("fr", "Les gouvernements")), vec!["gouvern"]);
        assert_eq!(texts(&mut doc, &doc_lang_value("en", "The runners")), vec!["runner"]);
        assert_eq!(
            texts(&mut doc, &doc_lang_value("de", "Die Regierungen")),
            texts(&mut lang_analyzer(Language::German), "Die Regierungen")
        );
        // No prefix, or a language without a stemmer: nothing (those documents have only the
        // neutral fields).
        assert!(texts(&mut doc, "Les gouvernements").is_empty());
        assert!(texts(&mut doc, &doc_lang_value("ar", "كتب")).is_empty());
    }

    #[test]
    fn long_tokens_are_dropped() {
        let long = "x".repeat(41);
        assert_eq!(texts(&mut neutral_analyzer(), &format!("a {long} b")), vec!["a", "b"]);
    }

    #[test]
    fn primary_subtags() {
        assert_eq!(primary_subtag("pt-BR").as_deref(), Some("pt"));
        assert_eq!(primary_subtag(" EN_gb ").as_deref(), Some("en"));
        assert_eq!(primary_subtag(""), None);
        assert_eq!(primary_subtag("1234"), None);
        assert_eq!(stemmed_lang("ru-RU"), Some("ru"));
        assert_eq!(stemmed_lang("ar"), None);
    }
}
