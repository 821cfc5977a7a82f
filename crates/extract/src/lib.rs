//! HTML page to clean [`Article`]: the extraction stage of Colonnade.
//!
//! [`extract`] takes a page's bytes in any charset, with the page URL and HTTP `Content-Type`
//! when known, and returns an [`Article`]: the headline, columnist(s), dates, publication,
//! language, lead image, whether it is opinion, and the main text as plain text and as sanitised
//! HTML. It does no I/O and keeps no state, so it can run on any number of threads.
//!
//! ```
//! let html = br#"<html lang="en"><head><title>Why trees matter | The Example</title>
//!   <meta property="og:site_name" content="The Example">
//!   <meta name="author" content="Jane Doe"></head>
//!   <body><article><h1>Why trees matter</h1>
//!   <p>Cities that plant trees, as many have found, are cooler in summer and calmer all year.</p>
//!   </article></body></html>"#;
//! let url = colonnade_extract::Url::parse("https://example.com/opinion/trees?utm_source=x").unwrap();
//! let article = colonnade_extract::extract(html, Some(&url), None).unwrap();
//! assert_eq!(article.title.as_deref(), Some("Why trees matter"));
//! assert_eq!(article.authors, ["Jane Doe"]);
//! assert_eq!(article.url.as_deref(), Some("https://example.com/opinion/trees"));
//! assert_eq!(article.kind, colonnade_model::Kind::Opinion);
//! ```
//!
//! The pipeline, module by module: [`parse`] builds a [`dom::Dom`]; [`meta`] gathers every
//! metadata source; `reconcile` picks each field; [`content`] scores blocks to find the main
//! content; `output` writes text and sanitised HTML; `authors` turns bylines into names;
//! [`author_images`] finds the authors' photos.

pub mod author_images;
pub mod content;
pub mod dom;
pub mod kind;
pub mod meta;
pub mod parse;

mod authors;
mod output;
mod patterns;
mod reconcile;

pub use author_images::AuthorImage;
pub use colonnade_model::{Article, Kind, Timestamp};
pub use kind::{KindSignals, decide as decide_kind, is_opinion_section, is_opinion_tag};

pub use colonnade_url::Url;

/// Why a page could not be extracted at all.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ExtractError {
    /// No bytes, or only whitespace.
    #[error("the page is empty")]
    Empty,
    /// The bytes are an image, a PDF, an archive or other non-text data.
    #[error("the page is not HTML but {0}")]
    NotHtml(&'static str),
}

/// Tuning knobs; the defaults suit news pages.
#[derive(Debug, Clone)]
pub struct Options {
    /// Words in [`Article::excerpt`].
    pub excerpt_words: usize,
    /// Bytes of input looked at; the rest of a larger page is ignored.
    pub max_bytes: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options { excerpt_words: 60, max_bytes: 8 * 1024 * 1024 }
    }
}

/// Extracts the article of a page with default [`Options`]. `url` is the address the page was
/// fetched from (for resolving links and reading hints in the path); http(s) only.
pub fn extract(bytes: &[u8], url: Option<&Url>, content_type: Option<&str>) -> Result<Article, ExtractError> {
    extract_with(bytes, url, content_type, &Options::default()).map(|e| e.article)
}

/// An extraction: the article, and what the page said about its kind (for a caller that weighs
/// signals from outside the page too, with [`decide_kind`]).
#[derive(Debug, Clone)]
pub struct Extracted {
    /// The article; its `kind` is decided from the page's signals alone.
    pub article: Article,
    /// The page's kind signals.
    pub kind_signals: KindSignals,
    /// Photos of the article's authors, in the order of `article.authors` (authors without one
    /// are left out): see [`author_images`].
    pub author_images: Vec<AuthorImage>,
}

/// Recognises non-HTML payloads by their first bytes.
fn sniff_binary(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"%PDF", "a PDF document"),
        (b"\x89PNG", "a PNG image"),
        (b"GIF8", "a GIF image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"PK\x03\x04", "a ZIP archive"),
        (b"\x1F\x8B", "gzip-compressed data"),
        (b"RIFF", "a RIFF (WebP/WAV/AVI) file"),
        (b"OggS", "an Ogg file"),
        (b"ID3", "an MP3 file"),
        (b"\x7FELF", "an executable"),
        (b"\x28\xB5\x2F\xFD", "zstd-compressed data"),
        (b"BZh", "bzip2-compressed data"),
    ];
    if let Some((_, what)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Some(what);
    }
    // UTF-16 pages legitimately hold NULs; they start with a BOM.
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return None;
    }
    let head = &bytes[..bytes.len().min(1024)];
    let controls = head.iter().filter(|&&b| b == 0 || (b < 0x09) || (0x0E..0x1B).contains(&b)).count();
    if controls * 10 > head.len() { Some("binary data") } else { None }
}

