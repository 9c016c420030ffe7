// The page: input (paste, rich paste, file drop or pick, samples), annotation in a worker
// (debounced), progressive rendering, the explore panel, filters, tooltips and exports.
import { renderSteps, renderClusters, renderQuotes } from './render.js';
import { htmlToText, toJSON, entitiesCSV, quotesCSV, standaloneHTML } from './convert.js';

const $ = (id) => document.getElementById(id);
const input = $('text');
const out = $('out');
const status = $('status');
const progress = $('progress');
const tip = $('tip');
const DEBOUNCE_MS = 250;
const PROGRESS_AFTER_MS = 200;
// Rendering runs in slices of this many milliseconds of the main thread, measured, each its own
// task, so that no task grows long however large the article or slow the machine.
const SLICE_MS = 8;
// Blocks go into sections of this many, each laid out and painted only near the viewport
// (content-visibility): what a frame costs does not grow with the article.
const BLOCKS_PER_SECTION = 64;

let worker = null;
let nextId = 1;
let latest = 0;
let busySince = 0;
/** The model the worker is fetching for the latest request ("English"), or ''. */
let loadingModel = '';
let timer = 0;
let progressTimer = 0;
/** The result being shown: the contract, assembled from the worker's chunks. */
let result = null;
let shownText = '';
let sentText = '';
let rendered = 0;
let selection = { marks: [], index: -1 };
/** The worker's messages of the shown result not rendered yet, and the renderer of the current one. */
let queue = [];
let steps = null;
let section = null;
let pumping = false;
/** The previous result's sections, removed a slice at a time (one removal of it all is long). */
let leaving = [];

function startWorker() {
  worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  worker.onmessage = onMessage;
  worker.onerror = (e) => showError(`The annotator failed to load: ${e.message || 'unknown error'}`);
}

function setStatus(text, cls = '') {
  status.textContent = text;
  status.className = cls;
}

function showError(message) {
  busySince = 0;
  clearTimeout(progressTimer);
  progress.hidden = true;
  setStatus(message, 'error');
}

function clearResult() {
  result = null;
  queue = [];
  steps = null;
  section = null;
  leaving = [...out.children];
  wake();
  $('quotes').replaceChildren();
  $('clusters').replaceChildren();
  selectCluster(null);
}

function request() {
  clearTimeout(timer);
  const text = input.value;
  if (!text.trim()) {
    latest = nextId++;
    clearResult();
    setStatus('Paste or type an article, drop a file, or load a sample.');
    progress.hidden = true;
    return;
  }
  // A long job for older text is abandoned rather than waited for.
  if (busySince && performance.now() - busySince > 300) {
    worker.terminate();
    startWorker();
  }
  const id = nextId++;
  latest = id;
  sentText = text;
  busySince = performance.now();
  loadingModel = '';
  const lang = $('lang').value;
  worker.postMessage({ id, text, options: lang === 'auto' ? {} : { lang } });
  clearTimeout(progressTimer);
  progressTimer = setTimeout(() => {
    if (latest === id && busySince) {
      progress.hidden = false;
      progress.removeAttribute('value');
      setBusyStatus();
    }
  }, PROGRESS_AFTER_MS);
}

function setBusyStatus() {
  setStatus(loadingModel ? `Loading the ${loadingModel} model…`
    : `Annotating ${(sentText.length / 1024).toFixed(0)} K characters…`, 'busy');
}

function schedule(delay = DEBOUNCE_MS) {
  clearTimeout(timer);
  timer = setTimeout(request, delay);
}

