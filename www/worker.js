// Annotation runs here, off the page's thread, so typing never freezes on a long article.
import init, { annotate } from './pkg/newsmark.js';

const ready = init();

self.onmessage = async (event) => {
  const { id, text, options } = event.data;
  try {
    await ready;
    const t0 = performance.now();
    const result = annotate(text, options);
    self.postMessage({ id, result, ms: performance.now() - t0 });
  } catch (err) {
    self.postMessage({ id, error: err && err.message ? err.message : String(err) });
  }
};
