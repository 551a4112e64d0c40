import type { ParsingContext, ParsingResult } from 'chrono-node';
import { NUMBER_WORDS, NUMBER_WORD_SOURCE, UNIT_MULTIPLES, UNIT_SOURCE, UNIT_WORDS } from '../../../../locales/en/dates.js';
import { makeResult, numberValue, precisionTag, type DateRule } from './base.js';

/** "two days later", "a week earlier", "hours later", "moments later". */
const LATER = new RegExp(
  `\\b(?:(\\d{1,3}|${NUMBER_WORD_SOURCE})\\s+(${UNIT_SOURCE})|(hours|minutes|moments))\\s+(later|earlier|afterwards?)\\b`,
  'i',
);

/**
 * `en/date/later`: a distance from an earlier date of the document ("two days later",
 * "a year later", "hours later"). Carries `anaphora:N:unit`.
 *
 * @example "He died two days later." -> "two days later" (anaphora +2 days)
 */
export const later: DateRule = {
  id: 'en/date/later',
  cue: 'later',
  pattern: () => LATER,
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const sign = (match[4] ?? '').toLowerCase() === 'earlier' ? -1 : 1;
    let amount = 0;
    let unit: 'day' | 'week' | 'month' | 'year' = 'day';
    if (match[3] === undefined) {
      const value = numberValue(match[1] ?? '', NUMBER_WORDS);
      const unitWord = (match[2] ?? '').toLowerCase();
      const found = UNIT_WORDS[unitWord];
      if (value === undefined || found === undefined) return null;
      unit = found;
      amount = value * (UNIT_MULTIPLES[unitWord] ?? 1);
    }
    return makeResult(context, later.id, match.index ?? 0, match[0], {}, undefined, [
      `anaphora:${sign * amount}:${unit}`,
      precisionTag(unit === 'week' ? 'day' : unit),
    ]);
  },
};
