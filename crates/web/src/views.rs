//! View models and askama templates. Every crawled string reaches the page through askama's
//! HTML escaping; the only raw insertions are the search index's highlighted HTML (escaped by
//! `colonnade-search`, with `<mark>` added) and JSON-LD made safe by [`json_ld`].

use askama::Template;
use colonnade_store::{ArticleCard, ArticleFilter, ColumnistRow, Counts, ImageVariant, Kind};

use crate::assets;
use crate::slug::{path_ref, slugify};
use crate::time;

/// A feed link for `<link rel="alternate">`.
#[derive(Debug, Clone)]
pub(crate) struct FeedLink {
    pub title: String,
    pub href: String,
    pub mime: &'static str,
}

impl FeedLink {
    /// Atom and JSON Feed links for a feed path prefix (`/columnists/1-x/feed`).
    pub(crate) fn pair(base: &str, path: &str, title: &str) -> Vec<FeedLink> {
        vec![
            FeedLink {
                title: format!("{title} (Atom)"),
                href: format!("{base}{path}.atom"),
                mime: "application/atom+xml",
            },
            FeedLink {
                title: format!("{title} (JSON Feed)"),
                href: format!("{base}{path}.json"),
                mime: "application/feed+json",
            },
        ]
    }
}

/// What every page's `<head>`, header and footer need.
#[derive(Debug, Clone)]
pub(crate) struct Layout {
    pub site_name: String,
    /// The whole `<title>`.
    pub title: String,
    /// `og:title`: the page's own title, without the site name.
    pub og_title: String,
    pub description: String,
    /// Absolute canonical URL (empty on error pages).
    pub canonical: String,
    pub og_type: &'static str,
    /// JSON-LD, already safe inside `<script>`.
    pub json_ld: String,
    pub feeds: Vec<FeedLink>,
    /// The search box's value.
    pub q: String,
    /// Which nav item is current.
    pub nav: &'static str,
    pub css: &'static str,
    pub js: Option<&'static str>,
    pub robots: Option<&'static str>,
    /// `og:image`: the link preview's picture, from our own origin.
    pub og_image: Option<OgImage>,
    /// `twitter:card`: `summary_large_image` under a lead image, else `summary`; `None` on pages
    /// that are not about one thing (listings).
    pub twitter_card: Option<&'static str>,
}

impl Layout {
    pub(crate) fn new(site_name: &str, page_title: &str, description: String, canonical: String) -> Layout {
        let title = if page_title.is_empty() || page_title == site_name {
            site_name.to_owned()
        } else {
            format!("{page_title} · {site_name}")
        };
        Layout {
            site_name: site_name.to_owned(),
            title,
            og_title: if page_title.is_empty() { site_name.to_owned() } else { page_title.to_owned() },
            description,
            canonical,
            og_type: "website",
            json_ld: String::new(),
            feeds: Vec::new(),
            q: String::new(),
            nav: "",
            css: &assets::CSS.url,
            js: None,
            robots: None,
            og_image: None,
            twitter_card: None,
        }
    }

    /// The link preview of a page about one thing: its lead image as a large card, else a face
    /// as a small one, else a small card without a picture. `base` makes the URL absolute
    /// (previews are fetched by other sites' robots, which need the whole address).
    pub(crate) fn preview(&mut self, base: &str, lead: &[ImageVariant], face: &[ImageVariant]) {
        if let Some(image) = OgImage::largest(base, lead) {
            self.og_image = Some(image);
            self.twitter_card = Some("summary_large_image");
        } else {
            self.og_image = OgImage::largest(base, face);
            self.twitter_card = Some("summary");
        }
    }
}

/// A link preview's picture (`og:image`): an absolute URL on our own origin and its size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct OgImage {
    pub url: String,
    pub width: u32,
    pub height: u32,
}

