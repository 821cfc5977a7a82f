//! The columnist's photo: which image on the page shows each author.
//!
//! Three sources, most reliable first, for each name in the article's `authors`:
//!
//! 1. **JSON-LD**: the `image` of a `Person` — an article's `author` object, or a `Person` node
//!    elsewhere in the `@graph` (Yoast and most CMSs put the author there, linked by `@id`).
//! 2. **Microdata**: an `itemprop=image` inside an `itemprop=author` scope.
//! 3. **The author box**: an `<img>` inside or beside an author link (`rel=author`, `/author/…`,
//!    `/columnists/…`) or inside a byline/author block (class or id naming one), within a short
//!    stretch of text.
//!
//! An image found on the page goes to an author only when something names that author: the
//! image's `alt` or `title`, the author link's text or path (`/author/jane-doe`), or the short
//! text of the box it sits in (when only one author is named there). Never taken: the lead image
//! (`og:image`, `twitter:image`, JSON-LD `image`, `image_src`, the article's chosen image), logos,
//! SVGs, icons and tracking pixels (tiny `width`/`height`), ads and sponsor blocks, comment
//! avatars, related-article teasers, navigation. URLs are resolved against the page's base.
//!
//! [`find`] does the work; `meta` calls [`ld_person`] and [`ld_authors`] while it reads JSON-LD.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use serde_json::Value;
use url::Url;

use crate::authors::bare;
use crate::dom::{Dom, NodeId, Tag};
use crate::meta::Meta;
use crate::output::{absolute_url, image_source};

/// A photo of one of the article's authors.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AuthorImage {
    /// The author, exactly as in [`Article::authors`](crate::Article::authors).
    pub author: String,
    /// The image's absolute http(s) URL.
    pub url: String,
}

/// A person described in JSON-LD.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LdPerson {
    /// `name`.
    pub name: Option<String>,
    /// `@id`, by which an article's `author` may refer to a node elsewhere in the graph.
    pub id: Option<String>,
    /// `image` (a URL, an `ImageObject`'s `url`/`contentUrl`, or the first of an array), as written.
    pub image: Option<String>,
}

/// A JSON-LD node as a person, when it has a name, an `@id` or an image.
pub fn ld_person(v: &Value) -> Option<LdPerson> {
    let o = v.as_object()?;
    let text = |k: &str| o.get(k).and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty()).map(str::to_string);
    // An `@id` alone (`…/#/schema/person/image/`) names a node, not a file.
    let image = crate::meta::url_of(o.get("image")).filter(|u| !u.contains('#'));
    let person = LdPerson { name: text("name"), id: text("@id"), image };
    (person.name.is_some() || person.id.is_some()).then_some(person)
}

/// The `author`/`creator` objects of a JSON-LD article, as persons.
pub fn ld_authors(article: &Value, out: &mut Vec<LdPerson>) {
    let mut add = |v: &Value| {
        if out.len() < 256
            && let Some(p) = ld_person(v)
        {
            out.push(p);
        }
    };
    for key in ["author", "creator"] {
        match article.get(key) {
            Some(Value::Array(items)) => items.iter().take(32).for_each(&mut add),
            Some(v) => add(v),
            None => {}
        }
    }
}

/// Words in a class or id that mark an author box or a byline.
const AUTHOR_MARKS: &[&str] = &[
    "author",
    "byline",
    "byl",
    "contributor",
    "columnist",
    "writer",
    "autor",
    "auteur",
    "autore",
    "yazar",
    "kolumnist",
    "colunista",
    "columnista",
    "avtor",
    "signature",
    "bio",
];

/// Words in a class or id (of the image or an ancestor) that rule the image out.
const EXCLUDED_MARKS: &[&str] = &[
    "logo",
    "comment",
    "related",
    "teaser",
    "recommend",
    "more-from",
    "advert",
    "sponsor",
    "promo",
    "banner",
    "newsletter",
    "share",
    "social",
    "masthead",
    "brand",
    "post-image",
    "poster",
];

