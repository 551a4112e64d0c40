import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_GROUP_OPTIONS, EventGrouper, groupDocuments, isOneSmallCollection, type GroupOptions, nameTokens, reportNameTokens, sharedAnchor, streamOrder, withCopyDays } from '../../../src/stages/group/index.js';
import { TokenCounts } from '../../../src/stages/group/token-counts.js';

/** Two reports of an invented incident: shared victim, street and officer names. */
function incident(key: string, town: string, victim: string, street: string, officer: string, day: string): { id: string; text: string; published: string; eventDate: string }[] {
  return [
    { id: `${key}1`, published: day, eventDate: day, text: `${victim} was shot dead on ${street} in ${town}. Sergeant ${officer} said the gunman fled.` },
    { id: `${key}2`, published: day, eventDate: day, text: `${town} police named ${victim}, killed on ${street}; ${officer} asked for witnesses.` },
  ];
}

const A = incident('a', 'Velmora', 'Oskar Brantley', 'Quillon Street', 'Tamsin Okafor', '2021-03-02');
const B = incident('b', 'Durnhill', 'Lidia Farrow', 'Pellham Avenue', 'Emeka Sorensen', '2021-03-02');
/** Background reports that name none of the above, so the names above are rare. */
const BACKGROUND = Array.from({ length: 40 }, (_, i) => ({ id: `z${i}`, published: '2021-02-01', text: `Report number ${i} about the weather in Kestrel${i} and Marrow${i}.` }));

