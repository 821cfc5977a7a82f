//! OPML subscription lists: reading 1.0 / 2.0 and writing 2.0.
//!
//! Read with our forgiving scanner rather than a strict XML parser: OPML
//! exports in the wild carry raw `&` in URLs, HTML entities and unclosed
//! outlines, and a subscription list that cannot be imported is useless.

use std::fmt::Write as _;

use colonnade_model::Timestamp;
use colonnade_url::canonicalize;

use crate::prepass::expect_root;
use crate::scan::{Scanner, Token};
use crate::{FeedError, Outline};

/// Read the outlines of an OPML 1.0 / 2.0 document that have an `xmlUrl`.
///
/// Nesting is flattened; each outline's `category` is the `text` (or
/// `title`) of the outline that contains it. Outlines whose `xmlUrl` is not an
/// absolute http(s) URL are skipped. Errors: [`FeedError::Empty`], and
/// [`FeedError::NotAFeed`] when the root element is not `<opml>`.
pub fn parse_opml(bytes: &[u8]) -> Result<Vec<Outline>, FeedError> {
    let decoded = colonnade_text::decode_xml(bytes, None);
    let text = decoded.text.as_ref();
    expect_root(text, &["opml"])?;
    let mut out = Vec::new();
    // The label of every open outline (None when it has none).
    let mut stack: Vec<Option<String>> = Vec::new();
    for token in Scanner::xml(text) {
        match token {
            Token::Start(tag) if tag.is("outline") => {
                let text_attr = tag.attr("text").and_then(|t| label(&t));
                let title_attr = tag.attr("title").and_then(|t| label(&t));
                if let Some(xml_url) = tag.attr("xmlUrl").and_then(|u| canonicalize(&u, None)) {
                    out.push(Outline {
                        title: title_attr.clone().or_else(|| text_attr.clone()),
                        xml_url,
                        html_url: tag.attr("htmlUrl").and_then(|u| canonicalize(&u, None)),
                        category: stack.iter().rev().find_map(Clone::clone),
                    });
                }
                if !tag.self_closing {
                    stack.push(text_attr.or(title_attr));
                }
            }
            Token::End(name) if crate::scan::local_name(name).eq_ignore_ascii_case("outline") => {
                stack.pop();
            }
            _ => {}
        }
    }
    Ok(out)
}

/// An attribute value as a label: whitespace collapsed, `None` when blank.
/// Not stripped of tags: `<` in an attribute is text.
fn label(s: &str) -> Option<String> {
    let s = colonnade_text::collapse_whitespace(s);
    (!s.is_empty()).then(|| s.into_owned())
}

/// Write an OPML 2.0 document: `title` in the head, `<dateCreated>` in RFC 822
/// form from `created`, and one `<outline type="rss">` per entry, grouped
/// under a parent outline per `category` (in order of first appearance;
/// outlines without a category stay at the top level). Attribute values are
/// escaped.
pub fn write_opml(title: &str, outlines: &[Outline], created: Timestamp) -> String {
    let mut s = String::with_capacity(256 + outlines.len() * 160);
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head>\n");
    let _ = writeln!(s, "    <title>{}</title>", escape(title));
    let _ = writeln!(s, "    <dateCreated>{}</dateCreated>", rfc822(created));
    s.push_str("  </head>\n  <body>\n");
    let mut categories: Vec<&str> = Vec::new();
    for o in outlines {
        match o.category.as_deref() {
            Some(c) if !categories.contains(&c) => categories.push(c),
            _ => {}
        }
    }
    for o in outlines.iter().filter(|o| o.category.is_none()) {
        write_outline(&mut s, o, "    ");
    }
    for c in categories {
        let _ = writeln!(s, "    <outline text=\"{}\" title=\"{}\">", escape(c), escape(c));
        for o in outlines.iter().filter(|o| o.category.as_deref() == Some(c)) {
            write_outline(&mut s, o, "      ");
        }
        s.push_str("    </outline>\n");
    }
    s.push_str("  </body>\n</opml>\n");
    s
}

fn write_outline(s: &mut String, o: &Outline, indent: &str) {
    let label = o.title.as_deref().unwrap_or(o.xml_url.as_str());
    let _ = write!(
        s,
        "{indent}<outline type=\"rss\" text=\"{}\" title=\"{}\" xmlUrl=\"{}\"",
        escape(label),
        escape(label),
        escape(o.xml_url.as_str())
    );
    if let Some(h) = &o.html_url {
        let _ = write!(s, " htmlUrl=\"{}\"", escape(h.as_str()));
    }
    s.push_str("/>\n");
}

