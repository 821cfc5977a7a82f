//! HTML pages, the like endpoint, `/healthz` and `/metrics`.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use std::time::{Duration, Instant};

use askama::Template;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use colonnade_search::MAX_OFFSET;
use colonnade_store::{ArticleFilter, ColumnistRow, Kind};
use governor::clock::Clock;

use crate::cache::{MARKERS, PageTemplate, Rendered, moved};
use crate::error::{ApiError, WebError};
use crate::params::{Period, query_string};
use crate::request::Req;
use crate::search::{SearchParams, run_search};
use crate::slug;
use crate::slug::{path_ref, slugify, split_ref};
use crate::state::{ColumnEntry, Inner, blocking};
use crate::views::{
    self, Avatar, CardView, ColumnPage, ColumnistPage, ColumnistsPage, FeedLink, Layout, LetterGroup, ListingPage,
    Pager, PersonView, Picture, PublicationPage, PublicationView, PublicationsPage, ResultView, SearchPage,
    SelectOption,
};

/// Words of the short excerpt on cards.
const CARD_EXCERPT_WORDS: usize = 30;

// ---- home and news ------------------------------------------------------------------------

/// `GET /`: the latest columns and the most read.
pub(crate) async fn home(State(inner): State<Arc<Inner>>, req: Req) -> Result<Response, WebError> {
    listing(inner, req, Kind::Opinion).await
}

/// `GET /news`: the same for news.
pub(crate) async fn news(State(inner): State<Arc<Inner>>, req: Req) -> Result<Response, WebError> {
    listing(inner, req, Kind::News).await
}

/// The parameters of a listing.
#[derive(Debug, Clone)]
struct ListingQuery {
    kind: Kind,
    page: usize,
    period: Period,
    country: Option<String>,
    lang: Option<String>,
}

impl ListingQuery {
    fn path(&self) -> &'static str {
        if self.kind == Kind::News { "/news" } else { "/" }
    }

    /// The query string of page `page` (with `period` overriding), normalised.
    fn query(&self, page: usize, period: Period) -> String {
        let page = (page > 1).then(|| page.to_string());
        query_string(&[
            ("country", self.country.as_deref()),
            ("lang", self.lang.as_deref()),
            ("period", (period == Period::Week).then_some("week")),
            ("page", page.as_deref()),
        ])
    }
}

async fn listing(inner: Arc<Inner>, req: Req, kind: Kind) -> Result<Response, WebError> {
    let p = req.params();
    let q = ListingQuery { kind, page: p.page()?, period: p.period()?, country: p.country()?, lang: p.lang()? };
    let key = format!("{}{}{}", req.base, q.path(), q.query(q.page, q.period));
    let this = inner.clone();
    let base = req.base;
    inner.cached(key, Arc::new(move || render_listing(&this, &base, &q))).await
}

/// Display names of common languages, for the filter.
fn language_name(code: &str) -> Option<&'static str> {
    Some(match code {
        "ar" => "Arabic",
        "bn" => "Bengali",
        "ca" => "Catalan",
        "cs" => "Czech",
        "da" => "Danish",
        "de" => "German",
        "el" => "Greek",
        "en" => "English",
        "es" => "Spanish",
        "fa" => "Persian",
        "fi" => "Finnish",
        "fr" => "French",
        "he" => "Hebrew",
        "hi" => "Hindi",
        "hu" => "Hungarian",
        "id" => "Indonesian",
        "it" => "Italian",
        "ja" => "Japanese",
        "ko" => "Korean",
        "nl" => "Dutch",
        "no" | "nb" => "Norwegian",
        "pl" => "Polish",
        "pt" => "Portuguese",
        "ro" => "Romanian",
        "ru" => "Russian",
        "sv" => "Swedish",
        "sw" => "Swahili",
        "tr" => "Turkish",
        "uk" => "Ukrainian",
        "ur" => "Urdu",
        "vi" => "Vietnamese",
        "zh" => "Chinese",
        _ => return None,
    })
}

