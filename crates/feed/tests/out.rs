//! What colonnade-feed writes reads back: Atom and JSON Feed through
//! `parse_feed` (and feed-rs without our repair pass), sitemaps through
//! `parse_sitemap`.

#![expect(clippy::unwrap_used, reason = "test helpers outside #[test] fns: a broken document should panic")]

use colonnade_feed::out::{
    OutFeed, OutItem, SitemapUrl, write_atom, write_json_feed, write_sitemap, write_sitemap_index,
};
use colonnade_feed::{Feed, FeedItem, FeedKind, Timestamp, Url, parse_feed, parse_sitemap};
use proptest::prelude::*;
use serde_json::{Value, json};

fn url(s: &str) -> Url {
    Url::parse(s).unwrap()
}

fn ts(s: &str) -> Timestamp {
    Timestamp::parse_rfc3339(s).unwrap()
}

fn instant(s: &str) -> jiff::Timestamp {
    s.parse().unwrap()
}

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

/// feed-rs straight, without our repair pre-pass: a stricter check that the XML is well formed.
fn strict(xml: &str) -> feed_rs::model::Feed {
    feed_rs::parser::Builder::new()
        .sanitize_content(false)
        .build()
        .parse(xml.as_bytes())
        .unwrap_or_else(|e| panic!("{e}\n{xml}"))
}

/// Characters XML 1.0 forbids.
fn is_illegal(c: char) -> bool {
    matches!(c, '\0'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}')
}

fn without_illegal(s: &str) -> String {
    s.chars().filter(|&c| !is_illegal(c)).collect()
}

const FEED_UPDATED: &str = "2024-05-02T10:00:00Z";

struct Fixture {
    authors: Vec<String>,
    tags: Vec<String>,
}

impl Fixture {
    fn new() -> Self {
        Fixture { authors: strings(&["Jane Doe", "Ravi Patel"]), tags: strings(&["Climate", "Cities"]) }
    }

    fn items(&self) -> Vec<OutItem<'_>> {
        vec![
            OutItem {
                id: "https://colonnade.example/c/42",
                url: "https://colonnade.example/c/42",
                external_url: Some("https://paper.example/opinion/trees?id=7&page=2"),
                title: "Why cities need more trees",
                summary: "Shade is infrastructure. Cities that plant now save later.",
                authors: &self.authors,
                author_url: Some("https://colonnade.example/columnist/jane-doe"),
                publication: Some("The Paper"),
                published: Some(ts("2024-05-01T09:30:00+02:00")),
                updated: Some(ts("2024-05-01T12:00:00-05:30")),
                image: Some("https://cdn.paper.example/img/trees.jpg"),
                language: Some("en-GB"),
                tags: &self.tags,
            },
            OutItem {
                id: "https://colonnade.example/c/41",
                url: "https://colonnade.example/c/41",
                external_url: None,
                title: "Editorial: the budget",
                summary: "",
                authors: &[],
                author_url: None,
                publication: Some("Le Journal"),
                published: None,
                updated: None,
                image: None,
                language: None,
                tags: &[],
            },
        ]
    }
}

fn feed<'a>(feed_url: &'a str, items: &'a [OutItem<'a>]) -> OutFeed<'a> {
    OutFeed {
        id: "https://colonnade.example/feed",
        title: "Colonnade — latest columns",
        subtitle: Some("Opinion from everywhere"),
        home_page_url: "https://colonnade.example/",
        feed_url,
        language: Some("en"),
        updated: instant(FEED_UPDATED),
        icon: Some("https://colonnade.example/icon.png"),
        items,
    }
}

// ---------------------------------------------------------------------------
// Atom
// ---------------------------------------------------------------------------

