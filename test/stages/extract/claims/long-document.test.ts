import { describe, expect, it } from 'vitest';
import type { SourceDoc } from '../../../../src/model/document.js';
import { cleanDoc } from '../../../../src/stages/ingest/clean.js';
import { splitSentences } from '../../../../src/stages/segment/sentences.js';
import { extractNumbers } from '../../../../src/stages/extract/numbers/index.js';
import { extractClaims } from '../../../../src/stages/extract/claims/index.js';
import { createContext } from '../../../../src/pipeline/stage.js';
import { growthRatio } from '../../../helpers/growth.js';

/** Claims of a text, with the sentences and numbers prepared outside the timing. */
function prepared(text: string): () => ReturnType<typeof extractClaims> {
  const ctx = createContext({ now: new Date('2026-01-01') });
  const doc: SourceDoc = cleanDoc({ id: 'd', path: 'd.txt', text }, ctx);
  const sentences = splitSentences(doc);
  const numbers = extractNumbers(doc.text, doc.id);
  return () => extractClaims(doc, sentences, numbers, ctx);
}

describe('extractClaims on a long document', () => {
  // A singular claim ("a man was shot dead") is dropped when a zero claim of its kind starts at the
  // same place; that was looked up with a pass over every claim of the document so far
  // (quadratic: 2 MB of concatenated articles took 7.9 s in claims, now about 0.6 s).
  // distinct paragraphs (cleaning drops repeated lines as captions): "on Gale Bdk Street"
  const CONSONANTS = 'bdgkmprtvz';
  const street = (i: number): string => [1000, 100, 10, 1].map((d) => CONSONANTS[Math.floor(i / d) % 10]).join('');
  // Note: two sentences without a claim word, so the paragraphs are no denser in claim words than
  // a report (one per 80 characters): a wall of claims is read only up to `claimBudget`.
  const NEUTRAL =
    'Officers closed the block for several hours while detectives searched the yards nearby and spoke with neighbours about what they had seen. ' +
    'The street reopened in the evening, and a spokesperson asked anyone with information or camera footage to call the department.';
  const paragraph = (i: number): string =>
    `A man was shot dead on Gale ${street(i)} Street. No one else was hurt, police said. Two women were wounded later. ${NEUTRAL}\n\n`;
  const text = (n: number): string => Array.from({ length: n }, (_, i) => paragraph(i)).join('');

  it('keeps each paragraph\'s claims, at any length', () => {
    const claims = prepared(text(300))();
    expect(claims.filter((c) => c.kind === 'killed' && c.value === 1)).toHaveLength(300);
    expect(claims.filter((c) => c.kind === 'injured' && c.value === 2)).toHaveLength(300);
  });

  it('takes linear time: 4x the text costs well under 16x the time', () => {
    const small = prepared(text(1_000));
    const large = prepared(text(4_000));
    expect(growthRatio(small, large)).toBeLessThan(9);
  });

  it('reads a sentence of thousands of people shot, with no full stop, in time that grows with its length', () => {
    // whether each one shot survived was read to the end of the clause, which ran to the sentence's end
    const wall = (n: number): string => '0shot St.* shot St.* 0 St.* 0shotSt.* 0shot * 0shot St. '.repeat(n);
    const small = prepared(wall(400));
    const large = prepared(wall(1_600));
    expect(growthRatio(small, large)).toBeLessThan(6);
  });

  it('reads a sentence of thousands of counts, each before a dash, in time that grows with its length', () => {
    // each count's aside ("Four people — three of them teenagers — were shot") was blanked in a copy
    // of the rest of its sentence, and its window was a copy of that rest too (npm run fuzz found it)
    const wall = (n: number): string => 'to onehoursRoute–evacuated0No.0\tSaturday0No.0\tSaturday'.repeat(n);
    const small = prepared(wall(500));
    const large = prepared(wall(2_000));
    expect(growthRatio(small, large)).toBeLessThan(6);
  });
});
