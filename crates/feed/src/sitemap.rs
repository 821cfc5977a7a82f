//! Sitemaps: `<urlset>` (with Google News extensions) and `<sitemapindex>`,
//! plain or gzipped.

use std::borrow::Cow;
use std::io::Read as _;

use colonnade_url::{Url, canonicalize};
use flate2::read::MultiGzDecoder;

use crate::prepass::expect_root;
use crate::scan::{Scanner, Token, decode_text, local_name};
use crate::text::plain_text;
use crate::{FeedError, Sitemap, SitemapUrl, parse_timestamp};

/// Largest decoded size of a gzipped sitemap (50 MB, the sitemaps.org limit).
pub const MAX_SITEMAP_BYTES: u64 = 50 * 1024 * 1024;

/// Parse a sitemap: `<urlset>` entries (with `<lastmod>`, Google News
/// `<news:title>` and `<news:publication_date>`) and `<sitemapindex>` children.
///
/// Gzipped input (starting with `1f 8b`) is decompressed first; more than
/// [`MAX_SITEMAP_BYTES`] of decoded data is an error, which stops compression
/// bombs. Relative `<loc>`s are resolved against `base`; entries whose `<loc>`
/// is not an http(s) URL are skipped.
pub fn parse_sitemap(bytes: &[u8], base: Option<&Url>) -> Result<Sitemap, FeedError> {
    parse_sitemap_capped(bytes, base, usize::MAX)
}

/// [`parse_sitemap`] that stops reading once `max_entries` page URLs or `max_entries` child sitemaps
/// were found, in document order: a sitemap listing millions of URLs costs no more than its first
/// `max_entries` (a crawler that takes the first N articles of a source passes N).
pub fn parse_sitemap_capped(bytes: &[u8], base: Option<&Url>, max_entries: usize) -> Result<Sitemap, FeedError> {
    let bytes = gunzip_if_needed(bytes)?;
    let decoded = colonnade_text::decode_xml(&bytes, None);
    let text = decoded.text.as_ref();
    expect_root(text, &["urlset", "sitemapindex"])?;
    Ok(read(text, base, max_entries))
}

/// Decompress gzip input, capped at [`MAX_SITEMAP_BYTES`].
fn gunzip_if_needed(bytes: &[u8]) -> Result<Cow<'_, [u8]>, FeedError> {
    if !bytes.starts_with(&[0x1f, 0x8b]) {
        return Ok(Cow::Borrowed(bytes));
    }
    let mut out = Vec::new();
    let mut reader = MultiGzDecoder::new(bytes).take(MAX_SITEMAP_BYTES + 1);
    reader.read_to_end(&mut out).map_err(|e| FeedError::Malformed(format!("bad gzip data: {e}")))?;
    if out.len() as u64 > MAX_SITEMAP_BYTES {
        return Err(FeedError::Malformed(format!("gzipped sitemap decodes to more than {MAX_SITEMAP_BYTES} bytes")));
    }
    Ok(Cow::Owned(out))
}

/// The element whose text we are collecting.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Loc,
    LastMod,
    NewsTitle,
    NewsDate,
}

/// Fields of the `<url>` or `<sitemap>` being read.
#[derive(Default)]
struct Entry {
    loc: Option<String>,
    lastmod: Option<String>,
    news_title: Option<String>,
    news_date: Option<String>,
}

