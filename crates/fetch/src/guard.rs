//! The SSRF guard: which addresses we refuse, the check on literal-IP URLs, and the DNS resolver that
//! hands the HTTP client only addresses that passed the check.

use std::error::Error as StdError;
use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use ipnet::{Ipv4Net, Ipv6Net};
use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use url::Host;

use crate::{FetchError, Url};

/// IPv4 ranges we never connect to (unless private networks are allowed), most specific first.
const V4_RANGES: &[(&str, &str)] = &[
    ("255.255.255.255/32", "broadcast"),
    ("0.0.0.0/32", "unspecified"),
    ("0.0.0.0/8", "reserved"), // "this network"
    ("10.0.0.0/8", "private"),
    ("100.64.0.0/10", "CGNAT"),
    ("127.0.0.0/8", "loopback"),
    ("169.254.0.0/16", "link-local"),
    ("172.16.0.0/12", "private"),
    ("192.0.0.0/24", "reserved"), // IETF protocol assignments
    ("192.0.2.0/24", "documentation"),
    ("192.88.99.0/24", "reserved"), // old 6to4 relay anycast
    ("192.168.0.0/16", "private"),
    ("198.18.0.0/15", "benchmarking"),
    ("198.51.100.0/24", "documentation"),
    ("203.0.113.0/24", "documentation"),
    ("224.0.0.0/4", "multicast"),
    ("240.0.0.0/4", "reserved"),
];

/// IPv6 ranges we never connect to. Ranges that embed an IPv4 address are handled in code.
const V6_RANGES: &[(&str, &str)] = &[
    ("::/128", "unspecified"),
    ("::1/128", "loopback"),
    ("100::/64", "reserved"), // discard-only
    ("2001:db8::/32", "documentation"),
    ("3fff::/20", "documentation"),
    ("fc00::/7", "private"), // unique local
    ("fe80::/10", "link-local"),
    ("fec0::/10", "private"), // deprecated site-local
    ("ff00::/8", "multicast"),
];

/// Why `ip` may not be contacted, as a short category ("loopback", "private", "link-local", "CGNAT",
/// "multicast", "unspecified", "broadcast", "documentation", "benchmarking", "reserved"), or `None`
/// when it is an ordinary public address. IPv4 addresses embedded in IPv6 (IPv4-mapped `::ffff:0:0/96`,
/// IPv4-compatible `::/96`, NAT64 `64:ff9b::/96`, 6to4 `2002::/16`) are judged by their IPv4 part.
pub fn forbidden_reason(ip: IpAddr) -> Option<&'static str> {
    match ip {
        IpAddr::V4(v4) => v4_reason(v4),
        IpAddr::V6(v6) => v6_reason(v6),
    }
}

fn v4_reason(ip: Ipv4Addr) -> Option<&'static str> {
    V4_RANGES.iter().find_map(|(net, why)| net.parse::<Ipv4Net>().ok().filter(|n| n.contains(&ip)).map(|_| *why))
}

fn v6_reason(ip: Ipv6Addr) -> Option<&'static str> {
    if let Some(why) =
        V6_RANGES.iter().find_map(|(net, why)| net.parse::<Ipv6Net>().ok().filter(|n| n.contains(&ip)).map(|_| *why))
    {
        return Some(why);
    }
    let seg = ip.segments();
    let o = ip.octets();
    let tail = Ipv4Addr::new(o[12], o[13], o[14], o[15]);
    let embedded = if seg[..5] == [0, 0, 0, 0, 0] && (seg[5] == 0xffff || seg[5] == 0) {
        // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible, deprecated)
        Some(tail)
    } else if seg[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
        Some(tail) // NAT64 well-known prefix
    } else if seg[0] == 0x2002 {
        Some(Ipv4Addr::new(o[2], o[3], o[4], o[5])) // 6to4
    } else {
        None
    };
    embedded.and_then(v4_reason)
}

