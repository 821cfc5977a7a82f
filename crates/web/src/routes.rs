//! The router: every route and its handler, and the layers around them all (limits, CSRF
//! protection, the [`middleware`](crate::middleware) that checks URIs, renders error pages, sets
//! security headers and records metrics). Built in one function, so tests can call it in-process.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::http::StatusCode;
use axum::middleware::from_fn_with_state;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use tower_http::compression::CompressionLayer;
use tower_http::csrf::CsrfLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;

use crate::error::{ErrorPage, default_message};
use crate::state::Inner;
use crate::{api, assets, feeds, media, middleware, pages, stories};

/// Largest request body accepted (the like form sends none).
const MAX_BODY: usize = 4 * 1024;

/// Requests answered at once; more wait (a bound on memory under a flood).
const MAX_CONCURRENT: usize = 1024;

/// A request that takes longer than this gets 408.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(20);

/// Every route. See the crate documentation for the list.
pub(crate) fn app(inner: Arc<Inner>) -> Router {
    let routes = Router::new()
        .route("/", get(pages::home))
        .route("/news", get(pages::news))
        .route("/columnists", get(pages::columnists))
        .route("/columnists/{reference}", get(pages::columnist))
        .route("/columnists/{reference}/feed.atom", get(feeds::columnist_atom))
        .route("/columnists/{reference}/feed.json", get(feeds::columnist_json))
        .route("/publications", get(pages::publications))
        .route("/publications/{reference}", get(pages::publication))
        .route("/publications/{reference}/feed.atom", get(feeds::publication_atom))
        .route("/publications/{reference}/feed.json", get(feeds::publication_json))
        .route("/columns/{reference}", get(pages::column))
        .route("/columns/{reference}/like", post(pages::like))
        .route("/stories", get(stories::stories))
        .route("/stories/feed.atom", get(feeds::stories_atom))
        .route("/stories/feed.json", get(feeds::stories_json))
        .route("/stories/{reference}", get(stories::story))
        .route("/stories/{reference}/feed.atom", get(feeds::story_atom))
        .route("/stories/{reference}/feed.json", get(feeds::story_json))
        .route("/search", get(pages::search))
        .route("/search/feed.atom", get(feeds::search_atom))
        .route("/search/feed.json", get(feeds::search_json))
        .route("/feed.atom", get(feeds::latest_atom))
        .route("/feed.json", get(feeds::latest_json))
        .route("/sitemap.xml", get(feeds::sitemap))
        .route("/sitemaps/{file}", get(feeds::sitemap_part))
        .route("/robots.txt", get(feeds::robots))
        .route("/healthz", get(pages::healthz))
        .route("/metrics", get(pages::public_metrics))
        .route("/static/{file}", get(assets::serve))
        .route("/media/{file}", get(media::serve))
        .merge(api::routes())
        .fallback(pages::not_found)
        .with_state(inner.clone());
    let rejection = |_: tower_http::csrf::ProtectionError| {
        let mut response = StatusCode::FORBIDDEN.into_response();
        response.extensions_mut().insert(ErrorPage { message: default_message(StatusCode::FORBIDDEN).into() });
        response
    };
    routes
        .layer(CsrfLayer::new().with_rejection_response(rejection))
        .layer(RequestBodyLimitLayer::new(MAX_BODY))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, REQUEST_TIMEOUT))
        .layer(from_fn_with_state(inner, middleware::around))
        // Pages rendered per request (column pages, error pages) are compressed here; cached
        // pages carry their compressed bytes already (`Content-Encoding` set: left alone).
        .layer(CompressionLayer::new().gzip(true).br(true))
        .layer(tower::limit::GlobalConcurrencyLimitLayer::new(MAX_CONCURRENT))
}

/// The metrics listener's routes: `/metrics` without a token, 404 for everything else.
pub(crate) fn metrics_app(inner: Arc<Inner>) -> Router {
    Router::new()
        .route("/metrics", get(pages::metrics))
        .fallback(|| async { StatusCode::NOT_FOUND })
        .with_state(inner)
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, REQUEST_TIMEOUT))
}