fn render_listing(inner: &Inner, base: &str, q: &ListingQuery) -> Result<Rendered, WebError> {
    let store = &inner.store;
    let filter = ArticleFilter {
        kind: Some(q.kind),
        country: q.country.clone(),
        language: q.lang.clone(),
        ..ArticleFilter::default()
    };
    let size = inner.options.page_size;
    let total = store.count_cards(&filter)?;
    if q.page > views::pages(total, size) {
        return Err(WebError::NotFound("page"));
    }
    let cards = store.cards(&filter, (q.page - 1) * size, size)?;
    let most = inner.most_read(&filter, q.period)?;
    let publications = store.publications()?;
    let countries: BTreeSet<String> = publications
        .iter()
        .filter_map(|p| p.record.country.as_deref())
        .map(|c| c.trim().to_ascii_uppercase())
        .filter(|c| c.len() == 2)
        .collect();
    let languages: BTreeSet<String> = publications
        .iter()
        .filter_map(|p| p.record.language.as_deref())
        .filter_map(|l| l.split(['-', '_']).next())
        .map(str::to_ascii_lowercase)
        .filter(|l| (2..=3).contains(&l.len()))
        .collect();
    let now = jiff::Timestamp::now();
    let mut card_views: Vec<CardView> = cards.iter().map(|c| CardView::new(c, now, CARD_EXCERPT_WORDS)).collect();
    views::eager_first(&mut card_views);
    let path = q.path();
    let news = q.kind == Kind::News;
    let (heading, noun) = if news { ("Latest news", "news") } else { ("Latest columns", "columns") };
    let page_title = match (q.page, news) {
        (1, false) => String::new(),
        (1, true) => "News".into(),
        (n, false) => format!("Latest columns, page {n}"),
        (n, true) => format!("News, page {n}"),
    };
    let description = if news {
        format!("News from {} publications, newest first.", publications.len())
    } else {
        format!(
            "The latest opinion columns from {} publications, side by side with attributed excerpts and links to \
             the originals.",
            publications.len()
        )
    };
    let canonical = format!("{base}{path}{}", q.query(q.page, q.period));
    let mut l = Layout::new(&inner.options.site_name, &page_title, description.clone(), canonical.clone());
    l.nav = if news { "news" } else { "home" };
    l.json_ld = views::collection_page(base, &canonical, heading, &card_views, (q.page - 1) * size);
    l.feeds = FeedLink::pair(base, "/feed", &format!("{}: latest columns", inner.options.site_name));
    let page = ListingPage {
        l,
        heading,
        lede: description,
        noun,
        path,
        filtered: q.country.is_some() || q.lang.is_some(),
        countries: countries
            .into_iter()
            .map(|c| SelectOption { selected: q.country.as_deref() == Some(c.as_str()), label: c.clone(), value: c })
            .collect(),
        languages: languages
            .into_iter()
            .map(|code| SelectOption {
                selected: q.lang.as_deref() == Some(code.as_str()),
                label: language_name(&code).map_or_else(|| code.clone(), str::to_owned),
                value: code,
            })
            .collect(),
        pager: Pager::new(q.page, total, size, |n| format!("{path}{}", q.query(n, q.period))),
        cards: card_views,
        most_read: most.iter().map(|c| CardView::new(c, now, 0)).collect(),
        period: q.period.as_str(),
        day_href: format!("{path}{}", q.query(1, Period::Day)),
        week_href: format!("{path}{}", q.query(1, Period::Week)),
    };
    Ok(Rendered::html(page.render()?))
}

// ---- column page and likes ----------------------------------------------------------------

/// `GET /columns/{id}-{slug}`: the column page, rendered per request with live counts.
pub(crate) async fn column(
    State(inner): State<Arc<Inner>>,
    Path(reference): Path<String>,
    req: Req,
) -> Result<Response, WebError> {
    let (id, slug) = split_ref(&reference).ok_or(WebError::NotFound("column"))?;
    let entry = match inner.column(id).await {
        Ok(entry) => entry,
        // A syndicated copy has no page of its own: its original stands for it, and its views
        // and likes count there (issue 11).
        Err(WebError::NotFound(what)) => {
            let this = inner.clone();
            let original = blocking(move || {
                Ok::<_, WebError>(this.store.story_assignments(&[id])?.first().and_then(|a| a.copy_of))
            })
            .await?;
            return match original {
                // Temporary: a rebuild may name another original.
                Some(original) => {
                    Ok(axum::response::Redirect::temporary(&format!("/columns/{original}")).into_response())
                }
                None => Err(WebError::NotFound(what)),
            };
        }
        Err(e) => return Err(e),
    };
    if slug != entry.slug {
        return Ok(moved(&format!("/columns/{}", path_ref(id, &entry.slug))));
    }
    if req.method != Method::HEAD
        && req.loads_document
        && !inner.bots.is_bot(&req.user_agent)
        && inner.counters.record_view(req.ip, &req.user_agent, id)
    {
        ::metrics::counter!("colonnade_views_total").increment(1);
    }
    let generation = inner.column_generation();
    let fresh = |t: &PageTemplate| {
        t.generation == generation && t.base == req.base && t.born.elapsed() < inner.options.cache_ttl
    };
    let template = match inner.column_pages.get(&id).filter(|t| fresh(t)) {
        Some(template) => template,
        None => {
            let html = render_column(&inner, &entry, &req.base)?;
            let template = Arc::new(PageTemplate::new(&html, req.base.clone(), generation));
            inner.column_pages.insert(id, template.clone());
            template
        }
    };
    let body = template.fill(inner.counts(&entry));
    Ok(axum::response::Html(body).into_response())
}

