//! Decoding HTML pages and XML feeds of unknown encoding to UTF-8.
//!
//! The order follows the WHATWG encoding sniffing algorithm (BOM, transport
//! header, `<meta>` prescan, detection, default) with a few corrections for
//! pages that lie about their encoding; see [`decode_html`].

use std::borrow::Cow;

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, REPLACEMENT, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252, X_USER_DEFINED};

/// How many bytes of an HTML page the `<meta>` prescan looks at.
const PRESCAN_LIMIT: usize = 4096;
/// How many bytes of an XML document are searched for the XML declaration.
const XML_DECL_LIMIT: usize = 1024;
/// Size of one chunk fed to the encoding detector (see `detect`).
const DETECT_CHUNK: usize = 512;
/// Total bytes fed to the encoding detector.
const DETECT_BUDGET: usize = 4096;
/// A page declared in a legacy encoding whose bytes are valid UTF-8 with at
/// least this many multi-byte characters is taken to be UTF-8.
const UTF8_OVERRIDE_MIN_CHARS: usize = 4;

/// Where the encoding used by [`decode_html`] / [`decode_xml`] came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CharsetSource {
    /// A byte order mark at the start of the bytes.
    Bom,
    /// The `charset` parameter of the HTTP `Content-Type` header.
    Header,
    /// A `<meta>` element (HTML) or the `<?xml encoding=...?>` declaration (XML).
    Meta,
    /// Guessed from the bytes: valid UTF-8, UTF-16 without a BOM, or chardetng.
    /// Also used when a declaration was overruled because the bytes contradict it.
    Detected,
    /// Nothing to go on (empty input): windows-1252, the web's default.
    Default,
}

/// The result of decoding: UTF-8 text plus how its encoding was found.
#[derive(Debug, Clone)]
pub struct Decoded<'a> {
    /// The decoded text. Borrowed from the input when it already was valid
    /// UTF-8 (or ASCII) without NUL bytes. Never contains U+0000.
    pub text: Cow<'a, str>,
    /// The encoding the bytes were decoded from.
    pub encoding: &'static Encoding,
    /// Where that encoding came from.
    pub source: CharsetSource,
}

/// Decode an HTML page to UTF-8 following WHATWG order.
///
/// 1. a BOM (UTF-8, UTF-16LE, UTF-16BE);
/// 2. the `charset` of the HTTP `Content-Type` header value (`content_type`,
///    e.g. `"text/html; charset=ISO-8859-1"`);
/// 3. a prescan of the first 4096 bytes for `<meta charset=...>` or
///    `<meta http-equiv=Content-Type content="...charset=...">` (a declared
///    UTF-16 there means UTF-8, per the spec);
/// 4. valid UTF-8 is UTF-8; otherwise chardetng detection with the `tld` hint
///    (e.g. `b"ru"`; any case, a leading dot or a full host name are accepted);
/// 5. windows-1252.
///
/// Labels are resolved with [`Encoding::for_label`], so `latin1` and
/// `iso-8859-1` mean windows-1252. Pages lie, so a declaration (header or
/// meta) is overruled (source [`CharsetSource::Detected`]) when:
/// - it says UTF-8 but the bytes are not valid UTF-8 and do not look mostly
///   UTF-8 either: the chardetng guess is used;
/// - it names a legacy ASCII-compatible encoding but the bytes are valid UTF-8
///   containing several multi-byte characters: UTF-8 is used.
///
/// A header naming UTF-16 is ignored when the bytes do not look like UTF-16.
/// Without a BOM or declaration, bytes that start like UTF-16 text (`<\0` or
/// `\0<`) are decoded as UTF-16. The output never contains NUL: U+0000 is
/// replaced by U+FFFD.
pub fn decode_html<'a>(bytes: &'a [u8], content_type: Option<&str>, tld: Option<&[u8]>) -> Decoded<'a> {
    if let Some(d) = decode_with_bom(bytes) {
        return d;
    }
    if let Some(enc) = content_type.and_then(|ct| header_charset(ct, bytes)) {
        return decode_declared(bytes, enc, CharsetSource::Header, tld);
    }
    if let Some(enc) = prescan_meta(&bytes[..bytes.len().min(PRESCAN_LIMIT)]) {
        return decode_declared(bytes, enc, CharsetSource::Meta, tld);
    }
    decode_undeclared(bytes, tld)
}

/// Decode an XML feed to UTF-8: BOM, then the `charset` of the HTTP
/// `Content-Type` header, then the `<?xml ... encoding="..."?>` declaration
/// (source [`CharsetSource::Meta`]), then detection (valid UTF-8, BOM-less
/// UTF-16, chardetng). The same corrections for lying declarations as in
/// [`decode_html`] apply. The output never contains NUL.
pub fn decode_xml<'a>(bytes: &'a [u8], content_type: Option<&str>) -> Decoded<'a> {
    if let Some(d) = decode_with_bom(bytes) {
        return d;
    }
    if let Some(enc) = content_type.and_then(|ct| header_charset(ct, bytes)) {
        return decode_declared(bytes, enc, CharsetSource::Header, None);
    }
    if let Some(enc) = xml_declared_encoding(bytes) {
        return decode_declared(bytes, enc, CharsetSource::Meta, None);
    }
    decode_undeclared(bytes, None)
}

