import { describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../../../src/pipeline/analyze.js';
import { createContext } from '../../../src/pipeline/stage.js';
import { DEFAULT_GROUP_OPTIONS, groupDocuments, type GroupInput } from '../../../src/stages/group/index.js';
import { tollKey, tollOf, type Toll } from '../../../src/stages/group/toll.js';

/** The toll grouping reads of a report of these words (`GroupFeatures.toll`). */
function tollOfText(text: string): Toll | undefined {
  const [a] = analyzeDocuments([{ id: 'd', path: 'd.txt', text, published: '2021-03-06' }], createContext({ now: new Date(0) }));
  expect(a?.grouping.toll).toEqual(a === undefined ? undefined : tollOf(a.claims));
  return a?.grouping.toll;
}

describe('tollOf: the dead and wounded a report counts of its own happening', () => {
  it('reads the stated counts of the dead and the wounded', () => {
    expect(tollOfText('Two people were killed and three were wounded in Velmora on Saturday, police said.')).toEqual([2, 3]);
  });

  it('reads the wounded as those shot less the dead when no count of the wounded is stated', () => {
    expect(tollOfText('Police said four people were shot on Quillon Street on Saturday. One man was killed.')).toEqual([1, 3]);
    expect(tollOfText('Four people were shot on Quillon Street on Saturday.')).toEqual([0, 4]);
  });

  it('keeps the largest count of a kind (a rising toll)', () => {
    expect(tollOfText('Two people were killed in Velmora on Saturday. The death toll rose to three on Sunday. Five people were wounded.')).toEqual([3, 5]);
  });

  it('leaves out counts of other happenings and statistics', () => {
    const toll = tollOfText('Five people were wounded at a party in Velmora on Saturday. In all the shootings this year, 40 people were killed in the city.');
    expect(toll).toEqual([0, 5]);
  });

  it('reads people one by one, the largest count and not the sum', () => {
    expect(tollOfText('A man was shot dead on Main Street late Friday.')).toEqual([1, 0]);
    expect(tollOfText('A man was shot dead on Main Street late Friday, and a woman was killed in the car.')).toEqual([1, 0]);
  });

  it('states none without an exact count: "dozens", "at least", none at all', () => {
    expect(tollOfText('Dozens of people were hurt when the stands collapsed.')).toBeUndefined();
    expect(tollOfText('At least four people were wounded in Velmora on Saturday.')).toBeUndefined();
    expect(tollOfText('The council met on Saturday to discuss the budget.')).toBeUndefined();
  });

  it('gives a key only to a toll that counts at least minToll', () => {
    expect(tollKey([1, 3], 4)).toBe('1|3');
    expect(tollKey([0, 3], 4)).toBeUndefined();
    expect(tollKey(undefined, 4)).toBeUndefined();
  });
});

/**
 * Two reports of one day that share one rare name (the venue) among many of their own: too little
 * to link them by names alone, enough with the same day and toll. Names are given as tokens.
 */
function pair(tollX: Toll | undefined, tollY: Toll | undefined, dayY = '2021-03-06'): GroupInput[] {
  const own = (p: string) => Array.from({ length: 8 }, (_, i) => `${p}${String.fromCharCode(97 + i)}name`);
  return [
    { id: 'x', text: '', names: ['brindlecourt', ...own('xo')], eventDate: '2021-03-06', published: '2021-03-06', ...(tollX ? { toll: tollX } : {}) },
    { id: 'y', text: '', names: ['brindlecourt', ...own('yo')], eventDate: dayY, published: dayY, ...(tollY ? { toll: tollY } : {}) },
  ];
}
/** Reports that name none of the above, so the names above are rare. */
const BACKGROUND: GroupInput[] = Array.from({ length: 40 }, (_, i) => ({ id: `z${i}`, text: '', names: [`kestrel${i}`, `marrow${i}`], published: '2021-02-01' }));
const groupOf = (docs: readonly GroupInput[], options = {}) => groupDocuments([...docs, ...BACKGROUND], options).find((g) => g.includes('x'));

describe('groupDocuments: the same day and toll', () => {
  it('links two reports of the same day and toll that share only a name or two', () => {
    expect(groupOf(pair([0, 5], [0, 5]))).toEqual(['x', 'y']);
  });

  it('keeps them apart without the toll, with another toll, a toll below minToll, or another day', () => {
    expect(groupOf(pair(undefined, undefined))).toEqual(['x']);
    expect(groupOf(pair([0, 5], [1, 4]))).toEqual(['x']);
    expect(groupOf(pair([0, 3], [0, 3]))).toEqual(['x']);
    expect(groupOf(pair([0, 5], [0, 5], '2021-03-07'))).toEqual(['x']);
    expect(groupOf(pair([0, 5], [0, 5]), { sameTollFactor: 1 })).toEqual(['x']);
  });

  it('links a short report that states no day, published within a day of the other\'s, by the same toll; not two days after, nor with another toll', () => {
    const [x] = pair([0, 5], undefined);
    const undated = (toll: Toll, published: string): GroupInput[] => [x!, { id: 'y', text: '', names: ['brindlecourt', 'yoaname'], published, toll }];
    expect(groupOf(undated([0, 5], '2021-03-07'))).toEqual(['x', 'y']);
    expect(groupOf(undated([0, 5], '2021-03-08'))).toEqual(['x']);
    expect(groupOf(undated([1, 4], '2021-03-07'))).toEqual(['x']);
  });

  it('does not link reports of the same day and toll that share no name', () => {
    const docs = pair([0, 5], [0, 5]).map((d) => ({ ...d, names: d.names?.filter((n) => n !== 'brindlecourt') ?? [] }));
    expect(groupOf(docs)).toEqual(['x']);
    expect(DEFAULT_GROUP_OPTIONS.minToll).toBeGreaterThanOrEqual(4);
  });
});