fn is_not_found(title: &str) -> bool {
    let t = title.to_lowercase();
    [
        "404",
        "not found",
        "page not found",
        "no encontrada",
        "no encontrado",
        "introuvable",
        "nicht gefunden",
        "bulunamadı",
        "не найдена",
        "não encontrada",
        "non trovata",
        "غير موجودة",
    ]
    .iter()
    .any(|w| t.contains(w))
}

/// Below this many words of text (a character of Chinese or Japanese counts as one), a page
/// whose captions hold at least as many again is a gallery, and its captions are its text.
const GALLERY_TEXT_WORDS: usize = 300;

/// Extracts the article of a page, with its kind signals.
pub fn extract_with(
    bytes: &[u8],
    url: Option<&Url>,
    content_type: Option<&str>,
    options: &Options,
) -> Result<Extracted, ExtractError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ExtractError::Empty);
    }
    if let Some(what) = sniff_binary(bytes) {
        return Err(ExtractError::NotHtml(what));
    }
    let bytes = &bytes[..bytes.len().min(options.max_bytes)];
    let page_url = url.filter(|u| matches!(u.scheme(), "http" | "https")).cloned();
    let tld = page_url.as_ref().and_then(|u| u.host_str()).and_then(|h| h.rsplit('.').next()).map(str::as_bytes);
    let decoded = colonnade_text::decode_html(bytes, content_type, tld);
    let dom = parse::parse(&decoded.text);
    let meta = meta::collect(&dom);

    // URLs: <base href> for resolving, rel=canonical / og:url for identity.
    let base = match (&page_url, meta.base_href.as_deref()) {
        (Some(p), Some(b)) => p.join(b).ok().or_else(|| page_url.clone()),
        (None, Some(b)) => Url::parse(b).ok(),
        (p, None) => p.clone(),
    };
    let canonical = canonical_url(&meta, page_url.as_ref(), base.as_ref());

    let ld = reconcile::main_ld(&meta, canonical.as_ref().map(Url::as_str));
    // What the URL says of the page (its site, section, a date in its path) comes from the
    // original when the page is an archive's copy.
    let identity = canonical.as_ref().or(page_url.as_ref());
    let original = identity.and_then(colonnade_url::archived_original);
    let about = original.as_ref().or(identity);
    let host = about.and_then(|u| u.host_str());
    let site_name = reconcile::site_name(&meta, ld, host);
    let mut site_names: Vec<String> = Vec::new();
    if let Some(s) = &site_name {
        site_names.push(s.clone());
    }
    if let Some(host) = about.and_then(colonnade_url::host_without_www) {
        site_names.push(host.to_string());
        if let Some(label) = host.split('.').next() {
            site_names.push(label.to_string());
        }
    }
    let site_refs: Vec<&str> = site_names.iter().map(String::as_str).collect();
    let title = reconcile::title(&meta, ld, &site_refs);

    // The metadata names the writer: a person, not the site ("Ouest Quotidien") or its desk
    // ("Kitchen Bench Editors", "旅ノート編集部"), which leave the byline the page prints to find.
    let names_a_person = |v: &str| !authors::parse(v, site_name.as_deref()).names.is_empty();
    let meta_byline_known = ld.is_some_and(|a| a.authors.iter().any(|(n, org)| !org && names_a_person(n)))
        || meta
            .get(&["author", "dc:creator", "dcterm:creator", "parsely-author", "sailthru.author"])
            .is_some_and(names_a_person);
    let found = content::find(&dom, title.as_deref(), !meta_byline_known);
    let mut text = output::text(&found.dom, found.root);
    // A gallery tells its story in the captions: a short text beside captions holding more words
    // than it takes them in.
    // (A text of 300 words is at most a few kilobytes: a longer one is not counted.)
    if text.len() < GALLERY_TEXT_WORDS * 16
        && colonnade_text::word_count(&text) < GALLERY_TEXT_WORDS
        && output::has_captions(&found.dom, found.root)
    {
        let with_captions = output::text_with_captions(&found.dom, found.root);
        if colonnade_text::word_count(&with_captions) >= 2 * colonnade_text::word_count(&text).max(40) {
            text = with_captions;
        }
    }
    let mut html = output::html(&found.dom, found.root, base.as_ref());

    let (authors, byline, credits) =
        reconcile::authors(&meta, ld, found.byline.as_deref(), &text, site_name.as_deref(), host);
    // The byline the page prints leaves the text (the HTML, a reader's view, keeps it).
    if meta_byline_known && let Some(t) = output::without_byline_lines(&text, &authors) {
        text = t;
    }
    // So does a writer's labelled line closing it ("Pewarta: Rina Wulandari").
    if let Some(t) = output::without_closing_bylines(&text, &authors) {
        text = t;
    }
    // So does a guest post's note ("Guest post by Nadia Osei. Nadia has been …").
    if let Some((_, note)) = authors::guest_note(&text) {
        let note = note.to_string();
        text = text.split("\n\n").filter(|b| b.trim() != note).collect::<Vec<_>>().join("\n\n");
    }
    // So does the writer's bio that ends it ("Jorge Ibáñez es catedrático de …").
    if let Some(t) = output::without_author_bios(&text, &authors) {
        text = t;
    }
    let (published, modified) = reconcile::dates(&meta, ld, about, &text);
    let section = ld
        .and_then(|a| a.section.clone())
        .or_else(|| {
            meta.get(&["article:section", "og:article:section", "parsely-section", "section"]).map(str::to_string)
        })
        .or_else(|| meta.itemprop("articleSection").map(str::to_string));

    let description = ld
        .and_then(|a| a.description.clone())
        .or_else(|| {
            meta.get(&["og:description", "description", "twitter:description", "dc:description", "dcterm:description"])
                .map(str::to_string)
        })
        // Plain text: entities decoded, then markup that decoding revealed parsed away (scripts dropped).
        .map(|d| parse::parse(&htmlize::unescape(&d)).inner_text(dom::NodeId::DOCUMENT))
        .filter(|d| !d.is_empty());

    // A body the page prints only in its metadata: a paywall's teaser or a body built by a script
    // leaves the HTML's text short, while JSON-LD's `articleBody` holds the whole article. The
    // deck the page prints (its description) opens it, when the body does not.
    if let Some(body) = ld.and_then(|a| a.body.as_deref())
        && let Some((t, h)) = output::metadata_body(body, &text, title.as_deref(), description.as_deref())
    {
        text = t;
        html = h;
    }

    let image = meta
        .get(&["og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"])
        .map(str::to_string)
        .or_else(|| ld.and_then(|a| a.image.clone()))
        .or_else(|| meta.image_src.clone())
        .or_else(|| meta.itemprop("image").map(str::to_string))
        .or_else(|| {
            found
                .dom
                .descendants(found.root)
                .find(|&n| found.dom.is(n, dom::Tag::Img))
                .and_then(|img| output::image_source(&found.dom, img).map(str::to_string))
        })
        .and_then(|i| output::absolute_url(base.as_ref(), &i, false));

    let author_images = author_images::find(&dom, &meta, &authors, base.as_ref(), image.as_deref());

    // Confidence that this is one article.
    let has_article_meta = ld.is_some()
        || meta.get(&["og:type"]).is_some_and(|t| t.eq_ignore_ascii_case("article"))
        || published.is_some();
    let len = found.text_len as f32;
    let mut confidence = (len / 1500.0).min(1.0) * 0.75 + if has_article_meta { 0.2 } else { 0.0 };
    confidence *= 1.0 - found.link_density.min(1.0) * 0.8;
    if found.paragraphs >= 3 {
        confidence += 0.05;
    }
    let not_found = title.as_deref().is_some_and(is_not_found) && len < 1000.0;
    let homepage = !has_article_meta && found.link_density > 0.5;
    if not_found || homepage {
        confidence = confidence.min(0.05);
        text.clear();
        html.clear();
    }
    let confidence = (confidence.clamp(0.0, 1.0) * 100.0).round() / 100.0;

    let lang = meta
        .html_lang
        .as_deref()
        .and_then(colonnade_text::normalize_lang_tag)
        .or_else(|| {
            meta.get(&["content-language", "og:locale", "language", "dc:language", "inlanguage"])
                .and_then(colonnade_text::normalize_lang_tag)
        })
        .or_else(|| ld.and_then(|a| a.lang.as_deref()).and_then(colonnade_text::normalize_lang_tag))
        .or_else(|| {
            let sample = if text.is_empty() { title.as_deref().unwrap_or("") } else { text.as_str() };
            colonnade_text::detect_lang(sample).map(str::to_string)
        });

    let marks = kind::page_marks(&dom);
    let kind_signals = kind::page_signals(&kind::Page {
        meta: &meta,
        ld,
        section: section.as_deref(),
        url: about,
        // The byline as printed: its role ("columnist", "論説委員") is cleaned out of `byline`.
        byline: found.byline.as_deref().or(byline.as_deref()),
        title: title.as_deref(),
        text: &text,
        printed_role: marks.role,
        opinion_disclaimer: marks.opinion_disclaimer || found.opinion_disclaimer,
        sponsored_disclosure: found.sponsored,
        labels: &marks.labels,
        long_and_dated: found.text_len > 1000 && published.is_some(),
        person_credited: !authors.is_empty(),
    });
    let excerpt = colonnade_text::excerpt(&text, options.excerpt_words);
    let word_count = colonnade_text::word_count(&text);
    let kind = kind::decide(&kind_signals);

    // Every text field in Unicode's composed form (NFC), however the page spelled its letters.
    let nfc = colonnade_text::nfc;
    let article = Article {
        url: canonical.map(String::from),
        title: title.map(nfc),
        description: description.map(nfc),
        authors: authors.into_iter().map(nfc).collect(),
        byline: byline.map(|b| nfc(dom::collapse(&b))).filter(|b| !b.is_empty()),
        credits: credits.into_iter().map(nfc).collect(),
        published,
        modified,
        site_name: site_name.map(nfc),
        lang,
        image,
        section: section.map(|s| nfc(dom::collapse(&s))).filter(|s| !s.is_empty()),
        kind,
        text: nfc(text),
        html: nfc(html),
        excerpt: nfc(excerpt),
        word_count,
        confidence,
    };
    Ok(Extracted { article, kind_signals, author_images })
}

