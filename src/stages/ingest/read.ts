/**
 * Reading inputs: files, folders and stdin -> `RawDoc`s, with every problem yielded as a
 * `Diagnostic` instead of thrown. This is the only part of the library that touches the
 * file system (besides the CLI), and it is async.
 *
 * - `.txt` (and `.text`): one document; id = file name without extension.
 * - `.md` (and `.markdown`): one document, the text its rendered page shows, with the title and
 *   date of its front matter or opening heading (markdown.ts).
 * - `.html`, `.htm`, `.xhtml`: a web page; its article text, title, byline, date and URL (html.ts).
 * - `.pdf`: a PDF's text layer, without running headers, footers and page numbers (pdf.ts).
 * - `.jsonl` (and `.ndjson`): one report a line, `{id, title, published, url, text}`, streamed
 *   line by line so a large dump is never held in memory; a bad line is reported and skipped.
 * - a folder: its files, recursively, sorted by name; hidden entries and unknown extensions
 *   are skipped with an `info` diagnostic, and so are corroborate's own outputs (a Markdown or
 *   web-page dossier, an events JSONL file, the build's `--out`): a dossier saved beside its
 *   reports is not read as one of them by the next build.
 * - `-`: stdin; JSONL when its first non-space character is `{`, a web page when it is `<`, a
 *   PDF when it starts with `%PDF-`, else one text document `stdin`.
 *
 * Bytes become text in decode.ts (BOMs, UTF-8, UTF-16, a page's declared charset,
 * Windows-1252); a lossy decode is reported. Every problem names the file (and line) and says
 * what to do; an unexpected failure on one file is reported as such and the others go on.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { z } from 'zod';
import type { RawDoc } from '../../model/document.js';
import type { Diagnostic, Severity } from '../../model/diagnostic.js';
import { OUTPUT_GENERATOR, OUTPUT_MARK } from '../../model/dossier.js';
import { decodeBytes, declaredCharset, type DecodedText } from './decode.js';
// Note: html.js (linkedom, about 0.3 s to load) is imported on the first web page, and markdown.js
// (with the YAML reader) on the first Markdown file, so a build of text and JSONL loads neither.
import type { HtmlOptions } from './html.js';
import { extractPdf } from './pdf.js';

/** Options of {@link readInputs}. */
export interface ReadOptions {
  /** The stream `-` reads; the CLI passes `process.stdin`. Without it, `-` is an error. */
  readonly stdin?: NodeJS.ReadableStream;
  /**
   * Largest text file, and largest JSONL line, accepted (bytes); default 20 MB.
   * A JSONL dump as a whole may be larger: it is streamed.
   */
  readonly maxBytes?: number;
  /** Limits on web pages (nesting depth, element count); defaults in `HTML_LIMITS`. */
  readonly html?: HtmlOptions;
  /**
   * Files never read, as paths (resolved against the working directory): the CLI passes the
   * build's `--out`, which a folder of inputs may hold from the last run.
   */
  readonly exclude?: readonly string[];
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
  lossy: 'ingest/read/lossy-decode',
  html: 'ingest/read/html',
  pdf: 'ingest/read/pdf',
  markdown: 'ingest/read/markdown',
  failed: 'ingest/read/failed',
  jsonSyntax: 'ingest/read/jsonl-syntax',
  jsonShape: 'ingest/read/jsonl-shape',
  published: 'ingest/read/published',
  noStdin: 'ingest/read/no-stdin',
  ownOutput: 'ingest/read/own-output',
  folderRead: 'ingest/read/folder-read',
} as const;

const TEXT_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.text']);
const MARKDOWN_EXTENSIONS: ReadonlySet<string> = new Set(['.md', '.markdown']);
const JSONL_EXTENSIONS: ReadonlySet<string> = new Set(['.jsonl', '.ndjson']);
const HTML_EXTENSIONS: ReadonlySet<string> = new Set(['.html', '.htm', '.xhtml']);
const PDF_EXTENSIONS: ReadonlySet<string> = new Set(['.pdf']);

