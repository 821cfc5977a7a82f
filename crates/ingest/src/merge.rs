//! From an extracted page and what the crawl knew about it to the article that is stored.
//!
//! [`assemble`] is the one way from page to article: the crawl calls it with the feed item and
//! the operator's declarations it has at hand, and stores that [`Evidence`] beside the raw page;
//! re-extraction reads the evidence back and calls it again. Both paths therefore give the same
//! article for the same page and evidence, and a newer extractor changes only what the page
//! itself says. Pure: no I/O.

use colonnade_extract::{Article, Extracted, Kind, decide_kind, is_opinion_tag};
use colonnade_feed::FeedItem;
use colonnade_model::Timestamp;
use colonnade_text::vocab::TITLE_SEPARATORS;
use colonnade_url::Url;
use serde::{Deserialize, Serialize};

/// What the crawl knew about a page besides its bytes and headers.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// What the feed item that listed the page said, if a feed listed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feed: Option<FeedEvidence>,
    /// The kind the operator declared for every item of the publication (`kind = "opinion"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub declared_kind: Option<Kind>,
}

/// The fields of a feed item that speak about its article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FeedEvidence {
    /// The item's title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Its authors, as the feed names them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<String>,
    /// When it was published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<Timestamp>,
    /// When it was last updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<Timestamp>,
    /// Its summary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Its image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// Its categories (topic tags).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<String>,
}

impl From<&FeedItem> for FeedEvidence {
    fn from(item: &FeedItem) -> Self {
        FeedEvidence {
            title: item.title.clone(),
            authors: item.authors.clone(),
            published: item.published,
            updated: item.updated,
            summary: item.summary.clone(),
            image: item.image.as_ref().map(|u| u.to_string()),
            categories: item.categories.clone(),
        }
    }
}

impl Evidence {
    /// The evidence as stored beside the raw page.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".to_string())
    }

    /// Reads stored evidence; `None` (a page stored before evidence was kept) or unreadable JSON
    /// gives no evidence.
    pub fn from_json(json: Option<&str>) -> Evidence {
        json.and_then(|j| serde_json::from_str(j).ok()).unwrap_or_default()
    }
}

/// The stored article for an extracted page: the canonical URL from the response's `Link` header
/// when the page named none, what the page left unsaid filled from the feed item, and the kind
/// decided once from every signal — the page's, the feed's and the operator's
/// ([`colonnade_extract::kind`]). `final_url` and `headers` are the response's.
pub fn assemble(extracted: Extracted, evidence: &Evidence, final_url: &Url, headers: &[(String, String)]) -> Article {
    let Extracted { mut article, mut kind_signals, .. } = extracted;
    link_canonical(&mut article, headers, final_url);
    if article.url.is_none() {
        article.url = Some(final_url.to_string());
    }
    if let Some(feed) = &evidence.feed {
        fill_from_feed(&mut article, feed);
        kind_signals.feed_opinion_tag = feed.categories.iter().any(|c| is_opinion_tag(c));
        // A dated item of a publication's feed with an article's worth of text is at least news.
        kind_signals.feed_dated_with_text = article.published.is_some() && article.word_count >= 150;
    }
    kind_signals.declared = evidence.declared_kind;
    article.kind = decide_kind(&kind_signals);
    article
}

/// Takes the canonical URL from the response's `Link: <…>; rel="canonical"` header (RFC 6596,
/// RFC 8288) when the page named none itself, that is when the extractor fell back to the URL the
/// page was fetched from (`final_url`). The page's own `<link rel=canonical>` or `og:url` wins.
/// `headers` are the response headers (every `Link` line is read); the target is resolved
/// against `final_url` and must be http(s). As for a page's own canonical, one that points at a
/// site's home page while the page is deeper is ignored.
fn link_canonical(article: &mut Article, headers: &[(String, String)], final_url: &Url) {
    let fetched = colonnade_url::canonicalize(final_url.as_str(), None);
    let page_named_none = match (&article.url, &fetched) {
        (None, _) => true,
        (Some(u), Some(f)) => u == f.as_str(),
        (Some(_), None) => false,
    };
    if !page_named_none {
        return;
    }
    let links = headers.iter().filter(|(n, _)| n.eq_ignore_ascii_case("link")).map(|(_, v)| v.as_str());
    let Some(canonical) = colonnade_url::canonical_from_link_headers(links, final_url) else { return };
    if final_url.path().len() > 1 && canonical.path().len() <= 1 {
        return;
    }
    article.url = Some(canonical.into());
}

