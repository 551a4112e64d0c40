/**
 * The bad-input folder (see helpers/bad-input.ts): every bad input gets exactly one error that
 * names the file (and line) and says what is wrong and what to do; everything else is read;
 * the command line exits 1, writes the dossier of the rest, shows no stack trace, and loses
 * nothing a `--store` already holds.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/model/diagnostic.js';
import type { RawDoc } from '../../../src/model/document.js';
import { READ_RULES, isDiagnostic, readInputs } from '../../../src/stages/ingest/read.js';
import { openStore } from '../../../src/store/store.js';
import { writeBadInputFolder, type BadInputFolder } from './helpers/bad-input.js';

const BIN = fileURLToPath(new URL('../../../dist/cli/main.js', import.meta.url));

let root = '';
let folder: BadInputFolder;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'corroborate-bad-input-'));
  folder = writeBadInputFolder(root);
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

async function read(paths: string[], stdin?: NodeJS.ReadableStream): Promise<{ docs: RawDoc[]; problems: Diagnostic[] }> {
  const docs: RawDoc[] = [];
  const problems: Diagnostic[] = [];
  for await (const item of readInputs(paths, stdin !== undefined ? { stdin } : {})) {
    if (isDiagnostic(item)) problems.push(item);
    else docs.push(item);
  }
  return { docs, problems };
}

describe('the bad-input folder, read as a library', () => {
  it('gives one error per bad input, naming it (and its line), and reads all the rest', async () => {
    const started = performance.now();
    const { docs, problems } = await read([folder.directory]);
    // 30 MB single lines are refused by size, never read whole
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(docs.map((doc) => doc.id).sort()).toEqual([...folder.goodIds].sort());
    const errors = problems.filter((p) => p.severity === 'error');
    const found = errors.map((p) => ({ file: basename(p.file ?? ''), ruleId: p.ruleId, ...(p.line !== undefined ? { line: p.line } : {}) }));
    const key = (e: { file: string; ruleId: string; line?: number }): string => `${e.file}:${e.line ?? ''}:${e.ruleId}`;
    expect(found.map(key).sort()).toEqual(folder.errors.map(key).sort());
    for (const error of errors) {
      const place = error.line !== undefined ? `${error.file}:${error.line}: ` : `${error.file}: `;
      expect(error.message.startsWith(place)).toBe(true);
      // what is wrong; and what to do, after a semicolon or in parentheses
      expect(error.message).toMatch(/[;(]/);
      expect(error.message).not.toMatch(/\n\s+at /);
    }
  });

  it('reads lossy and legacy encodings with a warning, not an error', async () => {
    const { problems } = await read([folder.directory]);
    const warned = new Set(problems.filter((p) => p.severity === 'warning').map((p) => basename(p.file ?? '')));
    for (const file of folder.warned) expect(warned.has(file)).toBe(true);
    expect(problems).toContainEqual(expect.objectContaining({ ruleId: READ_RULES.lossy, line: 2, file: join(folder.directory, 'damaged-utf8.txt') }));
  });

  it('turns an unexpected failure of one input into an error, with the stack kept for --debug, and reads the others', async () => {
    const failing = new Readable({
      read() {
        this.destroy(new Error('the disk went away'));
      },
    });
    const { docs, problems } = await read(['-', join(folder.directory, 'good.txt')], failing);
    expect(docs.map((doc) => doc.id)).toEqual(['good']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', ruleId: READ_RULES.failed, file: '-' });
    expect(problems[0]?.message).toMatch(/^-: could not be read: the disk went away; skipped/);
    expect(problems[0]?.note).toMatch(/the disk went away\n\s+at /);
  });
});

describe.skipIf(!existsSync(BIN))('the bad-input folder, on the command line', () => {
  function run(args: string[]): { code: number | null; stdout: string; stderr: string } {
    const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input: '', maxBuffer: 64 * 1024 * 1024 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it('exits 1, writes the dossier of the good inputs, names each bad one once, shows no stack trace', () => {
    const result = run(['build', folder.directory]);
    expect(result.code).toBe(1);
    const dossier = JSON.parse(result.stdout) as { documents: { id: string }[] };
    expect(dossier.documents.map((doc) => doc.id).sort()).toEqual([...folder.goodIds].sort());
    const errorLines = result.stderr.split('\n').filter((line) => / error: /.test(line));
    expect(errorLines).toHaveLength(folder.errors.length);
    for (const error of folder.errors) {
      const place = join(folder.directory, error.file) + (error.line !== undefined ? `:${error.line}` : '');
      expect(errorLines.filter((line) => line.startsWith(`${place}: error: `) && line.endsWith(`(${error.ruleId})`))).toHaveLength(1);
    }
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('loses nothing a --store already holds when a later run meets bad inputs, and stores only the good ones', () => {
    const db = join(root, 'corpus.db');
    const earlier = join(root, 'earlier.txt');
    writeFileSync(earlier, 'Three people were injured in a shooting in Riverside on Friday, police said.\n');
    // Note: on the main thread (--threads 0), as test/store/interrupted.test.ts does
    const first = run(['build', earlier, '--store', db, '--format', 'json', '--threads', '0']);
    expect(first.code, first.stderr).toBe(0);
    const result = run(['build', folder.directory, '--store', db, '--format', 'json', '--threads', '0']);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout.length, result.stderr).toBeGreaterThan(0);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    const expected = ['earlier', ...folder.goodIds].sort();
    const dossier = JSON.parse(result.stdout) as { documents: { id: string }[] };
    expect(dossier.documents.map((doc) => doc.id).sort()).toEqual(expected);
    const store = openStore(db);
    try {
      expect(store.inputIds().sort()).toEqual(expected);
      expect(store.unanalyzedInputs()).toEqual([]);
      expect(store.loadDossier()?.documents.map((doc) => doc.id).sort()).toEqual(expected);
    } finally {
      store.close();
    }
  });

  it('reads a 30 MB single line when --max-bytes allows it, without hanging', () => {
    const started = performance.now();
    const result = run(['build', join(folder.directory, 'one-line-30mb.txt'), '--max-bytes', '40MB']);
    expect(performance.now() - started).toBeLessThan(60_000);
    expect(result.code).toBe(0);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a --max-bytes that is not a size, as a usage error', () => {
    const result = run(['build', folder.directory, '--max-bytes', 'lots']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--max-bytes takes a size/);
  });
});
