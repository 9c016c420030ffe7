// Pure rendering: text + annotations (the JSON contract, UTF-16 offsets) -> DOM nodes.
// Nothing here reads or writes globals besides the `document` passed in; nodes are built with
// createElement/textContent, so pasted markup stays text. Spans may nest (an entity inside a
// quote); a span crossing its parent's end is cut in two so the DOM stays a tree.

export const LABEL_NAMES = {
  PER: 'person', ORG: 'organisation', LOC: 'place', MISC: 'other name',
  DATE: 'date', TIME: 'time', MONEY: 'money', PERCENT: 'percent',
};

const LABEL_ORDER = ['PER', 'ORG', 'LOC', 'MISC', 'DATE', 'TIME', 'MONEY', 'PERCENT'];
const KIND_NAMES = { direct: 'Quote', reported: 'Reported speech', term: 'Quoted term' };

function element(doc, tag, className, text) {
  const el = doc.createElement(tag);
  if (className) el.className = className;
  if (text != null) el.textContent = text;
  return el;
}

/** Spans to draw, sorted by (start, longer first, quotes outside entities outside cues). */
function spansOf(entities, quotes) {
  const key = (s, e) => `${s}:${e}`;
  const entityAt = new Set(entities.map((e) => key(e.start, e.end)));
  const speakers = new Set();
  const spans = [];
  for (const q of quotes) {
    spans.push({ start: q.start, end: q.end, kind: 'quote', quote: q });
    if (q.speaker_start != null) {
      const k = key(q.speaker_start, q.speaker_end);
      speakers.add(k);
      if (!entityAt.has(k)) spans.push({ start: q.speaker_start, end: q.speaker_end, kind: 'speaker' });
    }
    if (q.cue_start != null) spans.push({ start: q.cue_start, end: q.cue_end, kind: 'cue' });
  }
  for (const e of entities) {
    spans.push({ start: e.start, end: e.end, kind: 'entity', entity: e, speaker: speakers.has(key(e.start, e.end)) });
  }
  const rank = { quote: 0, entity: 1, speaker: 1, cue: 2 };
  spans.sort((a, b) => a.start - b.start || b.end - a.end || rank[a.kind] - rank[b.kind]);
  return spans;
}

// `speaker: he → Maria Lopez` (the mention, then who it is), or `speaker: Ayşe Kaya`.
function speakerTip(q) {
  const name = q.speaker_name || q.speaker;
  if (!name) return q.kind === 'term' ? '' : 'speaker not found';
  return q.speaker && q.speaker !== name ? `speaker: ${q.speaker} → ${name}` : `speaker: ${name}`;
}

function spanElement(doc, s, clusters) {
  if (s.kind === 'quote') {
    const q = s.quote;
    const el = element(doc, 'span', q.kind === 'direct' ? 'quote' : q.kind);
    el.dataset.kind = q.kind;
    el.dataset.qstart = q.start;
    if (q.speaker_cluster != null) el.dataset.speakerCluster = q.speaker_cluster;
    el.dataset.tip = [KIND_NAMES[q.kind] || q.kind,
      speakerTip(q),
      q.cue ? `cue: ${q.cue}` : ''].filter(Boolean).join(' · ');
    return el;
  }
  if (s.kind === 'cue') return element(doc, 'span', 'cue');
  if (s.kind === 'speaker') return element(doc, 'span', 'speaker');
  const e = s.entity;
  const el = element(doc, 'mark', `ent ent-${e.label}${s.speaker ? ' speaker' : ''}`);
  el.dataset.label = e.label;
  el.dataset.cluster = e.cluster;
  const c = clusters.get(e.cluster);
  const parts = [LABEL_NAMES[e.label] || e.label];
  if (c && c.canonical !== e.text) parts.push(c.canonical);
  if (c) parts.push(`${c.mentions} mention${c.mentions === 1 ? '' : 's'}`);
  el.dataset.tip = parts.join(' · ');
  return el;
}

