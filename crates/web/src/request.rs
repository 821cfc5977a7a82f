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
    /// `Sec-Fetch-Dest` says the page is loaded as a document (or the header is absent, as
    /// from older browsers): only such loads count as views, not `<img>` or `fetch()` loads.
    pub loads_document: bool,
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
            let lines = parts.headers.get_all(X_FORWARDED_FOR).iter().filter_map(|v| v.to_str().ok());
            forwarded_client(lines, inner.options.trusted_proxy_hops)
        } else {
            None
        };
        let ip = forwarded.or(peer).unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED));
        let loads_document = header(header::HeaderName::from_static("sec-fetch-dest"))
            .is_none_or(|d| d.trim().eq_ignore_ascii_case("document"));
        Ok(Req {
            base,
            query: parts.uri.query().map(str::to_owned),
            ip,
            user_agent: header(header::USER_AGENT).unwrap_or("").chars().take(512).collect(),
            loads_document,
            wants_json: header(header::ACCEPT).is_some_and(|a| a.contains("application/json")),
            method: parts.method.clone(),
        })
    }
}

const X_FORWARDED_FOR: header::HeaderName = header::HeaderName::from_static("x-forwarded-for");

/// The client address in `X-Forwarded-For` lines behind `hops` trusted proxies: each proxy
/// appends the address it received the request from, so the entry `hops` places from the right
/// (over every line, in order) is the one the nearest trusted proxy saw. `None` when there are
/// fewer entries or that entry is not an address: the caller uses the socket peer then, never an
/// entry further left, which the client may have written itself.
pub(crate) fn forwarded_client<'a>(lines: impl Iterator<Item = &'a str>, hops: usize) -> Option<IpAddr> {
    let entries: Vec<&str> = lines.flat_map(|line| line.split(',')).map(str::trim).collect();
    let at = entries.len().checked_sub(hops.max(1))?;
    parse_forwarded_ip(entries.get(at)?)
}

/// An address as proxies write it: `192.0.2.1`, `192.0.2.1:4711`, `2001:db8::1`,
/// `[2001:db8::1]` or `[2001:db8::1]:4711`.
fn parse_forwarded_ip(entry: &str) -> Option<IpAddr> {
    let entry = entry.trim().trim_matches('"');
    if let Ok(ip) = entry.parse::<IpAddr>() {
        return Some(ip);
    }
    if let Ok(addr) = entry.parse::<SocketAddr>() {
        return Some(addr.ip());
    }
    let inner = entry.strip_prefix('[')?.strip_suffix(']')?;
    inner.parse::<std::net::Ipv6Addr>().ok().map(IpAddr::V6)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> Option<IpAddr> {
        s.parse().ok()
    }

    #[test]
    fn the_entry_appended_by_the_trusted_proxy_is_the_client() {
        let one = |lines: &[&str], hops| forwarded_client(lines.iter().copied(), hops);
        assert_eq!(one(&["203.0.113.9"], 1), ip("203.0.113.9"));
        // The client wrote the first entries; the proxy appended the last, on another line.
        assert_eq!(one(&["1.1.1.1, 2.2.2.2", "198.51.100.7"], 1), ip("198.51.100.7"));
        assert_eq!(one(&["1.1.1.1, 198.51.100.7, 10.0.0.2"], 2), ip("198.51.100.7"));
        // Ports and brackets.
        assert_eq!(one(&["spoofed, 198.51.100.7:4711"], 1), ip("198.51.100.7"));
        assert_eq!(one(&["[2001:db8::5]:4711"], 1), ip("2001:db8::5"));
        assert_eq!(one(&["[2001:db8::5]"], 1), ip("2001:db8::5"));
        assert_eq!(one(&["2001:db8::5"], 1), ip("2001:db8::5"));
        // Too few entries, or garbage where the proxy's entry should be: the peer, never an
        // entry the client wrote.
        assert_eq!(one(&["1.1.1.1"], 2), None);
        assert_eq!(one(&["1.1.1.1, garbage"], 1), None);
        assert_eq!(one(&[], 1), None);
    }
}
