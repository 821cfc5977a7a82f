//! What colonnade-feed reads, one fixture per format and per quirk.
//!
//! Every test states the whole expected value.

#![expect(clippy::unwrap_used, reason = "test helpers outside #[test] fns: a broken fixture should panic")]

use std::io::Write as _;

use colonnade_feed::{
    Feed, FeedError, FeedItem, FeedKind, Outline, Sitemap, SitemapUrl, Timestamp, Url, article_links,
    discover_feed_links, parse_feed, parse_opml, parse_sitemap,
};
use proptest::prelude::*;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn url(s: &str) -> Url {
    Url::parse(s).unwrap()
}

fn ts(s: &str) -> Timestamp {
    Timestamp::parse_rfc3339(s).unwrap()
}

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

fn feed_url() -> Url {
    url("https://feeds.example.com/path/feed.xml")
}

fn parse(name: &str) -> Feed {
    parse_feed(&fixture(name), None, Some(&feed_url())).unwrap()
}

// ---------------------------------------------------------------------------
// Formats
// ---------------------------------------------------------------------------

fn rss2_expected() -> Feed {
    Feed {
        kind: FeedKind::Rss,
        title: Some("The Daily Column".into()),
        link: Some(url("https://www.example.com/opinion/")),
        items: vec![
            FeedItem {
                url: Some(url("https://www.example.com/opinion/2024/05/01/why-cities-need-trees/")),
                guid: Some("daily-1001".into()),
                title: Some("Why cities need more trees".into()),
                authors: strings(&["Jane Doe"]),
                published: Some(ts("2024-05-01T09:30:00+02:00")),
                updated: None,
                categories: strings(&["Opinion", "Climate"]),
                summary: Some("Shade is infrastructure.".into()),
                content_html: Some("<p>Shade is <b>infrastructure</b>. Full text.</p>".into()),
                image: Some(url("https://cdn.example.com/trees.jpg")),
            },
            FeedItem {
                url: Some(url("https://www.example.com/opinion/letters-on-buses")),
                guid: Some("https://www.example.com/opinion/letters-on-buses".into()),
                title: Some("Letters: on buses".into()),
                authors: strings(&["Sam Smith"]),
                published: Some(ts("2024-04-30T18:00:00Z")),
                updated: None,
                categories: vec![],
                summary: Some("Readers write about buses & trams.".into()),
                content_html: None,
                image: Some(url("https://cdn.example.com/bus.png")),
            },
            FeedItem {
                url: Some(url("https://www.example.com/podcast/the-week-in-review")),
                guid: Some("https://www.example.com/podcast/the-week-in-review".into()),
                title: Some("Podcast: the week".into()),
                authors: vec![],
                published: None,
                updated: None,
                categories: vec![],
                summary: None,
                content_html: None,
                image: Some(url("https://cdn.example.com/week-thumb.jpg")),
            },
        ],
    }
}

#[test]
fn rss2_dc_creator_content_encoded_media_and_email_author() {
    assert_eq!(parse("rss2.xml"), rss2_expected());
}

#[test]
fn rss091_with_netscape_doctype() {
    assert_eq!(
        parse("rss091.xml"),
        Feed {
            kind: FeedKind::Rss,
            title: Some("Old School Op-Eds".into()),
            link: Some(url("http://oldschool.example.org/")),
            items: vec![
                FeedItem {
                    url: Some(url("http://oldschool.example.org/columns/the-case-for-dial-up.html")),
                    title: Some("The case for dial-up".into()),
                    summary: Some("Nostalgia, explained.".into()),
                    ..FeedItem::default()
                },
                FeedItem {
                    url: Some(url("http://oldschool.example.org/columns/second-thoughts-on-it.html")),
                    title: Some("Second thoughts".into()),
                    ..FeedItem::default()
                },
            ],
        }
    );
}

