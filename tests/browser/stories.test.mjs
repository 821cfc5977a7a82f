// Issue 11 in a browser: three publications carry one syndicated column and four outlets in
// three languages cover one event. `colonnade serve` crawls them from a loopback fixture server
// started here; the home page shows the column once, its page says where else it appeared, and
// the story page (reached from a column page) shows the four perspectives.
// Run: `node --test stories.test.mjs` (see README.md).

import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';

import { Watch, launchBrowser, norm, startSite } from './harness.mjs';

const hoursAgo = (h) => new Date(Date.now() - h * 3600_000).toISOString();

function page(lang, title, author, hours, paragraphs) {
  const when = hoursAgo(hours);
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'OpinionNewsArticle',
    headline: title,
    datePublished: when,
    author: { '@type': 'Person', name: author },
  });
  return `<html lang=${lang}><head><title>${title}</title><meta name=author content="${author}">` +
    `<meta property=article:published_time content=${when}><meta property=article:section content=Opinion>` +
    `<script type="application/ld+json">${ld}</script></head><body><header><nav><a href=/>Home</a></nav></header>` +
    `<article><h1>${title}</h1><p class=byline>By ${author}</p>${paragraphs.map((p) => `<p>${p}</p>`).join('')}` +
    `</article><footer>© The publisher</footer></body></html>`;
}

const COLUMN = [
  'Public libraries are the last places in our towns where nobody asks you to buy anything. They lend books, but they also lend quiet, warmth in winter, a desk for homework and a patient librarian who explains the new benefits form for the third time without a sigh.',
  'Councils under pressure treat them as the easiest line to cut, because a closed library makes no noise on the day it closes. The cost arrives years later, in children who never learned to love reading and in old people who stopped leaving the house once the reading room was gone.',
  'If we must save money, let us share buildings, open the doors in the evening and let volunteers run the clubs, but let us stop pretending that a library is a luxury. It is the cheapest public service we have and one of the few that every citizen can use for free.',
];
const ETNA_EN = [
  'Mount Etna erupted overnight, sending a lava fountain about 1,500 metres into the sky and an ash cloud over eastern Sicily. Catania airport was closed for 12 hours and around 80 flights were cancelled.',
  'The INGV observatory in Catania said the eruption came from the south-east crater. Volcanologist Sara Grasso said there was no danger to villages on the slopes.',
];
const ETNA_EN2 = ["Flights resumed at Catania's Fontanarossa airport on Friday afternoon after Etna's ash cloud drifted east. Some 80 flights had been cancelled in the morning."];
const ETNA_FR = ["L'Etna est entré en éruption dans la nuit de jeudi à vendredi, projetant une fontaine de lave à 1 500 mètres de hauteur. L'aéroport de Catane a été fermé pendant 12 heures ; environ 80 vols ont été annulés, selon l'INGV."];
const ETNA_ES = ['El volcán Etna entró en erupción durante la noche con una fuente de lava de unos 1.500 metros de altura. La nube de ceniza obligó a cerrar el aeropuerto de Catania durante 12 horas y se cancelaron unos 80 vuelos, según el INGV.'];

const PUBLICATIONS = [
  ['The Harbour Herald', 'GB', 'en', {
    '/opinion/libraries.html': page('en', 'Keep the libraries open', 'Ann Reader', 10, COLUMN),
    '/opinion/etna.html': page('en', 'Etna eruption shuts Catania airport', 'Tom Ash', 5, ETNA_EN),
  }],
  ['The Dublin Lamp', 'IE', 'en', {
    '/opinion/libraries.html': page('en', 'Why our libraries matter', 'Ann Reader', 8, [...COLUMN, 'This column first appeared in The Harbour Herald.']),
    '/opinion/etna.html': page('en', 'Catania airport reopens after Etna ash', 'Liam Stone', 2, ETNA_EN2),
  }],
  ['The Prairie Post', 'US', 'en', { '/opinion/libraries.html': page('en', 'Keep the libraries open', 'Ann Reader', 6, COLUMN) }],
  ['Le Veilleur', 'FR', 'fr', { '/opinion/etna.html': page('fr', "Sicile : l'Etna en éruption, l'aéroport de Catane fermé", 'Claire Roche', 4, ETNA_FR) }],
  ['El Observador', 'ES', 'es', { '/opinion/etna.html': page('es', 'Una erupción del Etna obliga a cerrar el aeropuerto de Catania', 'Lucía Mar', 3, ETNA_ES) }],
];

