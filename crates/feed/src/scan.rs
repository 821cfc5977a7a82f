//! A small, forgiving tag scanner for HTML pages, OPML files and sitemaps.
//!
//! It never fails: whatever the bytes, it yields start tags, end tags, text and
//! CDATA in document order and skips comments, doctypes and processing
//! instructions. In HTML mode the content of `<script>`, `<style>`,
//! `<textarea>` and `<template>` is skipped as raw text. There is no tree: callers
//! that need nesting (inside `<nav>`, parent `<outline>`) keep their own stack.

use std::borrow::Cow;

use memchr::{memchr, memmem};

/// One piece of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Token<'a> {
    /// `<name attrs>` or `<name attrs/>`.
    Start(Tag<'a>),
    /// `</name>`.
    End(&'a str),
    /// Character data between tags, still entity-encoded.
    Text(&'a str),
    /// The inside of `<![CDATA[...]]>`, literal.
    CData(&'a str),
}

/// A start tag: its name and its raw attribute text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tag<'a> {
    /// The name as written (`a`, `LINK`, `news:title`).
    pub name: &'a str,
    /// Everything between the name and the closing `>` (or `/>`).
    attrs: &'a str,
    /// Written as `<name/>`.
    pub self_closing: bool,
}

impl<'a> Tag<'a> {
    /// Whether the name, without any `prefix:`, equals `local` (ASCII case-insensitive).
    pub fn is(&self, local: &str) -> bool {
        local_name(self.name).eq_ignore_ascii_case(local)
    }

    /// The value of the first attribute called `name` (ASCII case-insensitive,
    /// prefix included), with entities decoded. `Some("")` for a bare attribute.
    pub fn attr(&self, name: &str) -> Option<Cow<'a, str>> {
        attributes(self.attrs).find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| htmlize::unescape_attribute(v))
    }
}

/// The part of a qualified name after the last `:`.
pub(crate) fn local_name(name: &str) -> &str {
    name.rsplit(':').next().unwrap_or(name)
}

/// Iterate over `(name, raw value)` pairs of an attribute string.
fn attributes(s: &str) -> impl Iterator<Item = (&str, &str)> {
    let b = s.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        loop {
            while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
                i += 1;
            }
            if i >= b.len() {
                return None;
            }
            let start = i;
            while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'=' && b[i] != b'/' {
                i += 1;
            }
            let name = &s[start..i];
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            if i >= b.len() || b[i] != b'=' {
                if name.is_empty() {
                    i += 1;
                    continue;
                }
                return Some((name, ""));
            }
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            let value = match b.get(i) {
                Some(&q @ (b'"' | b'\'')) => {
                    let vstart = i + 1;
                    let vend = memchr(q, &b[vstart..]).map_or(b.len(), |n| vstart + n);
                    i = (vend + 1).min(b.len());
                    &s[vstart..vend]
                }
                _ => {
                    let vstart = i;
                    while i < b.len() && !b[i].is_ascii_whitespace() {
                        i += 1;
                    }
                    &s[vstart..i]
                }
            };
            if name.is_empty() {
                continue;
            }
            return Some((name, value));
        }
    })
}

/// Scanner over a document, see the module docs.
pub(crate) struct Scanner<'a> {
    s: &'a str,
    pos: usize,
    html: bool,
    /// In HTML mode, the raw-text element whose end tag we must find next.
    raw_text_end: Option<&'static str>,
}

/// HTML elements whose content is not markup.
const RAW_TEXT: &[&str] = &["script", "style", "textarea", "template", "xmp", "title"];

impl<'a> Scanner<'a> {
    /// An HTML scanner (raw-text elements skipped, names case-insensitive).
    pub fn html(s: &'a str) -> Self {
        Scanner { s, pos: 0, html: true, raw_text_end: None }
    }

    /// An XML scanner (every element's content is markup).
    pub fn xml(s: &'a str) -> Self {
        Scanner { s, pos: 0, html: false, raw_text_end: None }
    }

    /// Skip to just after the end tag `</name` ... `>` (ASCII case-insensitive);
    /// to the end of input when there is none.
    fn skip_raw_text(&mut self, name: &str) -> Option<Token<'a>> {
        let rest = &self.s.as_bytes()[self.pos..];
        let mut from = 0;
        while let Some(n) = memmem::find(&rest[from..], b"</") {
            let at = from + n + 2;
            let end = at + name.len();
            if rest.get(at..end).is_some_and(|c| c.eq_ignore_ascii_case(name.as_bytes())) {
                let text = &self.s[self.pos..self.pos + from + n];
                let close = memchr(b'>', &rest[end..]).map_or(rest.len(), |k| end + k + 1);
                self.pos += close;
                // `<title>` holds text worth keeping; the others are code.
                return (name == "title").then_some(Token::Text(text));
            }
            from = at;
        }
        self.pos = self.s.len();
        None
    }
}

