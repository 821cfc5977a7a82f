//! Colonnade's bundled demo: real saved pages and feeds, served on loopback so that they go
//! through the real crawl path (feeds → fetch → extract → store) on a machine without network.
//!
//! The demo folder (`demo/` at the repository root, found by [`default_dir`]) holds a normal
//! `colonnade.toml` and a `sites/` tree, one folder per publication with its pages and a
//! `feed.xml`. Feed item links and the configuration's feed URLs are written with the literal
//! placeholder `{demo}`, which [`Demo::start`] replaces with the address of a loopback
//! [`Server`] that serves every file under `sites/` at `/<slug>/<file>`. The publications keep
//! their real home pages, so each demo article is filed under the publication it came from.
//!
//! A site folder may hold a `canonical.tsv` (lines `file<TAB>original URL`, `#` comments): the
//! pages it lists are served with `Link: <original URL>; rel="canonical"` (RFC 6596), which names
//! the address a saved page came from when the page itself does not. The file is not served.
//!
//! The server comes up at [`DEMO_ADDR`] when that port is free, so feed URLs stored by one run
//! are still valid in the next; otherwise at a free port.
//!
//! ```no_run
//! # async fn run() -> Result<(), colonnade_demo::DemoError> {
//! let demo = colonnade_demo::Demo::start(&colonnade_demo::default_dir()).await?;
//! println!("{} publications served at {}", demo.config().publications.len(), demo.base());
//! // Crawl with `demo.config()`; keep `demo` alive for as long as the crawler runs.
//! # Ok(())
//! # }
//! ```

use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::net::{Ipv4Addr, SocketAddr, SocketAddrV4};
use std::path::{Path, PathBuf};

use colonnade_config::{Config, ConfigError};
use colonnade_fixture::{Route, Server, Site};

/// Where the demo server tries to listen first: a fixed loopback port (outside Linux's and
/// Windows' ephemeral ranges, unassigned by IANA), so that its URLs stay the same from one start
/// to the next.
pub const DEMO_ADDR: SocketAddr = SocketAddr::V4(SocketAddrV4::new(Ipv4Addr::LOCALHOST, 7331));

/// The placeholder for the server's base URL (`http://127.0.0.1:7331`, no trailing slash) in
/// the demo's configuration and feeds.
pub const PLACEHOLDER: &str = "{demo}";

/// The configuration file inside the demo folder.
const CONFIG_FILE: &str = "colonnade.toml";

/// The folder of served files inside the demo folder.
const SITES_DIR: &str = "sites";

/// In a site folder: the original addresses of pages that do not name theirs, served as
/// `Link: <…>; rel="canonical"` headers.
const CANONICAL_FILE: &str = "canonical.tsv";

/// Served at `/robots.txt`: the demo server lets everything be crawled.
const ROBOTS: &str = "User-agent: *\nAllow: /\n";

