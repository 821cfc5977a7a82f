//! Stories on the site (issue 11): `/stories` (the biggest recent stories), `/stories/{id}-{slug}`
//! (one event through many outlets: a summary, the columns grouped by country and language, the
//! news reports, who covered it and who did not), and their JSON under `/api/stories`. Pages go
//! through the response cache like every listing and are dropped when the store changes.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use colonnade_store::{ArticleCard, CopyRow, Id, Kind, StoryRow};
use serde::Serialize;

use crate::cache::Rendered;
use crate::error::{ApiError, WebError};
use crate::request::Req;
use crate::slug::{path_ref, slugify, split_ref};
use crate::state::Inner;
use crate::views::{self, CardView, Layout, Picture};

/// How far back `/stories` looks.
const RECENT_DAYS: i64 = 7;
/// Stories listed on `/stories`.
const LISTED: usize = 50;
/// Sentences in a story's summary.
const SUMMARY_SENTENCES: usize = 2;
/// Thumbnails on a story's page loaded at once (the first row of cards); the rest are lazy.
const EAGER_THUMBNAILS: usize = 2;

/// `/stories/{id}-{slug}`.
pub(crate) fn story_path(id: Id, title: Option<&str>) -> String {
    format!("/stories/{}", path_ref(id, &slugify(title.unwrap_or("story"))))
}

/// One story in a list.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct StoryItem {
    pub id: Id,
    #[serde(skip)]
    pub href: String,
    pub url: String,
    pub title: String,
    pub articles: u64,
    pub publications: u64,
    pub countries: u64,
    pub languages: u64,
    pub latest: colonnade_model::Timestamp,
}

impl StoryItem {
    pub(crate) fn new(row: &StoryRow, base: &str) -> StoryItem {
        let href = story_path(row.id, row.title.as_deref());
        StoryItem {
            id: row.id,
            url: format!("{base}{href}"),
            href,
            title: row.title.clone().filter(|t| !t.trim().is_empty()).unwrap_or_else(|| "Untitled".into()),
            articles: row.articles,
            publications: row.publications,
            countries: row.countries,
            languages: row.languages,
            latest: row.latest,
        }
    }

    /// "4 articles · 3 publications · 2 countries".
    pub(crate) fn counts(&self) -> String {
        let n = |n: u64, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        format!(
            "{} · {} · {}",
            n(self.articles, "article", "articles"),
            n(self.publications, "publication", "publications"),
            n(self.countries, "country", "countries")
        )
    }
}

/// The stories `/stories`, its feeds and `/api/stories` list.
pub(crate) fn recent_stories(inner: &Inner, base: &str) -> Result<Vec<StoryItem>, WebError> {
    Ok(inner.store.stories(recent_since(), 2, LISTED)?.iter().map(|r| StoryItem::new(r, base)).collect())
}

/// `/stories`.
#[derive(Template)]
#[template(path = "stories.html")]
pub(crate) struct StoriesPage {
    pub l: Layout,
    pub stories: Vec<StoryItem>,
}

/// Columns of one country and language.
pub(crate) struct PerspectiveGroup {
    pub label: String,
    pub cards: Vec<CardView>,
}

/// A country and how many of the story's articles (copies included) its publications printed.
pub(crate) struct Coverage {
    pub country: String,
    pub articles: usize,
}

/// One article on a story's timeline.
pub(crate) struct TimelineEntry {
    pub iso: String,
    pub exact: String,
    pub href: String,
    pub title: String,
    pub lang: Option<String>,
    pub kind: &'static str,
    pub publication_name: String,
    pub country: String,
    /// Publications that printed it too (syndicated copies), with their dates.
    pub also: String,
}

/// `/stories/{id}-{slug}`.
#[derive(Template)]
#[template(path = "story.html")]
pub(crate) struct StoryPage {
    pub l: Layout,
    pub title: String,
    pub summary: String,
    /// The story's articles in publication order.
    pub timeline: Vec<TimelineEntry>,
    /// Its first and last article's times: (datetime, "12 March 2024").
    pub first: (String, String),
    pub last: (String, String),
    pub publications: u64,
    pub countries: u64,
    pub perspectives: Vec<PerspectiveGroup>,
    pub news: Vec<CardView>,
    pub covered_by: Vec<Coverage>,
    pub missing_countries: Vec<String>,
    pub missing_publications: Vec<String>,
}