/// Renders a column page with [`MARKERS`] where the counts go.
fn render_column(inner: &Inner, entry: &ColumnEntry, base: &str) -> Result<String, WebError> {
    let card = &entry.card;
    let now = jiff::Timestamp::now();
    let mut c = CardView::new(card, now, 0);
    c.avatar =
        Avatar::new(&c.columnist_name, &card.columnist_photo, card.columnist_id.unwrap_or(card.publication_id), true);
    let canonical = format!("{base}{}", c.href);
    let short = colonnade_text::excerpt(&entry.excerpt, 30);
    let description =
        if short.is_empty() { format!("A column by {} in {}.", c.columnist_name, c.publication_name) } else { short };
    let mut l = Layout::new(
        &inner.options.site_name,
        &format!("{} – {}", c.title, c.columnist_name),
        description.clone(),
        canonical.clone(),
    );
    l.og_title = c.title.clone();
    l.og_type = "article";
    l.preview(base, &card.lead_image, &card.columnist_photo);
    l.js = Some(&crate::assets::LIKE_JS.url);
    l.nav = if card.kind == Kind::News { "news" } else { "home" };
    let mut author = serde_json::json!({ "@type": "Person", "name": c.columnist_name });
    if let Some(href) = &c.columnist_href {
        author["url"] = format!("{base}{href}").into();
        l.feeds = FeedLink::pair(base, &format!("{href}/feed"), &c.columnist_name);
    }
    let mut ld = serde_json::json!({
        "@context": "https://schema.org",
        "@type": views::schema_type(card.kind),
        "headline": c.title,
        "description": description,
        "url": canonical,
        "mainEntityOfPage": canonical,
        "isBasedOn": card.url,
        "author": author,
        "publisher": { "@type": "Organization", "name": card.publication_name },
        "datePublished": card.sort_time().to_string(),
    });
    if let Some(lang) = &c.lang {
        ld["inLanguage"] = lang.clone().into();
    }
    if let Some(image) = l.og_image.as_ref().filter(|_| !card.lead_image.is_empty()) {
        ld["image"] = image.url.clone().into();
    }
    l.json_ld = views::json_ld(&ld);
    let page = ColumnPage {
        l,
        id: card.id,
        kind_label: views::kind_label(card.kind),
        excerpt: entry.excerpt.clone(),
        original_url: card.url.clone(),
        // "with dpa" beside a person; an agency-only piece already shows the agency as its byline.
        credits: if card.authors.is_empty() && card.columnist_name.is_none() {
            String::new()
        } else {
            card.credits.join(", ")
        },
        lead: Picture::of(&card.lead_image),
        more: entry.more.iter().map(|m| CardView::new(m, now, 0)).collect(),
        copies: entry
            .copies
            .iter()
            .map(|c| views::CopyView {
                publication_name: c.publication_name.clone(),
                url: c.url.clone(),
                date: crate::time::date(&c.published),
                iso: c.published.to_string(),
            })
            .collect(),
        story: entry.story.clone(),
        views: &MARKERS.views,
        likes: &MARKERS.likes,
        c,
    };
    Ok(page.render()?)
}

