//! Turning feed text fields (which may hold HTML) into plain text.

use std::borrow::Cow;

use colonnade_text::collapse_whitespace;

use crate::scan::{Scanner, Token, decode_text};

/// Plain text of a possibly-HTML string: tags stripped (with the content of
/// `<script>`/`<style>` dropped), entities decoded, whitespace collapsed.
/// `None` when nothing but whitespace remains.
pub(crate) fn plain_text(s: &str) -> Option<String> {
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
    let collapsed = match collapse_whitespace(&out) {
        Cow::Borrowed(b) if b.len() == out.len() => out,
        c => c.into_owned(),
    };
    (!collapsed.is_empty()).then_some(collapsed)
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

    #[test]
    fn empty_is_none() {
        assert_eq!(plain_text(" <br/> &nbsp; "), None);
    }
}
