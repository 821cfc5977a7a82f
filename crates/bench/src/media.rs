//! `colonnade-bench media`: what columnists' photos and lead images cost.
//!
//! 1. **Processing.** Synthetic photos of 200–2,000 px a side (JPEG, PNG and lossless WebP,
//!    made here with the `image` crate: gradients, shapes and grain, so they compress like
//!    photos rather than like flat colour) go one at a time through
//!    `ingest::media::MediaDir::process_and_write`, the crawler's own step: `colonnade_media::process`
//!    (sniff, limits before decoding, decode, crop, resize, JPEG) and the content-addressed
//!    writes under a media folder. One photo in four is processed as a face (96 and 192 px), the
//!    rest as lead images (720 and 1440 px wide), each format both ways. Each photo is made just before it is processed
//!    and only the processing is timed. Figures: photos/s on one thread, time per photo (median,
//!    p99, max) by format and purpose, input and output bytes, and peak resident memory.
//! 2. **Page weight.** The bundled demo crawled into a fresh store (through the real crawl, image
//!    fetching off: the demo carries no image files), then its home page served by the real site
//!    and fetched over loopback, as a browser without a cache would: the HTML (as sent, brotli,
//!    and decoded) plus every image it references (`src`, and the `srcset` 2× sources a 2× screen
//!    takes instead), with initials, then again after every columnist got a photo.

use std::collections::BTreeMap;
use std::io::Cursor;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail, ensure};
use clap::Args;
use colonnade_fixture::synth::Rng;
use colonnade_ingest::media::{MAX_IMAGE_BYTES, MediaDir};
use colonnade_store::{ImageFetch, ImagePurpose, NewImage, SqliteStore, Store};
use image::{ExtendedColorType, ImageEncoder, Rgb, RgbImage};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::procfs::{cpu_model, current_rss, peak_rss};

/// Flags of `colonnade-bench media`.
#[derive(Args, Debug)]
pub struct MediaArgs {
    /// Photos to process.
    #[arg(long, default_value_t = 1_000)]
    photos: usize,
    /// Smallest side of a synthetic photo, in pixels.
    #[arg(long, default_value_t = 200)]
    min_side: u32,
    /// Largest side of a synthetic photo, in pixels.
    #[arg(long, default_value_t = 2_000)]
    max_side: u32,
    /// Seed of the generator.
    #[arg(long, default_value_t = 13)]
    seed: u64,
    /// Only the processing part (no demo crawl, no page weight).
    #[arg(long)]
    no_page_weight: bool,
    /// The bundled demo's folder [default: the repository's demo/].
    #[arg(long, value_name = "DIR")]
    demo: Option<std::path::PathBuf>,
}

/// The formats a synthetic photo is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Format {
    Jpeg,
    Png,
    Webp,
}

impl Format {
    fn name(self) -> &'static str {
        match self {
            Format::Jpeg => "JPEG",
            Format::Png => "PNG",
            Format::Webp => "WebP (lossless)",
        }
    }
    fn mime(self) -> &'static str {
        match self {
            Format::Jpeg => "image/jpeg",
            Format::Png => "image/png",
            Format::Webp => "image/webp",
        }
    }
}