/// Why the demo could not start.
///
/// `Display` says what failed; the underlying error is the
/// [`source`](std::error::Error::source), so print the whole chain (`{:#}` with anyhow).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DemoError {
    /// The folder, its `colonnade.toml` or its `sites/` folder does not exist.
    #[error("no demo at {}: it needs {CONFIG_FILE} and a {SITES_DIR}/ folder", .0.display())]
    Missing(PathBuf),
    /// The demo's `colonnade.toml` is not a valid configuration.
    #[error("the demo configuration is not valid")]
    Config(#[source] ConfigError),
    /// A file of the demo could not be read.
    #[error("cannot read {}", path.display())]
    Read {
        /// The file or folder.
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// A line of a `canonical.tsv` is not `file<TAB>http(s) URL`, or names a file that is not
    /// there.
    #[error("{}:{line}: {reason}", path.display())]
    Canonical {
        /// The `canonical.tsv` file.
        path: PathBuf,
        /// The line number, from 1.
        line: usize,
        /// What is wrong with it.
        reason: String,
    },
    /// No loopback port could be bound, not even a free one.
    #[error("cannot start the demo server on {addr}")]
    Bind {
        /// The address last tried.
        addr: SocketAddr,
        /// Why.
        #[source]
        source: std::io::Error,
    },
}

/// The demo folder: `./demo` when the current directory has one (with a `colonnade.toml`),
/// else the `demo/` folder of the source tree this crate was built from.
pub fn default_dir() -> PathBuf {
    let here = PathBuf::from("demo");
    if here.join(CONFIG_FILE).is_file() {
        return here;
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../demo")
}

/// A running demo: the loopback server and the configuration that points at it.
///
/// Dropping it stops the server.
pub struct Demo {
    server: Server,
    config: Config,
    files: usize,
}

impl Demo {
    /// Reads `dir/colonnade.toml` and every file under `dir/sites/`, serves the files on
    /// loopback (at [`DEMO_ADDR`] if it is free; with a canonical `Link` header for the pages a
    /// `canonical.tsv` lists) and returns the configuration with `{demo}` replaced by the
    /// server's address, private networks allowed, no per-host delay (the server is our own) and
    /// `photos = false` everywhere (the images the pages name are on the publishers' servers).
    pub async fn start(dir: &Path) -> Result<Demo, DemoError> {
        Demo::start_at(dir, DEMO_ADDR).await
    }

    /// [`Demo::start`] at `addr` (a loopback address; port 0 for a free one), falling back to a
    /// free port on the same address when `addr` cannot be bound.
    pub async fn start_at(dir: &Path, addr: SocketAddr) -> Result<Demo, DemoError> {
        let config_path = dir.join(CONFIG_FILE);
        let sites = dir.join(SITES_DIR);
        if !config_path.is_file() || !sites.is_dir() {
            return Err(DemoError::Missing(dir.to_path_buf()));
        }
        let config_text = std::fs::read_to_string(&config_path)
            .map_err(|source| DemoError::Read { path: config_path.clone(), source })?;
        // Checked before anything is served, with a stand-in address.
        parse_config(&config_text, &config_path, "http://127.0.0.1:1")?;
        let files = {
            let sites = sites.clone();
            tokio::task::spawn_blocking(move || read_tree(&sites)).await.map_err(|e| DemoError::Read {
                path: dir.join(SITES_DIR),
                source: std::io::Error::other(e.to_string()),
            })??
        };
        let (files, canonical) = split_canonical(files, &sites)?;

        let mut site = Site::new();
        site.page("/robots.txt", "text/plain", ROBOTS);
        let server = match Server::start_at(addr, site.clone()).await {
            Ok(s) => s,
            Err(_) if addr.port() != 0 => Server::start_at(SocketAddr::new(addr.ip(), 0), site)
                .await
                .map_err(|source| DemoError::Bind { addr: SocketAddr::new(addr.ip(), 0), source })?,
            Err(source) => return Err(DemoError::Bind { addr, source }),
        };
        // The crawler may run for days: the request log must not grow.
        server.set_logging(false);
        let base = server.base();
        let count = files.len();
        for file in files {
            let content_type = content_type(&file.path, &file.body);
            let body =
                if content_type.starts_with("text/html") { file.body } else { replace(&file.body, PLACEHOLDER, &base) };
            let etag = etag(&body);
            let headers = match canonical.get(&file.path) {
                Some(url) => vec![("Link".to_string(), format!("<{url}>; rel=\"canonical\""))],
                None => Vec::new(),
            };
            server.set_route(
                &file.path,
                Route::Page {
                    status: 200,
                    content_type: content_type.to_string(),
                    body: body.into(),
                    etag: Some(etag),
                    last_modified: None,
                    headers,
                },
            );
        }
        let mut config = parse_config(&config_text, &config_path, &base)?;
        config.crawl.allow_private_networks = true;
        config.crawl.per_host_delay_ms = 0;
        // The pages name their images at the publishers' real addresses (og:image, author boxes,
        // Gravatars), but the demo carries no image files and no licence for them, and it must
        // work offline without contacting anyone: no image is fetched, columnists show initials
        // (an operator can still give one a photo with `colonnade columnists photo --file`).
        for publication in &mut config.publications {
            publication.photos = false;
        }
        Ok(Demo { server, config, files: count })
    }

    /// The configuration: the demo's publications, with feed URLs on the demo server.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The server's base URL, `http://127.0.0.1:7331` (no trailing slash).
    pub fn base(&self) -> String {
        self.server.base()
    }

    /// The server's address.
    pub fn addr(&self) -> SocketAddr {
        self.server.addr()
    }

    /// How many files of `sites/` are served (besides `/robots.txt`).
    pub fn files(&self) -> usize {
        self.files
    }
}

fn parse_config(text: &str, path: &Path, base: &str) -> Result<Config, DemoError> {
    Config::parse(&text.replace(PLACEHOLDER, base), &path.display().to_string()).map_err(DemoError::Config)
}

/// One file to serve: its URL path and its bytes.
struct File {
    path: String,
    body: Vec<u8>,
}

/// Every file under `root` (hidden ones skipped), with its URL path, in path order.
fn read_tree(root: &Path) -> Result<Vec<File>, DemoError> {
    let mut out = Vec::new();
    let mut stack = vec![(root.to_path_buf(), String::new())];
    while let Some((dir, prefix)) = stack.pop() {
        let entries = std::fs::read_dir(&dir).map_err(|source| DemoError::Read { path: dir.clone(), source })?;
        for entry in entries {
            let entry = entry.map_err(|source| DemoError::Read { path: dir.clone(), source })?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            let path = entry.path();
            let url_path = format!("{prefix}/{}", encode_segment(&name));
            let file_type = entry.file_type().map_err(|source| DemoError::Read { path: path.clone(), source })?;
            if file_type.is_dir() {
                stack.push((path, url_path));
            } else {
                let body = std::fs::read(&path).map_err(|source| DemoError::Read { path, source })?;
                out.push(File { path: url_path, body });
            }
        }
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(out)
}

/// Takes the `canonical.tsv` files out of `files` and reads them: the original address of each
/// page they list, by the page's URL path. `sites` is only for error messages.
fn split_canonical(files: Vec<File>, sites: &Path) -> Result<(Vec<File>, HashMap<String, String>), DemoError> {
    let suffix = format!("/{CANONICAL_FILE}");
    let (lists, files): (Vec<File>, Vec<File>) = files.into_iter().partition(|f| f.path.ends_with(&suffix));
    let served: HashSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
    let mut canonical = HashMap::new();
    for list in &lists {
        let dir = &list.path[..list.path.len() - CANONICAL_FILE.len()];
        let fs_path = sites.join(list.path.trim_start_matches('/'));
        let error = |line: usize, reason: String| DemoError::Canonical { path: fs_path.clone(), line, reason };
        let text = std::str::from_utf8(&list.body).map_err(|_| error(1, "not UTF-8".into()))?;
        for CanonicalLine { line: n, file, url } in parse_canonical(text).map_err(|(n, reason)| error(n, reason))? {
            let path = format!("{dir}{}", encode_segment(file));
            if !served.contains(path.as_str()) {
                return Err(error(n, format!("no file {file:?} next to it")));
            }
            canonical.insert(path, url.to_string());
        }
    }
    Ok((files, canonical))
}

/// One line of a `canonical.tsv`.
#[derive(Debug, PartialEq, Eq)]
struct CanonicalLine<'a> {
    /// Its number, from 1.
    line: usize,
    /// The page's file name, next to the list.
    file: &'a str,
    /// The page's original address.
    url: &'a str,
}

/// The lines of a `canonical.tsv`, skipping blank lines and `#` comments; an error is the line
/// number and what is wrong. The URL must be absolute http(s) and fit in a `Link` header: no whitespace, control
/// characters, quotes or angle brackets (percent-encode them).
fn parse_canonical(text: &str) -> Result<Vec<CanonicalLine<'_>>, (usize, String)> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let Some((file, url)) = line.split_once('\t') else {
            return Err((n, "expected `file<TAB>URL`".into()));
        };
        let (file, url) = (file.trim(), url.trim());
        if file.is_empty() || file.contains('/') || file.starts_with('.') {
            return Err((n, format!("{file:?} is not a file name")));
        }
        let scheme_ok = ["http://", "https://"]
            .iter()
            .any(|p| url.get(..p.len()).is_some_and(|s| s.eq_ignore_ascii_case(p)) && url.len() > p.len());
        if !scheme_ok || url.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"')) {
            return Err((n, format!("{url:?} is not an http(s) URL that fits in a Link header")));
        }
        out.push(CanonicalLine { line: n, file, url });
    }
    Ok(out)
}

