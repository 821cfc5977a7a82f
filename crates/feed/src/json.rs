//! JSON Feed 1.0 / 1.1, read leniently from a `serde_json::Value`.
//!
//! feed-rs reads JSON Feed too, but drops `image`/`banner_image`, loses date
//! offsets and rejects feeds with a wrongly typed field. Reading the value
//! tree ourselves takes a few lines and ignores whatever is out of place.

use colonnade_url::{Url, canonicalize};
use serde_json::Value;

use crate::text::plain_text;
use crate::{Feed, FeedError, FeedItem, FeedKind, parse_timestamp};

/// Parse a JSON Feed document (already decoded to UTF-8).
pub(crate) fn parse(text: &str, feed_url: Option<&Url>) -> Result<Feed, FeedError> {
    let text = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    let value: Value = serde_json::from_str(text).map_err(|e| FeedError::Malformed(format!("invalid JSON: {e}")))?;
    let Value::Object(obj) = &value else {
        return Err(FeedError::NotAFeed("a JSON document that is not a JSON Feed".into()));
    };
    let version = obj.get("version").and_then(Value::as_str).unwrap_or("");
    let items = obj.get("items").and_then(Value::as_array);
    if !version.contains("jsonfeed.org") && items.is_none() {
        return Err(FeedError::NotAFeed("a JSON document that is not a JSON Feed".into()));
    }
    let link = str_field(&value, "home_page_url").and_then(|u| canonicalize(u, feed_url));
    let base = feed_url.or(link.as_ref());
    let feed_authors = authors(&value);
    let items = items
        .map(|items| {
            items
                .iter()
                .filter(|i| i.is_object())
                .map(|i| {
                    let mut item = item(i, base);
                    if item.authors.is_empty() {
                        item.authors.clone_from(&feed_authors);
                    }
                    item
                })
                .collect()
        })
        .unwrap_or_default();
    Ok(Feed { kind: FeedKind::Json, title: str_field(&value, "title").and_then(plain_text), link, items })
}

fn item(v: &Value, base: Option<&Url>) -> FeedItem {
    let guid = match v.get("id") {
        Some(Value::String(s)) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let url = str_field(v, "url")
        .and_then(|u| canonicalize(u, base))
        .or_else(|| str_field(v, "external_url").and_then(|u| canonicalize(u, base)));
    let mut categories: Vec<String> = Vec::new();
    for tag in v.get("tags").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str) {
        if let Some(tag) = plain_text(tag)
            && !categories.contains(&tag)
        {
            categories.push(tag);
        }
    }
    let content_html = str_field(v, "content_html").filter(|h| !h.trim().is_empty()).map(str::to_string);
    let summary = str_field(v, "summary")
        .and_then(plain_text)
        .or_else(|| str_field(v, "content_text").and_then(plain_text).filter(|_| content_html.is_none()));
    FeedItem {
        url,
        guid,
        title: str_field(v, "title").and_then(plain_text),
        authors: authors(v),
        published: str_field(v, "date_published").and_then(parse_timestamp),
        updated: str_field(v, "date_modified").and_then(parse_timestamp),
        categories,
        summary,
        content_html,
        image: str_field(v, "image")
            .and_then(|u| canonicalize(u, base))
            .or_else(|| str_field(v, "banner_image").and_then(|u| canonicalize(u, base))),
    }
}

/// Names from `authors` (1.1) and `author` (1.0), deduplicated.
fn authors(v: &Value) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let many = v.get("authors").and_then(Value::as_array).into_iter().flatten();
    for a in many.chain(v.get("author")) {
        if let Some(name) = str_field(a, "name").and_then(plain_text)
            && !out.contains(&name)
        {
            out.push(name);
        }
    }
    out
}

fn str_field<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str)
}