/// `POST /columns/{id}/like`: one like per visitor, column and day; 303 back to the page, or
/// `{"likes": n}` when the request accepts JSON. Cross-site requests never get here (CSRF layer).
/// The form and the script send no fields: a body must be empty or a well-formed form, else 400.
pub(crate) async fn like(
    State(inner): State<Arc<Inner>>,
    Path(reference): Path<String>,
    req: Req,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    let (id, _) = split_ref(&reference).ok_or(WebError::NotFound("column"))?;
    if !is_form_or_empty(&body) {
        return Err(WebError::BadRequest("the like takes no body, or an HTML form's".into()));
    }
    let entry = inner.column(id).await?;
    let client = inner.counters.client_key(req.ip);
    if let Err(not_until) = inner.limiter.check_key(&client) {
        let wait = not_until.wait_time_from(inner.limiter.clock().now());
        ::metrics::counter!("colonnade_likes_rate_limited_total").increment(1);
        return Err(WebError::TooManyRequests { retry_after_secs: wait.as_secs() + 1 });
    }
    let counted = inner.counters.record_like(req.ip, &req.user_agent, id);
    if counted {
        ::metrics::counter!("colonnade_likes_total").increment(1);
    }
    let counts = inner.counts(&entry);
    if req.wants_json {
        return Ok(Json(serde_json::json!({ "likes": counts.likes, "views": counts.views, "counted": counted }))
            .into_response());
    }
    let location = format!("/columns/{}#likes", path_ref(id, &entry.slug));
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(v) = HeaderValue::from_str(&location) {
        response.headers_mut().insert(header::LOCATION, v);
    }
    Ok(response)
}

// ---- columnists ---------------------------------------------------------------------------

/// The letter a name is filed under: its first letter, without diacritics, uppercase; `#` for
/// names that start with no letter.
fn letter_of(name: &str) -> String {
    let Some(c) = name.chars().find(|c| c.is_alphanumeric()) else { return "#".into() };
    if c.is_ascii_digit() {
        return "#".into();
    }
    let folded = slugify(&c.to_string());
    match folded.chars().next() {
        Some(f) if f.is_ascii_alphabetic() => f.to_ascii_uppercase().to_string(),
        _ => c.to_uppercase().collect(),
    }
}

/// `GET /columnists`: the A–Z directory.
pub(crate) async fn columnists(State(inner): State<Arc<Inner>>, req: Req) -> Result<Response, WebError> {
    let key = format!("{}/columnists", req.base);
    let this = inner.clone();
    let base = req.base;
    inner.cached_slow(key, Arc::new(move || render_columnists(&this, &base))).await
}

fn render_columnists(inner: &Inner, base: &str) -> Result<Rendered, WebError> {
    let rows = inner.store.columnists(None)?;
    let mut groups: BTreeMap<String, Vec<&ColumnistRow>> = BTreeMap::new();
    for row in rows.iter().filter(|r| r.columns > 0) {
        groups.entry(letter_of(&row.name)).or_default().push(row);
    }
    let total = groups.values().map(Vec::len).sum();
    let groups: Vec<LetterGroup> = groups
        .into_iter()
        .map(|(letter, mut people)| {
            people.sort_by_cached_key(|r| (slugify(&r.name), r.id));
            let anchor = if letter.chars().all(|c| c.is_ascii_alphabetic()) {
                letter.clone()
            } else if letter == "#" {
                "other".into()
            } else {
                format!("u{:x}", letter.chars().next().map_or(0, u32::from))
            };
            LetterGroup { anchor, letter, people: people.into_iter().map(PersonView::new).collect() }
        })
        .collect();
    let canonical = format!("{base}/columnists");
    let description = format!("All {total} columnists, A to Z, with the number of their columns.");
    let mut l = Layout::new(&inner.options.site_name, "Columnists", description, canonical.clone());
    l.nav = "columnists";
    let people: Vec<serde_json::Value> = groups
        .iter()
        .flat_map(|g| &g.people)
        .enumerate()
        .map(|(i, p)| views::list_item(base, i + 1, &p.href, &p.name))
        .collect();
    l.json_ld = views::json_ld(&serde_json::json!({
        "@context": "https://schema.org",
        "@type": "CollectionPage",
        "name": "Columnists",
        "url": canonical,
        "mainEntity": { "@type": "ItemList", "itemListElement": people },
    }));
    Ok(Rendered::html(ColumnistsPage { l, total, groups }.render()?))
}