fn decode_with_bom(bytes: &[u8]) -> Option<Decoded<'_>> {
    let (encoding, bom_len) = Encoding::for_bom(bytes)?;
    let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
    Some(finish(text, encoding, CharsetSource::Bom))
}

/// Decode with an encoding named by a header or a document declaration,
/// unless the bytes clearly contradict it.
fn decode_declared<'a>(
    bytes: &'a [u8],
    encoding: &'static Encoding,
    source: CharsetSource,
    tld: Option<&[u8]>,
) -> Decoded<'a> {
    if encoding == UTF_8 {
        return match std::str::from_utf8(bytes) {
            Ok(s) => finish(Cow::Borrowed(s), UTF_8, source),
            Err(_) if mostly_utf8(bytes) => finish(lossy_utf8(bytes), UTF_8, source),
            Err(_) => {
                let guess = detect(bytes, tld);
                if guess == UTF_8 {
                    finish(lossy_utf8(bytes), UTF_8, source)
                } else {
                    decode_as(bytes, guess, CharsetSource::Detected)
                }
            }
        };
    }
    if encoding.is_ascii_compatible() && encoding != X_USER_DEFINED {
        // Fast check first: no non-ASCII at all means nothing to decide.
        if let Ok(s) = std::str::from_utf8(bytes)
            && count_multibyte(s) >= UTF8_OVERRIDE_MIN_CHARS
        {
            return finish(Cow::Borrowed(s), UTF_8, CharsetSource::Detected);
        }
    }
    decode_as(bytes, encoding, source)
}

/// Nothing declared: UTF-16 by its look, UTF-8 when valid, else chardetng.
fn decode_undeclared<'a>(bytes: &'a [u8], tld: Option<&[u8]>) -> Decoded<'a> {
    if bytes.is_empty() {
        return Decoded { text: Cow::Borrowed(""), encoding: WINDOWS_1252, source: CharsetSource::Default };
    }
    if let Some(enc) = sniff_utf16(bytes) {
        return decode_as(bytes, enc, CharsetSource::Detected);
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return finish(Cow::Borrowed(s), UTF_8, CharsetSource::Detected);
    }
    let guess = detect(bytes, tld);
    decode_as(bytes, guess, CharsetSource::Detected)
}

fn decode_as<'a>(bytes: &'a [u8], encoding: &'static Encoding, source: CharsetSource) -> Decoded<'a> {
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    finish(text, encoding, source)
}

fn lossy_utf8(bytes: &[u8]) -> Cow<'_, str> {
    UTF_8.decode_without_bom_handling(bytes).0
}

/// Replace NULs and package the result.
fn finish<'a>(text: Cow<'a, str>, encoding: &'static Encoding, source: CharsetSource) -> Decoded<'a> {
    let text =
        if memchr::memchr(0, text.as_bytes()).is_some() { Cow::Owned(text.replace('\0', "\u{FFFD}")) } else { text };
    Decoded { text, encoding, source }
}

/// Number of non-ASCII characters in a valid UTF-8 string.
fn count_multibyte(s: &str) -> usize {
    s.bytes().filter(|&b| b >= 0xC0).count()
}

/// Invalid UTF-8 that is nevertheless mostly well-formed multi-byte UTF-8
/// (a few stray bytes in an otherwise UTF-8 page).
fn mostly_utf8(bytes: &[u8]) -> bool {
    let mut good = 0usize;
    let mut bad = 0usize;
    for chunk in bytes.utf8_chunks() {
        good += count_multibyte(chunk.valid());
        if !chunk.invalid().is_empty() {
            bad += 1;
        }
    }
    good > 0 && good >= 4 * bad
}

/// chardetng's guess. The detector runs at ~10 MB/s on non-ASCII text, so
/// rather than the whole page it is fed the regions around non-ASCII bytes:
/// chunks of [`DETECT_CHUNK`] bytes starting just before each next non-ASCII
/// byte, [`DETECT_BUDGET`] bytes in all. Chunks are cut at bytes below 0x40,
/// which are characters of their own in every ASCII-compatible encoding (never
/// trail bytes), so the joins do not split characters.
fn detect(bytes: &[u8], tld: Option<&[u8]>) -> &'static Encoding {
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    let mut pos = 0;
    let mut fed = 0;
    let mut reached_end = false;
    while fed < DETECT_BUDGET {
        let Some(rel) = bytes[pos..].iter().position(|&b| b >= 0x80) else {
            reached_end = true;
            break;
        };
        let first = pos + rel;
        let back = first.saturating_sub(16).max(pos);
        let start = bytes[back..first].iter().rposition(|&b| b < 0x40).map_or(first, |i| back + i);
        let end = safe_end(bytes, first + DETECT_CHUNK);
        detector.feed(&bytes[start..end], false);
        fed += end - start;
        pos = end;
        if pos >= bytes.len() {
            reached_end = true;
            break;
        }
    }
    if reached_end {
        detector.feed(&[], true);
    }
    let mut buf = [0u8; 63];
    let tld = sanitize_tld(tld, &mut buf);
    detector.guess(tld, Utf8Detection::Allow)
}

