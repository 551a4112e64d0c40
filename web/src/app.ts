/**
 * The app served by `corroborate serve`: the list of events (with full-text search), event pages
 * (the shared event view, documents loaded on demand), a form to add reports (paste or upload)
 * and links to download the dossier. Talks to the server's JSON API only; no markup from the
 * server is ever parsed.
 */
import type { DossierDocument, DossierEvent, DossierLineage } from '../../src/model/dossier.js';
import type { DocumentMeta, EventHit, EventSummary, Page } from '../../src/store/types.js';
import type { AddReportsResponse, StatusResponse } from '../../src/server/api.js';
import { clear, h } from './dom.js';
import { snippetParts } from './passage.js';
import { DocumentPane, formatEventDate, mountEvent, type DocumentText } from './viewer.js';

const EVENTS_PAGE = 50;
const DOCUMENTS_PAGE = 25;

class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { message?: string };
    throw new HttpError(response.status, body.message ?? `${response.status} ${response.statusText}`);
  }
  return (await response.json()) as T;
}

const root = document.getElementById('app') ?? document.body;
const documentCache = new Map<string, Promise<DocumentText | undefined>>();

function loadDocument(id: string): Promise<DocumentText | undefined> {
  let cached = documentCache.get(id);
  if (!cached) {
    cached = getJson<DossierDocument>(`/api/documents/${encodeURIComponent(id)}`).catch(() => undefined);
    documentCache.set(id, cached);
  }
  return cached;
}

function link(href: string, ...children: (string | Node)[]): HTMLAnchorElement {
  return h(
    'a',
    {
      attrs: { href },
      onClick: (event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        history.pushState(null, '', href);
        void route();
      },
    },
    ...children,
  );
}

function navigation(status: StatusResponse | undefined): HTMLElement {
  return h(
    'nav',
    { class: 'app-nav' },
    link('/', h('span', { class: 'brand' }, 'corroborate')),
    h(
      'span',
      { class: 'meta', attrs: { id: 'store-status' } },
      status ? `${status.documents} report${status.documents === 1 ? '' : 's'} · ${status.events} event${status.events === 1 ? '' : 's'}` : '',
    ),
  );
}

function figureBadges(event: EventSummary): HTMLElement {
  const line = h('p', { class: 'headline' });
  for (const f of event.figures) {
    const range = f.low === f.best && f.high === f.best ? '' : ` (${f.low}-${f.high ?? 'open'})`;
    line.append(h('span', { class: `badge ${f.agreement}`, attrs: { title: `${f.kind} ${f.label}: ${f.agreement}` } }, `${f.kind} ${f.best}${range}`));
  }
  return line;
}

function eventItem(event: EventSummary | EventHit): HTMLElement {
  const date = formatEventDate(event.date);
  const item = h(
    'li',
    { class: 'event-item', data: { event: event.id } },
    h('h3', {}, link(`/events/${encodeURIComponent(event.id)}`, event.title)),
    h('p', { class: 'meta' }, [date ?? 'not dated yet', event.places.join(', ') || 'no place found', `${event.documents} report${event.documents === 1 ? '' : 's'}`].join(' · ')),
    figureBadges(event),
  );
  if ('match' in event && event.match.snippet) {
    const snippet = h('p', { class: 'snippet' });
    if (event.match.doc) snippet.append(h('span', { class: 'meta' }, `${event.match.title ?? event.match.doc}: `));
    for (const part of snippetParts(event.match.snippet)) snippet.append(part.hit ? h('mark', {}, part.text) : part.text);
    if (event.match.documents > 1) snippet.append(h('span', { class: 'meta' }, ` (${event.match.documents} matching reports)`));
    item.append(snippet);
  }
  return item;
}

function documentItem(doc: DocumentMeta): HTMLElement {
  return h(
    'li',
    { class: 'document-item', data: { doc: doc.id } },
    h('span', { class: 'document-title' }, doc.title ?? doc.id),
    ' ',
    h(
      'span',
      { class: 'meta' },
      [doc.title ? doc.id : '', doc.published ? `published ${doc.published}` : '', doc.addedAt ? `added ${doc.addedAt.slice(0, 16).replace('T', ' ')}` : ''].filter(Boolean).join(' · '),
    ),
    ' ',
    ...doc.events.map((e) => link(`/events/${encodeURIComponent(e)}`, `event ${e}`)),
  );
}

