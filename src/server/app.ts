/**
 * The local web app behind `corroborate serve` (fastify): the JSON API of `api.ts`, the built
 * front end (dist/web), and downloads of the dossier. Bound to 127.0.0.1 unless told otherwise;
 * requests for another host name (DNS rebinding) and cross-site POSTs are refused.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { z } from 'zod';
import type { RawDoc } from '../model/document.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Dossier } from '../model/dossier.js';
import { derivedId, isDiagnostic, isoDate, readInputs } from '../stages/ingest/read.js';
import type { StoreBuilder } from '../store/builder.js';
import type { Store } from '../store/store.js';
import { renderJson } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderHtml, REPORT_CSP } from '../render/html.js';
import { renderCsv } from '../render/csv.js';
import { renderGeoJson } from '../render/geojson.js';
import type { AddProblem, AddReportsResponse, EventResponse, StatusResponse } from './api.js';

/** Options of {@link createApp}. */
export interface AppOptions {
  /** Adds reports to the store and rebuilds its dossier. */
  readonly builder: StoreBuilder;
  /** Largest pasted text or uploaded file, in bytes (default {@link DEFAULT_MAX_UPLOAD_BYTES}). */
  readonly maxUploadBytes?: number;
  /** Most files in one upload (default 20). */
  readonly maxFiles?: number;
  /** Folder of the built front end (default: dist/web of this package). */
  readonly webRoot?: string;
  /**
   * Host names the app answers to (without port). Default: loopback names only
   * (`localhost`, `127.0.0.1`, `[::1]`); `undefined` entries are ignored. Pass `'*'` to answer to any.
   */
  readonly allowedHosts?: readonly string[];
  /** Log requests (fastify's logger) to stdout. */
  readonly logger?: boolean;
}

/** Default largest report accepted by the app: 5 MB. */
export const DEFAULT_MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
const DEFAULT_MAX_FILES = 20;
const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];
/** The built front end, from src/server (tests) and dist/server (the package) alike. */
const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));
/** What the app's pages may load: their own scripts, styles and API, nothing else. */
const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
/** A document id given with a pasted report. */
const DOC_ID = /^[\w.-]{1,120}$/;
/** Characters kept in an uploaded file's name (the rest become `_`). */
const UNSAFE_NAME = /[^\w.-]+/g;
const HOST_PORT = /^(\[[^\]]+\]|[^:]+)(?::\d+)?$/;

const PASTED_REPORT = z.object({
  text: z.string().refine((t) => t.trim().length > 0, { message: 'must hold the text of the report' }),
  title: z.string().max(1000).optional(),
  published: z.string().max(40).optional(),
  url: z.string().max(4000).optional(),
  id: z.string().regex(DOC_ID, 'may hold letters, digits, `_`, `.` and `-` (1-120 characters)').optional(),
});

const PAGE_QUERY = {
  type: 'object',
  properties: {
    q: { type: 'string', maxLength: 500, default: '' },
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
    offset: { type: 'integer', minimum: 0, default: 0 },
  },
  additionalProperties: false,
} as const;

/** Export formats of `GET /export/dossier.:format`: content type and renderer. */
const EXPORTS: Readonly<Record<string, { readonly type: string; readonly render: (d: Dossier) => string }>> = {
  json: { type: 'application/json; charset=utf-8', render: renderJson },
  md: { type: 'text/markdown; charset=utf-8', render: renderMarkdown },
  html: { type: 'text/html; charset=utf-8', render: (d) => renderHtml(d) },
  csv: { type: 'text/csv; charset=utf-8; header=present', render: (d) => renderCsv(d) },
  geojson: { type: 'application/geo+json; charset=utf-8', render: (d) => renderGeoJson(d) },
};

function problemOf(d: Diagnostic, names: ReadonlyMap<string, string>): AddProblem {
  const file = d.file !== undefined ? (names.get(d.file) ?? basename(d.file)) : undefined;
  return {
    severity: d.severity,
    message: d.message,
    rule: d.ruleId,
    ...(file !== undefined ? { file } : {}),
    ...(d.line !== undefined ? { line: d.line } : {}),
  };
}

/** The host name of a `Host` header (`[::1]:8080` -> `[::1]`), lower-cased. */
function hostName(host: string | undefined): string | undefined {
  const m = host ? HOST_PORT.exec(host.trim().toLowerCase()) : null;
  return m?.[1];
}

/**
 * Turns a pasted report into a raw document, or problems when a field cannot be used.
 * The id is the one given, else derived from the text (as for a JSONL record without one).
 */
