// newsmark beside the tools a user would otherwise run, on the same text, in one run:
// newsmark's wasm in Node and in headless Chromium, compromise and wink-nlp in Node.
// Ratios (newsmark / peer) hold on a noisy machine even when absolute numbers move.
//
//   cd benches/peers && npm ci && node run.mjs        (make bench does this)
import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const www = path.join(repo, 'www');

/** Numbered paragraphs of a sample until `bytes` long (so no block repeats another). */
function corpus(sample, bytes) {
  const paras = sample.split('\n\n');
  let out = '';
  let n = 0;
  while (Buffer.byteLength(out) < bytes) {
    for (const p of paras) { n += 1; out += `${p.trimEnd()} (${n})\n\n`; }
  }
  return out;
}

function best(runs, fn) {
  fn();
  let min = Infinity;
  for (let i = 0; i < runs; i += 1) {
    const t = performance.now();
    fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

const mbs = (text, ms) => Buffer.byteLength(text) / 1e6 / (ms / 1e3);
const rows = [];
const row = (what, text, ms, extra = '') => {
  rows.push([what, (Buffer.byteLength(text) / 1e6).toFixed(2), ms.toFixed(1), mbs(text, ms).toFixed(2), extra]);
};

const en = await fs.readFile(path.join(www, 'samples/en.txt'), 'utf8');
const tr = await fs.readFile(path.join(www, 'samples/tr.txt'), 'utf8');
const en1 = corpus(en, 1e6);
const tr1 = corpus(tr, 1e6);
const en5 = corpus(en, 5e6);

// --- newsmark (wasm) in Node.
const glue = await import(path.join(www, 'pkg/newsmark.js'));
const wasmBytes = await fs.readFile(path.join(www, 'pkg/newsmark_bg.wasm'));
let t = performance.now();
const exports = glue.initSync({ module: wasmBytes });
glue.annotate(en, {});
const firstNode = performance.now() - t;
const nm = (text) => glue.annotate(text, {});
const nmEn = best(3, () => nm(en1));
row('newsmark wasm, Node: English 1 MB', en1, nmEn);
row('newsmark wasm, Node: Turkish 1 MB', tr1, best(3, () => nm(tr1)));
row('newsmark wasm, Node: English 5 MB', en5, best(1, () => nm(en5)),
  `wasm memory after: ${(exports.memory.buffer.byteLength / 1e6).toFixed(0)} MB`);

// --- Peers in Node, on the same English text.
const { default: nlp } = await import('compromise');
const ms1 = best(1, () => {
  const doc = nlp(en1);
  doc.people().out('array'); doc.places().out('array'); doc.organizations().out('array'); doc.quotations().out('array');
});
row('compromise 14: people, places, orgs, quotes', en1, ms1, `newsmark is ${(ms1 / nmEn).toFixed(0)}x faster`);
const { default: winkNLP } = await import('wink-nlp');
const { default: model } = await import('wink-eng-lite-web-model');
const wink = winkNLP(model);
const ms2 = best(1, () => { wink.readDoc(en1).entities().out(); });
row('wink-nlp 2 + eng-lite-web-model: entities', en1, ms2, `newsmark is ${(ms2 / nmEn).toFixed(0)}x faster`);

// --- newsmark in headless Chromium: the module on the page's own origin.
const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  const file = path.join(www, url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname));
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8' };
  let body;
  try { body = await fs.readFile(file); } catch { res.writeHead(404).end(); return; }
  res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' }).end(body);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;
const { chromium } = await import('playwright-core');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-precise-memory-info'],
});
const page = await browser.newPage();
await page.goto(origin + '/');
const inPage = await page.evaluate(async ([a, b, c]) => {
  const m = await import('/pkg/newsmark.js');
  const ex = await m.default();
  const time = (s) => { m.annotate(s, {}); const t0 = performance.now(); m.annotate(s, {}); return performance.now() - t0; };
  return { en: time(a), tr: time(b), en5: time(c), wasmMB: ex.memory.buffer.byteLength / 1e6, heapMB: performance.memory ? performance.memory.usedJSHeapSize / 1e6 : 0 };
}, [en1, tr1, en5]);
row('newsmark wasm, Chromium: English 1 MB', en1, inPage.en);
row('newsmark wasm, Chromium: Turkish 1 MB', tr1, inPage.tr);
row('newsmark wasm, Chromium: English 5 MB', en5, inPage.en5,
  `wasm memory ${inPage.wasmMB.toFixed(0)} MB, JS heap ${inPage.heapMB.toFixed(0)} MB`);

// First annotation on the real page: from the load event to the marks being shown.
let seed;
try { seed = await fs.readFile(path.join(repo, '../shared/seed/article_tr.txt'), 'utf8'); } catch { seed = tr; }
const fresh = await browser.newPage();
await fresh.goto(origin + '/', { waitUntil: 'load' });
await fresh.evaluate((s) => { const x = document.querySelector('#text'); x.value = s; x.dispatchEvent(new ClipboardEvent('paste')); }, seed);
await fresh.waitForSelector('#out[data-ready]');
const first = await fresh.evaluate(() => performance.now() - performance.getEntriesByType('navigation')[0].loadEventEnd);
await browser.close();
server.close();

const w = [44, 6, 9, 8];
console.log(`${'run'.padEnd(w[0])} ${'MB'.padStart(w[1])} ${'ms'.padStart(w[2])} ${'MB/s'.padStart(w[3])}  note`);
for (const r of rows) console.log(`${r[0].padEnd(w[0])} ${r[1].padStart(w[1])} ${r[2].padStart(w[2])} ${r[3].padStart(w[3])}  ${r[4]}`);
console.log(`first annotation in Node (instantiate + lexicon + one article): ${firstNode.toFixed(0)} ms`);
console.log(`first annotation on the page after its load event (${seed === tr ? 'Turkish sample' : 'seed article'}): ${first.toFixed(0)} ms`);
