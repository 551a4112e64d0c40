import { describe, expect, it } from 'vitest';
import { reconcileFigures, type DocFacts } from '../../../src/stages/reconcile/figures.js';
import type { Claim, ClaimKind, Scope } from '../../../src/model/record.js';
import type { Interval, Qualifier } from '../../../src/model/mention.js';

const INTERVALS: Record<string, (v: number) => Interval> = {
  exact: (v) => [v, v],
  'more-than': (v) => [v + 1, null],
  'at-least': (v) => [v, null],
  about: (v) => [Math.round(v * 0.9), Math.round(v * 1.1)],
};

function claim(doc: string, kind: ClaimKind, value: number, qualifier: Qualifier = 'exact', scope: Scope = { key: 'unscoped' }, extra: Partial<Claim> = {}): Claim {
  const interval = (INTERVALS[qualifier] ?? INTERVALS['exact']!)(value);
  return {
    doc, kind, value, qualifier, interval, scope,
    span: { doc, start: 0, end: 10 }, quote: `${value} ${kind}`, numberSpan: { doc, start: 0, end: 3 },
    certainty: 'stated', isUpdate: false, rule: 'test', ...extra,
  };
}
/** A count read from one person of report `doc` ("a man was shot dead"): implied, with the subject key that names who. */
function personClaim(doc: string, kind: ClaimKind, subject: string, value = 1, qualifier: Qualifier = 'exact'): Claim {
  return claim(doc, kind, value, qualifier, { key: 'unscoped' }, { certainty: 'implied', subject });
}
const baku: Scope = { key: 'main', place: 'Baku', period: 'that night' };
const total: Scope = { key: 'total', label: 'in total' };

describe("the label of the event's figure", () => {
  it('is said of the figure\'s place, not the first label of a claim about another town', () => {
    const figures = reconcileFigures([
      claim('a', 'killed', 11, 'exact', { key: 'main', place: 'Bankilare', label: 'in Bankilare' }),
      claim('b', 'killed', 12, 'exact', { key: 'main', place: 'Tamberi', label: 'in Tamberi, on Sunday' }),
      claim('c', 'killed', 12, 'exact', { key: 'main', place: 'Tamberi', label: 'in Tamberi' }),
    ], new Map());
    expect(figures[0]?.scope).toEqual({ key: 'main', place: 'Tamberi', period: null, label: 'in Tamberi, on Sunday' });
  });
});

describe('people a report names', () => {
  /** One killed person report `a` names or describes (`subject`), in a sentence worded `quote`. */
  const person = (subject: string, quote: string) => claim('a', 'killed', 1, 'exact', { key: 'unscoped' }, { certainty: 'implied', subject, quote });
  it('count a person described by another age than every named person has as one more', () => {
    // "a 16-year-old girl ... died at the hospital"; "Destiny Harmon, 24, was pronounced dead"
    const two = reconcileFigures([person('aged:16:f', 'a 16-year-old girl who was shot in the head died'), person('harmon', 'Destiny Harmon, 24, was pronounced dead at the scene.')], new Map());
    expect(two[0]?.best).toBe(2);
    // the same age, or a name without one, may be the same person
    const same = reconcileFigures([person('aged:24:f', 'a 24-year-old woman died'), person('harmon', 'Destiny Harmon, 24, was pronounced dead.')], new Map());
    expect(same[0]?.best).toBe(1);
    const unknown = reconcileFigures([person('aged:16:f', 'a 16-year-old girl died'), person('harmon', 'Destiny Harmon was pronounced dead.')], new Map());
    expect(unknown[0]?.best).toBe(1);
    // a year is no age ("Harmon, 2024"); the age may follow a later mention of the name
    const year = reconcileFigures([person('aged:16:f', 'a 16-year-old girl died'), person('harmon', 'Harmon, 2024, was pronounced dead.')], new Map());
    expect(year[0]?.best).toBe(1);
    const later = reconcileFigures([person('aged:16:f', 'a 16-year-old girl died'), person('harmon', 'Harmonville police said Harmon,  24, died.')], new Map());
    expect(later[0]?.best).toBe(2);
  });
  it('count a given name alone and the full name it opens once ("Kadin died" beside "Kadin T. Mann was shot")', () => {
    const once = reconcileFigures([person('mann', 'Kadin T. Mann was shot accidentally by another boy.'), person('kadin', 'Kadin died Sunday morning.')], new Map());
    expect(once[0]?.best).toBe(1);
    // "Dunlap and Castrillo": two people
    const two = reconcileFigures([person('castrillo', 'Dunlap and Castrillo were shot.'), person('dunlap', 'Dunlap died.')], new Map());
    expect(two[0]?.best).toBe(2);
    // two middle words at most ("Kadin Lee T. Mann"), and whole words only ("Kadinsky Mann")
    const middle = reconcileFigures([person('mann', 'Kadin Lee T. Mann was shot.'), person('kadin', 'Kadin died.')], new Map());
    expect(middle[0]?.best).toBe(1);
    const three = reconcileFigures([person('mann', 'Kadin Lee Roy T. Mann was shot.'), person('kadin', 'Kadin died.')], new Map());
    expect(three[0]?.best).toBe(2);
    const longer = reconcileFigures([person('mann', 'Kadinsky Mann was shot.'), person('kadin', 'Kadin died.')], new Map());
    expect(longer[0]?.best).toBe(2);
  });
  it('count one person named and one relative once, but a relative and the one who killed himself twice', () => {
    const once = reconcileFigures([person('relation:daughter', 'the shooting death of his 12-year-old daughter'), person('shellsea', 'Shellsea was killed Sept. 21.')], new Map());
    expect(once[0]?.best).toBe(1);
    const twice = reconcileFigures([person('relation:wife', 'He shot his wife.'), person('self', 'He then killed himself.')], new Map());
    expect(twice[0]?.best).toBe(2);
  });
  it('count "one of them" beside a person named as no one more: a lower bound, as often the one named', () => {
    const oneOf = { ...person('anon:one-of', 'he shot two children, one of them fatally'), qualifier: 'at-least' as const, interval: [1, null] as const };
    const once = reconcileFigures([oneOf, person('stewart', 'Cheyenne R. Stewart died of a gunshot wound.')], new Map());
    expect(once[0]?.best).toBe(1);
  });
});

describe('the two sides of a protest', () => {
  it("add up in a report that counts both: neither side is among the other", () => {
    const figures = reconcileFigures([
      claim('a', 'injured', 21, 'exact', { key: 'unscoped' }, { group: 'forces' }),
      claim('a', 'injured', 50, 'more-than', { key: 'unscoped' }, { group: 'protesters' }),
      claim('b', 'injured', 60, 'at-least', { key: 'unscoped' }),
    ], new Map());
    expect(figures.map((f) => [f.kind, f.best])).toEqual([['injured', 72]]);
    // police and "others" do not: a count of all the wounded often holds the officers
    const others = reconcileFigures([
      claim('a', 'injured', 1, 'exact', { key: 'unscoped' }, { group: 'forces' }),
      claim('a', 'injured', 4, 'exact', { key: 'unscoped' }),
    ], new Map());
    expect(others.map((f) => [f.kind, f.best])).toEqual([['injured', 4]]);
  });

  it("add up for an armed group and the forces of a clash ('four militants were killed', 'one soldier died': 5)", () => {
    const figures = reconcileFigures([
      claim('a', 'killed', 4, 'exact', { key: 'unscoped' }, { group: 'fighters' }),
      claim('a', 'killed', 1, 'exact', { key: 'unscoped' }, { group: 'forces' }),
    ], new Map());
    expect(figures.map((f) => [f.kind, f.best])).toEqual([['killed', 5]]);
  });
});