/// The SSRF check done on every URL before it is requested (the first one and every redirect hop):
/// the scheme must be http or https, the URL must have a host, and a literal IP host must not be
/// forbidden (see [`forbidden_reason`]) unless `allow_private_networks`. Host names pass here; their
/// DNS answers are checked by the fetcher's resolver when connecting.
pub fn check_target(url: &Url, allow_private_networks: bool) -> Result<(), FetchError> {
    match url.scheme() {
        "http" | "https" => {}
        other => return Err(FetchError::UnsupportedScheme(format!("{other}: in {url}"))),
    }
    let ip = match url.host() {
        None => return Err(FetchError::BadUrl(format!("no host in {url}"))),
        Some(Host::Domain(_)) => return Ok(()),
        Some(Host::Ipv4(v4)) => IpAddr::V4(v4),
        Some(Host::Ipv6(v6)) => IpAddr::V6(v6),
    };
    if allow_private_networks {
        return Ok(());
    }
    match forbidden_reason(ip) {
        Some(why) => Err(FetchError::Blocked { url: url.to_string(), reason: format!("{why} address {ip}") }),
        None => Ok(()),
    }
}

/// The error our resolver returns when every address of a name is forbidden. The fetcher finds it in
/// the HTTP client's error chain and turns it into [`FetchError::Blocked`].
#[derive(Debug)]
pub(crate) struct BlockedByResolver {
    pub(crate) reason: String,
}

impl fmt::Display for BlockedByResolver {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.reason)
    }
}

impl StdError for BlockedByResolver {}

