//! Feeds out: Atom 1.0, JSON Feed 1.1 and sitemaps, written straight into one
//! `String` (no DOM).
//!
//! - [`write_atom`] writes an Atom 1.0 document (RFC 4287) for an [`OutFeed`].
//! - [`write_json_feed`] writes the same feed as JSON Feed 1.1.
//! - [`write_sitemap`] / [`write_sitemap_index`] write sitemaps.org 0.9
//!   `<urlset>` / `<sitemapindex>` documents from [`SitemapUrl`]s.
//!
//! Every string is escaped, and characters XML 1.0 forbids (C0 controls other
//! than tab, newline and carriage return; U+FFFE; U+FFFF) are dropped, in the
//! XML and the JSON alike, so text crawled from anywhere gives a well-formed
//! document. Dates are RFC 3339 with the UTC offset the source printed, to
//! the second (an offset with a seconds part is cut to whole minutes).
//!
//! ```
//! use colonnade_feed::out::{OutFeed, OutItem, write_atom, write_json_feed};
//!
//! let authors = vec!["Jane Doe".to_string()];
//! let items = [OutItem {
//!     id: "https://colonnade.example/c/42",
//!     url: "https://colonnade.example/c/42",
//!     external_url: Some("https://paper.example/opinion/trees?a=1&b=2"),
//!     title: "Why cities need more trees",
//!     summary: "Shade is infrastructure.",
//!     authors: &authors,
//!     publication: Some("The Paper"),
//!     published: colonnade_feed::Timestamp::parse_rfc3339("2024-05-01T09:30:00+02:00"),
//!     ..OutItem::default()
//! }];
//! let feed = OutFeed {
//!     id: "https://colonnade.example/feed.atom",
//!     title: "Colonnade: latest columns",
//!     subtitle: None,
//!     home_page_url: "https://colonnade.example/",
//!     feed_url: "https://colonnade.example/feed.atom",
//!     language: Some("en"),
//!     updated: "2024-05-01T07:30:00Z".parse().unwrap(),
//!     icon: None,
//!     items: &items,
//! };
//! let atom = write_atom(&feed);
//! assert!(atom.contains("<published>2024-05-01T09:30:00+02:00</published>"));
//! assert!(atom.contains(r#"href="https://paper.example/opinion/trees?a=1&amp;b=2""#));
//! let json = write_json_feed(&feed);
//! assert!(json.contains(r#""version":"https://jsonfeed.org/version/1.1""#));
//! ```

use std::borrow::Cow;
use std::fmt::Write as _;

use colonnade_model::Timestamp;
use serde::ser::{Serialize, Serializer};

/// A feed to publish: the feed-level fields and its entries.
///
/// Strings are used as given (escaped, illegal characters dropped); optional
/// strings that are `None` or blank are left out.
#[derive(Debug, Clone, Copy)]
pub struct OutFeed<'a> {
    /// The feed's permanent identifier, an absolute URL: Atom `<id>`.
    /// (JSON Feed has no feed identifier; it uses [`OutFeed::feed_url`].)
    pub id: &'a str,
    /// The feed's title.
    pub title: &'a str,
    /// A one-line description: Atom `<subtitle>`, JSON Feed `description`.
    pub subtitle: Option<&'a str>,
    /// The page the feed belongs to: Atom `rel="alternate"` link, JSON Feed `home_page_url`.
    pub home_page_url: &'a str,
    /// Where this very document is served: Atom `rel="self"` link, JSON Feed
    /// `feed_url`. Differs between the Atom and the JSON rendering.
    pub feed_url: &'a str,
    /// The feed's language as a BCP 47 tag: Atom `xml:lang`, JSON Feed `language`.
    pub language: Option<&'a str>,
    /// When the feed last changed: Atom `<updated>`, which RFC 4287 requires.
    /// Pass the newest item's time, or the current time for an empty feed.
    /// Also stands in for the `<updated>` of entries without any date. Written
    /// in UTC, or with the UTC offset of an item date at the same instant.
    pub updated: jiff::Timestamp,
    /// A small square image for the feed: Atom `<icon>`, JSON Feed `icon`.
    pub icon: Option<&'a str>,
    /// The entries, newest first (written in the given order).
    pub items: &'a [OutItem<'a>],
}