describe('statistics', () => {
  it('of two periods are two figures, not a conflict; of one period, one', () => {
    const figures = reconcileFigures([
      claim('a', 'killed', 2, 'exact', { key: 'main', label: 'the event' }),
      claim('a', 'killed', 41, 'exact', { key: 'aggregate', period: '2024', label: 'statistics: this year' }),
      claim('a', 'killed', 35, 'exact', { key: 'aggregate', period: '2023', label: 'statistics: last year' }),
      claim('b', 'killed', 43, 'exact', { key: 'aggregate', period: '2024', label: 'statistics: so far this year' }),
      claim('b', 'killed', 17, 'exact', { key: 'aggregate', label: 'statistics: deadliest weekend' }),
    ], new Map());
    const aggregate = figures.filter((f) => f.scope.key === 'aggregate').map((f) => [f.scope.period, f.low, f.best, f.high, f.agreement]);
    expect(aggregate).toEqual([
      ['2024', 41, 41, 43, 'conflicting'],
      ['2023', 35, 35, 35, 'single'],
      [null, 17, 17, 17, 'single'],
    ]);
  });
});

describe('other happenings', () => {
  it('are one figure each, by their place or else their label, not one conflict', () => {
    const figures = reconcileFigures([
      claim('a', 'killed', 14, 'at-least', { key: 'main', place: 'Kirkuk', label: 'in Kirkuk' }),
      claim('a', 'killed', 2, 'exact', { key: 'other', place: 'Tuz Khurmatu', label: 'separate incident, on Monday' }),
      claim('b', 'killed', 1, 'exact', { key: 'other', label: 'a smaller blast' }),
      claim('b', 'injured', 3, 'exact', { key: 'other', label: 'a smaller blast' }),
      claim('c', 'killed', 2, 'exact', { key: 'other', place: 'Tuz Khurmatu', label: 'in another attack' }),
      // one happening, told with and without its day
      claim('a', 'killed', 9, 'exact', { key: 'other', label: 'attackers killed, on Sunday morning' }),
      claim('d', 'killed', 9, 'exact', { key: 'other', label: 'attackers killed' }),
    ], new Map());
    const other = figures.filter((f) => f.scope.key === 'other').map((f) => [f.kind, f.scope.place, f.scope.label, f.low, f.best, f.high, f.agreement, f.claims.length]);
    expect(other).toEqual([
      ['killed', 'Tuz Khurmatu', 'separate incident, on Monday', 2, 2, 2, 'consistent', 2],
      ['killed', null, 'a smaller blast', 1, 1, 1, 'single', 1],
      ['killed', null, 'attackers killed, on Sunday morning', 9, 9, 9, 'consistent', 2],
      ['injured', null, 'a smaller blast', 3, 3, 3, 'single', 1],
    ]);
  });
  it('before or after the event are told apart by their days, in one place too', () => {
    const figures = reconcileFigures([
      claim('a', 'killed', 1, 'exact', { key: 'main', label: 'the event' }),
      claim('a', 'killed', 1, 'exact', { key: 'other', place: 'Velmora', label: 'after the event: in Velmora, on June 1' }),
      claim('a', 'killed', 1, 'exact', { key: 'other', place: 'Velmora', label: 'after the event: in Velmora, on Nov. 3' }),
    ], new Map());
    expect(figures.filter((f) => f.scope.key === 'other').map((f) => [f.scope.label, f.best])).toEqual([
      ['after the event: in Velmora, on June 1', 1],
      ['after the event: in Velmora, on Nov. 3', 1],
    ]);
  });

  it('are one figure for one place in two spellings that differ only in vowels, not for short names', () => {
    const figures = reconcileFigures([
      claim('a', 'injured', 2, 'exact', { key: 'other', place: 'Kharkiv', label: 'in Kharkiv' }),
      claim('b', 'injured', 2, 'exact', { key: 'other', place: 'Kharkov', label: 'in Kharkov' }),
      claim('a', 'killed', 1, 'exact', { key: 'other', place: 'Lida', label: 'in Lida' }),
      claim('b', 'killed', 1, 'exact', { key: 'other', place: 'Lado', label: 'in Lado' }),
    ], new Map());
    expect(figures.map((f) => [f.kind, f.scope.place, f.claims.length])).toEqual([['killed', 'Lida', 1], ['killed', 'Lado', 1], ['injured', 'Kharkiv', 2]]);
  });

  it('says when a value wins by its reports, as many independent sources standing behind another', () => {
    const [figure] = reconcileFigures([claim('a', 'killed', 23), claim('b', 'killed', 23), claim('c', 'killed', 31)], new Map([['a', { group: 'g' }], ['b', { group: 'g' }]]));
    expect([figure?.best, figure?.resolution]).toEqual([23, 'most-reports']);
    expect(figure?.explanation).toMatch(/best 23: as many independent sources as another value, but stated by more reports$/);
  });
});