/// Words in an image URL that rule it out (logos, icons, spacers, ad servers).
const EXCLUDED_URL_WORDS: &[&str] = &[
    "logo",
    "icon",
    "sprite",
    "spacer",
    "blank.",
    "pixel",
    "placeholder",
    "1x1",
    "transparent.",
    "default-avatar",
    "avatar-default",
    "/ads/",
    "doubleclick",
    "adserver",
    "banner",
    "badge",
    // Social network buttons.
    "instagram",
    "facebook",
    "twitter",
    "linkedin",
    "youtube",
    "whatsapp",
    "pinterest",
    "tiktok",
];

/// Finds a photo for each of `authors` (in their order; authors without one are left out).
/// `lead` is the article's chosen lead image (absolute), never returned.
pub fn find(dom: &Dom, meta: &Meta, authors: &[String], base: Option<&Url>, lead: Option<&str>) -> Vec<AuthorImage> {
    if authors.is_empty() {
        return Vec::new();
    }
    let names: Vec<String> = authors.iter().map(|a| bare(a)).collect();
    let resolve = |raw: &str| absolute_url(base, raw, false);
    // The lead image in every form the page declares it, compared without query or fragment.
    let declared: Vec<String> =
        ["og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"]
            .iter()
            .flat_map(|k| meta.all(k))
            .map(str::to_string)
            .chain(meta.ld.iter().filter_map(|a| a.image.clone()))
            .chain(meta.image_src.clone())
            .filter_map(|u| resolve(&u))
            .map(|u| url_key(&u))
            .collect();
    let mut found: Vec<Option<String>> = vec![None; authors.len()];
    let mut used: Vec<String> = Vec::new();
    let mut give = |i: usize, url: String, found: &mut Vec<Option<String>>| {
        let key = url_key(&url);
        if found[i].is_none() && !used.contains(&key) {
            used.push(key);
            found[i] = Some(url);
        }
    };
    let acceptable = |url: &str| !declared.contains(&url_key(url)) && !excluded_url(url);

    // 1. JSON-LD persons, by name, or by the @id of a named author.
    for (i, name) in names.iter().enumerate() {
        let named = meta.ld_people.iter().filter(|p| p.name.as_deref().is_some_and(|n| bare(n) == *name));
        let image = named.clone().find_map(|p| p.image.as_deref()).or_else(|| {
            named.filter_map(|p| p.id.as_deref()).find_map(|id| {
                meta.ld_people.iter().filter(|p| p.id.as_deref() == Some(id)).find_map(|p| p.image.as_deref())
            })
        });
        if let Some(url) = image.and_then(resolve).filter(|u| acceptable(u)) {
            give(i, url, &mut found);
        }
    }
    if found.iter().all(Option::is_some) {
        return collect(authors, found);
    }

    // 2 and 3. Microdata and author boxes, in one walk over the images.
    let lead_key = lead.map(url_key);
    let mut it = dom.descendants(NodeId::DOCUMENT);
    while let Some(id) = it.next() {
        match dom.tag(id) {
            Some(Tag::Script | Tag::Style | Tag::Template | Tag::Noscript | Tag::Svg | Tag::Head) => {
                it.skip_children_of(id);
            }
            Some(Tag::Img | Tag::Meta | Tag::Link) => {
                if let Some((i, url)) = microdata_image(dom, id, &names).or_else(|| box_image(dom, id, &names))
                    && let Some(url) = resolve(&url)
                    && acceptable(&url)
                    && (lead_key.as_deref() != Some(url_key(&url).as_str()) || is_microdata(dom, id))
                {
                    give(i, url, &mut found);
                }
            }
            _ => {}
        }
    }
    collect(authors, found)
}

fn collect(authors: &[String], found: Vec<Option<String>>) -> Vec<AuthorImage> {
    authors.iter().zip(found).filter_map(|(a, u)| u.map(|url| AuthorImage { author: a.clone(), url })).collect()
}

/// A URL without its query and fragment, for "same image?" tests (CDNs vary the size in the query).
fn url_key(url: &str) -> String {
    url.split(['?', '#']).next().unwrap_or(url).to_ascii_lowercase()
}

/// File names (without extension) of generic placeholders rather than someone's photo.
const PLACEHOLDER_NAMES: &[&str] =
    &["author", "avatar", "user", "default", "profile", "person", "anonymous", "nophoto", "noimage", "missing"];

