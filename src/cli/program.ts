/**
 * The `corroborate` command line. Argument parsing, file I/O and exit codes live here; the work is
 * the library's. Exit codes: 0 every input used, 1 some input rejected (the output of the rest is
 * still written), 2 usage error, 3 an evaluation fell below its pinned floors.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { createContext } from '../pipeline/stage.js';
import { assembleDossier, lineageFromLinks } from '../pipeline/build.js';
import { LineageIndex } from '../stages/lineage/index.js';
import { analyzeDocuments, withCollectionDatelines, type DocAnalysis } from '../pipeline/analyze.js';
import { AnalysisPool, defaultThreads, MIN_POOL_DOCS, streamThreads } from '../pipeline/pool.js';
import { StreamBuilder } from '../pipeline/stream.js';
import { DEFAULT_GROUP_OPTIONS } from '../stages/group/index.js';
import { readInputs } from '../stages/ingest/read.js';
import { createWriteStream, statSync } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { dirname, resolve } from 'node:path';
import { Progress, inputBytes } from './progress.js';
import { jsonChunks, renderJson } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderHtml } from '../render/html.js';
import { renderCsv } from '../render/csv.js';
import { renderGeoJson } from '../render/geojson.js';
import type { Dossier } from '../model/dossier.js';
import type { RawDoc } from '../model/document.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { PlaceLocation } from '../render/csv.js';
import { loadGazetteer } from '../stages/entities/gazetteer.js';
import { namedAreas, placeWithin } from '../stages/entities/places.js';

/** Coordinates of an event's main place from the offline gazetteer, read within its state and country (`placeWithin`). */
function locatePlace(place: string, within: readonly string[]): PlaceLocation | undefined {
  const gazetteer = loadGazetteer();
  const hit = placeWithin(place, namedAreas(within, gazetteer), gazetteer);
  if (!hit || hit.lat === undefined || hit.lon === undefined) return undefined;
  return { latitude: hit.lat, longitude: hit.lon, precision: hit.precision, ...(hit.region !== undefined ? { admin1: hit.region } : {}) };
}
import { duplicateIdProblem, formatDiagnostic, isDiagnostic, readAll, storedIdProblem } from './inputs.js';
import { runEval } from './eval.js';

const FORMATS = ['json', 'md', 'html', 'csv', 'geojson', 'jsonl'] as const;
type Format = (typeof FORMATS)[number];

/** The renderer of each whole-dossier output format (`jsonl` streams events instead). */
const RENDERERS: Readonly<Record<Exclude<Format, 'jsonl'>, (dossier: Dossier) => string>> = {
  json: renderJson,
  md: renderMarkdown,
  html: (dossier) => renderHtml(dossier),
  csv: (dossier) => renderCsv(dossier, { locate: locatePlace }),
  geojson: (dossier) => renderGeoJson(dossier, { locate: locatePlace }),
};

interface BuildCliOptions {
  format: Format;
  out?: string;
  debug?: boolean;
  maxBytes?: number;
  threads?: number;
  oneEvent?: boolean;
  store?: string;
  presorted?: boolean;
}

/**
 * Prints a problem met on the way (an input refused, an analysis that failed, a warning such as a
 * document whose dates were read only in part) as `file:line: severity: message (rule)`, with its
 * stack trace under `--debug`; says whether it was an error. Analyses' notes of severity `info`
 * (a publication date inferred) are not printed: they are in the dossier.
 */
function printProblem(d: Diagnostic, options: { readonly debug?: boolean }, progress?: Progress): boolean {
  if (d.severity !== 'error') {
    const seen = (printedWarnings.get(d.ruleId) ?? 0) + 1;
    printedWarnings.set(d.ruleId, seen);
    if (seen > WARNINGS_SHOWN_PER_RULE) return false;
  }
  progress?.done();
  process.stderr.write(`${formatDiagnostic(d)}\n`);
  if (options.debug && d.note !== undefined) process.stderr.write(`${d.note}\n`);
  return d.severity === 'error';
}

/**
 * Warnings of one rule printed in a run; the rest are counted, not printed (`printHeldBack`): a dump
 * of 10,000 reports in Spanish is 20 warnings and one line, not 10,000 lines. Errors (a rejected
 * input) are all printed.
 */
const WARNINGS_SHOWN_PER_RULE = 20;
/** The warnings of each rule met in this run of a command (`printProblem`). */
const printedWarnings = new Map<string, number>();

