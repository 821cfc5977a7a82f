//! Feeds out (Atom and JSON Feed: latest, per columnist, per publication, per search, the
//! stories and each story), `sitemap.xml` and `robots.txt`. All go through the response cache.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::response::Response;
use colonnade_feed::out::{
    OutFeed, OutItem, SitemapUrl, write_atom, write_json_feed, write_sitemap, write_sitemap_index,
};
use colonnade_store::{ArticleCard, ArticleFilter, Kind};

use crate::cache::{Place, Rendered};
use crate::error::WebError;
use crate::request::Req;
use crate::search::{SearchParams, run_search};
use crate::slug::split_ref;
use crate::state::Inner;
use crate::views;

/// Entries per feed.
const FEED_ITEMS: usize = 30;

/// Cards read per store call while writing a sitemap (bounds memory).
const SITEMAP_BATCH: usize = 2_000;

/// Atom or JSON Feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Atom,
    Json,
}

impl Format {
    fn ext(self) -> &'static str {
        match self {
            Format::Atom => "atom",
            Format::Json => "json",
        }
    }
}

/// What a feed is about.
struct FeedMeta {
    title: String,
    subtitle: Option<String>,
    /// Path of the page the feed belongs to.
    home_path: String,
    /// Path of the feed without the extension (`/columnists/1-x/feed`).
    feed_path: String,
    /// Query string after the extension (a search's), or empty.
    feed_query: String,
    language: Option<String>,
}

/// Writes a feed of `cards`.
fn write_feed(base: &str, meta: &FeedMeta, cards: &[ArticleCard], format: Format) -> Rendered {
    struct Owned {
        url: String,
        title: String,
        summary: String,
        author_url: Option<String>,
    }
    let owned: Vec<Owned> = cards
        .iter()
        .map(|c| {
            let summary = c.description.as_deref().filter(|d| !d.trim().is_empty()).unwrap_or(&c.excerpt);
            Owned {
                url: format!("{base}{}", views::column_path(c)),
                title: views::title_of(c).to_owned(),
                summary: summary.to_owned(),
                author_url: c.columnist_id.map(|id| format!("{base}{}", views::columnist_path(id, &views::byline(c)))),
            }
        })
        .collect();
    let items: Vec<OutItem<'_>> = cards
        .iter()
        .zip(&owned)
        .map(|(c, o)| OutItem {
            id: &o.url,
            url: &o.url,
            external_url: Some(&c.url),
            title: &o.title,
            summary: &o.summary,
            authors: &c.authors,
            author_url: o.author_url.as_deref(),
            publication: Some(&c.publication_name),
            published: Some(c.sort_time()),
            updated: Some(c.updated_at),
            language: c.lang.as_deref(),
            ..OutItem::default()
        })
        .collect();
    let updated = cards
        .iter()
        .map(|c| c.updated_at.instant.max(c.sort_time().instant))
        .max()
        .unwrap_or_else(jiff::Timestamp::now);
    finish(base, meta, &items, updated, format)
}

