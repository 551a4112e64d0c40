/**
 * The `corroborate` command line. Argument parsing, file I/O and exit codes live here; the work is
 * the library's. Exit codes: 0 every input used, 1 some input rejected (the output of the rest is
 * still written), 2 usage error, 3 an evaluation fell below its pinned floors.
 */
import { Command, CommanderError, Option } from 'commander';
import { writeFile } from 'node:fs/promises';
import { createContext } from '../pipeline/stage.js';
import { buildDossier } from '../pipeline/build.js';
import { renderJson } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { formatDiagnostic, readAll } from './inputs.js';
import { runEval } from './eval.js';

const FORMATS = ['json', 'md'] as const;
type Format = (typeof FORMATS)[number];

async function build(inputs: string[], options: { format: Format; out?: string; debug?: boolean; maxBytes?: number }): Promise<number> {
  const { docs, problems } = await readAll(inputs, options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {});
  for (const p of problems) process.stderr.write(`${formatDiagnostic(p)}\n`);
  const ctx = createContext({ now: new Date(), options: { debug: options.debug ?? false } });
  for (const p of problems) ctx.report(p);
  const dossier = buildDossier(docs, ctx);
  const output = options.format === 'md' ? renderMarkdown(dossier) : renderJson(dossier);
  if (options.out) await writeFile(options.out, output);
  else process.stdout.write(output);
  if (options.debug) for (const line of ctx.debugLog) process.stderr.write(`debug: ${String(line)}\n`);
  if (docs.length === 0) process.stderr.write('no documents were read: give .txt, .md or .jsonl files, folders of them, or - for stdin\n');
  return problems.some((p) => p.severity === 'error') || docs.length === 0 ? 1 : 0;
}

function parseBytes(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?b?)?$/i.exec(value.trim());
  if (!m) throw new CommanderError(2, 'corroborate.maxBytes', `--max-bytes takes a size such as 20MB or 500000, not \`${value}\``);
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
    .argument('<inputs...>', '.txt/.md files, folders of them, .jsonl dumps (id, title, published, url, text), or -')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('json'))
    .option('-o, --out <file>', 'write the output to a file instead of stdout')
    .option('--max-bytes <size>', 'largest input file read (e.g. 20MB)', parseBytes)
    .option('--debug', 'print why rules skipped things, and stack traces')
    .action(async (inputs: string[], options: { format: Format; out?: string; debug?: boolean; maxBytes?: number }) => {
      process.exitCode = await build(inputs, options);
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

