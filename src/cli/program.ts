/**
 * The `corroborate` command line. Argument parsing, file I/O and exit codes live here; the work is
 * the library's. Exit codes: 0 every input used, 1 some input rejected (the output of the rest is
 * still written), 2 usage error, 3 an evaluation fell below its pinned floors.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { writeFile } from 'node:fs/promises';
import { createContext } from '../pipeline/stage.js';
import { buildDossier } from '../pipeline/build.js';
import { renderJson } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderHtml } from '../render/html.js';
import { renderCsv } from '../render/csv.js';
import { renderGeoJson } from '../render/geojson.js';
import type { Dossier } from '../model/dossier.js';
import type { PlaceLocation } from '../render/csv.js';
import { loadGazetteer } from '../stages/entities/gazetteer.js';

/** Coordinates of an event place from the offline gazetteer (its most prominent place of that name). */
function locatePlace(place: string): PlaceLocation | undefined {
  const hit = loadGazetteer().lookup(place).find((p) => p.lat !== undefined && p.lon !== undefined);
  if (!hit || hit.lat === undefined || hit.lon === undefined) return undefined;
  return { latitude: hit.lat, longitude: hit.lon, precision: hit.precision, ...(hit.region !== undefined ? { admin1: hit.region } : {}) };
}
import { formatDiagnostic, readAll } from './inputs.js';
import { runEval } from './eval.js';

const FORMATS = ['json', 'md', 'html', 'csv', 'geojson'] as const;
type Format = (typeof FORMATS)[number];

/** The renderer of each output format. */
const RENDERERS: Readonly<Record<Format, (dossier: Dossier) => string>> = {
  json: renderJson,
  md: renderMarkdown,
  html: (dossier) => renderHtml(dossier),
  csv: (dossier) => renderCsv(dossier, { locate: locatePlace }),
  geojson: (dossier) => renderGeoJson(dossier, { locate: locatePlace }),
};

async function build(inputs: string[], options: { format: Format; out?: string; debug?: boolean; maxBytes?: number }): Promise<number> {
  const { docs, problems } = await readAll(inputs, options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {});
  for (const p of problems) {
    process.stderr.write(`${formatDiagnostic(p)}\n`);
    // a reader's unexpected failure carries its stack trace, shown only when asked for
    if (options.debug && p.note !== undefined) process.stderr.write(`${p.note}\n`);
  }
  const ctx = createContext({ now: new Date(), options: { debug: options.debug ?? false } });
  for (const p of problems) ctx.report(p);
  const dossier = buildDossier(docs, ctx);
  const output = RENDERERS[options.format](dossier);
  if (options.out) await writeFile(options.out, output);
  else process.stdout.write(output);
  if (options.debug) for (const line of ctx.debugLog) process.stderr.write(`debug: ${String(line)}\n`);
  if (docs.length === 0) process.stderr.write('no documents were read: give .txt, .md, .html, .pdf or .jsonl files, folders of them, or - for stdin\n');
  return problems.some((p) => p.severity === 'error') || docs.length === 0 ? 1 : 0;
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
    const { docs, problems } = await readAll(inputs, options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {});
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

function parseBytes(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?b?)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError(`--max-bytes takes a size such as 20MB or 500000, not \`${value}\``);
  const unit = (m[2] ?? '').toLowerCase().replace('b', '');
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.round(Number(m[1]) * factor);
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
    .argument('<inputs...>', '.txt/.md/.html/.pdf files, folders of them, .jsonl dumps (id, title, published, url, text), or -')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('json'))
    .option('-o, --out <file>', 'write the output to a file instead of stdout')
    .option('--max-bytes <size>', 'largest input file, or JSONL line, read (e.g. 5MB; default 20MB)', parseBytes)
    .option('--debug', 'print why rules skipped things, and stack traces')
    .action(async (inputs: string[], options: { format: Format; out?: string; debug?: boolean; maxBytes?: number }) => {
      process.exitCode = await build(inputs, options);
    });

  cli
    .command('serve')
    .description('serve a local web app over a store: list and search events, event pages, add reports')
    .argument('[inputs...]', 'reports to add to the store first (as for build)')
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
    .action(async (documents: string, incidents: string, options: { minDocs: number; floors?: string; pin?: boolean; allowLower?: boolean; misses?: string }) => {
      process.exitCode = await runEval(documents, incidents, options);
    });
  return cli;
}

