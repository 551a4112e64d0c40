import { describe, expect, it } from 'vitest';
import { blackJanuary, HAS_BLACK_JANUARY, timed } from './helpers.js';

/** [text, published, precision, basis]; `undefined` published means none can be inferred. */
const CASES: readonly (readonly [string, string | undefined, string?, string?])[] = [
  ['date 2021-01-20 The tragedy of January 20, 1990 is remembered.', '2021-01-20', 'day', 'dateline'],
  ['BAKU, Jan. 20, 2021 — Officials laid wreaths at the memorial.', '2021-01-20', 'day', 'dateline'],
  // a place with letters beyond ASCII
  ['MONTRÉAL, June 12, 2024 - A man was shot dead on Tuesday, police said.', '2024-06-12', 'day', 'dateline'],
  ['BRÉVIN, Quebec, Sept. 9, 2024 - Two people were hurt on Sunday.', '2024-09-09', 'day', 'dateline'],
  ['Posted: Tuesday, April 15, 2014 8:04 AM EDT\nA boy was shot in his home.', '2014-04-15', 'day', 'dateline'],
  // a time of day and its zone between the stamp word and the date
  ['Police: Gunman among 3 dead in party shooting\nUpdated 9:48 p.m. EDT June 8, 2025\n\nThree people are dead after a shooting late Saturday night.', '2025-06-08', 'day', 'dateline'],
  ['Posted at 10:15 AM ET, March 3, 2024\nA man was shot on Main Street.', '2024-03-03', 'day', 'dateline'],
  // a dateline with a country or state after the city, a byline's date, a credit line's "published by ... on"
  ['KIRKUK, Iraq, March 11, 2025 (Northline Wire) — A car bomb exploded near a bus station on Tuesday.', '2025-03-11', 'day', 'dateline'],
  ['Car bomb toll rises\n\nBy Samir Haddad | March 12, 2025\n\nThe death toll from Tuesday\'s bombing rose to 19.', '2025-03-12', 'day', 'dateline'],
  ['Toll climbs\n\n(Reporting by Samir Haddad; published by the Gulf Daily Mirror on March 12, 2025)\n\nThe toll rose to 19.', '2025-03-12', 'day', 'dateline'],
  // the date in brackets after the place ("MEMPHIS, Tenn. (Dec. 3, 2023) -", "WASHINGTON (May 2, 2024) —")
  ['MEMPHIS, Tenn. (Dec. 3, 2023) - A third victim of the nightclub shooting died, police said.', '2023-12-03', 'day', 'dateline'],
  ['WASHINGTON (May 2, 2024) — Two officers were wounded on Tuesday.', '2024-05-02', 'day', 'dateline'],
  // not a date in brackets inside a sentence
  ['Victims named\n\nThe attack (on May 2, 2024) left two dead.', undefined],
  // a page stamp on its own line with its clock time after the date
  ['Victims named\n\nSunday 13 April 2025, 6:15pm\n\nPolice have named the three people who died.', '2025-04-13', 'day', 'dateline'],
  ['Victims named\n\nSunday, April 13, 2025 6:15 PM EDT\n\nPolice have named the three people who died.', '2025-04-13', 'day', 'dateline'],
  // not a date opening a sentence, whatever number follows it
  ['Victims named\n\nOn April 13, 2025, 6 people died in the city.', undefined],
  // a byline is a name: not any words before a bar
  ['Toll climbs\n\nThe toll was revised | March 12, 2025\n\nThe toll rose to 19.', undefined],
  [
    'On Monday, the people marked the 30th anniversary of the massacre. It happened in Baku on January 20, 1990.',
    '2020-01-20',
    'day',
    'anniversary',
  ],
  [
    'On Tuesday, the people marked the 30th anniversary of the massacre. It happened in Baku on January 20, 1990.',
    '2020',
    'year',
    'anniversary',
  ],
  ['They marked the 30th anniversary of the January 20, 1990 massacre in Baku.', '2020', 'year', 'anniversary'],
  ['35 years have passed since the reprisal against the people on January 20, 1990.', '2025', 'year', 'relative'],
  ['Fifteen years has passed since the crime. On 20 January 1990 troops invaded the capital.', '2005', 'year', 'relative'],
  ['The Black January: 15\u2122 Anniversary of the Invasion. On 20 January 1990 troops invaded.', '2005', 'year', 'anniversary'],
  ['The Black January: 15th Anniversary of the Invasion. On 20 January 1990 troops invaded.', '2005', 'year', 'anniversary'],
  [
    'The country will have three non-working days – January 18, 19 and 20. On January 20, 1990, troops entered Baku. Parliament marked the 35th anniversary of the tragedy.',
    '2025-01',
    'month',
    'announcement',
  ],
  [
    'They marked the 30th anniversary of the massacre of January 20, 1990. Thirty-five years have passed since it happened.',
    '2020',
    'year',
    'anniversary',
  ],
  // "N years after" the happening, in the report's present; not in a history's past, nor from a year mentioned in passing
  ['Ten years after troops crushed the protests, no officer has been brought to justice for the killings of 14 March 1987.', '1997', 'year', 'relative'],
  ['Ten years after the massacre of 14 March 1987, the regime fell.', undefined],
  ['Twenty-five years after the massacre, she still keeps the scarf. Her brother was sentenced in 2003.', undefined],
  ['Police said a man was shot in the leg near a bar.', undefined],
  ['The tragedy of January 20, 1990 is remembered by all.', undefined],
];

