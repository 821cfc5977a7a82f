//! Turning feed text fields (which may hold HTML) into plain text.

use std::borrow::Cow;

use colonnade_text::collapse_whitespace;

use crate::scan::{Scanner, Token, decode_text};

/// How many times markup revealed by decoding entities is stripped again (`&amp;lt;b&amp;gt;` needs
/// two passes); what is left after that is kept as text.
const MAX_PASSES: usize = 3;

/// Plain text of a possibly-HTML string: tags stripped (with the content of
/// `<script>`/`<style>` dropped), entities decoded, whitespace collapsed.
/// Markup that only appears once entities are decoded (a description holding
/// `&lt;script&gt;…`, escaped HTML being common in feeds) is stripped as well, so
/// the result never carries a tag. `None` when nothing but whitespace remains.
pub(crate) fn plain_text(s: &str) -> Option<String> {
    let mut text = one_pass(s);
    for _ in 1..MAX_PASSES {
        if !has_tag(&text) && !has_escaped_lt(&text) {
            break;
        }
        text = one_pass(&text);
    }
    if has_tag(&text) {
        // Still markup after the passes: drop the angle brackets rather than pass a tag on.
        text = text.replace(['<', '>'], " ");
    }
    let collapsed = match collapse_whitespace(&text) {
        Cow::Borrowed(b) if b.len() == text.len() => text,
        c => c.into_owned(),
    };
    (!collapsed.is_empty()).then_some(collapsed)
}

/// Whether `s` holds something an HTML parser would take for a tag or comment: `<` followed by a
/// letter, `/`, `!` or `?`.
fn has_tag(s: &str) -> bool {
    s.as_bytes().windows(2).any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || matches!(w[1], b'/' | b'!' | b'?')))
}

/// Whether `s` still holds an escaped `<` (it was escaped twice), which one more pass would decode.
fn has_escaped_lt(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    ["&lt", "&#60", "&#x3c"].iter().any(|e| lower.contains(e))
}

/// Tags stripped and entities decoded, once.
fn one_pass(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // Cheap path: no markup and no entities.
    if !s.contains(['<', '&']) {
        out.push_str(s);
    } else {
        for token in Scanner::html(s) {
            match token {
                Token::Text(t) => out.push_str(&decode_text(t)),
                Token::CData(t) => out.push_str(t),
                // Block-level boundaries become spaces so words do not run together.
                Token::Start(tag) if is_block(tag.name) => out.push(' '),
                Token::End(name) if is_block(name) => out.push(' '),
                Token::Start(_) | Token::End(_) => {}
            }
        }
    }
    out
}

fn is_block(name: &str) -> bool {
    const BLOCKS: &[&str] =
        &["p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "td", "th", "hr"];
    BLOCKS.iter().any(|b| name.eq_ignore_ascii_case(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_tags_decodes_and_collapses() {
        assert_eq!(
            plain_text("  <b>Caf&eacute;</b>\n &amp; <i>bar</i><script>x()</script><p>next</p> ").as_deref(),
            Some("Café & bar next")
        );
    }

    #[test]
    fn plain_text_with_lt_survives() {
        assert_eq!(plain_text("1 < 2 and 3 > 2").as_deref(), Some("1 < 2 and 3 > 2"));
    }

    /// Issue 14, item 14: escaped HTML is decoded, then stripped.
    #[test]
    fn escaped_markup_is_decoded_then_stripped() {
        assert_eq!(
            plain_text("&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;Bold&lt;/b&gt; claim").as_deref(),
            Some("Bold claim")
        );
        assert_eq!(plain_text("&amp;lt;img src=x onerror=alert(1)&amp;gt;Hi").as_deref(), Some("Hi"));
        assert_eq!(plain_text("Fish &amp; chips, 1 &lt; 2").as_deref(), Some("Fish & chips, 1 < 2"));
        let deep = "&amp;amp;amp;lt;b&amp;amp;amp;gt;x";
        assert!(!plain_text(deep).unwrap_or_default().contains('<'));
    }

    #[test]
    fn empty_is_none() {
        assert_eq!(plain_text(" <br/> &nbsp; "), None);
    }
}
