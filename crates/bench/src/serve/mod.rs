//! `colonnade-bench serve`: requests per second and latency of the public site under load,
//! against nginx serving the same pages as static files, and the server's memory.
//!
//! 1. Fills a real store (SQLite + search index, the layout `colonnade serve` reads) with the
//!    synthetic columns of `colonnade_fixture::synth` — about 300 publications in 30 countries
//!    and 12 languages, 5,000 columnists, 600–1,200-word texts drawn Zipf-wise from a
//!    vocabulary, times spread over two years with their UTC offsets — unless the data
//!    directory already holds them (it is reused between runs): [`populate`](mod@populate).
//!    With Debian's `vmtouch` installed, the store's database and index are then locked in the
//!    page cache for the run (`vmtouch -l`): a VM that reclaims cold page cache by itself would
//!    otherwise send the searches' random reads to disk (seen here: 206 instead of 1,289 req/s).
//! 2. Starts `colonnade serve --no-crawl --no-demo` on a free loopback port as a child
//!    process ([`process`]; the `colonnade` binary is built separately, see [`ServeArgs`]), and
//!    collects real column URLs by following the site's own links ([`links`], over [`http`]).
//! 3. Runs `wrk` (same machine, same cores) against the home page, one hot column, ~1,000
//!    columns round-robin and ~200 searches round-robin, then nginx serving byte-identical
//!    static copies of the home and column pages ([`wrk`]; the scripts are in `bench/serve/`).
//! 4. Reads the server's resident and peak memory from /proc, prints a Markdown table and,
//!    with `--record FILE`, appends the whole report to FILE ([`report`]).

mod http;
mod links;
mod populate;
mod process;
mod report;
mod wrk;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

use anyhow::{Context, Result, bail};
use clap::Args;
use colonnade_fixture::synth::Corpus;

use self::http::{http_get, percent_encode};
use self::links::collect_column_paths;
use self::populate::populate;
use self::process::{Nginx, Running, free_port, tail, wait_healthy};
use self::report::{Report, Row};
use self::wrk::{Target, WRK_SCRIPT, Wrk};
use crate::procfs::proc_memory;

/// Flags of `colonnade-bench serve`. The data directory is `--store-dir`; the server is the
/// `colonnade` binary beside this one (build it first: `cargo build --release -p colonnade`).

#[derive(Args, Debug)]
pub struct ServeArgs {
    /// Columns in the store.
    #[arg(long, default_value_t = 100_000)]
    columns: usize,
    /// Data directory holding (or to hold) the store and index; reused when it already holds
    /// --columns columns [default: target/bench-serve/columns-N beside this program's build].
    #[arg(long = "store-dir", value_name = "DIR")]
    store_dir: Option<PathBuf>,
    /// Seconds to measure each page for (after the warm-up).
    #[arg(long, default_value_t = 10)]
    seconds: u64,
    /// Seconds of warm-up load before each measurement.
    #[arg(long, default_value_t = 2)]
    warmup: u64,
    /// Measurements per page; the one with the most requests/second is reported (the machine
    /// is shared: other work can only slow a run down).
    #[arg(long, default_value_t = 3)]
    repeat: u32,
    /// A run during which other processes used more than this many cores is noisy: it is
    /// repeated (after waiting for a quiet CPU), up to 4 × --repeat runs in all.
    #[arg(long, default_value_t = 0.3, value_name = "CORES")]
    max_noise: f64,
    /// Open connections (wrk -c).
    #[arg(long, default_value_t = 64)]
    connections: u32,
    /// wrk threads (wrk -t).
    #[arg(long, default_value_t = 2)]
    threads: u32,
    /// Measure nginx serving the same pages as static files (the default).
    #[arg(long, overrides_with = "no_nginx")]
    nginx: bool,
    /// Skip the nginx baseline.
    #[arg(long, overrides_with = "nginx")]
    no_nginx: bool,
    /// Column URLs to cycle through in the round-robin run.
    #[arg(long, default_value_t = 1_000)]
    column_urls: usize,
    /// Search words to cycle through (one-word queries: the site caches their pages).
    #[arg(long, default_value_t = 200)]
    search_words: usize,
    /// Distinct two-word queries for the uncached search run (0 to skip it).
    #[arg(long, default_value_t = 10_000)]
    search_queries: usize,
    /// Append the report (Markdown) to this file.
    #[arg(long, value_name = "FILE")]
    record: Option<PathBuf>,
    /// Before each run, wait (up to 2 min) until the CPU is less busy than this, in percent
    /// (other people's builds skew the figures; the busy share is reported either way).
    #[arg(long, default_value_t = 30.0, value_name = "PERCENT")]
    quiet_cpu: f64,
    /// Only fill the store and the index, then stop.
    #[arg(long)]
    populate_only: bool,
    /// Serve from this PostgreSQL database instead of the SQLite store in --store-dir (copy it
    /// there first with `colonnade store copy --from DIR --to URL`; the search index stays in
    /// --store-dir). The database's transaction count is read before and after each page's load,
    /// to show that cached pages do not touch the store.
    #[arg(long = "store", value_name = "URL")]
    store_url: Option<String>,
    /// The `colonnade` program to run `serve` with [default: `colonnade` beside this program,
    /// e.g. target/release/colonnade: run `cargo build --release -p colonnade` first].
    #[arg(long = "colonnade-bin", alias = "server", value_name = "FILE")]
    colonnade_bin: Option<PathBuf>,
}

