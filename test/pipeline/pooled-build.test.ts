/**
 * The build on every core (`buildOnPool`: analyses and events on workers, sent as JSON) gives the
 * dossier the one-thread build gives. It runs the built worker (dist/pipeline/worker.js): `npm test`
 * builds first. The reports are the first of ../shared/corpus/gva-dev: many events, some of several
 * reports, and copies among them (lineage).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RawDoc } from '../../src/model/document.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { AnalysisPool } = (await import(`${root}dist/pipeline/pool.js`)) as typeof import('../../src/pipeline/pool.js');
const { buildOnPool } = (await import(`${root}dist/pipeline/pooled-build.js`)) as typeof import('../../src/pipeline/pooled-build.js');
const { buildDossier } = (await import(`${root}dist/pipeline/build.js`)) as typeof import('../../src/pipeline/build.js');
const { createContext } = (await import(`${root}dist/pipeline/stage.js`)) as typeof import('../../src/pipeline/stage.js');

const GVA_DEV = fileURLToPath(new URL('../../../shared/corpus/gva-dev/documents.jsonl', import.meta.url));

/** The first `n` reports of gva-dev, as the JSONL reader would give them. */
function reports(n: number): RawDoc[] {
  return readFileSync(GVA_DEV, 'utf8')
    .split('\n')
    .slice(0, n)
    .map((line, i) => {
      const r = JSON.parse(line) as { id: string; title?: string; published?: string; url?: string; text: string };
      return { id: r.id, path: 'documents.jsonl', line: i + 1, text: r.text, ...(r.title ? { title: r.title } : {}), ...(r.published ? { published: r.published } : {}), ...(r.url ? { url: r.url } : {}) };
    });
}

const now = new Date('2026-01-01');

describe('buildOnPool', () => {
  it('gives the dossier of the one-thread build, on two workers and on none', async () => {
    const raws = reports(300);
    const expected = buildDossier(raws, createContext({ now }));
    // enough events, merged reports and copies that a difference would show
    expect(expected.events.length).toBeGreaterThan(100);
    expect(expected.events.filter((e) => e.documents.length > 1).length).toBeGreaterThan(10);
    expect(expected.lineage.length).toBeGreaterThan(0);
    expect(expected.entities.length).toBeGreaterThan(1000);
    for (const threads of [2, 0]) {
      const pool = new AnalysisPool({ now, threads, batchSize: 16 });
      const done: number[] = [];
      try {
        const dossier = await buildOnPool(pool, raws, createContext({ now }), { onProgress: (n) => done.push(n) });
        expect(dossier).toEqual(expected);
      } finally {
        await pool.close();
      }
      expect(done.at(-1)).toBe(raws.length);
    }
  }, 120_000);

  it('builds one event of every report when asked, and reports the analysis diagnostics to the context and the caller', async () => {
    // Every fourth report without its publication date: the text gives it, with an info diagnostic.
    const raws = reports(80).map((r, i) => {
      if (i % 4 !== 0) return r;
      const { published: _published, ...rest } = r;
      return rest;
    });
    const pool = new AnalysisPool({ now, threads: 2, batchSize: 16 });
    const ctx = createContext({ now });
    const seen: string[] = [];
    try {
      const dossier = await buildOnPool(pool, raws, ctx, { grouping: 'one', onDiagnostic: (d) => seen.push(d.ruleId) });
      expect(dossier.events).toHaveLength(1);
      expect(dossier.events[0]?.documents).toEqual(raws.map((r) => r.id));
      expect(dossier).toEqual(buildDossier(raws, createContext({ now }), undefined, { grouping: 'one' }));
      expect(seen.filter((rule) => rule.startsWith('time/published/')).length).toBeGreaterThan(0);
      expect(seen).toEqual(ctx.diagnostics.map((d) => d.ruleId));
      expect(dossier.diagnostics.map((d) => d.rule)).toEqual(seen);
    } finally {
      await pool.close();
    }
  }, 120_000);
});
