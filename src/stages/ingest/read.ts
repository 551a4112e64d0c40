/**
 * Reading inputs: files, folders and stdin -> `RawDoc`s, with every problem yielded as a
 * `Diagnostic` instead of thrown. This is the only part of the library that touches the
 * file system (besides the CLI), and it is async.
 *
 * - `.txt`, `.md` (and `.text`, `.markdown`): one document; id = file name without extension.
 * - `.jsonl` (and `.ndjson`): one report a line, `{id, title, published, url, text}`, streamed
 *   line by line so a large dump is never held in memory; a bad line is reported and skipped.
 * - a folder: its files, recursively, sorted by name; hidden entries and unknown extensions
 *   are skipped with an `info` diagnostic.
 * - `-`: stdin; JSONL when its first non-space character is `{`, else one text document `stdin`.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { z } from 'zod';
import type { RawDoc } from '../../model/document.js';
import type { Diagnostic, Severity } from '../../model/diagnostic.js';

/** Options of {@link readInputs}. */
export interface ReadOptions {
  /** The stream `-` reads; the CLI passes `process.stdin`. Without it, `-` is an error. */
  readonly stdin?: NodeJS.ReadableStream;
  /**
   * Largest text file, and largest JSONL line, accepted (bytes); default 20 MB.
   * A JSONL dump as a whole may be larger: it is streamed.
   */
  readonly maxBytes?: number;
}

/** Default {@link ReadOptions.maxBytes}: 20 MB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Rule ids of the reader's diagnostics. */
export const READ_RULES = {
  notFound: 'ingest/read/not-found',
  unreadable: 'ingest/read/unreadable',
  hidden: 'ingest/read/hidden',
  unknownExtension: 'ingest/read/unknown-extension',
  tooLarge: 'ingest/read/too-large',
  empty: 'ingest/read/empty',
  binary: 'ingest/read/binary',
  encoding: 'ingest/read/encoding',
  jsonSyntax: 'ingest/read/jsonl-syntax',
  jsonShape: 'ingest/read/jsonl-shape',
  published: 'ingest/read/published',
  noStdin: 'ingest/read/no-stdin',
} as const;

const TEXT_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.md', '.text', '.markdown']);
const JSONL_EXTENSIONS: ReadonlySet<string> = new Set(['.jsonl', '.ndjson']);

/** One JSONL record. Unknown fields are ignored; `id` may be a number; empty optional fields count as absent. */
const JSONL_RECORD = z.object({
  id: z.union([z.string(), z.number()]).nullish(),
  title: z.string().nullish(),
  published: z.string().nullish(),
  url: z.string().nullish(),
  text: z.string().refine((text) => text.trim().length > 0, { message: 'must be a non-empty string' }),
});

/** ISO 8601 date: YYYY, YYYY-MM, YYYY-MM-DD, or a full timestamp whose date part is kept. */
const ISO_DATE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/;

/**
 * True for a diagnostic, false for a document, in {@link readInputs}' mixed stream.
 *
 * @example
 * for await (const item of readInputs(['in/'])) if (!isDiagnostic(item)) docs.push(item);
 */
export function isDiagnostic(item: RawDoc | Diagnostic): item is Diagnostic {
  return 'severity' in item && 'ruleId' in item;
}

/**
 * Reads files, folders and `-` (stdin) into raw documents. Never throws for bad input:
 * unreadable, binary, empty, oversized files and malformed JSONL lines become diagnostics,
 * and everything else still comes through.
 *
 * @example
 * for await (const item of readInputs(['reports/', 'dump.jsonl'], { maxBytes: 5e6 })) {
 *   if (isDiagnostic(item)) console.error(item.message); else docs.push(item);
 * }
 */
export async function* readInputs(paths: readonly string[], options: ReadOptions = {}): AsyncGenerator<RawDoc | Diagnostic> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const path of paths) {
    if (path === '-') {
      if (options.stdin === undefined) {
        yield problem('error', READ_RULES.noStdin, '-', 'standard input was named but no stream was given; pass `stdin` to readInputs');
      } else {
        yield* readStdin(options.stdin, maxBytes);
      }
      continue;
    }
    let kind: 'file' | 'directory' | 'other';
    try {
      const info = await stat(path);
      kind = info.isDirectory() ? 'directory' : info.isFile() ? 'file' : 'other';
    } catch (error) {
      yield problem('error', READ_RULES.notFound, path, `cannot open: ${reason(error)}; check the path`);
      continue;
    }
    if (kind === 'directory') yield* readDirectory(path, maxBytes);
    else if (kind === 'file') yield* readPath(path, maxBytes, true);
    else yield problem('warning', READ_RULES.unreadable, path, 'is neither a file nor a folder; skipped');
  }
}

