import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../src/pipeline/build.js';
import { createContext } from '../../src/pipeline/stage.js';

// The gazetteer's first "Los Banos" is Los Baños in the Philippines; reports that name Merced
// County put the event in the Californian town (by the counties and the postal names).
const REPORT = {
  id: 'a',
  path: 'a.txt',
  published: '2013-03-05',
  text: 'A man was shot dead in Los Banos on Monday, the Merced County Sheriff’s Office said. Los Banos police are investigating.',
};

describe('an event place read in the event’s state', () => {
  const dossier = buildDossier([REPORT], createContext({ now: new Date(0) }));

  it('lists the main place once, with its state and country', () => {
    expect(dossier.events[0]?.places).toEqual(['Los Banos', 'California', 'United States', 'Merced County']);
  });

  it('gives the entity the reading the event puts it in, under the name the report writes', () => {
    const town = dossier.entities.find((e) => e.type === 'place' && e.aliases.includes('Los Banos'));
    expect(town).toMatchObject({ name: 'Los Banos', aliases: ['Los Banos'], place: { country: 'United States', region: 'California', precision: 'city' } });
  });
});

describe('the places of an event’s claim scopes', () => {
  it('lists a town or a village a claim is tied to, not a hospital or a headline’s words after "in"', () => {
    const dossier = buildDossier(
      [
        {
          id: 'b',
          path: 'b.txt',
          published: '2016-08-21',
          title: 'At Least 3 Injured in Overnight Shooting',
          text:
            'At Least 3 Injured in Overnight Shooting\n\nThree people were wounded in Meriden early Sunday, police said. ' +
            'Two victims were treated in Grady Memorial and one died in Yale New Haven Hospital. ' +
            'Two more people were hurt in Orlinsk, a village the gunman drove through.',
        },
      ],
      createContext({ now: new Date(0) }),
    );
    const places = dossier.events[0]?.places ?? [];
    expect(places).toContain('Meriden');
    expect(places).not.toContain('Overnight Shooting');
    expect(places).not.toContain('Grady Memorial');
    // a place nothing knows, which names no person or organization, stays
    expect(places).toContain('Orlinsk');
  });
});

describe('towns the gazetteer lacks, outside the United States', () => {
  const dossier = buildDossier(
    [
      {
        id: 'wire',
        path: 'wire.txt',
        text:
          'Gunmen kill 7 in overnight raid\n\nLOKORO, Nigeria, June 2 (Wire) — Armed men stormed the village of Dandume in northwest Nigeria overnight, killing seven people, police said.\n\n' +
          'Hundreds of residents have fled to the town of Lokoro, about 20 km away.',
      },
      { id: 'later', path: 'later.txt', published: '2023-06-20', text: 'Villagers abducted from Dandume earlier this month were released on Monday. The raid on Dandume killed seven people.' },
    ],
    createContext({ now: new Date(0) }),
    undefined,
    { grouping: 'one' },
  );

  it('types a dateline town and "the town of X" as a place, not an organization', () => {
    const lokoro = dossier.entities.filter((e) => e.aliases.includes('Lokoro') || e.aliases.includes('LOKORO'));
    expect(lokoro.map((e) => e.type)).toEqual(['place']);
    expect(lokoro[0]?.place).toMatchObject({ country: 'Nigeria', precision: 'city' });
  });

  it('puts the event in the village the reports tell of, not in the town the wire filed from', () => {
    expect(dossier.events[0]?.places.slice(0, 2)).toEqual(['Dandume', 'Nigeria']);
  });
});

describe('"the village of X" where the attack was, in a report filed from the capital', () => {
  it('puts the event in the village, not in the capital of the dateline', () => {
    const dossier = buildDossier(
      [{ id: 'a', path: 'a.txt', text: 'Gunmen kill dozens in village attack\n\nOUAGADOUGOU, May 28 (AFP) - Suspected jihadists killed 30 civilians in an attack on the village of Kourakou in northern Burkina Faso on Sunday, officials said.' }],
      createContext({ now: new Date(0) }),
    );
    expect(dossier.events[0]?.places.slice(0, 2)).toEqual(['Kourakou', 'Burkina Faso']);
    expect(dossier.entities.find((e) => e.name === 'Kourakou')?.place).toMatchObject({ country: 'Burkina Faso', precision: 'city' });
    // a name that ends as a demonym does ("-i") after "the village of" is a village too
    const tamberi = buildDossier([{ id: 'b', path: 'b.txt', text: 'NIAMEY, March 10 (Reuters) - Gunmen killed 30 people in an attack on the village of Tamberi on Sunday, officials said.' }], createContext({ now: new Date(0) }));
    expect(tamberi.events[0]?.places.slice(0, 2)).toEqual(['Tamberi', 'Niger']);
  });
});

