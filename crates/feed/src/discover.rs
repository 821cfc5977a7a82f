//! Finding the feeds a web page advertises.

use std::collections::HashSet;

use colonnade_url::{Url, canonicalize, dedup_key};

use crate::scan::{Scanner, Token};

/// Paths to try on a homepage with no advertised feed, most likely first.
pub const COMMON_FEED_PATHS: &[&str] = &[
    "/feed",
    "/rss",
    "/feed/",
    "/rss.xml",
    "/atom.xml",
    "/feed.xml",
    "/index.xml",
    "/feed.json",
    "/rss/",
    "/?feed=rss2",
    "/feeds/posts/default",
];

/// Feed types a `<link rel="alternate">` may announce.
const FEED_TYPES: &[&str] = &[
    "application/rss+xml",
    "application/atom+xml",
    "application/feed+json",
    "application/json",
    "application/rdf+xml",
];

/// Path endings that mark an `<a href>` as a feed.
const FEED_SUFFIXES: &[&str] = &["/feed", "/rss", ".rss", "/atom.xml", "/feed.xml", "/rss.xml", "feed.json"];

/// Feed URLs a page advertises, absolute and canonical.
///
/// First the `<link rel="alternate" type="application/rss+xml | atom+xml |
/// feed+json | json">` elements in page order, then `<a href>` links whose
/// path ends with `/feed`, `/rss`, `.rss`, `/atom.xml`, `/feed.xml`,
/// `/rss.xml` or `feed.json` (a trailing `/` is ignored). Duplicates (by
/// [`dedup_key`]) are dropped. A `<base href>` before the links is honoured.
pub fn discover_feed_links(html: &[u8], page_url: &Url) -> Vec<Url> {
    let host = page_url.host_str().map(|h| h.as_bytes().to_vec());
    let decoded = colonnade_text::decode_html(html, None, host.as_deref());
    let mut base = page_url.clone();
    let mut advertised = Vec::new();
    let mut anchors = Vec::new();
    for token in Scanner::html(&decoded.text) {
        let Token::Start(tag) = token else { continue };
        if tag.is("base") {
            if let Some(b) = tag.attr("href").and_then(|h| canonicalize(&h, Some(page_url))) {
                base = b;
            }
        } else if tag.is("link") {
            let rel = tag.attr("rel").unwrap_or_default();
            let is_alternate = rel.split_ascii_whitespace().any(|r| r.eq_ignore_ascii_case("alternate"));
            let ty = tag.attr("type").unwrap_or_default();
            let ty = ty.split(';').next().unwrap_or("").trim();
            if is_alternate
                && FEED_TYPES.iter().any(|t| t.eq_ignore_ascii_case(ty))
                && let Some(url) = tag.attr("href").and_then(|h| canonicalize(&h, Some(&base)))
            {
                advertised.push(url);
            }
        } else if tag.is("a")
            && let Some(url) = tag.attr("href").and_then(|h| canonicalize(&h, Some(&base)))
            && looks_like_feed(&url)
        {
            anchors.push(url);
        }
    }
    let mut seen = HashSet::new();
    advertised.into_iter().chain(anchors).filter(|u| seen.insert(dedup_key(u))).collect()
}

fn looks_like_feed(url: &Url) -> bool {
    let path = url.path().to_ascii_lowercase();
    let path = path.strip_suffix('/').unwrap_or(&path);
    FEED_SUFFIXES.iter().any(|s| path.ends_with(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn urls(v: Vec<Url>) -> Vec<String> {
        v.into_iter().map(String::from).collect()
    }

    #[test]
    fn link_alternates_then_anchors_deduplicated() {
        let page = Url::parse("https://www.example.com/opinion/").unwrap();
        let html = br#"<html><head>
            <link rel="stylesheet" href="/s.css">
            <link rel="alternate" type="application/rss+xml" title="RSS" href="/opinion/feed/?utm_source=x">
            <LINK REL="Alternate" TYPE="application/atom+xml" HREF="https://www.example.com/atom.xml">
            <link rel="alternate" type="application/feed+json" href="feed.json">
            <link rel="alternate" type="text/html" hreflang="fr" href="/fr/">
            <link rel="alternate" type="application/rss+xml" href="https://example.com/opinion/feed">
            </head><body>
            <a href="/opinion/feed/">RSS</a>
            <a href="/columnists/jane/rss">Jane's RSS</a>
            <a href="/podcast.rss?x=1&amp;y=2">Podcast</a>
            <a href="/about">About</a>
            <a href="/feedback">Feedback</a>
            </body></html>"#;
        assert_eq!(
            urls(discover_feed_links(html, &page)),
            vec![
                "https://www.example.com/opinion/feed/",
                "https://www.example.com/atom.xml",
                "https://www.example.com/opinion/feed.json",
                "https://www.example.com/columnists/jane/rss",
                "https://www.example.com/podcast.rss?x=1&y=2",
            ]
        );
    }

    #[test]
    fn base_href_is_honoured() {
        let page = Url::parse("https://example.com/a/b").unwrap();
        let html =
            br#"<base href="https://cdn.example.com/x/"><link rel=alternate type=application/rss+xml href=rss.xml>"#;
        assert_eq!(urls(discover_feed_links(html, &page)), vec!["https://cdn.example.com/x/rss.xml"]);
    }

    #[test]
    fn nothing_advertised() {
        let page = Url::parse("https://example.com/").unwrap();
        assert!(discover_feed_links(b"<p>hello</p>", &page).is_empty());
    }
}
