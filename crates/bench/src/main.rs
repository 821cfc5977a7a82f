//! `colonnade-bench`: Colonnade's benchmarks, kept out of the product binary.
//!
//! ```sh
//! cargo run --release -p colonnade-bench -- extract   # pages/second of the extractor
//! cargo run --release -p colonnade-bench -- crawl     # articles/second through fetch, extract and store
//! cargo build --release -p colonnade && cargo run --release -p colonnade-bench -- crawl --nodes 2 --store postgres://…
//! cargo run --release -p colonnade-bench -- store --store postgres://…   # inserts/second of the store
//! cargo build --release -p colonnade && cargo run --release -p colonnade-bench -- serve
//! cargo run --release -p colonnade-bench -- stories   # assign time and memory with 100k articles
//! cargo run --release -p colonnade-bench -- media     # photos/s and memory; home page weight with photos
//! ```
//!
//! Each prints its figures; results worth keeping go to `bench/runs/` with date, machine and
//! command. Benchmarks are recorded, not asserted.

/// The allocator the `colonnade` binary runs with, so that what runs in this process (the
/// extractor, the crawl path, the stories stage) is measured as the product runs it.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod crawl;
mod extract;
mod media;
mod pages;
mod pg;
mod procfs;
mod serve;
mod store;
mod stories;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Colonnade's benchmarks: speed and memory of a stage, or of the whole site under load.
#[derive(Parser, Debug)]
#[command(name = "colonnade-bench", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Pages per second of the extractor on one thread (or more, with --jobs).
    Extract(extract::ExtractArgs),
    /// Articles per second through the whole crawl path, from loopback fixture sites.
    Crawl(crawl::CrawlArgs),
    /// Requests per second, latency and memory of `colonnade serve` over a large synthetic store,
    /// against nginx serving the same pages as static files (needs wrk and nginx, and the
    /// colonnade binary: run `cargo build --release -p colonnade` first).
    Serve(serve::ServeArgs),
    /// Time per article and memory of the stories stage (copies and stories) with 100,000
    /// synthetic articles in its index, and `stories cluster` on 1,000.
    Stories(stories::StoriesArgs),
    /// Articles saved per second by the store (SQLite or PostgreSQL), from one or more threads.
    Store(store::StoreArgs),
    /// Photos per second and peak memory of the crawler's image step over 1,000 synthetic
    /// photos (JPEG, PNG, WebP, 200–2,000 px), and the demo home page's weight with initials and
    /// with photos.
    Media(media::MediaArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => extract::run(args),
        Command::Crawl(args) => crawl::run(args),
        Command::Serve(args) => serve::run(args),
        Command::Stories(args) => stories::run(args),
        Command::Store(args) => store::run(args),
        Command::Media(args) => media::run(args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("colonnade-bench: error: {err:#}");
            ExitCode::from(2)
        }
    }
}