/// Escape for XML text and double-quoted attributes (newlines kept as character references).
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            // Characters XML 1.0 forbids are dropped.
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

/// RFC 822 (as updated by RFC 1123: four-digit year) with the timestamp's own offset,
/// e.g. `Wed, 01 May 2024 09:30:00 +0200`.
fn rfc822(t: Timestamp) -> String {
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let offset = jiff::tz::Offset::from_seconds(t.offset_seconds).unwrap_or(jiff::tz::Offset::UTC);
    let dt = offset.to_datetime(t.instant);
    let day = DAYS[usize::from(dt.weekday().to_monday_zero_offset().unsigned_abs())];
    let month = MONTHS[usize::from(dt.month().unsigned_abs().saturating_sub(1))];
    let off = offset.seconds();
    let sign = if off < 0 { '-' } else { '+' };
    let abs = off.unsigned_abs();
    format!(
        "{day}, {:02} {month} {:04} {:02}:{:02}:{:02} {sign}{:02}{:02}",
        dt.day(),
        dt.year(),
        dt.hour(),
        dt.minute(),
        dt.second(),
        abs / 3600,
        (abs % 3600) / 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use colonnade_url::Url;

    fn ts(s: &str) -> Timestamp {
        Timestamp::parse_rfc3339(s).unwrap()
    }

    #[test]
    fn rfc822_keeps_the_offset() {
        assert_eq!(rfc822(ts("2024-05-01T09:30:00+02:00")), "Wed, 01 May 2024 09:30:00 +0200");
        assert_eq!(rfc822(ts("2009-06-11T10:57:00Z")), "Thu, 11 Jun 2009 10:57:00 +0000");
        assert_eq!(rfc822(ts("2020-01-05T23:00:00-05:30")), "Sun, 05 Jan 2020 23:00:00 -0530");
    }

    #[test]
    fn write_then_read_round_trips() {
        let outlines = vec![
            Outline {
                title: Some("Tom & Jerry's \"Views\" <daily>".into()),
                xml_url: Url::parse("https://example.com/feed?a=1&b=2").unwrap(),
                html_url: Some(Url::parse("https://example.com/").unwrap()),
                category: Some("Op-Eds & Columns".into()),
            },
            Outline {
                title: None,
                xml_url: Url::parse("https://other.org/rss.xml").unwrap(),
                html_url: None,
                category: None,
            },
        ];
        let doc = write_opml("My <columns>", &outlines, ts("2024-05-01T09:30:00+02:00"));
        assert_eq!(
            doc,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head>\n    \
             <title>My &lt;columns&gt;</title>\n    <dateCreated>Wed, 01 May 2024 09:30:00 +0200</dateCreated>\n  \
             </head>\n  <body>\n    <outline type=\"rss\" text=\"https://other.org/rss.xml\" \
             title=\"https://other.org/rss.xml\" xmlUrl=\"https://other.org/rss.xml\"/>\n    \
             <outline text=\"Op-Eds &amp; Columns\" title=\"Op-Eds &amp; Columns\">\n      \
             <outline type=\"rss\" text=\"Tom &amp; Jerry&apos;s &quot;Views&quot; &lt;daily&gt;\" \
             title=\"Tom &amp; Jerry&apos;s &quot;Views&quot; &lt;daily&gt;\" \
             xmlUrl=\"https://example.com/feed?a=1&amp;b=2\" htmlUrl=\"https://example.com/\"/>\n    \
             </outline>\n  </body>\n</opml>\n"
        );
        let back = parse_opml(doc.as_bytes()).unwrap();
        let mut expected_untitled = outlines[1].clone();
        expected_untitled.title = Some("https://other.org/rss.xml".into());
        assert_eq!(back, vec![expected_untitled, outlines[0].clone()]);
    }

    #[test]
    fn not_opml() {
        assert_eq!(parse_opml(b"  "), Err(FeedError::Empty));
        assert_eq!(
            parse_opml(b"<rss version='2.0'/>"),
            Err(FeedError::NotAFeed("an XML document with root element <rss>".into()))
        );
    }
}