async function* readDirectory(directory: string, maxBytes: number): AsyncGenerator<RawDoc | Diagnostic> {
  let names: string[];
  try {
    names = (await readdir(directory)).sort(compareNames);
  } catch (error) {
    yield problem('error', READ_RULES.unreadable, directory, `cannot list the folder: ${reason(error)}`);
    return;
  }
  for (const name of names) {
    const path = join(directory, name);
    if (name.startsWith('.')) {
      yield problem('info', READ_RULES.hidden, path, 'is hidden; skipped');
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      yield problem('error', READ_RULES.unreadable, path, `cannot open: ${reason(error)}`);
      continue;
    }
    if (info.isDirectory()) yield* readDirectory(path, maxBytes);
    else if (info.isFile()) yield* readPath(path, maxBytes, false);
  }
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function* readPath(path: string, maxBytes: number, isExplicit: boolean): AsyncGenerator<RawDoc | Diagnostic> {
  const extension = extname(path).toLowerCase();
  if (JSONL_EXTENSIONS.has(extension)) {
    yield* readJsonlFile(path, maxBytes);
  } else if (TEXT_EXTENSIONS.has(extension)) {
    yield* readTextFile(path, maxBytes);
  } else {
    const known = [...TEXT_EXTENSIONS, ...JSONL_EXTENSIONS].join(', ');
    yield problem(
      isExplicit ? 'warning' : 'info',
      READ_RULES.unknownExtension,
      path,
      `has an extension (\`${extension || 'none'}\`) that is not read; skipped (rename it to one of ${known})`,
    );
  }
}

async function* readTextFile(path: string, maxBytes: number): AsyncGenerator<RawDoc | Diagnostic> {
  let buffer: Buffer;
  try {
    const info = await stat(path);
    if (info.size > maxBytes) {
      yield tooLarge(path, info.size, maxBytes);
      return;
    }
    buffer = await readFile(path);
  } catch (error) {
    yield problem('error', READ_RULES.unreadable, path, `cannot read: ${reason(error)}`);
    return;
  }
  const decoded = decode(buffer, path);
  if ('severity' in decoded) {
    yield decoded;
    return;
  }
  if (decoded.warning !== undefined) yield decoded.warning;
  if (decoded.text.trim().length === 0) {
    yield problem('error', READ_RULES.empty, path, 'is empty; skipped');
    return;
  }
  const name = basename(path);
  yield { id: name.slice(0, name.length - extname(name).length), path, text: decoded.text };
}

/**
 * Decodes a whole buffer: UTF-8 (BOM stripped), UTF-16 LE/BE with a BOM; a NUL byte
 * without a UTF-16 BOM means binary; invalid UTF-8 falls back to Windows-1252 with a warning.
 */
function decode(buffer: Buffer, path: string): { text: string; warning?: Diagnostic } | Diagnostic {
  if (buffer.length === 0) return problem('error', READ_RULES.empty, path, 'is empty; skipped');
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return decodeUtf8(buffer.subarray(3), path);
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buffer.subarray(2)) };
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buffer.subarray(2)) };
  if (buffer.includes(0)) {
    return problem('error', READ_RULES.binary, path, 'looks binary (it holds NUL bytes and no UTF-16 byte order mark); skipped (convert it to UTF-8 text)');
  }
  return decodeUtf8(buffer, path);
}

function decodeUtf8(buffer: Buffer, path: string): { text: string; warning?: Diagnostic } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buffer) };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(buffer),
      warning: problem('warning', READ_RULES.encoding, path, 'is not valid UTF-8; it was read as Windows-1252 (save it as UTF-8 to be sure)'),
    };
  }
}