/** One line for each rule whose warnings were held back (`WARNINGS_SHOWN_PER_RULE`), then a fresh count. */
function printHeldBack(): void {
  for (const [rule, seen] of printedWarnings) {
    if (seen > WARNINGS_SHOWN_PER_RULE) process.stderr.write(`corroborate: ${seen - WARNINGS_SHOWN_PER_RULE} more warnings like these (${rule}) not shown, ${seen} in all\n`);
  }
  printedWarnings.clear();
}

/** "1 event", "2 events". */
function counted(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * What the reader takes of the CLI's options: the size limit, and the `--out` file, never read as a
 * report (it may sit in the folder of the inputs from the last build).
 */
function readOptions(options: { readonly maxBytes?: number; readonly out?: string }): { maxBytes?: number; exclude?: string[] } {
  return { ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}), ...(options.out !== undefined ? { exclude: [options.out] } : {}) };
}

/**
 * A dossier in an output format, a piece at a time: JSON in pieces (`jsonChunks`: a large dossier's
 * text is never held whole), the other formats whole.
 */
function rendered(dossier: Dossier, format: Exclude<Format, 'jsonl'>): Iterable<string> {
  return format === 'json' ? jsonChunks(dossier) : [RENDERERS[format](dossier)];
}

/** Pieces of output are written in writes of about this many characters. */
const WRITE_CHARACTERS = 1 << 20;

/**
 * Writes pieces of text to the file `out`, or to stdout, a write of about `WRITE_CHARACTERS` at a
 * time, waiting while the output is full. An error of the file (a full disk) rejects.
 * Note: with the text made whole and written at once (and the analyses kept till then), a JSON build
 * of 10,000 synthetic reports peaked at 1.73 GB RSS, gva-dev at 329-337 MB; in pieces, 1.06 GB and
 * 277-282 MB, the same bytes.
 */
async function emit(pieces: Iterable<string>, out: string | undefined): Promise<void> {
  const file = out !== undefined ? createWriteStream(out) : undefined;
  const stream = file ?? process.stdout;
  let failure: Error | undefined;
  // Note: stdout's errors are main.ts's (a closed pipe ends the run quietly).
  file?.on('error', (e) => (failure ??= e));
  let pending = '';
  for (const piece of pieces) {
    pending += piece;
    if (pending.length < WRITE_CHARACTERS) continue;
    if (!stream.write(pending)) await once(stream, 'drain');
    pending = '';
    if (failure) throw failure;
  }
  if (file) {
    file.end(pending);
    await finished(file);
  } else if (pending !== '') process.stdout.write(pending);
  if (failure) throw failure;
}

/**
 * `build --store db`: reports not stored yet are analysed on all cores and stored with their
 * analyses a batch per transaction (an interrupted build keeps every finished batch; running it
 * again skips what is stored), then the dossier is rebuilt from the store (in bounded memory for a
 * large store: `StoreBuilder.refresh`), which rewrites only the events that changed, and the
 * output is rendered from what the store holds: `jsonl` an event at a time, the other formats from
 * the whole dossier (they are one document).
 */
