//! What wraps every request: URI checks (414/400), error pages, security headers, metrics.

use std::sync::Arc;
use std::time::Instant;

use askama::Template;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::error::{ErrorPage, default_message};
use crate::params::check_uri;
use crate::state::Inner;
use crate::views::{ErrorHtml, Layout};

const CSP: &str = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; base-uri 'none'; \
                   form-action 'self'; frame-ancestors 'none'";

/// Around every request: reject bad URIs, render error pages, add security headers, record metrics.
pub(crate) async fn around(State(inner): State<Arc<Inner>>, request: Request, next: Next) -> Response {
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