fn read(text: &str, base: Option<&Url>, max_entries: usize) -> Sitemap {
    let mut map = Sitemap::default();
    let full = |map: &Sitemap| map.urls.len() >= max_entries || map.sitemaps.len() >= max_entries;
    let mut current: Option<(bool, Entry)> = None; // (is <sitemap>, fields)
    let mut field: Option<Field> = None;
    let mut buf = String::new();
    for token in Scanner::xml(text) {
        match token {
            Token::Start(tag) => {
                let name = local_name(tag.name);
                let prefixed_news =
                    tag.name.contains(':') && !tag.name.starts_with("image:") && !tag.name.starts_with("video:");
                if tag.self_closing {
                    continue;
                }
                if name.eq_ignore_ascii_case("url") || name.eq_ignore_ascii_case("sitemap") {
                    finish(&mut map, current.take(), base);
                    if full(&map) {
                        return map;
                    }
                    current = Some((name.eq_ignore_ascii_case("sitemap"), Entry::default()));
                    field = None;
                } else if current.is_some() {
                    field = match name {
                        "loc" if !tag.name.contains(':') => Some(Field::Loc),
                        "lastmod" => Some(Field::LastMod),
                        "title" if prefixed_news => Some(Field::NewsTitle),
                        "publication_date" => Some(Field::NewsDate),
                        _ => None,
                    };
                    buf.clear();
                }
            }
            Token::Text(t) if field.is_some() => buf.push_str(&decode_text(t)),
            Token::CData(t) if field.is_some() => buf.push_str(t),
            Token::End(name) => {
                let local = local_name(name);
                if let (Some(f), Some((_, entry))) = (field, current.as_mut()) {
                    let slot = match f {
                        Field::Loc => &mut entry.loc,
                        Field::LastMod => &mut entry.lastmod,
                        Field::NewsTitle => &mut entry.news_title,
                        Field::NewsDate => &mut entry.news_date,
                    };
                    if slot.is_none() {
                        *slot = Some(std::mem::take(&mut buf));
                    }
                    field = None;
                }
                if local.eq_ignore_ascii_case("url") || local.eq_ignore_ascii_case("sitemap") {
                    finish(&mut map, current.take(), base);
                    if full(&map) {
                        return map;
                    }
                }
            }
            Token::Text(_) | Token::CData(_) => {}
        }
    }
    if !full(&map) {
        finish(&mut map, current, base);
    }
    map
}

fn finish(map: &mut Sitemap, entry: Option<(bool, Entry)>, base: Option<&Url>) {
    let Some((is_sitemap, e)) = entry else { return };
    let Some(url) = e.loc.as_deref().and_then(|l| canonicalize(l, base)) else { return };
    if is_sitemap {
        map.sitemaps.push(url);
    } else {
        map.urls.push(SitemapUrl {
            url,
            lastmod: e.lastmod.as_deref().and_then(parse_timestamp),
            news_title: e.news_title.as_deref().and_then(plain_text),
            news_published: e.news_date.as_deref().and_then(parse_timestamp),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unclosed_url_elements_still_count() {
        let doc = "<urlset><url><loc>https://e.com/a</loc><url><loc> /b </loc></urlset>";
        let base = Url::parse("https://e.com/sitemap.xml").unwrap();
        let map = parse_sitemap(doc.as_bytes(), Some(&base)).unwrap();
        let urls: Vec<&str> = map.urls.iter().map(|u| u.url.as_str()).collect();
        assert_eq!(urls, vec!["https://e.com/a", "https://e.com/b"]);
        assert!(map.sitemaps.is_empty());
    }

    /// Issue 14, item 12: reading stops at the cap.
    #[test]
    fn capped_parse_stops_after_max_entries() {
        let mut doc = String::from("<urlset>");
        for i in 0..10_000 {
            doc.push_str(&format!("<url><loc>https://e.com/{i}</loc></url>"));
        }
        doc.push_str("</urlset>");
        let map = parse_sitemap_capped(doc.as_bytes(), None, 25).unwrap();
        assert_eq!(map.urls.len(), 25);
        assert_eq!(map.urls[24].url.as_str(), "https://e.com/24");
        let index = "<sitemapindex><sitemap><loc>https://e.com/1.xml</loc></sitemap>\
                     <sitemap><loc>https://e.com/2.xml</loc></sitemap>\
                     <sitemap><loc>https://e.com/3.xml</loc></sitemap></sitemapindex>";
        assert_eq!(parse_sitemap_capped(index.as_bytes(), None, 2).unwrap().sitemaps.len(), 2);
        assert_eq!(parse_sitemap(doc.as_bytes(), None).unwrap().urls.len(), 10_000);
    }

    #[test]
    fn not_a_sitemap() {
        assert_eq!(
            parse_sitemap(b"<rss version='2.0'/>", None),
            Err(FeedError::NotAFeed("an XML document with root element <rss>".into()))
        );
        assert_eq!(parse_sitemap(b"", None), Err(FeedError::Empty));
    }

    #[test]
    fn bad_gzip_is_malformed() {
        assert!(matches!(parse_sitemap(&[0x1f, 0x8b, 0, 1, 2], None), Err(FeedError::Malformed(_))));
    }
}
