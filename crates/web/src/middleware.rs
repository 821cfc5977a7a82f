//! What wraps every request: `Host` and URI checks (421/414/400), error pages, security headers,
//! the precompressed bodies of cached pages, metrics.

use std::sync::Arc;
use std::time::Instant;

use askama::Template;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::cache::{Coding, Compressed};
use crate::error::{ErrorPage, default_message};
use crate::params::check_uri;
use crate::state::Inner;
use crate::views::{ErrorHtml, Layout};

const CSP: &str = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; base-uri 'none'; \
                   form-action 'self'; frame-ancestors 'none'";

/// Around every request: reject foreign hosts and bad URIs, render error pages, add security
/// headers, send cached pages' compressed bytes, record metrics.
pub(crate) async fn around(State(inner): State<Arc<Inner>>, request: Request, next: Next) -> Response {
    let start = Instant::now();
    let route = request.extensions().get::<MatchedPath>().cloned();
    let method = request.method().clone();
    let api = request.uri().path().starts_with("/api/");
    let accept_encoding =
        request.headers().get(header::ACCEPT_ENCODING).and_then(|v| v.to_str().ok()).map(str::to_owned);
    let checked =
        if host_ok(&inner, &request) { check_uri(request.uri()) } else { Err(StatusCode::MISDIRECTED_REQUEST) };
    let mut response = match checked {
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
    if status == StatusCode::OK
        && let Some(compressed) = response.extensions_mut().remove::<Compressed>()
        && !response.headers().contains_key(header::CONTENT_ENCODING)
    {
        let ae = accept_encoding.as_deref().unwrap_or("");
        let coding = [Coding::Br, Coding::Gzip].into_iter().find(|c| accepts(ae, c.name()));
        if let Some(coding) = coding {
            let bytes = match compressed.ready(coding) {
                Some(made) => made,
                // First asked for: compressed off the async threads, once for every later request.
                None => tokio::task::spawn_blocking(move || compressed.make(coding)).await.ok().flatten(),
            };
            if let Some(bytes) = bytes {
                let (mut parts, _) = response.into_parts();
                parts.headers.remove(header::CONTENT_LENGTH);
                parts.headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(coding.name()));
                response = Response::from_parts(parts, axum::body::Body::from(bytes));
            }
        }
    }
    let h = response.headers_mut();
    let text = h.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(crate::cache::compressible);
    if text && !h.get_all(header::VARY).iter().any(|v| v.as_bytes().eq_ignore_ascii_case(b"accept-encoding")) {
        h.append(header::VARY, HeaderValue::from_static("accept-encoding"));
    }
    if inner.base_url.as_deref().is_some_and(|b| b.starts_with("https://")) {
        h.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=31536000"));
    }
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("strict-origin-when-cross-origin"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    let route = route.as_ref().map_or("unmatched", MatchedPath::as_str);
    crate::metrics::record_request(route, &method, status, start.elapsed());
    response
}

/// Whether the request names a host this site answers for (always, with a configured base URL;
/// `/healthz`, which puts no host in its answer, for any: load balancers ask by IP address).
fn host_ok(inner: &Inner, request: &Request) -> bool {
    if inner.base_url.is_some() || request.uri().path() == "/healthz" {
        return true;
    }
    let host = request
        .uri()
        .authority()
        .map(|a| a.as_str())
        .or_else(|| request.headers().get(header::HOST).and_then(|v| v.to_str().ok()));
    host.is_none_or(|h| inner.host_allowed(h))
}

/// Whether an `Accept-Encoding` value accepts `coding` (named, with a q-value above 0).
fn accepts(accept_encoding: &str, coding: &str) -> bool {
    accept_encoding.split(',').any(|item| {
        let mut parts = item.split(';');
        let name = parts.next().unwrap_or("").trim();
        name.eq_ignore_ascii_case(coding)
            && parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .is_none_or(|q| q.trim().parse::<f32>().is_ok_and(|q| q > 0.0))
    })
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

#[cfg(test)]
mod tests {
    use super::accepts;

    #[test]
    fn accept_encoding_is_read_with_q_values() {
        assert!(accepts("gzip, deflate, br, zstd", "br"));
        assert!(accepts("gzip;q=0.5", "gzip"));
        assert!(accepts("GZIP", "gzip"));
        assert!(!accepts("gzip;q=0", "gzip"));
        assert!(!accepts("br;q=0, gzip", "br"));
        assert!(!accepts("", "gzip"));
        assert!(!accepts("x-gzip-not", "gzip"));
    }
}
