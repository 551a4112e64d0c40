import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../src/pipeline/build.js';
import { createContext } from '../../src/pipeline/stage.js';

const titleOf = (title: string): string | undefined =>
  buildDossier([{ id: 'a', path: 'a.txt', title, published: '2016-05-01', text: 'A man was shot on Main Street.' }], createContext({ now: new Date(0) })).events[0]?.title;

describe("an event's title", () => {
  it.each([
    ['Teen dead after shooting at Lexington home - wistv.com - Columbia, South Carolina', 'Teen dead after shooting at Lexington home'],
    ['Teen shot in Jennings - KMOV.com', 'Teen shot in Jennings'],
    ['Five teens shot after a tournament - WALB.com, South Georgia News, Weather, Sports', 'Five teens shot after a tournament'],
    ['Police: Child shot - NewsOn6.com - Tulsa, OK - News, Weather, Video and Sports - KOTV.com |', 'Police: Child shot'],
    // a headline stays whole: its parts have lowercase words, or come first and are short
    ['Baku - 30 years later', 'Baku - 30 years later'],
    ['CBS 58 - Multiple Victims After Shooting at Brookfield Embassy Suites', 'CBS 58 - Multiple Victims After Shooting at Brookfield Embassy Suites'],
    ['Two men charged in deadly home invasion', 'Two men charged in deadly home invasion'],
    // a kicker that says how the page was published goes
    ['BREAKING: One person hurt in shooting on west side', 'One person hurt in shooting on west side'],
    ['UPDATE - 4 hospitalized in Kingsessing shooting', '4 hospitalized in Kingsessing shooting'],
    ['Breaking News: Active Shooter In Topeka', 'Active Shooter In Topeka'],
    ['Update on the shooting: police name victim', 'Update on the shooting: police name victim'],
  ])('%s', (title, expected) => {
    expect(titleOf(title)).toBe(expected);
  });
});

describe("an event's title among its reports' headlines", () => {
  const titled = (reports: readonly (readonly [id: string, published: string, title: string])[]): string | undefined =>
    buildDossier(
      reports.map(([id, published, title]) => ({ id, path: `${id}.txt`, title, published, text: 'Lila Varga, 7, was shot dead at a family gathering in Orlin on Friday.' })),
      createContext({ now: new Date(0) }),
      undefined,
      { grouping: 'one' },
    ).events[0]?.title;

  it('takes the earliest headline that tells the violence or a death, over an obituary or a site name published first', () => {
    expect(titled([['a', '2016-05-01', 'Lila Varga Obituary'], ['b', '2016-05-02', '7-year-old girl killed at family gathering'], ['c', '2016-05-03', 'Third person charged in girl\'s death']])).toBe('7-year-old girl killed at family gathering');
    expect(titled([['a', '2016-05-01', 'Big Bend Now'], ['b', '2016-05-02', 'Man fatally shoots teen who tried to rob him']])).toBe('Man fatally shoots teen who tried to rob him');
  });

  it('keeps the earliest headline when none tells it', () => {
    expect(titled([['a', '2016-05-01', 'Lila Varga Obituary'], ['b', '2016-05-02', 'Orlin mourns']])).toBe('Lila Varga Obituary');
  });
});

describe("an event's title among titled reports and text files", () => {
  it("takes a text file's headline line when it is the earliest report, over a later report's title", () => {
    const dossier = buildDossier(
      [
        { id: 'wire', path: 'wire.txt', published: '2019-03-16', text: 'Gunmen kill 12 at Velmora market\n\nAt least 12 people were killed in Velmora on Saturday.' },
        { id: 'later', path: 'later.md', title: 'Velmora toll rises to 14', published: '2019-03-19', text: 'Velmora toll rises to 14\n\nTwo of the wounded died in Velmora.' },
      ],
      createContext({ now: new Date(0) }),
      undefined,
      { grouping: 'one' },
    );
    expect(dossier.events[0]?.title).toBe('Gunmen kill 12 at Velmora market');
  });
});

describe("an event's title and a report of unknown date", () => {
  it("places a report whose date is unknown at the event's day, before a follow-up weeks later", () => {
    const dossier = buildDossier(
      [
        { id: 'wire', path: 'wire.txt', text: 'Gunmen kill 7 in overnight raid on Velmora\n\nVELMORA, June 2 (Wire) — Armed men killed seven people in Velmora overnight, police said.' },
        { id: 'later', path: 'later.txt', published: '2023-06-20', text: 'Freed hostages return to Velmora\n\nThe raid on Velmora on June 1, in which seven people were killed, shocked the region.' },
      ],
      createContext({ now: new Date(0) }),
      undefined,
      { grouping: 'one' },
    );
    expect(dossier.events[0]?.date?.start).toBe('2023-06-01');
    expect(dossier.events[0]?.title).toBe('Gunmen kill 7 in overnight raid on Velmora');
  });
});