/// A photo-like picture: a diagonal gradient, a few soft discs and grain that changes per 2×2
/// block (fine enough to cost a JPEG what a photo's texture costs, coarse enough that a PNG of
/// a 2,000 px side stays under the crawler's 4 MB cap, as PNG photos on news sites do).
fn picture(rng: &mut Rng, width: u32, height: u32) -> RgbImage {
    let base: [f32; 3] = [rng.below(200) as f32, rng.below(200) as f32, rng.below(200) as f32];
    let discs: Vec<(f32, f32, f32, [f32; 3])> = (0..4)
        .map(|_| {
            let r = (width.min(height) as f32) * (0.1 + rng.below(30) as f32 / 100.0);
            let c = [rng.below(255) as f32, rng.below(255) as f32, rng.below(255) as f32];
            (rng.below(width as usize) as f32, rng.below(height as usize) as f32, r, c)
        })
        .collect();
    let seed = rng.below(1 << 30) as u32;
    let (w, h) = (width as f32, height as f32);
    RgbImage::from_fn(width, height, |x, y| {
        let (fx, fy) = (x as f32, y as f32);
        let t = (fx / w + fy / h) * 0.5;
        let mut px = [base[0] + 55.0 * t, base[1] + 40.0 * (1.0 - t), base[2] + 50.0 * t];
        for (cx, cy, r, c) in &discs {
            let d = ((fx - cx).powi(2) + (fy - cy).powi(2)).sqrt();
            let a = (1.0 - d / r).clamp(0.0, 1.0) * 0.7;
            for (p, c) in px.iter_mut().zip(c) {
                *p = *p * (1.0 - a) + c * a;
            }
        }
        // Grain: a hash of the 2×2 block, ±6 levels.
        let mut g = (x / 2).wrapping_mul(0x9E37_79B9) ^ (y / 2).wrapping_mul(0x85EB_CA6B) ^ seed;
        g ^= g >> 15;
        g = g.wrapping_mul(0x2C1B_3C6D);
        g ^= g >> 12;
        let grain = (g % 13) as f32 - 6.0;
        Rgb([
            (px[0] + grain).clamp(0.0, 255.0) as u8,
            (px[1] + grain).clamp(0.0, 255.0) as u8,
            (px[2] + grain).clamp(0.0, 255.0) as u8,
        ])
    })
}

/// Encodes `img` as `format`.
fn encode(img: &RgbImage, format: Format) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    let (w, h) = img.dimensions();
    match format {
        Format::Jpeg => image::codecs::jpeg::JpegEncoder::new_with_quality(Cursor::new(&mut out), 88).write_image(
            img.as_raw(),
            w,
            h,
            ExtendedColorType::Rgb8,
        )?,
        Format::Png => image::codecs::png::PngEncoder::new(Cursor::new(&mut out)).write_image(
            img.as_raw(),
            w,
            h,
            ExtendedColorType::Rgb8,
        )?,
        Format::Webp => image::codecs::webp::WebPEncoder::new_lossless(Cursor::new(&mut out)).write_image(
            img.as_raw(),
            w,
            h,
            ExtendedColorType::Rgb8,
        )?,
    }
    Ok(out)
}

/// The `i`th synthetic photo: its format, size and encoded bytes. Sides are drawn in
/// `min..=max` with common aspect ratios (3:2, 4:3, 1:1, 3:4, 16:9).
fn synthetic(rng: &mut Rng, i: usize, args: &MediaArgs) -> Result<(Format, (u32, u32), Vec<u8>)> {
    let format = match i % 4 {
        0 | 1 => Format::Jpeg,
        2 => Format::Png,
        _ => Format::Webp,
    };
    const RATIOS: [(u32, u32); 5] = [(3, 2), (4, 3), (1, 1), (3, 4), (16, 9)];
    let (a, b) = RATIOS[rng.below(RATIOS.len())];
    let span = (args.max_side - args.min_side) as usize + 1;
    let long = args.min_side + rng.below(span) as u32;
    let (w, h) =
        if a >= b { (long, (long * b / a).max(args.min_side)) } else { ((long * a / b).max(args.min_side), long) };
    let bytes = encode(&picture(rng, w, h), format)?;
    Ok((format, (w, h), bytes))
}

/// CPU time this thread has run, from /proc/thread-self/schedstat (nanoseconds, exact): what the
/// processing cost when the machine is shared and wall-clock time includes waiting for a core.
fn thread_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(Duration::from_nanos(stat.split_whitespace().next()?.parse().ok()?))
}