/// Fills what the page did not say from what the feed said. The page wins where both speak,
/// except that a feed's headline beats a page title decorated around it and a feed time beats a
/// page date without one on the same day.
fn fill_from_feed(article: &mut Article, feed: &FeedEvidence) {
    prefer_inner_title(article, feed.title.as_deref());
    if article.authors.is_empty() {
        article.authors = feed.authors.clone();
    }
    if article.byline.is_none() && !feed.authors.is_empty() {
        article.byline = Some(feed.authors.join(", "));
    }
    // A time beats a date without one (midnight from a URL or a day-only meta) on the same day.
    match (article.published, feed.published) {
        (None, Some(p)) => article.published = Some(p),
        (Some(a), Some(p))
            if a.instant.as_second() % 86_400 == 0
                && a.instant.as_second() / 86_400 == p.instant.as_second() / 86_400 =>
        {
            article.published = Some(p)
        }
        _ => {}
    }
    if article.modified.is_none() {
        article.modified = feed.updated;
    }
    if article.description.is_none() {
        article.description = feed.summary.clone();
    }
    if article.image.is_none() {
        article.image = feed.image.clone();
    }
    if article.section.is_none() {
        article.section = feed.categories.first().cloned();
    }
}

/// Takes `other` as the title when the article has none, or trims the page's title to `other`
/// when it is `other` with decoration around it ("Site » Headline" on the page, "Headline" in
/// the feed). The two are compared with typography folded ([`find_folded`]), since feeds often
/// straighten the page's curly quotes or dashes; the page's own spelling is kept.
fn prefer_inner_title(article: &mut Article, other: Option<&str>) {
    let Some(other) = other.filter(|t| !t.trim().is_empty()) else { return };
    let Some(page) = &article.title else {
        article.title = Some(other.to_string());
        return;
    };
    if other.trim().chars().count() < 10 {
        return;
    }
    let Some(range) = find_folded(page, other) else { return };
    let (before, inner, after) = (page[..range.start].trim(), &page[range.clone()], page[range.end..].trim());
    if before.is_empty() && after.is_empty() {
        return;
    }
    // What is cut must be decoration set off by a separator, not words of the headline.
    let separator = |c: char| TITLE_SEPARATORS.contains(&c);
    if (before.is_empty() || before.ends_with(separator)) && (after.is_empty() || after.starts_with(separator)) {
        article.title = Some(inner.trim().to_string());
    }
}

/// One character folded for comparing titles: curly quotes, primes and guillemet-like quotes to
/// straight ones, dashes and minus signs to `-`, white space to a space, letters to lowercase.
fn fold_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{0060}' | '\u{00B4}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => '-',
        c if colonnade_text::is_space(c) => ' ',
        c => c.to_lowercase().next().unwrap_or(c),
    }
}

/// Where `needle` occurs in `haystack`, as a byte range of `haystack`, comparing folded
/// characters ([`fold_char`]) with runs of white space as one space and `needle` trimmed. Titles
/// are short; longer inputs (over 2,000 characters) are not searched.
fn find_folded(haystack: &str, needle: &str) -> Option<std::ops::Range<usize>> {
    const MAX: usize = 2_000;
    // The folded haystack, one entry per kept character: (folded, start byte, end byte).
    let mut hay: Vec<(char, usize, usize)> = Vec::new();
    for (i, c) in haystack.char_indices() {
        let f = fold_char(c);
        if f == ' ' && hay.last().is_none_or(|&(p, ..)| p == ' ') {
            continue;
        }
        hay.push((f, i, i + c.len_utf8()));
        if hay.len() > MAX {
            return None;
        }
    }
    let mut pin: Vec<char> = Vec::new();
    for c in needle.trim().chars() {
        let f = fold_char(c);
        if f == ' ' && pin.last() == Some(&' ') {
            continue;
        }
        pin.push(f);
        if pin.len() > MAX {
            return None;
        }
    }
    if pin.is_empty() || pin.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - pin.len())
        .find(|&s| hay[s..s + pin.len()].iter().zip(&pin).all(|(h, p)| h.0 == *p))
        .map(|s| hay[s].1..hay[s + pin.len() - 1].2)
}

