import { describe, expect, it } from 'vitest';
import { classifyPair } from '../../../src/stages/lineage/classify.js';
import type { PairEvidence, PairMatch, RelationThresholds } from '../../../src/stages/lineage/classify.js';
import { DEFAULT_LINEAGE_OPTIONS } from '../../../src/stages/lineage/options.js';

const THRESHOLDS: RelationThresholds = DEFAULT_LINEAGE_OPTIONS;

/** A match of sentence k with sentence k: `phrases` shared out of `minPhrases`, `similarity` of word sets. */
function match(k: number, phrases: number, minPhrases: number, similarity: number, quoted = '', weight = 2): PairMatch {
  return { a: k, b: k, shared: 8, weight, similarity, phrases, minPhrases, isQuotedA: quoted.includes('a'), isQuotedB: quoted.includes('b') };
}

function evidence(matches: PairMatch[], size = { words: 200, sentences: 20 }): PairEvidence {
  return { matches, wordsA: size.words, wordsB: size.words, sentencesA: size.sentences, sentencesB: size.sentences };
}

describe('classifyPair', () => {
  // [case, matches, relation or undefined]
  const rows: [string, PairMatch[], string | undefined][] = [
    ['copied sentences: shared-origin', [match(0, 9, 10, 0.9), match(3, 7, 8, 0.8), match(5, 1, 9, 0.4)], 'shared-origin'],
    ['reworded sentences, densely: shared-origin', [match(0, 3, 12, 0.5), match(2, 4, 12, 0.5), match(4, 4, 14, 0.4), match(6, 3, 10, 0.5), match(8, 3, 9, 0.4)], 'shared-origin'],
    ['the same facts in other words: nothing', [match(0, 1, 9, 0.5), match(2, 0, 8, 0.6), match(4, 2, 12, 0.5), match(6, 1, 7, 0.4)], undefined],
    ['one copied sentence is not enough', [match(0, 9, 10, 0.9), match(2, 1, 8, 0.5), match(4, 0, 12, 0.5)], undefined],
    ['the same official quoted in both: nothing', [match(0, 9, 9, 1, 'ab'), match(1, 8, 8, 1, 'ab'), match(2, 7, 7, 1, 'ab')], undefined],
    ['a passage quoted in one, narrative in the other: quotes', [match(0, 9, 10, 0.9, 'b'), match(1, 8, 9, 0.9, 'b'), match(2, 6, 6, 0.9, 'b')], 'quotes'],
    ['quoting plus copying: shared-origin', [match(0, 9, 10, 0.9, 'b'), match(1, 8, 9, 0.9), match(2, 6, 6, 0.9), match(4, 6, 8, 0.8)], 'shared-origin'],
    ['two matches, however copied: nothing', [match(0, 9, 10, 0.9), match(3, 7, 8, 0.9)], undefined],
  ];
  it.each(rows)('%s', (_, matches, relation) => {
    expect(classifyPair(evidence(matches), undefined, THRESHOLDS)?.relation).toBe(relation);
  });

  it('duplicate: near-verbatim matches cover the smaller document', () => {
    const matches = [0, 1, 2, 3].map((k) => match(k, 10, 10, 0.95));
    const verdict = classifyPair(evidence(matches, { words: 32, sentences: 4 }), undefined, THRESHOLDS);
    expect(verdict?.relation).toBe('duplicate');
    expect(verdict?.passages).toEqual([[0, 3, 0, 3]]);
    expect(verdict?.score).toBe(1);
  });

  it('rewording spread thin over long documents is not enough', () => {
    const matches = [0, 10, 20, 30, 40].map((k) => match(k, 4, 12, 0.5));
    expect(classifyPair(evidence(matches, { words: 2000, sentences: 200 }), undefined, THRESHOLDS)).toBeUndefined();
    expect(classifyPair(evidence(matches, { words: 200, sentences: 20 }), undefined, THRESHOLDS)?.relation).toBe('shared-origin');
  });

  it('weights below 1 (boilerplate, sign-offs) can take a pair under the thresholds', () => {
    const matches = [match(0, 9, 10, 0.9), match(3, 7, 8, 0.8), match(5, 6, 6, 0.8)];
    expect(classifyPair(evidence(matches), Float32Array.from([1, 1, 1]), THRESHOLDS)?.relation).toBe('shared-origin');
    expect(classifyPair(evidence(matches), Float32Array.from([1, 0.3, 0.3]), THRESHOLDS)).toBeUndefined();
  });

  it('groups consecutive matches into passages', () => {
    const matches = [match(0, 9, 10, 0.9), match(1, 9, 10, 0.9), match(5, 9, 10, 0.9)].map((m, k) => (k === 2 ? { ...m, b: 9 } : m));
    expect(classifyPair(evidence(matches), undefined, THRESHOLDS)?.passages).toEqual([
      [0, 1, 0, 1],
      [5, 5, 9, 9],
    ]);
  });

  it('nothing for no matches or an empty document', () => {
    expect(classifyPair(evidence([]), undefined, THRESHOLDS)).toBeUndefined();
    expect(classifyPair(evidence([match(0, 9, 9, 1)], { words: 0, sentences: 0 }), undefined, THRESHOLDS)).toBeUndefined();
  });
});
