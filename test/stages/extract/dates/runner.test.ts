import { describe, expect, it } from 'vitest';
import type { ParsedResult } from 'chrono-node';
import { createDateChrono, createDateParser, dateCuesOf } from '../../../../src/stages/extract/dates/index.js';

/** A result as compared: offset, text, tags, and the stated parts of its start and end. */
function show(result: ParsedResult): string {
  const parts = (components: ParsedResult['start']): string =>
    ['year', 'month', 'day', 'weekday'].map((key) => (components.isCertain(key as 'year') ? components.get(key as 'year') : '-')).join('/');
  return `${result.index}:${result.text}:${[...result.start.tags()].sort().join(',')}:${parts(result.start)}${result.end ? `~${parts(result.end)}` : ''}`;
}

/** Sentences that exercise every rule family, the merges and the calendar windows. */
const SENTENCES: readonly string[] = [
  'On January 20, 1990, the army entered the city.',
  'What happened on January 19-20, 1990?',
  'On the night of January 19-20, 1990, troops entered Baku.',
  'It lasted from January 5 to January 7, 2016, officials said.',
  'The festival runs Friday, Jan. 5 - Sunday, Jan. 7 downtown.',
  'From Friday through Sunday, gunfire wounded 26 people across the city.',
  'The country will have three non-working days - January 18, 19 and 20.',
  'Police said the shooting happened Saturday night, and he died early Sunday.',
  'The shooting on 6/14/2016 left two dead; a second on 07/21/15 left one.',
  'Monday (6/30) evening the deputies responded to a hospital.',
  'It was the 5th of January, 2016 when it happened, a week after Christmas Day.',
  'In the late 80s of the last century, and again in the fall of 1989, the movement grew.',
  'He witnessed it 30 years ago; two days later he left; that night they fled.',
  'A gunman opened fire yesterday; police arrested a suspect this morning.',
  'The victim was pronounced dead at 6:55 a.m., about five hours after the 1:30 a.m. shooting.',
  'Every year on January 20, thousands come to the alley.',
  'Posted: Tuesday, April 15, 2014 8:04 AM EDT',
  'In March 2013 and again in May, the case was reopened; he may appeal.',
  'SHOTS RANG OUT SATURDAY NIGHT NEAR THE HALL ON DEC. 14, 2013.',
  'Four people were injured in a shooting overnight, police said.',
  // chrono-node's month-name and slash parsers as read by our readers (calendar-parsers.ts): days in
  // words and eras are left to chrono-node; two-digit years, day-first slashes, day ranges are read
  'On the fifth of January 2016 AD, and on 5 Jan. 16, the case was reopened.',
  'Records of 13/5/2016, 31/12/99 and 3/2016 were filed on 6/14 and 0/5, not 1.2.3.',
  'In May 99, from June 5-7 and 12 to 14 July 2015, through Sept. 30th, nothing happened.',
  // range merging compares the timestamp's minutes, as chrono-node does (the light results once read hours only)
  'Posted 2016-01-05T10:30:00Z to today in the city.',
];

describe('createDateParser: the runner reads what chrono-node reads', () => {
  const chrono = createDateChrono();
  const parser = createDateParser();
  const reference = { instant: new Date(Date.UTC(2000, 5, 15, 12)), timezone: 0 };

  it.each(SENTENCES)('%s', (sentence) => {
    const expected = chrono.parse(sentence, reference).map(show);
    expect(expected.length).toBeGreaterThan(0);
    expect(parser.parse(sentence, dateCuesOf(sentence)).map(show)).toEqual(expected);
  });

  it('reads nothing when the sentence wakes no cue', () => {
    expect(parser.parse('The 19-year-old was taken to a hospital.', dateCuesOf('The 19-year-old was taken to a hospital.'))).toEqual([]);
  });
});
