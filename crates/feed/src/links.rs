//! Article links on a listing page (a columnist's page, a section front).

use std::collections::HashSet;

use colonnade_url::{Url, canonicalize, date_in_path, dedup_key, host_without_www};

use crate::scan::{Scanner, Token};

/// Path segments (whole, case-insensitive) that mark a non-article page.
const EXCLUDED_SEGMENTS: &[&str] = &[
    "tag",
    "tags",
    "category",
    "categories",
    "author",
    "authors",
    "search",
    "login",
    "logout",
    "signin",
    "sign-in",
    "signup",
    "sign-up",
    "register",
    "subscribe",
    "account",
    "about",
    "about-us",
    "contact",
    "contact-us",
    "privacy",
    "privacy-policy",
    "terms",
    "terms-of-service",
    "cookies",
    "cookie-policy",
    "feed",
    "feeds",
    "rss",
    "wp-login.php",
    "wp-admin",
    "cdn-cgi",
];

/// File extensions that are never articles.
const FILE_EXTENSIONS: &[&str] = &[
    "jpg", "jpeg", "png", "gif", "webp", "avif", "svg", "ico", "bmp", "tif", "tiff", "pdf", "mp3", "mp4", "m4a", "m4v",
    "wav", "ogg", "oga", "ogv", "webm", "mov", "avi", "zip", "gz", "tgz", "rar", "7z", "doc", "docx", "xls", "xlsx",
    "ppt", "pptx", "odt", "ods", "epub", "css", "js", "json", "xml", "rss", "atom", "txt", "csv", "woff", "woff2",
    "ttf", "exe", "dmg", "apk",
];

/// Extensions an article page may carry.
const PAGE_EXTENSIONS: &[&str] = &["html", "htm", "php", "shtml", "asp", "aspx", "ece", "cms"];

/// Elements that never hold content, so never appear on the stack of open elements.
const VOID: &[&str] =
    &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

/// How many links must share one place on the page (the same chain of enclosing elements and
/// classes) for that place to count as a repeated teaser block.
const MIN_REPEATS: usize = 3;