async function buildInStore(inputs: string[], options: BuildCliOptions, path: string): Promise<number> {
  const { openStore } = await import('../store/store.js');
  const { StoreBuilder } = await import('../store/builder.js');
  const store = openStore(path);
  try {
    const now = new Date();
    const builder = new StoreBuilder(store, { now: () => now, build: { grouping: options.oneEvent ? 'one' : 'auto' } });
    const pool = new AnalysisPool({ now, threads: options.threads ?? streamThreads() });
    const progress = new Progress(process.stderr, await inputBytes(inputs));
    const inFlight: Promise<void>[] = [];
    let failed = false;
    let added = 0;
    let skipped = 0;
    let batch: RawDoc[] = [];
    // Ids read but not stored yet (the store answers for the rest): memory holds the batches in flight, not every id.
    const pending = new Set<string>();
    let bytes = 0;
    const send = async (): Promise<void> => {
      const raws = batch;
      batch = [];
      // The workers send back the analyses as the store keeps them (JSON), so the main thread only writes them.
      const analysed = pool.analyzeForStream(raws);
      const previous = inFlight[inFlight.length - 1] ?? Promise.resolve();
      // Batches are stored in input order, each in its own transaction.
      inFlight.push(
        Promise.all([analysed, previous]).then(([{ items, diagnostics }]) => {
          for (const d of diagnostics) if (d.severity !== 'info' && printProblem(d, options, progress)) failed = true;
          added += builder.storeSpilled(raws, items, diagnostics).added.length;
          for (const r of raws) pending.delete(r.id);
          progress.update(added, bytes, 0);
        }),
      );
      while (inFlight.length > Math.max(2, pool.threads * 2)) await inFlight.shift();
    };
    try {
      for await (const item of readInputs(inputs, { stdin: process.stdin, ...readOptions(options) })) {
        if (isDiagnostic(item)) {
          if (printProblem(item, options, progress)) failed = true;
          continue;
        }
        if (pending.has(item.id)) {
          if (printProblem(duplicateIdProblem(item), options, progress)) failed = true;
          continue;
        }
        // The same report again is skipped (a build is idempotent); another report under a stored id is refused.
        const stored = store.inputText(item.id);
        if (stored !== undefined) {
          if (stored === item.text) skipped++;
          else if (printProblem(storedIdProblem(item, path), options, progress)) failed = true;
          continue;
        }
        pending.add(item.id);
        bytes += item.text.length;
        batch.push(item);
        if (batch.length >= pool.batchSize) await send();
      }
      if (batch.length > 0) await send();
      for (const p of inFlight) await p;
    } finally {
      await pool.close();
      progress.done();
    }
    const started = performance.now();
    const { events, bounded } = await builder.refresh(options.threads !== undefined ? { threads: options.threads } : {});
    process.stderr.write(
      `corroborate: ${added} report${added === 1 ? '' : 's'} added to ${path}, ${skipped} already stored; ${store.inputCount()} in all; ` +
        `events: ${events.written} written, ${events.kept} unchanged, ${events.deleted} removed (${Math.round(performance.now() - started)} ms` +
        `${bounded ? ', rebuilt in bounded memory: lineage within events, no entities' : ''})\n`,
    );
    // jsonl as `build --format jsonl` writes it: each event with the lineage links among its documents, read one at a time
    if (options.format === 'jsonl') await emit(store.eventLines(), options.out);
    else {
      const dossier = store.loadDossier();
      if (dossier) await emit(rendered(dossier, options.format), options.out);
    }
    return failed ? 1 : 0;
  } finally {
    store.close();
  }
}

async function build(inputs: string[], options: BuildCliOptions): Promise<number> {
  if (options.store !== undefined) return buildInStore(inputs, options, options.store);
  if (options.format === 'jsonl') return buildStream(inputs, options);
  const note = largeInputNote(await inputBytes(inputs));
  if (note !== undefined) process.stderr.write(note);
  const { docs, problems } = await readAll(inputs, readOptions(options));
  // a reader's unexpected failure carries its stack trace, shown only when asked for
  for (const p of problems) printProblem(p, options);
  const now = new Date();
  const ctx = createContext({ now, options: { debug: options.debug ?? false } });
  for (const p of problems) ctx.report(p);
  const progress = new Progress(process.stderr, undefined);
  const bytes = docs.reduce((sum, d) => sum + d.text.length, 0);
  // Debug output is collected by the main thread's context, so --debug analyses there.
  const pool = new AnalysisPool({ now, threads: options.debug || docs.length < MIN_POOL_DOCS ? 0 : (options.threads ?? defaultThreads()) });
  let analyses: DocAnalysis[];
  let dossier: Dossier;
  let failedAnalyses = false;
  // Lineage indexes each analysis as it comes in, while the workers go on with the next ones.
  const lineage = new LineageIndex();
  try {
    if (options.debug) analyses = analyzeDocuments(docs, ctx);
    else {
      const result = await pool.analyzeAll(
        docs,
        (done) => progress.update(done, (bytes * done) / Math.max(docs.length, 1), 0),
        (batch) => {
          for (const a of batch) lineage.add({ id: a.doc.id, text: a.doc.text });
        },
      );
      analyses = result.analyses;
      for (const d of result.diagnostics) {
        ctx.report(d);
        if (d.severity !== 'info' && printProblem(d, options, progress)) failedAnalyses = true;
      }
    }
    if (options.debug) for (const a of analyses) lineage.add({ id: a.doc.id, text: a.doc.text });
    // Datelines without a year read in the year of the other reports (the text, which lineage read, is the same).
    analyses = withCollectionDatelines(docs, analyses, ctx);
    const links = lineageFromLinks(
      analyses.map((a) => a.doc.id),
      lineage.links(),
    );
    // Note: grouping and the events' records on the main thread: sending the analyses back to the
    // workers to build events there measured slower on gva-dev (the transfer costs more than it saves).
    dossier = assembleDossier(analyses, ctx, links, { grouping: options.oneEvent ? 'one' : 'auto' });
  } finally {
    await pool.close();
    progress.done();
  }
  // The analyses are not needed past the dossier: let them go before its text is made.
  analyses = [];
  await emit(rendered(dossier, options.format), options.out);
  if (options.debug) for (const entry of ctx.debugLog) process.stderr.write(`debug: ${debugLine(entry)}\n`);
  if (docs.length === 0) process.stderr.write('no documents were read: give .txt, .md, .html, .pdf or .jsonl files, folders of them, or - for stdin\n');
  return problems.some((p) => p.severity === 'error') || failedAnalyses || docs.length === 0 ? 1 : 0;
}