/// A cut position at or shortly after `pos` that falls on a byte below 0x40
/// (a character of its own in every ASCII-compatible encoding), or the end.
fn safe_end(bytes: &[u8], pos: usize) -> usize {
    if pos >= bytes.len() {
        return bytes.len();
    }
    let limit = (pos + 256).min(bytes.len());
    bytes[pos..limit].iter().position(|&b| b < 0x40).map_or(pos, |i| pos + i)
}

/// chardetng panics on a TLD with upper case, dots or non-ASCII: keep only the
/// last label, lower-cased, and drop anything else.
fn sanitize_tld<'b>(tld: Option<&[u8]>, buf: &'b mut [u8; 63]) -> Option<&'b [u8]> {
    let tld = tld?;
    let tld = tld.strip_suffix(b".").unwrap_or(tld);
    let label = match memchr::memrchr(b'.', tld) {
        Some(i) => &tld[i + 1..],
        None => tld,
    };
    if label.is_empty() || label.len() > buf.len() || !label.is_ascii() {
        return None;
    }
    let out = &mut buf[..label.len()];
    for (o, &b) in out.iter_mut().zip(label) {
        *o = b.to_ascii_lowercase();
    }
    Some(out)
}

/// UTF-16 text without a BOM: ASCII markup interleaved with zero bytes.
fn sniff_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes.get(..4)?;
    let ascii = |b: u8| b != 0 && b < 0x80;
    if ascii(head[0]) && head[1] == 0 && ascii(head[2]) && head[3] == 0 {
        Some(UTF_16LE)
    } else if head[0] == 0 && ascii(head[1]) && head[2] == 0 && ascii(head[3]) {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// The encoding named by the `charset` parameter of a Content-Type value.
/// A UTF-16 label is ignored unless the bytes look like UTF-16 (a server
/// default that does not match an ASCII-readable page).
fn header_charset(content_type: &str, bytes: &[u8]) -> Option<&'static Encoding> {
    let label = charset_param(content_type.as_bytes())?;
    let enc = usable(Encoding::for_label(label)?)?;
    if (enc == UTF_16LE || enc == UTF_16BE) && sniff_utf16(bytes).is_none() {
        return None;
    }
    Some(enc)
}

