// Annotation runs here, off the page's thread. The result goes back in chunks of blocks (with
// the marks inside them), so the page can render a long article progressively and no single
// message takes long to receive. A long block (a text with no line breaks) goes in parts, cut
// between marks, so that the page lays out no paragraph too long to lay out in a frame.
//
// The module carries the Turkish model only; the English one (pkg/ner_en.bin, beside the wasm,
// same origin, HTTP-cached) is fetched when a text needs it, once.
import init, { annotate, missingModel, loadModel } from './pkg/newsmark.js';

// Compile the module and build the word lists as soon as the page opens, so the first paste
// finds the annotator warm (Turkish: nothing is fetched for it).
const ready = init().then(() => { annotate('Hazır.', { lang: 'tr' }); });

const MODEL_FILES = { en: 'ner_en.bin' };
const MODEL_NAMES = { en: 'English' };
/** A promise per model being fetched or loaded; a failed one is forgotten, so the next text tries again. */
const models = new Map();

/** Fetches and loads the model `lang` (once). */
function model(lang) {
  let p = models.get(lang);
  if (!p) {
    const url = new URL(`./pkg/${MODEL_FILES[lang]}`, import.meta.url);
    p = (async () => {
      try {
        const res = await fetch(url);
        if (!res.ok) throw new Error(`${res.status} ${res.statusText}`.trim());
        loadModel(lang, new Uint8Array(await res.arrayBuffer()));
      } catch (err) {
        throw new Error(`Could not load the ${MODEL_NAMES[lang]} model (${MODEL_FILES[lang]}): `
          + `${err && err.message ? err.message : err}. Change the text to try again.`);
      }
    })();
    models.set(lang, p);
    p.catch(() => models.delete(lang));
  }
  return p;
}
// A message of about this many objects (blocks, marks, clusters): the page receives each in a
// task of its own, and copying many small objects in takes time (about 30 ms for 2,000 here).
const OBJECTS_PER_CHUNK = 400;
// A part of a long block: at most about this many marks and UTF-16 units.
const PART_MARKS = 200;
const PART_CHARS = 10000;

// A quote's speaker or cue this close to it is kept in the same part (a cut never separates
// them); one further away (a speaker named paragraphs before) does not hold the parts together.
const NEAR = 300;

/** Where a quote is drawn: its own span with its speaker and cue when they are near it. */
function extent(q) {
  let start = q.start;
  let end = q.end;
  for (const [s, e] of [[q.speaker_start, q.speaker_end], [q.cue_start, q.cue_end]]) {
    if (s != null && e >= q.start - NEAR && s <= q.end + NEAR) { start = Math.min(start, s); end = Math.max(end, e); }
  }
  return [start, end];
}

/**
 * Cut points inside block `b` of `text` (UTF-16 offsets) so that each part holds about
 * PART_MARKS marks and PART_CHARS units, where no mark, nor a quote with its near speaker and
 * cue, spans the cut: after the last mark, or within long unmarked text after a space (else between two
 * characters, never inside a surrogate pair).
 */
function cutsOf(text, b, extents) {
  const cuts = [];
  let last = b.start;
  let marks = 0;
  const cut = (at) => { cuts.push(at); last = at; marks = 0; };
  // The unmarked text [from, to).
  const free = (from, to) => {
    if ((marks >= PART_MARKS || from - last >= PART_CHARS) && from > last && from < b.end) cut(from);
    while (to - last > PART_CHARS) {
      let at = Math.max(from, last + PART_CHARS);
      const space = text.indexOf(' ', at);
      if (space !== -1 && space + 1 < to && space - at < 200) at = space + 1;
      else if (at < to && text.charCodeAt(at) >= 0xdc00 && text.charCodeAt(at) <= 0xdfff) at += 1;
      if (at <= last || at >= to) break;
      cut(at);
    }
  };
  let reach = b.start;
  for (const [s, e] of extents) {
    if (s > reach) free(reach, s);
    marks += 1;
    reach = Math.max(reach, e);
  }
  if (reach < b.end) free(reach, b.end);
  return cuts;
}