/**
 * `build --format jsonl`: reads the inputs as a stream, analyses on all cores, groups online and
 * writes each event as one JSON line as soon as it closes (with the lineage among its documents).
 */
async function buildStream(inputs: string[], options: BuildCliOptions): Promise<number> {
  if (options.oneEvent) {
    process.stderr.write('corroborate: --one-event needs the whole dossier: use --format json (or md, html, csv, geojson) with it, not jsonl\n');
    return 2;
  }
  const out = options.out ? createWriteStream(options.out) : process.stdout;
  // A file that cannot be written (a full disk) ends the run as stdout's errors do (main.ts):
  // named, exit 1, through `process.exit`, whose handlers delete the stream's temporary file.
  if (options.out) {
    out.on('error', (e: Error) => {
      process.stderr.write(`corroborate: cannot write the output: ${e.message}\n`);
      process.exit(1);
    });
  }
  const write = (line: string): Promise<void> | void => {
    if (!out.write(line)) return new Promise((resolve) => out.once('drain', () => resolve()));
  };
  const progress = new Progress(process.stderr, await inputBytes(inputs));
  let failed = false;
  let bytes = 0;
  let events = 0;
  // An interrupt ends the process through `process.exit`, whose exit handlers delete the stream's
  // temporary file (a signal's default action ends it at once and leaves the file behind). Set
  // before the stream makes its file.
  const interrupted = (signal: NodeJS.Signals): void => process.exit(signal === 'SIGINT' ? 130 : 143);
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  const stream = new StreamBuilder({
    now: new Date(),
    ...(options.threads !== undefined ? { threads: options.threads } : {}),
    order: options.presorted ? 'arrival' : 'date',
    onEvent: ({ event, lineage }) => {
      events++;
      return write(`${JSON.stringify({ ...event, lineage })}\n`);
    },
    onDiagnostics: (diagnostics) => {
      for (const d of diagnostics) if (d.severity !== 'info' && printProblem(d, options, progress)) failed = true;
    },
    onProgress: (documents) => {
      progress.update(documents, bytes, events);
    },
  });
  let documents = 0;
  try {
    for await (const item of readInputs(inputs, { stdin: process.stdin, ...readOptions(options) })) {
      if (isDiagnostic(item)) {
        if (printProblem(item, options, progress)) failed = true;
        continue;
      }
      // Note: asked of the stream, which keeps the ids on disk: a set of every id would grow with the dump.
      if (stream.has(item.id)) {
        if (printProblem(duplicateIdProblem(item), options, progress)) failed = true;
        continue;
      }
      documents++;
      bytes += item.text.length;
      await stream.push(item);
    }
  } finally {
    const summary = await stream.end();
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    progress.done();
    if (options.out) await new Promise<void>((resolve) => (out as ReturnType<typeof createWriteStream>).end(() => resolve()));
    process.stderr.write(`corroborate: ${counted(summary.documents, 'document')}, ${counted(summary.events, 'event')} (at most ${counted(summary.peakOpenDocs, 'document')} open at once)\n`);
    if (summary.outOfOrder > 0) {
      process.stderr.write(
        `corroborate: ${summary.outOfOrder} documents came more than ${DEFAULT_GROUP_OPTIONS.windowDays} days behind the stream's date; their events may be split: drop --presorted, or sort the dump by date\n`,
      );
    }
  }
  if (documents === 0) process.stderr.write('no documents were read: give .txt, .md, .html, .pdf or .jsonl files, folders of them, or - for stdin\n');
  return failed || documents === 0 ? 1 : 0;
}

interface ServeCliOptions {
  store?: string;
  port: number;
  host: string;
  maxBytes?: number;
  debug?: boolean;
}

