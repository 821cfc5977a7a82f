//! Times `process` on a made-up 2000×1500 photo (JPEG, quality 90), for faces and lead images,
//! with where the time goes, and the peak memory of the process after hostile inputs:
//! `cargo run --release -p colonnade-media --example process_speed [ROUNDS]`.
#![allow(clippy::unwrap_used, missing_docs)]

use std::hint::black_box;
use std::io::Cursor;
use std::time::Instant;

use colonnade_media::{Purpose, process};
use image::imageops::FilterType;
use image::{Rgb, RgbImage};

fn main() {
    let rounds: u32 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(20);
    // A gradient with texture (a cheap xorshift), so the JPEG is photo-sized, not a flat colour.
    let mut s = 0x2545_F491_4F6C_DD1Du64;
    let img = RgbImage::from_fn(2000, 1500, |x, y| {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        let n = (s & 31) as u32;
        Rgb([((x / 8 + n) % 256) as u8, ((y / 6 + n) % 256) as u8, ((x + y) / 14 % 256) as u8])
    });
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 90).encode_image(&img).unwrap();
    println!("input: 2000×1500 JPEG, {} KB; {rounds} rounds each", jpeg.len() / 1024);

    let time = |label: &str, f: &mut dyn FnMut()| {
        f(); // warm up
        let t = Instant::now();
        for _ in 0..rounds {
            f();
        }
        let ms = t.elapsed().as_secs_f64() * 1000.0 / f64::from(rounds);
        println!("{label:<44} {ms:>7.1} ms");
    };
    time("process Face (96 + 192)", &mut || {
        black_box(process(&jpeg, Some("image/jpeg"), Purpose::Face).unwrap());
    });
    time("process Lead (720 + 1440)", &mut || {
        black_box(process(&jpeg, Some("image/jpeg"), Purpose::Lead).unwrap());
    });
    let face = process(&jpeg, None, Purpose::Face).unwrap();
    let lead = process(&jpeg, None, Purpose::Lead).unwrap();
    for v in face.variants.iter().chain(&lead.variants) {
        println!("  {}×{}: {} KB", v.width, v.height, v.bytes.len() / 1024);
    }

    println!("where the time goes:");
    time("  decode (zune-jpeg via image)", &mut || {
        black_box(image::load_from_memory(&jpeg).unwrap());
    });
    let decoded = image::load_from_memory(&jpeg).unwrap().into_rgb8();
    for (name, filter) in
        [("Lanczos3", FilterType::Lanczos3), ("CatmullRom", FilterType::CatmullRom), ("Triangle", FilterType::Triangle)]
    {
        time(&format!("  resize 2000×1500 → 1440×1080 → 720×540, {name}"), &mut || {
            let a = image::imageops::resize(&decoded, 1440, 1080, filter);
            black_box(image::imageops::resize(&a, 720, 540, filter));
        });
    }
    time("  fast_image_resize, same, Lanczos3", &mut || {
        let a = fir(&decoded, 1440, 1080, fast_image_resize::FilterType::Lanczos3);
        let a = RgbImage::from_raw(1440, 1080, a).unwrap();
        black_box(fir(&a, 720, 540, fast_image_resize::FilterType::Lanczos3));
    });
    time("  fast_image_resize, 2000×1500 → 192×192 from a square, Lanczos3", &mut || {
        let sq = image::imageops::crop_imm(&decoded, 250, 0, 1500, 1500).to_image();
        black_box(fir(&sq, 192, 192, fast_image_resize::FilterType::Lanczos3));
    });
    time("  image, 2000×1500 → 192×192 from a square, Lanczos3", &mut || {
        let sq = image::imageops::crop_imm(&decoded, 250, 0, 1500, 1500).to_image();
        black_box(image::imageops::resize(&sq, 192, 192, FilterType::Lanczos3));
    });
    let lead_px = image::imageops::resize(&decoded, 1440, 1080, FilterType::Lanczos3);
    time("  encode 1440×1080 JPEG q82", &mut || {
        let mut out = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(Cursor::new(&mut out), 82).encode_image(&lead_px).unwrap();
        black_box(out);
    });

    // Hostile inputs, one after another; then the process's peak resident memory.
    let mut bomb = b"\x89PNG\r\n\x1A\n\0\0\0\x0DIHDR".to_vec();
    bomb.extend(50_000u32.to_be_bytes());
    bomb.extend(50_000u32.to_be_bytes());
    bomb.extend([8, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, b'I', b'E', b'N', b'D', 0, 0, 0, 0]);
    let e = process(&bomb, None, Purpose::Lead).unwrap_err();
    println!("PNG bomb: {e}");
    if let Ok(status) = std::fs::read_to_string("/proc/self/status") {
        for line in status.lines().filter(|l| l.starts_with("VmHWM")) {
            println!("peak resident memory of this run: {}", line.trim_start_matches("VmHWM:").trim());
        }
    }
}

/// fast_image_resize, as `process` uses it.
fn fir(src: &RgbImage, w: u32, h: u32, alg: fast_image_resize::FilterType) -> Vec<u8> {
    use fast_image_resize as fr;
    let s = fr::images::ImageRef::new(src.width(), src.height(), src.as_raw(), fr::PixelType::U8x3).unwrap();
    let mut d = fr::images::Image::new(w, h, fr::PixelType::U8x3);
    fr::Resizer::new()
        .resize(&s, &mut d, &fr::ResizeOptions::new().resize_alg(fr::ResizeAlg::Convolution(alg)))
        .unwrap();
    d.into_vec()
}