fn excluded_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let path = lower.split(['?', '#']).next().unwrap_or(&lower);
    let file = path.rsplit('/').next().unwrap_or("");
    let stem: String = file.split('.').next().unwrap_or("").chars().filter(char::is_ascii_alphanumeric).collect();
    path.ends_with(".svg")
        || path.ends_with(".ico")
        || file.is_empty()
        || PLACEHOLDER_NAMES.contains(&stem.as_str())
        // Base64 of a GIF or PNG where a lazy loader put inline data in `src` without `data:`.
        || url.contains("R0lGOD")
        || url.contains("iVBORw0KGgo")
        || EXCLUDED_URL_WORDS.iter().any(|w| lower.contains(w))
}

fn has_token(value: &str, word: &str) -> bool {
    value.split_whitespace().any(|t| t.eq_ignore_ascii_case(word))
}

/// Whether a class or id value contains one of `marks` (ASCII case ignored).
/// Whether a class or id value contains an [`AUTHOR_MARKS`] word (ASCII case ignored).
fn author_marked(value: &str) -> bool {
    static MARKS: LazyLock<Option<AhoCorasick>> =
        LazyLock::new(|| AhoCorasick::builder().ascii_case_insensitive(true).build(AUTHOR_MARKS).ok());
    MARKS.as_ref().is_some_and(|m| m.is_match(value))
}

/// Whether a class or id value rules an image out: an excluded mark ("commentary", an opinion
/// section's usual name, is not "comment"), or an ad slot. One automaton for every mark, run for
/// each image's ancestors, so no lowercase copies.
fn excluded_mark(value: &str) -> bool {
    static MARKS: LazyLock<Option<AhoCorasick>> =
        LazyLock::new(|| AhoCorasick::builder().ascii_case_insensitive(true).build(EXCLUDED_MARKS).ok());
    let Some(marks) = MARKS.as_ref() else { return false };
    let comment = EXCLUDED_MARKS.iter().position(|m| *m == "comment");
    marks.find_overlapping_iter(value).any(|m| {
        Some(m.pattern().as_usize()) != comment
            || !value.as_bytes()[m.end()..].get(..2).is_some_and(|r| r.eq_ignore_ascii_case(b"ar"))
    }) || is_ad_token(value)
}

/// `ad`, `ads`, `ad-…`, `dfp…`, `gpt-…` as a token.
fn is_ad_token(value: &str) -> bool {
    let starts = |t: &str, p: &str| t.len() >= p.len() && t.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes());
    value.split(|c: char| c.is_whitespace() || c == '_').any(|t| {
        t.eq_ignore_ascii_case("ad")
            || t.eq_ignore_ascii_case("ads")
            || starts(t, "ad-")
            || starts(t, "ads-")
            || starts(t, "dfp")
            || starts(t, "gpt-")
    })
}

fn class_and_id(dom: &Dom, id: NodeId) -> impl Iterator<Item = &str> {
    [dom.attr(id, "class"), dom.attr(id, "id")].into_iter().flatten()
}

fn is_author_link(dom: &Dom, a: NodeId) -> bool {
    dom.is(a, Tag::A)
        && (dom.attr(a, "rel").is_some_and(|r| has_token(r, "author"))
            || dom.attr(a, "itemprop").is_some_and(|p| has_token(p, "author"))
            || dom.attr(a, "href").is_some_and(crate::meta::is_author_href))
}

fn itemprop_has(dom: &Dom, id: NodeId, prop: &str) -> bool {
    dom.attr(id, "itemprop").is_some_and(|p| has_token(p, prop))
}

fn is_microdata(dom: &Dom, id: NodeId) -> bool {
    itemprop_has(dom, id, "image") && microdata_scope(dom, id).is_some()
}

/// The `itemprop=author` element whose scope an `itemprop=image` belongs to: the nearest
/// `itemscope` ancestor must be the author (an image in an author's organisation is its logo).
fn microdata_scope(dom: &Dom, id: NodeId) -> Option<NodeId> {
    let scope = dom.ancestors(id).take(12).find(|&a| dom.attr(a, "itemscope").is_some())?;
    (itemprop_has(dom, scope, "author") || itemprop_has(dom, scope, "creator")).then_some(scope)
}