describe('a shooter who killed himself, apart from the toll of his victims', () => {
  /** A stated count of the killed in sentence `at` of report `doc`, worded `quote`. */
  const toll = (doc: string, value: number, quote: string, at = 0, extra: Partial<Claim> = {}) =>
    claim(doc, 'killed', value, 'exact', { key: 'unscoped' }, { quote, span: { doc, start: at, end: at + 100 }, ...extra });
  /** The shooter's suicide, stated in sentence `at` of report `doc`. */
  const suicide = (doc: string, at: number) =>
    claim(doc, 'killed', 1, 'exact', { key: 'unscoped' }, { certainty: 'implied', subject: 'self', quote: 'The gunman took his own life.', span: { doc, start: at, end: at + 50 } });
  const docs = new Map<string, DocFacts>([
    ['a', { group: 'a', published: '2025-06-09' }],
    ['b', { group: 'b', published: '2025-06-11' }],
    ['c', { group: 'c', published: '2025-06-13' }],
  ]);

  it('counts him beside the people a report says he killed, when it states his suicide apart', () => {
    const [killed] = reconcileFigures([toll('a', 3, 'Eight people were shot, three fatally, when a gunman opened fire.'), suicide('a', 300)], docs);
    expect(killed?.best).toBe(4);
    expect(killed?.explanation).toContain('a: 3 + 1');
  });

  it('agrees then with a report that counts him among the dead, against one that does not say', () => {
    const figures = reconcileFigures([
      toll('a', 3, 'Eight people were shot, three fatally.'), suicide('a', 300),
      toll('b', 4, 'The shooting left four people dead, including the gunman.'),
      toll('c', 3, 'The shooting killed three people.'),
    ], docs);
    expect(figures[0]).toMatchObject({ low: 3, best: 4, high: 4 });
  });

  it('adds him to a stated update of the toll of the same report', () => {
    const figures = reconcileFigures([
      toll('a', 3, 'A wounded man died Monday, raising the toll to three.', 0, { isUpdate: true }),
      toll('a', 3, 'Eight people were shot, three fatally.', 100), suicide('a', 300),
      toll('b', 2, 'Two people were killed.'),
    ], new Map([...docs, ['b', { group: 'b', published: '2025-06-08' }]]));
    expect(figures[0]).toMatchObject({ best: 4, resolution: 'update' });
  });

  it('does not count him twice where a count says he is among the dead', () => {
    for (const quote of ['Four people were killed, including the gunman.', 'Gunman among 4 dead in party shooting', 'Four people were killed in an apparent murder-suicide.']) {
      expect(reconcileFigures([toll('a', 4, quote), suicide('a', 300)], docs)[0]?.best).toBe(4);
    }
  });

  it('does not count him twice where the count is of everyone found dead', () => {
    for (const quote of ['The bodies of four people were found in the home.', 'Three bodies were found inside a car.', 'The community waited to hear how the three people inside died.']) {
      expect(reconcileFigures([toll('a', quote.includes('four') ? 4 : 3, quote), suicide('a', 300)], docs)[0]?.best).toBe(quote.includes('four') ? 4 : 3);
    }
  });

  it('leaves a count alone whose own sentence tells of the suicide, or a report that states no suicide', () => {
    expect(reconcileFigures([toll('a', 2, 'He killed two people before shooting himself.', 300), suicide('a', 300)], docs)[0]?.best).toBe(2);
    expect(reconcileFigures([toll('a', 3, 'Eight people were shot, three fatally.')], docs)[0]?.best).toBe(3);
  });
});

describe('a corrected toll', () => {
  it('replaces the higher toll of an earlier report, as an update', () => {
    const docs = new Map<string, DocFacts>([['early', { group: 'early', published: '2026-03-15' }], ['later', { group: 'later', published: '2026-03-16' }]]);
    const [killed] = reconcileFigures([claim('early', 'killed', 9, 'exact', { key: 'unscoped' }, { isUpdate: true }), claim('later', 'killed', 7, 'exact', { key: 'unscoped' }, { isUpdate: true, isCorrection: true })], docs);
    expect([killed?.low, killed?.best, killed?.high, killed?.resolution]).toEqual([7, 7, 9, 'update']);
    // an update that is no correction does not lower the toll
    const [rose] = reconcileFigures([claim('early', 'killed', 9, 'exact', { key: 'unscoped' }, { isUpdate: true }), claim('later', 'killed', 7, 'exact', { key: 'unscoped' }, { isUpdate: true })], docs);
    expect(rose?.best).toBe(9);
  });
});

describe('an upper bound', () => {
  it('sets no low end beside other counts ("up to 5,000" with "about 4,000"), and bounds it alone', () => {
    const upTo = claim('b', 'displaced', 5000, 'at-most', { key: 'unscoped' }, { interval: [0, 5000] });
    const [displaced] = reconcileFigures([claim('a', 'displaced', 4000, 'about'), upTo], new Map());
    expect([displaced?.low, displaced?.high]).toEqual([3600, 5000]);
    const [alone] = reconcileFigures([upTo], new Map());
    expect([alone?.low, alone?.high]).toEqual([0, 5000]);
  });
});

describe('the explanation of a range', () => {
  it('quotes a report that states only a range as its range, with the values it fits', () => {
    const docs = new Map<string, DocFacts>([['a', { group: 'a' }], ['b', { group: 'b' }], ['c', { group: 'c' }]]);
    const range = claim('c', 'killed', 60, 'range', { key: 'unscoped' }, { interval: [60, 90], number: { text: 'between 60 and 90' } as NonNullable<Claim['number']> });
    const [killed] = reconcileFigures([claim('a', 'killed', 74), claim('b', 'killed', 74), range], docs);
    expect(killed?.explanation).toBe("74 (2 reports: a, b); 'between 60 and 90' (c) fits 74; best 74: all reports agree");
  });
});

describe('counts that only grow', () => {
  it('take a later, higher count of arrests over two copies of an earlier one', () => {
    const docs = new Map<string, DocFacts>([
      ['wire', { group: 'wire', published: '2025-03-10' }],
      ['copy', { group: 'wire', published: '2025-03-10' }],
      ['later', { group: 'later', published: '2026-03-09' }],
    ]);
    const [detained] = reconcileFigures([claim('wire', 'detained', 3), claim('copy', 'detained', 3), claim('later', 'detained', 4)], docs);
    expect([detained?.best, detained?.resolution]).toEqual([4, 'most-recent']);
    // a stated bound raises arrests read from single people ("a man was arrested", "two more people were detained")
    const grown = reconcileFigures([personClaim('wire', 'detained', 'anon'), personClaim('later', 'detained', 'anon'), claim('copy', 'detained', 2, 'at-least', { key: 'unscoped' }, { interval: [3, null] })], docs);
    expect([grown[0]?.best, grown[0]?.resolution]).toEqual([3, 'grown']);
    // so does a later ordinal of the arrested ("Second suspect arrested") over earlier reports of one arrest each
    const ordinal = { ...personClaim('later', 'detained', 'anon', 2, 'at-least'), interval: [2, null] as const };
    const three = new Map<string, DocFacts>([...docs, ['local', { group: 'local', published: '2025-03-11' }]]);
    const [second] = reconcileFigures([claim('wire', 'detained', 1), claim('local', 'detained', 1), ordinal], three);
    expect([second?.best, second?.resolution]).toEqual([2, 'grown']);
    // killed keep the lower of equally supported values
    const [killed] = reconcileFigures([claim('wire', 'killed', 3), claim('copy', 'killed', 3), claim('later', 'killed', 4)], docs);
    expect(killed?.best).toBe(3);
  });
});