/// One entry of an [`OutFeed`]: a column as shown on our site.
///
/// `Default` gives empty strings and slices and `None`s, handy with
/// struct-update syntax.
#[derive(Debug, Clone, Copy, Default)]
pub struct OutItem<'a> {
    /// A stable absolute URL on our site: Atom `<id>`, JSON Feed `id`.
    pub id: &'a str,
    /// Our page for the column: Atom `rel="alternate"` link, JSON Feed `url`.
    pub url: &'a str,
    /// The original article: Atom `rel="related"` link, JSON Feed `external_url`.
    pub external_url: Option<&'a str>,
    /// The headline. Atom requires a title, so a blank one is replaced by
    /// [`OutItem::url`] there; JSON Feed leaves it out.
    pub title: &'a str,
    /// A plain-text excerpt: Atom `<summary type="text">`, JSON Feed `summary`
    /// and `content_text`.
    pub summary: &'a str,
    /// The columnists' names. An item without any is credited to its
    /// [`OutItem::publication`] (Atom requires an author per entry).
    pub authors: &'a [String],
    /// A page about the first author (our columnist page): Atom
    /// `<author><uri>`, JSON Feed `authors[0].url`.
    pub author_url: Option<&'a str>,
    /// The publication's name: Atom `<rights>© Name</rights>`, and the author
    /// when there are no [`OutItem::authors`].
    pub publication: Option<&'a str>,
    /// First publication time: Atom `<published>`, JSON Feed `date_published`.
    pub published: Option<Timestamp>,
    /// Last modification time: JSON Feed `date_modified`, and Atom `<updated>`
    /// (which falls back to `published`, then to [`OutFeed::updated`]).
    pub updated: Option<Timestamp>,
    /// The lead image, absolute URL: Atom `<media:content medium="image">` and
    /// `<media:thumbnail>` (Media RSS), JSON Feed `image`.
    pub image: Option<&'a str>,
    /// The item's language as a BCP 47 tag: Atom `xml:lang`, JSON Feed `language`.
    pub language: Option<&'a str>,
    /// Tags or sections: Atom `<category term>`, JSON Feed `tags`. Blank ones are skipped.
    pub tags: &'a [String],
}

/// One entry of a sitemap: a page ([`write_sitemap`]) or a child sitemap
/// ([`write_sitemap_index`]).
///
/// Not to be confused with [`crate::SitemapUrl`], what [`crate::parse_sitemap`] reads.
#[derive(Debug, Clone, Copy)]
pub struct SitemapUrl<'a> {
    /// The absolute URL (`<loc>`). Already percent-encoded as sitemaps.org asks;
    /// only XML escaping is done here.
    pub loc: &'a str,
    /// When the page last changed (`<lastmod>`, written in UTC).
    pub lastmod: Option<jiff::Timestamp>,
}

const ATOM_NS: &str = "http://www.w3.org/2005/Atom";
const MEDIA_NS: &str = "http://search.yahoo.com/mrss/";
const SITEMAP_NS: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";
const JSON_FEED_VERSION: &str = "https://jsonfeed.org/version/1.1";
const XML_DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

