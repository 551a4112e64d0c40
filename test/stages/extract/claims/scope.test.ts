import { describe, expect, it } from 'vitest';
import { scopeOf } from '../../../../src/stages/extract/claims/index.js';

describe('scopeOf: totals', () => {
  it.each([
    ['In total, 147 people died.', 'total'],
    ['147 people died nationwide.', 'total'],
    ['Nationwide, 147 people died.', 'total'],
    ['Overall, five people were hurt.', 'total'],
    // a capitalised total word before another capitalised word is a name, not a total
    ['The 13-year-old died a short time later at Nationwide Children\'s Hospital.', 'main'],
    ['He was taken to Nationwide Children\'s Hospital, where he died.', 'unscoped'],
    ['Two died, police said, a toll that overall rose.', 'total'],
  ])('%s -> %s', (clause, key) => {
    expect(scopeOf(clause).key).toBe(key);
  });
});
