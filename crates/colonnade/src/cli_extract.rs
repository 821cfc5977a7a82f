//! `colonnade extract`: one page to one JSON object, or a folder to JSON lines.

use std::collections::HashMap;
use std::fs;
use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::Args;
use colonnade_eval::pages::{MAX_READ, list_pages, read_page};
use colonnade_extract::{Article, ExtractError};
use rayon::prelude::*;
use serde::Serialize;

#[derive(Args, Debug)]
pub struct ExtractArgs {
    /// The page: an HTML file (`.html`, `.htm`, `.html.gz`) or `-` for standard input.
    #[arg(required_unless_present = "jsonl", conflicts_with = "jsonl")]
    file: Option<PathBuf>,
    /// The page's URL, for canonical URLs, absolute links and URL hints.
    #[arg(long, conflicts_with = "jsonl")]
    url: Option<colonnade_extract::Url>,
    /// The HTTP Content-Type the page was served with (its charset is used).
    #[arg(long, conflicts_with = "jsonl")]
    content_type: Option<String>,
    /// Walk this folder (recursively) and print one JSON line per page, with a "file" key.
    #[arg(long, value_name = "DIR")]
    jsonl: Option<PathBuf>,
    /// With --jsonl: a JSON object mapping page paths (relative to DIR) to their URLs.
    #[arg(long, value_name = "FILE", requires = "jsonl")]
    urls: Option<PathBuf>,
    /// With --jsonl: worker threads (default: all cores).
    #[arg(long, short = 'j', value_name = "N", requires = "jsonl")]
    jobs: Option<usize>,
    /// Pretty-print the single JSON object.
    #[arg(long, conflicts_with = "jsonl")]
    pretty: bool,
}

pub fn run(args: ExtractArgs) -> Result<ExitCode> {
    if let Some(dir) = &args.jsonl {
        return run_jsonl(dir, args.urls.as_deref(), args.jobs);
    }
    let Some(file) = &args.file else { bail!("give a FILE (or - for standard input), or --jsonl DIR") };
    let bytes = if file.as_os_str() == "-" {
        let mut buf = Vec::new();
        io::stdin().take(MAX_READ).read_to_end(&mut buf).context("reading standard input")?;
        buf
    } else {
        read_page(file)?
    };
    let extracted = colonnade_extract::extract_with(
        &bytes,
        args.url.as_ref(),
        args.content_type.as_deref(),
        &colonnade_extract::Options::default(),
    )
    .with_context(|| format!("extracting {}", file.display()))?;
    let page = Page { article: &extracted.article, author_images: &extracted.author_images };
    let stdout = io::stdout();
    let mut out = stdout.lock();
    if args.pretty {
        serde_json::to_writer_pretty(&mut out, &page)?;
    } else {
        serde_json::to_writer(&mut out, &page)?;
    }
    writeln!(out)?;
    Ok(ExitCode::SUCCESS)
}

/// One page's output: the article, and its authors' photos when the page shows any.
#[derive(Serialize)]
struct Page<'a> {
    #[serde(flatten)]
    article: &'a Article,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    author_images: &'a [colonnade_extract::AuthorImage],
}

#[derive(Serialize)]
struct Line<'a> {
    file: &'a str,
    #[serde(flatten)]
    page: Page<'a>,
}

#[derive(Serialize)]
struct ErrorLine<'a> {
    file: &'a str,
    error: String,
}

fn run_jsonl(dir: &Path, urls: Option<&Path>, jobs: Option<usize>) -> Result<ExitCode> {
    if !dir.is_dir() {
        bail!("{} is not a folder", dir.display());
    }
    let urls: HashMap<String, colonnade_extract::Url> = match urls {
        Some(path) => {
            let bytes = fs::read(path).with_context(|| format!("reading {}", path.display()))?;
            let raw: HashMap<String, String> = serde_json::from_slice(&bytes)
                .with_context(|| format!("{} must be a JSON object of page path to URL", path.display()))?;
            raw.into_iter()
                .map(|(page, url)| match colonnade_extract::Url::parse(&url) {
                    Ok(u) => Ok((page, u)),
                    Err(e) => Err(anyhow::anyhow!("{}: {page:?} maps to {url:?}, not a URL: {e}", path.display())),
                })
                .collect::<Result<_>>()?
        }
        None => HashMap::new(),
    };
    let pages = list_pages(dir)?;
    let jobs = jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())).max(1);
    let pool = rayon::ThreadPoolBuilder::new().num_threads(jobs).build().context("starting worker threads")?;
    let progress = if io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::new(pages.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} pages {per_sec} eta {eta}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        Some(bar)
    } else {
        None
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    // Chunks keep output in file order while every core works, and bound memory to one chunk.
    for chunk in pages.chunks(jobs * 16) {
        let lines: Vec<(String, bool)> = pool.install(|| {
            chunk
                .par_iter()
                .map(|(path, rel)| {
                    let url = urls.get(rel.as_str());
                    let result = read_page(path).map_err(anyhow::Error::from).and_then(|bytes| {
                        colonnade_extract::extract_with(&bytes, url, None, &colonnade_extract::Options::default())
                            .map_err(|e: ExtractError| anyhow::anyhow!(e))
                    });
                    let line = match &result {
                        Ok(e) => serde_json::to_string(&Line {
                            file: rel,
                            page: Page { article: &e.article, author_images: &e.author_images },
                        }),
                        Err(e) => serde_json::to_string(&ErrorLine { file: rel, error: format!("{e:#}") }),
                    };
                    (line.unwrap_or_else(|e| format!("{{\"file\":{rel:?},\"error\":\"{e}\"}}")), result.is_ok())
                })
                .collect()
        });
        for (line, ok) in lines {
            writeln!(out, "{line}")?;
            if !ok {
                failed += 1;
            }
        }
        if let Some(bar) = &progress {
            bar.inc(chunk.len() as u64);
        }
    }
    out.flush()?;
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    eprintln!("colonnade: extracted {} pages, {} failed", pages.len() - failed, failed);
    Ok(if failed == 0 { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
