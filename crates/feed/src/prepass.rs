//! The tolerant pre-pass run before a strict XML parser sees a feed.
//!
//! Feeds in the wild lie about their charset, use HTML entities XML does not
//! know, carry garbage before the XML declaration and omit `version` on
//! `<rss>`. feed-rs rejects all of these, so this pass repairs the text:
//! decode to UTF-8 (declaration rewritten to say so), drop anything before the
//! first `<`, turn named HTML entities into numeric references, escape stray
//! `&`, give `<rss>` a version it understands and map Atom 0.3 onto Atom 1.0.

use std::borrow::Cow;

use memchr::{memchr, memchr2, memmem};

use crate::FeedError;

/// What the first bytes of a document look like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sniff {
    /// Nothing but whitespace.
    Empty,
    /// Starts with `{`.
    Json,
    /// An HTML page (`<!doctype html`, `<html`).
    Html,
    /// Anything starting with `<`.
    Xml,
    /// Something else.
    Other,
}

/// Classify decoded text by its first non-blank characters.
pub(crate) fn sniff(text: &str) -> Sniff {
    let t = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    if t.is_empty() {
        return Sniff::Empty;
    }
    if t.starts_with('{') {
        return Sniff::Json;
    }
    match t.find('<') {
        Some(i) => {
            let tag = &t[i..];
            if starts_with_ci(tag, "<!doctype html") || starts_with_ci(tag, "<html") {
                Sniff::Html
            } else if i == 0 || t[..i].len() < 1024 {
                // Up to 1 KB of garbage before the markup is tolerated.
                if html_root(tag) { Sniff::Html } else { Sniff::Xml }
            } else {
                Sniff::Other
            }
        }
        None => Sniff::Other,
    }
}

/// An XML declaration and comments followed by `<html`.
fn html_root(t: &str) -> bool {
    root_element(t).is_some_and(|(name, _)| name.eq_ignore_ascii_case("html"))
}

fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.as_bytes().get(..prefix.len()).is_some_and(|p| p.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// The name and byte offset of the first element of an XML document, skipping
/// the declaration, processing instructions, comments and the doctype.
/// Checks that `text` is an XML document whose root element (local name, any case) is one of
/// `roots`; otherwise says what it looks like instead.
pub(crate) fn expect_root(text: &str, roots: &[&str]) -> Result<(), FeedError> {
    match sniff(text) {
        Sniff::Empty => return Err(FeedError::Empty),
        Sniff::Html => return Err(FeedError::NotAFeed("an HTML page".into())),
        Sniff::Json => return Err(FeedError::NotAFeed("a JSON document".into())),
        Sniff::Other => return Err(FeedError::NotAFeed("plain text, not XML".into())),
        Sniff::Xml => {}
    }
    match root_element(text) {
        Some((name, _)) if roots.iter().any(|r| crate::scan::local_name(name).eq_ignore_ascii_case(r)) => Ok(()),
        Some((name, _)) => Err(FeedError::NotAFeed(format!("an XML document with root element <{name}>"))),
        None => Err(FeedError::NotAFeed("markup without any element".into())),
    }
}

pub(crate) fn root_element(t: &str) -> Option<(&str, usize)> {
    let b = t.as_bytes();
    let mut i = 0;
    loop {
        i += memchr(b'<', &b[i..])?;
        let rest = &b[i..];
        if rest.starts_with(b"<!--") {
            i += memmem::find(rest, b"-->")? + 3;
        } else if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            i += skip_decl(rest)?;
        } else if rest.get(1).is_some_and(u8::is_ascii_alphabetic) {
            let len = rest[1..]
                .iter()
                .position(|c| c.is_ascii_whitespace() || *c == b'>' || *c == b'/')
                .unwrap_or(rest.len() - 1);
            return Some((&t[i + 1..i + 1 + len], i));
        } else {
            i += 1;
        }
    }
}