describe('inferPublished', () => {
  it.each(CASES.map((row) => ({ text: row[0], published: row[1], precision: row[2], basis: row[3] })))('$text', ({ text, published, precision, basis }) => {
    const doc = timed('d', text);
    expect(doc.published).toBe(published);
    if (published === undefined) {
      expect(doc.inferred).toBeUndefined();
      return;
    }
    expect(doc.inferred?.precision).toBe(precision);
    expect(doc.inferred?.basis).toBe(basis);
    for (const span of doc.inferred?.evidence ?? []) {
      expect(span.doc).toBe('d');
      expect(span.end).toBeGreaterThan(span.start);
      expect(span.end).toBeLessThanOrEqual(text.length);
    }
  });

  it('places relative dates from the inferred date', () => {
    const doc = timed('d', 'On Monday, the people marked the 30th anniversary of the massacre. It happened in Baku on January 20, 1990.');
    const monday = doc.dates.find((date) => date.text === 'Monday');
    expect(monday?.start).toBe('2020-01-20');
  });

  it("places weekdays from a dateline more than a week before the metadata's date (a page crawled or moved later), keeping the metadata", () => {
    const text = 'SAVANNAH, GA (October 16, 2015): Detectives are investigating a shooting that occurred just after 7:00 p.m. Thursday.';
    const doc = timed('d', text, '2017-01-05');
    expect(doc.published).toBe('2017-01-05');
    expect(doc.dates.find((date) => date.text === 'Thursday')?.start).toBe('2015-10-15');
    // a dateline a few days before the page's date is the same writing: the page's date counts
    expect(timed('e', 'SAVANNAH, GA (October 16, 2015): A man was shot Thursday.', '2015-10-19').dates.find((date) => date.text === 'Thursday')?.start).toBe('2015-10-15');
    expect(timed('f', 'SAVANNAH, GA (October 16, 2015): A man was shot Saturday.', '2015-10-19').dates.find((date) => date.text === 'Saturday')?.start).toBe('2015-10-17');
  });

  it('keeps metadata when given and never overrides it', () => {
    const doc = timed('d', 'They marked the 30th anniversary of the January 20, 1990 massacre.', '2020-01-19');
    expect(doc.published).toBe('2020-01-19');
    expect(doc.publishedBasis).toBe('metadata');
    expect(doc.inferred).toBeUndefined();
  });
});

describe.skipIf(!HAS_BLACK_JANUARY)('inferPublished on the black-january reports', () => {
  it('finds the five publication dates at the precision the texts allow', () => {
    const docs = blackJanuary();
    expect(docs.map((doc) => [doc.id.slice(0, 3), doc.published, doc.inferred?.precision, doc.publishedBasis])).toEqual([
      ['000', '2020-01-20', 'day', 'anniversary'],
      ['001', '2025-01', 'month', 'announcement'],
      ['002', '2025', 'year', 'relative'],
      ['003', '2005', 'year', 'anniversary'],
      ['004', '2021-01-20', 'day', 'dateline'],
    ]);
  });
});
