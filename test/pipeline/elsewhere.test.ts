import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../src/pipeline/build.js';
import { analyzeDocument } from '../../src/pipeline/analyze.js';
import { createContext } from '../../src/pipeline/stage.js';
import { openingPlace } from '../../src/stages/extract/claims/scope.js';
import type { RawDoc } from '../../src/model/document.js';
import type { DossierFigure } from '../../src/model/dossier.js';

describe('openingPlace', () => {
  it.each([
    ["In Dravik, the country's second city, two protesters were killed.", 'Dravik'],
    ['In Dravik, a city mourns the two killed', 'Dravik'],
    ['In the village of Tessa, nine people were killed.', 'Tessa'],
    ['In Kafr Umbaya — the largest of the three villages — 11 died.', 'Kafr Umbaya'],
    ['In March, two men were arrested.', undefined],
    ['In Grant Medical Center, doctors treated 12 people.', undefined],
    ['Two protesters were killed in Dravik.', undefined],
    ['In total, 147 people died.', undefined],
    ['In a statement, police said two men were arrested.', undefined],
    // a word that sets the place beside the event's
    ['In neighbouring Kessan State, bandits killed three farmers.', 'Kessan State'],
    ['In nearby Millbrook, a man was shot.', 'Millbrook'],
    ['In northern Tarvo, two soldiers died.', 'Tarvo'],
    ['In nearby cities, police were on alert.', undefined],
  ])('%s -> %s', (sentence, place) => {
    expect(openingPlace(sentence)).toBe(place);
  });
});

/** The dossier of the reports as one event. */
function oneEvent(docs: RawDoc[]): ReturnType<typeof buildDossier> {
  return buildDossier(docs, createContext({ now: new Date('2030-01-01') }), undefined, { grouping: 'one' });
}

/** The figures of an event as `kind scope-key place: low/best/high`. */
function figures(docs: RawDoc[]): string[] {
  const dossier = oneEvent(docs);
  return (dossier.events[0]?.figures ?? []).map((f: DossierFigure) => `${f.kind} ${f.scope.key} ${f.scope.place ?? '-'}: ${f.low}/${f.best}/${f.high}`);
}

describe('claims of another place than the event’s', () => {
  const a: RawDoc = {
    id: 'a',
    path: 'a.txt',
    published: '2026-03-15',
    text:
      'Police fired on protesters in Varenza on Saturday, killing seven people, the health ministry said. ' +
      "In Dravik, the country's second city, two protesters were killed and 40 people were arrested at a parallel rally.",
  };
  const b: RawDoc = {
    id: 'b',
    path: 'b.txt',
    published: '2026-03-16',
    text: 'Seven people were killed in Varenza when police broke up the rally. In Osel, police dispersed a smaller rally; no one was killed there.',
  };

  it('are figures of their own place, reconciled apart from the event’s', () => {
    expect(figures([a, b])).toEqual(['killed main Varenza: 7/7/7', 'killed other Dravik: 2/2/2', 'detained other Dravik: 40/40/40', 'killed other Osel: 0/0/0']);
  });

  it('are so when the sentence opens on a neighbouring place', () => {
    const raid: RawDoc = {
      id: 'raid',
      path: 'raid.txt',
      published: '2026-03-18',
      text: 'Gunmen killed at least 12 people in a raid on Dangura village in Velm State on Tuesday, police said. In neighbouring Kessan State, bandits killed three farmers on Monday.',
    };
    expect(figures([raid]).filter((f) => f.startsWith('killed'))).toEqual(['killed main Velm State: 12/12/null', 'killed other Kessan State: 3/3/3']);
  });

  it('go on in the sentences after the first of a paragraph that opens on the place', () => {
    const roundup: RawDoc = {
      id: 'r',
      path: 'r.txt',
      published: '2026-03-16',
      text:
        'Seven people were killed in Varenza when police broke up the rally on Saturday. Police arrested 12 people there.\n\n' +
        'In Dravik, two men were shot at a checkpoint. One of them was killed. A soldier was arrested.\n',
    };
    expect(figures([roundup])).toEqual(['killed main Varenza: 7/7/7', 'detained main -: 12/12/12', 'killed other Dravik: 1/1/null', 'injured other Dravik: 1/1/1', 'detained other Dravik: 1/1/1']);
  });

  it('go on after a first sentence of another day than the event\'s', () => {
    const roundup: RawDoc = {
      id: 'r',
      path: 'r.txt',
      published: '2026-03-16',
      text: 'Police opened fire on a rally in Varenza on March 15, killing seven people. Witnesses said the police shot at the crowd.\n\nIn Dravik, two men were shot at a checkpoint on March 2. One of them was killed.\n',
    };
    expect(figures([roundup]).filter((f) => f.startsWith('killed'))).toEqual(['killed main Varenza: 7/7/7', 'killed other Dravik: 1/1/null']);
  });

  it('not after a paragraph that only opens on where someone spoke', () => {
    const report: RawDoc = {
      id: 's',
      path: 's.txt',
      published: '2026-03-16',
      text: 'Troops killed 130 people in Varenza on Saturday night, witnesses said.\n\nIn Dravik, the president defended the crackdown. He said 83 people had died.\n',
    };
    expect(figures([report]).filter((f) => f.startsWith('killed'))).toEqual(['killed main Varenza: 83/130/130']);
  });

  it('come after the event’s own place in its places', () => {
    const dossier = oneEvent([a, b]);
    const places = dossier.events[0]?.places ?? [];
    expect(places[0]).toBe('Varenza');
    expect(places.indexOf('Osel')).toBeGreaterThan(places.indexOf('Varenza'));
  });

  it('stay the event’s when they are its only claims of their kind, or of the event’s own place', () => {
    expect(figures([{ id: 'c', path: 'c.txt', text: 'In Chicago, a man was shot dead on Sunday night, police said.' }])).toEqual(['killed main Chicago: 1/1/1']);
    expect(
      figures([
        { id: 'd', path: 'd.txt', text: 'Troops killed 130 people in Baku that night.' },
        { id: 'e', path: 'e.txt', text: 'In Baku, 130 people were killed by the troops.' },
      ]),
    ).toEqual(['killed main Baku: 130/130/130']);
  });
});

