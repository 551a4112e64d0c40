import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dossier, DossierEvent } from '../../src/model/dossier.js';

// The CLI as a user runs it: the built bin (npm test builds first).
const BIN = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const SAMPLE = fileURLToPath(new URL('../../sample/', import.meta.url));

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('build: events, jsonl and --one-event', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-events-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const dump = join(dir, 'dump.jsonl');
  writeFileSync(
    dump,
    [
      { id: 'v1', published: '2021-03-02', text: 'Oskar Brantley was shot dead on Quillon Street in Velmora on Monday. Two others were wounded.' },
      { id: 'v2', published: '2021-03-02', text: 'Velmora police named Oskar Brantley, killed on Quillon Street; two people were hurt.' },
      { id: 'd1', published: '2021-04-20', text: 'Lidia Farrow was killed in Durnhill on Pellham Avenue on Tuesday. Three men were arrested.' },
      { id: 'd2', published: '2021-04-21', text: 'Durnhill police named Lidia Farrow, shot dead on Pellham Avenue; three men were detained.' },
    ]
      .map((d) => JSON.stringify(d))
      .join('\n'),
  );

  it('writes one event a line with --format jsonl, each with its documents, figures and lineage', () => {
    const r = run(['build', dump, '--format', 'jsonl']);
    expect(r.code, r.stderr).toBe(0);
    const events = r.stdout.trim().split('\n').map((line) => JSON.parse(line) as DossierEvent & { lineage: unknown[] });
    expect(events.map((e) => [...e.documents].sort())).toEqual([
      ['v1', 'v2'],
      ['d1', 'd2'],
    ]);
    expect(events[1]?.figures.find((f) => f.kind === 'detained')?.best).toBe(3);
    expect(events.every((e) => Array.isArray(e.lineage))).toBe(true);
    expect(r.stderr).toMatch(/4 documents, 2 events/);
  });

  it('groups reports into events in a whole dossier too, and --one-event keeps them as one', () => {
    const grouped = JSON.parse(run(['build', dump]).stdout) as Dossier;
    expect(grouped.events.map((e) => e.id)).toEqual(['e1', 'e2']);
    const one = JSON.parse(run(['build', dump, '--one-event']).stdout) as Dossier;
    expect(one.events.map((e) => e.documents.length)).toEqual([4]);
    // the bundled sample is one event
    expect((JSON.parse(run(['build', SAMPLE]).stdout) as Dossier).events.length).toBe(1);
  });

  it('refuses --one-event with jsonl, and a --threads that is not a number', () => {
    const a = run(['build', dump, '--format', 'jsonl', '--one-event']);
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/--one-event needs the whole dossier/);
    const b = run(['build', dump, '--threads', 'many']);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/--threads takes a whole number/);
  });

  it('skips a repeated id in a streamed dump, with file and line, at any distance from the first', () => {
    // the ids are checked against the stream's temporary file, not a set of every id held in memory
    const repeated = join(dir, 'repeated.jsonl');
    const lines = [
      { id: 'v1', published: '2021-03-02', text: 'Oskar Brantley was shot dead on Quillon Street in Velmora on Monday.' },
      ...Array.from({ length: 70 }, (_, i) => ({ id: `f${i}`, published: '2021-05-01', text: `Filler report number ${i + 1} about nothing.` })),
      { id: 'v1', published: '2021-03-02', text: 'A second copy under the same id.' },
      { id: 'f3', published: '2021-05-01', text: 'And another repeated id.' },
    ];
    writeFileSync(repeated, lines.map((d) => JSON.stringify(d)).join('\n'));
    const r = run(['build', repeated, '--format', 'jsonl', '--threads', '2']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/repeated\.jsonl:72: .*document id `v1` was already read/);
    expect(r.stderr).toMatch(/repeated\.jsonl:73: .*document id `f3` was already read/);
    expect(r.stderr).toMatch(/71 documents/);
    const ids = r.stdout.trim().split('\n').flatMap((line) => (JSON.parse(line) as DossierEvent).documents);
    expect(ids.filter((id) => id === 'v1')).toEqual(['v1']);
    expect(ids.length).toBe(71);
  });

  describe('the temporary file of a streamed build', () => {
    // A dump long enough that the build is still running when the reader goes or the user interrupts it.
    const long = join(dir, 'long.jsonl');
    writeFileSync(
      long,
      Array.from({ length: 3_000 }, (_, i) =>
        JSON.stringify({ id: `r${i}`, published: `2021-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`, text: `Police said ${(i % 7) + 2} people were wounded on Ardmore Street in Town${i} on Saturday, and a man was arrested.` }),
      ).join('\n'),
    );
    /** A folder of its own as the build's temporary folder (TMPDIR), to see what the build leaves in it. */
    const tmpFolder = (): string => mkdtempSync(join(dir, 'tmp-'));

    it('is deleted when the reader closes the output early', () => {
      const tmp = tmpFolder();
      const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" build "${long}" --format jsonl | head -1`], { encoding: 'utf8', env: { ...process.env, TMPDIR: tmp } });
      expect(JSON.parse(r.stdout).documents.length).toBeGreaterThan(0);
      expect(readdirSync(tmp)).toEqual([]);
    });

    it('is deleted when the build is interrupted (exit 130)', async () => {
      const tmp = tmpFolder();
      const child = spawn(process.execPath, [BIN, 'build', long, '--format', 'jsonl'], { env: { ...process.env, TMPDIR: tmp }, stdio: 'ignore' });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      // interrupted once the file is there, while the build writes it
      while (readdirSync(tmp).length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
      child.kill('SIGINT');
      expect(await exited).toBe(130);
      expect(readdirSync(tmp)).toEqual([]);
    });
  });
});