/// Everything a story's page and JSON show, read in one go (blocking).
struct StoryData {
    row: StoryRow,
    cards: Vec<ArticleCard>,
    copies: Vec<(Id, Vec<CopyRow>)>,
    covered_by: BTreeMap<String, usize>,
    missing_countries: Vec<String>,
    missing_publications: Vec<String>,
    summary: String,
}

fn load_story(inner: &Inner, id: Id) -> Result<StoryData, WebError> {
    let row = inner.store.story(id)?.ok_or(WebError::NotFound("story"))?;
    let cards = inner.store.story_cards(id)?;
    if cards.is_empty() {
        return Err(WebError::NotFound("story"));
    }
    let mut copies = Vec::with_capacity(cards.len());
    for c in &cards {
        copies.push((c.id, inner.store.article_copies(c.id)?));
    }
    let publications = inner.store.publications()?;
    let mut covered: BTreeSet<Id> = BTreeSet::new();
    let mut covered_by: BTreeMap<String, usize> = BTreeMap::new();
    let country_of = |c: &Option<String>| c.as_deref().map_or_else(|| "—".to_owned(), str::to_uppercase);
    for c in &cards {
        covered.insert(c.publication_id);
        *covered_by.entry(country_of(&c.country)).or_default() += 1;
    }
    for (_, list) in &copies {
        for c in list {
            covered.insert(c.publication_id);
            *covered_by.entry(country_of(&c.country)).or_default() += 1;
        }
    }
    let mut missing_publications = Vec::new();
    let mut all_countries = BTreeSet::new();
    for p in &publications {
        if let Some(country) = &p.record.country {
            all_countries.insert(country.to_uppercase());
        }
        if !covered.contains(&p.id) {
            missing_publications.push(p.record.name.clone());
        }
    }
    missing_publications.sort();
    let missing_countries = all_countries.into_iter().filter(|c| !covered_by.contains_key(c)).collect();
    // Extractive: the first sentences of the earliest news report, else of the earliest article.
    let summary = cards
        .iter()
        .find(|c| c.kind == Kind::News)
        .or(cards.first())
        .map(|lead| sentences(lead.description.as_deref().filter(|d| !d.trim().is_empty()).unwrap_or(&lead.excerpt)))
        .unwrap_or_default();
    Ok(StoryData { row, cards, copies, covered_by, missing_countries, missing_publications, summary })
}

/// The first [`SUMMARY_SENTENCES`] sentences of `text` (all of it when it has fewer).
fn sentences(text: &str) -> String {
    let mut ends = 0;
    for (i, ch) in text.char_indices() {
        if matches!(ch, '.' | '!' | '?' | '。') {
            let next = text[i + ch.len_utf8()..].chars().next();
            if next.is_none_or(char::is_whitespace) {
                ends += 1;
                if ends == SUMMARY_SENTENCES {
                    return text[..i + ch.len_utf8()].trim().to_owned();
                }
            }
        }
    }
    text.trim().to_owned()
}

fn recent_since() -> i64 {
    jiff::Timestamp::now().as_microsecond().saturating_sub(RECENT_DAYS * 86_400 * 1_000_000)
}

/// `GET /stories`.
pub(crate) async fn stories(State(inner): State<Arc<Inner>>, req: Req) -> Result<Response, WebError> {
    let key = format!("{}/stories", req.base);
    let this = inner.clone();
    let base = req.base;
    inner.cached(key, Arc::new(move || render_stories(&this, &base))).await
}

fn render_stories(inner: &Inner, base: &str) -> Result<Rendered, WebError> {
    let list = recent_stories(inner, base)?;
    let canonical = format!("{base}/stories");
    let mut l = Layout::new(
        &inner.options.site_name,
        "Stories",
        "The events of the last days covered by the most publications and countries.".into(),
        canonical.clone(),
    );
    l.nav = "stories";
    l.feeds = views::FeedLink::pair(base, "/stories/feed", "Stories");
    let items: Vec<serde_json::Value> =
        list.iter().enumerate().map(|(i, s)| views::list_item(base, i + 1, &s.href, &s.title)).collect();
    l.json_ld = views::json_ld(&serde_json::json!({
        "@context": "https://schema.org",
        "@type": "CollectionPage",
        "name": "Stories",
        "url": canonical,
        "mainEntity": { "@type": "ItemList", "itemListElement": items },
    }));
    Ok(Rendered::html(StoriesPage { l, stories: list }.render()?))
}