/// Drop the `replacement` encoding: decoding a whole page to one U+FFFD helps
/// nobody, detection does better.
fn usable(encoding: &'static Encoding) -> Option<&'static Encoding> {
    if encoding == REPLACEMENT { None } else { Some(encoding) }
}

fn is_ws(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0C' | b'\r' | b' ')
}

/// Find the position of `needle` (ASCII, lower case) in `hay`, ignoring ASCII case.
fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let first = needle.first()?;
    let mut from = 0;
    while from + needle.len() <= hay.len() {
        let rel = memchr::memchr2(*first, first.to_ascii_uppercase(), &hay[from..])?;
        let at = from + rel;
        if hay.len() - at >= needle.len() && hay[at..at + needle.len()].eq_ignore_ascii_case(needle) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// WHATWG "extracting a character encoding from a meta element", also fine for
/// HTTP Content-Type values: the label after `charset=`, quotes removed.
fn charset_param(s: &[u8]) -> Option<&[u8]> {
    let mut pos = 0;
    loop {
        let at = pos + find_ci(&s[pos..], b"charset")?;
        let mut p = at + 7;
        while p < s.len() && is_ws(s[p]) {
            p += 1;
        }
        if p >= s.len() || s[p] != b'=' {
            pos = p.max(at + 1);
            continue;
        }
        p += 1;
        while p < s.len() && is_ws(s[p]) {
            p += 1;
        }
        let rest = &s[p..];
        let first = *rest.first()?;
        return if first == b'"' || first == b'\'' {
            let end = memchr::memchr(first, &rest[1..])?;
            Some(&rest[1..1 + end])
        } else {
            let end = rest.iter().position(|&b| is_ws(b) || b == b';').unwrap_or(rest.len());
            if end == 0 { None } else { Some(&rest[..end]) }
        };
    }
}

/// WHATWG "prescan a byte stream to determine its encoding".
fn prescan_meta(s: &[u8]) -> Option<&'static Encoding> {
    let mut pos = 0;
    while pos < s.len() {
        let rel = memchr::memchr(b'<', &s[pos..])?;
        pos += rel;
        let rest = &s[pos..];
        if rest.starts_with(b"<!--") {
            // "-->" may overlap the opening: "<!-->" is a complete comment.
            match memchr::memmem::find(&rest[2..], b"-->") {
                Some(i) => pos += 2 + i + 3,
                None => return None,
            }
            continue;
        }
        if rest.len() >= 6 && rest[1..5].eq_ignore_ascii_case(b"meta") && (is_ws(rest[5]) || rest[5] == b'/') {
            pos += 5;
            if let Some(enc) = meta_element(s, &mut pos) {
                return Some(enc);
            }
            continue;
        }
        let next = rest.get(1).copied();
        let after = rest.get(2).copied();
        if next.is_some_and(|b| b.is_ascii_alphabetic())
            || (next == Some(b'/') && after.is_some_and(|b| b.is_ascii_alphabetic()))
        {
            // A tag: skip its name and attributes.
            pos += 1;
            while pos < s.len() && !is_ws(s[pos]) && s[pos] != b'>' {
                pos += 1;
            }
            while get_attribute(s, &mut pos).is_some() {}
        } else if matches!(next, Some(b'!' | b'/' | b'?')) {
            match memchr::memchr(b'>', &s[pos..]) {
                Some(i) => pos += i,
                None => return None,
            }
        }
        pos += 1;
    }
    None
}

/// The attributes of one `<meta>` element; `pos` is just after `<meta`.
fn meta_element(s: &[u8], pos: &mut usize) -> Option<&'static Encoding> {
    let (mut seen_http_equiv, mut seen_content, mut seen_charset) = (false, false, false);
    let mut got_pragma = false;
    let mut need_pragma: Option<bool> = None;
    let mut charset: Option<&'static Encoding> = None;
    while let Some((name, value)) = get_attribute(s, pos) {
        if name.eq_ignore_ascii_case(b"http-equiv") {
            if !seen_http_equiv {
                seen_http_equiv = true;
                got_pragma = value.eq_ignore_ascii_case(b"content-type");
            }
        } else if name.eq_ignore_ascii_case(b"content") {
            if !seen_content {
                seen_content = true;
                if charset.is_none()
                    && let Some(enc) = charset_param(value).and_then(Encoding::for_label)
                {
                    charset = Some(enc);
                    need_pragma = Some(true);
                }
            }
        } else if name.eq_ignore_ascii_case(b"charset") && !seen_charset {
            seen_charset = true;
            charset = Encoding::for_label(value);
            need_pragma = Some(false);
        }
    }
    let need_pragma = need_pragma?;
    if need_pragma && !got_pragma {
        return None;
    }
    let enc = charset?;
    let enc = if enc == UTF_16BE || enc == UTF_16LE {
        UTF_8
    } else if enc == X_USER_DEFINED {
        WINDOWS_1252
    } else {
        enc
    };
    usable(enc)
}

/// WHATWG "get an attribute": returns the name and value as slices of `s`
/// (compare them ignoring ASCII case), or `None` at `>` or the end.
fn get_attribute<'s>(s: &'s [u8], pos: &mut usize) -> Option<(&'s [u8], &'s [u8])> {
    let mut p = *pos;
    while p < s.len() && (is_ws(s[p]) || s[p] == b'/') {
        p += 1;
    }
    if p >= s.len() || s[p] == b'>' {
        *pos = p;
        return None;
    }
    let name_start = p;
    let name_end;
    loop {
        if p >= s.len() {
            *pos = p;
            return None;
        }
        let b = s[p];
        if b == b'=' && p > name_start {
            name_end = p;
            p += 1;
            break;
        }
        if is_ws(b) {
            name_end = p;
            while p < s.len() && is_ws(s[p]) {
                p += 1;
            }
            if p >= s.len() || s[p] != b'=' {
                *pos = p;
                return Some((&s[name_start..name_end], &[]));
            }
            p += 1;
            break;
        }
        if b == b'/' || b == b'>' {
            *pos = p;
            return Some((&s[name_start..p], &[]));
        }
        p += 1;
    }
    let name = &s[name_start..name_end];
    while p < s.len() && is_ws(s[p]) {
        p += 1;
    }
    if p >= s.len() {
        *pos = p;
        return None;
    }
    let b = s[p];
    if b == b'"' || b == b'\'' {
        let start = p + 1;
        return match memchr::memchr(b, &s[start..]) {
            Some(i) => {
                *pos = start + i + 1;
                Some((name, &s[start..start + i]))
            }
            None => {
                *pos = s.len();
                None
            }
        };
    }
    if b == b'>' {
        *pos = p;
        return Some((name, &[]));
    }
    let start = p;
    while p < s.len() && !is_ws(s[p]) && s[p] != b'>' {
        p += 1;
    }
    *pos = p;
    Some((name, &s[start..p]))
}

