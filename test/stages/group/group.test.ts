import { describe, expect, it } from 'vitest';
import { bcubed, groupDocuments } from '../../../src/stages/group/index.js';

const a1 = 'Jose Flores-Vargas and Alejandro Ramirez were killed on Sunrise Street in Salinas. Detective Ken Henrickson asked for tips.';
const a2 = 'Salinas police named the two men killed on Sunrise Street as Jose Flores-Vargas and Alejandro Ramirez; Henrickson leads the case.';
const b1 = 'Armoni Sexton, a basketball star at Paterson Charter School, died after a drive-by shooting on Rosa Parks Boulevard.';
const b2 = 'Gregory Oliver was charged in the death of Armoni Sexton, shot on Rosa Parks Boulevard in Paterson.';

describe('groupDocuments', () => {
  it('puts reports that name the same rare people and places together, and others apart', () => {
    const groups = groupDocuments([
      { id: 'a1', text: a1, published: '2017-01-13' },
      { id: 'b1', text: b1, published: '2015-04-20' },
      { id: 'a2', text: a2, published: '2017-01-17' },
      { id: 'b2', text: b2, published: '2015-04-26' },
    ]);
    expect(groups).toEqual([['a1', 'a2'], ['b1', 'b2']]);
  });

  it('keeps reports apart whose dates are too far apart', () => {
    const groups = groupDocuments([
      { id: 'a1', text: a1, eventDate: '2017-01-12' },
      { id: 'a2', text: a2, eventDate: '2019-06-01' },
    ], { smallCollection: 0 });
    expect(groups).toEqual([['a1'], ['a2']]);
  });

  it('returns every document once, even with no text', () => {
    const groups = groupDocuments([{ id: 'x', text: '' }, { id: 'y', text: 'nothing capitalised here' }]);
    expect(groups.flat().sort()).toEqual(['x', 'y']);
  });
});

describe('bcubed', () => {
  it.each([
    [[['a', 'b'], ['c']], [['a', 'b'], ['c']], 1, 1],
    [[['a', 'b', 'c']], [['a', 'b'], ['c']], 5 / 9, 1],
    [[['a'], ['b'], ['c']], [['a', 'b'], ['c']], 1, 2 / 3],
  ] as const)('%j against %j', (predicted, gold, precision, recall) => {
    const s = bcubed(predicted, gold);
    expect(s.precision).toBeCloseTo(precision, 6);
    expect(s.recall).toBeCloseTo(recall, 6);
  });
});