/// Median, 99th percentile and maximum of `times`.
fn spread(times: &mut [Duration]) -> (Duration, Duration, Duration) {
    if times.is_empty() {
        return (Duration::ZERO, Duration::ZERO, Duration::ZERO);
    }
    times.sort_unstable();
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    (at(0.5), at(0.99), times[times.len() - 1])
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn mb(b: u64) -> f64 {
    b as f64 / 1e6
}

/// Part 1: photos through the crawler's processing step.
fn processing(args: &MediaArgs) -> Result<()> {
    let dir = tempfile::tempdir().context("creating a temporary media folder")?;
    let media = MediaDir::in_data_dir(dir.path());
    let mut rng = Rng::new(args.seed);
    let rss_before = current_rss().unwrap_or(0);
    let mut by: BTreeMap<(Format, &'static str), Vec<Duration>> = BTreeMap::new();
    let (mut all, mut input, mut output, mut made) = (Vec::new(), 0u64, 0u64, Duration::ZERO);
    let (mut over_cap, mut refused) = (0usize, Vec::new());
    let mut cpu = Duration::ZERO;
    for i in 0..args.photos {
        let t = Instant::now();
        let (format, (w, h), bytes) = synthetic(&mut rng, i, args)?;
        made += t.elapsed();
        if bytes.len() as u64 > MAX_IMAGE_BYTES {
            // The crawler's fetch stops such a body before it is processed.
            over_cap += 1;
            continue;
        }
        // Formats take turns photo by photo, purposes four photos at a time: every format is
        // processed both ways.
        let purpose = if (i / 4) % 4 == 0 { ImagePurpose::Face } else { ImagePurpose::Lead };
        let (t, cpu_before) = (Instant::now(), thread_cpu());
        let result = media.process_and_write(&bytes, Some(format.mime()), purpose);
        let took = t.elapsed();
        if let (Some(a), Some(b)) = (cpu_before, thread_cpu()) {
            cpu += b.saturating_sub(a);
        }
        match result {
            Ok((_, variants)) => {
                input += bytes.len() as u64;
                output += variants.iter().map(|v| v.bytes).sum::<u64>();
                all.push(took);
                by.entry((format, if purpose == ImagePurpose::Face { "face" } else { "lead" })).or_default().push(took);
            }
            Err(e) => refused.push(format!("{} {w}×{h}: {e}", format.name())),
        }
    }
    let total: Duration = all.iter().sum();
    let processed = all.len();
    // `total` is wall-clock time; `cpu` what the thread actually ran.
    let (median, p99, max) = spread(&mut all);
    println!("processing: {processed} photos of {}–{} px a side, one thread", args.min_side, args.max_side);
    println!(
        "  {:.1} photos/s ({:.1} s processing; making them took {:.1} s more, not counted)",
        processed as f64 / total.as_secs_f64().max(1e-9),
        total.as_secs_f64(),
        made.as_secs_f64()
    );
    println!(
        "  on the CPU: {:.1} s, so {:.1} photos per CPU-second ({:.0}% of the wall-clock time: the rest was \
         waiting for a core on a shared machine)",
        cpu.as_secs_f64(),
        processed as f64 / cpu.as_secs_f64().max(1e-9),
        100.0 * cpu.as_secs_f64() / total.as_secs_f64().max(1e-9)
    );
    println!("  per photo (wall clock): median {:.1} ms, p99 {:.1} ms, max {:.1} ms", ms(median), ms(p99), ms(max));
    println!(
        "  in {:.1} MB ({:.0} KB a photo), out {:.1} MB of JPEG ({:.0} KB a photo, both sizes)",
        mb(input),
        input as f64 / 1e3 / processed.max(1) as f64,
        mb(output),
        output as f64 / 1e3 / processed.max(1) as f64
    );
    for ((format, purpose), times) in &mut by {
        let n = times.len();
        let sum: Duration = times.iter().sum();
        let (median, p99, _) = spread(times);
        println!(
            "  {:<16} {purpose}: {n:>4} photos, {:>6.1} /s, median {:>6.1} ms, p99 {:>6.1} ms",
            format.name(),
            n as f64 / sum.as_secs_f64().max(1e-9),
            ms(median),
            ms(p99)
        );
    }
    if over_cap > 0 {
        println!("  {over_cap} made photos were over the crawler's {MAX_IMAGE_BYTES} byte cap and skipped");
    }
    if !refused.is_empty() {
        println!("  refused: {} (first: {})", refused.len(), refused[0]);
    }
    println!(
        "  memory: RSS {:.0} MB before, peak {:.0} MB after (VmHWM of this process, generator included)",
        mb(rss_before),
        mb(peak_rss().unwrap_or(0))
    );
    ensure!(refused.is_empty(), "{} synthetic photos were refused: {}", refused.len(), refused.join("; "));
    Ok(())
}

/// One HTTP/1.1 GET over loopback: the body as sent and its `Content-Encoding`.
async fn get(addr: std::net::SocketAddr, path: &str, accept_encoding: &str) -> Result<(Vec<u8>, Option<String>)> {
    let mut stream = tokio::net::TcpStream::connect(addr).await.with_context(|| format!("connecting to {addr}"))?;
    let head = format!(
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64) colonnade-bench\r\n\
         Accept-Encoding: {accept_encoding}\r\nConnection: close\r\n\r\n"
    );
    stream.write_all(head.as_bytes()).await?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await?;
    let end = raw.windows(4).position(|w| w == b"\r\n\r\n").context("no end of the response head")?;
    let head = String::from_utf8_lossy(&raw[..end]).into_owned();
    ensure!(head.starts_with("HTTP/1.1 200"), "GET {path}: {}", head.lines().next().unwrap_or(""));
    let header = |name: &str| {
        head.lines().find_map(|l| {
            let (n, v) = l.split_once(':')?;
            n.trim().eq_ignore_ascii_case(name).then(|| v.trim().to_owned())
        })
    };
    let mut body = raw[end + 4..].to_vec();
    if header("transfer-encoding").is_some_and(|t| t.eq_ignore_ascii_case("chunked")) {
        body = dechunk(&body)?;
    }
    Ok((body, header("content-encoding")))
}

fn dechunk(mut data: &[u8]) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let line_end = data.windows(2).position(|w| w == b"\r\n").context("a chunk without its size line")?;
        let size = usize::from_str_radix(String::from_utf8_lossy(&data[..line_end]).trim(), 16)?;
        data = &data[line_end + 2..];
        if size == 0 {
            return Ok(out);
        }
        ensure!(data.len() >= size + 2, "a chunk shorter than it says");
        out.extend_from_slice(&data[..size]);
        data = &data[size + 2..];
    }
}

