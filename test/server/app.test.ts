import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createApp } from '../../src/server/app.js';
import { allowedHostsFor } from '../../src/server/serve.js';
import type { AddReportsResponse, EventResponse, StatusResponse } from '../../src/server/api.js';
import { REPORT_CSP } from '../../src/render/html.js';
import { CSV_COLUMNS } from '../../src/render/csv.js';
import { StoreBuilder } from '../../src/store/builder.js';
import { openStore, type Store } from '../../src/store/store.js';
import type { DocumentMeta, EventHit, EventSummary, Page } from '../../src/store/types.js';
import type { DossierDocument } from '../../src/model/dossier.js';
import { NOW, blackJanuaryDossier, hostileDocs, readDocs, BLACK_JANUARY } from '../render/fixtures.js';

const HOST = { host: '127.0.0.1:8787' };
const LIMIT = 4096;

/** A multipart/form-data body, as a browser sends it. */
function multipart(fields: Record<string, string>, files: readonly { name: string; content: string | Buffer; type?: string }[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----corroborateTestBoundary7MA4YWxk';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  for (const file of files) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'text/plain'}\r\n\r\n`));
    parts.push(Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content));
    parts.push(Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { ...HOST, 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('app', () => {
  let store: Store;
  let app: FastifyInstance;

  beforeAll(async () => {
    store = openStore();
    const builder = new StoreBuilder(store, { now: () => NOW });
    builder.add(await readDocs([BLACK_JANUARY]));
    app = await createApp({ builder, maxUploadBytes: LIMIT });
  });
  afterAll(async () => {
    await app.close();
    store.close();
  });

  const get = (url: string, headers: Record<string, string> = HOST) => app.inject({ method: 'GET', url, headers });
  const post = (body: unknown, headers: Record<string, string> = {}) => app.inject({ method: 'POST', url: '/api/reports', headers: { ...HOST, ...headers }, payload: body as object });

  it('serves the app shell and its built assets with a strict policy', async () => {
    const page = await get('/');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('<script type="module" src="/assets/app.js"></script>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect((await get('/events/e1')).body).toBe(page.body);
    const script = await get('/assets/app.js');
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toMatch(/javascript/);
    expect((await get('/assets/app.css')).statusCode).toBe(200);
    expect((await get('/assets/../index.html')).statusCode).not.toBe(200);
  });

  it('lists the events and shows one with its documents and lineage', async () => {
    const dossier = await blackJanuaryDossier();
    const list = (await get('/api/events')).json<Page<EventSummary>>();
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({ id: 'e1', title: dossier.events[0]?.title, documents: 5 });
    const status = (await get('/api/status')).json<StatusResponse>();
    expect(status).toMatchObject({ documents: 5, events: 1, maxUploadBytes: LIMIT });
    const event = (await get('/api/events/e1')).json<EventResponse>();
    expect(event.event.figures).toEqual(dossier.events[0]?.figures);
    expect(event.documents.map((d) => d.id)).toEqual(dossier.events[0]?.documents);
    expect(event.lineage).toEqual(dossier.lineage);
    const missing = await get('/api/events/nope');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ message: 'there is no event `nope`' });
  });

  it('gives a document with the text its spans point into', async () => {
    const dossier = await blackJanuaryDossier();
    const claim = dossier.events[0]?.figures[0]?.claims[0];
    const doc = (await get(`/api/documents/${claim?.doc}`)).json<DossierDocument>();
    expect(doc.text.slice(claim?.span[0], claim?.span[1])).toBe(claim?.quote);
    expect((await get('/api/documents/nope')).statusCode).toBe(404);
  });

  it('searches events through their documents', async () => {
    const hits = (await get('/api/events?q=Baku%20massacre')).json<Page<EventHit>>();
    expect(hits.items.map((e) => e.id)).toEqual(['e1']);
    expect(hits.items[0]?.match.snippet).toMatch(/\u0001(Baku|massacre)\u0002/);
    expect((await get('/api/events?q=zzzzqqq')).json<Page<EventHit>>().total).toBe(0);
    expect((await get('/api/events?limit=0')).statusCode).toBe(400);
    expect((await get('/api/events?limit=abc')).statusCode).toBe(400);
  });

  it('adds a pasted report and rebuilds the dossier', async () => {
    const response = await post({ title: 'Market attack', published: '2024-05-04', url: 'https://example.org/x', text: 'Four people were killed in the market attack in Springfield on Saturday.' });
    expect(response.statusCode).toBe(201);
    const result = response.json<AddReportsResponse>();
    expect(result.added).toHaveLength(1);
    expect(result.added[0]?.title).toBe('Market attack');
    expect(result.rebuilt).toBe(true);
    expect(result.problems).toEqual([]);
    const id = result.added[0]?.id ?? '';
    const docs = (await get('/api/documents?limit=1')).json<Page<DocumentMeta>>();
    // A report of another event (another place, decades later) is grouped into an event of its own;
    // the stored event keeps its id and content.
    expect(docs.items[0]).toMatchObject({ id, title: 'Market attack', published: '2024-05-04', url: 'https://example.org/x', events: ['e2'] });
    expect((await get('/api/events/e1')).json<EventResponse>().event.documents).not.toContain(id);
    const event = (await get('/api/events/e2')).json<EventResponse>();
    expect(event.event.documents).toContain(id);
    expect(event.event.figures.flatMap((f) => f.claims).some((c) => c.doc === id && c.value === 4)).toBe(true);
    // The same text again is the same report: not added twice, no rebuild.
    const again = (await post({ text: 'Four people were killed in the market attack in Springfield on Saturday.' })).json<AddReportsResponse>();
    expect([again.added.length, again.duplicates.map((d) => d.id), again.rebuilt]).toEqual([0, [id], false]);
  });

  it('keeps hostile markup as data and drops a non-http URL', async () => {
    const [doc] = hostileDocs();
    const response = await post({ title: doc?.title, url: doc?.url, text: doc?.text, id: 'hostile' });
    const result = response.json<AddReportsResponse>();
    expect(result.added.map((d) => d.id)).toEqual(['hostile']);
    expect(result.problems.map((p) => p.rule)).toEqual(['server/url']);
    const stored = (await get('/api/documents/hostile')).json<DossierDocument>();
    expect(stored.text).toContain('<script>window.__pwned=1</script>');
    expect(stored.url).toBeNull();
    expect((await get('/api/documents/hostile')).headers['content-type']).toMatch(/^application\/json/);
  });

  it('rejects a report without text, with a bad id, or over the size limit', async () => {
    expect((await post({ title: 'no text' })).statusCode).toBe(400);
    expect((await post({ text: '   ' })).statusCode).toBe(400);
    expect((await post({ text: 'One died.', id: '../etc/passwd' })).statusCode).toBe(400);
    const big = await post({ text: `${'Two people were killed. '.repeat(Math.ceil(LIMIT / 20))}` });
    expect(big.statusCode).toBe(413);
    const warned = (await post({ text: 'Five people were injured in a crash.', published: 'last week' })).json<AddReportsResponse>();
    expect(warned.problems.map((p) => p.rule)).toEqual(['server/published']);
  });

  it('adds uploaded files with the reader the CLI uses (ids from file names, JSONL lines)', async () => {
    const jsonl = [
      JSON.stringify({ id: 'u-2', title: 'Second', text: 'Six people were injured in the blast.' }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'u-3', text: 'Seven people were arrested after the blast.' }),
    ].join('\n');
    const { payload, headers } = multipart({ title: 'ignored without text' }, [
      { name: 'upload one.txt', content: 'Eight people were killed in the blast in Lakeside.' },
      { name: 'dump.jsonl', content: jsonl },
      { name: 'tool.exe', content: Buffer.from([0x4d, 0x5a, 0x00, 0x01]), type: 'application/octet-stream' },
    ]);
    const response = await app.inject({ method: 'POST', url: '/api/reports', headers, payload });
    expect(response.statusCode).toBe(201);
    const result = response.json<AddReportsResponse>();
    expect(result.added.map((d) => d.id)).toEqual(['upload_one', 'u-2', 'u-3']);
    // The problems name the uploaded file, never the temporary path.
    expect(result.problems.map((p) => [p.file, p.line ?? null, p.rule])).toEqual([
      ['dump.jsonl', 2, 'ingest/read/jsonl-syntax'],
      ['tool.exe', null, 'ingest/read/unknown-extension'],
    ]);
    const doc = (await get('/api/documents/upload_one')).json<DossierDocument>();
    expect(doc.path).toBe('upload one.txt');
  });

  it('refuses an upload larger than the limit', async () => {
    const { payload, headers } = multipart({}, [{ name: 'big.txt', content: 'x'.repeat(LIMIT + 1) }]);
    const response = await app.inject({ method: 'POST', url: '/api/reports', headers, payload });
    expect(response.statusCode).toBe(413);
  });

  it('answers only to loopback host names and refuses cross-site writes', async () => {
    expect((await get('/', { host: 'evil.example:8787' })).statusCode).toBe(403);
    expect((await get('/api/events', { host: 'localhost:8787' })).statusCode).toBe(200);
    expect((await get('/api/events', { host: '[::1]:8787' })).statusCode).toBe(200);
    const crossSite = await post({ text: 'Nine people were killed.' }, { origin: 'http://evil.example' });
    expect(crossSite.statusCode).toBe(403);
    const fetchMeta = await post({ text: 'Nine people were killed.' }, { 'sec-fetch-site': 'cross-site' });
    expect(fetchMeta.statusCode).toBe(403);
    const sameOrigin = await post({ text: 'Ten people were injured.' }, { origin: 'http://127.0.0.1:8787' });
    expect(sameOrigin.statusCode).toBe(201);
  });

  it('exports the dossier in every format', async () => {
    const csv = await get('/export/dossier.csv');
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="dossier.csv"');
    expect(csv.body.startsWith(CSV_COLUMNS.join(','))).toBe(true);
    const html = await get('/export/dossier.html');
    expect(html.headers['content-security-policy']).toBe(REPORT_CSP);
    expect(html.body.startsWith('<!doctype html>')).toBe(true);
    expect((await get('/export/dossier.geojson')).json()).toMatchObject({ type: 'FeatureCollection' });
    expect((await get('/export/dossier.json')).json()).toMatchObject({ version: 1 });
    expect((await get('/export/dossier.md')).body).toContain('# Dossier');
    expect((await get('/export/dossier.exe')).statusCode).toBe(404);
  });

  it('answers unknown API routes with JSON and unknown pages with the shell', async () => {
    const api = await get('/api/nope');
    expect([api.statusCode, api.headers['content-type']]).toEqual([404, expect.stringMatching(/json/)]);
    const page = await get('/somewhere');
    expect([page.statusCode, page.headers['content-type']]).toEqual([404, expect.stringMatching(/html/)]);
  });
});

describe('allowedHostsFor', () => {
  const CASES: readonly [string, string[]][] = [
    ['127.0.0.1', ['localhost', '127.0.0.1', '[::1]']],
    ['localhost', ['localhost', '127.0.0.1', '[::1]']],
    ['::1', ['localhost', '127.0.0.1', '[::1]']],
    ['0.0.0.0', ['*']],
    ['192.168.1.20', ['192.168.1.20', 'localhost', '127.0.0.1', '[::1]']],
    ['fe80::1', ['[fe80::1]', 'localhost', '127.0.0.1', '[::1]']],
  ];
  it.each(CASES)('%s -> %j', (host, expected) => {
    expect(allowedHostsFor(host)).toEqual(expected);
  });
});