function pastedDoc(body: unknown, maxBytes: number): { readonly doc?: RawDoc; readonly problems: AddProblem[] } {
  const parsed = PASTED_REPORT.safeParse(body);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((i) => ({ severity: 'error' as const, message: `\`${i.path.join('.') || 'body'}\` ${i.message}`, rule: 'server/report-shape' })),
    };
  }
  const report = parsed.data;
  const problems: AddProblem[] = [];
  if (Buffer.byteLength(report.text, 'utf8') > maxBytes) {
    return { problems: [{ severity: 'error', message: `the text is larger than the limit of ${maxBytes} bytes`, rule: 'server/too-large' }] };
  }
  const title = report.title?.trim();
  const publishedText = report.published?.trim();
  const published = publishedText ? isoDate(publishedText) : undefined;
  if (publishedText && published === undefined) {
    problems.push({ severity: 'warning', message: `\`published\` is not an ISO 8601 date (\`${publishedText}\`); it was left out`, rule: 'server/published' });
  }
  const urlText = report.url?.trim();
  let url: string | undefined;
  if (urlText) {
    try {
      const parsedUrl = new URL(urlText);
      if (parsedUrl.protocol === 'http:' || parsedUrl.protocol === 'https:') url = parsedUrl.href;
    } catch {
      url = undefined;
    }
    if (url === undefined) problems.push({ severity: 'warning', message: `\`url\` is not an http(s) URL; it was left out`, rule: 'server/url' });
  }
  const id = report.id ?? derivedId(report.text);
  return {
    doc: {
      id,
      path: 'pasted',
      text: report.text,
      ...(title ? { title } : {}),
      ...(published !== undefined ? { published } : {}),
      ...(url !== undefined ? { url } : {}),
    },
    problems,
  };
}

