//! Text utilities for Colonnade: everything between raw page bytes and the
//! strings stored for an article.
//!
//! - [`charset`]: decode HTML pages ([`decode_html`]) and XML feeds
//!   ([`decode_xml`]) of any encoding to UTF-8, WHATWG-style (BOM, HTTP
//!   header, `<meta>` prescan, chardetng detection), correcting pages that lie.
//! - [`date`]: [`parse_date`] reads dates in RFC 3339, RFC 2822, Unix, numeric
//!   and written forms in many languages, keeping the printed UTC offset.
//! - [`lang`]: [`normalize_lang_tag`] cleans `lang` attributes to BCP 47 and
//!   [`detect_lang`] guesses the language of text with whatlang.
//! - [`words`]: [`word_count`], [`excerpt`] and [`collapse_whitespace`],
//!   CJK-aware, and [`nfc`] (Unicode Normalization Form C).
//!
//! Every function is pure and cheap enough to run several times per page.

pub mod charset;
pub mod date;
pub mod lang;
pub mod vocab;
pub mod words;

pub use charset::{CharsetSource, Decoded, decode_html, decode_xml};
pub use date::{
    DateOptions, DateParse, is_any_digit, is_only_date, numeric_date_order, parse_date, parse_date_with, press_offset,
    press_time_zone,
};
pub use lang::{detect_lang, iso639_1, normalize_lang_tag};
pub use words::{collapse_whitespace, excerpt, is_cjk_char, is_space, is_unspaced_char, nfc, word_count};