function onMessage(event) {
  const m = event.data;
  if (m.id !== latest) return; // stale
  if (m.type === 'error') {
    showError(m.error);
    return;
  }
  if (m.type === 'model') {
    // The text needs a model the page fetches on demand (English): said once the wait is long.
    loadingModel = m.name;
    if (!progress.hidden) setBusyStatus();
    return;
  }
  if (m.type === 'head') {
    loadingModel = '';
    clearResult();
    // The text that was annotated (what the box holds may have changed since).
    shownText = sentText;
    result = { lang: m.lang, offsets: m.offsets, blocks: [], entities: [], quotes: [], clusters: [], ms: m.ms, totalBlocks: m.totalBlocks, counts: m.counts };
    result.clusterMap = new Map();
    rendered = 0;
    // The article's height reserved at once (what its sections take before they are drawn), so
    // that the page grows once, not at each section: while the page is short, each growth paints
    // the text box again (about 100 ms with 5 MB in it).
    out.style.minHeight = m.totalBlocks > BLOCKS_PER_SECTION ? `${5 * m.totalBlocks}em` : '';
    return;
  }
  if (!result) return;
  if (m.type === 'clusters') {
    for (const c of m.clusters) {
      result.clusters.push(c);
      result.clusterMap.set(c.id, c);
    }
    return;
  }
  if (m.type === 'chunk') {
    // A block sent in parts is one block of the contract.
    for (const b of m.blocks) {
      if (b.cont) result.blocks[result.blocks.length - 1].end = b.end;
      else result.blocks.push({ start: b.start, end: b.end, kind: b.kind });
    }
    for (const e of m.entities) result.entities.push(e);
    for (const q of m.quotes) result.quotes.push(q);
  } else if (m.type === 'done') {
    for (const e of m.entities) result.entities.push(e);
    for (const q of m.quotes) result.quotes.push(q);
  }
  queue.push(m);
  wake();
}

// The next slice as a task of its own, after whatever else is waiting (input, the worker's
// messages, a frame to draw): a MessageChannel message, which browsers do not throttle like
// nested setTimeout. Short tasks may still follow one another with no frame drawn between
// them: after FRAME_EVERY_MS without one, the next slice waits for the next frame.
const FRAME_EVERY_MS = 50;
const slices = new MessageChannel();
slices.port1.onmessage = () => pump();
let lastFrame = 0;
let watching = false;
function frameDrawn() {
  lastFrame = performance.now();
  watching = pumping;
  if (watching) requestAnimationFrame(frameDrawn);
}
function wake() {
  if (pumping) return;
  pumping = true;
  if (!watching && document.visibilityState === 'visible') {
    watching = true;
    lastFrame = performance.now();
    requestAnimationFrame(frameDrawn);
  }
  if (watching && document.visibilityState === 'visible' && performance.now() - lastFrame > FRAME_EVERY_MS) {
    requestAnimationFrame(() => slices.port2.postMessage(null));
  } else {
    slices.port2.postMessage(null);
  }
}

/**
 * One slice of SLICE_MS: removes the previous result's sections, then renders queued chunks, a
 * block mark by mark; then yields to the browser.
 */
function pump() {
  const t0 = performance.now();
  while (leaving.length && performance.now() - t0 < SLICE_MS) leaving.pop().remove();
  while (!leaving.length && performance.now() - t0 < SLICE_MS) {
    if (!steps) {
      const m = queue.shift();
      if (!m) break;
      if (m.type === 'done') { finish(m); break; }
      steps = renderSteps(shownText, m.blocks, m.entities, m.quotes, result.clusterMap);
    }
    const { value, done } = steps.next();
    if (done) {
      steps = null;
    } else if (value) {
      if (!section || section.childElementCount >= BLOCKS_PER_SECTION) {
        section = document.createElement('div');
        section.className = 'section';
        out.appendChild(section);
      }
      section.appendChild(value);
      if (!value.classList.contains('blk-cont')) rendered += 1;
    }
  }
  if (result && !progress.hidden && busySince) {
    progress.max = result.totalBlocks;
    progress.value = rendered;
    setStatus(`Rendering ${Math.round((100 * rendered) / result.totalBlocks)}%…`, 'busy');
  }
  pumping = false;
  if (leaving.length || queue.length || steps) wake();
}

function finish(m) {
  out.style.minHeight = '';
  busySince = 0;
  clearTimeout(progressTimer);
  progress.hidden = true;
  const c = result.counts;
  const langName = { tr: 'Turkish', en: 'English' }[result.lang] || 'language not recognised';
  setStatus(`${langName} · ${c.PER || 0} people, ${c.ORG || 0} organisations, ${c.LOC || 0} places, `
    + `${c.quotes} quotes · ${result.ms.toFixed(1)} ms`);
  // The panel in the next tasks, so no single task grows long.
  setTimeout(() => {
    if (m.id !== latest) return;
    $('clusters').replaceChildren(renderClusters(result, $('search').value));
    setTimeout(() => {
      if (m.id !== latest) return;
      $('quotes').replaceChildren(renderQuotes(result));
      out.dataset.ready = String(m.id);
    });
  });
}