impl OgImage {
    /// The largest of `variants` under `base`; `None` when none is one of ours.
    pub(crate) fn largest(base: &str, variants: &[ImageVariant]) -> Option<OgImage> {
        let v = variants.iter().filter(|v| crate::media::is_media_name(&v.file)).max_by_key(|v| v.width)?;
        Some(OgImage { url: format!("{base}/media/{}", v.file), width: v.width, height: v.height })
    }
}

/// An image served from our own origin (`/media/<file>`, see `crate::media`): the 1× source, a
/// `srcset` with the 2× one when there is one, and the intrinsic size, so nothing shifts while
/// it loads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Picture {
    pub src: String,
    pub srcset: String,
    pub width: u32,
    pub height: u32,
}

impl Picture {
    /// The smallest variant alone: a lead image as a card's thumbnail, whose 720 px already
    /// cover a card's width on a 2× screen (the 1440 px one would double the page's weight).
    pub(crate) fn thumbnail(variants: &[ImageVariant]) -> Option<Picture> {
        let one = variants.first().filter(|v| crate::media::is_media_name(&v.file))?;
        let src = format!("/media/{}", one.file);
        Some(Picture { srcset: format!("{src} 1x"), src, width: one.width, height: one.height })
    }

    /// The smallest variant at 1× and the next at 2×; `None` when there is none (or a stored name
    /// is not one of ours, which never leaves the site).
    pub(crate) fn of(variants: &[ImageVariant]) -> Option<Picture> {
        let one = variants.first().filter(|v| crate::media::is_media_name(&v.file))?;
        let src = format!("/media/{}", one.file);
        let srcset = match variants.get(1).filter(|v| crate::media::is_media_name(&v.file)) {
            Some(two) => format!("{src} 1x, /media/{} 2x", two.file),
            None => format!("{src} 1x"),
        };
        Some(Picture { src, srcset, width: one.width, height: one.height })
    }
}

/// A columnist photo (from our own origin) or initials on a coloured disc.
#[derive(Debug, Clone)]
pub(crate) struct Avatar {
    pub name: String,
    pub photo: Option<Picture>,
    pub initials: String,
    pub color: &'static str,
    /// `""` or `" big"`.
    pub size: &'static str,
    /// `loading="lazy"`: below the fold.
    pub lazy: bool,
}

impl Avatar {
    pub(crate) fn new(name: &str, photo: &[ImageVariant], seed: i64, big: bool) -> Avatar {
        const COLORS: [&str; 8] = ["av0", "av1", "av2", "av3", "av4", "av5", "av6", "av7"];
        Avatar {
            name: name.to_owned(),
            photo: Picture::of(photo),
            initials: initials(name),
            color: COLORS[seed.rem_euclid(8) as usize],
            size: if big { " big" } else { "" },
            // A big avatar heads its page; small ones are on cards, mostly below the fold.
            lazy: !big,
        }
    }
}

/// Cards shown before the fold: their photos load at once, the rest lazily.
pub(crate) const EAGER_CARDS: usize = 4;

/// Marks the photos of the first [`EAGER_CARDS`] cards as eager.
pub(crate) fn eager_first(cards: &mut [CardView]) {
    for c in cards.iter_mut().take(EAGER_CARDS) {
        c.avatar.lazy = false;
    }
}

/// Up to two initials: first letters of the first and last words.
pub(crate) fn initials(name: &str) -> String {
    let words: Vec<&str> =
        name.split_whitespace().filter(|w| w.chars().next().is_some_and(char::is_alphanumeric)).collect();
    let first = |w: &&str| w.chars().next().map(|c| c.to_uppercase().collect::<String>()).unwrap_or_default();
    match words.as_slice() {
        [] => "?".into(),
        [one] => first(one),
        [a, .., b] => format!("{}{}", first(a), first(b)),
    }
}

/// A time as shown.
#[derive(Debug, Clone)]
pub(crate) struct TimeView {
    pub iso: String,
    /// The exact time, for the tooltip.
    pub exact: String,
    /// "2 hours ago"; for an undated column "first seen 2 hours ago".
    pub relative: String,
    /// True when this is the publication time the page gave; false when the page gave none and
    /// this is when Colonnade first saw it (never shown as a publication date).
    pub published: bool,
}

