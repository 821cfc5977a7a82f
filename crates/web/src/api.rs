//! The JSON API under `/api/`, described by `openapi.json` (served at `/api/openapi.json`).
//! Listings go through the response cache like the pages; single articles come from the column
//! cache with live counts. Errors are JSON `{"error": …, "status": …}`.

use std::sync::Arc;

use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, get};
use colonnade_model::Timestamp;
use colonnade_store::{ArticleCard, ArticleFilter, ColumnistRow, Counts, Kind, PublicationRow};
use serde::Serialize;

use crate::cache::{Place, Rendered};
use crate::error::{ApiError, WebError};
use crate::params::KindFilter;
use crate::request::Req;
use crate::search::{SearchParams, run_search};
use crate::state::Inner;
use crate::views;

/// The OpenAPI 3.1 description.
pub(crate) const OPENAPI: &str = include_str!("../openapi.json");

const JSON: &str = "application/json";

/// Every API route: the path template and its handler. The router and the OpenAPI coverage
/// test both read this list.
pub(crate) fn api_routes() -> Vec<(&'static str, MethodRouter<Arc<Inner>>)> {
    vec![
        ("/api/articles", get(articles)),
        ("/api/articles/{id}", get(article)),
        ("/api/columnists", get(columnists)),
        ("/api/columnists/{id}", get(columnist)),
        ("/api/publications", get(publications)),
        ("/api/publications/{id}", get(publication)),
        ("/api/search", get(search)),
        ("/api/stories", get(crate::stories::api_stories)),
        ("/api/stories/{id}", get(crate::stories::api_story)),
        ("/api/openapi.json", get(openapi)),
    ]
}

/// The API routes.
pub(crate) fn routes() -> Router<Arc<Inner>> {
    api_routes().into_iter().fold(Router::new(), |router, (path, handler)| router.route(path, handler))
}

/// A page of items.
#[derive(Serialize)]
struct PageJson<T> {
    page: usize,
    page_size: usize,
    total: u64,
    pages: usize,
    items: Vec<T>,
}

/// A publication, as referenced from an article or columnist.
#[derive(Serialize)]
struct PublicationRef {
    id: i64,
    name: String,
    url: String,
}

/// A columnist, as referenced from an article.
#[derive(Serialize)]
struct ColumnistRef {
    id: i64,
    name: String,
    url: String,
}

/// An article.
#[derive(Serialize)]
struct ArticleJson {
    id: i64,
    /// Our page.
    url: String,
    /// The publication's page.
    original_url: String,
    title: String,
    description: Option<String>,
    excerpt: String,
    published: Option<Timestamp>,
    first_seen: Timestamp,
    updated: Timestamp,
    lang: Option<String>,
    kind: Kind,
    word_count: u64,
    country: Option<String>,
    publication: PublicationRef,
    columnist: Option<ColumnistRef>,
    authors: Vec<String>,
    /// Organisations the byline credits (agencies, desks), e.g. "dpa", "Associated Press".
    #[serde(skip_serializing_if = "Vec::is_empty")]
    credits: Vec<String>,
    views: u64,
    likes: u64,
}

impl ArticleJson {
    fn new(card: &ArticleCard, base: &str, excerpt: String, counts: Counts) -> ArticleJson {
        ArticleJson {
            id: card.id,
            url: format!("{base}{}", views::column_path(card)),
            original_url: card.url.clone(),
            title: views::title_of(card).to_owned(),
            description: card.description.clone(),
            excerpt,
            published: card.published,
            first_seen: card.first_seen_at,
            updated: card.updated_at,
            lang: card.lang.clone(),
            kind: card.kind,
            word_count: card.word_count,
            country: card.country.clone(),
            publication: PublicationRef {
                id: card.publication_id,
                name: card.publication_name.clone(),
                url: format!("{base}{}", views::publication_path(card.publication_id, &card.publication_name)),
            },
            columnist: card.columnist_id.map(|id| {
                let name = views::byline(card);
                ColumnistRef { id, url: format!("{base}{}", views::columnist_path(id, &name)), name }
            }),
            authors: card.authors.clone(),
            credits: card.credits.clone(),
            views: counts.views,
            likes: counts.likes,
        }
    }

    fn from_card(card: &ArticleCard, base: &str) -> ArticleJson {
        ArticleJson::new(card, base, card.excerpt.clone(), card.counts)
    }
}

/// A columnist.
#[derive(Serialize)]
struct ColumnistJson {
    id: i64,
    name: String,
    url: String,
    publication: PublicationRef,
    page_url: Option<String>,
    articles: u64,
    columns: u64,
    latest: Option<Timestamp>,
}