/// `GET /columnists/{id}-{slug}`.
pub(crate) async fn columnist(
    State(inner): State<Arc<Inner>>,
    Path(reference): Path<String>,
    req: Req,
) -> Result<Response, WebError> {
    let (id, slug) = split_ref(&reference).ok_or(WebError::NotFound("columnist"))?;
    let page = req.params().page()?;
    let key = format!("{}/columnists/{reference}?page={page}", req.base);
    let slug = slug.to_owned();
    let this = inner.clone();
    let base = req.base;
    inner.cached(key, Arc::new(move || render_columnist(&this, &base, id, &slug, page))).await
}

fn render_columnist(inner: &Inner, base: &str, id: i64, slug: &str, page: usize) -> Result<Rendered, WebError> {
    let row = inner.store.columnist(id)?.ok_or(WebError::NotFound("columnist"))?;
    let path = views::columnist_path(row.id, &row.name);
    let page_query = |n: usize| if n > 1 { format!("?page={n}") } else { String::new() };
    if slug != slug::slugify(&row.name) {
        return Ok(Rendered::Redirect(format!("{path}{}", page_query(page))));
    }
    let filter = views::columnist_filter(&row);
    let size = inner.options.page_size;
    let total = inner.store.count_cards(&filter)?;
    if page > views::pages(total, size) {
        return Err(WebError::NotFound("page"));
    }
    let cards = inner.store.cards(&filter, (page - 1) * size, size)?;
    let now = jiff::Timestamp::now();
    let mut card_views: Vec<CardView> = cards.iter().map(|c| CardView::new(c, now, CARD_EXCERPT_WORDS)).collect();
    views::eager_first(&mut card_views);
    let canonical = format!("{base}{path}{}", page_query(page));
    let description = format!("Columns by {} ({}), newest first.", row.name, row.publication_name);
    let title = if page > 1 { format!("{}, page {page}", row.name) } else { row.name.clone() };
    let mut l = Layout::new(&inner.options.site_name, &title, description, canonical.clone());
    l.og_type = "profile";
    l.nav = "columnists";
    l.preview(base, &[], &row.photo);
    l.feeds = FeedLink::pair(base, &format!("{path}/feed"), &format!("Columns by {}", row.name));
    let mut person = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Person",
        "name": row.name,
        "url": format!("{base}{path}"),
        "worksFor": { "@type": "Organization", "name": row.publication_name },
        "subjectOf": { "@type": "ItemList", "itemListElement": views::item_list(base, &card_views, (page - 1) * size) },
    });
    if let Some(page_url) = &row.page_url {
        person["sameAs"] = page_url.clone().into();
    }
    l.json_ld = views::json_ld(&person);
    let search_href = format!("/search{}", query_string(&[("columnist", Some(&row.name)), ("kind", Some("all"))]));
    let html = ColumnistPage {
        l,
        avatar: Avatar::new(&row.name, &row.photo, row.id, true),
        publication_name: row.publication_name.clone(),
        publication_href: views::publication_path(row.publication_id, &row.publication_name),
        page_url: row.page_url.clone().filter(|u| u.starts_with("https://") || u.starts_with("http://")),
        columns: row.columns,
        atom_href: format!("{path}/feed.atom"),
        json_href: format!("{path}/feed.json"),
        search_href,
        pager: Pager::new(page, total, size, |n| format!("{path}{}", page_query(n))),
        cards: card_views,
        name: row.name,
    }
    .render()?;
    Ok(Rendered::html(html))
}

// ---- publications -------------------------------------------------------------------------

/// `GET /publications`.
pub(crate) async fn publications(State(inner): State<Arc<Inner>>, req: Req) -> Result<Response, WebError> {
    let key = format!("{}/publications", req.base);
    let this = inner.clone();
    let base = req.base;
    inner.cached_slow(key, Arc::new(move || render_publications(&this, &base))).await
}

fn render_publications(inner: &Inner, base: &str) -> Result<Rendered, WebError> {
    let mut rows = inner.store.publications()?;
    rows.sort_by_cached_key(|p| (slugify(&p.record.name), p.id));
    let list: Vec<PublicationView> = rows
        .iter()
        .map(|p| PublicationView {
            name: p.record.name.clone(),
            href: views::publication_path(p.id, &p.record.name),
            country: p.record.country.clone(),
            language: p.record.language.clone(),
            articles: p.articles,
        })
        .collect();
    let canonical = format!("{base}/publications");
    let mut l = Layout::new(
        &inner.options.site_name,
        "Publications",
        format!("The {} publications whose columns are gathered here.", list.len()),
        canonical.clone(),
    );
    l.nav = "publications";
    let items: Vec<serde_json::Value> =
        list.iter().enumerate().map(|(i, p)| views::list_item(base, i + 1, &p.href, &p.name)).collect();
    l.json_ld = views::json_ld(&serde_json::json!({
        "@context": "https://schema.org",
        "@type": "CollectionPage",
        "name": "Publications",
        "url": canonical,
        "mainEntity": { "@type": "ItemList", "itemListElement": items },
    }));
    Ok(Rendered::html(PublicationsPage { l, publications: list }.render()?))
}