describe('a town the gazetteer lacks, named in a dateline and in the reports of a capital', () => {
  const dossier = buildDossier(
    [
      { id: 'a', path: 'a.txt', published: '2024-05-04', text: 'Gunmen kill 9 at market\n\nWASSAKORI, Mali, May 4 (Wire) - Gunmen on motorbikes killed nine people on Sunday at a weekly market in Wassakori, local officials said.' },
      { id: 'b', path: 'b.txt', published: '2024-05-05', text: 'BAMAKO, May 5 (Wire) - The death toll from the attack on the market in Wassakori rose to 14 on Monday, the ministry said. About 800 residents have fled Wassakori since the attack.' },
      { id: 'c', path: 'c.txt', published: '2024-05-05', text: 'BAMAKO (Monitor) - The toll from the attack on the weekly market in Wassakori rose to 14, the ministry said on Monday.' },
      // another spelling, in a claim's scope only
      { id: 'd', path: 'd.txt', published: '2024-05-06', text: 'Two more people died on Tuesday in Wasakori, officials said.' },
    ],
    createContext({ now: new Date(0) }),
    undefined,
    { grouping: 'one' },
  );

  it('is one place, named as the reports write it, with the mentions of every report', () => {
    const town = dossier.entities.filter((e) => e.aliases.includes('WASSAKORI') || e.aliases.includes('Wassakori'));
    expect(town.map((e) => [e.type, e.name, [...new Set(e.mentions.map((m) => m.doc))]])).toEqual([['place', 'Wassakori', ['a', 'b', 'c']]]);
  });

  it('is where the event happened, not the capital the reports were filed from, and is listed once', () => {
    expect(dossier.events[0]?.places).toEqual(['Wassakori', 'Mali', 'Bamako']);
  });
});

describe('a town the gazetteer lacks as the main place', () => {
  it('is put in the one state of the counties the reports name', () => {
    const dossier = buildDossier(
      [{ id: 'a', path: 'a.txt', text: 'FORT RILEY (KSNT) – A teenager died of a gunshot wound at a home at Fort Riley, the Riley County Police Department said. Fort Riley officials called it an isolated incident.' }],
      createContext({ now: new Date(0) }),
    );
    expect(dossier.events[0]?.places.slice(0, 3)).toEqual(['Fort Riley', 'Kansas', 'United States']);
  });
});

describe("the places of claims' scopes", () => {
  it('leave out a street or a site a claim is tied to ("shot at Third St. and Main")', () => {
    const report = { id: 'a', path: 'a.txt', published: '2016-03-07', text: 'Two shot in Dayton\n\nDAYTON, Ohio - Two men were shot at Third St. and Main on Sunday night, police said.\n' };
    const dossier = buildDossier([report], createContext({ now: new Date(0) }));
    expect(dossier.events[0]?.places).toEqual(['Dayton', 'Ohio', 'United States']);
  });
});

describe('the event’s other towns read near its main place', () => {
  const dossier = buildDossier(
    [
      { id: 'first', path: 'first.txt', published: '2016-11-14', text: 'WOODLAND, Wash. — A man was shot dead at a home in Woodland on Sunday night, police said.' },
      { id: 'second', path: 'second.txt', published: '2016-11-15', text: 'A 21-year-old Vancouver resident was booked on a murder charge on Monday in the Woodland killing, police said.' },
    ],
    createContext({ now: new Date(0) }),
    undefined,
    { grouping: 'one' },
  );
  const reading = (name: string) => dossier.entities.find((e) => e.type === 'place' && e.name === name)?.place;

  it('reads a town another report names alone as the namesake near the event ("Vancouver" of Woodland, Washington)', () => {
    expect(dossier.events[0]?.places.slice(0, 2)).toEqual(['Woodland', 'Washington']);
    expect(reading('Vancouver')).toMatchObject({ country: 'United States', region: 'Washington' });
  });
});