/// An `itemprop=image` (img, meta or link) inside an `itemprop=author` scope, with the author it
/// names.
fn microdata_image(dom: &Dom, id: NodeId, names: &[String]) -> Option<(usize, String)> {
    if !itemprop_has(dom, id, "image") {
        return None;
    }
    let scope = microdata_scope(dom, id)?;
    let url = match dom.tag(id) {
        Some(Tag::Img) => best_source(dom, id)?,
        _ => dom.attr(id, "content").or_else(|| dom.attr(id, "href"))?.trim().to_string(),
    };
    let name = dom
        .descendants(scope)
        .find(|&d| itemprop_has(dom, d, "name"))
        .map(|n| dom.attr(n, "content").map(str::to_string).unwrap_or_else(|| dom.inner_text(n)))
        .unwrap_or_else(|| dom.inner_text(scope));
    let i = only_match(names, &name).or_else(|| (names.len() == 1).then_some(0))?;
    Some((i, url))
}

/// The text around an image that may name its author: at most this many characters.
const BOX_TEXT: usize = 400;

/// An `<img>` in an author box or byline, with the author something there names.
fn box_image(dom: &Dom, img: NodeId, names: &[String]) -> Option<(usize, String)> {
    if !dom.is(img, Tag::Img) || too_small(dom, img) {
        return None;
    }
    if class_and_id(dom, img).any(excluded_mark) {
        return None;
    }
    // Another microdata item's image (an organisation's logo inside the author's affiliation).
    if itemprop_has(dom, img, "image") && microdata_scope(dom, img).is_none() {
        return None;
    }
    if dom.ancestors(img).any(|a| dom.is(a, Tag::Nav)) {
        return None;
    }
    let mut context = false;
    let mut link: Option<NodeId> = None;
    for (depth, a) in dom.ancestors(img).take(8).enumerate() {
        if matches!(dom.tag(a), Some(Tag::Body | Tag::Html)) {
            break;
        }
        if class_and_id(dom, a).any(excluded_mark) {
            return None;
        }
        // A photo links to its author's page, or nowhere: an image linking to an article is a
        // teaser (often with the same author's byline beside it), one linking elsewhere an ad.
        if dom.is(a, Tag::A) {
            let to_author = is_author_link(dom, a) || dom.attr(a, "href").and_then(|h| slug_match(names, h)).is_some();
            if !to_author {
                return None;
            }
            if link.is_none() && depth < 3 {
                link = Some(a);
                context = true;
            }
        }
        if depth < 5 && (class_and_id(dom, a).any(author_marked) || itemprop_has(dom, a, "author")) {
            context = true;
        }
    }
    // The box: the largest ancestor within four levels whose text stays short.
    let mut boxed: Option<(NodeId, String)> = None;
    for a in dom.ancestors(img).take(4) {
        if matches!(dom.tag(a), Some(Tag::Body | Tag::Html | Tag::Main | Tag::Article)) {
            break;
        }
        // Most ancestors of most images hold far more text than a box: tell without collapsing it.
        if raw_text_exceeds(dom, a, BOX_TEXT * 8) {
            break;
        }
        let text = dom.inner_text(a);
        if text.chars().count() > BOX_TEXT {
            break;
        }
        boxed = Some((a, text));
    }
    let box_links: Vec<NodeId> = boxed
        .as_ref()
        .map(|(b, _)| dom.descendants(*b).filter(|&d| is_author_link(dom, d)).take(8).collect())
        .unwrap_or_default();
    if !context && box_links.is_empty() {
        return None;
    }
    // Evidence naming one author: the image's own words, its link, the box's author links, the
    // box's text.
    let own = [dom.attr(img, "alt"), dom.attr(img, "title")].into_iter().flatten().find_map(|t| only_match(names, t));
    let by_link = |a: NodeId| {
        only_match(names, &dom.inner_text(a)).or_else(|| dom.attr(a, "href").and_then(|h| slug_match(names, h)))
    };
    let i = own
        .or_else(|| link.and_then(by_link))
        .or_else(|| {
            let hits: Vec<usize> = box_links.iter().filter_map(|&a| by_link(a)).collect();
            hits.first().copied().filter(|&f| hits.iter().all(|&h| h == f))
        })
        .or_else(|| boxed.as_ref().and_then(|(_, t)| only_match(names, t)))?;
    Some((i, best_source(dom, img)?))
}

