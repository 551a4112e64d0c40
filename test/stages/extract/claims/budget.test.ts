import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../../src/model/diagnostic.js';
import type { Claim } from '../../../../src/model/record.js';
import { createContext } from '../../../../src/pipeline/stage.js';
import { CLAIMS_CUT_RULE, claimBudget, extractClaims } from '../../../../src/stages/extract/claims/index.js';
import { extractNumbers } from '../../../../src/stages/extract/numbers/index.js';
import { cleanDoc } from '../../../../src/stages/ingest/clean.js';
import { splitSentences } from '../../../../src/stages/segment/sentences.js';

function read(text: string, where: { path?: string; line?: number } = {}): { claims: Claim[]; cut: Diagnostic | undefined; length: number } {
  const ctx = createContext({ now: new Date(0) });
  const doc = cleanDoc({ id: 'w', path: where.path ?? 'w.txt', ...(where.line !== undefined ? { line: where.line } : {}), text }, ctx);
  const claims = extractClaims(doc, splitSentences(doc), extractNumbers(doc.text, doc.id), ctx);
  return { claims, cut: ctx.diagnostics.find((d) => d.ruleId === CLAIMS_CUT_RULE), length: doc.text.length };
}

/** Four letters from a number, so no two paragraphs are alike (cleaning drops repeated lines as captions). */
const CONSONANTS = 'bdgkmprtvz';
const street = (i: number): string => [1000, 100, 10, 1].map((d) => CONSONANTS[Math.floor(i / d) % 10]).join('');

describe('claim budget: a text denser in claim words than a report is read in part', () => {
  it('grows with the length of the text', () => {
    expect(claimBudget(0)).toBe(500);
    expect(claimBudget(58_000)).toBe(1_660);
    expect(claimBudget(100_000)).toBe(2_500);
  });

  it('reads a long roundup whole: 400 incidents, a claim word per 40 characters over the first 16 KB', () => {
    // denser than any report of the development set (one per 107 characters over 18 KB at most)
    const text = Array.from({ length: 400 }, (_, i) => `A man died on ${street(i)} Road.`).join(' ');
    const { claims, cut } = read(text);
    expect(cut).toBeUndefined();
    expect(claims.filter((c) => c.kind === 'killed' && c.value === 1)).toHaveLength(400);
  });

  it('stops a wall of claim words in one sentence before it and says where', () => {
    const { claims, cut, length } = read('died! '.repeat(15_000));
    expect(claims).toEqual([]);
    expect(cut).toMatchObject({ severity: 'warning', stage: 'claims' });
    expect(cut?.spans?.[0]?.start).toBe(0);
    expect(cut?.message).toContain(`over ${claimBudget(length).toLocaleString('en')} in`);
  });

  it('reads sentences up to the budget, then stops before the first sentence over it', () => {
    const unit = 'A man was killed. ';
    const { claims, cut, length } = read(unit.repeat(5_500));
    expect(cut).toBeDefined();
    // one claim word ("killed") a sentence: as many claims as the budget allows, all before the cut
    expect(claims).toHaveLength(claimBudget(length));
    const at = cut?.spans?.[0]?.start ?? -1;
    expect(at).toBe(unit.length * claimBudget(length));
    expect(claims.every((c) => c.span.end <= at)).toBe(true);
  });

  it('names the file and the line of the document in its warning', () => {
    const { claims, cut } = read(`Two people were wounded on Saturday. ${'Three were arrested. '.repeat(3_000)}`, { path: 'dump.jsonl', line: 12 });
    expect(claims[0]).toMatchObject({ kind: 'injured', value: 2 });
    expect(cut).toMatchObject({ file: 'dump.jsonl', line: 12, actual: expect.stringMatching(/^Three were arrested\./) });
    expect(cut?.message).toMatch(/^Document `w` holds more claim words than a report does/);
    expect(cut?.note).toMatch(/split it into its articles/);
  });
});
