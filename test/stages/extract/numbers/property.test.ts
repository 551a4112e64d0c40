import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractNumbers } from '../../../../src/stages/extract/numbers/index.js';
import { expectInvariants, invariantProblems } from './table.js';

/** Pieces that make number-heavy text: digits, separators, number words, qualifiers, units. */
const PIECES = [
  '0', '1', '2', '5', '9', '12', '130', '1990', '26,000', '200.000', '2.5', '.45', ',', '.', '-', '–', '/',
  ':', '%', '$', '#', '(', ')', '+', '~', "'", '’', ' ', ' ', ' ', '\n', '\n\n', '\t', 'a', 'an', 'one',
  'two', 'twenty', 'six', 'hundred', 'thousand', 'million', 'dozen', 'dozens', 'hundreds', 'of', 'and',
  'or', 'to', 'more', 'than', 'about', 'some', 'nearly', 'at', 'least', 'up', 'between', 'few', 'several',
  'year', '-year-old', 'old', 'years', 'days', 'miles', 'January', 'Jan.', 'th', 'st', 'p.m.', 'block',
  'Route', 'No.', 'Smith', 'the', 'people', 'COVID', 'I', 'v', 'http://', 'www.', '@', 'é', 'Ж', '😀',
];

// size 'max': without it fast-check keeps strings to a few dozen pieces.
const TEXT = fc
  .string({ unit: fc.constantFrom(...PIECES), maxLength: 2500, size: 'max' })
  .map((s) => s.slice(0, 10_000));

describe('extractNumbers on random text', () => {
  it('never throws, never takes long; every mention is its slice, sorted, apart; intervals fit', () => {
    fc.assert(
      fc.property(TEXT, (text) => {
        let started = performance.now();
        const mentions = extractNumbers(text, 'p');
        let elapsed = performance.now() - started;
        // a slow call is timed again (the fastest of three counts): on a loaded machine a pause
        // or a collection is not catastrophic backtracking
        for (let retry = 0; retry < 2 && elapsed >= 250; retry++) {
          started = performance.now();
          extractNumbers(text, 'p');
          elapsed = Math.min(elapsed, performance.now() - started);
        }
        // no catastrophic backtracking: 10 KB takes well under a millisecond per KB
        expect(elapsed).toBeLessThan(250);
        expect(invariantProblems(text, mentions)).toEqual([]);
        expect(mentions.every((m) => m.span.doc === 'p')).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('a range reads the same as its slice, with offsets into the whole text', () => {
    fc.assert(
      fc.property(TEXT, fc.nat(), fc.nat(), (text, a, b) => {
        const start = text.length === 0 ? 0 : a % (text.length + 1);
        const end = start + (text.length === 0 ? 0 : b % (text.length - start + 1));
        const inRange = extractNumbers(text, 'p', { start, end });
        const sliced = extractNumbers(text.slice(start, end), 'p');
        expect(inRange.map((m) => [m.span.start - start, m.span.end - start, m.value, m.role])).toEqual(
          sliced.map((m) => [m.span.start, m.span.end, m.value, m.role]),
        );
        for (const m of inRange) expect(m.text).toBe(text.slice(m.span.start, m.span.end));
      }),
      { numRuns: 200 },
    );
  });

  it('plain random unicode does not throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 2000, size: 'max' }), (text) => {
        expectInvariants(text, extractNumbers(text, 'p'));
      }),
      { numRuns: 300 },
    );
  });
});