describe('reconcileFigures', () => {
  it('reports 130 vs 141 as a conflict, weighing lineage groups, and keeps the total apart', () => {
    const docs = new Map<string, DocFacts>([
      ['a', { group: 'a', published: '2020-01-20' }],
      ['b', { group: 'b', published: '2025' }],
      ['c', { group: 'b', published: '2021-01-20' }],
      ['d', { group: 'd', published: '2005' }],
    ]);
    const figures = reconcileFigures([
      claim('a', 'killed', 141, 'exact', baku),
      claim('b', 'killed', 130, 'exact', baku),
      claim('c', 'killed', 130, 'exact', baku),
      claim('d', 'killed', 130, 'more-than'),
      claim('b', 'killed', 147, 'exact', total),
      claim('c', 'killed', 147, 'exact'),
    ], docs);
    expect(figures.map((f) => [f.kind, f.scope.key, f.low, f.best, f.high, f.agreement, f.independentSources])).toEqual([
      ['killed', 'main', 130, 130, 141, 'conflicting', 3],
      ['killed', 'total', 147, 147, 147, 'single', 1],
    ]);
    const main = figures[0]!;
    expect(main.explanation).toContain('130 (2 reports, one shared origin: b, c) vs 141 (1 report: a)');
    expect(main.explanation).toContain("fits 141");
    expect(main.claims).toHaveLength(4);
  });

  it('says when the one number stated is not borne out by the other counts, and when all agree', () => {
    const docs = new Map<string, DocFacts>([['a', { published: '2023-09-14' }], ['b', { published: '2023-09-16' }]]);
    const [f] = reconcileFigures([claim('a', 'injured', 11), claim('b', 'injured', 60, 'more-than')], docs);
    expect(f?.explanation).toContain('best 11: the only value stated as a number; the other counts do not fit it');
    const [g] = reconcileFigures([claim('a', 'injured', 11), claim('b', 'injured', 10, 'more-than')], docs);
    expect(g?.explanation).toContain('best 11: all reports agree');
  });

  it('lets the shot minus the killed speak where the injured are only someone "among the wounded"', () => {
    const docs = new Map<string, DocFacts>([['a', { published: '2016-01-01' }]]);
    const figures = reconcileFigures(
      [claim('a', 'shot', 4), claim('a', 'killed', 1), claim('a', 'injured', 1, 'at-least', { key: 'unscoped' }, { certainty: 'implied', subject: 'aged:14:m' })],
      docs,
    );
    expect(figures.find((f) => f.kind === 'injured')).toMatchObject({ best: 3 });
  });

  it('lets the shot minus the killed speak over the one injured person a report describes ("Two people were shot ... a 4-year-old boy suffered a gunshot wound")', () => {
    const boy = claim('a', 'injured', 1, 'exact', { key: 'unscoped' }, { certainty: 'implied', subject: 'aged:4:m' });
    expect(reconcileFigures([claim('a', 'shot', 2), boy], new Map()).find((f) => f.kind === 'injured')?.best).toBe(2);
    // not when the people it describes are as many
    const man = claim('a', 'injured', 1, 'exact', { key: 'unscoped' }, { certainty: 'implied', subject: 'aged:26:m' });
    expect(reconcileFigures([claim('a', 'shot', 2), boy, man], new Map()).find((f) => f.kind === 'injured')?.best).toBe(2);
  });

  it('says how the people hit were hurt in the explanation of the injured derived from them: shot, stabbed, or both', () => {
    const injuredOf = (quotes: string[]) =>
      reconcileFigures([...quotes.map((quote, i) => claim(`r${i}`, 'shot', 4, 'exact', { key: 'unscoped' }, { quote })), claim('r0', 'killed', 1)], new Map()).find((f) => f.kind === 'injured');
    expect(injuredOf(['Four people were stabbed, one fatally.'])).toMatchObject({ best: 3, explanation: expect.stringContaining('4 stabbed minus 1 killed = 3') });
    expect(injuredOf(['Four people were shot, one fatally.'])?.explanation).toContain('4 shot minus 1 killed = 3');
    expect(injuredOf(['Four people were shot, one fatally.', 'Four people were stabbed.'])?.explanation).toContain('4 shot or stabbed minus 1 killed');
    // a report that states its injured besides another's count of the people hit
    const derived = reconcileFigures([claim('a', 'shot', 4, 'exact', { key: 'unscoped' }, { quote: 'Four people were stabbed, one fatally.' }), claim('a', 'killed', 1), claim('b', 'injured', 2)], new Map()).find((f) => f.kind === 'injured');
    expect(derived?.explanation).toContain('reports that count only the stabbed give their stabbed minus their killed (a: 4 stabbed - 1 killed)');
  });

  it('lets a stated update win ("the death toll rose to 3")', () => {
    const docs = new Map<string, DocFacts>([['a', { published: '2016-01-01' }], ['b', { published: '2016-01-01' }], ['c', { published: '2016-01-03' }]]);
    const [f] = reconcileFigures([claim('a', 'killed', 2), claim('b', 'killed', 2), claim('c', 'killed', 3, 'exact', { key: 'unscoped' }, { isUpdate: true })], docs);
    expect(f).toMatchObject({ best: 3, low: 2, high: 3, resolution: 'update', agreement: 'conflicting' });
  });

  it('lets an ordinal death update a toll ("5th person dies after July murder-suicide"), but not kin in the plural', () => {
    const docs = new Map<string, DocFacts>([['a', { published: '2015-07-22' }], ['b', { published: '2015-12-05' }]]);
    const fifth = claim('b', 'killed', 5, 'at-least', { key: 'unscoped' }, { isUpdate: true, certainty: 'implied', subject: 'anon' });
    const [f] = reconcileFigures([claim('a', 'killed', 4), fifth], docs);
    expect(f).toMatchObject({ best: 5, resolution: 'update' });
    // not an update: the same ordinal of a narrative ("a fifth man was killed") ties and keeps the lower toll
    const [g] = reconcileFigures([claim('a', 'killed', 4), { ...fifth, isUpdate: false }], docs);
    expect(g).toMatchObject({ best: 4 });
    // "her children later died" is at least 3, no toll
    const [h] = reconcileFigures([claim('a', 'killed', 4), { ...fifth, value: 3, interval: [3, null], subject: 'relation:children' }], docs);
    expect(h?.resolution).not.toBe('update');
  });

  it('takes one person who "died later" as part of a larger toll, not as an update of it', () => {
    const docs = new Map<string, DocFacts>([['a', { published: '2015-08-30' }], ['b', { published: '2015-08-31' }], ['c', { published: '2017-01-28' }]]);
    const died = (doc: string, subject: string) => claim(doc, 'killed', 1, 'exact', { key: 'unscoped' }, { isUpdate: true, certainty: 'implied', subject });
    // "James Smith died later" in a report that names three killed, and two other reports of 3.
    const [f] = reconcileFigures([
      claim('a', 'killed', 3),
      claim('b', 'killed', 3, 'exact', { key: 'unscoped' }, { certainty: 'implied', subject: 'relatives' }),
      died('b', 'smith'),
      claim('c', 'killed', 3),
    ], docs);
    expect(f).toMatchObject({ best: 3, low: 1, high: 3, resolution: 'majority' });
    // The same sentence after a report of 3, in a report that counts no one else: still not an update.
    const [g] = reconcileFigures([claim('a', 'killed', 3), died('b', 'smith')], docs);
    expect(g).toMatchObject({ best: 1, resolution: 'lower' });
    expect(g?.explanation).not.toContain('updates the toll');
    // "the third person, a woman, died later" (2 stated) in a report whose headline states 3.
    const [h] = reconcileFigures([claim('a', 'killed', 3), claim('a', 'killed', 2, 'exact', { key: 'unscoped' }, { isUpdate: true })], docs);
    expect(h).toMatchObject({ best: 3, resolution: 'only' });
  });

  it('lets one person who "died later" update a toll of none, and a rise update a lower earlier toll', () => {
    const docs = new Map<string, DocFacts>([['a', { published: '2016-01-01' }], ['b', { published: '2016-01-02' }], ['c', { published: '2016-01-05' }]]);
    const [f] = reconcileFigures([
      claim('a', 'killed', 0),
      claim('b', 'killed', 1, 'exact', { key: 'unscoped' }, { isUpdate: true, certainty: 'implied', subject: 'smith' }),
    ], docs);
    expect(f).toMatchObject({ best: 1, resolution: 'update' });
    // A later report of 4 is not replaced by the update of 3 before it, but does not undo it either.
    const [g] = reconcileFigures([claim('a', 'killed', 2), claim('b', 'killed', 3, 'exact', { key: 'unscoped' }, { isUpdate: true }), claim('c', 'killed', 4)], docs);
    expect(g).toMatchObject({ best: 3, resolution: 'update' });
  });

  it('breaks a tie toward the later, higher count of arrests, and the lower toll of killed', () => {
    const docs = new Map<string, DocFacts>([['a', { published: '2016-01-01' }], ['b', { published: '2016-01-04' }]]);
    const [detained] = reconcileFigures([claim('a', 'detained', 1), claim('b', 'detained', 2)], docs);
    expect(detained).toMatchObject({ best: 2, resolution: 'most-recent' });
    const [killed] = reconcileFigures([claim('a', 'killed', 1), claim('b', 'killed', 2)], docs);
    expect(killed).toMatchObject({ best: 1, resolution: 'lower' });
  });

  it('keeps only lower bounds open-ended', () => {
    const [f] = reconcileFigures([claim('a', 'killed', 100, 'more-than'), claim('b', 'killed', 130, 'more-than')], new Map());
    expect(f).toMatchObject({ low: 131, best: 131, high: null, agreement: 'consistent', resolution: 'tightest-bound' });
  });

  it('marks a figure from one report as single', () => {
    const [f] = reconcileFigures([claim('a', 'injured', 700)], new Map());
    expect(f).toMatchObject({ agreement: 'single', best: 700, independentSources: 1 });
  });

  it('drops a count read from a singular where the same report states a number', () => {
    const [f] = reconcileFigures([claim('a', 'killed', 2), claim('a', 'killed', 1, 'exact', { key: 'unscoped' }, { certainty: 'implied' })], new Map());
    expect(f?.claims).toHaveLength(1);
    expect(f?.best).toBe(2);
  });

  it("takes a report's shot minus its killed over its own lower count of the injured", () => {
    // "four people were shot, ... The other two victims suffered non-life threatening injuries"
    const figures = reconcileFigures([claim('a', 'shot', 4), claim('a', 'injured', 2)], new Map());
    expect(figures.find((f) => f.kind === 'injured')?.best).toBe(4);
    // not where the report's own count is as high, nor where the event's dead are not the report's to subtract
    expect(reconcileFigures([claim('a', 'shot', 4), claim('a', 'injured', 4)], new Map()).find((f) => f.kind === 'injured')?.best).toBe(4);
    expect(reconcileFigures([claim('a', 'shot', 4), claim('a', 'injured', 2), claim('b', 'killed', 2)], new Map()).find((f) => f.kind === 'injured')?.best).toBe(2);
    expect(reconcileFigures([claim('a', 'shot', 4), claim('a', 'injured', 2), claim('a', 'killed', 2)], new Map()).find((f) => f.kind === 'injured')?.best).toBe(2);
  });
  it('derives the injured from people shot minus people killed', () => {
    const figures = reconcileFigures([claim('a', 'shot', 4), claim('a', 'killed', 1)], new Map());
    expect(figures.map((f) => [f.kind, f.best, f.resolution])).toEqual([['killed', 1, 'only'], ['injured', 3, 'derived']]);
    expect(figures[1]?.explanation).toMatch(/^no injury count is stated; 4 shot minus 1 killed = 3/);
    // fewer told shot than killed ("shot his wife before turning the gun on himself", two dead): no subtraction below zero to show
    const fewer = reconcileFigures([claim('a', 'shot', 1), claim('a', 'killed', 2)], new Map()).find((f) => f.kind === 'injured');
    expect([fewer?.best, fewer?.explanation.startsWith('no injury count is stated; 1 shot, no more than the 2 killed: none left injured')]).toEqual([0, true]);
  });

  it('counts people described by different ages as different people, and by one age as one', () => {
    // "a 4-year-old boy was seriously wounded", "a 28-year-old woman also suffered a gunshot wound"
    expect(reconcileFigures([personClaim('a', 'injured', 'aged:4:m'), personClaim('a', 'injured', 'aged:28:f')], new Map()).map((f) => f.best)).toEqual([2]);
    // "a 16-year-old was critically injured", "the 16-year-old boy is in critical condition"
    expect(reconcileFigures([personClaim('a', 'injured', 'aged:16:u'), personClaim('a', 'injured', 'aged:16:m')], new Map()).map((f) => f.best)).toEqual([1]);
  });

  it('counts the shot of a report that names one person and one relative once, so no injured are made up', () => {
    // "accidentally shot his 16-year-old friend", "Frierson had been shot", "Frierson died"
    const shotFriend = [personClaim('a', 'shot', 'relation:friend'), personClaim('a', 'shot', 'frierson'), personClaim('a', 'killed', 'frierson')];
    expect(reconcileFigures(shotFriend, new Map()).map((f) => [f.kind, f.best])).toEqual([['killed', 1], ['injured', 0]]);
    // a list of relatives is not merged with the one named: the report's two shot (its largest count) minus its one killed
    const shotFamily = [personClaim('a', 'shot', 'relation:wife,son', 2), personClaim('a', 'shot', 'smith'), personClaim('a', 'killed', 'smith')];
    expect(reconcileFigures(shotFamily, new Map()).map((f) => [f.kind, f.best])).toEqual([['killed', 1], ['injured', 1]]);
  });

  it('counts a report\'s injured who died since among the killed, when the victims add up', () => {
    const docs = new Map<string, DocFacts>([['a', { published: '2016-01-01' }], ['b', { published: '2016-01-02' }]]);
    // "A 3-year-old is in critical condition" (a), then "3-year-old dies" (b): one victim, killed.
    const figures = reconcileFigures([claim('a', 'injured', 1), claim('b', 'killed', 1)], docs);
    expect(figures.map((f) => [f.kind, f.low, f.best, f.high])).toEqual([['killed', 1, 1, 1], ['injured', 0, 0, 1]]);
    expect(figures[1]?.explanation).toContain('injured who died since count as killed (a: 1 - 1)');
  });

  it("counts a report's own injured who died after its earlier count (a live blog: '2 killed and 4 injured', later 'the death toll has risen to three')", () => {
    const docs = new Map<string, DocFacts>([['live', { published: '2025-10-14' }], ['next', { published: '2025-10-15' }]]);
    const earlier = { span: { doc: 'live', start: 500, end: 600 } };
    const figures = reconcileFigures([
      claim('live', 'killed', 3, 'exact', { key: 'unscoped' }, { isUpdate: true }),
      claim('live', 'killed', 2, 'exact', { key: 'unscoped' }, earlier),
      claim('live', 'injured', 4, 'exact', { key: 'unscoped' }, earlier),
      claim('next', 'killed', 3),
      claim('next', 'injured', 3),
    ], docs);
    expect(figures.map((f) => [f.kind, f.best])).toEqual([['killed', 3], ['injured', 3]]);
    expect(figures[1]?.explanation).toContain('injured who died since count as killed (live: 4 - 1)');
    // an injured count the report states apart from its earlier toll moves nobody
    const apart = reconcileFigures([
      claim('live', 'killed', 3, 'exact', { key: 'unscoped' }, { isUpdate: true }),
      claim('live', 'killed', 2, 'exact', { key: 'unscoped' }, earlier),
      claim('live', 'injured', 4, 'exact', { key: 'unscoped' }, { span: { doc: 'live', start: 100, end: 200 } }),
    ], docs);
    expect(apart.find((f) => f.kind === 'injured')?.best).toBe(4);
  });

  it("counts among the killed a report's dead it names as one of its injured (\"Duhart was one of five people injured\", \"Five people, including Duhart, were injured\")", () => {
    const docs = new Map<string, DocFacts>([['a', { published: '2016-11-10' }]]);
    const injuredOf = (quote: string, dead = 'duhart') =>
      reconcileFigures([personClaim('a', 'killed', dead), claim('a', 'injured', 5, 'exact', { key: 'unscoped' }, { quote, span: { doc: 'a', start: 100, end: 200 } })], docs).find((f) => f.kind === 'injured');
    expect(injuredOf('Duhart was one of five people injured in the shooting.')).toMatchObject({ best: 4 });
    expect(injuredOf('Duhart was one of five people injured in the shooting.')?.explanation).toContain('injured who died since count as killed (a: 5 - 1)');
    expect(injuredOf('Five people, including Duhart, were injured.')).toMatchObject({ best: 4 });
    // another person named among the injured moves nobody
    expect(injuredOf('Owens was one of five people injured in the shooting.')).toMatchObject({ best: 5 });
  });

  it('moves nobody when the later report counts other victims, or came first', () => {
    const docs = new Map<string, DocFacts>([['a', { published: '2016-01-01' }], ['b', { published: '2016-01-02' }]]);
    // two injured (a) vs one killed (b): not the same victims
    const [, other] = reconcileFigures([claim('a', 'injured', 2), claim('b', 'killed', 1)], docs);
    expect(other).toMatchObject({ kind: 'injured', low: 2, best: 2, high: 2 });
    // the report of the injured is the later one: it is not out of date
    const [, later] = reconcileFigures([claim('b', 'injured', 1), claim('a', 'killed', 1)], docs);
    expect(later).toMatchObject({ kind: 'injured', low: 1, best: 1, high: 1 });
  });

  it('lets the interval of injured read only from people reach down to those who may be among the killed', () => {
    const described = (quote: string, subject = 'anon') => ({ certainty: 'implied' as const, subject, quote });
    const killed = claim('a', 'killed', 1, 'exact', { key: 'unscoped' }, { quote: 'The teen died Saturday at the hospital.' });
    const injuredOf = (quote: string, subject?: string) =>
      reconcileFigures([claim('a', 'injured', 1, 'exact', { key: 'unscoped' }, described(quote, subject)), killed], new Map())[1];
    // "the boy was in critical condition" and "the teen died": nothing sets him apart from the dead
    const same = injuredOf('Police say a teenager is in critical condition after being shot.');
    expect(same).toMatchObject({ kind: 'injured', low: 0, best: 0, high: 1, resolution: 'among-killed' });
    expect(same?.explanation).toContain('may be among the 1 killed');
    expect(same?.explanation).toContain('no report sets them apart');
    // words that he survived, or a death in his own sentence, set him apart: best stays
    expect(injuredOf('The other victim is in stable condition.')).toMatchObject({ low: 0, best: 1, high: 1 });
    expect(injuredOf('He was treated and released from the hospital.')).toMatchObject({ low: 0, best: 1, high: 1 });
    const sentence = 'A teen was killed and a child was injured Friday evening.';
    const both = reconcileFigures(
      [claim('a', 'injured', 1, 'exact', { key: 'unscoped' }, described(sentence)), claim('a', 'killed', 1, 'exact', { key: 'unscoped' }, { quote: sentence })],
      new Map(),
    );
    expect(both[1]).toMatchObject({ kind: 'injured', low: 0, best: 1 });
    // a stated number of injured counts them apart from the killed
    const [, stated] = reconcileFigures([claim('a', 'injured', 1), claim('a', 'killed', 1)], new Map());
    expect(stated).toMatchObject({ kind: 'injured', low: 1, best: 1, high: 1 });
  });

  it('counts a person a report names as injured and as killed once, as killed ("Correll was in critical condition", "Correll died")', () => {
    const named = (subject: string) => ({ certainty: 'implied' as const, subject });
    const figures = reconcileFigures(
      [claim('a', 'injured', 1, 'exact', { key: 'unscoped' }, named('correll')), claim('a', 'killed', 1, 'exact', { key: 'unscoped' }, named('correll'))],
      new Map(),
    );
    expect(figures.map((f) => [f.kind, f.best])).toEqual([['killed', 1]]);
    // another person of the report stays injured
    const two = reconcileFigures(
      [claim('a', 'injured', 1, 'exact', { key: 'unscoped' }, named('ruiz')), claim('a', 'killed', 1, 'exact', { key: 'unscoped' }, named('correll'))],
      new Map(),
    );
    expect(two.map((f) => [f.kind, f.best])).toEqual([['killed', 1], ['injured', 1]]);
  });

  it('counts a person a report describes by one age as injured and as killed once ("critically injured a 16-year-old", "killed a 16-year-old")', () => {
    const figures = (injured: string, killed: string) =>
      reconcileFigures([personClaim('a', 'injured', injured), personClaim('a', 'killed', killed)], new Map()).map((f) => [f.kind, f.best]);
    expect(figures('aged:16:u', 'aged:16:u')).toEqual([['killed', 1]]);
    // "a 16-year-old" may be "the 16-year-old boy"
    expect(figures('aged:16:m', 'aged:16:u')).toEqual([['killed', 1]]);
    // another age, or a boy and a girl, are two people
    expect(figures('aged:17:u', 'aged:16:u')).toEqual([['killed', 1], ['injured', 1]]);
    expect(figures('aged:16:f', 'aged:16:m')).toEqual([['killed', 1], ['injured', 1]]);
    // in another report, the same age is not taken for the same person here (see diedSince)
    const apart = reconcileFigures([personClaim('a', 'injured', 'aged:16:u'), personClaim('b', 'killed', 'aged:16:u')], new Map());
    expect(apart.map((f) => f.kind)).toEqual(['killed', 'injured']);
    // two ages killed in one report are two people
    const two = reconcileFigures([personClaim('a', 'killed', 'aged:16:u'), personClaim('a', 'killed', 'aged:17:u')], new Map());
    expect(two.map((f) => [f.kind, f.best])).toEqual([['killed', 2]]);
  });

  it('adds one who killed himself to two or more relatives he killed ("shot his wife and children before killing himself")', () => {
    const person = (subject: string) => ({ certainty: 'implied' as const, subject });
    const relatives = claim('a', 'killed', 3, 'at-least', { key: 'unscoped' }, person('relation:wife,children'));
    const self = claim('a', 'killed', 1, 'exact', { key: 'unscoped' }, person('self'));
    const [murderSuicide] = reconcileFigures([relatives, self], new Map());
    expect(murderSuicide).toMatchObject({ best: 4 });
    // without the suicide, the relatives alone
    expect(reconcileFigures([relatives], new Map())[0]).toMatchObject({ best: 3 });
    // a stated number counts everyone already ("four people, including the gunman, were dead")
    const [stated] = reconcileFigures([claim('a', 'killed', 4), relatives, self], new Map());
    expect(stated).toMatchObject({ best: 4 });
  });

  it('counts a claim of people and the one who killed them and himself by its value, not as one more person named', () => {
    const both = personClaim('a', 'killed', 'withself:relation:wife', 2);
    const wife = personClaim('a', 'killed', 'relation:wife');
    const self = personClaim('a', 'killed', 'self');
    // "killed his wife and then himself", "his wife was killed", "he killed himself": two people
    expect(reconcileFigures([both, wife, self], new Map())[0]).toMatchObject({ best: 2 });
    expect(reconcileFigures([both], new Map())[0]).toMatchObject({ best: 2 });
    // the wife alone is part of the two, not a lower count beside them (low 2, consistent)
    expect(reconcileFigures([both, wife], new Map())[0]).toMatchObject({ low: 2, best: 2, high: 2 });
    // another report's wife alone still bounds the figure
    expect(reconcileFigures([both, personClaim('b', 'killed', 'relation:wife')], new Map())[0]).toMatchObject({ low: 1, high: 2 });
    // without it, the wife and the suicide of one report already count two
    expect(reconcileFigures([wife, self], new Map())[0]).toMatchObject({ best: 2 });
    expect(reconcileFigures([wife], new Map())[0]).toMatchObject({ best: 1 });
  });

  it('takes a suicide named in its sentence (self:smith) for the person of that name, not one more', () => {
    const wife = personClaim('a', 'killed', 'relation:wife');
    const suicide = personClaim('a', 'killed', 'self:smith');
    // "John Smith shot and killed his wife before killing himself. Smith died at the scene."
    expect(reconcileFigures([wife, suicide, personClaim('a', 'killed', 'smith')], new Map())[0]).toMatchObject({ best: 2 });
    // someone else named is one more
    expect(reconcileFigures([wife, suicide, personClaim('a', 'killed', 'jones')], new Map())[0]).toMatchObject({ best: 3 });
  });

  it('breaks a tie against a value below a stated lower bound, but not below an ordinal read from people', () => {
    const docs = new Map<string, DocFacts>([['a', { published: '2016-01-01' }], ['b', { published: '2016-01-01' }]]);
    const [bound] = reconcileFigures([claim('a', 'injured', 3), claim('b', 'injured', 4), claim('b', 'injured', 4, 'at-least')], docs);
    expect(bound).toMatchObject({ best: 4, resolution: 'bound' });
    // "killed two men and injured a third man": the ordinal counts the killed too, so it is no
    // bound; the tie goes to the higher count of injured (reports leave wounded out), not by the bound
    const [ordinal] = reconcileFigures([claim('a', 'injured', 3), claim('b', 'injured', 4), claim('b', 'injured', 4, 'at-least', { key: 'unscoped' }, { certainty: 'implied' })], docs);
    expect(ordinal).toMatchObject({ best: 4, resolution: 'higher' });
    // the killed keep the lower count in a tie
    const [killed] = reconcileFigures([claim('a', 'killed', 3), claim('b', 'killed', 4)], docs);
    expect(killed).toMatchObject({ best: 3, resolution: 'lower' });
  });

  it('keeps an ordinal of arrests beside the stated number, and lets it raise the report\'s count', () => {
    // "Three charged" and "a fourth person has been arrested" in one report
    const [f] = reconcileFigures([claim('a', 'detained', 3), claim('a', 'detained', 4, 'at-least', { key: 'unscoped' }, { certainty: 'implied' })], new Map());
    expect(f).toMatchObject({ low: 3, best: 4, high: 4 });
    expect(f?.claims).toHaveLength(2);
    // for the killed, the ordinal widens the interval but does not raise the report's count
    const [killed] = reconcileFigures([claim('a', 'killed', 1), claim('a', 'killed', 3, 'at-least', { key: 'unscoped' }, { certainty: 'implied' })], new Map());
    expect(killed).toMatchObject({ low: 1, best: 1, high: 3 });
  });

  it('keeps a person the report is unsure of beside its stated number ("a fifth person may have been wounded")', () => {
    const unsure = { certainty: 'implied' as const, qualifier: 'range' as const, interval: [4, 5] as const };
    const [f] = reconcileFigures([claim('a', 'injured', 4), claim('a', 'injured', 4, 'exact', { key: 'unscoped' }, unsure)], new Map());
    expect(f).toMatchObject({ low: 4, best: 4, high: 5 });
  });

  it('lets a report\'s "no arrests" or "the suspects fled" give way to the arrests it also states', () => {
    const [f] = reconcileFigures([claim('a', 'detained', 0), claim('a', 'detained', 2, 'at-least')], new Map());
    expect(f).toMatchObject({ low: 2, best: 2, high: null });
    expect(f?.claims).toHaveLength(1);
    // another report's zero stays: it may be the earlier state
    const [g] = reconcileFigures([claim('a', 'detained', 0), claim('b', 'detained', 2)], new Map());
    expect(g).toMatchObject({ low: 0, high: 2 });
  });

  it('lets "no arrests have been made" of earlier reports give way to the arrests a later report states', () => {
    const docs = new Map<string, DocFacts>([
      ['a', { published: '2015-04-28' }], ['b', { published: '2015-04-28' }], ['c', { published: '2015-10-31' }], ['d', {}],
    ]);
    const [f] = reconcileFigures([claim('a', 'detained', 0), claim('b', 'detained', 0), claim('c', 'detained', 1)], docs);
    // the zeros stay among the claims and in the bounds, but no longer outvote the later arrest
    expect(f).toMatchObject({ low: 0, best: 1, high: 1 });
    expect(f?.claims).toHaveLength(3);
    expect(f?.resolution).toBe('accumulated');
    expect(f?.explanation).toBe('0 (2 reports: a, b) vs 1 (1 report: c); best 1: the zero of earlier reports gives way to the count a later report states (counts that only grow)');
    // a zero of the same day as the arrests, or of an unknown day, still votes
    const [g] = reconcileFigures([claim('a', 'detained', 0), claim('b', 'detained', 0), claim('d', 'detained', 0), claim('c', 'detained', 1)],
      new Map([...docs, ['b', { published: '2015-10-31' }]]));
    expect(g).toMatchObject({ best: 0 });
    expect(g?.explanation).toContain('the zero of earlier reports (a) gives way');
    // a zero written after the arrests is not superseded ("charges were dropped; no one is in custody")
    const [h] = reconcileFigures([claim('c', 'detained', 0), claim('a', 'detained', 1), claim('b', 'detained', 0)], docs);
    expect(h).toMatchObject({ best: 0 });
    // the killed do not accumulate: "no one was killed" is not superseded by a later toll
    const [k] = reconcileFigures([claim('a', 'killed', 0), claim('b', 'killed', 0), claim('c', 'killed', 1)], docs);
    expect(k).toMatchObject({ best: 0 });
  });

  it('counts the injured of a report that states only the shot as its shot minus its killed', () => {
    // "one person is dead and at least two people are hurt" (a); "the victim was one of five people shot" (b)
    const docs = new Map<string, DocFacts>([['a', { published: '2016-01-01' }], ['b', { published: '2016-01-02' }]]);
    const figures = reconcileFigures([claim('a', 'killed', 1), claim('a', 'injured', 2), claim('b', 'shot', 5), claim('b', 'killed', 1, 'exact', { key: 'unscoped' }, { certainty: 'implied' })], docs);
    const injured = figures.find((f) => f.kind === 'injured');
    // 2 stated, 4 as 5 shot - 1 killed: tied, the higher count of injured
    expect(injured).toMatchObject({ low: 2, best: 4, high: 4 });
    expect(injured?.explanation).toContain('b: 5 shot - 1 killed');
    // a report that states injured speaks for itself, unless its own shot minus killed is more
    const [, alone] = reconcileFigures([claim('a', 'killed', 1), claim('a', 'injured', 2), claim('a', 'shot', 5)], docs);
    expect(alone).toMatchObject({ kind: 'injured', low: 2, best: 4, high: 4 });
    const [, itself] = reconcileFigures([claim('a', 'killed', 1), claim('a', 'injured', 4), claim('a', 'shot', 5)], docs);
    expect(itself).toMatchObject({ kind: 'injured', low: 4, best: 4, high: 4 });
  });

  it('keeps unscoped claims in the event\'s figure when some do not fit a stated total and nothing is tied to the event', () => {
    // "In total, ... six others were injured" beside "three others injured", "wounding three", "six injured"
    const figures = reconcileFigures([claim('a', 'injured', 6, 'exact', total), claim('b', 'injured', 3), claim('c', 'injured', 5), claim('d', 'injured', 6)], new Map());
    expect(figures.map((f) => [f.scope.key, f.low, f.high])).toEqual([['main', 3, 6], ['total', 6, 6]]);
    // when every unscoped claim fits the total, they join it, as before
    const agreeing = reconcileFigures([claim('a', 'killed', 147, 'exact', total), claim('b', 'killed', 147)], new Map());
    expect(agreeing.map((f) => [f.scope.key, f.claims.length])).toEqual([['total', 2]]);
  });

  it('never puts best outside [low, high]', () => {
    const figures = reconcileFigures([claim('a', 'killed', 5, 'at-least'), claim('b', 'killed', 3), claim('c', 'killed', 3)], new Map());
    for (const f of figures) {
      expect(f.best).toBeGreaterThanOrEqual(f.low);
      if (f.high !== null) expect(f.best).toBeLessThanOrEqual(f.high);
    }
  });
});