describe('groupDocuments', () => {
  it('keeps the reports of two incidents of the same day apart, each together', () => {
    const groups = groupDocuments([...A, ...B, ...BACKGROUND]);
    expect(groups.filter((g) => g.length > 1)).toEqual([['a1', 'a2'], ['b1', 'b2']]);
  });

  it('does not link two incidents through words a title capitalised', () => {
    // Title-case headlines share "Investigation", "Continues" and "Public"; their bodies write them in lowercase.
    const x = { id: 'x', published: '2021-03-02', text: 'Investigation Continues Into Public Park Shooting. Oskar Brantley was shot in Velmora; the investigation continues in the public park.' };
    const y = { id: 'y', published: '2021-03-02', text: 'Investigation Continues Into Public School Fire. Lidia Farrow was hurt in Durnhill; the investigation continues at the public school.' };
    expect(groupDocuments([x, y, ...BACKGROUND]).find((g) => g.includes('x'))).toEqual(['x']);
  });

  it('does not link two incidents of one day through the common words of a school\'s name ("High School")', () => {
    const x = { id: 'x', published: '2021-03-02', eventDate: '2021-03-02', text: 'Oskar Brantley was shot outside a High School on Quillon Street in Velmora. Sergeant Tamsin Okafor said the gunman fled.' };
    const y = { id: 'y', published: '2021-03-02', eventDate: '2021-03-02', text: 'Lidia Farrow was hurt near a High School on Pellham Avenue in Durnhill. Sergeant Emeka Sorensen asked for witnesses.' };
    expect(groupDocuments([x, y, ...BACKGROUND]).find((g) => g.includes('x'))).toEqual(['x']);
    // shared names besides them link them
    const z = { ...y, id: 'z', text: 'Oskar Brantley was hurt near a High School on Pellham Avenue in Durnhill. Sergeant Emeka Sorensen asked for witnesses.' };
    expect(groupDocuments([x, z, ...BACKGROUND]).find((g) => g.includes('x'))).toEqual(['x', 'z']);
  });

  it('does not link two incidents through contractions a quote capitalised ("We\'re", "We\'ll")', () => {
    const x = { id: 'x', published: '2021-03-02', text: "Oskar Brantley was shot in Velmora. \"We're heartbroken. We'll miss him,\" a cousin said." };
    const y = { id: 'y', published: '2021-03-02', text: "Lidia Farrow was hurt in Durnhill. \"We're praying. We'll be there for her,\" a neighbour said." };
    expect(groupDocuments([x, y, ...BACKGROUND]).find((g) => g.includes('x'))).toEqual(['x']);
  });

  it('does not glue two incidents through a roundup that names both', () => {
    const roundup = {
      id: 'r',
      published: '2021-03-03',
      text: `Two shootings: Oskar Brantley died on Quillon Street in Velmora, and Lidia Farrow was killed on Pellham Avenue in Durnhill. Sergeant Tamsin Okafor spoke.`,
    };
    const groups = groupDocuments([...A, ...B, roundup, ...BACKGROUND]);
    const withA = groups.find((g) => g.includes('a1'));
    const withB = groups.find((g) => g.includes('b1'));
    expect(withA).not.toBe(withB);
    // the roundup shares most with A (it names A's officer too), so it joins A
    expect(withA).toContain('r');
  });

  it('links documents that copy each other even without shared names', () => {
    const docs = [
      { id: 'x', text: 'nothing capitalised here at all', published: '2021-01-01' },
      { id: 'y', text: 'nothing capitalised here either', published: '2021-01-01' },
      ...BACKGROUND,
    ];
    expect(groupDocuments(docs).find((g) => g.includes('x'))).toEqual(['x']);
    expect(groupDocuments(docs, {}, [['x', 'y']]).find((g) => g.includes('x'))).toEqual(['x', 'y']);
  });

  it('does not follow a copy link between reports of different days or different people', () => {
    // A station's stock paragraphs reused for two shootings: lineage links them, but the days and names differ.
    const x = { id: 'x', published: '2021-05-03', eventDate: '2021-05-02', text: 'Corvin Astley was shot on Brenmoor Road.' };
    const later = { id: 'y', published: '2021-05-20', eventDate: '2021-05-19', text: 'Corvin Astley was shot on Brenmoor Road.' };
    const others = { id: 'w', published: '2021-05-04', eventDate: '2021-05-03', text: 'Hallie Voskuijlen was shot on Tarrow Lane.' };
    expect(groupDocuments([x, later, ...BACKGROUND], {}, [['x', 'y']]).find((g) => g.includes('x'))).toEqual(['x']);
    expect(groupDocuments([x, others, ...BACKGROUND], {}, [['x', 'w']]).find((g) => g.includes('x'))).toEqual(['x']);
    // The same copy of one day and one victim is followed (the names alone would link it too).
    const copy = { id: 'v', published: '2021-05-05', text: 'Corvin Astley was shot on Brenmoor Road, police said.' };
    expect(groupDocuments([x, copy, ...BACKGROUND], {}, [['x', 'v']]).find((g) => g.includes('x'))).toEqual(['v', 'x']);
  });

  it('takes an undated copy at its copy\'s day, not after every event has closed', () => {
    // The copy has no date; last in the stream, it came when its copy's event had closed (a later
    // report had moved the stream's date on) and joined the one open then, which shares a name.
    const first = { id: 'x', published: '2021-05-03', eventDate: '2021-05-02', text: 'Corvin Astley was shot on Brenmoor Road in Velmora.' };
    const copy = { id: 'v', text: 'Corvin Astley was shot on Brenmoor Road in Velmora, police said.' };
    const later = { id: 'y', published: '2021-09-20', eventDate: '2021-09-19', text: 'Work began on Brenmoor Road in Velmora.' };
    const groups = groupDocuments([copy, first, later, ...BACKGROUND], { followUpEvents: 0 }, [['x', 'v']]);
    expect(groups.find((g) => g.includes('x'))).toEqual(['v', 'x']);
    expect(streamOrder(withCopyDays([copy, first, later], [['x', 'v']])).map((d) => d.id)).toEqual(['v', 'x', 'y']);
  });

  it('keeps linking by a name that many reports of one event share', () => {
    // Forty reports of one shooting name its victim and the place, and nothing else in common.
    const big = Array.from({ length: 40 }, (_, i) => ({
      id: `big${String(i).padStart(2, '0')}`,
      published: '2021-06-01',
      eventDate: '2021-06-01',
      text: `Marisol Quenneville was killed near Ardwick Mill. Report ${i} from Pressley${i}.`,
    }));
    expect(groupDocuments([...big, ...BACKGROUND]).find((g) => g.includes('big00'))).toHaveLength(40);
    // A cap on the reports a name may be in would cut the story up.
    expect(groupDocuments([...big, ...BACKGROUND], { maxTokenDocs: 30 }).find((g) => g.includes('big00'))?.length).toBeLessThan(40);
  });

  it('stops linking by a name once the reports of several open events name it', () => {
    // Three shootings of one fortnight, each taken to the same hospital; then a report that shares
    // the hospital and one more name with the first.
    const spread = [
      { id: 's0', eventDate: '2021-06-01', text: 'Tobiah Wrenfield, of Kelderby, was taken to Grenholm hospital.' },
      { id: 's1', eventDate: '2021-06-08', text: 'Ines Harrowgate was taken to Grenholm hospital.' },
      { id: 's2', eventDate: '2021-06-10', text: 'Caspian Ollerenshaw was taken to Grenholm hospital.' },
    ];
    const late = { id: 't', eventDate: '2021-06-04', text: 'A Kelderby family waited at Grenholm.' };
    const run = (options: Partial<GroupOptions>) => {
      const grouper = new EventGrouper(options);
      for (const d of [...BACKGROUND, ...spread, late]) grouper.add(d);
      return grouper.flush().find((g) => g.includes('t'));
    };
    // "Grenholm" is in three open events: it no longer links; "Kelderby" alone is not enough.
    expect(run({})).toEqual(['t']);
    expect(run({ maxTokenGroups: 3 })).toEqual(['s0', 't']);
  });

  it('treats a small collection whose reports all name one thing as one event', () => {
    const docs = [
      { id: 'p', text: 'The Dunmere market attack left many dead.', published: '2019-03-16' },
      { id: 'q', text: 'In Dunmere, mourners gathered a year later.', published: '2020-03-16' },
    ];
    expect(sharedAnchor(docs)).toBe('dunmere');
    expect(groupDocuments(docs)).toEqual([['p', 'q']]);
    expect(groupDocuments(docs, { smallCollection: 0 })).toEqual([['p'], ['q']]);
  });

  it("reads the place of a dateline in capitals as a small collection's shared name, not a word the text writes in lowercase", () => {
    const docs = [
      { id: 'a', text: 'Two people were killed in a shooting at a nightclub in Dunmere early Saturday, police said.' },
      { id: 'b', text: 'DUNMERE, Tenn. (Dec. 3, 2023) - A third victim of the nightclub shooting has died.', published: '2023-12-03' },
    ];
    expect(sharedAnchor(docs)).toBe('dunmere');
    expect(groupDocuments(docs)).toEqual([['a', 'b']]);
    const breaking = [
      { id: 'c', text: 'BREAKING — A man was shot in Kelby. More breaking news soon.' },
      { id: 'd', text: 'BREAKING — A fire broke out in Ardley. More breaking news soon.' },
    ];
    expect(sharedAnchor(breaking)).toBeUndefined();
  });

  it('treats a small collection chained by two shared names each, on days a week apart at most, as one event', () => {
    const chained = [
      { id: 'w', text: 'Riot police dispersed the rally in Tbilisi. Smaller rallies were held in Batumi and Kutaisi.', eventDate: '2025-04-13' },
      { id: 'l', text: 'Rallies in Batumi and Kutaisi ended. The Public Defender received complaints.', eventDate: '2025-04-13' },
      { id: 'r', text: 'The Public Defender and our lawyers documented the detentions.', eventDate: '2025-04-13' },
    ];
    expect(sharedAnchor(chained)).toBeUndefined();
    expect(groupDocuments(chained)).toEqual([['l', 'r', 'w']]);
    expect(isOneSmallCollection(chained, DEFAULT_GROUP_OPTIONS)).toBe(true);
    // one shared name links nothing, nor do days two weeks apart
    const once = [chained[0]!, { ...chained[1]!, text: 'Officials in Kutaisi spoke.' }, { ...chained[2]!, text: 'The Public Defender spoke in Batumi.' }];
    expect(isOneSmallCollection(once, DEFAULT_GROUP_OPTIONS)).toBe(false);
    expect(isOneSmallCollection(chained.map((d, i) => ({ ...d, eventDate: i === 2 ? '2025-04-30' : d.eventDate })), DEFAULT_GROUP_OPTIONS)).toBe(false);
  });

  it('takes no given name as the shared name of a small collection', () => {
    const three = [
      { id: 'a', text: 'An airstrike hit Ariha. Dr. Mohammed Hassan said 14 died.', eventDate: '2025-03-11' },
      { id: 'b', text: 'Fighting went on in Umm Ruwaba, Abdelrahman Mohammed Ali said.', eventDate: '2025-03-03' },
      { id: 'c', text: 'A bomb hit the checkpoint at Tuz Khurmatu, Col. Mohammed Bayati said.', eventDate: '2025-04-17' },
    ];
    expect(sharedAnchor(three)).toBeUndefined();
    expect(groupDocuments(three)).toEqual([['a'], ['b'], ['c']]);
    // a place every report names is one (a first report, a trial and an anniversary of one attack: see stream.test.ts)
    const named = three.map((d) => ({ ...d, text: `${d.text} Officials in Dunmere spoke.` }));
    expect(sharedAnchor(named)).toBe('dunmere');
  });

  it('shares a name of a small collection in spellings that differ in vowels, not short names', () => {
    const spelt = [
      { id: 'p', text: 'A car bomb exploded near the Kirkuk bus station.', published: '2025-03-11' },
      { id: 'q', text: 'A week after the Kerkuk bombing, the station reopened.', published: '2025-03-18' },
    ];
    expect(sharedAnchor(spelt)).toBe('kirkuk');
    expect(groupDocuments(spelt)).toEqual([['p', 'q']]);
    // "Mark" and "Mirk" are two names: too short to be one spelt two ways
    expect(sharedAnchor([{ id: 'a', text: 'Mark was shot.' }, { id: 'b', text: 'Mirk was shot.' }])).toBeUndefined();
    expect(sharedAnchor([{ id: 'a', text: 'Velmora police spoke.' }, { id: 'b', text: 'Durnhill police spoke.' }])).toBeUndefined();
  });

  it('returns every document exactly once (property)', () => {
    const words = ['Velmora', 'Durnhill', 'Oskar', 'Lidia', 'Quillon', 'police', 'shot', 'Kestrel'];
    fc.assert(
      fc.property(
        fc.array(fc.record({ words: fc.array(fc.constantFrom(...words), { maxLength: 8 }), day: fc.integer({ min: 0, max: 60 }) }), { maxLength: 40 }),
        (specs) => {
          const docs = specs.map((s, i) => ({ id: `d${i}`, text: s.words.join(' '), published: new Date(Date.UTC(2021, 0, 1 + s.day)).toISOString().slice(0, 10) }));
          const ids = groupDocuments(docs).flat().sort();
          expect(ids).toEqual(docs.map((d) => d.id).sort());
        },
      ),
      { seed: 20261122, numRuns: 200 },
    );
  });

  it('gives the same groups whatever the order of the inputs (property)', () => {
    const words = ['Velmora', 'Durnhill', 'Oskar', 'Lidia', 'Quillon', 'police', 'shot', 'Kestrel', 'Marwen', 'Tobin'];
    fc.assert(
      fc.property(
        fc.array(fc.record({ words: fc.array(fc.constantFrom(...words), { maxLength: 8 }), day: fc.integer({ min: 0, max: 3 }) }), { minLength: 30, maxLength: 60 }),
        fc.integer(),
        (specs, seed) => {
          const docs = specs.map((s, i) => ({ id: `d${i}`, text: s.words.join(' '), published: new Date(Date.UTC(2021, 0, 1 + s.day)).toISOString().slice(0, 10) }));
          // a shuffle of the same documents
          const shuffled = docs.map((d, i) => ({ d, k: Math.sin(seed + i * 7919) })).sort((a, b) => a.k - b.k).map((x) => x.d);
          expect(groupDocuments(shuffled, { smallCollection: 0 })).toEqual(groupDocuments(docs, { smallCollection: 0 }));
        },
      ),
      { seed: 20261123, numRuns: 100 },
    );
  });
});

