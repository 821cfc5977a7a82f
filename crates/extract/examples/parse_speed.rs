//! Times parsing alone over a folder of pages: `cargo run --release --example parse_speed DIR`.
#![allow(clippy::unwrap_used, missing_docs)]
fn main() {
    let dir = std::env::args().nth(1).unwrap();
    let pages: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| std::fs::read(e.unwrap().path()).ok())
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .collect();
    let bytes: usize = pages.iter().map(|p| p.len()).sum();
    let t = std::time::Instant::now();
    let mut nodes = 0;
    for _ in 0..5 {
        for p in &pages {
            nodes += colonnade_extract::parse::parse(p).len();
        }
    }
    let s = t.elapsed().as_secs_f64();
    println!("{} pages/s, {:.0} MB/s, {nodes} nodes", (pages.len() * 5) as f64 / s, (bytes * 5) as f64 / s / 1e6);
}
