// newsmark beside the tools a user would otherwise run, on the same text, in one run:
// newsmark's wasm in Node and in headless Chromium, compromise and wink-nlp in Node; then the
// page itself in Chromium (a 5 MB paste's main-thread tasks, the bytes it fetches for a Turkish
// and for an English article: the page's wasm fetches the English model only for English). Ratios
// (newsmark / peer) hold on a noisy machine even when absolute numbers move. Ends with the
// table of issue 13, native rows read from bench-out/speed.json (benches/speed.py).
//
//   python3 benches/speed.py && cd benches/peers && npm ci && node run.mjs   (make bench does this)
import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const www = path.join(repo, 'www');
const benchOut = path.join(repo, 'bench-out');

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

function once(fn) {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

const bytesOf = (texts) => texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
const mbs = (bytes, ms) => bytes / 1e6 / (ms / 1e3);
const rows = [];
const row = (what, bytes, ms, extra = '') => {
  rows.push([what, (bytes / 1e6).toFixed(2), ms.toFixed(1), mbs(bytes, ms).toFixed(2), extra]);
};

const en = await fs.readFile(path.join(www, 'samples/en.txt'), 'utf8');
const tr = await fs.readFile(path.join(www, 'samples/tr.txt'), 'utf8');
const en1 = corpus(en, 1e6);
const tr1 = corpus(tr, 1e6);
const en5 = corpus(en, 5e6);
// The news-sized articles written by benches/speed.py, the texts its native run timed.
let news;
try {
  news = (await fs.readFile(path.join(benchOut, 'news.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l).text);
} catch {
  console.error('bench-out/news.jsonl is missing: run `python3 benches/speed.py` first (make bench does)');
  process.exit(1);
}
const newsBytes = bytesOf(news);
const newsTag = `${news.length} news-sized articles`;

// --- newsmark (wasm) in Node.
const glue = await import(path.join(www, 'pkg/newsmark.js'));
const wasmBytes = await fs.readFile(path.join(www, 'pkg/newsmark_bg.wasm'));
let t = performance.now();
const exports = glue.initSync({ module: wasmBytes });
const loadNode = performance.now() - t;
t = performance.now();
glue.annotate(tr, {});
const firstNode = performance.now() - t;
// The page's build fetches the English weights (make wasm: feature fetch-en-model).
glue.loadModel('en', await fs.readFile(path.join(www, 'pkg/ner_en.bin')));
const nm = (text) => glue.annotate(text, {});
const nmEn = best(3, () => nm(en1));
row('newsmark wasm, Node: English 1 MB', Buffer.byteLength(en1), nmEn);
row('newsmark wasm, Node: Turkish 1 MB', Buffer.byteLength(tr1), best(3, () => nm(tr1)));
row('newsmark wasm, Node: English 5 MB', Buffer.byteLength(en5), best(1, () => nm(en5)),
  `wasm memory after: ${(exports.memory.buffer.byteLength / 1e6).toFixed(0)} MB`);
const nmNews = best(2, () => { for (const d of news) nm(d); });
row(`newsmark wasm, Node: ${newsTag}`, newsBytes, nmNews, `${(nmNews / news.length).toFixed(3)} ms per article`);

// --- Peers in Node, on the same text; one core each (Node runs them on its main thread).
const { default: nlp } = await import('compromise');
const comp = (text) => {
  const doc = nlp(text);
  doc.people().out('array'); doc.places().out('array'); doc.organizations().out('array'); doc.quotations().out('array');
};
const ms1 = best(1, () => comp(en1));
row('compromise 14: people, places, orgs, quotes', Buffer.byteLength(en1), ms1, `newsmark wasm is ${(ms1 / nmEn).toFixed(0)}x faster`);
const compNews = once(() => { for (const d of news) comp(d); });
row(`compromise 14: ${newsTag}`, newsBytes, compNews, `newsmark wasm is ${(compNews / nmNews).toFixed(0)}x faster`);
const { default: winkNLP } = await import('wink-nlp');
const { default: model } = await import('wink-eng-lite-web-model');
const wink = winkNLP(model);
const ms2 = best(1, () => { wink.readDoc(en1).entities().out(); });
row('wink-nlp 2 + eng-lite-web-model: entities', Buffer.byteLength(en1), ms2, `newsmark wasm is ${(ms2 / nmEn).toFixed(0)}x faster`);
const winkNews = best(1, () => { for (const d of news) wink.readDoc(d).entities().out(); });
row(`wink-nlp 2: ${newsTag}`, newsBytes, winkNews, `newsmark wasm is ${(winkNews / nmNews).toFixed(0)}x faster`);

// --- newsmark in headless Chromium: the module on the page's own origin.
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8' };
const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  const file = path.join(www, url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname));
  let body;
  try { body = await fs.readFile(file); } catch { res.writeHead(404).end(); return; }
  res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' }).end(body);
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
const inPage = await page.evaluate(async ([a, b, c, d, sample]) => {
  const m = await import('/pkg/newsmark.js');
  let t0 = performance.now();
  const ex = await m.default();
  const load = performance.now() - t0;
  t0 = performance.now();
  m.annotate(sample, {});
  const first = performance.now() - t0;
  m.loadModel('en', new Uint8Array(await (await fetch('/pkg/ner_en.bin')).arrayBuffer()));
  const time = (s) => { m.annotate(s, {}); const t1 = performance.now(); m.annotate(s, {}); return performance.now() - t1; };
  const en1ms = time(a);
  const tr1ms = time(b);
  const en5ms = time(c);
  for (const doc of d) m.annotate(doc, {});
  t0 = performance.now();
  for (const doc of d) m.annotate(doc, {});
  const newsMs = performance.now() - t0;
  return { load, first, en: en1ms, tr: tr1ms, en5: en5ms, news: newsMs, wasmMB: ex.memory.buffer.byteLength / 1e6, heapMB: performance.memory ? performance.memory.usedJSHeapSize / 1e6 : 0 };
}, [en1, tr1, en5, news, tr]);
await page.close();
row('newsmark wasm, Chromium: English 1 MB', Buffer.byteLength(en1), inPage.en);
row('newsmark wasm, Chromium: Turkish 1 MB', Buffer.byteLength(tr1), inPage.tr);
row('newsmark wasm, Chromium: English 5 MB', Buffer.byteLength(en5), inPage.en5,
  `wasm memory ${inPage.wasmMB.toFixed(0)} MB, JS heap ${inPage.heapMB.toFixed(0)} MB`);
row(`newsmark wasm, Chromium: ${newsTag}`, newsBytes, inPage.news, `${(inPage.news / news.length).toFixed(3)} ms per article`);

// --- The page. First annotation after the load event, and every byte fetched for it (each
// response gzipped at level 9, as a static host would serve it).
let seed;
try { seed = await fs.readFile(path.join(repo, '../shared/seed/article_tr.txt'), 'utf8'); } catch { seed = tr; }
/** Pastes `text` in a fresh page: ms from the load event to the result, and every file fetched. */
async function firstPaste(text) {
  const fresh = await browser.newPage();
  const fetched = [];
  fresh.on('response', async (r) => { try { fetched.push([new URL(r.url()).pathname, await r.body()]); } catch { /* no body */ } });
  await fresh.goto(origin + '/', { waitUntil: 'load' });
  await fresh.evaluate((s) => { const x = document.querySelector('#text'); x.value = s; x.dispatchEvent(new ClipboardEvent('paste')); }, text);
  await fresh.waitForSelector('#out[data-ready]');
  const ms = await fresh.evaluate(() => performance.now() - performance.getEntriesByType('navigation')[0].loadEventEnd);
  await fresh.close();
  const weight = fetched.map(([p, body]) => [p, body.length, execFileSync('gzip', ['-9c'], { input: body }).length]);
  return { ms, weight, gz: weight.reduce((s, w) => s + w[2], 0) };
}
const trPaste = await firstPaste(seed);
const first = trPaste.ms;
const { weight, gz: gzTotal } = trPaste;
const enPaste = await firstPaste(en);

// A 5 MB paste (the e2e test's: the English sample repeated) in a fresh page: every main-thread
// task over 50 ms while it is annotated and rendered, then again when the language is switched
// (the old 5 MB of marks cleared, the new ones rendered).
async function paste5MB() {
  const p = await browser.newPage({ viewport: { width: 1360, height: 1000 } });
  await p.goto(origin + '/');
  const res = await p.evaluate(async (s) => {
    window.__long = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push(Math.round(e.duration)); })
      .observe({ type: 'longtask', buffered: false });
    const big = Array.from({ length: Math.ceil(5e6 / s.length) }, () => s).join('\n\n');
    const t = document.querySelector('#text');
    t.value = big;
    await new Promise((ok) => setTimeout(ok, 500));
    const out = document.querySelector('#out');
    const until = (id) => new Promise((ok) => {
      const mo = new MutationObserver(() => { if (out.dataset.ready && out.dataset.ready !== id) { mo.disconnect(); ok(); } });
      mo.observe(out, { attributes: true, attributeFilter: ['data-ready'] });
    });
    window.__long = [];
    let t0 = performance.now();
    t.dispatchEvent(new Event('input'));
    await until(undefined);
    const paste = { long: window.__long, ms: performance.now() - t0 };
    await new Promise((ok) => setTimeout(ok, 500));
    window.__long = [];
    t0 = performance.now();
    const was = out.dataset.ready;
    const lang = document.querySelector('#lang');
    lang.value = 'tr';
    lang.dispatchEvent(new Event('change'));
    await until(was);
    const again = { long: window.__long, ms: performance.now() - t0 };
    return { paste, again, marks: document.querySelectorAll('#out mark').length };
  }, en);
  await p.close();
  return res;
}
const pastes = [];
for (let i = 0; i < 3; i += 1) pastes.push(await paste5MB());
await browser.close();
server.close();

const w = [56, 6, 9, 8];
console.log(`${'run'.padEnd(w[0])} ${'MB'.padStart(w[1])} ${'ms'.padStart(w[2])} ${'MB/s'.padStart(w[3])}  note`);
for (const r of rows) console.log(`${r[0].padEnd(w[0])} ${r[1].padStart(w[1])} ${r[2].padStart(w[2])} ${r[3].padStart(w[3])}  ${r[4]}`);
console.log(`first annotate in Node: module instantiated in ${loadNode.toFixed(0)} ms, then the first annotate (Turkish sample) ${firstNode.toFixed(0)} ms`);
console.log(`first annotate in Chromium: module fetched and instantiated in ${inPage.load.toFixed(0)} ms, then the first annotate ${inPage.first.toFixed(0)} ms`);
console.log(`first annotation on the page after its load event (${seed === tr ? 'Turkish sample' : 'seed article'}): ${first.toFixed(0)} ms`);
console.log(`page weight for it, each file through gzip -9: ${(gzTotal / 1e3).toFixed(0)} KB (${weight.map(([p, , g]) => `${p} ${(g / 1e3).toFixed(1)}`).join(', ')})`);
console.log(`page weight for the English sample: ${(enPaste.gz / 1e3).toFixed(0)} KB (${enPaste.weight.map(([p, , g]) => `${p} ${(g / 1e3).toFixed(1)}`).join(', ')}); first annotation ${enPaste.ms.toFixed(0)} ms after the load event`);
const longest = (l) => (l.length ? Math.max(...l) : 0);
for (const [i, p] of pastes.entries()) {
  console.log(`5 MB paste ${i + 1} (${p.marks} marks): main-thread tasks over 50 ms ${JSON.stringify(p.paste.long)}, ready in ${(p.paste.ms / 1e3).toFixed(1)} s; `
    + `language switched: ${JSON.stringify(p.again.long)}, ready in ${(p.again.ms / 1e3).toFixed(1)} s`);
}

// The table of issue 13: one row per measure, this run's figures.
let native = null;
try { native = JSON.parse(await fs.readFile(path.join(benchOut, 'speed.json'), 'utf8')); } catch { /* speed.py not run */ }
const table = [];
table.push(['first `annotate` after the module loads (wasm, Node / Chromium)', `${firstNode.toFixed(0)} / ${inPage.first.toFixed(0)} ms`]);
if (native) {
  const n = native.news;
  const nMBs = n.bytes / 1e6 / n.seconds;
  const cMBs = mbs(newsBytes, compNews);
  table.push([`native, news-sized articles (\`newsmark jsonl --jobs 1\`, ${news.length} × ${(n.bytes / n.articles / 1e3).toFixed(1)} KB)`,
    `${nMBs.toFixed(1)} MB/s, ${(n.seconds / n.articles * 1e3).toFixed(2)} ms an article`]);
  table.push(['the same, as a ratio to compromise on the same texts (one core each)',
    `${(nMBs / cMBs).toFixed(0)}× (compromise ${cMBs.toFixed(3)} MB/s)`]);
  table.push([`native, one ${(native.big.bytes / 1e6).toFixed(1)} MB document (\`newsmark annotate\`)`,
    `${(native.big.bytes / 1e6 / native.big.seconds).toFixed(1)} MB/s (${(native.big.seconds * 1e3).toFixed(0)} ms)`]);
}
table.push(['wasm in Chromium, news-sized articles', `${mbs(newsBytes, inPage.news).toFixed(1)} MB/s`]);
table.push(['5 MB paste in the page: longest main-thread task', `${pastes.map((p) => longest(p.paste.long)).join(', ')} ms (three pastes; after a language switch: ${pastes.map((p) => longest(p.again.long)).join(', ')} ms)`]);
table.push(['page weight for a Turkish article, gzipped, everything fetched', `${(gzTotal / 1e3).toFixed(0)} KB`]);
table.push(['page weight for an English article (the Turkish one + ner_en.bin)', `${(enPaste.gz / 1e3).toFixed(0)} KB`]);
console.log('\nissue 13 table (this run):\n\n| measure | now |\n|---|---|');
for (const [k, v] of table) console.log(`| ${k} | ${v} |`);
if (!native) console.log('(native rows: run `python3 benches/speed.py` first)');