#[test]
fn atom_round_trips_through_parse_feed() {
    let fixture = Fixture::new();
    let items = fixture.items();
    let xml = write_atom(&feed("https://colonnade.example/feed.atom", &items));
    let parsed = parse_feed(xml.as_bytes(), Some("application/atom+xml"), None).unwrap();
    assert_eq!(
        parsed,
        Feed {
            kind: FeedKind::Atom,
            title: Some("Colonnade — latest columns".into()),
            link: Some(url("https://colonnade.example/")),
            items: vec![
                FeedItem {
                    url: Some(url("https://colonnade.example/c/42")),
                    guid: Some("https://colonnade.example/c/42".into()),
                    title: Some("Why cities need more trees".into()),
                    authors: strings(&["Jane Doe", "Ravi Patel"]),
                    published: Some(ts("2024-05-01T09:30:00+02:00")),
                    updated: Some(ts("2024-05-01T12:00:00-05:30")),
                    categories: strings(&["Climate", "Cities"]),
                    summary: Some("Shade is infrastructure. Cities that plant now save later.".into()),
                    content_html: None,
                    image: Some(url("https://cdn.paper.example/img/trees.jpg")),
                },
                FeedItem {
                    url: Some(url("https://colonnade.example/c/41")),
                    guid: Some("https://colonnade.example/c/41".into()),
                    title: Some("Editorial: the budget".into()),
                    // No authors: the publication is credited.
                    authors: strings(&["Le Journal"]),
                    published: None,
                    // No dates at all: the feed's.
                    updated: Some(ts(FEED_UPDATED)),
                    categories: vec![],
                    summary: None,
                    content_html: None,
                    image: None,
                },
            ],
        }
    );
}

#[test]
fn atom_feed_and_entry_details() {
    let fixture = Fixture::new();
    let items = fixture.items();
    let xml = write_atom(&feed("https://colonnade.example/feed.atom", &items));
    assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\""));
    assert!(xml.contains("<updated>2024-05-02T10:00:00Z</updated>"), "{xml}");
    assert!(xml.contains("<published>2024-05-01T09:30:00+02:00</published>"), "{xml}");
    assert!(xml.contains("<updated>2024-05-01T12:00:00-05:30</updated>"), "{xml}");
    assert!(xml.contains("<summary type=\"text\">Shade is infrastructure."), "{xml}");

    let f = strict(&xml);
    assert_eq!(f.id, "https://colonnade.example/feed");
    assert_eq!(f.language.as_deref(), Some("en"));
    assert_eq!(f.description.map(|d| d.content).as_deref(), Some("Opinion from everywhere"));
    assert_eq!(f.icon.map(|i| i.uri).as_deref(), Some("https://colonnade.example/icon.png"));
    assert_eq!(f.updated.map(|d| d.to_rfc3339()).as_deref(), Some("2024-05-02T10:00:00+00:00"));
    let links: Vec<(Option<&str>, &str)> = f.links.iter().map(|l| (l.rel.as_deref(), l.href.as_str())).collect();
    assert_eq!(
        links,
        vec![(Some("self"), "https://colonnade.example/feed.atom"), (Some("alternate"), "https://colonnade.example/")]
    );

    let e = &f.entries[0];
    let links: Vec<(Option<&str>, &str)> = e.links.iter().map(|l| (l.rel.as_deref(), l.href.as_str())).collect();
    assert_eq!(
        links,
        vec![
            (Some("alternate"), "https://colonnade.example/c/42"),
            (Some("related"), "https://paper.example/opinion/trees?id=7&page=2")
        ]
    );
    let people: Vec<(Option<&str>, Option<&str>)> =
        e.authors.iter().map(|p| (p.name.as_deref(), p.uri.as_deref())).collect();
    assert_eq!(
        people,
        vec![(Some("Jane Doe"), Some("https://colonnade.example/columnist/jane-doe")), (Some("Ravi Patel"), None)]
    );
    assert_eq!(e.rights.as_ref().map(|r| r.content.as_str()), Some("© The Paper"));
    let terms: Vec<&str> = e.categories.iter().map(|c| c.term.as_str()).collect();
    assert_eq!(terms, vec!["Climate", "Cities"]);

    let e = &f.entries[1];
    assert_eq!(e.rights.as_ref().map(|r| r.content.as_str()), Some("© Le Journal"));
    assert!(e.summary.is_none());
    assert_eq!(e.links.len(), 1);
}

