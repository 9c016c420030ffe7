// The page: takes pasted text, asks the worker to annotate it (debounced), renders the result.
import { render, renderQuotes, renderClusters } from './render.js';

const $ = (id) => document.getElementById(id);
const input = $('text');
const out = $('out');
const status = $('status');
const DEBOUNCE_MS = 250;

let worker = null;
let nextId = 1;
let latest = 0;
let busySince = 0;
let timer = 0;

function startWorker() {
  worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  worker.onmessage = onResult;
  worker.onerror = (e) => showError(`The annotator failed to load: ${e.message || 'unknown error'}`);
}

function setStatus(text, cls = '') {
  status.textContent = text;
  status.className = cls;
}

function showError(message) {
  setStatus(message, 'error');
  busySince = 0;
}

function request() {
  clearTimeout(timer);
  const text = input.value;
  if (!text.trim()) {
    out.replaceChildren();
    $('quotes').replaceChildren();
    $('clusters').replaceChildren();
    setStatus('Paste or type an article.');
    return;
  }
  // A long job for older text is abandoned rather than waited for.
  if (busySince && performance.now() - busySince > 300) {
    worker.terminate();
    startWorker();
  }
  const id = nextId++;
  latest = id;
  busySince = performance.now();
  const lang = $('lang').value;
  const options = lang === 'auto' ? {} : { lang };
  setStatus(`Annotating ${Math.max(1, Math.round(text.length / 1024))} K characters…`, 'busy');
  worker.postMessage({ id, text, options });
}

function schedule(delay = DEBOUNCE_MS) {
  clearTimeout(timer);
  timer = setTimeout(request, delay);
}

function onResult(event) {
  const { id, result, error, ms } = event.data;
  if (id !== latest) return; // stale
  busySince = 0;
  if (error) {
    showError(error);
    return;
  }
  const text = input.value;
  out.replaceChildren(render(text, result));
  $('quotes').replaceChildren(renderQuotes(result));
  $('clusters').replaceChildren(renderClusters(result));
  const n = (label) => result.entities.filter((e) => e.label === label).length;
  setStatus(`${result.lang === 'und' ? 'language not recognised' : result.lang === 'tr' ? 'Turkish' : 'English'} · `
    + `${n('PER')} people, ${n('ORG')} organisations, ${n('LOC')} places, `
    + `${result.quotes.length} quotes · ${ms.toFixed(1)} ms`);
  out.dataset.ready = String(id);
}

async function loadSample(name) {
  try {
    const res = await fetch(`./samples/${name}.txt`);
    if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
    input.value = await res.text();
    schedule(0);
  } catch (err) {
    showError(`Could not load the sample: ${err.message}`);
  }
}

startWorker();
input.addEventListener('input', () => schedule());
input.addEventListener('paste', () => schedule(0));
$('lang').addEventListener('change', () => schedule(0));
$('sample-tr').addEventListener('click', () => loadSample('tr'));
$('sample-en').addEventListener('click', () => loadSample('en'));
$('clear').addEventListener('click', () => { input.value = ''; request(); input.focus(); });
setStatus('Paste or type an article, or load a sample.');