describe('claims of other happenings than the event', () => {
  it('are reconciled apart, one figure each: a raid two years before, the attackers the forces killed', () => {
    const report: RawDoc = {
      id: 'a',
      path: 'a.txt',
      published: '2024-03-14',
      text:
        'Gunmen killed 23 villagers in Tessa on Tuesday night, a local official said. ' +
        'Troops killed 11 of the assailants in a firefight on Wednesday, the army said. ' +
        'In March 2022, 14 people were killed in a raid on the same village.',
    };
    const rows = figures([report]).map((f) => f.replace(/ \S+:/, ':'));
    // in the order the report tells them; "11 of the assailants" counts 11 attackers, not at least 11
    expect(rows).toEqual(['killed main: 23/23/23', 'killed other: 11/11/11', 'killed other: 14/14/14']);
  });

  it('set the attackers a report counts in its toll apart, as another report does', () => {
    const docs: RawDoc[] = [
      {
        id: 'a',
        path: 'a.txt',
        published: '2024-03-10',
        text: 'Gunmen killed 12 villagers in an overnight raid on Tessa, police said on Sunday. Soldiers who arrived at dawn killed three of the attackers.',
      },
      {
        id: 'b',
        path: 'b.txt',
        published: '2024-03-10',
        text: 'Fifteen dead after raid on Tessa village\n\nFifteen people, including three of the bandits, died when armed men stormed Tessa late on Saturday. Troops later engaged the gunmen, killing three of them.',
      },
    ];
    const dossier = oneEvent(docs);
    const killed = (dossier.events[0]?.figures ?? []).filter((f) => f.kind === 'killed');
    // 12 villagers and 15 dead, three of them attackers, agree; the attackers are a figure of their own
    expect(killed.map((f) => `${f.scope.key} ${f.scope.label}: ${f.low}/${f.best}/${f.high} ${f.agreement}`)).toEqual(['main overnight: 12/12/12 consistent', 'other attackers killed: 3/3/3 consistent']);
    expect(killed[0]?.explanation).toContain('tolls that count attackers killed are taken without them (b: 15 - 3 attackers)');
    // each claim keeps the words that state it
    expect(killed[0]?.claims.filter((c) => c.doc === 'b').map((c) => `${c.value} ${c.quote.slice(0, 14)}`)).toEqual(['12 Fifteen dead a', '12 Fifteen people']);
  });
});