#[test]
fn atom_feed_updated_takes_the_newest_items_offset() {
    let fixture = Fixture::new();
    let items = fixture.items();
    let mut out = feed("https://colonnade.example/feed.atom", &items);
    out.updated = instant("2024-05-01T17:30:00Z");
    let xml = write_atom(&out);
    assert!(xml.contains("  <updated>2024-05-01T12:00:00-05:30</updated>\n  <icon>"), "{xml}");
    let parsed = parse_feed(xml.as_bytes(), None, None).unwrap();
    assert_eq!(parsed.items[0].updated, Some(ts("2024-05-01T12:00:00-05:30")));
    assert_eq!(parsed.items[1].updated, Some(ts("2024-05-01T12:00:00-05:30")));
}

#[test]
fn empty_atom_feed_is_valid() {
    let xml = write_atom(&feed("https://colonnade.example/feed.atom", &[]));
    let parsed = parse_feed(xml.as_bytes(), None, None).unwrap();
    assert_eq!(
        parsed,
        Feed {
            kind: FeedKind::Atom,
            title: Some("Colonnade — latest columns".into()),
            link: Some(url("https://colonnade.example/")),
            items: vec![],
        }
    );
    assert!(strict(&xml).entries.is_empty());
}

// ---------------------------------------------------------------------------
// JSON Feed
// ---------------------------------------------------------------------------

#[test]
fn json_feed_round_trips_through_parse_feed() {
    let fixture = Fixture::new();
    let items = fixture.items();
    let json = write_json_feed(&feed("https://colonnade.example/feed.json", &items));
    let parsed = parse_feed(json.as_bytes(), Some("application/feed+json"), None).unwrap();
    assert_eq!(
        parsed,
        Feed {
            kind: FeedKind::Json,
            title: Some("Colonnade — latest columns".into()),
            link: Some(url("https://colonnade.example/")),
            items: vec![
                FeedItem {
                    url: Some(url("https://colonnade.example/c/42")),
                    guid: Some("https://colonnade.example/c/42".into()),
                    title: Some("Why cities need more trees".into()),
                    authors: strings(&["Jane Doe", "Ravi Patel"]),
                    published: Some(ts("2024-05-01T09:30:00+02:00")),
                    updated: Some(ts("2024-05-01T12:00:00-05:30")),
                    categories: strings(&["Climate", "Cities"]),
                    summary: Some("Shade is infrastructure. Cities that plant now save later.".into()),
                    content_html: None,
                    image: Some(url("https://cdn.paper.example/img/trees.jpg")),
                },
                FeedItem {
                    url: Some(url("https://colonnade.example/c/41")),
                    guid: Some("https://colonnade.example/c/41".into()),
                    title: Some("Editorial: the budget".into()),
                    authors: strings(&["Le Journal"]),
                    published: None,
                    updated: None,
                    categories: vec![],
                    summary: None,
                    content_html: None,
                    image: None,
                },
            ],
        }
    );
}

#[test]
fn json_feed_whole_document() {
    let fixture = Fixture::new();
    let items = fixture.items();
    let json = write_json_feed(&feed("https://colonnade.example/feed.json", &items));
    let value: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        value,
        json!({
            "version": "https://jsonfeed.org/version/1.1",
            "title": "Colonnade — latest columns",
            "home_page_url": "https://colonnade.example/",
            "feed_url": "https://colonnade.example/feed.json",
            "description": "Opinion from everywhere",
            "icon": "https://colonnade.example/icon.png",
            "language": "en",
            "items": [
                {
                    "id": "https://colonnade.example/c/42",
                    "url": "https://colonnade.example/c/42",
                    "external_url": "https://paper.example/opinion/trees?id=7&page=2",
                    "title": "Why cities need more trees",
                    "summary": "Shade is infrastructure. Cities that plant now save later.",
                    "content_text": "Shade is infrastructure. Cities that plant now save later.",
                    "image": "https://cdn.paper.example/img/trees.jpg",
                    "date_published": "2024-05-01T09:30:00+02:00",
                    "date_modified": "2024-05-01T12:00:00-05:30",
                    "authors": [
                        {"name": "Jane Doe", "url": "https://colonnade.example/columnist/jane-doe"},
                        {"name": "Ravi Patel"}
                    ],
                    "tags": ["Climate", "Cities"],
                    "language": "en-GB"
                },
                {
                    "id": "https://colonnade.example/c/41",
                    "url": "https://colonnade.example/c/41",
                    "title": "Editorial: the budget",
                    "content_text": "",
                    "authors": [{"name": "Le Journal"}]
                }
            ]
        })
    );
}

