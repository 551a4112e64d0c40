import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anchorsOf, fromPortable, fromStored, fromStoredBatch, toPortable, toStored } from '../../src/pipeline/portable.js';
import { AnchorOffsetMap } from '../../src/stages/ingest/offset-map.js';
import { analyzeDocument } from '../../src/pipeline/analyze.js';
import { createContext } from '../../src/pipeline/stage.js';

describe('anchorsOf', () => {
  it('reads the anchors of any offset map back exactly (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 60 }), (steps) => {
        // A map whose raw offset advances by `step` for each normalized character (0: a dropped raw stretch is none; >1: raw text removed).
        const raw: number[] = [0];
        for (const s of steps) raw.push((raw[raw.length - 1] ?? 0) + s);
        const map = { toRaw: (i: number) => raw[Math.max(0, Math.min(i, steps.length))] ?? 0 };
        const a = anchorsOf(map, steps.length);
        const rebuilt = new AnchorOffsetMap(a.normalized, a.raw, a.length);
        for (let i = 0; i <= steps.length; i++) expect(rebuilt.toRaw(i)).toBe(map.toRaw(i));
      }),
      { seed: 20261122, numRuns: 300 },
    );
  });
});

describe('portable and stored analyses', () => {
  const raw = {
    id: 'r',
    path: 'r.txt',
    title: 'Two killed in Velmora',
    published: '2021-03-02',
    text: 'VELMORA (AP) — Two people were killed and thirty -five hurt on Monday, police said.\nShare this:\nYour email address will not be published.',
  };
  const a = analyzeDocument(raw, createContext({ now: new Date(0) }));

  it('survive structured clone and JSON with the same content and offsets', () => {
    const back = fromPortable(structuredClone(toPortable(a)));
    expect({ ...back, doc: { ...back.doc, offsets: undefined } }).toEqual({ ...a, doc: { ...a.doc, offsets: undefined } });
    for (let i = 0; i <= a.doc.text.length; i++) expect(back.doc.offsets.toRaw(i)).toBe(a.doc.offsets.toRaw(i));
    const stored = fromStored(JSON.parse(JSON.stringify(toStored(a))), a.doc.raw);
    // all but the number mentions, which the stored form leaves out (claims keep their own)
    expect(a.numbers.length).toBeGreaterThan(0);
    expect(stored.numbers).toEqual([]);
    expect({ ...stored, numbers: a.numbers, doc: { ...stored.doc, offsets: undefined } }).toEqual({ ...a, doc: { ...a.doc, offsets: undefined } });
    expect(stored.claims.find((c) => c.kind === 'killed')?.number?.value).toBe(2);
    expect(a.claims.map((c) => [c.kind, c.value])).toEqual(expect.arrayContaining([['killed', 2]]));
  });

  it('stores neither the raw input nor the copies of the text, nor the number mentions', () => {
    // the raw input, the time stage's copy of the text and the sentences' texts are left out
    const numbers = JSON.stringify(a.numbers).length;
    expect(JSON.stringify(toStored(a)).length).toBeLessThan(JSON.stringify(toPortable(a)).length - a.doc.raw.length - 2 * a.doc.text.length - numbers + 50);
    expect(toStored(a)).not.toHaveProperty('numbers');
  });
});

describe('analyzeEach', () => {
  it('leaves out a report whose analysis throws, reports it with its file and line, and analyses the rest', async () => {
    const { analyzeEach } = await import('../../src/pipeline/worker.js');
    const ctx = createContext({ now: new Date(0) });
    const broken = { id: 'broken', path: 'dump.jsonl', line: 7, text: undefined as unknown as string };
    const ok = { id: 'ok', path: 'dump.jsonl', line: 8, text: 'Two people were killed.' };
    const analyses = analyzeEach([broken, ok], ctx);
    expect(analyses.map((a) => a.doc.id)).toEqual(['ok']);
    const error = ctx.diagnostics.find((d) => d.severity === 'error');
    expect(error).toMatchObject({ ruleId: 'pipeline/analysis-failed', file: 'dump.jsonl', line: 7 });
    expect(error?.message).toMatch(/report `broken` failed/);
  });
});

describe('fromStoredBatch', () => {
  it("pairs each stored analysis with its report's raw input, past a report whose analysis failed", async () => {
    const { analyzeEach } = await import('../../src/pipeline/worker.js');
    const ctx = createContext({ now: new Date(0) });
    const batch = [
      { id: 'a', path: 'dump.jsonl', line: 1, text: 'Two people were  killed in Velmora.' },
      { id: 'broken', path: 'dump.jsonl', line: 2, text: undefined as unknown as string },
      { id: 'c', path: 'dump.jsonl', line: 3, text: 'Three men were arrested on\nMonday, police said.' },
    ];
    const analyses = analyzeEach(batch, ctx);
    const back = fromStoredBatch(structuredClone(analyses.map(toStored)), batch);
    expect(back.map((x) => x.doc.id)).toEqual(['a', 'c']);
    // the raw input comes from the batch, the sentence texts from the document's text
    expect(back.map((x) => x.doc.raw)).toEqual([batch[0]?.text, batch[2]?.text]);
    for (const [i, x] of back.entries()) {
      const original = analyses[i];
      expect(x.sentences).toEqual(original?.sentences);
      expect(x.claims).toEqual(original?.claims);
      expect(x.time.text).toBe(x.doc.text);
    }
  });

  it('names an analysis its batch does not hold', () => {
    const a = analyzeDocument({ id: 'x', path: 'x.txt', text: 'One man was shot dead.' }, createContext({ now: new Date(0) }));
    expect(() => fromStoredBatch([toStored(a)], [{ id: 'y', path: 'y.txt', text: 'y' }])).toThrow(/`x`/);
  });
});
