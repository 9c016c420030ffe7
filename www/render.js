// Pure rendering: (text, annotations) -> DocumentFragment. No globals are read or written
// besides the `document` passed in; nodes are built with createElement/textContent, so pasted
// markup stays text. Offsets are UTF-16 code units (what String.slice uses).

const LABEL_NAMES = {
  PER: 'person', ORG: 'organisation', LOC: 'place', MISC: 'other name',
  DATE: 'date', TIME: 'time', MONEY: 'money', PERCENT: 'percent',
};

export { LABEL_NAMES };

// Spans to draw, as a forest: quotes contain entities and cues; a span that crosses its
// parent's end is cut in two so that the DOM stays a tree.
function spansOf(ann) {
  const speakers = new Set();
  const spans = [];
  for (const q of ann.quotes) {
    spans.push({ start: q.start, end: q.end, kind: 'quote', quote: q });
    if (q.speaker_start != null) speakers.add(`${q.speaker_start}:${q.speaker_end}`);
    if (q.cue_start != null) spans.push({ start: q.cue_start, end: q.cue_end, kind: 'cue' });
  }
  for (const e of ann.entities) {
    spans.push({ start: e.start, end: e.end, kind: 'entity', entity: e,
      speaker: speakers.has(`${e.start}:${e.end}`) });
  }
  for (const q of ann.quotes) {
    const key = `${q.speaker_start}:${q.speaker_end}`;
    if (q.speaker_start != null && !ann.entities.some((e) => `${e.start}:${e.end}` === key)) {
      spans.push({ start: q.speaker_start, end: q.speaker_end, kind: 'speaker' });
      speakers.delete(key);
    }
  }
  const rank = { quote: 0, entity: 1, speaker: 1, cue: 2 };
  spans.sort((a, b) => a.start - b.start || b.end - a.end || rank[a.kind] - rank[b.kind]);
  return spans;
}

function element(doc, tag, className, text) {
  const el = doc.createElement(tag);
  if (className) el.className = className;
  if (text != null) el.textContent = text;
  return el;
}

function spanElement(doc, s, clusterCanonical) {
  if (s.kind === 'quote') {
    const q = s.quote;
    const el = element(doc, 'span', q.kind === 'direct' ? 'quote' : q.kind);
    el.dataset.start = s.start;
    el.dataset.kind = q.kind;
    const what = { direct: 'Quote', reported: 'Reported speech', term: 'Quoted term' }[q.kind] || q.kind;
    el.title = `${what}${q.speaker ? ` · speaker: ${q.speaker}` : ''}${q.cue ? ` · cue: ${q.cue}` : ''}`;
    return el;
  }
  if (s.kind === 'cue') return element(doc, 'span', 'cue');
  if (s.kind === 'speaker') return element(doc, 'span', 'speaker');
  const e = s.entity;
  const el = element(doc, 'mark', `ent ent-${e.label}${s.speaker ? ' speaker' : ''}`);
  el.dataset.label = e.label;
  el.dataset.cluster = e.cluster;
  const canonical = clusterCanonical.get(e.cluster);
  el.title = `${LABEL_NAMES[e.label] || e.label}${canonical && canonical !== e.text ? ` · ${canonical}` : ''}`;
  return el;
}

// Renders text[start, end) with the spans inside it into `parent`.
function fill(doc, parent, text, start, end, spans, clusterCanonical) {
  let pos = start;
  let i = 0;
  while (i < spans.length) {
    const s = spans[i];
    if (s.start > pos) parent.appendChild(doc.createTextNode(text.slice(pos, s.start)));
    const sEnd = Math.min(s.end, end);
    // Children: the following spans that start inside this one.
    let j = i + 1;
    const children = [];
    while (j < spans.length && spans[j].start < sEnd) {
      const c = spans[j];
      if (c.end > sEnd) {
        children.push({ ...c, end: sEnd });
        spans.splice(j + 1, 0, { ...c, start: sEnd });
      } else {
        children.push(c);
      }
      j += 1;
    }
    const el = spanElement(doc, s, clusterCanonical);
    fill(doc, el, text, Math.max(s.start, pos), sEnd, children, clusterCanonical);
    if (s.kind === 'entity') el.appendChild(element(doc, 'span', 'lbl', s.entity.label));
    parent.appendChild(el);
    if (s.kind === 'quote' && s.quote.kind !== 'term') {
      const who = element(doc, 'span', `who${s.quote.speaker ? '' : ' who-unknown'}`,
        s.quote.speaker ? `— ${s.quote.speaker}` : '— speaker not found');
      parent.appendChild(who);
    }
    pos = Math.max(pos, sEnd);
    i = j;
  }
  if (pos < end) parent.appendChild(doc.createTextNode(text.slice(pos, end)));
}

