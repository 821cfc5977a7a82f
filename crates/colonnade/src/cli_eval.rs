//! `colonnade eval …` and `colonnade bench …`: quality against a corpus, and speed.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use clap::{Args, Subcommand};
use colonnade_eval::{CaseScore, Output};
use rayon::prelude::*;

use crate::cli_extract::{list_pages, read_page};

/// The development corpus, relative to the repository root.
pub const DEFAULT_CORPUS: &str = "../shared/corpus/readability";

#[derive(Subcommand, Debug)]
pub enum EvalCommand {
    /// Score the extractor: text P/R/F1 and title, author and date accuracy.
    Extract(EvalArgs),
}

#[derive(Args, Debug)]
pub struct EvalArgs {
    /// Corpus folder with pages/ and expected/ (see crates/eval).
    #[arg(long, default_value = DEFAULT_CORPUS)]
    corpus: PathBuf,
    /// Print every case's scores as JSON instead of the table.
    #[arg(long)]
    json: bool,
    /// List the N worst cases by F1, with what went wrong.
    #[arg(long, value_name = "N", default_value_t = 10)]
    worst: usize,
    /// Score another extractor's output instead of running Colonnade's: JSON lines with "file"
    /// (the page's file name, e.g. "ars-1.html") and any of "text", "title", "authors"
    /// (list or string), "published", "error".
    #[arg(long, value_name = "FILE")]
    from_jsonl: Option<PathBuf>,
}

/// Reads another extractor's JSON lines into outputs keyed by page file name.
fn read_foreign(path: &Path) -> Result<std::collections::HashMap<String, Result<Output, String>>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let mut out = std::collections::HashMap::new();
    for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let v: serde_json::Value =
            serde_json::from_str(line).with_context(|| format!("{} line {}: not JSON", path.display(), i + 1))?;
        let file = v["file"].as_str().with_context(|| format!("{} line {}: no \"file\"", path.display(), i + 1))?;
        let name = file.rsplit('/').next().unwrap_or(file).to_string();
        if let Some(err) = v["error"].as_str() {
            out.insert(name, Err(err.to_string()));
            continue;
        }
        let s = |k: &str| v[k].as_str().map(str::to_string).filter(|s| !s.is_empty());
        let authors = match &v["authors"] {
            serde_json::Value::Array(a) => a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect(),
            serde_json::Value::String(a) if !a.is_empty() => vec![a.clone()],
            _ => Vec::new(),
        };
        out.insert(
            name,
            Ok(Output { text: s("text").unwrap_or_default(), title: s("title"), authors, published: s("published") }),
        );
    }
    Ok(out)
}

#[derive(Subcommand, Debug)]
pub enum BenchCommand {
    /// Pages per second of the extractor on one thread (or more, with --jobs).
    Extract(BenchArgs),
    /// Articles per second through the whole crawl path, from loopback fixture sites.
    Crawl(crate::cli_bench_crawl::BenchCrawlArgs),
    /// Requests per second, latency and memory of `colonnade serve` over a large synthetic store,
    /// against nginx serving the same pages as static files (needs wrk and nginx).
    Serve(crate::cli_bench_serve::BenchServeArgs),
}

