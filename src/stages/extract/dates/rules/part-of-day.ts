import type { ParsingContext, ParsingResult } from 'chrono-node';
import { PARTS_OF_DAY } from '../../../../locales/en/dates.js';
import { isWhiteSpace, partOfDayTag, tagValue, type DateRefiner } from './base.js';

/** "the night of ", "the bloody night of ", "on the evening of " right before a date. */
const NIGHT_OF_BEFORE = /\bthe\s+(?:[a-z]+\s+)?(morning|afternoon|evening|night)\s+of\s+$/i;
/** "late ", "early " right before a weekday or date ("late Saturday", "early Sunday"). */
const EARLY_LATE_BEFORE = /\b(early|late)\s+$/i;
/** " night", " morning" right after a weekday or date ("Saturday night", "Jan. 5 evening"). */
const PART_AFTER = /^\s+(morning|afternoon|evening|night)\b/i;

/**
 * `en/date/part-of-day`: widens a day to the part of the day the text gives it, and keeps that part:
 * "the bloody night of January 20, 1990", "Saturday night", "early Sunday". chrono-node's own
 * casual reading of "night of January 20, 1990" drops the date; here the date stays and the night is added.
 *
 * @example "the bloody night of January 20, 1990" -> span "night of January 20, 1990", part night
 */
export const partOfDay: DateRefiner = {
  id: 'en/date/part-of-day',
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    if (results.length === 0) return results;
    const text = context.text;
    // Note: results are widened in place, as chrono-node's own refiners do; they are chrono's
    // working objects, not our mentions yet.
    return results.map((result) => {
      let start = result.index;
      let end = result.index + result.text.length;
      // Note: each pattern only where the characters next to the date allow it (see
      // `endsWithWordAndSpace`, `mayOpenPart`): most dates have none of these words next to them,
      // and are not sliced and tested (nor is their sentence for any of the words).
      const mayBeNightOf = endsWithWordAndSpace(text, start, OF_LAST, OF_BEFORE_LAST);
      const mayHavePartAfter = mayOpenPart(text, end);
      if (!mayBeNightOf && !mayHavePartAfter && !endsWithWordAndSpace(text, start, EARLY_LATE_LAST)) return result;
      if (!isDay(result) || tagValue(result, 'pod') !== undefined) return result;
      let part: string | undefined;
      const nightOf = mayBeNightOf ? NIGHT_OF_BEFORE.exec(text.slice(Math.max(0, start - 40), start)) : null;
      if (nightOf) {
        part = nightOf[1];
        start -= nightOf[0].length - nightOf[0].search(/(?:morning|afternoon|evening|night)\s+of\s+$/i);
      }
      const after = mayHavePartAfter ? PART_AFTER.exec(text.slice(end, end + 20)) : null;
      if (after) {
        part = after[1];
        end += after[0].length;
      }
      const earlyLate = endsWithWordAndSpace(text, start, EARLY_LATE_LAST) ? EARLY_LATE_BEFORE.exec(text.slice(Math.max(0, start - 10), start)) : null;
      if (earlyLate) {
        part ??= (earlyLate[1] ?? '').toLowerCase() === 'early' ? 'morning' : 'night';
        start -= earlyLate[0].length;
      }
      if (part === undefined) return result;
      const canonical = PARTS_OF_DAY[part.toLowerCase()];
      if (canonical === undefined) return result;
      result.index = start;
      result.text = text.slice(start, end);
      result.addTag(partOfDayTag(canonical));
      return result;
    });
  },
};

/** The last letter of "of", and the one before it; the last letters of "early" and "late". */
const OF_LAST = 102; // f
const OF_BEFORE_LAST = 111; // o
const EARLY_LATE_LAST = [121, 101] as const; // y, e

/**
 * Whether `text[0, at)` ends with white space after a letter the end-anchored patterns above need
 * there (in either case): `last` (one of `last`), and `beforeLast` before it when given.
 * Note: a cheap test that lets through everything the patterns match; they are tried at every
 * offset of their slice, and most dates follow no such word.
 */
function endsWithWordAndSpace(text: string, at: number, last: number | readonly number[], beforeLast?: number): boolean {
  let end = at;
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  if (end === at || end === 0) return false;
  const code = text.charCodeAt(end - 1) | 32;
  if (typeof last === 'number' ? code !== last : !last.includes(code)) return false;
  return beforeLast === undefined || (end > 1 && (text.charCodeAt(end - 2) | 32) === beforeLast);
}

/**
 * Whether `PART_AFTER` may match at `at`: white space, then the first letter of a part of the day
 * (m, a, e, n in either case).
 */
function mayOpenPart(text: string, at: number): boolean {
  if (!isWhiteSpace(text.charCodeAt(at))) return false;
  let next = at + 1;
  while (next < text.length && isWhiteSpace(text.charCodeAt(next))) next++;
  const lower = text.charCodeAt(next) | 32;
  return lower === 109 || lower === 97 || lower === 101 || lower === 110;
}

/** A result that names a single day or weekday (not a month, year or range of years). */
function isDay(result: ParsingResult): boolean {
  const precision = tagValue(result, 'precision');
  if (precision !== undefined) return precision === 'day';
  return result.start.isCertain('day') || result.start.isCertain('weekday');
}
