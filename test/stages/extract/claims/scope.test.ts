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

describe('scopeOf: statistics over several shootings', () => {
  it.each([
    ['Teenager killed, 6 wounded in Baltimore shootings', 'aggregate'],
    ['3 dead, 26 wounded in weekend Detroit shootings', 'aggregate'],
    ['The first of the five shootings that wounded 15 people was in Diggs Town.', 'aggregate'],
    ['Two teens have shot to death in separate accidental shootings.', 'aggregate'],
    // one spree's shootings are the event's own
    ['Four people were killed in the shootings, police said.', 'unscoped'],
    ['Both men were wounded in Sunday\'s shooting.', 'unscoped'],
  ])('%s -> %s', (clause, key) => {
    expect(scopeOf(clause).key).toBe(key);
  });
});