#[test]
fn rss1_rdf_with_dublin_core() {
    assert_eq!(
        parse("rss1-rdf.xml"),
        Feed {
            kind: FeedKind::Rss,
            title: Some("RDF Voices".into()),
            link: Some(url("https://rdf.example.net/")),
            items: vec![FeedItem {
                url: Some(url("https://rdf.example.net/2023/11/02/a-modest-proposal")),
                guid: None,
                title: Some("A modest proposal".into()),
                authors: strings(&["Jon Swift"]),
                published: Some(ts("2023-11-02T08:15:00-05:00")),
                updated: None,
                categories: vec![],
                summary: Some("On eating the rich (figuratively).".into()),
                content_html: None,
                image: None,
            }],
        }
    );
}

#[test]
fn atom1_html_title_feed_author_inherited_offsets_kept() {
    assert_eq!(
        parse("atom1.xml"),
        Feed {
            kind: FeedKind::Atom,
            title: Some("Atomic Opinions".into()),
            link: Some(url("https://atom.example.com/")),
            items: vec![
                FeedItem {
                    url: Some(url("https://atom.example.com/2024/03/engines-and-poetry")),
                    guid: Some("tag:atom.example.com,2024:1".into()),
                    title: Some("Engines and poetry".into()),
                    authors: strings(&["Ada Lovelace"]),
                    published: Some(ts("2024-03-10T09:00:00+01:00")),
                    updated: Some(ts("2024-03-10T11:30:00+01:00")),
                    categories: strings(&["Essays", "tech"]),
                    summary: Some("Numbers can sing.".into()),
                    content_html: Some("<p>Numbers can <i>sing</i>.</p>".into()),
                    image: None,
                },
                FeedItem {
                    url: Some(url("https://atom.example.com/2024/03/guest-column-on-looms")),
                    guid: Some("tag:atom.example.com,2024:2".into()),
                    title: Some("Guest column".into()),
                    authors: strings(&["Charles Babbage"]),
                    published: None,
                    updated: Some(ts("2024-03-09T08:00:00Z")),
                    categories: vec![],
                    summary: None,
                    content_html: Some("<p>Looms!</p>".into()),
                    image: None,
                },
            ],
        }
    );
}

#[test]
fn atom03_issued_and_modified() {
    assert_eq!(
        parse("atom03.xml"),
        Feed {
            kind: FeedKind::Atom,
            title: Some("Legacy Atom".into()),
            link: Some(url("https://legacy.example.com/")),
            items: vec![FeedItem {
                url: Some(url("https://legacy.example.com/2005/07/31/atom-03-lives")),
                guid: Some("tag:legacy.example.com,2005:1".into()),
                title: Some("Atom 0.3 lives".into()),
                authors: strings(&["Mark"]),
                published: Some(ts("2005-07-30T08:00:00-04:00")),
                updated: Some(ts("2005-07-31T12:29:29Z")),
                categories: vec![],
                summary: Some("Old formats never die.".into()),
                content_html: None,
                image: None,
            }],
        }
    );
}

#[test]
fn jsonfeed_1_1_and_1_0_fields() {
    assert_eq!(
        parse("jsonfeed1.json"),
        Feed {
            kind: FeedKind::Json,
            title: Some("JSON Columns".into()),
            link: Some(url("https://json.example.com/")),
            items: vec![
                FeedItem {
                    url: Some(url("https://json.example.com/2024/01/15/json-is-fine")),
                    guid: Some("2".into()),
                    title: Some("JSON is fine".into()),
                    authors: strings(&["Brent", "Manton"]),
                    published: Some(ts("2024-01-15T10:00:00-08:00")),
                    updated: Some(ts("2024-01-16T10:00:00-08:00")),
                    categories: strings(&["tech", "formats"]),
                    summary: Some("It really is.".into()),
                    content_html: Some("<p>It really is.</p>".into()),
                    image: Some(url("https://feeds.example.com/images/json.png")),
                },
                FeedItem {
                    url: Some(url("https://feeds.example.com/2024/01/01/hello-json-world")),
                    guid: Some("1".into()),
                    authors: strings(&["Old Style Author"]),
                    summary: Some("First post.".into()),
                    ..FeedItem::default()
                },
                FeedItem {
                    url: Some(url("https://elsewhere.example.org/a-linked-piece-here")),
                    guid: Some("0".into()),
                    title: Some("Linked".into()),
                    authors: strings(&["House Author"]),
                    ..FeedItem::default()
                },
            ],
        }
    );
}

// ---------------------------------------------------------------------------
// Quirks
// ---------------------------------------------------------------------------

