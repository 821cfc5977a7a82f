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
    embedded_v4(ip).into_iter().find_map(v4_reason)
}

/// The IPv4 addresses an IPv6 address may carry, by every translation scheme that embeds one: mapped
/// (`::ffff:a.b.c.d`), compatible (`::a.b.c.d`), SIIT-translated (`::ffff:0:a.b.c.d`), NAT64
/// (`64:ff9b::/96`), local-use NAT64 (`64:ff9b:1::/48`, as a /96 or a /48 by RFC 6052) and 6to4
/// (`2002::/16`).
fn embedded_v4(ip: Ipv6Addr) -> Vec<Ipv4Addr> {
    let seg = ip.segments();
    let o = ip.octets();
    let tail = Ipv4Addr::new(o[12], o[13], o[14], o[15]);
    let mapped_or_compatible = seg[..5] == [0, 0, 0, 0, 0] && (seg[5] == 0xffff || seg[5] == 0);
    let siit = seg[..6] == [0, 0, 0, 0, 0xffff, 0];
    let nat64 = seg[..6] == [0x64, 0xff9b, 0, 0, 0, 0];
    if mapped_or_compatible || siit || nat64 {
        vec![tail]
    } else if seg[..3] == [0x64, 0xff9b, 1] {
        // Local-use NAT64 prefix: a /96 inside it puts the address at the end (bytes 6 to 11 zero), a
        // /48 around the `u` octet (byte 8).
        if o[6..12].iter().all(|b| *b == 0) { vec![tail] } else { vec![Ipv4Addr::new(o[6], o[7], o[9], o[10])] }
    } else if seg[0] == 0x2002 {
        vec![Ipv4Addr::new(o[2], o[3], o[4], o[5])] // 6to4
    } else {
        Vec::new()
    }
}

/// Whether `allow_private_networks` may unlock an address refused for this reason: loopback and
/// private (RFC 1918, unique-local) only. Link-local (cloud metadata at 169.254.169.254), unspecified,
/// multicast, broadcast and the other reserved ranges stay refused whatever the setting.
fn unlockable(reason: &str) -> bool {
    matches!(reason, "loopback" | "private")
}

/// Why `ip` is refused under this setting, or `None` when it may be contacted: [`forbidden_reason`],
/// except that `allow_private_networks` lets loopback and private addresses through.
pub fn refusal(ip: IpAddr, allow_private_networks: bool) -> Option<&'static str> {
    forbidden_reason(ip).filter(|why| !(allow_private_networks && unlockable(why)))
}

/// The SSRF check done on every URL before it is requested (the first one and every redirect hop):
/// the scheme must be http or https, the URL must have a host, and a literal IP host must not be
/// refused (see [`refusal`]: `allow_private_networks` unlocks loopback and private ranges only). Host
/// names pass here; their DNS answers are checked by the fetcher's resolver when connecting.
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
    match refusal(ip, allow_private_networks) {
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

/// Drops refused addresses from `addrs` (see [`refusal`]). Returns the rest, or the reason for refusing
/// when none is left.
pub(crate) fn filter_addrs(addrs: Vec<SocketAddr>, allow_private_networks: bool) -> Result<Vec<SocketAddr>, String> {
    let mut first_refusal = None;
    let mut kept = Vec::with_capacity(addrs.len());
    for addr in addrs {
        match refusal(addr.ip(), allow_private_networks) {
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

/// System DNS (`getaddrinfo` through tokio) with refused addresses removed, whatever the setting.
pub(crate) struct GuardedResolver {
    pub(crate) allow_private_networks: bool,
}

impl Resolve for GuardedResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let allow = self.allow_private_networks;
        let host = name.as_str().to_owned();
        Box::pin(async move {
            let addrs: Vec<SocketAddr> = tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            let addrs = filter_addrs(addrs, allow).map_err(|reason| BlockedByResolver { reason })?;
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
        assert_eq!(reason("::ffff:0:a9fe:a9fe"), Some("link-local")); // SIIT ::ffff:0:169.254.169.254
        assert_eq!(reason("::ffff:0:7f00:1"), Some("loopback"));
        assert_eq!(reason("64:ff9b::a9fe:a9fe"), Some("link-local"));
        assert_eq!(reason("64:ff9b:1:a9fe:a9:fe00::"), Some("link-local")); // /48 form, u octet skipped
        assert_eq!(reason("64:ff9b:1::a9fe:a9fe"), Some("link-local")); // /96 inside the /48
        assert_eq!(reason("2002:a9fe:a9fe::1"), Some("link-local"));
        assert_eq!(reason("2002:0808:0808::1"), None);
        assert_eq!(reason("64:ff9b:1:808:8:800::"), None);
        assert_eq!(reason("64:ff9b:1::808:808"), None);
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
        assert!(check("http://10.0.0.1/", true).is_ok());
        assert!(check("http://[fd00::1]/", true).is_ok());
        // The flag unlocks loopback and private ranges only.
        for refused in [
            "http://169.254.169.254/latest/meta-data/",
            "http://0.0.0.0/",
            "http://0.1.2.3/",
            "http://[::]/",
            "http://[fe80::1]/",
            "http://224.0.0.1/",
            "http://[ff02::1]/",
            "http://255.255.255.255/",
            "http://[::ffff:169.254.169.254]/",
            "http://[::ffff:0:a9fe:a9fe]/",
            "http://[64:ff9b::a9fe:a9fe]/",
            "http://[64:ff9b:1:a9fe:a9:fe00::]/",
            "http://[2002:a9fe:a9fe::]/",
        ] {
            assert!(matches!(check(refused, true), Err(FetchError::Blocked { .. })), "{refused} allowed");
        }
        assert!(matches!(check("ftp://example.com/", false), Err(FetchError::UnsupportedScheme(_))));
        assert!(matches!(check("file:///etc/passwd", true), Err(FetchError::UnsupportedScheme(_))));
    }

    #[test]
    fn resolver_filter_keeps_public_drops_private() {
        let a: SocketAddr = "127.0.0.1:0".parse().unwrap();
        let b: SocketAddr = "93.184.216.34:0".parse().unwrap();
        let c: SocketAddr = "[::1]:0".parse().unwrap();
        assert_eq!(filter_addrs(vec![a, b, c], false).unwrap(), vec![b]);
        assert_eq!(filter_addrs(vec![a, c], false).unwrap_err(), "resolves to loopback address 127.0.0.1");
        assert_eq!(filter_addrs(vec![], false).unwrap_err(), "resolves to no address");
        // Allowing private networks keeps loopback, never link-local or unspecified.
        let meta: SocketAddr = "169.254.169.254:0".parse().unwrap();
        let zero: SocketAddr = "0.0.0.0:0".parse().unwrap();
        assert_eq!(filter_addrs(vec![meta, a, zero], true).unwrap(), vec![a]);
        assert_eq!(filter_addrs(vec![meta], true).unwrap_err(), "resolves to link-local address 169.254.169.254");
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