/// Whether the text under `id`, white space included, is longer than `max` bytes (stops counting
/// there).
fn raw_text_exceeds(dom: &Dom, id: NodeId, max: usize) -> bool {
    let mut total = 0;
    dom.descendants(id).filter_map(|d| dom.text(d)).any(|t| {
        total += t.len();
        total > max
    })
}

/// Whether the `width`/`height` attributes say icon or tracking pixel.
fn too_small(dom: &Dom, img: NodeId) -> bool {
    ["width", "height"].iter().any(|k| {
        dom.attr(img, k)
            .and_then(|v| v.trim().trim_end_matches("px").trim().parse::<f32>().ok())
            .is_some_and(|n| n < 32.0)
    })
}

/// The index of the one author whose name `text` contains.
fn only_match(names: &[String], text: &str) -> Option<usize> {
    let t = bare(text);
    let mut hits = names.iter().enumerate().filter(|(_, n)| n.chars().count() >= 2 && t.contains(n.as_str()));
    let (i, _) = hits.next()?;
    hits.next().is_none().then_some(i)
}

/// The author named by the last non-empty path segment of an author link (`/author/jane-doe/`).
fn slug_match(names: &[String], href: &str) -> Option<usize> {
    let path = href.split(['?', '#']).next().unwrap_or("");
    let slug = path.split('/').rfind(|s| !s.is_empty())?;
    let s = bare(slug);
    let mut hits = names.iter().enumerate().filter(|(_, n)| n.chars().count() >= 2 && s == **n);
    let (i, _) = hits.next()?;
    hits.next().is_none().then_some(i)
}

