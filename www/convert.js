// Conversions in and out of the page, all in the browser: pasted or dropped HTML to plain
// text, and the exports (JSON, CSV, a standalone annotated HTML file). Pure functions.
import { renderBlocks } from './render.js';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'HEAD', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA']);
const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'MAIN', 'ASIDE', 'NAV',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE',
  'FIGURE', 'FIGCAPTION', 'TABLE', 'TR', 'HR', 'ADDRESS', 'DETAILS', 'SUMMARY', 'FORM']);

/**
 * Plain text of an HTML document or fragment, paragraphs kept (blank line between blocks, a
 * line break for <br>), scripts, styles and controls dropped. DOMParser builds an inert
 * document: nothing in it runs or loads.
 * @param {string} html
 * @returns {string}
 */
export function htmlToText(html, parser = new DOMParser()) {
  const dom = parser.parseFromString(html, 'text/html');
  const out = [];
  let line = '';
  const flush = (breaks) => {
    const t = line.replace(/[ \t\f\r\n]+/g, ' ').trim();
    if (t) out.push(t, breaks);
    else if (breaks === '\n' && out.length && out[out.length - 1] !== '\n\n') out.push('\n');
    line = '';
  };
  const walk = (node, pre) => {
    for (const n of node.childNodes) {
      if (n.nodeType === 3) {
        line += pre ? n.nodeValue : n.nodeValue;
      } else if (n.nodeType === 1) {
        const tag = n.tagName.toUpperCase();
        if (SKIP.has(tag) || n.hidden) continue;
        if (tag === 'BR') { flush('\n'); continue; }
        if (tag === 'IMG') { if (n.alt) line += ` ${n.alt} `; continue; }
        const block = BLOCK.has(tag);
        if (block) flush('\n\n');
        walk(n, pre || tag === 'PRE');
        if (block) flush('\n\n');
        else if (tag === 'TD' || tag === 'TH') line += '\t';
      }
    }
  };
  walk(dom.body || dom, false);
  flush('\n\n');
  return out.join('').replace(/\n{3,}/g, '\n\n').trim();
}

/** The contract as pretty JSON. */
export function toJSON(ann) {
  return JSON.stringify(ann, null, 2);
}

// RFC 4180 quoting; cells that a spreadsheet would run as a formula get a leading apostrophe.
function cell(v) {
  if (v == null) return '';
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csv(header, rows) {
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Entities as CSV (UTF-16 offsets, as in the page). */
export function entitiesCSV(ann) {
  const canonical = new Map(ann.clusters.map((c) => [c.id, c.canonical]));
  return csv(['start', 'end', 'text', 'label', 'cluster', 'canonical'],
    ann.entities.map((e) => [e.start, e.end, e.text, e.label, e.cluster, canonical.get(e.cluster)]));
}

/** Quotes as CSV. */
export function quotesCSV(ann) {
  return csv(['start', 'end', 'kind', 'text', 'speaker', 'speaker_start', 'speaker_end', 'speaker_cluster', 'speaker_name', 'cue'],
    ann.quotes.map((q) => [q.start, q.end, q.kind, q.text, q.speaker, q.speaker_start, q.speaker_end, q.speaker_cluster, q.speaker_name, q.cue]));
}

/**
 * A standalone HTML file showing the annotated article (styles inlined, no script).
 * @returns {string}
 */
export function standaloneHTML(text, ann, css, doc = globalThis.document) {
  const out = doc.implementation.createHTMLDocument('newsmark annotation');
  const meta = out.createElement('meta');
  meta.setAttribute('charset', 'utf-8');
  out.head.prepend(meta);
  const style = out.createElement('style');
  style.textContent = css;
  out.head.appendChild(style);
  const article = out.createElement('article');
  article.id = 'out';
  article.appendChild(renderBlocks(text, ann.blocks, ann.entities, ann.quotes, ann.clusters, out));
  out.body.appendChild(article);
  const foot = out.createElement('footer');
  foot.textContent = `Annotated by newsmark · language ${ann.lang} · ${ann.entities.length} entities, ${ann.quotes.length} quotes`;
  out.body.appendChild(foot);
  return `<!doctype html>\n${out.documentElement.outerHTML}\n`;
}
