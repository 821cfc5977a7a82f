//! The report: a Markdown table of every page measured, with the machine, the store, the load
//! and the server's memory, in the form kept in `bench/runs/`.

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

use super::ServeArgs;
use super::populate::Populated;
use super::wrk::{Target, WrkResult, rps_list};
use crate::procfs::{Memory, cpu_model, cpus};

/// One page measured on the server.
pub struct Row {
    pub label: String,
    pub what: String,
    pub bytes: usize,
    pub target: Target,
    pub result: WrkResult,
    /// nginx's requests/second on a static copy of the same page.
    pub nginx: Option<f64>,
    /// The server's memory right after this run.
    pub memory_after: Option<Memory>,
    /// With a PostgreSQL store: transactions the database ended while this page was loaded
    /// (warm-up and every run), and over how many seconds.
    pub db: Option<(i64, f64)>,
}

impl Row {
    fn ratio(&self) -> Option<f64> {
        self.nginx.map(|n| self.result.rps() / n.max(1.0))
    }

    /// Whether the target is met: `None` when it cannot be told (no nginx figure).
    fn met(&self) -> Option<bool> {
        let p99_ms = self.result.p99_us as f64 / 1e3;
        let clean = self.result.bad_status == 0 && self.result.socket_errors == 0;
        match self.target {
            Target::Search => Some(p99_ms < 20.0 && clean),
            Target::UncachedSearch => Some(self.result.rps() >= 2_000.0 && p99_ms < 50.0 && clean),
            Target::Page => self.ratio().map(|r| r >= 0.5 && p99_ms < 10.0 && clean),
        }
    }
}

/// Everything the report says.
pub struct Report<'a> {
    pub args: &'a ServeArgs,
    pub data: &'a Path,
    pub populated: &'a Populated,
    pub start_secs: f64,
    pub rss_start: Option<Memory>,
    pub rss_end: Option<Memory>,
    pub rows: &'a [Row],
    pub nginx_rows: &'a [(&'a str, usize, WrkResult)],
    pub serve_log_tail: String,
    /// How the store's files were kept in the page cache, if they were.
    pub page_cache: &'a str,
}