/// Length of a `<!...>` or `<?...?>` construct, allowing a `[...]` internal subset.
fn skip_decl(b: &[u8]) -> Option<usize> {
    let mut depth = 0usize;
    for (i, &c) in b.iter().enumerate() {
        match c {
            b'[' => depth += 1,
            b']' => depth = depth.saturating_sub(1),
            b'>' if depth == 0 => return Some(i + 1),
            _ => {}
        }
    }
    None
}

/// Repair decoded XML text for a strict parser (see the module docs).
pub(crate) fn repair_xml(text: &str) -> String {
    let t = text.trim_start_matches(|c: char| c != '<');
    let mut out = String::with_capacity(t.len() + 64);
    // The declaration: rewrite its encoding to UTF-8 (we already decoded).
    let body = if t.starts_with("<?xml") {
        let end = t.find("?>").map_or(t.len(), |n| n + 2);
        out.push_str(&fix_declaration(&t[..end]));
        &t[end..]
    } else {
        t
    };
    let body = drop_declarations(body);
    let fixed_root = fix_root(&body);
    escape_entities(&fixed_root, &mut out);
    out
}

/// `<?xml version="1.0" encoding="x"?>` with the encoding set to UTF-8.
fn fix_declaration(decl: &str) -> Cow<'_, str> {
    let Some(at) = decl.find("encoding") else { return Cow::Borrowed(decl) };
    let after = &decl[at + "encoding".len()..];
    let Some(q_at) = after.find(['"', '\'']) else { return Cow::Borrowed(decl) };
    let quote = &after[q_at..=q_at];
    let Some(close) = after[q_at + 1..].find(quote) else { return Cow::Borrowed(decl) };
    let value_end = at + "encoding".len() + q_at + 1 + close;
    let value_start = at + "encoding".len() + q_at + 1;
    if decl[value_start..value_end].eq_ignore_ascii_case("utf-8") {
        return Cow::Borrowed(decl);
    }
    Cow::Owned(format!("{}UTF-8{}", &decl[..value_start], &decl[value_end..]))
}

/// Patch the root element: `<rss>` gets `version="2.0"` unless it has one
/// feed-rs reads; Atom 0.3 gets the Atom 1.0 namespace and element names.
fn fix_root(body: &str) -> Cow<'_, str> {
    let Some((name, at)) = root_element(body) else { return Cow::Borrowed(body) };
    let tag_end = at + find_gt(&body[at..]);
    let tag = &body[at..tag_end];
    if name == "rss" {
        let version = attr_value(tag, "version");
        if matches!(version, Some("2.0" | "0.91" | "0.92")) {
            return Cow::Borrowed(body);
        }
        let mut new_tag = String::from("<rss version=\"2.0\"");
        new_tag.push_str(&strip_attr(&tag[4..], "version"));
        return Cow::Owned(format!("{}{}{}", &body[..at], new_tag, &body[tag_end..]));
    }
    if name == "feed" && body.contains("http://purl.org/atom/ns#") {
        // Atom 0.3: same shape as 1.0 with older names.
        let s = body
            .replace("http://purl.org/atom/ns#", "http://www.w3.org/2005/Atom")
            .replace("<issued>", "<published>")
            .replace("</issued>", "</published>")
            .replace("<modified>", "<updated>")
            .replace("</modified>", "</updated>")
            .replace("<tagline", "<subtitle")
            .replace("</tagline>", "</subtitle>");
        return Cow::Owned(s);
    }
    Cow::Borrowed(body)
}

/// Offset of the `>` ending the tag that starts `s` (or the end of `s`).
fn find_gt(s: &str) -> usize {
    s.find('>').map_or(s.len(), |n| if s[..n].ends_with('/') { n - 1 } else { n })
}

/// The value of `name="..."` inside a tag's text.
fn attr_value<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    attr_span(tag, name).map(|(_, _, v)| v)
}

