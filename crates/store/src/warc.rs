//! WARC/1.1 export of stored pages.

use std::io::Write;

use crate::{Id, Store, StoreError, StoredPage};

/// Pages read from the store per batch.
const BATCH: usize = 256;

/// Headers dropped from the stored response because they no longer describe the stored body:
/// the fetcher keeps bodies content-decoded and whole. A correct `Content-Length` is written.
const DROPPED_HEADERS: [&str; 3] = ["content-encoding", "transfer-encoding", "content-length"];

/// Writes every stored page as WARC/1.1 and returns the number of `response` records.
///
/// The output starts with a `warcinfo` record, then has one `response` record per page, in
/// article-id order, with `WARC-Target-URI`, `WARC-Date` (the fetch time),
/// `WARC-Record-ID` and `Content-Type: application/http;msgtype=response`. The block is the
/// HTTP/1.1 response head and the body. Bodies are stored decoded, so `Content-Encoding`,
/// `Transfer-Encoding` and the original `Content-Length` are replaced by a `Content-Length`
/// of the stored body. Records are separated by `\r\n\r\n`; nothing is compressed.
/// Pages are read from the store in batches, so memory use stays small.
pub fn export_warc(store: &dyn Store, out: &mut dyn Write) -> Result<u64, StoreError> {
    let now = jiff::Timestamp::now();
    let info = format!(
        "software: colonnade-store/{}\r\nformat: WARC File Format 1.1\r\n\
         conformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n",
        env!("CARGO_PKG_VERSION")
    );
    let date = warc_date(now);
    let head = format!(
        "WARC/1.1\r\nWARC-Type: warcinfo\r\nWARC-Record-ID: <urn:uuid:{}>\r\nWARC-Date: {date}\r\n\
         Content-Type: application/warc-fields\r\nContent-Length: {}\r\n\r\n",
        record_uuid(0, "warcinfo", &date),
        info.len()
    );
    write_record(out, head.as_bytes(), info.as_bytes())?;

    let mut records = 0u64;
    let mut after: Id = 0;
    loop {
        let pages = store.raw_pages(after, BATCH)?;
        let Some(last) = pages.last() else { break };
        after = last.article_id;
        for page in &pages {
            let mut block = http_head(page).into_bytes();
            block.extend_from_slice(&page.body);
            write_record(out, warc_head(page, block.len()).as_bytes(), &block)?;
            records += 1;
        }
    }
    out.flush().map_err(StoreError::Write)?;
    Ok(records)
}

fn write_record(out: &mut dyn Write, head: &[u8], block: &[u8]) -> Result<(), StoreError> {
    out.write_all(head).map_err(StoreError::Write)?;
    out.write_all(block).map_err(StoreError::Write)?;
    out.write_all(b"\r\n\r\n").map_err(StoreError::Write)
}

/// The WARC header of a page's `response` record whose block is `len` bytes.
fn warc_head(page: &StoredPage, len: usize) -> String {
    let date = warc_date(page.fetched_at.instant);
    format!(
        "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{}>\r\nWARC-Date: {date}\r\n\
         WARC-Target-URI: {}\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: {len}\r\n\r\n",
        record_uuid(page.article_id, &page.url, &date),
        one_line(&page.url),
    )
}

/// The HTTP/1.1 response head that starts a page's block.
fn http_head(page: &StoredPage) -> String {
    let mut http = format!("HTTP/1.1 {} {}\r\n", page.status, reason(page.status));
    for (name, value) in &page.headers {
        if DROPPED_HEADERS.iter().any(|d| name.eq_ignore_ascii_case(d)) {
            continue;
        }
        http.push_str(&one_line(name));
        http.push_str(": ");
        http.push_str(&one_line(value));
        http.push_str("\r\n");
    }
    http.push_str(&format!("Content-Length: {}\r\n\r\n", page.body.len()));
    http
}

/// A value made safe for a header line: CR and LF become spaces.
fn one_line(s: &str) -> String {
    s.replace(['\r', '\n'], " ")
}

/// WARC-Date: UTC, second precision, `Z`.
fn warc_date(t: jiff::Timestamp) -> String {
    t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// A UUID in version-4 format made from xxh3-128 of the article id, URL and date, so the same
/// page always gets the same record id and no uuid crate (or randomness) is needed.
pub(crate) fn record_uuid(article_id: Id, url: &str, date: &str) -> String {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    h.update(&article_id.to_le_bytes());
    h.update(url.as_bytes());
    h.update(b"\n");
    h.update(date.as_bytes());
    let mut b = h.digest128().to_be_bytes();
    b[6] = (b[6] & 0x0f) | 0x40; // version 4
    b[8] = (b[8] & 0x3f) | 0x80; // RFC 4122 variant
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!("{}-{}-{}-{}-{}", &hex[0..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..32])
}

/// The standard reason phrase for common statuses ("Unknown" otherwise; readers ignore it).
fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        203 => "Non-Authoritative Information",
        204 => "No Content",
        206 => "Partial Content",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        304 => "Not Modified",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        410 => "Gone",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Unknown",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn record_uuid_is_v4_shaped_and_stable() {
        let u = record_uuid(7, "https://example.com/a", "2024-05-01T07:30:00Z");
        assert_eq!(u, record_uuid(7, "https://example.com/a", "2024-05-01T07:30:00Z"));
        assert_ne!(u, record_uuid(8, "https://example.com/a", "2024-05-01T07:30:00Z"));
        let parts: Vec<&str> = u.split('-').collect();
        assert_eq!(parts.iter().map(|p| p.len()).collect::<Vec<_>>(), [8, 4, 4, 4, 12]);
        assert!(parts[2].starts_with('4'));
        assert!(matches!(parts[3].as_bytes()[0], b'8' | b'9' | b'a' | b'b'));
        assert!(u.bytes().all(|c| c == b'-' || c.is_ascii_hexdigit() && !c.is_ascii_uppercase()));
    }

    #[test]
    fn response_block_drops_stale_encoding_headers_and_escapes_newlines() {
        let page = StoredPage {
            article_id: 1,
            publication_id: 1,
            url: "https://example.com/a".into(),
            status: 404,
            headers: vec![
                ("Content-Type".into(), "text/html".into()),
                ("Content-Encoding".into(), "gzip".into()),
                ("content-length".into(), "9".into()),
                ("X-Evil".into(), "a\r\nInjected: yes".into()),
            ],
            body: b"hello".to_vec(),
            fetched_at: colonnade_model::Timestamp::parse_rfc3339("2024-05-01T09:30:00+02:00").unwrap(),
            evidence: None,
        };
        let head = warc_head(&page, 42);
        assert!(head.contains("WARC-Date: 2024-05-01T07:30:00Z\r\n"));
        assert!(head.contains("Content-Length: 42\r\n\r\n"));
        let http = http_head(&page);
        assert_eq!(
            http,
            "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nX-Evil: a  Injected: yes\r\nContent-Length: 5\r\n\r\n"
        );
    }
}
