/**
 * Kill -9 in the middle of a `build --store`, then run it again: the store opens, keeps every batch
 * it had committed (each report with its analysis), and the second run adds the rest, each report
 * once, to the same dossier a build without a store gives.
 */
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../src/store/store.js';
import type { Dossier } from '../../src/model/dossier.js';

const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const SYLLABLES = ['bar', 'ken', 'dol', 'mira', 'tor', 'vel', 'sa', 'lun', 'gor', 'pe', 'ran', 'zu'];
const FIRST = ['Anna', 'Boris', 'Clara', 'Dario', 'Elena', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas'];
const LAST = ['Marek', 'Oduya', 'Lindqvist', 'Petrenko', 'Santos', 'Haddad', 'Kowal', 'Brandt', 'Ferreira', 'Nakamura'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** An invented name from a number: syllables by its digits in base 12. */
function invented(n: number): string {
  let name = '';
  for (let x = n + 12; x > 0; x = Math.floor(x / 12)) name += SYLLABLES[x % 12];
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Two reports of each of `incidents` invented shootings, in date order. */
function dump(incidents: number): string {
  const lines: string[] = [];
  for (let i = 0; i < incidents; i++) {
    const town = invented(i * 7 + 3);
    const street = `${invented(i * 5 + 11)} Street`;
    const victim = `${FIRST[i % 10]} ${invented(i)}${LAST[(i * 3) % 10]?.toLowerCase()}`;
    const day = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000);
    const published = day.toISOString().slice(0, 10);
    const weekday = WEEKDAYS[(day.getUTCDay() + 6) % 7];
    const killed = (i % 4) + 1;
    lines.push(
      JSON.stringify({
        id: `r${i}a`,
        published,
        title: `${killed} killed in ${town} shooting`,
        text: `${killed} people were killed and ${i % 5} were wounded on ${weekday} when a gunman opened fire on ${street} in ${town}. Police named one of the victims as ${victim}. Sergeant ${invented(i + 400)} said no one had been arrested.`,
      }),
      JSON.stringify({
        id: `r${i}b`,
        published,
        title: `${town} police name victim`,
        text: `${town} police on ${weekday} named ${victim} among the ${killed} people shot dead on ${street}. Sergeant ${invented(i + 400)} asked witnesses to come forward.`,
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}

function buildJson(args: readonly string[]): Dossier {
  const run = spawnSync(process.execPath, [CLI, 'build', ...args, '--format', 'json', '--threads', '0'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Dossier;
}

describe('build --store, interrupted by kill -9', () => {
  it('keeps what it stored, and a second run completes the store: nothing lost or duplicated', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-kill-'));
    try {
      const input = join(dir, 'dump.jsonl');
      const db = join(dir, 'corpus.db');
      const incidents = 300;
      writeFileSync(input, dump(incidents));

      // Start a build on the main thread (slower, so it is surely mid-way) and kill it once some batches are in.
      const child = spawn(process.execPath, [CLI, 'build', input, '--store', db, '--threads', '0', '--format', 'json', '-o', join(dir, 'first.json')], { stdio: 'ignore' });
      const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
      let stored = 0;
      for (let waited = 0; waited < 60_000 && stored < 100; waited += 25) {
        await new Promise((resolve) => setTimeout(resolve, 25));
        try {
          const peek = openStore(db);
          stored = peek.inputCount();
          peek.close();
        } catch {
          // The store file may not exist yet, or be mid-migration.
        }
      }
      child.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');

      // The store opens; every stored report has its analysis; the dossier was never saved.
      const after = openStore(db);
      const kept = after.inputCount();
      expect(kept).toBeGreaterThanOrEqual(100);
      expect(kept).toBeLessThan(2 * incidents);
      expect(after.unanalyzedInputs()).toEqual([]);
      expect(after.builtAt()).toBeUndefined();
      after.close();

      // Run again: the rest is added, each report once, and the dossier is the one a fresh build gives.
      const resumed = buildJson([input, '--store', db]);
      const fresh = buildJson([input]);
      const store = openStore(db);
      const ids = store.inputIds();
      expect(ids.length).toBe(2 * incidents);
      expect(new Set(ids).size).toBe(ids.length);
      store.close();
      const grouping = (d: Dossier) => d.events.map((e) => [e.id, [...e.documents].sort(), e.figures.map((f) => [f.kind, f.best])]);
      expect(grouping(resumed)).toEqual(grouping(fresh));
      // (and the two reports of each invented shooting are one event)
      expect(fresh.events.filter((e) => e.documents.length === 2 && e.documents.every((d) => d.slice(0, -1) === e.documents[0]?.slice(0, -1))).length).toBeGreaterThan(0.9 * incidents);
      expect(resumed.events.flatMap((e) => e.documents).sort()).toEqual(ids.slice().sort());
      // Idempotent: a third run adds nothing and rewrites no event.
      const third = spawnSync(process.execPath, [CLI, 'build', input, '--store', db, '--threads', '0', '--format', 'json', '-o', join(dir, 'third.json')], { encoding: 'utf8' });
      expect(third.status, third.stderr).toBe(0);
      expect(third.stderr).toMatch(/0 reports added .* 600 already stored; 600 in all; events: 0 written, \d+ unchanged, 0 removed/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