/** One JSONL record. Unknown fields are ignored; `id` may be a number; empty optional fields count as absent. */
const JSONL_RECORD = z.object({
  id: z.union([z.string(), z.number()]).nullish(),
  title: z.string().nullish(),
  // A number ("published": 20240211) is read as its digits, and then warned of as a date that is not ISO 8601, as a string would be.
  published: z.union([z.string(), z.number().transform(String)]).nullish(),
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
  const limits: Limits = { maxBytes, html: options.html ?? {}, exclude: new Set((options.exclude ?? []).map((p) => resolve(p))), fileIds: new Set(), visited: new Set() };
  for (const path of paths) {
    if (path === '-') {
      if (options.stdin === undefined) {
        yield problem('error', READ_RULES.noStdin, '-', 'standard input was named but no stream was given; pass `stdin` to readInputs');
      } else {
        yield* guarded('-', readStdin(options.stdin, limits));
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
    if (kind === 'directory') yield* readDirectory(path, limits, path);
    else if (kind === 'file' && isExcluded(limits, path)) yield excludedProblem(path);
    else if (kind === 'file') yield* guarded(path, readPath(path, limits, true, fileId(limits, dirname(path), path)));
    else yield problem('warning', READ_RULES.unreadable, path, 'is neither a file nor a folder; skipped');
  }
}

/** The limits every reader applies. */
interface Limits {
  readonly maxBytes: number;
  readonly html: HtmlOptions;
  /** Resolved paths never read (`ReadOptions.exclude`). */
  readonly exclude: ReadonlySet<string>;
  /** The ids given to files so far (`fileId`). */
  readonly fileIds: Set<string>;
  /** The real paths of the folders read so far: a folder reached again through a link is not read twice. */
  readonly visited: Set<string>;
}

/**
 * The id of a file's report: its name without the extension ("story.txt": `story`); when a file
 * read before took that id, its path from the folder given, without the extension ("a/index.html"
 * and "b/index.html": `index` and `b/index`). Saved web pages are often all called index.html.
 */
function fileId(limits: Limits, root: string, path: string): string {
  const name = idOf(path);
  if (!limits.fileIds.has(name)) {
    limits.fileIds.add(name);
    return name;
  }
  const relativePath = relative(root, path).split(sep).join('/');
  const long = relativePath.slice(0, relativePath.length - extname(relativePath).length);
  if (long === '' || long.startsWith('..') || limits.fileIds.has(long)) return name;
  limits.fileIds.add(long);
  return long;
}

/** Whether a file is one never read (`ReadOptions.exclude`); no path is resolved when none is. */
function isExcluded(limits: Limits, path: string): boolean {
  return limits.exclude.size > 0 && limits.exclude.has(resolve(path));
}

/** The note that a file is the build's own output (`ReadOptions.exclude`). */
function excludedProblem(path: string): Diagnostic {
  return problem('info', READ_RULES.ownOutput, path, "is this build's output file (`--out`); not read as a report");
}

/**
 * Whether a text is a dossier corroborate wrote: a Markdown dossier opens with `OUTPUT_MARK`, a web
 * page names corroborate as its generator in its head.
 */
function isOwnOutput(text: string): boolean {
  if (text.startsWith(OUTPUT_MARK)) return true;
  const head = text.slice(0, 4096);
  return head.includes(OUTPUT_GENERATOR);
}

/** The note that a file is a dossier corroborate wrote. */
function ownOutputProblem(path: string): Diagnostic {
  return problem('info', READ_RULES.ownOutput, path, 'is a dossier corroborate wrote, not a report; skipped (a build reads reports only)');
}

/**
 * Runs one input's reader, turning an unexpected exception (a bug here or in a parser) into an
 * error that names the input, so the other inputs are still read. The stack goes in `note`,
 * which the CLI prints only with `--debug`.
 */
async function* guarded(path: string, reader: AsyncGenerator<RawDoc | Diagnostic>): AsyncGenerator<RawDoc | Diagnostic> {
  try {
    yield* reader;
  } catch (error) {
    yield {
      ...problem('error', READ_RULES.failed, path, `could not be read: ${reason(error)}; skipped (if the input itself is fine, this is a bug in corroborate: report it with the input; \`--debug\` shows the stack trace)`),
      ...(error instanceof Error && error.stack !== undefined ? { note: error.stack } : {}),
    };
  }
}

async function* readDirectory(directory: string, limits: Limits, root: string): AsyncGenerator<RawDoc | Diagnostic> {
  let names: string[];
  try {
    // A folder reached again through a link (a loop, "sub/loop -> ..") is read once.
    const real = await realpath(directory);
    if (limits.visited.has(real)) {
      yield problem('info', READ_RULES.folderRead, directory, 'is a folder already read (through a link); skipped');
      return;
    }
    limits.visited.add(real);
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
    if (info.isDirectory()) yield* readDirectory(path, limits, root);
    else if (info.isFile() && isExcluded(limits, path)) yield excludedProblem(path);
    else if (info.isFile()) yield* guarded(path, readPath(path, limits, false, fileId(limits, root, path)));
  }
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function* readPath(path: string, limits: Limits, isExplicit: boolean, id: string): AsyncGenerator<RawDoc | Diagnostic> {
  const extension = extname(path).toLowerCase();
  const maxBytes = limits.maxBytes;
  if (JSONL_EXTENSIONS.has(extension)) {
    yield* readJsonlFile(path, maxBytes);
  } else if (TEXT_EXTENSIONS.has(extension)) {
    yield* readTextFile(path, maxBytes, id);
  } else if (MARKDOWN_EXTENSIONS.has(extension)) {
    yield* readMarkdownFile(path, maxBytes, id);
  } else if (HTML_EXTENSIONS.has(extension)) {
    const bytes = yield* readWhole(path, maxBytes);
    if (bytes !== undefined) yield* readHtml(bytes, path, id, limits.html);
  } else if (PDF_EXTENSIONS.has(extension)) {
    const bytes = yield* readWhole(path, maxBytes);
    if (bytes !== undefined) yield* readPdf(bytes, path, id);
  } else {
    const known = [...TEXT_EXTENSIONS, ...MARKDOWN_EXTENSIONS, ...HTML_EXTENSIONS, ...PDF_EXTENSIONS, ...JSONL_EXTENSIONS].join(', ');
    yield problem(
      isExplicit ? 'warning' : 'info',
      READ_RULES.unknownExtension,
      path,
      `has an extension (\`${extension || 'none'}\`) that is not read; skipped (rename it to one of ${known})`,
    );
  }
}

function idOf(path: string): string {
  const name = basename(path);
  return name.slice(0, name.length - extname(name).length);
}

/** A whole file's bytes, or undefined after yielding why it cannot be read (missing, over the limit). */
async function* readWhole(path: string, maxBytes: number): AsyncGenerator<Diagnostic, Buffer | undefined> {
  try {
    const info = await stat(path);
    if (info.size > maxBytes) {
      yield tooLarge(path, info.size, maxBytes);
      return undefined;
    }
    return await readFile(path);
  } catch (error) {
    yield problem('error', READ_RULES.unreadable, path, `cannot read: ${reason(error)}`);
    return undefined;
  }
}

/** A whole text file, decoded, or undefined after yielding why it cannot be used (unreadable, binary, empty). */
async function* readDecodedText(path: string, maxBytes: number): AsyncGenerator<Diagnostic, string | undefined> {
  const buffer = yield* readWhole(path, maxBytes);
  if (buffer === undefined) return undefined;
  const decoded = decode(buffer, path);
  if ('severity' in decoded) {
    yield decoded;
    return undefined;
  }
  yield* decoded.warnings;
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  if (text.trim().length === 0) {
    yield problem('error', READ_RULES.empty, path, 'is empty; skipped');
    return undefined;
  }
  if (isOwnOutput(text)) {
    yield ownOutputProblem(path);
    return undefined;
  }
  return text;
}

async function* readTextFile(path: string, maxBytes: number, id: string): AsyncGenerator<RawDoc | Diagnostic> {
  const text = yield* readDecodedText(path, maxBytes);
  if (text !== undefined) yield { id, path, text };
}

/**
 * A Markdown file as the text its rendered page shows (markdown.ts): headings, emphasis, links and
 * front matter left out of the text, the title and date of the front matter (or of an opening
 * heading) kept as metadata, and every offset mapped back to the file.
 */
async function* readMarkdownFile(path: string, maxBytes: number, id: string): AsyncGenerator<RawDoc | Diagnostic> {
  const source = yield* readDecodedText(path, maxBytes);
  if (source === undefined) return;
  const { extractMarkdown } = await import('./markdown.js');
  const md = extractMarkdown(source);
  if (md.frontMatterProblem !== undefined) {
    yield problem('warning', READ_RULES.markdown, path, `has a front matter block that is not valid YAML (${md.frontMatterProblem}); its title and date were not read (fix the block between the \`---\` lines)`);
  }
  if (md.text.trim().length === 0) {
    yield problem('error', READ_RULES.empty, path, 'has no text outside its Markdown markup; skipped');
    return;
  }
  const published = yield* checkedPublished(md.published, path, 'front matter');
  yield {
    id,
    path,
    ...(md.title !== undefined ? { title: md.title } : {}),
    ...(published !== undefined ? { published } : {}),
    ...(md.url !== undefined ? { url: md.url } : {}),
    text: md.text,
    page: { format: 'markdown', raw: source, offsets: md.offsets },
  };
}

/**
 * Decodes a whole buffer (see `decodeBytes`): an error for an empty or non-text file, else the
 * text with a warning when it was not UTF-8 or when characters were lost.
 */
function decode(buffer: Uint8Array, path: string, declared?: string): { text: string; warnings: Diagnostic[] } | Diagnostic {
  if (buffer.length === 0) return problem('error', READ_RULES.empty, path, 'is empty; skipped');
  const decoded = decodeBytes(buffer, declared);
  if (!decoded.isText) return problem('error', READ_RULES.binary, path, `looks binary: it is ${decoded.what}; skipped (${decoded.advice})`);
  return { text: decoded.text, warnings: decodeWarnings(decoded, path) };
}

function decodeWarnings(decoded: DecodedText, path: string): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  const place = (line: number | undefined): { file: string; line?: number } => ({ file: path, ...(line !== undefined ? { line } : {}) });
  if (decoded.basis === 'fallback') {
    warnings.push({
      ...problem('warning', READ_RULES.encoding, path, `is not valid UTF-8 (from line ${decoded.firstNonUtf8Line ?? 1}); it was read as Windows-1252 (save it as UTF-8 to be sure)`),
      ...place(decoded.firstNonUtf8Line),
      actual: decoded.encoding,
      expected: 'utf-8',
    });
  } else if (decoded.basis === 'detected' && decoded.encoding !== 'utf-8') {
    warnings.push({
      ...problem('info', READ_RULES.encoding, path, `has no byte order mark; it was read as ${decoded.encoding.toUpperCase()}`),
      actual: decoded.encoding,
    });
  }
  if (decoded.lossy !== undefined) {
    const count = decoded.lossy.count;
    warnings.push({
      ...problem(
        'warning',
        READ_RULES.lossy,
        path,
        `${count} character${count === 1 ? '' : 's'} could not be decoded as ${decoded.encoding.toUpperCase()} (first on line ${decoded.lossy.line}) and ${count === 1 ? 'was' : 'were'} replaced; check the file's encoding, or re-save it as UTF-8`,
      ),
      ...place(decoded.lossy.line),
    });
  }
  return warnings;
}

/** A web page's article as a document, or the error that says why the page cannot be used. */
async function* readHtml(bytes: Uint8Array, path: string, id: string, options: HtmlOptions): AsyncGenerator<RawDoc | Diagnostic> {
  const { extractHtml } = await import('./html.js');
  const decoded = decode(bytes, path, declaredCharset(bytes));
  if ('severity' in decoded) {
    yield decoded;
    return;
  }
  yield* decoded.warnings;
  const page = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  if (page.trim().length === 0) {
    yield problem('error', READ_RULES.empty, path, 'is empty; skipped');
    return;
  }
  if (isOwnOutput(page)) {
    yield ownOutputProblem(path);
    return;
  }
  const article = extractHtml(page, options);
  if (article.isRejected) {
    yield problem('error', article.ruleId, path, `${article.reason}; skipped (${article.advice})`);
    return;
  }
  if (article.text.trim().length === 0) {
    yield problem('error', READ_RULES.empty, path, 'is a web page with no text; skipped (check that the page was saved after it loaded, or save the article as text)');
    return;
  }
  if (!article.isArticle) {
    yield problem('warning', READ_RULES.html, path, 'has no recognisable article; the text of the whole page was read (navigation, header and footer left out): check the figures taken from it');
  }
  if (article.approximateNodes > 0) {
    yield problem('info', READ_RULES.html, path, `${article.approximateNodes} passages of the page were placed by search; their links back to the page may be approximate`);
  }
  const published = yield* checkedPublished(article.published, path, article.publishedSource);
  yield {
    id,
    path,
    ...(article.title !== undefined ? { title: article.title } : {}),
    ...(published !== undefined ? { published } : {}),
    ...(article.url !== undefined ? { url: article.url } : {}),
    ...(article.byline !== undefined ? { byline: article.byline } : {}),
    text: article.text,
    page: { format: 'html', raw: page, offsets: article.offsets },
  };
}

function* checkedPublished(value: string | undefined, path: string, source: string | undefined): Generator<Diagnostic, string | undefined> {
  if (value === undefined) return undefined;
  const published = isoDate(value.trim());
  if (published === undefined) {
    yield {
      ...problem('warning', READ_RULES.published, path, `its publication date (${source ?? 'metadata'}) is \`${value}\`, not an ISO 8601 date; it is ignored`),
      actual: value,
      expected: 'YYYY-MM-DD',
    };
  }
  return published;
}

/** A PDF's text as a document, or the error that says why it cannot be used. */
async function* readPdf(bytes: Uint8Array, path: string, id: string): AsyncGenerator<RawDoc | Diagnostic> {
  if (bytes.length === 0) {
    yield problem('error', READ_RULES.empty, path, 'is empty; skipped');
    return;
  }
  const pdf = await extractPdf(bytes);
  if (pdf.isRejected) {
    yield problem('error', pdf.ruleId, path, `${pdf.reason}; skipped (${pdf.advice})`);
    return;
  }
  if (pdf.isTruncated) {
    yield problem('warning', READ_RULES.pdf, path, 'has no end-of-file marker, so it may have been cut short; what it holds was read (download it again to be sure)');
  }
  if (pdf.failedPages.length > 0) {
    yield problem('warning', READ_RULES.pdf, path, `page${pdf.failedPages.length === 1 ? '' : 's'} ${pageList(pdf.failedPages)} could not be read and ${pdf.failedPages.length === 1 ? 'was' : 'were'} skipped (export the PDF again)`);
  }
  if (pdf.pagesWithoutText.length > 0) {
    yield problem('warning', READ_RULES.pdf, path, `page${pdf.pagesWithoutText.length === 1 ? '' : 's'} ${pageList(pdf.pagesWithoutText)} of ${pdf.pages} ${pdf.pagesWithoutText.length === 1 ? 'has' : 'have'} no text layer (scanned?); OCR the PDF to read ${pdf.pagesWithoutText.length === 1 ? 'it' : 'them'}`);
  }
  if (pdf.text.trim().length === 0) {
    yield problem('error', READ_RULES.empty, path, 'holds only page headers, footers and page numbers; skipped');
    return;
  }
  yield {
    id,
    path,
    ...(pdf.title !== undefined ? { title: pdf.title } : {}),
    text: pdf.text,
    page: { format: 'pdf', raw: pdf.layer, offsets: pdf.offsets },
  };
}

function pageList(pages: readonly number[]): string {
  const shown = pages.slice(0, 10).join(', ');
  return pages.length > 10 ? `${shown} and ${pages.length - 10} more` : shown;
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
    yield* decoded.warnings;
    yield* parseJsonl(linesOfString(decoded.text), path, maxBytes);
    return;
  }
  if (head.includes(0)) {
    const what = decodeBytes(head);
    const description = what.isText ? 'UTF-16 text without a byte order mark' : what.what;
    yield problem('error', READ_RULES.binary, path, `looks binary: it is ${description}; skipped (a JSONL dump must be UTF-8 text, one JSON object a line)`);
    return;
  }
  yield* parseJsonl(linesOfChunks(createReadStream(path), maxBytes), path, maxBytes);
}

/** A line of a JSONL input: its 1-based number and text, or `undefined` text when it was longer than allowed. */
interface NumberedLine {
  readonly line: number;
  readonly text: string | undefined;
  readonly bytes: number;
  /** The line held bytes that are not UTF-8 (they became U+FFFD). */
  readonly isLossy?: boolean;
}

/**
 * Splits a byte stream into lines without holding more than one line (up to `maxBytes`)
 * in memory; a longer line is dropped while it streams and reported by the caller.
 */
async function* linesOfChunks(chunks: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<NumberedLine> {
  const decoder = new StringDecoder('utf8');
  // Note: a second, strict decoder only tells whether the bytes are valid UTF-8; once it has
  // failed, lines holding U+FFFD are marked lossy (a dump may hold a genuine U+FFFD too)
  const validator = new TextDecoder('utf-8', { fatal: true });
  let isInvalid = false;
  let pending = '';
  let pendingBytes = 0;
  let isOversized = false;
  let line = 0;
  for await (const chunk of chunks) {
    if (!isInvalid && typeof chunk !== 'string') {
      try {
        validator.decode(chunk, { stream: true });
      } catch {
        isInvalid = true;
      }
    }
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let from = 0;
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', from)) {
      const part = text.slice(from, newline);
      line++;
      const bytes = pendingBytes + Buffer.byteLength(part);
      const lineText = isOversized || bytes > maxBytes ? undefined : pending + part;
      const isLossy = isInvalid && lineText !== undefined && lineText.includes('\ufffd');
      yield { line, text: lineText, bytes, ...(isLossy ? { isLossy } : {}) };
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
  if (!isInvalid) {
    try {
      validator.decode();
    } catch {
      isInvalid = true;
    }
  }
  if (isOversized || last.length > 0) {
    line++;
    const isLossy = isInvalid && !isOversized && last.includes('\ufffd');
    yield { line, text: isOversized ? undefined : last, bytes: pendingBytes, ...(isLossy ? { isLossy } : {}) };
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
  let lossyLines = 0;
  let firstLossyLine = 0;
  for await (const { line, text: rawLine, bytes, isLossy } of lines) {
    if (isLossy === true) {
      lossyLines++;
      if (firstLossyLine === 0) firstLossyLine = line;
    }
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
    // The events file of `build --format jsonl` (an event a line: its documents, figures, no text).
    if (records === 0 && problems === 0 && isEventRecord(value)) {
      yield problem('info', READ_RULES.ownOutput, path, 'holds events corroborate wrote (`build --format jsonl`), not reports; skipped (a build reads reports only)');
      return;
    }
    const parsed = JSONL_RECORD.safeParse(value);
    if (!parsed.success) {
      problems++;
      const issue = parsed.error.issues[0];
      const field = issue && issue.path.length > 0 ? `field \`${issue.path.join('.')}\`` : 'the line';
      const what = issue?.message ?? 'does not match {id, title, published, url, text}';
      const hint = issue?.path[0] === 'text' || issue === undefined || issue.path.length === 0 ? 'each line must be an object with a non-empty string `text`' : '`id` is a string or a number, `title` and `url` strings';
      yield lineProblem(path, line, READ_RULES.jsonShape, `${field}: ${what}; ${hint}`);
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
  if (lossyLines > 0) {
    yield {
      ...lineProblem(
        path,
        firstLossyLine,
        READ_RULES.lossy,
        `${lossyLines} line${lossyLines === 1 ? '' : 's'} (the first is this one) held bytes that are not UTF-8; they were replaced by U+FFFD (re-save the dump as UTF-8)`,
      ),
      severity: 'warning',
    };
  }
  if (records === 0 && problems === 0) yield problem('error', READ_RULES.empty, path, 'holds no JSONL records; skipped');
}

/** Whether a JSONL line is an event record corroborate wrote: documents and figures, no text. */
function isEventRecord(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  return record['text'] === undefined && Array.isArray(record['documents']) && Array.isArray(record['figures']);
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

async function* readStdin(stream: NodeJS.ReadableStream, limits: Limits): AsyncGenerator<RawDoc | Diagnostic> {
  const maxBytes = limits.maxBytes;
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
  const bytes = Buffer.concat(chunks);
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') {
    yield* readPdf(bytes, '-', 'stdin');
    return;
  }
  if (first === 0x3c /* < */ && !isUtf16) {
    yield* readHtml(bytes, '-', 'stdin', limits.html);
    return;
  }
  const decoded = decode(bytes, '-');
  if ('severity' in decoded) {
    yield decoded;
    return;
  }
  yield* decoded.warnings;
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
