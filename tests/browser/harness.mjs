// Plumbing for the browser tests: starts `colonnade serve` on a free loopback port with a fresh data
// directory, waits until the bundled demo has been crawled, launches Debian's Chromium through
// playwright-core, and watches every browser context for requests that leave the site, cookies,
// `Set-Cookie` headers, failed resources and uncaught script errors.
//
// Environment:
//   COLONNADE_BIN            the binary to run [default: $CARGO_TARGET_DIR or <repo>/target, then debug/colonnade]
//   COLONNADE_URL            test an already running site instead of starting one (e.g. http://127.0.0.1:8080)
//   COLONNADE_READY_TIMEOUT  seconds to wait for the site and the demo crawl [default: 120]
//   CHROMIUM_PATH            the browser [default: /usr/bin/chromium]
//   SCREENSHOT_DIR           where screenshots go [default: <repo>/target/browser-screenshots]

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR || join(REPO_ROOT, 'target', 'browser-screenshots');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const READY_TIMEOUT_MS = Number(process.env.COLONNADE_READY_TIMEOUT || 120) * 1000;
/** The home page must list at least this many columns before the scenarios start. */
export const MIN_COLUMNS = 3;

// Flags known to keep Chromium quiet on a machine with no network but the package registries:
// without the background-networking ones it keeps trying Google's hosts. Playwright adds
// --headless and a fresh temporary --user-data-dir itself.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// ---------------------------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------------------------