impl TimeView {
    /// The time a card sorts by: its publication time, else when it was first seen.
    pub(crate) fn of_card(card: &ArticleCard, now: jiff::Timestamp) -> TimeView {
        match &card.published {
            Some(t) => TimeView {
                iso: t.to_string(),
                exact: time::exact(t),
                relative: time::relative(t, now),
                published: true,
            },
            None => {
                let t = &card.first_seen_at;
                TimeView {
                    iso: t.to_string(),
                    exact: format!("First seen {}; the page gives no publication date", time::exact(t)),
                    relative: format!("first seen {}", time::relative(t, now)),
                    published: false,
                }
            }
        }
    }
}

/// One column in a listing.
#[derive(Debug, Clone)]
pub(crate) struct CardView {
    pub href: String,
    pub title: String,
    pub lang: Option<String>,
    pub columnist_name: String,
    pub columnist_href: Option<String>,
    pub publication_name: String,
    pub publication_href: String,
    pub excerpt: String,
    pub time: TimeView,
    pub counts: Counts,
    pub avatar: Avatar,
    /// The lead image as a thumbnail, on the cards that show one (a story's); `None` elsewhere.
    pub lead: Option<Picture>,
    /// `loading="lazy"` for that thumbnail: below the fold.
    pub lead_lazy: bool,
}

/// The title shown for an article without one.
pub(crate) fn title_of(card: &ArticleCard) -> &str {
    card.title.as_deref().filter(|t| !t.trim().is_empty()).unwrap_or("Untitled")
}

/// `/columns/{id}-{slug}`.
pub(crate) fn column_path(card: &ArticleCard) -> String {
    format!("/columns/{}", path_ref(card.id, &slugify(title_of(card))))
}

/// `/columnists/{id}-{slug}`.
pub(crate) fn columnist_path(id: i64, name: &str) -> String {
    format!("/columnists/{}", path_ref(id, &slugify(name)))
}

/// What a columnist's page and feeds list: their columns, or everything when they have none.
pub(crate) fn columnist_filter(row: &ColumnistRow) -> ArticleFilter {
    ArticleFilter {
        columnist_id: Some(row.id),
        kind: (row.columns > 0).then_some(Kind::Opinion),
        ..ArticleFilter::default()
    }
}

/// `/publications/{id}-{slug}`.
pub(crate) fn publication_path(id: i64, name: &str) -> String {
    format!("/publications/{}", path_ref(id, &slugify(name)))
}

/// Who wrote it: the columnist, else the authors, else the agencies or desks credited, else the
/// publication.
pub(crate) fn byline(card: &ArticleCard) -> String {
    if let Some(name) = card.columnist_name.as_deref().filter(|n| !n.trim().is_empty()) {
        return name.to_owned();
    }
    if !card.authors.is_empty() {
        return card.authors.join(", ");
    }
    if !card.credits.is_empty() {
        return card.credits.join(", ");
    }
    card.publication_name.clone()
}

impl CardView {
    /// `excerpt_words`: length of the short excerpt (0 for none).
    pub(crate) fn new(card: &ArticleCard, now: jiff::Timestamp, excerpt_words: usize) -> CardView {
        let name = byline(card);
        let text = card.description.as_deref().filter(|d| !d.trim().is_empty()).unwrap_or(&card.excerpt);
        CardView {
            href: column_path(card),
            title: title_of(card).to_owned(),
            lang: card.lang.clone().filter(|l| !l.is_empty()),
            columnist_href: card.columnist_id.map(|id| columnist_path(id, &name)),
            avatar: Avatar::new(&name, &card.columnist_photo, card.columnist_id.unwrap_or(card.publication_id), false),
            columnist_name: name,
            publication_name: card.publication_name.clone(),
            publication_href: publication_path(card.publication_id, &card.publication_name),
            excerpt: if excerpt_words == 0 { String::new() } else { colonnade_text::excerpt(text, excerpt_words) },
            time: TimeView::of_card(card, now),
            counts: card.counts,
            lead: None,
            lead_lazy: true,
        }
    }
}

