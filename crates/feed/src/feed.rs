//! [`parse_feed`]: RSS and Atom through feed-rs (after the repair pre-pass),
//! JSON Feed through our own lenient reader (see `json.rs`).

use std::collections::HashMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Arc, Mutex, PoisonError};

use chrono::{DateTime, Utc};
use colonnade_model::Timestamp;
use colonnade_url::{Url, canonicalize};
use feed_rs::model::{self as fm, FeedType};
use feed_rs::parser::{ParseErrorKind, ParseFeedError};

use crate::prepass::{Sniff, repair_xml, root_element, sniff};
use crate::scan::{Scanner, Token, local_name};
use crate::text::plain_text;
use crate::{Feed, FeedError, FeedItem, FeedKind, json};

/// Offsets of the dates seen during one parse, keyed by (Unix seconds, nanoseconds).
///
/// feed-rs hands dates around as `DateTime<Utc>`, which forgets the offset the
/// feed printed. Our timestamp parser records it here and the conversion back
/// looks it up, so `+02:00` survives the trip.
type OffsetTable = Arc<Mutex<HashMap<(i64, u32), i32>>>;

/// Parse RSS 0.9x/1.0 (RDF)/2.0, Atom 0.3/1.0 or JSON Feed 1.0/1.1.
///
/// `content_type` is the HTTP `Content-Type` header value (its `charset` is
/// used to decode); `feed_url` is where the feed was fetched from, the base
/// for relative links. Broken inputs are repaired where possible: wrong or
/// missing charset, BOM, UTF-16, garbage before `<?xml`, undeclared HTML
/// entities, `<rss>` without a version. HTML pages, sitemaps and OPML files
/// give [`FeedError::NotAFeed`] saying what they are.
pub fn parse_feed(bytes: &[u8], content_type: Option<&str>, feed_url: Option<&Url>) -> Result<Feed, FeedError> {
    let decoded = colonnade_text::decode_xml(bytes, content_type);
    let text = decoded.text.as_ref();
    match sniff(text) {
        Sniff::Empty => Err(FeedError::Empty),
        Sniff::Html => Err(FeedError::NotAFeed("an HTML page".into())),
        Sniff::Json => json::parse(text, feed_url),
        Sniff::Other => Err(FeedError::NotAFeed("plain text, not XML or JSON".into())),
        Sniff::Xml => parse_xml(text, feed_url),
    }
}

/// What an XML document with this root element is, for [`FeedError::NotAFeed`].
fn describe_root(name: &str) -> Option<String> {
    let local = local_name(name);
    let is = |n: &str| local.eq_ignore_ascii_case(n);
    if is("rss") || is("rdf") || is("feed") || is("entry") || is("channel") {
        return None;
    }
    Some(if is("urlset") || is("sitemapindex") {
        "a sitemap".into()
    } else if is("opml") {
        "an OPML subscription list".into()
    } else if is("html") {
        "an HTML page".into()
    } else {
        format!("an XML document with root element <{name}>")
    })
}