// Renders text[start, end) with the spans inside it into `parent`. A generator: it yields
// (undefined) after each span drawn, a point where a caller may pause and resume later.
function* fill(doc, parent, text, start, end, spans, clusters) {
  let pos = start;
  let i = 0;
  while (i < spans.length) {
    const s = spans[i];
    if (s.start >= end) break;
    if (s.start > pos) parent.appendChild(doc.createTextNode(text.slice(pos, s.start)));
    const sEnd = Math.min(s.end, end);
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
    const el = spanElement(doc, s, clusters);
    parent.appendChild(el);
    yield* fill(doc, el, text, Math.max(s.start, pos), sEnd, children, clusters);
    if (s.kind === 'entity') el.appendChild(element(doc, 'span', 'lbl', s.entity.label));
    if (s.kind === 'quote' && s.quote.kind !== 'term' && s.end <= end) {
      parent.appendChild(element(doc, 'span', `who${s.quote.speaker ? '' : ' who-unknown'}`,
        s.quote.speaker ? `— ${s.quote.speaker}` : '— ?'));
    }
    yield;
    pos = Math.max(pos, sEnd);
    i = j;
  }
  if (pos < end) parent.appendChild(doc.createTextNode(text.slice(pos, end)));
}

const BLOCK_TAG = { title: 'h3', duplicate: 'p', paragraph: 'p', source: 'p', byline: 'p', dateline: 'p', boilerplate: 'div' };
const BADGE = { duplicate: 'repeated', boilerplate: 'page chrome' };

/**
 * Renders blocks with the entities and quotes inside them (all sorted by start) in small steps,
 * for a page that must never block: a generator that yields each new block element as soon as
 * it is made (append it, in order, to the article; its marks are filled in after) and
 * `undefined` after each mark drawn (a point where the caller may stop, e.g. when its time
 * slice is used up, and resume later). Nothing is built in one piece larger than one mark.
 *
 * A block with `cont: true` is the next part of the block before it (a long block sent in
 * parts, cut where no mark, quote speaker or cue spans the cut): it gets an element of its own,
 * classed `blk-cont`, without the block's badge.
 */
export function* renderSteps(text, blocks, entities, quotes, clusters, doc = globalThis.document) {
  const clusterMap = clusters instanceof Map ? clusters : new Map(clusters.map((c) => [c.id, c]));
  const all = spansOf(entities, quotes);
  let k = 0;
  for (const b of blocks) {
    const el = element(doc, BLOCK_TAG[b.kind] || 'p', `blk blk-${b.kind}${b.cont ? ' blk-cont' : ''}`);
    el.dataset.kind = b.kind;
    el.dataset.start = b.start;
    if (BADGE[b.kind] && !b.cont) {
      const t = element(doc, 'button', 'badge', BADGE[b.kind]);
      t.type = 'button';
      t.setAttribute('aria-expanded', 'true');
      t.title = 'Collapse or expand';
      el.appendChild(t);
    }
    const body = element(doc, 'span', 'blk-text');
    el.appendChild(body);
    yield el;
    while (k < all.length && all[k].end <= b.start) k += 1;
    const inside = [];
    while (k < all.length && all[k].start < b.end) {
      if (all[k].end <= b.end) inside.push(all[k]);
      k += 1;
    }
    yield* fill(doc, body, text, b.start, b.end, inside, clusterMap);
  }
}

/**
 * Renders blocks with the entities and quotes inside them (all sorted by start), at once.
 * @returns {DocumentFragment}
 */
export function renderBlocks(text, blocks, entities, quotes, clusters, doc = globalThis.document) {
  const frag = doc.createDocumentFragment();
  for (const el of renderSteps(text, blocks, entities, quotes, clusters, doc)) if (el) frag.appendChild(el);
  return frag;
}

/** Renders a whole result. */
export function render(text, ann, doc = globalThis.document) {
  if (ann.offsets !== 'utf16') throw new Error(`render needs utf16 offsets, got ${ann.offsets}`);
  return renderBlocks(text, ann.blocks, ann.entities, ann.quotes, ann.clusters, doc);
}

/**
 * Salience of each cluster: mentions, then earliness.
 * @returns {Map<number, {first: number}>}
 */