/// Finds a [`BlockedByResolver`] anywhere in an error's source chain.
pub(crate) fn blocked_in_chain(err: &(dyn StdError + 'static)) -> Option<String> {
    let mut cur: Option<&(dyn StdError + 'static)> = Some(err);
    while let Some(e) = cur {
        if let Some(b) = e.downcast_ref::<BlockedByResolver>() {
            return Some(b.reason.clone());
        }
        cur = e.source();
    }
    None
}

/// Drops forbidden addresses from `addrs`. Returns the rest, or the reason for refusing when none is left.
pub(crate) fn filter_addrs(addrs: Vec<SocketAddr>) -> Result<Vec<SocketAddr>, String> {
    let mut first_refusal = None;
    let mut kept = Vec::with_capacity(addrs.len());
    for addr in addrs {
        match forbidden_reason(addr.ip()) {
            None => kept.push(addr),
            Some(why) => {
                first_refusal.get_or_insert_with(|| format!("resolves to {why} address {}", addr.ip()));
            }
        }
    }
    match (kept.is_empty(), first_refusal) {
        (false, _) => Ok(kept),
        (true, Some(reason)) => Err(reason),
        (true, None) => Err("resolves to no address".to_owned()),
    }
}

/// System DNS (`getaddrinfo` through tokio) with forbidden addresses removed.
pub(crate) struct GuardedResolver {
    pub(crate) allow_private_networks: bool,
}

impl Resolve for GuardedResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let allow = self.allow_private_networks;
        let host = name.as_str().to_owned();
        Box::pin(async move {
            let addrs: Vec<SocketAddr> = tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            let addrs =
                if allow { addrs } else { filter_addrs(addrs).map_err(|reason| BlockedByResolver { reason })? };
            if addrs.is_empty() {
                return Err(format!("{host} resolves to no address").into());
            }
            let addrs: Addrs = Box::new(addrs.into_iter());
            Ok(addrs)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason(s: &str) -> Option<&'static str> {
        forbidden_reason(s.parse().unwrap())
    }

    #[test]
    fn ipv4_ranges() {
        assert_eq!(reason("127.0.0.1"), Some("loopback"));
        assert_eq!(reason("127.255.0.3"), Some("loopback"));
        assert_eq!(reason("10.1.2.3"), Some("private"));
        assert_eq!(reason("172.16.0.1"), Some("private"));
        assert_eq!(reason("172.31.255.255"), Some("private"));
        assert_eq!(reason("172.32.0.1"), None);
        assert_eq!(reason("192.168.1.1"), Some("private"));
        assert_eq!(reason("169.254.169.254"), Some("link-local"));
        assert_eq!(reason("100.64.0.1"), Some("CGNAT"));
        assert_eq!(reason("100.127.255.255"), Some("CGNAT"));
        assert_eq!(reason("100.128.0.1"), None);
        assert_eq!(reason("224.0.0.1"), Some("multicast"));
        assert_eq!(reason("0.0.0.0"), Some("unspecified"));
        assert_eq!(reason("255.255.255.255"), Some("broadcast"));
        assert_eq!(reason("192.0.2.10"), Some("documentation"));
        assert_eq!(reason("198.51.100.10"), Some("documentation"));
        assert_eq!(reason("203.0.113.10"), Some("documentation"));
        assert_eq!(reason("8.8.8.8"), None);
        assert_eq!(reason("93.184.216.34"), None);
    }

    #[test]
    fn ipv6_ranges_and_embedded_ipv4() {
        assert_eq!(reason("::1"), Some("loopback"));
        assert_eq!(reason("::"), Some("unspecified"));
        assert_eq!(reason("fd00::1"), Some("private"));
        assert_eq!(reason("fe80::1"), Some("link-local"));
        assert_eq!(reason("ff02::1"), Some("multicast"));
        assert_eq!(reason("2001:db8::1"), Some("documentation"));
        assert_eq!(reason("::ffff:127.0.0.1"), Some("loopback"));
        assert_eq!(reason("::ffff:10.0.0.1"), Some("private"));
        assert_eq!(reason("::ffff:169.254.169.254"), Some("link-local"));
        assert_eq!(reason("64:ff9b::7f00:1"), Some("loopback"));
        assert_eq!(reason("2002:7f00:1::"), Some("loopback"));
        assert_eq!(reason("::ffff:8.8.8.8"), None);
        assert_eq!(reason("2606:4700:4700::1111"), None);
    }

    fn check(url: &str, allow: bool) -> Result<(), FetchError> {
        check_target(&Url::parse(url).unwrap(), allow)
    }

    /// The check every redirect hop goes through: a public page redirecting to a metadata endpoint or to
    /// loopback is refused before anything is sent.
    #[test]
    fn redirect_targets_are_checked() {
        let Err(FetchError::Blocked { reason, .. }) = check("http://169.254.169.254/latest/meta-data/", false) else {
            panic!("metadata endpoint not blocked");
        };
        assert_eq!(reason, "link-local address 169.254.169.254");
        assert!(matches!(check("http://127.0.0.1:8080/admin", false), Err(FetchError::Blocked { .. })));
        assert!(matches!(check("http://[::ffff:127.0.0.1]/", false), Err(FetchError::Blocked { .. })));
        assert!(matches!(check("http://[::1]:9000/", false), Err(FetchError::Blocked { .. })));
        // Obfuscated forms are normalised by the URL parser before we look.
        assert!(matches!(check("http://2130706433/", false), Err(FetchError::Blocked { .. })));
        assert!(matches!(check("http://0x7f.1/", false), Err(FetchError::Blocked { .. })));
        assert!(matches!(check("http://10.0.0.1/", false), Err(FetchError::Blocked { .. })));
        assert!(check("https://93.184.216.34/page", false).is_ok());
        assert!(check("https://example.com/page", false).is_ok());
        assert!(check("http://127.0.0.1:8080/admin", true).is_ok());
        assert!(matches!(check("ftp://example.com/", false), Err(FetchError::UnsupportedScheme(_))));
        assert!(matches!(check("file:///etc/passwd", true), Err(FetchError::UnsupportedScheme(_))));
    }

    #[test]
    fn resolver_filter_keeps_public_drops_private() {
        let a: SocketAddr = "127.0.0.1:0".parse().unwrap();
        let b: SocketAddr = "93.184.216.34:0".parse().unwrap();
        let c: SocketAddr = "[::1]:0".parse().unwrap();
        assert_eq!(filter_addrs(vec![a, b, c]).unwrap(), vec![b]);
        assert_eq!(filter_addrs(vec![a, c]).unwrap_err(), "resolves to loopback address 127.0.0.1");
        assert_eq!(filter_addrs(vec![]).unwrap_err(), "resolves to no address");
    }

    #[test]
    fn blocked_error_is_found_in_a_chain() {
        #[derive(Debug)]
        struct Outer(BlockedByResolver);
        impl fmt::Display for Outer {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("outer")
            }
        }
        impl StdError for Outer {
            fn source(&self) -> Option<&(dyn StdError + 'static)> {
                Some(&self.0)
            }
        }
        let e = Outer(BlockedByResolver { reason: "resolves to loopback address ::1".into() });
        assert_eq!(blocked_in_chain(&e).as_deref(), Some("resolves to loopback address ::1"));
    }
}