/// Where `name="value"` sits in a tag's text: start of the name, end after the
/// closing quote, and the trimmed value.
fn attr_span<'a>(tag: &'a str, name: &str) -> Option<(usize, usize, &'a str)> {
    let mut from = 0;
    while let Some(n) = tag[from..].find(name) {
        let at = from + n;
        let after_name = at + name.len();
        let before_ok = tag[..at].ends_with(|c: char| c.is_ascii_whitespace());
        let rest = tag[after_name..].trim_start();
        if before_ok && let Some(rest) = rest.strip_prefix('=') {
            let rest = rest.trim_start();
            let q = rest.chars().next()?;
            if q == '"' || q == '\'' {
                let close = rest[1..].find(q)?;
                let value_start = tag.len() - rest.len() + 1;
                return Some((at, value_start + close + 1, tag[value_start..value_start + close].trim()));
            }
        }
        from = after_name;
    }
    None
}

/// A tag's attribute text without `name="..."`.
fn strip_attr(attrs: &str, name: &str) -> String {
    match attr_span(attrs, name) {
        Some((start, end, _)) => format!("{}{}", &attrs[..start], &attrs[end..]),
        None => attrs.to_string(),
    }
}

/// The five entities XML predefines.
const XML_ENTITIES: &[&str] = &["amp", "lt", "gt", "quot", "apos"];

/// Copy `s` to `out`, rewriting entity references a strict XML parser would
/// reject: named HTML entities become numeric references, unknown names and
/// bare `&` become `&amp;`. CDATA sections and comments are copied verbatim.
fn escape_entities(s: &str, out: &mut String) {
    let b = s.as_bytes();
    let mut i = 0;
    while let Some(n) = memchr2(b'&', b'<', &b[i..]) {
        let at = i + n;
        out.push_str(&s[i..at]);
        if b[at] == b'<' {
            if !b
                .get(at + 1)
                .is_some_and(|&c| c.is_ascii_alphabetic() || matches!(c, b'/' | b'!' | b'?' | b'_' | b':' | 0x80..))
            {
                // A stray `<` in text.
                out.push_str("&lt;");
                i = at + 1;
                continue;
            }
            let verbatim_end = if b[at..].starts_with(b"<![CDATA[") {
                memmem::find(&b[at..], b"]]>").map(|e| at + e + 3)
            } else if b[at..].starts_with(b"<!--") {
                memmem::find(&b[at..], b"-->").map(|e| at + e + 3)
            } else {
                Some(at + 1)
            };
            let Some(end) = verbatim_end else {
                // An unterminated CDATA section or comment: treat its `<` as text
                // so what follows is still checked.
                out.push_str("&lt;");
                i = at + 1;
                continue;
            };
            out.push_str(&s[at..end]);
            i = end;
            continue;
        }
        // b[at] == '&'
        let name_len = b[at + 1..].iter().take(40).position(|&c| c == b';');
        let reference = name_len.map(|len| &s[at + 1..at + 1 + len]);
        match reference {
            Some(r) if is_char_ref(r) || XML_ENTITIES.contains(&r) => {
                out.push('&');
                out.push_str(r);
                out.push(';');
                i = at + r.len() + 2;
            }
            Some(r) if is_name(r) => {
                let key = &s[at..at + r.len() + 2];
                match htmlize::ENTITIES.get(key.as_bytes()) {
                    Some(glyph) => {
                        for c in String::from_utf8_lossy(glyph).chars() {
                            out.push_str(&format!("&#{};", u32::from(c)));
                        }
                    }
                    None => {
                        out.push_str("&amp;");
                        out.push_str(r);
                        out.push(';');
                    }
                }
                i = at + r.len() + 2;
            }
            _ => {
                out.push_str("&amp;");
                i = at + 1;
            }
        }
    }
    out.push_str(&s[i..]);
}

/// Remove XML declarations after the start of the document, wherever they
/// are (even inside comments or CDATA). They are invalid there, and one naming
/// another encoding makes quick-xml 0.42 panic.
fn drop_declarations(body: &str) -> Cow<'_, str> {
    let b = body.as_bytes();
    if memmem::find(b, b"<?xml").is_none() && memmem::find(b, b"<?XML").is_none() {
        return Cow::Borrowed(body);
    }
    let mut out = String::with_capacity(body.len());
    let mut i = 0;
    while let Some(n) = memmem::find(&b[i..], b"<?") {
        let at = i + n;
        out.push_str(&body[i..at]);
        if is_misplaced_declaration(&b[at..]) {
            i = memmem::find(&b[at..], b"?>").map_or(b.len(), |e| at + e + 2);
        } else {
            out.push_str("<?");
            i = at + 2;
        }
    }
    out.push_str(&body[i..]);
    Cow::Owned(out)
}