const BLOCK_TAG = { title: 'h2', duplicate: 'p', paragraph: 'p', source: 'p', byline: 'p', dateline: 'p', boilerplate: 'div' };

/**
 * Renders `text` with its annotations (the JSON contract, UTF-16 offsets).
 * @param {string} text
 * @param {object} ann
 * @param {Document} [doc]
 * @returns {DocumentFragment}
 */
export function render(text, ann, doc = globalThis.document) {
  if (ann.offsets !== 'utf16') throw new Error(`render needs utf16 offsets, got ${ann.offsets}`);
  const frag = doc.createDocumentFragment();
  const clusterCanonical = new Map(ann.clusters.map((c) => [c.id, c.canonical]));
  const all = spansOf(ann);
  let k = 0;
  let last = 0;
  for (const b of ann.blocks) {
    const el = element(doc, BLOCK_TAG[b.kind] || 'p', `blk blk-${b.kind}`);
    el.dataset.kind = b.kind;
    while (k < all.length && all[k].end <= b.start) k += 1;
    const inside = [];
    while (k < all.length && all[k].start < b.end) {
      if (all[k].end <= b.end) inside.push(all[k]);
      k += 1;
    }
    fill(doc, el, text, b.start, b.end, inside, clusterCanonical);
    if (b.kind === 'duplicate') el.appendChild(element(doc, 'span', 'badge', 'repeated'));
    if (b.kind === 'boilerplate') el.appendChild(element(doc, 'span', 'badge', 'page chrome'));
    frag.appendChild(el);
    last = b.end;
  }
  // Only whitespace lies outside blocks; keep a trailing non-block remainder visible anyway.
  if (text.slice(last).trim()) frag.appendChild(doc.createTextNode(text.slice(last)));
  return frag;
}

/**
 * Who said what: one row per quote.
 * @returns {DocumentFragment}
 */
export function renderQuotes(ann, doc = globalThis.document) {
  const frag = doc.createDocumentFragment();
  for (const q of ann.quotes.filter((x) => x.kind !== 'term')) {
    const li = element(doc, 'li', 'quote-row');
    li.appendChild(element(doc, 'strong', q.speaker ? '' : 'who-unknown', q.speaker || 'unknown speaker'));
    if (q.cue) li.appendChild(element(doc, 'span', 'cue-word', ` (${q.cue})`));
    li.appendChild(doc.createTextNode(': '));
    li.appendChild(element(doc, 'span', q.kind === 'reported' ? 'quote-text reported-text' : 'quote-text', q.text));
    frag.appendChild(li);
  }
  return frag;
}

/**
 * Entities grouped by cluster, most mentioned first within each label.
 * @returns {DocumentFragment}
 */
export function renderClusters(ann, doc = globalThis.document) {
  const frag = doc.createDocumentFragment();
  const order = ['PER', 'ORG', 'LOC', 'MISC', 'DATE', 'TIME', 'MONEY', 'PERCENT'];
  const sorted = [...ann.clusters].sort((a, b) =>
    order.indexOf(a.label) - order.indexOf(b.label) || b.mentions - a.mentions || a.id - b.id);
  for (const c of sorted) {
    const li = element(doc, 'li', `cluster ent-${c.label}`);
    li.dataset.cluster = c.id;
    li.appendChild(element(doc, 'span', 'lbl', c.label));
    li.appendChild(doc.createTextNode(` ${c.canonical}`));
    if (c.mentions > 1) li.appendChild(element(doc, 'span', 'count', ` ×${c.mentions}`));
    frag.appendChild(li);
  }
  return frag;
}
