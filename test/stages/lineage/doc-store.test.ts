import { describe, expect, it } from 'vitest';
import { DocStore } from '../../../src/stages/lineage/doc-store.js';
import { Profiler } from '../../../src/stages/lineage/profile.js';

describe('DocStore', () => {
  it('gives back every profile as stored, across pages', () => {
    const profiler = new Profiler();
    const store = new DocStore();
    const texts = [
      '',
      'One sentence only.',
      '"Quoted words here," he said. Then a plain sentence with armored vehicles.',
      // a long text, so that records spill onto a second page
      Array.from({ length: 40_000 }, (_, i) => `Sentence number ${i} mentions word${i % 977} and place${i % 313}.`).join(' '),
      'After the big one: the state of emergency in the city.',
    ];
    const profiles = texts.map((t) => profiler.profile(t));
    const numbers = profiles.map((p) => store.add(p));
    expect(numbers).toEqual([0, 1, 2, 3, 4]);
    expect(store.size).toBe(5);
    profiles.forEach((p, n) => {
      const got = store.get(n);
      expect(got.count).toBe(p.count);
      for (const key of ['starts', 'ends', 'flags', 'wordStart', 'words', 'phraseStart', 'phrases'] as const) {
        expect([...got[key]], `${key} of document ${n}`).toEqual([...p[key]]);
      }
    });
    expect(store.bytes).toBeGreaterThan(0);
  });
});