fn parse_xml(text: &str, feed_url: Option<&Url>) -> Result<Feed, FeedError> {
    let repaired = repair_xml(text);
    let Some((root, _)) = root_element(&repaired) else {
        return Err(FeedError::NotAFeed("markup without any element".into()));
    };
    if let Some(what) = describe_root(root) {
        return Err(FeedError::NotAFeed(what));
    }
    let offsets = OffsetTable::default();
    let recorder = Arc::clone(&offsets);
    let parser = feed_rs::parser::Builder::new()
        .sanitize_content(false)
        .base_uri(feed_url.map(Url::as_str))
        // A missing id stays missing: no invented UUIDs or hashes.
        .id_generator(|_, _, _| String::new())
        .timestamp_parser(move |s| {
            let ts = crate::parse_timestamp(s)?;
            let secs = ts.instant.as_second();
            let nanos = u32::try_from(ts.instant.subsec_nanosecond()).unwrap_or(0);
            recorder.lock().unwrap_or_else(PoisonError::into_inner).entry((secs, nanos)).or_insert(ts.offset_seconds);
            DateTime::<Utc>::from_timestamp(secs, nanos)
        })
        .build();
    let parsed =
        catch_unwind(AssertUnwindSafe(|| parser.parse(repaired.as_bytes()))).map_err(|_| FeedError::Panicked)?;
    let feed = parsed.map_err(|e| match e {
        ParseFeedError::ParseError(ParseErrorKind::NoFeedRoot) => {
            FeedError::NotAFeed(format!("an XML document with root element <{root}> that is not a feed"))
        }
        other => FeedError::Malformed(other.to_string()),
    })?;
    let offsets = offsets.lock().unwrap_or_else(PoisonError::into_inner);
    let mut feed = convert(feed, feed_url, &offsets);
    add_lone_thumbnails(&mut feed, &repaired, feed_url);
    Ok(feed)
}

/// feed-rs's model to ours.
fn convert(feed: fm::Feed, feed_url: Option<&Url>, offsets: &HashMap<(i64, u32), i32>) -> Feed {
    let kind = match feed.feed_type {
        FeedType::Atom => FeedKind::Atom,
        FeedType::JSON => FeedKind::Json,
        FeedType::RSS0 | FeedType::RSS1 | FeedType::RSS2 => FeedKind::Rss,
    };
    let link = page_link(&feed.links, feed_url);
    // Relative links feed-rs could not resolve (no feed URL) fall back to the site link.
    let base = feed_url.or(link.as_ref());
    let feed_authors = if kind == FeedKind::Atom { names(&feed.authors, false) } else { Vec::new() };
    let items = feed
        .entries
        .into_iter()
        .map(|entry| {
            let mut item = convert_entry(entry, kind, base, offsets);
            if item.authors.is_empty() {
                item.authors.clone_from(&feed_authors);
            }
            item
        })
        .collect();
    Feed { kind, title: feed.title.and_then(|t| plain_text(&t.content)), link, items }
}

/// feed-rs drops a `<media:thumbnail>` that has no `<media:content>` beside
/// it. Find those with the scanner and give them to items still without an
/// image, matched by position (only when the item counts agree).
fn add_lone_thumbnails(feed: &mut Feed, xml: &str, feed_url: Option<&Url>) {
    if feed.items.iter().all(|i| i.image.is_some()) || !xml.contains("thumbnail") {
        return;
    }
    let mut thumbs: Vec<Option<String>> = Vec::new();
    let mut in_item = false;
    for token in Scanner::xml(xml) {
        match token {
            Token::Start(tag) if (tag.is("item") || tag.is("entry")) && !tag.self_closing => {
                thumbs.push(None);
                in_item = true;
            }
            Token::Start(tag) if in_item && tag.is("thumbnail") && tag.name.contains(':') => {
                if let Some(slot @ None) = thumbs.last_mut() {
                    *slot = tag.attr("url").map(|u| u.into_owned());
                }
            }
            Token::End(name) if ["item", "entry"].iter().any(|n| local_name(name).eq_ignore_ascii_case(n)) => {
                in_item = false;
            }
            _ => {}
        }
    }
    if thumbs.len() != feed.items.len() {
        return;
    }
    let base = feed_url.or(feed.link.as_ref()).cloned();
    for (item, thumb) in feed.items.iter_mut().zip(thumbs) {
        if item.image.is_none() {
            item.image = thumb.and_then(|t| canonicalize(&t, base.as_ref()));
        }
    }
}

/// The first link that points at a web page (no `rel`, or `rel="alternate"`).
fn page_link(links: &[fm::Link], base: Option<&Url>) -> Option<Url> {
    links
        .iter()
        .filter(|l| l.target.is_none() && l.rel.as_deref().is_none_or(|r| r.eq_ignore_ascii_case("alternate")))
        .filter(|l| l.media_type.as_deref().is_none_or(|t| t.contains("html")))
        .find_map(|l| canonicalize(&l.href, base))
}

