//! What the bytes are, and what their header claims, read before any decoder runs.
//!
//! [`inspect`] recognises the four formats Colonnade accepts by their magic bytes and names the
//! usual impostors (SVG, HTML, AVIF, TIFF …) so the refusal says what came instead. For an
//! accepted format it reads the dimensions from the header by hand — PNG's `IHDR`, GIF's logical
//! screen, WebP's `VP8 `/`VP8L`/`VP8X` chunk, JPEG's start-of-frame segment — and walks the file's
//! structure far enough to notice truncation (a JPEG without its end-of-image marker, a PNG without
//! `IEND`, a RIFF shorter than it says). Nothing here allocates in proportion to what the header
//! claims.

use crate::{Format, MediaError};

/// The format and the size the header claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Header {
    pub format: Format,
    pub width: u32,
    pub height: u32,
}

/// Recognises the format and reads the header's dimensions; refuses anything that is not a
/// whole JPEG, PNG, WebP or GIF.
pub(crate) fn inspect(bytes: &[u8]) -> Result<Header, MediaError> {
    let format = sniff(bytes)?;
    let (width, height) = match format {
        Format::Jpeg => jpeg(bytes)?,
        Format::Png => png(bytes)?,
        Format::Gif => gif(bytes)?,
        Format::Webp => webp(bytes)?,
    };
    if width == 0 || height == 0 {
        return Err(MediaError::Corrupt { format, detail: format!("the header claims {width}×{height} pixels") });
    }
    Ok(Header { format, width, height })
}

/// The format by magic bytes; impostors are named.
fn sniff(bytes: &[u8]) -> Result<Format, MediaError> {
    if bytes.starts_with(b"\xFF\xD8\xFF") {
        return Ok(Format::Jpeg);
    }
    if bytes.starts_with(b"\x89PNG\r\n\x1A\n") {
        return Ok(Format::Png);
    }
    if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        return Ok(Format::Gif);
    }
    if bytes.len() >= 12 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP" {
        return Ok(Format::Webp);
    }
    Err(MediaError::NotAnImage { what: impostor(bytes) })
}

/// Names what came instead of an image, for the refusal message.
fn impostor(bytes: &[u8]) -> &'static str {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"%PDF", "a PDF document"),
        (b"BM", "a BMP image (not accepted)"),
        (b"II*\0", "a TIFF image (not accepted)"),
        (b"MM\0*", "a TIFF image (not accepted)"),
        (b"\0\0\x01\0", "an icon (not accepted)"),
        (b"\xFF\x0A", "a JPEG XL image (not accepted)"),
        (b"\0\0\0\x0CJXL ", "a JPEG XL image (not accepted)"),
        (b"PK\x03\x04", "a ZIP archive"),
        (b"\x1F\x8B", "gzip-compressed data"),
        (b"RIFF", "a RIFF file that is not WebP"),
        (b"\x89PNG", "a damaged PNG signature"),
        (b"GIF8", "a GIF of an unknown version"),
    ];
    if let Some((_, what)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return what;
    }
    if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        return match &bytes[8..12] {
            b"avif" | b"avis" => "an AVIF image (not accepted)",
            b"heic" | b"heix" | b"mif1" | b"msf1" | b"hevc" => "a HEIF image (not accepted)",
            _ => "an ISO media file (video?)",
        };
    }
    // Text: skip a BOM and white space, then look at the first markup.
    let head = &bytes[..bytes.len().min(1024)];
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(head.len());
    let text = head[start..].to_ascii_lowercase();
    if text.starts_with(b"<") {
        let has = |needle: &[u8]| text.windows(needle.len()).any(|w| w == needle);
        if has(b"<svg") {
            return "an SVG document (not accepted: it can carry scripts)";
        }
        if has(b"<html") || has(b"<!doctype html") || has(b"<head") || has(b"<body") || has(b"<script") {
            return "an HTML page";
        }
        return "XML or HTML markup";
    }
    if text.starts_with(b"{") || text.starts_with(b"[") {
        return "JSON or other text";
    }
    "unrecognised data"
}

