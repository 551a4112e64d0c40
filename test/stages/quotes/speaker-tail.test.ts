import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maySpeakerEnd, SPEAKER_BEFORE } from '../../../src/stages/quotes/index.js';

// `maySpeakerEnd` is the cheap test `speakerBefore` runs before `SPEAKER_BEFORE`: it must hold
// wherever the pattern matches, or a speaker would be lost.
const PIECES = [
  'said', 'says', 'told', 'also', 'later', 'reported', 'that', 'the', 'Sheriff', 'John Doe', 'José Núñez', 'O’Brien', "D'Angelo",
  '𝒜lex', 'police', 'spokesman', ' ', '  ', '\n', '\u00a0', ',', ':', '.', '. ', '!', '-', '3', '"', '(', 'saidx', 'Osaid',
];
const windowText = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((parts) => parts.join(''));

describe('maySpeakerEnd', () => {
  it('holds wherever SPEAKER_BEFORE matches', () => {
    fc.assert(
      fc.property(windowText, (text) => {
        if (SPEAKER_BEFORE.test(text)) expect(maySpeakerEnd(text, 0, text.length)).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });
  it('reads only the given part of the text', () => {
    const text = 'Then Hammons said: "We will find them." The statement read.';
    expect(maySpeakerEnd(text, 0, 19)).toBe(true);
    expect(maySpeakerEnd(text, 0, text.length)).toBe(false);
    // the verb before `start` is not read
    expect(maySpeakerEnd(text, 17, 19)).toBe(false);
  });
  const cases: [string, boolean][] = [
    ['Hammons said: ', true],
    ['He also said, ', true],
    ['Police told José Núñez: ', true],
    ['Human Rights Watch reported that ', true],
    ['the statement read. ', false],
    ['He said 3 times: ', false],
    ['He saidx ', false],
  ];
  it.each(cases)('%j: %s', (text, expected) => {
    expect(maySpeakerEnd(text, 0, text.length)).toBe(expected);
    // and the pattern agrees where it matches
    if (SPEAKER_BEFORE.test(text)) expect(expected).toBe(true);
  });
});