describe('places named only in lines about other stories', () => {
  it('are not among the event places: a linked headline, a roundup kicker', () => {
    const doc: RawDoc = {
      id: 'a',
      path: 'a.txt',
      published: '2025-06-08',
      text:
        'SPRINGFIELD, Ohio (WXYZ) — Two people were killed and five wounded when a gunman opened fire at a house party in Springfield early Sunday, police said.\n\n' +
        'ELSEWHERE IN THE VALLEY: In nearby Dayton, a man was shot in the leg Saturday evening outside a store. He was treated and released.\n\n' +
        'RELATED: 2 killed, 3 hurt in Columbus bar shooting\n',
    };
    const dossier = oneEvent([doc]);
    const places = dossier.events[0]?.places ?? [];
    expect(places[0]).toBe('Springfield');
    expect(places).not.toContain('Dayton');
    expect(places).not.toContain('Columbus');
    // the kicker's line is another story's: its figures are not the event's
    expect(dossier.events[0]?.figures.find((f) => f.kind === 'killed' && f.scope.key !== 'other')?.best).toBe(2);
    // and so are the kicker paragraph's later sentences ("He was treated and released")
    expect(dossier.events[0]?.figures.find((f) => f.kind === 'injured' && f.scope.key !== 'other')?.best).toBe(5);
    const { claims } = analyzeDocument(doc, createContext({ now: new Date('2030-01-01') }));
    expect(claims.find((c) => c.quote === 'He was treated and released.')?.scope).toEqual({ key: 'other', label: 'a linked story' });
  });
  it('are not among the event places: headlines listed under a label of their own', () => {
    const doc: RawDoc = {
      id: 'b',
      path: 'b.txt',
      published: '2025-06-08',
      text:
        'SPRINGFIELD, Ohio (WXYZ) — Two people were killed when a gunman opened fire at a house party in Springfield early Sunday, police said.\n\n' +
        'Related stories:\n- 4 hurt in Dayton shooting Saturday\n- 2 dead after crash in Columbus\n',
    };
    const dossier = oneEvent([doc]);
    const places = dossier.events[0]?.places ?? [];
    expect(places[0]).toBe('Springfield');
    expect(places).not.toContain('Dayton');
    expect(places).not.toContain('Columbus');
    expect(dossier.events[0]?.figures.filter((f) => f.scope.key !== 'other').map((f) => [f.kind, f.best])).toEqual([['killed', 2]]);
  });
});

describe("one place's share of a toll", () => {
  const ngo: RawDoc = {
    id: 'ngo',
    path: 'ngo.txt',
    published: '2026-07-09',
    text:
      'Police shot dead at least 31 people during the protests in Dorvania on Monday and Tuesday, a rights group said on Wednesday. ' +
      'The group said 17 of the dead were killed in Varenza, the capital, and the rest in three other towns.',
  };
  const ministry: RawDoc = {
    id: 'ministry',
    path: 'ministry.txt',
    published: '2026-07-10',
    text: 'Eleven people died in the violence during the protests in Dorvania this week, the interior minister said on Thursday. In Varenza alone, six people were killed, according to the ministry.',
  };
  const commission: RawDoc = {
    id: 'commission',
    path: 'commission.txt',
    published: '2026-07-12',
    text: 'The death toll from the protests in Dorvania has risen to 38, the human rights commission said on Saturday.',
  };

  it('is a figure of its own, not in conflict with the whole toll ("17 of the dead were killed in Varenza", "In Varenza alone")', () => {
    const all = figures([ngo, ministry, commission]).filter((f) => f.startsWith('killed'));
    expect(all).toContain('killed other Varenza: 6/6/17');
    expect(all.find((f) => f.startsWith('killed main'))).toBe('killed main Dorvania: 11/38/38');
  });

  it("is the event's own figure when the place is the event's ('In Varenza alone' in reports of Varenza)", () => {
    const local: RawDoc = { id: 'local', path: 'local.txt', published: '2026-07-09', text: 'Police fired on protesters in central Varenza on Wednesday, killing two people, a rights group said.' };
    const later: RawDoc = { id: 'later', path: 'later.txt', published: '2026-07-10', text: 'At least eight people were killed in the protests nationwide, the commission said on Thursday. In Varenza alone, three people died, the commission said.' };
    const all = figures([local, later]).filter((f) => f.startsWith('killed'));
    expect(all.filter((f) => f.startsWith('killed other'))).toEqual([]);
    expect(all.find((f) => f.startsWith('killed main'))).toBe('killed main Varenza: 2/2/3');
  });
});