/// Write `feed` as an Atom 1.0 document (RFC 4287).
///
/// The feed has its `<id>`, `<title>`, optional `<subtitle>`, `rel="self"`
/// and `rel="alternate"` links, `<updated>`, optional `<icon>` and
/// `xml:lang`. Each entry has `<id>`, `<title>`, a `rel="alternate"` link to
/// our page and a `rel="related"` link to the original, `<author>`s (with a
/// `<uri>` on the first), `<published>` / `<updated>` with the source's UTC
/// offset, `<rights>© Publication</rights>`, `<category term>`s,
/// `<summary type="text">` and the image as Media RSS. Blank optional fields
/// are left out.
pub fn write_atom(feed: &OutFeed<'_>) -> String {
    let mut out = String::with_capacity(estimate(feed));
    out.push_str(XML_DECL);
    out.push_str("<feed xmlns=\"");
    out.push_str(ATOM_NS);
    out.push_str("\" xmlns:media=\"");
    out.push_str(MEDIA_NS);
    out.push('"');
    if let Some(lang) = present(feed.language) {
        push_attr(&mut out, "xml:lang", lang);
    }
    out.push_str(">\n");
    push_element(&mut out, "  ", "id", feed.id);
    push_text_construct(&mut out, "  ", "title", or_fallback(feed.title, feed.home_page_url));
    if let Some(subtitle) = present(feed.subtitle) {
        push_text_construct(&mut out, "  ", "subtitle", subtitle);
    }
    push_link(&mut out, "  ", "self", "application/atom+xml", feed.feed_url);
    push_link(&mut out, "  ", "alternate", "text/html", feed.home_page_url);
    let updated = feed_updated(feed);
    push_date(&mut out, "  ", "updated", updated);
    if let Some(icon) = present(feed.icon) {
        push_element(&mut out, "  ", "icon", icon);
    }
    out.push_str("  <generator>Colonnade</generator>\n");
    for item in feed.items {
        write_atom_entry(&mut out, item, updated);
    }
    out.push_str("</feed>\n");
    out
}

/// [`OutFeed::updated`], printed with the offset of an item date at the same
/// instant if there is one (usually the newest item's), else in UTC. Readers
/// that remember offsets per instant (ours does) then keep the item's offset.
fn feed_updated(feed: &OutFeed<'_>) -> Timestamp {
    feed.items
        .iter()
        .flat_map(|i| [i.updated, i.published])
        .flatten()
        .find(|t| t.instant == feed.updated)
        .unwrap_or_else(|| utc(feed.updated))
}

fn write_atom_entry(out: &mut String, item: &OutItem<'_>, feed_updated: Timestamp) {
    out.push_str("  <entry");
    if let Some(lang) = present(item.language) {
        push_attr(out, "xml:lang", lang);
    }
    out.push_str(">\n");
    push_element(out, "    ", "id", item.id);
    push_text_construct(out, "    ", "title", or_fallback(item.title, item.url));
    push_link(out, "    ", "alternate", "text/html", item.url);
    if let Some(external) = present(item.external_url) {
        push_link(out, "    ", "related", "text/html", external);
    }
    if let Some(published) = item.published {
        push_date(out, "    ", "published", published);
    }
    push_date(out, "    ", "updated", item.updated.or(item.published).unwrap_or(feed_updated));
    let mut first = true;
    for name in item.authors.iter().filter(|a| !is_blank(a)) {
        push_author(out, name, if first { present(item.author_url) } else { None });
        first = false;
    }
    let publication = present(item.publication);
    if first && let Some(publication) = publication {
        push_author(out, publication, None);
    }
    if let Some(publication) = publication {
        out.push_str("    <rights type=\"text\">© ");
        push_escaped(out, publication, false);
        out.push_str("</rights>\n");
    }
    for tag in item.tags.iter().filter(|t| !is_blank(t)) {
        out.push_str("    <category");
        push_attr(out, "term", tag);
        out.push_str("/>\n");
    }
    if !is_blank(item.summary) {
        push_text_construct(out, "    ", "summary", item.summary);
    }
    if let Some(image) = present(item.image) {
        out.push_str("    <media:content");
        push_attr(out, "url", image);
        out.push_str(" medium=\"image\"/>\n    <media:thumbnail");
        push_attr(out, "url", image);
        out.push_str("/>\n");
    }
    out.push_str("  </entry>\n");
}

fn push_author(out: &mut String, name: &str, uri: Option<&str>) {
    out.push_str("    <author>\n");
    push_element(out, "      ", "name", name);
    if let Some(uri) = uri {
        push_element(out, "      ", "uri", uri);
    }
    out.push_str("    </author>\n");
}

/// `<link rel="…" type="…" href="…"/>`.
fn push_link(out: &mut String, indent: &str, rel: &str, media_type: &str, href: &str) {
    out.push_str(indent);
    out.push_str("<link");
    push_attr(out, "rel", rel);
    push_attr(out, "type", media_type);
    push_attr(out, "href", href);
    out.push_str("/>\n");
}