/// Previous/next links.
#[derive(Debug, Clone)]
pub(crate) struct Pager {
    pub page: usize,
    pub pages: usize,
    pub prev: Option<String>,
    pub next: Option<String>,
}

impl Pager {
    /// `href(n)` gives page n's link.
    pub(crate) fn new(page: usize, total: u64, page_size: usize, href: impl Fn(usize) -> String) -> Pager {
        let pages = pages(total, page_size);
        Pager { page, pages, prev: (page > 1).then(|| href(page - 1)), next: (page < pages).then(|| href(page + 1)) }
    }
}

/// Pages needed for `total` items (at least 1).
pub(crate) fn pages(total: u64, page_size: usize) -> usize {
    usize::try_from(total.div_ceil(page_size.max(1) as u64)).unwrap_or(usize::MAX).max(1)
}

/// An option of a filter `<select>`.
#[derive(Debug, Clone)]
pub(crate) struct SelectOption {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// Home (`/`) and news (`/news`).
#[derive(Template)]
#[template(path = "listing.html")]
pub(crate) struct ListingPage {
    pub l: Layout,
    pub heading: &'static str,
    pub lede: String,
    pub noun: &'static str,
    pub path: &'static str,
    pub filtered: bool,
    pub countries: Vec<SelectOption>,
    pub languages: Vec<SelectOption>,
    pub cards: Vec<CardView>,
    pub pager: Pager,
    pub most_read: Vec<CardView>,
    pub period: &'static str,
    pub day_href: String,
    pub week_href: String,
}

/// A column page.
#[derive(Template)]
#[template(path = "column.html")]
pub(crate) struct ColumnPage {
    pub l: Layout,
    pub id: i64,
    pub c: CardView,
    pub kind_label: &'static str,
    pub excerpt: String,
    pub original_url: String,
    /// The organisations the byline credits, joined ("dpa, AFP"); empty when none.
    pub credits: String,
    /// The lead image, when it is stored.
    pub lead: Option<Picture>,
    pub more: Vec<CardView>,
    /// "Also published in": its syndicated copies.
    pub copies: Vec<CopyView>,
    /// Its story's path and article count, when the story has two articles or more.
    pub story: Option<(String, u64)>,
    /// What is written where the view count goes (a placeholder, filled per request).
    pub views: &'static str,
    /// What is written where the like count goes.
    pub likes: &'static str,
}

/// A syndicated copy of a column, in "Also published in".
#[derive(Debug, Clone)]
pub(crate) struct CopyView {
    pub publication_name: String,
    pub url: String,
    pub date: String,
    pub iso: String,
}

/// One columnist in a directory.
#[derive(Debug, Clone)]
pub(crate) struct PersonView {
    pub name: String,
    pub href: String,
    pub publication_name: String,
    pub columns: u64,
    pub avatar: Avatar,
}

impl PersonView {
    pub(crate) fn new(row: &ColumnistRow) -> PersonView {
        PersonView {
            name: row.name.clone(),
            href: columnist_path(row.id, &row.name),
            publication_name: row.publication_name.clone(),
            columns: row.columns,
            avatar: Avatar::new(&row.name, &row.photo, row.id, false),
        }
    }
}

/// Columnists under one letter.
#[derive(Debug, Clone)]
pub(crate) struct LetterGroup {
    pub letter: String,
    /// The letter as an id-safe string.
    pub anchor: String,
    pub people: Vec<PersonView>,
}

/// `/columnists`.
#[derive(Template)]
#[template(path = "columnists.html")]
pub(crate) struct ColumnistsPage {
    pub l: Layout,
    pub total: usize,
    pub groups: Vec<LetterGroup>,
}

/// `/columnists/{id}-{slug}`.
#[derive(Template)]
#[template(path = "columnist.html")]
pub(crate) struct ColumnistPage {
    pub l: Layout,
    pub name: String,
    pub avatar: Avatar,
    pub publication_name: String,
    pub publication_href: String,
    pub page_url: Option<String>,
    pub columns: u64,
    pub atom_href: String,
    pub json_href: String,
    pub search_href: String,
    pub cards: Vec<CardView>,
    pub pager: Pager,
}

/// One publication in the directory.
#[derive(Debug, Clone)]
pub(crate) struct PublicationView {
    pub name: String,
    pub href: String,
    pub country: Option<String>,
    pub language: Option<String>,
    pub articles: u64,
}

/// `/publications`.
#[derive(Template)]
#[template(path = "publications.html")]
pub(crate) struct PublicationsPage {
    pub l: Layout,
    pub publications: Vec<PublicationView>,
}

/// `/publications/{id}-{slug}`.
#[derive(Template)]
#[template(path = "publication.html")]
pub(crate) struct PublicationPage {
    pub l: Layout,
    pub name: String,
    pub country: Option<String>,
    pub articles: u64,
    pub homepage: String,
    pub homepage_label: String,
    pub atom_href: String,
    pub json_href: String,
    pub cards: Vec<CardView>,
    pub pager: Pager,
    pub columnists: Vec<PersonView>,
}

/// One search hit.
#[derive(Debug, Clone)]
pub(crate) struct ResultView {
    pub card: CardView,
    /// Escaped by colonnade-search, with `<mark>`.
    pub title_html: String,
    /// Escaped by colonnade-search, with `<mark>`.
    pub snippet_html: String,
}

/// `/search`.
#[derive(Template)]
#[template(path = "search.html")]
pub(crate) struct SearchPage {
    pub l: Layout,
    pub searched: bool,
    pub total: usize,
    pub first: usize,
    pub results: Vec<ResultView>,
    pub kind: &'static str,
    pub lang: String,
    pub country: String,
    pub from: String,
    pub to: String,
    pub publication: Option<i64>,
    pub columnist: Option<String>,
    pub atom_href: String,
    pub json_href: String,
    pub pager: Pager,
}

/// Error pages.
#[derive(Template)]
#[template(path = "error.html")]
pub(crate) struct ErrorHtml {
    pub l: Layout,
    pub heading: String,
    pub message: String,
}

/// Serialises JSON-LD so it cannot end its `<script>` element or open a comment: `<`, `>`, `&`
/// and the JavaScript line separators become `\uXXXX` escapes (valid JSON, same value).
pub(crate) fn json_ld(value: &impl serde::Serialize) -> String {
    let raw = serde_json::to_string(value).unwrap_or_default();
    // Most documents hold none of them (0xE2 starts both separators' UTF-8).
    if !raw.bytes().any(|b| matches!(b, b'<' | b'>' | b'&' | 0xE2)) {
        return raw;
    }
    let mut out = String::with_capacity(raw.len() + 16);
    for c in raw.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// A label for a kind.
pub(crate) fn kind_label(kind: Kind) -> &'static str {
    match kind {
        Kind::Opinion => "Opinion",
        Kind::News => "News",
        Kind::Other => "Article",
    }
}

/// The schema.org type of an article.
pub(crate) fn schema_type(kind: Kind) -> &'static str {
    match kind {
        Kind::Opinion => "OpinionNewsArticle",
        Kind::News => "NewsArticle",
        Kind::Other => "Article",
    }
}

