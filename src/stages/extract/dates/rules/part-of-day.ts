import type { ParsingContext, ParsingResult } from 'chrono-node';
import { PARTS_OF_DAY } from '../../../../locales/en/dates.js';
import { isSameWord, isWhiteSpace, isWordCode, partOfDayTag, tagValue, type DateRefiner } from './base.js';

/** "the night of ", "the bloody night of ", "on the evening of " right before a date. */
const NIGHT_OF_BEFORE = /\bthe\s+(?:[a-z]+\s+)?(morning|afternoon|evening|night)\s+of\s+$/i;

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
      // Note: the words next to the date are read in place (`partWordAfter`, `earlyOrLateBefore`),
      // and "the night of" tested only where the characters before allow it (`endsWithWordAndSpace`):
      // most dates have none of these words next to them, and are not sliced and tested.
      const mayBeNightOf = endsWithWordAndSpace(text, start, OF_LAST, OF_BEFORE_LAST);
      const partAfter = partWordAfter(text, end);
      if (!mayBeNightOf && partAfter < 0 && earlyOrLateBefore(text, start) < 0) return result;
      if (!isDay(result) || tagValue(result, 'pod') !== undefined) return result;
      let part: string | undefined;
      const nightOf = mayBeNightOf ? NIGHT_OF_BEFORE.exec(text.slice(Math.max(0, start - 40), start)) : null;
      if (nightOf) {
        part = nightOf[1];
        start -= nightOf[0].length - nightOf[0].search(/(?:morning|afternoon|evening|night)\s+of\s+$/i);
      }
      if (partAfter >= 0) {
        part = PART_WORDS[partAfter];
        end = afterPartWord(text, end, partAfter);
      }
      const earlyLate = earlyOrLateBefore(text, start);
      if (earlyLate >= 0) {
        part ??= isSameWord(text, earlyLate, earlyLate + 5, 'early') ? 'morning' : 'night';
        start = earlyLate;
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

/** The last letter of "of", and the one before it. */
const OF_LAST = 102; // f
const OF_BEFORE_LAST = 111; // o

/**
 * Whether `text[0, at)` ends with white space after a letter `NIGHT_OF_BEFORE` needs there (in
 * either case): `last`, and `beforeLast` before it. Note: a cheap test that lets through
 * everything the pattern matches; it is tried at every offset of its slice, and most dates follow
 * no such word.
 */
function endsWithWordAndSpace(text: string, at: number, last: number, beforeLast: number): boolean {
  let end = at;
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  if (end === at || end === 0) return false;
  return (text.charCodeAt(end - 1) | 32) === last && end > 1 && (text.charCodeAt(end - 2) | 32) === beforeLast;
}

/** How far before a date "early " or "late " is looked for, and how far after it a part of the day. */
const EARLY_LATE_WIDTH = 10;
const PART_AFTER_WIDTH = 20;

/**
 * Where "early" or "late" starts when the text before `at` ends with it and white space
 * ("late Saturday", "early Sunday"), else -1: `/\b(early|late)\s+$/i` on the `EARLY_LATE_WIDTH`
 * characters before `at`, read in place. Note: the pattern was sliced and tried at every offset
 * for each date after a word ending in "y" or "e" ("Monday Monday ...").
 */
function earlyOrLateBefore(text: string, at: number): number {
  const low = Math.max(0, at - EARLY_LATE_WIDTH);
  let end = at;
  while (end > low && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  if (end === at) return -1;
  let start: number;
  if (end - 5 >= low && isSameWord(text, end - 5, end, 'early')) start = end - 5;
  else if (end - 4 >= low && isSameWord(text, end - 4, end, 'late')) start = end - 4;
  else return -1;
  // `\b`: the window's edge counts as a boundary, as it did for the pattern on a slice
  return start === low || !isWordCode(text.charCodeAt(start - 1)) ? start : -1;
}

/** The parts of the day read after a date; each starts with its own letter. */
const PART_WORDS = ['morning', 'afternoon', 'evening', 'night'] as const;

/**
 * Which of `PART_WORDS` comes after white space at `at` ("Saturday night", "Jan. 5 evening"), as
 * its index, else -1: `/^\s+(morning|afternoon|evening|night)\b/i` on the `PART_AFTER_WIDTH`
 * characters from `at`, read in place. Note: the pattern was sliced and tried for each date
 * followed by a word starting with one of their letters ("Monday Monday ...", "Easter Easter ...").
 */
function partWordAfter(text: string, at: number): number {
  const limit = Math.min(text.length, at + PART_AFTER_WIDTH);
  let start = at;
  while (start < limit && isWhiteSpace(text.charCodeAt(start))) start++;
  if (start === at || start === limit) return -1;
  const first = text.charCodeAt(start) | 32;
  let index = 0;
  while (index < PART_WORDS.length && (PART_WORDS[index] as string).charCodeAt(0) !== first) index++;
  if (index === PART_WORDS.length) return -1;
  const end = start + (PART_WORDS[index] as string).length;
  if (end > limit || !isSameWord(text, start, end, PART_WORDS[index] as string)) return -1;
  // `\b`: the window's edge counts as a boundary, as it did for the pattern on a slice
  return end === limit || !isWordCode(text.charCodeAt(end)) ? index : -1;
}

/** The end of the part of the day `partWordAfter` found at `at` (its index `part`). */
function afterPartWord(text: string, at: number, part: number): number {
  let start = at;
  while (isWhiteSpace(text.charCodeAt(start))) start++;
  return start + (PART_WORDS[part] as string).length;
}

/** A result that names a single day or weekday (not a month, year or range of years). */
function isDay(result: ParsingResult): boolean {
  const precision = tagValue(result, 'precision');
  if (precision !== undefined) return precision === 'day';
  return result.start.isCertain('day') || result.start.isCertain('weekday');
}