/// An Atom text construct with `type="text"`.
fn push_text_construct(out: &mut String, indent: &str, name: &str, text: &str) {
    out.push_str(indent);
    out.push('<');
    out.push_str(name);
    out.push_str(" type=\"text\">");
    push_escaped(out, text, false);
    out.push_str("</");
    out.push_str(name);
    out.push_str(">\n");
}

/// `<name>text</name>` on a line of its own.
fn push_element(out: &mut String, indent: &str, name: &str, text: &str) {
    out.push_str(indent);
    out.push('<');
    out.push_str(name);
    out.push('>');
    push_escaped(out, text, false);
    out.push_str("</");
    out.push_str(name);
    out.push_str(">\n");
}

fn push_date(out: &mut String, indent: &str, name: &str, t: Timestamp) {
    out.push_str(indent);
    out.push('<');
    out.push_str(name);
    out.push('>');
    let _ = write!(out, "{}", whole_minute_offset(t));
    out.push_str("</");
    out.push_str(name);
    out.push_str(">\n");
}

/// ` name="value"`, the value escaped.
fn push_attr(out: &mut String, name: &str, value: &str) {
    out.push(' ');
    out.push_str(name);
    out.push_str("=\"");
    push_escaped(out, value, true);
    out.push('"');
}

/// Write `feed` as a JSON Feed 1.1 document (<https://jsonfeed.org/version/1.1>).
///
/// Feed: `version`, `title`, `home_page_url`, `feed_url` (from
/// [`OutFeed::feed_url`]), `description`, `icon`, `language`, `items`. Each
/// item: `id`, `url`, `external_url`, `title`, `summary`, `content_text` (the
/// summary again: JSON Feed requires a content field), `image`,
/// `date_published`, `date_modified`, `authors` (`name`, and `url` on the
/// first), `tags`, `language`. Blank optional fields are left out; strings
/// lose the characters XML forbids, as in [`write_atom`].
pub fn write_json_feed(feed: &OutFeed<'_>) -> String {
    let doc = JsonFeed {
        version: JSON_FEED_VERSION,
        title: Clean(feed.title),
        home_page_url: present(Some(feed.home_page_url)).map(Clean),
        feed_url: present(Some(feed.feed_url)).map(Clean),
        description: present(feed.subtitle).map(Clean),
        icon: present(feed.icon).map(Clean),
        language: present(feed.language).map(Clean),
        items: JsonItems(feed.items),
    };
    let mut buf = Vec::with_capacity(estimate(feed));
    // Cannot fail: writing to a Vec, and every map key is a string.
    if serde_json::to_writer(&mut buf, &doc).is_err() {
        return String::new();
    }
    String::from_utf8(buf).unwrap_or_default()
}

#[derive(serde::Serialize)]
struct JsonFeed<'a> {
    version: &'static str,
    title: Clean<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    home_page_url: Option<Clean<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    feed_url: Option<Clean<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<Clean<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    icon: Option<Clean<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<Clean<'a>>,
    items: JsonItems<'a>,
}

struct JsonItems<'a>(&'a [OutItem<'a>]);

impl Serialize for JsonItems<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(JsonItem::new))
    }
}

#[derive(serde::Serialize)]
struct JsonItem<'a> {
    id: Clean<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<Clean<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    external_url: Option<Clean<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<Clean<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<Clean<'a>>,
    content_text: Clean<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    image: Option<Clean<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_published: Option<Timestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_modified: Option<Timestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    authors: Option<JsonAuthors<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tags: Option<JsonTags<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<Clean<'a>>,
}

impl<'a> JsonItem<'a> {
    fn new(item: &'a OutItem<'a>) -> Self {
        let authors = if item.authors.iter().any(|a| !is_blank(a)) {
            Some(JsonAuthors::Named { names: item.authors, first_url: present(item.author_url) })
        } else {
            present(item.publication).map(JsonAuthors::Publication)
        };
        JsonItem {
            id: Clean(item.id),
            url: present(Some(item.url)).map(Clean),
            external_url: present(item.external_url).map(Clean),
            title: present(Some(item.title)).map(Clean),
            summary: present(Some(item.summary)).map(Clean),
            content_text: Clean(item.summary),
            image: present(item.image).map(Clean),
            date_published: item.published.map(whole_minute_offset),
            date_modified: item.updated.map(whole_minute_offset),
            authors,
            tags: item.tags.iter().any(|t| !is_blank(t)).then_some(JsonTags(item.tags)),
            language: present(item.language).map(Clean),
        }
    }
}