/** `corroborate serve`: adds the inputs to the store, builds its dossier, serves the app until interrupted. */
async function serve(inputs: string[], options: ServeCliOptions): Promise<number> {
  // Note: imported here so `build` and `eval` never load SQLite or the web server.
  const { openStore } = await import('../store/store.js');
  const { StoreBuilder } = await import('../store/builder.js');
  const { startServer } = await import('../server/serve.js');
  const store = openStore(options.store ?? ':memory:');
  const builder = new StoreBuilder(store);
  let failed = false;
  if (inputs.length > 0) {
    const { docs, problems } = await readAll(inputs, readOptions(options));
    for (const p of problems) process.stderr.write(`${formatDiagnostic(p)}\n`);
    failed = problems.some((p) => p.severity === 'error');
    const result = builder.add(docs);
    process.stderr.write(
      `corroborate: ${result.added.length} report${result.added.length === 1 ? '' : 's'} added` +
        (result.duplicates.length > 0 ? `, ${result.duplicates.length} already in the store` : '') +
        (result.rebuilt ? `; dossier built in ${Math.round(result.buildMs)} ms\n` : '\n'),
    );
  } else if (store.builtAt() === undefined) builder.rebuild();
  const server = await startServer({
    builder,
    host: options.host,
    port: options.port,
    logger: options.debug ?? false,
    ...(options.maxBytes !== undefined ? { maxUploadBytes: options.maxBytes } : {}),
  });
  const events = store.listEvents({ limit: 1, offset: 0 }).total;
  process.stdout.write(
    `corroborate: serving ${store.inputCount()} report${store.inputCount() === 1 ? '' : 's'}, ${events} event${events === 1 ? '' : 's'} at ${server.url} (store: ${options.store ?? 'in memory'}); Ctrl-C stops\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  store.close();
  return failed ? 1 : 0;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value.trim()) || port > 65535) throw new InvalidArgumentError(`--port takes a number from 0 to 65535, not \`${value}\``);
  return port;
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError(`--threads takes a whole number, not \`${value}\``);
  return Number(value);
}

function parseBytes(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?b?)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError(`--max-bytes takes a size such as 20MB or 500000, not \`${value}\``);
  const unit = (m[2] ?? '').toLowerCase().replace('b', '');
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  const bytes = Math.round(Number(m[1]) * factor);
  // A limit of nothing would refuse every input.
  if (bytes < 1) throw new InvalidArgumentError(`--max-bytes takes a size above zero, not \`${value}\``);
  return bytes;
}

/** Input files of this many bytes or more, built into one whole dossier, get a note (`largeInputNote`). */
export const LARGE_INPUT_BYTES = 100_000_000;

/**
 * A note for a whole-dossier build over input files of `bytes` (undefined below
 * `LARGE_INPUT_BYTES`, or when the size is unknown: stdin, folders): a whole dossier holds every
 * report and its analyses in memory, about 50 times the input at its peak (10,000 synthetic
 * reports, 21 MB of JSONL: 1.06 GB), where `--format jsonl` streams the events in memory bounded by
 * the open events and `--store` keeps them in SQLite. The build goes on.
 *
 * @example
 * largeInputNote(2_092_000_000); // 'corroborate: note: 2,092 MB of input for one whole dossier, ...'
 */
export function largeInputNote(bytes: number | undefined): string | undefined {
  if (bytes === undefined || bytes < LARGE_INPUT_BYTES) return undefined;
  const mb = Math.round(bytes / 1e6).toLocaleString('en');
  return `corroborate: note: ${mb} MB of input for one whole dossier, which holds every report and its analyses in memory (about 50 times the input at its peak); for a dump this size, --format jsonl writes the events as they close, in memory bounded by the open events, and --store keeps reports and events in SQLite\n`;
}

/**
 * Why a file cannot be written where an option puts it (its folder missing or not a folder, the path
 * a folder itself), naming the option and the path; undefined when it can be.
 */
export function writablePathProblem(path: string, option: string): string | undefined {
  const folder = dirname(resolve(path));
  let info;
  try {
    info = statSync(folder);
  } catch {
    return `${option} ${path}: the folder ${folder} does not exist; create it first or give another path`;
  }
  if (!info.isDirectory()) return `${option} ${path}: ${folder} is not a folder; give another path`;
  try {
    if (statSync(path).isDirectory()) return `${option} ${path}: is a folder; give a file name`;
  } catch {
    // a new file: fine
  }
  return undefined;
}