function firstMentions(entities) {
  const first = new Map();
  for (const e of entities) if (!first.has(e.cluster)) first.set(e.cluster, e.start);
  return first;
}

/**
 * The mention panel: clusters grouped by type, most mentioned (then earliest) first; each is a
 * button carrying its cluster id. `limit` caps each group (the rest is summarised).
 * @returns {DocumentFragment}
 */
export function renderClusters(ann, filter = '', limit = 200, doc = globalThis.document) {
  const frag = doc.createDocumentFragment();
  const first = firstMentions(ann.entities);
  const needle = filter.trim().toLocaleLowerCase();
  for (const label of LABEL_ORDER) {
    const group = ann.clusters
      .filter((c) => c.label === label && (!needle || c.canonical.toLocaleLowerCase().includes(needle)))
      .sort((a, b) => b.mentions - a.mentions || (first.get(a.id) ?? 0) - (first.get(b.id) ?? 0));
    if (!group.length) continue;
    const section = element(doc, 'section', `group ent-${label}`);
    section.appendChild(element(doc, 'h3', null, `${LABEL_NAMES[label]} (${group.length})`));
    const ul = element(doc, 'ul', 'cluster-list');
    for (const c of group.slice(0, limit)) {
      const li = doc.createElement('li');
      const b = element(doc, 'button', `cluster ent-${label}`);
      b.type = 'button';
      b.dataset.cluster = c.id;
      b.setAttribute('aria-pressed', 'false');
      b.appendChild(element(doc, 'span', 'name', c.canonical));
      b.appendChild(element(doc, 'span', 'count', `${c.mentions}`));
      li.appendChild(b);
      ul.appendChild(li);
    }
    if (group.length > limit) ul.appendChild(element(doc, 'li', 'more', `… and ${group.length - limit} more (use the search box)`));
    section.appendChild(ul);
    frag.appendChild(section);
  }
  return frag;
}

/**
 * Who said what: quotes and reported speech grouped by speaker (by cluster when the speaker is
 * an entity), speakers with most quotes first; unattributed quotes last.
 * @returns {DocumentFragment}
 */
export function renderQuotes(ann, limit = 40, doc = globalThis.document) {
  const frag = doc.createDocumentFragment();
  const groups = new Map();
  for (const q of ann.quotes) {
    if (q.kind === 'term') continue;
    const name = q.speaker_name || q.speaker;
    const key = q.speaker_cluster != null ? `c${q.speaker_cluster}` : name ? `s${name}` : '?';
    if (!groups.has(key)) groups.set(key, { name, cluster: q.speaker_cluster, quotes: [] });
    groups.get(key).quotes.push(q);
  }
  const canonical = new Map(ann.clusters.map((c) => [c.id, c.canonical]));
  const order = [...groups.entries()].sort(([ka, a], [kb, b]) =>
    (ka === '?') - (kb === '?') || b.quotes.length - a.quotes.length);
  for (const [key, g] of order) {
    const section = element(doc, 'section', 'speaker-group');
    const name = key === '?' ? 'Speaker not found' : (g.name || canonical.get(g.cluster));
    const h = element(doc, 'h3', key === '?' ? 'who-unknown' : null, `${name} (${g.quotes.length})`);
    section.appendChild(h);
    const ul = element(doc, 'ul', 'quote-list');
    for (const q of g.quotes.slice(0, limit)) {
      const li = element(doc, 'li', `quote-row kind-${q.kind}`);
      const b = element(doc, 'button', 'quote-jump');
      b.type = 'button';
      b.dataset.start = q.start;
      b.appendChild(element(doc, 'span', q.kind === 'reported' ? 'quote-text reported-text' : 'quote-text', q.text));
      if (q.cue) b.appendChild(element(doc, 'span', 'cue-word', ` — ${q.cue}`));
      li.appendChild(b);
      ul.appendChild(li);
    }
    if (g.quotes.length > limit) ul.appendChild(element(doc, 'li', 'more', `… and ${g.quotes.length - limit} more`));
    section.appendChild(ul);
    frag.appendChild(section);
  }
  return frag;
}