/** Reads uploaded files with the CLI's reader (same formats, checks and ids), from a temporary folder. */
async function readUploads(
  files: readonly { readonly name: string; readonly data: Buffer }[],
  maxBytes: number,
): Promise<{ readonly docs: RawDoc[]; readonly problems: AddProblem[] }> {
  const folder = await mkdtemp(join(tmpdir(), 'corroborate-upload-'));
  const names = new Map<string, string>();
  const docs: RawDoc[] = [];
  const problems: AddProblem[] = [];
  try {
    const paths: string[] = [];
    for (const [i, file] of files.entries()) {
      const safe = basename(file.name).replace(UNSAFE_NAME, '_').replace(/^\.+/, '').slice(-120) || `upload-${i + 1}.txt`;
      // One sub-folder per file keeps two uploads of the same name apart.
      const path = join(folder, `${i}`);
      await mkdir(path);
      const target = join(path, safe);
      await writeFile(target, file.data);
      names.set(target, file.name);
      paths.push(target);
    }
    for await (const item of readInputs(paths, { maxBytes })) {
      if (isDiagnostic(item)) problems.push(problemOf(item, names));
      else docs.push({ ...item, path: names.get(item.path) ?? basename(item.path) });
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  return { docs, problems };
}

/**
 * Builds the fastify app over a store (not listening yet: call `listen`, or `inject` in tests).
 *
 * @example
 * const app = await createApp({ builder: new StoreBuilder(openStore()) });
 * await app.listen({ host: '127.0.0.1', port: 0 });
 */
export async function createApp(options: AppOptions): Promise<FastifyInstance> {
  const { builder } = options;
  const store: Store = builder.store;
  const maxUploadBytes = options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const maxFiles = options.maxFiles ?? DEFAULT_MAX_FILES;
  const webRoot = options.webRoot ?? DEFAULT_WEB_ROOT;
  const allowed = new Set((options.allowedHosts ?? LOOPBACK_HOSTS).map((h) => h.toLowerCase()));
  const indexHtml = await readFile(join(webRoot, 'index.html'), 'utf8');

  // JSON bodies may escape every character of the text (\uXXXX), hence the headroom.
  const app = fastify({ logger: options.logger ?? false, bodyLimit: maxUploadBytes * 6 + 65_536 });
  await app.register(fastifyMultipart, {
    limits: { fileSize: maxUploadBytes, files: maxFiles, fields: 10, fieldSize: maxUploadBytes, parts: maxFiles + 10 },
  });
  await app.register(fastifyStatic, { root: join(webRoot, 'assets'), prefix: '/assets/', index: false, maxAge: 0 });

  app.addHook('onRequest', async (request, reply) => {
    if (!allowed.has('*')) {
      const name = hostName(request.headers.host);
      if (name === undefined || !allowed.has(name)) {
        return reply.code(403).send({ statusCode: 403, error: 'Forbidden', message: `this app does not answer to the host \`${request.headers.host ?? ''}\`` });
      }
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      const origin = request.headers.origin;
      if (origin !== undefined && origin !== 'null') {
        let originHost: string | undefined;
        try {
          originHost = new URL(origin).host.toLowerCase();
        } catch {
          originHost = undefined;
        }
        if (originHost !== request.headers.host?.toLowerCase()) {
          return reply.code(403).send({ statusCode: 403, error: 'Forbidden', message: 'cross-site requests may not change the store' });
        }
      } else if (request.headers['sec-fetch-site'] === 'cross-site') {
        return reply.code(403).send({ statusCode: 403, error: 'Forbidden', message: 'cross-site requests may not change the store' });
      }
    }
    return undefined;
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', APP_CSP);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('cross-origin-opener-policy', 'same-origin');
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    return payload;
  });

  const sendIndex = async (_request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => reply.type('text/html; charset=utf-8').send(indexHtml);
  app.get('/', sendIndex);
  app.get('/events/:id', sendIndex);

  app.get('/api/status', async (): Promise<StatusResponse> => {
    const summary = store.listEvents({ limit: 1, offset: 0 });
    return {
      documents: store.listDocuments({ limit: 1, offset: 0 }).total,
      events: summary.total,
      builtAt: store.builtAt() ?? null,
      maxUploadBytes,
    };
  });

  app.get<{ Querystring: { q: string; limit: number; offset: number } }>('/api/events', { schema: { querystring: PAGE_QUERY } }, async (request) => {
    const { q, limit, offset } = request.query;
    return q.trim() ? store.searchEvents(q, { limit }) : store.listEvents({ limit, offset });
  });

  app.get<{ Params: { id: string } }>('/api/events/:id', async (request, reply) => {
    const event = store.getEvent(request.params.id);
    if (!event) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `there is no event \`${request.params.id}\`` });
    const documents = store.listDocuments({ limit: event.documents.length + 1, offset: 0, ids: event.documents }).items;
    const order = new Map(event.documents.map((d, i) => [d, i]));
    const response: EventResponse = {
      event,
      documents: [...documents].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)),
      lineage: store.lineageAmong(event.documents),
    };
    return response;
  });

  app.get<{ Querystring: { q: string; limit: number; offset: number } }>('/api/documents', { schema: { querystring: PAGE_QUERY } }, async (request) => {
    const { limit, offset } = request.query;
    return store.listDocuments({ limit, offset });
  });

  app.get<{ Params: { id: string } }>('/api/documents/:id', async (request, reply) => {
    const doc = store.getDocument(request.params.id);
    if (!doc) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `there is no document \`${request.params.id}\`` });
    return doc;
  });

  app.post('/api/reports', async (request, reply) => {
    const raws: RawDoc[] = [];
    const problems: AddProblem[] = [];
    if (request.isMultipart()) {
      const fields: Record<string, string> = {};
      const files: { name: string; data: Buffer }[] = [];
      for await (const part of request.parts()) {
        if (part.type === 'file') files.push({ name: part.filename || `upload-${files.length + 1}.txt`, data: await part.toBuffer() });
        else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
      }
      if (fields['text']?.trim()) {
        const pasted = pastedDoc(fields, maxUploadBytes);
        problems.push(...pasted.problems);
        if (pasted.doc) raws.push(pasted.doc);
      }
      const uploads = await readUploads(files, maxUploadBytes);
      raws.push(...uploads.docs);
      problems.push(...uploads.problems);
    } else {
      const pasted = pastedDoc(request.body, maxUploadBytes);
      problems.push(...pasted.problems);
      if (pasted.doc) raws.push(pasted.doc);
    }
    if (raws.length === 0) {
      const tooLarge = problems.some((p) => p.rule === 'server/too-large' || p.rule === 'ingest/read/too-large');
      return reply.code(tooLarge ? 413 : 400).send({
        statusCode: tooLarge ? 413 : 400,
        error: tooLarge ? 'Payload Too Large' : 'Bad Request',
        message: problems.map((p) => p.message).join('; ') || 'no report was given: send `text`, or upload files',
        problems,
      });
    }
    const result = builder.add(raws);
    const response: AddReportsResponse = {
      added: result.added.map((d) => ({ id: d.id, title: d.title ?? null })),
      duplicates: result.duplicates.map((d) => ({ id: d.id, title: d.title ?? null })),
      problems,
      rebuilt: result.rebuilt,
      buildMs: result.buildMs,
    };
    return reply.code(result.added.length > 0 ? 201 : 200).send(response);
  });

  app.get<{ Params: { format: string } }>('/export/dossier.:format', async (request, reply) => {
    const format = EXPORTS[request.params.format];
    if (!format) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `no export \`${request.params.format}\`: json, md, html, csv or geojson` });
    const dossier = store.loadDossier();
    if (!dossier) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: 'no dossier has been built yet: add a report' });
    if (request.params.format === 'html') reply.header('content-security-policy', REPORT_CSP);
    return reply
      .type(format.type)
      .header('content-disposition', `attachment; filename="dossier.${request.params.format}"`)
      .send(format.render(dossier));
  });

  app.setNotFoundHandler(async (request, reply) => {
    if (request.method === 'GET' && !request.url.startsWith('/api/') && !request.url.startsWith('/assets/')) {
      return reply.code(404).type('text/html; charset=utf-8').send(indexHtml);
    }
    return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `no route ${request.method} ${request.url.split('?')[0] ?? ''}` });
  });
  return app;
}
