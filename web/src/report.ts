/**
 * The script of the standalone HTML report (`corroborate build --format html`): reads the dossier
 * embedded as JSON in `<script id="dossier-data" type="application/json">` and renders every event
 * with the shared event view. Works offline; fetches nothing.
 */
import type { Dossier } from '../../src/model/dossier.js';
import { h } from './dom.js';
import { DocumentPane, mountEvent, type DocumentText } from './viewer.js';

function readDossier(): Dossier | undefined {
  const data = document.getElementById('dossier-data');
  if (!data?.textContent) return undefined;
  try {
    return JSON.parse(data.textContent) as Dossier;
  } catch {
    return undefined;
  }
}

function render(root: HTMLElement, dossier: Dossier): void {
  const texts = new Map<string, DocumentText>(dossier.documents.map((d) => [d.id, d]));
  const pane = new DocumentPane((id) => texts.get(id));
  const content = h('main', { class: 'content' });
  const reports = dossier.documents.length;
  content.append(
    h(
      'header',
      { class: 'page-header' },
      h('h1', {}, 'Dossier'),
      h(
        'p',
        {},
        `${reports} report${reports === 1 ? '' : 's'}, ${dossier.events.length} event${dossier.events.length === 1 ? '' : 's'}. `,
        'Click a claim, a quote or a timeline entry to read the sentence in its report.',
      ),
    ),
  );
  if (dossier.events.length > 1) {
    const toc = h('ol', { class: 'toc' });
    for (const e of dossier.events) toc.append(h('li', {}, h('a', { attrs: { href: `#event-${e.id}` } }, e.title)));
    content.append(h('nav', { attrs: { 'aria-label': 'Events' } }, toc));
  }
  const metas = dossier.documents.map(({ id, title, published, publishedBasis, url }) => ({ id, title, published, publishedBasis, url: url ?? null }));
  for (const event of dossier.events) {
    const holder = h('div', { class: 'event-holder' });
    const docs = new Set(event.documents);
    mountEvent(holder, { event, documents: metas.filter((d) => docs.has(d.id)), lineage: dossier.lineage.filter((l) => l.docs.every((d) => docs.has(d))) }, pane);
    content.append(holder);
  }
  if (dossier.events.length === 0) content.append(h('p', { class: 'empty' }, 'No event: no report was read.'));
  const problems = (dossier.diagnostics ?? []).filter((d) => d.severity !== 'info');
  if (problems.length > 0) {
    const list = h('ul', { class: 'problems' });
    for (const p of problems) list.append(h('li', {}, `${p.severity}: ${p.file ? `${p.file}${p.line ? `:${p.line}` : ''}: ` : ''}${p.message} (${p.rule})`));
    content.append(h('section', { class: 'problems-section' }, h('h3', {}, 'Problems'), list));
  }
  root.append(h('div', { class: 'layout' }, content, pane.element));
}

const root = document.getElementById('app');
const dossier = readDossier();
if (root && dossier) render(root, dossier);
else if (root) root.append(h('p', { class: 'empty' }, 'This report holds no readable dossier.'));