/** "5 MB", "64 KB", "900 bytes". */
function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** The add-report form: paste text, or upload files (sent as multipart), within the server's size limit. */
function addReportForm(status: StatusResponse | undefined, onAdded: (result: AddReportsResponse) => Promise<void>): HTMLElement {
  const title = h('input', { attrs: { type: 'text', id: 'report-title', name: 'title', autocomplete: 'off' } });
  const published = h('input', { attrs: { type: 'text', id: 'report-published', name: 'published', placeholder: 'YYYY-MM-DD', autocomplete: 'off' } });
  const url = h('input', { attrs: { type: 'url', id: 'report-url', name: 'url', placeholder: 'https://…', autocomplete: 'off' } });
  const text = h('textarea', { attrs: { id: 'report-text', name: 'text', placeholder: 'Paste the text of a report here…' } });
  const files = h('input', { attrs: { type: 'file', id: 'report-files', name: 'files', multiple: '', accept: '.txt,.md,.text,.markdown,.jsonl,.ndjson,.html,.htm,.xhtml,.pdf' } });
  const message = h('p', { class: 'status', attrs: { role: 'status', id: 'add-status' } });
  const submit = h('button', { attrs: { type: 'submit' } }, 'Add to the dossier');
  const limit = status?.maxUploadBytes;
  const form = h(
    'form',
    { class: 'add-report', attrs: { id: 'add-report' } },
    h('h2', {}, 'Add a report'),
    h(
      'div',
      { class: 'row' },
      h('div', {}, h('label', { attrs: { for: 'report-title' } }, 'Title'), title),
      h('div', {}, h('label', { attrs: { for: 'report-published' } }, 'Published'), published),
      h('div', {}, h('label', { attrs: { for: 'report-url' } }, 'URL'), url),
    ),
    h('label', { attrs: { for: 'report-text' } }, 'Text'),
    text,
    h('label', { attrs: { for: 'report-files' } }, `Or upload files (.txt, .md, .jsonl, .html, .pdf${limit ? `; up to ${formatBytes(limit)} each` : ''})`),
    files,
    h('div', {}, submit),
    message,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      message.className = 'status';
      const chosen = [...(files.files ?? [])];
      if (chosen.length === 0 && text.value.trim() === '') {
        message.className = 'status error';
        message.textContent = 'Paste the text of a report or choose a file.';
        return;
      }
      const tooLarge = limit ? chosen.find((f) => f.size > limit) : undefined;
      if (tooLarge) {
        message.className = 'status error';
        message.textContent = `${tooLarge.name} is larger than the limit of ${formatBytes(limit ?? 0)}.`;
        return;
      }
      submit.disabled = true;
      message.textContent = 'Adding…';
      try {
        let body: BodyInit;
        const headers: Record<string, string> = { accept: 'application/json' };
        const fields = { title: title.value, published: published.value, url: url.value, text: text.value };
        if (chosen.length > 0) {
          const data = new FormData();
          for (const [key, value] of Object.entries(fields)) if (value.trim() !== '') data.append(key, value);
          for (const file of chosen) data.append('files', file, file.name);
          body = data;
        } else {
          headers['content-type'] = 'application/json';
          body = JSON.stringify(Object.fromEntries(Object.entries(fields).filter(([, v]) => v.trim() !== '')));
        }
        const response = await fetch('/api/reports', { method: 'POST', headers, body });
        const result = (await response.json()) as AddReportsResponse & { message?: string };
        if (!response.ok) throw new HttpError(response.status, result.message ?? `${response.status}`);
        const added = result.added.map((d) => (d.title ? `${d.title} (${d.id})` : d.id));
        const parts = [added.length > 0 ? `Added ${added.length} report${added.length === 1 ? '' : 's'}: ${added.join(', ')}.` : 'No report was added.'];
        if (result.duplicates.length > 0) parts.push(`Already in the store: ${result.duplicates.map((d) => d.id).join(', ')}.`);
        for (const p of result.problems) parts.push(`${p.severity}: ${p.file ? `${p.file}${p.line ? `:${p.line}` : ''}: ` : ''}${p.message}`);
        if (result.rebuilt) parts.push(`The dossier was rebuilt in ${Math.round(result.buildMs)} ms.`);
        message.className = result.added.length > 0 ? 'status' : 'status error';
        message.textContent = parts.join(' ');
        if (result.added.length > 0) {
          form.reset();
          documentCache.clear();
          await onAdded(result);
        }
      } catch (error) {
        message.className = 'status error';
        message.textContent = `The report could not be added: ${error instanceof Error ? error.message : String(error)}`;
      } finally {
        submit.disabled = false;
      }
    })();
  });
  return form;
}

function exportsLine(): HTMLElement {
  const line = h('p', { class: 'exports' }, 'Download the dossier: ');
  const formats: [string, string][] = [
    ['json', 'JSON'],
    ['md', 'Markdown'],
    ['html', 'HTML report'],
    ['csv', 'CSV'],
    ['geojson', 'GeoJSON'],
  ];
  formats.forEach(([ext, label], i) => {
    if (i > 0) line.append(' · ');
    line.append(h('a', { attrs: { href: `/export/dossier.${ext}`, download: `dossier.${ext}` } }, label));
  });
  return line;
}

async function fetchStatus(): Promise<StatusResponse | undefined> {
  return getJson<StatusResponse>('/api/status').catch(() => undefined);
}

