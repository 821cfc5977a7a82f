//! The load: wrk runs against one URL or a file of paths round-robin, with the CPU time of the
//! server, of wrk and of everything else on the machine accounted from /proc, runs repeated
//! when other work made them noisy.

use std::path::Path;
use std::process::{Command, Stdio};

use anyhow::{Context, Result, bail};

use super::ServeArgs;
use crate::procfs::{cpu_times, cpus, proc_ticks, process_tree, tree_ticks, wait_quiet};

/// The wrk script: one URL, or a file of paths round-robin; prints exact figures as JSON.
pub const WRK_SCRIPT: &str = include_str!("../../../../bench/serve/bench.lua");

/// What the page is held to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// ≥ 50% of nginx's requests/second on a static copy, p99 < 10 ms.
    Page,
    /// p99 < 20 ms.
    Search,
    /// Distinct searches, each a cache miss (issue 14): ≥ 2,000 requests/second, p99 < 50 ms.
    UncachedSearch,
}

/// One wrk measurement.
#[derive(Debug, Clone, Default)]
pub struct WrkResult {
    pub requests: u64,
    pub duration_us: u64,
    pub bytes: u64,
    pub p50_us: u64,
    pub p90_us: u64,
    pub p99_us: u64,
    pub max_us: u64,
    /// Responses other than 2xx/3xx.
    pub bad_status: u64,
    /// Connect, read, write errors and timeouts.
    pub socket_errors: u64,
    /// Share of the CPU other processes used in the second before the run, in percent.
    pub busy_before: f64,
    /// 1-minute load average before the run.
    pub load_before: f64,
    /// CPU used during the run, in cores (CPU seconds per second): the server (or nginx).
    pub server_cores: f64,
    /// … wrk.
    pub wrk_cores: f64,
    /// … everything else on the machine (other people's work: noise).
    pub other_cores: f64,
    /// Requests/second of every run, in order, and whether it was noisy.
    pub all_rps: Vec<(f64, bool)>,
    /// Whether this run was noisy (others used more than --max-noise cores).
    pub noisy: bool,
}

impl WrkResult {
    /// Requests per second.
    pub fn rps(&self) -> f64 {
        self.requests as f64 / (self.duration_us.max(1) as f64 / 1e6)
    }

    /// Average bytes per response, headers included.
    pub fn bytes_per_response(&self) -> f64 {
        self.bytes as f64 / self.requests.max(1) as f64
    }
}

/// "41000, 39000*": requests/second of each run, noisy runs starred.
pub fn rps_list(runs: &[(f64, bool)]) -> String {
    runs.iter().map(|(x, noisy)| format!("{x:.0}{}", if *noisy { "*" } else { "" })).collect::<Vec<_>>().join(", ")
}

/// How to run wrk.
pub struct Wrk<'a> {
    pub script: &'a Path,
    pub seconds: u64,
    pub warmup: u64,
    pub args: &'a ServeArgs,
}

