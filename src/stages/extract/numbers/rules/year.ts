import { COUNT_NOUNS, YEAR_PREPOSITIONS } from '../../../../locales/en/numbers.js';
import { afterOf, beforeOf } from '../text.js';
import type { RoleRule } from '../types.js';

const FIRST_YEAR = 1800;
const LAST_YEAR = 2100;

/**
 * Years: four digits without separators from 1800 to 2100 ("1956", "in 1988", "1988-1989",
 * "1988-89"), unless a count noun follows and no year preposition comes before:
 * "1990 people" is a count, "in 1990 people marched" a year, "1,990 people" a count.
 *
 * @example
 * // "a similar tragedy in 1956." -> { text: '1956', role: 'year' }
 */
export const yearRule: RoleRule = {
  id: 'en/number/year',
  apply(text, reading) {
    if (reading.form !== 'digits' || reading.hasMultiplier || reading.plainLength !== 4) return undefined;
    if (reading.value < FIRST_YEAR || reading.high > LAST_YEAR) return undefined;
    const next = afterOf(text, reading);
    if (next !== undefined && next.gap !== '' && COUNT_NOUNS.has(next.lower)) {
      const before = beforeOf(text, reading);
      if (before === undefined || !YEAR_PREPOSITIONS.has(before.lower)) return undefined;
    }
    return 'year';
  },
};
