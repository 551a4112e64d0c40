/**
 * The JSON a piece at a time (`jsonChunks`, what `corroborate build` writes) is `renderJson`'s text,
 * byte for byte: on real dossiers, on hostile and hand-made ones, and on any object (property).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Dossier } from '../../src/model/dossier.js';
import { jsonChunks, renderJson } from '../../src/render/json.js';
import { blackJanuaryDossier, handmadeDossier, hostileDossier } from './fixtures.js';

const joined = (d: Dossier): string => [...jsonChunks(d)].join('');

describe('jsonChunks', () => {
  it('joins to renderJson on the black-january, hostile and hand-made dossiers', async () => {
    for (const d of [await blackJanuaryDossier(), hostileDossier(), handmadeDossier()]) {
      expect(joined(d)).toBe(renderJson(d));
      // one piece per item of a list, not the whole text at once
      expect([...jsonChunks(d)].length).toBeGreaterThan(d.documents.length + d.events.length);
    }
  });

  it('joins to renderJson on any object: empty and nested lists, values JSON leaves out, any text (property)', () => {
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.integer(), fc.double({ noNaN: false }), fc.boolean(), fc.constant(null), fc.constant(undefined)),
      list: fc.array(tie('node'), { maxLength: 4 }),
      object: fc.dictionary(fc.string({ maxLength: 6 }), tie('node'), { maxKeys: 4 }),
      node: fc.oneof({ depthSize: 'small' }, tie('leaf'), tie('list'), tie('object')),
    }));
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 8 }), value.node, { maxKeys: 6 }), (object) => {
        const d = object as unknown as Dossier;
        expect(joined(d)).toBe(renderJson(d));
      }),
      { seed: 20261122, numRuns: 500 },
    );
  });

  it('writes an empty dossier and lists of one item as JSON.stringify does', () => {
    for (const object of [{}, { a: [] }, { a: [1] }, { a: [[]], b: {} }, { a: [undefined, () => 1], b: undefined }, { '': ['\n', 'x\ny'] }]) {
      const d = object as unknown as Dossier;
      expect(joined(d)).toBe(renderJson(d));
    }
  });
});