/// The encoding named in an `<?xml ... encoding="..."?>` declaration at the
/// start of the document. A declared UTF-16 in ASCII-readable bytes means UTF-8.
fn xml_declared_encoding(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(XML_DECL_LIMIT)];
    let start = head.iter().position(|&b| !is_ws(b))?;
    let head = &head[start..];
    if !head.starts_with(b"<?xml") {
        return None;
    }
    let end = memchr::memmem::find(head, b"?>")?;
    let decl = &head[5..end];
    let at = memchr::memmem::find(decl, b"encoding")?;
    let mut p = at + 8;
    while p < decl.len() && is_ws(decl[p]) {
        p += 1;
    }
    if decl.get(p) != Some(&b'=') {
        return None;
    }
    p += 1;
    while p < decl.len() && is_ws(decl[p]) {
        p += 1;
    }
    let quote = *decl.get(p)?;
    if quote != b'"' && quote != b'\'' {
        return None;
    }
    let len = memchr::memchr(quote, &decl[p + 1..])?;
    let enc = Encoding::for_label(&decl[p + 1..p + 1 + len])?;
    if enc == UTF_16BE || enc == UTF_16LE { Some(UTF_8) } else { usable(enc) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::{SHIFT_JIS, WINDOWS_1251, WINDOWS_1254, WINDOWS_1256};
    use proptest::prelude::*;

    fn enc(encoding: &'static Encoding, s: &str) -> Vec<u8> {
        let (bytes, used, errors) = encoding.encode(s);
        assert_eq!(used, encoding);
        assert!(!errors);
        bytes.into_owned()
    }

    const RU: &str = "Москва — столица России. Сегодня в городе прошёл большой праздник, \
        на улицах было много людей, которые радовались весне и тёплой погоде.";

    #[test]
    fn meta_charset_windows_1251() {
        let page = format!(
            "<!DOCTYPE html><html><head><meta charset=\"windows-1251\"><title>Новости</title></head>\
             <body><p>{RU}</p></body></html>"
        );
        let bytes = enc(WINDOWS_1251, &page);
        let d = decode_html(&bytes, None, None);
        assert_eq!(d.encoding, WINDOWS_1251);
        assert_eq!(d.source, CharsetSource::Meta);
        assert_eq!(d.text, page);
    }

    #[test]
    fn meta_http_equiv() {
        let page = format!(
            "<html><head><META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=cp1251'>\
             </head><body>{RU}</body></html>"
        );
        let bytes = enc(WINDOWS_1251, &page);
        let d = decode_html(&bytes, None, None);
        assert_eq!(d.encoding, WINDOWS_1251);
        assert_eq!(d.source, CharsetSource::Meta);
        assert_eq!(d.text, page);
    }

    #[test]
    fn meta_content_without_pragma_is_ignored() {
        let page = "<meta content=\"charset=windows-1251\"><p>abc</p>";
        let d = decode_html(page.as_bytes(), None, None);
        assert_eq!(d.encoding, UTF_8);
        assert_eq!(d.source, CharsetSource::Detected);
    }

    #[test]
    fn meta_in_comment_is_ignored() {
        let page = "<!-- <meta charset=windows-1251> --><meta charset=iso-8859-2><p>x</p>";
        let d = decode_html(page.as_bytes(), None, None);
        assert_eq!(d.encoding, encoding_rs::ISO_8859_2);
        assert_eq!(d.source, CharsetSource::Meta);
    }

    #[test]
    fn meta_after_other_tags_with_attributes() {
        let page = "<html lang=\"ru\"><head><script src='a.js?x=>'></script>\
                    <meta name=viewport content=\"width=device-width\"><meta charset=KOI8-R></head>";
        let d = decode_html(page.as_bytes(), None, None);
        assert_eq!(d.encoding, encoding_rs::KOI8_R);
    }

    #[test]
    fn shift_jis_without_declaration() {
        let page = "<html><head><title>ニュース</title></head><body><p>東京都は今日、新しい公園の計画を\
                    発表しました。市民の皆さんは、緑が増えることを喜んでいます。専門家によると、\
                    この計画は環境にも良い影響を与えるということです。</p></body></html>";
        let bytes = enc(SHIFT_JIS, page);
        let d = decode_html(&bytes, None, Some(b"jp"));
        assert_eq!(d.encoding, SHIFT_JIS);
        assert_eq!(d.source, CharsetSource::Detected);
        assert_eq!(d.text, page);
        // Also without the TLD hint.
        let d = decode_html(&bytes, None, None);
        assert_eq!(d.encoding, SHIFT_JIS);
    }

    #[test]
    fn detection_on_a_big_page_with_ascii_head_and_stray_symbol() {
        let mut page = String::from("<html><head><script>");
        page.push_str(&"var x = 1; function f(a) { return a * 2; }\n".repeat(600));
        page.push_str("</script></head><body><nav>NAV 2024 Example</nav>");
        page.push_str(&"<a href='/x'>link</a> ".repeat(400));
        for _ in 0..40 {
            page.push_str(
                "<p>東京都は今日、新しい公園の計画を発表しました。市民の皆さんは、緑が増えることを\
                           喜んでいます。専門家によると、この計画は環境にも良い影響を与えます。</p>\n",
            );
        }
        page.push_str("</body></html>");
        let ja = page.replace("NAV", "〒");
        for encoding in [SHIFT_JIS, encoding_rs::EUC_JP] {
            let bytes = enc(encoding, &ja);
            let d = decode_html(&bytes, None, None);
            assert_eq!(d.encoding, encoding);
            assert_eq!(d.text, ja);
        }
        let ru = page.replace("NAV", "Главная").replace(
            "東京都は今日、新しい公園の計画を発表しました。市民の皆さんは、緑が増えることを\
                               喜んでいます。専門家によると、この計画は環境にも良い影響を与えます。",
            &RU.replace('—', "-"),
        );
        for encoding in [WINDOWS_1251, encoding_rs::KOI8_R, encoding_rs::IBM866] {
            let bytes = enc(encoding, &ru);
            let d = decode_html(&bytes, None, None);
            // chardetng reports KOI8-U for KOI8-R text; both decode Russian alike.
            if encoding != encoding_rs::KOI8_R {
                assert_eq!(d.encoding, encoding);
            }
            assert_eq!(d.text, ru);
        }
    }

    #[test]
    fn declared_utf8_but_windows_1252() {
        let page = "<html><head><meta charset=\"utf-8\"></head><body><p>Le café est très \
                    apprécié à Paris, où les élèves déjeunent près de la rivière. Ça coûte \
                    peu.</p></body></html>";
        let bytes = enc(WINDOWS_1252, page);
        let d = decode_html(&bytes, None, Some(b"fr"));
        assert_eq!(d.encoding, WINDOWS_1252);
        assert_eq!(d.source, CharsetSource::Detected);
        assert_eq!(d.text, page);
        // Same with the lie in the header.
        let d = decode_html(&bytes, Some("text/html; charset=UTF-8"), None);
        assert_eq!(d.encoding, WINDOWS_1252);
        assert_eq!(d.source, CharsetSource::Detected);
    }

    #[test]
    fn declared_utf8_with_a_stray_byte_stays_utf8() {
        let mut bytes = "<meta charset=utf-8><p>Zürich, Genève, Neuchâtel, Besançon, Köln</p>".as_bytes().to_vec();
        bytes.push(0xE9);
        let d = decode_html(&bytes, None, None);
        assert_eq!(d.encoding, UTF_8);
        assert_eq!(d.source, CharsetSource::Meta);
        assert!(d.text.contains("Genève"));
        assert!(d.text.ends_with('\u{FFFD}'));
    }

    #[test]
    fn declared_legacy_but_valid_utf8() {
        let page = "<meta charset=iso-8859-1><p>Ça coûte très cher à Genève.</p>";
        let d = decode_html(page.as_bytes(), None, None);
        assert_eq!(d.encoding, UTF_8);
        assert_eq!(d.source, CharsetSource::Detected);
        assert_eq!(d.text, page);
    }

    #[test]
    fn utf16le_with_bom() {
        let page = "<html><body>Привет, мир! 你好</body></html>";
        let mut bytes = vec![0xFF, 0xFE];
        for unit in page.encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        let d = decode_html(&bytes, Some("text/html; charset=iso-8859-1"), None);
        assert_eq!(d.encoding, UTF_16LE);
        assert_eq!(d.source, CharsetSource::Bom);
        assert_eq!(d.text, page);
    }

    #[test]
    fn utf16be_without_bom_is_sniffed() {
        let page = "<html><body>Grüße</body></html>";
        let mut bytes = Vec::new();
        for unit in page.encode_utf16() {
            bytes.extend_from_slice(&unit.to_be_bytes());
        }
        let d = decode_html(&bytes, None, None);
        assert_eq!(d.encoding, UTF_16BE);
        assert_eq!(d.text, page);
    }

    #[test]
    fn utf8_bom() {
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend_from_slice("<meta charset=windows-1251>día".as_bytes());
        let d = decode_html(&bytes, None, None);
        assert_eq!(d.encoding, UTF_8);
        assert_eq!(d.source, CharsetSource::Bom);
        assert_eq!(d.text, "<meta charset=windows-1251>día");
        assert!(matches!(d.text, Cow::Borrowed(_)));
    }

    #[test]
    fn header_overrides_meta() {
        let page = format!("<meta charset=windows-1252><p>{RU}</p>");
        let bytes = enc(WINDOWS_1251, &page);
        let d = decode_html(&bytes, Some("text/html; charset=\"windows-1251\""), None);
        assert_eq!(d.encoding, WINDOWS_1251);
        assert_eq!(d.source, CharsetSource::Header);
        assert_eq!(d.text, page);
    }

    #[test]
    fn header_utf16_on_ascii_page_is_ignored() {
        let page = "<meta charset=windows-1252><p>caf\u{e9}</p>";
        let bytes = enc(WINDOWS_1252, page);
        let d = decode_html(&bytes, Some("text/html; charset=utf-16"), None);
        assert_eq!(d.encoding, WINDOWS_1252);
        assert_eq!(d.source, CharsetSource::Meta);
        let mut le = Vec::new();
        for unit in "<p>Grüße</p>".encode_utf16() {
            le.extend_from_slice(&unit.to_le_bytes());
        }
        let d = decode_html(&le, Some("text/html; charset=utf-16le"), None);
        assert_eq!(d.encoding, UTF_16LE);
        assert_eq!(d.source, CharsetSource::Header);
        assert_eq!(d.text, "<p>Grüße</p>");
    }

    #[test]
    fn header_latin1_is_windows_1252() {
        let page = "<p>Façade – “quoted”</p>";
        let bytes = enc(WINDOWS_1252, page);
        let d = decode_html(&bytes, Some("text/html;charset=latin1"), None);
        assert_eq!(d.encoding, WINDOWS_1252);
        assert_eq!(d.source, CharsetSource::Header);
        assert_eq!(d.text, page);
        let d = decode_html(&bytes, Some("text/html; Charset=ISO-8859-1"), None);
        assert_eq!(d.encoding, WINDOWS_1252);
    }

    #[test]
    fn header_without_charset_falls_through() {
        let page = "<meta charset=windows-1254><p>x</p>";
        let d = decode_html(page.as_bytes(), Some("text/html"), None);
        assert_eq!(d.encoding, WINDOWS_1254);
        assert_eq!(d.source, CharsetSource::Meta);
    }

    #[test]
    fn turkish_windows_1254() {
        let page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; \
                    charset=windows-1254\"></head><body><p>Türkiye'nin başkenti Ankara'dır. \
                    Bugün İstanbul'da güneşli bir gün yaşandı; çocuklar ağaçların altında \
                    oynadı.</p></body></html>";
        let bytes = enc(WINDOWS_1254, page);
        let d = decode_html(&bytes, None, None);
        assert_eq!(d.encoding, WINDOWS_1254);
        assert_eq!(d.source, CharsetSource::Meta);
        assert_eq!(d.text, page);
        // Undeclared, with the TLD hint.
        let body = "<p>Türkiye'nin başkenti Ankara'dır. Bugün İstanbul'da güneşli bir gün \
                    yaşandı; çocuklar ağaçların altında oynadı. Şehirde hayat çok güzeldi.</p>";
        let bytes = enc(WINDOWS_1254, body);
        let d = decode_html(&bytes, None, Some(b".TR"));
        assert_eq!(d.encoding, WINDOWS_1254);
        assert_eq!(d.source, CharsetSource::Detected);
        assert_eq!(d.text, body);
    }

    #[test]
    fn arabic_windows_1256() {
        let page = "<html dir=\"rtl\"><head><meta charset=\"windows-1256\"></head><body>\
                    <p>قال رئيس الوزراء اليوم إن الحكومة ستعمل على تحسين الاقتصاد وخلق فرص \
                    عمل جديدة للشباب في جميع أنحاء البلاد.</p></body></html>";
        let bytes = enc(WINDOWS_1256, page);
        let d = decode_html(&bytes, None, None);
        assert_eq!(d.encoding, WINDOWS_1256);
        assert_eq!(d.source, CharsetSource::Meta);
        assert_eq!(d.text, page);
        let body = "<p>قال رئيس الوزراء اليوم إن الحكومة ستعمل على تحسين الاقتصاد وخلق فرص \
                    عمل جديدة للشباب في جميع أنحاء البلاد.</p>";
        let bytes = enc(WINDOWS_1256, body);
        let d = decode_html(&bytes, None, Some(b"eg"));
        assert_eq!(d.encoding, WINDOWS_1256);
        assert_eq!(d.text, body);
    }

    #[test]
    fn meta_utf16_means_utf8() {
        let page = "<meta charset=utf-16><p>naïve</p>";
        let d = decode_html(page.as_bytes(), None, None);
        assert_eq!(d.encoding, UTF_8);
        assert_eq!(d.source, CharsetSource::Meta);
        assert_eq!(d.text, page);
    }

    #[test]
    fn plain_utf8_fast_path_borrows() {
        let page = "<html><body>日本語 and English</body></html>";
        let d = decode_html(page.as_bytes(), None, None);
        assert_eq!(d.encoding, UTF_8);
        assert_eq!(d.source, CharsetSource::Detected);
        assert!(matches!(d.text, Cow::Borrowed(_)));
    }

    #[test]
    fn empty_is_default() {
        let d = decode_html(b"", None, None);
        assert_eq!(d.source, CharsetSource::Default);
        assert_eq!(d.encoding, WINDOWS_1252);
        assert_eq!(d.text, "");
    }

    #[test]
    fn nul_bytes_replaced() {
        let d = decode_html(b"<p>a\0b</p>", None, None);
        assert_eq!(d.text, "<p>a\u{FFFD}b</p>");
        let d = decode_html(b"<meta charset=windows-1251><p>a\0b</p>", None, None);
        assert_eq!(d.text, "<meta charset=windows-1251><p>a\u{FFFD}b</p>");
    }

    #[test]
    fn bad_tlds_do_not_panic() {
        let bytes = enc(WINDOWS_1251, RU);
        for tld in [&b"RU"[..], b"www.example.ru", b"", b".", b"\xFF\xFE", b"xn--p1ai", b"ru."] {
            let d = decode_html(&bytes, None, Some(tld));
            assert_eq!(d.encoding, WINDOWS_1251, "{tld:?}");
        }
    }

    #[test]
    fn xml_declaration() {
        let feed = format!(
            "<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss><channel><title>{RU}</title>\
             </channel></rss>"
        );
        let bytes = enc(WINDOWS_1251, &feed);
        let d = decode_xml(&bytes, Some("application/rss+xml"));
        assert_eq!(d.encoding, WINDOWS_1251);
        assert_eq!(d.source, CharsetSource::Meta);
        assert_eq!(d.text, feed);
        // Header wins over the declaration.
        let d = decode_xml(&bytes, Some("application/xml; charset=koi8-r"));
        assert_eq!(d.encoding, encoding_rs::KOI8_R);
        assert_eq!(d.source, CharsetSource::Header);
    }

    #[test]
    fn xml_default_utf8_and_detection() {
        let feed = "<?xml version='1.0'?><rss><title>Ça va</title></rss>";
        let d = decode_xml(feed.as_bytes(), None);
        assert_eq!(d.encoding, UTF_8);
        assert_eq!(d.source, CharsetSource::Detected);
        let feed = format!("<rss><title>{RU}</title></rss>");
        let bytes = enc(WINDOWS_1251, &feed);
        let d = decode_xml(&bytes, None);
        assert_eq!(d.encoding, WINDOWS_1251);
        assert_eq!(d.source, CharsetSource::Detected);
    }

    #[test]
    fn xml_utf16_bom_and_sniff() {
        let feed = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss>Ω</rss>";
        let mut le = Vec::new();
        for unit in feed.encode_utf16() {
            le.extend_from_slice(&unit.to_le_bytes());
        }
        let d = decode_xml(&le, None);
        assert_eq!(d.encoding, UTF_16LE);
        assert_eq!(d.text, feed);
        let mut with_bom = vec![0xFF, 0xFE];
        with_bom.extend_from_slice(&le);
        let d = decode_xml(&with_bom, None);
        assert_eq!(d.source, CharsetSource::Bom);
        assert_eq!(d.text, feed);
    }

    #[test]
    fn charset_param_forms() {
        assert_eq!(charset_param(b"text/html; charset=utf-8"), Some(&b"utf-8"[..]));
        assert_eq!(charset_param(b"text/html;CHARSET = 'x' "), Some(&b"x"[..]));
        assert_eq!(charset_param(b"text/html; charset=\"a b\""), Some(&b"a b"[..]));
        assert_eq!(charset_param(b"text/html; charset"), None);
        assert_eq!(charset_param(b"charsetcharset=koi8-r;x"), Some(&b"koi8-r"[..]));
        assert_eq!(charset_param(b"charset=\"unterminated"), None);
    }

    proptest! {
        #[test]
        fn decode_html_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..600),
                                    ct in proptest::option::of(".{0,40}"),
                                    tld in proptest::option::of(proptest::collection::vec(any::<u8>(), 0..8))) {
            let d = decode_html(&bytes, ct.as_deref(), tld.as_deref());
            prop_assert!(!d.text.contains('\0'));
            let x = decode_xml(&bytes, ct.as_deref());
            prop_assert!(!x.text.contains('\0'));
        }

        #[test]
        fn decode_html_meta_soup_never_panics(parts in proptest::collection::vec(
            prop_oneof![
                Just("<meta ".to_string()), Just("charset=".to_string()), Just("\"".to_string()),
                Just("'".to_string()), Just(">".to_string()), Just("<!--".to_string()),
                Just("-->".to_string()), Just("http-equiv=content-type ".to_string()),
                Just("content=".to_string()), Just("/".to_string()), Just("=".to_string()),
                Just("<?xml encoding=".to_string()), Just("?>".to_string()),
                Just("utf-16".to_string()), Just("\u{0}".to_string()), "[a-z\\xC0-\\xFF ]{0,5}",
            ], 0..40)) {
            let s: String = parts.concat();
            let d = decode_html(s.as_bytes(), None, None);
            prop_assert!(!d.text.contains('\0'));
            let x = decode_xml(s.as_bytes(), None);
            prop_assert!(!x.text.contains('\0'));
        }
    }
}
