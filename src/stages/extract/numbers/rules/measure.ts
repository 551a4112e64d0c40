import { GLUED_UNITS, MEASURE_UNITS } from '../../../../locales/en/numbers.js';
import { headNounAfter } from '../text.js';
import type { RoleRule } from '../types.js';

/**
 * Measures other than time (role `measure`): a unit after the number ("5 miles", "10 km",
 * "3 feet", "40-caliber", ".45 caliber", "12-gauge", "a 10-story building") or glued to it
 * ("9mm", "10km").
 *
 * @example
 * // "a .45 caliber handgun" -> { text: '.45', value: 0.45, role: 'measure' }
 */
export const measureRule: RoleRule = {
  id: 'en/number/measure',
  apply(text, reading) {
    // (not a multiplier the reader applied: "1.2m people" is 1.2 million, not 1.2 metres)
    if (reading.suffix !== '' && GLUED_UNITS.has(reading.suffix) && !reading.hasMultiplier) return 'measure';
    const next = headNounAfter(text, reading);
    if (next === undefined || next.gap === '' || !MEASURE_UNITS.has(next.lower)) return undefined;
    return 'measure';
  },
};