/// `GET /publications/{id}-{slug}`.
pub(crate) async fn publication(
    State(inner): State<Arc<Inner>>,
    Path(reference): Path<String>,
    req: Req,
) -> Result<Response, WebError> {
    let (id, slug) = split_ref(&reference).ok_or(WebError::NotFound("publication"))?;
    let page = req.params().page()?;
    let key = format!("{}/publications/{reference}?page={page}", req.base);
    let slug = slug.to_owned();
    let this = inner.clone();
    let base = req.base;
    inner.cached(key, Arc::new(move || render_publication(&this, &base, id, &slug, page))).await
}

fn render_publication(inner: &Inner, base: &str, id: i64, slug: &str, page: usize) -> Result<Rendered, WebError> {
    let row = inner.store.publication(id)?.ok_or(WebError::NotFound("publication"))?;
    let name = &row.record.name;
    let path = views::publication_path(row.id, name);
    let page_query = |n: usize| if n > 1 { format!("?page={n}") } else { String::new() };
    if slug != slug::slugify(name) {
        return Ok(Rendered::Redirect(format!("{path}{}", page_query(page))));
    }
    let filter = ArticleFilter { publication_id: Some(id), kind: Some(Kind::Opinion), ..ArticleFilter::default() };
    let size = inner.options.page_size;
    let total = inner.store.count_cards(&filter)?;
    if page > views::pages(total, size) {
        return Err(WebError::NotFound("page"));
    }
    let cards = inner.store.cards(&filter, (page - 1) * size, size)?;
    let columnists = inner.store.columnists(Some(id))?;
    let now = jiff::Timestamp::now();
    let mut card_views: Vec<CardView> = cards.iter().map(|c| CardView::new(c, now, CARD_EXCERPT_WORDS)).collect();
    views::eager_first(&mut card_views);
    let canonical = format!("{base}{path}{}", page_query(page));
    let title = if page > 1 { format!("{name}, page {page}") } else { name.clone() };
    let mut l = Layout::new(
        &inner.options.site_name,
        &title,
        format!("The latest columns from {name} and its columnists."),
        canonical.clone(),
    );
    l.nav = "publications";
    l.feeds = FeedLink::pair(base, &format!("{path}/feed"), &format!("Columns from {name}"));
    l.json_ld = views::json_ld(&serde_json::json!({
        "@context": "https://schema.org",
        "@type": "CollectionPage",
        "name": name,
        "url": canonical,
        "about": { "@type": "Organization", "name": name, "url": row.record.homepage },
        "mainEntity": {
            "@type": "ItemList",
            "itemListElement": views::item_list(base, &card_views, (page - 1) * size),
        },
    }));
    let homepage_label = row
        .record
        .homepage
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_owned();
    let homepage = if row.record.homepage.starts_with("https://") || row.record.homepage.starts_with("http://") {
        row.record.homepage.clone()
    } else {
        "#".to_owned()
    };
    let html = PublicationPage {
        l,
        name: name.clone(),
        country: row.record.country.clone(),
        articles: row.articles,
        homepage,
        homepage_label,
        atom_href: format!("{path}/feed.atom"),
        json_href: format!("{path}/feed.json"),
        pager: Pager::new(page, total, size, |n| format!("{path}{}", page_query(n))),
        cards: card_views,
        columnists: columnists.iter().map(PersonView::new).collect(),
    }
    .render()?;
    Ok(Rendered::html(html))
}

// ---- search -------------------------------------------------------------------------------

/// `GET /search`.
pub(crate) async fn search(State(inner): State<Arc<Inner>>, req: Req) -> Result<Response, WebError> {
    let sp = SearchParams::parse(&req.params())?;
    let key = format!("{}/search{}", req.base, sp.query(sp.page));
    let this = inner.clone();
    let base = req.base;
    // Results change only when the index does, and then `Site::changed` drops them: the slow
    // refresh only brings counters and relative dates up to date.
    inner.cached_search(key, Arc::new(move || render_search(&this, &base, &sp))).await
}