/**
 * The result in units to send: whole blocks, or the parts of a long block (the first part
 * `{start, end: cut, kind}`, the next ones with `cont: true`), each with the index range of its
 * entities and quotes (by start).
 */
function units(text, blocks, entities, quotes) {
  const out = [];
  let e = 0; let q = 0;
  for (const b of blocks) {
    let e1 = e; let q1 = q;
    while (e1 < entities.length && entities[e1].start < b.end) e1 += 1;
    while (q1 < quotes.length && quotes[q1].start < b.end) q1 += 1;
    let cuts = [];
    if (e1 - e + q1 - q > PART_MARKS || b.end - b.start > PART_CHARS) {
      const extents = [];
      for (let i = e; i < e1; i += 1) extents.push([entities[i].start, entities[i].end]);
      for (let i = q; i < q1; i += 1) extents.push(extent(quotes[i]));
      extents.sort((x, y) => x[0] - y[0]);
      cuts = cutsOf(text, b, extents);
    }
    let start = b.start;
    for (const end of [...cuts, b.end]) {
      let e2 = e; let q2 = q;
      while (e2 < e1 && entities[e2].start < end) e2 += 1;
      while (q2 < q1 && quotes[q2].start < end) q2 += 1;
      const block = cuts.length === 0 ? b : { start, end, kind: b.kind, ...(start > b.start ? { cont: true } : {}) };
      out.push({ block, e0: e, e1: e2, q0: q, q1: q2 });
      start = end; e = e2; q = q2;
    }
  }
  return out;
}

/** The id of the newest text received: one that arrives while an older text waits for a model supersedes it. */
let newest = 0;

self.onmessage = async (event) => {
  const { id, text, options } = event.data;
  newest = id;
  try {
    await ready;
    const need = missingModel(text, options);
    if (need) {
      self.postMessage({ id, type: 'model', lang: need, name: MODEL_NAMES[need] });
      await model(need);
      if (id !== newest) return;
    }
    const t0 = performance.now();
    const ann = annotate(text, options);
    const ms = performance.now() - t0;
    const { blocks, entities, quotes } = ann;
    const counts = {};
    for (const e of entities) counts[e.label] = (counts[e.label] || 0) + 1;
    counts.quotes = quotes.filter((q) => q.kind !== 'term').length;
    self.postMessage({
      id, type: 'head', ms, lang: ann.lang, offsets: ann.offsets, counts,
      totalBlocks: blocks.length, totalEntities: entities.length, totalQuotes: quotes.length,
    });
    // The clusters first (the marks' tooltips name them), then the blocks with their marks.
    for (let c = 0; c < ann.clusters.length; c += OBJECTS_PER_CHUNK) {
      self.postMessage({ id, type: 'clusters', clusters: ann.clusters.slice(c, c + OBJECTS_PER_CHUNK) });
    }
    const parts = units(text, blocks, entities, quotes);
    let u = 0;
    while (u < parts.length) {
      let end = u;
      let objects = 0;
      while (end < parts.length && (end === u || objects < OBJECTS_PER_CHUNK)) {
        objects += 1 + parts[end].e1 - parts[end].e0 + parts[end].q1 - parts[end].q0;
        end += 1;
      }
      self.postMessage({
        id, type: 'chunk', blocks: parts.slice(u, end).map((p) => p.block),
        entities: entities.slice(parts[u].e0, parts[end - 1].e1),
        quotes: quotes.slice(parts[u].q0, parts[end - 1].q1),
      });
      u = end;
    }
    const e = parts.length ? parts[parts.length - 1].e1 : 0;
    const q = parts.length ? parts[parts.length - 1].q1 : 0;
    // Marks outside every block cannot happen (blocks cover all text); send any left anyway.
    self.postMessage({ id, type: 'done', entities: entities.slice(e), quotes: quotes.slice(q) });
  } catch (err) {
    self.postMessage({ id, type: 'error', error: err && err.message ? err.message : String(err) });
  }
};
