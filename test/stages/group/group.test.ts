import { describe, expect, it } from 'vitest';
import { bcubed, DEFAULT_GROUP_OPTIONS, FollowUpIndex, groupDocuments, joinFollowUps, type GroupInput } from '../../../src/stages/group/index.js';

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

// A shooting, and its trial a year later: the trial's own day is its hearing's, but it names the
// victims and the suspect again and recalls the day of the shooting.
const shooting: GroupInput = { id: 'shooting', text: 'Omar Jarvis and Shontay Younger were shot dead in Midvale; police arrested Darnell Fresques.', eventDate: '2013-02-12' };
const trial = (recalled: GroupInput['recalled'], eventDate = '2014-03-28'): GroupInput => ({
  id: 'trial',
  text: 'Darnell Fresques was sentenced for killing Omar Jarvis and Shontay Younger in Midvale.',
  eventDate,
  ...(recalled ? { recalled } : {}),
});
const other: GroupInput = { id: 'other', text: 'A man was wounded in Tacoma.', eventDate: '2013-05-02' };
// Seven shared names weigh about 21 among three documents (3.05 each); a strong link at minSharedWeight 2 is 8.
const opts = { ...DEFAULT_GROUP_OPTIONS, minSharedWeight: 2 };

describe('joinFollowUps', () => {
  const join = (docs: readonly GroupInput[], options = opts) => joinFollowUps(docs.map((d) => [d.id]), docs, options).map((g) => [...g].sort());

  it('joins a later report that names the same people and recalls the day of the event', () => {
    expect(join([shooting, trial([{ start: '2013-02-12', end: '2013-02-12' }]), other])).toEqual([['shooting', 'trial'], ['other']]);
  });

  it('joins a report that recalls the month of the event ("the February shootings")', () => {
    expect(join([shooting, trial([{ start: '2013-02', end: '2013-02' }]), other])).toEqual([['shooting', 'trial'], ['other']]);
  });

  it.each([
    ['recalls no date', undefined],
    ['recalls another day', [{ start: '2013-03-02', end: '2013-03-02' }]],
    ['recalls another month', [{ start: '2013-04', end: '2013-04' }]],
  ] as const)('keeps apart a report that names the same people but %s', (_what, recalled) => {
    expect(join([shooting, trial(recalled), other])).toEqual([['shooting'], ['trial'], ['other']]);
  });

  it('leaves reports within `maxDaysApart` of each other to the grouper', () => {
    expect(join([shooting, trial([{ start: '2013-02-12', end: '2013-02-12' }], '2013-02-15'), other])).toEqual([['shooting'], ['trial'], ['other']]);
  });

  it('does not count names found in more than `followUpEvents` groups, and joins nothing at 0', () => {
    const recalled = [{ start: '2013-02-12', end: '2013-02-12' }];
    expect(join([shooting, trial(recalled), other], { ...opts, followUpEvents: 1 })).toEqual([['shooting'], ['trial'], ['other']]);
    expect(join([shooting, trial(recalled), other], { ...opts, followUpEvents: 0 })).toEqual([['shooting'], ['trial'], ['other']]);
  });

  it('needs names worth a strong link: one shared name is not enough', () => {
    const thin: GroupInput = { id: 'thin', text: 'A hearing was held in Midvale.', eventDate: '2014-03-28', recalled: [{ start: '2013-02-12', end: '2013-02-12' }] };
    expect(join([shooting, thin, other])).toEqual([['shooting'], ['thin'], ['other']]);
  });

  it('joins in a whole build: groupDocuments returns the follow-up with its event', () => {
    const groups = groupDocuments([shooting, trial([{ start: '2013-02-12', end: '2013-02-12' }]), other], { minSharedWeight: 2, smallCollection: 0 });
    expect(groups).toEqual([['shooting', 'trial'], ['other']]);
  });
});

describe('FollowUpIndex', () => {
  // Each name weighs 3, as three documents' IDF about does (see above): seven shared names are 21.
  const weight = () => 3;
  const day = [{ start: '2013-02-12', end: '2013-02-12' }];

  it('tells which closed event a later one follows: it recalls its day and names its people', () => {
    const index = new FollowUpIndex(opts);
    expect(index.close(1, [shooting], weight)).toBeUndefined();
    expect(index.close(2, [other], weight)).toBeUndefined();
    expect(index.close(3, [trial(day)], weight)).toBe(1);
  });

  it('tells none when the later event recalls another day, or names one of its names only', () => {
    const index = new FollowUpIndex(opts);
    index.close(1, [shooting], weight);
    expect(index.close(2, [trial([{ start: '2013-03-02', end: '2013-03-02' }])], weight)).toBeUndefined();
    const thin: GroupInput = { id: 'thin', text: 'A hearing was held in Midvale.', eventDate: '2014-03-28', recalled: day };
    expect(index.close(3, [thin], weight)).toBeUndefined();
  });

  it('forgets the oldest events past its capacity, and counts names in more than `followUpEvents` events as telling nothing', () => {
    const small = new FollowUpIndex(opts, 1);
    small.close(1, [shooting], weight);
    small.close(2, [other], weight);
    expect(small.close(3, [trial(day)], weight)).toBeUndefined();
    const strict = new FollowUpIndex({ ...opts, followUpEvents: 1 });
    strict.close(1, [shooting], weight);
    expect(strict.close(2, [trial(day)], weight)).toBeUndefined();
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