/// The value of attribute `name` in one `<img …>` tag.
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    Some(&tag[at..at + tag[at..].find('"')?])
}

/// What one fetch of the home page weighs.
#[derive(Debug, Default)]
struct Weight {
    html_sent: u64,
    html: u64,
    images: usize,
    /// Bytes of the `src` images (a 1× screen), of the eager ones only, and of what a 2× screen
    /// takes (the `srcset` 2× source where there is one).
    one_x: u64,
    one_x_eager: u64,
    two_x: u64,
}

/// The bytes of the image at `path` (each fetched once).
async fn image_size(addr: std::net::SocketAddr, sizes: &mut BTreeMap<String, u64>, path: &str) -> Result<u64> {
    if let Some(&n) = sizes.get(path) {
        return Ok(n);
    }
    ensure!(path.starts_with("/media/"), "an image from elsewhere than /media/: {path}");
    let (body, _) = get(addr, path, "identity").await?;
    sizes.insert(path.to_owned(), body.len() as u64);
    Ok(body.len() as u64)
}

async fn weigh(addr: std::net::SocketAddr) -> Result<Weight> {
    let (sent, coding) = get(addr, "/", "br").await?;
    ensure!(coding.as_deref() == Some("br"), "expected a brotli home page, found {coding:?}");
    let (html, _) = get(addr, "/", "identity").await?;
    let html = String::from_utf8(html).context("the home page is not UTF-8")?;
    let mut w = Weight { html_sent: sent.len() as u64, html: html.len() as u64, ..Weight::default() };
    let mut sizes: BTreeMap<String, u64> = BTreeMap::new();
    for (at, _) in html.match_indices("<img ") {
        let tag = &html[at..at + html[at..].find('>').context("an unclosed <img>")?];
        let src = attr(tag, "src").context("an <img> without src")?;
        let one = image_size(addr, &mut sizes, src).await?;
        let two = match attr(tag, "srcset").and_then(|s| s.split(", ").find(|c| c.ends_with(" 2x"))) {
            Some(c) => image_size(addr, &mut sizes, c.trim_end_matches(" 2x")).await?,
            None => one,
        };
        w.images += 1;
        w.one_x += one;
        w.two_x += two;
        if attr(tag, "loading") != Some("lazy") {
            w.one_x_eager += one;
        }
    }
    Ok(w)
}

fn print_weight(label: &str, w: &Weight) {
    println!(
        "  {label}: HTML {:.1} KB sent (brotli; {:.1} KB decoded) + {} images: {:.1} KB at 1× ({:.1} KB of them \
         eager), {:.1} KB at 2× → {:.1} KB at 1×, {:.1} KB at 2×",
        w.html_sent as f64 / 1e3,
        w.html as f64 / 1e3,
        w.images,
        w.one_x as f64 / 1e3,
        w.one_x_eager as f64 / 1e3,
        w.two_x as f64 / 1e3,
        (w.html_sent + w.one_x) as f64 / 1e3,
        (w.html_sent + w.two_x) as f64 / 1e3,
    );
}