enum JsonAuthors<'a> {
    /// The item's non-blank names; the first gets the URL.
    Named { names: &'a [String], first_url: Option<&'a str> },
    /// No names: the publication stands in.
    Publication(&'a str),
}

#[derive(serde::Serialize)]
struct JsonAuthor<'a> {
    name: Clean<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<Clean<'a>>,
}

impl Serialize for JsonAuthors<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match *self {
            JsonAuthors::Named { names, first_url } => s.collect_seq(
                names
                    .iter()
                    .filter(|n| !is_blank(n))
                    .enumerate()
                    .map(|(i, name)| JsonAuthor { name: Clean(name), url: first_url.filter(|_| i == 0).map(Clean) }),
            ),
            JsonAuthors::Publication(name) => s.collect_seq([JsonAuthor { name: Clean(name), url: None }]),
        }
    }
}

struct JsonTags<'a>(&'a [String]);

impl Serialize for JsonTags<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().filter(|t| !is_blank(t)).map(|t| Clean(t)))
    }
}

/// A string serialised without the characters XML 1.0 forbids.
struct Clean<'a>(&'a str);

impl Serialize for Clean<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match strip_illegal(self.0) {
            Cow::Borrowed(b) => s.serialize_str(b),
            Cow::Owned(o) => s.serialize_str(&o),
        }
    }
}