/** The contract as the page has it (without the page's own bookkeeping). */
function contract() {
  const { lang, offsets, blocks, entities, clusters, quotes } = result;
  return { lang, offsets, blocks, entities, clusters, quotes };
}

// --- Selecting a cluster: highlight every mention and step through them.

function selectCluster(id) {
  for (const el of selection.marks) el.classList.remove('hl', 'hl-current');
  for (const b of document.querySelectorAll('.cluster[aria-pressed="true"]')) b.setAttribute('aria-pressed', 'false');
  selection = { marks: [], index: -1 };
  $('mention-nav').hidden = true;
  if (id == null) return;
  selection.marks = [...out.querySelectorAll(`mark[data-cluster="${CSS.escape(String(id))}"]`)];
  for (const el of selection.marks) el.classList.add('hl');
  const button = document.querySelector(`.cluster[data-cluster="${CSS.escape(String(id))}"]`);
  if (button) button.setAttribute('aria-pressed', 'true');
  $('mention-nav').hidden = selection.marks.length === 0;
  step(1);
}

function step(delta) {
  const n = selection.marks.length;
  if (!n) return;
  if (selection.index >= 0) selection.marks[selection.index].classList.remove('hl-current');
  selection.index = (selection.index + delta + n) % n;
  const el = selection.marks[selection.index];
  el.classList.add('hl-current');
  el.closest('.blk')?.classList.remove('collapsed');
  el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  $('mention-pos').textContent = `${selection.index + 1} / ${n}`;
}

// --- Tooltips on hover and keyboard focus.

function showTip(el) {
  const text = el?.dataset?.tip;
  if (!text) { tip.hidden = true; return; }
  tip.textContent = text;
  tip.hidden = false;
  const r = el.getBoundingClientRect();
  const top = r.bottom + window.scrollY + 6;
  const left = Math.min(r.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8);
  tip.style.top = `${top}px`;
  tip.style.left = `${Math.max(8, left)}px`;
}

out.addEventListener('mouseover', (e) => showTip(e.target.closest('[data-tip]')));
out.addEventListener('mouseleave', () => { tip.hidden = true; });
out.addEventListener('focusin', (e) => showTip(e.target.closest('[data-tip]')));
out.addEventListener('focusout', () => { tip.hidden = true; });
out.addEventListener('click', (e) => {
  const badge = e.target.closest('.badge');
  if (badge) {
    const blk = badge.closest('.blk');
    const collapsed = blk.classList.toggle('collapsed');
    badge.setAttribute('aria-expanded', String(!collapsed));
    return;
  }
  const mark = e.target.closest('mark[data-cluster]');
  if (mark) selectCluster(Number(mark.dataset.cluster));
});

// --- Panel.

$('clusters').addEventListener('click', (e) => {
  const b = e.target.closest('.cluster');
  if (!b) return;
  const id = Number(b.dataset.cluster);
  selectCluster(b.getAttribute('aria-pressed') === 'true' ? null : id);
});
$('quotes').addEventListener('click', (e) => {
  const b = e.target.closest('.quote-jump');
  if (!b) return;
  const el = out.querySelector(`[data-qstart="${CSS.escape(b.dataset.start)}"]`);
  if (el) {
    el.closest('.blk')?.classList.remove('collapsed');
    el.classList.add('flash');
    setTimeout(() => el.classList.remove('flash'), 1500);
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }
});
$('prev').addEventListener('click', () => step(-1));
$('next').addEventListener('click', () => step(1));
$('unselect').addEventListener('click', () => selectCluster(null));
$('search').addEventListener('input', () => { if (result) $('clusters').replaceChildren(renderClusters(result, $('search').value)); });
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') { tip.hidden = true; selectCluster(null); }
  if (selection.marks.length && (e.key === 'F3' || (e.key === 'Enter' && e.target === $('search')))) {
    e.preventDefault();
    step(e.shiftKey ? -1 : 1);
  }
});

