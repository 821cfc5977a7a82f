//! Real column URLs, found the way a reader finds them: by following the site's own links.

use std::collections::{HashSet, VecDeque};
use std::net::SocketAddr;

use anyhow::Result;

use super::http::http_get;

/// Column paths (`/columns/ID-slug`) found by following the site's links: pagination first
/// (any link with `page=`, the home page and `/api/articles` to start), then column pages'
/// own links ("more by the same columnist"), until `want` are found or 400 pages were read.
pub fn collect_column_paths(addr: SocketAddr, want: usize) -> Result<Vec<String>> {
    let mut listings: VecDeque<String> =
        ["/", "/api/articles", "/api/articles?page=1", "/api/articles?page=2"].map(String::from).into();
    let mut to_visit: VecDeque<String> = VecDeque::new();
    let mut visited = HashSet::new();
    let mut found = Vec::new();
    let mut seen = HashSet::new();
    let mut fetched = 0;
    while found.len() < want && fetched < 400 {
        let Some(path) = listings.pop_front().or_else(|| to_visit.pop_front()) else { break };
        if !visited.insert(path.clone()) {
            continue;
        }
        fetched += 1;
        let Ok(r) = http_get(addr, &path) else { continue };
        if r.status != 200 {
            continue;
        }
        let body = String::from_utf8_lossy(&r.body);
        for link in links(&body) {
            if is_column_path(&link) {
                if seen.insert(link.clone()) {
                    found.push(link.clone());
                    to_visit.push_back(link);
                }
            } else if link.contains("page=") && !visited.contains(&link) {
                listings.push_back(link);
            }
        }
    }
    found.truncate(want);
    Ok(found)
}

/// Site-relative paths in a page or JSON body: quoted strings starting with `/` (href values,
/// JSON fields) and absolute `http://host/…` ones, `&amp;` decoded.
fn links(body: &str) -> Vec<String> {
    let mut out = Vec::new();
    for quoted in body.split('"').skip(1).step_by(2) {
        let path = if let Some(rest) = quoted.strip_prefix("http://").or_else(|| quoted.strip_prefix("https://")) {
            match rest.find('/') {
                Some(i) => &rest[i..],
                None => continue,
            }
        } else {
            quoted
        };
        if path.starts_with('/') && !path.starts_with("//") && path.len() < 500 && !path.contains(char::is_whitespace) {
            out.push(path.replace("&amp;", "&"));
        }
    }
    out
}

/// `/columns/<digits>…` with nothing after the slug (not `/columns/1-x/like`), no query.
fn is_column_path(path: &str) -> bool {
    path.strip_prefix("/columns/")
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()) && !rest.contains(['/', '?', '#']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_and_column_paths() {
        let body = r#"<a href="/columns/12-a-title">x</a> <a href="/?page=2&amp;lang=en">next</a>
            <form action="/columns/12-a-title/like"></form> {"url":"http://127.0.0.1:1/columns/13-b"}"#;
        let l = links(body);
        assert!(l.contains(&"/columns/12-a-title".to_string()));
        assert!(l.contains(&"/?page=2&lang=en".to_string()));
        assert!(l.contains(&"/columns/13-b".to_string()));
        assert!(!is_column_path("/columns/12-a-title/like"));
        assert!(!is_column_path("/columnists/3-x"));
        assert!(is_column_path("/columns/12-a-title"));
    }
}