fn convert_entry(entry: fm::Entry, kind: FeedKind, base: Option<&Url>, offsets: &HashMap<(i64, u32), i32>) -> FeedItem {
    let guid = Some(entry.id.trim().to_string()).filter(|g| !g.is_empty());
    let url = page_link(&entry.links, base).or_else(|| {
        // An RSS guid that is a URL is the permalink (isPermaLink defaults to true).
        guid.as_deref()
            .filter(|g| g.starts_with("http://") || g.starts_with("https://"))
            .and_then(|g| canonicalize(g, None))
    });
    let mut categories: Vec<String> = Vec::new();
    for c in &entry.categories {
        let raw = c.label.as_deref().filter(|l| !l.trim().is_empty()).unwrap_or(&c.term);
        if let Some(name) = plain_text(raw)
            && !categories.contains(&name)
        {
            categories.push(name);
        }
    }
    let (content_html, content_text) = match entry.content {
        Some(c) if c.content_type.subty().as_str().contains("html") => (c.body, None),
        Some(c) => (None, c.body),
        None => (None, None),
    };
    let summary =
        entry.summary.and_then(|s| plain_text(&s.content)).or_else(|| content_text.as_deref().and_then(plain_text));
    // feed-rs copies an RSS item's pubDate into `updated`; undo that.
    let updated = entry.updated.filter(|u| kind != FeedKind::Rss || entry.published != Some(*u));
    FeedItem {
        url,
        guid,
        title: entry.title.and_then(|t| plain_text(&t.content)),
        authors: names(&entry.authors, kind == FeedKind::Rss),
        published: entry.published.map(|d| to_timestamp(d, offsets)),
        updated: updated.map(|d| to_timestamp(d, offsets)),
        categories,
        summary,
        content_html: content_html.filter(|h| !h.trim().is_empty()),
        image: image(&entry.media, base),
    }
}

/// Author names, deduplicated. RSS `<author>` holds `email (Name)`: feed-rs
/// leaves the parentheses on the name, we take them off.
fn names(people: &[fm::Person], rss: bool) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for p in people {
        let Some(name) = p.name.as_deref() else { continue };
        let mut name = name.trim();
        if rss && p.email.is_some() {
            name = name.trim_start_matches('(').trim_end_matches(')').trim();
        }
        if let Some(name) = plain_text(name)
            && !out.contains(&name)
        {
            out.push(name);
        }
    }
    out
}

/// The first image among media content, enclosures and thumbnails.
fn image(media: &[fm::MediaObject], base: Option<&Url>) -> Option<Url> {
    let contents = media.iter().flat_map(|m| &m.content);
    let typed = contents.clone().find_map(|c| {
        let url = c.url.as_ref()?;
        let is_image = match &c.content_type {
            Some(t) => t.ty().as_str().eq_ignore_ascii_case("image"),
            None => looks_like_image(url),
        };
        if is_image { canonicalize(url.as_str(), base) } else { None }
    });
    typed.or_else(|| media.iter().flat_map(|m| &m.thumbnails).find_map(|t| canonicalize(&t.image.uri, base)))
}

fn looks_like_image(url: &Url) -> bool {
    let path = url.path().to_ascii_lowercase();
    [".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"].iter().any(|e| path.ends_with(e))
}

/// A feed-rs date back to our [`Timestamp`], with the offset the feed printed.
fn to_timestamp(d: DateTime<Utc>, offsets: &HashMap<(i64, u32), i32>) -> Timestamp {
    let secs = d.timestamp();
    let nanos = d.timestamp_subsec_nanos();
    let instant = jiff::Timestamp::new(secs, i32::try_from(nanos).unwrap_or(0)).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    Timestamp::new(instant, offsets.get(&(secs, nanos)).copied().unwrap_or(0))
}