impl<'a> Iterator for Scanner<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        loop {
            if let Some(name) = self.raw_text_end.take() {
                if let Some(t) = self.skip_raw_text(name) {
                    return Some(t);
                }
                continue;
            }
            let b = self.s.as_bytes();
            if self.pos >= b.len() {
                return None;
            }
            let rest = &b[self.pos..];
            if rest[0] != b'<' {
                let len = memchr(b'<', rest).unwrap_or(rest.len());
                let text = &self.s[self.pos..self.pos + len];
                self.pos += len;
                return Some(Token::Text(text));
            }
            // rest[0] == '<'
            if rest.starts_with(b"<!--") {
                self.pos += memmem::find(&rest[4..], b"-->").map_or(rest.len(), |n| 4 + n + 3);
                continue;
            }
            if rest.starts_with(b"<![CDATA[") {
                let start = self.pos + 9;
                let end = memmem::find(&rest[9..], b"]]>").map_or(b.len(), |n| start + n);
                self.pos = (end + 3).min(b.len());
                return Some(Token::CData(&self.s[start..end]));
            }
            if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
                self.pos += memchr(b'>', rest).map_or(rest.len(), |n| n + 1);
                continue;
            }
            let is_end = rest.get(1) == Some(&b'/');
            let name_start = if is_end { 2 } else { 1 };
            if !rest.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
                // A lone `<` in text.
                self.pos += 1;
                return Some(Token::Text(&self.s[self.pos - 1..self.pos]));
            }
            let name_len = rest[name_start..]
                .iter()
                .position(|&c| c.is_ascii_whitespace() || c == b'>' || c == b'/')
                .unwrap_or(rest.len() - name_start);
            let name_end = name_start + name_len;
            let tag_end = find_tag_end(&rest[name_end..]).map_or(rest.len(), |n| name_end + n);
            let start = self.pos;
            let name = &self.s[start + name_start..start + name_end];
            self.pos = (start + tag_end + 1).min(b.len());
            if is_end {
                return Some(Token::End(name));
            }
            let attrs = &self.s[start + name_end..start + tag_end];
            let self_closing = attrs.ends_with('/');
            if self.html
                && !self_closing
                && let Some(raw) = RAW_TEXT.iter().find(|r| name.eq_ignore_ascii_case(r))
            {
                self.raw_text_end = Some(raw);
            }
            return Some(Token::Start(Tag { name, attrs, self_closing }));
        }
    }
}

/// Position of the `>` closing a tag, skipping quoted attribute values.
fn find_tag_end(b: &[u8]) -> Option<usize> {
    let mut quote = None;
    for (i, &c) in b.iter().enumerate() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == b'"' || c == b'\'' => {
                // Only a quote right after `=` (possibly spaced) opens a value.
                let before = b[..i].iter().rev().find(|c| !c.is_ascii_whitespace());
                if before == Some(&b'=') {
                    quote = Some(c);
                }
            }
            None if c == b'>' => return Some(i),
            None => {}
        }
    }
    None
}

/// Decode the entities of a text run (HTML and XML named and numeric references).
pub(crate) fn decode_text(s: &str) -> Cow<'_, str> {
    if memchr(b'&', s.as_bytes()).is_none() { Cow::Borrowed(s) } else { htmlize::unescape(s) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(s: &str, html: bool) -> Vec<Token<'_>> {
        if html { Scanner::html(s).collect() } else { Scanner::xml(s).collect() }
    }

    #[test]
    fn attributes_quoted_unquoted_bare_and_entities() {
        let toks = tokens(r#"<a href="/x?a=1&amp;b=2" data-x='y z' hidden rel=nofollow>t</a>"#, true);
        let Token::Start(tag) = toks[0] else { panic!("not a start tag: {toks:?}") };
        assert_eq!(tag.name, "a");
        assert_eq!(tag.attr("HREF").as_deref(), Some("/x?a=1&b=2"));
        assert_eq!(tag.attr("data-x").as_deref(), Some("y z"));
        assert_eq!(tag.attr("hidden").as_deref(), Some(""));
        assert_eq!(tag.attr("rel").as_deref(), Some("nofollow"));
        assert_eq!(tag.attr("title"), None);
        assert_eq!(&toks[1..], &[Token::Text("t"), Token::End("a")]);
    }

    #[test]
    fn gt_inside_quotes_does_not_end_the_tag() {
        let toks = tokens(r#"<a title="a > b" href=/p>x</a>"#, true);
        let Token::Start(tag) = toks[0] else { panic!("not a start tag: {toks:?}") };
        assert_eq!(tag.attr("title").as_deref(), Some("a > b"));
        assert_eq!(tag.attr("href").as_deref(), Some("/p"));
    }

    #[test]
    fn script_comments_cdata_and_stray_lt() {
        let toks = tokens("<script>if (a<b) {'<a href=x>'}</SCRIPT>1 < 2<!-- <a> --><![CDATA[<b>]]>", true);
        assert_eq!(
            toks,
            vec![
                Token::Start(Tag { name: "script", attrs: "", self_closing: false }),
                Token::Text("1 "),
                Token::Text("<"),
                Token::Text(" 2"),
                Token::CData("<b>"),
            ]
        );
    }

    #[test]
    fn xml_mode_keeps_script_content_and_self_closing() {
        let toks = tokens("<outline text='a'/><script>x</script>", false);
        let Token::Start(tag) = toks[0] else { panic!("not a start tag: {toks:?}") };
        assert!(tag.self_closing);
        assert!(tag.is("OUTLINE"));
        assert_eq!(toks[2], Token::Text("x"));
    }

    #[test]
    fn local_names() {
        assert_eq!(local_name("news:title"), "title");
        assert_eq!(local_name("loc"), "loc");
    }

    #[test]
    fn unterminated_input_does_not_panic() {
        for s in ["<", "<a", "<a href='", "<!--", "<![CDATA[x", "</", "<script>x", "<a b=\"c>"] {
            let _ = tokens(s, true).len();
            let _ = tokens(s, false).len();
        }
    }
}
