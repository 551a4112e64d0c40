/**
 * The memos of names (`setMemoLimit`) only save work: any limit gives the same entities and
 * places. A worker keeps smaller memos than the main thread, which merges a whole build's entities.
 */
import { describe, expect, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import { buildDossier } from '../../../src/pipeline/build.js';
import { createContext } from '../../../src/pipeline/stage.js';
import { MEMO_LIMIT, memoEntries, setMemoLimit } from '../../../src/stages/entities/keys.js';
import { WORKER_MEMO_ENTRIES } from '../../../src/pipeline/worker.js';

const reports = [
  { id: 'a', path: 'a.txt', title: 'Gunman kills two in Lankaran', published: '2021-03-02', text: 'LANKARAN — Two people were killed when Stephen Hammons opened fire on Monday, police said. Hammons was arrested in Lenkeran.' },
  { id: 'b', path: 'b.txt', title: 'Two dead in Lenkeran shooting', published: '2021-03-03', text: 'Stephen Hammonds, 41, shot two men dead in Lankyaran on Monday. Police Chief Anna Petrova said Hammonds surrendered.' },
  { id: 'c', path: 'c.txt', title: 'Lankaran mourns', published: '2021-03-04', text: 'Residents of Lankaran mourned the two men killed Monday. Chief Petrova said the suspect, Hammons, faces two murder charges.' },
];

describe('memos of names', () => {
  it('keep MEMO_LIMIT entries on the main thread, even once the worker module is loaded', () => {
    expect(WORKER_MEMO_ENTRIES).toBeLessThan(MEMO_LIMIT);
    expect(memoEntries()).toBe(MEMO_LIMIT);
  });

  it('give the same dossier with any limit, one entry included', () => {
    const build = () => buildDossier(reports, createContext({ now: new Date(0) }));
    const full = build();
    try {
      setMemoLimit(1);
      expect(memoEntries()).toBe(1);
      const tiny = build();
      expect(tiny).toEqual(full);
      // the same names again, with memos that start over at every entry
      expect(build()).toEqual(full);
    } finally {
      setMemoLimit(MEMO_LIMIT);
    }
    expect(full.entities.some((e) => e.aliases.length > 0)).toBe(true);
  });

  it('keep WORKER_MEMO_ENTRIES in a worker of the analysis pool, MEMO_LIMIT in a thread of the caller', async () => {
    const root = pathToFileURL(fileURLToPath(new URL('../../..', import.meta.url))).href;
    // a task of the pool's worker module that tells its thread's memo limit
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-memo-'));
    const probe = join(dir, 'probe.mjs');
    writeFileSync(probe, `import ${JSON.stringify(`${root}dist/pipeline/worker.js`)};\nexport { memoEntries as default } from ${JSON.stringify(`${root}dist/stages/entities/keys.js`)};\n`);
    const pool = new Piscina({ filename: pathToFileURL(probe).href, minThreads: 1, maxThreads: 1 });
    try {
      expect(await pool.run(null)).toBe(WORKER_MEMO_ENTRIES);
    } finally {
      await pool.destroy();
    }
    // a worker thread of the caller's own that loads the same module
    const ownScript = probe.replace(/probe\.mjs$/, 'own.mjs');
    writeFileSync(ownScript, `import { parentPort } from 'node:worker_threads';\nimport memoEntries from ${JSON.stringify(pathToFileURL(probe).href)};\nparentPort.postMessage(memoEntries());\n`);
    const own = new Worker(ownScript);
    const entries = await new Promise((resolve, reject) => {
      own.once('message', resolve);
      own.once('error', reject);
    });
    await own.terminate();
    rmSync(dir, { recursive: true, force: true });
    expect(entries).toBe(MEMO_LIMIT);
  });
});