#[test]
fn rss_without_version() {
    assert_eq!(
        parse("rss-no-version.xml"),
        Feed {
            kind: FeedKind::Rss,
            title: Some("Versionless".into()),
            link: Some(url("https://nover.example.com/")),
            items: vec![FeedItem {
                url: Some(url("https://nover.example.com/no-version-no-problem")),
                title: Some("No version, no problem".into()),
                published: Some(ts("2020-01-06T07:00:00-05:00")),
                ..FeedItem::default()
            }],
        }
    );
}

#[test]
fn undeclared_html_entities_and_bare_ampersands() {
    assert_eq!(
        parse("undeclared-entities.xml"),
        Feed {
            kind: FeedKind::Rss,
            title: Some("Café Society — Columns".into()),
            link: Some(url("https://ents.example.com/")),
            items: vec![FeedItem {
                url: Some(url("https://ents.example.com/naive-thoughts-quotes?a=1&b=2")),
                title: Some("Naïve thoughts & ‘quotes’ …".into()),
                summary: Some("Prices in € & £, © AT&T, &bogus; entity.".into()),
                ..FeedItem::default()
            }],
        }
    );
}

#[test]
fn windows_1252_bytes_declared_as_utf8() {
    assert_eq!(
        parse("windows-1252-declared-utf8.xml"),
        Feed {
            kind: FeedKind::Rss,
            title: Some("Café “Opinions”".into()),
            link: Some(url("https://cp1252.example.com/")),
            items: vec![FeedItem {
                url: Some(url("https://cp1252.example.com/naive-resumes-five")),
                title: Some("Naïve — résumés €5".into()),
                authors: strings(&["José García"]),
                ..FeedItem::default()
            }],
        }
    );
}

fn latin1_expected() -> Feed {
    Feed {
        kind: FeedKind::Rss,
        title: Some("Grüße aus Köln".into()),
        link: Some(url("https://latin1.example.de/")),
        items: vec![FeedItem {
            url: Some(url("https://latin1.example.de/meinung/ueber-maerkte-und-moeglichkeiten")),
            title: Some("Über Märkte und Möglichkeiten".into()),
            published: Some(ts("2024-03-01T12:00:00+01:00")),
            ..FeedItem::default()
        }],
    }
}

#[test]
fn iso_8859_1_with_declaration() {
    assert_eq!(parse("iso-8859-1.xml"), latin1_expected());
}

#[test]
fn http_charset_header_wins_over_a_missing_declaration() {
    let bytes = fixture("iso-8859-1.xml");
    let text: String = bytes.iter().map(|&b| char::from(b)).collect();
    let text = text.replace(" encoding=\"ISO-8859-1\"", "");
    // Re-encode the body as Latin-1 without any declaration.
    let latin1: Vec<u8> = text.chars().map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?')).collect();
    let without_header = parse_feed(&latin1, Some("application/rss+xml; charset=iso-8859-1"), Some(&feed_url()));
    assert_eq!(without_header, Ok(latin1_expected()));
}

#[test]
fn html_in_titles_and_creators_is_stripped() {
    assert_eq!(
        parse("html-in-titles.xml"),
        Feed {
            kind: FeedKind::Rss,
            title: Some("Bold Blog".into()),
            link: Some(url("https://bold.example.com/")),
            items: vec![FeedItem {
                url: Some(url("https://bold.example.com/breaking-tags-in-titles")),
                title: Some("Breaking: tags in titles".into()),
                authors: strings(&["Kim Lee"]),
                ..FeedItem::default()
            }],
        }
    );
}

#[test]
fn relative_links_resolved_with_xml_base_and_no_feed_url() {
    let feed = parse_feed(&fixture("relative-links-xml-base.xml"), None, None).unwrap();
    assert_eq!(
        feed,
        Feed {
            kind: FeedKind::Atom,
            title: Some("Relative World".into()),
            link: Some(url("https://base.example.com/blog/")),
            items: vec![
                FeedItem {
                    url: Some(url("https://base.example.com/blog/2024/02/02/relative-to-feed-base")),
                    guid: Some("urn:rel:1".into()),
                    title: Some("Relative to the feed base".into()),
                    updated: Some(ts("2024-02-02T00:00:00Z")),
                    ..FeedItem::default()
                },
                FeedItem {
                    url: Some(url("https://base.example.com/columns/entry-base-wins-here")),
                    guid: Some("urn:rel:2".into()),
                    title: Some("Relative to the entry base".into()),
                    updated: Some(ts("2024-02-03T00:00:00Z")),
                    ..FeedItem::default()
                },
            ],
        }
    );
}