async function* readJsonlFile(path: string, maxBytes: number): AsyncGenerator<RawDoc | Diagnostic> {
  let head: Buffer;
  let size: number;
  try {
    size = (await stat(path)).size;
    const handle = await open(path, 'r');
    try {
      const probe = Buffer.alloc(Math.min(size, 64 * 1024));
      const { bytesRead } = await handle.read(probe, 0, probe.length, 0);
      head = probe.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    yield problem('error', READ_RULES.unreadable, path, `cannot read: ${reason(error)}`);
    return;
  }
  if (size === 0) {
    yield problem('error', READ_RULES.empty, path, 'is empty; skipped');
    return;
  }
  const isUtf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (isUtf16) {
    // UTF-16 dumps are rare; they are decoded whole, so the size limit applies to the file
    if (size > maxBytes) {
      yield tooLarge(path, size, maxBytes);
      return;
    }
    const decoded = decode(await readFile(path), path);
    if ('severity' in decoded) {
      yield decoded;
      return;
    }
    yield* parseJsonl(linesOfString(decoded.text), path, maxBytes);
    return;
  }
  if (head.includes(0)) {
    yield problem('error', READ_RULES.binary, path, 'looks binary (it holds NUL bytes and no UTF-16 byte order mark); skipped');
    return;
  }
  yield* parseJsonl(linesOfChunks(createReadStream(path), maxBytes), path, maxBytes);
}

/** A line of a JSONL input: its 1-based number and text, or `undefined` text when it was longer than allowed. */
interface NumberedLine {
  readonly line: number;
  readonly text: string | undefined;
  readonly bytes: number;
}

/**
 * Splits a byte stream into lines without holding more than one line (up to `maxBytes`)
 * in memory; a longer line is dropped while it streams and reported by the caller.
 */
async function* linesOfChunks(chunks: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<NumberedLine> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let pendingBytes = 0;
  let isOversized = false;
  let line = 0;
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let from = 0;
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', from)) {
      const part = text.slice(from, newline);
      line++;
      const bytes = pendingBytes + Buffer.byteLength(part);
      yield { line, text: isOversized || bytes > maxBytes ? undefined : pending + part, bytes };
      pending = '';
      pendingBytes = 0;
      isOversized = false;
      from = newline + 1;
    }
    const rest = text.slice(from);
    if (!isOversized) {
      pendingBytes += Buffer.byteLength(rest);
      if (pendingBytes > maxBytes) {
        isOversized = true;
        pending = '';
      } else {
        pending += rest;
      }
    } else {
      pendingBytes += Buffer.byteLength(rest);
    }
  }
  const last = pending + decoder.end();
  if (isOversized || last.length > 0) {
    line++;
    yield { line, text: isOversized ? undefined : last, bytes: pendingBytes };
  }
}

function* linesOfString(text: string): Generator<NumberedLine> {
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    yield { line: index + 1, text: line, bytes: Buffer.byteLength(line) };
  }
}

async function* parseJsonl(
  lines: AsyncIterable<NumberedLine> | Iterable<NumberedLine>,
  path: string,
  maxBytes: number,
): AsyncGenerator<RawDoc | Diagnostic> {
  let records = 0;
  let problems = 0;
  for await (const { line, text: rawLine, bytes } of lines) {
    if (rawLine === undefined) {
      problems++;
      yield lineProblem(path, line, READ_RULES.tooLarge, `the line is ${bytes} bytes, over the ${maxBytes}-byte limit; raise \`--max-bytes\` or shorten the report`);
      continue;
    }
    let text = line === 1 && rawLine.charCodeAt(0) === 0xfeff ? rawLine.slice(1) : rawLine;
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (text.trim().length === 0) continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      problems++;
      yield lineProblem(path, line, READ_RULES.jsonSyntax, `invalid JSON (${reason(error)}); fix the line or remove it`);
      continue;
    }
    const parsed = JSONL_RECORD.safeParse(value);
    if (!parsed.success) {
      problems++;
      const issue = parsed.error.issues[0];
      const field = issue && issue.path.length > 0 ? `field \`${issue.path.join('.')}\`` : 'the line';
      const what = issue?.message ?? 'does not match {id, title, published, url, text}';
      yield lineProblem(path, line, READ_RULES.jsonShape, `${field}: ${what}; each line must be an object with a non-empty string \`text\``);
      continue;
    }
    const record = parsed.data;
    records++;
    const id = record.id !== undefined && record.id !== null && String(record.id).trim() !== '' ? String(record.id) : derivedId(record.text);
    let published: string | undefined;
    if (record.published !== undefined && record.published !== null && record.published.trim() !== '') {
      published = isoDate(record.published.trim());
      if (published === undefined) {
        yield {
          ...lineProblem(path, line, READ_RULES.published, `\`published\` is \`${record.published}\`, not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD); it is ignored`),
          severity: 'warning',
          actual: record.published,
          expected: 'YYYY-MM-DD',
        };
      }
    }
    yield {
      id,
      path,
      line,
      ...(record.title !== undefined && record.title !== null && record.title !== '' ? { title: record.title } : {}),
      ...(published !== undefined ? { published } : {}),
      ...(record.url !== undefined && record.url !== null && record.url !== '' ? { url: record.url } : {}),
      text: record.text,
    };
  }
  if (records === 0 && problems === 0) yield problem('error', READ_RULES.empty, path, 'holds no JSONL records; skipped');
}

