/**
 * The event view shared by the standalone HTML report and the app: headline figures with their
 * reconciliation, every claim with its quoted sentence, the timeline picture, quotes, lineage
 * groups and the reports; a click on a claim, quote, timeline entry or lineage passage opens the
 * document in a side pane with that passage highlighted. All source text goes in as text nodes.
 */
import type { DossierClaim, DossierEvent, DossierFigure, DossierLineage } from '../../src/model/dossier.js';
import { lineageGroups } from '../../src/render/csv.js';
import { clear, h, safeUrl, type Child } from './dom.js';
import { passageFragment, segmentText } from './passage.js';
import { drawTimeline, type TimelineItem } from './timeline.js';

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
    this.element = h(
      'aside',
      { class: 'document-pane', attrs: { 'aria-label': 'Document', 'aria-live': 'polite' } },
      h('header', { class: 'document-header' }, this.#title, close),
      this.#meta,
      this.#caption,
      this.#text,
    );
    this.element.hidden = true;
  }

  /** Hides the pane. */
  close(): void {
    this.element.hidden = true;
    delete this.element.dataset['doc'];
  }

  /** Shows a document, highlighting `highlight.span` (UTF-16 offsets into its text) and scrolling to it. */
  async open(id: string, highlight: Highlight): Promise<void> {
    const request = ++this.#request;
    const doc = await this.#load(id);
    if (request !== this.#request) return; // a later click won
    this.element.hidden = false;
    this.element.dataset['doc'] = id;
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
    if (mark) mark.scrollIntoView({ block: 'center' });
    else this.#text.scrollTop = 0;
  }
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
    for (const c of f.claims) {
      const doc = docs.get(c.doc);
      const caption = `${f.kind} ${f.scope.label}: ${c.value} (${qualifierText(c)}), stated here`;
      claims.append(
        h(
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
        ),
      );
    }
    const range = rangeText(f);
    section.append(
      h(
        'section',
        { class: `figure ${f.agreement}`, data: { kind: f.kind, agreement: f.agreement, scope: f.scope.key } },
        h('h4', {}, h('span', { class: 'kind' }, f.kind), ' ', h('span', { class: 'scope' }, f.scope.label)),
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
      ),
    );
  }
  return section;
}

interface Placed extends TimelineItem {
  readonly doc: string | undefined;
  readonly span: readonly [number, number] | undefined;
}

function timelineSection(view: EventView, docs: ReadonlyMap<string, DocumentMeta>, open: Open): HTMLElement {
  const section = h('section', { class: 'timeline-section' }, h('h3', {}, 'Timeline'));
  const items: Placed[] = [];
  for (const t of view.event.timeline) {
    const source = t.sources[0];
    items.push({ date: t.date, precision: t.precision, label: t.summary, kind: 'happening', doc: source?.doc, span: source?.span });
  }
  for (const id of view.event.documents) {
    const doc = docs.get(id);
    if (doc?.published) items.push({ date: doc.published, precision: 'day', label: `report: ${doc.title ?? id}`, kind: 'report', doc: id, span: undefined });
  }
  const picture = drawTimeline(items, (item) => {
    if (item.doc === undefined) return;
    open(item.doc, item.span ? { span: item.span, caption: `${item.date}: ${item.label}` } : { caption: `Published ${item.date}` });
  });
  if (!picture) {
    section.append(h('p', { class: 'empty' }, 'Nothing dated yet: no dated happening and no publication date.'));
    return section;
  }
  section.append(
    h('div', { class: 'timeline-picture' }, picture),
    h(
      'p',
      { class: 'legend' },
      '● a dated happening (click for the sentence that states it) · ■ a report’s publication · ',
      view.event.timeline.length === 0 ? 'no dated happenings were extracted yet' : plural(view.event.timeline.length, 'dated happening'),
    ),
  );
  if (view.event.timeline.length > 0) {
    const list = h('ol', { class: 'timeline-list' });
    for (const t of view.event.timeline) {
      list.append(
        h(
          'li',
          { class: 'timeline-entry' },
          h('span', { class: 'date' }, t.date),
          ' ',
          t.summary,
          ' ',
          ...t.sources.map((s, i) =>
            h(
              'span',
              {
                class: 'source-link',
                data: { doc: s.doc },
                isAction: true,
                onClick: () => open(s.doc, { span: s.span, caption: `${t.date}: ${t.summary}` }),
              },
              `[${i + 1}: ${s.doc}]`,
            ),
          ),
        ),
      );
    }
    section.append(list);
  }
  return section;
}

function quotesSection(event: DossierEvent, docs: ReadonlyMap<string, DocumentMeta>, open: Open): HTMLElement | null {
  if (event.quotes.length === 0) return null;
  const section = h('section', { class: 'quotes' }, h('h3', {}, 'Quotes'));
  for (const q of event.quotes) {
    section.append(
      h(
        'blockquote',
        {
          class: 'speaker-quote',
          data: { doc: q.doc },
          isAction: true,
          onClick: () => open(q.doc, { span: q.span, caption: `Quote of ${q.speaker}` }),
        },
        h('p', {}, q.text),
        h('footer', {}, `— ${q.speaker}, ${documentLabel(docs.get(q.doc), q.doc)}`),
      ),
    );
  }
  return section;
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
  for (const id of view.event.documents) {
    const doc = docs.get(id);
    const url = safeUrl(doc?.url);
    list.append(
      h(
        'li',
        { class: 'report', data: { doc: id } },
        h('span', { class: 'source-link report-title', isAction: true, onClick: () => open(id, { caption: 'The whole report' }) }, doc?.title ?? id),
        ' ',
        h('span', { class: 'report-meta' }, `${id}${doc?.published ? ` · ${doc.published}` : ''}`),
        url ? h('a', { class: 'original', attrs: { href: url, rel: 'noopener noreferrer', target: '_blank' } }, ' original') : null,
      ),
    );
  }
  return h('section', { class: 'reports-section' }, h('h3', {}, 'Reports'), list);
}