#[derive(Args, Debug)]
pub struct BenchArgs {
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

pub fn run_eval(cmd: EvalCommand) -> Result<ExitCode> {
    let EvalCommand::Extract(args) = cmd;
    let cases = colonnade_eval::load_corpus(&args.corpus)
        .with_context(|| format!("loading the corpus at {}", args.corpus.display()))?;
    let started = Instant::now();
    if let Some(path) = &args.from_jsonl {
        let foreign = read_foreign(path)?;
        let scores: Vec<CaseScore> = cases
            .iter()
            .map(|case| {
                let file = case.page.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
                match foreign.get(&file) {
                    Some(Ok(o)) => colonnade_eval::score_case(case, Ok(o)),
                    Some(Err(e)) => colonnade_eval::score_case(case, Err(e)),
                    None => colonnade_eval::score_case(case, Err("missing from the JSON lines")),
                }
            })
            .collect();
        print_summary(&args, &colonnade_eval::summarise(&scores), started.elapsed().as_secs_f64());
        return Ok(ExitCode::SUCCESS);
    }
    let scores: Vec<(CaseScore, Option<Output>)> = cases
        .par_iter()
        .map(|case| {
            let result = read_page(&case.page).and_then(|bytes| {
                colonnade_extract::extract(&bytes, case.expected.url.as_deref(), None).map_err(anyhow::Error::from)
            });
            match result {
                Ok(a) => {
                    let out = Output {
                        text: a.text,
                        title: a.title,
                        authors: a.authors,
                        published: a.published.map(|p| p.to_string()),
                    };
                    (colonnade_eval::score_case(case, Ok(&out)), Some(out))
                }
                Err(e) => (colonnade_eval::score_case(case, Err(&format!("{e:#}"))), None),
            }
        })
        .collect();
    let elapsed = started.elapsed();
    let only_scores: Vec<CaseScore> = scores.iter().map(|(s, _)| s.clone()).collect();
    let summary = colonnade_eval::summarise(&only_scores);
    if args.json {
        let report = serde_json::json!({ "summary": summary, "cases": only_scores });
        println!("{}", serde_json::to_string_pretty(&report)?);
        return Ok(ExitCode::SUCCESS);
    }
    print_summary(&args, &summary, elapsed.as_secs_f64());
    if args.worst > 0 {
        let mut worst: Vec<&(CaseScore, Option<Output>)> = scores.iter().collect();
        worst.sort_by(|a, b| a.0.f1.total_cmp(&b.0.f1));
        println!("\nworst by F1:");
        for (s, _) in worst.iter().take(args.worst) {
            println!("  {:<45} F1 {:.3}  P {:.3}  R {:.3}", s.name, s.f1, s.precision, s.recall);
        }
        let wrong = |label: &str, pick: &dyn Fn(&CaseScore) -> Option<bool>| {
            let names: Vec<&str> =
                scores.iter().filter(|(s, _)| pick(s) == Some(false)).map(|(s, _)| s.name.as_str()).collect();
            if !names.is_empty() {
                println!("{label} wrong ({}): {}", names.len(), names.join(", "));
            }
        };
        wrong("\ntitle", &|s| s.title);
        wrong("author", &|s| s.authors);
        wrong("date", &|s| s.date);
    }
    Ok(ExitCode::SUCCESS)
}

fn print_summary(args: &EvalArgs, summary: &colonnade_eval::Summary, secs: f64) {
    println!("corpus      {} ({} cases, {secs:.1} s)", args.corpus.display(), summary.cases);
    println!(
        "text        precision {:.4}  recall {:.4}  F1 mean {:.4}  median {:.4}",
        summary.precision_mean, summary.recall_mean, summary.f1_mean, summary.f1_median
    );
    let acc = |(a, n): (f64, usize)| format!("{a:.4} of {n}");
    println!("title       {}", acc(summary.title_accuracy));
    println!("author      {}", acc(summary.author_accuracy));
    println!("date        {}", acc(summary.date_accuracy));
    if summary.errors > 0 {
        println!("errors      {}", summary.errors);
    }
}

/// Peak resident memory of this process, from /proc (Linux), in bytes.
pub fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

pub fn pages_dir(path: &Path) -> PathBuf {
    let pages = path.join("pages");
    if pages.is_dir() { pages } else { path.to_path_buf() }
}

pub fn run_bench(cmd: BenchCommand) -> Result<ExitCode> {
    let args = match cmd {
        BenchCommand::Extract(args) => args,
        BenchCommand::Crawl(args) => return crate::cli_bench_crawl::run(args),
        BenchCommand::Serve(args) => return crate::cli_bench_serve::run(args),
    };
    let dir = pages_dir(&args.corpus);
    let files = list_pages(&dir)?;
    if files.is_empty() {
        bail!("no pages under {}", dir.display());
    }
    let pages: Vec<Vec<u8>> = files.iter().map(|(p, _)| read_page(p)).collect::<Result<_>>()?;
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
        eprintln!("colonnade: no words extracted at all");
    }
    Ok(ExitCode::SUCCESS)
}