/// The image's real source, preferring the largest `srcset` candidate (a face is shown at up to
/// 192 px, and the small `src` of an avatar is often 48).
fn best_source(dom: &Dom, img: NodeId) -> Option<String> {
    let srcset = dom.attr(img, "data-srcset").or_else(|| dom.attr(img, "srcset"));
    let best = srcset.and_then(|s| {
        s.split(',')
            .filter_map(|c| {
                let mut parts = c.split_whitespace();
                let url = parts.next()?;
                let size = parts.next().map_or(1.0, |d| d[..d.len().saturating_sub(1)].parse::<f32>().unwrap_or(1.0));
                (!url.starts_with("data:")).then_some((url, size))
            })
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(u, _)| u.to_string())
    });
    best.or_else(|| image_source(dom, img).map(str::to_string))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn images(html: &str, url: &str) -> Vec<(String, String)> {
        let url = Url::parse(url).unwrap();
        let e = crate::extract_with(html.as_bytes(), Some(&url), None, &crate::Options::default()).unwrap();
        e.author_images.into_iter().map(|a| (a.author, a.url)).collect()
    }

    fn pair(a: &str, u: &str) -> (String, String) {
        (a.to_string(), u.to_string())
    }

    const BODY: &str = "<p>Cities that plant trees, as many have found, are cooler in summer and calmer all year. \
        The shade cuts the heat on pavements, and the roots hold water after storms.</p>\
        <p>Yet planting is the easy part. Trees need care for a decade, and budgets rarely last that long; \
        the councils that succeed write the care into the contract.</p>";

    #[test]
    fn json_ld_author_image_as_string_object_and_graph_person() {
        let html = format!(
            r#"<html><head><meta property="og:image" content="https://news.example/lead.jpg">
            <script type="application/ld+json">{{"@context":"https://schema.org","@graph":[
              {{"@type":"OpinionNewsArticle","headline":"Trees","image":"https://news.example/lead.jpg",
                "author":[{{"@type":"Person","name":"Jane Doe","image":"/people/jane.jpg"}},
                          {{"@type":"Person","name":"John Roe","@id":"https://news.example/#john"}},
                          {{"@type":"Person","name":"Ann Lee","image":{{"@type":"ImageObject","url":"https://cdn.example/ann.png"}}}}]}},
              {{"@type":"Person","@id":"https://news.example/#john","name":"John Roe",
                "image":[{{"@type":"ImageObject","contentUrl":"https://cdn.example/john-400.jpg"}}]}}]}}</script>
            </head><body><article><h1>Trees</h1>{BODY}</article></body></html>"#
        );
        assert_eq!(
            images(&html, "https://news.example/opinion/trees"),
            [
                pair("Jane Doe", "https://news.example/people/jane.jpg"),
                pair("John Roe", "https://cdn.example/john-400.jpg"),
                pair("Ann Lee", "https://cdn.example/ann.png"),
            ]
        );
    }

    #[test]
    fn json_ld_author_image_that_is_the_lead_image_or_a_logo_is_not_taken() {
        let html = format!(
            r#"<html><head><meta property="og:image" content="https://news.example/lead.jpg?w=1200">
            <script type="application/ld+json">{{"@type":"NewsArticle","headline":"Trees",
              "author":[{{"@type":"Person","name":"Jane Doe","image":"https://news.example/lead.jpg"}},
                        {{"@type":"Person","name":"John Roe","image":"https://news.example/logo.svg"}}]}}</script>
            </head><body><article><h1>Trees</h1>{BODY}</article></body></html>"#
        );
        assert_eq!(images(&html, "https://news.example/opinion/trees"), []);
    }

    #[test]
    fn microdata_author_scope_image() {
        let html = format!(
            r#"<html><body><article itemscope itemtype="https://schema.org/OpinionNewsArticle">
            <h1 itemprop="headline">Trees</h1>
            <div itemprop="author" itemscope itemtype="https://schema.org/Person">
              <img itemprop="image" src="/img/kemal.jpg" width="120" height="120" alt="">
              <span itemprop="name">Kemal Aydın</span>
              <div itemprop="affiliation" itemscope itemtype="https://schema.org/Organization">
                <img itemprop="image" src="/img/paper-mark.png"><span itemprop="name">Gazete</span></div>
            </div>
            <div itemprop="articleBody">{BODY}</div></article></body></html>"#
        );
        assert_eq!(
            images(&html, "https://gazete.example/yazarlar/kemal/agaclar"),
            [pair("Kemal Aydın", "https://gazete.example/img/kemal.jpg")]
        );
    }

    #[test]
    fn author_box_with_rel_author_link_around_the_photo() {
        let html = format!(
            r#"<html><head><meta name="author" content="Jane Doe"><meta property="og:image" content="/lead.jpg"></head>
            <body><header><a href="/"><img src="/static/site.png" alt="The Daily Example"></a></header>
            <article><h1>Trees</h1>
            <div class="meta"><a rel="author" href="/author/jane-doe/"><img src="/media/jane-doe-96.jpg" width="48" height="48"></a>
              <span>By <a rel="author" href="/author/jane-doe/">Jane Doe</a></span></div>
            <figure><img src="/lead.jpg" alt="A tree-lined street"></figure>{BODY}</article></body></html>"#
        );
        assert_eq!(
            images(&html, "https://daily.example/opinion/trees"),
            [pair("Jane Doe", "https://daily.example/media/jane-doe-96.jpg")]
        );
    }

    #[test]
    fn byline_with_photo_beside_the_names_of_two_authors() {
        let html = format!(
            r#"<html><head><meta property="og:image" content="https://cdn.example/lead.jpg"></head><body><article>
            <h1>Trees and budgets</h1>
            <div class="article-byline">
              <img src="https://cdn.example/p/ana.jpg" alt="Ana Souza" width="64" height="64">
              <img data-src="https://cdn.example/p/rui-small.jpg" srcset="https://cdn.example/p/rui-96.jpg 96w, https://cdn.example/p/rui-192.jpg 192w" alt="Foto de Rui Costa">
              Por Ana Souza e Rui Costa
            </div>{BODY}
            <section class="comments"><div class="comment-author"><img src="https://secure.gravatar.example/x.jpg" alt="Ana Souza"></div>
              <p>Great piece</p></section>
            </article></body></html>"#
        );
        assert_eq!(
            images(&html, "https://jornal.example/opiniao/arvores"),
            [
                pair("Ana Souza", "https://cdn.example/p/ana.jpg"),
                pair("Rui Costa", "https://cdn.example/p/rui-192.jpg")
            ]
        );
    }

    #[test]
    fn author_bio_box_at_the_end_names_the_author_in_its_text() {
        let html = format!(
            r#"<html><head><meta name="author" content="Sabine Krüger"></head><body><article>
            <h1>Bäume</h1>{BODY}
            <aside class="autor-box"><img src="portraits/krueger.jpg" alt=""><p><strong>Sabine Krüger</strong> schreibt jeden Montag über Städte.</p></aside>
            </article></body></html>"#
        );
        assert_eq!(
            images(&html, "https://zeitung.example/meinung/baeume.html"),
            [pair("Sabine Krüger", "https://zeitung.example/meinung/portraits/krueger.jpg")]
        );
    }

    #[test]
    fn lead_image_logo_icons_pixels_and_ads_are_never_taken() {
        let html = format!(
            r#"<html><head><meta name="author" content="Jane Doe"></head><body>
            <header class="site-header"><img class="logo" src="/logo.png" alt="Jane Doe's Daily"></header>
            <article><h1>Trees</h1>
            <div class="byline">By <a rel="author" href="/author/jane-doe">Jane Doe</a>
              <img src="/icons/twitter.png" width="16" height="16" alt="Jane Doe on Twitter">
              <img src="https://track.example/p.gif?u=1" width="1" height="1" alt="Jane Doe"></div>
            <figure><img src="/photos/street.jpg" alt="Jane Doe's street"></figure>{BODY}
            <div class="ad-slot"><a href="/author/jane-doe"><img src="/creative/summer-sale.jpg" alt="Jane Doe"></a></div>
            <nav><a rel="author" href="/author/jane-doe"><img src="/nav/jane.jpg" alt="Jane Doe"></a></nav>
            </article></body></html>"#
        );
        assert_eq!(images(&html, "https://daily.example/opinion/trees"), []);
    }

    #[test]
    fn an_image_that_names_no_author_is_not_taken() {
        // An author box whose image and text name someone else (a guest's photo beside the byline).
        let html = format!(
            r#"<html><head><meta name="author" content="Jane Doe"></head><body><article><h1>Trees</h1>
            <div class="author-info"><img src="/p/guest.jpg" alt="Guest: Mark Twain"><p>With Mark Twain.</p></div>
            {BODY}</article></body></html>"#
        );
        assert_eq!(images(&html, "https://daily.example/opinion/trees"), []);
    }

    #[test]
    fn teaser_images_of_the_same_authors_other_articles_are_not_taken() {
        // Related-article cards carry the author's byline beside an image linking to the article.
        let html = format!(
            r#"<html><head><meta name="author" content="Jane Doe"></head><body><article><h1>Trees</h1>{BODY}</article>
            <ul class="more"><li class="item"><a href="/2024/05/parks"><img src="/uploads/parks-400x250.jpg" width="400" height="250"></a>
              <div class="byline">By <a href="/author/jane-doe">Jane Doe</a></div></li></ul>
            <div class="sidebar-box author"><a href="https://shop.example/book"><img src="/uploads/book-by-jane-doe.jpg" alt="Jane Doe's new book"></a></div>
            <div class="author-card"><img src="/img/author.png" alt="Jane Doe"></div>
            </body></html>"#
        );
        assert_eq!(images(&html, "https://daily.example/opinion/trees"), []);
    }

    #[test]
    fn an_opinion_section_called_commentary_is_not_a_comment_thread() {
        let html = format!(
            r#"<html><head><meta name="author" content="Jane Doe"><meta property="og:image" content="/lead.jpg"></head>
            <body><div id="commentary-main">
            <article class="commentary"><h1>Trees</h1><div class="byline"><img src="/p/jane.jpg" alt="Jane Doe"> By Jane Doe</div>
            {BODY}</article></div></body></html>"#
        );
        assert_eq!(
            images(&html, "https://daily.example/commentary/trees"),
            [pair("Jane Doe", "https://daily.example/p/jane.jpg")]
        );
    }

    #[test]
    fn no_authors_no_images() {
        let html = format!(
            r#"<html><head><meta property="og:image" content="/lead.jpg"></head><body><img class="logo" src="/logo.png">
            <article><h1>Trees</h1><img src="/lead.jpg">{BODY}</article></body></html>"#
        );
        assert_eq!(images(&html, "https://daily.example/opinion/trees"), []);
    }
}
