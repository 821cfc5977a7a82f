//! The router and what wraps every request: URI checks (414/400), security headers, error
//! pages, metrics, limits, CSRF protection.

use std::convert::Infallible;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant};

use askama::Template;
use axum::Router;
use axum::extract::{ConnectInfo, FromRequestParts, MatchedPath, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::{Next, from_fn_with_state};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use tower_http::csrf::CsrfLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;

use crate::error::{ErrorPage, WebError, default_message};
use crate::params::{Params, check_uri};
use crate::state::Inner;
use crate::views::{ErrorHtml, Layout};
use crate::{api, assets, feeds, pages};

/// Largest request body accepted (the like form sends none).
pub(crate) const MAX_BODY: usize = 4 * 1024;

/// Requests answered at once; more wait (a bound on memory under a flood).
const MAX_CONCURRENT: usize = 1024;

/// A request that takes longer than this gets 408.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(20);

const CSP: &str = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; base-uri 'none'; \
                   form-action 'self'; frame-ancestors 'none'";

/// Every route. See the crate documentation for the list.
pub(crate) fn router(inner: Arc<Inner>) -> Router {
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
        .route("/search", get(pages::search))
        .route("/search/feed.atom", get(feeds::search_atom))
        .route("/search/feed.json", get(feeds::search_json))
        .route("/feed.atom", get(feeds::latest_atom))
        .route("/feed.json", get(feeds::latest_json))
        .route("/sitemap.xml", get(feeds::sitemap))
        .route("/sitemaps/{file}", get(feeds::sitemap_part))
        .route("/robots.txt", get(feeds::robots))
        .route("/healthz", get(pages::healthz))
        .route("/metrics", get(pages::metrics))
        .route("/static/{file}", get(assets::serve))
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
        .layer(from_fn_with_state(inner, around))
        .layer(tower::limit::GlobalConcurrencyLimitLayer::new(MAX_CONCURRENT))
}

/// Around every request: reject bad URIs, render error pages, add security headers, record metrics.
async fn around(State(inner): State<Arc<Inner>>, request: Request, next: Next) -> Response {
    let start = Instant::now();
    let route = request.extensions().get::<MatchedPath>().cloned();
    let method = request.method().clone();
    let api = request.uri().path().starts_with("/api/");
    let mut response = match check_uri(request.uri()) {
        Ok(()) => next.run(request).await,
        Err(status) => {
            let mut r = status.into_response();
            r.extensions_mut().insert(ErrorPage { message: default_message(status).into() });
            r
        }
    };
    let status = response.status();
    if (status.is_client_error() || status.is_server_error()) && !response.headers().contains_key(header::CONTENT_TYPE)
    {
        let message = response
            .extensions()
            .get::<ErrorPage>()
            .map_or_else(|| default_message(status).to_owned(), |e| e.message.clone());
        let body = if api { api_error_body(status, &message) } else { error_page(&inner, status, &message) };
        let (parts, _) = response.into_parts();
        response = Response::from_parts(parts, axum::body::Body::from(body.0));
        response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(body.1));
    }
    let h = response.headers_mut();
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("strict-origin-when-cross-origin"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    let route = route.as_ref().map_or("unmatched", MatchedPath::as_str);
    crate::metrics::record_request(route, &method, status, start.elapsed());
    response
}

/// A friendly HTML error page.
fn error_page(inner: &Inner, status: StatusCode, message: &str) -> (String, &'static str) {
    let heading = match status {
        StatusCode::NOT_FOUND => "Page not found".to_owned(),
        s => format!("{} {}", s.as_u16(), s.canonical_reason().unwrap_or("Error")),
    };
    let mut l = Layout::new(&inner.options.site_name, &heading, message.to_owned(), String::new());
    l.robots = Some("noindex");
    let page = ErrorHtml { l, heading, message: message.to_owned() };
    match page.render() {
        Ok(html) => (html, crate::cache::HTML),
        Err(_) => (message.to_owned(), "text/plain; charset=utf-8"),
    }
}

fn api_error_body(status: StatusCode, message: &str) -> (String, &'static str) {
    (serde_json::json!({ "error": message, "status": status.as_u16() }).to_string(), "application/json")
}

/// What handlers need to know about a request.
pub(crate) struct Req {
    /// Absolute base URL for links (no trailing slash).
    pub base: String,
    /// The raw query string.
    pub query: Option<String>,
    /// The client address (never stored or logged).
    pub ip: IpAddr,
    pub user_agent: String,
    /// `Accept` asks for JSON.
    pub wants_json: bool,
    pub method: Method,
}

impl Req {
    /// The query parameters.
    pub(crate) fn params(&self) -> Params<'_> {
        Params::parse(self.query.as_deref())
    }
}

impl FromRequestParts<Arc<Inner>> for Req {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, inner: &Arc<Inner>) -> Result<Self, Self::Rejection> {
        let header = |name| parts.headers.get(name).and_then(|v: &HeaderValue| v.to_str().ok());
        let host = parts.uri.authority().map(|a| a.as_str()).or_else(|| header(header::HOST));
        let base = inner.base_for(host);
        let peer = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
        let forwarded = if inner.options.trust_forwarded_for {
            header(header::HeaderName::from_static("x-forwarded-for"))
                .and_then(|v| v.rsplit(',').map(str::trim).find_map(|ip| ip.parse::<IpAddr>().ok()))
        } else {
            None
        };
        let ip = forwarded.or(peer).unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED));
        Ok(Req {
            base,
            query: parts.uri.query().map(str::to_owned),
            ip,
            user_agent: header(header::USER_AGENT).unwrap_or("").chars().take(512).collect(),
            wants_json: header(header::ACCEPT).is_some_and(|a| a.contains("application/json")),
            method: parts.method.clone(),
        })
    }
}

/// `WebError` is what handlers return; a helper for the `?` on `Result<_, Infallible>`.
impl From<Infallible> for WebError {
    fn from(e: Infallible) -> Self {
        match e {}
    }
}
