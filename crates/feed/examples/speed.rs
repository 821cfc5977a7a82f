//! Parse speed of `parse_feed` on the Global Voices 2009 feed.
//!
//! ```text
//! cargo run --release --example speed [PATH] [ROUNDS]
//! ```
//!
//! Prints MB/s (input bytes per second, one core). Recorded, not asserted.

use std::time::Instant;

use colonnade_feed::{Url, parse_feed};

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/../../demo/sites/globalvoices/feed.xml").into());
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(200);
    let raw = match std::fs::read_to_string(&path) {
        Ok(raw) => raw,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let text = raw.replace("{demo}/globalvoices/", "http://127.0.0.1:1/gv/");
    let bytes = text.as_bytes();
    let base = Url::parse("http://127.0.0.1:1/gv/feed.rss").ok();
    // Warm up.
    let mut items = 0;
    for _ in 0..5 {
        items = parse_feed(bytes, None, base.as_ref()).map(|f| f.items.len()).unwrap_or(0);
    }
    let start = Instant::now();
    for _ in 0..rounds {
        items += parse_feed(bytes, None, base.as_ref()).map(|f| f.items.len()).unwrap_or(0);
    }
    let secs = start.elapsed().as_secs_f64();
    let mb = (bytes.len() * rounds) as f64 / 1e6;
    println!(
        "{path}: {} bytes x {rounds} rounds in {secs:.3} s = {:.1} MB/s, {:.2} ms/feed ({} items/parse)",
        bytes.len(),
        mb / secs,
        secs * 1e3 / rounds as f64,
        items / (rounds + 1)
    );
}
