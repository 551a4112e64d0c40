import { COUNT_NOUNS, MONTHS } from '../../../../locales/en/numbers.js';
import { continuesList } from '../list.js';
import { afterOf, beforeOf, isUpperAt, wordAfter } from '../text.js';
import type { Reading, RoleRule, Word } from '../types.js';

function isMonth(word: Word | undefined, text: string): boolean {
  return word !== undefined && isUpperAt(text, word.start) && MONTHS.has(word.lower);
}

/** A day number: a whole number 1-31 in digits, maybe with an ordinal ending, nothing else glued. */
function isDayShaped(reading: Reading): boolean {
  if (reading.form !== 'digits' || reading.hasMultiplier || reading.hasPercentSign) return false;
  if (reading.prefix !== '' && reading.prefix !== "'" && reading.prefix !== '’') return false;
  if (reading.suffix !== '' && !reading.isOrdinal) return false;
  if (reading.plainLength === 0 || reading.plainLength > 2) return false;
  return reading.value >= 1 && reading.high <= 31;
}

/**
 * Day numbers of dates: "January 20", "Jan. 5", "January 19-20", "20 January",
 * "the 20th of January", and the rest of a list after one ("January 18, 19 and 20").
 * A count noun after the number keeps it a count ("In December 12 people died").
 *
 * @example
 * // "On January 20, 1990" -> { text: '20', role: 'date' } (and 1990 a year)
 */
export const monthDayRule: RoleRule = {
  id: 'en/number/month-day',
  apply(text, reading, previous) {
    if (!isDayShaped(reading)) return undefined;
    const next = afterOf(text, reading);
    if (next !== undefined && next.gap !== '' && COUNT_NOUNS.has(next.lower)) return undefined;
    if (isMonth(beforeOf(text, reading), text)) return 'date';
    if (next !== undefined && next.gap !== '' && next.gap !== '-') {
      if (isMonth(next, text)) return 'date';
      if (next.lower === 'of' && isMonth(wordAfter(text, next.end), text)) return 'date';
    }
    if (previous?.role === 'date' && previous.form === 'digits' && previous.high <= 31 && reading.high <= 31) {
      return continuesList(text, previous, reading) ? 'date' : undefined;
    }
    return undefined;
  },
};
