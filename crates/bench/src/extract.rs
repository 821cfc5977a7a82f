//! `colonnade-bench extract`: pages per second of the extractor, on one thread by default.
//! Every page is read into memory first; one warm-up pass, then whole passes until the time is up.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::{Result, bail};
use clap::Args;
use rayon::prelude::*;

use crate::pages::{DEFAULT_CORPUS, list_pages, pages_dir, read_page};
use crate::procfs::peak_rss;

/// Flags of `colonnade-bench extract`.
#[derive(Args, Debug)]
pub struct ExtractArgs {
    /// Folder of pages (searched recursively); a corpus's pages/ folder is found by itself.
    #[arg(long, default_value = DEFAULT_CORPUS)]
    corpus: PathBuf,
    /// Seconds to measure for (after one warm-up pass).
    #[arg(long, default_value_t = 10.0)]
    seconds: f64,
    /// Threads (1 = the single-threaded figure the targets speak of).
    #[arg(long, short = 'j', default_value_t = 1)]
    jobs: usize,
}

/// Runs the benchmark and prints its figures.
pub fn run(args: ExtractArgs) -> Result<ExitCode> {
    let dir = pages_dir(&args.corpus);
    let files = list_pages(&dir)?;
    if files.is_empty() {
        bail!("no pages under {}", dir.display());
    }
    let pages: Vec<Vec<u8>> = files.iter().map(|p| read_page(p)).collect::<Result<_>>()?;
    let bytes: usize = pages.iter().map(Vec::len).sum();
    let pool = rayon::ThreadPoolBuilder::new().num_threads(args.jobs.max(1)).build()?;
    let run_once = || -> usize {
        pool.install(|| {
            pages
                .par_iter()
                .with_min_len(1)
                .map(|p| colonnade_extract::extract(p, None, None).map_or(0, |a| a.word_count))
                .sum()
        })
    };
    let warm = run_once();
    let budget = Duration::from_secs_f64(args.seconds.max(0.1));
    let started = Instant::now();
    let mut rounds = 0usize;
    let mut words = 0usize;
    while started.elapsed() < budget || rounds == 0 {
        words += run_once();
        rounds += 1;
    }
    let secs = started.elapsed().as_secs_f64();
    let n = (pages.len() * rounds) as f64;
    println!("bench extract: {} pages ({:.1} MB) from {}", pages.len(), bytes as f64 / 1e6, dir.display());
    println!("threads       {}", args.jobs.max(1));
    println!("rounds        {rounds} in {secs:.2} s");
    println!("pages/s       {:.0}", n / secs);
    println!("MB/s          {:.1}", (bytes * rounds) as f64 / secs / 1e6);
    println!("ms/page       {:.3}", secs * 1000.0 / n);
    if let Some(rss) = peak_rss() {
        println!("peak RSS      {:.1} MB (pages held in memory included)", rss as f64 / 1e6);
    }
    // Keep the work observable so it cannot be optimised away.
    if words == 0 && warm == 0 {
        eprintln!("colonnade-bench: no words extracted at all");
    }
    Ok(ExitCode::SUCCESS)
}