#[test]
fn relative_links_resolved_against_the_feed_url() {
    let base = url("https://rel.example.com/feeds/main.rss");
    let feed = parse_feed(&fixture("rss-relative-links.xml"), None, Some(&base)).unwrap();
    assert_eq!(
        feed,
        Feed {
            kind: FeedKind::Rss,
            title: Some("Relative RSS".into()),
            link: Some(url("https://rel.example.com/")),
            items: vec![FeedItem {
                url: Some(url("https://rel.example.com/2024/04/04/relative-item-link")),
                title: Some("Relative item".into()),
                image: Some(url("https://rel.example.com/feeds/img/rel.jpg")),
                ..FeedItem::default()
            }],
        }
    );
}

#[test]
fn missing_empty_and_unparsable_dates_are_none() {
    let item = |path: &str, title: &str| FeedItem {
        url: Some(url(&format!("https://timeless.example.com/{path}"))),
        title: Some(title.into()),
        ..FeedItem::default()
    };
    assert_eq!(
        parse("missing-dates.xml"),
        Feed {
            kind: FeedKind::Rss,
            title: Some("Timeless".into()),
            link: Some(url("https://timeless.example.com/")),
            items: vec![
                item("no-date-at-all", "No date at all"),
                item("unparsable-date-here", "Unparsable date"),
                item("empty-date-here", "Empty date"),
            ],
        }
    );
}

#[test]
fn utf8_bom_and_garbage_before_the_declaration() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(&fixture("rss2.xml"));
    assert_eq!(parse_feed(&bytes, None, None), Ok(rss2_expected()));
    let mut garbage = b"\n\n  <!-- generated by a PHP notice --> Warning: x in y.php\n".to_vec();
    garbage.extend_from_slice(&fixture("rss2.xml"));
    assert_eq!(parse_feed(&garbage, None, None), Ok(rss2_expected()));
}

#[test]
fn utf16_with_bom_both_byte_orders() {
    let text = String::from_utf8(fixture("rss2.xml")).unwrap().replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
    let mut le = vec![0xFF, 0xFE];
    let mut be = vec![0xFE, 0xFF];
    for unit in text.encode_utf16() {
        le.extend_from_slice(&unit.to_le_bytes());
        be.extend_from_slice(&unit.to_be_bytes());
    }
    assert_eq!(parse_feed(&le, None, None), Ok(rss2_expected()));
    assert_eq!(parse_feed(&be, None, None), Ok(rss2_expected()));
}

#[test]
fn not_feeds_say_what_they_are() {
    let cases: [(&[u8], FeedError); 8] = [
        (b"", FeedError::Empty),
        (b" \r\n\t ", FeedError::Empty),
        (b"<!DOCTYPE html><html><head><title>Hi</title></head></html>", FeedError::NotAFeed("an HTML page".into())),
        (b"\n<html lang=en><body>x</body></html>", FeedError::NotAFeed("an HTML page".into())),
        (
            b"<?xml version='1.0'?><urlset><url><loc>https://e.com/</loc></url></urlset>",
            FeedError::NotAFeed("a sitemap".into()),
        ),
        (b"<opml version='2.0'><body/></opml>", FeedError::NotAFeed("an OPML subscription list".into())),
        (b"{\"hello\": \"world\"}", FeedError::NotAFeed("a JSON document that is not a JSON Feed".into())),
        (b"just some words", FeedError::NotAFeed("plain text, not XML or JSON".into())),
    ];
    for (bytes, expected) in cases {
        assert_eq!(parse_feed(bytes, None, None), Err(expected), "{}", String::from_utf8_lossy(bytes));
    }
}