/// A file name as a URL path segment, percent-encoded the way a URL parser writes it, so the
/// request path the crawler sends matches the route.
fn encode_segment(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for b in name.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The Content-Type for a file. HTML gets no charset: the pages declare their own (or not),
/// and the crawler must find it as it would on the real site.
fn content_type(path: &str, body: &[u8]) -> &'static str {
    let ext = path.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" => "text/html",
        "rss" => "application/rss+xml",
        "atom" => "application/atom+xml",
        "xml" => {
            let head = String::from_utf8_lossy(&body[..body.len().min(1024)]).to_ascii_lowercase();
            if head.contains("<rss") || head.contains("<rdf:rdf") {
                "application/rss+xml"
            } else if head.contains("<feed") {
                "application/atom+xml"
            } else {
                "application/xml"
            }
        }
        "json" => "application/json",
        "txt" => "text/plain; charset=utf-8",
        "css" => "text/css",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "svg" => "image/svg+xml",
        _ => "application/octet-stream",
    }
}

/// `body` with every `from` replaced by `to`, byte-wise (feeds need not be UTF-8).
fn replace(body: &[u8], from: &str, to: &str) -> Vec<u8> {
    let from = from.as_bytes();
    let mut out = Vec::with_capacity(body.len());
    let mut i = 0;
    while i < body.len() {
        if body[i..].starts_with(from) {
            out.extend_from_slice(to.as_bytes());
            i += from.len();
        } else {
            out.push(body[i]);
            i += 1;
        }
    }
    out
}