#[test]
fn empty_json_feed_is_valid() {
    let json = write_json_feed(&feed("https://colonnade.example/feed.json", &[]));
    let parsed = parse_feed(json.as_bytes(), None, None).unwrap();
    assert_eq!(parsed.kind, FeedKind::Json);
    assert!(parsed.items.is_empty());
    let value: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["items"], json!([]));
}

// ---------------------------------------------------------------------------
// Hostile text
// ---------------------------------------------------------------------------

const HOSTILE: &str = "]]></title><script>alert('x')</script> & \"quoted\" <b>bold</b> &amp; \u{0}\u{8}\u{1b}\u{b}\
                       \u{fffe}\u{ffff} עברית مرحبا \u{202e}txt.exe 😀👩‍👩‍👧 \r\n\ttab";

#[test]
fn hostile_text_gives_well_formed_documents() {
    let long = format!("{} {}", HOSTILE, "long ".repeat(40_000));
    let hostile_url = "https://e.example/a?x=1&y=\"2\"&z='3'<>";
    let authors = strings(&[HOSTILE, "\u{0}", "Ana & Bo"]);
    let tags = strings(&[HOSTILE, ""]);
    let items = [OutItem {
        id: hostile_url,
        url: hostile_url,
        external_url: Some(hostile_url),
        title: HOSTILE,
        summary: &long,
        authors: &authors,
        author_url: Some(hostile_url),
        publication: Some(HOSTILE),
        published: Some(ts("2024-05-01T09:30:00+02:00")),
        updated: None,
        image: Some(hostile_url),
        language: Some("en\"><x>"),
        tags: &tags,
    }];
    let out = OutFeed {
        id: hostile_url,
        title: HOSTILE,
        subtitle: Some(HOSTILE),
        home_page_url: hostile_url,
        feed_url: hostile_url,
        language: Some("'\"<&"),
        updated: instant(FEED_UPDATED),
        icon: Some(hostile_url),
        items: &items,
    };
    let clean = without_illegal(HOSTILE);
    let clean_long = without_illegal(&long);

    let xml = write_atom(&out);
    assert!(!xml.contains(is_illegal));
    assert!(!xml.contains("<script>"));
    let f = strict(&xml);
    assert_eq!(f.title.unwrap().content, clean);
    assert_eq!(f.description.unwrap().content, clean);
    assert_eq!(f.language.as_deref(), Some("'\"<&"));
    assert_eq!(f.id, hostile_url);
    let e = &f.entries[0];
    assert_eq!(e.id, hostile_url);
    assert_eq!(e.title.as_ref().unwrap().content, clean);
    // feed-rs trims text; the trailing space of "long " goes.
    assert!(e.summary.as_ref().unwrap().content == clean_long.trim_end(), "summary changed");
    assert_eq!(e.rights.as_ref().unwrap().content, format!("© {clean}"));
    let names: Vec<&str> = e.authors.iter().filter_map(|p| p.name.as_deref()).collect();
    assert_eq!(names, vec![clean.as_str(), "Ana & Bo"]);
    assert_eq!(e.authors[0].uri.as_deref(), Some(hostile_url));
    let terms: Vec<&str> = e.categories.iter().map(|c| c.term.as_str()).collect();
    assert_eq!(terms, vec![clean.as_str()]);
    // Our own tolerant reader agrees (its text fields are HTML-stripped, so compare loosely).
    let parsed = parse_feed(xml.as_bytes(), None, None).unwrap();
    assert_eq!(parsed.items.len(), 1);
    assert!(parsed.items[0].title.as_deref().unwrap().contains("עברית مرحبا"));
    assert_eq!(parsed.items[0].published, Some(ts("2024-05-01T09:30:00+02:00")));

    let json = write_json_feed(&out);
    assert!(!json.contains(is_illegal));
    let value: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["title"], json!(clean));
    assert_eq!(value["language"], json!("'\"<&"));
    let item = &value["items"][0];
    assert_eq!(item["title"], json!(clean));
    assert_eq!(item["summary"], json!(clean_long));
    assert_eq!(item["url"], json!(hostile_url));
    assert_eq!(item["authors"], json!([{"name": clean, "url": hostile_url}, {"name": "Ana & Bo"}]));
    assert_eq!(item["tags"], json!([clean]));
    let parsed = parse_feed(json.as_bytes(), None, None).unwrap();
    assert_eq!(parsed.items.len(), 1);
}