#[test]
fn broken_xml_and_json_are_malformed() {
    assert!(matches!(
        parse_feed(b"<rss version=\"2.0\"><channel><item></chan", None, None),
        Err(FeedError::Malformed(_))
    ));
    assert!(matches!(
        parse_feed(b"{\"version\": \"https://jsonfeed.org/version/1\", ", None, None),
        Err(FeedError::Malformed(_))
    ));
}

#[test]
fn real_feed_global_voices_2009() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../demo/sites/globalvoices/feed.xml");
    let raw = std::fs::read_to_string(path).unwrap();
    let text = raw.replace("{demo}/globalvoices/", "http://127.0.0.1:1/gv/");
    let feed = parse_feed(text.as_bytes(), Some("application/rss+xml; charset=UTF-8"), None).unwrap();
    assert_eq!(feed.kind, FeedKind::Rss);
    assert_eq!(feed.title.as_deref(), Some("Global Voices Online » Feature"));
    assert_eq!(feed.link, Some(url("http://globalvoicesonline.org/")));
    assert_eq!(feed.items.len(), 15);
    let first = &feed.items[0];
    assert_eq!(first.url, Some(url("http://127.0.0.1:1/gv/index_1.html")));
    assert_eq!(first.guid.as_deref(), Some("http://globalvoicesonline.org/?p=79204"));
    assert_eq!(first.title.as_deref(), Some("Brazil: Amplified conversations to fight the Digital Crimes Bill"));
    assert_eq!(first.authors, strings(&["Diego Casaes"]));
    assert_eq!(first.published.map(|t| t.to_string()).as_deref(), Some("2009-06-11T10:57:00Z"));
    assert_eq!(first.updated, None);
    assert_eq!(
        first.categories,
        strings(&[
            "Americas",
            "Brazil",
            "Cyber-Activism",
            "English",
            "Feature",
            "Freedom of Speech",
            "Governance",
            "Media",
            "Portuguese",
            "Protest",
            "Weblog"
        ])
    );
    assert!(first.summary.as_deref().is_some_and(|s| s.starts_with("In another demonstration of cyberactivism")));
    assert!(first.content_html.as_deref().is_some_and(|s| s.starts_with("<p style=\"text-align: left;\">")));
    let last = &feed.items[14];
    assert_eq!(last.url, Some(url("http://127.0.0.1:1/gv/index_15.html")));
    assert_eq!(last.authors, strings(&["Mong Palatino"]));
    assert_eq!(last.published, Some(ts("2009-06-05T14:53:47Z")));
}

// ---------------------------------------------------------------------------
// OPML
// ---------------------------------------------------------------------------

#[test]
fn opml_nested_outlines_are_flattened_with_parent_category() {
    assert_eq!(
        parse_opml(&fixture("opml-nested.opml")),
        Ok(vec![
            Outline {
                title: Some("Top Level Feed".into()),
                xml_url: url("https://top.example.com/feed"),
                html_url: Some(url("https://top.example.com/")),
                category: None,
            },
            Outline {
                title: Some("Daily Column".into()),
                xml_url: url("https://www.example.com/opinion/feed/"),
                html_url: Some(url("https://www.example.com/opinion/")),
                category: Some("Opinion".into()),
            },
            Outline {
                title: Some("Dismal & Proud".into()),
                xml_url: url("https://dismal.example.org/rss.xml?a=1&b=2"),
                html_url: None,
                category: Some("Economists".into()),
            },
            Outline {
                title: Some("Only a title".into()),
                xml_url: url("http://title.example.com/atom.xml"),
                html_url: None,
                category: None,
            },
        ])
    );
}

// ---------------------------------------------------------------------------
// Sitemaps
// ---------------------------------------------------------------------------

fn news_sitemap_expected() -> Sitemap {
    Sitemap {
        urls: vec![
            SitemapUrl {
                url: url("https://news.example.com/opinion/2024/05/01/the-case-for-sitemaps"),
                lastmod: Some(ts("2024-05-01T10:00:00+01:00")),
                news_title: Some("The case for sitemaps & why".into()),
                news_published: Some(ts("2024-05-01T09:00:00+01:00")),
            },
            SitemapUrl {
                url: url("https://news.example.com/about?x=1&y=2"),
                lastmod: Some(ts("2023-12-24T00:00:00Z")),
                news_title: None,
                news_published: None,
            },
            SitemapUrl {
                url: url("https://news.example.com/relative/page-here"),
                lastmod: None,
                news_title: None,
                news_published: None,
            },
        ],
        sitemaps: vec![],
    }
}

