import type { ParsingContext, ParsingResult } from 'chrono-node';
import { COUNT_NOUNS, MONTHS, MONTH_SOURCE } from '../../../../locales/en/dates.js';
import { isValidDay } from '../calendar.js';
import { makeResult, precisionTag, textAfter, type DateRule } from './base.js';

const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
/** "January 18, 19 and 20", "January 18 and 19, 1990", "Jan. 5, 6, and 7". */
const MONTH_DAY_LIST = new RegExp(
  `\\b(${MONTH_SOURCE})\\s+${DAY}((?:\\s*,\\s*\\d{1,2}(?:st|nd|rd|th)?)*)\\s*,?\\s*(?:and|&)\\s+${DAY}\\b` +
    '(?:,?\\s+((?:1\\d|20)\\d\\d)\\b)?',
  'i',
);
const NEXT_WORD = /^\s+([a-z]+)/;
/** What joins the last day of every list. Note: the pattern is long and tried at every month name; most sentences have neither. */
const JOINER = /and|&/i;

/**
 * `en/date/month-day-list`: one month with several days, read as the range from the first to the
 * last day. chrono-node reads "January 18, 19" as January 18, 2019; this rule reads the whole list.
 * The days must rise, and the last must not be a count ("January 18, 19 and 20 people").
 *
 * @example "non-working days – January 18, 19 and 20." -> "January 18, 19 and 20" (01-18 to 01-20)
 */
export const monthDayList: DateRule = {
  id: 'en/date/month-day-list',
  cue: 'monthName',
  needs: JOINER,
  pattern: () => MONTH_DAY_LIST,
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const month = MONTHS[(match[1] ?? '').toLowerCase().replace('.', '')];
    if (month === undefined) return null;
    const middle = (match[3] ?? '').match(/\d{1,2}/g) ?? [];
    const days = [Number(match[2]), ...middle.map(Number), Number(match[4])];
    for (let i = 1; i < days.length; i++) if ((days[i] ?? 0) <= (days[i - 1] ?? 0)) return null;
    const first = days[0] ?? 0;
    const last = days[days.length - 1] ?? 0;
    if (!isValidDay(2000, month, first) || !isValidDay(2000, month, last)) return null;
    const next = NEXT_WORD.exec(textAfter(context, index + match[0].length, 30));
    if (match[5] === undefined && next && COUNT_NOUNS.has(next[1] ?? '')) return null;
    const year = match[5] !== undefined ? Number(match[5]) : undefined;
    const start = year !== undefined ? { year, month, day: first } : { month, day: first };
    const end = year !== undefined ? { year, month, day: last } : { month, day: last };
    return makeResult(context, monthDayList.id, index, match[0], start, end, [precisionTag('day'), 'list']);
  },
};