/** Builds the command-line program (exported for tests). */
export function program(): Command {
  const cli = new Command('corroborate')
    .description('Turn news reports about a violent event into a sourced, conflict-aware dossier.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  cli
    .command('build')
    .description('build the dossier of the reports in the inputs (files, folders, .jsonl dumps, - for stdin)')
    .argument('[inputs...]', '.txt/.md/.html/.pdf files, folders of them, .jsonl dumps (id, title, published, url, text), or -; none with --store writes what the store holds')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('json'))
    .option('-o, --out <file>', 'write the output to a file instead of stdout')
    .option('--max-bytes <size>', 'largest input file, or JSONL line, read (e.g. 5MB; default 20MB)', parseBytes)
    .option('--threads <n>', 'worker threads for analysis (default: with --format jsonl or --store, one per core; otherwise one less than the cores, none below three cores; 0 analyses on the main thread)', parseCount)
    .option('--one-event', 'take every report as a report of one event, instead of grouping them into events')
    .option('--presorted', 'with --format jsonl: the dump is in date order, so group it as it streams instead of sorting it by date through a temporary file')
    .option('--store <file>', 'SQLite store: keep the reports, their analyses and the events there; later builds add only new reports and rewrite only the events they change')
    .option('--debug', 'print why rules skipped things, and stack traces')
    .action(async (inputs: string[], options: BuildCliOptions) => {
      if (inputs.length === 0 && options.store === undefined) {
        process.stderr.write("corroborate: build needs inputs: files, folders, .jsonl dumps or - for stdin (or --store FILE alone, to write what a store holds)\n");
        process.exitCode = 2;
        return;
      }
      // Where the output and the store go is checked before a long build, not after it.
      const unwritable = (options.out !== undefined ? writablePathProblem(options.out, '--out') : undefined) ?? (options.store !== undefined ? writablePathProblem(options.store, '--store') : undefined);
      if (unwritable !== undefined) {
        process.stderr.write(`corroborate: ${unwritable}\n`);
        process.exitCode = 2;
        return;
      }
      try {
        process.exitCode = await build(inputs, options);
      } finally {
        printHeldBack();
      }
    });

  cli
    .command('serve')
    .description('serve a local web app over a store: list and search events, event pages, add reports')
    .argument('[inputs...]', 'reports to add to the store first (as for build)')
    .option('--presorted', 'with --format jsonl: the dump is in date order, so group it as it streams instead of sorting it by date through a temporary file')
    .option('--store <file>', 'SQLite store to keep reports and the dossier in (default: in memory, lost on exit)')
    .option('-p, --port <n>', 'port to listen on (0 picks a free one)', parsePort, 8787)
    .option('--host <host>', 'interface to bind; the default serves this machine only', '127.0.0.1')
    .option('--max-bytes <size>', 'largest input file, pasted report or upload (e.g. 5MB; default 20MB for inputs, 5MB for uploads)', parseBytes)
    .option('--debug', 'log every request')
    .action(async (inputs: string[], options: ServeCliOptions) => {
      process.exitCode = await serve(inputs, options);
    });

  cli
    .command('eval')
    .description('score dossiers against Gun Violence Archive incidents (killed, injured, arrested)')
    .argument('<documents>', 'documents.jsonl (id, title, published, url, text)')
    .argument('<incidents>', 'incidents.json ({incidents: [{id, killed, injured, arrested, documents}]})')
    .option('--min-docs <n>', 'score incidents with at least this many articles', (v) => Number.parseInt(v, 10), 2)
    .option('--floors <file>', 'pinned score floors (default: eval/floors.json of the package)')
    .option('--pin', 'raise the pinned floors to this run\'s scores (never lowers them)')
    .option('--allow-lower', 'with --pin, also lower floors (say so in your change)')
    .option('--misses <file>', 'write every incident with a wrong figure to this JSON file')
    .option('--dump', 'also build every document at once, as one dump: score the grouping into events (B-cubed) and the figures of the event holding most of each incident\'s articles')
    .action(async (documents: string, incidents: string, options: { minDocs: number; floors?: string; pin?: boolean; allowLower?: boolean; misses?: string; dump?: boolean }) => {
      process.exitCode = await runEval(documents, incidents, options);
    });
  return cli;
}

/** One debug entry as a line: a message as it is, a record as JSON ("[object Object]" says nothing). */
export function debugLine(entry: unknown): string {
  if (typeof entry === 'string') return entry;
  try {
    return JSON.stringify(entry) ?? String(entry);
  } catch {
    return String(entry);
  }
}