/// Part 2: the demo's home page with initials, then with a photo for every columnist.
async fn page_weight(demo_dir: &Path, seed: u64) -> Result<()> {
    let dir = tempfile::tempdir().context("creating a temporary data folder")?;
    let data = dir.path();
    let store: Arc<dyn Store> = Arc::new(SqliteStore::open(data).context("opening a temporary store")?);
    let demo = colonnade_demo::Demo::start_at(demo_dir, "127.0.0.1:0".parse()?)
        .await
        .with_context(|| format!("starting the demo from {}", demo_dir.display()))?;
    let ingest = colonnade_ingest::Ingest::new(Arc::new(demo.config().clone()), Arc::clone(&store))?;
    let summary = ingest.run_cycle(true, &|_: colonnade_ingest::Progress| {}).await.context("crawling the demo")?;
    let crawled = summary.totals().new;
    let media = MediaDir::in_data_dir(data);
    let options = colonnade_web::SiteOptions {
        media_dir: Some(media.path().to_owned()),
        ..colonnade_web::SiteOptions::default()
    };
    let index = Arc::new(colonnade_search::SearchIndex::open_in_ram()?);
    let site = colonnade_web::Site::new(Arc::clone(&store), index, options);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(colonnade_web::serve(listener, site.clone(), async move {
        let _ = stopped.await;
    }));

    println!(
        "page weight: the bundled demo's home page ({crawled} articles crawled), fetched as a browser without a cache"
    );
    let initials = weigh(addr).await?;
    print_weight("with initials", &initials);

    // A photo for every columnist: a 600 × 750 portrait JPEG each, through the crawler's step.
    let mut rng = Rng::new(seed);
    let columnists = store.columnists(None)?;
    for c in &columnists {
        let bytes = encode(&picture(&mut rng, 600, 750), Format::Jpeg)?;
        let (source_size, variants) =
            media.process_and_write(&bytes, Some("image/jpeg"), ImagePurpose::Face).map_err(anyhow::Error::msg)?;
        let now = colonnade_store::Timestamp::new(jiff::Timestamp::now(), 0);
        let url = format!("https://bench.example/faces/{}.jpg", c.id);
        let id = store.save_image(&NewImage {
            url: &url,
            purpose: ImagePurpose::Face,
            publication_id: Some(c.publication_id),
            etag: None,
            last_modified: None,
            fetched_at: now,
            next_fetch_at: now,
            fetch: ImageFetch::Processed { source_size, variants },
        })?;
        store.choose_columnist_photo(c.id, Some(id))?;
    }
    site.changed();
    let photos = weigh(addr).await?;
    print_weight(&format!("with photos ({} columnists)", columnists.len()), &photos);
    if photos.images == 0 {
        bail!("no photo on the home page after giving every columnist one");
    }
    let extra = |a: u64, b: u64| (b as f64 - a as f64) / 1e3;
    println!(
        "  photos add {:.1} KB at 1× ({:.1} KB eager), {:.1} KB at 2×, HTML +{:.1} KB sent",
        extra(initials.one_x, photos.one_x),
        extra(initials.one_x_eager, photos.one_x_eager),
        extra(initials.two_x, photos.two_x),
        extra(initials.html_sent, photos.html_sent)
    );
    let _ = stop.send(());
    server.await.context("the site's task")?.context("serving the site")?;
    drop(demo);
    Ok(())
}

pub fn run(args: MediaArgs) -> Result<ExitCode> {
    ensure!(
        args.min_side >= 32 && args.min_side <= args.max_side,
        "--min-side must be at least 32 and at most --max-side"
    );
    println!("machine: {}, {} CPUs", cpu_model(), crate::procfs::cpus());
    processing(&args)?;
    if !args.no_page_weight {
        let demo = args.demo.clone().unwrap_or_else(colonnade_demo::default_dir);
        let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
        rt.block_on(page_weight(&demo, args.seed))?;
    }
    Ok(ExitCode::SUCCESS)
}
