//! Feeds arbitrary bytes to `colonnade_extract::extract`.
//!
//! Input layout: `[u][url bytes][c][content-type bytes][page bytes]`. A control byte `u` (and `c`)
//! with its high bit clear means "no URL" (no content type) and no field bytes follow; with the
//! high bit set, the low 7 bits give the field's length (cut to what is left). Fields that are not
//! UTF-8 are dropped. So the fuzzer explores pages with and without a URL and a charset header.
//!
//! Checks: no panic; the sanitised `html` has no `<script`, no `on…=` event-handler attribute and
//! no `javascript:` URL; `word_count` is 0 when `text` is empty.

#![no_main]

use libfuzzer_sys::fuzz_target;

/// Splits one optional length-prefixed field off the front of `data`.
fn take_field(data: &[u8]) -> (Option<&str>, &[u8]) {
    let Some((&control, rest)) = data.split_first() else { return (None, data) };
    if control & 0x80 == 0 {
        return (None, rest);
    }
    let len = usize::from(control & 0x7F).min(rest.len());
    let (field, rest) = rest.split_at(len);
    (std::str::from_utf8(field).ok(), rest)
}

/// (lowercased name, value) of every attribute in the extractor's output. The output escapes `<`
/// and `>` everywhere and `"` in attribute values, so every `<` opens a real tag and a value ends
/// at the next `"`; text that merely reads "onload=" or "javascript:" is not an attribute.
fn attributes(html: &str) -> Vec<(String, &str)> {
    let mut out = Vec::new();
    for segment in html.split('<').skip(1) {
        let tag = &segment[..segment.find('>').unwrap_or(segment.len())];
        if tag.starts_with('/') {
            continue;
        }
        let mut rest = tag.trim_start_matches(|c: char| c.is_ascii_alphanumeric());
        loop {
            rest = rest.trim_start();
            if rest.is_empty() {
                break;
            }
            let name_end = rest.find(|c: char| c == '=' || c.is_whitespace()).unwrap_or(rest.len());
            let name = rest[..name_end].to_ascii_lowercase();
            rest = &rest[name_end..];
            let mut value = "";
            if let Some(r) = rest.strip_prefix("=\"") {
                let close = r.find('"').unwrap_or(r.len());
                value = &r[..close];
                rest = r.get(close + 1..).unwrap_or("");
            } else if let Some(r) = rest.strip_prefix('=') {
                let close = r.find(char::is_whitespace).unwrap_or(r.len());
                value = &r[..close];
                rest = &r[close..];
            }
            out.push((name, value));
        }
    }
    out
}

fuzz_target!(|data: &[u8]| {
    let (url, rest) = take_field(data);
    let (content_type, page) = take_field(rest);
    let url = url.and_then(|u| colonnade_extract::Url::parse(u).ok());
    let Ok(article) = colonnade_extract::extract(page, url.as_ref(), content_type) else { return };

    let html = &article.html;
    assert!(!html.to_ascii_lowercase().contains("<script"), "<script in html: {html:?}");
    for (name, value) in attributes(html) {
        assert!(!name.starts_with("on"), "event handler {name} in html: {html:?}");
        let squeezed: String =
            value.chars().filter(|c| !c.is_whitespace() && !c.is_control()).collect::<String>().to_ascii_lowercase();
        assert!(!squeezed.contains("javascript:"), "javascript: URL in {name}: {html:?}");
    }
    if article.text.is_empty() {
        assert_eq!(article.word_count, 0, "word_count of empty text");
    }
    assert!((0.0..=1.0).contains(&article.confidence), "confidence {}", article.confidence);
});
