/**
 * The event view shared by the standalone HTML report and the app: headline figures with their
 * reconciliation, every claim with its quoted sentence, the timeline picture, quotes, lineage
 * groups and the reports; a click on a claim, quote, timeline entry or lineage passage opens the
 * document in a side pane with that passage highlighted. All source text goes in as text nodes.
 */
import type { DossierClaim, DossierEvent, DossierFigure, DossierLineage, DossierTimelineEntry } from '../../src/model/dossier.js';
import { figureName, lineageGroups } from '../../src/render/csv.js';
import { clear, h, safeUrl, type Child } from './dom.js';
import { passageFragment, segmentText } from './passage.js';
import { drawTimeline, TIMELINE_KINDS, type TimelineItem } from './timeline.js';

/** A document without its text. */
export interface DocumentMeta {
  readonly id: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly publishedBasis?: string | null;
  readonly url?: string | null;
}

/** A document with the normalized text every span points into. */
export interface DocumentText extends DocumentMeta {
  readonly text: string;
}

/** What the event view shows: the event, its documents (metadata) and the lineage links among them. */
export interface EventView {
  readonly event: DossierEvent;
  readonly documents: readonly DocumentMeta[];
  readonly lineage: readonly DossierLineage[];
}

/** Gets a document's text (from the embedded dossier, or from the app's API). */
export type DocumentLoader = (id: string) => DocumentText | undefined | Promise<DocumentText | undefined>;

/** A span to highlight, with the words inside it to stress (the number of a claim). */
interface Highlight {
  readonly span?: readonly [number, number];
  readonly inner?: readonly [number, number];
  readonly caption: string;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "1990-01-19 to 1990-01-20 (day)" */
export function formatEventDate(date: DossierEvent['date']): string | undefined {
  if (!date) return undefined;
  const range = date.end && date.end !== date.start ? `${date.start} to ${date.end}` : date.start;
  return date.precision ? `${range} (${date.precision})` : range;
}

function documentLabel(doc: DocumentMeta | undefined, id: string): string {
  return doc?.title ? `${doc.title} (${id})` : id;
}

/**
 * The side pane that shows one document with a passage highlighted.
 */
export class DocumentPane {
  readonly element: HTMLElement;
  readonly #title: HTMLElement;
  readonly #meta: HTMLElement;
  readonly #caption: HTMLElement;
  readonly #text: HTMLElement;
  readonly #load: DocumentLoader;
  #request = 0;