#[cfg(test)]
mod tests {
    use colonnade_extract::KindSignals;

    use super::*;

    fn feed(title: &str, author: &str, published: &str, categories: &[&str]) -> Evidence {
        Evidence {
            feed: Some(FeedEvidence {
                title: Some(title.into()),
                authors: vec![author.into()],
                published: Timestamp::parse_rfc3339(published),
                summary: Some("A summary.".into()),
                categories: categories.iter().map(|c| c.to_string()).collect(),
                ..FeedEvidence::default()
            }),
            declared_kind: None,
        }
    }

    fn page(title: &str) -> Extracted {
        Extracted {
            article: Article { title: Some(title.into()), word_count: 400, ..Article::default() },
            kind_signals: KindSignals::default(),
            author_images: Vec::new(),
        }
    }

    fn url() -> Url {
        Url::parse("https://example.org/a").unwrap()
    }

    #[test]
    fn feed_fills_what_the_page_lacks_and_trims_decorated_titles() {
        let a = assemble(
            page("Global Voices Online » Brazil: Amplified conversations"),
            &feed("Brazil: Amplified conversations", "Diego Casaes", "2009-06-11T10:57:00Z", &["Ideas"]),
            &url(),
            &[],
        );
        assert_eq!(a.title.as_deref(), Some("Brazil: Amplified conversations"));
        assert_eq!(a.authors, ["Diego Casaes"]);
        assert_eq!(a.byline.as_deref(), Some("Diego Casaes"));
        assert_eq!(a.published.map(|p| p.to_string()).as_deref(), Some("2009-06-11T10:57:00Z"));
        assert_eq!(a.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(a.description.as_deref(), Some("A summary."));
        assert_eq!(a.kind, Kind::News, "a topic tag such as Ideas is not a section");
    }

    #[test]
    fn a_feed_title_trims_the_page_title_whatever_the_typography() {
        let trimmed = |page_title: &str, feed_title: &str| {
            let mut a = page(page_title).article;
            prefer_inner_title(&mut a, Some(feed_title));
            a.title.unwrap_or_default()
        };
        // Curly apostrophe on the page, straight one in the feed: the page's spelling is kept.
        assert_eq!(
            trimmed(
                "Global Voices Online  » Egypt: Will there be any action after Obama\u{2019}s Talk? ",
                "Egypt: Will there be any action after Obama's Talk?"
            ),
            "Egypt: Will there be any action after Obama\u{2019}s Talk?"
        );
        // Dashes, double quotes, white space and case.
        assert_eq!(
            trimmed(
                "The Daily \u{2014} \u{201C}Quoted\u{201D}  headline \u{2013} part two | Section",
                "\"quoted\" Headline - part two"
            ),
            "\u{201C}Quoted\u{201D}  headline \u{2013} part two"
        );
        assert_eq!(trimmed("Headline of the day — Site", "Headline of the day"), "Headline of the day");
        // Words of the headline are not decoration: unchanged.
        assert_eq!(
            trimmed("Why trees matter more than roads", "trees matter more"),
            "Why trees matter more than roads"
        );
        assert_eq!(trimmed("Site » Why trees matter", "Site » Why trees"), "Site » Why trees matter");
        // Too short to be sure, or not there at all: unchanged.
        assert_eq!(trimmed("Site » Short one", "Short one"), "Site » Short one");
        assert_eq!(trimmed("Site » A headline here", "Another headline"), "Site » A headline here");
        // No page title: the feed's.
        let mut a = Article::default();
        prefer_inner_title(&mut a, Some("Feed title"));
        assert_eq!(a.title.as_deref(), Some("Feed title"));
    }

    #[test]
    fn folded_search_maps_back_to_the_original_bytes() {
        assert_eq!(find_folded("a \u{2019}b\u{2019}  c", "'B' C"), Some(2..12));
        assert_eq!(find_folded("abc", ""), None);
        assert_eq!(find_folded("ab", "abc"), None);
        assert_eq!(find_folded("İstanbul » Haber", "i̇stanbul"), None, "no panic on case folding that grows");
        assert_eq!(find_folded(&"x".repeat(5_000), "xx"), None, "long inputs are not searched");
    }

    #[test]
    fn page_wins_where_both_speak_except_a_day_only_date() {
        let mut p = page("The page's own headline");
        p.article.authors = vec!["Page Author".into()];
        p.article.published = Timestamp::parse_rfc3339("2009-06-11T00:00:00Z");
        let a =
            assemble(p, &feed("Another title", "Feed Author", "2009-06-11T10:57:00+02:00", &["Opinion"]), &url(), &[]);
        assert_eq!(a.title.as_deref(), Some("The page's own headline"));
        assert_eq!(a.authors, ["Page Author"]);
        assert_eq!(a.published.map(|p| p.to_string()).as_deref(), Some("2009-06-11T10:57:00+02:00"));
        assert_eq!(a.kind, Kind::Opinion);
    }

    /// Issue 10: the operator's declaration is one more signal, weighed in the same place as the
    /// page's and the feed's, so it holds whichever path assembles the article.
    #[test]
    fn issue_10_the_declared_kind_wins_over_page_and_feed() {
        let mut p = page("A column");
        p.kind_signals.url = Some(colonnade_extract::kind::PathHintKind::Opinion);
        let mut evidence = feed("A column", "Jane Roe", "2024-05-01T10:00:00Z", &["Opinion"]);
        assert_eq!(assemble(p.clone(), &evidence, &url(), &[]).kind, Kind::Opinion);
        evidence.declared_kind = Some(Kind::News);
        assert_eq!(assemble(p.clone(), &evidence, &url(), &[]).kind, Kind::News);
        // And it survives the trip through the stored JSON.
        let stored = Evidence::from_json(Some(&evidence.to_json()));
        assert_eq!(stored, evidence);
        assert_eq!(assemble(p, &stored, &url(), &[]).kind, Kind::News);
        assert_eq!(Evidence::from_json(None), Evidence::default());
        assert_eq!(Evidence::from_json(Some("not json")), Evidence::default());
    }

    fn links(values: &[&str]) -> Vec<(String, String)> {
        values.iter().map(|v| ("link".to_string(), v.to_string())).collect()
    }

    #[test]
    fn link_header_canonical_only_when_the_page_named_none() {
        let fetched = Url::parse("http://127.0.0.1:7331/gv/index_1.html?utm_source=rss").unwrap();
        let header =
            links(&["<https://e.org/wp-json/>; rel=\"https://api.w.org/\"", "<https://e.org/2009/a/>; rel=canonical"]);
        // The extractor fell back to the fetched URL (cleaned): the header's canonical is taken.
        let mut a = page("A").article;
        a.url = Some("http://127.0.0.1:7331/gv/index_1.html".into());
        link_canonical(&mut a, &header, &fetched);
        assert_eq!(a.url.as_deref(), Some("https://e.org/2009/a/"));
        let mut none = page("A").article;
        link_canonical(&mut none, &header, &fetched);
        assert_eq!(none.url.as_deref(), Some("https://e.org/2009/a/"));
        // The page named its own: kept.
        let mut own = page("A").article;
        own.url = Some("https://e.org/2009/own/".into());
        link_canonical(&mut own, &header, &fetched);
        assert_eq!(own.url.as_deref(), Some("https://e.org/2009/own/"));
        // No header, another relation, a home page for a deep page, two canonicals: unchanged.
        for h in [
            links(&[]),
            links(&["<https://e.org/2009/a/>; rel=shortlink"]),
            links(&["<https://e.org/>; rel=canonical"]),
            links(&["<https://e.org/a>; rel=canonical", "<https://e.org/b>; rel=canonical"]),
            links(&["<ftp://e.org/a>; rel=canonical"]),
        ] {
            let mut b = page("A").article;
            b.url = Some("http://127.0.0.1:7331/gv/index_1.html".into());
            link_canonical(&mut b, &h, &fetched);
            assert_eq!(b.url.as_deref(), Some("http://127.0.0.1:7331/gv/index_1.html"), "{h:?}");
        }
    }
}
