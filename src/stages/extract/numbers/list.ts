import { COUNT_NOUNS } from '../../../locales/en/numbers.js';
import { afterOf } from './text.js';
import type { Reading } from './types.js';

/** Between two items of one list: "18, 19", "19 and 20", "15, 18, and 22", "5 & 6". */
const LIST_GAP = /^\s*(?:,\s*(?:(?:and|or|&)\s+)?|(?:and|or|&)\s+)$/i;

/** Only a comma between them: the item must be followed by more of the list. */
const COMMA_GAP = /^\s*,\s*$/;

/** What follows an item in the middle of a list: ",", "and", "or", "&". */
const LIST_GOES_ON = /\s*(?:,|(?:and|or|&)\b)/iy;

/**
 * True when `reading` continues a list begun by `previous` ("January 18, 19 and 20",
 * "ages 13, 17 and 19"): plain digits, joined to the previous item by a comma and/or "and",
 * and, when only a comma joins them, followed by more of the list. A count noun after it
 * ends the list ("On Jan. 5, 12 people died").
 *
 * @example
 * continuesList('ages 13, 17 and 19', thirteen, seventeen); // true
 */
export function continuesList(text: string, previous: Reading, reading: Reading): boolean {
  if (reading.form !== 'digits' || reading.plainLength === 0 || reading.plainLength > 3) return false;
  if (reading.prefix !== '' || (reading.suffix !== '' && !reading.isOrdinal) || reading.hasPercentSign) return false;
  const gap = text.slice(previous.spanEnd, reading.spanStart);
  if (!LIST_GAP.test(gap)) return false;
  const next = afterOf(text, reading);
  if (next !== undefined && next.gap !== '' && COUNT_NOUNS.has(next.lower)) return false;
  if (COMMA_GAP.test(gap)) {
    LIST_GOES_ON.lastIndex = reading.spanEnd;
    return LIST_GOES_ON.test(text);
  }
  return true;
}