describe('EventGrouper', () => {
  it('closes an event once the stream has moved past its window, and not before', () => {
    const grouper = new EventGrouper({ windowDays: 14 });
    for (const d of [...A, ...BACKGROUND.slice(0, 5).map((b) => ({ ...b, published: '2021-03-01' }))]) grouper.add(d);
    expect(grouper.closeReady()).toEqual([]);
    grouper.add({ id: 'late', text: 'Another day in Ostrava.', published: '2021-03-10' });
    expect(grouper.closeReady()).toEqual([]);
    grouper.add({ id: 'later', text: 'Another day in Brno.', published: '2021-03-20' });
    const closed = grouper.closeReady();
    expect(closed).toContainEqual(['a1', 'a2']);
    expect(closed.flat()).not.toContain('later');
    expect(grouper.flush().flat()).toContain('later');
  });

  it('keeps an event open while follow-ups keep coming, when the clock is the publication date', () => {
    const grouper = new EventGrouper({ windowDays: 14 });
    const [first, second] = A;
    const third = { ...second!, id: 'a3' };
    grouper.add({ ...first!, at: '2021-03-02' });
    // a follow-up published ten days later about the same day's shooting
    grouper.add({ ...second!, published: '2021-03-12', at: '2021-03-12' });
    grouper.add({ id: 'other', text: 'Another day in Ostrava.', published: '2021-03-20', at: '2021-03-20' });
    // 18 days after the shooting, but 8 after the last report of it: still open
    expect(grouper.closeReady().flat()).not.toContain('a1');
    grouper.add({ ...third, published: '2021-03-22', at: '2021-03-22' });
    expect([...grouper.closeReady(), ...grouper.flush()]).toContainEqual(['a1', 'a2', 'a3']);
    // with the event day as the clock (the default), the same stream closes the event before the third report
    const byEventDay = new EventGrouper({ windowDays: 14 });
    for (const d of [first!, { ...second!, published: '2021-03-12' }, { id: 'other', text: 'Another day in Ostrava.', published: '2021-03-20' }]) byEventDay.add(d);
    expect(byEventDay.closeReady()).toContainEqual(['a1', 'a2']);
  });

  it('keeps at most maxOpenDocs documents open, closing the oldest events first', () => {
    const grouper = new EventGrouper({ maxOpenDocs: 10 });
    for (let i = 0; i < 25; i++) {
      grouper.add({ id: `u${i}`, text: `Undated report ${i} from Town${i}.` });
      expect(grouper.openDocs).toBeLessThanOrEqual(10);
    }
    const closed = grouper.closeReady();
    expect(closed[0]).toEqual(['u0']);
    expect([...closed.flat(), ...grouper.flush().flat()].sort()).toEqual(Array.from({ length: 25 }, (_, i) => `u${i}`).sort());
  });
});

