//! What Linux's /proc says about processes and the CPU: memory of this process or another,
//! CPU ticks of a process tree, how busy the machine is. Every reader returns `None` (or 0)
//! where /proc is missing, so the benchmarks still run elsewhere, without these figures.

use std::time::{Duration, Instant};

/// Longest wait for other processes to leave the CPU before a run.
const QUIET_WAIT: Duration = Duration::from_secs(120);

/// A `kB` field of a /proc status file, in bytes.
fn status_field(status: &str, name: &str) -> Option<u64> {
    let line = status.lines().find(|l| l.starts_with(name))?;
    Some(line.split_whitespace().nth(1)?.parse::<u64>().ok()? * 1024)
}

/// Peak resident memory of this process (VmHWM), in bytes.
pub fn peak_rss() -> Option<u64> {
    status_field(&std::fs::read_to_string("/proc/self/status").ok()?, "VmHWM:")
}

/// Current resident memory of this process (VmRSS), in bytes.
pub fn current_rss() -> Option<u64> {
    status_field(&std::fs::read_to_string("/proc/self/status").ok()?, "VmRSS:")
}

/// The machine's locked memory (`Mlocked` of /proc/meminfo), in bytes.
pub fn locked_memory() -> Option<u64> {
    status_field(&std::fs::read_to_string("/proc/meminfo").ok()?, "Mlocked:")
}

/// True when this process runs as root.
pub fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("Uid:")).map(|l| l.split_whitespace().nth(2) == Some("0")))
        .unwrap_or(false)
}

/// Resident and peak resident memory of a process, in bytes.
#[derive(Debug, Clone, Copy, Default)]
pub struct Memory {
    /// VmRSS: resident now.
    pub rss: u64,
    /// RssAnon: the heap and stacks (what the process allocated itself).
    pub anon: u64,
    /// RssFile: resident pages of mapped files (the search index is mmapped; the kernel can
    /// drop them under memory pressure, and they are shared with the page cache).
    pub file: u64,
    /// VmHWM: the peak of VmRSS.
    pub peak: u64,
    /// Threads (the blocking pool grows under load).
    pub threads: u64,
}

impl Memory {
    /// "RSS 120 MB (80 MB anonymous + 40 MB mapped files), peak 150 MB, 9 threads".
    pub fn describe(self) -> String {
        let mb = |b: u64| b as f64 / 1e6;
        format!(
            "RSS {:.0} MB ({:.0} MB anonymous + {:.0} MB mapped files), peak {:.0} MB, {} threads",
            mb(self.rss),
            mb(self.anon),
            mb(self.file),
            mb(self.peak),
            self.threads
        )
    }
}

/// The memory of process `pid`.
pub fn proc_memory(pid: u32) -> Option<Memory> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    Some(Memory {
        rss: status_field(&status, "VmRSS:")?,
        anon: status_field(&status, "RssAnon:").unwrap_or(0),
        file: status_field(&status, "RssFile:").unwrap_or(0),
        peak: status_field(&status, "VmHWM:")?,
        threads: status
            .lines()
            .find_map(|l| l.strip_prefix("Threads:"))
            .and_then(|t| t.trim().parse().ok())
            .unwrap_or(0),
    })
}

/// CPU clock ticks (utime + stime, and the waited-for children's) of a process.
pub fn proc_ticks(pid: u32) -> Option<(u64, u64)> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // Fields after the command name (which may hold spaces and parentheses).
    let rest = &stat[stat.rfind(')')? + 1..];
    // After the state: ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime
    // cutime cstime. tpgid is -1 without a terminal: parse in place, never skip a field.
    let f: Vec<&str> = rest.split_whitespace().collect();
    let tick = |i: usize| f.get(i).and_then(|x| x.parse::<u64>().ok());
    Some((tick(11)? + tick(12)?, tick(13)? + tick(14)?))
}

/// The parent of a process.
fn parent_of(pid: u32) -> Option<u32> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let rest = &stat[stat.rfind(')')? + 1..];
    rest.split_whitespace().nth(1)?.parse().ok()
}

/// A process and all its descendants (nginx's workers), by scanning /proc.
pub fn process_tree(root: u32) -> Vec<u32> {
    let all: Vec<(u32, u32)> = std::fs::read_dir("/proc")
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
                .filter_map(|pid| Some((pid, parent_of(pid)?)))
                .collect()
        })
        .unwrap_or_default();
    let mut tree = vec![root];
    let mut i = 0;
    while i < tree.len() {
        let parent = tree[i];
        tree.extend(all.iter().filter(|(_, pp)| *pp == parent).map(|(p, _)| *p));
        i += 1;
    }
    tree
}

/// Ticks used so far by a set of processes.
pub fn tree_ticks(pids: &[u32]) -> u64 {
    pids.iter().filter_map(|&p| proc_ticks(p)).map(|(own, _)| own).sum()
}

/// CPU time counters from the first line of /proc/stat: (busy, total).
pub fn cpu_times() -> Option<(u64, u64)> {
    let stat = std::fs::read_to_string("/proc/stat").ok()?;
    let line = stat.lines().next()?.strip_prefix("cpu ")?;
    let v: Vec<u64> = line.split_whitespace().filter_map(|x| x.parse().ok()).collect();
    let total: u64 = v.iter().take(8).sum();
    let idle = v.get(3)? + v.get(4).unwrap_or(&0);
    Some((total - idle, total))
}

/// Share of the CPU in use over the next second, in percent.
fn cpu_busy_percent() -> f64 {
    let Some((b0, t0)) = cpu_times() else { return 0.0 };
    std::thread::sleep(Duration::from_secs(1));
    let Some((b1, t1)) = cpu_times() else { return 0.0 };
    if t1 <= t0 { 0.0 } else { (b1 - b0) as f64 * 100.0 / (t1 - t0) as f64 }
}

/// The 1-minute load average.
fn load_average() -> f64 {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next().and_then(|x| x.parse().ok()))
        .unwrap_or(0.0)
}

/// Waits (up to [`QUIET_WAIT`]) until the CPU is less than `threshold`% busy; returns the
/// last busy share and the load average.
pub fn wait_quiet(threshold: f64) -> (f64, f64) {
    let deadline = Instant::now() + QUIET_WAIT;
    let mut said = false;
    loop {
        let busy = cpu_busy_percent();
        if busy <= threshold || Instant::now() > deadline {
            return (busy, load_average());
        }
        if !said {
            eprintln!("bench serve: CPU {busy:.0}% busy with other work; waiting up to {} s", QUIET_WAIT.as_secs());
            said = true;
        }
    }
}

/// Logical CPUs.
pub fn cpus() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}

/// The CPU's model name, from /proc/cpuinfo.
pub fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, m)| m.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn own_cpu_ticks_are_read() {
        let (own, _) = proc_ticks(std::process::id()).unwrap();
        let started = Instant::now();
        let mut x = 0u64;
        while started.elapsed() < Duration::from_millis(300) {
            x = x.wrapping_mul(31).wrapping_add(7);
        }
        assert!(x != 1);
        let (later, _) = proc_ticks(std::process::id()).unwrap();
        assert!(later >= own + 10, "{own} → {later} ticks after 0.3 s of work");
    }
}
