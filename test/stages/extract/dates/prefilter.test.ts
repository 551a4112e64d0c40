import { describe, expect, it } from 'vitest';
import { DATE_CUES } from '../../../../src/locales/en/dates.js';
import { cueSentences, dateCuesOf, hasDateCue } from '../../../../src/stages/extract/dates/prefilter.js';
import { splitForTest } from './helpers.js';

/** Sentences that hit every cue family, in various casings. */
const CUED: readonly (readonly [string, string])[] = [
  ['On January 20, 1990, troops entered.', 'monthName'],
  ['JANUARY 20 IS REMEMBERED.', 'monthName'],
  ['It was cold in september that year.', 'monthName'],
  ['He was shot Jan. 5 in Ohio.', 'monthName'],
  ['Police said it happened Saturday night.', 'weekday'],
  ['SHOTS RANG OUT SATURDAY.', 'weekday'],
  ['It happened on Sat. near the bar.', 'weekday'],
  ['Five were shot over the weekend.', 'weekday'],
  ['It began in 1918 in the city.', 'year'],
  ['The shooting on 6/14/2016 left two dead.', 'numericDate'],
  ['The report is dated 2016-01-20 in the file.', 'numericDate'],
  ['In the late 80s of the last century.', 'decade'],
  ['The 19th century mill closed.', 'century'],
  ['In the fall of 1989 the movement grew.', 'season'],
  ['It happened 30 years ago in Baku.', 'ago'],
  ['A gunman opened fire yesterday.', 'casualDay'],
  ['Three people were shot last night.', 'casualDay'],
  ['He was arrested last week in Ohio.', 'relativeUnit'],
  ['On that night, 130 civilians died.', 'anaphora'],
  ['He died the next day at the hospital.', 'anaphora'],
  ['They had argued the day before.', 'anaphora'],
  ['In the evening hours, the army entered the city.', 'openingPartOfDay'],
  ['He died two days later.', 'later'],
  ['It has been two years since he was shot.', 'elapsed'],
  ['A year after the attack, the market is quiet.', 'elapsed'],
  ['Three were shot on Christmas Day.', 'holiday'],
  ['Two were shot on Thanksgiving.', 'holiday'],
  ['He was shot on New Year’s Eve.', 'holiday'],
  ['He was shot on New Years Eve.', 'holiday'],
];

/** Sentences without anything a date could start with. */
const UNCUED: readonly string[] = [
  'The 19-year-old was taken to a hospital.',
  'Police are asking anyone with information to call.',
  'He sat down and may march with friends.',
  'The friend of the family spoke to reporters.',
  'Officers found two men suffering from gunshot wounds.',
];

describe('hasDateCue', () => {
  it.each(CUED)('finds the %s cue', (text, cue) => {
    expect(hasDateCue(text)).toBe(true);
    expect(dateCuesOf(text).has(cue as keyof typeof DATE_CUES)).toBe(true);
  });

  it.each(UNCUED)('finds no cue in "%s"', (text) => {
    expect(hasDateCue(text)).toBe(false);
  });

  it('never misses a sentence a cue matches (the trigger scan is a superset of the cues)', () => {
    const text = [...CUED.map(([sentence]) => sentence), ...UNCUED].join(' ');
    const sentences = splitForTest('t', text);
    const cued = new Set(cueSentences(text, sentences).map((item) => item.sentence.index));
    for (const sentence of sentences) {
      const any = Object.values(DATE_CUES).some((cue) => cue.test(sentence.text));
      expect(cued.has(sentence.index)).toBe(any);
    }
  });

  // A trigger word that is a cue by itself ("Saturday", "July") is not tested again on its
  // sentence; one that needs its neighbours ("Day" of "Memorial Day", "July" of "Fourth of July") is.
  it.each([
    ['Two were shot on Memorial Day.', ['holiday']],
    ['Day one of the trial began.', []],
    ['It was a SATURDAY in JULY.', ['monthName', 'weekday']],
    ['Police said it happened on the Fourth of July.', ['holiday', 'monthName']],
  ] as const)('reads the cues of "%s" as %j', (text, cues) => {
    expect([...dateCuesOf(text)].sort()).toEqual(cues);
  });

  // Words and number shapes are scanned apart and merged in text order; a number trigger that is
  // a cue by itself ("1990", "6/14", "80s", "5 pm") is not tested again on its sentence.
  it.each([
    ['At 5 pm Saturday, in 1990.', ['clock', 'weekday', 'year']],
    ['On 6/14/2016 and in the 80s.', ['decade', 'numericDate']],
    ['The 2016-01-05 report, 10a.m. update.', ['clock', 'numericDate', 'year']],
    ['Room 1990/5Monday at 12:30 PM.', ['clock', 'numericDate']],
  ] as const)('reads the number and word cues of "%s" as %j', (text, cues) => {
    expect([...dateCuesOf(text)].sort()).toEqual(cues);
  });

  it('returns only sentences with a cue, each with its cues', () => {
    const text = 'Nothing here. He was shot Saturday. Nothing either.';
    const sentences = splitForTest('t', text);
    const cued = cueSentences(text, sentences);
    expect(cued.map((item) => item.sentence.text)).toEqual(['He was shot Saturday.']);
    expect([...(cued[0]?.cues ?? [])]).toEqual(['weekday']);
  });
});