#[test]
fn sitemap_urlset_with_google_news() {
    let base = url("https://news.example.com/sitemap.xml");
    assert_eq!(parse_sitemap(&fixture("sitemap-news.xml"), Some(&base)), Ok(news_sitemap_expected()));
}

#[test]
fn sitemap_index() {
    assert_eq!(
        parse_sitemap(&fixture("sitemap-index.xml"), None),
        Ok(Sitemap {
            urls: vec![],
            sitemaps: vec![
                url("https://news.example.com/sitemap-2024-05.xml"),
                url("https://news.example.com/sitemap-2024-04.xml.gz"),
            ],
        })
    );
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

#[test]
fn gzipped_sitemap() {
    let base = url("https://news.example.com/sitemap.xml.gz");
    let gz = gzip(&fixture("sitemap-news.xml"));
    assert_eq!(&gz[..2], &[0x1f, 0x8b]);
    assert_eq!(parse_sitemap(&gz, Some(&base)), Ok(news_sitemap_expected()));
}

#[test]
fn gzip_bomb_is_refused_past_50_mb() {
    let mut doc = b"<urlset><url><loc>https://e.com/a</loc></url>".to_vec();
    doc.resize(50 * 1024 * 1024 + 1, b' ');
    let gz = gzip(&doc);
    assert_eq!(
        parse_sitemap(&gz, None),
        Err(FeedError::Malformed("gzipped sitemap decodes to more than 52428800 bytes".into()))
    );
}

// ---------------------------------------------------------------------------
// Discovery and listing pages
// ---------------------------------------------------------------------------

#[test]
fn discovery_on_a_columnist_page() {
    let page = url("https://www.example.com/columnists/jane-doe/");
    let html = br#"<!doctype html><html><head>
        <link rel="alternate" type="application/rss+xml" href="/columnists/jane-doe/feed/">
        <link rel="alternate" type="application/atom+xml" href="https://www.example.com/atom.xml?utm_medium=x">
        </head><body><a href="https://www.example.com/columnists/jane-doe/feed">same feed</a>
        <a href="/opinion/rss.xml">Opinion RSS</a></body></html>"#;
    assert_eq!(
        discover_feed_links(html, &page),
        vec![
            url("https://www.example.com/columnists/jane-doe/feed/"),
            url("https://www.example.com/atom.xml"),
            url("https://www.example.com/opinion/rss.xml"),
        ]
    );
}

#[test]
fn article_links_on_a_section_front() {
    let page = url("https://www.example.com/opinion/");
    let html = br#"<!doctype html><html><body>
      <header class="site"><a href="/opinion/2024/05/01/in-the-header-banner">banner</a>
        <nav><a href="/opinion/why-nav-links-do-not-count">nav</a></nav></header>
      <main>
        <article><header><h2><a href="/opinion/2024/05/01/why-cities-need-trees/?utm_source=front">Trees</a></h2></header>
          <a href="/opinion/2024/05/01/why-cities-need-trees/#comments">3 comments</a>
          <a href="/author/jane-doe">Jane Doe</a> <a href="/tag/climate-change-and-cities">climate</a></article>
        <article><h2><a href="https://example.com/opinion/letters_on_the_buses.html">Letters</a></h2></article>
        <article><h2><a href="/opinion/story.php?id=1234567">Story</a></h2>
          <img src="/img/a-big-photo-here.jpg"><a href="/img/a-big-photo-here.jpg">photo</a></article>
        <a href="https://other.example.org/2024/05/01/off-site-column-here">elsewhere</a>
        <a href="/opinion/page/2">more</a> <a href="/opinion/">self</a> <a href="/">home</a>
        <a href="/2024/05/01/">archive</a> <a href="mailto:x@example.com">mail</a>
      </main>
      <footer><a href="/privacy-and-cookie-rules-page">privacy</a></footer>
      <a href="https://m.example.com/opinion/this-is-mobile-only">mobile host</a>
    </body></html>"#;
    assert_eq!(
        article_links(html, &page),
        vec![
            url("https://www.example.com/opinion/2024/05/01/why-cities-need-trees/"),
            url("https://example.com/opinion/letters_on_the_buses.html"),
            url("https://www.example.com/opinion/story.php?id=1234567"),
        ]
    );
}

// ---------------------------------------------------------------------------
// Properties: hostile bytes never panic
// ---------------------------------------------------------------------------

/// Bytes that are mostly markup-ish, so the parsers get past their first checks.
fn feedish_bytes() -> impl Strategy<Value = Vec<u8>> {
    let pieces = prop::sample::select(vec![
        "<rss>",
        "<rss version=\"2.0\">",
        "<channel>",
        "<item>",
        "</item>",
        "<title>",
        "</title>",
        "<link>",
        "&eacute;",
        "&amp;",
        "&#0;",
        "&#xD800;",
        "&",
        "<![CDATA[",
        "]]>",
        "<!--",
        "-->",
        "<feed xmlns=\"http://www.w3.org/2005/Atom\">",
        "<entry>",
        "<link href=\"/x\"/>",
        "xml:base=\"::\"",
        "<urlset>",
        "<url><loc>",
        "</loc>",
        "<opml>",
        "<outline xmlUrl=\"http://a/\">",
        "<?xml version=\"1.0\" encoding=\"utf-16\"?>",
        "{\"version\":\"https://jsonfeed.org/version/1\",\"items\":[",
        "<a href=\"/2024/05/01/x-y-z\">",
        "<nav>",
        "</nav>",
        "\u{feff}",
        "\0",
        "\u{fffd}",
        "<",
        ">",
        "\"",
        "'",
        " ",
    ]);
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..512),
        prop::collection::vec(pieces, 0..64).prop_map(|v| v.concat().into_bytes()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn parsers_never_panic(bytes in feedish_bytes()) {
        let page = url("https://example.com/a/");
        let feed = parse_feed(&bytes, None, Some(&page));
        prop_assert!(!matches!(feed, Err(FeedError::Panicked)), "feed-rs panicked");
        let _ = parse_sitemap(&bytes, Some(&page));
        let _ = parse_opml(&bytes);
        let _ = article_links(&bytes, &page);
        let _ = discover_feed_links(&bytes, &page);
    }

    #[test]
    fn utf16_inputs_never_panic(text in "[<>a-z &;\"/=]{0,200}", be in any::<bool>()) {
        let mut bytes = if be { vec![0xFE, 0xFF] } else { vec![0xFF, 0xFE] };
        for unit in format!("<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss>{text}").encode_utf16() {
            bytes.extend_from_slice(&if be { unit.to_be_bytes() } else { unit.to_le_bytes() });
        }
        let _ = parse_feed(&bytes, None, None);
    }
}

/// Issue 14, item 14: summaries and titles holding escaped HTML come out as text, in Atom and JSON
/// Feed alike.
#[test]
fn escaped_html_in_text_fields_is_decoded_then_stripped() {
    let atom = r#"<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><entry>
        <title type="text">&amp;lt;b&amp;gt;Bold&amp;lt;/b&amp;gt; title</title><id>x</id><link href="https://e.com/a"/>
        <summary type="html">&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;Hi</summary></entry></feed>"#;
    let feed = colonnade_feed::parse_feed(atom.as_bytes(), None, None).unwrap();
    assert_eq!(feed.items[0].summary.as_deref(), Some("Hi"));
    assert_eq!(feed.items[0].title.as_deref(), Some("Bold title"));
    let json = r#"{"version":"https://jsonfeed.org/version/1.1","title":"F","items":[{"id":"1",
        "url":"https://e.com/a","summary":"&lt;b&gt;x&lt;/b&gt; y","title":"T",
        "authors":[{"name":"&lt;i&gt;Ann&lt;/i&gt; Lee"}]}]}"#;
    let feed = colonnade_feed::parse_feed(json.as_bytes(), None, None).unwrap();
    assert_eq!(feed.items[0].summary.as_deref(), Some("x y"));
    assert_eq!(feed.items[0].authors, ["Ann Lee"]);
}
