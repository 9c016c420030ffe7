// Annotation runs here, off the page's thread. The result goes back in chunks of blocks (with
// the marks inside them), so the page can render a long article progressively and no single
// message takes long to receive.
import init, { annotate } from './pkg/newsmark.js';

// Compile the module and build the word lists as soon as the page opens, so the first paste
// finds the annotator warm.
const ready = init().then(() => { annotate('Hazır.', {}); });
const MARKS_PER_CHUNK = 1500;

self.onmessage = async (event) => {
  const { id, text, options } = event.data;
  try {
    await ready;
    const t0 = performance.now();
    const ann = annotate(text, options);
    const ms = performance.now() - t0;
    const { blocks, entities, quotes } = ann;
    const counts = {};
    for (const e of entities) counts[e.label] = (counts[e.label] || 0) + 1;
    counts.quotes = quotes.filter((q) => q.kind !== 'term').length;
    self.postMessage({
      id, type: 'head', ms, lang: ann.lang, offsets: ann.offsets, clusters: ann.clusters, counts,
      totalBlocks: blocks.length, totalEntities: entities.length, totalQuotes: quotes.length,
    });
    let b = 0; let e = 0; let q = 0;
    while (b < blocks.length) {
      let end = b;
      let marks = 0;
      let e2 = e; let q2 = q;
      while (end < blocks.length && (end === b || marks < MARKS_PER_CHUNK)) {
        const stop = blocks[end].end;
        while (e2 < entities.length && entities[e2].start < stop) { e2 += 1; marks += 1; }
        while (q2 < quotes.length && quotes[q2].start < stop) { q2 += 1; marks += 1; }
        end += 1;
      }
      self.postMessage({
        id, type: 'chunk', blocks: blocks.slice(b, end),
        entities: entities.slice(e, e2), quotes: quotes.slice(q, q2),
      });
      b = end; e = e2; q = q2;
    }
    // Marks outside every block cannot happen (blocks cover all text); send any left anyway.
    self.postMessage({ id, type: 'done', entities: entities.slice(e), quotes: quotes.slice(q) });
  } catch (err) {
    self.postMessage({ id, type: 'error', error: err && err.message ? err.message : String(err) });
  }
};
