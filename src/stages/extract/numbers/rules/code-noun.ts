import {
  CODE_ABBREVIATIONS,
  CODE_NOUNS,
  CODE_NOUNS_AFTER,
  CODE_NOUNS_CAPITALIZED,
  COUNT_NOUNS,
  ROAD_NOUNS_AFTER,
} from '../../../../locales/en/numbers.js';
import { afterOf, beforeOf } from '../text.js';
import type { RoleRule } from '../types.js';

/** "17 of 111": the second number of a numbered item goes with the first. */
const OF_GAP = /^\s+of\s+$/;

/** Broadcast call signs before a channel number: "WSOC 9", "KTLA 5". */
const CALL_SIGN = /^[KW][A-Z]{2,3}$/;

/** An all-capitals word. */
const ACRONYM = /^[A-Z]{2,6}$/;

/** A dotted abbreviation ending just before a number: "N.C. 42", "U.S. 1". */
const DOTTED_ABBREVIATION = /(?:^|[\s(])(?:[A-Z]\.){2,3}[ \t]+$/;

/**
 * Identifiers named by the word before them (role `code`): "Route 66", "Interstate 10",
 * "Highway 61", "flight 93", "Chapter 11", "No. 5", "Apt. 3", "#5", "County Road 5",
 * "Channel 9", "WSOC 9", "Fox 5", "N.C. 42", "Image 17 of 111", and channels named after
 * their number ("14 News"), roads named before their word ("the 805 freeway"). A count noun after the number wins over a
 * dotted abbreviation ("the U.S. 40,000 people" hardly occurs, but "In the U.S. 40,000 people
 * die" does).
 *
 * @example
 * // "on Interstate 10" -> { text: '10', role: 'code', rule: 'en/number/code-noun' }
 */
export const codeNounRule: RoleRule = {
  id: 'en/number/code-noun',
  apply(text, reading, previous) {
    if (reading.prefix === '#') return 'code';
    const next = afterOf(text, reading);
    if (next !== undefined && next.gap === ' ' && (CODE_NOUNS_AFTER.has(next.text) || ROAD_NOUNS_AFTER.has(next.lower))) return 'code';
    // "Image 17 of 111", "Page 1 of 3"
    if (previous?.roleRule === this.id && OF_GAP.test(text.slice(previous.spanEnd, reading.spanStart))) return 'code';
    const before = beforeOf(text, reading);
    if (before === undefined || before.gap === '\n') return undefined;
    if (before.dot) {
      if (before.gap !== ' ') return undefined;
      if (CODE_ABBREVIATIONS.has(before.lower)) return 'code';
      if (before.text.length === 1 && DOTTED_ABBREVIATION.test(text.slice(Math.max(0, before.start - 8), reading.spanStart))) {
        return next !== undefined && COUNT_NOUNS.has(next.lower) ? undefined : 'code';
      }
      return undefined;
    }
    if (before.gap === '') return undefined;
    if (CODE_NOUNS.has(before.lower) || CODE_NOUNS_CAPITALIZED.has(before.text)) return 'code';
    if ((before.text.length === 3 || before.text.length === 4) && CALL_SIGN.test(before.text)) {
      return 'code';
    }
    // A station's name in a dateline: "LEXINGTON, Ky. (LEX 18) -", "(FOX 5)": capitals and a number alone in parentheses.
    if (ACRONYM.test(before.text) && text.charCodeAt(before.start - 1) === 40 && text.charCodeAt(reading.spanEnd) === 41) return 'code';
    return undefined;
  },
};
