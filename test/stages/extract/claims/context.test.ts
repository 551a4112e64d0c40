import { describe, expect, it } from 'vitest';
import { CUE_WORDS, hasCue, scanCues } from '../../../../src/stages/extract/claims/context.js';
import { PATTERN_CUES } from '../../../../src/locales/en/claims.js';

describe('cue words', () => {
  it('finds each cue word once, with its family and the word as listed', () => {
    expect(scanCues('Two men were arrested; one died, nobody else was hurt.')).toEqual([
      { at: 13, cue: 'detained', word: 'arrest' },
      { at: 27, cue: 'killed', word: 'died' },
      { at: 33, cue: 'zero', word: 'nobody' },
      { at: 49, cue: 'injured', word: 'hurt' },
    ]);
  });

  it('reads title case and finds nothing in text without cue words', () => {
    expect(scanCues('1 Man Dead, 8 People Wounded').map((h) => h.word)).toEqual(['dead', 'wound']);
    expect(scanCues('The weather was fine on Tuesday.')).toEqual([]);
  });

  it('lists only cue words for the patterns, so no pattern is skipped for a word the scan never reports', () => {
    for (const [pattern, words] of Object.entries(PATTERN_CUES)) {
      for (const word of words) expect(CUE_WORDS.has(word), `${pattern}: ${word}`).toBe(true);
    }
  });

  it('tells whether a listed cue word starts in a window', () => {
    const hits = scanCues('Police said two men were arrested.');
    expect(hasCue(hits, new Set(['arrest']))).toBe(true);
    expect(hasCue(hits, new Set(['arrest']), 0, 20)).toBe(false);
    expect(hasCue(hits, new Set(['dead']))).toBe(false);
    // many hits: the window's first hit is found by bisection
    const many = scanCues('killed, killed, killed, arrested, killed');
    expect(hasCue(many, new Set(['arrest']), 16, 33)).toBe(true);
    expect(hasCue(many, new Set(['arrest']), 25, 41)).toBe(false);
    expect(hasCue(many, new Set(['kill']), 17, 24)).toBe(false);
    expect(hasCue(many, new Set(['kill']), 33, 41)).toBe(true);
  });
});
