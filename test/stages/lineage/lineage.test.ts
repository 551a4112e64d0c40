import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ConfigError, InputError } from '../../../src/errors.js';
import type { LineageLink } from '../../../src/model/lineage.js';
import { cleanDoc } from '../../../src/stages/ingest/clean.js';
import { detectLineage, LineageIndex, lineageGroups } from '../../../src/stages/lineage/index.js';
import { testContext } from '../../helpers/spans.js';

interface Doc {
  readonly id: string;
  readonly text: string;
}

/** Checks the contract of a link list: sorted, each pair once, evidence pairs inside the texts. */
function expectValidLinks(links: readonly LineageLink[], docs: readonly Doc[]): void {
  const texts = new Map(docs.map((d) => [d.id, d.text]));
  const pairs = links.map((l) => l.docs.join('\u0000'));
  expect(new Set(pairs).size).toBe(pairs.length);
  expect([...pairs].sort()).toEqual(pairs);
  for (const link of links) {
    const [a, b] = link.docs;
    expect(a < b).toBe(true);
    expect(link.evidence.length).toBe(2 * link.sharedPassages);
    expect(link.sharedPassages).toBeGreaterThan(0);
    expect(link.score).toBeGreaterThan(0);
    expect(link.score).toBeLessThanOrEqual(1);
    for (let i = 0; i < link.evidence.length; i += 2) {
      const [spanA, spanB] = [link.evidence[i]!, link.evidence[i + 1]!];
      expect(spanA.doc).toBe(a);
      expect(spanB.doc).toBe(b);
      for (const span of [spanA, spanB]) {
        const text = texts.get(span.doc) as string;
        expect(0 <= span.start && span.start < span.end && span.end <= text.length, JSON.stringify(span)).toBe(true);
        expect(text.slice(span.start, span.end).trim()).toBe(text.slice(span.start, span.end));
      }
      if (i > 0) expect(spanA.start).toBeGreaterThanOrEqual(link.evidence[i - 2]!.start);
    }
  }
}

/** The evidence of a link as pairs of quoted passages. */
function passages(link: LineageLink, docs: readonly Doc[]): [string, string][] {
  const texts = new Map(docs.map((d) => [d.id, d.text]));
  const result: [string, string][] = [];
  for (let i = 0; i < link.evidence.length; i += 2) {
    const [a, b] = [link.evidence[i]!, link.evidence[i + 1]!];
    result.push([texts.get(a.doc)!.slice(a.start, a.end), texts.get(b.doc)!.slice(b.start, b.end)]);
  }
  return result;
}

const BLACK_JANUARY = join(import.meta.dirname, '../../../../shared/corpus/black-january');

function blackJanuary(): Doc[] {
  return readdirSync(BLACK_JANUARY)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(BLACK_JANUARY, f), 'utf8') }));
}

