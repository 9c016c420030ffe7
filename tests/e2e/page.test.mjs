// End to end: serves www/ on 127.0.0.1, opens it in Debian's Chromium, pastes an article and
// checks the marks, the quote attribution, chrome dimming, escaping of pasted markup, and that
// the page asks for nothing beyond its own files.
//
//   node page.test.mjs [--screenshot ../../docs/screenshot.png]
import { chromium } from 'playwright-core';
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const www = path.resolve(here, '../../www');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8', '.json': 'application/json' };

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  const file = path.join(www, url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname));
  if (!file.startsWith(www)) { res.writeHead(403).end(); return; }
  try {
    const body = await fs.readFile(file);
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end('not found');
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--disable-dev-shm-usage'],
});

const failures = [];
async function test(name, fn) {
  const page = await browser.newPage({ viewport: { width: 1360, height: 1000 } });
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(origin + '/');
    await fn(page);
    const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
    assert.deepEqual(foreign, [], 'the page requests nothing beyond its own files');
    assert.deepEqual(errors, [], 'no uncaught errors');
    console.log(`ok   ${name}`);
  } catch (err) {
    failures.push(name);
    console.log(`FAIL ${name}\n${err.stack || err}`);
  } finally {
    await page.close();
  }
}

async function paste(page, text) {
  await page.locator('#text').click();
  await page.keyboard.insertText(text);
}

async function marks(page, selector) {
  return page.$$eval(selector, (els) => els.map((e) => e.firstChild ? e.childNodes[0].textContent : ''));
}

const article = await fs.readFile(path.join(www, 'samples/tr.txt'), 'utf8');

await test('pasting a Turkish article marks people, places, organisations and quotes', async (page) => {
  await paste(page, article);
  await page.waitForSelector('#out mark.ent-PER', { timeout: 15000 });
  const per = await page.$$eval('#out mark.ent-PER', (els) => els.map((e) => e.childNodes[0].textContent));
  assert.ok(per.includes('Mehmet Aydın'), `people: ${per}`);
  const loc = await page.$$eval('#out mark.ent-LOC', (els) => els.map((e) => e.childNodes[0].textContent));
  assert.ok(loc.includes('İzmir'), `places: ${loc}`);
  const org = await page.$$eval('#out mark.ent-ORG', (els) => els.map((e) => e.textContent));
  assert.ok(org.some((t) => t.startsWith('Ticaret Bakanlığı')), `orgs: ${org}`);
  const who = await page.$$eval('#out .who', (els) => els.map((e) => e.textContent));
  assert.ok(who.includes('— Aydın'), `speakers: ${who}`);
  assert.equal(await page.locator('#out .blk-boilerplate').count(), 1);
  assert.equal(await page.locator('#out .blk-duplicate').count(), 1);
  // The rendered text is the pasted text: nothing lost, nothing added but labels.
  const shown = await page.$eval('#out', (el) => {
    const c = el.cloneNode(true);
    c.querySelectorAll('.lbl, .who, .badge').forEach((x) => x.remove());
    return [...c.children].map((b) => b.textContent).join('');
  });
  assert.equal(shown.replace(/\s+/g, ''), article.replace(/\s+/g, ''));
  const statusText = await page.textContent('#status');
  assert.match(statusText, /Turkish/);
});

await test('pasted markup stays text', async (page) => {
  await paste(page, '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned=2"> Bakan Ali Demir "Hazırız" dedi.');
  await page.waitForSelector('#out .quote', { timeout: 15000 });
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('#out script, #out img').count(), 0);
  assert.match(await page.textContent('#out'), /<script>window.__pwned = 1<\/script>/);
});

await test('the English sample button loads and annotates a sample', async (page) => {
  await page.click('#sample-en');
  await page.waitForSelector('#out mark.ent-PER', { timeout: 15000 });
  const who = await page.$$eval('#quotes li strong', (els) => els.map((e) => e.textContent));
  assert.ok(who.includes('Anna de Vries'), `who said what: ${who}`);
  assert.ok(await page.locator('#clusters li').count() > 5);
});

await test('a chosen language is honoured, and an oversized paste shows an error, not a crash', async (page) => {
  await page.selectOption('#lang', 'en');
  await paste(page, 'Ankara\'da toplantı yapıldı.');
  await page.waitForFunction(() => document.querySelector('#status').textContent.includes('English'));
  // Oversized input: a clear message from the core, no crash.
  await page.evaluate(() => {
    const t = document.querySelector('#text');
    t.value = 'a '.repeat(4_300_000);
    t.dispatchEvent(new Event('input'));
  });
  await page.waitForSelector('#status.error', { timeout: 20000 });
  assert.match(await page.textContent('#status'), /too large/);
});

const shotArg = process.argv.indexOf('--screenshot');
if (shotArg > 0) {
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  await page.goto(origin + '/');
  await page.click('#sample-tr');
  await page.waitForSelector('#out mark.ent-PER', { timeout: 15000 });
  await page.screenshot({ path: path.resolve(process.argv[shotArg + 1]) });
  console.log(`screenshot: ${process.argv[shotArg + 1]}`);
}

await browser.close();
server.close();
if (failures.length) {
  console.log(`${failures.length} failed: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('e2e: all passed');