/// Runs the whole benchmark (see the module documentation).
pub fn run(args: ServeArgs) -> Result<ExitCode> {
    if args.columns == 0 {
        bail!("--columns must be at least 1");
    }
    let base = bench_root();
    let data = args.store_dir.clone().unwrap_or_else(|| base.join(format!("columns-{}", args.columns)));
    // What the run needs, checked before the (long) fill.
    let exe = if args.populate_only { None } else { Some(colonnade_bin(args.colonnade_bin.as_deref())?) };
    if !args.populate_only {
        for tool in ["wrk"].into_iter().chain((!args.no_nginx).then_some("nginx")) {
            if which(tool).is_none() {
                bail!("{tool} is not installed (Debian: apt-get install -y wrk nginx vmtouch)");
            }
        }
    }
    let populated = populate(&data, args.columns)?;
    let Some(exe) = exe else { return Ok(ExitCode::SUCCESS) };
    // The store's files stay in the page cache for the whole run (SQLite only: a PostgreSQL
    // server's files are its own).
    let (_locked, page_cache) = match (args.store_url.as_deref(), which("vmtouch")) {
        (Some(_), _) => (None, "not locked (PostgreSQL store)".to_owned()),
        (None, None) => {
            eprintln!(
                "bench serve: vmtouch is not installed: the store's pages may be reclaimed between runs (apt-get install -y vmtouch)"
            );
            (None, "not locked (vmtouch not installed)".to_owned())
        }
        (None, Some(vmtouch)) => {
            eprintln!("bench serve: locking the store's files in the page cache (vmtouch -l)");
            let files = [data.join("colonnade.db"), data.join("index")];
            let paths: Vec<&Path> = files.iter().map(PathBuf::as_path).filter(|p| p.exists()).collect();
            match process::lock_in_page_cache(&vmtouch, &paths) {
                Some(lock) => (
                    Some(lock),
                    "the store's database and index locked in memory by `vmtouch -l` for the run".to_owned(),
                ),
                None => (None, "not locked (vmtouch could not lock)".to_owned()),
            }
        }
    };
    let work = base.join("run");
    if work.exists() {
        std::fs::remove_dir_all(&work).with_context(|| format!("removing the old {}", work.display()))?;
    }
    std::fs::create_dir_all(&work).with_context(|| format!("creating {}", work.display()))?;
    let script = work.join("bench.lua");
    std::fs::write(&script, WRK_SCRIPT).with_context(|| format!("writing {}", script.display()))?;

    // The server.
    let addr = free_port()?;
    let log_path = work.join("serve.log");
    let log = std::fs::File::create(&log_path).with_context(|| format!("creating {}", log_path.display()))?;
    let log_err = log.try_clone().context("duplicating the log file handle")?;
    let started = Instant::now();
    let child = Command::new(&exe)
        .arg("--config")
        .arg(work.join("no-config.toml"))
        .arg("--data")
        .arg(&data)
        .args(self::store_args(args.store_url.as_deref()))
        .args(["serve", "--no-crawl", "--no-demo", "--addr", &addr.to_string()])
        .stdin(Stdio::null())
        .stdout(log)
        .stderr(log_err)
        .spawn()
        .with_context(|| format!("starting {} serve", exe.display()))?;
    let mut server = Running::new(child, "INT");
    wait_healthy(addr, &mut server, &log_path)?;
    let start_secs = started.elapsed().as_secs_f64();
    let rss_start = proc_memory(server.pid());
    eprintln!("bench serve: server up on {addr} in {start_secs:.1} s");

    // Real URLs, found by following the site's links.
    let home = http_get(addr, "/")?;
    if home.status != 200 {
        bail!("GET / answered {}", home.status);
    }
    let columns = collect_column_paths(addr, args.column_urls)?;
    let Some(hot) = columns.first().cloned() else {
        bail!("found no link to a column (/columns/ID-slug) on the site's pages")
    };
    let column = http_get(addr, &hot)?;
    if column.status != 200 {
        bail!("GET {hot} answered {}", column.status);
    }
    let corpus = Corpus::default();
    let words = corpus.search_words(args.search_words);
    let searches: Vec<String> = words.iter().map(|w| format!("/search?q={}", percent_encode(w))).collect();
    let first_search = http_get(addr, &searches[0])?;
    if first_search.status != 200 {
        bail!("GET {} answered {}", searches[0], first_search.status);
    }
    let pairs: Vec<String> = corpus
        .search_pairs(args.search_queries)
        .iter()
        .map(|(a, b)| format!("/search?q={}+{}", percent_encode(a), percent_encode(b)))
        .collect();
    let pair_search = match pairs.first() {
        Some(first) => {
            let r = http_get(addr, first)?;
            if r.status != 200 {
                bail!("GET {first} answered {}", r.status);
            }
            r.body.len()
        }
        None => 0,
    };
    let columns_file = work.join("columns.txt");
    std::fs::write(&columns_file, columns.join("\n")).context("writing the column paths")?;
    let searches_file = work.join("searches.txt");
    std::fs::write(&searches_file, searches.join("\n")).context("writing the search paths")?;
    let pairs_file = work.join("search-pairs.txt");
    std::fs::write(&pairs_file, pairs.join("\n")).context("writing the search paths")?;
    eprintln!(
        "bench serve: home {} bytes, column {} bytes ({hot}), {} column URLs, {} one-word and {} two-word searches",
        home.body.len(),
        column.body.len(),
        columns.len(),
        searches.len(),
        pairs.len()
    );

    let wrk = Wrk { script: &script, seconds: args.seconds, warmup: args.warmup, args: &args };
    let base_url = format!("http://{addr}");
    let mut rows = Vec::new();
    let search_bytes = first_search.body.len();
    let mut runs = vec![
        ("home `/`", Target::Page, Some("/".to_string()), None, home.body.len()),
        ("column, one hot URL", Target::Page, Some(hot.clone()), None, column.body.len()),
        (
            "columns, round-robin",
            Target::Page,
            None,
            Some((&columns_file, format!("{} column URLs found by following the site's links", columns.len()))),
            column.body.len(),
        ),
        (
            "search, one word, round-robin",
            Target::Search,
            None,
            Some((&searches_file, format!("{} words, frequent to rare (pages cached by the site)", searches.len()))),
            search_bytes,
        ),
    ];
    if !pairs.is_empty() {
        runs.push((
            "search, two words, distinct",
            Target::UncachedSearch,
            None,
            Some((&pairs_file, format!("{} distinct two-word queries (mostly cache misses)", pairs.len()))),
            pair_search,
        ));
    }
    for (label, target, path, file, bytes) in runs {
        let url = match &path {
            Some(p) => format!("{base_url}{p}"),
            None => base_url.clone(),
        };
        let paths = file.as_ref().map(|(f, _)| f.as_path());
        let xacts = |url: &str| crate::pg::transactions(url).context("reading the database's transaction count");
        let before =
            args.store_url.as_deref().map(|u| Ok::<_, anyhow::Error>((xacts(u)?, Instant::now()))).transpose()?;
        let result = wrk.measure(label, &url, paths, server.pid())?;
        let db = match (before, args.store_url.as_deref()) {
            (Some((x0, t0)), Some(u)) => Some((xacts(u)? - x0, t0.elapsed().as_secs_f64())),
            _ => None,
        };
        rows.push(Row {
            label: label.to_string(),
            what: match (&path, &file) {
                (Some(p), _) => format!("`{p}`"),
                (None, Some((_, what))) => what.clone(),
                (None, None) => String::new(),
            },
            bytes,
            target,
            result,
            nginx: None,
            memory_after: proc_memory(server.pid()),
            db,
        });
    }
    let rss_end = proc_memory(server.pid());
    let serve_log_tail = tail(&log_path, 5);
    server.stop();

    // The nginx baseline, on byte-identical copies.
    let mut nginx_rows = Vec::new();
    if !args.no_nginx {
        let nginx = Nginx::start(&work.join("nginx"), &home.body, &column.body)?;
        let nurl = format!("http://{}", nginx.addr);
        for (label, file, bytes) in [
            ("nginx, home copy", "/home.html", home.body.len()),
            ("nginx, column copy", "/column.html", column.body.len()),
        ] {
            let result = wrk.measure(label, &format!("{nurl}{file}"), None, nginx.pid())?;
            nginx_rows.push((label, bytes, result));
        }
        drop(nginx);
        if let Some((_, _, home_n)) = nginx_rows.first() {
            rows[0].nginx = Some(home_n.rps());
        }
        if let Some((_, _, col_n)) = nginx_rows.get(1) {
            rows[1].nginx = Some(col_n.rps());
            rows[2].nginx = Some(col_n.rps());
        }
    }

    let report = Report {
        args: &args,
        data: &data,
        populated: &populated,
        start_secs,
        rss_start,
        rss_end,
        rows: &rows,
        nginx_rows: &nginx_rows,
        serve_log_tail,
        page_cache: &page_cache,
    }
    .markdown();
    println!("{report}");
    if let Some(path) = &args.record {
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .with_context(|| format!("opening {}", path.display()))?;
        writeln!(f, "{report}").with_context(|| format!("writing {}", path.display()))?;
        eprintln!("bench serve: report appended to {}", path.display());
    }
    Ok(ExitCode::SUCCESS)
}

