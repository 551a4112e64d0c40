import type { RoleRule } from '../types.js';

/**
 * A number that is not whole and has no multiplier ("1.5", "2.25", "two-thirds") is not a
 * count; with no unit found it is read as a measure of something. "2.5 million" is whole.
 *
 * @example
 * // "a 1.5 rating" -> { text: '1.5', value: 1.5, role: 'measure' }
 */
export const decimalRule: RoleRule = {
  id: 'en/number/decimal',
  apply(_text, reading) {
    return Number.isInteger(reading.value) && Number.isInteger(reading.high) ? undefined : 'measure';
  },
};