/** A free TCP port on 127.0.0.1 (free when asked; the server binds it right after). */
function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The column links of the column cards in the home page's HTML, in order. */
function cardLinks(html) {
  const out = [];
  for (const card of html.split(/data-test\s*=\s*["']?column-card(?=["'\s>])/).slice(1)) {
    const m = card.match(/<a\b[^>]*data-test\s*=\s*["']?column-link[^>]*>/);
    const href = m && m[0].match(/href\s*=\s*["']?([^"'\s>]+)/);
    out.push(href ? href[1] : '?');
  }
  return out;
}

/**
 * Starts `colonnade serve` (or adopts COLONNADE_URL) and waits until it serves the demo.
 * Returns { base, startedAt (ms, or null for COLONNADE_URL), stderrTail(), stop() }.
 *
 * Options: `config`, the text of a colonnade.toml to serve instead of the demo (a test's own
 * publications, e.g. on loopback fixture servers), and `minColumns`, how many column cards the
 * home page must list before the site counts as ready [default: MIN_COLUMNS].
 */
export async function startSite({ config = null, minColumns = MIN_COLUMNS } = {}) {
  if (process.env.COLONNADE_URL) {
    if (config !== null) throw new Error('this test serves its own configuration: unset COLONNADE_URL');
    const base = process.env.COLONNADE_URL.replace(/\/+$/, '');
    await waitReady(base, null, minColumns);
    return { base, startedAt: null, stderrTail: () => '(site started outside the test: no stderr)', stop: async () => {} };
  }

  const target = process.env.CARGO_TARGET_DIR ? resolve(REPO_ROOT, process.env.CARGO_TARGET_DIR) : join(REPO_ROOT, 'target');
  const bin = process.env.COLONNADE_BIN || join(target, 'debug', 'colonnade');
  if (!existsSync(bin)) {
    throw new Error(
      `expected the colonnade binary at ${bin}, found nothing: build it first ` +
        `(cargo build -p colonnade --locked) or set COLONNADE_BIN`,
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'colonnade-browser-'));
  // Without a configuration file no publication is configured, so the demo loads.
  if (config !== null) writeFileSync(join(dir, 'colonnade.toml'), config);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const args = [
    'serve',
    '--addr', `127.0.0.1:${port}`,
    '--data', join(dir, 'data'),
    '--config', join(dir, 'colonnade.toml'), // the demo's when the file does not exist
  ];
  // The demo's folder defaults to ./demo: run from the repository's root.
  const startedAt = Date.now();
  const child = spawn(bin, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = [];
  const keep = (chunk) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line.trim()) lines.push(line);
    }
    if (lines.length > 400) lines.splice(0, lines.length - 400);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  child.on('exit', (code, signal) => {
    exited = { code, signal };
  });
  const killHard = () => {
    if (exited === null) child.kill('SIGKILL');
  };
  process.on('exit', killHard);

  const stderrTail = (n = 60) =>
    `colonnade serve (${[bin, ...args].join(' ')}) printed, last ${Math.min(n, lines.length)} lines:\n` +
    (lines.slice(-n).join('\n') || '(nothing)');

  const stop = async () => {
    if (exited === null) {
      child.kill('SIGTERM');
      for (let i = 0; i < 50 && exited === null; i++) await sleep(100);
      killHard();
    }
    process.off('exit', killHard);
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    await waitReady(base, () => exited, minColumns);
  } catch (err) {
    await stop();
    err.message += `\n${stderrTail()}`;
    throw err;
  }
  // `runCli(args)` runs another colonnade command on the same data directory and configuration.
  const runCli = (extra) =>
    new Promise((done, fail) => {
      const cli = spawn(bin, [...extra, '--data', join(dir, 'data'), '--config', join(dir, 'colonnade.toml')], {
        cwd: REPO_ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      cli.stdout.on('data', (c) => (out += c));
      cli.stderr.on('data', (c) => (out += c));
      cli.on('error', fail);
      cli.on('exit', (code) => (code === 0 ? done(out) : fail(new Error(`colonnade ${extra.join(' ')} exited ${code}: ${out}`))));
    });
  return { base, startedAt, stderrTail, stop, runCli, tempDir: dir };
}

/**
 * Polls /healthz, then the home page, until it lists `minColumns` column cards and the list has
 * stopped changing for STABLE_MS (the demo's first crawl cycle is over), so that the scenarios
 * see one home page.
 */
const STABLE_MS = 3000;
async function waitReady(base, exitedNow, minColumns) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let last = 'no answer yet';
  let healthy = false;
  let seen = null;
  let since = 0;
  while (Date.now() < deadline) {
    const ex = exitedNow && exitedNow();
    if (ex) {
      throw new Error(`expected colonnade serve to keep running, but it exited (code ${ex.code}, signal ${ex.signal})`);
    }
    try {
      if (!healthy) {
        const r = await fetch(`${base}/healthz`);
        last = `/healthz answered ${r.status}`;
        healthy = r.ok;
      }
      if (healthy) {
        const r = await fetch(`${base}/`);
        const links = cardLinks(await r.text());
        last = `/ answered ${r.status} with ${links.length} [data-test=column-card]`;
        const key = links.join(' ');
        if (key !== seen) {
          seen = key;
          since = Date.now();
        } else if (r.ok && links.length >= minColumns && Date.now() - since >= STABLE_MS) {
          return;
        }
      }
    } catch (err) {
      last = `${err.cause?.code || err.message}`;
    }
    await sleep(500);
  }
  throw new Error(
    `expected ${base}/healthz to answer 200 and ${base}/ to list at least ${minColumns} column cards, ` +
      `unchanged for ${STABLE_MS / 1000} s, within ${READY_TIMEOUT_MS / 1000} s; last: ${last}`,
  );
}

// ---------------------------------------------------------------------------------------------
// The browser
// ---------------------------------------------------------------------------------------------

export async function launchBrowser() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `expected Chromium at ${CHROMIUM_PATH}, found nothing: apt-get install chromium, or set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/**
 * A reader's User-Agent for this Chromium. Headless Chromium says "HeadlessChrome", which the site
 * (rightly) takes for a bot and does not count as a view; the tests browse as a person would.
 */
export function readerUserAgent(browser) {
  return `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${browser.version()} Safari/537.36`;
}

export function ensureScreenshotDir() {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return SCREENSHOT_DIR;
}

/**
 * Everything the browser did, for the privacy checks: every request of every context, every
 * `Set-Cookie`, failed resources, uncaught errors, and the cookies each context held at its end.
 */
export class Watch {
  constructor(base) {
    this.base = base;
    this.origin = new URL(base).origin;
    this.requests = []; // { context, method, url }
    this.offSite = []; // "context: METHOD url"
    this.setCookies = []; // "context: url -> set-cookie: ..."
    this.badResources = []; // "context: 404 url" / "context: url failed: reason"
    this.pageErrors = []; // "context: url: message"
    this.cookies = []; // "context: name=value (domain)"
    this.contexts = 0;
  }

  /** Whether the browser may load this URL: our own origin, data:, blob: of ours, about:. */
  allowed(url) {
    if (url.startsWith('data:') || url.startsWith('about:')) return true;
    if (url.startsWith('blob:')) return url.startsWith(`blob:${this.origin}/`);
    try {
      return new URL(url).origin === this.origin;
    } catch {
      return false;
    }
  }

  /** A new context, watched; close it with `close(context)`. */
  async context(browser, name, options = {}) {
    const context = await browser.newContext({ userAgent: readerUserAgent(browser), ...options });
    context.setDefaultTimeout(15_000);
    context.setDefaultNavigationTimeout(30_000);
    context.__name = name;
    this.contexts++;
    context.on('request', (req) => {
      const url = req.url();
      this.requests.push({ context: name, method: req.method(), url });
      if (!this.allowed(url)) this.offSite.push(`${name}: ${req.method()} ${url}`);
    });
    context.on('requestfailed', (req) => {
      const why = req.failure()?.errorText || 'failed';
      // A navigation cut short by the next one is not the site's fault.
      if (why.includes('ERR_ABORTED')) return;
      this.badResources.push(`${name}: ${req.method()} ${req.url()} failed: ${why}`);
    });
    context.on('response', async (res) => {
      const url = res.url();
      let headers;
      try {
        headers = await res.allHeaders();
      } catch {
        headers = res.headers();
      }
      if ('set-cookie' in headers) this.setCookies.push(`${name}: ${url} -> set-cookie: ${headers['set-cookie']}`);
      if (res.status() >= 400) this.badResources.push(`${name}: ${res.status()} ${res.request().method()} ${url}`);
    });
    context.on('page', (page) => this.watchPage(name, page));
    return context;
  }

  watchPage(name, page) {
    page.on('pageerror', (err) => this.pageErrors.push(`${name}: ${page.url()}: ${err.message}`));
  }

  /** Records the context's cookies, then closes it. */
  async close(context) {
    const name = context.__name;
    try {
      for (const c of await context.cookies()) this.cookies.push(`${name}: ${c.name}=${c.value} (${c.domain}${c.path})`);
    } finally {
      await context.close();
    }
  }

  /** Problems found so far, one line each; empty when all is well. */
  problems() {
    const out = [];
    const list = (what, items) => {
      if (items.length) out.push(`${what} (${items.length}):\n  ${items.slice(0, 20).join('\n  ')}`);
    };
    list(`expected every request on ${this.origin} (or data:/about:), found requests elsewhere`, this.offSite);
    list('expected no Set-Cookie header, found', this.setCookies);
    list('expected contexts to end with no cookies, found', this.cookies);
    list('expected every resource to load, found failures', this.badResources);
    list('expected no uncaught script errors, found', this.pageErrors);
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Small page helpers
// ---------------------------------------------------------------------------------------------

/** Collapses whitespace (and trims), for comparing visible texts. */
export const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The number shown in an element holding just a number ("1,234" and "1 234" read as 1234). */
export async function readCount(page, selector) {
  const loc = page.locator(selector);
  const n = await loc.count();
  if (n !== 1) throw new Error(`expected exactly one ${selector} on ${page.url()}, found ${n}`);
  const text = norm(await loc.innerText());
  const digits = text.replace(/[\s,.\u00a0\u202f]/g, '');
  if (!/^\d+$/.test(digits)) {
    throw new Error(`expected ${selector} on ${page.url()} to hold just a number, found ${JSON.stringify(text)}`);
  }
  return Number(digits);
}

/** Path + query of a URL, relative to `base` when it is relative. */
export function pathOf(href, base) {
  const u = new URL(href, base);
  return u.pathname + u.search;
}