/// Write a sitemaps.org 0.9 `<urlset>`: one `<url>` with `<loc>` and optional
/// `<lastmod>` per entry, in order.
///
/// The protocol allows at most 50,000 URLs and 50 MB per file; keeping under
/// that (and splitting with [`write_sitemap_index`]) is the caller's job.
pub fn write_sitemap(urls: &[SitemapUrl<'_>]) -> String {
    write_sitemap_doc("urlset", "url", urls)
}

/// Write a sitemaps.org 0.9 `<sitemapindex>`: one `<sitemap>` with `<loc>`
/// and optional `<lastmod>` per child sitemap, in order.
pub fn write_sitemap_index(sitemaps: &[SitemapUrl<'_>]) -> String {
    write_sitemap_doc("sitemapindex", "sitemap", sitemaps)
}

fn write_sitemap_doc(root: &str, element: &str, entries: &[SitemapUrl<'_>]) -> String {
    let size: usize = entries.iter().map(|u| u.loc.len() + 90).sum();
    let mut out = String::with_capacity(128 + size + size / 8);
    out.push_str(XML_DECL);
    out.push('<');
    out.push_str(root);
    push_attr(&mut out, "xmlns", SITEMAP_NS);
    out.push_str(">\n");
    for entry in entries {
        out.push_str("  <");
        out.push_str(element);
        out.push_str(">\n");
        push_element(&mut out, "    ", "loc", entry.loc);
        if let Some(lastmod) = entry.lastmod {
            push_date(&mut out, "    ", "lastmod", utc(lastmod));
        }
        out.push_str("  </");
        out.push_str(element);
        out.push_str(">\n");
    }
    out.push_str("</");
    out.push_str(root);
    out.push_str(">\n");
    out
}

/// A rough upper bound of the output size, to allocate once.
fn estimate(feed: &OutFeed<'_>) -> usize {
    let strings = |item: &OutItem<'_>| {
        let opt = |s: Option<&str>| s.map_or(0, str::len);
        item.id.len()
            + item.url.len()
            + item.title.len()
            + 2 * item.summary.len()
            + opt(item.external_url)
            + opt(item.author_url)
            + 2 * opt(item.publication)
            + 2 * opt(item.image)
            + item.authors.iter().chain(item.tags).map(|s| s.len() + 40).sum::<usize>()
    };
    let items: usize = feed.items.iter().map(|i| strings(i) + 700).sum();
    1024 + feed.title.len() + feed.home_page_url.len() + feed.feed_url.len() + items + items / 8
}

/// RFC 3339 offsets have no seconds: cut the offset to whole minutes (the
/// instant stays the same).
fn whole_minute_offset(t: Timestamp) -> Timestamp {
    Timestamp::new(t.instant, t.offset_seconds - t.offset_seconds % 60)
}

fn utc(t: jiff::Timestamp) -> Timestamp {
    Timestamp::new(t, 0)
}

/// `s` unless it is blank (only whitespace and forbidden characters).
fn present(s: Option<&str>) -> Option<&str> {
    s.filter(|s| !is_blank(s))
}

fn or_fallback<'a>(s: &'a str, fallback: &'a str) -> &'a str {
    if is_blank(s) { fallback } else { s }
}

fn is_blank(s: &str) -> bool {
    s.chars().all(|c| c.is_whitespace() || is_illegal(c))
}

/// Characters XML 1.0 does not allow anywhere, even as character references.
fn is_illegal(c: char) -> bool {
    matches!(c, '\0'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}')
}

fn strip_illegal(s: &str) -> Cow<'_, str> {
    if s.chars().any(is_illegal) {
        Cow::Owned(s.chars().filter(|&c| !is_illegal(c)).collect())
    } else {
        Cow::Borrowed(s)
    }
}

/// Append `s` escaped for XML, dropping forbidden characters. In element
/// text `&`, `<`, `>` and carriage returns (which parsers would turn into
/// newlines) are escaped; in a double-quoted attribute value also quotes and
/// tab / newline (which parsers would turn into spaces).
fn push_escaped(out: &mut String, s: &str, attribute: bool) {
    let mut start = 0;
    for (i, c) in s.char_indices() {
        let replacement = match c {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '\r' => "&#13;",
            '"' if attribute => "&quot;",
            '\'' if attribute => "&apos;",
            '\n' if attribute => "&#10;",
            '\t' if attribute => "&#9;",
            c if is_illegal(c) => "",
            _ => continue,
        };
        out.push_str(&s[start..i]);
        out.push_str(replacement);
        start = i + c.len_utf8();
    }
    out.push_str(&s[start..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escaped(s: &str, attribute: bool) -> String {
        let mut out = String::new();
        push_escaped(&mut out, s, attribute);
        out
    }

    #[test]
    fn escapes_text_and_attributes() {
        assert_eq!(escaped("a & b < c > d \"e\" 'f'\r\n\tg", false), "a &amp; b &lt; c &gt; d \"e\" 'f'&#13;\n\tg");
        assert_eq!(
            escaped("a & b < c > d \"e\" 'f'\r\n\tg", true),
            "a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;&#13;&#10;&#9;g"
        );
        assert_eq!(escaped("]]></title><x>", false), "]]&gt;&lt;/title&gt;&lt;x&gt;");
    }

    #[test]
    fn drops_forbidden_characters() {
        assert_eq!(escaped("a\u{0}b\u{8}c\u{1b}d\u{b}\u{c}\u{fffe}\u{ffff}e\u{fffd}", false), "abcde\u{fffd}");
        assert_eq!(strip_illegal("ok\u{7f}\u{85}"), Cow::Borrowed("ok\u{7f}\u{85}"));
        assert_eq!(strip_illegal("x\u{1f}y"), Cow::<str>::Owned("xy".into()));
        assert!(is_blank(" \u{0}\t\u{ffff} "));
        assert!(!is_blank(" a "));
    }

    #[test]
    fn offsets_with_seconds_are_cut_to_minutes() {
        let t = Timestamp::new("2024-05-01T07:30:00Z".parse().unwrap(), 3600 + 59);
        assert_eq!(whole_minute_offset(t).to_string(), "2024-05-01T08:30:00+01:00");
        let t = Timestamp::new("2024-05-01T07:30:00Z".parse().unwrap(), -(5 * 3600 + 30 * 60 + 1));
        assert_eq!(whole_minute_offset(t).to_string(), "2024-05-01T02:00:00-05:30");
    }
}