/// Article links on a listing page, absolute, canonical, deduplicated (by
/// [`dedup_key`]), in page order.
///
/// A link counts when it is an `<a href>` on the page's host (a leading
/// `www.` ignored) that is not excluded (below) and either stands where a
/// listing puts its articles, whatever its URL looks like:
/// - inside an `<article>` element or a heading (`<h1>`–`<h6>`);
/// - in a repeated teaser block: at least three links in the same place on the
///   page (the same chain of enclosing elements and their classes);
///
/// as long as its path is more than a section front (two segments or more, or
/// a digit in the last one: `/opinion/48213` and `/columns/p-7` count,
/// `/opinion/` does not); or whose URL looks like an article anywhere on the page:
/// - a date in the path ([`date_in_path`]) followed by more than the date
///   (`/2024/05/01/` alone is a day archive);
/// - or a last segment that is a slug of at least 3 words joined by `-` or
///   `_`, possibly ending in `.html`, `.htm`, `.php` and similar;
/// - or a numeric id of at least 5 digits (a whole segment, a run inside the
///   last segment, or a query value).
///
/// Excluded: links inside `<nav>`, and inside a page-level `<header>` or
/// `<footer>` (one not within `<article>`, `<aside>`, `<main>` or `<section>`,
/// as in the HTML outline: a card's `<header>` holding its headline link
/// counts); paths with segments such as `/tag/`, `/category/`, `/author/`,
/// `/search`, `/login`, `/about`, `/contact`, `/privacy`, `/feed`;
/// pagination (`/page/2`); files (`.jpg`, `.png`, `.pdf`, `.mp3`, …); the page
/// itself and the site root.
pub fn article_links(html: &[u8], page_url: &Url) -> Vec<Url> {
    let Some(page_host) = host_without_www(page_url).map(str::to_ascii_lowercase) else { return Vec::new() };
    let decoded = colonnade_text::decode_html(html, None, Some(page_host.as_bytes()));
    let page_key = dedup_key(page_url);
    let mut base = page_url.clone();
    let mut seen = HashSet::new();
    // Every usable link once, in page order: (url, its place on the page, inside <article> or a heading).
    let mut found: Vec<(Url, String, bool)> = Vec::new();
    // Open <nav> elements, open <header>/<footer> (true when page-level), open sectioning elements.
    let mut nav_depth = 0usize;
    let mut banners: Vec<bool> = Vec::new();
    let mut sectioning = 0usize;
    // Open elements as `name.class`, for the place of a link.
    let mut open: Vec<String> = Vec::new();
    for token in Scanner::html(&decoded.text) {
        match token {
            Token::Start(tag) if tag.self_closing || VOID.iter().any(|v| tag.is(v)) => {
                if tag.is("base")
                    && let Some(b) = tag.attr("href").and_then(|h| canonicalize(&h, Some(page_url)))
                {
                    base = b;
                }
            }
            Token::Start(tag) => {
                let local = crate::scan::local_name(tag.name).to_ascii_lowercase();
                let class =
                    tag.attr("class").map(|c| c.split_whitespace().collect::<Vec<_>>().join(".")).unwrap_or_default();
                if tag.is("nav") {
                    nav_depth += 1;
                } else if tag.is("header") || tag.is("footer") {
                    banners.push(sectioning == 0);
                } else if ["article", "aside", "main", "section"].iter().any(|n| tag.is(n)) {
                    sectioning += 1;
                } else if tag.is("a")
                    && nav_depth == 0
                    && !banners.contains(&true)
                    && let Some(url) = tag.attr("href").and_then(|h| canonicalize(&h, Some(&base)))
                    && host_without_www(&url).is_some_and(|h| h.eq_ignore_ascii_case(&page_host))
                    && !excluded(&url)
                {
                    let key = dedup_key(&url);
                    if key != page_key && seen.insert(key) {
                        let in_article_or_heading = open.iter().any(|o| {
                            let name = o.split('.').next().unwrap_or_default();
                            name == "article" || matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
                        });
                        // The place: the nearest enclosing elements with their classes.
                        let place = open.iter().rev().take(4).map(String::as_str).collect::<Vec<_>>().join("<");
                        found.push((url, place, in_article_or_heading));
                    }
                }
                // Elements that close themselves implicitly (an unclosed <p> or <li>) leave the stack
                // deeper than the page is; a cap keeps a hostile page from growing it without end.
                if open.len() < 256 {
                    open.push(if class.is_empty() { local } else { format!("{local}.{class}") });
                }
            }
            Token::End(name) => {
                let local = crate::scan::local_name(name).to_ascii_lowercase();
                let is = |n: &str| local == n;
                if is("nav") {
                    nav_depth = nav_depth.saturating_sub(1);
                } else if is("header") || is("footer") {
                    banners.pop();
                } else if is("article") || is("aside") || is("main") || is("section") {
                    sectioning = sectioning.saturating_sub(1);
                }
                // Close the innermost open element of that name, and any left open inside it.
                if let Some(at) = open.iter().rposition(|o| o.split('.').next() == Some(local.as_str())) {
                    open.truncate(at);
                }
            }
            Token::Text(_) | Token::CData(_) => {}
        }
    }
    let mut repeats: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (_, place, _) in &found {
        *repeats.entry(place.as_str()).or_default() += 1;
    }
    found
        .iter()
        .filter(|(url, place, in_article_or_heading)| {
            let by_place = (*in_article_or_heading || repeats.get(place.as_str()).is_some_and(|n| *n >= MIN_REPEATS))
                && deeper_than_a_section(url);
            by_place || looks_like_article(url)
        })
        .map(|(url, _, _)| url.clone())
        .collect()
}

/// Paths that are never one article, however the page places them: excluded segments (`/tag/`,
/// `/author/`, …), pagination (`/page/2`), files and the site root.
fn excluded(url: &Url) -> bool {
    let segments: Vec<&str> = url.path().split('/').filter(|s| !s.is_empty()).collect();
    if segments.iter().any(|s| EXCLUDED_SEGMENTS.iter().any(|e| s.eq_ignore_ascii_case(e))) {
        return true;
    }
    if segments.windows(2).any(|w| w[0].eq_ignore_ascii_case("page") && is_digits(w[1])) {
        return true;
    }
    match segments.last() {
        None => url.query().is_none(),
        Some(last) => last.rsplit_once('.').is_some_and(|(stem, ext)| {
            !stem.is_empty() && FILE_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str())
        }),
    }
}

/// More than a section front: two path segments or more, or a digit in the only one.
fn deeper_than_a_section(url: &Url) -> bool {
    let segments: Vec<&str> = url.path().split('/').filter(|s| !s.is_empty()).collect();
    segments.len() >= 2 || segments.last().is_some_and(|s| s.bytes().any(|b| b.is_ascii_digit()))
}