describe('what a report compares the event with, and people its toll leaves out', () => {
  const first: RawDoc = { id: 'first', path: 'first.txt', text: 'Gunmen storm hotel in Varenza, at least 15 dead\n\nVARENZA, Aug 19 - Gunmen stormed a hotel in Varenza on Friday evening, killing at least 15 people, police said.' };
  const second: RawDoc = {
    id: 'second',
    path: 'second.txt',
    text:
      'Varenza hotel siege ends; 21 killed\n\nVARENZA, Aug 21 - Troops ended the siege of the hotel on Sunday. The health minister said 21 people had died. ' +
      'The toll does not include the four gunmen, who were killed by troops, he said. ' +
      'It was the deadliest attack in the capital since October 2017, when a truck bomb killed more than 500 people.',
  };

  it('are figures apart, and the day of the comparison is no day of the event', () => {
    const dossier = oneEvent([first, second]);
    const event = dossier.events[0]!;
    expect(event.figures.filter((f) => f.kind === 'killed').map((f) => [f.scope.key, f.scope.label, f.best])).toEqual([
      ['main', 'in Varenza', 21],
      ['other', 'left out of the toll', 4],
      ['other', 'before the event: since October 2017', 501],
    ]);
    expect(event.date).toBeNull();
  });

  it('keeps the toll of the happening the event "came after" apart, and its day out of the event date', () => {
    const doc: RawDoc = {
      id: 'a',
      path: 'a.txt',
      published: '2026-06-17',
      text:
        'Police were searching for suspects Wednesday after gunfire erupted near a vigil in Kestrel Bay, leaving a 17-year-old girl dead. ' +
        'Three other people were treated at a hospital after the shooting Tuesday evening, police said. ' +
        'The shooting came after an attack early Sunday at a nightclub in another state left 49 people dead.',
    };
    const event = oneEvent([doc]).events[0]!;
    expect(event.figures.filter((f) => f.kind === 'killed').map((f) => [f.scope.key, f.best])).toEqual([
      ['main', 1],
      ['other', 49],
    ]);
    expect(event.figures.find((f) => f.best === 49)?.scope.label).toMatch(/^before the event: came after/);
    expect(event.date?.start).toBe('2026-06-16');
    // the event itself after "after": no earlier happening
    expect(figures([{ id: 'b', path: 'b.txt', text: 'Two people were killed after a gunman opened fire at a bar.' }])).toEqual(['killed main -: 2/2/2']);
  });

  it('counts the toll before the words that leave people out ("has risen to 26, not counting the five gunmen")', () => {
    const doc: RawDoc = { id: 'a', path: 'a.txt', published: '2026-08-22', text: 'The number of people killed in the attack on the hotel has risen to 26, not counting the five gunmen, a minister said on Monday.' };
    expect(figures([doc]).filter((f) => f.startsWith('killed'))).toEqual(['killed main -: 26/26/26']);
  });
});


describe('tolls of a country and of a city in it', () => {
  it("are one figure when the event is the country's: a total over it is the event's own (11 vs at least 31 nationwide vs 38 in Kenya)", () => {
    const ministry: RawDoc = { id: 'ministry', path: 'ministry.txt', published: '2026-07-10', text: 'Eleven people died in violence during this week\'s protests, the interior minister said on Thursday. He said 485 suspects were detained across the country.' };
    const ngo: RawDoc = { id: 'ngo', path: 'ngo.txt', published: '2026-07-09', text: 'Police shot dead at least 31 people during nationwide protests on Monday and Tuesday, a rights group said on Wednesday.' };
    const commission: RawDoc = { id: 'commission', path: 'commission.txt', published: '2026-07-12', text: "The death toll from this week's protests in Kenya has risen to 38, the rights commission said on Saturday. It said 532 people had been arrested." };
    const all = figures([ministry, ngo, commission]);
    expect(all.filter((f) => f.startsWith('killed'))).toEqual(['killed main Kenya: 11/38/38']);
    expect(all.filter((f) => f.startsWith('detained'))).toEqual(['detained main -: 485/532/532']);
  });

  it("split into the city's figure and the country's total when reports give both ('58 killed in Iraq', '24 in the Iraqi capital')", () => {
    const wire: RawDoc = {
      id: 'wire',
      path: 'wire.txt',
      published: '2026-03-03',
      text: 'A wave of car bombs killed at least 45 people across Iraq on Tuesday, including 22 in Baghdad, police said. More than 120 people were wounded in the attacks.',
    };
    const local: RawDoc = {
      id: 'local',
      path: 'local.txt',
      published: '2026-03-04',
      text: "Funerals were held on Wednesday for victims of Tuesday's bombings in the Iraqi capital, where 24 people were killed and 70 wounded. Across the country, 51 people died and 140 were injured, the ministry said.",
    };
    const later: RawDoc = { id: 'later', path: 'later.txt', published: '2026-03-05', text: "The number of people killed in Tuesday's bombings in Iraq has risen to 58, a spokesman said on Thursday." };
    expect(figures([wire, local, later])).toEqual([
      'killed main Baghdad: 22/22/24',
      'killed total Iraq: 51/58/58',
      'injured main Baghdad: 70/70/70',
      'injured total -: 140/140/140',
    ]);
  });

  it("stay apart when the event is a city's and the total the country's ('130 died in Baku that night', '147 in total')", () => {
    const doc: RawDoc = { id: 'a', path: 'a.txt', text: 'On that night, 130 civilians died in Baku. In total, 147 people were killed across Azerbaijan.' };
    expect(figures([doc])).toEqual(['killed main Baku: 130/130/130', 'killed total Azerbaijan: 147/147/147']);
  });

  it("keep a share named by 'including' apart when its place is not the event's, with the place's other figure", () => {
    const wire: RawDoc = { id: 'wire', path: 'wire.txt', published: '2026-07-09', text: 'Police shot dead 31 people in protests across Dorvania, including 14 in Osel. Smaller rallies were also held in Osel, where police detained nine people.' };
    const other: RawDoc = { id: 'other', path: 'other.txt', published: '2026-07-10', text: 'Protesters rallied in Varenza on Tuesday, where police shot dead 17 people.' };
    const all = figures([wire, other]);
    expect(all).toContain('killed other Osel: 14/14/14');
    expect(all.filter((f) => f.includes('Osel'))).toEqual(['killed other Osel: 14/14/14', 'detained other Osel: 9/9/9']);
  });

  it("set no place for the sentences after a share in its paragraph ('17 of the dead were killed in Osel. More than 200 were wounded')", () => {
    const ngo: RawDoc = {
      id: 'ngo',
      path: 'ngo.txt',
      published: '2026-07-09',
      text: 'Police shot dead at least 31 people in Varenza on Monday, a rights group said.\n\nThe group said 17 of the dead were killed in Osel. More than 200 people were wounded, it said.\n',
    };
    const all = figures([ngo]);
    expect(all).toContain('killed other Osel: 17/17/17');
    expect(all).toContain('injured main -: 201/201/null');
  });
});