fn render_search(inner: &Inner, base: &str, sp: &SearchParams) -> Result<Rendered, WebError> {
    let size = inner.options.page_size;
    let offset = (sp.page - 1) * size;
    if offset > MAX_OFFSET {
        return Err(WebError::NotFound("page"));
    }
    let (total, hits) =
        if sp.is_search() { run_search(inner, &sp.to_query(offset, size, sp.q.is_empty()))? } else { (0, Vec::new()) };
    if sp.page > views::pages(total as u64, size) {
        return Err(WebError::NotFound("page"));
    }
    let now = jiff::Timestamp::now();
    let results: Vec<ResultView> = hits
        .into_iter()
        .map(|(hit, card)| ResultView {
            card: CardView::new(&card, now, 0),
            title_html: hit.title_html,
            snippet_html: hit.snippet_html,
        })
        .collect();
    let canonical = format!("{base}/search{}", sp.query(sp.page));
    let page_title = if sp.q.is_empty() { "Search".to_owned() } else { format!("Search: {}", sp.q) };
    let description = if sp.is_search() {
        format!("{total} results for {}.", if sp.q.is_empty() { "these filters" } else { &sp.q })
    } else {
        "Search every column by words, phrases, columnist, publication, language, country and date.".to_owned()
    };
    let mut l = Layout::new(&inner.options.site_name, &page_title, description, canonical.clone());
    l.q = sp.q.clone();
    l.nav = "search";
    l.robots = Some("noindex, follow");
    let feed_query = SearchParams { page: 1, ..sp.clone() }.query(1);
    let atom_href = format!("/search/feed.atom{feed_query}");
    let json_href = format!("/search/feed.json{feed_query}");
    if sp.is_search() {
        l.feeds = vec![
            FeedLink {
                title: "This search (Atom)".into(),
                href: format!("{base}{atom_href}"),
                mime: "application/atom+xml",
            },
            FeedLink {
                title: "This search (JSON Feed)".into(),
                href: format!("{base}{json_href}"),
                mime: "application/feed+json",
            },
        ];
    }
    l.json_ld = views::json_ld(&views::SearchResultsLd {
        context: "https://schema.org",
        kind: "SearchResultsPage",
        name: &page_title,
        url: &canonical,
        main_entity: views::ItemListLd {
            kind: "ItemList",
            number_of_items: total,
            items: results
                .iter()
                .enumerate()
                .map(|(i, r)| views::ListItem {
                    kind: "ListItem",
                    position: offset + i + 1,
                    url: format!("{base}{}", r.card.href),
                    name: &r.card.title,
                })
                .collect(),
        },
    });
    let page = SearchPage {
        l,
        searched: sp.is_search(),
        total,
        first: offset + 1,
        results,
        kind: sp.kind().as_str(),
        lang: sp.lang.clone().unwrap_or_default(),
        country: sp.country.clone().unwrap_or_default(),
        from: sp.from.map(|d| d.to_string()).unwrap_or_default(),
        to: sp.to.map(|d| d.to_string()).unwrap_or_default(),
        publication: sp.publication,
        columnist: sp.columnist.clone(),
        atom_href,
        json_href,
        pager: Pager::new(sp.page, total as u64, size, |n| format!("/search{}", sp.query(n))),
    };
    Ok(Rendered::html(page.render()?))
}

// ---- operations ---------------------------------------------------------------------------

/// Fallback: a friendly 404 (JSON under `/api/`).
pub(crate) async fn not_found(uri: Uri) -> Response {
    if uri.path().starts_with("/api/") {
        ApiError(WebError::NotFound("endpoint")).into_response()
    } else {
        WebError::NotFound("page").into_response()
    }
}

/// True for an empty body or a well-formed `application/x-www-form-urlencoded` one: UTF-8,
/// `name=value` pairs of URL-safe characters and valid `%XX` escapes.
fn is_form_or_empty(body: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(body) else { return false };
    let text = text.trim_end_matches(['\r', '\n']);
    if text.is_empty() {
        return true;
    }
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'%' => {
                let hex = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_hexdigit);
                if !(hex(i + 1) && hex(i + 2)) {
                    return false;
                }
                i += 3;
                continue;
            }
            b'=' | b'&' | b'+' | b'-' | b'.' | b'_' | b'*' | b'~' => {}
            b if b.is_ascii_alphanumeric() => {}
            _ => return false,
        }
        i += 1;
    }
    // Every pair has a name.
    text.split('&').all(|pair| !pair.is_empty() && !pair.starts_with('='))
}