/// Whether the URL's path (and query) look like a single article.
fn looks_like_article(url: &Url) -> bool {
    let segments: Vec<&str> = url.path().split('/').filter(|s| !s.is_empty()).collect();
    let Some(last) = segments.last() else { return has_numeric_id(&segments, url) };
    if segments.iter().any(|s| EXCLUDED_SEGMENTS.iter().any(|e| s.eq_ignore_ascii_case(e))) {
        return false;
    }
    // Pagination: /page/2, /page/2/.
    if segments.windows(2).any(|w| w[0].eq_ignore_ascii_case("page") && is_digits(w[1])) {
        return false;
    }
    let (stem, ext) = match last.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => (stem, Some(ext.to_ascii_lowercase())),
        _ => (*last, None),
    };
    if let Some(ext) = &ext {
        if FILE_EXTENSIONS.contains(&ext.as_str()) {
            return false;
        }
        if !PAGE_EXTENSIONS.contains(&ext.as_str()) && !is_digits(ext) {
            // `/a.b.c-d-e` style slugs with dots: judge the whole segment.
            return is_slug(last) || has_numeric_id(&segments, url);
        }
    }
    if date_in_path(url).is_some() && !is_digits(last) {
        return true;
    }
    is_slug(stem) || has_numeric_id(&segments, url)
}

/// At least 3 non-empty words separated by `-` or `_`, one of them not a number.
fn is_slug(s: &str) -> bool {
    let words: Vec<&str> = s.split(['-', '_']).filter(|w| !w.is_empty()).collect();
    words.len() >= 3 && words.iter().any(|w| !is_digits(w))
}

/// A segment of 5+ digits, a run of 5+ digits in the last segment, or a
/// query value of 5+ digits (`?p=12345`).
fn has_numeric_id(segments: &[&str], url: &Url) -> bool {
    let long_run = |s: &str| s.split(|c: char| !c.is_ascii_digit()).any(|run| run.len() >= 5);
    segments.iter().any(|s| is_digits(s) && s.len() >= 5)
        || segments.last().is_some_and(|s| long_run(s))
        || url.query_pairs().any(|(_, v)| is_digits(&v) && v.len() >= 5)
}

fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(u: &str) -> bool {
        looks_like_article(&Url::parse(u).unwrap())
    }

    #[test]
    fn article_shapes() {
        assert!(article("https://e.com/2024/05/01/a-take"));
        assert!(article("https://e.com/opinion/20240501-column"));
        assert!(article("https://e.com/opinion/why-we-should-care"));
        assert!(article("https://e.com/opinion/why_we_care.html"));
        assert!(article("https://e.com/news/story.php?id=123456"));
        assert!(article("https://e.com/opinion/1234567"));
        assert!(article("https://e.com/opinion/article12345.ece"));
        assert!(article("https://e.com/?p=79204"));
    }

    #[test]
    fn non_article_shapes() {
        assert!(!article("https://e.com/"));
        assert!(!article("https://e.com/2024/05/01/"));
        assert!(!article("https://e.com/2024/05/"));
        assert!(!article("https://e.com/opinion/"));
        assert!(!article("https://e.com/tag/climate-change-policy-now"));
        assert!(!article("https://e.com/author/jane-q-doe"));
        assert!(!article("https://e.com/opinion/page/2"));
        assert!(!article("https://e.com/privacy"));
        assert!(!article("https://e.com/uploads/my-great-photo-2024.jpg"));
        assert!(!article("https://e.com/files/annual-report-2023.pdf"));
        assert!(!article("https://e.com/opinion/feed"));
        assert!(!article("https://e.com/one-two"));
        assert!(!article("https://e.com/1234"));
    }

    fn links(html: &str) -> Vec<String> {
        article_links(html.as_bytes(), &Url::parse("https://e.com/opinion/").unwrap())
            .iter()
            .map(Url::to_string)
            .collect()
    }

    /// Issue 14, item 18: short and numeric slugs are followed where the page places its articles.
    #[test]
    fn links_are_judged_by_their_place_on_the_page() {
        let teasers = r#"<body><div class="menu"><a href="/sport">Sport</a> <a href="/culture">Culture</a></div>
            <div class="list">
              <div class="teaser"><span class="kicker">Column</span><a href="/opinion/48213">A</a></div>
              <div class="teaser"><span class="kicker">Column</span><a href="/columns/p-7">B</a></div>
              <div class="teaser"><span class="kicker">Column</span><a href="/opinion/x9">C</a></div>
            </div>
            <h2><a href="/opinion/short">Headline</a></h2>
            <article><a href="/opinion/ab">In an article</a></article>
            <p><a href="/opinion/lonely">A lone link in a paragraph</a></p>
            <h2><a href="/opinion/">Section front</a></h2>
            <ul><li><a href="/tag/a">t</a><li><a href="/tag/b">t</a><li><a href="/tag/c">t</a></ul></body>"#;
        assert_eq!(
            links(teasers),
            [
                "https://e.com/opinion/48213",
                "https://e.com/columns/p-7",
                "https://e.com/opinion/x9",
                "https://e.com/opinion/short",
                "https://e.com/opinion/ab",
            ]
        );
    }
}