describe('dead and hurt in a city far from the event’s', () => {
  it("are that city's figure ('an air strike killed five in the Sudanese capital', in reports of shelling in El Fasher)", () => {
    const wire: RawDoc = {
      id: 'wire',
      path: 'wire.txt',
      published: '2026-06-09',
      text: 'Shelling of a market in El Fasher killed at least 30 people on Sunday, activists said. Fighting also continued in the Sudanese capital, where an air strike killed five people on Monday.',
    };
    const un: RawDoc = { id: 'un', path: 'un.txt', published: '2026-06-11', text: "The United Nations said on Tuesday that 43 civilians were killed in Sunday's attack on the market in El Fasher." };
    expect(figures([wire, un]).filter((f) => f.startsWith('killed'))).toEqual(['killed main El Fasher: 43/43/43', 'killed other Khartoum: 5/5/5']);
  });

  it("stay the event's when the place is a neighbourhood, a street or a small town the gazetteer has far away", () => {
    const a: RawDoc = { id: 'a', path: 'a.txt', published: '2026-06-09', text: 'Two men were shot dead in Chicago on Sunday night, police said.' };
    const b: RawDoc = { id: 'b', path: 'b.txt', published: '2026-06-10', text: 'A man was killed in Gage Park and another in Riverdale on Sunday night, police said. Both were shot in Chicago.' };
    expect(figures([a, b]).filter((f) => f.includes('other'))).toEqual([]);
  });
});

describe("a count over the whole year of the event's day", () => {
  const killed = (docs: RawDoc[]) => figures(docs).filter((f) => f.startsWith('killed'));
  const text = (year: string) => `Two killed in Velmora bar shooting\n\nTwo men were killed when a gunman opened fire in a bar in Velmora on Saturday night, police said. In ${year}, 78 people were shot dead in Velmora.`;
  it("is the year's statistics in a report of that time, not the event's toll", () => {
    expect(killed([{ id: 'a', path: 'a.txt', published: '2024-03-10', text: text('2024') }])).toEqual(['killed main Velmora: 2/2/2', 'killed aggregate Velmora: 78/78/78']);
    // with no date for the event: beside the report's own smaller count
    expect(killed([{ id: 'a', path: 'a.txt', text: text('2024') }])).toEqual(['killed main Velmora: 2/2/2', 'killed aggregate Velmora: 78/78/78']);
  });
  it('is the event told by its year in a look back written years later', () => {
    const look = 'Remembering the Velmora massacre\n\nThirty years ago, on March 12, 1994, soldiers opened fire on a crowd in Velmora. In 1994, 78 people were shot dead in Velmora, a commission found.';
    expect(killed([{ id: 'a', path: 'a.txt', published: '2024-03-10', text: look }])).toEqual(['killed main Velmora: 78/78/78']);
  });
});