/// A schema.org `ListItem` for our page `href`.
pub(crate) fn list_item(base: &str, position: usize, href: &str, name: &str) -> serde_json::Value {
    serde_json::json!({ "@type": "ListItem", "position": position, "url": format!("{base}{href}"), "name": name })
}

/// A schema.org `ListItem`, serialised without building a JSON tree (the search page writes
/// twenty of them per uncached request).
#[derive(serde::Serialize)]
pub(crate) struct ListItem<'a> {
    #[serde(rename = "@type")]
    pub kind: &'static str,
    pub position: usize,
    pub url: String,
    pub name: &'a str,
}

/// A schema.org `SearchResultsPage` whose main entity is the `ItemList` of its results.
#[derive(serde::Serialize)]
pub(crate) struct SearchResultsLd<'a> {
    #[serde(rename = "@context")]
    pub context: &'static str,
    #[serde(rename = "@type")]
    pub kind: &'static str,
    pub name: &'a str,
    pub url: &'a str,
    #[serde(rename = "mainEntity")]
    pub main_entity: ItemListLd<'a>,
}

/// A schema.org `ItemList`.
#[derive(serde::Serialize)]
pub(crate) struct ItemListLd<'a> {
    #[serde(rename = "@type")]
    pub kind: &'static str,
    #[serde(rename = "numberOfItems")]
    pub number_of_items: usize,
    #[serde(rename = "itemListElement")]
    pub items: Vec<ListItem<'a>>,
}

