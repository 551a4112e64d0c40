/**
 * The worker pool gives the same dossier as analysing on the main thread. It runs the built worker
 * (dist/pipeline/worker.js): `npm test` builds first.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RawDoc } from '../../src/model/document.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { analyzeInPool, MIN_POOL_DOCS } = (await import(`${root}dist/pipeline/pool.js`)) as typeof import('../../src/pipeline/pool.js');
const { assembleDossier, lineageOf } = (await import(`${root}dist/pipeline/build.js`)) as typeof import('../../src/pipeline/build.js');
const { analyzeDocument } = (await import(`${root}dist/pipeline/analyze.js`)) as typeof import('../../src/pipeline/analyze.js');
const { createContext } = (await import(`${root}dist/pipeline/stage.js`)) as typeof import('../../src/pipeline/stage.js');

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
    const a = assembleDossier(pooled.analyses, createContext({ now }), lineageOf(pooled.analyses));
    const b = assembleDossier(local, createContext({ now }), lineageOf(local));
    expect(a).toEqual(b);
    expect(a.events.flatMap((e) => e.figures).length).toBeGreaterThan(0);
    expect(pooled.diagnostics.length).toBe(ctx.diagnostics.length);

  }, 60_000);
});