impl ColumnistJson {
    fn new(row: &ColumnistRow, base: &str) -> ColumnistJson {
        ColumnistJson {
            id: row.id,
            name: row.name.clone(),
            url: format!("{base}{}", views::columnist_path(row.id, &row.name)),
            publication: PublicationRef {
                id: row.publication_id,
                name: row.publication_name.clone(),
                url: format!("{base}{}", views::publication_path(row.publication_id, &row.publication_name)),
            },
            page_url: row.page_url.clone(),
            articles: row.articles,
            columns: row.columns,
            latest: row.latest,
        }
    }
}

/// A publication.
#[derive(Serialize)]
struct PublicationJson {
    id: i64,
    name: String,
    url: String,
    homepage: String,
    country: Option<String>,
    language: Option<String>,
    articles: u64,
}

impl PublicationJson {
    fn new(row: &PublicationRow, base: &str) -> PublicationJson {
        PublicationJson {
            id: row.id,
            name: row.record.name.clone(),
            url: format!("{base}{}", views::publication_path(row.id, &row.record.name)),
            homepage: row.record.homepage.clone(),
            country: row.record.country.clone(),
            language: row.record.language.clone(),
            articles: row.articles,
        }
    }
}

fn json<T: Serialize>(value: &T) -> Result<Rendered, WebError> {
    let body = serde_json::to_vec(value).map_err(|e| WebError::Internal(format!("JSON: {e}")))?;
    Ok(Rendered::with_type(JSON, body))
}

/// Runs a cached API listing; errors as JSON.
async fn cached_json(
    inner: &Arc<Inner>,
    key: String,
    load: impl Fn() -> Result<Rendered, WebError> + Send + Sync + 'static,
) -> Result<Response, ApiError> {
    cached_json_on(inner, key, Place::Blocking, load).await
}

/// [`cached_json`], with `load` run on the threads of `place`.
async fn cached_json_on(
    inner: &Arc<Inner>,
    key: String,
    place: Place,
    load: impl Fn() -> Result<Rendered, WebError> + Send + Sync + 'static,
) -> Result<Response, ApiError> {
    let rendered = inner.responses.get_on(key, inner.options.cache_ttl, Arc::new(load), place).await?;
    if let Rendered::NotFound(what) = *rendered {
        return Err(ApiError(WebError::NotFound(what)));
    }
    Ok(rendered.as_ref().into_response())
}

fn id_of(raw: &str, what: &'static str) -> Result<i64, ApiError> {
    raw.parse::<i64>().ok().filter(|&id| id > 0).ok_or(ApiError(WebError::NotFound(what)))
}

/// `GET /api/articles?kind=&country=&lang=&publication=&columnist=&page=`.
async fn articles(State(inner): State<Arc<Inner>>, req: Req) -> Result<Response, ApiError> {
    let p = req.params();
    let page = p.page()?;
    let filter = ArticleFilter {
        kind: p.kind(KindFilter::Only(Kind::Opinion))?.kind(),
        publication_id: p.id("publication")?,
        columnist_id: p.id("columnist")?,
        country: p.country()?,
        language: p.lang()?,
    };
    let key = format!("{}/api/articles?{filter:?}&page={page}", req.base);
    let this = inner.clone();
    let base = req.base;
    cached_json_on(&inner, key, Place::Search, move || {
        let size = this.options.page_size;
        let total = this.store.count_cards(&filter)?;
        let pages = views::pages(total, size);
        if page > pages {
            return Err(WebError::NotFound("page"));
        }
        let items = this
            .store
            .cards(&filter, (page - 1) * size, size)?
            .iter()
            .map(|c| ArticleJson::from_card(c, &base))
            .collect();
        json(&PageJson { page, page_size: size, total, pages, items })
    })
    .await
}

/// `GET /api/articles/{id}`: with the page's excerpt and live counts.
async fn article(State(inner): State<Arc<Inner>>, Path(id): Path<String>, req: Req) -> Result<Response, ApiError> {
    let id = id_of(&id, "article")?;
    let entry = inner.column(id).await?;
    let counts = inner.counts(&entry);
    let body = ArticleJson::new(&entry.card, &req.base, entry.excerpt.clone(), counts);
    Ok((&json(&body)?).into_response())
}

/// `GET /api/columnists`.
async fn columnists(State(inner): State<Arc<Inner>>, req: Req) -> Result<Response, ApiError> {
    let p = req.params();
    let publication = p.id("publication")?;
    let key = format!("{}/api/columnists?publication={publication:?}", req.base);
    let this = inner.clone();
    let base = req.base;
    cached_json(&inner, key, move || {
        let rows = this.store.columnists(publication)?;
        let items: Vec<ColumnistJson> = rows.iter().map(|r| ColumnistJson::new(r, &base)).collect();
        json(&serde_json::json!({ "total": items.len(), "items": items }))
    })
    .await
}