/// `GET /stories/{id}-{slug}`.
pub(crate) async fn story(
    State(inner): State<Arc<Inner>>,
    Path(reference): Path<String>,
    req: Req,
) -> Result<Response, WebError> {
    let (id, slug) = split_ref(&reference).ok_or(WebError::NotFound("story"))?;
    let key = format!("{}/stories/{reference}", req.base);
    let slug = slug.to_owned();
    let this = inner.clone();
    let base = req.base;
    inner.cached(key, Arc::new(move || render_story(&this, &base, id, &slug))).await
}

fn render_story(inner: &Inner, base: &str, id: Id, slug: &str) -> Result<Rendered, WebError> {
    let d = load_story(inner, id)?;
    let title = d.row.title.clone().filter(|t| !t.trim().is_empty()).unwrap_or_else(|| "Untitled".into());
    let path = story_path(id, Some(&title));
    if slug != slugify(&title) {
        return Ok(Rendered::Redirect(path));
    }
    let now = jiff::Timestamp::now();
    let mut groups: BTreeMap<(String, String), Vec<&ArticleCard>> = BTreeMap::new();
    let mut news = Vec::new();
    for c in &d.cards {
        if c.kind == Kind::Opinion {
            let country = c.country.as_deref().map_or_else(|| "—".to_owned(), str::to_uppercase);
            let lang = c.lang.as_deref().and_then(|l| l.split('-').next()).unwrap_or("—").to_lowercase();
            groups.entry((country, lang)).or_default().push(c);
        } else {
            news.push(c);
        }
    }
    let mut timeline: Vec<(colonnade_model::Timestamp, TimelineEntry)> = d
        .cards
        .iter()
        .zip(&d.copies)
        .map(|(c, (_, copies))| {
            let t = c.sort_time();
            let entry = TimelineEntry {
                iso: t.to_string(),
                exact: crate::time::exact(&t),
                href: views::column_path(c),
                title: views::title_of(c).to_owned(),
                lang: c.lang.as_deref().and_then(|l| l.split('-').next()).map(str::to_lowercase),
                kind: views::kind_label(c.kind),
                publication_name: c.publication_name.clone(),
                country: c.country.as_deref().map_or_else(|| "—".to_owned(), str::to_uppercase),
                also: copies
                    .iter()
                    .map(|cp| format!("{} ({})", cp.publication_name, crate::time::date(&cp.published)))
                    .collect::<Vec<_>>()
                    .join(", "),
            };
            (t, entry)
        })
        .collect();
    timeline.sort_by_key(|(t, _)| t.instant);
    let span =
        |t: Option<&colonnade_model::Timestamp>| t.map(|t| (t.to_string(), crate::time::date(t))).unwrap_or_default();
    let first = span(timeline.first().map(|(t, _)| t));
    let last = span(timeline.last().map(|(t, _)| t));
    let timeline = timeline.into_iter().map(|(_, e)| e).collect();
    // The preview shows the lead image of the first article shown that has one.
    let lead = groups.values().flatten().chain(&news).find(|c| !c.lead_image.is_empty()).copied();
    // Cards in the order shown; the first thumbnails may be in view at once, the rest load lazily.
    let mut eager = EAGER_THUMBNAILS;
    let mut view = |c: &ArticleCard| {
        let mut v = CardView::new(c, now, 30);
        v.lead = Picture::thumbnail(&c.lead_image);
        if v.lead.is_some() && eager > 0 {
            v.lead_lazy = false;
            eager -= 1;
        }
        v
    };
    let perspectives: Vec<PerspectiveGroup> = groups
        .into_iter()
        .map(|((country, lang), cards)| PerspectiveGroup {
            label: format!("{country} · {lang}"),
            cards: cards.into_iter().map(&mut view).collect(),
        })
        .collect();
    let news: Vec<CardView> = news.into_iter().map(&mut view).collect();
    let canonical = format!("{base}{path}");
    let mut l = Layout::new(&inner.options.site_name, &title, d.summary.clone(), canonical.clone());
    l.nav = "stories";
    l.feeds = views::FeedLink::pair(base, &format!("{path}/feed"), &title);
    l.preview(base, lead.map_or(&[][..], |c| c.lead_image.as_slice()), &[]);
    l.json_ld = views::json_ld(&serde_json::json!({
        "@context": "https://schema.org",
        "@type": "CollectionPage",
        "name": title,
        "description": d.summary,
        "url": canonical,
    }));
    let page = StoryPage {
        l,
        title,
        summary: d.summary,
        timeline,
        first,
        last,
        publications: d.row.publications,
        countries: d.row.countries,
        perspectives,
        news,
        covered_by: d.covered_by.into_iter().map(|(country, articles)| Coverage { country, articles }).collect(),
        missing_countries: d.missing_countries,
        missing_publications: d.missing_publications,
    };
    Ok(Rendered::html(page.render()?))
}