/// A strong validator for a body, so a crawler's second visit gets a 304.
fn etag(body: &[u8]) -> String {
    let mut h = std::hash::DefaultHasher::new();
    body.hash(&mut h);
    format!("\"{:016x}-{:x}\"", h.finish(), body.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholder_is_replaced_bytewise() {
        let body = b"<link>{demo}/gv/a.html</link>\xff{demo}";
        assert_eq!(
            replace(body, PLACEHOLDER, "http://127.0.0.1:7331"),
            b"<link>http://127.0.0.1:7331/gv/a.html</link>\xffhttp://127.0.0.1:7331".to_vec()
        );
        assert_eq!(replace(b"{dem", PLACEHOLDER, "x"), b"{dem".to_vec());
    }

    #[test]
    fn content_types_claim_no_charset_for_html() {
        assert_eq!(content_type("/a/b.html", b""), "text/html");
        assert_eq!(
            content_type("/a/feed.xml", b"<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"),
            "application/rss+xml"
        );
        assert_eq!(
            content_type("/a/feed.xml", b"<feed xmlns=\"http://www.w3.org/2005/Atom\">"),
            "application/atom+xml"
        );
        assert_eq!(content_type("/a/sitemap.xml", b"<urlset>"), "application/xml");
        assert_eq!(content_type("/a/b", b""), "application/octet-stream");
    }

    #[test]
    fn file_names_are_encoded_as_a_url_parser_would() {
        assert_eq!(encode_segment("nytimes-1.html"), "nytimes-1.html");
        assert_eq!(encode_segment("a b.html"), "a%20b.html");
        assert_eq!(encode_segment("é.html"), "%C3%A9.html");
    }

    #[test]
    fn canonical_lists_are_read_strictly() {
        let text = "# file\toriginal URL\n\nindex_1.html\thttp://globalvoicesonline.org/2009/06/11/a/\r\n\
                    a%20b.html\thttps://e.org/x?y=1#z\n";
        assert_eq!(
            parse_canonical(text).unwrap(),
            [
                CanonicalLine { line: 3, file: "index_1.html", url: "http://globalvoicesonline.org/2009/06/11/a/" },
                CanonicalLine { line: 4, file: "a%20b.html", url: "https://e.org/x?y=1#z" }
            ]
        );
        for (bad, line) in [
            ("index_1.html http://e.org/a\n", 1),
            ("#\nindex_1.html\tftp://e.org/a\n", 2),
            ("index_1.html\thttp://\n", 1),
            ("index_1.html\thttp://e.org/a>; rel=next\n", 1),
            ("index_1.html\thttp://e.org/a\u{b}b\n", 1),
            ("../x.html\thttp://e.org/a\n", 1),
            ("\thttp://e.org/a\n", 1),
        ] {
            assert_eq!(parse_canonical(bad).err().map(|e| e.0), Some(line), "{bad:?}");
        }
    }

    #[test]
    fn canonical_lists_are_not_served_and_must_name_served_files() {
        let file = |path: &str, body: &str| File { path: path.into(), body: body.as_bytes().to_vec() };
        let files = vec![
            file("/gv/a%20b.html", "<p>"),
            file("/gv/canonical.tsv", "a b.html\thttps://e.org/a\n"),
            file("/gv/feed.xml", "<rss>"),
        ];
        let (files, canonical) = split_canonical(files, Path::new("sites")).unwrap();
        assert_eq!(files.iter().map(|f| f.path.as_str()).collect::<Vec<_>>(), ["/gv/a%20b.html", "/gv/feed.xml"]);
        assert_eq!(canonical.get("/gv/a%20b.html").map(String::as_str), Some("https://e.org/a"));
        assert_eq!(canonical.len(), 1);

        let err =
            split_canonical(vec![file("/gv/canonical.tsv", "#\nmissing.html\thttps://e.org/a\n")], Path::new("sites"))
                .err()
                .unwrap();
        assert!(matches!(err, DemoError::Canonical { line: 2, .. }), "{err:?}");
        assert!(err.to_string().contains("missing.html"), "{err}");
    }

    #[test]
    fn etags_differ_with_content() {
        assert_eq!(etag(b"a"), etag(b"a"));
        assert_ne!(etag(b"a"), etag(b"b"));
    }
}
