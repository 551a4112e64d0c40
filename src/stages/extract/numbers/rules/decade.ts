import { AGE_DECADE_OWNERS } from '../../../../locales/en/numbers.js';
import { beforeOf, wordBefore } from '../text.js';
import type { RoleRule } from '../types.js';

/** A decade as written before its "s": "1980", "80", "1900". */
const DECADE_DIGITS = /^(?:\d{3}0|\d0)$/;

/** Words between an owner and a decade age: "in his early 40s". */
const AGE_DECADE_MODIFIERS = new Set(['early', 'mid', 'late']);

/**
 * Decades: "the 1980s", "the late 80s", "'80s", "1980's" are years (value as written: 1980,
 * 80); "in his 40s", "in her early 20s" are ages.
 *
 * @example
 * // "In the late 80s" -> { text: '80s', value: 80, role: 'year' }
 */
export const decadeRule: RoleRule = {
  id: 'en/number/decade',
  apply(text, reading) {
    if (reading.suffix !== 's' || reading.form !== 'digits' || !DECADE_DIGITS.test(reading.digits)) return undefined;
    let before = beforeOf(text, reading);
    if (before !== undefined && AGE_DECADE_MODIFIERS.has(before.lower)) before = wordBefore(text, before.start);
    if (reading.digits.length === 2 && before !== undefined && AGE_DECADE_OWNERS.has(before.lower)) return 'age';
    return 'year';
  },
};
