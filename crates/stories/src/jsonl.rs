//! The JSON-lines input of `colonnade stories cluster` and `colonnade eval stories|dedup`: one
//! article per line, `{"id", "title", "text", "lang", "published", "outlet", "url"}` (the last
//! four may be null or absent; `published` in RFC 3339), optionally `canonical` and `links`,
//! and for scoring the labels `event` and `copy_group` (strings or numbers; null or absent for
//! an article in a group of its own). Blank lines are skipped.

use serde_json::Value;

use crate::{Article, Error};

/// One input line: the article and its labels.
#[derive(Debug, Clone, PartialEq)]
pub struct Labelled {
    /// The article.
    pub article: Article,
    /// The event it covers, when labelled.
    pub event: Option<String>,
    /// Its group of syndicated copies, when labelled.
    pub copy_group: Option<String>,
}

fn label(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Reads one line (1-based `line` for messages).
///
/// # Errors
/// [`Error::Input`] when the line is not a JSON object, has no string `id`, or a field has the
/// wrong type (a `published` that is not RFC 3339, say).
pub fn parse_line(text: &str, line: usize) -> Result<Labelled, Error> {
    let err = |message: String| Error::Input { line, message };
    let v: Value = serde_json::from_str(text).map_err(|e| err(format!("not JSON: {e}")))?;
    let Value::Object(map) = &v else { return Err(err("not a JSON object".into())) };
    let id = match map.get("id") {
        Some(Value::String(s)) if !s.is_empty() => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => return Err(err("no \"id\" (a non-empty string)".into())),
    };
    let string = |k: &str| -> Result<Option<String>, Error> {
        match map.get(k) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(other) => Err(err(format!("\"{k}\" of article {id:?} is not a string: {other}"))),
        }
    };
    let published = match string("published")? {
        None => None,
        Some(s) if s.trim().is_empty() => None,
        Some(s) => Some(
            s.trim()
                .parse::<jiff::Timestamp>()
                .map_err(|e| err(format!("\"published\" of article {id:?} is not RFC 3339 ({s:?}): {e}")))?,
        ),
    };
    let links = match map.get("links") {
        Some(Value::Array(a)) => a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect(),
        _ => Vec::new(),
    };
    let article = Article {
        title: string("title")?.unwrap_or_default(),
        text: string("text")?.unwrap_or_default(),
        lang: string("lang")?,
        published,
        outlet: string("outlet")?,
        url: string("url")?,
        canonical: string("canonical")?,
        links,
        id,
    };
    Ok(Labelled { event: map.get("event").and_then(label), copy_group: map.get("copy_group").and_then(label), article })
}

/// Reads every non-blank line of `text`.
///
/// # Errors
/// The first bad line, as [`parse_line`]; [`Error::DuplicateId`] for an id seen twice.
pub fn parse(text: &str) -> Result<Vec<Labelled>, Error> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for (i, l) in text.lines().enumerate() {
        if l.trim().is_empty() {
            continue;
        }
        let item = parse_line(l, i + 1)?;
        if !seen.insert(item.article.id.clone()) {
            return Err(Error::DuplicateId(item.article.id));
        }
        out.push(item);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_nulls_numbers_and_labels() {
        let l = parse_line(
            r#"{"id":"a1","title":"T","text":"x","lang":null,"published":"2024-03-01T10:00:00+01:00","outlet":null,"url":null,"event":7}"#,
            1,
        )
        .unwrap();
        assert_eq!(l.article.id, "a1");
        assert_eq!(l.article.published.unwrap().as_second(), 1_709_283_600);
        assert_eq!(l.event.as_deref(), Some("7"));
        assert_eq!(l.copy_group, None);
    }

    #[test]
    fn bad_lines_say_where_and_why() {
        let e = parse("{\"id\":\"a\"}\n\n{\"id\":\"b\",\"published\":\"yesterday\"}").unwrap_err();
        assert!(e.to_string().starts_with("line 3: \"published\" of article \"b\""), "{e}");
        assert!(parse("[1]").unwrap_err().to_string().contains("not a JSON object"));
        assert!(parse("{\"title\":\"x\"}").unwrap_err().to_string().contains("no \"id\""));
        assert!(matches!(parse("{\"id\":\"a\"}\n{\"id\":\"a\"}"), Err(Error::DuplicateId(_))));
    }
}