impl Report<'_> {
    /// The report as Markdown.
    pub fn markdown(&self) -> String {
        let a = self.args;
        let p = self.populated;
        let mut s = String::new();
        let mb = |b: u64| b as f64 / 1e6;
        let now = jiff::Timestamp::now().strftime("%Y-%m-%d %H:%M:%S UTC");
        let _ = writeln!(s, "## `colonnade-bench serve` — {now}\n");
        let _ = writeln!(s, "- command: `{}`", std::env::args().collect::<Vec<_>>().join(" "));
        let _ = writeln!(s, "- commit: {}", git_commit());
        let _ = writeln!(
            s,
            "- machine: {}, {} logical CPUs, shared with other work; wrk ({} threads, {} connections) runs on the same cores as the server, so every figure is server + load generator on {} CPUs",
            cpu_model(),
            cpus(),
            a.threads,
            a.connections,
            cpus()
        );
        let _ = writeln!(s, "- page cache: {}", self.page_cache);
        let _ = writeln!(
            s,
            "- store: {} columns ({} opinion), {} publications, {} columnists; `{}`: database {:.0} MB, search index {:.0} MB{}{}",
            p.columns,
            p.opinion,
            p.publications,
            p.columnists,
            self.data.display(),
            mb(p.db_bytes),
            mb(p.index_bytes),
            if p.inserted_now > 0 {
                format!(
                    "; {} columns inserted this run in {:.0} s ({:.0}/s)",
                    p.inserted_now,
                    p.insert_secs,
                    p.inserted_now as f64 / p.insert_secs.max(0.001)
                )
            } else {
                " (reused)".to_string()
            },
            p.index_secs.map(|t| format!(", indexed in {t:.0} s")).unwrap_or_default()
        );
        let _ = writeln!(
            s,
            "- load: `wrk -t{} -c{} -d{}s --latency` over loopback after {} s of warm-up per page, {} runs per page (more when a run was noisy: others used > {} cores; starred), the best quiet run (most req/s) reported; \"cores\" is CPU time per second during that run of the server (or nginx), of wrk and of everything else on the machine (other people's work: noise); CPU busy share (in the second before) and 1-min load average before each page",
            a.threads,
            a.connections,
            a.seconds,
            a.warmup,
            a.repeat.max(1),
            a.max_noise
        );
        let _ = writeln!(s, "- server started (store and index opened, up to date) in {:.1} s\n", self.start_secs);

        let _ = writeln!(
            s,
            "| page | req/s | p50 ms | p90 ms | p99 ms | max ms | nginx req/s | ratio | target | met | bytes/resp | serve RSS after, MB (anon + files) | cores: server / wrk / others | req/s of each run | CPU busy / load before |"
        );
        let _ = writeln!(s, "|---|---:|---:|---:|---:|---:|---:|---:|---|---|---:|---:|---|---|---:|");
        let cores = |r: &WrkResult| format!("{:.2} / {:.2} / {:.2}", r.server_cores, r.wrk_cores, r.other_cores);
        let runs = |r: &WrkResult| rps_list(&r.all_rps);
        let ms = |us: u64| us as f64 / 1e3;
        for row in self.rows {
            let r = &row.result;
            let target = match row.target {
                Target::Page => "≥ 0.5 × nginx, p99 < 10 ms",
                Target::Search => "p99 < 20 ms",
                Target::UncachedSearch => "≥ 2,000 req/s, p99 < 50 ms",
            };
            let _ = writeln!(
                s,
                "| {} | {:.0} | {:.2} | {:.2} | {:.2} | {:.1} | {} | {} | {} | {}{} | {:.0} | {} | {} | {} | {:.0}% / {:.2} |",
                row.label,
                r.rps(),
                ms(r.p50_us),
                ms(r.p90_us),
                ms(r.p99_us),
                ms(r.max_us),
                row.nginx.map_or("—".to_string(), |n| format!("{n:.0}")),
                row.ratio().map_or("—".to_string(), |x| format!("{x:.2}")),
                target,
                match row.met() {
                    Some(true) => "yes",
                    Some(false) => "**no**",
                    None => "?",
                },
                if r.noisy { " (noisy run)" } else { "" },
                r.bytes_per_response(),
                row.memory_after.map_or("?".to_string(), |m| format!(
                    "{:.0} ({:.0} + {:.0}), {} threads",
                    mb(m.rss),
                    mb(m.anon),
                    mb(m.file),
                    m.threads
                )),
                cores(r),
                runs(r),
                r.busy_before,
                r.load_before
            );
        }
        for (label, _, r) in self.nginx_rows {
            let _ = writeln!(
                s,
                "| {label} | {:.0} | {:.2} | {:.2} | {:.2} | {:.1} | | | | | {:.0} | | {} | {} | {:.0}% / {:.2} |",
                r.rps(),
                ms(r.p50_us),
                ms(r.p90_us),
                ms(r.p99_us),
                ms(r.max_us),
                r.bytes_per_response(),
                cores(r),
                runs(r),
                r.busy_before,
                r.load_before
            );
        }
        let _ = writeln!(s);
        for row in self.rows {
            let _ = writeln!(s, "- {}: {} ({} bytes)", row.label, row.what, row.bytes);
        }
        if self.rows.iter().any(|r| r.db.is_some()) {
            let _ = writeln!(
                s,
                "\nPostgreSQL transactions (`pg_stat_database`: xact_commit + xact_rollback, every client of the \
                 database) while each page was loaded, warm-up and all runs; the server's own background work \
                 (counter flush, search indexer, stories stage: a few every 2 s) is in them:\n"
            );
            for row in self.rows {
                if let Some((xacts, secs)) = row.db {
                    let _ = writeln!(
                        s,
                        "- {}: {xacts} transactions in {secs:.0} s ({:.1}/s) while serving {:.0} req/s",
                        row.label,
                        xacts as f64 / secs.max(0.001),
                        row.result.rps()
                    );
                }
            }
        }
        for (label, bytes, _) in self.nginx_rows {
            let _ = writeln!(
                s,
                "- {label}: byte-identical static copy ({bytes} bytes), nginx `worker_processes auto`, sendfile, access log off"
            );
        }
        let bad: Vec<String> = self
            .rows
            .iter()
            .map(|r| (r.label.as_str(), &r.result))
            .chain(self.nginx_rows.iter().map(|(l, _, r)| (*l, r)))
            .filter(|(_, r)| r.bad_status > 0 || r.socket_errors > 0)
            .map(|(l, r)| format!("{l}: {} non-2xx/3xx, {} socket errors", r.bad_status, r.socket_errors))
            .collect();
        if !bad.is_empty() {
            let _ = writeln!(s, "\nerrors under load: {}", bad.join("; "));
        }
        let fmt_mem = |m: Option<Memory>| m.map_or("unknown".to_string(), Memory::describe);
        let peak = self.rss_end.map(|m| m.peak);
        let _ = writeln!(
            s,
            "\nmemory of `serve`: after start {}; after all runs {} — target peak < 300 MB: {}",
            fmt_mem(self.rss_start),
            fmt_mem(self.rss_end),
            match peak {
                Some(p) if p < 300_000_000 => "yes",
                Some(_) => "**no**",
                None => "?",
            }
        );
        if !self.serve_log_tail.trim().is_empty() {
            let _ = writeln!(s, "\nlast lines of the server's log:\n\n```\n{}\n```", self.serve_log_tail);
        }
        s
    }
}

fn git_commit() -> String {
    let run = |args: &[&str]| {
        Command::new("git")
            .args(args)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
    };
    match run(&["rev-parse", "--short", "HEAD"]) {
        Some(c) => {
            let dirty = run(&["status", "--porcelain", "--untracked-files=no"]).is_some_and(|s| !s.is_empty());
            if dirty { format!("{c} (with uncommitted changes)") } else { c }
        }
        None => "unknown".to_string(),
    }
}