// --- Filters.

for (const box of document.querySelectorAll('#filters input[data-hide]')) {
  box.addEventListener('change', () => out.classList.toggle(`hide-${box.dataset.hide}`, !box.checked));
}
$('show-chrome').addEventListener('change', (e) => out.classList.toggle('hide-chrome', !e.target.checked));

// --- Exports: built here, downloaded from a blob; nothing is uploaded.

function download(name, type, body) {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function pageCSS() {
  const res = await fetch(new URL('./style.css', import.meta.url));
  return res.ok ? res.text() : '';
}

document.querySelector('.exports').addEventListener('click', async (e) => {
  const b = e.target.closest('button[data-export]');
  if (!b) return;
  if (!result) { setStatus('Nothing to export yet: paste an article first.'); return; }
  const ann = contract();
  switch (b.dataset.export) {
    case 'json': download('newsmark.json', 'application/json', toJSON(ann)); break;
    case 'entities-csv': download('newsmark-entities.csv', 'text/csv;charset=utf-8', `\ufeff${entitiesCSV(ann)}`); break;
    case 'quotes-csv': download('newsmark-quotes.csv', 'text/csv;charset=utf-8', `\ufeff${quotesCSV(ann)}`); break;
    case 'html': download('newsmark.html', 'text/html;charset=utf-8', standaloneHTML(shownText, ann, await pageCSS())); break;
    default: break;
  }
});
$('copy-json').addEventListener('click', async () => {
  if (!result) return;
  try {
    await navigator.clipboard.writeText(toJSON(contract()));
    setStatus('The JSON is on the clipboard.');
  } catch (err) {
    setStatus(`Could not copy: ${err.message}`, 'error');
  }
});

// --- Input: typing, plain and rich paste, files (picked or dropped), samples.

function insertText(text) {
  input.focus();
  input.setRangeText(text, input.selectionStart, input.selectionEnd, 'end');
  schedule(0);
}

input.addEventListener('input', () => schedule());
input.addEventListener('paste', (e) => {
  const html = e.clipboardData?.getData('text/html');
  if (html) {
    e.preventDefault();
    insertText(htmlToText(html));
  } else {
    schedule(0);
  }
});

async function readFile(file) {
  if (!file) return;
  try {
    const raw = await file.text();
    const isHtml = /\.html?$/i.test(file.name) || file.type === 'text/html';
    input.value = isHtml ? htmlToText(raw) : raw;
    setStatus(`Read ${file.name}.`);
    schedule(0);
  } catch (err) {
    showError(`Could not read ${file.name}: ${err.message}`);
  }
}

$('file').addEventListener('change', (e) => { readFile(e.target.files[0]); e.target.value = ''; });
let dragDepth = 0;
window.addEventListener('dragenter', (e) => { if (e.dataTransfer?.types?.includes('Files')) { dragDepth += 1; $('drop').hidden = false; } });
window.addEventListener('dragleave', () => { dragDepth = Math.max(0, dragDepth - 1); if (!dragDepth) $('drop').hidden = true; });
window.addEventListener('dragover', (e) => { e.preventDefault(); });
window.addEventListener('drop', (e) => {
  e.preventDefault();
  dragDepth = 0;
  $('drop').hidden = true;
  readFile(e.dataTransfer?.files?.[0]);
});

async function loadSample(name) {
  try {
    const res = await fetch(new URL(`./samples/${name}.txt`, import.meta.url));
    if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
    input.value = await res.text();
    schedule(0);
  } catch (err) {
    showError(`Could not load the sample: ${err.message}`);
  }
}

$('sample-tr').addEventListener('click', () => loadSample('tr'));
$('sample-en').addEventListener('click', () => loadSample('en'));
$('lang').addEventListener('change', () => schedule(0));
$('clear').addEventListener('click', () => { input.value = ''; request(); input.focus(); });

startWorker();
setStatus('Paste or type an article, drop a file, or load a sample.');