  constructor(load: DocumentLoader) {
    this.#load = load;
    this.#title = h('h2', { class: 'document-title' });
    this.#meta = h('p', { class: 'document-meta' });
    this.#caption = h('p', { class: 'document-caption' });
    this.#text = h('div', { class: 'document-text', attrs: { tabindex: '-1' } });
    const close = h('button', { class: 'close', attrs: { type: 'button', 'aria-label': 'Close the document' }, onClick: () => this.close() }, 'Close');
    // Note: the pane keeps its place in the layout while empty, so opening a document never
    // re-lays out the page (which takes seconds on an event with thousands of claims).
    this.element = h(
      'aside',
      { class: 'document-pane', attrs: { 'aria-label': 'Document', 'aria-live': 'polite' } },
      h('div', { class: 'document-head' }, h('header', { class: 'document-header' }, this.#title, close), this.#meta, this.#caption),
      this.#text,
    );
    this.close();
  }

  /** Empties the pane (it then says how to fill it). */
  close(): void {
    ++this.#request;
    this.element.classList.add('is-empty');
    delete this.element.dataset['doc'];
    delete this.element.dataset['span'];
    clear(this.#meta);
    clear(this.#caption);
    clear(this.#text);
    this.#title.textContent = 'Source text';
    this.#text.append(h('p', { class: 'empty' }, 'Click a claim, a quote, a timeline entry or a report to read it here, with the passage highlighted.'));
  }

  /** Shows a document, highlighting `highlight.span` (UTF-16 offsets into its text) and scrolling to it. */
  async open(id: string, highlight: Highlight): Promise<void> {
    const request = ++this.#request;
    const doc = await this.#load(id);
    if (request !== this.#request) return; // a later click won
    this.element.classList.remove('is-empty');
    this.element.dataset['doc'] = id;
    // What is highlighted, for scripts and tests: `start-end`, empty for a whole document.
    this.element.dataset['span'] = highlight.span ? `${highlight.span[0]}-${highlight.span[1]}` : '';
    clear(this.#title);
    clear(this.#meta);
    clear(this.#caption);
    clear(this.#text);
    if (!doc) {
      this.#title.textContent = id;
      this.#caption.textContent = 'This document is not available.';
      return;
    }
    this.#title.textContent = doc.title ?? id;
    const url = safeUrl(doc.url);
    this.#meta.append(
      id,
      doc.published ? ` · published ${doc.published}${doc.publishedBasis && doc.publishedBasis !== 'metadata' ? ` (${doc.publishedBasis})` : ''}` : '',
    );
    if (url) this.#meta.append(' · ', h('a', { attrs: { href: url, rel: 'noopener noreferrer', target: '_blank' } }, 'original'));
    this.#caption.textContent = highlight.caption;
    const { fragment, mark } = passageFragment(doc.text, highlight.span, highlight.inner);
    this.#text.appendChild(fragment);
    // Note: only the pane scrolls (scrollIntoView would also move the page away from the claim clicked).
    const pane = this.element;
    if (mark) {
      const markTop = mark.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop;
      pane.scrollTop = Math.max(0, markTop - pane.clientHeight / 3);
    } else pane.scrollTop = 0;
  }
}

/** Items shown before a "Show all" button, per list (an event may have thousands of claims). */
const SHOWN_CLAIMS = 30;
const SHOWN_QUOTES = 20;
const SHOWN_REPORTS = 60;
const SHOWN_TIMELINE = 120;

/**
 * Appends `render(item)` for the first `max` items to `list`, and a button that appends the rest
 * (rendering thousands of rows up front would make a large event's page slow to open).
 */
function appendLimited<T>(list: HTMLElement, items: readonly T[], max: number, render: (item: T, index: number) => Node, noun: string): HTMLElement | null {
  items.slice(0, max).forEach((item, i) => list.append(render(item, i)));
  if (items.length <= max) return null;
  const button = h(
    'button',
    {
      class: 'show-all',
      attrs: { type: 'button' },
      onClick: () => {
        items.slice(max).forEach((item, i) => list.append(render(item, max + i)));
        button.remove();
      },
    },
    `Show all ${items.length} ${noun}`,
  );
  return button;
}

function quoteWithNumber(claim: DossierClaim): HTMLElement {
  const quote = h('q', { class: 'quote' });
  const inner: readonly [number, number] = [claim.numberSpan[0] - claim.span[0], claim.numberSpan[1] - claim.span[0]];
  for (const s of segmentText(claim.quote.length, [0, claim.quote.length], inner)) {
    const text = claim.quote.slice(s.start, s.end);
    quote.append(s.kind === 'number' ? h('strong', { class: 'number' }, text) : text);
  }
  return quote;
}

function qualifierText(claim: DossierClaim): string {
  const [low, high] = claim.interval;
  const interval = claim.qualifier === 'exact' ? '' : ` [${low}, ${high ?? '∞'}]`;
  return `${claim.qualifier}${interval}${claim.certainty === 'implied' ? ', implied' : ''}`;
}

function rangeText(f: DossierFigure): string {
  if (f.low === f.best && f.high === f.best) return '';
  return `low ${f.low} · high ${f.high ?? 'open'}`;
}

/**
 * Renders one event into `container` (replacing what it held); clicks open documents in `pane`.
 *
 * @example
 * mountEvent(document.querySelector('main'), { event, documents, lineage }, pane);
 */
export function mountEvent(container: HTMLElement, view: EventView, pane: DocumentPane): void {
  const { event } = view;
  const docs = new Map(view.documents.map((d) => [d.id, d]));
  const open = (doc: string, highlight: Highlight): void => {
    void pane.open(doc, highlight);
  };
  const groups = lineageGroups(event.documents, view.lineage);
  const when = formatEventDate(event.date);
  const meta: Child[] = [
    when ? `When: ${when}` : 'When: not dated yet',
    ' · ',
    event.places.length > 0 ? `Where: ${event.places.slice(0, 8).join(', ')}${event.places.length > 8 ? `, and ${event.places.length - 8} more` : ''}` : 'Where: no place found',
    ' · ',
    plural(event.documents.length, 'report'),
    ' · ',
    plural(groups.length, 'independent source'),
  ];
  const article = h(
    'article',
    { class: 'event', data: { event: event.id }, attrs: { id: `event-${event.id}` } },
    h('header', { class: 'event-header' }, h('h2', { class: 'event-title' }, event.title), h('p', { class: 'event-meta' }, ...meta)),
    figuresSection(event, docs, open),
    timelineSection(view, docs, open),
    quotesSection(event, docs, open),
    lineageSection(view, groups, docs, open),
    reportsSection(view, open),
  );
  clear(container);
  container.appendChild(article);
}

type Open = (doc: string, highlight: Highlight) => void;

function figuresSection(event: DossierEvent, docs: ReadonlyMap<string, DocumentMeta>, open: Open): HTMLElement {
  const section = h('section', { class: 'figures' }, h('h3', {}, 'Figures'));
  if (event.figures.length === 0) section.append(h('p', { class: 'empty' }, 'No figures were found in these reports.'));
  for (const f of event.figures) {
    const claims = h('ol', { class: 'claims' });
    const more = appendLimited(
      claims,
      f.claims,
      SHOWN_CLAIMS,
      (c) => {
        const doc = docs.get(c.doc);
        const caption = `${figureName(f)}: ${c.value} (${qualifierText(c)}), stated here`;
        return h(
          'li',
          {
            class: 'claim',
            data: { doc: c.doc, start: String(c.span[0]), end: String(c.span[1]), value: String(c.value) },
            isAction: true,
            onClick: () => open(c.doc, { span: c.span, inner: c.numberSpan, caption }),
          },
          h('span', { class: 'value' }, c.value),
          ' ',
          h('span', { class: 'qualifier' }, qualifierText(c)),
          ' ',
          quoteWithNumber(c),
          ' ',
          h('span', { class: 'source' }, documentLabel(doc, c.doc), doc?.published ? `, ${doc.published}` : ''),
          c.attributedTo ? h('span', { class: 'attributed' }, ` · according to ${c.attributedTo}`) : null,
        );
      },
      'claims',
    );
    const range = rangeText(f);
    section.append(
      h(
        'section',
        { class: `figure ${f.agreement}`, data: { kind: f.kind, agreement: f.agreement, scope: f.scope.key } },
        h('h4', {}, h('span', { class: 'kind' }, f.kind), ...(figureName(f) === f.kind ? [] : [' ', h('span', { class: 'scope' }, f.scope.label)])),
        h('p', { class: 'values' }, h('span', { class: 'best' }, f.best), range ? h('span', { class: 'range' }, range) : null),
        h(
          'p',
          { class: 'badges' },
          h('span', { class: `badge agreement ${f.agreement}` }, f.agreement),
          h('span', { class: 'badge' }, plural(f.independentSources, 'independent source')),
          h('span', { class: 'badge' }, `best: ${f.resolution}`),
        ),
        h('p', { class: 'explanation' }, f.explanation),
        claims,
        more,
      ),
    );
  }
  return section;
}

interface Placed extends TimelineItem {
  readonly doc: string | undefined;
  readonly span: readonly [number, number] | undefined;
}

/** The additions the pipeline writes on timeline entries (kind, end), read when present. */
function entryKind(entry: DossierTimelineEntry): { readonly kind: string; readonly end?: string } {
  const extra = entry as DossierTimelineEntry & { readonly kind?: unknown; readonly end?: unknown };
  return {
    kind: typeof extra.kind === 'string' ? extra.kind : 'event',
    ...(typeof extra.end === 'string' ? { end: extra.end } : {}),
  };
}

function timelineSection(view: EventView, docs: ReadonlyMap<string, DocumentMeta>, open: Open): HTMLElement {
  const section = h('section', { class: 'timeline-section' }, h('h3', {}, 'Timeline'));
  const items: Placed[] = [];
  const published = new Set<string>();
  for (const t of view.event.timeline) {
    const source = t.sources[0];
    const { kind, end } = entryKind(t);
    if (kind === 'publication') for (const s of t.sources) published.add(s.doc);
    items.push({ date: t.date, precision: t.precision, label: t.summary, kind, doc: source?.doc, span: source?.span, ...(end !== undefined ? { end } : {}) });
  }
  // Reports whose publication the timeline does not place yet get a marker from their metadata.
  for (const id of view.event.documents) {
    const doc = docs.get(id);
    if (doc?.published && !published.has(id)) {
      items.push({ date: doc.published, precision: 'day', label: `Published: ${doc.title ?? id}`, kind: 'publication', doc: id, span: undefined });
    }
  }
  const select = (item: Placed): void => {
    if (item.doc === undefined) return;
    open(item.doc, item.span ? { span: item.span, caption: `${item.date}: ${item.label}` } : { caption: `Published ${item.date}` });
  };
  if (items.length === 0) {
    section.append(h('p', { class: 'empty' }, 'Nothing dated yet: no dated happening and no publication date.'));
    return section;
  }
  const holder = h('div', { class: 'timeline-picture' });
  const draw = (all: boolean): void => {
    clear(holder);
    const picture = drawTimeline(all ? items : pictureItems(items, SHOWN_TIMELINE), select);
    if (picture) holder.append(picture);
  };
  draw(false);
  const shown = new Set(items.map((i) => i.kind));
  const legend = h('p', { class: 'legend' });
  for (const [kind, words] of TIMELINE_KINDS) {
    if (!shown.has(kind)) continue;
    legend.append(h('span', { class: `legend-item ${kind}` }, h('span', { class: 'swatch' }), words));
  }
  legend.append(h('span', {}, 'Click an entry to read the sentence that dates it.'));
  section.append(holder, legend);
  if (items.length > SHOWN_TIMELINE) {
    const note = h('p', { class: 'legend' }, `The picture shows ${SHOWN_TIMELINE} of ${items.length} dated entries, the event’s own first. `);
    const all = h('button', { class: 'show-all', attrs: { type: 'button' }, onClick: () => { draw(true); note.remove(); } }, `Draw all ${items.length}`);
    note.append(all);
    section.append(note);
  }
  if (view.event.timeline.length > 0) {
    const list = h('ol', { class: 'timeline-list' });
    const details = h('details', { class: 'timeline-details' }, h('summary', {}, `Every dated happening with its sources (${view.event.timeline.length})`), list);
    // The list is built when first opened.
    details.addEventListener('toggle', () => {
      if (!details.open || list.childElementCount > 0) return;
      for (const t of view.event.timeline) {
        list.append(
          h(
            'li',
            { class: 'timeline-entry' },
            h('span', { class: 'date' }, t.date),
            ' ',
            t.summary,
            ' ',
            ...t.sources.map((source, i) =>
              h(
                'span',
                {
                  class: 'source-link',
                  data: { doc: source.doc },
                  isAction: true,
                  onClick: () => open(source.doc, { span: source.span, caption: `${t.date}: ${t.summary}` }),
                },
                `[${i + 1}: ${source.doc}]`,
              ),
            ),
          ),
        );
      }
    });
    section.append(details);
  }
  return section;
}

/** Kinds in the order the picture keeps them when it cannot show every entry. */
const KIND_PRIORITY: readonly string[] = ['event', 'aftermath', 'commemoration', 'history', 'publication'];

/**
 * At most `max` entries for the picture: the event's own entries first, then aftermath,
 * commemorations, history and publications; in their original order.
 */
export function pictureItems<T extends TimelineItem>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  const rank = (kind: string): number => {
    const i = KIND_PRIORITY.indexOf(kind);
    return i < 0 ? KIND_PRIORITY.length : i;
  };
  const keep = new Set(
    items
      .map((item, index) => ({ index, rank: rank(item.kind) }))
      .sort((a, b) => a.rank - b.rank || a.index - b.index)
      .slice(0, max)
      .map((x) => x.index),
  );
  return items.filter((_, index) => keep.has(index));
}

function quotesSection(event: DossierEvent, docs: ReadonlyMap<string, DocumentMeta>, open: Open): HTMLElement | null {
  if (event.quotes.length === 0) return null;
  const list = h('div', { class: 'quote-list' });
  const more = appendLimited(
    list,
    event.quotes,
    SHOWN_QUOTES,
    (q) =>
      h(
        'blockquote',
        {
          class: 'speaker-quote',
          data: { doc: q.doc },
          isAction: true,
          onClick: () => open(q.doc, { span: q.span, caption: `Quote of ${q.speaker}` }),
        },
        h('p', {}, q.text),
        h('footer', {}, `— ${q.speaker}, ${documentLabel(docs.get(q.doc), q.doc)}${q.alsoIn && q.alsoIn.length > 0 ? `; also in ${q.alsoIn.map((o) => documentLabel(docs.get(o.doc), o.doc)).join(', ')}` : ''}`),
      ),
    'quotes',
  );
  return h('section', { class: 'quotes' }, h('h3', {}, `Quotes (${event.quotes.length})`), list, more);
}

function lineageSection(view: EventView, groups: readonly string[][], docs: ReadonlyMap<string, DocumentMeta>, open: Open): HTMLElement {
  const section = h('section', { class: 'lineage' }, h('h3', {}, 'Sources and lineage'));
  const shared = groups.filter((g) => g.length > 1);
  section.append(
    h(
      'p',
      {},
      `${plural(view.event.documents.length, 'report')} make ${plural(groups.length, 'independent source')}`,
      shared.length === 0 ? ': no report was found to copy another.' : `; ${plural(shared.length, 'group')} of reports share an origin:`,
    ),
  );
  const list = h('ol', { class: 'lineage-groups' });
  for (const group of shared) {
    const members = new Set(group);
    const links = view.lineage.filter((l) => l.docs.every((d) => members.has(d)));
    const item = h('li', { class: 'lineage-group' }, h('p', { class: 'members' }, group.map((id) => documentLabel(docs.get(id), id)).join(' · ')));
    for (const link of links) {
      const [a, b] = link.docs;
      const passages = h('span', { class: 'passages' });
      for (let i = 0; i + 1 < link.evidence.length; i += 2) {
        const left = link.evidence[i];
        const right = link.evidence[i + 1];
        if (!left || !right) continue;
        passages.append(
          ' ',
          h('span', { class: 'source-link', isAction: true, onClick: () => open(left.doc, { span: left.span, caption: `Passage shared with ${right.doc}` }) }, `[${i / 2 + 1}a]`),
          h('span', { class: 'source-link', isAction: true, onClick: () => open(right.doc, { span: right.span, caption: `Passage shared with ${left.doc}` }) }, `[${i / 2 + 1}b]`),
        );
      }
      item.append(h('p', { class: 'link' }, `${a ?? ''} and ${b ?? ''}: ${link.relation}, ${plural(link.sharedPassages, 'shared passage')}`, passages));
    }
    list.append(item);
  }
  if (shared.length > 0) section.append(list);
  return section;
}

function reportsSection(view: EventView, open: Open): HTMLElement {
  const list = h('ol', { class: 'reports' });
  const docs = new Map(view.documents.map((d) => [d.id, d]));
  const more = appendLimited(
    list,
    view.event.documents,
    SHOWN_REPORTS,
    (id) => {
      const doc = docs.get(id);
      const url = safeUrl(doc?.url);
      return h(
        'li',
        { class: 'report', data: { doc: id } },
        h('span', { class: 'source-link report-title', isAction: true, onClick: () => open(id, { caption: 'The whole report' }) }, doc?.title ?? id),
        ' ',
        h('span', { class: 'report-meta' }, `${id}${doc?.published ? ` · ${doc.published}` : ''}`),
        url ? h('a', { class: 'original', attrs: { href: url, rel: 'noopener noreferrer', target: '_blank' } }, ' original') : null,
      );
    },
    'reports',
  );
  return h('section', { class: 'reports-section' }, h('h3', {}, `Reports (${view.event.documents.length})`), list, more);
}
