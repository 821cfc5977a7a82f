//! Feeds for Colonnade: tolerant parsing, discovery, OPML and sitemaps.
//!
//! Everything here is pure: bytes and values in, values out. No network, no
//! files, no async runtime.
//!
//! - [`parse_feed`] reads RSS 0.9x / 1.0 (RDF) / 2.0, Atom 0.3 / 1.0 and JSON
//!   Feed 1.0 / 1.1 into one model, [`Feed`] with its [`FeedItem`]s, and says
//!   why when it cannot ([`FeedError`]). Broken feeds are repaired first:
//!   wrong or missing charsets, undeclared HTML entities, `<rss>` without a
//!   version, garbage before the XML declaration, a BOM, UTF-16.
//! - [`discover_feed_links`] finds the feeds a page advertises;
//!   [`COMMON_FEED_PATHS`] lists where to look when it advertises none.
//! - [`parse_opml`] / [`write_opml`] read and write subscription lists
//!   ([`Outline`]).
//! - [`parse_sitemap`] reads `<urlset>` and `<sitemapindex>` sitemaps, gzipped
//!   or not ([`Sitemap`], [`SitemapUrl`]).
//! - [`out`] writes feeds for others to read: Atom 1.0 ([`out::write_atom`]),
//!   JSON Feed 1.1 ([`out::write_json_feed`]) and sitemaps
//!   ([`out::write_sitemap`], [`out::write_sitemap_index`]).
//! - [`article_links`] picks the links that look like articles on a listing
//!   page (a columnist's page, a section front).
//!
//! ```
//! use colonnade_feed::{parse_feed, FeedKind, Url};
//!
//! let xml = br#"<rss><channel><title>Op-Eds</title>
//!   <item><title>Why &eacute;lan matters</title><link>/2024/05/01/elan</link>
//!   <pubDate>Wed, 01 May 2024 09:30:00 +0200</pubDate></item></channel></rss>"#;
//! let base = Url::parse("https://example.com/feed").unwrap();
//! let feed = parse_feed(xml, None, Some(&base)).unwrap();
//! assert_eq!(feed.kind, FeedKind::Rss);
//! let item = &feed.items[0];
//! assert_eq!(item.title.as_deref(), Some("Why élan matters"));
//! assert_eq!(item.url.as_ref().map(Url::as_str), Some("https://example.com/2024/05/01/elan"));
//! assert_eq!(item.published.map(|t| t.to_string()).as_deref(), Some("2024-05-01T09:30:00+02:00"));
//! ```

mod discover;
mod feed;
mod json;
mod links;
mod opml;
pub mod out;
mod prepass;
mod scan;
mod sitemap;
mod text;

pub use colonnade_model::Timestamp;
pub use colonnade_url::Url;
pub use discover::{COMMON_FEED_PATHS, discover_feed_links};
pub use feed::parse_feed;
pub use links::article_links;
pub use opml::{parse_opml, write_opml};
pub use sitemap::{MAX_SITEMAP_BYTES, parse_sitemap, parse_sitemap_capped};

/// A parsed feed.
#[derive(Debug, Clone, PartialEq)]
pub struct Feed {
    /// The format family the feed was written in.
    pub kind: FeedKind,
    /// The feed's title, as plain text.
    pub title: Option<String>,
    /// The web page the feed belongs to (RSS `<link>`, Atom `rel="alternate"`,
    /// JSON Feed `home_page_url`), absolute and canonical.
    pub link: Option<Url>,
    /// The entries, in feed order.
    pub items: Vec<FeedItem>,
}

/// The format family of a [`Feed`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FeedKind {
    /// RSS 0.9x, 1.0 (RDF) or 2.0.
    Rss,
    /// Atom 0.3 or 1.0.
    Atom,
    /// JSON Feed 1.0 or 1.1.
    Json,
}

/// One entry of a feed.
///
/// `url` is absolute (resolved against `xml:base` / the feed URL) and passed
/// through [`colonnade_url::canonicalize`] (tracking parameters stripped). Text
/// fields are plain (HTML tags stripped, entities decoded, whitespace
/// collapsed) except `content_html`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FeedItem {
    /// The article's address.
    pub url: Option<Url>,
    /// The entry's identifier as the feed gives it (RSS `<guid>`, Atom `<id>`, JSON `id`).
    pub guid: Option<String>,
    /// The headline.
    pub title: Option<String>,
    /// Author names as given: `dc:creator`, Atom `<author><name>`, RSS
    /// `<author>` (`"email (Name)"` gives `"Name"`), JSON Feed `authors[].name`.
    /// Atom and JSON Feed entries without authors inherit the feed's.
    pub authors: Vec<String>,
    /// First publication time.
    pub published: Option<Timestamp>,
    /// Last modification time.
    pub updated: Option<Timestamp>,
    /// Categories or tags, deduplicated.
    pub categories: Vec<String>,
    /// The summary (RSS `<description>`, Atom `<summary>`, JSON `summary`).
    pub summary: Option<String>,
    /// The full content as HTML, untouched (RSS `<content:encoded>`, Atom
    /// `<content>`, JSON `content_html`). Not sanitised: sanitise before display.
    pub content_html: Option<String>,
    /// The lead image: `<media:content>`, `<media:thumbnail>`, an image
    /// `<enclosure>`, JSON `image` / `banner_image`.
    pub image: Option<Url>,
}

/// Why bytes could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FeedError {
    /// The input is empty or only whitespace.
    #[error("the document is empty")]
    Empty,
    /// The input is something else; the text says what it looks like (e.g. "an HTML page").
    #[error("not a feed: the document looks like {0}")]
    NotAFeed(String),
    /// The input is a feed (or OPML, or sitemap) but could not be read.
    #[error("malformed document: {0}")]
    Malformed(String),
    /// The underlying parser panicked; the input is unusable.
    #[error("the parser panicked on this document")]
    Panicked,
}

/// One subscription of an OPML file.
///
/// Nested outlines are flattened; only outlines with an `xmlUrl` count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outline {
    /// The outline's `title` (or, failing that, its `text`).
    pub title: Option<String>,
    /// The feed address (`xmlUrl`).
    pub xml_url: Url,
    /// The site address (`htmlUrl`).
    pub html_url: Option<Url>,
    /// The `text` (or `title`) of the enclosing outline, used as a folder name.
    pub category: Option<String>,
}

/// A parsed sitemap: page URLs (`<urlset>`) and/or child sitemaps (`<sitemapindex>`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Sitemap {
    /// Pages listed by a `<urlset>`.
    pub urls: Vec<SitemapUrl>,
    /// Sitemaps listed by a `<sitemapindex>`.
    pub sitemaps: Vec<Url>,
}

/// One `<url>` of a sitemap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SitemapUrl {
    /// The page (`<loc>`), absolute and canonical.
    pub url: Url,
    /// `<lastmod>`.
    pub lastmod: Option<Timestamp>,
    /// Google News `<news:title>`, plain text.
    pub news_title: Option<String>,
    /// Google News `<news:publication_date>`.
    pub news_published: Option<Timestamp>,
}

/// Parse a date with [`colonnade_text::parse_date`], keeping its offset.
pub(crate) fn parse_timestamp(s: &str) -> Option<Timestamp> {
    colonnade_text::parse_date(s).map(|d| d.timestamp)
}