/// `GET /healthz`: 200 with the article count, 503 when the store cannot be read.
pub(crate) async fn healthz(State(inner): State<Arc<Inner>>) -> Response {
    let this = inner.clone();
    match blocking(move || Ok(this.store.count_cards(&ArticleFilter::default())?)).await {
        Ok(articles) => Json(serde_json::json!({ "status": "ok", "articles": articles })).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "health check: the store cannot be read");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(serde_json::json!({ "status": "error", "error": "store unavailable" })),
            )
                .into_response()
        }
    }
}

/// How long the store gauges are reused.
const STORE_GAUGE_TTL: Duration = Duration::from_secs(10);

/// `GET /metrics` on the public site: 404 unless a metrics token is configured and the request
/// carries it (`Authorization: Bearer <token>`), so the counters of the site stay private by
/// default. (`serve_metrics` serves them on an address of their own, without a token.)
pub(crate) async fn public_metrics(
    State(inner): State<Arc<Inner>>,
    headers: axum::http::HeaderMap,
) -> Result<Response, WebError> {
    let Some(token) = inner.options.metrics_token.as_deref().filter(|t| !t.is_empty()) else {
        return Err(WebError::NotFound("page"));
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    if !given.is_some_and(|g| same_secret(g.as_bytes(), token.as_bytes())) {
        return Err(WebError::NotFound("page"));
    }
    Ok(metrics(State(inner)).await)
}

/// Compares without stopping at the first difference, so the time taken says nothing about
/// how much of a guess was right.
fn same_secret(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// `GET /metrics`: Prometheus text. Reads the store gauges at most every 10 s.
pub(crate) async fn metrics(State(inner): State<Arc<Inner>>) -> Response {
    let due = {
        let mut at = inner.store_gauges_at.lock();
        let due = at.is_none_or(|t| t.elapsed() >= STORE_GAUGE_TTL);
        if due {
            *at = Some(Instant::now());
        }
        due
    };
    if due {
        let this = inner.clone();
        let read = blocking(move || {
            let articles = this.store.count_cards(&ArticleFilter::default())?;
            let bytes = this.options.db_path.as_ref().map(|p| {
                let size = |suffix: &str| {
                    let mut name = p.as_os_str().to_owned();
                    name.push(suffix);
                    std::fs::metadata(std::path::PathBuf::from(name)).map_or(0, |m| m.len())
                };
                size("") + size("-wal")
            });
            Ok((articles, bytes))
        })
        .await;
        match read {
            Ok((articles, bytes)) => {
                ::metrics::gauge!("colonnade_store_articles").set(articles as f64);
                if let Some(bytes) = bytes {
                    ::metrics::gauge!("colonnade_store_bytes").set(bytes as f64);
                }
            }
            Err(e) => tracing::warn!(error = %e, "could not read the store gauges"),
        }
        let (views, likes) = inner.counters.remembered();
        ::metrics::gauge!("colonnade_visitor_keys", "kind" => "view").set(views as f64);
        ::metrics::gauge!("colonnade_visitor_keys", "kind" => "like").set(likes as f64);
    }
    let mut response = inner.metrics.render().into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_bodies_are_empty_or_well_formed_forms() {
        for ok in ["", "\r\n", "a=1", "a=1&b=", "x=%C3%A9+y", "like"] {
            assert!(is_form_or_empty(ok.as_bytes()), "{ok:?}");
        }
        for bad in ["{\"likes\": 1}", "%zz", "a=%4", "=1", "a=1&&b", "<xml/>", "a b", "\u{0}"] {
            assert!(!is_form_or_empty(bad.as_bytes()), "{bad:?}");
        }
        assert!(!is_form_or_empty(&[0xff, 0xfe]));
    }

    #[test]
    fn secrets_compare_whole() {
        assert!(same_secret(b"abc", b"abc"));
        assert!(!same_secret(b"abc", b"abd"));
        assert!(!same_secret(b"abc", b"abcd"));
    }
}