describe('black-january: the two reports of one origin, and no other pair', () => {
  const check = (docs: Doc[]) => {
    const links = detectLineage(docs);
    expectValidLinks(links, docs);
    expect(links.map((l) => [l.docs.map((id) => id.slice(0, 3)), l.relation])).toEqual([[['002', '004'], 'shared-origin']]);
    const link = links[0]!;
    expect(link.sharedPassages).toBeGreaterThanOrEqual(4);
    const pairs = passages(link, docs);
    // the paraphrased pairs the issue names, each side in the same evidence pair
    const has = (a: RegExp, b: RegExp) => pairs.some(([x, y]) => a.test(x) && b.test(y));
    expect(has(/26 thousand people on armored vehicles from 5 directions/, /26,000 troops with armoured vehicles entered Baku from five directions/)).toBe(true);
    expect(has(/130 civilians died in Baku/, /130 civilians lost their lives in Baku/)).toBe(true);
    expect(has(/People blocked the entrances/, /people blocked the city's entrance roads/)).toBe(true);
    expect(has(/state of emergency in Baku/, /state of emergency was declared/)).toBe(true);
    return links;
  };

  it('finds 002-004 on the raw text', () => {
    check(blackJanuary());
  });

  it('finds the same on the cleaned text, whatever the input order', () => {
    const ctx = testContext();
    const cleaned = blackJanuary().map((d) => ({ id: d.id, text: cleanDoc({ id: d.id, path: `${d.id}.txt`, text: d.text }, ctx).text }));
    const forward = check(cleaned);
    const backward = check([...cleaned].reverse());
    expect(backward.map((l) => l.docs)).toEqual(forward.map((l) => l.docs));
  });

  it('groups 002 and 004, and leaves the others alone', () => {
    const docs = blackJanuary();
    const groups = lineageGroups(docs.map((d) => d.id), detectLineage(docs));
    expect(new Set(groups.values()).size).toBe(4);
    expect(groups.get(docs[4]!.id)).toBe(docs[2]!.id);
  });
});

// An invented wire story and what outlets do with it. None of it comes from the corpora.
const WIRE = [
  'Three people were killed and five wounded when a gunman opened fire at a grain cooperative in Larkspur County on Tuesday morning, the county sheriff said.',
  'The shooting began shortly after 7:40 a.m. at the Prairie Valley Cooperative warehouse on Route 9, according to Sheriff Dana Whitcombe.',
  'The suspect, identified as 41-year-old Elden Marsh of Fairhaven, was a former employee who had been dismissed in March, Whitcombe said.',
  'Deputies arrived within six minutes and found Marsh dead of a self-inflicted gunshot wound near the loading dock.',
  'The wounded were flown to St. Catherine Regional Medical Center in Brookton, where two remained in critical condition Tuesday night.',
  'Investigators recovered a semi-automatic rifle and two handguns, all purchased legally in 2019, the sheriff said.',
  'The cooperative employs about 60 people and buys wheat and sorghum from farms across three counties.',
  'Governor Ruth Alvarado ordered flags lowered to half-staff and said the state would send grief counselors to Larkspur County schools.',
].join(' ');

const WIRE_REPRINT = [
  'Sheriff: Fired worker killed 3 at co-op',
  '',
  WIRE.split(' The cooperative employs')[0]!,
].join('\n');

// lightly edited and re-ordered, as outlets rewrite a wire story
const WIRE_REWRITE = [
  'LARKSPUR COUNTY — A former employee killed three people and wounded five when he opened fire at a grain cooperative on Tuesday morning, the county sheriff said.',
  'The suspect, 41-year-old Elden Marsh of Fairhaven, had been dismissed in March, Sheriff Dana Whitcombe said.',
  'Deputies arrived within six minutes and found Marsh dead near the loading dock of a self-inflicted gunshot wound.',
  "The shooting began shortly after 7:40 a.m. at the cooperative's warehouse on Route 9.",
  'Two of the wounded, who were flown to St. Catherine Regional Medical Center in Brookton, remained in critical condition Tuesday night.',
  'Investigators recovered a rifle and two handguns, all purchased legally in 2019, the sheriff said.',
  'Neighbors gathered outside the fence through the afternoon, and a local church opened its doors for families waiting for news.',
].join('\n\n');

// the same facts in other words: what two reporters write from one briefing
const WIRE_RETOLD = [
  'LARKSPUR COUNTY — A former employee shot and killed three people and wounded five others at the Prairie Valley Cooperative on Tuesday.',
  'Sheriff Dana Whitcombe said Elden Marsh, 41, of Fairhaven, had been fired in March.',
  'According to Whitcombe, the gunfire started at about 7:40 in the morning in the warehouse of the cooperative on Route 9.',
  'Two of the five wounded victims, who were flown to St. Catherine Regional Medical Center in Brookton, were still critical on Tuesday night.',
  'Marsh was found dead near the loading dock from a self-inflicted gunshot wound by deputies who arrived six minutes after the first call.',
  'A rifle and two handguns were recovered; all three were bought legally in 2019.',
].join('\n\n');

const INDEPENDENT = [
  'FAIRHAVEN — Residents of this small town struggled Wednesday to understand how a man they knew from church and Little League could have become a killer.',
  'Elden Marsh coached youth baseball for a decade, neighbors said, and spoke often about his two daughters.',
  'Police said in a statement that the investigation is ongoing.',
  '"We are heartbroken, and we are going to take care of these families," Governor Ruth Alvarado said at a news conference.',
  'A vigil is planned for Friday evening at the high school football field.',
  'Anyone with information is asked to call the sheriff\'s office.',
].join(' ');

const ANOTHER_WITH_GENRE = [
  'Two men were shot outside a bar on Front Street early Sunday, police said in a statement.',
  'Both were taken to a hospital with injuries that were not life-threatening.',
  '"We are heartbroken, and we are going to take care of these families," Governor Ruth Alvarado said at a news conference.',
  'No arrests have been made.',
  'Anyone with information is asked to call the sheriff\'s office.',
].join(' ');

const QUOTING = [
  'Larkspur County residents woke to grim news on Tuesday.',
  'As the Plains Wire reported: "The suspect, identified as 41-year-old Elden Marsh of Fairhaven, was a former employee who had been dismissed in March, Whitcombe said. Deputies arrived within six minutes and found Marsh dead of a self-inflicted gunshot wound near the loading dock. Investigators recovered a semi-automatic rifle and two handguns, all purchased legally in 2019, the sheriff said."',
  'The county commission will meet in an emergency session on Thursday to discuss security at public buildings.',
  'Local farmers said the cooperative is the only buyer of sorghum within a hundred miles.',
].join('\n\n');

describe('relations on invented reports', () => {
  it('duplicate: a re-headlined, trimmed reprint', () => {
    const docs = [{ id: 'wire', text: WIRE }, { id: 'reprint', text: WIRE_REPRINT }];
    const links = detectLineage(docs);
    expectValidLinks(links, docs);
    expect(links.map((l) => [l.docs, l.relation])).toEqual([[['reprint', 'wire'], 'duplicate']]);
    expect(links[0]!.score).toBeGreaterThan(0.8);
  });

  it('shared-origin: a rewrite with re-ordered, re-worded sentences', () => {
    const docs = [{ id: 'wire', text: WIRE }, { id: 'rewrite', text: WIRE_REWRITE }];
    const links = detectLineage(docs);
    expectValidLinks(links, docs);
    expect(links.map((l) => [l.docs, l.relation])).toEqual([[['rewrite', 'wire'], 'shared-origin']]);
    expect(links[0]!.sharedPassages).toBeGreaterThanOrEqual(3);
    const pairs = passages(links[0]!, docs);
    expect(pairs.some(([a, b]) => /self-inflicted/.test(a) && /self-inflicted/.test(b))).toBe(true);
  });

  it('quotes: a long attributed quotation of another report', () => {
    const docs = [{ id: 'wire', text: WIRE }, { id: 'quoting', text: QUOTING }];
    const links = detectLineage(docs);
    expectValidLinks(links, docs);
    expect(links.map((l) => [l.docs, l.relation])).toEqual([[['quoting', 'wire'], 'quotes']]);
    const [quoted] = passages(links[0]!, docs)[0]!;
    expect(quoted).toContain('Elden Marsh');
  });

  it('is not lineage: the same facts told in other words', () => {
    expect(detectLineage([{ id: 'wire', text: WIRE }, { id: 'retold', text: WIRE_RETOLD }])).toEqual([]);
  });

  it('is not lineage: same event, independent reporting, genre phrasing and one shared official quote', () => {
    const docs = [
      { id: 'wire', text: WIRE },
      { id: 'independent', text: INDEPENDENT },
      { id: 'genre', text: ANOTHER_WITH_GENRE },
    ];
    expect(detectLineage(docs)).toEqual([]);
  });

  it('is not lineage: the same sign-off and web chrome around different stories', () => {
    const footer = [
      'Anyone with information is asked to call Crime Stoppers at 555-0142. Tipsters can remain anonymous and may be eligible for a reward of up to $2,500.',
      'Copyright 2017 Channel 9 News. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
      'Sign up for our daily newsletter to get breaking news alerts in your inbox.',
    ].join('\n\n');
    const docs = [
      { id: 'a', text: `A man was wounded in a drive-by shooting on Elm Avenue on Friday night.\n\nHe was in stable condition at County General.\n\n${footer}` },
      { id: 'b', text: `Two teenagers were arrested after a robbery at a gas station on Route 40 on Monday.\n\nThe clerk was not hurt.\n\n${footer}` },
    ];
    expect(detectLineage(docs)).toEqual([]);
  });

  it('is not lineage: unrelated texts, empty texts and whitespace', () => {
    const docs = [
      { id: 'a', text: WIRE },
      { id: 'b', text: '' },
      { id: 'c', text: ' \n\n ' },
      { id: 'd', text: 'The city council approved the budget for road repairs after a long debate on Monday evening.' },
    ];
    expect(detectLineage(docs)).toEqual([]);
  });
});

describe('LineageIndex', () => {
  it('returns the links of each new document to those seen, and the same links as detectLineage', () => {
    const index = new LineageIndex();
    expect(index.add({ id: 'wire', text: WIRE })).toEqual([]);
    expect(index.add({ id: 'independent', text: INDEPENDENT })).toEqual([]);
    const added = index.add({ id: 'reprint', text: WIRE_REPRINT });
    expect(added.map((l) => l.docs)).toEqual([['reprint', 'wire']]);
    expect(index.size).toBe(3);
    const all = index.links();
    expect(all).toEqual(detectLineage([{ id: 'wire', text: WIRE }, { id: 'independent', text: INDEPENDENT }, { id: 'reprint', text: WIRE_REPRINT }]));
    expect(index.stats().documents).toBe(3);
    expect(index.stats().typedArrayBytes).toBeGreaterThan(0);
  });

  it('links later copies of a reprinted story to an earlier copy, so all end in one group', () => {
    const docs = Array.from({ length: 12 }, (_, i) => ({ id: `copy${String(i).padStart(2, '0')}`, text: `Edition ${i}\n\n${WIRE}` }));
    const links = detectLineage(docs);
    expectValidLinks(links, docs);
    expect(links.every((l) => l.relation === 'duplicate')).toBe(true);
    const groups = lineageGroups(docs.map((d) => d.id), links);
    expect(new Set(groups.values())).toEqual(new Set(['copy00']));
  });

  it('refuses a repeated id', () => {
    const index = new LineageIndex();
    index.add({ id: 'a', text: WIRE });
    expect(() => index.add({ id: 'a', text: WIRE })).toThrow(InputError);
  });

  it('refuses bad options', () => {
    expect(() => new LineageIndex({ bands: 0 })).toThrow(ConfigError);
    expect(() => new LineageIndex({ minSentenceOverlap: 1.5 })).toThrow(ConfigError);
    expect(() => new LineageIndex({ bands: 100, rows: 3 })).toThrow(ConfigError);
  });
});

describe('invariants on random mixes of sentences', () => {
  const pool = [...WIRE.split(/(?<=\.) /), ...INDEPENDENT.split(/(?<=\.) /), ...ANOTHER_WITH_GENRE.split(/(?<=\.) /)];
  it('links are sorted, unique, and their evidence lies inside the texts', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 0, max: pool.length - 1 }), { maxLength: 12 }), { minLength: 1, maxLength: 6 }), (picks) => {
        const docs = picks.map((p, i) => ({ id: `d${i}`, text: p.map((k) => pool[k]).join(i % 2 === 0 ? ' ' : '\n\n') }));
        expectValidLinks(detectLineage(docs), docs);
      }),
      { numRuns: 60 },
    );
  });
});
