import { AGE_PREFIXES, AGE_UNITS } from '../../../../locales/en/numbers.js';
import { continuesList } from '../list.js';
import { afterOf, beforeOf, stickyMatch, wordBefore } from '../text.js';
import type { RoleRule } from '../types.js';

/** "-year-old", " year-old", " years old", "-years-old", "\nyear-old" (after the unit word). */
const OLD = /(?:[ \t]*-[ \t]*|\s+)old\b/iy;
/**
 * The short forms of "years old" right after an age: "20 y/o", "14 y.o.", "20 yo", "20-y/o" (as
 * posts and police tweets write them). Note: one blank run before the hyphen and one after it, never
 * two blank runs side by side, which backtrack quadratically over a long run of tabs.
 */
const YEARS_OLD_SHORT = /[ \t]*(?:-[ \t]*)?(?:[yY]\/[oO]|[yY]\.[oO]\.?|yo)(?![\w/])/y;

/**
 * Ages written with "old" or an age word: "48-year-old", "a seven year-old boy", "an eighty
 * year-old man", "48 years old", "20 y/o", "a 6-month-old", "aged 48", "age 16", "ages 16 to 18", "ranged
 * in age from 20 to 22", "under the age of 15", and the
 * rest of a list after an age word ("ages 13, 17 and 19", "between the ages of 5 and 12").
 * Note: "the 70-year-old empire" is age-shaped and read as an age too; the claim layer
 * decides by the noun.
 *
 * @example
 * // "a seven year-old boy" -> { text: 'seven', value: 7, role: 'age' }
 */
export const ageRule: RoleRule = {
  id: 'en/number/age',
  apply(text, reading, previous) {
    if (reading.suffix === 'yo') return 'age';
    if (stickyMatch(YEARS_OLD_SHORT, text, reading.spanEnd) !== null) return 'age';
    const next = afterOf(text, reading);
    if (next !== undefined && next.gap !== '' && AGE_UNITS.has(next.lower)) {
      OLD.lastIndex = next.end;
      if (OLD.test(text)) return 'age';
    }
    const before = beforeOf(text, reading);
    if (before !== undefined && !before.dot && before.gap !== '' && AGE_PREFIXES.has(before.lower)) return 'age';
    // "ranged in age from 20 to 22", "between the ages of 16-18"; "under the age of 15", "between the ages of 5 and 12"
    if (before !== undefined && (before.lower === 'from' || before.lower === 'of')) {
      const ageWord = wordBefore(text, before.start);
      if (ageWord !== undefined && AGE_PREFIXES.has(ageWord.lower) && (reading.qualifier === 'range' || before.lower === 'of')) return 'age';
    }
    // "ages 13, 17 and 19": the rest of a list that began with an age word
    if (previous?.role === 'age' && previous.roleRule === this.id && continuesList(text, previous, reading)) return 'age';
    return undefined;
  },
};