async function homePage(query: string): Promise<void> {
  const statusLoaded = fetchStatus();
  const list = h('ul', { class: 'event-list', attrs: { id: 'events' } });
  const count = h('p', { class: 'meta result-count' });
  const documents = h('ul', { class: 'document-list', attrs: { id: 'documents' } });
  const more = h('button', { attrs: { type: 'button' } }, 'More reports');
  let documentsShown = 0;

  const loadEvents = async (q: string): Promise<void> => {
    const page = await getJson<Page<EventSummary | EventHit>>(`/api/events?${new URLSearchParams({ q, limit: String(EVENTS_PAGE) }).toString()}`);
    clear(list);
    for (const e of page.items) list.append(eventItem(e));
    count.textContent = q ? `${page.total} event${page.total === 1 ? ' matches' : 's match'} “${q}”.` : `${page.total} event${page.total === 1 ? '' : 's'}.`;
  };
  const loadDocuments = async (reset: boolean): Promise<void> => {
    if (reset) {
      clear(documents);
      documentsShown = 0;
    }
    const page = await getJson<Page<DocumentMeta>>(`/api/documents?limit=${DOCUMENTS_PAGE}&offset=${documentsShown}`);
    for (const d of page.items) documents.append(documentItem(d));
    documentsShown += page.items.length;
    more.hidden = documentsShown >= page.total;
  };
  more.addEventListener('click', () => void loadDocuments(false));
  // The lists, the status (it sizes the upload form) and the page load in parallel.
  const listsLoaded = Promise.all([loadEvents(query), loadDocuments(true)]);
  const status = await statusLoaded;

  const input = h('input', { attrs: { type: 'search', name: 'q', id: 'search', placeholder: 'Search events and reports', 'aria-label': 'Search' } });
  input.value = query;
  const search = h('form', { class: 'search', attrs: { role: 'search' } }, input, h('button', { attrs: { type: 'submit' } }, 'Search'));
  search.addEventListener('submit', (event) => {
    event.preventDefault();
    const q = input.value.trim();
    history.pushState(null, '', q ? `/?${new URLSearchParams({ q }).toString()}` : '/');
    void loadEvents(q);
  });

  const content = h(
    'main',
    { class: 'content' },
    h('h1', {}, 'Events'),
    search,
    count,
    list,
    addReportForm(status, async () => {
      await Promise.all([loadEvents(input.value.trim()), loadDocuments(true), refreshStatus()]);
    }),
    h('section', { class: 'reports-section' }, h('h2', {}, 'Reports'), documents, more),
    exportsLine(),
  );
  clear(root);
  root.append(navigation(status), content);
  document.title = 'corroborate';
  await listsLoaded;
}

async function refreshStatus(): Promise<void> {
  const status = await fetchStatus();
  const line = document.getElementById('store-status');
  if (line && status) line.textContent = `${status.documents} report${status.documents === 1 ? '' : 's'} · ${status.events} event${status.events === 1 ? '' : 's'}`;
}

async function eventPage(id: string): Promise<void> {
  const status = await fetchStatus();
  const pane = new DocumentPane(loadDocument);
  const holder = h('div', { class: 'event-holder' });
  const load = async (): Promise<void> => {
    const view = await getJson<{ event: DossierEvent; documents: DocumentMeta[]; lineage: DossierLineage[] }>(`/api/events/${encodeURIComponent(id)}`);
    mountEvent(holder, view, pane);
    document.title = `${view.event.title} · corroborate`;
  };
  const content = h(
    'main',
    { class: 'content' },
    h('p', {}, link('/', '← All events')),
    holder,
    addReportForm(status, async () => {
      await Promise.all([load(), refreshStatus()]);
    }),
    exportsLine(),
  );
  clear(root);
  root.append(navigation(status), h('div', { class: 'layout' }, content, pane.element));
  try {
    await load();
  } catch (error) {
    holder.append(h('p', { class: 'status error' }, error instanceof HttpError && error.status === 404 ? `There is no event ${id}.` : String(error)));
  }
}

async function route(): Promise<void> {
  const path = location.pathname;
  const eventMatch = /^\/events\/([^/]+)$/.exec(path);
  try {
    if (eventMatch?.[1]) await eventPage(decodeURIComponent(eventMatch[1]));
    else if (path === '/') await homePage(new URLSearchParams(location.search).get('q') ?? '');
    else {
      clear(root);
      root.append(navigation(undefined), h('main', { class: 'content' }, h('h1', {}, 'Not found'), h('p', {}, link('/', 'All events'))));
    }
  } catch (error) {
    root.append(h('p', { class: 'status error' }, `The page could not be loaded: ${error instanceof Error ? error.message : String(error)}`));
  }
  root.dataset['ready'] = path;
}

window.addEventListener('popstate', () => void route());
void route();