#[test]
fn blank_atom_titles_fall_back_to_the_url() {
    let items = [OutItem {
        id: "https://colonnade.example/c/1",
        url: "https://colonnade.example/c/1",
        title: " \u{0} ",
        ..OutItem::default()
    }];
    let mut out = feed("https://colonnade.example/feed.atom", &items);
    out.title = "";
    let f = strict(&write_atom(&out));
    assert_eq!(f.title.unwrap().content, "https://colonnade.example/");
    assert_eq!(f.entries[0].title.as_ref().unwrap().content, "https://colonnade.example/c/1");
    let value: Value = serde_json::from_str(&write_json_feed(&out)).unwrap();
    assert_eq!(value["title"], json!(""));
    assert!(value["items"][0].get("title").is_none());
}

// ---------------------------------------------------------------------------
// Sitemaps
// ---------------------------------------------------------------------------

#[test]
fn sitemap_round_trips() {
    let urls = [
        SitemapUrl { loc: "https://colonnade.example/", lastmod: Some(instant("2024-05-02T10:00:00Z")) },
        SitemapUrl { loc: "https://colonnade.example/search?q=trees&lang=en", lastmod: None },
        SitemapUrl { loc: "https://colonnade.example/columnist/ren%C3%A9e", lastmod: None },
    ];
    let xml = write_sitemap(&urls);
    assert!(xml.contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"), "{xml}");
    assert!(xml.contains("<loc>https://colonnade.example/search?q=trees&amp;lang=en</loc>"), "{xml}");
    assert!(xml.contains("<lastmod>2024-05-02T10:00:00Z</lastmod>"), "{xml}");
    let map = parse_sitemap(xml.as_bytes(), None).unwrap();
    let got: Vec<(&str, Option<Timestamp>)> = map.urls.iter().map(|u| (u.url.as_str(), u.lastmod)).collect();
    assert_eq!(
        got,
        vec![
            ("https://colonnade.example/", Some(ts("2024-05-02T10:00:00Z"))),
            ("https://colonnade.example/search?q=trees&lang=en", None),
            ("https://colonnade.example/columnist/ren%C3%A9e", None),
        ]
    );
    assert!(map.sitemaps.is_empty());
}

#[test]
fn sitemap_index_round_trips() {
    let maps = [
        SitemapUrl { loc: "https://colonnade.example/sitemap-1.xml", lastmod: Some(instant("2024-05-02T10:00:00Z")) },
        SitemapUrl { loc: "https://colonnade.example/sitemap.xml?page=2&size=50000", lastmod: None },
    ];
    let xml = write_sitemap_index(&maps);
    assert!(xml.contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"), "{xml}");
    let map = parse_sitemap(xml.as_bytes(), None).unwrap();
    let got: Vec<&str> = map.sitemaps.iter().map(Url::as_str).collect();
    assert_eq!(
        got,
        vec!["https://colonnade.example/sitemap-1.xml", "https://colonnade.example/sitemap.xml?page=2&size=50000"]
    );
    assert!(map.urls.is_empty());
}

#[test]
fn empty_sitemap_is_valid() {
    let map = parse_sitemap(write_sitemap(&[]).as_bytes(), None).unwrap();
    assert!(map.urls.is_empty() && map.sitemaps.is_empty());
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

/// Any string, or one built from the characters that break XML.
fn nasty() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        proptest::collection::vec(
            prop_oneof![
                Just('<'),
                Just('>'),
                Just('&'),
                Just('"'),
                Just('\''),
                Just(']'),
                Just('\0'),
                Just('\r'),
                Just('\n'),
                Just('\u{1b}'),
                Just('\u{fffe}'),
                Just('\u{ffff}'),
                Just(' '),
                Just('é'),
                Just('😀'),
                any::<char>(),
            ],
            0..24
        )
        .prop_map(|cs| cs.into_iter().collect()),
    ]
}

fn offset() -> impl Strategy<Value = i32> {
    -(18 * 3600)..=(18 * 3600)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_strings_give_parseable_feeds(
        s in proptest::collection::vec(nasty(), 14),
        // Years our date parser accepts (1990..=2100).
        secs in 631_152_000i64..4_102_444_800,
        off in offset(),
    ) {
        let authors = vec![s[5].clone(), s[6].clone()];
        let tags = vec![s[7].clone()];
        let t = Timestamp::new(jiff::Timestamp::from_second(secs).unwrap(), off);
        let items = [OutItem {
            id: &s[0],
            url: &s[1],
            external_url: Some(&s[2]),
            title: &s[3],
            summary: &s[4],
            authors: &authors,
            author_url: Some(&s[8]),
            publication: Some(&s[9]),
            published: Some(t),
            updated: Some(t),
            image: Some(&s[10]),
            language: Some(&s[11]),
            tags: &tags,
        }];
        let out = OutFeed {
            id: &s[12],
            title: &s[13],
            subtitle: Some(&s[3]),
            home_page_url: &s[1],
            feed_url: &s[0],
            language: Some(&s[11]),
            updated: t.instant,
            icon: Some(&s[10]),
            items: &items,
        };

        let xml = write_atom(&out);
        prop_assert!(!xml.contains(is_illegal));
        let f = feed_rs::parser::Builder::new().sanitize_content(false).build().parse(xml.as_bytes());
        prop_assert!(f.is_ok(), "{:?}\n{}", f.err(), xml);
        let f = f.unwrap();
        prop_assert_eq!(f.entries.len(), 1);
        let e = &f.entries[0];
        // feed-rs trims text.
        let title = without_illegal(&s[3]);
        if !title.trim().is_empty() {
            prop_assert_eq!(e.title.as_ref().unwrap().content.as_str(), title.trim());
        }
        prop_assert_eq!(e.published.map(|d| d.timestamp()), Some(secs));
        let parsed = parse_feed(xml.as_bytes(), None, None);
        prop_assert!(parsed.is_ok(), "{:?}\n{}", parsed, xml);
        prop_assert_eq!(parsed.unwrap().items[0].published, Some(Timestamp::new(t.instant, off - off % 60)));

        let json = write_json_feed(&out);
        prop_assert!(!json.contains(is_illegal));
        let value: Result<Value, _> = serde_json::from_str(&json);
        prop_assert!(value.is_ok(), "{:?}\n{}", value, json);
        let value = value.unwrap();
        prop_assert_eq!(&value["items"][0]["id"], &json!(without_illegal(&s[0])));
        let parsed = parse_feed(json.as_bytes(), None, None);
        prop_assert!(parsed.is_ok(), "{:?}\n{}", parsed, json);
        prop_assert_eq!(parsed.unwrap().items[0].published, Some(Timestamp::new(t.instant, off - off % 60)));

        let urls = [SitemapUrl { loc: &s[0], lastmod: Some(t.instant) }, SitemapUrl { loc: "https://e.example/?a=1&b=2", lastmod: None }];
        let map = parse_sitemap(write_sitemap(&urls).as_bytes(), None);
        prop_assert!(map.is_ok(), "{:?}", map);
        prop_assert!(map.unwrap().urls.iter().any(|u| u.url.as_str() == "https://e.example/?a=1&b=2"));
    }
}
