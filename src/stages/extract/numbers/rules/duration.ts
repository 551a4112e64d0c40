import { TIME_UNITS } from '../../../../locales/en/numbers.js';
import { headNounAfter } from '../text.js';
import type { RoleRule } from '../types.js';

/**
 * Durations (role `measure`): a number directly before a time unit, or hyphenated to it:
 * "35 years", "three days", "two weeks", "a 10-minute drive", "dozens of years".
 * Note: a word between them keeps the number a count: "three consecutive non-working days"
 * is a count of days; the claim layer rejects it by its noun.
 *
 * @example
 * // "35 years have passed" -> { text: '35', role: 'measure', rule: 'en/number/duration' }
 */
export const durationRule: RoleRule = {
  id: 'en/number/duration',
  apply(text, reading) {
    const next = headNounAfter(text, reading);
    if (next === undefined || next.gap === '' || !TIME_UNITS.has(next.lower)) return undefined;
    return 'measure';
  },
};