/// `GET /api/columnists/{id}`: the columnist and their latest articles.
async fn columnist(State(inner): State<Arc<Inner>>, Path(id): Path<String>, req: Req) -> Result<Response, ApiError> {
    let id = id_of(&id, "columnist")?;
    let key = format!("{}/api/columnists/{id}", req.base);
    let this = inner.clone();
    let base = req.base;
    cached_json(&inner, key, move || {
        let row = this.store.columnist(id)?.ok_or(WebError::NotFound("columnist"))?;
        let latest: Vec<ArticleJson> = this
            .store
            .cards(&views::columnist_filter(&row), 0, this.options.page_size)?
            .iter()
            .map(|c| ArticleJson::from_card(c, &base))
            .collect();
        json(&serde_json::json!({ "columnist": ColumnistJson::new(&row, &base), "latest": latest }))
    })
    .await
}

/// `GET /api/publications`.
async fn publications(State(inner): State<Arc<Inner>>, req: Req) -> Result<Response, ApiError> {
    let key = format!("{}/api/publications", req.base);
    let this = inner.clone();
    let base = req.base;
    cached_json(&inner, key, move || {
        let items: Vec<PublicationJson> =
            this.store.publications()?.iter().map(|p| PublicationJson::new(p, &base)).collect();
        json(&serde_json::json!({ "total": items.len(), "items": items }))
    })
    .await
}

/// `GET /api/publications/{id}`: the publication, its columnists and latest columns.
async fn publication(State(inner): State<Arc<Inner>>, Path(id): Path<String>, req: Req) -> Result<Response, ApiError> {
    let id = id_of(&id, "publication")?;
    let key = format!("{}/api/publications/{id}", req.base);
    let this = inner.clone();
    let base = req.base;
    cached_json(&inner, key, move || {
        let row = this.store.publication(id)?.ok_or(WebError::NotFound("publication"))?;
        let columnists: Vec<ColumnistJson> =
            this.store.columnists(Some(id))?.iter().map(|r| ColumnistJson::new(r, &base)).collect();
        let filter = ArticleFilter { publication_id: Some(id), kind: Some(Kind::Opinion), ..ArticleFilter::default() };
        let latest: Vec<ArticleJson> = this
            .store
            .cards(&filter, 0, this.options.page_size)?
            .iter()
            .map(|c| ArticleJson::from_card(c, &base))
            .collect();
        json(&serde_json::json!({
            "publication": PublicationJson::new(&row, &base),
            "columnists": columnists,
            "latest": latest,
        }))
    })
    .await
}

/// One search hit.
#[derive(Serialize)]
struct HitJson {
    score: f32,
    title_html: String,
    snippet_html: String,
    article: ArticleJson,
}

/// `GET /api/search?q=…` with the filters of `/search`.
async fn search(State(inner): State<Arc<Inner>>, req: Req) -> Result<Response, ApiError> {
    let sp = SearchParams::parse(&req.params())?;
    let key = format!("{}/api/search{}", req.base, sp.query(sp.page));
    let this = inner.clone();
    let base = req.base;
    cached_json(&inner, key, move || {
        let size = this.options.page_size;
        let offset = (sp.page - 1) * size;
        if offset > colonnade_search::MAX_OFFSET {
            return Err(WebError::NotFound("page"));
        }
        let (total, hits) = run_search(&this, &sp.to_query(offset, size, sp.q.is_empty()))?;
        let pages = views::pages(total as u64, size);
        if sp.page > pages {
            return Err(WebError::NotFound("page"));
        }
        let items: Vec<HitJson> = hits
            .into_iter()
            .map(|(hit, card)| HitJson {
                score: hit.score,
                title_html: hit.title_html,
                snippet_html: hit.snippet_html,
                article: ArticleJson::from_card(&card, &base),
            })
            .collect();
        json(&PageJson { page: sp.page, page_size: size, total: total as u64, pages, items })
    })
    .await
}

/// `GET /api/openapi.json`.
async fn openapi() -> Response {
    let mut response = OPENAPI.into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(JSON));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_api_route_is_documented_and_every_documented_path_is_a_route() {
        let spec: serde_json::Value = serde_json::from_str(OPENAPI).unwrap();
        assert_eq!(spec["openapi"].as_str().unwrap().get(..3), Some("3.1"));
        let documented: std::collections::BTreeSet<String> =
            spec["paths"].as_object().unwrap().keys().cloned().collect();
        let routes: std::collections::BTreeSet<String> = api_routes().into_iter().map(|(p, _)| p.to_owned()).collect();
        assert_eq!(documented, routes);
    }
}