/// Writes a feed of ready items.
fn finish(base: &str, meta: &FeedMeta, items: &[OutItem<'_>], updated: jiff::Timestamp, format: Format) -> Rendered {
    let atom_url = format!("{base}{}.atom{}", meta.feed_path, meta.feed_query);
    let feed_url = format!("{base}{}.{}{}", meta.feed_path, format.ext(), meta.feed_query);
    let home = format!("{base}{}", meta.home_path);
    let feed = OutFeed {
        id: &atom_url,
        title: &meta.title,
        subtitle: meta.subtitle.as_deref(),
        home_page_url: &home,
        feed_url: &feed_url,
        language: meta.language.as_deref(),
        updated,
        icon: None,
        items,
    };
    match format {
        Format::Atom => Rendered::with_type("application/atom+xml; charset=utf-8", write_atom(&feed)),
        Format::Json => Rendered::with_type("application/feed+json; charset=utf-8", write_json_feed(&feed)),
    }
}

// ---- latest -------------------------------------------------------------------------------

/// `GET /feed.atom`.
pub(crate) async fn latest_atom(State(inner): State<Arc<Inner>>, req: Req) -> Result<Response, WebError> {
    latest(inner, req, Format::Atom).await
}

/// `GET /feed.json`.
pub(crate) async fn latest_json(State(inner): State<Arc<Inner>>, req: Req) -> Result<Response, WebError> {
    latest(inner, req, Format::Json).await
}

async fn latest(inner: Arc<Inner>, req: Req, format: Format) -> Result<Response, WebError> {
    let key = format!("{}/feed.{}", req.base, format.ext());
    let this = inner.clone();
    let base = req.base;
    let load = move || {
        let filter = ArticleFilter { kind: Some(Kind::Opinion), ..ArticleFilter::default() };
        let cards = this.store.cards(&filter, 0, FEED_ITEMS)?;
        let meta = FeedMeta {
            title: format!("{}: latest columns", this.options.site_name),
            subtitle: Some("The latest opinion columns, with attributed excerpts and links to the originals.".into()),
            home_path: "/".into(),
            feed_path: "/feed".into(),
            feed_query: String::new(),
            language: None,
        };
        Ok(write_feed(&base, &meta, &cards, format))
    };
    inner.cached(key, Arc::new(load)).await
}

// ---- columnists and publications ----------------------------------------------------------

/// `GET /columnists/{id}-{slug}/feed.atom`.
pub(crate) async fn columnist_atom(
    State(inner): State<Arc<Inner>>,
    Path(reference): Path<String>,
    req: Req,
) -> Result<Response, WebError> {
    columnist(inner, &reference, req, Format::Atom).await
}

/// `GET /columnists/{id}-{slug}/feed.json`.
pub(crate) async fn columnist_json(
    State(inner): State<Arc<Inner>>,
    Path(reference): Path<String>,
    req: Req,
) -> Result<Response, WebError> {
    columnist(inner, &reference, req, Format::Json).await
}

async fn columnist(inner: Arc<Inner>, reference: &str, req: Req, format: Format) -> Result<Response, WebError> {
    let (id, _) = split_ref(reference).ok_or(WebError::NotFound("columnist"))?;
    let key = format!("{}/columnists/{id}/feed.{}", req.base, format.ext());
    let this = inner.clone();
    let base = req.base;
    let load = move || {
        let row = this.store.columnist(id)?.ok_or(WebError::NotFound("columnist"))?;
        let cards = this.store.cards(&views::columnist_filter(&row), 0, FEED_ITEMS)?;
        let path = views::columnist_path(row.id, &row.name);
        let meta = FeedMeta {
            title: format!("{} ({}) · {}", row.name, row.publication_name, this.options.site_name),
            subtitle: Some(format!("Columns by {}, newest first.", row.name)),
            feed_path: format!("{path}/feed"),
            feed_query: String::new(),
            home_path: path,
            language: None,
        };
        Ok(write_feed(&base, &meta, &cards, format))
    };
    inner.cached(key, Arc::new(load)).await
}

/// `GET /publications/{id}-{slug}/feed.atom`.
pub(crate) async fn publication_atom(
    State(inner): State<Arc<Inner>>,
    Path(reference): Path<String>,
    req: Req,
) -> Result<Response, WebError> {
    publication(inner, &reference, req, Format::Atom).await
}

/// `GET /publications/{id}-{slug}/feed.json`.
pub(crate) async fn publication_json(
    State(inner): State<Arc<Inner>>,
    Path(reference): Path<String>,
    req: Req,
) -> Result<Response, WebError> {
    publication(inner, &reference, req, Format::Json).await
}

async fn publication(inner: Arc<Inner>, reference: &str, req: Req, format: Format) -> Result<Response, WebError> {
    let (id, _) = split_ref(reference).ok_or(WebError::NotFound("publication"))?;
    let key = format!("{}/publications/{id}/feed.{}", req.base, format.ext());
    let this = inner.clone();
    let base = req.base;
    let load = move || {
        let row = this.store.publication(id)?.ok_or(WebError::NotFound("publication"))?;
        let filter = ArticleFilter { publication_id: Some(id), kind: Some(Kind::Opinion), ..ArticleFilter::default() };
        let cards = this.store.cards(&filter, 0, FEED_ITEMS)?;
        let path = views::publication_path(row.id, &row.record.name);
        let meta = FeedMeta {
            title: format!("{} · {}", row.record.name, this.options.site_name),
            subtitle: Some(format!("The latest columns from {}.", row.record.name)),
            feed_path: format!("{path}/feed"),
            feed_query: String::new(),
            home_path: path,
            language: row.record.language.clone(),
        };
        Ok(write_feed(&base, &meta, &cards, format))
    };
    inner.cached(key, Arc::new(load)).await
}

// ---- search -------------------------------------------------------------------------------

/// `GET /search/feed.atom?q=…`.
pub(crate) async fn search_atom(State(inner): State<Arc<Inner>>, req: Req) -> Result<Response, WebError> {
    search(inner, req, Format::Atom).await
}

/// `GET /search/feed.json?q=…`.
pub(crate) async fn search_json(State(inner): State<Arc<Inner>>, req: Req) -> Result<Response, WebError> {
    search(inner, req, Format::Json).await
}

async fn search(inner: Arc<Inner>, req: Req, format: Format) -> Result<Response, WebError> {
    let sp = SearchParams { page: 1, ..SearchParams::parse(&req.params())? };
    let query = sp.query(1);
    let key = format!("{}/search/feed.{}{query}", req.base, format.ext());
    let this = inner.clone();
    let base = req.base;
    let load = move || {
        let cards = if sp.is_search() {
            run_search(&this, &sp.to_query(0, FEED_ITEMS, true))?.1.into_iter().map(|(_, card)| card).collect()
        } else {
            Vec::new()
        };
        let what = if sp.q.is_empty() { "this search".to_owned() } else { format!("“{}”", sp.q) };
        let meta = FeedMeta {
            title: format!("{}: {what}", this.options.site_name),
            subtitle: Some(format!("The newest columns matching {what}.")),
            home_path: format!("/search{query}"),
            feed_path: "/search/feed".into(),
            feed_query: query.clone(),
            language: None,
        };
        Ok(write_feed(&base, &meta, &cards, format))
    };
    inner.cached_on(key, Arc::new(load), Place::Search).await
}

// ---- stories (issue 11) -------------------------------------------------------------------

/// `GET /stories/feed.atom`.
pub(crate) async fn stories_atom(State(inner): State<Arc<Inner>>, req: Req) -> Result<Response, WebError> {
    stories(inner, req, Format::Atom).await
}

/// `GET /stories/feed.json`.
pub(crate) async fn stories_json(State(inner): State<Arc<Inner>>, req: Req) -> Result<Response, WebError> {
    stories(inner, req, Format::Json).await
}

/// The stories `/stories` lists, one entry each: the story's page, its headline, how many
/// articles, publications and countries it has, and when its newest article appeared.
async fn stories(inner: Arc<Inner>, req: Req, format: Format) -> Result<Response, WebError> {
    let key = format!("{}/stories/feed.{}", req.base, format.ext());
    let this = inner.clone();
    let base = req.base;
    let load = move || {
        let list = crate::stories::recent_stories(&this, &base)?;
        let summaries: Vec<String> = list.iter().map(crate::stories::StoryItem::counts).collect();
        let items: Vec<OutItem<'_>> = list
            .iter()
            .zip(&summaries)
            .map(|(s, summary)| OutItem {
                id: &s.url,
                url: &s.url,
                title: &s.title,
                summary,
                publication: Some(&this.options.site_name),
                updated: Some(s.latest),
                ..OutItem::default()
            })
            .collect();
        let meta = FeedMeta {
            title: format!("{}: stories", this.options.site_name),
            subtitle: Some("The events of the last days covered by the most publications and countries.".into()),
            home_path: "/stories".into(),
            feed_path: "/stories/feed".into(),
            feed_query: String::new(),
            language: None,
        };
        let updated = list.iter().map(|s| s.latest.instant).max().unwrap_or_else(jiff::Timestamp::now);
        Ok(finish(&base, &meta, &items, updated, format))
    };
    inner.cached(key, Arc::new(load)).await
}

/// `GET /stories/{id}-{slug}/feed.atom`.
pub(crate) async fn story_atom(
    State(inner): State<Arc<Inner>>,
    Path(reference): Path<String>,
    req: Req,
) -> Result<Response, WebError> {
    story(inner, &reference, req, Format::Atom).await
}

/// `GET /stories/{id}-{slug}/feed.json`.
pub(crate) async fn story_json(
    State(inner): State<Arc<Inner>>,
    Path(reference): Path<String>,
    req: Req,
) -> Result<Response, WebError> {
    story(inner, &reference, req, Format::Json).await
}

/// One story's articles (copies left out), newest first: every column and report on the event.
async fn story(inner: Arc<Inner>, reference: &str, req: Req, format: Format) -> Result<Response, WebError> {
    let (id, _) = split_ref(reference).ok_or(WebError::NotFound("story"))?;
    let key = format!("{}/stories/{id}/feed.{}", req.base, format.ext());
    let this = inner.clone();
    let base = req.base;
    let load = move || {
        let row = this.store.story(id)?.ok_or(WebError::NotFound("story"))?;
        let mut cards = this.store.story_cards(id)?;
        if cards.is_empty() {
            return Err(WebError::NotFound("story"));
        }
        cards.reverse();
        cards.truncate(FEED_ITEMS);
        let title = row.title.as_deref().filter(|t| !t.trim().is_empty()).unwrap_or("Untitled");
        let path = crate::stories::story_path(id, Some(title));
        let meta = FeedMeta {
            title: format!("{title} · {}", this.options.site_name),
            subtitle: Some(format!(
                "Every article on this story, newest first: {}.",
                crate::stories::StoryItem::new(&row, &base).counts()
            )),
            feed_path: format!("{path}/feed"),
            feed_query: String::new(),
            home_path: path,
            language: None,
        };
        Ok(write_feed(&base, &meta, &cards, format))
    };
    inner.cached(key, Arc::new(load)).await
}

// ---- sitemap and robots -------------------------------------------------------------------

/// `GET /sitemap.xml`: one `<urlset>` when everything fits in one file, else a sitemap index of
/// `/sitemaps/pages.xml` and `/sitemaps/columns-N.xml`.
pub(crate) async fn sitemap(State(inner): State<Arc<Inner>>, req: Req) -> Result<Response, WebError> {
    let key = format!("{}/sitemap.xml", req.base);
    let this = inner.clone();
    let base = req.base;
    let load = move || {
        let total = usize::try_from(this.store.count_cards(&ArticleFilter::default())?).unwrap_or(usize::MAX);
        let pages = page_urls(&this, &base)?;
        let per = this.options.sitemap_urls_per_file;
        if total + pages.len() <= per {
            let mut urls = pages;
            urls.extend(column_urls(&this, &base, 0, total)?);
            return Ok(sitemap_xml(&urls, false));
        }
        let now = jiff::Timestamp::now();
        let mut files = vec![(format!("{base}/sitemaps/pages.xml"), Some(now))];
        for n in 1..=total.div_ceil(per) {
            files.push((format!("{base}/sitemaps/columns-{n}.xml"), None));
        }
        Ok(sitemap_xml(&files, true))
    };
    inner.cached_slow(key, Arc::new(load)).await
}

/// `GET /sitemaps/{file}`: a child of the sitemap index.
pub(crate) async fn sitemap_part(
    State(inner): State<Arc<Inner>>,
    Path(file): Path<String>,
    req: Req,
) -> Result<Response, WebError> {
    let part = if file == "pages.xml" {
        0
    } else {
        file.strip_prefix("columns-")
            .and_then(|f| f.strip_suffix(".xml"))
            .filter(|n| n.len() <= 9 && !n.starts_with('0'))
            .and_then(|n| n.parse::<usize>().ok())
            .ok_or(WebError::NotFound("sitemap"))?
    };
    let key = format!("{}/sitemaps/{file}", req.base);
    let this = inner.clone();
    let base = req.base;
    let load = move || {
        if part == 0 {
            return Ok(sitemap_xml(&page_urls(&this, &base)?, false));
        }
        let total = usize::try_from(this.store.count_cards(&ArticleFilter::default())?).unwrap_or(usize::MAX);
        let per = this.options.sitemap_urls_per_file;
        let start = (part - 1) * per;
        if start >= total {
            return Err(WebError::NotFound("sitemap"));
        }
        Ok(sitemap_xml(&column_urls(&this, &base, start, per.min(total - start))?, false))
    };
    inner.cached_slow(key, Arc::new(load)).await
}

type UrlEntry = (String, Option<jiff::Timestamp>);

fn sitemap_xml(entries: &[UrlEntry], index: bool) -> Rendered {
    let urls: Vec<SitemapUrl<'_>> =
        entries.iter().map(|(loc, lastmod)| SitemapUrl { loc, lastmod: *lastmod }).collect();
    let xml = if index { write_sitemap_index(&urls) } else { write_sitemap(&urls) };
    Rendered::with_type("application/xml; charset=utf-8", xml)
}

/// The home page, directories, columnists and publications.
fn page_urls(inner: &Inner, base: &str) -> Result<Vec<UrlEntry>, WebError> {
    let mut urls: Vec<UrlEntry> =
        ["/", "/columnists", "/publications"].iter().map(|p| (format!("{base}{p}"), None)).collect();
    for row in inner.store.columnists(None)? {
        urls.push((format!("{base}{}", views::columnist_path(row.id, &row.name)), row.latest.map(|t| t.instant)));
    }
    for row in inner.store.publications()? {
        urls.push((format!("{base}{}", views::publication_path(row.id, &row.record.name)), None));
    }
    Ok(urls)
}

/// Column URLs `start..start + count`, newest first, read in batches.
fn column_urls(inner: &Inner, base: &str, start: usize, count: usize) -> Result<Vec<UrlEntry>, WebError> {
    let mut urls = Vec::with_capacity(count.min(50_000));
    let filter = ArticleFilter::default();
    let mut offset = start;
    while urls.len() < count {
        let want = SITEMAP_BATCH.min(count - urls.len());
        let cards = inner.store.cards(&filter, offset, want)?;
        if cards.is_empty() {
            break;
        }
        offset += cards.len();
        urls.extend(cards.iter().map(|c| (format!("{base}{}", views::column_path(c)), Some(c.updated_at.instant))));
    }
    Ok(urls)
}

/// `GET /robots.txt`: everything allowed but the API and search results; where the sitemap is.
pub(crate) async fn robots(State(inner): State<Arc<Inner>>, req: Req) -> Result<Response, WebError> {
    let key = format!("{}/robots.txt", req.base);
    let base = req.base;
    let load = move || {
        Ok(Rendered::with_type(
            "text/plain; charset=utf-8",
            format!("User-agent: *\nAllow: /\nDisallow: /api/\nDisallow: /search?\n\nSitemap: {base}/sitemap.xml\n"),
        ))
    };
    inner.cached_slow(key, Arc::new(load)).await
}