describe('nameTokens and streamOrder', () => {
  it('keeps capitalised names, lowercased, without possessives and common words', () => {
    expect([...nameTokens("Police said Jose Flores-Vargas's car was found in Salinas on Monday.")]).toEqual(['jose', 'flores-vargas', 'salinas']);
    // month abbreviations and street types in the plural name nothing in particular
    expect([...nameTokens('On Nov. 5 and Jan. 2, Oskar Brantley was shot at Hyde and Ellis Streets.')]).toEqual(['oskar', 'brantley', 'hyde', 'ellis']);
    // contractions a quote or heading capitalised are no names
    expect([...nameTokens("We're sure They'll Come, Y'all. Can't Stop Marla D'Angelo.")]).toEqual(['come', 'stop', 'marla', 'angelo']);
  });

  it("leaves out the names of the site's name after a page's headline, not the report's own", () => {
    const title = 'Man shot on Quillon Street - WXYZ Velmora, Kestrel News Weather & Sports';
    const text = 'Man shot on Quillon Street - WXYZ Velmora, Kestrel News Weather & Sports\n\nOskar Brantley was shot in Velmora on Monday.';
    expect([...reportNameTokens(text, title)].sort()).toEqual(['brantley', 'man', 'oskar', 'quillon', 'velmora']);
    // a headline the text does not open with, or none, leaves the names as they are
    expect(reportNameTokens('Oskar Brantley was shot. Sports Weather', title)).toEqual(nameTokens('Oskar Brantley was shot. Sports Weather'));
    expect(reportNameTokens(text, undefined)).toEqual(nameTokens(text));
  });

  it('reads a name token to a word boundary: possessives, hyphens, apostrophes, ASCII letters', () => {
    expect([...nameTokens("McDonald O'Neal Jones' Smith’s Ann-Marie Flores-vargas Jose R2D2 Lee")]).toEqual(['neal', 'jones', 'smith', 'ann-marie', 'flores', 'jose', 'lee']);
    // a text with letters beyond ASCII reads its words the same way
    expect([...nameTokens("McDonald O'Neal Jones' Smith’s Ann-Marie Flores-vargas José R2D2 Lee")]).toEqual(['neal', 'jones', 'smith', 'ann-marie', 'flores', 'jose', 'lee']);
  });

  it('reads names in any script, folded to ASCII so spellings with and without diacritics meet', () => {
    expect([...nameTokens('Émile Müller’s car, seen by Zoë in Ləkəran; Горбачёв spoke. ÉCOLE Ñ')]).toEqual(['emile', 'muller', 'zoe', 'lekeran', 'gorbachev']);
    expect([...nameTokens('José Flores')]).toEqual([...nameTokens('Jose Flores')]);
    // the Arabic article joined by a hyphen, in either case, is not part of the name
    expect([...nameTokens('Dr. Mohammed al-Hassan said Al-Hassan and El-Fasher.')]).toEqual(['mohammed', 'hassan', 'fasher']);
  });

  it('leaves out words the text also writes in lowercase: a title or a sentence start capitalised them', () => {
    expect([...nameTokens('Investigation Continues In Bedford. Police said the investigation continues.')]).toEqual(['bedford']);
    expect([...nameTokens('New Year’s Eve Drive-By in Marlow. A drive-by late on the eve of the new year.')]).toEqual(['marlow']);
    // only whole lowercase words count: "mcdonald" is not written inside "McDonald", nor "neal" in "O'Neal"
    expect([...nameTokens("McDonald and O'Neal spoke; mcdonald's menu")]).toEqual(['neal']);
    expect([...nameTokens('Émile Müller’s café; the école of émile')]).toEqual(['muller']);
  });

  it('leaves out holidays and "Memorial", which many events share', () => {
    expect([...nameTokens('New Year’s Eve shooting: Oskar Brantley taken to Marlow Memorial on Christmas Day')]).toEqual(['new', 'oskar', 'brantley', 'marlow']);
  });

  it('orders by stated event day, else publication date, undated last, stably', () => {
    const docs = [
      { id: 'u', text: '' },
      { id: 'p', text: '', published: '2021-03-05' },
      { id: 'e', text: '', published: '2021-03-09', eventDate: '2021-03-01' },
      { id: 'q', text: '', published: '2021-03-05' },
    ];
    expect(streamOrder(docs).map((d) => d.id)).toEqual(['e', 'p', 'q', 'u']);
  });
});

describe('TokenCounts', () => {
  it('never counts a token less often than it was added (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 300 }), (tokens) => {
        const counts = new TokenCounts();
        const exact = new Map<string, number>();
        for (const t of tokens) {
          counts.add(t);
          exact.set(t, (exact.get(t) ?? 0) + 1);
        }
        for (const [t, n] of exact) expect(counts.get(t)).toBeGreaterThanOrEqual(n);
      }),
      { seed: 20261122, numRuns: 100 },
    );
  });

  it('counts exactly when there are few tokens', () => {
    const counts = new TokenCounts();
    for (const t of ['salinas', 'salinas', 'paterson']) counts.add(t);
    expect([counts.get('salinas'), counts.get('paterson'), counts.get('tulsa')]).toEqual([2, 1, 0]);
  });
});