/// `<?xml` followed by white space or `?>`: an XML declaration.
fn is_misplaced_declaration(b: &[u8]) -> bool {
    b.get(..5).is_some_and(|p| p.eq_ignore_ascii_case(b"<?xml"))
        && b.get(5).is_none_or(|c| c.is_ascii_whitespace() || *c == b'?')
}

/// `#123` or `#x1F` with a value XML allows.
fn is_char_ref(r: &str) -> bool {
    let Some(num) = r.strip_prefix('#') else { return false };
    let value = match num.strip_prefix(['x', 'X']) {
        Some(hex) => u32::from_str_radix(hex, 16).ok(),
        None => num.parse::<u32>().ok(),
    };
    value.and_then(char::from_u32).is_some_and(|c| matches!(c, '\t' | '\n' | '\r') || c >= ' ')
}

fn is_name(r: &str) -> bool {
    r.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) && r.chars().all(|c| c.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_entities_become_numeric_and_xml_ones_stay() {
        let fixed =
            repair_xml("<rss version=\"2.0\"><t>caf&eacute;&nbsp;&mdash; &amp; &lt; &#233; &foo; AT&T</t></rss>");
        assert_eq!(
            fixed,
            "<rss version=\"2.0\"><t>caf&#233;&#160;&#8212; &amp; &lt; &#233; &amp;foo; AT&amp;T</t></rss>"
        );
    }

    #[test]
    fn cdata_and_comments_are_left_alone() {
        let fixed = repair_xml("<a><![CDATA[AT&T &eacute;]]><!-- & --></a>");
        assert_eq!(fixed, "<a><![CDATA[AT&T &eacute;]]><!-- & --></a>");
    }

    #[test]
    fn declaration_encoding_is_rewritten_and_garbage_dropped() {
        let fixed = repair_xml("\n junk<?xml version='1.0' encoding='ISO-8859-1'?><rss version=\"2.0\"/>");
        assert_eq!(fixed, "<?xml version='1.0' encoding='UTF-8'?><rss version=\"2.0\"/>");
    }

    #[test]
    fn rss_without_or_with_unknown_version_gets_2_0() {
        assert_eq!(repair_xml("<rss><channel/></rss>"), "<rss version=\"2.0\"><channel/></rss>");
        assert_eq!(
            repair_xml("<rss xmlns:dc=\"x\" version=\"0.94\"><channel/></rss>"),
            "<rss version=\"2.0\" xmlns:dc=\"x\" ><channel/></rss>"
        );
        assert_eq!(repair_xml("<rss version=\"0.91\"/>"), "<rss version=\"0.91\"/>");
    }

    #[test]
    fn regression_misplaced_declaration_is_dropped() {
        // Found by proptest: quick-xml panics on a late `encoding="utf-16"` declaration.
        assert_eq!(repair_xml("<feed><rss><?xml version=\"1.0\" encoding=\"utf-16\"?><x/>"), "<feed><rss><x/>");
    }

    #[test]
    fn sniffing() {
        assert_eq!(sniff("  \n"), Sniff::Empty);
        assert_eq!(sniff("\u{feff}{\"a\":1}"), Sniff::Json);
        assert_eq!(sniff("<!DOCTYPE html><html>"), Sniff::Html);
        assert_eq!(sniff("<?xml version=\"1.0\"?>\n<!-- x --><html xmlns=\"x\">"), Sniff::Html);
        assert_eq!(sniff("<?xml version=\"1.0\"?><rss>"), Sniff::Xml);
        assert_eq!(sniff("hello"), Sniff::Other);
    }

    #[test]
    fn root_element_skips_prolog_and_doctype() {
        let doc = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x \"y\">]><!-- c --><rss version=\"0.91\">";
        assert_eq!(root_element(doc).map(|(n, _)| n), Some("rss"));
    }
}
