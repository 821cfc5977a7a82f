// Speed and output of Mozilla Readability (on jsdom) on a folder of pages.
//
//   node run_readability.mjs PAGES_DIR OUT.jsonl [SECONDS]
//
// jsdom and @mozilla/readability are loaded from $BENCH_NODE (default
// /work/bench-node), an npm folder outside the repo.
// Same protocol as run_python.py: pages read into memory first (not timed), one
// warm-up pass whose output goes to OUT.jsonl, then full passes until the summed
// extraction time reaches SECONDS. Timed per page: UTF-8 decode + new JSDOM() + parse().
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(join(process.env.BENCH_NODE ?? "/work/bench-node", "package.json"));
const { JSDOM, VirtualConsole } = require("jsdom");
const { Readability } = require("@mozilla/readability");

const [dir, out, seconds = "10"] = process.argv.slice(2);
const pages = readdirSync(dir).filter((f) => f.endsWith(".html")).sort()
  .map((f) => [f, readFileSync(join(dir, f))]);
const quiet = new VirtualConsole(); // drop jsdom's CSS-parse warnings etc.
// Pages are decoded as UTF-8 (timed), as Readability's own test harness does; a raw
// Buffer makes jsdom fall back to windows-1252 on pages without a charset declaration.
const utf8 = new TextDecoder("utf-8");

function extract(window) {
  const a = new Readability(window.document).parse();
  if (!a) return { text: null };
  return {
    text: a.textContent, title: a.title || null,
    authors: a.byline ? [a.byline] : null, published: a.publishedTime || null,
  };
}

function onePass(results) {
  let ns = 0n;
  for (const [file, html] of pages) {
    const t0 = process.hrtime.bigint();
    let o, window;
    try {
      window = new JSDOM(utf8.decode(html), { virtualConsole: quiet }).window;
      o = extract(window);
    } catch (e) { o = { error: String(e) }; }
    ns += process.hrtime.bigint() - t0;
    window?.close(); // free the document (not timed); without it RSS grows by GBs
    if (results) results.push({ file, ...o });
  }
  return Number(ns) / 1e9;
}

const results = [];
const warm = onePass(results);
writeFileSync(out, results.map((r) => JSON.stringify(r)).join("\n") + "\n");
let secs = 0, passes = 0;
while (secs < Number(seconds) || passes === 0) { secs += onePass(); passes++; }
const n = pages.length * passes;
const rssMb = process.resourceUsage().maxRSS * 1024 / 1e6; // maxRSS is in KB
const errors = results.filter((r) => r.error).length;
console.log(`readability.js: ${pages.length} pages, warm-up pass ${(pages.length / warm).toFixed(1)} pages/s; ` +
  `measured ${passes} passes, ${n} pages in ${secs.toFixed(2)} s extraction time`);
console.log(`SUMMARY extractor=readability.js pages=${n} pages_per_s=${(n / secs).toFixed(1)} ` +
  `peak_rss_mb=${rssMb.toFixed(1)} errors=${errors}`);