/** One loopback server per publication; resolves to [{ server, base }]. */
async function startPublications() {
  const out = [];
  for (const [, , , pages] of PUBLICATIONS) {
    const server = createServer((req, res) => {
      const path = req.url.split('?')[0];
      if (path === '/feed.xml') {
        const base = `http://127.0.0.1:${server.address().port}`;
        const items = Object.keys(pages).map((p) => `<item><title>x</title><link>${base}${p}</link></item>`).join('');
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(`<rss version="2.0"><channel><title>F</title>${items}</channel></rss>`);
      } else if (pages[path]) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(pages[path]);
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
    out.push({ server, base: `http://127.0.0.1:${server.address().port}` });
  }
  return out;
}

const ETNA_TITLES = [
  'Etna eruption shuts Catania airport',
  'Catania airport reopens after Etna ash',
  "Sicile : l'Etna en éruption, l'aéroport de Catane fermé",
  'Una erupción del Etna obliga a cerrar el aeropuerto de Catania',
];

let servers = [];
let site;
let browser;
let watch;

before(
  async () => {
    browser = await launchBrowser();
    servers = await startPublications();
    let config = '[crawl]\nallow_private_networks = true\nper_host_delay_ms = 0\n';
    PUBLICATIONS.forEach(([name, country, lang], i) => {
      const base = servers[i].base;
      config += `\n[[publication]]\nname = "${name}"\nhomepage = "${base}/"\ncountry = "${country}"\nlanguage = "${lang}"\nfeeds = ["${base}/feed.xml"]\n`;
    });
    site = await startSite({ config, minColumns: 5 });
    watch = new Watch(site.base);
  },
  { timeout: 240_000 },
);

after(async () => {
  await browser?.close().catch(() => {});
  await site?.stop();
  for (const { server } of servers) server.close();
});

/** A test whose failure message ends with what the server printed last. */
function scenario(name, fn) {
  test(name, { timeout: 120_000 }, async () => {
    if (!site || !browser) throw new Error('the site or the browser did not start (see the first failure)');
    const context = await watch.context(browser, name);
    try {
      await fn(await context.newPage());
    } catch (err) {
      if (err && typeof err.message === 'string') err.message += `\n--- ${site.stderrTail(25)}`;
      throw err;
    } finally {
      await watch.close(context);
    }
  });
}

const cardLinks = (page) => page.locator('[data-test=column-card] [data-test=column-link]');

/** Opens the column page whose home-page card has exactly this title. */
async function openColumn(page, title) {
  await page.goto(`${site.base}/`);
  const link = cardLinks(page).filter({ hasText: title });
  assert.equal(await link.count(), 1, `expected one card titled ${JSON.stringify(title)} on the home page`);
  await link.click();
  await page.waitForSelector('h1[data-test=column-title]');
  assert.equal(norm(await page.locator('h1[data-test=column-title]').innerText()), title);
}

scenario('issue 11: the syndicated column is shown once, with "Also published in" the other two', async (page) => {
  await page.goto(`${site.base}/`);
  const titles = (await cardLinks(page).allInnerTexts()).map(norm);
  const library = titles.filter((t) => /librar/i.test(t));
  assert.deepEqual(library, ['Keep the libraries open'], `the syndicated column once, its original's title: ${titles.join(' | ')}`);
  assert.deepEqual([...titles].sort(), [...library, ...ETNA_TITLES].sort(), 'one column and the four Etna pieces');

  await openColumn(page, library[0]);
  assert.equal(norm(await page.locator('[data-test=publication-name]').textContent()), 'The Harbour Herald', 'the earliest is the original');
  const also = (await page.locator('[data-test=also-published-link]').allInnerTexts()).map(norm);
  assert.deepEqual([...also].sort(), ['The Dublin Lamp', 'The Prairie Post'], 'also published in the two other papers');
  assert.equal(await page.locator('[data-test=story-link]').count(), 0, 'no story link for a story of one column');

  // The JSON API leaves the copies out as the pages do.
  const api = await (await fetch(`${site.base}/api/articles`)).json();
  assert.ok(Array.isArray(api.items), `expected /api/articles to list items: ${JSON.stringify(api).slice(0, 200)}`);
  assert.equal(api.items.filter((a) => /librar/i.test(a.title)).length, 1, 'the API lists the column once');
});

scenario('issue 11: one story page with the four perspectives, reachable from each column page', async (page) => {
  let storyHref = null;
  for (const title of ETNA_TITLES) {
    await openColumn(page, title);
    const link = page.locator('[data-test=story-link]');
    assert.equal(await link.count(), 1, `a story link on the page of ${JSON.stringify(title)}`);
    const href = new URL(await link.getAttribute('href'), site.base).pathname;
    if (storyHref === null) storyHref = href;
    assert.equal(href, storyHref, `the page of ${JSON.stringify(title)} links the same story`);
  }

  await openColumn(page, ETNA_TITLES[2]);
  await page.locator('[data-test=story-link]').click();
  await page.waitForSelector('h1[data-test=story-title]');
  assert.equal(new URL(page.url()).pathname, storyHref);
  const perspectives = page.locator('[data-test=perspective] [data-test=column-link]');
  assert.deepEqual((await perspectives.allInnerTexts()).map(norm).sort(), [...ETNA_TITLES].sort(), 'the four perspectives');
  const covered = norm(await page.locator('[data-test=covered-by]').innerText());
  for (const country of ['GB', 'IE', 'FR', 'ES']) assert.match(covered, new RegExp(`\\b${country}\\b`), `covered by ${country}: ${covered}`);
  assert.doesNotMatch(covered, /\bUS\b/);
  const blindspot = norm(await page.locator('[data-test=blindspot]').innerText());
  assert.match(blindspot, /The Prairie Post/);
  assert.match(blindspot, /\bUS\b/);

  // The timeline: the four in publication order, each with its outlet, country and language.
  const timeline = page.locator('[data-test=timeline-entry]');
  const inOrder = [ETNA_TITLES[0], ETNA_TITLES[2], ETNA_TITLES[3], ETNA_TITLES[1]];
  assert.deepEqual((await timeline.locator('a').allInnerTexts()).map(norm), inOrder, 'oldest first');
  const lines = (await timeline.allTextContents()).map(norm);
  for (const [i, where] of ['The Harbour Herald · GB · en', 'Le Veilleur · FR · fr', 'El Observador · ES · es', 'The Dublin Lamp · IE · en'].entries()) {
    assert.ok(lines[i].includes(where), `timeline entry ${i}: ${lines[i]}`);
  }
  const times = await timeline.locator('time').evaluateAll((ts) => ts.map((t) => Date.parse(t.getAttribute('datetime'))));
  assert.deepEqual([...times].sort((a, b) => a - b), times, 'dates in order');
  assert.equal(await page.locator('[data-test=story-first]').getAttribute('datetime') !== null, true);

  // Its feeds are announced in the head and list the four, newest first.
  const atomHref = await page.locator('head link[rel=alternate][type="application/atom+xml"]').getAttribute('href');
  assert.ok(atomHref.endsWith(`${storyHref}/feed.atom`), atomHref);
  const atom = await (await fetch(atomHref)).text();
  const entryTitles = [...atom.matchAll(/<entry[\s\S]*?<title[^>]*>([^<]*)<\/title>/g)].map((m) => m[1].replace(/&#39;|&apos;/g, "'"));
  assert.deepEqual(entryTitles, [...inOrder].reverse(), atom);

  // The stories list has it too, and the library column (one column) is no story.
  await page.goto(`${site.base}/stories`);
  const entries = page.locator('[data-test=story-entry] [data-test=story-link]');
  assert.equal(await entries.count(), 1, 'one story of two articles or more');
  assert.equal(new URL(await entries.first().getAttribute('href'), site.base).pathname, storyHref);
});

scenario('privacy: nothing left the site, no cookie, every resource loaded', async () => {
  assert.deepEqual(watch.problems(), []);
});