impl Wrk<'_> {
    /// Waits for a quiet CPU, warms up, then measures `url` (with `paths` round-robin if given)
    /// `--repeat` times, keeping the run with the most requests/second. `server` is the process
    /// under test (with its children), for the CPU accounting.
    pub fn measure(&self, label: &str, url: &str, paths: Option<&Path>, server: u32) -> Result<WrkResult> {
        let (busy, load) = wait_quiet(self.args.quiet_cpu);
        if self.warmup > 0 {
            self.run(url, paths, self.warmup).with_context(|| format!("warming up {label}"))?;
        }
        let mut best: Option<WrkResult> = None;
        let mut all_rps = Vec::new();
        let wanted = self.args.repeat.max(1);
        let (mut clean, mut attempts) = (0, 0);
        while clean < wanted && attempts < wanted * 4 {
            attempts += 1;
            if all_rps.last().is_some_and(|(_, noisy)| *noisy) {
                wait_quiet(self.args.quiet_cpu);
            }
            let pids = process_tree(server);
            let (sys0, server0, self0) = (cpu_times(), tree_ticks(&pids), proc_ticks(std::process::id()));
            let mut r = self.run(url, paths, self.seconds).with_context(|| format!("measuring {label}"))?;
            let (sys1, server1, self1) = (cpu_times(), tree_ticks(&pids), proc_ticks(std::process::id()));
            if let (Some((b0, t0)), Some((b1, t1)), Some((_, c0)), Some((_, c1))) = (sys0, sys1, self0, self1) {
                // Ticks of all CPUs over the run; / CPUs = ticks of wall time.
                let wall = (t1.saturating_sub(t0)) as f64 / cpus() as f64;
                if wall > 0.0 {
                    let server = server1.saturating_sub(server0) as f64;
                    let wrk = c1.saturating_sub(c0) as f64;
                    let busy = b1.saturating_sub(b0) as f64;
                    r.server_cores = server / wall;
                    r.wrk_cores = wrk / wall;
                    r.other_cores = (busy - server - wrk).max(0.0) / wall;
                }
            }
            r.noisy = r.other_cores > self.args.max_noise;
            clean += u32::from(!r.noisy);
            all_rps.push((r.rps(), r.noisy));
            // Prefer a quiet run, then the most requests/second.
            let better = |a: &WrkResult, b: &WrkResult| (!a.noisy, a.rps()) > (!b.noisy, b.rps());
            if best.as_ref().is_none_or(|b| better(&r, b)) {
                best = Some(r);
            }
        }
        let mut r = best.context("no measurement")?;
        r.busy_before = busy;
        r.load_before = load;
        r.all_rps = all_rps;
        eprintln!(
            "bench serve: {label:<30} {:>7.0} req/s  p50 {:>7.2} ms  p99 {:>7.2} ms  (runs: {}; cores: server {:.2}, wrk {:.2}, others {:.2})",
            r.rps(),
            r.p50_us as f64 / 1e3,
            r.p99_us as f64 / 1e3,
            rps_list(&r.all_rps),
            r.server_cores,
            r.wrk_cores,
            r.other_cores
        );
        Ok(r)
    }

    fn run(&self, url: &str, paths: Option<&Path>, seconds: u64) -> Result<WrkResult> {
        let mut cmd = Command::new("wrk");
        cmd.arg(format!("-t{}", self.args.threads))
            .arg(format!("-c{}", self.args.connections))
            .arg(format!("-d{seconds}s"))
            .arg("--latency")
            .arg("-s")
            .arg(self.script)
            .arg(url);
        if let Some(p) = paths {
            cmd.arg("--").arg(p);
        }
        let out = cmd.stdin(Stdio::null()).output().context("running wrk")?;
        let stdout = String::from_utf8_lossy(&out.stdout);
        if !out.status.success() {
            bail!("wrk failed ({}): {}{}", out.status, stdout, String::from_utf8_lossy(&out.stderr));
        }
        let json = stdout
            .lines()
            .find_map(|l| l.strip_prefix("BENCH "))
            .with_context(|| format!("wrk printed no BENCH line:\n{stdout}"))?;
        let v: serde_json::Value = serde_json::from_str(json).with_context(|| format!("wrk's BENCH line: {json}"))?;
        let n = |k: &str| v[k].as_u64().or_else(|| v[k].as_f64().map(|f| f as u64)).unwrap_or(0);
        Ok(WrkResult {
            requests: n("requests"),
            duration_us: n("duration_us"),
            bytes: n("bytes"),
            p50_us: n("p50_us"),
            p90_us: n("p90_us"),
            p99_us: n("p99_us"),
            max_us: n("max_us"),
            bad_status: n("errors_status"),
            socket_errors: n("errors_connect") + n("errors_read") + n("errors_write") + n("errors_timeout"),
            ..WrkResult::default()
        })
    }
}
