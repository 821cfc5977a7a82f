//! [`Req`]: what a handler needs to know about a request (base URL, query, client), extracted
//! from its parts.

use std::convert::Infallible;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{HeaderValue, Method, header};

use crate::params::Params;
use crate::state::Inner;

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