/// `--store URL` for the server, when serving from PostgreSQL.
fn store_args(url: Option<&str>) -> Vec<String> {
    url.map(|u| vec!["--store".to_string(), u.to_string()]).unwrap_or_default()
}

/// `target/bench-serve` beside this program's build folder (`target/release/colonnade-bench` →
/// `target/bench-serve`), else under the current directory.
fn bench_root() -> PathBuf {
    std::env::current_exe()
        .ok()
        .and_then(|exe| {
            let profile = exe.parent()?;
            let target = profile.parent()?;
            (target.file_name()? == "target").then(|| target.join("bench-serve"))
        })
        .unwrap_or_else(|| PathBuf::from("target/bench-serve"))
}

/// The full path of a program on `PATH`.
fn which(program: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|d| d.join(program)).find(|p| p.is_file())
}

/// The `colonnade` program to benchmark: `given`, else `colonnade` in this program's folder
/// (`cargo build --release -p colonnade` puts it beside `target/release/colonnade-bench`).
pub(crate) fn colonnade_bin(given: Option<&Path>) -> Result<PathBuf> {
    let path = match given {
        Some(p) => p.to_path_buf(),
        None => {
            let exe = std::env::current_exe().context("finding this program's folder")?;
            let dir = exe.parent().context("finding this program's folder")?;
            dir.join(format!("colonnade{}", std::env::consts::EXE_SUFFIX))
        }
    };
    if !path.is_file() {
        bail!(
            "no colonnade program at {} (build it first: `cargo build --release -p colonnade`, or pass --colonnade-bin FILE)",
            path.display()
        );
    }
    Ok(path)
}