fn be16(b: &[u8], at: usize) -> Option<u32> {
    b.get(at..at + 2).map(|s| u32::from(u16::from_be_bytes([s[0], s[1]])))
}

fn le16(b: &[u8], at: usize) -> Option<u32> {
    b.get(at..at + 2).map(|s| u32::from(u16::from_le_bytes([s[0], s[1]])))
}

fn be32(b: &[u8], at: usize) -> Option<u32> {
    b.get(at..at + 4).map(|s| u32::from_be_bytes([s[0], s[1], s[2], s[3]]))
}

fn le32(b: &[u8], at: usize) -> Option<u32> {
    b.get(at..at + 4).map(|s| u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
}

fn le24(b: &[u8], at: usize) -> Option<u32> {
    b.get(at..at + 3).map(|s| u32::from(s[0]) | u32::from(s[1]) << 8 | u32::from(s[2]) << 16)
}

fn truncated(format: Format) -> MediaError {
    MediaError::Truncated { format }
}

fn corrupt(format: Format, detail: &str) -> MediaError {
    MediaError::Corrupt { format, detail: detail.to_string() }
}

/// PNG: `IHDR` must come first; the chunk walk must reach `IEND` inside the bytes.
fn png(b: &[u8]) -> Result<(u32, u32), MediaError> {
    const F: Format = Format::Png;
    if b.get(12..16) != Some(b"IHDR") {
        return Err(if b.len() < 16 { truncated(F) } else { corrupt(F, "the first chunk is not IHDR") });
    }
    let (Some(w), Some(h)) = (be32(b, 16), be32(b, 20)) else { return Err(truncated(F)) };
    // Walk chunk headers only: length, type, data, CRC.
    let mut at = 8usize;
    loop {
        let Some(len) = be32(b, at) else { return Err(truncated(F)) };
        let Some(kind) = b.get(at + 4..at + 8) else { return Err(truncated(F)) };
        let end = at.saturating_add(12).saturating_add(len as usize);
        if end > b.len() {
            return Err(truncated(F));
        }
        if kind == b"IEND" {
            return Ok((w, h));
        }
        at = end;
    }
}

/// GIF: the logical screen's size. Frames are read by the decoder, the first one only.
fn gif(b: &[u8]) -> Result<(u32, u32), MediaError> {
    match (le16(b, 6), le16(b, 8)) {
        (Some(w), Some(h)) => Ok((w, h)),
        _ => Err(truncated(Format::Gif)),
    }
}

/// WebP: the RIFF must be as long as it says; the size comes from `VP8X` (the canvas), `VP8L`
/// or `VP8 ` (the frame header), whichever chunk comes first.
fn webp(b: &[u8]) -> Result<(u32, u32), MediaError> {
    const F: Format = Format::Webp;
    let Some(riff_len) = le32(b, 4) else { return Err(truncated(F)) };
    if (riff_len as usize).saturating_add(8) > b.len() {
        return Err(truncated(F));
    }
    let Some(kind) = b.get(12..16) else { return Err(truncated(F)) };
    let data = 20;
    let dims = match kind {
        b"VP8X" => le24(b, data + 4).zip(le24(b, data + 7)).map(|(w, h)| (w + 1, h + 1)),
        b"VP8L" => {
            if b.get(data) != Some(&0x2F) {
                return Err(corrupt(F, "bad VP8L signature"));
            }
            le32(b, data + 1).map(|bits| ((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1))
        }
        b"VP8 " => {
            if b.get(data + 3..data + 6) != Some(&[0x9D, 0x01, 0x2A]) {
                return Err(corrupt(F, "bad VP8 start code"));
            }
            le16(b, data + 6).zip(le16(b, data + 8)).map(|(w, h)| (w & 0x3FFF, h & 0x3FFF))
        }
        _ => return Err(corrupt(F, "the first chunk is not VP8, VP8L or VP8X")),
    };
    dims.ok_or_else(|| truncated(F))
}

/// JPEG: walks the marker segments and the entropy-coded data to the end-of-image marker, taking
/// the size from the first start-of-frame segment. A file that ends before `EOI` is truncated
/// (the decoder would paint the missing rows grey rather than fail); bytes after `EOI` (camera
/// trailers) are ignored.
fn jpeg(b: &[u8]) -> Result<(u32, u32), MediaError> {
    const F: Format = Format::Jpeg;
    let mut dims: Option<(u32, u32)> = None;
    let mut at = 2usize; // after SOI
    loop {
        // Fill bytes (0xFF repeated) may precede a marker.
        let Some(&ff) = b.get(at) else { return Err(truncated(F)) };
        if ff != 0xFF {
            return Err(corrupt(F, "a segment does not start with a marker"));
        }
        while b.get(at) == Some(&0xFF) {
            at += 1;
        }
        let Some(&marker) = b.get(at) else { return Err(truncated(F)) };
        at += 1;
        match marker {
            0xD9 => {
                return dims.ok_or_else(|| corrupt(F, "no start-of-frame segment before the end"));
            }
            // Standalone markers without a length.
            0x01 | 0xD0..=0xD7 => continue,
            _ => {}
        }
        let Some(len) = be16(b, at) else { return Err(truncated(F)) };
        if len < 2 {
            return Err(corrupt(F, "a segment length below 2"));
        }
        let end = at + len as usize;
        if end > b.len() {
            return Err(truncated(F));
        }
        // SOF0..SOF15, except DHT (C4), JPG (C8) and DAC (CC).
        if matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC) && dims.is_none() {
            let (Some(h), Some(w)) = (be16(b, at + 3), be16(b, at + 5)) else { return Err(truncated(F)) };
            if h == 0 {
                return Err(corrupt(F, "the height is deferred to a DNL marker (not supported)"));
            }
            dims = Some((w, h));
        }
        at = end;
        if marker == 0xDA {
            // Entropy-coded data runs to the next marker that is not a stuffed zero or a restart.
            loop {
                let Some(next) = b.get(at..).and_then(|rest| rest.iter().position(|&x| x == 0xFF)) else {
                    return Err(truncated(F));
                };
                at += next;
                match b.get(at + 1) {
                    None => return Err(truncated(F)),
                    Some(0x00 | 0xD0..=0xD7 | 0xFF) => at += 1,
                    Some(_) => break,
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn impostors_are_named() {
        let what = |b: &[u8]| match sniff(b) {
            Err(MediaError::NotAnImage { what }) => what,
            other => panic!("{other:?}"),
        };
        assert!(what(b"  <?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\">").contains("SVG"));
        assert_eq!(what(b"\xEF\xBB\xBF<!DOCTYPE html><html>"), "an HTML page");
        assert_eq!(what(b"\0\0\0\x1Cftypavif\0\0\0\0"), "an AVIF image (not accepted)");
        assert_eq!(what(b"BM\x36\0\0\0"), "a BMP image (not accepted)");
        assert_eq!(what(b"RIFF\0\0\0\0WAVEfmt "), "a RIFF file that is not WebP");
        assert_eq!(what(b"\x00\x01\x02"), "unrecognised data");
    }

    #[test]
    fn jpeg_walk_skips_stuffed_bytes_and_restarts_and_ignores_trailers() {
        // SOI, SOF0 (8 bit, 3×2), SOS with data containing FF00 and RST0, EOI, trailer.
        let mut b = vec![0xFF, 0xD8];
        b.extend([0xFF, 0xC0, 0, 11, 8, 0, 2, 0, 3, 1, 1, 0x11, 0]);
        b.extend([0xFF, 0xDA, 0, 8, 1, 1, 0, 0, 63, 0]);
        b.extend([0x12, 0xFF, 0x00, 0x34, 0xFF, 0xD0, 0x56]);
        b.extend([0xFF, 0xD9, 0xFF, 0xFF, 1, 2, 3]);
        assert_eq!(jpeg(&b), Ok((3, 2)));
        let cut = &b[..b.len() - 7];
        assert_eq!(jpeg(cut), Err(MediaError::Truncated { format: Format::Jpeg }));
    }
}