/// The `itemListElement` of cards, for listing pages.
pub(crate) fn item_list(base: &str, cards: &[CardView], offset: usize) -> serde_json::Value {
    cards.iter().enumerate().map(|(i, c)| list_item(base, offset + i + 1, &c.href, &c.title)).collect()
}

/// A `CollectionPage` with an `ItemList`.
pub(crate) fn collection_page(base: &str, url: &str, name: &str, cards: &[CardView], offset: usize) -> String {
    json_ld(&serde_json::json!({
        "@context": "https://schema.org",
        "@type": "CollectionPage",
        "name": name,
        "url": url,
        "mainEntity": {
            "@type": "ItemList",
            "itemListElement": item_list(base, cards, offset),
        },
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_ld_cannot_close_its_script() {
        let v = serde_json::json!({ "headline": "</script><script>alert(1)</script> & <!--" });
        let s = json_ld(&v);
        assert!(!s.contains('<') && !s.contains('>') && !s.contains('&'), "{s}");
        let back: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back, v);
    }

    fn variant(file: &str, side: u32) -> ImageVariant {
        ImageVariant { file: file.into(), mime: "image/jpeg".into(), width: side, height: side, bytes: 1 }
    }

    #[test]
    fn photos_are_shown_only_from_our_own_origin_with_a_2x_source() {
        let (a, b) = ("0123456789abcdef0123456789abcdef.jpg", "fedcba9876543210fedcba9876543210.jpg");
        let p = Picture::of(&[variant(a, 96), variant(b, 192)]).unwrap();
        assert_eq!(p.src, format!("/media/{a}"));
        assert_eq!(p.srcset, format!("/media/{a} 1x, /media/{b} 2x"));
        assert_eq!((p.width, p.height), (96, 96));
        assert_eq!(Picture::of(&[variant(a, 96)]).unwrap().srcset, format!("/media/{a} 1x"));
        assert_eq!(Picture::of(&[]), None);
        for bad in ["https://cdn.paper.example/j.jpg", "//cdn.example/j.jpg", "../colonnade.db", "javascript:alert(1)"]
        {
            assert_eq!(Picture::of(&[variant(bad, 96)]), None, "{bad}");
        }
    }

    #[test]
    fn initials_take_first_and_last_names() {
        assert_eq!(initials("Jane Q. Doe"), "JD");
        assert_eq!(initials("madonna"), "M");
        assert_eq!(initials("  "), "?");
        assert_eq!(initials("Émile Zola"), "ÉZ");
        assert_eq!(initials("— Staff"), "S");
    }

    #[test]
    fn pages_round_up_and_never_are_zero() {
        assert_eq!(pages(0, 20), 1);
        assert_eq!(pages(20, 20), 1);
        assert_eq!(pages(21, 20), 2);
        let p = Pager::new(2, 45, 20, |n| format!("?page={n}"));
        assert_eq!((p.pages, p.prev.as_deref(), p.next.as_deref()), (3, Some("?page=1"), Some("?page=3")));
    }
}