// ---- JSON ---------------------------------------------------------------------------------

/// An article of a story, as the API gives it.
#[derive(Serialize)]
struct StoryArticleJson {
    id: Id,
    url: String,
    original_url: String,
    title: String,
    kind: Kind,
    lang: Option<String>,
    country: Option<String>,
    publication: String,
    columnist: String,
    published: colonnade_model::Timestamp,
    excerpt: String,
    also_published_in: Vec<CopyJson>,
}

/// A syndicated copy.
#[derive(Serialize)]
pub(crate) struct CopyJson {
    pub url: String,
    pub publication: String,
    pub country: Option<String>,
    pub published: colonnade_model::Timestamp,
}

impl CopyJson {
    pub(crate) fn new(c: &CopyRow) -> CopyJson {
        CopyJson {
            url: c.url.clone(),
            publication: c.publication_name.clone(),
            country: c.country.clone(),
            published: c.published,
        }
    }
}

fn json<T: Serialize>(value: &T) -> Result<Rendered, WebError> {
    let body = serde_json::to_vec(value).map_err(|e| WebError::Internal(format!("JSON: {e}")))?;
    Ok(Rendered::with_type("application/json", body))
}

async fn cached_json(
    inner: &Arc<Inner>,
    key: String,
    load: impl Fn() -> Result<Rendered, WebError> + Send + Sync + 'static,
) -> Result<Response, ApiError> {
    let rendered = inner.responses.get(key, inner.options.cache_ttl, Arc::new(load)).await?;
    if let Rendered::NotFound(what) = *rendered {
        return Err(ApiError(WebError::NotFound(what)));
    }
    Ok(axum::response::IntoResponse::into_response(rendered.as_ref()))
}

/// `GET /api/stories`: the biggest stories of the last days.
pub(crate) async fn api_stories(State(inner): State<Arc<Inner>>, req: Req) -> Result<Response, ApiError> {
    let key = format!("{}/api/stories", req.base);
    let this = inner.clone();
    let base = req.base;
    cached_json(&inner, key, move || {
        let items = recent_stories(&this, &base)?;
        json(&serde_json::json!({ "total": items.len(), "items": items }))
    })
    .await
}

/// `GET /api/stories/{id}`: one story with its articles and their copies.
pub(crate) async fn api_story(
    State(inner): State<Arc<Inner>>,
    Path(id): Path<String>,
    req: Req,
) -> Result<Response, ApiError> {
    let id = id.parse::<Id>().ok().filter(|&id| id > 0).ok_or(ApiError(WebError::NotFound("story")))?;
    let key = format!("{}/api/stories/{id}", req.base);
    let this = inner.clone();
    let base = req.base;
    cached_json(&inner, key, move || {
        let d = load_story(&this, id)?;
        let articles: Vec<StoryArticleJson> = d
            .cards
            .iter()
            .zip(&d.copies)
            .map(|(c, (_, copies))| StoryArticleJson {
                id: c.id,
                url: format!("{base}{}", views::column_path(c)),
                original_url: c.url.clone(),
                title: views::title_of(c).to_owned(),
                kind: c.kind,
                lang: c.lang.clone(),
                country: c.country.clone(),
                publication: c.publication_name.clone(),
                columnist: views::byline(c),
                published: c.sort_time(),
                excerpt: c.excerpt.clone(),
                also_published_in: copies.iter().map(CopyJson::new).collect(),
            })
            .collect();
        json(&serde_json::json!({
            "story": StoryItem::new(&d.row, &base),
            "summary": d.summary,
            "articles": articles,
            "covered_by": d.covered_by,
            "missing_countries": d.missing_countries,
            "missing_publications": d.missing_publications,
        }))
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summaries_are_the_first_two_sentences() {
        assert_eq!(sentences("One. Two! Three?"), "One. Two!");
        assert_eq!(sentences("Only one, 3.5 long"), "Only one, 3.5 long");
        assert_eq!(sentences("  "), "");
    }
}