import fc from 'fast-check';

describe('reconcileFigures properties', () => {
  const arbClaim = fc.record({
    doc: fc.constantFrom('a', 'b', 'c', 'd'),
    kind: fc.constantFrom<ClaimKind>('killed', 'injured', 'shot', 'detained'),
    value: fc.nat({ max: 1000 }),
    qualifier: fc.constantFrom<Qualifier>('exact', 'more-than', 'at-least', 'about'),
    scope: fc.constantFrom<Scope>({ key: 'unscoped' }, { key: 'main', place: 'X' }, { key: 'total' }, { key: 'other' }),
    isUpdate: fc.boolean(),
    implied: fc.boolean(),
  });
  it('keeps best within [low, high], counts sources, and loses no stated claim', () => {
    // the case a random run found: one report's zero arrests beside its one arrest (policy 2)
    const f = reconcileFigures([claim('b', 'detained', 1), claim('b', 'detained', 0)], new Map());
    expect(f.map((x) => [x.best, x.claims.map((c) => c.value)])).toEqual([[1, [1]]]);
    fc.assert(
      fc.property(fc.array(arbClaim, { maxLength: 12 }), (rows) => {
        const claims = rows.map((r) => claim(r.doc, r.kind, r.value, r.qualifier, r.scope, { isUpdate: r.isUpdate, certainty: r.implied ? 'implied' : 'stated' }));
        const figures = reconcileFigures(claims, new Map());
        for (const f of figures) {
          expect(f.best).toBeGreaterThanOrEqual(f.low);
          if (f.high !== null) expect(f.best).toBeLessThanOrEqual(f.high);
          expect(f.independentSources).toBe(new Set(f.claims.map((c) => c.doc)).size);
          expect(f.claims.length).toBeGreaterThan(0);
        }
        const kept = figures.filter((f) => f.resolution !== 'derived').reduce((n, f) => n + f.claims.length, 0);
        // Policy 2: a report's zero arrests give way to the arrests the same report states, of the
        // event (main, total, unscoped) or of the same other scope: its earlier state, not a claim.
        const family = (c: Claim) => `${c.doc} ${['main', 'total', 'unscoped'].includes(c.scope.key) ? 'event' : c.scope.key}`;
        const arrested = new Set(claims.filter((c) => c.kind === 'detained' && c.value > 0).map(family));
        const givesWay = (c: Claim) => c.kind === 'detained' && c.value === 0 && arrested.has(family(c));
        const stated = claims.filter((c) => c.certainty === 'stated' && c.kind !== 'shot' && !givesWay(c)).length;
        expect(kept).toBeGreaterThanOrEqual(stated);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the explanation names the counts a report states beside its own', () => {
  it('says where a bound comes from when a report also states a count no report is counted for', () => {
    // "Five people were injured ... no one was hurt": the 0 sets low, and the explanation says so
    const [figure] = reconcileFigures([claim('a', 'injured', 5), claim('a', 'injured', 0, 'exact', { key: 'unscoped' }, { quote: 'no one was hurt', numberSpan: { doc: 'a', start: 0, end: 15 } }), claim('b', 'injured', 5)], new Map());
    expect([figure?.low, figure?.best, figure?.high]).toEqual([0, 5, 5]);
    expect(figure?.explanation).toContain("a also states 0 ('no one was hurt') beside its 5");
  });
  it('says nothing of a count within the values reports are counted for', () => {
    const [figure] = reconcileFigures([claim('a', 'killed', 3), claim('a', 'killed', 4), claim('b', 'killed', 4), claim('c', 'killed', 3)], new Map());
    expect(figure?.low).toBe(3);
    expect(figure?.explanation).not.toContain('also states');
  });
});