/// rel=canonical, else og:url, else the page URL; resolved, tracking parameters stripped. A
/// canonical that points at a site's home page while the page is deeper is a CMS mistake: ignored.
fn canonical_url(meta: &meta::Meta, page: Option<&Url>, base: Option<&Url>) -> Option<Url> {
    let resolve = |raw: &str| colonnade_url::canonicalize(raw, base.or(page));
    let page_is_deep = page.is_some_and(|p| p.path().len() > 1);
    let candidates = [meta.canonical.as_deref(), meta.get(&["og:url"])];
    for c in candidates.into_iter().flatten() {
        if let Some(u) = resolve(c) {
            if page_is_deep && u.path().len() <= 1 {
                continue;
            }
            return Some(u);
        }
    }
    page.and_then(|p| colonnade_url::canonicalize(p.as_str(), None))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_binary_inputs_are_errors() {
        assert_eq!(extract(b"", None, None), Err(ExtractError::Empty));
        assert_eq!(extract(b"  \n ", None, None), Err(ExtractError::Empty));
        assert_eq!(extract(b"%PDF-1.7 ...", None, None), Err(ExtractError::NotHtml("a PDF document")));
        assert_eq!(extract(&[0u8; 100], None, None), Err(ExtractError::NotHtml("binary data")));
    }

    /// The people the page prints win over metadata that names someone else, fewer people, or the
    /// site itself; a picture's author and a group of links that adds a helper do not count.
    #[test]
    fn the_printed_byline_beats_metadata_that_misnames_the_writers() {
        let body = "<p>Wer heute noch in Beschneiung unter 1.500 Metern investiert, verbrennt Steuergeld, und das seit Jahren, \
                    ohne dass die Gemeinden ihre Pläne ändern würden.</p>"
            .repeat(5);
        let url = Url::parse("https://paper.example/a/1").unwrap();
        let authors_of = |head: &str, top: &str| {
            let html = format!(
                "<html><head><meta property=\"og:site_name\" content=\"Ouest Quotidien\">{head}</head><body><article>{top}{body}</article></body></html>"
            );
            extract(html.as_bytes(), Some(&url), None).unwrap().authors
        };
        // A column's header names its writer above the headline; the metadata, another person.
        assert_eq!(
            authors_of(
                r#"<meta name="author" content="Peter Kühn">"#,
                r#"<div class="columnist"><div class="columnist__name">Ein Kommentar von <a href="/autorin/ub">Prof. Dr. Ulrike Brandstätter</a></div></div><h1>Skigebiete ohne Schnee brauchen einen Plan B</h1>"#
            ),
            ["Ulrike Brandstätter"]
        );
        // JSON-LD keeps the first of three writers, whose links the byline holds.
        assert_eq!(
            authors_of(
                r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"El tranvía de la costa abrirá en octubre","author":[{"@type":"Person","name":"Lucía Fernández de la Vega"}]}</script>"#,
                r#"<h1>El tranvía de la costa abrirá en octubre</h1><div class="story-byline"><a href="/autor/lf/">Lucía Fernández de la Vega</a>, <a href="/autor/ao/">Andrés Ortiz</a> y <a href="/autor/mg/">Marta Gil</a></div>"#
            ),
            ["Lucía Fernández de la Vega", "Andrés Ortiz", "Marta Gil"]
        );
        // The metadata's "author" is the paper: the byline printed on the page names the people.
        assert_eq!(
            authors_of(
                r#"<meta name="author" content="Ouest Quotidien">"#,
                r#"<h1>Grève au port de Saint-Nazaire</h1><div class="article__author">Par <a href="/auteurs/cl">Camille Lefèvre</a> et <a href="/auteurs/yb">Yanis Benali</a>, avec AFP</div>"#
            ),
            ["Camille Lefèvre", "Yanis Benali"]
        );
        // A helper's reporting, though linked, is no authorship.
        assert_eq!(
            authors_of(
                r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"Parking fees rise","author":[{"@type":"Person","name":"Dana Whitfield"},{"@type":"Person","name":"Marcus Obi"}]}</script>"#,
                r#"<h1>Parking fees rise</h1><p class="meta">By <a href="/author/dw">Dana Whitfield</a> and <a href="/author/mo">Marcus Obi</a>, with reporting by <a href="/author/sb">Sofia Brennan</a></p>"#
            ),
            ["Dana Whitfield", "Marcus Obi"]
        );
        // A picture's author is not the article's.
        assert!(
            authors_of(
                r#"<meta name="author" content="Ouest Quotidien">"#,
                r#"<h1>Grève au port</h1><div><img src="/a.jpg"><span class="img-author">Cortesía</span></div>"#
            )
            .is_empty()
        );
    }

    /// A JSON-LD `dateCreated` (the draft's, without `datePublished`) gives way to the date the
    /// page prints, and is taken when nothing else dates the page.
    #[test]
    fn a_drafts_creation_date_gives_way_to_the_printed_one() {
        let body = "<p>Konut kiralarındaki yüzde 25’lik artış sınırı temmuzda kalkıyor, kiracılar tedirgin, ev sahipleri bekliyor.</p>".repeat(5);
        let page = |time: &str| {
            format!(
                r#"<html><head><script type="application/ld+json">{{"@type":"OpinionNewsArticle","headline":"Kira artışında sınır kalkınca ne olacak?","dateCreated":"2026-03-09T19:44:00+03:00","dateModified":"2026-03-10T11:20:00+03:00"}}</script></head>
                <body><article><h1>Kira artışında sınır kalkınca ne olacak?</h1>{time}{body}</article></body></html>"#
            )
        };
        let published = |html: String| extract(html.as_bytes(), None, None).unwrap().published.map(|p| p.to_string());
        assert_eq!(
            published(page("<p><time>10 Mart 2026 Salı 06:00</time></p>")).as_deref(),
            Some("2026-03-10T06:00:00Z")
        );
        assert_eq!(published(page("")).as_deref(), Some("2026-03-09T19:44:00+03:00"));
    }

    #[test]
    fn not_found_page_has_no_text_and_low_confidence() {
        let url = Url::parse("https://example.com/missing").unwrap();
        let a = extract(
            b"<html><head><title>404 - Page not found</title></head><body><h1>Page not found</h1><p>Sorry, the page you asked for does not exist.</p><a href='/'>Home</a></body></html>",
            Some(&url),
            None,
        )
        .unwrap();
        assert_eq!(a.text, "");
        assert!(a.confidence < 0.1);
    }
}
