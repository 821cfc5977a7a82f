//! The processes under test: `colonnade serve` and nginx, started on free loopback ports and
//! stopped (signal, then kill) when dropped.

use std::net::{SocketAddr, TcpListener};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

use super::http::http_get;
use crate::procfs::{is_root, locked_memory};

/// The nginx configuration, with `{{USER}}`, `{{PREFIX}}`, `{{ROOT}}` and `{{PORT}}` to fill in.
const NGINX_TEMPLATE: &str = include_str!("../../../../bench/serve/nginx.conf.template");
/// Longest wait for the server to answer `/healthz`.
const START_TIMEOUT: Duration = Duration::from_secs(600);

/// A child process stopped (signal, then kill after 5 s) when dropped.
pub struct Running {
    child: Child,
    signal: &'static str,
    stopped: bool,
}

impl Running {
    pub fn new(child: Child, signal: &'static str) -> Running {
        Running { child, signal, stopped: false }
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    pub fn exited(&mut self) -> Option<std::process::ExitStatus> {
        self.child.try_wait().ok().flatten()
    }

    pub fn stop(&mut self) {
        if self.stopped {
            return;
        }
        self.stopped = true;
        let pid = self.child.id().to_string();
        let _ = Command::new("kill").args(["-s", self.signal, &pid]).stderr(Stdio::null()).status();
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if self.exited().is_some() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.stop();
    }
}

/// A loopback address with a port nobody listens on (free a moment ago).
pub fn free_port() -> Result<SocketAddr> {
    let listener = TcpListener::bind("127.0.0.1:0").context("finding a free loopback port")?;
    listener.local_addr().context("reading the free port")
}

/// Waits for `/healthz` to answer 200, failing early if the server exits.
pub fn wait_healthy(addr: SocketAddr, server: &mut Running, log: &Path) -> Result<()> {
    let deadline = Instant::now() + START_TIMEOUT;
    loop {
        if let Some(status) = server.exited() {
            bail!("the server exited ({status}) before answering; its last lines:\n{}", tail(log, 15));
        }
        if let Ok(r) = http_get(addr, "/healthz")
            && r.status == 200
        {
            return Ok(());
        }
        if Instant::now() > deadline {
            bail!(
                "the server did not answer /healthz within {} s; its last lines:\n{}",
                START_TIMEOUT.as_secs(),
                tail(log, 15)
            );
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// The last `n` lines of a text file.
pub fn tail(path: &Path, n: usize) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}

/// nginx serving static copies of the pages from a scratch folder, stopped when dropped.
pub struct Nginx {
    process: Running,
    pub addr: SocketAddr,
}

impl Nginx {
    /// The master process (the workers are its children).
    pub fn pid(&self) -> u32 {
        self.process.pid()
    }

    pub fn start(dir: &Path, home: &[u8], column: &[u8]) -> Result<Nginx> {
        let root = dir.join("html");
        for sub in [root.clone(), dir.join("tmp")] {
            std::fs::create_dir_all(&sub).with_context(|| format!("creating {}", sub.display()))?;
        }
        let dir = std::fs::canonicalize(dir).with_context(|| format!("resolving {}", dir.display()))?;
        let root = dir.join("html");
        std::fs::write(root.join("home.html"), home).context("writing the static home page")?;
        std::fs::write(root.join("column.html"), column).context("writing the static column page")?;
        let addr = free_port()?;
        let conf = NGINX_TEMPLATE
            .replace("{{USER}}", if is_root() { "user root;" } else { "" })
            .replace("{{PREFIX}}", &dir.to_string_lossy())
            .replace("{{ROOT}}", &root.to_string_lossy())
            .replace("{{PORT}}", &addr.port().to_string());
        let conf_path = dir.join("nginx.conf");
        std::fs::write(&conf_path, conf).with_context(|| format!("writing {}", conf_path.display()))?;
        let log = dir.join("error.log");
        let child = Command::new("nginx")
            .arg("-p")
            .arg(&dir)
            .arg("-c")
            .arg(&conf_path)
            .arg("-e")
            .arg(&log)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .context("starting nginx")?;
        let mut process = Running::new(child, "QUIT");
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(status) = process.exited() {
                bail!("nginx exited ({status}); its error log:\n{}", tail(&log, 10));
            }
            if let Ok(r) = http_get(addr, "/column.html")
                && r.status == 200
            {
                if r.body != column {
                    bail!("nginx serves other bytes than the column page it was given");
                }
                return Ok(Nginx { process, addr });
            }
            if Instant::now() > deadline {
                bail!("nginx did not answer within 10 s; its error log:\n{}", tail(&log, 10));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

/// Keeps the store's files in the page cache while it lives, with `vmtouch -l` (Debian's
/// `vmtouch`): on a VM that reclaims cold page cache on its own (DAMON `pageout`), random reads
/// over a 1.3 GB store otherwise go to disk between runs and the figures measure the disk.
/// `None` when vmtouch is not installed or cannot lock (the run goes on, and says so).
pub fn lock_in_page_cache(vmtouch: &Path, paths: &[&Path]) -> Option<Running> {
    let before = locked_memory().unwrap_or(0);
    let child = Command::new(vmtouch)
        .arg("-l")
        .arg("-q")
        .args(paths)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let mut running = Running::new(child, "TERM");
    // It reads every page before it locks them; give it the time a cold read takes.
    let deadline = Instant::now() + Duration::from_secs(120);
    while Instant::now() < deadline {
        if running.exited().is_some() {
            // It exits only when it could not lock (too little memory, no permission).
            return None;
        }
        if locked_memory().is_some_and(|locked| locked > before) {
            return Some(running);
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    Some(running)
}
