import type { ParsingContext, ParsingResult } from 'chrono-node';
import { NUMBER_WORDS, NUMBER_WORD_SOURCE, UNIT_MULTIPLES, UNIT_SOURCE, UNIT_WORDS } from '../../../../locales/en/dates.js';
import { makeResult, numberValue, precisionTag, type DateRule } from './base.js';

/**
 * "30 years ago", "thirty-five years ago", "thirty -five years ago" (OCR), "a week ago", "two decades ago";
 * years ago "today", "this week", "this month": that day, week or month of the year ("One year ago today").
 */
const AGO = new RegExp(`\\b(\\d{1,3}|${NUMBER_WORD_SOURCE})\\s+(${UNIT_SOURCE})\\s+ago\\b(?:,?\\s+(today|this week|this month)\\b)?`, 'i');
/** The precision of a whole number of years ago with its part of the year ("today": day). */
const YEAR_PART_PRECISION: Readonly<Record<string, 'day' | 'week' | 'month'>> = { today: 'day', 'this week': 'week', 'this month': 'month' };

/**
 * `en/date/ago`: a distance back from the publication date. The result has no calendar parts of its
 * own: it carries `offset:-N:unit` and is placed when the publication date is known.
 * chrono-node reads "thirty-five years ago" as five years ago; this rule reads compounds whole.
 *
 * @example "who witnessed it 30 years ago" -> "30 years ago" (offset -30 years, precision year)
 * @example "One year ago today, a bomb tore through" -> "One year ago today" (offset -1 year, precision day)
 */
export const ago: DateRule = {
  id: 'en/date/ago',
  cue: 'ago',
  pattern: () => AGO,
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const amount = numberValue(match[1] ?? '', NUMBER_WORDS);
    const unitWord = (match[2] ?? '').toLowerCase();
    const unit = UNIT_WORDS[unitWord];
    if (amount === undefined || unit === undefined) return null;
    const years = amount * (UNIT_MULTIPLES[unitWord] ?? 1);
    const part = match[3]?.toLowerCase();
    // "One year ago today": the publication day, a year back; "two days ago today" is two days ago.
    const precision = part !== undefined && unit === 'year' ? (YEAR_PART_PRECISION[part] ?? unit) : unit === 'week' ? 'week' : unit;
    return makeResult(context, ago.id, match.index ?? 0, match[0], {}, undefined, [
      `offset:${-years}:${unit}`,
      precisionTag(precision),
    ]);
  },
};
