/**
 * The worker pool gives the same dossier as analysing on the main thread. It runs the built worker
 * (dist/pipeline/worker.js): `npm test` builds first.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawDoc } from '../../src/model/document.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { AnalysisPool, analyzeInPool, MIN_POOL_DOCS } = (await import(`${root}dist/pipeline/pool.js`)) as typeof import('../../src/pipeline/pool.js');
const { assembleDossier, lineageOf } = (await import(`${root}dist/pipeline/build.js`)) as typeof import('../../src/pipeline/build.js');
const { analyzeDocument } = (await import(`${root}dist/pipeline/analyze.js`)) as typeof import('../../src/pipeline/analyze.js');
const { createContext } = (await import(`${root}dist/pipeline/stage.js`)) as typeof import('../../src/pipeline/stage.js');
const { readInputs } = (await import(`${root}dist/stages/ingest/read.js`)) as typeof import('../../src/stages/ingest/read.js');

/** The bundled sample's reports, copied under new ids until there are enough to start workers. */
function reports(): RawDoc[] {
  const dir = `${root}sample/`;
  const files = readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f));
  const docs: RawDoc[] = [];
  for (let copy = 0; docs.length < MIN_POOL_DOCS + 6; copy++) {
    for (const f of files) docs.push({ id: `${f}-${copy}`, path: f, text: readFileSync(dir + f, 'utf8') });
  }
  return docs;
}

describe('analyzeInPool', () => {
  it('gives the dossier that analysing on the main thread gives', async () => {
    const raws = reports();
    const now = new Date('2026-01-01');
    const pooled = await analyzeInPool(raws, { now, threads: 2, batchSize: 8 });
    const ctx = createContext({ now });
    const local = raws.map((r) => analyzeDocument(r, ctx));
    expect(pooled.analyses.map((a) => a.doc.id)).toEqual(raws.map((r) => r.id));
    // the analyses come back in their stored form and get their raw input from the batch sent
    expect(pooled.analyses.map((a) => a.doc.raw)).toEqual(local.map((a) => a.doc.raw));
    expect(pooled.analyses.map((a) => a.sentences)).toEqual(local.map((a) => a.sentences));
    const a = assembleDossier(pooled.analyses, createContext({ now }), lineageOf(pooled.analyses));
    const b = assembleDossier(local, createContext({ now }), lineageOf(local));
    expect(a).toEqual(b);
    expect(a.events.flatMap((e) => e.figures).length).toBeGreaterThan(0);
    expect(pooled.diagnostics.length).toBe(ctx.diagnostics.length);

  }, 60_000);

  it('analyses batches on the main thread too, beside the workers, and hands them over in input order', async () => {
    const raws = reports();
    const now = new Date('2026-01-01');
    // An analysis made on the main thread keeps its number mentions; one back from a worker comes
    // in its stored form, without them (see StoredAnalysis): that tells which thread made it.
    const byMain = (a: { numbers: readonly unknown[] }): boolean => a.numbers.length > 0;
    for (const mainHelps of [true, false]) {
      const pool = new AnalysisPool({ now, threads: 1, batchSize: 4, mainHelps });
      try {
        const seen: string[] = [];
        const progress: number[] = [];
        const { analyses } = await pool.analyzeAll(raws, (done) => progress.push(done), (batch) => seen.push(...batch.map((a) => a.doc.id)));
        expect(analyses.map((a) => a.doc.id)).toEqual(raws.map((r) => r.id));
        expect(seen).toEqual(raws.map((r) => r.id));
        expect(progress.at(-1)).toBe(raws.length);
        // the worker takes the first batches as the build starts; the main thread takes the next one it finds
        expect(analyses.slice(0, 8).some(byMain)).toBe(false);
        expect(analyses.some(byMain)).toBe(mainHelps);
        const ctx = createContext({ now });
        const local = raws.map((r) => analyzeDocument(r, ctx));
        expect(assembleDossier(analyses, createContext({ now }), lineageOf(analyses))).toEqual(assembleDossier(local, createContext({ now }), lineageOf(local)));
      } finally {
        await pool.close();
      }
    }
  }, 60_000);

  it('gives a web page back with its page as the raw text, and keeps each analysis with its report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-pool-'));
    try {
      const page = '<html><head><title>Two hurt</title></head><body><nav>Home | Sports</nav><article><p>Two people were wounded in a shooting on Elm Street on Friday, police said.</p></article></body></html>';
      writeFileSync(join(dir, 'page.html'), page);
      const read: RawDoc[] = [];
      for await (const item of readInputs([join(dir, 'page.html')])) if ('text' in item) read.push(item);
      const html = read[0]!;
      expect(html.page?.raw).toBe(page);
      // a page among text reports, and a report with no text at all, which is analysed all the same
      const raws = [...reports().slice(0, 10), { ...html, id: 'page' }, { id: 'empty', path: 'empty.txt', text: '' }];
      const now = new Date('2026-01-01');
      const pool = new AnalysisPool({ now, threads: 2 });
      try {
        const { analyses } = await pool.analyze(raws);
        const ctx = createContext({ now });
        const local = raws.map((r) => analyzeDocument(r, ctx));
        expect(analyses.map((a) => a.doc.id)).toEqual(raws.map((r) => r.id));
        expect(analyses.find((a) => a.doc.id === 'page')?.doc.raw).toBe(page);
        expect(analyses.map((a) => a.doc.raw)).toEqual(local.map((a) => a.doc.raw));
        expect(analyses.map((a) => a.doc.offsets.toRaw(5))).toEqual(local.map((a) => a.doc.offsets.toRaw(5)));
      } finally {
        await pool.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('analyses on the main thread a batch that does not fit a worker heap, and says so', async () => {
    // Workers capped at 32 MB of heap start and analyse a short report, but not a report of
    // 3 MB: that batch falls back to the main thread.
    const now = new Date('2026-01-01');
    const short = reports()[0]!;
    const long: RawDoc = { id: 'long', path: 'long.txt', text: `${short.text}\n\n`.repeat(Math.ceil(3_000_000 / (short.text.length + 2))) };
    const pool = new AnalysisPool({ now, threads: 2, workerHeapMb: 32 });
    try {
      const small = await pool.analyze([short]);
      expect(small.diagnostics.filter((d) => d.ruleId === 'pipeline/worker-heap')).toEqual([]);
      const big = await pool.analyzeForStream([long]);
      expect(big.items.map((i) => i.id)).toEqual(['long']);
      const note = big.diagnostics.find((d) => d.ruleId === 'pipeline/worker-heap');
      expect(note).toMatchObject({ severity: 'info', file: 'long.txt' });
      expect(note?.message).toMatch(/more than a worker's 32 MB heap/);
      // analysed all the same, and the pool goes on working after it
      expect(big.items[0]?.names.length).toBeGreaterThan(0);
      expect((await pool.analyze([short])).analyses.map((a) => a.doc.id)).toEqual([short.id]);
    } finally {
      await pool.close();
    }
  }, 120_000);
});