/**
 * The date part of an ISO 8601 date or timestamp, or undefined when it is not one.
 *
 * @example
 * isoDate('2016-12-24T10:00:00Z') === '2016-12-24'; isoDate('2016-13') === undefined;
 */
export function isoDate(value: string): string | undefined {
  const match = ISO_DATE.exec(value);
  if (match === null) return undefined;
  const [, year, month, day] = match;
  if (month === undefined) return year;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return undefined;
  if (day === undefined) return `${year}-${month}`;
  const dayNumber = Number(day);
  const daysInMonth = new Date(Date.UTC(Number(year), monthNumber, 0)).getUTCDate();
  if (dayNumber < 1 || dayNumber > daysInMonth) return undefined;
  return `${year}-${month}-${day}`;
}

/** Stable id for a record without one: the first 16 hex digits of the SHA-1 of its text. */
export function derivedId(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 16);
}

async function* readStdin(stream: NodeJS.ReadableStream, maxBytes: number): AsyncGenerator<RawDoc | Diagnostic> {
  const iterator = (stream as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let headBytes = 0;
  let first: number | undefined;
  // read until the first non-space byte tells JSONL from text
  while (first === undefined) {
    const next = await iterator.next();
    if (next.done === true) break;
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    head.push(chunk);
    headBytes += chunk.length;
    first = firstNonSpace(Buffer.concat(head));
  }
  const headBuffer = Buffer.concat(head);
  const isUtf16 = (headBuffer[0] === 0xff && headBuffer[1] === 0xfe) || (headBuffer[0] === 0xfe && headBuffer[1] === 0xff);
  if (first === 0x7b /* { */ && !isUtf16) {
    const rest = async function* (): AsyncGenerator<Buffer> {
      yield headBuffer;
      for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) {
        yield typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
      }
    };
    yield* parseJsonl(linesOfChunks(rest(), maxBytes), '-', maxBytes);
    return;
  }
  // one text document: read it whole, up to the limit
  const chunks: Buffer[] = [headBuffer];
  let total = headBytes;
  for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) {
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    total += chunk.length;
    if (total <= maxBytes) chunks.push(chunk);
  }
  if (total > maxBytes) {
    yield tooLarge('-', total, maxBytes);
    return;
  }
  const decoded = decode(Buffer.concat(chunks), '-');
  if ('severity' in decoded) {
    yield decoded;
    return;
  }
  if (decoded.warning !== undefined) yield decoded.warning;
  const text = decoded.text;
  if (text.trim().length === 0) {
    yield problem('error', READ_RULES.empty, '-', 'standard input is empty; nothing to read');
    return;
  }
  if (text.trimStart().startsWith('{')) {
    // UTF-16 JSONL on stdin: decoded whole above
    yield* parseJsonl(linesOfString(text), '-', maxBytes);
    return;
  }
  yield { id: 'stdin', path: '-', text };
}

/** The first byte that is not ASCII whitespace or a UTF-8 BOM byte, if any. */
function firstNonSpace(buffer: Buffer): number | undefined {
  for (let index = 0; index < buffer.length; index++) {
    const byte = buffer[index] as number;
    if (byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d) continue;
    if (index < 3 && (byte === 0xef || byte === 0xbb || byte === 0xbf)) continue;
    return byte;
  }
  return undefined;
}

function problem(severity: Severity, ruleId: string, file: string, message: string): Diagnostic {
  return { severity, ruleId, stage: 'ingest', file, message: `${file}: ${message}` };
}

function lineProblem(file: string, line: number, ruleId: string, message: string): Diagnostic {
  return { severity: 'error', ruleId, stage: 'ingest', file, line, message: `${file}:${line}: ${message}` };
}

function tooLarge(file: string, size: number, maxBytes: number): Diagnostic {
  return problem(
    'error',
    READ_RULES.tooLarge,
    file,
    `is ${size} bytes, over the ${maxBytes}-byte limit; skipped (raise \`--max-bytes\` or split the file)`,
  );
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
